//! `# export ufunc f(float64, float64)` and `# export gufunc f(...) (n),()->(n)`: a compiled
//! function exported as a real `numpy.ufunc`.
//!
//! numpy owns everything around the inner loop — broadcasting, `out=`, casting of the inputs to
//! a loop's dtypes, `reduce`/`accumulate`, the buffered iteration — and calls one inner loop per
//! export line (one dtype loop) with pointers and strides. The loops are numpy 2's ArrayMethod
//! loops (`PyUFunc_AddLoopFromSpec`): they return -1 with the exception set when the compiled
//! function raises, so `ZeroDivisionError` inside reaches the caller as the plain function
//! raises it, for the first failing element (the elements before it are written). The ufunc is
//! created without legacy loops (numpy would register them first and refuse ours), and its
//! `types` table is filled afterwards, so that `f.types` lists the loops and numpy's legacy type
//! resolution casts other inputs (`int64` arrays, Python ints) safely to a loop's dtypes.
//! Under numpy 1.x (no ArrayMethod API) the same loops are registered as legacy loops; an
//! exception inside then surfaces as numpy's `SystemError` around it.
//!
//! The loops run with the GIL released (numpy releases it for numeric dtypes); an error takes
//! it back to set the exception. Floating-point flags are not turned into numpy warnings: the
//! function computes with Python's numbers, whose operations raise or stay silent as CPython's.

use super::call::{interrupted, run};
use crate::error::Result;
use crate::numpy::element::Element;
use crate::numpy::ndarray::NdArray;
use numpy::PyArrayDescrMethods;
use pyo3::exceptions::PySystemError;
use pyo3::prelude::*;
use pyo3::types::PyCapsule;
use std::ffi::{c_char, c_int, c_void, CStr};

/// numpy 2's `PyArrayMethod_StridedLoop` (context, data, dimensions, strides, auxdata).
pub type StridedLoop =
    unsafe extern "C" fn(*mut c_void, *const *mut c_char, *const isize, *const isize, *mut c_void) -> c_int;
/// The legacy `PyUFuncGenericFunction` (args, dimensions, steps, data).
pub type LegacyLoop = unsafe extern "C" fn(*mut *mut c_char, *const isize, *const isize, *mut c_void);

/// A tuple of element types (`(f64, f64)`): the inputs or the outputs of one loop.
pub trait Operands {
    /// What the compiled function takes or returns: the elements' values.
    type Values;
    const N: usize;
    /// Element `i` of the operands starting at `data[first]`.
    ///
    /// # Safety
    /// `data` and `strides` hold at least `first + N` entries describing valid memory.
    unsafe fn load(data: *const *mut c_char, strides: *const isize, first: usize, i: isize) -> Self::Values;
    /// # Safety
    /// As [`Operands::load`], the memory writeable.
    unsafe fn store(data: *const *mut c_char, strides: *const isize, first: usize, i: isize, v: Self::Values);
    fn type_nums(py: Python<'_>, out: &mut Vec<(c_int, *mut pyo3::ffi::PyObject)>);
}

macro_rules! operands {
    ($n:literal; $($t:ident $k:tt),*) => {
        impl<$($t: Element),*> Operands for ($($t,)*) {
            type Values = ($($t::Value,)*);
            const N: usize = $n;
            #[inline(always)]
            unsafe fn load(data: *const *mut c_char, strides: *const isize, first: usize, i: isize) -> Self::Values {
                ($(
                    $t::load(
                        (*data.add(first + $k)).offset(i * *strides.add(first + $k)).cast::<$t::Storage>().read_unaligned(),
                    ),
                )*)
            }
            #[inline(always)]
            unsafe fn store(data: *const *mut c_char, strides: *const isize, first: usize, i: isize, v: Self::Values) {
                $(
                    (*data.add(first + $k))
                        .offset(i * *strides.add(first + $k))
                        .cast::<$t::Storage>()
                        .write_unaligned($t::store(v.$k));
                )*
            }
            fn type_nums(py: Python<'_>, out: &mut Vec<(c_int, *mut pyo3::ffi::PyObject)>) {
                $(
                    let d = numpy::dtype::<$t::Dtype>(py);
                    out.push((d.num(), d.get_type().as_ptr()));
                )*
            }
        }
    };
}
operands!(1; A 0);
operands!(2; A 0, B 1);
operands!(3; A 0, B 1, C 2);
operands!(4; A 0, B 1, C 2, D 3);
operands!(5; A 0, B 1, C 2, D 3, E 4);
operands!(6; A 0, B 1, C 2, D 3, E 4, F 5);

/// One dtype loop of an element-wise ufunc: the compiled function on one element of each input.
pub trait Kernel: 'static {
    type In: Operands;
    type Out: Operands;
    fn call(x: <Self::In as Operands>::Values) -> Result<<Self::Out as Operands>::Values>;
}

