//! Reductions over whole arrays (`sum`, `prod`, `min`, `max`, `mean`), computed as numpy does
//! so that results agree to the last bit where numpy's order is known: float sums use numpy's
//! pairwise summation (blocks of 8 partial sums up to 128 elements, then halving).

use crate::error::{Error, Result};
use num_complex::{Complex, Complex32, Complex64};
use num_traits::Float;

const BLOCK: usize = 128;

/// numpy's `pairwise_sum` over the values `f(0..n)` (a NaN result redone by
/// [`super::nan_sum::pairwise_nan`] for numpy's sign of it).
pub fn pairwise_sum(n: usize, f: &mut impl FnMut(usize) -> Result<f64>) -> Result<f64> {
    let s = pairwise_direct(0, n, f)?;
    if s.is_nan() {
        return super::nan_sum::pairwise_nan(0, n, f, 0);
    }
    Ok(s)
}

/// numpy's pairwise sum of float32 values: the same blocking, accumulated in float32 (what
/// `sum` of a float32 array gives).
pub fn pairwise_sum32(n: usize, f: &mut impl FnMut(usize) -> Result<f32>) -> Result<f32> {
    let s = pairwise_direct(0, n, f)?;
    if s.is_nan() {
        return super::nan_sum::pairwise_nan(0, n, f, 0);
    }
    Ok(s)
}

/// The float types numpy sums pairwise.
pub trait PairwiseAcc: Copy + Default + std::ops::Add<Output = Self> + std::ops::AddAssign {
    fn is_nan_acc(self) -> bool;
}
impl PairwiseAcc for f64 {
    fn is_nan_acc(self) -> bool {
        self.is_nan()
    }
}
impl PairwiseAcc for f32 {
    fn is_nan_acc(self) -> bool {
        self.is_nan()
    }
}

/// numpy's pairwise sum of `n` values that `fill(start, out)` writes a block at a time (the
/// values `start..start + out.len()`, at most 128, in order; blocks come in increasing order):
/// a fill is one loop LLVM vectorises when its element is plain arithmetic (`np.log(a).sum()`),
/// and a failure is seen once per block.
#[inline(always)]
pub fn pairwise_blocks<F: PairwiseAcc>(n: usize, fill: &mut impl FnMut(usize, &mut [F]) -> Result<()>) -> Result<F> {
    let s = pairwise(0, n, fill)?;
    if s.is_nan_acc() {
        return super::nan_sum::pairwise_blocks_nan(n, fill);
    }
    Ok(s)
}

fn pairwise<F: PairwiseAcc>(start: usize, n: usize, fill: &mut impl FnMut(usize, &mut [F]) -> Result<()>) -> Result<F> {
    if n <= BLOCK {
        // only the `n` values used are set before the fill (a whole block's memset per call
        // showed in small sums: `np.sum(a[:, i] ** 2)` in a loop)
        let mut buf = std::mem::MaybeUninit::<[F; BLOCK]>::uninit();
        let p = buf.as_mut_ptr() as *mut F;
        for k in 0..n {
            // SAFETY: `k < n <= BLOCK`, within the buffer
            unsafe { p.add(k).write(F::default()) };
        }
        // SAFETY: the first `n` values were written above
        let buf = unsafe { std::slice::from_raw_parts_mut(p, n) };
        fill(start, buf)?;
        Ok(pairwise_block(buf))
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        Ok(pairwise(start, n2, fill)? + pairwise(start + n2, n - n2, fill)?)
    }
}

/// numpy's pairwise sum of at most 128 values: sequential below 8, else 8 partial sums (which
/// vectorise) combined as a tree, then the tail.
#[inline(always)]
pub fn pairwise_block<F: PairwiseAcc>(v: &[F]) -> F {
    let n = v.len();
    if n < 8 {
        let mut res = F::default();
        for &x in v {
            res += x;
        }
        return res;
    }
    let (body, tail) = v.split_at(n - n % 8);
    let mut r = [F::default(); 8];
    r.copy_from_slice(&body[..8]);
    for c in body[8..].chunks_exact(8) {
        for j in 0..8 {
            r[j] += c[j];
        }
    }
    let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for &x in tail {
        res += x;
    }
    res
}

