; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree nounwind
define void @syncbn_bn_normalize_res_clip(float* noalias nocapture readonly %x, float* noalias nocapture readonly %norm_params, float* noalias nocapture readonly %residual, i64 %n, i64 %c, i64 %s, float %lo, float %hi, float* noalias %y) local_unnamed_addr #0 {
entry:
  %y173 = ptrtoint float* %y to i64
  %mul = shl i64 %n, 2
  %mul1 = mul i64 %mul, %c
  %mul2 = mul i64 %mul1, %s
  %cmp = icmp sgt i64 %mul2, 16777215
  %go165 = icmp sgt i64 %n, 0
  br i1 %cmp, label %loop.preheader, label %loop94.preheader

loop94.preheader:                                 ; preds = %entry
  br i1 %go165, label %loop99.preheader.lr.ph, label %join

loop99.preheader.lr.ph:                           ; preds = %loop94.preheader
  %go103147 = icmp sgt i64 %c, 0
  %mul112 = mul i64 %c, 3
  %mul116 = shl i64 %c, 2
  %go127145 = icmp sgt i64 %s, 0
  %or.cond = select i1 %go103147, i1 %go127145, i1 false
  br i1 %or.cond, label %loop99.preheader.us.us.preheader, label %join

loop99.preheader.us.us.preheader:                 ; preds = %loop99.preheader.lr.ph
  %min.iters.check = icmp ult i64 %s, 32
  %n.vec = and i64 %s, -32
  %broadcast.splatinsert220 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat221 = shufflevector <8 x float> %broadcast.splatinsert220, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert222 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat223 = shufflevector <8 x float> %broadcast.splatinsert222, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert224 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat225 = shufflevector <8 x float> %broadcast.splatinsert224, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert226 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat227 = shufflevector <8 x float> %broadcast.splatinsert226, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert228 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat229 = shufflevector <8 x float> %broadcast.splatinsert228, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert230 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat231 = shufflevector <8 x float> %broadcast.splatinsert230, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert232 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat233 = shufflevector <8 x float> %broadcast.splatinsert232, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert234 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat235 = shufflevector <8 x float> %broadcast.splatinsert234, <8 x float> poison, <8 x i32> zeroinitializer
  %cmp.n = icmp eq i64 %n.vec, %s
  br label %loop99.preheader.us.us

loop99.preheader.us.us:                           ; preds = %loop99.preheader.us.us.preheader, %loop99.done101_crit_edge.split.us.us.us
  %i97150.us.us = phi i64 [ %next143.us.us, %loop99.done101_crit_edge.split.us.us.us ], [ 0, %loop99.preheader.us.us.preheader ]
  %mul120.us.us = mul i64 %i97150.us.us, %c
  br label %body100.us.us.us

body100.us.us.us:                                 ; preds = %loop123.done125_crit_edge.us.us.us, %loop99.preheader.us.us
  %i102148.us.us.us = phi i64 [ 0, %loop99.preheader.us.us ], [ %next142.us.us.us, %loop123.done125_crit_edge.us.us.us ]
  %p106.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %i102148.us.us.us
  %v107.us.us.us = load float, float* %p106.us.us.us, align 4
  %add109.us.us.us = add i64 %i102148.us.us.us, %c
  %p110.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add109.us.us.us
  %v111.us.us.us = load float, float* %p110.us.us.us, align 4
  %add113.us.us.us = add i64 %i102148.us.us.us, %mul112
  %p114.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add113.us.us.us
  %v115.us.us.us = load float, float* %p114.us.us.us, align 4
  %add117.us.us.us = add i64 %i102148.us.us.us, %mul116
  %p118.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add117.us.us.us
  %v119.us.us.us = load float, float* %p118.us.us.us, align 4
  %add121.us.us.us = add i64 %i102148.us.us.us, %mul120.us.us
  %mul122.us.us.us = mul i64 %add121.us.us.us, %s
  br i1 %min.iters.check, label %body124.us.us.us.preheader, label %vector.ph