/// One dtype loop of a gufunc: the compiled function on the core blocks of one outer index.
pub trait GKernel: 'static {
    /// the operands' element types, inputs then outputs
    type Args: Operands;
    /// the number of distinct core dimension names (`(n),()->(n)`: 1)
    const CORE_DIMS: usize;
    /// the number of core dimensions of all arguments together (`(n),()->(n)`: 2)
    const CORE_STRIDES: usize;
    /// `data`: a pointer per argument; `dims`: the extent of each core dimension name;
    /// `strides`: the strides of each argument's core dimensions, argument after argument
    ///
    /// # Safety
    /// The pointers, extents and strides describe valid blocks, as numpy passes them.
    unsafe fn call(data: &[*mut u8], dims: &[usize], strides: &[isize]) -> Result<()>;
}

/// Takes the GIL to set the exception of a failed loop; -1 for numpy.
fn raise(out: std::thread::Result<Result<()>>) -> c_int {
    match out {
        Ok(Ok(())) => 0,
        Ok(Err(e)) => {
            Python::attach(|py| interrupted(py, e).restore(py));
            -1
        }
        Err(_) => {
            Python::attach(|py| {
                PySystemError::new_err(
                    "internal error in pyrs-compiled code (please report it): a panic in a ufunc loop",
                )
                .restore(py)
            });
            -1
        }
    }
}

/// The ArrayMethod loop of an element-wise kernel.
///
/// # Safety
/// Called by numpy with its loop arguments.
pub unsafe extern "C" fn strided<K: Kernel>(
    _context: *mut c_void,
    data: *const *mut c_char,
    dims: *const isize,
    strides: *const isize,
    _aux: *mut c_void,
) -> c_int {
    let n = *dims;
    raise(run(|| {
        for i in 0..n {
            let x = K::In::load(data, strides, 0, i);
            let y = K::call(x)?;
            K::Out::store(data, strides, K::In::N, i, y);
        }
        Ok(())
    }))
}

/// The legacy loop of an element-wise kernel (numpy 1.x).
///
/// # Safety
/// Called by numpy with its loop arguments.
pub unsafe extern "C" fn legacy<K: Kernel>(
    data: *mut *mut c_char,
    dims: *const isize,
    steps: *const isize,
    _user: *mut c_void,
) {
    strided::<K>(std::ptr::null_mut(), data, dims, steps, std::ptr::null_mut());
}

/// The ArrayMethod loop of a gufunc kernel: `dims` = outer extent then the core extents;
/// `strides` = the outer stride of each argument, then the core strides.
///
/// # Safety
/// Called by numpy with its loop arguments.
pub unsafe extern "C" fn gstrided<K: GKernel>(
    _context: *mut c_void,
    data: *const *mut c_char,
    dims: *const isize,
    strides: *const isize,
    _aux: *mut c_void,
) -> c_int {
    let nargs = K::Args::N;
    let n = *dims;
    let core: Vec<usize> = (0..K::CORE_DIMS).map(|k| *dims.add(1 + k) as usize).collect();
    let outer = std::slice::from_raw_parts(strides, nargs);
    let core_strides = std::slice::from_raw_parts(strides.add(nargs), K::CORE_STRIDES);
    let mut ptrs: Vec<*mut u8> = (0..nargs).map(|k| *data.add(k) as *mut u8).collect();
    raise(run(|| {
        for _ in 0..n {
            K::call(&ptrs, &core, core_strides)?;
            for (p, s) in ptrs.iter_mut().zip(outer) {
                *p = p.offset(*s);
            }
        }
        Ok(())
    }))
}

