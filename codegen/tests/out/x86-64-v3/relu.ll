; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree nosync nounwind
define void @syncbn_relu(float* noalias nocapture readonly %a, i64 %len, float* noalias nocapture writeonly %y) local_unnamed_addr #0 {
entry:
  %go2 = icmp sgt i64 %len, 0
  br i1 %go2, label %body.preheader, label %done

body.preheader:                                   ; preds = %entry
  %min.iters.check = icmp ult i64 %len, 32
  br i1 %min.iters.check, label %body.preheader7, label %vector.ph

vector.ph:                                        ; preds = %body.preheader
  %n.vec = and i64 %len, -32
  %0 = add i64 %n.vec, -32
  %1 = lshr exact i64 %0, 5
  %2 = add nuw nsw i64 %1, 1
  %xtraiter = and i64 %2, 1
  %3 = icmp eq i64 %0, 0
  br i1 %3, label %middle.block.unr-lcssa, label %vector.ph.new

vector.ph.new:                                    ; preds = %vector.ph
  %unroll_iter = and i64 %2, 1152921504606846974
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph.new
  %index = phi i64 [ 0, %vector.ph.new ], [ %index.next.1, %vector.body ]
  %niter = phi i64 [ 0, %vector.ph.new ], [ %niter.next.1, %vector.body ]
  %4 = getelementptr inbounds float, float* %a, i64 %index
  %5 = bitcast float* %4 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %5, align 4
  %6 = getelementptr inbounds float, float* %4, i64 8
  %7 = bitcast float* %6 to <8 x float>*
  %wide.load4 = load <8 x float>, <8 x float>* %7, align 4
  %8 = getelementptr inbounds float, float* %4, i64 16
  %9 = bitcast float* %8 to <8 x float>*
  %wide.load5 = load <8 x float>, <8 x float>* %9, align 4
  %10 = getelementptr inbounds float, float* %4, i64 24
  %11 = bitcast float* %10 to <8 x float>*
  %wide.load6 = load <8 x float>, <8 x float>* %11, align 4
  %12 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load, <8 x float> zeroinitializer)
  %13 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load4, <8 x float> zeroinitializer)
  %14 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load5, <8 x float> zeroinitializer)
  %15 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load6, <8 x float> zeroinitializer)
  %16 = getelementptr inbounds float, float* %y, i64 %index
  %17 = bitcast float* %16 to <8 x float>*
  store <8 x float> %12, <8 x float>* %17, align 4
  %18 = getelementptr inbounds float, float* %16, i64 8
  %19 = bitcast float* %18 to <8 x float>*
  store <8 x float> %13, <8 x float>* %19, align 4
  %20 = getelementptr inbounds float, float* %16, i64 16
  %21 = bitcast float* %20 to <8 x float>*
  store <8 x float> %14, <8 x float>* %21, align 4
  %22 = getelementptr inbounds float, float* %16, i64 24
  %23 = bitcast float* %22 to <8 x float>*
  store <8 x float> %15, <8 x float>* %23, align 4
  %index.next = or i64 %index, 32
  %24 = getelementptr inbounds float, float* %a, i64 %index.next
  %25 = bitcast float* %24 to <8 x float>*
  %wide.load.1 = load <8 x float>, <8 x float>* %25, align 4
  %26 = getelementptr inbounds float, float* %24, i64 8
  %27 = bitcast float* %26 to <8 x float>*
  %wide.load4.1 = load <8 x float>, <8 x float>* %27, align 4
  %28 = getelementptr inbounds float, float* %24, i64 16
  %29 = bitcast float* %28 to <8 x float>*
  %wide.load5.1 = load <8 x float>, <8 x float>* %29, align 4
  %30 = getelementptr inbounds float, float* %24, i64 24
  %31 = bitcast float* %30 to <8 x float>*
  %wide.load6.1 = load <8 x float>, <8 x float>* %31, align 4
  %32 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load.1, <8 x float> zeroinitializer)
  %33 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load4.1, <8 x float> zeroinitializer)
  %34 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load5.1, <8 x float> zeroinitializer)
  %35 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load6.1, <8 x float> zeroinitializer)
  %36 = getelementptr inbounds float, float* %y, i64 %index.next
  %37 = bitcast float* %36 to <8 x float>*
  store <8 x float> %32, <8 x float>* %37, align 4
  %38 = getelementptr inbounds float, float* %36, i64 8
  %39 = bitcast float* %38 to <8 x float>*
  store <8 x float> %33, <8 x float>* %39, align 4
  %40 = getelementptr inbounds float, float* %36, i64 16
  %41 = bitcast float* %40 to <8 x float>*
  store <8 x float> %34, <8 x float>* %41, align 4
  %42 = getelementptr inbounds float, float* %36, i64 24
  %43 = bitcast float* %42 to <8 x float>*
  store <8 x float> %35, <8 x float>* %43, align 4
  %index.next.1 = add nuw i64 %index, 64
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %middle.block.unr-lcssa, label %vector.body, !llvm.loop !0

