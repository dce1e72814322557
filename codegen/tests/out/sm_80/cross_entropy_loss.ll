; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_cross_entropy_loss(float addrspace(1)* nocapture readonly %scores, float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %inner, i64 %has_weights, i64 %has_ignore, float %ignore, i64 %reduction, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go359 = icmp slt i64 %add, %len
  br i1 %go359, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %loop.preheader
  %cmp8 = icmp eq i64 %has_ignore, 0
  %classes9 = sitofp i64 %classes to float
  %cmp14.not = icmp eq i64 %has_weights, 0
  %mul22 = mul i64 %inner, %classes
  %go35351 = icmp sgt i64 %classes, 0
  %0 = add i64 %classes, -1
  %xtraiter367 = and i64 %classes, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter371 = and i64 %classes, -8
  %lcmp.mod369.not = icmp eq i64 %xtraiter367, 0
  br label %body

else:                                             ; preds = %entry
  %cmp146 = icmp eq i64 %add, 0
  br i1 %cmp146, label %loop152.preheader, label %join

loop152.preheader:                                ; preds = %else
  %go156344 = icmp sgt i64 %len, 0
  br i1 %go156344, label %body153.lr.ph, label %done154

body153.lr.ph:                                    ; preds = %loop152.preheader
  %cmp159 = icmp eq i64 %has_ignore, 0
  %classes162 = sitofp i64 %classes to float
  %cmp174.not = icmp eq i64 %has_weights, 0
  %mul185 = mul i64 %inner, %classes
  %go199337 = icmp sgt i64 %classes, 0
  %2 = add i64 %classes, -1
  %xtraiter = and i64 %classes, 7
  %3 = icmp ult i64 %2, 7
  %unroll_iter = and i64 %classes, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %body153

join:                                             ; preds = %join21, %loop.preheader, %done154, %else
  ret void

body:                                             ; preds = %body.lr.ph, %join21
  %i360 = phi i64 [ %add, %body.lr.ph ], [ %next145, %join21 ]
  %p = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i360
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
  %i360.frozen = freeze i64 %i360
  %inner.frozen = freeze i64 %inner
  %div = udiv i64 %i360.frozen, %inner.frozen
  %mul23 = mul i64 %mul22, %div
  %5 = mul i64 %div, %inner.frozen
  %rem.decomposed = sub i64 %i360.frozen, %5
  %add24 = add i64 %mul23, %rem.decomposed
  %mul25 = mul i64 %sel13, %inner
  %add26 = add i64 %add24, %mul25
  %p27 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add26
  %v28 = load float, float addrspace(1)* %p27, align 4
  %ext29 = fpext float %v28 to double
  br i1 %go35351, label %body32.preheader, label %loop42.preheader

body32.preheader:                                 ; preds = %then19
  br i1 %1, label %loop42.preheader.loopexit.unr-lcssa, label %body32

join21:                                           ; preds = %body, %done44
  %var.0 = phi double [ %fmul142, %done44 ], [ 0.000000e+00, %body ]
  %trunc = fptrunc double %var.0 to float
  %p144 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i360
  store float %trunc, float addrspace(1)* %p144, align 4
  %next145 = add i64 %i360, %mul7
  %go = icmp slt i64 %next145, %len
  br i1 %go, label %body, label %join

loop42.preheader.loopexit.unr-lcssa:              ; preds = %body32, %body32.preheader
  %call.lcssa.ph = phi float [ undef, %body32.preheader ], [ %call.7, %body32 ]
  %i34353.unr = phi i64 [ 0, %body32.preheader ], [ %next.7, %body32 ]
  %var30.0352.unr = phi float [ 0xFFF0000000000000, %body32.preheader ], [ %call.7, %body32 ]
  br i1 %lcmp.mod369.not, label %loop42.preheader, label %body32.epil

body32.epil:                                      ; preds = %loop42.preheader.loopexit.unr-lcssa, %body32.epil
  %i34353.epil = phi i64 [ %next.epil, %body32.epil ], [ %i34353.unr, %loop42.preheader.loopexit.unr-lcssa ]
  %var30.0352.epil = phi float [ %call.epil, %body32.epil ], [ %var30.0352.unr, %loop42.preheader.loopexit.unr-lcssa ]
  %epil.iter368 = phi i64 [ %epil.iter368.next, %body32.epil ], [ 0, %loop42.preheader.loopexit.unr-lcssa ]
  %mul36.epil = mul i64 %i34353.epil, %inner
  %add37.epil = add i64 %mul36.epil, %add24
  %p38.epil = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add37.epil
  %v39.epil = load float, float addrspace(1)* %p38.epil, align 4
  %call.epil = tail call float @llvm.maxnum.f32(float %var30.0352.epil, float %v39.epil)
  %next.epil = add nuw nsw i64 %i34353.epil, 1
  %epil.iter368.next = add i64 %epil.iter368, 1
  %epil.iter368.cmp.not = icmp eq i64 %epil.iter368.next, %xtraiter367
  br i1 %epil.iter368.cmp.not, label %loop42.preheader, label %body32.epil, !llvm.loop !1

loop42.preheader:                                 ; preds = %loop42.preheader.loopexit.unr-lcssa, %body32.epil, %then19
  %var30.0.lcssa = phi float [ 0xFFF0000000000000, %then19 ], [ %call.lcssa.ph, %loop42.preheader.loopexit.unr-lcssa ], [ %call.epil, %body32.epil ]
  br i1 %go35351, label %body43, label %done44

body32:                                           ; preds = %body32.preheader, %body32
  %i34353 = phi i64 [ %next.7, %body32 ], [ 0, %body32.preheader ]
  %var30.0352 = phi float [ %call.7, %body32 ], [ 0xFFF0000000000000, %body32.preheader ]
  %niter372 = phi i64 [ %niter372.next.7, %body32 ], [ 0, %body32.preheader ]
  %mul36 = mul i64 %i34353, %inner
  %add37 = add i64 %mul36, %add24
  %p38 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add37
  %v39 = load float, float addrspace(1)* %p38, align 4
  %call = tail call float @llvm.maxnum.f32(float %var30.0352, float %v39)
  %next = or i64 %i34353, 1
  %mul36.1 = mul i64 %next, %inner
  %add37.1 = add i64 %mul36.1, %add24
  %p38.1 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add37.1
  %v39.1 = load float, float addrspace(1)* %p38.1, align 4
  %call.1 = tail call float @llvm.maxnum.f32(float %call, float %v39.1)
  %next.1 = or i64 %i34353, 2
  %mul36.2 = mul i64 %next.1, %inner
  %add37.2 = add i64 %mul36.2, %add24
  %p38.2 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add37.2
  %v39.2 = load float, float addrspace(1)* %p38.2, align 4
  %call.2 = tail call float @llvm.maxnum.f32(float %call.1, float %v39.2)
  %next.2 = or i64 %i34353, 3
  %mul36.3 = mul i64 %next.2, %inner
  %add37.3 = add i64 %mul36.3, %add24
  %p38.3 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add37.3
  %v39.3 = load float, float addrspace(1)* %p38.3, align 4
  %call.3 = tail call float @llvm.maxnum.f32(float %call.2, float %v39.3)
  %next.3 = or i64 %i34353, 4
  %mul36.4 = mul i64 %next.3, %inner
  %add37.4 = add i64 %mul36.4, %add24
  %p38.4 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add37.4
  %v39.4 = load float, float addrspace(1)* %p38.4, align 4
  %call.4 = tail call float @llvm.maxnum.f32(float %call.3, float %v39.4)
  %next.4 = or i64 %i34353, 5
  %mul36.5 = mul i64 %next.4, %inner
  %add37.5 = add i64 %mul36.5, %add24
  %p38.5 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add37.5
  %v39.5 = load float, float addrspace(1)* %p38.5, align 4
  %call.5 = tail call float @llvm.maxnum.f32(float %call.4, float %v39.5)
  %next.5 = or i64 %i34353, 6
  %mul36.6 = mul i64 %next.5, %inner
  %add37.6 = add i64 %mul36.6, %add24
  %p38.6 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add37.6
  %v39.6 = load float, float addrspace(1)* %p38.6, align 4
  %call.6 = tail call float @llvm.maxnum.f32(float %call.5, float %v39.6)
  %next.6 = or i64 %i34353, 7
  %mul36.7 = mul i64 %next.6, %inner
  %add37.7 = add i64 %mul36.7, %add24
  %p38.7 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add37.7
  %v39.7 = load float, float addrspace(1)* %p38.7, align 4
  %call.7 = tail call float @llvm.maxnum.f32(float %call.6, float %v39.7)
  %next.7 = add nuw nsw i64 %i34353, 8
  %niter372.next.7 = add i64 %niter372, 8
  %niter372.ncmp.7 = icmp eq i64 %niter372.next.7, %unroll_iter371
  br i1 %niter372.ncmp.7, label %loop42.preheader.loopexit.unr-lcssa, label %body32

body43:                                           ; preds = %loop42.preheader, %body43
  %i45357 = phi i64 [ %next95, %body43 ], [ 0, %loop42.preheader ]
  %var41.0356 = phi double [ %fadd94, %body43 ], [ 0.000000e+00, %loop42.preheader ]
  %mul47 = mul i64 %i45357, %inner
  %add48 = add i64 %mul47, %add24
  %p49 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add48
  %v50 = load float, float addrspace(1)* %p49, align 4
  %fsub = fsub float %v50, %var30.0.lcssa
  %ext51 = fpext float %fsub to double
  %call53 = tail call double @llvm.maxnum.f64(double %ext51, double -7.450000e+02)
  %call54 = tail call double @llvm.minnum.f64(double %call53, double 7.090000e+02)
  %fmul = fmul double %call54, 0x3FF71547652B82FE
  %fadd = fadd double %fmul, 5.000000e-01
  %call55 = tail call double @llvm.floor.f64(double %fadd)
  %fmul56 = fmul double %call55, 0x3FE62E42FEE00000
  %fsub57 = fsub double %call54, %fmul56
  %fmul58 = fmul double %call55, 0x3DEA39EF35793C76
  %fsub59 = fsub double %fsub57, %fmul58
  %fmul60 = fmul double %fsub59, 0x3DE6124613A86D09
  %fadd61 = fadd double %fmul60, 0x3E21EED8EFF8D898
  %fmul62 = fmul double %fsub59, %fadd61
  %fadd63 = fadd double %fmul62, 0x3E5AE64567F544E4
  %fmul64 = fmul double %fsub59, %fadd63
  %fadd65 = fadd double %fmul64, 0x3E927E4FB7789F5C
  %fmul66 = fmul double %fsub59, %fadd65
  %fadd67 = fadd double %fmul66, 0x3EC71DE3A556C734
  %fmul68 = fmul double %fsub59, %fadd67
  %fadd69 = fadd double %fmul68, 0x3EFA01A01A01A01A
  %fmul70 = fmul double %fsub59, %fadd69
  %fadd71 = fadd double %fmul70, 0x3F2A01A01A01A01A
  %fmul72 = fmul double %fsub59, %fadd71
  %fadd73 = fadd double %fmul72, 0x3F56C16C16C16C17
  %fmul74 = fmul double %fsub59, %fadd73
  %fadd75 = fadd double %fmul74, 0x3F81111111111111
  %fmul76 = fmul double %fsub59, %fadd75
  %fadd77 = fadd double %fmul76, 0x3FA5555555555555
  %fmul78 = fmul double %fsub59, %fadd77
  %fadd79 = fadd double %fmul78, 0x3FC5555555555555
  %fmul80 = fmul double %fsub59, %fadd79
  %fadd81 = fadd double %fmul80, 5.000000e-01
  %fmul82 = fmul double %fsub59, %fadd81
  %fadd83 = fadd double %fmul82, 1.000000e+00
  %fmul84 = fmul double %fsub59, %fadd83
  %fadd85 = fadd double %fmul84, 1.000000e+00
  %k = fptosi double %call55 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add86 = shl i64 %half, 52
  %bits = add i64 %add86, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add87 = shl i64 %sub, 52
  %bits88 = add i64 %add87, 4607182418800017408
  %pow289 = bitcast i64 %bits88 to double
  %fmul90 = fmul double %pow2, %pow289
  %fmul91 = fmul double %fmul90, %fadd85
  %fcmp92 = fcmp uno float %fsub, 0.000000e+00
  %sel93 = select i1 %fcmp92, double %ext51, double %fmul91
  %fadd94 = fadd double %var41.0356, %sel93
  %next95 = add nuw nsw i64 %i45357, 1
  %exitcond365.not = icmp eq i64 %next95, %classes
  br i1 %exitcond365.not, label %done44, label %body43

done44:                                           ; preds = %body43, %loop42.preheader
  %var41.0.lcssa = phi double [ 0.000000e+00, %loop42.preheader ], [ %fadd94, %body43 ]
  %ext96 = fpext float %var30.0.lcssa to double
  %bits98 = bitcast double %var41.0.lcssa to i64
  %exp = lshr i64 %bits98, 52
  %e = and i64 %exp, 2047
  %mant = and i64 %bits98, 4503599627370495
  %m = or i64 %mant, 4607182418800017408
  %m99 = bitcast i64 %m to double
  %fcmp100 = fcmp ogt double %m99, 0x3FF6A09E667F3BCD
  %fmul101 = fmul double %m99, 5.000000e-01
  %sel102 = select i1 %fcmp100, double %fmul101, double %m99
  %sub103 = add nsw i64 %e, -1023
  %i2f = sitofp i64 %sub103 to double
  %fadd104 = fadd double %i2f, 1.000000e+00
  %sel105 = select i1 %fcmp100, double %fadd104, double %i2f
  %fsub106 = fadd double %sel102, -1.000000e+00
  %fadd107 = fadd double %sel102, 1.000000e+00
  %fdiv = fdiv double %fsub106, %fadd107
  %fmul108 = fmul double %fdiv, %fdiv
  %fmul109 = fmul double %fmul108, 0x3FB8618618618618
  %fadd110 = fadd double %fmul109, 0x3FBAF286BCA1AF28
  %fmul111 = fmul double %fmul108, %fadd110
  %fadd112 = fadd double %fmul111, 0x3FBE1E1E1E1E1E1E
  %fmul113 = fmul double %fmul108, %fadd112
  %fadd114 = fadd double %fmul113, 0x3FC1111111111111
  %fmul115 = fmul double %fmul108, %fadd114
  %fadd116 = fadd double %fmul115, 0x3FC3B13B13B13B14
  %fmul117 = fmul double %fmul108, %fadd116
  %fadd118 = fadd double %fmul117, 0x3FC745D1745D1746
  %fmul119 = fmul double %fmul108, %fadd118
  %fadd120 = fadd double %fmul119, 0x3FCC71C71C71C71C
  %fmul121 = fmul double %fmul108, %fadd120
  %fadd122 = fadd double %fmul121, 0x3FD2492492492492
  %fmul123 = fmul double %fmul108, %fadd122
  %fadd124 = fadd double %fmul123, 4.000000e-01
  %fmul125 = fmul double %fmul108, %fadd124
  %fadd126 = fadd double %fmul125, 0x3FE5555555555555
  %fmul127 = fmul double %fmul108, %fadd126
  %fadd128 = fadd double %fmul127, 2.000000e+00
  %fmul129 = fmul double %fdiv, %fadd128
  %fmul130 = fmul double %sel105, 0x3FE62E42FEE00000
  %fmul131 = fmul double %sel105, 0x3DEA39EF35793C76
  %fadd132 = fadd double %fmul131, %fmul129
  %fadd133 = fadd double %fmul130, %fadd132
  %fcmp134 = fcmp oeq double %var41.0.lcssa, 0x7FF0000000000000
  %sel135 = select i1 %fcmp134, double %var41.0.lcssa, double %fadd133
  %fcmp136 = fcmp oeq double %var41.0.lcssa, 0.000000e+00
  %sel137 = select i1 %fcmp136, double 0xFFF0000000000000, double %sel135
  %fcmp138 = fcmp oge double %var41.0.lcssa, 0.000000e+00
  %sel139 = select i1 %fcmp138, double %sel137, double 0x7FF8000000000000
  %fadd140 = fadd double %sel139, %ext96
  %fsub141 = fsub double %fadd140, %ext29
  %fmul142 = fmul double %sel18, %fsub141
  br label %join21

body153:                                          ; preds = %body153.lr.ph, %join183
  %i155347 = phi i64 [ 0, %body153.lr.ph ], [ %next329, %join183 ]
  %var150.0346 = phi double [ 0.000000e+00, %body153.lr.ph ], [ %fadd326, %join183 ]
  %var151.0345 = phi double [ 0.000000e+00, %body153.lr.ph ], [ %fadd328, %join183 ]
  %p157 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i155347
  %v158 = load float, float addrspace(1)* %p157, align 4
  %fcmp160 = fcmp une float %v158, %ignore
  %fcmp163 = fcmp oge float %v158, 0.000000e+00
  %fcmp164 = fcmp olt float %v158, %classes162
  %in_range165 = and i1 %fcmp163, %fcmp164
  %6 = fptosi float %v158 to i64
  %class167 = select i1 %in_range165, i64 %6, i64 0
  %back168 = sitofp i64 %class167 to float
  %fcmp169 = fcmp oeq float %v158, %back168
  %class_ok170 = and i1 %in_range165, %fcmp169
  %not171 = or i1 %cmp159, %fcmp160
  %kept172 = and i1 %not171, %class_ok170
  %sel173 = select i1 %kept172, i64 %class167, i64 0
  %p175 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel173
  %v176 = load float, float addrspace(1)* %p175, align 4
  %ext177 = fpext float %v176 to double
  %sel178 = select i1 %cmp174.not, double 1.000000e+00, double %ext177
  %sel179 = select i1 %kept172, double %sel178, double 0.000000e+00
  br i1 %kept172, label %then181, label %join183

done154:                                          ; preds = %join183, %loop152.preheader
  %var151.0.lcssa = phi double [ 0.000000e+00, %loop152.preheader ], [ %fadd328, %join183 ]
  %var150.0.lcssa = phi double [ 0.000000e+00, %loop152.preheader ], [ %fadd326, %join183 ]
  %cmp332 = icmp eq i64 %reduction, 2
  %fdiv333 = select i1 %cmp332, double %var151.0.lcssa, double 1.000000e+00
  %sel334 = fdiv double %var150.0.lcssa, %fdiv333
  %trunc335 = fptrunc double %sel334 to float
  store float %trunc335, float addrspace(1)* %y, align 4
  br label %join

then181:                                          ; preds = %body153
  %i155347.frozen = freeze i64 %i155347
  %inner.frozen373 = freeze i64 %inner
  %div184 = udiv i64 %i155347.frozen, %inner.frozen373
  %mul186 = mul i64 %mul185, %div184
  %7 = mul i64 %div184, %inner.frozen373
  %rem187.decomposed = sub i64 %i155347.frozen, %7
  %add188 = add i64 %mul186, %rem187.decomposed
  %mul189 = mul i64 %sel173, %inner
  %add190 = add i64 %add188, %mul189
  %p191 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add190
  %v192 = load float, float addrspace(1)* %p191, align 4
  %ext193 = fpext float %v192 to double
  br i1 %go199337, label %body196.preheader, label %loop209.preheader

body196.preheader:                                ; preds = %then181
  br i1 %3, label %loop209.preheader.loopexit.unr-lcssa, label %body196

join183:                                          ; preds = %body153, %done211
  %var180.0 = phi double [ %fmul323, %done211 ], [ 0.000000e+00, %body153 ]
  %fadd326 = fadd double %var150.0346, %var180.0
  %fadd328 = fadd double %var151.0345, %sel179
  %next329 = add nuw nsw i64 %i155347, 1
  %exitcond363.not = icmp eq i64 %next329, %len
  br i1 %exitcond363.not, label %done154, label %body153

loop209.preheader.loopexit.unr-lcssa:             ; preds = %body196, %body196.preheader
  %call205.lcssa.ph = phi float [ undef, %body196.preheader ], [ %call205.7, %body196 ]
  %i198339.unr = phi i64 [ 0, %body196.preheader ], [ %next206.7, %body196 ]
  %var194.0338.unr = phi float [ 0xFFF0000000000000, %body196.preheader ], [ %call205.7, %body196 ]
  br i1 %lcmp.mod.not, label %loop209.preheader, label %body196.epil

body196.epil:                                     ; preds = %loop209.preheader.loopexit.unr-lcssa, %body196.epil
  %i198339.epil = phi i64 [ %next206.epil, %body196.epil ], [ %i198339.unr, %loop209.preheader.loopexit.unr-lcssa ]
  %var194.0338.epil = phi float [ %call205.epil, %body196.epil ], [ %var194.0338.unr, %loop209.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body196.epil ], [ 0, %loop209.preheader.loopexit.unr-lcssa ]
  %mul201.epil = mul i64 %i198339.epil, %inner
  %add202.epil = add i64 %mul201.epil, %add188
  %p203.epil = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add202.epil
  %v204.epil = load float, float addrspace(1)* %p203.epil, align 4
  %call205.epil = tail call float @llvm.maxnum.f32(float %var194.0338.epil, float %v204.epil)
  %next206.epil = add nuw nsw i64 %i198339.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %loop209.preheader, label %body196.epil, !llvm.loop !3

loop209.preheader:                                ; preds = %loop209.preheader.loopexit.unr-lcssa, %body196.epil, %then181
  %var194.0.lcssa = phi float [ 0xFFF0000000000000, %then181 ], [ %call205.lcssa.ph, %loop209.preheader.loopexit.unr-lcssa ], [ %call205.epil, %body196.epil ]
  br i1 %go199337, label %body210, label %done211

body196:                                          ; preds = %body196.preheader, %body196
  %i198339 = phi i64 [ %next206.7, %body196 ], [ 0, %body196.preheader ]
  %var194.0338 = phi float [ %call205.7, %body196 ], [ 0xFFF0000000000000, %body196.preheader ]
  %niter = phi i64 [ %niter.next.7, %body196 ], [ 0, %body196.preheader ]
  %mul201 = mul i64 %i198339, %inner
  %add202 = add i64 %mul201, %add188
  %p203 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add202
  %v204 = load float, float addrspace(1)* %p203, align 4
  %call205 = tail call float @llvm.maxnum.f32(float %var194.0338, float %v204)
  %next206 = or i64 %i198339, 1
  %mul201.1 = mul i64 %next206, %inner
  %add202.1 = add i64 %mul201.1, %add188
  %p203.1 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add202.1
  %v204.1 = load float, float addrspace(1)* %p203.1, align 4
  %call205.1 = tail call float @llvm.maxnum.f32(float %call205, float %v204.1)
  %next206.1 = or i64 %i198339, 2
  %mul201.2 = mul i64 %next206.1, %inner
  %add202.2 = add i64 %mul201.2, %add188
  %p203.2 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add202.2
  %v204.2 = load float, float addrspace(1)* %p203.2, align 4
  %call205.2 = tail call float @llvm.maxnum.f32(float %call205.1, float %v204.2)
  %next206.2 = or i64 %i198339, 3
  %mul201.3 = mul i64 %next206.2, %inner
  %add202.3 = add i64 %mul201.3, %add188
  %p203.3 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add202.3
  %v204.3 = load float, float addrspace(1)* %p203.3, align 4
  %call205.3 = tail call float @llvm.maxnum.f32(float %call205.2, float %v204.3)
  %next206.3 = or i64 %i198339, 4
  %mul201.4 = mul i64 %next206.3, %inner
  %add202.4 = add i64 %mul201.4, %add188
  %p203.4 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add202.4
  %v204.4 = load float, float addrspace(1)* %p203.4, align 4
  %call205.4 = tail call float @llvm.maxnum.f32(float %call205.3, float %v204.4)
  %next206.4 = or i64 %i198339, 5
  %mul201.5 = mul i64 %next206.4, %inner
  %add202.5 = add i64 %mul201.5, %add188
  %p203.5 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add202.5
  %v204.5 = load float, float addrspace(1)* %p203.5, align 4
  %call205.5 = tail call float @llvm.maxnum.f32(float %call205.4, float %v204.5)
  %next206.5 = or i64 %i198339, 6
  %mul201.6 = mul i64 %next206.5, %inner
  %add202.6 = add i64 %mul201.6, %add188
  %p203.6 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add202.6
  %v204.6 = load float, float addrspace(1)* %p203.6, align 4
  %call205.6 = tail call float @llvm.maxnum.f32(float %call205.5, float %v204.6)
  %next206.6 = or i64 %i198339, 7
  %mul201.7 = mul i64 %next206.6, %inner
  %add202.7 = add i64 %mul201.7, %add188
  %p203.7 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add202.7
  %v204.7 = load float, float addrspace(1)* %p203.7, align 4
  %call205.7 = tail call float @llvm.maxnum.f32(float %call205.6, float %v204.7)
  %next206.7 = add nuw nsw i64 %i198339, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %loop209.preheader.loopexit.unr-lcssa, label %body196

body210:                                          ; preds = %loop209.preheader, %body210
  %i212342 = phi i64 [ %next270, %body210 ], [ 0, %loop209.preheader ]
  %var208.0341 = phi double [ %fadd269, %body210 ], [ 0.000000e+00, %loop209.preheader ]
  %mul214 = mul i64 %i212342, %inner
  %add215 = add i64 %mul214, %add188
  %p216 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add215
  %v217 = load float, float addrspace(1)* %p216, align 4
  %fsub218 = fsub float %v217, %var194.0.lcssa
  %ext219 = fpext float %fsub218 to double
  %call221 = tail call double @llvm.maxnum.f64(double %ext219, double -7.450000e+02)
  %call222 = tail call double @llvm.minnum.f64(double %call221, double 7.090000e+02)
  %fmul223 = fmul double %call222, 0x3FF71547652B82FE
  %fadd224 = fadd double %fmul223, 5.000000e-01
  %call225 = tail call double @llvm.floor.f64(double %fadd224)
  %fmul226 = fmul double %call225, 0x3FE62E42FEE00000
  %fsub227 = fsub double %call222, %fmul226
  %fmul228 = fmul double %call225, 0x3DEA39EF35793C76
  %fsub229 = fsub double %fsub227, %fmul228
  %fmul230 = fmul double %fsub229, 0x3DE6124613A86D09
  %fadd231 = fadd double %fmul230, 0x3E21EED8EFF8D898
  %fmul232 = fmul double %fsub229, %fadd231
  %fadd233 = fadd double %fmul232, 0x3E5AE64567F544E4
  %fmul234 = fmul double %fsub229, %fadd233
  %fadd235 = fadd double %fmul234, 0x3E927E4FB7789F5C
  %fmul236 = fmul double %fsub229, %fadd235
  %fadd237 = fadd double %fmul236, 0x3EC71DE3A556C734
  %fmul238 = fmul double %fsub229, %fadd237
  %fadd239 = fadd double %fmul238, 0x3EFA01A01A01A01A
  %fmul240 = fmul double %fsub229, %fadd239
  %fadd241 = fadd double %fmul240, 0x3F2A01A01A01A01A
  %fmul242 = fmul double %fsub229, %fadd241
  %fadd243 = fadd double %fmul242, 0x3F56C16C16C16C17
  %fmul244 = fmul double %fsub229, %fadd243
  %fadd245 = fadd double %fmul244, 0x3F81111111111111
  %fmul246 = fmul double %fsub229, %fadd245
  %fadd247 = fadd double %fmul246, 0x3FA5555555555555
  %fmul248 = fmul double %fsub229, %fadd247
  %fadd249 = fadd double %fmul248, 0x3FC5555555555555
  %fmul250 = fmul double %fsub229, %fadd249
  %fadd251 = fadd double %fmul250, 5.000000e-01
  %fmul252 = fmul double %fsub229, %fadd251
  %fadd253 = fadd double %fmul252, 1.000000e+00
  %fmul254 = fmul double %fsub229, %fadd253
  %fadd255 = fadd double %fmul254, 1.000000e+00
  %k256 = fptosi double %call225 to i64
  %half257 = ashr i64 %k256, 1
  %sub258 = sub i64 %k256, %half257
  %add259 = shl i64 %half257, 52
  %bits260 = add i64 %add259, 4607182418800017408
  %pow2261 = bitcast i64 %bits260 to double
  %add262 = shl i64 %sub258, 52
  %bits263 = add i64 %add262, 4607182418800017408
  %pow2264 = bitcast i64 %bits263 to double
  %fmul265 = fmul double %pow2261, %pow2264
  %fmul266 = fmul double %fmul265, %fadd255
  %fcmp267 = fcmp uno float %fsub218, 0.000000e+00
  %sel268 = select i1 %fcmp267, double %ext219, double %fmul266
  %fadd269 = fadd double %var208.0341, %sel268
  %next270 = add nuw nsw i64 %i212342, 1
  %exitcond362.not = icmp eq i64 %next270, %classes
  br i1 %exitcond362.not, label %done211, label %body210

done211:                                          ; preds = %body210, %loop209.preheader
  %var208.0.lcssa = phi double [ 0.000000e+00, %loop209.preheader ], [ %fadd269, %body210 ]
  %ext271 = fpext float %var194.0.lcssa to double
  %bits273 = bitcast double %var208.0.lcssa to i64
  %exp274 = lshr i64 %bits273, 52
  %e275 = and i64 %exp274, 2047
  %mant276 = and i64 %bits273, 4503599627370495
  %m277 = or i64 %mant276, 4607182418800017408
  %m278 = bitcast i64 %m277 to double
  %fcmp279 = fcmp ogt double %m278, 0x3FF6A09E667F3BCD
  %fmul280 = fmul double %m278, 5.000000e-01
  %sel281 = select i1 %fcmp279, double %fmul280, double %m278
  %sub282 = add nsw i64 %e275, -1023
  %i2f283 = sitofp i64 %sub282 to double
  %fadd284 = fadd double %i2f283, 1.000000e+00
  %sel285 = select i1 %fcmp279, double %fadd284, double %i2f283
  %fsub286 = fadd double %sel281, -1.000000e+00
  %fadd287 = fadd double %sel281, 1.000000e+00
  %fdiv288 = fdiv double %fsub286, %fadd287
  %fmul289 = fmul double %fdiv288, %fdiv288
  %fmul290 = fmul double %fmul289, 0x3FB8618618618618
  %fadd291 = fadd double %fmul290, 0x3FBAF286BCA1AF28
  %fmul292 = fmul double %fmul289, %fadd291
  %fadd293 = fadd double %fmul292, 0x3FBE1E1E1E1E1E1E
  %fmul294 = fmul double %fmul289, %fadd293
  %fadd295 = fadd double %fmul294, 0x3FC1111111111111
  %fmul296 = fmul double %fmul289, %fadd295
  %fadd297 = fadd double %fmul296, 0x3FC3B13B13B13B14
  %fmul298 = fmul double %fmul289, %fadd297
  %fadd299 = fadd double %fmul298, 0x3FC745D1745D1746
  %fmul300 = fmul double %fmul289, %fadd299
  %fadd301 = fadd double %fmul300, 0x3FCC71C71C71C71C
  %fmul302 = fmul double %fmul289, %fadd301
  %fadd303 = fadd double %fmul302, 0x3FD2492492492492
  %fmul304 = fmul double %fmul289, %fadd303
  %fadd305 = fadd double %fmul304, 4.000000e-01
  %fmul306 = fmul double %fmul289, %fadd305
  %fadd307 = fadd double %fmul306, 0x3FE5555555555555
  %fmul308 = fmul double %fmul289, %fadd307
  %fadd309 = fadd double %fmul308, 2.000000e+00
  %fmul310 = fmul double %fdiv288, %fadd309
  %fmul311 = fmul double %sel285, 0x3FE62E42FEE00000
  %fmul312 = fmul double %sel285, 0x3DEA39EF35793C76
  %fadd313 = fadd double %fmul312, %fmul310
  %fadd314 = fadd double %fmul311, %fadd313
  %fcmp315 = fcmp oeq double %var208.0.lcssa, 0x7FF0000000000000
  %sel316 = select i1 %fcmp315, double %var208.0.lcssa, double %fadd314
  %fcmp317 = fcmp oeq double %var208.0.lcssa, 0.000000e+00
  %sel318 = select i1 %fcmp317, double 0xFFF0000000000000, double %sel316
  %fcmp319 = fcmp oge double %var208.0.lcssa, 0.000000e+00
  %sel320 = select i1 %fcmp319, double %sel318, double 0x7FF8000000000000
  %fadd321 = fadd double %sel320, %ext271
  %fsub322 = fsub double %fadd321, %ext193
  %fmul323 = fmul double %sel179, %fsub322
  br label %join183
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, i64, float, i64, float addrspace(1)*)* @syncbn_cross_entropy_loss, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !2}
