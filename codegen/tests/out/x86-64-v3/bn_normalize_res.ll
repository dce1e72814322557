; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @syncbn_bn_normalize_res(float* noalias nocapture readonly %x, float* noalias nocapture readonly %norm_params, float* noalias nocapture readonly %residual, i64 %n, i64 %c, i64 %s, float* noalias %y) local_unnamed_addr #0 {
entry:
  %y162 = ptrtoint float* %y to i64
  %mul = shl i64 %n, 2
  %mul1 = mul i64 %mul, %c
  %mul2 = mul i64 %mul1, %s
  %cmp = icmp sgt i64 %mul2, 16777215
  %go154 = icmp sgt i64 %n, 0
  br i1 %cmp, label %loop.preheader, label %loop85.preheader

loop85.preheader:                                 ; preds = %entry
  br i1 %go154, label %loop90.preheader.lr.ph, label %join

loop90.preheader.lr.ph:                           ; preds = %loop85.preheader
  %go94136 = icmp sgt i64 %c, 0
  %mul103 = mul i64 %c, 3
  %mul107 = shl i64 %c, 2
  %go118134 = icmp sgt i64 %s, 0
  %or.cond = select i1 %go94136, i1 %go118134, i1 false
  br i1 %or.cond, label %loop90.preheader.us.us.preheader, label %join

loop90.preheader.us.us.preheader:                 ; preds = %loop90.preheader.lr.ph
  %min.iters.check = icmp ult i64 %s, 32
  %n.vec = and i64 %s, -32
  %cmp.n = icmp eq i64 %n.vec, %s
  br label %loop90.preheader.us.us

loop90.preheader.us.us:                           ; preds = %loop90.preheader.us.us.preheader, %loop90.done92_crit_edge.split.us.us.us
  %i88139.us.us = phi i64 [ %next132.us.us, %loop90.done92_crit_edge.split.us.us.us ], [ 0, %loop90.preheader.us.us.preheader ]
  %mul111.us.us = mul i64 %i88139.us.us, %c
  br label %body91.us.us.us

body91.us.us.us:                                  ; preds = %loop114.done116_crit_edge.us.us.us, %loop90.preheader.us.us
  %i93137.us.us.us = phi i64 [ 0, %loop90.preheader.us.us ], [ %next131.us.us.us, %loop114.done116_crit_edge.us.us.us ]
  %p97.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %i93137.us.us.us
  %v98.us.us.us = load float, float* %p97.us.us.us, align 4
  %add100.us.us.us = add i64 %i93137.us.us.us, %c
  %p101.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add100.us.us.us
  %v102.us.us.us = load float, float* %p101.us.us.us, align 4
  %add104.us.us.us = add i64 %i93137.us.us.us, %mul103
  %p105.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add104.us.us.us
  %v106.us.us.us = load float, float* %p105.us.us.us, align 4
  %add108.us.us.us = add i64 %i93137.us.us.us, %mul107
  %p109.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add108.us.us.us
  %v110.us.us.us = load float, float* %p109.us.us.us, align 4
  %add112.us.us.us = add i64 %i93137.us.us.us, %mul111.us.us
  %mul113.us.us.us = mul i64 %add112.us.us.us, %s
  br i1 %min.iters.check, label %body115.us.us.us.preheader, label %vector.ph