vector.ph:                                        ; preds = %body100.us.us.us
  %broadcast.splatinsert = insertelement <8 x float> poison, float %v107.us.us.us, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert190 = insertelement <8 x float> poison, float %v107.us.us.us, i64 0
  %broadcast.splat191 = shufflevector <8 x float> %broadcast.splatinsert190, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert192 = insertelement <8 x float> poison, float %v107.us.us.us, i64 0
  %broadcast.splat193 = shufflevector <8 x float> %broadcast.splatinsert192, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert194 = insertelement <8 x float> poison, float %v107.us.us.us, i64 0
  %broadcast.splat195 = shufflevector <8 x float> %broadcast.splatinsert194, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert196 = insertelement <8 x float> poison, float %v111.us.us.us, i64 0
  %broadcast.splat197 = shufflevector <8 x float> %broadcast.splatinsert196, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert198 = insertelement <8 x float> poison, float %v111.us.us.us, i64 0
  %broadcast.splat199 = shufflevector <8 x float> %broadcast.splatinsert198, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert200 = insertelement <8 x float> poison, float %v111.us.us.us, i64 0
  %broadcast.splat201 = shufflevector <8 x float> %broadcast.splatinsert200, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert202 = insertelement <8 x float> poison, float %v111.us.us.us, i64 0
  %broadcast.splat203 = shufflevector <8 x float> %broadcast.splatinsert202, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert204 = insertelement <8 x float> poison, float %v115.us.us.us, i64 0
  %broadcast.splat205 = shufflevector <8 x float> %broadcast.splatinsert204, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert206 = insertelement <8 x float> poison, float %v115.us.us.us, i64 0
  %broadcast.splat207 = shufflevector <8 x float> %broadcast.splatinsert206, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert208 = insertelement <8 x float> poison, float %v115.us.us.us, i64 0
  %broadcast.splat209 = shufflevector <8 x float> %broadcast.splatinsert208, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert210 = insertelement <8 x float> poison, float %v115.us.us.us, i64 0
  %broadcast.splat211 = shufflevector <8 x float> %broadcast.splatinsert210, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert212 = insertelement <8 x float> poison, float %v119.us.us.us, i64 0
  %broadcast.splat213 = shufflevector <8 x float> %broadcast.splatinsert212, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert214 = insertelement <8 x float> poison, float %v119.us.us.us, i64 0
  %broadcast.splat215 = shufflevector <8 x float> %broadcast.splatinsert214, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert216 = insertelement <8 x float> poison, float %v119.us.us.us, i64 0
  %broadcast.splat217 = shufflevector <8 x float> %broadcast.splatinsert216, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert218 = insertelement <8 x float> poison, float %v119.us.us.us, i64 0
  %broadcast.splat219 = shufflevector <8 x float> %broadcast.splatinsert218, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %0 = add i64 %index, %mul122.us.us.us
  %1 = getelementptr inbounds float, float* %x, i64 %0
  %2 = bitcast float* %1 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %2, align 4
  %3 = getelementptr inbounds float, float* %1, i64 8
  %4 = bitcast float* %3 to <8 x float>*
  %wide.load183 = load <8 x float>, <8 x float>* %4, align 4
  %5 = getelementptr inbounds float, float* %1, i64 16
  %6 = bitcast float* %5 to <8 x float>*
  %wide.load184 = load <8 x float>, <8 x float>* %6, align 4
  %7 = getelementptr inbounds float, float* %1, i64 24
  %8 = bitcast float* %7 to <8 x float>*
  %wide.load185 = load <8 x float>, <8 x float>* %8, align 4
  %9 = getelementptr inbounds float, float* %residual, i64 %0
  %10 = bitcast float* %9 to <8 x float>*
  %wide.load186 = load <8 x float>, <8 x float>* %10, align 4
  %11 = getelementptr inbounds float, float* %9, i64 8
  %12 = bitcast float* %11 to <8 x float>*
  %wide.load187 = load <8 x float>, <8 x float>* %12, align 4
  %13 = getelementptr inbounds float, float* %9, i64 16
  %14 = bitcast float* %13 to <8 x float>*
  %wide.load188 = load <8 x float>, <8 x float>* %14, align 4
  %15 = getelementptr inbounds float, float* %9, i64 24
  %16 = bitcast float* %15 to <8 x float>*
  %wide.load189 = load <8 x float>, <8 x float>* %16, align 4
  %17 = fsub <8 x float> %wide.load, %broadcast.splat
  %18 = fsub <8 x float> %wide.load183, %broadcast.splat191
  %19 = fsub <8 x float> %wide.load184, %broadcast.splat193
  %20 = fsub <8 x float> %wide.load185, %broadcast.splat195
  %21 = fsub <8 x float> %17, %broadcast.splat197
  %22 = fsub <8 x float> %18, %broadcast.splat199
  %23 = fsub <8 x float> %19, %broadcast.splat201
  %24 = fsub <8 x float> %20, %broadcast.splat203
  %25 = fmul <8 x float> %broadcast.splat205, %21
  %26 = fmul <8 x float> %broadcast.splat207, %22
  %27 = fmul <8 x float> %broadcast.splat209, %23
  %28 = fmul <8 x float> %broadcast.splat211, %24
  %29 = fadd <8 x float> %broadcast.splat213, %25
  %30 = fadd <8 x float> %broadcast.splat215, %26
  %31 = fadd <8 x float> %broadcast.splat217, %27
  %32 = fadd <8 x float> %broadcast.splat219, %28
  %33 = fadd <8 x float> %wide.load186, %29
  %34 = fadd <8 x float> %wide.load187, %30
  %35 = fadd <8 x float> %wide.load188, %31
  %36 = fadd <8 x float> %wide.load189, %32
  %37 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %33, <8 x float> %broadcast.splat221)
  %38 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %34, <8 x float> %broadcast.splat223)
  %39 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %35, <8 x float> %broadcast.splat225)
  %40 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %36, <8 x float> %broadcast.splat227)
  %41 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %37, <8 x float> %broadcast.splat229)
  %42 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %38, <8 x float> %broadcast.splat231)
  %43 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %39, <8 x float> %broadcast.splat233)
  %44 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %40, <8 x float> %broadcast.splat235)
  %45 = getelementptr inbounds float, float* %y, i64 %0
  %46 = bitcast float* %45 to <8 x float>*
  store <8 x float> %41, <8 x float>* %46, align 4
  %47 = getelementptr inbounds float, float* %45, i64 8
  %48 = bitcast float* %47 to <8 x float>*
  store <8 x float> %42, <8 x float>* %48, align 4
  %49 = getelementptr inbounds float, float* %45, i64 16
  %50 = bitcast float* %49 to <8 x float>*
  store <8 x float> %43, <8 x float>* %50, align 4
  %51 = getelementptr inbounds float, float* %45, i64 24
  %52 = bitcast float* %51 to <8 x float>*
  store <8 x float> %44, <8 x float>* %52, align 4
  %index.next = add nuw i64 %index, 32
  %53 = icmp eq i64 %index.next, %n.vec
  br i1 %53, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  br i1 %cmp.n, label %loop123.done125_crit_edge.us.us.us, label %body124.us.us.us.preheader

