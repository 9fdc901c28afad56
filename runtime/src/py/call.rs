//! Running compiled code: with the GIL released, errors to exceptions, and a panic (a pyrs bug;
//! generated code returns errors instead) caught and reported as `SystemError` instead of
//! unwinding into Python.

use super::ret::ToPy;
use crate::error::Result;
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

/// Runs `f` with the GIL released and converts its result to a Python object.
pub fn call<R: ToPy, F: FnOnce() -> Result<R>>(py: Python<'_>, f: F) -> PyResult<Py<PyAny>> {
    let job = AssertSend(f);
    let out = py.detach(move || {
        let f = job.into_inner();
        AssertSend(catch_unwind(AssertUnwindSafe(f)))
    });
    match out.into_inner() {
        Ok(Ok(r)) => r.into_py_obj(py),
        Ok(Err(e)) => Err(e.into()),
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
