; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_eval_grad_input(float addrspace(1)* nocapture readonly %dy, float addrspace(1)* nocapture readonly %scale, float addrspace(1)* nocapture readonly %var, i64 %n, i64 %c, i64 %s, double %epsilon, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %mul8 = mul i64 %c, %n
  %mul9 = mul i64 %mul8, %s
  %go17 = icmp slt i64 %add, %mul9
  br i1 %go17, label %body, label %done

body:                                             ; preds = %entry, %body
  %i18 = phi i64 [ %next, %body ], [ %add, %entry ]
  %div = udiv i64 %i18, %s
  %rem = urem i64 %div, %c
  %p = getelementptr inbounds float, float addrspace(1)* %scale, i64 %rem
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %p10 = getelementptr inbounds float, float addrspace(1)* %var, i64 %rem
  %v11 = load float, float addrspace(1)* %p10, align 4
  %ext12 = fpext float %v11 to double
  %fadd = fadd double %ext12, %epsilon
  %call = tail call double @llvm.sqrt.f64(double %fadd)
  %fdiv = fdiv double 1.000000e+00, %call
  %fmul = fmul double %fdiv, %ext
  %trunc = fptrunc double %fmul to float
  %p13 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %i18
  %v14 = load float, float addrspace(1)* %p13, align 4
  %fmul15 = fmul float %v14, %trunc
  %p16 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i18
  store float %fmul15, float addrspace(1)* %p16, align 4
  %next = add i64 %i18, %mul7
  %go = icmp slt i64 %next, %mul9
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
declare double @llvm.sqrt.f64(double) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, double, float addrspace(1)*)* @syncbn_bn_eval_grad_input, !"kernel", i32 1}
