//! The compiler API's result: a lowered model to inspect (graph, report, collectives), write as
//! artifacts (JSON, DOT, SVG, LLVM IR, PTX, execution plan) and run on R replicas.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use ndarray::ArrayD;
use syncbn_codegen::{compile_graph, KernelModule, Target};
use syncbn_ir::lowered::ALL_REDUCE;
use syncbn_ir::{data, dot, json, Graph, InitSource, Limits, Node};
use syncbn_passes::{LowerReport, Lowered};
use syncbn_runtime::{run, ExecutionPlan, RunOptions, RunResult};

use crate::error::{Error, Result};

/// A file [`Compiled::write`] can write.
///
/// ```
/// use syncbn::Artifact;
/// assert_eq!(Artifact::Svg.file_names(), &["graph.svg", "graph.before.svg"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Artifact {
    /// `graph.json`, the lowered graph (with the data files it names, hard-linked where possible).
    Graph,
    /// `graph.dot`, the lowered graph for Graphviz.
    Dot,
    /// `graph.svg` (the lowered graph) and `graph.before.svg` (the input graph), drawn without Graphviz.
    Svg,
    /// `kernels.ll` and `kernels.json`, the kernels' LLVM IR (for the host, or the GPU target given).
    Llvm,
    /// `kernels.ptx`, the kernels for NVIDIA GPUs.
    Ptx,
    /// `plan.json`, the execution plan.
    Plan,
}

impl Artifact {
    /// The files this artifact writes.
    ///
    /// ```
    /// assert_eq!(syncbn::Artifact::Plan.file_names(), &["plan.json"]);
    /// ```
    pub fn file_names(self) -> &'static [&'static str] {
        match self {
            Artifact::Graph => &["graph.json"],
            Artifact::Dot => &["graph.dot"],
            Artifact::Svg => &["graph.svg", "graph.before.svg"],
            Artifact::Llvm => &["kernels.ll", "kernels.json"],
            Artifact::Ptx => &["kernels.ptx"],
            Artifact::Plan => &["plan.json"],
        }
    }
}

/// A lowered model: the input graph, the lowered graph and the lowering's report.
///
/// ```
/// let compiled = syncbn::Model::load("examples/bn_only.json")?.lower(&syncbn::Lowering::new().replicas(2))?;
/// println!("{}", compiled.report());
/// # Ok::<(), syncbn::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Compiled {
    input: Graph,
    lowered: Lowered,
    replicas: usize,
    group_size: usize,
}

impl Compiled {
    pub(crate) fn new(input: Graph, lowered: Lowered, replicas: usize, group_size: usize) -> Self {
        Compiled { input, lowered, replicas, group_size }
    }

    /// The lowered graph.
    ///
    /// ```
    /// let compiled = syncbn::Model::load("examples/bn_only.json")?.lower(&syncbn::Lowering::new())?;
    /// assert!(compiled.graph().nodes.iter().any(|n| n.op == "LocalMoments"));
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn graph(&self) -> &Graph {
        &self.lowered.graph
    }

    /// The lowering: the lowered graph with its facts, for the stages that read them.
    pub(crate) fn lowered(&self) -> &Lowered {
        &self.lowered
    }

    /// The graph before lowering.
    ///
    /// ```
    /// let compiled = syncbn::Model::load("examples/bn_only.json")?.lower(&syncbn::Lowering::new())?;
    /// assert_eq!(compiled.input_graph().nodes[0].op, "BatchNormalization");
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn input_graph(&self) -> &Graph {
        &self.input
    }

    /// What the lowering did: layers synchronized, collectives and their bytes, kernels, fusions.
    ///
    /// ```
    /// let compiled = syncbn::Model::load("examples/bn_only.json")?.lower(&syncbn::Lowering::new())?;
    /// assert_eq!(compiled.report().bn_synchronized, 1);
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn report(&self) -> &LowerReport {
        &self.lowered.report
    }

