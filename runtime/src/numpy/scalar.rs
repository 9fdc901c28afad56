//! Arithmetic of numpy scalars (`numpy.int64`, `numpy.float64`, `numpy.complex128`), which is
//! what `a[i]` gives in CPython: IEEE results instead of `ZeroDivisionError`
//! (`np.float64(1) / 0` is inf), int64 wrap-around, and integer division by zero giving 0 —
//! each with the RuntimeWarning numpy prints, which compiled code does not emit.

use crate::builtins::arith;
use crate::error::{value, Result};
use num_complex::Complex64;
use num_traits::Float;

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

/// numpy's complex product in its vector loop (arrays): each part one multiply-add
/// (`re = fma(ar, br, -(ai*bi))`), which rounds differently from Python's (and numpy's scalar)
/// product of two roundings.
#[inline(always)]
fn fused_product<F: Float>(ar: F, ai: F, br: F, bi: F) -> (F, F) {
    (ar.mul_add(br, -(ai * bi)), ar.mul_add(bi, ai * br))
}

/// numpy's complex division (Smith's method; by zero gives inf/nan).
#[inline(always)]
fn smith_quotient<F: Float>(ar: F, ai: F, br: F, bi: F) -> (F, F) {
    let (abs_br, abs_bi) = (br.abs(), bi.abs());
    if abs_br >= abs_bi {
        if abs_br == F::zero() && abs_bi == F::zero() {
            return (ar / abs_br, ai / abs_br);
        }
        let rat = bi / br;
        let scl = F::one() / (br + bi * rat);
        ((ar + ai * rat) * scl, (ai - ar * rat) * scl)
    } else {
        let rat = br / bi;
        let scl = F::one() / (bi + br * rat);
        ((ar * rat + ai) * scl, (ai * rat - ar) * scl)
    }
}

/// numpy's `absolute` of a complex in its vector loop (used for arrays and for `np.abs` of a
/// scalar; `abs()` of a numpy scalar is `hypot`): the larger part times `sqrt(fma(r, r, 1))`,
/// `r` the smaller over the larger; an infinite part wins over a NaN.
#[inline(always)]
fn vector_absolute<F: Float>(re: F, im: F) -> F {
    let (re, im) = (re.abs(), im.abs());
    // computed unconditionally, the special cases chosen after (selects, not branches: the
    // loop of an array's `abs` vectorises, as numpy's does), the same value in every case
    let (large, small) = if im > re { (im, re) } else { (re, im) };
    let r = small / large;
    let v = r.mul_add(r, F::one()).sqrt() * large;
    let v = if large == F::zero() { F::zero() } else { v };
    let v = if re.is_nan() || im.is_nan() { F::nan() } else { v };
    if re.is_infinite() || im.is_infinite() {
        F::infinity()
    } else {
        v
    }
}

/// `a * b` of complex128 array elements (numpy's multiply loop).
#[inline(always)]
pub fn multiply_complex_array(a: Complex64, b: Complex64) -> Complex64 {
    let (re, im) = fused_product(a.re, a.im, b.re, b.im);
    Complex64::new(re, im)
}

/// `a / b` for complex128 scalars and arrays.
#[inline]
pub fn divide_complex(a: Complex64, b: Complex64) -> Complex64 {
    let (re, im) = smith_quotient(a.re, a.im, b.re, b.im);
    Complex64::new(re, im)
}

/// `np.absolute` of a complex128.
#[inline(always)]
pub fn absolute_complex(z: Complex64) -> f64 {
    vector_absolute(z.re, z.im)
}

/// `np.absolute` of an element of a complex128 array: numpy's vector loop, or its scalar
/// loop (`hypot`) for an array it runs through backwards (see `NdArray::numpy_backward_run`)
/// on machines where numpy's loop does that (`backward_runs_scalar`).
#[inline(always)]
pub fn absolute_complex_in(z: Complex64, backward: bool) -> f64 {
    if backward && backward_runs_scalar() {
        z.re.hypot(z.im)
    } else {
        vector_absolute(z.re, z.im)
    }
}

