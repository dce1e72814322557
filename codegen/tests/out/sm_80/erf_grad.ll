; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_erf_grad(float addrspace(1)* nocapture readonly %dy, float addrspace(1)* nocapture readonly %x, i64 %len, double %alpha, double %beta, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go52 = icmp slt i64 %add, %len
  br i1 %go52, label %body, label %done

body:                                             ; preds = %entry, %body
  %i53 = phi i64 [ %next, %body ], [ %add, %entry ]
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %i53
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %p8 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i53
  %v9 = load float, float addrspace(1)* %p8, align 4
  %ext10 = fpext float %v9 to double
  %neg = fneg double %ext10
  %fmul = fmul double %neg, %ext10
  %call = tail call double @llvm.maxnum.f64(double %fmul, double -7.450000e+02)
  %call11 = tail call double @llvm.minnum.f64(double %call, double 7.090000e+02)
  %fmul12 = fmul double %call11, 0x3FF71547652B82FE
  %fadd = fadd double %fmul12, 5.000000e-01
  %call13 = tail call double @llvm.floor.f64(double %fadd)
  %fmul14 = fmul double %call13, 0x3FE62E42FEE00000
  %fsub = fsub double %call11, %fmul14
  %fmul15 = fmul double %call13, 0x3DEA39EF35793C76
  %fsub16 = fsub double %fsub, %fmul15
  %fmul17 = fmul double %fsub16, 0x3DE6124613A86D09
  %fadd18 = fadd double %fmul17, 0x3E21EED8EFF8D898
  %fmul19 = fmul double %fsub16, %fadd18
  %fadd20 = fadd double %fmul19, 0x3E5AE64567F544E4
  %fmul21 = fmul double %fsub16, %fadd20
  %fadd22 = fadd double %fmul21, 0x3E927E4FB7789F5C
  %fmul23 = fmul double %fsub16, %fadd22
  %fadd24 = fadd double %fmul23, 0x3EC71DE3A556C734
  %fmul25 = fmul double %fsub16, %fadd24
  %fadd26 = fadd double %fmul25, 0x3EFA01A01A01A01A
  %fmul27 = fmul double %fsub16, %fadd26
  %fadd28 = fadd double %fmul27, 0x3F2A01A01A01A01A
  %fmul29 = fmul double %fsub16, %fadd28
  %fadd30 = fadd double %fmul29, 0x3F56C16C16C16C17
  %fmul31 = fmul double %fsub16, %fadd30
  %fadd32 = fadd double %fmul31, 0x3F81111111111111
  %fmul33 = fmul double %fsub16, %fadd32
  %fadd34 = fadd double %fmul33, 0x3FA5555555555555
  %fmul35 = fmul double %fsub16, %fadd34
  %fadd36 = fadd double %fmul35, 0x3FC5555555555555
  %fmul37 = fmul double %fsub16, %fadd36
  %fadd38 = fadd double %fmul37, 5.000000e-01
  %fmul39 = fmul double %fsub16, %fadd38
  %fadd40 = fadd double %fmul39, 1.000000e+00
  %fmul41 = fmul double %fsub16, %fadd40
  %fadd42 = fadd double %fmul41, 1.000000e+00
  %k = fptosi double %call13 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add43 = shl i64 %half, 52
  %bits = add i64 %add43, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add44 = shl i64 %sub, 52
  %bits45 = add i64 %add44, 4607182418800017408
  %pow246 = bitcast i64 %bits45 to double
  %fmul47 = fmul double %pow2, %pow246
  %fmul48 = fmul double %fmul47, %fadd42
  %fcmp = fcmp uno double %fmul, 0.000000e+00
  %sel = select i1 %fcmp, double %fmul, double %fmul48
  %fmul49 = fmul double %sel, 0x3FF20DD750429B6D
  %fmul50 = fmul double %fmul49, %ext
  %trunc = fptrunc double %fmul50 to float
  %p51 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i53
  store float %trunc, float addrspace(1)* %p51, align 4
  %next = add i64 %i53, %mul7
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
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.minnum.f64(double, double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.floor.f64(double) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, double, double, float addrspace(1)*)* @syncbn_erf_grad, !"kernel", i32 1}
