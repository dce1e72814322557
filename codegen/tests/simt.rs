//! The GPU kernels (the same IR that goes to NVPTX, with the intrinsics lowered to the SIMT emulator)
//! against the float64 reference on odd shapes and odd launches: the rule's launch, a grid smaller
//! than the channel count, more blocks per channel than channels, tiny blocks. The `ptx_` tests run
//! the emitted PTX itself under the PTX interpreter against the same references, and count the
//! BatchNorm-family and element-wise kernels of the catalogue it executed (the op kernels are
//! counted in `runtime/tests/gpu_op_kernels.rs`).

mod common;

use std::sync::OnceLock;

use common::host as call;
use common::{check_affine, check_bn_backward, check_elementwise, check_grad_empty_group, check_syncbn, Backend, Case};
use syncbn_codegen::{
    CodegenError, Elementwise, GradMask, HostArg, KernelKind, PtxKernels, SgdMomentum, SimArg, SimKernels,
};
use syncbn_ir::lowered::Activation;

fn kernels() -> &'static SimKernels {
    static K: OnceLock<SimKernels> = OnceLock::new();
    K.get_or_init(|| SimKernels::compile().expect("emulated GPU kernels compile"))
}

/// The emitted PTX under the PTX interpreter (`COVERAGE` counts the coverage test's own launches).
fn ptx_kernels() -> &'static PtxKernels {
    static K: OnceLock<PtxKernels> = OnceLock::new();
    K.get_or_init(|| PtxKernels::compile().expect("PTX parses"))
}

/// What executes a launch.
#[derive(Clone, Copy)]
enum Engine {
    /// The kernel builders JIT-compiled for the host against the SIMT emulator.
    Simt,
    /// The PTX under the interpreter.
    Ptx(&'static PtxKernels),
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Engine::Simt => "simt",
            Engine::Ptx(_) => "ptx",
        })
    }
}

/// A launch configuration: the kernel table's rules, or forced grid / parts / block, and the engine.
#[derive(Clone, Copy, Debug)]
struct Sim {
    block: u32,
    grid: Option<u32>,
    parts: Option<u64>,
    engine: Engine,
}

const RULES: Sim = Sim { block: 256, grid: None, parts: None, engine: Engine::Simt };

/// The rules' launches under the PTX interpreter.
fn ptx() -> Sim {
    Sim { engine: Engine::Ptx(ptx_kernels()), ..RULES }
}

impl Sim {
    fn launch(&self, kind: KernelKind, n: usize, c: usize, s: usize, args: &mut [SimArg]) {
        let mut l = kind.launch_rule().resolve(n as u64, c as u64, s as u64);
        l.block = self.block;
        if let Some(g) = self.grid {
            l.grid = g;
        }
        let result = match self.engine {
            // SAFETY: every buffer below is sized for the dimensions passed with it.
            Engine::Simt => unsafe { kernels().launch(kind, l.grid, l.block, args) },
            Engine::Ptx(k) => k.launch(kind, l.grid, l.block, args),
        };
        result.unwrap_or_else(|e| panic!("{kind:?} {self:?}: {e}"));
    }

    fn mask_args(act: Activation) -> (GradMask, Vec<SimArg<'static>>) {
        match act {
            Activation::None => (GradMask::None, vec![]),
            Activation::Relu => (GradMask::Relu, vec![]),
            Activation::Clip { min, max } => (GradMask::Clip, vec![SimArg::Float(min), SimArg::Float(max)]),
        }
    }
}

fn dims(n: usize, c: usize, s: usize) -> [SimArg<'static>; 3] {
    [SimArg::I64(n as i64), SimArg::I64(c as i64), SimArg::I64(s as i64)]
}

