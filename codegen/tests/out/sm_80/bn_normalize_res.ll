; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_normalize_res(float addrspace(1)* %x, float addrspace(1)* nocapture readonly %norm_params, float addrspace(1)* %residual, i64 %n, i64 %c, i64 %s, float addrspace(1)* %y) local_unnamed_addr #0 {
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
  %sub = and i64 %mul9, -4
  %rem10 = and i64 %s, 3
  %addr = ptrtoint float addrspace(1)* %x to i64
  %addr11 = ptrtoint float addrspace(1)* %residual to i64
  %addr14 = ptrtoint float addrspace(1)* %y to i64
  %low15 = and i64 %addr14, 15
  %low12106 = or i64 %addr11, %addr
  %or = and i64 %low12106, 15
  %or13 = or i64 %or, %rem10
  %or16 = or i64 %or13, %low15
  %cmp = icmp eq i64 %or16, 0
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %mul17 = shl i64 %add, 2
  %mul18 = shl i64 %mul7, 2
  %go102 = icmp slt i64 %mul17, %sub
  br i1 %go102, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %then
  %mul37 = mul i64 %c, 3
  %mul41 = shl i64 %c, 2
  br label %body

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add67 = add i64 %var.0, %add
  %go72104 = icmp slt i64 %add67, %mul9
  br i1 %go72104, label %body69.lr.ph, label %done70

body69.lr.ph:                                     ; preds = %join
  %mul87 = mul i64 %c, 3
  %mul91 = shl i64 %c, 2
  br label %body69

body:                                             ; preds = %body.lr.ph, %body
  %i103 = phi i64 [ %mul17, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %i103
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane19 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane20 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane21 = load float, float addrspace(1)* %2, align 4
  %p22 = getelementptr inbounds float, float addrspace(1)* %residual, i64 %i103
  %lane25 = load float, float addrspace(1)* %p22, align 16
  %3 = getelementptr inbounds float, float addrspace(1)* %p22, i64 1
  %lane26 = load float, float addrspace(1)* %3, align 4
  %4 = getelementptr inbounds float, float addrspace(1)* %p22, i64 2
  %lane27 = load float, float addrspace(1)* %4, align 8
  %5 = getelementptr inbounds float, float addrspace(1)* %p22, i64 3
  %lane28 = load float, float addrspace(1)* %5, align 4
  %div = udiv i64 %i103, %s
  %rem29 = urem i64 %div, %c
  %p32 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %rem29
  %v = load float, float addrspace(1)* %p32, align 4
  %add34 = add i64 %rem29, %c
  %p35 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add34
  %v36 = load float, float addrspace(1)* %p35, align 4
  %add38 = add i64 %rem29, %mul37
  %p39 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add38
  %v40 = load float, float addrspace(1)* %p39, align 4
  %add42 = add i64 %rem29, %mul41
  %p43 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add42
  %v44 = load float, float addrspace(1)* %p43, align 4
  %fsub = fsub float %lane, %v
  %fsub45 = fsub float %fsub, %v36
  %fmul = fmul float %fsub45, %v40
  %fadd = fadd float %fmul, %v44
  %fadd46 = fadd float %lane25, %fadd
  %fsub47 = fsub float %lane19, %v
  %fsub48 = fsub float %fsub47, %v36
  %fmul49 = fmul float %fsub48, %v40
  %fadd50 = fadd float %fmul49, %v44
  %fadd51 = fadd float %lane26, %fadd50
  %fsub52 = fsub float %lane20, %v
  %fsub53 = fsub float %fsub52, %v36
  %fmul54 = fmul float %fsub53, %v40
  %fadd55 = fadd float %fmul54, %v44
  %fadd56 = fadd float %lane27, %fadd55
  %fsub57 = fsub float %lane21, %v
  %fsub58 = fsub float %fsub57, %v36
  %fmul59 = fmul float %fsub58, %v40
  %fadd60 = fadd float %fmul59, %v44
  %fadd61 = fadd float %lane28, %fadd60
  %p62 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i103
  %vp63 = bitcast float addrspace(1)* %p62 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %fadd46, i64 0
  %ins64 = insertelement <4 x float> %ins, float %fadd51, i64 1
  %ins65 = insertelement <4 x float> %ins64, float %fadd56, i64 2
  %ins66 = insertelement <4 x float> %ins65, float %fadd61, i64 3
  store <4 x float> %ins66, <4 x float> addrspace(1)* %vp63, align 16
  %next = add i64 %i103, %mul18
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body69:                                           ; preds = %body69.lr.ph, %body69
  %i71105 = phi i64 [ %add67, %body69.lr.ph ], [ %next101, %body69 ]
  %p73 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i71105
  %v74 = load float, float addrspace(1)* %p73, align 4
  %p75 = getelementptr inbounds float, float addrspace(1)* %residual, i64 %i71105
  %v76 = load float, float addrspace(1)* %p75, align 4
  %div77 = udiv i64 %i71105, %s
  %rem78 = urem i64 %div77, %c
  %p81 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %rem78
  %v82 = load float, float addrspace(1)* %p81, align 4
  %add84 = add i64 %rem78, %c
  %p85 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add84
  %v86 = load float, float addrspace(1)* %p85, align 4
  %add88 = add i64 %rem78, %mul87
  %p89 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add88
  %v90 = load float, float addrspace(1)* %p89, align 4
  %add92 = add i64 %rem78, %mul91
  %p93 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add92
  %v94 = load float, float addrspace(1)* %p93, align 4
  %fsub95 = fsub float %v74, %v82
  %fsub96 = fsub float %fsub95, %v86
  %fmul97 = fmul float %fsub96, %v90
  %fadd98 = fadd float %fmul97, %v94
  %fadd99 = fadd float %v76, %fadd98
  %p100 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i71105
  store float %fadd99, float addrspace(1)* %p100, align 4
  %next101 = add i64 %i71105, %mul7
  %go72 = icmp slt i64 %next101, %mul9
  br i1 %go72, label %body69, label %done70

done70:                                           ; preds = %body69, %join
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, float addrspace(1)*)* @syncbn_bn_normalize_res, !"kernel", i32 1}
