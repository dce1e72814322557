; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @syncbn_bn_grad_input_clip(float* noalias nocapture readonly %dy, float* noalias nocapture readonly %x, float* noalias nocapture readonly %norm_params, double* noalias nocapture readonly %sums, float* noalias nocapture readonly %y, i64 %n, i64 %c, i64 %s, float %lo, float %hi, float* noalias %dx) local_unnamed_addr #0 {
entry:
  %dx240 = ptrtoint float* %dx to i64
  %mul = shl i64 %n, 2
  %mul1 = mul i64 %mul, %c
  %mul2 = mul i64 %mul1, %s
  %cmp = icmp sgt i64 %mul2, 16777215
  %go232 = icmp sgt i64 %n, 0
  br i1 %cmp, label %loop.preheader, label %loop133.preheader

loop133.preheader:                                ; preds = %entry
  br i1 %go232, label %loop138.preheader.lr.ph, label %join

loop138.preheader.lr.ph:                          ; preds = %loop133.preheader
  %go142214 = icmp sgt i64 %c, 0
  %mul150 = shl i64 %c, 1
  %mul167 = mul i64 %c, 3
  %go189212 = icmp sgt i64 %s, 0
  %or.cond = select i1 %go142214, i1 %go189212, i1 false
  br i1 %or.cond, label %loop138.preheader.us.us.preheader, label %join

loop138.preheader.us.us.preheader:                ; preds = %loop138.preheader.lr.ph
  %min.iters.check = icmp ult i64 %s, 16
  %n.vec = and i64 %s, -16
  %broadcast.splatinsert = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert255 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat256 = shufflevector <8 x float> %broadcast.splatinsert255, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert257 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat258 = shufflevector <8 x float> %broadcast.splatinsert257, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert259 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat260 = shufflevector <8 x float> %broadcast.splatinsert259, <8 x float> poison, <8 x i32> zeroinitializer
  %cmp.n = icmp eq i64 %n.vec, %s
  br label %loop138.preheader.us.us

loop138.preheader.us.us:                          ; preds = %loop138.preheader.us.us.preheader, %loop138.done140_crit_edge.split.us.us.us
  %i136217.us.us = phi i64 [ %next210.us.us, %loop138.done140_crit_edge.split.us.us.us ], [ 0, %loop138.preheader.us.us.preheader ]
  %mul182.us.us = mul i64 %i136217.us.us, %c
  br label %body139.us.us.us

body139.us.us.us:                                 ; preds = %loop185.done187_crit_edge.us.us.us, %loop138.preheader.us.us
  %i141215.us.us.us = phi i64 [ 0, %loop138.preheader.us.us ], [ %next209.us.us.us, %loop185.done187_crit_edge.us.us.us ]
  %p145.us.us.us = getelementptr inbounds double, double* %sums, i64 %i141215.us.us.us
  %v146.us.us.us = load double, double* %p145.us.us.us, align 8
  %fcmp147.us.us.us = fcmp ogt double %v146.us.us.us, 0.000000e+00
  %fdiv148.us.us.us = fdiv double 1.000000e+00, %v146.us.us.us
  %sel149.us.us.us = select i1 %fcmp147.us.us.us, double %fdiv148.us.us.us, double 0.000000e+00
  %add151.us.us.us = add i64 %i141215.us.us.us, %mul150
  %p152.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add151.us.us.us
  %v153.us.us.us = load float, float* %p152.us.us.us, align 4
  %ext154.us.us.us = fpext float %v153.us.us.us to double
  %add156.us.us.us = add i64 %i141215.us.us.us, %c
  %p157.us.us.us = getelementptr inbounds double, double* %sums, i64 %add156.us.us.us
  %v158.us.us.us = load double, double* %p157.us.us.us, align 8
  %fmul159.us.us.us = fmul double %v158.us.us.us, %sel149.us.us.us
  %p162.us.us.us = getelementptr inbounds double, double* %sums, i64 %add151.us.us.us
  %v163.us.us.us = load double, double* %p162.us.us.us, align 8
  %fmul164.us.us.us = fmul double %sel149.us.us.us, %v163.us.us.us
  %fmul165.us.us.us = fmul double %fmul164.us.us.us, %ext154.us.us.us
  %fmul166.us.us.us = fmul double %fmul165.us.us.us, %ext154.us.us.us
  %add168.us.us.us = add i64 %i141215.us.us.us, %mul167
  %p169.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add168.us.us.us
  %v170.us.us.us = load float, float* %p169.us.us.us, align 4
  %sel171.us.us.us = select i1 %fcmp147.us.us.us, float %v170.us.us.us, float 0.000000e+00
  %p174.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %i141215.us.us.us
  %v175.us.us.us = load float, float* %p174.us.us.us, align 4
  %p178.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add156.us.us.us
  %v179.us.us.us = load float, float* %p178.us.us.us, align 4
  %trunc180.us.us.us = fptrunc double %fmul159.us.us.us to float
  %trunc181.us.us.us = fptrunc double %fmul166.us.us.us to float
  %add183.us.us.us = add i64 %i141215.us.us.us, %mul182.us.us
  %mul184.us.us.us = mul i64 %add183.us.us.us, %s
  br i1 %min.iters.check, label %body186.us.us.us.preheader, label %vector.ph

