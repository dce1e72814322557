; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind
define void @syncbn_bn_grad_reduce_clip(float* noalias nocapture readonly %dy, float* noalias nocapture readonly %x, float* noalias nocapture readonly %norm_params, float* noalias nocapture readonly %y, i64 %n, i64 %c, i64 %s, i64 %first, i64 %end, float %lo, float %hi, double* noalias nocapture %sums) local_unnamed_addr #0 {
entry:
  %mul = mul i64 %s, %n
  %i2f = sitofp i64 %mul to double
  %cmp = icmp eq i64 %first, 0
  %go157 = icmp sgt i64 %c, 0
  %or.cond = select i1 %cmp, i1 %go157, i1 false
  br i1 %or.cond, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %entry
  %mul3 = shl nuw i64 %c, 1
  %min.iters.check = icmp ult i64 %c, 16
  br i1 %min.iters.check, label %body.preheader, label %vector.memcheck

vector.memcheck:                                  ; preds = %body.lr.ph
  %scevgep = getelementptr double, double* %sums, i64 %c
  %scevgep181 = getelementptr double, double* %sums, i64 %mul3
  %0 = mul i64 %c, 3
  %scevgep183 = getelementptr double, double* %sums, i64 %0
  %bound0185 = icmp ugt double* %scevgep183, %sums
  %bound1 = icmp ult double* %scevgep181, %scevgep
  %found.conflict = and i1 %bound0185, %bound1
  br i1 %found.conflict, label %body.preheader, label %vector.ph

vector.ph:                                        ; preds = %vector.memcheck
  %n.vec = and i64 %c, -16
  %broadcast.splatinsert = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat = shufflevector <4 x double> %broadcast.splatinsert, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert187 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat188 = shufflevector <4 x double> %broadcast.splatinsert187, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert189 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat190 = shufflevector <4 x double> %broadcast.splatinsert189, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert191 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat192 = shufflevector <4 x double> %broadcast.splatinsert191, <4 x double> poison, <4 x i32> zeroinitializer
  %1 = add i64 %n.vec, -16
  %2 = lshr exact i64 %1, 4
  %3 = add nuw nsw i64 %2, 1
  %xtraiter = and i64 %3, 1
  %4 = icmp eq i64 %1, 0
  br i1 %4, label %middle.block.unr-lcssa, label %vector.ph.new

