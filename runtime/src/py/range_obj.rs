//! A `range` object returned to Python: the builtin `range` made with the same numbers.

use crate::builtins::range::PyRange;
use crate::py::ret::ToPy;
use pyo3::prelude::*;
use pyo3::types::PyRange as PyRangeObject;

impl ToPy for PyRange {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(PyRangeObject::new_with_step(py, self.start as isize, self.stop as isize, self.step as isize)?
            .into_any()
            .unbind())
    }
}
