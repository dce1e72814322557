; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@syncbn_bn_grad_partial_clip.sum = internal unnamed_addr addrspace(3) global [32 x double] undef, align 8
@syncbn_bn_grad_partial_clip.sumsq = internal unnamed_addr addrspace(3) global [32 x double] undef, align 8

; Function Attrs: nounwind
define void @syncbn_bn_grad_partial_clip(float addrspace(1)* %dy, float addrspace(1)* %x, float addrspace(1)* nocapture readonly %norm_params, float addrspace(1)* %y, i64 %n, i64 %c, i64 %s, float %lo, float %hi, i64 %parts, double addrspace(1)* nocapture writeonly %partial) local_unnamed_addr #0 {
entry:
  %r = tail call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %zext = zext i32 %r to i64
  %r1 = tail call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %zext2 = zext i32 %r1 to i64
  %r3 = tail call i32 @llvm.nvvm.read.ptx.sreg.ntid.x()
  %zext4 = zext i32 %r3 to i64
  %r5 = tail call i32 @llvm.nvvm.read.ptx.sreg.nctaid.x()
  %zext6 = zext i32 %r5 to i64
  %mul8 = mul i64 %s, %n
  %sub = add i64 %mul8, -1
  %add9 = add i64 %sub, %parts
  %div = udiv i64 %add9, %parts
  %add10 = add i64 %div, 3
  %chunk = and i64 %add10, -4
  %rem = and i64 %s, 3
  %addr = ptrtoint float addrspace(1)* %dy to i64
  %addr11 = ptrtoint float addrspace(1)* %x to i64
  %addr14 = ptrtoint float addrspace(1)* %y to i64
  %low12432 = or i64 %addr11, %addr
  %or433 = or i64 %low12432, %addr14
  %or13 = and i64 %or433, 15
  %or16 = or i64 %or13, %rem
  %cmp = icmp eq i64 %or16, 0
  %mul17 = mul i64 %parts, %c
  %go429 = icmp sgt i64 %mul17, %zext2
  br i1 %go429, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul30 = shl nuw nsw i64 %zext, 2
  %mul32 = shl nuw nsw i64 %zext4, 2
  %lane143 = and i64 %zext, 31
  %warp = lshr i64 %zext, 5
  %cmp261 = icmp eq i64 %lane143, 0
  %p266 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_bn_grad_partial_clip.sum, i64 0, i64 %warp
  %p268 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_bn_grad_partial_clip.sumsq, i64 0, i64 %warp
  %cmp269 = icmp ult i32 %r, 32
  %warps = lshr i64 %zext4, 5
  %cmp273 = icmp ult i64 %lane143, %warps
  %p278 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_bn_grad_partial_clip.sum, i64 0, i64 %lane143
  %p345 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_bn_grad_partial_clip.sumsq, i64 0, i64 %lane143
  br label %body

body:                                             ; preds = %body.lr.ph, %join272
  %i430 = phi i64 [ %zext2, %body.lr.ph ], [ %next416, %join272 ]
  %i430.frozen = freeze i64 %i430
  %parts.frozen = freeze i64 %parts
  %div18 = udiv i64 %i430.frozen, %parts.frozen
  %0 = mul i64 %div18, %parts.frozen
  %rem19.decomposed = sub i64 %i430.frozen, %0
  %mul20 = mul i64 %rem19.decomposed, %chunk
  %cmp21 = icmp ult i64 %mul20, %mul8
  %sel = select i1 %cmp21, i64 %mul20, i64 %mul8
  %add22 = add i64 %sel, %chunk
  %cmp23 = icmp ult i64 %add22, %mul8
  %sel24 = select i1 %cmp23, i64 %add22, i64 %mul8
  %p = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %div18
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %add26 = add i64 %div18, %c
  %p27 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add26
  %v28 = load float, float addrspace(1)* %p27, align 4
  %ext29 = fpext float %v28 to double
  br i1 %cmp, label %then, label %else

done:                                             ; preds = %join272, %entry
  ret void

then:                                             ; preds = %body
  %add31 = add i64 %sel, %mul30
  %go37423 = icmp slt i64 %add31, %sel24
  br i1 %go37423, label %body34, label %join

else:                                             ; preds = %body
  %add110 = add i64 %sel, %zext
  %go115418 = icmp slt i64 %add110, %sel24
  br i1 %go115418, label %body112, label %join

