; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind
define void @syncbn_bn_grad_reduce_clip(float* noalias nocapture readonly %dy, float* noalias nocapture readonly %x, float* noalias nocapture readonly %norm_params, float* noalias nocapture readonly %y, i64 %n, i64 %c, i64 %s, float %lo, float %hi, double* noalias nocapture %sums) local_unnamed_addr #0 {
entry:
  %mul = mul i64 %s, %n
  %i2f = sitofp i64 %mul to double
  %go152 = icmp sgt i64 %c, 0
  br i1 %go152, label %body.lr.ph, label %loop6.preheader

body.lr.ph:                                       ; preds = %entry
  %mul3 = shl nuw i64 %c, 1
  %min.iters.check = icmp ult i64 %c, 16
  br i1 %min.iters.check, label %body.preheader, label %vector.memcheck

vector.memcheck:                                  ; preds = %body.lr.ph
  %scevgep = getelementptr double, double* %sums, i64 %c
  %scevgep176 = getelementptr double, double* %sums, i64 %mul3
  %0 = mul i64 %c, 3
  %scevgep178 = getelementptr double, double* %sums, i64 %0
  %bound0180 = icmp ugt double* %scevgep178, %sums
  %bound1 = icmp ult double* %scevgep176, %scevgep
  %found.conflict = and i1 %bound0180, %bound1
  br i1 %found.conflict, label %body.preheader, label %vector.ph

vector.ph:                                        ; preds = %vector.memcheck
  %n.vec = and i64 %c, -16
  %broadcast.splatinsert = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat = shufflevector <4 x double> %broadcast.splatinsert, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert182 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat183 = shufflevector <4 x double> %broadcast.splatinsert182, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert184 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat185 = shufflevector <4 x double> %broadcast.splatinsert184, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert186 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat187 = shufflevector <4 x double> %broadcast.splatinsert186, <4 x double> poison, <4 x i32> zeroinitializer
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
  store <4 x double> %broadcast.splat183, <4 x double>* %8, align 8, !alias.scope !0, !noalias !3
  %9 = getelementptr inbounds double, double* %5, i64 8
  %10 = bitcast double* %9 to <4 x double>*
  store <4 x double> %broadcast.splat185, <4 x double>* %10, align 8, !alias.scope !0, !noalias !3
  %11 = getelementptr inbounds double, double* %5, i64 12
  %12 = bitcast double* %11 to <4 x double>*
  store <4 x double> %broadcast.splat187, <4 x double>* %12, align 8, !alias.scope !0, !noalias !3
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
  store <4 x double> %broadcast.splat183, <4 x double>* %34, align 8, !alias.scope !0, !noalias !3
  %35 = getelementptr inbounds double, double* %31, i64 8
  %36 = bitcast double* %35 to <4 x double>*
  store <4 x double> %broadcast.splat185, <4 x double>* %36, align 8, !alias.scope !0, !noalias !3
  %37 = getelementptr inbounds double, double* %31, i64 12
  %38 = bitcast double* %37 to <4 x double>*
  store <4 x double> %broadcast.splat187, <4 x double>* %38, align 8, !alias.scope !0, !noalias !3
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
  store <4 x double> %broadcast.splat183, <4 x double>* %60, align 8, !alias.scope !0, !noalias !3
  %61 = getelementptr inbounds double, double* %57, i64 8
  %62 = bitcast double* %61 to <4 x double>*
  store <4 x double> %broadcast.splat185, <4 x double>* %62, align 8, !alias.scope !0, !noalias !3
  %63 = getelementptr inbounds double, double* %57, i64 12
  %64 = bitcast double* %63 to <4 x double>*
  store <4 x double> %broadcast.splat187, <4 x double>* %64, align 8, !alias.scope !0, !noalias !3
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
  br i1 %cmp.n, label %loop6.preheader, label %body.preheader

body.preheader:                                   ; preds = %vector.memcheck, %body.lr.ph, %middle.block
  %i153.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %body.lr.ph ], [ %n.vec, %middle.block ]
  %83 = xor i64 %i153.ph, -1
  %84 = add i64 %83, %c
  %xtraiter188 = and i64 %c, 3
  %lcmp.mod189.not = icmp eq i64 %xtraiter188, 0
  br i1 %lcmp.mod189.not, label %body.prol.loopexit, label %body.prol

