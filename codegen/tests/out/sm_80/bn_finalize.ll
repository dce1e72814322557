; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_finalize(double addrspace(1)* nocapture readonly %moments, i64 %c, float addrspace(1)* nocapture readonly %scale, float addrspace(1)* nocapture readonly %bias, float addrspace(1)* nocapture readonly %running_mean, float addrspace(1)* nocapture readonly %running_var, double %epsilon, double %momentum, float addrspace(1)* nocapture writeonly %norm_params, float addrspace(1)* nocapture writeonly %running_mean_out, float addrspace(1)* nocapture writeonly %running_var_out) local_unnamed_addr #0 {
entry:
  %r = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %zext = zext i32 %r to i64
  %r1 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %zext2 = zext i32 %r1 to i64
  %r3 = tail call i32 @llvm.nvvm.read.ptx.sreg.ntid.x()
  %zext4 = zext i32 %r3 to i64
  %r5 = tail call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
  %zext6 = zext i32 %r5 to i64
  %mul = mul nuw i64 %zext2, %zext4
  %add = add nuw i64 %mul, %zext
  %mul7 = mul nuw i64 %zext6, %zext4
  %go71 = icmp slt i64 %add, %c
  br i1 %go71, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul14 = shl i64 %c, 1
  %mul38 = mul i64 %c, 3
  %mul43 = shl i64 %c, 2
  %fsub54 = fsub double 1.000000e+00, %momentum
  br label %body

body:                                             ; preds = %body.lr.ph, %body
  %i72 = phi i64 [ %add, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds double, double addrspace(1)* %moments, i64 %i72
  %v = load double, double addrspace(1)* %p, align 8
  %add11 = add i64 %i72, %c
  %p12 = getelementptr inbounds double, double addrspace(1)* %moments, i64 %add11
  %v13 = load double, double addrspace(1)* %p12, align 8
  %add15 = add i64 %i72, %mul14
  %p16 = getelementptr inbounds double, double addrspace(1)* %moments, i64 %add15
  %v17 = load double, double addrspace(1)* %p16, align 8
  %fcmp = fcmp ogt double %v, 0.000000e+00
  %sel = select i1 %fcmp, double %v, double 1.000000e+00
  %fdiv = fdiv double %v13, %v
  %sel18 = select i1 %fcmp, double %fdiv, double 0.000000e+00
  %fdiv19 = fdiv double %v17, %sel
  %fmul = fmul double %sel18, %sel18
  %fsub = fsub double %fdiv19, %fmul
  %sel20 = select i1 %fcmp, double %fsub, double 0.000000e+00
  %call = tail call double @llvm.maxnum.f64(double %sel20, double 0.000000e+00)
  %fadd = fadd double %call, %epsilon
  %call21 = tail call double @llvm.sqrt.f64(double %fadd)
  %fdiv22 = fdiv double 1.000000e+00, %call21
  %p23 = getelementptr inbounds float, float addrspace(1)* %scale, i64 %i72
  %v24 = load float, float addrspace(1)* %p23, align 4
  %ext = fpext float %v24 to double
  %trunc = fptrunc double %sel18 to float
  %ext25 = fpext float %trunc to double
  %fsub26 = fsub double %sel18, %ext25
  %trunc27 = fptrunc double %fsub26 to float
  %p30 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %i72
  store float %trunc, float addrspace(1)* %p30, align 4
  %p33 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add11
  store float %trunc27, float addrspace(1)* %p33, align 4
  %trunc36 = fptrunc double %fdiv22 to float
  %p37 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add15
  store float %trunc36, float addrspace(1)* %p37, align 4
  %add39 = add i64 %i72, %mul38
  %fmul40 = fmul double %fdiv22, %ext
  %trunc41 = fptrunc double %fmul40 to float
  %p42 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add39
  store float %trunc41, float addrspace(1)* %p42, align 4
  %add44 = add i64 %i72, %mul43
  %p45 = getelementptr inbounds float, float addrspace(1)* %bias, i64 %i72
  %v46 = load float, float addrspace(1)* %p45, align 4
  %p47 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add44
  store float %v46, float addrspace(1)* %p47, align 4
  %fcmp48 = fcmp ogt double %v, 1.000000e+00
  %fsub49 = fadd double %v, -1.000000e+00
  %fmul51 = fmul double %v, %call
  %fdiv52 = fdiv double %fmul51, %fsub49
  %sel53 = select i1 %fcmp48, double %fdiv52, double %call
  %p55 = getelementptr inbounds float, float addrspace(1)* %running_mean, i64 %i72
  %v56 = load float, float addrspace(1)* %p55, align 4
  %ext57 = fpext float %v56 to double
  %fmul58 = fmul double %ext57, %momentum
  %fmul59 = fmul double %fsub54, %sel18
  %fadd60 = fadd double %fmul59, %fmul58
  %trunc61 = fptrunc double %fadd60 to float
  %p62 = getelementptr inbounds float, float addrspace(1)* %running_mean_out, i64 %i72
  store float %trunc61, float addrspace(1)* %p62, align 4
  %p63 = getelementptr inbounds float, float addrspace(1)* %running_var, i64 %i72
  %v64 = load float, float addrspace(1)* %p63, align 4
  %ext65 = fpext float %v64 to double
  %fmul66 = fmul double %ext65, %momentum
  %fmul67 = fmul double %fsub54, %sel53
  %fadd68 = fadd double %fmul67, %fmul66
  %trunc69 = fptrunc double %fadd68 to float
  %p70 = getelementptr inbounds float, float addrspace(1)* %running_var_out, i64 %i72
  store float %trunc69, float addrspace(1)* %p70, align 4
  %next = add i64 %i72, %mul7
  %go = icmp slt i64 %next, %c
  br i1 %go, label %body, label %done

done:                                             ; preds = %body, %entry
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.ntid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.nctaid.x() #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sqrt.f64(double) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (double addrspace(1)*, i64, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, double, double, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*)* @syncbn_bn_finalize, !"kernel", i32 1}
