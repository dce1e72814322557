; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_bn_grad_input_clip(float addrspace(1)* %dy, float addrspace(1)* %x, float addrspace(1)* nocapture readonly %norm_params, double addrspace(1)* nocapture readonly %sums, float addrspace(1)* %y, i64 %n, i64 %c, i64 %s, float %lo, float %hi, float addrspace(1)* %dx) local_unnamed_addr #0 {
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
  %low12185 = or i64 %addr11, %addr
  %or186 = or i64 %low12185, %addr14
  %or13 = and i64 %or186, 15
  %or16 = or i64 %or13, %rem10
  %or19 = or i64 %or16, %low18
  %cmp = icmp eq i64 %or19, 0
  br i1 %cmp, label %then, label %join

then:                                             ; preds = %entry
  %mul20 = shl i64 %add, 2
  %mul21 = shl i64 %mul7, 2
  %go181 = icmp slt i64 %mul20, %sub
  br i1 %go181, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %then
  %mul43 = shl i64 %c, 1
  %mul58 = mul i64 %c, 3
  br label %body

join:                                             ; preds = %body, %then, %entry
  %var.0 = phi i64 [ 0, %entry ], [ %sub, %then ], [ %sub, %body ]
  %add116 = add i64 %var.0, %add
  %go121183 = icmp slt i64 %add116, %mul9
  br i1 %go121183, label %body118.lr.ph, label %done119

body118.lr.ph:                                    ; preds = %join
  %mul137 = shl i64 %c, 1
  %mul154 = mul i64 %c, 3
  br label %body118

body:                                             ; preds = %body.lr.ph, %body
  %i182 = phi i64 [ %mul20, %body.lr.ph ], [ %next, %body ]
  %p = getelementptr inbounds float, float addrspace(1)* %dy, i64 %i182
  %lane = load float, float addrspace(1)* %p, align 16
  %0 = getelementptr inbounds float, float addrspace(1)* %p, i64 1
  %lane22 = load float, float addrspace(1)* %0, align 4
  %1 = getelementptr inbounds float, float addrspace(1)* %p, i64 2
  %lane23 = load float, float addrspace(1)* %1, align 8
  %2 = getelementptr inbounds float, float addrspace(1)* %p, i64 3
  %lane24 = load float, float addrspace(1)* %2, align 4
  %p25 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i182
  %lane28 = load float, float addrspace(1)* %p25, align 16
  %3 = getelementptr inbounds float, float addrspace(1)* %p25, i64 1
  %lane29 = load float, float addrspace(1)* %3, align 4
  %4 = getelementptr inbounds float, float addrspace(1)* %p25, i64 2
  %lane30 = load float, float addrspace(1)* %4, align 8
  %5 = getelementptr inbounds float, float addrspace(1)* %p25, i64 3
  %lane31 = load float, float addrspace(1)* %5, align 4
  %p32 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i182
  %lane35 = load float, float addrspace(1)* %p32, align 16
  %6 = getelementptr inbounds float, float addrspace(1)* %p32, i64 1
  %lane36 = load float, float addrspace(1)* %6, align 4
  %7 = getelementptr inbounds float, float addrspace(1)* %p32, i64 2
  %lane37 = load float, float addrspace(1)* %7, align 8
  %8 = getelementptr inbounds float, float addrspace(1)* %p32, i64 3
  %lane38 = load float, float addrspace(1)* %8, align 4
  %div = udiv i64 %i182, %s
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
  %cmp72 = fcmp ogt float %lane35, %lo
  %cmp74 = fcmp olt float %lane35, %hi
  %9 = select i1 %cmp74, i1 %cmp72, i1 false
  %sel75 = select i1 %9, float %lane, float 0.000000e+00
  %fsub = fsub float %lane28, %v66
  %fsub76 = fsub float %fsub, %v70
  %fsub77 = fsub float %sel75, %trunc
  %fmul78 = fmul float %fsub76, %trunc71
  %fsub79 = fsub float %fsub77, %fmul78
  %fmul80 = fmul float %sel62, %fsub79
  %cmp81 = fcmp ogt float %lane36, %lo
  %cmp83 = fcmp olt float %lane36, %hi
  %10 = select i1 %cmp83, i1 %cmp81, i1 false
  %sel84 = select i1 %10, float %lane22, float 0.000000e+00
  %fsub85 = fsub float %lane29, %v66
  %fsub86 = fsub float %fsub85, %v70
  %fsub87 = fsub float %sel84, %trunc
  %fmul88 = fmul float %fsub86, %trunc71
  %fsub89 = fsub float %fsub87, %fmul88
  %fmul90 = fmul float %sel62, %fsub89
  %cmp91 = fcmp ogt float %lane37, %lo
  %cmp93 = fcmp olt float %lane37, %hi
  %11 = select i1 %cmp93, i1 %cmp91, i1 false
  %sel94 = select i1 %11, float %lane23, float 0.000000e+00
  %fsub95 = fsub float %lane30, %v66
  %fsub96 = fsub float %fsub95, %v70
  %fsub97 = fsub float %sel94, %trunc
  %fmul98 = fmul float %fsub96, %trunc71
  %fsub99 = fsub float %fsub97, %fmul98
  %fmul100 = fmul float %sel62, %fsub99
  %cmp101 = fcmp ogt float %lane38, %lo
  %cmp103 = fcmp olt float %lane38, %hi
  %12 = select i1 %cmp103, i1 %cmp101, i1 false
  %sel104 = select i1 %12, float %lane24, float 0.000000e+00
  %fsub105 = fsub float %lane31, %v66
  %fsub106 = fsub float %fsub105, %v70
  %fsub107 = fsub float %sel104, %trunc
  %fmul108 = fmul float %fsub106, %trunc71
  %fsub109 = fsub float %fsub107, %fmul108
  %fmul110 = fmul float %sel62, %fsub109
  %p111 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i182
  %vp112 = bitcast float addrspace(1)* %p111 to <4 x float> addrspace(1)*
  %ins = insertelement <4 x float> undef, float %fmul80, i64 0
  %ins113 = insertelement <4 x float> %ins, float %fmul90, i64 1
  %ins114 = insertelement <4 x float> %ins113, float %fmul100, i64 2
  %ins115 = insertelement <4 x float> %ins114, float %fmul110, i64 3
  store <4 x float> %ins115, <4 x float> addrspace(1)* %vp112, align 16
  %next = add i64 %i182, %mul21
  %go = icmp slt i64 %next, %sub
  br i1 %go, label %body, label %join

