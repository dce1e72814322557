; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_gelu_tanh_grad(float addrspace(1)* nocapture readonly %dy, float addrspace(1)* nocapture readonly %x, i64 %len, double %alpha, double %beta, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go111 = icmp slt i64 %add, %len
  br i1 %go111, label %body, label %done

body:                                             ; preds = %entry, %body
  %i112 = phi i64 [ %next, %body ], [ %add, %entry ]
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %i112
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %p8 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i112
  %v9 = load float, float addrspace(1)* %p8, align 4
  %ext10 = fpext float %v9 to double
  %fmul = fmul double %ext10, 4.471500e-02
  %fmul11 = fmul double %fmul, %ext10
  %fmul12 = fmul double %fmul11, %ext10
  %fadd = fadd double %fmul12, %ext10
  %fmul13 = fmul double %fadd, 0x3FE9884533D43651
  %call = tail call double @llvm.fabs.f64(double %fmul13)
  %fmul14 = fmul double %call, 2.000000e+00
  %fcmp = fcmp olt double %fmul14, 5.000000e-01
  %fmul16 = fmul double %fmul14, 0x3CA6827863B97D97
  %fadd17 = fadd double %fmul16, 0x3CE952C77030AD4A
  %fmul18 = fmul double %fmul14, %fadd17
  %fadd19 = fadd double %fmul18, 0x3D2AE7F3E733B81F
  %fmul20 = fmul double %fmul14, %fadd19
  %fadd21 = fadd double %fmul20, 0x3D6AE7F3E733B81F
  %fmul22 = fmul double %fmul14, %fadd21
  %fadd23 = fadd double %fmul22, 0x3DA93974A8C07C9D
  %fmul24 = fmul double %fmul14, %fadd23
  %fadd25 = fadd double %fmul24, 0x3DE6124613A86D09
  %fmul26 = fmul double %fmul14, %fadd25
  %fadd27 = fadd double %fmul26, 0x3E21EED8EFF8D898
  %fmul28 = fmul double %fmul14, %fadd27
  %fadd29 = fadd double %fmul28, 0x3E5AE64567F544E4
  %fmul30 = fmul double %fmul14, %fadd29
  %fadd31 = fadd double %fmul30, 0x3E927E4FB7789F5C
  %fmul32 = fmul double %fmul14, %fadd31
  %fadd33 = fadd double %fmul32, 0x3EC71DE3A556C734
  %fmul34 = fmul double %fmul14, %fadd33
  %fadd35 = fadd double %fmul34, 0x3EFA01A01A01A01A
  %fmul36 = fmul double %fmul14, %fadd35
  %fadd37 = fadd double %fmul36, 0x3F2A01A01A01A01A
  %fmul38 = fmul double %fmul14, %fadd37
  %fadd39 = fadd double %fmul38, 0x3F56C16C16C16C17
  %fmul40 = fmul double %fmul14, %fadd39
  %fadd41 = fadd double %fmul40, 0x3F81111111111111
  %fmul42 = fmul double %fmul14, %fadd41
  %fadd43 = fadd double %fmul42, 0x3FA5555555555555
  %fmul44 = fmul double %fmul14, %fadd43
  %fadd45 = fadd double %fmul44, 0x3FC5555555555555
  %fmul46 = fmul double %fmul14, %fadd45
  %fadd47 = fadd double %fmul46, 5.000000e-01
  %fmul48 = fmul double %fmul14, %fadd47
  %fadd49 = fadd double %fmul48, 1.000000e+00
  %fmul50 = fmul double %fmul14, %fadd49
  %call51 = tail call double @llvm.maxnum.f64(double %fmul14, double -7.450000e+02)
  %call52 = tail call double @llvm.minnum.f64(double %call51, double 7.090000e+02)
  %fmul53 = fmul double %call52, 0x3FF71547652B82FE
  %fadd54 = fadd double %fmul53, 5.000000e-01
  %call55 = tail call double @llvm.floor.f64(double %fadd54)
  %fmul56 = fmul double %call55, 0x3FE62E42FEE00000
  %fsub = fsub double %call52, %fmul56
  %fmul57 = fmul double %call55, 0x3DEA39EF35793C76
  %fsub58 = fsub double %fsub, %fmul57
  %fmul59 = fmul double %fsub58, 0x3DE6124613A86D09
  %fadd60 = fadd double %fmul59, 0x3E21EED8EFF8D898
  %fmul61 = fmul double %fsub58, %fadd60
  %fadd62 = fadd double %fmul61, 0x3E5AE64567F544E4
  %fmul63 = fmul double %fsub58, %fadd62
  %fadd64 = fadd double %fmul63, 0x3E927E4FB7789F5C
  %fmul65 = fmul double %fsub58, %fadd64
  %fadd66 = fadd double %fmul65, 0x3EC71DE3A556C734
  %fmul67 = fmul double %fsub58, %fadd66
  %fadd68 = fadd double %fmul67, 0x3EFA01A01A01A01A
  %fmul69 = fmul double %fsub58, %fadd68
  %fadd70 = fadd double %fmul69, 0x3F2A01A01A01A01A
  %fmul71 = fmul double %fsub58, %fadd70
  %fadd72 = fadd double %fmul71, 0x3F56C16C16C16C17
  %fmul73 = fmul double %fsub58, %fadd72
  %fadd74 = fadd double %fmul73, 0x3F81111111111111
  %fmul75 = fmul double %fsub58, %fadd74
  %fadd76 = fadd double %fmul75, 0x3FA5555555555555
  %fmul77 = fmul double %fsub58, %fadd76
  %fadd78 = fadd double %fmul77, 0x3FC5555555555555
  %fmul79 = fmul double %fsub58, %fadd78
  %fadd80 = fadd double %fmul79, 5.000000e-01
  %fmul81 = fmul double %fsub58, %fadd80
  %fadd82 = fadd double %fmul81, 1.000000e+00
  %fmul83 = fmul double %fsub58, %fadd82
  %fadd84 = fadd double %fmul83, 1.000000e+00
  %k = fptosi double %call55 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add85 = shl i64 %half, 52
  %bits = add i64 %add85, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add86 = shl i64 %sub, 52
  %bits87 = add i64 %add86, 4607182418800017408
  %pow288 = bitcast i64 %bits87 to double
  %fmul89 = fmul double %pow2, %pow288
  %fmul90 = fmul double %fmul89, %fadd84
  %fcmp91 = fcmp uno double %fmul14, 0.000000e+00
  %sel = select i1 %fcmp91, double %fmul14, double %fmul90
  %fsub92 = fadd double %sel, -1.000000e+00
  %sel93 = select i1 %fcmp, double %fmul50, double %fsub92
  %fadd94 = fadd double %sel93, 2.000000e+00
  %fdiv = fdiv double %sel93, %fadd94
  %fcmp95 = fcmp olt double %fmul13, 0.000000e+00
  %neg = fneg double %fdiv
  %sel96 = select i1 %fcmp95, double %neg, double %fdiv
  %fmul97 = fmul double %ext10, 1.341450e-01
  %fmul98 = fmul double %fmul97, %ext10
  %fadd99 = fadd double %fmul98, 1.000000e+00
  %fmul100 = fmul double %fadd99, 0x3FE9884533D43651
  %fadd101 = fadd double %sel96, 1.000000e+00
  %fmul102 = fmul double %fadd101, 5.000000e-01
  %fmul103 = fmul double %ext10, 5.000000e-01
  %fmul104 = fmul double %sel96, %sel96
  %fsub105 = fsub double 1.000000e+00, %fmul104
  %fmul106 = fmul double %fmul103, %fsub105
  %fmul107 = fmul double %fmul100, %fmul106
  %fadd108 = fadd double %fmul102, %fmul107
  %fmul109 = fmul double %fadd108, %ext
  %trunc = fptrunc double %fmul109 to float
  %p110 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i112
  store float %trunc, float addrspace(1)* %p110, align 4
  %next = add i64 %i112, %mul7
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, double, double, float addrspace(1)*)* @syncbn_gelu_tanh_grad, !"kernel", i32 1}
