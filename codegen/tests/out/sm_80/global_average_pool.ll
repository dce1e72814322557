; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_global_average_pool(float addrspace(1)* nocapture readonly %x, i64 %len, i64 %plane, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go21 = icmp slt i64 %add, %len
  br i1 %go21, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %go1318 = icmp sgt i64 %plane, 0
  %i2f = sitofp i64 %plane to double
  %0 = add i64 %plane, -1
  %xtraiter = and i64 %plane, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %plane, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %done11
  %i22 = phi i64 [ %add, %body.lr.ph ], [ %next17, %done11 ]
  %mul8 = mul i64 %i22, %plane
  br i1 %go1318, label %body10.preheader, label %done11

body10.preheader:                                 ; preds = %body
  br i1 %1, label %done11.loopexit.unr-lcssa, label %body10

done:                                             ; preds = %done11, %entry
  ret void

body10:                                           ; preds = %body10.preheader, %body10
  %i1220 = phi i64 [ %next.7, %body10 ], [ 0, %body10.preheader ]
  %var.019 = phi double [ %fadd.7, %body10 ], [ 0.000000e+00, %body10.preheader ]
  %niter = phi i64 [ %niter.next.7, %body10 ], [ 0, %body10.preheader ]
  %add14 = add i64 %i1220, %mul8
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %fadd = fadd double %var.019, %ext
  %next = or i64 %i1220, 1
  %add14.1 = add i64 %next, %mul8
  %p.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.1
  %v.1 = load float, float addrspace(1)* %p.1, align 4
  %ext.1 = fpext float %v.1 to double
  %fadd.1 = fadd double %fadd, %ext.1
  %next.1 = or i64 %i1220, 2
  %add14.2 = add i64 %next.1, %mul8
  %p.2 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.2
  %v.2 = load float, float addrspace(1)* %p.2, align 4
  %ext.2 = fpext float %v.2 to double
  %fadd.2 = fadd double %fadd.1, %ext.2
  %next.2 = or i64 %i1220, 3
  %add14.3 = add i64 %next.2, %mul8
  %p.3 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.3
  %v.3 = load float, float addrspace(1)* %p.3, align 4
  %ext.3 = fpext float %v.3 to double
  %fadd.3 = fadd double %fadd.2, %ext.3
  %next.3 = or i64 %i1220, 4
  %add14.4 = add i64 %next.3, %mul8
  %p.4 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.4
  %v.4 = load float, float addrspace(1)* %p.4, align 4
  %ext.4 = fpext float %v.4 to double
  %fadd.4 = fadd double %fadd.3, %ext.4
  %next.4 = or i64 %i1220, 5
  %add14.5 = add i64 %next.4, %mul8
  %p.5 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.5
  %v.5 = load float, float addrspace(1)* %p.5, align 4
  %ext.5 = fpext float %v.5 to double
  %fadd.5 = fadd double %fadd.4, %ext.5
  %next.5 = or i64 %i1220, 6
  %add14.6 = add i64 %next.5, %mul8
  %p.6 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.6
  %v.6 = load float, float addrspace(1)* %p.6, align 4
  %ext.6 = fpext float %v.6 to double
  %fadd.6 = fadd double %fadd.5, %ext.6
  %next.6 = or i64 %i1220, 7
  %add14.7 = add i64 %next.6, %mul8
  %p.7 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.7
  %v.7 = load float, float addrspace(1)* %p.7, align 4
  %ext.7 = fpext float %v.7 to double
  %fadd.7 = fadd double %fadd.6, %ext.7
  %next.7 = add nuw nsw i64 %i1220, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %done11.loopexit.unr-lcssa, label %body10

done11.loopexit.unr-lcssa:                        ; preds = %body10, %body10.preheader
  %fadd.lcssa.ph = phi double [ undef, %body10.preheader ], [ %fadd.7, %body10 ]
  %i1220.unr = phi i64 [ 0, %body10.preheader ], [ %next.7, %body10 ]
  %var.019.unr = phi double [ 0.000000e+00, %body10.preheader ], [ %fadd.7, %body10 ]
  br i1 %lcmp.mod.not, label %done11, label %body10.epil

body10.epil:                                      ; preds = %done11.loopexit.unr-lcssa, %body10.epil
  %i1220.epil = phi i64 [ %next.epil, %body10.epil ], [ %i1220.unr, %done11.loopexit.unr-lcssa ]
  %var.019.epil = phi double [ %fadd.epil, %body10.epil ], [ %var.019.unr, %done11.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body10.epil ], [ 0, %done11.loopexit.unr-lcssa ]
  %add14.epil = add i64 %i1220.epil, %mul8
  %p.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add14.epil
  %v.epil = load float, float addrspace(1)* %p.epil, align 4
  %ext.epil = fpext float %v.epil to double
  %fadd.epil = fadd double %var.019.epil, %ext.epil
  %next.epil = add nuw nsw i64 %i1220.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done11, label %body10.epil, !llvm.loop !1

done11:                                           ; preds = %done11.loopexit.unr-lcssa, %body10.epil, %body
  %var.0.lcssa = phi double [ 0.000000e+00, %body ], [ %fadd.lcssa.ph, %done11.loopexit.unr-lcssa ], [ %fadd.epil, %body10.epil ]
  %fdiv = fdiv double %var.0.lcssa, %i2f
  %trunc = fptrunc double %fdiv to float
  %p16 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i22
  store float %trunc, float addrspace(1)* %p16, align 4
  %next17 = add i64 %i22, %mul7
  %go = icmp slt i64 %next17, %len
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

!0 = !{void (float addrspace(1)*, i64, i64, float addrspace(1)*)* @syncbn_global_average_pool, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
