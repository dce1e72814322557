//! The generated GPU kernels of the ops beyond BatchNorm, run under the SIMT emulator exactly as the
//! kernel table of `syncbn_codegen::compile_graph` binds them (shapes, window geometry, offsets,
//! workspaces), against the CPU op of `syncbn_runtime::cpu_ops` on odd shapes: C = 3, 7x5 planes,
//! N = 1, stride / pad / dilation / auto_pad combinations, ceil_mode, ties, NaN, broadcast size-1
//! axes, LayerNormalization over the last axis and over `[C, H, W]`, with and without `B`, LogSoftmax, the
//! class-label losses with class weights and ignored rows under every reduction, over `[N, C]` and
//! per pixel over `[N, C, d1..dk]`. The cuBLAS nodes (Conv, its gradients, Gemm, MatMul and theirs) run their helper kernels
//! under the emulator and the CUDA device's GEMM plan (`syncbn_runtime::gemm_plan`) as f64 host
//! loops on fake device addresses, in the device's order. Every node of the fixtures' lowered
//! training graphs that the CPU op table runs is checked the same way, with its real attributes,
//! constants and shapes (batch 3).
//!
//! Every launch also runs the kernel's emitted PTX under the PTX interpreter (`PtxKernels`), which
//! must give the SIMT emulator's bits; one test counts the op kernels of the catalogue executed
//! under the interpreter (the BatchNorm family is counted in `codegen/tests/simt.rs`).
//!
//! Tolerances: kernels that sum in the CPU op's order and precision must match bit for bit
//! ([`Tol::Exact`]); Softmax (and Sigmoid, met in the fixtures) differ only by their `exp` (a Cephes polynomial within about 1 ulp
//! against libm's), so each output is within 2e-6 relative; ResizeGrad sums `w * dy` in f64
//! where the CPU adds per axis in f32, and the GEMM paths accumulate in f64 where the CPU's `gemm`
//! crate accumulates in f32 (at most 36 terms here), so both are within 1e-5 of the largest output.

use std::collections::HashMap;
use std::sync::OnceLock;

use syncbn_codegen::{compile_graph, KernelKind, OpKernel, ParamType, PtxKernels, SimArg, SimKernels, Target};
use syncbn_codegen::{DimRole, KernelInfo, ParamSource};
use syncbn_ir::{Attr, DType, Dim, Graph, InitSource, Initializer, Node, ValueInfo};
use syncbn_runtime::cpu_ops::{find, OpArgs, Tensor};
use syncbn_runtime::gemm_plan::{gemms_first, BlasNode, Gemm};

fn kernels() -> &'static SimKernels {
    static K: OnceLock<SimKernels> = OnceLock::new();
    K.get_or_init(|| SimKernels::compile().expect("emulated GPU kernels compile"))
}

fn ptx_kernels() -> &'static PtxKernels {
    static K: OnceLock<PtxKernels> = OnceLock::new();
    K.get_or_init(|| PtxKernels::compile().expect("PTX parses"))
}

thread_local! {
    /// The kernels this test thread ran under the PTX interpreter.
    static RAN_UNDER_PTX: std::cell::RefCell<std::collections::BTreeSet<KernelKind>> = Default::default();
}

/// Deterministic, irregular values in [-2, 2) (multiples of 1/250).
fn values(n: usize, seed: u32) -> Vec<f32> {
    (0..n as u32).map(|i| ((i.wrapping_mul(2654435761).wrapping_add(seed * 97)) % 1000) as f32 / 250.0 - 2.0).collect()
}

