//! `+ - * / // % **` on Python ints (64-bit here) and floats, with Python's semantics:
//! floor division and modulo round toward −∞, `/` always gives a float, division by zero raises
//! `ZeroDivisionError`, and an int result that does not fit in 64 bits raises `OverflowError`
//! rather than wrapping silently.

use crate::error::{int_overflow, overflow, value, zero_division, Result};

#[inline]
pub fn add_int(a: i64, b: i64) -> Result<i64> {
    a.checked_add(b).ok_or_else(int_overflow)
}

#[inline]
pub fn sub_int(a: i64, b: i64) -> Result<i64> {
    a.checked_sub(b).ok_or_else(int_overflow)
}

#[inline]
pub fn mul_int(a: i64, b: i64) -> Result<i64> {
    a.checked_mul(b).ok_or_else(int_overflow)
}

/// `x ** 2` of a float: `x * x`, as numpy's square fast path computes it.
#[inline(always)]
pub fn square(x: f64) -> f64 {
    x * x
}

#[inline]
pub fn neg_int(a: i64) -> Result<i64> {
    a.checked_neg().ok_or_else(int_overflow)
}

#[inline]
pub fn abs_int(a: i64) -> Result<i64> {
    a.checked_abs().ok_or_else(int_overflow)
}

/// `a // b` for ints: rounds toward −∞.
#[inline]
pub fn floordiv_int(a: i64, b: i64) -> Result<i64> {
    if b == 0 {
        return Err(zero_division("integer division or modulo by zero"));
    }
    let q = a.checked_div(b).ok_or_else(int_overflow)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Ok(q - 1)
    } else {
        Ok(q)
    }
}

/// `a % b` for ints: the result has the sign of `b`.
#[inline]
pub fn mod_int(a: i64, b: i64) -> Result<i64> {
    if b == 0 {
        // CPython 3.11's text for `%` (`//` and `divmod` say "integer division or modulo by zero")
        return Err(zero_division("integer modulo by zero"));
    }
    if b == -1 {
        return Ok(0); // avoids i64::MIN % -1 overflowing
    }
    let r = a % b;
    Ok(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
}

/// `a / b` for ints: true division giving a float.
#[inline]
pub fn truediv_int(a: i64, b: i64) -> Result<f64> {
    if b == 0 {
        return Err(zero_division("division by zero"));
    }
    // exact operands (the common case): one IEEE division, correctly rounded
    const EXACT: u64 = 1 << 53;
    if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
        return Ok(a as f64 / b as f64);
    }
    Ok(truediv_wide(a, b))
}

/// `a / b` correctly rounded for any i64 operands, as CPython's `long_true_divide`: the
/// quotient scaled to at least 64 bits, the remainder kept as a sticky bit, then one rounding.
#[cold]
fn truediv_wide(a: i64, b: i64) -> f64 {
    let neg = (a < 0) != (b < 0);
    let (x, y) = (a.unsigned_abs() as u128, b.unsigned_abs() as u128);
    if x == 0 {
        return if neg { -0.0 } else { 0.0 };
    }
    let bits = |v: u128| 128 - v.leading_zeros() as i32;
    let s = (64 + bits(y) - bits(x)).max(0);
    let num = x << s;
    let (q, r) = (num / y, num % y);
    // q has at least 64 bits: a remainder only decides ties, through the lowest bit
    let q = q | u128::from(r != 0);
    let v = q as f64 * f64::from_bits(((1023 - s) as u64) << 52);
    if neg {
        -v
    } else {
        v
    }
}

/// `a ** b` for ints with `b >= 0`. A negative exponent gives a float in Python: the compiler
/// routes constant negative exponents to [`pow_float`]; a runtime negative exponent is an error.
#[inline]
pub fn pow_int(a: i64, b: i64) -> Result<i64> {
    if b < 0 {
        return Err(value(
            "int ** negative int gives a float in Python, which pyrs cannot know at compile time here; write float(x) ** n",
        ));
    }
    let mut base = a;
    let mut exp = b as u64;
    let mut acc: i64 = 1;
    while exp > 0 {
        if exp & 1 == 1 {
            acc = acc.checked_mul(base).ok_or_else(int_overflow)?;
        }
        exp >>= 1;
        if exp > 0 {
            base = base.checked_mul(base).ok_or_else(int_overflow)?;
        }
    }
    Ok(acc)
}

