; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree nounwind
define void @syncbn_channel_affine_clip(float* noalias nocapture readonly %x, float* noalias nocapture readonly %mul, float* noalias nocapture readonly %add, i64 %n, i64 %c, i64 %s, float %lo, float %hi, float* noalias %y) local_unnamed_addr #0 {
entry:
  %y127 = ptrtoint float* %y to i64
  %mul1 = shl i64 %n, 2
  %mul2 = mul i64 %mul1, %c
  %mul3 = mul i64 %mul2, %s
  %cmp = icmp sgt i64 %mul3, 16777215
  %go119 = icmp sgt i64 %n, 0
  br i1 %cmp, label %loop.preheader, label %loop65.preheader

loop65.preheader:                                 ; preds = %entry
  %go74101 = icmp sgt i64 %c, 0
  %or.cond = select i1 %go119, i1 %go74101, i1 false
  %go8699 = icmp sgt i64 %s, 0
  %or.cond136 = select i1 %or.cond, i1 %go8699, i1 false
  br i1 %or.cond136, label %loop70.preheader.us.us.preheader, label %join

loop70.preheader.us.us.preheader:                 ; preds = %loop65.preheader
  %min.iters.check = icmp ult i64 %s, 32
  %n.vec = and i64 %s, -32
  %broadcast.splatinsert155 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat156 = shufflevector <8 x float> %broadcast.splatinsert155, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert157 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat158 = shufflevector <8 x float> %broadcast.splatinsert157, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert159 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat160 = shufflevector <8 x float> %broadcast.splatinsert159, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert161 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat162 = shufflevector <8 x float> %broadcast.splatinsert161, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert163 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat164 = shufflevector <8 x float> %broadcast.splatinsert163, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert165 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat166 = shufflevector <8 x float> %broadcast.splatinsert165, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert167 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat168 = shufflevector <8 x float> %broadcast.splatinsert167, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert169 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat170 = shufflevector <8 x float> %broadcast.splatinsert169, <8 x float> poison, <8 x i32> zeroinitializer
  %cmp.n = icmp eq i64 %n.vec, %s
  br label %loop70.preheader.us.us

loop70.preheader.us.us:                           ; preds = %loop70.preheader.us.us.preheader, %loop70.done72_crit_edge.split.us.us.us
  %i68104.us.us = phi i64 [ %next97.us.us, %loop70.done72_crit_edge.split.us.us.us ], [ 0, %loop70.preheader.us.us.preheader ]
  %mul79.us.us = mul i64 %i68104.us.us, %c
  br label %body71.us.us.us

body71.us.us.us:                                  ; preds = %loop82.done84_crit_edge.us.us.us, %loop70.preheader.us.us
  %i73102.us.us.us = phi i64 [ 0, %loop70.preheader.us.us ], [ %next96.us.us.us, %loop82.done84_crit_edge.us.us.us ]
  %p75.us.us.us = getelementptr inbounds float, float* %mul, i64 %i73102.us.us.us
  %v76.us.us.us = load float, float* %p75.us.us.us, align 4
  %p77.us.us.us = getelementptr inbounds float, float* %add, i64 %i73102.us.us.us
  %v78.us.us.us = load float, float* %p77.us.us.us, align 4
  %add80.us.us.us = add i64 %i73102.us.us.us, %mul79.us.us
  %mul81.us.us.us = mul i64 %add80.us.us.us, %s
  br i1 %min.iters.check, label %body83.us.us.us.preheader, label %vector.ph

