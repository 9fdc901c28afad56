//! `# export capsule f(float64)`: the compiled function as a C function in a `PyCapsule` whose
//! name is its C signature (`"double (double)"`), as Pythran's capsules are, so that
//! `scipy.LowLevelCallable(mod.f)` accepts it (`scipy.integrate.quad` then calls it without
//! Python in between).
//!
//! A C callback has no way to report an exception: when the compiled function raises, the call
//! sets the Python exception (taking the GIL) and returns NaN (or -1 for an integer result);
//! what happens next is the caller's (SciPy's `quad` then returns with the exception set, which
//! Python reports as a `SystemError` caused by it).

use super::call::{interrupted, run};
use crate::error::Result;
use pyo3::exceptions::PySystemError;
use pyo3::prelude::*;
use pyo3::types::PyCapsule;
use std::ffi::{c_void, CStr};
use std::ptr::NonNull;

/// A result a C function can give, and the value it gives when the function raised.
pub trait CValue: Copy {
    const FAILED: Self;
}

impl CValue for f64 {
    const FAILED: f64 = f64::NAN;
}

impl CValue for i64 {
    const FAILED: i64 = -1;
}

impl CValue for bool {
    const FAILED: bool = false;
}

/// The body of a capsule's C function: `f`'s result, or [`CValue::FAILED`] with the exception
/// set.
pub fn call<R: CValue>(f: impl FnOnce() -> Result<R>) -> R {
    match run(f) {
        Ok(Ok(r)) => r,
        Ok(Err(e)) => {
            Python::attach(|py| interrupted(py, e).restore(py));
            R::FAILED
        }
        Err(_) => {
            Python::attach(|py| {
                PySystemError::new_err("internal error in pyrs-compiled code (please report it): a panic in a capsule")
                    .restore(py)
            });
            R::FAILED
        }
    }
}

/// The capsule of the C function `f`, named by its C signature.
pub fn make<'py>(py: Python<'py>, signature: &'static CStr, f: *mut c_void) -> PyResult<Bound<'py, PyCapsule>> {
    let f = NonNull::new(f).ok_or_else(|| PySystemError::new_err("pyrs: a capsule of a null function"))?;
    // SAFETY: `f` is a function of the module, which lives as long as the process
    unsafe { PyCapsule::new_with_pointer(py, f, signature) }
}
