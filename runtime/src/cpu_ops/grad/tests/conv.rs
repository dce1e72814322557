//! ConvGradInput and ConvGradWeight against f64 loops over every product term of the Conv, and the
//! adjoint identity with the forward Conv, on odd shapes: groups, depthwise (with a multiplier),
//! strides with asymmetric padding, dilation, auto_pad, 1x1, rank 3 and 5, empty batches, images
//! side by side in uneven batches.

use syncbn_ir::Attr;

use super::super::super::tests::{attrs, close, run, values};
use super::{assert_adjoint, row_strides, unravel};

/// One Conv: shapes and attributes; `pads` is `None` for `auto_pad` SAME_UPPER.
struct Case {
    x: &'static [usize],
    w: &'static [usize],
    group: usize,
    strides: &'static [usize],
    pads: Option<&'static [usize]>,
    dilations: &'static [usize],
}

impl Case {
    fn spatial(&self) -> usize {
        self.x.len() - 2
    }

    /// Output shape and the padding before each spatial axis.
    fn output(&self) -> (Vec<usize>, Vec<usize>) {
        let mut out = vec![self.x[0], self.w[0]];
        let mut begin = Vec::new();
        for a in 0..self.spatial() {
            let (input, s) = (self.x[a + 2], self.strides[a]);
            let extent = (self.w[a + 2] - 1) * self.dilations[a] + 1;
            match self.pads {
                Some(p) => {
                    out.push((input + p[a] + p[a + self.spatial()] - extent) / s + 1);
                    begin.push(p[a]);
                }
                None => {
                    let o = input.div_ceil(s);
                    out.push(o);
                    begin.push(((o - 1) * s + extent).saturating_sub(input) / 2);
                }
            }
        }
        (out, begin)
    }

    fn attrs(&self) -> std::collections::BTreeMap<String, Attr> {
        let ints = |v: &[usize]| Attr::Ints(v.iter().map(|&d| d as i64).collect());
        let mut list = vec![
            ("group", Attr::Int(self.group as i64)),
            ("strides", ints(self.strides)),
            ("dilations", ints(self.dilations)),
            ("kernel_shape", ints(&self.w[2..])),
        ];
        match self.pads {
            Some(p) => list.push(("pads", ints(p))),
            None => list.push(("auto_pad", Attr::Str("SAME_UPPER".into()))),
        }
        attrs(&list)
    }

    /// Every product term `y[yo] += x[xo] * w[wo]` of the Conv, as `(yo, xo, wo)`.
    fn terms(&self) -> Vec<(usize, usize, usize)> {
        let (out, begin) = self.output();
        let (cg, mg) = (self.x[1] / self.group, self.w[0] / self.group);
        let xs = row_strides(self.x);
        let mut terms = Vec::new();
        for yo in 0..out.iter().product() {
            let yi = unravel(yo, &out);
            let (n, m) = (yi[0], yi[1]);
            for wo in 0..self.w.iter().product() {
                let wi = unravel(wo, self.w);
                if wi[0] != m {
                    continue;
                }
                let mut xo = Some(n * xs[0] + ((m / mg) * cg + wi[1]) * xs[1]);
                for a in 0..self.spatial() {
                    let coord = (yi[a + 2] * self.strides[a] + wi[a + 2] * self.dilations[a]) as i64 - begin[a] as i64;
                    xo = xo
                        .filter(|_| (0..self.x[a + 2] as i64).contains(&coord))
                        .map(|o| o + coord as usize * xs[a + 2]);
                }
                if let Some(xo) = xo {
                    terms.push((yo, xo, wo));
                }
            }
        }
        terms
    }
}

/// A [`Case`] from its fields in order.
const fn case(
    x: &'static [usize],
    w: &'static [usize],
    group: usize,
    strides: &'static [usize],
    pads: Option<&'static [usize]>,
    dilations: &'static [usize],
) -> Case {
    Case { x, w, group, strides, pads, dilations }
}

