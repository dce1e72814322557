; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_normalize_pair_clip(float addrspace(1)* %x1, float addrspace(1)* nocapture readonly %norm_params1, float addrspace(1)* %x2, float addrspace(1)* nocapture readonly %norm_params2, i64 %n, i64 %c, i64 %s, float %lo, float %hi, float addrspace(1)* %y) local_unnamed_addr #0 {
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
  %low12167 = or i64 %addr11, %addr
  %or = and i64 %low12167, 15
  %or13 = or i64 %or, %rem10
  %or16 = or i64 %or13, %low15
  %cmp = icmp eq i64 %or16, 0
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %mul17 = shl i64 %add, 2
  %mul18 = shl i64 %mul7, 2
  %go163 = icmp slt i64 %mul17, %sub
  br i1 %go163, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %then
  %mul37 = mul i64 %c, 3
  %mul41 = shl i64 %c, 2
  br label %body

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add106 = add i64 %var.0, %add
  %go111165 = icmp slt i64 %add106, %mul9
  br i1 %go111165, label %body108.lr.ph, label %done109

body108.lr.ph:                                    ; preds = %join
  %mul126 = mul i64 %c, 3
  %mul130 = shl i64 %c, 2
  br label %body108

body:                                             ; preds = %body.lr.ph, %body
  %i164 = phi i64 [ %mul17, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds float, float addrspace(1)* %x1, i64 %i164
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane19 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane20 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane21 = load float, float addrspace(1)* %2, align 4
  %p22 = getelementptr inbounds float, float addrspace(1)* %x2, i64 %i164
  %lane25 = load float, float addrspace(1)* %p22, align 16
  %3 = getelementptr inbounds float, float addrspace(1)* %p22, i64 1
  %lane26 = load float, float addrspace(1)* %3, align 4
  %4 = getelementptr inbounds float, float addrspace(1)* %p22, i64 2
  %lane27 = load float, float addrspace(1)* %4, align 8
  %5 = getelementptr inbounds float, float addrspace(1)* %p22, i64 3
  %lane28 = load float, float addrspace(1)* %5, align 4
  %div = udiv i64 %i164, %s
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
  %call = tail call float @llvm.maxnum.f32(float %fadd66, float %lo)
  %call67 = tail call float @llvm.minnum.f32(float %call, float %hi)
  %fsub68 = fsub float %lane19, %v
  %fsub69 = fsub float %fsub68, %v36
  %fmul70 = fmul float %fsub69, %v40
  %fadd71 = fadd float %fmul70, %v44
  %fsub72 = fsub float %lane26, %v48
  %fsub73 = fsub float %fsub72, %v52
  %fmul74 = fmul float %fsub73, %v56
  %fadd75 = fadd float %fmul74, %v60
  %fadd76 = fadd float %fadd71, %fadd75
  %call77 = tail call float @llvm.maxnum.f32(float %fadd76, float %lo)
  %call78 = tail call float @llvm.minnum.f32(float %call77, float %hi)
  %fsub79 = fsub float %lane20, %v
  %fsub80 = fsub float %fsub79, %v36
  %fmul81 = fmul float %fsub80, %v40
  %fadd82 = fadd float %fmul81, %v44
  %fsub83 = fsub float %lane27, %v48
  %fsub84 = fsub float %fsub83, %v52
  %fmul85 = fmul float %fsub84, %v56
  %fadd86 = fadd float %fmul85, %v60
  %fadd87 = fadd float %fadd82, %fadd86
  %call88 = tail call float @llvm.maxnum.f32(float %fadd87, float %lo)
  %call89 = tail call float @llvm.minnum.f32(float %call88, float %hi)
  %fsub90 = fsub float %lane21, %v
  %fsub91 = fsub float %fsub90, %v36
  %fmul92 = fmul float %fsub91, %v40
  %fadd93 = fadd float %fmul92, %v44
  %fsub94 = fsub float %lane28, %v48
  %fsub95 = fsub float %fsub94, %v52
  %fmul96 = fmul float %fsub95, %v56
  %fadd97 = fadd float %fmul96, %v60
  %fadd98 = fadd float %fadd93, %fadd97
  %call99 = tail call float @llvm.maxnum.f32(float %fadd98, float %lo)
  %call100 = tail call float @llvm.minnum.f32(float %call99, float %hi)
  %p101 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i164
  %vp102 = bitcast float addrspace(1)* %p101 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %call67, i64 0
  %ins103 = insertelement <4 x float> %ins, float %call78, i64 1
  %ins104 = insertelement <4 x float> %ins103, float %call89, i64 2
  %ins105 = insertelement <4 x float> %ins104, float %call100, i64 3
  store <4 x float> %ins105, <4 x float> addrspace(1)* %vp102, align 16
  %next = add i64 %i164, %mul18
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body108:                                          ; preds = %body108.lr.ph, %body108
  %i110166 = phi i64 [ %add106, %body108.lr.ph ], [ %next162, %body108 ]
  %p112 = getelementptr inbounds float, float addrspace(1)* %x1, i64 %i110166
  %v113 = load float, float addrspace(1)* %p112, align 4
  %p114 = getelementptr inbounds float, float addrspace(1)* %x2, i64 %i110166
  %v115 = load float, float addrspace(1)* %p114, align 4
  %div116 = udiv i64 %i110166, %s
  %rem117 = urem i64 %div116, %c
  %p120 = getelementptr inbounds float, float addrspace(1)* %norm_params1, i64 %rem117
  %v121 = load float, float addrspace(1)* %p120, align 4
  %add123 = add i64 %rem117, %c
  %p124 = getelementptr inbounds float, float addrspace(1)* %norm_params1, i64 %add123
  %v125 = load float, float addrspace(1)* %p124, align 4
  %add127 = add i64 %rem117, %mul126
  %p128 = getelementptr inbounds float, float addrspace(1)* %norm_params1, i64 %add127
  %v129 = load float, float addrspace(1)* %p128, align 4
  %add131 = add i64 %rem117, %mul130
  %p132 = getelementptr inbounds float, float addrspace(1)* %norm_params1, i64 %add131
  %v133 = load float, float addrspace(1)* %p132, align 4
  %p136 = getelementptr inbounds float, float addrspace(1)* %norm_params2, i64 %rem117
  %v137 = load float, float addrspace(1)* %p136, align 4
  %p140 = getelementptr inbounds float, float addrspace(1)* %norm_params2, i64 %add123
  %v141 = load float, float addrspace(1)* %p140, align 4
  %p144 = getelementptr inbounds float, float addrspace(1)* %norm_params2, i64 %add127
  %v145 = load float, float addrspace(1)* %p144, align 4
  %p148 = getelementptr inbounds float, float addrspace(1)* %norm_params2, i64 %add131
  %v149 = load float, float addrspace(1)* %p148, align 4
  %fsub150 = fsub float %v113, %v121
  %fsub151 = fsub float %fsub150, %v125
  %fmul152 = fmul float %fsub151, %v129
  %fadd153 = fadd float %fmul152, %v133
  %fsub154 = fsub float %v115, %v137
  %fsub155 = fsub float %fsub154, %v141
  %fmul156 = fmul float %fsub155, %v145
  %fadd157 = fadd float %fmul156, %v149
  %fadd158 = fadd float %fadd153, %fadd157
  %call159 = tail call float @llvm.maxnum.f32(float %fadd158, float %lo)
  %call160 = tail call float @llvm.minnum.f32(float %call159, float %hi)
  %p161 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i110166
  store float %call160, float addrspace(1)* %p161, align 4
  %next162 = add i64 %i110166, %mul7
  %go111 = icmp slt i64 %next162, %mul9
  br i1 %go111, label %body108, label %done109

done109:                                          ; preds = %body108, %join
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, float, float, float addrspace(1)*)* @syncbn_bn_normalize_pair_clip, !"kernel", i32 1}