/// A node's attributes.
type Attrs = Vec<(&'static str, Attr)>;

/// How close the emulated kernel must come to the CPU op.
#[derive(Clone, Copy, Debug)]
enum Tol {
    /// Bit for bit (NaN matches NaN).
    Exact,
    /// Each element within this factor of its own magnitude.
    Relative(f64),
    /// Each element within this factor of the largest output magnitude.
    OfMax(f64),
}

/// One node to check: op, attributes, graph inputs (shape, data) and constant inputs.
struct Case {
    op: String,
    attrs: Vec<(String, Attr)>,
    inputs: Vec<(Vec<usize>, Vec<f32>)>,
    /// Constant inputs `(position, shape, data)`; an empty shape marks an absent input.
    consts: Vec<(usize, Vec<u64>, Vec<f64>)>,
    /// Graph inputs declared int64 (class labels; their data are the class indices as f32).
    int_inputs: Vec<usize>,
    tol: Tol,
}

impl Case {
    fn new(op: &str, attrs: Attrs, shapes: &[&[usize]]) -> Self {
        let inputs =
            (shapes.iter().enumerate()).map(|(i, s)| (s.to_vec(), values(s.iter().product(), i as u32 + 1))).collect();
        let attrs = attrs.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        Case { op: op.to_string(), attrs, inputs, consts: Vec::new(), int_inputs: Vec::new(), tol: Tol::Exact }
    }

    /// Node `node` of `graph` (fixed shapes `types`) with its own attributes and constant inputs
    /// and deterministic values for its other inputs; `None` when an input is not f32 data.
    fn of_node(graph: &Graph, node: &Node, types: &HashMap<String, Vec<usize>>, tol: Tol) -> Option<Case> {
        let mut case = Case::new(&node.op, Vec::new(), &[]).tol(tol);
        case.attrs = node.attrs.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (position, name) in node.inputs.iter().enumerate() {
            if name.is_empty() {
                case.consts.push((position, Vec::new(), Vec::new()));
            } else if let Some(init) = graph.initializer(name) {
                let InitSource::Data { data } = &init.source else { return None };
                (init.dtype == DType::F32).then_some(())?;
                case.consts.push((position, init.shape.clone(), data.clone()));
            } else {
                let shape = types.get(name)?.clone();
                let data = values(shape.iter().product(), position as u32 + 1);
                case.inputs.push((shape, data));
            }
        }
        Some(case)
    }

    fn tol(mut self, tol: Tol) -> Self {
        self.tol = tol;
        self
    }

    fn with_const(mut self, position: usize, shape: &[u64], data: &[f64]) -> Self {
        self.consts.push((position, shape.to_vec(), data.to_vec()));
        self
    }

    fn with_data(mut self, input: usize, data: Vec<f32>) -> Self {
        self.inputs[input].1 = data;
        self
    }

    /// Graph input `input` as int64 class labels `labels`.
    fn with_labels(mut self, input: usize, labels: &[f32]) -> Self {
        self.int_inputs.push(input);
        self.with_data(input, labels.to_vec())
    }

    /// The one-node graph: inputs `x0, x1, ...` in node order, constants as initializers.
    fn graph(&self) -> Graph {
        let mut g = Graph::new(self.op.as_str());
        let mut names = Vec::new();
        let mut next = self.inputs.iter().enumerate();
        for position in 0..self.inputs.len() + self.consts.len() {
            if let Some((_, shape, data)) = self.consts.iter().find(|c| c.0 == position) {
                if shape.is_empty() {
                    names.push(String::new());
                    continue;
                }
                let name = format!("c{position}");
                let source = InitSource::Data { data: data.clone() };
                g.initializers.push(Initializer {
                    name: name.clone(),
                    dtype: DType::F32,
                    shape: shape.clone(),
                    source,
                });
                names.push(name);
                continue;
            }
            let Some((i, (shape, _))) = next.next() else { break };
            let name = format!("x{i}");
            let shape = shape.iter().map(|&d| Dim::Fixed(d as u64)).collect();
            let dtype = if self.int_inputs.contains(&i) { DType::I64 } else { DType::F32 };
            g.inputs.push(ValueInfo { name: name.clone(), dtype, shape });
            names.push(name);
        }
        let attrs = self.attrs.iter().cloned().collect();
        g.nodes.push(Node {
            name: "node".into(),
            op: self.op.clone(),
            inputs: names,
            outputs: vec!["y".into()],
            attrs,
        });
        g.outputs.push("y".into());
        g
    }
}

/// The fixed shape of every tensor of the graph.
fn shapes(g: &Graph) -> HashMap<String, Vec<usize>> {
    let types = syncbn_ir::infer_types(g).unwrap_or_else(|e| panic!("{}: {e}", g.name));
    (types.into_iter())
        .map(|(name, t)| (name, t.shape.iter().map(|d| d.fixed().expect("fixed shapes") as usize).collect()))
        .collect()
}

/// The CPU op's output.
fn run_cpu(case: &Case, g: &Graph, shapes: &HashMap<String, Vec<usize>>) -> Vec<f32> {
    let node = &g.nodes[0];
    let data: Vec<Option<(Vec<usize>, Vec<f32>)>> = (node.inputs.iter())
        .map(|name| {
            if name.is_empty() {
                return None;
            }
            if let Some(init) = g.initializer(name) {
                let InitSource::Data { data } = &init.source else { return None };
                let shape = init.shape.iter().map(|&d| d as usize).collect();
                return Some((shape, data.iter().map(|&v| v as f32).collect()));
            }
            let i: usize = name[1..].parse().expect("input index");
            Some(case.inputs[i].clone())
        })
        .collect();
    let inputs = data.iter().map(|d| d.as_ref().map(|(s, v)| Tensor::new(v, s).expect("tensor"))).collect();
    let out = &shapes["y"];
    let mut y = vec![f32::NAN; out.iter().product()];
    let op = find(&case.op).expect("CPU op");
    let typed = op.read_attrs(&node.attrs).unwrap_or_else(|e| panic!("CPU {}: {e}", case.op));
    let args = OpArgs { attrs: &node.attrs, typed, inputs, out_shape: out, team: None };
    op.run(&args, &mut y).unwrap_or_else(|e| panic!("CPU {}: {e}", case.op));
    y
}

/// Buffers of the emulated device, by tensor or workspace name; `f64` scratch buffers by name.
struct Device {
    bufs: HashMap<String, Vec<f32>>,
    scratch: HashMap<String, Vec<f64>>,
    shapes: HashMap<String, Vec<usize>>,
}

impl Device {
    fn dim(&self, tensor: &str, dim: DimRole) -> i64 {
        let shape = self.shapes.get(tensor).unwrap_or_else(|| panic!("no shape for {tensor}"));
        dim.of(shape).unwrap_or_else(|| panic!("{dim:?} of {tensor} {shape:?}")) as i64
    }

    fn scalar(&self, source: &ParamSource) -> Option<i64> {
        match source {
            ParamSource::Dim { tensor, dim } => Some(self.dim(tensor, *dim)),
            ParamSource::Scaled { tensor, dim, factor } => Some(self.dim(tensor, *dim) * *factor as i64),
            _ => None,
        }
    }

    fn buffer_name(&mut self, source: &ParamSource) -> String {
        match source {
            ParamSource::Tensor { name } => name.clone(),
            ParamSource::Workspace { name, tensor, dim, factor } => {
                let len = (self.dim(tensor, *dim) as u64 * factor) as usize;
                self.bufs.entry(name.clone()).or_insert_with(|| vec![f32::NAN; len]);
                name.clone()
            }
            other => panic!("not a buffer: {other:?}"),
        }
    }

    /// Runs a kernel whose output is an `f64` scratch buffer (its last parameter) with the launch
    /// the CUDA device resolves, under the SIMT emulator and the PTX interpreter: the same bits.
    fn launch_to_scratch(&mut self, k: &KernelInfo, name: &str) {
        let names: Vec<String> =
            (k.params.iter()).filter(|p| p.ty == ParamType::PtrF32).map(|p| self.buffer_name(&p.source)).collect();
        let reads: Vec<Vec<f32>> = names.iter().map(|n| self.bufs[n].clone()).collect();
        let len = self.scalar_of(k, "len").unwrap_or(1) as u64;
        let resolved = k.launch.expect("GPU launch rule").resolve(len, 1, 1);
        let mut out = vec![f64::NAN; 1];
        let mut ptx_out = out.clone();
        let mut args = self.args(k, &reads, SimArg::F64Mut(&mut out));
        // SAFETY: every buffer is sized by the shapes the kernel table binds.
        unsafe { kernels().launch(k.kind, resolved.grid, resolved.block, &mut args) }
            .unwrap_or_else(|e| panic!("{}: {e}", k.kernel));
        drop(args);
        let mut args = self.args(k, &reads, SimArg::F64Mut(&mut ptx_out));
        (ptx_kernels().launch(k.kind, resolved.grid, resolved.block, &mut args))
            .unwrap_or_else(|e| panic!("{} under PTX: {e}", k.kernel));
        drop(args);
        RAN_UNDER_PTX.with(|r| r.borrow_mut().insert(k.kind));
        assert_eq!(ptx_out[0].to_bits(), out[0].to_bits(), "{}: PTX interpreter and SIMT emulator differ", k.kernel);
        self.scratch.insert(name.to_string(), out);
    }

    fn scalar_of(&self, k: &KernelInfo, name: &str) -> Option<i64> {
        k.params.iter().find(|p| p.name == name).and_then(|p| self.scalar(&p.source))
    }

    /// Runs one table entry with the launch the CUDA device resolves, or a forced small grid
    /// and block; the last parameter of every op kernel is its output.
    fn launch(&mut self, k: &KernelInfo, forced: Option<(u32, u32)>) {
        if let Some(ParamSource::Scratch { name }) = k.params.last().map(|p| &p.source) {
            return self.launch_to_scratch(k, name);
        }
        // A scratch no kernel wrote yet holds NaN: a `none` or `sum` loss gradient must not read it.
        for p in &k.params {
            if let (ParamSource::Scratch { name }, ParamType::PtrF64) = (&p.source, p.ty) {
                self.scratch.entry(name.clone()).or_insert_with(|| vec![f64::NAN]);
            }
        }
        let names: Vec<Option<String>> =
            (k.params.iter()).map(|p| matches!(p.ty, ParamType::PtrF32).then(|| self.buffer_name(&p.source))).collect();
        let out_name = names.last().cloned().flatten().expect("output buffer last");
        let mut out = self.bufs.remove(&out_name).unwrap_or_else(|| {
            let len = self.shapes[&out_name].iter().product();
            vec![f32::NAN; len]
        });
        let reads: Vec<Vec<f32>> = (names.iter().take(names.len() - 1).flatten())
            .map(|n| if *n == out_name { out.clone() } else { self.bufs[n].clone() })
            .collect();
        let value = |name: &str| k.params.iter().find(|p| p.name == name).and_then(|p| self.scalar(&p.source));
        let rule = k.launch.expect("GPU launch rule");
        let (n, c, s, len) = (value("n"), value("c"), value("s"), value("len"));
        let resolved = rule.resolve(n.or(len).unwrap_or(1) as u64, c.unwrap_or(1) as u64, s.unwrap_or(1) as u64);
        let (grid, block) = forced.unwrap_or((resolved.grid, resolved.block));
        let mut ptx_out = out.clone();
        let mut args = self.args(k, &reads, SimArg::F32Mut(&mut out));
        // SAFETY: every buffer is sized by the shapes the kernel table binds.
        unsafe { kernels().launch(k.kind, grid, block, &mut args) }.unwrap_or_else(|e| panic!("{}: {e}", k.kernel));
        drop(args);
        let mut args = self.args(k, &reads, SimArg::F32Mut(&mut ptx_out));
        ptx_kernels().launch(k.kind, grid, block, &mut args).unwrap_or_else(|e| panic!("{} under PTX: {e}", k.kernel));
        drop(args);
        RAN_UNDER_PTX.with(|r| r.borrow_mut().insert(k.kind));
        let bits = |v: &[f32]| v.iter().map(|x| if x.is_nan() { u32::MAX } else { x.to_bits() }).collect::<Vec<_>>();
        assert_eq!(bits(&ptx_out), bits(&out), "{}: PTX interpreter and SIMT emulator differ", k.kernel);
        self.bufs.insert(out_name, out);
    }

    /// The launch arguments of `k`: buffers `reads` in order, `f64` scratch buffers by name, scalars
    /// from the shapes, `out` last.
    fn args<'a>(&'a self, k: &KernelInfo, reads: &'a [Vec<f32>], out: SimArg<'a>) -> Vec<SimArg<'a>> {
        let mut reads = reads.iter();
        let mut args: Vec<SimArg> = Vec::new();
        let last = k.params.len() - 1;
        for (i, p) in k.params.iter().enumerate() {
            if i == last {
                continue;
            }
            args.push(match (&p.source, p.ty) {
                (_, ParamType::PtrF32) => SimArg::F32(reads.next().expect("read buffer")),
                (ParamSource::Scratch { name }, ParamType::PtrF64) => {
                    SimArg::F64(self.scratch.get(name).unwrap_or_else(|| panic!("no scratch {name}")))
                }
                (ParamSource::Const { value }, ParamType::I64) => SimArg::I64(*value as i64),
                (ParamSource::Const { value }, ParamType::F32) => SimArg::Float(*value as f32),
                (ParamSource::Const { value }, ParamType::F64) => SimArg::Double(*value),
                (source, ParamType::I64) => SimArg::I64(self.scalar(source).expect("dimension")),
                other => panic!("unexpected parameter {other:?}"),
            });
        }
        args.push(out);
        args
    }
}

