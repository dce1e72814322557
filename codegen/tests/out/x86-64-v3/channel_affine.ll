; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @syncbn_channel_affine(float* noalias nocapture readonly %x, float* noalias nocapture readonly %mul, float* noalias nocapture readonly %add, i64 %n, i64 %c, i64 %s, float* noalias %y) local_unnamed_addr #0 {
entry:
  %y116 = ptrtoint float* %y to i64
  %mul1 = shl i64 %n, 2
  %mul2 = mul i64 %mul1, %c
  %mul3 = mul i64 %mul2, %s
  %cmp = icmp sgt i64 %mul3, 16777215
  %go108 = icmp sgt i64 %n, 0
  %go8106 = icmp sgt i64 %c, 0
  %or.cond126 = select i1 %go108, i1 %go8106, i1 false
  br i1 %cmp, label %loop.preheader, label %loop56.preheader

loop56.preheader:                                 ; preds = %entry
  %go7788 = icmp sgt i64 %s, 0
  %or.cond125 = select i1 %or.cond126, i1 %go7788, i1 false
  br i1 %or.cond125, label %loop61.preheader.us.us.preheader, label %join

loop61.preheader.us.us.preheader:                 ; preds = %loop56.preheader
  %0 = add i64 %s, -32
  %1 = lshr i64 %0, 5
  %2 = add nuw nsw i64 %1, 1
  %min.iters.check = icmp ult i64 %s, 32
  %n.vec = and i64 %s, -32
  %xtraiter = and i64 %2, 1
  %3 = icmp ult i64 %0, 32
  %unroll_iter = and i64 %2, 1152921504606846974
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %cmp.n = icmp eq i64 %n.vec, %s
  br label %loop61.preheader.us.us

loop61.preheader.us.us:                           ; preds = %loop61.preheader.us.us.preheader, %loop61.done63_crit_edge.split.us.us.us
  %i5993.us.us = phi i64 [ %next86.us.us, %loop61.done63_crit_edge.split.us.us.us ], [ 0, %loop61.preheader.us.us.preheader ]
  %mul70.us.us = mul i64 %i5993.us.us, %c
  br label %body62.us.us.us

body62.us.us.us:                                  ; preds = %loop73.done75_crit_edge.us.us.us, %loop61.preheader.us.us
  %i6491.us.us.us = phi i64 [ 0, %loop61.preheader.us.us ], [ %next85.us.us.us, %loop73.done75_crit_edge.us.us.us ]
  %p66.us.us.us = getelementptr inbounds float, float* %mul, i64 %i6491.us.us.us
  %v67.us.us.us = load float, float* %p66.us.us.us, align 4
  %p68.us.us.us = getelementptr inbounds float, float* %add, i64 %i6491.us.us.us
  %v69.us.us.us = load float, float* %p68.us.us.us, align 4
  %add71.us.us.us = add i64 %i6491.us.us.us, %mul70.us.us
  %mul72.us.us.us = mul i64 %add71.us.us.us, %s
  br i1 %min.iters.check, label %body74.us.us.us.preheader, label %vector.ph

vector.ph:                                        ; preds = %body62.us.us.us
  %broadcast.splatinsert = insertelement <8 x float> poison, float %v67.us.us.us, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert131 = insertelement <8 x float> poison, float %v67.us.us.us, i64 0
  %broadcast.splat132 = shufflevector <8 x float> %broadcast.splatinsert131, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert133 = insertelement <8 x float> poison, float %v67.us.us.us, i64 0
  %broadcast.splat134 = shufflevector <8 x float> %broadcast.splatinsert133, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert135 = insertelement <8 x float> poison, float %v67.us.us.us, i64 0
  %broadcast.splat136 = shufflevector <8 x float> %broadcast.splatinsert135, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert137 = insertelement <8 x float> poison, float %v69.us.us.us, i64 0
  %broadcast.splat138 = shufflevector <8 x float> %broadcast.splatinsert137, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert139 = insertelement <8 x float> poison, float %v69.us.us.us, i64 0
  %broadcast.splat140 = shufflevector <8 x float> %broadcast.splatinsert139, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert141 = insertelement <8 x float> poison, float %v69.us.us.us, i64 0
  %broadcast.splat142 = shufflevector <8 x float> %broadcast.splatinsert141, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert143 = insertelement <8 x float> poison, float %v69.us.us.us, i64 0
  %broadcast.splat144 = shufflevector <8 x float> %broadcast.splatinsert143, <8 x float> poison, <8 x i32> zeroinitializer
  br i1 %3, label %middle.block.unr-lcssa, label %vector.body

