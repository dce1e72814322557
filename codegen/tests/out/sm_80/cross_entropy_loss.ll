; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_cross_entropy_loss(float addrspace(1)* nocapture readonly %scores, float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %has_weights, i64 %has_ignore, float %ignore, i64 %reduction, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %cmp = icmp eq i64 %reduction, 0
  br i1 %cmp, label %loop.preheader, label %else

loop.preheader:                                   ; preds = %entry
  %go347 = icmp slt i64 %add, %len
  br i1 %go347, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %loop.preheader
  %cmp8 = icmp eq i64 %has_ignore, 0
  %classes9 = sitofp i64 %classes to float
  %cmp14.not = icmp eq i64 %has_weights, 0
  %go32339 = icmp sgt i64 %classes, 0
  %0 = add i64 %classes, -1
  %xtraiter355 = and i64 %classes, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter359 = and i64 %classes, -8
  %lcmp.mod357.not = icmp eq i64 %xtraiter355, 0
  br label %body

else:                                             ; preds = %entry
  %cmp141 = icmp eq i64 %add, 0
  br i1 %cmp141, label %loop147.preheader, label %join

loop147.preheader:                                ; preds = %else
  %go151332 = icmp sgt i64 %len, 0
  br i1 %go151332, label %body148.lr.ph, label %done149

body148.lr.ph:                                    ; preds = %loop147.preheader
  %cmp154 = icmp eq i64 %has_ignore, 0
  %classes157 = sitofp i64 %classes to float
  %cmp169.not = icmp eq i64 %has_weights, 0
  %go189325 = icmp sgt i64 %classes, 0
  %2 = add i64 %classes, -1
  %xtraiter = and i64 %classes, 7
  %3 = icmp ult i64 %2, 7
  %unroll_iter = and i64 %classes, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %body148

join:                                             ; preds = %join21, %loop.preheader, %done149, %else
  ret void

body:                                             ; preds = %body.lr.ph, %join21
  %i348 = phi i64 [ %add, %body.lr.ph ], [ %next140, %join21 ]
  %p = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i348
  %v = load float, float addrspace(1)* %p, align 4
  %fcmp = fcmp une float %v, %ignore
  %fcmp10 = fcmp oge float %v, 0.000000e+00
  %fcmp11 = fcmp olt float %v, %classes9
  %in_range = and i1 %fcmp10, %fcmp11
  %4 = fptosi float %v to i64
  %class = select i1 %in_range, i64 %4, i64 0
  %back = sitofp i64 %class to float
  %fcmp12 = fcmp oeq float %v, %back
  %class_ok = and i1 %in_range, %fcmp12
  %not = or i1 %cmp8, %fcmp
  %kept = and i1 %not, %class_ok
  %sel13 = select i1 %kept, i64 %class, i64 0
  %p15 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel13
  %v16 = load float, float addrspace(1)* %p15, align 4
  %ext = fpext float %v16 to double
  %sel17 = select i1 %cmp14.not, double 1.000000e+00, double %ext
  %sel18 = select i1 %kept, double %sel17, double 0.000000e+00
  br i1 %kept, label %then19, label %join21

then19:                                           ; preds = %body
  %mul22 = mul i64 %i348, %classes
  %add23 = add i64 %sel13, %mul22
  %p24 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add23
  %v25 = load float, float addrspace(1)* %p24, align 4
  %ext26 = fpext float %v25 to double
  br i1 %go32339, label %body29.preheader, label %loop38.preheader

body29.preheader:                                 ; preds = %then19
  br i1 %1, label %loop38.preheader.loopexit.unr-lcssa, label %body29

join21:                                           ; preds = %body, %done40
  %var.0 = phi double [ %fmul137, %done40 ], [ 0.000000e+00, %body ]
  %trunc = fptrunc double %var.0 to float
  %p139 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i348
  store float %trunc, float addrspace(1)* %p139, align 4
  %next140 = add i64 %i348, %mul7
  %go = icmp slt i64 %next140, %len
  br i1 %go, label %body, label %join

loop38.preheader.loopexit.unr-lcssa:              ; preds = %body29, %body29.preheader
  %call.lcssa.ph = phi float [ undef, %body29.preheader ], [ %call.7, %body29 ]
  %i31341.unr = phi i64 [ 0, %body29.preheader ], [ %next.7, %body29 ]
  %var27.0340.unr = phi float [ 0xFFF0000000000000, %body29.preheader ], [ %call.7, %body29 ]
  br i1 %lcmp.mod357.not, label %loop38.preheader, label %body29.epil

body29.epil:                                      ; preds = %loop38.preheader.loopexit.unr-lcssa, %body29.epil
  %i31341.epil = phi i64 [ %next.epil, %body29.epil ], [ %i31341.unr, %loop38.preheader.loopexit.unr-lcssa ]
  %var27.0340.epil = phi float [ %call.epil, %body29.epil ], [ %var27.0340.unr, %loop38.preheader.loopexit.unr-lcssa ]
  %epil.iter356 = phi i64 [ %epil.iter356.next, %body29.epil ], [ 0, %loop38.preheader.loopexit.unr-lcssa ]
  %add33.epil = add i64 %i31341.epil, %mul22
  %p34.epil = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.epil
  %v35.epil = load float, float addrspace(1)* %p34.epil, align 4
  %call.epil = tail call float @llvm.maxnum.f32(float %var27.0340.epil, float %v35.epil)
  %next.epil = add nuw nsw i64 %i31341.epil, 1
  %epil.iter356.next = add i64 %epil.iter356, 1
  %epil.iter356.cmp.not = icmp eq i64 %epil.iter356.next, %xtraiter355
  br i1 %epil.iter356.cmp.not, label %loop38.preheader, label %body29.epil, !llvm.loop !1

loop38.preheader:                                 ; preds = %loop38.preheader.loopexit.unr-lcssa, %body29.epil, %then19
  %var27.0.lcssa = phi float [ 0xFFF0000000000000, %then19 ], [ %call.lcssa.ph, %loop38.preheader.loopexit.unr-lcssa ], [ %call.epil, %body29.epil ]
  br i1 %go32339, label %body39, label %done40

body29:                                           ; preds = %body29.preheader, %body29
  %i31341 = phi i64 [ %next.7, %body29 ], [ 0, %body29.preheader ]
  %var27.0340 = phi float [ %call.7, %body29 ], [ 0xFFF0000000000000, %body29.preheader ]
  %niter360 = phi i64 [ %niter360.next.7, %body29 ], [ 0, %body29.preheader ]
  %add33 = add i64 %i31341, %mul22
  %p34 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33
  %v35 = load float, float addrspace(1)* %p34, align 4
  %call = tail call float @llvm.maxnum.f32(float %var27.0340, float %v35)
  %next = or i64 %i31341, 1
  %add33.1 = add i64 %next, %mul22
  %p34.1 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.1
  %v35.1 = load float, float addrspace(1)* %p34.1, align 4
  %call.1 = tail call float @llvm.maxnum.f32(float %call, float %v35.1)
  %next.1 = or i64 %i31341, 2
  %add33.2 = add i64 %next.1, %mul22
  %p34.2 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.2
  %v35.2 = load float, float addrspace(1)* %p34.2, align 4
  %call.2 = tail call float @llvm.maxnum.f32(float %call.1, float %v35.2)
  %next.2 = or i64 %i31341, 3
  %add33.3 = add i64 %next.2, %mul22
  %p34.3 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.3
  %v35.3 = load float, float addrspace(1)* %p34.3, align 4
  %call.3 = tail call float @llvm.maxnum.f32(float %call.2, float %v35.3)
  %next.3 = or i64 %i31341, 4
  %add33.4 = add i64 %next.3, %mul22
  %p34.4 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.4
  %v35.4 = load float, float addrspace(1)* %p34.4, align 4
  %call.4 = tail call float @llvm.maxnum.f32(float %call.3, float %v35.4)
  %next.4 = or i64 %i31341, 5
  %add33.5 = add i64 %next.4, %mul22
  %p34.5 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.5
  %v35.5 = load float, float addrspace(1)* %p34.5, align 4
  %call.5 = tail call float @llvm.maxnum.f32(float %call.4, float %v35.5)
  %next.5 = or i64 %i31341, 6
  %add33.6 = add i64 %next.5, %mul22
  %p34.6 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.6
  %v35.6 = load float, float addrspace(1)* %p34.6, align 4
  %call.6 = tail call float @llvm.maxnum.f32(float %call.5, float %v35.6)
  %next.6 = or i64 %i31341, 7
  %add33.7 = add i64 %next.6, %mul22
  %p34.7 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.7
  %v35.7 = load float, float addrspace(1)* %p34.7, align 4
  %call.7 = tail call float @llvm.maxnum.f32(float %call.6, float %v35.7)
  %next.7 = add nuw nsw i64 %i31341, 8
  %niter360.next.7 = add i64 %niter360, 8
  %niter360.ncmp.7 = icmp eq i64 %niter360.next.7, %unroll_iter359
  br i1 %niter360.ncmp.7, label %loop38.preheader.loopexit.unr-lcssa, label %body29

body39:                                           ; preds = %loop38.preheader, %body39
  %i41345 = phi i64 [ %next90, %body39 ], [ 0, %loop38.preheader ]
  %var37.0344 = phi double [ %fadd89, %body39 ], [ 0.000000e+00, %loop38.preheader ]
  %add43 = add i64 %i41345, %mul22
  %p44 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add43
  %v45 = load float, float addrspace(1)* %p44, align 4
  %fsub = fsub float %v45, %var27.0.lcssa
  %ext46 = fpext float %fsub to double
  %call48 = tail call double @llvm.maxnum.f64(double %ext46, double -7.450000e+02)
  %call49 = tail call double @llvm.minnum.f64(double %call48, double 7.090000e+02)
  %fmul = fmul double %call49, 0x3FF71547652B82FE
  %fadd = fadd double %fmul, 5.000000e-01
  %call50 = tail call double @llvm.floor.f64(double %fadd)
  %fmul51 = fmul double %call50, 0x3FE62E42FEE00000
  %fsub52 = fsub double %call49, %fmul51
  %fmul53 = fmul double %call50, 0x3DEA39EF35793C76
  %fsub54 = fsub double %fsub52, %fmul53
  %fmul55 = fmul double %fsub54, 0x3DE6124613A86D09
  %fadd56 = fadd double %fmul55, 0x3E21EED8EFF8D898
  %fmul57 = fmul double %fsub54, %fadd56
  %fadd58 = fadd double %fmul57, 0x3E5AE64567F544E4
  %fmul59 = fmul double %fsub54, %fadd58
  %fadd60 = fadd double %fmul59, 0x3E927E4FB7789F5C
  %fmul61 = fmul double %fsub54, %fadd60
  %fadd62 = fadd double %fmul61, 0x3EC71DE3A556C734
  %fmul63 = fmul double %fsub54, %fadd62
  %fadd64 = fadd double %fmul63, 0x3EFA01A01A01A01A
  %fmul65 = fmul double %fsub54, %fadd64
  %fadd66 = fadd double %fmul65, 0x3F2A01A01A01A01A
  %fmul67 = fmul double %fsub54, %fadd66
  %fadd68 = fadd double %fmul67, 0x3F56C16C16C16C17
  %fmul69 = fmul double %fsub54, %fadd68
  %fadd70 = fadd double %fmul69, 0x3F81111111111111
  %fmul71 = fmul double %fsub54, %fadd70
  %fadd72 = fadd double %fmul71, 0x3FA5555555555555
  %fmul73 = fmul double %fsub54, %fadd72
  %fadd74 = fadd double %fmul73, 0x3FC5555555555555
  %fmul75 = fmul double %fsub54, %fadd74
  %fadd76 = fadd double %fmul75, 5.000000e-01
  %fmul77 = fmul double %fsub54, %fadd76
  %fadd78 = fadd double %fmul77, 1.000000e+00
  %fmul79 = fmul double %fsub54, %fadd78
  %fadd80 = fadd double %fmul79, 1.000000e+00
  %k = fptosi double %call50 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add81 = shl i64 %half, 52
  %bits = add i64 %add81, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add82 = shl i64 %sub, 52
  %bits83 = add i64 %add82, 4607182418800017408
  %pow284 = bitcast i64 %bits83 to double
  %fmul85 = fmul double %pow2, %pow284
  %fmul86 = fmul double %fmul85, %fadd80
  %fcmp87 = fcmp uno float %fsub, 0.000000e+00
  %sel88 = select i1 %fcmp87, double %ext46, double %fmul86
  %fadd89 = fadd double %var37.0344, %sel88
  %next90 = add nuw nsw i64 %i41345, 1
  %exitcond353.not = icmp eq i64 %next90, %classes
  br i1 %exitcond353.not, label %done40, label %body39

done40:                                           ; preds = %body39, %loop38.preheader
  %var37.0.lcssa = phi double [ 0.000000e+00, %loop38.preheader ], [ %fadd89, %body39 ]
  %ext91 = fpext float %var27.0.lcssa to double
  %bits93 = bitcast double %var37.0.lcssa to i64
  %exp = lshr i64 %bits93, 52
  %e = and i64 %exp, 2047
  %mant = and i64 %bits93, 4503599627370495
  %m = or i64 %mant, 4607182418800017408
  %m94 = bitcast i64 %m to double
  %fcmp95 = fcmp ogt double %m94, 0x3FF6A09E667F3BCD
  %fmul96 = fmul double %m94, 5.000000e-01
  %sel97 = select i1 %fcmp95, double %fmul96, double %m94
  %sub98 = add nsw i64 %e, -1023
  %i2f = sitofp i64 %sub98 to double
  %fadd99 = fadd double %i2f, 1.000000e+00
  %sel100 = select i1 %fcmp95, double %fadd99, double %i2f
  %fsub101 = fadd double %sel97, -1.000000e+00
  %fadd102 = fadd double %sel97, 1.000000e+00
  %fdiv = fdiv double %fsub101, %fadd102
  %fmul103 = fmul double %fdiv, %fdiv
  %fmul104 = fmul double %fmul103, 0x3FB8618618618618
  %fadd105 = fadd double %fmul104, 0x3FBAF286BCA1AF28
  %fmul106 = fmul double %fmul103, %fadd105
  %fadd107 = fadd double %fmul106, 0x3FBE1E1E1E1E1E1E
  %fmul108 = fmul double %fmul103, %fadd107
  %fadd109 = fadd double %fmul108, 0x3FC1111111111111
  %fmul110 = fmul double %fmul103, %fadd109
  %fadd111 = fadd double %fmul110, 0x3FC3B13B13B13B14
  %fmul112 = fmul double %fmul103, %fadd111
  %fadd113 = fadd double %fmul112, 0x3FC745D1745D1746
  %fmul114 = fmul double %fmul103, %fadd113
  %fadd115 = fadd double %fmul114, 0x3FCC71C71C71C71C
  %fmul116 = fmul double %fmul103, %fadd115
  %fadd117 = fadd double %fmul116, 0x3FD2492492492492
  %fmul118 = fmul double %fmul103, %fadd117
  %fadd119 = fadd double %fmul118, 4.000000e-01
  %fmul120 = fmul double %fmul103, %fadd119
  %fadd121 = fadd double %fmul120, 0x3FE5555555555555
  %fmul122 = fmul double %fmul103, %fadd121
  %fadd123 = fadd double %fmul122, 2.000000e+00
  %fmul124 = fmul double %fdiv, %fadd123
  %fmul125 = fmul double %sel100, 0x3FE62E42FEE00000
  %fmul126 = fmul double %sel100, 0x3DEA39EF35793C76
  %fadd127 = fadd double %fmul126, %fmul124
  %fadd128 = fadd double %fmul125, %fadd127
  %fcmp129 = fcmp oeq double %var37.0.lcssa, 0x7FF0000000000000
  %sel130 = select i1 %fcmp129, double %var37.0.lcssa, double %fadd128
  %fcmp131 = fcmp oeq double %var37.0.lcssa, 0.000000e+00
  %sel132 = select i1 %fcmp131, double 0xFFF0000000000000, double %sel130
  %fcmp133 = fcmp oge double %var37.0.lcssa, 0.000000e+00
  %sel134 = select i1 %fcmp133, double %sel132, double 0x7FF8000000000000
  %fadd135 = fadd double %sel134, %ext91
  %fsub136 = fsub double %fadd135, %ext26
  %fmul137 = fmul double %sel18, %fsub136
  br label %join21

body148:                                          ; preds = %body148.lr.ph, %join178
  %i150335 = phi i64 [ 0, %body148.lr.ph ], [ %next317, %join178 ]
  %var145.0334 = phi double [ 0.000000e+00, %body148.lr.ph ], [ %fadd314, %join178 ]
  %var146.0333 = phi double [ 0.000000e+00, %body148.lr.ph ], [ %fadd316, %join178 ]
  %p152 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i150335
  %v153 = load float, float addrspace(1)* %p152, align 4
  %fcmp155 = fcmp une float %v153, %ignore
  %fcmp158 = fcmp oge float %v153, 0.000000e+00
  %fcmp159 = fcmp olt float %v153, %classes157
  %in_range160 = and i1 %fcmp158, %fcmp159
  %5 = fptosi float %v153 to i64
  %class162 = select i1 %in_range160, i64 %5, i64 0
  %back163 = sitofp i64 %class162 to float
  %fcmp164 = fcmp oeq float %v153, %back163
  %class_ok165 = and i1 %in_range160, %fcmp164
  %not166 = or i1 %cmp154, %fcmp155
  %kept167 = and i1 %not166, %class_ok165
  %sel168 = select i1 %kept167, i64 %class162, i64 0
  %p170 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel168
  %v171 = load float, float addrspace(1)* %p170, align 4
  %ext172 = fpext float %v171 to double
  %sel173 = select i1 %cmp169.not, double 1.000000e+00, double %ext172
  %sel174 = select i1 %kept167, double %sel173, double 0.000000e+00
  br i1 %kept167, label %then176, label %join178

done149:                                          ; preds = %join178, %loop147.preheader
  %var146.0.lcssa = phi double [ 0.000000e+00, %loop147.preheader ], [ %fadd316, %join178 ]
  %var145.0.lcssa = phi double [ 0.000000e+00, %loop147.preheader ], [ %fadd314, %join178 ]
  %cmp320 = icmp eq i64 %reduction, 2
  %fdiv321 = select i1 %cmp320, double %var146.0.lcssa, double 1.000000e+00
  %sel322 = fdiv double %var145.0.lcssa, %fdiv321
  %trunc323 = fptrunc double %sel322 to float
  store float %trunc323, float addrspace(1)* %y, align 4
  br label %join

then176:                                          ; preds = %body148
  %mul179 = mul i64 %i150335, %classes
  %add180 = add i64 %sel168, %mul179
  %p181 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add180
  %v182 = load float, float addrspace(1)* %p181, align 4
  %ext183 = fpext float %v182 to double
  br i1 %go189325, label %body186.preheader, label %loop198.preheader

body186.preheader:                                ; preds = %then176
  br i1 %3, label %loop198.preheader.loopexit.unr-lcssa, label %body186

join178:                                          ; preds = %body148, %done200
  %var175.0 = phi double [ %fmul311, %done200 ], [ 0.000000e+00, %body148 ]
  %fadd314 = fadd double %var145.0334, %var175.0
  %fadd316 = fadd double %var146.0333, %sel174
  %next317 = add nuw nsw i64 %i150335, 1
  %exitcond351.not = icmp eq i64 %next317, %len
  br i1 %exitcond351.not, label %done149, label %body148

loop198.preheader.loopexit.unr-lcssa:             ; preds = %body186, %body186.preheader
  %call194.lcssa.ph = phi float [ undef, %body186.preheader ], [ %call194.7, %body186 ]
  %i188327.unr = phi i64 [ 0, %body186.preheader ], [ %next195.7, %body186 ]
  %var184.0326.unr = phi float [ 0xFFF0000000000000, %body186.preheader ], [ %call194.7, %body186 ]
  br i1 %lcmp.mod.not, label %loop198.preheader, label %body186.epil

body186.epil:                                     ; preds = %loop198.preheader.loopexit.unr-lcssa, %body186.epil
  %i188327.epil = phi i64 [ %next195.epil, %body186.epil ], [ %i188327.unr, %loop198.preheader.loopexit.unr-lcssa ]
  %var184.0326.epil = phi float [ %call194.epil, %body186.epil ], [ %var184.0326.unr, %loop198.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body186.epil ], [ 0, %loop198.preheader.loopexit.unr-lcssa ]
  %add191.epil = add i64 %i188327.epil, %mul179
  %p192.epil = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add191.epil
  %v193.epil = load float, float addrspace(1)* %p192.epil, align 4
  %call194.epil = tail call float @llvm.maxnum.f32(float %var184.0326.epil, float %v193.epil)
  %next195.epil = add nuw nsw i64 %i188327.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %loop198.preheader, label %body186.epil, !llvm.loop !3

loop198.preheader:                                ; preds = %loop198.preheader.loopexit.unr-lcssa, %body186.epil, %then176
  %var184.0.lcssa = phi float [ 0xFFF0000000000000, %then176 ], [ %call194.lcssa.ph, %loop198.preheader.loopexit.unr-lcssa ], [ %call194.epil, %body186.epil ]
  br i1 %go189325, label %body199, label %done200

body186:                                          ; preds = %body186.preheader, %body186
  %i188327 = phi i64 [ %next195.7, %body186 ], [ 0, %body186.preheader ]
  %var184.0326 = phi float [ %call194.7, %body186 ], [ 0xFFF0000000000000, %body186.preheader ]
  %niter = phi i64 [ %niter.next.7, %body186 ], [ 0, %body186.preheader ]
  %add191 = add i64 %i188327, %mul179
  %p192 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add191
  %v193 = load float, float addrspace(1)* %p192, align 4
  %call194 = tail call float @llvm.maxnum.f32(float %var184.0326, float %v193)
  %next195 = or i64 %i188327, 1
  %add191.1 = add i64 %next195, %mul179
  %p192.1 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add191.1
  %v193.1 = load float, float addrspace(1)* %p192.1, align 4
  %call194.1 = tail call float @llvm.maxnum.f32(float %call194, float %v193.1)
  %next195.1 = or i64 %i188327, 2
  %add191.2 = add i64 %next195.1, %mul179
  %p192.2 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add191.2
  %v193.2 = load float, float addrspace(1)* %p192.2, align 4
  %call194.2 = tail call float @llvm.maxnum.f32(float %call194.1, float %v193.2)
  %next195.2 = or i64 %i188327, 3
  %add191.3 = add i64 %next195.2, %mul179
  %p192.3 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add191.3
  %v193.3 = load float, float addrspace(1)* %p192.3, align 4
  %call194.3 = tail call float @llvm.maxnum.f32(float %call194.2, float %v193.3)
  %next195.3 = or i64 %i188327, 4
  %add191.4 = add i64 %next195.3, %mul179
  %p192.4 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add191.4
  %v193.4 = load float, float addrspace(1)* %p192.4, align 4
  %call194.4 = tail call float @llvm.maxnum.f32(float %call194.3, float %v193.4)
  %next195.4 = or i64 %i188327, 5
  %add191.5 = add i64 %next195.4, %mul179
  %p192.5 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add191.5
  %v193.5 = load float, float addrspace(1)* %p192.5, align 4
  %call194.5 = tail call float @llvm.maxnum.f32(float %call194.4, float %v193.5)
  %next195.5 = or i64 %i188327, 6
  %add191.6 = add i64 %next195.5, %mul179
  %p192.6 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add191.6
  %v193.6 = load float, float addrspace(1)* %p192.6, align 4
  %call194.6 = tail call float @llvm.maxnum.f32(float %call194.5, float %v193.6)
  %next195.6 = or i64 %i188327, 7
  %add191.7 = add i64 %next195.6, %mul179
  %p192.7 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add191.7
  %v193.7 = load float, float addrspace(1)* %p192.7, align 4
  %call194.7 = tail call float @llvm.maxnum.f32(float %call194.6, float %v193.7)
  %next195.7 = add nuw nsw i64 %i188327, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %loop198.preheader.loopexit.unr-lcssa, label %body186

body199:                                          ; preds = %loop198.preheader, %body199
  %i201330 = phi i64 [ %next258, %body199 ], [ 0, %loop198.preheader ]
  %var197.0329 = phi double [ %fadd257, %body199 ], [ 0.000000e+00, %loop198.preheader ]
  %add203 = add i64 %i201330, %mul179
  %p204 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add203
  %v205 = load float, float addrspace(1)* %p204, align 4
  %fsub206 = fsub float %v205, %var184.0.lcssa
  %ext207 = fpext float %fsub206 to double
  %call209 = tail call double @llvm.maxnum.f64(double %ext207, double -7.450000e+02)
  %call210 = tail call double @llvm.minnum.f64(double %call209, double 7.090000e+02)
  %fmul211 = fmul double %call210, 0x3FF71547652B82FE
  %fadd212 = fadd double %fmul211, 5.000000e-01
  %call213 = tail call double @llvm.floor.f64(double %fadd212)
  %fmul214 = fmul double %call213, 0x3FE62E42FEE00000
  %fsub215 = fsub double %call210, %fmul214
  %fmul216 = fmul double %call213, 0x3DEA39EF35793C76
  %fsub217 = fsub double %fsub215, %fmul216
  %fmul218 = fmul double %fsub217, 0x3DE6124613A86D09
  %fadd219 = fadd double %fmul218, 0x3E21EED8EFF8D898
  %fmul220 = fmul double %fsub217, %fadd219
  %fadd221 = fadd double %fmul220, 0x3E5AE64567F544E4
  %fmul222 = fmul double %fsub217, %fadd221
  %fadd223 = fadd double %fmul222, 0x3E927E4FB7789F5C
  %fmul224 = fmul double %fsub217, %fadd223
  %fadd225 = fadd double %fmul224, 0x3EC71DE3A556C734
  %fmul226 = fmul double %fsub217, %fadd225
  %fadd227 = fadd double %fmul226, 0x3EFA01A01A01A01A
  %fmul228 = fmul double %fsub217, %fadd227
  %fadd229 = fadd double %fmul228, 0x3F2A01A01A01A01A
  %fmul230 = fmul double %fsub217, %fadd229
  %fadd231 = fadd double %fmul230, 0x3F56C16C16C16C17
  %fmul232 = fmul double %fsub217, %fadd231
  %fadd233 = fadd double %fmul232, 0x3F81111111111111
  %fmul234 = fmul double %fsub217, %fadd233
  %fadd235 = fadd double %fmul234, 0x3FA5555555555555
  %fmul236 = fmul double %fsub217, %fadd235
  %fadd237 = fadd double %fmul236, 0x3FC5555555555555
  %fmul238 = fmul double %fsub217, %fadd237
  %fadd239 = fadd double %fmul238, 5.000000e-01
  %fmul240 = fmul double %fsub217, %fadd239
  %fadd241 = fadd double %fmul240, 1.000000e+00
  %fmul242 = fmul double %fsub217, %fadd241
  %fadd243 = fadd double %fmul242, 1.000000e+00
  %k244 = fptosi double %call213 to i64
  %half245 = ashr i64 %k244, 1
  %sub246 = sub i64 %k244, %half245
  %add247 = shl i64 %half245, 52
  %bits248 = add i64 %add247, 4607182418800017408
  %pow2249 = bitcast i64 %bits248 to double
  %add250 = shl i64 %sub246, 52
  %bits251 = add i64 %add250, 4607182418800017408
  %pow2252 = bitcast i64 %bits251 to double
  %fmul253 = fmul double %pow2249, %pow2252
  %fmul254 = fmul double %fmul253, %fadd243
  %fcmp255 = fcmp uno float %fsub206, 0.000000e+00
  %sel256 = select i1 %fcmp255, double %ext207, double %fmul254
  %fadd257 = fadd double %var197.0329, %sel256
  %next258 = add nuw nsw i64 %i201330, 1
  %exitcond350.not = icmp eq i64 %next258, %classes
  br i1 %exitcond350.not, label %done200, label %body199

done200:                                          ; preds = %body199, %loop198.preheader
  %var197.0.lcssa = phi double [ 0.000000e+00, %loop198.preheader ], [ %fadd257, %body199 ]
  %ext259 = fpext float %var184.0.lcssa to double
  %bits261 = bitcast double %var197.0.lcssa to i64
  %exp262 = lshr i64 %bits261, 52
  %e263 = and i64 %exp262, 2047
  %mant264 = and i64 %bits261, 4503599627370495
  %m265 = or i64 %mant264, 4607182418800017408
  %m266 = bitcast i64 %m265 to double
  %fcmp267 = fcmp ogt double %m266, 0x3FF6A09E667F3BCD
  %fmul268 = fmul double %m266, 5.000000e-01
  %sel269 = select i1 %fcmp267, double %fmul268, double %m266
  %sub270 = add nsw i64 %e263, -1023
  %i2f271 = sitofp i64 %sub270 to double
  %fadd272 = fadd double %i2f271, 1.000000e+00
  %sel273 = select i1 %fcmp267, double %fadd272, double %i2f271
  %fsub274 = fadd double %sel269, -1.000000e+00
  %fadd275 = fadd double %sel269, 1.000000e+00
  %fdiv276 = fdiv double %fsub274, %fadd275
  %fmul277 = fmul double %fdiv276, %fdiv276
  %fmul278 = fmul double %fmul277, 0x3FB8618618618618
  %fadd279 = fadd double %fmul278, 0x3FBAF286BCA1AF28
  %fmul280 = fmul double %fmul277, %fadd279
  %fadd281 = fadd double %fmul280, 0x3FBE1E1E1E1E1E1E
  %fmul282 = fmul double %fmul277, %fadd281
  %fadd283 = fadd double %fmul282, 0x3FC1111111111111
  %fmul284 = fmul double %fmul277, %fadd283
  %fadd285 = fadd double %fmul284, 0x3FC3B13B13B13B14
  %fmul286 = fmul double %fmul277, %fadd285
  %fadd287 = fadd double %fmul286, 0x3FC745D1745D1746
  %fmul288 = fmul double %fmul277, %fadd287
  %fadd289 = fadd double %fmul288, 0x3FCC71C71C71C71C
  %fmul290 = fmul double %fmul277, %fadd289
  %fadd291 = fadd double %fmul290, 0x3FD2492492492492
  %fmul292 = fmul double %fmul277, %fadd291
  %fadd293 = fadd double %fmul292, 4.000000e-01
  %fmul294 = fmul double %fmul277, %fadd293
  %fadd295 = fadd double %fmul294, 0x3FE5555555555555
  %fmul296 = fmul double %fmul277, %fadd295
  %fadd297 = fadd double %fmul296, 2.000000e+00
  %fmul298 = fmul double %fdiv276, %fadd297
  %fmul299 = fmul double %sel273, 0x3FE62E42FEE00000
  %fmul300 = fmul double %sel273, 0x3DEA39EF35793C76
  %fadd301 = fadd double %fmul300, %fmul298
  %fadd302 = fadd double %fmul299, %fadd301
  %fcmp303 = fcmp oeq double %var197.0.lcssa, 0x7FF0000000000000
  %sel304 = select i1 %fcmp303, double %var197.0.lcssa, double %fadd302
  %fcmp305 = fcmp oeq double %var197.0.lcssa, 0.000000e+00
  %sel306 = select i1 %fcmp305, double 0xFFF0000000000000, double %sel304
  %fcmp307 = fcmp oge double %var197.0.lcssa, 0.000000e+00
  %sel308 = select i1 %fcmp307, double %sel306, double 0x7FF8000000000000
  %fadd309 = fadd double %sel308, %ext259
  %fsub310 = fsub double %fadd309, %ext183
  %fmul311 = fmul double %sel174, %fsub310
  br label %join178
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
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.minnum.f64(double, double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.floor.f64(double) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, float, i64, float addrspace(1)*)* @syncbn_cross_entropy_loss, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !2}
