; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @syncbn_bn_normalize_pair(float* noalias nocapture readonly %x1, float* noalias nocapture readonly %norm_params1, float* noalias nocapture readonly %x2, float* noalias nocapture readonly %norm_params2, i64 %n, i64 %c, i64 %s, float* noalias %y) local_unnamed_addr #0 {
entry:
  %y218 = ptrtoint float* %y to i64
  %mul = shl i64 %n, 2
  %mul1 = mul i64 %mul, %c
  %mul2 = mul i64 %mul1, %s
  %cmp = icmp sgt i64 %mul2, 16777215
  %go210 = icmp sgt i64 %n, 0
  br i1 %cmp, label %loop.preheader, label %loop121.preheader

loop121.preheader:                                ; preds = %entry
  br i1 %go210, label %loop126.preheader.lr.ph, label %join

loop126.preheader.lr.ph:                          ; preds = %loop121.preheader
  %go130192 = icmp sgt i64 %c, 0
  %mul139 = mul i64 %c, 3
  %mul143 = shl i64 %c, 2
  %go170190 = icmp sgt i64 %s, 0
  %or.cond = select i1 %go130192, i1 %go170190, i1 false
  br i1 %or.cond, label %loop126.preheader.us.us.preheader, label %join

loop126.preheader.us.us.preheader:                ; preds = %loop126.preheader.lr.ph
  %min.iters.check = icmp ult i64 %s, 32
  %n.vec = and i64 %s, -32
  %cmp.n = icmp eq i64 %n.vec, %s
  br label %loop126.preheader.us.us

loop126.preheader.us.us:                          ; preds = %loop126.preheader.us.us.preheader, %loop126.done128_crit_edge.split.us.us.us
  %i124195.us.us = phi i64 [ %next188.us.us, %loop126.done128_crit_edge.split.us.us.us ], [ 0, %loop126.preheader.us.us.preheader ]
  %mul163.us.us = mul i64 %i124195.us.us, %c
  br label %body127.us.us.us

body127.us.us.us:                                 ; preds = %loop166.done168_crit_edge.us.us.us, %loop126.preheader.us.us
  %i129193.us.us.us = phi i64 [ 0, %loop126.preheader.us.us ], [ %next187.us.us.us, %loop166.done168_crit_edge.us.us.us ]
  %p133.us.us.us = getelementptr inbounds float, float* %norm_params1, i64 %i129193.us.us.us
  %v134.us.us.us = load float, float* %p133.us.us.us, align 4
  %add136.us.us.us = add i64 %i129193.us.us.us, %c
  %p137.us.us.us = getelementptr inbounds float, float* %norm_params1, i64 %add136.us.us.us
  %v138.us.us.us = load float, float* %p137.us.us.us, align 4
  %add140.us.us.us = add i64 %i129193.us.us.us, %mul139
  %p141.us.us.us = getelementptr inbounds float, float* %norm_params1, i64 %add140.us.us.us
  %v142.us.us.us = load float, float* %p141.us.us.us, align 4
  %add144.us.us.us = add i64 %i129193.us.us.us, %mul143
  %p145.us.us.us = getelementptr inbounds float, float* %norm_params1, i64 %add144.us.us.us
  %v146.us.us.us = load float, float* %p145.us.us.us, align 4
  %p149.us.us.us = getelementptr inbounds float, float* %norm_params2, i64 %i129193.us.us.us
  %v150.us.us.us = load float, float* %p149.us.us.us, align 4
  %p153.us.us.us = getelementptr inbounds float, float* %norm_params2, i64 %add136.us.us.us
  %v154.us.us.us = load float, float* %p153.us.us.us, align 4
  %p157.us.us.us = getelementptr inbounds float, float* %norm_params2, i64 %add140.us.us.us
  %v158.us.us.us = load float, float* %p157.us.us.us, align 4
  %p161.us.us.us = getelementptr inbounds float, float* %norm_params2, i64 %add144.us.us.us
  %v162.us.us.us = load float, float* %p161.us.us.us, align 4
  %add164.us.us.us = add i64 %i129193.us.us.us, %mul163.us.us
  %mul165.us.us.us = mul i64 %add164.us.us.us, %s
  br i1 %min.iters.check, label %body167.us.us.us.preheader, label %vector.ph

