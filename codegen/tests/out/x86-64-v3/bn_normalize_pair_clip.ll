; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree nounwind
define void @syncbn_bn_normalize_pair_clip(float* noalias nocapture readonly %x1, float* noalias nocapture readonly %norm_params1, float* noalias nocapture readonly %x2, float* noalias nocapture readonly %norm_params2, i64 %n, i64 %c, i64 %s, float %lo, float %hi, float* noalias %y) local_unnamed_addr #0 {
entry:
  %y229 = ptrtoint float* %y to i64
  %mul = shl i64 %n, 2
  %mul1 = mul i64 %mul, %c
  %mul2 = mul i64 %mul1, %s
  %cmp = icmp sgt i64 %mul2, 16777215
  %go221 = icmp sgt i64 %n, 0
  br i1 %cmp, label %loop.preheader, label %loop130.preheader

loop130.preheader:                                ; preds = %entry
  br i1 %go221, label %loop135.preheader.lr.ph, label %join

loop135.preheader.lr.ph:                          ; preds = %loop130.preheader
  %go139203 = icmp sgt i64 %c, 0
  %mul148 = mul i64 %c, 3
  %mul152 = shl i64 %c, 2
  %go179201 = icmp sgt i64 %s, 0
  %or.cond = select i1 %go139203, i1 %go179201, i1 false
  br i1 %or.cond, label %loop135.preheader.us.us.preheader, label %join

loop135.preheader.us.us.preheader:                ; preds = %loop135.preheader.lr.ph
  %0 = add i64 %s, -8
  %1 = lshr i64 %0, 3
  %2 = add nuw nsw i64 %1, 1
  %min.iters.check = icmp ult i64 %s, 8
  %n.vec = and i64 %s, -8
  %broadcast.splatinsert254 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat255 = shufflevector <8 x float> %broadcast.splatinsert254, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert256 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat257 = shufflevector <8 x float> %broadcast.splatinsert256, <8 x float> poison, <8 x i32> zeroinitializer
  %xtraiter = and i64 %2, 1
  %3 = icmp ult i64 %0, 8
  %unroll_iter = and i64 %2, 4611686018427387902
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %cmp.n = icmp eq i64 %n.vec, %s
  br label %loop135.preheader.us.us

loop135.preheader.us.us:                          ; preds = %loop135.preheader.us.us.preheader, %loop135.done137_crit_edge.split.us.us.us
  %i133206.us.us = phi i64 [ %next199.us.us, %loop135.done137_crit_edge.split.us.us.us ], [ 0, %loop135.preheader.us.us.preheader ]
  %mul172.us.us = mul i64 %i133206.us.us, %c
  br label %body136.us.us.us

body136.us.us.us:                                 ; preds = %loop175.done177_crit_edge.us.us.us, %loop135.preheader.us.us
  %i138204.us.us.us = phi i64 [ 0, %loop135.preheader.us.us ], [ %next198.us.us.us, %loop175.done177_crit_edge.us.us.us ]
  %p142.us.us.us = getelementptr inbounds float, float* %norm_params1, i64 %i138204.us.us.us
  %v143.us.us.us = load float, float* %p142.us.us.us, align 4
  %add145.us.us.us = add i64 %i138204.us.us.us, %c
  %p146.us.us.us = getelementptr inbounds float, float* %norm_params1, i64 %add145.us.us.us
  %v147.us.us.us = load float, float* %p146.us.us.us, align 4
  %add149.us.us.us = add i64 %i138204.us.us.us, %mul148
  %p150.us.us.us = getelementptr inbounds float, float* %norm_params1, i64 %add149.us.us.us
  %v151.us.us.us = load float, float* %p150.us.us.us, align 4
  %add153.us.us.us = add i64 %i138204.us.us.us, %mul152
  %p154.us.us.us = getelementptr inbounds float, float* %norm_params1, i64 %add153.us.us.us
  %v155.us.us.us = load float, float* %p154.us.us.us, align 4
  %p158.us.us.us = getelementptr inbounds float, float* %norm_params2, i64 %i138204.us.us.us
  %v159.us.us.us = load float, float* %p158.us.us.us, align 4
  %p162.us.us.us = getelementptr inbounds float, float* %norm_params2, i64 %add145.us.us.us
  %v163.us.us.us = load float, float* %p162.us.us.us, align 4
  %p166.us.us.us = getelementptr inbounds float, float* %norm_params2, i64 %add149.us.us.us
  %v167.us.us.us = load float, float* %p166.us.us.us, align 4
  %p170.us.us.us = getelementptr inbounds float, float* %norm_params2, i64 %add153.us.us.us
  %v171.us.us.us = load float, float* %p170.us.us.us, align 4
  %add173.us.us.us = add i64 %i138204.us.us.us, %mul172.us.us
  %mul174.us.us.us = mul i64 %add173.us.us.us, %s
  br i1 %min.iters.check, label %body176.us.us.us.preheader, label %vector.ph