vector.ph:                                        ; preds = %body139.us.us.us
  %broadcast.splatinsert261 = insertelement <8 x float> poison, float %v175.us.us.us, i64 0
  %broadcast.splat262 = shufflevector <8 x float> %broadcast.splatinsert261, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert263 = insertelement <8 x float> poison, float %v175.us.us.us, i64 0
  %broadcast.splat264 = shufflevector <8 x float> %broadcast.splatinsert263, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert265 = insertelement <8 x float> poison, float %v179.us.us.us, i64 0
  %broadcast.splat266 = shufflevector <8 x float> %broadcast.splatinsert265, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert267 = insertelement <8 x float> poison, float %v179.us.us.us, i64 0
  %broadcast.splat268 = shufflevector <8 x float> %broadcast.splatinsert267, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert269 = insertelement <8 x float> poison, float %trunc180.us.us.us, i64 0
  %broadcast.splat270 = shufflevector <8 x float> %broadcast.splatinsert269, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert271 = insertelement <8 x float> poison, float %trunc180.us.us.us, i64 0
  %broadcast.splat272 = shufflevector <8 x float> %broadcast.splatinsert271, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert273 = insertelement <8 x float> poison, float %trunc181.us.us.us, i64 0
  %broadcast.splat274 = shufflevector <8 x float> %broadcast.splatinsert273, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert275 = insertelement <8 x float> poison, float %trunc181.us.us.us, i64 0
  %broadcast.splat276 = shufflevector <8 x float> %broadcast.splatinsert275, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert277 = insertelement <8 x float> poison, float %sel171.us.us.us, i64 0
  %broadcast.splat278 = shufflevector <8 x float> %broadcast.splatinsert277, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert279 = insertelement <8 x float> poison, float %sel171.us.us.us, i64 0
  %broadcast.splat280 = shufflevector <8 x float> %broadcast.splatinsert279, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %0 = add i64 %index, %mul184.us.us.us
  %1 = getelementptr inbounds float, float* %dy, i64 %0
  %2 = bitcast float* %1 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %2, align 4
  %3 = getelementptr inbounds float, float* %1, i64 8
  %4 = bitcast float* %3 to <8 x float>*
  %wide.load250 = load <8 x float>, <8 x float>* %4, align 4
  %5 = getelementptr inbounds float, float* %x, i64 %0
  %6 = bitcast float* %5 to <8 x float>*
  %wide.load251 = load <8 x float>, <8 x float>* %6, align 4
  %7 = getelementptr inbounds float, float* %5, i64 8
  %8 = bitcast float* %7 to <8 x float>*
  %wide.load252 = load <8 x float>, <8 x float>* %8, align 4
  %9 = getelementptr inbounds float, float* %y, i64 %0
  %10 = bitcast float* %9 to <8 x float>*
  %wide.load253 = load <8 x float>, <8 x float>* %10, align 4
  %11 = getelementptr inbounds float, float* %9, i64 8
  %12 = bitcast float* %11 to <8 x float>*
  %wide.load254 = load <8 x float>, <8 x float>* %12, align 4
  %13 = fcmp ogt <8 x float> %wide.load253, %broadcast.splat
  %14 = fcmp ogt <8 x float> %wide.load254, %broadcast.splat256
  %15 = fcmp olt <8 x float> %wide.load253, %broadcast.splat258
  %16 = fcmp olt <8 x float> %wide.load254, %broadcast.splat260
  %17 = select <8 x i1> %15, <8 x i1> %13, <8 x i1> zeroinitializer
  %18 = select <8 x i1> %16, <8 x i1> %14, <8 x i1> zeroinitializer
  %19 = select <8 x i1> %17, <8 x float> %wide.load, <8 x float> zeroinitializer
  %20 = select <8 x i1> %18, <8 x float> %wide.load250, <8 x float> zeroinitializer
  %21 = fsub <8 x float> %wide.load251, %broadcast.splat262
  %22 = fsub <8 x float> %wide.load252, %broadcast.splat264
  %23 = fsub <8 x float> %21, %broadcast.splat266
  %24 = fsub <8 x float> %22, %broadcast.splat268
  %25 = fsub <8 x float> %19, %broadcast.splat270
  %26 = fsub <8 x float> %20, %broadcast.splat272
  %27 = fmul <8 x float> %23, %broadcast.splat274
  %28 = fmul <8 x float> %24, %broadcast.splat276
  %29 = fsub <8 x float> %25, %27
  %30 = fsub <8 x float> %26, %28
  %31 = fmul <8 x float> %broadcast.splat278, %29
  %32 = fmul <8 x float> %broadcast.splat280, %30
  %33 = getelementptr inbounds float, float* %dx, i64 %0
  %34 = bitcast float* %33 to <8 x float>*
  store <8 x float> %31, <8 x float>* %34, align 4
  %35 = getelementptr inbounds float, float* %33, i64 8
  %36 = bitcast float* %35 to <8 x float>*
  store <8 x float> %32, <8 x float>* %36, align 4
  %index.next = add nuw i64 %index, 16
  %37 = icmp eq i64 %index.next, %n.vec
  br i1 %37, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  br i1 %cmp.n, label %loop185.done187_crit_edge.us.us.us, label %body186.us.us.us.preheader

