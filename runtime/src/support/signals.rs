//! Ctrl-C during a long compiled call: a SIGINT handler put in front of Python's records the
//! signal in a flag (and calls Python's handler, which marks the signal pending for the
//! interpreter); compiled loops read the flag at each iteration of their outer loops and of
//! `while` loops ([`check`], one relaxed load) and stop with `KeyboardInterrupt`, and the call
//! boundary then runs Python's handler (`crate::py::call`). Only the thread Python delivers
//! signals to (the main thread) and the worker threads of parallel loops stop; a call in another
//! Python thread runs on, as Python code in that thread would.
//!
//! Which flag a thread reads is decided once per compiled function ([`flag`], at its entry: a
//! thread-local), so that the check in the loop is a load and a branch to the function's exit,
//! never a call the loop continues after (a call inside a loop keeps LLVM from vectorising and
//! from keeping floats in registers across it).
//!
//! `signal.signal(SIGINT, ...)` after the module was imported replaces this handler; a
//! watcher thread puts it back in front of the new one (it looks every 100 ms).

use crate::error::{Error, Exc, Result};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);
/// The flag of threads that do not stop at Ctrl-C: never set.
static NEVER: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// Whether compiled code on this thread stops at a pending Ctrl-C (0: not known yet,
    /// 1: no, 2: yes).
    static STOPS: Cell<u8> = const { Cell::new(0) };
}

/// The Ctrl-C flag of the calling thread: the one the handler sets on threads that stop, one
/// never set on the others. A compiled function reads it once, before its loops.
#[derive(Clone, Copy)]
pub struct Flag(&'static AtomicBool);

/// This thread's [`Flag`] (one thread-local read).
#[inline]
pub fn flag() -> Flag {
    if STOPS.with(Cell::get) == 2 {
        Flag(&PENDING)
    } else {
        Flag(&NEVER)
    }
}

/// `KeyboardInterrupt` if Ctrl-C was pressed since the call from Python began: one relaxed
/// load of a global, the error made on the way out (the loop never continues after a call).
#[inline(always)]
pub fn check(flag: Flag) -> Result<()> {
    if flag.0.load(Ordering::Relaxed) {
        Err(interrupted())
    } else {
        Ok(())
    }
}

#[cold]
#[inline(never)]
fn interrupted() -> Error {
    Error::raise(Exc::KeyboardInterrupt, "")
}

/// At each call from Python: forget a Ctrl-C that Python has seen already, and find out once
/// per thread whether this one stops at Ctrl-C.
#[inline]
pub fn enter() {
    if STOPS.with(Cell::get) == 0 {
        STOPS.with(|s| s.set(if is_main_thread() { 2 } else { 1 }));
    }
    if PENDING.load(Ordering::Relaxed) {
        PENDING.store(false, Ordering::Relaxed);
    }
}

/// A worker thread of a parallel loop stops at Ctrl-C (its error reaches the calling thread).
pub fn enter_worker() {
    STOPS.with(|s| s.set(2));
}

#[cfg(target_os = "linux")]
fn is_main_thread() -> bool {
    // SAFETY: plain queries
    unsafe { libc::gettid() == libc::getpid() }
}

#[cfg(not(target_os = "linux"))]
fn is_main_thread() -> bool {
    #[cfg(unix)]
    // SAFETY: a plain query
    unsafe {
        libc::pthread_main_np() != 0
    }
    #[cfg(not(unix))]
    false
}

#[cfg(unix)]
mod handler {
    use super::PENDING;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

    /// The handler ours calls after recording the signal (Python's), and whether it takes
    /// `SA_SIGINFO` arguments.
    static PREVIOUS: AtomicUsize = AtomicUsize::new(0);
    static PREVIOUS_SIGINFO: AtomicBool = AtomicBool::new(false);

    extern "C" fn on_sigint(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
        PENDING.store(true, Ordering::Relaxed);
        let h = PREVIOUS.load(Ordering::Acquire);
        if h == 0 || h == libc::SIG_DFL || h == libc::SIG_IGN {
            return;
        }
        // SAFETY: the handler that was installed before ours, called as it was registered
        unsafe {
            if PREVIOUS_SIGINFO.load(Ordering::Acquire) {
                let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) = std::mem::transmute(h);
                f(sig, info, ctx)
            } else {
                let f: extern "C" fn(libc::c_int) = std::mem::transmute(h);
                f(sig)
            }
        }
    }

    fn ours() -> usize {
        on_sigint as extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) as usize
    }

    /// Puts [`on_sigint`] in front of the current SIGINT handler if Python installed one (not
    /// when SIGINT is ignored or left to the default action), unless it is there already. Also
    /// called now and then from long loops: `signal.signal(SIGINT, ...)` replaces it.
    pub fn install() {
        // SAFETY: sigaction with valid pointers; the previous handler is stored before ours can
        // run
        unsafe {
            let mut old: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) != 0 {
                return;
            }
            let h = old.sa_sigaction;
            if h == ours() || h == libc::SIG_DFL || h == libc::SIG_IGN {
                return;
            }
            PREVIOUS_SIGINFO.store(old.sa_flags & libc::SA_SIGINFO != 0, Ordering::Release);
            PREVIOUS.store(h, Ordering::Release);
            let mut new: libc::sigaction = std::mem::zeroed();
            new.sa_sigaction = ours();
            new.sa_flags = (old.sa_flags | libc::SA_SIGINFO) & !libc::SA_RESETHAND;
            new.sa_mask = old.sa_mask;
            libc::sigaction(libc::SIGINT, &new, std::ptr::null_mut());
        }
    }
}

/// Called at import of a compiled module (see the module's documentation): installs the
/// handler and starts its watcher (once per process).
pub fn install() {
    #[cfg(unix)]
    {
        handler::install();
        static WATCHER: std::sync::Once = std::sync::Once::new();
        WATCHER.call_once(|| {
            let _ = std::thread::Builder::new().name("pyrs-sigint".into()).stack_size(64 << 10).spawn(|| loop {
                std::thread::sleep(std::time::Duration::from_millis(100));
                handler::install();
            });
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pending_interrupt_stops_only_threads_that_stop() {
        enter_worker();
        assert!(check(flag()).is_ok());
        PENDING.store(true, Ordering::Relaxed);
        assert_eq!(check(flag()).unwrap_err().class(), Exc::KeyboardInterrupt);
        let other = std::thread::spawn(|| {
            STOPS.with(|s| s.set(1));
            check(flag()).is_ok()
        });
        assert!(other.join().unwrap());
        PENDING.store(false, Ordering::Relaxed);
    }
}
