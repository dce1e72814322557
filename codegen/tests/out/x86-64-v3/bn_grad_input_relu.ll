; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @syncbn_bn_grad_input_relu(float* noalias nocapture readonly %dy, float* noalias nocapture readonly %x, float* noalias nocapture readonly %norm_params, double* noalias nocapture readonly %sums, float* noalias nocapture readonly %y, i64 %n, i64 %c, i64 %s, float* noalias %dx) local_unnamed_addr #0 {
entry:
  %dx228 = ptrtoint float* %dx to i64
  %mul = shl i64 %n, 2
  %mul1 = mul i64 %mul, %c
  %mul2 = mul i64 %mul1, %s
  %cmp = icmp sgt i64 %mul2, 16777215
  %go220 = icmp sgt i64 %n, 0
  br i1 %cmp, label %loop.preheader, label %loop123.preheader

loop123.preheader:                                ; preds = %entry
  br i1 %go220, label %loop128.preheader.lr.ph, label %join

loop128.preheader.lr.ph:                          ; preds = %loop123.preheader
  %go132202 = icmp sgt i64 %c, 0
  %mul140 = shl i64 %c, 1
  %mul157 = mul i64 %c, 3
  %go179200 = icmp sgt i64 %s, 0
  %or.cond = select i1 %go132202, i1 %go179200, i1 false
  br i1 %or.cond, label %loop128.preheader.us.us.preheader, label %join

loop128.preheader.us.us.preheader:                ; preds = %loop128.preheader.lr.ph
  %min.iters.check = icmp ult i64 %s, 32
  %n.vec = and i64 %s, -32
  %cmp.n = icmp eq i64 %n.vec, %s
  br label %loop128.preheader.us.us

loop128.preheader.us.us:                          ; preds = %loop128.preheader.us.us.preheader, %loop128.done130_crit_edge.split.us.us.us
  %i126205.us.us = phi i64 [ %next198.us.us, %loop128.done130_crit_edge.split.us.us.us ], [ 0, %loop128.preheader.us.us.preheader ]
  %mul172.us.us = mul i64 %i126205.us.us, %c
  br label %body129.us.us.us

body129.us.us.us:                                 ; preds = %loop175.done177_crit_edge.us.us.us, %loop128.preheader.us.us
  %i131203.us.us.us = phi i64 [ 0, %loop128.preheader.us.us ], [ %next197.us.us.us, %loop175.done177_crit_edge.us.us.us ]
  %p135.us.us.us = getelementptr inbounds double, double* %sums, i64 %i131203.us.us.us
  %v136.us.us.us = load double, double* %p135.us.us.us, align 8
  %fcmp137.us.us.us = fcmp ogt double %v136.us.us.us, 0.000000e+00
  %fdiv138.us.us.us = fdiv double 1.000000e+00, %v136.us.us.us
  %sel139.us.us.us = select i1 %fcmp137.us.us.us, double %fdiv138.us.us.us, double 0.000000e+00
  %add141.us.us.us = add i64 %i131203.us.us.us, %mul140
  %p142.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add141.us.us.us
  %v143.us.us.us = load float, float* %p142.us.us.us, align 4
  %ext144.us.us.us = fpext float %v143.us.us.us to double
  %add146.us.us.us = add i64 %i131203.us.us.us, %c
  %p147.us.us.us = getelementptr inbounds double, double* %sums, i64 %add146.us.us.us
  %v148.us.us.us = load double, double* %p147.us.us.us, align 8
  %fmul149.us.us.us = fmul double %v148.us.us.us, %sel139.us.us.us
  %p152.us.us.us = getelementptr inbounds double, double* %sums, i64 %add141.us.us.us
  %v153.us.us.us = load double, double* %p152.us.us.us, align 8
  %fmul154.us.us.us = fmul double %sel139.us.us.us, %v153.us.us.us
  %fmul155.us.us.us = fmul double %fmul154.us.us.us, %ext144.us.us.us
  %fmul156.us.us.us = fmul double %fmul155.us.us.us, %ext144.us.us.us
  %add158.us.us.us = add i64 %i131203.us.us.us, %mul157
  %p159.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add158.us.us.us
  %v160.us.us.us = load float, float* %p159.us.us.us, align 4
  %sel161.us.us.us = select i1 %fcmp137.us.us.us, float %v160.us.us.us, float 0.000000e+00
  %p164.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %i131203.us.us.us
  %v165.us.us.us = load float, float* %p164.us.us.us, align 4
  %p168.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add146.us.us.us
  %v169.us.us.us = load float, float* %p168.us.us.us, align 4
  %trunc170.us.us.us = fptrunc double %fmul149.us.us.us to float
  %trunc171.us.us.us = fptrunc double %fmul156.us.us.us to float
  %add173.us.us.us = add i64 %i131203.us.us.us, %mul172.us.us
  %mul174.us.us.us = mul i64 %add173.us.us.us, %s
  br i1 %min.iters.check, label %body176.us.us.us.preheader, label %vector.ph

