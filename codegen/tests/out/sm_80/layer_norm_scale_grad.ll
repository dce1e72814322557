; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_layer_norm_scale_grad(float addrspace(1)* nocapture readonly %dy, float addrspace(1)* nocapture readonly %x, i64 %len, i64 %rows, double %epsilon, float addrspace(1)* nocapture writeonly %d_scale) local_unnamed_addr #0 {
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
  %go67 = icmp slt i64 %add, %len
  br i1 %go67, label %loop8.preheader.lr.ph, label %done

loop8.preheader.lr.ph:                            ; preds = %entry
  %go1263 = icmp sgt i64 %rows, 0
  %i2f = sitofp i64 %len to double
  %go1956 = icmp sgt i64 %len, 0
  %0 = add i64 %len, -1
  %xtraiter = and i64 %len, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %len, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %xtraiter73 = and i64 %len, 3
  %2 = icmp ult i64 %0, 3
  %unroll_iter77 = and i64 %len, -4
  %lcmp.mod75.not = icmp eq i64 %xtraiter73, 0
  br label %loop8.preheader

loop8.preheader:                                  ; preds = %loop8.preheader.lr.ph, %done10
  %i68 = phi i64 [ %add, %loop8.preheader.lr.ph ], [ %next55, %done10 ]
  br i1 %go1263, label %body9, label %done10

done:                                             ; preds = %done10, %entry
  ret void

body9:                                            ; preds = %loop8.preheader, %done25
  %i1165 = phi i64 [ %next52, %done25 ], [ 0, %loop8.preheader ]
  %var.064 = phi double [ %fadd51, %done25 ], [ 0.000000e+00, %loop8.preheader ]
  %mul13 = mul i64 %i1165, %len
  br i1 %go1956, label %body16.preheader, label %done17

body16.preheader:                                 ; preds = %body9
  br i1 %1, label %done17.loopexit.unr-lcssa, label %body16

done10:                                           ; preds = %done25, %loop8.preheader
  %var.0.lcssa = phi double [ 0.000000e+00, %loop8.preheader ], [ %fadd51, %done25 ]
  %trunc = fptrunc double %var.0.lcssa to float
  %p54 = getelementptr inbounds float, float addrspace(1)* %d_scale, i64 %i68
  store float %trunc, float addrspace(1)* %p54, align 4
  %next55 = add i64 %i68, %mul7
  %go = icmp slt i64 %next55, %len
  br i1 %go, label %loop8.preheader, label %done

body16:                                           ; preds = %body16.preheader, %body16
  %i1858 = phi i64 [ %next.7, %body16 ], [ 0, %body16.preheader ]
  %var14.057 = phi double [ %fadd.7, %body16 ], [ 0.000000e+00, %body16.preheader ]
  %niter = phi i64 [ %niter.next.7, %body16 ], [ 0, %body16.preheader ]
  %add20 = add i64 %i1858, %mul13
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %add20
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %fadd = fadd double %var14.057, %ext
  %next = or i64 %i1858, 1
  %add20.1 = add i64 %next, %mul13
  %p.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add20.1
  %v.1 = load float, float addrspace(1)* %p.1, align 4
  %ext.1 = fpext float %v.1 to double
  %fadd.1 = fadd double %fadd, %ext.1
  %next.1 = or i64 %i1858, 2
  %add20.2 = add i64 %next.1, %mul13
  %p.2 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add20.2
  %v.2 = load float, float addrspace(1)* %p.2, align 4
  %ext.2 = fpext float %v.2 to double
  %fadd.2 = fadd double %fadd.1, %ext.2
  %next.2 = or i64 %i1858, 3
  %add20.3 = add i64 %next.2, %mul13
  %p.3 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add20.3
  %v.3 = load float, float addrspace(1)* %p.3, align 4
  %ext.3 = fpext float %v.3 to double
  %fadd.3 = fadd double %fadd.2, %ext.3
  %next.3 = or i64 %i1858, 4
  %add20.4 = add i64 %next.3, %mul13
  %p.4 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add20.4
  %v.4 = load float, float addrspace(1)* %p.4, align 4
  %ext.4 = fpext float %v.4 to double
  %fadd.4 = fadd double %fadd.3, %ext.4
  %next.4 = or i64 %i1858, 5
  %add20.5 = add i64 %next.4, %mul13
  %p.5 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add20.5
  %v.5 = load float, float addrspace(1)* %p.5, align 4
  %ext.5 = fpext float %v.5 to double
  %fadd.5 = fadd double %fadd.4, %ext.5
  %next.5 = or i64 %i1858, 6
  %add20.6 = add i64 %next.5, %mul13
  %p.6 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add20.6
  %v.6 = load float, float addrspace(1)* %p.6, align 4
  %ext.6 = fpext float %v.6 to double
  %fadd.6 = fadd double %fadd.5, %ext.6
  %next.6 = or i64 %i1858, 7
  %add20.7 = add i64 %next.6, %mul13
  %p.7 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add20.7
  %v.7 = load float, float addrspace(1)* %p.7, align 4
  %ext.7 = fpext float %v.7 to double
  %fadd.7 = fadd double %fadd.6, %ext.7
  %next.7 = add nuw nsw i64 %i1858, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %done17.loopexit.unr-lcssa, label %body16

