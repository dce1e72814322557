//! Host-native kernels (a [`HostModule`] called through its generic checked call) against the float64 reference on odd shapes, plus the
//! finalize edge rules and argument checking.

mod common;

use std::sync::{Arc, OnceLock};

use common::host as call;
use common::{
    cases, check_affine, check_bn_backward, check_elementwise, check_grad_empty_group, check_syncbn, Backend,
};
use syncbn_codegen::{
    compile_kernels, CodegenError, Elementwise, HostArg, HostModule, HostTuning, KernelCache, KernelKind, Target,
};
use syncbn_ir::lowered::Activation;

/// The host module of every host kernel for this machine, as CPU replicas load it.
fn kernels() -> &'static HostModule {
    static K: OnceLock<Arc<HostModule>> = OnceLock::new();
    K.get_or_init(|| {
        let kinds = KernelKind::host_set();
        let (ir, _) = compile_kernels(&kinds, Target::Cpu).expect("host kernels compile");
        HostModule::shared(&ir, &kinds, &KernelCache::from_env()).expect("host module loads")
    })
}

#[test]
fn host_shared_compiled_module_is_built_once_and_gives_the_emitted_ir() {
    let kinds = [KernelKind::LocalMoments];
    let tuning = HostTuning::for_this_machine();
    let a = HostModule::shared_compiled(&kinds, tuning, &KernelCache::disabled()).unwrap();
    let b = HostModule::shared_compiled(&kinds, tuning, &KernelCache::disabled()).unwrap();
    assert!(Arc::ptr_eq(&a, &b));
    let other = HostModule::shared_compiled(&kinds, HostTuning { stream_min_bytes: 0 }, &KernelCache::disabled());
    assert!(!Arc::ptr_eq(&a, &other.unwrap()), "another tuning is another module");
    assert_eq!(a.llvm_ir().unwrap(), compile_kernels(&kinds, Target::Cpu).unwrap().0);
}

#[test]
fn host_shared_module_is_compiled_once_per_ir() {
    let kinds = [KernelKind::LocalMoments];
    let (ir, _) = compile_kernels(&kinds, Target::Cpu).unwrap();
    let a = HostModule::shared(&ir, &kinds, &KernelCache::disabled()).unwrap();
    let b = HostModule::shared(&ir, &kinds, &KernelCache::disabled()).unwrap();
    assert!(Arc::ptr_eq(&a, &b));
    assert_eq!(a.llvm_ir().unwrap(), ir);
}

/// Host kernels compiled with every normalize output streamed (non-temporal stores).
fn streaming_kernels() -> &'static HostModule {
    static K: OnceLock<HostModule> = OnceLock::new();
    K.get_or_init(|| {
        HostModule::compile(&KernelKind::host_set(), HostTuning { stream_min_bytes: 0 }, &KernelCache::from_env())
            .expect("host kernels compile")
    })
}

