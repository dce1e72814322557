; ModuleID = 'syncbn'
source_filename = "syncbn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind
define void @syncbn_bn_grad_reduce(float* noalias nocapture readonly %dy, float* noalias nocapture readonly %x, float* noalias nocapture readonly %norm_params, i64 %n, i64 %c, i64 %s, i64 %first, i64 %end, double* noalias nocapture %sums) local_unnamed_addr #0 {
entry:
  %mul = mul i64 %s, %n
  %i2f = sitofp i64 %mul to double
  %cmp = icmp eq i64 %first, 0
  %go140 = icmp sgt i64 %c, 0
  %or.cond = select i1 %cmp, i1 %go140, i1 false
  br i1 %or.cond, label %body.lr.ph, label %join

body.lr.ph:                                       ; preds = %entry
  %mul3 = shl nuw i64 %c, 1
  %min.iters.check = icmp ult i64 %c, 16
  br i1 %min.iters.check, label %body.preheader, label %vector.memcheck

vector.memcheck:                                  ; preds = %body.lr.ph
  %scevgep = getelementptr double, double* %sums, i64 %c
  %scevgep164 = getelementptr double, double* %sums, i64 %mul3
  %0 = mul i64 %c, 3
  %scevgep166 = getelementptr double, double* %sums, i64 %0
  %bound0168 = icmp ugt double* %scevgep166, %sums
  %bound1 = icmp ult double* %scevgep164, %scevgep
  %found.conflict = and i1 %bound0168, %bound1
  br i1 %found.conflict, label %body.preheader, label %vector.ph

vector.ph:                                        ; preds = %vector.memcheck
  %n.vec = and i64 %c, -16
  %broadcast.splatinsert = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat = shufflevector <4 x double> %broadcast.splatinsert, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert170 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat171 = shufflevector <4 x double> %broadcast.splatinsert170, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert172 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat173 = shufflevector <4 x double> %broadcast.splatinsert172, <4 x double> poison, <4 x i32> zeroinitializer
  %broadcast.splatinsert174 = insertelement <4 x double> poison, double %i2f, i64 0
  %broadcast.splat175 = shufflevector <4 x double> %broadcast.splatinsert174, <4 x double> poison, <4 x i32> zeroinitializer
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
  store <4 x double> %broadcast.splat171, <4 x double>* %8, align 8, !alias.scope !0, !noalias !3
  %9 = getelementptr inbounds double, double* %5, i64 8
  %10 = bitcast double* %9 to <4 x double>*
  store <4 x double> %broadcast.splat173, <4 x double>* %10, align 8, !alias.scope !0, !noalias !3
  %11 = getelementptr inbounds double, double* %5, i64 12
  %12 = bitcast double* %11 to <4 x double>*
  store <4 x double> %broadcast.splat175, <4 x double>* %12, align 8, !alias.scope !0, !noalias !3
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
  store <4 x double> %broadcast.splat171, <4 x double>* %34, align 8, !alias.scope !0, !noalias !3
  %35 = getelementptr inbounds double, double* %31, i64 8
  %36 = bitcast double* %35 to <4 x double>*
  store <4 x double> %broadcast.splat173, <4 x double>* %36, align 8, !alias.scope !0, !noalias !3
  %37 = getelementptr inbounds double, double* %31, i64 12
  %38 = bitcast double* %37 to <4 x double>*
  store <4 x double> %broadcast.splat175, <4 x double>* %38, align 8, !alias.scope !0, !noalias !3
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
  store <4 x double> %broadcast.splat171, <4 x double>* %60, align 8, !alias.scope !0, !noalias !3
  %61 = getelementptr inbounds double, double* %57, i64 8
  %62 = bitcast double* %61 to <4 x double>*
  store <4 x double> %broadcast.splat173, <4 x double>* %62, align 8, !alias.scope !0, !noalias !3
  %63 = getelementptr inbounds double, double* %57, i64 12
  %64 = bitcast double* %63 to <4 x double>*
  store <4 x double> %broadcast.splat175, <4 x double>* %64, align 8, !alias.scope !0, !noalias !3
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
  %i141.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %body.lr.ph ], [ %n.vec, %middle.block ]
  %83 = xor i64 %i141.ph, -1
  %84 = add i64 %83, %c
  %xtraiter176 = and i64 %c, 3
  %lcmp.mod177.not = icmp eq i64 %xtraiter176, 0
  br i1 %lcmp.mod177.not, label %body.prol.loopexit, label %body.prol

