; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_nll_loss(float addrspace(1)* nocapture readonly %scores, float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %has_weights, i64 %has_ignore, float %ignore, i64 %reduction, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %cmp = icmp eq i64 %reduction, 0
  br i1 %cmp, label %loop.preheader, label %else

loop.preheader:                                   ; preds = %entry
  %go90 = icmp slt i64 %add, %len
  br i1 %go90, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %loop.preheader
  %cmp8 = icmp eq i64 %has_ignore, 0
  %classes9 = sitofp i64 %classes to float
  %cmp14.not = icmp eq i64 %has_weights, 0
  br label %body

else:                                             ; preds = %entry
  %cmp28 = icmp eq i64 %add, 0
  br i1 %cmp28, label %loop34.preheader, label %join

loop34.preheader:                                 ; preds = %else
  %go3884 = icmp sgt i64 %len, 0
  br i1 %go3884, label %body35.lr.ph, label %done36

body35.lr.ph:                                     ; preds = %loop34.preheader
  %cmp41 = icmp eq i64 %has_ignore, 0
  %classes44 = sitofp i64 %classes to float
  %cmp56.not = icmp eq i64 %has_weights, 0
  %xtraiter = and i64 %len, 1
  %0 = icmp eq i64 %len, 1
  br i1 %0, label %done36.loopexit.unr-lcssa, label %body35.lr.ph.new

body35.lr.ph.new:                                 ; preds = %body35.lr.ph
  %unroll_iter = and i64 %len, -2
  br label %body35

join:                                             ; preds = %join21, %loop.preheader, %done36, %else
  ret void

body:                                             ; preds = %body.lr.ph, %join21
  %i91 = phi i64 [ %add, %body.lr.ph ], [ %next, %join21 ]
  %p = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i91
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
  br i1 %kept, label %then19, label %join21

then19:                                           ; preds = %body
  %p15 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel13
  %v16 = load float, float addrspace(1)* %p15, align 4
  %ext = fpext float %v16 to double
  %sel17 = select i1 %cmp14.not, double 1.000000e+00, double %ext
  %mul22 = mul i64 %i91, %classes
  %add23 = add i64 %sel13, %mul22
  %p24 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add23
  %v25 = load float, float addrspace(1)* %p24, align 4
  %ext26 = fpext float %v25 to double
  %neg = fneg double %ext26
  %fmul = fmul double %sel17, %neg
  br label %join21

join21:                                           ; preds = %body, %then19
  %var.0 = phi double [ %fmul, %then19 ], [ 0.000000e+00, %body ]
  %trunc = fptrunc double %var.0 to float
  %p27 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i91
  store float %trunc, float addrspace(1)* %p27, align 4
  %next = add i64 %i91, %mul7
  %go = icmp slt i64 %next, %len
  br i1 %go, label %body, label %join

body35:                                           ; preds = %join65.1, %body35.lr.ph.new
  %i3787 = phi i64 [ 0, %body35.lr.ph.new ], [ %next77.1, %join65.1 ]
  %var32.086 = phi double [ 0.000000e+00, %body35.lr.ph.new ], [ %fadd.1, %join65.1 ]
  %var33.085 = phi double [ 0.000000e+00, %body35.lr.ph.new ], [ %fadd76.1, %join65.1 ]
  %niter = phi i64 [ 0, %body35.lr.ph.new ], [ %niter.next.1, %join65.1 ]
  %p39 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i3787
  %v40 = load float, float addrspace(1)* %p39, align 4
  %fcmp42 = fcmp une float %v40, %ignore
  %fcmp45 = fcmp oge float %v40, 0.000000e+00
  %fcmp46 = fcmp olt float %v40, %classes44
  %in_range47 = and i1 %fcmp45, %fcmp46
  %2 = fptosi float %v40 to i64
  %class49 = select i1 %in_range47, i64 %2, i64 0
  %back50 = sitofp i64 %class49 to float
  %fcmp51 = fcmp oeq float %v40, %back50
  %class_ok52 = and i1 %in_range47, %fcmp51
  %not53 = or i1 %cmp41, %fcmp42
  %kept54 = and i1 %not53, %class_ok52
  %sel55 = select i1 %kept54, i64 %class49, i64 0
  %p57 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel55
  %v58 = load float, float addrspace(1)* %p57, align 4
  %ext59 = fpext float %v58 to double
  %sel60 = select i1 %cmp56.not, double 1.000000e+00, double %ext59
  %sel61 = select i1 %kept54, double %sel60, double 0.000000e+00
  br i1 %kept54, label %then63, label %join65

done36.loopexit.unr-lcssa:                        ; preds = %join65.1, %body35.lr.ph
  %fadd.lcssa.ph = phi double [ undef, %body35.lr.ph ], [ %fadd.1, %join65.1 ]
  %fadd76.lcssa.ph = phi double [ undef, %body35.lr.ph ], [ %fadd76.1, %join65.1 ]
  %i3787.unr = phi i64 [ 0, %body35.lr.ph ], [ %next77.1, %join65.1 ]
  %var32.086.unr = phi double [ 0.000000e+00, %body35.lr.ph ], [ %fadd.1, %join65.1 ]
  %var33.085.unr = phi double [ 0.000000e+00, %body35.lr.ph ], [ %fadd76.1, %join65.1 ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %done36, label %body35.epil

body35.epil:                                      ; preds = %done36.loopexit.unr-lcssa
  %p39.epil = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i3787.unr
  %v40.epil = load float, float addrspace(1)* %p39.epil, align 4
  %fcmp42.epil = fcmp une float %v40.epil, %ignore
  %fcmp45.epil = fcmp oge float %v40.epil, 0.000000e+00
  %fcmp46.epil = fcmp olt float %v40.epil, %classes44
  %in_range47.epil = and i1 %fcmp45.epil, %fcmp46.epil
  %3 = fptosi float %v40.epil to i64
  %class49.epil = select i1 %in_range47.epil, i64 %3, i64 0
  %back50.epil = sitofp i64 %class49.epil to float
  %fcmp51.epil = fcmp oeq float %v40.epil, %back50.epil
  %class_ok52.epil = and i1 %in_range47.epil, %fcmp51.epil
  %not53.epil = or i1 %cmp41, %fcmp42.epil
  %kept54.epil = and i1 %not53.epil, %class_ok52.epil
  %sel55.epil = select i1 %kept54.epil, i64 %class49.epil, i64 0
  %p57.epil = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel55.epil
  %v58.epil = load float, float addrspace(1)* %p57.epil, align 4
  %ext59.epil = fpext float %v58.epil to double
  %sel60.epil = select i1 %cmp56.not, double 1.000000e+00, double %ext59.epil
  %sel61.epil = select i1 %kept54.epil, double %sel60.epil, double 0.000000e+00
  br i1 %kept54.epil, label %then63.epil, label %join65.epil

then63.epil:                                      ; preds = %body35.epil
  %mul66.epil = mul i64 %i3787.unr, %classes
  %add67.epil = add i64 %sel55.epil, %mul66.epil
  %p68.epil = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add67.epil
  %v69.epil = load float, float addrspace(1)* %p68.epil, align 4
  %ext70.epil = fpext float %v69.epil to double
  %neg71.epil = fneg double %ext70.epil
  %fmul72.epil = fmul double %sel61.epil, %neg71.epil
  br label %join65.epil

join65.epil:                                      ; preds = %then63.epil, %body35.epil
  %var62.0.epil = phi double [ %fmul72.epil, %then63.epil ], [ 0.000000e+00, %body35.epil ]
  %fadd.epil = fadd double %var32.086.unr, %var62.0.epil
  %fadd76.epil = fadd double %var33.085.unr, %sel61.epil
  br label %done36

done36:                                           ; preds = %join65.epil, %done36.loopexit.unr-lcssa, %loop34.preheader
  %var33.0.lcssa = phi double [ 0.000000e+00, %loop34.preheader ], [ %fadd76.lcssa.ph, %done36.loopexit.unr-lcssa ], [ %fadd76.epil, %join65.epil ]
  %var32.0.lcssa = phi double [ 0.000000e+00, %loop34.preheader ], [ %fadd.lcssa.ph, %done36.loopexit.unr-lcssa ], [ %fadd.epil, %join65.epil ]
  %cmp80 = icmp eq i64 %reduction, 2
  %fdiv = select i1 %cmp80, double %var33.0.lcssa, double 1.000000e+00
  %sel81 = fdiv double %var32.0.lcssa, %fdiv
  %trunc82 = fptrunc double %sel81 to float
  store float %trunc82, float addrspace(1)* %y, align 4
  br label %join

then63:                                           ; preds = %body35
  %mul66 = mul i64 %i3787, %classes
  %add67 = add i64 %sel55, %mul66
  %p68 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add67
  %v69 = load float, float addrspace(1)* %p68, align 4
  %ext70 = fpext float %v69 to double
  %neg71 = fneg double %ext70
  %fmul72 = fmul double %sel61, %neg71
  br label %join65

join65:                                           ; preds = %body35, %then63
  %var62.0 = phi double [ %fmul72, %then63 ], [ 0.000000e+00, %body35 ]
  %fadd = fadd double %var32.086, %var62.0
  %fadd76 = fadd double %var33.085, %sel61
  %next77 = or i64 %i3787, 1
  %p39.1 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %next77
  %v40.1 = load float, float addrspace(1)* %p39.1, align 4
  %fcmp42.1 = fcmp une float %v40.1, %ignore
  %fcmp45.1 = fcmp oge float %v40.1, 0.000000e+00
  %fcmp46.1 = fcmp olt float %v40.1, %classes44
  %in_range47.1 = and i1 %fcmp45.1, %fcmp46.1
  %4 = fptosi float %v40.1 to i64
  %class49.1 = select i1 %in_range47.1, i64 %4, i64 0
  %back50.1 = sitofp i64 %class49.1 to float
  %fcmp51.1 = fcmp oeq float %v40.1, %back50.1
  %class_ok52.1 = and i1 %in_range47.1, %fcmp51.1
  %not53.1 = or i1 %cmp41, %fcmp42.1
  %kept54.1 = and i1 %not53.1, %class_ok52.1
  %sel55.1 = select i1 %kept54.1, i64 %class49.1, i64 0
  %p57.1 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel55.1
  %v58.1 = load float, float addrspace(1)* %p57.1, align 4
  %ext59.1 = fpext float %v58.1 to double
  %sel60.1 = select i1 %cmp56.not, double 1.000000e+00, double %ext59.1
  %sel61.1 = select i1 %kept54.1, double %sel60.1, double 0.000000e+00
  br i1 %kept54.1, label %then63.1, label %join65.1

then63.1:                                         ; preds = %join65
  %mul66.1 = mul i64 %next77, %classes
  %add67.1 = add i64 %sel55.1, %mul66.1
  %p68.1 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add67.1
  %v69.1 = load float, float addrspace(1)* %p68.1, align 4
  %ext70.1 = fpext float %v69.1 to double
  %neg71.1 = fneg double %ext70.1
  %fmul72.1 = fmul double %sel61.1, %neg71.1
  br label %join65.1

join65.1:                                         ; preds = %then63.1, %join65
  %var62.0.1 = phi double [ %fmul72.1, %then63.1 ], [ 0.000000e+00, %join65 ]
  %fadd.1 = fadd double %fadd, %var62.0.1
  %fadd76.1 = fadd double %fadd76, %sel61.1
  %next77.1 = add nuw nsw i64 %i3787, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %done36.loopexit.unr-lcssa, label %body35
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, float, i64, float addrspace(1)*)* @syncbn_nll_loss, !"kernel", i32 1}