const CASES: &[Case] = &[
    case(&[2, 3, 7, 5], &[4, 3, 3, 3], 1, &[1, 1], Some(&[1, 1, 1, 1]), &[1, 1]),
    case(&[1, 3, 7, 5], &[2, 3, 3, 2], 1, &[2, 2], Some(&[1, 0, 1, 1]), &[1, 1]),
    case(&[2, 6, 7, 5], &[6, 2, 3, 3], 3, &[1, 1], Some(&[1, 1, 1, 1]), &[1, 1]),
    case(&[2, 3, 7, 5], &[3, 1, 3, 3], 3, &[2, 2], Some(&[1, 1, 1, 1]), &[1, 1]),
    case(&[1, 3, 7, 5], &[6, 1, 3, 3], 3, &[1, 2], Some(&[0, 1, 0, 1]), &[1, 1]),
    case(&[1, 3, 7, 5], &[2, 3, 3, 2], 1, &[1, 1], Some(&[2, 1, 2, 1]), &[2, 2]),
    case(&[1, 3, 7, 5], &[2, 3, 3, 3], 1, &[2, 2], None, &[1, 1]),
    case(&[2, 3, 7, 5], &[4, 3, 1, 1], 1, &[1, 1], Some(&[0, 0, 0, 0]), &[1, 1]),
    case(&[1, 3, 7, 5], &[2, 3, 1, 1], 1, &[2, 2], Some(&[0, 0, 0, 0]), &[1, 1]),
    case(&[2, 3, 7], &[2, 3, 3], 1, &[2], Some(&[1, 1]), &[1]),
    case(&[1, 2, 3, 4, 5], &[2, 2, 2, 2, 2], 1, &[2, 1, 2], Some(&[1, 0, 1, 0, 1, 1]), &[1, 1, 1]),
    // Images side by side in batches of 2 with a last batch of 1 (cpu_ops::image_batch), plain
    // and grouped: the im2col matrix changes layout between batches.
    case(&[3, 8, 40, 40], &[2, 8, 3, 3], 1, &[1, 1], Some(&[1, 1, 1, 1]), &[1, 1]),
    case(&[3, 16, 40, 40], &[4, 8, 3, 3], 2, &[1, 1], Some(&[1, 0, 0, 1]), &[1, 1]),
    case(&[0, 3, 7, 5], &[4, 3, 3, 3], 1, &[1, 1], Some(&[1, 1, 1, 1]), &[1, 1]),
    case(&[0, 3, 7, 5], &[3, 1, 3, 3], 3, &[1, 1], Some(&[1, 1, 1, 1]), &[1, 1]),
];

#[test]
fn conv_gradients_match_f64_loops_and_the_adjoint_of_the_forward() {
    for (i, case) in CASES.iter().enumerate() {
        let (out, _) = case.output();
        let (nx, nw, ny) = (case.x.iter().product(), case.w.iter().product(), out.iter().product());
        let (x, w, dy) = (values(nx, 3 * i as u32), values(nw, 3 * i as u32 + 1), values(ny, 3 * i as u32 + 2));
        let (mut want_y, mut want_dx, mut want_dw) = (vec![0.0f64; ny], vec![0.0f64; nx], vec![0.0f64; nw]);
        for (yo, xo, wo) in case.terms() {
            want_y[yo] += f64::from(x[xo]) * f64::from(w[wo]);
            want_dx[xo] += f64::from(dy[yo]) * f64::from(w[wo]);
            want_dw[wo] += f64::from(dy[yo]) * f64::from(x[xo]);
        }
        let what = format!("case {i}: X {:?} W {:?} group {}", case.x, case.w, case.group);
        let a = case.attrs();
        let y = run("Conv", &a, &[(&x, case.x), (&w, case.w)], &out).unwrap();
        close(&y, &want_y, &format!("{what}: the reference's forward"));
        let dx = run("ConvGradInput", &a, &[(&dy, &out), (&w, case.w), (&x, case.x)], case.x).unwrap();
        close(&dx, &want_dx, &format!("{what}: ConvGradInput"));
        let dw = run("ConvGradWeight", &a, &[(&dy, &out), (&x, case.x), (&w, case.w)], case.w).unwrap();
        close(&dw, &want_dw, &format!("{what}: ConvGradWeight"));
        if nx > 0 {
            assert_adjoint((&dx, &x), (&dy, &y), &format!("{what}: <ConvGradInput(dY), X> = <dY, Conv(X)>"));
            assert_adjoint((&dw, &w), (&dy, &y), &format!("{what}: <ConvGradWeight(dY), W> = <dY, Conv(W)>"));
        } else {
            assert!(dw.iter().all(|&v| v == 0.0), "{what}: an empty batch gives a zero weight gradient");
        }
    }
}
