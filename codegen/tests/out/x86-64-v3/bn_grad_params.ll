; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind
define void @syncbn_bn_grad_params(double* noalias nocapture readonly %sums, float* noalias nocapture readonly %norm_params, i64 %c, float* noalias nocapture writeonly %d_scale, float* noalias nocapture writeonly %d_bias) local_unnamed_addr #0 {
entry:
  %go12 = icmp sgt i64 %c, 0
  br i1 %go12, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul = shl nuw i64 %c, 1
  %min.iters.check = icmp ult i64 %c, 8
  br i1 %min.iters.check, label %body.preheader, label %vector.ph

vector.ph:                                        ; preds = %body.lr.ph
  %n.vec = and i64 %c, -8
  %0 = add i64 %n.vec, -8
  %1 = lshr exact i64 %0, 3
  %2 = add nuw nsw i64 %1, 1
  %xtraiter = and i64 %2, 1
  %3 = icmp eq i64 %0, 0
  br i1 %3, label %middle.block.unr-lcssa, label %vector.ph.new

vector.ph.new:                                    ; preds = %vector.ph
  %unroll_iter = and i64 %2, 4611686018427387902
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph.new
  %index = phi i64 [ 0, %vector.ph.new ], [ %index.next.1, %vector.body ]
  %niter = phi i64 [ 0, %vector.ph.new ], [ %niter.next.1, %vector.body ]
  %4 = add i64 %index, %mul
  %5 = getelementptr inbounds float, float* %norm_params, i64 %4
  %6 = bitcast float* %5 to <4 x float>*
  %wide.load = load <4 x float>, <4 x float>* %6, align 4
  %7 = getelementptr inbounds float, float* %5, i64 4
  %8 = bitcast float* %7 to <4 x float>*
  %wide.load14 = load <4 x float>, <4 x float>* %8, align 4
  %9 = fpext <4 x float> %wide.load to <4 x double>
  %10 = fpext <4 x float> %wide.load14 to <4 x double>
  %11 = getelementptr inbounds double, double* %sums, i64 %4
  %12 = bitcast double* %11 to <4 x double>*
  %wide.load15 = load <4 x double>, <4 x double>* %12, align 8
  %13 = getelementptr inbounds double, double* %11, i64 4
  %14 = bitcast double* %13 to <4 x double>*
  %wide.load16 = load <4 x double>, <4 x double>* %14, align 8
  %15 = fmul <4 x double> %wide.load15, %9
  %16 = fmul <4 x double> %wide.load16, %10
  %17 = fptrunc <4 x double> %15 to <4 x float>
  %18 = fptrunc <4 x double> %16 to <4 x float>
  %19 = getelementptr inbounds float, float* %d_scale, i64 %index
  %20 = bitcast float* %19 to <4 x float>*
  store <4 x float> %17, <4 x float>* %20, align 4
  %21 = getelementptr inbounds float, float* %19, i64 4
  %22 = bitcast float* %21 to <4 x float>*
  store <4 x float> %18, <4 x float>* %22, align 4
  %23 = add i64 %index, %c
  %24 = getelementptr inbounds double, double* %sums, i64 %23
  %25 = bitcast double* %24 to <4 x double>*
  %wide.load17 = load <4 x double>, <4 x double>* %25, align 8
  %26 = getelementptr inbounds double, double* %24, i64 4
  %27 = bitcast double* %26 to <4 x double>*
  %wide.load18 = load <4 x double>, <4 x double>* %27, align 8
  %28 = fptrunc <4 x double> %wide.load17 to <4 x float>
  %29 = fptrunc <4 x double> %wide.load18 to <4 x float>
  %30 = getelementptr inbounds float, float* %d_bias, i64 %index
  %31 = bitcast float* %30 to <4 x float>*
  store <4 x float> %28, <4 x float>* %31, align 4
  %32 = getelementptr inbounds float, float* %30, i64 4
  %33 = bitcast float* %32 to <4 x float>*
  store <4 x float> %29, <4 x float>* %33, align 4
  %index.next = or i64 %index, 8
  %34 = add i64 %index.next, %mul
  %35 = getelementptr inbounds float, float* %norm_params, i64 %34
  %36 = bitcast float* %35 to <4 x float>*
  %wide.load.1 = load <4 x float>, <4 x float>* %36, align 4
  %37 = getelementptr inbounds float, float* %35, i64 4
  %38 = bitcast float* %37 to <4 x float>*
  %wide.load14.1 = load <4 x float>, <4 x float>* %38, align 4
  %39 = fpext <4 x float> %wide.load.1 to <4 x double>
  %40 = fpext <4 x float> %wide.load14.1 to <4 x double>
  %41 = getelementptr inbounds double, double* %sums, i64 %34
  %42 = bitcast double* %41 to <4 x double>*
  %wide.load15.1 = load <4 x double>, <4 x double>* %42, align 8
  %43 = getelementptr inbounds double, double* %41, i64 4
  %44 = bitcast double* %43 to <4 x double>*
  %wide.load16.1 = load <4 x double>, <4 x double>* %44, align 8
  %45 = fmul <4 x double> %wide.load15.1, %39
  %46 = fmul <4 x double> %wide.load16.1, %40
  %47 = fptrunc <4 x double> %45 to <4 x float>
  %48 = fptrunc <4 x double> %46 to <4 x float>
  %49 = getelementptr inbounds float, float* %d_scale, i64 %index.next
  %50 = bitcast float* %49 to <4 x float>*
  store <4 x float> %47, <4 x float>* %50, align 4
  %51 = getelementptr inbounds float, float* %49, i64 4
  %52 = bitcast float* %51 to <4 x float>*
  store <4 x float> %48, <4 x float>* %52, align 4
  %53 = add i64 %index.next, %c
  %54 = getelementptr inbounds double, double* %sums, i64 %53
  %55 = bitcast double* %54 to <4 x double>*
  %wide.load17.1 = load <4 x double>, <4 x double>* %55, align 8
  %56 = getelementptr inbounds double, double* %54, i64 4
  %57 = bitcast double* %56 to <4 x double>*
  %wide.load18.1 = load <4 x double>, <4 x double>* %57, align 8
  %58 = fptrunc <4 x double> %wide.load17.1 to <4 x float>
  %59 = fptrunc <4 x double> %wide.load18.1 to <4 x float>
  %60 = getelementptr inbounds float, float* %d_bias, i64 %index.next
  %61 = bitcast float* %60 to <4 x float>*
  store <4 x float> %58, <4 x float>* %61, align 4
  %62 = getelementptr inbounds float, float* %60, i64 4
  %63 = bitcast float* %62 to <4 x float>*
  store <4 x float> %59, <4 x float>* %63, align 4
  %index.next.1 = add nuw i64 %index, 16
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %middle.block.unr-lcssa, label %vector.body, !llvm.loop !0

