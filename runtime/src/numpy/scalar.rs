//! Arithmetic of numpy scalars (`numpy.int64`, `numpy.float64`, `numpy.complex128`), which is
//! what `a[i]` gives in CPython: IEEE results instead of `ZeroDivisionError`
//! (`np.float64(1) / 0` is inf), int64 wrap-around, and integer division by zero giving 0 —
//! each with the RuntimeWarning numpy prints, which compiled code does not emit.

use crate::builtins::arith;
use crate::error::{value, Result};
use num_complex::Complex64;

/// `a // b` for int64 scalars.
#[inline]
pub fn floor_divide_int(a: i64, b: i64) -> i64 {
    if b == 0 {
        return 0;
    }
    if b == -1 {
        return a.wrapping_neg();
    }
    arith::floordiv_int(a, b).unwrap_or(0)
}

/// `a % b` for int64 scalars.
#[inline]
pub fn remainder_int(a: i64, b: i64) -> i64 {
    if b == 0 {
        return 0;
    }
    arith::mod_int(a, b).unwrap_or(0)
}

/// `a ** b` for int64 scalars (wrapping).
#[inline]
pub fn power_int(a: i64, b: i64) -> Result<i64> {
    if b < 0 {
        return Err(value("Integers to negative integer powers are not allowed."));
    }
    Ok(a.wrapping_pow(b.min(u32::MAX as i64) as u32))
}

#[inline]
pub fn left_shift_int(a: i64, b: i64) -> i64 {
    if (0..64).contains(&b) {
        a.wrapping_shl(b as u32)
    } else {
        0
    }
}

#[inline]
pub fn right_shift_int(a: i64, b: i64) -> i64 {
    if (0..64).contains(&b) {
        a >> b
    } else if a < 0 {
        -1
    } else {
        0
    }
}

/// `a // b` for float64 scalars (numpy's `npy_divmod`).
#[inline]
pub fn floor_divide_float(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        return a / b;
    }
    arith::divmod_nonzero(a, b).0
}

/// `a % b` for float64 scalars.
#[inline]
pub fn remainder_float(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        return a % b; // fmod: NaN
    }
    arith::divmod_nonzero(a, b).1
}

/// `a // b` for float32 values (numpy's `npy_divmodf`, computed in float32: in float64 the
/// quotient rounds differently), taking and giving the wide type.
#[inline]
pub fn floor_divide_f32(a: f64, b: f64) -> f64 {
    let (a, b) = (a as f32, b as f32);
    if b == 0.0 {
        return (a / b) as f64;
    }
    arith::divmod_nonzero(a, b).0 as f64
}

/// `a % b` for float32 values, computed in float32.
#[inline]
pub fn remainder_f32(a: f64, b: f64) -> f64 {
    let (a, b) = (a as f32, b as f32);
    if b == 0.0 {
        return (a % b) as f64;
    }
    arith::divmod_nonzero(a, b).1 as f64
}

/// `a / b` for complex128 scalars (numpy's Smith-style division; by zero gives inf/nan).
#[inline]
pub fn divide_complex(a: Complex64, b: Complex64) -> Complex64 {
    let (abs_br, abs_bi) = (b.re.abs(), b.im.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 && abs_bi == 0.0 {
            return Complex64::new(a.re / abs_br, a.im / abs_br);
        }
        let rat = b.im / b.re;
        let scl = 1.0 / (b.re + b.im * rat);
        Complex64::new((a.re + a.im * rat) * scl, (a.im - a.re * rat) * scl)
    } else {
        let rat = b.re / b.im;
        let scl = 1.0 / (b.im + b.re * rat);
        Complex64::new((a.re * rat + a.im) * scl, (a.im * rat - a.re) * scl)
    }
}

/// A float stored into an int64 array (numpy's cast: truncation; NaN, infinities and values
/// out of range give int64's minimum, as numpy does on x86-64).
#[inline]
pub fn float_to_int(x: f64) -> i64 {
    if x.is_nan() || !(-9.223372036854775808e18..9.223372036854775808e18).contains(&x) {
        i64::MIN
    } else {
        x as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_numpy() {
        assert_eq!(floor_divide_int(7, 0), 0);
        assert_eq!(remainder_int(7, 0), 0);
        assert_eq!(floor_divide_int(i64::MIN, -1), i64::MIN);
        assert_eq!(floor_divide_int(-7, 2), -4);
        assert!(power_int(2, -1).is_err());
        assert_eq!(floor_divide_float(1.5, 0.0), f64::INFINITY);
        assert!(remainder_float(1.5, 0.0).is_nan());
        assert_eq!(remainder_float(-7.5, 2.0), 0.5);
        let q = divide_complex(Complex64::new(1.0, 1.0), Complex64::new(0.0, 0.0));
        assert_eq!((q.re, q.im), (f64::INFINITY, f64::INFINITY));
        assert_eq!(left_shift_int(1, 64), 0);
    }
}
