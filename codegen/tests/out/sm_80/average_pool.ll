; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_average_pool(float addrspace(1)* nocapture readonly %x, i64 %len, i64 %in0, i64 %in1, i64 %in2, i64 %out0, i64 %out1, i64 %out2, i64 %k0, i64 %k1, i64 %k2, i64 %s0, i64 %s1, i64 %s2, i64 %d0, i64 %d1, i64 %d2, i64 %pb0, i64 %pb1, i64 %pb2, i64 %pe0, i64 %pe1, i64 %pe2, i64 %count_pad, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %mul9 = mul i64 %in1, %in0
  %mul10 = mul i64 %mul9, %in2
  %go108 = icmp slt i64 %add, %len
  br i1 %go108, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %go22100 = icmp sgt i64 %k0, 0
  %add27 = add i64 %pe0, %in0
  %go3392 = icmp sgt i64 %k1, 0
  %add40 = add i64 %pe1, %in1
  %go4985 = icmp sgt i64 %k2, 0
  %add56 = add i64 %pe2, %in2
  %cmp77.not = icmp eq i64 %count_pad, 0
  %xtraiter = and i64 %k2, 1
  %0 = icmp eq i64 %k2, 1
  %unroll_iter = and i64 %k2, -2
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %done20
  %i109 = phi i64 [ %add, %body.lr.ph ], [ %next82, %done20 ]
  %i109.frozen = freeze i64 %i109
  %out2.frozen = freeze i64 %out2
  %div = udiv i64 %i109.frozen, %out2.frozen
  %div.frozen = freeze i64 %div
  %out1.frozen = freeze i64 %out1
  %div12 = udiv i64 %div.frozen, %out1.frozen
  %div12.frozen = freeze i64 %div12
  %out0.frozen = freeze i64 %out0
  %div14 = udiv i64 %div12.frozen, %out0.frozen
  %mul15 = mul i64 %mul10, %div14
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %mul15
  br i1 %go22100, label %body19.lr.ph, label %done20

body19.lr.ph:                                     ; preds = %body
  %1 = mul i64 %div14, %out0.frozen
  %rem13.decomposed = sub i64 %div12.frozen, %1
  %2 = mul i64 %div12, %out1.frozen
  %rem11.decomposed = sub i64 %div.frozen, %2
  %3 = mul i64 %div, %out2.frozen
  %rem.decomposed = sub i64 %i109.frozen, %3
  %mul23 = mul i64 %rem13.decomposed, %s0
  %add25 = sub i64 %mul23, %pb0
  %mul34 = mul i64 %rem11.decomposed, %s1
  %add36 = sub i64 %mul34, %pb1
  %mul50 = mul i64 %rem.decomposed, %s2
  %add52 = sub i64 %mul50, %pb2
  br label %body19

done:                                             ; preds = %done20, %entry
  ret void

body19:                                           ; preds = %body19.lr.ph, %done31
  %i21104 = phi i64 [ 0, %body19.lr.ph ], [ %next76, %done31 ]
  %var.0103 = phi double [ 0.000000e+00, %body19.lr.ph ], [ %var.1.lcssa, %done31 ]
  %var16.0102 = phi i64 [ 0, %body19.lr.ph ], [ %var16.1.lcssa, %done31 ]
  %var17.0101 = phi i64 [ 0, %body19.lr.ph ], [ %var17.1.lcssa, %done31 ]
  %mul24 = mul i64 %i21104, %d0
  %sub = add i64 %add25, %mul24
  %cmp = icmp sgt i64 %sub, -1
  %cmp26 = icmp slt i64 %sub, %in0
  %cmp28 = icmp slt i64 %sub, %add27
  %inside = and i1 %cmp, %cmp26
  br i1 %go3392, label %body30.lr.ph, label %done31

body30.lr.ph:                                     ; preds = %body19
  %mul69 = mul i64 %sub, %in1
  br label %body30

done20:                                           ; preds = %done31, %body
  %var17.0.lcssa = phi i64 [ 0, %body ], [ %var17.1.lcssa, %done31 ]
  %var16.0.lcssa = phi i64 [ 0, %body ], [ %var16.1.lcssa, %done31 ]
  %var.0.lcssa = phi double [ 0.000000e+00, %body ], [ %var.1.lcssa, %done31 ]
  %sel = select i1 %cmp77.not, i64 %var16.0.lcssa, i64 %var17.0.lcssa
  %i2f = sitofp i64 %sel to double
  %fdiv = fdiv double %var.0.lcssa, %i2f
  %trunc = fptrunc double %fdiv to float
  %p81 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i109
  store float %trunc, float addrspace(1)* %p81, align 4
  %next82 = add i64 %i109, %mul7
  %go = icmp slt i64 %next82, %len
  br i1 %go, label %body, label %done

body30:                                           ; preds = %body30.lr.ph, %done47
  %i3296 = phi i64 [ 0, %body30.lr.ph ], [ %next75, %done47 ]
  %var.195 = phi double [ %var.0103, %body30.lr.ph ], [ %var.2.lcssa, %done47 ]
  %var16.194 = phi i64 [ %var16.0102, %body30.lr.ph ], [ %var16.2.lcssa, %done47 ]
  %var17.193 = phi i64 [ %var17.0101, %body30.lr.ph ], [ %var17.2.lcssa, %done47 ]
  %mul35 = mul i64 %i3296, %d1
  %sub37 = add i64 %add36, %mul35
  %cmp38 = icmp sgt i64 %sub37, -1
  %cmp39 = icmp slt i64 %sub37, %in1
  %cmp41 = icmp slt i64 %sub37, %add40
  %inside42 = and i1 %cmp38, %cmp39
  %in43 = and i1 %inside, %inside42
  %pad44 = and i1 %cmp28, %cmp41
  br i1 %go4985, label %body46.lr.ph, label %done47

body46.lr.ph:                                     ; preds = %body30
  %add70 = add i64 %sub37, %mul69
  %mul71 = mul i64 %add70, %in2
  br i1 %0, label %done47.loopexit.unr-lcssa, label %body46

done31:                                           ; preds = %done47, %body19
  %var17.1.lcssa = phi i64 [ %var17.0101, %body19 ], [ %var17.2.lcssa, %done47 ]
  %var16.1.lcssa = phi i64 [ %var16.0102, %body19 ], [ %var16.2.lcssa, %done47 ]
  %var.1.lcssa = phi double [ %var.0103, %body19 ], [ %var.2.lcssa, %done47 ]
  %next76 = add nuw nsw i64 %i21104, 1
  %exitcond111.not = icmp eq i64 %next76, %k0
  br i1 %exitcond111.not, label %done20, label %body19

body46:                                           ; preds = %body46.lr.ph, %join64.1
  %i4889 = phi i64 [ %next.1, %join64.1 ], [ 0, %body46.lr.ph ]
  %var.288 = phi double [ %var.3.1, %join64.1 ], [ %var.195, %body46.lr.ph ]
  %var16.287 = phi i64 [ %var16.3.1, %join64.1 ], [ %var16.194, %body46.lr.ph ]
  %var17.286 = phi i64 [ %spec.select.1, %join64.1 ], [ %var17.193, %body46.lr.ph ]
  %niter = phi i64 [ %niter.next.1, %join64.1 ], [ 0, %body46.lr.ph ]
  %mul51 = mul i64 %i4889, %d2
  %sub53 = add i64 %add52, %mul51
  %cmp54 = icmp sgt i64 %sub53, -1
  %cmp55 = icmp slt i64 %sub53, %in2
  %cmp57 = icmp slt i64 %sub53, %add56
  %inside58 = and i1 %cmp54, %cmp55
  %in59 = and i1 %in43, %inside58
  %pad60 = and i1 %pad44, %cmp57
  %add61 = zext i1 %pad60 to i64
  %spec.select = add i64 %var17.286, %add61
  br i1 %in59, label %then62, label %join64

done47.loopexit.unr-lcssa:                        ; preds = %join64.1, %body46.lr.ph
  %var16.3.lcssa.ph = phi i64 [ undef, %body46.lr.ph ], [ %var16.3.1, %join64.1 ]
  %var.3.lcssa.ph = phi double [ undef, %body46.lr.ph ], [ %var.3.1, %join64.1 ]
  %spec.select.lcssa.ph = phi i64 [ undef, %body46.lr.ph ], [ %spec.select.1, %join64.1 ]
  %i4889.unr = phi i64 [ 0, %body46.lr.ph ], [ %next.1, %join64.1 ]
  %var.288.unr = phi double [ %var.195, %body46.lr.ph ], [ %var.3.1, %join64.1 ]
  %var16.287.unr = phi i64 [ %var16.194, %body46.lr.ph ], [ %var16.3.1, %join64.1 ]
  %var17.286.unr = phi i64 [ %var17.193, %body46.lr.ph ], [ %spec.select.1, %join64.1 ]
  br i1 %lcmp.mod.not, label %done47, label %body46.epil

body46.epil:                                      ; preds = %done47.loopexit.unr-lcssa
  %mul51.epil = mul i64 %i4889.unr, %d2
  %sub53.epil = add i64 %add52, %mul51.epil
  %cmp54.epil = icmp sgt i64 %sub53.epil, -1
  %cmp55.epil = icmp slt i64 %sub53.epil, %in2
  %cmp57.epil = icmp slt i64 %sub53.epil, %add56
  %inside58.epil = and i1 %cmp54.epil, %cmp55.epil
  %in59.epil = and i1 %in43, %inside58.epil
  %pad60.epil = and i1 %pad44, %cmp57.epil
  %add61.epil = zext i1 %pad60.epil to i64
  %spec.select.epil = add i64 %var17.286.unr, %add61.epil
  br i1 %in59.epil, label %then62.epil, label %done47

then62.epil:                                      ; preds = %body46.epil
  %add66.epil = add i64 %var16.287.unr, 1
  %add72.epil = add i64 %sub53.epil, %mul71
  %p73.epil = getelementptr inbounds float, float addrspace(1)* %p, i64 %add72.epil
  %v.epil = load float, float addrspace(1)* %p73.epil, align 4
  %ext.epil = fpext float %v.epil to double
  %fadd.epil = fadd double %var.288.unr, %ext.epil
  br label %done47

done47:                                           ; preds = %done47.loopexit.unr-lcssa, %then62.epil, %body46.epil, %body30
  %var17.2.lcssa = phi i64 [ %var17.193, %body30 ], [ %spec.select.lcssa.ph, %done47.loopexit.unr-lcssa ], [ %spec.select.epil, %then62.epil ], [ %spec.select.epil, %body46.epil ]
  %var16.2.lcssa = phi i64 [ %var16.194, %body30 ], [ %var16.3.lcssa.ph, %done47.loopexit.unr-lcssa ], [ %add66.epil, %then62.epil ], [ %var16.287.unr, %body46.epil ]
  %var.2.lcssa = phi double [ %var.195, %body30 ], [ %var.3.lcssa.ph, %done47.loopexit.unr-lcssa ], [ %fadd.epil, %then62.epil ], [ %var.288.unr, %body46.epil ]
  %next75 = add nuw nsw i64 %i3296, 1
  %exitcond110.not = icmp eq i64 %next75, %k1
  br i1 %exitcond110.not, label %done31, label %body30

then62:                                           ; preds = %body46
  %add66 = add i64 %var16.287, 1
  %add72 = add i64 %sub53, %mul71
  %p73 = getelementptr inbounds float, float addrspace(1)* %p, i64 %add72
  %v = load float, float addrspace(1)* %p73, align 4
  %ext = fpext float %v to double
  %fadd = fadd double %var.288, %ext
  br label %join64

join64:                                           ; preds = %body46, %then62
  %var16.3 = phi i64 [ %add66, %then62 ], [ %var16.287, %body46 ]
  %var.3 = phi double [ %fadd, %then62 ], [ %var.288, %body46 ]
  %next = or i64 %i4889, 1
  %mul51.1 = mul i64 %next, %d2
  %sub53.1 = add i64 %add52, %mul51.1
  %cmp54.1 = icmp sgt i64 %sub53.1, -1
  %cmp55.1 = icmp slt i64 %sub53.1, %in2
  %cmp57.1 = icmp slt i64 %sub53.1, %add56
  %inside58.1 = and i1 %cmp54.1, %cmp55.1
  %in59.1 = and i1 %in43, %inside58.1
  %pad60.1 = and i1 %pad44, %cmp57.1
  %add61.1 = zext i1 %pad60.1 to i64
  %spec.select.1 = add i64 %spec.select, %add61.1
  br i1 %in59.1, label %then62.1, label %join64.1

then62.1:                                         ; preds = %join64
  %add66.1 = add i64 %var16.3, 1
  %add72.1 = add i64 %sub53.1, %mul71
  %p73.1 = getelementptr inbounds float, float addrspace(1)* %p, i64 %add72.1
  %v.1 = load float, float addrspace(1)* %p73.1, align 4
  %ext.1 = fpext float %v.1 to double
  %fadd.1 = fadd double %var.3, %ext.1
  br label %join64.1

join64.1:                                         ; preds = %then62.1, %join64
  %var16.3.1 = phi i64 [ %add66.1, %then62.1 ], [ %var16.3, %join64 ]
  %var.3.1 = phi double [ %fadd.1, %then62.1 ], [ %var.3, %join64 ]
  %next.1 = add nuw nsw i64 %i4889, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %done47.loopexit.unr-lcssa, label %body46
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

!0 = !{void (float addrspace(1)*, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, float addrspace(1)*)* @syncbn_average_pool, !"kernel", i32 1}
