; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_sgd_update_momentum(float addrspace(1)* nocapture readonly %grad, i64 %len, float %lr, float %weight_decay, float %momentum, i64 %first, float addrspace(1)* nocapture %param, float addrspace(1)* nocapture %buf) local_unnamed_addr #0 {
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
  %go19 = icmp slt i64 %add, %len
  br i1 %go19, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %fcmp = fcmp one float %weight_decay, 0.000000e+00
  %cmp.not = icmp eq i64 %first, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %body
  %i20 = phi i64 [ %add, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds float, float addrspace(1)* %grad, i64 %i20
  %v = load float, float addrspace(1)* %p, align 4
  %p8 = getelementptr inbounds float, float addrspace(1)* %param, i64 %i20
  %v9 = load float, float addrspace(1)* %p8, align 4
  %fmul = fmul float %v9, %weight_decay
  %fadd = select i1 %fcmp, float %fmul, float -0.000000e+00
  %sel = fadd float %v, %fadd
  %p10 = getelementptr inbounds float, float addrspace(1)* %buf, i64 %i20
  %v11 = load float, float addrspace(1)* %p10, align 4
  %fmul12 = fmul float %v11, %momentum
  %fadd13 = select i1 %cmp.not, float %fmul12, float -0.000000e+00
  %sel14 = fadd float %sel, %fadd13
  store float %sel14, float addrspace(1)* %p10, align 4
  %0 = fmul float %sel14, %lr
  %fadd17 = fsub float %v9, %0
  store float %fadd17, float addrspace(1)* %p8, align 4
  %next = add i64 %i20, %mul7
  %go = icmp slt i64 %next, %len
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

!0 = !{void (float addrspace(1)*, i64, float, float, float, i64, float addrspace(1)*, float addrspace(1)*)* @syncbn_sgd_update_momentum, !"kernel", i32 1}
