//! Sliding-window geometry shared by Conv and the pools: for every (kernel tap, output position)
//! pair, the input element it reads, from `strides`, `pads`, `dilations` and `auto_pad`. Each
//! thread keeps the geometries it built, by their axes, so that a replica's steps build each once.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use syncbn_ir::ops::window::WindowAttrs;

use super::{numel, OpArgs};

/// Where each tap of each window reads, over all spatial axes of one channel plane.
#[derive(Debug)]
pub struct Geometry {
    /// Taps per window (the kernel's element count).
    pub taps: usize,
    /// Output positions per plane.
    pub outputs: usize,
    /// Input elements per plane.
    pub plane: usize,
    /// `offsets[tap * outputs + position]`: the input offset in the plane, `None` in the padding.
    pub offsets: Vec<Option<usize>>,
    /// Per output position, the taps inside the input or its explicit padding (AveragePool's
    /// `count_include_pad` divisor).
    pub padded_counts: Vec<usize>,
    /// The entries of `offsets` inside the input as runs, ordered by tap and position.
    pub runs: Vec<Run>,
    /// How far the input offset advances from one position of a run to the next (the last
    /// axis's stride).
    pub step: usize,
}

/// Consecutive output positions of one tap whose input offsets advance by [`Geometry::step`]:
/// positions `position..position + len` read offsets `offset, offset + step, ...`.
#[derive(Clone, Copy, Debug)]
pub struct Run {
    /// The kernel tap.
    pub tap: usize,
    /// The first output position.
    pub position: usize,
    /// The input offset the first position reads.
    pub offset: usize,
    /// Positions in the run.
    pub len: usize,
}

impl Run {
    /// The run's input elements of `plane`, one per position.
    pub fn read<'a>(&self, plane: &'a [f32], step: usize) -> impl Iterator<Item = &'a f32> {
        plane[self.offset..].iter().step_by(step).take(self.len)
    }

    /// The run's input elements of `plane`, mutably, one per position.
    pub fn write<'a>(&self, plane: &'a mut [f32], step: usize) -> impl Iterator<Item = &'a mut f32> {
        plane[self.offset..].iter_mut().step_by(step).take(self.len)
    }
}

/// One spatial axis: input size, output size, kernel size, stride, dilation, padding before and after.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Axis {
    input: usize,
    output: usize,
    kernel: usize,
    stride: usize,
    dilation: usize,
    pad_begin: usize,
    pad_end: usize,
}

thread_local! {
    /// Geometries this thread has built, by their axes; cleared when it holds [`CACHED`].
    static BUILT: RefCell<HashMap<Vec<Axis>, Rc<Geometry>>> = RefCell::new(HashMap::new());
}

/// The most geometries a thread keeps.
const CACHED: usize = 256;

impl Geometry {
    /// The geometry of a window of `kernel` over `input` giving `output` (the spatial shapes),
    /// built once per thread for each set of axes.
    pub fn new(args: &OpArgs<'_>, input: &[usize], output: &[usize], kernel: &[usize]) -> Result<Rc<Self>, String> {
        let axes = axes(args, input, output, kernel)?;
        if let Some(geo) = BUILT.with(|b| b.borrow().get(&axes).cloned()) {
            return Ok(geo);
        }
        let geo = Rc::new(Geometry::build(&axes, input, output, kernel)?);
        BUILT.with(|b| {
            let mut built = b.borrow_mut();
            if built.len() >= CACHED {
                built.clear();
            }
            built.insert(axes, geo.clone());
        });
        Ok(geo)
    }

    /// Builds the tables of `axes` (over `input`, giving `output`, with `kernel`).
    fn build(axes: &[Axis], input: &[usize], output: &[usize], kernel: &[usize]) -> Result<Self, String> {
        let (taps, outputs, plane) = (numel(kernel), numel(output), numel(input));
        let table_len = taps.checked_mul(outputs).ok_or("the window table overflows")?;
        let mut offsets = Vec::with_capacity(table_len);
        let mut padded_counts = vec![0usize; outputs];
        let mut tap = vec![0usize; axes.len()];
        for _ in 0..taps {
            let mut pos = vec![0usize; axes.len()];
            for count in padded_counts.iter_mut() {
                let (offset, padded) = locate(axes, &tap, &pos);
                offsets.push(offset);
                *count += usize::from(padded);
                step(&mut pos, output);
            }
            step(&mut tap, kernel);
        }
        let step = axes.last().map_or(1, |a| a.stride);
        let runs = runs(&offsets, outputs, step);
        Ok(Geometry { taps, outputs, plane, offsets, padded_counts, runs, step })
    }

