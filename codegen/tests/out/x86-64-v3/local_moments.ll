; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind
define void @syncbn_local_moments(float* noalias nocapture readonly %x, i64 %n, i64 %c, i64 %s, double* noalias nocapture %moments) local_unnamed_addr #0 {
entry:
  %mul = mul i64 %s, %n
  %i2f = sitofp i64 %mul to double
  %go142 = icmp sgt i64 %c, 0
  br i1 %go142, label %body.lr.ph, label %done104

body.lr.ph:                                       ; preds = %entry
  %mul3 = shl nuw i64 %c, 1
  %min.iters.check = icmp ult i64 %c, 16
  br i1 %min.iters.check, label %body.preheader, label %vector.memcheck

vector.memcheck:                                  ; preds = %body.lr.ph
  %scevgep = getelementptr double, double* %moments, i64 %c
  %scevgep181 = getelementptr double, double* %moments, i64 %mul3
  %0 = mul i64 %c, 3
  %scevgep183 = getelementptr double, double* %moments, i64 %0
  %bound0185 = icmp ugt double* %scevgep183, %moments
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
  %5 = getelementptr inbounds double, double* %moments, i64 %index
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
  store <4 x double> %broadcast.splat188, <4 x double>* %34, align 8, !alias.scope !0, !noalias !3
  %35 = getelementptr inbounds double, double* %31, i64 8
  %36 = bitcast double* %35 to <4 x double>*
  store <4 x double> %broadcast.splat190, <4 x double>* %36, align 8, !alias.scope !0, !noalias !3
  %37 = getelementptr inbounds double, double* %31, i64 12
  %38 = bitcast double* %37 to <4 x double>*
  store <4 x double> %broadcast.splat192, <4 x double>* %38, align 8, !alias.scope !0, !noalias !3
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
  store <4 x double> %broadcast.splat188, <4 x double>* %60, align 8, !alias.scope !0, !noalias !3
  %61 = getelementptr inbounds double, double* %57, i64 8
  %62 = bitcast double* %61 to <4 x double>*
  store <4 x double> %broadcast.splat190, <4 x double>* %62, align 8, !alias.scope !0, !noalias !3
  %63 = getelementptr inbounds double, double* %57, i64 12
  %64 = bitcast double* %63 to <4 x double>*
  store <4 x double> %broadcast.splat192, <4 x double>* %64, align 8, !alias.scope !0, !noalias !3
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
  br i1 %cmp.n, label %loop6.preheader, label %body.preheader

body.preheader:                                   ; preds = %vector.memcheck, %body.lr.ph, %middle.block
  %i143.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %body.lr.ph ], [ %n.vec, %middle.block ]
  %83 = xor i64 %i143.ph, -1
  %84 = add i64 %83, %c
  %xtraiter233 = and i64 %c, 3
  %lcmp.mod234.not = icmp eq i64 %xtraiter233, 0
  br i1 %lcmp.mod234.not, label %body.prol.loopexit, label %body.prol

body.prol:                                        ; preds = %body.preheader, %body.prol
  %i143.prol = phi i64 [ %next.prol, %body.prol ], [ %i143.ph, %body.preheader ]
  %prol.iter = phi i64 [ %prol.iter.next, %body.prol ], [ 0, %body.preheader ]
  %p.prol = getelementptr inbounds double, double* %moments, i64 %i143.prol
  store double %i2f, double* %p.prol, align 8
  %add.prol = add i64 %i143.prol, %c
  %p2.prol = getelementptr inbounds double, double* %moments, i64 %add.prol
  store double 0.000000e+00, double* %p2.prol, align 8
  %add4.prol = add i64 %i143.prol, %mul3
  %p5.prol = getelementptr inbounds double, double* %moments, i64 %add4.prol
  store double 0.000000e+00, double* %p5.prol, align 8
  %next.prol = add nuw nsw i64 %i143.prol, 1
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter233
  br i1 %prol.iter.cmp.not, label %body.prol.loopexit, label %body.prol, !llvm.loop !10

body.prol.loopexit:                               ; preds = %body.prol, %body.preheader
  %i143.unr = phi i64 [ %i143.ph, %body.preheader ], [ %next.prol, %body.prol ]
  %85 = icmp ult i64 %84, 3
  br i1 %85, label %loop6.preheader, label %body

loop6.preheader:                                  ; preds = %body.prol.loopexit, %body, %middle.block
  %go10158 = icmp sgt i64 %n, 0
  br i1 %go10158, label %loop11.preheader.lr.ph, label %loop102.preheader

loop11.preheader.lr.ph:                           ; preds = %loop6.preheader
  %cmp = icmp sgt i64 %mul, 0
  %body25 = and i64 %s, -8
  %go30144 = icmp sgt i64 %body25, 0
  %go42149 = icmp slt i64 %body25, %s
  %mul94 = shl i64 %c, 1
  br i1 %go142, label %loop11.preheader.us.preheader, label %done104

loop11.preheader.us.preheader:                    ; preds = %loop11.preheader.lr.ph
  %86 = add i64 %body25, -1
  %87 = lshr i64 %86, 3
  %88 = add nuw nsw i64 %87, 1
  %89 = xor i64 %body25, -1
  %90 = add i64 %89, %s
  %xtraiter235 = and i64 %88, 3
  %91 = icmp ult i64 %86, 24
  %unroll_iter239 = and i64 %88, 4611686018427387900
  %lcmp.mod236.not = icmp eq i64 %xtraiter235, 0
  %xtraiter241 = and i64 %s, 3
  %lcmp.mod242.not = icmp eq i64 %xtraiter241, 0
  %92 = icmp ult i64 %90, 3
  br label %loop11.preheader.us

loop11.preheader.us:                              ; preds = %loop11.preheader.us.preheader, %loop11.done13_crit_edge.us
  %i9159.us = phi i64 [ %next101.us, %loop11.done13_crit_edge.us ], [ 0, %loop11.preheader.us.preheader ]
  %mul19.us = mul i64 %i9159.us, %c
  br label %body12.us

body12.us:                                        ; preds = %loop11.preheader.us, %done40.us
  %i14156.us = phi i64 [ 0, %loop11.preheader.us ], [ %next100.us, %done40.us ]
  br i1 %cmp, label %then.us, label %join.us

then.us:                                          ; preds = %body12.us
  %mul17.us = mul i64 %i14156.us, %s
  %p18.us = getelementptr inbounds float, float* %x, i64 %mul17.us
  %v.us = load float, float* %p18.us, align 4
  %ext.us = fpext float %v.us to double
  br label %join.us

