; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind
define void @syncbn_local_moments(float* noalias nocapture readonly %x, i64 %n, i64 %c, i64 %s, i64 %first, i64 %end, double* noalias nocapture %moments) local_unnamed_addr #0 {
entry:
  %mul = mul i64 %s, %n
  %i2f = sitofp i64 %mul to double
  %cmp = icmp eq i64 %first, 0
  %go150 = icmp sgt i64 %c, 0
  %or.cond = select i1 %cmp, i1 %go150, i1 false
  br i1 %or.cond, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %entry
  %mul3 = shl nuw i64 %c, 1
  %min.iters.check = icmp ult i64 %c, 16
  br i1 %min.iters.check, label %body.preheader, label %vector.memcheck

vector.memcheck:                                  ; preds = %body.lr.ph
  %scevgep = getelementptr double, double* %moments, i64 %c
  %scevgep186 = getelementptr double, double* %moments, i64 %mul3
  %0 = mul i64 %c, 3
  %scevgep188 = getelementptr double, double* %moments, i64 %0
  %bound0190 = icmp ugt double* %scevgep188, %moments
  %bound1 = icmp ult double* %scevgep186, %scevgep
  %found.conflict = and i1 %bound0190, %bound1
  br i1 %found.conflict, label %body.preheader, label %vector.ph

vector.ph:                                        ; preds = %vector.memcheck
  %n.vec = and i64 %c, -16
  %broadcast.splatinsert = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat = shufflevector <4 x double> %broadcast.splatinsert, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert192 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat193 = shufflevector <4 x double> %broadcast.splatinsert192, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert194 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat195 = shufflevector <4 x double> %broadcast.splatinsert194, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert196 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat197 = shufflevector <4 x double> %broadcast.splatinsert196, <4 x double> poison, <4 x i32> zeroinitializer
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
  %5 = getelementptr inbounds double, double* %moments, i64 %index
  %6 = bitcast double* %5 to <4 x double>*
  store <4 x double> %broadcast.splat, <4 x double>* %6, align 8, !alias.scope !0, !noalias !3
  %7 = getelementptr inbounds double, double* %5, i64 4
  %8 = bitcast double* %7 to <4 x double>*
  store <4 x double> %broadcast.splat193, <4 x double>* %8, align 8, !alias.scope !0, !noalias !3
  %9 = getelementptr inbounds double, double* %5, i64 8
  %10 = bitcast double* %9 to <4 x double>*
  store <4 x double> %broadcast.splat195, <4 x double>* %10, align 8, !alias.scope !0, !noalias !3
  %11 = getelementptr inbounds double, double* %5, i64 12
  %12 = bitcast double* %11 to <4 x double>*
  store <4 x double> %broadcast.splat197, <4 x double>* %12, align 8, !alias.scope !0, !noalias !3
  %13 = add i64 %index, %c
  %14 = getelementptr inbounds double, double* %moments, i64 %13
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
  %23 = getelementptr inbounds double, double* %moments, i64 %22
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
  %31 = getelementptr inbounds double, double* %moments, i64 %index.next
  %32 = bitcast double* %31 to <4 x double>*
  store <4 x double> %broadcast.splat, <4 x double>* %32, align 8, !alias.scope !0, !noalias !3
  %33 = getelementptr inbounds double, double* %31, i64 4
  %34 = bitcast double* %33 to <4 x double>*
  store <4 x double> %broadcast.splat193, <4 x double>* %34, align 8, !alias.scope !0, !noalias !3
  %35 = getelementptr inbounds double, double* %31, i64 8
  %36 = bitcast double* %35 to <4 x double>*
  store <4 x double> %broadcast.splat195, <4 x double>* %36, align 8, !alias.scope !0, !noalias !3
  %37 = getelementptr inbounds double, double* %31, i64 12
  %38 = bitcast double* %37 to <4 x double>*
  store <4 x double> %broadcast.splat197, <4 x double>* %38, align 8, !alias.scope !0, !noalias !3
  %39 = add i64 %index.next, %c
  %40 = getelementptr inbounds double, double* %moments, i64 %39
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
  %49 = getelementptr inbounds double, double* %moments, i64 %48
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
  %57 = getelementptr inbounds double, double* %moments, i64 %index.unr
  %58 = bitcast double* %57 to <4 x double>*
  store <4 x double> %broadcast.splat, <4 x double>* %58, align 8, !alias.scope !0, !noalias !3
  %59 = getelementptr inbounds double, double* %57, i64 4
  %60 = bitcast double* %59 to <4 x double>*
  store <4 x double> %broadcast.splat193, <4 x double>* %60, align 8, !alias.scope !0, !noalias !3
  %61 = getelementptr inbounds double, double* %57, i64 8
  %62 = bitcast double* %61 to <4 x double>*
  store <4 x double> %broadcast.splat195, <4 x double>* %62, align 8, !alias.scope !0, !noalias !3
  %63 = getelementptr inbounds double, double* %57, i64 12
  %64 = bitcast double* %63 to <4 x double>*
  store <4 x double> %broadcast.splat197, <4 x double>* %64, align 8, !alias.scope !0, !noalias !3
  %65 = add i64 %index.unr, %c
  %66 = getelementptr inbounds double, double* %moments, i64 %65
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
  %75 = getelementptr inbounds double, double* %moments, i64 %74
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
  %i151.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %body.lr.ph ], [ %n.vec, %middle.block ]
  %83 = xor i64 %i151.ph, -1
  %84 = add i64 %83, %c
  %xtraiter239 = and i64 %c, 3
  %lcmp.mod240.not = icmp eq i64 %xtraiter239, 0
  br i1 %lcmp.mod240.not, label %body.prol.loopexit, label %body.prol

body.prol:                                        ; preds = %body.preheader, %body.prol
  %i151.prol = phi i64 [ %next.prol, %body.prol ], [ %i151.ph, %body.preheader ]
  %prol.iter = phi i64 [ %prol.iter.next, %body.prol ], [ 0, %body.preheader ]
  %p.prol = getelementptr inbounds double, double* %moments, i64 %i151.prol
  store double %i2f, double* %p.prol, align 8
  %add.prol = add i64 %i151.prol, %c
  %p2.prol = getelementptr inbounds double, double* %moments, i64 %add.prol
  store double 0.000000e+00, double* %p2.prol, align 8
  %add4.prol = add i64 %i151.prol, %mul3
  %p5.prol = getelementptr inbounds double, double* %moments, i64 %add4.prol
  store double 0.000000e+00, double* %p5.prol, align 8
  %next.prol = add nuw nsw i64 %i151.prol, 1
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter239
  br i1 %prol.iter.cmp.not, label %body.prol.loopexit, label %body.prol, !llvm.loop !10

