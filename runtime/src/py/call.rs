//! Running compiled code: with the GIL released, errors to exceptions, and a panic (a pyrs bug;
//! generated code returns errors instead) caught and reported as `SystemError` instead of
//! unwinding into Python.
//!
//! A call whose arguments include Python lists, dicts or sets keeps the GIL instead
//! ([`call_holding_gil`]): such an argument is copied in before the call and its changes
//! written back after it, so another Python thread touching the same container in between
//! would lose updates (two threads appending to one list). Holding the GIL makes the call one
//! step for the other threads, as a call of the `.py` is for a container. Arrays keep numpy's
//! semantics (no lock), so calls with only arrays and scalars run in parallel.

use super::ret::ToPy;
use crate::error::{Error, Exc, Result};
use crate::support::{signals, stack};
use pyo3::exceptions::PySystemError;
use pyo3::prelude::*;
use std::panic::{catch_unwind, AssertUnwindSafe};

struct AssertSend<T>(T);
// SAFETY: `Python::detach` runs the closure on the calling thread, synchronously; the values
// crossing it (compiled-code arguments and results: numbers, array views, lists) are never
// touched by another thread, and none of them is a Python object.
unsafe impl<T> Send for AssertSend<T> {}

impl<T> AssertSend<T> {
    fn into_inner(self) -> T {
        self.0
    }
}

pub(crate) type Caught<R> = std::thread::Result<Result<R>>;

pub(crate) fn run<R, F: FnOnce() -> Result<R>>(f: F) -> Caught<R> {
    stack::enter();
    signals::enter();
    catch_unwind(AssertUnwindSafe(f))
}

/// Runs `f` with the GIL released and converts its result to a Python object.
pub fn call<R: ToPy, F: FnOnce() -> Result<R>>(py: Python<'_>, f: F) -> PyResult<Py<PyAny>> {
    let job = AssertSend(f);
    let out = py.detach(move || {
        let f = job.into_inner();
        AssertSend(run(f))
    });
    finish(py, out.into_inner())
}

/// Runs `f` holding the GIL (a call with Python containers among its arguments, see the
/// module's documentation) and converts its result to a Python object.
pub fn call_holding_gil<R: ToPy, F: FnOnce() -> Result<R>>(py: Python<'_>, f: F) -> PyResult<Py<PyAny>> {
    finish(py, run(f))
}

/// One step of a generator returned to Python (`__next__`, holding the GIL): its next item,
/// or `None` when it is exhausted.
pub(crate) fn call_next<R: ToPy, F: FnOnce() -> Result<Option<R>>>(
    py: Python<'_>,
    f: F,
) -> PyResult<Option<Py<PyAny>>> {
    match run(f) {
        Ok(Ok(Some(r))) => Ok(Some(r.into_py_obj(py)?)),
        Ok(Ok(None)) => Ok(None),
        Ok(Err(e)) => Err(interrupted(py, e)),
        Err(_) => Err(PySystemError::new_err("internal error in pyrs-compiled code (please report it): a panic")),
    }
}

fn finish<R: ToPy>(py: Python<'_>, out: Caught<R>) -> PyResult<Py<PyAny>> {
    match out {
        Ok(Ok(r)) => r.into_py_obj(py),
        Ok(Err(e)) => Err(interrupted(py, e)),
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Err(PySystemError::new_err(format!("internal error in pyrs-compiled code (please report it): {what}")))
        }
    }
}

/// A call stopped by Ctrl-C runs Python's own SIGINT handler (the default one raises
/// KeyboardInterrupt; a handler the program installed runs as it would have in the `.py`).
pub(crate) fn interrupted(py: Python<'_>, e: Error) -> PyErr {
    if e.class() == Exc::KeyboardInterrupt {
        // SAFETY: called with the GIL held, on the thread that was interrupted
        if unsafe { pyo3::ffi::PyErr_CheckSignals() } != 0 {
            if let Some(err) = PyErr::take(py) {
                return err;
            }
        }
    }
    e.into()
}
