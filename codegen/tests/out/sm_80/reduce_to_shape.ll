; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_reduce_to_shape(float addrspace(1)* nocapture readonly %dy, i64 %len, i64 %o0, i64 %o1, i64 %o2, i64 %o3, i64 %o4, i64 %o5, i64 %o6, i64 %o7, i64 %a0, i64 %a1, i64 %a2, i64 %a3, i64 %a4, i64 %a5, i64 %a6, i64 %a7, double %alpha, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go125 = icmp slt i64 %add, %len
  br i1 %go125, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %cmp = icmp eq i64 %a7, 1
  %sel = select i1 %cmp, i64 %o7, i64 1
  %cmp16 = icmp eq i64 %a6, 1
  %sel17 = select i1 %cmp16, i64 %o6, i64 1
  %mul19 = mul i64 %o7, %o6
  %cmp24 = icmp eq i64 %a5, 1
  %sel25 = select i1 %cmp24, i64 %o5, i64 1
  %mul27 = mul i64 %mul19, %o5
  %cmp32 = icmp eq i64 %a4, 1
  %sel33 = select i1 %cmp32, i64 %o4, i64 1
  %mul35 = mul i64 %mul27, %o4
  %cmp40 = icmp eq i64 %a3, 1
  %sel41 = select i1 %cmp40, i64 %o3, i64 1
  %mul43 = mul i64 %mul35, %o3
  %cmp48 = icmp eq i64 %a2, 1
  %sel49 = select i1 %cmp48, i64 %o2, i64 1
  %mul51 = mul i64 %mul43, %o2
  %cmp56 = icmp eq i64 %a1, 1
  %sel57 = select i1 %cmp56, i64 %o1, i64 1
  %cmp64 = icmp eq i64 %a0, 1
  %sel65 = select i1 %cmp64, i64 %o0, i64 1
  %mul18 = mul i64 %sel57, %sel65
  %mul26 = mul i64 %mul18, %sel49
  %mul34 = mul i64 %mul26, %sel41
  %mul42 = mul i64 %mul34, %sel33
  %mul50 = mul i64 %mul42, %sel25
  %mul58 = mul i64 %mul50, %sel17
  %mul66 = mul i64 %mul58, %sel
  %go72122 = icmp sgt i64 %mul66, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %done70
  %i126 = phi i64 [ %add, %body.lr.ph ], [ %next107, %done70 ]
  %i126.frozen = freeze i64 %i126
  %a7.frozen = freeze i64 %a7
  %div = udiv i64 %i126.frozen, %a7.frozen
  %0 = mul i64 %div, %a7.frozen
  %rem.decomposed = sub i64 %i126.frozen, %0
  %a6.frozen = freeze i64 %a6
  %div13 = udiv i64 %div, %a6.frozen
  %1 = mul i64 %div13, %a6.frozen
  %rem12.decomposed = sub i64 %div, %1
  %a5.frozen = freeze i64 %a5
  %div21 = udiv i64 %div13, %a5.frozen
  %2 = mul i64 %div21, %a5.frozen
  %rem20.decomposed = sub i64 %div13, %2
  %a4.frozen = freeze i64 %a4
  %div29 = udiv i64 %div21, %a4.frozen
  %3 = mul i64 %div29, %a4.frozen
  %rem28.decomposed = sub i64 %div21, %3
  %a3.frozen = freeze i64 %a3
  %div37 = udiv i64 %div29, %a3.frozen
  %4 = mul i64 %div37, %a3.frozen
  %rem36.decomposed = sub i64 %div29, %4
  %a2.frozen = freeze i64 %a2
  %div45 = udiv i64 %div37, %a2.frozen
  %5 = mul i64 %div45, %a2.frozen
  %rem44.decomposed = sub i64 %div37, %5
  %div45.frozen = freeze i64 %div45
  %a1.frozen = freeze i64 %a1
  %div53 = udiv i64 %div45.frozen, %a1.frozen
  %6 = mul i64 %div53, %a1.frozen
  %rem52.decomposed = sub i64 %div45.frozen, %6
  %rem60 = urem i64 %div53, %a0
  br i1 %go72122, label %body69, label %done70

done:                                             ; preds = %done70, %entry
  ret void

body69:                                           ; preds = %body, %body69
  %i71124 = phi i64 [ %next, %body69 ], [ 0, %body ]
  %var.0123 = phi double [ %fadd, %body69 ], [ 0.000000e+00, %body ]
  %i71124.frozen = freeze i64 %i71124
  %sel.frozen = freeze i64 %sel
  %div76 = udiv i64 %i71124.frozen, %sel.frozen
  %7 = mul i64 %div76, %sel.frozen
  %rem73.decomposed = sub i64 %i71124.frozen, %7
  %sel17.frozen = freeze i64 %sel17
  %div80 = udiv i64 %div76, %sel17.frozen
  %8 = mul i64 %div80, %sel17.frozen
  %rem77.decomposed = sub i64 %div76, %8
  %sel25.frozen = freeze i64 %sel25
  %div84 = udiv i64 %div80, %sel25.frozen
  %9 = mul i64 %div84, %sel25.frozen
  %rem81.decomposed = sub i64 %div80, %9
  %sel33.frozen = freeze i64 %sel33
  %div88 = udiv i64 %div84, %sel33.frozen
  %10 = mul i64 %div88, %sel33.frozen
  %rem85.decomposed = sub i64 %div84, %10
  %sel41.frozen = freeze i64 %sel41
  %div92 = udiv i64 %div88, %sel41.frozen
  %11 = mul i64 %div92, %sel41.frozen
  %rem89.decomposed = sub i64 %div88, %11
  %sel49.frozen = freeze i64 %sel49
  %div96 = udiv i64 %div92, %sel49.frozen
  %12 = mul i64 %div96, %sel49.frozen
  %rem93.decomposed = sub i64 %div92, %12
  %div96.frozen = freeze i64 %div96
  %sel57.frozen = freeze i64 %sel57
  %div100 = udiv i64 %div96.frozen, %sel57.frozen
  %13 = mul i64 %div100, %sel57.frozen
  %rem97.decomposed = sub i64 %div96.frozen, %13
  %rem101 = urem i64 %div100, %sel65
  %reass.add = add i64 %rem101, %rem60
  %reass.mul = mul i64 %reass.add, %o1
  %reass.add108 = add i64 %rem97.decomposed, %rem52.decomposed
  %reass.add110 = add i64 %rem93.decomposed, %rem44.decomposed
  %reass.mul111 = mul i64 %reass.add110, %mul43
  %reass.add112 = add i64 %rem89.decomposed, %rem36.decomposed
  %reass.mul113 = mul i64 %reass.add112, %mul35
  %reass.add114 = add i64 %rem85.decomposed, %rem28.decomposed
  %reass.mul115 = mul i64 %reass.add114, %mul27
  %reass.add116 = add i64 %rem81.decomposed, %rem20.decomposed
  %reass.mul117 = mul i64 %reass.add116, %mul19
  %reass.add118 = add i64 %rem77.decomposed, %rem12.decomposed
  %reass.mul119 = mul i64 %reass.add118, %o7
  %reass.add120 = add i64 %reass.add108, %reass.mul
  %reass.mul121 = mul i64 %mul51, %reass.add120
  %add79 = add i64 %rem73.decomposed, %rem.decomposed
  %add83 = add i64 %add79, %reass.mul119
  %add87 = add i64 %add83, %reass.mul117
  %add91 = add i64 %add87, %reass.mul115
  %add95 = add i64 %add91, %reass.mul113
  %add99 = add i64 %add95, %reass.mul111
  %add103 = add i64 %add99, %reass.mul121
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add103
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %fadd = fadd double %var.0123, %ext
  %next = add nuw nsw i64 %i71124, 1
  %exitcond.not = icmp eq i64 %next, %mul66
  br i1 %exitcond.not, label %done70, label %body69

done70:                                           ; preds = %body69, %body
  %var.0.lcssa = phi double [ 0.000000e+00, %body ], [ %fadd, %body69 ]
  %fmul = fmul double %var.0.lcssa, %alpha
  %trunc = fptrunc double %fmul to float
  %p106 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i126
  store float %trunc, float addrspace(1)* %p106, align 4
  %next107 = add i64 %i126, %mul7
  %go = icmp slt i64 %next107, %len
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

!0 = !{void (float addrspace(1)*, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, double, float addrspace(1)*)* @syncbn_reduce_to_shape, !"kernel", i32 1}
