; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_nll_loss_grad(float addrspace(1)* nocapture readonly %d_loss, float addrspace(1)* nocapture readnone %scores, float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %inner, i64 %has_weights, i64 %has_ignore, float %ignore, i64 %reduction, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go79 = icmp slt i64 %add, %len
  br i1 %go79, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul8 = mul i64 %inner, %classes
  %go1574 = icmp sgt i64 %classes, 0
  %cmp = icmp ne i64 %has_ignore, 0
  %classes19 = sitofp i64 %classes to float
  %cmp24.not = icmp eq i64 %has_weights, 0
  %cmp29 = icmp eq i64 %reduction, 0
  %cmp34 = icmp ne i64 %reduction, 2
  %go4276 = icmp slt i64 %len, 1
  %brmerge = select i1 %cmp34, i1 true, i1 %go4276
  %.mux = select i1 %cmp34, double 1.000000e+00, double 0.000000e+00
  %0 = add i64 %classes, -1
  %xtraiter = and i64 %classes, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %classes, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %xtraiter83 = and i64 %len, 1
  %2 = icmp eq i64 %len, 1
  %unroll_iter87 = and i64 %len, -2
  %lcmp.mod85.not = icmp eq i64 %xtraiter83, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %join
  %i80 = phi i64 [ %add, %body.lr.ph ], [ %next73, %join ]
  %i80.frozen = freeze i64 %i80
  %inner.frozen = freeze i64 %inner
  %div = udiv i64 %i80.frozen, %inner.frozen
  %mul9 = mul i64 %mul8, %div
  %3 = mul i64 %div, %inner.frozen
  %rem.decomposed = sub i64 %i80.frozen, %3
  %add10 = add i64 %mul9, %rem.decomposed
  br i1 %go1574, label %body12.preheader, label %done13

body12.preheader:                                 ; preds = %body
  br i1 %1, label %done13.loopexit.unr-lcssa, label %body12

done:                                             ; preds = %join, %entry
  ret void

body12:                                           ; preds = %body12.preheader, %body12
  %i1475 = phi i64 [ %next.7, %body12 ], [ 0, %body12.preheader ]
  %niter = phi i64 [ %niter.next.7, %body12 ], [ 0, %body12.preheader ]
  %mul16 = mul i64 %i1475, %inner
  %add17 = add i64 %mul16, %add10
  %p = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17
  store float 0.000000e+00, float addrspace(1)* %p, align 4
  %next = or i64 %i1475, 1
  %mul16.1 = mul i64 %next, %inner
  %add17.1 = add i64 %mul16.1, %add10
  %p.1 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.1
  store float 0.000000e+00, float addrspace(1)* %p.1, align 4
  %next.1 = or i64 %i1475, 2
  %mul16.2 = mul i64 %next.1, %inner
  %add17.2 = add i64 %mul16.2, %add10
  %p.2 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.2
  store float 0.000000e+00, float addrspace(1)* %p.2, align 4
  %next.2 = or i64 %i1475, 3
  %mul16.3 = mul i64 %next.2, %inner
  %add17.3 = add i64 %mul16.3, %add10
  %p.3 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.3
  store float 0.000000e+00, float addrspace(1)* %p.3, align 4
  %next.3 = or i64 %i1475, 4
  %mul16.4 = mul i64 %next.3, %inner
  %add17.4 = add i64 %mul16.4, %add10
  %p.4 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.4
  store float 0.000000e+00, float addrspace(1)* %p.4, align 4
  %next.4 = or i64 %i1475, 5
  %mul16.5 = mul i64 %next.4, %inner
  %add17.5 = add i64 %mul16.5, %add10
  %p.5 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.5
  store float 0.000000e+00, float addrspace(1)* %p.5, align 4
  %next.5 = or i64 %i1475, 6
  %mul16.6 = mul i64 %next.5, %inner
  %add17.6 = add i64 %mul16.6, %add10
  %p.6 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.6
  store float 0.000000e+00, float addrspace(1)* %p.6, align 4
  %next.6 = or i64 %i1475, 7
  %mul16.7 = mul i64 %next.6, %inner
  %add17.7 = add i64 %mul16.7, %add10
  %p.7 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.7
  store float 0.000000e+00, float addrspace(1)* %p.7, align 4
  %next.7 = add nuw nsw i64 %i1475, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %done13.loopexit.unr-lcssa, label %body12

done13.loopexit.unr-lcssa:                        ; preds = %body12, %body12.preheader
  %i1475.unr = phi i64 [ 0, %body12.preheader ], [ %next.7, %body12 ]
  br i1 %lcmp.mod.not, label %done13, label %body12.epil

body12.epil:                                      ; preds = %done13.loopexit.unr-lcssa, %body12.epil
  %i1475.epil = phi i64 [ %next.epil, %body12.epil ], [ %i1475.unr, %done13.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body12.epil ], [ 0, %done13.loopexit.unr-lcssa ]
  %mul16.epil = mul i64 %i1475.epil, %inner
  %add17.epil = add i64 %mul16.epil, %add10
  %p.epil = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.epil
  store float 0.000000e+00, float addrspace(1)* %p.epil, align 4
  %next.epil = add nuw nsw i64 %i1475.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done13, label %body12.epil, !llvm.loop !1

done13:                                           ; preds = %done13.loopexit.unr-lcssa, %body12.epil, %body
  %p18 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i80
  %v = load float, float addrspace(1)* %p18, align 4
  %fcmp = fcmp oeq float %v, %ignore
  %ignored = and i1 %cmp, %fcmp
  %fcmp20 = fcmp oge float %v, 0.000000e+00
  %fcmp21 = fcmp olt float %v, %classes19
  %in_range = and i1 %fcmp20, %fcmp21
  %4 = fptosi float %v to i64
  %class = select i1 %in_range, i64 %4, i64 0
  %back = sitofp i64 %class to float
  %fcmp22 = fcmp oeq float %v, %back
  %class_ok = and i1 %in_range, %fcmp22
  %not = xor i1 %ignored, true
  %kept = and i1 %class_ok, %not
  %sel23 = select i1 %kept, i64 %class, i64 0
  %p25 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel23
  %v26 = load float, float addrspace(1)* %p25, align 4
  %ext = fpext float %v26 to double
  %sel27 = select i1 %cmp24.not, double 1.000000e+00, double %ext
  %sel28 = select i1 %kept, double %sel27, double 0.000000e+00
  br i1 %kept, label %then, label %join

then:                                             ; preds = %done13
  %sel30 = select i1 %cmp29, i64 %i80, i64 0
  %p31 = getelementptr inbounds float, float addrspace(1)* %d_loss, i64 %sel30
  %v32 = load float, float addrspace(1)* %p31, align 4
  %ext33 = fpext float %v32 to double
  br i1 %brmerge, label %join37, label %body39.preheader

body39.preheader:                                 ; preds = %then
  br i1 %2, label %join37.loopexit.unr-lcssa, label %body39

join:                                             ; preds = %done13, %join37
  %next73 = add i64 %i80, %mul7
  %go = icmp slt i64 %next73, %len
  br i1 %go, label %body, label %done

join37.loopexit.unr-lcssa:                        ; preds = %body39, %body39.preheader
  %fadd.lcssa.ph = phi double [ undef, %body39.preheader ], [ %fadd.1, %body39 ]
  %i4178.unr = phi i64 [ 0, %body39.preheader ], [ %next66.1, %body39 ]
  %var.177.unr = phi double [ 0.000000e+00, %body39.preheader ], [ %fadd.1, %body39 ]
  br i1 %lcmp.mod85.not, label %join37, label %body39.epil

body39.epil:                                      ; preds = %join37.loopexit.unr-lcssa
  %p43.epil = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i4178.unr
  %v44.epil = load float, float addrspace(1)* %p43.epil, align 4
  %fcmp46.epil = fcmp oeq float %v44.epil, %ignore
  %ignored47.epil = and i1 %cmp, %fcmp46.epil
  %fcmp49.epil = fcmp oge float %v44.epil, 0.000000e+00
  %fcmp50.epil = fcmp olt float %v44.epil, %classes19
  %in_range51.epil = and i1 %fcmp49.epil, %fcmp50.epil
  %5 = fptosi float %v44.epil to i64
  %class53.epil = select i1 %in_range51.epil, i64 %5, i64 0
  %back54.epil = sitofp i64 %class53.epil to float
  %fcmp55.epil = fcmp oeq float %v44.epil, %back54.epil
  %class_ok56.epil = and i1 %in_range51.epil, %fcmp55.epil
  %not57.epil = xor i1 %ignored47.epil, true
  %kept58.epil = and i1 %class_ok56.epil, %not57.epil
  %sel59.epil = select i1 %kept58.epil, i64 %class53.epil, i64 0
  %p61.epil = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel59.epil
  %v62.epil = load float, float addrspace(1)* %p61.epil, align 4
  %ext63.epil = fpext float %v62.epil to double
  %sel64.epil = select i1 %cmp24.not, double 1.000000e+00, double %ext63.epil
  %sel65.epil = select i1 %kept58.epil, double %sel64.epil, double 0.000000e+00
  %fadd.epil = fadd double %var.177.unr, %sel65.epil
  br label %join37

join37:                                           ; preds = %body39.epil, %join37.loopexit.unr-lcssa, %then
  %fdiv = phi double [ %.mux, %then ], [ %fadd.lcssa.ph, %join37.loopexit.unr-lcssa ], [ %fadd.epil, %body39.epil ]
  %sel69 = fdiv double %ext33, %fdiv
  %mul70 = mul i64 %sel23, %inner
  %add71 = add i64 %mul70, %add10
  %6 = fneg double %sel28
  %neg = fmul double %sel69, %6
  %trunc = fptrunc double %neg to float
  %p72 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add71
  store float %trunc, float addrspace(1)* %p72, align 4
  br label %join

body39:                                           ; preds = %body39.preheader, %body39
  %i4178 = phi i64 [ %next66.1, %body39 ], [ 0, %body39.preheader ]
  %var.177 = phi double [ %fadd.1, %body39 ], [ 0.000000e+00, %body39.preheader ]
  %niter88 = phi i64 [ %niter88.next.1, %body39 ], [ 0, %body39.preheader ]
  %p43 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i4178
  %v44 = load float, float addrspace(1)* %p43, align 4
  %fcmp46 = fcmp oeq float %v44, %ignore
  %ignored47 = and i1 %cmp, %fcmp46
  %fcmp49 = fcmp oge float %v44, 0.000000e+00
  %fcmp50 = fcmp olt float %v44, %classes19
  %in_range51 = and i1 %fcmp49, %fcmp50
  %7 = fptosi float %v44 to i64
  %class53 = select i1 %in_range51, i64 %7, i64 0
  %back54 = sitofp i64 %class53 to float
  %fcmp55 = fcmp oeq float %v44, %back54
  %class_ok56 = and i1 %in_range51, %fcmp55
  %not57 = xor i1 %ignored47, true
  %kept58 = and i1 %class_ok56, %not57
  %sel59 = select i1 %kept58, i64 %class53, i64 0
  %p61 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel59
  %v62 = load float, float addrspace(1)* %p61, align 4
  %ext63 = fpext float %v62 to double
  %sel64 = select i1 %cmp24.not, double 1.000000e+00, double %ext63
  %sel65 = select i1 %kept58, double %sel64, double 0.000000e+00
  %fadd = fadd double %var.177, %sel65
  %next66 = or i64 %i4178, 1
  %p43.1 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %next66
  %v44.1 = load float, float addrspace(1)* %p43.1, align 4
  %fcmp46.1 = fcmp oeq float %v44.1, %ignore
  %ignored47.1 = and i1 %cmp, %fcmp46.1
  %fcmp49.1 = fcmp oge float %v44.1, 0.000000e+00
  %fcmp50.1 = fcmp olt float %v44.1, %classes19
  %in_range51.1 = and i1 %fcmp49.1, %fcmp50.1
  %8 = fptosi float %v44.1 to i64
  %class53.1 = select i1 %in_range51.1, i64 %8, i64 0
  %back54.1 = sitofp i64 %class53.1 to float
  %fcmp55.1 = fcmp oeq float %v44.1, %back54.1
  %class_ok56.1 = and i1 %in_range51.1, %fcmp55.1
  %not57.1 = xor i1 %ignored47.1, true
  %kept58.1 = and i1 %class_ok56.1, %not57.1
  %sel59.1 = select i1 %kept58.1, i64 %class53.1, i64 0
  %p61.1 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel59.1
  %v62.1 = load float, float addrspace(1)* %p61.1, align 4
  %ext63.1 = fpext float %v62.1 to double
  %sel64.1 = select i1 %cmp24.not, double 1.000000e+00, double %ext63.1
  %sel65.1 = select i1 %kept58.1, double %sel64.1, double 0.000000e+00
  %fadd.1 = fadd double %fadd, %sel65.1
  %next66.1 = add nuw nsw i64 %i4178, 2
  %niter88.next.1 = add i64 %niter88, 2
  %niter88.ncmp.1 = icmp eq i64 %niter88.next.1, %unroll_iter87
  br i1 %niter88.ncmp.1, label %join37.loopexit.unr-lcssa, label %body39
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, i64, float, i64, float addrspace(1)*)* @syncbn_nll_loss_grad, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
