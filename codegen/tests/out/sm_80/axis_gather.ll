; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_axis_gather(float addrspace(1)* nocapture readonly %x, i64 %len, i64 %o0, i64 %o1, i64 %o2, i64 %o3, i64 %o4, i64 %o5, i64 %o6, i64 %o7, i64 %start0, i64 %start1, i64 %start2, i64 %start3, i64 %start4, i64 %start5, i64 %start6, i64 %start7, i64 %step0, i64 %step1, i64 %step2, i64 %step3, i64 %step4, i64 %step5, i64 %step6, i64 %step7, i64 %div0, i64 %div1, i64 %div2, i64 %div3, i64 %div4, i64 %div5, i64 %div6, i64 %div7, i64 %extent0, i64 %extent1, i64 %extent2, i64 %extent3, i64 %extent4, i64 %extent5, i64 %extent6, i64 %extent7, i64 %stride0, i64 %stride1, i64 %stride2, i64 %stride3, i64 %stride4, i64 %stride5, i64 %stride6, i64 %stride7, i64 %mode, float %fill, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go222 = icmp slt i64 %add, %len
  br i1 %go222, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %sub = add i64 %extent7, -1
  %0 = add i64 %mode, -1
  %1 = icmp ult i64 %0, 2
  %sub32 = add i64 %extent6, -1
  %sub59 = add i64 %extent5, -1
  %sub86 = add i64 %extent4, -1
  %sub113 = add i64 %extent3, -1
  %sub140 = add i64 %extent2, -1
  %sub167 = add i64 %extent1, -1
  %sub194 = add i64 %extent0, -1
  %add16 = shl i64 %sub, 1
  %add36 = shl i64 %sub32, 1
  %add63 = shl i64 %sub59, 1
  %add90 = shl i64 %sub86, 1
  %add117 = shl i64 %sub113, 1
  %add144 = shl i64 %sub140, 1
  %add171 = shl i64 %sub167, 1
  %add198 = shl i64 %sub194, 1
  br label %body

body:                                             ; preds = %body.lr.ph, %join
  %i223 = phi i64 [ %add, %body.lr.ph ], [ %next, %join ]
  %i223.frozen = freeze i64 %i223
  %o7.frozen = freeze i64 %o7
  %div = udiv i64 %i223.frozen, %o7.frozen
  %2 = mul i64 %div, %o7.frozen
  %rem.decomposed = sub i64 %i223.frozen, %2
  %mul9 = mul i64 %rem.decomposed, %step7
  %add10 = add i64 %mul9, %start7
  %add10.frozen = freeze i64 %add10
  %div7.frozen = freeze i64 %div7
  %q = sdiv i64 %add10.frozen, %div7.frozen
  %3 = mul i64 %q, %div7.frozen
  %r11.decomposed = sub i64 %add10.frozen, %3
  %cmp12 = icmp eq i64 %r11.decomposed, 0
  %cmp13 = icmp slt i64 %q, 0
  %cmp14 = icmp sgt i64 %q, %sub
  %out = or i1 %cmp13, %cmp14
  %in = xor i1 %out, true
  %ok = and i1 %cmp12, %in
  %o6.frozen = freeze i64 %o6
  %div26 = udiv i64 %div, %o6.frozen
  %4 = mul i64 %div26, %o6.frozen
  %rem25.decomposed = sub i64 %div, %4
  %mul27 = mul i64 %rem25.decomposed, %step6
  %add28 = add i64 %mul27, %start6
  %add28.frozen = freeze i64 %add28
  %div6.frozen = freeze i64 %div6
  %q31 = sdiv i64 %add28.frozen, %div6.frozen
  %5 = mul i64 %q31, %div6.frozen
  %r29.decomposed = sub i64 %add28.frozen, %5
  %cmp30 = icmp eq i64 %r29.decomposed, 0
  %cmp33 = icmp slt i64 %q31, 0
  %cmp34 = icmp sgt i64 %q31, %sub32
  %out44 = or i1 %cmp33, %cmp34
  %in45 = xor i1 %out44, true
  %ok46 = and i1 %cmp30, %in45
  %kept215 = and i1 %ok, %ok46
  %o5.frozen = freeze i64 %o5
  %div53 = udiv i64 %div26, %o5.frozen
  %6 = mul i64 %div53, %o5.frozen
  %rem52.decomposed = sub i64 %div26, %6
  %mul54 = mul i64 %rem52.decomposed, %step5
  %add55 = add i64 %mul54, %start5
  %add55.frozen = freeze i64 %add55
  %div5.frozen = freeze i64 %div5
  %q58 = sdiv i64 %add55.frozen, %div5.frozen
  %7 = mul i64 %q58, %div5.frozen
  %r56.decomposed = sub i64 %add55.frozen, %7
  %cmp57 = icmp eq i64 %r56.decomposed, 0
  %cmp60 = icmp slt i64 %q58, 0
  %cmp61 = icmp sgt i64 %q58, %sub59
  %out71 = or i1 %cmp60, %cmp61
  %in72 = xor i1 %out71, true
  %ok73 = and i1 %cmp57, %in72
  %inside49216 = and i1 %kept215, %ok73
  %o4.frozen = freeze i64 %o4
  %div80 = udiv i64 %div53, %o4.frozen
  %8 = mul i64 %div80, %o4.frozen
  %rem79.decomposed = sub i64 %div53, %8
  %mul81 = mul i64 %rem79.decomposed, %step4
  %add82 = add i64 %mul81, %start4
  %add82.frozen = freeze i64 %add82
  %div4.frozen = freeze i64 %div4
  %q85 = sdiv i64 %add82.frozen, %div4.frozen
  %9 = mul i64 %q85, %div4.frozen
  %r83.decomposed = sub i64 %add82.frozen, %9
  %cmp84 = icmp eq i64 %r83.decomposed, 0
  %cmp87 = icmp slt i64 %q85, 0
  %cmp88 = icmp sgt i64 %q85, %sub86
  %out98 = or i1 %cmp87, %cmp88
  %in99 = xor i1 %out98, true
  %ok100 = and i1 %cmp84, %in99
  %inside76217 = and i1 %inside49216, %ok100
  %o3.frozen = freeze i64 %o3
  %div107 = udiv i64 %div80, %o3.frozen
  %10 = mul i64 %div107, %o3.frozen
  %rem106.decomposed = sub i64 %div80, %10
  %mul108 = mul i64 %rem106.decomposed, %step3
  %add109 = add i64 %mul108, %start3
  %add109.frozen = freeze i64 %add109
  %div3.frozen = freeze i64 %div3
  %q112 = sdiv i64 %add109.frozen, %div3.frozen
  %11 = mul i64 %q112, %div3.frozen
  %r110.decomposed = sub i64 %add109.frozen, %11
  %cmp111 = icmp eq i64 %r110.decomposed, 0
  %cmp114 = icmp slt i64 %q112, 0
  %cmp115 = icmp sgt i64 %q112, %sub113
  %out125 = or i1 %cmp114, %cmp115
  %in126 = xor i1 %out125, true
  %ok127 = and i1 %cmp111, %in126
  %inside103218 = and i1 %inside76217, %ok127
  %o2.frozen = freeze i64 %o2
  %div134 = udiv i64 %div107, %o2.frozen
  %12 = mul i64 %div134, %o2.frozen
  %rem133.decomposed = sub i64 %div107, %12
  %mul135 = mul i64 %rem133.decomposed, %step2
  %add136 = add i64 %mul135, %start2
  %add136.frozen = freeze i64 %add136
  %div2.frozen = freeze i64 %div2
  %q139 = sdiv i64 %add136.frozen, %div2.frozen
  %13 = mul i64 %q139, %div2.frozen
  %r137.decomposed = sub i64 %add136.frozen, %13
  %cmp138 = icmp eq i64 %r137.decomposed, 0
  %cmp141 = icmp slt i64 %q139, 0
  %cmp142 = icmp sgt i64 %q139, %sub140
  %out152 = or i1 %cmp141, %cmp142
  %in153 = xor i1 %out152, true
  %ok154 = and i1 %cmp138, %in153
  %inside130219 = and i1 %inside103218, %ok154
  %div134.frozen = freeze i64 %div134
  %o1.frozen = freeze i64 %o1
  %div161 = udiv i64 %div134.frozen, %o1.frozen
  %14 = mul i64 %div161, %o1.frozen
  %rem160.decomposed = sub i64 %div134.frozen, %14
  %mul162 = mul i64 %rem160.decomposed, %step1
  %add163 = add i64 %mul162, %start1
  %add163.frozen = freeze i64 %add163
  %div1.frozen = freeze i64 %div1
  %q166 = sdiv i64 %add163.frozen, %div1.frozen
  %15 = mul i64 %q166, %div1.frozen
  %r164.decomposed = sub i64 %add163.frozen, %15
  %cmp165 = icmp eq i64 %r164.decomposed, 0
  %cmp168 = icmp slt i64 %q166, 0
  %cmp169 = icmp sgt i64 %q166, %sub167
  %out179 = or i1 %cmp168, %cmp169
  %in180 = xor i1 %out179, true
  %ok181 = and i1 %cmp165, %in180
  %inside157220 = and i1 %inside130219, %ok181
  %rem187 = urem i64 %div161, %o0
  %mul189 = mul i64 %rem187, %step0
  %add190 = add i64 %mul189, %start0
  %add190.frozen = freeze i64 %add190
  %div0.frozen = freeze i64 %div0
  %q193 = sdiv i64 %add190.frozen, %div0.frozen
  %16 = mul i64 %q193, %div0.frozen
  %r191.decomposed = sub i64 %add190.frozen, %16
  %cmp192 = icmp eq i64 %r191.decomposed, 0
  %cmp195 = icmp slt i64 %q193, 0
  %cmp196 = icmp sgt i64 %q193, %sub194
  %out206 = or i1 %cmp195, %cmp196
  %in207 = xor i1 %out206, true
  %ok208 = and i1 %cmp192, %in207
  %inside184221 = and i1 %inside157220, %ok208
  %inside211 = or i1 %1, %inside184221
  br i1 %inside211, label %then, label %join

done:                                             ; preds = %join, %entry
  ret void

then:                                             ; preds = %body
  %sub15 = sub i64 0, %q
  %sub17 = sub i64 %add16, %q
  %sel = select i1 %cmp14, i64 %sub17, i64 %q
  %sel18 = select i1 %cmp13, i64 %sub15, i64 %sel
  %sel19 = select i1 %cmp14, i64 %sub, i64 %q
  %sel20 = select i1 %cmp13, i64 0, i64 %sel19
  %sel21 = select i1 %cmp8, i64 %sel20, i64 %q
  %sel22 = select i1 %cmp, i64 %sel18, i64 %sel21
  %mul23 = mul i64 %sel22, %stride7
  %sub35 = sub i64 0, %q31
  %sub37 = sub i64 %add36, %q31
  %sel38 = select i1 %cmp34, i64 %sub37, i64 %q31
  %sel39 = select i1 %cmp33, i64 %sub35, i64 %sel38
  %sel40 = select i1 %cmp34, i64 %sub32, i64 %q31
  %sel41 = select i1 %cmp33, i64 0, i64 %sel40
  %sel42 = select i1 %cmp8, i64 %sel41, i64 %q31
  %sel43 = select i1 %cmp, i64 %sel39, i64 %sel42
  %mul50 = mul i64 %sel43, %stride6
  %add51 = add i64 %mul50, %mul23
  %sub62 = sub i64 0, %q58
  %sub64 = sub i64 %add63, %q58
  %sel65 = select i1 %cmp61, i64 %sub64, i64 %q58
  %sel66 = select i1 %cmp60, i64 %sub62, i64 %sel65
  %sel67 = select i1 %cmp61, i64 %sub59, i64 %q58
  %sel68 = select i1 %cmp60, i64 0, i64 %sel67
  %sel69 = select i1 %cmp8, i64 %sel68, i64 %q58
  %sel70 = select i1 %cmp, i64 %sel66, i64 %sel69
  %mul77 = mul i64 %sel70, %stride5
  %add78 = add i64 %add51, %mul77
  %sub89 = sub i64 0, %q85
  %sub91 = sub i64 %add90, %q85
  %sel92 = select i1 %cmp88, i64 %sub91, i64 %q85
  %sel93 = select i1 %cmp87, i64 %sub89, i64 %sel92
  %sel94 = select i1 %cmp88, i64 %sub86, i64 %q85
  %sel95 = select i1 %cmp87, i64 0, i64 %sel94
  %sel96 = select i1 %cmp8, i64 %sel95, i64 %q85
  %sel97 = select i1 %cmp, i64 %sel93, i64 %sel96
  %mul104 = mul i64 %sel97, %stride4
  %add105 = add i64 %add78, %mul104
  %sub116 = sub i64 0, %q112
  %sub118 = sub i64 %add117, %q112
  %sel119 = select i1 %cmp115, i64 %sub118, i64 %q112
  %sel120 = select i1 %cmp114, i64 %sub116, i64 %sel119
  %sel121 = select i1 %cmp115, i64 %sub113, i64 %q112
  %sel122 = select i1 %cmp114, i64 0, i64 %sel121
  %sel123 = select i1 %cmp8, i64 %sel122, i64 %q112
  %sel124 = select i1 %cmp, i64 %sel120, i64 %sel123
  %mul131 = mul i64 %sel124, %stride3
  %add132 = add i64 %add105, %mul131
  %sub143 = sub i64 0, %q139
  %sub145 = sub i64 %add144, %q139
  %sel146 = select i1 %cmp142, i64 %sub145, i64 %q139
  %sel147 = select i1 %cmp141, i64 %sub143, i64 %sel146
  %sel148 = select i1 %cmp142, i64 %sub140, i64 %q139
  %sel149 = select i1 %cmp141, i64 0, i64 %sel148
  %sel150 = select i1 %cmp8, i64 %sel149, i64 %q139
  %sel151 = select i1 %cmp, i64 %sel147, i64 %sel150
  %mul158 = mul i64 %sel151, %stride2
  %add159 = add i64 %add132, %mul158
  %sub170 = sub i64 0, %q166
  %sub172 = sub i64 %add171, %q166
  %sel173 = select i1 %cmp169, i64 %sub172, i64 %q166
  %sel174 = select i1 %cmp168, i64 %sub170, i64 %sel173
  %sel175 = select i1 %cmp169, i64 %sub167, i64 %q166
  %sel176 = select i1 %cmp168, i64 0, i64 %sel175
  %sel177 = select i1 %cmp8, i64 %sel176, i64 %q166
  %sel178 = select i1 %cmp, i64 %sel174, i64 %sel177
  %mul185 = mul i64 %sel178, %stride1
  %add186 = add i64 %add159, %mul185
  %sub197 = sub i64 0, %q193
  %sub199 = sub i64 %add198, %q193
  %sel200 = select i1 %cmp196, i64 %sub199, i64 %q193
  %sel201 = select i1 %cmp195, i64 %sub197, i64 %sel200
  %sel202 = select i1 %cmp196, i64 %sub194, i64 %q193
  %sel203 = select i1 %cmp195, i64 0, i64 %sel202
  %sel204 = select i1 %cmp8, i64 %sel203, i64 %q193
  %sel205 = select i1 %cmp, i64 %sel201, i64 %sel204
  %mul212 = mul i64 %sel205, %stride0
  %add213 = add i64 %add186, %mul212
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %add213
  %v = load float, float addrspace(1)* %p, align 4
  br label %join

join:                                             ; preds = %body, %then
  %var.0 = phi float [ %v, %then ], [ %fill, %body ]
  %p214 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i223
  store float %var.0, float addrspace(1)* %p214, align 4
  %next = add i64 %i223, %mul7
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

!0 = !{void (float addrspace(1)*, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, float, float addrspace(1)*)* @syncbn_axis_gather, !"kernel", i32 1}
