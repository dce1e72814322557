//! The GEMM plans of the GPU's BLAS nodes ([`syncbn_codegen::GpuExecution::Blas`]): the matrix
//! products of Conv, its gradients, Gemm, MatMul and their gradients as row-major single-precision
//! GEMMs on device addresses, issued around the node's helper kernels from the kernel table
//! (im2col before a Conv's GEMMs, col2im after a ConvGradInput's, the bias or Gemm `C` before the
//! GEMM accumulates into the output). The CUDA device runs them through cuBLAS
//! (`crate::cuda_blas`); the plans themselves are plain data, testable on the host.

use std::collections::BTreeMap;

use syncbn_ir::ops::gemm::GemmAttrs;
use syncbn_ir::{grad, Attr};

/// A row-major matrix operand on the device: pointer, row stride in elements, transposed or not.
#[derive(Clone, Copy, Debug)]
pub struct Operand {
    /// Device address of element `[0, 0]`.
    pub ptr: u64,
    /// Elements between consecutive rows of the stored matrix.
    pub ld: usize,
    /// Whether the product reads the stored matrix transposed.
    pub trans: bool,
}

/// `C[m, n] = alpha * op(A)[m, k] @ op(B)[k, n] + beta * C` on row-major matrices.
#[derive(Clone, Copy, Debug)]
pub struct Gemm {
    /// Rows of `C`.
    pub m: usize,
    /// Columns of `C`.
    pub n: usize,
    /// The inner dimension.
    pub k: usize,
    /// The left operand.
    pub a: Operand,
    /// The right operand.
    pub b: Operand,
    /// Device address of `C`.
    pub c: u64,
    /// Row stride of `C`.
    pub ldc: usize,
    /// Scale of the product.
    pub alpha: f32,
    /// Scale of `C`'s previous value (0: overwritten).
    pub beta: f32,
    /// How many such products run, each on operands offset by the strides.
    pub batch: Batch,
}

/// A strided batch of GEMMs: `count` products, product `t` on `A + t * a`, `B + t * b`,
/// `C + t * c` (strides in elements).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Batch {
    /// Products in the batch.
    pub count: usize,
    /// Stride of `A`.
    pub a: usize,
    /// Stride of `B`.
    pub b: usize,
    /// Stride of `C`.
    pub c: usize,
}

impl Batch {
    /// A single product.
    pub const ONE: Batch = Batch { count: 1, a: 0, b: 0, c: 0 };
}

/// A BLAS node's operands: the op, attributes, inputs and output (device address and concrete
/// shape) and the im2col workspace of the Conv family.
pub struct BlasNode<'a> {
    /// The op.
    pub op: &'a str,
    /// The node's attributes.
    pub attrs: &'a BTreeMap<String, Attr>,
    /// Inputs in node order (`None` when absent).
    pub inputs: Vec<Option<(u64, Vec<usize>)>>,
    /// Output 0.
    pub output: (u64, Vec<usize>),
    /// The node's im2col workspace.
    pub workspace: Option<u64>,
}

/// Whether the node's GEMMs run before its table kernels (ConvGradInput and ConvTranspose: GEMMs,
/// then col2im and the bias).
pub fn gemms_first(op: &str) -> bool {
    op == grad::CONV_GRAD_INPUT || op == "ConvTranspose"
}

const F32: u64 = 4;

fn at(ptr: u64, elements: usize) -> u64 {
    ptr + elements as u64 * F32
}

fn plain(ptr: u64, ld: usize) -> Operand {
    Operand { ptr, ld, trans: false }
}