vector.ph:                                        ; preds = %body127.us.us.us
  %broadcast.splatinsert = insertelement <8 x float> poison, float %v134.us.us.us, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert235 = insertelement <8 x float> poison, float %v134.us.us.us, i64 0
  %broadcast.splat236 = shufflevector <8 x float> %broadcast.splatinsert235, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert237 = insertelement <8 x float> poison, float %v134.us.us.us, i64 0
  %broadcast.splat238 = shufflevector <8 x float> %broadcast.splatinsert237, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert239 = insertelement <8 x float> poison, float %v134.us.us.us, i64 0
  %broadcast.splat240 = shufflevector <8 x float> %broadcast.splatinsert239, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert241 = insertelement <8 x float> poison, float %v138.us.us.us, i64 0
  %broadcast.splat242 = shufflevector <8 x float> %broadcast.splatinsert241, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert243 = insertelement <8 x float> poison, float %v138.us.us.us, i64 0
  %broadcast.splat244 = shufflevector <8 x float> %broadcast.splatinsert243, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert245 = insertelement <8 x float> poison, float %v138.us.us.us, i64 0
  %broadcast.splat246 = shufflevector <8 x float> %broadcast.splatinsert245, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert247 = insertelement <8 x float> poison, float %v138.us.us.us, i64 0
  %broadcast.splat248 = shufflevector <8 x float> %broadcast.splatinsert247, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert249 = insertelement <8 x float> poison, float %v142.us.us.us, i64 0
  %broadcast.splat250 = shufflevector <8 x float> %broadcast.splatinsert249, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert251 = insertelement <8 x float> poison, float %v142.us.us.us, i64 0
  %broadcast.splat252 = shufflevector <8 x float> %broadcast.splatinsert251, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert253 = insertelement <8 x float> poison, float %v142.us.us.us, i64 0
  %broadcast.splat254 = shufflevector <8 x float> %broadcast.splatinsert253, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert255 = insertelement <8 x float> poison, float %v142.us.us.us, i64 0
  %broadcast.splat256 = shufflevector <8 x float> %broadcast.splatinsert255, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert257 = insertelement <8 x float> poison, float %v146.us.us.us, i64 0
  %broadcast.splat258 = shufflevector <8 x float> %broadcast.splatinsert257, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert259 = insertelement <8 x float> poison, float %v146.us.us.us, i64 0
  %broadcast.splat260 = shufflevector <8 x float> %broadcast.splatinsert259, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert261 = insertelement <8 x float> poison, float %v146.us.us.us, i64 0
  %broadcast.splat262 = shufflevector <8 x float> %broadcast.splatinsert261, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert263 = insertelement <8 x float> poison, float %v146.us.us.us, i64 0
  %broadcast.splat264 = shufflevector <8 x float> %broadcast.splatinsert263, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert265 = insertelement <8 x float> poison, float %v150.us.us.us, i64 0
  %broadcast.splat266 = shufflevector <8 x float> %broadcast.splatinsert265, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert267 = insertelement <8 x float> poison, float %v150.us.us.us, i64 0
  %broadcast.splat268 = shufflevector <8 x float> %broadcast.splatinsert267, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert269 = insertelement <8 x float> poison, float %v150.us.us.us, i64 0
  %broadcast.splat270 = shufflevector <8 x float> %broadcast.splatinsert269, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert271 = insertelement <8 x float> poison, float %v150.us.us.us, i64 0
  %broadcast.splat272 = shufflevector <8 x float> %broadcast.splatinsert271, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert273 = insertelement <8 x float> poison, float %v154.us.us.us, i64 0
  %broadcast.splat274 = shufflevector <8 x float> %broadcast.splatinsert273, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert275 = insertelement <8 x float> poison, float %v154.us.us.us, i64 0
  %broadcast.splat276 = shufflevector <8 x float> %broadcast.splatinsert275, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert277 = insertelement <8 x float> poison, float %v154.us.us.us, i64 0
  %broadcast.splat278 = shufflevector <8 x float> %broadcast.splatinsert277, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert279 = insertelement <8 x float> poison, float %v154.us.us.us, i64 0
  %broadcast.splat280 = shufflevector <8 x float> %broadcast.splatinsert279, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert281 = insertelement <8 x float> poison, float %v158.us.us.us, i64 0
  %broadcast.splat282 = shufflevector <8 x float> %broadcast.splatinsert281, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert283 = insertelement <8 x float> poison, float %v158.us.us.us, i64 0
  %broadcast.splat284 = shufflevector <8 x float> %broadcast.splatinsert283, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert285 = insertelement <8 x float> poison, float %v158.us.us.us, i64 0
  %broadcast.splat286 = shufflevector <8 x float> %broadcast.splatinsert285, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert287 = insertelement <8 x float> poison, float %v158.us.us.us, i64 0
  %broadcast.splat288 = shufflevector <8 x float> %broadcast.splatinsert287, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert289 = insertelement <8 x float> poison, float %v162.us.us.us, i64 0
  %broadcast.splat290 = shufflevector <8 x float> %broadcast.splatinsert289, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert291 = insertelement <8 x float> poison, float %v162.us.us.us, i64 0
  %broadcast.splat292 = shufflevector <8 x float> %broadcast.splatinsert291, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert293 = insertelement <8 x float> poison, float %v162.us.us.us, i64 0
  %broadcast.splat294 = shufflevector <8 x float> %broadcast.splatinsert293, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert295 = insertelement <8 x float> poison, float %v162.us.us.us, i64 0
  %broadcast.splat296 = shufflevector <8 x float> %broadcast.splatinsert295, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %0 = add i64 %index, %mul165.us.us.us
  %1 = getelementptr inbounds float, float* %x1, i64 %0
  %2 = bitcast float* %1 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %2, align 4
  %3 = getelementptr inbounds float, float* %1, i64 8
  %4 = bitcast float* %3 to <8 x float>*
  %wide.load228 = load <8 x float>, <8 x float>* %4, align 4
  %5 = getelementptr inbounds float, float* %1, i64 16
  %6 = bitcast float* %5 to <8 x float>*
  %wide.load229 = load <8 x float>, <8 x float>* %6, align 4
  %7 = getelementptr inbounds float, float* %1, i64 24
  %8 = bitcast float* %7 to <8 x float>*
  %wide.load230 = load <8 x float>, <8 x float>* %8, align 4
  %9 = getelementptr inbounds float, float* %x2, i64 %0
  %10 = bitcast float* %9 to <8 x float>*
  %wide.load231 = load <8 x float>, <8 x float>* %10, align 4
  %11 = getelementptr inbounds float, float* %9, i64 8
  %12 = bitcast float* %11 to <8 x float>*
  %wide.load232 = load <8 x float>, <8 x float>* %12, align 4
  %13 = getelementptr inbounds float, float* %9, i64 16
  %14 = bitcast float* %13 to <8 x float>*
  %wide.load233 = load <8 x float>, <8 x float>* %14, align 4
  %15 = getelementptr inbounds float, float* %9, i64 24
  %16 = bitcast float* %15 to <8 x float>*
  %wide.load234 = load <8 x float>, <8 x float>* %16, align 4
  %17 = fsub <8 x float> %wide.load, %broadcast.splat
  %18 = fsub <8 x float> %wide.load228, %broadcast.splat236
  %19 = fsub <8 x float> %wide.load229, %broadcast.splat238
  %20 = fsub <8 x float> %wide.load230, %broadcast.splat240
  %21 = fsub <8 x float> %17, %broadcast.splat242
  %22 = fsub <8 x float> %18, %broadcast.splat244
  %23 = fsub <8 x float> %19, %broadcast.splat246
  %24 = fsub <8 x float> %20, %broadcast.splat248
  %25 = fmul <8 x float> %broadcast.splat250, %21
  %26 = fmul <8 x float> %broadcast.splat252, %22
  %27 = fmul <8 x float> %broadcast.splat254, %23
  %28 = fmul <8 x float> %broadcast.splat256, %24
  %29 = fadd <8 x float> %broadcast.splat258, %25
  %30 = fadd <8 x float> %broadcast.splat260, %26
  %31 = fadd <8 x float> %broadcast.splat262, %27
  %32 = fadd <8 x float> %broadcast.splat264, %28
  %33 = fsub <8 x float> %wide.load231, %broadcast.splat266
  %34 = fsub <8 x float> %wide.load232, %broadcast.splat268
  %35 = fsub <8 x float> %wide.load233, %broadcast.splat270
  %36 = fsub <8 x float> %wide.load234, %broadcast.splat272
  %37 = fsub <8 x float> %33, %broadcast.splat274
  %38 = fsub <8 x float> %34, %broadcast.splat276
  %39 = fsub <8 x float> %35, %broadcast.splat278
  %40 = fsub <8 x float> %36, %broadcast.splat280
  %41 = fmul <8 x float> %broadcast.splat282, %37
  %42 = fmul <8 x float> %broadcast.splat284, %38
  %43 = fmul <8 x float> %broadcast.splat286, %39
  %44 = fmul <8 x float> %broadcast.splat288, %40
  %45 = fadd <8 x float> %broadcast.splat290, %41
  %46 = fadd <8 x float> %broadcast.splat292, %42
  %47 = fadd <8 x float> %broadcast.splat294, %43
  %48 = fadd <8 x float> %broadcast.splat296, %44
  %49 = fadd <8 x float> %29, %45
  %50 = fadd <8 x float> %30, %46
  %51 = fadd <8 x float> %31, %47
  %52 = fadd <8 x float> %32, %48
  %53 = getelementptr inbounds float, float* %y, i64 %0
  %54 = bitcast float* %53 to <8 x float>*
  store <8 x float> %49, <8 x float>* %54, align 4
  %55 = getelementptr inbounds float, float* %53, i64 8
  %56 = bitcast float* %55 to <8 x float>*
  store <8 x float> %50, <8 x float>* %56, align 4
  %57 = getelementptr inbounds float, float* %53, i64 16
  %58 = bitcast float* %57 to <8 x float>*
  store <8 x float> %51, <8 x float>* %58, align 4
  %59 = getelementptr inbounds float, float* %53, i64 24
  %60 = bitcast float* %59 to <8 x float>*
  store <8 x float> %52, <8 x float>* %60, align 4
  %index.next = add nuw i64 %index, 32
  %61 = icmp eq i64 %index.next, %n.vec
  br i1 %61, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  br i1 %cmp.n, label %loop166.done168_crit_edge.us.us.us, label %body167.us.us.us.preheader