/// numpy's pairwise sum of complex values `f(0..n)`: the real and imaginary parts summed
/// interleaved, as numpy's loop sees the `2n` floats (blocks of 4 complex partial sums up to
/// 64 values, then halving at a multiple of 4) — not two independent float pairwise sums.
pub fn pairwise_sum_complex(n: usize, f: &mut impl FnMut(usize) -> Result<Complex64>) -> Result<Complex64> {
    pairwise_complex_direct(0, n, f)
}

/// The same for complex64, in float32.
pub fn pairwise_sum_complex32(n: usize, f: &mut impl FnMut(usize) -> Result<Complex32>) -> Result<Complex32> {
    pairwise_complex_direct(0, n, f)
}

/// [`pairwise_sum_complex`] of values a block (at most 64) at a time, as [`pairwise_blocks`].
#[inline(always)]
pub fn pairwise_blocks_complex<F: Float>(
    n: usize,
    fill: &mut impl FnMut(usize, &mut [Complex<F>]) -> Result<()>,
) -> Result<Complex<F>> {
    pairwise_complex(0, n, fill)
}

fn pairwise_complex<F: Float>(
    start: usize,
    n: usize,
    fill: &mut impl FnMut(usize, &mut [Complex<F>]) -> Result<()>,
) -> Result<Complex<F>> {
    if n <= BLOCK / 2 {
        // (only the values the block uses are set before its fill: a whole 1 KiB memset per
        // call showed in loops over small arrays, cma_pt's sums of 42 values)
        let mut buf = std::mem::MaybeUninit::<[Complex<F>; BLOCK / 2]>::uninit();
        let p = buf.as_mut_ptr() as *mut Complex<F>;
        for k in 0..n {
            // SAFETY: `k < n <= BLOCK / 2`, within the buffer
            unsafe { p.add(k).write(Complex::new(F::zero(), F::zero())) };
        }
        // SAFETY: the first `n` values were written above
        let buf = unsafe { std::slice::from_raw_parts_mut(p, n) };
        fill(start, buf)?;
        Ok(pairwise_complex_block(buf))
    } else {
        // numpy halves the 2n floats at a multiple of 8
        let n2 = (n - n % 8) / 2;
        let (a, b) = (pairwise_complex(start, n2, fill)?, pairwise_complex(start + n2, n - n2, fill)?);
        Ok(Complex::new(a.re + b.re, a.im + b.im))
    }
}

/// numpy's pairwise sum of at most 64 complex values (the 128 floats interleaved):
/// sequential below 4, else 4 complex partial sums, then the tail.
#[inline(always)]
fn pairwise_complex_block<F: Float>(v: &[Complex<F>]) -> Complex<F> {
    let n = v.len();
    let zero = Complex::new(F::zero(), F::zero());
    if n < 4 {
        let mut r = zero;
        for z in v {
            r = Complex::new(r.re + z.re, r.im + z.im);
        }
        return r;
    }
    let mut r = [zero; 4];
    r.copy_from_slice(&v[..4]);
    let mut i = 4;
    while i < n - (n % 4) {
        for j in 0..4 {
            let z = v[i + j];
            r[j] = Complex::new(r[j].re + z.re, r[j].im + z.im);
        }
        i += 4;
    }
    let mut re = (r[0].re + r[1].re) + (r[2].re + r[3].re);
    let mut im = (r[0].im + r[1].im) + (r[2].im + r[3].im);
    while i < n {
        re = re + v[i].re;
        im = im + v[i].im;
        i += 1;
    }
    Complex::new(re, im)
}

/// [`pairwise_sum`]'s values one at a time, summed as they come (no block buffer: for a
/// closure reading a strided lane, which does not vectorise, the buffer would only cost).
fn pairwise_direct<F: PairwiseAcc>(start: usize, n: usize, f: &mut impl FnMut(usize) -> Result<F>) -> Result<F> {
    super::nan_sum::pairwise_walk::<F, false>(start, n, f, 0, &|a, b| a + b)
}