body124.us.us.us.preheader:                       ; preds = %body100.us.us.us, %middle.block
  %i126146.us.us.us.ph = phi i64 [ 0, %body100.us.us.us ], [ %n.vec, %middle.block ]
  br label %body124.us.us.us

body124.us.us.us:                                 ; preds = %body124.us.us.us.preheader, %body124.us.us.us
  %i126146.us.us.us = phi i64 [ %next141.us.us.us, %body124.us.us.us ], [ %i126146.us.us.us.ph, %body124.us.us.us.preheader ]
  %add128.us.us.us = add i64 %i126146.us.us.us, %mul122.us.us.us
  %p129.us.us.us = getelementptr inbounds float, float* %x, i64 %add128.us.us.us
  %v130.us.us.us = load float, float* %p129.us.us.us, align 4
  %p131.us.us.us = getelementptr inbounds float, float* %residual, i64 %add128.us.us.us
  %v132.us.us.us = load float, float* %p131.us.us.us, align 4
  %fsub133.us.us.us = fsub float %v130.us.us.us, %v107.us.us.us
  %fsub134.us.us.us = fsub float %fsub133.us.us.us, %v111.us.us.us
  %fmul135.us.us.us = fmul float %v115.us.us.us, %fsub134.us.us.us
  %fadd136.us.us.us = fadd float %v119.us.us.us, %fmul135.us.us.us
  %fadd137.us.us.us = fadd float %v132.us.us.us, %fadd136.us.us.us
  %call138.us.us.us = tail call float @llvm.maxnum.f32(float %fadd137.us.us.us, float %lo)
  %call139.us.us.us = tail call float @llvm.minnum.f32(float %call138.us.us.us, float %hi)
  %p140.us.us.us = getelementptr inbounds float, float* %y, i64 %add128.us.us.us
  store float %call139.us.us.us, float* %p140.us.us.us, align 4
  %next141.us.us.us = add nuw nsw i64 %i126146.us.us.us, 1
  %exitcond.not = icmp eq i64 %next141.us.us.us, %s
  br i1 %exitcond.not, label %loop123.done125_crit_edge.us.us.us, label %body124.us.us.us, !llvm.loop !2

