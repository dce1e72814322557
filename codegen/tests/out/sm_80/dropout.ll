; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_dropout(float addrspace(1)* nocapture readonly %x, i64 %len, i64 %per_sample, i64 %seed_lo, i64 %seed_hi, double %ratio, double %scale, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %hi = shl i64 %seed_hi, 32
  %seed = or i64 %hi, %seed_lo
  %go18 = icmp slt i64 %add, %len
  br i1 %go18, label %body, label %done

body:                                             ; preds = %entry, %body
  %i19 = phi i64 [ %next, %body ], [ %add, %entry ]
  %rem = urem i64 %i19, %per_sample
  %mul8 = mul i64 %rem, -7046029254386353131
  %z = xor i64 %mul8, %seed
  %add9 = add i64 %z, -7046029254386353131
  %sh = lshr i64 %add9, 30
  %x10 = xor i64 %sh, %add9
  %mul11 = mul i64 %x10, -4658895280553007687
  %sh12 = lshr i64 %mul11, 27
  %x13 = xor i64 %sh12, %mul11
  %mul14 = mul i64 %x13, -7723592293110705685
  %0 = lshr i64 %mul14, 42
  %1 = lshr i64 %mul14, 11
  %top = xor i64 %0, %1
  %u = uitofp i64 %top to double
  %fdiv = fmul double %u, 0x3CA0000000000000
  %fcmp = fcmp oge double %fdiv, %ratio
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %i19
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %fmul = fmul double %ext, %scale
  %trunc = fptrunc double %fmul to float
  %sel = select i1 %fcmp, float %trunc, float 0.000000e+00
  %p17 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i19
  store float %sel, float addrspace(1)* %p17, align 4
  %next = add i64 %i19, %mul7
  %go = icmp slt i64 %next, %len
  br i1 %go, label %body, label %done

done:                                             ; preds = %body, %entry
  ret void
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

!0 = !{void (float addrspace(1)*, i64, i64, i64, i64, double, double, float addrspace(1)*)* @syncbn_dropout, !"kernel", i32 1}