vector.ph:                                        ; preds = %body129.us.us.us
  %broadcast.splatinsert = insertelement <8 x float> poison, float %v165.us.us.us, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert249 = insertelement <8 x float> poison, float %v165.us.us.us, i64 0
  %broadcast.splat250 = shufflevector <8 x float> %broadcast.splatinsert249, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert251 = insertelement <8 x float> poison, float %v165.us.us.us, i64 0
  %broadcast.splat252 = shufflevector <8 x float> %broadcast.splatinsert251, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert253 = insertelement <8 x float> poison, float %v165.us.us.us, i64 0
  %broadcast.splat254 = shufflevector <8 x float> %broadcast.splatinsert253, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert255 = insertelement <8 x float> poison, float %v169.us.us.us, i64 0
  %broadcast.splat256 = shufflevector <8 x float> %broadcast.splatinsert255, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert257 = insertelement <8 x float> poison, float %v169.us.us.us, i64 0
  %broadcast.splat258 = shufflevector <8 x float> %broadcast.splatinsert257, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert259 = insertelement <8 x float> poison, float %v169.us.us.us, i64 0
  %broadcast.splat260 = shufflevector <8 x float> %broadcast.splatinsert259, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert261 = insertelement <8 x float> poison, float %v169.us.us.us, i64 0
  %broadcast.splat262 = shufflevector <8 x float> %broadcast.splatinsert261, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert263 = insertelement <8 x float> poison, float %trunc170.us.us.us, i64 0
  %broadcast.splat264 = shufflevector <8 x float> %broadcast.splatinsert263, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert265 = insertelement <8 x float> poison, float %trunc170.us.us.us, i64 0
  %broadcast.splat266 = shufflevector <8 x float> %broadcast.splatinsert265, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert267 = insertelement <8 x float> poison, float %trunc170.us.us.us, i64 0
  %broadcast.splat268 = shufflevector <8 x float> %broadcast.splatinsert267, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert269 = insertelement <8 x float> poison, float %trunc170.us.us.us, i64 0
  %broadcast.splat270 = shufflevector <8 x float> %broadcast.splatinsert269, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert271 = insertelement <8 x float> poison, float %trunc171.us.us.us, i64 0
  %broadcast.splat272 = shufflevector <8 x float> %broadcast.splatinsert271, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert273 = insertelement <8 x float> poison, float %trunc171.us.us.us, i64 0
  %broadcast.splat274 = shufflevector <8 x float> %broadcast.splatinsert273, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert275 = insertelement <8 x float> poison, float %trunc171.us.us.us, i64 0
  %broadcast.splat276 = shufflevector <8 x float> %broadcast.splatinsert275, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert277 = insertelement <8 x float> poison, float %trunc171.us.us.us, i64 0
  %broadcast.splat278 = shufflevector <8 x float> %broadcast.splatinsert277, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert279 = insertelement <8 x float> poison, float %sel161.us.us.us, i64 0
  %broadcast.splat280 = shufflevector <8 x float> %broadcast.splatinsert279, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert281 = insertelement <8 x float> poison, float %sel161.us.us.us, i64 0
  %broadcast.splat282 = shufflevector <8 x float> %broadcast.splatinsert281, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert283 = insertelement <8 x float> poison, float %sel161.us.us.us, i64 0
  %broadcast.splat284 = shufflevector <8 x float> %broadcast.splatinsert283, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert285 = insertelement <8 x float> poison, float %sel161.us.us.us, i64 0
  %broadcast.splat286 = shufflevector <8 x float> %broadcast.splatinsert285, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %0 = add i64 %index, %mul174.us.us.us
  %1 = getelementptr inbounds float, float* %dy, i64 %0
  %2 = bitcast float* %1 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %2, align 4
  %3 = getelementptr inbounds float, float* %1, i64 8
  %4 = bitcast float* %3 to <8 x float>*
  %wide.load238 = load <8 x float>, <8 x float>* %4, align 4
  %5 = getelementptr inbounds float, float* %1, i64 16
  %6 = bitcast float* %5 to <8 x float>*
  %wide.load239 = load <8 x float>, <8 x float>* %6, align 4
  %7 = getelementptr inbounds float, float* %1, i64 24
  %8 = bitcast float* %7 to <8 x float>*
  %wide.load240 = load <8 x float>, <8 x float>* %8, align 4
  %9 = getelementptr inbounds float, float* %x, i64 %0
  %10 = bitcast float* %9 to <8 x float>*
  %wide.load241 = load <8 x float>, <8 x float>* %10, align 4
  %11 = getelementptr inbounds float, float* %9, i64 8
  %12 = bitcast float* %11 to <8 x float>*
  %wide.load242 = load <8 x float>, <8 x float>* %12, align 4
  %13 = getelementptr inbounds float, float* %9, i64 16
  %14 = bitcast float* %13 to <8 x float>*
  %wide.load243 = load <8 x float>, <8 x float>* %14, align 4
  %15 = getelementptr inbounds float, float* %9, i64 24
  %16 = bitcast float* %15 to <8 x float>*
  %wide.load244 = load <8 x float>, <8 x float>* %16, align 4
  %17 = getelementptr inbounds float, float* %y, i64 %0
  %18 = bitcast float* %17 to <8 x float>*
  %wide.load245 = load <8 x float>, <8 x float>* %18, align 4
  %19 = getelementptr inbounds float, float* %17, i64 8
  %20 = bitcast float* %19 to <8 x float>*
  %wide.load246 = load <8 x float>, <8 x float>* %20, align 4
  %21 = getelementptr inbounds float, float* %17, i64 16
  %22 = bitcast float* %21 to <8 x float>*
  %wide.load247 = load <8 x float>, <8 x float>* %22, align 4
  %23 = getelementptr inbounds float, float* %17, i64 24
  %24 = bitcast float* %23 to <8 x float>*
  %wide.load248 = load <8 x float>, <8 x float>* %24, align 4
  %25 = fcmp ogt <8 x float> %wide.load245, zeroinitializer
  %26 = fcmp ogt <8 x float> %wide.load246, zeroinitializer
  %27 = fcmp ogt <8 x float> %wide.load247, zeroinitializer
  %28 = fcmp ogt <8 x float> %wide.load248, zeroinitializer
  %29 = select <8 x i1> %25, <8 x float> %wide.load, <8 x float> zeroinitializer
  %30 = select <8 x i1> %26, <8 x float> %wide.load238, <8 x float> zeroinitializer
  %31 = select <8 x i1> %27, <8 x float> %wide.load239, <8 x float> zeroinitializer
  %32 = select <8 x i1> %28, <8 x float> %wide.load240, <8 x float> zeroinitializer
  %33 = fsub <8 x float> %wide.load241, %broadcast.splat
  %34 = fsub <8 x float> %wide.load242, %broadcast.splat250
  %35 = fsub <8 x float> %wide.load243, %broadcast.splat252
  %36 = fsub <8 x float> %wide.load244, %broadcast.splat254
  %37 = fsub <8 x float> %33, %broadcast.splat256
  %38 = fsub <8 x float> %34, %broadcast.splat258
  %39 = fsub <8 x float> %35, %broadcast.splat260
  %40 = fsub <8 x float> %36, %broadcast.splat262
  %41 = fsub <8 x float> %29, %broadcast.splat264
  %42 = fsub <8 x float> %30, %broadcast.splat266
  %43 = fsub <8 x float> %31, %broadcast.splat268
  %44 = fsub <8 x float> %32, %broadcast.splat270
  %45 = fmul <8 x float> %37, %broadcast.splat272
  %46 = fmul <8 x float> %38, %broadcast.splat274
  %47 = fmul <8 x float> %39, %broadcast.splat276
  %48 = fmul <8 x float> %40, %broadcast.splat278
  %49 = fsub <8 x float> %41, %45
  %50 = fsub <8 x float> %42, %46
  %51 = fsub <8 x float> %43, %47
  %52 = fsub <8 x float> %44, %48
  %53 = fmul <8 x float> %broadcast.splat280, %49
  %54 = fmul <8 x float> %broadcast.splat282, %50
  %55 = fmul <8 x float> %broadcast.splat284, %51
  %56 = fmul <8 x float> %broadcast.splat286, %52
  %57 = getelementptr inbounds float, float* %dx, i64 %0
  %58 = bitcast float* %57 to <8 x float>*
  store <8 x float> %53, <8 x float>* %58, align 4
  %59 = getelementptr inbounds float, float* %57, i64 8
  %60 = bitcast float* %59 to <8 x float>*
  store <8 x float> %54, <8 x float>* %60, align 4
  %61 = getelementptr inbounds float, float* %57, i64 16
  %62 = bitcast float* %61 to <8 x float>*
  store <8 x float> %55, <8 x float>* %62, align 4
  %63 = getelementptr inbounds float, float* %57, i64 24
  %64 = bitcast float* %63 to <8 x float>*
  store <8 x float> %56, <8 x float>* %64, align 4
  %index.next = add nuw i64 %index, 32
  %65 = icmp eq i64 %index.next, %n.vec
  br i1 %65, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  br i1 %cmp.n, label %loop175.done177_crit_edge.us.us.us, label %body176.us.us.us.preheader