loop123.done125_crit_edge.us.us.us:               ; preds = %body124.us.us.us, %middle.block
  %next142.us.us.us = add nuw nsw i64 %i102148.us.us.us, 1
  %exitcond171.not = icmp eq i64 %next142.us.us.us, %c
  br i1 %exitcond171.not, label %loop99.done101_crit_edge.split.us.us.us, label %body100.us.us.us

loop99.done101_crit_edge.split.us.us.us:          ; preds = %loop123.done125_crit_edge.us.us.us
  %next143.us.us = add nuw nsw i64 %i97150.us.us, 1
  %exitcond172.not = icmp eq i64 %next143.us.us, %n
  br i1 %exitcond172.not, label %join, label %loop99.preheader.us.us

loop.preheader:                                   ; preds = %entry
  br i1 %go165, label %loop3.preheader.lr.ph, label %join

loop3.preheader.lr.ph:                            ; preds = %loop.preheader
  %go7163 = icmp sgt i64 %c, 0
  %mul13 = mul i64 %c, 3
  %mul17 = shl i64 %c, 2
  %one30 = insertelement <8 x float> undef, float %lo, i64 0
  %splat31 = shufflevector <8 x float> %one30, <8 x float> undef, <8 x i32> zeroinitializer
  %one32 = insertelement <8 x float> undef, float %hi, i64 0
  %splat33 = shufflevector <8 x float> %one32, <8 x float> undef, <8 x i32> zeroinitializer
  br i1 %go7163, label %loop3.preheader.us.preheader, label %join

loop3.preheader.us.preheader:                     ; preds = %loop3.preheader.lr.ph
  %54 = mul i64 %s, %c
  %55 = mul i64 %54, -4
  %56 = mul i64 %s, -4
  %broadcast.splatinsert325 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat326 = shufflevector <8 x float> %broadcast.splatinsert325, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert327 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat328 = shufflevector <8 x float> %broadcast.splatinsert327, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert286 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat287 = shufflevector <8 x float> %broadcast.splatinsert286, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert288 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat289 = shufflevector <8 x float> %broadcast.splatinsert288, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert290 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat291 = shufflevector <8 x float> %broadcast.splatinsert290, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert292 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat293 = shufflevector <8 x float> %broadcast.splatinsert292, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert294 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat295 = shufflevector <8 x float> %broadcast.splatinsert294, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert296 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat297 = shufflevector <8 x float> %broadcast.splatinsert296, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert298 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat299 = shufflevector <8 x float> %broadcast.splatinsert298, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert300 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat301 = shufflevector <8 x float> %broadcast.splatinsert300, <8 x float> poison, <8 x i32> zeroinitializer
  br label %loop3.preheader.us

loop3.preheader.us:                               ; preds = %loop3.preheader.us.preheader, %loop3.done5_crit_edge.us
  %i166.us = phi i64 [ 0, %loop3.preheader.us.preheader ], [ %next93.us, %loop3.done5_crit_edge.us ]
  %57 = mul i64 %55, %i166.us
  %58 = sub i64 %57, %y173
  %mul21.us = mul i64 %i166.us, %c
  br label %body4.us

