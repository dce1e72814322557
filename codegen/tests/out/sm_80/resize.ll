; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

; Function Attrs: nofree nosync nounwind
define void @syncbn_resize(float addrspace(1)* nocapture readonly %x, i64 %len, i64 %in0, i64 %in1, i64 %in2, i64 %out0, i64 %out1, i64 %out2, double %scale0, double %scale1, double %scale2, i64 %coord, i64 %nearest, i64 %linear, float addrspace(1)* nocapture writeonly %y) local_unnamed_addr #0 {
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
  %cmp = icmp ne i64 %in0, %out0
  %fcmp = fcmp une double %scale0, 1.000000e+00
  %active = or i1 %cmp, %fcmp
  %cmp8 = icmp ne i64 %in1, %out1
  %fcmp9 = fcmp une double %scale1, 1.000000e+00
  %active10 = or i1 %cmp8, %fcmp9
  %cmp11 = icmp ne i64 %in2, %out2
  %fcmp12 = fcmp une double %scale2, 1.000000e+00
  %active13 = or i1 %cmp11, %fcmp12
  %mul15 = mul i64 %in1, %in0
  %mul16 = mul i64 %mul15, %in2
  %go244 = icmp slt i64 %add, %len
  br i1 %go244, label %body.lr.ph, label %done

body.lr.ph:                                       ; preds = %entry
  %sub = add i64 %in0, -1
  %cmp22 = icmp sgt i64 %sub, 0
  %sel = select i1 %cmp22, i64 %sub, i64 0
  %i2f = sitofp i64 %sel to double
  %i2f24 = sitofp i64 %in0 to double
  %i2f25 = sitofp i64 %out0 to double
  %cmp26 = icmp sgt i64 %out0, 1
  %fsub27 = fadd double %i2f24, -1.000000e+00
  %fsub28 = fadd double %i2f25, -1.000000e+00
  %cmp33 = icmp eq i64 %coord, 1
  %cmp35 = icmp eq i64 %coord, 2
  %cmp37 = icmp eq i64 %coord, 3
  %cmp50 = icmp eq i64 %nearest, 1
  %cmp54 = icmp eq i64 %nearest, 2
  %cmp57 = icmp eq i64 %nearest, 3
  %cmp60 = icmp eq i64 %linear, 1
  %lin = and i1 %active, %cmp60
  %sel69 = select i1 %lin, i64 2, i64 1
  %sub70 = add i64 %in1, -1
  %cmp71 = icmp sgt i64 %sub70, 0
  %sel72 = select i1 %cmp71, i64 %sub70, i64 0
  %i2f73 = sitofp i64 %sel72 to double
  %i2f75 = sitofp i64 %in1 to double
  %i2f76 = sitofp i64 %out1 to double
  %cmp80 = icmp sgt i64 %out1, 1
  %fsub81 = fadd double %i2f75, -1.000000e+00
  %fsub83 = fadd double %i2f76, -1.000000e+00
  %lin124 = and i1 %active10, %cmp60
  %sel129 = select i1 %lin124, i64 2, i64 1
  %sub130 = add i64 %in2, -1
  %cmp131 = icmp sgt i64 %sub130, 0
  %sel132 = select i1 %cmp131, i64 %sub130, i64 0
  %i2f133 = sitofp i64 %sel132 to double
  %i2f135 = sitofp i64 %in2 to double
  %i2f136 = sitofp i64 %out2 to double
  %cmp140 = icmp sgt i64 %out2, 1
  %fsub141 = fadd double %i2f135, -1.000000e+00
  %fsub143 = fadd double %i2f136, -1.000000e+00
  %lin184 = and i1 %active13, %cmp60
  %sel189 = select i1 %lin184, i64 2, i64 1
  %0 = add nsw i64 %sel69, -1
  %1 = icmp ult i64 %0, 3
  br label %body

