; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree nounwind
define void @syncbn_bn_normalize_clip(float* noalias nocapture readonly %x, float* noalias nocapture readonly %norm_params, i64 %n, i64 %c, i64 %s, float %lo, float %hi, float* noalias %y) local_unnamed_addr #0 {
entry:
  %y160 = ptrtoint float* %y to i64
  %mul = shl i64 %n, 2
  %mul1 = mul i64 %mul, %c
  %mul2 = mul i64 %mul1, %s
  %cmp = icmp sgt i64 %mul2, 16777215
  %go152 = icmp sgt i64 %n, 0
  br i1 %cmp, label %loop.preheader, label %loop84.preheader

loop84.preheader:                                 ; preds = %entry
  br i1 %go152, label %loop89.preheader.lr.ph, label %join

loop89.preheader.lr.ph:                           ; preds = %loop84.preheader
  %go93134 = icmp sgt i64 %c, 0
  %mul102 = mul i64 %c, 3
  %mul106 = shl i64 %c, 2
  %go117132 = icmp sgt i64 %s, 0
  %or.cond = select i1 %go93134, i1 %go117132, i1 false
  br i1 %or.cond, label %loop89.preheader.us.us.preheader, label %join

loop89.preheader.us.us.preheader:                 ; preds = %loop89.preheader.lr.ph
  %min.iters.check = icmp ult i64 %s, 32
  %n.vec = and i64 %s, -32
  %broadcast.splatinsert203 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat204 = shufflevector <8 x float> %broadcast.splatinsert203, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert205 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat206 = shufflevector <8 x float> %broadcast.splatinsert205, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert207 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat208 = shufflevector <8 x float> %broadcast.splatinsert207, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert209 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat210 = shufflevector <8 x float> %broadcast.splatinsert209, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert211 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat212 = shufflevector <8 x float> %broadcast.splatinsert211, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert213 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat214 = shufflevector <8 x float> %broadcast.splatinsert213, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert215 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat216 = shufflevector <8 x float> %broadcast.splatinsert215, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert217 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat218 = shufflevector <8 x float> %broadcast.splatinsert217, <8 x float> poison, <8 x i32> zeroinitializer
  %cmp.n = icmp eq i64 %n.vec, %s
  br label %loop89.preheader.us.us

loop89.preheader.us.us:                           ; preds = %loop89.preheader.us.us.preheader, %loop89.done91_crit_edge.split.us.us.us
  %i87137.us.us = phi i64 [ %next130.us.us, %loop89.done91_crit_edge.split.us.us.us ], [ 0, %loop89.preheader.us.us.preheader ]
  %mul110.us.us = mul i64 %i87137.us.us, %c
  br label %body90.us.us.us

body90.us.us.us:                                  ; preds = %loop113.done115_crit_edge.us.us.us, %loop89.preheader.us.us
  %i92135.us.us.us = phi i64 [ 0, %loop89.preheader.us.us ], [ %next129.us.us.us, %loop113.done115_crit_edge.us.us.us ]
  %p96.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %i92135.us.us.us
  %v97.us.us.us = load float, float* %p96.us.us.us, align 4
  %add99.us.us.us = add i64 %i92135.us.us.us, %c
  %p100.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add99.us.us.us
  %v101.us.us.us = load float, float* %p100.us.us.us, align 4
  %add103.us.us.us = add i64 %i92135.us.us.us, %mul102
  %p104.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add103.us.us.us
  %v105.us.us.us = load float, float* %p104.us.us.us, align 4
  %add107.us.us.us = add i64 %i92135.us.us.us, %mul106
  %p108.us.us.us = getelementptr inbounds float, float* %norm_params, i64 %add107.us.us.us
  %v109.us.us.us = load float, float* %p108.us.us.us, align 4
  %add111.us.us.us = add i64 %i92135.us.us.us, %mul110.us.us
  %mul112.us.us.us = mul i64 %add111.us.us.us, %s
  br i1 %min.iters.check, label %body114.us.us.us.preheader, label %vector.ph