body186.us.us.us.preheader:                       ; preds = %body139.us.us.us, %middle.block
  %i188213.us.us.us.ph = phi i64 [ 0, %body139.us.us.us ], [ %n.vec, %middle.block ]
  br label %body186.us.us.us

body186.us.us.us:                                 ; preds = %body186.us.us.us.preheader, %body186.us.us.us
  %i188213.us.us.us = phi i64 [ %next208.us.us.us, %body186.us.us.us ], [ %i188213.us.us.us.ph, %body186.us.us.us.preheader ]
  %add190.us.us.us = add i64 %i188213.us.us.us, %mul184.us.us.us
  %p191.us.us.us = getelementptr inbounds float, float* %dy, i64 %add190.us.us.us
  %v192.us.us.us = load float, float* %p191.us.us.us, align 4
  %p193.us.us.us = getelementptr inbounds float, float* %x, i64 %add190.us.us.us
  %v194.us.us.us = load float, float* %p193.us.us.us, align 4
  %p195.us.us.us = getelementptr inbounds float, float* %y, i64 %add190.us.us.us
  %v196.us.us.us = load float, float* %p195.us.us.us, align 4
  %cmp197.us.us.us = fcmp ogt float %v196.us.us.us, %lo
  %cmp199.us.us.us = fcmp olt float %v196.us.us.us, %hi
  %38 = select i1 %cmp199.us.us.us, i1 %cmp197.us.us.us, i1 false
  %sel200.us.us.us = select i1 %38, float %v192.us.us.us, float 0.000000e+00
  %fsub201.us.us.us = fsub float %v194.us.us.us, %v175.us.us.us
  %fsub202.us.us.us = fsub float %fsub201.us.us.us, %v179.us.us.us
  %fsub203.us.us.us = fsub float %sel200.us.us.us, %trunc180.us.us.us
  %fmul204.us.us.us = fmul float %fsub202.us.us.us, %trunc181.us.us.us
  %fsub205.us.us.us = fsub float %fsub203.us.us.us, %fmul204.us.us.us
  %fmul206.us.us.us = fmul float %sel171.us.us.us, %fsub205.us.us.us
  %p207.us.us.us = getelementptr inbounds float, float* %dx, i64 %add190.us.us.us
  store float %fmul206.us.us.us, float* %p207.us.us.us, align 4
  %next208.us.us.us = add nuw nsw i64 %i188213.us.us.us, 1
  %exitcond.not = icmp eq i64 %next208.us.us.us, %s
  br i1 %exitcond.not, label %loop185.done187_crit_edge.us.us.us, label %body186.us.us.us, !llvm.loop !2