    /// The collectives (`AllReduce` nodes) of one step, in graph order.
    ///
    /// ```
    /// let compiled = syncbn::Model::load("examples/bn_only.json")?.lower(&syncbn::Lowering::new())?;
    /// assert_eq!(compiled.collectives()[0].op, "AllReduce");
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn collectives(&self) -> Vec<&Node> {
        self.lowered.graph.nodes.iter().filter(|n| n.op == ALL_REDUCE).collect()
    }

    /// The lowered graph in the JSON model format.
    ///
    /// ```
    /// let compiled = syncbn::Model::load("examples/bn_only.json")?.lower(&syncbn::Lowering::new())?;
    /// assert!(syncbn::Model::from_json(&compiled.to_json()).is_ok());
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        json::to_string(&self.lowered.graph)
    }

    /// The lowered graph in Graphviz DOT, tensor types on the edges, collectives filled.
    ///
    /// ```
    /// let compiled = syncbn::Model::load("examples/bn_only.json")?.lower(&syncbn::Lowering::new())?;
    /// assert!(compiled.to_dot().starts_with("digraph"));
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn to_dot(&self) -> String {
        dot::to_dot(&self.lowered.graph, Some(&self.lowered.info.types))
    }

    /// The lowered graph drawn as SVG (see [`crate::svg`]).
    ///
    /// ```
    /// let compiled = syncbn::Model::load("examples/bn_only.json")?.lower(&syncbn::Lowering::new())?;
    /// assert!(compiled.to_svg().contains("AllReduce"));
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn to_svg(&self) -> String {
        crate::svg::to_svg(&self.lowered.graph)
    }

    /// The kernels of the lowered graph compiled for `target` (`Target::Cpu` for the host; a GPU
    /// target gives PTX too).
    ///
    /// ```
    /// use syncbn::codegen::Target;
    /// let compiled = syncbn::Model::load("examples/bn_only.json")?.lower(&syncbn::Lowering::new())?;
    /// let module = compiled.kernels(Target::Sm(80))?;
    /// assert!(module.ptx.unwrap().contains(".entry"));
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn kernels(&self, target: Target) -> Result<KernelModule> {
        Ok(compile_graph(&self.lowered, target)?)
    }

    /// The execution plan for the lowering's replicas and group size.
    ///
    /// ```
    /// let compiled = syncbn::Model::load("examples/bn_only.json")?.lower(&syncbn::Lowering::new().replicas(2))?;
    /// assert_eq!(compiled.plan()?.collectives(), 1);
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn plan(&self) -> Result<ExecutionPlan> {
        Ok(ExecutionPlan::build(&self.lowered, self.replicas, self.group_size)?)
    }

    /// Writes `artifacts` into `dir` (created if needed); LLVM IR is for `target`, PTX for `target`
    /// or sm_80 when it is the host. Returns the files written.
    ///
    /// ```
    /// use syncbn::{codegen::Target, Artifact};
    /// let compiled = syncbn::Model::load("examples/bn_only.json")?.lower(&syncbn::Lowering::new())?;
    /// let dir = std::env::temp_dir().join("syncbn-doc-write");
    /// let files = compiled.write(&dir, &[Artifact::Graph, Artifact::Svg], Target::Cpu)?;
    /// assert!(files.iter().any(|f| f.ends_with("graph.before.svg")));
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn write(&self, dir: &Path, artifacts: &[Artifact], target: Target) -> Result<Vec<PathBuf>> {
        fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
        let mut written = Vec::new();
        let mut add = |name: &str, text: &str| -> Result<()> {
            let path = dir.join(name);
            fs::write(&path, text).map_err(|e| Error::write(&path, e))?;
            written.push(path);
            Ok(())
        };
        let artifacts: BTreeSet<Artifact> = artifacts.iter().copied().collect();
        for artifact in artifacts {
            match artifact {
                Artifact::Graph => {
                    add("graph.json", &self.to_json())?;
                    link_data_files(&self.lowered.graph, dir)?;
                }
                Artifact::Dot => add("graph.dot", &self.to_dot())?,
                Artifact::Svg => {
                    add("graph.svg", &self.to_svg())?;
                    add("graph.before.svg", &crate::svg::to_svg(&self.input))?;
                }
                Artifact::Llvm => {
                    let module = self.kernels(target)?;
                    add("kernels.ll", &module.llvm_ir)?;
                    add("kernels.json", &kernel_table(&module))?;
                }
                Artifact::Ptx => {
                    let gpu = if target == Target::Cpu { Target::DEFAULT_GPU } else { target };
                    add("kernels.ptx", self.kernels(gpu)?.ptx.as_deref().unwrap_or_default())?;
                }
                Artifact::Plan => add("plan.json", &self.plan()?.to_json())?,
            }
        }
        Ok(written)
    }

    /// Runs the lowered graph on the lowering's replicas (CPU threads) with the given global-batch
    /// inputs (split along axis 0 over the replicas); empty inputs mean seeded random ones.
    ///
    /// ```
    /// use syncbn::ndarray::{Array, IxDyn};
    /// let compiled = syncbn::Model::load("examples/bn_only.json")?.lower(&syncbn::Lowering::new().replicas(2))?;
    /// let x = Array::from_shape_fn(IxDyn(&[4, 3, 7, 5]), |i| (i[0] * 5 + i[2] + i[3] * i[1]) as f32);
    /// let result = compiled.run([("x".to_string(), x)].into())?;
    /// assert_eq!(result.output("y").unwrap().shape(), &[4, 3, 7, 5]);
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn run(&self, inputs: BTreeMap<String, ArrayD<f32>>) -> Result<RunResult> {
        self.run_with(RunOptions { inputs, ..RunOptions::default() })
    }

    /// Runs with full run options (device, shard sizes, bench steps, ...); the replicas and group size
    /// are the lowering's.
    ///
    /// ```
    /// let compiled = syncbn::Model::load("examples/bn_only.json")?.lower(&syncbn::Lowering::new().replicas(2))?;
    /// let options = syncbn::runtime::RunOptions { random_batch: Some(3), ..Default::default() };
    /// assert_eq!(compiled.run_with(options)?.global_batch, 3);
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn run_with(&self, options: RunOptions) -> Result<RunResult> {
        let options = RunOptions { replicas: self.replicas, group_size: Some(self.group_size), ..options };
        Ok(run(&self.lowered.graph, &options)?)
    }
}