body4.us:                                         ; preds = %loop3.preheader.us, %done75.us
  %i6164.us = phi i64 [ 0, %loop3.preheader.us ], [ %next92.us, %done75.us ]
  %59 = mul i64 %56, %i6164.us
  %60 = add i64 %58, %59
  %61 = lshr i64 %60, 2
  %62 = and i64 %61, 7
  %umin303 = call i64 @llvm.umin.i64(i64 %s, i64 %62)
  %p.us = getelementptr inbounds float, float* %norm_params, i64 %i6164.us
  %v.us = load float, float* %p.us, align 4
  %add10.us = add i64 %i6164.us, %c
  %p11.us = getelementptr inbounds float, float* %norm_params, i64 %add10.us
  %v12.us = load float, float* %p11.us, align 4
  %add14.us = add i64 %i6164.us, %mul13
  %p15.us = getelementptr inbounds float, float* %norm_params, i64 %add14.us
  %v16.us = load float, float* %p15.us, align 4
  %add18.us = add i64 %i6164.us, %mul17
  %p19.us = getelementptr inbounds float, float* %norm_params, i64 %add18.us
  %v20.us = load float, float* %p19.us, align 4
  %add22.us = add i64 %i6164.us, %mul21.us
  %mul23.us = mul i64 %add22.us, %s
  %one.us = insertelement <8 x float> undef, float %v.us, i64 0
  %splat.us = shufflevector <8 x float> %one.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one24.us = insertelement <8 x float> undef, float %v12.us, i64 0
  %splat25.us = shufflevector <8 x float> %one24.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one26.us = insertelement <8 x float> undef, float %v16.us, i64 0
  %splat27.us = shufflevector <8 x float> %one26.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one28.us = insertelement <8 x float> undef, float %v20.us, i64 0
  %splat29.us = shufflevector <8 x float> %one28.us, <8 x float> undef, <8 x i32> zeroinitializer
  %p34.us = getelementptr inbounds float, float* %y, i64 %mul23.us
  %addr.us = ptrtoint float* %p34.us to i64
  %sub.us = sub i64 0, %addr.us
  %mis.us = lshr i64 %sub.us, 2
  %head.us = and i64 %mis.us, 7
  %cmp35.us = icmp ult i64 %head.us, %s
  %sel.us = select i1 %cmp35.us, i64 %head.us, i64 %s
  %go40157.us.not = icmp eq i64 %sel.us, 0
  br i1 %go40157.us.not, label %done38.us, label %vector.ph307

vector.ph307:                                     ; preds = %body4.us
  %n.rnd.up = add nuw nsw i64 %umin303, 7
  %n.vec309 = and i64 %n.rnd.up, 8
  %trip.count.minus.1 = add nsw i64 %umin303, -1
  %broadcast.splatinsert311 = insertelement <8 x i64> poison, i64 %trip.count.minus.1, i64 0
  %broadcast.splat312 = shufflevector <8 x i64> %broadcast.splatinsert311, <8 x i64> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert317 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat318 = shufflevector <8 x float> %broadcast.splatinsert317, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert319 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat320 = shufflevector <8 x float> %broadcast.splatinsert319, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert321 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat322 = shufflevector <8 x float> %broadcast.splatinsert321, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert323 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat324 = shufflevector <8 x float> %broadcast.splatinsert323, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body306

vector.body306:                                   ; preds = %vector.body306, %vector.ph307
  %index313 = phi i64 [ 0, %vector.ph307 ], [ %index.next329, %vector.body306 ]
  %broadcast.splatinsert314 = insertelement <8 x i64> poison, i64 %index313, i64 0
  %broadcast.splat315 = shufflevector <8 x i64> %broadcast.splatinsert314, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv = or <8 x i64> %broadcast.splat315, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %63 = icmp ule <8 x i64> %vec.iv, %broadcast.splat312
  %64 = add i64 %index313, %mul23.us
  %65 = getelementptr inbounds float, float* %x, i64 %64
  %66 = bitcast float* %65 to <8 x float>*
  %wide.masked.load = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %66, i32 4, <8 x i1> %63, <8 x float> poison)
  %67 = getelementptr inbounds float, float* %residual, i64 %64
  %68 = bitcast float* %67 to <8 x float>*
  %wide.masked.load316 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %68, i32 4, <8 x i1> %63, <8 x float> poison)
  %69 = fsub <8 x float> %wide.masked.load, %broadcast.splat318
  %70 = fsub <8 x float> %69, %broadcast.splat320
  %71 = fmul <8 x float> %broadcast.splat322, %70
  %72 = fadd <8 x float> %broadcast.splat324, %71
  %73 = fadd <8 x float> %wide.masked.load316, %72
  %74 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %73, <8 x float> %broadcast.splat326)
  %75 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %74, <8 x float> %broadcast.splat328)
  %76 = getelementptr inbounds float, float* %y, i64 %64
  %77 = bitcast float* %76 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %75, <8 x float>* %77, i32 4, <8 x i1> %63)
  %index.next329 = add i64 %index313, 8
  %78 = icmp eq i64 %index.next329, %n.vec309
  br i1 %78, label %done38.us, label %vector.body306, !llvm.loop !4

