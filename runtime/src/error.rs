//! Errors raised by compiled code, as plain data (no Python objects), so that they can be built
//! with the GIL released. [`crate::py`] maps each variant to the Python exception of the same name.

use std::fmt;

/// An error of compiled code: one pointer wide, so that `Result<i64, Error>` comes back in
/// registers and the success path of every call stays cheap (recursive `fib` depends on it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(Box<ErrorKind>);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Index(String),
    ZeroDivision(String),
    Value(String),
    Overflow(String),
    Type(String),
    /// numpy's `AxisError` (a subclass of ValueError and IndexError)
    Axis(String),
    /// A bug in pyrs, never the user's fault; becomes `SystemError`.
    Internal(String),
}

pub type Result<T> = std::result::Result<T, Error>;

#[allow(non_snake_case)]
impl Error {
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    #[cold]
    pub fn Index(m: impl Into<String>) -> Error {
        Error(Box::new(ErrorKind::Index(m.into())))
    }

    #[cold]
    pub fn ZeroDivision(m: impl Into<String>) -> Error {
        Error(Box::new(ErrorKind::ZeroDivision(m.into())))
    }

    #[cold]
    pub fn Value(m: impl Into<String>) -> Error {
        Error(Box::new(ErrorKind::Value(m.into())))
    }

    #[cold]
    pub fn Overflow(m: impl Into<String>) -> Error {
        Error(Box::new(ErrorKind::Overflow(m.into())))
    }

    #[cold]
    pub fn Type(m: impl Into<String>) -> Error {
        Error(Box::new(ErrorKind::Type(m.into())))
    }

    #[cold]
    pub fn Axis(m: impl Into<String>) -> Error {
        Error(Box::new(ErrorKind::Axis(m.into())))
    }

    #[cold]
    pub fn Internal(m: impl Into<String>) -> Error {
        Error(Box::new(ErrorKind::Internal(m.into())))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (kind, msg) = match self.kind() {
            ErrorKind::Index(m) => ("IndexError", m),
            ErrorKind::ZeroDivision(m) => ("ZeroDivisionError", m),
            ErrorKind::Value(m) => ("ValueError", m),
            ErrorKind::Overflow(m) => ("OverflowError", m),
            ErrorKind::Type(m) => ("TypeError", m),
            ErrorKind::Axis(m) => ("AxisError", m),
            ErrorKind::Internal(m) => ("SystemError", m),
        };
        write!(f, "{kind}: {msg}")
    }
}

impl std::error::Error for Error {}

// Constructors kept out of line and cold: the error paths must not bloat the hot loops.
#[cold]
#[inline(never)]
pub fn zero_division(msg: &str) -> Error {
    Error::ZeroDivision(msg)
}

#[cold]
#[inline(never)]
pub fn int_overflow() -> Error {
    Error::Overflow("integer overflow: the result does not fit in 64 bits (pyrs ints are 64-bit)")
}

#[cold]
#[inline(never)]
pub fn value(msg: &str) -> Error {
    Error::Value(msg)
}

#[cold]
#[inline(never)]
pub fn overflow(msg: &str) -> Error {
    Error::Overflow(msg)
}
