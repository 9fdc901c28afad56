//! A generator returned to Python: an iterator object whose `__next__` resumes the compiled
//! generator (holding the GIL: its body may touch Python containers).

use super::call::call_next;
use super::ret::ToPy;
use crate::builtins::generator::Gen;
use pyo3::prelude::*;

type Step = Box<dyn FnMut(Python<'_>) -> PyResult<Option<Py<PyAny>>>>;

/// The Python object of a compiled generator (`type(g).__name__ == 'generator'`).
#[pyclass(unsendable, name = "generator", module = "pyrs")]
pub struct Generator {
    step: Step,
}

#[pymethods]
impl Generator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(mut slf: PyRefMut<'_, Self>) -> PyResult<Option<Py<PyAny>>> {
        let py = slf.py();
        (slf.step)(py)
    }
}

impl<T: ToPy + 'static> ToPy for Gen<T> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let g = self.clone();
        let step: Step = Box::new(move |py| call_next(py, || g.next_item()));
        Ok(Py::new(py, Generator { step })?.into_any())
    }
}