done17.loopexit.unr-lcssa:                        ; preds = %body16, %body16.preheader
  %fadd.lcssa.ph = phi double [ undef, %body16.preheader ], [ %fadd.7, %body16 ]
  %i1858.unr = phi i64 [ 0, %body16.preheader ], [ %next.7, %body16 ]
  %var14.057.unr = phi double [ 0.000000e+00, %body16.preheader ], [ %fadd.7, %body16 ]
  br i1 %lcmp.mod.not, label %done17, label %body16.epil

body16.epil:                                      ; preds = %done17.loopexit.unr-lcssa, %body16.epil
  %i1858.epil = phi i64 [ %next.epil, %body16.epil ], [ %i1858.unr, %done17.loopexit.unr-lcssa ]
  %var14.057.epil = phi double [ %fadd.epil, %body16.epil ], [ %var14.057.unr, %done17.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body16.epil ], [ 0, %done17.loopexit.unr-lcssa ]
  %add20.epil = add i64 %i1858.epil, %mul13
  %p.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add20.epil
  %v.epil = load float, float addrspace(1)* %p.epil, align 4
  %ext.epil = fpext float %v.epil to double
  %fadd.epil = fadd double %var14.057.epil, %ext.epil
  %next.epil = add nuw nsw i64 %i1858.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done17, label %body16.epil, !llvm.loop !1

done17:                                           ; preds = %done17.loopexit.unr-lcssa, %body16.epil, %body9
  %var14.0.lcssa = phi double [ 0.000000e+00, %body9 ], [ %fadd.lcssa.ph, %done17.loopexit.unr-lcssa ], [ %fadd.epil, %body16.epil ]
  %fdiv = fdiv double %var14.0.lcssa, %i2f
  br i1 %go1956, label %body24.preheader, label %done25

body24.preheader:                                 ; preds = %done17
  br i1 %2, label %done25.loopexit.unr-lcssa, label %body24

body24:                                           ; preds = %body24.preheader, %body24
  %i2661 = phi i64 [ %next34.3, %body24 ], [ 0, %body24.preheader ]
  %var22.060 = phi double [ %fadd33.3, %body24 ], [ 0.000000e+00, %body24.preheader ]
  %niter78 = phi i64 [ %niter78.next.3, %body24 ], [ 0, %body24.preheader ]
  %add29 = add i64 %i2661, %mul13
  %p30 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add29
  %v31 = load float, float addrspace(1)* %p30, align 4
  %ext32 = fpext float %v31 to double
  %fsub = fsub double %ext32, %fdiv
  %fmul = fmul double %fsub, %fsub
  %fadd33 = fadd double %var22.060, %fmul
  %next34 = or i64 %i2661, 1
  %add29.1 = add i64 %next34, %mul13
  %p30.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add29.1
  %v31.1 = load float, float addrspace(1)* %p30.1, align 4
  %ext32.1 = fpext float %v31.1 to double
  %fsub.1 = fsub double %ext32.1, %fdiv
  %fmul.1 = fmul double %fsub.1, %fsub.1
  %fadd33.1 = fadd double %fadd33, %fmul.1
  %next34.1 = or i64 %i2661, 2
  %add29.2 = add i64 %next34.1, %mul13
  %p30.2 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add29.2
  %v31.2 = load float, float addrspace(1)* %p30.2, align 4
  %ext32.2 = fpext float %v31.2 to double
  %fsub.2 = fsub double %ext32.2, %fdiv
  %fmul.2 = fmul double %fsub.2, %fsub.2
  %fadd33.2 = fadd double %fadd33.1, %fmul.2
  %next34.2 = or i64 %i2661, 3
  %add29.3 = add i64 %next34.2, %mul13
  %p30.3 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add29.3
  %v31.3 = load float, float addrspace(1)* %p30.3, align 4
  %ext32.3 = fpext float %v31.3 to double
  %fsub.3 = fsub double %ext32.3, %fdiv
  %fmul.3 = fmul double %fsub.3, %fsub.3
  %fadd33.3 = fadd double %fadd33.2, %fmul.3
  %next34.3 = add nuw nsw i64 %i2661, 4
  %niter78.next.3 = add i64 %niter78, 4
  %niter78.ncmp.3 = icmp eq i64 %niter78.next.3, %unroll_iter77
  br i1 %niter78.ncmp.3, label %done25.loopexit.unr-lcssa, label %body24