vector.body:                                      ; preds = %vector.ph, %vector.body
  %index = phi i64 [ %index.next.1, %vector.body ], [ 0, %vector.ph ]
  %niter = phi i64 [ %niter.next.1, %vector.body ], [ 0, %vector.ph ]
  %4 = add i64 %index, %mul72.us.us.us
  %5 = getelementptr inbounds float, float* %x, i64 %4
  %6 = bitcast float* %5 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %6, align 4
  %7 = getelementptr inbounds float, float* %5, i64 8
  %8 = bitcast float* %7 to <8 x float>*
  %wide.load128 = load <8 x float>, <8 x float>* %8, align 4
  %9 = getelementptr inbounds float, float* %5, i64 16
  %10 = bitcast float* %9 to <8 x float>*
  %wide.load129 = load <8 x float>, <8 x float>* %10, align 4
  %11 = getelementptr inbounds float, float* %5, i64 24
  %12 = bitcast float* %11 to <8 x float>*
  %wide.load130 = load <8 x float>, <8 x float>* %12, align 4
  %13 = fmul <8 x float> %broadcast.splat, %wide.load
  %14 = fmul <8 x float> %broadcast.splat132, %wide.load128
  %15 = fmul <8 x float> %broadcast.splat134, %wide.load129
  %16 = fmul <8 x float> %broadcast.splat136, %wide.load130
  %17 = fadd <8 x float> %broadcast.splat138, %13
  %18 = fadd <8 x float> %broadcast.splat140, %14
  %19 = fadd <8 x float> %broadcast.splat142, %15
  %20 = fadd <8 x float> %broadcast.splat144, %16
  %21 = getelementptr inbounds float, float* %y, i64 %4
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %17, <8 x float>* %22, align 4
  %23 = getelementptr inbounds float, float* %21, i64 8
  %24 = bitcast float* %23 to <8 x float>*
  store <8 x float> %18, <8 x float>* %24, align 4
  %25 = getelementptr inbounds float, float* %21, i64 16
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %19, <8 x float>* %26, align 4
  %27 = getelementptr inbounds float, float* %21, i64 24
  %28 = bitcast float* %27 to <8 x float>*
  store <8 x float> %20, <8 x float>* %28, align 4
  %index.next = or i64 %index, 32
  %29 = add i64 %index.next, %mul72.us.us.us
  %30 = getelementptr inbounds float, float* %x, i64 %29
  %31 = bitcast float* %30 to <8 x float>*
  %wide.load.1 = load <8 x float>, <8 x float>* %31, align 4
  %32 = getelementptr inbounds float, float* %30, i64 8
  %33 = bitcast float* %32 to <8 x float>*
  %wide.load128.1 = load <8 x float>, <8 x float>* %33, align 4
  %34 = getelementptr inbounds float, float* %30, i64 16
  %35 = bitcast float* %34 to <8 x float>*
  %wide.load129.1 = load <8 x float>, <8 x float>* %35, align 4
  %36 = getelementptr inbounds float, float* %30, i64 24
  %37 = bitcast float* %36 to <8 x float>*
  %wide.load130.1 = load <8 x float>, <8 x float>* %37, align 4
  %38 = fmul <8 x float> %broadcast.splat, %wide.load.1
  %39 = fmul <8 x float> %broadcast.splat132, %wide.load128.1
  %40 = fmul <8 x float> %broadcast.splat134, %wide.load129.1
  %41 = fmul <8 x float> %broadcast.splat136, %wide.load130.1
  %42 = fadd <8 x float> %broadcast.splat138, %38
  %43 = fadd <8 x float> %broadcast.splat140, %39
  %44 = fadd <8 x float> %broadcast.splat142, %40
  %45 = fadd <8 x float> %broadcast.splat144, %41
  %46 = getelementptr inbounds float, float* %y, i64 %29
  %47 = bitcast float* %46 to <8 x float>*
  store <8 x float> %42, <8 x float>* %47, align 4
  %48 = getelementptr inbounds float, float* %46, i64 8
  %49 = bitcast float* %48 to <8 x float>*
  store <8 x float> %43, <8 x float>* %49, align 4
  %50 = getelementptr inbounds float, float* %46, i64 16
  %51 = bitcast float* %50 to <8 x float>*
  store <8 x float> %44, <8 x float>* %51, align 4
  %52 = getelementptr inbounds float, float* %46, i64 24
  %53 = bitcast float* %52 to <8 x float>*
  store <8 x float> %45, <8 x float>* %53, align 4
  %index.next.1 = add nuw i64 %index, 64
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %middle.block.unr-lcssa, label %vector.body, !llvm.loop !0