body167.us.us.us.preheader:                       ; preds = %body127.us.us.us, %middle.block
  %i169191.us.us.us.ph = phi i64 [ 0, %body127.us.us.us ], [ %n.vec, %middle.block ]
  br label %body167.us.us.us

body167.us.us.us:                                 ; preds = %body167.us.us.us.preheader, %body167.us.us.us
  %i169191.us.us.us = phi i64 [ %next186.us.us.us, %body167.us.us.us ], [ %i169191.us.us.us.ph, %body167.us.us.us.preheader ]
  %add171.us.us.us = add i64 %i169191.us.us.us, %mul165.us.us.us
  %p172.us.us.us = getelementptr inbounds float, float* %x1, i64 %add171.us.us.us
  %v173.us.us.us = load float, float* %p172.us.us.us, align 4
  %p174.us.us.us = getelementptr inbounds float, float* %x2, i64 %add171.us.us.us
  %v175.us.us.us = load float, float* %p174.us.us.us, align 4
  %fsub176.us.us.us = fsub float %v173.us.us.us, %v134.us.us.us
  %fsub177.us.us.us = fsub float %fsub176.us.us.us, %v138.us.us.us
  %fmul178.us.us.us = fmul float %v142.us.us.us, %fsub177.us.us.us
  %fadd179.us.us.us = fadd float %v146.us.us.us, %fmul178.us.us.us
  %fsub180.us.us.us = fsub float %v175.us.us.us, %v150.us.us.us
  %fsub181.us.us.us = fsub float %fsub180.us.us.us, %v154.us.us.us
  %fmul182.us.us.us = fmul float %v158.us.us.us, %fsub181.us.us.us
  %fadd183.us.us.us = fadd float %v162.us.us.us, %fmul182.us.us.us
  %fadd184.us.us.us = fadd float %fadd179.us.us.us, %fadd183.us.us.us
  %p185.us.us.us = getelementptr inbounds float, float* %y, i64 %add171.us.us.us
  store float %fadd184.us.us.us, float* %p185.us.us.us, align 4
  %next186.us.us.us = add nuw nsw i64 %i169191.us.us.us, 1
  %exitcond.not = icmp eq i64 %next186.us.us.us, %s
  br i1 %exitcond.not, label %loop166.done168_crit_edge.us.us.us, label %body167.us.us.us, !llvm.loop !2

