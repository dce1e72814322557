//! The in-memory graph: inputs, outputs, initializers and nodes, exactly as the model format has them.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::{Attr, DType, Shape};

/// A model: one replica's view of the network.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Graph {
    /// Always `"syncbn-ir"`.
    pub format: String,
    /// Format version; 1 today.
    pub version: u32,
    /// The model's name.
    pub name: String,
    /// Graph inputs fed at run time.
    pub inputs: Vec<ValueInfo>,
    /// Names of the tensors the graph returns.
    pub outputs: Vec<String>,
    /// Constant tensors: weights, biases, running statistics.
    #[serde(default)]
    pub initializers: Vec<Initializer>,
    /// The operations, in any order (validation sorts them).
    pub nodes: Vec<Node>,
    /// The folder that `file` initializers are relative to; set by the loader, never saved.
    #[serde(skip)]
    pub base_dir: Option<PathBuf>,
    /// The model file this graph was loaded from, named in errors; set by the loader, never saved.
    #[serde(skip)]
    pub source: Option<PathBuf>,
}

/// A named, typed graph input.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueInfo {
    /// Tensor name.
    pub name: String,
    /// Element type.
    pub dtype: DType,
    /// Shape; named dimensions are bound at run time.
    pub shape: Shape,
}

/// A constant tensor with exactly one data source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawInitializer")]
pub struct Initializer {
    /// Tensor name.
    pub name: String,
    /// Element type.
    pub dtype: DType,
    /// Shape; initializers have fixed dimensions only.
    pub shape: Vec<u64>,
    /// Where the values come from.
    #[serde(flatten)]
    pub source: InitSource,
}

/// Where an initializer's values come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum InitSource {
    /// Values inline, row-major.
    Data {
        /// The values.
        data: Vec<f64>,
    },
    /// One value repeated.
    Fill {
        /// The value.
        fill: f64,
    },
    /// A `.npy` file, or a `.safetensors` file with a key, relative to the model's folder.
    File {
        /// Path relative to the model file's folder; must stay inside it.
        file: String,
        /// Tensor key inside a `.safetensors` file.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key: Option<String>,
    },
}

/// An initializer as written, before the one-data-source rule is checked; unknown fields are errors.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInitializer {
    name: String,
    dtype: DType,
    shape: Vec<u64>,
    data: Option<Vec<f64>>,
    fill: Option<f64>,
    file: Option<String>,
    key: Option<String>,
}

impl TryFrom<RawInitializer> for Initializer {
    type Error = String;

    fn try_from(raw: RawInitializer) -> Result<Self, String> {
        let name = raw.name;
        let source = match (raw.data, raw.fill, raw.file, raw.key) {
            (Some(data), None, None, None) => InitSource::Data { data },
            (None, Some(fill), None, None) => InitSource::Fill { fill },
            (None, None, Some(file), key) => InitSource::File { file, key },
            (None, None, None, Some(_)) => return Err(format!("initializer {name:?} has a \"key\" but no \"file\"")),
            (None, None, None, None) => {
                return Err(format!("initializer {name:?} has no data; expected one of \"data\", \"fill\" or \"file\""))
            }
            _ => {
                return Err(format!(
                "initializer {name:?} has several data sources; expected exactly one of \"data\", \"fill\" or \"file\""
            ))
            }
        };
        Ok(Initializer { name, dtype: raw.dtype, shape: raw.shape, source })
    }
}

/// One operation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Node {
    /// Unique node name.
    pub name: String,
    /// ONNX op name (`"Conv"`) or a lowered op name (see [`crate::lowered`]).
    pub op: String,
    /// Input tensor names; `""` marks an absent optional input.
    pub inputs: Vec<String>,
    /// Output tensor names; `""` marks an absent optional output.
    pub outputs: Vec<String>,
    /// Attributes by name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attrs: BTreeMap<String, Attr>,
}

impl Node {
    /// An attribute by name.
    pub fn attr(&self, name: &str) -> Option<&Attr> {
        self.attrs.get(name)
    }

    /// The input at `index`, if present and not the empty "absent" marker.
    pub fn input(&self, index: usize) -> Option<&str> {
        self.inputs.get(index).map(String::as_str).filter(|s| !s.is_empty())
    }
}

impl Graph {
    /// A new empty graph with the given name.
    pub fn new(name: impl Into<String>) -> Self {
        Graph {
            format: crate::json::FORMAT.to_string(),
            version: crate::json::VERSION,
            name: name.into(),
            inputs: Vec::new(),
            outputs: Vec::new(),
            initializers: Vec::new(),
            nodes: Vec::new(),
            base_dir: None,
            source: None,
        }
    }

    /// The initializer with this name.
    pub fn initializer(&self, name: &str) -> Option<&Initializer> {
        self.initializers.iter().find(|i| i.name == name)
    }

    /// The node with this name.
    pub fn node(&self, name: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.name == name)
    }

    /// The file named in this graph's errors: [`Graph::source`], or `<name>` for a graph built in memory.
    pub fn error_file(&self) -> PathBuf {
        self.source.clone().unwrap_or_else(|| PathBuf::from(format!("<{}>", self.name)))
    }
}
