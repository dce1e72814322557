; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @syncbn_bn_normalize(float* noalias nocapture readonly %x, float* noalias nocapture readonly %norm_params, i64 %n, i64 %c, i64 %s, float* noalias %y) local_unnamed_addr #0 {
entry:
  %y149 = ptrtoint float* %y to i64
  %mul = shl i64 %n, 2
  %mul1 = mul i64 %mul, %c
  %mul2 = mul i64 %mul1, %s
  %cmp = icmp sgt i64 %mul2, 16777215
  %go141 = icmp sgt i64 %n, 0
  br i1 %cmp, label %loop.preheader, label %loop75.preheader

loop75.preheader:                                 ; preds = %entry
  br i1 %go141, label %loop80.preheader.lr.ph, label %join

loop80.preheader.lr.ph:                           ; preds = %loop75.preheader
  %go84123 = icmp sgt i64 %c, 0
  %mul93 = mul i64 %c, 3
  %mul97 = shl i64 %c, 2
  %go108121 = icmp sgt i64 %s, 0
  %or.cond = select i1 %go84123, i1 %go108121, i1 false
  br i1 %or.cond, label %loop80.preheader.us.us.preheader, label %join

loop80.preheader.us.us.preheader:                 ; preds = %loop80.preheader.lr.ph
  %min.iters.check = icmp ult i64 %s, 32
  %n.vec = and i64 %s, -32
  %cmp.n = icmp eq i64 %n.vec, %s
  br label %loop80.preheader.us.us

loop80.preheader.us.us:                           ; preds = %loop80.preheader.us.us.preheader, %loop80.done82_crit_edge.split.us.us.us
  %i78126.us.us = phi i64 [ %next119.us.us, %loop80.done82_crit_edge.split.us.us.us ], [ 0, %loop80.preheader.us.us.preheader ]
  %mul101.us.us = mul i64 %i78126.us.us, %c
  br label %body81.us.us.us

body81.us.us.us:                                  ; preds = %loop104.done106_crit_edge.us.us.us, %loop80.preheader.us.us
  %i83124.us.us.us = phi i64 [ 0, %loop80.preheader.us.us ], [ %next118.us.us.us, %loop104.done106_crit_edge.us.us.us ]
  %p87.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %i83124.us.us.us
  %v88.us.us.us = load float, float* %p87.us.us.us, align 4
  %add90.us.us.us = add i64 %i83124.us.us.us, %c
  %p91.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add90.us.us.us
  %v92.us.us.us = load float, float* %p91.us.us.us, align 4
  %add94.us.us.us = add i64 %i83124.us.us.us, %mul93
  %p95.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add94.us.us.us
  %v96.us.us.us = load float, float* %p95.us.us.us, align 4
  %add98.us.us.us = add i64 %i83124.us.us.us, %mul97
  %p99.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add98.us.us.us
  %v100.us.us.us = load float, float* %p99.us.us.us, align 4
  %add102.us.us.us = add i64 %i83124.us.us.us, %mul101.us.us
  %mul103.us.us.us = mul i64 %add102.us.us.us, %s
  br i1 %min.iters.check, label %body105.us.us.us.preheader, label %vector.ph

