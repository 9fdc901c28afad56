//! `NumC`: a Python number that may be a complex — a bool, an int, a float or a complex, which
//! one known only when the code runs (an item of a list of complex numbers that received a
//! float, `dh[0] = -2.0 * nu`; `[1, 2j]`; a function returning `0` on one path and a complex
//! on another). Each value keeps the type CPython gives it: arithmetic of two reals is
//! [`Num`]'s, with a complex operand it is CPython's complex arithmetic (the real operand
//! converted to a complex first, as CPython 3.11 does); `//`, `%` and ordering comparisons of
//! a complex raise CPython's TypeError.

use super::complex as cx;
use super::format::{self, PyRepr};
use super::num::{self, Num};
use super::str::Str;
use crate::error::{Error, Result};
use num_complex::Complex64;
use std::cmp::Ordering;

#[derive(Clone, Copy, Debug)]
pub enum NumC {
    Real(Num),
    Complex(Complex64),
}

impl Default for NumC {
    fn default() -> NumC {
        NumC::Real(Num::Int(0))
    }
}

impl From<Num> for NumC {
    #[inline]
    fn from(n: Num) -> NumC {
        NumC::Real(n)
    }
}

impl From<Complex64> for NumC {
    #[inline]
    fn from(z: Complex64) -> NumC {
        NumC::Complex(z)
    }
}

impl From<bool> for NumC {
    #[inline]
    fn from(b: bool) -> NumC {
        NumC::Real(Num::Bool(b))
    }
}

impl From<i64> for NumC {
    #[inline]
    fn from(i: i64) -> NumC {
        NumC::Real(Num::Int(i))
    }
}

impl From<f64> for NumC {
    #[inline]
    fn from(f: f64) -> NumC {
        NumC::Real(Num::Float(f))
    }
}

impl NumC {
    /// `complex(x)`
    #[inline]
    pub fn to_complex(self) -> Complex64 {
        match self {
            NumC::Real(n) => Complex64::new(n.to_f64(), 0.0),
            NumC::Complex(z) => z,
        }
    }

    /// The value as a real number; a complex raises CPython's TypeError for `what` (`float`,
    /// `int`, a `math` function).
    pub fn real_or(self, what: &str) -> Result<Num> {
        match self {
            NumC::Real(n) => Ok(n),
            NumC::Complex(_) => Err(Error::Type(what.to_string())),
        }
    }

    /// `float(x)`
    pub fn to_f64(self) -> Result<f64> {
        self.real_or("float() argument must be a string or a real number, not 'complex'").map(Num::to_f64)
    }

    /// `int(x)`
    pub fn to_int(self) -> Result<i64> {
        self.real_or("int() argument must be a string, a bytes-like object or a real number, not 'complex'")?.to_int()
    }

    #[inline]
    pub fn truth(self) -> bool {
        match self {
            NumC::Real(n) => n.truth(),
            NumC::Complex(z) => z.re != 0.0 || z.im != 0.0,
        }
    }

    /// `type(x).__name__`
    pub fn type_name(self) -> &'static str {
        match self {
            NumC::Real(n) => n.type_name(),
            NumC::Complex(_) => "complex",
        }
    }

    /// `x.real`: an int's or a bool's is an int, a float's a float
    pub fn real(self) -> Num {
        match self {
            NumC::Real(Num::Bool(b)) => Num::Int(b as i64),
            NumC::Real(n) => n,
            NumC::Complex(z) => Num::Float(z.re),
        }
    }

    /// `x.imag`: `0` for an int or a bool, `0.0` for a float
    pub fn imag(self) -> Num {
        match self {
            NumC::Real(Num::Float(_) | Num::NpFloat(_)) => Num::Float(0.0),
            NumC::Real(_) => Num::Int(0),
            NumC::Complex(z) => Num::Float(z.im),
        }
    }

    /// `isinstance(x, classes)` / `type(x) is cls`
    pub fn is_class(&self, classes: &[&str], exact: bool) -> bool {
        match self {
            NumC::Real(n) => super::strnum::num_is(*n, classes, exact),
            NumC::Complex(_) => classes.contains(&"complex"),
        }
    }

    /// `x.conjugate()` (a bool's is an int)
    pub fn conjugate(self) -> NumC {
        match self {
            NumC::Real(n) => NumC::Real(num::pos(n)),
            NumC::Complex(z) => NumC::Complex(z.conj()),
        }
    }
}

/// The two operands as reals, or both as complex numbers.
#[inline]
fn split(a: NumC, b: NumC) -> std::result::Result<(Num, Num), (Complex64, Complex64)> {
    match (a, b) {
        (NumC::Real(x), NumC::Real(y)) => Ok((x, y)),
        _ => Err((a.to_complex(), b.to_complex())),
    }
}

fn unsupported(sym: &str, a: NumC, b: NumC) -> Error {
    Error::Type(format!("unsupported operand type(s) for {sym}: '{}' and '{}'", a.type_name(), b.type_name()))
}

pub fn add(a: NumC, b: NumC) -> Result<NumC> {
    match split(a, b) {
        Ok((x, y)) => num::add(x, y).map(NumC::Real),
        Err((x, y)) => Ok(NumC::Complex(x + y)),
    }
}

