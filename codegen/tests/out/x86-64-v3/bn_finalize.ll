; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_finalize(double* noalias nocapture readonly %moments, i64 %c, float* noalias nocapture readonly %scale, float* noalias nocapture readonly %bias, float* noalias nocapture readonly %running_mean, float* noalias nocapture readonly %running_var, double %epsilon, double %momentum, float* noalias nocapture writeonly %norm_params, float* noalias nocapture writeonly %running_mean_out, float* noalias nocapture writeonly %running_var_out) local_unnamed_addr #0 {
entry:
  %go62 = icmp sgt i64 %c, 0
  br i1 %go62, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul5 = shl nuw i64 %c, 1
  %mul29 = mul i64 %c, 3
  %mul34 = shl i64 %c, 2
  %fsub45 = fsub double 1.000000e+00, %momentum
  br label %body

body:                                             ; preds = %body.lr.ph, %body
  %i63 = phi i64 [ 0, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds double, double* %moments, i64 %i63
  %v = load double, double* %p, align 8
  %add2 = add i64 %i63, %c
  %p3 = getelementptr inbounds double, double* %moments, i64 %add2
  %v4 = load double, double* %p3, align 8
  %add6 = add i64 %i63, %mul5
  %p7 = getelementptr inbounds double, double* %moments, i64 %add6
  %v8 = load double, double* %p7, align 8
  %fcmp = fcmp ogt double %v, 0.000000e+00
  %sel = select i1 %fcmp, double %v, double 1.000000e+00
  %fdiv = fdiv double %v4, %v
  %sel9 = select i1 %fcmp, double %fdiv, double 0.000000e+00
  %fdiv10 = fdiv double %v8, %sel
  %fmul = fmul double %sel9, %sel9
  %fsub = fsub double %fdiv10, %fmul
  %sel11 = select i1 %fcmp, double %fsub, double 0.000000e+00
  %call = tail call double @llvm.maxnum.f64(double %sel11, double 0.000000e+00)
  %fadd = fadd double %call, %epsilon
  %call12 = tail call double @llvm.sqrt.f64(double %fadd)
  %fdiv13 = fdiv double 1.000000e+00, %call12
  %p14 = getelementptr inbounds float, float* %scale, i64 %i63
  %v15 = load float, float* %p14, align 4
  %ext = fpext float %v15 to double
  %trunc = fptrunc double %sel9 to float
  %ext16 = fpext float %trunc to double
  %fsub17 = fsub double %sel9, %ext16
  %trunc18 = fptrunc double %fsub17 to float
  %p21 = getelementptr inbounds float, float* %norm_params, i64 %i63
  store float %trunc, float* %p21, align 4
  %p24 = getelementptr inbounds float, float* %norm_params, i64 %add2
  store float %trunc18, float* %p24, align 4
  %trunc27 = fptrunc double %fdiv13 to float
  %p28 = getelementptr inbounds float, float* %norm_params, i64 %add6
  store float %trunc27, float* %p28, align 4
  %add30 = add i64 %i63, %mul29
  %fmul31 = fmul double %fdiv13, %ext
  %trunc32 = fptrunc double %fmul31 to float
  %p33 = getelementptr inbounds float, float* %norm_params, i64 %add30
  store float %trunc32, float* %p33, align 4
  %add35 = add i64 %i63, %mul34
  %p36 = getelementptr inbounds float, float* %bias, i64 %i63
  %v37 = load float, float* %p36, align 4
  %p38 = getelementptr inbounds float, float* %norm_params, i64 %add35
  store float %v37, float* %p38, align 4
  %fcmp39 = fcmp ogt double %v, 1.000000e+00
  %fsub40 = fadd double %v, -1.000000e+00
  %fmul42 = fmul double %v, %call
  %fdiv43 = fdiv double %fmul42, %fsub40
  %sel44 = select i1 %fcmp39, double %fdiv43, double %call
  %p46 = getelementptr inbounds float, float* %running_mean, i64 %i63
  %v47 = load float, float* %p46, align 4
  %ext48 = fpext float %v47 to double
  %fmul49 = fmul double %ext48, %momentum
  %fmul50 = fmul double %fsub45, %sel9
  %fadd51 = fadd double %fmul50, %fmul49
  %trunc52 = fptrunc double %fadd51 to float
  %p53 = getelementptr inbounds float, float* %running_mean_out, i64 %i63
  store float %trunc52, float* %p53, align 4
  %p54 = getelementptr inbounds float, float* %running_var, i64 %i63
  %v55 = load float, float* %p54, align 4
  %ext56 = fpext float %v55 to double
  %fmul57 = fmul double %ext56, %momentum
  %fmul58 = fmul double %fsub45, %sel44
  %fadd59 = fadd double %fmul58, %fmul57
  %trunc60 = fptrunc double %fadd59 to float
  %p61 = getelementptr inbounds float, float* %running_var_out, i64 %i63
  store float %trunc60, float* %p61, align 4
  %next = add nuw nsw i64 %i63, 1
  %exitcond.not = icmp eq i64 %next, %c
  br i1 %exitcond.not, label %done, label %body

done:                                             ; preds = %body, %entry
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.maxnum.f64(double, double) #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sqrt.f64(double) #1

attributes #0 = { nofree nosync nounwind "target-cpu"="x86-64-v3" "target-features" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
