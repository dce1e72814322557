; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_grad_input(float addrspace(1)* %dy, float addrspace(1)* %x, float addrspace(1)* nocapture readonly %norm_params, double addrspace(1)* nocapture readonly %sums, i64 %n, i64 %c, i64 %s, float addrspace(1)* %dx) local_unnamed_addr #0 {
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
  %addr = ptrtoint float addrspace(1)* %dy to i64
  %addr11 = ptrtoint float addrspace(1)* %x to i64
  %addr14 = ptrtoint float addrspace(1)* %dx to i64
  %low15 = and i64 %addr14, 15
  %low12153 = or i64 %addr11, %addr
  %or = and i64 %low12153, 15
  %or13 = or i64 %or, %rem10
  %or16 = or i64 %or13, %low15
  %cmp = icmp eq i64 %or16, 0
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %mul17 = shl i64 %add, 2
  %mul18 = shl i64 %mul7, 2
  %go149 = icmp slt i64 %mul17, %sub
  br i1 %go149, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %then
  %mul33 = shl i64 %c, 1
  %mul48 = mul i64 %c, 3
  br label %body

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add90 = add i64 %var.0, %add
  %go95151 = icmp slt i64 %add90, %mul9
  br i1 %go95151, label %body92.lr.ph, label %done93

body92.lr.ph:                                     ; preds = %join
  %mul109 = shl i64 %c, 1
  %mul126 = mul i64 %c, 3
  br label %body92