loop166.done168_crit_edge.us.us.us:               ; preds = %body167.us.us.us, %middle.block
  %next187.us.us.us = add nuw nsw i64 %i129193.us.us.us, 1
  %exitcond216.not = icmp eq i64 %next187.us.us.us, %c
  br i1 %exitcond216.not, label %loop126.done128_crit_edge.split.us.us.us, label %body127.us.us.us

loop126.done128_crit_edge.split.us.us.us:         ; preds = %loop166.done168_crit_edge.us.us.us
  %next188.us.us = add nuw nsw i64 %i124195.us.us, 1
  %exitcond217.not = icmp eq i64 %next188.us.us, %n
  br i1 %exitcond217.not, label %join, label %loop126.preheader.us.us

loop.preheader:                                   ; preds = %entry
  br i1 %go210, label %loop3.preheader.lr.ph, label %join

loop3.preheader.lr.ph:                            ; preds = %loop.preheader
  %go7208 = icmp sgt i64 %c, 0
  %mul13 = mul i64 %c, 3
  %mul17 = shl i64 %c, 2
  br i1 %go7208, label %loop3.preheader.us.preheader, label %join

loop3.preheader.us.preheader:                     ; preds = %loop3.preheader.lr.ph
  %62 = mul i64 %s, %c
  %63 = mul i64 %62, -4
  %64 = mul i64 %s, -4
  br label %loop3.preheader.us