vector.ph:                                        ; preds = %body91.us.us.us
  %broadcast.splatinsert = insertelement <8 x float> poison, float %v98.us.us.us, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert179 = insertelement <8 x float> poison, float %v98.us.us.us, i64 0
  %broadcast.splat180 = shufflevector <8 x float> %broadcast.splatinsert179, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert181 = insertelement <8 x float> poison, float %v98.us.us.us, i64 0
  %broadcast.splat182 = shufflevector <8 x float> %broadcast.splatinsert181, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert183 = insertelement <8 x float> poison, float %v98.us.us.us, i64 0
  %broadcast.splat184 = shufflevector <8 x float> %broadcast.splatinsert183, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert185 = insertelement <8 x float> poison, float %v102.us.us.us, i64 0
  %broadcast.splat186 = shufflevector <8 x float> %broadcast.splatinsert185, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert187 = insertelement <8 x float> poison, float %v102.us.us.us, i64 0
  %broadcast.splat188 = shufflevector <8 x float> %broadcast.splatinsert187, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert189 = insertelement <8 x float> poison, float %v102.us.us.us, i64 0
  %broadcast.splat190 = shufflevector <8 x float> %broadcast.splatinsert189, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert191 = insertelement <8 x float> poison, float %v102.us.us.us, i64 0
  %broadcast.splat192 = shufflevector <8 x float> %broadcast.splatinsert191, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert193 = insertelement <8 x float> poison, float %v106.us.us.us, i64 0
  %broadcast.splat194 = shufflevector <8 x float> %broadcast.splatinsert193, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert195 = insertelement <8 x float> poison, float %v106.us.us.us, i64 0
  %broadcast.splat196 = shufflevector <8 x float> %broadcast.splatinsert195, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert197 = insertelement <8 x float> poison, float %v106.us.us.us, i64 0
  %broadcast.splat198 = shufflevector <8 x float> %broadcast.splatinsert197, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert199 = insertelement <8 x float> poison, float %v106.us.us.us, i64 0
  %broadcast.splat200 = shufflevector <8 x float> %broadcast.splatinsert199, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert201 = insertelement <8 x float> poison, float %v110.us.us.us, i64 0
  %broadcast.splat202 = shufflevector <8 x float> %broadcast.splatinsert201, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert203 = insertelement <8 x float> poison, float %v110.us.us.us, i64 0
  %broadcast.splat204 = shufflevector <8 x float> %broadcast.splatinsert203, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert205 = insertelement <8 x float> poison, float %v110.us.us.us, i64 0
  %broadcast.splat206 = shufflevector <8 x float> %broadcast.splatinsert205, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert207 = insertelement <8 x float> poison, float %v110.us.us.us, i64 0
  %broadcast.splat208 = shufflevector <8 x float> %broadcast.splatinsert207, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %0 = add i64 %index, %mul113.us.us.us
  %1 = getelementptr inbounds float, float* %x, i64 %0
  %2 = bitcast float* %1 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %2, align 4
  %3 = getelementptr inbounds float, float* %1, i64 8
  %4 = bitcast float* %3 to <8 x float>*
  %wide.load172 = load <8 x float>, <8 x float>* %4, align 4
  %5 = getelementptr inbounds float, float* %1, i64 16
  %6 = bitcast float* %5 to <8 x float>*
  %wide.load173 = load <8 x float>, <8 x float>* %6, align 4
  %7 = getelementptr inbounds float, float* %1, i64 24
  %8 = bitcast float* %7 to <8 x float>*
  %wide.load174 = load <8 x float>, <8 x float>* %8, align 4
  %9 = getelementptr inbounds float, float* %residual, i64 %0
  %10 = bitcast float* %9 to <8 x float>*
  %wide.load175 = load <8 x float>, <8 x float>* %10, align 4
  %11 = getelementptr inbounds float, float* %9, i64 8
  %12 = bitcast float* %11 to <8 x float>*
  %wide.load176 = load <8 x float>, <8 x float>* %12, align 4
  %13 = getelementptr inbounds float, float* %9, i64 16
  %14 = bitcast float* %13 to <8 x float>*
  %wide.load177 = load <8 x float>, <8 x float>* %14, align 4
  %15 = getelementptr inbounds float, float* %9, i64 24
  %16 = bitcast float* %15 to <8 x float>*
  %wide.load178 = load <8 x float>, <8 x float>* %16, align 4
  %17 = fsub <8 x float> %wide.load, %broadcast.splat
  %18 = fsub <8 x float> %wide.load172, %broadcast.splat180
  %19 = fsub <8 x float> %wide.load173, %broadcast.splat182
  %20 = fsub <8 x float> %wide.load174, %broadcast.splat184
  %21 = fsub <8 x float> %17, %broadcast.splat186
  %22 = fsub <8 x float> %18, %broadcast.splat188
  %23 = fsub <8 x float> %19, %broadcast.splat190
  %24 = fsub <8 x float> %20, %broadcast.splat192
  %25 = fmul <8 x float> %broadcast.splat194, %21
  %26 = fmul <8 x float> %broadcast.splat196, %22
  %27 = fmul <8 x float> %broadcast.splat198, %23
  %28 = fmul <8 x float> %broadcast.splat200, %24
  %29 = fadd <8 x float> %broadcast.splat202, %25
  %30 = fadd <8 x float> %broadcast.splat204, %26
  %31 = fadd <8 x float> %broadcast.splat206, %27
  %32 = fadd <8 x float> %broadcast.splat208, %28
  %33 = fadd <8 x float> %wide.load175, %29
  %34 = fadd <8 x float> %wide.load176, %30
  %35 = fadd <8 x float> %wide.load177, %31
  %36 = fadd <8 x float> %wide.load178, %32
  %37 = getelementptr inbounds float, float* %y, i64 %0
  %38 = bitcast float* %37 to <8 x float>*
  store <8 x float> %33, <8 x float>* %38, align 4
  %39 = getelementptr inbounds float, float* %37, i64 8
  %40 = bitcast float* %39 to <8 x float>*
  store <8 x float> %34, <8 x float>* %40, align 4
  %41 = getelementptr inbounds float, float* %37, i64 16
  %42 = bitcast float* %41 to <8 x float>*
  store <8 x float> %35, <8 x float>* %42, align 4
  %43 = getelementptr inbounds float, float* %37, i64 24
  %44 = bitcast float* %43 to <8 x float>*
  store <8 x float> %36, <8 x float>* %44, align 4
  %index.next = add nuw i64 %index, 32
  %45 = icmp eq i64 %index.next, %n.vec
  br i1 %45, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  br i1 %cmp.n, label %loop114.done116_crit_edge.us.us.us, label %body115.us.us.us.preheader

