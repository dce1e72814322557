//! syncbn::functional against PyTorch float64 autograd of `(x - mean) / std * gamma + beta`
//! (tests/fixtures/nn/functional, made by make_reference.py) and against central finite differences
//! of the forward itself, for inputs of rank 2 to 5.

use std::path::{Path, PathBuf};

use ndarray::{Array1, ArrayD, ArrayViewD, Ix1};
use ndarray_npy::read_npy;
use syncbn::functional::{batchnorm_eval, batchnorm_train, batchnorm_train_backward, FunctionalGrads};

const CASES: [&str; 4] = ["nc", "ncl", "nchw", "ncdhw"];

fn npy<T: ndarray_npy::ReadableElement>(path: &Path) -> ArrayD<T> {
    read_npy(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn dir(case: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/nn/functional").join(case)
}

/// Asserts equal shapes and `|got - want| <= tol * max(max|want|, 1)` element-wise.
fn assert_close(got: ArrayViewD<'_, f32>, want: ArrayViewD<'_, f64>, tol: f64, what: &str) {
    assert_eq!(got.shape(), want.shape(), "{what}: shape");
    let scale = want.iter().fold(1.0f64, |m, v| m.max(v.abs()));
    for (i, (g, w)) in got.iter().zip(want.iter()).enumerate() {
        let err = (f64::from(*g) - w).abs();
        assert!(err <= tol * scale, "{what}[{i}]: {g} vs {w} (error {err:.3e}, scale {scale:.3e})");
    }
}

/// The five inputs of a case: x, gamma, beta, mean, std.
struct Inputs {
    x: ArrayD<f32>,
    v: [Array1<f32>; 4],
}

impl Inputs {
    fn load(case: &str) -> Self {
        let vector =
            |name: &str| npy::<f32>(&dir(case).join(format!("{name}.npy"))).into_dimensionality::<Ix1>().unwrap();
        Inputs { x: npy(&dir(case).join("x.npy")), v: ["gamma", "beta", "mean", "std"].map(vector) }
    }

    fn forward(&self) -> ArrayD<f32> {
        let [g, b, m, s] = &self.v;
        batchnorm_train(self.x.view(), g.view(), b.view(), m.view(), s.view()).unwrap()
    }

    fn backward(&self, dy: &ArrayD<f32>) -> FunctionalGrads {
        let [g, b, m, s] = &self.v;
        batchnorm_train_backward(dy.view(), self.x.view(), g.view(), b.view(), m.view(), s.view()).unwrap()
    }

    /// `sum(y * dy)` in f64.
    fn loss(&self, dy: &ArrayD<f32>) -> f64 {
        self.forward().iter().zip(dy).map(|(&y, &d)| f64::from(y) * f64::from(d)).sum()
    }
}

#[test]
fn forward_and_backward_match_pytorch_autograd() {
    for case in CASES {
        let inputs = Inputs::load(case);
        let dy: ArrayD<f32> = npy(&dir(case).join("dy.npy"));
        let want = |name: &str| npy::<f64>(&dir(case).join(format!("{name}.npy")));
        assert_close(inputs.forward().view(), want("y").view(), 1e-6, &format!("{case} y"));
        let [g, b, m, s] = &inputs.v;
        let eval = batchnorm_eval(inputs.x.view(), g.view(), b.view(), m.view(), s.view()).unwrap();
        assert_close(eval.view(), want("y").view(), 1e-6, &format!("{case} eval y"));
        let grads = inputs.backward(&dy);
        assert_close(grads.input.view(), want("dx").view(), 1e-6, &format!("{case} dx"));
        for (name, got) in
            [("dgamma", &grads.gamma), ("dbeta", &grads.beta), ("dmean", &grads.mean), ("dstd", &grads.std)]
        {
            assert_close(got.view().into_dyn(), want(name).view(), 1e-6, &format!("{case} {name}"));
        }
    }
}

#[test]
fn backward_matches_finite_differences() {
    for case in CASES {
        let mut inputs = Inputs::load(case);
        let dy: ArrayD<f32> = npy(&dir(case).join("dy.npy"));
        let grads = inputs.backward(&dy);
        let mut numeric = ArrayD::<f64>::zeros(inputs.x.raw_dim());
        for i in 0..inputs.x.len() {
            numeric.as_slice_mut().unwrap()[i] = central(&mut inputs, &dy, |p| &mut p.x.as_slice_mut().unwrap()[i]);
        }
        assert_close(grads.input.view(), numeric.view(), 1e-3, &format!("{case} dx"));
        let analytic = [&grads.gamma, &grads.beta, &grads.mean, &grads.std];
        for (k, (name, got)) in ["dgamma", "dbeta", "dmean", "dstd"].iter().zip(analytic).enumerate() {
            let numeric: Array1<f64> = (0..got.len()).map(|c| central(&mut inputs, &dy, |p| &mut p.v[k][c])).collect();
            assert_close(got.view().into_dyn(), numeric.view().into_dyn(), 1e-3, &format!("{case} {name}"));
        }
    }
}

/// The central difference of the loss in the value `at` picks, with a step of 1e-2 of its size.
fn central(inputs: &mut Inputs, dy: &ArrayD<f32>, at: impl Fn(&mut Inputs) -> &mut f32) -> f64 {
    let old = *at(inputs);
    let h = 1e-2 * old.abs().max(1.0);
    *at(inputs) = old + h;
    let up = inputs.loss(dy);
    *at(inputs) = old - h;
    let down = inputs.loss(dy);
    *at(inputs) = old;
    (up - down) / (2.0 * f64::from(h))
}

#[test]
fn wrong_shapes_say_what_was_expected() {
    let x = ArrayD::<f32>::zeros(vec![2, 3, 4]);
    let (three, two) = (Array1::<f32>::ones(3), Array1::<f32>::ones(2));
    let err = batchnorm_train(x.view(), three.view(), two.view(), three.view(), three.view()).unwrap_err();
    assert!(err.to_string().contains("batchnorm_train beta: has 2 values; expected 3"), "{err}");
    let flat = ArrayD::<f32>::zeros(vec![3]);
    let err = batchnorm_eval(flat.view(), three.view(), three.view(), three.view(), three.view()).unwrap_err();
    assert!(err.to_string().contains("batchnorm_eval input: has shape [3]; expected rank 2 or more"), "{err}");
    let dy = ArrayD::<f32>::zeros(vec![2, 3, 5]);
    let err = batchnorm_train_backward(dy.view(), x.view(), three.view(), three.view(), three.view(), three.view());
    let err = err.unwrap_err().to_string();
    assert!(err.contains("grad_output: has shape [2, 3, 5]; expected the input's shape [2, 3, 4]"), "{err}");
}
