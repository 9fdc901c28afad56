//! Results back to Python as the natural object: int, float, complex, bool, None, tuple, list,
//! and the very numpy array object that came in.

use crate::builtins::dict::{Dict, Set};
use crate::builtins::format::PyRepr;
use crate::builtins::list::List;
use crate::builtins::str::Str;
use crate::numpy::element::Element;
use crate::numpy::ndarray::{Base, NdArray};
use num_complex::Complex64;
use numpy::npyffi;
use numpy::{PyArray, PyArray1, PyArrayDescrMethods, PyArrayMethods, PyUntypedArray, PyUntypedArrayMethods};
use pyo3::exceptions::PySystemError;
use pyo3::prelude::*;
use pyo3::types::{PyComplex, PyDict, PyList, PySet, PySlice, PyString, PyTuple};
use pyo3::types::{PyDictMethods, PySetMethods};
use pyo3::IntoPyObjectExt;
use std::sync::Arc;

pub trait ToPy {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>>;

    /// Like `to_py`, giving the value up (an array created by compiled code then moves into
    /// numpy without a copy).
    fn into_py_obj(self, py: Python<'_>) -> PyResult<Py<PyAny>>
    where
        Self: Sized,
    {
        self.to_py(py)
    }

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

impl ToPy for crate::Num {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match *self {
            crate::Num::Bool(b) => b.to_py(py),
            crate::Num::Int(i) => i.to_py(py),
            crate::Num::Float(f) => f.to_py(py),
            crate::Num::NpInt(i) => NpScalar::<i64>(i).to_py(py),
            crate::Num::NpFloat(f) => NpScalar::<f64>(f).to_py(py),
        }
    }
}

/// A numpy scalar of a sized type (`numpy.float32`, `numpy.int8`…), from the value compiled
/// code computes with.
#[derive(Clone)]
pub struct NpScalar<T: Element>(pub T::Value);

impl<T: Element> ToPy for NpScalar<T> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let a =
            PyArray1::<T::Dtype>::from_vec(py, crate::numpy::element::storage_into_dtype::<T>(vec![T::store(self.0)]));
        Ok(a.get_item(0)?.unbind())
    }
}

/// The argument object itself, returned where the function returns its parameter as it came
/// (CPython's result *is* the argument: `True` given for an `int` stays `True`).
pub struct Same(pub Py<PyAny>);

impl ToPy for Same {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(self.0.clone_ref(py))
    }

    fn into_py_obj(self, _py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(self.0)
    }
}

/// The argument object where the function returned its parameter as it came on this path
/// (`Some`), else the computed value.
pub struct SameOr<T>(pub Option<Py<PyAny>>, pub T);

impl<T: ToPy> ToPy for SameOr<T> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match &self.0 {
            Some(o) => Ok(o.clone_ref(py)),
            None => self.1.to_py(py),
        }
    }

    fn into_py_obj(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self.0 {
            Some(o) => Ok(o),
            None => self.1.into_py_obj(py),
        }
    }
}

/// `a.dtype` returned to Python: numpy's dtype object of element type `T`.
pub struct DTypeOf<T: Element>(pub std::marker::PhantomData<T>);

impl<T: Element> Clone for DTypeOf<T> {
    fn clone(&self) -> Self {
        DTypeOf(std::marker::PhantomData)
    }
}

impl<T: Element> ToPy for DTypeOf<T> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(numpy::dtype::<T::Dtype>(py).into_any().unbind())
    }
}

/// A value that is None on some paths.
impl<T: ToPy> ToPy for Option<T> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self {
            Some(v) => v.to_py(py),
            None => Ok(py.None()),
        }
    }

    fn into_py_obj(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self {
            Some(v) => v.into_py_obj(py),
            None => Ok(py.None()),
        }
    }
}

impl ToPy for crate::NumC {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self {
            crate::NumC::Real(n) => n.to_py(py),
            crate::NumC::Complex(z) => z.to_py(py),
        }
    }
}

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

impl ToPy for Str {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(PyString::new(py, self.as_str()).into_any().unbind())
    }
}

