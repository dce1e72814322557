//! Kernel modules of a lowered graph: the kernel table (which kernels, how each parameter is bound,
//! launch rules), LLVM IR for the host, and PTX for GPU targets that `ptxas` accepts.

use std::collections::BTreeMap;

use syncbn_codegen::ptxas::{assemble, find_ptxas};
use syncbn_codegen::{compile_graph, CodegenError, KernelKind, OpKernel, ParamSource, Target};
use syncbn_ir::{Attr, DType, Dim, Graph, InitSource, Initializer, Node, ValueInfo};

fn node(name: &str, op: &str, inputs: &[&str], outputs: &[&str], attrs: &[(&str, Attr)]) -> Node {
    Node {
        name: name.into(),
        op: op.into(),
        inputs: inputs.iter().map(|s| s.to_string()).collect(),
        outputs: outputs.iter().map(|s| s.to_string()).collect(),
        attrs: attrs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect::<BTreeMap<_, _>>(),
    }
}

fn init(name: &str, shape: &[u64], source: InitSource) -> Initializer {
    Initializer { name: name.into(), dtype: DType::F32, shape: shape.to_vec(), source }
}

fn input(name: &str, shape: &[Dim]) -> ValueInfo {
    ValueInfo { name: name.into(), dtype: DType::F32, shape: shape.to_vec() }
}

/// Conv -> LocalMoments -> AllReduce -> BnFinalize -> BnNormalize(relu, residual) -> Clip -> Add, and
/// a broadcasting Mul.
fn lowered_graph() -> Graph {
    let mut g = Graph::new("lowered");
    let n = Dim::Named("N".into());
    let f = Dim::Fixed;
    g.inputs = vec![input("x", &[n.clone(), f(3), f(8), f(8)]), input("skip", &[n, f(4), f(8), f(8)])];
    g.outputs = vec!["y".into(), "z".into(), "bn1.running_mean_out".into()];
    let fill = |v| InitSource::Fill { fill: v };
    g.initializers = vec![
        init("w", &[4, 3, 3, 3], fill(0.1)),
        init("bn1.weight", &[4], fill(1.0)),
        init("bn1.bias", &[4], fill(0.0)),
        init("bn1.running_mean", &[4], fill(0.0)),
        init("bn1.running_var", &[4], fill(1.0)),
        init("lo", &[], InitSource::Data { data: vec![-1.0] }),
        init("gain", &[4, 1, 1], fill(2.0)),
    ];
    let conv_attrs = [("kernel_shape", Attr::Ints(vec![3, 3])), ("pads", Attr::Ints(vec![1, 1, 1, 1]))];
    g.nodes = vec![
        node("conv1", "Conv", &["x", "w"], &["c1"], &conv_attrs),
        node("bn1.moments", "LocalMoments", &["c1"], &["bn1.m"], &[]),
        node("bn1.allreduce", "AllReduce", &["bn1.m"], &["bn1.m_sum"], &[]),
        node(
            "bn1.finalize",
            "BnFinalize",
            &["bn1.m_sum", "bn1.weight", "bn1.bias", "bn1.running_mean", "bn1.running_var"],
            &["bn1.params", "bn1.running_mean_out", ""],
            &[("epsilon", Attr::Float(1e-3)), ("momentum", Attr::Float(0.8))],
        ),
        node(
            "bn1.normalize",
            "BnNormalize",
            &["c1", "bn1.params", "skip"],
            &["b1"],
            &[("activation", Attr::Str("relu".into()))],
        ),
        node("clip1", "Clip", &["b1", "lo", ""], &["y1"], &[]),
        node("add1", "Add", &["y1", "skip"], &["y"], &[]),
        node("scale1", "Mul", &["y", "gain"], &["z"], &[]),
    ];
    g
}

fn source<'a>(m: &'a syncbn_codegen::KernelModule, kernel: &str, param: &str) -> &'a ParamSource {
    let k = m.kernels.iter().find(|k| k.kernel == kernel).unwrap_or_else(|| panic!("no kernel {kernel}"));
    &k.params.iter().find(|p| p.name == param).unwrap_or_else(|| panic!("{kernel}: no param {param}")).source
}

