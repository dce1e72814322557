; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@syncbn_bn_grad_partial.sum = internal unnamed_addr addrspace(3) global [32 x double] undef, align 8
@syncbn_bn_grad_partial.sumsq = internal unnamed_addr addrspace(3) global [32 x double] undef, align 8

; Function Attrs: nounwind
define void @syncbn_bn_grad_partial(float addrspace(1)* %dy, float addrspace(1)* %x, float addrspace(1)* nocapture readonly %norm_params, i64 %n, i64 %c, i64 %s, i64 %parts, double addrspace(1)* nocapture writeonly %partial) local_unnamed_addr #0 {
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
  %sub = add i64 %parts, -1
  %add9 = add i64 %sub, %mul8
  %div = udiv i64 %add9, %parts
  %add10 = add i64 %div, 3
  %chunk = and i64 %add10, -4
  %rem = and i64 %s, 3
  %addr = ptrtoint float addrspace(1)* %dy to i64
  %addr11 = ptrtoint float addrspace(1)* %x to i64
  %low12398 = or i64 %addr11, %addr
  %or = and i64 %low12398, 15
  %or13 = or i64 %or, %rem
  %cmp = icmp eq i64 %or13, 0
  %mul14 = mul i64 %parts, %c
  %go395 = icmp sgt i64 %mul14, %zext2
  br i1 %go395, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul27 = shl nuw nsw i64 %zext, 2
  %mul29 = shl nuw nsw i64 %zext4, 2
  %lane111 = and i64 %zext, 31
  %warp = lshr i64 %zext, 5
  %cmp227 = icmp eq i64 %lane111, 0
  %p232 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_bn_grad_partial.sum, i64 0, i64 %warp
  %p234 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_bn_grad_partial.sumsq, i64 0, i64 %warp
  %cmp235 = icmp ult i32 %r, 32
  %warps = lshr i64 %zext4, 5
  %cmp239 = icmp ult i64 %lane111, %warps
  %p244 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_bn_grad_partial.sum, i64 0, i64 %lane111
  %p311 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_bn_grad_partial.sumsq, i64 0, i64 %lane111
  br label %body

body:                                             ; preds = %body.lr.ph, %join238
  %i396 = phi i64 [ %zext2, %body.lr.ph ], [ %next382, %join238 ]
  %i396.frozen = freeze i64 %i396
  %parts.frozen = freeze i64 %parts
  %div15 = udiv i64 %i396.frozen, %parts.frozen
  %0 = mul i64 %div15, %parts.frozen
  %rem16.decomposed = sub i64 %i396.frozen, %0
  %mul17 = mul i64 %rem16.decomposed, %chunk
  %cmp18 = icmp ult i64 %mul17, %mul8
  %sel = select i1 %cmp18, i64 %mul17, i64 %mul8
  %add19 = add i64 %sel, %chunk
  %cmp20 = icmp ult i64 %add19, %mul8
  %sel21 = select i1 %cmp20, i64 %add19, i64 %mul8
  %p = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %div15
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %add23 = add i64 %div15, %c
  %p24 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add23
  %v25 = load float, float addrspace(1)* %p24, align 4
  %ext26 = fpext float %v25 to double
  br i1 %cmp, label %then, label %else

done:                                             ; preds = %join238, %entry
  ret void

then:                                             ; preds = %body
  %add28 = add i64 %sel, %mul27
  %go34389 = icmp slt i64 %add28, %sel21
  br i1 %go34389, label %body31, label %join

else:                                             ; preds = %body
  %add84 = add i64 %sel, %zext
  %go89384 = icmp slt i64 %add84, %sel21
  br i1 %go89384, label %body86, label %join

