; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_elu(float addrspace(1)* nocapture readonly %x, i64 %len, double %alpha, double %beta, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %go88 = icmp slt i64 %add, %len
  br i1 %go88, label %body, label %done

body:                                             ; preds = %entry, %body
  %i89 = phi i64 [ %next, %body ], [ %add, %entry ]
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %i89
  %v = load float, float addrspace(1)* %p, align 4
  %ext = fpext float %v to double
  %fcmp = fcmp ogt float %v, 0.000000e+00
  %call = tail call double @llvm.fabs.f64(double %ext)
  %fcmp8 = fcmp olt double %call, 5.000000e-01
  %fmul = fmul double %ext, 0x3CA6827863B97D97
  %fadd = fadd double %fmul, 0x3CE952C77030AD4A
  %fmul9 = fmul double %fadd, %ext
  %fadd10 = fadd double %fmul9, 0x3D2AE7F3E733B81F
  %fmul11 = fmul double %fadd10, %ext
  %fadd12 = fadd double %fmul11, 0x3D6AE7F3E733B81F
  %fmul13 = fmul double %fadd12, %ext
  %fadd14 = fadd double %fmul13, 0x3DA93974A8C07C9D
  %fmul15 = fmul double %fadd14, %ext
  %fadd16 = fadd double %fmul15, 0x3DE6124613A86D09
  %fmul17 = fmul double %fadd16, %ext
  %fadd18 = fadd double %fmul17, 0x3E21EED8EFF8D898
  %fmul19 = fmul double %fadd18, %ext
  %fadd20 = fadd double %fmul19, 0x3E5AE64567F544E4
  %fmul21 = fmul double %fadd20, %ext
  %fadd22 = fadd double %fmul21, 0x3E927E4FB7789F5C
  %fmul23 = fmul double %fadd22, %ext
  %fadd24 = fadd double %fmul23, 0x3EC71DE3A556C734
  %fmul25 = fmul double %fadd24, %ext
  %fadd26 = fadd double %fmul25, 0x3EFA01A01A01A01A
  %fmul27 = fmul double %fadd26, %ext
  %fadd28 = fadd double %fmul27, 0x3F2A01A01A01A01A
  %fmul29 = fmul double %fadd28, %ext
  %fadd30 = fadd double %fmul29, 0x3F56C16C16C16C17
  %fmul31 = fmul double %fadd30, %ext
  %fadd32 = fadd double %fmul31, 0x3F81111111111111
  %fmul33 = fmul double %fadd32, %ext
  %fadd34 = fadd double %fmul33, 0x3FA5555555555555
  %fmul35 = fmul double %fadd34, %ext
  %fadd36 = fadd double %fmul35, 0x3FC5555555555555
  %fmul37 = fmul double %fadd36, %ext
  %fadd38 = fadd double %fmul37, 5.000000e-01
  %fmul39 = fmul double %fadd38, %ext
  %fadd40 = fadd double %fmul39, 1.000000e+00
  %fmul41 = fmul double %fadd40, %ext
  %call42 = tail call double @llvm.maxnum.f64(double %ext, double -7.450000e+02)
  %call43 = tail call double @llvm.minnum.f64(double %call42, double 7.090000e+02)
  %fmul44 = fmul double %call43, 0x3FF71547652B82FE
  %fadd45 = fadd double %fmul44, 5.000000e-01
  %call46 = tail call double @llvm.floor.f64(double %fadd45)
  %fmul47 = fmul double %call46, 0x3FE62E42FEE00000
  %fsub = fsub double %call43, %fmul47
  %fmul48 = fmul double %call46, 0x3DEA39EF35793C76
  %fsub49 = fsub double %fsub, %fmul48
  %fmul50 = fmul double %fsub49, 0x3DE6124613A86D09
  %fadd51 = fadd double %fmul50, 0x3E21EED8EFF8D898
  %fmul52 = fmul double %fsub49, %fadd51
  %fadd53 = fadd double %fmul52, 0x3E5AE64567F544E4
  %fmul54 = fmul double %fsub49, %fadd53
  %fadd55 = fadd double %fmul54, 0x3E927E4FB7789F5C
  %fmul56 = fmul double %fsub49, %fadd55
  %fadd57 = fadd double %fmul56, 0x3EC71DE3A556C734
  %fmul58 = fmul double %fsub49, %fadd57
  %fadd59 = fadd double %fmul58, 0x3EFA01A01A01A01A
  %fmul60 = fmul double %fsub49, %fadd59
  %fadd61 = fadd double %fmul60, 0x3F2A01A01A01A01A
  %fmul62 = fmul double %fsub49, %fadd61
  %fadd63 = fadd double %fmul62, 0x3F56C16C16C16C17
  %fmul64 = fmul double %fsub49, %fadd63
  %fadd65 = fadd double %fmul64, 0x3F81111111111111
  %fmul66 = fmul double %fsub49, %fadd65
  %fadd67 = fadd double %fmul66, 0x3FA5555555555555
  %fmul68 = fmul double %fsub49, %fadd67
  %fadd69 = fadd double %fmul68, 0x3FC5555555555555
  %fmul70 = fmul double %fsub49, %fadd69
  %fadd71 = fadd double %fmul70, 5.000000e-01
  %fmul72 = fmul double %fsub49, %fadd71
  %fadd73 = fadd double %fmul72, 1.000000e+00
  %fmul74 = fmul double %fsub49, %fadd73
  %fadd75 = fadd double %fmul74, 1.000000e+00
  %k = fptosi double %call46 to i64
  %half = ashr i64 %k, 1
  %sub = sub i64 %k, %half
  %add76 = shl i64 %half, 52
  %bits = add i64 %add76, 4607182418800017408
  %pow2 = bitcast i64 %bits to double
  %add77 = shl i64 %sub, 52
  %bits78 = add i64 %add77, 4607182418800017408
  %pow279 = bitcast i64 %bits78 to double
  %fmul80 = fmul double %pow2, %pow279
  %fmul81 = fmul double %fmul80, %fadd75
  %fcmp82 = fcmp uno float %v, 0.000000e+00
  %sel = select i1 %fcmp82, double %ext, double %fmul81
  %fsub83 = fadd double %sel, -1.000000e+00
  %sel84 = select i1 %fcmp8, double %fmul41, double %fsub83
  %fmul85 = fmul double %sel84, %alpha
  %0 = fptrunc double %fmul85 to float
  %narrow.sel = select i1 %fcmp, float %v, float %0
  %p87 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i89
  store float %narrow.sel, float addrspace(1)* %p87, align 4
  %next = add i64 %i89, %mul7
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

!0 = !{void (float addrspace(1)*, i64, double, double, float addrspace(1)*)* @syncbn_elu, !"kernel", i32 1}
