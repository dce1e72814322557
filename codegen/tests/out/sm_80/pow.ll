; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_pow(float addrspace(1)* nocapture readonly %x, i64 %len, double %alpha, double %beta, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go101 = icmp slt i64 %add, %len
  br i1 %go101, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %call = tail call double @llvm.floor.f64(double %alpha)
  %fcmp = fcmp oeq double %call, %alpha
  %fmul = fmul double %alpha, 5.000000e-01
  %call8 = tail call double @llvm.floor.f64(double %fmul)
  %fcmp9 = fcmp one double %call8, %fmul
  %odd = and i1 %fcmp, %fcmp9
  %fcmp98 = fcmp oeq double %alpha, 0.000000e+00
  br label %body

body:                                             ; preds = %body.lr.ph, %body
  %i102 = phi i64 [ %add, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %i102
  %v = load float, float addrspace(1)* %p, align 4
  %0 = tail call float @llvm.fabs.f32(float %v)
  %call10 = fpext float %0 to double
  %bits = bitcast double %call10 to i64
  %exp = lshr i64 %bits, 52
  %e = and i64 %exp, 2047
  %mant = and i64 %bits, 4503599627370495
  %m = or i64 %mant, 4607182418800017408
  %m11 = bitcast i64 %m to double
  %fcmp12 = fcmp ogt double %m11, 0x3FF6A09E667F3BCD
  %fmul13 = fmul double %m11, 5.000000e-01
  %sel = select i1 %fcmp12, double %fmul13, double %m11
  %sub = add nsw i64 %e, -1023
  %i2f = sitofp i64 %sub to double
  %fadd = fadd double %i2f, 1.000000e+00
  %sel14 = select i1 %fcmp12, double %fadd, double %i2f
  %fsub = fadd double %sel, -1.000000e+00
  %fadd15 = fadd double %sel, 1.000000e+00
  %fdiv = fdiv double %fsub, %fadd15
  %fmul16 = fmul double %fdiv, %fdiv
  %fmul17 = fmul double %fmul16, 0x3FB8618618618618
  %fadd18 = fadd double %fmul17, 0x3FBAF286BCA1AF28
  %fmul19 = fmul double %fmul16, %fadd18
  %fadd20 = fadd double %fmul19, 0x3FBE1E1E1E1E1E1E
  %fmul21 = fmul double %fmul16, %fadd20
  %fadd22 = fadd double %fmul21, 0x3FC1111111111111
  %fmul23 = fmul double %fmul16, %fadd22
  %fadd24 = fadd double %fmul23, 0x3FC3B13B13B13B14
  %fmul25 = fmul double %fmul16, %fadd24
  %fadd26 = fadd double %fmul25, 0x3FC745D1745D1746
  %fmul27 = fmul double %fmul16, %fadd26
  %fadd28 = fadd double %fmul27, 0x3FCC71C71C71C71C
  %fmul29 = fmul double %fmul16, %fadd28
  %fadd30 = fadd double %fmul29, 0x3FD2492492492492
  %fmul31 = fmul double %fmul16, %fadd30
  %fadd32 = fadd double %fmul31, 4.000000e-01
  %fmul33 = fmul double %fmul16, %fadd32
  %fadd34 = fadd double %fmul33, 0x3FE5555555555555
  %fmul35 = fmul double %fmul16, %fadd34
  %fadd36 = fadd double %fmul35, 2.000000e+00
  %fmul37 = fmul double %fdiv, %fadd36
  %fmul38 = fmul double %sel14, 0x3FE62E42FEE00000
  %fmul39 = fmul double %sel14, 0x3DEA39EF35793C76
  %fadd40 = fadd double %fmul39, %fmul37
  %fadd41 = fadd double %fmul38, %fadd40
  %fcmp42 = fcmp oeq float %0, 0x7FF0000000000000
  %sel43 = select i1 %fcmp42, double %call10, double %fadd41
  %fcmp44 = fcmp oeq float %v, 0.000000e+00
  %sel45 = select i1 %fcmp44, double 0xFFF0000000000000, double %sel43
  %fcmp46 = fcmp ord float %v, 0.000000e+00
  %sel47 = select i1 %fcmp46, double %sel45, double 0x7FF8000000000000
  %fmul48 = fmul double %sel47, %alpha
  %call49 = tail call double @llvm.maxnum.f64(double %fmul48, double -7.450000e+02)
  %call50 = tail call double @llvm.minnum.f64(double %call49, double 7.090000e+02)
  %fmul51 = fmul double %call50, 0x3FF71547652B82FE
  %fadd52 = fadd double %fmul51, 5.000000e-01
  %call53 = tail call double @llvm.floor.f64(double %fadd52)
  %fmul54 = fmul double %call53, 0x3FE62E42FEE00000
  %fsub55 = fsub double %call50, %fmul54
  %fmul56 = fmul double %call53, 0x3DEA39EF35793C76
  %fsub57 = fsub double %fsub55, %fmul56
  %fmul58 = fmul double %fsub57, 0x3DE6124613A86D09
  %fadd59 = fadd double %fmul58, 0x3E21EED8EFF8D898
  %fmul60 = fmul double %fsub57, %fadd59
  %fadd61 = fadd double %fmul60, 0x3E5AE64567F544E4
  %fmul62 = fmul double %fsub57, %fadd61
  %fadd63 = fadd double %fmul62, 0x3E927E4FB7789F5C
  %fmul64 = fmul double %fsub57, %fadd63
  %fadd65 = fadd double %fmul64, 0x3EC71DE3A556C734
  %fmul66 = fmul double %fsub57, %fadd65
  %fadd67 = fadd double %fmul66, 0x3EFA01A01A01A01A
  %fmul68 = fmul double %fsub57, %fadd67
  %fadd69 = fadd double %fmul68, 0x3F2A01A01A01A01A
  %fmul70 = fmul double %fsub57, %fadd69
  %fadd71 = fadd double %fmul70, 0x3F56C16C16C16C17
  %fmul72 = fmul double %fsub57, %fadd71
  %fadd73 = fadd double %fmul72, 0x3F81111111111111
  %fmul74 = fmul double %fsub57, %fadd73
  %fadd75 = fadd double %fmul74, 0x3FA5555555555555
  %fmul76 = fmul double %fsub57, %fadd75
  %fadd77 = fadd double %fmul76, 0x3FC5555555555555
  %fmul78 = fmul double %fsub57, %fadd77
  %fadd79 = fadd double %fmul78, 5.000000e-01
  %fmul80 = fmul double %fsub57, %fadd79
  %fadd81 = fadd double %fmul80, 1.000000e+00
  %fmul82 = fmul double %fsub57, %fadd81
  %fadd83 = fadd double %fmul82, 1.000000e+00
  %k = fptosi double %call53 to i64
  %half = ashr i64 %k, 1
  %sub84 = sub i64 %k, %half
  %add85 = shl i64 %half, 52
  %bits86 = add i64 %add85, 4607182418800017408
  %pow2 = bitcast i64 %bits86 to double
  %add87 = shl i64 %sub84, 52
  %bits88 = add i64 %add87, 4607182418800017408
  %pow289 = bitcast i64 %bits88 to double
  %fmul90 = fmul double %pow2, %pow289
  %fmul91 = fmul double %fmul90, %fadd83
  %fcmp92 = fcmp uno double %fmul48, 0.000000e+00
  %sel93 = select i1 %fcmp92, double %fmul48, double %fmul91
  %fcmp94 = fcmp olt float %v, 0.000000e+00
  %neg = fneg double %sel93
  %sel95 = select i1 %odd, double %neg, double %sel93
  %sel96 = select i1 %fcmp, double %sel95, double 0x7FF8000000000000
  %sel97 = select i1 %fcmp94, double %sel96, double %sel93
  %sel99 = select i1 %fcmp98, double 1.000000e+00, double %sel97
  %trunc = fptrunc double %sel99 to float
  %p100 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i102
  store float %trunc, float addrspace(1)* %p100, align 4
  %next = add i64 %i102, %mul7
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

!0 = !{void (float addrspace(1)*, i64, double, double, float addrspace(1)*)* @syncbn_pow, !"kernel", i32 1}
