; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@syncbn_moments_partial.sum = internal unnamed_addr addrspace(3) global [32 x double] undef, align 8
@syncbn_moments_partial.sumsq = internal unnamed_addr addrspace(3) global [32 x double] undef, align 8

; Function Attrs: nounwind
define void @syncbn_moments_partial(float addrspace(1)* %x, i64 %n, i64 %c, i64 %s, i64 %parts, double addrspace(1)* nocapture writeonly %partial) local_unnamed_addr #0 {
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
  %addr = ptrtoint float addrspace(1)* %x to i64
  %low = and i64 %addr, 15
  %or = or i64 %rem, %low
  %cmp = icmp eq i64 %or, 0
  %mul11 = mul i64 %parts, %c
  %go383 = icmp sgt i64 %mul11, %zext2
  br i1 %go383, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %cmp22 = icmp sgt i64 %mul8, 0
  %reass.add365 = add i64 %c, -1
  %mul27 = shl nuw nsw i64 %zext, 2
  %mul29 = shl nuw nsw i64 %zext4, 2
  %lane93 = and i64 %zext, 31
  %warp = lshr i64 %zext, 5
  %cmp209 = icmp eq i64 %lane93, 0
  %p214 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_moments_partial.sum, i64 0, i64 %warp
  %p216 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_moments_partial.sumsq, i64 0, i64 %warp
  %cmp217 = icmp ult i32 %r, 32
  %warps = lshr i64 %zext4, 5
  %cmp221 = icmp ult i64 %lane93, %warps
  %p226 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_moments_partial.sum, i64 0, i64 %lane93
  %p293 = getelementptr inbounds [32 x double], [32 x double] addrspace(3)* @syncbn_moments_partial.sumsq, i64 0, i64 %lane93
  br label %body

body:                                             ; preds = %body.lr.ph, %join220
  %i384 = phi i64 [ %zext2, %body.lr.ph ], [ %next364, %join220 ]
  %i384.frozen = freeze i64 %i384
  %parts.frozen = freeze i64 %parts
  %div12 = udiv i64 %i384.frozen, %parts.frozen
  %0 = mul i64 %div12, %parts.frozen
  %rem13.decomposed = sub i64 %i384.frozen, %0
  %mul14 = mul i64 %rem13.decomposed, %chunk
  %cmp15 = icmp ult i64 %mul14, %mul8
  %sel = select i1 %cmp15, i64 %mul14, i64 %mul8
  %add16 = add i64 %sel, %chunk
  %cmp17 = icmp ult i64 %add16, %mul8
  %sel18 = select i1 %cmp17, i64 %add16, i64 %mul8
  br i1 %cmp22, label %then, label %join

done:                                             ; preds = %join220, %entry
  ret void

then:                                             ; preds = %body
  %mul23 = mul i64 %div12, %s
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %mul23
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  br label %join

join:                                             ; preds = %body, %then
  %var21.0 = phi double [ %ext, %then ], [ 0.000000e+00, %body ]
  br i1 %cmp, label %then24, label %else25

then24:                                           ; preds = %join
  %add28 = add i64 %sel, %mul27
  %go34377 = icmp slt i64 %add28, %sel18
  br i1 %go34377, label %body31, label %join26

else25:                                           ; preds = %join
  %add70 = add i64 %sel, %zext
  %go75372 = icmp slt i64 %add70, %sel18
  br i1 %go75372, label %body72, label %join26

