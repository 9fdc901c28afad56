//! `round(x)` and `round(x, n)` with Python's round-half-to-even on the exact binary value.

use crate::builtins::conv::int_of_float;
use crate::error::{overflow, Result};

/// `round(x)` for a float: the nearest int, ties to even.
#[inline]
pub fn round_float(x: f64) -> Result<i64> {
    int_of_float(x.round_ties_even())
}

/// `round(x, n)` for a float: a float, correctly rounded to `n` decimal places (ties to even,
/// decided on the exact binary value — `round(2.675, 2)` is 2.67 as in CPython).
pub fn round_float_ndigits(x: f64, ndigits: i64) -> Result<f64> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0f64.copysign(x));
    }
    let r = if ndigits >= 0 {
        // Rust's fixed-precision formatting is exact (Grisu with Dragon4 fallback) and rounds
        // ties to even on the exact binary value, like CPython's dtoa mode 3.
        let s = format!("{:.*}", ndigits as usize, x);
        s.parse::<f64>().unwrap_or(x)
    } else {
        let p = 10f64.powi((-ndigits) as i32);
        (x / p).round_ties_even() * p
    };
    if r.is_infinite() {
        return Err(overflow("rounded value too large to represent"));
    }
    Ok(if r == 0.0 { 0.0f64.copysign(x) } else { r })
}

/// `round(n, k)` for an int and a negative `k` rounds to a multiple of 10**-k, ties to even;
/// a non-negative `k` returns `n` unchanged.
pub fn round_int_ndigits(n: i64, ndigits: i64) -> Result<i64> {
    if ndigits >= 0 {
        return Ok(n);
    }
    if ndigits < -18 {
        return Ok(0);
    }
    let p = 10i128.pow((-ndigits) as u32);
    let v = n as i128;
    let q = v.div_euclid(p);
    let r = v.rem_euclid(p);
    let twice = 2 * r;
    let q = if twice > p || (twice == p && q % 2 != 0) { q + 1 } else { q };
    i64::try_from(q * p).map_err(|_| crate::error::int_overflow())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_to_even() {
        assert_eq!(round_float(2.5), Ok(2));
        assert_eq!(round_float(3.5), Ok(4));
        assert_eq!(round_float(-0.5), Ok(0));
        assert_eq!(round_float(-1.5), Ok(-2));
        assert!(round_float(f64::NAN).is_err());
    }

    #[test]
    fn with_digits_like_cpython() {
        assert_eq!(round_float_ndigits(0.125, 2), Ok(0.12));
        assert_eq!(round_float_ndigits(0.375, 2), Ok(0.38));
        assert_eq!(round_float_ndigits(2.675, 2), Ok(2.67));
        assert_eq!(round_float_ndigits(1.5, 0), Ok(2.0));
        assert_eq!(round_float_ndigits(2.5, 0), Ok(2.0));
        assert_eq!(round_float_ndigits(1234.5678, -2), Ok(1200.0));
        assert_eq!(round_float_ndigits(-0.001, 2).unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(round_int_ndigits(1250, -2), Ok(1200));
        assert_eq!(round_int_ndigits(1350, -2), Ok(1400));
        assert_eq!(round_int_ndigits(-1251, -2), Ok(-1300));
    }
}
