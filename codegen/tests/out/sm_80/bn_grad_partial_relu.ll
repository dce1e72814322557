; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@syncbn_bn_grad_partial_relu.sum = internal unnamed_addr addrspace(3) global [32 x double] undef, align 8
@syncbn_bn_grad_partial_relu.sumsq = internal unnamed_addr addrspace(3) global [32 x double] undef, align 8

; Function Attrs: nounwind
define void @syncbn_bn_grad_partial_relu(float addrspace(1)* %dy, float addrspace(1)* %x, float addrspace(1)* nocapture readonly %norm_params, float addrspace(1)* %y, i64 %n, i64 %c, i64 %s, i64 %parts, double addrspace(1)* nocapture writeonly %partial) local_unnamed_addr #0 {
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
  %addr14 = ptrtoint float addrspace(1)* %y to i64
  %low12420 = or i64 %addr11, %addr
  %or421 = or i64 %low12420, %addr14
  %or13 = and i64 %or421, 15
  %or16 = or i64 %or13, %rem
  %cmp = icmp eq i64 %or16, 0
  %mul17 = mul i64 %parts, %c
  %go417 = icmp sgt i64 %mul17, %zext2
  br i1 %go417, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %mul30 = shl nuw nsw i64 %zext, 2
  %mul32 = shl nuw nsw i64 %zext4, 2
  %lane133 = and i64 %zext, 31
  %warp = lshr i64 %zext, 5
  %cmp249 = icmp eq i64 %lane133, 0
  %p254 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_bn_grad_partial_relu.sum, i64 0, i64 %warp
  %p256 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_bn_grad_partial_relu.sumsq, i64 0, i64 %warp
  %cmp257 = icmp ult i32 %r, 32
  %warps = lshr i64 %zext4, 5
  %cmp261 = icmp ult i64 %lane133, %warps
  %p266 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_bn_grad_partial_relu.sum, i64 0, i64 %lane133
  %p333 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_bn_grad_partial_relu.sumsq, i64 0, i64 %lane133
  br label %body

body:                                             ; preds = %body.lr.ph, %join260
  %i418 = phi i64 [ %zext2, %body.lr.ph ], [ %next404, %join260 ]
  %i418.frozen = freeze i64 %i418
  %parts.frozen = freeze i64 %parts
  %div18 = udiv i64 %i418.frozen, %parts.frozen
  %0 = mul i64 %div18, %parts.frozen
  %rem19.decomposed = sub i64 %i418.frozen, %0
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

done:                                             ; preds = %join260, %entry
  ret void

then:                                             ; preds = %body
  %add31 = add i64 %sel, %mul30
  %go37411 = icmp slt i64 %add31, %sel24
  br i1 %go37411, label %body34, label %join

else:                                             ; preds = %body
  %add102 = add i64 %sel, %zext
  %go107406 = icmp slt i64 %add102, %sel24
  br i1 %go107406, label %body104, label %join