join:                                             ; preds = %body86, %body31, %else, %then
  %var22.0 = phi double [ 0.000000e+00, %then ], [ 0.000000e+00, %else ], [ %fadd83, %body31 ], [ %fadd109, %body86 ]
  %var.0 = phi double [ 0.000000e+00, %then ], [ 0.000000e+00, %else ], [ %fadd81, %body31 ], [ %fadd107, %body86 ]
  %bits = bitcast double %var.0 to i64
  %lo = trunc i64 %bits to i32
  %hi64 = lshr i64 %bits, 32
  %hi = trunc i64 %hi64 to i32
  %r113 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo, i32 16, i32 31)
  %r114 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi, i32 16, i32 31)
  %zext115 = zext i32 %r114 to i64
  %hish = shl nuw i64 %zext115, 32
  %zext116 = zext i32 %r113 to i64
  %joined = or i64 %hish, %zext116
  %f = bitcast i64 %joined to double
  %fadd117 = fadd double %var.0, %f
  %bits118 = bitcast double %fadd117 to i64
  %lo119 = trunc i64 %bits118 to i32
  %hi64120 = lshr i64 %bits118, 32
  %hi121 = trunc i64 %hi64120 to i32
  %r122 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo119, i32 8, i32 31)
  %r123 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi121, i32 8, i32 31)
  %zext124 = zext i32 %r123 to i64
  %hish125 = shl nuw i64 %zext124, 32
  %zext126 = zext i32 %r122 to i64
  %joined127 = or i64 %hish125, %zext126
  %f128 = bitcast i64 %joined127 to double
  %fadd129 = fadd double %fadd117, %f128
  %bits130 = bitcast double %fadd129 to i64
  %lo131 = trunc i64 %bits130 to i32
  %hi64132 = lshr i64 %bits130, 32
  %hi133 = trunc i64 %hi64132 to i32
  %r134 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo131, i32 4, i32 31)
  %r135 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi133, i32 4, i32 31)
  %zext136 = zext i32 %r135 to i64
  %hish137 = shl nuw i64 %zext136, 32
  %zext138 = zext i32 %r134 to i64
  %joined139 = or i64 %hish137, %zext138
  %f140 = bitcast i64 %joined139 to double
  %fadd141 = fadd double %fadd129, %f140
  %bits142 = bitcast double %fadd141 to i64
  %lo143 = trunc i64 %bits142 to i32
  %hi64144 = lshr i64 %bits142, 32
  %hi145 = trunc i64 %hi64144 to i32
  %r146 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo143, i32 2, i32 31)
  %r147 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi145, i32 2, i32 31)
  %zext148 = zext i32 %r147 to i64
  %hish149 = shl nuw i64 %zext148, 32
  %zext150 = zext i32 %r146 to i64
  %joined151 = or i64 %hish149, %zext150
  %f152 = bitcast i64 %joined151 to double
  %fadd153 = fadd double %fadd141, %f152
  %bits154 = bitcast double %fadd153 to i64
  %lo155 = trunc i64 %bits154 to i32
  %hi64156 = lshr i64 %bits154, 32
  %hi157 = trunc i64 %hi64156 to i32
  %r158 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo155, i32 1, i32 31)
  %r159 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi157, i32 1, i32 31)
  %bits167 = bitcast double %var22.0 to i64
  %lo168 = trunc i64 %bits167 to i32
  %hi64169 = lshr i64 %bits167, 32
  %hi170 = trunc i64 %hi64169 to i32
  %r171 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo168, i32 16, i32 31)
  %r172 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi170, i32 16, i32 31)
  %zext173 = zext i32 %r172 to i64
  %hish174 = shl nuw i64 %zext173, 32
  %zext175 = zext i32 %r171 to i64
  %joined176 = or i64 %hish174, %zext175
  %f177 = bitcast i64 %joined176 to double
  %fadd178 = fadd double %var22.0, %f177
  %bits179 = bitcast double %fadd178 to i64
  %lo180 = trunc i64 %bits179 to i32
  %hi64181 = lshr i64 %bits179, 32
  %hi182 = trunc i64 %hi64181 to i32
  %r183 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo180, i32 8, i32 31)
  %r184 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi182, i32 8, i32 31)
  %zext185 = zext i32 %r184 to i64
  %hish186 = shl nuw i64 %zext185, 32
  %zext187 = zext i32 %r183 to i64
  %joined188 = or i64 %hish186, %zext187
  %f189 = bitcast i64 %joined188 to double
  %fadd190 = fadd double %fadd178, %f189
  %bits191 = bitcast double %fadd190 to i64
  %lo192 = trunc i64 %bits191 to i32
  %hi64193 = lshr i64 %bits191, 32
  %hi194 = trunc i64 %hi64193 to i32
  %r195 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo192, i32 4, i32 31)
  %r196 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi194, i32 4, i32 31)
  %zext197 = zext i32 %r196 to i64
  %hish198 = shl nuw i64 %zext197, 32
  %zext199 = zext i32 %r195 to i64
  %joined200 = or i64 %hish198, %zext199
  %f201 = bitcast i64 %joined200 to double
  %fadd202 = fadd double %fadd190, %f201
  %bits203 = bitcast double %fadd202 to i64
  %lo204 = trunc i64 %bits203 to i32
  %hi64205 = lshr i64 %bits203, 32
  %hi206 = trunc i64 %hi64205 to i32
  %r207 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo204, i32 2, i32 31)
  %r208 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi206, i32 2, i32 31)
  %zext209 = zext i32 %r208 to i64
  %hish210 = shl nuw i64 %zext209, 32
  %zext211 = zext i32 %r207 to i64
  %joined212 = or i64 %hish210, %zext211
  %f213 = bitcast i64 %joined212 to double
  %fadd214 = fadd double %fadd202, %f213
  %bits215 = bitcast double %fadd214 to i64
  %lo216 = trunc i64 %bits215 to i32
  %hi64217 = lshr i64 %bits215, 32
  %hi218 = trunc i64 %hi64217 to i32
  %r219 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo216, i32 1, i32 31)
  %r220 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi218, i32 1, i32 31)
  br i1 %cmp227, label %then228, label %join230

