//! Results back to Python as the natural object: int, float, complex, bool, None, tuple, list,
//! and the very numpy array object that came in.

use crate::builtins::list::List;
use crate::numpy::element::Element;
use crate::numpy::ndarray::NdArray;
use num_complex::Complex64;
use pyo3::exceptions::PySystemError;
use pyo3::prelude::*;
use pyo3::types::{PyComplex, PyList, PySlice, PyTuple};
use pyo3::IntoPyObjectExt;

pub trait ToPy {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>>;
}

macro_rules! via_into_pyobject {
    ($($t:ty),*) => {$(
        impl ToPy for $t {
            fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                (*self).into_py_any(py)
            }
        }
    )*};
}
via_into_pyobject!(i64, f64, bool);

impl ToPy for () {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(py.None())
    }
}

impl ToPy for Complex64 {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(PyComplex::from_doubles(py, self.re, self.im).into_any().unbind())
    }
}

impl<T: ToPy + Clone> ToPy for List<T> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let items = self.to_vec().iter().map(|x| x.to_py(py)).collect::<PyResult<Vec<_>>>()?;
        Ok(PyList::new(py, items)?.into_any().unbind())
    }
}

impl<T: Element, const D: usize> ToPy for NdArray<T, D> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        if self.obj().is_null() {
            return Err(PySystemError::new_err("pyrs: returned an array variable that was never assigned"));
        }
        // SAFETY: the object is an argument of the running call, alive (see NdArray docs).
        Ok(unsafe { Bound::from_borrowed_ptr(py, self.obj()) }.unbind())
    }
}

macro_rules! tuple_to_py {
    ($($t:ident $i:tt),*) => {
        impl<$($t: ToPy),*> ToPy for ($($t,)*) {
            fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                let items = [$(self.$i.to_py(py)?),*];
                Ok(PyTuple::new(py, items)?.into_any().unbind())
            }
        }
    };
}
tuple_to_py!(A 0);
tuple_to_py!(A 0, B 1);
tuple_to_py!(A 0, B 1, C 2);
tuple_to_py!(A 0, B 1, C 2, D 3);
tuple_to_py!(A 0, B 1, C 2, D 3, E 4);
tuple_to_py!(A 0, B 1, C 2, D 3, E 4, F 5);
tuple_to_py!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_to_py!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);

/// After a call that may have changed a list argument, make the caller's list hold the new
/// contents (`lst[:] = new`), so that in-place updates are visible as in Python.
pub fn write_back<T: ToPy + Clone>(py: Python<'_>, target: &Bound<'_, PyList>, list: &List<T>) -> PyResult<()> {
    let new = list.to_py(py)?;
    target.as_any().set_item(PySlice::full(py), new)
}