vector.ph:                                        ; preds = %body136.us.us.us
  %broadcast.splatinsert = insertelement <8 x float> poison, float %v143.us.us.us, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert240 = insertelement <8 x float> poison, float %v147.us.us.us, i64 0
  %broadcast.splat241 = shufflevector <8 x float> %broadcast.splatinsert240, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert242 = insertelement <8 x float> poison, float %v151.us.us.us, i64 0
  %broadcast.splat243 = shufflevector <8 x float> %broadcast.splatinsert242, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert244 = insertelement <8 x float> poison, float %v155.us.us.us, i64 0
  %broadcast.splat245 = shufflevector <8 x float> %broadcast.splatinsert244, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert246 = insertelement <8 x float> poison, float %v159.us.us.us, i64 0
  %broadcast.splat247 = shufflevector <8 x float> %broadcast.splatinsert246, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert248 = insertelement <8 x float> poison, float %v163.us.us.us, i64 0
  %broadcast.splat249 = shufflevector <8 x float> %broadcast.splatinsert248, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert250 = insertelement <8 x float> poison, float %v167.us.us.us, i64 0
  %broadcast.splat251 = shufflevector <8 x float> %broadcast.splatinsert250, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert252 = insertelement <8 x float> poison, float %v171.us.us.us, i64 0
  %broadcast.splat253 = shufflevector <8 x float> %broadcast.splatinsert252, <8 x float> poison, <8 x i32> zeroinitializer
  br i1 %3, label %middle.block.unr-lcssa, label %vector.body

vector.body:                                      ; preds = %vector.ph, %vector.body
  %index = phi i64 [ %index.next.1, %vector.body ], [ 0, %vector.ph ]
  %niter = phi i64 [ %niter.next.1, %vector.body ], [ 0, %vector.ph ]
  %4 = add i64 %index, %mul174.us.us.us
  %5 = getelementptr inbounds float, float* %x1, i64 %4
  %6 = bitcast float* %5 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %6, align 4
  %7 = getelementptr inbounds float, float* %x2, i64 %4
  %8 = bitcast float* %7 to <8 x float>*
  %wide.load239 = load <8 x float>, <8 x float>* %8, align 4
  %9 = fsub <8 x float> %wide.load, %broadcast.splat
  %10 = fsub <8 x float> %9, %broadcast.splat241
  %11 = fmul <8 x float> %broadcast.splat243, %10
  %12 = fadd <8 x float> %broadcast.splat245, %11
  %13 = fsub <8 x float> %wide.load239, %broadcast.splat247
  %14 = fsub <8 x float> %13, %broadcast.splat249
  %15 = fmul <8 x float> %broadcast.splat251, %14
  %16 = fadd <8 x float> %broadcast.splat253, %15
  %17 = fadd <8 x float> %12, %16
  %18 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %17, <8 x float> %broadcast.splat255)
  %19 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %18, <8 x float> %broadcast.splat257)
  %20 = getelementptr inbounds float, float* %y, i64 %4
  %21 = bitcast float* %20 to <8 x float>*
  store <8 x float> %19, <8 x float>* %21, align 4
  %index.next = or i64 %index, 8
  %22 = add i64 %index.next, %mul174.us.us.us
  %23 = getelementptr inbounds float, float* %x1, i64 %22
  %24 = bitcast float* %23 to <8 x float>*
  %wide.load.1 = load <8 x float>, <8 x float>* %24, align 4
  %25 = getelementptr inbounds float, float* %x2, i64 %22
  %26 = bitcast float* %25 to <8 x float>*
  %wide.load239.1 = load <8 x float>, <8 x float>* %26, align 4
  %27 = fsub <8 x float> %wide.load.1, %broadcast.splat
  %28 = fsub <8 x float> %27, %broadcast.splat241
  %29 = fmul <8 x float> %broadcast.splat243, %28
  %30 = fadd <8 x float> %broadcast.splat245, %29
  %31 = fsub <8 x float> %wide.load239.1, %broadcast.splat247
  %32 = fsub <8 x float> %31, %broadcast.splat249
  %33 = fmul <8 x float> %broadcast.splat251, %32
  %34 = fadd <8 x float> %broadcast.splat253, %33
  %35 = fadd <8 x float> %30, %34
  %36 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %35, <8 x float> %broadcast.splat255)
  %37 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %36, <8 x float> %broadcast.splat257)
  %38 = getelementptr inbounds float, float* %y, i64 %22
  %39 = bitcast float* %38 to <8 x float>*
  store <8 x float> %37, <8 x float>* %39, align 4
  %index.next.1 = add nuw i64 %index, 16
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %middle.block.unr-lcssa, label %vector.body, !llvm.loop !0

