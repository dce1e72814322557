//! The model under construction: live tensors with their shapes, nodes, initializers and outputs,
//! written as the JSON model format.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::choices::{Choices, SplitMix};
use crate::Case;

/// A float tensor of the model: `[N, dims...]`, N the replica's batch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tensor {
    /// The tensor's name.
    pub name: String,
    /// Its extents after the batch axis.
    pub dims: Vec<u64>,
}

impl Tensor {
    /// Rank including the batch axis.
    pub fn rank(&self) -> usize {
        self.dims.len() + 1
    }

    /// Channels (the extent after the batch axis).
    pub fn channels(&self) -> u64 {
        self.dims[0]
    }

    /// Elements of one batch row.
    pub fn row_len(&self) -> u64 {
        self.dims.iter().product()
    }
}

/// A generated model: its file and the facts its tests need.
#[derive(Clone, Debug)]
pub struct Model {
    /// The model file (JSON format, inline initializer data only).
    pub json: Value,
    /// Graph inputs: name and the extents of one batch row.
    pub inputs: Vec<(String, Vec<usize>)>,
    /// Graph outputs with a batch axis (the ones a training step differentiates).
    pub batch_outputs: Vec<String>,
    /// Whether any BatchNormalization is in training mode (each sync group then needs 2 rows).
    pub trains: bool,
    /// The ops used, in node order.
    pub ops: Vec<String>,
    /// The extents after the batch axis of every float tensor the generator tracked (inputs and
    /// node outputs), as it computed them.
    pub shapes: BTreeMap<String, Vec<u64>>,
    /// Seed of the input values.
    pub seed: u64,
}

impl Model {
    /// The model file's text.
    pub fn text(&self) -> String {
        serde_json::to_string_pretty(&self.json).unwrap_or_default()
    }

    /// Seeded global-batch values of every input for `rows` rows: `(shape, row-major values)`.
    pub fn input_values(&self, rows: usize) -> BTreeMap<String, (Vec<usize>, Vec<f32>)> {
        let mut rng = SplitMix(self.seed ^ 0x5eed);
        self.inputs
            .iter()
            .map(|(name, dims)| {
                let shape: Vec<usize> = std::iter::once(rows).chain(dims.iter().copied()).collect();
                let offset = if rng.next() % 4 == 0 { rng.uniform(-3.0, 3.0) } else { 0.0 };
                let values = (0..shape.iter().product()).map(|_| rng.uniform(-1.5, 1.5) + offset).collect();
                (name.clone(), (shape, values))
            })
            .collect()
    }
}

/// The state of a model being generated.
pub struct Builder {
    /// The structure decisions.
    pub choices: Choices,
    rng: SplitMix,
    seed: u64,
    nodes: Vec<Value>,
    initializers: Vec<Value>,
    inputs: Vec<Value>,
    input_facts: Vec<(String, Vec<usize>)>,
    outputs: Vec<String>,
    /// Tensors that later ops may read, most recent last.
    pub live: Vec<Tensor>,
    produced: Vec<Tensor>,
    shapes: BTreeMap<String, Vec<u64>>,
    ops: Vec<String>,
    trains: bool,
    counter: usize,
}

impl Builder {
    /// An empty model for `case`.
    pub fn new(case: &Case) -> Self {
        Builder {
            choices: Choices::new(&case.choices),
            rng: SplitMix(case.seed),
            seed: case.seed,
            nodes: Vec::new(),
            initializers: Vec::new(),
            inputs: Vec::new(),
            input_facts: Vec::new(),
            outputs: Vec::new(),
            live: Vec::new(),
            produced: Vec::new(),
            shapes: BTreeMap::new(),
            ops: Vec::new(),
            trains: false,
            counter: 0,
        }
    }

    /// A fresh name `<stem><k>`.
    pub fn fresh(&mut self, stem: &str) -> String {
        self.counter += 1;
        format!("{stem}{}", self.counter)
    }

    /// Adds a graph input `[N, C, spatial...]` of rank 2 to 5 and makes it live.
    pub fn add_input(&mut self) -> Tensor {
        let rank = 2 + self.choices.pick(4);
        let mut dims = vec![1 + self.choices.pick(4) as u64];
        for _ in 2..rank {
            dims.push(1 + self.choices.pick(5) as u64);
        }
        self.input_with(dims)
    }

    /// Adds a graph input with the given extents after the batch axis.
    pub fn input_with(&mut self, dims: Vec<u64>) -> Tensor {
        let name = format!("x{}", self.inputs.len());
        let shape: Vec<Value> = std::iter::once(json!("N")).chain(dims.iter().map(|&d| json!(d))).collect();
        self.inputs.push(json!({"name": name, "dtype": "f32", "shape": shape}));
        self.input_facts.push((name.clone(), dims.iter().map(|&d| d as usize).collect()));
        self.shapes.insert(name.clone(), dims.clone());
        let t = Tensor { name, dims };
        self.live.push(t.clone());
        t
    }