vector.ph:                                        ; preds = %body81.us.us.us
  %broadcast.splatinsert = insertelement <8 x float> poison, float %v88.us.us.us, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert162 = insertelement <8 x float> poison, float %v88.us.us.us, i64 0
  %broadcast.splat163 = shufflevector <8 x float> %broadcast.splatinsert162, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert164 = insertelement <8 x float> poison, float %v88.us.us.us, i64 0
  %broadcast.splat165 = shufflevector <8 x float> %broadcast.splatinsert164, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert166 = insertelement <8 x float> poison, float %v88.us.us.us, i64 0
  %broadcast.splat167 = shufflevector <8 x float> %broadcast.splatinsert166, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert168 = insertelement <8 x float> poison, float %v92.us.us.us, i64 0
  %broadcast.splat169 = shufflevector <8 x float> %broadcast.splatinsert168, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert170 = insertelement <8 x float> poison, float %v92.us.us.us, i64 0
  %broadcast.splat171 = shufflevector <8 x float> %broadcast.splatinsert170, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert172 = insertelement <8 x float> poison, float %v92.us.us.us, i64 0
  %broadcast.splat173 = shufflevector <8 x float> %broadcast.splatinsert172, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert174 = insertelement <8 x float> poison, float %v92.us.us.us, i64 0
  %broadcast.splat175 = shufflevector <8 x float> %broadcast.splatinsert174, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert176 = insertelement <8 x float> poison, float %v96.us.us.us, i64 0
  %broadcast.splat177 = shufflevector <8 x float> %broadcast.splatinsert176, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert178 = insertelement <8 x float> poison, float %v96.us.us.us, i64 0
  %broadcast.splat179 = shufflevector <8 x float> %broadcast.splatinsert178, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert180 = insertelement <8 x float> poison, float %v96.us.us.us, i64 0
  %broadcast.splat181 = shufflevector <8 x float> %broadcast.splatinsert180, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert182 = insertelement <8 x float> poison, float %v96.us.us.us, i64 0
  %broadcast.splat183 = shufflevector <8 x float> %broadcast.splatinsert182, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert184 = insertelement <8 x float> poison, float %v100.us.us.us, i64 0
  %broadcast.splat185 = shufflevector <8 x float> %broadcast.splatinsert184, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert186 = insertelement <8 x float> poison, float %v100.us.us.us, i64 0
  %broadcast.splat187 = shufflevector <8 x float> %broadcast.splatinsert186, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert188 = insertelement <8 x float> poison, float %v100.us.us.us, i64 0
  %broadcast.splat189 = shufflevector <8 x float> %broadcast.splatinsert188, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert190 = insertelement <8 x float> poison, float %v100.us.us.us, i64 0
  %broadcast.splat191 = shufflevector <8 x float> %broadcast.splatinsert190, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %0 = add i64 %index, %mul103.us.us.us
  %1 = getelementptr inbounds float, float* %x, i64 %0
  %2 = bitcast float* %1 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %2, align 4
  %3 = getelementptr inbounds float, float* %1, i64 8
  %4 = bitcast float* %3 to <8 x float>*
  %wide.load159 = load <8 x float>, <8 x float>* %4, align 4
  %5 = getelementptr inbounds float, float* %1, i64 16
  %6 = bitcast float* %5 to <8 x float>*
  %wide.load160 = load <8 x float>, <8 x float>* %6, align 4
  %7 = getelementptr inbounds float, float* %1, i64 24
  %8 = bitcast float* %7 to <8 x float>*
  %wide.load161 = load <8 x float>, <8 x float>* %8, align 4
  %9 = fsub <8 x float> %wide.load, %broadcast.splat
  %10 = fsub <8 x float> %wide.load159, %broadcast.splat163
  %11 = fsub <8 x float> %wide.load160, %broadcast.splat165
  %12 = fsub <8 x float> %wide.load161, %broadcast.splat167
  %13 = fsub <8 x float> %9, %broadcast.splat169
  %14 = fsub <8 x float> %10, %broadcast.splat171
  %15 = fsub <8 x float> %11, %broadcast.splat173
  %16 = fsub <8 x float> %12, %broadcast.splat175
  %17 = fmul <8 x float> %broadcast.splat177, %13
  %18 = fmul <8 x float> %broadcast.splat179, %14
  %19 = fmul <8 x float> %broadcast.splat181, %15
  %20 = fmul <8 x float> %broadcast.splat183, %16
  %21 = fadd <8 x float> %broadcast.splat185, %17
  %22 = fadd <8 x float> %broadcast.splat187, %18
  %23 = fadd <8 x float> %broadcast.splat189, %19
  %24 = fadd <8 x float> %broadcast.splat191, %20
  %25 = getelementptr inbounds float, float* %y, i64 %0
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %21, <8 x float>* %26, align 4
  %27 = getelementptr inbounds float, float* %25, i64 8
  %28 = bitcast float* %27 to <8 x float>*
  store <8 x float> %22, <8 x float>* %28, align 4
  %29 = getelementptr inbounds float, float* %25, i64 16
  %30 = bitcast float* %29 to <8 x float>*
  store <8 x float> %23, <8 x float>* %30, align 4
  %31 = getelementptr inbounds float, float* %25, i64 24
  %32 = bitcast float* %31 to <8 x float>*
  store <8 x float> %24, <8 x float>* %32, align 4
  %index.next = add nuw i64 %index, 32
  %33 = icmp eq i64 %index.next, %n.vec
  br i1 %33, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  br i1 %cmp.n, label %loop104.done106_crit_edge.us.us.us, label %body105.us.us.us.preheader