join.us:                                          ; preds = %then.us, %body12.us
  %var.0.us = phi double [ %ext.us, %then.us ], [ 0.000000e+00, %body12.us ]
  %add20.us = add i64 %i14156.us, %mul19.us
  %mul21.us = mul i64 %add20.us, %s
  %p22.us = getelementptr inbounds float, float* %x, i64 %mul21.us
  br i1 %go30144, label %body27.lr.ph.us, label %loop38.preheader.us

done40.us:                                        ; preds = %body39.us.prol.loopexit, %body39.us, %loop38.preheader.us
  %var37.0.lcssa.us = phi double [ 0.000000e+00, %loop38.preheader.us ], [ %fadd51.us.lcssa.unr, %body39.us.prol.loopexit ], [ %fadd51.us.3, %body39.us ]
  %var36.0.lcssa.us = phi double [ 0.000000e+00, %loop38.preheader.us ], [ %fadd49.us.lcssa.unr, %body39.us.prol.loopexit ], [ %fadd49.us.3, %body39.us ]
  %lane.us = extractelement <8 x double> %var23.0.lcssa.us, i64 0
  %fadd55.us = fadd double %lane.us, %var36.0.lcssa.us
  %lane56.us = extractelement <8 x double> %var23.0.lcssa.us, i64 1
  %fadd57.us = fadd double %lane56.us, %fadd55.us
  %lane58.us = extractelement <8 x double> %var23.0.lcssa.us, i64 2
  %fadd59.us = fadd double %lane58.us, %fadd57.us
  %lane60.us = extractelement <8 x double> %var23.0.lcssa.us, i64 3
  %fadd61.us = fadd double %lane60.us, %fadd59.us
  %lane62.us = extractelement <8 x double> %var23.0.lcssa.us, i64 4
  %fadd63.us = fadd double %lane62.us, %fadd61.us
  %lane64.us = extractelement <8 x double> %var23.0.lcssa.us, i64 5
  %fadd65.us = fadd double %lane64.us, %fadd63.us
  %lane66.us = extractelement <8 x double> %var23.0.lcssa.us, i64 6
  %fadd67.us = fadd double %lane66.us, %fadd65.us
  %lane68.us = extractelement <8 x double> %var23.0.lcssa.us, i64 7
  %fadd69.us = fadd double %lane68.us, %fadd67.us
  %add71.us = add i64 %i14156.us, %c
  %p72.us = getelementptr inbounds double, double* %moments, i64 %add71.us
  %v73.us = load double, double* %p72.us, align 8
  %fadd74.us = fadd double %fadd69.us, %v73.us
  store double %fadd74.us, double* %p72.us, align 8
  %lane78.us = extractelement <8 x double> %var24.0.lcssa.us, i64 0
  %fadd79.us = fadd double %lane78.us, %var37.0.lcssa.us
  %lane80.us = extractelement <8 x double> %var24.0.lcssa.us, i64 1
  %fadd81.us = fadd double %lane80.us, %fadd79.us
  %lane82.us = extractelement <8 x double> %var24.0.lcssa.us, i64 2
  %fadd83.us = fadd double %lane82.us, %fadd81.us
  %lane84.us = extractelement <8 x double> %var24.0.lcssa.us, i64 3
  %fadd85.us = fadd double %lane84.us, %fadd83.us
  %lane86.us = extractelement <8 x double> %var24.0.lcssa.us, i64 4
  %fadd87.us = fadd double %lane86.us, %fadd85.us
  %lane88.us = extractelement <8 x double> %var24.0.lcssa.us, i64 5
  %fadd89.us = fadd double %lane88.us, %fadd87.us
  %lane90.us = extractelement <8 x double> %var24.0.lcssa.us, i64 6
  %fadd91.us = fadd double %lane90.us, %fadd89.us
  %lane92.us = extractelement <8 x double> %var24.0.lcssa.us, i64 7
  %fadd93.us = fadd double %lane92.us, %fadd91.us
  %add95.us = add i64 %i14156.us, %mul94
  %p96.us = getelementptr inbounds double, double* %moments, i64 %add95.us
  %v97.us = load double, double* %p96.us, align 8
  %fadd98.us = fadd double %fadd93.us, %v97.us
  store double %fadd98.us, double* %p96.us, align 8
  %next100.us = add nuw nsw i64 %i14156.us, 1
  %exitcond167.not = icmp eq i64 %next100.us, %c
  br i1 %exitcond167.not, label %loop11.done13_crit_edge.us, label %body12.us

body39.us:                                        ; preds = %body39.us.prol.loopexit, %body39.us
  %i41152.us = phi i64 [ %next52.us.3, %body39.us ], [ %i41152.us.unr, %body39.us.prol.loopexit ]
  %var36.0151.us = phi double [ %fadd49.us.3, %body39.us ], [ %var36.0151.us.unr, %body39.us.prol.loopexit ]
  %var37.0150.us = phi double [ %fadd51.us.3, %body39.us ], [ %var37.0150.us.unr, %body39.us.prol.loopexit ]
  %p43.us = getelementptr inbounds float, float* %p22.us, i64 %i41152.us
  %v44.us = load float, float* %p43.us, align 4
  %widen45.us = fpext float %v44.us to double
  %fsub46.us = fsub double %widen45.us, %var.0.us
  %fmul47.us = fmul double %fsub46.us, %fsub46.us
  %fadd49.us = fadd double %var36.0151.us, %fsub46.us
  %fadd51.us = fadd double %var37.0150.us, %fmul47.us
  %next52.us = add nsw i64 %i41152.us, 1
  %p43.us.1 = getelementptr inbounds float, float* %p22.us, i64 %next52.us
  %v44.us.1 = load float, float* %p43.us.1, align 4
  %widen45.us.1 = fpext float %v44.us.1 to double
  %fsub46.us.1 = fsub double %widen45.us.1, %var.0.us
  %fmul47.us.1 = fmul double %fsub46.us.1, %fsub46.us.1
  %fadd49.us.1 = fadd double %fadd49.us, %fsub46.us.1
  %fadd51.us.1 = fadd double %fadd51.us, %fmul47.us.1
  %next52.us.1 = add nsw i64 %i41152.us, 2
  %p43.us.2 = getelementptr inbounds float, float* %p22.us, i64 %next52.us.1
  %v44.us.2 = load float, float* %p43.us.2, align 4
  %widen45.us.2 = fpext float %v44.us.2 to double
  %fsub46.us.2 = fsub double %widen45.us.2, %var.0.us
  %fmul47.us.2 = fmul double %fsub46.us.2, %fsub46.us.2
  %fadd49.us.2 = fadd double %fadd49.us.1, %fsub46.us.2
  %fadd51.us.2 = fadd double %fadd51.us.1, %fmul47.us.2
  %next52.us.2 = add nsw i64 %i41152.us, 3
  %p43.us.3 = getelementptr inbounds float, float* %p22.us, i64 %next52.us.2
  %v44.us.3 = load float, float* %p43.us.3, align 4
  %widen45.us.3 = fpext float %v44.us.3 to double
  %fsub46.us.3 = fsub double %widen45.us.3, %var.0.us
  %fmul47.us.3 = fmul double %fsub46.us.3, %fsub46.us.3
  %fadd49.us.3 = fadd double %fadd49.us.2, %fsub46.us.3
  %fadd51.us.3 = fadd double %fadd51.us.2, %fmul47.us.3
  %next52.us.3 = add nsw i64 %i41152.us, 4
  %go42.us.3 = icmp slt i64 %next52.us.3, %s
  br i1 %go42.us.3, label %body39.us, label %done40.us