done38.us:                                        ; preds = %vector.body306, %body4.us
  %sub50.us = sub i64 %s, %sel.us
  %body51.us = and i64 %sub50.us, -8
  %add52.us = or i64 %body51.us, %sel.us
  %go57159.us = icmp slt i64 %sel.us, %add52.us
  br i1 %go57159.us, label %body54.us, label %loop73.preheader.us

done75.us:                                        ; preds = %body74.us, %middle.block236, %loop73.preheader.us
  %next92.us = add nuw nsw i64 %i6164.us, 1
  %exitcond178.not = icmp eq i64 %next92.us, %c
  br i1 %exitcond178.not, label %loop3.done5_crit_edge.us, label %body4.us

body74.us:                                        ; preds = %body74.us.preheader330, %body74.us
  %i76162.us = phi i64 [ %next91.us, %body74.us ], [ %i76162.us.ph, %body74.us.preheader330 ]
  %add78.us = add i64 %i76162.us, %mul23.us
  %p79.us = getelementptr inbounds float, float* %x, i64 %add78.us
  %v80.us = load float, float* %p79.us, align 4
  %p81.us = getelementptr inbounds float, float* %residual, i64 %add78.us
  %v82.us = load float, float* %p81.us, align 4
  %fsub83.us = fsub float %v80.us, %v.us
  %fsub84.us = fsub float %fsub83.us, %v12.us
  %fmul85.us = fmul float %v16.us, %fsub84.us
  %fadd86.us = fadd float %v20.us, %fmul85.us
  %fadd87.us = fadd float %v82.us, %fadd86.us
  %call88.us = tail call float @llvm.maxnum.f32(float %fadd87.us, float %lo)
  %call89.us = tail call float @llvm.minnum.f32(float %call88.us, float %hi)
  %p90.us = getelementptr inbounds float, float* %y, i64 %add78.us
  store float %call89.us, float* %p90.us, align 4
  %next91.us = add nsw i64 %i76162.us, 1
  %exitcond177.not = icmp eq i64 %next91.us, %s
  br i1 %exitcond177.not, label %done75.us, label %body74.us, !llvm.loop !5

body54.us:                                        ; preds = %done38.us, %body54.us
  %i56160.us = phi i64 [ %next72.us, %body54.us ], [ %sel.us, %done38.us ]
  %add58.us = add i64 %i56160.us, %mul23.us
  %p59.us = getelementptr inbounds float, float* %x, i64 %add58.us
  %vp.us = bitcast float* %p59.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %p60.us = getelementptr inbounds float, float* %residual, i64 %add58.us
  %vp61.us = bitcast float* %p60.us to <8 x float>*
  %vec62.us = load <8 x float>, <8 x float>* %vp61.us, align 4
  %fsub63.us = fsub <8 x float> %vec.us, %splat.us
  %fsub64.us = fsub <8 x float> %fsub63.us, %splat25.us
  %fmul65.us = fmul <8 x float> %splat27.us, %fsub64.us
  %fadd66.us = fadd <8 x float> %splat29.us, %fmul65.us
  %fadd67.us = fadd <8 x float> %vec62.us, %fadd66.us
  %call68.us = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %fadd67.us, <8 x float> %splat31)
  %call69.us = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %call68.us, <8 x float> %splat33)
  %p70.us = getelementptr inbounds float, float* %y, i64 %add58.us
  %vp71.us = bitcast float* %p70.us to <8 x float>*
  store <8 x float> %call69.us, <8 x float>* %vp71.us, align 32, !nontemporal !6
  %next72.us = add i64 %i56160.us, 8
  %go57.us = icmp slt i64 %next72.us, %add52.us
  br i1 %go57.us, label %body54.us, label %loop73.preheader.us