impl BlasNode<'_> {
    fn input(&self, i: usize) -> Result<&(u64, Vec<usize>), String> {
        self.inputs.get(i).and_then(Option::as_ref).ok_or_else(|| format!("{}: input {i} is missing", self.op))
    }

    fn workspace(&self) -> Result<u64, String> {
        self.workspace.ok_or_else(|| format!("{}: no im2col workspace in the kernel table", self.op))
    }

    /// The node's GEMMs, in issue order.
    pub fn gemms(&self) -> Result<Vec<Gemm>, String> {
        match self.op {
            "Conv" => self.conv(),
            grad::CONV_GRAD_INPUT => self.conv_grad_input(),
            "ConvTranspose" => self.conv_transpose(),
            grad::CONV_GRAD_WEIGHT => self.conv_grad_weight(),
            "Gemm" => self.gemm(),
            grad::GEMM_GRAD_A | grad::GEMM_GRAD_B => self.gemm_grad(self.op == grad::GEMM_GRAD_A),
            "MatMul" | grad::MATMUL_GRAD_A | grad::MATMUL_GRAD_B => self.matmul(),
            other => Err(format!("{other} is not a cuBLAS op")),
        }
    }

    /// `(n, c, m, group, taps, outputs)` of a Conv of `x` by `w` giving `y`.
    fn conv_dims(&self, x: &[usize], w: &[usize], y: &[usize]) -> Result<ConvDims, String> {
        if x.len() < 3 || w.len() != x.len() || y.len() != x.len() || w[1] == 0 || x[1] % w[1] != 0 {
            return Err(format!("{}: X {x:?}, W {w:?}, Y {y:?} are not a Conv's shapes", self.op));
        }
        let group = x[1] / w[1];
        Ok(ConvDims {
            n: x[0],
            c: x[1],
            m: w[0],
            group,
            cg: w[1],
            mg: w[0] / group,
            taps: w[2..].iter().product(),
            outputs: y[2..].iter().product(),
        })
    }

    /// `Y[img, g] = W[g] @ col[img, g] (+ Y, the bias)`.
    fn conv(&self) -> Result<Vec<Gemm>, String> {
        let ((_, xs), (w, ws), (y, ys)) = (self.input(0)?, self.input(1)?, &self.output);
        let d = self.conv_dims(xs, ws, ys)?;
        let beta = if self.inputs.get(2).is_some_and(Option::is_some) { 1.0 } else { 0.0 };
        let k = d.cg * d.taps;
        let first = Gemm {
            m: d.mg,
            n: d.outputs,
            k,
            a: plain(*w, k),
            b: plain(self.workspace()?, d.outputs),
            c: *y,
            ldc: d.outputs,
            alpha: 1.0,
            beta,
            batch: Batch::ONE,
        };
        Ok(d.blocks(first, [d.weights(), d.cols(), d.planes()], false))
    }

    /// `col[img, g] = W[g]^T @ dY[img, g]`, then col2im (a table kernel) gathers `dX`.
    fn conv_grad_input(&self) -> Result<Vec<Gemm>, String> {
        let ((dy, dys), w, (_, xs)) = (self.input(0)?, self.input(1)?, self.input(2)?);
        self.transposed_cols(*dy, dys, w, xs)
    }

    /// ConvTranspose `(X, W[, B]) -> Y`: the GEMMs of the ConvGradInput from `Y`'s shape with `dY = X`;
    /// col2im and the bias (table kernels) follow.
    fn conv_transpose(&self) -> Result<Vec<Gemm>, String> {
        let ((x, xs), w, (_, ys)) = (self.input(0)?, self.input(1)?, &self.output);
        self.transposed_cols(*x, xs, w, ys)
    }

    /// `col[img, g] = W[g]^T @ dy[img, g]` for the Conv of weight `w` from shape `xs` to `dys`.
    fn transposed_cols(
        &self,
        dy: u64,
        dys: &[usize],
        w: &(u64, Vec<usize>),
        xs: &[usize],
    ) -> Result<Vec<Gemm>, String> {
        let (w, ws) = w;
        let d = self.conv_dims(xs, ws, dys)?;
        let k = d.cg * d.taps;
        let first = Gemm {
            m: k,
            n: d.outputs,
            k: d.mg,
            a: Operand { ptr: *w, ld: k, trans: true },
            b: plain(dy, d.outputs),
            c: self.workspace()?,
            ldc: d.outputs,
            alpha: 1.0,
            beta: 0.0,
            batch: Batch::ONE,
        };
        Ok(d.blocks(first, [d.weights(), d.planes(), d.cols()], false))
    }

    /// `dW[g] = sum over images of dY[img, g] @ col[img, g]^T` (the first image overwrites; no
    /// image: a `k = 0` GEMM zeroes `dW`).
    fn conv_grad_weight(&self) -> Result<Vec<Gemm>, String> {
        let ((dy, dys), (_, xs), (dw, ws)) = (self.input(0)?, self.input(1)?, &self.output);
        let d = self.conv_dims(xs, ws, dys)?;
        let k = d.cg * d.taps;
        let first = Gemm {
            m: d.mg,
            n: k,
            k: d.outputs,
            a: plain(*dy, d.outputs),
            b: Operand { ptr: self.workspace()?, ld: d.outputs, trans: true },
            c: *dw,
            ldc: k,
            alpha: 1.0,
            beta: 0.0,
            batch: Batch::ONE,
        };
        if d.n == 0 {
            let zero = Gemm { k: 0, batch: Batch { count: d.group, a: 0, b: 0, c: d.mg * k }, ..first };
            return Ok(vec![zero]);
        }
        Ok(d.blocks(first, [d.planes(), d.cols(), d.weights()], true))
    }

    /// Rank-2 `(rows, cols)` of input `i`.
    fn matrix(&self, i: usize) -> Result<(u64, usize, usize), String> {
        match self.input(i)? {
            (p, s) if s.len() == 2 => Ok((*p, s[0], s[1])),
            (_, s) => Err(format!("{}: input {i} has shape {s:?}; expected a matrix", self.op)),
        }
    }

    /// `Y = alpha * op(A) op(B) + beta * Y` (`Y` holds `C` broadcast by a table kernel).
    fn gemm(&self) -> Result<Vec<Gemm>, String> {
        let ((a, a0, a1), (b, b0, b1)) = (self.matrix(0)?, self.matrix(1)?);
        let gemm = GemmAttrs::read(self.attrs);
        let (ta, tb) = (gemm.trans_a, gemm.trans_b);
        let (m, k) = if ta { (a1, a0) } else { (a0, a1) };
        let n = if tb { b0 } else { b1 };
        let beta = if self.inputs.get(2).is_some_and(Option::is_some) { gemm.beta as f32 } else { 0.0 };
        Ok(vec![Gemm {
            m,
            n,
            k,
            a: Operand { ptr: a, ld: a1, trans: ta },
            b: Operand { ptr: b, ld: b1, trans: tb },
            c: self.output.0,
            ldc: n,
            alpha: gemm.alpha as f32,
            beta,
            batch: Batch::ONE,
        }])
    }

    /// GemmGradA (`dA`) or GemmGradB (`dB`) of `(dY, A, B)`.
    fn gemm_grad(&self, wrt_a: bool) -> Result<Vec<Gemm>, String> {
        let ((dy, m, n), (a, a0, a1), (b, _, b1)) = (self.matrix(0)?, self.matrix(1)?, self.matrix(2)?);
        let gemm = GemmAttrs::read(self.attrs);
        let (ta, tb) = (gemm.trans_a, gemm.trans_b);
        let k = if ta { a0 } else { a1 };
        let (dy_n, dy_t) = (plain(dy, n), Operand { ptr: dy, ld: n, trans: true });
        let (out, alpha) = (self.output.0, gemm.alpha as f32);
        let g = |m, nn, kk, a, b, ldc| Gemm { m, n: nn, k: kk, a, b, c: out, ldc, alpha, beta: 0.0, batch: Batch::ONE };
        Ok(vec![match (wrt_a, ta, tb) {
            (true, false, _) => g(m, k, n, dy_n, Operand { ptr: b, ld: b1, trans: !tb }, k),
            (true, true, _) => g(k, m, n, Operand { ptr: b, ld: b1, trans: tb }, dy_t, m),
            (false, _, false) => g(k, n, m, Operand { ptr: a, ld: a1, trans: !ta }, dy_n, n),
            (false, _, true) => g(n, k, m, dy_t, Operand { ptr: a, ld: a1, trans: ta }, k),
        }])
    }

    /// MatMul and its gradients for `A [..., m, k]` and `B [k, n]` (batch axes folded into the
    /// rows) or `A`, `B` with equal batch axes (one GEMM per batch).
    fn matmul(&self) -> Result<Vec<Gemm>, String> {
        let (a_in, b_in) = if self.op == "MatMul" { (0, 1) } else { (1, 2) };
        let ((a, ash), (b, bsh)) = (self.input(a_in)?, self.input(b_in)?);
        if ash.len() < 2 || bsh.len() < 2 {
            return Err(format!("{}: operands {ash:?} and {bsh:?} must be matrices (rank >= 2)", self.op));
        }
        let (m, k, n) = (ash[ash.len() - 2], ash[ash.len() - 1], bsh[bsh.len() - 1]);
        let (batches, rows, b_step) = if bsh.len() == 2 {
            (1, ash[..ash.len() - 1].iter().product::<usize>(), 0)
        } else if ash[..ash.len() - 2] == bsh[..bsh.len() - 2] {
            (ash[..ash.len() - 2].iter().product::<usize>(), m, k * n)
        } else {
            return Err(format!("{}: batch broadcasting of {ash:?} and {bsh:?} has no GPU path", self.op));
        };
        let dy = if self.op == "MatMul" { 0 } else { self.input(0)?.0 };
        let (out, strides) = (self.output.0, |a, b, c| Batch { count: batches, a, b, c });
        let product = |m, n, k, a, b, ldc, batch| Gemm { m, n, k, a, b, c: out, ldc, alpha: 1.0, beta: 0.0, batch };
        let (a_rows, b_rows, dy_rows) = (rows * k, b_step, rows * n);
        Ok(vec![match self.op {
            "MatMul" => product(rows, n, k, plain(*a, k), plain(*b, n), n, strides(a_rows, b_rows, dy_rows)),
            grad::MATMUL_GRAD_A => {
                let b_t = Operand { ptr: *b, ld: n, trans: true };
                product(rows, k, n, plain(dy, n), b_t, k, strides(dy_rows, b_rows, a_rows))
            }
            _ => {
                let a_t = Operand { ptr: *a, ld: k, trans: true };
                product(k, n, rows, a_t, plain(dy, n), n, strides(a_rows, dy_rows, b_rows))
            }
        }])
    }
}