body.prol.loopexit:                               ; preds = %body.prol, %body.preheader
  %i151.unr = phi i64 [ %i151.ph, %body.preheader ], [ %next.prol, %body.prol ]
  %85 = icmp ult i64 %84, 3
  br i1 %85, label %join, label %body

join:                                             ; preds = %body.prol.loopexit, %body, %middle.block, %entry
  %go10166 = icmp slt i64 %first, %end
  br i1 %go10166, label %loop11.preheader.lr.ph, label %done8

loop11.preheader.lr.ph:                           ; preds = %join
  %cmp17 = icmp sgt i64 %mul, 0
  %body29 = and i64 %s, -8
  %go34152 = icmp sgt i64 %body29, 0
  %go46157 = icmp slt i64 %body29, %s
  %mul98 = shl i64 %c, 1
  br i1 %go150, label %loop11.preheader.us.preheader, label %join109

loop11.preheader.us.preheader:                    ; preds = %loop11.preheader.lr.ph
  %86 = add i64 %body29, -1
  %87 = lshr i64 %86, 3
  %88 = add nuw nsw i64 %87, 1
  %89 = xor i64 %body29, -1
  %90 = add i64 %89, %s
  %xtraiter241 = and i64 %88, 3
  %91 = icmp ult i64 %86, 24
  %unroll_iter245 = and i64 %88, 4611686018427387900
  %lcmp.mod242.not = icmp eq i64 %xtraiter241, 0
  %xtraiter247 = and i64 %s, 3
  %lcmp.mod248.not = icmp eq i64 %xtraiter247, 0
  %92 = icmp ult i64 %90, 3
  br label %loop11.preheader.us

loop11.preheader.us:                              ; preds = %loop11.preheader.us.preheader, %loop11.done13_crit_edge.us
  %i9167.us = phi i64 [ %next105.us, %loop11.done13_crit_edge.us ], [ %first, %loop11.preheader.us.preheader ]
  %mul23.us = mul i64 %i9167.us, %c
  br label %body12.us

body12.us:                                        ; preds = %loop11.preheader.us, %done44.us
  %i14164.us = phi i64 [ 0, %loop11.preheader.us ], [ %next104.us, %done44.us ]
  br i1 %cmp17, label %then18.us, label %join20.us

then18.us:                                        ; preds = %body12.us
  %mul21.us = mul i64 %i14164.us, %s
  %p22.us = getelementptr inbounds float, float* %x, i64 %mul21.us
  %v.us = load float, float* %p22.us, align 4
  %ext.us = fpext float %v.us to double
  br label %join20.us

join20.us:                                        ; preds = %then18.us, %body12.us
  %var.0.us = phi double [ %ext.us, %then18.us ], [ 0.000000e+00, %body12.us ]
  %add24.us = add i64 %i14164.us, %mul23.us
  %mul25.us = mul i64 %add24.us, %s
  %p26.us = getelementptr inbounds float, float* %x, i64 %mul25.us
  br i1 %go34152, label %body31.lr.ph.us, label %loop42.preheader.us

done44.us:                                        ; preds = %body43.us.prol.loopexit, %body43.us, %loop42.preheader.us
  %var41.0.lcssa.us = phi double [ 0.000000e+00, %loop42.preheader.us ], [ %fadd55.us.lcssa.unr, %body43.us.prol.loopexit ], [ %fadd55.us.3, %body43.us ]
  %var40.0.lcssa.us = phi double [ 0.000000e+00, %loop42.preheader.us ], [ %fadd53.us.lcssa.unr, %body43.us.prol.loopexit ], [ %fadd53.us.3, %body43.us ]
  %lane.us = extractelement <8 x double> %var27.0.lcssa.us, i64 0
  %fadd59.us = fadd double %lane.us, %var40.0.lcssa.us
  %lane60.us = extractelement <8 x double> %var27.0.lcssa.us, i64 1
  %fadd61.us = fadd double %lane60.us, %fadd59.us
  %lane62.us = extractelement <8 x double> %var27.0.lcssa.us, i64 2
  %fadd63.us = fadd double %lane62.us, %fadd61.us
  %lane64.us = extractelement <8 x double> %var27.0.lcssa.us, i64 3
  %fadd65.us = fadd double %lane64.us, %fadd63.us
  %lane66.us = extractelement <8 x double> %var27.0.lcssa.us, i64 4
  %fadd67.us = fadd double %lane66.us, %fadd65.us
  %lane68.us = extractelement <8 x double> %var27.0.lcssa.us, i64 5
  %fadd69.us = fadd double %lane68.us, %fadd67.us
  %lane70.us = extractelement <8 x double> %var27.0.lcssa.us, i64 6
  %fadd71.us = fadd double %lane70.us, %fadd69.us
  %lane72.us = extractelement <8 x double> %var27.0.lcssa.us, i64 7
  %fadd73.us = fadd double %lane72.us, %fadd71.us
  %add75.us = add i64 %i14164.us, %c
  %p76.us = getelementptr inbounds double, double* %moments, i64 %add75.us
  %v77.us = load double, double* %p76.us, align 8
  %fadd78.us = fadd double %fadd73.us, %v77.us
  store double %fadd78.us, double* %p76.us, align 8
  %lane82.us = extractelement <8 x double> %var28.0.lcssa.us, i64 0
  %fadd83.us = fadd double %lane82.us, %var41.0.lcssa.us
  %lane84.us = extractelement <8 x double> %var28.0.lcssa.us, i64 1
  %fadd85.us = fadd double %lane84.us, %fadd83.us
  %lane86.us = extractelement <8 x double> %var28.0.lcssa.us, i64 2
  %fadd87.us = fadd double %lane86.us, %fadd85.us
  %lane88.us = extractelement <8 x double> %var28.0.lcssa.us, i64 3
  %fadd89.us = fadd double %lane88.us, %fadd87.us
  %lane90.us = extractelement <8 x double> %var28.0.lcssa.us, i64 4
  %fadd91.us = fadd double %lane90.us, %fadd89.us
  %lane92.us = extractelement <8 x double> %var28.0.lcssa.us, i64 5
  %fadd93.us = fadd double %lane92.us, %fadd91.us
  %lane94.us = extractelement <8 x double> %var28.0.lcssa.us, i64 6
  %fadd95.us = fadd double %lane94.us, %fadd93.us
  %lane96.us = extractelement <8 x double> %var28.0.lcssa.us, i64 7
  %fadd97.us = fadd double %lane96.us, %fadd95.us
  %add99.us = add i64 %i14164.us, %mul98
  %p100.us = getelementptr inbounds double, double* %moments, i64 %add99.us
  %v101.us = load double, double* %p100.us, align 8
  %fadd102.us = fadd double %fadd97.us, %v101.us
  store double %fadd102.us, double* %p100.us, align 8
  %next104.us = add nuw nsw i64 %i14164.us, 1
  %exitcond176.not = icmp eq i64 %next104.us, %c
  br i1 %exitcond176.not, label %loop11.done13_crit_edge.us, label %body12.us