join26:                                           ; preds = %body72, %body31, %else25, %then24
  %var19.0 = phi double [ 0.000000e+00, %then24 ], [ 0.000000e+00, %else25 ], [ %fadd69, %body31 ], [ %fadd91, %body72 ]
  %var.0 = phi double [ 0.000000e+00, %then24 ], [ 0.000000e+00, %else25 ], [ %fadd67, %body31 ], [ %fadd89, %body72 ]
  %bits = bitcast double %var.0 to i64
  %lo = trunc i64 %bits to i32
  %hi64 = lshr i64 %bits, 32
  %hi = trunc i64 %hi64 to i32
  %r95 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo, i32 16, i32 31)
  %r96 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi, i32 16, i32 31)
  %zext97 = zext i32 %r96 to i64
  %hish = shl nuw i64 %zext97, 32
  %zext98 = zext i32 %r95 to i64
  %joined = or i64 %hish, %zext98
  %f = bitcast i64 %joined to double
  %fadd99 = fadd double %var.0, %f
  %bits100 = bitcast double %fadd99 to i64
  %lo101 = trunc i64 %bits100 to i32
  %hi64102 = lshr i64 %bits100, 32
  %hi103 = trunc i64 %hi64102 to i32
  %r104 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo101, i32 8, i32 31)
  %r105 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi103, i32 8, i32 31)
  %zext106 = zext i32 %r105 to i64
  %hish107 = shl nuw i64 %zext106, 32
  %zext108 = zext i32 %r104 to i64
  %joined109 = or i64 %hish107, %zext108
  %f110 = bitcast i64 %joined109 to double
  %fadd111 = fadd double %fadd99, %f110
  %bits112 = bitcast double %fadd111 to i64
  %lo113 = trunc i64 %bits112 to i32
  %hi64114 = lshr i64 %bits112, 32
  %hi115 = trunc i64 %hi64114 to i32
  %r116 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo113, i32 4, i32 31)
  %r117 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi115, i32 4, i32 31)
  %zext118 = zext i32 %r117 to i64
  %hish119 = shl nuw i64 %zext118, 32
  %zext120 = zext i32 %r116 to i64
  %joined121 = or i64 %hish119, %zext120
  %f122 = bitcast i64 %joined121 to double
  %fadd123 = fadd double %fadd111, %f122
  %bits124 = bitcast double %fadd123 to i64
  %lo125 = trunc i64 %bits124 to i32
  %hi64126 = lshr i64 %bits124, 32
  %hi127 = trunc i64 %hi64126 to i32
  %r128 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo125, i32 2, i32 31)
  %r129 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi127, i32 2, i32 31)
  %zext130 = zext i32 %r129 to i64
  %hish131 = shl nuw i64 %zext130, 32
  %zext132 = zext i32 %r128 to i64
  %joined133 = or i64 %hish131, %zext132
  %f134 = bitcast i64 %joined133 to double
  %fadd135 = fadd double %fadd123, %f134
  %bits136 = bitcast double %fadd135 to i64
  %lo137 = trunc i64 %bits136 to i32
  %hi64138 = lshr i64 %bits136, 32
  %hi139 = trunc i64 %hi64138 to i32
  %r140 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo137, i32 1, i32 31)
  %r141 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi139, i32 1, i32 31)
  %bits149 = bitcast double %var19.0 to i64
  %lo150 = trunc i64 %bits149 to i32
  %hi64151 = lshr i64 %bits149, 32
  %hi152 = trunc i64 %hi64151 to i32
  %r153 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo150, i32 16, i32 31)
  %r154 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi152, i32 16, i32 31)
  %zext155 = zext i32 %r154 to i64
  %hish156 = shl nuw i64 %zext155, 32
  %zext157 = zext i32 %r153 to i64
  %joined158 = or i64 %hish156, %zext157
  %f159 = bitcast i64 %joined158 to double
  %fadd160 = fadd double %var19.0, %f159
  %bits161 = bitcast double %fadd160 to i64
  %lo162 = trunc i64 %bits161 to i32
  %hi64163 = lshr i64 %bits161, 32
  %hi164 = trunc i64 %hi64163 to i32
  %r165 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo162, i32 8, i32 31)
  %r166 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi164, i32 8, i32 31)
  %zext167 = zext i32 %r166 to i64
  %hish168 = shl nuw i64 %zext167, 32
  %zext169 = zext i32 %r165 to i64
  %joined170 = or i64 %hish168, %zext169
  %f171 = bitcast i64 %joined170 to double
  %fadd172 = fadd double %fadd160, %f171
  %bits173 = bitcast double %fadd172 to i64
  %lo174 = trunc i64 %bits173 to i32
  %hi64175 = lshr i64 %bits173, 32
  %hi176 = trunc i64 %hi64175 to i32
  %r177 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo174, i32 4, i32 31)
  %r178 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi176, i32 4, i32 31)
  %zext179 = zext i32 %r178 to i64
  %hish180 = shl nuw i64 %zext179, 32
  %zext181 = zext i32 %r177 to i64
  %joined182 = or i64 %hish180, %zext181
  %f183 = bitcast i64 %joined182 to double
  %fadd184 = fadd double %fadd172, %f183
  %bits185 = bitcast double %fadd184 to i64
  %lo186 = trunc i64 %bits185 to i32
  %hi64187 = lshr i64 %bits185, 32
  %hi188 = trunc i64 %hi64187 to i32
  %r189 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo186, i32 2, i32 31)
  %r190 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi188, i32 2, i32 31)
  %zext191 = zext i32 %r190 to i64
  %hish192 = shl nuw i64 %zext191, 32
  %zext193 = zext i32 %r189 to i64
  %joined194 = or i64 %hish192, %zext193
  %f195 = bitcast i64 %joined194 to double
  %fadd196 = fadd double %fadd184, %f195
  %bits197 = bitcast double %fadd196 to i64
  %lo198 = trunc i64 %bits197 to i32
  %hi64199 = lshr i64 %bits197, 32
  %hi200 = trunc i64 %hi64199 to i32
  %r201 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo198, i32 1, i32 31)
  %r202 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi200, i32 1, i32 31)
  br i1 %cmp209, label %then210, label %join212

