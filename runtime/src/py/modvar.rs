//! Module variables: a module-level name that compiled functions assign after `global NAME`
//! (`count = 0` at module level, `global count; count += 1` in a function).
//!
//! The value lives in a static of the compiled module ([`ModVar`]: an atomic for numbers, a
//! lock for the rest), so compiled code reads and writes it without the GIL, and every thread
//! sees one value as in CPython. Python sees the same value: the compiled module's class
//! becomes a subclass of `types.ModuleType` with a property per variable ([`install`]), so
//! `mod.count` reads the static and `mod.count = 5` writes it (a value of another type raises
//! TypeError, as an argument of the wrong type does).

// the cells are `const` only to initialise `static`s of the generated module
#![allow(clippy::declare_interior_mutable_const)]

use super::args::{FromPy, Pass};
use super::describe::describe;
use super::ret::ToPy;
use crate::builtins::num::Num;
use crate::builtins::str::Str;
use num_complex::Complex64;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyCFunction, PyDict, PyTuple};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::Mutex;

/// A value a module variable can hold, and the thread-safe cell that holds it.
pub trait ModValue: Sized {
    type Cell: Sync;
    /// the cell before the module's import stores the value of the module-level assignment
    const EMPTY: Self::Cell;
    fn load(c: &Self::Cell) -> Self;
    fn store(c: &Self::Cell, v: Self);
    /// Replaces the value `v` by `f(v)` as one step: no other update or store comes between
    /// (`count += 1` from two threads loses nothing). `f` may run more than once.
    fn update<E>(c: &Self::Cell, f: &mut dyn FnMut(Self) -> Result<Self, E>) -> Result<(), E>;
}

/// A module variable of type `T` (a `static` of the generated module).
pub struct ModVar<T: ModValue>(T::Cell);

impl<T: ModValue> ModVar<T> {
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        ModVar(T::EMPTY)
    }

    #[inline]
    pub fn get(&self) -> T {
        T::load(&self.0)
    }

    #[inline]
    pub fn set(&self, v: T) {
        T::store(&self.0, v)
    }

    /// `NAME op= value`: see [`ModValue::update`].
    #[inline]
    pub fn update<E>(&self, mut f: impl FnMut(T) -> Result<T, E>) -> Result<(), E> {
        T::update(&self.0, &mut f)
    }
}

/// `update` of an atomic cell holding the value's bits.
macro_rules! atomic_update {
    ($c:expr, $f:expr, $to:expr, $from:expr) => {{
        let mut old = $c.load(Ordering::Relaxed);
        loop {
            let new = $to($f($from(old))?);
            match $c.compare_exchange_weak(old, new, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => return Ok(()),
                Err(now) => old = now,
            }
        }
    }};
}

impl ModValue for i64 {
    type Cell = AtomicI64;
    const EMPTY: AtomicI64 = AtomicI64::new(0);
    #[inline]
    fn load(c: &AtomicI64) -> i64 {
        c.load(Ordering::Relaxed)
    }
    #[inline]
    fn store(c: &AtomicI64, v: i64) {
        c.store(v, Ordering::Relaxed)
    }
    fn update<E>(c: &AtomicI64, f: &mut dyn FnMut(i64) -> Result<i64, E>) -> Result<(), E> {
        atomic_update!(c, f, |v: i64| v, |v: i64| v)
    }
}

impl ModValue for f64 {
    type Cell = AtomicU64;
    const EMPTY: AtomicU64 = AtomicU64::new(0);
    #[inline]
    fn load(c: &AtomicU64) -> f64 {
        f64::from_bits(c.load(Ordering::Relaxed))
    }
    #[inline]
    fn store(c: &AtomicU64, v: f64) {
        c.store(v.to_bits(), Ordering::Relaxed)
    }
    fn update<E>(c: &AtomicU64, f: &mut dyn FnMut(f64) -> Result<f64, E>) -> Result<(), E> {
        atomic_update!(c, f, f64::to_bits, f64::from_bits)
    }
}

