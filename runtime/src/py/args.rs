//! Converting the Python arguments of a call for overload dispatch.
//!
//! The generated wrapper of an exported function tries its overloads in the order of the export
//! lines, twice: first [`Pass::Exact`] (each argument must have exactly the annotated kind:
//! `int` for int, `float` or `np.float64` for float, ...), then [`Pass::Widen`] (Python's numeric
//! tower: a bool or int is accepted for float, a float for complex). The first overload whose
//! arguments all convert is called. Arrays are never copied: a contiguous signature given a
//! non-contiguous view does not match (Pythran's behaviour) and the error says so; a 2-D one also
//! takes a Fortran-ordered array (`x.T` of a C-contiguous `x`), as Pythran does.

use super::describe::describe;
use crate::builtins::dict::{Dict, Set};
use crate::builtins::format::PyRepr;
use crate::builtins::list::List;
use crate::builtins::str::Str;
use crate::numpy::element::Element;
use crate::numpy::ndarray::NdArray;
use num_complex::Complex64;
use numpy::npyffi::{self, NPY_ARRAY_WRITEABLE};
use numpy::{PyArrayDescrMethods, PyUntypedArray, PyUntypedArrayMethods};
use pyo3::exceptions::{PyOverflowError, PyTypeError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyComplex, PyDict, PyFloat, PyFrozenSet, PyInt, PyList, PySet, PyString, PyTuple, PyType};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pass {
    Exact,
    Widen,
}

pub const PASSES: [Pass; 2] = [Pass::Exact, Pass::Widen];

/// Memory layout an array argument must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// `T[]`, `T[:]`: C-contiguous
    Contiguous,
    /// `T[::]`: any strides
    Strided,
    /// `T[:,:] order(F)`: Fortran-contiguous (compiled code reads it through its strides)
    Fortran,
}

static NP_INTEGER: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static NP_BOOL: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static NP_FLOATING: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static NP_LONGDOUBLE: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// At import of a compiled module: imports numpy and looks up what argument conversion
/// asks of it, so that no call runs Python code (numpy's import) between copying a list
/// argument in and writing it back, where another thread could change the list (see
/// `crate::py::call`).
/// Without numpy installed the module still imports (a module of scalar and list functions
/// needs none): its array functions then fail at the call, with numpy's ImportError.
pub fn prepare(py: Python<'_>) -> PyResult<()> {
    if py.import("numpy").is_err() {
        return Ok(());
    }
    NP_INTEGER.import(py, "numpy", "integer")?;
    NP_BOOL.import(py, "numpy", "bool_")?;
    NP_FLOATING.import(py, "numpy", "floating")?;
    NP_LONGDOUBLE.import(py, "numpy", "longdouble")?;
    let _ = <f64 as numpy::Element>::get_dtype(py);
    Ok(())
}

fn is_np_integer(obj: &Bound<'_, PyAny>) -> bool {
    match NP_INTEGER.import(obj.py(), "numpy", "integer") {
        Ok(t) => obj.is_instance(t).unwrap_or(false),
        Err(_) => false,
    }
}

/// A numpy float scalar narrower than float64 (`np.float32(0.4)`, float16): its value is
/// exact as a float64 (a `longdouble` is not, and is not taken).
fn is_np_floating(obj: &Bound<'_, PyAny>) -> bool {
    let py = obj.py();
    match (NP_FLOATING.import(py, "numpy", "floating"), NP_LONGDOUBLE.import(py, "numpy", "longdouble")) {
        (Ok(f), Ok(l)) => obj.is_instance(f).unwrap_or(false) && !obj.is_instance(l).unwrap_or(true),
        _ => false,
    }
}

fn is_np_bool(obj: &Bound<'_, PyAny>) -> bool {
    match NP_BOOL.import(obj.py(), "numpy", "bool_") {
        Ok(t) => obj.is_instance(t).unwrap_or(false),
        Err(_) => false,
    }
}

