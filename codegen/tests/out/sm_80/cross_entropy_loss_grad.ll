; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_cross_entropy_loss_grad(float addrspace(1)* nocapture readonly %d_loss, float addrspace(1)* nocapture readonly %scores, float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %has_weights, i64 %has_ignore, float %ignore, i64 %reduction, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go261 = icmp slt i64 %add, %len
  br i1 %go261, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %go13246 = icmp sgt i64 %classes, 0
  %cmp = icmp ne i64 %has_ignore, 0
  %classes16 = sitofp i64 %classes to float
  %cmp21.not = icmp eq i64 %has_weights, 0
  %cmp26 = icmp eq i64 %reduction, 0
  %cmp31 = icmp ne i64 %reduction, 2
  %go39248 = icmp slt i64 %len, 1
  %brmerge = select i1 %cmp31, i1 true, i1 %go39248
  %.mux = select i1 %cmp31, double 1.000000e+00, double 0.000000e+00
  %0 = add i64 %classes, -1
  %xtraiter = and i64 %classes, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %classes, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %xtraiter268 = and i64 %len, 1
  %2 = icmp eq i64 %len, 1
  %unroll_iter272 = and i64 %len, -2
  %lcmp.mod270.not = icmp eq i64 %xtraiter268, 0
  %xtraiter274 = and i64 %classes, 7
  %3 = icmp ult i64 %0, 7
  %unroll_iter278 = and i64 %classes, -8
  %lcmp.mod276.not = icmp eq i64 %xtraiter274, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %join
  %i262 = phi i64 [ %add, %body.lr.ph ], [ %next245, %join ]
  %mul8 = mul i64 %i262, %classes
  br i1 %go13246, label %body10.preheader, label %done11

body10.preheader:                                 ; preds = %body
  br i1 %1, label %done11.loopexit.unr-lcssa, label %body10

done:                                             ; preds = %join, %entry
  ret void

body10:                                           ; preds = %body10.preheader, %body10
  %i12247 = phi i64 [ %next.7, %body10 ], [ 0, %body10.preheader ]
  %niter = phi i64 [ %niter.next.7, %body10 ], [ 0, %body10.preheader ]
  %add14 = add i64 %i12247, %mul8
  %p = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14
  store float 0.000000e+00, float addrspace(1)* %p, align 4
  %next = or i64 %i12247, 1
  %add14.1 = add i64 %next, %mul8
  %p.1 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.1
  store float 0.000000e+00, float addrspace(1)* %p.1, align 4
  %next.1 = or i64 %i12247, 2
  %add14.2 = add i64 %next.1, %mul8
  %p.2 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.2
  store float 0.000000e+00, float addrspace(1)* %p.2, align 4
  %next.2 = or i64 %i12247, 3
  %add14.3 = add i64 %next.2, %mul8
  %p.3 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.3
  store float 0.000000e+00, float addrspace(1)* %p.3, align 4
  %next.3 = or i64 %i12247, 4
  %add14.4 = add i64 %next.3, %mul8
  %p.4 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.4
  store float 0.000000e+00, float addrspace(1)* %p.4, align 4
  %next.4 = or i64 %i12247, 5
  %add14.5 = add i64 %next.4, %mul8
  %p.5 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.5
  store float 0.000000e+00, float addrspace(1)* %p.5, align 4
  %next.5 = or i64 %i12247, 6
  %add14.6 = add i64 %next.5, %mul8
  %p.6 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.6
  store float 0.000000e+00, float addrspace(1)* %p.6, align 4
  %next.6 = or i64 %i12247, 7
  %add14.7 = add i64 %next.6, %mul8
  %p.7 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.7
  store float 0.000000e+00, float addrspace(1)* %p.7, align 4
  %next.7 = add nuw nsw i64 %i12247, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %done11.loopexit.unr-lcssa, label %body10

done11.loopexit.unr-lcssa:                        ; preds = %body10, %body10.preheader
  %i12247.unr = phi i64 [ 0, %body10.preheader ], [ %next.7, %body10 ]
  br i1 %lcmp.mod.not, label %done11, label %body10.epil

body10.epil:                                      ; preds = %done11.loopexit.unr-lcssa, %body10.epil
  %i12247.epil = phi i64 [ %next.epil, %body10.epil ], [ %i12247.unr, %done11.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body10.epil ], [ 0, %done11.loopexit.unr-lcssa ]
  %add14.epil = add i64 %i12247.epil, %mul8
  %p.epil = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add14.epil
  store float 0.000000e+00, float addrspace(1)* %p.epil, align 4
  %next.epil = add nuw nsw i64 %i12247.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done11, label %body10.epil, !llvm.loop !1

done11:                                           ; preds = %done11.loopexit.unr-lcssa, %body10.epil, %body
  %p15 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i262
  %v = load float, float addrspace(1)* %p15, align 4
  %fcmp = fcmp oeq float %v, %ignore
  %ignored = and i1 %cmp, %fcmp
  %fcmp17 = fcmp oge float %v, 0.000000e+00
  %fcmp18 = fcmp olt float %v, %classes16
  %in_range = and i1 %fcmp17, %fcmp18
  %4 = fptosi float %v to i64
  %class = select i1 %in_range, i64 %4, i64 0
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
  %sel27 = select i1 %cmp26, i64 %i262, i64 0
  %p28 = getelementptr inbounds float, float addrspace(1)* %d_loss, i64 %sel27
  %v29 = load float, float addrspace(1)* %p28, align 4
  %ext30 = fpext float %v29 to double
  br i1 %brmerge, label %join34, label %body36.preheader

body36.preheader:                                 ; preds = %then
  br i1 %2, label %join34.loopexit.unr-lcssa, label %body36

join:                                             ; preds = %body182, %done82, %done11
  %next245 = add i64 %i262, %mul7
  %go = icmp slt i64 %next245, %len
  br i1 %go, label %body, label %done

join34.loopexit.unr-lcssa:                        ; preds = %body36, %body36.preheader
  %fadd.lcssa.ph = phi double [ undef, %body36.preheader ], [ %fadd.1, %body36 ]
  %i38250.unr = phi i64 [ 0, %body36.preheader ], [ %next63.1, %body36 ]
  %var.1249.unr = phi double [ 0.000000e+00, %body36.preheader ], [ %fadd.1, %body36 ]
  br i1 %lcmp.mod270.not, label %join34, label %body36.epil

body36.epil:                                      ; preds = %join34.loopexit.unr-lcssa
  %p40.epil = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i38250.unr
  %v41.epil = load float, float addrspace(1)* %p40.epil, align 4
  %fcmp43.epil = fcmp oeq float %v41.epil, %ignore
  %ignored44.epil = and i1 %cmp, %fcmp43.epil
  %fcmp46.epil = fcmp oge float %v41.epil, 0.000000e+00
  %fcmp47.epil = fcmp olt float %v41.epil, %classes16
  %in_range48.epil = and i1 %fcmp46.epil, %fcmp47.epil
  %5 = fptosi float %v41.epil to i64
  %class50.epil = select i1 %in_range48.epil, i64 %5, i64 0
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
  %fadd.epil = fadd double %var.1249.unr, %sel62.epil
  br label %join34

join34:                                           ; preds = %body36.epil, %join34.loopexit.unr-lcssa, %then
  %fdiv = phi double [ %.mux, %then ], [ %fadd.lcssa.ph, %join34.loopexit.unr-lcssa ], [ %fadd.epil, %body36.epil ]
  %sel66 = fdiv double %ext30, %fdiv
  %fmul = fmul double %sel25, %sel66
  br i1 %go13246, label %body69.preheader, label %loop80.preheader

body69.preheader:                                 ; preds = %join34
  br i1 %3, label %loop80.preheader.loopexit.unr-lcssa, label %body69

body36:                                           ; preds = %body36.preheader, %body36
  %i38250 = phi i64 [ %next63.1, %body36 ], [ 0, %body36.preheader ]
  %var.1249 = phi double [ %fadd.1, %body36 ], [ 0.000000e+00, %body36.preheader ]
  %niter273 = phi i64 [ %niter273.next.1, %body36 ], [ 0, %body36.preheader ]
  %p40 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i38250
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
  %fadd = fadd double %var.1249, %sel62
  %next63 = or i64 %i38250, 1
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
  %next63.1 = add nuw nsw i64 %i38250, 2
  %niter273.next.1 = add i64 %niter273, 2
  %niter273.ncmp.1 = icmp eq i64 %niter273.next.1, %unroll_iter272
  br i1 %niter273.ncmp.1, label %join34.loopexit.unr-lcssa, label %body36

loop80.preheader.loopexit.unr-lcssa:              ; preds = %body69, %body69.preheader
  %call.lcssa.ph = phi float [ undef, %body69.preheader ], [ %call.7, %body69 ]
  %i71253.unr = phi i64 [ 0, %body69.preheader ], [ %next77.7, %body69 ]
  %var67.0252.unr = phi float [ 0xFFF0000000000000, %body69.preheader ], [ %call.7, %body69 ]
  br i1 %lcmp.mod276.not, label %loop80.preheader, label %body69.epil

body69.epil:                                      ; preds = %loop80.preheader.loopexit.unr-lcssa, %body69.epil
  %i71253.epil = phi i64 [ %next77.epil, %body69.epil ], [ %i71253.unr, %loop80.preheader.loopexit.unr-lcssa ]
  %var67.0252.epil = phi float [ %call.epil, %body69.epil ], [ %var67.0252.unr, %loop80.preheader.loopexit.unr-lcssa ]
  %epil.iter275 = phi i64 [ %epil.iter275.next, %body69.epil ], [ 0, %loop80.preheader.loopexit.unr-lcssa ]
  %add74.epil = add i64 %i71253.epil, %mul8
  %p75.epil = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add74.epil
  %v76.epil = load float, float addrspace(1)* %p75.epil, align 4
  %call.epil = tail call float @llvm.maxnum.f32(float %var67.0252.epil, float %v76.epil)
  %next77.epil = add nuw nsw i64 %i71253.epil, 1
  %epil.iter275.next = add i64 %epil.iter275, 1
  %epil.iter275.cmp.not = icmp eq i64 %epil.iter275.next, %xtraiter274
  br i1 %epil.iter275.cmp.not, label %loop80.preheader, label %body69.epil, !llvm.loop !3

loop80.preheader:                                 ; preds = %loop80.preheader.loopexit.unr-lcssa, %body69.epil, %join34
  %var67.0.lcssa = phi float [ 0xFFF0000000000000, %join34 ], [ %call.lcssa.ph, %loop80.preheader.loopexit.unr-lcssa ], [ %call.epil, %body69.epil ]
  br i1 %go13246, label %body81, label %done82

body69:                                           ; preds = %body69.preheader, %body69
  %i71253 = phi i64 [ %next77.7, %body69 ], [ 0, %body69.preheader ]
  %var67.0252 = phi float [ %call.7, %body69 ], [ 0xFFF0000000000000, %body69.preheader ]
  %niter279 = phi i64 [ %niter279.next.7, %body69 ], [ 0, %body69.preheader ]
  %add74 = add i64 %i71253, %mul8
  %p75 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add74
  %v76 = load float, float addrspace(1)* %p75, align 4
  %call = tail call float @llvm.maxnum.f32(float %var67.0252, float %v76)
  %next77 = or i64 %i71253, 1
  %add74.1 = add i64 %next77, %mul8
  %p75.1 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add74.1
  %v76.1 = load float, float addrspace(1)* %p75.1, align 4
  %call.1 = tail call float @llvm.maxnum.f32(float %call, float %v76.1)
  %next77.1 = or i64 %i71253, 2
  %add74.2 = add i64 %next77.1, %mul8
  %p75.2 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add74.2
  %v76.2 = load float, float addrspace(1)* %p75.2, align 4
  %call.2 = tail call float @llvm.maxnum.f32(float %call.1, float %v76.2)
  %next77.2 = or i64 %i71253, 3
  %add74.3 = add i64 %next77.2, %mul8
  %p75.3 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add74.3
  %v76.3 = load float, float addrspace(1)* %p75.3, align 4
  %call.3 = tail call float @llvm.maxnum.f32(float %call.2, float %v76.3)
  %next77.3 = or i64 %i71253, 4
  %add74.4 = add i64 %next77.3, %mul8
  %p75.4 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add74.4
  %v76.4 = load float, float addrspace(1)* %p75.4, align 4
  %call.4 = tail call float @llvm.maxnum.f32(float %call.3, float %v76.4)
  %next77.4 = or i64 %i71253, 5
  %add74.5 = add i64 %next77.4, %mul8
  %p75.5 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add74.5
  %v76.5 = load float, float addrspace(1)* %p75.5, align 4
  %call.5 = tail call float @llvm.maxnum.f32(float %call.4, float %v76.5)
  %next77.5 = or i64 %i71253, 6
  %add74.6 = add i64 %next77.5, %mul8
  %p75.6 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add74.6
  %v76.6 = load float, float addrspace(1)* %p75.6, align 4
  %call.6 = tail call float @llvm.maxnum.f32(float %call.5, float %v76.6)
  %next77.6 = or i64 %i71253, 7
  %add74.7 = add i64 %next77.6, %mul8
  %p75.7 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add74.7
  %v76.7 = load float, float addrspace(1)* %p75.7, align 4
  %call.7 = tail call float @llvm.maxnum.f32(float %call.6, float %v76.7)
  %next77.7 = add nuw nsw i64 %i71253, 8
  %niter279.next.7 = add i64 %niter279, 8
  %niter279.ncmp.7 = icmp eq i64 %niter279.next.7, %unroll_iter278
  br i1 %niter279.ncmp.7, label %loop80.preheader.loopexit.unr-lcssa, label %body69

body81:                                           ; preds = %loop80.preheader, %body81
  %i83257 = phi i64 [ %next134, %body81 ], [ 0, %loop80.preheader ]
  %var79.0256 = phi double [ %fadd133, %body81 ], [ 0.000000e+00, %loop80.preheader ]
  %add85 = add i64 %i83257, %mul8
  %p86 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add85
  %v87 = load float, float addrspace(1)* %p86, align 4
  %fsub = fsub float %v87, %var67.0.lcssa
  %ext88 = fpext float %fsub to double
  %call90 = tail call double @llvm.maxnum.f64(double %ext88, double -7.450000e+02)
  %call91 = tail call double @llvm.minnum.f64(double %call90, double 7.090000e+02)
  %fmul92 = fmul double %call91, 0x3FF71547652B82FE
  %fadd93 = fadd double %fmul92, 5.000000e-01
  %call94 = tail call double @llvm.floor.f64(double %fadd93)
  %fmul95 = fmul double %call94, 0x3FE62E42FEE00000
  %fsub96 = fsub double %call91, %fmul95
  %fmul97 = fmul double %call94, 0x3DEA39EF35793C76
  %fsub98 = fsub double %fsub96, %fmul97
  %fmul99 = fmul double %fsub98, 0x3DE6124613A86D09
  %fadd100 = fadd double %fmul99, 0x3E21EED8EFF8D898
  %fmul101 = fmul double %fsub98, %fadd100
  %fadd102 = fadd double %fmul101, 0x3E5AE64567F544E4
  %fmul103 = fmul double %fsub98, %fadd102
  %fadd104 = fadd double %fmul103, 0x3E927E4FB7789F5C
  %fmul105 = fmul double %fsub98, %fadd104
  %fadd106 = fadd double %fmul105, 0x3EC71DE3A556C734
  %fmul107 = fmul double %fsub98, %fadd106
  %fadd108 = fadd double %fmul107, 0x3EFA01A01A01A01A
  %fmul109 = fmul double %fsub98, %fadd108
  %fadd110 = fadd double %fmul109, 0x3F2A01A01A01A01A
  %fmul111 = fmul double %fsub98, %fadd110
  %fadd112 = fadd double %fmul111, 0x3F56C16C16C16C17
  %fmul113 = fmul double %fsub98, %fadd112
  %fadd114 = fadd double %fmul113, 0x3F81111111111111
  %fmul115 = fmul double %fsub98, %fadd114
  %fadd116 = fadd double %fmul115, 0x3FA5555555555555
  %fmul117 = fmul double %fsub98, %fadd116
  %fadd118 = fadd double %fmul117, 0x3FC5555555555555
  %fmul119 = fmul double %fsub98, %fadd118
  %fadd120 = fadd double %fmul119, 5.000000e-01
  %fmul121 = fmul double %fsub98, %fadd120
  %fadd122 = fadd double %fmul121, 1.000000e+00
  %fmul123 = fmul double %fsub98, %fadd122
  %fadd124 = fadd double %fmul123, 1.000000e+00
  %k = fptosi double %call94 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add125 = shl i64 %half, 52
  %bits = add i64 %add125, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add126 = shl i64 %sub, 52
  %bits127 = add i64 %add126, 4607182418800017408
  %pow2128 = bitcast i64 %bits127 to double
  %fmul129 = fmul double %pow2, %pow2128
  %fmul130 = fmul double %fmul129, %fadd124
  %fcmp131 = fcmp uno float %fsub, 0.000000e+00
  %sel132 = select i1 %fcmp131, double %ext88, double %fmul130
  %fadd133 = fadd double %var79.0256, %sel132
  %next134 = add nuw nsw i64 %i83257, 1
  %exitcond266.not = icmp eq i64 %next134, %classes
  br i1 %exitcond266.not, label %done82, label %body81

done82:                                           ; preds = %body81, %loop80.preheader
  %var79.0.lcssa = phi double [ 0.000000e+00, %loop80.preheader ], [ %fadd133, %body81 ]
  %ext135 = fpext float %var67.0.lcssa to double
  %bits137 = bitcast double %var79.0.lcssa to i64
  %exp = lshr i64 %bits137, 52
  %e = and i64 %exp, 2047
  %mant = and i64 %bits137, 4503599627370495
  %m = or i64 %mant, 4607182418800017408
  %m138 = bitcast i64 %m to double
  %fcmp139 = fcmp ogt double %m138, 0x3FF6A09E667F3BCD
  %fmul140 = fmul double %m138, 5.000000e-01
  %sel141 = select i1 %fcmp139, double %fmul140, double %m138
  %sub142 = add nsw i64 %e, -1023
  %i2f = sitofp i64 %sub142 to double
  %fadd143 = fadd double %i2f, 1.000000e+00
  %sel144 = select i1 %fcmp139, double %fadd143, double %i2f
  %fsub145 = fadd double %sel141, -1.000000e+00
  %fadd146 = fadd double %sel141, 1.000000e+00
  %fdiv147 = fdiv double %fsub145, %fadd146
  %fmul148 = fmul double %fdiv147, %fdiv147
  %fmul149 = fmul double %fmul148, 0x3FB8618618618618
  %fadd150 = fadd double %fmul149, 0x3FBAF286BCA1AF28
  %fmul151 = fmul double %fmul148, %fadd150
  %fadd152 = fadd double %fmul151, 0x3FBE1E1E1E1E1E1E
  %fmul153 = fmul double %fmul148, %fadd152
  %fadd154 = fadd double %fmul153, 0x3FC1111111111111
  %fmul155 = fmul double %fmul148, %fadd154
  %fadd156 = fadd double %fmul155, 0x3FC3B13B13B13B14
  %fmul157 = fmul double %fmul148, %fadd156
  %fadd158 = fadd double %fmul157, 0x3FC745D1745D1746
  %fmul159 = fmul double %fmul148, %fadd158
  %fadd160 = fadd double %fmul159, 0x3FCC71C71C71C71C
  %fmul161 = fmul double %fmul148, %fadd160
  %fadd162 = fadd double %fmul161, 0x3FD2492492492492
  %fmul163 = fmul double %fmul148, %fadd162
  %fadd164 = fadd double %fmul163, 4.000000e-01
  %fmul165 = fmul double %fmul148, %fadd164
  %fadd166 = fadd double %fmul165, 0x3FE5555555555555
  %fmul167 = fmul double %fmul148, %fadd166
  %fadd168 = fadd double %fmul167, 2.000000e+00
  %fmul169 = fmul double %fdiv147, %fadd168
  %fmul170 = fmul double %sel144, 0x3FE62E42FEE00000
  %fmul171 = fmul double %sel144, 0x3DEA39EF35793C76
  %fadd172 = fadd double %fmul171, %fmul169
  %fadd173 = fadd double %fmul170, %fadd172
  %fcmp174 = fcmp oeq double %var79.0.lcssa, 0x7FF0000000000000
  %sel175 = select i1 %fcmp174, double %var79.0.lcssa, double %fadd173
  %fcmp176 = fcmp oeq double %var79.0.lcssa, 0.000000e+00
  %sel177 = select i1 %fcmp176, double 0xFFF0000000000000, double %sel175
  %fcmp178 = fcmp oge double %var79.0.lcssa, 0.000000e+00
  %sel179 = select i1 %fcmp178, double %sel177, double 0x7FF8000000000000
  %fadd180 = fadd double %sel179, %ext135
  br i1 %go13246, label %body182, label %join

body182:                                          ; preds = %done82, %body182
  %i184260 = phi i64 [ %next244, %body182 ], [ 0, %done82 ]
  %add186 = add i64 %i184260, %mul8
  %p187 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add186
  %v188 = load float, float addrspace(1)* %p187, align 4
  %ext189 = fpext float %v188 to double
  %fsub190 = fsub double %ext189, %fadd180
  %call191 = tail call double @llvm.maxnum.f64(double %fsub190, double -7.450000e+02)
  %call192 = tail call double @llvm.minnum.f64(double %call191, double 7.090000e+02)
  %fmul193 = fmul double %call192, 0x3FF71547652B82FE
  %fadd194 = fadd double %fmul193, 5.000000e-01
  %call195 = tail call double @llvm.floor.f64(double %fadd194)
  %fmul196 = fmul double %call195, 0x3FE62E42FEE00000
  %fsub197 = fsub double %call192, %fmul196
  %fmul198 = fmul double %call195, 0x3DEA39EF35793C76
  %fsub199 = fsub double %fsub197, %fmul198
  %fmul200 = fmul double %fsub199, 0x3DE6124613A86D09
  %fadd201 = fadd double %fmul200, 0x3E21EED8EFF8D898
  %fmul202 = fmul double %fsub199, %fadd201
  %fadd203 = fadd double %fmul202, 0x3E5AE64567F544E4
  %fmul204 = fmul double %fsub199, %fadd203
  %fadd205 = fadd double %fmul204, 0x3E927E4FB7789F5C
  %fmul206 = fmul double %fsub199, %fadd205
  %fadd207 = fadd double %fmul206, 0x3EC71DE3A556C734
  %fmul208 = fmul double %fsub199, %fadd207
  %fadd209 = fadd double %fmul208, 0x3EFA01A01A01A01A
  %fmul210 = fmul double %fsub199, %fadd209
  %fadd211 = fadd double %fmul210, 0x3F2A01A01A01A01A
  %fmul212 = fmul double %fsub199, %fadd211
  %fadd213 = fadd double %fmul212, 0x3F56C16C16C16C17
  %fmul214 = fmul double %fsub199, %fadd213
  %fadd215 = fadd double %fmul214, 0x3F81111111111111
  %fmul216 = fmul double %fsub199, %fadd215
  %fadd217 = fadd double %fmul216, 0x3FA5555555555555
  %fmul218 = fmul double %fsub199, %fadd217
  %fadd219 = fadd double %fmul218, 0x3FC5555555555555
  %fmul220 = fmul double %fsub199, %fadd219
  %fadd221 = fadd double %fmul220, 5.000000e-01
  %fmul222 = fmul double %fsub199, %fadd221
  %fadd223 = fadd double %fmul222, 1.000000e+00
  %fmul224 = fmul double %fsub199, %fadd223
  %fadd225 = fadd double %fmul224, 1.000000e+00
  %k226 = fptosi double %call195 to i64
  %half227 = ashr i64 %k226, 1
  %sub228 = sub i64 %k226, %half227
  %add229 = shl i64 %half227, 52
  %bits230 = add i64 %add229, 4607182418800017408
  %pow2231 = bitcast i64 %bits230 to double
  %add232 = shl i64 %sub228, 52
  %bits233 = add i64 %add232, 4607182418800017408
  %pow2234 = bitcast i64 %bits233 to double
  %fmul235 = fmul double %pow2231, %pow2234
  %fmul236 = fmul double %fmul235, %fadd225
  %fcmp237 = fcmp uno double %fsub190, 0.000000e+00
  %sel238 = select i1 %fcmp237, double %fsub190, double %fmul236
  %cmp239 = icmp eq i64 %i184260, %sel20
  %sel240 = select i1 %cmp239, double 1.000000e+00, double 0.000000e+00
  %fsub241 = fsub double %sel238, %sel240
  %fmul242 = fmul double %fmul, %fsub241
  %trunc = fptrunc double %fmul242 to float
  %p243 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add186
  store float %trunc, float addrspace(1)* %p243, align 4
  %next244 = add nuw nsw i64 %i184260, 1
  %exitcond267.not = icmp eq i64 %next244, %classes
  br i1 %exitcond267.not, label %join, label %body182
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, float, i64, float addrspace(1)*)* @syncbn_cross_entropy_loss_grad, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !2}