body176.us.us.us.preheader:                       ; preds = %body129.us.us.us, %middle.block
  %i178201.us.us.us.ph = phi i64 [ 0, %body129.us.us.us ], [ %n.vec, %middle.block ]
  br label %body176.us.us.us

body176.us.us.us:                                 ; preds = %body176.us.us.us.preheader, %body176.us.us.us
  %i178201.us.us.us = phi i64 [ %next196.us.us.us, %body176.us.us.us ], [ %i178201.us.us.us.ph, %body176.us.us.us.preheader ]
  %add180.us.us.us = add i64 %i178201.us.us.us, %mul174.us.us.us
  %p181.us.us.us = getelementptr inbounds float, float* %dy, i64 %add180.us.us.us
  %v182.us.us.us = load float, float* %p181.us.us.us, align 4
  %p183.us.us.us = getelementptr inbounds float, float* %x, i64 %add180.us.us.us
  %v184.us.us.us = load float, float* %p183.us.us.us, align 4
  %p185.us.us.us = getelementptr inbounds float, float* %y, i64 %add180.us.us.us
  %v186.us.us.us = load float, float* %p185.us.us.us, align 4
  %cmp187.us.us.us = fcmp ogt float %v186.us.us.us, 0.000000e+00
  %sel188.us.us.us = select i1 %cmp187.us.us.us, float %v182.us.us.us, float 0.000000e+00
  %fsub189.us.us.us = fsub float %v184.us.us.us, %v165.us.us.us
  %fsub190.us.us.us = fsub float %fsub189.us.us.us, %v169.us.us.us
  %fsub191.us.us.us = fsub float %sel188.us.us.us, %trunc170.us.us.us
  %fmul192.us.us.us = fmul float %fsub190.us.us.us, %trunc171.us.us.us
  %fsub193.us.us.us = fsub float %fsub191.us.us.us, %fmul192.us.us.us
  %fmul194.us.us.us = fmul float %sel161.us.us.us, %fsub193.us.us.us
  %p195.us.us.us = getelementptr inbounds float, float* %dx, i64 %add180.us.us.us
  store float %fmul194.us.us.us, float* %p195.us.us.us, align 4
  %next196.us.us.us = add nuw nsw i64 %i178201.us.us.us, 1
  %exitcond.not = icmp eq i64 %next196.us.us.us, %s
  br i1 %exitcond.not, label %loop175.done177_crit_edge.us.us.us, label %body176.us.us.us, !llvm.loop !2