middle.block.unr-lcssa:                           ; preds = %vector.body, %vector.ph
  %index.unr = phi i64 [ 0, %vector.ph ], [ %index.next.1, %vector.body ]
  br i1 %lcmp.mod.not, label %middle.block, label %vector.body.epil

vector.body.epil:                                 ; preds = %middle.block.unr-lcssa
  %54 = add i64 %index.unr, %mul72.us.us.us
  %55 = getelementptr inbounds float, float* %x, i64 %54
  %56 = bitcast float* %55 to <8 x float>*
  %wide.load.epil = load <8 x float>, <8 x float>* %56, align 4
  %57 = getelementptr inbounds float, float* %55, i64 8
  %58 = bitcast float* %57 to <8 x float>*
  %wide.load128.epil = load <8 x float>, <8 x float>* %58, align 4
  %59 = getelementptr inbounds float, float* %55, i64 16
  %60 = bitcast float* %59 to <8 x float>*
  %wide.load129.epil = load <8 x float>, <8 x float>* %60, align 4
  %61 = getelementptr inbounds float, float* %55, i64 24
  %62 = bitcast float* %61 to <8 x float>*
  %wide.load130.epil = load <8 x float>, <8 x float>* %62, align 4
  %63 = fmul <8 x float> %broadcast.splat, %wide.load.epil
  %64 = fmul <8 x float> %broadcast.splat132, %wide.load128.epil
  %65 = fmul <8 x float> %broadcast.splat134, %wide.load129.epil
  %66 = fmul <8 x float> %broadcast.splat136, %wide.load130.epil
  %67 = fadd <8 x float> %broadcast.splat138, %63
  %68 = fadd <8 x float> %broadcast.splat140, %64
  %69 = fadd <8 x float> %broadcast.splat142, %65
  %70 = fadd <8 x float> %broadcast.splat144, %66
  %71 = getelementptr inbounds float, float* %y, i64 %54
  %72 = bitcast float* %71 to <8 x float>*
  store <8 x float> %67, <8 x float>* %72, align 4
  %73 = getelementptr inbounds float, float* %71, i64 8
  %74 = bitcast float* %73 to <8 x float>*
  store <8 x float> %68, <8 x float>* %74, align 4
  %75 = getelementptr inbounds float, float* %71, i64 16
  %76 = bitcast float* %75 to <8 x float>*
  store <8 x float> %69, <8 x float>* %76, align 4
  %77 = getelementptr inbounds float, float* %71, i64 24
  %78 = bitcast float* %77 to <8 x float>*
  store <8 x float> %70, <8 x float>* %78, align 4
  br label %middle.block

middle.block:                                     ; preds = %middle.block.unr-lcssa, %vector.body.epil
  br i1 %cmp.n, label %loop73.done75_crit_edge.us.us.us, label %body74.us.us.us.preheader

body74.us.us.us.preheader:                        ; preds = %body62.us.us.us, %middle.block
  %i7689.us.us.us.ph = phi i64 [ 0, %body62.us.us.us ], [ %n.vec, %middle.block ]
  br label %body74.us.us.us

body74.us.us.us:                                  ; preds = %body74.us.us.us.preheader, %body74.us.us.us
  %i7689.us.us.us = phi i64 [ %next84.us.us.us, %body74.us.us.us ], [ %i7689.us.us.us.ph, %body74.us.us.us.preheader ]
  %add78.us.us.us = add i64 %i7689.us.us.us, %mul72.us.us.us
  %p79.us.us.us = getelementptr inbounds float, float* %x, i64 %add78.us.us.us
  %v80.us.us.us = load float, float* %p79.us.us.us, align 4
  %fmul81.us.us.us = fmul float %v67.us.us.us, %v80.us.us.us
  %fadd82.us.us.us = fadd float %v69.us.us.us, %fmul81.us.us.us
  %p83.us.us.us = getelementptr inbounds float, float* %y, i64 %add78.us.us.us
  store float %fadd82.us.us.us, float* %p83.us.us.us, align 4
  %next84.us.us.us = add nuw nsw i64 %i7689.us.us.us, 1
  %exitcond.not = icmp eq i64 %next84.us.us.us, %s
  br i1 %exitcond.not, label %loop73.done75_crit_edge.us.us.us, label %body74.us.us.us, !llvm.loop !2