body:                                             ; preds = %body.lr.ph, %done192
  %i245 = phi i64 [ %add, %body.lr.ph ], [ %next237, %done192 ]
  %i245.frozen = freeze i64 %i245
  %out2.frozen = freeze i64 %out2
  %div = udiv i64 %i245.frozen, %out2.frozen
  %2 = mul i64 %div, %out2.frozen
  %rem.decomposed = sub i64 %i245.frozen, %2
  %out1.frozen = freeze i64 %out1
  %div18 = udiv i64 %div, %out1.frozen
  %3 = mul i64 %div18, %out1.frozen
  %rem17.decomposed = sub i64 %div, %3
  %out0.frozen = freeze i64 %out0
  %div20 = udiv i64 %div18, %out0.frozen
  %4 = mul i64 %div20, %out0.frozen
  %rem19.decomposed = sub i64 %div18, %4
  %mul21 = mul i64 %mul16, %div20
  %p = getelementptr inbounds float, float addrspace(1)* %x, i64 %mul21
  %i2f23 = sitofp i64 %rem19.decomposed to double
  %fadd = fadd double %i2f23, 5.000000e-01
  %fdiv = fdiv double %fadd, %scale0
  %fsub = fadd double %fdiv, -5.000000e-01
  %fmul = fmul double %fsub27, %i2f23
  %fdiv29 = fdiv double %fmul, %fsub28
  %sel30 = select i1 %cmp26, double %fdiv29, double 0.000000e+00
  %sel31 = select i1 %cmp26, double %fsub, double 0.000000e+00
  %fdiv32 = fdiv double %i2f23, %scale0
  %sel34 = select i1 %cmp33, double %sel31, double %fsub
  %sel36 = select i1 %cmp35, double %sel30, double %sel34
  %sel38 = select i1 %cmp37, double %fdiv32, double %sel36
  %call = tail call double @llvm.maxnum.f64(double %sel38, double 0.000000e+00)
  %call39 = tail call double @llvm.minnum.f64(double %call, double %i2f)
  %call40 = tail call double @llvm.floor.f64(double %call39)
  %fsub41 = fsub double %call39, %call40
  %trunc = fptrunc double %fsub41 to float
  %fadd42 = fadd double %call40, 1.000000e+00
  %call43 = tail call double @llvm.minnum.f64(double %fadd42, double %i2f)
  %call44 = tail call double @llvm.trunc.f64(double %sel38)
  %fsub45 = fsub double %sel38, %call44
  %fcmp46 = fcmp oeq double %fsub45, 5.000000e-01
  %call47 = tail call double @llvm.floor.f64(double %sel38)
  %call48 = tail call double @llvm.round.f64(double %sel38)
  %sel49 = select i1 %fcmp46, double %call47, double %call48
  %fadd51 = fadd double %sel38, 5.000000e-01
  %call52 = tail call double @llvm.floor.f64(double %fadd51)
  %sel53 = select i1 %cmp50, double %call52, double %sel49
  %sel56 = select i1 %cmp54, double %call47, double %sel53
  %call58 = tail call double @llvm.ceil.f64(double %sel38)
  %sel59 = select i1 %cmp57, double %call58, double %sel56
  %call61 = tail call double @llvm.maxnum.f64(double %sel59, double 0.000000e+00)
  %call62 = tail call double @llvm.minnum.f64(double %call61, double %i2f)
  %sel64.v = select i1 %cmp60, double %call40, double %call62
  %sel64 = fptosi double %sel64.v to i64
  %sel65 = select i1 %active, i64 %sel64, i64 %rem19.decomposed
  %fsub66 = fsub float 1.000000e+00, %trunc
  %sel67 = select i1 %lin, float %fsub66, float 1.000000e+00
  %idx68 = fptosi double %call43 to i64
  %i2f74 = sitofp i64 %rem17.decomposed to double
  %fadd77 = fadd double %i2f74, 5.000000e-01
  %fdiv78 = fdiv double %fadd77, %scale1
  %fsub79 = fadd double %fdiv78, -5.000000e-01
  %fmul82 = fmul double %fsub81, %i2f74
  %fdiv84 = fdiv double %fmul82, %fsub83
  %sel85 = select i1 %cmp80, double %fdiv84, double 0.000000e+00
  %sel86 = select i1 %cmp80, double %fsub79, double 0.000000e+00
  %fdiv87 = fdiv double %i2f74, %scale1
  %sel89 = select i1 %cmp33, double %sel86, double %fsub79
  %sel91 = select i1 %cmp35, double %sel85, double %sel89
  %sel93 = select i1 %cmp37, double %fdiv87, double %sel91
  %call94 = tail call double @llvm.maxnum.f64(double %sel93, double 0.000000e+00)
  %call95 = tail call double @llvm.minnum.f64(double %call94, double %i2f73)
  %call96 = tail call double @llvm.floor.f64(double %call95)
  %fsub97 = fsub double %call95, %call96
  %trunc98 = fptrunc double %fsub97 to float
  %fadd99 = fadd double %call96, 1.000000e+00
  %call100 = tail call double @llvm.minnum.f64(double %fadd99, double %i2f73)
  %call101 = tail call double @llvm.trunc.f64(double %sel93)
  %fsub102 = fsub double %sel93, %call101
  %fcmp103 = fcmp oeq double %fsub102, 5.000000e-01
  %call104 = tail call double @llvm.floor.f64(double %sel93)
  %call105 = tail call double @llvm.round.f64(double %sel93)
  %sel106 = select i1 %fcmp103, double %call104, double %call105
  %fadd108 = fadd double %sel93, 5.000000e-01
  %call109 = tail call double @llvm.floor.f64(double %fadd108)
  %sel110 = select i1 %cmp50, double %call109, double %sel106
  %sel113 = select i1 %cmp54, double %call104, double %sel110
  %call115 = tail call double @llvm.ceil.f64(double %sel93)
  %sel116 = select i1 %cmp57, double %call115, double %sel113
  %call119 = tail call double @llvm.maxnum.f64(double %sel116, double 0.000000e+00)
  %call120 = tail call double @llvm.minnum.f64(double %call119, double %i2f73)
  %sel122.v = select i1 %cmp60, double %call96, double %call120
  %sel122 = fptosi double %sel122.v to i64
  %sel123 = select i1 %active10, i64 %sel122, i64 %rem17.decomposed
  %fsub125 = fsub float 1.000000e+00, %trunc98
  %sel126 = select i1 %lin124, float %fsub125, float 1.000000e+00
  %idx128 = fptosi double %call100 to i64
  %i2f134 = sitofp i64 %rem.decomposed to double
  %fadd137 = fadd double %i2f134, 5.000000e-01
  %fdiv138 = fdiv double %fadd137, %scale2
  %fsub139 = fadd double %fdiv138, -5.000000e-01
  %fmul142 = fmul double %fsub141, %i2f134
  %fdiv144 = fdiv double %fmul142, %fsub143
  %sel145 = select i1 %cmp140, double %fdiv144, double 0.000000e+00
  %sel146 = select i1 %cmp140, double %fsub139, double 0.000000e+00
  %fdiv147 = fdiv double %i2f134, %scale2
  %sel149 = select i1 %cmp33, double %sel146, double %fsub139
  %sel151 = select i1 %cmp35, double %sel145, double %sel149
  %sel153 = select i1 %cmp37, double %fdiv147, double %sel151
  %call154 = tail call double @llvm.maxnum.f64(double %sel153, double 0.000000e+00)
  %call155 = tail call double @llvm.minnum.f64(double %call154, double %i2f133)
  %call156 = tail call double @llvm.floor.f64(double %call155)
  %fsub157 = fsub double %call155, %call156
  %trunc158 = fptrunc double %fsub157 to float
  %fadd159 = fadd double %call156, 1.000000e+00
  %call160 = tail call double @llvm.minnum.f64(double %fadd159, double %i2f133)
  %call161 = tail call double @llvm.trunc.f64(double %sel153)
  %fsub162 = fsub double %sel153, %call161
  %fcmp163 = fcmp oeq double %fsub162, 5.000000e-01
  %call164 = tail call double @llvm.floor.f64(double %sel153)
  %call165 = tail call double @llvm.round.f64(double %sel153)
  %sel166 = select i1 %fcmp163, double %call164, double %call165
  %fadd168 = fadd double %sel153, 5.000000e-01
  %call169 = tail call double @llvm.floor.f64(double %fadd168)
  %sel170 = select i1 %cmp50, double %call169, double %sel166
  %sel173 = select i1 %cmp54, double %call164, double %sel170
  %call175 = tail call double @llvm.ceil.f64(double %sel153)
  %sel176 = select i1 %cmp57, double %call175, double %sel173
  %call179 = tail call double @llvm.maxnum.f64(double %sel176, double 0.000000e+00)
  %call180 = tail call double @llvm.minnum.f64(double %call179, double %i2f133)
  %sel182.v = select i1 %cmp60, double %call156, double %call180
  %sel182 = fptosi double %sel182.v to i64
  %sel183 = select i1 %active13, i64 %sel182, i64 %rem.decomposed
  %fsub185 = fsub float 1.000000e+00, %trunc158
  %sel186 = select i1 %lin184, float %fsub185, float 1.000000e+00
  %idx188 = fptosi double %call160 to i64
  %mul218 = mul i64 %sel65, %in1
  %mul218.2 = mul i64 %sel65, %in1
  %mul218.3 = mul i64 %sel65, %in1
  br label %body191

