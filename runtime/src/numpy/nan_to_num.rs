//! `np.nan_to_num(x, nan=0.0, posinf=None, neginf=None)` of float and complex arrays as numpy's
//! `_type_check_impl.py` computes it: NaN, +inf and -inf (each part of a complex number on its
//! own) replaced by `nan`, `posinf` (default the dtype's largest finite value) and `neginf`
//! (its most negative), the replacements cast to the dtype as `copyto` casts them (a float32
//! array rounds them, beyond its range to ±inf). Int and bool arrays come back as a copy.

use super::element::Element;
use super::ndarray::NdArray;
use num_complex::Complex64;

/// One float: `single` for float32 (the replacements rounded to float32, its extremes).
#[inline]
fn one(x: f64, nan: f64, posinf: Option<f64>, neginf: Option<f64>, single: bool) -> f64 {
    let cast = |v: f64| if single { v as f32 as f64 } else { v };
    if x.is_nan() {
        cast(nan)
    } else if x == f64::INFINITY {
        cast(posinf.unwrap_or(if single { f32::MAX as f64 } else { f64::MAX }))
    } else if x == f64::NEG_INFINITY {
        cast(neginf.unwrap_or(if single { f32::MIN as f64 } else { f64::MIN }))
    } else {
        x
    }
}

/// `np.nan_to_num` of a float64 or float32 (`single`) array.
pub fn real<T: Element<Value = f64>, const D: usize>(
    a: &NdArray<T, D>,
    nan: f64,
    posinf: Option<f64>,
    neginf: Option<f64>,
    single: bool,
) -> NdArray<T, D> {
    super::shape::map(a, |x| one(x, nan, posinf, neginf, single))
}

/// `np.nan_to_num` of a complex128 or complex64 (`single`) array: the real and imaginary parts
/// each.
pub fn complex<T: Element<Value = Complex64>, const D: usize>(
    a: &NdArray<T, D>,
    nan: f64,
    posinf: Option<f64>,
    neginf: Option<f64>,
    single: bool,
) -> NdArray<T, D> {
    super::shape::map(a, |z| {
        Complex64::new(one(z.re, nan, posinf, neginf, single), one(z.im, nan, posinf, neginf, single))
    })
}