loop73.done75_crit_edge.us.us.us:                 ; preds = %body74.us.us.us, %middle.block
  %next85.us.us.us = add nuw nsw i64 %i6491.us.us.us, 1
  %exitcond114.not = icmp eq i64 %next85.us.us.us, %c
  br i1 %exitcond114.not, label %loop61.done63_crit_edge.split.us.us.us, label %body62.us.us.us

loop61.done63_crit_edge.split.us.us.us:           ; preds = %loop73.done75_crit_edge.us.us.us
  %next86.us.us = add nuw nsw i64 %i5993.us.us, 1
  %exitcond115.not = icmp eq i64 %next86.us.us, %n
  br i1 %exitcond115.not, label %join, label %loop61.preheader.us.us

loop.preheader:                                   ; preds = %entry
  br i1 %or.cond126, label %loop4.preheader.us.preheader, label %join

loop4.preheader.us.preheader:                     ; preds = %loop.preheader
  %79 = mul i64 %s, %c
  %80 = mul i64 %79, -4
  %81 = mul i64 %s, -4
  %82 = mul i64 %s, %c
  %83 = mul i64 %82, -4
  %84 = mul i64 %s, -4
  br label %loop4.preheader.us

loop4.preheader.us:                               ; preds = %loop4.preheader.us.preheader, %loop4.done6_crit_edge.us
  %i109.us = phi i64 [ 0, %loop4.preheader.us.preheader ], [ %next55.us, %loop4.done6_crit_edge.us ]
  %85 = mul i64 %83, %i109.us
  %86 = sub i64 %85, %y116
  %87 = mul i64 %80, %i109.us
  %88 = sub i64 %87, %y116
  %mul11.us = mul i64 %i109.us, %c
  br label %body5.us

body5.us:                                         ; preds = %loop4.preheader.us, %done44.us
  %i7107.us = phi i64 [ 0, %loop4.preheader.us ], [ %next54.us, %done44.us ]
  %89 = mul i64 %84, %i7107.us
  %90 = add i64 %86, %89
  %91 = lshr i64 %90, 2
  %92 = and i64 %91, 7
  %umin = call i64 @llvm.umin.i64(i64 %s, i64 %92)
  %93 = add nuw nsw i64 %umin, 7
  %94 = and i64 %93, 8
  %95 = add nsw i64 %94, -8
  %96 = lshr exact i64 %95, 3
  %97 = add nuw nsw i64 %96, 1
  %p.us = getelementptr inbounds float, float* %mul, i64 %i7107.us
  %v.us = load float, float* %p.us, align 4
  %p9.us = getelementptr inbounds float, float* %add, i64 %i7107.us
  %v10.us = load float, float* %p9.us, align 4
  %add12.us = add i64 %i7107.us, %mul11.us
  %mul13.us = mul i64 %add12.us, %s
  %one.us = insertelement <8 x float> undef, float %v.us, i64 0
  %splat.us = shufflevector <8 x float> %one.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one14.us = insertelement <8 x float> undef, float %v10.us, i64 0
  %splat15.us = shufflevector <8 x float> %one14.us, <8 x float> undef, <8 x i32> zeroinitializer
  %p16.us = getelementptr inbounds float, float* %y, i64 %mul13.us
  %addr.us = ptrtoint float* %p16.us to i64
  %sub.us = sub i64 0, %addr.us
  %mis.us = lshr i64 %sub.us, 2
  %head.us = and i64 %mis.us, 7
  %cmp17.us = icmp ult i64 %head.us, %s
  %sel.us = select i1 %cmp17.us, i64 %head.us, i64 %s
  %go22100.us.not = icmp eq i64 %sel.us, 0
  br i1 %go22100.us.not, label %done20.us, label %vector.ph180

vector.ph180:                                     ; preds = %body5.us
  %98 = mul i64 %81, %i7107.us
  %99 = add i64 %88, %98
  %100 = lshr i64 %99, 2
  %101 = and i64 %100, 7
  %umin176 = call i64 @llvm.umin.i64(i64 %s, i64 %101)
  %trip.count.minus.1 = add nsw i64 %umin176, -1
  %broadcast.splatinsert184 = insertelement <8 x i64> poison, i64 %trip.count.minus.1, i64 0
  %broadcast.splat185 = shufflevector <8 x i64> %broadcast.splatinsert184, <8 x i64> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert189 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat190 = shufflevector <8 x float> %broadcast.splatinsert189, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert191 = insertelement <8 x float> poison, float %v10.us, i64 0
  %broadcast.splat192 = shufflevector <8 x float> %broadcast.splatinsert191, <8 x float> poison, <8 x i32> zeroinitializer
  %xtraiter196 = and i64 %97, 1
  %102 = icmp eq i64 %95, 0
  br i1 %102, label %done20.us.loopexit.unr-lcssa, label %vector.ph180.new

