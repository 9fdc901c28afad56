//! The global `RandomState` of `numpy.random` (`numpy.random.mtrand._rand`) lent to compiled
//! code for one call: its bit generator from the `capsule` numpy publishes for native code,
//! its legacy state (the cached normal of `gauss`) found inside the `RandomState` object, and
//! the bit generator's lock held for the call, as numpy holds it around each draw.

use crate::numpy::random::{Aug, BitGen, Mt19937State, Session};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use std::sync::Mutex;

/// Where the `aug_bitgen_t` sits inside a `RandomState` object, found once per object.
static FOUND: Mutex<Option<(usize, usize)>> = Mutex::new(None);

/// The session of one compiled call: the lock is released and the session closed on drop.
pub struct Legacy {
    lock: Py<PyAny>,
    _state: Py<PyAny>,
    session: Option<Session>,
}

fn not_found() -> PyErr {
    PyRuntimeError::new_err("pyrs: cannot find the state of numpy's global RandomState (numpy.random.mtrand._rand)")
}

/// The offset of the `aug_bitgen_t` in the `RandomState` object `rs` whose bit generator's
/// `bitgen_t` is `bg`: `RandomState` keeps a copy of the `bitgen_t` right before its
/// `aug_bitgen_t`, whose first field points to that copy (mtrand.pyx:
/// `self._aug_state.bit_generator = &self._bitgen`) — a self-describing pattern, checked word
/// for word, then confirmed against `get_state()`.
fn find_aug(rs: &Bound<'_, PyAny>, bg: *const BitGen) -> PyResult<usize> {
    let base = rs.as_ptr() as *const u8;
    // the type's basic size, read through Python so that it also works under the limited API
    let size: usize = rs.get_type().getattr("__basicsize__")?.extract()?;
    let bgsize = std::mem::size_of::<BitGen>();
    let word = std::mem::size_of::<usize>();
    let mut k = bgsize;
    while k + std::mem::size_of::<Aug>() <= size {
        // SAFETY: `k` and the words before it lie inside the object
        unsafe {
            let p = *(base.add(k) as *const *const u8);
            if p == base.add(k - bgsize) {
                let copy = std::slice::from_raw_parts(p as *const usize, bgsize / word);
                let orig = std::slice::from_raw_parts(bg as *const usize, bgsize / word);
                if copy == orig {
                    return Ok(k);
                }
            }
        }
        k += word;
    }
    Err(not_found())
}

impl Legacy {
    /// Opens the session (with the GIL held, before the call releases it).
    pub fn enter(py: Python<'_>) -> PyResult<Legacy> {
        let rs = py.import("numpy.random.mtrand")?.getattr("_rand")?;
        let bitgen = rs.getattr("_bit_generator")?;
        let capsule = bitgen.getattr("capsule")?;
        // SAFETY: numpy's bit generator capsule holds a `bitgen_t` under this name
        let bg =
            unsafe { pyo3::ffi::PyCapsule_GetPointer(capsule.as_ptr(), c"BitGenerator".as_ptr()) } as *const BitGen;
        if bg.is_null() {
            return Err(PyErr::fetch(py));
        }
        let addr = rs.as_ptr() as usize;
        let known = *FOUND.lock().unwrap_or_else(|e| e.into_inner());
        let offset = match known {
            Some((a, off)) if a == addr => off,
            _ => {
                let off = find_aug(&rs, bg)?;
                // confirm: the cached normal read there is what get_state() reports
                let st = rs.call_method0("get_state")?;
                let has: i64 = st.get_item(3)?.extract()?;
                let g: f64 = st.get_item(4)?.extract()?;
                // SAFETY: found above inside the object
                let aug = unsafe { &*((addr + off) as *const Aug) };
                if aug.has_gauss as i64 != has || aug.gauss.to_bits() != g.to_bits() {
                    return Err(not_found());
                }
                *FOUND.lock().unwrap_or_else(|e| e.into_inner()) = Some((addr, off));
                off
            }
        };
        let mt = if bitgen.get_type().name()? == "MT19937" {
            // SAFETY: an MT19937's `bitgen_t.state` is its `mt19937_state_t`
            unsafe { (*bg).state as *mut Mt19937State }
        } else {
            std::ptr::null_mut()
        };
        let lock = bitgen.getattr("lock")?;
        lock.call_method0("acquire")?;
        // SAFETY: `rs` is kept alive by the guard; its lock is held until the guard drops
        let session = unsafe { Session::enter((addr + offset) as *mut Aug, mt) };
        Ok(Legacy { lock: lock.unbind(), _state: rs.unbind(), session: Some(session) })
    }
}

impl Drop for Legacy {
    fn drop(&mut self) {
        self.session.take();
        Python::attach(|py| {
            // releasing a lock this guard acquired cannot fail
            let _ = self.lock.bind(py).call_method0("release");
        });
    }
}
