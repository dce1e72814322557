; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree nosync nounwind
define void @syncbn_clip(float* noalias nocapture readonly %a, i64 %len, float %lo, float %hi, float* noalias nocapture writeonly %y) local_unnamed_addr #0 {
entry:
  %go3 = icmp sgt i64 %len, 0
  br i1 %go3, label %body.preheader, label %done

body.preheader:                                   ; preds = %entry
  %min.iters.check = icmp ult i64 %len, 32
  br i1 %min.iters.check, label %body.preheader22, label %vector.ph

vector.ph:                                        ; preds = %body.preheader
  %n.vec = and i64 %len, -32
  %broadcast.splatinsert = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert8 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat9 = shufflevector <8 x float> %broadcast.splatinsert8, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert10 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat11 = shufflevector <8 x float> %broadcast.splatinsert10, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert12 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat13 = shufflevector <8 x float> %broadcast.splatinsert12, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert14 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat15 = shufflevector <8 x float> %broadcast.splatinsert14, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert16 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat17 = shufflevector <8 x float> %broadcast.splatinsert16, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert18 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat19 = shufflevector <8 x float> %broadcast.splatinsert18, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert20 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat21 = shufflevector <8 x float> %broadcast.splatinsert20, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %0 = getelementptr inbounds float, float* %a, i64 %index
  %1 = bitcast float* %0 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %1, align 4
  %2 = getelementptr inbounds float, float* %0, i64 8
  %3 = bitcast float* %2 to <8 x float>*
  %wide.load5 = load <8 x float>, <8 x float>* %3, align 4
  %4 = getelementptr inbounds float, float* %0, i64 16
  %5 = bitcast float* %4 to <8 x float>*
  %wide.load6 = load <8 x float>, <8 x float>* %5, align 4
  %6 = getelementptr inbounds float, float* %0, i64 24
  %7 = bitcast float* %6 to <8 x float>*
  %wide.load7 = load <8 x float>, <8 x float>* %7, align 4
  %8 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load, <8 x float> %broadcast.splat)
  %9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load5, <8 x float> %broadcast.splat9)
  %10 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load6, <8 x float> %broadcast.splat11)
  %11 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load7, <8 x float> %broadcast.splat13)
  %12 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %8, <8 x float> %broadcast.splat15)
  %13 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %9, <8 x float> %broadcast.splat17)
  %14 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %10, <8 x float> %broadcast.splat19)
  %15 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %11, <8 x float> %broadcast.splat21)
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
  %index.next = add nuw i64 %index, 32
  %24 = icmp eq i64 %index.next, %n.vec
  br i1 %24, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %n.vec, %len
  br i1 %cmp.n, label %done, label %body.preheader22

body.preheader22:                                 ; preds = %body.preheader, %middle.block
  %i4.ph = phi i64 [ 0, %body.preheader ], [ %n.vec, %middle.block ]
  br label %body

body:                                             ; preds = %body.preheader22, %body
  %i4 = phi i64 [ %next, %body ], [ %i4.ph, %body.preheader22 ]
  %p = getelementptr inbounds float, float* %a, i64 %i4
  %v = load float, float* %p, align 4
  %call = tail call float @llvm.maxnum.f32(float %v, float %lo)
  %call1 = tail call float @llvm.minnum.f32(float %call, float %hi)
  %p2 = getelementptr inbounds float, float* %y, i64 %i4
  store float %call1, float* %p2, align 4
  %next = add nuw nsw i64 %i4, 1
  %exitcond.not = icmp eq i64 %next, %len
  br i1 %exitcond.not, label %done, label %body, !llvm.loop !2

done:                                             ; preds = %body, %middle.block, %entry
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #2

attributes #0 = { nofree nosync nounwind "target-cpu"="x86-64-v3" "target-features" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.unroll.runtime.disable"}