impl call::Runner for Sim {
    fn run(&self, kind: KernelKind, d: [i64; 3], args: &mut [HostArg<'_>]) -> Result<(), CodegenError> {
        let mut args: Vec<SimArg> = args.iter_mut().map(sim_arg).collect();
        self.launch(kind, d[0] as usize, d[1] as usize, d[2] as usize, &mut args);
        Ok(())
    }
}

/// The emulator's form of a host argument.
fn sim_arg<'a>(arg: &'a mut HostArg<'_>) -> SimArg<'a> {
    match arg {
        HostArg::In32(v) => SimArg::F32(v),
        HostArg::In64(v) => SimArg::F64(v),
        HostArg::Out32(v) => SimArg::F32Mut(v),
        HostArg::Out64(v) => SimArg::F64Mut(v),
        HostArg::Int(i) => SimArg::I64(*i),
        HostArg::Float(f) => SimArg::Float(*f),
        HostArg::Double(d) => SimArg::Double(*d),
    }
}

/// The host calls of [`Backend`], except that moments and gradient sums are partial and combine
/// kernels on a GPU, with the configuration's parts and grid.
impl Backend for Sim {
    fn moments(&self, x: &[f32], n: usize, c: usize, s: usize) -> Vec<f64> {
        let rule = KernelKind::MomentsPartial.launch_rule().resolve(n as u64, c as u64, s as u64);
        let parts = self.parts.unwrap_or(rule.parts);
        let mut partial = vec![f64::NAN; c * parts as usize * 2];
        let mut out = vec![f64::NAN; 3 * c];
        let mut args = vec![SimArg::F32(x)];
        args.extend(dims(n, c, s));
        args.extend([SimArg::I64(parts as i64), SimArg::F64Mut(&mut partial)]);
        let grid = self.grid.unwrap_or((c as u64 * parts).min(65_535) as u32);
        Sim { grid: Some(grid), ..*self }.launch(KernelKind::MomentsPartial, n, c, s, &mut args);
        let mut args = vec![SimArg::F32(x), SimArg::F64(&partial)];
        args.extend(dims(n, c, s));
        args.extend([SimArg::I64(parts as i64), SimArg::F64Mut(&mut out)]);
        self.launch(KernelKind::MomentsCombine, n, c, s, &mut args);
        out
    }

