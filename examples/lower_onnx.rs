//! Library use of the SyncBN pass: a PyTorch `.onnx` export becomes a lowered graph (JSON), a DOT file
//! and two pictures (`graph.before.svg`, the input; `graph.svg`, the lowered graph, collectives filled).
//!
//! `cargo run --release --example lower_onnx -- [MODEL.onnx] [OUT_DIR] [REPLICAS]`
//! (defaults: examples/resnet_block.onnx, a `syncbn-lower_onnx` folder in the temp dir, 4 replicas).

use std::path::PathBuf;

use syncbn::codegen::Target;
use syncbn::{Artifact, Lowering, Model};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let model = args.next().map(PathBuf::from).unwrap_or_else(|| example_dir().join("resnet_block.onnx"));
    let out = args.next().map(PathBuf::from).unwrap_or_else(|| std::env::temp_dir().join("syncbn-lower_onnx"));
    let replicas: usize = args.next().map(|r| r.parse()).transpose()?.unwrap_or(4);

    let model = Model::load(&model)?;
    println!("{}: {} nodes, inputs {:?}", model.graph().name, model.graph().nodes.len(), input_names(&model));
    let compiled = model.lower(&Lowering::new().replicas(replicas))?;
    println!("{}", compiled.report());
    for collective in compiled.collectives() {
        let layers = collective.attrs.get("layers").map(|l| format!("{l:?}")).unwrap_or_default();
        println!("collective {}: serves {layers}", collective.name);
    }
    for file in compiled.write(&out, &[Artifact::Graph, Artifact::Dot, Artifact::Svg], Target::Cpu)? {
        println!("wrote {}", file.display());
    }
    Ok(())
}

fn input_names(model: &Model) -> Vec<&str> {
    model.graph().inputs.iter().map(|i| i.name.as_str()).collect()
}

fn example_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples")
}