body105.us.us.us.preheader:                       ; preds = %body81.us.us.us, %middle.block
  %i107122.us.us.us.ph = phi i64 [ 0, %body81.us.us.us ], [ %n.vec, %middle.block ]
  br label %body105.us.us.us

body105.us.us.us:                                 ; preds = %body105.us.us.us.preheader, %body105.us.us.us
  %i107122.us.us.us = phi i64 [ %next117.us.us.us, %body105.us.us.us ], [ %i107122.us.us.us.ph, %body105.us.us.us.preheader ]
  %add109.us.us.us = add i64 %i107122.us.us.us, %mul103.us.us.us
  %p110.us.us.us = getelementptr inbounds float, float* %x, i64 %add109.us.us.us
  %v111.us.us.us = load float, float* %p110.us.us.us, align 4
  %fsub112.us.us.us = fsub float %v111.us.us.us, %v88.us.us.us
  %fsub113.us.us.us = fsub float %fsub112.us.us.us, %v92.us.us.us
  %fmul114.us.us.us = fmul float %v96.us.us.us, %fsub113.us.us.us
  %fadd115.us.us.us = fadd float %v100.us.us.us, %fmul114.us.us.us
  %p116.us.us.us = getelementptr inbounds float, float* %y, i64 %add109.us.us.us
  store float %fadd115.us.us.us, float* %p116.us.us.us, align 4
  %next117.us.us.us = add nuw nsw i64 %i107122.us.us.us, 1
  %exitcond.not = icmp eq i64 %next117.us.us.us, %s
  br i1 %exitcond.not, label %loop104.done106_crit_edge.us.us.us, label %body105.us.us.us, !llvm.loop !2

loop104.done106_crit_edge.us.us.us:               ; preds = %body105.us.us.us, %middle.block
  %next118.us.us.us = add nuw nsw i64 %i83124.us.us.us, 1
  %exitcond147.not = icmp eq i64 %next118.us.us.us, %c
  br i1 %exitcond147.not, label %loop80.done82_crit_edge.split.us.us.us, label %body81.us.us.us

loop80.done82_crit_edge.split.us.us.us:           ; preds = %loop104.done106_crit_edge.us.us.us
  %next119.us.us = add nuw nsw i64 %i78126.us.us, 1
  %exitcond148.not = icmp eq i64 %next119.us.us, %n
  br i1 %exitcond148.not, label %join, label %loop80.preheader.us.us

loop.preheader:                                   ; preds = %entry
  br i1 %go141, label %loop3.preheader.lr.ph, label %join

loop3.preheader.lr.ph:                            ; preds = %loop.preheader
  %go7139 = icmp sgt i64 %c, 0
  %mul13 = mul i64 %c, 3
  %mul17 = shl i64 %c, 2
  br i1 %go7139, label %loop3.preheader.us.preheader, label %join

loop3.preheader.us.preheader:                     ; preds = %loop3.preheader.lr.ph
  %34 = mul i64 %s, %c
  %35 = mul i64 %34, -4
  %36 = mul i64 %s, -4
  %37 = mul i64 %s, %c
  %38 = mul i64 %37, -4
  %39 = mul i64 %s, -4
  br label %loop3.preheader.us

