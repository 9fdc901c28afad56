//! Python's `time` clocks (`time.time`, `time.perf_counter`, `time.monotonic`,
//! `time.process_time`): the clocks CPython reads on Linux, so that a value taken in compiled
//! code and one taken in Python can be subtracted.

fn clock(id: libc::clockid_t) -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec; the clock ids used here always exist on Linux.
    unsafe { libc::clock_gettime(id, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// `time.time()`: seconds since the epoch (CLOCK_REALTIME).
pub fn time() -> f64 {
    clock(libc::CLOCK_REALTIME)
}

/// `time.perf_counter()` and `time.monotonic()`: CLOCK_MONOTONIC, as CPython uses on Linux.
pub fn perf_counter() -> f64 {
    clock(libc::CLOCK_MONOTONIC)
}

/// `time.process_time()`: the CPU time of the process.
pub fn process_time() -> f64 {
    clock(libc::CLOCK_PROCESS_CPUTIME_ID)
}
