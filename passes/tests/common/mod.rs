//! Graph builders shared by the tests and benches: small models, ResNet blocks, ResNet-18/152-shaped
//! networks and synthetic graphs, with deterministic pseudo-random weights.
#![allow(dead_code)]

use std::collections::BTreeMap;

use syncbn_ir::{Attr, DType, Dim, Graph, InitSource, Initializer, Node, ValueInfo};

/// A tiny deterministic generator (SplitMix64) for weights and test data.
#[derive(Clone, Debug)]
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [lo, hi).
    pub fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform integer in [0, n).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

/// Builds graphs node by node.
pub struct Builder {
    pub graph: Graph,
    pub rng: Rng,
    /// Write weights as `fill` (one value) instead of random `data`, to keep big graphs small.
    pub compact: bool,
}

fn ints(v: &[i64]) -> Attr {
    Attr::Ints(v.to_vec())
}

impl Builder {
    pub fn new(name: &str, seed: u64) -> Self {
        Builder { graph: Graph::new(name), rng: Rng(seed), compact: false }
    }

    /// A batch input `[N, dims...]`.
    pub fn input(&mut self, name: &str, dims: &[u64]) -> String {
        let mut shape = vec![Dim::Named("N".into())];
        shape.extend(dims.iter().map(|&d| Dim::Fixed(d)));
        self.graph.inputs.push(ValueInfo { name: name.into(), dtype: DType::F32, shape });
        name.to_string()
    }

    /// An initializer with inline data.
    pub fn init(&mut self, name: &str, shape: &[u64], data: Vec<f64>) -> String {
        let source = InitSource::Data { data };
        self.graph.initializers.push(Initializer {
            name: name.into(),
            dtype: DType::F32,
            shape: shape.to_vec(),
            source,
        });
        name.to_string()
    }

    /// An initializer of random values in [lo, hi).
    pub fn random_init(&mut self, name: &str, shape: &[u64], lo: f64, hi: f64) -> String {
        if self.compact {
            let source = InitSource::Fill { fill: (lo + hi) / 2.0 };
            self.graph.initializers.push(Initializer {
                name: name.into(),
                dtype: DType::F32,
                shape: shape.to_vec(),
                source,
            });
            return name.to_string();
        }
        let n: u64 = shape.iter().product();
        let data = (0..n).map(|_| self.rng.uniform(lo, hi)).collect();
        self.init(name, shape, data)
    }

    pub fn node(&mut self, op: &str, name: &str, inputs: &[&str], outputs: &[&str], attrs: &[(&str, Attr)]) {
        self.graph.nodes.push(Node {
            name: name.into(),
            op: op.into(),
            inputs: inputs.iter().map(|s| s.to_string()).collect(),
            outputs: outputs.iter().map(|s| s.to_string()).collect(),
            attrs: attrs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect::<BTreeMap<_, _>>(),
        });
    }

    /// A BatchNormalization over `c` channels; training mode exposes the running statistics as
    /// graph outputs when `expose` is set.
    pub fn bn(&mut self, name: &str, x: &str, c: u64, training: bool, expose: bool) -> String {
        let s = self.random_init(&format!("{name}.weight"), &[c], 0.5, 1.5);
        let b = self.random_init(&format!("{name}.bias"), &[c], -0.5, 0.5);
        let m = self.random_init(&format!("{name}.running_mean"), &[c], -0.2, 0.2);
        let v = self.random_init(&format!("{name}.running_var"), &[c], 0.5, 2.0);
        let y = format!("{name}.y");
        let attrs = [
            ("epsilon", Attr::Float(1e-5)),
            ("momentum", Attr::Float(0.9)),
            ("training_mode", Attr::Int(training as i64)),
        ];
        if training && expose {
            let (rm, rv) = (format!("{name}.running_mean_out"), format!("{name}.running_var_out"));
            self.node("BatchNormalization", name, &[x, &s, &b, &m, &v], &[&y, &rm, &rv], &attrs);
            self.graph.outputs.push(rm);
            self.graph.outputs.push(rv);
        } else {
            self.node("BatchNormalization", name, &[x, &s, &b, &m, &v], &[&y], &attrs);
        }
        y
    }