loop185.done187_crit_edge.us.us.us:               ; preds = %body186.us.us.us, %middle.block
  %next209.us.us.us = add nuw nsw i64 %i141215.us.us.us, 1
  %exitcond238.not = icmp eq i64 %next209.us.us.us, %c
  br i1 %exitcond238.not, label %loop138.done140_crit_edge.split.us.us.us, label %body139.us.us.us

loop138.done140_crit_edge.split.us.us.us:         ; preds = %loop185.done187_crit_edge.us.us.us
  %next210.us.us = add nuw nsw i64 %i136217.us.us, 1
  %exitcond239.not = icmp eq i64 %next210.us.us, %n
  br i1 %exitcond239.not, label %join, label %loop138.preheader.us.us

loop.preheader:                                   ; preds = %entry
  br i1 %go232, label %loop3.preheader.lr.ph, label %join

loop3.preheader.lr.ph:                            ; preds = %loop.preheader
  %go7230 = icmp sgt i64 %c, 0
  %mul9 = shl i64 %c, 1
  %mul24 = mul i64 %c, 3
  %one49 = insertelement <8 x float> undef, float %lo, i64 0
  %splat50 = shufflevector <8 x float> %one49, <8 x float> undef, <8 x i32> zeroinitializer
  %one51 = insertelement <8 x float> undef, float %hi, i64 0
  %splat52 = shufflevector <8 x float> %one51, <8 x float> undef, <8 x i32> zeroinitializer
  br i1 %go7230, label %loop3.preheader.us.preheader, label %join

loop3.preheader.us.preheader:                     ; preds = %loop3.preheader.lr.ph
  %39 = mul i64 %s, %c
  %40 = mul i64 %39, -4
  %41 = mul i64 %s, -4
  %broadcast.splatinsert341 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat342 = shufflevector <8 x float> %broadcast.splatinsert341, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert343 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat344 = shufflevector <8 x float> %broadcast.splatinsert343, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert297 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat298 = shufflevector <8 x float> %broadcast.splatinsert297, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert299 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat300 = shufflevector <8 x float> %broadcast.splatinsert299, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert301 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat302 = shufflevector <8 x float> %broadcast.splatinsert301, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert303 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat304 = shufflevector <8 x float> %broadcast.splatinsert303, <8 x float> poison, <8 x i32> zeroinitializer
  br label %loop3.preheader.us

loop3.preheader.us:                               ; preds = %loop3.preheader.us.preheader, %loop3.done5_crit_edge.us
  %i233.us = phi i64 [ 0, %loop3.preheader.us.preheader ], [ %next132.us, %loop3.done5_crit_edge.us ]
  %42 = mul i64 %40, %i233.us
  %43 = sub i64 %42, %dx240
  %mul38.us = mul i64 %i233.us, %c
  br label %body4.us