body31:                                           ; preds = %then24, %body31
  %i33380 = phi i64 [ %next, %body31 ], [ %add28, %then24 ]
  %var.1379 = phi double [ %fadd67, %body31 ], [ 0.000000e+00, %then24 ]
  %var19.1378 = phi double [ %fadd69, %body31 ], [ 0.000000e+00, %then24 ]
  %div35 = udiv i64 %i33380, %s
  %reass.mul370 = mul i64 %div35, %reass.add365
  %reass.add367 = add i64 %reass.mul370, %div12
  %reass.mul368 = mul i64 %reass.add367, %s
  %add41 = add i64 %reass.mul368, %i33380
  %p42 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add41
  %lane = load float, float addrspace(1)* %p42, align 16
  %1 = getelementptr inbounds float, float addrspace(1)* %p42, i64 1
  %lane43 = load float, float addrspace(1)* %1, align 4
  %2 = getelementptr inbounds float, float addrspace(1)* %p42, i64 2
  %lane44 = load float, float addrspace(1)* %2, align 8
  %3 = getelementptr inbounds float, float addrspace(1)* %p42, i64 3
  %lane45 = load float, float addrspace(1)* %3, align 4
  %widen = fpext float %lane to double
  %fsub = fsub double %widen, %var21.0
  %fmul = fmul double %fsub, %fsub
  %fadd = fadd double %var.1379, %fsub
  %fadd48 = fadd double %var19.1378, %fmul
  %widen49 = fpext float %lane43 to double
  %fsub50 = fsub double %widen49, %var21.0
  %fmul51 = fmul double %fsub50, %fsub50
  %fadd53 = fadd double %fsub50, %fadd
  %fadd55 = fadd double %fmul51, %fadd48
  %widen56 = fpext float %lane44 to double
  %fsub57 = fsub double %widen56, %var21.0
  %fmul58 = fmul double %fsub57, %fsub57
  %fadd60 = fadd double %fsub57, %fadd53
  %fadd62 = fadd double %fmul58, %fadd55
  %widen63 = fpext float %lane45 to double
  %fsub64 = fsub double %widen63, %var21.0
  %fmul65 = fmul double %fsub64, %fsub64
  %fadd67 = fadd double %fsub64, %fadd60
  %fadd69 = fadd double %fmul65, %fadd62
  %next = add i64 %i33380, %mul29
  %go34 = icmp slt i64 %next, %sel18
  br i1 %go34, label %body31, label %join26

body72:                                           ; preds = %else25, %body72
  %i74375 = phi i64 [ %next92, %body72 ], [ %add70, %else25 ]
  %var.2374 = phi double [ %fadd89, %body72 ], [ 0.000000e+00, %else25 ]
  %var19.2373 = phi double [ %fadd91, %body72 ], [ 0.000000e+00, %else25 ]
  %div76 = udiv i64 %i74375, %s
  %reass.mul366 = mul i64 %div76, %reass.add365
  %reass.add = add i64 %reass.mul366, %div12
  %reass.mul = mul i64 %reass.add, %s
  %add82 = add i64 %reass.mul, %i74375
  %p83 = getelementptr inbounds float, float addrspace(1)* %x, i64 %add82
  %v84 = load float, float addrspace(1)* %p83, align 4
  %widen85 = fpext float %v84 to double
  %fsub86 = fsub double %widen85, %var21.0
  %fmul87 = fmul double %fsub86, %fsub86
  %fadd89 = fadd double %var.2374, %fsub86
  %fadd91 = fadd double %var19.2373, %fmul87
  %next92 = add i64 %i74375, %zext4
  %go75 = icmp slt i64 %next92, %sel18
  br i1 %go75, label %body72, label %join26