body.prol:                                        ; preds = %body.preheader, %body.prol
  %i153.prol = phi i64 [ %next.prol, %body.prol ], [ %i153.ph, %body.preheader ]
  %prol.iter = phi i64 [ %prol.iter.next, %body.prol ], [ 0, %body.preheader ]
  %p.prol = getelementptr inbounds double, double* %sums, i64 %i153.prol
  store double %i2f, double* %p.prol, align 8
  %add.prol = add i64 %i153.prol, %c
  %p2.prol = getelementptr inbounds double, double* %sums, i64 %add.prol
  store double 0.000000e+00, double* %p2.prol, align 8
  %add4.prol = add i64 %i153.prol, %mul3
  %p5.prol = getelementptr inbounds double, double* %sums, i64 %add4.prol
  store double 0.000000e+00, double* %p5.prol, align 8
  %next.prol = add nuw nsw i64 %i153.prol, 1
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter188
  br i1 %prol.iter.cmp.not, label %body.prol.loopexit, label %body.prol, !llvm.loop !10

body.prol.loopexit:                               ; preds = %body.prol, %body.preheader
  %i153.unr = phi i64 [ %i153.ph, %body.preheader ], [ %next.prol, %body.prol ]
  %85 = icmp ult i64 %84, 3
  br i1 %85, label %loop6.preheader, label %body

loop6.preheader:                                  ; preds = %body.prol.loopexit, %body, %middle.block, %entry
  %go10167 = icmp sgt i64 %n, 0
  br i1 %go10167, label %loop11.preheader.lr.ph, label %loop130.preheader

loop11.preheader.lr.ph:                           ; preds = %loop6.preheader
  %body28 = and i64 %s, -8
  %go33154 = icmp sgt i64 %body28, 0
  %one = insertelement <8 x float> undef, float %lo, i64 0
  %splat = shufflevector <8 x float> %one, <8 x float> undef, <8 x i32> zeroinitializer
  %one41 = insertelement <8 x float> undef, float %hi, i64 0
  %splat42 = shufflevector <8 x float> %one41, <8 x float> undef, <8 x i32> zeroinitializer
  %go60159 = icmp slt i64 %body28, %s
  %mul122 = shl i64 %c, 1
  br i1 %go152, label %loop11.preheader.us.preheader, label %loop130.preheader

loop11.preheader.us.preheader:                    ; preds = %loop11.preheader.lr.ph
  %86 = add i64 %body28, -1
  %87 = lshr i64 %86, 3
  %88 = add nuw nsw i64 %87, 1
  %89 = xor i64 %body28, -1
  %xtraiter190 = and i64 %88, 1
  %90 = icmp eq i64 %86, 7
  %unroll_iter194 = and i64 %88, 4611686018427387902
  %lcmp.mod191.not = icmp eq i64 %xtraiter190, 0
  %xtraiter196 = and i64 %s, 1
  %lcmp.mod197.not = icmp eq i64 %xtraiter196, 0
  %next80.us.prol = or i64 %body28, 1
  %91 = sub i64 0, %s
  %92 = icmp eq i64 %89, %91
  br label %loop11.preheader.us

loop11.preheader.us:                              ; preds = %loop11.preheader.us.preheader, %loop11.done13_crit_edge.us
  %i9168.us = phi i64 [ %next129.us, %loop11.done13_crit_edge.us ], [ 0, %loop11.preheader.us.preheader ]
  %mul21.us = mul i64 %i9168.us, %c
  br label %body12.us

body12.us:                                        ; preds = %loop11.preheader.us, %done58.us
  %i14166.us = phi i64 [ 0, %loop11.preheader.us ], [ %next128.us, %done58.us ]
  %p16.us = getelementptr inbounds float, float* %norm_params, i64 %i14166.us
  %v.us = load float, float* %p16.us, align 4
  %ext.us = fpext float %v.us to double
  %add17.us = add i64 %i14166.us, %c
  %p18.us = getelementptr inbounds float, float* %norm_params, i64 %add17.us
  %v19.us = load float, float* %p18.us, align 4
  %ext20.us = fpext float %v19.us to double
  %add22.us = add i64 %i14166.us, %mul21.us
  %mul23.us = mul i64 %add22.us, %s
  %p24.us = getelementptr inbounds float, float* %dy, i64 %mul23.us
  %p25.us = getelementptr inbounds float, float* %x, i64 %mul23.us
  %p26.us = getelementptr inbounds float, float* %y, i64 %mul23.us
  br i1 %go33154, label %body30.lr.ph.us, label %loop56.preheader.us

