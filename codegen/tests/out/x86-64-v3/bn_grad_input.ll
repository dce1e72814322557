; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @syncbn_bn_grad_input(float* noalias nocapture readonly %dy, float* noalias nocapture readonly %x, float* noalias nocapture readonly %norm_params, double* noalias nocapture readonly %sums, i64 %n, i64 %c, i64 %s, float* noalias %dx) local_unnamed_addr #0 {
entry:
  %dx211 = ptrtoint float* %dx to i64
  %mul = shl i64 %n, 2
  %mul1 = mul i64 %mul, %c
  %mul2 = mul i64 %mul1, %s
  %cmp = icmp sgt i64 %mul2, 16777215
  %go203 = icmp sgt i64 %n, 0
  br i1 %cmp, label %loop.preheader, label %loop110.preheader

loop110.preheader:                                ; preds = %entry
  br i1 %go203, label %loop115.preheader.lr.ph, label %join

loop115.preheader.lr.ph:                          ; preds = %loop110.preheader
  %go119185 = icmp sgt i64 %c, 0
  %mul127 = shl i64 %c, 1
  %mul144 = mul i64 %c, 3
  %go166183 = icmp sgt i64 %s, 0
  %or.cond = select i1 %go119185, i1 %go166183, i1 false
  br i1 %or.cond, label %loop115.preheader.us.us.preheader, label %join

loop115.preheader.us.us.preheader:                ; preds = %loop115.preheader.lr.ph
  %min.iters.check = icmp ult i64 %s, 32
  %n.vec = and i64 %s, -32
  %cmp.n = icmp eq i64 %n.vec, %s
  br label %loop115.preheader.us.us

loop115.preheader.us.us:                          ; preds = %loop115.preheader.us.us.preheader, %loop115.done117_crit_edge.split.us.us.us
  %i113188.us.us = phi i64 [ %next181.us.us, %loop115.done117_crit_edge.split.us.us.us ], [ 0, %loop115.preheader.us.us.preheader ]
  %mul159.us.us = mul i64 %i113188.us.us, %c
  br label %body116.us.us.us

body116.us.us.us:                                 ; preds = %loop162.done164_crit_edge.us.us.us, %loop115.preheader.us.us
  %i118186.us.us.us = phi i64 [ 0, %loop115.preheader.us.us ], [ %next180.us.us.us, %loop162.done164_crit_edge.us.us.us ]
  %p122.us.us.us = getelementptr inbounds double, double* %sums, i64 %i118186.us.us.us
  %v123.us.us.us = load double, double* %p122.us.us.us, align 8
  %fcmp124.us.us.us = fcmp ogt double %v123.us.us.us, 0.000000e+00
  %fdiv125.us.us.us = fdiv double 1.000000e+00, %v123.us.us.us
  %sel126.us.us.us = select i1 %fcmp124.us.us.us, double %fdiv125.us.us.us, double 0.000000e+00
  %add128.us.us.us = add i64 %i118186.us.us.us, %mul127
  %p129.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add128.us.us.us
  %v130.us.us.us = load float, float* %p129.us.us.us, align 4
  %ext131.us.us.us = fpext float %v130.us.us.us to double
  %add133.us.us.us = add i64 %i118186.us.us.us, %c
  %p134.us.us.us = getelementptr inbounds double, double* %sums, i64 %add133.us.us.us
  %v135.us.us.us = load double, double* %p134.us.us.us, align 8
  %fmul136.us.us.us = fmul double %v135.us.us.us, %sel126.us.us.us
  %p139.us.us.us = getelementptr inbounds double, double* %sums, i64 %add128.us.us.us
  %v140.us.us.us = load double, double* %p139.us.us.us, align 8
  %fmul141.us.us.us = fmul double %sel126.us.us.us, %v140.us.us.us
  %fmul142.us.us.us = fmul double %fmul141.us.us.us, %ext131.us.us.us
  %fmul143.us.us.us = fmul double %fmul142.us.us.us, %ext131.us.us.us
  %add145.us.us.us = add i64 %i118186.us.us.us, %mul144
  %p146.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add145.us.us.us
  %v147.us.us.us = load float, float* %p146.us.us.us, align 4
  %sel148.us.us.us = select i1 %fcmp124.us.us.us, float %v147.us.us.us, float 0.000000e+00
  %p151.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %i118186.us.us.us
  %v152.us.us.us = load float, float* %p151.us.us.us, align 4
  %p155.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add133.us.us.us
  %v156.us.us.us = load float, float* %p155.us.us.us, align 4
  %trunc157.us.us.us = fptrunc double %fmul136.us.us.us to float
  %trunc158.us.us.us = fptrunc double %fmul143.us.us.us to float
  %add160.us.us.us = add i64 %i118186.us.us.us, %mul159.us.us
  %mul161.us.us.us = mul i64 %add160.us.us.us, %s
  br i1 %min.iters.check, label %body163.us.us.us.preheader, label %vector.ph