loop175.done177_crit_edge.us.us.us:               ; preds = %body176.us.us.us, %middle.block
  %next197.us.us.us = add nuw nsw i64 %i131203.us.us.us, 1
  %exitcond226.not = icmp eq i64 %next197.us.us.us, %c
  br i1 %exitcond226.not, label %loop128.done130_crit_edge.split.us.us.us, label %body129.us.us.us

loop128.done130_crit_edge.split.us.us.us:         ; preds = %loop175.done177_crit_edge.us.us.us
  %next198.us.us = add nuw nsw i64 %i126205.us.us, 1
  %exitcond227.not = icmp eq i64 %next198.us.us, %n
  br i1 %exitcond227.not, label %join, label %loop128.preheader.us.us

loop.preheader:                                   ; preds = %entry
  br i1 %go220, label %loop3.preheader.lr.ph, label %join

loop3.preheader.lr.ph:                            ; preds = %loop.preheader
  %go7218 = icmp sgt i64 %c, 0
  %mul9 = shl i64 %c, 1
  %mul24 = mul i64 %c, 3
  br i1 %go7218, label %loop3.preheader.us.preheader, label %join

loop3.preheader.us.preheader:                     ; preds = %loop3.preheader.lr.ph
  %66 = mul i64 %s, %c
  %67 = mul i64 %66, -4
  %68 = mul i64 %s, -4
  br label %loop3.preheader.us