middle.block.unr-lcssa:                           ; preds = %vector.body, %vector.ph
  %index.unr = phi i64 [ 0, %vector.ph ], [ %index.next.1, %vector.body ]
  br i1 %lcmp.mod.not, label %middle.block, label %vector.body.epil

vector.body.epil:                                 ; preds = %middle.block.unr-lcssa
  %40 = add i64 %index.unr, %mul174.us.us.us
  %41 = getelementptr inbounds float, float* %x1, i64 %40
  %42 = bitcast float* %41 to <8 x float>*
  %wide.load.epil = load <8 x float>, <8 x float>* %42, align 4
  %43 = getelementptr inbounds float, float* %x2, i64 %40
  %44 = bitcast float* %43 to <8 x float>*
  %wide.load239.epil = load <8 x float>, <8 x float>* %44, align 4
  %45 = fsub <8 x float> %wide.load.epil, %broadcast.splat
  %46 = fsub <8 x float> %45, %broadcast.splat241
  %47 = fmul <8 x float> %broadcast.splat243, %46
  %48 = fadd <8 x float> %broadcast.splat245, %47
  %49 = fsub <8 x float> %wide.load239.epil, %broadcast.splat247
  %50 = fsub <8 x float> %49, %broadcast.splat249
  %51 = fmul <8 x float> %broadcast.splat251, %50
  %52 = fadd <8 x float> %broadcast.splat253, %51
  %53 = fadd <8 x float> %48, %52
  %54 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %53, <8 x float> %broadcast.splat255)
  %55 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %54, <8 x float> %broadcast.splat257)
  %56 = getelementptr inbounds float, float* %y, i64 %40
  %57 = bitcast float* %56 to <8 x float>*
  store <8 x float> %55, <8 x float>* %57, align 4
  br label %middle.block

middle.block:                                     ; preds = %middle.block.unr-lcssa, %vector.body.epil
  br i1 %cmp.n, label %loop175.done177_crit_edge.us.us.us, label %body176.us.us.us.preheader

body176.us.us.us.preheader:                       ; preds = %body136.us.us.us, %middle.block
  %i178202.us.us.us.ph = phi i64 [ 0, %body136.us.us.us ], [ %n.vec, %middle.block ]
  br label %body176.us.us.us

body176.us.us.us:                                 ; preds = %body176.us.us.us.preheader, %body176.us.us.us
  %i178202.us.us.us = phi i64 [ %next197.us.us.us, %body176.us.us.us ], [ %i178202.us.us.us.ph, %body176.us.us.us.preheader ]
  %add180.us.us.us = add i64 %i178202.us.us.us, %mul174.us.us.us
  %p181.us.us.us = getelementptr inbounds float, float* %x1, i64 %add180.us.us.us
  %v182.us.us.us = load float, float* %p181.us.us.us, align 4
  %p183.us.us.us = getelementptr inbounds float, float* %x2, i64 %add180.us.us.us
  %v184.us.us.us = load float, float* %p183.us.us.us, align 4
  %fsub185.us.us.us = fsub float %v182.us.us.us, %v143.us.us.us
  %fsub186.us.us.us = fsub float %fsub185.us.us.us, %v147.us.us.us
  %fmul187.us.us.us = fmul float %v151.us.us.us, %fsub186.us.us.us
  %fadd188.us.us.us = fadd float %v155.us.us.us, %fmul187.us.us.us
  %fsub189.us.us.us = fsub float %v184.us.us.us, %v159.us.us.us
  %fsub190.us.us.us = fsub float %fsub189.us.us.us, %v163.us.us.us
  %fmul191.us.us.us = fmul float %v167.us.us.us, %fsub190.us.us.us
  %fadd192.us.us.us = fadd float %v171.us.us.us, %fmul191.us.us.us
  %fadd193.us.us.us = fadd float %fadd188.us.us.us, %fadd192.us.us.us
  %call194.us.us.us = tail call float @llvm.maxnum.f32(float %fadd193.us.us.us, float %lo)
  %call195.us.us.us = tail call float @llvm.minnum.f32(float %call194.us.us.us, float %hi)
  %p196.us.us.us = getelementptr inbounds float, float* %y, i64 %add180.us.us.us
  store float %call195.us.us.us, float* %p196.us.us.us, align 4
  %next197.us.us.us = add nuw nsw i64 %i178202.us.us.us, 1
  %exitcond.not = icmp eq i64 %next197.us.us.us, %s
  br i1 %exitcond.not, label %loop175.done177_crit_edge.us.us.us, label %body176.us.us.us, !llvm.loop !2