body27.us:                                        ; preds = %body27.lr.ph.us, %body27.us
  %i29147.us = phi i64 [ %next35.us.3, %body27.us ], [ 0, %body27.lr.ph.us ]
  %var23.0146.us = phi <8 x double> [ %fadd.us.3, %body27.us ], [ zeroinitializer, %body27.lr.ph.us ]
  %var24.0145.us = phi <8 x double> [ %fadd34.us.3, %body27.us ], [ zeroinitializer, %body27.lr.ph.us ]
  %niter240 = phi i64 [ %niter240.next.3, %body27.us ], [ 0, %body27.lr.ph.us ]
  %p31.us = getelementptr inbounds float, float* %p22.us, i64 %i29147.us
  %vp.us = bitcast float* %p31.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %widen.us = fpext <8 x float> %vec.us to <8 x double>
  %fsub.us = fsub <8 x double> %widen.us, %splat.us
  %fmul.us = fmul <8 x double> %fsub.us, %fsub.us
  %fadd.us = fadd <8 x double> %var23.0146.us, %fsub.us
  %fadd34.us = fadd <8 x double> %var24.0145.us, %fmul.us
  %next35.us = or i64 %i29147.us, 8
  %p31.us.1 = getelementptr inbounds float, float* %p22.us, i64 %next35.us
  %vp.us.1 = bitcast float* %p31.us.1 to <8 x float>*
  %vec.us.1 = load <8 x float>, <8 x float>* %vp.us.1, align 4
  %widen.us.1 = fpext <8 x float> %vec.us.1 to <8 x double>
  %fsub.us.1 = fsub <8 x double> %widen.us.1, %splat.us
  %fmul.us.1 = fmul <8 x double> %fsub.us.1, %fsub.us.1
  %fadd.us.1 = fadd <8 x double> %fadd.us, %fsub.us.1
  %fadd34.us.1 = fadd <8 x double> %fadd34.us, %fmul.us.1
  %next35.us.1 = or i64 %i29147.us, 16
  %p31.us.2 = getelementptr inbounds float, float* %p22.us, i64 %next35.us.1
  %vp.us.2 = bitcast float* %p31.us.2 to <8 x float>*
  %vec.us.2 = load <8 x float>, <8 x float>* %vp.us.2, align 4
  %widen.us.2 = fpext <8 x float> %vec.us.2 to <8 x double>
  %fsub.us.2 = fsub <8 x double> %widen.us.2, %splat.us
  %fmul.us.2 = fmul <8 x double> %fsub.us.2, %fsub.us.2
  %fadd.us.2 = fadd <8 x double> %fadd.us.1, %fsub.us.2
  %fadd34.us.2 = fadd <8 x double> %fadd34.us.1, %fmul.us.2
  %next35.us.2 = or i64 %i29147.us, 24
  %p31.us.3 = getelementptr inbounds float, float* %p22.us, i64 %next35.us.2
  %vp.us.3 = bitcast float* %p31.us.3 to <8 x float>*
  %vec.us.3 = load <8 x float>, <8 x float>* %vp.us.3, align 4
  %widen.us.3 = fpext <8 x float> %vec.us.3 to <8 x double>
  %fsub.us.3 = fsub <8 x double> %widen.us.3, %splat.us
  %fmul.us.3 = fmul <8 x double> %fsub.us.3, %fsub.us.3
  %fadd.us.3 = fadd <8 x double> %fadd.us.2, %fsub.us.3
  %fadd34.us.3 = fadd <8 x double> %fadd34.us.2, %fmul.us.3
  %next35.us.3 = add nuw nsw i64 %i29147.us, 32
  %niter240.next.3 = add i64 %niter240, 4
  %niter240.ncmp.3.not = icmp eq i64 %niter240.next.3, %unroll_iter239
  br i1 %niter240.ncmp.3.not, label %loop38.preheader.us.loopexit.unr-lcssa, label %body27.us

loop38.preheader.us.loopexit.unr-lcssa:           ; preds = %body27.us, %body27.lr.ph.us
  %fadd.us.lcssa.ph = phi <8 x double> [ undef, %body27.lr.ph.us ], [ %fadd.us.3, %body27.us ]
  %fadd34.us.lcssa.ph = phi <8 x double> [ undef, %body27.lr.ph.us ], [ %fadd34.us.3, %body27.us ]
  %i29147.us.unr = phi i64 [ 0, %body27.lr.ph.us ], [ %next35.us.3, %body27.us ]
  %var23.0146.us.unr = phi <8 x double> [ zeroinitializer, %body27.lr.ph.us ], [ %fadd.us.3, %body27.us ]
  %var24.0145.us.unr = phi <8 x double> [ zeroinitializer, %body27.lr.ph.us ], [ %fadd34.us.3, %body27.us ]
  br i1 %lcmp.mod236.not, label %loop38.preheader.us, label %body27.us.epil