loop3.preheader.us:                               ; preds = %loop3.preheader.us.preheader, %loop3.done5_crit_edge.us
  %i221.us = phi i64 [ 0, %loop3.preheader.us.preheader ], [ %next122.us, %loop3.done5_crit_edge.us ]
  %69 = mul i64 %67, %i221.us
  %70 = sub i64 %69, %dx228
  %mul38.us = mul i64 %i221.us, %c
  br label %body4.us

body4.us:                                         ; preds = %loop3.preheader.us, %done101.us
  %i6219.us = phi i64 [ 0, %loop3.preheader.us ], [ %next121.us, %done101.us ]
  %71 = mul i64 %68, %i6219.us
  %72 = add i64 %70, %71
  %73 = lshr i64 %72, 2
  %74 = and i64 %73, 7
  %umin324 = call i64 @llvm.umin.i64(i64 %s, i64 %74)
  %p.us = getelementptr inbounds double, double* %sums, i64 %i6219.us
  %v.us = load double, double* %p.us, align 8
  %fcmp.us = fcmp ogt double %v.us, 0.000000e+00
  %fdiv.us = fdiv double 1.000000e+00, %v.us
  %sel.us = select i1 %fcmp.us, double %fdiv.us, double 0.000000e+00
  %add10.us = add i64 %i6219.us, %mul9
  %p11.us = getelementptr inbounds float, float* %norm_params, i64 %add10.us
  %v12.us = load float, float* %p11.us, align 4
  %ext.us = fpext float %v12.us to double
  %add14.us = add i64 %i6219.us, %c
  %p15.us = getelementptr inbounds double, double* %sums, i64 %add14.us
  %v16.us = load double, double* %p15.us, align 8
  %fmul.us = fmul double %v16.us, %sel.us
  %p19.us = getelementptr inbounds double, double* %sums, i64 %add10.us
  %v20.us = load double, double* %p19.us, align 8
  %fmul21.us = fmul double %sel.us, %v20.us
  %fmul22.us = fmul double %fmul21.us, %ext.us
  %fmul23.us = fmul double %fmul22.us, %ext.us
  %add25.us = add i64 %i6219.us, %mul24
  %p26.us = getelementptr inbounds float, float* %norm_params, i64 %add25.us
  %v27.us = load float, float* %p26.us, align 4
  %sel28.us = select i1 %fcmp.us, float %v27.us, float 0.000000e+00
  %p31.us = getelementptr inbounds float, float* %norm_params, i64 %i6219.us
  %v32.us = load float, float* %p31.us, align 4
  %p35.us = getelementptr inbounds float, float* %norm_params, i64 %add14.us
  %v36.us = load float, float* %p35.us, align 4
  %trunc.us = fptrunc double %fmul.us to float
  %trunc37.us = fptrunc double %fmul23.us to float
  %add39.us = add i64 %i6219.us, %mul38.us
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
  %p49.us = getelementptr inbounds float, float* %dx, i64 %mul40.us
  %addr.us = ptrtoint float* %p49.us to i64
  %sub.us = sub i64 0, %addr.us
  %mis.us = lshr i64 %sub.us, 2
  %head.us = and i64 %mis.us, 7
  %cmp50.us = icmp ult i64 %head.us, %s
  %sel51.us = select i1 %cmp50.us, i64 %head.us, i64 %s
  %go56212.us.not = icmp eq i64 %sel51.us, 0
  br i1 %go56212.us.not, label %done54.us, label %vector.ph328

vector.ph328:                                     ; preds = %body4.us
  %n.rnd.up = add nuw nsw i64 %umin324, 7
  %n.vec330 = and i64 %n.rnd.up, 8
  %trip.count.minus.1 = add nsw i64 %umin324, -1
  %broadcast.splatinsert332 = insertelement <8 x i64> poison, i64 %trip.count.minus.1, i64 0
  %broadcast.splat333 = shufflevector <8 x i64> %broadcast.splatinsert332, <8 x i64> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert339 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat340 = shufflevector <8 x float> %broadcast.splatinsert339, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert341 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat342 = shufflevector <8 x float> %broadcast.splatinsert341, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert343 = insertelement <8 x float> poison, float %trunc.us, i64 0
  %broadcast.splat344 = shufflevector <8 x float> %broadcast.splatinsert343, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert345 = insertelement <8 x float> poison, float %trunc37.us, i64 0
  %broadcast.splat346 = shufflevector <8 x float> %broadcast.splatinsert345, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert347 = insertelement <8 x float> poison, float %sel28.us, i64 0
  %broadcast.splat348 = shufflevector <8 x float> %broadcast.splatinsert347, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body327