loop3.preheader.us:                               ; preds = %loop3.preheader.us.preheader, %loop3.done5_crit_edge.us
  %i211.us = phi i64 [ 0, %loop3.preheader.us.preheader ], [ %next120.us, %loop3.done5_crit_edge.us ]
  %65 = mul i64 %63, %i211.us
  %66 = sub i64 %65, %y218
  %mul37.us = mul i64 %i211.us, %c
  br label %body4.us

body4.us:                                         ; preds = %loop3.preheader.us, %done100.us
  %i6209.us = phi i64 [ 0, %loop3.preheader.us ], [ %next119.us, %done100.us ]
  %67 = mul i64 %64, %i6209.us
  %68 = add i64 %66, %67
  %69 = lshr i64 %68, 2
  %70 = and i64 %69, 7
  %umin344 = call i64 @llvm.umin.i64(i64 %s, i64 %70)
  %p.us = getelementptr inbounds float, float* %norm_params1, i64 %i6209.us
  %v.us = load float, float* %p.us, align 4
  %add10.us = add i64 %i6209.us, %c
  %p11.us = getelementptr inbounds float, float* %norm_params1, i64 %add10.us
  %v12.us = load float, float* %p11.us, align 4
  %add14.us = add i64 %i6209.us, %mul13
  %p15.us = getelementptr inbounds float, float* %norm_params1, i64 %add14.us
  %v16.us = load float, float* %p15.us, align 4
  %add18.us = add i64 %i6209.us, %mul17
  %p19.us = getelementptr inbounds float, float* %norm_params1, i64 %add18.us
  %v20.us = load float, float* %p19.us, align 4
  %p23.us = getelementptr inbounds float, float* %norm_params2, i64 %i6209.us
  %v24.us = load float, float* %p23.us, align 4
  %p27.us = getelementptr inbounds float, float* %norm_params2, i64 %add10.us
  %v28.us = load float, float* %p27.us, align 4
  %p31.us = getelementptr inbounds float, float* %norm_params2, i64 %add14.us
  %v32.us = load float, float* %p31.us, align 4
  %p35.us = getelementptr inbounds float, float* %norm_params2, i64 %add18.us
  %v36.us = load float, float* %p35.us, align 4
  %add38.us = add i64 %i6209.us, %mul37.us
  %mul39.us = mul i64 %add38.us, %s
  %one.us = insertelement <8 x float> undef, float %v.us, i64 0
  %splat.us = shufflevector <8 x float> %one.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one40.us = insertelement <8 x float> undef, float %v12.us, i64 0
  %splat41.us = shufflevector <8 x float> %one40.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one42.us = insertelement <8 x float> undef, float %v16.us, i64 0
  %splat43.us = shufflevector <8 x float> %one42.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one44.us = insertelement <8 x float> undef, float %v20.us, i64 0
  %splat45.us = shufflevector <8 x float> %one44.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one46.us = insertelement <8 x float> undef, float %v24.us, i64 0
  %splat47.us = shufflevector <8 x float> %one46.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one48.us = insertelement <8 x float> undef, float %v28.us, i64 0
  %splat49.us = shufflevector <8 x float> %one48.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one50.us = insertelement <8 x float> undef, float %v32.us, i64 0
  %splat51.us = shufflevector <8 x float> %one50.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one52.us = insertelement <8 x float> undef, float %v36.us, i64 0
  %splat53.us = shufflevector <8 x float> %one52.us, <8 x float> undef, <8 x i32> zeroinitializer
  %p54.us = getelementptr inbounds float, float* %y, i64 %mul39.us
  %addr.us = ptrtoint float* %p54.us to i64
  %sub.us = sub i64 0, %addr.us
  %mis.us = lshr i64 %sub.us, 2
  %head.us = and i64 %mis.us, 7
  %cmp55.us = icmp ult i64 %head.us, %s
  %sel.us = select i1 %cmp55.us, i64 %head.us, i64 %s
  %go60202.us.not = icmp eq i64 %sel.us, 0
  br i1 %go60202.us.not, label %done58.us, label %vector.ph348

