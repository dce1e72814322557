; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind
define void @syncbn_add(float* noalias nocapture readonly %a, float* noalias nocapture readonly %b, i64 %len, float* noalias nocapture writeonly %y) local_unnamed_addr #0 {
entry:
  %go4 = icmp sgt i64 %len, 0
  br i1 %go4, label %body.preheader, label %done

body.preheader:                                   ; preds = %entry
  %min.iters.check = icmp ult i64 %len, 32
  br i1 %min.iters.check, label %body.preheader13, label %vector.ph

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
  %wide.load6 = load <8 x float>, <8 x float>* %7, align 4
  %8 = getelementptr inbounds float, float* %4, i64 16
  %9 = bitcast float* %8 to <8 x float>*
  %wide.load7 = load <8 x float>, <8 x float>* %9, align 4
  %10 = getelementptr inbounds float, float* %4, i64 24
  %11 = bitcast float* %10 to <8 x float>*
  %wide.load8 = load <8 x float>, <8 x float>* %11, align 4
  %12 = getelementptr inbounds float, float* %b, i64 %index
  %13 = bitcast float* %12 to <8 x float>*
  %wide.load9 = load <8 x float>, <8 x float>* %13, align 4
  %14 = getelementptr inbounds float, float* %12, i64 8
  %15 = bitcast float* %14 to <8 x float>*
  %wide.load10 = load <8 x float>, <8 x float>* %15, align 4
  %16 = getelementptr inbounds float, float* %12, i64 16
  %17 = bitcast float* %16 to <8 x float>*
  %wide.load11 = load <8 x float>, <8 x float>* %17, align 4
  %18 = getelementptr inbounds float, float* %12, i64 24
  %19 = bitcast float* %18 to <8 x float>*
  %wide.load12 = load <8 x float>, <8 x float>* %19, align 4
  %20 = fadd <8 x float> %wide.load, %wide.load9
  %21 = fadd <8 x float> %wide.load6, %wide.load10
  %22 = fadd <8 x float> %wide.load7, %wide.load11
  %23 = fadd <8 x float> %wide.load8, %wide.load12
  %24 = getelementptr inbounds float, float* %y, i64 %index
  %25 = bitcast float* %24 to <8 x float>*
  store <8 x float> %20, <8 x float>* %25, align 4
  %26 = getelementptr inbounds float, float* %24, i64 8
  %27 = bitcast float* %26 to <8 x float>*
  store <8 x float> %21, <8 x float>* %27, align 4
  %28 = getelementptr inbounds float, float* %24, i64 16
  %29 = bitcast float* %28 to <8 x float>*
  store <8 x float> %22, <8 x float>* %29, align 4
  %30 = getelementptr inbounds float, float* %24, i64 24
  %31 = bitcast float* %30 to <8 x float>*
  store <8 x float> %23, <8 x float>* %31, align 4
  %index.next = or i64 %index, 32
  %32 = getelementptr inbounds float, float* %a, i64 %index.next
  %33 = bitcast float* %32 to <8 x float>*
  %wide.load.1 = load <8 x float>, <8 x float>* %33, align 4
  %34 = getelementptr inbounds float, float* %32, i64 8
  %35 = bitcast float* %34 to <8 x float>*
  %wide.load6.1 = load <8 x float>, <8 x float>* %35, align 4
  %36 = getelementptr inbounds float, float* %32, i64 16
  %37 = bitcast float* %36 to <8 x float>*
  %wide.load7.1 = load <8 x float>, <8 x float>* %37, align 4
  %38 = getelementptr inbounds float, float* %32, i64 24
  %39 = bitcast float* %38 to <8 x float>*
  %wide.load8.1 = load <8 x float>, <8 x float>* %39, align 4
  %40 = getelementptr inbounds float, float* %b, i64 %index.next
  %41 = bitcast float* %40 to <8 x float>*
  %wide.load9.1 = load <8 x float>, <8 x float>* %41, align 4
  %42 = getelementptr inbounds float, float* %40, i64 8
  %43 = bitcast float* %42 to <8 x float>*
  %wide.load10.1 = load <8 x float>, <8 x float>* %43, align 4
  %44 = getelementptr inbounds float, float* %40, i64 16
  %45 = bitcast float* %44 to <8 x float>*
  %wide.load11.1 = load <8 x float>, <8 x float>* %45, align 4
  %46 = getelementptr inbounds float, float* %40, i64 24
  %47 = bitcast float* %46 to <8 x float>*
  %wide.load12.1 = load <8 x float>, <8 x float>* %47, align 4
  %48 = fadd <8 x float> %wide.load.1, %wide.load9.1
  %49 = fadd <8 x float> %wide.load6.1, %wide.load10.1
  %50 = fadd <8 x float> %wide.load7.1, %wide.load11.1
  %51 = fadd <8 x float> %wide.load8.1, %wide.load12.1
  %52 = getelementptr inbounds float, float* %y, i64 %index.next
  %53 = bitcast float* %52 to <8 x float>*
  store <8 x float> %48, <8 x float>* %53, align 4
  %54 = getelementptr inbounds float, float* %52, i64 8
  %55 = bitcast float* %54 to <8 x float>*
  store <8 x float> %49, <8 x float>* %55, align 4
  %56 = getelementptr inbounds float, float* %52, i64 16
  %57 = bitcast float* %56 to <8 x float>*
  store <8 x float> %50, <8 x float>* %57, align 4
  %58 = getelementptr inbounds float, float* %52, i64 24
  %59 = bitcast float* %58 to <8 x float>*
  store <8 x float> %51, <8 x float>* %59, align 4
  %index.next.1 = add nuw i64 %index, 64
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %middle.block.unr-lcssa, label %vector.body, !llvm.loop !0