impl<K: ToPy + Clone + crate::builtins::key::PyKey + PyRepr, V: ToPy + Clone> ToPy for Dict<K, V> {
    /// An argument dict goes back as the same object (updated if changed); a new one as a
    /// new Python dict.
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let origin = self.origin();
        if origin.is_null() {
            return Ok(self.fresh(py)?.into_any().unbind());
        }
        self.sync(py)?;
        // SAFETY: the origin is an argument of the running call, alive.
        Ok(unsafe { Bound::from_borrowed_ptr(py, origin) }.unbind())
    }

    fn sync(&self, py: Python<'_>) -> PyResult<()> {
        let origin = self.origin();
        if origin.is_null() {
            return Ok(());
        }
        if !self.take_dirty() {
            // the values may be lists the call changed in place (`d[k].reverse()`)
            for (_, v) in self.items() {
                v.sync(py)?;
            }
            return Ok(());
        }
        // SAFETY: as above.
        let target = unsafe { Bound::from_borrowed_ptr(py, origin) };
        let target = target.cast::<PyDict>()?;
        target.clear();
        for (k, v) in self.items() {
            target.set_item(k.to_py(py)?, v.to_py(py)?)?;
        }
        Ok(())
    }
}

impl<K: ToPy + Clone + crate::builtins::key::PyKey + PyRepr, V: ToPy + Clone> Dict<K, V> {
    fn fresh<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (k, v) in self.items() {
            d.set_item(k.to_py(py)?, v.to_py(py)?)?;
        }
        Ok(d)
    }
}

impl<T: ToPy + Clone + crate::builtins::key::PyKey + PyRepr> ToPy for Set<T> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let origin = self.origin();
        if origin.is_null() {
            let items = self.items().iter().map(|x| x.to_py(py)).collect::<PyResult<Vec<_>>>()?;
            return Ok(PySet::new(py, items)?.into_any().unbind());
        }
        self.sync(py)?;
        // SAFETY: the origin is an argument of the running call, alive.
        Ok(unsafe { Bound::from_borrowed_ptr(py, origin) }.unbind())
    }

    fn sync(&self, py: Python<'_>) -> PyResult<()> {
        let origin = self.origin();
        if origin.is_null() || !self.take_dirty() {
            return Ok(());
        }
        // SAFETY: as above.
        let target = unsafe { Bound::from_borrowed_ptr(py, origin) };
        let target = target.cast::<PySet>()?;
        target.clear();
        for x in self.items() {
            target.add(x.to_py(py)?)?;
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
    /// An argument comes back as the same object; a view of an argument as a numpy view of
    /// it (sharing memory); an array made by compiled code as a new numpy array (a copy here;
    /// `into_py_obj` moves it without one).
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self.base() {
            Base::None => Err(PySystemError::new_err("pyrs: returned an array variable that was never assigned")),
            Base::Python(obj) => {
                // SAFETY: the object is an argument of the running call, alive (see NdArray docs).
                let obj = unsafe { Bound::from_borrowed_ptr(py, *obj) };
                let arr = obj.cast::<PyUntypedArray>()?;
                let fields = unsafe { &*npyffi::objects::_PyArray_GET_ITEM_DATA(arr.as_array_ptr()) };
                let same_dtype = arr.dtype().is_equiv_to(&numpy::dtype::<T::Dtype>(py));
                if fields.data as *mut u8 == self.data_ptr()
                    && arr.shape() == self.shape()
                    && arr.strides() == self.strides()
                    && same_dtype
                {
                    return Ok(obj.unbind());
                }
                view_of(py, self, obj)
            }
            Base::Owned(_) | Base::Keep(_) | Base::Borrowed(_) => fresh_array(
                py,
                self.shape(),
                crate::numpy::element::storage_into_dtype::<T>(self.to_vec().into_iter().map(T::store).collect()),
            ),
        }
    }

    fn into_py_obj(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        if let Base::Owned(buf) = self.base() {
            let whole =
                self.is_c_contiguous() && self.data_ptr() == buf.as_ptr() as *mut u8 && self.size() == buf.len();
            if whole {
                let shape = self.shape();
                let Base::Owned(buf) = self.base.clone() else { unreachable!() };
                drop(self);
                return match Arc::try_unwrap(buf) {
                    Ok(buf) => {
                        // SAFETY: a returned array's elements are initialised (see `Buffer`).
                        let v = unsafe { buf.into_vec() };
                        fresh_array(py, shape, crate::numpy::element::storage_into_dtype::<T>(v))
                    }
                    // still seen by another returned value (`z, z.imag`): a copy
                    Err(buf) => {
                        // SAFETY: the buffer holds `len` initialised elements, C-contiguous here.
                        let v = unsafe { std::slice::from_raw_parts(buf.as_ptr(), buf.len()) }.to_vec();
                        fresh_array(py, shape, crate::numpy::element::storage_into_dtype::<T>(v))
                    }
                };
            }
            if Arc::strong_count(buf) == 1 && self.size() > 0 {
                // a view of a buffer nothing else sees (`np.cumsum(x)[::-1]`): the buffer moves
                // into numpy without a copy and the result is a numpy view of it, as numpy's
                // own result is a view of its temporary
                let off = self.data_ptr() as isize - buf.as_ptr() as isize;
                let Base::Owned(buf) = self.base.clone() else { unreachable!() };
                let mut view = self;
                view.base = Base::None;
                return match Arc::try_unwrap(buf) {
                    Ok(buf) => {
                        // SAFETY: a returned array's elements are initialised (see `Buffer`).
                        let v = unsafe { buf.into_vec() };
                        let flat = PyArray1::from_vec(py, crate::numpy::element::storage_into_dtype::<T>(v));
                        // SAFETY: `off` is the view's offset in the buffer, now `flat`'s memory
                        view.ptr = unsafe { (flat.data() as *mut u8).offset(off) };
                        view_of(py, &view, flat.into_any())
                    }
                    Err(buf) => {
                        view.base = Base::Owned(buf);
                        view.to_py(py)
                    }
                };
            }
        }
        self.to_py(py)
    }
}

