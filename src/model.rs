//! The compiler API's front: a [`Model`] loaded from a file or a string (JSON or ONNX), optionally
//! differentiated into a training graph, and [`Lowering`], the options it is lowered with.

use std::path::Path;

use syncbn_ir::{data, json, load_typed, onnx, validate, Graph, GraphInfo, InitSource, Limits, TypedGraph};
use syncbn_passes::{differentiate, lower, LowerOptions};

use crate::compiled::Compiled;
use crate::error::{Error, Result};

/// A validated model graph (per replica), ready to lower.
///
/// ```
/// let model = syncbn::Model::load("examples/conv_bn_relu.json")?;
/// assert_eq!(model.graph().nodes.len(), 3);
/// # Ok::<(), syncbn::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Model {
    graph: Graph,
    /// The graph's facts, from validating it once.
    info: GraphInfo,
}

impl Model {
    /// Reads and validates a model file: `.onnx` is imported from ONNX, anything else read as the
    /// JSON format. Initializer data files are checked here (path, size, the header's dtype and
    /// shape; their data is not read), so a bad one is an error now.
    ///
    /// ```
    /// let model = syncbn::Model::load("examples/bn_only.json")?;
    /// assert!(syncbn::Model::load("examples/missing.json").is_err());
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn load(path: impl AsRef<Path>) -> Result<Model> {
        let limits = Limits::default();
        let (graph, info) = load_typed(path.as_ref(), &limits)?;
        for init in graph.initializers.iter().filter(|i| matches!(i.source, InitSource::File { .. })) {
            data::check_initializer(&graph, init, &limits)?;
        }
        Ok(Model { graph, info })
    }

    /// Parses and validates a model in the JSON format from a string. Its initializers hold their data
    /// inline (`data`, `fill`): a string has no folder for `file` data to be relative to.
    ///
    /// ```
    /// let text = std::fs::read_to_string("examples/bn_only.json").unwrap();
    /// let model = syncbn::Model::from_json(&text)?;
    /// assert_eq!(model.graph().name, "bn_only");
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Model> {
        let file = Path::new("<json string>");
        let mut graph = json::from_str(text, file)?;
        let info = validate::validate_sorted(&mut graph, &Limits::default(), file)?;
        Ok(Model { graph, info })
    }

    /// Imports and validates an ONNX model held in memory (external tensor data, if any, is looked
    /// up relative to the current directory).
    ///
    /// ```
    /// let bytes = std::fs::read("tests/fixtures/bn_rank4/train.onnx").unwrap();
    /// let model = syncbn::Model::from_onnx(&bytes)?;
    /// assert!(model.graph().nodes.iter().any(|n| n.op == "BatchNormalization"));
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn from_onnx(bytes: &[u8]) -> Result<Model> {
        let (graph, info) =
            onnx::typed_from_bytes(bytes, Path::new("<onnx bytes>"), Path::new(""), &Limits::default())?;
        Ok(Model { graph, info })
    }

    /// Wraps a graph built in memory, after validating it.
    ///
    /// ```
    /// let graph = syncbn::Model::load("examples/bn_only.json")?.into_graph();
    /// assert!(syncbn::Model::from_graph(graph).is_ok());
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn from_graph(mut graph: Graph) -> Result<Model> {
        let file = graph.error_file();
        let info = validate::validate_sorted(&mut graph, &Limits::default(), &file)?;
        Ok(Model { graph, info })
    }

    /// The graph.
    ///
    /// ```
    /// let model = syncbn::Model::load("examples/bn_only.json")?;
    /// assert_eq!(model.graph().outputs[0], "y");
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn graph(&self) -> &Graph {
        &self.graph
    }

    /// The graph, by value.
    ///
    /// ```
    /// let graph = syncbn::Model::load("examples/bn_only.json")?.into_graph();
    /// assert_eq!(graph.inputs[0].name, "x");
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn into_graph(self) -> Graph {
        self.graph
    }