vector.ph348:                                     ; preds = %body4.us
  %n.rnd.up = add nuw nsw i64 %umin344, 7
  %n.vec350 = and i64 %n.rnd.up, 8
  %trip.count.minus.1 = add nsw i64 %umin344, -1
  %broadcast.splatinsert352 = insertelement <8 x i64> poison, i64 %trip.count.minus.1, i64 0
  %broadcast.splat353 = shufflevector <8 x i64> %broadcast.splatinsert352, <8 x i64> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert358 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat359 = shufflevector <8 x float> %broadcast.splatinsert358, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert360 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat361 = shufflevector <8 x float> %broadcast.splatinsert360, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert362 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat363 = shufflevector <8 x float> %broadcast.splatinsert362, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert364 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat365 = shufflevector <8 x float> %broadcast.splatinsert364, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert366 = insertelement <8 x float> poison, float %v24.us, i64 0
  %broadcast.splat367 = shufflevector <8 x float> %broadcast.splatinsert366, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert368 = insertelement <8 x float> poison, float %v28.us, i64 0
  %broadcast.splat369 = shufflevector <8 x float> %broadcast.splatinsert368, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert370 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat371 = shufflevector <8 x float> %broadcast.splatinsert370, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert372 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat373 = shufflevector <8 x float> %broadcast.splatinsert372, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body347

vector.body347:                                   ; preds = %vector.body347, %vector.ph348
  %index354 = phi i64 [ 0, %vector.ph348 ], [ %index.next374, %vector.body347 ]
  %broadcast.splatinsert355 = insertelement <8 x i64> poison, i64 %index354, i64 0
  %broadcast.splat356 = shufflevector <8 x i64> %broadcast.splatinsert355, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv = or <8 x i64> %broadcast.splat356, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %71 = icmp ule <8 x i64> %vec.iv, %broadcast.splat353
  %72 = add i64 %index354, %mul39.us
  %73 = getelementptr inbounds float, float* %x1, i64 %72
  %74 = bitcast float* %73 to <8 x float>*
  %wide.masked.load = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %74, i32 4, <8 x i1> %71, <8 x float> poison)
  %75 = getelementptr inbounds float, float* %x2, i64 %72
  %76 = bitcast float* %75 to <8 x float>*
  %wide.masked.load357 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %76, i32 4, <8 x i1> %71, <8 x float> poison)
  %77 = fsub <8 x float> %wide.masked.load, %broadcast.splat359
  %78 = fsub <8 x float> %77, %broadcast.splat361
  %79 = fmul <8 x float> %broadcast.splat363, %78
  %80 = fadd <8 x float> %broadcast.splat365, %79
  %81 = fsub <8 x float> %wide.masked.load357, %broadcast.splat367
  %82 = fsub <8 x float> %81, %broadcast.splat369
  %83 = fmul <8 x float> %broadcast.splat371, %82
  %84 = fadd <8 x float> %broadcast.splat373, %83
  %85 = fadd <8 x float> %80, %84
  %86 = getelementptr inbounds float, float* %y, i64 %72
  %87 = bitcast float* %86 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %85, <8 x float>* %87, i32 4, <8 x i1> %71)
  %index.next374 = add i64 %index354, 8
  %88 = icmp eq i64 %index.next374, %n.vec350
  br i1 %88, label %done58.us, label %vector.body347, !llvm.loop !4

done58.us:                                        ; preds = %vector.body347, %body4.us
  %sub73.us = sub i64 %s, %sel.us
  %body74.us = and i64 %sub73.us, -8
  %add75.us = or i64 %body74.us, %sel.us
  %go80204.us = icmp slt i64 %sel.us, %add75.us
  br i1 %go80204.us, label %body77.us, label %loop98.preheader.us

done100.us:                                       ; preds = %body99.us, %middle.block297, %loop98.preheader.us
  %next119.us = add nuw nsw i64 %i6209.us, 1
  %exitcond223.not = icmp eq i64 %next119.us, %c
  br i1 %exitcond223.not, label %loop3.done5_crit_edge.us, label %body4.us

body99.us:                                        ; preds = %body99.us.preheader375, %body99.us
  %i101207.us = phi i64 [ %next118.us, %body99.us ], [ %i101207.us.ph, %body99.us.preheader375 ]
  %add103.us = add i64 %i101207.us, %mul39.us
  %p104.us = getelementptr inbounds float, float* %x1, i64 %add103.us
  %v105.us = load float, float* %p104.us, align 4
  %p106.us = getelementptr inbounds float, float* %x2, i64 %add103.us
  %v107.us = load float, float* %p106.us, align 4
  %fsub108.us = fsub float %v105.us, %v.us
  %fsub109.us = fsub float %fsub108.us, %v12.us
  %fmul110.us = fmul float %v16.us, %fsub109.us
  %fadd111.us = fadd float %v20.us, %fmul110.us
  %fsub112.us = fsub float %v107.us, %v24.us
  %fsub113.us = fsub float %fsub112.us, %v28.us
  %fmul114.us = fmul float %v32.us, %fsub113.us
  %fadd115.us = fadd float %v36.us, %fmul114.us
  %fadd116.us = fadd float %fadd111.us, %fadd115.us
  %p117.us = getelementptr inbounds float, float* %y, i64 %add103.us
  store float %fadd116.us, float* %p117.us, align 4
  %next118.us = add nsw i64 %i101207.us, 1
  %exitcond222.not = icmp eq i64 %next118.us, %s
  br i1 %exitcond222.not, label %done100.us, label %body99.us, !llvm.loop !5