loop175.done177_crit_edge.us.us.us:               ; preds = %body176.us.us.us, %middle.block
  %next198.us.us.us = add nuw nsw i64 %i138204.us.us.us, 1
  %exitcond227.not = icmp eq i64 %next198.us.us.us, %c
  br i1 %exitcond227.not, label %loop135.done137_crit_edge.split.us.us.us, label %body136.us.us.us

loop135.done137_crit_edge.split.us.us.us:         ; preds = %loop175.done177_crit_edge.us.us.us
  %next199.us.us = add nuw nsw i64 %i133206.us.us, 1
  %exitcond228.not = icmp eq i64 %next199.us.us, %n
  br i1 %exitcond228.not, label %join, label %loop135.preheader.us.us

loop.preheader:                                   ; preds = %entry
  br i1 %go221, label %loop3.preheader.lr.ph, label %join

loop3.preheader.lr.ph:                            ; preds = %loop.preheader
  %go7219 = icmp sgt i64 %c, 0
  %mul13 = mul i64 %c, 3
  %mul17 = shl i64 %c, 2
  %one54 = insertelement <8 x float> undef, float %lo, i64 0
  %splat55 = shufflevector <8 x float> %one54, <8 x float> undef, <8 x i32> zeroinitializer
  %one56 = insertelement <8 x float> undef, float %hi, i64 0
  %splat57 = shufflevector <8 x float> %one56, <8 x float> undef, <8 x i32> zeroinitializer
  br i1 %go7219, label %loop3.preheader.us.preheader, label %join

loop3.preheader.us.preheader:                     ; preds = %loop3.preheader.lr.ph
  %58 = mul i64 %s, %c
  %59 = mul i64 %58, -4
  %60 = mul i64 %s, -4
  %broadcast.splatinsert321 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat322 = shufflevector <8 x float> %broadcast.splatinsert321, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert323 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat324 = shufflevector <8 x float> %broadcast.splatinsert323, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert286 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat287 = shufflevector <8 x float> %broadcast.splatinsert286, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert288 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat289 = shufflevector <8 x float> %broadcast.splatinsert288, <8 x float> poison, <8 x i32> zeroinitializer
  br label %loop3.preheader.us

loop3.preheader.us:                               ; preds = %loop3.preheader.us.preheader, %loop3.done5_crit_edge.us
  %i222.us = phi i64 [ 0, %loop3.preheader.us.preheader ], [ %next129.us, %loop3.done5_crit_edge.us ]
  %61 = mul i64 %59, %i222.us
  %62 = sub i64 %61, %y229
  %mul37.us = mul i64 %i222.us, %c
  br label %body4.us