vector.ph180.new:                                 ; preds = %vector.ph180
  %unroll_iter198 = and i64 %97, 4611686018427387902
  br label %vector.body179

vector.body179:                                   ; preds = %vector.body179, %vector.ph180.new
  %index186 = phi i64 [ 0, %vector.ph180.new ], [ %index.next193.1, %vector.body179 ]
  %niter199 = phi i64 [ 0, %vector.ph180.new ], [ %niter199.next.1, %vector.body179 ]
  %broadcast.splatinsert187 = insertelement <8 x i64> poison, i64 %index186, i64 0
  %broadcast.splat188 = shufflevector <8 x i64> %broadcast.splatinsert187, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv = or <8 x i64> %broadcast.splat188, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %103 = icmp ule <8 x i64> %vec.iv, %broadcast.splat185
  %104 = add i64 %index186, %mul13.us
  %105 = getelementptr inbounds float, float* %x, i64 %104
  %106 = bitcast float* %105 to <8 x float>*
  %wide.masked.load = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %106, i32 4, <8 x i1> %103, <8 x float> poison)
  %107 = fmul <8 x float> %broadcast.splat190, %wide.masked.load
  %108 = fadd <8 x float> %broadcast.splat192, %107
  %109 = getelementptr inbounds float, float* %y, i64 %104
  %110 = bitcast float* %109 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %108, <8 x float>* %110, i32 4, <8 x i1> %103)
  %index.next193 = or i64 %index186, 8
  %broadcast.splatinsert187.1 = insertelement <8 x i64> poison, i64 %index.next193, i64 0
  %broadcast.splat188.1 = shufflevector <8 x i64> %broadcast.splatinsert187.1, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv.1 = or <8 x i64> %broadcast.splat188.1, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %111 = icmp ule <8 x i64> %vec.iv.1, %broadcast.splat185
  %112 = add i64 %index.next193, %mul13.us
  %113 = getelementptr inbounds float, float* %x, i64 %112
  %114 = bitcast float* %113 to <8 x float>*
  %wide.masked.load.1 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %114, i32 4, <8 x i1> %111, <8 x float> poison)
  %115 = fmul <8 x float> %broadcast.splat190, %wide.masked.load.1
  %116 = fadd <8 x float> %broadcast.splat192, %115
  %117 = getelementptr inbounds float, float* %y, i64 %112
  %118 = bitcast float* %117 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %116, <8 x float>* %118, i32 4, <8 x i1> %111)
  %index.next193.1 = add i64 %index186, 16
  %niter199.next.1 = add i64 %niter199, 2
  %niter199.ncmp.1 = icmp eq i64 %niter199.next.1, %unroll_iter198
  br i1 %niter199.ncmp.1, label %done20.us.loopexit.unr-lcssa, label %vector.body179, !llvm.loop !4

done20.us.loopexit.unr-lcssa:                     ; preds = %vector.body179, %vector.ph180
  %index186.unr = phi i64 [ 0, %vector.ph180 ], [ %index.next193.1, %vector.body179 ]
  %lcmp.mod197.not = icmp eq i64 %xtraiter196, 0
  br i1 %lcmp.mod197.not, label %done20.us, label %vector.body179.epil

vector.body179.epil:                              ; preds = %done20.us.loopexit.unr-lcssa
  %broadcast.splatinsert187.epil = insertelement <8 x i64> poison, i64 %index186.unr, i64 0
  %broadcast.splat188.epil = shufflevector <8 x i64> %broadcast.splatinsert187.epil, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv.epil = or <8 x i64> %broadcast.splat188.epil, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %119 = icmp ule <8 x i64> %vec.iv.epil, %broadcast.splat185
  %120 = add i64 %index186.unr, %mul13.us
  %121 = getelementptr inbounds float, float* %x, i64 %120
  %122 = bitcast float* %121 to <8 x float>*
  %wide.masked.load.epil = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %122, i32 4, <8 x i1> %119, <8 x float> poison)
  %123 = fmul <8 x float> %broadcast.splat190, %wide.masked.load.epil
  %124 = fadd <8 x float> %broadcast.splat192, %123
  %125 = getelementptr inbounds float, float* %y, i64 %120
  %126 = bitcast float* %125 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %124, <8 x float>* %126, i32 4, <8 x i1> %119)
  br label %done20.us