/// [`pairwise_sum_complex`] the same way.
fn pairwise_complex_direct<F: Float>(
    start: usize,
    n: usize,
    f: &mut impl FnMut(usize) -> Result<Complex<F>>,
) -> Result<Complex<F>> {
    let zero = Complex::new(F::zero(), F::zero());
    if n < 4 {
        let mut r = zero;
        for i in 0..n {
            let z = f(start + i)?;
            r = Complex::new(r.re + z.re, r.im + z.im);
        }
        Ok(r)
    } else if n <= BLOCK / 2 {
        let mut r = [zero; 4];
        for (j, x) in r.iter_mut().enumerate() {
            *x = f(start + j)?;
        }
        let mut i = 4;
        while i < n - (n % 4) {
            for (j, x) in r.iter_mut().enumerate() {
                let z = f(start + i + j)?;
                *x = Complex::new(x.re + z.re, x.im + z.im);
            }
            i += 4;
        }
        let mut re = (r[0].re + r[1].re) + (r[2].re + r[3].re);
        let mut im = (r[0].im + r[1].im) + (r[2].im + r[3].im);
        while i < n {
            let z = f(start + i)?;
            re = re + z.re;
            im = im + z.im;
            i += 1;
        }
        Ok(Complex::new(re, im))
    } else {
        // numpy halves the 2n floats at a multiple of 8
        let n2 = (n - n % 8) / 2;
        let (a, b) = (pairwise_complex_direct(start, n2, f)?, pairwise_complex_direct(start + n2, n - n2, f)?);
        Ok(Complex::new(a.re + b.re, a.im + b.im))
    }
}

#[cold]
pub fn empty_reduction(what: &str) -> Error {
    Error::Value(format!("zero-size array to reduction operation {what} which has no identity"))
}

/// numpy's `minimum`/`maximum` on floats, as its x86 loops compute them (`minpd`/`maxpd`
/// with a NaN blend): a NaN `a`, else `a` if strictly smaller (greater), else `b` — so NaN
/// propagates (the NaN operand itself, its sign kept) and of two equal values (`0.0`, `-0.0`)
/// the second comes out.
#[inline]
pub fn fmin_nan(a: f64, b: f64) -> f64 {
    if a.is_nan() || a < b {
        a
    } else {
        b
    }
}

#[inline]
pub fn fmax_nan(a: f64, b: f64) -> f64 {
    if a.is_nan() || a > b {
        a
    } else {
        b
    }
}

/// `np.clip`'s bounds with scalar bounds: NaN propagates, of equal values the first (`x`)
/// stays (numpy's clip loop; with array bounds numpy's loop returns the bound instead).
#[inline]
pub fn clip_min(x: f64, bound: f64) -> f64 {
    if x.is_nan() || bound.is_nan() {
        f64::NAN
    } else if bound < x {
        bound
    } else {
        x
    }
}

#[inline]
pub fn clip_max(x: f64, bound: f64) -> f64 {
    if x.is_nan() || bound.is_nan() {
        f64::NAN
    } else if bound > x {
        bound
    } else {
        x
    }
}

#[inline]
fn extreme_op(a: f64, b: f64, max: bool) -> f64 {
    if max {
        fmax_nan(a, b)
    } else {
        fmin_nan(a, b)
    }
}

/// The lanes of numpy's SIMD min/max loops for one element size on this machine (the target
/// its dispatcher picks: AVX-512 (X86_V4), AVX2 (X86_V3), else the SSE baseline).
pub fn minmax_lanes(float32: bool) -> usize {
    static BYTES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let bytes = *BYTES.get_or_init(|| {
        #[cfg(target_arch = "x86_64")]
        {
            if std::arch::is_x86_feature_detected!("avx512f")
                && std::arch::is_x86_feature_detected!("avx512cd")
                && std::arch::is_x86_feature_detected!("avx512bw")
                && std::arch::is_x86_feature_detected!("avx512dq")
                && std::arch::is_x86_feature_detected!("avx512vl")
            {
                64
            } else if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma") {
                32
            } else {
                16
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            16
        }
    });
    bytes / if float32 { 4 } else { 8 }
}