body4.us:                                         ; preds = %loop3.preheader.us, %done109.us
  %i6231.us = phi i64 [ 0, %loop3.preheader.us ], [ %next131.us, %done109.us ]
  %44 = mul i64 %41, %i6231.us
  %45 = add i64 %43, %44
  %46 = lshr i64 %45, 2
  %47 = and i64 %46, 7
  %umin326 = call i64 @llvm.umin.i64(i64 %s, i64 %47)
  %p.us = getelementptr inbounds double, double* %sums, i64 %i6231.us
  %v.us = load double, double* %p.us, align 8
  %fcmp.us = fcmp ogt double %v.us, 0.000000e+00
  %fdiv.us = fdiv double 1.000000e+00, %v.us
  %sel.us = select i1 %fcmp.us, double %fdiv.us, double 0.000000e+00
  %add10.us = add i64 %i6231.us, %mul9
  %p11.us = getelementptr inbounds float, float* %norm_params, i64 %add10.us
  %v12.us = load float, float* %p11.us, align 4
  %ext.us = fpext float %v12.us to double
  %add14.us = add i64 %i6231.us, %c
  %p15.us = getelementptr inbounds double, double* %sums, i64 %add14.us
  %v16.us = load double, double* %p15.us, align 8
  %fmul.us = fmul double %v16.us, %sel.us
  %p19.us = getelementptr inbounds double, double* %sums, i64 %add10.us
  %v20.us = load double, double* %p19.us, align 8
  %fmul21.us = fmul double %sel.us, %v20.us
  %fmul22.us = fmul double %fmul21.us, %ext.us
  %fmul23.us = fmul double %fmul22.us, %ext.us
  %add25.us = add i64 %i6231.us, %mul24
  %p26.us = getelementptr inbounds float, float* %norm_params, i64 %add25.us
  %v27.us = load float, float* %p26.us, align 4
  %sel28.us = select i1 %fcmp.us, float %v27.us, float 0.000000e+00
  %p31.us = getelementptr inbounds float, float* %norm_params, i64 %i6231.us
  %v32.us = load float, float* %p31.us, align 4
  %p35.us = getelementptr inbounds float, float* %norm_params, i64 %add14.us
  %v36.us = load float, float* %p35.us, align 4
  %trunc.us = fptrunc double %fmul.us to float
  %trunc37.us = fptrunc double %fmul23.us to float
  %add39.us = add i64 %i6231.us, %mul38.us
  %mul40.us = mul i64 %add39.us, %s
  %one.us = insertelement <8 x float> undef, float %v32.us, i64 0
  %splat.us = shufflevector <8 x float> %one.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one41.us = insertelement <8 x float> undef, float %v36.us, i64 0
  %splat42.us = shufflevector <8 x float> %one41.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one43.us = insertelement <8 x float> undef, float %sel28.us, i64 0
  %splat44.us = shufflevector <8 x float> %one43.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one45.us = insertelement <8 x float> undef, float %trunc.us, i64 0
  %splat46.us = shufflevector <8 x float> %one45.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one47.us = insertelement <8 x float> undef, float %trunc37.us, i64 0
  %splat48.us = shufflevector <8 x float> %one47.us, <8 x float> undef, <8 x i32> zeroinitializer
  %p53.us = getelementptr inbounds float, float* %dx, i64 %mul40.us
  %addr.us = ptrtoint float* %p53.us to i64
  %sub.us = sub i64 0, %addr.us
  %mis.us = lshr i64 %sub.us, 2
  %head.us = and i64 %mis.us, 7
  %cmp54.us = icmp ult i64 %head.us, %s
  %sel55.us = select i1 %cmp54.us, i64 %head.us, i64 %s
  %go60224.us.not = icmp eq i64 %sel55.us, 0
  br i1 %go60224.us.not, label %done58.us, label %vector.ph330

vector.ph330:                                     ; preds = %body4.us
  %n.rnd.up = add nuw nsw i64 %umin326, 7
  %n.vec332 = and i64 %n.rnd.up, 8
  %trip.count.minus.1 = add nsw i64 %umin326, -1
  %broadcast.splatinsert334 = insertelement <8 x i64> poison, i64 %trip.count.minus.1, i64 0
  %broadcast.splat335 = shufflevector <8 x i64> %broadcast.splatinsert334, <8 x i64> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert345 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat346 = shufflevector <8 x float> %broadcast.splatinsert345, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert347 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat348 = shufflevector <8 x float> %broadcast.splatinsert347, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert349 = insertelement <8 x float> poison, float %trunc.us, i64 0
  %broadcast.splat350 = shufflevector <8 x float> %broadcast.splatinsert349, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert351 = insertelement <8 x float> poison, float %trunc37.us, i64 0
  %broadcast.splat352 = shufflevector <8 x float> %broadcast.splatinsert351, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert353 = insertelement <8 x float> poison, float %sel28.us, i64 0
  %broadcast.splat354 = shufflevector <8 x float> %broadcast.splatinsert353, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body329