body31:                                           ; preds = %then, %body31
  %i33392 = phi i64 [ %next, %body31 ], [ %add28, %then ]
  %var.1391 = phi double [ %fadd81, %body31 ], [ 0.000000e+00, %then ]
  %var22.1390 = phi double [ %fadd83, %body31 ], [ 0.000000e+00, %then ]
  %div35 = udiv i64 %i33392, %s
  %mul36 = mul i64 %div35, %s
  %sub37 = sub nuw i64 %i33392, %mul36
  %mul38 = mul i64 %div35, %c
  %add39 = add i64 %mul38, %div15
  %mul40 = mul i64 %add39, %s
  %add41 = add i64 %mul40, %sub37
  %p42 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add41
  %lane = load float, float addrspace(1)* %p42, align 16
  %1 = getelementptr inbounds float, float addrspace(1)* %p42, i64 1
  %lane43 = load float, float addrspace(1)* %1, align 4
  %2 = getelementptr inbounds float, float addrspace(1)* %p42, i64 2
  %lane44 = load float, float addrspace(1)* %2, align 8
  %3 = getelementptr inbounds float, float addrspace(1)* %p42, i64 3
  %lane45 = load float, float addrspace(1)* %3, align 4
  %p46 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add41
  %lane49 = load float, float addrspace(1)* %p46, align 16
  %4 = getelementptr inbounds float, float addrspace(1)* %p46, i64 1
  %lane50 = load float, float addrspace(1)* %4, align 4
  %5 = getelementptr inbounds float, float addrspace(1)* %p46, i64 2
  %lane51 = load float, float addrspace(1)* %5, align 8
  %6 = getelementptr inbounds float, float addrspace(1)* %p46, i64 3
  %lane52 = load float, float addrspace(1)* %6, align 4
  %widen = fpext float %lane to double
  %widen53 = fpext float %lane49 to double
  %fsub = fsub double %widen53, %ext
  %fsub54 = fsub double %fsub, %ext26
  %fmul = fmul double %fsub54, %widen
  %fadd = fadd double %var.1391, %widen
  %fadd56 = fadd double %var22.1390, %fmul
  %widen57 = fpext float %lane43 to double
  %widen58 = fpext float %lane50 to double
  %fsub59 = fsub double %widen58, %ext
  %fsub60 = fsub double %fsub59, %ext26
  %fmul61 = fmul double %fsub60, %widen57
  %fadd63 = fadd double %fadd, %widen57
  %fadd65 = fadd double %fmul61, %fadd56
  %widen66 = fpext float %lane44 to double
  %widen67 = fpext float %lane51 to double
  %fsub68 = fsub double %widen67, %ext
  %fsub69 = fsub double %fsub68, %ext26
  %fmul70 = fmul double %fsub69, %widen66
  %fadd72 = fadd double %fadd63, %widen66
  %fadd74 = fadd double %fmul70, %fadd65
  %widen75 = fpext float %lane45 to double
  %widen76 = fpext float %lane52 to double
  %fsub77 = fsub double %widen76, %ext
  %fsub78 = fsub double %fsub77, %ext26
  %fmul79 = fmul double %fsub78, %widen75
  %fadd81 = fadd double %fadd72, %widen75
  %fadd83 = fadd double %fmul79, %fadd74
  %next = add i64 %i33392, %mul29
  %go34 = icmp slt i64 %next, %sel21
  br i1 %go34, label %body31, label %join