vector.ph:                                        ; preds = %body71.us.us.us
  %broadcast.splatinsert = insertelement <8 x float> poison, float %v76.us.us.us, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert141 = insertelement <8 x float> poison, float %v76.us.us.us, i64 0
  %broadcast.splat142 = shufflevector <8 x float> %broadcast.splatinsert141, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert143 = insertelement <8 x float> poison, float %v76.us.us.us, i64 0
  %broadcast.splat144 = shufflevector <8 x float> %broadcast.splatinsert143, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert145 = insertelement <8 x float> poison, float %v76.us.us.us, i64 0
  %broadcast.splat146 = shufflevector <8 x float> %broadcast.splatinsert145, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert147 = insertelement <8 x float> poison, float %v78.us.us.us, i64 0
  %broadcast.splat148 = shufflevector <8 x float> %broadcast.splatinsert147, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert149 = insertelement <8 x float> poison, float %v78.us.us.us, i64 0
  %broadcast.splat150 = shufflevector <8 x float> %broadcast.splatinsert149, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert151 = insertelement <8 x float> poison, float %v78.us.us.us, i64 0
  %broadcast.splat152 = shufflevector <8 x float> %broadcast.splatinsert151, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert153 = insertelement <8 x float> poison, float %v78.us.us.us, i64 0
  %broadcast.splat154 = shufflevector <8 x float> %broadcast.splatinsert153, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %0 = add i64 %index, %mul81.us.us.us
  %1 = getelementptr inbounds float, float* %x, i64 %0
  %2 = bitcast float* %1 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %2, align 4
  %3 = getelementptr inbounds float, float* %1, i64 8
  %4 = bitcast float* %3 to <8 x float>*
  %wide.load138 = load <8 x float>, <8 x float>* %4, align 4
  %5 = getelementptr inbounds float, float* %1, i64 16
  %6 = bitcast float* %5 to <8 x float>*
  %wide.load139 = load <8 x float>, <8 x float>* %6, align 4
  %7 = getelementptr inbounds float, float* %1, i64 24
  %8 = bitcast float* %7 to <8 x float>*
  %wide.load140 = load <8 x float>, <8 x float>* %8, align 4
  %9 = fmul <8 x float> %broadcast.splat, %wide.load
  %10 = fmul <8 x float> %broadcast.splat142, %wide.load138
  %11 = fmul <8 x float> %broadcast.splat144, %wide.load139
  %12 = fmul <8 x float> %broadcast.splat146, %wide.load140
  %13 = fadd <8 x float> %broadcast.splat148, %9
  %14 = fadd <8 x float> %broadcast.splat150, %10
  %15 = fadd <8 x float> %broadcast.splat152, %11
  %16 = fadd <8 x float> %broadcast.splat154, %12
  %17 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %13, <8 x float> %broadcast.splat156)
  %18 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %14, <8 x float> %broadcast.splat158)
  %19 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %15, <8 x float> %broadcast.splat160)
  %20 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %16, <8 x float> %broadcast.splat162)
  %21 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %17, <8 x float> %broadcast.splat164)
  %22 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %18, <8 x float> %broadcast.splat166)
  %23 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %19, <8 x float> %broadcast.splat168)
  %24 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %20, <8 x float> %broadcast.splat170)
  %25 = getelementptr inbounds float, float* %y, i64 %0
  %26 = bitcast float* %25 to <8 x float>*
  store <8 x float> %21, <8 x float>* %26, align 4
  %27 = getelementptr inbounds float, float* %25, i64 8
  %28 = bitcast float* %27 to <8 x float>*
  store <8 x float> %22, <8 x float>* %28, align 4
  %29 = getelementptr inbounds float, float* %25, i64 16
  %30 = bitcast float* %29 to <8 x float>*
  store <8 x float> %23, <8 x float>* %30, align 4
  %31 = getelementptr inbounds float, float* %25, i64 24
  %32 = bitcast float* %31 to <8 x float>*
  store <8 x float> %24, <8 x float>* %32, align 4
  %index.next = add nuw i64 %index, 32
  %33 = icmp eq i64 %index.next, %n.vec
  br i1 %33, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  br i1 %cmp.n, label %loop82.done84_crit_edge.us.us.us, label %body83.us.us.us.preheader

body83.us.us.us.preheader:                        ; preds = %body71.us.us.us, %middle.block
  %i85100.us.us.us.ph = phi i64 [ 0, %body71.us.us.us ], [ %n.vec, %middle.block ]
  br label %body83.us.us.us