body27.us.epil:                                   ; preds = %loop38.preheader.us.loopexit.unr-lcssa, %body27.us.epil
  %i29147.us.epil = phi i64 [ %next35.us.epil, %body27.us.epil ], [ %i29147.us.unr, %loop38.preheader.us.loopexit.unr-lcssa ]
  %var23.0146.us.epil = phi <8 x double> [ %fadd.us.epil, %body27.us.epil ], [ %var23.0146.us.unr, %loop38.preheader.us.loopexit.unr-lcssa ]
  %var24.0145.us.epil = phi <8 x double> [ %fadd34.us.epil, %body27.us.epil ], [ %var24.0145.us.unr, %loop38.preheader.us.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body27.us.epil ], [ 0, %loop38.preheader.us.loopexit.unr-lcssa ]
  %p31.us.epil = getelementptr inbounds float, float* %p22.us, i64 %i29147.us.epil
  %vp.us.epil = bitcast float* %p31.us.epil to <8 x float>*
  %vec.us.epil = load <8 x float>, <8 x float>* %vp.us.epil, align 4
  %widen.us.epil = fpext <8 x float> %vec.us.epil to <8 x double>
  %fsub.us.epil = fsub <8 x double> %widen.us.epil, %splat.us
  %fmul.us.epil = fmul <8 x double> %fsub.us.epil, %fsub.us.epil
  %fadd.us.epil = fadd <8 x double> %var23.0146.us.epil, %fsub.us.epil
  %fadd34.us.epil = fadd <8 x double> %var24.0145.us.epil, %fmul.us.epil
  %next35.us.epil = add nuw nsw i64 %i29147.us.epil, 8
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter235
  br i1 %epil.iter.cmp.not, label %loop38.preheader.us, label %body27.us.epil, !llvm.loop !12

loop38.preheader.us:                              ; preds = %loop38.preheader.us.loopexit.unr-lcssa, %body27.us.epil, %join.us
  %var24.0.lcssa.us = phi <8 x double> [ zeroinitializer, %join.us ], [ %fadd34.us.lcssa.ph, %loop38.preheader.us.loopexit.unr-lcssa ], [ %fadd34.us.epil, %body27.us.epil ]
  %var23.0.lcssa.us = phi <8 x double> [ zeroinitializer, %join.us ], [ %fadd.us.lcssa.ph, %loop38.preheader.us.loopexit.unr-lcssa ], [ %fadd.us.epil, %body27.us.epil ]
  br i1 %go42149, label %body39.us.preheader, label %done40.us

body39.us.preheader:                              ; preds = %loop38.preheader.us
  br i1 %lcmp.mod242.not, label %body39.us.prol.loopexit, label %body39.us.prol

body39.us.prol:                                   ; preds = %body39.us.preheader, %body39.us.prol
  %i41152.us.prol = phi i64 [ %next52.us.prol, %body39.us.prol ], [ %body25, %body39.us.preheader ]
  %var36.0151.us.prol = phi double [ %fadd49.us.prol, %body39.us.prol ], [ 0.000000e+00, %body39.us.preheader ]
  %var37.0150.us.prol = phi double [ %fadd51.us.prol, %body39.us.prol ], [ 0.000000e+00, %body39.us.preheader ]
  %prol.iter243 = phi i64 [ %prol.iter243.next, %body39.us.prol ], [ 0, %body39.us.preheader ]
  %p43.us.prol = getelementptr inbounds float, float* %p22.us, i64 %i41152.us.prol
  %v44.us.prol = load float, float* %p43.us.prol, align 4
  %widen45.us.prol = fpext float %v44.us.prol to double
  %fsub46.us.prol = fsub double %widen45.us.prol, %var.0.us
  %fmul47.us.prol = fmul double %fsub46.us.prol, %fsub46.us.prol
  %fadd49.us.prol = fadd double %var36.0151.us.prol, %fsub46.us.prol
  %fadd51.us.prol = fadd double %var37.0150.us.prol, %fmul47.us.prol
  %next52.us.prol = add nsw i64 %i41152.us.prol, 1
  %prol.iter243.next = add i64 %prol.iter243, 1
  %prol.iter243.cmp.not = icmp eq i64 %prol.iter243.next, %xtraiter241
  br i1 %prol.iter243.cmp.not, label %body39.us.prol.loopexit, label %body39.us.prol, !llvm.loop !13

body39.us.prol.loopexit:                          ; preds = %body39.us.prol, %body39.us.preheader
  %i41152.us.unr = phi i64 [ %body25, %body39.us.preheader ], [ %next52.us.prol, %body39.us.prol ]
  %var36.0151.us.unr = phi double [ 0.000000e+00, %body39.us.preheader ], [ %fadd49.us.prol, %body39.us.prol ]
  %var37.0150.us.unr = phi double [ 0.000000e+00, %body39.us.preheader ], [ %fadd51.us.prol, %body39.us.prol ]
  %fadd49.us.lcssa.unr = phi double [ undef, %body39.us.preheader ], [ %fadd49.us.prol, %body39.us.prol ]
  %fadd51.us.lcssa.unr = phi double [ undef, %body39.us.preheader ], [ %fadd51.us.prol, %body39.us.prol ]
  br i1 %92, label %done40.us, label %body39.us

body27.lr.ph.us:                                  ; preds = %join.us
  %one.us = insertelement <8 x double> undef, double %var.0.us, i64 0
  %splat.us = shufflevector <8 x double> %one.us, <8 x double> undef, <8 x i32> zeroinitializer
  br i1 %91, label %loop38.preheader.us.loopexit.unr-lcssa, label %body27.us

loop11.done13_crit_edge.us:                       ; preds = %done40.us
  %next101.us = add nuw nsw i64 %i9159.us, 1
  %exitcond168.not = icmp eq i64 %next101.us, %n
  br i1 %exitcond168.not, label %loop102.preheader, label %loop11.preheader.us

