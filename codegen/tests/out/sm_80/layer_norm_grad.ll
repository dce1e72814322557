; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_layer_norm_grad(float addrspace(1)* nocapture readonly %dy, float addrspace(1)* nocapture readonly %x, float addrspace(1)* nocapture readonly %scale, i64 %len, i64 %row_len, double %epsilon, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go123 = icmp slt i64 %add, %len
  br i1 %go123, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %i2f = sitofp i64 %row_len to double
  %go13106 = icmp sgt i64 %row_len, 0
  %0 = add i64 %row_len, -1
  %xtraiter = and i64 %row_len, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %row_len, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %xtraiter130 = and i64 %row_len, 3
  %2 = icmp ult i64 %0, 3
  %unroll_iter134 = and i64 %row_len, -4
  %lcmp.mod132.not = icmp eq i64 %xtraiter130, 0
  %xtraiter136 = and i64 %row_len, 3
  %3 = icmp ult i64 %0, 3
  %unroll_iter140 = and i64 %row_len, -4
  %lcmp.mod138.not = icmp eq i64 %xtraiter136, 0
  %xtraiter142 = and i64 %row_len, 3
  %4 = icmp ult i64 %0, 3
  %unroll_iter146 = and i64 %row_len, -4
  %lcmp.mod144.not = icmp eq i64 %xtraiter142, 0
  %xtraiter148 = and i64 %row_len, 1
  %5 = icmp eq i64 %0, 0
  %unroll_iter151 = and i64 %row_len, -2
  %lcmp.mod150.not = icmp eq i64 %xtraiter148, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %done81
  %i124 = phi i64 [ %add, %body.lr.ph ], [ %next105, %done81 ]
  %mul8 = mul i64 %i124, %row_len
  br i1 %go13106, label %body10.preheader, label %done11

body10.preheader:                                 ; preds = %body
  br i1 %1, label %done11.loopexit.unr-lcssa, label %body10

done:                                             ; preds = %done81, %entry
  ret void

body10:                                           ; preds = %body10.preheader, %body10
  %i12108 = phi i64 [ %next.7, %body10 ], [ 0, %body10.preheader ]
  %var.0107 = phi double [ %fadd.7, %body10 ], [ 0.000000e+00, %body10.preheader ]
  %niter = phi i64 [ %niter.next.7, %body10 ], [ 0, %body10.preheader ]
  %add14 = add i64 %i12108, %mul8
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %fadd = fadd double %var.0107, %ext
  %next = or i64 %i12108, 1
  %add14.1 = add i64 %next, %mul8
  %p.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.1
  %v.1 = load float, float addrspace(1)* %p.1, align 4
  %ext.1 = fpext float %v.1 to double
  %fadd.1 = fadd double %fadd, %ext.1
  %next.1 = or i64 %i12108, 2
  %add14.2 = add i64 %next.1, %mul8
  %p.2 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.2
  %v.2 = load float, float addrspace(1)* %p.2, align 4
  %ext.2 = fpext float %v.2 to double
  %fadd.2 = fadd double %fadd.1, %ext.2
  %next.2 = or i64 %i12108, 3
  %add14.3 = add i64 %next.2, %mul8
  %p.3 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.3
  %v.3 = load float, float addrspace(1)* %p.3, align 4
  %ext.3 = fpext float %v.3 to double
  %fadd.3 = fadd double %fadd.2, %ext.3
  %next.3 = or i64 %i12108, 4
  %add14.4 = add i64 %next.3, %mul8
  %p.4 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.4
  %v.4 = load float, float addrspace(1)* %p.4, align 4
  %ext.4 = fpext float %v.4 to double
  %fadd.4 = fadd double %fadd.3, %ext.4
  %next.4 = or i64 %i12108, 5
  %add14.5 = add i64 %next.4, %mul8
  %p.5 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.5
  %v.5 = load float, float addrspace(1)* %p.5, align 4
  %ext.5 = fpext float %v.5 to double
  %fadd.5 = fadd double %fadd.4, %ext.5
  %next.5 = or i64 %i12108, 6
  %add14.6 = add i64 %next.5, %mul8
  %p.6 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.6
  %v.6 = load float, float addrspace(1)* %p.6, align 4
  %ext.6 = fpext float %v.6 to double
  %fadd.6 = fadd double %fadd.5, %ext.6
  %next.6 = or i64 %i12108, 7
  %add14.7 = add i64 %next.6, %mul8
  %p.7 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.7
  %v.7 = load float, float addrspace(1)* %p.7, align 4
  %ext.7 = fpext float %v.7 to double
  %fadd.7 = fadd double %fadd.6, %ext.7
  %next.7 = add nuw nsw i64 %i12108, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %done11.loopexit.unr-lcssa, label %body10

done11.loopexit.unr-lcssa:                        ; preds = %body10, %body10.preheader
  %fadd.lcssa.ph = phi double [ undef, %body10.preheader ], [ %fadd.7, %body10 ]
  %i12108.unr = phi i64 [ 0, %body10.preheader ], [ %next.7, %body10 ]
  %var.0107.unr = phi double [ 0.000000e+00, %body10.preheader ], [ %fadd.7, %body10 ]
  br i1 %lcmp.mod.not, label %done11, label %body10.epil

body10.epil:                                      ; preds = %done11.loopexit.unr-lcssa, %body10.epil
  %i12108.epil = phi i64 [ %next.epil, %body10.epil ], [ %i12108.unr, %done11.loopexit.unr-lcssa ]
  %var.0107.epil = phi double [ %fadd.epil, %body10.epil ], [ %var.0107.unr, %done11.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body10.epil ], [ 0, %done11.loopexit.unr-lcssa ]
  %add14.epil = add i64 %i12108.epil, %mul8
  %p.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.epil
  %v.epil = load float, float addrspace(1)* %p.epil, align 4
  %ext.epil = fpext float %v.epil to double
  %fadd.epil = fadd double %var.0107.epil, %ext.epil
  %next.epil = add nuw nsw i64 %i12108.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done11, label %body10.epil, !llvm.loop !1

done11:                                           ; preds = %done11.loopexit.unr-lcssa, %body10.epil, %body
  %var.0.lcssa = phi double [ 0.000000e+00, %body ], [ %fadd.lcssa.ph, %done11.loopexit.unr-lcssa ], [ %fadd.epil, %body10.epil ]
  %fdiv = fdiv double %var.0.lcssa, %i2f
  br i1 %go13106, label %body18.preheader, label %done19

body18.preheader:                                 ; preds = %done11
  br i1 %2, label %done19.loopexit.unr-lcssa, label %body18

body18:                                           ; preds = %body18.preheader, %body18
  %i20111 = phi i64 [ %next28.3, %body18 ], [ 0, %body18.preheader ]
  %var16.0110 = phi double [ %fadd27.3, %body18 ], [ 0.000000e+00, %body18.preheader ]
  %niter135 = phi i64 [ %niter135.next.3, %body18 ], [ 0, %body18.preheader ]
  %add23 = add i64 %i20111, %mul8
  %p24 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23
  %v25 = load float, float addrspace(1)* %p24, align 4
  %ext26 = fpext float %v25 to double
  %fsub = fsub double %ext26, %fdiv
  %fmul = fmul double %fsub, %fsub
  %fadd27 = fadd double %var16.0110, %fmul
  %next28 = or i64 %i20111, 1
  %add23.1 = add i64 %next28, %mul8
  %p24.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23.1
  %v25.1 = load float, float addrspace(1)* %p24.1, align 4
  %ext26.1 = fpext float %v25.1 to double
  %fsub.1 = fsub double %ext26.1, %fdiv
  %fmul.1 = fmul double %fsub.1, %fsub.1
  %fadd27.1 = fadd double %fadd27, %fmul.1
  %next28.1 = or i64 %i20111, 2
  %add23.2 = add i64 %next28.1, %mul8
  %p24.2 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23.2
  %v25.2 = load float, float addrspace(1)* %p24.2, align 4
  %ext26.2 = fpext float %v25.2 to double
  %fsub.2 = fsub double %ext26.2, %fdiv
  %fmul.2 = fmul double %fsub.2, %fsub.2
  %fadd27.2 = fadd double %fadd27.1, %fmul.2
  %next28.2 = or i64 %i20111, 3
  %add23.3 = add i64 %next28.2, %mul8
  %p24.3 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23.3
  %v25.3 = load float, float addrspace(1)* %p24.3, align 4
  %ext26.3 = fpext float %v25.3 to double
  %fsub.3 = fsub double %ext26.3, %fdiv
  %fmul.3 = fmul double %fsub.3, %fsub.3
  %fadd27.3 = fadd double %fadd27.2, %fmul.3
  %next28.3 = add nuw nsw i64 %i20111, 4
  %niter135.next.3 = add i64 %niter135, 4
  %niter135.ncmp.3 = icmp eq i64 %niter135.next.3, %unroll_iter134
  br i1 %niter135.ncmp.3, label %done19.loopexit.unr-lcssa, label %body18

done19.loopexit.unr-lcssa:                        ; preds = %body18, %body18.preheader
  %fadd27.lcssa.ph = phi double [ undef, %body18.preheader ], [ %fadd27.3, %body18 ]
  %i20111.unr = phi i64 [ 0, %body18.preheader ], [ %next28.3, %body18 ]
  %var16.0110.unr = phi double [ 0.000000e+00, %body18.preheader ], [ %fadd27.3, %body18 ]
  br i1 %lcmp.mod132.not, label %done19, label %body18.epil

body18.epil:                                      ; preds = %done19.loopexit.unr-lcssa, %body18.epil
  %i20111.epil = phi i64 [ %next28.epil, %body18.epil ], [ %i20111.unr, %done19.loopexit.unr-lcssa ]
  %var16.0110.epil = phi double [ %fadd27.epil, %body18.epil ], [ %var16.0110.unr, %done19.loopexit.unr-lcssa ]
  %epil.iter131 = phi i64 [ %epil.iter131.next, %body18.epil ], [ 0, %done19.loopexit.unr-lcssa ]
  %add23.epil = add i64 %i20111.epil, %mul8
  %p24.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23.epil
  %v25.epil = load float, float addrspace(1)* %p24.epil, align 4
  %ext26.epil = fpext float %v25.epil to double
  %fsub.epil = fsub double %ext26.epil, %fdiv
  %fmul.epil = fmul double %fsub.epil, %fsub.epil
  %fadd27.epil = fadd double %var16.0110.epil, %fmul.epil
  %next28.epil = add nuw nsw i64 %i20111.epil, 1
  %epil.iter131.next = add i64 %epil.iter131, 1
  %epil.iter131.cmp.not = icmp eq i64 %epil.iter131.next, %xtraiter130
  br i1 %epil.iter131.cmp.not, label %done19, label %body18.epil, !llvm.loop !3

done19:                                           ; preds = %done19.loopexit.unr-lcssa, %body18.epil, %done11
  %var16.0.lcssa = phi double [ 0.000000e+00, %done11 ], [ %fadd27.lcssa.ph, %done19.loopexit.unr-lcssa ], [ %fadd27.epil, %body18.epil ]
  %fdiv30 = fdiv double %var16.0.lcssa, %i2f
  %fadd31 = fadd double %fdiv30, %epsilon
  %call = tail call double @llvm.sqrt.f64(double %fadd31)
  %fdiv32 = fdiv double 1.000000e+00, %call
  br i1 %go13106, label %body36.preheader, label %done37

body36.preheader:                                 ; preds = %done19
  br i1 %3, label %done37.loopexit.unr-lcssa, label %body36

body36:                                           ; preds = %body36.preheader, %body36
  %i38115 = phi i64 [ %next50.3, %body36 ], [ 0, %body36.preheader ]
  %var34.0114 = phi double [ %fadd49.3, %body36 ], [ 0.000000e+00, %body36.preheader ]
  %niter141 = phi i64 [ %niter141.next.3, %body36 ], [ 0, %body36.preheader ]
  %add41 = add i64 %i38115, %mul8
  %p42 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add41
  %v43 = load float, float addrspace(1)* %p42, align 4
  %ext44 = fpext float %v43 to double
  %p45 = getelementptr inbounds float, float addrspace(1)* %scale, i64 %i38115
  %v46 = load float, float addrspace(1)* %p45, align 4
  %ext47 = fpext float %v46 to double
  %fmul48 = fmul double %ext44, %ext47
  %fadd49 = fadd double %var34.0114, %fmul48
  %next50 = or i64 %i38115, 1
  %add41.1 = add i64 %next50, %mul8
  %p42.1 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add41.1
  %v43.1 = load float, float addrspace(1)* %p42.1, align 4
  %ext44.1 = fpext float %v43.1 to double
  %p45.1 = getelementptr inbounds float, float addrspace(1)* %scale, i64 %next50
  %v46.1 = load float, float addrspace(1)* %p45.1, align 4
  %ext47.1 = fpext float %v46.1 to double
  %fmul48.1 = fmul double %ext44.1, %ext47.1
  %fadd49.1 = fadd double %fadd49, %fmul48.1
  %next50.1 = or i64 %i38115, 2
  %add41.2 = add i64 %next50.1, %mul8
  %p42.2 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add41.2
  %v43.2 = load float, float addrspace(1)* %p42.2, align 4
  %ext44.2 = fpext float %v43.2 to double
  %p45.2 = getelementptr inbounds float, float addrspace(1)* %scale, i64 %next50.1
  %v46.2 = load float, float addrspace(1)* %p45.2, align 4
  %ext47.2 = fpext float %v46.2 to double
  %fmul48.2 = fmul double %ext44.2, %ext47.2
  %fadd49.2 = fadd double %fadd49.1, %fmul48.2
  %next50.2 = or i64 %i38115, 3
  %add41.3 = add i64 %next50.2, %mul8
  %p42.3 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add41.3
  %v43.3 = load float, float addrspace(1)* %p42.3, align 4
  %ext44.3 = fpext float %v43.3 to double
  %p45.3 = getelementptr inbounds float, float addrspace(1)* %scale, i64 %next50.2
  %v46.3 = load float, float addrspace(1)* %p45.3, align 4
  %ext47.3 = fpext float %v46.3 to double
  %fmul48.3 = fmul double %ext44.3, %ext47.3
  %fadd49.3 = fadd double %fadd49.2, %fmul48.3
  %next50.3 = add nuw nsw i64 %i38115, 4
  %niter141.next.3 = add i64 %niter141, 4
  %niter141.ncmp.3 = icmp eq i64 %niter141.next.3, %unroll_iter140
  br i1 %niter141.ncmp.3, label %done37.loopexit.unr-lcssa, label %body36

done37.loopexit.unr-lcssa:                        ; preds = %body36, %body36.preheader
  %fadd49.lcssa.ph = phi double [ undef, %body36.preheader ], [ %fadd49.3, %body36 ]
  %i38115.unr = phi i64 [ 0, %body36.preheader ], [ %next50.3, %body36 ]
  %var34.0114.unr = phi double [ 0.000000e+00, %body36.preheader ], [ %fadd49.3, %body36 ]
  br i1 %lcmp.mod138.not, label %done37, label %body36.epil

body36.epil:                                      ; preds = %done37.loopexit.unr-lcssa, %body36.epil
  %i38115.epil = phi i64 [ %next50.epil, %body36.epil ], [ %i38115.unr, %done37.loopexit.unr-lcssa ]
  %var34.0114.epil = phi double [ %fadd49.epil, %body36.epil ], [ %var34.0114.unr, %done37.loopexit.unr-lcssa ]
  %epil.iter137 = phi i64 [ %epil.iter137.next, %body36.epil ], [ 0, %done37.loopexit.unr-lcssa ]
  %add41.epil = add i64 %i38115.epil, %mul8
  %p42.epil = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add41.epil
  %v43.epil = load float, float addrspace(1)* %p42.epil, align 4
  %ext44.epil = fpext float %v43.epil to double
  %p45.epil = getelementptr inbounds float, float addrspace(1)* %scale, i64 %i38115.epil
  %v46.epil = load float, float addrspace(1)* %p45.epil, align 4
  %ext47.epil = fpext float %v46.epil to double
  %fmul48.epil = fmul double %ext44.epil, %ext47.epil
  %fadd49.epil = fadd double %var34.0114.epil, %fmul48.epil
  %next50.epil = add nuw nsw i64 %i38115.epil, 1
  %epil.iter137.next = add i64 %epil.iter137, 1
  %epil.iter137.cmp.not = icmp eq i64 %epil.iter137.next, %xtraiter136
  br i1 %epil.iter137.cmp.not, label %done37, label %body36.epil, !llvm.loop !4

done37:                                           ; preds = %done37.loopexit.unr-lcssa, %body36.epil, %done19
  %var34.0.lcssa = phi double [ 0.000000e+00, %done19 ], [ %fadd49.lcssa.ph, %done37.loopexit.unr-lcssa ], [ %fadd49.epil, %body36.epil ]
  %fdiv52 = fdiv double %var34.0.lcssa, %i2f
  br i1 %go13106, label %body55.preheader, label %done56

body55.preheader:                                 ; preds = %done37
  br i1 %4, label %done56.loopexit.unr-lcssa, label %body55

body55:                                           ; preds = %body55.preheader, %body55
  %i57119 = phi i64 [ %next76.3, %body55 ], [ 0, %body55.preheader ]
  %var53.0118 = phi double [ %fadd75.3, %body55 ], [ 0.000000e+00, %body55.preheader ]
  %niter147 = phi i64 [ %niter147.next.3, %body55 ], [ 0, %body55.preheader ]
  %add60 = add i64 %i57119, %mul8
  %p61 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add60
  %v62 = load float, float addrspace(1)* %p61, align 4
  %ext63 = fpext float %v62 to double
  %p64 = getelementptr inbounds float, float addrspace(1)* %scale, i64 %i57119
  %v65 = load float, float addrspace(1)* %p64, align 4
  %ext66 = fpext float %v65 to double
  %fmul67 = fmul double %ext63, %ext66
  %p69 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add60
  %v70 = load float, float addrspace(1)* %p69, align 4
  %ext71 = fpext float %v70 to double
  %fsub72 = fsub double %ext71, %fdiv
  %fmul73 = fmul double %fdiv32, %fsub72
  %fmul74 = fmul double %fmul67, %fmul73
  %fadd75 = fadd double %var53.0118, %fmul74
  %next76 = or i64 %i57119, 1
  %add60.1 = add i64 %next76, %mul8
  %p61.1 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add60.1
  %v62.1 = load float, float addrspace(1)* %p61.1, align 4
  %ext63.1 = fpext float %v62.1 to double
  %p64.1 = getelementptr inbounds float, float addrspace(1)* %scale, i64 %next76
  %v65.1 = load float, float addrspace(1)* %p64.1, align 4
  %ext66.1 = fpext float %v65.1 to double
  %fmul67.1 = fmul double %ext63.1, %ext66.1
  %p69.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add60.1
  %v70.1 = load float, float addrspace(1)* %p69.1, align 4
  %ext71.1 = fpext float %v70.1 to double
  %fsub72.1 = fsub double %ext71.1, %fdiv
  %fmul73.1 = fmul double %fdiv32, %fsub72.1
  %fmul74.1 = fmul double %fmul67.1, %fmul73.1
  %fadd75.1 = fadd double %fadd75, %fmul74.1
  %next76.1 = or i64 %i57119, 2
  %add60.2 = add i64 %next76.1, %mul8
  %p61.2 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add60.2
  %v62.2 = load float, float addrspace(1)* %p61.2, align 4
  %ext63.2 = fpext float %v62.2 to double
  %p64.2 = getelementptr inbounds float, float addrspace(1)* %scale, i64 %next76.1
  %v65.2 = load float, float addrspace(1)* %p64.2, align 4
  %ext66.2 = fpext float %v65.2 to double
  %fmul67.2 = fmul double %ext63.2, %ext66.2
  %p69.2 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add60.2
  %v70.2 = load float, float addrspace(1)* %p69.2, align 4
  %ext71.2 = fpext float %v70.2 to double
  %fsub72.2 = fsub double %ext71.2, %fdiv
  %fmul73.2 = fmul double %fdiv32, %fsub72.2
  %fmul74.2 = fmul double %fmul67.2, %fmul73.2
  %fadd75.2 = fadd double %fadd75.1, %fmul74.2
  %next76.2 = or i64 %i57119, 3
  %add60.3 = add i64 %next76.2, %mul8
  %p61.3 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add60.3
  %v62.3 = load float, float addrspace(1)* %p61.3, align 4
  %ext63.3 = fpext float %v62.3 to double
  %p64.3 = getelementptr inbounds float, float addrspace(1)* %scale, i64 %next76.2
  %v65.3 = load float, float addrspace(1)* %p64.3, align 4
  %ext66.3 = fpext float %v65.3 to double
  %fmul67.3 = fmul double %ext63.3, %ext66.3
  %p69.3 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add60.3
  %v70.3 = load float, float addrspace(1)* %p69.3, align 4
  %ext71.3 = fpext float %v70.3 to double
  %fsub72.3 = fsub double %ext71.3, %fdiv
  %fmul73.3 = fmul double %fdiv32, %fsub72.3
  %fmul74.3 = fmul double %fmul67.3, %fmul73.3
  %fadd75.3 = fadd double %fadd75.2, %fmul74.3
  %next76.3 = add nuw nsw i64 %i57119, 4
  %niter147.next.3 = add i64 %niter147, 4
  %niter147.ncmp.3 = icmp eq i64 %niter147.next.3, %unroll_iter146
  br i1 %niter147.ncmp.3, label %done56.loopexit.unr-lcssa, label %body55

done56.loopexit.unr-lcssa:                        ; preds = %body55, %body55.preheader
  %fadd75.lcssa.ph = phi double [ undef, %body55.preheader ], [ %fadd75.3, %body55 ]
  %i57119.unr = phi i64 [ 0, %body55.preheader ], [ %next76.3, %body55 ]
  %var53.0118.unr = phi double [ 0.000000e+00, %body55.preheader ], [ %fadd75.3, %body55 ]
  br i1 %lcmp.mod144.not, label %done56, label %body55.epil

body55.epil:                                      ; preds = %done56.loopexit.unr-lcssa, %body55.epil
  %i57119.epil = phi i64 [ %next76.epil, %body55.epil ], [ %i57119.unr, %done56.loopexit.unr-lcssa ]
  %var53.0118.epil = phi double [ %fadd75.epil, %body55.epil ], [ %var53.0118.unr, %done56.loopexit.unr-lcssa ]
  %epil.iter143 = phi i64 [ %epil.iter143.next, %body55.epil ], [ 0, %done56.loopexit.unr-lcssa ]
  %add60.epil = add i64 %i57119.epil, %mul8
  %p61.epil = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add60.epil
  %v62.epil = load float, float addrspace(1)* %p61.epil, align 4
  %ext63.epil = fpext float %v62.epil to double
  %p64.epil = getelementptr inbounds float, float addrspace(1)* %scale, i64 %i57119.epil
  %v65.epil = load float, float addrspace(1)* %p64.epil, align 4
  %ext66.epil = fpext float %v65.epil to double
  %fmul67.epil = fmul double %ext63.epil, %ext66.epil
  %p69.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add60.epil
  %v70.epil = load float, float addrspace(1)* %p69.epil, align 4
  %ext71.epil = fpext float %v70.epil to double
  %fsub72.epil = fsub double %ext71.epil, %fdiv
  %fmul73.epil = fmul double %fdiv32, %fsub72.epil
  %fmul74.epil = fmul double %fmul67.epil, %fmul73.epil
  %fadd75.epil = fadd double %var53.0118.epil, %fmul74.epil
  %next76.epil = add nuw nsw i64 %i57119.epil, 1
  %epil.iter143.next = add i64 %epil.iter143, 1
  %epil.iter143.cmp.not = icmp eq i64 %epil.iter143.next, %xtraiter142
  br i1 %epil.iter143.cmp.not, label %done56, label %body55.epil, !llvm.loop !5

done56:                                           ; preds = %done56.loopexit.unr-lcssa, %body55.epil, %done37
  %var53.0.lcssa = phi double [ 0.000000e+00, %done37 ], [ %fadd75.lcssa.ph, %done56.loopexit.unr-lcssa ], [ %fadd75.epil, %body55.epil ]
  %fdiv78 = fdiv double %var53.0.lcssa, %i2f
  br i1 %go13106, label %body80.preheader, label %done81

body80.preheader:                                 ; preds = %done56
  br i1 %5, label %done81.loopexit.unr-lcssa, label %body80

body80:                                           ; preds = %body80.preheader, %body80
  %i82122 = phi i64 [ %next104.1, %body80 ], [ 0, %body80.preheader ]
  %niter152 = phi i64 [ %niter152.next.1, %body80 ], [ 0, %body80.preheader ]
  %add84 = add i64 %i82122, %mul8
  %p85 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add84
  %v86 = load float, float addrspace(1)* %p85, align 4
  %ext87 = fpext float %v86 to double
  %p88 = getelementptr inbounds float, float addrspace(1)* %scale, i64 %i82122
  %v89 = load float, float addrspace(1)* %p88, align 4
  %ext90 = fpext float %v89 to double
  %fmul91 = fmul double %ext87, %ext90
  %fsub92 = fsub double %fmul91, %fdiv52
  %p94 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add84
  %v95 = load float, float addrspace(1)* %p94, align 4
  %ext96 = fpext float %v95 to double
  %fsub97 = fsub double %ext96, %fdiv
  %fmul98 = fmul double %fdiv32, %fsub97
  %fmul99 = fmul double %fdiv78, %fmul98
  %fsub100 = fsub double %fsub92, %fmul99
  %fmul102 = fmul double %fdiv32, %fsub100
  %trunc = fptrunc double %fmul102 to float
  %p103 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add84
  store float %trunc, float addrspace(1)* %p103, align 4
  %next104 = or i64 %i82122, 1
  %add84.1 = add i64 %next104, %mul8
  %p85.1 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add84.1
  %v86.1 = load float, float addrspace(1)* %p85.1, align 4
  %ext87.1 = fpext float %v86.1 to double
  %p88.1 = getelementptr inbounds float, float addrspace(1)* %scale, i64 %next104
  %v89.1 = load float, float addrspace(1)* %p88.1, align 4
  %ext90.1 = fpext float %v89.1 to double
  %fmul91.1 = fmul double %ext87.1, %ext90.1
  %fsub92.1 = fsub double %fmul91.1, %fdiv52
  %p94.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add84.1
  %v95.1 = load float, float addrspace(1)* %p94.1, align 4
  %ext96.1 = fpext float %v95.1 to double
  %fsub97.1 = fsub double %ext96.1, %fdiv
  %fmul98.1 = fmul double %fdiv32, %fsub97.1
  %fmul99.1 = fmul double %fdiv78, %fmul98.1
  %fsub100.1 = fsub double %fsub92.1, %fmul99.1
  %fmul102.1 = fmul double %fdiv32, %fsub100.1
  %trunc.1 = fptrunc double %fmul102.1 to float
  %p103.1 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add84.1
  store float %trunc.1, float addrspace(1)* %p103.1, align 4
  %next104.1 = add nuw nsw i64 %i82122, 2
  %niter152.next.1 = add i64 %niter152, 2
  %niter152.ncmp.1 = icmp eq i64 %niter152.next.1, %unroll_iter151
  br i1 %niter152.ncmp.1, label %done81.loopexit.unr-lcssa, label %body80

done81.loopexit.unr-lcssa:                        ; preds = %body80, %body80.preheader
  %i82122.unr = phi i64 [ 0, %body80.preheader ], [ %next104.1, %body80 ]
  br i1 %lcmp.mod150.not, label %done81, label %body80.epil

body80.epil:                                      ; preds = %done81.loopexit.unr-lcssa
  %add84.epil = add i64 %i82122.unr, %mul8
  %p85.epil = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add84.epil
  %v86.epil = load float, float addrspace(1)* %p85.epil, align 4
  %ext87.epil = fpext float %v86.epil to double
  %p88.epil = getelementptr inbounds float, float addrspace(1)* %scale, i64 %i82122.unr
  %v89.epil = load float, float addrspace(1)* %p88.epil, align 4
  %ext90.epil = fpext float %v89.epil to double
  %fmul91.epil = fmul double %ext87.epil, %ext90.epil
  %fsub92.epil = fsub double %fmul91.epil, %fdiv52
  %p94.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add84.epil
  %v95.epil = load float, float addrspace(1)* %p94.epil, align 4
  %ext96.epil = fpext float %v95.epil to double
  %fsub97.epil = fsub double %ext96.epil, %fdiv
  %fmul98.epil = fmul double %fdiv32, %fsub97.epil
  %fmul99.epil = fmul double %fdiv78, %fmul98.epil
  %fsub100.epil = fsub double %fsub92.epil, %fmul99.epil
  %fmul102.epil = fmul double %fdiv32, %fsub100.epil
  %trunc.epil = fptrunc double %fmul102.epil to float
  %p103.epil = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add84.epil
  store float %trunc.epil, float addrspace(1)* %p103.epil, align 4
  br label %done81

done81:                                           ; preds = %body80.epil, %done81.loopexit.unr-lcssa, %done56
  %next105 = add i64 %i124, %mul7
  %go = icmp slt i64 %next105, %len
  br i1 %go, label %body, label %done
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
declare double @llvm.sqrt.f64(double) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, double, float addrspace(1)*)* @syncbn_layer_norm_grad, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !2}
!4 = distinct !{!4, !2}
!5 = distinct !{!5, !2}