loop3.preheader.us:                               ; preds = %loop3.preheader.us.preheader, %loop3.done5_crit_edge.us
  %i142.us = phi i64 [ 0, %loop3.preheader.us.preheader ], [ %next74.us, %loop3.done5_crit_edge.us ]
  %40 = mul i64 %38, %i142.us
  %41 = sub i64 %40, %y149
  %42 = mul i64 %35, %i142.us
  %43 = sub i64 %42, %y149
  %mul21.us = mul i64 %i142.us, %c
  br label %body4.us

body4.us:                                         ; preds = %loop3.preheader.us, %done61.us
  %i6140.us = phi i64 [ 0, %loop3.preheader.us ], [ %next73.us, %done61.us ]
  %44 = mul i64 %39, %i6140.us
  %45 = add i64 %41, %44
  %46 = lshr i64 %45, 2
  %47 = and i64 %46, 7
  %umin = call i64 @llvm.umin.i64(i64 %s, i64 %47)
  %48 = add nuw nsw i64 %umin, 7
  %49 = and i64 %48, 8
  %50 = add nsw i64 %49, -8
  %51 = lshr exact i64 %50, 3
  %52 = add nuw nsw i64 %51, 1
  %p.us = getelementptr inbounds float, float* %norm_params, i64 %i6140.us
  %v.us = load float, float* %p.us, align 4
  %add10.us = add i64 %i6140.us, %c
  %p11.us = getelementptr inbounds float, float* %norm_params, i64 %add10.us
  %v12.us = load float, float* %p11.us, align 4
  %add14.us = add i64 %i6140.us, %mul13
  %p15.us = getelementptr inbounds float, float* %norm_params, i64 %add14.us
  %v16.us = load float, float* %p15.us, align 4
  %add18.us = add i64 %i6140.us, %mul17
  %p19.us = getelementptr inbounds float, float* %norm_params, i64 %add18.us
  %v20.us = load float, float* %p19.us, align 4
  %add22.us = add i64 %i6140.us, %mul21.us
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
  %go36133.us.not = icmp eq i64 %sel.us, 0
  br i1 %go36133.us.not, label %done34.us, label %vector.ph243

vector.ph243:                                     ; preds = %body4.us
  %53 = mul i64 %36, %i6140.us
  %54 = add i64 %43, %53
  %55 = lshr i64 %54, 2
  %56 = and i64 %55, 7
  %umin239 = call i64 @llvm.umin.i64(i64 %s, i64 %56)
  %trip.count.minus.1 = add nsw i64 %umin239, -1
  %broadcast.splatinsert247 = insertelement <8 x i64> poison, i64 %trip.count.minus.1, i64 0
  %broadcast.splat248 = shufflevector <8 x i64> %broadcast.splatinsert247, <8 x i64> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert252 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat253 = shufflevector <8 x float> %broadcast.splatinsert252, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert254 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat255 = shufflevector <8 x float> %broadcast.splatinsert254, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert256 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat257 = shufflevector <8 x float> %broadcast.splatinsert256, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert258 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat259 = shufflevector <8 x float> %broadcast.splatinsert258, <8 x float> poison, <8 x i32> zeroinitializer
  %xtraiter = and i64 %52, 1
  %57 = icmp eq i64 %50, 0
  br i1 %57, label %done34.us.loopexit.unr-lcssa, label %vector.ph243.new

vector.ph243.new:                                 ; preds = %vector.ph243
  %unroll_iter = and i64 %52, 4611686018427387902
  br label %vector.body242