body115.us.us.us.preheader:                       ; preds = %body91.us.us.us, %middle.block
  %i117135.us.us.us.ph = phi i64 [ 0, %body91.us.us.us ], [ %n.vec, %middle.block ]
  br label %body115.us.us.us

body115.us.us.us:                                 ; preds = %body115.us.us.us.preheader, %body115.us.us.us
  %i117135.us.us.us = phi i64 [ %next130.us.us.us, %body115.us.us.us ], [ %i117135.us.us.us.ph, %body115.us.us.us.preheader ]
  %add119.us.us.us = add i64 %i117135.us.us.us, %mul113.us.us.us
  %p120.us.us.us = getelementptr inbounds float, float* %x, i64 %add119.us.us.us
  %v121.us.us.us = load float, float* %p120.us.us.us, align 4
  %p122.us.us.us = getelementptr inbounds float, float* %residual, i64 %add119.us.us.us
  %v123.us.us.us = load float, float* %p122.us.us.us, align 4
  %fsub124.us.us.us = fsub float %v121.us.us.us, %v98.us.us.us
  %fsub125.us.us.us = fsub float %fsub124.us.us.us, %v102.us.us.us
  %fmul126.us.us.us = fmul float %v106.us.us.us, %fsub125.us.us.us
  %fadd127.us.us.us = fadd float %v110.us.us.us, %fmul126.us.us.us
  %fadd128.us.us.us = fadd float %v123.us.us.us, %fadd127.us.us.us
  %p129.us.us.us = getelementptr inbounds float, float* %y, i64 %add119.us.us.us
  store float %fadd128.us.us.us, float* %p129.us.us.us, align 4
  %next130.us.us.us = add nuw nsw i64 %i117135.us.us.us, 1
  %exitcond.not = icmp eq i64 %next130.us.us.us, %s
  br i1 %exitcond.not, label %loop114.done116_crit_edge.us.us.us, label %body115.us.us.us, !llvm.loop !2

loop114.done116_crit_edge.us.us.us:               ; preds = %body115.us.us.us, %middle.block
  %next131.us.us.us = add nuw nsw i64 %i93137.us.us.us, 1
  %exitcond160.not = icmp eq i64 %next131.us.us.us, %c
  br i1 %exitcond160.not, label %loop90.done92_crit_edge.split.us.us.us, label %body91.us.us.us

loop90.done92_crit_edge.split.us.us.us:           ; preds = %loop114.done116_crit_edge.us.us.us
  %next132.us.us = add nuw nsw i64 %i88139.us.us, 1
  %exitcond161.not = icmp eq i64 %next132.us.us, %n
  br i1 %exitcond161.not, label %join, label %loop90.preheader.us.us

