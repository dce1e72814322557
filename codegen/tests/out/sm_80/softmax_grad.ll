; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_softmax_grad(float addrspace(1)* nocapture readonly %dy, float addrspace(1)* nocapture readonly %y, i64 %len, i64 %axis_len, i64 %inner, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go52 = icmp slt i64 %add, %sel8
  br i1 %go52, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul10 = mul i64 %inner, %axis_len
  %go1747 = icmp sgt i64 %axis_len, 0
  %0 = add i64 %axis_len, -1
  %xtraiter = and i64 %axis_len, 3
  %1 = icmp ult i64 %0, 3
  %unroll_iter = and i64 %axis_len, -4
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %xtraiter56 = and i64 %axis_len, 3
  %2 = icmp ult i64 %0, 3
  %unroll_iter59 = and i64 %axis_len, -4
  %lcmp.mod58.not = icmp eq i64 %xtraiter56, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %done28
  %i53 = phi i64 [ %add, %body.lr.ph ], [ %next46, %done28 ]
  %i53.frozen = freeze i64 %i53
  %inner.frozen = freeze i64 %inner
  %div9 = udiv i64 %i53.frozen, %inner.frozen
  %3 = mul i64 %div9, %inner.frozen
  %rem.decomposed = sub i64 %i53.frozen, %3
  %mul11 = mul i64 %mul10, %div9
  %add12 = add i64 %mul11, %rem.decomposed
  br i1 %go1747, label %body14.preheader, label %loop26.preheader

body14.preheader:                                 ; preds = %body
  br i1 %1, label %loop26.preheader.loopexit.unr-lcssa, label %body14

done:                                             ; preds = %done28, %entry
  ret void

loop26.preheader.loopexit.unr-lcssa:              ; preds = %body14, %body14.preheader
  %fadd.lcssa.ph = phi double [ undef, %body14.preheader ], [ %fadd.3, %body14 ]
  %i1649.unr = phi i64 [ 0, %body14.preheader ], [ %next.3, %body14 ]
  %var.048.unr = phi double [ 0.000000e+00, %body14.preheader ], [ %fadd.3, %body14 ]
  br i1 %lcmp.mod.not, label %loop26.preheader, label %body14.epil

body14.epil:                                      ; preds = %loop26.preheader.loopexit.unr-lcssa, %body14.epil
  %i1649.epil = phi i64 [ %next.epil, %body14.epil ], [ %i1649.unr, %loop26.preheader.loopexit.unr-lcssa ]
  %var.048.epil = phi double [ %fadd.epil, %body14.epil ], [ %var.048.unr, %loop26.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body14.epil ], [ 0, %loop26.preheader.loopexit.unr-lcssa ]
  %mul18.epil = mul i64 %i1649.epil, %inner
  %add19.epil = add i64 %mul18.epil, %add12
  %p.epil = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add19.epil
  %v.epil = load float, float addrspace(1)* %p.epil, align 4
  %ext.epil = fpext float %v.epil to double
  %p22.epil = getelementptr inbounds float, float addrspace(1)* %y, i64 %add19.epil
  %v23.epil = load float, float addrspace(1)* %p22.epil, align 4
  %ext24.epil = fpext float %v23.epil to double
  %fmul.epil = fmul double %ext.epil, %ext24.epil
  %fadd.epil = fadd double %var.048.epil, %fmul.epil
  %next.epil = add nuw nsw i64 %i1649.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %loop26.preheader, label %body14.epil, !llvm.loop !1

loop26.preheader:                                 ; preds = %loop26.preheader.loopexit.unr-lcssa, %body14.epil, %body
  %var.0.lcssa = phi double [ 0.000000e+00, %body ], [ %fadd.lcssa.ph, %loop26.preheader.loopexit.unr-lcssa ], [ %fadd.epil, %body14.epil ]
  br i1 %go1747, label %body27.preheader, label %done28

body27.preheader:                                 ; preds = %loop26.preheader
  br i1 %2, label %done28.loopexit.unr-lcssa, label %body27

body14:                                           ; preds = %body14.preheader, %body14
  %i1649 = phi i64 [ %next.3, %body14 ], [ 0, %body14.preheader ]
  %var.048 = phi double [ %fadd.3, %body14 ], [ 0.000000e+00, %body14.preheader ]
  %niter = phi i64 [ %niter.next.3, %body14 ], [ 0, %body14.preheader ]
  %mul18 = mul i64 %i1649, %inner
  %add19 = add i64 %mul18, %add12
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add19
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %p22 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add19
  %v23 = load float, float addrspace(1)* %p22, align 4
  %ext24 = fpext float %v23 to double
  %fmul = fmul double %ext, %ext24
  %fadd = fadd double %var.048, %fmul
  %next = or i64 %i1649, 1
  %mul18.1 = mul i64 %next, %inner
  %add19.1 = add i64 %mul18.1, %add12
  %p.1 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add19.1
  %v.1 = load float, float addrspace(1)* %p.1, align 4
  %ext.1 = fpext float %v.1 to double
  %p22.1 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add19.1
  %v23.1 = load float, float addrspace(1)* %p22.1, align 4
  %ext24.1 = fpext float %v23.1 to double
  %fmul.1 = fmul double %ext.1, %ext24.1
  %fadd.1 = fadd double %fadd, %fmul.1
  %next.1 = or i64 %i1649, 2
  %mul18.2 = mul i64 %next.1, %inner
  %add19.2 = add i64 %mul18.2, %add12
  %p.2 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add19.2
  %v.2 = load float, float addrspace(1)* %p.2, align 4
  %ext.2 = fpext float %v.2 to double
  %p22.2 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add19.2
  %v23.2 = load float, float addrspace(1)* %p22.2, align 4
  %ext24.2 = fpext float %v23.2 to double
  %fmul.2 = fmul double %ext.2, %ext24.2
  %fadd.2 = fadd double %fadd.1, %fmul.2
  %next.2 = or i64 %i1649, 3
  %mul18.3 = mul i64 %next.2, %inner
  %add19.3 = add i64 %mul18.3, %add12
  %p.3 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add19.3
  %v.3 = load float, float addrspace(1)* %p.3, align 4
  %ext.3 = fpext float %v.3 to double
  %p22.3 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add19.3
  %v23.3 = load float, float addrspace(1)* %p22.3, align 4
  %ext24.3 = fpext float %v23.3 to double
  %fmul.3 = fmul double %ext.3, %ext24.3
  %fadd.3 = fadd double %fadd.2, %fmul.3
  %next.3 = add nuw nsw i64 %i1649, 4
  %niter.next.3 = add i64 %niter, 4
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter
  br i1 %niter.ncmp.3, label %loop26.preheader.loopexit.unr-lcssa, label %body14

body27:                                           ; preds = %body27.preheader, %body27
  %i2951 = phi i64 [ %next45.3, %body27 ], [ 0, %body27.preheader ]
  %niter60 = phi i64 [ %niter60.next.3, %body27 ], [ 0, %body27.preheader ]
  %mul31 = mul i64 %i2951, %inner
  %add32 = add i64 %mul31, %add12
  %p33 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add32
  %v34 = load float, float addrspace(1)* %p33, align 4
  %ext35 = fpext float %v34 to double
  %p38 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add32
  %v39 = load float, float addrspace(1)* %p38, align 4
  %ext40 = fpext float %v39 to double
  %fsub = fsub double %ext40, %var.0.lcssa
  %fmul41 = fmul double %fsub, %ext35
  %trunc = fptrunc double %fmul41 to float
  %p44 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add32
  store float %trunc, float addrspace(1)* %p44, align 4
  %next45 = or i64 %i2951, 1
  %mul31.1 = mul i64 %next45, %inner
  %add32.1 = add i64 %mul31.1, %add12
  %p33.1 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add32.1
  %v34.1 = load float, float addrspace(1)* %p33.1, align 4
  %ext35.1 = fpext float %v34.1 to double
  %p38.1 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add32.1
  %v39.1 = load float, float addrspace(1)* %p38.1, align 4
  %ext40.1 = fpext float %v39.1 to double
  %fsub.1 = fsub double %ext40.1, %var.0.lcssa
  %fmul41.1 = fmul double %fsub.1, %ext35.1
  %trunc.1 = fptrunc double %fmul41.1 to float
  %p44.1 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add32.1
  store float %trunc.1, float addrspace(1)* %p44.1, align 4
  %next45.1 = or i64 %i2951, 2
  %mul31.2 = mul i64 %next45.1, %inner
  %add32.2 = add i64 %mul31.2, %add12
  %p33.2 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add32.2
  %v34.2 = load float, float addrspace(1)* %p33.2, align 4
  %ext35.2 = fpext float %v34.2 to double
  %p38.2 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add32.2
  %v39.2 = load float, float addrspace(1)* %p38.2, align 4
  %ext40.2 = fpext float %v39.2 to double
  %fsub.2 = fsub double %ext40.2, %var.0.lcssa
  %fmul41.2 = fmul double %fsub.2, %ext35.2
  %trunc.2 = fptrunc double %fmul41.2 to float
  %p44.2 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add32.2
  store float %trunc.2, float addrspace(1)* %p44.2, align 4
  %next45.2 = or i64 %i2951, 3
  %mul31.3 = mul i64 %next45.2, %inner
  %add32.3 = add i64 %mul31.3, %add12
  %p33.3 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add32.3
  %v34.3 = load float, float addrspace(1)* %p33.3, align 4
  %ext35.3 = fpext float %v34.3 to double
  %p38.3 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add32.3
  %v39.3 = load float, float addrspace(1)* %p38.3, align 4
  %ext40.3 = fpext float %v39.3 to double
  %fsub.3 = fsub double %ext40.3, %var.0.lcssa
  %fmul41.3 = fmul double %fsub.3, %ext35.3
  %trunc.3 = fptrunc double %fmul41.3 to float
  %p44.3 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add32.3
  store float %trunc.3, float addrspace(1)* %p44.3, align 4
  %next45.3 = add nuw nsw i64 %i2951, 4
  %niter60.next.3 = add i64 %niter60, 4
  %niter60.ncmp.3 = icmp eq i64 %niter60.next.3, %unroll_iter59
  br i1 %niter60.ncmp.3, label %done28.loopexit.unr-lcssa, label %body27

done28.loopexit.unr-lcssa:                        ; preds = %body27, %body27.preheader
  %i2951.unr = phi i64 [ 0, %body27.preheader ], [ %next45.3, %body27 ]
  br i1 %lcmp.mod58.not, label %done28, label %body27.epil

body27.epil:                                      ; preds = %done28.loopexit.unr-lcssa, %body27.epil
  %i2951.epil = phi i64 [ %next45.epil, %body27.epil ], [ %i2951.unr, %done28.loopexit.unr-lcssa ]
  %epil.iter57 = phi i64 [ %epil.iter57.next, %body27.epil ], [ 0, %done28.loopexit.unr-lcssa ]
  %mul31.epil = mul i64 %i2951.epil, %inner
  %add32.epil = add i64 %mul31.epil, %add12
  %p33.epil = getelementptr inbounds float, float addrspace(1)* %y, i64 %add32.epil
  %v34.epil = load float, float addrspace(1)* %p33.epil, align 4
  %ext35.epil = fpext float %v34.epil to double
  %p38.epil = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add32.epil
  %v39.epil = load float, float addrspace(1)* %p38.epil, align 4
  %ext40.epil = fpext float %v39.epil to double
  %fsub.epil = fsub double %ext40.epil, %var.0.lcssa
  %fmul41.epil = fmul double %fsub.epil, %ext35.epil
  %trunc.epil = fptrunc double %fmul41.epil to float
  %p44.epil = getelementptr inbounds float, float addrspace(1)* %dx, i64 %add32.epil
  store float %trunc.epil, float addrspace(1)* %p44.epil, align 4
  %next45.epil = add nuw nsw i64 %i2951.epil, 1
  %epil.iter57.next = add i64 %epil.iter57, 1
  %epil.iter57.cmp.not = icmp eq i64 %epil.iter57.next, %xtraiter56
  br i1 %epil.iter57.cmp.not, label %done28, label %body27.epil, !llvm.loop !3

done28:                                           ; preds = %done28.loopexit.unr-lcssa, %body27.epil, %loop26.preheader
  %next46 = add i64 %i53, %mul7
  %go = icmp slt i64 %next46, %sel8
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

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, i64, i64, float addrspace(1)*)* @syncbn_softmax_grad, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !2}