done58.us:                                        ; preds = %body57.us.prol.loopexit, %body57.us, %loop56.preheader.us
  %var55.0.lcssa.us = phi double [ 0.000000e+00, %loop56.preheader.us ], [ %fadd79.us.lcssa.unr, %body57.us.prol.loopexit ], [ %fadd79.us.1, %body57.us ]
  %var54.0.lcssa.us = phi double [ 0.000000e+00, %loop56.preheader.us ], [ %fadd77.us.lcssa.unr, %body57.us.prol.loopexit ], [ %fadd77.us.1, %body57.us ]
  %lane.us = extractelement <8 x double> %var.0.lcssa.us, i64 0
  %fadd83.us = fadd double %lane.us, %var54.0.lcssa.us
  %lane84.us = extractelement <8 x double> %var.0.lcssa.us, i64 1
  %fadd85.us = fadd double %lane84.us, %fadd83.us
  %lane86.us = extractelement <8 x double> %var.0.lcssa.us, i64 2
  %fadd87.us = fadd double %lane86.us, %fadd85.us
  %lane88.us = extractelement <8 x double> %var.0.lcssa.us, i64 3
  %fadd89.us = fadd double %lane88.us, %fadd87.us
  %lane90.us = extractelement <8 x double> %var.0.lcssa.us, i64 4
  %fadd91.us = fadd double %lane90.us, %fadd89.us
  %lane92.us = extractelement <8 x double> %var.0.lcssa.us, i64 5
  %fadd93.us = fadd double %lane92.us, %fadd91.us
  %lane94.us = extractelement <8 x double> %var.0.lcssa.us, i64 6
  %fadd95.us = fadd double %lane94.us, %fadd93.us
  %lane96.us = extractelement <8 x double> %var.0.lcssa.us, i64 7
  %fadd97.us = fadd double %lane96.us, %fadd95.us
  %p100.us = getelementptr inbounds double, double* %sums, i64 %add17.us
  %v101.us = load double, double* %p100.us, align 8
  %fadd102.us = fadd double %fadd97.us, %v101.us
  store double %fadd102.us, double* %p100.us, align 8
  %lane106.us = extractelement <8 x double> %var27.0.lcssa.us, i64 0
  %fadd107.us = fadd double %lane106.us, %var55.0.lcssa.us
  %lane108.us = extractelement <8 x double> %var27.0.lcssa.us, i64 1
  %fadd109.us = fadd double %lane108.us, %fadd107.us
  %lane110.us = extractelement <8 x double> %var27.0.lcssa.us, i64 2
  %fadd111.us = fadd double %lane110.us, %fadd109.us
  %lane112.us = extractelement <8 x double> %var27.0.lcssa.us, i64 3
  %fadd113.us = fadd double %lane112.us, %fadd111.us
  %lane114.us = extractelement <8 x double> %var27.0.lcssa.us, i64 4
  %fadd115.us = fadd double %lane114.us, %fadd113.us
  %lane116.us = extractelement <8 x double> %var27.0.lcssa.us, i64 5
  %fadd117.us = fadd double %lane116.us, %fadd115.us
  %lane118.us = extractelement <8 x double> %var27.0.lcssa.us, i64 6
  %fadd119.us = fadd double %lane118.us, %fadd117.us
  %lane120.us = extractelement <8 x double> %var27.0.lcssa.us, i64 7
  %fadd121.us = fadd double %lane120.us, %fadd119.us
  %add123.us = add i64 %i14166.us, %mul122
  %p124.us = getelementptr inbounds double, double* %sums, i64 %add123.us
  %v125.us = load double, double* %p124.us, align 8
  %fadd126.us = fadd double %fadd121.us, %v125.us
  store double %fadd126.us, double* %p124.us, align 8
  %next128.us = add nuw nsw i64 %i14166.us, 1
  %exitcond172.not = icmp eq i64 %next128.us, %c
  br i1 %exitcond172.not, label %loop11.done13_crit_edge.us, label %body12.us