done:                                             ; preds = %done192, %entry
  ret void

body191:                                          ; preds = %body, %done201
  %i193243 = phi i64 [ 0, %body ], [ %next234, %done201 ]
  %var.0242 = phi float [ 0.000000e+00, %body ], [ %fadd233, %done201 ]
  %cmp195 = icmp eq i64 %i193243, 1
  %sel196 = select i1 %cmp195, i64 %idx188, i64 %sel183
  br label %body200

done192:                                          ; preds = %done201
  %p236 = getelementptr inbounds float, float addrspace(1)* %y, i64 %i245
  store float %fadd233, float addrspace(1)* %p236, align 4
  %next237 = add i64 %i245, %mul7
  %go = icmp slt i64 %next237, %len
  br i1 %go, label %body, label %done

body200:                                          ; preds = %body191, %done210
  %i202241 = phi i64 [ 0, %body191 ], [ %next229, %done210 ]
  %var198.0240 = phi float [ 0.000000e+00, %body191 ], [ %fadd228, %done210 ]
  %cmp204 = icmp eq i64 %i202241, 1
  %sel205 = select i1 %cmp204, i64 %idx128, i64 %sel123
  br i1 %1, label %body209.epil.preheader, label %body200.new

body200.new:                                      ; preds = %body200
  %add219 = add i64 %mul218, %sel205
  %mul220 = mul i64 %add219, %in2
  %add221 = add i64 %mul220, %sel196
  %p222 = getelementptr inbounds float, float addrspace(1)* %p, i64 %add221
  %v = load float, float addrspace(1)* %p222, align 4
  %fmul223 = fmul float %sel67, %v
  %add219.2 = add i64 %mul218.2, %sel205
  %mul220.2 = mul i64 %add219.2, %in2
  %add221.2 = add i64 %mul220.2, %sel196
  %p222.2 = getelementptr inbounds float, float addrspace(1)* %p, i64 %add221.2
  %v.2 = load float, float addrspace(1)* %p222.2, align 4
  %fmul223.2 = fmul float %sel67, %v.2
  %add219.3 = add i64 %mul218.3, %sel205
  %mul220.3 = mul i64 %add219.3, %in2
  %add221.3 = add i64 %mul220.3, %sel196
  %p222.3 = getelementptr inbounds float, float addrspace(1)* %p, i64 %add221.3
  %v.3 = load float, float addrspace(1)* %p222.3, align 4
  %fmul223.3 = fmul float %sel67, %v.3
  br label %body209

