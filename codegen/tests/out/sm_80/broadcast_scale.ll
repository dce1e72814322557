; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_broadcast_scale(float addrspace(1)* nocapture readonly %a, i64 %len, i64 %o0, i64 %o1, i64 %o2, i64 %o3, i64 %o4, i64 %o5, i64 %o6, i64 %o7, i64 %a0, i64 %a1, i64 %a2, i64 %a3, i64 %a4, i64 %a5, i64 %a6, i64 %a7, double %alpha, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go61 = icmp slt i64 %add, %len
  br i1 %go61, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %cmp.not = icmp eq i64 %a7, 1
  %cmp13 = icmp eq i64 %a6, 1
  %sel14 = select i1 %cmp13, i64 0, i64 %a7
  %mul17 = mul i64 %a7, %a6
  %cmp20 = icmp eq i64 %a5, 1
  %sel21 = select i1 %cmp20, i64 0, i64 %mul17
  %mul24 = mul i64 %mul17, %a5
  %cmp27 = icmp eq i64 %a4, 1
  %sel28 = select i1 %cmp27, i64 0, i64 %mul24
  %mul31 = mul i64 %mul24, %a4
  %cmp34 = icmp eq i64 %a3, 1
  %sel35 = select i1 %cmp34, i64 0, i64 %mul31
  %mul38 = mul i64 %mul31, %a3
  %cmp41 = icmp eq i64 %a2, 1
  %sel42 = select i1 %cmp41, i64 0, i64 %mul38
  %mul45 = mul i64 %mul38, %a2
  %cmp48 = icmp eq i64 %a1, 1
  %sel49 = select i1 %cmp48, i64 0, i64 %mul45
  %mul52 = mul i64 %mul45, %a1
  %cmp55 = icmp eq i64 %a0, 1
  %sel56 = select i1 %cmp55, i64 0, i64 %mul52
  br label %body

body:                                             ; preds = %body.lr.ph, %body
  %i62 = phi i64 [ %add, %body.lr.ph ], [ %next, %body ]
  %i62.frozen = freeze i64 %i62
  %o7.frozen = freeze i64 %o7
  %div = udiv i64 %i62.frozen, %o7.frozen
  %0 = mul i64 %div, %o7.frozen
  %rem.decomposed = sub i64 %i62.frozen, %0
  %mul8 = select i1 %cmp.not, i64 0, i64 %rem.decomposed
  %o6.frozen = freeze i64 %o6
  %div12 = udiv i64 %div, %o6.frozen
  %1 = mul i64 %div12, %o6.frozen
  %rem11.decomposed = sub i64 %div, %1
  %mul15 = mul i64 %rem11.decomposed, %sel14
  %add16 = add i64 %mul15, %mul8
  %o5.frozen = freeze i64 %o5
  %div19 = udiv i64 %div12, %o5.frozen
  %2 = mul i64 %div19, %o5.frozen
  %rem18.decomposed = sub i64 %div12, %2
  %mul22 = mul i64 %rem18.decomposed, %sel21
  %add23 = add i64 %add16, %mul22
  %o4.frozen = freeze i64 %o4
  %div26 = udiv i64 %div19, %o4.frozen
  %3 = mul i64 %div26, %o4.frozen
  %rem25.decomposed = sub i64 %div19, %3
  %mul29 = mul i64 %rem25.decomposed, %sel28
  %add30 = add i64 %add23, %mul29
  %o3.frozen = freeze i64 %o3
  %div33 = udiv i64 %div26, %o3.frozen
  %4 = mul i64 %div33, %o3.frozen
  %rem32.decomposed = sub i64 %div26, %4
  %mul36 = mul i64 %rem32.decomposed, %sel35
  %add37 = add i64 %add30, %mul36
  %o2.frozen = freeze i64 %o2
  %div40 = udiv i64 %div33, %o2.frozen
  %5 = mul i64 %div40, %o2.frozen
  %rem39.decomposed = sub i64 %div33, %5
  %mul43 = mul i64 %rem39.decomposed, %sel42
  %add44 = add i64 %add37, %mul43
  %div40.frozen = freeze i64 %div40
  %o1.frozen = freeze i64 %o1
  %div47 = udiv i64 %div40.frozen, %o1.frozen
  %6 = mul i64 %div47, %o1.frozen
  %rem46.decomposed = sub i64 %div40.frozen, %6
  %mul50 = mul i64 %rem46.decomposed, %sel49
  %add51 = add i64 %add44, %mul50
  %rem53 = urem i64 %div47, %o0
  %mul57 = mul i64 %rem53, %sel56
  %add58 = add i64 %add51, %mul57
  %p = getelementptr inbounds float, float addrspace(1)* %a, i64 %add58
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %fmul = fmul double %ext, %alpha
  %trunc = fptrunc double %fmul to float
  %p60 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i62
  store float %trunc, float addrspace(1)* %p60, align 4
  %next = add i64 %i62, %mul7
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

!0 = !{void (float addrspace(1)*, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, double, float addrspace(1)*)* @syncbn_broadcast_scale, !"kernel", i32 1}