vector.ph:                                        ; preds = %body90.us.us.us
  %broadcast.splatinsert = insertelement <8 x float> poison, float %v97.us.us.us, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert173 = insertelement <8 x float> poison, float %v97.us.us.us, i64 0
  %broadcast.splat174 = shufflevector <8 x float> %broadcast.splatinsert173, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert175 = insertelement <8 x float> poison, float %v97.us.us.us, i64 0
  %broadcast.splat176 = shufflevector <8 x float> %broadcast.splatinsert175, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert177 = insertelement <8 x float> poison, float %v97.us.us.us, i64 0
  %broadcast.splat178 = shufflevector <8 x float> %broadcast.splatinsert177, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert179 = insertelement <8 x float> poison, float %v101.us.us.us, i64 0
  %broadcast.splat180 = shufflevector <8 x float> %broadcast.splatinsert179, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert181 = insertelement <8 x float> poison, float %v101.us.us.us, i64 0
  %broadcast.splat182 = shufflevector <8 x float> %broadcast.splatinsert181, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert183 = insertelement <8 x float> poison, float %v101.us.us.us, i64 0
  %broadcast.splat184 = shufflevector <8 x float> %broadcast.splatinsert183, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert185 = insertelement <8 x float> poison, float %v101.us.us.us, i64 0
  %broadcast.splat186 = shufflevector <8 x float> %broadcast.splatinsert185, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert187 = insertelement <8 x float> poison, float %v105.us.us.us, i64 0
  %broadcast.splat188 = shufflevector <8 x float> %broadcast.splatinsert187, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert189 = insertelement <8 x float> poison, float %v105.us.us.us, i64 0
  %broadcast.splat190 = shufflevector <8 x float> %broadcast.splatinsert189, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert191 = insertelement <8 x float> poison, float %v105.us.us.us, i64 0
  %broadcast.splat192 = shufflevector <8 x float> %broadcast.splatinsert191, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert193 = insertelement <8 x float> poison, float %v105.us.us.us, i64 0
  %broadcast.splat194 = shufflevector <8 x float> %broadcast.splatinsert193, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert195 = insertelement <8 x float> poison, float %v109.us.us.us, i64 0
  %broadcast.splat196 = shufflevector <8 x float> %broadcast.splatinsert195, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert197 = insertelement <8 x float> poison, float %v109.us.us.us, i64 0
  %broadcast.splat198 = shufflevector <8 x float> %broadcast.splatinsert197, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert199 = insertelement <8 x float> poison, float %v109.us.us.us, i64 0
  %broadcast.splat200 = shufflevector <8 x float> %broadcast.splatinsert199, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert201 = insertelement <8 x float> poison, float %v109.us.us.us, i64 0
  %broadcast.splat202 = shufflevector <8 x float> %broadcast.splatinsert201, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %0 = add i64 %index, %mul112.us.us.us
  %1 = getelementptr inbounds float, float* %x, i64 %0
  %2 = bitcast float* %1 to <8 x float>*
  %wide.load = load <8 x float>, <8 x float>* %2, align 4
  %3 = getelementptr inbounds float, float* %1, i64 8
  %4 = bitcast float* %3 to <8 x float>*
  %wide.load170 = load <8 x float>, <8 x float>* %4, align 4
  %5 = getelementptr inbounds float, float* %1, i64 16
  %6 = bitcast float* %5 to <8 x float>*
  %wide.load171 = load <8 x float>, <8 x float>* %6, align 4
  %7 = getelementptr inbounds float, float* %1, i64 24
  %8 = bitcast float* %7 to <8 x float>*
  %wide.load172 = load <8 x float>, <8 x float>* %8, align 4
  %9 = fsub <8 x float> %wide.load, %broadcast.splat
  %10 = fsub <8 x float> %wide.load170, %broadcast.splat174
  %11 = fsub <8 x float> %wide.load171, %broadcast.splat176
  %12 = fsub <8 x float> %wide.load172, %broadcast.splat178
  %13 = fsub <8 x float> %9, %broadcast.splat180
  %14 = fsub <8 x float> %10, %broadcast.splat182
  %15 = fsub <8 x float> %11, %broadcast.splat184
  %16 = fsub <8 x float> %12, %broadcast.splat186
  %17 = fmul <8 x float> %broadcast.splat188, %13
  %18 = fmul <8 x float> %broadcast.splat190, %14
  %19 = fmul <8 x float> %broadcast.splat192, %15
  %20 = fmul <8 x float> %broadcast.splat194, %16
  %21 = fadd <8 x float> %broadcast.splat196, %17
  %22 = fadd <8 x float> %broadcast.splat198, %18
  %23 = fadd <8 x float> %broadcast.splat200, %19
  %24 = fadd <8 x float> %broadcast.splat202, %20
  %25 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %21, <8 x float> %broadcast.splat204)
  %26 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %22, <8 x float> %broadcast.splat206)
  %27 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %23, <8 x float> %broadcast.splat208)
  %28 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %24, <8 x float> %broadcast.splat210)
  %29 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %25, <8 x float> %broadcast.splat212)
  %30 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %26, <8 x float> %broadcast.splat214)
  %31 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %27, <8 x float> %broadcast.splat216)
  %32 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %28, <8 x float> %broadcast.splat218)
  %33 = getelementptr inbounds float, float* %y, i64 %0
  %34 = bitcast float* %33 to <8 x float>*
  store <8 x float> %29, <8 x float>* %34, align 4
  %35 = getelementptr inbounds float, float* %33, i64 8
  %36 = bitcast float* %35 to <8 x float>*
  store <8 x float> %30, <8 x float>* %36, align 4
  %37 = getelementptr inbounds float, float* %33, i64 16
  %38 = bitcast float* %37 to <8 x float>*
  store <8 x float> %31, <8 x float>* %38, align 4
  %39 = getelementptr inbounds float, float* %33, i64 24
  %40 = bitcast float* %39 to <8 x float>*
  store <8 x float> %32, <8 x float>* %40, align 4
  %index.next = add nuw i64 %index, 32
  %41 = icmp eq i64 %index.next, %n.vec
  br i1 %41, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  br i1 %cmp.n, label %loop113.done115_crit_edge.us.us.us, label %body114.us.us.us.preheader