vector.ph.new:                                    ; preds = %vector.ph
  %unroll_iter = and i64 %3, 2305843009213693950
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph.new
  %index = phi i64 [ 0, %vector.ph.new ], [ %index.next.1, %vector.body ]
  %niter = phi i64 [ 0, %vector.ph.new ], [ %niter.next.1, %vector.body ]
  %5 = getelementptr inbounds double, double* %sums, i64 %index
  %6 = bitcast double* %5 to <4 x double>*
  store <4 x double> %broadcast.splat, <4 x double>* %6, align 8, !alias.scope !0, !noalias !3
  %7 = getelementptr inbounds double, double* %5, i64 4
  %8 = bitcast double* %7 to <4 x double>*
  store <4 x double> %broadcast.splat188, <4 x double>* %8, align 8, !alias.scope !0, !noalias !3
  %9 = getelementptr inbounds double, double* %5, i64 8
  %10 = bitcast double* %9 to <4 x double>*
  store <4 x double> %broadcast.splat190, <4 x double>* %10, align 8, !alias.scope !0, !noalias !3
  %11 = getelementptr inbounds double, double* %5, i64 12
  %12 = bitcast double* %11 to <4 x double>*
  store <4 x double> %broadcast.splat192, <4 x double>* %12, align 8, !alias.scope !0, !noalias !3
  %13 = add i64 %index, %c
  %14 = getelementptr inbounds double, double* %sums, i64 %13
  %15 = bitcast double* %14 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %15, align 8, !alias.scope !6, !noalias !7
  %16 = getelementptr inbounds double, double* %14, i64 4
  %17 = bitcast double* %16 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %17, align 8, !alias.scope !6, !noalias !7
  %18 = getelementptr inbounds double, double* %14, i64 8
  %19 = bitcast double* %18 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %19, align 8, !alias.scope !6, !noalias !7
  %20 = getelementptr inbounds double, double* %14, i64 12
  %21 = bitcast double* %20 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %21, align 8, !alias.scope !6, !noalias !7
  %22 = add i64 %index, %mul3
  %23 = getelementptr inbounds double, double* %sums, i64 %22
  %24 = bitcast double* %23 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %24, align 8, !alias.scope !7
  %25 = getelementptr inbounds double, double* %23, i64 4
  %26 = bitcast double* %25 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %26, align 8, !alias.scope !7
  %27 = getelementptr inbounds double, double* %23, i64 8
  %28 = bitcast double* %27 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %28, align 8, !alias.scope !7
  %29 = getelementptr inbounds double, double* %23, i64 12
  %30 = bitcast double* %29 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %30, align 8, !alias.scope !7
  %index.next = or i64 %index, 16
  %31 = getelementptr inbounds double, double* %sums, i64 %index.next
  %32 = bitcast double* %31 to <4 x double>*
  store <4 x double> %broadcast.splat, <4 x double>* %32, align 8, !alias.scope !0, !noalias !3
  %33 = getelementptr inbounds double, double* %31, i64 4
  %34 = bitcast double* %33 to <4 x double>*
  store <4 x double> %broadcast.splat188, <4 x double>* %34, align 8, !alias.scope !0, !noalias !3
  %35 = getelementptr inbounds double, double* %31, i64 8
  %36 = bitcast double* %35 to <4 x double>*
  store <4 x double> %broadcast.splat190, <4 x double>* %36, align 8, !alias.scope !0, !noalias !3
  %37 = getelementptr inbounds double, double* %31, i64 12
  %38 = bitcast double* %37 to <4 x double>*
  store <4 x double> %broadcast.splat192, <4 x double>* %38, align 8, !alias.scope !0, !noalias !3
  %39 = add i64 %index.next, %c
  %40 = getelementptr inbounds double, double* %sums, i64 %39
  %41 = bitcast double* %40 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %41, align 8, !alias.scope !6, !noalias !7
  %42 = getelementptr inbounds double, double* %40, i64 4
  %43 = bitcast double* %42 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %43, align 8, !alias.scope !6, !noalias !7
  %44 = getelementptr inbounds double, double* %40, i64 8
  %45 = bitcast double* %44 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %45, align 8, !alias.scope !6, !noalias !7
  %46 = getelementptr inbounds double, double* %40, i64 12
  %47 = bitcast double* %46 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %47, align 8, !alias.scope !6, !noalias !7
  %48 = add i64 %index.next, %mul3
  %49 = getelementptr inbounds double, double* %sums, i64 %48
  %50 = bitcast double* %49 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %50, align 8, !alias.scope !7
  %51 = getelementptr inbounds double, double* %49, i64 4
  %52 = bitcast double* %51 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %52, align 8, !alias.scope !7
  %53 = getelementptr inbounds double, double* %49, i64 8
  %54 = bitcast double* %53 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %54, align 8, !alias.scope !7
  %55 = getelementptr inbounds double, double* %49, i64 12
  %56 = bitcast double* %55 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %56, align 8, !alias.scope !7
  %index.next.1 = add nuw i64 %index, 32
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %middle.block.unr-lcssa, label %vector.body, !llvm.loop !8

middle.block.unr-lcssa:                           ; preds = %vector.body, %vector.ph
  %index.unr = phi i64 [ 0, %vector.ph ], [ %index.next.1, %vector.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %middle.block, label %vector.body.epil

vector.body.epil:                                 ; preds = %middle.block.unr-lcssa
  %57 = getelementptr inbounds double, double* %sums, i64 %index.unr
  %58 = bitcast double* %57 to <4 x double>*
  store <4 x double> %broadcast.splat, <4 x double>* %58, align 8, !alias.scope !0, !noalias !3
  %59 = getelementptr inbounds double, double* %57, i64 4
  %60 = bitcast double* %59 to <4 x double>*
  store <4 x double> %broadcast.splat188, <4 x double>* %60, align 8, !alias.scope !0, !noalias !3
  %61 = getelementptr inbounds double, double* %57, i64 8
  %62 = bitcast double* %61 to <4 x double>*
  store <4 x double> %broadcast.splat190, <4 x double>* %62, align 8, !alias.scope !0, !noalias !3
  %63 = getelementptr inbounds double, double* %57, i64 12
  %64 = bitcast double* %63 to <4 x double>*
  store <4 x double> %broadcast.splat192, <4 x double>* %64, align 8, !alias.scope !0, !noalias !3
  %65 = add i64 %index.unr, %c
  %66 = getelementptr inbounds double, double* %sums, i64 %65
  %67 = bitcast double* %66 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %67, align 8, !alias.scope !6, !noalias !7
  %68 = getelementptr inbounds double, double* %66, i64 4
  %69 = bitcast double* %68 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %69, align 8, !alias.scope !6, !noalias !7
  %70 = getelementptr inbounds double, double* %66, i64 8
  %71 = bitcast double* %70 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %71, align 8, !alias.scope !6, !noalias !7
  %72 = getelementptr inbounds double, double* %66, i64 12
  %73 = bitcast double* %72 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %73, align 8, !alias.scope !6, !noalias !7
  %74 = add i64 %index.unr, %mul3
  %75 = getelementptr inbounds double, double* %sums, i64 %74
  %76 = bitcast double* %75 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %76, align 8, !alias.scope !7
  %77 = getelementptr inbounds double, double* %75, i64 4
  %78 = bitcast double* %77 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %78, align 8, !alias.scope !7
  %79 = getelementptr inbounds double, double* %75, i64 8
  %80 = bitcast double* %79 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %80, align 8, !alias.scope !7
  %81 = getelementptr inbounds double, double* %75, i64 12
  %82 = bitcast double* %81 to <4 x double>*
  store <4 x double> zeroinitializer, <4 x double>* %82, align 8, !alias.scope !7
  br label %middle.block

middle.block:                                     ; preds = %middle.block.unr-lcssa, %vector.body.epil
  %cmp.n = icmp eq i64 %n.vec, %c
  br i1 %cmp.n, label %join, label %body.preheader

body.preheader:                                   ; preds = %vector.memcheck, %body.lr.ph, %middle.block
  %i158.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %body.lr.ph ], [ %n.vec, %middle.block ]
  %83 = xor i64 %i158.ph, -1
  %84 = add i64 %83, %c
  %xtraiter193 = and i64 %c, 3
  %lcmp.mod194.not = icmp eq i64 %xtraiter193, 0
  br i1 %lcmp.mod194.not, label %body.prol.loopexit, label %body.prol