body43.us:                                        ; preds = %body43.us.prol.loopexit, %body43.us
  %i45160.us = phi i64 [ %next56.us.3, %body43.us ], [ %i45160.us.unr, %body43.us.prol.loopexit ]
  %var40.0159.us = phi double [ %fadd53.us.3, %body43.us ], [ %var40.0159.us.unr, %body43.us.prol.loopexit ]
  %var41.0158.us = phi double [ %fadd55.us.3, %body43.us ], [ %var41.0158.us.unr, %body43.us.prol.loopexit ]
  %p47.us = getelementptr inbounds float, float* %p26.us, i64 %i45160.us
  %v48.us = load float, float* %p47.us, align 4
  %widen49.us = fpext float %v48.us to double
  %fsub50.us = fsub double %widen49.us, %var.0.us
  %fmul51.us = fmul double %fsub50.us, %fsub50.us
  %fadd53.us = fadd double %var40.0159.us, %fsub50.us
  %fadd55.us = fadd double %var41.0158.us, %fmul51.us
  %next56.us = add nsw i64 %i45160.us, 1
  %p47.us.1 = getelementptr inbounds float, float* %p26.us, i64 %next56.us
  %v48.us.1 = load float, float* %p47.us.1, align 4
  %widen49.us.1 = fpext float %v48.us.1 to double
  %fsub50.us.1 = fsub double %widen49.us.1, %var.0.us
  %fmul51.us.1 = fmul double %fsub50.us.1, %fsub50.us.1
  %fadd53.us.1 = fadd double %fadd53.us, %fsub50.us.1
  %fadd55.us.1 = fadd double %fadd55.us, %fmul51.us.1
  %next56.us.1 = add nsw i64 %i45160.us, 2
  %p47.us.2 = getelementptr inbounds float, float* %p26.us, i64 %next56.us.1
  %v48.us.2 = load float, float* %p47.us.2, align 4
  %widen49.us.2 = fpext float %v48.us.2 to double
  %fsub50.us.2 = fsub double %widen49.us.2, %var.0.us
  %fmul51.us.2 = fmul double %fsub50.us.2, %fsub50.us.2
  %fadd53.us.2 = fadd double %fadd53.us.1, %fsub50.us.2
  %fadd55.us.2 = fadd double %fadd55.us.1, %fmul51.us.2
  %next56.us.2 = add nsw i64 %i45160.us, 3
  %p47.us.3 = getelementptr inbounds float, float* %p26.us, i64 %next56.us.2
  %v48.us.3 = load float, float* %p47.us.3, align 4
  %widen49.us.3 = fpext float %v48.us.3 to double
  %fsub50.us.3 = fsub double %widen49.us.3, %var.0.us
  %fmul51.us.3 = fmul double %fsub50.us.3, %fsub50.us.3
  %fadd53.us.3 = fadd double %fadd53.us.2, %fsub50.us.3
  %fadd55.us.3 = fadd double %fadd55.us.2, %fmul51.us.3
  %next56.us.3 = add nsw i64 %i45160.us, 4
  %go46.us.3 = icmp slt i64 %next56.us.3, %s
  br i1 %go46.us.3, label %body43.us, label %done44.us

body31.us:                                        ; preds = %body31.lr.ph.us, %body31.us
  %i33155.us = phi i64 [ %next39.us.3, %body31.us ], [ 0, %body31.lr.ph.us ]
  %var27.0154.us = phi <8 x double> [ %fadd.us.3, %body31.us ], [ zeroinitializer, %body31.lr.ph.us ]
  %var28.0153.us = phi <8 x double> [ %fadd38.us.3, %body31.us ], [ zeroinitializer, %body31.lr.ph.us ]
  %niter246 = phi i64 [ %niter246.next.3, %body31.us ], [ 0, %body31.lr.ph.us ]
  %p35.us = getelementptr inbounds float, float* %p26.us, i64 %i33155.us
  %vp.us = bitcast float* %p35.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %widen.us = fpext <8 x float> %vec.us to <8 x double>
  %fsub.us = fsub <8 x double> %widen.us, %splat.us
  %fmul.us = fmul <8 x double> %fsub.us, %fsub.us
  %fadd.us = fadd <8 x double> %var27.0154.us, %fsub.us
  %fadd38.us = fadd <8 x double> %var28.0153.us, %fmul.us
  %next39.us = or i64 %i33155.us, 8
  %p35.us.1 = getelementptr inbounds float, float* %p26.us, i64 %next39.us
  %vp.us.1 = bitcast float* %p35.us.1 to <8 x float>*
  %vec.us.1 = load <8 x float>, <8 x float>* %vp.us.1, align 4
  %widen.us.1 = fpext <8 x float> %vec.us.1 to <8 x double>
  %fsub.us.1 = fsub <8 x double> %widen.us.1, %splat.us
  %fmul.us.1 = fmul <8 x double> %fsub.us.1, %fsub.us.1
  %fadd.us.1 = fadd <8 x double> %fadd.us, %fsub.us.1
  %fadd38.us.1 = fadd <8 x double> %fadd38.us, %fmul.us.1
  %next39.us.1 = or i64 %i33155.us, 16
  %p35.us.2 = getelementptr inbounds float, float* %p26.us, i64 %next39.us.1
  %vp.us.2 = bitcast float* %p35.us.2 to <8 x float>*
  %vec.us.2 = load <8 x float>, <8 x float>* %vp.us.2, align 4
  %widen.us.2 = fpext <8 x float> %vec.us.2 to <8 x double>
  %fsub.us.2 = fsub <8 x double> %widen.us.2, %splat.us
  %fmul.us.2 = fmul <8 x double> %fsub.us.2, %fsub.us.2
  %fadd.us.2 = fadd <8 x double> %fadd.us.1, %fsub.us.2
  %fadd38.us.2 = fadd <8 x double> %fadd38.us.1, %fmul.us.2
  %next39.us.2 = or i64 %i33155.us, 24
  %p35.us.3 = getelementptr inbounds float, float* %p26.us, i64 %next39.us.2
  %vp.us.3 = bitcast float* %p35.us.3 to <8 x float>*
  %vec.us.3 = load <8 x float>, <8 x float>* %vp.us.3, align 4
  %widen.us.3 = fpext <8 x float> %vec.us.3 to <8 x double>
  %fsub.us.3 = fsub <8 x double> %widen.us.3, %splat.us
  %fmul.us.3 = fmul <8 x double> %fsub.us.3, %fsub.us.3
  %fadd.us.3 = fadd <8 x double> %fadd.us.2, %fsub.us.3
  %fadd38.us.3 = fadd <8 x double> %fadd38.us.2, %fmul.us.3
  %next39.us.3 = add nuw nsw i64 %i33155.us, 32
  %niter246.next.3 = add i64 %niter246, 4
  %niter246.ncmp.3.not = icmp eq i64 %niter246.next.3, %unroll_iter245
  br i1 %niter246.ncmp.3.not, label %loop42.preheader.us.loopexit.unr-lcssa, label %body31.us