body114.us.us.us.preheader:                       ; preds = %body90.us.us.us, %middle.block
  %i116133.us.us.us.ph = phi i64 [ 0, %body90.us.us.us ], [ %n.vec, %middle.block ]
  br label %body114.us.us.us

body114.us.us.us:                                 ; preds = %body114.us.us.us.preheader, %body114.us.us.us
  %i116133.us.us.us = phi i64 [ %next128.us.us.us, %body114.us.us.us ], [ %i116133.us.us.us.ph, %body114.us.us.us.preheader ]
  %add118.us.us.us = add i64 %i116133.us.us.us, %mul112.us.us.us
  %p119.us.us.us = getelementptr inbounds float, float* %x, i64 %add118.us.us.us
  %v120.us.us.us = load float, float* %p119.us.us.us, align 4
  %fsub121.us.us.us = fsub float %v120.us.us.us, %v97.us.us.us
  %fsub122.us.us.us = fsub float %fsub121.us.us.us, %v101.us.us.us
  %fmul123.us.us.us = fmul float %v105.us.us.us, %fsub122.us.us.us
  %fadd124.us.us.us = fadd float %v109.us.us.us, %fmul123.us.us.us
  %call125.us.us.us = tail call float @llvm.maxnum.f32(float %fadd124.us.us.us, float %lo)
  %call126.us.us.us = tail call float @llvm.minnum.f32(float %call125.us.us.us, float %hi)
  %p127.us.us.us = getelementptr inbounds float, float* %y, i64 %add118.us.us.us
  store float %call126.us.us.us, float* %p127.us.us.us, align 4
  %next128.us.us.us = add nuw nsw i64 %i116133.us.us.us, 1
  %exitcond.not = icmp eq i64 %next128.us.us.us, %s
  br i1 %exitcond.not, label %loop113.done115_crit_edge.us.us.us, label %body114.us.us.us, !llvm.loop !2

loop113.done115_crit_edge.us.us.us:               ; preds = %body114.us.us.us, %middle.block
  %next129.us.us.us = add nuw nsw i64 %i92135.us.us.us, 1
  %exitcond158.not = icmp eq i64 %next129.us.us.us, %c
  br i1 %exitcond158.not, label %loop89.done91_crit_edge.split.us.us.us, label %body90.us.us.us

loop89.done91_crit_edge.split.us.us.us:           ; preds = %loop113.done115_crit_edge.us.us.us
  %next130.us.us = add nuw nsw i64 %i87137.us.us, 1
  %exitcond159.not = icmp eq i64 %next130.us.us, %n
  br i1 %exitcond159.not, label %join, label %loop89.preheader.us.us

