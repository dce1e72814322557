; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_selu_grad(float addrspace(1)* nocapture readonly %dy, float addrspace(1)* nocapture readonly %x, i64 %len, double %alpha, double %beta, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go54 = icmp slt i64 %add, %len
  br i1 %go54, label %body, label %done

body:                                             ; preds = %entry, %body
  %i55 = phi i64 [ %next, %body ], [ %add, %entry ]
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %i55
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %p8 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i55
  %v9 = load float, float addrspace(1)* %p8, align 4
  %ext10 = fpext float %v9 to double
  %fcmp = fcmp ogt float %v9, 0.000000e+00
  %call = tail call double @llvm.maxnum.f64(double %ext10, double -7.450000e+02)
  %call11 = tail call double @llvm.minnum.f64(double %call, double 7.090000e+02)
  %fmul = fmul double %call11, 0x3FF71547652B82FE
  %fadd = fadd double %fmul, 5.000000e-01
  %call12 = tail call double @llvm.floor.f64(double %fadd)
  %fmul13 = fmul double %call12, 0x3FE62E42FEE00000
  %fsub = fsub double %call11, %fmul13
  %fmul14 = fmul double %call12, 0x3DEA39EF35793C76
  %fsub15 = fsub double %fsub, %fmul14
  %fmul16 = fmul double %fsub15, 0x3DE6124613A86D09
  %fadd17 = fadd double %fmul16, 0x3E21EED8EFF8D898
  %fmul18 = fmul double %fsub15, %fadd17
  %fadd19 = fadd double %fmul18, 0x3E5AE64567F544E4
  %fmul20 = fmul double %fsub15, %fadd19
  %fadd21 = fadd double %fmul20, 0x3E927E4FB7789F5C
  %fmul22 = fmul double %fsub15, %fadd21
  %fadd23 = fadd double %fmul22, 0x3EC71DE3A556C734
  %fmul24 = fmul double %fsub15, %fadd23
  %fadd25 = fadd double %fmul24, 0x3EFA01A01A01A01A
  %fmul26 = fmul double %fsub15, %fadd25
  %fadd27 = fadd double %fmul26, 0x3F2A01A01A01A01A
  %fmul28 = fmul double %fsub15, %fadd27
  %fadd29 = fadd double %fmul28, 0x3F56C16C16C16C17
  %fmul30 = fmul double %fsub15, %fadd29
  %fadd31 = fadd double %fmul30, 0x3F81111111111111
  %fmul32 = fmul double %fsub15, %fadd31
  %fadd33 = fadd double %fmul32, 0x3FA5555555555555
  %fmul34 = fmul double %fsub15, %fadd33
  %fadd35 = fadd double %fmul34, 0x3FC5555555555555
  %fmul36 = fmul double %fsub15, %fadd35
  %fadd37 = fadd double %fmul36, 5.000000e-01
  %fmul38 = fmul double %fsub15, %fadd37
  %fadd39 = fadd double %fmul38, 1.000000e+00
  %fmul40 = fmul double %fsub15, %fadd39
  %fadd41 = fadd double %fmul40, 1.000000e+00
  %k = fptosi double %call12 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add42 = shl i64 %half, 52
  %bits = add i64 %add42, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add43 = shl i64 %sub, 52
  %bits44 = add i64 %add43, 4607182418800017408
  %pow245 = bitcast i64 %bits44 to double
  %fmul46 = fmul double %pow2, %pow245
  %fmul47 = fmul double %fmul46, %fadd41
  %fcmp48 = fcmp uno float %v9, 0.000000e+00
  %sel = select i1 %fcmp48, double %ext10, double %fmul47
  %fmul49 = fmul double %sel, %alpha
  %sel50 = select i1 %fcmp, double 1.000000e+00, double %fmul49
  %fmul51 = fmul double %sel50, %beta
  %fmul52 = fmul double %fmul51, %ext
  %trunc = fptrunc double %fmul52 to float
  %p53 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i55
  store float %trunc, float addrspace(1)* %p53, align 4
  %next = add i64 %i55, %mul7
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, double, double, float addrspace(1)*)* @syncbn_selu_grad, !"kernel", i32 1}