/// `a / b` for floats.
#[inline]
pub fn truediv_float(a: f64, b: f64) -> Result<f64> {
    if b == 0.0 {
        return Err(zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// `divmod(a, b)` for floats, exactly as CPython's `float_divmod`.
pub fn divmod_float(a: f64, b: f64, what: &str) -> Result<(f64, f64)> {
    if b == 0.0 {
        return Err(zero_division(what));
    }
    Ok(divmod_nonzero(a, b))
}

/// CPython's `float_divmod` (and numpy's `npy_divmod`, `npy_divmodf` for float32) for `b != 0`,
/// in the precision of `F`.
#[inline]
pub fn divmod_nonzero<F: num_traits::Float>(a: F, b: F) -> (F, F) {
    let zero = F::zero();
    let mut m = a % b; // fmod
    let mut div = (a - m) / b;
    if m != zero {
        if (b < zero) != (m < zero) {
            m = m + b;
            div = div - F::one();
        }
    } else {
        m = zero.copysign(b);
    }
    let floordiv = if div != zero {
        let f = div.floor();
        if div - f > F::from(0.5).unwrap() {
            f + F::one()
        } else {
            f
        }
    } else {
        zero.copysign(a / b)
    };
    (floordiv, m)
}

/// `a // b` for floats.
#[inline]
pub fn floordiv_float(a: f64, b: f64) -> Result<f64> {
    Ok(divmod_float(a, b, "float floor division by zero")?.0)
}

/// `a % b` for floats: the result has the sign of `b`.
#[inline]
pub fn mod_float(a: f64, b: f64) -> Result<f64> {
    Ok(divmod_float(a, b, "float modulo")?.1)
}

/// `a ** b` for floats, as CPython's `float_pow`.
pub fn pow_float(a: f64, b: f64) -> Result<f64> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(if b == 0.0 { 1.0 } else { a });
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && a.is_finite() && b.is_finite() && b.floor() != b {
        return Err(value(
            "negative number raised to a fractional power gives a complex number in Python; pyrs keeps float ** float a float: use complex(x) ** y",
        ));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(overflow("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

/// `x ** 2` for a float, without a call to `pow` (same result: one rounding), keeping
/// Python's `OverflowError` when the square overflows.
#[inline]
pub fn square_float(x: f64) -> Result<f64> {
    let r = x * x;
    if r.is_infinite() && x.is_finite() {
        return Err(overflow("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

/// `a << b` for ints.
#[inline]
pub fn lshift_int(a: i64, b: i64) -> Result<i64> {
    if b < 0 {
        return Err(value("negative shift count"));
    }
    if a == 0 {
        return Ok(0);
    }
    if b >= 64 {
        return Err(int_overflow());
    }
    let r = a << b;
    if r >> b != a {
        return Err(int_overflow());
    }
    Ok(r)
}

/// `a >> b` for ints (arithmetic shift, rounding toward −∞ like Python).
#[inline]
pub fn rshift_int(a: i64, b: i64) -> Result<i64> {
    if b < 0 {
        return Err(value("negative shift count"));
    }
    Ok(if b >= 64 {
        if a < 0 {
            -1
        } else {
            0
        }
    } else {
        a >> b
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_true_division_is_correctly_rounded_as_cpython() {
        // the values CPython's `a / b` gives (one rounding of the exact quotient)
        assert_eq!(truediv_int(9007199254740993, 3).unwrap(), 3002399751580331.0f64);
        assert_eq!(truediv_int(9223372036854775807, 3).unwrap(), 3.0744573456182584e+18f64);
        assert_eq!(truediv_int(i64::MIN, 7).unwrap(), -1.3176245766935393e+18f64);
        assert_eq!(truediv_int(1152921504606846977, 36028797018963971).unwrap(), 31.999999999999996f64);
        assert_eq!(truediv_int(1000000000000000007, 1000000009).unwrap(), 999999991.0000001f64);
        assert_eq!(truediv_int(3, 9223372036854775807).unwrap(), 3.2526065174565133e-19f64);
        assert_eq!(truediv_int(i64::MIN, -9223372036854775807).unwrap(), 1.0f64);
    }

    #[test]
    fn floor_division_rounds_toward_minus_infinity() {
        assert_eq!(floordiv_int(-7, 2), Ok(-4));
        assert_eq!(floordiv_int(7, -2), Ok(-4));
        assert_eq!(floordiv_int(7, 2), Ok(3));
        assert_eq!(mod_int(-7, 2), Ok(1));
        assert_eq!(mod_int(7, -2), Ok(-1));
        assert_eq!(mod_int(i64::MIN, -1), Ok(0));
        assert!(floordiv_int(i64::MIN, -1).is_err());
        assert!(floordiv_int(1, 0).is_err());
        assert_eq!(floordiv_float(-7.5, 2.0), Ok(-4.0));
        assert_eq!(mod_float(-7.5, 2.0), Ok(0.5));
        assert_eq!(mod_float(7.5, -2.0), Ok(-0.5));
        assert_eq!(mod_float(-0.0, 2.0).unwrap().to_bits(), 0.0f64.to_bits());
        assert!(mod_float(1.0, 0.0).is_err());
    }

    #[test]
    fn powers() {
        assert_eq!(pow_int(2, 62), Ok(1 << 62));
        assert!(pow_int(2, 63).is_err());
        assert_eq!(pow_int(-3, 3), Ok(-27));
        assert_eq!(pow_int(0, 0), Ok(1));
        assert!(pow_int(2, -1).is_err());
        assert_eq!(pow_float(2.0, -1.0), Ok(0.5));
        assert!(pow_float(0.0, -1.0).is_err());
        assert!(pow_float(-8.0, 1.0 / 3.0).is_err());
        assert!(pow_float(10.0, 400.0).is_err());
        assert_eq!(pow_float(f64::NAN, 0.0), Ok(1.0));
    }

    #[test]
    fn overflow_is_an_error() {
        assert!(add_int(i64::MAX, 1).is_err());
        assert!(mul_int(1 << 32, 1 << 31).is_err());
        assert!(neg_int(i64::MIN).is_err());
    }
}
