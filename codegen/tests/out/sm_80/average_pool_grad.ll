; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_average_pool_grad(float addrspace(1)* nocapture readonly %dy, i64 %len, i64 %in0, i64 %in1, i64 %in2, i64 %out0, i64 %out1, i64 %out2, i64 %k0, i64 %k1, i64 %k2, i64 %s0, i64 %s1, i64 %s2, i64 %d0, i64 %d1, i64 %d2, i64 %pb0, i64 %pb1, i64 %pb2, i64 %pe0, i64 %pe1, i64 %pe2, i64 %count_pad, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go217 = icmp slt i64 %add, %len
  br i1 %go217, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %sub = add i64 %k0, -1
  %mul22 = mul i64 %sub, %d0
  %sub24 = add i64 %s0, -1
  %sub27 = add i64 %out0, -1
  %sub46 = add i64 %k1, -1
  %mul47 = mul i64 %sub46, %d1
  %sub50 = add i64 %s1, -1
  %sub54 = add i64 %out1, -1
  %sub77 = add i64 %k2, -1
  %mul78 = mul i64 %sub77, %d2
  %sub81 = add i64 %s2, -1
  %sub85 = add i64 %out2, -1
  %cmp115.not = icmp eq i64 %count_pad, 0
  %go121194 = icmp sgt i64 %k0, 0
  %add128 = add i64 %pe0, %in0
  %go141197 = icmp sgt i64 %k1, 0
  %add148 = add i64 %pe1, %in1
  %go164201 = icmp sgt i64 %k2, 0
  %add171 = add i64 %pe2, %in2
  %xtraiter = and i64 %k0, 3
  %0 = icmp ult i64 %sub, 3
  %unroll_iter = and i64 %k0, -4
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  %xtraiter222 = and i64 %k1, 3
  %1 = icmp ult i64 %sub46, 3
  %unroll_iter226 = and i64 %k1, -4
  %lcmp.mod224.not = icmp eq i64 %xtraiter222, 0
  %xtraiter228 = and i64 %k2, 3
  %2 = icmp ult i64 %sub77, 3
  %unroll_iter232 = and i64 %k2, -4
  %lcmp.mod230.not = icmp eq i64 %xtraiter228, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %done35
  %i218 = phi i64 [ %add, %body.lr.ph ], [ %next188, %done35 ]
  %i218.frozen = freeze i64 %i218
  %in2.frozen = freeze i64 %in2
  %div = udiv i64 %i218.frozen, %in2.frozen
  %div.frozen = freeze i64 %div
  %in1.frozen = freeze i64 %in1
  %div18 = udiv i64 %div.frozen, %in1.frozen
  %div18.frozen = freeze i64 %div18
  %in0.frozen = freeze i64 %in0
  %div20 = udiv i64 %div18.frozen, %in0.frozen
  %3 = mul i64 %div20, %in0.frozen
  %rem19.decomposed = sub i64 %div18.frozen, %3
  %add21 = add i64 %rem19.decomposed, %pb0
  %sub23 = sub i64 %add21, %mul22
  %add25 = add i64 %sub24, %sub23
  %div26 = udiv i64 %add25, %s0
  %div28 = udiv i64 %add21, %s0
  %cmp29 = icmp slt i64 %div28, %sub27
  %sel30 = select i1 %cmp29, i64 %div28, i64 %sub27
  %div26.op = sub i64 1, %div26
  %cmp.inv = icmp slt i64 %sub23, 1
  %sub31 = select i1 %cmp.inv, i64 1, i64 %div26.op
  %add32 = add i64 %sub31, %sel30
  %go37213 = icmp sgt i64 %add32, 0
  br i1 %go37213, label %body34.lr.ph, label %done35

body34.lr.ph:                                     ; preds = %body
  %4 = mul i64 %div18, %in1.frozen
  %rem17.decomposed = sub i64 %div.frozen, %4
  %5 = mul i64 %div, %in2.frozen
  %rem.decomposed = sub i64 %i218.frozen, %5
  %add45 = add i64 %rem17.decomposed, %pb1
  %sub48 = sub i64 %add45, %mul47
  %add51 = add i64 %sub50, %sub48
  %add76 = add i64 %rem.decomposed, %pb2
  %sub79 = sub i64 %add76, %mul78
  %add82 = add i64 %sub81, %sub79
  %mul107 = mul i64 %div20, %out0
  %cmp49.inv = icmp slt i64 %sub48, 1
  %cmp80.inv = icmp slt i64 %sub79, 1
  br label %body34

done:                                             ; preds = %done35, %entry
  ret void

body34:                                           ; preds = %body34.lr.ph, %join
  %i36215 = phi i64 [ 0, %body34.lr.ph ], [ %next185, %join ]
  %var.0214 = phi float [ 0.000000e+00, %body34.lr.ph ], [ %var.1, %join ]
  %sub38 = sub i64 %sel30, %i36215
  %mul39 = mul i64 %sub38, %s0
  %sub40 = sub i64 %add21, %mul39
  %sub40.frozen = freeze i64 %sub40
  %d0.frozen = freeze i64 %d0
  %div41 = udiv i64 %sub40.frozen, %d0.frozen
  %6 = mul i64 %div41, %d0.frozen
  %rem42.decomposed = sub i64 %sub40.frozen, %6
  %cmp43 = icmp eq i64 %rem42.decomposed, 0
  %cmp44 = icmp slt i64 %div41, %k0
  %reads = and i1 %cmp44, %cmp43
  br i1 %reads, label %then, label %join

done35:                                           ; preds = %join, %body
  %var.0.lcssa = phi float [ 0.000000e+00, %body ], [ %var.1, %join ]
  %p187 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i218
  store float %var.0.lcssa, float addrspace(1)* %p187, align 4
  %next188 = add i64 %i218, %mul7
  %go = icmp slt i64 %next188, %len
  br i1 %go, label %body, label %done

then:                                             ; preds = %body34
  %div52 = udiv i64 %add51, %s1
  %div55 = udiv i64 %add45, %s1
  %cmp56 = icmp slt i64 %div55, %sub54
  %sel57 = select i1 %cmp56, i64 %div55, i64 %sub54
  %div52.op = sub i64 1, %div52
  %sub58 = select i1 %cmp49.inv, i64 1, i64 %div52.op
  %add59 = add i64 %sub58, %sel57
  %go64209 = icmp sgt i64 %add59, 0
  br i1 %go64209, label %body61.lr.ph, label %join

body61.lr.ph:                                     ; preds = %then
  %reass.add192 = add i64 %sub38, %mul107
  %reass.mul193 = mul i64 %reass.add192, %out1
  %add124 = sub i64 %mul39, %pb0
  br label %body61

join:                                             ; preds = %join75, %then, %body34
  %var.1 = phi float [ %var.0214, %body34 ], [ %var.0214, %then ], [ %var.3, %join75 ]
  %next185 = add nuw nsw i64 %i36215, 1
  %go37 = icmp slt i64 %next185, %add32
  br i1 %go37, label %body34, label %done35

body61:                                           ; preds = %body61.lr.ph, %join75
  %i63211 = phi i64 [ 0, %body61.lr.ph ], [ %next184, %join75 ]
  %var.2210 = phi float [ %var.0214, %body61.lr.ph ], [ %var.3, %join75 ]
  %sub65 = sub i64 %sel57, %i63211
  %mul66 = mul i64 %sub65, %s1
  %sub67 = sub i64 %add45, %mul66
  %sub67.frozen = freeze i64 %sub67
  %d1.frozen = freeze i64 %d1
  %div68 = udiv i64 %sub67.frozen, %d1.frozen
  %7 = mul i64 %div68, %d1.frozen
  %rem69.decomposed = sub i64 %sub67.frozen, %7
  %cmp70 = icmp eq i64 %rem69.decomposed, 0
  %cmp71 = icmp slt i64 %div68, %k1
  %reads72 = and i1 %cmp71, %cmp70
  br i1 %reads72, label %then73, label %join75

then73:                                           ; preds = %body61
  %div83 = udiv i64 %add82, %s2
  %div86 = udiv i64 %add76, %s2
  %cmp87 = icmp slt i64 %div86, %sub85
  %sel88 = select i1 %cmp87, i64 %div86, i64 %sub85
  %div83.op = sub i64 1, %div83
  %sub89 = select i1 %cmp80.inv, i64 1, i64 %div83.op
  %add90 = add i64 %sub89, %sel88
  %go95205 = icmp sgt i64 %add90, 0
  br i1 %go95205, label %body92.lr.ph, label %join75

body92.lr.ph:                                     ; preds = %then73
  %reass.add = add i64 %reass.mul193, %sub65
  %reass.mul = mul i64 %reass.add, %out2
  %add144 = sub i64 %mul66, %pb1
  br label %body92

join75:                                           ; preds = %join106, %then73, %body61
  %var.3 = phi float [ %var.2210, %body61 ], [ %var.2210, %then73 ], [ %var.5, %join106 ]
  %next184 = add nuw nsw i64 %i63211, 1
  %go64 = icmp slt i64 %next184, %add59
  br i1 %go64, label %body61, label %join

body92:                                           ; preds = %body92.lr.ph, %join106
  %i94207 = phi i64 [ 0, %body92.lr.ph ], [ %next183, %join106 ]
  %var.4206 = phi float [ %var.2210, %body92.lr.ph ], [ %var.5, %join106 ]
  %sub96 = sub i64 %sel88, %i94207
  %mul97 = mul i64 %sub96, %s2
  %sub98 = sub i64 %add76, %mul97
  %sub98.frozen = freeze i64 %sub98
  %d2.frozen = freeze i64 %d2
  %div99 = udiv i64 %sub98.frozen, %d2.frozen
  %8 = mul i64 %div99, %d2.frozen
  %rem100.decomposed = sub i64 %sub98.frozen, %8
  %cmp101 = icmp eq i64 %rem100.decomposed, 0
  %cmp102 = icmp slt i64 %div99, %k2
  %reads103 = and i1 %cmp102, %cmp101
  br i1 %reads103, label %then104, label %join106

then104:                                          ; preds = %body92
  %add114 = add i64 %sub96, %reass.mul
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add114
  %v = load float, float addrspace(1)* %p, align 4
  br i1 %go121194, label %body118.preheader, label %loop137.preheader

body118.preheader:                                ; preds = %then104
  br i1 %0, label %loop137.preheader.loopexit.unr-lcssa, label %body118

join106:                                          ; preds = %body92, %done162
  %var.5 = phi float [ %fadd, %done162 ], [ %var.4206, %body92 ]
  %next183 = add nuw nsw i64 %i94207, 1
  %go95 = icmp slt i64 %next183, %add90
  br i1 %go95, label %body92, label %join75

loop137.preheader.loopexit.unr-lcssa:             ; preds = %body118, %body118.preheader
  %add133.lcssa.ph = phi i64 [ undef, %body118.preheader ], [ %add133.3, %body118 ]
  %i120196.unr = phi i64 [ 0, %body118.preheader ], [ %next.3, %body118 ]
  %var116.0195.unr = phi i64 [ 0, %body118.preheader ], [ %add133.3, %body118 ]
  br i1 %lcmp.mod.not, label %loop137.preheader, label %body118.epil

body118.epil:                                     ; preds = %loop137.preheader.loopexit.unr-lcssa, %body118.epil
  %i120196.epil = phi i64 [ %next.epil, %body118.epil ], [ %i120196.unr, %loop137.preheader.loopexit.unr-lcssa ]
  %var116.0195.epil = phi i64 [ %add133.epil, %body118.epil ], [ %var116.0195.unr, %loop137.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body118.epil ], [ 0, %loop137.preheader.loopexit.unr-lcssa ]
  %mul123.epil = mul i64 %i120196.epil, %d0
  %sub125.epil = add i64 %add124, %mul123.epil
  %cmp126.epil = icmp sgt i64 %sub125.epil, -1
  %cmp127.epil = icmp slt i64 %sub125.epil, %in0
  %cmp129.epil = icmp slt i64 %sub125.epil, %add128
  %inside.epil = and i1 %cmp126.epil, %cmp127.epil
  %sel132.v.epil = select i1 %cmp115.not, i1 %inside.epil, i1 %cmp129.epil
  %sel132.epil = zext i1 %sel132.v.epil to i64
  %add133.epil = add i64 %var116.0195.epil, %sel132.epil
  %next.epil = add nuw nsw i64 %i120196.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %loop137.preheader, label %body118.epil, !llvm.loop !1

loop137.preheader:                                ; preds = %loop137.preheader.loopexit.unr-lcssa, %body118.epil, %then104
  %var116.0.lcssa = phi i64 [ 0, %then104 ], [ %add133.lcssa.ph, %loop137.preheader.loopexit.unr-lcssa ], [ %add133.epil, %body118.epil ]
  br i1 %go141197, label %body138.preheader, label %done139

body138.preheader:                                ; preds = %loop137.preheader
  br i1 %1, label %done139.loopexit.unr-lcssa, label %body138

body118:                                          ; preds = %body118.preheader, %body118
  %i120196 = phi i64 [ %next.3, %body118 ], [ 0, %body118.preheader ]
  %var116.0195 = phi i64 [ %add133.3, %body118 ], [ 0, %body118.preheader ]
  %niter = phi i64 [ %niter.next.3, %body118 ], [ 0, %body118.preheader ]
  %mul123 = mul i64 %i120196, %d0
  %sub125 = add i64 %add124, %mul123
  %cmp126 = icmp sgt i64 %sub125, -1
  %cmp127 = icmp slt i64 %sub125, %in0
  %cmp129 = icmp slt i64 %sub125, %add128
  %inside = and i1 %cmp126, %cmp127
  %sel132.v = select i1 %cmp115.not, i1 %inside, i1 %cmp129
  %sel132 = zext i1 %sel132.v to i64
  %add133 = add i64 %var116.0195, %sel132
  %next = or i64 %i120196, 1
  %mul123.1 = mul i64 %next, %d0
  %sub125.1 = add i64 %add124, %mul123.1
  %cmp126.1 = icmp sgt i64 %sub125.1, -1
  %cmp127.1 = icmp slt i64 %sub125.1, %in0
  %cmp129.1 = icmp slt i64 %sub125.1, %add128
  %inside.1 = and i1 %cmp126.1, %cmp127.1
  %sel132.v.1 = select i1 %cmp115.not, i1 %inside.1, i1 %cmp129.1
  %sel132.1 = zext i1 %sel132.v.1 to i64
  %add133.1 = add i64 %add133, %sel132.1
  %next.1 = or i64 %i120196, 2
  %mul123.2 = mul i64 %next.1, %d0
  %sub125.2 = add i64 %add124, %mul123.2
  %cmp126.2 = icmp sgt i64 %sub125.2, -1
  %cmp127.2 = icmp slt i64 %sub125.2, %in0
  %cmp129.2 = icmp slt i64 %sub125.2, %add128
  %inside.2 = and i1 %cmp126.2, %cmp127.2
  %sel132.v.2 = select i1 %cmp115.not, i1 %inside.2, i1 %cmp129.2
  %sel132.2 = zext i1 %sel132.v.2 to i64
  %add133.2 = add i64 %add133.1, %sel132.2
  %next.2 = or i64 %i120196, 3
  %mul123.3 = mul i64 %next.2, %d0
  %sub125.3 = add i64 %add124, %mul123.3
  %cmp126.3 = icmp sgt i64 %sub125.3, -1
  %cmp127.3 = icmp slt i64 %sub125.3, %in0
  %cmp129.3 = icmp slt i64 %sub125.3, %add128
  %inside.3 = and i1 %cmp126.3, %cmp127.3
  %sel132.v.3 = select i1 %cmp115.not, i1 %inside.3, i1 %cmp129.3
  %sel132.3 = zext i1 %sel132.v.3 to i64
  %add133.3 = add i64 %add133.2, %sel132.3
  %next.3 = add nuw nsw i64 %i120196, 4
  %niter.next.3 = add i64 %niter, 4
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter
  br i1 %niter.ncmp.3, label %loop137.preheader.loopexit.unr-lcssa, label %body118

body138:                                          ; preds = %body138.preheader, %body138
  %i140199 = phi i64 [ %next156.3, %body138 ], [ 0, %body138.preheader ]
  %var136.0198 = phi i64 [ %add155.3, %body138 ], [ 0, %body138.preheader ]
  %niter227 = phi i64 [ %niter227.next.3, %body138 ], [ 0, %body138.preheader ]
  %mul143 = mul i64 %i140199, %d1
  %sub145 = add i64 %add144, %mul143
  %cmp146 = icmp sgt i64 %sub145, -1
  %cmp147 = icmp slt i64 %sub145, %in1
  %cmp149 = icmp slt i64 %sub145, %add148
  %inside150 = and i1 %cmp146, %cmp147
  %sel153.v = select i1 %cmp115.not, i1 %inside150, i1 %cmp149
  %sel153 = zext i1 %sel153.v to i64
  %add155 = add i64 %var136.0198, %sel153
  %next156 = or i64 %i140199, 1
  %mul143.1 = mul i64 %next156, %d1
  %sub145.1 = add i64 %add144, %mul143.1
  %cmp146.1 = icmp sgt i64 %sub145.1, -1
  %cmp147.1 = icmp slt i64 %sub145.1, %in1
  %cmp149.1 = icmp slt i64 %sub145.1, %add148
  %inside150.1 = and i1 %cmp146.1, %cmp147.1
  %sel153.v.1 = select i1 %cmp115.not, i1 %inside150.1, i1 %cmp149.1
  %sel153.1 = zext i1 %sel153.v.1 to i64
  %add155.1 = add i64 %add155, %sel153.1
  %next156.1 = or i64 %i140199, 2
  %mul143.2 = mul i64 %next156.1, %d1
  %sub145.2 = add i64 %add144, %mul143.2
  %cmp146.2 = icmp sgt i64 %sub145.2, -1
  %cmp147.2 = icmp slt i64 %sub145.2, %in1
  %cmp149.2 = icmp slt i64 %sub145.2, %add148
  %inside150.2 = and i1 %cmp146.2, %cmp147.2
  %sel153.v.2 = select i1 %cmp115.not, i1 %inside150.2, i1 %cmp149.2
  %sel153.2 = zext i1 %sel153.v.2 to i64
  %add155.2 = add i64 %add155.1, %sel153.2
  %next156.2 = or i64 %i140199, 3
  %mul143.3 = mul i64 %next156.2, %d1
  %sub145.3 = add i64 %add144, %mul143.3
  %cmp146.3 = icmp sgt i64 %sub145.3, -1
  %cmp147.3 = icmp slt i64 %sub145.3, %in1
  %cmp149.3 = icmp slt i64 %sub145.3, %add148
  %inside150.3 = and i1 %cmp146.3, %cmp147.3
  %sel153.v.3 = select i1 %cmp115.not, i1 %inside150.3, i1 %cmp149.3
  %sel153.3 = zext i1 %sel153.v.3 to i64
  %add155.3 = add i64 %add155.2, %sel153.3
  %next156.3 = add nuw nsw i64 %i140199, 4
  %niter227.next.3 = add i64 %niter227, 4
  %niter227.ncmp.3 = icmp eq i64 %niter227.next.3, %unroll_iter226
  br i1 %niter227.ncmp.3, label %done139.loopexit.unr-lcssa, label %body138

done139.loopexit.unr-lcssa:                       ; preds = %body138, %body138.preheader
  %add155.lcssa.ph = phi i64 [ undef, %body138.preheader ], [ %add155.3, %body138 ]
  %i140199.unr = phi i64 [ 0, %body138.preheader ], [ %next156.3, %body138 ]
  %var136.0198.unr = phi i64 [ 0, %body138.preheader ], [ %add155.3, %body138 ]
  br i1 %lcmp.mod224.not, label %done139, label %body138.epil

body138.epil:                                     ; preds = %done139.loopexit.unr-lcssa, %body138.epil
  %i140199.epil = phi i64 [ %next156.epil, %body138.epil ], [ %i140199.unr, %done139.loopexit.unr-lcssa ]
  %var136.0198.epil = phi i64 [ %add155.epil, %body138.epil ], [ %var136.0198.unr, %done139.loopexit.unr-lcssa ]
  %epil.iter223 = phi i64 [ %epil.iter223.next, %body138.epil ], [ 0, %done139.loopexit.unr-lcssa ]
  %mul143.epil = mul i64 %i140199.epil, %d1
  %sub145.epil = add i64 %add144, %mul143.epil
  %cmp146.epil = icmp sgt i64 %sub145.epil, -1
  %cmp147.epil = icmp slt i64 %sub145.epil, %in1
  %cmp149.epil = icmp slt i64 %sub145.epil, %add148
  %inside150.epil = and i1 %cmp146.epil, %cmp147.epil
  %sel153.v.epil = select i1 %cmp115.not, i1 %inside150.epil, i1 %cmp149.epil
  %sel153.epil = zext i1 %sel153.v.epil to i64
  %add155.epil = add i64 %var136.0198.epil, %sel153.epil
  %next156.epil = add nuw nsw i64 %i140199.epil, 1
  %epil.iter223.next = add i64 %epil.iter223, 1
  %epil.iter223.cmp.not = icmp eq i64 %epil.iter223.next, %xtraiter222
  br i1 %epil.iter223.cmp.not, label %done139, label %body138.epil, !llvm.loop !3

done139:                                          ; preds = %done139.loopexit.unr-lcssa, %body138.epil, %loop137.preheader
  %var136.0.lcssa = phi i64 [ 0, %loop137.preheader ], [ %add155.lcssa.ph, %done139.loopexit.unr-lcssa ], [ %add155.epil, %body138.epil ]
  %mul158 = mul i64 %var136.0.lcssa, %var116.0.lcssa
  br i1 %go164201, label %body161.lr.ph, label %done162

body161.lr.ph:                                    ; preds = %done139
  %add167 = sub i64 %mul97, %pb2
  br i1 %2, label %done162.loopexit.unr-lcssa, label %body161

body161:                                          ; preds = %body161.lr.ph, %body161
  %i163203 = phi i64 [ %next179.3, %body161 ], [ 0, %body161.lr.ph ]
  %var159.0202 = phi i64 [ %add178.3, %body161 ], [ 0, %body161.lr.ph ]
  %niter233 = phi i64 [ %niter233.next.3, %body161 ], [ 0, %body161.lr.ph ]
  %mul166 = mul i64 %i163203, %d2
  %sub168 = add i64 %add167, %mul166
  %cmp169 = icmp sgt i64 %sub168, -1
  %cmp170 = icmp slt i64 %sub168, %in2
  %cmp172 = icmp slt i64 %sub168, %add171
  %inside173 = and i1 %cmp169, %cmp170
  %sel176.v = select i1 %cmp115.not, i1 %inside173, i1 %cmp172
  %sel176 = zext i1 %sel176.v to i64
  %add178 = add i64 %var159.0202, %sel176
  %next179 = or i64 %i163203, 1
  %mul166.1 = mul i64 %next179, %d2
  %sub168.1 = add i64 %add167, %mul166.1
  %cmp169.1 = icmp sgt i64 %sub168.1, -1
  %cmp170.1 = icmp slt i64 %sub168.1, %in2
  %cmp172.1 = icmp slt i64 %sub168.1, %add171
  %inside173.1 = and i1 %cmp169.1, %cmp170.1
  %sel176.v.1 = select i1 %cmp115.not, i1 %inside173.1, i1 %cmp172.1
  %sel176.1 = zext i1 %sel176.v.1 to i64
  %add178.1 = add i64 %add178, %sel176.1
  %next179.1 = or i64 %i163203, 2
  %mul166.2 = mul i64 %next179.1, %d2
  %sub168.2 = add i64 %add167, %mul166.2
  %cmp169.2 = icmp sgt i64 %sub168.2, -1
  %cmp170.2 = icmp slt i64 %sub168.2, %in2
  %cmp172.2 = icmp slt i64 %sub168.2, %add171
  %inside173.2 = and i1 %cmp169.2, %cmp170.2
  %sel176.v.2 = select i1 %cmp115.not, i1 %inside173.2, i1 %cmp172.2
  %sel176.2 = zext i1 %sel176.v.2 to i64
  %add178.2 = add i64 %add178.1, %sel176.2
  %next179.2 = or i64 %i163203, 3
  %mul166.3 = mul i64 %next179.2, %d2
  %sub168.3 = add i64 %add167, %mul166.3
  %cmp169.3 = icmp sgt i64 %sub168.3, -1
  %cmp170.3 = icmp slt i64 %sub168.3, %in2
  %cmp172.3 = icmp slt i64 %sub168.3, %add171
  %inside173.3 = and i1 %cmp169.3, %cmp170.3
  %sel176.v.3 = select i1 %cmp115.not, i1 %inside173.3, i1 %cmp172.3
  %sel176.3 = zext i1 %sel176.v.3 to i64
  %add178.3 = add i64 %add178.2, %sel176.3
  %next179.3 = add nuw nsw i64 %i163203, 4
  %niter233.next.3 = add i64 %niter233, 4
  %niter233.ncmp.3 = icmp eq i64 %niter233.next.3, %unroll_iter232
  br i1 %niter233.ncmp.3, label %done162.loopexit.unr-lcssa, label %body161

done162.loopexit.unr-lcssa:                       ; preds = %body161, %body161.lr.ph
  %add178.lcssa.ph = phi i64 [ undef, %body161.lr.ph ], [ %add178.3, %body161 ]
  %i163203.unr = phi i64 [ 0, %body161.lr.ph ], [ %next179.3, %body161 ]
  %var159.0202.unr = phi i64 [ 0, %body161.lr.ph ], [ %add178.3, %body161 ]
  br i1 %lcmp.mod230.not, label %done162, label %body161.epil

body161.epil:                                     ; preds = %done162.loopexit.unr-lcssa, %body161.epil
  %i163203.epil = phi i64 [ %next179.epil, %body161.epil ], [ %i163203.unr, %done162.loopexit.unr-lcssa ]
  %var159.0202.epil = phi i64 [ %add178.epil, %body161.epil ], [ %var159.0202.unr, %done162.loopexit.unr-lcssa ]
  %epil.iter229 = phi i64 [ %epil.iter229.next, %body161.epil ], [ 0, %done162.loopexit.unr-lcssa ]
  %mul166.epil = mul i64 %i163203.epil, %d2
  %sub168.epil = add i64 %add167, %mul166.epil
  %cmp169.epil = icmp sgt i64 %sub168.epil, -1
  %cmp170.epil = icmp slt i64 %sub168.epil, %in2
  %cmp172.epil = icmp slt i64 %sub168.epil, %add171
  %inside173.epil = and i1 %cmp169.epil, %cmp170.epil
  %sel176.v.epil = select i1 %cmp115.not, i1 %inside173.epil, i1 %cmp172.epil
  %sel176.epil = zext i1 %sel176.v.epil to i64
  %add178.epil = add i64 %var159.0202.epil, %sel176.epil
  %next179.epil = add nuw nsw i64 %i163203.epil, 1
  %epil.iter229.next = add i64 %epil.iter229, 1
  %epil.iter229.cmp.not = icmp eq i64 %epil.iter229.next, %xtraiter228
  br i1 %epil.iter229.cmp.not, label %done162, label %body161.epil, !llvm.loop !4

done162:                                          ; preds = %done162.loopexit.unr-lcssa, %body161.epil, %done139
  %var159.0.lcssa = phi i64 [ 0, %done139 ], [ %add178.lcssa.ph, %done162.loopexit.unr-lcssa ], [ %add178.epil, %body161.epil ]
  %mul181 = mul i64 %mul158, %var159.0.lcssa
  %i2f32 = sitofp i64 %mul181 to float
  %fdiv = fdiv float %v, %i2f32
  %fadd = fadd float %var.4206, %fdiv
  br label %join106
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

!0 = !{void (float addrspace(1)*, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, float addrspace(1)*)* @syncbn_average_pool_grad, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
!3 = distinct !{!3, !2}
!4 = distinct !{!4, !2}
