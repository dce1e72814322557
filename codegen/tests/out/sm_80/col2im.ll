; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_col2im(float addrspace(1)* nocapture readonly %col, i64 %len, i64 %in0, i64 %in1, i64 %in2, i64 %out0, i64 %out1, i64 %out2, i64 %k0, i64 %k1, i64 %k2, i64 %s0, i64 %s1, i64 %s2, i64 %d0, i64 %d1, i64 %d2, i64 %pb0, i64 %pb1, i64 %pb2, i64 %pe0, i64 %pe1, i64 %pe2, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go145 = icmp slt i64 %add, %len
  br i1 %go145, label %body.lr.ph, label %done

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
  br label %body

body:                                             ; preds = %body.lr.ph, %done35
  %i146 = phi i64 [ %add, %body.lr.ph ], [ %next127, %done35 ]
  %i146.frozen = freeze i64 %i146
  %in2.frozen = freeze i64 %in2
  %div = udiv i64 %i146.frozen, %in2.frozen
  %div.frozen = freeze i64 %div
  %in1.frozen = freeze i64 %in1
  %div18 = udiv i64 %div.frozen, %in1.frozen
  %div18.frozen = freeze i64 %div18
  %in0.frozen = freeze i64 %in0
  %div20 = udiv i64 %div18.frozen, %in0.frozen
  %0 = mul i64 %div20, %in0.frozen
  %rem19.decomposed = sub i64 %div18.frozen, %0
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
  %go37141 = icmp sgt i64 %add32, 0
  br i1 %go37141, label %body34.lr.ph, label %done35

body34.lr.ph:                                     ; preds = %body
  %1 = mul i64 %div18, %in1.frozen
  %rem17.decomposed = sub i64 %div.frozen, %1
  %2 = mul i64 %div, %in2.frozen
  %rem.decomposed = sub i64 %i146.frozen, %2
  %add45 = add i64 %rem17.decomposed, %pb1
  %sub48 = sub i64 %add45, %mul47
  %add51 = add i64 %sub50, %sub48
  %add76 = add i64 %rem.decomposed, %pb2
  %sub79 = sub i64 %add76, %mul78
  %add82 = add i64 %sub81, %sub79
  %mul107 = mul i64 %div20, %k0
  %cmp49.inv = icmp slt i64 %sub48, 1
  %cmp80.inv = icmp slt i64 %sub79, 1
  br label %body34

done:                                             ; preds = %done35, %entry
  ret void

body34:                                           ; preds = %body34.lr.ph, %join
  %i36143 = phi i64 [ 0, %body34.lr.ph ], [ %next124, %join ]
  %var.0142 = phi float [ 0.000000e+00, %body34.lr.ph ], [ %var.1, %join ]
  %sub38 = sub i64 %sel30, %i36143
  %mul39 = mul i64 %sub38, %s0
  %sub40 = sub i64 %add21, %mul39
  %sub40.frozen = freeze i64 %sub40
  %d0.frozen = freeze i64 %d0
  %div41 = udiv i64 %sub40.frozen, %d0.frozen
  %3 = mul i64 %div41, %d0.frozen
  %rem42.decomposed = sub i64 %sub40.frozen, %3
  %cmp43 = icmp eq i64 %rem42.decomposed, 0
  %cmp44 = icmp slt i64 %div41, %k0
  %reads = and i1 %cmp44, %cmp43
  br i1 %reads, label %then, label %join

done35:                                           ; preds = %join, %body
  %var.0.lcssa = phi float [ 0.000000e+00, %body ], [ %var.1, %join ]
  %p126 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i146
  store float %var.0.lcssa, float addrspace(1)* %p126, align 4
  %next127 = add i64 %i146, %mul7
  %go = icmp slt i64 %next127, %len
  br i1 %go, label %body, label %done

then:                                             ; preds = %body34
  %div52 = udiv i64 %add51, %s1
  %div55 = udiv i64 %add45, %s1
  %cmp56 = icmp slt i64 %div55, %sub54
  %sel57 = select i1 %cmp56, i64 %div55, i64 %sub54
  %div52.op = sub i64 1, %div52
  %sub58 = select i1 %cmp49.inv, i64 1, i64 %div52.op
  %add59 = add i64 %sub58, %sel57
  %go64137 = icmp sgt i64 %add59, 0
  br i1 %go64137, label %body61.lr.ph, label %join

body61.lr.ph:                                     ; preds = %then
  %reass.add130 = add i64 %div41, %mul107
  %reass.mul131 = mul i64 %reass.add130, %k1
  br label %body61

join:                                             ; preds = %join75, %then, %body34
  %var.1 = phi float [ %var.0142, %body34 ], [ %var.0142, %then ], [ %var.3, %join75 ]
  %next124 = add nuw nsw i64 %i36143, 1
  %go37 = icmp slt i64 %next124, %add32
  br i1 %go37, label %body34, label %done35

body61:                                           ; preds = %body61.lr.ph, %join75
  %i63139 = phi i64 [ 0, %body61.lr.ph ], [ %next123, %join75 ]
  %var.2138 = phi float [ %var.0142, %body61.lr.ph ], [ %var.3, %join75 ]
  %sub65 = sub i64 %sel57, %i63139
  %mul66 = mul i64 %sub65, %s1
  %sub67 = sub i64 %add45, %mul66
  %sub67.frozen = freeze i64 %sub67
  %d1.frozen = freeze i64 %d1
  %div68 = udiv i64 %sub67.frozen, %d1.frozen
  %4 = mul i64 %div68, %d1.frozen
  %rem69.decomposed = sub i64 %sub67.frozen, %4
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
  %go95134 = icmp sgt i64 %add90, 0
  br i1 %go95134, label %body92.lr.ph, label %join75

body92.lr.ph:                                     ; preds = %then73
  %reass.add = add i64 %reass.mul131, %div68
  %reass.mul = mul i64 %reass.add, %k2
  %5 = add i64 %sel88, -1
  %xtraiter = and i64 %add90, 1
  %6 = sub i64 0, %sub89
  %7 = icmp eq i64 %5, %6
  br i1 %7, label %join75.loopexit.unr-lcssa, label %body92.lr.ph.new

body92.lr.ph.new:                                 ; preds = %body92.lr.ph
  %unroll_iter = and i64 %add90, -2
  br label %body92

join75.loopexit.unr-lcssa:                        ; preds = %join106.1, %body92.lr.ph
  %var.5.lcssa.ph = phi float [ undef, %body92.lr.ph ], [ %var.5.1, %join106.1 ]
  %i94136.unr = phi i64 [ 0, %body92.lr.ph ], [ %next.1, %join106.1 ]
  %var.4135.unr = phi float [ %var.2138, %body92.lr.ph ], [ %var.5.1, %join106.1 ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %join75, label %body92.epil

body92.epil:                                      ; preds = %join75.loopexit.unr-lcssa
  %sub96.epil = sub i64 %sel88, %i94136.unr
  %mul97.epil = mul i64 %sub96.epil, %s2
  %sub98.epil = sub i64 %add76, %mul97.epil
  %sub98.epil.frozen = freeze i64 %sub98.epil
  %d2.frozen = freeze i64 %d2
  %div99.epil = udiv i64 %sub98.epil.frozen, %d2.frozen
  %8 = mul i64 %div99.epil, %d2.frozen
  %rem100.epil.decomposed = sub i64 %sub98.epil.frozen, %8
  %cmp101.epil = icmp eq i64 %rem100.epil.decomposed, 0
  %cmp102.epil = icmp slt i64 %div99.epil, %k2
  %reads103.epil = and i1 %cmp102.epil, %cmp101.epil
  br i1 %reads103.epil, label %then104.epil, label %join75

then104.epil:                                     ; preds = %body92.epil
  %add114.epil = add i64 %div99.epil, %reass.mul
  %mul115.epil = mul i64 %add114.epil, %out0
  %reass.add132.epil = add i64 %mul115.epil, %sub38
  %reass.mul133.epil = mul i64 %reass.add132.epil, %out1
  %reass.add128.epil = add i64 %reass.mul133.epil, %sub65
  %reass.mul129.epil = mul i64 %reass.add128.epil, %out2
  %add122.epil = add i64 %reass.mul129.epil, %sub96.epil
  %p.epil = getelementptr inbounds float, float addrspace(1)* %col, i64 %add122.epil
  %v.epil = load float, float addrspace(1)* %p.epil, align 4
  %fadd.epil = fadd float %var.4135.unr, %v.epil
  br label %join75

join75:                                           ; preds = %join75.loopexit.unr-lcssa, %then104.epil, %body92.epil, %then73, %body61
  %var.3 = phi float [ %var.2138, %body61 ], [ %var.2138, %then73 ], [ %var.5.lcssa.ph, %join75.loopexit.unr-lcssa ], [ %fadd.epil, %then104.epil ], [ %var.4135.unr, %body92.epil ]
  %next123 = add nuw nsw i64 %i63139, 1
  %go64 = icmp slt i64 %next123, %add59
  br i1 %go64, label %body61, label %join

body92:                                           ; preds = %join106.1, %body92.lr.ph.new
  %i94136 = phi i64 [ 0, %body92.lr.ph.new ], [ %next.1, %join106.1 ]
  %var.4135 = phi float [ %var.2138, %body92.lr.ph.new ], [ %var.5.1, %join106.1 ]
  %niter = phi i64 [ 0, %body92.lr.ph.new ], [ %niter.next.1, %join106.1 ]
  %sub96 = sub i64 %sel88, %i94136
  %mul97 = mul i64 %sub96, %s2
  %sub98 = sub i64 %add76, %mul97
  %sub98.frozen = freeze i64 %sub98
  %d2.frozen148 = freeze i64 %d2
  %div99 = udiv i64 %sub98.frozen, %d2.frozen148
  %9 = mul i64 %div99, %d2.frozen148
  %rem100.decomposed = sub i64 %sub98.frozen, %9
  %cmp101 = icmp eq i64 %rem100.decomposed, 0
  %cmp102 = icmp slt i64 %div99, %k2
  %reads103 = and i1 %cmp102, %cmp101
  br i1 %reads103, label %then104, label %join106

then104:                                          ; preds = %body92
  %add114 = add i64 %div99, %reass.mul
  %mul115 = mul i64 %add114, %out0
  %reass.add132 = add i64 %mul115, %sub38
  %reass.mul133 = mul i64 %reass.add132, %out1
  %reass.add128 = add i64 %reass.mul133, %sub65
  %reass.mul129 = mul i64 %reass.add128, %out2
  %add122 = add i64 %reass.mul129, %sub96
  %p = getelementptr inbounds float, float addrspace(1)* %col, i64 %add122
  %v = load float, float addrspace(1)* %p, align 4
  %fadd = fadd float %var.4135, %v
  br label %join106

join106:                                          ; preds = %body92, %then104
  %var.5 = phi float [ %fadd, %then104 ], [ %var.4135, %body92 ]
  %next.neg = xor i64 %i94136, -1
  %sub96.1 = add i64 %sel88, %next.neg
  %mul97.1 = mul i64 %sub96.1, %s2
  %sub98.1 = sub i64 %add76, %mul97.1
  %sub98.1.frozen = freeze i64 %sub98.1
  %d2.frozen149 = freeze i64 %d2
  %div99.1 = udiv i64 %sub98.1.frozen, %d2.frozen149
  %10 = mul i64 %div99.1, %d2.frozen149
  %rem100.1.decomposed = sub i64 %sub98.1.frozen, %10
  %cmp101.1 = icmp eq i64 %rem100.1.decomposed, 0
  %cmp102.1 = icmp slt i64 %div99.1, %k2
  %reads103.1 = and i1 %cmp102.1, %cmp101.1
  br i1 %reads103.1, label %then104.1, label %join106.1

then104.1:                                        ; preds = %join106
  %add114.1 = add i64 %div99.1, %reass.mul
  %mul115.1 = mul i64 %add114.1, %out0
  %reass.add132.1 = add i64 %mul115.1, %sub38
  %reass.mul133.1 = mul i64 %reass.add132.1, %out1
  %reass.add128.1 = add i64 %reass.mul133.1, %sub65
  %reass.mul129.1 = mul i64 %reass.add128.1, %out2
  %add122.1 = add i64 %reass.mul129.1, %sub96.1
  %p.1 = getelementptr inbounds float, float addrspace(1)* %col, i64 %add122.1
  %v.1 = load float, float addrspace(1)* %p.1, align 4
  %fadd.1 = fadd float %var.5, %v.1
  br label %join106.1

join106.1:                                        ; preds = %then104.1, %join106
  %var.5.1 = phi float [ %fadd.1, %then104.1 ], [ %var.5, %join106 ]
  %next.1 = add nuw nsw i64 %i94136, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1.not = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1.not, label %join75.loopexit.unr-lcssa, label %body92
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

!0 = !{void (float addrspace(1)*, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, float addrspace(1)*)* @syncbn_col2im, !"kernel", i32 1}