vector.ph:                                        ; preds = %body116.us.us.us
  %broadcast.splatinsert = insertelement <8 x float> poison, float %v152.us.us.us, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert228 = insertelement <8 x float> poison, float %v152.us.us.us, i64 0
  %broadcast.splat229 = shufflevector <8 x float> %broadcast.splatinsert228, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert230 = insertelement <8 x float> poison, float %v152.us.us.us, i64 0
  %broadcast.splat231 = shufflevector <8 x float> %broadcast.splatinsert230, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert232 = insertelement <8 x float> poison, float %v152.us.us.us, i64 0
  %broadcast.splat233 = shufflevector <8 x float> %broadcast.splatinsert232, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert234 = insertelement <8 x float> poison, float %v156.us.us.us, i64 0
  %broadcast.splat235 = shufflevector <8 x float> %broadcast.splatinsert234, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert236 = insertelement <8 x float> poison, float %v156.us.us.us, i64 0
  %broadcast.splat237 = shufflevector <8 x float> %broadcast.splatinsert236, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert238 = insertelement <8 x float> poison, float %v156.us.us.us, i64 0
  %broadcast.splat239 = shufflevector <8 x float> %broadcast.splatinsert238, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert240 = insertelement <8 x float> poison, float %v156.us.us.us, i64 0
  %broadcast.splat241 = shufflevector <8 x float> %broadcast.splatinsert240, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert242 = insertelement <8 x float> poison, float %trunc157.us.us.us, i64 0
  %broadcast.splat243 = shufflevector <8 x float> %broadcast.splatinsert242, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert244 = insertelement <8 x float> poison, float %trunc157.us.us.us, i64 0
  %broadcast.splat245 = shufflevector <8 x float> %broadcast.splatinsert244, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert246 = insertelement <8 x float> poison, float %trunc157.us.us.us, i64 0
  %broadcast.splat247 = shufflevector <8 x float> %broadcast.splatinsert246, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert248 = insertelement <8 x float> poison, float %trunc157.us.us.us, i64 0
  %broadcast.splat249 = shufflevector <8 x float> %broadcast.splatinsert248, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert250 = insertelement <8 x float> poison, float %trunc158.us.us.us, i64 0
  %broadcast.splat251 = shufflevector <8 x float> %broadcast.splatinsert250, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert252 = insertelement <8 x float> poison, float %trunc158.us.us.us, i64 0
  %broadcast.splat253 = shufflevector <8 x float> %broadcast.splatinsert252, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert254 = insertelement <8 x float> poison, float %trunc158.us.us.us, i64 0
  %broadcast.splat255 = shufflevector <8 x float> %broadcast.splatinsert254, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert256 = insertelement <8 x float> poison, float %trunc158.us.us.us, i64 0
  %broadcast.splat257 = shufflevector <8 x float> %broadcast.splatinsert256, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert258 = insertelement <8 x float> poison, float %sel148.us.us.us, i64 0
  %broadcast.splat259 = shufflevector <8 x float> %broadcast.splatinsert258, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert260 = insertelement <8 x float> poison, float %sel148.us.us.us, i64 0
  %broadcast.splat261 = shufflevector <8 x float> %broadcast.splatinsert260, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert262 = insertelement <8 x float> poison, float %sel148.us.us.us, i64 0
  %broadcast.splat263 = shufflevector <8 x float> %broadcast.splatinsert262, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert264 = insertelement <8 x float> poison, float %sel148.us.us.us, i64 0
  %broadcast.splat265 = shufflevector <8 x float> %broadcast.splatinsert264, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %0 = add i64 %index, %mul161.us.us.us
  %1 = getelementptr inbounds float, float* %dy, i64 %0
  %2 = bitcast float* %1 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %2, align 4
  %3 = getelementptr inbounds float, float* %1, i64 8
  %4 = bitcast float* %3 to <8 x float>*
  %wide.load221 = load <8 x float>, <8 x float>* %4, align 4
  %5 = getelementptr inbounds float, float* %1, i64 16
  %6 = bitcast float* %5 to <8 x float>*
  %wide.load222 = load <8 x float>, <8 x float>* %6, align 4
  %7 = getelementptr inbounds float, float* %1, i64 24
  %8 = bitcast float* %7 to <8 x float>*
  %wide.load223 = load <8 x float>, <8 x float>* %8, align 4
  %9 = getelementptr inbounds float, float* %x, i64 %0
  %10 = bitcast float* %9 to <8 x float>*
  %wide.load224 = load <8 x float>, <8 x float>* %10, align 4
  %11 = getelementptr inbounds float, float* %9, i64 8
  %12 = bitcast float* %11 to <8 x float>*
  %wide.load225 = load <8 x float>, <8 x float>* %12, align 4
  %13 = getelementptr inbounds float, float* %9, i64 16
  %14 = bitcast float* %13 to <8 x float>*
  %wide.load226 = load <8 x float>, <8 x float>* %14, align 4
  %15 = getelementptr inbounds float, float* %9, i64 24
  %16 = bitcast float* %15 to <8 x float>*
  %wide.load227 = load <8 x float>, <8 x float>* %16, align 4
  %17 = fsub <8 x float> %wide.load224, %broadcast.splat
  %18 = fsub <8 x float> %wide.load225, %broadcast.splat229
  %19 = fsub <8 x float> %wide.load226, %broadcast.splat231
  %20 = fsub <8 x float> %wide.load227, %broadcast.splat233
  %21 = fsub <8 x float> %17, %broadcast.splat235
  %22 = fsub <8 x float> %18, %broadcast.splat237
  %23 = fsub <8 x float> %19, %broadcast.splat239
  %24 = fsub <8 x float> %20, %broadcast.splat241
  %25 = fsub <8 x float> %wide.load, %broadcast.splat243
  %26 = fsub <8 x float> %wide.load221, %broadcast.splat245
  %27 = fsub <8 x float> %wide.load222, %broadcast.splat247
  %28 = fsub <8 x float> %wide.load223, %broadcast.splat249
  %29 = fmul <8 x float> %21, %broadcast.splat251
  %30 = fmul <8 x float> %22, %broadcast.splat253
  %31 = fmul <8 x float> %23, %broadcast.splat255
  %32 = fmul <8 x float> %24, %broadcast.splat257
  %33 = fsub <8 x float> %25, %29
  %34 = fsub <8 x float> %26, %30
  %35 = fsub <8 x float> %27, %31
  %36 = fsub <8 x float> %28, %32
  %37 = fmul <8 x float> %broadcast.splat259, %33
  %38 = fmul <8 x float> %broadcast.splat261, %34
  %39 = fmul <8 x float> %broadcast.splat263, %35
  %40 = fmul <8 x float> %broadcast.splat265, %36
  %41 = getelementptr inbounds float, float* %dx, i64 %0
  %42 = bitcast float* %41 to <8 x float>*
  store <8 x float> %37, <8 x float>* %42, align 4
  %43 = getelementptr inbounds float, float* %41, i64 8
  %44 = bitcast float* %43 to <8 x float>*
  store <8 x float> %38, <8 x float>* %44, align 4
  %45 = getelementptr inbounds float, float* %41, i64 16
  %46 = bitcast float* %45 to <8 x float>*
  store <8 x float> %39, <8 x float>* %46, align 4
  %47 = getelementptr inbounds float, float* %41, i64 24
  %48 = bitcast float* %47 to <8 x float>*
  store <8 x float> %40, <8 x float>* %48, align 4
  %index.next = add nuw i64 %index, 32
  %49 = icmp eq i64 %index.next, %n.vec
  br i1 %49, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  br i1 %cmp.n, label %loop162.done164_crit_edge.us.us.us, label %body163.us.us.us.preheader