loop73.preheader.us:                              ; preds = %body54.us, %done38.us
  %go77161.us = icmp slt i64 %add52.us, %s
  br i1 %go77161.us, label %body74.us.preheader, label %done75.us

body74.us.preheader:                              ; preds = %loop73.preheader.us
  %79 = sub i64 %s, %add52.us
  %min.iters.check239 = icmp ult i64 %79, 32
  br i1 %min.iters.check239, label %body74.us.preheader330, label %vector.ph240

vector.ph240:                                     ; preds = %body74.us.preheader
  %n.vec242 = and i64 %79, -32
  %ind.end = add i64 %add52.us, %n.vec242
  %broadcast.splatinsert254 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat255 = shufflevector <8 x float> %broadcast.splatinsert254, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert256 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat257 = shufflevector <8 x float> %broadcast.splatinsert256, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert258 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat259 = shufflevector <8 x float> %broadcast.splatinsert258, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert260 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat261 = shufflevector <8 x float> %broadcast.splatinsert260, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert262 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat263 = shufflevector <8 x float> %broadcast.splatinsert262, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert264 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat265 = shufflevector <8 x float> %broadcast.splatinsert264, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert266 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat267 = shufflevector <8 x float> %broadcast.splatinsert266, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert268 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat269 = shufflevector <8 x float> %broadcast.splatinsert268, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert270 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat271 = shufflevector <8 x float> %broadcast.splatinsert270, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert272 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat273 = shufflevector <8 x float> %broadcast.splatinsert272, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert274 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat275 = shufflevector <8 x float> %broadcast.splatinsert274, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert276 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat277 = shufflevector <8 x float> %broadcast.splatinsert276, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert278 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat279 = shufflevector <8 x float> %broadcast.splatinsert278, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert280 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat281 = shufflevector <8 x float> %broadcast.splatinsert280, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert282 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat283 = shufflevector <8 x float> %broadcast.splatinsert282, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert284 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat285 = shufflevector <8 x float> %broadcast.splatinsert284, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body238