body118:                                          ; preds = %body118.lr.ph, %body118
  %i120184 = phi i64 [ %add116, %body118.lr.ph ], [ %next180, %body118 ]
  %p122 = getelementptr inbounds float, float addrspace(1)* %dy, i64 %i120184
  %v123 = load float, float addrspace(1)* %p122, align 4
  %p124 = getelementptr inbounds float, float addrspace(1)* %x, i64 %i120184
  %v125 = load float, float addrspace(1)* %p124, align 4
  %p126 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i120184
  %v127 = load float, float addrspace(1)* %p126, align 4
  %div128 = udiv i64 %i120184, %s
  %rem129 = urem i64 %div128, %c
  %p132 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %rem129
  %v133 = load double, double addrspace(1)* %p132, align 8
  %fcmp134 = fcmp ogt double %v133, 0.000000e+00
  %fdiv135 = fdiv double 1.000000e+00, %v133
  %sel136 = select i1 %fcmp134, double %fdiv135, double 0.000000e+00
  %add138 = add i64 %rem129, %mul137
  %p139 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add138
  %v140 = load float, float addrspace(1)* %p139, align 4
  %ext141 = fpext float %v140 to double
  %add143 = add i64 %rem129, %c
  %p144 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add143
  %v145 = load double, double addrspace(1)* %p144, align 8
  %fmul146 = fmul double %v145, %sel136
  %p149 = getelementptr inbounds double, double addrspace(1)* %sums, i64 %add138
  %v150 = load double, double addrspace(1)* %p149, align 8
  %fmul151 = fmul double %sel136, %v150
  %fmul152 = fmul double %fmul151, %ext141
  %fmul153 = fmul double %fmul152, %ext141
  %add155 = add i64 %rem129, %mul154
  %p156 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add155
  %v157 = load float, float addrspace(1)* %p156, align 4
  %sel158 = select i1 %fcmp134, float %v157, float 0.000000e+00
  %p161 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %rem129
  %v162 = load float, float addrspace(1)* %p161, align 4
  %p165 = getelementptr inbounds float, float addrspace(1)* %norm_params, i64 %add143
  %v166 = load float, float addrspace(1)* %p165, align 4
  %trunc167 = fptrunc double %fmul146 to float
  %trunc168 = fptrunc double %fmul153 to float
  %cmp169 = fcmp ogt float %v127, %lo
  %cmp171 = fcmp olt float %v127, %hi
  %13 = select i1 %cmp171, i1 %cmp169, i1 false
  %sel172 = select i1 %13, float %v123, float 0.000000e+00
  %fsub173 = fsub float %v125, %v162
  %fsub174 = fsub float %fsub173, %v166
  %fsub175 = fsub float %sel172, %trunc167
  %fmul176 = fmul float %fsub174, %trunc168
  %fsub177 = fsub float %fsub175, %fmul176
  %fmul178 = fmul float %sel158, %fsub177
  %p179 = getelementptr inbounds float, float addrspace(1)* %dx, i64 %i120184
  store float %fmul178, float addrspace(1)* %p179, align 4
  %next180 = add i64 %i120184, %mul7
  %go121 = icmp slt i64 %next180, %mul9
  br i1 %go121, label %body118, label %done119

done119:                                          ; preds = %body118, %join
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

!0 = !{void (float addrspace(1)*, float addrspace(1)*, float addrspace(1)*, double addrspace(1)*, float addrspace(1)*, i64, i64, i64, float, float, float addrspace(1)*)* @syncbn_bn_grad_input_clip, !"kernel", i32 1}