vector.body327:                                   ; preds = %vector.body327, %vector.ph328
  %index334 = phi i64 [ 0, %vector.ph328 ], [ %index.next349, %vector.body327 ]
  %broadcast.splatinsert335 = insertelement <8 x i64> poison, i64 %index334, i64 0
  %broadcast.splat336 = shufflevector <8 x i64> %broadcast.splatinsert335, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv = or <8 x i64> %broadcast.splat336, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %75 = icmp ule <8 x i64> %vec.iv, %broadcast.splat333
  %76 = add i64 %index334, %mul40.us
  %77 = getelementptr inbounds float, float* %dy, i64 %76
  %78 = bitcast float* %77 to <8 x float>*
  %wide.masked.load = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %78, i32 4, <8 x i1> %75, <8 x float> poison)
  %79 = getelementptr inbounds float, float* %x, i64 %76
  %80 = bitcast float* %79 to <8 x float>*
  %wide.masked.load337 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %80, i32 4, <8 x i1> %75, <8 x float> poison)
  %81 = getelementptr inbounds float, float* %y, i64 %76
  %82 = bitcast float* %81 to <8 x float>*
  %wide.masked.load338 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %82, i32 4, <8 x i1> %75, <8 x float> poison)
  %83 = fcmp ogt <8 x float> %wide.masked.load338, zeroinitializer
  %84 = select <8 x i1> %83, <8 x float> %wide.masked.load, <8 x float> zeroinitializer
  %85 = fsub <8 x float> %wide.masked.load337, %broadcast.splat340
  %86 = fsub <8 x float> %85, %broadcast.splat342
  %87 = fsub <8 x float> %84, %broadcast.splat344
  %88 = fmul <8 x float> %86, %broadcast.splat346
  %89 = fsub <8 x float> %87, %88
  %90 = fmul <8 x float> %broadcast.splat348, %89
  %91 = getelementptr inbounds float, float* %dx, i64 %76
  %92 = bitcast float* %91 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %90, <8 x float>* %92, i32 4, <8 x i1> %75)
  %index.next349 = add i64 %index334, 8
  %93 = icmp eq i64 %index.next349, %n.vec330
  br i1 %93, label %done54.us, label %vector.body327, !llvm.loop !4

done54.us:                                        ; preds = %vector.body327, %body4.us
  %sub72.us = sub i64 %s, %sel51.us
  %body73.us = and i64 %sub72.us, -8
  %add74.us = or i64 %body73.us, %sel51.us
  %go79214.us = icmp slt i64 %sel51.us, %add74.us
  br i1 %go79214.us, label %body76.us, label %loop99.preheader.us

done101.us:                                       ; preds = %body100.us, %middle.block287, %loop99.preheader.us
  %next121.us = add nuw nsw i64 %i6219.us, 1
  %exitcond233.not = icmp eq i64 %next121.us, %c
  br i1 %exitcond233.not, label %loop3.done5_crit_edge.us, label %body4.us

body100.us:                                       ; preds = %body100.us.preheader350, %body100.us
  %i102217.us = phi i64 [ %next120.us, %body100.us ], [ %i102217.us.ph, %body100.us.preheader350 ]
  %add104.us = add i64 %i102217.us, %mul40.us
  %p105.us = getelementptr inbounds float, float* %dy, i64 %add104.us
  %v106.us = load float, float* %p105.us, align 4
  %p107.us = getelementptr inbounds float, float* %x, i64 %add104.us
  %v108.us = load float, float* %p107.us, align 4
  %p109.us = getelementptr inbounds float, float* %y, i64 %add104.us
  %v110.us = load float, float* %p109.us, align 4
  %cmp111.us = fcmp ogt float %v110.us, 0.000000e+00
  %sel112.us = select i1 %cmp111.us, float %v106.us, float 0.000000e+00
  %fsub113.us = fsub float %v108.us, %v32.us
  %fsub114.us = fsub float %fsub113.us, %v36.us
  %fsub115.us = fsub float %sel112.us, %trunc.us
  %fmul116.us = fmul float %fsub114.us, %trunc37.us
  %fsub117.us = fsub float %fsub115.us, %fmul116.us
  %fmul118.us = fmul float %sel28.us, %fsub117.us
  %p119.us = getelementptr inbounds float, float* %dx, i64 %add104.us
  store float %fmul118.us, float* %p119.us, align 4
  %next120.us = add nsw i64 %i102217.us, 1
  %exitcond232.not = icmp eq i64 %next120.us, %s
  br i1 %exitcond232.not, label %done101.us, label %body100.us, !llvm.loop !5

