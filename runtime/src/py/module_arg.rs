//! The `numpy` module as an argument (`numpy pkg`, Pythran's array-API parameter): compiled
//! code resolved every `xp.name` to numpy's function at compile time, so the value carries
//! nothing; the call only checks that the argument *is* the `numpy` module (anything else does
//! not match the signature, a TypeError naming it), and hands the module back if returned.

use crate::py::args::{FromPy, Pass};
use pyo3::prelude::*;

/// The `numpy` module, held by a variable of compiled code.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NumpyModule;

impl FromPy for NumpyModule {
    fn from_py(obj: &Bound<'_, PyAny>, _pass: Pass) -> PyResult<Option<Self>> {
        let numpy = obj.py().import("numpy")?;
        Ok(obj.is(&numpy).then_some(NumpyModule))
    }
}

impl crate::py::ToPy for NumpyModule {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(py.import("numpy")?.into_any().unbind())
    }
}