body.prol:                                        ; preds = %body.preheader, %body.prol
  %i158.prol = phi i64 [ %next.prol, %body.prol ], [ %i158.ph, %body.preheader ]
  %prol.iter = phi i64 [ %prol.iter.next, %body.prol ], [ 0, %body.preheader ]
  %p.prol = getelementptr inbounds double, double* %sums, i64 %i158.prol
  store double %i2f, double* %p.prol, align 8
  %add.prol = add i64 %i158.prol, %c
  %p2.prol = getelementptr inbounds double, double* %sums, i64 %add.prol
  store double 0.000000e+00, double* %p2.prol, align 8
  %add4.prol = add i64 %i158.prol, %mul3
  %p5.prol = getelementptr inbounds double, double* %sums, i64 %add4.prol
  store double 0.000000e+00, double* %p5.prol, align 8
  %next.prol = add nuw nsw i64 %i158.prol, 1
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter193
  br i1 %prol.iter.cmp.not, label %body.prol.loopexit, label %body.prol, !llvm.loop !10

body.prol.loopexit:                               ; preds = %body.prol, %body.preheader
  %i158.unr = phi i64 [ %i158.ph, %body.preheader ], [ %next.prol, %body.prol ]
  %85 = icmp ult i64 %84, 3
  br i1 %85, label %join, label %body

join:                                             ; preds = %body.prol.loopexit, %body, %middle.block, %entry
  %go10172 = icmp slt i64 %first, %end
  br i1 %go10172, label %loop11.preheader.lr.ph, label %join134

loop11.preheader.lr.ph:                           ; preds = %join
  %body28 = and i64 %s, -8
  %go33159 = icmp sgt i64 %body28, 0
  %one = insertelement <8 x float> undef, float %lo, i64 0
  %splat = shufflevector <8 x float> %one, <8 x float> undef, <8 x i32> zeroinitializer
  %one41 = insertelement <8 x float> undef, float %hi, i64 0
  %splat42 = shufflevector <8 x float> %one41, <8 x float> undef, <8 x i32> zeroinitializer
  %go61164 = icmp slt i64 %body28, %s
  %mul123 = shl i64 %c, 1
  br i1 %go157, label %loop11.preheader.us.preheader, label %join134

loop11.preheader.us.preheader:                    ; preds = %loop11.preheader.lr.ph
  %86 = add i64 %body28, -1
  %87 = lshr i64 %86, 3
  %88 = add nuw nsw i64 %87, 1
  %89 = xor i64 %body28, -1
  %xtraiter195 = and i64 %88, 1
  %90 = icmp eq i64 %86, 7
  %unroll_iter199 = and i64 %88, 4611686018427387902
  %lcmp.mod196.not = icmp eq i64 %xtraiter195, 0
  %xtraiter201 = and i64 %s, 1
  %lcmp.mod202.not = icmp eq i64 %xtraiter201, 0
  %next81.us.prol = or i64 %body28, 1
  %91 = sub i64 0, %s
  %92 = icmp eq i64 %89, %91
  br label %loop11.preheader.us

loop11.preheader.us:                              ; preds = %loop11.preheader.us.preheader, %loop11.done13_crit_edge.us
  %i9173.us = phi i64 [ %next130.us, %loop11.done13_crit_edge.us ], [ %first, %loop11.preheader.us.preheader ]
  %mul21.us = mul i64 %i9173.us, %c
  br label %body12.us

