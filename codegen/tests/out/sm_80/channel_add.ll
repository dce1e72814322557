; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_channel_add(float addrspace(1)* nocapture readonly %bias, i64 %n, i64 %c, i64 %s, float addrspace(1)* nocapture %y) local_unnamed_addr #0 {
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
  %go13 = icmp slt i64 %add, %mul9
  br i1 %go13, label %body, label %done

body:                                             ; preds = %entry, %body
  %i14 = phi i64 [ %next, %body ], [ %add, %entry ]
  %div = udiv i64 %i14, %s
  %rem = urem i64 %div, %c
  %p = getelementptr inbounds float, float addrspace(1)* %y, i64 %i14
  %v = load float, float addrspace(1)* %p, align 4
  %p10 = getelementptr inbounds float, float addrspace(1)* %bias, i64 %rem
  %v11 = load float, float addrspace(1)* %p10, align 4
  %fadd = fadd float %v, %v11
  store float %fadd, float addrspace(1)* %p, align 4
  %next = add i64 %i14, %mul7
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

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, i64, i64, i64, float addrspace(1)*)* @syncbn_channel_add, !"kernel", i32 1}