done25.loopexit.unr-lcssa:                        ; preds = %body24, %body24.preheader
  %fadd33.lcssa.ph = phi double [ undef, %body24.preheader ], [ %fadd33.3, %body24 ]
  %i2661.unr = phi i64 [ 0, %body24.preheader ], [ %next34.3, %body24 ]
  %var22.060.unr = phi double [ 0.000000e+00, %body24.preheader ], [ %fadd33.3, %body24 ]
  br i1 %lcmp.mod75.not, label %done25, label %body24.epil

body24.epil:                                      ; preds = %done25.loopexit.unr-lcssa, %body24.epil
  %i2661.epil = phi i64 [ %next34.epil, %body24.epil ], [ %i2661.unr, %done25.loopexit.unr-lcssa ]
  %var22.060.epil = phi double [ %fadd33.epil, %body24.epil ], [ %var22.060.unr, %done25.loopexit.unr-lcssa ]
  %epil.iter74 = phi i64 [ %epil.iter74.next, %body24.epil ], [ 0, %done25.loopexit.unr-lcssa ]
  %add29.epil = add i64 %i2661.epil, %mul13
  %p30.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add29.epil
  %v31.epil = load float, float addrspace(1)* %p30.epil, align 4
  %ext32.epil = fpext float %v31.epil to double
  %fsub.epil = fsub double %ext32.epil, %fdiv
  %fmul.epil = fmul double %fsub.epil, %fsub.epil
  %fadd33.epil = fadd double %var22.060.epil, %fmul.epil
  %next34.epil = add nuw nsw i64 %i2661.epil, 1
  %epil.iter74.next = add i64 %epil.iter74, 1
  %epil.iter74.cmp.not = icmp eq i64 %epil.iter74.next, %xtraiter73
  br i1 %epil.iter74.cmp.not, label %done25, label %body24.epil, !llvm.loop !3

done25:                                           ; preds = %done25.loopexit.unr-lcssa, %body24.epil, %done17
  %var22.0.lcssa = phi double [ 0.000000e+00, %done17 ], [ %fadd33.lcssa.ph, %done25.loopexit.unr-lcssa ], [ %fadd33.epil, %body24.epil ]
  %fdiv36 = fdiv double %var22.0.lcssa, %i2f
  %fadd37 = fadd double %fdiv36, %epsilon
  %call = tail call double @llvm.sqrt.f64(double %fadd37)
  %fdiv38 = fdiv double 1.000000e+00, %call
  %add39 = add i64 %mul13, %i68
  %p40 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add39
  %v41 = load float, float addrspace(1)* %p40, align 4
  %ext42 = fpext float %v41 to double
  %p44 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add39
  %v45 = load float, float addrspace(1)* %p44, align 4
  %ext46 = fpext float %v45 to double
  %fsub47 = fsub double %ext46, %fdiv
  %fmul48 = fmul double %fsub47, %ext42
  %fmul49 = fmul double %fdiv38, %fmul48
  %fadd51 = fadd double %var.064, %fmul49
  %next52 = add nuw nsw i64 %i1165, 1
  %exitcond71.not = icmp eq i64 %next52, %rows
  br i1 %exitcond71.not, label %done10, label %body9
}

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.ntid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.nctaid.x() #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sqrt.f64(double) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, i64, double, float addrspace(1)*)* @syncbn_layer_norm_scale_grad, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !2}