/// A Rust value that a Python argument converts to. `Ok(None)`: this argument does not match
/// (try the next overload); `Err`: the call fails right away (e.g. an int beyond 64 bits).
pub trait FromPy: Sized {
    fn from_py(obj: &Bound<'_, PyAny>, pass: Pass) -> PyResult<Option<Self>>;
}

fn int_value(obj: &Bound<'_, PyAny>) -> PyResult<i64> {
    obj.extract::<i64>().map_err(|e| {
        if e.is_instance_of::<PyOverflowError>(obj.py()) {
            PyOverflowError::new_err(format!(
                "int {} does not fit in 64 bits (pyrs ints are 64-bit)",
                obj.str().map(|s| s.to_string()).unwrap_or_default()
            ))
        } else {
            e
        }
    })
}

impl FromPy for i64 {
    fn from_py(obj: &Bound<'_, PyAny>, pass: Pass) -> PyResult<Option<Self>> {
        let is_bool = obj.is_instance_of::<PyBool>() || is_np_bool(obj);
        let exact = (obj.is_instance_of::<PyInt>() && !is_bool) || is_np_integer(obj);
        if exact || (pass == Pass::Widen && is_bool) {
            return int_value(obj).map(Some);
        }
        Ok(None)
    }
}

impl FromPy for f64 {
    fn from_py(obj: &Bound<'_, PyAny>, pass: Pass) -> PyResult<Option<Self>> {
        if obj.is_instance_of::<PyFloat>() {
            return obj.extract::<f64>().map(Some);
        }
        if pass == Pass::Widen
            && (obj.is_instance_of::<PyInt>() || is_np_integer(obj) || is_np_bool(obj) || is_np_floating(obj))
        {
            return obj.extract::<f64>().map(Some);
        }
        Ok(None)
    }
}

impl FromPy for Complex64 {
    fn from_py(obj: &Bound<'_, PyAny>, pass: Pass) -> PyResult<Option<Self>> {
        if let Ok(c) = obj.cast::<PyComplex>() {
            return Ok(Some(Complex64::new(c.real(), c.imag())));
        }
        if pass == Pass::Widen {
            if let Some(x) = f64::from_py(obj, Pass::Widen)? {
                return Ok(Some(Complex64::new(x, 0.0)));
            }
        }
        Ok(None)
    }
}

/// An item of a list that a `float list` annotation takes when the list holds ints (or bools)
/// among its floats: each item keeps its own type, as in CPython (the wrapper's int-or-float
/// twin of a signature with float lists). A numpy scalar becomes the Python number, as for a
/// scalar argument.
impl FromPy for crate::Num {
    fn from_py(obj: &Bound<'_, PyAny>, _pass: Pass) -> PyResult<Option<Self>> {
        if obj.is_instance_of::<PyBool>() || is_np_bool(obj) {
            return obj.is_truthy().map(|b| Some(crate::Num::Bool(b)));
        }
        if obj.is_instance_of::<PyInt>() || is_np_integer(obj) {
            return int_value(obj).map(|i| Some(crate::Num::Int(i)));
        }
        if obj.is_instance_of::<PyFloat>() {
            return obj.extract::<f64>().map(|f| Some(crate::Num::Float(f)));
        }
        Ok(None)
    }
}

/// An item of a list that a `complex list` annotation takes when the list holds real numbers
/// among its complex ones, or when compiled code stores one into it: each item keeps its own
/// type, as in CPython (the wrapper's twin of a signature with complex lists).
impl FromPy for crate::NumC {
    fn from_py(obj: &Bound<'_, PyAny>, pass: Pass) -> PyResult<Option<Self>> {
        if let Ok(c) = obj.cast::<PyComplex>() {
            return Ok(Some(crate::NumC::Complex(Complex64::new(c.real(), c.imag()))));
        }
        Ok(crate::Num::from_py(obj, pass)?.map(crate::NumC::Real))
    }
}

impl FromPy for bool {
    fn from_py(obj: &Bound<'_, PyAny>, _pass: Pass) -> PyResult<Option<Self>> {
        if obj.is_instance_of::<PyBool>() || is_np_bool(obj) {
            return obj.is_truthy().map(Some);
        }
        Ok(None)
    }
}

/// A Python list converts element by element into a new [`List`] that remembers where it came
/// from: changes are written back into the caller's list after the call (see [`List`]).
impl<T: FromPy + Clone> FromPy for List<T> {
    fn from_py(obj: &Bound<'_, PyAny>, pass: Pass) -> PyResult<Option<Self>> {
        let Ok(list) = obj.cast::<PyList>() else {
            return Ok(None);
        };
        let mut v = Vec::with_capacity(list.len());
        for item in list.iter() {
            match T::from_py(&item, pass)? {
                Some(x) => v.push(x),
                None => return Ok(None),
            }
        }
        Ok(Some(List::from_python(v, obj.as_ptr())))
    }
}

impl FromPy for Str {
    fn from_py(obj: &Bound<'_, PyAny>, _pass: Pass) -> PyResult<Option<Self>> {
        match obj.cast::<PyString>() {
            Ok(s) => Ok(Some(Str::from(s.to_cow()?.as_ref()))),
            Err(_) => Ok(None),
        }
    }
}

/// The value of a numpy scalar of a sized dtype, in the wide type compiled code computes with.
pub trait NpScalarValue: Sized {
    fn value(obj: &Bound<'_, PyAny>) -> PyResult<Self>;
}

impl NpScalarValue for i64 {
    fn value(obj: &Bound<'_, PyAny>) -> PyResult<Self> {
        int_value(obj)
    }
}

impl NpScalarValue for f64 {
    fn value(obj: &Bound<'_, PyAny>) -> PyResult<Self> {
        obj.extract::<f64>()
    }
}

/// `None` for a `None` annotation.
impl FromPy for () {
    fn from_py(obj: &Bound<'_, PyAny>, _pass: Pass) -> PyResult<Option<Self>> {
        Ok(if obj.is_none() { Some(()) } else { None })
    }
}

/// A Python dict converts item by item into a new [`Dict`] that remembers where it came from
/// (changes are written back after the call, as for lists).
impl<K: FromPy + crate::builtins::key::PyKey + PyRepr, V: FromPy + Clone> FromPy for Dict<K, V> {
    fn from_py(obj: &Bound<'_, PyAny>, pass: Pass) -> PyResult<Option<Self>> {
        let Ok(d) = obj.cast::<PyDict>() else {
            return Ok(None);
        };
        let mut v = Vec::with_capacity(d.len());
        for (k, x) in d.iter() {
            match (K::from_py(&k, pass)?, V::from_py(&x, pass)?) {
                (Some(k), Some(x)) => v.push((k, x)),
                _ => return Ok(None),
            }
        }
        Ok(Some(Dict::from_python(v, obj.as_ptr())))
    }
}

impl<T: FromPy + crate::builtins::key::PyKey + PyRepr> FromPy for Set<T> {
    fn from_py(obj: &Bound<'_, PyAny>, pass: Pass) -> PyResult<Option<Self>> {
        let mut v = Vec::new();
        let items: Vec<Bound<'_, PyAny>> = if let Ok(s) = obj.cast::<PySet>() {
            s.iter().collect()
        } else if let Ok(s) = obj.cast::<PyFrozenSet>() {
            s.iter().collect()
        } else {
            return Ok(None);
        };
        for x in items {
            match T::from_py(&x, pass)? {
                Some(x) => v.push(x),
                None => return Ok(None),
            }
        }
        let origin = if obj.is_instance_of::<PySet>() { obj.as_ptr() } else { std::ptr::null_mut() };
        Ok(Some(Set::from_python(v, origin)))
    }
}

macro_rules! tuple_from_py {
    ($n:literal; $($t:ident $i:tt),*) => {
        impl<$($t: FromPy),*> FromPy for ($($t,)*) {
            fn from_py(obj: &Bound<'_, PyAny>, pass: Pass) -> PyResult<Option<Self>> {
                let Ok(t) = obj.cast::<PyTuple>() else { return Ok(None) };
                if t.len() != $n {
                    return Ok(None);
                }
                Ok(Some(($(match $t::from_py(&t.get_item($i)?, pass)? {
                    Some(x) => x,
                    None => return Ok(None),
                },)*)))
            }
        }
    };
}
tuple_from_py!(1; A 0);
tuple_from_py!(2; A 0, B 1);
tuple_from_py!(3; A 0, B 1, C 2);
tuple_from_py!(4; A 0, B 1, C 2, D 3);
tuple_from_py!(5; A 0, B 1, C 2, D 3, E 4);
tuple_from_py!(6; A 0, B 1, C 2, D 3, E 4, F 5);
tuple_from_py!(7; A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_from_py!(8; A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);

/// Whether an array argument is a `numpy.ma.MaskedArray`. An exact ndarray (almost every
/// argument) is not; a subclass is looked up in `sys.modules` (a masked array exists only once
/// `numpy.ma` is imported), so that no Python code runs here.
fn is_masked(obj: &Bound<'_, PyAny>) -> bool {
    let py = obj.py();
    if obj.get_type().is(<PyUntypedArray as pyo3::PyTypeInfo>::type_object(py)) {
        return false;
    }
    let Ok(modules) = py.import("sys").and_then(|sys| sys.getattr("modules")) else { return false };
    let Ok(ma) = modules.get_item("numpy.ma") else { return false };
    match ma.getattr("MaskedArray") {
        Ok(t) => obj.is_instance(&t).unwrap_or(false),
        Err(_) => false,
    }
}

/// A numpy array with element type `T` and `D` dimensions, shared (not copied).
pub fn array<T: Element, const D: usize>(obj: &Bound<'_, PyAny>, layout: Layout) -> PyResult<Option<NdArray<T, D>>> {
    let Ok(arr) = obj.cast::<PyUntypedArray>() else {
        return Ok(None);
    };
    if is_masked(obj) {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "numpy masked arrays (numpy.ma) are not supported by pyrs-compiled functions: the mask would be \
             ignored; pass `a.filled(value)` or `a.data`",
        ));
    }
    if arr.ndim() != D {
        return Ok(None);
    }
    let want = <T::Dtype as numpy::Element>::get_dtype(obj.py());
    let dtype = arr.dtype();
    // the builtin descriptor itself (most arrays) without numpy's equivalence test
    if !dtype.is(&want) && !dtype.is_equiv_to(&want) {
        return Ok(None);
    }
    // a 2-D signature also takes the transpose of a C-contiguous array (Fortran-ordered), read
    // through its strides, as Pythran's 2-D array arguments do
    if layout == Layout::Contiguous && !arr.is_c_contiguous() && !(D == 2 && arr.is_fortran_contiguous()) {
        return Ok(None);
    }
    if layout == Layout::Fortran && !arr.is_fortran_contiguous() {
        return Ok(None);
    }
    let mut shape = [0usize; D];
    let mut strides = [0isize; D];
    shape.copy_from_slice(arr.shape());
    strides.copy_from_slice(arr.strides());
    // SAFETY: `arr` is a live numpy array; its fields describe its own buffer, which stays alive
    // as long as the argument object, i.e. for the whole call.
    unsafe {
        let fields = npyffi::objects::_PyArray_GET_ITEM_DATA(arr.as_array_ptr());
        let data = (*fields).data as *mut u8;
        let writeable = (*fields).flags & NPY_ARRAY_WRITEABLE != 0;
        Ok(Some(NdArray::from_raw_parts(data, shape, strides, writeable, obj.as_ptr())))
    }
}