    /// The graph with its facts, for the stages that read them.
    pub(crate) fn typed(&self) -> TypedGraph<'_> {
        TypedGraph { graph: &self.graph, info: &self.info }
    }

    /// The training graph of `outputs`: the forward, the backward, an input `grad_output/<y>` per
    /// output and an output `grad/<name>` per graph input and parameter (see `ir::grad`).
    ///
    /// ```
    /// let model = syncbn::Model::load("examples/bn_only.json")?.with_gradients(&["y"])?;
    /// assert!(model.graph().inputs.iter().any(|i| i.name == "grad_output/y"));
    /// assert!(model.graph().outputs.iter().any(|o| o == "grad/x"));
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn with_gradients(&self, outputs: &[&str]) -> Result<Model> {
        let outputs: Vec<String> = outputs.iter().map(|o| o.to_string()).collect();
        let graph = differentiate(&self.typed(), &outputs)?;
        let info = GraphInfo::of(&graph)?;
        Ok(Model { graph, info })
    }

    /// Lowers the model for SyncBN: every training BatchNormalization becomes local moments, one
    /// all-reduce per sync group, finalize and normalize; eval ones fold or become affines; then fusion.
    ///
    /// ```
    /// let model = syncbn::Model::load("examples/conv_bn_relu.json")?;
    /// let compiled = model.lower(&syncbn::Lowering::new().replicas(4))?;
    /// assert_eq!(compiled.collectives().len(), 1);
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn lower(&self, options: &Lowering) -> Result<Compiled> {
        let lower_options = LowerOptions {
            replicas: options.replicas,
            group_size: options.group_size.unwrap_or(0),
            fuse: options.fuse,
            bucket_cap_bytes: bucket_cap_bytes(options.bucket_cap_mb, "Lowering::bucket_cap_mb")?,
            ..LowerOptions::default()
        };
        let lowered = lower(&self.typed(), &lower_options)?;
        let group_size = options.group_size.unwrap_or(options.replicas);
        Ok(Compiled::new(self.graph.clone(), lowered, options.replicas, group_size))
    }
}

/// How to lower a model: replicas, sync group size, fusion.
///
/// ```
/// let options = syncbn::Lowering::new().replicas(8).group_size(2).fuse(false);
/// assert_eq!((options.get_replicas(), options.get_group_size()), (8, Some(2)));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Lowering {
    replicas: usize,
    group_size: Option<usize>,
    fuse: bool,
    bucket_cap_mb: Option<f64>,
}

impl Default for Lowering {
    fn default() -> Self {
        Lowering { replicas: 1, group_size: None, fuse: true, bucket_cap_mb: None }
    }
}

impl Lowering {
    /// One replica, one sync group, fusion on.
    ///
    /// ```
    /// assert_eq!(syncbn::Lowering::new(), syncbn::Lowering::default());
    /// ```
    pub fn new() -> Self {
        Lowering::default()
    }

    /// Replicas R (at least 1).
    ///
    /// ```
    /// assert_eq!(syncbn::Lowering::new().replicas(4).get_replicas(), 4);
    /// ```
    pub fn replicas(mut self, replicas: usize) -> Self {
        self.replicas = replicas;
        self
    }

    /// Replicas per sync group (must divide R); by default all replicas form one group.
    ///
    /// ```
    /// assert_eq!(syncbn::Lowering::new().replicas(4).group_size(2).get_group_size(), Some(2));
    /// ```
    pub fn group_size(mut self, group_size: usize) -> Self {
        self.group_size = Some(group_size);
        self
    }

    /// The largest parameter-gradient all-reduce bucket of a differentiated graph, in MiB, as
    /// DDP's `bucket_cap_mb` (default 25; a larger gradient gets a bucket of its own). A cap that
    /// is not above 0 and at most 1048576 is an error of [`Model::lower`].
    ///
    /// ```
    /// let model = syncbn::Model::load("examples/conv_bn_relu.json")?;
    /// assert!(model.lower(&syncbn::Lowering::new().bucket_cap_mb(0.0)).is_err());
    /// assert!(model.lower(&syncbn::Lowering::new().bucket_cap_mb(0.5)).is_ok());
    /// # Ok::<(), syncbn::Error>(())
    /// ```
    pub fn bucket_cap_mb(mut self, mb: f64) -> Self {
        self.bucket_cap_mb = Some(mb);
        self
    }

    /// Whether to fuse activations and residual Adds into normalizes (on by default).
    ///
    /// ```
    /// assert!(!syncbn::Lowering::new().fuse(false).get_fuse());
    /// ```
    pub fn fuse(mut self, fuse: bool) -> Self {
        self.fuse = fuse;
        self
    }

    /// Replicas R.
    ///
    /// ```
    /// assert_eq!(syncbn::Lowering::new().get_replicas(), 1);
    /// ```
    pub fn get_replicas(&self) -> usize {
        self.replicas
    }

    /// Replicas per sync group; `None` means all.
    ///
    /// ```
    /// assert_eq!(syncbn::Lowering::new().get_group_size(), None);
    /// ```
    pub fn get_group_size(&self) -> Option<usize> {
        self.group_size
    }

    /// Whether fusion is on.
    ///
    /// ```
    /// assert!(syncbn::Lowering::new().get_fuse());
    /// ```
    pub fn get_fuse(&self) -> bool {
        self.fuse
    }
}

/// A bucket cap in bytes: the default's, or `mb` MiB checked (an error naming `what`, the builder
/// method that gave it).
pub(crate) fn bucket_cap_bytes(mb: Option<f64>, what: &str) -> Result<u64> {
    let Some(mb) = mb else { return Ok(LowerOptions::default().bucket_cap_bytes) };
    LowerOptions::bucket_cap_from_mb(mb).ok_or_else(|| {
        let most = LowerOptions::MAX_BUCKET_CAP_MB;
        Error::invalid(what, format!("a number of MiB above 0 and at most {most}, not {mb}"))
    })
}