vector.body242:                                   ; preds = %vector.body242, %vector.ph243.new
  %index249 = phi i64 [ 0, %vector.ph243.new ], [ %index.next260.1, %vector.body242 ]
  %niter = phi i64 [ 0, %vector.ph243.new ], [ %niter.next.1, %vector.body242 ]
  %broadcast.splatinsert250 = insertelement <8 x i64> poison, i64 %index249, i64 0
  %broadcast.splat251 = shufflevector <8 x i64> %broadcast.splatinsert250, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv = or <8 x i64> %broadcast.splat251, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %58 = icmp ule <8 x i64> %vec.iv, %broadcast.splat248
  %59 = add i64 %index249, %mul23.us
  %60 = getelementptr inbounds float, float* %x, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %wide.masked.load = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %61, i32 4, <8 x i1> %58, <8 x float> poison)
  %62 = fsub <8 x float> %wide.masked.load, %broadcast.splat253
  %63 = fsub <8 x float> %62, %broadcast.splat255
  %64 = fmul <8 x float> %broadcast.splat257, %63
  %65 = fadd <8 x float> %broadcast.splat259, %64
  %66 = getelementptr inbounds float, float* %y, i64 %59
  %67 = bitcast float* %66 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %65, <8 x float>* %67, i32 4, <8 x i1> %58)
  %index.next260 = or i64 %index249, 8
  %broadcast.splatinsert250.1 = insertelement <8 x i64> poison, i64 %index.next260, i64 0
  %broadcast.splat251.1 = shufflevector <8 x i64> %broadcast.splatinsert250.1, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv.1 = or <8 x i64> %broadcast.splat251.1, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %68 = icmp ule <8 x i64> %vec.iv.1, %broadcast.splat248
  %69 = add i64 %index.next260, %mul23.us
  %70 = getelementptr inbounds float, float* %x, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  %wide.masked.load.1 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %71, i32 4, <8 x i1> %68, <8 x float> poison)
  %72 = fsub <8 x float> %wide.masked.load.1, %broadcast.splat253
  %73 = fsub <8 x float> %72, %broadcast.splat255
  %74 = fmul <8 x float> %broadcast.splat257, %73
  %75 = fadd <8 x float> %broadcast.splat259, %74
  %76 = getelementptr inbounds float, float* %y, i64 %69
  %77 = bitcast float* %76 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %75, <8 x float>* %77, i32 4, <8 x i1> %68)
  %index.next260.1 = add i64 %index249, 16
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %done34.us.loopexit.unr-lcssa, label %vector.body242, !llvm.loop !4

done34.us.loopexit.unr-lcssa:                     ; preds = %vector.body242, %vector.ph243
  %index249.unr = phi i64 [ 0, %vector.ph243 ], [ %index.next260.1, %vector.body242 ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %done34.us, label %vector.body242.epil

vector.body242.epil:                              ; preds = %done34.us.loopexit.unr-lcssa
  %broadcast.splatinsert250.epil = insertelement <8 x i64> poison, i64 %index249.unr, i64 0
  %broadcast.splat251.epil = shufflevector <8 x i64> %broadcast.splatinsert250.epil, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv.epil = or <8 x i64> %broadcast.splat251.epil, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %78 = icmp ule <8 x i64> %vec.iv.epil, %broadcast.splat248
  %79 = add i64 %index249.unr, %mul23.us
  %80 = getelementptr inbounds float, float* %x, i64 %79
  %81 = bitcast float* %80 to <8 x float>*
  %wide.masked.load.epil = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %81, i32 4, <8 x i1> %78, <8 x float> poison)
  %82 = fsub <8 x float> %wide.masked.load.epil, %broadcast.splat253
  %83 = fsub <8 x float> %82, %broadcast.splat255
  %84 = fmul <8 x float> %broadcast.splat257, %83
  %85 = fadd <8 x float> %broadcast.splat259, %84
  %86 = getelementptr inbounds float, float* %y, i64 %79
  %87 = bitcast float* %86 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %85, <8 x float>* %87, i32 4, <8 x i1> %78)
  br label %done34.us

done34.us:                                        ; preds = %vector.body242.epil, %done34.us.loopexit.unr-lcssa, %body4.us
  %sub42.us = sub i64 %s, %sel.us
  %body43.us = and i64 %sub42.us, -8
  %add44.us = or i64 %body43.us, %sel.us
  %go49135.us = icmp slt i64 %sel.us, %add44.us
  br i1 %go49135.us, label %body46.us, label %loop59.preheader.us

done61.us:                                        ; preds = %body60.us, %middle.block192, %loop59.preheader.us
  %next73.us = add nuw nsw i64 %i6140.us, 1
  %exitcond154.not = icmp eq i64 %next73.us, %c
  br i1 %exitcond154.not, label %loop3.done5_crit_edge.us, label %body4.us