body163.us.us.us.preheader:                       ; preds = %body116.us.us.us, %middle.block
  %i165184.us.us.us.ph = phi i64 [ 0, %body116.us.us.us ], [ %n.vec, %middle.block ]
  br label %body163.us.us.us

body163.us.us.us:                                 ; preds = %body163.us.us.us.preheader, %body163.us.us.us
  %i165184.us.us.us = phi i64 [ %next179.us.us.us, %body163.us.us.us ], [ %i165184.us.us.us.ph, %body163.us.us.us.preheader ]
  %add167.us.us.us = add i64 %i165184.us.us.us, %mul161.us.us.us
  %p168.us.us.us = getelementptr inbounds float, float* %dy, i64 %add167.us.us.us
  %v169.us.us.us = load float, float* %p168.us.us.us, align 4
  %p170.us.us.us = getelementptr inbounds float, float* %x, i64 %add167.us.us.us
  %v171.us.us.us = load float, float* %p170.us.us.us, align 4
  %fsub172.us.us.us = fsub float %v171.us.us.us, %v152.us.us.us
  %fsub173.us.us.us = fsub float %fsub172.us.us.us, %v156.us.us.us
  %fsub174.us.us.us = fsub float %v169.us.us.us, %trunc157.us.us.us
  %fmul175.us.us.us = fmul float %fsub173.us.us.us, %trunc158.us.us.us
  %fsub176.us.us.us = fsub float %fsub174.us.us.us, %fmul175.us.us.us
  %fmul177.us.us.us = fmul float %sel148.us.us.us, %fsub176.us.us.us
  %p178.us.us.us = getelementptr inbounds float, float* %dx, i64 %add167.us.us.us
  store float %fmul177.us.us.us, float* %p178.us.us.us, align 4
  %next179.us.us.us = add nuw nsw i64 %i165184.us.us.us, 1
  %exitcond.not = icmp eq i64 %next179.us.us.us, %s
  br i1 %exitcond.not, label %loop162.done164_crit_edge.us.us.us, label %body163.us.us.us, !llvm.loop !2

