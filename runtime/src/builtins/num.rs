//! `Num`: a Python number whose type — bool, int or float — is known only when the code runs
//! (`s = 0` and then `s += x[i]` in a loop: `0` if the loop does not run, a float if it does;
//! `[n, 2.5]`; `a if c else 1.5`). Every operation dispatches on the types at hand with
//! Python's rules, so each value keeps the type CPython gives it.
//!
//! A variable that holds a numpy `int64` or `float64` on some paths and another number on
//! others (`s = 0.0` then `s += a[i]`: `0.0` if the loop does not run, a `numpy.float64` if
//! it does) holds a `Num` with the numpy variants: numpy's arithmetic (IEEE division, int64
//! wrap-around) applies when either operand is a numpy scalar (NEP 50), and the value reaches
//! Python as the numpy scalar it is.

use super::arith;
use super::compare::int_float;
use super::format::{self, PyRepr};
use super::str::Str;
use crate::error::Result;
use std::cmp::Ordering;

#[derive(Clone, Copy, Debug)]
pub enum Num {
    Bool(bool),
    Int(i64),
    Float(f64),
    /// `numpy.int64`
    NpInt(i64),
    /// `numpy.float64`
    NpFloat(f64),
}

impl From<bool> for Num {
    #[inline]
    fn from(b: bool) -> Num {
        Num::Bool(b)
    }
}

impl From<i64> for Num {
    #[inline]
    fn from(i: i64) -> Num {
        Num::Int(i)
    }
}

impl From<f64> for Num {
    #[inline]
    fn from(f: f64) -> Num {
        Num::Float(f)
    }
}

impl Default for Num {
    fn default() -> Num {
        Num::Int(0)
    }
}

impl Num {
    /// `float(x)` (exact for bools and ints up to 2**53, rounded to nearest beyond, as CPython)
    #[inline]
    pub fn to_f64(self) -> f64 {
        match self {
            Num::Bool(b) => b as i64 as f64,
            Num::Int(i) | Num::NpInt(i) => i as f64,
            Num::Float(f) | Num::NpFloat(f) => f,
        }
    }

    /// The value as an int when it is a bool or an int.
    #[inline]
    fn int(self) -> Option<i64> {
        match self {
            Num::Bool(b) => Some(b as i64),
            Num::Int(i) | Num::NpInt(i) => Some(i),
            Num::Float(_) | Num::NpFloat(_) => None,
        }
    }

    /// Whether the value is a numpy scalar (numpy's arithmetic applies).
    #[inline]
    pub fn is_np(self) -> bool {
        matches!(self, Num::NpInt(_) | Num::NpFloat(_))
    }

    /// `int(x)`: truncation of a float (`ValueError`/`OverflowError` for NaN and infinities).
    pub fn to_int(self) -> Result<i64> {
        match self.int() {
            Some(i) => Ok(i),
            None => super::conv::int_of_float(self.to_f64()),
        }
    }

    /// The value where Python needs an int (an index, a range bound): a float raises
    /// TypeError, as in CPython.
    #[inline]
    pub fn to_index(self) -> Result<i64> {
        match (self.int(), self) {
            (Some(i), _) => Ok(i),
            (None, Num::NpFloat(_)) => {
                Err(crate::error::Error::Type("'numpy.float64' object cannot be interpreted as an integer"))
            }
            (None, _) => Err(crate::error::Error::Type("'float' object cannot be interpreted as an integer")),
        }
    }

    #[inline]
    pub fn truth(self) -> bool {
        match self {
            Num::Bool(b) => b,
            Num::Int(i) | Num::NpInt(i) => i != 0,
            Num::Float(f) | Num::NpFloat(f) => f != 0.0,
        }
    }

    /// `type(x).__name__`
    pub fn type_name(self) -> &'static str {
        match self {
            Num::Bool(_) => "bool",
            Num::Int(_) => "int",
            Num::Float(_) => "float",
            Num::NpInt(_) => "int64",
            Num::NpFloat(_) => "float64",
        }
    }
}