/// numpy's contiguous float min/max reduce loop (`simd_reduce_c_max_f64`) continuing from `r`
/// over `get(0..n)`: `w` lane accumulators start at `r`, blocks of 8 vectors are combined as a
/// tree, then single vectors, the lanes folded by halving, the tail one by one.
fn extreme_chunk_contig(r: f64, n: usize, get: &impl Fn(usize) -> f64, w: usize, max: bool) -> f64 {
    if n == 0 {
        return r;
    }
    let op = |a: f64, b: f64| extreme_op(a, b, max);
    let w = w.clamp(1, 16);
    let mut acc = [r; 16];
    let mut i = 0;
    while n - i >= 8 * w {
        for (l, a) in acc[..w].iter_mut().enumerate() {
            let v = |k: usize| get(i + k * w + l);
            let t = op(op(op(v(0), v(1)), op(v(2), v(3))), op(op(v(4), v(5)), op(v(6), v(7))));
            *a = op(*a, t);
        }
        i += 8 * w;
    }
    while n - i >= w {
        for (l, a) in acc[..w].iter_mut().enumerate() {
            *a = op(*a, get(i + l));
        }
        i += w;
    }
    let mut len = w;
    while len > 1 {
        len /= 2;
        for l in 0..len {
            acc[l] = op(acc[l], acc[l + len]);
        }
    }
    let mut r = acc[0];
    for k in i..n {
        r = op(r, get(k));
    }
    r
}

/// numpy's strided float min/max reduce loop continuing from `r`: 8 scalar accumulators over
/// blocks of 8, combined as a tree, then the tail one by one.
fn extreme_chunk_strided(mut r: f64, n: usize, get: &impl Fn(usize) -> f64, max: bool) -> f64 {
    let op = |a: f64, b: f64| extreme_op(a, b, max);
    let mut i = 0;
    if n >= 8 {
        let mut m: [f64; 8] = std::array::from_fn(get);
        i = 8;
        while i + 8 <= n {
            for (k, mk) in m.iter_mut().enumerate() {
                *mk = op(*mk, get(i + k));
            }
            i += 8;
        }
        let (m0, m2, m4, m6) = (op(m[0], m[1]), op(m[2], m[3]), op(m[4], m[5]), op(m[6], m[7]));
        r = op(r, op(op(m0, m2), op(m4, m6)));
    }
    for k in i..n {
        r = op(r, get(k));
    }
    r
}

/// `np.max`/`np.min` of the contiguous values `xs` exactly as numpy reduces them: which of
/// equal values (`0.0`, `-0.0`) comes out depends on numpy's SIMD lanes (the first element
/// starts every lane, lanes are folded by halving). `float32`: the values are float32's.
pub fn extreme_contiguous(xs: &[f64], max: bool, float32: bool) -> f64 {
    extreme_chunk_contig(xs[0], xs.len() - 1, &|k| xs[k + 1], minmax_lanes(float32), max)
}

/// One lane of a reduction along an axis (`get(0..n)`, `n >= 1`), exactly as numpy: its
/// contiguous or strided reduce loop when the lane is numpy's inner loop, else one element
/// after the other (numpy's inner loop then runs over the other axes).
pub fn extreme_lane(n: usize, get: impl Fn(usize) -> f64, inner: bool, contiguous: bool, max: bool) -> f64 {
    let r = get(0);
    let rest = |k: usize| get(k + 1);
    if !inner {
        return (0..n - 1).fold(r, |a, k| extreme_op(a, rest(k), max));
    }
    if contiguous {
        extreme_chunk_contig(r, n - 1, &rest, minmax_lanes(false), max)
    } else {
        extreme_chunk_strided(r, n - 1, &rest, max)
    }
}