body77.us:                                        ; preds = %done58.us, %body77.us
  %i79205.us = phi i64 [ %next97.us, %body77.us ], [ %sel.us, %done58.us ]
  %add81.us = add i64 %i79205.us, %mul39.us
  %p82.us = getelementptr inbounds float, float* %x1, i64 %add81.us
  %vp.us = bitcast float* %p82.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %p83.us = getelementptr inbounds float, float* %x2, i64 %add81.us
  %vp84.us = bitcast float* %p83.us to <8 x float>*
  %vec85.us = load <8 x float>, <8 x float>* %vp84.us, align 4
  %fsub86.us = fsub <8 x float> %vec.us, %splat.us
  %fsub87.us = fsub <8 x float> %fsub86.us, %splat41.us
  %fmul88.us = fmul <8 x float> %splat43.us, %fsub87.us
  %fadd89.us = fadd <8 x float> %splat45.us, %fmul88.us
  %fsub90.us = fsub <8 x float> %vec85.us, %splat47.us
  %fsub91.us = fsub <8 x float> %fsub90.us, %splat49.us
  %fmul92.us = fmul <8 x float> %splat51.us, %fsub91.us
  %fadd93.us = fadd <8 x float> %splat53.us, %fmul92.us
  %fadd94.us = fadd <8 x float> %fadd89.us, %fadd93.us
  %p95.us = getelementptr inbounds float, float* %y, i64 %add81.us
  %vp96.us = bitcast float* %p95.us to <8 x float>*
  store <8 x float> %fadd94.us, <8 x float>* %vp96.us, align 32, !nontemporal !6
  %next97.us = add i64 %i79205.us, 8
  %go80.us = icmp slt i64 %next97.us, %add75.us
  br i1 %go80.us, label %body77.us, label %loop98.preheader.us

loop98.preheader.us:                              ; preds = %body77.us, %done58.us
  %go102206.us = icmp slt i64 %add75.us, %s
  br i1 %go102206.us, label %body99.us.preheader, label %done100.us

body99.us.preheader:                              ; preds = %loop98.preheader.us
  %89 = sub i64 %s, %add75.us
  %min.iters.check300 = icmp ult i64 %89, 16
  br i1 %min.iters.check300, label %body99.us.preheader375, label %vector.ph301

vector.ph301:                                     ; preds = %body99.us.preheader
  %n.vec303 = and i64 %89, -16
  %ind.end = add i64 %add75.us, %n.vec303
  %broadcast.splatinsert311 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat312 = shufflevector <8 x float> %broadcast.splatinsert311, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert313 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat314 = shufflevector <8 x float> %broadcast.splatinsert313, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert315 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat316 = shufflevector <8 x float> %broadcast.splatinsert315, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert317 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat318 = shufflevector <8 x float> %broadcast.splatinsert317, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert319 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat320 = shufflevector <8 x float> %broadcast.splatinsert319, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert321 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat322 = shufflevector <8 x float> %broadcast.splatinsert321, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert323 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat324 = shufflevector <8 x float> %broadcast.splatinsert323, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert325 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat326 = shufflevector <8 x float> %broadcast.splatinsert325, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert327 = insertelement <8 x float> poison, float %v24.us, i64 0
  %broadcast.splat328 = shufflevector <8 x float> %broadcast.splatinsert327, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert329 = insertelement <8 x float> poison, float %v24.us, i64 0
  %broadcast.splat330 = shufflevector <8 x float> %broadcast.splatinsert329, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert331 = insertelement <8 x float> poison, float %v28.us, i64 0
  %broadcast.splat332 = shufflevector <8 x float> %broadcast.splatinsert331, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert333 = insertelement <8 x float> poison, float %v28.us, i64 0
  %broadcast.splat334 = shufflevector <8 x float> %broadcast.splatinsert333, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert335 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat336 = shufflevector <8 x float> %broadcast.splatinsert335, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert337 = insertelement <8 x float> poison, float %v32.us, i64 0
  %broadcast.splat338 = shufflevector <8 x float> %broadcast.splatinsert337, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert339 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat340 = shufflevector <8 x float> %broadcast.splatinsert339, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert341 = insertelement <8 x float> poison, float %v36.us, i64 0
  %broadcast.splat342 = shufflevector <8 x float> %broadcast.splatinsert341, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body299

