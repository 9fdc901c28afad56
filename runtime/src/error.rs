//! Errors raised by compiled code, as plain data (no Python objects), so that they can be built
//! with the GIL released. [`crate::py`] maps each variant to the Python exception of the same name.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    Index(String),
    ZeroDivision(String),
    Value(String),
    Overflow(String),
    Type(String),
    /// A bug in pyrs, never the user's fault; becomes `SystemError`.
    Internal(String),
}

pub type Result<T> = std::result::Result<T, Error>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (kind, msg) = match self {
            Error::Index(m) => ("IndexError", m),
            Error::ZeroDivision(m) => ("ZeroDivisionError", m),
            Error::Value(m) => ("ValueError", m),
            Error::Overflow(m) => ("OverflowError", m),
            Error::Type(m) => ("TypeError", m),
            Error::Internal(m) => ("SystemError", m),
        };
        write!(f, "{kind}: {msg}")
    }
}

impl std::error::Error for Error {}

// Constructors kept out of line and cold: the error paths must not bloat the hot loops.
#[cold]
#[inline(never)]
pub fn zero_division(msg: &str) -> Error {
    Error::ZeroDivision(msg.to_owned())
}

#[cold]
#[inline(never)]
pub fn int_overflow() -> Error {
    Error::Overflow("integer overflow: the result does not fit in 64 bits (pyrs ints are 64-bit)".to_owned())
}

#[cold]
#[inline(never)]
pub fn value(msg: &str) -> Error {
    Error::Value(msg.to_owned())
}

#[cold]
#[inline(never)]
pub fn overflow(msg: &str) -> Error {
    Error::Overflow(msg.to_owned())
}
