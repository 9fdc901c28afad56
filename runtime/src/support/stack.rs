//! Deep recursion raises `RecursionError` instead of overflowing the stack (a crash of the
//! interpreter): every function on a cycle of the call graph starts with [`check`], which
//! compares the stack pointer with a limit a safety margin above the end of this thread's
//! stack. The limit is found once per thread ([`enter`], at each call from Python and at the
//! start of each worker thread); a thread where it was never found is not checked.
//!
//! The limit is read from the thread-local once, where the cycle is entered ([`limit`]), and
//! handed down the recursion as an argument: the check is one compare of a register with the
//! stack pointer (a thread-local read is a call in a shared library; per recursive call it made
//! `fib` 1.4x slower). It reads no memory and its error is a static one, so a recursive
//! function whose other failures are static too stays free of side effects for LLVM (recursive
//! `fib` keeps merging its repeated calls).

use crate::error::{recursion_error, Result};
use std::cell::Cell;

thread_local! {
    /// The lowest stack address compiled code may reach on this thread (0: not known yet).
    static LIMIT: Cell<usize> = const { Cell::new(0) };
}

/// The room kept below the limit: for the frame of the function that checks, the runtime
/// functions it calls (sorting, formatting, BLAS) and the inlined copies of recursive
/// functions (see codegen's `RECURSIVE_INLINE_DEPTH`).
fn margin(size: usize) -> usize {
    (size / 8).clamp(64 << 10, 1 << 20)
}

/// The current stack pointer (no memory access, so LLVM may move or merge it).
#[inline(always)]
fn stack_pointer() -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        let sp: usize;
        // SAFETY: reads a register
        unsafe { std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags, pure)) };
        sp
    }
    #[cfg(target_arch = "aarch64")]
    {
        let sp: usize;
        // SAFETY: reads a register
        unsafe { std::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags, pure)) };
        sp
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        let probe = 0u8;
        std::hint::black_box(&probe) as *const u8 as usize
    }
}

/// The lowest stack address compiled code may reach on the calling thread, read where a cycle
/// of calls is entered and passed down it.
#[derive(Clone, Copy)]
pub struct Limit(usize);

/// This thread's [`Limit`] (one thread-local read; 0 where it was never found: no check).
#[inline]
pub fn limit() -> Limit {
    Limit(LIMIT.with(Cell::get))
}

/// `RecursionError` when the stack is nearly exhausted.
#[inline(always)]
pub fn check(limit: Limit) -> Result<()> {
    if stack_pointer() < limit.0 {
        Err(recursion_error())
    } else {
        Ok(())
    }
}

/// Finds this thread's stack limit if not known yet (cheap after the first time).
#[inline]
pub fn enter() {
    if LIMIT.with(Cell::get) == 0 {
        LIMIT.with(|l| l.set(find_limit()));
    }
}

#[cold]
fn find_limit() -> usize {
    match stack_bounds() {
        Some((low, size)) => low + margin(size),
        // unknown: assume the smallest common stack (Rust's threads: 2 MiB) below here
        None => stack_pointer().saturating_sub((2 << 20) - margin(2 << 20)),
    }
}

/// The lowest address and size of this thread's stack.
#[cfg(target_os = "linux")]
fn stack_bounds() -> Option<(usize, usize)> {
    // SAFETY: plain queries
    if unsafe { libc::gettid() == libc::getpid() } {
        return main_stack_bounds();
    }
    // SAFETY: pthread_getattr_np fills `attr` for the calling thread; it is destroyed after use
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        let low = addr as usize;
        (ok && low != 0 && size != 0 && stack_pointer() > low).then_some((low, size))
    }
}

/// The main thread's stack: from its start (`startstack` of `/proc/self/stat`) down by the
/// stack's resource limit. (glibc's `pthread_getattr_np` reads all of `/proc/self/maps` for
/// the main thread, which in a process with numpy loaded takes long enough to notice.)
#[cfg(target_os = "linux")]
fn main_stack_bounds() -> Option<(usize, usize)> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // the fields after the command name (which may hold spaces) in parentheses; `startstack`
    // is field 28, the 26th after it
    let rest = &stat[stat.rfind(')')? + 2..];
    let start: usize = rest.split(' ').nth(25)?.parse().ok()?;
    // SAFETY: getrlimit fills the struct
    let limit = unsafe {
        let mut r: libc::rlimit = std::mem::zeroed();
        if libc::getrlimit(libc::RLIMIT_STACK, &mut r) != 0 {
            return None;
        }
        r.rlim_cur
    };
    // an unlimited stack: count on 8 MiB (the usual default) below its start
    let size = if limit == libc::RLIM_INFINITY || limit == 0 { 8 << 20 } else { limit as usize };
    let low = start.checked_sub(size)?;
    (stack_pointer() > low && stack_pointer() <= start).then_some((low, size))
}

#[cfg(target_os = "macos")]
fn stack_bounds() -> Option<(usize, usize)> {
    // SAFETY: plain queries of the calling thread
    unsafe {
        let t = libc::pthread_self();
        let high = libc::pthread_get_stackaddr_np(t) as usize;
        let size = libc::pthread_get_stacksize_np(t);
        (high > size).then(|| (high - size, size))
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos")))]
fn stack_bounds() -> Option<(usize, usize)> {
    None
}

/// The limit for compiled code running on a stack of `size` bytes starting at `low` (a
/// generator's own stack, see `builtins::generator`).
pub fn limit_for(low: usize, size: usize) -> usize {
    low + margin(size)
}

/// Sets this thread's limit, returning the one it replaces: a generator's body runs on its
/// own stack, so resuming it swaps the limit in and back out.
#[inline]
pub fn replace_limit(limit: usize) -> usize {
    LIMIT.with(|l| l.replace(limit))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deep(n: u64, lim: Limit) -> Result<u64> {
        check(lim)?;
        let pad = std::hint::black_box([n; 16]);
        Ok(deep(n + 1, lim)? + pad[3] - n)
    }

    #[test]
    fn unbounded_recursion_is_an_error_not_a_crash() {
        let t = std::thread::Builder::new()
            .stack_size(1 << 20)
            .spawn(|| {
                enter();
                deep(0, limit()).unwrap_err()
            })
            .unwrap();
        let e = t.join().unwrap();
        assert_eq!(e.class(), crate::Exc::RecursionError);
    }
}