    /// A 2-D convolution `cin -> cout` channels, `k x k` with `pad` padding, no bias unless `bias`.
    pub fn conv(
        &mut self,
        name: &str,
        x: &str,
        (cin, cout, k): (u64, u64, u64),
        stride: i64,
        pad: i64,
        bias: bool,
    ) -> String {
        let scale = 1.0 / ((cin * k * k) as f64).sqrt();
        let w = self.random_init(&format!("{name}.weight"), &[cout, cin, k, k], -scale, scale);
        let mut inputs = vec![x.to_string(), w];
        if bias {
            inputs.push(self.random_init(&format!("{name}.bias"), &[cout], -0.1, 0.1));
        }
        let y = format!("{name}.y");
        let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
        let attrs = [
            ("kernel_shape", ints(&[k as i64, k as i64])),
            ("pads", ints(&[pad, pad, pad, pad])),
            ("strides", ints(&[stride, stride])),
        ];
        self.node("Conv", name, &inputs, &[&y], &attrs);
        y
    }

    pub fn unary(&mut self, op: &str, name: &str, x: &str) -> String {
        let y = format!("{name}.y");
        self.node(op, name, &[x], &[&y], &[]);
        y
    }

    pub fn add(&mut self, name: &str, a: &str, b: &str) -> String {
        let y = format!("{name}.y");
        self.node("Add", name, &[a, b], &[&y], &[]);
        y
    }

    pub fn output(&mut self, name: &str) {
        self.graph.outputs.insert(0, name.to_string());
    }

    pub fn finish(self) -> Graph {
        self.graph
    }
}

/// A ResNet basic block: conv-bn-relu-conv-bn + shortcut (conv1x1-bn when `stride != 1` or the
/// channel count changes), add, relu. Returns the block output.
pub fn basic_block(b: &mut Builder, name: &str, x: &str, cin: u64, cout: u64, stride: i64, training: bool) -> String {
    let c1 = b.conv(&format!("{name}.conv1"), x, (cin, cout, 3), stride, 1, false);
    let n1 = b.bn(&format!("{name}.bn1"), &c1, cout, training, training);
    let r1 = b.unary("Relu", &format!("{name}.relu1"), &n1);
    let c2 = b.conv(&format!("{name}.conv2"), &r1, (cout, cout, 3), 1, 1, false);
    let n2 = b.bn(&format!("{name}.bn2"), &c2, cout, training, training);
    let shortcut = if stride != 1 || cin != cout {
        let cd = b.conv(&format!("{name}.downsample.0"), x, (cin, cout, 1), stride, 0, false);
        b.bn(&format!("{name}.downsample.1"), &cd, cout, training, training)
    } else {
        x.to_string()
    };
    let s = b.add(&format!("{name}.add"), &n2, &shortcut);
    b.unary("Relu", &format!("{name}.relu2"), &s)
}

/// One downsampling basic block on `[N, 4, 7, 5]` (3 BNs), output `y` first.
pub fn resnet_block(training: bool) -> Graph {
    let mut b = Builder::new("resnet_block", 7);
    let x = b.input("x", &[4, 7, 5]);
    let y = basic_block(&mut b, "layer1.0", &x, 4, 6, 2, training);
    b.output(&y);
    b.finish()
}

/// Conv -> BN -> Relu on `[N, 3, 7, 5]`.
pub fn conv_bn_relu(training: bool) -> Graph {
    let mut b = Builder::new("conv_bn_relu", 3);
    let x = b.input("x", &[3, 7, 5]);
    let c = b.conv("conv1", &x, (3, 5, 3), 1, 1, true);
    let n = b.bn("bn1", &c, 5, training, training);
    let y = b.unary("Relu", "relu1", &n);
    b.output(&y);
    b.finish()
}

