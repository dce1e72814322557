; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_tanh_grad(float addrspace(1)* nocapture readonly %dy, float addrspace(1)* nocapture readonly %x, i64 %len, double %alpha, double %beta, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go96 = icmp slt i64 %add, %len
  br i1 %go96, label %body, label %done

body:                                             ; preds = %entry, %body
  %i97 = phi i64 [ %next, %body ], [ %add, %entry ]
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %i97
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %p8 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i97
  %v9 = load float, float addrspace(1)* %p8, align 4
  %0 = tail call float @llvm.fabs.f32(float %v9)
  %call = fpext float %0 to double
  %fmul = fmul double %call, 2.000000e+00
  %fcmp = fcmp olt double %fmul, 5.000000e-01
  %fmul12 = fmul double %fmul, 0x3CA6827863B97D97
  %fadd = fadd double %fmul12, 0x3CE952C77030AD4A
  %fmul13 = fmul double %fmul, %fadd
  %fadd14 = fadd double %fmul13, 0x3D2AE7F3E733B81F
  %fmul15 = fmul double %fmul, %fadd14
  %fadd16 = fadd double %fmul15, 0x3D6AE7F3E733B81F
  %fmul17 = fmul double %fmul, %fadd16
  %fadd18 = fadd double %fmul17, 0x3DA93974A8C07C9D
  %fmul19 = fmul double %fmul, %fadd18
  %fadd20 = fadd double %fmul19, 0x3DE6124613A86D09
  %fmul21 = fmul double %fmul, %fadd20
  %fadd22 = fadd double %fmul21, 0x3E21EED8EFF8D898
  %fmul23 = fmul double %fmul, %fadd22
  %fadd24 = fadd double %fmul23, 0x3E5AE64567F544E4
  %fmul25 = fmul double %fmul, %fadd24
  %fadd26 = fadd double %fmul25, 0x3E927E4FB7789F5C
  %fmul27 = fmul double %fmul, %fadd26
  %fadd28 = fadd double %fmul27, 0x3EC71DE3A556C734
  %fmul29 = fmul double %fmul, %fadd28
  %fadd30 = fadd double %fmul29, 0x3EFA01A01A01A01A
  %fmul31 = fmul double %fmul, %fadd30
  %fadd32 = fadd double %fmul31, 0x3F2A01A01A01A01A
  %fmul33 = fmul double %fmul, %fadd32
  %fadd34 = fadd double %fmul33, 0x3F56C16C16C16C17
  %fmul35 = fmul double %fmul, %fadd34
  %fadd36 = fadd double %fmul35, 0x3F81111111111111
  %fmul37 = fmul double %fmul, %fadd36
  %fadd38 = fadd double %fmul37, 0x3FA5555555555555
  %fmul39 = fmul double %fmul, %fadd38
  %fadd40 = fadd double %fmul39, 0x3FC5555555555555
  %fmul41 = fmul double %fmul, %fadd40
  %fadd42 = fadd double %fmul41, 5.000000e-01
  %fmul43 = fmul double %fmul, %fadd42
  %fadd44 = fadd double %fmul43, 1.000000e+00
  %fmul45 = fmul double %fmul, %fadd44
  %call46 = tail call double @llvm.maxnum.f64(double %fmul, double -7.450000e+02)
  %call47 = tail call double @llvm.minnum.f64(double %call46, double 7.090000e+02)
  %fmul48 = fmul double %call47, 0x3FF71547652B82FE
  %fadd49 = fadd double %fmul48, 5.000000e-01
  %call50 = tail call double @llvm.floor.f64(double %fadd49)
  %fmul51 = fmul double %call50, 0x3FE62E42FEE00000
  %fsub = fsub double %call47, %fmul51
  %fmul52 = fmul double %call50, 0x3DEA39EF35793C76
  %fsub53 = fsub double %fsub, %fmul52
  %fmul54 = fmul double %fsub53, 0x3DE6124613A86D09
  %fadd55 = fadd double %fmul54, 0x3E21EED8EFF8D898
  %fmul56 = fmul double %fsub53, %fadd55
  %fadd57 = fadd double %fmul56, 0x3E5AE64567F544E4
  %fmul58 = fmul double %fsub53, %fadd57
  %fadd59 = fadd double %fmul58, 0x3E927E4FB7789F5C
  %fmul60 = fmul double %fsub53, %fadd59
  %fadd61 = fadd double %fmul60, 0x3EC71DE3A556C734
  %fmul62 = fmul double %fsub53, %fadd61
  %fadd63 = fadd double %fmul62, 0x3EFA01A01A01A01A
  %fmul64 = fmul double %fsub53, %fadd63
  %fadd65 = fadd double %fmul64, 0x3F2A01A01A01A01A
  %fmul66 = fmul double %fsub53, %fadd65
  %fadd67 = fadd double %fmul66, 0x3F56C16C16C16C17
  %fmul68 = fmul double %fsub53, %fadd67
  %fadd69 = fadd double %fmul68, 0x3F81111111111111
  %fmul70 = fmul double %fsub53, %fadd69
  %fadd71 = fadd double %fmul70, 0x3FA5555555555555
  %fmul72 = fmul double %fsub53, %fadd71
  %fadd73 = fadd double %fmul72, 0x3FC5555555555555
  %fmul74 = fmul double %fsub53, %fadd73
  %fadd75 = fadd double %fmul74, 5.000000e-01
  %fmul76 = fmul double %fsub53, %fadd75
  %fadd77 = fadd double %fmul76, 1.000000e+00
  %fmul78 = fmul double %fsub53, %fadd77
  %fadd79 = fadd double %fmul78, 1.000000e+00
  %k = fptosi double %call50 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add80 = shl i64 %half, 52
  %bits = add i64 %add80, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add81 = shl i64 %sub, 52
  %bits82 = add i64 %add81, 4607182418800017408
  %pow283 = bitcast i64 %bits82 to double
  %fmul84 = fmul double %pow2, %pow283
  %fmul85 = fmul double %fmul84, %fadd79
  %fcmp86 = fcmp uno double %fmul, 0.000000e+00
  %sel = select i1 %fcmp86, double %fmul, double %fmul85
  %fsub87 = fadd double %sel, -1.000000e+00
  %sel88 = select i1 %fcmp, double %fmul45, double %fsub87
  %fadd89 = fadd double %sel88, 2.000000e+00
  %fdiv = fdiv double %sel88, %fadd89
  %fcmp90 = fcmp olt float %v9, 0.000000e+00
  %neg = fneg double %fdiv
  %sel91 = select i1 %fcmp90, double %neg, double %fdiv
  %fmul92 = fmul double %sel91, %sel91
  %fsub93 = fsub double 1.000000e+00, %fmul92
  %fmul94 = fmul double %fsub93, %ext
  %trunc = fptrunc double %fmul94 to float
  %p95 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i97
  store float %trunc, float addrspace(1)* %p95, align 4
  %next = add i64 %i97, %mul7
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, double, double, float addrspace(1)*)* @syncbn_tanh_grad, !"kernel", i32 1}
