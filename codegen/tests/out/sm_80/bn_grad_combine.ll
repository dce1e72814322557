; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_grad_combine(double addrspace(1)* nocapture readonly %partial, i64 %n, i64 %c, i64 %s, i64 %parts, double addrspace(1)* nocapture writeonly %sums) local_unnamed_addr #0 {
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
  %go40 = icmp slt i64 %add, %c
  br i1 %go40, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %go1535 = icmp sgt i64 %parts, 0
  %mul24 = mul i64 %s, %n
  %i2f = sitofp i64 %mul24 to double
  %add30 = shl i64 %c, 1
  %0 = add i64 %parts, -1
  %xtraiter = and i64 %parts, 3
  %1 = icmp ult i64 %0, 3
  %unroll_iter = and i64 %parts, -4
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %done13
  %i41 = phi i64 [ %add, %body.lr.ph ], [ %next33, %done13 ]
  %mul9 = mul i64 %i41, %parts
  br i1 %go1535, label %body12.preheader, label %done13

body12.preheader:                                 ; preds = %body
  br i1 %1, label %done13.loopexit.unr-lcssa, label %body12

done:                                             ; preds = %done13, %entry
  ret void

body12:                                           ; preds = %body12.preheader, %body12
  %i1438 = phi i64 [ %next.3, %body12 ], [ 0, %body12.preheader ]
  %var.037 = phi double [ %fadd.3, %body12 ], [ 0.000000e+00, %body12.preheader ]
  %var8.036 = phi double [ %fadd23.3, %body12 ], [ 0.000000e+00, %body12.preheader ]
  %niter = phi i64 [ %niter.next.3, %body12 ], [ 0, %body12.preheader ]
  %mul1034 = add i64 %i1438, %mul9
  %add17 = shl i64 %mul1034, 1
  %p = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add17
  %v = load double, double addrspace(1)* %p, align 8
  %fadd = fadd double %var.037, %v
  %add20 = or i64 %add17, 1
  %p21 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add20
  %v22 = load double, double addrspace(1)* %p21, align 8
  %fadd23 = fadd double %var8.036, %v22
  %next = or i64 %i1438, 1
  %mul1034.1 = add i64 %next, %mul9
  %add17.1 = shl i64 %mul1034.1, 1
  %p.1 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add17.1
  %v.1 = load double, double addrspace(1)* %p.1, align 8
  %fadd.1 = fadd double %fadd, %v.1
  %add20.1 = or i64 %add17.1, 1
  %p21.1 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add20.1
  %v22.1 = load double, double addrspace(1)* %p21.1, align 8
  %fadd23.1 = fadd double %fadd23, %v22.1
  %next.1 = or i64 %i1438, 2
  %mul1034.2 = add i64 %next.1, %mul9
  %add17.2 = shl i64 %mul1034.2, 1
  %p.2 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add17.2
  %v.2 = load double, double addrspace(1)* %p.2, align 8
  %fadd.2 = fadd double %fadd.1, %v.2
  %add20.2 = or i64 %add17.2, 1
  %p21.2 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add20.2
  %v22.2 = load double, double addrspace(1)* %p21.2, align 8
  %fadd23.2 = fadd double %fadd23.1, %v22.2
  %next.2 = or i64 %i1438, 3
  %mul1034.3 = add i64 %next.2, %mul9
  %add17.3 = shl i64 %mul1034.3, 1
  %p.3 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add17.3
  %v.3 = load double, double addrspace(1)* %p.3, align 8
  %fadd.3 = fadd double %fadd.2, %v.3
  %add20.3 = or i64 %add17.3, 1
  %p21.3 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add20.3
  %v22.3 = load double, double addrspace(1)* %p21.3, align 8
  %fadd23.3 = fadd double %fadd23.2, %v22.3
  %next.3 = add nuw nsw i64 %i1438, 4
  %niter.next.3 = add i64 %niter, 4
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter
  br i1 %niter.ncmp.3, label %done13.loopexit.unr-lcssa, label %body12

done13.loopexit.unr-lcssa:                        ; preds = %body12, %body12.preheader
  %fadd.lcssa.ph = phi double [ undef, %body12.preheader ], [ %fadd.3, %body12 ]
  %fadd23.lcssa.ph = phi double [ undef, %body12.preheader ], [ %fadd23.3, %body12 ]
  %i1438.unr = phi i64 [ 0, %body12.preheader ], [ %next.3, %body12 ]
  %var.037.unr = phi double [ 0.000000e+00, %body12.preheader ], [ %fadd.3, %body12 ]
  %var8.036.unr = phi double [ 0.000000e+00, %body12.preheader ], [ %fadd23.3, %body12 ]
  br i1 %lcmp.mod.not, label %done13, label %body12.epil

body12.epil:                                      ; preds = %done13.loopexit.unr-lcssa, %body12.epil
  %i1438.epil = phi i64 [ %next.epil, %body12.epil ], [ %i1438.unr, %done13.loopexit.unr-lcssa ]
  %var.037.epil = phi double [ %fadd.epil, %body12.epil ], [ %var.037.unr, %done13.loopexit.unr-lcssa ]
  %var8.036.epil = phi double [ %fadd23.epil, %body12.epil ], [ %var8.036.unr, %done13.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body12.epil ], [ 0, %done13.loopexit.unr-lcssa ]
  %mul1034.epil = add i64 %i1438.epil, %mul9
  %add17.epil = shl i64 %mul1034.epil, 1
  %p.epil = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add17.epil
  %v.epil = load double, double addrspace(1)* %p.epil, align 8
  %fadd.epil = fadd double %var.037.epil, %v.epil
  %add20.epil = or i64 %add17.epil, 1
  %p21.epil = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add20.epil
  %v22.epil = load double, double addrspace(1)* %p21.epil, align 8
  %fadd23.epil = fadd double %var8.036.epil, %v22.epil
  %next.epil = add nuw nsw i64 %i1438.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done13, label %body12.epil, !llvm.loop !1

done13:                                           ; preds = %done13.loopexit.unr-lcssa, %body12.epil, %body
  %var8.0.lcssa = phi double [ 0.000000e+00, %body ], [ %fadd23.lcssa.ph, %done13.loopexit.unr-lcssa ], [ %fadd23.epil, %body12.epil ]
  %var.0.lcssa = phi double [ 0.000000e+00, %body ], [ %fadd.lcssa.ph, %done13.loopexit.unr-lcssa ], [ %fadd.epil, %body12.epil ]
  %p27 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %i41
  store double %i2f, double addrspace(1)* %p27, align 8
  %add28 = add i64 %i41, %c
  %p29 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add28
  store double %var.0.lcssa, double addrspace(1)* %p29, align 8
  %add31 = add i64 %i41, %add30
  %p32 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add31
  store double %var8.0.lcssa, double addrspace(1)* %p32, align 8
  %next33 = add i64 %i41, %mul7
  %go = icmp slt i64 %next33, %c
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

!0 = !{void (double addrspace(1)*, i64, i64, i64, i64, double addrspace(1)*)* @syncbn_bn_grad_combine, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
