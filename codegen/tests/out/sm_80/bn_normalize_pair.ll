; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_normalize_pair(float addrspace(1)* %x1, float addrspace(1)* nocapture readonly %norm_params1, float addrspace(1)* %x2, float addrspace(1)* nocapture readonly %norm_params2, i64 %n, i64 %c, i64 %s, float addrspace(1)* %y) local_unnamed_addr #0 {
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
  %addr = ptrtoint float addrspace(1)* %x1 to i64
  %addr11 = ptrtoint float addrspace(1)* %x2 to i64
  %addr14 = ptrtoint float addrspace(1)* %y to i64
  %low15 = and i64 %addr14, 15
  %low12158 = or i64 %addr11, %addr
  %or = and i64 %low12158, 15
  %or13 = or i64 %or, %rem10
  %or16 = or i64 %or13, %low15
  %cmp = icmp eq i64 %or16, 0
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %mul17 = shl i64 %add, 2
  %mul18 = shl i64 %mul7, 2
  %go154 = icmp slt i64 %mul17, %sub
  br i1 %go154, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %then
  %mul37 = mul i64 %c, 3
  %mul41 = shl i64 %c, 2
  br label %body

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add99 = add i64 %var.0, %add
  %go104156 = icmp slt i64 %add99, %mul9
  br i1 %go104156, label %body101.lr.ph, label %done102

body101.lr.ph:                                    ; preds = %join
  %mul119 = mul i64 %c, 3
  %mul123 = shl i64 %c, 2
  br label %body101

