//! The plain element-wise ops: those over same-shaped tensors that have a kernel of their own, and the
//! binary ops of the broadcasting kernels.

use serde::Serialize;

/// A plain element-wise op over same-shaped tensors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Elementwise {
    /// `max(x, 0)`.
    Relu,
    /// `a + b`.
    Add,
    /// `a * b`.
    Mul,
    /// `min(max(x, lo), hi)`.
    Clip,
    /// `1 / (1 + exp(-x))`.
    Sigmoid,
    /// `a - b` (broadcasting kernel only).
    Sub,
    /// `a / b` (broadcasting kernel only).
    Div,
}

impl Elementwise {
    /// All element-wise ops with a same-shape kernel.
    pub const ALL: [Elementwise; 5] =
        [Elementwise::Relu, Elementwise::Add, Elementwise::Mul, Elementwise::Clip, Elementwise::Sigmoid];

    /// The op's lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Elementwise::Relu => "relu",
            Elementwise::Add => "add",
            Elementwise::Mul => "mul",
            Elementwise::Clip => "clip",
            Elementwise::Sigmoid => "sigmoid",
            Elementwise::Sub => "sub",
            Elementwise::Div => "div",
        }
    }

    /// Number of tensor inputs (1 or 2).
    pub fn arity(self) -> usize {
        match self {
            Elementwise::Add | Elementwise::Mul | Elementwise::Sub | Elementwise::Div => 2,
            _ => 1,
        }
    }
}