join:                                             ; preds = %body112, %body34, %else, %then
  %var25.0 = phi double [ 0.000000e+00, %then ], [ 0.000000e+00, %else ], [ %fadd109, %body34 ], [ %fadd141, %body112 ]
  %var.0 = phi double [ 0.000000e+00, %then ], [ 0.000000e+00, %else ], [ %fadd107, %body34 ], [ %fadd139, %body112 ]
  %bits = bitcast double %var.0 to i64
  %lo145 = trunc i64 %bits to i32
  %hi64 = lshr i64 %bits, 32
  %hi146 = trunc i64 %hi64 to i32
  %r147 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo145, i32 16, i32 31)
  %r148 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi146, i32 16, i32 31)
  %zext149 = zext i32 %r148 to i64
  %hish = shl nuw i64 %zext149, 32
  %zext150 = zext i32 %r147 to i64
  %joined = or i64 %hish, %zext150
  %f = bitcast i64 %joined to double
  %fadd151 = fadd double %var.0, %f
  %bits152 = bitcast double %fadd151 to i64
  %lo153 = trunc i64 %bits152 to i32
  %hi64154 = lshr i64 %bits152, 32
  %hi155 = trunc i64 %hi64154 to i32
  %r156 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo153, i32 8, i32 31)
  %r157 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi155, i32 8, i32 31)
  %zext158 = zext i32 %r157 to i64
  %hish159 = shl nuw i64 %zext158, 32
  %zext160 = zext i32 %r156 to i64
  %joined161 = or i64 %hish159, %zext160
  %f162 = bitcast i64 %joined161 to double
  %fadd163 = fadd double %fadd151, %f162
  %bits164 = bitcast double %fadd163 to i64
  %lo165 = trunc i64 %bits164 to i32
  %hi64166 = lshr i64 %bits164, 32
  %hi167 = trunc i64 %hi64166 to i32
  %r168 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo165, i32 4, i32 31)
  %r169 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi167, i32 4, i32 31)
  %zext170 = zext i32 %r169 to i64
  %hish171 = shl nuw i64 %zext170, 32
  %zext172 = zext i32 %r168 to i64
  %joined173 = or i64 %hish171, %zext172
  %f174 = bitcast i64 %joined173 to double
  %fadd175 = fadd double %fadd163, %f174
  %bits176 = bitcast double %fadd175 to i64
  %lo177 = trunc i64 %bits176 to i32
  %hi64178 = lshr i64 %bits176, 32
  %hi179 = trunc i64 %hi64178 to i32
  %r180 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo177, i32 2, i32 31)
  %r181 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi179, i32 2, i32 31)
  %zext182 = zext i32 %r181 to i64
  %hish183 = shl nuw i64 %zext182, 32
  %zext184 = zext i32 %r180 to i64
  %joined185 = or i64 %hish183, %zext184
  %f186 = bitcast i64 %joined185 to double
  %fadd187 = fadd double %fadd175, %f186
  %bits188 = bitcast double %fadd187 to i64
  %lo189 = trunc i64 %bits188 to i32
  %hi64190 = lshr i64 %bits188, 32
  %hi191 = trunc i64 %hi64190 to i32
  %r192 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo189, i32 1, i32 31)
  %r193 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi191, i32 1, i32 31)
  %bits201 = bitcast double %var25.0 to i64
  %lo202 = trunc i64 %bits201 to i32
  %hi64203 = lshr i64 %bits201, 32
  %hi204 = trunc i64 %hi64203 to i32
  %r205 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo202, i32 16, i32 31)
  %r206 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi204, i32 16, i32 31)
  %zext207 = zext i32 %r206 to i64
  %hish208 = shl nuw i64 %zext207, 32
  %zext209 = zext i32 %r205 to i64
  %joined210 = or i64 %hish208, %zext209
  %f211 = bitcast i64 %joined210 to double
  %fadd212 = fadd double %var25.0, %f211
  %bits213 = bitcast double %fadd212 to i64
  %lo214 = trunc i64 %bits213 to i32
  %hi64215 = lshr i64 %bits213, 32
  %hi216 = trunc i64 %hi64215 to i32
  %r217 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo214, i32 8, i32 31)
  %r218 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi216, i32 8, i32 31)
  %zext219 = zext i32 %r218 to i64
  %hish220 = shl nuw i64 %zext219, 32
  %zext221 = zext i32 %r217 to i64
  %joined222 = or i64 %hish220, %zext221
  %f223 = bitcast i64 %joined222 to double
  %fadd224 = fadd double %fadd212, %f223
  %bits225 = bitcast double %fadd224 to i64
  %lo226 = trunc i64 %bits225 to i32
  %hi64227 = lshr i64 %bits225, 32
  %hi228 = trunc i64 %hi64227 to i32
  %r229 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo226, i32 4, i32 31)
  %r230 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi228, i32 4, i32 31)
  %zext231 = zext i32 %r230 to i64
  %hish232 = shl nuw i64 %zext231, 32
  %zext233 = zext i32 %r229 to i64
  %joined234 = or i64 %hish232, %zext233
  %f235 = bitcast i64 %joined234 to double
  %fadd236 = fadd double %fadd224, %f235
  %bits237 = bitcast double %fadd236 to i64
  %lo238 = trunc i64 %bits237 to i32
  %hi64239 = lshr i64 %bits237, 32
  %hi240 = trunc i64 %hi64239 to i32
  %r241 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo238, i32 2, i32 31)
  %r242 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi240, i32 2, i32 31)
  %zext243 = zext i32 %r242 to i64
  %hish244 = shl nuw i64 %zext243, 32
  %zext245 = zext i32 %r241 to i64
  %joined246 = or i64 %hish244, %zext245
  %f247 = bitcast i64 %joined246 to double
  %fadd248 = fadd double %fadd236, %f247
  %bits249 = bitcast double %fadd248 to i64
  %lo250 = trunc i64 %bits249 to i32
  %hi64251 = lshr i64 %bits249, 32
  %hi252 = trunc i64 %hi64251 to i32
  %r253 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo250, i32 1, i32 31)
  %r254 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi252, i32 1, i32 31)
  br i1 %cmp261, label %then262, label %join264