then210:                                          ; preds = %join26
  %zext203 = zext i32 %r202 to i64
  %hish204 = shl nuw i64 %zext203, 32
  %zext205 = zext i32 %r201 to i64
  %joined206 = or i64 %hish204, %zext205
  %f207 = bitcast i64 %joined206 to double
  %fadd208 = fadd double %fadd196, %f207
  %zext142 = zext i32 %r141 to i64
  %hish143 = shl nuw i64 %zext142, 32
  %zext144 = zext i32 %r140 to i64
  %joined145 = or i64 %hish143, %zext144
  %f146 = bitcast i64 %joined145 to double
  %fadd147 = fadd double %fadd135, %f146
  store double %fadd147, double addrspace(3)* %p214, align 8
  store double %fadd208, double addrspace(3)* %p216, align 8
  br label %join212

join212:                                          ; preds = %join26, %then210
  tail call void @llvm.nvvm.barrier0()
  br i1 %cmp217, label %then218, label %join220

then218:                                          ; preds = %join212
  br i1 %cmp221, label %then223, label %join225

join220:                                          ; preds = %then357, %join292, %join212
  tail call void @llvm.nvvm.barrier0()
  %next364 = add i64 %i384, %zext6
  %go = icmp slt i64 %next364, %mul11
  br i1 %go, label %body, label %done

then223:                                          ; preds = %then218
  %v227 = load double, double addrspace(3)* %p226, align 8
  br label %join225

join225:                                          ; preds = %then218, %then223
  %var222.0 = phi double [ %v227, %then223 ], [ 0.000000e+00, %then218 ]
  %bits229 = bitcast double %var222.0 to i64
  %lo230 = trunc i64 %bits229 to i32
  %hi64231 = lshr i64 %bits229, 32
  %hi232 = trunc i64 %hi64231 to i32
  %r233 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo230, i32 16, i32 31)
  %r234 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi232, i32 16, i32 31)
  %zext235 = zext i32 %r234 to i64
  %hish236 = shl nuw i64 %zext235, 32
  %zext237 = zext i32 %r233 to i64
  %joined238 = or i64 %hish236, %zext237
  %f239 = bitcast i64 %joined238 to double
  %fadd240 = fadd double %var222.0, %f239
  %bits241 = bitcast double %fadd240 to i64
  %lo242 = trunc i64 %bits241 to i32
  %hi64243 = lshr i64 %bits241, 32
  %hi244 = trunc i64 %hi64243 to i32
  %r245 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo242, i32 8, i32 31)
  %r246 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi244, i32 8, i32 31)
  %zext247 = zext i32 %r246 to i64
  %hish248 = shl nuw i64 %zext247, 32
  %zext249 = zext i32 %r245 to i64
  %joined250 = or i64 %hish248, %zext249
  %f251 = bitcast i64 %joined250 to double
  %fadd252 = fadd double %fadd240, %f251
  %bits253 = bitcast double %fadd252 to i64
  %lo254 = trunc i64 %bits253 to i32
  %hi64255 = lshr i64 %bits253, 32
  %hi256 = trunc i64 %hi64255 to i32
  %r257 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo254, i32 4, i32 31)
  %r258 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi256, i32 4, i32 31)
  %zext259 = zext i32 %r258 to i64
  %hish260 = shl nuw i64 %zext259, 32
  %zext261 = zext i32 %r257 to i64
  %joined262 = or i64 %hish260, %zext261
  %f263 = bitcast i64 %joined262 to double
  %fadd264 = fadd double %fadd252, %f263
  %bits265 = bitcast double %fadd264 to i64
  %lo266 = trunc i64 %bits265 to i32
  %hi64267 = lshr i64 %bits265, 32
  %hi268 = trunc i64 %hi64267 to i32
  %r269 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo266, i32 2, i32 31)
  %r270 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi268, i32 2, i32 31)
  %zext271 = zext i32 %r270 to i64
  %hish272 = shl nuw i64 %zext271, 32
  %zext273 = zext i32 %r269 to i64
  %joined274 = or i64 %hish272, %zext273
  %f275 = bitcast i64 %joined274 to double
  %fadd276 = fadd double %fadd264, %f275
  %bits277 = bitcast double %fadd276 to i64
  %lo278 = trunc i64 %bits277 to i32
  %hi64279 = lshr i64 %bits277, 32
  %hi280 = trunc i64 %hi64279 to i32
  %r281 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo278, i32 1, i32 31)
  %r282 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi280, i32 1, i32 31)
  %zext283 = zext i32 %r282 to i64
  %hish284 = shl nuw i64 %zext283, 32
  %zext285 = zext i32 %r281 to i64
  %joined286 = or i64 %hish284, %zext285
  %f287 = bitcast i64 %joined286 to double
  %fadd288 = fadd double %fadd276, %f287
  br i1 %cmp221, label %then290, label %join292

