; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_eval_grad_scale(float addrspace(1)* nocapture readonly %dy, float addrspace(1)* nocapture readonly %x, float addrspace(1)* nocapture readonly %mean, float addrspace(1)* nocapture readonly %var, i64 %n, i64 %c, i64 %s, double %epsilon, float addrspace(1)* nocapture writeonly %d_scale) local_unnamed_addr #0 {
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
  %go49 = icmp slt i64 %add, %c
  br i1 %go49, label %loop9.preheader.lr.ph, label %done

loop9.preheader.lr.ph:                            ; preds = %entry
  %go1345 = icmp sgt i64 %n, 0
  %go2242 = icmp sgt i64 %s, 0
  %0 = add i64 %s, -1
  %xtraiter = and i64 %s, 3
  %1 = icmp ult i64 %0, 3
  %unroll_iter = and i64 %s, -4
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %loop9.preheader

loop9.preheader:                                  ; preds = %loop9.preheader.lr.ph, %done11
  %i50 = phi i64 [ %add, %loop9.preheader.lr.ph ], [ %next41, %done11 ]
  br i1 %go1345, label %body10.lr.ph, label %done11

body10.lr.ph:                                     ; preds = %loop9.preheader
  %p = getelementptr inbounds float, float addrspace(1)* %mean, i64 %i50
  br label %body10

done:                                             ; preds = %done11, %entry
  ret void

body10:                                           ; preds = %body10.lr.ph, %done20
  %i1247 = phi i64 [ 0, %body10.lr.ph ], [ %next33, %done20 ]
  %var8.046 = phi double [ 0.000000e+00, %body10.lr.ph ], [ %fadd32, %done20 ]
  %mul14 = mul i64 %i1247, %c
  %add15 = add i64 %mul14, %i50
  %mul16 = mul i64 %add15, %s
  br i1 %go2242, label %body19.lr.ph, label %done20

body19.lr.ph:                                     ; preds = %body10
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  br i1 %1, label %done20.loopexit.unr-lcssa, label %body19

done11:                                           ; preds = %done20, %loop9.preheader
  %var8.0.lcssa = phi double [ 0.000000e+00, %loop9.preheader ], [ %fadd32, %done20 ]
  %p35 = getelementptr inbounds float, float addrspace(1)* %var, i64 %i50
  %v36 = load float, float addrspace(1)* %p35, align 4
  %ext37 = fpext float %v36 to double
  %fadd38 = fadd double %ext37, %epsilon
  %call = tail call double @llvm.sqrt.f64(double %fadd38)
  %fdiv = fdiv double 1.000000e+00, %call
  %fmul39 = fmul double %var8.0.lcssa, %fdiv
  %trunc = fptrunc double %fmul39 to float
  %p40 = getelementptr inbounds float, float addrspace(1)* %d_scale, i64 %i50
  store float %trunc, float addrspace(1)* %p40, align 4
  %next41 = add i64 %i50, %mul7
  %go = icmp slt i64 %next41, %c
  br i1 %go, label %loop9.preheader, label %done