body57.us:                                        ; preds = %body57.us.prol.loopexit, %body57.us
  %i59162.us = phi i64 [ %next80.us.1, %body57.us ], [ %i59162.us.unr, %body57.us.prol.loopexit ]
  %var54.0161.us = phi double [ %fadd77.us.1, %body57.us ], [ %var54.0161.us.unr, %body57.us.prol.loopexit ]
  %var55.0160.us = phi double [ %fadd79.us.1, %body57.us ], [ %var55.0160.us.unr, %body57.us.prol.loopexit ]
  %p61.us = getelementptr inbounds float, float* %p24.us, i64 %i59162.us
  %v62.us = load float, float* %p61.us, align 4
  %p63.us = getelementptr inbounds float, float* %p25.us, i64 %i59162.us
  %v64.us = load float, float* %p63.us, align 4
  %p65.us = getelementptr inbounds float, float* %p26.us, i64 %i59162.us
  %v66.us = load float, float* %p65.us, align 4
  %cmp67.us = fcmp ogt float %v66.us, %lo
  %cmp69.us = fcmp olt float %v66.us, %hi
  %93 = select i1 %cmp69.us, i1 %cmp67.us, i1 false
  %94 = fpext float %v62.us to double
  %widen71.us = select i1 %93, double %94, double 0.000000e+00
  %widen72.us = fpext float %v64.us to double
  %fsub73.us = fsub double %widen72.us, %ext.us
  %fsub74.us = fsub double %fsub73.us, %ext20.us
  %fmul75.us = fmul double %fsub74.us, %widen71.us
  %fadd77.us = fadd double %var54.0161.us, %widen71.us
  %fadd79.us = fadd double %var55.0160.us, %fmul75.us
  %next80.us = add nsw i64 %i59162.us, 1
  %p61.us.1 = getelementptr inbounds float, float* %p24.us, i64 %next80.us
  %v62.us.1 = load float, float* %p61.us.1, align 4
  %p63.us.1 = getelementptr inbounds float, float* %p25.us, i64 %next80.us
  %v64.us.1 = load float, float* %p63.us.1, align 4
  %p65.us.1 = getelementptr inbounds float, float* %p26.us, i64 %next80.us
  %v66.us.1 = load float, float* %p65.us.1, align 4
  %cmp67.us.1 = fcmp ogt float %v66.us.1, %lo
  %cmp69.us.1 = fcmp olt float %v66.us.1, %hi
  %95 = select i1 %cmp69.us.1, i1 %cmp67.us.1, i1 false
  %96 = fpext float %v62.us.1 to double
  %widen71.us.1 = select i1 %95, double %96, double 0.000000e+00
  %widen72.us.1 = fpext float %v64.us.1 to double
  %fsub73.us.1 = fsub double %widen72.us.1, %ext.us
  %fsub74.us.1 = fsub double %fsub73.us.1, %ext20.us
  %fmul75.us.1 = fmul double %fsub74.us.1, %widen71.us.1
  %fadd77.us.1 = fadd double %fadd77.us, %widen71.us.1
  %fadd79.us.1 = fadd double %fadd79.us, %fmul75.us.1
  %next80.us.1 = add nsw i64 %i59162.us, 2
  %go60.us.1 = icmp slt i64 %next80.us.1, %s
  br i1 %go60.us.1, label %body57.us, label %done58.us