done20.us:                                        ; preds = %vector.body179.epil, %done20.us.loopexit.unr-lcssa, %body5.us
  %sub27.us = sub i64 %s, %sel.us
  %body28.us = and i64 %sub27.us, -8
  %add29.us = or i64 %body28.us, %sel.us
  %go34102.us = icmp slt i64 %sel.us, %add29.us
  br i1 %go34102.us, label %body31.us, label %loop42.preheader.us

done44.us:                                        ; preds = %body43.us, %middle.block145, %loop42.preheader.us
  %next54.us = add nuw nsw i64 %i7107.us, 1
  %exitcond121.not = icmp eq i64 %next54.us, %c
  br i1 %exitcond121.not, label %loop4.done6_crit_edge.us, label %body5.us

body43.us:                                        ; preds = %body43.us.preheader194, %body43.us
  %i45105.us = phi i64 [ %next53.us, %body43.us ], [ %i45105.us.ph, %body43.us.preheader194 ]
  %add47.us = add i64 %i45105.us, %mul13.us
  %p48.us = getelementptr inbounds float, float* %x, i64 %add47.us
  %v49.us = load float, float* %p48.us, align 4
  %fmul50.us = fmul float %v.us, %v49.us
  %fadd51.us = fadd float %v10.us, %fmul50.us
  %p52.us = getelementptr inbounds float, float* %y, i64 %add47.us
  store float %fadd51.us, float* %p52.us, align 4
  %next53.us = add nsw i64 %i45105.us, 1
  %exitcond120.not = icmp eq i64 %next53.us, %s
  br i1 %exitcond120.not, label %done44.us, label %body43.us, !llvm.loop !5

body31.us:                                        ; preds = %done20.us, %body31.us
  %i33103.us = phi i64 [ %next41.us, %body31.us ], [ %sel.us, %done20.us ]
  %add35.us = add i64 %i33103.us, %mul13.us
  %p36.us = getelementptr inbounds float, float* %x, i64 %add35.us
  %vp.us = bitcast float* %p36.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %fmul37.us = fmul <8 x float> %splat.us, %vec.us
  %fadd38.us = fadd <8 x float> %splat15.us, %fmul37.us
  %p39.us = getelementptr inbounds float, float* %y, i64 %add35.us
  %vp40.us = bitcast float* %p39.us to <8 x float>*
  store <8 x float> %fadd38.us, <8 x float>* %vp40.us, align 32, !nontemporal !6
  %next41.us = add i64 %i33103.us, 8
  %go34.us = icmp slt i64 %next41.us, %add29.us
  br i1 %go34.us, label %body31.us, label %loop42.preheader.us

loop42.preheader.us:                              ; preds = %body31.us, %done20.us
  %go46104.us = icmp slt i64 %add29.us, %s
  br i1 %go46104.us, label %body43.us.preheader, label %done44.us

body43.us.preheader:                              ; preds = %loop42.preheader.us
  %127 = sub i64 %s, %add29.us
  %min.iters.check148 = icmp ult i64 %127, 32
  br i1 %min.iters.check148, label %body43.us.preheader194, label %vector.ph149

vector.ph149:                                     ; preds = %body43.us.preheader
  %n.vec151 = and i64 %127, -32
  %ind.end = add i64 %add29.us, %n.vec151
  %broadcast.splatinsert159 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat160 = shufflevector <8 x float> %broadcast.splatinsert159, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert161 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat162 = shufflevector <8 x float> %broadcast.splatinsert161, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert163 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat164 = shufflevector <8 x float> %broadcast.splatinsert163, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert165 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat166 = shufflevector <8 x float> %broadcast.splatinsert165, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert167 = insertelement <8 x float> poison, float %v10.us, i64 0
  %broadcast.splat168 = shufflevector <8 x float> %broadcast.splatinsert167, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert169 = insertelement <8 x float> poison, float %v10.us, i64 0
  %broadcast.splat170 = shufflevector <8 x float> %broadcast.splatinsert169, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert171 = insertelement <8 x float> poison, float %v10.us, i64 0
  %broadcast.splat172 = shufflevector <8 x float> %broadcast.splatinsert171, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert173 = insertelement <8 x float> poison, float %v10.us, i64 0
  %broadcast.splat174 = shufflevector <8 x float> %broadcast.splatinsert173, <8 x float> poison, <8 x i32> zeroinitializer
  %128 = add i64 %n.vec151, -32
  %129 = lshr exact i64 %128, 5
  %130 = add nuw nsw i64 %129, 1
  %xtraiter200 = and i64 %130, 1
  %131 = icmp eq i64 %128, 0
  br i1 %131, label %middle.block145.unr-lcssa, label %vector.ph149.new