body12.us:                                        ; preds = %loop11.preheader.us, %done59.us
  %i14171.us = phi i64 [ 0, %loop11.preheader.us ], [ %next129.us, %done59.us ]
  %p16.us = getelementptr inbounds float, float* %norm_params, i64 %i14171.us
  %v.us = load float, float* %p16.us, align 4
  %ext.us = fpext float %v.us to double
  %add17.us = add i64 %i14171.us, %c
  %p18.us = getelementptr inbounds float, float* %norm_params, i64 %add17.us
  %v19.us = load float, float* %p18.us, align 4
  %ext20.us = fpext float %v19.us to double
  %add22.us = add i64 %i14171.us, %mul21.us
  %mul23.us = mul i64 %add22.us, %s
  %p24.us = getelementptr inbounds float, float* %dy, i64 %mul23.us
  %p25.us = getelementptr inbounds float, float* %x, i64 %mul23.us
  %p26.us = getelementptr inbounds float, float* %y, i64 %mul23.us
  br i1 %go33159, label %body30.lr.ph.us, label %loop57.preheader.us

done59.us:                                        ; preds = %body58.us.prol.loopexit, %body58.us, %loop57.preheader.us
  %var56.0.lcssa.us = phi double [ 0.000000e+00, %loop57.preheader.us ], [ %fadd80.us.lcssa.unr, %body58.us.prol.loopexit ], [ %fadd80.us.1, %body58.us ]
  %var55.0.lcssa.us = phi double [ 0.000000e+00, %loop57.preheader.us ], [ %fadd78.us.lcssa.unr, %body58.us.prol.loopexit ], [ %fadd78.us.1, %body58.us ]
  %lane.us = extractelement <8 x double> %var.0.lcssa.us, i64 0
  %fadd84.us = fadd double %lane.us, %var55.0.lcssa.us
  %lane85.us = extractelement <8 x double> %var.0.lcssa.us, i64 1
  %fadd86.us = fadd double %lane85.us, %fadd84.us
  %lane87.us = extractelement <8 x double> %var.0.lcssa.us, i64 2
  %fadd88.us = fadd double %lane87.us, %fadd86.us
  %lane89.us = extractelement <8 x double> %var.0.lcssa.us, i64 3
  %fadd90.us = fadd double %lane89.us, %fadd88.us
  %lane91.us = extractelement <8 x double> %var.0.lcssa.us, i64 4
  %fadd92.us = fadd double %lane91.us, %fadd90.us
  %lane93.us = extractelement <8 x double> %var.0.lcssa.us, i64 5
  %fadd94.us = fadd double %lane93.us, %fadd92.us
  %lane95.us = extractelement <8 x double> %var.0.lcssa.us, i64 6
  %fadd96.us = fadd double %lane95.us, %fadd94.us
  %lane97.us = extractelement <8 x double> %var.0.lcssa.us, i64 7
  %fadd98.us = fadd double %lane97.us, %fadd96.us
  %p101.us = getelementptr inbounds double, double* %sums, i64 %add17.us
  %v102.us = load double, double* %p101.us, align 8
  %fadd103.us = fadd double %fadd98.us, %v102.us
  store double %fadd103.us, double* %p101.us, align 8
  %lane107.us = extractelement <8 x double> %var27.0.lcssa.us, i64 0
  %fadd108.us = fadd double %lane107.us, %var56.0.lcssa.us
  %lane109.us = extractelement <8 x double> %var27.0.lcssa.us, i64 1
  %fadd110.us = fadd double %lane109.us, %fadd108.us
  %lane111.us = extractelement <8 x double> %var27.0.lcssa.us, i64 2
  %fadd112.us = fadd double %lane111.us, %fadd110.us
  %lane113.us = extractelement <8 x double> %var27.0.lcssa.us, i64 3
  %fadd114.us = fadd double %lane113.us, %fadd112.us
  %lane115.us = extractelement <8 x double> %var27.0.lcssa.us, i64 4
  %fadd116.us = fadd double %lane115.us, %fadd114.us
  %lane117.us = extractelement <8 x double> %var27.0.lcssa.us, i64 5
  %fadd118.us = fadd double %lane117.us, %fadd116.us
  %lane119.us = extractelement <8 x double> %var27.0.lcssa.us, i64 6
  %fadd120.us = fadd double %lane119.us, %fadd118.us
  %lane121.us = extractelement <8 x double> %var27.0.lcssa.us, i64 7
  %fadd122.us = fadd double %lane121.us, %fadd120.us
  %add124.us = add i64 %i14171.us, %mul123
  %p125.us = getelementptr inbounds double, double* %sums, i64 %add124.us
  %v126.us = load double, double* %p125.us, align 8
  %fadd127.us = fadd double %fadd122.us, %v126.us
  store double %fadd127.us, double* %p125.us, align 8
  %next129.us = add nuw nsw i64 %i14171.us, 1
  %exitcond177.not = icmp eq i64 %next129.us, %c
  br i1 %exitcond177.not, label %loop11.done13_crit_edge.us, label %body12.us

