//! `numpy.random` on numpy's own bit generators: compiled code draws from the very stream
//! Python code draws from, so a seeded run gives the same numbers compiled and interpreted.
//!
//! numpy hands its bit generators to native code as a `bitgen_t` (a state pointer and the
//! functions `next_uint64`/`next_uint32`/`next_double`, [`BitGen`]); the legacy `RandomState`
//! adds the cached second normal of the polar method ([`Aug`], numpy's `aug_bitgen_t`).
//! [`crate::py::random`] finds those of `numpy.random.mtrand._rand` (the global `RandomState`
//! behind `np.random.seed`, `np.random.normal`, ...) and opens a [`Session`] for the duration of
//! a compiled call; [`legacy`] draws from it with numpy's legacy algorithms, step for step.

mod discrete;
pub mod generator;
pub mod legacy;
pub mod legacy_params;
mod ziggurat;

use std::ffi::{c_int, c_void};
use std::sync::atomic::{AtomicPtr, Ordering};

/// numpy's `bitgen_t` (numpy/random/bitgen.h).
#[repr(C)]
pub struct BitGen {
    pub state: *mut c_void,
    pub next_uint64: unsafe extern "C" fn(*mut c_void) -> u64,
    pub next_uint32: unsafe extern "C" fn(*mut c_void) -> u32,
    pub next_double: unsafe extern "C" fn(*mut c_void) -> f64,
    pub next_raw: unsafe extern "C" fn(*mut c_void) -> u64,
}

/// numpy's `aug_bitgen_t` (legacy-distributions.h): the bit generator of a `RandomState` and
/// the second normal the polar method made and the next `gauss` returns.
#[repr(C)]
pub struct Aug {
    pub bit_generator: *mut BitGen,
    pub has_gauss: c_int,
    pub gauss: f64,
}

/// numpy's `mt19937_state_t`: what the state pointer of an `MT19937` bit generator points to.
#[repr(C)]
pub struct Mt19937State {
    pub key: [u32; 624],
    pub pos: c_int,
}

/// The global `RandomState` of the compiled call in progress (null outside calls).
static LEGACY: AtomicPtr<Aug> = AtomicPtr::new(std::ptr::null_mut());
/// Whether its bit generator is an `MT19937` (what `seed` can reseed).
static LEGACY_MT: AtomicPtr<Mt19937State> = AtomicPtr::new(std::ptr::null_mut());

/// The global `RandomState` lent to compiled code for one call: set by [`Session::enter`],
/// restored when dropped. The caller holds the bit generator's lock meanwhile, as numpy does
/// around each draw, so no other thread draws from it.
pub struct Session {
    prev: *mut Aug,
    prev_mt: *mut Mt19937State,
}

impl Session {
    /// # Safety
    /// `aug` points to the live `aug_bitgen_t` of a `RandomState` (and `mt`, if not null, to
    /// the state of its `MT19937`) for as long as the session lasts, and nothing else draws
    /// from it meanwhile.
    pub unsafe fn enter(aug: *mut Aug, mt: *mut Mt19937State) -> Session {
        let prev = LEGACY.swap(aug, Ordering::AcqRel);
        let prev_mt = LEGACY_MT.swap(mt, Ordering::AcqRel);
        Session { prev, prev_mt }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        LEGACY.store(self.prev, Ordering::Release);
        LEGACY_MT.store(self.prev_mt, Ordering::Release);
    }
}

pub(crate) fn legacy_state() -> (*mut Aug, *mut Mt19937State) {
    (LEGACY.load(Ordering::Acquire), LEGACY_MT.load(Ordering::Acquire))
}
