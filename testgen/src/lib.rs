//! syncbn-testgen owns the random valid-model generator of the differential tests: a [`Case`] (a
//! seed and a stream of choices, drawn and shrunk by proptest) builds one small model over the whole
//! op set of the format ([`build`]), valid by construction, with the facts a test needs to feed and
//! differentiate it ([`Model`]).
//!
//! Every decision reads the next choice byte; an exhausted stream answers 0, and choice 0 is always
//! the simplest option, so proptest's shrinking (fewer, smaller choices) shrinks the model: the
//! empty stream is one training-mode BatchNorm on a rank-2 input. Ops are added until the stream
//! runs out (at most [`MAX_OPS`]).

#![warn(missing_docs)]

mod builder;
mod choices;
mod ops;

use proptest::prelude::*;
use serde_json::Value;

pub use builder::Model;
pub use choices::Choices;

/// Largest number of ops a generated model holds.
pub const MAX_OPS: usize = 14;

/// One generated test case: `seed` draws the numbers (weights, inputs), `choices` the structure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    /// Seed of the initializer values and the inputs.
    pub seed: u64,
    /// The decisions, one byte each.
    pub choices: Vec<u8>,
}

/// The proptest strategy of cases: any seed, up to 96 choices.
pub fn cases() -> impl Strategy<Value = Case> {
    (any::<u64>(), prop::collection::vec(any::<u8>(), 0..96)).prop_map(|(seed, choices)| Case { seed, choices })
}

/// Builds the model of `case` (its JSON file text and facts); see [`Model`].
pub fn build(case: &Case) -> Model {
    let mut b = builder::Builder::new(case);
    b.add_input();
    ops::add_op(&mut b);
    for _ in 1..MAX_OPS {
        if b.choices.exhausted() {
            break;
        }
        ops::add_op(&mut b);
    }
    b.finish(&format!("generated_{:016x}", case.seed))
}

/// The model file of `case` as pretty JSON (what a regression fixture holds).
pub fn model_json(case: &Case) -> String {
    serde_json::to_string_pretty(&build(case).json).unwrap_or_default()
}

/// The case number `index` of a run seeded with `seed`, drawn without proptest (for long runs
/// that enumerate cases).
pub fn case_at(seed: u64, index: u64) -> Case {
    let mut rng = choices::SplitMix(seed ^ index.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let len = (rng.next() % 96) as usize;
    Case { seed: rng.next(), choices: (0..len).map(|_| rng.next() as u8).collect() }
}

/// Reads a JSON model's number array (for tests that inspect fixtures).
pub fn as_f32s(value: &Value) -> Vec<f32> {
    value.as_array().map(|a| a.iter().filter_map(Value::as_f64).map(|v| v as f32).collect()).unwrap_or_default()
}
