; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_moments_combine(float addrspace(1)* nocapture readonly %x, double addrspace(1)* nocapture readonly %partial, i64 %n, i64 %c, i64 %s, i64 %parts, double addrspace(1)* nocapture writeonly %moments) local_unnamed_addr #0 {
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
  %go52 = icmp slt i64 %add, %c
  br i1 %go52, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %go1547 = icmp sgt i64 %parts, 0
  %mul24 = mul i64 %s, %n
  %i2f = sitofp i64 %mul24 to double
  %cmp = icmp sgt i64 %mul24, 0
  %add42 = shl i64 %c, 1
  %0 = add i64 %parts, -1
  %xtraiter = and i64 %parts, 3
  %1 = icmp ult i64 %0, 3
  %unroll_iter = and i64 %parts, -4
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %join
  %i53 = phi i64 [ %add, %body.lr.ph ], [ %next45, %join ]
  %mul9 = mul i64 %i53, %parts
  br i1 %go1547, label %body12.preheader, label %done13

body12.preheader:                                 ; preds = %body
  br i1 %1, label %done13.loopexit.unr-lcssa, label %body12

done:                                             ; preds = %join, %entry
  ret void

body12:                                           ; preds = %body12.preheader, %body12
  %i1450 = phi i64 [ %next.3, %body12 ], [ 0, %body12.preheader ]
  %var.049 = phi double [ %fadd.3, %body12 ], [ 0.000000e+00, %body12.preheader ]
  %var8.048 = phi double [ %fadd23.3, %body12 ], [ 0.000000e+00, %body12.preheader ]
  %niter = phi i64 [ %niter.next.3, %body12 ], [ 0, %body12.preheader ]
  %mul1046 = add i64 %i1450, %mul9
  %add17 = shl i64 %mul1046, 1
  %p = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add17
  %v = load double, double addrspace(1)* %p, align 8
  %fadd = fadd double %var.049, %v
  %add20 = or i64 %add17, 1
  %p21 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add20
  %v22 = load double, double addrspace(1)* %p21, align 8
  %fadd23 = fadd double %var8.048, %v22
  %next = or i64 %i1450, 1
  %mul1046.1 = add i64 %next, %mul9
  %add17.1 = shl i64 %mul1046.1, 1
  %p.1 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add17.1
  %v.1 = load double, double addrspace(1)* %p.1, align 8
  %fadd.1 = fadd double %fadd, %v.1
  %add20.1 = or i64 %add17.1, 1
  %p21.1 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add20.1
  %v22.1 = load double, double addrspace(1)* %p21.1, align 8
  %fadd23.1 = fadd double %fadd23, %v22.1
  %next.1 = or i64 %i1450, 2
  %mul1046.2 = add i64 %next.1, %mul9
  %add17.2 = shl i64 %mul1046.2, 1
  %p.2 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add17.2
  %v.2 = load double, double addrspace(1)* %p.2, align 8
  %fadd.2 = fadd double %fadd.1, %v.2
  %add20.2 = or i64 %add17.2, 1
  %p21.2 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add20.2
  %v22.2 = load double, double addrspace(1)* %p21.2, align 8
  %fadd23.2 = fadd double %fadd23.1, %v22.2
  %next.2 = or i64 %i1450, 3
  %mul1046.3 = add i64 %next.2, %mul9
  %add17.3 = shl i64 %mul1046.3, 1
  %p.3 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add17.3
  %v.3 = load double, double addrspace(1)* %p.3, align 8
  %fadd.3 = fadd double %fadd.2, %v.3
  %add20.3 = or i64 %add17.3, 1
  %p21.3 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add20.3
  %v22.3 = load double, double addrspace(1)* %p21.3, align 8
  %fadd23.3 = fadd double %fadd23.2, %v22.3
  %next.3 = add nuw nsw i64 %i1450, 4
  %niter.next.3 = add i64 %niter, 4
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter
  br i1 %niter.ncmp.3, label %done13.loopexit.unr-lcssa, label %body12