body86:                                           ; preds = %else, %body86
  %i88387 = phi i64 [ %next110, %body86 ], [ %add84, %else ]
  %var.2386 = phi double [ %fadd107, %body86 ], [ 0.000000e+00, %else ]
  %var22.2385 = phi double [ %fadd109, %body86 ], [ 0.000000e+00, %else ]
  %div90 = udiv i64 %i88387, %s
  %mul91 = mul i64 %div90, %s
  %sub92 = sub nuw i64 %i88387, %mul91
  %mul93 = mul i64 %div90, %c
  %add94 = add i64 %mul93, %div15
  %mul95 = mul i64 %add94, %s
  %add96 = add i64 %mul95, %sub92
  %p97 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add96
  %v98 = load float, float addrspace(1)* %p97, align 4
  %p99 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add96
  %v100 = load float, float addrspace(1)* %p99, align 4
  %widen101 = fpext float %v98 to double
  %widen102 = fpext float %v100 to double
  %fsub103 = fsub double %widen102, %ext
  %fsub104 = fsub double %fsub103, %ext26
  %fmul105 = fmul double %fsub104, %widen101
  %fadd107 = fadd double %var.2386, %widen101
  %fadd109 = fadd double %var22.2385, %fmul105
  %next110 = add i64 %i88387, %zext4
  %go89 = icmp slt i64 %next110, %sel21
  br i1 %go89, label %body86, label %join

then228:                                          ; preds = %join
  %zext221 = zext i32 %r220 to i64
  %hish222 = shl nuw i64 %zext221, 32
  %zext223 = zext i32 %r219 to i64
  %joined224 = or i64 %hish222, %zext223
  %f225 = bitcast i64 %joined224 to double
  %fadd226 = fadd double %fadd214, %f225
  %zext160 = zext i32 %r159 to i64
  %hish161 = shl nuw i64 %zext160, 32
  %zext162 = zext i32 %r158 to i64
  %joined163 = or i64 %hish161, %zext162
  %f164 = bitcast i64 %joined163 to double
  %fadd165 = fadd double %fadd153, %f164
  store double %fadd165, double addrspace(3)* %p232, align 8
  store double %fadd226, double addrspace(3)* %p234, align 8
  br label %join230

join230:                                          ; preds = %join, %then228
  tail call void @llvm.nvvm.barrier0()
  br i1 %cmp235, label %then236, label %join238