impl ModValue for bool {
    type Cell = AtomicBool;
    const EMPTY: AtomicBool = AtomicBool::new(false);
    #[inline]
    fn load(c: &AtomicBool) -> bool {
        c.load(Ordering::Relaxed)
    }
    #[inline]
    fn store(c: &AtomicBool, v: bool) {
        c.store(v, Ordering::Relaxed)
    }
    fn update<E>(c: &AtomicBool, f: &mut dyn FnMut(bool) -> Result<bool, E>) -> Result<(), E> {
        atomic_update!(c, f, |v: bool| v, |v: bool| v)
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // a panic never happens while the lock is held (a load or a store of a value)
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl ModValue for Complex64 {
    type Cell = Mutex<Complex64>;
    const EMPTY: Mutex<Complex64> = Mutex::new(Complex64::new(0.0, 0.0));
    fn load(c: &Self::Cell) -> Complex64 {
        *lock(c)
    }
    fn store(c: &Self::Cell, v: Complex64) {
        *lock(c) = v
    }
    fn update<E>(c: &Self::Cell, f: &mut dyn FnMut(Complex64) -> Result<Complex64, E>) -> Result<(), E> {
        let mut g = lock(c);
        *g = f(*g)?;
        Ok(())
    }
}

impl ModValue for Num {
    type Cell = Mutex<Num>;
    const EMPTY: Mutex<Num> = Mutex::new(Num::Int(0));
    fn load(c: &Self::Cell) -> Num {
        *lock(c)
    }
    fn store(c: &Self::Cell, v: Num) {
        *lock(c) = v
    }
    fn update<E>(c: &Self::Cell, f: &mut dyn FnMut(Num) -> Result<Num, E>) -> Result<(), E> {
        let mut g = lock(c);
        *g = f(*g)?;
        Ok(())
    }
}

/// A string is held as its text (a compiled `str` is not shared between threads) and made a
/// `str` again at each read.
impl ModValue for Str {
    type Cell = Mutex<String>;
    const EMPTY: Mutex<String> = Mutex::new(String::new());
    fn load(c: &Self::Cell) -> Str {
        Str::from(lock(c).as_str())
    }
    fn store(c: &Self::Cell, v: Str) {
        *lock(c) = v.as_str().to_string()
    }
    fn update<E>(c: &Self::Cell, f: &mut dyn FnMut(Str) -> Result<Str, E>) -> Result<(), E> {
        let mut g = lock(c);
        let new = f(Str::from(g.as_str()))?;
        *g = new.as_str().to_string();
        Ok(())
    }
}

macro_rules! tuple_mod_value {
    ($($t:ident),*) => {
        /// A tuple of numbers.
        impl<$($t: Copy + Send),*> ModValue for ($($t,)*) {
            type Cell = Mutex<Option<($($t,)*)>>;
            const EMPTY: Self::Cell = Mutex::new(None);
            fn load(c: &Self::Cell) -> Self {
                // stored at the module's import, before any compiled function can run
                lock(c).expect("a module variable is set at import")
            }
            fn store(c: &Self::Cell, v: Self) {
                *lock(c) = Some(v)
            }
            fn update<Err>(c: &Self::Cell, f: &mut dyn FnMut(Self) -> Result<Self, Err>) -> Result<(), Err> {
                let mut g = lock(c);
                *g = Some(f(g.expect("a module variable is set at import"))?);
                Ok(())
            }
        }
    };
}
tuple_mod_value!(A, B);
tuple_mod_value!(A, B, C);
tuple_mod_value!(A, B, C, D);

/// The getter and setter of variable `name` as Python callables (for a `property`).
pub fn accessors<'py, T>(
    py: Python<'py>,
    name: &'static str,
    type_name: &'static str,
    var: &'static ModVar<T>,
) -> PyResult<(Bound<'py, PyCFunction>, Bound<'py, PyCFunction>)>
where
    T: ModValue + ToPy + FromPy,
{
    let get =
        PyCFunction::new_closure(py, None, None, move |args: &Bound<'_, PyTuple>, _kw: Option<&Bound<'_, PyDict>>| {
            var.get().into_py_obj(args.py())
        })?;
    let set = PyCFunction::new_closure(
        py,
        None,
        None,
        move |args: &Bound<'_, PyTuple>, _kw: Option<&Bound<'_, PyDict>>| -> PyResult<()> {
            let v = args.get_item(1)?;
            match T::from_py(&v, Pass::Exact)? {
                Some(x) => {
                    var.set(x);
                    Ok(())
                }
                None => Err(PyTypeError::new_err(format!(
                    "module variable `{name}` of the compiled module holds {type_name}; got {}",
                    describe(&v)
                ))),
            }
        },
    )?;
    Ok((get, set))
}

/// Makes the module's class a `types.ModuleType` subclass with a property per variable
/// (`props`: name, getter, setter), so `mod.name` is the compiled code's current value.
pub fn install<'py>(
    m: &Bound<'py, pyo3::types::PyModule>,
    props: Vec<(&'static str, Bound<'py, PyCFunction>, Bound<'py, PyCFunction>)>,
) -> PyResult<()> {
    let py = m.py();
    let builtins = py.import("builtins")?;
    let property = builtins.getattr("property")?;
    let ns = PyDict::new(py);
    for (name, get, set) in props {
        ns.set_item(name, property.call1((get, set))?)?;
    }
    // `type(mod)` shows as `<class 'NAME.module'>`
    ns.set_item("__module__", m.name()?)?;
    ns.set_item("__slots__", ())?;
    let module_type = py.import("types")?.getattr("ModuleType")?;
    let cls = builtins.getattr("type")?.call1(("module", (module_type,), ns))?;
    m.setattr("__class__", cls)
}
