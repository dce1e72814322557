; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_channel_affine_clip(float addrspace(1)* %x, float addrspace(1)* nocapture readonly %mul, float addrspace(1)* nocapture readonly %add, i64 %n, i64 %c, i64 %s, float %lo, float %hi, float addrspace(1)* %y) local_unnamed_addr #0 {
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
  %go63 = icmp slt i64 %mul16, %sub
  br i1 %go63, label %body, label %join

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add43 = add i64 %var.0, %add8
  %go4865 = icmp slt i64 %add43, %mul11
  br i1 %go4865, label %body45, label %done46

body:                                             ; preds = %then, %body
  %i64 = phi i64 [ %next, %body ], [ %mul16, %then ]
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %i64
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane18 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane19 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane20 = load float, float addrspace(1)* %2, align 4
  %div = udiv i64 %i64, %s
  %rem21 = urem i64 %div, %c
  %p22 = getelementptr inbounds float, float addrspace(1)* %mul, i64 %rem21
  %v = load float, float addrspace(1)* %p22, align 4
  %p23 = getelementptr inbounds float, float addrspace(1)* %add, i64 %rem21
  %v24 = load float, float addrspace(1)* %p23, align 4
  %fmul = fmul float %lane, %v
  %fadd = fadd float %fmul, %v24
  %call = tail call float @llvm.maxnum.f32(float %fadd, float %lo)
  %call25 = tail call float @llvm.minnum.f32(float %call, float %hi)
  %fmul26 = fmul float %lane18, %v
  %fadd27 = fadd float %fmul26, %v24
  %call28 = tail call float @llvm.maxnum.f32(float %fadd27, float %lo)
  %call29 = tail call float @llvm.minnum.f32(float %call28, float %hi)
  %fmul30 = fmul float %lane19, %v
  %fadd31 = fadd float %fmul30, %v24
  %call32 = tail call float @llvm.maxnum.f32(float %fadd31, float %lo)
  %call33 = tail call float @llvm.minnum.f32(float %call32, float %hi)
  %fmul34 = fmul float %lane20, %v
  %fadd35 = fadd float %fmul34, %v24
  %call36 = tail call float @llvm.maxnum.f32(float %fadd35, float %lo)
  %call37 = tail call float @llvm.minnum.f32(float %call36, float %hi)
  %p38 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i64
  %vp39 = bitcast float addrspace(1)* %p38 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %call25, i64 0
  %ins40 = insertelement <4 x float> %ins, float %call29, i64 1
  %ins41 = insertelement <4 x float> %ins40, float %call33, i64 2
  %ins42 = insertelement <4 x float> %ins41, float %call37, i64 3
  store <4 x float> %ins42, <4 x float> addrspace(1)* %vp39, align 16
  %next = add i64 %i64, %mul17
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body45:                                           ; preds = %join, %body45
  %i4766 = phi i64 [ %next62, %body45 ], [ %add43, %join ]
  %p49 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i4766
  %v50 = load float, float addrspace(1)* %p49, align 4
  %div51 = udiv i64 %i4766, %s
  %rem52 = urem i64 %div51, %c
  %p53 = getelementptr inbounds float, float addrspace(1)* %mul, i64 %rem52
  %v54 = load float, float addrspace(1)* %p53, align 4
  %p55 = getelementptr inbounds float, float addrspace(1)* %add, i64 %rem52
  %v56 = load float, float addrspace(1)* %p55, align 4
  %fmul57 = fmul float %v50, %v54
  %fadd58 = fadd float %fmul57, %v56
  %call59 = tail call float @llvm.maxnum.f32(float %fadd58, float %lo)
  %call60 = tail call float @llvm.minnum.f32(float %call59, float %hi)
  %p61 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i4766
  store float %call60, float addrspace(1)* %p61, align 4
  %next62 = add i64 %i4766, %mul9
  %go48 = icmp slt i64 %next62, %mul11
  br i1 %go48, label %body45, label %done46

done46:                                           ; preds = %body45, %join
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
declare float @llvm.maxnum.f32(float, float) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, float, float, float addrspace(1)*)* @syncbn_channel_affine_clip, !"kernel", i32 1}
