//! Reference layout ops in f64: Reshape (0 copies, one -1 infers, `allowzero`) and Concat.

use ndarray::{Axis, IxDyn};

use super::attrs::resolve_axis;
use super::Tensor;

/// The target shape of Reshape from the `shape` operand's values.
fn target_shape(x: &[usize], spec: &Tensor, allow_zero: bool) -> Result<Vec<usize>, String> {
    let total: usize = x.iter().product();
    let mut shape = Vec::with_capacity(spec.len());
    let mut infer = None;
    for (i, &v) in spec.iter().enumerate() {
        let dim = match v {
            v if v.fract() != 0.0 || !(-1.0..1e12).contains(&v) => {
                return Err(format!("shape entry {i} is {v}; expected an integer >= -1"))
            }
            -1.0 if infer.is_some() => return Err("more than one shape entry is -1".into()),
            -1.0 => {
                infer = Some(i);
                1
            }
            0.0 if !allow_zero => *x.get(i).ok_or_else(|| format!("shape entry {i} is 0 but X has no axis {i}"))?,
            v => v as usize,
        };
        shape.push(dim);
    }
    let known =
        shape.iter().try_fold(1usize, |p, &d| p.checked_mul(d)).ok_or_else(|| format!("shape {shape:?} overflows"))?;
    if let Some(i) = infer {
        if known == 0 || total % known != 0 {
            return Err(format!("cannot infer entry {i}: {total} elements into {shape:?}"));
        }
        shape[i] = total / known;
    }
    if shape.iter().product::<usize>() != total {
        return Err(format!("cannot reshape {x:?} ({total} elements) to {shape:?}"));
    }
    Ok(shape)
}

/// `x`'s elements in row-major order with `shape`.
pub fn reshape_to(x: &Tensor, shape: &[usize]) -> Result<Tensor, String> {
    let data: Vec<f64> = x.iter().copied().collect();
    Tensor::from_shape_vec(IxDyn(shape), data)
        .map_err(|_| format!("cannot reshape {:?} ({} elements) to {shape:?}", x.shape(), x.len()))
}

/// Reshape `x` to the shape `spec` names (ONNX: 0 copies X's dimension unless `allow_zero`, one
/// -1 takes what is left).
pub fn reshape(x: &Tensor, spec: &Tensor, allow_zero: bool) -> Result<Tensor, String> {
    reshape_to(x, &target_shape(x.shape(), spec, allow_zero)?)
}

/// Concat of `xs` along `axis` (negative counts from the end).
pub fn concat(xs: &[&Tensor], axis: i64) -> Result<Tensor, String> {
    let first = xs.first().ok_or("Concat needs at least one input")?;
    let axis = resolve_axis(axis, first.ndim())?;
    let views: Vec<_> = xs.iter().map(|t| t.view()).collect();
    ndarray::concatenate(Axis(axis), &views).map_err(|e| format!("cannot concatenate: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(shape: &[usize], v: Vec<f64>) -> Tensor {
        Tensor::from_shape_vec(IxDyn(shape), v).unwrap()
    }

    #[test]
    fn reshape_zero_and_minus_one() {
        let x = t(&[2, 3, 4], (0..24).map(f64::from).collect());
        assert_eq!(reshape(&x, &t(&[2], vec![0.0, -1.0]), false).unwrap().shape(), &[2, 12]);
        assert_eq!(reshape(&x, &t(&[3], vec![-1.0, 0.0, 2.0]), false).unwrap().shape(), &[4, 3, 2]);
        assert!(reshape(&x, &t(&[2], vec![0.0, 5.0]), false).is_err());
        assert!(reshape(&x, &t(&[2], vec![-1.0, -1.0]), false).is_err());
        assert!(reshape(&x, &t(&[2], vec![0.0, 24.0]), true).is_err(), "allowzero keeps 0 as a size");
    }

    #[test]
    fn concat_negative_axis() {
        let a = t(&[1, 2], vec![1.0, 2.0]);
        let b = t(&[1, 1], vec![3.0]);
        assert_eq!(concat(&[&a, &b], -1).unwrap(), t(&[1, 3], vec![1.0, 2.0, 3.0]));
        assert!(concat(&[&a, &b], 0).is_err());
    }
}