body:                                             ; preds = %body.lr.ph, %body
  %i150 = phi i64 [ %mul17, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %i150
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane19 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane20 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane21 = load float, float addrspace(1)* %2, align 4
  %p22 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i150
  %lane25 = load float, float addrspace(1)* %p22, align 16
  %3 = getelementptr inbounds float, float addrspace(1)* %p22, i64 1
  %lane26 = load float, float addrspace(1)* %3, align 4
  %4 = getelementptr inbounds float, float addrspace(1)* %p22, i64 2
  %lane27 = load float, float addrspace(1)* %4, align 8
  %5 = getelementptr inbounds float, float addrspace(1)* %p22, i64 3
  %lane28 = load float, float addrspace(1)* %5, align 4
  %div = udiv i64 %i150, %s
  %rem29 = urem i64 %div, %c
  %p32 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %rem29
  %v = load double, double addrspace(1)* %p32, align 8
  %fcmp = fcmp ogt double %v, 0.000000e+00
  %fdiv = fdiv double 1.000000e+00, %v
  %sel = select i1 %fcmp, double %fdiv, double 0.000000e+00
  %add34 = add i64 %rem29, %mul33
  %p35 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add34
  %v36 = load float, float addrspace(1)* %p35, align 4
  %ext = fpext float %v36 to double
  %add38 = add i64 %rem29, %c
  %p39 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add38
  %v40 = load double, double addrspace(1)* %p39, align 8
  %fmul = fmul double %v40, %sel
  %p43 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add34
  %v44 = load double, double addrspace(1)* %p43, align 8
  %fmul45 = fmul double %sel, %v44
  %fmul46 = fmul double %fmul45, %ext
  %fmul47 = fmul double %fmul46, %ext
  %add49 = add i64 %rem29, %mul48
  %p50 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add49
  %v51 = load float, float addrspace(1)* %p50, align 4
  %sel52 = select i1 %fcmp, float %v51, float 0.000000e+00
  %p55 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %rem29
  %v56 = load float, float addrspace(1)* %p55, align 4
  %p59 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add38
  %v60 = load float, float addrspace(1)* %p59, align 4
  %trunc = fptrunc double %fmul to float
  %trunc61 = fptrunc double %fmul47 to float
  %fsub = fsub float %lane25, %v56
  %fsub62 = fsub float %fsub, %v60
  %fsub63 = fsub float %lane, %trunc
  %fmul64 = fmul float %fsub62, %trunc61
  %fsub65 = fsub float %fsub63, %fmul64
  %fmul66 = fmul float %sel52, %fsub65
  %fsub67 = fsub float %lane26, %v56
  %fsub68 = fsub float %fsub67, %v60
  %fsub69 = fsub float %lane19, %trunc
  %fmul70 = fmul float %fsub68, %trunc61
  %fsub71 = fsub float %fsub69, %fmul70
  %fmul72 = fmul float %sel52, %fsub71
  %fsub73 = fsub float %lane27, %v56
  %fsub74 = fsub float %fsub73, %v60
  %fsub75 = fsub float %lane20, %trunc
  %fmul76 = fmul float %fsub74, %trunc61
  %fsub77 = fsub float %fsub75, %fmul76
  %fmul78 = fmul float %sel52, %fsub77
  %fsub79 = fsub float %lane28, %v56
  %fsub80 = fsub float %fsub79, %v60
  %fsub81 = fsub float %lane21, %trunc
  %fmul82 = fmul float %fsub80, %trunc61
  %fsub83 = fsub float %fsub81, %fmul82
  %fmul84 = fmul float %sel52, %fsub83
  %p85 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i150
  %vp86 = bitcast float addrspace(1)* %p85 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %fmul66, i64 0
  %ins87 = insertelement <4 x float> %ins, float %fmul72, i64 1
  %ins88 = insertelement <4 x float> %ins87, float %fmul78, i64 2
  %ins89 = insertelement <4 x float> %ins88, float %fmul84, i64 3
  store <4 x float> %ins89, <4 x float> addrspace(1)* %vp86, align 16
  %next = add i64 %i150, %mul18
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body92:                                           ; preds = %body92.lr.ph, %body92
  %i94152 = phi i64 [ %add90, %body92.lr.ph ], [ %next148, %body92 ]
  %p96 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %i94152
  %v97 = load float, float addrspace(1)* %p96, align 4
  %p98 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i94152
  %v99 = load float, float addrspace(1)* %p98, align 4
  %div100 = udiv i64 %i94152, %s
  %rem101 = urem i64 %div100, %c
  %p104 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %rem101
  %v105 = load double, double addrspace(1)* %p104, align 8
  %fcmp106 = fcmp ogt double %v105, 0.000000e+00
  %fdiv107 = fdiv double 1.000000e+00, %v105
  %sel108 = select i1 %fcmp106, double %fdiv107, double 0.000000e+00
  %add110 = add i64 %rem101, %mul109
  %p111 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add110
  %v112 = load float, float addrspace(1)* %p111, align 4
  %ext113 = fpext float %v112 to double
  %add115 = add i64 %rem101, %c
  %p116 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add115
  %v117 = load double, double addrspace(1)* %p116, align 8
  %fmul118 = fmul double %v117, %sel108
  %p121 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add110
  %v122 = load double, double addrspace(1)* %p121, align 8
  %fmul123 = fmul double %sel108, %v122
  %fmul124 = fmul double %fmul123, %ext113
  %fmul125 = fmul double %fmul124, %ext113
  %add127 = add i64 %rem101, %mul126
  %p128 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add127
  %v129 = load float, float addrspace(1)* %p128, align 4
  %sel130 = select i1 %fcmp106, float %v129, float 0.000000e+00
  %p133 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %rem101
  %v134 = load float, float addrspace(1)* %p133, align 4
  %p137 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add115
  %v138 = load float, float addrspace(1)* %p137, align 4
  %trunc139 = fptrunc double %fmul118 to float
  %trunc140 = fptrunc double %fmul125 to float
  %fsub141 = fsub float %v99, %v134
  %fsub142 = fsub float %fsub141, %v138
  %fsub143 = fsub float %v97, %trunc139
  %fmul144 = fmul float %fsub142, %trunc140
  %fsub145 = fsub float %fsub143, %fmul144
  %fmul146 = fmul float %sel130, %fsub145
  %p147 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i94152
  store float %fmul146, float addrspace(1)* %p147, align 4
  %next148 = add i64 %i94152, %mul7
  %go95 = icmp slt i64 %next148, %mul9
  br i1 %go95, label %body92, label %done93

done93:                                           ; preds = %body92, %join
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, double addrspace(1)*, i64, i64, i64, float addrspace(1)*)* @syncbn_bn_grad_input, !"kernel", i32 1}