pub fn sub(a: NumC, b: NumC) -> Result<NumC> {
    match split(a, b) {
        Ok((x, y)) => num::sub(x, y).map(NumC::Real),
        Err((x, y)) => Ok(NumC::Complex(x - y)),
    }
}

pub fn mul(a: NumC, b: NumC) -> Result<NumC> {
    match split(a, b) {
        Ok((x, y)) => num::mul(x, y).map(NumC::Real),
        Err((x, y)) => Ok(NumC::Complex(cx::mul(x, y))),
    }
}

pub fn truediv(a: NumC, b: NumC) -> Result<NumC> {
    match split(a, b) {
        Ok((x, y)) => num::truediv(x, y).map(NumC::Real),
        Err((x, y)) => cx::truediv(x, y).map(NumC::Complex),
    }
}

pub fn pow(a: NumC, b: NumC) -> Result<NumC> {
    match split(a, b) {
        Ok((x, y)) => num::pow(x, y).map(NumC::Real),
        Err((x, y)) => cx::pow(x, y).map(NumC::Complex),
    }
}

pub fn floordiv(a: NumC, b: NumC) -> Result<NumC> {
    match split(a, b) {
        Ok((x, y)) => num::floordiv(x, y).map(NumC::Real),
        Err(_) => Err(unsupported("//", a, b)),
    }
}

pub fn rem(a: NumC, b: NumC) -> Result<NumC> {
    match split(a, b) {
        Ok((x, y)) => num::rem(x, y).map(NumC::Real),
        Err(_) => Err(unsupported("%", a, b)),
    }
}

/// `-x`
pub fn neg(a: NumC) -> Result<NumC> {
    match a {
        NumC::Real(n) => num::neg(n).map(NumC::Real),
        NumC::Complex(z) => Ok(NumC::Complex(-z)),
    }
}

/// `+x`
pub fn pos(a: NumC) -> NumC {
    match a {
        NumC::Real(n) => NumC::Real(num::pos(n)),
        c => c,
    }
}

/// `abs(x)`: a complex's is a float
pub fn abs(a: NumC) -> Result<Num> {
    match a {
        NumC::Real(n) => num::abs(n),
        NumC::Complex(z) => cx::abs_checked(z).map(Num::Float),
    }
}

/// `a == b` (a complex equals a real when its imaginary part is zero and its real part
/// equals the real exactly, as CPython compares them)
pub fn eq(a: NumC, b: NumC) -> bool {
    match (a, b) {
        (NumC::Real(x), NumC::Real(y)) => x == y,
        (NumC::Complex(z), NumC::Complex(w)) => z == w,
        (NumC::Real(x), NumC::Complex(z)) | (NumC::Complex(z), NumC::Real(x)) => {
            z.im == 0.0 && num::cmp(x, Num::Float(z.re)) == Some(Ordering::Equal)
        }
    }
}

impl PartialEq for NumC {
    fn eq(&self, other: &NumC) -> bool {
        eq(*self, *other)
    }
}

/// `a < b` and friends: how the reals compare (`None` with a NaN); a complex raises CPython's
/// TypeError, naming the operator `sym`.
pub fn cmp(a: NumC, b: NumC, sym: &str) -> Result<Option<Ordering>> {
    match (a, b) {
        (NumC::Real(x), NumC::Real(y)) => Ok(num::cmp(x, y)),
        _ => Err(Error::Type(format!(
            "'{sym}' not supported between instances of '{}' and '{}'",
            a.type_name(),
            b.type_name()
        ))),
    }
}

impl PyRepr for NumC {
    fn py_repr(&self) -> String {
        match *self {
            NumC::Real(n) => n.py_repr(),
            NumC::Complex(z) => format::complex_repr(z),
        }
    }
}

/// `str(x)`
pub fn str_of(a: NumC) -> Str {
    match a {
        NumC::Real(n) => num::str_of(n),
        NumC::Complex(z) => format::str_of_complex(z),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_value_keeps_its_type() {
        let two = NumC::from(2i64);
        let half = NumC::from(0.5);
        let i = NumC::from(Complex64::new(0.0, 1.0));
        assert_eq!(add(two, two).unwrap().py_repr(), "4");
        assert_eq!(mul(two, half).unwrap().py_repr(), "1.0");
        assert_eq!(mul(two, i).unwrap().py_repr(), "2j");
        assert_eq!(pow(i, two).unwrap().py_repr(), "(-1+0j)");
        assert!(floordiv(i, two).is_err());
        assert!(cmp(i, two, "<").is_err());
        assert!(eq(NumC::from(1i64), NumC::from(Complex64::new(1.0, 0.0))));
        assert!(!eq(NumC::from(1i64), NumC::from(Complex64::new(1.0, -1.0))));
        assert_eq!(abs(NumC::from(Complex64::new(3.0, 4.0))).unwrap().py_repr(), "5.0");
        assert_eq!(NumC::from(true).real().py_repr(), "1");
        assert_eq!(NumC::from(2.5).imag().py_repr(), "0.0");
        assert!(truediv(two, NumC::from(Complex64::new(0.0, 0.0))).is_err());
    }
}
