; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_pow_grad(float addrspace(1)* nocapture readonly %dy, float addrspace(1)* nocapture readonly %x, i64 %len, double %alpha, double %beta, float addrspace(1)* nocapture writeonly %dx) local_unnamed_addr #0 {
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
  %go109 = icmp slt i64 %add, %len
  br i1 %go109, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %fsub = fadd double %alpha, -1.000000e+00
  %call = tail call double @llvm.floor.f64(double %fsub)
  %fcmp = fcmp oeq double %call, %fsub
  %fmul = fmul double %fsub, 5.000000e-01
  %call11 = tail call double @llvm.floor.f64(double %fmul)
  %fcmp12 = fcmp one double %call11, %fmul
  %odd = and i1 %fcmp, %fcmp12
  %fcmp102 = fcmp oeq double %fsub, 0.000000e+00
  %fcmp105 = fcmp oeq double %alpha, 0.000000e+00
  br label %body

body:                                             ; preds = %body.lr.ph, %body
  %i110 = phi i64 [ %add, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %i110
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %p8 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i110
  %v9 = load float, float addrspace(1)* %p8, align 4
  %0 = tail call float @llvm.fabs.f32(float %v9)
  %call13 = fpext float %0 to double
  %bits = bitcast double %call13 to i64
  %exp = lshr i64 %bits, 52
  %e = and i64 %exp, 2047
  %mant = and i64 %bits, 4503599627370495
  %m = or i64 %mant, 4607182418800017408
  %m14 = bitcast i64 %m to double
  %fcmp15 = fcmp ogt double %m14, 0x3FF6A09E667F3BCD
  %fmul16 = fmul double %m14, 5.000000e-01
  %sel = select i1 %fcmp15, double %fmul16, double %m14
  %sub = add nsw i64 %e, -1023
  %i2f = sitofp i64 %sub to double
  %fadd = fadd double %i2f, 1.000000e+00
  %sel17 = select i1 %fcmp15, double %fadd, double %i2f
  %fsub18 = fadd double %sel, -1.000000e+00
  %fadd19 = fadd double %sel, 1.000000e+00
  %fdiv = fdiv double %fsub18, %fadd19
  %fmul20 = fmul double %fdiv, %fdiv
  %fmul21 = fmul double %fmul20, 0x3FB8618618618618
  %fadd22 = fadd double %fmul21, 0x3FBAF286BCA1AF28
  %fmul23 = fmul double %fmul20, %fadd22
  %fadd24 = fadd double %fmul23, 0x3FBE1E1E1E1E1E1E
  %fmul25 = fmul double %fmul20, %fadd24
  %fadd26 = fadd double %fmul25, 0x3FC1111111111111
  %fmul27 = fmul double %fmul20, %fadd26
  %fadd28 = fadd double %fmul27, 0x3FC3B13B13B13B14
  %fmul29 = fmul double %fmul20, %fadd28
  %fadd30 = fadd double %fmul29, 0x3FC745D1745D1746
  %fmul31 = fmul double %fmul20, %fadd30
  %fadd32 = fadd double %fmul31, 0x3FCC71C71C71C71C
  %fmul33 = fmul double %fmul20, %fadd32
  %fadd34 = fadd double %fmul33, 0x3FD2492492492492
  %fmul35 = fmul double %fmul20, %fadd34
  %fadd36 = fadd double %fmul35, 4.000000e-01
  %fmul37 = fmul double %fmul20, %fadd36
  %fadd38 = fadd double %fmul37, 0x3FE5555555555555
  %fmul39 = fmul double %fmul20, %fadd38
  %fadd40 = fadd double %fmul39, 2.000000e+00
  %fmul41 = fmul double %fdiv, %fadd40
  %fmul42 = fmul double %sel17, 0x3FE62E42FEE00000
  %fmul43 = fmul double %sel17, 0x3DEA39EF35793C76
  %fadd44 = fadd double %fmul43, %fmul41
  %fadd45 = fadd double %fmul42, %fadd44
  %fcmp46 = fcmp oeq float %0, 0x7FF0000000000000
  %sel47 = select i1 %fcmp46, double %call13, double %fadd45
  %fcmp48 = fcmp oeq float %v9, 0.000000e+00
  %sel49 = select i1 %fcmp48, double 0xFFF0000000000000, double %sel47
  %fcmp50 = fcmp ord float %v9, 0.000000e+00
  %sel51 = select i1 %fcmp50, double %sel49, double 0x7FF8000000000000
  %fmul52 = fmul double %fsub, %sel51
  %call53 = tail call double @llvm.maxnum.f64(double %fmul52, double -7.450000e+02)
  %call54 = tail call double @llvm.minnum.f64(double %call53, double 7.090000e+02)
  %fmul55 = fmul double %call54, 0x3FF71547652B82FE
  %fadd56 = fadd double %fmul55, 5.000000e-01
  %call57 = tail call double @llvm.floor.f64(double %fadd56)
  %fmul58 = fmul double %call57, 0x3FE62E42FEE00000
  %fsub59 = fsub double %call54, %fmul58
  %fmul60 = fmul double %call57, 0x3DEA39EF35793C76
  %fsub61 = fsub double %fsub59, %fmul60
  %fmul62 = fmul double %fsub61, 0x3DE6124613A86D09
  %fadd63 = fadd double %fmul62, 0x3E21EED8EFF8D898
  %fmul64 = fmul double %fsub61, %fadd63
  %fadd65 = fadd double %fmul64, 0x3E5AE64567F544E4
  %fmul66 = fmul double %fsub61, %fadd65
  %fadd67 = fadd double %fmul66, 0x3E927E4FB7789F5C
  %fmul68 = fmul double %fsub61, %fadd67
  %fadd69 = fadd double %fmul68, 0x3EC71DE3A556C734
  %fmul70 = fmul double %fsub61, %fadd69
  %fadd71 = fadd double %fmul70, 0x3EFA01A01A01A01A
  %fmul72 = fmul double %fsub61, %fadd71
  %fadd73 = fadd double %fmul72, 0x3F2A01A01A01A01A
  %fmul74 = fmul double %fsub61, %fadd73
  %fadd75 = fadd double %fmul74, 0x3F56C16C16C16C17
  %fmul76 = fmul double %fsub61, %fadd75
  %fadd77 = fadd double %fmul76, 0x3F81111111111111
  %fmul78 = fmul double %fsub61, %fadd77
  %fadd79 = fadd double %fmul78, 0x3FA5555555555555
  %fmul80 = fmul double %fsub61, %fadd79
  %fadd81 = fadd double %fmul80, 0x3FC5555555555555
  %fmul82 = fmul double %fsub61, %fadd81
  %fadd83 = fadd double %fmul82, 5.000000e-01
  %fmul84 = fmul double %fsub61, %fadd83
  %fadd85 = fadd double %fmul84, 1.000000e+00
  %fmul86 = fmul double %fsub61, %fadd85
  %fadd87 = fadd double %fmul86, 1.000000e+00
  %k = fptosi double %call57 to i64
  %half = ashr i64 %k, 1
  %sub88 = sub i64 %k, %half
  %add89 = shl i64 %half, 52
  %bits90 = add i64 %add89, 4607182418800017408
  %pow2 = bitcast i64 %bits90 to double
  %add91 = shl i64 %sub88, 52
  %bits92 = add i64 %add91, 4607182418800017408
  %pow293 = bitcast i64 %bits92 to double
  %fmul94 = fmul double %pow2, %pow293
  %fmul95 = fmul double %fmul94, %fadd87
  %fcmp96 = fcmp uno double %fmul52, 0.000000e+00
  %sel97 = select i1 %fcmp96, double %fmul52, double %fmul95
  %fcmp98 = fcmp olt float %v9, 0.000000e+00
  %neg = fneg double %sel97
  %sel99 = select i1 %odd, double %neg, double %sel97
  %sel100 = select i1 %fcmp, double %sel99, double 0x7FF8000000000000
  %sel101 = select i1 %fcmp98, double %sel100, double %sel97
  %sel103 = select i1 %fcmp102, double 1.000000e+00, double %sel101
  %fmul104 = fmul double %sel103, %alpha
  %sel106 = select i1 %fcmp105, double 0.000000e+00, double %fmul104
  %fmul107 = fmul double %sel106, %ext
  %trunc = fptrunc double %fmul107 to float
  %p108 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i110
  store float %trunc, float addrspace(1)* %p108, align 4
  %next = add i64 %i110, %mul7
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
declare double @llvm.floor.f64(double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.maxnum.f64(double, double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.minnum.f64(double, double) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #3

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, i64, double, double, float addrspace(1)*)* @syncbn_pow_grad, !"kernel", i32 1}