join:                                             ; preds = %body104, %body34, %else, %then
  %var25.0 = phi double [ 0.000000e+00, %then ], [ 0.000000e+00, %else ], [ %fadd101, %body34 ], [ %fadd131, %body104 ]
  %var.0 = phi double [ 0.000000e+00, %then ], [ 0.000000e+00, %else ], [ %fadd99, %body34 ], [ %fadd129, %body104 ]
  %bits = bitcast double %var.0 to i64
  %lo = trunc i64 %bits to i32
  %hi64 = lshr i64 %bits, 32
  %hi = trunc i64 %hi64 to i32
  %r135 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo, i32 16, i32 31)
  %r136 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi, i32 16, i32 31)
  %zext137 = zext i32 %r136 to i64
  %hish = shl nuw i64 %zext137, 32
  %zext138 = zext i32 %r135 to i64
  %joined = or i64 %hish, %zext138
  %f = bitcast i64 %joined to double
  %fadd139 = fadd double %var.0, %f
  %bits140 = bitcast double %fadd139 to i64
  %lo141 = trunc i64 %bits140 to i32
  %hi64142 = lshr i64 %bits140, 32
  %hi143 = trunc i64 %hi64142 to i32
  %r144 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo141, i32 8, i32 31)
  %r145 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi143, i32 8, i32 31)
  %zext146 = zext i32 %r145 to i64
  %hish147 = shl nuw i64 %zext146, 32
  %zext148 = zext i32 %r144 to i64
  %joined149 = or i64 %hish147, %zext148
  %f150 = bitcast i64 %joined149 to double
  %fadd151 = fadd double %fadd139, %f150
  %bits152 = bitcast double %fadd151 to i64
  %lo153 = trunc i64 %bits152 to i32
  %hi64154 = lshr i64 %bits152, 32
  %hi155 = trunc i64 %hi64154 to i32
  %r156 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo153, i32 4, i32 31)
  %r157 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi155, i32 4, i32 31)
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
  %r168 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo165, i32 2, i32 31)
  %r169 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi167, i32 2, i32 31)
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
  %r180 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo177, i32 1, i32 31)
  %r181 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi179, i32 1, i32 31)
  %bits189 = bitcast double %var25.0 to i64
  %lo190 = trunc i64 %bits189 to i32
  %hi64191 = lshr i64 %bits189, 32
  %hi192 = trunc i64 %hi64191 to i32
  %r193 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo190, i32 16, i32 31)
  %r194 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi192, i32 16, i32 31)
  %zext195 = zext i32 %r194 to i64
  %hish196 = shl nuw i64 %zext195, 32
  %zext197 = zext i32 %r193 to i64
  %joined198 = or i64 %hish196, %zext197
  %f199 = bitcast i64 %joined198 to double
  %fadd200 = fadd double %var25.0, %f199
  %bits201 = bitcast double %fadd200 to i64
  %lo202 = trunc i64 %bits201 to i32
  %hi64203 = lshr i64 %bits201, 32
  %hi204 = trunc i64 %hi64203 to i32
  %r205 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo202, i32 8, i32 31)
  %r206 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi204, i32 8, i32 31)
  %zext207 = zext i32 %r206 to i64
  %hish208 = shl nuw i64 %zext207, 32
  %zext209 = zext i32 %r205 to i64
  %joined210 = or i64 %hish208, %zext209
  %f211 = bitcast i64 %joined210 to double
  %fadd212 = fadd double %fadd200, %f211
  %bits213 = bitcast double %fadd212 to i64
  %lo214 = trunc i64 %bits213 to i32
  %hi64215 = lshr i64 %bits213, 32
  %hi216 = trunc i64 %hi64215 to i32
  %r217 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo214, i32 4, i32 31)
  %r218 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi216, i32 4, i32 31)
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
  %r229 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo226, i32 2, i32 31)
  %r230 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi228, i32 2, i32 31)
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
  %r241 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo238, i32 1, i32 31)
  %r242 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi240, i32 1, i32 31)
  br i1 %cmp249, label %then250, label %join252

body34:                                           ; preds = %then, %body34
  %i36414 = phi i64 [ %next, %body34 ], [ %add31, %then ]
  %var.1413 = phi double [ %fadd99, %body34 ], [ 0.000000e+00, %then ]
  %var25.1412 = phi double [ %fadd101, %body34 ], [ 0.000000e+00, %then ]
  %div38 = udiv i64 %i36414, %s
  %mul39 = mul i64 %div38, %s
  %sub40 = sub nuw i64 %i36414, %mul39
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
  %cmp63 = fcmp ogt float %lane59, 0.000000e+00
  %sel64 = select i1 %cmp63, float %lane, float 0.000000e+00
  %widen = fpext float %sel64 to double
  %widen65 = fpext float %lane52 to double
  %fsub = fsub double %widen65, %ext
  %fsub66 = fsub double %fsub, %ext29
  %fmul = fmul double %fsub66, %widen
  %fadd = fadd double %var.1413, %widen
  %fadd68 = fadd double %var25.1412, %fmul
  %cmp69 = fcmp ogt float %lane60, 0.000000e+00
  %sel70 = select i1 %cmp69, float %lane46, float 0.000000e+00
  %widen71 = fpext float %sel70 to double
  %widen72 = fpext float %lane53 to double
  %fsub73 = fsub double %widen72, %ext
  %fsub74 = fsub double %fsub73, %ext29
  %fmul75 = fmul double %fsub74, %widen71
  %fadd77 = fadd double %fadd, %widen71
  %fadd79 = fadd double %fmul75, %fadd68
  %cmp80 = fcmp ogt float %lane61, 0.000000e+00
  %sel81 = select i1 %cmp80, float %lane47, float 0.000000e+00
  %widen82 = fpext float %sel81 to double
  %widen83 = fpext float %lane54 to double
  %fsub84 = fsub double %widen83, %ext
  %fsub85 = fsub double %fsub84, %ext29
  %fmul86 = fmul double %fsub85, %widen82
  %fadd88 = fadd double %fadd77, %widen82
  %fadd90 = fadd double %fmul86, %fadd79
  %cmp91 = fcmp ogt float %lane62, 0.000000e+00
  %sel92 = select i1 %cmp91, float %lane48, float 0.000000e+00
  %widen93 = fpext float %sel92 to double
  %widen94 = fpext float %lane55 to double
  %fsub95 = fsub double %widen94, %ext
  %fsub96 = fsub double %fsub95, %ext29
  %fmul97 = fmul double %fsub96, %widen93
  %fadd99 = fadd double %fadd88, %widen93
  %fadd101 = fadd double %fmul97, %fadd90
  %next = add i64 %i36414, %mul32
  %go37 = icmp slt i64 %next, %sel24
  br i1 %go37, label %body34, label %join