body34:                                           ; preds = %then, %body34
  %i36426 = phi i64 [ %next, %body34 ], [ %add31, %then ]
  %var.1425 = phi double [ %fadd107, %body34 ], [ 0.000000e+00, %then ]
  %var25.1424 = phi double [ %fadd109, %body34 ], [ 0.000000e+00, %then ]
  %div38 = udiv i64 %i36426, %s
  %mul39 = mul i64 %div38, %s
  %sub40 = sub nuw i64 %i36426, %mul39
  %mul41 = mul i64 %div38, %c
  %add42 = add i64 %mul41, %div18
  %mul43 = mul i64 %add42, %s
  %add44 = add i64 %mul43, %sub40
  %p45 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add44
  %lane = load float, float addrspace(1)* %p45, align 16
  %1 = getelementptr inbounds float, float addrspace(1)* %p45, i64 1
  %lane46 = load float, float addrspace(1)* %1, align 4
  %2 = getelementptr inbounds float, float addrspace(1)* %p45, i64 2
  %lane47 = load float, float addrspace(1)* %2, align 8
  %3 = getelementptr inbounds float, float addrspace(1)* %p45, i64 3
  %lane48 = load float, float addrspace(1)* %3, align 4
  %p49 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add44
  %lane52 = load float, float addrspace(1)* %p49, align 16
  %4 = getelementptr inbounds float, float addrspace(1)* %p49, i64 1
  %lane53 = load float, float addrspace(1)* %4, align 4
  %5 = getelementptr inbounds float, float addrspace(1)* %p49, i64 2
  %lane54 = load float, float addrspace(1)* %5, align 8
  %6 = getelementptr inbounds float, float addrspace(1)* %p49, i64 3
  %lane55 = load float, float addrspace(1)* %6, align 4
  %p56 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add44
  %lane59 = load float, float addrspace(1)* %p56, align 16
  %7 = getelementptr inbounds float, float addrspace(1)* %p56, i64 1
  %lane60 = load float, float addrspace(1)* %7, align 4
  %8 = getelementptr inbounds float, float addrspace(1)* %p56, i64 2
  %lane61 = load float, float addrspace(1)* %8, align 8
  %9 = getelementptr inbounds float, float addrspace(1)* %p56, i64 3
  %lane62 = load float, float addrspace(1)* %9, align 4
  %cmp63 = fcmp ogt float %lane59, %lo
  %cmp65 = fcmp olt float %lane59, %hi
  %10 = select i1 %cmp65, i1 %cmp63, i1 false
  %11 = fpext float %lane to double
  %widen = select i1 %10, double %11, double 0.000000e+00
  %widen67 = fpext float %lane52 to double
  %fsub = fsub double %widen67, %ext
  %fsub68 = fsub double %fsub, %ext29
  %fmul = fmul double %fsub68, %widen
  %fadd = fadd double %var.1425, %widen
  %fadd70 = fadd double %var25.1424, %fmul
  %cmp71 = fcmp ogt float %lane60, %lo
  %cmp73 = fcmp olt float %lane60, %hi
  %12 = select i1 %cmp73, i1 %cmp71, i1 false
  %13 = fpext float %lane46 to double
  %widen75 = select i1 %12, double %13, double 0.000000e+00
  %widen76 = fpext float %lane53 to double
  %fsub77 = fsub double %widen76, %ext
  %fsub78 = fsub double %fsub77, %ext29
  %fmul79 = fmul double %fsub78, %widen75
  %fadd81 = fadd double %widen75, %fadd
  %fadd83 = fadd double %fmul79, %fadd70
  %cmp84 = fcmp ogt float %lane61, %lo
  %cmp86 = fcmp olt float %lane61, %hi
  %14 = select i1 %cmp86, i1 %cmp84, i1 false
  %15 = fpext float %lane47 to double
  %widen88 = select i1 %14, double %15, double 0.000000e+00
  %widen89 = fpext float %lane54 to double
  %fsub90 = fsub double %widen89, %ext
  %fsub91 = fsub double %fsub90, %ext29
  %fmul92 = fmul double %fsub91, %widen88
  %fadd94 = fadd double %widen88, %fadd81
  %fadd96 = fadd double %fmul92, %fadd83
  %cmp97 = fcmp ogt float %lane62, %lo
  %cmp99 = fcmp olt float %lane62, %hi
  %16 = select i1 %cmp99, i1 %cmp97, i1 false
  %17 = fpext float %lane48 to double
  %widen101 = select i1 %16, double %17, double 0.000000e+00
  %widen102 = fpext float %lane55 to double
  %fsub103 = fsub double %widen102, %ext
  %fsub104 = fsub double %fsub103, %ext29
  %fmul105 = fmul double %fsub104, %widen101
  %fadd107 = fadd double %widen101, %fadd94
  %fadd109 = fadd double %fmul105, %fadd96
  %next = add i64 %i36426, %mul32
  %go37 = icmp slt i64 %next, %sel24
  br i1 %go37, label %body34, label %join