macro_rules! arith_op {
    ($(#[$m:meta])* $name:ident, $int:expr, $float:expr) => {
        $(#[$m])*
        #[inline]
        pub fn $name(a: Num, b: Num) -> Result<Num> {
            if a.is_np() || b.is_np() {
                return np::$name(a, b);
            }
            match (a.int(), b.int()) {
                (Some(x), Some(y)) => $int(x, y),
                _ => $float(a.to_f64(), b.to_f64()),
            }
        }
    };
}

/// The operations with a numpy scalar operand: numpy's rules (the result is a numpy scalar,
/// an int64 if both are ints, else a float64).
mod np {
    use super::Num;
    use crate::error::Result;
    use crate::numpy::scalar as sc;

    macro_rules! np_op {
        ($name:ident, $int:expr, $float:expr) => {
            #[inline]
            pub fn $name(a: Num, b: Num) -> Result<Num> {
                match (a.int(), b.int()) {
                    (Some(x), Some(y)) => $int(x, y),
                    _ => Ok(Num::NpFloat($float(a.to_f64(), b.to_f64()))),
                }
            }
        };
    }
    np_op!(add, |x: i64, y: i64| Ok(Num::NpInt(x.wrapping_add(y))), |x: f64, y: f64| x + y);
    np_op!(sub, |x: i64, y: i64| Ok(Num::NpInt(x.wrapping_sub(y))), |x: f64, y: f64| x - y);
    np_op!(mul, |x: i64, y: i64| Ok(Num::NpInt(x.wrapping_mul(y))), |x: f64, y: f64| x * y);
    np_op!(truediv, |x: i64, y: i64| Ok(Num::NpFloat(x as f64 / y as f64)), |x: f64, y: f64| x / y);
    np_op!(floordiv, |x, y| Ok(Num::NpInt(sc::floor_divide_int(x, y))), sc::floor_divide_float);
    np_op!(rem, |x, y| Ok(Num::NpInt(sc::remainder_int(x, y))), sc::remainder_float);
    np_op!(pow, |x, y| sc::power_int(x, y).map(Num::NpInt), |x: f64, y: f64| x.powf(y));
}

arith_op!(add, |x, y| arith::add_int(x, y).map(Num::Int), |x: f64, y: f64| Ok(Num::Float(x + y)));
arith_op!(sub, |x, y| arith::sub_int(x, y).map(Num::Int), |x: f64, y: f64| Ok(Num::Float(x - y)));
arith_op!(mul, |x, y| arith::mul_int(x, y).map(Num::Int), |x: f64, y: f64| Ok(Num::Float(x * y)));
arith_op!(truediv, |x, y| arith::truediv_int(x, y).map(Num::Float), |x, y| arith::truediv_float(x, y).map(Num::Float));
arith_op!(floordiv, |x, y| arith::floordiv_int(x, y).map(Num::Int), |x, y| arith::floordiv_float(x, y).map(Num::Float));
arith_op!(rem, |x, y| arith::mod_int(x, y).map(Num::Int), |x, y| arith::mod_float(x, y).map(Num::Float));
arith_op!(
    /// `**`: an int to a negative int power is a float, as in CPython
    pow,
    |x: i64, y: i64| if y < 0 {
        arith::pow_float(x as f64, y as f64).map(Num::Float)
    } else {
        arith::pow_int(x, y).map(Num::Int)
    },
    |x, y| arith::pow_float(x, y).map(Num::Float)
);

/// `a & b`, `a | b`, `a ^ b`, `a << b`, `a >> b` of ints and bools (a float raises TypeError, as in
/// CPython); numpy's int64 operations when either is a numpy int.
macro_rules! bit_op {
    ($name:ident, $sym:literal, $py:expr, $np:expr) => {
        #[inline]
        pub fn $name(a: Num, b: Num) -> Result<Num> {
            match (a.int(), b.int()) {
                (Some(x), Some(y)) if a.is_np() || b.is_np() => Ok(Num::NpInt($np(x, y))),
                (Some(x), Some(y)) => $py(x, y).map(Num::Int),
                _ => Err(crate::error::Error::Type(format!(
                    "unsupported operand type(s) for {}: '{}' and '{}'",
                    $sym,
                    a.type_name(),
                    b.type_name()
                ))),
            }
        }
    };
}
bit_op!(bitand, "&", |x: i64, y: i64| Ok::<i64, crate::error::Error>(x & y), |x: i64, y: i64| x & y);
bit_op!(bitor, "|", |x: i64, y: i64| Ok::<i64, crate::error::Error>(x | y), |x: i64, y: i64| x | y);
bit_op!(bitxor, "^", |x: i64, y: i64| Ok::<i64, crate::error::Error>(x ^ y), |x: i64, y: i64| x ^ y);
bit_op!(lshift, "<<", arith::lshift_int, crate::numpy::scalar::left_shift_int);
bit_op!(rshift, ">>", arith::rshift_int, crate::numpy::scalar::right_shift_int);

/// `x ** 2`: a numpy float squares (numpy's fast path), a Python float calls `pow`
#[inline]
pub fn pow2(a: Num) -> Result<Num> {
    match a {
        Num::NpFloat(f) => Ok(Num::NpFloat(f * f)),
        a => pow(a, Num::Int(2)),
    }
}

/// `-x` (of a bool, an int)
pub fn neg(a: Num) -> Result<Num> {
    Ok(match a {
        Num::Float(f) => Num::Float(-f),
        Num::NpFloat(f) => Num::NpFloat(-f),
        Num::NpInt(i) => Num::NpInt(i.wrapping_neg()),
        a => Num::Int(arith::neg_int(a.int().expect("an int or a bool"))?),
    })
}

/// `+x`: a bool becomes an int
pub fn pos(a: Num) -> Num {
    match a {
        Num::Bool(b) => Num::Int(b as i64),
        a => a,
    }
}

/// `abs(x)`
pub fn abs(a: Num) -> Result<Num> {
    Ok(match a {
        Num::Float(f) => Num::Float(f.abs()),
        Num::NpFloat(f) => Num::NpFloat(f.abs()),
        Num::NpInt(i) => Num::NpInt(i.wrapping_abs()),
        a => Num::Int(arith::abs_int(a.int().expect("an int or a bool"))?),
    })
}

/// `round(x)`
pub fn round(a: Num) -> Result<i64> {
    match a.int() {
        Some(i) => Ok(i),
        None => super::round::round_float(a.to_f64()),
    }
}

/// `round(x, n)`: an int stays an int
pub fn round_ndigits(a: Num, n: i64) -> Result<Num> {
    // numpy's rounding for numpy scalars (a scaling by a power of ten, round half to even)
    match a {
        Num::NpFloat(f) => return Ok(Num::NpFloat(crate::numpy::ufunc::round_float(f, n))),
        Num::NpInt(i) => return Ok(Num::NpInt(crate::numpy::ufunc::round_int(i, n))),
        _ => {}
    }
    match a.int() {
        Some(i) => super::round::round_int_ndigits(i, n).map(Num::Int),
        None => super::round::round_float_ndigits(a.to_f64(), n).map(Num::Float),
    }
}

/// `min(a, b)`: `b` if it is smaller, else `a` (unchanged, whatever its type)
#[inline]
pub fn min(a: Num, b: Num) -> Num {
    if cmp(b, a) == Some(Ordering::Less) {
        b
    } else {
        a
    }
}

/// `max(a, b)`: `b` if it is larger, else `a`
#[inline]
pub fn max(a: Num, b: Num) -> Num {
    if cmp(b, a) == Some(Ordering::Greater) {
        b
    } else {
        a
    }
}

/// How `a` compares with `b` (exactly, also between a large int and a float); `None` when a
/// NaN is involved.
#[inline]
pub fn cmp(a: Num, b: Num) -> Option<Ordering> {
    match (a.int(), b.int(), a, b) {
        (Some(x), Some(y), _, _) => Some(x.cmp(&y)),
        // numpy compares an int with a numpy float as float64
        (Some(x), None, _, Num::Float(f)) if !a.is_np() => int_float(x, f),
        (None, Some(y), Num::Float(f), _) if !b.is_np() => int_float(y, f).map(Ordering::reverse),
        _ => a.to_f64().partial_cmp(&b.to_f64()),
    }
}

impl PartialEq for Num {
    fn eq(&self, other: &Num) -> bool {
        cmp(*self, *other) == Some(Ordering::Equal)
    }
}

impl PartialOrd for Num {
    fn partial_cmp(&self, other: &Num) -> Option<Ordering> {
        cmp(*self, *other)
    }
}

impl PyRepr for Num {
    fn py_repr(&self) -> String {
        match *self {
            Num::Bool(b) => b.py_repr(),
            Num::Int(i) => i.py_repr(),
            Num::Float(f) => f.py_repr(),
            Num::NpInt(i) => format::np_repr("int64", i.py_repr()),
            Num::NpFloat(f) => format::np_repr("float64", f.py_repr()),
        }
    }
}

/// `str(x)`
pub fn str_of(a: Num) -> Str {
    Str::from(match a {
        Num::NpInt(i) => i.py_repr(),
        Num::NpFloat(f) => f.py_repr(),
        a => a.py_repr(),
    })
}

/// The value given to `fmt % args` (`%d`, `%f`, `%s`, `%r` by its type).
pub fn pct(a: Num) -> format::PctArg {
    use format::PctArg;
    match a {
        Num::Bool(b) => PctArg::Bool(b),
        Num::Int(i) => PctArg::Int(i),
        Num::Float(f) => PctArg::Float(f),
        Num::NpInt(i) => PctArg::Np(Box::new(PctArg::Int(i)), i.py_repr(), a.py_repr()),
        Num::NpFloat(f) => PctArg::Np(Box::new(PctArg::Float(f)), f.py_repr(), a.py_repr()),
    }
}

/// `format(x, spec)`
pub fn format_num(a: Num, spec: &str) -> Result<Str> {
    match a {
        Num::Bool(b) => format::format_bool(b, spec),
        Num::Int(i) | Num::NpInt(i) => format::format_int(i, spec),
        Num::Float(f) | Num::NpFloat(f) => format::format_float(f, spec),
    }
}

/// A variable whose values are int or bool literals and floats only (`s = 0` then `s += x`
/// with a float `x`): the value as an `f64` (exact for such literals) and which type it has,
/// so that float arithmetic on it is plain `f64` arithmetic.
#[derive(Clone, Copy, Debug, Default)]
pub struct NumF {
    pub v: f64,
    /// 0: a float, 1: an int, 2: a bool, 3: a `numpy.float64`
    pub kind: u8,
}

impl NumF {
    #[inline(always)]
    pub fn float(v: f64) -> NumF {
        NumF { v, kind: 0 }
    }

    /// A bool or an int given as a [`Num`] (a literal: exact as an `f64`).
    #[inline(always)]
    pub fn of(n: Num) -> NumF {
        match n {
            Num::Float(v) => NumF { v, kind: 0 },
            Num::Int(i) => NumF { v: i as f64, kind: 1 },
            Num::Bool(b) => NumF { v: b as i64 as f64, kind: 2 },
            Num::NpFloat(v) => NumF { v, kind: 3 },
            Num::NpInt(i) => NumF { v: i as f64, kind: 4 },
        }
    }

    /// A `numpy.float64`.
    #[inline(always)]
    pub fn np_float(v: f64) -> NumF {
        NumF { v, kind: 3 }
    }

    /// `x op y` of this value and a Python float (`+`, `-`, `*`: the same IEEE operation for
    /// Python and numpy floats) giving `v`: a numpy float if this is one, else a float.
    #[inline(always)]
    pub fn with_float(self, v: f64) -> NumF {
        NumF { v, kind: if self.kind == 3 { 3 } else { 0 } }
    }

    /// The value with its type.
    #[inline(always)]
    pub fn num(self) -> Num {
        match self.kind {
            0 => Num::Float(self.v),
            1 => Num::Int(self.v as i64),
            3 => Num::NpFloat(self.v),
            4 => Num::NpInt(self.v as i64),
            _ => Num::Bool(self.v != 0.0),
        }
    }
}
