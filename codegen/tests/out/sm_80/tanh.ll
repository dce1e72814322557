; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_tanh(float addrspace(1)* nocapture readonly %x, i64 %len, double %alpha, double %beta, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go90 = icmp slt i64 %add, %len
  br i1 %go90, label %body, label %done

body:                                             ; preds = %entry, %body
  %i91 = phi i64 [ %next, %body ], [ %add, %entry ]
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %i91
  %v = load float, float addrspace(1)* %p, align 4
  %0 = tail call float @llvm.fabs.f32(float %v)
  %call = fpext float %0 to double
  %fmul = fmul double %call, 2.000000e+00
  %fcmp = fcmp olt double %fmul, 5.000000e-01
  %fmul9 = fmul double %fmul, 0x3CA6827863B97D97
  %fadd = fadd double %fmul9, 0x3CE952C77030AD4A
  %fmul10 = fmul double %fmul, %fadd
  %fadd11 = fadd double %fmul10, 0x3D2AE7F3E733B81F
  %fmul12 = fmul double %fmul, %fadd11
  %fadd13 = fadd double %fmul12, 0x3D6AE7F3E733B81F
  %fmul14 = fmul double %fmul, %fadd13
  %fadd15 = fadd double %fmul14, 0x3DA93974A8C07C9D
  %fmul16 = fmul double %fmul, %fadd15
  %fadd17 = fadd double %fmul16, 0x3DE6124613A86D09
  %fmul18 = fmul double %fmul, %fadd17
  %fadd19 = fadd double %fmul18, 0x3E21EED8EFF8D898
  %fmul20 = fmul double %fmul, %fadd19
  %fadd21 = fadd double %fmul20, 0x3E5AE64567F544E4
  %fmul22 = fmul double %fmul, %fadd21
  %fadd23 = fadd double %fmul22, 0x3E927E4FB7789F5C
  %fmul24 = fmul double %fmul, %fadd23
  %fadd25 = fadd double %fmul24, 0x3EC71DE3A556C734
  %fmul26 = fmul double %fmul, %fadd25
  %fadd27 = fadd double %fmul26, 0x3EFA01A01A01A01A
  %fmul28 = fmul double %fmul, %fadd27
  %fadd29 = fadd double %fmul28, 0x3F2A01A01A01A01A
  %fmul30 = fmul double %fmul, %fadd29
  %fadd31 = fadd double %fmul30, 0x3F56C16C16C16C17
  %fmul32 = fmul double %fmul, %fadd31
  %fadd33 = fadd double %fmul32, 0x3F81111111111111
  %fmul34 = fmul double %fmul, %fadd33
  %fadd35 = fadd double %fmul34, 0x3FA5555555555555
  %fmul36 = fmul double %fmul, %fadd35
  %fadd37 = fadd double %fmul36, 0x3FC5555555555555
  %fmul38 = fmul double %fmul, %fadd37
  %fadd39 = fadd double %fmul38, 5.000000e-01
  %fmul40 = fmul double %fmul, %fadd39
  %fadd41 = fadd double %fmul40, 1.000000e+00
  %fmul42 = fmul double %fmul, %fadd41
  %call43 = tail call double @llvm.maxnum.f64(double %fmul, double -7.450000e+02)
  %call44 = tail call double @llvm.minnum.f64(double %call43, double 7.090000e+02)
  %fmul45 = fmul double %call44, 0x3FF71547652B82FE
  %fadd46 = fadd double %fmul45, 5.000000e-01
  %call47 = tail call double @llvm.floor.f64(double %fadd46)
  %fmul48 = fmul double %call47, 0x3FE62E42FEE00000
  %fsub = fsub double %call44, %fmul48
  %fmul49 = fmul double %call47, 0x3DEA39EF35793C76
  %fsub50 = fsub double %fsub, %fmul49
  %fmul51 = fmul double %fsub50, 0x3DE6124613A86D09
  %fadd52 = fadd double %fmul51, 0x3E21EED8EFF8D898
  %fmul53 = fmul double %fsub50, %fadd52
  %fadd54 = fadd double %fmul53, 0x3E5AE64567F544E4
  %fmul55 = fmul double %fsub50, %fadd54
  %fadd56 = fadd double %fmul55, 0x3E927E4FB7789F5C
  %fmul57 = fmul double %fsub50, %fadd56
  %fadd58 = fadd double %fmul57, 0x3EC71DE3A556C734
  %fmul59 = fmul double %fsub50, %fadd58
  %fadd60 = fadd double %fmul59, 0x3EFA01A01A01A01A
  %fmul61 = fmul double %fsub50, %fadd60
  %fadd62 = fadd double %fmul61, 0x3F2A01A01A01A01A
  %fmul63 = fmul double %fsub50, %fadd62
  %fadd64 = fadd double %fmul63, 0x3F56C16C16C16C17
  %fmul65 = fmul double %fsub50, %fadd64
  %fadd66 = fadd double %fmul65, 0x3F81111111111111
  %fmul67 = fmul double %fsub50, %fadd66
  %fadd68 = fadd double %fmul67, 0x3FA5555555555555
  %fmul69 = fmul double %fsub50, %fadd68
  %fadd70 = fadd double %fmul69, 0x3FC5555555555555
  %fmul71 = fmul double %fsub50, %fadd70
  %fadd72 = fadd double %fmul71, 5.000000e-01
  %fmul73 = fmul double %fsub50, %fadd72
  %fadd74 = fadd double %fmul73, 1.000000e+00
  %fmul75 = fmul double %fsub50, %fadd74
  %fadd76 = fadd double %fmul75, 1.000000e+00
  %k = fptosi double %call47 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add77 = shl i64 %half, 52
  %bits = add i64 %add77, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add78 = shl i64 %sub, 52
  %bits79 = add i64 %add78, 4607182418800017408
  %pow280 = bitcast i64 %bits79 to double
  %fmul81 = fmul double %pow2, %pow280
  %fmul82 = fmul double %fmul81, %fadd76
  %fcmp83 = fcmp uno double %fmul, 0.000000e+00
  %sel = select i1 %fcmp83, double %fmul, double %fmul82
  %fsub84 = fadd double %sel, -1.000000e+00
  %sel85 = select i1 %fcmp, double %fmul42, double %fsub84
  %fadd86 = fadd double %sel85, 2.000000e+00
  %fdiv = fdiv double %sel85, %fadd86
  %fcmp87 = fcmp olt float %v, 0.000000e+00
  %neg = fneg double %fdiv
  %sel88 = select i1 %fcmp87, double %neg, double %fdiv
  %trunc = fptrunc double %sel88 to float
  %p89 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i91
  store float %trunc, float addrspace(1)* %p89, align 4
  %next = add i64 %i91, %mul7
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

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #3

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, i64, double, double, float addrspace(1)*)* @syncbn_tanh, !"kernel", i32 1}