#[test]
fn cpu_module_binds_every_parameter() {
    let m = compile_graph(&lowered_graph(), Target::Cpu).unwrap();
    assert!(m.ptx.is_none());
    let names: Vec<&str> = m.kernels.iter().map(|k| k.kernel.as_str()).collect();
    assert_eq!(
        names,
        ["syncbn_local_moments", "syncbn_bn_finalize", "syncbn_bn_normalize_res_clip", "syncbn_clip", "syncbn_add"]
    );
    assert!(m.kernels.iter().all(|k| k.launch.is_none()));
    for k in &names {
        assert!(m.llvm_ir.contains(&format!("define void @{k}(")), "{k} missing from the LLVM IR");
    }
    assert_eq!(
        source(&m, "syncbn_bn_finalize", "c"),
        &ParamSource::Dim { tensor: "bn1.weight".into(), dim: syncbn_codegen::DimRole::Len }
    );
    assert_eq!(source(&m, "syncbn_bn_finalize", "epsilon"), &ParamSource::Const { value: 1e-3 });
    assert_eq!(
        source(&m, "syncbn_bn_finalize", "running_var_out"),
        &ParamSource::Scratch { name: "bn1.finalize.running_var_out".into() }
    );
    assert_eq!(source(&m, "syncbn_bn_normalize_res_clip", "residual"), &ParamSource::Tensor { name: "skip".into() });
    assert_eq!(source(&m, "syncbn_bn_normalize_res_clip", "lo"), &ParamSource::Const { value: 0.0 });
    assert_eq!(source(&m, "syncbn_bn_normalize_res_clip", "hi"), &ParamSource::Const { value: f64::INFINITY });
    assert_eq!(source(&m, "syncbn_clip", "lo"), &ParamSource::Const { value: -1.0 });
    assert_eq!(
        source(&m, "syncbn_clip", "len"),
        &ParamSource::Dim { tensor: "b1".into(), dim: syncbn_codegen::DimRole::Len }
    );
}

/// The number of distinct kernels of a module's table.
fn distinct_kinds(m: &syncbn_codegen::KernelModule) -> usize {
    m.kernels.iter().map(|k| k.kind).collect::<std::collections::BTreeSet<_>>().len()
}

#[test]
fn gpu_module_table_snapshot_and_ptx_assembles() {
    let m = compile_graph(&lowered_graph(), Target::Sm(80)).unwrap();
    let kinds: Vec<KernelKind> = m.kernels.iter().map(|k| k.kind).collect();
    assert_eq!(&kinds[..3], [KernelKind::Op(OpKernel::Im2col), KernelKind::MomentsPartial, KernelKind::MomentsCombine]);
    assert!(matches!(source(&m, "syncbn_im2col", "col"), ParamSource::Workspace { name, .. } if name == "conv1.col"));
    let scale = m.kernels.iter().find(|k| k.node == "scale1").expect("broadcasting Mul has a GPU kernel");
    assert_eq!(scale.kind, KernelKind::Op(OpKernel::Broadcast(syncbn_codegen::Elementwise::Mul)));
    assert_eq!(source(&m, "syncbn_moments_partial", "parts"), &ParamSource::Parts);
    assert_eq!(
        source(&m, "syncbn_moments_combine", "partial"),
        &ParamSource::Scratch { name: "bn1.moments.partial".into() }
    );
    assert!(m.kernels.iter().all(|k| k.launch.is_some()));
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/out/table"));
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_json_snapshot!("lowered_graph_sm80", m.kernels));
    let ptx = m.ptx.clone().expect("PTX for sm_80");
    match find_ptxas() {
        Some(p) => {
            let res = assemble(&p, &ptx, "sm_80").unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(res.len(), distinct_kinds(&m), "one entry per distinct kernel");
        }
        None => {
            assert!(std::env::var_os("CI").is_none(), "ptxas not found under CI");
            println!("SKIPPED: ptxas not found (set SYNCBN_PTXAS)");
        }
    }
}

#[test]
fn bad_nodes_and_targets_are_errors() {
    let mut g = lowered_graph();
    g.nodes[4].attrs.insert("activation".into(), Attr::Str("gelu".into()));
    let err = compile_graph(&g, Target::Cpu).unwrap_err();
    assert!(matches!(&err, CodegenError::Ir(_)), "{err}");
    assert!(err.to_string().contains("bn1.normalize") && err.to_string().contains("gelu"), "{err}");
    let mut g = lowered_graph();
    g.nodes[1].inputs = vec!["nowhere".into()];
    let err = compile_graph(&g, Target::Cpu).unwrap_err();
    assert!(err.to_string().contains("nowhere"), "{err}");
    assert!("sm_90".parse::<Target>().is_err());
    assert!("gpu".parse::<Target>().is_err());
    assert_eq!("sm_75".parse::<Target>().unwrap(), Target::Sm(75));
    assert_eq!("cpu".parse::<Target>().unwrap(), Target::Cpu);
}

#[test]
fn dynamic_clip_bounds_and_broadcasts_leave_the_node_to_the_runtime() {
    let mut g = lowered_graph();
    g.inputs.push(input("runtime_min", &[]));
    g.nodes[5].inputs[1] = "runtime_min".into();
    let m = compile_graph(&g, Target::Cpu).unwrap();
    assert!(m.kernels.iter().all(|k| k.node != "clip1"), "dynamic Clip bounds");
    assert!(m.kernels.iter().all(|k| k.node != "scale1"), "broadcasting Mul");
    assert!(m.kernels.iter().any(|k| k.node == "add1"), "same-shape Add");
    let err = compile_graph(&g, Target::Sm(80)).unwrap_err();
    assert!(matches!(&err, CodegenError::NoGpuKernel { node, .. } if node == "clip1"), "{err}");
}