/// The legacy loop of a gufunc kernel (numpy 1.x).
///
/// # Safety
/// Called by numpy with its loop arguments.
pub unsafe extern "C" fn glegacy<K: GKernel>(
    data: *mut *mut c_char,
    dims: *const isize,
    steps: *const isize,
    _user: *mut c_void,
) {
    gstrided::<K>(std::ptr::null_mut(), data, dims, steps, std::ptr::null_mut());
}

/// A core block of a gufunc argument as an array (`(n)` of `float64[]`), a view of numpy's
/// memory for one call of the compiled function.
///
/// # Safety
/// `ptr`, `shape` and `strides` describe valid memory for the duration of the call.
pub unsafe fn core_array<T: Element, const D: usize>(
    ptr: *mut u8,
    shape: [usize; D],
    strides: [isize; D],
) -> NdArray<T, D> {
    NdArray::from_raw_parts(ptr, shape, strides, true, std::ptr::null_mut())
}

/// A `()` input of a gufunc: the element.
///
/// # Safety
/// `ptr` points to a valid element.
pub unsafe fn core_scalar<T: Element>(ptr: *mut u8) -> T::Value {
    T::load(ptr.cast::<T::Storage>().read_unaligned())
}

/// One dtype loop: its ArrayMethod loop, its legacy loop and its operands' dtypes.
pub struct Loop {
    pub strided: StridedLoop,
    pub legacy: LegacyLoop,
    pub dtypes: fn(Python<'_>, &mut Vec<(c_int, *mut pyo3::ffi::PyObject)>),
}

impl Loop {
    pub fn of<K: Kernel>() -> Loop {
        Loop {
            strided: strided::<K>,
            legacy: legacy::<K>,
            dtypes: |py, out| {
                K::In::type_nums(py, out);
                K::Out::type_nums(py, out);
            },
        }
    }