body83.us.us.us:                                  ; preds = %body83.us.us.us.preheader, %body83.us.us.us
  %i85100.us.us.us = phi i64 [ %next95.us.us.us, %body83.us.us.us ], [ %i85100.us.us.us.ph, %body83.us.us.us.preheader ]
  %add87.us.us.us = add i64 %i85100.us.us.us, %mul81.us.us.us
  %p88.us.us.us = getelementptr inbounds float, float* %x, i64 %add87.us.us.us
  %v89.us.us.us = load float, float* %p88.us.us.us, align 4
  %fmul90.us.us.us = fmul float %v76.us.us.us, %v89.us.us.us
  %fadd91.us.us.us = fadd float %v78.us.us.us, %fmul90.us.us.us
  %call92.us.us.us = tail call float @llvm.maxnum.f32(float %fadd91.us.us.us, float %lo)
  %call93.us.us.us = tail call float @llvm.minnum.f32(float %call92.us.us.us, float %hi)
  %p94.us.us.us = getelementptr inbounds float, float* %y, i64 %add87.us.us.us
  store float %call93.us.us.us, float* %p94.us.us.us, align 4
  %next95.us.us.us = add nuw nsw i64 %i85100.us.us.us, 1
  %exitcond.not = icmp eq i64 %next95.us.us.us, %s
  br i1 %exitcond.not, label %loop82.done84_crit_edge.us.us.us, label %body83.us.us.us, !llvm.loop !2

loop82.done84_crit_edge.us.us.us:                 ; preds = %body83.us.us.us, %middle.block
  %next96.us.us.us = add nuw nsw i64 %i73102.us.us.us, 1
  %exitcond125.not = icmp eq i64 %next96.us.us.us, %c
  br i1 %exitcond125.not, label %loop70.done72_crit_edge.split.us.us.us, label %body71.us.us.us

loop70.done72_crit_edge.split.us.us.us:           ; preds = %loop82.done84_crit_edge.us.us.us
  %next97.us.us = add nuw nsw i64 %i68104.us.us, 1
  %exitcond126.not = icmp eq i64 %next97.us.us, %n
  br i1 %exitcond126.not, label %join, label %loop70.preheader.us.us

loop.preheader:                                   ; preds = %entry
  br i1 %go119, label %loop4.preheader.lr.ph, label %join

loop4.preheader.lr.ph:                            ; preds = %loop.preheader
  %go8117 = icmp sgt i64 %c, 0
  %one16 = insertelement <8 x float> undef, float %lo, i64 0
  %splat17 = shufflevector <8 x float> %one16, <8 x float> undef, <8 x i32> zeroinitializer
  %one18 = insertelement <8 x float> undef, float %hi, i64 0
  %splat19 = shufflevector <8 x float> %one18, <8 x float> undef, <8 x i32> zeroinitializer
  br i1 %go8117, label %loop4.preheader.us.preheader, label %join

loop4.preheader.us.preheader:                     ; preds = %loop4.preheader.lr.ph
  %34 = mul i64 %s, %c
  %35 = mul i64 %34, -4
  %36 = mul i64 %s, -4
  %37 = mul i64 %s, %c
  %38 = mul i64 %37, -4
  %39 = mul i64 %s, -4
  %broadcast.splatinsert235 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat236 = shufflevector <8 x float> %broadcast.splatinsert235, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert237 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat238 = shufflevector <8 x float> %broadcast.splatinsert237, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert201 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat202 = shufflevector <8 x float> %broadcast.splatinsert201, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert203 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat204 = shufflevector <8 x float> %broadcast.splatinsert203, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert205 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat206 = shufflevector <8 x float> %broadcast.splatinsert205, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert207 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat208 = shufflevector <8 x float> %broadcast.splatinsert207, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert209 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat210 = shufflevector <8 x float> %broadcast.splatinsert209, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert211 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat212 = shufflevector <8 x float> %broadcast.splatinsert211, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert213 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat214 = shufflevector <8 x float> %broadcast.splatinsert213, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert215 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat216 = shufflevector <8 x float> %broadcast.splatinsert215, <8 x float> poison, <8 x i32> zeroinitializer
  br label %loop4.preheader.us

