; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_nll_loss_items(float addrspace(1)* nocapture readonly %scores, float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %inner, i64 %has_weights, i64 %has_ignore, float %ignore, float addrspace(1)* nocapture writeonly %items) local_unnamed_addr #0 {
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
  %as_f64 = bitcast float addrspace(1)* %items to double addrspace(1)*
  %go30 = icmp slt i64 %add, %len
  br i1 %go30, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %cmp = icmp eq i64 %has_ignore, 0
  %classes8 = sitofp i64 %classes to float
  %cmp13.not = icmp eq i64 %has_weights, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %join
  %i31 = phi i64 [ %add, %body.lr.ph ], [ %next, %join ]
  %p = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i31
  %v = load float, float addrspace(1)* %p, align 4
  %fcmp = fcmp une float %v, %ignore
  %fcmp9 = fcmp oge float %v, 0.000000e+00
  %fcmp10 = fcmp olt float %v, %classes8
  %in_range = and i1 %fcmp9, %fcmp10
  %0 = fptosi float %v to i64
  %class = select i1 %in_range, i64 %0, i64 0
  %back = sitofp i64 %class to float
  %fcmp11 = fcmp oeq float %v, %back
  %class_ok = and i1 %in_range, %fcmp11
  %not = or i1 %cmp, %fcmp
  %kept = and i1 %not, %class_ok
  %sel12 = select i1 %kept, i64 %class, i64 0
  %p14 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel12
  %v15 = load float, float addrspace(1)* %p14, align 4
  %ext = fpext float %v15 to double
  %sel16 = select i1 %cmp13.not, double 1.000000e+00, double %ext
  %sel17 = select i1 %kept, double %sel16, double 0.000000e+00
  br i1 %kept, label %then, label %join

done:                                             ; preds = %join, %entry
  ret void

then:                                             ; preds = %body
  %i31.frozen = freeze i64 %i31
  %inner.frozen = freeze i64 %inner
  %div = udiv i64 %i31.frozen, %inner.frozen
  %mul19 = mul i64 %div, %classes
  %1 = mul i64 %div, %inner.frozen
  %rem.decomposed = sub i64 %i31.frozen, %1
  %reass.add = add i64 %mul19, %sel12
  %reass.mul = mul i64 %reass.add, %inner
  %add22 = add i64 %reass.mul, %rem.decomposed
  %p23 = getelementptr inbounds float, float addrspace(1)* %scores, i64 %add22
  %v24 = load float, float addrspace(1)* %p23, align 4
  %ext25 = fpext float %v24 to double
  %neg = fneg double %ext25
  %fmul = fmul double %sel17, %neg
  br label %join

join:                                             ; preds = %body, %then
  %var.0 = phi double [ %fmul, %then ], [ 0.000000e+00, %body ]
  %mul26 = shl i64 %i31, 1
  %p27 = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %mul26
  store double %var.0, double addrspace(1)* %p27, align 8
  %add28 = or i64 %mul26, 1
  %p29 = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %add28
  store double %sel17, double addrspace(1)* %p29, align 8
  %next = add i64 %i31, %mul7
  %go = icmp slt i64 %next, %len
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, i64, float, float addrspace(1)*)* @syncbn_nll_loss_items, !"kernel", i32 1}
