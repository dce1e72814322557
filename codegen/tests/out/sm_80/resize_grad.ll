; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_resize_grad(float addrspace(1)* nocapture readonly %dy, i64 %len, i64 %in0, i64 %in1, i64 %in2, i64 %out0, i64 %out1, i64 %out2, double %scale0, double %scale1, double %scale2, i64 %coord, i64 %nearest, i64 %linear, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %cmp = icmp ne i64 %in0, %out0
  %fcmp = fcmp une double %scale0, 1.000000e+00
  %active = or i1 %cmp, %fcmp
  %cmp8 = icmp ne i64 %in1, %out1
  %fcmp9 = fcmp une double %scale1, 1.000000e+00
  %active10 = or i1 %cmp8, %fcmp9
  %cmp11 = icmp ne i64 %in2, %out2
  %fcmp12 = fcmp une double %scale2, 1.000000e+00
  %active13 = or i1 %cmp11, %fcmp12
  %mul15 = mul i64 %out1, %out0
  %mul16 = mul i64 %mul15, %out2
  %go281 = icmp slt i64 %add, %len
  br i1 %go281, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %sel = select i1 %active, i64 %out0, i64 1
  %go26277 = icmp sgt i64 %sel, 0
  %sub = add i64 %in0, -1
  %cmp28 = icmp sgt i64 %sub, 0
  %sel29 = select i1 %cmp28, i64 %sub, i64 0
  %i2f = sitofp i64 %sel29 to double
  %i2f31 = sitofp i64 %in0 to double
  %i2f32 = sitofp i64 %out0 to double
  %cmp33 = icmp sgt i64 %out0, 1
  %fsub34 = fadd double %i2f31, -1.000000e+00
  %fsub35 = fadd double %i2f32, -1.000000e+00
  %cmp40 = icmp eq i64 %coord, 1
  %cmp42 = icmp eq i64 %coord, 2
  %cmp44 = icmp eq i64 %coord, 3
  %cmp57 = icmp eq i64 %nearest, 1
  %cmp61 = icmp eq i64 %nearest, 2
  %cmp64 = icmp eq i64 %nearest, 3
  %cmp67 = icmp eq i64 %linear, 1
  %lin = and i1 %active, %cmp67
  %sel90 = select i1 %active10, i64 %out1, i64 1
  %go95273 = icmp slt i64 %sel90, 1
  %sub97 = add i64 %in1, -1
  %cmp98 = icmp sgt i64 %sub97, 0
  %sel99 = select i1 %cmp98, i64 %sub97, i64 0
  %i2f100 = sitofp i64 %sel99 to double
  %i2f102 = sitofp i64 %in1 to double
  %i2f103 = sitofp i64 %out1 to double
  %cmp107 = icmp sgt i64 %out1, 1
  %fsub108 = fadd double %i2f102, -1.000000e+00
  %fsub110 = fadd double %i2f103, -1.000000e+00
  %lin151 = and i1 %active10, %cmp67
  %sel175 = select i1 %active13, i64 %out2, i64 1
  %go180270 = icmp sgt i64 %sel175, 0
  %sub182 = add i64 %in2, -1
  %cmp183 = icmp sgt i64 %sub182, 0
  %sel184 = select i1 %cmp183, i64 %sub182, i64 0
  %i2f185 = sitofp i64 %sel184 to double
  %i2f187 = sitofp i64 %in2 to double
  %i2f188 = sitofp i64 %out2 to double
  %cmp192 = icmp sgt i64 %out2, 1
  %fsub193 = fadd double %i2f187, -1.000000e+00
  %fsub195 = fadd double %i2f188, -1.000000e+00
  %lin236 = and i1 %active13, %cmp67
  br label %body

body:                                             ; preds = %body.lr.ph, %done24
  %i282 = phi i64 [ %add, %body.lr.ph ], [ %next269, %done24 ]
  %i282.frozen = freeze i64 %i282
  %in2.frozen = freeze i64 %in2
  %div = udiv i64 %i282.frozen, %in2.frozen
  %0 = mul i64 %div, %in2.frozen
  %rem.decomposed = sub i64 %i282.frozen, %0
  %in1.frozen = freeze i64 %in1
  %div18 = udiv i64 %div, %in1.frozen
  %1 = mul i64 %div18, %in1.frozen
  %rem17.decomposed = sub i64 %div, %1
  %in0.frozen = freeze i64 %in0
  %div20 = udiv i64 %div18, %in0.frozen
  %2 = mul i64 %div20, %in0.frozen
  %rem19.decomposed = sub i64 %div18, %2
  %mul21 = mul i64 %mul16, %div20
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %mul21
  br i1 %go26277, label %body23, label %done24

done:                                             ; preds = %done24, %entry
  ret void

body23:                                           ; preds = %body, %join
  %i25279 = phi i64 [ %next265, %join ], [ 0, %body ]
  %var.0278 = phi double [ %var.1, %join ], [ 0.000000e+00, %body ]
  %sel27 = select i1 %active, i64 %i25279, i64 %rem19.decomposed
  %i2f30 = sitofp i64 %sel27 to double
  %fadd = fadd double %i2f30, 5.000000e-01
  %fdiv = fdiv double %fadd, %scale0
  %fsub = fadd double %fdiv, -5.000000e-01
  %fmul = fmul double %fsub34, %i2f30
  %fdiv36 = fdiv double %fmul, %fsub35
  %sel37 = select i1 %cmp33, double %fdiv36, double 0.000000e+00
  %sel38 = select i1 %cmp33, double %fsub, double 0.000000e+00
  %fdiv39 = fdiv double %i2f30, %scale0
  %sel41 = select i1 %cmp40, double %sel38, double %fsub
  %sel43 = select i1 %cmp42, double %sel37, double %sel41
  %sel45 = select i1 %cmp44, double %fdiv39, double %sel43
  %call = tail call double @llvm.maxnum.f64(double %sel45, double 0.000000e+00)
  %call46 = tail call double @llvm.minnum.f64(double %call, double %i2f)
  %call47 = tail call double @llvm.floor.f64(double %call46)
  %fsub48 = fsub double %call46, %call47
  %trunc = fptrunc double %fsub48 to float
  %fadd49 = fadd double %call47, 1.000000e+00
  %call50 = tail call double @llvm.minnum.f64(double %fadd49, double %i2f)
  %call51 = tail call double @llvm.trunc.f64(double %sel45)
  %fsub52 = fsub double %sel45, %call51
  %fcmp53 = fcmp oeq double %fsub52, 5.000000e-01
  %call54 = tail call double @llvm.floor.f64(double %sel45)
  %call55 = tail call double @llvm.round.f64(double %sel45)
  %sel56 = select i1 %fcmp53, double %call54, double %call55
  %fadd58 = fadd double %sel45, 5.000000e-01
  %call59 = tail call double @llvm.floor.f64(double %fadd58)
  %sel60 = select i1 %cmp57, double %call59, double %sel56
  %sel63 = select i1 %cmp61, double %call54, double %sel60
  %call65 = tail call double @llvm.ceil.f64(double %sel45)
  %sel66 = select i1 %cmp64, double %call65, double %sel63
  %call68 = tail call double @llvm.maxnum.f64(double %sel66, double 0.000000e+00)
  %call69 = tail call double @llvm.minnum.f64(double %call68, double %i2f)
  %sel71.v = select i1 %cmp67, double %call47, double %call69
  %sel71 = fptosi double %sel71.v to i64
  %sel72 = select i1 %active, i64 %sel71, i64 %rem19.decomposed
  %fsub73 = fsub float 1.000000e+00, %trunc
  %idx75 = fptosi double %call50 to i64
  %cmp78 = icmp eq i64 %sel72, %rem19.decomposed
  %3 = fpext float %fsub73 to double
  %ext = select i1 %lin, double %3, double 1.000000e+00
  %sel79 = select i1 %cmp78, double %ext, double 0.000000e+00
  %cmp81 = icmp eq i64 %rem19.decomposed, %idx75
  %hit82 = and i1 %lin, %cmp81
  %ext83 = fpext float %trunc to double
  %sel84 = select i1 %hit82, double %ext83, double 0.000000e+00
  %fadd85 = fadd double %sel84, %sel79
  %fcmp86 = fcmp ueq double %fadd85, 0.000000e+00
  %brmerge = select i1 %fcmp86, i1 true, i1 %go95273
  br i1 %brmerge, label %join, label %body92.lr.ph

done24:                                           ; preds = %join, %body
  %var.0.lcssa = phi double [ 0.000000e+00, %body ], [ %var.1, %join ]
  %trunc267 = fptrunc double %var.0.lcssa to float
  %p268 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i282
  store float %trunc267, float addrspace(1)* %p268, align 4
  %next269 = add i64 %i282, %mul7
  %go = icmp slt i64 %next269, %len
  br i1 %go, label %body, label %done

body92.lr.ph:                                     ; preds = %body23
  %mul172 = mul i64 %sel27, %out1
  br label %body92

join:                                             ; preds = %join171, %body23
  %var.1 = phi double [ %var.0278, %body23 ], [ %var.3, %join171 ]
  %next265 = add nuw nsw i64 %i25279, 1
  %exitcond284.not = icmp eq i64 %next265, %sel
  br i1 %exitcond284.not, label %done24, label %body23

body92:                                           ; preds = %body92.lr.ph, %join171
  %i94275 = phi i64 [ 0, %body92.lr.ph ], [ %next264, %join171 ]
  %var.2274 = phi double [ %var.0278, %body92.lr.ph ], [ %var.3, %join171 ]
  %sel96 = select i1 %active10, i64 %i94275, i64 %rem17.decomposed
  %i2f101 = sitofp i64 %sel96 to double
  %fadd104 = fadd double %i2f101, 5.000000e-01
  %fdiv105 = fdiv double %fadd104, %scale1
  %fsub106 = fadd double %fdiv105, -5.000000e-01
  %fmul109 = fmul double %fsub108, %i2f101
  %fdiv111 = fdiv double %fmul109, %fsub110
  %sel112 = select i1 %cmp107, double %fdiv111, double 0.000000e+00
  %sel113 = select i1 %cmp107, double %fsub106, double 0.000000e+00
  %fdiv114 = fdiv double %i2f101, %scale1
  %sel116 = select i1 %cmp40, double %sel113, double %fsub106
  %sel118 = select i1 %cmp42, double %sel112, double %sel116
  %sel120 = select i1 %cmp44, double %fdiv114, double %sel118
  %call121 = tail call double @llvm.maxnum.f64(double %sel120, double 0.000000e+00)
  %call122 = tail call double @llvm.minnum.f64(double %call121, double %i2f100)
  %call123 = tail call double @llvm.floor.f64(double %call122)
  %fsub124 = fsub double %call122, %call123
  %trunc125 = fptrunc double %fsub124 to float
  %fadd126 = fadd double %call123, 1.000000e+00
  %call127 = tail call double @llvm.minnum.f64(double %fadd126, double %i2f100)
  %call128 = tail call double @llvm.trunc.f64(double %sel120)
  %fsub129 = fsub double %sel120, %call128
  %fcmp130 = fcmp oeq double %fsub129, 5.000000e-01
  %call131 = tail call double @llvm.floor.f64(double %sel120)
  %call132 = tail call double @llvm.round.f64(double %sel120)
  %sel133 = select i1 %fcmp130, double %call131, double %call132
  %fadd135 = fadd double %sel120, 5.000000e-01
  %call136 = tail call double @llvm.floor.f64(double %fadd135)
  %sel137 = select i1 %cmp57, double %call136, double %sel133
  %sel140 = select i1 %cmp61, double %call131, double %sel137
  %call142 = tail call double @llvm.ceil.f64(double %sel120)
  %sel143 = select i1 %cmp64, double %call142, double %sel140
  %call146 = tail call double @llvm.maxnum.f64(double %sel143, double 0.000000e+00)
  %call147 = tail call double @llvm.minnum.f64(double %call146, double %i2f100)
  %sel149.v = select i1 %cmp67, double %call123, double %call147
  %sel149 = fptosi double %sel149.v to i64
  %sel150 = select i1 %active10, i64 %sel149, i64 %rem17.decomposed
  %fsub152 = fsub float 1.000000e+00, %trunc125
  %idx155 = fptosi double %call127 to i64
  %cmp158 = icmp eq i64 %sel150, %rem17.decomposed
  %4 = fpext float %fsub152 to double
  %ext160 = select i1 %lin151, double %4, double 1.000000e+00
  %sel161 = select i1 %cmp158, double %ext160, double 0.000000e+00
  %cmp163 = icmp eq i64 %rem17.decomposed, %idx155
  %hit164 = and i1 %lin151, %cmp163
  %ext165 = fpext float %trunc125 to double
  %sel166 = select i1 %hit164, double %ext165, double 0.000000e+00
  %fadd167 = fadd double %sel166, %sel161
  %fcmp168 = fcmp ueq double %fadd167, 0.000000e+00
  br i1 %fcmp168, label %join171, label %then169

then169:                                          ; preds = %body92
  %fmul174 = fmul double %fadd85, %fadd167
  br i1 %go180270, label %body177.lr.ph, label %join171

body177.lr.ph:                                    ; preds = %then169
  %add173 = add i64 %sel96, %mul172
  %mul257 = mul i64 %add173, %out2
  br label %body177

join171:                                          ; preds = %join256, %then169, %body92
  %var.3 = phi double [ %var.2274, %body92 ], [ %var.2274, %then169 ], [ %var.5, %join256 ]
  %next264 = add nuw nsw i64 %i94275, 1
  %exitcond283.not = icmp eq i64 %next264, %sel90
  br i1 %exitcond283.not, label %join, label %body92

body177:                                          ; preds = %body177.lr.ph, %join256
  %i179272 = phi i64 [ 0, %body177.lr.ph ], [ %next, %join256 ]
  %var.4271 = phi double [ %var.2274, %body177.lr.ph ], [ %var.5, %join256 ]
  %sel181 = select i1 %active13, i64 %i179272, i64 %rem.decomposed
  %i2f186 = sitofp i64 %sel181 to double
  %fadd189 = fadd double %i2f186, 5.000000e-01
  %fdiv190 = fdiv double %fadd189, %scale2
  %fsub191 = fadd double %fdiv190, -5.000000e-01
  %fmul194 = fmul double %fsub193, %i2f186
  %fdiv196 = fdiv double %fmul194, %fsub195
  %sel197 = select i1 %cmp192, double %fdiv196, double 0.000000e+00
  %sel198 = select i1 %cmp192, double %fsub191, double 0.000000e+00
  %fdiv199 = fdiv double %i2f186, %scale2
  %sel201 = select i1 %cmp40, double %sel198, double %fsub191
  %sel203 = select i1 %cmp42, double %sel197, double %sel201
  %sel205 = select i1 %cmp44, double %fdiv199, double %sel203
  %call206 = tail call double @llvm.maxnum.f64(double %sel205, double 0.000000e+00)
  %call207 = tail call double @llvm.minnum.f64(double %call206, double %i2f185)
  %call208 = tail call double @llvm.floor.f64(double %call207)
  %fsub209 = fsub double %call207, %call208
  %trunc210 = fptrunc double %fsub209 to float
  %fadd211 = fadd double %call208, 1.000000e+00
  %call212 = tail call double @llvm.minnum.f64(double %fadd211, double %i2f185)
  %call213 = tail call double @llvm.trunc.f64(double %sel205)
  %fsub214 = fsub double %sel205, %call213
  %fcmp215 = fcmp oeq double %fsub214, 5.000000e-01
  %call216 = tail call double @llvm.floor.f64(double %sel205)
  %call217 = tail call double @llvm.round.f64(double %sel205)
  %sel218 = select i1 %fcmp215, double %call216, double %call217
  %fadd220 = fadd double %sel205, 5.000000e-01
  %call221 = tail call double @llvm.floor.f64(double %fadd220)
  %sel222 = select i1 %cmp57, double %call221, double %sel218
  %sel225 = select i1 %cmp61, double %call216, double %sel222
  %call227 = tail call double @llvm.ceil.f64(double %sel205)
  %sel228 = select i1 %cmp64, double %call227, double %sel225
  %call231 = tail call double @llvm.maxnum.f64(double %sel228, double 0.000000e+00)
  %call232 = tail call double @llvm.minnum.f64(double %call231, double %i2f185)
  %sel234.v = select i1 %cmp67, double %call208, double %call232
  %sel234 = fptosi double %sel234.v to i64
  %sel235 = select i1 %active13, i64 %sel234, i64 %rem.decomposed
  %fsub237 = fsub float 1.000000e+00, %trunc210
  %idx240 = fptosi double %call212 to i64
  %cmp243 = icmp eq i64 %sel235, %rem.decomposed
  %5 = fpext float %fsub237 to double
  %ext245 = select i1 %lin236, double %5, double 1.000000e+00
  %sel246 = select i1 %cmp243, double %ext245, double 0.000000e+00
  %cmp248 = icmp eq i64 %rem.decomposed, %idx240
  %hit249 = and i1 %lin236, %cmp248
  %ext250 = fpext float %trunc210 to double
  %sel251 = select i1 %hit249, double %ext250, double 0.000000e+00
  %fadd252 = fadd double %sel251, %sel246
  %fcmp253 = fcmp ueq double %fadd252, 0.000000e+00
  br i1 %fcmp253, label %join256, label %then254

then254:                                          ; preds = %body177
  %add258 = add i64 %sel181, %mul257
  %p260 = getelementptr inbounds float, float addrspace(1)* %p, i64 %add258
  %fmul259 = fmul double %fmul174, %fadd252
  %v = load float, float addrspace(1)* %p260, align 4
  %ext261 = fpext float %v to double
  %fmul262 = fmul double %fmul259, %ext261
  %fadd263 = fadd double %var.4271, %fmul262
  br label %join256

join256:                                          ; preds = %body177, %then254
  %var.5 = phi double [ %fadd263, %then254 ], [ %var.4271, %body177 ]
  %next = add nuw nsw i64 %i179272, 1
  %exitcond.not = icmp eq i64 %next, %sel175
  br i1 %exitcond.not, label %join171, label %body177
}

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.ntid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.nctaid.x() #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.minnum.f64(double, double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.floor.f64(double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.round.f64(double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.ceil.f64(double) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, i64, i64, i64, i64, i64, i64, i64, double, double, double, i64, i64, i64, float addrspace(1)*)* @syncbn_resize_grad, !"kernel", i32 1}