loop162.done164_crit_edge.us.us.us:               ; preds = %body163.us.us.us, %middle.block
  %next180.us.us.us = add nuw nsw i64 %i118186.us.us.us, 1
  %exitcond209.not = icmp eq i64 %next180.us.us.us, %c
  br i1 %exitcond209.not, label %loop115.done117_crit_edge.split.us.us.us, label %body116.us.us.us

loop115.done117_crit_edge.split.us.us.us:         ; preds = %loop162.done164_crit_edge.us.us.us
  %next181.us.us = add nuw nsw i64 %i113188.us.us, 1
  %exitcond210.not = icmp eq i64 %next181.us.us, %n
  br i1 %exitcond210.not, label %join, label %loop115.preheader.us.us

loop.preheader:                                   ; preds = %entry
  br i1 %go203, label %loop3.preheader.lr.ph, label %join

loop3.preheader.lr.ph:                            ; preds = %loop.preheader
  %go7201 = icmp sgt i64 %c, 0
  %mul9 = shl i64 %c, 1
  %mul24 = mul i64 %c, 3
  br i1 %go7201, label %loop3.preheader.us.preheader, label %join

loop3.preheader.us.preheader:                     ; preds = %loop3.preheader.lr.ph
  %50 = mul i64 %s, %c
  %51 = mul i64 %50, -4
  %52 = mul i64 %s, -4
  %53 = mul i64 %s, %c
  %54 = mul i64 %53, -4
  %55 = mul i64 %s, -4
  br label %loop3.preheader.us

loop3.preheader.us:                               ; preds = %loop3.preheader.us.preheader, %loop3.done5_crit_edge.us
  %i204.us = phi i64 [ 0, %loop3.preheader.us.preheader ], [ %next109.us, %loop3.done5_crit_edge.us ]
  %56 = mul i64 %54, %i204.us
  %57 = sub i64 %56, %dx211
  %58 = mul i64 %51, %i204.us
  %59 = sub i64 %58, %dx211
  %mul38.us = mul i64 %i204.us, %c
  br label %body4.us

body4.us:                                         ; preds = %loop3.preheader.us, %done92.us
  %i6202.us = phi i64 [ 0, %loop3.preheader.us ], [ %next108.us, %done92.us ]
  %60 = mul i64 %55, %i6202.us
  %61 = add i64 %57, %60
  %62 = lshr i64 %61, 2
  %63 = and i64 %62, 7
  %umin = call i64 @llvm.umin.i64(i64 %s, i64 %63)
  %64 = add nuw nsw i64 %umin, 7
  %65 = and i64 %64, 8
  %66 = add nsw i64 %65, -8
  %67 = lshr exact i64 %66, 3
  %68 = add nuw nsw i64 %67, 1
  %p.us = getelementptr inbounds double, double* %sums, i64 %i6202.us
  %v.us = load double, double* %p.us, align 8
  %fcmp.us = fcmp ogt double %v.us, 0.000000e+00
  %fdiv.us = fdiv double 1.000000e+00, %v.us
  %sel.us = select i1 %fcmp.us, double %fdiv.us, double 0.000000e+00
  %add10.us = add i64 %i6202.us, %mul9
  %p11.us = getelementptr inbounds float, float* %norm_params, i64 %add10.us
  %v12.us = load float, float* %p11.us, align 4
  %ext.us = fpext float %v12.us to double
  %add14.us = add i64 %i6202.us, %c
  %p15.us = getelementptr inbounds double, double* %sums, i64 %add14.us
  %v16.us = load double, double* %p15.us, align 8
  %fmul.us = fmul double %v16.us, %sel.us
  %p19.us = getelementptr inbounds double, double* %sums, i64 %add10.us
  %v20.us = load double, double* %p19.us, align 8
  %fmul21.us = fmul double %sel.us, %v20.us
  %fmul22.us = fmul double %fmul21.us, %ext.us
  %fmul23.us = fmul double %fmul22.us, %ext.us
  %add25.us = add i64 %i6202.us, %mul24
  %p26.us = getelementptr inbounds float, float* %norm_params, i64 %add25.us
  %v27.us = load float, float* %p26.us, align 4
  %sel28.us = select i1 %fcmp.us, float %v27.us, float 0.000000e+00
  %p31.us = getelementptr inbounds float, float* %norm_params, i64 %i6202.us
  %v32.us = load float, float* %p31.us, align 4
  %p35.us = getelementptr inbounds float, float* %norm_params, i64 %add14.us
  %v36.us = load float, float* %p35.us, align 4
  %trunc.us = fptrunc double %fmul.us to float
  %trunc37.us = fptrunc double %fmul23.us to float
  %add39.us = add i64 %i6202.us, %mul38.us
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
  %go56195.us.not = icmp eq i64 %sel51.us, 0
  br i1 %go56195.us.not, label %done54.us, label %vector.ph329

