//! Images side by side in one matrix product: a Conv and its gradients put the columns of several
//! images next to each other (`[rows, b * p]` for `b` images of `p` output positions), so that a
//! small output plane (ResNet's 1x1 to 4x4 maps at the end) reads the weight once per batch of
//! images instead of once per image, and the weight gradient is written once.

use std::ops::Range;

/// Values of the side-by-side im2col matrix of one product (1 MiB of f32): the batches' cap.
const COLUMNS_CAP: usize = 1 << 18;

/// The batches of `n` images for products whose im2col matrix has `k` rows of `p` columns per
/// image: consecutive ranges of as many images as fit [`COLUMNS_CAP`], at least one each.
pub(crate) fn batches(n: usize, k: usize, p: usize) -> impl Iterator<Item = Range<usize>> {
    let per = (COLUMNS_CAP / k.saturating_mul(p).max(1)).clamp(1, n.max(1));
    (0..n).step_by(per).map(move |first| first..(first + per).min(n))
}

/// Where each image's block of a tensor lies: image `i` starts at `i * image + offset` (the
/// offset selects a group's channels).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Blocks {
    /// Values per image.
    pub image: usize,
    /// The block's first value in its image.
    pub offset: usize,
    /// Rows of the block (channels), each `p` values long.
    pub rows: usize,
    /// Values per row (positions of one plane).
    pub p: usize,
}

impl Blocks {
    /// The block of image `img`.
    pub(crate) fn range(&self, img: usize) -> Range<usize> {
        let start = img * self.image + self.offset;
        start..start + self.rows * self.p
    }

    /// Copies the blocks of `images` from `src` into `dst`, side by side: `[rows, b * p]`.
    pub(crate) fn gather(&self, src: &[f32], images: Range<usize>, dst: &mut Vec<f32>) {
        let (b, p) = (images.len(), self.p);
        dst.clear();
        dst.resize(self.rows * b * p, 0.0);
        for (j, img) in images.enumerate() {
            for (r, row) in src[self.range(img)].chunks_exact(p.max(1)).enumerate() {
                dst[r * b * p + j * p..][..p].copy_from_slice(row);
            }
        }
    }

    /// Copies `src`, the blocks of `images` side by side (`[rows, b * p]`), back into `dst`.
    pub(crate) fn scatter(&self, src: &[f32], images: Range<usize>, dst: &mut [f32]) {
        let (b, p) = (images.len(), self.p);
        for (j, img) in images.enumerate() {
            let range = self.range(img);
            for (r, row) in dst[range].chunks_exact_mut(p.max(1)).enumerate() {
                row.copy_from_slice(&src[r * b * p + j * p..][..p]);
            }
        }
    }
}

/// Makes `col` a zeroed buffer of `len` values unless it already holds `len` (an im2col matrix of
/// the same layout, whose padding entries im2col never writes and so are still zero).
pub(crate) fn columns(col: &mut Vec<f32>, len: usize) {
    if col.len() != len {
        col.clear();
        col.resize(len, 0.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn batches_cover_the_images_once_in_order_within_the_cap() {
        for (n, k, p) in [(0, 9, 4), (1, 4608, 1), (7, 4608, 1), (8, 576, 64), (3, 1, 1 << 20), (5, 147, 256)] {
            let all: Vec<Range<usize>> = batches(n, k, p).collect();
            assert_eq!(all.iter().flat_map(Clone::clone).collect::<Vec<_>>(), (0..n).collect::<Vec<_>>());
            for b in &all {
                assert!(!b.is_empty() && (b.len() == 1 || b.len() * k * p <= COLUMNS_CAP), "{n} {k} {p}: {b:?}");
            }
        }
        assert_eq!(batches(7, 4608, 1).count(), 1);
    }

    #[test]
    fn gather_then_scatter_is_the_identity_on_the_blocks_only() {
        // 3 images of 5 channels x 2 positions; the block: channels 1..4.
        let blocks = Blocks { image: 10, offset: 2, rows: 3, p: 2 };
        let src: Vec<f32> = (0..30).map(|v| v as f32).collect();
        let mut side = Vec::new();
        blocks.gather(&src, 1..3, &mut side);
        assert_eq!(side, vec![12., 13., 22., 23., 14., 15., 24., 25., 16., 17., 26., 27.]);
        let mut back = vec![-1.0; 30];
        blocks.scatter(&side, 1..3, &mut back);
        let expected: Vec<f32> =
            (0..30).map(|v| if (12..18).contains(&v) || (22..28).contains(&v) { v as f32 } else { -1.0 }).collect();
        assert_eq!(back, expected);
    }
}