body.prol:                                        ; preds = %body.preheader, %body.prol
  %i141.prol = phi i64 [ %next.prol, %body.prol ], [ %i141.ph, %body.preheader ]
  %prol.iter = phi i64 [ %prol.iter.next, %body.prol ], [ 0, %body.preheader ]
  %p.prol = getelementptr inbounds double, double* %sums, i64 %i141.prol
  store double %i2f, double* %p.prol, align 8
  %add.prol = add i64 %i141.prol, %c
  %p2.prol = getelementptr inbounds double, double* %sums, i64 %add.prol
  store double 0.000000e+00, double* %p2.prol, align 8
  %add4.prol = add i64 %i141.prol, %mul3
  %p5.prol = getelementptr inbounds double, double* %sums, i64 %add4.prol
  store double 0.000000e+00, double* %p5.prol, align 8
  %next.prol = add nuw nsw i64 %i141.prol, 1
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter176
  br i1 %prol.iter.cmp.not, label %body.prol.loopexit, label %body.prol, !llvm.loop !10

body.prol.loopexit:                               ; preds = %body.prol, %body.preheader
  %i141.unr = phi i64 [ %i141.ph, %body.preheader ], [ %next.prol, %body.prol ]
  %85 = icmp ult i64 %84, 3
  br i1 %85, label %join, label %body

join:                                             ; preds = %body.prol.loopexit, %body, %middle.block, %entry
  %go10155 = icmp slt i64 %first, %end
  br i1 %go10155, label %loop11.preheader.lr.ph, label %join117

loop11.preheader.lr.ph:                           ; preds = %join
  %body27 = and i64 %s, -8
  %go32142 = icmp sgt i64 %body27, 0
  %go50147 = icmp slt i64 %body27, %s
  %mul106 = shl i64 %c, 1
  br i1 %go140, label %loop11.preheader.us.preheader, label %join117

loop11.preheader.us.preheader:                    ; preds = %loop11.preheader.lr.ph
  %86 = add i64 %body27, -1
  %87 = lshr i64 %86, 3
  %88 = add nuw nsw i64 %87, 1
  %89 = xor i64 %body27, -1
  %90 = add i64 %89, %s
  %xtraiter178 = and i64 %88, 3
  %91 = icmp ult i64 %86, 24
  %unroll_iter182 = and i64 %88, 4611686018427387900
  %lcmp.mod179.not = icmp eq i64 %xtraiter178, 0
  %xtraiter184 = and i64 %s, 3
  %lcmp.mod185.not = icmp eq i64 %xtraiter184, 0
  %92 = icmp ult i64 %90, 3
  br label %loop11.preheader.us

loop11.preheader.us:                              ; preds = %loop11.preheader.us.preheader, %loop11.done13_crit_edge.us
  %i9156.us = phi i64 [ %next113.us, %loop11.done13_crit_edge.us ], [ %first, %loop11.preheader.us.preheader ]
  %mul21.us = mul i64 %i9156.us, %c
  br label %body12.us

body12.us:                                        ; preds = %loop11.preheader.us, %done48.us
  %i14154.us = phi i64 [ 0, %loop11.preheader.us ], [ %next112.us, %done48.us ]
  %p16.us = getelementptr inbounds float, float* %norm_params, i64 %i14154.us
  %v.us = load float, float* %p16.us, align 4
  %ext.us = fpext float %v.us to double
  %add17.us = add i64 %i14154.us, %c
  %p18.us = getelementptr inbounds float, float* %norm_params, i64 %add17.us
  %v19.us = load float, float* %p18.us, align 4
  %ext20.us = fpext float %v19.us to double
  %add22.us = add i64 %i14154.us, %mul21.us
  %mul23.us = mul i64 %add22.us, %s
  %p24.us = getelementptr inbounds float, float* %dy, i64 %mul23.us
  %p25.us = getelementptr inbounds float, float* %x, i64 %mul23.us
  br i1 %go32142, label %body29.lr.ph.us, label %loop46.preheader.us