loop.preheader:                                   ; preds = %entry
  br i1 %go154, label %loop3.preheader.lr.ph, label %join

loop3.preheader.lr.ph:                            ; preds = %loop.preheader
  %go7152 = icmp sgt i64 %c, 0
  %mul13 = mul i64 %c, 3
  %mul17 = shl i64 %c, 2
  br i1 %go7152, label %loop3.preheader.us.preheader, label %join

loop3.preheader.us.preheader:                     ; preds = %loop3.preheader.lr.ph
  %46 = mul i64 %s, %c
  %47 = mul i64 %46, -4
  %48 = mul i64 %s, -4
  %49 = mul i64 %s, %c
  %50 = mul i64 %49, -4
  %51 = mul i64 %s, -4
  br label %loop3.preheader.us

loop3.preheader.us:                               ; preds = %loop3.preheader.us.preheader, %loop3.done5_crit_edge.us
  %i155.us = phi i64 [ 0, %loop3.preheader.us.preheader ], [ %next84.us, %loop3.done5_crit_edge.us ]
  %52 = mul i64 %50, %i155.us
  %53 = sub i64 %52, %y162
  %54 = mul i64 %47, %i155.us
  %55 = sub i64 %54, %y162
  %mul21.us = mul i64 %i155.us, %c
  br label %body4.us

body4.us:                                         ; preds = %loop3.preheader.us, %done68.us
  %i6153.us = phi i64 [ 0, %loop3.preheader.us ], [ %next83.us, %done68.us ]
  %56 = mul i64 %51, %i6153.us
  %57 = add i64 %53, %56
  %58 = lshr i64 %57, 2
  %59 = and i64 %58, 7
  %umin = call i64 @llvm.umin.i64(i64 %s, i64 %59)
  %60 = add nuw nsw i64 %umin, 7
  %61 = and i64 %60, 8
  %62 = add nsw i64 %61, -8
  %63 = lshr exact i64 %62, 3
  %64 = add nuw nsw i64 %63, 1
  %p.us = getelementptr inbounds float, float* %norm_params, i64 %i6153.us
  %v.us = load float, float* %p.us, align 4
  %add10.us = add i64 %i6153.us, %c
  %p11.us = getelementptr inbounds float, float* %norm_params, i64 %add10.us
  %v12.us = load float, float* %p11.us, align 4
  %add14.us = add i64 %i6153.us, %mul13
  %p15.us = getelementptr inbounds float, float* %norm_params, i64 %add14.us
  %v16.us = load float, float* %p15.us, align 4
  %add18.us = add i64 %i6153.us, %mul17
  %p19.us = getelementptr inbounds float, float* %norm_params, i64 %add18.us
  %v20.us = load float, float* %p19.us, align 4
  %add22.us = add i64 %i6153.us, %mul21.us
  %mul23.us = mul i64 %add22.us, %s
  %one.us = insertelement <8 x float> undef, float %v.us, i64 0
  %splat.us = shufflevector <8 x float> %one.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one24.us = insertelement <8 x float> undef, float %v12.us, i64 0
  %splat25.us = shufflevector <8 x float> %one24.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one26.us = insertelement <8 x float> undef, float %v16.us, i64 0
  %splat27.us = shufflevector <8 x float> %one26.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one28.us = insertelement <8 x float> undef, float %v20.us, i64 0
  %splat29.us = shufflevector <8 x float> %one28.us, <8 x float> undef, <8 x i32> zeroinitializer
  %p30.us = getelementptr inbounds float, float* %y, i64 %mul23.us
  %addr.us = ptrtoint float* %p30.us to i64
  %sub.us = sub i64 0, %addr.us
  %mis.us = lshr i64 %sub.us, 2
  %head.us = and i64 %mis.us, 7
  %cmp31.us = icmp ult i64 %head.us, %s
  %sel.us = select i1 %cmp31.us, i64 %head.us, i64 %s
  %go36146.us.not = icmp eq i64 %sel.us, 0
  br i1 %go36146.us.not, label %done34.us, label %vector.ph264