done13.loopexit.unr-lcssa:                        ; preds = %body12, %body12.preheader
  %fadd.lcssa.ph = phi double [ undef, %body12.preheader ], [ %fadd.3, %body12 ]
  %fadd23.lcssa.ph = phi double [ undef, %body12.preheader ], [ %fadd23.3, %body12 ]
  %i1450.unr = phi i64 [ 0, %body12.preheader ], [ %next.3, %body12 ]
  %var.049.unr = phi double [ 0.000000e+00, %body12.preheader ], [ %fadd.3, %body12 ]
  %var8.048.unr = phi double [ 0.000000e+00, %body12.preheader ], [ %fadd23.3, %body12 ]
  br i1 %lcmp.mod.not, label %done13, label %body12.epil

body12.epil:                                      ; preds = %done13.loopexit.unr-lcssa, %body12.epil
  %i1450.epil = phi i64 [ %next.epil, %body12.epil ], [ %i1450.unr, %done13.loopexit.unr-lcssa ]
  %var.049.epil = phi double [ %fadd.epil, %body12.epil ], [ %var.049.unr, %done13.loopexit.unr-lcssa ]
  %var8.048.epil = phi double [ %fadd23.epil, %body12.epil ], [ %var8.048.unr, %done13.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body12.epil ], [ 0, %done13.loopexit.unr-lcssa ]
  %mul1046.epil = add i64 %i1450.epil, %mul9
  %add17.epil = shl i64 %mul1046.epil, 1
  %p.epil = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add17.epil
  %v.epil = load double, double addrspace(1)* %p.epil, align 8
  %fadd.epil = fadd double %var.049.epil, %v.epil
  %add20.epil = or i64 %add17.epil, 1
  %p21.epil = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add20.epil
  %v22.epil = load double, double addrspace(1)* %p21.epil, align 8
  %fadd23.epil = fadd double %var8.048.epil, %v22.epil
  %next.epil = add nuw nsw i64 %i1450.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done13, label %body12.epil, !llvm.loop !1

done13:                                           ; preds = %done13.loopexit.unr-lcssa, %body12.epil, %body
  %var8.0.lcssa = phi double [ 0.000000e+00, %body ], [ %fadd23.lcssa.ph, %done13.loopexit.unr-lcssa ], [ %fadd23.epil, %body12.epil ]
  %var.0.lcssa = phi double [ 0.000000e+00, %body ], [ %fadd.lcssa.ph, %done13.loopexit.unr-lcssa ], [ %fadd.epil, %body12.epil ]
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %done13
  %mul29 = mul i64 %i53, %s
  %p30 = getelementptr inbounds float, float addrspace(1)* %x, i64 %mul29
  %v31 = load float, float addrspace(1)* %p30, align 4
  %ext = fpext float %v31 to double
  br label %join

join:                                             ; preds = %done13, %then
  %var28.0 = phi double [ %ext, %then ], [ 0.000000e+00, %done13 ]
  %fmul = fmul double %var28.0, %i2f
  %fadd33 = fadd double %var.0.lcssa, %fmul
  %fmul34 = fmul double %var28.0, 2.000000e+00
  %fmul35 = fmul double %var.0.lcssa, %fmul34
  %fadd36 = fadd double %var8.0.lcssa, %fmul35
  %fmul37 = fmul double %var28.0, %fmul
  %fadd38 = fadd double %fmul37, %fadd36
  %p39 = getelementptr inbounds double, double addrspace(1)* %moments, i64 %i53
  store double %i2f, double addrspace(1)* %p39, align 8
  %add40 = add i64 %i53, %c
  %p41 = getelementptr inbounds double, double addrspace(1)* %moments, i64 %add40
  store double %fadd33, double addrspace(1)* %p41, align 8
  %add43 = add i64 %i53, %add42
  %p44 = getelementptr inbounds double, double addrspace(1)* %moments, i64 %add43
  store double %fadd38, double addrspace(1)* %p44, align 8
  %next45 = add i64 %i53, %mul7
  %go = icmp slt i64 %next45, %c
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

!0 = !{void (float addrspace(1)*, double addrspace(1)*, i64, i64, i64, i64, double addrspace(1)*)* @syncbn_moments_combine, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
