//! Gradients of the index-map ops Slice and Pad: each `dY` element is added to the input position
//! its forward read (the Transpose's gradient is a Transpose).

use super::super::gather::Positions;
use super::super::{expect_len, numel, CpuOp, OpArgs};
use super::like_shape;

/// SliceGrad or PadGrad: `(dY, X) -> dX`, the adjoint of the forward's [`Positions`].
pub struct Scatter {
    /// PadGrad (else SliceGrad).
    pad: bool,
}

/// The SliceGrad op.
pub static SLICE_GRAD: Scatter = Scatter { pad: false };
/// The PadGrad op.
pub static PAD_GRAD: Scatter = Scatter { pad: true };

impl CpuOp for Scatter {
    fn run(&self, a: &OpArgs<'_>, dx: &mut [f32]) -> Result<(), String> {
        let dy = a.input(0)?;
        let x = like_shape(a, 1)?;
        let positions = match self.pad {
            true => Positions::pad(a, x, dy.shape)?,
            false => Positions::slice(a, x, dy.shape)?,
        };
        expect_len(dx, numel(x))?;
        let mut sums = vec![0.0f64; dx.len()];
        positions.walk(|o, i| {
            if let Some(i) = i {
                sums[i] += f64::from(dy.data[o]);
            }
        });
        dx.iter_mut().zip(&sums).for_each(|(d, &s)| *d = s as f32);
        Ok(())
    }
}