/// Parameter slots: inline for up to `INLINE` parameters, so that a call allocates nothing
/// here (small kernels such as `dot` pay the per-call cost on every call).
const INLINE: usize = 8;

enum Slots<'py> {
    Inline([Option<Bound<'py, PyAny>>; INLINE], usize),
    Heap(Vec<Option<Bound<'py, PyAny>>>),
}

impl<'py> Slots<'py> {
    fn new(n: usize) -> Self {
        if n <= INLINE {
            Slots::Inline(std::array::from_fn(|_| None), n)
        } else {
            Slots::Heap(vec![None; n])
        }
    }
}

impl<'py> std::ops::Deref for Slots<'py> {
    type Target = [Option<Bound<'py, PyAny>>];
    fn deref(&self) -> &Self::Target {
        match self {
            Slots::Inline(a, n) => &a[..*n],
            Slots::Heap(v) => v,
        }
    }
}

impl std::ops::DerefMut for Slots<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        match self {
            Slots::Inline(a, n) => &mut a[..*n],
            Slots::Heap(v) => v,
        }
    }
}

/// The arguments of one call, positional and keyword merged into parameter slots.
pub struct Args<'py> {
    func: &'static str,
    slots: Slots<'py>,
    /// number of leading filled slots, or `None` if a later slot is filled after a gap
    arity: Option<usize>,
    signatures: &'static [&'static str],
}