done48.us:                                        ; preds = %body47.us.prol.loopexit, %body47.us, %loop46.preheader.us
  %var45.0.lcssa.us = phi double [ 0.000000e+00, %loop46.preheader.us ], [ %fadd63.us.lcssa.unr, %body47.us.prol.loopexit ], [ %fadd63.us.3, %body47.us ]
  %var44.0.lcssa.us = phi double [ 0.000000e+00, %loop46.preheader.us ], [ %fadd61.us.lcssa.unr, %body47.us.prol.loopexit ], [ %fadd61.us.3, %body47.us ]
  %lane.us = extractelement <8 x double> %var.0.lcssa.us, i64 0
  %fadd67.us = fadd double %lane.us, %var44.0.lcssa.us
  %lane68.us = extractelement <8 x double> %var.0.lcssa.us, i64 1
  %fadd69.us = fadd double %lane68.us, %fadd67.us
  %lane70.us = extractelement <8 x double> %var.0.lcssa.us, i64 2
  %fadd71.us = fadd double %lane70.us, %fadd69.us
  %lane72.us = extractelement <8 x double> %var.0.lcssa.us, i64 3
  %fadd73.us = fadd double %lane72.us, %fadd71.us
  %lane74.us = extractelement <8 x double> %var.0.lcssa.us, i64 4
  %fadd75.us = fadd double %lane74.us, %fadd73.us
  %lane76.us = extractelement <8 x double> %var.0.lcssa.us, i64 5
  %fadd77.us = fadd double %lane76.us, %fadd75.us
  %lane78.us = extractelement <8 x double> %var.0.lcssa.us, i64 6
  %fadd79.us = fadd double %lane78.us, %fadd77.us
  %lane80.us = extractelement <8 x double> %var.0.lcssa.us, i64 7
  %fadd81.us = fadd double %lane80.us, %fadd79.us
  %p84.us = getelementptr inbounds double, double* %sums, i64 %add17.us
  %v85.us = load double, double* %p84.us, align 8
  %fadd86.us = fadd double %fadd81.us, %v85.us
  store double %fadd86.us, double* %p84.us, align 8
  %lane90.us = extractelement <8 x double> %var26.0.lcssa.us, i64 0
  %fadd91.us = fadd double %lane90.us, %var45.0.lcssa.us
  %lane92.us = extractelement <8 x double> %var26.0.lcssa.us, i64 1
  %fadd93.us = fadd double %lane92.us, %fadd91.us
  %lane94.us = extractelement <8 x double> %var26.0.lcssa.us, i64 2
  %fadd95.us = fadd double %lane94.us, %fadd93.us
  %lane96.us = extractelement <8 x double> %var26.0.lcssa.us, i64 3
  %fadd97.us = fadd double %lane96.us, %fadd95.us
  %lane98.us = extractelement <8 x double> %var26.0.lcssa.us, i64 4
  %fadd99.us = fadd double %lane98.us, %fadd97.us
  %lane100.us = extractelement <8 x double> %var26.0.lcssa.us, i64 5
  %fadd101.us = fadd double %lane100.us, %fadd99.us
  %lane102.us = extractelement <8 x double> %var26.0.lcssa.us, i64 6
  %fadd103.us = fadd double %lane102.us, %fadd101.us
  %lane104.us = extractelement <8 x double> %var26.0.lcssa.us, i64 7
  %fadd105.us = fadd double %lane104.us, %fadd103.us
  %add107.us = add i64 %i14154.us, %mul106
  %p108.us = getelementptr inbounds double, double* %sums, i64 %add107.us
  %v109.us = load double, double* %p108.us, align 8
  %fadd110.us = fadd double %fadd105.us, %v109.us
  store double %fadd110.us, double* %p108.us, align 8
  %next112.us = add nuw nsw i64 %i14154.us, 1
  %exitcond160.not = icmp eq i64 %next112.us, %c
  br i1 %exitcond160.not, label %loop11.done13_crit_edge.us, label %body12.us

