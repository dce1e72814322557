; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind
define void @syncbn_sgd_update(float* noalias nocapture readonly %grad, i64 %len, float %lr, float %weight_decay, float* noalias nocapture %param) local_unnamed_addr #0 {
entry:
  %go6 = icmp sgt i64 %len, 0
  br i1 %go6, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %fcmp = fcmp one float %weight_decay, 0.000000e+00
  %min.iters.check = icmp ult i64 %len, 32
  br i1 %min.iters.check, label %body.preheader, label %vector.ph

vector.ph:                                        ; preds = %body.lr.ph
  %n.vec = and i64 %len, -32
  %broadcast.splatinsert = insertelement <8 x float> poison, float %weight_decay, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert15 = insertelement <8 x float> poison, float %weight_decay, i64 0
  %broadcast.splat16 = shufflevector <8 x float> %broadcast.splatinsert15, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert17 = insertelement <8 x float> poison, float %weight_decay, i64 0
  %broadcast.splat18 = shufflevector <8 x float> %broadcast.splatinsert17, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert19 = insertelement <8 x float> poison, float %weight_decay, i64 0
  %broadcast.splat20 = shufflevector <8 x float> %broadcast.splatinsert19, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert21 = insertelement <8 x float> poison, float %lr, i64 0
  %broadcast.splat22 = shufflevector <8 x float> %broadcast.splatinsert21, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert23 = insertelement <8 x float> poison, float %lr, i64 0
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
  %wide.load8 = load <8 x float>, <8 x float>* %3, align 4
  %4 = getelementptr inbounds float, float* %0, i64 16
  %5 = bitcast float* %4 to <8 x float>*
  %wide.load9 = load <8 x float>, <8 x float>* %5, align 4
  %6 = getelementptr inbounds float, float* %0, i64 24
  %7 = bitcast float* %6 to <8 x float>*
  %wide.load10 = load <8 x float>, <8 x float>* %7, align 4
  %8 = getelementptr inbounds float, float* %param, i64 %index
  %9 = bitcast float* %8 to <8 x float>*
  %wide.load11 = load <8 x float>, <8 x float>* %9, align 4
  %10 = getelementptr inbounds float, float* %8, i64 8
  %11 = bitcast float* %10 to <8 x float>*
  %wide.load12 = load <8 x float>, <8 x float>* %11, align 4
  %12 = getelementptr inbounds float, float* %8, i64 16
  %13 = bitcast float* %12 to <8 x float>*
  %wide.load13 = load <8 x float>, <8 x float>* %13, align 4
  %14 = getelementptr inbounds float, float* %8, i64 24
  %15 = bitcast float* %14 to <8 x float>*
  %wide.load14 = load <8 x float>, <8 x float>* %15, align 4
  %16 = fmul <8 x float> %wide.load11, %broadcast.splat
  %17 = fmul <8 x float> %wide.load12, %broadcast.splat16
  %18 = fmul <8 x float> %wide.load13, %broadcast.splat18
  %19 = fmul <8 x float> %wide.load14, %broadcast.splat20
  %20 = select i1 %fcmp, <8 x float> %16, <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %21 = select i1 %fcmp, <8 x float> %17, <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %22 = select i1 %fcmp, <8 x float> %18, <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %23 = select i1 %fcmp, <8 x float> %19, <8 x float> <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>
  %24 = fadd <8 x float> %wide.load, %20
  %25 = fadd <8 x float> %wide.load8, %21
  %26 = fadd <8 x float> %wide.load9, %22
  %27 = fadd <8 x float> %wide.load10, %23
  %28 = fmul <8 x float> %24, %broadcast.splat22
  %29 = fmul <8 x float> %25, %broadcast.splat24
  %30 = fmul <8 x float> %26, %broadcast.splat26
  %31 = fmul <8 x float> %27, %broadcast.splat28
  %32 = fsub <8 x float> %wide.load11, %28
  %33 = fsub <8 x float> %wide.load12, %29
  %34 = fsub <8 x float> %wide.load13, %30
  %35 = fsub <8 x float> %wide.load14, %31
  %36 = bitcast float* %8 to <8 x float>*
  store <8 x float> %32, <8 x float>* %36, align 4
  %37 = bitcast float* %10 to <8 x float>*
  store <8 x float> %33, <8 x float>* %37, align 4
  %38 = bitcast float* %12 to <8 x float>*
  store <8 x float> %34, <8 x float>* %38, align 4
  %39 = bitcast float* %14 to <8 x float>*
  store <8 x float> %35, <8 x float>* %39, align 4
  %index.next = add nuw i64 %index, 32
  %40 = icmp eq i64 %index.next, %n.vec
  br i1 %40, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %n.vec, %len
  br i1 %cmp.n, label %done, label %body.preheader

body.preheader:                                   ; preds = %body.lr.ph, %middle.block
  %i7.ph = phi i64 [ 0, %body.lr.ph ], [ %n.vec, %middle.block ]
  br label %body

body:                                             ; preds = %body.preheader, %body
  %i7 = phi i64 [ %next, %body ], [ %i7.ph, %body.preheader ]
  %p = getelementptr inbounds float, float* %grad, i64 %i7
  %v = load float, float* %p, align 4
  %p1 = getelementptr inbounds float, float* %param, i64 %i7
  %v2 = load float, float* %p1, align 4
  %fmul = fmul float %v2, %weight_decay
  %fadd = select i1 %fcmp, float %fmul, float -0.000000e+00
  %sel = fadd float %v, %fadd
  %41 = fmul float %sel, %lr
  %fadd4 = fsub float %v2, %41
  store float %fadd4, float* %p1, align 4
  %next = add nuw nsw i64 %i7, 1
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