body112:                                          ; preds = %else, %body112
  %i114421 = phi i64 [ %next142, %body112 ], [ %add110, %else ]
  %var.2420 = phi double [ %fadd139, %body112 ], [ 0.000000e+00, %else ]
  %var25.2419 = phi double [ %fadd141, %body112 ], [ 0.000000e+00, %else ]
  %div116 = udiv i64 %i114421, %s
  %mul117 = mul i64 %div116, %s
  %sub118 = sub nuw i64 %i114421, %mul117
  %mul119 = mul i64 %div116, %c
  %add120 = add i64 %mul119, %div18
  %mul121 = mul i64 %add120, %s
  %add122 = add i64 %mul121, %sub118
  %p123 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add122
  %v124 = load float, float addrspace(1)* %p123, align 4
  %p125 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add122
  %v126 = load float, float addrspace(1)* %p125, align 4
  %p127 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add122
  %v128 = load float, float addrspace(1)* %p127, align 4
  %cmp129 = fcmp ogt float %v128, %lo
  %cmp131 = fcmp olt float %v128, %hi
  %18 = select i1 %cmp131, i1 %cmp129, i1 false
  %19 = fpext float %v124 to double
  %widen133 = select i1 %18, double %19, double 0.000000e+00
  %widen134 = fpext float %v126 to double
  %fsub135 = fsub double %widen134, %ext
  %fsub136 = fsub double %fsub135, %ext29
  %fmul137 = fmul double %fsub136, %widen133
  %fadd139 = fadd double %var.2420, %widen133
  %fadd141 = fadd double %var25.2419, %fmul137
  %next142 = add i64 %i114421, %zext4
  %go115 = icmp slt i64 %next142, %sel24
  br i1 %go115, label %body112, label %join

then262:                                          ; preds = %join
  %zext255 = zext i32 %r254 to i64
  %hish256 = shl nuw i64 %zext255, 32
  %zext257 = zext i32 %r253 to i64
  %joined258 = or i64 %hish256, %zext257
  %f259 = bitcast i64 %joined258 to double
  %fadd260 = fadd double %fadd248, %f259
  %zext194 = zext i32 %r193 to i64
  %hish195 = shl nuw i64 %zext194, 32
  %zext196 = zext i32 %r192 to i64
  %joined197 = or i64 %hish195, %zext196
  %f198 = bitcast i64 %joined197 to double
  %fadd199 = fadd double %fadd187, %f198
  store double %fadd199, double addrspace(3)* %p266, align 8
  store double %fadd260, double addrspace(3)* %p268, align 8
  br label %join264

