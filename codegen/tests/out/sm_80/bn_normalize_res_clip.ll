; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_normalize_res_clip(float addrspace(1)* %x, float addrspace(1)* nocapture readonly %norm_params, float addrspace(1)* %residual, i64 %n, i64 %c, i64 %s, float %lo, float %hi, float addrspace(1)* %y) local_unnamed_addr #0 {
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
  %addr11 = ptrtoint float addrspace(1)* %residual to i64
  %addr14 = ptrtoint float addrspace(1)* %y to i64
  %low15 = and i64 %addr14, 15
  %low12115 = or i64 %addr11, %addr
  %or = and i64 %low12115, 15
  %or13 = or i64 %or, %rem10
  %or16 = or i64 %or13, %low15
  %cmp = icmp eq i64 %or16, 0
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %mul17 = shl i64 %add, 2
  %mul18 = shl i64 %mul7, 2
  %go111 = icmp slt i64 %mul17, %sub
  br i1 %go111, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %then
  %mul37 = mul i64 %c, 3
  %mul41 = shl i64 %c, 2
  br label %body

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add74 = add i64 %var.0, %add
  %go79113 = icmp slt i64 %add74, %mul9
  br i1 %go79113, label %body76.lr.ph, label %done77

body76.lr.ph:                                     ; preds = %join
  %mul94 = mul i64 %c, 3
  %mul98 = shl i64 %c, 2
  br label %body76

body:                                             ; preds = %body.lr.ph, %body
  %i112 = phi i64 [ %mul17, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %i112
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane19 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane20 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane21 = load float, float addrspace(1)* %2, align 4
  %p22 = getelementptr inbounds float, float addrspace(1)* %residual, i64 %i112
  %lane25 = load float, float addrspace(1)* %p22, align 16
  %3 = getelementptr inbounds float, float addrspace(1)* %p22, i64 1
  %lane26 = load float, float addrspace(1)* %3, align 4
  %4 = getelementptr inbounds float, float addrspace(1)* %p22, i64 2
  %lane27 = load float, float addrspace(1)* %4, align 8
  %5 = getelementptr inbounds float, float addrspace(1)* %p22, i64 3
  %lane28 = load float, float addrspace(1)* %5, align 4
  %div = udiv i64 %i112, %s
  %rem29 = urem i64 %div, %c
  %p32 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %rem29
  %v = load float, float addrspace(1)* %p32, align 4
  %add34 = add i64 %rem29, %c
  %p35 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add34
  %v36 = load float, float addrspace(1)* %p35, align 4
  %add38 = add i64 %rem29, %mul37
  %p39 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add38
  %v40 = load float, float addrspace(1)* %p39, align 4
  %add42 = add i64 %rem29, %mul41
  %p43 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add42
  %v44 = load float, float addrspace(1)* %p43, align 4
  %fsub = fsub float %lane, %v
  %fsub45 = fsub float %fsub, %v36
  %fmul = fmul float %fsub45, %v40
  %fadd = fadd float %fmul, %v44
  %fadd46 = fadd float %lane25, %fadd
  %call = tail call float @llvm.maxnum.f32(float %fadd46, float %lo)
  %call47 = tail call float @llvm.minnum.f32(float %call, float %hi)
  %fsub48 = fsub float %lane19, %v
  %fsub49 = fsub float %fsub48, %v36
  %fmul50 = fmul float %fsub49, %v40
  %fadd51 = fadd float %fmul50, %v44
  %fadd52 = fadd float %lane26, %fadd51
  %call53 = tail call float @llvm.maxnum.f32(float %fadd52, float %lo)
  %call54 = tail call float @llvm.minnum.f32(float %call53, float %hi)
  %fsub55 = fsub float %lane20, %v
  %fsub56 = fsub float %fsub55, %v36
  %fmul57 = fmul float %fsub56, %v40
  %fadd58 = fadd float %fmul57, %v44
  %fadd59 = fadd float %lane27, %fadd58
  %call60 = tail call float @llvm.maxnum.f32(float %fadd59, float %lo)
  %call61 = tail call float @llvm.minnum.f32(float %call60, float %hi)
  %fsub62 = fsub float %lane21, %v
  %fsub63 = fsub float %fsub62, %v36
  %fmul64 = fmul float %fsub63, %v40
  %fadd65 = fadd float %fmul64, %v44
  %fadd66 = fadd float %lane28, %fadd65
  %call67 = tail call float @llvm.maxnum.f32(float %fadd66, float %lo)
  %call68 = tail call float @llvm.minnum.f32(float %call67, float %hi)
  %p69 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i112
  %vp70 = bitcast float addrspace(1)* %p69 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %call47, i64 0
  %ins71 = insertelement <4 x float> %ins, float %call54, i64 1
  %ins72 = insertelement <4 x float> %ins71, float %call61, i64 2
  %ins73 = insertelement <4 x float> %ins72, float %call68, i64 3
  store <4 x float> %ins73, <4 x float> addrspace(1)* %vp70, align 16
  %next = add i64 %i112, %mul18
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body76:                                           ; preds = %body76.lr.ph, %body76
  %i78114 = phi i64 [ %add74, %body76.lr.ph ], [ %next110, %body76 ]
  %p80 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i78114
  %v81 = load float, float addrspace(1)* %p80, align 4
  %p82 = getelementptr inbounds float, float addrspace(1)* %residual, i64 %i78114
  %v83 = load float, float addrspace(1)* %p82, align 4
  %div84 = udiv i64 %i78114, %s
  %rem85 = urem i64 %div84, %c
  %p88 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %rem85
  %v89 = load float, float addrspace(1)* %p88, align 4
  %add91 = add i64 %rem85, %c
  %p92 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add91
  %v93 = load float, float addrspace(1)* %p92, align 4
  %add95 = add i64 %rem85, %mul94
  %p96 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add95
  %v97 = load float, float addrspace(1)* %p96, align 4
  %add99 = add i64 %rem85, %mul98
  %p100 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add99
  %v101 = load float, float addrspace(1)* %p100, align 4
  %fsub102 = fsub float %v81, %v89
  %fsub103 = fsub float %fsub102, %v93
  %fmul104 = fmul float %fsub103, %v97
  %fadd105 = fadd float %fmul104, %v101
  %fadd106 = fadd float %v83, %fadd105
  %call107 = tail call float @llvm.maxnum.f32(float %fadd106, float %lo)
  %call108 = tail call float @llvm.minnum.f32(float %call107, float %hi)
  %p109 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i78114
  store float %call108, float addrspace(1)* %p109, align 4
  %next110 = add i64 %i78114, %mul7
  %go79 = icmp slt i64 %next110, %mul9
  br i1 %go79, label %body76, label %done77

done77:                                           ; preds = %body76, %join
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, i64, i64, i64, float, float, float addrspace(1)*)* @syncbn_bn_normalize_res_clip, !"kernel", i32 1}
