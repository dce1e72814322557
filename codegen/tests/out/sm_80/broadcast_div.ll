; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_broadcast_div(float addrspace(1)* nocapture readonly %a, float addrspace(1)* nocapture readonly %b, i64 %len, i64 %o0, i64 %o1, i64 %o2, i64 %o3, i64 %o4, i64 %o5, i64 %o6, i64 %o7, i64 %a0, i64 %a1, i64 %a2, i64 %a3, i64 %a4, i64 %a5, i64 %a6, i64 %a7, i64 %b0, i64 %b1, i64 %b2, i64 %b3, i64 %b4, i64 %b5, i64 %b6, i64 %b7, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go103 = icmp slt i64 %add, %len
  br i1 %go103, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %cmp.not = icmp eq i64 %a7, 1
  %cmp11.not = icmp eq i64 %b7, 1
  %cmp18 = icmp eq i64 %a6, 1
  %sel19 = select i1 %cmp18, i64 0, i64 %a7
  %mul22 = mul i64 %a7, %a6
  %cmp23 = icmp eq i64 %b6, 1
  %sel24 = select i1 %cmp23, i64 0, i64 %b7
  %mul27 = mul i64 %b7, %b6
  %cmp30 = icmp eq i64 %a5, 1
  %sel31 = select i1 %cmp30, i64 0, i64 %mul22
  %mul34 = mul i64 %mul22, %a5
  %cmp35 = icmp eq i64 %b5, 1
  %sel36 = select i1 %cmp35, i64 0, i64 %mul27
  %mul39 = mul i64 %mul27, %b5
  %cmp42 = icmp eq i64 %a4, 1
  %sel43 = select i1 %cmp42, i64 0, i64 %mul34
  %mul46 = mul i64 %mul34, %a4
  %cmp47 = icmp eq i64 %b4, 1
  %sel48 = select i1 %cmp47, i64 0, i64 %mul39
  %mul51 = mul i64 %mul39, %b4
  %cmp54 = icmp eq i64 %a3, 1
  %sel55 = select i1 %cmp54, i64 0, i64 %mul46
  %mul58 = mul i64 %mul46, %a3
  %cmp59 = icmp eq i64 %b3, 1
  %sel60 = select i1 %cmp59, i64 0, i64 %mul51
  %mul63 = mul i64 %mul51, %b3
  %cmp66 = icmp eq i64 %a2, 1
  %sel67 = select i1 %cmp66, i64 0, i64 %mul58
  %mul70 = mul i64 %mul58, %a2
  %cmp71 = icmp eq i64 %b2, 1
  %sel72 = select i1 %cmp71, i64 0, i64 %mul63
  %mul75 = mul i64 %mul63, %b2
  %cmp78 = icmp eq i64 %a1, 1
  %sel79 = select i1 %cmp78, i64 0, i64 %mul70
  %mul82 = mul i64 %mul70, %a1
  %cmp83 = icmp eq i64 %b1, 1
  %sel84 = select i1 %cmp83, i64 0, i64 %mul75
  %mul87 = mul i64 %mul75, %b1
  %cmp90 = icmp eq i64 %a0, 1
  %sel91 = select i1 %cmp90, i64 0, i64 %mul82
  %cmp95 = icmp eq i64 %b0, 1
  %sel96 = select i1 %cmp95, i64 0, i64 %mul87
  br label %body

body:                                             ; preds = %body.lr.ph, %body
  %i104 = phi i64 [ %add, %body.lr.ph ], [ %next, %body ]
  %i104.frozen = freeze i64 %i104
  %o7.frozen = freeze i64 %o7
  %div = udiv i64 %i104.frozen, %o7.frozen
  %0 = mul i64 %div, %o7.frozen
  %rem.decomposed = sub i64 %i104.frozen, %0
  %mul8 = select i1 %cmp.not, i64 0, i64 %rem.decomposed
  %mul13 = select i1 %cmp11.not, i64 0, i64 %rem.decomposed
  %o6.frozen = freeze i64 %o6
  %div17 = udiv i64 %div, %o6.frozen
  %1 = mul i64 %div17, %o6.frozen
  %rem16.decomposed = sub i64 %div, %1
  %mul20 = mul i64 %rem16.decomposed, %sel19
  %add21 = add i64 %mul20, %mul8
  %mul25 = mul i64 %rem16.decomposed, %sel24
  %add26 = add i64 %mul25, %mul13
  %o5.frozen = freeze i64 %o5
  %div29 = udiv i64 %div17, %o5.frozen
  %2 = mul i64 %div29, %o5.frozen
  %rem28.decomposed = sub i64 %div17, %2
  %mul32 = mul i64 %rem28.decomposed, %sel31
  %add33 = add i64 %add21, %mul32
  %mul37 = mul i64 %rem28.decomposed, %sel36
  %add38 = add i64 %add26, %mul37
  %o4.frozen = freeze i64 %o4
  %div41 = udiv i64 %div29, %o4.frozen
  %3 = mul i64 %div41, %o4.frozen
  %rem40.decomposed = sub i64 %div29, %3
  %mul44 = mul i64 %rem40.decomposed, %sel43
  %add45 = add i64 %add33, %mul44
  %mul49 = mul i64 %rem40.decomposed, %sel48
  %add50 = add i64 %add38, %mul49
  %o3.frozen = freeze i64 %o3
  %div53 = udiv i64 %div41, %o3.frozen
  %4 = mul i64 %div53, %o3.frozen
  %rem52.decomposed = sub i64 %div41, %4
  %mul56 = mul i64 %rem52.decomposed, %sel55
  %add57 = add i64 %add45, %mul56
  %mul61 = mul i64 %rem52.decomposed, %sel60
  %add62 = add i64 %add50, %mul61
  %o2.frozen = freeze i64 %o2
  %div65 = udiv i64 %div53, %o2.frozen
  %5 = mul i64 %div65, %o2.frozen
  %rem64.decomposed = sub i64 %div53, %5
  %mul68 = mul i64 %rem64.decomposed, %sel67
  %add69 = add i64 %add57, %mul68
  %mul73 = mul i64 %rem64.decomposed, %sel72
  %add74 = add i64 %add62, %mul73
  %div65.frozen = freeze i64 %div65
  %o1.frozen = freeze i64 %o1
  %div77 = udiv i64 %div65.frozen, %o1.frozen
  %6 = mul i64 %div77, %o1.frozen
  %rem76.decomposed = sub i64 %div65.frozen, %6
  %mul80 = mul i64 %rem76.decomposed, %sel79
  %add81 = add i64 %add69, %mul80
  %mul85 = mul i64 %rem76.decomposed, %sel84
  %add86 = add i64 %add74, %mul85
  %rem88 = urem i64 %div77, %o0
  %mul92 = mul i64 %rem88, %sel91
  %add93 = add i64 %add81, %mul92
  %mul97 = mul i64 %rem88, %sel96
  %add98 = add i64 %add86, %mul97
  %p = getelementptr inbounds float, float addrspace(1)* %a, i64 %add93
  %v = load float, float addrspace(1)* %p, align 4
  %p100 = getelementptr inbounds float, float addrspace(1)* %b, i64 %add98
  %v101 = load float, float addrspace(1)* %p100, align 4
  %fdiv = fdiv float %v, %v101
  %p102 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i104
  store float %fdiv, float addrspace(1)* %p102, align 4
  %next = add i64 %i104, %mul7
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, float addrspace(1)*)* @syncbn_broadcast_div, !"kernel", i32 1}