/// A numpy array owning `data` (moved, not copied) with this shape.
fn fresh_array<E: numpy::Element, const D: usize>(
    py: Python<'_>,
    shape: [usize; D],
    data: Vec<E>,
) -> PyResult<Py<PyAny>> {
    let flat = PyArray1::<E>::from_vec(py, data);
    if D == 1 {
        return Ok(flat.into_any().unbind());
    }
    Ok(flat.reshape(shape.to_vec())?.into_any().unbind())
}

/// A numpy view of the argument `obj` with this array's pointer, shape and strides.
fn view_of<T: Element, const D: usize>(
    py: Python<'_>,
    a: &NdArray<T, D>,
    obj: Bound<'_, PyAny>,
) -> PyResult<Py<PyAny>> {
    let elem = std::mem::size_of::<T::Storage>() as isize;
    let strides: Vec<isize> = a.strides().iter().map(|s| s / elem).collect();
    let shape = numpy::ndarray::IxDyn(&a.shape());
    let strides = numpy::ndarray::IxDyn(&strides.iter().map(|s| *s as usize).collect::<Vec<_>>());
    // SAFETY: pointer, shape and strides describe the argument's own memory; the view keeps
    // the argument alive as its base.
    unsafe {
        let view = numpy::ndarray::ArrayView::<T::Dtype, _>::from_shape_ptr(
            numpy::ndarray::ShapeBuilder::strides(shape, strides),
            a.data_ptr() as *const T::Dtype,
        );
        let arr = PyArray::<T::Dtype, _>::borrow_from_array(&view, obj);
        let _ = py;
        Ok(arr.into_any().unbind())
    }
}

impl<T: ToPy + Clone> ToPy for crate::builtins::vartuple::VarTuple<T> {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let items = self.to_vec().iter().map(|x| x.to_py(py)).collect::<PyResult<Vec<_>>>()?;
        Ok(PyTuple::new(py, items)?.into_any().unbind())
    }
}

macro_rules! tuple_to_py {
    ($($t:ident $i:tt),*) => {
        impl<$($t: ToPy),*> ToPy for ($($t,)*) {
            fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                let items = [$(self.$i.to_py(py)?),*];
                Ok(PyTuple::new(py, items)?.into_any().unbind())
            }

            fn into_py_obj(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                let items = [$(self.$i.into_py_obj(py)?),*];
                Ok(PyTuple::new(py, items)?.into_any().unbind())
            }

            /// lists in an argument tuple the call changed in place
            fn sync(&self, py: Python<'_>) -> PyResult<()> {
                $(self.$i.sync(py)?;)*
                Ok(())
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
tuple_to_py!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
tuple_to_py!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
tuple_to_py!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
tuple_to_py!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

/// After a call: write changes of a list argument back into the caller's list.
pub fn sync<T: ToPy>(py: Python<'_>, arg: &T) -> PyResult<()> {
    arg.sync(py)
}
