//! `Num`: a Python number whose type — bool, int or float — is known only when the code runs
//! (`s = 0` and then `s += x[i]` in a loop: `0` if the loop does not run, a float if it does;
//! `[n, 2.5]`; `a if c else 1.5`). Every operation dispatches on the types at hand with
//! Python's rules, so each value keeps the type CPython gives it.

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
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }

    /// The value as an int when it is a bool or an int.
    #[inline]
    fn int(self) -> Option<i64> {
        match self {
            Num::Bool(b) => Some(b as i64),
            Num::Int(i) => Some(i),
            Num::Float(_) => None,
        }
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
        match self.int() {
            Some(i) => Ok(i),
            None => Err(crate::error::Error::Type("'float' object cannot be interpreted as an integer")),
        }
    }

    #[inline]
    pub fn truth(self) -> bool {
        match self {
            Num::Bool(b) => b,
            Num::Int(i) => i != 0,
            Num::Float(f) => f != 0.0,
        }
    }

    /// `type(x).__name__`
    pub fn type_name(self) -> &'static str {
        match self {
            Num::Bool(_) => "bool",
            Num::Int(_) => "int",
            Num::Float(_) => "float",
        }
    }
}

macro_rules! arith_op {
    ($(#[$m:meta])* $name:ident, $int:expr, $float:expr) => {
        $(#[$m])*
        #[inline]
        pub fn $name(a: Num, b: Num) -> Result<Num> {
            match (a.int(), b.int()) {
                (Some(x), Some(y)) => $int(x, y),
                _ => $float(a.to_f64(), b.to_f64()),
            }
        }
    };
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

/// `-x` (of a bool, an int)
pub fn neg(a: Num) -> Result<Num> {
    Ok(match a {
        Num::Float(f) => Num::Float(-f),
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
        (Some(x), None, _, Num::Float(f)) => int_float(x, f),
        (None, Some(y), Num::Float(f), _) => int_float(y, f).map(Ordering::reverse),
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
        }
    }
}

/// `str(x)`
pub fn str_of(a: Num) -> Str {
    Str::from(a.py_repr())
}

/// `format(x, spec)`
pub fn format_num(a: Num, spec: &str) -> Result<Str> {
    match a {
        Num::Bool(b) => format::format_bool(b, spec),
        Num::Int(i) => format::format_int(i, spec),
        Num::Float(f) => format::format_float(f, spec),
    }
}

/// A variable whose values are int or bool literals and floats only (`s = 0` then `s += x`
/// with a float `x`): the value as an `f64` (exact for such literals) and which type it has,
/// so that float arithmetic on it is plain `f64` arithmetic.
#[derive(Clone, Copy, Debug, Default)]
pub struct NumF {
    pub v: f64,
    /// 0: a float, 1: an int, 2: a bool
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
        }
    }

    /// The value with its type.
    #[inline(always)]
    pub fn num(self) -> Num {
        match self.kind {
            0 => Num::Float(self.v),
            1 => Num::Int(self.v as i64),
            _ => Num::Bool(self.v != 0.0),
        }
    }
}