loop4.preheader.us:                               ; preds = %loop4.preheader.us.preheader, %loop4.done6_crit_edge.us
  %i120.us = phi i64 [ 0, %loop4.preheader.us.preheader ], [ %next64.us, %loop4.done6_crit_edge.us ]
  %40 = mul i64 %38, %i120.us
  %41 = sub i64 %40, %y127
  %42 = mul i64 %35, %i120.us
  %43 = sub i64 %42, %y127
  %mul11.us = mul i64 %i120.us, %c
  br label %body5.us

body5.us:                                         ; preds = %loop4.preheader.us, %done51.us
  %i7118.us = phi i64 [ 0, %loop4.preheader.us ], [ %next63.us, %done51.us ]
  %44 = mul i64 %39, %i7118.us
  %45 = add i64 %41, %44
  %46 = lshr i64 %45, 2
  %47 = and i64 %46, 7
  %umin = call i64 @llvm.umin.i64(i64 %s, i64 %47)
  %48 = add nuw nsw i64 %umin, 7
  %49 = and i64 %48, 8
  %50 = add nsw i64 %49, -8
  %51 = lshr exact i64 %50, 3
  %52 = add nuw nsw i64 %51, 1
  %p.us = getelementptr inbounds float, float* %mul, i64 %i7118.us
  %v.us = load float, float* %p.us, align 4
  %p9.us = getelementptr inbounds float, float* %add, i64 %i7118.us
  %v10.us = load float, float* %p9.us, align 4
  %add12.us = add i64 %i7118.us, %mul11.us
  %mul13.us = mul i64 %add12.us, %s
  %one.us = insertelement <8 x float> undef, float %v.us, i64 0
  %splat.us = shufflevector <8 x float> %one.us, <8 x float> undef, <8 x i32> zeroinitializer
  %one14.us = insertelement <8 x float> undef, float %v10.us, i64 0
  %splat15.us = shufflevector <8 x float> %one14.us, <8 x float> undef, <8 x i32> zeroinitializer
  %p20.us = getelementptr inbounds float, float* %y, i64 %mul13.us
  %addr.us = ptrtoint float* %p20.us to i64
  %sub.us = sub i64 0, %addr.us
  %mis.us = lshr i64 %sub.us, 2
  %head.us = and i64 %mis.us, 7
  %cmp21.us = icmp ult i64 %head.us, %s
  %sel.us = select i1 %cmp21.us, i64 %head.us, i64 %s
  %go26111.us.not = icmp eq i64 %sel.us, 0
  br i1 %go26111.us.not, label %done24.us, label %vector.ph222

vector.ph222:                                     ; preds = %body5.us
  %53 = mul i64 %36, %i7118.us
  %54 = add i64 %43, %53
  %55 = lshr i64 %54, 2
  %56 = and i64 %55, 7
  %umin218 = call i64 @llvm.umin.i64(i64 %s, i64 %56)
  %trip.count.minus.1 = add nsw i64 %umin218, -1
  %broadcast.splatinsert226 = insertelement <8 x i64> poison, i64 %trip.count.minus.1, i64 0
  %broadcast.splat227 = shufflevector <8 x i64> %broadcast.splatinsert226, <8 x i64> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert231 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat232 = shufflevector <8 x float> %broadcast.splatinsert231, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert233 = insertelement <8 x float> poison, float %v10.us, i64 0
  %broadcast.splat234 = shufflevector <8 x float> %broadcast.splatinsert233, <8 x float> poison, <8 x i32> zeroinitializer
  %xtraiter = and i64 %52, 1
  %57 = icmp eq i64 %50, 0
  br i1 %57, label %done24.us.loopexit.unr-lcssa, label %vector.ph222.new

vector.ph222.new:                                 ; preds = %vector.ph222
  %unroll_iter = and i64 %52, 4611686018427387902
  br label %vector.body221