middle.block.unr-lcssa:                           ; preds = %vector.body, %vector.ph
  %index.unr = phi i64 [ 0, %vector.ph ], [ %index.next.1, %vector.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %middle.block, label %vector.body.epil

vector.body.epil:                                 ; preds = %middle.block.unr-lcssa
  %60 = getelementptr inbounds float, float* %a, i64 %index.unr
  %61 = bitcast float* %60 to <8 x float>*
  %wide.load.epil = load <8 x float>, <8 x float>* %61, align 4
  %62 = getelementptr inbounds float, float* %60, i64 8
  %63 = bitcast float* %62 to <8 x float>*
  %wide.load6.epil = load <8 x float>, <8 x float>* %63, align 4
  %64 = getelementptr inbounds float, float* %60, i64 16
  %65 = bitcast float* %64 to <8 x float>*
  %wide.load7.epil = load <8 x float>, <8 x float>* %65, align 4
  %66 = getelementptr inbounds float, float* %60, i64 24
  %67 = bitcast float* %66 to <8 x float>*
  %wide.load8.epil = load <8 x float>, <8 x float>* %67, align 4
  %68 = getelementptr inbounds float, float* %b, i64 %index.unr
  %69 = bitcast float* %68 to <8 x float>*
  %wide.load9.epil = load <8 x float>, <8 x float>* %69, align 4
  %70 = getelementptr inbounds float, float* %68, i64 8
  %71 = bitcast float* %70 to <8 x float>*
  %wide.load10.epil = load <8 x float>, <8 x float>* %71, align 4
  %72 = getelementptr inbounds float, float* %68, i64 16
  %73 = bitcast float* %72 to <8 x float>*
  %wide.load11.epil = load <8 x float>, <8 x float>* %73, align 4
  %74 = getelementptr inbounds float, float* %68, i64 24
  %75 = bitcast float* %74 to <8 x float>*
  %wide.load12.epil = load <8 x float>, <8 x float>* %75, align 4
  %76 = fadd <8 x float> %wide.load.epil, %wide.load9.epil
  %77 = fadd <8 x float> %wide.load6.epil, %wide.load10.epil
  %78 = fadd <8 x float> %wide.load7.epil, %wide.load11.epil
  %79 = fadd <8 x float> %wide.load8.epil, %wide.load12.epil
  %80 = getelementptr inbounds float, float* %y, i64 %index.unr
  %81 = bitcast float* %80 to <8 x float>*
  store <8 x float> %76, <8 x float>* %81, align 4
  %82 = getelementptr inbounds float, float* %80, i64 8
  %83 = bitcast float* %82 to <8 x float>*
  store <8 x float> %77, <8 x float>* %83, align 4
  %84 = getelementptr inbounds float, float* %80, i64 16
  %85 = bitcast float* %84 to <8 x float>*
  store <8 x float> %78, <8 x float>* %85, align 4
  %86 = getelementptr inbounds float, float* %80, i64 24
  %87 = bitcast float* %86 to <8 x float>*
  store <8 x float> %79, <8 x float>* %87, align 4
  br label %middle.block

middle.block:                                     ; preds = %middle.block.unr-lcssa, %vector.body.epil
  %cmp.n = icmp eq i64 %n.vec, %len
  br i1 %cmp.n, label %done, label %body.preheader13

body.preheader13:                                 ; preds = %body.preheader, %middle.block
  %i5.ph = phi i64 [ 0, %body.preheader ], [ %n.vec, %middle.block ]
  br label %body

body:                                             ; preds = %body.preheader13, %body
  %i5 = phi i64 [ %next, %body ], [ %i5.ph, %body.preheader13 ]
  %p = getelementptr inbounds float, float* %a, i64 %i5
  %v = load float, float* %p, align 4
  %p1 = getelementptr inbounds float, float* %b, i64 %i5
  %v2 = load float, float* %p1, align 4
  %fadd = fadd float %v, %v2
  %p3 = getelementptr inbounds float, float* %y, i64 %i5
  store float %fadd, float* %p3, align 4
  %next = add nuw nsw i64 %i5, 1
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