/// The case's kernel table entries and a device holding its inputs.
fn device(case: &Case) -> (Graph, Vec<KernelInfo>, Device) {
    let g = case.graph();
    let module = compile_graph(&g, Target::Sm(80)).unwrap_or_else(|e| panic!("{}: {e}", case.op));
    let entries = module.ptx.as_deref().map(|p| p.matches(".entry").count());
    let kinds: std::collections::BTreeSet<KernelKind> = module.kernels.iter().map(|k| k.kind).collect();
    assert_eq!(entries, Some(kinds.len()), "{}: one PTX entry per kernel", case.op);
    let mut bufs: HashMap<String, Vec<f32>> =
        case.inputs.iter().enumerate().map(|(i, (_, d))| (format!("x{i}"), d.clone())).collect();
    for init in &g.initializers {
        if let InitSource::Data { data } = &init.source {
            bufs.insert(init.name.clone(), data.iter().map(|&v| v as f32).collect());
        }
    }
    let shapes = shapes(&g);
    (g, module.kernels, Device { bufs, scratch: HashMap::new(), shapes })
}

fn compare(got: &[f32], want: &[f32], tol: Tol, what: &str) {
    assert_eq!(got.len(), want.len(), "{what}: length");
    let max = want.iter().fold(0f64, |a, &w| a.max(f64::from(w).abs()));
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        let (gd, wd) = (f64::from(g), f64::from(w));
        let ok = (g.is_nan() && w.is_nan())
            || match tol {
                Tol::Exact => g.to_bits() == w.to_bits() || g == w,
                Tol::Relative(r) => (gd - wd).abs() <= r * wd.abs() || g == w,
                Tol::OfMax(r) => (gd - wd).abs() <= r * max,
            };
        assert!(ok, "{what}[{i}]: GPU {g} vs CPU {w} ({tol:?})");
    }
}

/// Runs `case` with the table's launches and with a forced tiny grid (grid-stride loops), and
/// compares each against the CPU op.
fn check(case: Case) {
    for forced in [None, Some((3, 32))] {
        let (g, table, mut dev) = device(&case);
        assert!(!table.is_empty(), "{}: no kernel", case.op);
        let generated = |k: &KernelInfo| matches!(k.kind, KernelKind::Op(_) | KernelKind::Elementwise(_));
        assert!(table.iter().all(generated), "{}: {table:?}", case.op);
        for k in &table {
            dev.launch(k, forced);
        }
        let want = run_cpu(&case, &g, &dev.shapes);
        compare(&dev.bufs["y"], &want, case.tol, &format!("{} {:?} launch {forced:?}", case.op, case.attrs));
    }
}

fn ints(v: &[i64]) -> Attr {
    Attr::Ints(v.to_vec())
}

fn s(v: &str) -> Attr {
    Attr::Str(v.into())
}

#[test]
fn broadcast_add_and_mul_follow_numpy_rules() {
    check(Case::new("Add", vec![], &[&[2, 3, 1, 5], &[3, 7, 1]]));
    check(Case::new("Mul", vec![], &[&[1, 3, 1, 1], &[2, 3, 7, 5]]));
    check(Case::new("Add", vec![], &[&[1], &[1, 3, 7, 5]]));
}

#[test]
fn layout_copies_match_the_cpu() {
    check(Case::new("Flatten", vec![("axis", Attr::Int(1))], &[&[1, 3, 7, 5]]));
    check(Case::new("Identity", vec![], &[&[2, 3, 5]]));
    check(Case::new("Concat", vec![("axis", Attr::Int(1))], &[&[2, 3, 7, 5], &[2, 1, 7, 5], &[2, 2, 7, 5]]));
    check(Case::new("Concat", vec![("axis", Attr::Int(-1))], &[&[1, 3, 7, 2], &[1, 3, 7, 5]]));
    for index in 0..3 {
        let attrs = vec![("axis", Attr::Int(1)), ("index", Attr::Int(index))];
        check(Case::new("ConcatGrad", attrs, &[&[2, 6, 7, 5], &[2, 3, 7, 5], &[2, 1, 7, 5], &[2, 2, 7, 5]]));
    }
    check(Case::new("ReshapeLike", vec![], &[&[1, 105], &[1, 3, 7, 5]]));
}

#[test]
fn activation_gradients_match_the_cpu() {
    let shape: &[&[usize]] = &[&[2, 3, 7, 5], &[2, 3, 7, 5]];
    check(Case::new("ReluGrad", vec![], shape));
    check(Case::new("SigmoidGrad", vec![], shape));
    check(Case::new("ClipGrad", vec![("clip_min", Attr::Float(-0.5)), ("clip_max", Attr::Float(1.0))], shape));
    check(Case::new("ClipGrad", vec![("clip_min", Attr::Float(0.0))], shape));
}

#[test]
fn reductions_match_the_cpu_bit_for_bit() {
    for like in [&[3usize, 1, 5][..], &[1], &[2, 3, 7, 5], &[2, 1, 7, 1]] {
        check(Case::new("ReduceToShape", vec![("alpha", Attr::Float(0.5))], &[&[2, 3, 7, 5], like]));
    }
    check(Case::new("ChannelSum", vec![], &[&[2, 3, 7, 5]]));
    check(Case::new("ChannelSum", vec![], &[&[1, 3]]));
    check(Case::new("GlobalAveragePool", vec![], &[&[1, 3, 7, 5]]));
    check(Case::new("GlobalAveragePoolGrad", vec![], &[&[2, 3, 1, 1], &[2, 3, 7, 5]]));
    let var: Vec<f32> = values(3, 9).iter().map(|v| v.abs() + 0.25).collect();
    for wrt in ["X", "scale", "B"] {
        let shapes: &[&[usize]] = &[&[2, 3, 7, 5], &[2, 3, 7, 5], &[3], &[3], &[3], &[3]];
        let attrs = vec![("epsilon", Attr::Float(1e-3)), ("wrt", s(wrt))];
        check(Case::new("BatchNormEvalGrad", attrs, shapes).with_data(5, var.clone()));
    }
}