body47.us:                                        ; preds = %body47.us.prol.loopexit, %body47.us
  %i49150.us = phi i64 [ %next64.us.3, %body47.us ], [ %i49150.us.unr, %body47.us.prol.loopexit ]
  %var44.0149.us = phi double [ %fadd61.us.3, %body47.us ], [ %var44.0149.us.unr, %body47.us.prol.loopexit ]
  %var45.0148.us = phi double [ %fadd63.us.3, %body47.us ], [ %var45.0148.us.unr, %body47.us.prol.loopexit ]
  %p51.us = getelementptr inbounds float, float* %p24.us, i64 %i49150.us
  %v52.us = load float, float* %p51.us, align 4
  %p53.us = getelementptr inbounds float, float* %p25.us, i64 %i49150.us
  %v54.us = load float, float* %p53.us, align 4
  %widen55.us = fpext float %v52.us to double
  %widen56.us = fpext float %v54.us to double
  %fsub57.us = fsub double %widen56.us, %ext.us
  %fsub58.us = fsub double %fsub57.us, %ext20.us
  %fmul59.us = fmul double %fsub58.us, %widen55.us
  %fadd61.us = fadd double %var44.0149.us, %widen55.us
  %fadd63.us = fadd double %var45.0148.us, %fmul59.us
  %next64.us = add nsw i64 %i49150.us, 1
  %p51.us.1 = getelementptr inbounds float, float* %p24.us, i64 %next64.us
  %v52.us.1 = load float, float* %p51.us.1, align 4
  %p53.us.1 = getelementptr inbounds float, float* %p25.us, i64 %next64.us
  %v54.us.1 = load float, float* %p53.us.1, align 4
  %widen55.us.1 = fpext float %v52.us.1 to double
  %widen56.us.1 = fpext float %v54.us.1 to double
  %fsub57.us.1 = fsub double %widen56.us.1, %ext.us
  %fsub58.us.1 = fsub double %fsub57.us.1, %ext20.us
  %fmul59.us.1 = fmul double %fsub58.us.1, %widen55.us.1
  %fadd61.us.1 = fadd double %fadd61.us, %widen55.us.1
  %fadd63.us.1 = fadd double %fadd63.us, %fmul59.us.1
  %next64.us.1 = add nsw i64 %i49150.us, 2
  %p51.us.2 = getelementptr inbounds float, float* %p24.us, i64 %next64.us.1
  %v52.us.2 = load float, float* %p51.us.2, align 4
  %p53.us.2 = getelementptr inbounds float, float* %p25.us, i64 %next64.us.1
  %v54.us.2 = load float, float* %p53.us.2, align 4
  %widen55.us.2 = fpext float %v52.us.2 to double
  %widen56.us.2 = fpext float %v54.us.2 to double
  %fsub57.us.2 = fsub double %widen56.us.2, %ext.us
  %fsub58.us.2 = fsub double %fsub57.us.2, %ext20.us
  %fmul59.us.2 = fmul double %fsub58.us.2, %widen55.us.2
  %fadd61.us.2 = fadd double %fadd61.us.1, %widen55.us.2
  %fadd63.us.2 = fadd double %fadd63.us.1, %fmul59.us.2
  %next64.us.2 = add nsw i64 %i49150.us, 3
  %p51.us.3 = getelementptr inbounds float, float* %p24.us, i64 %next64.us.2
  %v52.us.3 = load float, float* %p51.us.3, align 4
  %p53.us.3 = getelementptr inbounds float, float* %p25.us, i64 %next64.us.2
  %v54.us.3 = load float, float* %p53.us.3, align 4
  %widen55.us.3 = fpext float %v52.us.3 to double
  %widen56.us.3 = fpext float %v54.us.3 to double
  %fsub57.us.3 = fsub double %widen56.us.3, %ext.us
  %fsub58.us.3 = fsub double %fsub57.us.3, %ext20.us
  %fmul59.us.3 = fmul double %fsub58.us.3, %widen55.us.3
  %fadd61.us.3 = fadd double %fadd61.us.2, %widen55.us.3
  %fadd63.us.3 = fadd double %fadd63.us.2, %fmul59.us.3
  %next64.us.3 = add nsw i64 %i49150.us, 4
  %go50.us.3 = icmp slt i64 %next64.us.3, %s
  br i1 %go50.us.3, label %body47.us, label %done48.us