middle.block.unr-lcssa:                           ; preds = %vector.body, %vector.ph
  %index.unr = phi i64 [ 0, %vector.ph ], [ %index.next.1, %vector.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %middle.block, label %vector.body.epil

vector.body.epil:                                 ; preds = %middle.block.unr-lcssa
  %64 = add i64 %index.unr, %mul
  %65 = getelementptr inbounds float, float* %norm_params, i64 %64
  %66 = bitcast float* %65 to <4 x float>*
  %wide.load.epil = load <4 x float>, <4 x float>* %66, align 4
  %67 = getelementptr inbounds float, float* %65, i64 4
  %68 = bitcast float* %67 to <4 x float>*
  %wide.load14.epil = load <4 x float>, <4 x float>* %68, align 4
  %69 = fpext <4 x float> %wide.load.epil to <4 x double>
  %70 = fpext <4 x float> %wide.load14.epil to <4 x double>
  %71 = getelementptr inbounds double, double* %sums, i64 %64
  %72 = bitcast double* %71 to <4 x double>*
  %wide.load15.epil = load <4 x double>, <4 x double>* %72, align 8
  %73 = getelementptr inbounds double, double* %71, i64 4
  %74 = bitcast double* %73 to <4 x double>*
  %wide.load16.epil = load <4 x double>, <4 x double>* %74, align 8
  %75 = fmul <4 x double> %wide.load15.epil, %69
  %76 = fmul <4 x double> %wide.load16.epil, %70
  %77 = fptrunc <4 x double> %75 to <4 x float>
  %78 = fptrunc <4 x double> %76 to <4 x float>
  %79 = getelementptr inbounds float, float* %d_scale, i64 %index.unr
  %80 = bitcast float* %79 to <4 x float>*
  store <4 x float> %77, <4 x float>* %80, align 4
  %81 = getelementptr inbounds float, float* %79, i64 4
  %82 = bitcast float* %81 to <4 x float>*
  store <4 x float> %78, <4 x float>* %82, align 4
  %83 = add i64 %index.unr, %c
  %84 = getelementptr inbounds double, double* %sums, i64 %83
  %85 = bitcast double* %84 to <4 x double>*
  %wide.load17.epil = load <4 x double>, <4 x double>* %85, align 8
  %86 = getelementptr inbounds double, double* %84, i64 4
  %87 = bitcast double* %86 to <4 x double>*
  %wide.load18.epil = load <4 x double>, <4 x double>* %87, align 8
  %88 = fptrunc <4 x double> %wide.load17.epil to <4 x float>
  %89 = fptrunc <4 x double> %wide.load18.epil to <4 x float>
  %90 = getelementptr inbounds float, float* %d_bias, i64 %index.unr
  %91 = bitcast float* %90 to <4 x float>*
  store <4 x float> %88, <4 x float>* %91, align 4
  %92 = getelementptr inbounds float, float* %90, i64 4
  %93 = bitcast float* %92 to <4 x float>*
  store <4 x float> %89, <4 x float>* %93, align 4
  br label %middle.block

middle.block:                                     ; preds = %middle.block.unr-lcssa, %vector.body.epil
  %cmp.n = icmp eq i64 %n.vec, %c
  br i1 %cmp.n, label %done, label %body.preheader

body.preheader:                                   ; preds = %body.lr.ph, %middle.block
  %i13.ph = phi i64 [ 0, %body.lr.ph ], [ %n.vec, %middle.block ]
  br label %body

body:                                             ; preds = %body.preheader, %body
  %i13 = phi i64 [ %next, %body ], [ %i13.ph, %body.preheader ]
  %add = add i64 %i13, %mul
  %p = getelementptr inbounds float, float* %norm_params, i64 %add
  %v = load float, float* %p, align 4
  %ext = fpext float %v to double
  %p3 = getelementptr inbounds double, double* %sums, i64 %add
  %v4 = load double, double* %p3, align 8
  %fmul = fmul double %v4, %ext
  %trunc = fptrunc double %fmul to float
  %p5 = getelementptr inbounds float, float* %d_scale, i64 %i13
  store float %trunc, float* %p5, align 4
  %add7 = add i64 %i13, %c
  %p8 = getelementptr inbounds double, double* %sums, i64 %add7
  %v9 = load double, double* %p8, align 8
  %trunc10 = fptrunc double %v9 to float
  %p11 = getelementptr inbounds float, float* %d_bias, i64 %i13
  store float %trunc10, float* %p11, align 4
  %next = add nuw nsw i64 %i13, 1
  %exitcond.not = icmp eq i64 %next, %c
  br i1 %exitcond.not, label %done, label %body, !llvm.loop !2

done:                                             ; preds = %body, %middle.block, %entry
  ret void
}

attributes #0 = { nofree norecurse nosync nounwind "target-cpu"="x86-64-v3" "target-features" }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.unroll.runtime.disable"}