body4.us:                                         ; preds = %loop3.preheader.us, %done107.us
  %i6220.us = phi i64 [ 0, %loop3.preheader.us ], [ %next128.us, %done107.us ]
  %63 = mul i64 %60, %i6220.us
  %64 = add i64 %62, %63
  %65 = lshr i64 %64, 2
  %66 = and i64 %65, 7
  %umin291 = call i64 @llvm.umin.i64(i64 %s, i64 %66)
  %p.us = getelementptr inbounds float, float* %norm_params1, i64 %i6220.us
  %v.us = load float, float* %p.us, align 4
  %add10.us = add i64 %i6220.us, %c
  %p11.us = getelementptr inbounds float, float* %norm_params1, i64 %add10.us
  %v12.us = load float, float* %p11.us, align 4
  %add14.us = add i64 %i6220.us, %mul13
  %p15.us = getelementptr inbounds float, float* %norm_params1, i64 %add14.us
  %v16.us = load float, float* %p15.us, align 4
  %add18.us = add i64 %i6220.us, %mul17
  %p19.us = getelementptr inbounds float, float* %norm_params1, i64 %add18.us
  %v20.us = load float, float* %p19.us, align 4
  %p23.us = getelementptr inbounds float, float* %norm_params2, i64 %i6220.us
  %v24.us = load float, float* %p23.us, align 4
  %p27.us = getelementptr inbounds float, float* %norm_params2, i64 %add10.us
  %v28.us = load float, float* %p27.us, align 4
  %p31.us = getelementptr inbounds float, float* %norm_params2, i64 %add14.us
  %v32.us = load float, float* %p31.us, align 4
  %p35.us = getelementptr inbounds float, float* %norm_params2, i64 %add18.us
  %v36.us = load float, float* %p35.us, align 4
  %add38.us = add i64 %i6220.us, %mul37.us
  %mul39.us = mul i64 %add38.us, %s
  %one.us = insertelement <8 x float> undef, float %v.us, i64 0
  %splat.us = shufflevector <8 x float> %one.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one40.us = insertelement <8 x float> undef, float %v12.us, i64 0
  %splat41.us = shufflevector <8 x float> %one40.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one42.us = insertelement <8 x float> undef, float %v16.us, i64 0
  %splat43.us = shufflevector <8 x float> %one42.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one44.us = insertelement <8 x float> undef, float %v20.us, i64 0
  %splat45.us = shufflevector <8 x float> %one44.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one46.us = insertelement <8 x float> undef, float %v24.us, i64 0
  %splat47.us = shufflevector <8 x float> %one46.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one48.us = insertelement <8 x float> undef, float %v28.us, i64 0
  %splat49.us = shufflevector <8 x float> %one48.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one50.us = insertelement <8 x float> undef, float %v32.us, i64 0
  %splat51.us = shufflevector <8 x float> %one50.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one52.us = insertelement <8 x float> undef, float %v36.us, i64 0
  %splat53.us = shufflevector <8 x float> %one52.us, <8 x float> undef, <8 x i32> zeroinitializer
  %p58.us = getelementptr inbounds float, float* %y, i64 %mul39.us
  %addr.us = ptrtoint float* %p58.us to i64
  %sub.us = sub i64 0, %addr.us
  %mis.us = lshr i64 %sub.us, 2
  %head.us = and i64 %mis.us, 7
  %cmp59.us = icmp ult i64 %head.us, %s
  %sel.us = select i1 %cmp59.us, i64 %head.us, i64 %s
  %go64213.us.not = icmp eq i64 %sel.us, 0
  br i1 %go64213.us.not, label %done62.us, label %vector.ph295

vector.ph295:                                     ; preds = %body4.us
  %n.rnd.up = add nuw nsw i64 %umin291, 7
  %n.vec297 = and i64 %n.rnd.up, 8
  %trip.count.minus.1 = add nsw i64 %umin291, -1
  %broadcast.splatinsert299 = insertelement <8 x i64> poison, i64 %trip.count.minus.1, i64 0
  %broadcast.splat300 = shufflevector <8 x i64> %broadcast.splatinsert299, <8 x i64> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert305 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat306 = shufflevector <8 x float> %broadcast.splatinsert305, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert307 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat308 = shufflevector <8 x float> %broadcast.splatinsert307, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert309 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat310 = shufflevector <8 x float> %broadcast.splatinsert309, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert311 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat312 = shufflevector <8 x float> %broadcast.splatinsert311, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert313 = insertelement <8 x float> poison, float %v24.us, i64 0
  %broadcast.splat314 = shufflevector <8 x float> %broadcast.splatinsert313, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert315 = insertelement <8 x float> poison, float %v28.us, i64 0
  %broadcast.splat316 = shufflevector <8 x float> %broadcast.splatinsert315, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert317 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat318 = shufflevector <8 x float> %broadcast.splatinsert317, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert319 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat320 = shufflevector <8 x float> %broadcast.splatinsert319, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body294

vector.body294:                                   ; preds = %vector.body294, %vector.ph295
  %index301 = phi i64 [ 0, %vector.ph295 ], [ %index.next325, %vector.body294 ]
  %broadcast.splatinsert302 = insertelement <8 x i64> poison, i64 %index301, i64 0
  %broadcast.splat303 = shufflevector <8 x i64> %broadcast.splatinsert302, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv = or <8 x i64> %broadcast.splat303, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %67 = icmp ule <8 x i64> %vec.iv, %broadcast.splat300
  %68 = add i64 %index301, %mul39.us
  %69 = getelementptr inbounds float, float* %x1, i64 %68
  %70 = bitcast float* %69 to <8 x float>*
  %wide.masked.load = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %70, i32 4, <8 x i1> %67, <8 x float> poison)
  %71 = getelementptr inbounds float, float* %x2, i64 %68
  %72 = bitcast float* %71 to <8 x float>*
  %wide.masked.load304 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %72, i32 4, <8 x i1> %67, <8 x float> poison)
  %73 = fsub <8 x float> %wide.masked.load, %broadcast.splat306
  %74 = fsub <8 x float> %73, %broadcast.splat308
  %75 = fmul <8 x float> %broadcast.splat310, %74
  %76 = fadd <8 x float> %broadcast.splat312, %75
  %77 = fsub <8 x float> %wide.masked.load304, %broadcast.splat314
  %78 = fsub <8 x float> %77, %broadcast.splat316
  %79 = fmul <8 x float> %broadcast.splat318, %78
  %80 = fadd <8 x float> %broadcast.splat320, %79
  %81 = fadd <8 x float> %76, %80
  %82 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %81, <8 x float> %broadcast.splat322)
  %83 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %82, <8 x float> %broadcast.splat324)
  %84 = getelementptr inbounds float, float* %y, i64 %68
  %85 = bitcast float* %84 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %83, <8 x float>* %85, i32 4, <8 x i1> %67)
  %index.next325 = add i64 %index301, 8
  %86 = icmp eq i64 %index.next325, %n.vec297
  br i1 %86, label %done62.us, label %vector.body294, !llvm.loop !4

