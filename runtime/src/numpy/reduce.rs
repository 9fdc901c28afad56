//! Reductions over whole arrays (`sum`, `prod`, `min`, `max`, `mean`), computed as numpy does
//! so that results agree to the last bit where numpy's order is known: float sums use numpy's
//! pairwise summation (blocks of 8 partial sums up to 128 elements, then halving).

use crate::error::{Error, Result};
use num_complex::{Complex, Complex32, Complex64};
use num_traits::Float;

const BLOCK: usize = 128;

/// numpy's `pairwise_sum` over the values `f(0..n)`.
pub fn pairwise_sum(n: usize, f: &mut impl FnMut(usize) -> Result<f64>) -> Result<f64> {
    pairwise_direct(0, n, f)
}

/// numpy's pairwise sum of float32 values: the same blocking, accumulated in float32 (what
/// `sum` of a float32 array gives).
pub fn pairwise_sum32(n: usize, f: &mut impl FnMut(usize) -> Result<f32>) -> Result<f32> {
    pairwise_direct(0, n, f)
}

/// The float types numpy sums pairwise.
pub trait PairwiseAcc: Copy + Default + std::ops::Add<Output = Self> + std::ops::AddAssign {}
impl PairwiseAcc for f64 {}
impl PairwiseAcc for f32 {}

/// numpy's pairwise sum of `n` values that `fill(start, out)` writes a block at a time (the
/// values `start..start + out.len()`, at most 128, in order; blocks come in increasing order):
/// a fill is one loop LLVM vectorises when its element is plain arithmetic (`np.log(a).sum()`),
/// and a failure is seen once per block.
#[inline(always)]
pub fn pairwise_blocks<F: PairwiseAcc>(n: usize, fill: &mut impl FnMut(usize, &mut [F]) -> Result<()>) -> Result<F> {
    pairwise(0, n, fill)
}

fn pairwise<F: PairwiseAcc>(start: usize, n: usize, fill: &mut impl FnMut(usize, &mut [F]) -> Result<()>) -> Result<F> {
    if n <= BLOCK {
        let mut buf = [F::default(); BLOCK];
        fill(start, &mut buf[..n])?;
        Ok(pairwise_block(&buf[..n]))
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
    let zero = Complex::new(F::zero(), F::zero());
    if n <= BLOCK / 2 {
        let mut buf = [zero; BLOCK / 2];
        fill(start, &mut buf[..n])?;
        Ok(pairwise_complex_block(&buf[..n]))
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
    if n < 8 {
        let mut res = F::default();
        for i in 0..n {
            res += f(start + i)?;
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
                *x += f(start + i + j)?;
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        while i < n {
            res += f(start + i)?;
            i += 1;
        }
        Ok(res)
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        Ok(pairwise_direct(start, n2, f)? + pairwise_direct(start + n2, n - n2, f)?)
    }
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

/// numpy's `minimum`/`maximum` on floats: NaN propagates.
#[inline]
pub fn fmin_nan(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if b < a {
        b
    } else {
        a
    }
}

#[inline]
pub fn fmax_nan(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if b > a {
        b
    } else {
        a
    }
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
