//! `StrNum`: a variable that holds a `str` on some paths and a number (bool, int, float) on
//! others (`x = "none"` in one branch, `x = n` in the other, both reaching one read). The value
//! keeps its real Python type: printing, `str()`, `repr()`, `==`, truth, dict keys and results
//! are those of the value at hand, and an operation that needs one kind (`x + 1`, `len(x)`)
//! checks the kind when the code runs and raises CPython's TypeError otherwise.

use super::format::{self, PyRepr};
use super::key::PyKey;
use super::num::Num;
use super::str::Str;
use crate::error::{Error, Result};
use std::hash::{Hash, Hasher};

#[derive(Clone, Debug)]
pub enum StrNum {
    Str(Str),
    Num(Num),
}

impl Default for StrNum {
    fn default() -> StrNum {
        StrNum::Num(Num::Int(0))
    }
}

impl From<Str> for StrNum {
    #[inline]
    fn from(s: Str) -> StrNum {
        StrNum::Str(s)
    }
}

impl From<Num> for StrNum {
    #[inline]
    fn from(n: Num) -> StrNum {
        StrNum::Num(n)
    }
}

impl From<bool> for StrNum {
    #[inline]
    fn from(b: bool) -> StrNum {
        StrNum::Num(Num::Bool(b))
    }
}

impl From<i64> for StrNum {
    #[inline]
    fn from(i: i64) -> StrNum {
        StrNum::Num(Num::Int(i))
    }
}

impl From<f64> for StrNum {
    #[inline]
    fn from(f: f64) -> StrNum {
        StrNum::Num(Num::Float(f))
    }
}

/// How an operator spells itself in CPython's TypeError (`**` is `** or pow()`).
fn op_text(op: &str) -> &str {
    if op == "**" {
        "** or pow()"
    } else {
        op
    }
}

impl StrNum {
    /// `type(x).__name__`
    pub fn type_name(&self) -> &'static str {
        match self {
            StrNum::Str(_) => "str",
            StrNum::Num(n) => n.type_name(),
        }
    }

    pub fn is_str(&self) -> bool {
        matches!(self, StrNum::Str(_))
    }

    #[inline]
    pub fn truth(&self) -> bool {
        match self {
            StrNum::Str(s) => !s.is_empty(),
            StrNum::Num(n) => n.truth(),
        }
    }

    /// The number, as the operand of `x op other` (`left`: `x` is the left operand) with a
    /// number `other` of type `other_name`; a str raises CPython's TypeError.
    pub fn num_operand(&self, op: &str, other_name: &str, left: bool) -> Result<Num> {
        match self {
            StrNum::Num(n) => Ok(*n),
            StrNum::Str(_) if left && op == "+" => {
                Err(Error::Type(format!("can only concatenate str (not \"{other_name}\") to str")))
            }
            StrNum::Str(_) if left => {
                Err(Error::Type(format!("unsupported operand type(s) for {}: 'str' and '{other_name}'", op_text(op))))
            }
            StrNum::Str(_) => {
                Err(Error::Type(format!("unsupported operand type(s) for {}: '{other_name}' and 'str'", op_text(op))))
            }
        }
    }

    /// The str, as the operand of `x + other` with a str `other` (`left`: `x` is the left
    /// operand); a number raises CPython's TypeError.
    pub fn str_operand(&self, op: &str, left: bool) -> Result<Str> {
        match self {
            StrNum::Str(s) => Ok(s.clone()),
            StrNum::Num(n) if !left && op == "+" => {
                Err(Error::Type(format!("can only concatenate str (not \"{}\") to str", n.type_name())))
            }
            StrNum::Num(n) if left => Err(Error::Type(format!(
                "unsupported operand type(s) for {}: '{}' and 'str'",
                op_text(op),
                n.type_name()
            ))),
            StrNum::Num(n) => Err(Error::Type(format!(
                "unsupported operand type(s) for {}: 'str' and '{}'",
                op_text(op),
                n.type_name()
            ))),
        }
    }

    /// The number, as an operand of the ordering `x op other` with a number `other`.
    pub fn num_ordered(&self, op: &str, other_name: &str, left: bool) -> Result<Num> {
        match self {
            StrNum::Num(n) => Ok(*n),
            StrNum::Str(_) => Err(ordering_error(op, "str", other_name, left)),
        }
    }

    /// The str, as an operand of the ordering `x op other` with a str `other`.
    pub fn str_ordered(&self, op: &str, left: bool) -> Result<Str> {
        match self {
            StrNum::Str(s) => Ok(s.clone()),
            StrNum::Num(n) => Err(ordering_error(op, n.type_name(), "str", left)),
        }
    }

    /// The value where a number is needed, for a unary operator (`-x`).
    pub fn num_unary(&self, op: &str) -> Result<Num> {
        match self {
            StrNum::Num(n) => Ok(*n),
            StrNum::Str(_) => Err(Error::Type(format!("bad operand type for unary {op}: 'str'"))),
        }
    }

    /// `len(x)`
    pub fn py_len(&self) -> Result<i64> {
        match self {
            StrNum::Str(s) => Ok(s.len()),
            StrNum::Num(n) => Err(Error::Type(format!("object of type '{}' has no len()", n.type_name()))),
        }
    }

    /// `x == s` with a str `s`
    pub fn eq_str(&self, s: &Str) -> bool {
        matches!(self, StrNum::Str(x) if x == s)
    }

    /// `x == n` with a number `n`
    pub fn eq_num(&self, n: Num) -> bool {
        matches!(self, StrNum::Num(x) if *x == n)
    }

    /// `int(x)`: a str is parsed as CPython's `int(s)`, a number truncated.
    pub fn to_int(&self) -> Result<i64> {
        match self {
            StrNum::Str(s) => super::str::int_of_str(s, 10),
            StrNum::Num(n) => n.to_int(),
        }
    }

    /// `float(x)`: a str is parsed as CPython's `float(s)`.
    pub fn to_float(&self) -> Result<f64> {
        match self {
            StrNum::Str(s) => super::str::float_of_str(s),
            StrNum::Num(n) => Ok(n.to_f64()),
        }
    }

    /// `format(x, spec)` / an f-string field
    pub fn format(&self, spec: &str) -> Result<Str> {
        match self {
            StrNum::Str(s) => format::format_str(s, spec),
            StrNum::Num(n) => super::num::format_num(*n, spec),
        }
    }
}

