//! The boundary with the Python interpreter: arguments in ([`args`]), results out ([`ret`]),
//! running compiled code with the GIL released ([`call`]), and [`crate::Error`] → exceptions.
//!
//! This is the only module that touches Python objects.

pub mod args;
pub mod call;
pub mod describe;
pub mod ret;
pub mod stale;

pub use args::{Args, Layout, Pass};
pub use call::call;
pub use ret::ToPy;

use crate::error::{Error, ErrorKind};
use pyo3::exceptions::{
    PyIndexError, PyOverflowError, PySystemError, PyTypeError, PyValueError, PyZeroDivisionError,
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