body30.us:                                        ; preds = %body30.lr.ph.us, %body30.us
  %i32157.us = phi i64 [ %next53.us.1, %body30.us ], [ 0, %body30.lr.ph.us ]
  %var.0156.us = phi <8 x double> [ %fadd.us.1, %body30.us ], [ zeroinitializer, %body30.lr.ph.us ]
  %var27.0155.us = phi <8 x double> [ %fadd52.us.1, %body30.us ], [ zeroinitializer, %body30.lr.ph.us ]
  %niter195 = phi i64 [ %niter195.next.1, %body30.us ], [ 0, %body30.lr.ph.us ]
  %p34.us = getelementptr inbounds float, float* %p24.us, i64 %i32157.us
  %vp.us = bitcast float* %p34.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %p35.us = getelementptr inbounds float, float* %p25.us, i64 %i32157.us
  %vp36.us = bitcast float* %p35.us to <8 x float>*
  %vec37.us = load <8 x float>, <8 x float>* %vp36.us, align 4
  %p38.us = getelementptr inbounds float, float* %p26.us, i64 %i32157.us
  %vp39.us = bitcast float* %p38.us to <8 x float>*
  %vec40.us = load <8 x float>, <8 x float>* %vp39.us, align 4
  %cmp.us = fcmp ogt <8 x float> %vec40.us, %splat
  %cmp43.us = fcmp olt <8 x float> %vec40.us, %splat42
  %97 = select <8 x i1> %cmp43.us, <8 x i1> %cmp.us, <8 x i1> zeroinitializer
  %98 = fpext <8 x float> %vec.us to <8 x double>
  %widen.us = select <8 x i1> %97, <8 x double> %98, <8 x double> zeroinitializer
  %widen45.us = fpext <8 x float> %vec37.us to <8 x double>
  %fsub.us = fsub <8 x double> %widen45.us, %splat47.us
  %fsub50.us = fsub <8 x double> %fsub.us, %splat49.us
  %fmul.us = fmul <8 x double> %fsub50.us, %widen.us
  %fadd.us = fadd <8 x double> %var.0156.us, %widen.us
  %fadd52.us = fadd <8 x double> %var27.0155.us, %fmul.us
  %next53.us = or i64 %i32157.us, 8
  %p34.us.1 = getelementptr inbounds float, float* %p24.us, i64 %next53.us
  %vp.us.1 = bitcast float* %p34.us.1 to <8 x float>*
  %vec.us.1 = load <8 x float>, <8 x float>* %vp.us.1, align 4
  %p35.us.1 = getelementptr inbounds float, float* %p25.us, i64 %next53.us
  %vp36.us.1 = bitcast float* %p35.us.1 to <8 x float>*
  %vec37.us.1 = load <8 x float>, <8 x float>* %vp36.us.1, align 4
  %p38.us.1 = getelementptr inbounds float, float* %p26.us, i64 %next53.us
  %vp39.us.1 = bitcast float* %p38.us.1 to <8 x float>*
  %vec40.us.1 = load <8 x float>, <8 x float>* %vp39.us.1, align 4
  %cmp.us.1 = fcmp ogt <8 x float> %vec40.us.1, %splat
  %cmp43.us.1 = fcmp olt <8 x float> %vec40.us.1, %splat42
  %99 = select <8 x i1> %cmp43.us.1, <8 x i1> %cmp.us.1, <8 x i1> zeroinitializer
  %100 = fpext <8 x float> %vec.us.1 to <8 x double>
  %widen.us.1 = select <8 x i1> %99, <8 x double> %100, <8 x double> zeroinitializer
  %widen45.us.1 = fpext <8 x float> %vec37.us.1 to <8 x double>
  %fsub.us.1 = fsub <8 x double> %widen45.us.1, %splat47.us
  %fsub50.us.1 = fsub <8 x double> %fsub.us.1, %splat49.us
  %fmul.us.1 = fmul <8 x double> %fsub50.us.1, %widen.us.1
  %fadd.us.1 = fadd <8 x double> %fadd.us, %widen.us.1
  %fadd52.us.1 = fadd <8 x double> %fadd52.us, %fmul.us.1
  %next53.us.1 = add nuw nsw i64 %i32157.us, 16
  %niter195.next.1 = add i64 %niter195, 2
  %niter195.ncmp.1.not = icmp eq i64 %niter195.next.1, %unroll_iter194
  br i1 %niter195.ncmp.1.not, label %loop56.preheader.us.loopexit.unr-lcssa, label %body30.us

loop56.preheader.us.loopexit.unr-lcssa:           ; preds = %body30.us, %body30.lr.ph.us
  %fadd.us.lcssa.ph = phi <8 x double> [ undef, %body30.lr.ph.us ], [ %fadd.us.1, %body30.us ]
  %fadd52.us.lcssa.ph = phi <8 x double> [ undef, %body30.lr.ph.us ], [ %fadd52.us.1, %body30.us ]
  %i32157.us.unr = phi i64 [ 0, %body30.lr.ph.us ], [ %next53.us.1, %body30.us ]
  %var.0156.us.unr = phi <8 x double> [ zeroinitializer, %body30.lr.ph.us ], [ %fadd.us.1, %body30.us ]
  %var27.0155.us.unr = phi <8 x double> [ zeroinitializer, %body30.lr.ph.us ], [ %fadd52.us.1, %body30.us ]
  br i1 %lcmp.mod191.not, label %loop56.preheader.us, label %body30.us.epil