#[test]
fn log_softmax_and_its_gradient_match_the_cpu() {
    for axis in [1, -1, 0] {
        let attrs = vec![("axis", Attr::Int(axis))];
        check(Case::new("LogSoftmax", attrs.clone(), &[&[2, 3, 7, 5]]).tol(Tol::OfMax(2e-6)));
        check(Case::new("LogSoftmaxGrad", attrs, &[&[2, 3, 7, 5], &[2, 3, 7, 5]]).tol(Tol::OfMax(1e-6)));
    }
}

/// Labels of 7 rows of 3 classes: every class, and the ignored label -1 twice.
const LABELS: [f32; 7] = [2.0, -1.0, 0.0, 1.0, 2.0, 0.0, -1.0];

/// A class-label loss (`SoftmaxCrossEntropyLoss` or `NegativeLogLikelihoodLoss`) and its gradient
/// over `[7, 3]` scores under `reduction`, with class weights and ignored rows or with neither.
fn loss_cases(op: &str, reduction: &str, weighted: bool) -> [Case; 2] {
    let mut attrs = vec![("reduction", s(reduction))];
    let labels: Vec<f32> = if weighted {
        attrs.push(("ignore_index", Attr::Int(-1)));
        LABELS.to_vec()
    } else {
        LABELS.iter().map(|&l| if l < 0.0 { 1.0 } else { l }).collect()
    };
    let loss: &[usize] = if reduction == "none" { &[7] } else { &[] };
    let tol = if op.starts_with("Softmax") { Tol::Relative(1e-6) } else { Tol::Exact };
    let mut forward = Case::new(op, attrs.clone(), &[&[7, 3], &[7]]).with_labels(1, &labels).tol(tol);
    let mut grad = Case::new(&format!("{op}Grad"), attrs, &[loss, &[7, 3], &[7]]).with_labels(2, &labels).tol(tol);
    if weighted {
        let weights = [0.5, 2.0, 1.5];
        forward = forward.with_const(2, &[3], &weights);
        grad = grad.with_const(3, &[3], &weights);
    }
    [forward, grad]
}

/// A `mean` loss gradient sums the labels' kept weight once, by one thread (LossKeptWeight), into a
/// scratch the gradient kernel reads (it used to sum it again in every thread: quadratic in the
/// labels); `sum` and `none` run the gradient kernel alone.
#[test]
fn a_mean_loss_gradient_sums_the_kept_weight_once() {
    for (reduction, want) in [
        ("mean", vec!["syncbn_loss_kept_weight", "syncbn_cross_entropy_loss_grad"]),
        ("sum", vec!["syncbn_cross_entropy_loss_grad"]),
    ] {
        let [_, grad] = loss_cases("SoftmaxCrossEntropyLoss", reduction, true);
        let (_, kernels, _) = device(&grad);
        assert_eq!(kernels.iter().map(|k| k.kernel.as_str()).collect::<Vec<_>>(), want, "{reduction}");
        let total = |k: &KernelInfo| k.params.iter().find(|p| p.name == "total").map(|p| p.source.clone());
        let sources: Vec<_> = kernels.iter().map(total).collect();
        assert!(sources.iter().all(|s| matches!(s, Some(ParamSource::Scratch { name }) if name == "node.total")));
    }
}

/// Both losses and their gradients, the three reductions, with class weights and ignored rows (a
/// `mean` over the kept weight) and without, against the CPU op.
#[test]
fn class_losses_and_their_gradients_match_the_cpu() {
    for op in ["SoftmaxCrossEntropyLoss", "NegativeLogLikelihoodLoss"] {
        for reduction in ["none", "sum", "mean"] {
            for weighted in [false, true] {
                loss_cases(op, reduction, weighted).into_iter().for_each(check);
            }
        }
    }
}

/// The per-pixel losses of segmentation: scores `shape` `[N, C, d1..dk]`, labels `[N, d1..dk]`
/// with every fifth one the ignored label 255 (all of them with `all_ignored`), class weights,
/// under `reduction`: the loss and its gradient.
fn pixel_loss_cases(op: &str, reduction: &str, shape: &[usize], all_ignored: bool) -> [Case; 2] {
    let attrs = vec![("reduction", s(reduction)), ("ignore_index", Attr::Int(255))];
    let label_shape: Vec<usize> = shape.iter().enumerate().filter(|(a, _)| *a != 1).map(|(_, &d)| d).collect();
    let classes = shape[1];
    let labels: Vec<f32> = (0..label_shape.iter().product::<usize>())
        .map(|i| if all_ignored || i % 5 == 3 { 255.0 } else { ((i * 7) % classes) as f32 })
        .collect();
    let loss: &[usize] = if reduction == "none" { &label_shape } else { &[] };
    let tol = if op.starts_with("Softmax") { Tol::Relative(1e-6) } else { Tol::Exact };
    let weights: Vec<f64> = (0..classes).map(|k| 0.5 + k as f64 * 0.75).collect();
    let forward = Case::new(op, attrs.clone(), &[shape, &label_shape]).with_labels(1, &labels);
    let grad = Case::new(&format!("{op}Grad"), attrs, &[loss, shape, &label_shape]).with_labels(2, &labels);
    [
        forward.with_const(2, &[classes as u64], &weights).tol(tol),
        grad.with_const(3, &[classes as u64], &weights).tol(tol),
    ]
}

/// Both losses and their gradients per pixel (3 classes over 7x5 planes, N = 2 and 1, one extra
/// axis and three, and 374 labels, more than the 256 partials a sum is split into), every
/// reduction, against the CPU op; and a shard whose pixels are all ignored (sum 0, no gradient).
#[test]
fn per_pixel_losses_and_their_gradients_match_the_cpu() {
    for op in ["SoftmaxCrossEntropyLoss", "NegativeLogLikelihoodLoss"] {
        for reduction in ["none", "sum", "mean"] {
            for shape in [&[2usize, 3, 7, 5][..], &[1, 3, 7, 5], &[3, 4, 5], &[1, 3, 2, 3, 2], &[2, 3, 17, 11]] {
                pixel_loss_cases(op, reduction, shape, false).into_iter().for_each(check);
            }
        }
        pixel_loss_cases(op, "sum", &[1, 3, 7, 5], true).into_iter().for_each(check);
    }
}

#[test]
fn layer_norm_and_its_gradients_match_the_cpu() {
    let x: &[usize] = &[2, 3, 7, 5];
    for (axis, normalized) in [(-1i64, &[5usize][..]), (1, &[3, 7, 5][..]), (3, &[5][..])] {
        let attrs = vec![("axis", Attr::Int(axis)), ("epsilon", Attr::Float(1e-3))];
        check(Case::new("LayerNormalization", attrs.clone(), &[x, normalized, normalized]));
        check(Case::new("LayerNormalization", attrs.clone(), &[x, normalized]));
        check(Case::new("LayerNormGrad", attrs.clone(), &[x, x, normalized]));
        check(Case::new("LayerNormScaleGrad", attrs, &[x, x]));
    }
}

#[test]
fn softmax_and_its_gradient_match_the_cpu() {
    for axis in [1, -1, 0] {
        let attrs = vec![("axis", Attr::Int(axis))];
        check(Case::new("Softmax", attrs.clone(), &[&[2, 3, 7, 5]]).tol(Tol::Relative(2e-6)));
        check(Case::new("SoftmaxGrad", attrs, &[&[2, 3, 7, 5], &[2, 3, 7, 5]]));
    }
}