body29.us:                                        ; preds = %body29.lr.ph.us, %body29.us
  %i31145.us = phi i64 [ %next43.us.3, %body29.us ], [ 0, %body29.lr.ph.us ]
  %var.0144.us = phi <8 x double> [ %fadd.us.3, %body29.us ], [ zeroinitializer, %body29.lr.ph.us ]
  %var26.0143.us = phi <8 x double> [ %fadd42.us.3, %body29.us ], [ zeroinitializer, %body29.lr.ph.us ]
  %niter183 = phi i64 [ %niter183.next.3, %body29.us ], [ 0, %body29.lr.ph.us ]
  %p33.us = getelementptr inbounds float, float* %p24.us, i64 %i31145.us
  %vp.us = bitcast float* %p33.us to <8 x float>*
  %vec.us = load <8 x float>, <8 x float>* %vp.us, align 4
  %p34.us = getelementptr inbounds float, float* %p25.us, i64 %i31145.us
  %vp35.us = bitcast float* %p34.us to <8 x float>*
  %vec36.us = load <8 x float>, <8 x float>* %vp35.us, align 4
  %widen.us = fpext <8 x float> %vec.us to <8 x double>
  %widen37.us = fpext <8 x float> %vec36.us to <8 x double>
  %fsub.us = fsub <8 x double> %widen37.us, %splat.us
  %fsub40.us = fsub <8 x double> %fsub.us, %splat39.us
  %fmul.us = fmul <8 x double> %fsub40.us, %widen.us
  %fadd.us = fadd <8 x double> %var.0144.us, %widen.us
  %fadd42.us = fadd <8 x double> %var26.0143.us, %fmul.us
  %next43.us = or i64 %i31145.us, 8
  %p33.us.1 = getelementptr inbounds float, float* %p24.us, i64 %next43.us
  %vp.us.1 = bitcast float* %p33.us.1 to <8 x float>*
  %vec.us.1 = load <8 x float>, <8 x float>* %vp.us.1, align 4
  %p34.us.1 = getelementptr inbounds float, float* %p25.us, i64 %next43.us
  %vp35.us.1 = bitcast float* %p34.us.1 to <8 x float>*
  %vec36.us.1 = load <8 x float>, <8 x float>* %vp35.us.1, align 4
  %widen.us.1 = fpext <8 x float> %vec.us.1 to <8 x double>
  %widen37.us.1 = fpext <8 x float> %vec36.us.1 to <8 x double>
  %fsub.us.1 = fsub <8 x double> %widen37.us.1, %splat.us
  %fsub40.us.1 = fsub <8 x double> %fsub.us.1, %splat39.us
  %fmul.us.1 = fmul <8 x double> %fsub40.us.1, %widen.us.1
  %fadd.us.1 = fadd <8 x double> %fadd.us, %widen.us.1
  %fadd42.us.1 = fadd <8 x double> %fadd42.us, %fmul.us.1
  %next43.us.1 = or i64 %i31145.us, 16
  %p33.us.2 = getelementptr inbounds float, float* %p24.us, i64 %next43.us.1
  %vp.us.2 = bitcast float* %p33.us.2 to <8 x float>*
  %vec.us.2 = load <8 x float>, <8 x float>* %vp.us.2, align 4
  %p34.us.2 = getelementptr inbounds float, float* %p25.us, i64 %next43.us.1
  %vp35.us.2 = bitcast float* %p34.us.2 to <8 x float>*
  %vec36.us.2 = load <8 x float>, <8 x float>* %vp35.us.2, align 4
  %widen.us.2 = fpext <8 x float> %vec.us.2 to <8 x double>
  %widen37.us.2 = fpext <8 x float> %vec36.us.2 to <8 x double>
  %fsub.us.2 = fsub <8 x double> %widen37.us.2, %splat.us
  %fsub40.us.2 = fsub <8 x double> %fsub.us.2, %splat39.us
  %fmul.us.2 = fmul <8 x double> %fsub40.us.2, %widen.us.2
  %fadd.us.2 = fadd <8 x double> %fadd.us.1, %widen.us.2
  %fadd42.us.2 = fadd <8 x double> %fadd42.us.1, %fmul.us.2
  %next43.us.2 = or i64 %i31145.us, 24
  %p33.us.3 = getelementptr inbounds float, float* %p24.us, i64 %next43.us.2
  %vp.us.3 = bitcast float* %p33.us.3 to <8 x float>*
  %vec.us.3 = load <8 x float>, <8 x float>* %vp.us.3, align 4
  %p34.us.3 = getelementptr inbounds float, float* %p25.us, i64 %next43.us.2
  %vp35.us.3 = bitcast float* %p34.us.3 to <8 x float>*
  %vec36.us.3 = load <8 x float>, <8 x float>* %vp35.us.3, align 4
  %widen.us.3 = fpext <8 x float> %vec.us.3 to <8 x double>
  %widen37.us.3 = fpext <8 x float> %vec36.us.3 to <8 x double>
  %fsub.us.3 = fsub <8 x double> %widen37.us.3, %splat.us
  %fsub40.us.3 = fsub <8 x double> %fsub.us.3, %splat39.us
  %fmul.us.3 = fmul <8 x double> %fsub40.us.3, %widen.us.3
  %fadd.us.3 = fadd <8 x double> %fadd.us.2, %widen.us.3
  %fadd42.us.3 = fadd <8 x double> %fadd42.us.2, %fmul.us.3
  %next43.us.3 = add nuw nsw i64 %i31145.us, 32
  %niter183.next.3 = add i64 %niter183, 4
  %niter183.ncmp.3.not = icmp eq i64 %niter183.next.3, %unroll_iter182
  br i1 %niter183.ncmp.3.not, label %loop46.preheader.us.loopexit.unr-lcssa, label %body29.us

