//! The boundary with the Python interpreter: arguments in ([`args`]), results out ([`ret`]),
//! running compiled code with the GIL released ([`call`]), and [`crate::Error`] → exceptions.
//!
//! This is the only module that touches Python objects.

pub mod args;
pub mod call;
pub mod capsule;
pub mod describe;
pub mod file;
pub mod generator;
pub mod module_arg;
pub mod modvar;
pub mod npsort;
pub mod nptext;
pub mod print;
pub mod random;
pub mod range_obj;
pub mod ret;
pub mod rng;
pub mod stale;
pub mod stdrandom;
pub mod strnum;
pub mod ufunc;

pub use args::{Args, Layout, Pass};
pub use call::{call, call_holding_gil};
pub use generator::Generator;
pub use modvar::ModVar;
pub use ret::ToPy;

use crate::error::{Error, ErrorKind, Exc};
use pyo3::exceptions::{
    PyArithmeticError, PyAssertionError, PyException, PyIndexError, PyKeyError, PyKeyboardInterrupt, PyLookupError,
    PyMemoryError, PyNotImplementedError, PyOverflowError, PyRecursionError, PyRuntimeError, PyStopIteration,
    PySystemError, PyTypeError, PyValueError, PyZeroDivisionError,
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
                Exc::KeyError => key_error(m),
                Exc::ValueError => PyValueError::new_err(m),
                Exc::TypeError => PyTypeError::new_err(m),
                // `assert x` without a message raises AssertionError()
                Exc::AssertionError if m.is_empty() => PyAssertionError::new_err(()),
                Exc::AssertionError => PyAssertionError::new_err(m),
                Exc::RuntimeError => PyRuntimeError::new_err(m),
                Exc::NotImplementedError => PyNotImplementedError::new_err(m),
                Exc::SystemError => PySystemError::new_err(m),
                Exc::RecursionError => PyRecursionError::new_err(m),
                // MemoryError() and KeyboardInterrupt() carry no message in CPython
                Exc::MemoryError if m.is_empty() => PyMemoryError::new_err(()),
                Exc::MemoryError if m.starts_with("Unable to allocate") => array_memory_error(m),
                Exc::MemoryError => PyMemoryError::new_err(m),
                Exc::KeyboardInterrupt if m.is_empty() => PyKeyboardInterrupt::new_err(()),
                Exc::KeyboardInterrupt => PyKeyboardInterrupt::new_err(m),
                Exc::StopIteration if m.is_empty() => PyStopIteration::new_err(()),
                Exc::StopIteration => PyStopIteration::new_err(m),
                Exc::OSError => pyo3::exceptions::PyOSError::new_err(m),
                Exc::FileNotFoundError => pyo3::exceptions::PyFileNotFoundError::new_err(m),
                Exc::FileExistsError => pyo3::exceptions::PyFileExistsError::new_err(m),
                Exc::PermissionError => pyo3::exceptions::PyPermissionError::new_err(m),
                Exc::IsADirectoryError => pyo3::exceptions::PyIsADirectoryError::new_err(m),
                Exc::NotADirectoryError => pyo3::exceptions::PyNotADirectoryError::new_err(m),
                Exc::UnicodeError => pyo3::exceptions::PyUnicodeError::new_err(m),
                Exc::NameError => pyo3::exceptions::PyNameError::new_err(m),
                Exc::UnboundLocalError => pyo3::exceptions::PyUnboundLocalError::new_err(m),
                Exc::LinAlgError => linalg_error(m),
                // (their constructors take five arguments: raised as UnicodeError's message)
                Exc::UnicodeDecodeError | Exc::UnicodeEncodeError => pyo3::exceptions::PyUnicodeError::new_err(m),
            },
        }
    }
}

/// numpy's `_ArrayMemoryError` (the MemoryError subclass numpy raises for an array it cannot
/// allocate), from the message `numpy::ndarray::allocation_failed` makes ("Unable to allocate
/// 8.00 TiB for an array with shape (1099511627776,) and data type float64"); a plain
/// MemoryError with that message if numpy's class cannot be had.
/// A Python exception raised by Python code that compiled code called (a file method,
/// `random`'s functions) as the compiled code's error: the most derived class compiled code
/// knows (its MRO walked), and its `str`.
pub fn error_of(py: pyo3::Python<'_>, e: PyErr) -> Error {
    use pyo3::types::{PyAnyMethods, PyTypeMethods};
    if e.is_instance_of::<PyKeyboardInterrupt>(py) {
        return Error::raise(Exc::KeyboardInterrupt, "");
    }
    let msg = e.value(py).str().map(|s| s.to_string()).unwrap_or_default();
    let mut class = Exc::Exception;
    if let Ok(mro) = e.get_type(py).mro().try_iter() {
        for t in mro.flatten() {
            let name = t.getattr("__name__").and_then(|n| n.extract::<String>()).unwrap_or_default();
            if let Some(c) = Exc::from_name(&name) {
                class = c;
                break;
            }
        }
    }
    Error::raise(class, msg)
}

fn array_memory_error(m: String) -> PyErr {
    use pyo3::prelude::*;
    let parsed = (|| {
        let rest = m.split_once("with shape (")?.1;
        let (dims, dtype) = rest.split_once(") and data type ")?;
        let shape: Option<Vec<usize>> =
            dims.split(',').map(str::trim).filter(|d| !d.is_empty()).map(|d| d.parse().ok()).collect();
        Some((shape?, dtype.to_string()))
    })();
    let made = parsed.and_then(|(shape, dtype)| {
        Python::attach(|py| {
            let np = py.import("numpy").ok()?;
            let module = py.import("numpy._core._exceptions").or_else(|_| py.import("numpy.core._exceptions")).ok()?;
            let cls = module.getattr("_ArrayMemoryError").ok()?;
            let dt = np.getattr("dtype").ok()?.call1((dtype,)).ok()?;
            let shape = pyo3::types::PyTuple::new(py, shape).ok()?;
            Some(PyErr::from_value(cls.call1((shape, dt)).ok()?))
        })
    });
    made.unwrap_or_else(|| PyMemoryError::new_err(m))
}

/// `numpy.linalg.LinAlgError` (a ValueError if numpy's class cannot be had).
fn linalg_error(m: String) -> PyErr {
    use pyo3::prelude::*;
    Python::attach(|py| {
        let cls = py.import("numpy.linalg")?.getattr("LinAlgError")?;
        Ok::<PyErr, PyErr>(PyErr::from_value(cls.call1((m.clone(),))?))
    })
    .unwrap_or_else(|_| PyValueError::new_err(m))
}

/// numpy's `AxisError` (numpy.exceptions since 1.25, numpy.AxisError before).
/// A KeyError whose argument is the key, as CPython raises it (`KeyError(3)`, `str(e)` is
/// `3`): the message is the key's repr, read back with `ast.literal_eval` (`float` for `nan`
/// and `inf`); anything else stays the text.
fn key_error(m: String) -> PyErr {
    use pyo3::prelude::*;
    Python::attach(|py| {
        let key = py
            .import("ast")
            .and_then(|ast| ast.call_method1("literal_eval", (m.as_str(),)))
            .or_else(|_| py.get_type::<pyo3::types::PyFloat>().call1((m.as_str(),)));
        match key {
            // (a one-tuple: a tuple key is one argument)
            Ok(k) => PyKeyError::new_err((k.unbind(),)),
            Err(_) => PyKeyError::new_err(m.clone()),
        }
    })
}

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