loop42.preheader.us.loopexit.unr-lcssa:           ; preds = %body31.us, %body31.lr.ph.us
  %fadd.us.lcssa.ph = phi <8 x double> [ undef, %body31.lr.ph.us ], [ %fadd.us.3, %body31.us ]
  %fadd38.us.lcssa.ph = phi <8 x double> [ undef, %body31.lr.ph.us ], [ %fadd38.us.3, %body31.us ]
  %i33155.us.unr = phi i64 [ 0, %body31.lr.ph.us ], [ %next39.us.3, %body31.us ]
  %var27.0154.us.unr = phi <8 x double> [ zeroinitializer, %body31.lr.ph.us ], [ %fadd.us.3, %body31.us ]
  %var28.0153.us.unr = phi <8 x double> [ zeroinitializer, %body31.lr.ph.us ], [ %fadd38.us.3, %body31.us ]
  br i1 %lcmp.mod242.not, label %loop42.preheader.us, label %body31.us.epil

body31.us.epil:                                   ; preds = %loop42.preheader.us.loopexit.unr-lcssa, %body31.us.epil
  %i33155.us.epil = phi i64 [ %next39.us.epil, %body31.us.epil ], [ %i33155.us.unr, %loop42.preheader.us.loopexit.unr-lcssa ]
  %var27.0154.us.epil = phi <8 x double> [ %fadd.us.epil, %body31.us.epil ], [ %var27.0154.us.unr, %loop42.preheader.us.loopexit.unr-lcssa ]
  %var28.0153.us.epil = phi <8 x double> [ %fadd38.us.epil, %body31.us.epil ], [ %var28.0153.us.unr, %loop42.preheader.us.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body31.us.epil ], [ 0, %loop42.preheader.us.loopexit.unr-lcssa ]
  %p35.us.epil = getelementptr inbounds float, float* %p26.us, i64 %i33155.us.epil
  %vp.us.epil = bitcast float* %p35.us.epil to <8 x float>*
  %vec.us.epil = load <8 x float>, <8 x float>* %vp.us.epil, align 4
  %widen.us.epil = fpext <8 x float> %vec.us.epil to <8 x double>
  %fsub.us.epil = fsub <8 x double> %widen.us.epil, %splat.us
  %fmul.us.epil = fmul <8 x double> %fsub.us.epil, %fsub.us.epil
  %fadd.us.epil = fadd <8 x double> %var27.0154.us.epil, %fsub.us.epil
  %fadd38.us.epil = fadd <8 x double> %var28.0153.us.epil, %fmul.us.epil
  %next39.us.epil = add nuw nsw i64 %i33155.us.epil, 8
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter241
  br i1 %epil.iter.cmp.not, label %loop42.preheader.us, label %body31.us.epil, !llvm.loop !12

loop42.preheader.us:                              ; preds = %loop42.preheader.us.loopexit.unr-lcssa, %body31.us.epil, %join20.us
  %var28.0.lcssa.us = phi <8 x double> [ zeroinitializer, %join20.us ], [ %fadd38.us.lcssa.ph, %loop42.preheader.us.loopexit.unr-lcssa ], [ %fadd38.us.epil, %body31.us.epil ]
  %var27.0.lcssa.us = phi <8 x double> [ zeroinitializer, %join20.us ], [ %fadd.us.lcssa.ph, %loop42.preheader.us.loopexit.unr-lcssa ], [ %fadd.us.epil, %body31.us.epil ]
  br i1 %go46157, label %body43.us.preheader, label %done44.us

body43.us.preheader:                              ; preds = %loop42.preheader.us
  br i1 %lcmp.mod248.not, label %body43.us.prol.loopexit, label %body43.us.prol

body43.us.prol:                                   ; preds = %body43.us.preheader, %body43.us.prol
  %i45160.us.prol = phi i64 [ %next56.us.prol, %body43.us.prol ], [ %body29, %body43.us.preheader ]
  %var40.0159.us.prol = phi double [ %fadd53.us.prol, %body43.us.prol ], [ 0.000000e+00, %body43.us.preheader ]
  %var41.0158.us.prol = phi double [ %fadd55.us.prol, %body43.us.prol ], [ 0.000000e+00, %body43.us.preheader ]
  %prol.iter249 = phi i64 [ %prol.iter249.next, %body43.us.prol ], [ 0, %body43.us.preheader ]
  %p47.us.prol = getelementptr inbounds float, float* %p26.us, i64 %i45160.us.prol
  %v48.us.prol = load float, float* %p47.us.prol, align 4
  %widen49.us.prol = fpext float %v48.us.prol to double
  %fsub50.us.prol = fsub double %widen49.us.prol, %var.0.us
  %fmul51.us.prol = fmul double %fsub50.us.prol, %fsub50.us.prol
  %fadd53.us.prol = fadd double %var40.0159.us.prol, %fsub50.us.prol
  %fadd55.us.prol = fadd double %var41.0158.us.prol, %fmul51.us.prol
  %next56.us.prol = add nsw i64 %i45160.us.prol, 1
  %prol.iter249.next = add i64 %prol.iter249, 1
  %prol.iter249.cmp.not = icmp eq i64 %prol.iter249.next, %xtraiter247
  br i1 %prol.iter249.cmp.not, label %body43.us.prol.loopexit, label %body43.us.prol, !llvm.loop !13

body43.us.prol.loopexit:                          ; preds = %body43.us.prol, %body43.us.preheader
  %i45160.us.unr = phi i64 [ %body29, %body43.us.preheader ], [ %next56.us.prol, %body43.us.prol ]
  %var40.0159.us.unr = phi double [ 0.000000e+00, %body43.us.preheader ], [ %fadd53.us.prol, %body43.us.prol ]
  %var41.0158.us.unr = phi double [ 0.000000e+00, %body43.us.preheader ], [ %fadd55.us.prol, %body43.us.prol ]
  %fadd53.us.lcssa.unr = phi double [ undef, %body43.us.preheader ], [ %fadd53.us.prol, %body43.us.prol ]
  %fadd55.us.lcssa.unr = phi double [ undef, %body43.us.preheader ], [ %fadd55.us.prol, %body43.us.prol ]
  br i1 %92, label %done44.us, label %body43.us

body31.lr.ph.us:                                  ; preds = %join20.us
  %one.us = insertelement <8 x double> undef, double %var.0.us, i64 0
  %splat.us = shufflevector <8 x double> %one.us, <8 x double> undef, <8 x i32> zeroinitializer
  br i1 %91, label %loop42.preheader.us.loopexit.unr-lcssa, label %body31.us