body58.us:                                        ; preds = %body58.us.prol.loopexit, %body58.us
  %i60167.us = phi i64 [ %next81.us.1, %body58.us ], [ %i60167.us.unr, %body58.us.prol.loopexit ]
  %var55.0166.us = phi double [ %fadd78.us.1, %body58.us ], [ %var55.0166.us.unr, %body58.us.prol.loopexit ]
  %var56.0165.us = phi double [ %fadd80.us.1, %body58.us ], [ %var56.0165.us.unr, %body58.us.prol.loopexit ]
  %p62.us = getelementptr inbounds float, float* %p24.us, i64 %i60167.us
  %v63.us = load float, float* %p62.us, align 4
  %p64.us = getelementptr inbounds float, float* %p25.us, i64 %i60167.us
  %v65.us = load float, float* %p64.us, align 4
  %p66.us = getelementptr inbounds float, float* %p26.us, i64 %i60167.us
  %v67.us = load float, float* %p66.us, align 4
  %cmp68.us = fcmp ogt float %v67.us, %lo
  %cmp70.us = fcmp olt float %v67.us, %hi
  %93 = select i1 %cmp70.us, i1 %cmp68.us, i1 false
  %94 = fpext float %v63.us to double
  %widen72.us = select i1 %93, double %94, double 0.000000e+00
  %widen73.us = fpext float %v65.us to double
  %fsub74.us = fsub double %widen73.us, %ext.us
  %fsub75.us = fsub double %fsub74.us, %ext20.us
  %fmul76.us = fmul double %fsub75.us, %widen72.us
  %fadd78.us = fadd double %var55.0166.us, %widen72.us
  %fadd80.us = fadd double %var56.0165.us, %fmul76.us
  %next81.us = add nsw i64 %i60167.us, 1
  %p62.us.1 = getelementptr inbounds float, float* %p24.us, i64 %next81.us
  %v63.us.1 = load float, float* %p62.us.1, align 4
  %p64.us.1 = getelementptr inbounds float, float* %p25.us, i64 %next81.us
  %v65.us.1 = load float, float* %p64.us.1, align 4
  %p66.us.1 = getelementptr inbounds float, float* %p26.us, i64 %next81.us
  %v67.us.1 = load float, float* %p66.us.1, align 4
  %cmp68.us.1 = fcmp ogt float %v67.us.1, %lo
  %cmp70.us.1 = fcmp olt float %v67.us.1, %hi
  %95 = select i1 %cmp70.us.1, i1 %cmp68.us.1, i1 false
  %96 = fpext float %v63.us.1 to double
  %widen72.us.1 = select i1 %95, double %96, double 0.000000e+00
  %widen73.us.1 = fpext float %v65.us.1 to double
  %fsub74.us.1 = fsub double %widen73.us.1, %ext.us
  %fsub75.us.1 = fsub double %fsub74.us.1, %ext20.us
  %fmul76.us.1 = fmul double %fsub75.us.1, %widen72.us.1
  %fadd78.us.1 = fadd double %fadd78.us, %widen72.us.1
  %fadd80.us.1 = fadd double %fadd80.us, %fmul76.us.1
  %next81.us.1 = add nsw i64 %i60167.us, 2
  %go61.us.1 = icmp slt i64 %next81.us.1, %s
  br i1 %go61.us.1, label %body58.us, label %done59.us

