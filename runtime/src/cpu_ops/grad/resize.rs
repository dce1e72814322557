//! ResizeGrad: the adjoint of Resize's per-axis linear maps, applied to `dY` one axis at a time in
//! reverse order, with the forward's source indices and weights.

use syncbn_ir::Node;

use super::super::resize::{axis_taps, RESIZE};
use super::super::{expect_len, numel, CpuOp, OpArgs};
use super::like_shape;

/// ResizeGrad `(dY, X, roi, scales, sizes) -> dX`; `X` is read only for its shape.
pub struct ResizeGrad;

/// The ResizeGrad op.
pub static RESIZE_GRAD: ResizeGrad = ResizeGrad;

/// Where ResizeGrad takes the Resize's `scales` input.
const SCALES_INPUT: usize = 3;

impl CpuOp for ResizeGrad {
    fn check(&self, node: &Node) -> Result<(), String> {
        RESIZE.check(node)
    }

    fn run(&self, a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
        let dy = a.input(0)?;
        let x_shape = like_shape(a, 1)?;
        expect_len(dx, numel(x_shape))?;
        let mut shape = dy.shape.to_vec();
        let mut data = dy.data.to_vec();
        for (axis, taps) in axis_taps(a, x_shape, dy.shape, SCALES_INPUT)?.iter().enumerate().rev() {
            if let Some(taps) = taps {
                data = scatter_axis(&data, &shape, axis, taps, x_shape[axis]);
                shape[axis] = x_shape[axis];
            }
        }
        dx.copy_from_slice(&data);
        Ok(())
    }
}

/// The adjoint of resampling axis `axis` to `data`'s `shape` from `len_in` elements: each element
/// added, with its weights, to the input indices its taps read.
fn scatter_axis(data: &[f32], shape: &[usize], axis: usize, taps: &[Vec<(usize, f32)>], len_in: usize) -> Vec<f32> {
    let (outer, len_out, inner) = (numel(&shape[..axis]), shape[axis], numel(&shape[axis + 1..]));
    let mut out = vec![0.0f32; outer * len_in * inner];
    for o in 0..outer {
        let src = &data[o * len_out * inner..][..len_out * inner];
        let dst = &mut out[o * len_in * inner..][..len_in * inner];
        for (j, tap) in taps.iter().enumerate() {
            let g = &src[j * inner..][..inner];
            for &(i, w) in tap {
                dst[i * inner..][..inner].iter_mut().zip(g).for_each(|(d, &v)| *d += w * v);
            }
        }
    }
    out
}