vector.ph329:                                     ; preds = %body4.us
  %69 = mul i64 %52, %i6202.us
  %70 = add i64 %59, %69
  %71 = lshr i64 %70, 2
  %72 = and i64 %71, 7
  %umin325 = call i64 @llvm.umin.i64(i64 %s, i64 %72)
  %trip.count.minus.1 = add nsw i64 %umin325, -1
  %broadcast.splatinsert333 = insertelement <8 x i64> poison, i64 %trip.count.minus.1, i64 0
  %broadcast.splat334 = shufflevector <8 x i64> %broadcast.splatinsert333, <8 x i64> poison, <8 x i32> zeroinitializer
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
  %xtraiter = and i64 %68, 1
  %73 = icmp eq i64 %66, 0
  br i1 %73, label %done54.us.loopexit.unr-lcssa, label %vector.ph329.new

vector.ph329.new:                                 ; preds = %vector.ph329
  %unroll_iter = and i64 %68, 4611686018427387902
  br label %vector.body328

vector.body328:                                   ; preds = %vector.body328, %vector.ph329.new
  %index335 = phi i64 [ 0, %vector.ph329.new ], [ %index.next349.1, %vector.body328 ]
  %niter = phi i64 [ 0, %vector.ph329.new ], [ %niter.next.1, %vector.body328 ]
  %broadcast.splatinsert336 = insertelement <8 x i64> poison, i64 %index335, i64 0
  %broadcast.splat337 = shufflevector <8 x i64> %broadcast.splatinsert336, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv = or <8 x i64> %broadcast.splat337, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %74 = icmp ule <8 x i64> %vec.iv, %broadcast.splat334
  %75 = add i64 %index335, %mul40.us
  %76 = getelementptr inbounds float, float* %dy, i64 %75
  %77 = bitcast float* %76 to <8 x float>*
  %wide.masked.load = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %77, i32 4, <8 x i1> %74, <8 x float> poison)
  %78 = getelementptr inbounds float, float* %x, i64 %75
  %79 = bitcast float* %78 to <8 x float>*
  %wide.masked.load338 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %79, i32 4, <8 x i1> %74, <8 x float> poison)
  %80 = fsub <8 x float> %wide.masked.load338, %broadcast.splat340
  %81 = fsub <8 x float> %80, %broadcast.splat342
  %82 = fsub <8 x float> %wide.masked.load, %broadcast.splat344
  %83 = fmul <8 x float> %81, %broadcast.splat346
  %84 = fsub <8 x float> %82, %83
  %85 = fmul <8 x float> %broadcast.splat348, %84
  %86 = getelementptr inbounds float, float* %dx, i64 %75
  %87 = bitcast float* %86 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %85, <8 x float>* %87, i32 4, <8 x i1> %74)
  %index.next349 = or i64 %index335, 8
  %broadcast.splatinsert336.1 = insertelement <8 x i64> poison, i64 %index.next349, i64 0
  %broadcast.splat337.1 = shufflevector <8 x i64> %broadcast.splatinsert336.1, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv.1 = or <8 x i64> %broadcast.splat337.1, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %88 = icmp ule <8 x i64> %vec.iv.1, %broadcast.splat334
  %89 = add i64 %index.next349, %mul40.us
  %90 = getelementptr inbounds float, float* %dy, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %wide.masked.load.1 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %91, i32 4, <8 x i1> %88, <8 x float> poison)
  %92 = getelementptr inbounds float, float* %x, i64 %89
  %93 = bitcast float* %92 to <8 x float>*
  %wide.masked.load338.1 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %93, i32 4, <8 x i1> %88, <8 x float> poison)
  %94 = fsub <8 x float> %wide.masked.load338.1, %broadcast.splat340
  %95 = fsub <8 x float> %94, %broadcast.splat342
  %96 = fsub <8 x float> %wide.masked.load.1, %broadcast.splat344
  %97 = fmul <8 x float> %95, %broadcast.splat346
  %98 = fsub <8 x float> %96, %97
  %99 = fmul <8 x float> %broadcast.splat348, %98
  %100 = getelementptr inbounds float, float* %dx, i64 %89
  %101 = bitcast float* %100 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %99, <8 x float>* %101, i32 4, <8 x i1> %88)
  %index.next349.1 = add i64 %index335, 16
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %done54.us.loopexit.unr-lcssa, label %vector.body328, !llvm.loop !4