vector.ph264:                                     ; preds = %body4.us
  %65 = mul i64 %48, %i6153.us
  %66 = add i64 %55, %65
  %67 = lshr i64 %66, 2
  %68 = and i64 %67, 7
  %umin260 = call i64 @llvm.umin.i64(i64 %s, i64 %68)
  %trip.count.minus.1 = add nsw i64 %umin260, -1
  %broadcast.splatinsert268 = insertelement <8 x i64> poison, i64 %trip.count.minus.1, i64 0
  %broadcast.splat269 = shufflevector <8 x i64> %broadcast.splatinsert268, <8 x i64> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert274 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat275 = shufflevector <8 x float> %broadcast.splatinsert274, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert276 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat277 = shufflevector <8 x float> %broadcast.splatinsert276, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert278 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat279 = shufflevector <8 x float> %broadcast.splatinsert278, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert280 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat281 = shufflevector <8 x float> %broadcast.splatinsert280, <8 x float> poison, <8 x i32> zeroinitializer
  %xtraiter = and i64 %64, 1
  %69 = icmp eq i64 %62, 0
  br i1 %69, label %done34.us.loopexit.unr-lcssa, label %vector.ph264.new

vector.ph264.new:                                 ; preds = %vector.ph264
  %unroll_iter = and i64 %64, 4611686018427387902
  br label %vector.body263

vector.body263:                                   ; preds = %vector.body263, %vector.ph264.new
  %index270 = phi i64 [ 0, %vector.ph264.new ], [ %index.next282.1, %vector.body263 ]
  %niter = phi i64 [ 0, %vector.ph264.new ], [ %niter.next.1, %vector.body263 ]
  %broadcast.splatinsert271 = insertelement <8 x i64> poison, i64 %index270, i64 0
  %broadcast.splat272 = shufflevector <8 x i64> %broadcast.splatinsert271, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv = or <8 x i64> %broadcast.splat272, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %70 = icmp ule <8 x i64> %vec.iv, %broadcast.splat269
  %71 = add i64 %index270, %mul23.us
  %72 = getelementptr inbounds float, float* %x, i64 %71
  %73 = bitcast float* %72 to <8 x float>*
  %wide.masked.load = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %73, i32 4, <8 x i1> %70, <8 x float> poison)
  %74 = getelementptr inbounds float, float* %residual, i64 %71
  %75 = bitcast float* %74 to <8 x float>*
  %wide.masked.load273 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %75, i32 4, <8 x i1> %70, <8 x float> poison)
  %76 = fsub <8 x float> %wide.masked.load, %broadcast.splat275
  %77 = fsub <8 x float> %76, %broadcast.splat277
  %78 = fmul <8 x float> %broadcast.splat279, %77
  %79 = fadd <8 x float> %broadcast.splat281, %78
  %80 = fadd <8 x float> %wide.masked.load273, %79
  %81 = getelementptr inbounds float, float* %y, i64 %71
  %82 = bitcast float* %81 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %80, <8 x float>* %82, i32 4, <8 x i1> %70)
  %index.next282 = or i64 %index270, 8
  %broadcast.splatinsert271.1 = insertelement <8 x i64> poison, i64 %index.next282, i64 0
  %broadcast.splat272.1 = shufflevector <8 x i64> %broadcast.splatinsert271.1, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv.1 = or <8 x i64> %broadcast.splat272.1, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %83 = icmp ule <8 x i64> %vec.iv.1, %broadcast.splat269
  %84 = add i64 %index.next282, %mul23.us
  %85 = getelementptr inbounds float, float* %x, i64 %84
  %86 = bitcast float* %85 to <8 x float>*
  %wide.masked.load.1 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %86, i32 4, <8 x i1> %83, <8 x float> poison)
  %87 = getelementptr inbounds float, float* %residual, i64 %84
  %88 = bitcast float* %87 to <8 x float>*
  %wide.masked.load273.1 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %88, i32 4, <8 x i1> %83, <8 x float> poison)
  %89 = fsub <8 x float> %wide.masked.load.1, %broadcast.splat275
  %90 = fsub <8 x float> %89, %broadcast.splat277
  %91 = fmul <8 x float> %broadcast.splat279, %90
  %92 = fadd <8 x float> %broadcast.splat281, %91
  %93 = fadd <8 x float> %wide.masked.load273.1, %92
  %94 = getelementptr inbounds float, float* %y, i64 %84
  %95 = bitcast float* %94 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %93, <8 x float>* %95, i32 4, <8 x i1> %83)
  %index.next282.1 = add i64 %index270, 16
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %done34.us.loopexit.unr-lcssa, label %vector.body263, !llvm.loop !4

