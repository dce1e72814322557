; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_max_pool(float addrspace(1)* nocapture readonly %x, i64 %len, i64 %in0, i64 %in1, i64 %in2, i64 %out0, i64 %out1, i64 %out2, i64 %k0, i64 %k1, i64 %k2, i64 %s0, i64 %s1, i64 %s2, i64 %d0, i64 %d1, i64 %d2, i64 %pb0, i64 %pb1, i64 %pb2, i64 %pe0, i64 %pe1, i64 %pe2, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go103 = icmp slt i64 %add, %len
  br i1 %go103, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %go2296 = icmp sgt i64 %k0, 0
  %go3388 = icmp sgt i64 %k1, 0
  %go4981 = icmp sgt i64 %k2, 0
  %xtraiter = and i64 %k2, 1
  %0 = icmp eq i64 %k2, 1
  %unroll_iter = and i64 %k2, -2
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %done20
  %i104 = phi i64 [ %add, %body.lr.ph ], [ %next80, %done20 ]
  %i104.frozen = freeze i64 %i104
  %out2.frozen = freeze i64 %out2
  %div = udiv i64 %i104.frozen, %out2.frozen
  %div.frozen = freeze i64 %div
  %out1.frozen = freeze i64 %out1
  %div12 = udiv i64 %div.frozen, %out1.frozen
  %div12.frozen = freeze i64 %div12
  %out0.frozen = freeze i64 %out0
  %div14 = udiv i64 %div12.frozen, %out0.frozen
  %mul15 = mul i64 %mul10, %div14
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %mul15
  br i1 %go2296, label %body19.lr.ph, label %done20

body19.lr.ph:                                     ; preds = %body
  %1 = mul i64 %div14, %out0.frozen
  %rem13.decomposed = sub i64 %div12.frozen, %1
  %2 = mul i64 %div12, %out1.frozen
  %rem11.decomposed = sub i64 %div.frozen, %2
  %3 = mul i64 %div, %out2.frozen
  %rem.decomposed = sub i64 %i104.frozen, %3
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
  %i21100 = phi i64 [ 0, %body19.lr.ph ], [ %next75, %done31 ]
  %var.099 = phi i1 [ false, %body19.lr.ph ], [ %var.1.lcssa, %done31 ]
  %var16.098 = phi float [ 0xFFF0000000000000, %body19.lr.ph ], [ %var16.1.lcssa, %done31 ]
  %mul24 = mul i64 %i21100, %d0
  %sub = add i64 %add25, %mul24
  %cmp = icmp sgt i64 %sub, -1
  %cmp26 = icmp slt i64 %sub, %in0
  %inside = and i1 %cmp, %cmp26
  br i1 %go3388, label %body30.lr.ph, label %done31

body30.lr.ph:                                     ; preds = %body19
  %mul63 = mul i64 %sub, %in1
  br label %body30

done20:                                           ; preds = %done31, %body
  %var16.0.lcssa = phi float [ 0xFFF0000000000000, %body ], [ %var16.1.lcssa, %done31 ]
  %var.0.lcssa = phi i1 [ false, %body ], [ %var.1.lcssa, %done31 ]
  %sel = select i1 %var.0.lcssa, float %var16.0.lcssa, float 0xFFF0000000000000
  %p79 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i104
  store float %sel, float addrspace(1)* %p79, align 4
  %next80 = add i64 %i104, %mul7
  %go = icmp slt i64 %next80, %len
  br i1 %go, label %body, label %done

body30:                                           ; preds = %body30.lr.ph, %done47
  %i3292 = phi i64 [ 0, %body30.lr.ph ], [ %next74, %done47 ]
  %var.191 = phi i1 [ %var.099, %body30.lr.ph ], [ %var.2.lcssa, %done47 ]
  %var16.190 = phi float [ %var16.098, %body30.lr.ph ], [ %var16.2.lcssa, %done47 ]
  %mul35 = mul i64 %i3292, %d1
  %sub37 = add i64 %add36, %mul35
  %cmp38 = icmp sgt i64 %sub37, -1
  %cmp39 = icmp slt i64 %sub37, %in1
  %inside42 = and i1 %cmp38, %cmp39
  %in43 = and i1 %inside, %inside42
  br i1 %go4981, label %body46.lr.ph, label %done47

body46.lr.ph:                                     ; preds = %body30
  %add64 = add i64 %sub37, %mul63
  %mul65 = mul i64 %add64, %in2
  br i1 %0, label %done47.loopexit.unr-lcssa, label %body46

done31:                                           ; preds = %done47, %body19
  %var16.1.lcssa = phi float [ %var16.098, %body19 ], [ %var16.2.lcssa, %done47 ]
  %var.1.lcssa = phi i1 [ %var.099, %body19 ], [ %var.2.lcssa, %done47 ]
  %next75 = add nuw nsw i64 %i21100, 1
  %exitcond106.not = icmp eq i64 %next75, %k0
  br i1 %exitcond106.not, label %done20, label %body19

body46:                                           ; preds = %body46.lr.ph, %join.1
  %i4885 = phi i64 [ %next.1, %join.1 ], [ 0, %body46.lr.ph ]
  %var.284 = phi i1 [ %var.3.1, %join.1 ], [ %var.191, %body46.lr.ph ]
  %var16.283 = phi float [ %var16.3.1, %join.1 ], [ %var16.190, %body46.lr.ph ]
  %niter = phi i64 [ %niter.next.1, %join.1 ], [ 0, %body46.lr.ph ]
  %mul51 = mul i64 %i4885, %d2
  %sub53 = add i64 %add52, %mul51
  %cmp54 = icmp sgt i64 %sub53, -1
  %cmp55 = icmp slt i64 %sub53, %in2
  %inside58 = and i1 %cmp54, %cmp55
  %in59 = and i1 %in43, %inside58
  br i1 %in59, label %then, label %join

done47.loopexit.unr-lcssa:                        ; preds = %join.1, %body46.lr.ph
  %var16.3.lcssa.ph = phi float [ undef, %body46.lr.ph ], [ %var16.3.1, %join.1 ]
  %var.3.lcssa.ph = phi i1 [ undef, %body46.lr.ph ], [ %var.3.1, %join.1 ]
  %i4885.unr = phi i64 [ 0, %body46.lr.ph ], [ %next.1, %join.1 ]
  %var.284.unr = phi i1 [ %var.191, %body46.lr.ph ], [ %var.3.1, %join.1 ]
  %var16.283.unr = phi float [ %var16.190, %body46.lr.ph ], [ %var16.3.1, %join.1 ]
  br i1 %lcmp.mod.not, label %done47, label %body46.epil

body46.epil:                                      ; preds = %done47.loopexit.unr-lcssa
  %mul51.epil = mul i64 %i4885.unr, %d2
  %sub53.epil = add i64 %add52, %mul51.epil
  %cmp54.epil = icmp sgt i64 %sub53.epil, -1
  %cmp55.epil = icmp slt i64 %sub53.epil, %in2
  %inside58.epil = and i1 %cmp54.epil, %cmp55.epil
  %in59.epil = and i1 %in43, %inside58.epil
  br i1 %in59.epil, label %then.epil, label %done47

then.epil:                                        ; preds = %body46.epil
  %add66.epil = add i64 %sub53.epil, %mul65
  %p67.epil = getelementptr inbounds float, float addrspace(1)* %p, i64 %add66.epil
  %v.epil = load float, float addrspace(1)* %p67.epil, align 4
  %fcmp.epil = fcmp ogt float %v.epil, %var16.283.unr
  %fcmp68.epil = fcmp uno float %v.epil, 0.000000e+00
  %fcmp69.epil = fcmp ord float %var16.283.unr, 0.000000e+00
  %nan.epil = and i1 %fcmp69.epil, %fcmp68.epil
  %unset.epil = xor i1 %var.284.unr, true
  %w.epil = or i1 %fcmp.epil, %nan.epil
  %wins.epil = or i1 %w.epil, %unset.epil
  %spec.select.epil = select i1 %wins.epil, float %v.epil, float %var16.283.unr
  br label %done47

done47:                                           ; preds = %done47.loopexit.unr-lcssa, %then.epil, %body46.epil, %body30
  %var16.2.lcssa = phi float [ %var16.190, %body30 ], [ %var16.3.lcssa.ph, %done47.loopexit.unr-lcssa ], [ %var16.283.unr, %body46.epil ], [ %spec.select.epil, %then.epil ]
  %var.2.lcssa = phi i1 [ %var.191, %body30 ], [ %var.3.lcssa.ph, %done47.loopexit.unr-lcssa ], [ %var.284.unr, %body46.epil ], [ true, %then.epil ]
  %next74 = add nuw nsw i64 %i3292, 1
  %exitcond105.not = icmp eq i64 %next74, %k1
  br i1 %exitcond105.not, label %done31, label %body30

then:                                             ; preds = %body46
  %add66 = add i64 %sub53, %mul65
  %p67 = getelementptr inbounds float, float addrspace(1)* %p, i64 %add66
  %v = load float, float addrspace(1)* %p67, align 4
  %fcmp = fcmp ogt float %v, %var16.283
  %fcmp68 = fcmp uno float %v, 0.000000e+00
  %fcmp69 = fcmp ord float %var16.283, 0.000000e+00
  %nan = and i1 %fcmp69, %fcmp68
  %unset = xor i1 %var.284, true
  %w = or i1 %fcmp, %nan
  %wins = or i1 %w, %unset
  %spec.select = select i1 %wins, float %v, float %var16.283
  br label %join

join:                                             ; preds = %then, %body46
  %var16.3 = phi float [ %var16.283, %body46 ], [ %spec.select, %then ]
  %var.3 = phi i1 [ %var.284, %body46 ], [ true, %then ]
  %next = or i64 %i4885, 1
  %mul51.1 = mul i64 %next, %d2
  %sub53.1 = add i64 %add52, %mul51.1
  %cmp54.1 = icmp sgt i64 %sub53.1, -1
  %cmp55.1 = icmp slt i64 %sub53.1, %in2
  %inside58.1 = and i1 %cmp54.1, %cmp55.1
  %in59.1 = and i1 %in43, %inside58.1
  br i1 %in59.1, label %then.1, label %join.1

then.1:                                           ; preds = %join
  %add66.1 = add i64 %sub53.1, %mul65
  %p67.1 = getelementptr inbounds float, float addrspace(1)* %p, i64 %add66.1
  %v.1 = load float, float addrspace(1)* %p67.1, align 4
  %fcmp.1 = fcmp ogt float %v.1, %var16.3
  %fcmp68.1 = fcmp uno float %v.1, 0.000000e+00
  %fcmp69.1 = fcmp ord float %var16.3, 0.000000e+00
  %nan.1 = and i1 %fcmp69.1, %fcmp68.1
  %unset.1 = xor i1 %var.3, true
  %w.1 = or i1 %fcmp.1, %nan.1
  %wins.1 = or i1 %w.1, %unset.1
  %spec.select.1 = select i1 %wins.1, float %v.1, float %var16.3
  br label %join.1

join.1:                                           ; preds = %then.1, %join
  %var16.3.1 = phi float [ %var16.3, %join ], [ %spec.select.1, %then.1 ]
  %var.3.1 = phi i1 [ %var.3, %join ], [ true, %then.1 ]
  %next.1 = add nuw nsw i64 %i4885, 2
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

!0 = !{void (float addrspace(1)*, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, float addrspace(1)*)* @syncbn_max_pool, !"kernel", i32 1}