vector.body329:                                   ; preds = %vector.body329, %vector.ph330
  %index336 = phi i64 [ 0, %vector.ph330 ], [ %index.next355, %vector.body329 ]
  %broadcast.splatinsert337 = insertelement <8 x i64> poison, i64 %index336, i64 0
  %broadcast.splat338 = shufflevector <8 x i64> %broadcast.splatinsert337, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv = or <8 x i64> %broadcast.splat338, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %48 = icmp ule <8 x i64> %vec.iv, %broadcast.splat335
  %49 = add i64 %index336, %mul40.us
  %50 = getelementptr inbounds float, float* %dy, i64 %49
  %51 = bitcast float* %50 to <8 x float>*
  %wide.masked.load = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %51, i32 4, <8 x i1> %48, <8 x float> poison)
  %52 = getelementptr inbounds float, float* %x, i64 %49
  %53 = bitcast float* %52 to <8 x float>*
  %wide.masked.load339 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %53, i32 4, <8 x i1> %48, <8 x float> poison)
  %54 = getelementptr inbounds float, float* %y, i64 %49
  %55 = bitcast float* %54 to <8 x float>*
  %wide.masked.load340 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %55, i32 4, <8 x i1> %48, <8 x float> poison)
  %56 = fcmp ogt <8 x float> %wide.masked.load340, %broadcast.splat342
  %57 = fcmp olt <8 x float> %wide.masked.load340, %broadcast.splat344
  %58 = select <8 x i1> %57, <8 x i1> %56, <8 x i1> zeroinitializer
  %59 = select <8 x i1> %58, <8 x float> %wide.masked.load, <8 x float> zeroinitializer
  %60 = fsub <8 x float> %wide.masked.load339, %broadcast.splat346
  %61 = fsub <8 x float> %60, %broadcast.splat348
  %62 = fsub <8 x float> %59, %broadcast.splat350
  %63 = fmul <8 x float> %61, %broadcast.splat352
  %64 = fsub <8 x float> %62, %63
  %65 = fmul <8 x float> %broadcast.splat354, %64
  %66 = getelementptr inbounds float, float* %dx, i64 %49
  %67 = bitcast float* %66 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %65, <8 x float>* %67, i32 4, <8 x i1> %48)
  %index.next355 = add i64 %index336, 8
  %68 = icmp eq i64 %index.next355, %n.vec332
  br i1 %68, label %done58.us, label %vector.body329, !llvm.loop !4

done58.us:                                        ; preds = %vector.body329, %body4.us
  %sub78.us = sub i64 %s, %sel55.us
  %body79.us = and i64 %sub78.us, -8
  %add80.us = or i64 %body79.us, %sel55.us
  %go85226.us = icmp slt i64 %sel55.us, %add80.us
  br i1 %go85226.us, label %body82.us, label %loop107.preheader.us

done109.us:                                       ; preds = %body108.us, %middle.block281, %loop107.preheader.us
  %next131.us = add nuw nsw i64 %i6231.us, 1
  %exitcond245.not = icmp eq i64 %next131.us, %c
  br i1 %exitcond245.not, label %loop3.done5_crit_edge.us, label %body4.us

body108.us:                                       ; preds = %body108.us.preheader356, %body108.us
  %i110229.us = phi i64 [ %next130.us, %body108.us ], [ %i110229.us.ph, %body108.us.preheader356 ]
  %add112.us = add i64 %i110229.us, %mul40.us
  %p113.us = getelementptr inbounds float, float* %dy, i64 %add112.us
  %v114.us = load float, float* %p113.us, align 4
  %p115.us = getelementptr inbounds float, float* %x, i64 %add112.us
  %v116.us = load float, float* %p115.us, align 4
  %p117.us = getelementptr inbounds float, float* %y, i64 %add112.us
  %v118.us = load float, float* %p117.us, align 4
  %cmp119.us = fcmp ogt float %v118.us, %lo
  %cmp121.us = fcmp olt float %v118.us, %hi
  %69 = select i1 %cmp121.us, i1 %cmp119.us, i1 false
  %sel122.us = select i1 %69, float %v114.us, float 0.000000e+00
  %fsub123.us = fsub float %v116.us, %v32.us
  %fsub124.us = fsub float %fsub123.us, %v36.us
  %fsub125.us = fsub float %sel122.us, %trunc.us
  %fmul126.us = fmul float %fsub124.us, %trunc37.us
  %fsub127.us = fsub float %fsub125.us, %fmul126.us
  %fmul128.us = fmul float %sel28.us, %fsub127.us
  %p129.us = getelementptr inbounds float, float* %dx, i64 %add112.us
  store float %fmul128.us, float* %p129.us, align 4
  %next130.us = add nsw i64 %i110229.us, 1
  %exitcond244.not = icmp eq i64 %next130.us, %s
  br i1 %exitcond244.not, label %done109.us, label %body108.us, !llvm.loop !5

