; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_layer_norm(float addrspace(1)* nocapture readonly %x, float addrspace(1)* nocapture readonly %scale, float addrspace(1)* nocapture readonly %bias, i64 %len, i64 %row_len, i64 %has_bias, double %epsilon, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go65 = icmp slt i64 %add, %len
  br i1 %go65, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %i2f = sitofp i64 %row_len to double
  %go1356 = icmp sgt i64 %row_len, 0
  %cmp.not = icmp eq i64 %has_bias, 0
  %0 = add i64 %row_len, -1
  %xtraiter = and i64 %row_len, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %row_len, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %xtraiter70 = and i64 %row_len, 3
  %2 = icmp ult i64 %0, 3
  %unroll_iter74 = and i64 %row_len, -4
  %lcmp.mod72.not = icmp eq i64 %xtraiter70, 0
  %xtraiter76 = and i64 %row_len, 1
  %3 = icmp eq i64 %0, 0
  %unroll_iter79 = and i64 %row_len, -2
  %lcmp.mod78.not = icmp eq i64 %xtraiter76, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %done35
  %i66 = phi i64 [ %add, %body.lr.ph ], [ %next55, %done35 ]
  %mul8 = mul i64 %i66, %row_len
  br i1 %go1356, label %body10.preheader, label %done11

body10.preheader:                                 ; preds = %body
  br i1 %1, label %done11.loopexit.unr-lcssa, label %body10

done:                                             ; preds = %done35, %entry
  ret void

body10:                                           ; preds = %body10.preheader, %body10
  %i1258 = phi i64 [ %next.7, %body10 ], [ 0, %body10.preheader ]
  %var.057 = phi double [ %fadd.7, %body10 ], [ 0.000000e+00, %body10.preheader ]
  %niter = phi i64 [ %niter.next.7, %body10 ], [ 0, %body10.preheader ]
  %add14 = add i64 %i1258, %mul8
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %fadd = fadd double %var.057, %ext
  %next = or i64 %i1258, 1
  %add14.1 = add i64 %next, %mul8
  %p.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.1
  %v.1 = load float, float addrspace(1)* %p.1, align 4
  %ext.1 = fpext float %v.1 to double
  %fadd.1 = fadd double %fadd, %ext.1
  %next.1 = or i64 %i1258, 2
  %add14.2 = add i64 %next.1, %mul8
  %p.2 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.2
  %v.2 = load float, float addrspace(1)* %p.2, align 4
  %ext.2 = fpext float %v.2 to double
  %fadd.2 = fadd double %fadd.1, %ext.2
  %next.2 = or i64 %i1258, 3
  %add14.3 = add i64 %next.2, %mul8
  %p.3 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.3
  %v.3 = load float, float addrspace(1)* %p.3, align 4
  %ext.3 = fpext float %v.3 to double
  %fadd.3 = fadd double %fadd.2, %ext.3
  %next.3 = or i64 %i1258, 4
  %add14.4 = add i64 %next.3, %mul8
  %p.4 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.4
  %v.4 = load float, float addrspace(1)* %p.4, align 4
  %ext.4 = fpext float %v.4 to double
  %fadd.4 = fadd double %fadd.3, %ext.4
  %next.4 = or i64 %i1258, 5
  %add14.5 = add i64 %next.4, %mul8
  %p.5 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.5
  %v.5 = load float, float addrspace(1)* %p.5, align 4
  %ext.5 = fpext float %v.5 to double
  %fadd.5 = fadd double %fadd.4, %ext.5
  %next.5 = or i64 %i1258, 6
  %add14.6 = add i64 %next.5, %mul8
  %p.6 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.6
  %v.6 = load float, float addrspace(1)* %p.6, align 4
  %ext.6 = fpext float %v.6 to double
  %fadd.6 = fadd double %fadd.5, %ext.6
  %next.6 = or i64 %i1258, 7
  %add14.7 = add i64 %next.6, %mul8
  %p.7 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.7
  %v.7 = load float, float addrspace(1)* %p.7, align 4
  %ext.7 = fpext float %v.7 to double
  %fadd.7 = fadd double %fadd.6, %ext.7
  %next.7 = add nuw nsw i64 %i1258, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %done11.loopexit.unr-lcssa, label %body10

done11.loopexit.unr-lcssa:                        ; preds = %body10, %body10.preheader
  %fadd.lcssa.ph = phi double [ undef, %body10.preheader ], [ %fadd.7, %body10 ]
  %i1258.unr = phi i64 [ 0, %body10.preheader ], [ %next.7, %body10 ]
  %var.057.unr = phi double [ 0.000000e+00, %body10.preheader ], [ %fadd.7, %body10 ]
  br i1 %lcmp.mod.not, label %done11, label %body10.epil

body10.epil:                                      ; preds = %done11.loopexit.unr-lcssa, %body10.epil
  %i1258.epil = phi i64 [ %next.epil, %body10.epil ], [ %i1258.unr, %done11.loopexit.unr-lcssa ]
  %var.057.epil = phi double [ %fadd.epil, %body10.epil ], [ %var.057.unr, %done11.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body10.epil ], [ 0, %done11.loopexit.unr-lcssa ]
  %add14.epil = add i64 %i1258.epil, %mul8
  %p.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.epil
  %v.epil = load float, float addrspace(1)* %p.epil, align 4
  %ext.epil = fpext float %v.epil to double
  %fadd.epil = fadd double %var.057.epil, %ext.epil
  %next.epil = add nuw nsw i64 %i1258.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done11, label %body10.epil, !llvm.loop !1

done11:                                           ; preds = %done11.loopexit.unr-lcssa, %body10.epil, %body
  %var.0.lcssa = phi double [ 0.000000e+00, %body ], [ %fadd.lcssa.ph, %done11.loopexit.unr-lcssa ], [ %fadd.epil, %body10.epil ]
  %fdiv = fdiv double %var.0.lcssa, %i2f
  br i1 %go1356, label %body18.preheader, label %done19

body18.preheader:                                 ; preds = %done11
  br i1 %2, label %done19.loopexit.unr-lcssa, label %body18

body18:                                           ; preds = %body18.preheader, %body18
  %i2061 = phi i64 [ %next28.3, %body18 ], [ 0, %body18.preheader ]
  %var16.060 = phi double [ %fadd27.3, %body18 ], [ 0.000000e+00, %body18.preheader ]
  %niter75 = phi i64 [ %niter75.next.3, %body18 ], [ 0, %body18.preheader ]
  %add23 = add i64 %i2061, %mul8
  %p24 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23
  %v25 = load float, float addrspace(1)* %p24, align 4
  %ext26 = fpext float %v25 to double
  %fsub = fsub double %ext26, %fdiv
  %fmul = fmul double %fsub, %fsub
  %fadd27 = fadd double %var16.060, %fmul
  %next28 = or i64 %i2061, 1
  %add23.1 = add i64 %next28, %mul8
  %p24.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23.1
  %v25.1 = load float, float addrspace(1)* %p24.1, align 4
  %ext26.1 = fpext float %v25.1 to double
  %fsub.1 = fsub double %ext26.1, %fdiv
  %fmul.1 = fmul double %fsub.1, %fsub.1
  %fadd27.1 = fadd double %fadd27, %fmul.1
  %next28.1 = or i64 %i2061, 2
  %add23.2 = add i64 %next28.1, %mul8
  %p24.2 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23.2
  %v25.2 = load float, float addrspace(1)* %p24.2, align 4
  %ext26.2 = fpext float %v25.2 to double
  %fsub.2 = fsub double %ext26.2, %fdiv
  %fmul.2 = fmul double %fsub.2, %fsub.2
  %fadd27.2 = fadd double %fadd27.1, %fmul.2
  %next28.2 = or i64 %i2061, 3
  %add23.3 = add i64 %next28.2, %mul8
  %p24.3 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23.3
  %v25.3 = load float, float addrspace(1)* %p24.3, align 4
  %ext26.3 = fpext float %v25.3 to double
  %fsub.3 = fsub double %ext26.3, %fdiv
  %fmul.3 = fmul double %fsub.3, %fsub.3
  %fadd27.3 = fadd double %fadd27.2, %fmul.3
  %next28.3 = add nuw nsw i64 %i2061, 4
  %niter75.next.3 = add i64 %niter75, 4
  %niter75.ncmp.3 = icmp eq i64 %niter75.next.3, %unroll_iter74
  br i1 %niter75.ncmp.3, label %done19.loopexit.unr-lcssa, label %body18

done19.loopexit.unr-lcssa:                        ; preds = %body18, %body18.preheader
  %fadd27.lcssa.ph = phi double [ undef, %body18.preheader ], [ %fadd27.3, %body18 ]
  %i2061.unr = phi i64 [ 0, %body18.preheader ], [ %next28.3, %body18 ]
  %var16.060.unr = phi double [ 0.000000e+00, %body18.preheader ], [ %fadd27.3, %body18 ]
  br i1 %lcmp.mod72.not, label %done19, label %body18.epil

body18.epil:                                      ; preds = %done19.loopexit.unr-lcssa, %body18.epil
  %i2061.epil = phi i64 [ %next28.epil, %body18.epil ], [ %i2061.unr, %done19.loopexit.unr-lcssa ]
  %var16.060.epil = phi double [ %fadd27.epil, %body18.epil ], [ %var16.060.unr, %done19.loopexit.unr-lcssa ]
  %epil.iter71 = phi i64 [ %epil.iter71.next, %body18.epil ], [ 0, %done19.loopexit.unr-lcssa ]
  %add23.epil = add i64 %i2061.epil, %mul8
  %p24.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23.epil
  %v25.epil = load float, float addrspace(1)* %p24.epil, align 4
  %ext26.epil = fpext float %v25.epil to double
  %fsub.epil = fsub double %ext26.epil, %fdiv
  %fmul.epil = fmul double %fsub.epil, %fsub.epil
  %fadd27.epil = fadd double %var16.060.epil, %fmul.epil
  %next28.epil = add nuw nsw i64 %i2061.epil, 1
  %epil.iter71.next = add i64 %epil.iter71, 1
  %epil.iter71.cmp.not = icmp eq i64 %epil.iter71.next, %xtraiter70
  br i1 %epil.iter71.cmp.not, label %done19, label %body18.epil, !llvm.loop !3

done19:                                           ; preds = %done19.loopexit.unr-lcssa, %body18.epil, %done11
  %var16.0.lcssa = phi double [ 0.000000e+00, %done11 ], [ %fadd27.lcssa.ph, %done19.loopexit.unr-lcssa ], [ %fadd27.epil, %body18.epil ]
  %fdiv30 = fdiv double %var16.0.lcssa, %i2f
  %fadd31 = fadd double %fdiv30, %epsilon
  %call = tail call double @llvm.sqrt.f64(double %fadd31)
  %fdiv32 = fdiv double 1.000000e+00, %call
  br i1 %go1356, label %body34.preheader, label %done35

body34.preheader:                                 ; preds = %done19
  br i1 %3, label %done35.loopexit.unr-lcssa, label %body34

body34:                                           ; preds = %body34.preheader, %body34
  %i3664 = phi i64 [ %next54.1, %body34 ], [ 0, %body34.preheader ]
  %niter80 = phi i64 [ %niter80.next.1, %body34 ], [ 0, %body34.preheader ]
  %add38 = add i64 %i3664, %mul8
  %p39 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add38
  %v40 = load float, float addrspace(1)* %p39, align 4
  %ext41 = fpext float %v40 to double
  %fsub42 = fsub double %ext41, %fdiv
  %fmul43 = fmul double %fdiv32, %fsub42
  %p44 = getelementptr inbounds float, float addrspace(1)* %scale, i64 %i3664
  %v45 = load float, float addrspace(1)* %p44, align 4
  %ext46 = fpext float %v45 to double
  %fmul47 = fmul double %fmul43, %ext46
  %p48 = getelementptr inbounds float, float addrspace(1)* %bias, i64 %i3664
  %v49 = load float, float addrspace(1)* %p48, align 4
  %ext50 = fpext float %v49 to double
  %sel = select i1 %cmp.not, double 0.000000e+00, double %ext50
  %fadd52 = fadd double %fmul47, %sel
  %trunc = fptrunc double %fadd52 to float
  %p53 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add38
  store float %trunc, float addrspace(1)* %p53, align 4
  %next54 = or i64 %i3664, 1
  %add38.1 = add i64 %next54, %mul8
  %p39.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add38.1
  %v40.1 = load float, float addrspace(1)* %p39.1, align 4
  %ext41.1 = fpext float %v40.1 to double
  %fsub42.1 = fsub double %ext41.1, %fdiv
  %fmul43.1 = fmul double %fdiv32, %fsub42.1
  %p44.1 = getelementptr inbounds float, float addrspace(1)* %scale, i64 %next54
  %v45.1 = load float, float addrspace(1)* %p44.1, align 4
  %ext46.1 = fpext float %v45.1 to double
  %fmul47.1 = fmul double %fmul43.1, %ext46.1
  %p48.1 = getelementptr inbounds float, float addrspace(1)* %bias, i64 %next54
  %v49.1 = load float, float addrspace(1)* %p48.1, align 4
  %ext50.1 = fpext float %v49.1 to double
  %sel.1 = select i1 %cmp.not, double 0.000000e+00, double %ext50.1
  %fadd52.1 = fadd double %fmul47.1, %sel.1
  %trunc.1 = fptrunc double %fadd52.1 to float
  %p53.1 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add38.1
  store float %trunc.1, float addrspace(1)* %p53.1, align 4
  %next54.1 = add nuw nsw i64 %i3664, 2
  %niter80.next.1 = add i64 %niter80, 2
  %niter80.ncmp.1 = icmp eq i64 %niter80.next.1, %unroll_iter79
  br i1 %niter80.ncmp.1, label %done35.loopexit.unr-lcssa, label %body34

done35.loopexit.unr-lcssa:                        ; preds = %body34, %body34.preheader
  %i3664.unr = phi i64 [ 0, %body34.preheader ], [ %next54.1, %body34 ]
  br i1 %lcmp.mod78.not, label %done35, label %body34.epil

body34.epil:                                      ; preds = %done35.loopexit.unr-lcssa
  %add38.epil = add i64 %i3664.unr, %mul8
  %p39.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add38.epil
  %v40.epil = load float, float addrspace(1)* %p39.epil, align 4
  %ext41.epil = fpext float %v40.epil to double
  %fsub42.epil = fsub double %ext41.epil, %fdiv
  %fmul43.epil = fmul double %fdiv32, %fsub42.epil
  %p44.epil = getelementptr inbounds float, float addrspace(1)* %scale, i64 %i3664.unr
  %v45.epil = load float, float addrspace(1)* %p44.epil, align 4
  %ext46.epil = fpext float %v45.epil to double
  %fmul47.epil = fmul double %fmul43.epil, %ext46.epil
  %p48.epil = getelementptr inbounds float, float addrspace(1)* %bias, i64 %i3664.unr
  %v49.epil = load float, float addrspace(1)* %p48.epil, align 4
  %ext50.epil = fpext float %v49.epil to double
  %sel.epil = select i1 %cmp.not, double 0.000000e+00, double %ext50.epil
  %fadd52.epil = fadd double %fmul47.epil, %sel.epil
  %trunc.epil = fptrunc double %fadd52.epil to float
  %p53.epil = getelementptr inbounds float, float addrspace(1)* %y, i64 %add38.epil
  store float %trunc.epil, float addrspace(1)* %p53.epil, align 4
  br label %done35

done35:                                           ; preds = %body34.epil, %done35.loopexit.unr-lcssa, %done19
  %next55 = add i64 %i66, %mul7
  %go = icmp slt i64 %next55, %len
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, double, float addrspace(1)*)* @syncbn_layer_norm, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !2}