then236:                                          ; preds = %join230
  br i1 %cmp239, label %then241, label %join243

join238:                                          ; preds = %then375, %join310, %join230
  tail call void @llvm.nvvm.barrier0()
  %next382 = add i64 %i396, %zext6
  %go = icmp slt i64 %next382, %mul14
  br i1 %go, label %body, label %done

then241:                                          ; preds = %then236
  %v245 = load double, double addrspace(3)* %p244, align 8
  br label %join243

join243:                                          ; preds = %then236, %then241
  %var240.0 = phi double [ %v245, %then241 ], [ 0.000000e+00, %then236 ]
  %bits247 = bitcast double %var240.0 to i64
  %lo248 = trunc i64 %bits247 to i32
  %hi64249 = lshr i64 %bits247, 32
  %hi250 = trunc i64 %hi64249 to i32
  %r251 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo248, i32 16, i32 31)
  %r252 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi250, i32 16, i32 31)
  %zext253 = zext i32 %r252 to i64
  %hish254 = shl nuw i64 %zext253, 32
  %zext255 = zext i32 %r251 to i64
  %joined256 = or i64 %hish254, %zext255
  %f257 = bitcast i64 %joined256 to double
  %fadd258 = fadd double %var240.0, %f257
  %bits259 = bitcast double %fadd258 to i64
  %lo260 = trunc i64 %bits259 to i32
  %hi64261 = lshr i64 %bits259, 32
  %hi262 = trunc i64 %hi64261 to i32
  %r263 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo260, i32 8, i32 31)
  %r264 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi262, i32 8, i32 31)
  %zext265 = zext i32 %r264 to i64
  %hish266 = shl nuw i64 %zext265, 32
  %zext267 = zext i32 %r263 to i64
  %joined268 = or i64 %hish266, %zext267
  %f269 = bitcast i64 %joined268 to double
  %fadd270 = fadd double %fadd258, %f269
  %bits271 = bitcast double %fadd270 to i64
  %lo272 = trunc i64 %bits271 to i32
  %hi64273 = lshr i64 %bits271, 32
  %hi274 = trunc i64 %hi64273 to i32
  %r275 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo272, i32 4, i32 31)
  %r276 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi274, i32 4, i32 31)
  %zext277 = zext i32 %r276 to i64
  %hish278 = shl nuw i64 %zext277, 32
  %zext279 = zext i32 %r275 to i64
  %joined280 = or i64 %hish278, %zext279
  %f281 = bitcast i64 %joined280 to double
  %fadd282 = fadd double %fadd270, %f281
  %bits283 = bitcast double %fadd282 to i64
  %lo284 = trunc i64 %bits283 to i32
  %hi64285 = lshr i64 %bits283, 32
  %hi286 = trunc i64 %hi64285 to i32
  %r287 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo284, i32 2, i32 31)
  %r288 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi286, i32 2, i32 31)
  %zext289 = zext i32 %r288 to i64
  %hish290 = shl nuw i64 %zext289, 32
  %zext291 = zext i32 %r287 to i64
  %joined292 = or i64 %hish290, %zext291
  %f293 = bitcast i64 %joined292 to double
  %fadd294 = fadd double %fadd282, %f293
  %bits295 = bitcast double %fadd294 to i64
  %lo296 = trunc i64 %bits295 to i32
  %hi64297 = lshr i64 %bits295, 32
  %hi298 = trunc i64 %hi64297 to i32
  %r299 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo296, i32 1, i32 31)
  %r300 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi298, i32 1, i32 31)
  %zext301 = zext i32 %r300 to i64
  %hish302 = shl nuw i64 %zext301, 32
  %zext303 = zext i32 %r299 to i64
  %joined304 = or i64 %hish302, %zext303
  %f305 = bitcast i64 %joined304 to double
  %fadd306 = fadd double %fadd294, %f305
  br i1 %cmp239, label %then308, label %join310