/// A lowered BatchNorm backward with a fused clip: BnGradReduce -> AllReduce -> BnGradInput and
/// BnGradParams, after the forward of `lowered_graph` (whose `bn1.params` and `b1` it reads).
fn backward_graph() -> Graph {
    let mut g = lowered_graph();
    let n = Dim::Named("N".into());
    g.inputs.push(input("grad_output/b1", &[n, Dim::Fixed(4), Dim::Fixed(8), Dim::Fixed(8)]));
    let clip =
        [("activation", Attr::Str("clip".into())), ("clip_min", Attr::Float(-0.5)), ("clip_max", Attr::Float(0.75))];
    g.nodes[4].attrs = clip.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
    g.nodes.extend([
        node("bn1.grad_reduce", "BnGradReduce", &["grad_output/b1", "c1", "bn1.params", "b1"], &["bn1.gs"], &clip),
        node("bn1.grad_allreduce", "AllReduce", &["bn1.gs"], &["bn1.gs_sum"], &[]),
        node(
            "bn1.grad_input",
            "BnGradInput",
            &["grad_output/b1", "c1", "bn1.params", "bn1.gs_sum", "b1"],
            &["grad/c1"],
            &clip,
        ),
        node(
            "bn1.grad_params",
            "BnGradParams",
            &["bn1.gs_sum", "bn1.params"],
            &["grad/bn1.weight", "grad/bn1.bias"],
            &[],
        ),
    ]);
    g.outputs.extend(["grad/c1".into(), "grad/bn1.weight".into(), "grad/bn1.bias".into()]);
    g
}

#[test]
fn backward_nodes_get_the_bn_grad_kernels_on_cpu_and_gpu() {
    let m = compile_graph(&backward_graph(), Target::Cpu).unwrap();
    let grad: Vec<&str> = m.kernels.iter().filter(|k| k.node.contains(".grad_")).map(|k| k.kernel.as_str()).collect();
    assert_eq!(grad, ["syncbn_bn_grad_reduce_clip", "syncbn_bn_grad_input_clip", "syncbn_bn_grad_params"]);
    assert_eq!(source(&m, "syncbn_bn_grad_reduce_clip", "y"), &ParamSource::Tensor { name: "b1".into() });
    assert_eq!(source(&m, "syncbn_bn_grad_reduce_clip", "hi"), &ParamSource::Const { value: 0.75 });
    assert_eq!(source(&m, "syncbn_bn_grad_input_clip", "sums"), &ParamSource::Tensor { name: "bn1.gs_sum".into() });
    assert_eq!(source(&m, "syncbn_bn_grad_input_clip", "dx"), &ParamSource::Tensor { name: "grad/c1".into() });
    assert_eq!(
        source(&m, "syncbn_bn_grad_params", "c"),
        &ParamSource::Dim { tensor: "bn1.gs_sum".into(), dim: syncbn_codegen::DimRole::C }
    );
    assert_eq!(source(&m, "syncbn_bn_grad_params", "d_bias"), &ParamSource::Tensor { name: "grad/bn1.bias".into() });

    let m = compile_graph(&backward_graph(), Target::Sm(80)).unwrap();
    let grad: Vec<KernelKind> = m.kernels.iter().filter(|k| k.node.contains(".grad_")).map(|k| k.kind).collect();
    let mask = syncbn_codegen::GradMask::Clip;
    assert_eq!(
        grad,
        [
            KernelKind::BnGradPartial { mask },
            KernelKind::BnGradCombine,
            KernelKind::BnGradInput { mask },
            KernelKind::BnGradParams
        ]
    );
    assert_eq!(source(&m, "syncbn_bn_grad_partial_clip", "parts"), &ParamSource::Parts);
    assert_eq!(
        source(&m, "syncbn_bn_grad_combine", "partial"),
        &ParamSource::Scratch { name: "bn1.grad_reduce.partial".into() }
    );
    let ptx = m.ptx.clone().expect("PTX for sm_80");
    match find_ptxas() {
        Some(p) => {
            let res = assemble(&p, &ptx, "sm_80").unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(res.len(), distinct_kinds(&m), "one entry per distinct kernel");
        }
        None => {
            assert!(std::env::var_os("CI").is_none(), "ptxas not found under CI");
            println!("SKIPPED: ptxas not found (set SYNCBN_PTXAS)");
        }
    }
}

#[test]
fn backward_node_without_its_mask_source_is_an_error() {
    let mut g = backward_graph();
    g.nodes[8].inputs.pop();
    let err = compile_graph(&g, Target::Cpu).unwrap_err();
    assert!(err.to_string().contains("bn1.grad_reduce"), "{err}");
}