body:                                             ; preds = %body.prol.loopexit, %body
  %i143 = phi i64 [ %next.3, %body ], [ %i143.unr, %body.prol.loopexit ]
  %p = getelementptr inbounds double, double* %moments, i64 %i143
  store double %i2f, double* %p, align 8
  %add = add i64 %i143, %c
  %p2 = getelementptr inbounds double, double* %moments, i64 %add
  store double 0.000000e+00, double* %p2, align 8
  %add4 = add i64 %i143, %mul3
  %p5 = getelementptr inbounds double, double* %moments, i64 %add4
  store double 0.000000e+00, double* %p5, align 8
  %next = add nuw nsw i64 %i143, 1
  %p.1 = getelementptr inbounds double, double* %moments, i64 %next
  store double %i2f, double* %p.1, align 8
  %add.1 = add i64 %next, %c
  %p2.1 = getelementptr inbounds double, double* %moments, i64 %add.1
  store double 0.000000e+00, double* %p2.1, align 8
  %add4.1 = add i64 %next, %mul3
  %p5.1 = getelementptr inbounds double, double* %moments, i64 %add4.1
  store double 0.000000e+00, double* %p5.1, align 8
  %next.1 = add nuw nsw i64 %i143, 2
  %p.2 = getelementptr inbounds double, double* %moments, i64 %next.1
  store double %i2f, double* %p.2, align 8
  %add.2 = add i64 %next.1, %c
  %p2.2 = getelementptr inbounds double, double* %moments, i64 %add.2
  store double 0.000000e+00, double* %p2.2, align 8
  %add4.2 = add i64 %next.1, %mul3
  %p5.2 = getelementptr inbounds double, double* %moments, i64 %add4.2
  store double 0.000000e+00, double* %p5.2, align 8
  %next.2 = add nuw nsw i64 %i143, 3
  %p.3 = getelementptr inbounds double, double* %moments, i64 %next.2
  store double %i2f, double* %p.3, align 8
  %add.3 = add i64 %next.2, %c
  %p2.3 = getelementptr inbounds double, double* %moments, i64 %add.3
  store double 0.000000e+00, double* %p2.3, align 8
  %add4.3 = add i64 %next.2, %mul3
  %p5.3 = getelementptr inbounds double, double* %moments, i64 %add4.3
  store double 0.000000e+00, double* %p5.3, align 8
  %next.3 = add nuw nsw i64 %i143, 4
  %exitcond.not.3 = icmp eq i64 %next.3, %c
  br i1 %exitcond.not.3, label %loop6.preheader, label %body, !llvm.loop !14

loop102.preheader:                                ; preds = %loop11.done13_crit_edge.us, %loop6.preheader
  br i1 %go142, label %body103.lr.ph, label %done104

body103.lr.ph:                                    ; preds = %loop102.preheader
  %mul111 = shl nuw i64 %c, 1
  %cmp117 = icmp sgt i64 %mul, 0
  br i1 %cmp117, label %body103.us.preheader, label %body103.lr.ph.split

body103.us.preheader:                             ; preds = %body103.lr.ph
  %min.iters.check218 = icmp ugt i64 %c, 3
  %ident.check.not = icmp eq i64 %s, 1
  %or.cond = select i1 %min.iters.check218, i1 %ident.check.not, i1 false
  br i1 %or.cond, label %vector.ph219, label %body103.us.preheader231

vector.ph219:                                     ; preds = %body103.us.preheader
  %n.vec221 = and i64 %c, -4
  %broadcast.splatinsert228 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat229 = shufflevector <4 x double> %broadcast.splatinsert228, <4 x double> poison, <4 x i32> zeroinitializer
  %93 = add i64 %n.vec221, -4
  %94 = lshr exact i64 %93, 2
  %95 = add nuw nsw i64 %94, 1
  %xtraiter249 = and i64 %95, 1
  %96 = icmp eq i64 %93, 0
  br i1 %96, label %middle.block215.unr-lcssa, label %vector.ph219.new

vector.ph219.new:                                 ; preds = %vector.ph219
  %unroll_iter252 = and i64 %95, 9223372036854775806
  br label %vector.body217

vector.body217:                                   ; preds = %vector.body217, %vector.ph219.new
  %index224 = phi i64 [ 0, %vector.ph219.new ], [ %index.next230.1, %vector.body217 ]
  %niter253 = phi i64 [ 0, %vector.ph219.new ], [ %niter253.next.1, %vector.body217 ]
  %97 = add i64 %index224, %c
  %98 = getelementptr inbounds double, double* %moments, i64 %97
  %99 = bitcast double* %98 to <4 x double>*
  %wide.load225 = load <4 x double>, <4 x double>* %99, align 8
  %100 = add i64 %index224, %mul111
  %101 = getelementptr inbounds double, double* %moments, i64 %100
  %102 = bitcast double* %101 to <4 x double>*
  %wide.load226 = load <4 x double>, <4 x double>* %102, align 8
  %103 = mul i64 %index224, %s
  %104 = getelementptr inbounds float, float* %x, i64 %103
  %105 = bitcast float* %104 to <4 x float>*
  %wide.load227 = load <4 x float>, <4 x float>* %105, align 4
  %106 = fpext <4 x float> %wide.load227 to <4 x double>
  %107 = fmul <4 x double> %broadcast.splat229, %106
  %108 = fadd <4 x double> %wide.load225, %107
  %109 = fmul <4 x double> %106, <double 2.000000e+00, double 2.000000e+00, double 2.000000e+00, double 2.000000e+00>
  %110 = fmul <4 x double> %wide.load225, %109
  %111 = fadd <4 x double> %wide.load226, %110
  %112 = fmul <4 x double> %107, %106
  %113 = fadd <4 x double> %112, %111
  %114 = bitcast double* %98 to <4 x double>*
  store <4 x double> %108, <4 x double>* %114, align 8
  %115 = bitcast double* %101 to <4 x double>*
  store <4 x double> %113, <4 x double>* %115, align 8
  %index.next230 = or i64 %index224, 4
  %116 = add i64 %index.next230, %c
  %117 = getelementptr inbounds double, double* %moments, i64 %116
  %118 = bitcast double* %117 to <4 x double>*
  %wide.load225.1 = load <4 x double>, <4 x double>* %118, align 8
  %119 = add i64 %index.next230, %mul111
  %120 = getelementptr inbounds double, double* %moments, i64 %119
  %121 = bitcast double* %120 to <4 x double>*
  %wide.load226.1 = load <4 x double>, <4 x double>* %121, align 8
  %122 = mul i64 %index.next230, %s
  %123 = getelementptr inbounds float, float* %x, i64 %122
  %124 = bitcast float* %123 to <4 x float>*
  %wide.load227.1 = load <4 x float>, <4 x float>* %124, align 4
  %125 = fpext <4 x float> %wide.load227.1 to <4 x double>
  %126 = fmul <4 x double> %broadcast.splat229, %125
  %127 = fadd <4 x double> %wide.load225.1, %126
  %128 = fmul <4 x double> %125, <double 2.000000e+00, double 2.000000e+00, double 2.000000e+00, double 2.000000e+00>
  %129 = fmul <4 x double> %wide.load225.1, %128
  %130 = fadd <4 x double> %wide.load226.1, %129
  %131 = fmul <4 x double> %126, %125
  %132 = fadd <4 x double> %131, %130
  %133 = bitcast double* %117 to <4 x double>*
  store <4 x double> %127, <4 x double>* %133, align 8
  %134 = bitcast double* %120 to <4 x double>*
  store <4 x double> %132, <4 x double>* %134, align 8
  %index.next230.1 = add nuw i64 %index224, 8
  %niter253.next.1 = add i64 %niter253, 2
  %niter253.ncmp.1 = icmp eq i64 %niter253.next.1, %unroll_iter252
  br i1 %niter253.ncmp.1, label %middle.block215.unr-lcssa, label %vector.body217, !llvm.loop !15