loop46.preheader.us.loopexit.unr-lcssa:           ; preds = %body29.us, %body29.lr.ph.us
  %fadd.us.lcssa.ph = phi <8 x double> [ undef, %body29.lr.ph.us ], [ %fadd.us.3, %body29.us ]
  %fadd42.us.lcssa.ph = phi <8 x double> [ undef, %body29.lr.ph.us ], [ %fadd42.us.3, %body29.us ]
  %i31145.us.unr = phi i64 [ 0, %body29.lr.ph.us ], [ %next43.us.3, %body29.us ]
  %var.0144.us.unr = phi <8 x double> [ zeroinitializer, %body29.lr.ph.us ], [ %fadd.us.3, %body29.us ]
  %var26.0143.us.unr = phi <8 x double> [ zeroinitializer, %body29.lr.ph.us ], [ %fadd42.us.3, %body29.us ]
  br i1 %lcmp.mod179.not, label %loop46.preheader.us, label %body29.us.epil

body29.us.epil:                                   ; preds = %loop46.preheader.us.loopexit.unr-lcssa, %body29.us.epil
  %i31145.us.epil = phi i64 [ %next43.us.epil, %body29.us.epil ], [ %i31145.us.unr, %loop46.preheader.us.loopexit.unr-lcssa ]
  %var.0144.us.epil = phi <8 x double> [ %fadd.us.epil, %body29.us.epil ], [ %var.0144.us.unr, %loop46.preheader.us.loopexit.unr-lcssa ]
  %var26.0143.us.epil = phi <8 x double> [ %fadd42.us.epil, %body29.us.epil ], [ %var26.0143.us.unr, %loop46.preheader.us.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %body29.us.epil ], [ 0, %loop46.preheader.us.loopexit.unr-lcssa ]
  %p33.us.epil = getelementptr inbounds float, float* %p24.us, i64 %i31145.us.epil
  %vp.us.epil = bitcast float* %p33.us.epil to <8 x float>*
  %vec.us.epil = load <8 x float>, <8 x float>* %vp.us.epil, align 4
  %p34.us.epil = getelementptr inbounds float, float* %p25.us, i64 %i31145.us.epil
  %vp35.us.epil = bitcast float* %p34.us.epil to <8 x float>*
  %vec36.us.epil = load <8 x float>, <8 x float>* %vp35.us.epil, align 4
  %widen.us.epil = fpext <8 x float> %vec.us.epil to <8 x double>
  %widen37.us.epil = fpext <8 x float> %vec36.us.epil to <8 x double>
  %fsub.us.epil = fsub <8 x double> %widen37.us.epil, %splat.us
  %fsub40.us.epil = fsub <8 x double> %fsub.us.epil, %splat39.us
  %fmul.us.epil = fmul <8 x double> %fsub40.us.epil, %widen.us.epil
  %fadd.us.epil = fadd <8 x double> %var.0144.us.epil, %widen.us.epil
  %fadd42.us.epil = fadd <8 x double> %var26.0143.us.epil, %fmul.us.epil
  %next43.us.epil = add nuw nsw i64 %i31145.us.epil, 8
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter178
  br i1 %epil.iter.cmp.not, label %loop46.preheader.us, label %body29.us.epil, !llvm.loop !12