done62.us:                                        ; preds = %vector.body294, %body4.us
  %sub78.us = sub i64 %s, %sel.us
  %body79.us = and i64 %sub78.us, -8
  %add80.us = or i64 %body79.us, %sel.us
  %go85215.us = icmp slt i64 %sel.us, %add80.us
  br i1 %go85215.us, label %body82.us, label %loop105.preheader.us

done107.us:                                       ; preds = %body106.us, %middle.block258, %loop105.preheader.us
  %next128.us = add nuw nsw i64 %i6220.us, 1
  %exitcond234.not = icmp eq i64 %next128.us, %c
  br i1 %exitcond234.not, label %loop3.done5_crit_edge.us, label %body4.us

body106.us:                                       ; preds = %body106.us.preheader326, %body106.us
  %i108218.us = phi i64 [ %next127.us, %body106.us ], [ %i108218.us.ph, %body106.us.preheader326 ]
  %add110.us = add i64 %i108218.us, %mul39.us
  %p111.us = getelementptr inbounds float, float* %x1, i64 %add110.us
  %v112.us = load float, float* %p111.us, align 4
  %p113.us = getelementptr inbounds float, float* %x2, i64 %add110.us
  %v114.us = load float, float* %p113.us, align 4
  %fsub115.us = fsub float %v112.us, %v.us
  %fsub116.us = fsub float %fsub115.us, %v12.us
  %fmul117.us = fmul float %v16.us, %fsub116.us
  %fadd118.us = fadd float %v20.us, %fmul117.us
  %fsub119.us = fsub float %v114.us, %v24.us
  %fsub120.us = fsub float %fsub119.us, %v28.us
  %fmul121.us = fmul float %v32.us, %fsub120.us
  %fadd122.us = fadd float %v36.us, %fmul121.us
  %fadd123.us = fadd float %fadd118.us, %fadd122.us
  %call124.us = tail call float @llvm.maxnum.f32(float %fadd123.us, float %lo)
  %call125.us = tail call float @llvm.minnum.f32(float %call124.us, float %hi)
  %p126.us = getelementptr inbounds float, float* %y, i64 %add110.us
  store float %call125.us, float* %p126.us, align 4
  %next127.us = add nsw i64 %i108218.us, 1
  %exitcond233.not = icmp eq i64 %next127.us, %s
  br i1 %exitcond233.not, label %done107.us, label %body106.us, !llvm.loop !5

body82.us:                                        ; preds = %done62.us, %body82.us
  %i84216.us = phi i64 [ %next104.us, %body82.us ], [ %sel.us, %done62.us ]
  %add86.us = add i64 %i84216.us, %mul39.us
  %p87.us = getelementptr inbounds float, float* %x1, i64 %add86.us
  %vp.us = bitcast float* %p87.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %p88.us = getelementptr inbounds float, float* %x2, i64 %add86.us
  %vp89.us = bitcast float* %p88.us to <8 x float>*
  %vec90.us = load <8 x float>, <8 x float>* %vp89.us, align 4
  %fsub91.us = fsub <8 x float> %vec.us, %splat.us
  %fsub92.us = fsub <8 x float> %fsub91.us, %splat41.us
  %fmul93.us = fmul <8 x float> %splat43.us, %fsub92.us
  %fadd94.us = fadd <8 x float> %splat45.us, %fmul93.us
  %fsub95.us = fsub <8 x float> %vec90.us, %splat47.us
  %fsub96.us = fsub <8 x float> %fsub95.us, %splat49.us
  %fmul97.us = fmul <8 x float> %splat51.us, %fsub96.us
  %fadd98.us = fadd <8 x float> %splat53.us, %fmul97.us
  %fadd99.us = fadd <8 x float> %fadd94.us, %fadd98.us
  %call100.us = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %fadd99.us, <8 x float> %splat55)
  %call101.us = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %call100.us, <8 x float> %splat57)
  %p102.us = getelementptr inbounds float, float* %y, i64 %add86.us
  %vp103.us = bitcast float* %p102.us to <8 x float>*
  store <8 x float> %call101.us, <8 x float>* %vp103.us, align 32, !nontemporal !6
  %next104.us = add i64 %i84216.us, 8
  %go85.us = icmp slt i64 %next104.us, %add80.us
  br i1 %go85.us, label %body82.us, label %loop105.preheader.us