    /// Whether each window is the one input element at its own position (a single tap, stride 1,
    /// no padding): then im2col of a plane is the plane itself.
    pub fn is_identity(&self) -> bool {
        self.taps == 1 && self.outputs == self.plane && self.offsets.iter().enumerate().all(|(p, &o)| o == Some(p))
    }
}

/// The entries of the offsets table (`outputs` per tap) inside the input, as runs whose offsets
/// advance by `step`.
fn runs(offsets: &[Option<usize>], outputs: usize, step: usize) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    for (tap, row) in offsets.chunks_exact(outputs.max(1)).enumerate() {
        for (position, offset) in row.iter().enumerate().filter_map(|(p, o)| o.map(|o| (p, o))) {
            match runs.last_mut() {
                Some(r) if r.tap == tap && r.position + r.len == position && r.offset + r.len * step == offset => {
                    r.len += 1;
                }
                _ => runs.push(Run { tap, position, offset, len: 1 }),
            }
        }
    }
    runs
}

/// Advances a row-major multi-index within `dims`.
fn step(index: &mut [usize], dims: &[usize]) {
    for (i, &d) in index.iter_mut().zip(dims).rev() {
        *i += 1;
        if *i < d {
            return;
        }
        *i = 0;
    }
}

/// The input offset that tap `tap` of the window at `pos` reads (`None` in the padding), and
/// whether it lies inside the input or its explicit padding.
fn locate(axes: &[Axis], tap: &[usize], pos: &[usize]) -> (Option<usize>, bool) {
    let mut offset = Some(0usize);
    let mut padded = true;
    for ((a, &k), &o) in axes.iter().zip(tap).zip(pos) {
        let coord = (o * a.stride + k * a.dilation) as i64 - a.pad_begin as i64;
        padded &= coord < (a.input + a.pad_end) as i64;
        offset = match offset {
            Some(off) if (0..a.input as i64).contains(&coord) => Some(off * a.input + coord as usize),
            _ => None,
        };
    }
    (offset, padded)
}

/// Per-axis parameters from the node's attributes, checked against the shapes.
fn axes(args: &OpArgs<'_>, input: &[usize], output: &[usize], kernel: &[usize]) -> Result<Vec<Axis>, String> {
    let n = input.len();
    if output.len() != n || kernel.len() != n {
        return Err(format!("window over {input:?} with kernel {kernel:?} cannot give {output:?}"));
    }
    let attrs = WindowAttrs::read(args.attrs, n)?;
    let size = |v: u64| usize::try_from(v).map_err(|_| format!("window attribute {v} does not fit in memory"));
    (0..n)
        .map(|i| {
            let (begin, end) = attrs.pads_of(i, kernel[i] as u64, input[i] as u64, output[i] as u64);
            Ok(Axis {
                input: input[i],
                output: output[i],
                kernel: kernel[i],
                stride: size(attrs.strides[i].max(1))?,
                dilation: size(attrs.dilations[i])?,
                pad_begin: size(begin)?,
                pad_end: size(end)?,
            })
        })
        .collect::<Result<Vec<_>, String>>()
        .and_then(check_axes)
}

/// Every output window must start inside the input or its leading padding, and the output count
/// must be what the padded input gives, rounded down or (ceil_mode) up.
fn check_axes(axes: Vec<Axis>) -> Result<Vec<Axis>, String> {
    for (i, a) in axes.iter().enumerate() {
        let last_start = a.output.saturating_sub(1).saturating_mul(a.stride);
        let extent = (a.kernel.max(1) - 1).saturating_mul(a.dilation).saturating_add(1);
        let padded = a.input + a.pad_begin + a.pad_end;
        let room = padded.saturating_sub(extent);
        let (fewest, most) = (room / a.stride + 1, room.div_ceil(a.stride) + 1);
        let fits = a.input > 0 && a.kernel > 0 && last_start < padded && extent <= padded;
        if !fits || a.output < fewest || a.output > most {
            return Err(format!(
                "spatial axis {i}: {} outputs of a window over {} inputs do not fit; expected {fewest} to {most}",
                a.output, a.input
            ));
        }
    }
    Ok(axes)
}
