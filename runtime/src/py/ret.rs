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

    /// After a call: write changes of argument lists back into the caller's lists.
    fn sync(&self, _py: Python<'_>) -> PyResult<()> {
        Ok(())
    }
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
    /// A list that came from Python goes back as the same list object (updated if changed);
    /// a list made by compiled code becomes a new Python list.
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let origin = self.origin();
        if origin.is_null() {
            return Ok(self.fresh(py)?.into_any().unbind());
        }
        self.sync(py)?;
        // SAFETY: the origin is an argument of the running call, alive (see List docs).
        Ok(unsafe { Bound::from_borrowed_ptr(py, origin) }.unbind())
    }

    fn sync(&self, py: Python<'_>) -> PyResult<()> {
        let origin = self.origin();
        if origin.is_null() {
            return Ok(());
        }
        if self.take_dirty() {
            let new = self.fresh(py)?;
            // SAFETY: as above.
            let target = unsafe { Bound::from_borrowed_ptr(py, origin) };
            target.set_item(PySlice::full(py), new)?;
        } else {
            for x in self.to_vec() {
                x.sync(py)?;
            }
        }
        Ok(())
    }
}

impl<T: ToPy + Clone> List<T> {
    fn fresh<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self.to_vec().iter().map(|x| x.to_py(py)).collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
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

/// After a call: write changes of a list argument back into the caller's list.
pub fn sync<T: ToPy>(py: Python<'_>, arg: &T) -> PyResult<()> {
    arg.sync(py)
}