loop.preheader:                                   ; preds = %entry
  br i1 %go152, label %loop3.preheader.lr.ph, label %join

loop3.preheader.lr.ph:                            ; preds = %loop.preheader
  %go7150 = icmp sgt i64 %c, 0
  %mul13 = mul i64 %c, 3
  %mul17 = shl i64 %c, 2
  %one30 = insertelement <8 x float> undef, float %lo, i64 0
  %splat31 = shufflevector <8 x float> %one30, <8 x float> undef, <8 x i32> zeroinitializer
  %one32 = insertelement <8 x float> undef, float %hi, i64 0
  %splat33 = shufflevector <8 x float> %one32, <8 x float> undef, <8 x i32> zeroinitializer
  br i1 %go7150, label %loop3.preheader.us.preheader, label %join

loop3.preheader.us.preheader:                     ; preds = %loop3.preheader.lr.ph
  %42 = mul i64 %s, %c
  %43 = mul i64 %42, -4
  %44 = mul i64 %s, -4
  %broadcast.splatinsert303 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat304 = shufflevector <8 x float> %broadcast.splatinsert303, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert305 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat306 = shufflevector <8 x float> %broadcast.splatinsert305, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert265 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat266 = shufflevector <8 x float> %broadcast.splatinsert265, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert267 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat268 = shufflevector <8 x float> %broadcast.splatinsert267, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert269 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat270 = shufflevector <8 x float> %broadcast.splatinsert269, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert271 = insertelement <8 x float> poison, float %lo, i64 0
  %broadcast.splat272 = shufflevector <8 x float> %broadcast.splatinsert271, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert273 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat274 = shufflevector <8 x float> %broadcast.splatinsert273, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert275 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat276 = shufflevector <8 x float> %broadcast.splatinsert275, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert277 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat278 = shufflevector <8 x float> %broadcast.splatinsert277, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert279 = insertelement <8 x float> poison, float %hi, i64 0
  %broadcast.splat280 = shufflevector <8 x float> %broadcast.splatinsert279, <8 x float> poison, <8 x i32> zeroinitializer
  br label %loop3.preheader.us

loop3.preheader.us:                               ; preds = %loop3.preheader.us.preheader, %loop3.done5_crit_edge.us
  %i153.us = phi i64 [ 0, %loop3.preheader.us.preheader ], [ %next83.us, %loop3.done5_crit_edge.us ]
  %45 = mul i64 %43, %i153.us
  %46 = sub i64 %45, %y160
  %mul21.us = mul i64 %i153.us, %c
  br label %body4.us

body4.us:                                         ; preds = %loop3.preheader.us, %done68.us
  %i6151.us = phi i64 [ 0, %loop3.preheader.us ], [ %next82.us, %done68.us ]
  %47 = mul i64 %44, %i6151.us
  %48 = add i64 %46, %47
  %49 = lshr i64 %48, 2
  %50 = and i64 %49, 7
  %umin282 = call i64 @llvm.umin.i64(i64 %s, i64 %50)
  %p.us = getelementptr inbounds float, float* %norm_params, i64 %i6151.us
  %v.us = load float, float* %p.us, align 4
  %add10.us = add i64 %i6151.us, %c
  %p11.us = getelementptr inbounds float, float* %norm_params, i64 %add10.us
  %v12.us = load float, float* %p11.us, align 4
  %add14.us = add i64 %i6151.us, %mul13
  %p15.us = getelementptr inbounds float, float* %norm_params, i64 %add14.us
  %v16.us = load float, float* %p15.us, align 4
  %add18.us = add i64 %i6151.us, %mul17
  %p19.us = getelementptr inbounds float, float* %norm_params, i64 %add18.us
  %v20.us = load float, float* %p19.us, align 4
  %add22.us = add i64 %i6151.us, %mul21.us
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
  %go40144.us.not = icmp eq i64 %sel.us, 0
  br i1 %go40144.us.not, label %done38.us, label %vector.ph286

