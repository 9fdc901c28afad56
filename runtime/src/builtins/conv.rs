//! `int(x)`, `float(x)`, `complex(x, y)`, `bool(x)` and truth values.

use crate::error::{overflow, value, Result};
use num_complex::Complex64;

/// `int(x)` for a float: truncates toward zero.
#[inline]
pub fn int_of_float(x: f64) -> Result<i64> {
    if x.is_nan() {
        return Err(value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    // i64 covers [-2**63, 2**63)
    const TWO_63: f64 = (1u64 << 63) as f64;
    if !(-TWO_63..TWO_63).contains(&t) {
        return Err(overflow("int too large for 64 bits (pyrs ints are 64-bit)"));
    }
    Ok(t as i64)
}

#[inline]
pub fn truth_float(x: f64) -> bool {
    x != 0.0
}

#[inline]
pub fn truth_complex(z: Complex64) -> bool {
    z.re != 0.0 || z.im != 0.0
}

/// A value that may be None used where None raises TypeError (`r[0]`, `r + 1`, `for x in r`
/// with `r` None).
#[inline]
pub fn unwrap_none<T>(v: Option<T>, msg: &'static str) -> crate::error::Result<T> {
    v.ok_or(crate::error::Error::Type(msg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_truncates_and_rejects_nan() {
        assert_eq!(int_of_float(-2.7), Ok(-2));
        assert_eq!(int_of_float(2.7), Ok(2));
        assert!(int_of_float(f64::NAN).is_err());
        assert!(int_of_float(f64::INFINITY).is_err());
        assert!(int_of_float(1e19).is_err());
        assert_eq!(int_of_float(i64::MIN as f64), Ok(i64::MIN));
    }
}