    /// A live tensor: the most recent unless the choices say otherwise.
    pub fn operand(&mut self) -> Tensor {
        let k = self.choices.pick(self.live.len());
        self.live[self.live.len() - 1 - k].clone()
    }

    /// Another live tensor with exactly `dims`, other than `not` when possible.
    pub fn partner(&mut self, dims: &[u64], not: &str) -> Option<Tensor> {
        let same: Vec<Tensor> = self.live.iter().filter(|t| t.dims == dims && t.name != not).cloned().collect();
        (!same.is_empty()).then(|| same[self.choices.pick(same.len())].clone())
    }

    /// A float initializer of `shape` with seeded values in `[lo, hi)`; returns its name.
    pub fn weights(&mut self, stem: &str, shape: &[u64], lo: f64, hi: f64) -> String {
        let count: u64 = shape.iter().product();
        let values: Vec<f32> = (0..count).map(|_| self.rng.uniform(lo, hi)).collect();
        self.initializer(stem, "f32", shape, json!(values))
    }

    /// An initializer with inline `data`; returns its name.
    pub fn initializer(&mut self, stem: &str, dtype: &str, shape: &[u64], data: Value) -> String {
        let name = self.fresh(stem);
        self.initializers.push(json!({"name": name, "dtype": dtype, "shape": shape, "data": data}));
        name
    }

    /// Adds a node; its first output, of extents `dims`, becomes live unless `dims` is `None`.
    pub fn node(&mut self, op: &str, inputs: &[&str], outputs: &[String], attrs: Value) {
        let name = self.fresh(&format!("{}_", op.to_lowercase()));
        let mut node = json!({"name": name, "op": op, "inputs": inputs, "outputs": outputs});
        if attrs.as_object().is_some_and(|a| !a.is_empty()) {
            node["attrs"] = attrs;
        }
        self.nodes.push(node);
        self.ops.push(op.to_string());
    }

    /// Adds a one-output node producing `[N, dims...]` and makes its output live.
    pub fn unary(&mut self, op: &str, inputs: &[&str], dims: Vec<u64>, attrs: Value) -> Tensor {
        let out = self.fresh("t");
        self.node(op, inputs, std::slice::from_ref(&out), attrs);
        self.shapes.insert(out.clone(), dims.clone());
        let t = Tensor { name: out, dims };
        self.live.push(t.clone());
        self.produced.push(t.clone());
        t
    }

    /// Records a produced tensor that is not live (an unused output).
    pub fn produced_unused(&mut self, t: Tensor) {
        self.shapes.insert(t.name.clone(), t.dims.clone());
        self.produced.push(t);
    }

    /// Makes a produced tensor live.
    pub fn produced_live(&mut self, t: Tensor) {
        self.shapes.insert(t.name.clone(), t.dims.clone());
        self.live.push(t);
    }

    /// Marks `name` as a graph output (running statistics or batch tensors alike).
    pub fn output(&mut self, name: &str) {
        if !self.outputs.iter().any(|o| o == name) {
            self.outputs.push(name.to_string());
        }
    }

    /// Notes a training-mode BatchNorm.
    pub fn note_training(&mut self) {
        self.trains = true;
    }

    /// Chooses the graph outputs and returns the model.
    pub fn finish(mut self, name: &str) -> Model {
        let inputs: Vec<String> = self.input_facts.iter().map(|(n, _)| n.clone()).collect();
        let mut batch_outputs = Vec::new();
        let live: Vec<Tensor> = self.live.iter().filter(|t| !inputs.contains(&t.name)).cloned().collect();
        for (k, t) in live.iter().rev().enumerate() {
            if k == 0 || self.choices.chance(3) {
                batch_outputs.push(t.name.clone());
            }
        }
        if live.is_empty() && self.outputs.is_empty() {
            if let Some(t) = self.produced.last() {
                batch_outputs.push(t.name.clone());
            }
        }
        for o in &batch_outputs {
            self.output(o);
        }
        let json = json!({
            "format": "syncbn-ir", "version": 1, "name": name,
            "inputs": self.inputs, "outputs": self.outputs,
            "initializers": self.initializers, "nodes": self.nodes,
        });
        Model {
            json,
            inputs: self.input_facts,
            batch_outputs,
            trains: self.trains,
            ops: self.ops,
            shapes: self.shapes,
            seed: self.seed,
        }
    }
}