loop46.preheader.us:                              ; preds = %loop46.preheader.us.loopexit.unr-lcssa, %body29.us.epil, %body12.us
  %var26.0.lcssa.us = phi <8 x double> [ zeroinitializer, %body12.us ], [ %fadd42.us.lcssa.ph, %loop46.preheader.us.loopexit.unr-lcssa ], [ %fadd42.us.epil, %body29.us.epil ]
  %var.0.lcssa.us = phi <8 x double> [ zeroinitializer, %body12.us ], [ %fadd.us.lcssa.ph, %loop46.preheader.us.loopexit.unr-lcssa ], [ %fadd.us.epil, %body29.us.epil ]
  br i1 %go50147, label %body47.us.preheader, label %done48.us

body47.us.preheader:                              ; preds = %loop46.preheader.us
  br i1 %lcmp.mod185.not, label %body47.us.prol.loopexit, label %body47.us.prol

body47.us.prol:                                   ; preds = %body47.us.preheader, %body47.us.prol
  %i49150.us.prol = phi i64 [ %next64.us.prol, %body47.us.prol ], [ %body27, %body47.us.preheader ]
  %var44.0149.us.prol = phi double [ %fadd61.us.prol, %body47.us.prol ], [ 0.000000e+00, %body47.us.preheader ]
  %var45.0148.us.prol = phi double [ %fadd63.us.prol, %body47.us.prol ], [ 0.000000e+00, %body47.us.preheader ]
  %prol.iter186 = phi i64 [ %prol.iter186.next, %body47.us.prol ], [ 0, %body47.us.preheader ]
  %p51.us.prol = getelementptr inbounds float, float* %p24.us, i64 %i49150.us.prol
  %v52.us.prol = load float, float* %p51.us.prol, align 4
  %p53.us.prol = getelementptr inbounds float, float* %p25.us, i64 %i49150.us.prol
  %v54.us.prol = load float, float* %p53.us.prol, align 4
  %widen55.us.prol = fpext float %v52.us.prol to double
  %widen56.us.prol = fpext float %v54.us.prol to double
  %fsub57.us.prol = fsub double %widen56.us.prol, %ext.us
  %fsub58.us.prol = fsub double %fsub57.us.prol, %ext20.us
  %fmul59.us.prol = fmul double %fsub58.us.prol, %widen55.us.prol
  %fadd61.us.prol = fadd double %var44.0149.us.prol, %widen55.us.prol
  %fadd63.us.prol = fadd double %var45.0148.us.prol, %fmul59.us.prol
  %next64.us.prol = add nsw i64 %i49150.us.prol, 1
  %prol.iter186.next = add i64 %prol.iter186, 1
  %prol.iter186.cmp.not = icmp eq i64 %prol.iter186.next, %xtraiter184
  br i1 %prol.iter186.cmp.not, label %body47.us.prol.loopexit, label %body47.us.prol, !llvm.loop !13

