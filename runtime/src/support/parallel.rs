//! Parallel loops (`# omp parallel for`) on rayon.
//!
//! Thread count: `PYRS_NUM_THREADS`, else `OMP_NUM_THREADS`, else the number of cores; a
//! `num_threads(n)` clause uses a pool of its own with `n` threads.
//!
//! Errors: an iteration that fails records its error; iterations after the lowest failing one
//! are skipped, those before it still run, so the error that reaches Python is always the one
//! of the lowest failing iteration, as in the serial loop (writes of later iterations that
//! already ran stay done, as in OpenMP).

use crate::builtins::range::Range;
use crate::error::{Error, Result};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// `schedule(...)` of the directive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Schedule {
    /// rayon's adaptive splitting (also what `dynamic` and `guided` without a chunk get)
    Auto,
    /// about one contiguous block per thread
    Static,
    /// blocks of at least this many iterations
    Chunk(u64),
}

fn env_threads() -> Option<usize> {
    ["PYRS_NUM_THREADS", "OMP_NUM_THREADS"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .filter_map(|s| s.trim().split(',').next().and_then(|x| x.trim().parse::<usize>().ok()))
        .find(|n| *n > 0)
}

/// The number of threads a parallel loop without `num_threads` uses.
pub fn default_threads() -> usize {
    env_threads().unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1))
}

fn pool(threads: Option<usize>) -> Result<Arc<rayon::ThreadPool>> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> = OnceLock::new();
    let n = threads.unwrap_or_else(default_threads).max(1);
    let mut pools = POOLS.get_or_init(|| Mutex::new(HashMap::new())).lock().unwrap_or_else(|p| p.into_inner());
    if let Some(p) = pools.get(&n) {
        return Ok(Arc::clone(p));
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .thread_name(|i| format!("pyrs-{i}"))
        .start_handler(|_| {
            super::stack::enter();
            super::signals::enter_worker();
        })
        .build()
        .map_err(|e| Error::Internal(format!("cannot start {n} threads: {e}")))?;
    let p = Arc::new(p);
    pools.insert(n, Arc::clone(&p));
    Ok(p)
}

/// Runs the loop body for every iteration of `range` in parallel: `body(lo, hi, acc)` runs
/// iterations `lo..hi` (positions in the range) in order, starting from the accumulator `acc`
/// of the loop's reductions, and returns it updated. Pieces start from `identity`; partial
/// results are merged in iteration order with `combine`. Returns the merged result, or the
/// error of the lowest failing iteration (pieces after a failed one are skipped; the ones
/// before it still run, so no earlier failure can be missed).
pub fn for_range<A, F, C>(
    range: Range,
    schedule: Schedule,
    threads: Option<u64>,
    identity: A,
    body: F,
    combine: C,
) -> Result<A>
where
    A: Copy + Send + Sync,
    F: Fn(u64, u64, A) -> Result<A> + Sync + Send,
    C: Fn(A, A) -> Result<A> + Sync + Send,
{
    let n = range.len();
    let pool = pool(threads.map(|t| t as usize))?;
    let t = pool.current_num_threads().max(1) as u64;
    let piece = match schedule {
        Schedule::Static => n.div_ceil(t),
        Schedule::Chunk(c) => c,
        // small enough pieces for uneven iterations (points near the Julia set), large enough
        // that the per-piece cost vanishes
        Schedule::Auto => n.div_ceil(t * 64),
    }
    .max(1);
    let pieces = n.div_ceil(piece);
    let first_failure = AtomicU64::new(u64::MAX);
    let failure: Mutex<Option<(u64, Error)>> = Mutex::new(None);
    let partials: Vec<Option<A>> = pool.install(|| {
        (0..pieces as usize)
            .into_par_iter()
            .map(|p| {
                let p = p as u64;
                if p > first_failure.load(Ordering::Relaxed) {
                    return None;
                }
                let lo = p * piece;
                let hi = (lo + piece).min(n);
                match body(lo, hi, identity) {
                    Ok(a) => Some(a),
                    Err(e) => {
                        let mut slot = failure.lock().unwrap_or_else(|x| x.into_inner());
                        if slot.as_ref().map(|(q, _)| p < *q).unwrap_or(true) {
                            *slot = Some((p, e));
                            first_failure.fetch_min(p, Ordering::Relaxed);
                        }
                        None
                    }
                }
            })
            .collect()
    });
    if let Some((_, e)) = failure.into_inner().unwrap_or_else(|x| x.into_inner()) {
        return Err(e);
    }
    let mut acc = identity;
    for a in partials.into_iter().flatten() {
        acc = combine(acc, a)?;
    }
    Ok(acc)
}