body30.us:                                        ; preds = %body30.lr.ph.us, %body30.us
  %i32162.us = phi i64 [ %next54.us.1, %body30.us ], [ 0, %body30.lr.ph.us ]
  %var.0161.us = phi <8 x double> [ %fadd.us.1, %body30.us ], [ zeroinitializer, %body30.lr.ph.us ]
  %var27.0160.us = phi <8 x double> [ %fadd53.us.1, %body30.us ], [ zeroinitializer, %body30.lr.ph.us ]
  %niter200 = phi i64 [ %niter200.next.1, %body30.us ], [ 0, %body30.lr.ph.us ]
  %p34.us = getelementptr inbounds float, float* %p24.us, i64 %i32162.us
  %vp.us = bitcast float* %p34.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %p35.us = getelementptr inbounds float, float* %p25.us, i64 %i32162.us
  %vp36.us = bitcast float* %p35.us to <8 x float>*
  %vec37.us = load <8 x float>, <8 x float>* %vp36.us, align 4
  %p38.us = getelementptr inbounds float, float* %p26.us, i64 %i32162.us
  %vp39.us = bitcast float* %p38.us to <8 x float>*
  %vec40.us = load <8 x float>, <8 x float>* %vp39.us, align 4
  %cmp43.us = fcmp ogt <8 x float> %vec40.us, %splat
  %cmp44.us = fcmp olt <8 x float> %vec40.us, %splat42
  %97 = select <8 x i1> %cmp44.us, <8 x i1> %cmp43.us, <8 x i1> zeroinitializer
  %98 = fpext <8 x float> %vec.us to <8 x double>
  %widen.us = select <8 x i1> %97, <8 x double> %98, <8 x double> zeroinitializer
  %widen46.us = fpext <8 x float> %vec37.us to <8 x double>
  %fsub.us = fsub <8 x double> %widen46.us, %splat48.us
  %fsub51.us = fsub <8 x double> %fsub.us, %splat50.us
  %fmul.us = fmul <8 x double> %fsub51.us, %widen.us
  %fadd.us = fadd <8 x double> %var.0161.us, %widen.us
  %fadd53.us = fadd <8 x double> %var27.0160.us, %fmul.us
  %next54.us = or i64 %i32162.us, 8
  %p34.us.1 = getelementptr inbounds float, float* %p24.us, i64 %next54.us
  %vp.us.1 = bitcast float* %p34.us.1 to <8 x float>*
  %vec.us.1 = load <8 x float>, <8 x float>* %vp.us.1, align 4
  %p35.us.1 = getelementptr inbounds float, float* %p25.us, i64 %next54.us
  %vp36.us.1 = bitcast float* %p35.us.1 to <8 x float>*
  %vec37.us.1 = load <8 x float>, <8 x float>* %vp36.us.1, align 4
  %p38.us.1 = getelementptr inbounds float, float* %p26.us, i64 %next54.us
  %vp39.us.1 = bitcast float* %p38.us.1 to <8 x float>*
  %vec40.us.1 = load <8 x float>, <8 x float>* %vp39.us.1, align 4
  %cmp43.us.1 = fcmp ogt <8 x float> %vec40.us.1, %splat
  %cmp44.us.1 = fcmp olt <8 x float> %vec40.us.1, %splat42
  %99 = select <8 x i1> %cmp44.us.1, <8 x i1> %cmp43.us.1, <8 x i1> zeroinitializer
  %100 = fpext <8 x float> %vec.us.1 to <8 x double>
  %widen.us.1 = select <8 x i1> %99, <8 x double> %100, <8 x double> zeroinitializer
  %widen46.us.1 = fpext <8 x float> %vec37.us.1 to <8 x double>
  %fsub.us.1 = fsub <8 x double> %widen46.us.1, %splat48.us
  %fsub51.us.1 = fsub <8 x double> %fsub.us.1, %splat50.us
  %fmul.us.1 = fmul <8 x double> %fsub51.us.1, %widen.us.1
  %fadd.us.1 = fadd <8 x double> %fadd.us, %widen.us.1
  %fadd53.us.1 = fadd <8 x double> %fadd53.us, %fmul.us.1
  %next54.us.1 = add nuw nsw i64 %i32162.us, 16
  %niter200.next.1 = add i64 %niter200, 2
  %niter200.ncmp.1.not = icmp eq i64 %niter200.next.1, %unroll_iter199
  br i1 %niter200.ncmp.1.not, label %loop57.preheader.us.loopexit.unr-lcssa, label %body30.us

loop57.preheader.us.loopexit.unr-lcssa:           ; preds = %body30.us, %body30.lr.ph.us
  %fadd.us.lcssa.ph = phi <8 x double> [ undef, %body30.lr.ph.us ], [ %fadd.us.1, %body30.us ]
  %fadd53.us.lcssa.ph = phi <8 x double> [ undef, %body30.lr.ph.us ], [ %fadd53.us.1, %body30.us ]
  %i32162.us.unr = phi i64 [ 0, %body30.lr.ph.us ], [ %next54.us.1, %body30.us ]
  %var.0161.us.unr = phi <8 x double> [ zeroinitializer, %body30.lr.ph.us ], [ %fadd.us.1, %body30.us ]
  %var27.0160.us.unr = phi <8 x double> [ zeroinitializer, %body30.lr.ph.us ], [ %fadd53.us.1, %body30.us ]
  br i1 %lcmp.mod196.not, label %loop57.preheader.us, label %body30.us.epil