/// The activations of `syncbn_ir::activation` with parameters other than their defaults where they
/// have any (Gelu both ways); each with the `f64` formulas of the kernel against the CPU op's libm.
fn activation_cases() -> Vec<(&'static str, Attrs)> {
    vec![
        ("HardSwish", vec![]),
        ("HardSigmoid", vec![("alpha", Attr::Float(0.3)), ("beta", Attr::Float(0.4))]),
        ("HardSigmoid", vec![]),
        ("LeakyRelu", vec![("alpha", Attr::Float(0.2))]),
        ("Elu", vec![("alpha", Attr::Float(0.7))]),
        ("Selu", vec![]),
        ("Gelu", vec![]),
        ("Gelu", vec![("approximate", s("tanh"))]),
        ("Tanh", vec![]),
        ("Neg", vec![]),
        ("Erf", vec![]),
        ("Sqrt", vec![]),
    ]
}

/// Values in [-4, 4) with the kinks of the activations (0, +-3), tiny magnitudes and NaN.
fn activation_inputs(n: usize) -> Vec<f32> {
    let special = [0.0, -0.0, 3.0, -3.0, 1e-8, -1e-8, 3.5, -3.5, f32::NAN];
    (values(n, 4).iter().enumerate())
        .map(|(i, &v)| if i % 11 == 5 { special[(i / 11) % special.len()] } else { v * 2.0 })
        .collect()
}

/// Each within `TRANSCENDENTAL` of the CPU's libm in f64 before rounding to f32: at most one f32
/// rounding apart, hence 2^-23 of the value.
const TRANSCENDENTAL: Tol = Tol::Relative(1.2e-7);

#[test]
fn activations_and_their_gradients_match_the_cpu() {
    let x: &[usize] = &[1, 3, 7, 5];
    for (op, attrs) in activation_cases() {
        let data = activation_inputs(105);
        check(Case::new(op, attrs.clone(), &[x]).with_data(0, data.clone()).tol(TRANSCENDENTAL));
        let mut grad = attrs.clone();
        grad.push(("op", s(op)));
        check(Case::new("ActivationGrad", grad, &[x, x]).with_data(1, data).tol(TRANSCENDENTAL));
    }
    for exponent in [2.0, 3.0, 0.5, -1.0, 0.0, 1.5] {
        let data = activation_inputs(105);
        check(
            Case::new("Pow", vec![], &[x])
                .with_data(0, data.clone())
                .with_const(1, &[1], &[exponent])
                .tol(TRANSCENDENTAL),
        );
        let attrs = vec![("op", s("Pow")), ("exponent", Attr::Float(exponent))];
        check(Case::new("ActivationGrad", attrs, &[x, x]).with_data(1, data).tol(TRANSCENDENTAL));
    }
}

#[test]
fn sub_and_div_broadcast_like_the_cpu() {
    check(Case::new("Sub", vec![], &[&[2, 3, 1, 5], &[3, 7, 1]]));
    check(Case::new("Div", vec![], &[&[1, 3, 7, 5], &[3, 1, 1]]));
    check(Case::new("Div", vec![], &[&[1, 3, 7, 5], &[1, 3, 7, 5]]));
}

#[test]
fn dropout_keeps_the_cpu_mask() {
    for (ratio, seed) in [(0.3, 12_345_678_901i64), (0.5, -7), (0.9, 0)] {
        let attrs = vec![("ratio", Attr::Float(ratio)), ("training_mode", Attr::Int(1)), ("seed", Attr::Int(seed))];
        check(Case::new("Dropout", attrs.clone(), &[&[2, 3, 7, 5]]));
        check(Case::new("Dropout", attrs, &[&[1, 3]]));
    }
    check(Case::new("Dropout", vec![("ratio", Attr::Float(0.5))], &[&[1, 3, 7, 5]]));
}

/// Slice attribute sets over `[2, 3, 7, 5]`: strided, backwards, clamped, one axis.
fn slice_cases() -> Vec<Attrs> {
    vec![
        vec![("starts", ints(&[1, -1])), ("ends", ints(&[6, -6])), ("axes", ints(&[2, 3])), ("steps", ints(&[2, -1]))],
        vec![("starts", ints(&[0, 1])), ("ends", ints(&[1, 100])), ("axes", ints(&[0, 1]))],
        vec![("starts", ints(&[6])), ("ends", ints(&[-100])), ("axes", ints(&[-2])), ("steps", ints(&[-3]))],
    ]
}

#[test]
fn transpose_slice_and_pad_with_their_gradients_match_the_cpu() {
    let x: &[usize] = &[2, 3, 7, 5];
    for perm in [&[0, 2, 3, 1][..], &[3, 1, 0, 2]] {
        check(Case::new("Transpose", vec![("perm", ints(perm))], &[x]));
    }
    check(Case::new("Transpose", vec![], &[&[3, 7, 5]]));
    for attrs in slice_cases() {
        let y = shapes(&Case::new("Slice", attrs.clone(), &[x]).graph())["y"].clone();
        check(Case::new("Slice", attrs.clone(), &[x]));
        check(Case::new("SliceGrad", attrs, &[&y, x]));
    }
    let one: &[usize] = &[1, 3, 7, 5];
    // One-sided pads, and every axis but the batch padded on both sides as far as reflect allows.
    let pad_sets = [(x, ints(&[0, 1, 2, 0, 0, 0, 1, 3])), (one, ints(&[0, 2, 6, 4, 0, 1, 3, 4]))];
    for (x, pads) in pad_sets {
        for mode in ["constant", "reflect", "edge"] {
            let attrs = vec![("pads", pads.clone()), ("mode", s(mode)), ("value", Attr::Float(1.5))];
            let y = shapes(&Case::new("Pad", attrs.clone(), &[x]).graph())["y"].clone();
            check(Case::new("Pad", attrs.clone(), &[x]));
            check(Case::new("PadGrad", attrs, &[&y, x]));
        }
    }
    let edge = vec![("pads", ints(&[2, 0, 1, 3])), ("mode", s("edge"))];
    check(Case::new("PadGrad", edge, &[&[5, 4], &[2, 1]]));
    // Rank 5: the unpadded leading axes run as one outer index; padding before the last four is refused.
    let reflect = vec![("pads", ints(&[0, 0, 1, 2, 0, 0, 0, 1, 3, 4])), ("mode", s("reflect"))];
    check(Case::new("PadGrad", reflect, &[&[2, 3, 4, 12, 9], &[2, 3, 2, 7, 5]]));
    let first = vec![("pads", ints(&[1, 0, 0, 0, 0, 0, 0, 0, 0, 0])), ("mode", s("edge"))];
    let graph = Case::new("PadGrad", first, &[&[3, 3, 2, 7, 5], &[2, 3, 2, 7, 5]]).graph();
    let err = compile_graph(&graph, Target::Sm(80)).expect_err("a padded axis 0 of rank 5 has no GPU PadGrad");
    assert!(err.to_string().contains("pads only the last 4 axes"), "{err}");
}

#[test]
fn reductions_over_axes_and_their_gradients_match_the_cpu() {
    let x: &[usize] = &[2, 3, 7, 5];
    for (axes, keep) in [(&[1, 3][..], 0), (&[1, 3], 1), (&[], 1), (&[-1], 0), (&[0], 1)] {
        for op in ["ReduceSum", "ReduceMean"] {
            let mut attrs = vec![("keepdims", Attr::Int(keep))];
            if !axes.is_empty() {
                attrs.push(("axes", ints(axes)));
            }
            let y = shapes(&Case::new(op, attrs.clone(), &[x]).graph())["y"].clone();
            check(Case::new(op, attrs.clone(), &[x]));
            check(Case::new(&format!("{op}Grad"), attrs, &[&y, x]));
        }
    }
}