loop105.preheader.us:                             ; preds = %body82.us, %done62.us
  %go109217.us = icmp slt i64 %add80.us, %s
  br i1 %go109217.us, label %body106.us.preheader, label %done107.us

body106.us.preheader:                             ; preds = %loop105.preheader.us
  %87 = sub i64 %s, %add80.us
  %min.iters.check261 = icmp ult i64 %87, 8
  br i1 %min.iters.check261, label %body106.us.preheader326, label %vector.ph262

vector.ph262:                                     ; preds = %body106.us.preheader
  %n.vec264 = and i64 %87, -8
  %ind.end = add i64 %add80.us, %n.vec264
  %broadcast.splatinsert270 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat271 = shufflevector <8 x float> %broadcast.splatinsert270, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert272 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat273 = shufflevector <8 x float> %broadcast.splatinsert272, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert274 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat275 = shufflevector <8 x float> %broadcast.splatinsert274, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert276 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat277 = shufflevector <8 x float> %broadcast.splatinsert276, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert278 = insertelement <8 x float> poison, float %v24.us, i64 0
  %broadcast.splat279 = shufflevector <8 x float> %broadcast.splatinsert278, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert280 = insertelement <8 x float> poison, float %v28.us, i64 0
  %broadcast.splat281 = shufflevector <8 x float> %broadcast.splatinsert280, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert282 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat283 = shufflevector <8 x float> %broadcast.splatinsert282, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert284 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat285 = shufflevector <8 x float> %broadcast.splatinsert284, <8 x float> poison, <8 x i32> zeroinitializer
  %88 = add i64 %n.vec264, -8
  %89 = lshr exact i64 %88, 3
  %90 = add nuw nsw i64 %89, 1
  %xtraiter328 = and i64 %90, 1
  %91 = icmp eq i64 %88, 0
  br i1 %91, label %middle.block258.unr-lcssa, label %vector.ph262.new

vector.ph262.new:                                 ; preds = %vector.ph262
  %unroll_iter330 = and i64 %90, 4611686018427387902
  br label %vector.body260

vector.body260:                                   ; preds = %vector.body260, %vector.ph262.new
  %index267 = phi i64 [ 0, %vector.ph262.new ], [ %index.next290.1, %vector.body260 ]
  %niter331 = phi i64 [ 0, %vector.ph262.new ], [ %niter331.next.1, %vector.body260 ]
  %offset.idx = add i64 %add80.us, %index267
  %92 = add i64 %offset.idx, %mul39.us
  %93 = getelementptr inbounds float, float* %x1, i64 %92
  %94 = bitcast float* %93 to <8 x float>*
  %wide.load268 = load <8 x float>, <8 x float>* %94, align 4
  %95 = getelementptr inbounds float, float* %x2, i64 %92
  %96 = bitcast float* %95 to <8 x float>*
  %wide.load269 = load <8 x float>, <8 x float>* %96, align 4
  %97 = fsub <8 x float> %wide.load268, %broadcast.splat271
  %98 = fsub <8 x float> %97, %broadcast.splat273
  %99 = fmul <8 x float> %broadcast.splat275, %98
  %100 = fadd <8 x float> %broadcast.splat277, %99
  %101 = fsub <8 x float> %wide.load269, %broadcast.splat279
  %102 = fsub <8 x float> %101, %broadcast.splat281
  %103 = fmul <8 x float> %broadcast.splat283, %102
  %104 = fadd <8 x float> %broadcast.splat285, %103
  %105 = fadd <8 x float> %100, %104
  %106 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %105, <8 x float> %broadcast.splat287)
  %107 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %106, <8 x float> %broadcast.splat289)
  %108 = getelementptr inbounds float, float* %y, i64 %92
  %109 = bitcast float* %108 to <8 x float>*
  store <8 x float> %107, <8 x float>* %109, align 4
  %index.next290 = or i64 %index267, 8
  %offset.idx.1 = add i64 %add80.us, %index.next290
  %110 = add i64 %offset.idx.1, %mul39.us
  %111 = getelementptr inbounds float, float* %x1, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %wide.load268.1 = load <8 x float>, <8 x float>* %112, align 4
  %113 = getelementptr inbounds float, float* %x2, i64 %110
  %114 = bitcast float* %113 to <8 x float>*
  %wide.load269.1 = load <8 x float>, <8 x float>* %114, align 4
  %115 = fsub <8 x float> %wide.load268.1, %broadcast.splat271
  %116 = fsub <8 x float> %115, %broadcast.splat273
  %117 = fmul <8 x float> %broadcast.splat275, %116
  %118 = fadd <8 x float> %broadcast.splat277, %117
  %119 = fsub <8 x float> %wide.load269.1, %broadcast.splat279
  %120 = fsub <8 x float> %119, %broadcast.splat281
  %121 = fmul <8 x float> %broadcast.splat283, %120
  %122 = fadd <8 x float> %broadcast.splat285, %121
  %123 = fadd <8 x float> %118, %122
  %124 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %123, <8 x float> %broadcast.splat287)
  %125 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %124, <8 x float> %broadcast.splat289)
  %126 = getelementptr inbounds float, float* %y, i64 %110
  %127 = bitcast float* %126 to <8 x float>*
  store <8 x float> %125, <8 x float>* %127, align 4
  %index.next290.1 = add nuw i64 %index267, 16
  %niter331.next.1 = add i64 %niter331, 2
  %niter331.ncmp.1 = icmp eq i64 %niter331.next.1, %unroll_iter330
  br i1 %niter331.ncmp.1, label %middle.block258.unr-lcssa, label %vector.body260, !llvm.loop !7

