; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@syncbn_loss_sum.partial_a = internal unnamed_addr addrspace(3) global [256 x double] undef, align 8
@syncbn_loss_sum.partial_b = internal unnamed_addr addrspace(3) global [256 x double] undef, align 8

; Function Attrs: nounwind
define void @syncbn_loss_sum(float addrspace(1)* nocapture readonly %items, i64 %len, i64 %reduction, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
entry:
  %r = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %r1 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %r3 = tail call i32 @llvm.nvvm.read.ptx.sreg.ntid.x()
  %zext4 = zext i32 %r3 to i64
  %as_f64 = bitcast float addrspace(1)* %items to double addrspace(1)*
  %cmp = icmp eq i32 %r1, 0
  br i1 %cmp, label %loop.preheader, label %join

loop.preheader:                                   ; preds = %entry
  %go54 = icmp ult i32 %r, 256
  br i1 %go54, label %loop9.preheader.preheader, label %done

loop9.preheader.preheader:                        ; preds = %loop.preheader
  %zext = zext i32 %r to i64
  br label %loop9.preheader

join:                                             ; preds = %done33, %done, %entry
  ret void

loop9.preheader:                                  ; preds = %loop9.preheader.preheader, %done11
  %i55 = phi i64 [ %next24, %done11 ], [ %zext, %loop9.preheader.preheader ]
  %go1349 = icmp slt i64 %i55, %len
  br i1 %go1349, label %body10, label %done11

done:                                             ; preds = %done11, %loop.preheader
  tail call void @llvm.nvvm.barrier0()
  %cmp25 = icmp eq i32 %r, 0
  br i1 %cmp25, label %body32, label %join

body10:                                           ; preds = %loop9.preheader, %body10
  %i1252 = phi i64 [ %next, %body10 ], [ %i55, %loop9.preheader ]
  %var.051 = phi double [ %fadd, %body10 ], [ 0.000000e+00, %loop9.preheader ]
  %var8.050 = phi double [ %fadd19, %body10 ], [ 0.000000e+00, %loop9.preheader ]
  %mul14 = shl i64 %i1252, 1
  %p = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %mul14
  %v = load double, double addrspace(1)* %p, align 8
  %add15 = or i64 %mul14, 1
  %p16 = getelementptr inbounds double, double addrspace(1)* %as_f64, i64 %add15
  %v17 = load double, double addrspace(1)* %p16, align 8
  %fadd = fadd double %var.051, %v
  %fadd19 = fadd double %var8.050, %v17
  %next = add i64 %i1252, 256
  %go13 = icmp slt i64 %next, %len
  br i1 %go13, label %body10, label %done11

done11:                                           ; preds = %body10, %loop9.preheader
  %var8.0.lcssa = phi double [ 0.000000e+00, %loop9.preheader ], [ %fadd19, %body10 ]
  %var.0.lcssa = phi double [ 0.000000e+00, %loop9.preheader ], [ %fadd, %body10 ]
  %p21 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_a, i64 0, i64 %i55
  store double %var.0.lcssa, double addrspace(3)* %p21, align 8
  %p23 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_b, i64 0, i64 %i55
  store double %var8.0.lcssa, double addrspace(3)* %p23, align 8
  %next24 = add i64 %i55, %zext4
  %go = icmp slt i64 %next24, 256
  br i1 %go, label %loop9.preheader, label %done

body32:                                           ; preds = %done, %body32
  %i3459 = phi i64 [ %next44.7, %body32 ], [ 0, %done ]
  %var29.058 = phi double [ %fadd39.7, %body32 ], [ 0.000000e+00, %done ]
  %var30.057 = phi double [ %fadd43.7, %body32 ], [ 0.000000e+00, %done ]
  %p37 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_a, i64 0, i64 %i3459
  %v38 = load double, double addrspace(3)* %p37, align 8
  %fadd39 = fadd double %var29.058, %v38
  %p41 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_b, i64 0, i64 %i3459
  %v42 = load double, double addrspace(3)* %p41, align 8
  %fadd43 = fadd double %var30.057, %v42
  %next44 = or i64 %i3459, 1
  %p37.1 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_a, i64 0, i64 %next44
  %v38.1 = load double, double addrspace(3)* %p37.1, align 8
  %fadd39.1 = fadd double %fadd39, %v38.1
  %p41.1 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_b, i64 0, i64 %next44
  %v42.1 = load double, double addrspace(3)* %p41.1, align 8
  %fadd43.1 = fadd double %fadd43, %v42.1
  %next44.1 = or i64 %i3459, 2
  %p37.2 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_a, i64 0, i64 %next44.1
  %v38.2 = load double, double addrspace(3)* %p37.2, align 8
  %fadd39.2 = fadd double %fadd39.1, %v38.2
  %p41.2 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_b, i64 0, i64 %next44.1
  %v42.2 = load double, double addrspace(3)* %p41.2, align 8
  %fadd43.2 = fadd double %fadd43.1, %v42.2
  %next44.2 = or i64 %i3459, 3
  %p37.3 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_a, i64 0, i64 %next44.2
  %v38.3 = load double, double addrspace(3)* %p37.3, align 8
  %fadd39.3 = fadd double %fadd39.2, %v38.3
  %p41.3 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_b, i64 0, i64 %next44.2
  %v42.3 = load double, double addrspace(3)* %p41.3, align 8
  %fadd43.3 = fadd double %fadd43.2, %v42.3
  %next44.3 = or i64 %i3459, 4
  %p37.4 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_a, i64 0, i64 %next44.3
  %v38.4 = load double, double addrspace(3)* %p37.4, align 8
  %fadd39.4 = fadd double %fadd39.3, %v38.4
  %p41.4 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_b, i64 0, i64 %next44.3
  %v42.4 = load double, double addrspace(3)* %p41.4, align 8
  %fadd43.4 = fadd double %fadd43.3, %v42.4
  %next44.4 = or i64 %i3459, 5
  %p37.5 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_a, i64 0, i64 %next44.4
  %v38.5 = load double, double addrspace(3)* %p37.5, align 8
  %fadd39.5 = fadd double %fadd39.4, %v38.5
  %p41.5 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_b, i64 0, i64 %next44.4
  %v42.5 = load double, double addrspace(3)* %p41.5, align 8
  %fadd43.5 = fadd double %fadd43.4, %v42.5
  %next44.5 = or i64 %i3459, 6
  %p37.6 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_a, i64 0, i64 %next44.5
  %v38.6 = load double, double addrspace(3)* %p37.6, align 8
  %fadd39.6 = fadd double %fadd39.5, %v38.6
  %p41.6 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_b, i64 0, i64 %next44.5
  %v42.6 = load double, double addrspace(3)* %p41.6, align 8
  %fadd43.6 = fadd double %fadd43.5, %v42.6
  %next44.6 = or i64 %i3459, 7
  %p37.7 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_a, i64 0, i64 %next44.6
  %v38.7 = load double, double addrspace(3)* %p37.7, align 8
  %fadd39.7 = fadd double %fadd39.6, %v38.7
  %p41.7 = getelementptr inbounds [256 x double], [256 x double] addrspace(3)* @syncbn_loss_sum.partial_b, i64 0, i64 %next44.6
  %v42.7 = load double, double addrspace(3)* %p41.7, align 8
  %fadd43.7 = fadd double %fadd43.6, %v42.7
  %next44.7 = add nuw nsw i64 %i3459, 8
  %exitcond.not.7 = icmp eq i64 %next44.7, 256
  br i1 %exitcond.not.7, label %done33, label %body32

done33:                                           ; preds = %body32
  %cmp47 = icmp eq i64 %reduction, 2
  %fdiv = select i1 %cmp47, double %fadd43.7, double 1.000000e+00
  %sel = fdiv double %fadd39.7, %fdiv
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

; Function Attrs: convergent nounwind
declare void @llvm.nvvm.barrier0() #2

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { convergent nounwind }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, i64, i64, float addrspace(1)*)* @syncbn_loss_sum, !"kernel", i32 1}