body19:                                           ; preds = %body19.lr.ph, %body19
  %i2144 = phi i64 [ %next.3, %body19 ], [ 0, %body19.lr.ph ]
  %var17.043 = phi double [ %fadd.3, %body19 ], [ 0.000000e+00, %body19.lr.ph ]
  %niter = phi i64 [ %niter.next.3, %body19 ], [ 0, %body19.lr.ph ]
  %add23 = add i64 %i2144, %mul16
  %p24 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23
  %v25 = load float, float addrspace(1)* %p24, align 4
  %ext26 = fpext float %v25 to double
  %fsub = fsub double %ext26, %ext
  %p27 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add23
  %v28 = load float, float addrspace(1)* %p27, align 4
  %ext29 = fpext float %v28 to double
  %fmul = fmul double %fsub, %ext29
  %fadd = fadd double %var17.043, %fmul
  %next = or i64 %i2144, 1
  %add23.1 = add i64 %next, %mul16
  %p24.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23.1
  %v25.1 = load float, float addrspace(1)* %p24.1, align 4
  %ext26.1 = fpext float %v25.1 to double
  %fsub.1 = fsub double %ext26.1, %ext
  %p27.1 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add23.1
  %v28.1 = load float, float addrspace(1)* %p27.1, align 4
  %ext29.1 = fpext float %v28.1 to double
  %fmul.1 = fmul double %fsub.1, %ext29.1
  %fadd.1 = fadd double %fadd, %fmul.1
  %next.1 = or i64 %i2144, 2
  %add23.2 = add i64 %next.1, %mul16
  %p24.2 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23.2
  %v25.2 = load float, float addrspace(1)* %p24.2, align 4
  %ext26.2 = fpext float %v25.2 to double
  %fsub.2 = fsub double %ext26.2, %ext
  %p27.2 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add23.2
  %v28.2 = load float, float addrspace(1)* %p27.2, align 4
  %ext29.2 = fpext float %v28.2 to double
  %fmul.2 = fmul double %fsub.2, %ext29.2
  %fadd.2 = fadd double %fadd.1, %fmul.2
  %next.2 = or i64 %i2144, 3
  %add23.3 = add i64 %next.2, %mul16
  %p24.3 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23.3
  %v25.3 = load float, float addrspace(1)* %p24.3, align 4
  %ext26.3 = fpext float %v25.3 to double
  %fsub.3 = fsub double %ext26.3, %ext
  %p27.3 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add23.3
  %v28.3 = load float, float addrspace(1)* %p27.3, align 4
  %ext29.3 = fpext float %v28.3 to double
  %fmul.3 = fmul double %fsub.3, %ext29.3
  %fadd.3 = fadd double %fadd.2, %fmul.3
  %next.3 = add nuw nsw i64 %i2144, 4
  %niter.next.3 = add i64 %niter, 4
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter
  br i1 %niter.ncmp.3, label %done20.loopexit.unr-lcssa, label %body19

done20.loopexit.unr-lcssa:                        ; preds = %body19, %body19.lr.ph
  %fadd.lcssa.ph = phi double [ undef, %body19.lr.ph ], [ %fadd.3, %body19 ]
  %i2144.unr = phi i64 [ 0, %body19.lr.ph ], [ %next.3, %body19 ]
  %var17.043.unr = phi double [ 0.000000e+00, %body19.lr.ph ], [ %fadd.3, %body19 ]
  br i1 %lcmp.mod.not, label %done20, label %body19.epil

body19.epil:                                      ; preds = %done20.loopexit.unr-lcssa, %body19.epil
  %i2144.epil = phi i64 [ %next.epil, %body19.epil ], [ %i2144.unr, %done20.loopexit.unr-lcssa ]
  %var17.043.epil = phi double [ %fadd.epil, %body19.epil ], [ %var17.043.unr, %done20.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body19.epil ], [ 0, %done20.loopexit.unr-lcssa ]
  %add23.epil = add i64 %i2144.epil, %mul16
  %p24.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add23.epil
  %v25.epil = load float, float addrspace(1)* %p24.epil, align 4
  %ext26.epil = fpext float %v25.epil to double
  %fsub.epil = fsub double %ext26.epil, %ext
  %p27.epil = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add23.epil
  %v28.epil = load float, float addrspace(1)* %p27.epil, align 4
  %ext29.epil = fpext float %v28.epil to double
  %fmul.epil = fmul double %fsub.epil, %ext29.epil
  %fadd.epil = fadd double %var17.043.epil, %fmul.epil
  %next.epil = add nuw nsw i64 %i2144.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %done20, label %body19.epil, !llvm.loop !1

done20:                                           ; preds = %done20.loopexit.unr-lcssa, %body19.epil, %body10
  %var17.0.lcssa = phi double [ 0.000000e+00, %body10 ], [ %fadd.lcssa.ph, %done20.loopexit.unr-lcssa ], [ %fadd.epil, %body19.epil ]
  %fadd32 = fadd double %var8.046, %var17.0.lcssa
  %next33 = add nuw nsw i64 %i1247, 1
  %exitcond52.not = icmp eq i64 %next33, %n
  br i1 %exitcond52.not, label %done11, label %body10
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, double, float addrspace(1)*)* @syncbn_bn_eval_grad_scale, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