middle.block215.unr-lcssa:                        ; preds = %vector.body217, %vector.ph219
  %index224.unr = phi i64 [ 0, %vector.ph219 ], [ %index.next230.1, %vector.body217 ]
  %lcmp.mod251.not = icmp eq i64 %xtraiter249, 0
  br i1 %lcmp.mod251.not, label %middle.block215, label %vector.body217.epil

vector.body217.epil:                              ; preds = %middle.block215.unr-lcssa
  %135 = add i64 %index224.unr, %c
  %136 = getelementptr inbounds double, double* %moments, i64 %135
  %137 = bitcast double* %136 to <4 x double>*
  %wide.load225.epil = load <4 x double>, <4 x double>* %137, align 8
  %138 = add i64 %index224.unr, %mul111
  %139 = getelementptr inbounds double, double* %moments, i64 %138
  %140 = bitcast double* %139 to <4 x double>*
  %wide.load226.epil = load <4 x double>, <4 x double>* %140, align 8
  %141 = mul i64 %index224.unr, %s
  %142 = getelementptr inbounds float, float* %x, i64 %141
  %143 = bitcast float* %142 to <4 x float>*
  %wide.load227.epil = load <4 x float>, <4 x float>* %143, align 4
  %144 = fpext <4 x float> %wide.load227.epil to <4 x double>
  %145 = fmul <4 x double> %broadcast.splat229, %144
  %146 = fadd <4 x double> %wide.load225.epil, %145
  %147 = fmul <4 x double> %144, <double 2.000000e+00, double 2.000000e+00, double 2.000000e+00, double 2.000000e+00>
  %148 = fmul <4 x double> %wide.load225.epil, %147
  %149 = fadd <4 x double> %wide.load226.epil, %148
  %150 = fmul <4 x double> %145, %144
  %151 = fadd <4 x double> %150, %149
  %152 = bitcast double* %136 to <4 x double>*
  store <4 x double> %146, <4 x double>* %152, align 8
  %153 = bitcast double* %139 to <4 x double>*
  store <4 x double> %151, <4 x double>* %153, align 8
  br label %middle.block215

middle.block215:                                  ; preds = %middle.block215.unr-lcssa, %vector.body217.epil
  %cmp.n223 = icmp eq i64 %n.vec221, %c
  br i1 %cmp.n223, label %done104, label %body103.us.preheader231

body103.us.preheader231:                          ; preds = %body103.us.preheader, %middle.block215
  %i105161.us.ph = phi i64 [ 0, %body103.us.preheader ], [ %n.vec221, %middle.block215 ]
  %154 = xor i64 %i105161.us.ph, -1
  %xtraiter254 = and i64 %c, 1
  %lcmp.mod255.not = icmp eq i64 %xtraiter254, 0
  br i1 %lcmp.mod255.not, label %body103.us.prol.loopexit, label %body103.us.prol

body103.us.prol:                                  ; preds = %body103.us.preheader231
  %add108.us.prol = add i64 %i105161.us.ph, %c
  %p109.us.prol = getelementptr inbounds double, double* %moments, i64 %add108.us.prol
  %v110.us.prol = load double, double* %p109.us.prol, align 8
  %add112.us.prol = add i64 %i105161.us.ph, %mul111
  %p113.us.prol = getelementptr inbounds double, double* %moments, i64 %add112.us.prol
  %v114.us.prol = load double, double* %p113.us.prol, align 8
  %mul121.us.prol = mul i64 %i105161.us.ph, %s
  %p122.us.prol = getelementptr inbounds float, float* %x, i64 %mul121.us.prol
  %v123.us.prol = load float, float* %p122.us.prol, align 4
  %ext124.us.prol = fpext float %v123.us.prol to double
  %fmul126.us.prol = fmul double %i2f, %ext124.us.prol
  %fadd127.us.prol = fadd double %v110.us.prol, %fmul126.us.prol
  %fmul128.us.prol = fmul double %ext124.us.prol, 2.000000e+00
  %fmul129.us.prol = fmul double %v110.us.prol, %fmul128.us.prol
  %fadd130.us.prol = fadd double %v114.us.prol, %fmul129.us.prol
  %fmul131.us.prol = fmul double %fmul126.us.prol, %ext124.us.prol
  %fadd132.us.prol = fadd double %fmul131.us.prol, %fadd130.us.prol
  store double %fadd127.us.prol, double* %p109.us.prol, align 8
  store double %fadd132.us.prol, double* %p113.us.prol, align 8
  %next139.us.prol = or i64 %i105161.us.ph, 1
  br label %body103.us.prol.loopexit

body103.us.prol.loopexit:                         ; preds = %body103.us.prol, %body103.us.preheader231
  %i105161.us.unr = phi i64 [ %i105161.us.ph, %body103.us.preheader231 ], [ %next139.us.prol, %body103.us.prol ]
  %155 = sub i64 0, %c
  %156 = icmp eq i64 %154, %155
  br i1 %156, label %done104, label %body103.us