vector.body238:                                   ; preds = %vector.body238, %vector.ph240
  %index245 = phi i64 [ 0, %vector.ph240 ], [ %index.next302, %vector.body238 ]
  %offset.idx = add i64 %add52.us, %index245
  %80 = add i64 %offset.idx, %mul23.us
  %81 = getelementptr inbounds float, float* %x, i64 %80
  %82 = bitcast float* %81 to <8 x float>*
  %wide.load246 = load <8 x float>, <8 x float>* %82, align 4
  %83 = getelementptr inbounds float, float* %81, i64 8
  %84 = bitcast float* %83 to <8 x float>*
  %wide.load247 = load <8 x float>, <8 x float>* %84, align 4
  %85 = getelementptr inbounds float, float* %81, i64 16
  %86 = bitcast float* %85 to <8 x float>*
  %wide.load248 = load <8 x float>, <8 x float>* %86, align 4
  %87 = getelementptr inbounds float, float* %81, i64 24
  %88 = bitcast float* %87 to <8 x float>*
  %wide.load249 = load <8 x float>, <8 x float>* %88, align 4
  %89 = getelementptr inbounds float, float* %residual, i64 %80
  %90 = bitcast float* %89 to <8 x float>*
  %wide.load250 = load <8 x float>, <8 x float>* %90, align 4
  %91 = getelementptr inbounds float, float* %89, i64 8
  %92 = bitcast float* %91 to <8 x float>*
  %wide.load251 = load <8 x float>, <8 x float>* %92, align 4
  %93 = getelementptr inbounds float, float* %89, i64 16
  %94 = bitcast float* %93 to <8 x float>*
  %wide.load252 = load <8 x float>, <8 x float>* %94, align 4
  %95 = getelementptr inbounds float, float* %89, i64 24
  %96 = bitcast float* %95 to <8 x float>*
  %wide.load253 = load <8 x float>, <8 x float>* %96, align 4
  %97 = fsub <8 x float> %wide.load246, %broadcast.splat255
  %98 = fsub <8 x float> %wide.load247, %broadcast.splat257
  %99 = fsub <8 x float> %wide.load248, %broadcast.splat259
  %100 = fsub <8 x float> %wide.load249, %broadcast.splat261
  %101 = fsub <8 x float> %97, %broadcast.splat263
  %102 = fsub <8 x float> %98, %broadcast.splat265
  %103 = fsub <8 x float> %99, %broadcast.splat267
  %104 = fsub <8 x float> %100, %broadcast.splat269
  %105 = fmul <8 x float> %broadcast.splat271, %101
  %106 = fmul <8 x float> %broadcast.splat273, %102
  %107 = fmul <8 x float> %broadcast.splat275, %103
  %108 = fmul <8 x float> %broadcast.splat277, %104
  %109 = fadd <8 x float> %broadcast.splat279, %105
  %110 = fadd <8 x float> %broadcast.splat281, %106
  %111 = fadd <8 x float> %broadcast.splat283, %107
  %112 = fadd <8 x float> %broadcast.splat285, %108
  %113 = fadd <8 x float> %wide.load250, %109
  %114 = fadd <8 x float> %wide.load251, %110
  %115 = fadd <8 x float> %wide.load252, %111
  %116 = fadd <8 x float> %wide.load253, %112
  %117 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %113, <8 x float> %broadcast.splat287)
  %118 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %114, <8 x float> %broadcast.splat289)
  %119 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %115, <8 x float> %broadcast.splat291)
  %120 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %116, <8 x float> %broadcast.splat293)
  %121 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %117, <8 x float> %broadcast.splat295)
  %122 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %118, <8 x float> %broadcast.splat297)
  %123 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %119, <8 x float> %broadcast.splat299)
  %124 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %120, <8 x float> %broadcast.splat301)
  %125 = getelementptr inbounds float, float* %y, i64 %80
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %121, <8 x float>* %126, align 4
  %127 = getelementptr inbounds float, float* %125, i64 8
  %128 = bitcast float* %127 to <8 x float>*
  store <8 x float> %122, <8 x float>* %128, align 4
  %129 = getelementptr inbounds float, float* %125, i64 16
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %123, <8 x float>* %130, align 4
  %131 = getelementptr inbounds float, float* %125, i64 24
  %132 = bitcast float* %131 to <8 x float>*
  store <8 x float> %124, <8 x float>* %132, align 4
  %index.next302 = add nuw i64 %index245, 32
  %133 = icmp eq i64 %index.next302, %n.vec242
  br i1 %133, label %middle.block236, label %vector.body238, !llvm.loop !7

middle.block236:                                  ; preds = %vector.body238
  %cmp.n244 = icmp eq i64 %79, %n.vec242
  br i1 %cmp.n244, label %done75.us, label %body74.us.preheader330

body74.us.preheader330:                           ; preds = %body74.us.preheader, %middle.block236
  %i76162.us.ph = phi i64 [ %add52.us, %body74.us.preheader ], [ %ind.end, %middle.block236 ]
  br label %body74.us

loop3.done5_crit_edge.us:                         ; preds = %done75.us
  %next93.us = add nuw nsw i64 %i166.us, 1
  %exitcond179.not = icmp eq i64 %next93.us, %n
  br i1 %exitcond179.not, label %join, label %loop3.preheader.us

join:                                             ; preds = %loop99.done101_crit_edge.split.us.us.us, %loop3.done5_crit_edge.us, %loop3.preheader.lr.ph, %loop99.preheader.lr.ph, %loop94.preheader, %loop.preheader
  fence seq_cst
  ret void
}

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: mustprogress nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #2

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #3

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #4

attributes #0 = { nofree nounwind "target-cpu"="x86-64-v3" "target-features" }
attributes #1 = { mustprogress nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #4 = { argmemonly nofree nosync nounwind willreturn writeonly }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.unroll.runtime.disable"}
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !3, !1}
!6 = !{i32 1}
!7 = distinct !{!7, !1}
