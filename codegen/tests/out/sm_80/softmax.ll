; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_softmax(float addrspace(1)* nocapture readonly %x, i64 %len, i64 %axis_len, i64 %inner, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go113 = icmp slt i64 %add, %sel8
  br i1 %go113, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul10 = mul i64 %inner, %axis_len
  %go17104 = icmp sgt i64 %axis_len, 0
  %0 = add i64 %axis_len, -1
  %xtraiter = and i64 %axis_len, 7
  %1 = icmp ult i64 %0, 7
  %unroll_iter = and i64 %axis_len, -8
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %done60
  %i114 = phi i64 [ %add, %body.lr.ph ], [ %next103, %done60 ]
  %i114.frozen = freeze i64 %i114
  %inner.frozen = freeze i64 %inner
  %div9 = udiv i64 %i114.frozen, %inner.frozen
  %2 = mul i64 %div9, %inner.frozen
  %rem.decomposed = sub i64 %i114.frozen, %2
  %mul11 = mul i64 %mul10, %div9
  %add12 = add i64 %mul11, %rem.decomposed
  br i1 %go17104, label %body14.preheader, label %loop22.preheader

body14.preheader:                                 ; preds = %body
  br i1 %1, label %loop22.preheader.loopexit.unr-lcssa, label %body14

done:                                             ; preds = %done60, %entry
  ret void

loop22.preheader.loopexit.unr-lcssa:              ; preds = %body14, %body14.preheader
  %call.lcssa.ph = phi float [ undef, %body14.preheader ], [ %call.7, %body14 ]
  %i16106.unr = phi i64 [ 0, %body14.preheader ], [ %next.7, %body14 ]
  %var.0105.unr = phi float [ 0xFFF0000000000000, %body14.preheader ], [ %call.7, %body14 ]
  br i1 %lcmp.mod.not, label %loop22.preheader, label %body14.epil

body14.epil:                                      ; preds = %loop22.preheader.loopexit.unr-lcssa, %body14.epil
  %i16106.epil = phi i64 [ %next.epil, %body14.epil ], [ %i16106.unr, %loop22.preheader.loopexit.unr-lcssa ]
  %var.0105.epil = phi float [ %call.epil, %body14.epil ], [ %var.0105.unr, %loop22.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body14.epil ], [ 0, %loop22.preheader.loopexit.unr-lcssa ]
  %mul18.epil = mul i64 %i16106.epil, %inner
  %add19.epil = add i64 %mul18.epil, %add12
  %p.epil = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.epil
  %v.epil = load float, float addrspace(1)* %p.epil, align 4
  %call.epil = tail call float @llvm.maxnum.f32(float %var.0105.epil, float %v.epil)
  %next.epil = add nuw nsw i64 %i16106.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %loop22.preheader, label %body14.epil, !llvm.loop !1

loop22.preheader:                                 ; preds = %loop22.preheader.loopexit.unr-lcssa, %body14.epil, %body
  %var.0.lcssa = phi float [ 0xFFF0000000000000, %body ], [ %call.lcssa.ph, %loop22.preheader.loopexit.unr-lcssa ], [ %call.epil, %body14.epil ]
  br i1 %go17104, label %body23, label %loop58.preheader

body14:                                           ; preds = %body14.preheader, %body14
  %i16106 = phi i64 [ %next.7, %body14 ], [ 0, %body14.preheader ]
  %var.0105 = phi float [ %call.7, %body14 ], [ 0xFFF0000000000000, %body14.preheader ]
  %niter = phi i64 [ %niter.next.7, %body14 ], [ 0, %body14.preheader ]
  %mul18 = mul i64 %i16106, %inner
  %add19 = add i64 %mul18, %add12
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19
  %v = load float, float addrspace(1)* %p, align 4
  %call = tail call float @llvm.maxnum.f32(float %var.0105, float %v)
  %next = or i64 %i16106, 1
  %mul18.1 = mul i64 %next, %inner
  %add19.1 = add i64 %mul18.1, %add12
  %p.1 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.1
  %v.1 = load float, float addrspace(1)* %p.1, align 4
  %call.1 = tail call float @llvm.maxnum.f32(float %call, float %v.1)
  %next.1 = or i64 %i16106, 2
  %mul18.2 = mul i64 %next.1, %inner
  %add19.2 = add i64 %mul18.2, %add12
  %p.2 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.2
  %v.2 = load float, float addrspace(1)* %p.2, align 4
  %call.2 = tail call float @llvm.maxnum.f32(float %call.1, float %v.2)
  %next.2 = or i64 %i16106, 3
  %mul18.3 = mul i64 %next.2, %inner
  %add19.3 = add i64 %mul18.3, %add12
  %p.3 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.3
  %v.3 = load float, float addrspace(1)* %p.3, align 4
  %call.3 = tail call float @llvm.maxnum.f32(float %call.2, float %v.3)
  %next.3 = or i64 %i16106, 4
  %mul18.4 = mul i64 %next.3, %inner
  %add19.4 = add i64 %mul18.4, %add12
  %p.4 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.4
  %v.4 = load float, float addrspace(1)* %p.4, align 4
  %call.4 = tail call float @llvm.maxnum.f32(float %call.3, float %v.4)
  %next.4 = or i64 %i16106, 5
  %mul18.5 = mul i64 %next.4, %inner
  %add19.5 = add i64 %mul18.5, %add12
  %p.5 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.5
  %v.5 = load float, float addrspace(1)* %p.5, align 4
  %call.5 = tail call float @llvm.maxnum.f32(float %call.4, float %v.5)
  %next.5 = or i64 %i16106, 6
  %mul18.6 = mul i64 %next.5, %inner
  %add19.6 = add i64 %mul18.6, %add12
  %p.6 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.6
  %v.6 = load float, float addrspace(1)* %p.6, align 4
  %call.6 = tail call float @llvm.maxnum.f32(float %call.5, float %v.6)
  %next.6 = or i64 %i16106, 7
  %mul18.7 = mul i64 %next.6, %inner
  %add19.7 = add i64 %mul18.7, %add12
  %p.7 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add19.7
  %v.7 = load float, float addrspace(1)* %p.7, align 4
  %call.7 = tail call float @llvm.maxnum.f32(float %call.6, float %v.7)
  %next.7 = add nuw nsw i64 %i16106, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %loop22.preheader.loopexit.unr-lcssa, label %body14

loop58.preheader:                                 ; preds = %body23, %loop22.preheader
  %var21.0.lcssa = phi double [ 0.000000e+00, %loop22.preheader ], [ %fadd55, %body23 ]
  br i1 %go17104, label %body59, label %done60

body23:                                           ; preds = %loop22.preheader, %body23
  %i25109 = phi i64 [ %next56, %body23 ], [ 0, %loop22.preheader ]
  %var21.0108 = phi double [ %fadd55, %body23 ], [ 0.000000e+00, %loop22.preheader ]
  %mul28 = mul i64 %i25109, %inner
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
  %3 = fadd float %fsub36, %fmul37
  %fmul39 = fmul float %3, 0x3F2A0D2CE0000000
  %fadd40 = fadd float %fmul39, 0x3F56E879C0000000
  %fmul41 = fmul float %3, %fadd40
  %fadd42 = fadd float %fmul41, 0x3F81112100000000
  %fmul43 = fmul float %3, %fadd42
  %fadd44 = fadd float %fmul43, 0x3FA5553820000000
  %fmul45 = fmul float %3, %fadd44
  %fadd46 = fadd float %fmul45, 0x3FC5555540000000
  %fmul47 = fmul float %3, %fadd46
  %fadd48 = fadd float %fmul47, 5.000000e-01
  %fmul49 = fmul float %3, %3
  %fmul50 = fmul float %fmul49, %fadd48
  %fadd51 = fadd float %3, %fmul50
  %fadd52 = fadd float %fadd51, 1.000000e+00
  %n = fptosi float %call34 to i32
  %b = shl i32 %n, 23
  %sh = add i32 %b, 1065353216
  %pow2 = bitcast i32 %sh to float
  %fmul53 = fmul float %fadd52, %pow2
  %fcmp = fcmp uno float %fsub, 0.000000e+00
  %sel54 = select i1 %fcmp, float %fsub, float %fmul53
  %ext = fpext float %sel54 to double
  %fadd55 = fadd double %var21.0108, %ext
  %next56 = add nuw nsw i64 %i25109, 1
  %exitcond115.not = icmp eq i64 %next56, %axis_len
  br i1 %exitcond115.not, label %loop58.preheader, label %body23

body59:                                           ; preds = %loop58.preheader, %body59
  %i61112 = phi i64 [ %next102, %body59 ], [ 0, %loop58.preheader ]
  %mul63 = mul i64 %i61112, %inner
  %add64 = add i64 %mul63, %add12
  %p67 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add64
  %v68 = load float, float addrspace(1)* %p67, align 4
  %fsub69 = fsub float %v68, %var.0.lcssa
  %call70 = tail call float @llvm.maxnum.f32(float %fsub69, float -8.700000e+01)
  %call71 = tail call float @llvm.minnum.f32(float %call70, float 8.800000e+01)
  %fmul72 = fmul float %call71, 0x3FF7154760000000
  %fadd73 = fadd float %fmul72, 5.000000e-01
  %call74 = tail call float @llvm.floor.f32(float %fadd73)
  %fmul75 = fmul float %call74, 0x3FE6300000000000
  %fsub76 = fsub float %call71, %fmul75
  %fmul77 = fmul float %call74, 0x3F2BD01060000000
  %4 = fadd float %fsub76, %fmul77
  %fmul79 = fmul float %4, 0x3F2A0D2CE0000000
  %fadd80 = fadd float %fmul79, 0x3F56E879C0000000
  %fmul81 = fmul float %4, %fadd80
  %fadd82 = fadd float %fmul81, 0x3F81112100000000
  %fmul83 = fmul float %4, %fadd82
  %fadd84 = fadd float %fmul83, 0x3FA5553820000000
  %fmul85 = fmul float %4, %fadd84
  %fadd86 = fadd float %fmul85, 0x3FC5555540000000
  %fmul87 = fmul float %4, %fadd86
  %fadd88 = fadd float %fmul87, 5.000000e-01
  %fmul89 = fmul float %4, %4
  %fmul90 = fmul float %fmul89, %fadd88
  %fadd91 = fadd float %4, %fmul90
  %fadd92 = fadd float %fadd91, 1.000000e+00
  %n93 = fptosi float %call74 to i32
  %b94 = shl i32 %n93, 23
  %sh95 = add i32 %b94, 1065353216
  %pow296 = bitcast i32 %sh95 to float
  %fmul97 = fmul float %fadd92, %pow296
  %fcmp98 = fcmp uno float %fsub69, 0.000000e+00
  %sel99 = select i1 %fcmp98, float %fsub69, float %fmul97
  %ext100 = fpext float %sel99 to double
  %fdiv = fdiv double %ext100, %var21.0.lcssa
  %trunc = fptrunc double %fdiv to float
  %p101 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add64
  store float %trunc, float addrspace(1)* %p101, align 4
  %next102 = add nuw nsw i64 %i61112, 1
  %exitcond116.not = icmp eq i64 %next102, %axis_len
  br i1 %exitcond116.not, label %done60, label %body59

done60:                                           ; preds = %body59, %loop58.preheader
  %next103 = add i64 %i114, %mul7
  %go = icmp slt i64 %next103, %sel8
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

!0 = !{void (float addrspace(1)*, i64, i64, i64, float addrspace(1)*)* @syncbn_softmax, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
