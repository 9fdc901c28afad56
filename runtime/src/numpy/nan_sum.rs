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
        let r23 = if depth % 2 == 0 { add(r[3], r[2]) } else { add(r[2], r[3]) };
        let mut res = add(add(add(r[0], r[1]), r23), add(add(r[4], r[5]), add(r[6], r[7])));
        while i < n {
            res = add(res, f(start + i)?);
            i += 1;
        }
        Ok(res)
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        let left = pairwise_nan(start, n2, f, depth + 1)?;
        let right = pairwise_nan(start + n2, n - n2, f, depth + 1)?;
        Ok(if depth % 2 == 0 { add(left, right) } else { add(right, left) })
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