join264:                                          ; preds = %join, %then262
  tail call void @llvm.nvvm.barrier0()
  br i1 %cmp269, label %then270, label %join272

then270:                                          ; preds = %join264
  br i1 %cmp273, label %then275, label %join277

join272:                                          ; preds = %then409, %join344, %join264
  tail call void @llvm.nvvm.barrier0()
  %next416 = add i64 %i430, %zext6
  %go = icmp slt i64 %next416, %mul17
  br i1 %go, label %body, label %done

then275:                                          ; preds = %then270
  %v279 = load double, double addrspace(3)* %p278, align 8
  br label %join277

join277:                                          ; preds = %then270, %then275
  %var274.0 = phi double [ %v279, %then275 ], [ 0.000000e+00, %then270 ]
  %bits281 = bitcast double %var274.0 to i64
  %lo282 = trunc i64 %bits281 to i32
  %hi64283 = lshr i64 %bits281, 32
  %hi284 = trunc i64 %hi64283 to i32
  %r285 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo282, i32 16, i32 31)
  %r286 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi284, i32 16, i32 31)
  %zext287 = zext i32 %r286 to i64
  %hish288 = shl nuw i64 %zext287, 32
  %zext289 = zext i32 %r285 to i64
  %joined290 = or i64 %hish288, %zext289
  %f291 = bitcast i64 %joined290 to double
  %fadd292 = fadd double %var274.0, %f291
  %bits293 = bitcast double %fadd292 to i64
  %lo294 = trunc i64 %bits293 to i32
  %hi64295 = lshr i64 %bits293, 32
  %hi296 = trunc i64 %hi64295 to i32
  %r297 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo294, i32 8, i32 31)
  %r298 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi296, i32 8, i32 31)
  %zext299 = zext i32 %r298 to i64
  %hish300 = shl nuw i64 %zext299, 32
  %zext301 = zext i32 %r297 to i64
  %joined302 = or i64 %hish300, %zext301
  %f303 = bitcast i64 %joined302 to double
  %fadd304 = fadd double %fadd292, %f303
  %bits305 = bitcast double %fadd304 to i64
  %lo306 = trunc i64 %bits305 to i32
  %hi64307 = lshr i64 %bits305, 32
  %hi308 = trunc i64 %hi64307 to i32
  %r309 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo306, i32 4, i32 31)
  %r310 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi308, i32 4, i32 31)
  %zext311 = zext i32 %r310 to i64
  %hish312 = shl nuw i64 %zext311, 32
  %zext313 = zext i32 %r309 to i64
  %joined314 = or i64 %hish312, %zext313
  %f315 = bitcast i64 %joined314 to double
  %fadd316 = fadd double %fadd304, %f315
  %bits317 = bitcast double %fadd316 to i64
  %lo318 = trunc i64 %bits317 to i32
  %hi64319 = lshr i64 %bits317, 32
  %hi320 = trunc i64 %hi64319 to i32
  %r321 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo318, i32 2, i32 31)
  %r322 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi320, i32 2, i32 31)
  %zext323 = zext i32 %r322 to i64
  %hish324 = shl nuw i64 %zext323, 32
  %zext325 = zext i32 %r321 to i64
  %joined326 = or i64 %hish324, %zext325
  %f327 = bitcast i64 %joined326 to double
  %fadd328 = fadd double %fadd316, %f327
  %bits329 = bitcast double %fadd328 to i64
  %lo330 = trunc i64 %bits329 to i32
  %hi64331 = lshr i64 %bits329, 32
  %hi332 = trunc i64 %hi64331 to i32
  %r333 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo330, i32 1, i32 31)
  %r334 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi332, i32 1, i32 31)
  %zext335 = zext i32 %r334 to i64
  %hish336 = shl nuw i64 %zext335, 32
  %zext337 = zext i32 %r333 to i64
  %joined338 = or i64 %hish336, %zext337
  %f339 = bitcast i64 %joined338 to double
  %fadd340 = fadd double %fadd328, %f339
  br i1 %cmp273, label %then342, label %join344

then342:                                          ; preds = %join277
  %v346 = load double, double addrspace(3)* %p345, align 8
  br label %join344