body30.us.epil:                                   ; preds = %loop56.preheader.us.loopexit.unr-lcssa
  %p34.us.epil = getelementptr inbounds float, float* %p24.us, i64 %i32157.us.unr
  %vp.us.epil = bitcast float* %p34.us.epil to <8 x float>*
  %vec.us.epil = load <8 x float>, <8 x float>* %vp.us.epil, align 4
  %p35.us.epil = getelementptr inbounds float, float* %p25.us, i64 %i32157.us.unr
  %vp36.us.epil = bitcast float* %p35.us.epil to <8 x float>*
  %vec37.us.epil = load <8 x float>, <8 x float>* %vp36.us.epil, align 4
  %p38.us.epil = getelementptr inbounds float, float* %p26.us, i64 %i32157.us.unr
  %vp39.us.epil = bitcast float* %p38.us.epil to <8 x float>*
  %vec40.us.epil = load <8 x float>, <8 x float>* %vp39.us.epil, align 4
  %cmp.us.epil = fcmp ogt <8 x float> %vec40.us.epil, %splat
  %cmp43.us.epil = fcmp olt <8 x float> %vec40.us.epil, %splat42
  %101 = select <8 x i1> %cmp43.us.epil, <8 x i1> %cmp.us.epil, <8 x i1> zeroinitializer
  %102 = fpext <8 x float> %vec.us.epil to <8 x double>
  %widen.us.epil = select <8 x i1> %101, <8 x double> %102, <8 x double> zeroinitializer
  %widen45.us.epil = fpext <8 x float> %vec37.us.epil to <8 x double>
  %fsub.us.epil = fsub <8 x double> %widen45.us.epil, %splat47.us
  %fsub50.us.epil = fsub <8 x double> %fsub.us.epil, %splat49.us
  %fmul.us.epil = fmul <8 x double> %fsub50.us.epil, %widen.us.epil
  %fadd.us.epil = fadd <8 x double> %var.0156.us.unr, %widen.us.epil
  %fadd52.us.epil = fadd <8 x double> %var27.0155.us.unr, %fmul.us.epil
  br label %loop56.preheader.us

loop56.preheader.us:                              ; preds = %body30.us.epil, %loop56.preheader.us.loopexit.unr-lcssa, %body12.us
  %var27.0.lcssa.us = phi <8 x double> [ zeroinitializer, %body12.us ], [ %fadd52.us.lcssa.ph, %loop56.preheader.us.loopexit.unr-lcssa ], [ %fadd52.us.epil, %body30.us.epil ]
  %var.0.lcssa.us = phi <8 x double> [ zeroinitializer, %body12.us ], [ %fadd.us.lcssa.ph, %loop56.preheader.us.loopexit.unr-lcssa ], [ %fadd.us.epil, %body30.us.epil ]
  br i1 %go60159, label %body57.us.preheader, label %done58.us

body57.us.preheader:                              ; preds = %loop56.preheader.us
  br i1 %lcmp.mod197.not, label %body57.us.prol.loopexit, label %body57.us.prol

body57.us.prol:                                   ; preds = %body57.us.preheader
  %p61.us.prol = getelementptr inbounds float, float* %p24.us, i64 %body28
  %v62.us.prol = load float, float* %p61.us.prol, align 4
  %p63.us.prol = getelementptr inbounds float, float* %p25.us, i64 %body28
  %v64.us.prol = load float, float* %p63.us.prol, align 4
  %p65.us.prol = getelementptr inbounds float, float* %p26.us, i64 %body28
  %v66.us.prol = load float, float* %p65.us.prol, align 4
  %cmp67.us.prol = fcmp ogt float %v66.us.prol, %lo
  %cmp69.us.prol = fcmp olt float %v66.us.prol, %hi
  %103 = select i1 %cmp69.us.prol, i1 %cmp67.us.prol, i1 false
  %104 = fpext float %v62.us.prol to double
  %widen71.us.prol = select i1 %103, double %104, double 0.000000e+00
  %widen72.us.prol = fpext float %v64.us.prol to double
  %fsub73.us.prol = fsub double %widen72.us.prol, %ext.us
  %fsub74.us.prol = fsub double %fsub73.us.prol, %ext20.us
  %fmul75.us.prol = fmul double %fsub74.us.prol, %widen71.us.prol
  %fadd77.us.prol = fadd double %widen71.us.prol, 0.000000e+00
  %fadd79.us.prol = fadd double %fmul75.us.prol, 0.000000e+00
  br label %body57.us.prol.loopexit