done54.us.loopexit.unr-lcssa:                     ; preds = %vector.body328, %vector.ph329
  %index335.unr = phi i64 [ 0, %vector.ph329 ], [ %index.next349.1, %vector.body328 ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %done54.us, label %vector.body328.epil

vector.body328.epil:                              ; preds = %done54.us.loopexit.unr-lcssa
  %broadcast.splatinsert336.epil = insertelement <8 x i64> poison, i64 %index335.unr, i64 0
  %broadcast.splat337.epil = shufflevector <8 x i64> %broadcast.splatinsert336.epil, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv.epil = or <8 x i64> %broadcast.splat337.epil, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %102 = icmp ule <8 x i64> %vec.iv.epil, %broadcast.splat334
  %103 = add i64 %index335.unr, %mul40.us
  %104 = getelementptr inbounds float, float* %dy, i64 %103
  %105 = bitcast float* %104 to <8 x float>*
  %wide.masked.load.epil = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %105, i32 4, <8 x i1> %102, <8 x float> poison)
  %106 = getelementptr inbounds float, float* %x, i64 %103
  %107 = bitcast float* %106 to <8 x float>*
  %wide.masked.load338.epil = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %107, i32 4, <8 x i1> %102, <8 x float> poison)
  %108 = fsub <8 x float> %wide.masked.load338.epil, %broadcast.splat340
  %109 = fsub <8 x float> %108, %broadcast.splat342
  %110 = fsub <8 x float> %wide.masked.load.epil, %broadcast.splat344
  %111 = fmul <8 x float> %109, %broadcast.splat346
  %112 = fsub <8 x float> %110, %111
  %113 = fmul <8 x float> %broadcast.splat348, %112
  %114 = getelementptr inbounds float, float* %dx, i64 %103
  %115 = bitcast float* %114 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %113, <8 x float>* %115, i32 4, <8 x i1> %102)
  br label %done54.us

done54.us:                                        ; preds = %vector.body328.epil, %done54.us.loopexit.unr-lcssa, %body4.us
  %sub68.us = sub i64 %s, %sel51.us
  %body69.us = and i64 %sub68.us, -8
  %add70.us = or i64 %body69.us, %sel51.us
  %go75197.us = icmp slt i64 %sel51.us, %add70.us
  br i1 %go75197.us, label %body72.us, label %loop90.preheader.us

done92.us:                                        ; preds = %body91.us, %middle.block266, %loop90.preheader.us
  %next108.us = add nuw nsw i64 %i6202.us, 1
  %exitcond216.not = icmp eq i64 %next108.us, %c
  br i1 %exitcond216.not, label %loop3.done5_crit_edge.us, label %body4.us

body91.us:                                        ; preds = %body91.us.preheader350, %body91.us
  %i93200.us = phi i64 [ %next107.us, %body91.us ], [ %i93200.us.ph, %body91.us.preheader350 ]
  %add95.us = add i64 %i93200.us, %mul40.us
  %p96.us = getelementptr inbounds float, float* %dy, i64 %add95.us
  %v97.us = load float, float* %p96.us, align 4
  %p98.us = getelementptr inbounds float, float* %x, i64 %add95.us
  %v99.us = load float, float* %p98.us, align 4
  %fsub100.us = fsub float %v99.us, %v32.us
  %fsub101.us = fsub float %fsub100.us, %v36.us
  %fsub102.us = fsub float %v97.us, %trunc.us
  %fmul103.us = fmul float %fsub101.us, %trunc37.us
  %fsub104.us = fsub float %fsub102.us, %fmul103.us
  %fmul105.us = fmul float %sel28.us, %fsub104.us
  %p106.us = getelementptr inbounds float, float* %dx, i64 %add95.us
  store float %fmul105.us, float* %p106.us, align 4
  %next107.us = add nsw i64 %i93200.us, 1
  %exitcond215.not = icmp eq i64 %next107.us, %s
  br i1 %exitcond215.not, label %done92.us, label %body91.us, !llvm.loop !5

body72.us:                                        ; preds = %done54.us, %body72.us
  %i74198.us = phi i64 [ %next89.us, %body72.us ], [ %sel51.us, %done54.us ]
  %add76.us = add i64 %i74198.us, %mul40.us
  %p77.us = getelementptr inbounds float, float* %dy, i64 %add76.us
  %vp.us = bitcast float* %p77.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %p78.us = getelementptr inbounds float, float* %x, i64 %add76.us
  %vp79.us = bitcast float* %p78.us to <8 x float>*
  %vec80.us = load <8 x float>, <8 x float>* %vp79.us, align 4
  %fsub81.us = fsub <8 x float> %vec80.us, %splat.us
  %fsub82.us = fsub <8 x float> %fsub81.us, %splat42.us
  %fsub83.us = fsub <8 x float> %vec.us, %splat46.us
  %fmul84.us = fmul <8 x float> %splat48.us, %fsub82.us
  %fsub85.us = fsub <8 x float> %fsub83.us, %fmul84.us
  %fmul86.us = fmul <8 x float> %splat44.us, %fsub85.us
  %p87.us = getelementptr inbounds float, float* %dx, i64 %add76.us
  %vp88.us = bitcast float* %p87.us to <8 x float>*
  store <8 x float> %fmul86.us, <8 x float>* %vp88.us, align 32, !nontemporal !6
  %next89.us = add i64 %i74198.us, 8
  %go75.us = icmp slt i64 %next89.us, %add70.us
  br i1 %go75.us, label %body72.us, label %loop90.preheader.us