fn ordering_error(op: &str, a: &str, b: &str, left: bool) -> Error {
    let (a, b) = if left { (a, b) } else { (b, a) };
    Error::Type(format!("'{op}' not supported between instances of '{a}' and '{b}'"))
}

impl PartialEq for StrNum {
    fn eq(&self, other: &StrNum) -> bool {
        match (self, other) {
            (StrNum::Str(a), StrNum::Str(b)) => a == b,
            (StrNum::Num(a), StrNum::Num(b)) => a == b,
            _ => false,
        }
    }
}

/// `x < y` & co of two such values: strs with strs, numbers with numbers, else TypeError.
pub fn cmp(a: &StrNum, b: &StrNum, op: &str) -> Result<Option<std::cmp::Ordering>> {
    match (a, b) {
        (StrNum::Str(x), StrNum::Str(y)) => Ok(Some(x.as_str().cmp(y.as_str()))),
        (StrNum::Num(x), StrNum::Num(y)) => Ok(super::num::cmp(*x, *y)),
        _ => Err(ordering_error(op, a.type_name(), b.type_name(), true)),
    }
}

impl PyRepr for StrNum {
    fn py_repr(&self) -> String {
        match self {
            StrNum::Str(s) => s.py_repr(),
            StrNum::Num(n) => n.py_repr(),
        }
    }
}

/// `str(x)`
pub fn str_of(a: &StrNum) -> Str {
    match a {
        StrNum::Str(s) => s.clone(),
        StrNum::Num(n) => super::num::str_of(*n),
    }
}

/// The value given to `fmt % args` (`%s`, `%d`, `%r` by its type).
pub fn pct(a: StrNum) -> format::PctArg {
    match a {
        StrNum::Str(s) => format::PctArg::Str(s),
        StrNum::Num(n) => super::num::pct(n),
    }
}

/// A str is never equal to a number: the two kinds hash apart.
impl PyKey for StrNum {
    fn key_hash<H: Hasher>(&self, h: &mut H) {
        match self {
            StrNum::Str(s) => {
                0u8.hash(h);
                s.key_hash(h)
            }
            StrNum::Num(n) => {
                1u8.hash(h);
                n.key_hash(h)
            }
        }
    }
    fn key_eq(&self, other: &Self) -> bool {
        match (self, other) {
            (StrNum::Str(a), StrNum::Str(b)) => a.key_eq(b),
            (StrNum::Num(a), StrNum::Num(b)) => a.key_eq(b),
            _ => false,
        }
    }
}

/// `isinstance(n, classes)` (`exact`: `type(n) is cls`, so a bool is no int) of a number
/// whose type is known when the code runs; a `numpy.float64` is a float subclass, a
/// `numpy.int64` no int.
pub fn num_is(n: Num, classes: &[&str], exact: bool) -> bool {
    classes.iter().any(|c| match (n, *c) {
        (Num::Bool(_), "bool") | (Num::Int(_), "int") | (Num::Float(_), "float") => true,
        (Num::Bool(_), "int") | (Num::NpFloat(_), "float") => !exact,
        _ => false,
    })
}

impl StrNum {
    /// `isinstance(x, classes)` / `type(x) is cls`
    pub fn is_class(&self, classes: &[&str], exact: bool) -> bool {
        match self {
            StrNum::Str(_) => classes.contains(&"str"),
            StrNum::Num(n) => num_is(*n, classes, exact),
        }
    }
}