vector.ph286:                                     ; preds = %body4.us
  %n.rnd.up = add nuw nsw i64 %umin282, 7
  %n.vec288 = and i64 %n.rnd.up, 8
  %trip.count.minus.1 = add nsw i64 %umin282, -1
  %broadcast.splatinsert290 = insertelement <8 x i64> poison, i64 %trip.count.minus.1, i64 0
  %broadcast.splat291 = shufflevector <8 x i64> %broadcast.splatinsert290, <8 x i64> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert295 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat296 = shufflevector <8 x float> %broadcast.splatinsert295, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert297 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat298 = shufflevector <8 x float> %broadcast.splatinsert297, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert299 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat300 = shufflevector <8 x float> %broadcast.splatinsert299, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert301 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat302 = shufflevector <8 x float> %broadcast.splatinsert301, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body285

vector.body285:                                   ; preds = %vector.body285, %vector.ph286
  %index292 = phi i64 [ 0, %vector.ph286 ], [ %index.next307, %vector.body285 ]
  %broadcast.splatinsert293 = insertelement <8 x i64> poison, i64 %index292, i64 0
  %broadcast.splat294 = shufflevector <8 x i64> %broadcast.splatinsert293, <8 x i64> poison, <8 x i32> zeroinitializer
  %vec.iv = or <8 x i64> %broadcast.splat294, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %51 = icmp ule <8 x i64> %vec.iv, %broadcast.splat291
  %52 = add i64 %index292, %mul23.us
  %53 = getelementptr inbounds float, float* %x, i64 %52
  %54 = bitcast float* %53 to <8 x float>*
  %wide.masked.load = call <8 x float> @llvm.masked.load.v8f32.p0v8f32(<8 x float>* %54, i32 4, <8 x i1> %51, <8 x float> poison)
  %55 = fsub <8 x float> %wide.masked.load, %broadcast.splat296
  %56 = fsub <8 x float> %55, %broadcast.splat298
  %57 = fmul <8 x float> %broadcast.splat300, %56
  %58 = fadd <8 x float> %broadcast.splat302, %57
  %59 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %58, <8 x float> %broadcast.splat304)
  %60 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %59, <8 x float> %broadcast.splat306)
  %61 = getelementptr inbounds float, float* %y, i64 %52
  %62 = bitcast float* %61 to <8 x float>*
  call void @llvm.masked.store.v8f32.p0v8f32(<8 x float> %60, <8 x float>* %62, i32 4, <8 x i1> %51)
  %index.next307 = add i64 %index292, 8
  %63 = icmp eq i64 %index.next307, %n.vec288
  br i1 %63, label %done38.us, label %vector.body285, !llvm.loop !4

done38.us:                                        ; preds = %vector.body285, %body4.us
  %sub47.us = sub i64 %s, %sel.us
  %body48.us = and i64 %sub47.us, -8
  %add49.us = or i64 %body48.us, %sel.us
  %go54146.us = icmp slt i64 %sel.us, %add49.us
  br i1 %go54146.us, label %body51.us, label %loop66.preheader.us

done68.us:                                        ; preds = %body67.us, %middle.block219, %loop66.preheader.us
  %next82.us = add nuw nsw i64 %i6151.us, 1
  %exitcond165.not = icmp eq i64 %next82.us, %c
  br i1 %exitcond165.not, label %loop3.done5_crit_edge.us, label %body4.us

body67.us:                                        ; preds = %body67.us.preheader308, %body67.us
  %i69149.us = phi i64 [ %next81.us, %body67.us ], [ %i69149.us.ph, %body67.us.preheader308 ]
  %add71.us = add i64 %i69149.us, %mul23.us
  %p72.us = getelementptr inbounds float, float* %x, i64 %add71.us
  %v73.us = load float, float* %p72.us, align 4
  %fsub74.us = fsub float %v73.us, %v.us
  %fsub75.us = fsub float %fsub74.us, %v12.us
  %fmul76.us = fmul float %v16.us, %fsub75.us
  %fadd77.us = fadd float %v20.us, %fmul76.us
  %call78.us = tail call float @llvm.maxnum.f32(float %fadd77.us, float %lo)
  %call79.us = tail call float @llvm.minnum.f32(float %call78.us, float %hi)
  %p80.us = getelementptr inbounds float, float* %y, i64 %add71.us
  store float %call79.us, float* %p80.us, align 4
  %next81.us = add nsw i64 %i69149.us, 1
  %exitcond164.not = icmp eq i64 %next81.us, %s
  br i1 %exitcond164.not, label %done68.us, label %body67.us, !llvm.loop !5