fn kernel_table(module: &KernelModule) -> String {
    let mut text = serde_json::to_string_pretty(&module.kernels).unwrap_or_default();
    text.push('\n');
    text
}

/// Hard-links (or, across file systems, copies) the data files that `file` initializers name into
/// `dir` at the same relative paths, so that the written graph.json loads on its own without the
/// weight data being copied.
fn link_data_files(graph: &Graph, dir: &Path) -> Result<()> {
    let limits = Limits::default();
    let mut done: BTreeSet<&str> = BTreeSet::new();
    for init in &graph.initializers {
        let InitSource::File { file, .. } = &init.source else { continue };
        if !done.insert(file) {
            continue;
        }
        let source = data::resolve_file(graph, init, &limits)?;
        let target = dir.join(file);
        if fs::canonicalize(&target).is_ok_and(|t| t == source) {
            continue;
        }
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::write(parent, e))?;
        }
        link_or_copy(&source, &target).map_err(|e| Error::write(&target, e))?;
    }
    Ok(())
}

/// Makes `target` a hard link to `source` (replacing an older file), or a copy where linking fails.
fn link_or_copy(source: &Path, target: &Path) -> std::io::Result<()> {
    match fs::remove_file(target) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    fs::hard_link(source, target).or_else(|_| fs::copy(source, target).map(drop))
}
