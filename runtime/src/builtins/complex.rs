//! Complex arithmetic exactly as CPython's `complexobject.c` does it (same algorithms, so the
//! same bits): division, `**`, `abs`.

use crate::error::{overflow, zero_division, Result};
use num_complex::Complex64;

#[inline]
pub fn mul(a: Complex64, b: Complex64) -> Complex64 {
    Complex64::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `a / b` (CPython's `_Py_c_quot`).
pub fn truediv(a: Complex64, b: Complex64) -> Result<Complex64> {
    let abs_br = b.re.abs();
    let abs_bi = b.im.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(zero_division("complex division by zero"));
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(Complex64::new((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(Complex64::new((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom))
    } else {
        Ok(Complex64::new(f64::NAN, f64::NAN))
    }
}

/// `abs(z)`.
#[inline]
pub fn abs(z: Complex64) -> f64 {
    z.re.hypot(z.im)
}

/// `abs(z)` of a Python complex: OverflowError where the result overflows from finite parts
/// (CPython's `complex_abs`).
#[inline]
pub fn abs_checked(z: Complex64) -> Result<f64> {
    let r = abs(z);
    if r.is_infinite() && z.re.is_finite() && z.im.is_finite() {
        return Err(overflow("absolute value too large"));
    }
    Ok(r)
}

/// `abs(z)` compared with a positive finite constant `c` (`abs(z) < 2` in an escape-time
/// loop). Same answer as `abs_checked(z)?.partial_cmp(&c)`, but the square root (`hypot`) is
/// computed only when `|z|²` lies within a rounding error of `c²` or overflows.
#[inline]
pub fn abs_cmp(z: Complex64, c: f64) -> Result<Option<std::cmp::Ordering>> {
    use std::cmp::Ordering;
    let s = z.re * z.re + z.im * z.im;
    let c2 = c * c;
    if s < c2 * (1.0 - 1e-9) {
        return Ok(Some(Ordering::Less));
    }
    if s > c2 * (1.0 + 1e-9) && s.is_finite() {
        return Ok(Some(Ordering::Greater));
    }
    Ok(abs_checked(z)?.partial_cmp(&c))
}

fn powu(x: Complex64, n: i64) -> Complex64 {
    let mut r = Complex64::new(1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
}

fn pow_general(a: Complex64, b: Complex64) -> Result<Complex64> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(Complex64::new(1.0, 0.0));
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(zero_division("0.0 to a negative or complex power"));
        }
        return Ok(Complex64::new(0.0, 0.0));
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    if phase.is_infinite() {
        // the C library's `cos(±inf)` sets errno to EDOM, which CPython's `complex_pow`
        // reports as this ZeroDivisionError (`(inf+0j) ** 1j`)
        return Err(zero_division("0.0 to a negative or complex power"));
    }
    Ok(Complex64::new(len * phase.cos(), len * phase.sin()))
}

/// `a ** b` (CPython's `complex_pow`: small integral exponents by repeated squaring).
pub fn pow(a: Complex64, b: Complex64) -> Result<Complex64> {
    let r = if b.im == 0.0 && b.re == b.re.floor() && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        if n > 0 {
            powu(a, n)
        } else {
            truediv(Complex64::new(1.0, 0.0), powu(a, -n))
                .map_err(|_| zero_division("0.0 to a negative or complex power"))?
        }
    } else {
        pow_general(a, b)?
    };
    // CPython's `Py_ADJUST_ERANGE2`: an infinite part of the result is an overflow, also
    // from an infinite operand (`complex(inf, 1) ** 1`)
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(overflow("complex exponentiation"));
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_matches_cpython() {
        // (1+2j)/(3+4j) == (0.44+0.08j) in CPython
        let q = truediv(Complex64::new(1.0, 2.0), Complex64::new(3.0, 4.0)).unwrap();
        assert_eq!((q.re, q.im), (0.44, 0.08));
        assert!(truediv(Complex64::new(1.0, 0.0), Complex64::new(0.0, 0.0)).is_err());
    }

    #[test]
    fn powers_match_cpython() {
        let z = Complex64::new(1.0, 1.0);
        assert_eq!(pow(z, Complex64::new(2.0, 0.0)).unwrap(), Complex64::new(0.0, 2.0));
        assert_eq!(pow(z, Complex64::new(0.0, 0.0)).unwrap(), Complex64::new(1.0, 0.0));
        assert!(pow(Complex64::new(0.0, 0.0), Complex64::new(-1.0, 0.0)).is_err());
        assert_eq!(abs(Complex64::new(3.0, 4.0)), 5.0);
    }

    #[test]
    fn abs_cmp_agrees_with_hypot() {
        use std::cmp::Ordering;
        let cases = [
            (1.0, 1.0),
            (2.0, 0.0),
            (1.2, 1.6),
            (1e200, 1e200),
            (1e-200, 0.0),
            (f64::NAN, 1.0),
            (f64::INFINITY, f64::NAN),
            (std::f64::consts::SQRT_2, std::f64::consts::SQRT_2),
            (-2.0, 1e-17),
        ];
        for (re, im) in cases {
            let z = Complex64::new(re, im);
            for c in [2.0, 1.0, 0.5, 1e-300] {
                assert_eq!(abs_cmp(z, c).unwrap(), abs(z).partial_cmp(&c), "{z} vs {c}");
            }
        }
        assert_eq!(abs_cmp(Complex64::new(2.0, 0.0), 2.0).unwrap(), Some(Ordering::Equal));
        // CPython: OverflowError where |z| overflows from finite parts, also in a comparison
        let big = Complex64::new(1.5e308, 1.5e308);
        assert!(abs_checked(big).is_err() && abs_cmp(big, 2.0).is_err());
        assert_eq!(abs_cmp(Complex64::new(1e200, 0.0), 2.0).unwrap(), Some(Ordering::Greater));
        assert_eq!(abs_checked(Complex64::new(f64::INFINITY, 1.0)).unwrap(), f64::INFINITY);
    }
}