middle.block.unr-lcssa:                           ; preds = %vector.body, %vector.ph
  %index.unr = phi i64 [ 0, %vector.ph ], [ %index.next.1, %vector.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %middle.block, label %vector.body.epil

vector.body.epil:                                 ; preds = %middle.block.unr-lcssa
  %44 = getelementptr inbounds float, float* %a, i64 %index.unr
  %45 = bitcast float* %44 to <8 x float>*
  %wide.load.epil = load <8 x float>, <8 x float>* %45, align 4
  %46 = getelementptr inbounds float, float* %44, i64 8
  %47 = bitcast float* %46 to <8 x float>*
  %wide.load4.epil = load <8 x float>, <8 x float>* %47, align 4
  %48 = getelementptr inbounds float, float* %44, i64 16
  %49 = bitcast float* %48 to <8 x float>*
  %wide.load5.epil = load <8 x float>, <8 x float>* %49, align 4
  %50 = getelementptr inbounds float, float* %44, i64 24
  %51 = bitcast float* %50 to <8 x float>*
  %wide.load6.epil = load <8 x float>, <8 x float>* %51, align 4
  %52 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load.epil, <8 x float> zeroinitializer)
  %53 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load4.epil, <8 x float> zeroinitializer)
  %54 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load5.epil, <8 x float> zeroinitializer)
  %55 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load6.epil, <8 x float> zeroinitializer)
  %56 = getelementptr inbounds float, float* %y, i64 %index.unr
  %57 = bitcast float* %56 to <8 x float>*
  store <8 x float> %52, <8 x float>* %57, align 4
  %58 = getelementptr inbounds float, float* %56, i64 8
  %59 = bitcast float* %58 to <8 x float>*
  store <8 x float> %53, <8 x float>* %59, align 4
  %60 = getelementptr inbounds float, float* %56, i64 16
  %61 = bitcast float* %60 to <8 x float>*
  store <8 x float> %54, <8 x float>* %61, align 4
  %62 = getelementptr inbounds float, float* %56, i64 24
  %63 = bitcast float* %62 to <8 x float>*
  store <8 x float> %55, <8 x float>* %63, align 4
  br label %middle.block

middle.block:                                     ; preds = %middle.block.unr-lcssa, %vector.body.epil
  %cmp.n = icmp eq i64 %n.vec, %len
  br i1 %cmp.n, label %done, label %body.preheader7

body.preheader7:                                  ; preds = %body.preheader, %middle.block
  %i3.ph = phi i64 [ 0, %body.preheader ], [ %n.vec, %middle.block ]
  br label %body

body:                                             ; preds = %body.preheader7, %body
  %i3 = phi i64 [ %next, %body ], [ %i3.ph, %body.preheader7 ]
  %p = getelementptr inbounds float, float* %a, i64 %i3
  %v = load float, float* %p, align 4
  %call = tail call float @llvm.maxnum.f32(float %v, float 0.000000e+00)
  %p1 = getelementptr inbounds float, float* %y, i64 %i3
  store float %call, float* %p1, align 4
  %next = add nuw nsw i64 %i3, 1
  %exitcond.not = icmp eq i64 %next, %len
  br i1 %exitcond.not, label %done, label %body, !llvm.loop !2

done:                                             ; preds = %body, %middle.block, %entry
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #2

attributes #0 = { nofree nosync nounwind "target-cpu"="x86-64-v3" "target-features" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.unroll.runtime.disable"}