done201:                                          ; preds = %done210
  %sel197 = select i1 %cmp195, float %trunc158, float %sel186
  %fmul232 = fmul float %sel197, %fadd228
  %fadd233 = fadd float %var.0242, %fmul232
  %next234 = add nuw nsw i64 %i193243, 1
  %exitcond248.not = icmp eq i64 %next234, %sel189
  br i1 %exitcond248.not, label %done192, label %body191

body209:                                          ; preds = %body209, %body200.new
  %i211239 = phi i64 [ 0, %body200.new ], [ %next.3, %body209 ]
  %var207.0238 = phi float [ 0.000000e+00, %body200.new ], [ %fadd224.3, %body209 ]
  %niter = phi i64 [ 0, %body200.new ], [ %niter.next.3, %body209 ]
  %fadd224 = fadd float %var207.0238, %fmul223
  %cmp213.1 = icmp eq i64 %i211239, 0
  %sel214.1 = select i1 %cmp213.1, i64 %idx68, i64 %sel65
  %sel215.1 = select i1 %cmp213.1, float %trunc, float %sel67
  %mul218.1 = mul i64 %sel214.1, %in1
  %add219.1 = add i64 %mul218.1, %sel205
  %mul220.1 = mul i64 %add219.1, %in2
  %add221.1 = add i64 %mul220.1, %sel196
  %p222.1 = getelementptr inbounds float, float addrspace(1)* %p, i64 %add221.1
  %v.1 = load float, float addrspace(1)* %p222.1, align 4
  %fmul223.1 = fmul float %sel215.1, %v.1
  %fadd224.1 = fadd float %fadd224, %fmul223.1
  %fadd224.2 = fadd float %fadd224.1, %fmul223.2
  %fadd224.3 = fadd float %fadd224.2, %fmul223.3
  %next.3 = add nuw nsw i64 %i211239, 4
  %niter.next.3 = add i64 %niter, 4
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, 0
  br i1 %niter.ncmp.3, label %body209.epil.preheader, label %body209

