; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_normalize_clip(float addrspace(1)* %x, float addrspace(1)* nocapture readonly %norm_params, i64 %n, i64 %c, i64 %s, float %lo, float %hi, float addrspace(1)* %y) local_unnamed_addr #0 {
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
  %mul8 = mul i64 %c, %n
  %mul9 = mul i64 %mul8, %s
  %sub = and i64 %mul9, -4
  %rem10 = and i64 %s, 3
  %addr = ptrtoint float addrspace(1)* %x to i64
  %low = and i64 %addr, 15
  %or = or i64 %rem10, %low
  %addr11 = ptrtoint float addrspace(1)* %y to i64
  %low12 = and i64 %addr11, 15
  %or13 = or i64 %or, %low12
  %cmp = icmp eq i64 %or13, 0
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %mul14 = shl i64 %add, 2
  %mul15 = shl i64 %mul7, 2
  %go94 = icmp slt i64 %mul14, %sub
  br i1 %go94, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %then
  %mul27 = mul i64 %c, 3
  %mul31 = shl i64 %c, 2
  br label %body

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add60 = add i64 %var.0, %add
  %go6596 = icmp slt i64 %add60, %mul9
  br i1 %go6596, label %body62.lr.ph, label %done63

body62.lr.ph:                                     ; preds = %join
  %mul78 = mul i64 %c, 3
  %mul82 = shl i64 %c, 2
  br label %body62

body:                                             ; preds = %body.lr.ph, %body
  %i95 = phi i64 [ %mul14, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %i95
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane16 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane17 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane18 = load float, float addrspace(1)* %2, align 4
  %div = udiv i64 %i95, %s
  %rem19 = urem i64 %div, %c
  %p22 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %rem19
  %v = load float, float addrspace(1)* %p22, align 4
  %add24 = add i64 %rem19, %c
  %p25 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add24
  %v26 = load float, float addrspace(1)* %p25, align 4
  %add28 = add i64 %rem19, %mul27
  %p29 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add28
  %v30 = load float, float addrspace(1)* %p29, align 4
  %add32 = add i64 %rem19, %mul31
  %p33 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add32
  %v34 = load float, float addrspace(1)* %p33, align 4
  %fsub = fsub float %lane, %v
  %fsub35 = fsub float %fsub, %v26
  %fmul = fmul float %fsub35, %v30
  %fadd = fadd float %fmul, %v34
  %call = tail call float @llvm.maxnum.f32(float %fadd, float %lo)
  %call36 = tail call float @llvm.minnum.f32(float %call, float %hi)
  %fsub37 = fsub float %lane16, %v
  %fsub38 = fsub float %fsub37, %v26
  %fmul39 = fmul float %fsub38, %v30
  %fadd40 = fadd float %fmul39, %v34
  %call41 = tail call float @llvm.maxnum.f32(float %fadd40, float %lo)
  %call42 = tail call float @llvm.minnum.f32(float %call41, float %hi)
  %fsub43 = fsub float %lane17, %v
  %fsub44 = fsub float %fsub43, %v26
  %fmul45 = fmul float %fsub44, %v30
  %fadd46 = fadd float %fmul45, %v34
  %call47 = tail call float @llvm.maxnum.f32(float %fadd46, float %lo)
  %call48 = tail call float @llvm.minnum.f32(float %call47, float %hi)
  %fsub49 = fsub float %lane18, %v
  %fsub50 = fsub float %fsub49, %v26
  %fmul51 = fmul float %fsub50, %v30
  %fadd52 = fadd float %fmul51, %v34
  %call53 = tail call float @llvm.maxnum.f32(float %fadd52, float %lo)
  %call54 = tail call float @llvm.minnum.f32(float %call53, float %hi)
  %p55 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i95
  %vp56 = bitcast float addrspace(1)* %p55 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %call36, i64 0
  %ins57 = insertelement <4 x float> %ins, float %call42, i64 1
  %ins58 = insertelement <4 x float> %ins57, float %call48, i64 2
  %ins59 = insertelement <4 x float> %ins58, float %call54, i64 3
  store <4 x float> %ins59, <4 x float> addrspace(1)* %vp56, align 16
  %next = add i64 %i95, %mul15
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body62:                                           ; preds = %body62.lr.ph, %body62
  %i6497 = phi i64 [ %add60, %body62.lr.ph ], [ %next93, %body62 ]
  %p66 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i6497
  %v67 = load float, float addrspace(1)* %p66, align 4
  %div68 = udiv i64 %i6497, %s
  %rem69 = urem i64 %div68, %c
  %p72 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %rem69
  %v73 = load float, float addrspace(1)* %p72, align 4
  %add75 = add i64 %rem69, %c
  %p76 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add75
  %v77 = load float, float addrspace(1)* %p76, align 4
  %add79 = add i64 %rem69, %mul78
  %p80 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add79
  %v81 = load float, float addrspace(1)* %p80, align 4
  %add83 = add i64 %rem69, %mul82
  %p84 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add83
  %v85 = load float, float addrspace(1)* %p84, align 4
  %fsub86 = fsub float %v67, %v73
  %fsub87 = fsub float %fsub86, %v77
  %fmul88 = fmul float %fsub87, %v81
  %fadd89 = fadd float %fmul88, %v85
  %call90 = tail call float @llvm.maxnum.f32(float %fadd89, float %lo)
  %call91 = tail call float @llvm.minnum.f32(float %call90, float %hi)
  %p92 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i6497
  store float %call91, float addrspace(1)* %p92, align 4
  %next93 = add i64 %i6497, %mul7
  %go65 = icmp slt i64 %next93, %mul9
  br i1 %go65, label %body62, label %done63

done63:                                           ; preds = %body62, %join
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
declare float @llvm.maxnum.f32(float, float) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, i64, i64, float, float, float addrspace(1)*)* @syncbn_bn_normalize_clip, !"kernel", i32 1}