body103.us:                                       ; preds = %body103.us.prol.loopexit, %body103.us
  %i105161.us = phi i64 [ %next139.us.1, %body103.us ], [ %i105161.us.unr, %body103.us.prol.loopexit ]
  %add108.us = add i64 %i105161.us, %c
  %p109.us = getelementptr inbounds double, double* %moments, i64 %add108.us
  %v110.us = load double, double* %p109.us, align 8
  %add112.us = add i64 %i105161.us, %mul111
  %p113.us = getelementptr inbounds double, double* %moments, i64 %add112.us
  %v114.us = load double, double* %p113.us, align 8
  %mul121.us = mul i64 %i105161.us, %s
  %p122.us = getelementptr inbounds float, float* %x, i64 %mul121.us
  %v123.us = load float, float* %p122.us, align 4
  %ext124.us = fpext float %v123.us to double
  %fmul126.us = fmul double %i2f, %ext124.us
  %fadd127.us = fadd double %v110.us, %fmul126.us
  %fmul128.us = fmul double %ext124.us, 2.000000e+00
  %fmul129.us = fmul double %v110.us, %fmul128.us
  %fadd130.us = fadd double %v114.us, %fmul129.us
  %fmul131.us = fmul double %fmul126.us, %ext124.us
  %fadd132.us = fadd double %fmul131.us, %fadd130.us
  store double %fadd127.us, double* %p109.us, align 8
  store double %fadd132.us, double* %p113.us, align 8
  %next139.us = add nuw nsw i64 %i105161.us, 1
  %add108.us.1 = add i64 %next139.us, %c
  %p109.us.1 = getelementptr inbounds double, double* %moments, i64 %add108.us.1
  %v110.us.1 = load double, double* %p109.us.1, align 8
  %add112.us.1 = add i64 %next139.us, %mul111
  %p113.us.1 = getelementptr inbounds double, double* %moments, i64 %add112.us.1
  %v114.us.1 = load double, double* %p113.us.1, align 8
  %mul121.us.1 = mul i64 %next139.us, %s
  %p122.us.1 = getelementptr inbounds float, float* %x, i64 %mul121.us.1
  %v123.us.1 = load float, float* %p122.us.1, align 4
  %ext124.us.1 = fpext float %v123.us.1 to double
  %fmul126.us.1 = fmul double %i2f, %ext124.us.1
  %fadd127.us.1 = fadd double %v110.us.1, %fmul126.us.1
  %fmul128.us.1 = fmul double %ext124.us.1, 2.000000e+00
  %fmul129.us.1 = fmul double %v110.us.1, %fmul128.us.1
  %fadd130.us.1 = fadd double %v114.us.1, %fmul129.us.1
  %fmul131.us.1 = fmul double %fmul126.us.1, %ext124.us.1
  %fadd132.us.1 = fadd double %fmul131.us.1, %fadd130.us.1
  store double %fadd127.us.1, double* %p109.us.1, align 8
  store double %fadd132.us.1, double* %p113.us.1, align 8
  %next139.us.1 = add nuw nsw i64 %i105161.us, 2
  %exitcond170.not.1 = icmp eq i64 %next139.us.1, %c
  br i1 %exitcond170.not.1, label %done104, label %body103.us, !llvm.loop !16

body103.lr.ph.split:                              ; preds = %body103.lr.ph
  %fmul126 = fmul double %i2f, 0.000000e+00
  %fmul131 = fmul double %fmul126, 0.000000e+00
  %min.iters.check196 = icmp ult i64 %c, 8
  br i1 %min.iters.check196, label %body103.preheader, label %vector.ph197

vector.ph197:                                     ; preds = %body103.lr.ph.split
  %n.vec199 = and i64 %c, -8
  %broadcast.splatinsert206 = insertelement <4 x double> poison, double %fmul126, i64 0
  %broadcast.splat207 = shufflevector <4 x double> %broadcast.splatinsert206, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert208 = insertelement <4 x double> poison, double %fmul126, i64 0
  %broadcast.splat209 = shufflevector <4 x double> %broadcast.splatinsert208, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert210 = insertelement <4 x double> poison, double %fmul131, i64 0
  %broadcast.splat211 = shufflevector <4 x double> %broadcast.splatinsert210, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert212 = insertelement <4 x double> poison, double %fmul131, i64 0
  %broadcast.splat213 = shufflevector <4 x double> %broadcast.splatinsert212, <4 x double> poison, <4 x i32> zeroinitializer
  %157 = add i64 %n.vec199, -8
  %158 = lshr exact i64 %157, 3
  %159 = add nuw nsw i64 %158, 1
  %xtraiter244 = and i64 %159, 1
  %160 = icmp eq i64 %157, 0
  br i1 %160, label %middle.block193.unr-lcssa, label %vector.ph197.new

vector.ph197.new:                                 ; preds = %vector.ph197
  %unroll_iter247 = and i64 %159, 4611686018427387902
  br label %vector.body195

vector.body195:                                   ; preds = %vector.body195, %vector.ph197.new
  %index202 = phi i64 [ 0, %vector.ph197.new ], [ %index.next214.1, %vector.body195 ]
  %niter248 = phi i64 [ 0, %vector.ph197.new ], [ %niter248.next.1, %vector.body195 ]
  %161 = add i64 %index202, %c
  %162 = getelementptr inbounds double, double* %moments, i64 %161
  %163 = bitcast double* %162 to <4 x double>*
  %wide.load = load <4 x double>, <4 x double>* %163, align 8
  %164 = getelementptr inbounds double, double* %162, i64 4
  %165 = bitcast double* %164 to <4 x double>*
  %wide.load203 = load <4 x double>, <4 x double>* %165, align 8
  %166 = add i64 %index202, %mul111
  %167 = getelementptr inbounds double, double* %moments, i64 %166
  %168 = bitcast double* %167 to <4 x double>*
  %wide.load204 = load <4 x double>, <4 x double>* %168, align 8
  %169 = getelementptr inbounds double, double* %167, i64 4
  %170 = bitcast double* %169 to <4 x double>*
  %wide.load205 = load <4 x double>, <4 x double>* %170, align 8
  %171 = fadd <4 x double> %wide.load, %broadcast.splat207
  %172 = fadd <4 x double> %wide.load203, %broadcast.splat209
  %173 = fmul <4 x double> %wide.load, zeroinitializer
  %174 = fmul <4 x double> %wide.load203, zeroinitializer
  %175 = fadd <4 x double> %wide.load204, %173
  %176 = fadd <4 x double> %wide.load205, %174
  %177 = fadd <4 x double> %broadcast.splat211, %175
  %178 = fadd <4 x double> %broadcast.splat213, %176
  %179 = bitcast double* %162 to <4 x double>*
  store <4 x double> %171, <4 x double>* %179, align 8
  %180 = bitcast double* %164 to <4 x double>*
  store <4 x double> %172, <4 x double>* %180, align 8
  %181 = bitcast double* %167 to <4 x double>*
  store <4 x double> %177, <4 x double>* %181, align 8
  %182 = bitcast double* %169 to <4 x double>*
  store <4 x double> %178, <4 x double>* %182, align 8
  %index.next214 = or i64 %index202, 8
  %183 = add i64 %index.next214, %c
  %184 = getelementptr inbounds double, double* %moments, i64 %183
  %185 = bitcast double* %184 to <4 x double>*
  %wide.load.1 = load <4 x double>, <4 x double>* %185, align 8
  %186 = getelementptr inbounds double, double* %184, i64 4
  %187 = bitcast double* %186 to <4 x double>*
  %wide.load203.1 = load <4 x double>, <4 x double>* %187, align 8
  %188 = add i64 %index.next214, %mul111
  %189 = getelementptr inbounds double, double* %moments, i64 %188
  %190 = bitcast double* %189 to <4 x double>*
  %wide.load204.1 = load <4 x double>, <4 x double>* %190, align 8
  %191 = getelementptr inbounds double, double* %189, i64 4
  %192 = bitcast double* %191 to <4 x double>*
  %wide.load205.1 = load <4 x double>, <4 x double>* %192, align 8
  %193 = fadd <4 x double> %wide.load.1, %broadcast.splat207
  %194 = fadd <4 x double> %wide.load203.1, %broadcast.splat209
  %195 = fmul <4 x double> %wide.load.1, zeroinitializer
  %196 = fmul <4 x double> %wide.load203.1, zeroinitializer
  %197 = fadd <4 x double> %wide.load204.1, %195
  %198 = fadd <4 x double> %wide.load205.1, %196
  %199 = fadd <4 x double> %broadcast.splat211, %197
  %200 = fadd <4 x double> %broadcast.splat213, %198
  %201 = bitcast double* %184 to <4 x double>*
  store <4 x double> %193, <4 x double>* %201, align 8
  %202 = bitcast double* %186 to <4 x double>*
  store <4 x double> %194, <4 x double>* %202, align 8
  %203 = bitcast double* %189 to <4 x double>*
  store <4 x double> %199, <4 x double>* %203, align 8
  %204 = bitcast double* %191 to <4 x double>*
  store <4 x double> %200, <4 x double>* %204, align 8
  %index.next214.1 = add nuw i64 %index202, 16
  %niter248.next.1 = add i64 %niter248, 2
  %niter248.ncmp.1 = icmp eq i64 %niter248.next.1, %unroll_iter247
  br i1 %niter248.ncmp.1, label %middle.block193.unr-lcssa, label %vector.body195, !llvm.loop !17

