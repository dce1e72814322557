; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_grad_input_relu(float addrspace(1)* %dy, float addrspace(1)* %x, float addrspace(1)* nocapture readonly %norm_params, double addrspace(1)* nocapture readonly %sums, float addrspace(1)* %y, i64 %n, i64 %c, i64 %s, float addrspace(1)* %dx) local_unnamed_addr #0 {
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
  %addr = ptrtoint float addrspace(1)* %dy to i64
  %addr11 = ptrtoint float addrspace(1)* %x to i64
  %addr14 = ptrtoint float addrspace(1)* %y to i64
  %addr17 = ptrtoint float addrspace(1)* %dx to i64
  %low18 = and i64 %addr17, 15
  %low12175 = or i64 %addr11, %addr
  %or176 = or i64 %low12175, %addr14
  %or13 = and i64 %or176, 15
  %or16 = or i64 %or13, %rem10
  %or19 = or i64 %or16, %low18
  %cmp = icmp eq i64 %or19, 0
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %mul20 = shl i64 %add, 2
  %mul21 = shl i64 %mul7, 2
  %go171 = icmp slt i64 %mul20, %sub
  br i1 %go171, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %then
  %mul43 = shl i64 %c, 1
  %mul58 = mul i64 %c, 3
  br label %body

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add108 = add i64 %var.0, %add
  %go113173 = icmp slt i64 %add108, %mul9
  br i1 %go113173, label %body110.lr.ph, label %done111

body110.lr.ph:                                    ; preds = %join
  %mul129 = shl i64 %c, 1
  %mul146 = mul i64 %c, 3
  br label %body110

