; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_max_pool_grad(float addrspace(1)* nocapture readonly %dy, float addrspace(1)* nocapture readonly %x, i64 %len, i64 %in0, i64 %in1, i64 %in2, i64 %out0, i64 %out1, i64 %out2, i64 %k0, i64 %k1, i64 %k2, i64 %s0, i64 %s1, i64 %s2, i64 %d0, i64 %d1, i64 %d2, i64 %pb0, i64 %pb1, i64 %pb2, i64 %pe0, i64 %pe1, i64 %pe2, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go240 = icmp slt i64 %add, %len
  br i1 %go240, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %sub = add i64 %k0, -1
  %mul29 = mul i64 %sub, %d0
  %sub31 = add i64 %s0, -1
  %sub34 = add i64 %out0, -1
  %sub53 = add i64 %k1, -1
  %mul54 = mul i64 %sub53, %d1
  %sub57 = add i64 %s1, -1
  %sub61 = add i64 %out1, -1
  %sub84 = add i64 %k2, -1
  %mul85 = mul i64 %sub84, %d2
  %sub88 = add i64 %s2, -1
  %sub92 = add i64 %out2, -1
  %go121221 = icmp sgt i64 %k0, 0
  %go134213 = icmp sgt i64 %k1, 0
  %go150206 = icmp sgt i64 %k2, 0
  %xtraiter = and i64 %k2, 1
  %0 = icmp eq i64 %sub84, 0
  %unroll_iter = and i64 %k2, -2
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br label %body

body:                                             ; preds = %body.lr.ph, %done42
  %i241 = phi i64 [ %add, %body.lr.ph ], [ %next203, %done42 ]
  %i241.frozen = freeze i64 %i241
  %in2.frozen = freeze i64 %in2
  %div = udiv i64 %i241.frozen, %in2.frozen
  %1 = mul i64 %div, %in2.frozen
  %rem.decomposed = sub i64 %i241.frozen, %1
  %in1.frozen = freeze i64 %in1
  %div18 = udiv i64 %div, %in1.frozen
  %2 = mul i64 %div18, %in1.frozen
  %rem17.decomposed = sub i64 %div, %2
  %in0.frozen = freeze i64 %in0
  %div20 = udiv i64 %div18, %in0.frozen
  %3 = mul i64 %div20, %in0.frozen
  %rem19.decomposed = sub i64 %div18, %3
  %mul21 = mul i64 %mul10, %div20
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %mul21
  %mul24 = mul i64 %rem19.decomposed, %in1
  %add25 = add i64 %mul24, %rem17.decomposed
  %mul26 = mul i64 %add25, %in2
  %add27 = add i64 %mul26, %rem.decomposed
  %add28 = add i64 %rem19.decomposed, %pb0
  %sub30 = sub i64 %add28, %mul29
  %cmp = icmp sgt i64 %sub30, 0
  %add32 = add i64 %sub31, %sub30
  %div33 = udiv i64 %add32, %s0
  %sel = select i1 %cmp, i64 %div33, i64 0
  %div35 = udiv i64 %add28, %s0
  %cmp36 = icmp slt i64 %div35, %sub34
  %sel37 = select i1 %cmp36, i64 %div35, i64 %sub34
  %sub38 = sub i64 1, %sel
  %add39 = add i64 %sub38, %sel37
  %go44236 = icmp sgt i64 %add39, 0
  br i1 %go44236, label %body41.lr.ph, label %done42

body41.lr.ph:                                     ; preds = %body
  %add52 = add i64 %rem17.decomposed, %pb1
  %sub55 = sub i64 %add52, %mul54
  %cmp56 = icmp sgt i64 %sub55, 0
  %add58 = add i64 %sub57, %sub55
  %add83 = add i64 %rem.decomposed, %pb2
  %sub86 = sub i64 %add83, %mul85
  %cmp87 = icmp sgt i64 %sub86, 0
  %add89 = add i64 %sub88, %sub86
  %mul187 = mul i64 %div20, %out0
  br label %body41

done:                                             ; preds = %done42, %entry
  ret void

body41:                                           ; preds = %body41.lr.ph, %join
  %i43238 = phi i64 [ 0, %body41.lr.ph ], [ %next200, %join ]
  %var.0237 = phi float [ 0.000000e+00, %body41.lr.ph ], [ %var.1, %join ]
  %add45 = add i64 %i43238, %sel
  %mul46 = mul i64 %add45, %s0
  %sub47 = sub i64 %add28, %mul46
  %sub47.frozen = freeze i64 %sub47
  %d0.frozen = freeze i64 %d0
  %div48 = udiv i64 %sub47.frozen, %d0.frozen
  %4 = mul i64 %div48, %d0.frozen
  %rem49.decomposed = sub i64 %sub47.frozen, %4
  %cmp50 = icmp eq i64 %rem49.decomposed, 0
  %cmp51 = icmp slt i64 %div48, %k0
  %reads = and i1 %cmp51, %cmp50
  br i1 %reads, label %then, label %join

done42:                                           ; preds = %join, %body
  %var.0.lcssa = phi float [ 0.000000e+00, %body ], [ %var.1, %join ]
  %p202 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i241
  store float %var.0.lcssa, float addrspace(1)* %p202, align 4
  %next203 = add i64 %i241, %mul7
  %go = icmp slt i64 %next203, %len
  br i1 %go, label %body, label %done

then:                                             ; preds = %body41
  %div59 = udiv i64 %add58, %s1
  %sel60 = select i1 %cmp56, i64 %div59, i64 0
  %div62 = udiv i64 %add52, %s1
  %cmp63 = icmp slt i64 %div62, %sub61
  %sel64 = select i1 %cmp63, i64 %div62, i64 %sub61
  %sub65 = sub i64 1, %sel60
  %add66 = add i64 %sub65, %sel64
  %go71232 = icmp sgt i64 %add66, 0
  br i1 %go71232, label %body68.lr.ph, label %join

body68.lr.ph:                                     ; preds = %then
  %add124 = sub i64 %mul46, %pb0
  %reass.add204 = add i64 %add45, %mul187
  %reass.mul205 = mul i64 %reass.add204, %out1
  br label %body68

join:                                             ; preds = %join82, %then, %body41
  %var.1 = phi float [ %var.0237, %body41 ], [ %var.0237, %then ], [ %var.3, %join82 ]
  %next200 = add nuw nsw i64 %i43238, 1
  %go44 = icmp slt i64 %next200, %add39
  br i1 %go44, label %body41, label %done42

body68:                                           ; preds = %body68.lr.ph, %join82
  %i70234 = phi i64 [ 0, %body68.lr.ph ], [ %next199, %join82 ]
  %var.2233 = phi float [ %var.0237, %body68.lr.ph ], [ %var.3, %join82 ]
  %add72 = add i64 %i70234, %sel60
  %mul73 = mul i64 %add72, %s1
  %sub74 = sub i64 %add52, %mul73
  %sub74.frozen = freeze i64 %sub74
  %d1.frozen = freeze i64 %d1
  %div75 = udiv i64 %sub74.frozen, %d1.frozen
  %5 = mul i64 %div75, %d1.frozen
  %rem76.decomposed = sub i64 %sub74.frozen, %5
  %cmp77 = icmp eq i64 %rem76.decomposed, 0
  %cmp78 = icmp slt i64 %div75, %k1
  %reads79 = and i1 %cmp78, %cmp77
  br i1 %reads79, label %then80, label %join82

then80:                                           ; preds = %body68
  %div90 = udiv i64 %add89, %s2
  %sel91 = select i1 %cmp87, i64 %div90, i64 0
  %div93 = udiv i64 %add83, %s2
  %cmp94 = icmp slt i64 %div93, %sub92
  %sel95 = select i1 %cmp94, i64 %div93, i64 %sub92
  %sub96 = sub i64 1, %sel91
  %add97 = add i64 %sub96, %sel95
  %go102228 = icmp sgt i64 %add97, 0
  br i1 %go102228, label %body99.lr.ph, label %join82

body99.lr.ph:                                     ; preds = %then80
  %add137 = sub i64 %mul73, %pb1
  %reass.add = add i64 %reass.mul205, %add72
  %reass.mul = mul i64 %reass.add, %out2
  br label %body99

join82:                                           ; preds = %join113, %then80, %body68
  %var.3 = phi float [ %var.2233, %body68 ], [ %var.2233, %then80 ], [ %var.5, %join113 ]
  %next199 = add nuw nsw i64 %i70234, 1
  %go71 = icmp slt i64 %next199, %add66
  br i1 %go71, label %body68, label %join

body99:                                           ; preds = %body99.lr.ph, %join113
  %i101230 = phi i64 [ 0, %body99.lr.ph ], [ %next198, %join113 ]
  %var.4229 = phi float [ %var.2233, %body99.lr.ph ], [ %var.5, %join113 ]
  %add103 = add i64 %i101230, %sel91
  %mul104 = mul i64 %add103, %s2
  %sub105 = sub i64 %add83, %mul104
  %sub105.frozen = freeze i64 %sub105
  %d2.frozen = freeze i64 %d2
  %div106 = udiv i64 %sub105.frozen, %d2.frozen
  %6 = mul i64 %div106, %d2.frozen
  %rem107.decomposed = sub i64 %sub105.frozen, %6
  %cmp108 = icmp eq i64 %rem107.decomposed, 0
  %cmp109 = icmp slt i64 %div106, %k2
  %reads110 = and i1 %cmp109, %cmp108
  br i1 %reads110, label %loop117.preheader, label %join113

loop117.preheader:                                ; preds = %body99
  br i1 %go121221, label %body118.lr.ph, label %done119

body118.lr.ph:                                    ; preds = %loop117.preheader
  %add153 = sub i64 %mul104, %pb2
  br label %body118

join113:                                          ; preds = %then184, %done119, %body99
  %var.5 = phi float [ %fadd, %then184 ], [ %var.4229, %done119 ], [ %var.4229, %body99 ]
  %next198 = add nuw nsw i64 %i101230, 1
  %go102 = icmp slt i64 %next198, %add97
  br i1 %go102, label %body99, label %join82

body118:                                          ; preds = %body118.lr.ph, %done132
  %i120225 = phi i64 [ 0, %body118.lr.ph ], [ %next179, %done132 ]
  %var114.0224 = phi i1 [ false, %body118.lr.ph ], [ %var114.1.lcssa, %done132 ]
  %var115.0223 = phi float [ 0xFFF0000000000000, %body118.lr.ph ], [ %var115.1.lcssa, %done132 ]
  %var116.0222 = phi i64 [ -1, %body118.lr.ph ], [ %var116.1.lcssa, %done132 ]
  %mul123 = mul i64 %i120225, %d0
  %sub125 = add i64 %add124, %mul123
  %cmp126 = icmp sgt i64 %sub125, -1
  %cmp127 = icmp slt i64 %sub125, %in0
  %inside = and i1 %cmp126, %cmp127
  br i1 %go134213, label %body131.lr.ph, label %done132

body131.lr.ph:                                    ; preds = %body118
  %mul167 = mul i64 %sub125, %in1
  br label %body131

done119:                                          ; preds = %done132, %loop117.preheader
  %var116.0.lcssa = phi i64 [ -1, %loop117.preheader ], [ %var116.1.lcssa, %done132 ]
  %var114.0.lcssa = phi i1 [ false, %loop117.preheader ], [ %var114.1.lcssa, %done132 ]
  %cmp183 = icmp eq i64 %var116.0.lcssa, %add27
  %mine = and i1 %cmp183, %var114.0.lcssa
  br i1 %mine, label %then184, label %join113

body131:                                          ; preds = %body131.lr.ph, %done148
  %i133217 = phi i64 [ 0, %body131.lr.ph ], [ %next178, %done148 ]
  %var114.1216 = phi i1 [ %var114.0224, %body131.lr.ph ], [ %var114.2.lcssa, %done148 ]
  %var115.1215 = phi float [ %var115.0223, %body131.lr.ph ], [ %var115.2.lcssa, %done148 ]
  %var116.1214 = phi i64 [ %var116.0222, %body131.lr.ph ], [ %var116.2.lcssa, %done148 ]
  %mul136 = mul i64 %i133217, %d1
  %sub138 = add i64 %add137, %mul136
  %cmp139 = icmp sgt i64 %sub138, -1
  %cmp140 = icmp slt i64 %sub138, %in1
  %inside143 = and i1 %cmp139, %cmp140
  %in144 = and i1 %inside, %inside143
  br i1 %go150206, label %body147.lr.ph, label %done148

body147.lr.ph:                                    ; preds = %body131
  %add168 = add i64 %sub138, %mul167
  %mul169 = mul i64 %add168, %in2
  br i1 %0, label %done148.loopexit.unr-lcssa, label %body147

done132:                                          ; preds = %done148, %body118
  %var116.1.lcssa = phi i64 [ %var116.0222, %body118 ], [ %var116.2.lcssa, %done148 ]
  %var115.1.lcssa = phi float [ %var115.0223, %body118 ], [ %var115.2.lcssa, %done148 ]
  %var114.1.lcssa = phi i1 [ %var114.0224, %body118 ], [ %var114.2.lcssa, %done148 ]
  %next179 = add nuw nsw i64 %i120225, 1
  %exitcond243.not = icmp eq i64 %next179, %k0
  br i1 %exitcond243.not, label %done119, label %body118

body147:                                          ; preds = %body147.lr.ph, %join164.1
  %i149210 = phi i64 [ %next.1, %join164.1 ], [ 0, %body147.lr.ph ]
  %var114.2209 = phi i1 [ %var114.3.1, %join164.1 ], [ %var114.1216, %body147.lr.ph ]
  %var115.2208 = phi float [ %var115.3.1, %join164.1 ], [ %var115.1215, %body147.lr.ph ]
  %var116.2207 = phi i64 [ %var116.3.1, %join164.1 ], [ %var116.1214, %body147.lr.ph ]
  %niter = phi i64 [ %niter.next.1, %join164.1 ], [ 0, %body147.lr.ph ]
  %mul152 = mul i64 %i149210, %d2
  %sub154 = add i64 %add153, %mul152
  %cmp155 = icmp sgt i64 %sub154, -1
  %cmp156 = icmp slt i64 %sub154, %in2
  %inside159 = and i1 %cmp155, %cmp156
  %in160 = and i1 %in144, %inside159
  br i1 %in160, label %then162, label %join164

done148.loopexit.unr-lcssa:                       ; preds = %join164.1, %body147.lr.ph
  %var116.3.lcssa.ph = phi i64 [ undef, %body147.lr.ph ], [ %var116.3.1, %join164.1 ]
  %var115.3.lcssa.ph = phi float [ undef, %body147.lr.ph ], [ %var115.3.1, %join164.1 ]
  %var114.3.lcssa.ph = phi i1 [ undef, %body147.lr.ph ], [ %var114.3.1, %join164.1 ]
  %i149210.unr = phi i64 [ 0, %body147.lr.ph ], [ %next.1, %join164.1 ]
  %var114.2209.unr = phi i1 [ %var114.1216, %body147.lr.ph ], [ %var114.3.1, %join164.1 ]
  %var115.2208.unr = phi float [ %var115.1215, %body147.lr.ph ], [ %var115.3.1, %join164.1 ]
  %var116.2207.unr = phi i64 [ %var116.1214, %body147.lr.ph ], [ %var116.3.1, %join164.1 ]
  br i1 %lcmp.mod.not, label %done148, label %body147.epil

body147.epil:                                     ; preds = %done148.loopexit.unr-lcssa
  %mul152.epil = mul i64 %i149210.unr, %d2
  %sub154.epil = add i64 %add153, %mul152.epil
  %cmp155.epil = icmp sgt i64 %sub154.epil, -1
  %cmp156.epil = icmp slt i64 %sub154.epil, %in2
  %inside159.epil = and i1 %cmp155.epil, %cmp156.epil
  %in160.epil = and i1 %in144, %inside159.epil
  br i1 %in160.epil, label %then162.epil, label %done148

then162.epil:                                     ; preds = %body147.epil
  %add170.epil = add i64 %sub154.epil, %mul169
  %p171.epil = getelementptr inbounds float, float addrspace(1)* %p, i64 %add170.epil
  %v.epil = load float, float addrspace(1)* %p171.epil, align 4
  %fcmp.epil = fcmp ogt float %v.epil, %var115.2208.unr
  %fcmp172.epil = fcmp uno float %v.epil, 0.000000e+00
  %fcmp173.epil = fcmp ord float %var115.2208.unr, 0.000000e+00
  %nan.epil = and i1 %fcmp173.epil, %fcmp172.epil
  %unset.epil = xor i1 %var114.2209.unr, true
  %w.epil = or i1 %fcmp.epil, %nan.epil
  %wins.epil = or i1 %w.epil, %unset.epil
  br i1 %wins.epil, label %then175.epil, label %done148

then175.epil:                                     ; preds = %then162.epil
  br label %done148

done148:                                          ; preds = %done148.loopexit.unr-lcssa, %then175.epil, %then162.epil, %body147.epil, %body131
  %var116.2.lcssa = phi i64 [ %var116.1214, %body131 ], [ %var116.3.lcssa.ph, %done148.loopexit.unr-lcssa ], [ %add170.epil, %then175.epil ], [ %var116.2207.unr, %then162.epil ], [ %var116.2207.unr, %body147.epil ]
  %var115.2.lcssa = phi float [ %var115.1215, %body131 ], [ %var115.3.lcssa.ph, %done148.loopexit.unr-lcssa ], [ %v.epil, %then175.epil ], [ %var115.2208.unr, %then162.epil ], [ %var115.2208.unr, %body147.epil ]
  %var114.2.lcssa = phi i1 [ %var114.1216, %body131 ], [ %var114.3.lcssa.ph, %done148.loopexit.unr-lcssa ], [ true, %then175.epil ], [ %var114.2209.unr, %then162.epil ], [ %var114.2209.unr, %body147.epil ]
  %next178 = add nuw nsw i64 %i133217, 1
  %exitcond242.not = icmp eq i64 %next178, %k1
  br i1 %exitcond242.not, label %done132, label %body131

then162:                                          ; preds = %body147
  %add170 = add i64 %sub154, %mul169
  %p171 = getelementptr inbounds float, float addrspace(1)* %p, i64 %add170
  %v = load float, float addrspace(1)* %p171, align 4
  %fcmp = fcmp ogt float %v, %var115.2208
  %fcmp172 = fcmp uno float %v, 0.000000e+00
  %fcmp173 = fcmp ord float %var115.2208, 0.000000e+00
  %nan = and i1 %fcmp173, %fcmp172
  %unset = xor i1 %var114.2209, true
  %w = or i1 %fcmp, %nan
  %wins = or i1 %w, %unset
  br i1 %wins, label %then175, label %join164

join164:                                          ; preds = %then175, %then162, %body147
  %var116.3 = phi i64 [ %add170, %then175 ], [ %var116.2207, %then162 ], [ %var116.2207, %body147 ]
  %var115.3 = phi float [ %v, %then175 ], [ %var115.2208, %then162 ], [ %var115.2208, %body147 ]
  %var114.3 = phi i1 [ true, %then175 ], [ %var114.2209, %then162 ], [ %var114.2209, %body147 ]
  %next = or i64 %i149210, 1
  %mul152.1 = mul i64 %next, %d2
  %sub154.1 = add i64 %add153, %mul152.1
  %cmp155.1 = icmp sgt i64 %sub154.1, -1
  %cmp156.1 = icmp slt i64 %sub154.1, %in2
  %inside159.1 = and i1 %cmp155.1, %cmp156.1
  %in160.1 = and i1 %in144, %inside159.1
  br i1 %in160.1, label %then162.1, label %join164.1

then162.1:                                        ; preds = %join164
  %add170.1 = add i64 %sub154.1, %mul169
  %p171.1 = getelementptr inbounds float, float addrspace(1)* %p, i64 %add170.1
  %v.1 = load float, float addrspace(1)* %p171.1, align 4
  %fcmp.1 = fcmp ogt float %v.1, %var115.3
  %fcmp172.1 = fcmp uno float %v.1, 0.000000e+00
  %fcmp173.1 = fcmp ord float %var115.3, 0.000000e+00
  %nan.1 = and i1 %fcmp173.1, %fcmp172.1
  %unset.1 = xor i1 %var114.3, true
  %w.1 = or i1 %fcmp.1, %nan.1
  %wins.1 = or i1 %w.1, %unset.1
  br i1 %wins.1, label %then175.1, label %join164.1

then175.1:                                        ; preds = %then162.1
  br label %join164.1

join164.1:                                        ; preds = %then175.1, %then162.1, %join164
  %var116.3.1 = phi i64 [ %add170.1, %then175.1 ], [ %var116.3, %then162.1 ], [ %var116.3, %join164 ]
  %var115.3.1 = phi float [ %v.1, %then175.1 ], [ %var115.3, %then162.1 ], [ %var115.3, %join164 ]
  %var114.3.1 = phi i1 [ true, %then175.1 ], [ %var114.3, %then162.1 ], [ %var114.3, %join164 ]
  %next.1 = add nuw nsw i64 %i149210, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %done148.loopexit.unr-lcssa, label %body147

then175:                                          ; preds = %then162
  br label %join164

then184:                                          ; preds = %done119
  %add194 = add i64 %add103, %reass.mul
  %p195 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add194
  %v196 = load float, float addrspace(1)* %p195, align 4
  %fadd = fadd float %var.4229, %v196
  br label %join113
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, float addrspace(1)*)* @syncbn_max_pool_grad, !"kernel", i32 1}