body:                                             ; preds = %body.lr.ph, %body
  %i155 = phi i64 [ %mul17, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds float, float addrspace(1)* %x1, i64 %i155
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane19 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane20 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane21 = load float, float addrspace(1)* %2, align 4
  %p22 = getelementptr inbounds float, float addrspace(1)* %x2, i64 %i155
  %lane25 = load float, float addrspace(1)* %p22, align 16
  %3 = getelementptr inbounds float, float addrspace(1)* %p22, i64 1
  %lane26 = load float, float addrspace(1)* %3, align 4
  %4 = getelementptr inbounds float, float addrspace(1)* %p22, i64 2
  %lane27 = load float, float addrspace(1)* %4, align 8
  %5 = getelementptr inbounds float, float addrspace(1)* %p22, i64 3
  %lane28 = load float, float addrspace(1)* %5, align 4
  %div = udiv i64 %i155, %s
  %rem29 = urem i64 %div, %c
  %p32 = getelementptr inbounds float, float addrspace(1)* %norm_params1, i64 %rem29
  %v = load float, float addrspace(1)* %p32, align 4
  %add34 = add i64 %rem29, %c
  %p35 = getelementptr inbounds float, float addrspace(1)* %norm_params1, i64 %add34
  %v36 = load float, float addrspace(1)* %p35, align 4
  %add38 = add i64 %rem29, %mul37
  %p39 = getelementptr inbounds float, float addrspace(1)* %norm_params1, i64 %add38
  %v40 = load float, float addrspace(1)* %p39, align 4
  %add42 = add i64 %rem29, %mul41
  %p43 = getelementptr inbounds float, float addrspace(1)* %norm_params1, i64 %add42
  %v44 = load float, float addrspace(1)* %p43, align 4
  %p47 = getelementptr inbounds float, float addrspace(1)* %norm_params2, i64 %rem29
  %v48 = load float, float addrspace(1)* %p47, align 4
  %p51 = getelementptr inbounds float, float addrspace(1)* %norm_params2, i64 %add34
  %v52 = load float, float addrspace(1)* %p51, align 4
  %p55 = getelementptr inbounds float, float addrspace(1)* %norm_params2, i64 %add38
  %v56 = load float, float addrspace(1)* %p55, align 4
  %p59 = getelementptr inbounds float, float addrspace(1)* %norm_params2, i64 %add42
  %v60 = load float, float addrspace(1)* %p59, align 4
  %fsub = fsub float %lane, %v
  %fsub61 = fsub float %fsub, %v36
  %fmul = fmul float %fsub61, %v40
  %fadd = fadd float %fmul, %v44
  %fsub62 = fsub float %lane25, %v48
  %fsub63 = fsub float %fsub62, %v52
  %fmul64 = fmul float %fsub63, %v56
  %fadd65 = fadd float %fmul64, %v60
  %fadd66 = fadd float %fadd, %fadd65
  %fsub67 = fsub float %lane19, %v
  %fsub68 = fsub float %fsub67, %v36
  %fmul69 = fmul float %fsub68, %v40
  %fadd70 = fadd float %fmul69, %v44
  %fsub71 = fsub float %lane26, %v48
  %fsub72 = fsub float %fsub71, %v52
  %fmul73 = fmul float %fsub72, %v56
  %fadd74 = fadd float %fmul73, %v60
  %fadd75 = fadd float %fadd70, %fadd74
  %fsub76 = fsub float %lane20, %v
  %fsub77 = fsub float %fsub76, %v36
  %fmul78 = fmul float %fsub77, %v40
  %fadd79 = fadd float %fmul78, %v44
  %fsub80 = fsub float %lane27, %v48
  %fsub81 = fsub float %fsub80, %v52
  %fmul82 = fmul float %fsub81, %v56
  %fadd83 = fadd float %fmul82, %v60
  %fadd84 = fadd float %fadd79, %fadd83
  %fsub85 = fsub float %lane21, %v
  %fsub86 = fsub float %fsub85, %v36
  %fmul87 = fmul float %fsub86, %v40
  %fadd88 = fadd float %fmul87, %v44
  %fsub89 = fsub float %lane28, %v48
  %fsub90 = fsub float %fsub89, %v52
  %fmul91 = fmul float %fsub90, %v56
  %fadd92 = fadd float %fmul91, %v60
  %fadd93 = fadd float %fadd88, %fadd92
  %p94 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i155
  %vp95 = bitcast float addrspace(1)* %p94 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %fadd66, i64 0
  %ins96 = insertelement <4 x float> %ins, float %fadd75, i64 1
  %ins97 = insertelement <4 x float> %ins96, float %fadd84, i64 2
  %ins98 = insertelement <4 x float> %ins97, float %fadd93, i64 3
  store <4 x float> %ins98, <4 x float> addrspace(1)* %vp95, align 16
  %next = add i64 %i155, %mul18
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body101:                                          ; preds = %body101.lr.ph, %body101
  %i103157 = phi i64 [ %add99, %body101.lr.ph ], [ %next153, %body101 ]
  %p105 = getelementptr inbounds float, float addrspace(1)* %x1, i64 %i103157
  %v106 = load float, float addrspace(1)* %p105, align 4
  %p107 = getelementptr inbounds float, float addrspace(1)* %x2, i64 %i103157
  %v108 = load float, float addrspace(1)* %p107, align 4
  %div109 = udiv i64 %i103157, %s
  %rem110 = urem i64 %div109, %c
  %p113 = getelementptr inbounds float, float addrspace(1)* %norm_params1, i64 %rem110
  %v114 = load float, float addrspace(1)* %p113, align 4
  %add116 = add i64 %rem110, %c
  %p117 = getelementptr inbounds float, float addrspace(1)* %norm_params1, i64 %add116
  %v118 = load float, float addrspace(1)* %p117, align 4
  %add120 = add i64 %rem110, %mul119
  %p121 = getelementptr inbounds float, float addrspace(1)* %norm_params1, i64 %add120
  %v122 = load float, float addrspace(1)* %p121, align 4
  %add124 = add i64 %rem110, %mul123
  %p125 = getelementptr inbounds float, float addrspace(1)* %norm_params1, i64 %add124
  %v126 = load float, float addrspace(1)* %p125, align 4
  %p129 = getelementptr inbounds float, float addrspace(1)* %norm_params2, i64 %rem110
  %v130 = load float, float addrspace(1)* %p129, align 4
  %p133 = getelementptr inbounds float, float addrspace(1)* %norm_params2, i64 %add116
  %v134 = load float, float addrspace(1)* %p133, align 4
  %p137 = getelementptr inbounds float, float addrspace(1)* %norm_params2, i64 %add120
  %v138 = load float, float addrspace(1)* %p137, align 4
  %p141 = getelementptr inbounds float, float addrspace(1)* %norm_params2, i64 %add124
  %v142 = load float, float addrspace(1)* %p141, align 4
  %fsub143 = fsub float %v106, %v114
  %fsub144 = fsub float %fsub143, %v118
  %fmul145 = fmul float %fsub144, %v122
  %fadd146 = fadd float %fmul145, %v126
  %fsub147 = fsub float %v108, %v130
  %fsub148 = fsub float %fsub147, %v134
  %fmul149 = fmul float %fsub148, %v138
  %fadd150 = fadd float %fmul149, %v142
  %fadd151 = fadd float %fadd146, %fadd150
  %p152 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i103157
  store float %fadd151, float addrspace(1)* %p152, align 4
  %next153 = add i64 %i103157, %mul7
  %go104 = icmp slt i64 %next153, %mul9
  br i1 %go104, label %body101, label %done102

done102:                                          ; preds = %body101, %join
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, float addrspace(1)*)* @syncbn_bn_normalize_pair, !"kernel", i32 1}