body:                                             ; preds = %body.lr.ph, %body
  %i172 = phi i64 [ %mul20, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %i172
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane22 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane23 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane24 = load float, float addrspace(1)* %2, align 4
  %p25 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i172
  %lane28 = load float, float addrspace(1)* %p25, align 16
  %3 = getelementptr inbounds float, float addrspace(1)* %p25, i64 1
  %lane29 = load float, float addrspace(1)* %3, align 4
  %4 = getelementptr inbounds float, float addrspace(1)* %p25, i64 2
  %lane30 = load float, float addrspace(1)* %4, align 8
  %5 = getelementptr inbounds float, float addrspace(1)* %p25, i64 3
  %lane31 = load float, float addrspace(1)* %5, align 4
  %p32 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i172
  %lane35 = load float, float addrspace(1)* %p32, align 16
  %6 = getelementptr inbounds float, float addrspace(1)* %p32, i64 1
  %lane36 = load float, float addrspace(1)* %6, align 4
  %7 = getelementptr inbounds float, float addrspace(1)* %p32, i64 2
  %lane37 = load float, float addrspace(1)* %7, align 8
  %8 = getelementptr inbounds float, float addrspace(1)* %p32, i64 3
  %lane38 = load float, float addrspace(1)* %8, align 4
  %div = udiv i64 %i172, %s
  %rem39 = urem i64 %div, %c
  %p42 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %rem39
  %v = load double, double addrspace(1)* %p42, align 8
  %fcmp = fcmp ogt double %v, 0.000000e+00
  %fdiv = fdiv double 1.000000e+00, %v
  %sel = select i1 %fcmp, double %fdiv, double 0.000000e+00
  %add44 = add i64 %rem39, %mul43
  %p45 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add44
  %v46 = load float, float addrspace(1)* %p45, align 4
  %ext = fpext float %v46 to double
  %add48 = add i64 %rem39, %c
  %p49 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add48
  %v50 = load double, double addrspace(1)* %p49, align 8
  %fmul = fmul double %v50, %sel
  %p53 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add44
  %v54 = load double, double addrspace(1)* %p53, align 8
  %fmul55 = fmul double %sel, %v54
  %fmul56 = fmul double %fmul55, %ext
  %fmul57 = fmul double %fmul56, %ext
  %add59 = add i64 %rem39, %mul58
  %p60 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add59
  %v61 = load float, float addrspace(1)* %p60, align 4
  %sel62 = select i1 %fcmp, float %v61, float 0.000000e+00
  %p65 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %rem39
  %v66 = load float, float addrspace(1)* %p65, align 4
  %p69 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add48
  %v70 = load float, float addrspace(1)* %p69, align 4
  %trunc = fptrunc double %fmul to float
  %trunc71 = fptrunc double %fmul57 to float
  %cmp72 = fcmp ogt float %lane35, 0.000000e+00
  %sel73 = select i1 %cmp72, float %lane, float 0.000000e+00
  %fsub = fsub float %lane28, %v66
  %fsub74 = fsub float %fsub, %v70
  %fsub75 = fsub float %sel73, %trunc
  %fmul76 = fmul float %fsub74, %trunc71
  %fsub77 = fsub float %fsub75, %fmul76
  %fmul78 = fmul float %sel62, %fsub77
  %cmp79 = fcmp ogt float %lane36, 0.000000e+00
  %sel80 = select i1 %cmp79, float %lane22, float 0.000000e+00
  %fsub81 = fsub float %lane29, %v66
  %fsub82 = fsub float %fsub81, %v70
  %fsub83 = fsub float %sel80, %trunc
  %fmul84 = fmul float %fsub82, %trunc71
  %fsub85 = fsub float %fsub83, %fmul84
  %fmul86 = fmul float %sel62, %fsub85
  %cmp87 = fcmp ogt float %lane37, 0.000000e+00
  %sel88 = select i1 %cmp87, float %lane23, float 0.000000e+00
  %fsub89 = fsub float %lane30, %v66
  %fsub90 = fsub float %fsub89, %v70
  %fsub91 = fsub float %sel88, %trunc
  %fmul92 = fmul float %fsub90, %trunc71
  %fsub93 = fsub float %fsub91, %fmul92
  %fmul94 = fmul float %sel62, %fsub93
  %cmp95 = fcmp ogt float %lane38, 0.000000e+00
  %sel96 = select i1 %cmp95, float %lane24, float 0.000000e+00
  %fsub97 = fsub float %lane31, %v66
  %fsub98 = fsub float %fsub97, %v70
  %fsub99 = fsub float %sel96, %trunc
  %fmul100 = fmul float %fsub98, %trunc71
  %fsub101 = fsub float %fsub99, %fmul100
  %fmul102 = fmul float %sel62, %fsub101
  %p103 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i172
  %vp104 = bitcast float addrspace(1)* %p103 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %fmul78, i64 0
  %ins105 = insertelement <4 x float> %ins, float %fmul86, i64 1
  %ins106 = insertelement <4 x float> %ins105, float %fmul94, i64 2
  %ins107 = insertelement <4 x float> %ins106, float %fmul102, i64 3
  store <4 x float> %ins107, <4 x float> addrspace(1)* %vp104, align 16
  %next = add i64 %i172, %mul21
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body110:                                          ; preds = %body110.lr.ph, %body110
  %i112174 = phi i64 [ %add108, %body110.lr.ph ], [ %next170, %body110 ]
  %p114 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %i112174
  %v115 = load float, float addrspace(1)* %p114, align 4
  %p116 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i112174
  %v117 = load float, float addrspace(1)* %p116, align 4
  %p118 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i112174
  %v119 = load float, float addrspace(1)* %p118, align 4
  %div120 = udiv i64 %i112174, %s
  %rem121 = urem i64 %div120, %c
  %p124 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %rem121
  %v125 = load double, double addrspace(1)* %p124, align 8
  %fcmp126 = fcmp ogt double %v125, 0.000000e+00
  %fdiv127 = fdiv double 1.000000e+00, %v125
  %sel128 = select i1 %fcmp126, double %fdiv127, double 0.000000e+00
  %add130 = add i64 %rem121, %mul129
  %p131 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add130
  %v132 = load float, float addrspace(1)* %p131, align 4
  %ext133 = fpext float %v132 to double
  %add135 = add i64 %rem121, %c
  %p136 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add135
  %v137 = load double, double addrspace(1)* %p136, align 8
  %fmul138 = fmul double %v137, %sel128
  %p141 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add130
  %v142 = load double, double addrspace(1)* %p141, align 8
  %fmul143 = fmul double %sel128, %v142
  %fmul144 = fmul double %fmul143, %ext133
  %fmul145 = fmul double %fmul144, %ext133
  %add147 = add i64 %rem121, %mul146
  %p148 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add147
  %v149 = load float, float addrspace(1)* %p148, align 4
  %sel150 = select i1 %fcmp126, float %v149, float 0.000000e+00
  %p153 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %rem121
  %v154 = load float, float addrspace(1)* %p153, align 4
  %p157 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add135
  %v158 = load float, float addrspace(1)* %p157, align 4
  %trunc159 = fptrunc double %fmul138 to float
  %trunc160 = fptrunc double %fmul145 to float
  %cmp161 = fcmp ogt float %v119, 0.000000e+00
  %sel162 = select i1 %cmp161, float %v115, float 0.000000e+00
  %fsub163 = fsub float %v117, %v154
  %fsub164 = fsub float %fsub163, %v158
  %fsub165 = fsub float %sel162, %trunc159
  %fmul166 = fmul float %fsub164, %trunc160
  %fsub167 = fsub float %fsub165, %fmul166
  %fmul168 = fmul float %sel150, %fsub167
  %p169 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i112174
  store float %fmul168, float addrspace(1)* %p169, align 4
  %next170 = add i64 %i112174, %mul7
  %go113 = icmp slt i64 %next170, %mul9
  br i1 %go113, label %body110, label %done111

done111:                                          ; preds = %body110, %join
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

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, double addrspace(1)*, float addrspace(1)*, i64, i64, i64, float addrspace(1)*)* @syncbn_bn_grad_input_relu, !"kernel", i32 1}
