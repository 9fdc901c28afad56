//! The sign of a NaN that numpy's pairwise sums give (`np.sum`, `np.mean`, the sums of
//! lanes): of two NaN operands x86's `addsd`/`addpd` keep the first, so which NaN comes out is
//! decided by the operand order of the machine code numpy's compiler emitted for
//! `pairwise_sum` (`numpy/_core/src/umath/loops_utils.h.src`), which Rust's `a + b` does not
//! promise (LLVM may commute an addition). [`pairwise_nan`] recomputes a sum whose result is
//! NaN with numpy's order made explicit: `a + b` as numpy's loop has it is `a` when `a` is
//! NaN, else the hardware's `a + b` (the one NaN operand, or the default NaN of `inf - inf`).
//!
//! The order, measured on numpy 2.x's x86-64 wheels (the AVX2 loop, X86_V3) against numpy's
//! sums of arrays of NaNs of both signs (`tests/kernels/numpy_nan_sum_sign.py`): the compiler
//! inlined one level of the recursion, so the halves are added `left + right` at even depths
//! (the top call is depth 0) and `right + left` at odd ones; a block of at most 128 values sums
//! 8 accumulators (`r[j] + x`), combined as `((r0 + r1) + (r3 + r2)) + ((r4 + r5) + (r6 + r7))`
//! at even depths and `((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))` at odd ones, then
//! the tail `res + x`; fewer than 8 values: `0 + x0 + x1 ...`.

use super::element::Element;
use super::ndarray::NdArray;
use super::reduce::PairwiseAcc;
use crate::error::Result;

const BLOCK: usize = 128;

/// numpy's `a + b` in its sums: a NaN `a` comes out as it is.
#[inline]
fn add<F: PairwiseAcc>(a: F, b: F) -> F {
    if a.is_nan_acc() {
        a
    } else {
        a + b
    }
}

/// numpy's pairwise sum of `f(start..start + n)` with its operand order (see the module),
/// `depth` the recursion's.
pub fn pairwise_nan<F: PairwiseAcc>(
    start: usize,
    n: usize,
    f: &mut impl FnMut(usize) -> Result<F>,
    depth: u32,
) -> Result<F> {
    pairwise_walk::<F, true>(start, n, f, depth, &add)
}

/// numpy's pairwise walk of `f(start..start + n)` (`pairwise_sum` of `loops_utils.h.src`:
/// fewer than 8 values one after the other, blocks of at most 128 values in 8 accumulators,
/// longer runs halved at a multiple of 8) with the addition `add`; `ORDERED`: the operands in
/// the order of numpy's machine code by `depth` (see the module), else as numpy's C source
/// writes them (`reduce::pairwise_sum`: the same value where the sum is not NaN).
pub(super) fn pairwise_walk<F: PairwiseAcc, const ORDERED: bool>(
    start: usize,
    n: usize,
    f: &mut impl FnMut(usize) -> Result<F>,
    depth: u32,
    add: &impl Fn(F, F) -> F,
) -> Result<F> {
    let even = ORDERED && depth % 2 == 0;
    if n < 8 {
        let mut res = F::default();
        for i in 0..n {
            res = add(res, f(start + i)?);
        }
        Ok(res)
    } else if n <= BLOCK {
        let mut r = [F::default(); 8];
        for (j, x) in r.iter_mut().enumerate() {
            *x = f(start + j)?;
        }
        let mut i = 8;
        while i < n - (n % 8) {
            for (j, x) in r.iter_mut().enumerate() {
                *x = add(*x, f(start + i + j)?);
            }
            i += 8;
        }
        let r23 = if even { add(r[3], r[2]) } else { add(r[2], r[3]) };
        let mut res = add(add(add(r[0], r[1]), r23), add(add(r[4], r[5]), add(r[6], r[7])));
        while i < n {
            res = add(res, f(start + i)?);
            i += 1;
        }
        Ok(res)
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        let left = pairwise_walk::<F, ORDERED>(start, n2, f, depth + 1, add)?;
        let right = pairwise_walk::<F, ORDERED>(start + n2, n - n2, f, depth + 1, add)?;
        Ok(if ORDERED && !even { add(right, left) } else { add(left, right) })
    }
}

/// [`pairwise_nan`] of values a block-filling closure writes (see `reduce::pairwise_blocks`):
/// the blocks filled again, in order.
pub fn pairwise_blocks_nan<F: PairwiseAcc>(
    n: usize,
    fill: &mut impl FnMut(usize, &mut [F]) -> Result<()>,
) -> Result<F> {
    let mut all = vec![F::default(); n];
    for start in (0..n).step_by(BLOCK) {
        let end = (start + BLOCK).min(n);
        fill(start, &mut all[start..end])?;
    }
    pairwise_nan(0, n, &mut |k| Ok(all[k]), 0)
}

/// The NaN of numpy's sequential sum of a lane across its inner loop (a reduction over an
/// outer axis: `out[j] = out[j] + x` row after row, the first row copied): `last` for the
/// lanes in the tail of numpy's vector loop, whose machine code adds `x + out` (the newest
/// NaN wins), elsewhere `out + x` (the first NaN wins); `inf - inf` on the way gives the
/// hardware's NaN where numpy's loop meets it.
pub fn sequential_nan<F: PairwiseAcc>(n: usize, f: impl Fn(usize) -> F, last: bool) -> F {
    let mut acc = f(0);
    for k in 1..n {
        let x = f(k);
        acc = if last { add(x, acc) } else { add(acc, x) };
    }
    acc
}

/// Whether output `j` of an inner loop of `c` elements falls in the tail of numpy's AVX2 add
/// loop (`width` elements a step: 8 for float64); a loop shorter than one step is all scalar.
/// Measured on numpy 2.x's x86-64 wheels (`tests/test_nan_sum_sign.py`).
pub fn in_vector_tail(j: usize, c: usize, width: usize) -> bool {
    c >= width && j >= c - c % width
}

/// NaN results of `np.sum(a, axis=ax)` of a float matrix whose other axis is numpy's inner
/// loop (the reduced axis outer in memory, both strides positive), redone with numpy's sign:
/// see [`sequential_nan`] (`of`: an element as the accumulator's type; `width`: numpy's vector
/// step, 8 float64 or 16 float32); an inner loop over a strided axis is numpy's scalar loop.
pub fn outer_axis_nans<T: Element, F: PairwiseAcc>(
    a: &NdArray<T, 2>,
    ax: usize,
    acc: &mut [F],
    of: impl Fn(T::Value) -> F,
    width: usize,
) {
    let other = 1 - ax;
    let (shape, strides) = (a.shape(), a.strides());
    if strides[ax] <= 0 || strides[other] <= 0 || shape[ax] < 2 || !acc.iter().any(|s| s.is_nan_acc()) {
        return;
    }
    let contiguous = strides[other] == std::mem::size_of::<T::Storage>() as isize;
    let c = shape[other];
    for (j, s) in acc.iter_mut().enumerate().filter(|(_, s)| s.is_nan_acc()) {
        let last = contiguous && in_vector_tail(j, c, width);
        let at = |k: usize| {
            let mut p = [0usize; 2];
            p[ax] = k;
            p[other] = j;
            // SAFETY: `k` within the reduced axis, `j` within the other (`acc` has its length)
            of(unsafe { a.at(p) })
        };
        *s = sequential_nan(shape[ax], at, last);
    }
}
