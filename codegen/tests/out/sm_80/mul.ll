; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_mul(float addrspace(1)* %a, float addrspace(1)* %b, i64 %len, float addrspace(1)* %y) local_unnamed_addr #0 {
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
  %sub = and i64 %len, -4
  %addr = ptrtoint float addrspace(1)* %a to i64
  %addr8 = ptrtoint float addrspace(1)* %b to i64
  %low46 = or i64 %addr8, %addr
  %addr11 = ptrtoint float addrspace(1)* %y to i64
  %or1047 = or i64 %low46, %addr11
  %or13 = and i64 %or1047, 15
  %cmp = icmp eq i64 %or13, 0
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %mul14 = shl i64 %add, 2
  %mul15 = shl i64 %mul7, 2
  %go48 = icmp slt i64 %mul14, %sub
  br i1 %go48, label %body, label %join

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add34 = add i64 %var.0, %add
  %go3950 = icmp slt i64 %add34, %len
  br i1 %go3950, label %body36, label %done37

body:                                             ; preds = %then, %body
  %i49 = phi i64 [ %next, %body ], [ %mul14, %then ]
  %p = getelementptr inbounds float, float addrspace(1)* %a, i64 %i49
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane16 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane17 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane18 = load float, float addrspace(1)* %2, align 4
  %p19 = getelementptr inbounds float, float addrspace(1)* %b, i64 %i49
  %lane22 = load float, float addrspace(1)* %p19, align 16
  %3 = getelementptr inbounds float, float addrspace(1)* %p19, i64 1
  %lane23 = load float, float addrspace(1)* %3, align 4
  %4 = getelementptr inbounds float, float addrspace(1)* %p19, i64 2
  %lane24 = load float, float addrspace(1)* %4, align 8
  %5 = getelementptr inbounds float, float addrspace(1)* %p19, i64 3
  %lane25 = load float, float addrspace(1)* %5, align 4
  %fmul = fmul float %lane, %lane22
  %fmul26 = fmul float %lane16, %lane23
  %fmul27 = fmul float %lane17, %lane24
  %fmul28 = fmul float %lane18, %lane25
  %p29 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i49
  %vp30 = bitcast float addrspace(1)* %p29 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %fmul, i64 0
  %ins31 = insertelement <4 x float> %ins, float %fmul26, i64 1
  %ins32 = insertelement <4 x float> %ins31, float %fmul27, i64 2
  %ins33 = insertelement <4 x float> %ins32, float %fmul28, i64 3
  store <4 x float> %ins33, <4 x float> addrspace(1)* %vp30, align 16
  %next = add i64 %i49, %mul15
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body36:                                           ; preds = %join, %body36
  %i3851 = phi i64 [ %next45, %body36 ], [ %add34, %join ]
  %p40 = getelementptr inbounds float, float addrspace(1)* %a, i64 %i3851
  %v = load float, float addrspace(1)* %p40, align 4
  %p41 = getelementptr inbounds float, float addrspace(1)* %b, i64 %i3851
  %v42 = load float, float addrspace(1)* %p41, align 4
  %fmul43 = fmul float %v, %v42
  %p44 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i3851
  store float %fmul43, float addrspace(1)* %p44, align 4
  %next45 = add i64 %i3851, %mul7
  %go39 = icmp slt i64 %next45, %len
  br i1 %go39, label %body36, label %done37

done37:                                           ; preds = %body36, %join
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, float addrspace(1)*)* @syncbn_mul, !"kernel", i32 1}