/// The pool attribute sets: 2-D with stride, padding, dilation and ceil_mode, 1-D, 3-D.
fn pool_cases() -> Vec<(Attrs, Vec<usize>)> {
    vec![
        (
            vec![
                ("kernel_shape", ints(&[3, 2])),
                ("strides", ints(&[2, 1])),
                ("pads", ints(&[1, 0, 1, 1])),
                ("dilations", ints(&[1, 2])),
                ("ceil_mode", Attr::Int(1)),
            ],
            vec![1, 3, 7, 5],
        ),
        (
            vec![("kernel_shape", ints(&[3, 3])), ("strides", ints(&[2, 2])), ("pads", ints(&[1, 1, 1, 1]))],
            vec![2, 3, 7, 5],
        ),
        (vec![("kernel_shape", ints(&[3])), ("strides", ints(&[2])), ("ceil_mode", Attr::Int(1))], vec![2, 3, 9]),
        (vec![("kernel_shape", ints(&[2, 2, 2])), ("pads", ints(&[0, 1, 0, 1, 0, 1]))], vec![1, 2, 5, 4, 3]),
        (
            vec![("kernel_shape", ints(&[3, 2])), ("strides", ints(&[2, 2])), ("auto_pad", s("SAME_UPPER"))],
            vec![2, 3, 7, 5],
        ),
    ]
}

