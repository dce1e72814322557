; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_nll_loss(float addrspace(1)* nocapture readonly %scores, float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %inner, i64 %has_weights, i64 %has_ignore, float %ignore, i64 %reduction, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go100 = icmp slt i64 %add, %len
  br i1 %go100, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %loop.preheader
  %cmp8 = icmp eq i64 %has_ignore, 0
  %classes9 = sitofp i64 %classes to float
  %cmp14.not = icmp eq i64 %has_weights, 0
  br label %body

else:                                             ; preds = %entry
  %cmp31 = icmp eq i64 %add, 0
  br i1 %cmp31, label %loop37.preheader, label %join

loop37.preheader:                                 ; preds = %else
  %go4194 = icmp sgt i64 %len, 0
  br i1 %go4194, label %body38.lr.ph, label %done39

body38.lr.ph:                                     ; preds = %loop37.preheader
  %cmp44 = icmp eq i64 %has_ignore, 0
  %classes47 = sitofp i64 %classes to float
  %cmp59.not = icmp eq i64 %has_weights, 0
  br label %body38

join:                                             ; preds = %join21, %loop.preheader, %done39, %else
  ret void

body:                                             ; preds = %body.lr.ph, %join21
  %i101 = phi i64 [ %add, %body.lr.ph ], [ %next, %join21 ]
  %p = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i101
  %v = load float, float addrspace(1)* %p, align 4
  %fcmp = fcmp une float %v, %ignore
  %fcmp10 = fcmp oge float %v, 0.000000e+00
  %fcmp11 = fcmp olt float %v, %classes9
  %in_range = and i1 %fcmp10, %fcmp11
  %0 = fptosi float %v to i64
  %class = select i1 %in_range, i64 %0, i64 0
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
  %i101.frozen = freeze i64 %i101
  %inner.frozen = freeze i64 %inner
  %div = udiv i64 %i101.frozen, %inner.frozen
  %mul23 = mul i64 %div, %classes
  %1 = mul i64 %div, %inner.frozen
  %rem.decomposed = sub i64 %i101.frozen, %1
  %reass.add92 = add i64 %mul23, %sel13
  %reass.mul93 = mul i64 %reass.add92, %inner
  %add26 = add i64 %reass.mul93, %rem.decomposed
  %p27 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add26
  %v28 = load float, float addrspace(1)* %p27, align 4
  %ext29 = fpext float %v28 to double
  %neg = fneg double %ext29
  %fmul = fmul double %sel17, %neg
  br label %join21

join21:                                           ; preds = %body, %then19
  %var.0 = phi double [ %fmul, %then19 ], [ 0.000000e+00, %body ]
  %trunc = fptrunc double %var.0 to float
  %p30 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i101
  store float %trunc, float addrspace(1)* %p30, align 4
  %next = add i64 %i101, %mul7
  %go = icmp slt i64 %next, %len
  br i1 %go, label %body, label %join

body38:                                           ; preds = %body38.lr.ph, %join68
  %i4097 = phi i64 [ 0, %body38.lr.ph ], [ %next85, %join68 ]
  %var35.096 = phi double [ 0.000000e+00, %body38.lr.ph ], [ %fadd, %join68 ]
  %var36.095 = phi double [ 0.000000e+00, %body38.lr.ph ], [ %fadd84, %join68 ]
  %p42 = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i4097
  %v43 = load float, float addrspace(1)* %p42, align 4
  %fcmp45 = fcmp une float %v43, %ignore
  %fcmp48 = fcmp oge float %v43, 0.000000e+00
  %fcmp49 = fcmp olt float %v43, %classes47
  %in_range50 = and i1 %fcmp48, %fcmp49
  %2 = fptosi float %v43 to i64
  %class52 = select i1 %in_range50, i64 %2, i64 0
  %back53 = sitofp i64 %class52 to float
  %fcmp54 = fcmp oeq float %v43, %back53
  %class_ok55 = and i1 %in_range50, %fcmp54
  %not56 = or i1 %cmp44, %fcmp45
  %kept57 = and i1 %not56, %class_ok55
  %sel58 = select i1 %kept57, i64 %class52, i64 0
  %p60 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel58
  %v61 = load float, float addrspace(1)* %p60, align 4
  %ext62 = fpext float %v61 to double
  %sel63 = select i1 %cmp59.not, double 1.000000e+00, double %ext62
  %sel64 = select i1 %kept57, double %sel63, double 0.000000e+00
  br i1 %kept57, label %then66, label %join68

done39:                                           ; preds = %join68, %loop37.preheader
  %var36.0.lcssa = phi double [ 0.000000e+00, %loop37.preheader ], [ %fadd84, %join68 ]
  %var35.0.lcssa = phi double [ 0.000000e+00, %loop37.preheader ], [ %fadd, %join68 ]
  %cmp88 = icmp eq i64 %reduction, 2
  %fdiv = select i1 %cmp88, double %var36.0.lcssa, double 1.000000e+00
  %sel89 = fdiv double %var35.0.lcssa, %fdiv
  %trunc90 = fptrunc double %sel89 to float
  store float %trunc90, float addrspace(1)* %y, align 4
  br label %join

then66:                                           ; preds = %body38
  %i4097.frozen = freeze i64 %i4097
  %inner.frozen103 = freeze i64 %inner
  %div69 = udiv i64 %i4097.frozen, %inner.frozen103
  %mul71 = mul i64 %div69, %classes
  %3 = mul i64 %div69, %inner.frozen103
  %rem72.decomposed = sub i64 %i4097.frozen, %3
  %reass.add = add i64 %mul71, %sel58
  %reass.mul = mul i64 %reass.add, %inner
  %add75 = add i64 %reass.mul, %rem72.decomposed
  %p76 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add75
  %v77 = load float, float addrspace(1)* %p76, align 4
  %ext78 = fpext float %v77 to double
  %neg79 = fneg double %ext78
  %fmul80 = fmul double %sel64, %neg79
  br label %join68

join68:                                           ; preds = %body38, %then66
  %var65.0 = phi double [ %fmul80, %then66 ], [ 0.000000e+00, %body38 ]
  %fadd = fadd double %var35.096, %var65.0
  %fadd84 = fadd double %var36.095, %sel64
  %next85 = add nuw nsw i64 %i4097, 1
  %exitcond.not = icmp eq i64 %next85, %len
  br i1 %exitcond.not, label %done39, label %body38
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, i64, float, i64, float addrspace(1)*)* @syncbn_nll_loss, !"kernel", i32 1}