body60.us:                                        ; preds = %body60.us.preheader261, %body60.us
  %i62138.us = phi i64 [ %next72.us, %body60.us ], [ %i62138.us.ph, %body60.us.preheader261 ]
  %add64.us = add i64 %i62138.us, %mul23.us
  %p65.us = getelementptr inbounds float, float* %x, i64 %add64.us
  %v66.us = load float, float* %p65.us, align 4
  %fsub67.us = fsub float %v66.us, %v.us
  %fsub68.us = fsub float %fsub67.us, %v12.us
  %fmul69.us = fmul float %v16.us, %fsub68.us
  %fadd70.us = fadd float %v20.us, %fmul69.us
  %p71.us = getelementptr inbounds float, float* %y, i64 %add64.us
  store float %fadd70.us, float* %p71.us, align 4
  %next72.us = add nsw i64 %i62138.us, 1
  %exitcond153.not = icmp eq i64 %next72.us, %s
  br i1 %exitcond153.not, label %done61.us, label %body60.us, !llvm.loop !5

body46.us:                                        ; preds = %done34.us, %body46.us
  %i48136.us = phi i64 [ %next58.us, %body46.us ], [ %sel.us, %done34.us ]
  %add50.us = add i64 %i48136.us, %mul23.us
  %p51.us = getelementptr inbounds float, float* %x, i64 %add50.us
  %vp.us = bitcast float* %p51.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %fsub52.us = fsub <8 x float> %vec.us, %splat.us
  %fsub53.us = fsub <8 x float> %fsub52.us, %splat25.us
  %fmul54.us = fmul <8 x float> %splat27.us, %fsub53.us
  %fadd55.us = fadd <8 x float> %splat29.us, %fmul54.us
  %p56.us = getelementptr inbounds float, float* %y, i64 %add50.us
  %vp57.us = bitcast float* %p56.us to <8 x float>*
  store <8 x float> %fadd55.us, <8 x float>* %vp57.us, align 32, !nontemporal !6
  %next58.us = add i64 %i48136.us, 8
  %go49.us = icmp slt i64 %next58.us, %add44.us
  br i1 %go49.us, label %body46.us, label %loop59.preheader.us

loop59.preheader.us:                              ; preds = %body46.us, %done34.us
  %go63137.us = icmp slt i64 %add44.us, %s
  br i1 %go63137.us, label %body60.us.preheader, label %done61.us

body60.us.preheader:                              ; preds = %loop59.preheader.us
  %88 = sub i64 %s, %add44.us
  %min.iters.check195 = icmp ult i64 %88, 32
  br i1 %min.iters.check195, label %body60.us.preheader261, label %vector.ph196

vector.ph196:                                     ; preds = %body60.us.preheader
  %n.vec198 = and i64 %88, -32
  %ind.end = add i64 %add44.us, %n.vec198
  %broadcast.splatinsert206 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat207 = shufflevector <8 x float> %broadcast.splatinsert206, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert208 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat209 = shufflevector <8 x float> %broadcast.splatinsert208, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert210 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat211 = shufflevector <8 x float> %broadcast.splatinsert210, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert212 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat213 = shufflevector <8 x float> %broadcast.splatinsert212, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert214 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat215 = shufflevector <8 x float> %broadcast.splatinsert214, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert216 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat217 = shufflevector <8 x float> %broadcast.splatinsert216, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert218 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat219 = shufflevector <8 x float> %broadcast.splatinsert218, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert220 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat221 = shufflevector <8 x float> %broadcast.splatinsert220, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert222 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat223 = shufflevector <8 x float> %broadcast.splatinsert222, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert224 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat225 = shufflevector <8 x float> %broadcast.splatinsert224, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert226 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat227 = shufflevector <8 x float> %broadcast.splatinsert226, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert228 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat229 = shufflevector <8 x float> %broadcast.splatinsert228, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert230 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat231 = shufflevector <8 x float> %broadcast.splatinsert230, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert232 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat233 = shufflevector <8 x float> %broadcast.splatinsert232, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert234 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat235 = shufflevector <8 x float> %broadcast.splatinsert234, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert236 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat237 = shufflevector <8 x float> %broadcast.splatinsert236, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body194