/// The host backend: this machine's tuning, or every output streamed.
struct Host(fn() -> &'static HostModule);

const HOST: Host = Host(kernels);
const STREAMING: Host = Host(streaming_kernels);

impl call::Runner for Host {
    fn run(&self, kind: KernelKind, _d: [i64; 3], args: &mut [HostArg<'_>]) -> Result<(), CodegenError> {
        (self.0)().call(kind, args)
    }
}

impl Backend for Host {}

#[test]
fn host_bn_backward_matches_f64_reference_on_odd_shapes() {
    for case in cases() {
        check_bn_backward(&HOST, &case);
        check_bn_backward(&STREAMING, &case);
    }
    check_grad_empty_group(&HOST);
}

#[test]
fn host_bn_backward_large_outputs_with_either_store_path() {
    let case = common::Case { name: "grad_streaming", shards: vec![2, 1], c: 3, s: 20_001, mean_over_std: 1e4 };
    check_bn_backward(&HOST, &case);
    check_bn_backward(&STREAMING, &case);
}

#[test]
fn host_bn_grad_kernels_reject_wrong_arguments() {
    let k = kernels();
    let (x, p, mut sums) = ([0.0f32; 12], [0.0f32; 15], [0.0f64; 9]);
    let none = Activation::None;
    let err = call::grad_reduce(k, &x[..10], &x, &p, None, none, 2, 3, 2, &mut sums).unwrap_err();
    assert!(matches!(err, CodegenError::Length { arg: "dy", expected: 12, got: 10, .. }), "{err}");
    let err = call::grad_reduce(k, &x, &x, &p, None, Activation::Relu, 2, 3, 2, &mut sums).unwrap_err();
    assert!(matches!(&err, CodegenError::Arity { params, .. } if params.contains("norm_params, y,")), "{err}");
    let err = call::grad_reduce(k, &x, &x, &p, Some(&x), none, 2, 3, 2, &mut sums).unwrap_err();
    assert!(matches!(&err, CodegenError::Arity { params, .. } if !params.contains(" y,")), "{err}");
    let err = call::grad_reduce(k, &x, &x, &p, Some(&x[..11]), Activation::Relu, 2, 3, 2, &mut sums).unwrap_err();
    assert!(matches!(err, CodegenError::Length { arg: "y", .. }), "{err}");
    let mut dx = [0.0f32; 12];
    let err = call::grad_input(k, &x, &x, &p, &sums[..6], None, none, 2, 3, 2, &mut dx).unwrap_err();
    assert!(matches!(err, CodegenError::Length { arg: "sums", expected: 9, .. }), "{err}");
    let err = call::grad_input(k, &x, &x, &p, &sums, None, none, 2, 3, 2, &mut dx[..11]).unwrap_err();
    assert!(matches!(err, CodegenError::Length { arg: "dx", .. }), "{err}");
    let (mut gs, mut gb) = ([0.0f32; 3], [0.0f32; 2]);
    let err = call::grad_params(k, &sums, &p, &mut gs, &mut gb).unwrap_err();
    assert!(matches!(err, CodegenError::Length { arg: "d_bias", expected: 3, got: 2, .. }), "{err}");
    let err = call::grad_reduce(k, &[], &[], &p, None, none, i64::MAX, 3, 2, &mut sums).unwrap_err();
    assert!(matches!(err, CodegenError::Overflow { .. }), "{err}");
}

#[test]
fn host_syncbn_matches_f64_reference_on_odd_shapes() {
    for case in cases() {
        check_syncbn(&HOST, &case);
        check_syncbn(&STREAMING, &case);
    }
}

#[test]
fn host_large_outputs_match_reference_with_either_store_path() {
    // 2 * 3 * 180_001 f32 = 4.3 MB per output; odd S leaves heads and tails around the vector body.
    let case = common::Case { name: "streaming", shards: vec![2], c: 3, s: 180_001, mean_over_std: 1e4 };
    for host in [&HOST, &STREAMING] {
        check_syncbn(host, &case);
        check_affine(host, &case);
    }
}

#[test]
fn host_normalize_family_has_streaming_stores() {
    let ir = kernels().llvm_ir().unwrap();
    for kind in syncbn_codegen::KernelKind::normalize_family() {
        let name = format!("define void @syncbn_{}(", kind.name());
        let body = ir.split(&name).nth(1).unwrap_or_else(|| panic!("{name} missing"));
        let body = &body[..body.find("\n}\n").unwrap_or(body.len())];
        assert!(body.contains("!nontemporal"), "{}: no streaming store", kind.name());
        assert!(body.contains("fence seq_cst"), "{}: no fence after streaming stores", kind.name());
    }
}

#[test]
fn host_channel_affine_matches_reference() {
    for case in cases() {
        check_affine(&HOST, &case);
        check_affine(&STREAMING, &case);
    }
}

#[test]
fn host_elementwise_matches_reference() {
    for len in [0, 1, 7, 1003] {
        check_elementwise(&HOST, len);
    }
}

#[test]
fn host_finalize_empty_and_single_element_rules() {
    // Channel 0: n = 0 (mean, var = 0); channel 1: n = 1 (unbiased var falls back to var = 0).
    let m = [0.0, 1.0, 0.0, 3.0, 0.0, 9.0];
    let (p, rmo, rvo) = HOST.finalize(&m, &[2.0, 2.0], &[0.5, 0.5], &[1.0, 1.0], &[4.0, 4.0], 0.25, 0.5);
    let c = 2;
    assert_eq!([p[0], p[1]], [0.0, 3.0], "mean_hi");
    assert_eq!([p[c], p[c + 1]], [0.0, 0.0], "mean_lo");
    assert_eq!([p[2 * c], p[2 * c + 1]], [2.0, 2.0], "inv_std = 1/sqrt(0 + 0.25)");
    assert_eq!([p[3 * c], p[3 * c + 1]], [4.0, 4.0], "mul");
    assert_eq!([p[4 * c], p[4 * c + 1]], [0.5, 0.5], "add");
    assert_eq!(rmo, vec![0.5, 2.0]);
    assert_eq!(rvo, vec![2.0, 2.0]);
}

#[test]
fn host_kernels_reject_wrong_lengths() {
    let k = kernels();
    let none = Activation::None;
    let mut out = vec![0.0; 9];
    let err = call::moments(k, &[0.0; 10], 2, 3, 2, &mut out).unwrap_err();
    assert!(matches!(err, CodegenError::Length { arg: "x", expected: 12, got: 10, .. }), "{err}");
    let mut y = vec![0.0; 12];
    let err = call::normalize(k, &[0.0; 12], &[0.0; 14], None, none, 2, 3, 2, &mut y).unwrap_err();
    assert!(matches!(err, CodegenError::Length { arg: "norm_params", expected: 15, .. }), "{err}");
    let err = call::elementwise(k, Elementwise::Add, &[0.0; 3], &[0.0; 2], 0.0, 0.0, &mut [0.0; 3]).unwrap_err();
    assert!(err.to_string().contains("argument `b`"), "{err}");
    let err = call::moments(k, &[], i64::MAX, 2, 2, &mut out).unwrap_err();
    assert!(matches!(err, CodegenError::Overflow { .. }), "{err}");
    let err = call::moments(k, &[], -1, 0, 1, &mut []).unwrap_err();
    assert!(matches!(err, CodegenError::Overflow { .. }), "negative n: {err}");
    let err = call::normalize(k, &[], &[], None, none, 0, i64::MAX / 4, 1, &mut []).unwrap_err();
    assert!(matches!(err, CodegenError::Overflow { .. }), "5 * c beyond i64: {err}");
    let err = k.call(KernelKind::Elementwise(Elementwise::Relu), &mut [syncbn_codegen::HostArg::Int(0)]).unwrap_err();
    assert!(matches!(err, CodegenError::Arity { expected: 3, got: 1, .. }), "{err}");
    let mut args =
        [syncbn_codegen::HostArg::In32(&[]), syncbn_codegen::HostArg::Int(0), syncbn_codegen::HostArg::In32(&[])];
    let err = k.call(KernelKind::Elementwise(Elementwise::Relu), &mut args).unwrap_err();
    assert!(matches!(err, CodegenError::Argument { arg: "y", .. }), "read-only output: {err}");
}

/// `BnGradReduce` with a ReLU mask over images `images` of `[n, c, s]`.
fn grad_reduce_images(t: [&[f32]; 4], d: [i64; 3], images: std::ops::Range<i64>, sums: &mut [f64]) {
    let [dy, x, p, y] = t.map(HostArg::In32);
    let [n, c, s] = d.map(HostArg::Int);
    let mut args = [dy, x, p, y, n, c, s, HostArg::Int(images.start), HostArg::Int(images.end), HostArg::Out64(sums)];
    kernels().call(KernelKind::BnGradReduce { mask: syncbn_codegen::GradMask::Relu }, &mut args).unwrap();
}

fn bits(v: &[f64]) -> Vec<u64> {
    v.iter().map(|x| x.to_bits()).collect()
}

#[test]
fn host_reductions_over_consecutive_image_ranges_equal_one_call_bit_for_bit() {
    let (n, c, s) = (3i64, 3i64, 35i64);
    let len = (n * c * s) as usize;
    let x: Vec<f32> = (0..len).map(|i| 1e4 + ((i * 7919 % 1013) as f32 - 506.0) / 253.0).collect();
    let dy: Vec<f32> = (0..len).map(|i| ((i * 104_729 % 2003) as f32 - 1001.0) * 1e-3).collect();
    let y: Vec<f32> = x.iter().map(|v| v - 1e4).collect();
    let p: Vec<f32> = (0..5 * c).map(|i| if i < c { 1e4 } else { 0.5 }).collect();
    // Image ranges as (first, end): one image at a time, uneven parts, an empty range first, all at once.
    let splits: [&[(i64, i64)]; 4] =
        [&[(0, 1), (1, 2), (2, 3)], &[(0, 2), (2, 3)], &[(0, 0), (0, 1), (1, 3)], &[(0, 3)]];
    let (mut whole_m, mut whole_g) = (vec![0.0; 9], vec![0.0; 9]);
    call::moments(kernels(), &x, n, c, s, &mut whole_m).unwrap();
    grad_reduce_images([&dy, &x, &p, &y], [n, c, s], 0..n, &mut whole_g);
    for split in splits {
        let (mut m, mut g) = (vec![f64::NAN; 9], vec![f64::NAN; 9]);
        for &(first, end) in split {
            call::moments_of_images(kernels(), &x, [n, c, s], first..end, &mut m).unwrap();
            grad_reduce_images([&dy, &x, &p, &y], [n, c, s], first..end, &mut g);
        }
        assert_eq!(bits(&m), bits(&whole_m), "moments over {split:?}");
        assert_eq!(bits(&g), bits(&whole_g), "gradient sums over {split:?}");
    }
    let count = (n * s) as f64;
    assert_eq!([whole_m[0], whole_g[0]], [count, count], "counts");
    let mut out = vec![0.0; 9];
    for bad in [(2, 1), (0, 4), (4, 4)] {
        let err = call::moments_of_images(kernels(), &x, [n, c, s], bad.0..bad.1, &mut out).unwrap_err();
        assert!(matches!(err, CodegenError::ImageRange { n: 3, .. }), "{bad:?}: {err}");
    }
}

#[test]
fn host_kernels_return_at_once_on_empty_tensors_with_huge_other_dims() {
    let k = kernels();
    let mut out = vec![f64::NAN; 9];
    call::moments(k, &[], 0, 3, 1 << 40, &mut out).unwrap();
    assert_eq!(out, vec![0.0; 9], "n = 0: counts and sums 0");
    call::moments(k, &[], 1 << 40, 0, 1 << 20, &mut []).unwrap();
    call::moments(k, &[], 1 << 40, 3, 0, &mut out).unwrap();
    assert_eq!(out, vec![0.0; 9], "s = 0: counts and sums 0");
    call::normalize(k, &[], &[0.0; 15], None, Activation::Relu, 1 << 40, 3, 0, &mut []).unwrap();
}

#[test]
fn host_kernels_are_deterministic_across_threads() {
    let case = &cases()[5];
    let x = common::global_input(case, 99);
    let n = case.shards[0];
    let run = || HOST.moments(&x, n, case.c, case.s);
    let first = run();
    let others: Vec<Vec<f64>> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..4).map(|_| s.spawn(run)).collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for o in others {
        assert_eq!(
            o.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
            first.iter().map(|v| v.to_bits()).collect::<Vec<_>>()
        );
    }
}

proptest::proptest! {
    /// Any small shape, any shard split (empty shards included), any mean offset up to 1e4 std.
    #[test]
    fn host_syncbn_matches_reference_on_random_shapes(
        shards in proptest::collection::vec(0usize..4, 1..4),
        c in 1usize..9,
        s in 1usize..40,
        mean_over_std in 0.0f64..1e4,
    ) {
        check_syncbn(&HOST, &common::Case { name: "proptest", shards, c, s, mean_over_std });
    }
}