/// The element strides of one Conv operand per image and per group.
type Strides = (usize, usize);

/// Channel counts and sizes of one Conv.
struct ConvDims {
    n: usize,
    c: usize,
    m: usize,
    group: usize,
    cg: usize,
    mg: usize,
    taps: usize,
    outputs: usize,
}

impl ConvDims {
    /// Strides of `W` (the same for every image).
    fn weights(&self) -> Strides {
        (0, self.mg * self.cg * self.taps)
    }

    /// Strides of the im2col matrix.
    fn cols(&self) -> Strides {
        (self.c * self.taps * self.outputs, self.cg * self.taps * self.outputs)
    }

    /// Strides of `Y` (or `dY`).
    fn planes(&self) -> Strides {
        (self.m * self.outputs, self.mg * self.outputs)
    }

    /// `first` (image 0, group 0) over every (image, group) pair, `strides` those of `A`, `B`, `C`:
    /// batched over groups with one GEMM per image when `accumulate` (into the same `C`, beta 1
    /// after the first image) or when there are more groups than images, else batched over images
    /// with one GEMM per group.
    fn blocks(&self, first: Gemm, strides: [Strides; 3], accumulate: bool) -> Vec<Gemm> {
        let shifted = |pick: fn(Strides) -> usize, index: usize, count: usize, batch: fn(Strides) -> usize| {
            let [a, b, c] = strides;
            Gemm {
                a: Operand { ptr: at(first.a.ptr, pick(a) * index), ..first.a },
                b: Operand { ptr: at(first.b.ptr, pick(b) * index), ..first.b },
                c: at(first.c, pick(c) * index),
                batch: Batch { count, a: batch(a), b: batch(b), c: batch(c) },
                ..first
            }
        };
        if accumulate || self.group > self.n {
            (0..self.n)
                .map(|img| {
                    let g = shifted(|s| s.0, img, self.group, |s| s.1);
                    Gemm { beta: if accumulate && img > 0 { 1.0 } else { g.beta }, ..g }
                })
                .collect()
        } else {
            (0..self.group).map(|grp| shifted(|s| s.1, grp, self.n, |s| s.0)).collect()
        }
    }
}
