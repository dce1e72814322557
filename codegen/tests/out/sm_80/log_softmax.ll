; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_log_softmax(float addrspace(1)* nocapture readonly %x, i64 %len, i64 %axis_len, i64 %inner, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %cmp = icmp eq i64 %axis_len, 0
  %sel = select i1 %cmp, i64 1, i64 %axis_len
  %div = udiv i64 %len, %sel
  %sel8 = select i1 %cmp, i64 0, i64 %div
  %go124 = icmp slt i64 %add, %sel8
  br i1 %go124, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul10 = mul i64 %inner, %axis_len
  %go17115 = icmp sgt i64 %axis_len, 0
  %0 = add i64 %axis_len, -1
  %xtraiter = and i64 %axis_len, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %axis_len, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %xtraiter129 = and i64 %axis_len, 3
  %2 = icmp ult i64 %0, 3
  %unroll_iter132 = and i64 %axis_len, -4
  %lcmp.mod131.not = icmp eq i64 %xtraiter129, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %done100
  %i125 = phi i64 [ %add, %body.lr.ph ], [ %next114, %done100 ]
  %i125.frozen = freeze i64 %i125
  %inner.frozen = freeze i64 %inner
  %div9 = udiv i64 %i125.frozen, %inner.frozen
  %3 = mul i64 %div9, %inner.frozen
  %rem.decomposed = sub i64 %i125.frozen, %3
  %mul11 = mul i64 %mul10, %div9
  %add12 = add i64 %mul11, %rem.decomposed
  br i1 %go17115, label %body14.preheader, label %loop22.preheader

body14.preheader:                                 ; preds = %body
  br i1 %1, label %loop22.preheader.loopexit.unr-lcssa, label %body14

done:                                             ; preds = %done100, %entry
  ret void

loop22.preheader.loopexit.unr-lcssa:              ; preds = %body14, %body14.preheader
  %call.lcssa.ph = phi float [ undef, %body14.preheader ], [ %call.7, %body14 ]
  %i16117.unr = phi i64 [ 0, %body14.preheader ], [ %next.7, %body14 ]
  %var.0116.unr = phi float [ 0xFFF0000000000000, %body14.preheader ], [ %call.7, %body14 ]
  br i1 %lcmp.mod.not, label %loop22.preheader, label %body14.epil

body14.epil:                                      ; preds = %loop22.preheader.loopexit.unr-lcssa, %body14.epil
  %i16117.epil = phi i64 [ %next.epil, %body14.epil ], [ %i16117.unr, %loop22.preheader.loopexit.unr-lcssa ]
  %var.0116.epil = phi float [ %call.epil, %body14.epil ], [ %var.0116.unr, %loop22.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body14.epil ], [ 0, %loop22.preheader.loopexit.unr-lcssa ]
  %mul18.epil = mul i64 %i16117.epil, %inner
  %add19.epil = add i64 %mul18.epil, %add12
  %p.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.epil
  %v.epil = load float, float addrspace(1)* %p.epil, align 4
  %call.epil = tail call float @llvm.maxnum.f32(float %var.0116.epil, float %v.epil)
  %next.epil = add nuw nsw i64 %i16117.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %loop22.preheader, label %body14.epil, !llvm.loop !1

loop22.preheader:                                 ; preds = %loop22.preheader.loopexit.unr-lcssa, %body14.epil, %body
  %var.0.lcssa = phi float [ 0xFFF0000000000000, %body ], [ %call.lcssa.ph, %loop22.preheader.loopexit.unr-lcssa ], [ %call.epil, %body14.epil ]
  br i1 %go17115, label %body23, label %done24

body14:                                           ; preds = %body14.preheader, %body14
  %i16117 = phi i64 [ %next.7, %body14 ], [ 0, %body14.preheader ]
  %var.0116 = phi float [ %call.7, %body14 ], [ 0xFFF0000000000000, %body14.preheader ]
  %niter = phi i64 [ %niter.next.7, %body14 ], [ 0, %body14.preheader ]
  %mul18 = mul i64 %i16117, %inner
  %add19 = add i64 %mul18, %add12
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19
  %v = load float, float addrspace(1)* %p, align 4
  %call = tail call float @llvm.maxnum.f32(float %var.0116, float %v)
  %next = or i64 %i16117, 1
  %mul18.1 = mul i64 %next, %inner
  %add19.1 = add i64 %mul18.1, %add12
  %p.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.1
  %v.1 = load float, float addrspace(1)* %p.1, align 4
  %call.1 = tail call float @llvm.maxnum.f32(float %call, float %v.1)
  %next.1 = or i64 %i16117, 2
  %mul18.2 = mul i64 %next.1, %inner
  %add19.2 = add i64 %mul18.2, %add12
  %p.2 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.2
  %v.2 = load float, float addrspace(1)* %p.2, align 4
  %call.2 = tail call float @llvm.maxnum.f32(float %call.1, float %v.2)
  %next.2 = or i64 %i16117, 3
  %mul18.3 = mul i64 %next.2, %inner
  %add19.3 = add i64 %mul18.3, %add12
  %p.3 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.3
  %v.3 = load float, float addrspace(1)* %p.3, align 4
  %call.3 = tail call float @llvm.maxnum.f32(float %call.2, float %v.3)
  %next.3 = or i64 %i16117, 4
  %mul18.4 = mul i64 %next.3, %inner
  %add19.4 = add i64 %mul18.4, %add12
  %p.4 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.4
  %v.4 = load float, float addrspace(1)* %p.4, align 4
  %call.4 = tail call float @llvm.maxnum.f32(float %call.3, float %v.4)
  %next.4 = or i64 %i16117, 5
  %mul18.5 = mul i64 %next.4, %inner
  %add19.5 = add i64 %mul18.5, %add12
  %p.5 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.5
  %v.5 = load float, float addrspace(1)* %p.5, align 4
  %call.5 = tail call float @llvm.maxnum.f32(float %call.4, float %v.5)
  %next.5 = or i64 %i16117, 6
  %mul18.6 = mul i64 %next.5, %inner
  %add19.6 = add i64 %mul18.6, %add12
  %p.6 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.6
  %v.6 = load float, float addrspace(1)* %p.6, align 4
  %call.6 = tail call float @llvm.maxnum.f32(float %call.5, float %v.6)
  %next.6 = or i64 %i16117, 7
  %mul18.7 = mul i64 %next.6, %inner
  %add19.7 = add i64 %mul18.7, %add12
  %p.7 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.7
  %v.7 = load float, float addrspace(1)* %p.7, align 4
  %call.7 = tail call float @llvm.maxnum.f32(float %call.6, float %v.7)
  %next.7 = add nuw nsw i64 %i16117, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %loop22.preheader.loopexit.unr-lcssa, label %body14

body23:                                           ; preds = %loop22.preheader, %body23
  %i25120 = phi i64 [ %next56, %body23 ], [ 0, %loop22.preheader ]
  %var21.0119 = phi double [ %fadd55, %body23 ], [ 0.000000e+00, %loop22.preheader ]
  %mul28 = mul i64 %i25120, %inner
  %add29 = add i64 %mul28, %add12
  %p30 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add29
  %v31 = load float, float addrspace(1)* %p30, align 4
  %fsub = fsub float %v31, %var.0.lcssa
  %call32 = tail call float @llvm.maxnum.f32(float %fsub, float -8.700000e+01)
  %call33 = tail call float @llvm.minnum.f32(float %call32, float 8.800000e+01)
  %fmul = fmul float %call33, 0x3FF7154760000000
  %fadd = fadd float %fmul, 5.000000e-01
  %call34 = tail call float @llvm.floor.f32(float %fadd)
  %fmul35 = fmul float %call34, 0x3FE6300000000000
  %fsub36 = fsub float %call33, %fmul35
  %fmul37 = fmul float %call34, 0x3F2BD01060000000
  %4 = fadd float %fsub36, %fmul37
  %fmul39 = fmul float %4, 0x3F2A0D2CE0000000
  %fadd40 = fadd float %fmul39, 0x3F56E879C0000000
  %fmul41 = fmul float %4, %fadd40
  %fadd42 = fadd float %fmul41, 0x3F81112100000000
  %fmul43 = fmul float %4, %fadd42
  %fadd44 = fadd float %fmul43, 0x3FA5553820000000
  %fmul45 = fmul float %4, %fadd44
  %fadd46 = fadd float %fmul45, 0x3FC5555540000000
  %fmul47 = fmul float %4, %fadd46
  %fadd48 = fadd float %fmul47, 5.000000e-01
  %fmul49 = fmul float %4, %4
  %fmul50 = fmul float %fmul49, %fadd48
  %fadd51 = fadd float %4, %fmul50
  %fadd52 = fadd float %fadd51, 1.000000e+00
  %n = fptosi float %call34 to i32
  %b = shl i32 %n, 23
  %sh = add i32 %b, 1065353216
  %pow2 = bitcast i32 %sh to float
  %fmul53 = fmul float %fadd52, %pow2
  %fcmp = fcmp uno float %fsub, 0.000000e+00
  %sel54 = select i1 %fcmp, float %fsub, float %fmul53
  %ext = fpext float %sel54 to double
  %fadd55 = fadd double %var21.0119, %ext
  %next56 = add nuw nsw i64 %i25120, 1
  %exitcond126.not = icmp eq i64 %next56, %axis_len
  br i1 %exitcond126.not, label %done24, label %body23

done24:                                           ; preds = %body23, %loop22.preheader
  %var21.0.lcssa = phi double [ 0.000000e+00, %loop22.preheader ], [ %fadd55, %body23 ]
  %bits = bitcast double %var21.0.lcssa to i64
  %exp = lshr i64 %bits, 52
  %e = and i64 %exp, 2047
  %mant = and i64 %bits, 4503599627370495
  %m = or i64 %mant, 4607182418800017408
  %m58 = bitcast i64 %m to double
  %fcmp59 = fcmp ogt double %m58, 0x3FF6A09E667F3BCD
  %fmul60 = fmul double %m58, 5.000000e-01
  %sel61 = select i1 %fcmp59, double %fmul60, double %m58
  %sub = add nsw i64 %e, -1023
  %i2f = sitofp i64 %sub to double
  %fadd62 = fadd double %i2f, 1.000000e+00
  %sel63 = select i1 %fcmp59, double %fadd62, double %i2f
  %fsub64 = fadd double %sel61, -1.000000e+00
  %fadd65 = fadd double %sel61, 1.000000e+00
  %fdiv = fdiv double %fsub64, %fadd65
  %fmul66 = fmul double %fdiv, %fdiv
  %fmul67 = fmul double %fmul66, 0x3FB8618618618618
  %fadd68 = fadd double %fmul67, 0x3FBAF286BCA1AF28
  %fmul69 = fmul double %fmul66, %fadd68
  %fadd70 = fadd double %fmul69, 0x3FBE1E1E1E1E1E1E
  %fmul71 = fmul double %fmul66, %fadd70
  %fadd72 = fadd double %fmul71, 0x3FC1111111111111
  %fmul73 = fmul double %fmul66, %fadd72
  %fadd74 = fadd double %fmul73, 0x3FC3B13B13B13B14
  %fmul75 = fmul double %fmul66, %fadd74
  %fadd76 = fadd double %fmul75, 0x3FC745D1745D1746
  %fmul77 = fmul double %fmul66, %fadd76
  %fadd78 = fadd double %fmul77, 0x3FCC71C71C71C71C
  %fmul79 = fmul double %fmul66, %fadd78
  %fadd80 = fadd double %fmul79, 0x3FD2492492492492
  %fmul81 = fmul double %fmul66, %fadd80
  %fadd82 = fadd double %fmul81, 4.000000e-01
  %fmul83 = fmul double %fmul66, %fadd82
  %fadd84 = fadd double %fmul83, 0x3FE5555555555555
  %fmul85 = fmul double %fmul66, %fadd84
  %fadd86 = fadd double %fmul85, 2.000000e+00
  %fmul87 = fmul double %fdiv, %fadd86
  %fmul88 = fmul double %sel63, 0x3FE62E42FEE00000
  %fmul89 = fmul double %sel63, 0x3DEA39EF35793C76
  %fadd90 = fadd double %fmul89, %fmul87
  %fadd91 = fadd double %fmul88, %fadd90
  %fcmp92 = fcmp oeq double %var21.0.lcssa, 0x7FF0000000000000
  %sel93 = select i1 %fcmp92, double %var21.0.lcssa, double %fadd91
  %fcmp94 = fcmp oeq double %var21.0.lcssa, 0.000000e+00
  %sel95 = select i1 %fcmp94, double 0xFFF0000000000000, double %sel93
  %fcmp96 = fcmp oge double %var21.0.lcssa, 0.000000e+00
  %sel97 = select i1 %fcmp96, double %sel95, double 0x7FF8000000000000
  br i1 %go17115, label %body99.preheader, label %done100

body99.preheader:                                 ; preds = %done24
  br i1 %2, label %done100.loopexit.unr-lcssa, label %body99

body99:                                           ; preds = %body99.preheader, %body99
  %i101123 = phi i64 [ %next113.3, %body99 ], [ 0, %body99.preheader ]
  %niter133 = phi i64 [ %niter133.next.3, %body99 ], [ 0, %body99.preheader ]
  %mul103 = mul i64 %i101123, %inner
  %add104 = add i64 %mul103, %add12
  %p107 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add104
  %v108 = load float, float addrspace(1)* %p107, align 4
  %fsub109 = fsub float %v108, %var.0.lcssa
  %ext110 = fpext float %fsub109 to double
  %fsub111 = fsub double %ext110, %sel97
  %trunc = fptrunc double %fsub111 to float
  %p112 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add104
  store float %trunc, float addrspace(1)* %p112, align 4
  %next113 = or i64 %i101123, 1
  %mul103.1 = mul i64 %next113, %inner
  %add104.1 = add i64 %mul103.1, %add12
  %p107.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add104.1
  %v108.1 = load float, float addrspace(1)* %p107.1, align 4
  %fsub109.1 = fsub float %v108.1, %var.0.lcssa
  %ext110.1 = fpext float %fsub109.1 to double
  %fsub111.1 = fsub double %ext110.1, %sel97
  %trunc.1 = fptrunc double %fsub111.1 to float
  %p112.1 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add104.1
  store float %trunc.1, float addrspace(1)* %p112.1, align 4
  %next113.1 = or i64 %i101123, 2
  %mul103.2 = mul i64 %next113.1, %inner
  %add104.2 = add i64 %mul103.2, %add12
  %p107.2 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add104.2
  %v108.2 = load float, float addrspace(1)* %p107.2, align 4
  %fsub109.2 = fsub float %v108.2, %var.0.lcssa
  %ext110.2 = fpext float %fsub109.2 to double
  %fsub111.2 = fsub double %ext110.2, %sel97
  %trunc.2 = fptrunc double %fsub111.2 to float
  %p112.2 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add104.2
  store float %trunc.2, float addrspace(1)* %p112.2, align 4
  %next113.2 = or i64 %i101123, 3
  %mul103.3 = mul i64 %next113.2, %inner
  %add104.3 = add i64 %mul103.3, %add12
  %p107.3 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add104.3
  %v108.3 = load float, float addrspace(1)* %p107.3, align 4
  %fsub109.3 = fsub float %v108.3, %var.0.lcssa
  %ext110.3 = fpext float %fsub109.3 to double
  %fsub111.3 = fsub double %ext110.3, %sel97
  %trunc.3 = fptrunc double %fsub111.3 to float
  %p112.3 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add104.3
  store float %trunc.3, float addrspace(1)* %p112.3, align 4
  %next113.3 = add nuw nsw i64 %i101123, 4
  %niter133.next.3 = add i64 %niter133, 4
  %niter133.ncmp.3 = icmp eq i64 %niter133.next.3, %unroll_iter132
  br i1 %niter133.ncmp.3, label %done100.loopexit.unr-lcssa, label %body99

done100.loopexit.unr-lcssa:                       ; preds = %body99, %body99.preheader
  %i101123.unr = phi i64 [ 0, %body99.preheader ], [ %next113.3, %body99 ]
  br i1 %lcmp.mod131.not, label %done100, label %body99.epil

body99.epil:                                      ; preds = %done100.loopexit.unr-lcssa, %body99.epil
  %i101123.epil = phi i64 [ %next113.epil, %body99.epil ], [ %i101123.unr, %done100.loopexit.unr-lcssa ]
  %epil.iter130 = phi i64 [ %epil.iter130.next, %body99.epil ], [ 0, %done100.loopexit.unr-lcssa ]
  %mul103.epil = mul i64 %i101123.epil, %inner
  %add104.epil = add i64 %mul103.epil, %add12
  %p107.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add104.epil
  %v108.epil = load float, float addrspace(1)* %p107.epil, align 4
  %fsub109.epil = fsub float %v108.epil, %var.0.lcssa
  %ext110.epil = fpext float %fsub109.epil to double
  %fsub111.epil = fsub double %ext110.epil, %sel97
  %trunc.epil = fptrunc double %fsub111.epil to float
  %p112.epil = getelementptr inbounds float, float addrspace(1)* %y, i64 %add104.epil
  store float %trunc.epil, float addrspace(1)* %p112.epil, align 4
  %next113.epil = add nuw nsw i64 %i101123.epil, 1
  %epil.iter130.next = add i64 %epil.iter130, 1
  %epil.iter130.cmp.not = icmp eq i64 %epil.iter130.next, %xtraiter129
  br i1 %epil.iter130.cmp.not, label %done100, label %body99.epil, !llvm.loop !3

done100:                                          ; preds = %done100.loopexit.unr-lcssa, %body99.epil, %done24
  %next114 = add i64 %i125, %mul7
  %go = icmp slt i64 %next114, %sel8
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

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.floor.f32(float) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, i64, i64, i64, float addrspace(1)*)* @syncbn_log_softmax, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !2}
