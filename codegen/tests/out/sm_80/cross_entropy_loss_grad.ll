; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_cross_entropy_loss_grad(float addrspace(1)* nocapture readonly %d_loss, float addrspace(1)* nocapture readonly %scores, float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %inner, i64 %has_weights, i64 %has_ignore, float %ignore, i64 %reduction, double addrspace(1)* nocapture readonly %total, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go232 = icmp slt i64 %add, %len
  br i1 %go232, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul8 = mul i64 %inner, %classes
  %go15221 = icmp sgt i64 %classes, 0
  %cmp = icmp eq i64 %has_ignore, 0
  %classes19 = sitofp i64 %classes to float
  %cmp24.not = icmp eq i64 %has_weights, 0
  %cmp29 = icmp eq i64 %reduction, 0
  %cmp34 = icmp eq i64 %reduction, 2
  %0 = add i64 %classes, -1
  %xtraiter = and i64 %classes, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %classes, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %xtraiter238 = and i64 %classes, 7
  %2 = icmp ult i64 %0, 7
  %unroll_iter242 = and i64 %classes, -8
  %lcmp.mod240.not = icmp eq i64 %xtraiter238, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %join
  %i233 = phi i64 [ %add, %body.lr.ph ], [ %next220, %join ]
  %i233.frozen = freeze i64 %i233
  %inner.frozen = freeze i64 %inner
  %div = udiv i64 %i233.frozen, %inner.frozen
  %mul9 = mul i64 %mul8, %div
  %3 = mul i64 %div, %inner.frozen
  %rem.decomposed = sub i64 %i233.frozen, %3
  %add10 = add i64 %mul9, %rem.decomposed
  br i1 %go15221, label %body12.preheader, label %done13

body12.preheader:                                 ; preds = %body
  br i1 %1, label %done13.loopexit.unr-lcssa, label %body12

done:                                             ; preds = %join, %entry
  ret void

body12:                                           ; preds = %body12.preheader, %body12
  %i14222 = phi i64 [ %next.7, %body12 ], [ 0, %body12.preheader ]
  %niter = phi i64 [ %niter.next.7, %body12 ], [ 0, %body12.preheader ]
  %mul16 = mul i64 %i14222, %inner
  %add17 = add i64 %mul16, %add10
  %p = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17
  store float 0.000000e+00, float addrspace(1)* %p, align 4
  %next = or i64 %i14222, 1
  %mul16.1 = mul i64 %next, %inner
  %add17.1 = add i64 %mul16.1, %add10
  %p.1 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.1
  store float 0.000000e+00, float addrspace(1)* %p.1, align 4
  %next.1 = or i64 %i14222, 2
  %mul16.2 = mul i64 %next.1, %inner
  %add17.2 = add i64 %mul16.2, %add10
  %p.2 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.2
  store float 0.000000e+00, float addrspace(1)* %p.2, align 4
  %next.2 = or i64 %i14222, 3
  %mul16.3 = mul i64 %next.2, %inner
  %add17.3 = add i64 %mul16.3, %add10
  %p.3 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.3
  store float 0.000000e+00, float addrspace(1)* %p.3, align 4
  %next.3 = or i64 %i14222, 4
  %mul16.4 = mul i64 %next.3, %inner
  %add17.4 = add i64 %mul16.4, %add10
  %p.4 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.4
  store float 0.000000e+00, float addrspace(1)* %p.4, align 4
  %next.4 = or i64 %i14222, 5
  %mul16.5 = mul i64 %next.4, %inner
  %add17.5 = add i64 %mul16.5, %add10
  %p.5 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.5
  store float 0.000000e+00, float addrspace(1)* %p.5, align 4
  %next.5 = or i64 %i14222, 6
  %mul16.6 = mul i64 %next.5, %inner
  %add17.6 = add i64 %mul16.6, %add10
  %p.6 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.6
  store float 0.000000e+00, float addrspace(1)* %p.6, align 4
  %next.6 = or i64 %i14222, 7
  %mul16.7 = mul i64 %next.6, %inner
  %add17.7 = add i64 %mul16.7, %add10
  %p.7 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.7
  store float 0.000000e+00, float addrspace(1)* %p.7, align 4
  %next.7 = add nuw nsw i64 %i14222, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %done13.loopexit.unr-lcssa, label %body12

done13.loopexit.unr-lcssa:                        ; preds = %body12, %body12.preheader
  %i14222.unr = phi i64 [ 0, %body12.preheader ], [ %next.7, %body12 ]
  br i1 %lcmp.mod.not, label %done13, label %body12.epil

body12.epil:                                      ; preds = %done13.loopexit.unr-lcssa, %body12.epil
  %i14222.epil = phi i64 [ %next.epil, %body12.epil ], [ %i14222.unr, %done13.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body12.epil ], [ 0, %done13.loopexit.unr-lcssa ]
  %mul16.epil = mul i64 %i14222.epil, %inner
  %add17.epil = add i64 %mul16.epil, %add10
  %p.epil = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.epil
  store float 0.000000e+00, float addrspace(1)* %p.epil, align 4
  %next.epil = add nuw nsw i64 %i14222.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done13, label %body12.epil, !llvm.loop !1

done13:                                           ; preds = %done13.loopexit.unr-lcssa, %body12.epil, %body
  %p18 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i233
  %v = load float, float addrspace(1)* %p18, align 4
  %fcmp = fcmp une float %v, %ignore
  %fcmp20 = fcmp oge float %v, 0.000000e+00
  %fcmp21 = fcmp olt float %v, %classes19
  %in_range = and i1 %fcmp20, %fcmp21
  %4 = fptosi float %v to i64
  %class = select i1 %in_range, i64 %4, i64 0
  %back = sitofp i64 %class to float
  %fcmp22 = fcmp oeq float %v, %back
  %class_ok = and i1 %in_range, %fcmp22
  %not = or i1 %cmp, %fcmp
  %kept = and i1 %not, %class_ok
  %sel23 = select i1 %kept, i64 %class, i64 0
  %p25 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel23
  %v26 = load float, float addrspace(1)* %p25, align 4
  %ext = fpext float %v26 to double
  %sel27 = select i1 %cmp24.not, double 1.000000e+00, double %ext
  %sel28 = select i1 %kept, double %sel27, double 0.000000e+00
  br i1 %kept, label %then, label %join

then:                                             ; preds = %done13
  %sel30 = select i1 %cmp29, i64 %i233, i64 0
  %p31 = getelementptr inbounds float, float addrspace(1)* %d_loss, i64 %sel30
  %v32 = load float, float addrspace(1)* %p31, align 4
  %ext33 = fpext float %v32 to double
  br i1 %cmp34, label %then35, label %join37

join:                                             ; preds = %body156, %done56, %done13
  %next220 = add i64 %i233, %mul7
  %go = icmp slt i64 %next220, %len
  br i1 %go, label %body, label %done

then35:                                           ; preds = %then
  %v39 = load double, double addrspace(1)* %total, align 8
  br label %join37

join37:                                           ; preds = %then, %then35
  %var.0 = phi double [ %v39, %then35 ], [ 1.000000e+00, %then ]
  %fdiv = fdiv double %ext33, %var.0
  %fmul = fmul double %sel28, %fdiv
  br i1 %go15221, label %body42.preheader, label %loop54.preheader

body42.preheader:                                 ; preds = %join37
  br i1 %2, label %loop54.preheader.loopexit.unr-lcssa, label %body42

loop54.preheader.loopexit.unr-lcssa:              ; preds = %body42, %body42.preheader
  %call.lcssa.ph = phi float [ undef, %body42.preheader ], [ %call.7, %body42 ]
  %i44225.unr = phi i64 [ 0, %body42.preheader ], [ %next51.7, %body42 ]
  %var40.0224.unr = phi float [ 0xFFF0000000000000, %body42.preheader ], [ %call.7, %body42 ]
  br i1 %lcmp.mod240.not, label %loop54.preheader, label %body42.epil

body42.epil:                                      ; preds = %loop54.preheader.loopexit.unr-lcssa, %body42.epil
  %i44225.epil = phi i64 [ %next51.epil, %body42.epil ], [ %i44225.unr, %loop54.preheader.loopexit.unr-lcssa ]
  %var40.0224.epil = phi float [ %call.epil, %body42.epil ], [ %var40.0224.unr, %loop54.preheader.loopexit.unr-lcssa ]
  %epil.iter239 = phi i64 [ %epil.iter239.next, %body42.epil ], [ 0, %loop54.preheader.loopexit.unr-lcssa ]
  %mul47.epil = mul i64 %i44225.epil, %inner
  %add48.epil = add i64 %mul47.epil, %add10
  %p49.epil = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add48.epil
  %v50.epil = load float, float addrspace(1)* %p49.epil, align 4
  %call.epil = tail call float @llvm.maxnum.f32(float %var40.0224.epil, float %v50.epil)
  %next51.epil = add nuw nsw i64 %i44225.epil, 1
  %epil.iter239.next = add i64 %epil.iter239, 1
  %epil.iter239.cmp.not = icmp eq i64 %epil.iter239.next, %xtraiter238
  br i1 %epil.iter239.cmp.not, label %loop54.preheader, label %body42.epil, !llvm.loop !3

loop54.preheader:                                 ; preds = %loop54.preheader.loopexit.unr-lcssa, %body42.epil, %join37
  %var40.0.lcssa = phi float [ 0xFFF0000000000000, %join37 ], [ %call.lcssa.ph, %loop54.preheader.loopexit.unr-lcssa ], [ %call.epil, %body42.epil ]
  br i1 %go15221, label %body55, label %done56

body42:                                           ; preds = %body42.preheader, %body42
  %i44225 = phi i64 [ %next51.7, %body42 ], [ 0, %body42.preheader ]
  %var40.0224 = phi float [ %call.7, %body42 ], [ 0xFFF0000000000000, %body42.preheader ]
  %niter243 = phi i64 [ %niter243.next.7, %body42 ], [ 0, %body42.preheader ]
  %mul47 = mul i64 %i44225, %inner
  %add48 = add i64 %mul47, %add10
  %p49 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add48
  %v50 = load float, float addrspace(1)* %p49, align 4
  %call = tail call float @llvm.maxnum.f32(float %var40.0224, float %v50)
  %next51 = or i64 %i44225, 1
  %mul47.1 = mul i64 %next51, %inner
  %add48.1 = add i64 %mul47.1, %add10
  %p49.1 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add48.1
  %v50.1 = load float, float addrspace(1)* %p49.1, align 4
  %call.1 = tail call float @llvm.maxnum.f32(float %call, float %v50.1)
  %next51.1 = or i64 %i44225, 2
  %mul47.2 = mul i64 %next51.1, %inner
  %add48.2 = add i64 %mul47.2, %add10
  %p49.2 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add48.2
  %v50.2 = load float, float addrspace(1)* %p49.2, align 4
  %call.2 = tail call float @llvm.maxnum.f32(float %call.1, float %v50.2)
  %next51.2 = or i64 %i44225, 3
  %mul47.3 = mul i64 %next51.2, %inner
  %add48.3 = add i64 %mul47.3, %add10
  %p49.3 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add48.3
  %v50.3 = load float, float addrspace(1)* %p49.3, align 4
  %call.3 = tail call float @llvm.maxnum.f32(float %call.2, float %v50.3)
  %next51.3 = or i64 %i44225, 4
  %mul47.4 = mul i64 %next51.3, %inner
  %add48.4 = add i64 %mul47.4, %add10
  %p49.4 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add48.4
  %v50.4 = load float, float addrspace(1)* %p49.4, align 4
  %call.4 = tail call float @llvm.maxnum.f32(float %call.3, float %v50.4)
  %next51.4 = or i64 %i44225, 5
  %mul47.5 = mul i64 %next51.4, %inner
  %add48.5 = add i64 %mul47.5, %add10
  %p49.5 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add48.5
  %v50.5 = load float, float addrspace(1)* %p49.5, align 4
  %call.5 = tail call float @llvm.maxnum.f32(float %call.4, float %v50.5)
  %next51.5 = or i64 %i44225, 6
  %mul47.6 = mul i64 %next51.5, %inner
  %add48.6 = add i64 %mul47.6, %add10
  %p49.6 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add48.6
  %v50.6 = load float, float addrspace(1)* %p49.6, align 4
  %call.6 = tail call float @llvm.maxnum.f32(float %call.5, float %v50.6)
  %next51.6 = or i64 %i44225, 7
  %mul47.7 = mul i64 %next51.6, %inner
  %add48.7 = add i64 %mul47.7, %add10
  %p49.7 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add48.7
  %v50.7 = load float, float addrspace(1)* %p49.7, align 4
  %call.7 = tail call float @llvm.maxnum.f32(float %call.6, float %v50.7)
  %next51.7 = add nuw nsw i64 %i44225, 8
  %niter243.next.7 = add i64 %niter243, 8
  %niter243.ncmp.7 = icmp eq i64 %niter243.next.7, %unroll_iter242
  br i1 %niter243.ncmp.7, label %loop54.preheader.loopexit.unr-lcssa, label %body42

body55:                                           ; preds = %loop54.preheader, %body55
  %i57228 = phi i64 [ %next108, %body55 ], [ 0, %loop54.preheader ]
  %var53.0227 = phi double [ %fadd107, %body55 ], [ 0.000000e+00, %loop54.preheader ]
  %mul59 = mul i64 %i57228, %inner
  %add60 = add i64 %mul59, %add10
  %p61 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add60
  %v62 = load float, float addrspace(1)* %p61, align 4
  %fsub = fsub float %v62, %var40.0.lcssa
  %ext63 = fpext float %fsub to double
  %call65 = tail call double @llvm.maxnum.f64(double %ext63, double -7.450000e+02)
  %call66 = tail call double @llvm.minnum.f64(double %call65, double 7.090000e+02)
  %fmul67 = fmul double %call66, 0x3FF71547652B82FE
  %fadd = fadd double %fmul67, 5.000000e-01
  %call68 = tail call double @llvm.floor.f64(double %fadd)
  %fmul69 = fmul double %call68, 0x3FE62E42FEE00000
  %fsub70 = fsub double %call66, %fmul69
  %fmul71 = fmul double %call68, 0x3DEA39EF35793C76
  %fsub72 = fsub double %fsub70, %fmul71
  %fmul73 = fmul double %fsub72, 0x3DE6124613A86D09
  %fadd74 = fadd double %fmul73, 0x3E21EED8EFF8D898
  %fmul75 = fmul double %fsub72, %fadd74
  %fadd76 = fadd double %fmul75, 0x3E5AE64567F544E4
  %fmul77 = fmul double %fsub72, %fadd76
  %fadd78 = fadd double %fmul77, 0x3E927E4FB7789F5C
  %fmul79 = fmul double %fsub72, %fadd78
  %fadd80 = fadd double %fmul79, 0x3EC71DE3A556C734
  %fmul81 = fmul double %fsub72, %fadd80
  %fadd82 = fadd double %fmul81, 0x3EFA01A01A01A01A
  %fmul83 = fmul double %fsub72, %fadd82
  %fadd84 = fadd double %fmul83, 0x3F2A01A01A01A01A
  %fmul85 = fmul double %fsub72, %fadd84
  %fadd86 = fadd double %fmul85, 0x3F56C16C16C16C17
  %fmul87 = fmul double %fsub72, %fadd86
  %fadd88 = fadd double %fmul87, 0x3F81111111111111
  %fmul89 = fmul double %fsub72, %fadd88
  %fadd90 = fadd double %fmul89, 0x3FA5555555555555
  %fmul91 = fmul double %fsub72, %fadd90
  %fadd92 = fadd double %fmul91, 0x3FC5555555555555
  %fmul93 = fmul double %fsub72, %fadd92
  %fadd94 = fadd double %fmul93, 5.000000e-01
  %fmul95 = fmul double %fsub72, %fadd94
  %fadd96 = fadd double %fmul95, 1.000000e+00
  %fmul97 = fmul double %fsub72, %fadd96
  %fadd98 = fadd double %fmul97, 1.000000e+00
  %k = fptosi double %call68 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add99 = shl i64 %half, 52
  %bits = add i64 %add99, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add100 = shl i64 %sub, 52
  %bits101 = add i64 %add100, 4607182418800017408
  %pow2102 = bitcast i64 %bits101 to double
  %fmul103 = fmul double %pow2, %pow2102
  %fmul104 = fmul double %fmul103, %fadd98
  %fcmp105 = fcmp uno float %fsub, 0.000000e+00
  %sel106 = select i1 %fcmp105, double %ext63, double %fmul104
  %fadd107 = fadd double %var53.0227, %sel106
  %next108 = add nuw nsw i64 %i57228, 1
  %exitcond236.not = icmp eq i64 %next108, %classes
  br i1 %exitcond236.not, label %done56, label %body55

done56:                                           ; preds = %body55, %loop54.preheader
  %var53.0.lcssa = phi double [ 0.000000e+00, %loop54.preheader ], [ %fadd107, %body55 ]
  %ext109 = fpext float %var40.0.lcssa to double
  %bits111 = bitcast double %var53.0.lcssa to i64
  %exp = lshr i64 %bits111, 52
  %e = and i64 %exp, 2047
  %mant = and i64 %bits111, 4503599627370495
  %m = or i64 %mant, 4607182418800017408
  %m112 = bitcast i64 %m to double
  %fcmp113 = fcmp ogt double %m112, 0x3FF6A09E667F3BCD
  %fmul114 = fmul double %m112, 5.000000e-01
  %sel115 = select i1 %fcmp113, double %fmul114, double %m112
  %sub116 = add nsw i64 %e, -1023
  %i2f = sitofp i64 %sub116 to double
  %fadd117 = fadd double %i2f, 1.000000e+00
  %sel118 = select i1 %fcmp113, double %fadd117, double %i2f
  %fsub119 = fadd double %sel115, -1.000000e+00
  %fadd120 = fadd double %sel115, 1.000000e+00
  %fdiv121 = fdiv double %fsub119, %fadd120
  %fmul122 = fmul double %fdiv121, %fdiv121
  %fmul123 = fmul double %fmul122, 0x3FB8618618618618
  %fadd124 = fadd double %fmul123, 0x3FBAF286BCA1AF28
  %fmul125 = fmul double %fmul122, %fadd124
  %fadd126 = fadd double %fmul125, 0x3FBE1E1E1E1E1E1E
  %fmul127 = fmul double %fmul122, %fadd126
  %fadd128 = fadd double %fmul127, 0x3FC1111111111111
  %fmul129 = fmul double %fmul122, %fadd128
  %fadd130 = fadd double %fmul129, 0x3FC3B13B13B13B14
  %fmul131 = fmul double %fmul122, %fadd130
  %fadd132 = fadd double %fmul131, 0x3FC745D1745D1746
  %fmul133 = fmul double %fmul122, %fadd132
  %fadd134 = fadd double %fmul133, 0x3FCC71C71C71C71C
  %fmul135 = fmul double %fmul122, %fadd134
  %fadd136 = fadd double %fmul135, 0x3FD2492492492492
  %fmul137 = fmul double %fmul122, %fadd136
  %fadd138 = fadd double %fmul137, 4.000000e-01
  %fmul139 = fmul double %fmul122, %fadd138
  %fadd140 = fadd double %fmul139, 0x3FE5555555555555
  %fmul141 = fmul double %fmul122, %fadd140
  %fadd142 = fadd double %fmul141, 2.000000e+00
  %fmul143 = fmul double %fdiv121, %fadd142
  %fmul144 = fmul double %sel118, 0x3FE62E42FEE00000
  %fmul145 = fmul double %sel118, 0x3DEA39EF35793C76
  %fadd146 = fadd double %fmul145, %fmul143
  %fadd147 = fadd double %fmul144, %fadd146
  %fcmp148 = fcmp oeq double %var53.0.lcssa, 0x7FF0000000000000
  %sel149 = select i1 %fcmp148, double %var53.0.lcssa, double %fadd147
  %fcmp150 = fcmp oeq double %var53.0.lcssa, 0.000000e+00
  %sel151 = select i1 %fcmp150, double 0xFFF0000000000000, double %sel149
  %fcmp152 = fcmp oge double %var53.0.lcssa, 0.000000e+00
  %sel153 = select i1 %fcmp152, double %sel151, double 0x7FF8000000000000
  %fadd154 = fadd double %sel153, %ext109
  br i1 %go15221, label %body156, label %join

body156:                                          ; preds = %done56, %body156
  %i158231 = phi i64 [ %next219, %body156 ], [ 0, %done56 ]
  %mul160 = mul i64 %i158231, %inner
  %add161 = add i64 %mul160, %add10
  %p162 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add161
  %v163 = load float, float addrspace(1)* %p162, align 4
  %ext164 = fpext float %v163 to double
  %fsub165 = fsub double %ext164, %fadd154
  %call166 = tail call double @llvm.maxnum.f64(double %fsub165, double -7.450000e+02)
  %call167 = tail call double @llvm.minnum.f64(double %call166, double 7.090000e+02)
  %fmul168 = fmul double %call167, 0x3FF71547652B82FE
  %fadd169 = fadd double %fmul168, 5.000000e-01
  %call170 = tail call double @llvm.floor.f64(double %fadd169)
  %fmul171 = fmul double %call170, 0x3FE62E42FEE00000
  %fsub172 = fsub double %call167, %fmul171
  %fmul173 = fmul double %call170, 0x3DEA39EF35793C76
  %fsub174 = fsub double %fsub172, %fmul173
  %fmul175 = fmul double %fsub174, 0x3DE6124613A86D09
  %fadd176 = fadd double %fmul175, 0x3E21EED8EFF8D898
  %fmul177 = fmul double %fsub174, %fadd176
  %fadd178 = fadd double %fmul177, 0x3E5AE64567F544E4
  %fmul179 = fmul double %fsub174, %fadd178
  %fadd180 = fadd double %fmul179, 0x3E927E4FB7789F5C
  %fmul181 = fmul double %fsub174, %fadd180
  %fadd182 = fadd double %fmul181, 0x3EC71DE3A556C734
  %fmul183 = fmul double %fsub174, %fadd182
  %fadd184 = fadd double %fmul183, 0x3EFA01A01A01A01A
  %fmul185 = fmul double %fsub174, %fadd184
  %fadd186 = fadd double %fmul185, 0x3F2A01A01A01A01A
  %fmul187 = fmul double %fsub174, %fadd186
  %fadd188 = fadd double %fmul187, 0x3F56C16C16C16C17
  %fmul189 = fmul double %fsub174, %fadd188
  %fadd190 = fadd double %fmul189, 0x3F81111111111111
  %fmul191 = fmul double %fsub174, %fadd190
  %fadd192 = fadd double %fmul191, 0x3FA5555555555555
  %fmul193 = fmul double %fsub174, %fadd192
  %fadd194 = fadd double %fmul193, 0x3FC5555555555555
  %fmul195 = fmul double %fsub174, %fadd194
  %fadd196 = fadd double %fmul195, 5.000000e-01
  %fmul197 = fmul double %fsub174, %fadd196
  %fadd198 = fadd double %fmul197, 1.000000e+00
  %fmul199 = fmul double %fsub174, %fadd198
  %fadd200 = fadd double %fmul199, 1.000000e+00
  %k201 = fptosi double %call170 to i64
  %half202 = ashr i64 %k201, 1
  %sub203 = sub i64 %k201, %half202
  %add204 = shl i64 %half202, 52
  %bits205 = add i64 %add204, 4607182418800017408
  %pow2206 = bitcast i64 %bits205 to double
  %add207 = shl i64 %sub203, 52
  %bits208 = add i64 %add207, 4607182418800017408
  %pow2209 = bitcast i64 %bits208 to double
  %fmul210 = fmul double %pow2206, %pow2209
  %fmul211 = fmul double %fmul210, %fadd200
  %fcmp212 = fcmp uno double %fsub165, 0.000000e+00
  %sel213 = select i1 %fcmp212, double %fsub165, double %fmul211
  %cmp214 = icmp eq i64 %i158231, %sel23
  %sel215 = select i1 %cmp214, double 1.000000e+00, double 0.000000e+00
  %fsub216 = fsub double %sel213, %sel215
  %fmul217 = fmul double %fmul, %fsub216
  %trunc = fptrunc double %fmul217 to float
  %p218 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add161
  store float %trunc, float addrspace(1)* %p218, align 4
  %next219 = add nuw nsw i64 %i158231, 1
  %exitcond237.not = icmp eq i64 %next219, %classes
  br i1 %exitcond237.not, label %join, label %body156
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, i64, float, i64, double addrspace(1)*, float addrspace(1)*)* @syncbn_cross_entropy_loss_grad, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !2}
