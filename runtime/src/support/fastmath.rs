//! What the opt-in fast-math mode (`# pyrs fast-math`, the compiler's `codegen/fastmath.rs`)
//! calls: results within a few ulp of CPython's, not its bits.

use crate::error::{overflow, value, Result};
use crate::numpy::vmath;

/// `a * b + c` with one rounding where the CPU has FMA (the build is for this machine), else
/// two: `f64::mul_add` without hardware FMA would call libm's `fma`, a slow call.
#[inline(always)]
pub fn fma(a: f64, b: f64, c: f64) -> f64 {
    if cfg!(target_feature = "fma") {
        a.mul_add(b, c)
    } else {
        a * b + c
    }
}

/// `math.exp`: the branch-free `exp` (< 1 ulp from the C library's), CPython's OverflowError.
#[inline(always)]
pub fn exp(x: f64) -> Result<f64> {
    let r = vmath::exp(x);
    if r.is_infinite() && x.is_finite() {
        return Err(range());
    }
    Ok(r)
}

/// `math.log`: the branch-free `log`, CPython's ValueError for `x <= 0`.
#[inline(always)]
pub fn log(x: f64) -> Result<f64> {
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(vmath::log(x))
}

#[cold]
#[inline(never)]
fn domain() -> crate::Error {
    value("math domain error")
}

#[cold]
#[inline(never)]
fn range() -> crate::Error {
    overflow("math range error")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_to_libm_with_cpythons_errors() {
        for k in 0..10_000 {
            let x = (k as f64 - 5000.0) * 0.137;
            let (a, b) = (exp(x).unwrap(), x.exp());
            assert!((a - b).abs() <= b * 4.0 * f64::EPSILON, "exp({x})");
            let y = (k as f64 + 0.5) * 0.731;
            let (a, b) = (log(y).unwrap(), y.ln());
            assert!((a - b).abs() <= b.abs() * 4.0 * f64::EPSILON + f64::MIN_POSITIVE, "log({y})");
        }
        assert!(exp(1000.0).is_err());
        assert_eq!(exp(f64::INFINITY).unwrap(), f64::INFINITY);
        assert!(log(0.0).is_err() && log(-1.0).is_err());
        assert!(log(f64::NAN).unwrap().is_nan());
        assert_eq!(fma(2.0, 3.0, 1.0), 7.0);
    }
}
