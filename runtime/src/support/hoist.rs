//! Element access for loops whose subscripts are proven in bounds before the loop (the
//! compiler's `codegen/hoist.rs`): no index checks, and the last axis read as contiguous (the
//! test before the loop checks [`NdArray::inner_contiguous`]), so that LLVM sees unit-stride
//! accesses and can vectorise the loop.
//!
//! The loop reads an array through a [`Raw`], its data pointer and strides copied into a local
//! before the loop: LLVM then keeps them in registers instead of reloading them through the
//! array (a stored element could, as far as it knows, overwrite the array's own fields, and a
//! parallel loop's body sees the arrays it captures only behind a pointer).

use crate::numpy::element::Element;
use crate::NdArray;
use std::marker::PhantomData;

/// The data pointer and the strides (bytes) of an array, for [`load`] and [`store`].
pub struct Raw<T: Element, const D: usize> {
    ptr: *mut u8,
    strides: [isize; D],
    _t: PhantomData<T>,
}

impl<T: Element, const D: usize> Clone for Raw<T, D> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Element, const D: usize> Copy for Raw<T, D> {}

// SAFETY: as for `NdArray`: the data is plain numbers, accessed with raw reads and writes only
// (a parallel loop inside a hoisted loop captures the enclosing loop's copies).
unsafe impl<T: Element, const D: usize> Send for Raw<T, D> {}
unsafe impl<T: Element, const D: usize> Sync for Raw<T, D> {}

impl<T: Element, const D: usize> Raw<T, D> {
    /// The pointer and strides of `a` (valid while `a`'s variable is not reassigned).
    #[inline(always)]
    pub fn new(a: &NdArray<T, D>) -> Self {
        Raw { ptr: a.ptr, strides: a.strides, _t: PhantomData }
    }

    #[inline(always)]
    fn at(self, idx: [usize; D]) -> *mut T::Storage {
        let mut off = 0isize;
        for (&i, &s) in idx.iter().zip(&self.strides).take(D.saturating_sub(1)) {
            off += i as isize * s;
        }
        // SAFETY (of the callers' pointer arithmetic): the position is in bounds
        unsafe { (self.ptr.offset(off) as *mut T::Storage).add(if D == 0 { 0 } else { idx[D - 1] }) }
    }
}

/// `a[idx]`.
///
/// # Safety
/// every `idx[ax] < shape[ax]` of the array `a` was made from, and its last axis is contiguous.
#[inline(always)]
pub unsafe fn load<T: Element, const D: usize>(a: Raw<T, D>, idx: [usize; D]) -> T::Value {
    T::load(std::ptr::read_unaligned(a.at(idx)))
}

/// `a[idx] = v`.
///
/// # Safety
/// as [`load`], and the array is writeable.
#[inline(always)]
pub unsafe fn store<T: Element, const D: usize>(a: Raw<T, D>, idx: [usize; D], v: T::Value) {
    std::ptr::write_unaligned(a.at(idx), T::store(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_rows() {
        let a = NdArray::<f64, 2>::from_vec([2, 3], (0..6).map(|v| v as f64).collect());
        let r = Raw::new(&a);
        unsafe {
            assert_eq!(load(r, [1, 2]), 5.0);
            store(r, [0, 1], -1.0);
            assert_eq!(load(r, [0, 1]), -1.0);
        }
        assert_eq!(a.get([0, 1]).unwrap(), -1.0);
        assert_eq!(a.get([1, 0]).unwrap(), 3.0);
    }
}
