//! The execution plan (`plan.json`) of the BatchNorm example lowered for 4 replicas in groups of 2:
//! buffers with symbolic sizes, kernel launches and one collective, in the order every replica follows.

use std::path::PathBuf;

use syncbn_ir::Limits;
use syncbn_passes::{lower, LowerOptions};
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
