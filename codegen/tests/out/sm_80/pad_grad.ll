; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_pad_grad(float addrspace(1)* nocapture readonly %dy, i64 %len, i64 %n0, i64 %n1, i64 %n2, i64 %n3, i64 %begin0, i64 %begin1, i64 %begin2, i64 %begin3, i64 %end0, i64 %end1, i64 %end2, i64 %end3, i64 %stride0, i64 %stride1, i64 %stride2, i64 %stride3, i64 %outer, i64 %mode, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %cmp = icmp eq i64 %mode, 1
  %cmp8 = icmp eq i64 %mode, 2
  %go188 = icmp slt i64 %add, %len
  br i1 %go188, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %sub = add i64 %n3, -1
  %sub12 = sub i64 %sub, %end3
  %add26 = shl i64 %sub, 1
  %add27 = add i64 %add26, %begin3
  %add29 = add i64 %begin3, %n3
  %sub36 = add i64 %n2, -1
  %sub41 = sub i64 %sub36, %end2
  %add56 = shl i64 %sub36, 1
  %add57 = add i64 %add56, %begin2
  %add59 = add i64 %begin2, %n2
  %sub66 = add i64 %n1, -1
  %sub71 = sub i64 %sub66, %end1
  %add86 = shl i64 %sub66, 1
  %add87 = add i64 %add86, %begin1
  %add89 = add i64 %begin1, %n1
  %sub96 = add i64 %n0, -1
  %sub101 = sub i64 %sub96, %end0
  %add116 = shl i64 %sub96, 1
  %add117 = add i64 %add116, %begin0
  %add119 = add i64 %begin0, %n0
  br label %body

body:                                             ; preds = %body.lr.ph, %done131
  %i189 = phi i64 [ %add, %body.lr.ph ], [ %next184, %done131 ]
  %i189.frozen = freeze i64 %i189
  %n3.frozen = freeze i64 %n3
  %div = udiv i64 %i189.frozen, %n3.frozen
  %0 = mul i64 %div, %n3.frozen
  %rem.decomposed = sub i64 %i189.frozen, %0
  %cmp9 = icmp sgt i64 %rem.decomposed, 0
  %cmp10 = icmp sle i64 %rem.decomposed, %begin3
  %and = and i1 %cmp9, %cmp10
  %cmp11 = icmp slt i64 %rem.decomposed, %sub
  %cmp13 = icmp sge i64 %rem.decomposed, %sub12
  %and14 = and i1 %cmp11, %cmp13
  %cmp15 = icmp eq i64 %rem.decomposed, 0
  %cmp16 = icmp eq i64 %rem.decomposed, %sub
  %sel = zext i1 %and to i64
  %1 = select i1 %cmp8, i1 %cmp15, i1 false
  %sel18 = select i1 %1, i64 %begin3, i64 0
  %sel19 = select i1 %cmp, i64 %sel, i64 %sel18
  %sel20 = zext i1 %and14 to i64
  %2 = select i1 %cmp8, i1 %cmp16, i1 false
  %sel22 = select i1 %2, i64 %end3, i64 0
  %sel23 = select i1 %cmp, i64 %sel20, i64 %sel22
  %sub24 = sub i64 %begin3, %rem.decomposed
  %sel25 = select i1 %cmp, i64 %sub24, i64 0
  %add31 = add i64 %rem.decomposed, %begin3
  %add32 = add i64 %sel19, 1
  %add33 = add i64 %add32, %sel23
  %n2.frozen = freeze i64 %n2
  %div35 = udiv i64 %div, %n2.frozen
  %3 = mul i64 %div35, %n2.frozen
  %rem34.decomposed = sub i64 %div, %3
  %cmp37 = icmp sgt i64 %rem34.decomposed, 0
  %cmp38 = icmp sle i64 %rem34.decomposed, %begin2
  %and39 = and i1 %cmp37, %cmp38
  %cmp40 = icmp slt i64 %rem34.decomposed, %sub36
  %cmp42 = icmp sge i64 %rem34.decomposed, %sub41
  %and43 = and i1 %cmp40, %cmp42
  %cmp44 = icmp eq i64 %rem34.decomposed, 0
  %cmp45 = icmp eq i64 %rem34.decomposed, %sub36
  %sel46 = zext i1 %and39 to i64
  %4 = select i1 %cmp8, i1 %cmp44, i1 false
  %sel48 = select i1 %4, i64 %begin2, i64 0
  %sel49 = select i1 %cmp, i64 %sel46, i64 %sel48
  %sel50 = zext i1 %and43 to i64
  %5 = select i1 %cmp8, i1 %cmp45, i1 false
  %sel52 = select i1 %5, i64 %end2, i64 0
  %sel53 = select i1 %cmp, i64 %sel50, i64 %sel52
  %sub54 = sub i64 %begin2, %rem34.decomposed
  %sel55 = select i1 %cmp, i64 %sub54, i64 0
  %add61 = add i64 %rem34.decomposed, %begin2
  %add62 = add i64 %sel49, 1
  %add63 = add i64 %add62, %sel53
  %n1.frozen = freeze i64 %n1
  %div65 = udiv i64 %div35, %n1.frozen
  %6 = mul i64 %div65, %n1.frozen
  %rem64.decomposed = sub i64 %div35, %6
  %cmp67 = icmp sgt i64 %rem64.decomposed, 0
  %cmp68 = icmp sle i64 %rem64.decomposed, %begin1
  %and69 = and i1 %cmp67, %cmp68
  %cmp70 = icmp slt i64 %rem64.decomposed, %sub66
  %cmp72 = icmp sge i64 %rem64.decomposed, %sub71
  %and73 = and i1 %cmp70, %cmp72
  %cmp74 = icmp eq i64 %rem64.decomposed, 0
  %cmp75 = icmp eq i64 %rem64.decomposed, %sub66
  %sel76 = zext i1 %and69 to i64
  %7 = select i1 %cmp8, i1 %cmp74, i1 false
  %sel78 = select i1 %7, i64 %begin1, i64 0
  %sel79 = select i1 %cmp, i64 %sel76, i64 %sel78
  %sel80 = zext i1 %and73 to i64
  %8 = select i1 %cmp8, i1 %cmp75, i1 false
  %sel82 = select i1 %8, i64 %end1, i64 0
  %sel83 = select i1 %cmp, i64 %sel80, i64 %sel82
  %sub84 = sub i64 %begin1, %rem64.decomposed
  %sel85 = select i1 %cmp, i64 %sub84, i64 0
  %add91 = add i64 %rem64.decomposed, %begin1
  %add92 = add i64 %sel79, 1
  %add93 = add i64 %add92, %sel83
  %n0.frozen = freeze i64 %n0
  %div95 = udiv i64 %div65, %n0.frozen
  %9 = mul i64 %div95, %n0.frozen
  %rem94.decomposed = sub i64 %div65, %9
  %cmp97 = icmp sgt i64 %rem94.decomposed, 0
  %cmp98 = icmp sle i64 %rem94.decomposed, %begin0
  %and99 = and i1 %cmp97, %cmp98
  %cmp100 = icmp slt i64 %rem94.decomposed, %sub96
  %cmp102 = icmp sge i64 %rem94.decomposed, %sub101
  %and103 = and i1 %cmp100, %cmp102
  %cmp104 = icmp eq i64 %rem94.decomposed, 0
  %cmp105 = icmp eq i64 %rem94.decomposed, %sub96
  %sel106 = zext i1 %and99 to i64
  %10 = select i1 %cmp8, i1 %cmp104, i1 false
  %sel108 = select i1 %10, i64 %begin0, i64 0
  %sel109 = select i1 %cmp, i64 %sel106, i64 %sel108
  %sel110 = zext i1 %and103 to i64
  %11 = select i1 %cmp8, i1 %cmp105, i1 false
  %sel112 = select i1 %11, i64 %end0, i64 0
  %sel113 = select i1 %cmp, i64 %sel110, i64 %sel112
  %sub114 = sub i64 %begin0, %rem94.decomposed
  %sel115 = select i1 %cmp, i64 %sub114, i64 0
  %add121 = add i64 %rem94.decomposed, %begin0
  %add122 = add i64 %sel109, 1
  %add123 = add i64 %add122, %sel113
  %mul124 = mul i64 %div95, %outer
  %mul126 = mul i64 %add63, %add33
  %mul127 = mul i64 %mul126, %add93
  %mul128 = mul i64 %mul127, %add123
  %go133185 = icmp sgt i64 %mul128, 0
  br i1 %go133185, label %body130.lr.ph, label %done131

body130.lr.ph:                                    ; preds = %body
  %sub118 = sub i64 %add117, %rem94.decomposed
  %sel120 = select i1 %cmp, i64 %sub118, i64 %add119
  %sub88 = sub i64 %add87, %rem64.decomposed
  %sel90 = select i1 %cmp, i64 %sub88, i64 %add89
  %sub58 = sub i64 %add57, %rem34.decomposed
  %sel60 = select i1 %cmp, i64 %sub58, i64 %add59
  %sub28 = sub i64 %add27, %rem.decomposed
  %sel30 = select i1 %cmp, i64 %sub28, i64 %add29
  %add32.neg = xor i64 %sel19, -1
  %sub138 = add i64 %sel30, %add32.neg
  %add62.neg = xor i64 %sel49, -1
  %sub150 = add i64 %sel60, %add62.neg
  %add92.neg = xor i64 %sel79, -1
  %sub162 = add i64 %sel90, %add92.neg
  %add122.neg = xor i64 %sel109, -1
  %sub174 = add i64 %sel120, %add122.neg
  br label %body130

done:                                             ; preds = %done131, %entry
  ret void

body130:                                          ; preds = %body130.lr.ph, %body130
  %i132187 = phi i64 [ 0, %body130.lr.ph ], [ %next, %body130 ]
  %var.0186 = phi double [ 0.000000e+00, %body130.lr.ph ], [ %fadd, %body130 ]
  %i132187.frozen = freeze i64 %i132187
  %add33.frozen = freeze i64 %add33
  %div135 = udiv i64 %i132187.frozen, %add33.frozen
  %12 = mul i64 %div135, %add33.frozen
  %rem134.decomposed = sub i64 %i132187.frozen, %12
  %cmp136 = icmp slt i64 %rem134.decomposed, %sel19
  %cmp139 = icmp eq i64 %rem134.decomposed, %sel19
  %add140 = add i64 %sub138, %rem134.decomposed
  %sel141 = select i1 %cmp139, i64 %add31, i64 %add140
  %add142 = add i64 %rem134.decomposed, %sel25
  %sel143 = select i1 %cmp136, i64 %add142, i64 %sel141
  %mul144 = mul i64 %sel143, %stride3
  %add145 = add i64 %mul144, %mul124
  %add63.frozen = freeze i64 %add63
  %div147 = udiv i64 %div135, %add63.frozen
  %13 = mul i64 %div147, %add63.frozen
  %rem146.decomposed = sub i64 %div135, %13
  %cmp148 = icmp slt i64 %rem146.decomposed, %sel49
  %cmp151 = icmp eq i64 %rem146.decomposed, %sel49
  %add152 = add i64 %sub150, %rem146.decomposed
  %sel153 = select i1 %cmp151, i64 %add61, i64 %add152
  %add154 = add i64 %rem146.decomposed, %sel55
  %sel155 = select i1 %cmp148, i64 %add154, i64 %sel153
  %mul156 = mul i64 %sel155, %stride2
  %add157 = add i64 %add145, %mul156
  %add93.frozen = freeze i64 %add93
  %div159 = udiv i64 %div147, %add93.frozen
  %14 = mul i64 %div159, %add93.frozen
  %rem158.decomposed = sub i64 %div147, %14
  %cmp160 = icmp slt i64 %rem158.decomposed, %sel79
  %cmp163 = icmp eq i64 %rem158.decomposed, %sel79
  %add164 = add i64 %sub162, %rem158.decomposed
  %sel165 = select i1 %cmp163, i64 %add91, i64 %add164
  %add166 = add i64 %rem158.decomposed, %sel85
  %sel167 = select i1 %cmp160, i64 %add166, i64 %sel165
  %mul168 = mul i64 %sel167, %stride1
  %add169 = add i64 %add157, %mul168
  %rem170 = urem i64 %div159, %add123
  %cmp172 = icmp slt i64 %rem170, %sel109
  %cmp175 = icmp eq i64 %rem170, %sel109
  %add176 = add i64 %sub174, %rem170
  %sel177 = select i1 %cmp175, i64 %add121, i64 %add176
  %add178 = add i64 %rem170, %sel115
  %sel179 = select i1 %cmp172, i64 %add178, i64 %sel177
  %mul180 = mul i64 %sel179, %stride0
  %add181 = add i64 %add169, %mul180
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add181
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %fadd = fadd double %var.0186, %ext
  %next = add nuw nsw i64 %i132187, 1
  %exitcond.not = icmp eq i64 %next, %mul128
  br i1 %exitcond.not, label %done131, label %body130

done131:                                          ; preds = %body130, %body
  %var.0.lcssa = phi double [ 0.000000e+00, %body ], [ %fadd, %body130 ]
  %trunc = fptrunc double %var.0.lcssa to float
  %p183 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i189
  store float %trunc, float addrspace(1)* %p183, align 4
  %next184 = add i64 %i189, %mul7
  %go = icmp slt i64 %next184, %len
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

!0 = !{void (float addrspace(1)*, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, float addrspace(1)*)* @syncbn_pad_grad, !"kernel", i32 1}