middle.block258.unr-lcssa:                        ; preds = %vector.body260, %vector.ph262
  %index267.unr = phi i64 [ 0, %vector.ph262 ], [ %index.next290.1, %vector.body260 ]
  %lcmp.mod329.not = icmp eq i64 %xtraiter328, 0
  br i1 %lcmp.mod329.not, label %middle.block258, label %vector.body260.epil

vector.body260.epil:                              ; preds = %middle.block258.unr-lcssa
  %offset.idx.epil = add i64 %add80.us, %index267.unr
  %128 = add i64 %offset.idx.epil, %mul39.us
  %129 = getelementptr inbounds float, float* %x1, i64 %128
  %130 = bitcast float* %129 to <8 x float>*
  %wide.load268.epil = load <8 x float>, <8 x float>* %130, align 4
  %131 = getelementptr inbounds float, float* %x2, i64 %128
  %132 = bitcast float* %131 to <8 x float>*
  %wide.load269.epil = load <8 x float>, <8 x float>* %132, align 4
  %133 = fsub <8 x float> %wide.load268.epil, %broadcast.splat271
  %134 = fsub <8 x float> %133, %broadcast.splat273
  %135 = fmul <8 x float> %broadcast.splat275, %134
  %136 = fadd <8 x float> %broadcast.splat277, %135
  %137 = fsub <8 x float> %wide.load269.epil, %broadcast.splat279
  %138 = fsub <8 x float> %137, %broadcast.splat281
  %139 = fmul <8 x float> %broadcast.splat283, %138
  %140 = fadd <8 x float> %broadcast.splat285, %139
  %141 = fadd <8 x float> %136, %140
  %142 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %141, <8 x float> %broadcast.splat287)
  %143 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %142, <8 x float> %broadcast.splat289)
  %144 = getelementptr inbounds float, float* %y, i64 %128
  %145 = bitcast float* %144 to <8 x float>*
  store <8 x float> %143, <8 x float>* %145, align 4
  br label %middle.block258

middle.block258:                                  ; preds = %middle.block258.unr-lcssa, %vector.body260.epil
  %cmp.n266 = icmp eq i64 %87, %n.vec264
  br i1 %cmp.n266, label %done107.us, label %body106.us.preheader326

body106.us.preheader326:                          ; preds = %body106.us.preheader, %middle.block258
  %i108218.us.ph = phi i64 [ %add80.us, %body106.us.preheader ], [ %ind.end, %middle.block258 ]
  br label %body106.us

loop3.done5_crit_edge.us:                         ; preds = %done107.us
  %next129.us = add nuw nsw i64 %i222.us, 1
  %exitcond235.not = icmp eq i64 %next129.us, %n
  br i1 %exitcond235.not, label %join, label %loop3.preheader.us

join:                                             ; preds = %loop135.done137_crit_edge.split.us.us.us, %loop3.done5_crit_edge.us, %loop3.preheader.lr.ph, %loop135.preheader.lr.ph, %loop130.preheader, %loop.preheader
  fence seq_cst
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #2

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #4

attributes #0 = { nofree nounwind "target-cpu"="x86-64-v3" "target-features" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #4 = { argmemonly nofree nosync nounwind willreturn writeonly }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.unroll.runtime.disable"}
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !3, !1}
!6 = !{i32 1}
!7 = distinct !{!7, !1}