vector.ph149.new:                                 ; preds = %vector.ph149
  %unroll_iter202 = and i64 %130, 1152921504606846974
  br label %vector.body147

vector.body147:                                   ; preds = %vector.body147, %vector.ph149.new
  %index154 = phi i64 [ 0, %vector.ph149.new ], [ %index.next175.1, %vector.body147 ]
  %niter203 = phi i64 [ 0, %vector.ph149.new ], [ %niter203.next.1, %vector.body147 ]
  %offset.idx = add i64 %add29.us, %index154
  %132 = add i64 %offset.idx, %mul13.us
  %133 = getelementptr inbounds float, float* %x, i64 %132
  %134 = bitcast float* %133 to <8 x float>*
  %wide.load155 = load <8 x float>, <8 x float>* %134, align 4
  %135 = getelementptr inbounds float, float* %133, i64 8
  %136 = bitcast float* %135 to <8 x float>*
  %wide.load156 = load <8 x float>, <8 x float>* %136, align 4
  %137 = getelementptr inbounds float, float* %133, i64 16
  %138 = bitcast float* %137 to <8 x float>*
  %wide.load157 = load <8 x float>, <8 x float>* %138, align 4
  %139 = getelementptr inbounds float, float* %133, i64 24
  %140 = bitcast float* %139 to <8 x float>*
  %wide.load158 = load <8 x float>, <8 x float>* %140, align 4
  %141 = fmul <8 x float> %broadcast.splat160, %wide.load155
  %142 = fmul <8 x float> %broadcast.splat162, %wide.load156
  %143 = fmul <8 x float> %broadcast.splat164, %wide.load157
  %144 = fmul <8 x float> %broadcast.splat166, %wide.load158
  %145 = fadd <8 x float> %broadcast.splat168, %141
  %146 = fadd <8 x float> %broadcast.splat170, %142
  %147 = fadd <8 x float> %broadcast.splat172, %143
  %148 = fadd <8 x float> %broadcast.splat174, %144
  %149 = getelementptr inbounds float, float* %y, i64 %132
  %150 = bitcast float* %149 to <8 x float>*
  store <8 x float> %145, <8 x float>* %150, align 4
  %151 = getelementptr inbounds float, float* %149, i64 8
  %152 = bitcast float* %151 to <8 x float>*
  store <8 x float> %146, <8 x float>* %152, align 4
  %153 = getelementptr inbounds float, float* %149, i64 16
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %147, <8 x float>* %154, align 4
  %155 = getelementptr inbounds float, float* %149, i64 24
  %156 = bitcast float* %155 to <8 x float>*
  store <8 x float> %148, <8 x float>* %156, align 4
  %index.next175 = or i64 %index154, 32
  %offset.idx.1 = add i64 %add29.us, %index.next175
  %157 = add i64 %offset.idx.1, %mul13.us
  %158 = getelementptr inbounds float, float* %x, i64 %157
  %159 = bitcast float* %158 to <8 x float>*
  %wide.load155.1 = load <8 x float>, <8 x float>* %159, align 4
  %160 = getelementptr inbounds float, float* %158, i64 8
  %161 = bitcast float* %160 to <8 x float>*
  %wide.load156.1 = load <8 x float>, <8 x float>* %161, align 4
  %162 = getelementptr inbounds float, float* %158, i64 16
  %163 = bitcast float* %162 to <8 x float>*
  %wide.load157.1 = load <8 x float>, <8 x float>* %163, align 4
  %164 = getelementptr inbounds float, float* %158, i64 24
  %165 = bitcast float* %164 to <8 x float>*
  %wide.load158.1 = load <8 x float>, <8 x float>* %165, align 4
  %166 = fmul <8 x float> %broadcast.splat160, %wide.load155.1
  %167 = fmul <8 x float> %broadcast.splat162, %wide.load156.1
  %168 = fmul <8 x float> %broadcast.splat164, %wide.load157.1
  %169 = fmul <8 x float> %broadcast.splat166, %wide.load158.1
  %170 = fadd <8 x float> %broadcast.splat168, %166
  %171 = fadd <8 x float> %broadcast.splat170, %167
  %172 = fadd <8 x float> %broadcast.splat172, %168
  %173 = fadd <8 x float> %broadcast.splat174, %169
  %174 = getelementptr inbounds float, float* %y, i64 %157
  %175 = bitcast float* %174 to <8 x float>*
  store <8 x float> %170, <8 x float>* %175, align 4
  %176 = getelementptr inbounds float, float* %174, i64 8
  %177 = bitcast float* %176 to <8 x float>*
  store <8 x float> %171, <8 x float>* %177, align 4
  %178 = getelementptr inbounds float, float* %174, i64 16
  %179 = bitcast float* %178 to <8 x float>*
  store <8 x float> %172, <8 x float>* %179, align 4
  %180 = getelementptr inbounds float, float* %174, i64 24
  %181 = bitcast float* %180 to <8 x float>*
  store <8 x float> %173, <8 x float>* %181, align 4
  %index.next175.1 = add nuw i64 %index154, 64
  %niter203.next.1 = add i64 %niter203, 2
  %niter203.ncmp.1 = icmp eq i64 %niter203.next.1, %unroll_iter202
  br i1 %niter203.ncmp.1, label %middle.block145.unr-lcssa, label %vector.body147, !llvm.loop !7