/// Whether numpy's complex128 `absolute` takes its scalar loop for an array it runs through
/// backwards. Its AVX-512 loop (x86-64-v4 machines, where the backwards rule was measured over
/// 5140 views) does; on machines without AVX-512 (x86-64-v3: AVX2 and FMA) its vector loop
/// takes the negative stride too (numpy 2.4.6, measured on 2000-element views). complex64
/// keeps its scalar loop for backwards runs on both.
///
/// A build for this machine (`-C target-cpu=native`, the default) knows the answer when it is
/// compiled: AVX2 without AVX-512 among its target features means a machine without AVX-512, and
/// the answer is a constant `false`, so that the element of a fused `abs` has no branch to a
/// `hypot` call and vectorises. A portable build asks the CPU (once).
#[inline(always)]
pub fn backward_runs_scalar() -> bool {
    if cfg!(all(target_arch = "x86_64", target_feature = "avx2", not(target_feature = "avx512f"))) {
        return false;
    }
    backward_runs_scalar_detected()
}

fn backward_runs_scalar_detected() -> bool {
    static SCALAR: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *SCALAR.get_or_init(|| {
        #[cfg(target_arch = "x86_64")]
        {
            std::arch::is_x86_feature_detected!("avx512f")
                && std::arch::is_x86_feature_detected!("avx512cd")
                && std::arch::is_x86_feature_detected!("avx512bw")
                && std::arch::is_x86_feature_detected!("avx512dq")
                && std::arch::is_x86_feature_detected!("avx512vl")
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            true
        }
    })
}

/// A complex64 value (kept as a Complex64) as its float32 parts.
#[inline(always)]
fn parts32(z: Complex64) -> (f32, f32) {
    (z.re as f32, z.im as f32)
}

/// `op` on the float32 parts of two complex64 values (kept as Complex64), widened back.
#[inline(always)]
fn in_float32(a: Complex64, b: Complex64, op: impl Fn(f32, f32, f32, f32) -> (f32, f32)) -> Complex64 {
    let ((ar, ai), (br, bi)) = (parts32(a), parts32(b));
    let (re, im) = op(ar, ai, br, bi);
    Complex64::new(re as f64, im as f64)
}

/// complex64 `a * b` of array elements, in float32 (numpy's multiply loop).
#[inline(always)]
pub fn multiply_c64_array(a: Complex64, b: Complex64) -> Complex64 {
    in_float32(a, b, fused_product)
}

/// complex64 `a * b` of numpy scalars: two float32 products and their sum, each rounded.
#[inline(always)]
pub fn multiply_c64(a: Complex64, b: Complex64) -> Complex64 {
    in_float32(a, b, |ar, ai, br, bi| (ar * br - ai * bi, ar * bi + ai * br))
}

/// complex64 `a / b`: numpy's Smith division in float32.
#[inline(always)]
pub fn divide_c64(a: Complex64, b: Complex64) -> Complex64 {
    in_float32(a, b, smith_quotient)
}

/// `np.absolute` of a complex64, in float32.
#[inline(always)]
pub fn absolute_c64(z: Complex64) -> f64 {
    let (re, im) = parts32(z);
    vector_absolute(re, im) as f64
}

/// `np.absolute` of an element of a complex64 array (see [`absolute_complex_in`]).
#[inline(always)]
pub fn absolute_c64_in(z: Complex64, backward: bool) -> f64 {
    let (re, im) = parts32(z);
    if backward {
        re.hypot(im) as f64
    } else {
        vector_absolute(re, im) as f64
    }
}

/// A float stored into an int64 array (numpy's cast: truncation; NaN, infinities and values
/// out of range give int64's minimum, as numpy does on x86-64).
#[inline]
pub fn float_to_int(x: f64) -> i64 {
    const TWO_63: f64 = (1u64 << 63) as f64;
    if x.is_nan() || !(-TWO_63..TWO_63).contains(&x) {
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
