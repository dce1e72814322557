; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_channel_sum(float addrspace(1)* nocapture readonly %dy, i64 %n, i64 %c, i64 %s, float addrspace(1)* nocapture writeonly %db) local_unnamed_addr #0 {
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
  %go37 = icmp slt i64 %add, %c
  br i1 %go37, label %loop8.preheader.lr.ph, label %done

loop8.preheader.lr.ph:                            ; preds = %entry
  %go1233 = icmp sgt i64 %n, 0
  %go2130 = icmp sgt i64 %s, 0
  %0 = add i64 %s, -1
  %xtraiter = and i64 %s, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %s, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %loop8.preheader

loop8.preheader:                                  ; preds = %loop8.preheader.lr.ph, %done10
  %i38 = phi i64 [ %add, %loop8.preheader.lr.ph ], [ %next29, %done10 ]
  br i1 %go1233, label %body9, label %done10

done:                                             ; preds = %done10, %entry
  ret void

body9:                                            ; preds = %loop8.preheader, %done19
  %i1135 = phi i64 [ %next26, %done19 ], [ 0, %loop8.preheader ]
  %var.034 = phi double [ %fadd25, %done19 ], [ 0.000000e+00, %loop8.preheader ]
  %mul13 = mul i64 %i1135, %c
  %add14 = add i64 %mul13, %i38
  %mul15 = mul i64 %add14, %s
  br i1 %go2130, label %body18.preheader, label %done19

body18.preheader:                                 ; preds = %body9
  br i1 %1, label %done19.loopexit.unr-lcssa, label %body18

done10:                                           ; preds = %done19, %loop8.preheader
  %var.0.lcssa = phi double [ 0.000000e+00, %loop8.preheader ], [ %fadd25, %done19 ]
  %trunc = fptrunc double %var.0.lcssa to float
  %p28 = getelementptr inbounds float, float addrspace(1)* %db, i64 %i38
  store float %trunc, float addrspace(1)* %p28, align 4
  %next29 = add i64 %i38, %mul7
  %go = icmp slt i64 %next29, %c
  br i1 %go, label %loop8.preheader, label %done

body18:                                           ; preds = %body18.preheader, %body18
  %i2032 = phi i64 [ %next.7, %body18 ], [ 0, %body18.preheader ]
  %var16.031 = phi double [ %fadd.7, %body18 ], [ 0.000000e+00, %body18.preheader ]
  %niter = phi i64 [ %niter.next.7, %body18 ], [ 0, %body18.preheader ]
  %add22 = add i64 %i2032, %mul15
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add22
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %fadd = fadd double %var16.031, %ext
  %next = or i64 %i2032, 1
  %add22.1 = add i64 %next, %mul15
  %p.1 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add22.1
  %v.1 = load float, float addrspace(1)* %p.1, align 4
  %ext.1 = fpext float %v.1 to double
  %fadd.1 = fadd double %fadd, %ext.1
  %next.1 = or i64 %i2032, 2
  %add22.2 = add i64 %next.1, %mul15
  %p.2 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add22.2
  %v.2 = load float, float addrspace(1)* %p.2, align 4
  %ext.2 = fpext float %v.2 to double
  %fadd.2 = fadd double %fadd.1, %ext.2
  %next.2 = or i64 %i2032, 3
  %add22.3 = add i64 %next.2, %mul15
  %p.3 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add22.3
  %v.3 = load float, float addrspace(1)* %p.3, align 4
  %ext.3 = fpext float %v.3 to double
  %fadd.3 = fadd double %fadd.2, %ext.3
  %next.3 = or i64 %i2032, 4
  %add22.4 = add i64 %next.3, %mul15
  %p.4 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add22.4
  %v.4 = load float, float addrspace(1)* %p.4, align 4
  %ext.4 = fpext float %v.4 to double
  %fadd.4 = fadd double %fadd.3, %ext.4
  %next.4 = or i64 %i2032, 5
  %add22.5 = add i64 %next.4, %mul15
  %p.5 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add22.5
  %v.5 = load float, float addrspace(1)* %p.5, align 4
  %ext.5 = fpext float %v.5 to double
  %fadd.5 = fadd double %fadd.4, %ext.5
  %next.5 = or i64 %i2032, 6
  %add22.6 = add i64 %next.5, %mul15
  %p.6 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add22.6
  %v.6 = load float, float addrspace(1)* %p.6, align 4
  %ext.6 = fpext float %v.6 to double
  %fadd.6 = fadd double %fadd.5, %ext.6
  %next.6 = or i64 %i2032, 7
  %add22.7 = add i64 %next.6, %mul15
  %p.7 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add22.7
  %v.7 = load float, float addrspace(1)* %p.7, align 4
  %ext.7 = fpext float %v.7 to double
  %fadd.7 = fadd double %fadd.6, %ext.7
  %next.7 = add nuw nsw i64 %i2032, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %done19.loopexit.unr-lcssa, label %body18

done19.loopexit.unr-lcssa:                        ; preds = %body18, %body18.preheader
  %fadd.lcssa.ph = phi double [ undef, %body18.preheader ], [ %fadd.7, %body18 ]
  %i2032.unr = phi i64 [ 0, %body18.preheader ], [ %next.7, %body18 ]
  %var16.031.unr = phi double [ 0.000000e+00, %body18.preheader ], [ %fadd.7, %body18 ]
  br i1 %lcmp.mod.not, label %done19, label %body18.epil

body18.epil:                                      ; preds = %done19.loopexit.unr-lcssa, %body18.epil
  %i2032.epil = phi i64 [ %next.epil, %body18.epil ], [ %i2032.unr, %done19.loopexit.unr-lcssa ]
  %var16.031.epil = phi double [ %fadd.epil, %body18.epil ], [ %var16.031.unr, %done19.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body18.epil ], [ 0, %done19.loopexit.unr-lcssa ]
  %add22.epil = add i64 %i2032.epil, %mul15
  %p.epil = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add22.epil
  %v.epil = load float, float addrspace(1)* %p.epil, align 4
  %ext.epil = fpext float %v.epil to double
  %fadd.epil = fadd double %var16.031.epil, %ext.epil
  %next.epil = add nuw nsw i64 %i2032.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done19, label %body18.epil, !llvm.loop !1

done19:                                           ; preds = %done19.loopexit.unr-lcssa, %body18.epil, %body9
  %var16.0.lcssa = phi double [ 0.000000e+00, %body9 ], [ %fadd.lcssa.ph, %done19.loopexit.unr-lcssa ], [ %fadd.epil, %body18.epil ]
  %fadd25 = fadd double %var.034, %var16.0.lcssa
  %next26 = add nuw nsw i64 %i1135, 1
  %exitcond40.not = icmp eq i64 %next26, %n
  br i1 %exitcond40.not, label %done10, label %body9
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

!0 = !{void (float addrspace(1)*, i64, i64, i64, float addrspace(1)*)* @syncbn_channel_sum, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
