; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_im2col(float addrspace(1)* nocapture readonly %x, i64 %len, i64 %in0, i64 %in1, i64 %in2, i64 %out0, i64 %out1, i64 %out2, i64 %k0, i64 %k1, i64 %k2, i64 %s0, i64 %s1, i64 %s2, i64 %d0, i64 %d1, i64 %d2, i64 %pb0, i64 %pb1, i64 %pb2, i64 %pe0, i64 %pe1, i64 %pe2, float addrspace(1)* nocapture writeonly %col) local_unnamed_addr #0 {
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
  %go58 = icmp slt i64 %add, %len
  br i1 %go58, label %body, label %done

body:                                             ; preds = %entry, %join
  %i59 = phi i64 [ %next, %join ], [ %add, %entry ]
  %i59.frozen = freeze i64 %i59
  %out2.frozen = freeze i64 %out2
  %div = udiv i64 %i59.frozen, %out2.frozen
  %0 = mul i64 %div, %out2.frozen
  %rem.decomposed = sub i64 %i59.frozen, %0
  %out1.frozen = freeze i64 %out1
  %div12 = udiv i64 %div, %out1.frozen
  %1 = mul i64 %div12, %out1.frozen
  %rem11.decomposed = sub i64 %div, %1
  %out0.frozen = freeze i64 %out0
  %div14 = udiv i64 %div12, %out0.frozen
  %2 = mul i64 %div14, %out0.frozen
  %rem13.decomposed = sub i64 %div12, %2
  %k2.frozen = freeze i64 %k2
  %div16 = udiv i64 %div14, %k2.frozen
  %3 = mul i64 %div16, %k2.frozen
  %rem15.decomposed = sub i64 %div14, %3
  %k1.frozen = freeze i64 %k1
  %div18 = udiv i64 %div16, %k1.frozen
  %4 = mul i64 %div18, %k1.frozen
  %rem17.decomposed = sub i64 %div16, %4
  %k0.frozen = freeze i64 %k0
  %div20 = udiv i64 %div18, %k0.frozen
  %5 = mul i64 %div20, %k0.frozen
  %rem19.decomposed = sub i64 %div18, %5
  %mul21 = mul i64 %rem13.decomposed, %s0
  %mul22 = mul i64 %rem19.decomposed, %d0
  %add23 = sub i64 %mul21, %pb0
  %sub = add i64 %add23, %mul22
  %cmp = icmp sgt i64 %sub, -1
  %cmp24 = icmp slt i64 %sub, %in0
  %inside = and i1 %cmp, %cmp24
  %mul27 = mul i64 %rem11.decomposed, %s1
  %mul28 = mul i64 %rem17.decomposed, %d1
  %add29 = sub i64 %mul27, %pb1
  %sub30 = add i64 %add29, %mul28
  %cmp31 = icmp sgt i64 %sub30, -1
  %cmp32 = icmp slt i64 %sub30, %in1
  %inside35 = and i1 %cmp31, %cmp32
  %in36 = and i1 %inside35, %inside
  %mul37 = mul i64 %rem.decomposed, %s2
  %mul38 = mul i64 %rem15.decomposed, %d2
  %add39 = sub i64 %mul37, %pb2
  %sub40 = add i64 %add39, %mul38
  %cmp41 = icmp sgt i64 %sub40, -1
  %cmp42 = icmp slt i64 %sub40, %in2
  %inside45 = and i1 %cmp41, %cmp42
  %in46 = and i1 %inside45, %in36
  br i1 %in46, label %then, label %join

done:                                             ; preds = %join, %entry
  ret void

then:                                             ; preds = %body
  %mul47 = mul i64 %div20, %in0
  %reass.add56 = add i64 %mul47, %sub
  %reass.mul57 = mul i64 %reass.add56, %in1
  %reass.add = add i64 %reass.mul57, %sub30
  %reass.mul = mul i64 %reass.add, %in2
  %add54 = add i64 %reass.mul, %sub40
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %add54
  %v = load float, float addrspace(1)* %p, align 4
  br label %join

join:                                             ; preds = %body, %then
  %var.0 = phi float [ %v, %then ], [ 0.000000e+00, %body ]
  %p55 = getelementptr inbounds float, float addrspace(1)* %col, i64 %i59
  store float %var.0, float addrspace(1)* %p55, align 4
  %next = add i64 %i59, %mul7
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

!0 = !{void (float addrspace(1)*, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, float addrspace(1)*)* @syncbn_im2col, !"kernel", i32 1}
