//! `np.array_equal(a1, a2, equal_nan=False)` as numpy's `_core/numeric.py` decides it: `False`
//! for different shapes (no broadcasting), else whether every pair of elements is `==`; with
//! `equal_nan`, NaNs (a complex number with a NaN part) must sit at the same places and the
//! other elements be equal. The caller converts both arrays to numpy's common type of `==`.

use super::element::Element;
use super::ndarray::NdArray;
use num_complex::Complex64;

/// What `==` and `isnan` mean for the element values `array_equal` compares.
pub trait EqualValue: Copy + PartialEq {
    fn is_nan_value(self) -> bool;
}

impl EqualValue for f64 {
    fn is_nan_value(self) -> bool {
        self.is_nan()
    }
}

impl EqualValue for Complex64 {
    fn is_nan_value(self) -> bool {
        self.re.is_nan() || self.im.is_nan()
    }
}

impl EqualValue for i64 {
    fn is_nan_value(self) -> bool {
        false
    }
}

impl EqualValue for bool {
    fn is_nan_value(self) -> bool {
        false
    }
}

/// `np.array_equal(a, b, equal_nan)` of two arrays of one element type.
pub fn array_equal<T: Element, const D: usize, const E: usize>(
    a: &NdArray<T, D>,
    b: &NdArray<T, E>,
    equal_nan: bool,
) -> bool
where
    T::Value: EqualValue,
{
    if a.shape()[..] != b.shape()[..] {
        return false;
    }
    a.to_vec().into_iter().zip(b.to_vec()).all(|(x, y)| {
        if equal_nan && (x.is_nan_value() || y.is_nan_value()) {
            x.is_nan_value() && y.is_nan_value()
        } else {
            x == y
        }
    })
}