done34.us.loopexit.unr-lcssa:                     ; preds = %vector.body263, %vector.ph264
  %index270.unr = phi i64 [ 0, %vector.ph264 ], [ %index.next282.1, %vector.body263 ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %done34.us, label %vector.body263.epil

vector.body263.epil:                              ; preds = %done34.us.loopexit.unr-lcssa
  %broadcast.splatinsert271.epil = insertelement <8 x i64> poison, i64 %index270.unr, i64 0
  %broadcast.splat272.epil = shufflevector <8 x i64> %broadcast.splatinsert271.epil, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv.epil = or <8 x i64> %broadcast.splat272.epil, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %96 = icmp ule <8 x i64> %vec.iv.epil, %broadcast.splat269
  %97 = add i64 %index270.unr, %mul23.us
  %98 = getelementptr inbounds float, float* %x, i64 %97
  %99 = bitcast float* %98 to <8 x float>*
  %wide.masked.load.epil = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %99, i32 4, <8 x i1> %96, <8 x float> poison)
  %100 = getelementptr inbounds float, float* %residual, i64 %97
  %101 = bitcast float* %100 to <8 x float>*
  %wide.masked.load273.epil = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %101, i32 4, <8 x i1> %96, <8 x float> poison)
  %102 = fsub <8 x float> %wide.masked.load.epil, %broadcast.splat275
  %103 = fsub <8 x float> %102, %broadcast.splat277
  %104 = fmul <8 x float> %broadcast.splat279, %103
  %105 = fadd <8 x float> %broadcast.splat281, %104
  %106 = fadd <8 x float> %wide.masked.load273.epil, %105
  %107 = getelementptr inbounds float, float* %y, i64 %97
  %108 = bitcast float* %107 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %106, <8 x float>* %108, i32 4, <8 x i1> %96)
  br label %done34.us

done34.us:                                        ; preds = %vector.body263.epil, %done34.us.loopexit.unr-lcssa, %body4.us
  %sub45.us = sub i64 %s, %sel.us
  %body46.us = and i64 %sub45.us, -8
  %add47.us = or i64 %body46.us, %sel.us
  %go52148.us = icmp slt i64 %sel.us, %add47.us
  br i1 %go52148.us, label %body49.us, label %loop66.preheader.us

done68.us:                                        ; preds = %body67.us, %middle.block209, %loop66.preheader.us
  %next83.us = add nuw nsw i64 %i6153.us, 1
  %exitcond167.not = icmp eq i64 %next83.us, %c
  br i1 %exitcond167.not, label %loop3.done5_crit_edge.us, label %body4.us

body67.us:                                        ; preds = %body67.us.preheader283, %body67.us
  %i69151.us = phi i64 [ %next82.us, %body67.us ], [ %i69151.us.ph, %body67.us.preheader283 ]
  %add71.us = add i64 %i69151.us, %mul23.us
  %p72.us = getelementptr inbounds float, float* %x, i64 %add71.us
  %v73.us = load float, float* %p72.us, align 4
  %p74.us = getelementptr inbounds float, float* %residual, i64 %add71.us
  %v75.us = load float, float* %p74.us, align 4
  %fsub76.us = fsub float %v73.us, %v.us
  %fsub77.us = fsub float %fsub76.us, %v12.us
  %fmul78.us = fmul float %v16.us, %fsub77.us
  %fadd79.us = fadd float %v20.us, %fmul78.us
  %fadd80.us = fadd float %v75.us, %fadd79.us
  %p81.us = getelementptr inbounds float, float* %y, i64 %add71.us
  store float %fadd80.us, float* %p81.us, align 4
  %next82.us = add nsw i64 %i69151.us, 1
  %exitcond166.not = icmp eq i64 %next82.us, %s
  br i1 %exitcond166.not, label %done68.us, label %body67.us, !llvm.loop !5