body47.us.prol.loopexit:                          ; preds = %body47.us.prol, %body47.us.preheader
  %i49150.us.unr = phi i64 [ %body27, %body47.us.preheader ], [ %next64.us.prol, %body47.us.prol ]
  %var44.0149.us.unr = phi double [ 0.000000e+00, %body47.us.preheader ], [ %fadd61.us.prol, %body47.us.prol ]
  %var45.0148.us.unr = phi double [ 0.000000e+00, %body47.us.preheader ], [ %fadd63.us.prol, %body47.us.prol ]
  %fadd61.us.lcssa.unr = phi double [ undef, %body47.us.preheader ], [ %fadd61.us.prol, %body47.us.prol ]
  %fadd63.us.lcssa.unr = phi double [ undef, %body47.us.preheader ], [ %fadd63.us.prol, %body47.us.prol ]
  br i1 %92, label %done48.us, label %body47.us

body29.lr.ph.us:                                  ; preds = %body12.us
  %one.us = insertelement <8 x double> undef, double %ext.us, i64 0
  %splat.us = shufflevector <8 x double> %one.us, <8 x double> undef, <8 x i32> zeroinitializer
  %one38.us = insertelement <8 x double> undef, double %ext20.us, i64 0
  %splat39.us = shufflevector <8 x double> %one38.us, <8 x double> undef, <8 x i32> zeroinitializer
  br i1 %91, label %loop46.preheader.us.loopexit.unr-lcssa, label %body29.us

loop11.done13_crit_edge.us:                       ; preds = %done48.us
  %next113.us = add nsw i64 %i9156.us, 1
  %exitcond161.not = icmp eq i64 %next113.us, %end
  br i1 %exitcond161.not, label %join117, label %loop11.preheader.us

body:                                             ; preds = %body.prol.loopexit, %body
  %i141 = phi i64 [ %next.3, %body ], [ %i141.unr, %body.prol.loopexit ]
  %p = getelementptr inbounds double, double* %sums, i64 %i141
  store double %i2f, double* %p, align 8
  %add = add i64 %i141, %c
  %p2 = getelementptr inbounds double, double* %sums, i64 %add
  store double 0.000000e+00, double* %p2, align 8
  %add4 = add i64 %i141, %mul3
  %p5 = getelementptr inbounds double, double* %sums, i64 %add4
  store double 0.000000e+00, double* %p5, align 8
  %next = add nuw nsw i64 %i141, 1
  %p.1 = getelementptr inbounds double, double* %sums, i64 %next
  store double %i2f, double* %p.1, align 8
  %add.1 = add i64 %next, %c
  %p2.1 = getelementptr inbounds double, double* %sums, i64 %add.1
  store double 0.000000e+00, double* %p2.1, align 8
  %add4.1 = add i64 %next, %mul3
  %p5.1 = getelementptr inbounds double, double* %sums, i64 %add4.1
  store double 0.000000e+00, double* %p5.1, align 8
  %next.1 = add nuw nsw i64 %i141, 2
  %p.2 = getelementptr inbounds double, double* %sums, i64 %next.1
  store double %i2f, double* %p.2, align 8
  %add.2 = add i64 %next.1, %c
  %p2.2 = getelementptr inbounds double, double* %sums, i64 %add.2
  store double 0.000000e+00, double* %p2.2, align 8
  %add4.2 = add i64 %next.1, %mul3
  %p5.2 = getelementptr inbounds double, double* %sums, i64 %add4.2
  store double 0.000000e+00, double* %p5.2, align 8
  %next.2 = add nuw nsw i64 %i141, 3
  %p.3 = getelementptr inbounds double, double* %sums, i64 %next.2
  store double %i2f, double* %p.3, align 8
  %add.3 = add i64 %next.2, %c
  %p2.3 = getelementptr inbounds double, double* %sums, i64 %add.3
  store double 0.000000e+00, double* %p2.3, align 8
  %add4.3 = add i64 %next.2, %mul3
  %p5.3 = getelementptr inbounds double, double* %sums, i64 %add4.3
  store double 0.000000e+00, double* %p5.3, align 8
  %next.3 = add nuw nsw i64 %i141, 4
  %exitcond.not.3 = icmp eq i64 %next.3, %c
  br i1 %exitcond.not.3, label %join, label %body, !llvm.loop !14

join117:                                          ; preds = %loop11.done13_crit_edge.us, %join, %loop11.preheader.lr.ph
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
