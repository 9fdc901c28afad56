//! numpy's sized scalar types (int8…uint64, float32, complex64) as compiled code computes with
//! them: values live in the wide type of their kind (`i64`, `f64`, `Complex64`; uint64 as the
//! same 64 bits in an `i64`), and every operation is followed by a narrowing that gives numpy's
//! result: integers wrap to their width, floats round to float32. For `+ - * /` and `sqrt` a
//! float32 result computed in float64 and rounded once is exactly numpy's (float64 carries more
//! than twice float32's precision); transcendental functions are computed in float64 and
//! rounded, i.e. correctly rounded, where numpy's float32 loops may be a few ulps off.
//!
//! Python numbers meeting a sized type are "weak" (NEP 50): converted to that type first — a
//! Python int out of its range is numpy's `OverflowError`, a Python float rounds to float32.

use crate::error::{Error, Result};
use num_complex::Complex64;

macro_rules! narrow_ints {
    ($($f:ident: $t:ty),*) => {$(
        /// The value wrapped to the width of the element type (numpy's modular arithmetic).
        #[inline(always)]
        pub fn $f(v: i64) -> i64 {
            v as $t as i64
        }
    )*};
}
narrow_ints!(i8_: i8, i16_: i16, i32_: i32, u8_: u8, u16_: u16, u32_: u32);

/// A float64 result rounded to float32.
#[inline(always)]
pub fn f32_(v: f64) -> f64 {
    v as f32 as f64
}

/// A complex128 result rounded to complex64.
#[inline(always)]
pub fn c64_(v: Complex64) -> Complex64 {
    Complex64::new(v.re as f32 as f64, v.im as f32 as f64)
}

#[cold]
#[inline(never)]
fn out_of_bounds(v: i64, name: &str) -> Error {
    Error::Overflow(format!("Python integer {v} out of bounds for {name}"))
}

/// A Python int meeting an integer element type: its value, which must fit (numpy 2 raises
/// `OverflowError` instead of wrapping).
#[inline(always)]
pub fn weak_int(v: i64, lo: i64, hi: i64, name: &'static str) -> Result<i64> {
    if v < lo || v > hi {
        return Err(out_of_bounds(v, name));
    }
    Ok(v)
}

/// `(lo, hi)` of an integer element type, as i64 (uint64: 0..=i64::MAX, the Python ints
/// compiled code has).
pub fn int_bounds(name: &str) -> (i64, i64) {
    match name {
        "int8" => (i8::MIN as i64, i8::MAX as i64),
        "int16" => (i16::MIN as i64, i16::MAX as i64),
        "int32" => (i32::MIN as i64, i32::MAX as i64),
        "uint8" => (0, u8::MAX as i64),
        "uint16" => (0, u16::MAX as i64),
        "uint32" => (0, u32::MAX as i64),
        "uint64" => (0, i64::MAX),
        _ => (i64::MIN, i64::MAX),
    }
}

/// A uint64 value (kept as its bits in an i64) as a float64.
#[inline(always)]
pub fn u64_to_f64(v: i64) -> f64 {
    v as u64 as f64
}

/// A float stored into an integer element of `bits` bits (numpy's cast on x86-64: through a
/// 32-bit conversion for types up to 32 bits, where NaN and out-of-range values give
/// `i32::MIN` before wrapping; uint32 and uint64 through a 64-bit conversion).
#[inline(always)]
pub fn float_to_small_int(x: f64) -> i64 {
    if x.is_nan() || !(-2147483648.0..2147483648.0).contains(&x) {
        i32::MIN as i64
    } else {
        x as i32 as i64
    }
}

/// A float stored into a uint32/uint64 element (as numpy's array casts on x86-64): values
/// from the signed minimum up to the unsigned maximum convert (negative ones wrap), NaN and
/// values below the signed range give the high bit, values too large (and +inf) give 0.
#[inline(always)]
pub fn float_to_wide_uint(x: f64, bits: u32) -> i64 {
    let high = 1i64.wrapping_shl(bits - 1);
    let lo = -(2f64.powi(bits as i32 - 1));
    let hi = 2f64.powi(bits as i32);
    if x.is_nan() || x < lo {
        high
    } else if x >= hi {
        0
    } else if x < (1u64 << 63) as f64 {
        x as i64
    } else {
        x as u64 as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_numpy() {
        assert_eq!(i8_(300), 44);
        assert_eq!(u8_(-1), 255);
        assert_eq!(f32_(0.1), 0.1f32 as f64);
        assert_eq!(float_to_small_int(300.7) as i8, 44);
        assert_eq!(float_to_small_int(f64::NAN) as i8, 0);
        assert_eq!(float_to_small_int(3e9) as i32, i32::MIN);
        assert_eq!(float_to_small_int(-1.5) as u8, 255);
        assert_eq!(float_to_wide_uint(f64::NAN, 32) as u32, 2147483648);
        assert_eq!(float_to_wide_uint(-300.7, 32) as u32, 4294966996);
        assert_eq!(float_to_wide_uint(3e9, 32) as u32, 3000000000);
        assert_eq!(float_to_wide_uint(-3.3e9, 32) as u32, 2147483648);
        assert_eq!(float_to_wide_uint(2.8e10, 32) as u32, 0);
        assert_eq!(float_to_wide_uint(-5e9, 32) as u32, 2147483648);
        assert_eq!(float_to_wide_uint(f64::INFINITY, 64) as u64, 0);
        assert_eq!(float_to_wide_uint(f64::NEG_INFINITY, 64) as u64, 1 << 63);
        assert!(weak_int(300, -128, 127, "int8").is_err());
    }
}