vector.body299:                                   ; preds = %vector.body299, %vector.ph301
  %index306 = phi i64 [ 0, %vector.ph301 ], [ %index.next343, %vector.body299 ]
  %offset.idx = add i64 %add75.us, %index306
  %90 = add i64 %offset.idx, %mul39.us
  %91 = getelementptr inbounds float, float* %x1, i64 %90
  %92 = bitcast float* %91 to <8 x float>*
  %wide.load307 = load <8 x float>, <8 x float>* %92, align 4
  %93 = getelementptr inbounds float, float* %91, i64 8
  %94 = bitcast float* %93 to <8 x float>*
  %wide.load308 = load <8 x float>, <8 x float>* %94, align 4
  %95 = getelementptr inbounds float, float* %x2, i64 %90
  %96 = bitcast float* %95 to <8 x float>*
  %wide.load309 = load <8 x float>, <8 x float>* %96, align 4
  %97 = getelementptr inbounds float, float* %95, i64 8
  %98 = bitcast float* %97 to <8 x float>*
  %wide.load310 = load <8 x float>, <8 x float>* %98, align 4
  %99 = fsub <8 x float> %wide.load307, %broadcast.splat312
  %100 = fsub <8 x float> %wide.load308, %broadcast.splat314
  %101 = fsub <8 x float> %99, %broadcast.splat316
  %102 = fsub <8 x float> %100, %broadcast.splat318
  %103 = fmul <8 x float> %broadcast.splat320, %101
  %104 = fmul <8 x float> %broadcast.splat322, %102
  %105 = fadd <8 x float> %broadcast.splat324, %103
  %106 = fadd <8 x float> %broadcast.splat326, %104
  %107 = fsub <8 x float> %wide.load309, %broadcast.splat328
  %108 = fsub <8 x float> %wide.load310, %broadcast.splat330
  %109 = fsub <8 x float> %107, %broadcast.splat332
  %110 = fsub <8 x float> %108, %broadcast.splat334
  %111 = fmul <8 x float> %broadcast.splat336, %109
  %112 = fmul <8 x float> %broadcast.splat338, %110
  %113 = fadd <8 x float> %broadcast.splat340, %111
  %114 = fadd <8 x float> %broadcast.splat342, %112
  %115 = fadd <8 x float> %105, %113
  %116 = fadd <8 x float> %106, %114
  %117 = getelementptr inbounds float, float* %y, i64 %90
  %118 = bitcast float* %117 to <8 x float>*
  store <8 x float> %115, <8 x float>* %118, align 4
  %119 = getelementptr inbounds float, float* %117, i64 8
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %116, <8 x float>* %120, align 4
  %index.next343 = add nuw i64 %index306, 16
  %121 = icmp eq i64 %index.next343, %n.vec303
  br i1 %121, label %middle.block297, label %vector.body299, !llvm.loop !7

middle.block297:                                  ; preds = %vector.body299
  %cmp.n305 = icmp eq i64 %89, %n.vec303
  br i1 %cmp.n305, label %done100.us, label %body99.us.preheader375

body99.us.preheader375:                           ; preds = %body99.us.preheader, %middle.block297
  %i101207.us.ph = phi i64 [ %add75.us, %body99.us.preheader ], [ %ind.end, %middle.block297 ]
  br label %body99.us

loop3.done5_crit_edge.us:                         ; preds = %done100.us
  %next120.us = add nuw nsw i64 %i211.us, 1
  %exitcond224.not = icmp eq i64 %next120.us, %n
  br i1 %exitcond224.not, label %join, label %loop3.preheader.us

join:                                             ; preds = %loop126.done128_crit_edge.split.us.us.us, %loop3.done5_crit_edge.us, %loop3.preheader.lr.ph, %loop126.preheader.lr.ph, %loop121.preheader, %loop.preheader
  fence seq_cst
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i64 @llvm.umin.i64(i64, i64) #1

; Function Attrs: argmemonly nofree nosync nounwind readonly willreturn
declare <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>*, i32 immarg, <8 x i1>, <8 x float>) #2

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v8f32.p0v8f32(<8 x float>, <8 x float>*, i32 immarg, <8 x i1>) #3

attributes #0 = { nofree norecurse nounwind "target-cpu"="x86-64-v3" "target-features" }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nosync nounwind readonly willreturn }
attributes #3 = { argmemonly nofree nosync nounwind willreturn writeonly }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = distinct !{!2, !3, !1}
!3 = !{!"llvm.loop.unroll.runtime.disable"}
!4 = distinct !{!4, !1}
!5 = distinct !{!5, !3, !1}
!6 = !{i32 1}
!7 = distinct !{!7, !1}