then290:                                          ; preds = %join225
  %v294 = load double, double addrspace(3)* %p293, align 8
  br label %join292

join292:                                          ; preds = %join225, %then290
  %var289.0 = phi double [ %v294, %then290 ], [ 0.000000e+00, %join225 ]
  %bits296 = bitcast double %var289.0 to i64
  %lo297 = trunc i64 %bits296 to i32
  %hi64298 = lshr i64 %bits296, 32
  %hi299 = trunc i64 %hi64298 to i32
  %r300 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo297, i32 16, i32 31)
  %r301 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi299, i32 16, i32 31)
  %zext302 = zext i32 %r301 to i64
  %hish303 = shl nuw i64 %zext302, 32
  %zext304 = zext i32 %r300 to i64
  %joined305 = or i64 %hish303, %zext304
  %f306 = bitcast i64 %joined305 to double
  %fadd307 = fadd double %var289.0, %f306
  %bits308 = bitcast double %fadd307 to i64
  %lo309 = trunc i64 %bits308 to i32
  %hi64310 = lshr i64 %bits308, 32
  %hi311 = trunc i64 %hi64310 to i32
  %r312 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo309, i32 8, i32 31)
  %r313 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi311, i32 8, i32 31)
  %zext314 = zext i32 %r313 to i64
  %hish315 = shl nuw i64 %zext314, 32
  %zext316 = zext i32 %r312 to i64
  %joined317 = or i64 %hish315, %zext316
  %f318 = bitcast i64 %joined317 to double
  %fadd319 = fadd double %fadd307, %f318
  %bits320 = bitcast double %fadd319 to i64
  %lo321 = trunc i64 %bits320 to i32
  %hi64322 = lshr i64 %bits320, 32
  %hi323 = trunc i64 %hi64322 to i32
  %r324 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo321, i32 4, i32 31)
  %r325 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi323, i32 4, i32 31)
  %zext326 = zext i32 %r325 to i64
  %hish327 = shl nuw i64 %zext326, 32
  %zext328 = zext i32 %r324 to i64
  %joined329 = or i64 %hish327, %zext328
  %f330 = bitcast i64 %joined329 to double
  %fadd331 = fadd double %fadd319, %f330
  %bits332 = bitcast double %fadd331 to i64
  %lo333 = trunc i64 %bits332 to i32
  %hi64334 = lshr i64 %bits332, 32
  %hi335 = trunc i64 %hi64334 to i32
  %r336 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo333, i32 2, i32 31)
  %r337 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi335, i32 2, i32 31)
  %zext338 = zext i32 %r337 to i64
  %hish339 = shl nuw i64 %zext338, 32
  %zext340 = zext i32 %r336 to i64
  %joined341 = or i64 %hish339, %zext340
  %f342 = bitcast i64 %joined341 to double
  %fadd343 = fadd double %fadd331, %f342
  %bits344 = bitcast double %fadd343 to i64
  %lo345 = trunc i64 %bits344 to i32
  %hi64346 = lshr i64 %bits344, 32
  %hi347 = trunc i64 %hi64346 to i32
  %r348 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %lo345, i32 1, i32 31)
  %r349 = tail call i32 @llvm.nvvm.shfl.sync.down.i32(i32 -1, i32 %hi347, i32 1, i32 31)
  br i1 %cmp209, label %then357, label %join220

then357:                                          ; preds = %join292
  %zext350 = zext i32 %r349 to i64
  %hish351 = shl nuw i64 %zext350, 32
  %zext352 = zext i32 %r348 to i64
  %joined353 = or i64 %hish351, %zext352
  %f354 = bitcast i64 %joined353 to double
  %fadd355 = fadd double %fadd343, %f354
  %mul360 = shl i64 %i384, 1
  %p361 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %mul360
  store double %fadd288, double addrspace(1)* %p361, align 8
  %add362 = or i64 %mul360, 1
  %p363 = getelementptr inbounds double, double addrspace(1)* %partial, i64 %add362
  store double %fadd355, double addrspace(1)* %p363, align 8
  br label %join220
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

!0 = !{void (float addrspace(1)*, i64, i64, i64, i64, double addrspace(1)*)* @syncbn_moments_partial, !"kernel", i32 1}