loop11.done13_crit_edge.us:                       ; preds = %done44.us
  %next105.us = add nsw i64 %i9167.us, 1
  %exitcond177.not = icmp eq i64 %next105.us, %end
  br i1 %exitcond177.not, label %done8, label %loop11.preheader.us

body:                                             ; preds = %body.prol.loopexit, %body
  %i151 = phi i64 [ %next.3, %body ], [ %i151.unr, %body.prol.loopexit ]
  %p = getelementptr inbounds double, double* %moments, i64 %i151
  store double %i2f, double* %p, align 8
  %add = add i64 %i151, %c
  %p2 = getelementptr inbounds double, double* %moments, i64 %add
  store double 0.000000e+00, double* %p2, align 8
  %add4 = add i64 %i151, %mul3
  %p5 = getelementptr inbounds double, double* %moments, i64 %add4
  store double 0.000000e+00, double* %p5, align 8
  %next = add nuw nsw i64 %i151, 1
  %p.1 = getelementptr inbounds double, double* %moments, i64 %next
  store double %i2f, double* %p.1, align 8
  %add.1 = add i64 %next, %c
  %p2.1 = getelementptr inbounds double, double* %moments, i64 %add.1
  store double 0.000000e+00, double* %p2.1, align 8
  %add4.1 = add i64 %next, %mul3
  %p5.1 = getelementptr inbounds double, double* %moments, i64 %add4.1
  store double 0.000000e+00, double* %p5.1, align 8
  %next.1 = add nuw nsw i64 %i151, 2
  %p.2 = getelementptr inbounds double, double* %moments, i64 %next.1
  store double %i2f, double* %p.2, align 8
  %add.2 = add i64 %next.1, %c
  %p2.2 = getelementptr inbounds double, double* %moments, i64 %add.2
  store double 0.000000e+00, double* %p2.2, align 8
  %add4.2 = add i64 %next.1, %mul3
  %p5.2 = getelementptr inbounds double, double* %moments, i64 %add4.2
  store double 0.000000e+00, double* %p5.2, align 8
  %next.2 = add nuw nsw i64 %i151, 3
  %p.3 = getelementptr inbounds double, double* %moments, i64 %next.2
  store double %i2f, double* %p.3, align 8
  %add.3 = add i64 %next.2, %c
  %p2.3 = getelementptr inbounds double, double* %moments, i64 %add.3
  store double 0.000000e+00, double* %p2.3, align 8
  %add4.3 = add i64 %next.2, %mul3
  %p5.3 = getelementptr inbounds double, double* %moments, i64 %add4.3
  store double 0.000000e+00, double* %p5.3, align 8
  %next.3 = add nuw nsw i64 %i151, 4
  %exitcond.not.3 = icmp eq i64 %next.3, %c
  br i1 %exitcond.not.3, label %join, label %body, !llvm.loop !14

done8:                                            ; preds = %loop11.done13_crit_edge.us, %join
  %cmp106 = icmp eq i64 %end, %n
  %or.cond171 = select i1 %cmp106, i1 %go150, i1 false
  br i1 %or.cond171, label %body111.lr.ph, label %join109

body111.lr.ph:                                    ; preds = %done8
  %mul119 = shl nuw i64 %c, 1
  %cmp125 = icmp sgt i64 %mul, 0
  br i1 %cmp125, label %body111.us.preheader, label %body111.lr.ph.split

body111.us.preheader:                             ; preds = %body111.lr.ph
  %min.iters.check223 = icmp ugt i64 %c, 3
  %ident.check.not = icmp eq i64 %s, 1
  %or.cond236 = select i1 %min.iters.check223, i1 %ident.check.not, i1 false
  br i1 %or.cond236, label %vector.ph224, label %body111.us.preheader237

vector.ph224:                                     ; preds = %body111.us.preheader
  %n.vec226 = and i64 %c, -4
  %broadcast.splatinsert233 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat234 = shufflevector <4 x double> %broadcast.splatinsert233, <4 x double> poison, <4 x i32> zeroinitializer
  %93 = add i64 %n.vec226, -4
  %94 = lshr exact i64 %93, 2
  %95 = add nuw nsw i64 %94, 1
  %xtraiter255 = and i64 %95, 1
  %96 = icmp eq i64 %93, 0
  br i1 %96, label %middle.block220.unr-lcssa, label %vector.ph224.new

vector.ph224.new:                                 ; preds = %vector.ph224
  %unroll_iter258 = and i64 %95, 9223372036854775806
  br label %vector.body222

vector.body222:                                   ; preds = %vector.body222, %vector.ph224.new
  %index229 = phi i64 [ 0, %vector.ph224.new ], [ %index.next235.1, %vector.body222 ]
  %niter259 = phi i64 [ 0, %vector.ph224.new ], [ %niter259.next.1, %vector.body222 ]
  %97 = add i64 %index229, %c
  %98 = getelementptr inbounds double, double* %moments, i64 %97
  %99 = bitcast double* %98 to <4 x double>*
  %wide.load230 = load <4 x double>, <4 x double>* %99, align 8
  %100 = add i64 %index229, %mul119
  %101 = getelementptr inbounds double, double* %moments, i64 %100
  %102 = bitcast double* %101 to <4 x double>*
  %wide.load231 = load <4 x double>, <4 x double>* %102, align 8
  %103 = mul i64 %index229, %s
  %104 = getelementptr inbounds float, float* %x, i64 %103
  %105 = bitcast float* %104 to <4 x float>*
  %wide.load232 = load <4 x float>, <4 x float>* %105, align 4
  %106 = fpext <4 x float> %wide.load232 to <4 x double>
  %107 = fmul <4 x double> %broadcast.splat234, %106
  %108 = fadd <4 x double> %wide.load230, %107
  %109 = fmul <4 x double> %106, <double 2.000000e+00, double 2.000000e+00, double 2.000000e+00, double 2.000000e+00>
  %110 = fmul <4 x double> %wide.load230, %109
  %111 = fadd <4 x double> %wide.load231, %110
  %112 = fmul <4 x double> %107, %106
  %113 = fadd <4 x double> %112, %111
  %114 = bitcast double* %98 to <4 x double>*
  store <4 x double> %108, <4 x double>* %114, align 8
  %115 = bitcast double* %101 to <4 x double>*
  store <4 x double> %113, <4 x double>* %115, align 8
  %index.next235 = or i64 %index229, 4
  %116 = add i64 %index.next235, %c
  %117 = getelementptr inbounds double, double* %moments, i64 %116
  %118 = bitcast double* %117 to <4 x double>*
  %wide.load230.1 = load <4 x double>, <4 x double>* %118, align 8
  %119 = add i64 %index.next235, %mul119
  %120 = getelementptr inbounds double, double* %moments, i64 %119
  %121 = bitcast double* %120 to <4 x double>*
  %wide.load231.1 = load <4 x double>, <4 x double>* %121, align 8
  %122 = mul i64 %index.next235, %s
  %123 = getelementptr inbounds float, float* %x, i64 %122
  %124 = bitcast float* %123 to <4 x float>*
  %wide.load232.1 = load <4 x float>, <4 x float>* %124, align 4
  %125 = fpext <4 x float> %wide.load232.1 to <4 x double>
  %126 = fmul <4 x double> %broadcast.splat234, %125
  %127 = fadd <4 x double> %wide.load230.1, %126
  %128 = fmul <4 x double> %125, <double 2.000000e+00, double 2.000000e+00, double 2.000000e+00, double 2.000000e+00>
  %129 = fmul <4 x double> %wide.load230.1, %128
  %130 = fadd <4 x double> %wide.load231.1, %129
  %131 = fmul <4 x double> %126, %125
  %132 = fadd <4 x double> %131, %130
  %133 = bitcast double* %117 to <4 x double>*
  store <4 x double> %127, <4 x double>* %133, align 8
  %134 = bitcast double* %120 to <4 x double>*
  store <4 x double> %132, <4 x double>* %134, align 8
  %index.next235.1 = add nuw i64 %index229, 8
  %niter259.next.1 = add i64 %niter259, 2
  %niter259.ncmp.1 = icmp eq i64 %niter259.next.1, %unroll_iter258
  br i1 %niter259.ncmp.1, label %middle.block220.unr-lcssa, label %vector.body222, !llvm.loop !15

