; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_grad_params(double addrspace(1)* nocapture readonly %sums, float addrspace(1)* nocapture readonly %norm_params, i64 %c, float addrspace(1)* nocapture writeonly %d_scale, float addrspace(1)* nocapture writeonly %d_bias) local_unnamed_addr #0 {
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
  %go21 = icmp slt i64 %add, %c
  br i1 %go21, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul8 = shl i64 %c, 1
  br label %body

body:                                             ; preds = %body.lr.ph, %body
  %i22 = phi i64 [ %add, %body.lr.ph ], [ %next, %body ]
  %add9 = add i64 %i22, %mul8
  %p = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add9
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %p12 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add9
  %v13 = load double, double addrspace(1)* %p12, align 8
  %fmul = fmul double %v13, %ext
  %trunc = fptrunc double %fmul to float
  %p14 = getelementptr inbounds float, float addrspace(1)* %d_scale, i64 %i22
  store float %trunc, float addrspace(1)* %p14, align 4
  %add16 = add i64 %i22, %c
  %p17 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add16
  %v18 = load double, double addrspace(1)* %p17, align 8
  %trunc19 = fptrunc double %v18 to float
  %p20 = getelementptr inbounds float, float addrspace(1)* %d_bias, i64 %i22
  store float %trunc19, float addrspace(1)* %p20, align 4
  %next = add i64 %i22, %mul7
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

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }

!nvvm.annotations = !{!0}

!0 = !{void (double addrspace(1)*, float addrspace(1)*, i64, float addrspace(1)*, float addrspace(1)*)* @syncbn_bn_grad_params, !"kernel", i32 1}