/// Output shape of a pool case (through the IR's shape inference).
fn pool_out(attrs: &[(&'static str, Attr)], x: &[usize]) -> Vec<usize> {
    let g = Case::new("MaxPool", attrs.to_vec(), &[x]).graph();
    shapes(&g)["y"].clone()
}

#[test]
fn pools_and_their_gradients_match_the_cpu_bit_for_bit() {
    for (attrs, x) in pool_cases() {
        let ties: Vec<f32> = values(x.iter().product(), 5).iter().map(|v| v.round()).collect();
        let nans: Vec<f32> = values(x.iter().product(), 6)
            .iter()
            .enumerate()
            .map(|(i, &v)| if i % 7 == 3 { f32::NAN } else { v })
            .collect();
        check(Case::new("MaxPool", attrs.clone(), &[&x]).with_data(0, nans.clone()));
        check(Case::new("MaxPool", attrs.clone(), &[&x]));
        check(Case::new("MaxPool", attrs.clone(), &[&x]).with_data(0, ties.clone()));
        let y = pool_out(&attrs, &x);
        check(Case::new("MaxPoolGrad", attrs.clone(), &[&y, &x]).with_data(1, ties));
        check(Case::new("MaxPoolGrad", attrs.clone(), &[&y, &x]).with_data(1, nans));
        check(Case::new("MaxPoolGrad", attrs.clone(), &[&y, &x]));
        if attrs.iter().any(|(k, _)| *k == "dilations") {
            continue;
        }
        for pad in [0, 1] {
            let mut a = attrs.clone();
            a.push(("count_include_pad", Attr::Int(pad)));
            check(Case::new("AveragePool", a.clone(), &[&x]));
            check(Case::new("AveragePoolGrad", a, &[&y, &x]));
        }
    }
}

/// The Resize attribute sets: modes, coordinate transformations, nearest roundings.
fn resize_attrs() -> Vec<Vec<(&'static str, Attr)>> {
    let mut all = Vec::new();
    for coord in ["half_pixel", "pytorch_half_pixel", "align_corners", "asymmetric"] {
        all.push(vec![("mode", s("linear")), ("coordinate_transformation_mode", s(coord))]);
    }
    for nearest in ["round_prefer_floor", "round_prefer_ceil", "floor", "ceil"] {
        for coord in ["half_pixel", "asymmetric"] {
            all.push(vec![
                ("mode", s("nearest")),
                ("coordinate_transformation_mode", s(coord)),
                ("nearest_mode", s(nearest)),
            ]);
        }
    }
    all
}

#[test]
fn resize_and_its_gradient_match_the_cpu() {
    for attrs in resize_attrs() {
        for scales in [[1.0, 1.0, 2.0, 1.5], [1.0, 1.0, 0.5, 0.6], [1.0, 1.0, 3.0, 1.0]] {
            let x = [1usize, 3, 7, 5];
            let case = Case::new("Resize", attrs.clone(), &[&x]).with_const(1, &[], &[]).with_const(2, &[4], &scales);
            let y = shapes(&case.graph())["y"].clone();
            check(case);
            let grad = Case::new("ResizeGrad", attrs.clone(), &[&y, &x])
                .with_const(2, &[], &[])
                .with_const(3, &[4], &scales)
                .tol(Tol::OfMax(1e-5));
            check(grad);
        }
    }
}

/// Fake device addresses for the GEMM plans: buffer `i` of `names` starts at `(i + 1) << 36`.
fn address(names: &[String], name: &str) -> u64 {
    let i = names.iter().position(|n| n == name).unwrap_or_else(|| panic!("no buffer {name}"));
    (i as u64 + 1) << 36
}

/// The buffer and element offset of a fake address.
fn locate(names: &[String], ptr: u64) -> (String, usize) {
    (names[(ptr >> 36) as usize - 1].clone(), ((ptr & ((1 << 36) - 1)) / 4) as usize)
}

/// Runs one (batched) GEMM of a plan as cuBLAS defines it, in f64: `C = alpha * op(A) op(B) +
/// beta * C` per product, `C` not read when `beta = 0`.
fn run_gemm(dev: &mut Device, names: &[String], g: &Gemm) {
    let (a, a0) = locate(names, g.a.ptr);
    let (b, b0) = locate(names, g.b.ptr);
    let (c, c0) = locate(names, g.c);
    let (a, b) = (dev.bufs[&a].clone(), dev.bufs[&b].clone());
    let c = dev.bufs.get_mut(&c).expect("C buffer");
    for t in 0..g.batch.count {
        let (ao, bo, co) = (a0 + t * g.batch.a, b0 + t * g.batch.b, c0 + t * g.batch.c);
        for i in 0..g.m {
            for j in 0..g.n {
                let av = |q: usize| f64::from(if g.a.trans { a[ao + q * g.a.ld + i] } else { a[ao + i * g.a.ld + q] });
                let bv = |q: usize| f64::from(if g.b.trans { b[bo + j * g.b.ld + q] } else { b[bo + q * g.b.ld + j] });
                let sum: f64 = (0..g.k).map(|q| av(q) * bv(q)).sum();
                let at = co + i * g.ldc + j;
                let prev = if g.beta == 0.0 { 0.0 } else { f64::from(g.beta) * f64::from(c[at]) };
                c[at] = (f64::from(g.alpha) * sum + prev) as f32;
            }
        }
    }
}

/// Runs a cuBLAS node as the CUDA device does (its table kernels under the emulator, its GEMM
/// plan in f64 on the host, in the device's order) and compares with the CPU op; returns the
/// kinds of its table kernels.
fn check_blas(case: Case) -> Vec<KernelKind> {
    let (g, table, mut dev) = device(&case);
    let node = &g.nodes[0];
    let workspace = table.iter().flat_map(|k| &k.params).find(|p| matches!(p.source, ParamSource::Workspace { .. }));
    let workspace = workspace.map(|p| dev.buffer_name(&p.source));
    let out_len = dev.shapes["y"].iter().product();
    dev.bufs.entry("y".into()).or_insert_with(|| vec![f32::NAN; out_len]);
    let mut names: Vec<String> = dev.bufs.keys().cloned().collect();
    names.sort();
    let operand = |name: &String| (!name.is_empty()).then(|| (address(&names, name), dev.shapes[name].clone()));
    let plan = BlasNode {
        op: &node.op,
        attrs: &node.attrs,
        inputs: node.inputs.iter().map(operand).collect(),
        output: (address(&names, "y"), dev.shapes["y"].clone()),
        workspace: workspace.map(|w| address(&names, &w)),
    };
    let gemms = plan.gemms().unwrap_or_else(|e| panic!("{}: {e}", case.op));
    if !gemms_first(&node.op) {
        table.iter().for_each(|k| dev.launch(k, None));
    }
    gemms.iter().for_each(|gemm| run_gemm(&mut dev, &names, gemm));
    if gemms_first(&node.op) {
        table.iter().for_each(|k| dev.launch(k, None));
    }
    let want = run_cpu(&case, &g, &dev.shapes);
    compare(&dev.bufs["y"], &want, case.tol, &format!("{} {:?}", case.op, case.attrs));
    table.iter().map(|k| k.kind).collect()
}

fn conv_attrs() -> Vec<(Attrs, [usize; 4], [usize; 4])> {
    vec![
        (
            vec![
                ("group", Attr::Int(2)),
                ("pads", ints(&[1, 0, 1, 1])),
                ("strides", ints(&[2, 1])),
                ("dilations", ints(&[1, 2])),
            ],
            [2, 4, 7, 5],
            [6, 2, 3, 2],
        ),
        (vec![("group", Attr::Int(4)), ("pads", ints(&[1, 1, 1, 1]))], [1, 4, 7, 5], [4, 1, 3, 3]),
        (vec![("auto_pad", s("SAME_LOWER")), ("strides", ints(&[2, 2]))], [2, 3, 7, 5], [5, 3, 2, 3]),
        (vec![], [1, 3, 7, 5], [5, 3, 1, 1]),
    ]
}

#[test]
fn conv_runs_as_im2col_bias_and_gemms() {
    let (im2col, fill) = (KernelKind::Op(OpKernel::Im2col), KernelKind::Op(OpKernel::ChannelFill));
    for (attrs, x, w) in conv_attrs() {
        let biased = Case::new("Conv", attrs.clone(), &[&x, &w, &[w[0]]]).tol(Tol::OfMax(1e-5));
        assert_eq!(check_blas(biased), [im2col, fill]);
        assert_eq!(check_blas(Case::new("Conv", attrs, &[&x, &w]).tol(Tol::OfMax(1e-5))), [im2col]);
    }
}

#[test]
fn conv_gradients_run_as_gemms_and_col2im_or_im2col() {
    for (attrs, x, w) in conv_attrs() {
        let y = shapes(&Case::new("Conv", attrs.clone(), &[&x, &w]).graph())["y"].clone();
        let grad_input = Case::new("ConvGradInput", attrs.clone(), &[&y, &w, &x]).tol(Tol::OfMax(1e-5));
        assert_eq!(check_blas(grad_input), [KernelKind::Op(OpKernel::Col2im)]);
        let grad_weight = Case::new("ConvGradWeight", attrs, &[&y, &x, &w]).tol(Tol::OfMax(1e-5));
        assert_eq!(check_blas(grad_weight), [KernelKind::Op(OpKernel::Im2col)]);
    }
}

#[test]
fn conv_transpose_runs_as_gemms_col2im_and_bias() {
    let (col2im, add) = (KernelKind::Op(OpKernel::Col2im), KernelKind::Op(OpKernel::ChannelAdd));
    let cases: Vec<(Attrs, [usize; 4], [usize; 4])> = vec![
        (vec![("strides", ints(&[2, 2])), ("pads", ints(&[1, 0, 1, 1]))], [2, 3, 4, 3], [3, 2, 3, 3]),
        (
            vec![("group", Attr::Int(3)), ("output_padding", ints(&[1, 0])), ("strides", ints(&[2, 1]))],
            [1, 3, 7, 5],
            [3, 1, 2, 2],
        ),
        (vec![("dilations", ints(&[2, 1]))], [1, 4, 3, 2], [4, 3, 2, 2]),
    ];
    for (attrs, x, w) in cases {
        let out = w[1] * attrs.iter().find(|(k, _)| *k == "group").map_or(1, |(_, g)| g.as_i64().unwrap() as usize);
        let biased = Case::new("ConvTranspose", attrs.clone(), &[&x, &w, &[out]]).tol(Tol::OfMax(1e-5));
        assert_eq!(check_blas(biased), [col2im, add]);
        assert_eq!(check_blas(Case::new("ConvTranspose", attrs, &[&x, &w]).tol(Tol::OfMax(1e-5))), [col2im]);
    }
}

#[test]
fn gemm_and_its_gradients_run_as_planned_gemms() {
    let (m, k, n) = (3usize, 4usize, 5usize);
    for (ta, tb) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
        let attrs = vec![
            ("alpha", Attr::Float(0.5)),
            ("beta", Attr::Float(2.0)),
            ("transA", Attr::Int(ta)),
            ("transB", Attr::Int(tb)),
        ];
        let a: &[usize] = if ta == 1 { &[k, m] } else { &[m, k] };
        let b: &[usize] = if tb == 1 { &[n, k] } else { &[k, n] };
        let broadcast = [KernelKind::Op(OpKernel::BroadcastCopy)];
        for c in [&[n][..], &[m, 1], &[m, n]] {
            let case = Case::new("Gemm", attrs.clone(), &[a, b, c]).tol(Tol::OfMax(1e-5));
            assert_eq!(check_blas(case), broadcast);
        }
        assert!(check_blas(Case::new("Gemm", attrs.clone(), &[a, b]).tol(Tol::OfMax(1e-5))).is_empty());
        for op in ["GemmGradA", "GemmGradB"] {
            assert!(check_blas(Case::new(op, attrs.clone(), &[&[m, n], a, b]).tol(Tol::OfMax(1e-5))).is_empty());
        }
    }
}

#[test]
fn matmul_and_its_gradients_run_as_planned_gemms() {
    for (a, b, y) in [
        (&[2usize, 3, 4][..], &[4usize, 5][..], &[2usize, 3, 5][..]),
        (&[2, 3, 4], &[2, 4, 5], &[2, 3, 5]),
        (&[3, 4], &[4, 5], &[3, 5]),
    ] {
        assert!(check_blas(Case::new("MatMul", vec![], &[a, b]).tol(Tol::OfMax(1e-5))).is_empty());
        for op in ["MatMulGradA", "MatMulGradB"] {
            assert!(check_blas(Case::new(op, vec![], &[y, a, b]).tol(Tol::OfMax(1e-5))).is_empty());
        }
    }
    let broadcast = Case::new("MatMul", vec![], &[&[2, 1, 3, 4], &[1, 4, 5]]).graph();
    let err = compile_graph(&broadcast, Target::Sm(80)).expect_err("batch broadcasting has no GPU GEMM plan");
    assert!(err.to_string().contains("rank 2"), "{err}");
}

/// The fixed shapes of a lowered graph whose named dimensions are bound to `n`.
fn bound_shapes(graph: &mut Graph, n: u64) -> HashMap<String, Vec<usize>> {
    for input in &mut graph.inputs {
        for d in &mut input.shape {
            if d.fixed().is_none() {
                *d = Dim::Fixed(n);
            }
        }
    }
    shapes(graph)
}

#[test]
fn every_cpu_op_node_of_the_fixture_training_graphs_matches_its_cpu_op() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let mut checked = std::collections::BTreeSet::new();
    for fixture in ["ops_mini", "segnet_mini", "resnet_mini", "mobilenetv2_mini"] {
        for file in ["train.onnx", "eval.onnx"] {
            let path = root.join(fixture).join(file);
            let graph = syncbn_ir::load_model(&path, &syncbn_ir::Limits::default()).expect("fixture loads");
            let training = syncbn_passes::differentiate(&graph, &graph.outputs[..1]).expect("differentiates");
            let opts = syncbn_passes::LowerOptions::default();
            let mut lowered = syncbn_passes::lower(&training, &opts).expect("lowers").graph;
            let types = bound_shapes(&mut lowered, 3);
            for node in &lowered.nodes {
                let blas = syncbn_codegen::gpu_execution(&node.op) == syncbn_codegen::GpuExecution::Blas;
                if find(&node.op).is_none() || node.op == "Reshape" {
                    continue;
                }
                let tol = match node.op.as_str() {
                    "Softmax" | "Sigmoid" => Tol::Relative(2e-6),
                    "ResizeGrad" => Tol::OfMax(1e-5),
                    _ if blas => Tol::OfMax(1e-5),
                    _ => Tol::Exact,
                };
                let case = Case::of_node(&lowered, node, &types, tol)
                    .unwrap_or_else(|| panic!("{fixture}/{file}: node {} has non-f32 inputs", node.name));
                if blas {
                    check_blas(case);
                } else {
                    check(case);
                }
                checked.insert(node.op.clone());
            }
        }
    }
    let want = [
        "MaxPoolGrad",
        "AveragePoolGrad",
        "ResizeGrad",
        "ConcatGrad",
        "Softmax",
        "BatchNormEvalGrad",
        "Mul",
        "ConvGradInput",
        "ConvGradWeight",
        "GemmGradA",
        "MatMulGradB",
    ];
    for op in want {
        assert!(checked.contains(op), "no fixture node of {op} was checked: {checked:?}");
    }
}