middle.block193.unr-lcssa:                        ; preds = %vector.body195, %vector.ph197
  %index202.unr = phi i64 [ 0, %vector.ph197 ], [ %index.next214.1, %vector.body195 ]
  %lcmp.mod246.not = icmp eq i64 %xtraiter244, 0
  br i1 %lcmp.mod246.not, label %middle.block193, label %vector.body195.epil

vector.body195.epil:                              ; preds = %middle.block193.unr-lcssa
  %205 = add i64 %index202.unr, %c
  %206 = getelementptr inbounds double, double* %moments, i64 %205
  %207 = bitcast double* %206 to <4 x double>*
  %wide.load.epil = load <4 x double>, <4 x double>* %207, align 8
  %208 = getelementptr inbounds double, double* %206, i64 4
  %209 = bitcast double* %208 to <4 x double>*
  %wide.load203.epil = load <4 x double>, <4 x double>* %209, align 8
  %210 = add i64 %index202.unr, %mul111
  %211 = getelementptr inbounds double, double* %moments, i64 %210
  %212 = bitcast double* %211 to <4 x double>*
  %wide.load204.epil = load <4 x double>, <4 x double>* %212, align 8
  %213 = getelementptr inbounds double, double* %211, i64 4
  %214 = bitcast double* %213 to <4 x double>*
  %wide.load205.epil = load <4 x double>, <4 x double>* %214, align 8
  %215 = fadd <4 x double> %wide.load.epil, %broadcast.splat207
  %216 = fadd <4 x double> %wide.load203.epil, %broadcast.splat209
  %217 = fmul <4 x double> %wide.load.epil, zeroinitializer
  %218 = fmul <4 x double> %wide.load203.epil, zeroinitializer
  %219 = fadd <4 x double> %wide.load204.epil, %217
  %220 = fadd <4 x double> %wide.load205.epil, %218
  %221 = fadd <4 x double> %broadcast.splat211, %219
  %222 = fadd <4 x double> %broadcast.splat213, %220
  %223 = bitcast double* %206 to <4 x double>*
  store <4 x double> %215, <4 x double>* %223, align 8
  %224 = bitcast double* %208 to <4 x double>*
  store <4 x double> %216, <4 x double>* %224, align 8
  %225 = bitcast double* %211 to <4 x double>*
  store <4 x double> %221, <4 x double>* %225, align 8
  %226 = bitcast double* %213 to <4 x double>*
  store <4 x double> %222, <4 x double>* %226, align 8
  br label %middle.block193

middle.block193:                                  ; preds = %middle.block193.unr-lcssa, %vector.body195.epil
  %cmp.n201 = icmp eq i64 %n.vec199, %c
  br i1 %cmp.n201, label %done104, label %body103.preheader

body103.preheader:                                ; preds = %body103.lr.ph.split, %middle.block193
  %i105161.ph = phi i64 [ 0, %body103.lr.ph.split ], [ %n.vec199, %middle.block193 ]
  br label %body103

body103:                                          ; preds = %body103.preheader, %body103
  %i105161 = phi i64 [ %next139, %body103 ], [ %i105161.ph, %body103.preheader ]
  %add108 = add i64 %i105161, %c
  %p109 = getelementptr inbounds double, double* %moments, i64 %add108
  %v110 = load double, double* %p109, align 8
  %add112 = add i64 %i105161, %mul111
  %p113 = getelementptr inbounds double, double* %moments, i64 %add112
  %v114 = load double, double* %p113, align 8
  %fadd127 = fadd double %v110, %fmul126
  %fmul129 = fmul double %v110, 0.000000e+00
  %fadd130 = fadd double %v114, %fmul129
  %fadd132 = fadd double %fmul131, %fadd130
  store double %fadd127, double* %p109, align 8
  store double %fadd132, double* %p113, align 8
  %next139 = add nuw nsw i64 %i105161, 1
  %exitcond169.not = icmp eq i64 %next139, %c
  br i1 %exitcond169.not, label %done104, label %body103, !llvm.loop !18

done104:                                          ; preds = %body103, %body103.us.prol.loopexit, %body103.us, %middle.block193, %middle.block215, %entry, %loop11.preheader.lr.ph, %loop102.preheader
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
!12 = distinct !{!12, !11}
!13 = distinct !{!13, !11}
!14 = distinct !{!14, !9}
!15 = distinct !{!15, !9}
!16 = distinct !{!16, !9}
!17 = distinct !{!17, !9}
!18 = distinct !{!18, !19, !9}
!19 = !{!"llvm.loop.unroll.runtime.disable"}
