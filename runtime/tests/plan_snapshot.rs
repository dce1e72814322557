//! The execution plan (`plan.json`) of the BatchNorm example lowered for 4 replicas in groups of 2:
//! buffers with symbolic sizes, kernel launches and one collective, in the order every replica follows.

use std::path::PathBuf;

use syncbn_ir::ops::bn_grad::{EvalGradAttrs, EvalWrt};
use syncbn_ir::Limits;
use syncbn_passes::{lower, LowerOptions};
use syncbn_runtime::cpu_ops::OpAttrs;
use syncbn_runtime::plan::{ExecutionPlan, Step};

#[test]
fn bn_example_plan_json() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/bn_only.json");
    let graph = syncbn_ir::load_model(&path, &Limits::default()).unwrap();
    let lowered = lower(&graph, &LowerOptions { replicas: 4, group_size: 2, ..Default::default() }).unwrap().graph;
    let plan = ExecutionPlan::build(&lowered, 4, 2).unwrap();
    assert_eq!(plan.collectives(), 1);
    let Some(Step::Collective(c)) = plan.steps.iter().find(|s| matches!(s, Step::Collective(_))) else {
        unreachable!()
    };
    assert_eq!((c.group_size, c.payload_len), (2, 9), "one f64 [3, 3] payload per group");
    insta::assert_snapshot!(plan.to_json());
}

/// A BatchNormEvalGrad's epsilon and `wrt` are read from the node once, when the plan is made: the
/// launch carries them typed (the executor reads no attribute of it by name).
#[test]
fn eval_batchnorm_gradient_attributes_are_typed_in_the_plan() {
    let text = r#"{"format": "syncbn-ir", "version": 1, "name": "eval_grad",
      "inputs": [{"name": "dy", "dtype": "f32", "shape": ["N", 3, 5]},
                 {"name": "x", "dtype": "f32", "shape": ["N", 3, 5]}],
      "outputs": ["d_scale"],
      "initializers": [{"name": "s", "dtype": "f32", "shape": [3], "fill": 1.0},
                       {"name": "b", "dtype": "f32", "shape": [3], "fill": 0.0},
                       {"name": "m", "dtype": "f32", "shape": [3], "fill": 0.0},
                       {"name": "v", "dtype": "f32", "shape": [3], "fill": 1.0}],
      "nodes": [{"name": "g", "op": "BatchNormEvalGrad", "inputs": ["dy", "x", "s", "b", "m", "v"],
                 "outputs": ["d_scale"], "attrs": {"epsilon": 0.001, "wrt": "scale"}}]}"#;
    let graph = syncbn_ir::json::from_str(text, std::path::Path::new("eval_grad.json")).unwrap();
    let plan = ExecutionPlan::build(&graph, 1, 1).unwrap();
    let Some(Step::Launch(l)) = plan.steps.iter().find(|s| matches!(s, Step::Launch(_))) else { unreachable!() };
    let want = EvalGradAttrs { epsilon: 0.001, wrt: EvalWrt::Scale };
    assert_eq!(l.typed, OpAttrs::BatchNormEvalGrad(want));
}