body30.us.epil:                                   ; preds = %loop57.preheader.us.loopexit.unr-lcssa
  %p34.us.epil = getelementptr inbounds float, float* %p24.us, i64 %i32162.us.unr
  %vp.us.epil = bitcast float* %p34.us.epil to <8 x float>*
  %vec.us.epil = load <8 x float>, <8 x float>* %vp.us.epil, align 4
  %p35.us.epil = getelementptr inbounds float, float* %p25.us, i64 %i32162.us.unr
  %vp36.us.epil = bitcast float* %p35.us.epil to <8 x float>*
  %vec37.us.epil = load <8 x float>, <8 x float>* %vp36.us.epil, align 4
  %p38.us.epil = getelementptr inbounds float, float* %p26.us, i64 %i32162.us.unr
  %vp39.us.epil = bitcast float* %p38.us.epil to <8 x float>*
  %vec40.us.epil = load <8 x float>, <8 x float>* %vp39.us.epil, align 4
  %cmp43.us.epil = fcmp ogt <8 x float> %vec40.us.epil, %splat
  %cmp44.us.epil = fcmp olt <8 x float> %vec40.us.epil, %splat42
  %101 = select <8 x i1> %cmp44.us.epil, <8 x i1> %cmp43.us.epil, <8 x i1> zeroinitializer
  %102 = fpext <8 x float> %vec.us.epil to <8 x double>
  %widen.us.epil = select <8 x i1> %101, <8 x double> %102, <8 x double> zeroinitializer
  %widen46.us.epil = fpext <8 x float> %vec37.us.epil to <8 x double>
  %fsub.us.epil = fsub <8 x double> %widen46.us.epil, %splat48.us
  %fsub51.us.epil = fsub <8 x double> %fsub.us.epil, %splat50.us
  %fmul.us.epil = fmul <8 x double> %fsub51.us.epil, %widen.us.epil
  %fadd.us.epil = fadd <8 x double> %var.0161.us.unr, %widen.us.epil
  %fadd53.us.epil = fadd <8 x double> %var27.0160.us.unr, %fmul.us.epil
  br label %loop57.preheader.us

loop57.preheader.us:                              ; preds = %body30.us.epil, %loop57.preheader.us.loopexit.unr-lcssa, %body12.us
  %var27.0.lcssa.us = phi <8 x double> [ zeroinitializer, %body12.us ], [ %fadd53.us.lcssa.ph, %loop57.preheader.us.loopexit.unr-lcssa ], [ %fadd53.us.epil, %body30.us.epil ]
  %var.0.lcssa.us = phi <8 x double> [ zeroinitializer, %body12.us ], [ %fadd.us.lcssa.ph, %loop57.preheader.us.loopexit.unr-lcssa ], [ %fadd.us.epil, %body30.us.epil ]
  br i1 %go61164, label %body58.us.preheader, label %done59.us

body58.us.preheader:                              ; preds = %loop57.preheader.us
  br i1 %lcmp.mod202.not, label %body58.us.prol.loopexit, label %body58.us.prol

body58.us.prol:                                   ; preds = %body58.us.preheader
  %p62.us.prol = getelementptr inbounds float, float* %p24.us, i64 %body28
  %v63.us.prol = load float, float* %p62.us.prol, align 4
  %p64.us.prol = getelementptr inbounds float, float* %p25.us, i64 %body28
  %v65.us.prol = load float, float* %p64.us.prol, align 4
  %p66.us.prol = getelementptr inbounds float, float* %p26.us, i64 %body28
  %v67.us.prol = load float, float* %p66.us.prol, align 4
  %cmp68.us.prol = fcmp ogt float %v67.us.prol, %lo
  %cmp70.us.prol = fcmp olt float %v67.us.prol, %hi
  %103 = select i1 %cmp70.us.prol, i1 %cmp68.us.prol, i1 false
  %104 = fpext float %v63.us.prol to double
  %widen72.us.prol = select i1 %103, double %104, double 0.000000e+00
  %widen73.us.prol = fpext float %v65.us.prol to double
  %fsub74.us.prol = fsub double %widen73.us.prol, %ext.us
  %fsub75.us.prol = fsub double %fsub74.us.prol, %ext20.us
  %fmul76.us.prol = fmul double %fsub75.us.prol, %widen72.us.prol
  %fadd78.us.prol = fadd double %widen72.us.prol, 0.000000e+00
  %fadd80.us.prol = fadd double %fmul76.us.prol, 0.000000e+00
  br label %body58.us.prol.loopexit

