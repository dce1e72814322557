//! ResizeGrad against the transpose of the forward Resize's matrix (built column by column from
//! basis inputs, accumulated in f64) for nearest and linear modes and each coordinate mode, and
//! against a hand-written sum for nearest upsampling by 2.

use syncbn_ir::Attr;

use super::super::super::tests::{attrs, close, run, values};

/// One Resize: shapes, attributes and the `scales` input (empty when the sizes decide).
struct Case {
    x: &'static [usize],
    y: &'static [usize],
    mode: &'static str,
    coordinates: &'static str,
    nearest: &'static str,
    scales: &'static [f32],
}

/// A [`Case`] from its fields in order.
const fn case(
    x: &'static [usize],
    y: &'static [usize],
    mode: &'static str,
    coordinates: &'static str,
    nearest: &'static str,
    scales: &'static [f32],
) -> Case {
    Case { x, y, mode, coordinates, nearest, scales }
}

const CASES: &[Case] = &[
    case(&[1, 2, 3, 5], &[1, 2, 7, 9], "nearest", "half_pixel", "round_prefer_floor", &[]),
    case(&[1, 2, 3, 5], &[1, 2, 6, 10], "nearest", "asymmetric", "floor", &[1.0, 1.0, 2.0, 2.0]),
    case(&[1, 2, 7, 5], &[1, 2, 3, 2], "nearest", "align_corners", "ceil", &[]),
    case(&[1, 2, 7, 5], &[1, 2, 3, 2], "linear", "half_pixel", "floor", &[]),
    case(&[2, 1, 3, 4], &[2, 1, 5, 7], "linear", "align_corners", "floor", &[]),
    case(&[1, 3, 4, 1], &[1, 3, 7, 1], "linear", "pytorch_half_pixel", "floor", &[]),
    case(&[0, 2, 3, 5], &[0, 2, 6, 10], "linear", "asymmetric", "floor", &[1.0, 1.0, 2.0, 2.0]),
];

impl Case {
    fn attrs(&self) -> std::collections::BTreeMap<String, Attr> {
        attrs(&[
            ("mode", Attr::Str(self.mode.into())),
            ("coordinate_transformation_mode", Attr::Str(self.coordinates.into())),
            ("nearest_mode", Attr::Str(self.nearest.into())),
        ])
    }
}

#[test]
fn resize_grad_is_the_transpose_of_the_forward_resize() {
    for (i, case) in CASES.iter().enumerate() {
        let (nx, ny) = (case.x.iter().product::<usize>(), case.y.iter().product::<usize>());
        let dy = values(ny, 50 + i as u32);
        let scales_shape = [case.scales.len()];
        let a = case.attrs();
        let mut want = vec![0.0f64; nx];
        let mut basis = vec![0.0f32; nx];
        for (k, w) in want.iter_mut().enumerate() {
            basis[k] = 1.0;
            let column =
                run("Resize", &a, &[(&basis, case.x), (&[], &[0]), (case.scales, &scales_shape)], case.y).unwrap();
            basis[k] = 0.0;
            *w = column.iter().zip(&dy).map(|(&c, &g)| f64::from(c) * f64::from(g)).sum();
        }
        let x = values(nx, 60);
        let inputs: [(&[f32], &[usize]); 4] = [(&dy, case.y), (&x, case.x), (&[], &[0]), (case.scales, &scales_shape)];
        let got = run("ResizeGrad", &a, &inputs, case.x).unwrap();
        close(&got, &want, &format!("ResizeGrad {} {} {:?} -> {:?}", case.mode, case.coordinates, case.x, case.y));
    }
}

#[test]
fn nearest_upsampling_by_two_sums_each_two_by_two_block() {
    let (x, y) = ([1usize, 1, 3, 5], [1usize, 1, 6, 10]);
    let dy = values(60, 70);
    let want: Vec<f64> = (0..15)
        .map(|e| {
            let (h, w) = (e / 5, e % 5);
            [(0, 0), (0, 1), (1, 0), (1, 1)].iter().map(|&(a, b)| f64::from(dy[(2 * h + a) * 10 + 2 * w + b])).sum()
        })
        .collect();
    let a = attrs(&[("coordinate_transformation_mode", Attr::Str("asymmetric".into()))]);
    let got = run("ResizeGrad", &a, &[(&dy, &y), (&[0.0; 15], &x)], &x).unwrap();
    close(&got, &want, "ResizeGrad nearest x2");
}