impl<'py> Args<'py> {
    pub fn new(
        func: &'static str,
        params: &'static [&'static str],
        signatures: &'static [&'static str],
        args: &Bound<'py, PyTuple>,
        kwargs: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Args<'py>> {
        let n = args.len().max(params.len());
        let mut slots = Slots::new(n);
        for (i, a) in args.iter().enumerate() {
            slots[i] = Some(a);
        }
        if let Some(kw) = kwargs {
            for (k, v) in kw.iter() {
                let key: String = k.extract()?;
                let Some(i) = params.iter().position(|p| *p == key) else {
                    return Err(PyTypeError::new_err(format!("{func}() got an unexpected keyword argument '{key}'")));
                };
                if slots[i].is_some() {
                    return Err(PyTypeError::new_err(format!("{func}() got multiple values for argument '{key}'")));
                }
                slots[i] = Some(v);
            }
        }
        let filled = slots.iter().take_while(|s| s.is_some()).count();
        let arity = if slots[filled..].iter().all(|s| s.is_none()) { Some(filled) } else { None };
        Ok(Args { func, slots, arity, signatures })
    }

    /// Whether exactly `n` arguments were given (without gaps).
    #[inline]
    pub fn arity_is(&self, n: usize) -> bool {
        self.arity == Some(n)
    }

    #[inline]
    fn slot(&self, i: usize) -> &Bound<'py, PyAny> {
        self.slots[i].as_ref().expect("arity checked by the caller")
    }

    /// The Python object given for parameter `i`.
    pub fn object(&self, i: usize) -> Py<PyAny> {
        self.slot(i).clone().unbind()
    }

    pub fn get<T: FromPy>(&self, i: usize, pass: Pass) -> PyResult<Option<T>> {
        T::from_py(self.slot(i), pass)
    }

    /// A numpy scalar of exactly the dtype `numpy.<dtype>` (`np.uint8(3)` for a `uint8`
    /// parameter), as the value compiled code computes with; anything else does not match.
    pub fn np_scalar<T: NpScalarValue>(&self, i: usize, dtype: &str) -> PyResult<Option<T>> {
        let obj = self.slot(i);
        let py = obj.py();
        let Ok(t) = py.import("numpy").and_then(|np| np.getattr(dtype)) else {
            return Ok(None);
        };
        if !obj.get_type().is(&t) {
            return Ok(None);
        }
        T::value(obj).map(Some)
    }

    /// A sized-int argument (`int8`, `uint32`, ...): a Python or numpy int in `lo..=hi`.
    pub fn int_in(&self, i: usize, pass: Pass, lo: i64, hi: i64) -> PyResult<Option<i64>> {
        Ok(i64::from_py(self.slot(i), pass)?.filter(|v| (lo..=hi).contains(v)))
    }

    pub fn array<T: Element, const D: usize>(&self, i: usize, layout: Layout) -> PyResult<Option<NdArray<T, D>>> {
        array(self.slot(i), layout)
    }

    /// An array whose annotation fixes some extents (`float64[:,3]`): one of another shape
    /// does not match this signature.
    pub fn array_fixed<T: Element, const D: usize>(
        &self,
        i: usize,
        layout: Layout,
        extents: [Option<usize>; D],
    ) -> PyResult<Option<NdArray<T, D>>> {
        Ok(array(self.slot(i), layout)?.filter(|a| {
            let shape = a.shape();
            extents.iter().zip(shape.iter()).all(|(e, n)| e.is_none_or(|e| e == *n))
        }))
    }

    /// The `TypeError` of a call that matches no signature.
    pub fn no_match(&self) -> PyErr {
        let given: Vec<String> = self
            .slots
            .iter()
            .map(|s| match s {
                Some(o) => describe(o),
                None => "<missing>".to_owned(),
            })
            .collect();
        let mut msg = format!(
            "{}() has no signature for the arguments given: ({})\naccepted signature{}:",
            self.func,
            given.join(", "),
            if self.signatures.len() == 1 { "" } else { "s" }
        );
        for s in self.signatures {
            msg.push_str("\n    ");
            msg.push_str(s);
        }
        if given.iter().any(|g| g.contains("non-contiguous") || g.contains("Fortran")) {
            msg.push_str(
                "\nnote: a contiguous array type (`T[]`, `T[:]`) does not accept a non-contiguous \
                 array and pyrs never copies silently; pass np.ascontiguousarray(a) or export a \
                 strided type `T[::]`",
            );
        }
        PyTypeError::new_err(msg)
    }
}
