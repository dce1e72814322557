; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_clip(float addrspace(1)* %a, i64 %len, float %lo, float %hi, float addrspace(1)* %y) local_unnamed_addr #0 {
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
  %sub = and i64 %len, -4
  %addr = ptrtoint float addrspace(1)* %a to i64
  %addr8 = ptrtoint float addrspace(1)* %y to i64
  %low39 = or i64 %addr8, %addr
  %or10 = and i64 %low39, 15
  %cmp = icmp eq i64 %or10, 0
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %mul11 = shl i64 %add, 2
  %mul12 = shl i64 %mul7, 2
  %go40 = icmp slt i64 %mul11, %sub
  br i1 %go40, label %body, label %join

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add28 = add i64 %var.0, %add
  %go3342 = icmp slt i64 %add28, %len
  br i1 %go3342, label %body30, label %done31

body:                                             ; preds = %then, %body
  %i41 = phi i64 [ %next, %body ], [ %mul11, %then ]
  %p = getelementptr inbounds float, float addrspace(1)* %a, i64 %i41
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane13 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane14 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane15 = load float, float addrspace(1)* %2, align 4
  %call = tail call float @llvm.maxnum.f32(float %lane, float %lo)
  %call16 = tail call float @llvm.minnum.f32(float %call, float %hi)
  %call17 = tail call float @llvm.maxnum.f32(float %lane13, float %lo)
  %call18 = tail call float @llvm.minnum.f32(float %call17, float %hi)
  %call19 = tail call float @llvm.maxnum.f32(float %lane14, float %lo)
  %call20 = tail call float @llvm.minnum.f32(float %call19, float %hi)
  %call21 = tail call float @llvm.maxnum.f32(float %lane15, float %lo)
  %call22 = tail call float @llvm.minnum.f32(float %call21, float %hi)
  %p23 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i41
  %vp24 = bitcast float addrspace(1)* %p23 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %call16, i64 0
  %ins25 = insertelement <4 x float> %ins, float %call18, i64 1
  %ins26 = insertelement <4 x float> %ins25, float %call20, i64 2
  %ins27 = insertelement <4 x float> %ins26, float %call22, i64 3
  store <4 x float> %ins27, <4 x float> addrspace(1)* %vp24, align 16
  %next = add i64 %i41, %mul12
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body30:                                           ; preds = %join, %body30
  %i3243 = phi i64 [ %next38, %body30 ], [ %add28, %join ]
  %p34 = getelementptr inbounds float, float addrspace(1)* %a, i64 %i3243
  %v = load float, float addrspace(1)* %p34, align 4
  %call35 = tail call float @llvm.maxnum.f32(float %v, float %lo)
  %call36 = tail call float @llvm.minnum.f32(float %call35, float %hi)
  %p37 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i3243
  store float %call36, float addrspace(1)* %p37, align 4
  %next38 = add i64 %i3243, %mul7
  %go33 = icmp slt i64 %next38, %len
  br i1 %go33, label %body30, label %done31

done31:                                           ; preds = %body30, %join
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

!0 = !{void (float addrspace(1)*, i64, float, float, float addrspace(1)*)* @syncbn_clip, !"kernel", i32 1}