body51.us:                                        ; preds = %done38.us, %body51.us
  %i53147.us = phi i64 [ %next65.us, %body51.us ], [ %sel.us, %done38.us ]
  %add55.us = add i64 %i53147.us, %mul23.us
  %p56.us = getelementptr inbounds float, float* %x, i64 %add55.us
  %vp.us = bitcast float* %p56.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %fsub57.us = fsub <8 x float> %vec.us, %splat.us
  %fsub58.us = fsub <8 x float> %fsub57.us, %splat25.us
  %fmul59.us = fmul <8 x float> %splat27.us, %fsub58.us
  %fadd60.us = fadd <8 x float> %splat29.us, %fmul59.us
  %call61.us = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %fadd60.us, <8 x float> %splat31)
  %call62.us = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %call61.us, <8 x float> %splat33)
  %p63.us = getelementptr inbounds float, float* %y, i64 %add55.us
  %vp64.us = bitcast float* %p63.us to <8 x float>*
  store <8 x float> %call62.us, <8 x float>* %vp64.us, align 32, !nontemporal !6
  %next65.us = add i64 %i53147.us, 8
  %go54.us = icmp slt i64 %next65.us, %add49.us
  br i1 %go54.us, label %body51.us, label %loop66.preheader.us

loop66.preheader.us:                              ; preds = %body51.us, %done38.us
  %go70148.us = icmp slt i64 %add49.us, %s
  br i1 %go70148.us, label %body67.us.preheader, label %done68.us

body67.us.preheader:                              ; preds = %loop66.preheader.us
  %64 = sub i64 %s, %add49.us
  %min.iters.check222 = icmp ult i64 %64, 32
  br i1 %min.iters.check222, label %body67.us.preheader308, label %vector.ph223

vector.ph223:                                     ; preds = %body67.us.preheader
  %n.vec225 = and i64 %64, -32
  %ind.end = add i64 %add49.us, %n.vec225
  %broadcast.splatinsert233 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat234 = shufflevector <8 x float> %broadcast.splatinsert233, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert235 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat236 = shufflevector <8 x float> %broadcast.splatinsert235, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert237 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat238 = shufflevector <8 x float> %broadcast.splatinsert237, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert239 = insertelement <8 x float> poison, float %v.us, i64 0
  %broadcast.splat240 = shufflevector <8 x float> %broadcast.splatinsert239, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert241 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat242 = shufflevector <8 x float> %broadcast.splatinsert241, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert243 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat244 = shufflevector <8 x float> %broadcast.splatinsert243, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert245 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat246 = shufflevector <8 x float> %broadcast.splatinsert245, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert247 = insertelement <8 x float> poison, float %v12.us, i64 0
  %broadcast.splat248 = shufflevector <8 x float> %broadcast.splatinsert247, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert249 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat250 = shufflevector <8 x float> %broadcast.splatinsert249, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert251 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat252 = shufflevector <8 x float> %broadcast.splatinsert251, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert253 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat254 = shufflevector <8 x float> %broadcast.splatinsert253, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert255 = insertelement <8 x float> poison, float %v16.us, i64 0
  %broadcast.splat256 = shufflevector <8 x float> %broadcast.splatinsert255, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert257 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat258 = shufflevector <8 x float> %broadcast.splatinsert257, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert259 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat260 = shufflevector <8 x float> %broadcast.splatinsert259, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert261 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat262 = shufflevector <8 x float> %broadcast.splatinsert261, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert263 = insertelement <8 x float> poison, float %v20.us, i64 0
  %broadcast.splat264 = shufflevector <8 x float> %broadcast.splatinsert263, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body221

