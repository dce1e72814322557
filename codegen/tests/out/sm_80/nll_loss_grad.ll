; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_nll_loss_grad(float addrspace(1)* nocapture readonly %d_loss, float addrspace(1)* nocapture readnone %scores, float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %inner, i64 %has_weights, i64 %has_ignore, float %ignore, i64 %reduction, double addrspace(1)* nocapture readonly %total, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go46 = icmp slt i64 %add, %len
  br i1 %go46, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul8 = mul i64 %inner, %classes
  %go1544 = icmp sgt i64 %classes, 0
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
  br label %body

body:                                             ; preds = %body.lr.ph, %join
  %i47 = phi i64 [ %add, %body.lr.ph ], [ %next43, %join ]
  %i47.frozen = freeze i64 %i47
  %inner.frozen = freeze i64 %inner
  %div = udiv i64 %i47.frozen, %inner.frozen
  %mul9 = mul i64 %mul8, %div
  %2 = mul i64 %div, %inner.frozen
  %rem.decomposed = sub i64 %i47.frozen, %2
  %add10 = add i64 %mul9, %rem.decomposed
  br i1 %go1544, label %body12.preheader, label %done13

body12.preheader:                                 ; preds = %body
  br i1 %1, label %done13.loopexit.unr-lcssa, label %body12

done:                                             ; preds = %join, %entry
  ret void

body12:                                           ; preds = %body12.preheader, %body12
  %i1445 = phi i64 [ %next.7, %body12 ], [ 0, %body12.preheader ]
  %niter = phi i64 [ %niter.next.7, %body12 ], [ 0, %body12.preheader ]
  %mul16 = mul i64 %i1445, %inner
  %add17 = add i64 %mul16, %add10
  %p = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17
  store float 0.000000e+00, float addrspace(1)* %p, align 4
  %next = or i64 %i1445, 1
  %mul16.1 = mul i64 %next, %inner
  %add17.1 = add i64 %mul16.1, %add10
  %p.1 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.1
  store float 0.000000e+00, float addrspace(1)* %p.1, align 4
  %next.1 = or i64 %i1445, 2
  %mul16.2 = mul i64 %next.1, %inner
  %add17.2 = add i64 %mul16.2, %add10
  %p.2 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.2
  store float 0.000000e+00, float addrspace(1)* %p.2, align 4
  %next.2 = or i64 %i1445, 3
  %mul16.3 = mul i64 %next.2, %inner
  %add17.3 = add i64 %mul16.3, %add10
  %p.3 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.3
  store float 0.000000e+00, float addrspace(1)* %p.3, align 4
  %next.3 = or i64 %i1445, 4
  %mul16.4 = mul i64 %next.3, %inner
  %add17.4 = add i64 %mul16.4, %add10
  %p.4 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.4
  store float 0.000000e+00, float addrspace(1)* %p.4, align 4
  %next.4 = or i64 %i1445, 5
  %mul16.5 = mul i64 %next.4, %inner
  %add17.5 = add i64 %mul16.5, %add10
  %p.5 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.5
  store float 0.000000e+00, float addrspace(1)* %p.5, align 4
  %next.5 = or i64 %i1445, 6
  %mul16.6 = mul i64 %next.5, %inner
  %add17.6 = add i64 %mul16.6, %add10
  %p.6 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.6
  store float 0.000000e+00, float addrspace(1)* %p.6, align 4
  %next.6 = or i64 %i1445, 7
  %mul16.7 = mul i64 %next.6, %inner
  %add17.7 = add i64 %mul16.7, %add10
  %p.7 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.7
  store float 0.000000e+00, float addrspace(1)* %p.7, align 4
  %next.7 = add nuw nsw i64 %i1445, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %done13.loopexit.unr-lcssa, label %body12

done13.loopexit.unr-lcssa:                        ; preds = %body12, %body12.preheader
  %i1445.unr = phi i64 [ 0, %body12.preheader ], [ %next.7, %body12 ]
  br i1 %lcmp.mod.not, label %done13, label %body12.epil

body12.epil:                                      ; preds = %done13.loopexit.unr-lcssa, %body12.epil
  %i1445.epil = phi i64 [ %next.epil, %body12.epil ], [ %i1445.unr, %done13.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body12.epil ], [ 0, %done13.loopexit.unr-lcssa ]
  %mul16.epil = mul i64 %i1445.epil, %inner
  %add17.epil = add i64 %mul16.epil, %add10
  %p.epil = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.epil
  store float 0.000000e+00, float addrspace(1)* %p.epil, align 4
  %next.epil = add nuw nsw i64 %i1445.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done13, label %body12.epil, !llvm.loop !1

done13:                                           ; preds = %done13.loopexit.unr-lcssa, %body12.epil, %body
  %p18 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i47
  %v = load float, float addrspace(1)* %p18, align 4
  %fcmp = fcmp une float %v, %ignore
  %fcmp20 = fcmp oge float %v, 0.000000e+00
  %fcmp21 = fcmp olt float %v, %classes19
  %in_range = and i1 %fcmp20, %fcmp21
  %3 = fptosi float %v to i64
  %class = select i1 %in_range, i64 %3, i64 0
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
  %sel30 = select i1 %cmp29, i64 %i47, i64 0
  %p31 = getelementptr inbounds float, float addrspace(1)* %d_loss, i64 %sel30
  %v32 = load float, float addrspace(1)* %p31, align 4
  %ext33 = fpext float %v32 to double
  br i1 %cmp34, label %then35, label %join37

join:                                             ; preds = %done13, %join37
  %next43 = add i64 %i47, %mul7
  %go = icmp slt i64 %next43, %len
  br i1 %go, label %body, label %done

then35:                                           ; preds = %then
  %v39 = load double, double addrspace(1)* %total, align 8
  br label %join37

join37:                                           ; preds = %then, %then35
  %var.0 = phi double [ %v39, %then35 ], [ 1.000000e+00, %then ]
  %fdiv = fdiv double %ext33, %var.0
  %mul40 = mul i64 %sel23, %inner
  %add41 = add i64 %mul40, %add10
  %4 = fneg double %sel28
  %neg = fmul double %fdiv, %4
  %trunc = fptrunc double %neg to float
  %p42 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add41
  store float %trunc, float addrspace(1)* %p42, align 4
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

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, i64, float, i64, double addrspace(1)*, float addrspace(1)*)* @syncbn_nll_loss_grad, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