loop90.preheader.us:                              ; preds = %body72.us, %done54.us
  %go94199.us = icmp slt i64 %add70.us, %s
  br i1 %go94199.us, label %body91.us.preheader, label %done92.us

body91.us.preheader:                              ; preds = %loop90.preheader.us
  %116 = sub i64 %s, %add70.us
  %min.iters.check269 = icmp ult i64 %116, 32
  br i1 %min.iters.check269, label %body91.us.preheader350, label %vector.ph270

vector.ph270:                                     ; preds = %body91.us.preheader
  %n.vec272 = and i64 %116, -32
  %ind.end = add i64 %add70.us, %n.vec272
  %broadcast.splatinsert284 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat285 = shufflevector <8 x float> %broadcast.splatinsert284, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert286 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat287 = shufflevector <8 x float> %broadcast.splatinsert286, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert288 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat289 = shufflevector <8 x float> %broadcast.splatinsert288, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert290 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat291 = shufflevector <8 x float> %broadcast.splatinsert290, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert292 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat293 = shufflevector <8 x float> %broadcast.splatinsert292, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert294 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat295 = shufflevector <8 x float> %broadcast.splatinsert294, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert296 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat297 = shufflevector <8 x float> %broadcast.splatinsert296, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert298 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat299 = shufflevector <8 x float> %broadcast.splatinsert298, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert300 = insertelement <8 x float> poison, float %trunc.us, i64 0
  %broadcast.splat301 = shufflevector <8 x float> %broadcast.splatinsert300, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert302 = insertelement <8 x float> poison, float %trunc.us, i64 0
  %broadcast.splat303 = shufflevector <8 x float> %broadcast.splatinsert302, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert304 = insertelement <8 x float> poison, float %trunc.us, i64 0
  %broadcast.splat305 = shufflevector <8 x float> %broadcast.splatinsert304, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert306 = insertelement <8 x float> poison, float %trunc.us, i64 0
  %broadcast.splat307 = shufflevector <8 x float> %broadcast.splatinsert306, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert308 = insertelement <8 x float> poison, float %trunc37.us, i64 0
  %broadcast.splat309 = shufflevector <8 x float> %broadcast.splatinsert308, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert310 = insertelement <8 x float> poison, float %trunc37.us, i64 0
  %broadcast.splat311 = shufflevector <8 x float> %broadcast.splatinsert310, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert312 = insertelement <8 x float> poison, float %trunc37.us, i64 0
  %broadcast.splat313 = shufflevector <8 x float> %broadcast.splatinsert312, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert314 = insertelement <8 x float> poison, float %trunc37.us, i64 0
  %broadcast.splat315 = shufflevector <8 x float> %broadcast.splatinsert314, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert316 = insertelement <8 x float> poison, float %sel28.us, i64 0
  %broadcast.splat317 = shufflevector <8 x float> %broadcast.splatinsert316, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert318 = insertelement <8 x float> poison, float %sel28.us, i64 0
  %broadcast.splat319 = shufflevector <8 x float> %broadcast.splatinsert318, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert320 = insertelement <8 x float> poison, float %sel28.us, i64 0
  %broadcast.splat321 = shufflevector <8 x float> %broadcast.splatinsert320, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert322 = insertelement <8 x float> poison, float %sel28.us, i64 0
  %broadcast.splat323 = shufflevector <8 x float> %broadcast.splatinsert322, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body268