body49.us:                                        ; preds = %done34.us, %body49.us
  %i51149.us = phi i64 [ %next65.us, %body49.us ], [ %sel.us, %done34.us ]
  %add53.us = add i64 %i51149.us, %mul23.us
  %p54.us = getelementptr inbounds float, float* %x, i64 %add53.us
  %vp.us = bitcast float* %p54.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %p55.us = getelementptr inbounds float, float* %residual, i64 %add53.us
  %vp56.us = bitcast float* %p55.us to <8 x float>*
  %vec57.us = load <8 x float>, <8 x float>* %vp56.us, align 4
  %fsub58.us = fsub <8 x float> %vec.us, %splat.us
  %fsub59.us = fsub <8 x float> %fsub58.us, %splat25.us
  %fmul60.us = fmul <8 x float> %splat27.us, %fsub59.us
  %fadd61.us = fadd <8 x float> %splat29.us, %fmul60.us
  %fadd62.us = fadd <8 x float> %vec57.us, %fadd61.us
  %p63.us = getelementptr inbounds float, float* %y, i64 %add53.us
  %vp64.us = bitcast float* %p63.us to <8 x float>*
  store <8 x float> %fadd62.us, <8 x float>* %vp64.us, align 32, !nontemporal !6
  %next65.us = add i64 %i51149.us, 8
  %go52.us = icmp slt i64 %next65.us, %add47.us
  br i1 %go52.us, label %body49.us, label %loop66.preheader.us

loop66.preheader.us:                              ; preds = %body49.us, %done34.us
  %go70150.us = icmp slt i64 %add47.us, %s
  br i1 %go70150.us, label %body67.us.preheader, label %done68.us

body67.us.preheader:                              ; preds = %loop66.preheader.us
  %109 = sub i64 %s, %add47.us
  %min.iters.check212 = icmp ult i64 %109, 32
  br i1 %min.iters.check212, label %body67.us.preheader283, label %vector.ph213

vector.ph213:                                     ; preds = %body67.us.preheader
  %n.vec215 = and i64 %109, -32
  %ind.end = add i64 %add47.us, %n.vec215
  %broadcast.splatinsert227 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat228 = shufflevector <8 x float> %broadcast.splatinsert227, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert229 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat230 = shufflevector <8 x float> %broadcast.splatinsert229, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert231 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat232 = shufflevector <8 x float> %broadcast.splatinsert231, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert233 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat234 = shufflevector <8 x float> %broadcast.splatinsert233, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert235 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat236 = shufflevector <8 x float> %broadcast.splatinsert235, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert237 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat238 = shufflevector <8 x float> %broadcast.splatinsert237, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert239 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat240 = shufflevector <8 x float> %broadcast.splatinsert239, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert241 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat242 = shufflevector <8 x float> %broadcast.splatinsert241, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert243 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat244 = shufflevector <8 x float> %broadcast.splatinsert243, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert245 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat246 = shufflevector <8 x float> %broadcast.splatinsert245, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert247 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat248 = shufflevector <8 x float> %broadcast.splatinsert247, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert249 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat250 = shufflevector <8 x float> %broadcast.splatinsert249, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert251 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat252 = shufflevector <8 x float> %broadcast.splatinsert251, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert253 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat254 = shufflevector <8 x float> %broadcast.splatinsert253, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert255 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat256 = shufflevector <8 x float> %broadcast.splatinsert255, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert257 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat258 = shufflevector <8 x float> %broadcast.splatinsert257, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body211