then308:                                          ; preds = %join243
  %v312 = load double, double addrspace(3)* %p311, align 8
  br label %join310

join310:                                          ; preds = %join243, %then308
  %var307.0 = phi double [ %v312, %then308 ], [ 0.000000e+00, %join243 ]
  %bits314 = bitcast double %var307.0 to i64
  %lo315 = trunc i64 %bits314 to i32
  %hi64316 = lshr i64 %bits314, 32
  %hi317 = trunc i64 %hi64316 to i32
  %r318 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo315, i32 16, i32 31)
  %r319 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi317, i32 16, i32 31)
  %zext320 = zext i32 %r319 to i64
  %hish321 = shl nuw i64 %zext320, 32
  %zext322 = zext i32 %r318 to i64
  %joined323 = or i64 %hish321, %zext322
  %f324 = bitcast i64 %joined323 to double
  %fadd325 = fadd double %var307.0, %f324
  %bits326 = bitcast double %fadd325 to i64
  %lo327 = trunc i64 %bits326 to i32
  %hi64328 = lshr i64 %bits326, 32
  %hi329 = trunc i64 %hi64328 to i32
  %r330 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo327, i32 8, i32 31)
  %r331 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi329, i32 8, i32 31)
  %zext332 = zext i32 %r331 to i64
  %hish333 = shl nuw i64 %zext332, 32
  %zext334 = zext i32 %r330 to i64
  %joined335 = or i64 %hish333, %zext334
  %f336 = bitcast i64 %joined335 to double
  %fadd337 = fadd double %fadd325, %f336
  %bits338 = bitcast double %fadd337 to i64
  %lo339 = trunc i64 %bits338 to i32
  %hi64340 = lshr i64 %bits338, 32
  %hi341 = trunc i64 %hi64340 to i32
  %r342 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo339, i32 4, i32 31)
  %r343 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi341, i32 4, i32 31)
  %zext344 = zext i32 %r343 to i64
  %hish345 = shl nuw i64 %zext344, 32
  %zext346 = zext i32 %r342 to i64
  %joined347 = or i64 %hish345, %zext346
  %f348 = bitcast i64 %joined347 to double
  %fadd349 = fadd double %fadd337, %f348
  %bits350 = bitcast double %fadd349 to i64
  %lo351 = trunc i64 %bits350 to i32
  %hi64352 = lshr i64 %bits350, 32
  %hi353 = trunc i64 %hi64352 to i32
  %r354 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo351, i32 2, i32 31)
  %r355 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi353, i32 2, i32 31)
  %zext356 = zext i32 %r355 to i64
  %hish357 = shl nuw i64 %zext356, 32
  %zext358 = zext i32 %r354 to i64
  %joined359 = or i64 %hish357, %zext358
  %f360 = bitcast i64 %joined359 to double
  %fadd361 = fadd double %fadd349, %f360
  %bits362 = bitcast double %fadd361 to i64
  %lo363 = trunc i64 %bits362 to i32
  %hi64364 = lshr i64 %bits362, 32
  %hi365 = trunc i64 %hi64364 to i32
  %r366 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo363, i32 1, i32 31)
  %r367 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi365, i32 1, i32 31)
  br i1 %cmp227, label %then375, label %join238

then375:                                          ; preds = %join310
  %zext368 = zext i32 %r367 to i64
  %hish369 = shl nuw i64 %zext368, 32
  %zext370 = zext i32 %r366 to i64
  %joined371 = or i64 %hish369, %zext370
  %f372 = bitcast i64 %joined371 to double
  %fadd373 = fadd double %fadd361, %f372
  %mul378 = shl i64 %i396, 1
  %p379 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %mul378
  store double %fadd306, double addrspace(1)* %p379, align 8
  %add380 = or i64 %mul378, 1
  %p381 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add380
  store double %fadd373, double addrspace(1)* %p381, align 8
  br label %join238
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, double addrspace(1)*)* @syncbn_bn_grad_partial, !"kernel", i32 1}
