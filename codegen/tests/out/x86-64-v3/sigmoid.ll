; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree nosync nounwind
define void @syncbn_sigmoid(float* noalias nocapture readonly %a, i64 %len, float* noalias nocapture writeonly %y) local_unnamed_addr #0 {
entry:
  %go23 = icmp sgt i64 %len, 0
  br i1 %go23, label %body.preheader, label %done

body.preheader:                                   ; preds = %entry
  %min.iters.check = icmp ult i64 %len, 8
  br i1 %min.iters.check, label %body.preheader25, label %vector.ph

vector.ph:                                        ; preds = %body.preheader
  %n.vec = and i64 %len, -8
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %0 = getelementptr inbounds float, float* %a, i64 %index
  %1 = bitcast float* %0 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %1, align 4
  %2 = fneg <8 x float> %wide.load
  %3 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %2, <8 x float> <float -8.700000e+01, float -8.700000e+01, float -8.700000e+01, float -8.700000e+01, float -8.700000e+01, float -8.700000e+01, float -8.700000e+01, float -8.700000e+01>)
  %4 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %3, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %5 = fmul <8 x float> %4, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %6 = fadd <8 x float> %5, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %7 = call <8 x float> @llvm.floor.v8f32(<8 x float> %6)
  %8 = fmul <8 x float> %7, <float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000, float 0x3FE6300000000000>
  %9 = fsub <8 x float> %4, %8
  %10 = fmul <8 x float> %7, <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>
  %11 = fadd <8 x float> %9, %10
  %12 = fmul <8 x float> %11, <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>
  %13 = fadd <8 x float> %12, <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>
  %14 = fmul <8 x float> %11, %13
  %15 = fadd <8 x float> %14, <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>
  %16 = fmul <8 x float> %11, %15
  %17 = fadd <8 x float> %16, <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>
  %18 = fmul <8 x float> %11, %17
  %19 = fadd <8 x float> %18, <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>
  %20 = fmul <8 x float> %11, %19
  %21 = fadd <8 x float> %20, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %22 = fmul <8 x float> %11, %11
  %23 = fmul <8 x float> %22, %21
  %24 = fadd <8 x float> %11, %23
  %25 = fadd <8 x float> %24, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %26 = fptosi <8 x float> %7 to <8 x i32>
  %27 = shl <8 x i32> %26, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %28 = add <8 x i32> %27, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %29 = bitcast <8 x i32> %28 to <8 x float>
  %30 = fmul <8 x float> %25, %29
  %31 = fcmp uno <8 x float> %wide.load, zeroinitializer
  %32 = select <8 x i1> %31, <8 x float> %2, <8 x float> %30
  %33 = fadd <8 x float> %32, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %34 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %33
  %35 = getelementptr inbounds float, float* %y, i64 %index
  %36 = bitcast float* %35 to <8 x float>*
  store <8 x float> %34, <8 x float>* %36, align 4
  %index.next = add nuw i64 %index, 8
  %37 = icmp eq i64 %index.next, %n.vec
  br i1 %37, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %n.vec, %len
  br i1 %cmp.n, label %done, label %body.preheader25

body.preheader25:                                 ; preds = %body.preheader, %middle.block
  %i24.ph = phi i64 [ 0, %body.preheader ], [ %n.vec, %middle.block ]
  br label %body

body:                                             ; preds = %body.preheader25, %body
  %i24 = phi i64 [ %next, %body ], [ %i24.ph, %body.preheader25 ]
  %p = getelementptr inbounds float, float* %a, i64 %i24
  %v = load float, float* %p, align 4
  %neg = fneg float %v
  %call = tail call float @llvm.maxnum.f32(float %neg, float -8.700000e+01)
  %call1 = tail call float @llvm.minnum.f32(float %call, float 8.800000e+01)
  %fmul = fmul float %call1, 0x3FF7154760000000
  %fadd = fadd float %fmul, 5.000000e-01
  %call2 = tail call float @llvm.floor.f32(float %fadd)
  %fmul3 = fmul float %call2, 0x3FE6300000000000
  %fsub = fsub float %call1, %fmul3
  %fmul4 = fmul float %call2, 0x3F2BD01060000000
  %38 = fadd float %fsub, %fmul4
  %fmul6 = fmul float %38, 0x3F2A0D2CE0000000
  %fadd7 = fadd float %fmul6, 0x3F56E879C0000000
  %fmul8 = fmul float %38, %fadd7
  %fadd9 = fadd float %fmul8, 0x3F81112100000000
  %fmul10 = fmul float %38, %fadd9
  %fadd11 = fadd float %fmul10, 0x3FA5553820000000
  %fmul12 = fmul float %38, %fadd11
  %fadd13 = fadd float %fmul12, 0x3FC5555540000000
  %fmul14 = fmul float %38, %fadd13
  %fadd15 = fadd float %fmul14, 5.000000e-01
  %fmul16 = fmul float %38, %38
  %fmul17 = fmul float %fmul16, %fadd15
  %fadd18 = fadd float %38, %fmul17
  %fadd19 = fadd float %fadd18, 1.000000e+00
  %n = fptosi float %call2 to i32
  %b = shl i32 %n, 23
  %sh = add i32 %b, 1065353216
  %pow2 = bitcast i32 %sh to float
  %fmul20 = fmul float %fadd19, %pow2
  %fcmp = fcmp uno float %v, 0.000000e+00
  %sel = select i1 %fcmp, float %neg, float %fmul20
  %fadd21 = fadd float %sel, 1.000000e+00
  %fdiv = fdiv float 1.000000e+00, %fadd21
  %p22 = getelementptr inbounds float, float* %y, i64 %i24
  store float %fdiv, float* %p22, align 4
  %next = add nuw nsw i64 %i24, 1
  %exitcond.not = icmp eq i64 %next, %len
  br i1 %exitcond.not, label %done, label %body, !llvm.loop !2

done:                                             ; preds = %body, %middle.block, %entry
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.floor.v8f32(<8 x float>) #2

attributes #0 = { nofree nosync nounwind "target-cpu"="x86-64-v3" "target-features" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.unroll.runtime.disable"}
