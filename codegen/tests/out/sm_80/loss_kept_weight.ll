; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@syncbn_loss_kept_weight.partial_a = internal unnamed_addr addrspace(3) global [256 x double] undef, align 8

; Function Attrs: nounwind
define void @syncbn_loss_kept_weight(float addrspace(1)* nocapture readonly %labels, float addrspace(1)* nocapture readonly %weights, i64 %len, i64 %classes, i64 %has_weights, i64 %has_ignore, float %ignore, double addrspace(1)* nocapture writeonly %total) local_unnamed_addr #0 {
entry:
  %r = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %zext = zext i32 %r to i64
  %r1 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %r3 = tail call i32 @llvm.nvvm.read.ptx.sreg.ntid.x()
  %zext4 = zext i32 %r3 to i64
  %cmp = icmp eq i32 %r1, 0
  br i1 %cmp, label %loop.preheader, label %join

loop.preheader:                                   ; preds = %entry
  %go58 = icmp ult i32 %r, 256
  br i1 %go58, label %loop9.preheader.lr.ph, label %done

loop9.preheader.lr.ph:                            ; preds = %loop.preheader
  %cmp14 = icmp eq i64 %has_ignore, 0
  %classes15 = sitofp i64 %classes to float
  %cmp20.not = icmp eq i64 %has_weights, 0
  br label %loop9.preheader

join:                                             ; preds = %done40, %done, %entry
  ret void

loop9.preheader:                                  ; preds = %loop9.preheader.lr.ph, %done11
  %i59 = phi i64 [ %zext, %loop9.preheader.lr.ph ], [ %next31, %done11 ]
  %go1355 = icmp slt i64 %i59, %len
  br i1 %go1355, label %body10, label %done11

done:                                             ; preds = %done11, %loop.preheader
  tail call void @llvm.nvvm.barrier0()
  %cmp32 = icmp eq i32 %r, 0
  br i1 %cmp32, label %body39, label %join

body10:                                           ; preds = %loop9.preheader, %body10
  %i1257 = phi i64 [ %next, %body10 ], [ %i59, %loop9.preheader ]
  %var.056 = phi double [ %fadd, %body10 ], [ 0.000000e+00, %loop9.preheader ]
  %p = getelementptr inbounds float, float addrspace(1)* %labels, i64 %i1257
  %v = load float, float addrspace(1)* %p, align 4
  %fcmp = fcmp une float %v, %ignore
  %fcmp16 = fcmp oge float %v, 0.000000e+00
  %fcmp17 = fcmp olt float %v, %classes15
  %in_range = and i1 %fcmp16, %fcmp17
  %0 = fptosi float %v to i64
  %class = select i1 %in_range, i64 %0, i64 0
  %back = sitofp i64 %class to float
  %fcmp18 = fcmp oeq float %v, %back
  %class_ok = and i1 %in_range, %fcmp18
  %not = or i1 %cmp14, %fcmp
  %kept = and i1 %not, %class_ok
  %sel19 = select i1 %kept, i64 %class, i64 0
  %p21 = getelementptr inbounds float, float addrspace(1)* %weights, i64 %sel19
  %v22 = load float, float addrspace(1)* %p21, align 4
  %ext = fpext float %v22 to double
  %sel23 = select i1 %cmp20.not, double 1.000000e+00, double %ext
  %sel24 = select i1 %kept, double %sel23, double 0.000000e+00
  %fadd = fadd double %var.056, %sel24
  %next = add i64 %i1257, 256
  %go13 = icmp slt i64 %next, %len
  br i1 %go13, label %body10, label %done11

done11:                                           ; preds = %body10, %loop9.preheader
  %var.0.lcssa = phi double [ 0.000000e+00, %loop9.preheader ], [ %fadd, %body10 ]
  %p28 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_kept_weight.partial_a, i64 0, i64 %i59
  store double %var.0.lcssa, double addrspace(3)* %p28, align 8
  %next31 = add i64 %i59, %zext4
  %go = icmp slt i64 %next31, 256
  br i1 %go, label %loop9.preheader, label %done

body39:                                           ; preds = %done, %body39
  %i4162 = phi i64 [ %next51.7, %body39 ], [ 0, %done ]
  %var36.061 = phi double [ %fadd46.7, %body39 ], [ 0.000000e+00, %done ]
  %p44 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_kept_weight.partial_a, i64 0, i64 %i4162
  %v45 = load double, double addrspace(3)* %p44, align 8
  %fadd46 = fadd double %var36.061, %v45
  %next51 = or i64 %i4162, 1
  %p44.1 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_kept_weight.partial_a, i64 0, i64 %next51
  %v45.1 = load double, double addrspace(3)* %p44.1, align 8
  %fadd46.1 = fadd double %fadd46, %v45.1
  %next51.1 = or i64 %i4162, 2
  %p44.2 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_kept_weight.partial_a, i64 0, i64 %next51.1
  %v45.2 = load double, double addrspace(3)* %p44.2, align 8
  %fadd46.2 = fadd double %fadd46.1, %v45.2
  %next51.2 = or i64 %i4162, 3
  %p44.3 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_kept_weight.partial_a, i64 0, i64 %next51.2
  %v45.3 = load double, double addrspace(3)* %p44.3, align 8
  %fadd46.3 = fadd double %fadd46.2, %v45.3
  %next51.3 = or i64 %i4162, 4
  %p44.4 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_kept_weight.partial_a, i64 0, i64 %next51.3
  %v45.4 = load double, double addrspace(3)* %p44.4, align 8
  %fadd46.4 = fadd double %fadd46.3, %v45.4
  %next51.4 = or i64 %i4162, 5
  %p44.5 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_kept_weight.partial_a, i64 0, i64 %next51.4
  %v45.5 = load double, double addrspace(3)* %p44.5, align 8
  %fadd46.5 = fadd double %fadd46.4, %v45.5
  %next51.5 = or i64 %i4162, 6
  %p44.6 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_kept_weight.partial_a, i64 0, i64 %next51.5
  %v45.6 = load double, double addrspace(3)* %p44.6, align 8
  %fadd46.6 = fadd double %fadd46.5, %v45.6
  %next51.6 = or i64 %i4162, 7
  %p44.7 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_kept_weight.partial_a, i64 0, i64 %next51.6
  %v45.7 = load double, double addrspace(3)* %p44.7, align 8
  %fadd46.7 = fadd double %fadd46.6, %v45.7
  %next51.7 = add nuw nsw i64 %i4162, 8
  %exitcond.not.7 = icmp eq i64 %next51.7, 256
  br i1 %exitcond.not.7, label %done40, label %body39

done40:                                           ; preds = %body39
  store double %fadd46.7, double addrspace(1)* %total, align 8
  br label %join
}

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.ntid.x() #1

; Function Attrs: convergent nounwind
declare void @llvm.nvvm.barrier0() #2

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { convergent nounwind }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, float, double addrspace(1)*)* @syncbn_loss_kept_weight, !"kernel", i32 1}