    fn grad_reduce(
        &self,
        dy: &[f32],
        x: &[f32],
        p: &[f32],
        y: Option<&[f32]>,
        act: Activation,
        n: usize,
        c: usize,
        s: usize,
    ) -> Vec<f64> {
        let (mask, bounds) = Sim::mask_args(act);
        let kind = KernelKind::BnGradPartial { mask };
        let rule = kind.launch_rule().resolve(n as u64, c as u64, s as u64);
        let parts = self.parts.unwrap_or(rule.parts);
        let mut partial = vec![f64::NAN; c * parts as usize * 2];
        let mut out = vec![f64::NAN; 3 * c];
        let mut args = vec![SimArg::F32(dy), SimArg::F32(x), SimArg::F32(p)];
        args.extend(y.map(SimArg::F32));
        args.extend(dims(n, c, s));
        args.extend(bounds);
        args.extend([SimArg::I64(parts as i64), SimArg::F64Mut(&mut partial)]);
        let grid = self.grid.unwrap_or((c as u64 * parts).min(65_535) as u32);
        Sim { grid: Some(grid), ..*self }.launch(kind, n, c, s, &mut args);
        let mut args = vec![SimArg::F64(&partial)];
        args.extend(dims(n, c, s));
        args.extend([SimArg::I64(parts as i64), SimArg::F64Mut(&mut out)]);
        self.launch(KernelKind::BnGradCombine, n, c, s, &mut args);
        out
    }
}

fn case(name: &'static str, shards: &[usize], c: usize, s: usize, mean_over_std: f64) -> Case {
    Case { name, shards: shards.to_vec(), c, s, mean_over_std }
}

#[test]
fn simt_syncbn_c3_7x5_uneven_empty_shards_with_rule_launch() {
    check_syncbn(&RULES, &case("c3_7x5_uneven_empty", &[2, 0, 1], 3, 35, 0.5));
    check_syncbn(&RULES, &case("n1", &[1], 5, 35, 0.5));
}

#[test]
fn simt_syncbn_hard_mean_scalar_and_vector_paths() {
    let small = Sim { block: 64, ..RULES };
    check_syncbn(&small, &case("hard_mean_1e4_s35", &[2, 1], 3, 35, 1e4));
    check_syncbn(&small, &case("hard_mean_1e4_s64_vec4", &[2], 4, 64, 1e4));
}

#[test]
fn simt_hard_mean_over_many_elements_and_parts() {
    let sim = Sim { block: 64, ..RULES };
    check_syncbn(&sim, &case("hard_mean_1e4_60k_per_channel", &[2, 1], 2, 20_000, 1e4));
}

#[test]
fn simt_channels_larger_than_grid() {
    // 2 blocks of 32 threads: 100 channels exceed both the blocks (moments) and the threads (finalize).
    let sim = Sim { block: 32, grid: Some(2), parts: Some(1), ..RULES };
    check_syncbn(&sim, &case("c_larger_than_grid", &[2], 100, 7, 0.5));
    check_affine(&sim, &case("affine_c_larger_than_grid", &[3], 100, 8, 0.5));
}

#[test]
fn simt_more_blocks_per_channel_than_channels() {
    let sim = Sim { block: 64, grid: None, parts: Some(7), ..RULES };
    check_syncbn(&sim, &case("parts_7_c2", &[3], 2, 300, 0.5));
    check_syncbn(&sim, &case("parts_7_c2_vec4", &[2], 2, 512, 1e4));
}

#[test]
fn simt_bn_backward_odd_shapes_uneven_empty_shards_with_rule_launch() {
    check_bn_backward(&RULES, &case("c3_7x5_uneven_empty", &[2, 0, 1], 3, 35, 0.5));
    check_bn_backward(&RULES, &case("n1", &[1], 5, 35, 0.5));
    check_grad_empty_group(&RULES);
}

#[test]
fn simt_bn_backward_hard_mean_scalar_and_vector_paths() {
    let small = Sim { block: 64, ..RULES };
    check_bn_backward(&small, &case("hard_mean_1e4_s35", &[2, 1], 3, 35, 1e4));
    check_bn_backward(&small, &case("hard_mean_1e4_s64_vec4", &[2], 4, 64, 1e4));
}

#[test]
fn simt_bn_backward_many_parts_and_channels_beyond_grid() {
    check_bn_backward(
        &Sim { block: 64, grid: None, parts: Some(7), ..RULES },
        &case("parts_7_c2_vec4", &[2], 2, 512, 1e4),
    );
    check_bn_backward(
        &Sim { block: 32, grid: Some(2), parts: Some(1), ..RULES },
        &case("c_beyond_grid", &[2], 100, 7, 0.5),
    );
}

#[test]
fn simt_elementwise_tails_and_grid_stride() {
    for len in [1, 7, 1003] {
        check_elementwise(&RULES, len);
        check_elementwise(&Sim { block: 32, grid: Some(1), parts: None, ..RULES }, len);
    }
}

#[test]
fn simt_unaligned_input_takes_scalar_path() {
    let c = case("unaligned", &[2], 3, 8, 0.5);
    let x = common::global_input(&c, 5);
    let mut shifted = vec![0.0f32; x.len() + 1];
    shifted[1..].copy_from_slice(&x);
    let (n, s) = (2, 8);
    let want = common::ref_moments(&x, n, 3, s);
    let got = RULES.moments(&shifted[1..], n, 3, s);
    for k in 0..9 {
        assert!((got[k] - want[k]).abs() <= 1e-12 * want[k].abs().max(1.0), "moments[{k}]: {} vs {}", got[k], want[k]);
    }
}

#[test]
fn simt_results_are_bit_identical_across_runs() {
    let c = case("determinism", &[3], 2, 300, 3.0);
    let x = common::global_input(&c, 8);
    let sim = Sim { block: 64, grid: None, parts: Some(5), ..RULES };
    let a = sim.moments(&x, 3, 2, 300);
    let b = sim.moments(&x, 3, 2, 300);
    assert_eq!(a.iter().map(|v| v.to_bits()).collect::<Vec<_>>(), b.iter().map(|v| v.to_bits()).collect::<Vec<_>>());
}

#[test]
fn simt_and_host_normalize_family_and_elementwise_are_bit_identical() {
    check_bit_identical_to_host(&RULES);
}

/// Finalize, the normalize family, the BatchNorm input gradient and Sigmoid give the host kernels'
/// bits on `sim`.
fn check_bit_identical_to_host(sim: &Sim) {
    let kinds = syncbn_codegen::KernelKind::host_set();
    let cache = syncbn_codegen::KernelCache::from_env();
    let host =
        syncbn_codegen::HostModule::compile(&kinds, syncbn_codegen::HostTuning::for_this_machine(), &cache).unwrap();
    let host = &host;
    let c = case("bitwise", &[2], 3, 35, 2.0);
    let (n, ch, s) = (2, 3, 35);
    let (n64, c64, s64) = (n as i64, ch as i64, s as i64);
    let x = common::global_input(&c, 31);
    let m = sim.moments(&x, n, ch, s);
    let (scale, bias) = (common::uniform(ch, 0.5, 2.0, 1), common::uniform(ch, -1.0, 1.0, 2));
    let (p, _, _) = sim.finalize(&m, &scale, &bias, &scale, &scale, 1e-5, 0.9);
    let mut hp = vec![0.0; 5 * ch];
    let (mut r1, mut r2) = (vec![0.0; ch], vec![0.0; ch]);
    call::finalize(host, &m, &scale, &bias, &scale, &scale, 1e-5, 0.9, &mut hp, &mut r1, &mut r2).unwrap();
    assert_eq!(bits(&p), bits(&hp), "finalize");
    for act in [Activation::None, Activation::Relu, Activation::Clip { min: -0.3, max: 0.4 }] {
        let gpu = sim.normalize(&x, &p, Some(&x), act, n, ch, s);
        let mut y = vec![0.0; x.len()];
        call::normalize(host, &x, &p, Some(&x), act, n64, c64, s64, &mut y).unwrap();
        assert_eq!(bits(&gpu), bits(&y), "normalize {act:?}");
    }
    let dy: Vec<f32> = common::normals(x.len(), 32).iter().map(|v| *v as f32).collect();
    let sums = sim.grad_reduce(&dy, &x, &p, None, Activation::None, n, ch, s);
    for act in common::grad_activations() {
        let y = (act != Activation::None).then_some(x.as_slice());
        let gpu = sim.grad_input(&dy, &x, &p, &sums, y, act, n, ch, s);
        let mut dx = vec![0.0; x.len()];
        call::grad_input(host, &dy, &x, &p, &sums, y, act, n64, c64, s64, &mut dx).unwrap();
        assert_eq!(bits(&gpu), bits(&dx), "bn_grad_input {act:?}");
    }
    for act in [Activation::None, Activation::Clip { min: -0.3, max: 0.4 }] {
        let gpu = sim.pair(&x, &p, &x, &p, act, n, ch, s);
        let mut y = vec![0.0; x.len()];
        call::pair(host, &x, &p, &x, &p, act, n64, c64, s64, &mut y).unwrap();
        assert_eq!(bits(&gpu), bits(&y), "pair {act:?}");
    }
    let mut y = vec![0.0; x.len()];
    call::elementwise(host, Elementwise::Sigmoid, &x, &x, 0.0, 0.0, &mut y).unwrap();
    assert_eq!(bits(&sim.elementwise(Elementwise::Sigmoid, &x, &x, 0.0, 0.0)), bits(&y), "sigmoid");
    check_sgd_identical_to_host(sim, host, &x, &dy);
}

/// The SGD update kernels on the GPU path equal the host kernels bit for bit over three chained
/// steps (NaN only as NaN: see [`nan_as_one`]), on data with signed zeros, an infinity and a NaN.
fn check_sgd_identical_to_host(sim: &Sim, host: &syncbn_codegen::HostModule, x: &[f32], dy: &[f32]) {
    let mut g1 = dy.to_vec();
    (g1[0], g1[1], g1[2], g1[3]) = (-0.0, 0.0, f32::INFINITY, f32::NAN);
    let grads: [&[f32]; 3] = [&g1, x, dy];
    for momentum in SgdMomentum::ALL {
        let (gp, gb) = call::sgd(sim, momentum, x, &grads);
        let (p, b) = call::sgd(host, momentum, x, &grads);
        assert_eq!(nan_as_one(&gp), nan_as_one(&p), "sgd {momentum:?} parameters");
        assert_eq!(nan_as_one(&gb), nan_as_one(&b), "sgd {momentum:?} momentum buffer");
    }
}

/// The bits of every value, NaN as one canonical NaN: which NaN an add or multiply of NaN
/// operands returns depends on the operand order each compiler picks.
fn nan_as_one(v: &[f32]) -> Vec<u32> {
    v.iter().map(|f| if f.is_nan() { f32::NAN.to_bits() } else { f.to_bits() }).collect()
}

fn bits(v: &[f32]) -> Vec<u32> {
    v.iter().map(|f| f.to_bits()).collect()
}

#[test]
fn simt_rejects_bad_launches_and_arguments() {
    let k = kernels();
    let mut y = vec![0.0f32; 4];
    let x = [1.0f32; 4];
    let mut args = vec![SimArg::F32(&x), SimArg::I64(4), SimArg::F32Mut(&mut y)];
    // SAFETY: buffers hold 4 elements, len = 4.
    let err = unsafe { k.launch(KernelKind::Elementwise(Elementwise::Relu), 1, 48, &mut args) }.unwrap_err();
    assert!(err.to_string().contains("multiple of 32"), "{err}");
    let mut args = vec![SimArg::I64(4), SimArg::I64(4), SimArg::F32Mut(&mut y)];
    // SAFETY: rejected before launch (wrong argument type).
    let err = unsafe { k.launch(KernelKind::Elementwise(Elementwise::Relu), 1, 32, &mut args) }.unwrap_err();
    assert!(err.to_string().contains("argument `a`"), "{err}");
}

#[test]
fn ptx_syncbn_and_backward_on_odd_shapes_uneven_and_empty_shards() {
    for case in [case("c3_7x5_uneven_empty", &[2, 0, 1], 3, 35, 0.5), case("n1", &[1], 5, 35, 0.5)] {
        check_syncbn(&ptx(), &case);
        check_bn_backward(&ptx(), &case);
    }
    check_grad_empty_group(&ptx());
}

#[test]
fn ptx_small_blocks_many_parts_and_channels_beyond_the_grid() {
    let parts = Sim { block: 64, parts: Some(7), ..ptx() };
    check_syncbn(&parts, &case("parts_7_c2_vec4_hard_mean", &[2], 2, 512, 1e4));
    check_bn_backward(&parts, &case("parts_7_c3_7x5", &[2, 1], 3, 35, 0.5));
    let narrow = Sim { block: 32, grid: Some(2), parts: Some(1), ..ptx() };
    check_syncbn(&narrow, &case("c_larger_than_grid", &[2], 40, 7, 0.5));
    check_affine(&narrow, &case("affine_c_larger_than_grid", &[3], 40, 8, 0.5));
    for len in [1, 7, 1003] {
        check_elementwise(&ptx(), len);
        check_elementwise(&Sim { block: 32, grid: Some(1), ..ptx() }, len);
    }
}

#[test]
fn ptx_results_are_bit_identical_to_the_host_kernels_and_across_runs() {
    check_bit_identical_to_host(&ptx());
    let c = case("determinism", &[3], 2, 300, 3.0);
    let x = common::global_input(&c, 8);
    let sim = Sim { block: 64, parts: Some(5), ..ptx() };
    let (a, b) = (sim.moments(&x, 3, 2, 300), sim.moments(&x, 3, 2, 300));
    assert_eq!(a.iter().map(|v| v.to_bits()).collect::<Vec<_>>(), b.iter().map(|v| v.to_bits()).collect::<Vec<_>>());
}

#[test]
fn ptx_interpreter_executes_every_batchnorm_elementwise_and_sgd_kernel_of_the_catalogue() {
    static OWN: OnceLock<PtxKernels> = OnceLock::new();
    let own = OWN.get_or_init(|| PtxKernels::compile().expect("PTX parses"));
    let sim = Sim { engine: Engine::Ptx(own), ..RULES };
    let c3 = case("c3_7x5_uneven_empty", &[2, 0, 1], 3, 35, 0.5);
    check_syncbn(&sim, &c3);
    check_bn_backward(&sim, &c3);
    check_affine(&sim, &c3);
    check_elementwise(&sim, 7);
    check_bit_identical_to_host(&sim);
    let family: Vec<KernelKind> =
        KernelKind::gpu_set().into_iter().filter(|k| !matches!(k, KernelKind::Op(_))).collect();
    let executed = own.executed();
    let ops = syncbn_codegen::OpKernel::all().len();
    assert_eq!(family.len() + ops, KernelKind::gpu_set().len(), "the catalogue splits into the two test files");
    println!(
        "kernels in catalogue (BatchNorm family and element-wise): {}, executed under the PTX interpreter: {}",
        family.len(),
        family.iter().filter(|k| executed.contains(k)).count()
    );
    let missing: Vec<_> = family.iter().filter(|k| !executed.contains(k)).collect();
    assert!(missing.is_empty(), "not executed under the PTX interpreter: {missing:?}");
}