vector.body221:                                   ; preds = %vector.body221, %vector.ph222.new
  %index228 = phi i64 [ 0, %vector.ph222.new ], [ %index.next239.1, %vector.body221 ]
  %niter = phi i64 [ 0, %vector.ph222.new ], [ %niter.next.1, %vector.body221 ]
  %broadcast.splatinsert229 = insertelement <8 x i64> poison, i64 %index228, i64 0
  %broadcast.splat230 = shufflevector <8 x i64> %broadcast.splatinsert229, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv = or <8 x i64> %broadcast.splat230, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %58 = icmp ule <8 x i64> %vec.iv, %broadcast.splat227
  %59 = add i64 %index228, %mul13.us
  %60 = getelementptr inbounds float, float* %x, i64 %59
  %61 = bitcast float* %60 to <8 x float>*
  %wide.masked.load = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %61, i32 4, <8 x i1> %58, <8 x float> poison)
  %62 = fmul <8 x float> %broadcast.splat232, %wide.masked.load
  %63 = fadd <8 x float> %broadcast.splat234, %62
  %64 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %63, <8 x float> %broadcast.splat236)
  %65 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %64, <8 x float> %broadcast.splat238)
  %66 = getelementptr inbounds float, float* %y, i64 %59
  %67 = bitcast float* %66 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %65, <8 x float>* %67, i32 4, <8 x i1> %58)
  %index.next239 = or i64 %index228, 8
  %broadcast.splatinsert229.1 = insertelement <8 x i64> poison, i64 %index.next239, i64 0
  %broadcast.splat230.1 = shufflevector <8 x i64> %broadcast.splatinsert229.1, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv.1 = or <8 x i64> %broadcast.splat230.1, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %68 = icmp ule <8 x i64> %vec.iv.1, %broadcast.splat227
  %69 = add i64 %index.next239, %mul13.us
  %70 = getelementptr inbounds float, float* %x, i64 %69
  %71 = bitcast float* %70 to <8 x float>*
  %wide.masked.load.1 = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %71, i32 4, <8 x i1> %68, <8 x float> poison)
  %72 = fmul <8 x float> %broadcast.splat232, %wide.masked.load.1
  %73 = fadd <8 x float> %broadcast.splat234, %72
  %74 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %73, <8 x float> %broadcast.splat236)
  %75 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %74, <8 x float> %broadcast.splat238)
  %76 = getelementptr inbounds float, float* %y, i64 %69
  %77 = bitcast float* %76 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %75, <8 x float>* %77, i32 4, <8 x i1> %68)
  %index.next239.1 = add i64 %index228, 16
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %done24.us.loopexit.unr-lcssa, label %vector.body221, !llvm.loop !4

done24.us.loopexit.unr-lcssa:                     ; preds = %vector.body221, %vector.ph222
  %index228.unr = phi i64 [ 0, %vector.ph222 ], [ %index.next239.1, %vector.body221 ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %done24.us, label %vector.body221.epil

vector.body221.epil:                              ; preds = %done24.us.loopexit.unr-lcssa
  %broadcast.splatinsert229.epil = insertelement <8 x i64> poison, i64 %index228.unr, i64 0
  %broadcast.splat230.epil = shufflevector <8 x i64> %broadcast.splatinsert229.epil, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv.epil = or <8 x i64> %broadcast.splat230.epil, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %78 = icmp ule <8 x i64> %vec.iv.epil, %broadcast.splat227
  %79 = add i64 %index228.unr, %mul13.us
  %80 = getelementptr inbounds float, float* %x, i64 %79
  %81 = bitcast float* %80 to <8 x float>*
  %wide.masked.load.epil = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %81, i32 4, <8 x i1> %78, <8 x float> poison)
  %82 = fmul <8 x float> %broadcast.splat232, %wide.masked.load.epil
  %83 = fadd <8 x float> %broadcast.splat234, %82
  %84 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %83, <8 x float> %broadcast.splat236)
  %85 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %84, <8 x float> %broadcast.splat238)
  %86 = getelementptr inbounds float, float* %y, i64 %79
  %87 = bitcast float* %86 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %85, <8 x float>* %87, i32 4, <8 x i1> %78)
  br label %done24.us

done24.us:                                        ; preds = %vector.body221.epil, %done24.us.loopexit.unr-lcssa, %body5.us
  %sub32.us = sub i64 %s, %sel.us
  %body33.us = and i64 %sub32.us, -8
  %add34.us = or i64 %body33.us, %sel.us
  %go39113.us = icmp slt i64 %sel.us, %add34.us
  br i1 %go39113.us, label %body36.us, label %loop49.preheader.us