/// Runs `body(lo, hi)` over pieces of `0..n` in parallel (pieces of at least `min_len`),
/// or at once when `n * cost` is small. Used by element-wise array expressions of functions
/// marked `# pyrs parallel arrays`. The error of the lowest failing piece wins (each piece
/// runs its range in order, so that is the lowest failing element).
pub fn for_chunks<F>(n: usize, min_len: usize, body: F) -> Result<()>
where
    F: Fn(usize, usize) -> Result<()> + Sync + Send,
{
    let min_len = min_len.max(1);
    if n <= min_len {
        return body(0, n);
    }
    let pool = pool(None)?;
    let pieces = n.div_ceil(min_len).min(pool.current_num_threads() * 4).max(1);
    let size = n.div_ceil(pieces);
    let failure: Mutex<Option<(usize, Error)>> = Mutex::new(None);
    pool.install(|| {
        (0..pieces).into_par_iter().for_each(|p| {
            let lo = p * size;
            let hi = ((p + 1) * size).min(n);
            if lo < hi {
                if let Err(e) = body(lo, hi) {
                    let mut slot = failure.lock().unwrap_or_else(|x| x.into_inner());
                    if slot.as_ref().map(|(q, _)| p < *q).unwrap_or(true) {
                        *slot = Some((p, e));
                    }
                }
            }
        })
    });
    match failure.into_inner().unwrap_or_else(|x| x.into_inner()) {
        Some((_, e)) => Err(e),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_like_a_serial_loop() {
        let r = Range::new(0, 1000, 1).unwrap();
        let (start, step) = r.start_step();
        let sum = move |lo: u64, hi: u64, mut acc: i64| {
            for k in lo..hi {
                acc += start + k as i64 * step;
            }
            Ok(acc)
        };
        let s = for_range(r, Schedule::Auto, Some(2), 0i64, sum, |a, b| Ok(a + b)).unwrap();
        assert_eq!(s, 499500);
        let r = Range::new(10, 0, -3).unwrap();
        let (start, step) = r.start_step();
        let sum = move |lo: u64, hi: u64, mut acc: i64| {
            for k in lo..hi {
                acc += start + k as i64 * step;
            }
            Ok(acc)
        };
        let s = for_range(r, Schedule::Static, None, 0i64, sum, |a, b| Ok(a + b)).unwrap();
        assert_eq!(s, 10 + 7 + 4 + 1);
    }

    #[test]
    fn the_lowest_failing_iteration_wins() {
        for _ in 0..20 {
            let r = Range::new(0, 10_000, 1).unwrap();
            let e = for_range(
                r,
                Schedule::Chunk(7),
                Some(2),
                (),
                |lo, hi, _| {
                    for i in lo..hi {
                        if i % 1000 == 999 {
                            return Err(Error::Index(format!("at {i}")));
                        }
                    }
                    Ok(())
                },
                |_, _| Ok(()),
            )
            .unwrap_err();
            assert_eq!(e, Error::Index("at 999"));
        }
    }
}

thread_local! {
    /// whether this thread is inside a critical section
    static IN_CRITICAL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Held while a `# omp critical` statement runs ([`critical`]).
pub struct CriticalGuard(Option<std::sync::MutexGuard<'static, ()>>);

impl Drop for CriticalGuard {
    fn drop(&mut self) {
        if self.0.is_some() {
            IN_CRITICAL.with(|c| c.set(false));
        }
    }
}

/// Enters a critical section: one lock for the whole process (named sections share it, which
/// OpenMP allows). A thread already inside one enters again at once (a helper with its own
/// critical section called from one runs instead of waiting for itself). The section ends when
/// the guard is dropped, also when the statement fails with an error.
pub fn critical() -> CriticalGuard {
    static LOCK: Mutex<()> = Mutex::new(());
    if IN_CRITICAL.with(|c| c.get()) {
        return CriticalGuard(None);
    }
    let g = LOCK.lock().unwrap_or_else(|p| p.into_inner());
    IN_CRITICAL.with(|c| c.set(true));
    CriticalGuard(Some(g))
}
