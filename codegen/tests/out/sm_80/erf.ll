; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_erf(float addrspace(1)* nocapture readonly %x, i64 %len, double %alpha, double %beta, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go290 = icmp slt i64 %add, %len
  br i1 %go290, label %body, label %done

body:                                             ; preds = %entry, %body
  %i291 = phi i64 [ %next, %body ], [ %add, %entry ]
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %i291
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %call = tail call double @llvm.fabs.f64(double %ext)
  %fmul = fmul double %ext, %ext
  %neg = fneg double %fmul
  %call8 = tail call double @llvm.maxnum.f64(double %neg, double -7.450000e+02)
  %call9 = tail call double @llvm.minnum.f64(double %call8, double 7.090000e+02)
  %fmul10 = fmul double %call9, 0x3FF71547652B82FE
  %fadd = fadd double %fmul10, 5.000000e-01
  %call11 = tail call double @llvm.floor.f64(double %fadd)
  %fmul12 = fmul double %call11, 0x3FE62E42FEE00000
  %fsub = fsub double %call9, %fmul12
  %fmul13 = fmul double %call11, 0x3DEA39EF35793C76
  %fsub14 = fsub double %fsub, %fmul13
  %fmul15 = fmul double %fsub14, 0x3DE6124613A86D09
  %fadd16 = fadd double %fmul15, 0x3E21EED8EFF8D898
  %fmul17 = fmul double %fsub14, %fadd16
  %fadd18 = fadd double %fmul17, 0x3E5AE64567F544E4
  %fmul19 = fmul double %fsub14, %fadd18
  %fadd20 = fadd double %fmul19, 0x3E927E4FB7789F5C
  %fmul21 = fmul double %fsub14, %fadd20
  %fadd22 = fadd double %fmul21, 0x3EC71DE3A556C734
  %fmul23 = fmul double %fsub14, %fadd22
  %fadd24 = fadd double %fmul23, 0x3EFA01A01A01A01A
  %fmul25 = fmul double %fsub14, %fadd24
  %fadd26 = fadd double %fmul25, 0x3F2A01A01A01A01A
  %fmul27 = fmul double %fsub14, %fadd26
  %fadd28 = fadd double %fmul27, 0x3F56C16C16C16C17
  %fmul29 = fmul double %fsub14, %fadd28
  %fadd30 = fadd double %fmul29, 0x3F81111111111111
  %fmul31 = fmul double %fsub14, %fadd30
  %fadd32 = fadd double %fmul31, 0x3FA5555555555555
  %fmul33 = fmul double %fsub14, %fadd32
  %fadd34 = fadd double %fmul33, 0x3FC5555555555555
  %fmul35 = fmul double %fsub14, %fadd34
  %fadd36 = fadd double %fmul35, 5.000000e-01
  %fmul37 = fmul double %fsub14, %fadd36
  %fadd38 = fadd double %fmul37, 1.000000e+00
  %fmul39 = fmul double %fsub14, %fadd38
  %fadd40 = fadd double %fmul39, 1.000000e+00
  %k = fptosi double %call11 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add41 = shl i64 %half, 52
  %bits = add i64 %add41, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add42 = shl i64 %sub, 52
  %bits43 = add i64 %add42, 4607182418800017408
  %pow244 = bitcast i64 %bits43 to double
  %fmul45 = fmul double %pow2, %pow244
  %fmul46 = fmul double %fmul45, %fadd40
  %fcmp = fcmp uno double %fmul, 0.000000e+00
  %sel = select i1 %fcmp, double %neg, double %fmul46
  %fmul47 = fmul double %fmul, 2.000000e+00
  %fmul48 = fmul double %call, %fmul47
  %fdiv = fdiv double %fmul48, 3.000000e+00
  %fadd49 = fadd double %call, %fdiv
  %fmul50 = fmul double %fmul47, %fdiv
  %fdiv51 = fdiv double %fmul50, 5.000000e+00
  %fadd52 = fadd double %fadd49, %fdiv51
  %fmul53 = fmul double %fmul47, %fdiv51
  %fdiv54 = fdiv double %fmul53, 7.000000e+00
  %fadd55 = fadd double %fadd52, %fdiv54
  %fmul56 = fmul double %fmul47, %fdiv54
  %fdiv57 = fdiv double %fmul56, 9.000000e+00
  %fadd58 = fadd double %fadd55, %fdiv57
  %fmul59 = fmul double %fmul47, %fdiv57
  %fdiv60 = fdiv double %fmul59, 1.100000e+01
  %fadd61 = fadd double %fadd58, %fdiv60
  %fmul62 = fmul double %fmul47, %fdiv60
  %fdiv63 = fdiv double %fmul62, 1.300000e+01
  %fadd64 = fadd double %fadd61, %fdiv63
  %fmul65 = fmul double %fmul47, %fdiv63
  %fdiv66 = fdiv double %fmul65, 1.500000e+01
  %fadd67 = fadd double %fadd64, %fdiv66
  %fmul68 = fmul double %fmul47, %fdiv66
  %fdiv69 = fdiv double %fmul68, 1.700000e+01
  %fadd70 = fadd double %fadd67, %fdiv69
  %fmul71 = fmul double %fmul47, %fdiv69
  %fdiv72 = fdiv double %fmul71, 1.900000e+01
  %fadd73 = fadd double %fadd70, %fdiv72
  %fmul74 = fmul double %fmul47, %fdiv72
  %fdiv75 = fdiv double %fmul74, 2.100000e+01
  %fadd76 = fadd double %fadd73, %fdiv75
  %fmul77 = fmul double %fmul47, %fdiv75
  %fdiv78 = fdiv double %fmul77, 2.300000e+01
  %fadd79 = fadd double %fadd76, %fdiv78
  %fmul80 = fmul double %fmul47, %fdiv78
  %fdiv81 = fdiv double %fmul80, 2.500000e+01
  %fadd82 = fadd double %fadd79, %fdiv81
  %fmul83 = fmul double %fmul47, %fdiv81
  %fdiv84 = fdiv double %fmul83, 2.700000e+01
  %fadd85 = fadd double %fadd82, %fdiv84
  %fmul86 = fmul double %fmul47, %fdiv84
  %fdiv87 = fdiv double %fmul86, 2.900000e+01
  %fadd88 = fadd double %fadd85, %fdiv87
  %fmul89 = fmul double %fmul47, %fdiv87
  %fdiv90 = fdiv double %fmul89, 3.100000e+01
  %fadd91 = fadd double %fadd88, %fdiv90
  %fmul92 = fmul double %fmul47, %fdiv90
  %fdiv93 = fdiv double %fmul92, 3.300000e+01
  %fadd94 = fadd double %fadd91, %fdiv93
  %fmul95 = fmul double %fmul47, %fdiv93
  %fdiv96 = fdiv double %fmul95, 3.500000e+01
  %fadd97 = fadd double %fadd94, %fdiv96
  %fmul98 = fmul double %fmul47, %fdiv96
  %fdiv99 = fdiv double %fmul98, 3.700000e+01
  %fadd100 = fadd double %fadd97, %fdiv99
  %fmul101 = fmul double %fmul47, %fdiv99
  %fdiv102 = fdiv double %fmul101, 3.900000e+01
  %fadd103 = fadd double %fadd100, %fdiv102
  %fmul104 = fmul double %fmul47, %fdiv102
  %fdiv105 = fdiv double %fmul104, 4.100000e+01
  %fadd106 = fadd double %fadd103, %fdiv105
  %fmul107 = fmul double %fmul47, %fdiv105
  %fdiv108 = fdiv double %fmul107, 4.300000e+01
  %fadd109 = fadd double %fadd106, %fdiv108
  %fmul110 = fmul double %fmul47, %fdiv108
  %fdiv111 = fdiv double %fmul110, 4.500000e+01
  %fadd112 = fadd double %fadd109, %fdiv111
  %fmul113 = fmul double %fmul47, %fdiv111
  %fdiv114 = fdiv double %fmul113, 4.700000e+01
  %fadd115 = fadd double %fadd112, %fdiv114
  %fmul116 = fmul double %fmul47, %fdiv114
  %fdiv117 = fdiv double %fmul116, 4.900000e+01
  %fadd118 = fadd double %fadd115, %fdiv117
  %fmul119 = fmul double %fmul47, %fdiv117
  %fdiv120 = fdiv double %fmul119, 5.100000e+01
  %fadd121 = fadd double %fadd118, %fdiv120
  %fmul122 = fmul double %fmul47, %fdiv120
  %fdiv123 = fdiv double %fmul122, 5.300000e+01
  %fadd124 = fadd double %fadd121, %fdiv123
  %fmul125 = fmul double %fmul47, %fdiv123
  %fdiv126 = fdiv double %fmul125, 5.500000e+01
  %fadd127 = fadd double %fadd124, %fdiv126
  %fmul128 = fmul double %fmul47, %fdiv126
  %fdiv129 = fdiv double %fmul128, 5.700000e+01
  %fadd130 = fadd double %fadd127, %fdiv129
  %fmul131 = fmul double %fmul47, %fdiv129
  %fdiv132 = fdiv double %fmul131, 5.900000e+01
  %fadd133 = fadd double %fadd130, %fdiv132
  %fmul134 = fmul double %fmul47, %fdiv132
  %fdiv135 = fdiv double %fmul134, 6.100000e+01
  %fadd136 = fadd double %fadd133, %fdiv135
  %fmul137 = fmul double %fmul47, %fdiv135
  %fdiv138 = fdiv double %fmul137, 6.300000e+01
  %fadd139 = fadd double %fadd136, %fdiv138
  %fmul140 = fmul double %fmul47, %fdiv138
  %fdiv141 = fdiv double %fmul140, 6.500000e+01
  %fadd142 = fadd double %fadd139, %fdiv141
  %fmul143 = fmul double %fmul47, %fdiv141
  %fdiv144 = fdiv double %fmul143, 6.700000e+01
  %fadd145 = fadd double %fadd142, %fdiv144
  %fmul146 = fmul double %fmul47, %fdiv144
  %fdiv147 = fdiv double %fmul146, 6.900000e+01
  %fadd148 = fadd double %fadd145, %fdiv147
  %fmul149 = fmul double %fmul47, %fdiv147
  %fdiv150 = fdiv double %fmul149, 7.100000e+01
  %fadd151 = fadd double %fadd148, %fdiv150
  %fmul152 = fmul double %fmul47, %fdiv150
  %fdiv153 = fdiv double %fmul152, 7.300000e+01
  %fadd154 = fadd double %fadd151, %fdiv153
  %fmul155 = fmul double %fmul47, %fdiv153
  %fdiv156 = fdiv double %fmul155, 7.500000e+01
  %fadd157 = fadd double %fadd154, %fdiv156
  %fmul158 = fmul double %fmul47, %fdiv156
  %fdiv159 = fdiv double %fmul158, 7.700000e+01
  %fadd160 = fadd double %fadd157, %fdiv159
  %fmul161 = fmul double %fmul47, %fdiv159
  %fdiv162 = fdiv double %fmul161, 7.900000e+01
  %fadd163 = fadd double %fadd160, %fdiv162
  %fmul164 = fmul double %fmul47, %fdiv162
  %fdiv165 = fdiv double %fmul164, 8.100000e+01
  %fadd166 = fadd double %fadd163, %fdiv165
  %fmul167 = fmul double %fmul47, %fdiv165
  %fdiv168 = fdiv double %fmul167, 8.300000e+01
  %fadd169 = fadd double %fadd166, %fdiv168
  %fmul170 = fmul double %fmul47, %fdiv168
  %fdiv171 = fdiv double %fmul170, 8.500000e+01
  %fadd172 = fadd double %fadd169, %fdiv171
  %fmul173 = fmul double %fmul47, %fdiv171
  %fdiv174 = fdiv double %fmul173, 8.700000e+01
  %fadd175 = fadd double %fadd172, %fdiv174
  %fmul176 = fmul double %fmul47, %fdiv174
  %fdiv177 = fdiv double %fmul176, 8.900000e+01
  %fadd178 = fadd double %fadd175, %fdiv177
  %fmul179 = fmul double %fmul47, %fdiv177
  %fdiv180 = fdiv double %fmul179, 9.100000e+01
  %fadd181 = fadd double %fadd178, %fdiv180
  %fmul182 = fmul double %fmul47, %fdiv180
  %fdiv183 = fdiv double %fmul182, 9.300000e+01
  %fadd184 = fadd double %fadd181, %fdiv183
  %fmul185 = fmul double %fmul47, %fdiv183
  %fdiv186 = fdiv double %fmul185, 9.500000e+01
  %fadd187 = fadd double %fadd184, %fdiv186
  %fmul188 = fmul double %fmul47, %fdiv186
  %fdiv189 = fdiv double %fmul188, 9.700000e+01
  %fadd190 = fadd double %fadd187, %fdiv189
  %fmul191 = fmul double %fmul47, %fdiv189
  %fdiv192 = fdiv double %fmul191, 9.900000e+01
  %fadd193 = fadd double %fadd190, %fdiv192
  %fmul194 = fmul double %fmul47, %fdiv192
  %fdiv195 = fdiv double %fmul194, 1.010000e+02
  %fadd196 = fadd double %fadd193, %fdiv195
  %fmul197 = fmul double %sel, 0x3FF20DD750429B6D
  %fmul198 = fmul double %fmul197, %fadd196
  %fdiv199 = fdiv double 2.000000e+01, %call
  %fadd200 = fadd double %call, %fdiv199
  %fdiv201 = fdiv double 1.950000e+01, %fadd200
  %fadd202 = fadd double %call, %fdiv201
  %fdiv203 = fdiv double 1.900000e+01, %fadd202
  %fadd204 = fadd double %call, %fdiv203
  %fdiv205 = fdiv double 1.850000e+01, %fadd204
  %fadd206 = fadd double %call, %fdiv205
  %fdiv207 = fdiv double 1.800000e+01, %fadd206
  %fadd208 = fadd double %call, %fdiv207
  %fdiv209 = fdiv double 1.750000e+01, %fadd208
  %fadd210 = fadd double %call, %fdiv209
  %fdiv211 = fdiv double 1.700000e+01, %fadd210
  %fadd212 = fadd double %call, %fdiv211
  %fdiv213 = fdiv double 1.650000e+01, %fadd212
  %fadd214 = fadd double %call, %fdiv213
  %fdiv215 = fdiv double 1.600000e+01, %fadd214
  %fadd216 = fadd double %call, %fdiv215
  %fdiv217 = fdiv double 1.550000e+01, %fadd216
  %fadd218 = fadd double %call, %fdiv217
  %fdiv219 = fdiv double 1.500000e+01, %fadd218
  %fadd220 = fadd double %call, %fdiv219
  %fdiv221 = fdiv double 1.450000e+01, %fadd220
  %fadd222 = fadd double %call, %fdiv221
  %fdiv223 = fdiv double 1.400000e+01, %fadd222
  %fadd224 = fadd double %call, %fdiv223
  %fdiv225 = fdiv double 1.350000e+01, %fadd224
  %fadd226 = fadd double %call, %fdiv225
  %fdiv227 = fdiv double 1.300000e+01, %fadd226
  %fadd228 = fadd double %call, %fdiv227
  %fdiv229 = fdiv double 1.250000e+01, %fadd228
  %fadd230 = fadd double %call, %fdiv229
  %fdiv231 = fdiv double 1.200000e+01, %fadd230
  %fadd232 = fadd double %call, %fdiv231
  %fdiv233 = fdiv double 1.150000e+01, %fadd232
  %fadd234 = fadd double %call, %fdiv233
  %fdiv235 = fdiv double 1.100000e+01, %fadd234
  %fadd236 = fadd double %call, %fdiv235
  %fdiv237 = fdiv double 1.050000e+01, %fadd236
  %fadd238 = fadd double %call, %fdiv237
  %fdiv239 = fdiv double 1.000000e+01, %fadd238
  %fadd240 = fadd double %call, %fdiv239
  %fdiv241 = fdiv double 9.500000e+00, %fadd240
  %fadd242 = fadd double %call, %fdiv241
  %fdiv243 = fdiv double 9.000000e+00, %fadd242
  %fadd244 = fadd double %call, %fdiv243
  %fdiv245 = fdiv double 8.500000e+00, %fadd244
  %fadd246 = fadd double %call, %fdiv245
  %fdiv247 = fdiv double 8.000000e+00, %fadd246
  %fadd248 = fadd double %call, %fdiv247
  %fdiv249 = fdiv double 7.500000e+00, %fadd248
  %fadd250 = fadd double %call, %fdiv249
  %fdiv251 = fdiv double 7.000000e+00, %fadd250
  %fadd252 = fadd double %call, %fdiv251
  %fdiv253 = fdiv double 6.500000e+00, %fadd252
  %fadd254 = fadd double %call, %fdiv253
  %fdiv255 = fdiv double 6.000000e+00, %fadd254
  %fadd256 = fadd double %call, %fdiv255
  %fdiv257 = fdiv double 5.500000e+00, %fadd256
  %fadd258 = fadd double %call, %fdiv257
  %fdiv259 = fdiv double 5.000000e+00, %fadd258
  %fadd260 = fadd double %call, %fdiv259
  %fdiv261 = fdiv double 4.500000e+00, %fadd260
  %fadd262 = fadd double %call, %fdiv261
  %fdiv263 = fdiv double 4.000000e+00, %fadd262
  %fadd264 = fadd double %call, %fdiv263
  %fdiv265 = fdiv double 3.500000e+00, %fadd264
  %fadd266 = fadd double %call, %fdiv265
  %fdiv267 = fdiv double 3.000000e+00, %fadd266
  %fadd268 = fadd double %call, %fdiv267
  %fdiv269 = fdiv double 2.500000e+00, %fadd268
  %fadd270 = fadd double %call, %fdiv269
  %fdiv271 = fdiv double 2.000000e+00, %fadd270
  %fadd272 = fadd double %call, %fdiv271
  %fdiv273 = fdiv double 1.500000e+00, %fadd272
  %fadd274 = fadd double %call, %fdiv273
  %fdiv275 = fdiv double 1.000000e+00, %fadd274
  %fadd276 = fadd double %call, %fdiv275
  %fdiv277 = fdiv double 5.000000e-01, %fadd276
  %fadd278 = fadd double %call, %fdiv277
  %fmul279 = fmul double %fadd278, 0x3FFC5BF891B4EF6A
  %fdiv280 = fdiv double %sel, %fmul279
  %fcmp281 = fcmp olt double %call, 3.000000e+00
  %fsub282 = fsub double 1.000000e+00, %fdiv280
  %sel283 = select i1 %fcmp281, double %fmul198, double %fsub282
  %fcmp284 = fcmp olt float %v, 0.000000e+00
  %neg285 = fneg double %sel283
  %sel286 = select i1 %fcmp284, double %neg285, double %sel283
  %fcmp287 = fcmp uno float %v, 0.000000e+00
  %0 = fptrunc double %sel286 to float
  %narrow.sel = select i1 %fcmp287, float %v, float %0
  %p289 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i291
  store float %narrow.sel, float addrspace(1)* %p289, align 4
  %next = add i64 %i291, %mul7
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

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.fabs.f64(double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.minnum.f64(double, double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.floor.f64(double) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, i64, double, double, float addrspace(1)*)* @syncbn_erf, !"kernel", i32 1}