/// A bottleneck block: 1x1 -> 3x3 (stride) -> 1x1 (4x expansion) with a projection shortcut when
/// the shape changes.
pub fn bottleneck(b: &mut Builder, name: &str, x: &str, cin: u64, mid: u64, stride: i64, training: bool) -> String {
    let cout = mid * 4;
    let c1 = b.conv(&format!("{name}.conv1"), x, (cin, mid, 1), 1, 0, false);
    let n1 = b.bn(&format!("{name}.bn1"), &c1, mid, training, training);
    let r1 = b.unary("Relu", &format!("{name}.relu1"), &n1);
    let c2 = b.conv(&format!("{name}.conv2"), &r1, (mid, mid, 3), stride, 1, false);
    let n2 = b.bn(&format!("{name}.bn2"), &c2, mid, training, training);
    let r2 = b.unary("Relu", &format!("{name}.relu2"), &n2);
    let c3 = b.conv(&format!("{name}.conv3"), &r2, (mid, cout, 1), 1, 0, false);
    let n3 = b.bn(&format!("{name}.bn3"), &c3, cout, training, training);
    let shortcut = if stride != 1 || cin != cout {
        let cd = b.conv(&format!("{name}.downsample.0"), x, (cin, cout, 1), stride, 0, false);
        b.bn(&format!("{name}.downsample.1"), &cd, cout, training, training)
    } else {
        x.to_string()
    };
    let s = b.add(&format!("{name}.add"), &n3, &shortcut);
    b.unary("Relu", &format!("{name}.relu3"), &s)
}

/// A ResNet-shaped classifier trunk on `[N, 3, 224, 224]`: stem, four stages of `blocks` basic
/// (or, with `bottlenecks`, bottleneck) blocks, global pooling. Weights are `fill` initializers.
pub fn resnet(name: &str, blocks: [usize; 4], bottlenecks: bool, training: bool) -> Graph {
    let mut b = Builder::new(name, 18);
    b.compact = true;
    let x = b.input("input", &[3, 224, 224]);
    let c = b.conv("conv1", &x, (3, 64, 7), 2, 3, false);
    let n = b.bn("bn1", &c, 64, training, training);
    let mut h = b.unary("Relu", "relu", &n);
    let mut cin = 64;
    for (stage, &count) in blocks.iter().enumerate() {
        let width = 64u64 << stage;
        for i in 0..count {
            let stride = if i == 0 && stage > 0 { 2 } else { 1 };
            let block = format!("layer{}.{i}", stage + 1);
            h = if bottlenecks {
                bottleneck(&mut b, &block, &h, cin, width, stride, training)
            } else {
                basic_block(&mut b, &block, &h, cin, width, stride, training)
            };
            cin = if bottlenecks { width * 4 } else { width };
        }
    }
    let p = b.unary("GlobalAveragePool", "avgpool", &h);
    let f = b.unary("Flatten", "flatten", &p);
    b.output(&f);
    b.finish()
}

/// ResNet-18 shape: 20 BatchNorms, 3 of them on downsampling shortcuts.
pub fn resnet18(training: bool) -> Graph {
    resnet("resnet18", [2, 2, 2, 2], false, training)
}

/// ResNet-152 shape: 155 BatchNorms.
pub fn resnet152(training: bool) -> Graph {
    resnet("resnet152", [3, 8, 36, 3], true, training)
}

/// A synthetic chain of `blocks` units conv -> BN(train) -> Relu, every fourth unit joined with the
/// unit two back by a residual Add: 3 or 4 nodes per unit on `[N, 8, 8, 8]`.
pub fn synthetic(nodes: usize) -> Graph {
    let mut b = Builder::new("synthetic", 5);
    b.compact = true;
    let mut h = b.input("x", &[8, 8, 8]);
    let mut history = vec![h.clone()];
    let mut i = 0;
    while b.graph.nodes.len() < nodes {
        let c = b.conv(&format!("u{i}.conv"), &h, (8, 8, 3), 1, 1, false);
        let n = b.bn(&format!("u{i}.bn"), &c, 8, true, false);
        let n = if i % 4 == 3 { b.add(&format!("u{i}.add"), &n, &history[history.len() - 2]) } else { n };
        h = b.unary("Relu", &format!("u{i}.relu"), &n);
        history.push(h.clone());
        i += 1;
    }
    b.output(&h);
    b.finish()
}