body76.us:                                        ; preds = %done54.us, %body76.us
  %i78215.us = phi i64 [ %next98.us, %body76.us ], [ %sel51.us, %done54.us ]
  %add80.us = add i64 %i78215.us, %mul40.us
  %p81.us = getelementptr inbounds float, float* %dy, i64 %add80.us
  %vp.us = bitcast float* %p81.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %p82.us = getelementptr inbounds float, float* %x, i64 %add80.us
  %vp83.us = bitcast float* %p82.us to <8 x float>*
  %vec84.us = load <8 x float>, <8 x float>* %vp83.us, align 4
  %p85.us = getelementptr inbounds float, float* %y, i64 %add80.us
  %vp86.us = bitcast float* %p85.us to <8 x float>*
  %vec87.us = load <8 x float>, <8 x float>* %vp86.us, align 4
  %cmp88.us = fcmp ogt <8 x float> %vec87.us, zeroinitializer
  %sel89.us = select <8 x i1> %cmp88.us, <8 x float> %vec.us, <8 x float> zeroinitializer
  %fsub90.us = fsub <8 x float> %vec84.us, %splat.us
  %fsub91.us = fsub <8 x float> %fsub90.us, %splat42.us
  %fsub92.us = fsub <8 x float> %sel89.us, %splat46.us
  %fmul93.us = fmul <8 x float> %splat48.us, %fsub91.us
  %fsub94.us = fsub <8 x float> %fsub92.us, %fmul93.us
  %fmul95.us = fmul <8 x float> %splat44.us, %fsub94.us
  %p96.us = getelementptr inbounds float, float* %dx, i64 %add80.us
  %vp97.us = bitcast float* %p96.us to <8 x float>*
  store <8 x float> %fmul95.us, <8 x float>* %vp97.us, align 32, !nontemporal !6
  %next98.us = add i64 %i78215.us, 8
  %go79.us = icmp slt i64 %next98.us, %add74.us
  br i1 %go79.us, label %body76.us, label %loop99.preheader.us

loop99.preheader.us:                              ; preds = %body76.us, %done54.us
  %go103216.us = icmp slt i64 %add74.us, %s
  br i1 %go103216.us, label %body100.us.preheader, label %done101.us

body100.us.preheader:                             ; preds = %loop99.preheader.us
  %94 = sub i64 %s, %add74.us
  %min.iters.check290 = icmp ult i64 %94, 16
  br i1 %min.iters.check290, label %body100.us.preheader350, label %vector.ph291

vector.ph291:                                     ; preds = %body100.us.preheader
  %n.vec293 = and i64 %94, -16
  %ind.end = add i64 %add74.us, %n.vec293
  %broadcast.splatinsert303 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat304 = shufflevector <8 x float> %broadcast.splatinsert303, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert305 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat306 = shufflevector <8 x float> %broadcast.splatinsert305, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert307 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat308 = shufflevector <8 x float> %broadcast.splatinsert307, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert309 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat310 = shufflevector <8 x float> %broadcast.splatinsert309, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert311 = insertelement <8 x float> poison, float %trunc.us, i64 0
  %broadcast.splat312 = shufflevector <8 x float> %broadcast.splatinsert311, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert313 = insertelement <8 x float> poison, float %trunc.us, i64 0
  %broadcast.splat314 = shufflevector <8 x float> %broadcast.splatinsert313, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert315 = insertelement <8 x float> poison, float %trunc37.us, i64 0
  %broadcast.splat316 = shufflevector <8 x float> %broadcast.splatinsert315, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert317 = insertelement <8 x float> poison, float %trunc37.us, i64 0
  %broadcast.splat318 = shufflevector <8 x float> %broadcast.splatinsert317, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert319 = insertelement <8 x float> poison, float %sel28.us, i64 0
  %broadcast.splat320 = shufflevector <8 x float> %broadcast.splatinsert319, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert321 = insertelement <8 x float> poison, float %sel28.us, i64 0
  %broadcast.splat322 = shufflevector <8 x float> %broadcast.splatinsert321, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body289

