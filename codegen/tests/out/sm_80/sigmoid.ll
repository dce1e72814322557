; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_sigmoid(float addrspace(1)* %a, i64 %len, float addrspace(1)* %y) local_unnamed_addr #0 {
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
  %addr8 = ptrtoint float addrspace(1)* %y to i64
  %low183 = or i64 %addr8, %addr
  %or10 = and i64 %low183, 15
  %cmp = icmp eq i64 %or10, 0
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %mul11 = shl i64 %add, 2
  %mul12 = shl i64 %mul7, 2
  %go184 = icmp slt i64 %mul11, %sub
  br i1 %go184, label %body, label %join

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add141 = add i64 %var.0, %add
  %go146186 = icmp slt i64 %add141, %len
  br i1 %go146186, label %body143, label %done144

body:                                             ; preds = %then, %body
  %i185 = phi i64 [ %next, %body ], [ %mul11, %then ]
  %p = getelementptr inbounds float, float addrspace(1)* %a, i64 %i185
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane13 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane14 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane15 = load float, float addrspace(1)* %2, align 4
  %neg = fneg float %lane
  %call = tail call float @llvm.maxnum.f32(float %neg, float -8.700000e+01)
  %call16 = tail call float @llvm.minnum.f32(float %call, float 8.800000e+01)
  %fmul = fmul float %call16, 0x3FF7154760000000
  %fadd = fadd float %fmul, 5.000000e-01
  %call17 = tail call float @llvm.floor.f32(float %fadd)
  %fmul18 = fmul float %call17, 0x3FE6300000000000
  %fsub = fsub float %call16, %fmul18
  %fmul19 = fmul float %call17, 0x3F2BD01060000000
  %3 = fadd float %fsub, %fmul19
  %fmul21 = fmul float %3, 0x3F2A0D2CE0000000
  %fadd22 = fadd float %fmul21, 0x3F56E879C0000000
  %fmul23 = fmul float %3, %fadd22
  %fadd24 = fadd float %fmul23, 0x3F81112100000000
  %fmul25 = fmul float %3, %fadd24
  %fadd26 = fadd float %fmul25, 0x3FA5553820000000
  %fmul27 = fmul float %3, %fadd26
  %fadd28 = fadd float %fmul27, 0x3FC5555540000000
  %fmul29 = fmul float %3, %fadd28
  %fadd30 = fadd float %fmul29, 5.000000e-01
  %fmul31 = fmul float %3, %3
  %fmul32 = fmul float %fmul31, %fadd30
  %fadd33 = fadd float %3, %fmul32
  %fadd34 = fadd float %fadd33, 1.000000e+00
  %n = fptosi float %call17 to i32
  %b = shl i32 %n, 23
  %sh = add i32 %b, 1065353216
  %pow2 = bitcast i32 %sh to float
  %fmul35 = fmul float %fadd34, %pow2
  %fcmp = fcmp uno float %lane, 0.000000e+00
  %sel = select i1 %fcmp, float %neg, float %fmul35
  %fadd36 = fadd float %sel, 1.000000e+00
  %fdiv = fdiv float 1.000000e+00, %fadd36
  %neg37 = fneg float %lane13
  %call38 = tail call float @llvm.maxnum.f32(float %neg37, float -8.700000e+01)
  %call39 = tail call float @llvm.minnum.f32(float %call38, float 8.800000e+01)
  %fmul40 = fmul float %call39, 0x3FF7154760000000
  %fadd41 = fadd float %fmul40, 5.000000e-01
  %call42 = tail call float @llvm.floor.f32(float %fadd41)
  %fmul43 = fmul float %call42, 0x3FE6300000000000
  %fsub44 = fsub float %call39, %fmul43
  %fmul45 = fmul float %call42, 0x3F2BD01060000000
  %4 = fadd float %fsub44, %fmul45
  %fmul47 = fmul float %4, 0x3F2A0D2CE0000000
  %fadd48 = fadd float %fmul47, 0x3F56E879C0000000
  %fmul49 = fmul float %4, %fadd48
  %fadd50 = fadd float %fmul49, 0x3F81112100000000
  %fmul51 = fmul float %4, %fadd50
  %fadd52 = fadd float %fmul51, 0x3FA5553820000000
  %fmul53 = fmul float %4, %fadd52
  %fadd54 = fadd float %fmul53, 0x3FC5555540000000
  %fmul55 = fmul float %4, %fadd54
  %fadd56 = fadd float %fmul55, 5.000000e-01
  %fmul57 = fmul float %4, %4
  %fmul58 = fmul float %fmul57, %fadd56
  %fadd59 = fadd float %4, %fmul58
  %fadd60 = fadd float %fadd59, 1.000000e+00
  %n61 = fptosi float %call42 to i32
  %b62 = shl i32 %n61, 23
  %sh63 = add i32 %b62, 1065353216
  %pow264 = bitcast i32 %sh63 to float
  %fmul65 = fmul float %fadd60, %pow264
  %fcmp66 = fcmp uno float %lane13, 0.000000e+00
  %sel67 = select i1 %fcmp66, float %neg37, float %fmul65
  %fadd68 = fadd float %sel67, 1.000000e+00
  %fdiv69 = fdiv float 1.000000e+00, %fadd68
  %neg70 = fneg float %lane14
  %call71 = tail call float @llvm.maxnum.f32(float %neg70, float -8.700000e+01)
  %call72 = tail call float @llvm.minnum.f32(float %call71, float 8.800000e+01)
  %fmul73 = fmul float %call72, 0x3FF7154760000000
  %fadd74 = fadd float %fmul73, 5.000000e-01
  %call75 = tail call float @llvm.floor.f32(float %fadd74)
  %fmul76 = fmul float %call75, 0x3FE6300000000000
  %fsub77 = fsub float %call72, %fmul76
  %fmul78 = fmul float %call75, 0x3F2BD01060000000
  %5 = fadd float %fsub77, %fmul78
  %fmul80 = fmul float %5, 0x3F2A0D2CE0000000
  %fadd81 = fadd float %fmul80, 0x3F56E879C0000000
  %fmul82 = fmul float %5, %fadd81
  %fadd83 = fadd float %fmul82, 0x3F81112100000000
  %fmul84 = fmul float %5, %fadd83
  %fadd85 = fadd float %fmul84, 0x3FA5553820000000
  %fmul86 = fmul float %5, %fadd85
  %fadd87 = fadd float %fmul86, 0x3FC5555540000000
  %fmul88 = fmul float %5, %fadd87
  %fadd89 = fadd float %fmul88, 5.000000e-01
  %fmul90 = fmul float %5, %5
  %fmul91 = fmul float %fmul90, %fadd89
  %fadd92 = fadd float %5, %fmul91
  %fadd93 = fadd float %fadd92, 1.000000e+00
  %n94 = fptosi float %call75 to i32
  %b95 = shl i32 %n94, 23
  %sh96 = add i32 %b95, 1065353216
  %pow297 = bitcast i32 %sh96 to float
  %fmul98 = fmul float %fadd93, %pow297
  %fcmp99 = fcmp uno float %lane14, 0.000000e+00
  %sel100 = select i1 %fcmp99, float %neg70, float %fmul98
  %fadd101 = fadd float %sel100, 1.000000e+00
  %fdiv102 = fdiv float 1.000000e+00, %fadd101
  %neg103 = fneg float %lane15
  %call104 = tail call float @llvm.maxnum.f32(float %neg103, float -8.700000e+01)
  %call105 = tail call float @llvm.minnum.f32(float %call104, float 8.800000e+01)
  %fmul106 = fmul float %call105, 0x3FF7154760000000
  %fadd107 = fadd float %fmul106, 5.000000e-01
  %call108 = tail call float @llvm.floor.f32(float %fadd107)
  %fmul109 = fmul float %call108, 0x3FE6300000000000
  %fsub110 = fsub float %call105, %fmul109
  %fmul111 = fmul float %call108, 0x3F2BD01060000000
  %6 = fadd float %fsub110, %fmul111
  %fmul113 = fmul float %6, 0x3F2A0D2CE0000000
  %fadd114 = fadd float %fmul113, 0x3F56E879C0000000
  %fmul115 = fmul float %6, %fadd114
  %fadd116 = fadd float %fmul115, 0x3F81112100000000
  %fmul117 = fmul float %6, %fadd116
  %fadd118 = fadd float %fmul117, 0x3FA5553820000000
  %fmul119 = fmul float %6, %fadd118
  %fadd120 = fadd float %fmul119, 0x3FC5555540000000
  %fmul121 = fmul float %6, %fadd120
  %fadd122 = fadd float %fmul121, 5.000000e-01
  %fmul123 = fmul float %6, %6
  %fmul124 = fmul float %fmul123, %fadd122
  %fadd125 = fadd float %6, %fmul124
  %fadd126 = fadd float %fadd125, 1.000000e+00
  %n127 = fptosi float %call108 to i32
  %b128 = shl i32 %n127, 23
  %sh129 = add i32 %b128, 1065353216
  %pow2130 = bitcast i32 %sh129 to float
  %fmul131 = fmul float %fadd126, %pow2130
  %fcmp132 = fcmp uno float %lane15, 0.000000e+00
  %sel133 = select i1 %fcmp132, float %neg103, float %fmul131
  %fadd134 = fadd float %sel133, 1.000000e+00
  %fdiv135 = fdiv float 1.000000e+00, %fadd134
  %p136 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i185
  %vp137 = bitcast float addrspace(1)* %p136 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %fdiv, i64 0
  %ins138 = insertelement <4 x float> %ins, float %fdiv69, i64 1
  %ins139 = insertelement <4 x float> %ins138, float %fdiv102, i64 2
  %ins140 = insertelement <4 x float> %ins139, float %fdiv135, i64 3
  store <4 x float> %ins140, <4 x float> addrspace(1)* %vp137, align 16
  %next = add i64 %i185, %mul12
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body143:                                          ; preds = %join, %body143
  %i145187 = phi i64 [ %next182, %body143 ], [ %add141, %join ]
  %p147 = getelementptr inbounds float, float addrspace(1)* %a, i64 %i145187
  %v = load float, float addrspace(1)* %p147, align 4
  %neg148 = fneg float %v
  %call149 = tail call float @llvm.maxnum.f32(float %neg148, float -8.700000e+01)
  %call150 = tail call float @llvm.minnum.f32(float %call149, float 8.800000e+01)
  %fmul151 = fmul float %call150, 0x3FF7154760000000
  %fadd152 = fadd float %fmul151, 5.000000e-01
  %call153 = tail call float @llvm.floor.f32(float %fadd152)
  %fmul154 = fmul float %call153, 0x3FE6300000000000
  %fsub155 = fsub float %call150, %fmul154
  %fmul156 = fmul float %call153, 0x3F2BD01060000000
  %7 = fadd float %fsub155, %fmul156
  %fmul158 = fmul float %7, 0x3F2A0D2CE0000000
  %fadd159 = fadd float %fmul158, 0x3F56E879C0000000
  %fmul160 = fmul float %7, %fadd159
  %fadd161 = fadd float %fmul160, 0x3F81112100000000
  %fmul162 = fmul float %7, %fadd161
  %fadd163 = fadd float %fmul162, 0x3FA5553820000000
  %fmul164 = fmul float %7, %fadd163
  %fadd165 = fadd float %fmul164, 0x3FC5555540000000
  %fmul166 = fmul float %7, %fadd165
  %fadd167 = fadd float %fmul166, 5.000000e-01
  %fmul168 = fmul float %7, %7
  %fmul169 = fmul float %fmul168, %fadd167
  %fadd170 = fadd float %7, %fmul169
  %fadd171 = fadd float %fadd170, 1.000000e+00
  %n172 = fptosi float %call153 to i32
  %b173 = shl i32 %n172, 23
  %sh174 = add i32 %b173, 1065353216
  %pow2175 = bitcast i32 %sh174 to float
  %fmul176 = fmul float %fadd171, %pow2175
  %fcmp177 = fcmp uno float %v, 0.000000e+00
  %sel178 = select i1 %fcmp177, float %neg148, float %fmul176
  %fadd179 = fadd float %sel178, 1.000000e+00
  %fdiv180 = fdiv float 1.000000e+00, %fadd179
  %p181 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i145187
  store float %fdiv180, float addrspace(1)* %p181, align 4
  %next182 = add i64 %i145187, %mul7
  %go146 = icmp slt i64 %next182, %len
  br i1 %go146, label %body143, label %done144

done144:                                          ; preds = %body143, %join
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

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, i64, float addrspace(1)*)* @syncbn_sigmoid, !"kernel", i32 1}
