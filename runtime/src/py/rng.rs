//! `numpy.random.Generator` objects in compiled code (an argument annotated `Generator`, or
//! `np.random.default_rng(seed)` called by compiled code): the Python object itself, drawn
//! from through its bit generator's `bitgen_t` (the `capsule` numpy publishes for native
//! code) with [`crate::numpy::random::generator`]'s algorithms, so the numbers and the
//! generator's state afterwards are those the `.py` gives.
//!
//! The bit generator's lock is taken when the object enters compiled code and released when
//! the last copy of it is dropped (numpy takes it around each draw): no other thread draws
//! meanwhile. One Python object is one Rust value per thread (`f(rng, rng)` shares it), so
//! the lock is never taken twice.

use crate::error::{Error, Result};
use crate::numpy::element::Element;
use crate::numpy::ndarray::NdArray;
use crate::numpy::random::generator::{self as draws, Draw};
use crate::numpy::random::BitGen;
use crate::py::args::{FromPy, Pass};
use crate::py::error_of;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Inner {
    obj: Py<PyAny>,
    lock: Py<PyAny>,
    bitgen: *mut BitGen,
}

impl Drop for Inner {
    fn drop(&mut self) {
        Python::attach(|py| {
            // releasing a lock this value acquired cannot fail
            let _ = self.lock.bind(py).call_method0("release");
        });
    }
}

/// A `numpy.random.Generator`: copies are the same generator.
#[derive(Clone, Default)]
pub struct Generator(Option<Rc<Inner>>);

impl std::fmt::Debug for Generator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<Generator>")
    }
}

thread_local! {
    /// The generators of this thread in compiled code, by object address.
    static LIVE: RefCell<Vec<(usize, Weak<Inner>)>> = const { RefCell::new(Vec::new()) };
}

static GENERATOR_TYPE: PyOnceLock<Py<PyType>> = PyOnceLock::new();

fn generator_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    GENERATOR_TYPE.import(py, "numpy.random", "Generator")
}

impl Generator {
    /// The Rust value of a `numpy.random.Generator` object (its lock taken, unless this thread
    /// already holds it for compiled code); `None` for another object.
    pub fn of_object(obj: &Bound<'_, PyAny>) -> PyResult<Option<Generator>> {
        let py = obj.py();
        if !obj.is_instance(generator_type(py)?)? {
            return Ok(None);
        }
        let addr = obj.as_ptr() as usize;
        let known = LIVE.with(|l| {
            let mut l = l.borrow_mut();
            l.retain(|(_, w)| w.strong_count() > 0);
            l.iter().find(|(a, _)| *a == addr).and_then(|(_, w)| w.upgrade())
        });
        if let Some(inner) = known {
            return Ok(Some(Generator(Some(inner))));
        }
        let bitgen = obj.getattr("bit_generator")?;
        let capsule = bitgen.getattr("capsule")?;
        // SAFETY: numpy's bit generator capsule holds a `bitgen_t` under this name
        let bg = unsafe { pyo3::ffi::PyCapsule_GetPointer(capsule.as_ptr(), c"BitGenerator".as_ptr()) } as *mut BitGen;
        if bg.is_null() {
            return Err(PyErr::fetch(py));
        }
        let lock = bitgen.getattr("lock")?;
        lock.call_method0("acquire")?;
        // the bit generator (which owns the `bitgen_t`) lives as long as the generator object
        let inner = Rc::new(Inner { obj: obj.clone().unbind(), lock: lock.unbind(), bitgen: bg });
        LIVE.with(|l| l.borrow_mut().push((addr, Rc::downgrade(&inner))));
        Ok(Some(Generator(Some(inner))))
    }

    /// `np.random.default_rng(seed)` (`None`: fresh entropy from the OS), numpy's own call.
    pub fn default_rng(seed: Option<i64>) -> Result<Generator> {
        Python::attach(|py| {
            let made = py.import("numpy.random")?.getattr("default_rng")?.call1((seed,))?;
            Generator::of_object(&made)?.ok_or_else(|| pyo3::exceptions::PyTypeError::new_err("not a Generator"))
        })
        .map_err(|e| Python::attach(|py| error_of(py, e)))
    }

    fn bitgen(&self) -> Result<*mut BitGen> {
        match &self.0 {
            Some(i) => Ok(i.bitgen),
            None => Err(Error::Internal("a Generator variable read before it was assigned")),
        }
    }

    /// One draw (`size=None`).
    pub fn one<R>(&self, f: impl FnOnce(&mut Draw) -> Result<R>) -> Result<R> {
        // SAFETY: the bit generator's lock is held while `self` lives (`of_object`)
        let mut d = unsafe { Draw::new(self.bitgen()?) };
        f(&mut d)
    }