body104:                                          ; preds = %else, %body104
  %i106409 = phi i64 [ %next132, %body104 ], [ %add102, %else ]
  %var.2408 = phi double [ %fadd129, %body104 ], [ 0.000000e+00, %else ]
  %var25.2407 = phi double [ %fadd131, %body104 ], [ 0.000000e+00, %else ]
  %div108 = udiv i64 %i106409, %s
  %mul109 = mul i64 %div108, %s
  %sub110 = sub nuw i64 %i106409, %mul109
  %mul111 = mul i64 %div108, %c
  %add112 = add i64 %mul111, %div18
  %mul113 = mul i64 %add112, %s
  %add114 = add i64 %mul113, %sub110
  %p115 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %add114
  %v116 = load float, float addrspace(1)* %p115, align 4
  %p117 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add114
  %v118 = load float, float addrspace(1)* %p117, align 4
  %p119 = getelementptr inbounds float, float addrspace(1)* %y, i64 %add114
  %v120 = load float, float addrspace(1)* %p119, align 4
  %cmp121 = fcmp ogt float %v120, 0.000000e+00
  %sel122 = select i1 %cmp121, float %v116, float 0.000000e+00
  %widen123 = fpext float %sel122 to double
  %widen124 = fpext float %v118 to double
  %fsub125 = fsub double %widen124, %ext
  %fsub126 = fsub double %fsub125, %ext29
  %fmul127 = fmul double %fsub126, %widen123
  %fadd129 = fadd double %var.2408, %widen123
  %fadd131 = fadd double %var25.2407, %fmul127
  %next132 = add i64 %i106409, %zext4
  %go107 = icmp slt i64 %next132, %sel24
  br i1 %go107, label %body104, label %join

then250:                                          ; preds = %join
  %zext243 = zext i32 %r242 to i64
  %hish244 = shl nuw i64 %zext243, 32
  %zext245 = zext i32 %r241 to i64
  %joined246 = or i64 %hish244, %zext245
  %f247 = bitcast i64 %joined246 to double
  %fadd248 = fadd double %fadd236, %f247
  %zext182 = zext i32 %r181 to i64
  %hish183 = shl nuw i64 %zext182, 32
  %zext184 = zext i32 %r180 to i64
  %joined185 = or i64 %hish183, %zext184
  %f186 = bitcast i64 %joined185 to double
  %fadd187 = fadd double %fadd175, %f186
  store double %fadd187, double addrspace(3)* %p254, align 8
  store double %fadd248, double addrspace(3)* %p256, align 8
  br label %join252

join252:                                          ; preds = %join, %then250
  tail call void @llvm.nvvm.barrier0()
  br i1 %cmp257, label %then258, label %join260

then258:                                          ; preds = %join252
  br i1 %cmp261, label %then263, label %join265

join260:                                          ; preds = %then397, %join332, %join252
  tail call void @llvm.nvvm.barrier0()
  %next404 = add i64 %i418, %zext6
  %go = icmp slt i64 %next404, %mul17
  br i1 %go, label %body, label %done

then263:                                          ; preds = %then258
  %v267 = load double, double addrspace(3)* %p266, align 8
  br label %join265

