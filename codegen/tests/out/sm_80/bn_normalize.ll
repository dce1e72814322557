; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_normalize(float addrspace(1)* %x, float addrspace(1)* nocapture readonly %norm_params, i64 %n, i64 %c, i64 %s, float addrspace(1)* %y) local_unnamed_addr #0 {
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
  %low = and i64 %addr, 15
  %or = or i64 %rem10, %low
  %addr11 = ptrtoint float addrspace(1)* %y to i64
  %low12 = and i64 %addr11, 15
  %or13 = or i64 %or, %low12
  %cmp = icmp eq i64 %or13, 0
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %mul14 = shl i64 %add, 2
  %mul15 = shl i64 %mul7, 2
  %go85 = icmp slt i64 %mul14, %sub
  br i1 %go85, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %then
  %mul27 = mul i64 %c, 3
  %mul31 = shl i64 %c, 2
  br label %body

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add53 = add i64 %var.0, %add
  %go5887 = icmp slt i64 %add53, %mul9
  br i1 %go5887, label %body55.lr.ph, label %done56

body55.lr.ph:                                     ; preds = %join
  %mul71 = mul i64 %c, 3
  %mul75 = shl i64 %c, 2
  br label %body55

body:                                             ; preds = %body.lr.ph, %body
  %i86 = phi i64 [ %mul14, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %i86
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane16 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane17 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane18 = load float, float addrspace(1)* %2, align 4
  %div = udiv i64 %i86, %s
  %rem19 = urem i64 %div, %c
  %p22 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %rem19
  %v = load float, float addrspace(1)* %p22, align 4
  %add24 = add i64 %rem19, %c
  %p25 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add24
  %v26 = load float, float addrspace(1)* %p25, align 4
  %add28 = add i64 %rem19, %mul27
  %p29 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add28
  %v30 = load float, float addrspace(1)* %p29, align 4
  %add32 = add i64 %rem19, %mul31
  %p33 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add32
  %v34 = load float, float addrspace(1)* %p33, align 4
  %fsub = fsub float %lane, %v
  %fsub35 = fsub float %fsub, %v26
  %fmul = fmul float %fsub35, %v30
  %fadd = fadd float %fmul, %v34
  %fsub36 = fsub float %lane16, %v
  %fsub37 = fsub float %fsub36, %v26
  %fmul38 = fmul float %fsub37, %v30
  %fadd39 = fadd float %fmul38, %v34
  %fsub40 = fsub float %lane17, %v
  %fsub41 = fsub float %fsub40, %v26
  %fmul42 = fmul float %fsub41, %v30
  %fadd43 = fadd float %fmul42, %v34
  %fsub44 = fsub float %lane18, %v
  %fsub45 = fsub float %fsub44, %v26
  %fmul46 = fmul float %fsub45, %v30
  %fadd47 = fadd float %fmul46, %v34
  %p48 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i86
  %vp49 = bitcast float addrspace(1)* %p48 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %fadd, i64 0
  %ins50 = insertelement <4 x float> %ins, float %fadd39, i64 1
  %ins51 = insertelement <4 x float> %ins50, float %fadd43, i64 2
  %ins52 = insertelement <4 x float> %ins51, float %fadd47, i64 3
  store <4 x float> %ins52, <4 x float> addrspace(1)* %vp49, align 16
  %next = add i64 %i86, %mul15
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body55:                                           ; preds = %body55.lr.ph, %body55
  %i5788 = phi i64 [ %add53, %body55.lr.ph ], [ %next84, %body55 ]
  %p59 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i5788
  %v60 = load float, float addrspace(1)* %p59, align 4
  %div61 = udiv i64 %i5788, %s
  %rem62 = urem i64 %div61, %c
  %p65 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %rem62
  %v66 = load float, float addrspace(1)* %p65, align 4
  %add68 = add i64 %rem62, %c
  %p69 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add68
  %v70 = load float, float addrspace(1)* %p69, align 4
  %add72 = add i64 %rem62, %mul71
  %p73 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add72
  %v74 = load float, float addrspace(1)* %p73, align 4
  %add76 = add i64 %rem62, %mul75
  %p77 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add76
  %v78 = load float, float addrspace(1)* %p77, align 4
  %fsub79 = fsub float %v60, %v66
  %fsub80 = fsub float %fsub79, %v70
  %fmul81 = fmul float %fsub80, %v74
  %fadd82 = fadd float %fmul81, %v78
  %p83 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i5788
  store float %fadd82, float addrspace(1)* %p83, align 4
  %next84 = add i64 %i5788, %mul7
  %go58 = icmp slt i64 %next84, %mul9
  br i1 %go58, label %body55, label %done56

done56:                                           ; preds = %body55, %join
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, i64, i64, float addrspace(1)*)* @syncbn_bn_normalize, !"kernel", i32 1}