vector.body194:                                   ; preds = %vector.body194, %vector.ph196
  %index201 = phi i64 [ 0, %vector.ph196 ], [ %index.next238, %vector.body194 ]
  %offset.idx = add i64 %add44.us, %index201
  %89 = add i64 %offset.idx, %mul23.us
  %90 = getelementptr inbounds float, float* %x, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %wide.load202 = load <8 x float>, <8 x float>* %91, align 4
  %92 = getelementptr inbounds float, float* %90, i64 8
  %93 = bitcast float* %92 to <8 x float>*
  %wide.load203 = load <8 x float>, <8 x float>* %93, align 4
  %94 = getelementptr inbounds float, float* %90, i64 16
  %95 = bitcast float* %94 to <8 x float>*
  %wide.load204 = load <8 x float>, <8 x float>* %95, align 4
  %96 = getelementptr inbounds float, float* %90, i64 24
  %97 = bitcast float* %96 to <8 x float>*
  %wide.load205 = load <8 x float>, <8 x float>* %97, align 4
  %98 = fsub <8 x float> %wide.load202, %broadcast.splat207
  %99 = fsub <8 x float> %wide.load203, %broadcast.splat209
  %100 = fsub <8 x float> %wide.load204, %broadcast.splat211
  %101 = fsub <8 x float> %wide.load205, %broadcast.splat213
  %102 = fsub <8 x float> %98, %broadcast.splat215
  %103 = fsub <8 x float> %99, %broadcast.splat217
  %104 = fsub <8 x float> %100, %broadcast.splat219
  %105 = fsub <8 x float> %101, %broadcast.splat221
  %106 = fmul <8 x float> %broadcast.splat223, %102
  %107 = fmul <8 x float> %broadcast.splat225, %103
  %108 = fmul <8 x float> %broadcast.splat227, %104
  %109 = fmul <8 x float> %broadcast.splat229, %105
  %110 = fadd <8 x float> %broadcast.splat231, %106
  %111 = fadd <8 x float> %broadcast.splat233, %107
  %112 = fadd <8 x float> %broadcast.splat235, %108
  %113 = fadd <8 x float> %broadcast.splat237, %109
  %114 = getelementptr inbounds float, float* %y, i64 %89
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %110, <8 x float>* %115, align 4
  %116 = getelementptr inbounds float, float* %114, i64 8
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %111, <8 x float>* %117, align 4
  %118 = getelementptr inbounds float, float* %114, i64 16
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %112, <8 x float>* %119, align 4
  %120 = getelementptr inbounds float, float* %114, i64 24
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %113, <8 x float>* %121, align 4
  %index.next238 = add nuw i64 %index201, 32
  %122 = icmp eq i64 %index.next238, %n.vec198
  br i1 %122, label %middle.block192, label %vector.body194, !llvm.loop !7

middle.block192:                                  ; preds = %vector.body194
  %cmp.n200 = icmp eq i64 %88, %n.vec198
  br i1 %cmp.n200, label %done61.us, label %body60.us.preheader261

body60.us.preheader261:                           ; preds = %body60.us.preheader, %middle.block192
  %i62138.us.ph = phi i64 [ %add44.us, %body60.us.preheader ], [ %ind.end, %middle.block192 ]
  br label %body60.us

loop3.done5_crit_edge.us:                         ; preds = %done61.us
  %next74.us = add nuw nsw i64 %i142.us, 1
  %exitcond155.not = icmp eq i64 %next74.us, %n
  br i1 %exitcond155.not, label %join, label %loop3.preheader.us

join:                                             ; preds = %loop80.done82_crit_edge.split.us.us.us, %loop3.done5_crit_edge.us, %loop3.preheader.lr.ph, %loop80.preheader.lr.ph, %loop75.preheader, %loop.preheader
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
