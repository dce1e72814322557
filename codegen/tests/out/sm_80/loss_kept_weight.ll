; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_loss_kept_weight(float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %has_weights, i64 %has_ignore, float %ignore, double addrspace(1)* nocapture writeonly %total) local_unnamed_addr #0 {
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
  br i1 %cmp, label %loop.preheader, label %join

loop.preheader:                                   ; preds = %entry
  %go21 = icmp sgt i64 %len, 0
  br i1 %go21, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %loop.preheader
  %cmp8 = icmp eq i64 %has_ignore, 0
  %classes9 = sitofp i64 %classes to float
  %cmp14.not = icmp eq i64 %has_weights, 0
  %xtraiter = and i64 %len, 1
  %0 = icmp eq i64 %len, 1
  br i1 %0, label %done.loopexit.unr-lcssa, label %body.lr.ph.new

body.lr.ph.new:                                   ; preds = %body.lr.ph
  %unroll_iter = and i64 %len, -2
  br label %body

join:                                             ; preds = %entry, %done
  ret void

body:                                             ; preds = %body, %body.lr.ph.new
  %i23 = phi i64 [ 0, %body.lr.ph.new ], [ %next.1, %body ]
  %var.022 = phi double [ 0.000000e+00, %body.lr.ph.new ], [ %fadd.1, %body ]
  %niter = phi i64 [ 0, %body.lr.ph.new ], [ %niter.next.1, %body ]
  %p = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i23
  %v = load float, float addrspace(1)* %p, align 4
  %fcmp = fcmp une float %v, %ignore
  %fcmp10 = fcmp oge float %v, 0.000000e+00
  %fcmp11 = fcmp olt float %v, %classes9
  %in_range = and i1 %fcmp10, %fcmp11
  %1 = fptosi float %v to i64
  %class = select i1 %in_range, i64 %1, i64 0
  %back = sitofp i64 %class to float
  %fcmp12 = fcmp oeq float %v, %back
  %class_ok = and i1 %in_range, %fcmp12
  %not = or i1 %cmp8, %fcmp
  %kept = and i1 %not, %class_ok
  %sel13 = select i1 %kept, i64 %class, i64 0
  %p15 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel13
  %v16 = load float, float addrspace(1)* %p15, align 4
  %ext = fpext float %v16 to double
  %sel17 = select i1 %cmp14.not, double 1.000000e+00, double %ext
  %sel18 = select i1 %kept, double %sel17, double 0.000000e+00
  %fadd = fadd double %var.022, %sel18
  %next = or i64 %i23, 1
  %p.1 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %next
  %v.1 = load float, float addrspace(1)* %p.1, align 4
  %fcmp.1 = fcmp une float %v.1, %ignore
  %fcmp10.1 = fcmp oge float %v.1, 0.000000e+00
  %fcmp11.1 = fcmp olt float %v.1, %classes9
  %in_range.1 = and i1 %fcmp10.1, %fcmp11.1
  %2 = fptosi float %v.1 to i64
  %class.1 = select i1 %in_range.1, i64 %2, i64 0
  %back.1 = sitofp i64 %class.1 to float
  %fcmp12.1 = fcmp oeq float %v.1, %back.1
  %class_ok.1 = and i1 %in_range.1, %fcmp12.1
  %not.1 = or i1 %cmp8, %fcmp.1
  %kept.1 = and i1 %not.1, %class_ok.1
  %sel13.1 = select i1 %kept.1, i64 %class.1, i64 0
  %p15.1 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel13.1
  %v16.1 = load float, float addrspace(1)* %p15.1, align 4
  %ext.1 = fpext float %v16.1 to double
  %sel17.1 = select i1 %cmp14.not, double 1.000000e+00, double %ext.1
  %sel18.1 = select i1 %kept.1, double %sel17.1, double 0.000000e+00
  %fadd.1 = fadd double %fadd, %sel18.1
  %next.1 = add nuw nsw i64 %i23, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %done.loopexit.unr-lcssa, label %body

done.loopexit.unr-lcssa:                          ; preds = %body, %body.lr.ph
  %fadd.lcssa.ph = phi double [ undef, %body.lr.ph ], [ %fadd.1, %body ]
  %i23.unr = phi i64 [ 0, %body.lr.ph ], [ %next.1, %body ]
  %var.022.unr = phi double [ 0.000000e+00, %body.lr.ph ], [ %fadd.1, %body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %done, label %body.epil

body.epil:                                        ; preds = %done.loopexit.unr-lcssa
  %p.epil = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i23.unr
  %v.epil = load float, float addrspace(1)* %p.epil, align 4
  %fcmp.epil = fcmp une float %v.epil, %ignore
  %fcmp10.epil = fcmp oge float %v.epil, 0.000000e+00
  %fcmp11.epil = fcmp olt float %v.epil, %classes9
  %in_range.epil = and i1 %fcmp10.epil, %fcmp11.epil
  %3 = fptosi float %v.epil to i64
  %class.epil = select i1 %in_range.epil, i64 %3, i64 0
  %back.epil = sitofp i64 %class.epil to float
  %fcmp12.epil = fcmp oeq float %v.epil, %back.epil
  %class_ok.epil = and i1 %in_range.epil, %fcmp12.epil
  %not.epil = or i1 %cmp8, %fcmp.epil
  %kept.epil = and i1 %not.epil, %class_ok.epil
  %sel13.epil = select i1 %kept.epil, i64 %class.epil, i64 0
  %p15.epil = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel13.epil
  %v16.epil = load float, float addrspace(1)* %p15.epil, align 4
  %ext.epil = fpext float %v16.epil to double
  %sel17.epil = select i1 %cmp14.not, double 1.000000e+00, double %ext.epil
  %sel18.epil = select i1 %kept.epil, double %sel17.epil, double 0.000000e+00
  %fadd.epil = fadd double %var.022.unr, %sel18.epil
  br label %done

done:                                             ; preds = %body.epil, %done.loopexit.unr-lcssa, %loop.preheader
  %var.0.lcssa = phi double [ 0.000000e+00, %loop.preheader ], [ %fadd.lcssa.ph, %done.loopexit.unr-lcssa ], [ %fadd.epil, %body.epil ]
  store double %var.0.lcssa, double addrspace(1)* %total, align 8
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, float, double addrspace(1)*)* @syncbn_loss_kept_weight, !"kernel", i32 1}
