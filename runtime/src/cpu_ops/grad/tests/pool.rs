//! MaxPoolGrad, AveragePoolGrad and GlobalAveragePoolGrad against f64 window loops: overlapping
//! windows, ties, padding, dilation, ceil_mode, count_include_pad, rank 3, empty batches.

use syncbn_ir::Attr;

use super::super::super::tests::{attrs, close, run, values};
use super::{row_strides, unravel};

/// One pool: input shape, kernel, strides, pads (begin..., end...), dilations, ceil_mode.
struct Case {
    x: &'static [usize],
    kernel: &'static [usize],
    strides: &'static [usize],
    pads: &'static [usize],
    dilations: &'static [usize],
    ceil: bool,
}

impl Case {
    fn output(&self) -> Vec<usize> {
        let sp = self.kernel.len();
        let mut out = self.x[..2].to_vec();
        for a in 0..sp {
            let room =
                self.x[a + 2] + self.pads[a] + self.pads[a + sp] - ((self.kernel[a] - 1) * self.dilations[a] + 1);
            out.push(if self.ceil { room.div_ceil(self.strides[a]) } else { room / self.strides[a] } + 1);
        }
        out
    }

    fn attrs(&self, include_pad: bool) -> std::collections::BTreeMap<String, Attr> {
        let ints = |v: &[usize]| Attr::Ints(v.iter().map(|&d| d as i64).collect());
        attrs(&[
            ("kernel_shape", ints(self.kernel)),
            ("strides", ints(self.strides)),
            ("pads", ints(self.pads)),
            ("dilations", ints(self.dilations)),
            ("ceil_mode", Attr::Int(i64::from(self.ceil))),
            ("count_include_pad", Attr::Int(i64::from(include_pad))),
        ])
    }

    /// For output element `yo`: the input offsets of its taps inside the input in window order,
    /// and the number of its taps inside the input or its explicit padding.
    fn window(&self, yo: usize) -> (Vec<usize>, usize) {
        let (sp, out) = (self.kernel.len(), self.output());
        let (yi, xs) = (unravel(yo, &out), row_strides(self.x));
        let (mut inside, mut padded) = (Vec::new(), 0);
        for t in 0..self.kernel.iter().product() {
            let ti = unravel(t, self.kernel);
            let mut offset = Some(yi[0] * xs[0] + yi[1] * xs[1]);
            let mut in_padding = true;
            for a in 0..sp {
                let c = (yi[a + 2] * self.strides[a] + ti[a] * self.dilations[a]) as i64 - self.pads[a] as i64;
                in_padding &= c < (self.x[a + 2] + self.pads[a + sp]) as i64;
                offset = offset.filter(|_| c >= 0 && c < self.x[a + 2] as i64).map(|o| o + c as usize * xs[a + 2]);
            }
            padded += usize::from(in_padding);
            inside.extend(offset);
        }
        (inside, padded)
    }
}

/// A [`Case`] from its fields in order.
const fn case(
    x: &'static [usize],
    kernel: &'static [usize],
    strides: &'static [usize],
    pads: &'static [usize],
    dilations: &'static [usize],
    ceil: bool,
) -> Case {
    Case { x, kernel, strides, pads, dilations, ceil }
}

const CASES: &[Case] = &[
    case(&[2, 3, 7, 5], &[3, 3], &[2, 2], &[1, 1, 1, 1], &[1, 1], false),
    case(&[1, 3, 7, 5], &[2, 2], &[2, 2], &[0, 0, 0, 0], &[1, 1], true),
    case(&[1, 2, 7, 5], &[3, 2], &[1, 1], &[2, 0, 1, 1], &[2, 1], false),
    case(&[1, 1, 5, 4], &[3, 3], &[1, 1], &[0, 0, 0, 0], &[1, 1], false),
    case(&[2, 3, 7], &[3], &[2], &[1, 1], &[1], true),
    case(&[0, 3, 7, 5], &[3, 3], &[1, 1], &[1, 1, 1, 1], &[1, 1], false),
];

#[test]
fn max_pool_grad_routes_to_the_first_maximum_and_adds_overlaps() {
    for (i, case) in CASES.iter().enumerate() {
        let out = case.output();
        // Few distinct values, so that windows have ties.
        let x: Vec<f32> = values(case.x.iter().product(), i as u32).iter().map(|v| (v * 2.0).round()).collect();
        let dy = values(out.iter().product(), 10 + i as u32);
        let mut want = vec![0.0f64; x.len()];
        for (yo, &g) in dy.iter().enumerate() {
            let (taps, _) = case.window(yo);
            let best = taps.iter().copied().reduce(|b, o| if x[o] > x[b] { o } else { b });
            want[best.expect("every window reads the input")] += f64::from(g);
        }
        let got = run("MaxPoolGrad", &case.attrs(false), &[(&dy, &out), (&x, case.x)], case.x).unwrap();
        close(&got, &want, &format!("MaxPoolGrad case {i} on {:?}", case.x));
    }
}

#[test]
fn max_pool_grad_goes_to_a_nan() {
    let x = [1.0, f32::NAN, 3.0, 2.0];
    let a = attrs(&[("kernel_shape", Attr::Ints(vec![2, 2]))]);
    let got = run("MaxPoolGrad", &a, &[(&[5.0], &[1, 1, 1, 1]), (&x, &[1, 1, 2, 2])], &[1, 1, 2, 2]).unwrap();
    close(&got, &[0.0, 5.0, 0.0, 0.0], "MaxPoolGrad with a NaN");
}

#[test]
fn average_pool_grad_spreads_with_the_forward_divisor() {
    for (i, case) in CASES.iter().enumerate() {
        let out = case.output();
        let dy = values(out.iter().product(), 20 + i as u32);
        let x = values(case.x.iter().product(), 30 + i as u32);
        for include_pad in [false, true] {
            let mut want = vec![0.0f64; case.x.iter().product()];
            for (yo, &g) in dy.iter().enumerate() {
                let (taps, padded) = case.window(yo);
                let divisor = if include_pad { padded } else { taps.len() };
                taps.iter().for_each(|&o| want[o] += f64::from(g) / divisor as f64);
            }
            let got = run("AveragePoolGrad", &case.attrs(include_pad), &[(&dy, &out), (&x, case.x)], case.x).unwrap();
            close(&got, &want, &format!("AveragePoolGrad case {i} count_include_pad={include_pad}"));
        }
    }
}

#[test]
fn global_average_pool_grad_spreads_evenly() {
    for shape in [&[2usize, 3, 7, 5][..], &[0, 3, 7, 5], &[1, 3, 4]] {
        let pooled: Vec<usize> = shape.iter().enumerate().map(|(i, &d)| if i < 2 { d } else { 1 }).collect();
        let dy = values(pooled.iter().product(), 40);
        let x = values(shape.iter().product(), 41);
        let plane: usize = shape[2..].iter().product();
        let want: Vec<f64> = (0..x.len()).map(|e| f64::from(dy[e / plane]) / plane as f64).collect();
        let got = run("GlobalAveragePoolGrad", &attrs(&[]), &[(&dy, &pooled), (&x, shape)], shape).unwrap();
        close(&got, &want, &format!("GlobalAveragePoolGrad {shape:?}"));
    }
}