middle.block220.unr-lcssa:                        ; preds = %vector.body222, %vector.ph224
  %index229.unr = phi i64 [ 0, %vector.ph224 ], [ %index.next235.1, %vector.body222 ]
  %lcmp.mod257.not = icmp eq i64 %xtraiter255, 0
  br i1 %lcmp.mod257.not, label %middle.block220, label %vector.body222.epil

vector.body222.epil:                              ; preds = %middle.block220.unr-lcssa
  %135 = add i64 %index229.unr, %c
  %136 = getelementptr inbounds double, double* %moments, i64 %135
  %137 = bitcast double* %136 to <4 x double>*
  %wide.load230.epil = load <4 x double>, <4 x double>* %137, align 8
  %138 = add i64 %index229.unr, %mul119
  %139 = getelementptr inbounds double, double* %moments, i64 %138
  %140 = bitcast double* %139 to <4 x double>*
  %wide.load231.epil = load <4 x double>, <4 x double>* %140, align 8
  %141 = mul i64 %index229.unr, %s
  %142 = getelementptr inbounds float, float* %x, i64 %141
  %143 = bitcast float* %142 to <4 x float>*
  %wide.load232.epil = load <4 x float>, <4 x float>* %143, align 4
  %144 = fpext <4 x float> %wide.load232.epil to <4 x double>
  %145 = fmul <4 x double> %broadcast.splat234, %144
  %146 = fadd <4 x double> %wide.load230.epil, %145
  %147 = fmul <4 x double> %144, <double 2.000000e+00, double 2.000000e+00, double 2.000000e+00, double 2.000000e+00>
  %148 = fmul <4 x double> %wide.load230.epil, %147
  %149 = fadd <4 x double> %wide.load231.epil, %148
  %150 = fmul <4 x double> %145, %144
  %151 = fadd <4 x double> %150, %149
  %152 = bitcast double* %136 to <4 x double>*
  store <4 x double> %146, <4 x double>* %152, align 8
  %153 = bitcast double* %139 to <4 x double>*
  store <4 x double> %151, <4 x double>* %153, align 8
  br label %middle.block220

middle.block220:                                  ; preds = %middle.block220.unr-lcssa, %vector.body222.epil
  %cmp.n228 = icmp eq i64 %n.vec226, %c
  br i1 %cmp.n228, label %join109, label %body111.us.preheader237

body111.us.preheader237:                          ; preds = %body111.us.preheader, %middle.block220
  %i113169.us.ph = phi i64 [ 0, %body111.us.preheader ], [ %n.vec226, %middle.block220 ]
  %154 = xor i64 %i113169.us.ph, -1
  %xtraiter260 = and i64 %c, 1
  %lcmp.mod261.not = icmp eq i64 %xtraiter260, 0
  br i1 %lcmp.mod261.not, label %body111.us.prol.loopexit, label %body111.us.prol

body111.us.prol:                                  ; preds = %body111.us.preheader237
  %add116.us.prol = add i64 %i113169.us.ph, %c
  %p117.us.prol = getelementptr inbounds double, double* %moments, i64 %add116.us.prol
  %v118.us.prol = load double, double* %p117.us.prol, align 8
  %add120.us.prol = add i64 %i113169.us.ph, %mul119
  %p121.us.prol = getelementptr inbounds double, double* %moments, i64 %add120.us.prol
  %v122.us.prol = load double, double* %p121.us.prol, align 8
  %mul129.us.prol = mul i64 %i113169.us.ph, %s
  %p130.us.prol = getelementptr inbounds float, float* %x, i64 %mul129.us.prol
  %v131.us.prol = load float, float* %p130.us.prol, align 4
  %ext132.us.prol = fpext float %v131.us.prol to double
  %fmul134.us.prol = fmul double %i2f, %ext132.us.prol
  %fadd135.us.prol = fadd double %v118.us.prol, %fmul134.us.prol
  %fmul136.us.prol = fmul double %ext132.us.prol, 2.000000e+00
  %fmul137.us.prol = fmul double %v118.us.prol, %fmul136.us.prol
  %fadd138.us.prol = fadd double %v122.us.prol, %fmul137.us.prol
  %fmul139.us.prol = fmul double %fmul134.us.prol, %ext132.us.prol
  %fadd140.us.prol = fadd double %fmul139.us.prol, %fadd138.us.prol
  store double %fadd135.us.prol, double* %p117.us.prol, align 8
  store double %fadd140.us.prol, double* %p121.us.prol, align 8
  %next147.us.prol = or i64 %i113169.us.ph, 1
  br label %body111.us.prol.loopexit

body111.us.prol.loopexit:                         ; preds = %body111.us.prol, %body111.us.preheader237
  %i113169.us.unr = phi i64 [ %i113169.us.ph, %body111.us.preheader237 ], [ %next147.us.prol, %body111.us.prol ]
  %155 = sub i64 0, %c
  %156 = icmp eq i64 %154, %155
  br i1 %156, label %join109, label %body111.us