body82.us:                                        ; preds = %done58.us, %body82.us
  %i84227.us = phi i64 [ %next106.us, %body82.us ], [ %sel55.us, %done58.us ]
  %add86.us = add i64 %i84227.us, %mul40.us
  %p87.us = getelementptr inbounds float, float* %dy, i64 %add86.us
  %vp.us = bitcast float* %p87.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %p88.us = getelementptr inbounds float, float* %x, i64 %add86.us
  %vp89.us = bitcast float* %p88.us to <8 x float>*
  %vec90.us = load <8 x float>, <8 x float>* %vp89.us, align 4
  %p91.us = getelementptr inbounds float, float* %y, i64 %add86.us
  %vp92.us = bitcast float* %p91.us to <8 x float>*
  %vec93.us = load <8 x float>, <8 x float>* %vp92.us, align 4
  %cmp94.us = fcmp ogt <8 x float> %vec93.us, %splat50
  %cmp96.us = fcmp olt <8 x float> %vec93.us, %splat52
  %70 = select <8 x i1> %cmp96.us, <8 x i1> %cmp94.us, <8 x i1> zeroinitializer
  %sel97.us = select <8 x i1> %70, <8 x float> %vec.us, <8 x float> zeroinitializer
  %fsub98.us = fsub <8 x float> %vec90.us, %splat.us
  %fsub99.us = fsub <8 x float> %fsub98.us, %splat42.us
  %fsub100.us = fsub <8 x float> %sel97.us, %splat46.us
  %fmul101.us = fmul <8 x float> %splat48.us, %fsub99.us
  %fsub102.us = fsub <8 x float> %fsub100.us, %fmul101.us
  %fmul103.us = fmul <8 x float> %splat44.us, %fsub102.us
  %p104.us = getelementptr inbounds float, float* %dx, i64 %add86.us
  %vp105.us = bitcast float* %p104.us to <8 x float>*
  store <8 x float> %fmul103.us, <8 x float>* %vp105.us, align 32, !nontemporal !6
  %next106.us = add i64 %i84227.us, 8
  %go85.us = icmp slt i64 %next106.us, %add80.us
  br i1 %go85.us, label %body82.us, label %loop107.preheader.us

loop107.preheader.us:                             ; preds = %body82.us, %done58.us
  %go111228.us = icmp slt i64 %add80.us, %s
  br i1 %go111228.us, label %body108.us.preheader, label %done109.us

body108.us.preheader:                             ; preds = %loop107.preheader.us
  %71 = sub i64 %s, %add80.us
  %min.iters.check284 = icmp ult i64 %71, 16
  br i1 %min.iters.check284, label %body108.us.preheader356, label %vector.ph285

vector.ph285:                                     ; preds = %body108.us.preheader
  %n.vec287 = and i64 %71, -16
  %ind.end = add i64 %add80.us, %n.vec287
  %broadcast.splatinsert305 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat306 = shufflevector <8 x float> %broadcast.splatinsert305, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert307 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat308 = shufflevector <8 x float> %broadcast.splatinsert307, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert309 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat310 = shufflevector <8 x float> %broadcast.splatinsert309, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert311 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat312 = shufflevector <8 x float> %broadcast.splatinsert311, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert313 = insertelement <8 x float> poison, float %trunc.us, i64 0
  %broadcast.splat314 = shufflevector <8 x float> %broadcast.splatinsert313, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert315 = insertelement <8 x float> poison, float %trunc.us, i64 0
  %broadcast.splat316 = shufflevector <8 x float> %broadcast.splatinsert315, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert317 = insertelement <8 x float> poison, float %trunc37.us, i64 0
  %broadcast.splat318 = shufflevector <8 x float> %broadcast.splatinsert317, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert319 = insertelement <8 x float> poison, float %trunc37.us, i64 0
  %broadcast.splat320 = shufflevector <8 x float> %broadcast.splatinsert319, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert321 = insertelement <8 x float> poison, float %sel28.us, i64 0
  %broadcast.splat322 = shufflevector <8 x float> %broadcast.splatinsert321, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert323 = insertelement <8 x float> poison, float %sel28.us, i64 0
  %broadcast.splat324 = shufflevector <8 x float> %broadcast.splatinsert323, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body283