    pub fn of_gufunc<K: GKernel>() -> Loop {
        Loop { strided: gstrided::<K>, legacy: glegacy::<K>, dtypes: K::Args::type_nums }
    }
}

/// numpy's `PyArrayMethod_Spec`.
#[repr(C)]
struct MethodSpec {
    name: *const c_char,
    nin: c_int,
    nout: c_int,
    casting: c_int,
    flags: c_int,
    dtypes: *mut *mut pyo3::ffi::PyObject,
    slots: *mut Slot,
}

#[repr(C)]
struct Slot {
    slot: c_int,
    pfunc: *mut c_void,
}

/// The head of numpy's `PyUFuncObject`, the same in numpy 1.x and 2.x.
#[repr(C)]
struct UFuncHead {
    ob_base: pyo3::ffi::PyObject,
    nin: c_int,
    nout: c_int,
    nargs: c_int,
    identity: c_int,
    functions: *mut LegacyLoop,
    data: *mut *mut c_void,
    ntypes: c_int,
    reserved1: c_int,
    name: *const c_char,
    types: *mut c_char,
}

const NPY_METH_STRIDED_LOOP: c_int = 5;
const NPY_METH_NO_FLOATINGPOINT_ERRORS: c_int = 1 << 1;
const PYUFUNC_NONE: c_int = -1;

type FromFuncAndDataAndSignature = unsafe extern "C" fn(
    *mut LegacyLoop,
    *mut *mut c_void,
    *mut c_char,
    c_int,
    c_int,
    c_int,
    c_int,
    *const c_char,
    *const c_char,
    c_int,
    *const c_char,
) -> *mut pyo3::ffi::PyObject;
type AddLoopFromSpec = unsafe extern "C" fn(*mut pyo3::ffi::PyObject, *mut MethodSpec) -> c_int;

fn leak<T>(v: Vec<T>) -> *mut T {
    Box::leak(v.into_boxed_slice()).as_mut_ptr()
}

/// The ufunc `name` with one dtype loop per entry of `loops` (a gufunc when `signature` is
/// given): created once, when the module is imported (its tables live as long as the process).
pub fn make<'py>(
    py: Python<'py>,
    name: &'static CStr,
    doc: &'static CStr,
    nin: usize,
    nout: usize,
    signature: Option<&'static CStr>,
    loops: &[Loop],
) -> PyResult<Bound<'py, PyAny>> {
    let np = py.import("numpy")?;
    let version: String = np.getattr("__version__")?.extract()?;
    let numpy2 = !version.starts_with("1.");
    let umath = py.import(if numpy2 { "numpy._core._multiarray_umath" } else { "numpy.core._multiarray_umath" })?;
    let capsule = umath.getattr("_UFUNC_API")?.cast_into::<PyCapsule>()?;
    let table = capsule.pointer_checked(None)?.as_ptr() as *const *const c_void;
    let mut types: Vec<c_char> = Vec::new();
    let mut metas: Vec<Vec<*mut pyo3::ffi::PyObject>> = Vec::new();
    for l in loops {
        let mut d = Vec::new();
        (l.dtypes)(py, &mut d);
        if d.len() != nin + nout {
            return Err(PySystemError::new_err("pyrs: a ufunc loop with the wrong number of operands"));
        }
        types.extend(d.iter().map(|(num, _)| *num as c_char));
        metas.push(d.into_iter().map(|(_, meta)| meta).collect());
    }
    let ntypes = loops.len() as c_int;
    let functions = leak(loops.iter().map(|l| l.legacy).collect());
    let data = leak(vec![std::ptr::null_mut::<c_void>(); loops.len()]);
    let types = leak(types);
    // SAFETY: entry 31 of numpy's ufunc API table is `PyUFunc_FromFuncAndDataAndSignature` in
    // numpy 1.x and 2.x; 43 is `PyUFunc_AddLoopFromSpec` in numpy 2.x
    let create: FromFuncAndDataAndSignature = unsafe { std::mem::transmute(*table.add(31)) };
    let sig = signature.map_or(std::ptr::null(), |s| s.as_ptr());
    let ufunc = if numpy2 {
        let u = unsafe {
            create(
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                0,
                nin as c_int,
                nout as c_int,
                PYUFUNC_NONE,
                name.as_ptr(),
                doc.as_ptr(),
                0,
                sig,
            )
        };
        let u = unsafe { Bound::from_owned_ptr_or_err(py, u)? };
        let add: AddLoopFromSpec = unsafe { std::mem::transmute(*table.add(43)) };
        for (l, dtypes) in loops.iter().zip(&mut metas) {
            let mut slots = [
                Slot { slot: NPY_METH_STRIDED_LOOP, pfunc: l.strided as *mut c_void },
                Slot { slot: 0, pfunc: std::ptr::null_mut() },
            ];
            let mut spec = MethodSpec {
                name: name.as_ptr(),
                nin: nin as c_int,
                nout: nout as c_int,
                casting: 0,
                flags: NPY_METH_NO_FLOATINGPOINT_ERRORS,
                dtypes: dtypes.as_mut_ptr(),
                slots: slots.as_mut_ptr(),
            };
            if unsafe { add(u.as_ptr(), &mut spec) } < 0 {
                return Err(PyErr::fetch(py));
            }
        }
        // SAFETY: `u` is a ufunc; the tables are leaked (they live as long as the process)
        unsafe {
            let head = u.as_ptr() as *mut UFuncHead;
            (*head).functions = functions;
            (*head).data = data;
            (*head).types = types;
            (*head).ntypes = ntypes;
        }
        u
    } else {
        let u = unsafe {
            create(
                functions,
                data,
                types,
                ntypes,
                nin as c_int,
                nout as c_int,
                PYUFUNC_NONE,
                name.as_ptr(),
                doc.as_ptr(),
                0,
                sig,
            )
        };
        unsafe { Bound::from_owned_ptr_or_err(py, u)? }
    };
    Ok(ufunc)
}