body111.us:                                       ; preds = %body111.us.prol.loopexit, %body111.us
  %i113169.us = phi i64 [ %next147.us.1, %body111.us ], [ %i113169.us.unr, %body111.us.prol.loopexit ]
  %add116.us = add i64 %i113169.us, %c
  %p117.us = getelementptr inbounds double, double* %moments, i64 %add116.us
  %v118.us = load double, double* %p117.us, align 8
  %add120.us = add i64 %i113169.us, %mul119
  %p121.us = getelementptr inbounds double, double* %moments, i64 %add120.us
  %v122.us = load double, double* %p121.us, align 8
  %mul129.us = mul i64 %i113169.us, %s
  %p130.us = getelementptr inbounds float, float* %x, i64 %mul129.us
  %v131.us = load float, float* %p130.us, align 4
  %ext132.us = fpext float %v131.us to double
  %fmul134.us = fmul double %i2f, %ext132.us
  %fadd135.us = fadd double %v118.us, %fmul134.us
  %fmul136.us = fmul double %ext132.us, 2.000000e+00
  %fmul137.us = fmul double %v118.us, %fmul136.us
  %fadd138.us = fadd double %v122.us, %fmul137.us
  %fmul139.us = fmul double %fmul134.us, %ext132.us
  %fadd140.us = fadd double %fmul139.us, %fadd138.us
  store double %fadd135.us, double* %p117.us, align 8
  store double %fadd140.us, double* %p121.us, align 8
  %next147.us = add nuw nsw i64 %i113169.us, 1
  %add116.us.1 = add i64 %next147.us, %c
  %p117.us.1 = getelementptr inbounds double, double* %moments, i64 %add116.us.1
  %v118.us.1 = load double, double* %p117.us.1, align 8
  %add120.us.1 = add i64 %next147.us, %mul119
  %p121.us.1 = getelementptr inbounds double, double* %moments, i64 %add120.us.1
  %v122.us.1 = load double, double* %p121.us.1, align 8
  %mul129.us.1 = mul i64 %next147.us, %s
  %p130.us.1 = getelementptr inbounds float, float* %x, i64 %mul129.us.1
  %v131.us.1 = load float, float* %p130.us.1, align 4
  %ext132.us.1 = fpext float %v131.us.1 to double
  %fmul134.us.1 = fmul double %i2f, %ext132.us.1
  %fadd135.us.1 = fadd double %v118.us.1, %fmul134.us.1
  %fmul136.us.1 = fmul double %ext132.us.1, 2.000000e+00
  %fmul137.us.1 = fmul double %v118.us.1, %fmul136.us.1
  %fadd138.us.1 = fadd double %v122.us.1, %fmul137.us.1
  %fmul139.us.1 = fmul double %fmul134.us.1, %ext132.us.1
  %fadd140.us.1 = fadd double %fmul139.us.1, %fadd138.us.1
  store double %fadd135.us.1, double* %p117.us.1, align 8
  store double %fadd140.us.1, double* %p121.us.1, align 8
  %next147.us.1 = add nuw nsw i64 %i113169.us, 2
  %exitcond179.not.1 = icmp eq i64 %next147.us.1, %c
  br i1 %exitcond179.not.1, label %join109, label %body111.us, !llvm.loop !16

body111.lr.ph.split:                              ; preds = %body111.lr.ph
  %fmul134 = fmul double %i2f, 0.000000e+00
  %fmul139 = fmul double %fmul134, 0.000000e+00
  %min.iters.check201 = icmp ult i64 %c, 8
  br i1 %min.iters.check201, label %body111.preheader, label %vector.ph202

vector.ph202:                                     ; preds = %body111.lr.ph.split
  %n.vec204 = and i64 %c, -8
  %broadcast.splatinsert211 = insertelement <4 x double> poison, double %fmul134, i64 0
  %broadcast.splat212 = shufflevector <4 x double> %broadcast.splatinsert211, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert213 = insertelement <4 x double> poison, double %fmul134, i64 0
  %broadcast.splat214 = shufflevector <4 x double> %broadcast.splatinsert213, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert215 = insertelement <4 x double> poison, double %fmul139, i64 0
  %broadcast.splat216 = shufflevector <4 x double> %broadcast.splatinsert215, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert217 = insertelement <4 x double> poison, double %fmul139, i64 0
  %broadcast.splat218 = shufflevector <4 x double> %broadcast.splatinsert217, <4 x double> poison, <4 x i32> zeroinitializer
  %157 = add i64 %n.vec204, -8
  %158 = lshr exact i64 %157, 3
  %159 = add nuw nsw i64 %158, 1
  %xtraiter250 = and i64 %159, 1
  %160 = icmp eq i64 %157, 0
  br i1 %160, label %middle.block198.unr-lcssa, label %vector.ph202.new

vector.ph202.new:                                 ; preds = %vector.ph202
  %unroll_iter253 = and i64 %159, 4611686018427387902
  br label %vector.body200