vector.body283:                                   ; preds = %vector.body283, %vector.ph285
  %index290 = phi i64 [ 0, %vector.ph285 ], [ %index.next325, %vector.body283 ]
  %offset.idx = add i64 %add80.us, %index290
  %72 = add i64 %offset.idx, %mul40.us
  %73 = getelementptr inbounds float, float* %dy, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %wide.load291 = load <8 x float>, <8 x float>* %74, align 4
  %75 = getelementptr inbounds float, float* %73, i64 8
  %76 = bitcast float* %75 to <8 x float>*
  %wide.load292 = load <8 x float>, <8 x float>* %76, align 4
  %77 = getelementptr inbounds float, float* %x, i64 %72
  %78 = bitcast float* %77 to <8 x float>*
  %wide.load293 = load <8 x float>, <8 x float>* %78, align 4
  %79 = getelementptr inbounds float, float* %77, i64 8
  %80 = bitcast float* %79 to <8 x float>*
  %wide.load294 = load <8 x float>, <8 x float>* %80, align 4
  %81 = getelementptr inbounds float, float* %y, i64 %72
  %82 = bitcast float* %81 to <8 x float>*
  %wide.load295 = load <8 x float>, <8 x float>* %82, align 4
  %83 = getelementptr inbounds float, float* %81, i64 8
  %84 = bitcast float* %83 to <8 x float>*
  %wide.load296 = load <8 x float>, <8 x float>* %84, align 4
  %85 = fcmp ogt <8 x float> %wide.load295, %broadcast.splat298
  %86 = fcmp ogt <8 x float> %wide.load296, %broadcast.splat300
  %87 = fcmp olt <8 x float> %wide.load295, %broadcast.splat302
  %88 = fcmp olt <8 x float> %wide.load296, %broadcast.splat304
  %89 = select <8 x i1> %87, <8 x i1> %85, <8 x i1> zeroinitializer
  %90 = select <8 x i1> %88, <8 x i1> %86, <8 x i1> zeroinitializer
  %91 = select <8 x i1> %89, <8 x float> %wide.load291, <8 x float> zeroinitializer
  %92 = select <8 x i1> %90, <8 x float> %wide.load292, <8 x float> zeroinitializer
  %93 = fsub <8 x float> %wide.load293, %broadcast.splat306
  %94 = fsub <8 x float> %wide.load294, %broadcast.splat308
  %95 = fsub <8 x float> %93, %broadcast.splat310
  %96 = fsub <8 x float> %94, %broadcast.splat312
  %97 = fsub <8 x float> %91, %broadcast.splat314
  %98 = fsub <8 x float> %92, %broadcast.splat316
  %99 = fmul <8 x float> %95, %broadcast.splat318
  %100 = fmul <8 x float> %96, %broadcast.splat320
  %101 = fsub <8 x float> %97, %99
  %102 = fsub <8 x float> %98, %100
  %103 = fmul <8 x float> %broadcast.splat322, %101
  %104 = fmul <8 x float> %broadcast.splat324, %102
  %105 = getelementptr inbounds float, float* %dx, i64 %72
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %103, <8 x float>* %106, align 4
  %107 = getelementptr inbounds float, float* %105, i64 8
  %108 = bitcast float* %107 to <8 x float>*
  store <8 x float> %104, <8 x float>* %108, align 4
  %index.next325 = add nuw i64 %index290, 16
  %109 = icmp eq i64 %index.next325, %n.vec287
  br i1 %109, label %middle.block281, label %vector.body283, !llvm.loop !7

middle.block281:                                  ; preds = %vector.body283
  %cmp.n289 = icmp eq i64 %71, %n.vec287
  br i1 %cmp.n289, label %done109.us, label %body108.us.preheader356

body108.us.preheader356:                          ; preds = %body108.us.preheader, %middle.block281
  %i110229.us.ph = phi i64 [ %add80.us, %body108.us.preheader ], [ %ind.end, %middle.block281 ]
  br label %body108.us

loop3.done5_crit_edge.us:                         ; preds = %done109.us
  %next132.us = add nuw nsw i64 %i233.us, 1
  %exitcond246.not = icmp eq i64 %next132.us, %n
  br i1 %exitcond246.not, label %join, label %loop3.preheader.us

join:                                             ; preds = %loop138.done140_crit_edge.split.us.us.us, %loop3.done5_crit_edge.us, %loop3.preheader.lr.ph, %loop138.preheader.lr.ph, %loop133.preheader, %loop.preheader
  fence seq_cst
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #1

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #2

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #3

attributes #0 = { nofree norecurse nounwind "target-cpu"="x86-64-v3" "target-features" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #3 = { argmemonly nofree nosync nounwind willreturn writeonly }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.unroll.runtime.disable"}
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !3, !1}
!6 = !{i32 1}
!7 = distinct !{!7, !1}