body209.epil.preheader:                           ; preds = %body200, %body209
  %fadd224.lcssa.ph = phi float [ undef, %body200 ], [ %fadd224.3, %body209 ]
  %i211239.unr = phi i64 [ 0, %body200 ], [ %next.3, %body209 ]
  %var207.0238.unr = phi float [ 0.000000e+00, %body200 ], [ %fadd224.3, %body209 ]
  br label %body209.epil

body209.epil:                                     ; preds = %body209.epil, %body209.epil.preheader
  %i211239.epil = phi i64 [ %i211239.unr, %body209.epil.preheader ], [ %next.epil, %body209.epil ]
  %var207.0238.epil = phi float [ %var207.0238.unr, %body209.epil.preheader ], [ %fadd224.epil, %body209.epil ]
  %epil.iter = phi i64 [ 0, %body209.epil.preheader ], [ %epil.iter.next, %body209.epil ]
  %cmp213.epil = icmp eq i64 %i211239.epil, 1
  %sel214.epil = select i1 %cmp213.epil, i64 %idx68, i64 %sel65
  %sel215.epil = select i1 %cmp213.epil, float %trunc, float %sel67
  %mul218.epil = mul i64 %sel214.epil, %in1
  %add219.epil = add i64 %mul218.epil, %sel205
  %mul220.epil = mul i64 %add219.epil, %in2
  %add221.epil = add i64 %mul220.epil, %sel196
  %p222.epil = getelementptr inbounds float, float addrspace(1)* %p, i64 %add221.epil
  %v.epil = load float, float addrspace(1)* %p222.epil, align 4
  %fmul223.epil = fmul float %sel215.epil, %v.epil
  %fadd224.epil = fadd float %var207.0238.epil, %fmul223.epil
  %next.epil = add nuw nsw i64 %i211239.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %sel69
  br i1 %epil.iter.cmp.not, label %done210, label %body209.epil, !llvm.loop !1

done210:                                          ; preds = %body209.epil
  %sel206 = select i1 %cmp204, float %trunc98, float %sel126
  %fmul227 = fmul float %sel206, %fadd224.epil
  %fadd228 = fadd float %var198.0240, %fmul227
  %next229 = add nuw nsw i64 %i202241, 1
  %exitcond246.not = icmp eq i64 %next229, %sel129
  br i1 %exitcond246.not, label %done201, label %body200
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

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.round.f64(double) #2

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.ceil.f64(double) #2

attributes #0 = { nofree nosync nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable }
attributes #2 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }

!nvvm.annotations = !{!0}

!0 = !{void (float addrspace(1)*, i64, i64, i64, i64, i64, i64, i64, double, double, double, i64, i64, i64, float addrspace(1)*)* @syncbn_resize, !"kernel", i32 1}
!1 = distinct !{!1, !2}
!2 = !{!"llvm.loop.unroll.disable"}