    /// An array of `shape` drawn in C order (`size=`).
    pub fn fill<T: Element, const D: usize>(
        &self,
        shape: [i64; D],
        f: impl FnMut(&mut Draw) -> Result<T::Value>,
    ) -> Result<NdArray<T, D>> {
        // SAFETY: as in `one`
        unsafe { draws::fill(self.bitgen()?, shape, f) }
    }

    /// `out=` filled (see [`draws::fill_out`]).
    pub fn fill_out<const D: usize, const S: usize>(
        &self,
        out: &NdArray<f64, D>,
        size: Option<[i64; S]>,
        f: impl FnMut(&mut Draw) -> Result<f64>,
    ) -> Result<()> {
        // SAFETY: as in `one`
        unsafe { draws::fill_out(self.bitgen()?, out, size, f) }
    }

    /// Draws with array parameters (see [`draws::fill_params`]).
    pub fn fill_params<T: Element, const D: usize, const K: usize>(
        &self,
        size: Option<[i64; D]>,
        params: [&NdArray<f64, D>; K],
        f: impl FnMut(&mut Draw, [f64; K]) -> Result<T::Value>,
    ) -> Result<NdArray<T, D>> {
        // SAFETY: as in `one`
        unsafe { draws::fill_params(self.bitgen()?, size, params, f) }
    }

    /// `integers(low, high, size, endpoint=...)` of int64.
    pub fn integers_fill<const D: usize>(
        &self,
        shape: [i64; D],
        low: i64,
        high: i64,
        endpoint: bool,
    ) -> Result<NdArray<i64, D>> {
        // SAFETY: as in `one`
        unsafe { draws::integers_fill(self.bitgen()?, shape, low, high, endpoint) }
    }

    /// The indices `choice` picks (see [`draws::choice_indices`]).
    pub fn choice_indices(&self, pop: i64, k: usize, replace: bool, shuffle: bool, array: bool) -> Result<Vec<i64>> {
        // SAFETY: as in `one`
        unsafe { draws::choice_indices(self.bitgen()?, pop, k, replace, shuffle, array) }
    }

    /// `choice(a, size, replace, p)`'s indices (see `choice_indices_p`).
    pub fn choice_indices_p(
        &self,
        pop: i64,
        k: usize,
        replace: bool,
        p: &[f64],
        atol: f64,
        array: bool,
    ) -> Result<Vec<i64>> {
        // SAFETY: as in `one`
        unsafe { draws::choice_indices_p(self.bitgen()?, pop, k, replace, p, atol, array) }
    }

    /// `shuffle(x)` of an array: along its first axis, in place (nothing drawn when it is
    /// empty).
    pub fn shuffle<T: Element, const D: usize>(&self, x: &NdArray<T, D>) -> Result<()> {
        if D == 0 {
            return Err(Error::Axis("axis 0 is out of bounds for array of dimension 0"));
        }
        x.check_writeable()?;
        let shape = x.shape();
        if shape.contains(&0) {
            return Ok(());
        }
        let n = shape[0];
        self.one(|r| {
            r.shuffle_by(n, |i, j| crate::numpy::random::legacy::swap_first_axis(x, i, j));
            Ok(())
        })
    }

    /// `permutation(n)`: `arange(n)` shuffled.
    pub fn permutation_int(&self, n: i64) -> Result<NdArray<i64, 1>> {
        let n = n.max(0) as usize;
        let mut v: Vec<i64> = (0..n as i64).collect();
        self.one(|r| {
            r.shuffle_by(n, |i, j| v.swap(i, j));
            Ok(())
        })?;
        Ok(NdArray::from_vec([n], v))
    }

    /// `permutation(a)` of an array: a shuffled copy along the first axis (an empty 1-D
    /// array comes back itself, as numpy copies only what may share memory with `a`).
    pub fn permutation<T: Element, const D: usize>(&self, a: &NdArray<T, D>) -> Result<NdArray<T, D>> {
        if D == 0 {
            return Err(Error::Axis("axis 0 is out of bounds for array of dimension 0"));
        }
        if D == 1 && a.shape()[0] == 0 {
            return Ok(a.clone());
        }
        let c = a.copy();
        if c.shape().contains(&0) {
            // numpy shuffles an index array of the rows for N-D (the same draws as the rows)
            if D > 1 {
                self.permutation_int(c.shape()[0] as i64)?;
            }
            return Ok(c);
        }
        self.shuffle(&c)?;
        Ok(c)
    }

    /// The Python object.
    pub fn object(&self, py: Python<'_>) -> Py<PyAny> {
        match &self.0 {
            Some(i) => i.obj.clone_ref(py),
            None => py.None(),
        }
    }
}

impl FromPy for Generator {
    fn from_py(obj: &Bound<'_, PyAny>, _pass: Pass) -> PyResult<Option<Self>> {
        Generator::of_object(obj)
    }
}

impl crate::py::ToPy for Generator {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(self.object(py))
    }
}
