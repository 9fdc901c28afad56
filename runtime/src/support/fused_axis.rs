//! Sums and means along an axis of element-wise expressions whose lanes are contiguous in
//! every operand (`np.sum(np.abs(x)**2, 1)` of a C-ordered `x`, `(a * a).sum(axis=0)` of a
//! Fortran-ordered `a`): each lane is summed as whole-array sums are
//! ([`super::fused::sum`]), its values computed a block at a time by a unit-stride loop LLVM
//! vectorises, in numpy's pairwise order. Any other layout is left to the general lane loop
//! (`rt::numpy::axis::sum_axis_of`): the functions here answer `None` for it.

use super::fused::{shape_of, Inputs, Item, Operands, Reorder, Strides};
use crate::error::Result;
use crate::numpy::axis::{axis_index, sums_pairwise, LaneMean};
use crate::numpy::element::Element;
use crate::numpy::ndarray::{k_order, NdArray};
use crate::numpy::reduce::{pairwise_blocks, pairwise_blocks_complex};
use num_complex::Complex64;

/// The element types whose lanes are summed here: numpy's pairwise sum of a block-filled lane.
pub trait RowSum: LaneMean + Element<Value = Self> + Copy {
    fn row_sum(n: usize, fill: &mut impl FnMut(usize, &mut [Self]) -> Result<()>) -> Result<Self>;
}

impl RowSum for f64 {
    #[inline(always)]
    fn row_sum(n: usize, fill: &mut impl FnMut(usize, &mut [f64]) -> Result<()>) -> Result<f64> {
        pairwise_blocks(n, fill)
    }
}

impl RowSum for Complex64 {
    #[inline(always)]
    fn row_sum(n: usize, fill: &mut impl FnMut(usize, &mut [Complex64]) -> Result<()>) -> Result<Complex64> {
        pairwise_blocks_complex(n, fill)
    }
}

/// `e.sum(axis)` (or `e.mean(axis)` when `mean`) of the element-wise expression `e = f(inputs)`
/// when numpy sums its lanes pairwise and every operand reads a lane contiguously; `None` when
/// not (the caller then runs the general lane loop). Broadcast and axis errors are numpy's.
#[inline(always)]
pub fn sum_rows<T: RowSum, const N: usize, const R: usize, I: Inputs<N>>(
    inputs: I,
    axis: i64,
    mean: bool,
    mut f: impl FnMut(Item<I, N>) -> Result<T>,
) -> Result<Option<NdArray<T, R>>>
where
    I::Operands: Reorder<N>,
{
    debug_assert_eq!(R + 1, N);
    let shape = shape_of(&inputs)?;
    let ax = axis_index(axis, N)?;
    let ops = inputs.broadcast(shape)?;
    if !sums_pairwise(shape, k_order::<N>(Strides::of(&ops).as_slice()), ax) {
        return Ok(None);
    }
    // the reduced axis last, the others in order: the result's positions in C order
    let mut perm = [0usize; N];
    for (k, d) in (0..N).filter(|&d| d != ax).enumerate() {
        perm[k] = d;
    }
    perm[N - 1] = ax;
    let ops = if ax == N - 1 { ops } else { ops.permuted(perm) };
    let len = shape[ax];
    if len > 1 && !ops.inner_contiguous() {
        return Ok(None);
    }
    let mut out_shape = [0usize; R];
    for (o, &d) in out_shape.iter_mut().zip(&perm) {
        *o = shape[d];
    }
    let count: usize = out_shape.iter().product();
    let mut out: Vec<T> = Vec::with_capacity(count);
    let mut ix = [0usize; N];
    for _ in 0..count {
        // SAFETY: `ix` is a position of the permuted shape on every axis but the last, and
        // every read is at `start + t < len` of an inner-contiguous row
        let rows = unsafe { ops.rows(ix) };
        let s = T::row_sum(len, &mut |start, dst: &mut [T]| {
            for (t, x) in dst.iter_mut().enumerate() {
                *x = f(unsafe { <I::Operands as Operands<N>>::get(rows, start + t) })?;
            }
            Ok(())
        })?;
        out.push(if mean { T::lane_mean(s, len) } else { s });
        // the next position: the odometer over the axes but the last
        let mut d = R;
        while d > 0 {
            d -= 1;
            ix[d] += 1;
            if ix[d] < out_shape[d] {
                break;
            }
            ix[d] = 0;
        }
    }
    Ok(Some(NdArray::from_vec(out_shape, out)))
}

/// `e.sum(axis=0)` (or `e.mean(axis=0)` when `mean`) of a 2-D element-wise expression whose
/// operands read rows contiguously (C order), where numpy does not add pairwise: numpy's
/// reduction then runs rows in the inner loop, `out[j] += e[i, j]` row after row from 0, so
/// each column is added in order. Done the same way here (rows of `f` into the result, a
/// unit-stride loop LLVM vectorises), not a strided walk down each column. `None` for any other
/// shape or layout (the caller tries the lane loop). Broadcast and axis errors are numpy's.
#[inline(always)]
pub fn sum_down<T: RowSum + Default + std::ops::Add<Output = T>, const N: usize, const R: usize, I: Inputs<N>>(
    inputs: I,
    axis: i64,
    mean: bool,
    mut f: impl FnMut(Item<I, N>) -> Result<T>,
) -> Result<Option<NdArray<T, R>>>
where
    I::Operands: Reorder<N>,
{
    debug_assert_eq!(R + 1, N);
    if N != 2 {
        return Ok(None);
    }
    let shape = shape_of(&inputs)?;
    if axis_index(axis, N)? != 0 {
        return Ok(None);
    }
    let ops = inputs.broadcast(shape)?;
    let (rows, cols) = (shape[0], shape[N - 1]);
    if rows == 0
        || cols < 2
        || sums_pairwise(shape, k_order::<N>(Strides::of(&ops).as_slice()), 0)
        || !ops.inner_contiguous()
    {
        return Ok(None);
    }
    let mut out = vec![T::default(); cols];
    let mut ix = [0usize; N];
    for i in 0..rows {
        ix[0] = i;
        // SAFETY: `ix` is the start of row `i` of the shape, every read at `j < cols` of an
        // inner-contiguous row
        let r = unsafe { ops.rows(ix) };
        for (j, o) in out.iter_mut().enumerate() {
            *o = *o + f(unsafe { <I::Operands as Operands<N>>::get(r, j) })?;
        }
    }
    if mean {
        for o in out.iter_mut() {
            *o = T::lane_mean(*o, rows);
        }
    }
    let mut out_shape = [0usize; R];
    out_shape[0] = cols;
    Ok(Some(NdArray::from_vec(out_shape, out)))
}