/// `np.max(a)`/`np.min(a)` of a float array, exactly as numpy: its iteration (axes sorted by
/// |stride|, coalesced, lines of the innermost axis each through the contiguous or strided
/// loop). Compiled code calls it only to redo a zero result, whose sign this decides.
pub fn extreme_array<T: super::element::Element<Value = f64>, const D: usize>(
    a: &super::ndarray::NdArray<T, D>,
    max: bool,
) -> Result<f64> {
    let shape = a.shape();
    let strides = a.strides();
    if shape.contains(&0) {
        return Err(empty_reduction(if max { "maximum" } else { "minimum" }));
    }
    let base = a.data_ptr();
    // SAFETY: every offset below is inside the array (positions within its shape)
    let at = |off: isize| T::load(unsafe { std::ptr::read_unaligned(base.offset(off) as *const T::Storage) });
    let size = std::mem::size_of::<T::Storage>() as isize;
    // numpy's iteration: the axes of length > 1, outermost first (larger |stride|; on ties C order)
    let mut axes: Vec<(usize, isize)> = (0..D).filter(|&d| shape[d] > 1).map(|d| (shape[d], strides[d])).collect();
    axes.sort_by_key(|&(_, s)| std::cmp::Reverse(s.unsigned_abs()));
    // coalesce an axis into the next outer one when they step as one
    let mut dims: Vec<(usize, isize)> = Vec::with_capacity(axes.len());
    for (n, s) in axes.into_iter().rev() {
        match dims.last_mut() {
            Some(last) if last.1 * last.0 as isize == s => last.0 *= n,
            _ => dims.push((n, s)),
        }
    }
    // dims: innermost first
    let (n_in, s_in) = dims.first().copied().unwrap_or((1, size));
    let outer = &dims[dims.len().min(1)..];
    let lines: usize = outer.iter().map(|d| d.0).product();
    let line_start = |mut k: usize| {
        let mut off = 0isize;
        for &(n, s) in outer {
            off += (k % n) as isize * s;
            k /= n;
        }
        off
    };
    let contiguous = s_in == size;
    let mut r = at(0);
    for line in 0..lines {
        let start = line_start(line);
        let skip = usize::from(line == 0);
        let get = |k: usize| at(start + (k + skip) as isize * s_in);
        let n = n_in - skip;
        r = if contiguous {
            extreme_chunk_contig(r, n, &get, minmax_lanes(size == 4), max)
        } else {
            extreme_chunk_strided(r, n, &get, max)
        };
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_sums_are_the_direct_sums() {
        // the block-filled sums (fused reductions) add in exactly the direct order
        let v: Vec<f64> = (0..3000).map(|i| ((i * 7919) % 1013) as f64 * 1e-3 - 0.4).collect();
        for n in [0, 1, 7, 8, 9, 127, 128, 129, 255, 256, 1000, 2999] {
            let d = pairwise_sum(n, &mut |k| Ok(v[k])).unwrap();
            let b: f64 = pairwise_blocks(n, &mut |s, out: &mut [f64]| {
                out.copy_from_slice(&v[s..s + out.len()]);
                Ok(())
            })
            .unwrap();
            assert_eq!(d.to_bits(), b.to_bits(), "n = {n}");
            let d32 = pairwise_sum32(n, &mut |k| Ok(v[k] as f32)).unwrap();
            let b32: f32 = pairwise_blocks(n, &mut |s, out: &mut [f32]| {
                for (i, x) in out.iter_mut().enumerate() {
                    *x = v[s + i] as f32;
                }
                Ok(())
            })
            .unwrap();
            assert_eq!(d32.to_bits(), b32.to_bits(), "n = {n}");
            let z = |k: usize| Complex64::new(v[k], v[2999 - k]);
            let dc = pairwise_sum_complex(n, &mut |k| Ok(z(k))).unwrap();
            let bc = pairwise_blocks_complex(n, &mut |s, out: &mut [Complex64]| {
                for (i, x) in out.iter_mut().enumerate() {
                    *x = z(s + i);
                }
                Ok(())
            })
            .unwrap();
            assert_eq!((dc.re.to_bits(), dc.im.to_bits()), (bc.re.to_bits(), bc.im.to_bits()), "n = {n}");
        }
    }

    #[test]
    fn pairwise_matches_numpy_block_structure() {
        let v: Vec<f64> = (0..1000).map(|i| (i as f64).sin()).collect();
        let s = pairwise_sum(v.len(), &mut |k| Ok(v[k])).unwrap();
        let naive: f64 = v.iter().sum();
        assert!((s - naive).abs() < 1e-9);
        assert_eq!(pairwise_sum(0, &mut |_| Ok(1.0)).unwrap(), 0.0);
        assert_eq!(pairwise_sum(3, &mut |_| Ok(1.5)).unwrap(), 4.5);
    }
}