done51.us:                                        ; preds = %body50.us, %middle.block171, %loop49.preheader.us
  %next63.us = add nuw nsw i64 %i7118.us, 1
  %exitcond132.not = icmp eq i64 %next63.us, %c
  br i1 %exitcond132.not, label %loop4.done6_crit_edge.us, label %body5.us

body50.us:                                        ; preds = %body50.us.preheader240, %body50.us
  %i52116.us = phi i64 [ %next62.us, %body50.us ], [ %i52116.us.ph, %body50.us.preheader240 ]
  %add54.us = add i64 %i52116.us, %mul13.us
  %p55.us = getelementptr inbounds float, float* %x, i64 %add54.us
  %v56.us = load float, float* %p55.us, align 4
  %fmul57.us = fmul float %v.us, %v56.us
  %fadd58.us = fadd float %v10.us, %fmul57.us
  %call59.us = tail call float @llvm.maxnum.f32(float %fadd58.us, float %lo)
  %call60.us = tail call float @llvm.minnum.f32(float %call59.us, float %hi)
  %p61.us = getelementptr inbounds float, float* %y, i64 %add54.us
  store float %call60.us, float* %p61.us, align 4
  %next62.us = add nsw i64 %i52116.us, 1
  %exitcond131.not = icmp eq i64 %next62.us, %s
  br i1 %exitcond131.not, label %done51.us, label %body50.us, !llvm.loop !5

body36.us:                                        ; preds = %done24.us, %body36.us
  %i38114.us = phi i64 [ %next48.us, %body36.us ], [ %sel.us, %done24.us ]
  %add40.us = add i64 %i38114.us, %mul13.us
  %p41.us = getelementptr inbounds float, float* %x, i64 %add40.us
  %vp.us = bitcast float* %p41.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %fmul42.us = fmul <8 x float> %splat.us, %vec.us
  %fadd43.us = fadd <8 x float> %splat15.us, %fmul42.us
  %call44.us = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %fadd43.us, <8 x float> %splat17)
  %call45.us = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %call44.us, <8 x float> %splat19)
  %p46.us = getelementptr inbounds float, float* %y, i64 %add40.us
  %vp47.us = bitcast float* %p46.us to <8 x float>*
  store <8 x float> %call45.us, <8 x float>* %vp47.us, align 32, !nontemporal !6
  %next48.us = add i64 %i38114.us, 8
  %go39.us = icmp slt i64 %next48.us, %add34.us
  br i1 %go39.us, label %body36.us, label %loop49.preheader.us

loop49.preheader.us:                              ; preds = %body36.us, %done24.us
  %go53115.us = icmp slt i64 %add34.us, %s
  br i1 %go53115.us, label %body50.us.preheader, label %done51.us

body50.us.preheader:                              ; preds = %loop49.preheader.us
  %88 = sub i64 %s, %add34.us
  %min.iters.check174 = icmp ult i64 %88, 32
  br i1 %min.iters.check174, label %body50.us.preheader240, label %vector.ph175

vector.ph175:                                     ; preds = %body50.us.preheader
  %n.vec177 = and i64 %88, -32
  %ind.end = add i64 %add34.us, %n.vec177
  %broadcast.splatinsert185 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat186 = shufflevector <8 x float> %broadcast.splatinsert185, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert187 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat188 = shufflevector <8 x float> %broadcast.splatinsert187, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert189 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat190 = shufflevector <8 x float> %broadcast.splatinsert189, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert191 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat192 = shufflevector <8 x float> %broadcast.splatinsert191, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert193 = insertelement <8 x float> poison, float %v10.us, i64 0
  %broadcast.splat194 = shufflevector <8 x float> %broadcast.splatinsert193, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert195 = insertelement <8 x float> poison, float %v10.us, i64 0
  %broadcast.splat196 = shufflevector <8 x float> %broadcast.splatinsert195, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert197 = insertelement <8 x float> poison, float %v10.us, i64 0
  %broadcast.splat198 = shufflevector <8 x float> %broadcast.splatinsert197, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert199 = insertelement <8 x float> poison, float %v10.us, i64 0
  %broadcast.splat200 = shufflevector <8 x float> %broadcast.splatinsert199, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body173

