//! Reductions over whole arrays (`sum`, `prod`, `min`, `max`, `mean`), computed as numpy does
//! so that results agree to the last bit where numpy's order is known: float sums use numpy's
//! pairwise summation (blocks of 8 partial sums up to 128 elements, then halving).

use crate::error::{Error, Result};
use num_complex::{Complex, Complex32, Complex64};
use num_traits::Float;

const BLOCK: usize = 128;

/// numpy's `pairwise_sum` over the values `f(0..n)`.
pub fn pairwise_sum(n: usize, f: &mut impl FnMut(usize) -> Result<f64>) -> Result<f64> {
    pairwise(0, n, f)
}

/// numpy's pairwise sum of float32 values: the same blocking, accumulated in float32 (what
/// `sum` of a float32 array gives).
pub fn pairwise_sum32(n: usize, f: &mut impl FnMut(usize) -> Result<f32>) -> Result<f32> {
    pairwise(0, n, f)
}

/// The float types numpy sums pairwise.
pub trait PairwiseAcc: Copy + Default + std::ops::Add<Output = Self> + std::ops::AddAssign {}
impl PairwiseAcc for f64 {}
impl PairwiseAcc for f32 {}

fn pairwise<F: PairwiseAcc>(start: usize, n: usize, f: &mut impl FnMut(usize) -> Result<F>) -> Result<F> {
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
        Ok(pairwise(start, n2, f)? + pairwise(start + n2, n - n2, f)?)
    }
}

/// numpy's pairwise sum of complex values `f(0..n)`: the real and imaginary parts summed
/// interleaved, as numpy's loop sees the `2n` floats (blocks of 4 complex partial sums up to
/// 64 values, then halving at a multiple of 4) — not two independent float pairwise sums.
pub fn pairwise_sum_complex(n: usize, f: &mut impl FnMut(usize) -> Result<Complex64>) -> Result<Complex64> {
    pairwise_complex(0, n, f)
}

/// The same for complex64, in float32.
pub fn pairwise_sum_complex32(n: usize, f: &mut impl FnMut(usize) -> Result<Complex32>) -> Result<Complex32> {
    pairwise_complex(0, n, f)
}

fn pairwise_complex<F: Float>(
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
        let (a, b) = (pairwise_complex(start, n2, f)?, pairwise_complex(start + n2, n - n2, f)?);
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
    fn pairwise_matches_numpy_block_structure() {
        let v: Vec<f64> = (0..1000).map(|i| (i as f64).sin()).collect();
        let s = pairwise_sum(v.len(), &mut |k| Ok(v[k])).unwrap();
        let naive: f64 = v.iter().sum();
        assert!((s - naive).abs() < 1e-9);
        assert_eq!(pairwise_sum(0, &mut |_| Ok(1.0)).unwrap(), 0.0);
        assert_eq!(pairwise_sum(3, &mut |_| Ok(1.5)).unwrap(), 4.5);
    }
}