vector.body289:                                   ; preds = %vector.body289, %vector.ph291
  %index296 = phi i64 [ 0, %vector.ph291 ], [ %index.next323, %vector.body289 ]
  %offset.idx = add i64 %add74.us, %index296
  %95 = add i64 %offset.idx, %mul40.us
  %96 = getelementptr inbounds float, float* %dy, i64 %95
  %97 = bitcast float* %96 to <8 x float>*
  %wide.load297 = load <8 x float>, <8 x float>* %97, align 4
  %98 = getelementptr inbounds float, float* %96, i64 8
  %99 = bitcast float* %98 to <8 x float>*
  %wide.load298 = load <8 x float>, <8 x float>* %99, align 4
  %100 = getelementptr inbounds float, float* %x, i64 %95
  %101 = bitcast float* %100 to <8 x float>*
  %wide.load299 = load <8 x float>, <8 x float>* %101, align 4
  %102 = getelementptr inbounds float, float* %100, i64 8
  %103 = bitcast float* %102 to <8 x float>*
  %wide.load300 = load <8 x float>, <8 x float>* %103, align 4
  %104 = getelementptr inbounds float, float* %y, i64 %95
  %105 = bitcast float* %104 to <8 x float>*
  %wide.load301 = load <8 x float>, <8 x float>* %105, align 4
  %106 = getelementptr inbounds float, float* %104, i64 8
  %107 = bitcast float* %106 to <8 x float>*
  %wide.load302 = load <8 x float>, <8 x float>* %107, align 4
  %108 = fcmp ogt <8 x float> %wide.load301, zeroinitializer
  %109 = fcmp ogt <8 x float> %wide.load302, zeroinitializer
  %110 = select <8 x i1> %108, <8 x float> %wide.load297, <8 x float> zeroinitializer
  %111 = select <8 x i1> %109, <8 x float> %wide.load298, <8 x float> zeroinitializer
  %112 = fsub <8 x float> %wide.load299, %broadcast.splat304
  %113 = fsub <8 x float> %wide.load300, %broadcast.splat306
  %114 = fsub <8 x float> %112, %broadcast.splat308
  %115 = fsub <8 x float> %113, %broadcast.splat310
  %116 = fsub <8 x float> %110, %broadcast.splat312
  %117 = fsub <8 x float> %111, %broadcast.splat314
  %118 = fmul <8 x float> %114, %broadcast.splat316
  %119 = fmul <8 x float> %115, %broadcast.splat318
  %120 = fsub <8 x float> %116, %118
  %121 = fsub <8 x float> %117, %119
  %122 = fmul <8 x float> %broadcast.splat320, %120
  %123 = fmul <8 x float> %broadcast.splat322, %121
  %124 = getelementptr inbounds float, float* %dx, i64 %95
  %125 = bitcast float* %124 to <8 x float>*
  store <8 x float> %122, <8 x float>* %125, align 4
  %126 = getelementptr inbounds float, float* %124, i64 8
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %123, <8 x float>* %127, align 4
  %index.next323 = add nuw i64 %index296, 16
  %128 = icmp eq i64 %index.next323, %n.vec293
  br i1 %128, label %middle.block287, label %vector.body289, !llvm.loop !7

middle.block287:                                  ; preds = %vector.body289
  %cmp.n295 = icmp eq i64 %94, %n.vec293
  br i1 %cmp.n295, label %done101.us, label %body100.us.preheader350

body100.us.preheader350:                          ; preds = %body100.us.preheader, %middle.block287
  %i102217.us.ph = phi i64 [ %add74.us, %body100.us.preheader ], [ %ind.end, %middle.block287 ]
  br label %body100.us

loop3.done5_crit_edge.us:                         ; preds = %done101.us
  %next122.us = add nuw nsw i64 %i221.us, 1
  %exitcond234.not = icmp eq i64 %next122.us, %n
  br i1 %exitcond234.not, label %join, label %loop3.preheader.us

join:                                             ; preds = %loop128.done130_crit_edge.split.us.us.us, %loop3.done5_crit_edge.us, %loop3.preheader.lr.ph, %loop128.preheader.lr.ph, %loop123.preheader, %loop.preheader
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