vector.body268:                                   ; preds = %vector.body268, %vector.ph270
  %index275 = phi i64 [ 0, %vector.ph270 ], [ %index.next324, %vector.body268 ]
  %offset.idx = add i64 %add70.us, %index275
  %117 = add i64 %offset.idx, %mul40.us
  %118 = getelementptr inbounds float, float* %dy, i64 %117
  %119 = bitcast float* %118 to <8 x float>*
  %wide.load276 = load <8 x float>, <8 x float>* %119, align 4
  %120 = getelementptr inbounds float, float* %118, i64 8
  %121 = bitcast float* %120 to <8 x float>*
  %wide.load277 = load <8 x float>, <8 x float>* %121, align 4
  %122 = getelementptr inbounds float, float* %118, i64 16
  %123 = bitcast float* %122 to <8 x float>*
  %wide.load278 = load <8 x float>, <8 x float>* %123, align 4
  %124 = getelementptr inbounds float, float* %118, i64 24
  %125 = bitcast float* %124 to <8 x float>*
  %wide.load279 = load <8 x float>, <8 x float>* %125, align 4
  %126 = getelementptr inbounds float, float* %x, i64 %117
  %127 = bitcast float* %126 to <8 x float>*
  %wide.load280 = load <8 x float>, <8 x float>* %127, align 4
  %128 = getelementptr inbounds float, float* %126, i64 8
  %129 = bitcast float* %128 to <8 x float>*
  %wide.load281 = load <8 x float>, <8 x float>* %129, align 4
  %130 = getelementptr inbounds float, float* %126, i64 16
  %131 = bitcast float* %130 to <8 x float>*
  %wide.load282 = load <8 x float>, <8 x float>* %131, align 4
  %132 = getelementptr inbounds float, float* %126, i64 24
  %133 = bitcast float* %132 to <8 x float>*
  %wide.load283 = load <8 x float>, <8 x float>* %133, align 4
  %134 = fsub <8 x float> %wide.load280, %broadcast.splat285
  %135 = fsub <8 x float> %wide.load281, %broadcast.splat287
  %136 = fsub <8 x float> %wide.load282, %broadcast.splat289
  %137 = fsub <8 x float> %wide.load283, %broadcast.splat291
  %138 = fsub <8 x float> %134, %broadcast.splat293
  %139 = fsub <8 x float> %135, %broadcast.splat295
  %140 = fsub <8 x float> %136, %broadcast.splat297
  %141 = fsub <8 x float> %137, %broadcast.splat299
  %142 = fsub <8 x float> %wide.load276, %broadcast.splat301
  %143 = fsub <8 x float> %wide.load277, %broadcast.splat303
  %144 = fsub <8 x float> %wide.load278, %broadcast.splat305
  %145 = fsub <8 x float> %wide.load279, %broadcast.splat307
  %146 = fmul <8 x float> %138, %broadcast.splat309
  %147 = fmul <8 x float> %139, %broadcast.splat311
  %148 = fmul <8 x float> %140, %broadcast.splat313
  %149 = fmul <8 x float> %141, %broadcast.splat315
  %150 = fsub <8 x float> %142, %146
  %151 = fsub <8 x float> %143, %147
  %152 = fsub <8 x float> %144, %148
  %153 = fsub <8 x float> %145, %149
  %154 = fmul <8 x float> %broadcast.splat317, %150
  %155 = fmul <8 x float> %broadcast.splat319, %151
  %156 = fmul <8 x float> %broadcast.splat321, %152
  %157 = fmul <8 x float> %broadcast.splat323, %153
  %158 = getelementptr inbounds float, float* %dx, i64 %117
  %159 = bitcast float* %158 to <8 x float>*
  store <8 x float> %154, <8 x float>* %159, align 4
  %160 = getelementptr inbounds float, float* %158, i64 8
  %161 = bitcast float* %160 to <8 x float>*
  store <8 x float> %155, <8 x float>* %161, align 4
  %162 = getelementptr inbounds float, float* %158, i64 16
  %163 = bitcast float* %162 to <8 x float>*
  store <8 x float> %156, <8 x float>* %163, align 4
  %164 = getelementptr inbounds float, float* %158, i64 24
  %165 = bitcast float* %164 to <8 x float>*
  store <8 x float> %157, <8 x float>* %165, align 4
  %index.next324 = add nuw i64 %index275, 32
  %166 = icmp eq i64 %index.next324, %n.vec272
  br i1 %166, label %middle.block266, label %vector.body268, !llvm.loop !7

middle.block266:                                  ; preds = %vector.body268
  %cmp.n274 = icmp eq i64 %116, %n.vec272
  br i1 %cmp.n274, label %done92.us, label %body91.us.preheader350

body91.us.preheader350:                           ; preds = %body91.us.preheader, %middle.block266
  %i93200.us.ph = phi i64 [ %add70.us, %body91.us.preheader ], [ %ind.end, %middle.block266 ]
  br label %body91.us

loop3.done5_crit_edge.us:                         ; preds = %done92.us
  %next109.us = add nuw nsw i64 %i204.us, 1
  %exitcond217.not = icmp eq i64 %next109.us, %n
  br i1 %exitcond217.not, label %join, label %loop3.preheader.us

join:                                             ; preds = %loop115.done117_crit_edge.split.us.us.us, %loop3.done5_crit_edge.us, %loop3.preheader.lr.ph, %loop115.preheader.lr.ph, %loop110.preheader, %loop.preheader
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
