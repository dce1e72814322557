; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_log_softmax_grad(float addrspace(1)* nocapture readonly %dy, float addrspace(1)* nocapture readonly %y, i64 %len, i64 %axis_len, i64 %inner, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %cmp = icmp eq i64 %axis_len, 0
  %sel = select i1 %cmp, i64 1, i64 %axis_len
  %div = udiv i64 %len, %sel
  %sel8 = select i1 %cmp, i64 0, i64 %div
  %go87 = icmp slt i64 %add, %sel8
  br i1 %go87, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul10 = mul i64 %inner, %axis_len
  %go1782 = icmp sgt i64 %axis_len, 0
  %0 = add i64 %axis_len, -1
  %xtraiter = and i64 %axis_len, 3
  %1 = icmp ult i64 %0, 3
  %unroll_iter = and i64 %axis_len, -4
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %done23
  %i88 = phi i64 [ %add, %body.lr.ph ], [ %next81, %done23 ]
  %i88.frozen = freeze i64 %i88
  %inner.frozen = freeze i64 %inner
  %div9 = udiv i64 %i88.frozen, %inner.frozen
  %2 = mul i64 %div9, %inner.frozen
  %rem.decomposed = sub i64 %i88.frozen, %2
  %mul11 = mul i64 %mul10, %div9
  %add12 = add i64 %mul11, %rem.decomposed
  br i1 %go1782, label %body14.preheader, label %loop21.preheader

body14.preheader:                                 ; preds = %body
  br i1 %1, label %loop21.preheader.loopexit.unr-lcssa, label %body14

done:                                             ; preds = %done23, %entry
  ret void

loop21.preheader.loopexit.unr-lcssa:              ; preds = %body14, %body14.preheader
  %fadd.lcssa.ph = phi double [ undef, %body14.preheader ], [ %fadd.3, %body14 ]
  %i1684.unr = phi i64 [ 0, %body14.preheader ], [ %next.3, %body14 ]
  %var.083.unr = phi double [ 0.000000e+00, %body14.preheader ], [ %fadd.3, %body14 ]
  br i1 %lcmp.mod.not, label %loop21.preheader, label %body14.epil

body14.epil:                                      ; preds = %loop21.preheader.loopexit.unr-lcssa, %body14.epil
  %i1684.epil = phi i64 [ %next.epil, %body14.epil ], [ %i1684.unr, %loop21.preheader.loopexit.unr-lcssa ]
  %var.083.epil = phi double [ %fadd.epil, %body14.epil ], [ %var.083.unr, %loop21.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body14.epil ], [ 0, %loop21.preheader.loopexit.unr-lcssa ]
  %mul18.epil = mul i64 %i1684.epil, %inner
  %add19.epil = add i64 %mul18.epil, %add12
  %p.epil = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add19.epil
  %v.epil = load float, float addrspace(1)* %p.epil, align 4
  %ext.epil = fpext float %v.epil to double
  %fadd.epil = fadd double %var.083.epil, %ext.epil
  %next.epil = add nuw nsw i64 %i1684.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %loop21.preheader, label %body14.epil, !llvm.loop !1

loop21.preheader:                                 ; preds = %loop21.preheader.loopexit.unr-lcssa, %body14.epil, %body
  %var.0.lcssa = phi double [ 0.000000e+00, %body ], [ %fadd.lcssa.ph, %loop21.preheader.loopexit.unr-lcssa ], [ %fadd.epil, %body14.epil ]
  br i1 %go1782, label %body22, label %done23

body14:                                           ; preds = %body14.preheader, %body14
  %i1684 = phi i64 [ %next.3, %body14 ], [ 0, %body14.preheader ]
  %var.083 = phi double [ %fadd.3, %body14 ], [ 0.000000e+00, %body14.preheader ]
  %niter = phi i64 [ %niter.next.3, %body14 ], [ 0, %body14.preheader ]
  %mul18 = mul i64 %i1684, %inner
  %add19 = add i64 %mul18, %add12
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add19
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %fadd = fadd double %var.083, %ext
  %next = or i64 %i1684, 1
  %mul18.1 = mul i64 %next, %inner
  %add19.1 = add i64 %mul18.1, %add12
  %p.1 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add19.1
  %v.1 = load float, float addrspace(1)* %p.1, align 4
  %ext.1 = fpext float %v.1 to double
  %fadd.1 = fadd double %fadd, %ext.1
  %next.1 = or i64 %i1684, 2
  %mul18.2 = mul i64 %next.1, %inner
  %add19.2 = add i64 %mul18.2, %add12
  %p.2 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add19.2
  %v.2 = load float, float addrspace(1)* %p.2, align 4
  %ext.2 = fpext float %v.2 to double
  %fadd.2 = fadd double %fadd.1, %ext.2
  %next.2 = or i64 %i1684, 3
  %mul18.3 = mul i64 %next.2, %inner
  %add19.3 = add i64 %mul18.3, %add12
  %p.3 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add19.3
  %v.3 = load float, float addrspace(1)* %p.3, align 4
  %ext.3 = fpext float %v.3 to double
  %fadd.3 = fadd double %fadd.2, %ext.3
  %next.3 = add nuw nsw i64 %i1684, 4
  %niter.next.3 = add i64 %niter, 4
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter
  br i1 %niter.ncmp.3, label %loop21.preheader.loopexit.unr-lcssa, label %body14

body22:                                           ; preds = %loop21.preheader, %body22
  %i2486 = phi i64 [ %next80, %body22 ], [ 0, %loop21.preheader ]
  %mul26 = mul i64 %i2486, %inner
  %add27 = add i64 %mul26, %add12
  %p28 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add27
  %v29 = load float, float addrspace(1)* %p28, align 4
  %ext30 = fpext float %v29 to double
  %p33 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add27
  %v34 = load float, float addrspace(1)* %p33, align 4
  %ext35 = fpext float %v34 to double
  %call = tail call double @llvm.maxnum.f64(double %ext35, double -7.450000e+02)
  %call36 = tail call double @llvm.minnum.f64(double %call, double 7.090000e+02)
  %fmul = fmul double %call36, 0x3FF71547652B82FE
  %fadd37 = fadd double %fmul, 5.000000e-01
  %call38 = tail call double @llvm.floor.f64(double %fadd37)
  %fmul39 = fmul double %call38, 0x3FE62E42FEE00000
  %fsub = fsub double %call36, %fmul39
  %fmul40 = fmul double %call38, 0x3DEA39EF35793C76
  %fsub41 = fsub double %fsub, %fmul40
  %fmul42 = fmul double %fsub41, 0x3DE6124613A86D09
  %fadd43 = fadd double %fmul42, 0x3E21EED8EFF8D898
  %fmul44 = fmul double %fsub41, %fadd43
  %fadd45 = fadd double %fmul44, 0x3E5AE64567F544E4
  %fmul46 = fmul double %fsub41, %fadd45
  %fadd47 = fadd double %fmul46, 0x3E927E4FB7789F5C
  %fmul48 = fmul double %fsub41, %fadd47
  %fadd49 = fadd double %fmul48, 0x3EC71DE3A556C734
  %fmul50 = fmul double %fsub41, %fadd49
  %fadd51 = fadd double %fmul50, 0x3EFA01A01A01A01A
  %fmul52 = fmul double %fsub41, %fadd51
  %fadd53 = fadd double %fmul52, 0x3F2A01A01A01A01A
  %fmul54 = fmul double %fsub41, %fadd53
  %fadd55 = fadd double %fmul54, 0x3F56C16C16C16C17
  %fmul56 = fmul double %fsub41, %fadd55
  %fadd57 = fadd double %fmul56, 0x3F81111111111111
  %fmul58 = fmul double %fsub41, %fadd57
  %fadd59 = fadd double %fmul58, 0x3FA5555555555555
  %fmul60 = fmul double %fsub41, %fadd59
  %fadd61 = fadd double %fmul60, 0x3FC5555555555555
  %fmul62 = fmul double %fsub41, %fadd61
  %fadd63 = fadd double %fmul62, 5.000000e-01
  %fmul64 = fmul double %fsub41, %fadd63
  %fadd65 = fadd double %fmul64, 1.000000e+00
  %fmul66 = fmul double %fsub41, %fadd65
  %fadd67 = fadd double %fmul66, 1.000000e+00
  %k = fptosi double %call38 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add68 = shl i64 %half, 52
  %bits = add i64 %add68, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add69 = shl i64 %sub, 52
  %bits70 = add i64 %add69, 4607182418800017408
  %pow271 = bitcast i64 %bits70 to double
  %fmul72 = fmul double %pow2, %pow271
  %fmul73 = fmul double %fmul72, %fadd67
  %fcmp = fcmp uno float %v34, 0.000000e+00
  %sel74 = select i1 %fcmp, double %ext35, double %fmul73
  %fmul75 = fmul double %var.0.lcssa, %sel74
  %fsub76 = fsub double %ext30, %fmul75
  %trunc = fptrunc double %fsub76 to float
  %p79 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add27
  store float %trunc, float addrspace(1)* %p79, align 4
  %next80 = add nuw nsw i64 %i2486, 1
  %exitcond89.not = icmp eq i64 %next80, %axis_len
  br i1 %exitcond89.not, label %done23, label %body22

done23:                                           ; preds = %body22, %loop21.preheader
  %next81 = add i64 %i88, %mul7
  %go = icmp slt i64 %next81, %sel8
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
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.minnum.f64(double, double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.floor.f64(double) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, i64, i64, float addrspace(1)*)* @syncbn_log_softmax_grad, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