vector.body173:                                   ; preds = %vector.body173, %vector.ph175
  %index180 = phi i64 [ 0, %vector.ph175 ], [ %index.next217, %vector.body173 ]
  %offset.idx = add i64 %add34.us, %index180
  %89 = add i64 %offset.idx, %mul13.us
  %90 = getelementptr inbounds float, float* %x, i64 %89
  %91 = bitcast float* %90 to <8 x float>*
  %wide.load181 = load <8 x float>, <8 x float>* %91, align 4
  %92 = getelementptr inbounds float, float* %90, i64 8
  %93 = bitcast float* %92 to <8 x float>*
  %wide.load182 = load <8 x float>, <8 x float>* %93, align 4
  %94 = getelementptr inbounds float, float* %90, i64 16
  %95 = bitcast float* %94 to <8 x float>*
  %wide.load183 = load <8 x float>, <8 x float>* %95, align 4
  %96 = getelementptr inbounds float, float* %90, i64 24
  %97 = bitcast float* %96 to <8 x float>*
  %wide.load184 = load <8 x float>, <8 x float>* %97, align 4
  %98 = fmul <8 x float> %broadcast.splat186, %wide.load181
  %99 = fmul <8 x float> %broadcast.splat188, %wide.load182
  %100 = fmul <8 x float> %broadcast.splat190, %wide.load183
  %101 = fmul <8 x float> %broadcast.splat192, %wide.load184
  %102 = fadd <8 x float> %broadcast.splat194, %98
  %103 = fadd <8 x float> %broadcast.splat196, %99
  %104 = fadd <8 x float> %broadcast.splat198, %100
  %105 = fadd <8 x float> %broadcast.splat200, %101
  %106 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %102, <8 x float> %broadcast.splat202)
  %107 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %103, <8 x float> %broadcast.splat204)
  %108 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %104, <8 x float> %broadcast.splat206)
  %109 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %105, <8 x float> %broadcast.splat208)
  %110 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %106, <8 x float> %broadcast.splat210)
  %111 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %107, <8 x float> %broadcast.splat212)
  %112 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %108, <8 x float> %broadcast.splat214)
  %113 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %109, <8 x float> %broadcast.splat216)
  %114 = getelementptr inbounds float, float* %y, i64 %89
  %115 = bitcast float* %114 to <8 x float>*
  store <8 x float> %110, <8 x float>* %115, align 4
  %116 = getelementptr inbounds float, float* %114, i64 8
  %117 = bitcast float* %116 to <8 x float>*
  store <8 x float> %111, <8 x float>* %117, align 4
  %118 = getelementptr inbounds float, float* %114, i64 16
  %119 = bitcast float* %118 to <8 x float>*
  store <8 x float> %112, <8 x float>* %119, align 4
  %120 = getelementptr inbounds float, float* %114, i64 24
  %121 = bitcast float* %120 to <8 x float>*
  store <8 x float> %113, <8 x float>* %121, align 4
  %index.next217 = add nuw i64 %index180, 32
  %122 = icmp eq i64 %index.next217, %n.vec177
  br i1 %122, label %middle.block171, label %vector.body173, !llvm.loop !7

middle.block171:                                  ; preds = %vector.body173
  %cmp.n179 = icmp eq i64 %88, %n.vec177
  br i1 %cmp.n179, label %done51.us, label %body50.us.preheader240

body50.us.preheader240:                           ; preds = %body50.us.preheader, %middle.block171
  %i52116.us.ph = phi i64 [ %add34.us, %body50.us.preheader ], [ %ind.end, %middle.block171 ]
  br label %body50.us

loop4.done6_crit_edge.us:                         ; preds = %done51.us
  %next64.us = add nuw nsw i64 %i120.us, 1
  %exitcond133.not = icmp eq i64 %next64.us, %n
  br i1 %exitcond133.not, label %join, label %loop4.preheader.us

join:                                             ; preds = %loop70.done72_crit_edge.split.us.us.us, %loop4.done6_crit_edge.us, %loop4.preheader.lr.ph, %loop65.preheader, %loop.preheader
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