join265:                                          ; preds = %then258, %then263
  %var262.0 = phi double [ %v267, %then263 ], [ 0.000000e+00, %then258 ]
  %bits269 = bitcast double %var262.0 to i64
  %lo270 = trunc i64 %bits269 to i32
  %hi64271 = lshr i64 %bits269, 32
  %hi272 = trunc i64 %hi64271 to i32
  %r273 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo270, i32 16, i32 31)
  %r274 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi272, i32 16, i32 31)
  %zext275 = zext i32 %r274 to i64
  %hish276 = shl nuw i64 %zext275, 32
  %zext277 = zext i32 %r273 to i64
  %joined278 = or i64 %hish276, %zext277
  %f279 = bitcast i64 %joined278 to double
  %fadd280 = fadd double %var262.0, %f279
  %bits281 = bitcast double %fadd280 to i64
  %lo282 = trunc i64 %bits281 to i32
  %hi64283 = lshr i64 %bits281, 32
  %hi284 = trunc i64 %hi64283 to i32
  %r285 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo282, i32 8, i32 31)
  %r286 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi284, i32 8, i32 31)
  %zext287 = zext i32 %r286 to i64
  %hish288 = shl nuw i64 %zext287, 32
  %zext289 = zext i32 %r285 to i64
  %joined290 = or i64 %hish288, %zext289
  %f291 = bitcast i64 %joined290 to double
  %fadd292 = fadd double %fadd280, %f291
  %bits293 = bitcast double %fadd292 to i64
  %lo294 = trunc i64 %bits293 to i32
  %hi64295 = lshr i64 %bits293, 32
  %hi296 = trunc i64 %hi64295 to i32
  %r297 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo294, i32 4, i32 31)
  %r298 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi296, i32 4, i32 31)
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
  %r309 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo306, i32 2, i32 31)
  %r310 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi308, i32 2, i32 31)
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
  %r321 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo318, i32 1, i32 31)
  %r322 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi320, i32 1, i32 31)
  %zext323 = zext i32 %r322 to i64
  %hish324 = shl nuw i64 %zext323, 32
  %zext325 = zext i32 %r321 to i64
  %joined326 = or i64 %hish324, %zext325
  %f327 = bitcast i64 %joined326 to double
  %fadd328 = fadd double %fadd316, %f327
  br i1 %cmp261, label %then330, label %join332

then330:                                          ; preds = %join265
  %v334 = load double, double addrspace(3)* %p333, align 8
  br label %join332

join332:                                          ; preds = %join265, %then330
  %var329.0 = phi double [ %v334, %then330 ], [ 0.000000e+00, %join265 ]
  %bits336 = bitcast double %var329.0 to i64
  %lo337 = trunc i64 %bits336 to i32
  %hi64338 = lshr i64 %bits336, 32
  %hi339 = trunc i64 %hi64338 to i32
  %r340 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo337, i32 16, i32 31)
  %r341 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi339, i32 16, i32 31)
  %zext342 = zext i32 %r341 to i64
  %hish343 = shl nuw i64 %zext342, 32
  %zext344 = zext i32 %r340 to i64
  %joined345 = or i64 %hish343, %zext344
  %f346 = bitcast i64 %joined345 to double
  %fadd347 = fadd double %var329.0, %f346
  %bits348 = bitcast double %fadd347 to i64
  %lo349 = trunc i64 %bits348 to i32
  %hi64350 = lshr i64 %bits348, 32
  %hi351 = trunc i64 %hi64350 to i32
  %r352 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo349, i32 8, i32 31)
  %r353 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi351, i32 8, i32 31)
  %zext354 = zext i32 %r353 to i64
  %hish355 = shl nuw i64 %zext354, 32
  %zext356 = zext i32 %r352 to i64
  %joined357 = or i64 %hish355, %zext356
  %f358 = bitcast i64 %joined357 to double
  %fadd359 = fadd double %fadd347, %f358
  %bits360 = bitcast double %fadd359 to i64
  %lo361 = trunc i64 %bits360 to i32
  %hi64362 = lshr i64 %bits360, 32
  %hi363 = trunc i64 %hi64362 to i32
  %r364 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo361, i32 4, i32 31)
  %r365 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi363, i32 4, i32 31)
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
  %r376 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo373, i32 2, i32 31)
  %r377 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi375, i32 2, i32 31)
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
  %r388 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo385, i32 1, i32 31)
  %r389 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi387, i32 1, i32 31)
  br i1 %cmp249, label %then397, label %join260

then397:                                          ; preds = %join332
  %zext390 = zext i32 %r389 to i64
  %hish391 = shl nuw i64 %zext390, 32
  %zext392 = zext i32 %r388 to i64
  %joined393 = or i64 %hish391, %zext392
  %f394 = bitcast i64 %joined393 to double
  %fadd395 = fadd double %fadd383, %f394
  %mul400 = shl i64 %i418, 1
  %p401 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %mul400
  store double %fadd328, double addrspace(1)* %p401, align 8
  %add402 = or i64 %mul400, 1
  %p403 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add402
  store double %fadd395, double addrspace(1)* %p403, align 8
  br label %join260
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, i64, double addrspace(1)*)* @syncbn_bn_grad_partial_relu, !"kernel", i32 1}