vector.body200:                                   ; preds = %vector.body200, %vector.ph202.new
  %index207 = phi i64 [ 0, %vector.ph202.new ], [ %index.next219.1, %vector.body200 ]
  %niter254 = phi i64 [ 0, %vector.ph202.new ], [ %niter254.next.1, %vector.body200 ]
  %161 = add i64 %index207, %c
  %162 = getelementptr inbounds double, double* %moments, i64 %161
  %163 = bitcast double* %162 to <4 x double>*
  %wide.load = load <4 x double>, <4 x double>* %163, align 8
  %164 = getelementptr inbounds double, double* %162, i64 4
  %165 = bitcast double* %164 to <4 x double>*
  %wide.load208 = load <4 x double>, <4 x double>* %165, align 8
  %166 = add i64 %index207, %mul119
  %167 = getelementptr inbounds double, double* %moments, i64 %166
  %168 = bitcast double* %167 to <4 x double>*
  %wide.load209 = load <4 x double>, <4 x double>* %168, align 8
  %169 = getelementptr inbounds double, double* %167, i64 4
  %170 = bitcast double* %169 to <4 x double>*
  %wide.load210 = load <4 x double>, <4 x double>* %170, align 8
  %171 = fadd <4 x double> %wide.load, %broadcast.splat212
  %172 = fadd <4 x double> %wide.load208, %broadcast.splat214
  %173 = fmul <4 x double> %wide.load, zeroinitializer
  %174 = fmul <4 x double> %wide.load208, zeroinitializer
  %175 = fadd <4 x double> %wide.load209, %173
  %176 = fadd <4 x double> %wide.load210, %174
  %177 = fadd <4 x double> %broadcast.splat216, %175
  %178 = fadd <4 x double> %broadcast.splat218, %176
  %179 = bitcast double* %162 to <4 x double>*
  store <4 x double> %171, <4 x double>* %179, align 8
  %180 = bitcast double* %164 to <4 x double>*
  store <4 x double> %172, <4 x double>* %180, align 8
  %181 = bitcast double* %167 to <4 x double>*
  store <4 x double> %177, <4 x double>* %181, align 8
  %182 = bitcast double* %169 to <4 x double>*
  store <4 x double> %178, <4 x double>* %182, align 8
  %index.next219 = or i64 %index207, 8
  %183 = add i64 %index.next219, %c
  %184 = getelementptr inbounds double, double* %moments, i64 %183
  %185 = bitcast double* %184 to <4 x double>*
  %wide.load.1 = load <4 x double>, <4 x double>* %185, align 8
  %186 = getelementptr inbounds double, double* %184, i64 4
  %187 = bitcast double* %186 to <4 x double>*
  %wide.load208.1 = load <4 x double>, <4 x double>* %187, align 8
  %188 = add i64 %index.next219, %mul119
  %189 = getelementptr inbounds double, double* %moments, i64 %188
  %190 = bitcast double* %189 to <4 x double>*
  %wide.load209.1 = load <4 x double>, <4 x double>* %190, align 8
  %191 = getelementptr inbounds double, double* %189, i64 4
  %192 = bitcast double* %191 to <4 x double>*
  %wide.load210.1 = load <4 x double>, <4 x double>* %192, align 8
  %193 = fadd <4 x double> %wide.load.1, %broadcast.splat212
  %194 = fadd <4 x double> %wide.load208.1, %broadcast.splat214
  %195 = fmul <4 x double> %wide.load.1, zeroinitializer
  %196 = fmul <4 x double> %wide.load208.1, zeroinitializer
  %197 = fadd <4 x double> %wide.load209.1, %195
  %198 = fadd <4 x double> %wide.load210.1, %196
  %199 = fadd <4 x double> %broadcast.splat216, %197
  %200 = fadd <4 x double> %broadcast.splat218, %198
  %201 = bitcast double* %184 to <4 x double>*
  store <4 x double> %193, <4 x double>* %201, align 8
  %202 = bitcast double* %186 to <4 x double>*
  store <4 x double> %194, <4 x double>* %202, align 8
  %203 = bitcast double* %189 to <4 x double>*
  store <4 x double> %199, <4 x double>* %203, align 8
  %204 = bitcast double* %191 to <4 x double>*
  store <4 x double> %200, <4 x double>* %204, align 8
  %index.next219.1 = add nuw i64 %index207, 16
  %niter254.next.1 = add i64 %niter254, 2
  %niter254.ncmp.1 = icmp eq i64 %niter254.next.1, %unroll_iter253
  br i1 %niter254.ncmp.1, label %middle.block198.unr-lcssa, label %vector.body200, !llvm.loop !17

middle.block198.unr-lcssa:                        ; preds = %vector.body200, %vector.ph202
  %index207.unr = phi i64 [ 0, %vector.ph202 ], [ %index.next219.1, %vector.body200 ]
  %lcmp.mod252.not = icmp eq i64 %xtraiter250, 0
  br i1 %lcmp.mod252.not, label %middle.block198, label %vector.body200.epil

vector.body200.epil:                              ; preds = %middle.block198.unr-lcssa
  %205 = add i64 %index207.unr, %c
  %206 = getelementptr inbounds double, double* %moments, i64 %205
  %207 = bitcast double* %206 to <4 x double>*
  %wide.load.epil = load <4 x double>, <4 x double>* %207, align 8
  %208 = getelementptr inbounds double, double* %206, i64 4
  %209 = bitcast double* %208 to <4 x double>*
  %wide.load208.epil = load <4 x double>, <4 x double>* %209, align 8
  %210 = add i64 %index207.unr, %mul119
  %211 = getelementptr inbounds double, double* %moments, i64 %210
  %212 = bitcast double* %211 to <4 x double>*
  %wide.load209.epil = load <4 x double>, <4 x double>* %212, align 8
  %213 = getelementptr inbounds double, double* %211, i64 4
  %214 = bitcast double* %213 to <4 x double>*
  %wide.load210.epil = load <4 x double>, <4 x double>* %214, align 8
  %215 = fadd <4 x double> %wide.load.epil, %broadcast.splat212
  %216 = fadd <4 x double> %wide.load208.epil, %broadcast.splat214
  %217 = fmul <4 x double> %wide.load.epil, zeroinitializer
  %218 = fmul <4 x double> %wide.load208.epil, zeroinitializer
  %219 = fadd <4 x double> %wide.load209.epil, %217
  %220 = fadd <4 x double> %wide.load210.epil, %218
  %221 = fadd <4 x double> %broadcast.splat216, %219
  %222 = fadd <4 x double> %broadcast.splat218, %220
  %223 = bitcast double* %206 to <4 x double>*
  store <4 x double> %215, <4 x double>* %223, align 8
  %224 = bitcast double* %208 to <4 x double>*
  store <4 x double> %216, <4 x double>* %224, align 8
  %225 = bitcast double* %211 to <4 x double>*
  store <4 x double> %221, <4 x double>* %225, align 8
  %226 = bitcast double* %213 to <4 x double>*
  store <4 x double> %222, <4 x double>* %226, align 8
  br label %middle.block198

middle.block198:                                  ; preds = %middle.block198.unr-lcssa, %vector.body200.epil
  %cmp.n206 = icmp eq i64 %n.vec204, %c
  br i1 %cmp.n206, label %join109, label %body111.preheader

body111.preheader:                                ; preds = %body111.lr.ph.split, %middle.block198
  %i113169.ph = phi i64 [ 0, %body111.lr.ph.split ], [ %n.vec204, %middle.block198 ]
  br label %body111

join109:                                          ; preds = %body111, %body111.us.prol.loopexit, %body111.us, %middle.block198, %middle.block220, %loop11.preheader.lr.ph, %done8
  ret void

body111:                                          ; preds = %body111.preheader, %body111
  %i113169 = phi i64 [ %next147, %body111 ], [ %i113169.ph, %body111.preheader ]
  %add116 = add i64 %i113169, %c
  %p117 = getelementptr inbounds double, double* %moments, i64 %add116
  %v118 = load double, double* %p117, align 8
  %add120 = add i64 %i113169, %mul119
  %p121 = getelementptr inbounds double, double* %moments, i64 %add120
  %v122 = load double, double* %p121, align 8
  %fadd135 = fadd double %v118, %fmul134
  %fmul137 = fmul double %v118, 0.000000e+00
  %fadd138 = fadd double %v122, %fmul137
  %fadd140 = fadd double %fmul139, %fadd138
  store double %fadd135, double* %p117, align 8
  store double %fadd140, double* %p121, align 8
  %next147 = add nuw nsw i64 %i113169, 1
  %exitcond178.not = icmp eq i64 %next147, %c
  br i1 %exitcond178.not, label %join109, label %body111, !llvm.loop !18
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
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !19, !9}
!19 = !{!"llvm.loop.unroll.runtime.disable"}