vector.body221:                                   ; preds = %vector.body221, %vector.ph223
  %index228 = phi i64 [ 0, %vector.ph223 ], [ %index.next281, %vector.body221 ]
  %offset.idx = add i64 %add49.us, %index228
  %65 = add i64 %offset.idx, %mul23.us
  %66 = getelementptr inbounds float, float* %x, i64 %65
  %67 = bitcast float* %66 to <8 x float>*
  %wide.load229 = load <8 x float>, <8 x float>* %67, align 4
  %68 = getelementptr inbounds float, float* %66, i64 8
  %69 = bitcast float* %68 to <8 x float>*
  %wide.load230 = load <8 x float>, <8 x float>* %69, align 4
  %70 = getelementptr inbounds float, float* %66, i64 16
  %71 = bitcast float* %70 to <8 x float>*
  %wide.load231 = load <8 x float>, <8 x float>* %71, align 4
  %72 = getelementptr inbounds float, float* %66, i64 24
  %73 = bitcast float* %72 to <8 x float>*
  %wide.load232 = load <8 x float>, <8 x float>* %73, align 4
  %74 = fsub <8 x float> %wide.load229, %broadcast.splat234
  %75 = fsub <8 x float> %wide.load230, %broadcast.splat236
  %76 = fsub <8 x float> %wide.load231, %broadcast.splat238
  %77 = fsub <8 x float> %wide.load232, %broadcast.splat240
  %78 = fsub <8 x float> %74, %broadcast.splat242
  %79 = fsub <8 x float> %75, %broadcast.splat244
  %80 = fsub <8 x float> %76, %broadcast.splat246
  %81 = fsub <8 x float> %77, %broadcast.splat248
  %82 = fmul <8 x float> %broadcast.splat250, %78
  %83 = fmul <8 x float> %broadcast.splat252, %79
  %84 = fmul <8 x float> %broadcast.splat254, %80
  %85 = fmul <8 x float> %broadcast.splat256, %81
  %86 = fadd <8 x float> %broadcast.splat258, %82
  %87 = fadd <8 x float> %broadcast.splat260, %83
  %88 = fadd <8 x float> %broadcast.splat262, %84
  %89 = fadd <8 x float> %broadcast.splat264, %85
  %90 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %86, <8 x float> %broadcast.splat266)
  %91 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %87, <8 x float> %broadcast.splat268)
  %92 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %88, <8 x float> %broadcast.splat270)
  %93 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %89, <8 x float> %broadcast.splat272)
  %94 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %90, <8 x float> %broadcast.splat274)
  %95 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %91, <8 x float> %broadcast.splat276)
  %96 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %92, <8 x float> %broadcast.splat278)
  %97 = call <8 x float> @llvm.minnum.v8f32(<8 x float> %93, <8 x float> %broadcast.splat280)
  %98 = getelementptr inbounds float, float* %y, i64 %65
  %99 = bitcast float* %98 to <8 x float>*
  store <8 x float> %94, <8 x float>* %99, align 4
  %100 = getelementptr inbounds float, float* %98, i64 8
  %101 = bitcast float* %100 to <8 x float>*
  store <8 x float> %95, <8 x float>* %101, align 4
  %102 = getelementptr inbounds float, float* %98, i64 16
  %103 = bitcast float* %102 to <8 x float>*
  store <8 x float> %96, <8 x float>* %103, align 4
  %104 = getelementptr inbounds float, float* %98, i64 24
  %105 = bitcast float* %104 to <8 x float>*
  store <8 x float> %97, <8 x float>* %105, align 4
  %index.next281 = add nuw i64 %index228, 32
  %106 = icmp eq i64 %index.next281, %n.vec225
  br i1 %106, label %middle.block219, label %vector.body221, !llvm.loop !7

middle.block219:                                  ; preds = %vector.body221
  %cmp.n227 = icmp eq i64 %64, %n.vec225
  br i1 %cmp.n227, label %done68.us, label %body67.us.preheader308

body67.us.preheader308:                           ; preds = %body67.us.preheader, %middle.block219
  %i69149.us.ph = phi i64 [ %add49.us, %body67.us.preheader ], [ %ind.end, %middle.block219 ]
  br label %body67.us

loop3.done5_crit_edge.us:                         ; preds = %done68.us
  %next83.us = add nuw nsw i64 %i153.us, 1
  %exitcond166.not = icmp eq i64 %next83.us, %n
  br i1 %exitcond166.not, label %join, label %loop3.preheader.us

join:                                             ; preds = %loop89.done91_crit_edge.split.us.us.us, %loop3.done5_crit_edge.us, %loop3.preheader.lr.ph, %loop89.preheader.lr.ph, %loop84.preheader, %loop.preheader
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
