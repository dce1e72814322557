; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind
define void @syncbn_sgd_update_momentum(float* noalias nocapture readonly %grad, i64 %len, float %lr, float %weight_decay, float %momentum, i64 %first, float* noalias nocapture %param, float* noalias nocapture %buf) local_unnamed_addr #0 {
entry:
  %go12 = icmp sgt i64 %len, 0
  br i1 %go12, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %fcmp = fcmp one float %weight_decay, 0.000000e+00
  %cmp.not = icmp eq i64 %first, 0
  %min.iters.check = icmp ult i64 %len, 16
  br i1 %min.iters.check, label %body.preheader, label %vector.ph

vector.ph:                                        ; preds = %body.lr.ph
  %n.vec = and i64 %len, -16
  %broadcast.splatinsert = insertelement <8 x float> poison, float %weight_decay, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert17 = insertelement <8 x float> poison, float %weight_decay, i64 0
  %broadcast.splat18 = shufflevector <8 x float> %broadcast.splatinsert17, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert21 = insertelement <8 x float> poison, float %momentum, i64 0
  %broadcast.splat22 = shufflevector <8 x float> %broadcast.splatinsert21, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert23 = insertelement <8 x float> poison, float %momentum, i64 0
  %broadcast.splat24 = shufflevector <8 x float> %broadcast.splatinsert23, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert25 = insertelement <8 x float> poison, float %lr, i64 0
  %broadcast.splat26 = shufflevector <8 x float> %broadcast.splatinsert25, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert27 = insertelement <8 x float> poison, float %lr, i64 0
  %broadcast.splat28 = shufflevector <8 x float> %broadcast.splatinsert27, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %0 = getelementptr inbounds float, float* %grad, i64 %index
  %1 = bitcast float* %0 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %1, align 4
  %2 = getelementptr inbounds float, float* %0, i64 8
  %3 = bitcast float* %2 to <8 x float>*
  %wide.load14 = load <8 x float>, <8 x float>* %3, align 4
  %4 = getelementptr inbounds float, float* %param, i64 %index
  %5 = bitcast float* %4 to <8 x float>*
  %wide.load15 = load <8 x float>, <8 x float>* %5, align 4
  %6 = getelementptr inbounds float, float* %4, i64 8
  %7 = bitcast float* %6 to <8 x float>*
  %wide.load16 = load <8 x float>, <8 x float>* %7, align 4
  %8 = fmul <8 x float> %wide.load15, %broadcast.splat
  %9 = fmul <8 x float> %wide.load16, %broadcast.splat18
  %10 = select i1 %fcmp, <8 x float> %8, <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %11 = select i1 %fcmp, <8 x float> %9, <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %12 = fadd <8 x float> %wide.load, %10
  %13 = fadd <8 x float> %wide.load14, %11
  %14 = getelementptr inbounds float, float* %buf, i64 %index
  %15 = bitcast float* %14 to <8 x float>*
  %wide.load19 = load <8 x float>, <8 x float>* %15, align 4
  %16 = getelementptr inbounds float, float* %14, i64 8
  %17 = bitcast float* %16 to <8 x float>*
  %wide.load20 = load <8 x float>, <8 x float>* %17, align 4
  %18 = fmul <8 x float> %wide.load19, %broadcast.splat22
  %19 = fmul <8 x float> %wide.load20, %broadcast.splat24
  %20 = select i1 %cmp.not, <8 x float> %18, <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %21 = select i1 %cmp.not, <8 x float> %19, <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %22 = fadd <8 x float> %12, %20
  %23 = fadd <8 x float> %13, %21
  %24 = bitcast float* %14 to <8 x float>*
  store <8 x float> %22, <8 x float>* %24, align 4
  %25 = bitcast float* %16 to <8 x float>*
  store <8 x float> %23, <8 x float>* %25, align 4
  %26 = fmul <8 x float> %22, %broadcast.splat26
  %27 = fmul <8 x float> %23, %broadcast.splat28
  %28 = fsub <8 x float> %wide.load15, %26
  %29 = fsub <8 x float> %wide.load16, %27
  %30 = bitcast float* %4 to <8 x float>*
  store <8 x float> %28, <8 x float>* %30, align 4
  %31 = bitcast float* %6 to <8 x float>*
  store <8 x float> %29, <8 x float>* %31, align 4
  %index.next = add nuw i64 %index, 16
  %32 = icmp eq i64 %index.next, %n.vec
  br i1 %32, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %n.vec, %len
  br i1 %cmp.n, label %done, label %body.preheader

body.preheader:                                   ; preds = %body.lr.ph, %middle.block
  %i13.ph = phi i64 [ 0, %body.lr.ph ], [ %n.vec, %middle.block ]
  br label %body

body:                                             ; preds = %body.preheader, %body
  %i13 = phi i64 [ %next, %body ], [ %i13.ph, %body.preheader ]
  %p = getelementptr inbounds float, float* %grad, i64 %i13
  %v = load float, float* %p, align 4
  %p1 = getelementptr inbounds float, float* %param, i64 %i13
  %v2 = load float, float* %p1, align 4
  %fmul = fmul float %v2, %weight_decay
  %fadd = select i1 %fcmp, float %fmul, float -0.000000e+00
  %sel = fadd float %v, %fadd
  %p3 = getelementptr inbounds float, float* %buf, i64 %i13
  %v4 = load float, float* %p3, align 4
  %fmul5 = fmul float %v4, %momentum
  %fadd6 = select i1 %cmp.not, float %fmul5, float -0.000000e+00
  %sel7 = fadd float %sel, %fadd6
  store float %sel7, float* %p3, align 4
  %33 = fmul float %sel7, %lr
  %fadd10 = fsub float %v2, %33
  store float %fadd10, float* %p1, align 4
  %next = add nuw nsw i64 %i13, 1
  %exitcond.not = icmp eq i64 %next, %len
  br i1 %exitcond.not, label %done, label %body, !llvm.loop !2

done:                                             ; preds = %body, %middle.block, %entry
  ret void
}

attributes #0 = { nofree norecurse nosync nounwind "target-cpu"="x86-64-v3" "target-features" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.unroll.runtime.disable"}
