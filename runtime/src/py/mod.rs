//! The boundary with the Python interpreter: arguments in ([`args`]), results out ([`ret`]),
//! running compiled code with the GIL released ([`call`]), and [`crate::Error`] → exceptions.
//!
//! This is the only module that touches Python objects.

pub mod args;
pub mod call;
pub mod describe;
pub mod print;
pub mod random;
pub mod ret;
pub mod stale;

pub use args::{Args, Layout, Pass};
pub use call::call;
pub use ret::ToPy;

use crate::error::{Error, ErrorKind, Exc};
use pyo3::exceptions::{
    PyArithmeticError, PyAssertionError, PyException, PyIndexError, PyKeyError, PyLookupError, PyNotImplementedError,
    PyOverflowError, PyRuntimeError, PySystemError, PyTypeError, PyValueError, PyZeroDivisionError,
};
use pyo3::PyErr;

impl From<Error> for PyErr {
    fn from(e: Error) -> PyErr {
        match e.kind().clone() {
            ErrorKind::Index(m) => PyIndexError::new_err(m),
            ErrorKind::ZeroDivision(m) => PyZeroDivisionError::new_err(m),
            ErrorKind::Value(m) => PyValueError::new_err(m),
            ErrorKind::Overflow(m) => PyOverflowError::new_err(m),
            ErrorKind::Type(m) => PyTypeError::new_err(m),
            ErrorKind::Axis(m) => axis_error(m),
            ErrorKind::Internal(m) => PySystemError::new_err(format!("internal error in pyrs: {m}")),
            ErrorKind::Raised(c, m) => match c {
                Exc::Exception => PyException::new_err(m),
                Exc::ArithmeticError => PyArithmeticError::new_err(m),
                Exc::ZeroDivisionError => PyZeroDivisionError::new_err(m),
                Exc::OverflowError => PyOverflowError::new_err(m),
                Exc::LookupError => PyLookupError::new_err(m),
                Exc::IndexError => PyIndexError::new_err(m),
                Exc::KeyError => PyKeyError::new_err(m),
                Exc::ValueError => PyValueError::new_err(m),
                Exc::TypeError => PyTypeError::new_err(m),
                // `assert x` without a message raises AssertionError()
                Exc::AssertionError if m.is_empty() => PyAssertionError::new_err(()),
                Exc::AssertionError => PyAssertionError::new_err(m),
                Exc::RuntimeError => PyRuntimeError::new_err(m),
                Exc::NotImplementedError => PyNotImplementedError::new_err(m),
                Exc::SystemError => PySystemError::new_err(m),
            },
        }
    }
}

/// numpy's `AxisError` (numpy.exceptions since 1.25, numpy.AxisError before).
fn axis_error(m: String) -> PyErr {
    use pyo3::prelude::*;
    Python::attach(|py| {
        let np = py.import("numpy")?;
        let cls = match np.getattr("exceptions").and_then(|e| e.getattr("AxisError")) {
            Ok(c) => c,
            Err(_) => np.getattr("AxisError")?,
        };
        Ok::<PyErr, PyErr>(PyErr::from_value(cls.call1((m.clone(),))?))
    })
    .unwrap_or_else(|e: PyErr| e)
}
