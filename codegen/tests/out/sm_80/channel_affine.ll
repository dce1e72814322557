; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_channel_affine(float addrspace(1)* %x, float addrspace(1)* nocapture readonly %mul, float addrspace(1)* nocapture readonly %add, i64 %n, i64 %c, i64 %s, float addrspace(1)* %y) local_unnamed_addr #0 {
entry:
  %r = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %zext = zext i32 %r to i64
  %r1 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %zext2 = zext i32 %r1 to i64
  %r3 = tail call i32 @llvm.nvvm.read.ptx.sreg.ntid.x()
  %zext4 = zext i32 %r3 to i64
  %r5 = tail call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
  %zext6 = zext i32 %r5 to i64
  %mul7 = mul nuw i64 %zext2, %zext4
  %add8 = add nuw i64 %mul7, %zext
  %mul9 = mul nuw i64 %zext6, %zext4
  %mul10 = mul i64 %c, %n
  %mul11 = mul i64 %mul10, %s
  %sub = and i64 %mul11, -4
  %rem12 = and i64 %s, 3
  %addr = ptrtoint float addrspace(1)* %x to i64
  %low = and i64 %addr, 15
  %or = or i64 %rem12, %low
  %addr13 = ptrtoint float addrspace(1)* %y to i64
  %low14 = and i64 %addr13, 15
  %or15 = or i64 %or, %low14
  %cmp = icmp eq i64 %or15, 0
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %mul16 = shl i64 %add8, 2
  %mul17 = shl i64 %mul9, 2
  %go54 = icmp slt i64 %mul16, %sub
  br i1 %go54, label %body, label %join

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add36 = add i64 %var.0, %add8
  %go4156 = icmp slt i64 %add36, %mul11
  br i1 %go4156, label %body38, label %done39

body:                                             ; preds = %then, %body
  %i55 = phi i64 [ %next, %body ], [ %mul16, %then ]
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %i55
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane18 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane19 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane20 = load float, float addrspace(1)* %2, align 4
  %div = udiv i64 %i55, %s
  %rem21 = urem i64 %div, %c
  %p22 = getelementptr inbounds float, float addrspace(1)* %mul, i64 %rem21
  %v = load float, float addrspace(1)* %p22, align 4
  %p23 = getelementptr inbounds float, float addrspace(1)* %add, i64 %rem21
  %v24 = load float, float addrspace(1)* %p23, align 4
  %fmul = fmul float %lane, %v
  %fadd = fadd float %fmul, %v24
  %fmul25 = fmul float %lane18, %v
  %fadd26 = fadd float %fmul25, %v24
  %fmul27 = fmul float %lane19, %v
  %fadd28 = fadd float %fmul27, %v24
  %fmul29 = fmul float %lane20, %v
  %fadd30 = fadd float %fmul29, %v24
  %p31 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i55
  %vp32 = bitcast float addrspace(1)* %p31 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %fadd, i64 0
  %ins33 = insertelement <4 x float> %ins, float %fadd26, i64 1
  %ins34 = insertelement <4 x float> %ins33, float %fadd28, i64 2
  %ins35 = insertelement <4 x float> %ins34, float %fadd30, i64 3
  store <4 x float> %ins35, <4 x float> addrspace(1)* %vp32, align 16
  %next = add i64 %i55, %mul17
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body38:                                           ; preds = %join, %body38
  %i4057 = phi i64 [ %next53, %body38 ], [ %add36, %join ]
  %p42 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i4057
  %v43 = load float, float addrspace(1)* %p42, align 4
  %div44 = udiv i64 %i4057, %s
  %rem45 = urem i64 %div44, %c
  %p46 = getelementptr inbounds float, float addrspace(1)* %mul, i64 %rem45
  %v47 = load float, float addrspace(1)* %p46, align 4
  %p48 = getelementptr inbounds float, float addrspace(1)* %add, i64 %rem45
  %v49 = load float, float addrspace(1)* %p48, align 4
  %fmul50 = fmul float %v43, %v47
  %fadd51 = fadd float %fmul50, %v49
  %p52 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i4057
  store float %fadd51, float addrspace(1)* %p52, align 4
  %next53 = add i64 %i4057, %mul9
  %go41 = icmp slt i64 %next53, %mul11
  br i1 %go41, label %body38, label %done39

done39:                                           ; preds = %body38, %join
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, float addrspace(1)*)* @syncbn_channel_affine, !"kernel", i32 1}