body58.us.prol.loopexit:                          ; preds = %body58.us.prol, %body58.us.preheader
  %i60167.us.unr = phi i64 [ %body28, %body58.us.preheader ], [ %next81.us.prol, %body58.us.prol ]
  %var55.0166.us.unr = phi double [ 0.000000e+00, %body58.us.preheader ], [ %fadd78.us.prol, %body58.us.prol ]
  %var56.0165.us.unr = phi double [ 0.000000e+00, %body58.us.preheader ], [ %fadd80.us.prol, %body58.us.prol ]
  %fadd78.us.lcssa.unr = phi double [ undef, %body58.us.preheader ], [ %fadd78.us.prol, %body58.us.prol ]
  %fadd80.us.lcssa.unr = phi double [ undef, %body58.us.preheader ], [ %fadd80.us.prol, %body58.us.prol ]
  br i1 %92, label %done59.us, label %body58.us

body30.lr.ph.us:                                  ; preds = %body12.us
  %one47.us = insertelement <8 x double> undef, double %ext.us, i64 0
  %splat48.us = shufflevector <8 x double> %one47.us, <8 x double> undef, <8 x i32> zeroinitializer
  %one49.us = insertelement <8 x double> undef, double %ext20.us, i64 0
  %splat50.us = shufflevector <8 x double> %one49.us, <8 x double> undef, <8 x i32> zeroinitializer
  br i1 %90, label %loop57.preheader.us.loopexit.unr-lcssa, label %body30.us

loop11.done13_crit_edge.us:                       ; preds = %done59.us
  %next130.us = add nsw i64 %i9173.us, 1
  %exitcond178.not = icmp eq i64 %next130.us, %end
  br i1 %exitcond178.not, label %join134, label %loop11.preheader.us

body:                                             ; preds = %body.prol.loopexit, %body
  %i158 = phi i64 [ %next.3, %body ], [ %i158.unr, %body.prol.loopexit ]
  %p = getelementptr inbounds double, double* %sums, i64 %i158
  store double %i2f, double* %p, align 8
  %add = add i64 %i158, %c
  %p2 = getelementptr inbounds double, double* %sums, i64 %add
  store double 0.000000e+00, double* %p2, align 8
  %add4 = add i64 %i158, %mul3
  %p5 = getelementptr inbounds double, double* %sums, i64 %add4
  store double 0.000000e+00, double* %p5, align 8
  %next = add nuw nsw i64 %i158, 1
  %p.1 = getelementptr inbounds double, double* %sums, i64 %next
  store double %i2f, double* %p.1, align 8
  %add.1 = add i64 %next, %c
  %p2.1 = getelementptr inbounds double, double* %sums, i64 %add.1
  store double 0.000000e+00, double* %p2.1, align 8
  %add4.1 = add i64 %next, %mul3
  %p5.1 = getelementptr inbounds double, double* %sums, i64 %add4.1
  store double 0.000000e+00, double* %p5.1, align 8
  %next.1 = add nuw nsw i64 %i158, 2
  %p.2 = getelementptr inbounds double, double* %sums, i64 %next.1
  store double %i2f, double* %p.2, align 8
  %add.2 = add i64 %next.1, %c
  %p2.2 = getelementptr inbounds double, double* %sums, i64 %add.2
  store double 0.000000e+00, double* %p2.2, align 8
  %add4.2 = add i64 %next.1, %mul3
  %p5.2 = getelementptr inbounds double, double* %sums, i64 %add4.2
  store double 0.000000e+00, double* %p5.2, align 8
  %next.2 = add nuw nsw i64 %i158, 3
  %p.3 = getelementptr inbounds double, double* %sums, i64 %next.2
  store double %i2f, double* %p.3, align 8
  %add.3 = add i64 %next.2, %c
  %p2.3 = getelementptr inbounds double, double* %sums, i64 %add.3
  store double 0.000000e+00, double* %p2.3, align 8
  %add4.3 = add i64 %next.2, %mul3
  %p5.3 = getelementptr inbounds double, double* %sums, i64 %add4.3
  store double 0.000000e+00, double* %p5.3, align 8
  %next.3 = add nuw nsw i64 %i158, 4
  %exitcond.not.3 = icmp eq i64 %next.3, %c
  br i1 %exitcond.not.3, label %join, label %body, !llvm.loop !12

join134:                                          ; preds = %loop11.done13_crit_edge.us, %join, %loop11.preheader.lr.ph
  ret void
}

attributes #0 = { nofree norecurse nosync nounwind "target-cpu"="x86-64-v3" "target-features" }

!0 = !{!1}
!1 = distinct !{!1, !2}
!2 = distinct !{!2, !"LVerDomain"}
!3 = !{!4, !5}
!4 = distinct !{!4, !2}
!5 = distinct !{!5, !2}
!6 = !{!4}
!7 = !{!5}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.isvectorized", i32 1}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.unroll.disable"}
!12 = distinct !{!12, !9}