join344:                                          ; preds = %join277, %then342
  %var341.0 = phi double [ %v346, %then342 ], [ 0.000000e+00, %join277 ]
  %bits348 = bitcast double %var341.0 to i64
  %lo349 = trunc i64 %bits348 to i32
  %hi64350 = lshr i64 %bits348, 32
  %hi351 = trunc i64 %hi64350 to i32
  %r352 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo349, i32 16, i32 31)
  %r353 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi351, i32 16, i32 31)
  %zext354 = zext i32 %r353 to i64
  %hish355 = shl nuw i64 %zext354, 32
  %zext356 = zext i32 %r352 to i64
  %joined357 = or i64 %hish355, %zext356
  %f358 = bitcast i64 %joined357 to double
  %fadd359 = fadd double %var341.0, %f358
  %bits360 = bitcast double %fadd359 to i64
  %lo361 = trunc i64 %bits360 to i32
  %hi64362 = lshr i64 %bits360, 32
  %hi363 = trunc i64 %hi64362 to i32
  %r364 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo361, i32 8, i32 31)
  %r365 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi363, i32 8, i32 31)
  %zext366 = zext i32 %r365 to i64
  %hish367 = shl nuw i64 %zext366, 32
  %zext368 = zext i32 %r364 to i64
  %joined369 = or i64 %hish367, %zext368
  %f370 = bitcast i64 %joined369 to double
  %fadd371 = fadd double %fadd359, %f370
  %bits372 = bitcast double %fadd371 to i64
  %lo373 = trunc i64 %bits372 to i32
  %hi64374 = lshr i64 %bits372, 32
  %hi375 = trunc i64 %hi64374 to i32
  %r376 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo373, i32 4, i32 31)
  %r377 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi375, i32 4, i32 31)
  %zext378 = zext i32 %r377 to i64
  %hish379 = shl nuw i64 %zext378, 32
  %zext380 = zext i32 %r376 to i64
  %joined381 = or i64 %hish379, %zext380
  %f382 = bitcast i64 %joined381 to double
  %fadd383 = fadd double %fadd371, %f382
  %bits384 = bitcast double %fadd383 to i64
  %lo385 = trunc i64 %bits384 to i32
  %hi64386 = lshr i64 %bits384, 32
  %hi387 = trunc i64 %hi64386 to i32
  %r388 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo385, i32 2, i32 31)
  %r389 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi387, i32 2, i32 31)
  %zext390 = zext i32 %r389 to i64
  %hish391 = shl nuw i64 %zext390, 32
  %zext392 = zext i32 %r388 to i64
  %joined393 = or i64 %hish391, %zext392
  %f394 = bitcast i64 %joined393 to double
  %fadd395 = fadd double %fadd383, %f394
  %bits396 = bitcast double %fadd395 to i64
  %lo397 = trunc i64 %bits396 to i32
  %hi64398 = lshr i64 %bits396, 32
  %hi399 = trunc i64 %hi64398 to i32
  %r400 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo397, i32 1, i32 31)
  %r401 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi399, i32 1, i32 31)
  br i1 %cmp261, label %then409, label %join272

then409:                                          ; preds = %join344
  %zext402 = zext i32 %r401 to i64
  %hish403 = shl nuw i64 %zext402, 32
  %zext404 = zext i32 %r400 to i64
  %joined405 = or i64 %hish403, %zext404
  %f406 = bitcast i64 %joined405 to double
  %fadd407 = fadd double %fadd395, %f406
  %mul412 = shl i64 %i430, 1
  %p413 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %mul412
  store double %fadd340, double addrspace(1)* %p413, align 8
  %add414 = or i64 %mul412, 1
  %p415 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add414
  store double %fadd407, double addrspace(1)* %p415, align 8
  br label %join272
}

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.tid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.ntid.x() #1

; Function Attrs: nofree nosync nounwind readnone speculatable
declare i32 @llvm.nvvm.read.ptx.sreg.nctaid.x() #1

; Function Attrs: convergent inaccessiblememonly nounwind
declare i32 @llvm.nvvm.shfl.sync.down.i32(i32, i32, i32, i32) #2

; Function Attrs: convergent nounwind
declare void @llvm.nvvm.barrier0() #3

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { convergent inaccessiblememonly nounwind }
attributes #3 = { convergent nounwind }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, float, float, i64, double addrspace(1)*)* @syncbn_bn_grad_partial_clip, !"kernel", i32 1}