middle.block145.unr-lcssa:                        ; preds = %vector.body147, %vector.ph149
  %index154.unr = phi i64 [ 0, %vector.ph149 ], [ %index.next175.1, %vector.body147 ]
  %lcmp.mod201.not = icmp eq i64 %xtraiter200, 0
  br i1 %lcmp.mod201.not, label %middle.block145, label %vector.body147.epil

vector.body147.epil:                              ; preds = %middle.block145.unr-lcssa
  %offset.idx.epil = add i64 %add29.us, %index154.unr
  %182 = add i64 %offset.idx.epil, %mul13.us
  %183 = getelementptr inbounds float, float* %x, i64 %182
  %184 = bitcast float* %183 to <8 x float>*
  %wide.load155.epil = load <8 x float>, <8 x float>* %184, align 4
  %185 = getelementptr inbounds float, float* %183, i64 8
  %186 = bitcast float* %185 to <8 x float>*
  %wide.load156.epil = load <8 x float>, <8 x float>* %186, align 4
  %187 = getelementptr inbounds float, float* %183, i64 16
  %188 = bitcast float* %187 to <8 x float>*
  %wide.load157.epil = load <8 x float>, <8 x float>* %188, align 4
  %189 = getelementptr inbounds float, float* %183, i64 24
  %190 = bitcast float* %189 to <8 x float>*
  %wide.load158.epil = load <8 x float>, <8 x float>* %190, align 4
  %191 = fmul <8 x float> %broadcast.splat160, %wide.load155.epil
  %192 = fmul <8 x float> %broadcast.splat162, %wide.load156.epil
  %193 = fmul <8 x float> %broadcast.splat164, %wide.load157.epil
  %194 = fmul <8 x float> %broadcast.splat166, %wide.load158.epil
  %195 = fadd <8 x float> %broadcast.splat168, %191
  %196 = fadd <8 x float> %broadcast.splat170, %192
  %197 = fadd <8 x float> %broadcast.splat172, %193
  %198 = fadd <8 x float> %broadcast.splat174, %194
  %199 = getelementptr inbounds float, float* %y, i64 %182
  %200 = bitcast float* %199 to <8 x float>*
  store <8 x float> %195, <8 x float>* %200, align 4
  %201 = getelementptr inbounds float, float* %199, i64 8
  %202 = bitcast float* %201 to <8 x float>*
  store <8 x float> %196, <8 x float>* %202, align 4
  %203 = getelementptr inbounds float, float* %199, i64 16
  %204 = bitcast float* %203 to <8 x float>*
  store <8 x float> %197, <8 x float>* %204, align 4
  %205 = getelementptr inbounds float, float* %199, i64 24
  %206 = bitcast float* %205 to <8 x float>*
  store <8 x float> %198, <8 x float>* %206, align 4
  br label %middle.block145

middle.block145:                                  ; preds = %middle.block145.unr-lcssa, %vector.body147.epil
  %cmp.n153 = icmp eq i64 %127, %n.vec151
  br i1 %cmp.n153, label %done44.us, label %body43.us.preheader194

body43.us.preheader194:                           ; preds = %body43.us.preheader, %middle.block145
  %i45105.us.ph = phi i64 [ %add29.us, %body43.us.preheader ], [ %ind.end, %middle.block145 ]
  br label %body43.us

loop4.done6_crit_edge.us:                         ; preds = %done44.us
  %next55.us = add nuw nsw i64 %i109.us, 1
  %exitcond122.not = icmp eq i64 %next55.us, %n
  br i1 %exitcond122.not, label %join, label %loop4.preheader.us

join:                                             ; preds = %loop61.done63_crit_edge.split.us.us.us, %loop4.done6_crit_edge.us, %loop56.preheader, %loop.preheader
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
