//! A per-thread cache of freed large array buffers, so that a compiled function called again
//! with arrays of the same sizes reuses the memory of its previous call's temporaries instead
//! of faulting in fresh pages.
//!
//! Why: glibc serves an allocation above its mmap threshold (128 KiB, raised to the largest
//! freed mmap'd block, up to 32 MiB) either from a fresh `mmap` or from the top of the heap,
//! and it gives both back to the kernel when they are freed (`munmap`, or the heap top trimmed
//! when more than twice the threshold is free). A kernel such as numpy-benchmarks' `harris`
//! (seven 2 MB temporaries per call) then spends most of its time in the kernel's page-fault
//! path: every page of every temporary is faulted in and zeroed by the kernel on every call
//! (NumPy pays the same). Keeping the last freed blocks of each thread and handing one back for
//! an allocation of exactly its size (bytes and alignment) turns those faults into reuse of
//! memory that is already mapped (and often still in cache).
//!
//! Bounds: blocks of at least [`MIN_BLOCK`] bytes and at most a quarter of the cap; at most
//! [`MAX_BLOCKS`] blocks and the cap's bytes per thread (64 MiB by default, the environment
//! variable `PYRS_BUFFER_CACHE_MB` sets it, `0` turns the cache off), oldest freed first out.
//! A thread's blocks are freed when the thread ends. Results never depend on the cache: a block
//! from it is zeroed when zeroed memory was asked for, and its bytes are otherwise arbitrary
//! values, as a fresh allocation's are (`NdArray::empty`).

use std::alloc::Layout;
use std::cell::RefCell;
use std::sync::OnceLock;

/// Smaller blocks come from glibc's heap (below its mmap threshold), reused without faults.
pub const MIN_BLOCK: usize = 128 << 10;
/// At most this many blocks per thread.
pub const MAX_BLOCKS: usize = 16;
/// The default cap of cached bytes per thread.
const DEFAULT_CAP: usize = 64 << 20;

/// The cap of cached bytes per thread (`PYRS_BUFFER_CACHE_MB`, read once).
fn cap() -> usize {
    static CAP: OnceLock<usize> = OnceLock::new();
    *CAP.get_or_init(|| match std::env::var("PYRS_BUFFER_CACHE_MB") {
        Ok(v) => v.trim().parse::<usize>().map(|mb| mb.saturating_mul(1 << 20)).unwrap_or(DEFAULT_CAP),
        Err(_) => DEFAULT_CAP,
    })
}

struct Cache {
    /// Freed blocks, oldest first.
    blocks: Vec<(Layout, *mut u8)>,
    bytes: usize,
}

impl Drop for Cache {
    fn drop(&mut self) {
        for (layout, p) in self.blocks.drain(..) {
            // SAFETY: each block was allocated by the global allocator with this layout
            unsafe { std::alloc::dealloc(p, layout) };
        }
    }
}

thread_local! {
    static CACHE: RefCell<Cache> = const { RefCell::new(Cache { blocks: Vec::new(), bytes: 0 }) };
}

/// Whether a block of this layout is one the cache keeps.
#[inline]
fn cacheable(layout: Layout) -> bool {
    layout.size() >= MIN_BLOCK && layout.size() <= cap() / 4
}

/// A cached block of exactly `layout` (the most recently freed one), or `None`. The block's
/// bytes are whatever its previous array left there. (The size test inline: small arrays,
/// allocated in loops, pay one comparison.)
#[inline(always)]
pub fn take(layout: Layout) -> Option<*mut u8> {
    if layout.size() < MIN_BLOCK {
        return None;
    }
    take_large(layout)
}

#[inline(never)]
fn take_large(layout: Layout) -> Option<*mut u8> {
    if !cacheable(layout) {
        return None;
    }
    CACHE
        .try_with(|c| {
            let mut c = c.borrow_mut();
            let k = c.blocks.iter().rposition(|(l, _)| *l == layout)?;
            let (_, p) = c.blocks.remove(k);
            c.bytes -= layout.size();
            Some(p)
        })
        .ok()
        .flatten()
}

/// Frees the block `p` of `layout` (allocated by the global allocator), keeping it in this
/// thread's cache when it fits there (the oldest blocks freed to make room).
///
/// # Safety
/// `p` was allocated by the global allocator with `layout` and nothing uses it any more.
#[inline]
pub unsafe fn give(p: *mut u8, layout: Layout) {
    if cacheable(layout) {
        let kept = CACHE
            .try_with(|c| {
                let mut c = c.borrow_mut();
                let cap = cap();
                while !c.blocks.is_empty() && (c.blocks.len() >= MAX_BLOCKS || c.bytes + layout.size() > cap) {
                    let (l, q) = c.blocks.remove(0);
                    c.bytes -= l.size();
                    // SAFETY: a cached block, allocated with `l`
                    unsafe { std::alloc::dealloc(q, l) };
                }
                c.blocks.push((layout, p));
                c.bytes += layout.size();
            })
            .is_ok();
        if kept {
            return;
        }
    }
    // SAFETY: the caller's
    unsafe { std::alloc::dealloc(p, layout) };
}

/// The number of blocks and bytes this thread's cache holds (for tests).
pub fn held() -> (usize, usize) {
    CACHE.try_with(|c| (c.borrow().blocks.len(), c.borrow().bytes)).unwrap_or((0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reuses_a_block_of_the_same_layout() {
        let l = Layout::array::<f64>(1 << 16).unwrap();
        // SAFETY: non-zero size; given back with its layout
        let p = unsafe { std::alloc::alloc(l) };
        assert!(!p.is_null());
        let before = held();
        unsafe { give(p, l) };
        assert_eq!(held().0, before.0 + 1);
        let other = Layout::array::<f64>((1 << 16) + 1).unwrap();
        assert_eq!(take(other), None);
        assert_eq!(take(l), Some(p));
        assert_eq!(held(), before);
        unsafe { give(p, l) };
    }

    #[test]
    fn small_blocks_are_not_kept() {
        let l = Layout::array::<f64>(16).unwrap();
        let p = unsafe { std::alloc::alloc(l) };
        let before = held();
        unsafe { give(p, l) };
        assert_eq!(held(), before);
    }

    #[test]
    fn bounded_in_blocks() {
        let l = Layout::array::<u8>(MIN_BLOCK).unwrap();
        for _ in 0..MAX_BLOCKS + 3 {
            let p = unsafe { std::alloc::alloc(l) };
            unsafe { give(p, l) };
        }
        assert!(held().0 <= MAX_BLOCKS);
        assert!(held().1 <= cap());
    }
}