#[test]
fn ptx_interpreter_executes_every_op_kernel_of_the_catalogue() {
    let x: &[usize] = &[1, 3, 7, 5];
    let pool = vec![("kernel_shape", ints(&[3, 2])), ("strides", ints(&[2, 1])), ("pads", ints(&[1, 0, 1, 1]))];
    let pooled = pool_out(&pool, x);
    check(Case::new("Add", vec![], &[&[1, 3, 1, 5], &[3, 7, 1]]));
    check(Case::new("Mul", vec![], &[&[1, 3, 1, 1], x]));
    check(Case::new("Flatten", vec![("axis", Attr::Int(1))], &[x]));
    check(Case::new("Concat", vec![("axis", Attr::Int(1))], &[x, &[1, 2, 7, 5]]));
    check(Case::new(
        "ConcatGrad",
        vec![("axis", Attr::Int(1)), ("index", Attr::Int(1))],
        &[&[1, 5, 7, 5], x, &[1, 2, 7, 5]],
    ));
    for op in ["ReluGrad", "SigmoidGrad", "SoftmaxGrad"] {
        check(Case::new(op, vec![], &[x, x]));
    }
    check(Case::new("ClipGrad", vec![("clip_min", Attr::Float(-0.5))], &[x, x]));
    check(Case::new("Softmax", vec![("axis", Attr::Int(1))], &[x]).tol(Tol::Relative(2e-6)));
    check(Case::new("LogSoftmax", vec![("axis", Attr::Int(1))], &[x]).tol(Tol::OfMax(2e-6)));
    check(Case::new("LogSoftmaxGrad", vec![("axis", Attr::Int(1))], &[x, x]).tol(Tol::OfMax(1e-6)));
    for op in ["SoftmaxCrossEntropyLoss", "NegativeLogLikelihoodLoss"] {
        for reduction in ["none", "mean"] {
            loss_cases(op, reduction, true).into_iter().for_each(check);
        }
    }
    check(Case::new("ReduceToShape", vec![("alpha", Attr::Float(0.5))], &[x, &[3, 1, 5]]));
    check(Case::new("ChannelSum", vec![], &[x]));
    check(Case::new("LayerNormalization", vec![], &[x, &[5], &[5]]));
    check(Case::new("LayerNormGrad", vec![("axis", Attr::Int(1))], &[x, x, &[3, 7, 5]]));
    check(Case::new("LayerNormScaleGrad", vec![("axis", Attr::Int(2))], &[x, x]));
    check(Case::new("GlobalAveragePool", vec![], &[x]));
    check(Case::new("GlobalAveragePoolGrad", vec![], &[&[1, 3, 1, 1], x]));
    let var: Vec<f32> = values(3, 9).iter().map(|v| v.abs() + 0.25).collect();
    for wrt in ["X", "scale"] {
        let attrs = vec![("epsilon", Attr::Float(1e-3)), ("wrt", s(wrt))];
        check(Case::new("BatchNormEvalGrad", attrs, &[x, x, &[3], &[3], &[3], &[3]]).with_data(5, var.clone()));
    }
    for op in ["MaxPool", "AveragePool"] {
        check(Case::new(op, pool.clone(), &[x]));
        check(Case::new(&format!("{op}Grad"), pool.clone(), &[&pooled, x]));
    }
    let scales = [1.0, 1.0, 2.0, 1.5];
    let attrs = vec![("mode", s("linear"))];
    let resize = Case::new("Resize", attrs.clone(), &[x]).with_const(1, &[], &[]).with_const(2, &[4], &scales);
    let y = shapes(&resize.graph())["y"].clone();
    check(resize);
    check(
        Case::new("ResizeGrad", attrs, &[&y, x])
            .with_const(2, &[], &[])
            .with_const(3, &[4], &scales)
            .tol(Tol::OfMax(1e-5)),
    );
    for (op, attrs) in activation_cases() {
        check(Case::new(op, attrs.clone(), &[x]).tol(TRANSCENDENTAL));
        let mut grad = attrs;
        grad.push(("op", s(op)));
        check(Case::new("ActivationGrad", grad, &[x, x]).tol(TRANSCENDENTAL));
    }
    check(Case::new("Pow", vec![], &[x]).with_const(1, &[1], &[3.0]).tol(TRANSCENDENTAL));
    let pow = vec![("op", s("Pow")), ("exponent", Attr::Float(3.0))];
    check(Case::new("ActivationGrad", pow, &[x, x]).tol(TRANSCENDENTAL));
    check(Case::new("Sub", vec![], &[x, &[3, 1, 1]]));
    check(Case::new("Div", vec![], &[x, &[5]]));
    let dropout = vec![("ratio", Attr::Float(0.3)), ("training_mode", Attr::Int(1)), ("seed", Attr::Int(5))];
    check(Case::new("Dropout", dropout, &[x]));
    check(Case::new("Transpose", vec![("perm", ints(&[0, 2, 3, 1]))], &[x]));
    let reflect = vec![("pads", ints(&[0, 1, 2, 1, 0, 2, 3, 4])), ("mode", s("reflect"))];
    check(Case::new("PadGrad", reflect, &[&[1, 6, 12, 10], x]));
    let mean = vec![("axes", ints(&[1])), ("keepdims", Attr::Int(0))];
    check(Case::new("ReduceMean", mean.clone(), &[x]));
    check(Case::new("ReduceMeanGrad", mean, &[&[1, 7, 5], x]));
    let (w, conv_y) = ([4usize, 3, 3, 2], [1usize, 4, 5, 4]);
    check_blas(Case::new("Conv", vec![], &[x, &w, &[4]]).tol(Tol::OfMax(1e-5)));
    check_blas(Case::new("ConvGradInput", vec![], &[&conv_y, &w, x]).tol(Tol::OfMax(1e-5)));
    check_blas(Case::new("ConvTranspose", vec![], &[&conv_y, &w, &[3]]).tol(Tol::OfMax(1e-5)));
    check_blas(Case::new("Gemm", vec![], &[&[3, 4], &[4, 5], &[5]]).tol(Tol::OfMax(1e-5)));
    let all: Vec<KernelKind> = OpKernel::all().into_iter().map(KernelKind::Op).collect();
    let ran = RAN_UNDER_PTX.with(|r| r.borrow().clone());
    let executed = all.iter().filter(|k| ran.contains(k)).count();
    println!("kernels in catalogue (op kernels): {}, executed under the PTX interpreter: {executed}", all.len());
    let missing: Vec<_> = all.iter().filter(|k| !ran.contains(k)).collect();
    assert!(missing.is_empty(), "not executed under the PTX interpreter: {missing:?}");
}
