; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_nll_loss_grad(float addrspace(1)* nocapture readonly %d_loss, float addrspace(1)* nocapture readnone %scores, float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %has_weights, i64 %has_ignore, float %ignore, i64 %reduction, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go75 = icmp slt i64 %add, %len
  br i1 %go75, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %go1370 = icmp sgt i64 %classes, 0
  %cmp = icmp ne i64 %has_ignore, 0
  %classes16 = sitofp i64 %classes to float
  %cmp21.not = icmp eq i64 %has_weights, 0
  %cmp26 = icmp eq i64 %reduction, 0
  %cmp31 = icmp ne i64 %reduction, 2
  %go3972 = icmp slt i64 %len, 1
  %brmerge = select i1 %cmp31, i1 true, i1 %go3972
  %.mux = select i1 %cmp31, double 1.000000e+00, double 0.000000e+00
  %0 = add i64 %classes, -1
  %xtraiter = and i64 %classes, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %classes, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %xtraiter79 = and i64 %len, 1
  %2 = icmp eq i64 %len, 1
  %unroll_iter83 = and i64 %len, -2
  %lcmp.mod81.not = icmp eq i64 %xtraiter79, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %join
  %i76 = phi i64 [ %add, %body.lr.ph ], [ %next69, %join ]
  %mul8 = mul i64 %i76, %classes
  br i1 %go1370, label %body10.preheader, label %done11

body10.preheader:                                 ; preds = %body
  br i1 %1, label %done11.loopexit.unr-lcssa, label %body10

done:                                             ; preds = %join, %entry
  ret void

body10:                                           ; preds = %body10.preheader, %body10
  %i1271 = phi i64 [ %next.7, %body10 ], [ 0, %body10.preheader ]
  %niter = phi i64 [ %niter.next.7, %body10 ], [ 0, %body10.preheader ]
  %add14 = add i64 %i1271, %mul8
  %p = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14
  store float 0.000000e+00, float addrspace(1)* %p, align 4
  %next = or i64 %i1271, 1
  %add14.1 = add i64 %next, %mul8
  %p.1 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.1
  store float 0.000000e+00, float addrspace(1)* %p.1, align 4
  %next.1 = or i64 %i1271, 2
  %add14.2 = add i64 %next.1, %mul8
  %p.2 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.2
  store float 0.000000e+00, float addrspace(1)* %p.2, align 4
  %next.2 = or i64 %i1271, 3
  %add14.3 = add i64 %next.2, %mul8
  %p.3 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.3
  store float 0.000000e+00, float addrspace(1)* %p.3, align 4
  %next.3 = or i64 %i1271, 4
  %add14.4 = add i64 %next.3, %mul8
  %p.4 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.4
  store float 0.000000e+00, float addrspace(1)* %p.4, align 4
  %next.4 = or i64 %i1271, 5
  %add14.5 = add i64 %next.4, %mul8
  %p.5 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.5
  store float 0.000000e+00, float addrspace(1)* %p.5, align 4
  %next.5 = or i64 %i1271, 6
  %add14.6 = add i64 %next.5, %mul8
  %p.6 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.6
  store float 0.000000e+00, float addrspace(1)* %p.6, align 4
  %next.6 = or i64 %i1271, 7
  %add14.7 = add i64 %next.6, %mul8
  %p.7 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.7
  store float 0.000000e+00, float addrspace(1)* %p.7, align 4
  %next.7 = add nuw nsw i64 %i1271, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %done11.loopexit.unr-lcssa, label %body10

done11.loopexit.unr-lcssa:                        ; preds = %body10, %body10.preheader
  %i1271.unr = phi i64 [ 0, %body10.preheader ], [ %next.7, %body10 ]
  br i1 %lcmp.mod.not, label %done11, label %body10.epil

body10.epil:                                      ; preds = %done11.loopexit.unr-lcssa, %body10.epil
  %i1271.epil = phi i64 [ %next.epil, %body10.epil ], [ %i1271.unr, %done11.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body10.epil ], [ 0, %done11.loopexit.unr-lcssa ]
  %add14.epil = add i64 %i1271.epil, %mul8
  %p.epil = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.epil
  store float 0.000000e+00, float addrspace(1)* %p.epil, align 4
  %next.epil = add nuw nsw i64 %i1271.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done11, label %body10.epil, !llvm.loop !1

done11:                                           ; preds = %done11.loopexit.unr-lcssa, %body10.epil, %body
  %p15 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i76
  %v = load float, float addrspace(1)* %p15, align 4
  %fcmp = fcmp oeq float %v, %ignore
  %ignored = and i1 %cmp, %fcmp
  %fcmp17 = fcmp oge float %v, 0.000000e+00
  %fcmp18 = fcmp olt float %v, %classes16
  %in_range = and i1 %fcmp17, %fcmp18
  %3 = fptosi float %v to i64
  %class = select i1 %in_range, i64 %3, i64 0
  %back = sitofp i64 %class to float
  %fcmp19 = fcmp oeq float %v, %back
  %class_ok = and i1 %in_range, %fcmp19
  %not = xor i1 %ignored, true
  %kept = and i1 %class_ok, %not
  %sel20 = select i1 %kept, i64 %class, i64 0
  %p22 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel20
  %v23 = load float, float addrspace(1)* %p22, align 4
  %ext = fpext float %v23 to double
  %sel24 = select i1 %cmp21.not, double 1.000000e+00, double %ext
  %sel25 = select i1 %kept, double %sel24, double 0.000000e+00
  br i1 %kept, label %then, label %join

then:                                             ; preds = %done11
  %sel27 = select i1 %cmp26, i64 %i76, i64 0
  %p28 = getelementptr inbounds float, float addrspace(1)* %d_loss, i64 %sel27
  %v29 = load float, float addrspace(1)* %p28, align 4
  %ext30 = fpext float %v29 to double
  br i1 %brmerge, label %join34, label %body36.preheader

body36.preheader:                                 ; preds = %then
  br i1 %2, label %join34.loopexit.unr-lcssa, label %body36

join:                                             ; preds = %done11, %join34
  %next69 = add i64 %i76, %mul7
  %go = icmp slt i64 %next69, %len
  br i1 %go, label %body, label %done

join34.loopexit.unr-lcssa:                        ; preds = %body36, %body36.preheader
  %fadd.lcssa.ph = phi double [ undef, %body36.preheader ], [ %fadd.1, %body36 ]
  %i3874.unr = phi i64 [ 0, %body36.preheader ], [ %next63.1, %body36 ]
  %var.173.unr = phi double [ 0.000000e+00, %body36.preheader ], [ %fadd.1, %body36 ]
  br i1 %lcmp.mod81.not, label %join34, label %body36.epil

body36.epil:                                      ; preds = %join34.loopexit.unr-lcssa
  %p40.epil = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i3874.unr
  %v41.epil = load float, float addrspace(1)* %p40.epil, align 4
  %fcmp43.epil = fcmp oeq float %v41.epil, %ignore
  %ignored44.epil = and i1 %cmp, %fcmp43.epil
  %fcmp46.epil = fcmp oge float %v41.epil, 0.000000e+00
  %fcmp47.epil = fcmp olt float %v41.epil, %classes16
  %in_range48.epil = and i1 %fcmp46.epil, %fcmp47.epil
  %4 = fptosi float %v41.epil to i64
  %class50.epil = select i1 %in_range48.epil, i64 %4, i64 0
  %back51.epil = sitofp i64 %class50.epil to float
  %fcmp52.epil = fcmp oeq float %v41.epil, %back51.epil
  %class_ok53.epil = and i1 %in_range48.epil, %fcmp52.epil
  %not54.epil = xor i1 %ignored44.epil, true
  %kept55.epil = and i1 %class_ok53.epil, %not54.epil
  %sel56.epil = select i1 %kept55.epil, i64 %class50.epil, i64 0
  %p58.epil = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel56.epil
  %v59.epil = load float, float addrspace(1)* %p58.epil, align 4
  %ext60.epil = fpext float %v59.epil to double
  %sel61.epil = select i1 %cmp21.not, double 1.000000e+00, double %ext60.epil
  %sel62.epil = select i1 %kept55.epil, double %sel61.epil, double 0.000000e+00
  %fadd.epil = fadd double %var.173.unr, %sel62.epil
  br label %join34

join34:                                           ; preds = %body36.epil, %join34.loopexit.unr-lcssa, %then
  %fdiv = phi double [ %.mux, %then ], [ %fadd.lcssa.ph, %join34.loopexit.unr-lcssa ], [ %fadd.epil, %body36.epil ]
  %sel66 = fdiv double %ext30, %fdiv
  %add67 = add i64 %sel20, %mul8
  %5 = fneg double %sel25
  %neg = fmul double %sel66, %5
  %trunc = fptrunc double %neg to float
  %p68 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add67
  store float %trunc, float addrspace(1)* %p68, align 4
  br label %join

body36:                                           ; preds = %body36.preheader, %body36
  %i3874 = phi i64 [ %next63.1, %body36 ], [ 0, %body36.preheader ]
  %var.173 = phi double [ %fadd.1, %body36 ], [ 0.000000e+00, %body36.preheader ]
  %niter84 = phi i64 [ %niter84.next.1, %body36 ], [ 0, %body36.preheader ]
  %p40 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i3874
  %v41 = load float, float addrspace(1)* %p40, align 4
  %fcmp43 = fcmp oeq float %v41, %ignore
  %ignored44 = and i1 %cmp, %fcmp43
  %fcmp46 = fcmp oge float %v41, 0.000000e+00
  %fcmp47 = fcmp olt float %v41, %classes16
  %in_range48 = and i1 %fcmp46, %fcmp47
  %6 = fptosi float %v41 to i64
  %class50 = select i1 %in_range48, i64 %6, i64 0
  %back51 = sitofp i64 %class50 to float
  %fcmp52 = fcmp oeq float %v41, %back51
  %class_ok53 = and i1 %in_range48, %fcmp52
  %not54 = xor i1 %ignored44, true
  %kept55 = and i1 %class_ok53, %not54
  %sel56 = select i1 %kept55, i64 %class50, i64 0
  %p58 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel56
  %v59 = load float, float addrspace(1)* %p58, align 4
  %ext60 = fpext float %v59 to double
  %sel61 = select i1 %cmp21.not, double 1.000000e+00, double %ext60
  %sel62 = select i1 %kept55, double %sel61, double 0.000000e+00
  %fadd = fadd double %var.173, %sel62
  %next63 = or i64 %i3874, 1
  %p40.1 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %next63
  %v41.1 = load float, float addrspace(1)* %p40.1, align 4
  %fcmp43.1 = fcmp oeq float %v41.1, %ignore
  %ignored44.1 = and i1 %cmp, %fcmp43.1
  %fcmp46.1 = fcmp oge float %v41.1, 0.000000e+00
  %fcmp47.1 = fcmp olt float %v41.1, %classes16
  %in_range48.1 = and i1 %fcmp46.1, %fcmp47.1
  %7 = fptosi float %v41.1 to i64
  %class50.1 = select i1 %in_range48.1, i64 %7, i64 0
  %back51.1 = sitofp i64 %class50.1 to float
  %fcmp52.1 = fcmp oeq float %v41.1, %back51.1
  %class_ok53.1 = and i1 %in_range48.1, %fcmp52.1
  %not54.1 = xor i1 %ignored44.1, true
  %kept55.1 = and i1 %class_ok53.1, %not54.1
  %sel56.1 = select i1 %kept55.1, i64 %class50.1, i64 0
  %p58.1 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel56.1
  %v59.1 = load float, float addrspace(1)* %p58.1, align 4
  %ext60.1 = fpext float %v59.1 to double
  %sel61.1 = select i1 %cmp21.not, double 1.000000e+00, double %ext60.1
  %sel62.1 = select i1 %kept55.1, double %sel61.1, double 0.000000e+00
  %fadd.1 = fadd double %fadd, %sel62.1
  %next63.1 = add nuw nsw i64 %i3874, 2
  %niter84.next.1 = add i64 %niter84, 2
  %niter84.ncmp.1 = icmp eq i64 %niter84.next.1, %unroll_iter83
  br i1 %niter84.ncmp.1, label %join34.loopexit.unr-lcssa, label %body36
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, float, i64, float addrspace(1)*)* @syncbn_nll_loss_grad, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
