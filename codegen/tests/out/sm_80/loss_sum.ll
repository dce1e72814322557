; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_loss_sum(float addrspace(1)* nocapture readonly %items, i64 %len, i64 %reduction, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
entry:
  %r = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %zext = zext i32 %r to i64
  %r1 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %zext2 = zext i32 %r1 to i64
  %r3 = tail call i32 @llvm.nvvm.read.ptx.sreg.ntid.x()
  %zext4 = zext i32 %r3 to i64
  %mul = mul nuw i64 %zext2, %zext4
  %add = sub nsw i64 0, %zext
  %cmp = icmp eq i64 %mul, %add
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %as_f64 = bitcast float addrspace(1)* %items to double addrspace(1)*
  %go19 = icmp sgt i64 %len, 0
  br i1 %go19, label %body.preheader, label %done

body.preheader:                                   ; preds = %then
  %0 = add i64 %len, -1
  %xtraiter = and i64 %len, 3
  %1 = icmp ult i64 %0, 3
  br i1 %1, label %done.loopexit.unr-lcssa, label %body.preheader.new

body.preheader.new:                               ; preds = %body.preheader
  %unroll_iter = and i64 %len, -4
  br label %body

join:                                             ; preds = %entry, %done
  ret void

body:                                             ; preds = %body, %body.preheader.new
  %i22 = phi i64 [ 0, %body.preheader.new ], [ %next.3, %body ]
  %var.021 = phi double [ 0.000000e+00, %body.preheader.new ], [ %fadd.3, %body ]
  %var8.020 = phi double [ 0.000000e+00, %body.preheader.new ], [ %fadd14.3, %body ]
  %niter = phi i64 [ 0, %body.preheader.new ], [ %niter.next.3, %body ]
  %mul9 = shl nuw i64 %i22, 1
  %p = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %mul9
  %v = load double, double addrspace(1)* %p, align 8
  %fadd = fadd double %var.021, %v
  %add11 = or i64 %mul9, 1
  %p12 = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %add11
  %v13 = load double, double addrspace(1)* %p12, align 8
  %fadd14 = fadd double %var8.020, %v13
  %next = shl nuw i64 %i22, 1
  %mul9.1 = or i64 %next, 2
  %p.1 = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %mul9.1
  %v.1 = load double, double addrspace(1)* %p.1, align 8
  %fadd.1 = fadd double %fadd, %v.1
  %add11.1 = or i64 %next, 3
  %p12.1 = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %add11.1
  %v13.1 = load double, double addrspace(1)* %p12.1, align 8
  %fadd14.1 = fadd double %fadd14, %v13.1
  %next.1 = shl nuw i64 %i22, 1
  %mul9.2 = or i64 %next.1, 4
  %p.2 = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %mul9.2
  %v.2 = load double, double addrspace(1)* %p.2, align 8
  %fadd.2 = fadd double %fadd.1, %v.2
  %add11.2 = or i64 %next.1, 5
  %p12.2 = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %add11.2
  %v13.2 = load double, double addrspace(1)* %p12.2, align 8
  %fadd14.2 = fadd double %fadd14.1, %v13.2
  %next.2 = shl nuw i64 %i22, 1
  %mul9.3 = or i64 %next.2, 6
  %p.3 = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %mul9.3
  %v.3 = load double, double addrspace(1)* %p.3, align 8
  %fadd.3 = fadd double %fadd.2, %v.3
  %add11.3 = or i64 %next.2, 7
  %p12.3 = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %add11.3
  %v13.3 = load double, double addrspace(1)* %p12.3, align 8
  %fadd14.3 = fadd double %fadd14.2, %v13.3
  %next.3 = add nuw nsw i64 %i22, 4
  %niter.next.3 = add i64 %niter, 4
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter
  br i1 %niter.ncmp.3, label %done.loopexit.unr-lcssa, label %body

done.loopexit.unr-lcssa:                          ; preds = %body, %body.preheader
  %fadd.lcssa.ph = phi double [ undef, %body.preheader ], [ %fadd.3, %body ]
  %fadd14.lcssa.ph = phi double [ undef, %body.preheader ], [ %fadd14.3, %body ]
  %i22.unr = phi i64 [ 0, %body.preheader ], [ %next.3, %body ]
  %var.021.unr = phi double [ 0.000000e+00, %body.preheader ], [ %fadd.3, %body ]
  %var8.020.unr = phi double [ 0.000000e+00, %body.preheader ], [ %fadd14.3, %body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %done, label %body.epil

body.epil:                                        ; preds = %done.loopexit.unr-lcssa, %body.epil
  %i22.epil = phi i64 [ %next.epil, %body.epil ], [ %i22.unr, %done.loopexit.unr-lcssa ]
  %var.021.epil = phi double [ %fadd.epil, %body.epil ], [ %var.021.unr, %done.loopexit.unr-lcssa ]
  %var8.020.epil = phi double [ %fadd14.epil, %body.epil ], [ %var8.020.unr, %done.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body.epil ], [ 0, %done.loopexit.unr-lcssa ]
  %mul9.epil = shl nuw i64 %i22.epil, 1
  %p.epil = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %mul9.epil
  %v.epil = load double, double addrspace(1)* %p.epil, align 8
  %fadd.epil = fadd double %var.021.epil, %v.epil
  %add11.epil = or i64 %mul9.epil, 1
  %p12.epil = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %add11.epil
  %v13.epil = load double, double addrspace(1)* %p12.epil, align 8
  %fadd14.epil = fadd double %var8.020.epil, %v13.epil
  %next.epil = add nuw nsw i64 %i22.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done, label %body.epil, !llvm.loop !1

done:                                             ; preds = %done.loopexit.unr-lcssa, %body.epil, %then
  %var8.0.lcssa = phi double [ 0.000000e+00, %then ], [ %fadd14.lcssa.ph, %done.loopexit.unr-lcssa ], [ %fadd14.epil, %body.epil ]
  %var.0.lcssa = phi double [ 0.000000e+00, %then ], [ %fadd.lcssa.ph, %done.loopexit.unr-lcssa ], [ %fadd.epil, %body.epil ]
  %cmp17 = icmp eq i64 %reduction, 2
  %fdiv = select i1 %cmp17, double %var8.0.lcssa, double 1.000000e+00
  %sel = fdiv double %var.0.lcssa, %fdiv
  %trunc = fptrunc double %sel to float
  store float %trunc, float addrspace(1)* %y, align 4
  br label %join
}

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.ntid.x() #1

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, i64, i64, float addrspace(1)*)* @syncbn_loss_sum, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
