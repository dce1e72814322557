; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_cross_entropy_loss(float addrspace(1)* nocapture readonly %scores, float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %inner, i64 %has_weights, i64 %has_ignore, float %ignore, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go149 = icmp slt i64 %add, %len
  br i1 %go149, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %cmp = icmp eq i64 %has_ignore, 0
  %classes8 = sitofp i64 %classes to float
  %cmp13.not = icmp eq i64 %has_weights, 0
  %mul18 = mul i64 %inner, %classes
  %go31142 = icmp sgt i64 %classes, 0
  %0 = add i64 %classes, -1
  %xtraiter = and i64 %classes, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %classes, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %join
  %i150 = phi i64 [ %add, %body.lr.ph ], [ %next141, %join ]
  %p = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i150
  %v = load float, float addrspace(1)* %p, align 4
  %fcmp = fcmp une float %v, %ignore
  %fcmp9 = fcmp oge float %v, 0.000000e+00
  %fcmp10 = fcmp olt float %v, %classes8
  %in_range = and i1 %fcmp9, %fcmp10
  %2 = fptosi float %v to i64
  %class = select i1 %in_range, i64 %2, i64 0
  %back = sitofp i64 %class to float
  %fcmp11 = fcmp oeq float %v, %back
  %class_ok = and i1 %in_range, %fcmp11
  %not = or i1 %cmp, %fcmp
  %kept = and i1 %not, %class_ok
  %sel12 = select i1 %kept, i64 %class, i64 0
  %p14 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel12
  %v15 = load float, float addrspace(1)* %p14, align 4
  %ext = fpext float %v15 to double
  %sel16 = select i1 %cmp13.not, double 1.000000e+00, double %ext
  %sel17 = select i1 %kept, double %sel16, double 0.000000e+00
  br i1 %kept, label %then, label %join

done:                                             ; preds = %join, %entry
  ret void

then:                                             ; preds = %body
  %i150.frozen = freeze i64 %i150
  %inner.frozen = freeze i64 %inner
  %div = udiv i64 %i150.frozen, %inner.frozen
  %mul19 = mul i64 %mul18, %div
  %3 = mul i64 %div, %inner.frozen
  %rem.decomposed = sub i64 %i150.frozen, %3
  %add20 = add i64 %mul19, %rem.decomposed
  %mul21 = mul i64 %sel12, %inner
  %add22 = add i64 %add20, %mul21
  %p23 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add22
  %v24 = load float, float addrspace(1)* %p23, align 4
  %ext25 = fpext float %v24 to double
  br i1 %go31142, label %body28.preheader, label %loop38.preheader

body28.preheader:                                 ; preds = %then
  br i1 %1, label %loop38.preheader.loopexit.unr-lcssa, label %body28

join:                                             ; preds = %body, %done40
  %var.0 = phi double [ %fmul138, %done40 ], [ 0.000000e+00, %body ]
  %trunc = fptrunc double %var.0 to float
  %p140 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i150
  store float %trunc, float addrspace(1)* %p140, align 4
  %next141 = add i64 %i150, %mul7
  %go = icmp slt i64 %next141, %len
  br i1 %go, label %body, label %done

loop38.preheader.loopexit.unr-lcssa:              ; preds = %body28, %body28.preheader
  %call.lcssa.ph = phi float [ undef, %body28.preheader ], [ %call.7, %body28 ]
  %i30144.unr = phi i64 [ 0, %body28.preheader ], [ %next.7, %body28 ]
  %var26.0143.unr = phi float [ 0xFFF0000000000000, %body28.preheader ], [ %call.7, %body28 ]
  br i1 %lcmp.mod.not, label %loop38.preheader, label %body28.epil

body28.epil:                                      ; preds = %loop38.preheader.loopexit.unr-lcssa, %body28.epil
  %i30144.epil = phi i64 [ %next.epil, %body28.epil ], [ %i30144.unr, %loop38.preheader.loopexit.unr-lcssa ]
  %var26.0143.epil = phi float [ %call.epil, %body28.epil ], [ %var26.0143.unr, %loop38.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body28.epil ], [ 0, %loop38.preheader.loopexit.unr-lcssa ]
  %mul32.epil = mul i64 %i30144.epil, %inner
  %add33.epil = add i64 %mul32.epil, %add20
  %p34.epil = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.epil
  %v35.epil = load float, float addrspace(1)* %p34.epil, align 4
  %call.epil = tail call float @llvm.maxnum.f32(float %var26.0143.epil, float %v35.epil)
  %next.epil = add nuw nsw i64 %i30144.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %loop38.preheader, label %body28.epil, !llvm.loop !1

loop38.preheader:                                 ; preds = %loop38.preheader.loopexit.unr-lcssa, %body28.epil, %then
  %var26.0.lcssa = phi float [ 0xFFF0000000000000, %then ], [ %call.lcssa.ph, %loop38.preheader.loopexit.unr-lcssa ], [ %call.epil, %body28.epil ]
  br i1 %go31142, label %body39, label %done40

body28:                                           ; preds = %body28.preheader, %body28
  %i30144 = phi i64 [ %next.7, %body28 ], [ 0, %body28.preheader ]
  %var26.0143 = phi float [ %call.7, %body28 ], [ 0xFFF0000000000000, %body28.preheader ]
  %niter = phi i64 [ %niter.next.7, %body28 ], [ 0, %body28.preheader ]
  %mul32 = mul i64 %i30144, %inner
  %add33 = add i64 %mul32, %add20
  %p34 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33
  %v35 = load float, float addrspace(1)* %p34, align 4
  %call = tail call float @llvm.maxnum.f32(float %var26.0143, float %v35)
  %next = or i64 %i30144, 1
  %mul32.1 = mul i64 %next, %inner
  %add33.1 = add i64 %mul32.1, %add20
  %p34.1 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.1
  %v35.1 = load float, float addrspace(1)* %p34.1, align 4
  %call.1 = tail call float @llvm.maxnum.f32(float %call, float %v35.1)
  %next.1 = or i64 %i30144, 2
  %mul32.2 = mul i64 %next.1, %inner
  %add33.2 = add i64 %mul32.2, %add20
  %p34.2 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.2
  %v35.2 = load float, float addrspace(1)* %p34.2, align 4
  %call.2 = tail call float @llvm.maxnum.f32(float %call.1, float %v35.2)
  %next.2 = or i64 %i30144, 3
  %mul32.3 = mul i64 %next.2, %inner
  %add33.3 = add i64 %mul32.3, %add20
  %p34.3 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.3
  %v35.3 = load float, float addrspace(1)* %p34.3, align 4
  %call.3 = tail call float @llvm.maxnum.f32(float %call.2, float %v35.3)
  %next.3 = or i64 %i30144, 4
  %mul32.4 = mul i64 %next.3, %inner
  %add33.4 = add i64 %mul32.4, %add20
  %p34.4 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.4
  %v35.4 = load float, float addrspace(1)* %p34.4, align 4
  %call.4 = tail call float @llvm.maxnum.f32(float %call.3, float %v35.4)
  %next.4 = or i64 %i30144, 5
  %mul32.5 = mul i64 %next.4, %inner
  %add33.5 = add i64 %mul32.5, %add20
  %p34.5 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.5
  %v35.5 = load float, float addrspace(1)* %p34.5, align 4
  %call.5 = tail call float @llvm.maxnum.f32(float %call.4, float %v35.5)
  %next.5 = or i64 %i30144, 6
  %mul32.6 = mul i64 %next.5, %inner
  %add33.6 = add i64 %mul32.6, %add20
  %p34.6 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.6
  %v35.6 = load float, float addrspace(1)* %p34.6, align 4
  %call.6 = tail call float @llvm.maxnum.f32(float %call.5, float %v35.6)
  %next.6 = or i64 %i30144, 7
  %mul32.7 = mul i64 %next.6, %inner
  %add33.7 = add i64 %mul32.7, %add20
  %p34.7 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add33.7
  %v35.7 = load float, float addrspace(1)* %p34.7, align 4
  %call.7 = tail call float @llvm.maxnum.f32(float %call.6, float %v35.7)
  %next.7 = add nuw nsw i64 %i30144, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %loop38.preheader.loopexit.unr-lcssa, label %body28

body39:                                           ; preds = %loop38.preheader, %body39
  %i41147 = phi i64 [ %next91, %body39 ], [ 0, %loop38.preheader ]
  %var37.0146 = phi double [ %fadd90, %body39 ], [ 0.000000e+00, %loop38.preheader ]
  %mul43 = mul i64 %i41147, %inner
  %add44 = add i64 %mul43, %add20
  %p45 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add44
  %v46 = load float, float addrspace(1)* %p45, align 4
  %fsub = fsub float %v46, %var26.0.lcssa
  %ext47 = fpext float %fsub to double
  %call49 = tail call double @llvm.maxnum.f64(double %ext47, double -7.450000e+02)
  %call50 = tail call double @llvm.minnum.f64(double %call49, double 7.090000e+02)
  %fmul = fmul double %call50, 0x3FF71547652B82FE
  %fadd = fadd double %fmul, 5.000000e-01
  %call51 = tail call double @llvm.floor.f64(double %fadd)
  %fmul52 = fmul double %call51, 0x3FE62E42FEE00000
  %fsub53 = fsub double %call50, %fmul52
  %fmul54 = fmul double %call51, 0x3DEA39EF35793C76
  %fsub55 = fsub double %fsub53, %fmul54
  %fmul56 = fmul double %fsub55, 0x3DE6124613A86D09
  %fadd57 = fadd double %fmul56, 0x3E21EED8EFF8D898
  %fmul58 = fmul double %fsub55, %fadd57
  %fadd59 = fadd double %fmul58, 0x3E5AE64567F544E4
  %fmul60 = fmul double %fsub55, %fadd59
  %fadd61 = fadd double %fmul60, 0x3E927E4FB7789F5C
  %fmul62 = fmul double %fsub55, %fadd61
  %fadd63 = fadd double %fmul62, 0x3EC71DE3A556C734
  %fmul64 = fmul double %fsub55, %fadd63
  %fadd65 = fadd double %fmul64, 0x3EFA01A01A01A01A
  %fmul66 = fmul double %fsub55, %fadd65
  %fadd67 = fadd double %fmul66, 0x3F2A01A01A01A01A
  %fmul68 = fmul double %fsub55, %fadd67
  %fadd69 = fadd double %fmul68, 0x3F56C16C16C16C17
  %fmul70 = fmul double %fsub55, %fadd69
  %fadd71 = fadd double %fmul70, 0x3F81111111111111
  %fmul72 = fmul double %fsub55, %fadd71
  %fadd73 = fadd double %fmul72, 0x3FA5555555555555
  %fmul74 = fmul double %fsub55, %fadd73
  %fadd75 = fadd double %fmul74, 0x3FC5555555555555
  %fmul76 = fmul double %fsub55, %fadd75
  %fadd77 = fadd double %fmul76, 5.000000e-01
  %fmul78 = fmul double %fsub55, %fadd77
  %fadd79 = fadd double %fmul78, 1.000000e+00
  %fmul80 = fmul double %fsub55, %fadd79
  %fadd81 = fadd double %fmul80, 1.000000e+00
  %k = fptosi double %call51 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add82 = shl i64 %half, 52
  %bits = add i64 %add82, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add83 = shl i64 %sub, 52
  %bits84 = add i64 %add83, 4607182418800017408
  %pow285 = bitcast i64 %bits84 to double
  %fmul86 = fmul double %pow2, %pow285
  %fmul87 = fmul double %fmul86, %fadd81
  %fcmp88 = fcmp uno float %fsub, 0.000000e+00
  %sel89 = select i1 %fcmp88, double %ext47, double %fmul87
  %fadd90 = fadd double %var37.0146, %sel89
  %next91 = add nuw nsw i64 %i41147, 1
  %exitcond152.not = icmp eq i64 %next91, %classes
  br i1 %exitcond152.not, label %done40, label %body39

done40:                                           ; preds = %body39, %loop38.preheader
  %var37.0.lcssa = phi double [ 0.000000e+00, %loop38.preheader ], [ %fadd90, %body39 ]
  %ext92 = fpext float %var26.0.lcssa to double
  %bits94 = bitcast double %var37.0.lcssa to i64
  %exp = lshr i64 %bits94, 52
  %e = and i64 %exp, 2047
  %mant = and i64 %bits94, 4503599627370495
  %m = or i64 %mant, 4607182418800017408
  %m95 = bitcast i64 %m to double
  %fcmp96 = fcmp ogt double %m95, 0x3FF6A09E667F3BCD
  %fmul97 = fmul double %m95, 5.000000e-01
  %sel98 = select i1 %fcmp96, double %fmul97, double %m95
  %sub99 = add nsw i64 %e, -1023
  %i2f = sitofp i64 %sub99 to double
  %fadd100 = fadd double %i2f, 1.000000e+00
  %sel101 = select i1 %fcmp96, double %fadd100, double %i2f
  %fsub102 = fadd double %sel98, -1.000000e+00
  %fadd103 = fadd double %sel98, 1.000000e+00
  %fdiv = fdiv double %fsub102, %fadd103
  %fmul104 = fmul double %fdiv, %fdiv
  %fmul105 = fmul double %fmul104, 0x3FB8618618618618
  %fadd106 = fadd double %fmul105, 0x3FBAF286BCA1AF28
  %fmul107 = fmul double %fmul104, %fadd106
  %fadd108 = fadd double %fmul107, 0x3FBE1E1E1E1E1E1E
  %fmul109 = fmul double %fmul104, %fadd108
  %fadd110 = fadd double %fmul109, 0x3FC1111111111111
  %fmul111 = fmul double %fmul104, %fadd110
  %fadd112 = fadd double %fmul111, 0x3FC3B13B13B13B14
  %fmul113 = fmul double %fmul104, %fadd112
  %fadd114 = fadd double %fmul113, 0x3FC745D1745D1746
  %fmul115 = fmul double %fmul104, %fadd114
  %fadd116 = fadd double %fmul115, 0x3FCC71C71C71C71C
  %fmul117 = fmul double %fmul104, %fadd116
  %fadd118 = fadd double %fmul117, 0x3FD2492492492492
  %fmul119 = fmul double %fmul104, %fadd118
  %fadd120 = fadd double %fmul119, 4.000000e-01
  %fmul121 = fmul double %fmul104, %fadd120
  %fadd122 = fadd double %fmul121, 0x3FE5555555555555
  %fmul123 = fmul double %fmul104, %fadd122
  %fadd124 = fadd double %fmul123, 2.000000e+00
  %fmul125 = fmul double %fdiv, %fadd124
  %fmul126 = fmul double %sel101, 0x3FE62E42FEE00000
  %fmul127 = fmul double %sel101, 0x3DEA39EF35793C76
  %fadd128 = fadd double %fmul127, %fmul125
  %fadd129 = fadd double %fmul126, %fadd128
  %fcmp130 = fcmp oeq double %var37.0.lcssa, 0x7FF0000000000000
  %sel131 = select i1 %fcmp130, double %var37.0.lcssa, double %fadd129
  %fcmp132 = fcmp oeq double %var37.0.lcssa, 0.000000e+00
  %sel133 = select i1 %fcmp132, double 0xFFF0000000000000, double %sel131
  %fcmp134 = fcmp oge double %var37.0.lcssa, 0.000000e+00
  %sel135 = select i1 %fcmp134, double %sel133, double 0x7FF8000000000000
  %fadd136 = fadd double %sel135, %ext92
  %fsub137 = fsub double %fadd136, %ext25
  %fmul138 = fmul double %sel17, %fsub137
  br label %join
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, i64, float, float addrspace(1)*)* @syncbn_cross_entropy_loss, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
