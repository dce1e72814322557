; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_cross_entropy_loss_grad(float addrspace(1)* nocapture readonly %d_loss, float addrspace(1)* nocapture readonly %scores, float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %inner, i64 %has_weights, i64 %has_ignore, float %ignore, i64 %reduction, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go267 = icmp slt i64 %add, %len
  br i1 %go267, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul8 = mul i64 %inner, %classes
  %go15252 = icmp sgt i64 %classes, 0
  %cmp = icmp ne i64 %has_ignore, 0
  %classes19 = sitofp i64 %classes to float
  %cmp24.not = icmp eq i64 %has_weights, 0
  %cmp29 = icmp eq i64 %reduction, 0
  %cmp34 = icmp ne i64 %reduction, 2
  %go42254 = icmp slt i64 %len, 1
  %brmerge = select i1 %cmp34, i1 true, i1 %go42254
  %.mux = select i1 %cmp34, double 1.000000e+00, double 0.000000e+00
  %0 = add i64 %classes, -1
  %xtraiter = and i64 %classes, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %classes, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %xtraiter274 = and i64 %len, 1
  %2 = icmp eq i64 %len, 1
  %unroll_iter278 = and i64 %len, -2
  %lcmp.mod276.not = icmp eq i64 %xtraiter274, 0
  %xtraiter280 = and i64 %classes, 7
  %3 = icmp ult i64 %0, 7
  %unroll_iter284 = and i64 %classes, -8
  %lcmp.mod282.not = icmp eq i64 %xtraiter280, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %join
  %i268 = phi i64 [ %add, %body.lr.ph ], [ %next251, %join ]
  %i268.frozen = freeze i64 %i268
  %inner.frozen = freeze i64 %inner
  %div = udiv i64 %i268.frozen, %inner.frozen
  %mul9 = mul i64 %mul8, %div
  %4 = mul i64 %div, %inner.frozen
  %rem.decomposed = sub i64 %i268.frozen, %4
  %add10 = add i64 %mul9, %rem.decomposed
  br i1 %go15252, label %body12.preheader, label %done13

body12.preheader:                                 ; preds = %body
  br i1 %1, label %done13.loopexit.unr-lcssa, label %body12

done:                                             ; preds = %join, %entry
  ret void

body12:                                           ; preds = %body12.preheader, %body12
  %i14253 = phi i64 [ %next.7, %body12 ], [ 0, %body12.preheader ]
  %niter = phi i64 [ %niter.next.7, %body12 ], [ 0, %body12.preheader ]
  %mul16 = mul i64 %i14253, %inner
  %add17 = add i64 %mul16, %add10
  %p = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17
  store float 0.000000e+00, float addrspace(1)* %p, align 4
  %next = or i64 %i14253, 1
  %mul16.1 = mul i64 %next, %inner
  %add17.1 = add i64 %mul16.1, %add10
  %p.1 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.1
  store float 0.000000e+00, float addrspace(1)* %p.1, align 4
  %next.1 = or i64 %i14253, 2
  %mul16.2 = mul i64 %next.1, %inner
  %add17.2 = add i64 %mul16.2, %add10
  %p.2 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.2
  store float 0.000000e+00, float addrspace(1)* %p.2, align 4
  %next.2 = or i64 %i14253, 3
  %mul16.3 = mul i64 %next.2, %inner
  %add17.3 = add i64 %mul16.3, %add10
  %p.3 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.3
  store float 0.000000e+00, float addrspace(1)* %p.3, align 4
  %next.3 = or i64 %i14253, 4
  %mul16.4 = mul i64 %next.3, %inner
  %add17.4 = add i64 %mul16.4, %add10
  %p.4 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.4
  store float 0.000000e+00, float addrspace(1)* %p.4, align 4
  %next.4 = or i64 %i14253, 5
  %mul16.5 = mul i64 %next.4, %inner
  %add17.5 = add i64 %mul16.5, %add10
  %p.5 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.5
  store float 0.000000e+00, float addrspace(1)* %p.5, align 4
  %next.5 = or i64 %i14253, 6
  %mul16.6 = mul i64 %next.5, %inner
  %add17.6 = add i64 %mul16.6, %add10
  %p.6 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.6
  store float 0.000000e+00, float addrspace(1)* %p.6, align 4
  %next.6 = or i64 %i14253, 7
  %mul16.7 = mul i64 %next.6, %inner
  %add17.7 = add i64 %mul16.7, %add10
  %p.7 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.7
  store float 0.000000e+00, float addrspace(1)* %p.7, align 4
  %next.7 = add nuw nsw i64 %i14253, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %done13.loopexit.unr-lcssa, label %body12

done13.loopexit.unr-lcssa:                        ; preds = %body12, %body12.preheader
  %i14253.unr = phi i64 [ 0, %body12.preheader ], [ %next.7, %body12 ]
  br i1 %lcmp.mod.not, label %done13, label %body12.epil

body12.epil:                                      ; preds = %done13.loopexit.unr-lcssa, %body12.epil
  %i14253.epil = phi i64 [ %next.epil, %body12.epil ], [ %i14253.unr, %done13.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body12.epil ], [ 0, %done13.loopexit.unr-lcssa ]
  %mul16.epil = mul i64 %i14253.epil, %inner
  %add17.epil = add i64 %mul16.epil, %add10
  %p.epil = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add17.epil
  store float 0.000000e+00, float addrspace(1)* %p.epil, align 4
  %next.epil = add nuw nsw i64 %i14253.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done13, label %body12.epil, !llvm.loop !1

done13:                                           ; preds = %done13.loopexit.unr-lcssa, %body12.epil, %body
  %p18 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i268
  %v = load float, float addrspace(1)* %p18, align 4
  %fcmp = fcmp oeq float %v, %ignore
  %ignored = and i1 %cmp, %fcmp
  %fcmp20 = fcmp oge float %v, 0.000000e+00
  %fcmp21 = fcmp olt float %v, %classes19
  %in_range = and i1 %fcmp20, %fcmp21
  %5 = fptosi float %v to i64
  %class = select i1 %in_range, i64 %5, i64 0
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
  %sel30 = select i1 %cmp29, i64 %i268, i64 0
  %p31 = getelementptr inbounds float, float addrspace(1)* %d_loss, i64 %sel30
  %v32 = load float, float addrspace(1)* %p31, align 4
  %ext33 = fpext float %v32 to double
  br i1 %brmerge, label %join37, label %body39.preheader

body39.preheader:                                 ; preds = %then
  br i1 %2, label %join37.loopexit.unr-lcssa, label %body39

join:                                             ; preds = %body187, %done86, %done13
  %next251 = add i64 %i268, %mul7
  %go = icmp slt i64 %next251, %len
  br i1 %go, label %body, label %done

join37.loopexit.unr-lcssa:                        ; preds = %body39, %body39.preheader
  %fadd.lcssa.ph = phi double [ undef, %body39.preheader ], [ %fadd.1, %body39 ]
  %i41256.unr = phi i64 [ 0, %body39.preheader ], [ %next66.1, %body39 ]
  %var.1255.unr = phi double [ 0.000000e+00, %body39.preheader ], [ %fadd.1, %body39 ]
  br i1 %lcmp.mod276.not, label %join37, label %body39.epil

body39.epil:                                      ; preds = %join37.loopexit.unr-lcssa
  %p43.epil = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i41256.unr
  %v44.epil = load float, float addrspace(1)* %p43.epil, align 4
  %fcmp46.epil = fcmp oeq float %v44.epil, %ignore
  %ignored47.epil = and i1 %cmp, %fcmp46.epil
  %fcmp49.epil = fcmp oge float %v44.epil, 0.000000e+00
  %fcmp50.epil = fcmp olt float %v44.epil, %classes19
  %in_range51.epil = and i1 %fcmp49.epil, %fcmp50.epil
  %6 = fptosi float %v44.epil to i64
  %class53.epil = select i1 %in_range51.epil, i64 %6, i64 0
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
  %fadd.epil = fadd double %var.1255.unr, %sel65.epil
  br label %join37

join37:                                           ; preds = %body39.epil, %join37.loopexit.unr-lcssa, %then
  %fdiv = phi double [ %.mux, %then ], [ %fadd.lcssa.ph, %join37.loopexit.unr-lcssa ], [ %fadd.epil, %body39.epil ]
  %sel69 = fdiv double %ext33, %fdiv
  %fmul = fmul double %sel28, %sel69
  br i1 %go15252, label %body72.preheader, label %loop84.preheader

body72.preheader:                                 ; preds = %join37
  br i1 %3, label %loop84.preheader.loopexit.unr-lcssa, label %body72

body39:                                           ; preds = %body39.preheader, %body39
  %i41256 = phi i64 [ %next66.1, %body39 ], [ 0, %body39.preheader ]
  %var.1255 = phi double [ %fadd.1, %body39 ], [ 0.000000e+00, %body39.preheader ]
  %niter279 = phi i64 [ %niter279.next.1, %body39 ], [ 0, %body39.preheader ]
  %p43 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i41256
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
  %fadd = fadd double %var.1255, %sel65
  %next66 = or i64 %i41256, 1
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
  %next66.1 = add nuw nsw i64 %i41256, 2
  %niter279.next.1 = add i64 %niter279, 2
  %niter279.ncmp.1 = icmp eq i64 %niter279.next.1, %unroll_iter278
  br i1 %niter279.ncmp.1, label %join37.loopexit.unr-lcssa, label %body39

loop84.preheader.loopexit.unr-lcssa:              ; preds = %body72, %body72.preheader
  %call.lcssa.ph = phi float [ undef, %body72.preheader ], [ %call.7, %body72 ]
  %i74259.unr = phi i64 [ 0, %body72.preheader ], [ %next81.7, %body72 ]
  %var70.0258.unr = phi float [ 0xFFF0000000000000, %body72.preheader ], [ %call.7, %body72 ]
  br i1 %lcmp.mod282.not, label %loop84.preheader, label %body72.epil

body72.epil:                                      ; preds = %loop84.preheader.loopexit.unr-lcssa, %body72.epil
  %i74259.epil = phi i64 [ %next81.epil, %body72.epil ], [ %i74259.unr, %loop84.preheader.loopexit.unr-lcssa ]
  %var70.0258.epil = phi float [ %call.epil, %body72.epil ], [ %var70.0258.unr, %loop84.preheader.loopexit.unr-lcssa ]
  %epil.iter281 = phi i64 [ %epil.iter281.next, %body72.epil ], [ 0, %loop84.preheader.loopexit.unr-lcssa ]
  %mul77.epil = mul i64 %i74259.epil, %inner
  %add78.epil = add i64 %mul77.epil, %add10
  %p79.epil = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add78.epil
  %v80.epil = load float, float addrspace(1)* %p79.epil, align 4
  %call.epil = tail call float @llvm.maxnum.f32(float %var70.0258.epil, float %v80.epil)
  %next81.epil = add nuw nsw i64 %i74259.epil, 1
  %epil.iter281.next = add i64 %epil.iter281, 1
  %epil.iter281.cmp.not = icmp eq i64 %epil.iter281.next, %xtraiter280
  br i1 %epil.iter281.cmp.not, label %loop84.preheader, label %body72.epil, !llvm.loop !3

loop84.preheader:                                 ; preds = %loop84.preheader.loopexit.unr-lcssa, %body72.epil, %join37
  %var70.0.lcssa = phi float [ 0xFFF0000000000000, %join37 ], [ %call.lcssa.ph, %loop84.preheader.loopexit.unr-lcssa ], [ %call.epil, %body72.epil ]
  br i1 %go15252, label %body85, label %done86

body72:                                           ; preds = %body72.preheader, %body72
  %i74259 = phi i64 [ %next81.7, %body72 ], [ 0, %body72.preheader ]
  %var70.0258 = phi float [ %call.7, %body72 ], [ 0xFFF0000000000000, %body72.preheader ]
  %niter285 = phi i64 [ %niter285.next.7, %body72 ], [ 0, %body72.preheader ]
  %mul77 = mul i64 %i74259, %inner
  %add78 = add i64 %mul77, %add10
  %p79 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add78
  %v80 = load float, float addrspace(1)* %p79, align 4
  %call = tail call float @llvm.maxnum.f32(float %var70.0258, float %v80)
  %next81 = or i64 %i74259, 1
  %mul77.1 = mul i64 %next81, %inner
  %add78.1 = add i64 %mul77.1, %add10
  %p79.1 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add78.1
  %v80.1 = load float, float addrspace(1)* %p79.1, align 4
  %call.1 = tail call float @llvm.maxnum.f32(float %call, float %v80.1)
  %next81.1 = or i64 %i74259, 2
  %mul77.2 = mul i64 %next81.1, %inner
  %add78.2 = add i64 %mul77.2, %add10
  %p79.2 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add78.2
  %v80.2 = load float, float addrspace(1)* %p79.2, align 4
  %call.2 = tail call float @llvm.maxnum.f32(float %call.1, float %v80.2)
  %next81.2 = or i64 %i74259, 3
  %mul77.3 = mul i64 %next81.2, %inner
  %add78.3 = add i64 %mul77.3, %add10
  %p79.3 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add78.3
  %v80.3 = load float, float addrspace(1)* %p79.3, align 4
  %call.3 = tail call float @llvm.maxnum.f32(float %call.2, float %v80.3)
  %next81.3 = or i64 %i74259, 4
  %mul77.4 = mul i64 %next81.3, %inner
  %add78.4 = add i64 %mul77.4, %add10
  %p79.4 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add78.4
  %v80.4 = load float, float addrspace(1)* %p79.4, align 4
  %call.4 = tail call float @llvm.maxnum.f32(float %call.3, float %v80.4)
  %next81.4 = or i64 %i74259, 5
  %mul77.5 = mul i64 %next81.4, %inner
  %add78.5 = add i64 %mul77.5, %add10
  %p79.5 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add78.5
  %v80.5 = load float, float addrspace(1)* %p79.5, align 4
  %call.5 = tail call float @llvm.maxnum.f32(float %call.4, float %v80.5)
  %next81.5 = or i64 %i74259, 6
  %mul77.6 = mul i64 %next81.5, %inner
  %add78.6 = add i64 %mul77.6, %add10
  %p79.6 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add78.6
  %v80.6 = load float, float addrspace(1)* %p79.6, align 4
  %call.6 = tail call float @llvm.maxnum.f32(float %call.5, float %v80.6)
  %next81.6 = or i64 %i74259, 7
  %mul77.7 = mul i64 %next81.6, %inner
  %add78.7 = add i64 %mul77.7, %add10
  %p79.7 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add78.7
  %v80.7 = load float, float addrspace(1)* %p79.7, align 4
  %call.7 = tail call float @llvm.maxnum.f32(float %call.6, float %v80.7)
  %next81.7 = add nuw nsw i64 %i74259, 8
  %niter285.next.7 = add i64 %niter285, 8
  %niter285.ncmp.7 = icmp eq i64 %niter285.next.7, %unroll_iter284
  br i1 %niter285.ncmp.7, label %loop84.preheader.loopexit.unr-lcssa, label %body72

body85:                                           ; preds = %loop84.preheader, %body85
  %i87263 = phi i64 [ %next139, %body85 ], [ 0, %loop84.preheader ]
  %var83.0262 = phi double [ %fadd138, %body85 ], [ 0.000000e+00, %loop84.preheader ]
  %mul89 = mul i64 %i87263, %inner
  %add90 = add i64 %mul89, %add10
  %p91 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add90
  %v92 = load float, float addrspace(1)* %p91, align 4
  %fsub = fsub float %v92, %var70.0.lcssa
  %ext93 = fpext float %fsub to double
  %call95 = tail call double @llvm.maxnum.f64(double %ext93, double -7.450000e+02)
  %call96 = tail call double @llvm.minnum.f64(double %call95, double 7.090000e+02)
  %fmul97 = fmul double %call96, 0x3FF71547652B82FE
  %fadd98 = fadd double %fmul97, 5.000000e-01
  %call99 = tail call double @llvm.floor.f64(double %fadd98)
  %fmul100 = fmul double %call99, 0x3FE62E42FEE00000
  %fsub101 = fsub double %call96, %fmul100
  %fmul102 = fmul double %call99, 0x3DEA39EF35793C76
  %fsub103 = fsub double %fsub101, %fmul102
  %fmul104 = fmul double %fsub103, 0x3DE6124613A86D09
  %fadd105 = fadd double %fmul104, 0x3E21EED8EFF8D898
  %fmul106 = fmul double %fsub103, %fadd105
  %fadd107 = fadd double %fmul106, 0x3E5AE64567F544E4
  %fmul108 = fmul double %fsub103, %fadd107
  %fadd109 = fadd double %fmul108, 0x3E927E4FB7789F5C
  %fmul110 = fmul double %fsub103, %fadd109
  %fadd111 = fadd double %fmul110, 0x3EC71DE3A556C734
  %fmul112 = fmul double %fsub103, %fadd111
  %fadd113 = fadd double %fmul112, 0x3EFA01A01A01A01A
  %fmul114 = fmul double %fsub103, %fadd113
  %fadd115 = fadd double %fmul114, 0x3F2A01A01A01A01A
  %fmul116 = fmul double %fsub103, %fadd115
  %fadd117 = fadd double %fmul116, 0x3F56C16C16C16C17
  %fmul118 = fmul double %fsub103, %fadd117
  %fadd119 = fadd double %fmul118, 0x3F81111111111111
  %fmul120 = fmul double %fsub103, %fadd119
  %fadd121 = fadd double %fmul120, 0x3FA5555555555555
  %fmul122 = fmul double %fsub103, %fadd121
  %fadd123 = fadd double %fmul122, 0x3FC5555555555555
  %fmul124 = fmul double %fsub103, %fadd123
  %fadd125 = fadd double %fmul124, 5.000000e-01
  %fmul126 = fmul double %fsub103, %fadd125
  %fadd127 = fadd double %fmul126, 1.000000e+00
  %fmul128 = fmul double %fsub103, %fadd127
  %fadd129 = fadd double %fmul128, 1.000000e+00
  %k = fptosi double %call99 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add130 = shl i64 %half, 52
  %bits = add i64 %add130, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add131 = shl i64 %sub, 52
  %bits132 = add i64 %add131, 4607182418800017408
  %pow2133 = bitcast i64 %bits132 to double
  %fmul134 = fmul double %pow2, %pow2133
  %fmul135 = fmul double %fmul134, %fadd129
  %fcmp136 = fcmp uno float %fsub, 0.000000e+00
  %sel137 = select i1 %fcmp136, double %ext93, double %fmul135
  %fadd138 = fadd double %var83.0262, %sel137
  %next139 = add nuw nsw i64 %i87263, 1
  %exitcond272.not = icmp eq i64 %next139, %classes
  br i1 %exitcond272.not, label %done86, label %body85

done86:                                           ; preds = %body85, %loop84.preheader
  %var83.0.lcssa = phi double [ 0.000000e+00, %loop84.preheader ], [ %fadd138, %body85 ]
  %ext140 = fpext float %var70.0.lcssa to double
  %bits142 = bitcast double %var83.0.lcssa to i64
  %exp = lshr i64 %bits142, 52
  %e = and i64 %exp, 2047
  %mant = and i64 %bits142, 4503599627370495
  %m = or i64 %mant, 4607182418800017408
  %m143 = bitcast i64 %m to double
  %fcmp144 = fcmp ogt double %m143, 0x3FF6A09E667F3BCD
  %fmul145 = fmul double %m143, 5.000000e-01
  %sel146 = select i1 %fcmp144, double %fmul145, double %m143
  %sub147 = add nsw i64 %e, -1023
  %i2f = sitofp i64 %sub147 to double
  %fadd148 = fadd double %i2f, 1.000000e+00
  %sel149 = select i1 %fcmp144, double %fadd148, double %i2f
  %fsub150 = fadd double %sel146, -1.000000e+00
  %fadd151 = fadd double %sel146, 1.000000e+00
  %fdiv152 = fdiv double %fsub150, %fadd151
  %fmul153 = fmul double %fdiv152, %fdiv152
  %fmul154 = fmul double %fmul153, 0x3FB8618618618618
  %fadd155 = fadd double %fmul154, 0x3FBAF286BCA1AF28
  %fmul156 = fmul double %fmul153, %fadd155
  %fadd157 = fadd double %fmul156, 0x3FBE1E1E1E1E1E1E
  %fmul158 = fmul double %fmul153, %fadd157
  %fadd159 = fadd double %fmul158, 0x3FC1111111111111
  %fmul160 = fmul double %fmul153, %fadd159
  %fadd161 = fadd double %fmul160, 0x3FC3B13B13B13B14
  %fmul162 = fmul double %fmul153, %fadd161
  %fadd163 = fadd double %fmul162, 0x3FC745D1745D1746
  %fmul164 = fmul double %fmul153, %fadd163
  %fadd165 = fadd double %fmul164, 0x3FCC71C71C71C71C
  %fmul166 = fmul double %fmul153, %fadd165
  %fadd167 = fadd double %fmul166, 0x3FD2492492492492
  %fmul168 = fmul double %fmul153, %fadd167
  %fadd169 = fadd double %fmul168, 4.000000e-01
  %fmul170 = fmul double %fmul153, %fadd169
  %fadd171 = fadd double %fmul170, 0x3FE5555555555555
  %fmul172 = fmul double %fmul153, %fadd171
  %fadd173 = fadd double %fmul172, 2.000000e+00
  %fmul174 = fmul double %fdiv152, %fadd173
  %fmul175 = fmul double %sel149, 0x3FE62E42FEE00000
  %fmul176 = fmul double %sel149, 0x3DEA39EF35793C76
  %fadd177 = fadd double %fmul176, %fmul174
  %fadd178 = fadd double %fmul175, %fadd177
  %fcmp179 = fcmp oeq double %var83.0.lcssa, 0x7FF0000000000000
  %sel180 = select i1 %fcmp179, double %var83.0.lcssa, double %fadd178
  %fcmp181 = fcmp oeq double %var83.0.lcssa, 0.000000e+00
  %sel182 = select i1 %fcmp181, double 0xFFF0000000000000, double %sel180
  %fcmp183 = fcmp oge double %var83.0.lcssa, 0.000000e+00
  %sel184 = select i1 %fcmp183, double %sel182, double 0x7FF8000000000000
  %fadd185 = fadd double %sel184, %ext140
  br i1 %go15252, label %body187, label %join

body187:                                          ; preds = %done86, %body187
  %i189266 = phi i64 [ %next250, %body187 ], [ 0, %done86 ]
  %mul191 = mul i64 %i189266, %inner
  %add192 = add i64 %mul191, %add10
  %p193 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add192
  %v194 = load float, float addrspace(1)* %p193, align 4
  %ext195 = fpext float %v194 to double
  %fsub196 = fsub double %ext195, %fadd185
  %call197 = tail call double @llvm.maxnum.f64(double %fsub196, double -7.450000e+02)
  %call198 = tail call double @llvm.minnum.f64(double %call197, double 7.090000e+02)
  %fmul199 = fmul double %call198, 0x3FF71547652B82FE
  %fadd200 = fadd double %fmul199, 5.000000e-01
  %call201 = tail call double @llvm.floor.f64(double %fadd200)
  %fmul202 = fmul double %call201, 0x3FE62E42FEE00000
  %fsub203 = fsub double %call198, %fmul202
  %fmul204 = fmul double %call201, 0x3DEA39EF35793C76
  %fsub205 = fsub double %fsub203, %fmul204
  %fmul206 = fmul double %fsub205, 0x3DE6124613A86D09
  %fadd207 = fadd double %fmul206, 0x3E21EED8EFF8D898
  %fmul208 = fmul double %fsub205, %fadd207
  %fadd209 = fadd double %fmul208, 0x3E5AE64567F544E4
  %fmul210 = fmul double %fsub205, %fadd209
  %fadd211 = fadd double %fmul210, 0x3E927E4FB7789F5C
  %fmul212 = fmul double %fsub205, %fadd211
  %fadd213 = fadd double %fmul212, 0x3EC71DE3A556C734
  %fmul214 = fmul double %fsub205, %fadd213
  %fadd215 = fadd double %fmul214, 0x3EFA01A01A01A01A
  %fmul216 = fmul double %fsub205, %fadd215
  %fadd217 = fadd double %fmul216, 0x3F2A01A01A01A01A
  %fmul218 = fmul double %fsub205, %fadd217
  %fadd219 = fadd double %fmul218, 0x3F56C16C16C16C17
  %fmul220 = fmul double %fsub205, %fadd219
  %fadd221 = fadd double %fmul220, 0x3F81111111111111
  %fmul222 = fmul double %fsub205, %fadd221
  %fadd223 = fadd double %fmul222, 0x3FA5555555555555
  %fmul224 = fmul double %fsub205, %fadd223
  %fadd225 = fadd double %fmul224, 0x3FC5555555555555
  %fmul226 = fmul double %fsub205, %fadd225
  %fadd227 = fadd double %fmul226, 5.000000e-01
  %fmul228 = fmul double %fsub205, %fadd227
  %fadd229 = fadd double %fmul228, 1.000000e+00
  %fmul230 = fmul double %fsub205, %fadd229
  %fadd231 = fadd double %fmul230, 1.000000e+00
  %k232 = fptosi double %call201 to i64
  %half233 = ashr i64 %k232, 1
  %sub234 = sub i64 %k232, %half233
  %add235 = shl i64 %half233, 52
  %bits236 = add i64 %add235, 4607182418800017408
  %pow2237 = bitcast i64 %bits236 to double
  %add238 = shl i64 %sub234, 52
  %bits239 = add i64 %add238, 4607182418800017408
  %pow2240 = bitcast i64 %bits239 to double
  %fmul241 = fmul double %pow2237, %pow2240
  %fmul242 = fmul double %fmul241, %fadd231
  %fcmp243 = fcmp uno double %fsub196, 0.000000e+00
  %sel244 = select i1 %fcmp243, double %fsub196, double %fmul242
  %cmp245 = icmp eq i64 %i189266, %sel23
  %sel246 = select i1 %cmp245, double 1.000000e+00, double 0.000000e+00
  %fsub247 = fsub double %sel244, %sel246
  %fmul248 = fmul double %fmul, %fsub247
  %trunc = fptrunc double %fmul248 to float
  %p249 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add192
  store float %trunc, float addrspace(1)* %p249, align 4
  %next250 = add nuw nsw i64 %i189266, 1
  %exitcond273.not = icmp eq i64 %next250, %classes
  br i1 %exitcond273.not, label %join, label %body187
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, i64, float, i64, float addrspace(1)*)* @syncbn_cross_entropy_loss_grad, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !2}