body57.us.prol.loopexit:                          ; preds = %body57.us.prol, %body57.us.preheader
  %i59162.us.unr = phi i64 [ %body28, %body57.us.preheader ], [ %next80.us.prol, %body57.us.prol ]
  %var54.0161.us.unr = phi double [ 0.000000e+00, %body57.us.preheader ], [ %fadd77.us.prol, %body57.us.prol ]
  %var55.0160.us.unr = phi double [ 0.000000e+00, %body57.us.preheader ], [ %fadd79.us.prol, %body57.us.prol ]
  %fadd77.us.lcssa.unr = phi double [ undef, %body57.us.preheader ], [ %fadd77.us.prol, %body57.us.prol ]
  %fadd79.us.lcssa.unr = phi double [ undef, %body57.us.preheader ], [ %fadd79.us.prol, %body57.us.prol ]
  br i1 %92, label %done58.us, label %body57.us

body30.lr.ph.us:                                  ; preds = %body12.us
  %one46.us = insertelement <8 x double> undef, double %ext.us, i64 0
  %splat47.us = shufflevector <8 x double> %one46.us, <8 x double> undef, <8 x i32> zeroinitializer
  %one48.us = insertelement <8 x double> undef, double %ext20.us, i64 0
  %splat49.us = shufflevector <8 x double> %one48.us, <8 x double> undef, <8 x i32> zeroinitializer
  br i1 %90, label %loop56.preheader.us.loopexit.unr-lcssa, label %body30.us

loop11.done13_crit_edge.us:                       ; preds = %done58.us
  %next129.us = add nuw nsw i64 %i9168.us, 1
  %exitcond173.not = icmp eq i64 %next129.us, %n
  br i1 %exitcond173.not, label %loop130.preheader, label %loop11.preheader.us

body:                                             ; preds = %body.prol.loopexit, %body
  %i153 = phi i64 [ %next.3, %body ], [ %i153.unr, %body.prol.loopexit ]
  %p = getelementptr inbounds double, double* %sums, i64 %i153
  store double %i2f, double* %p, align 8
  %add = add i64 %i153, %c
  %p2 = getelementptr inbounds double, double* %sums, i64 %add
  store double 0.000000e+00, double* %p2, align 8
  %add4 = add i64 %i153, %mul3
  %p5 = getelementptr inbounds double, double* %sums, i64 %add4
  store double 0.000000e+00, double* %p5, align 8
  %next = add nuw nsw i64 %i153, 1
  %p.1 = getelementptr inbounds double, double* %sums, i64 %next
  store double %i2f, double* %p.1, align 8
  %add.1 = add i64 %next, %c
  %p2.1 = getelementptr inbounds double, double* %sums, i64 %add.1
  store double 0.000000e+00, double* %p2.1, align 8
  %add4.1 = add i64 %next, %mul3
  %p5.1 = getelementptr inbounds double, double* %sums, i64 %add4.1
  store double 0.000000e+00, double* %p5.1, align 8
  %next.1 = add nuw nsw i64 %i153, 2
  %p.2 = getelementptr inbounds double, double* %sums, i64 %next.1
  store double %i2f, double* %p.2, align 8
  %add.2 = add i64 %next.1, %c
  %p2.2 = getelementptr inbounds double, double* %sums, i64 %add.2
  store double 0.000000e+00, double* %p2.2, align 8
  %add4.2 = add i64 %next.1, %mul3
  %p5.2 = getelementptr inbounds double, double* %sums, i64 %add4.2
  store double 0.000000e+00, double* %p5.2, align 8
  %next.2 = add nuw nsw i64 %i153, 3
  %p.3 = getelementptr inbounds double, double* %sums, i64 %next.2
  store double %i2f, double* %p.3, align 8
  %add.3 = add i64 %next.2, %c
  %p2.3 = getelementptr inbounds double, double* %sums, i64 %add.3
  store double 0.000000e+00, double* %p2.3, align 8
  %add4.3 = add i64 %next.2, %mul3
  %p5.3 = getelementptr inbounds double, double* %sums, i64 %add4.3
  store double 0.000000e+00, double* %p5.3, align 8
  %next.3 = add nuw nsw i64 %i153, 4
  %exitcond.not.3 = icmp eq i64 %next.3, %c
  br i1 %exitcond.not.3, label %loop6.preheader, label %body, !llvm.loop !12

loop130.preheader:                                ; preds = %loop11.done13_crit_edge.us, %loop11.preheader.lr.ph, %loop6.preheader
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