vector.body211:                                   ; preds = %vector.body211, %vector.ph213
  %index218 = phi i64 [ 0, %vector.ph213 ], [ %index.next259, %vector.body211 ]
  %offset.idx = add i64 %add47.us, %index218
  %110 = add i64 %offset.idx, %mul23.us
  %111 = getelementptr inbounds float, float* %x, i64 %110
  %112 = bitcast float* %111 to <8 x float>*
  %wide.load219 = load <8 x float>, <8 x float>* %112, align 4
  %113 = getelementptr inbounds float, float* %111, i64 8
  %114 = bitcast float* %113 to <8 x float>*
  %wide.load220 = load <8 x float>, <8 x float>* %114, align 4
  %115 = getelementptr inbounds float, float* %111, i64 16
  %116 = bitcast float* %115 to <8 x float>*
  %wide.load221 = load <8 x float>, <8 x float>* %116, align 4
  %117 = getelementptr inbounds float, float* %111, i64 24
  %118 = bitcast float* %117 to <8 x float>*
  %wide.load222 = load <8 x float>, <8 x float>* %118, align 4
  %119 = getelementptr inbounds float, float* %residual, i64 %110
  %120 = bitcast float* %119 to <8 x float>*
  %wide.load223 = load <8 x float>, <8 x float>* %120, align 4
  %121 = getelementptr inbounds float, float* %119, i64 8
  %122 = bitcast float* %121 to <8 x float>*
  %wide.load224 = load <8 x float>, <8 x float>* %122, align 4
  %123 = getelementptr inbounds float, float* %119, i64 16
  %124 = bitcast float* %123 to <8 x float>*
  %wide.load225 = load <8 x float>, <8 x float>* %124, align 4
  %125 = getelementptr inbounds float, float* %119, i64 24
  %126 = bitcast float* %125 to <8 x float>*
  %wide.load226 = load <8 x float>, <8 x float>* %126, align 4
  %127 = fsub <8 x float> %wide.load219, %broadcast.splat228
  %128 = fsub <8 x float> %wide.load220, %broadcast.splat230
  %129 = fsub <8 x float> %wide.load221, %broadcast.splat232
  %130 = fsub <8 x float> %wide.load222, %broadcast.splat234
  %131 = fsub <8 x float> %127, %broadcast.splat236
  %132 = fsub <8 x float> %128, %broadcast.splat238
  %133 = fsub <8 x float> %129, %broadcast.splat240
  %134 = fsub <8 x float> %130, %broadcast.splat242
  %135 = fmul <8 x float> %broadcast.splat244, %131
  %136 = fmul <8 x float> %broadcast.splat246, %132
  %137 = fmul <8 x float> %broadcast.splat248, %133
  %138 = fmul <8 x float> %broadcast.splat250, %134
  %139 = fadd <8 x float> %broadcast.splat252, %135
  %140 = fadd <8 x float> %broadcast.splat254, %136
  %141 = fadd <8 x float> %broadcast.splat256, %137
  %142 = fadd <8 x float> %broadcast.splat258, %138
  %143 = fadd <8 x float> %wide.load223, %139
  %144 = fadd <8 x float> %wide.load224, %140
  %145 = fadd <8 x float> %wide.load225, %141
  %146 = fadd <8 x float> %wide.load226, %142
  %147 = getelementptr inbounds float, float* %y, i64 %110
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %143, <8 x float>* %148, align 4
  %149 = getelementptr inbounds float, float* %147, i64 8
  %150 = bitcast float* %149 to <8 x float>*
  store <8 x float> %144, <8 x float>* %150, align 4
  %151 = getelementptr inbounds float, float* %147, i64 16
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %145, <8 x float>* %152, align 4
  %153 = getelementptr inbounds float, float* %147, i64 24
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %146, <8 x float>* %154, align 4
  %index.next259 = add nuw i64 %index218, 32
  %155 = icmp eq i64 %index.next259, %n.vec215
  br i1 %155, label %middle.block209, label %vector.body211, !llvm.loop !7

middle.block209:                                  ; preds = %vector.body211
  %cmp.n217 = icmp eq i64 %109, %n.vec215
  br i1 %cmp.n217, label %done68.us, label %body67.us.preheader283

body67.us.preheader283:                           ; preds = %body67.us.preheader, %middle.block209
  %i69151.us.ph = phi i64 [ %add47.us, %body67.us.preheader ], [ %ind.end, %middle.block209 ]
  br label %body67.us

loop3.done5_crit_edge.us:                         ; preds = %done68.us
  %next84.us = add nuw nsw i64 %i155.us, 1
  %exitcond168.not = icmp eq i64 %next84.us, %n
  br i1 %exitcond168.not, label %join, label %loop3.preheader.us

join:                                             ; preds = %loop90.done92_crit_edge.split.us.us.us, %loop3.done5_crit_edge.us, %loop3.preheader.lr.ph, %loop90.preheader.lr.ph, %loop85.preheader, %loop.preheader
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
