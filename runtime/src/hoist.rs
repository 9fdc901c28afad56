//! Element access for loops whose subscripts are proven in bounds before the loop (the
//! compiler's `codegen/hoist.rs`): no index checks, and the last axis read as contiguous (the
//! test before the loop checks [`NdArray::inner_contiguous`]), so that LLVM sees unit-stride
//! accesses and can vectorise the loop.

use crate::numpy::element::Element;
use crate::NdArray;

#[inline(always)]
fn ptr<T: Element, const D: usize>(a: &NdArray<T, D>, idx: [usize; D]) -> *mut T::Storage {
    let mut off = 0isize;
    for ax in 0..D.saturating_sub(1) {
        off += idx[ax] as isize * a.strides[ax];
    }
    // SAFETY (of the callers' pointer arithmetic): the position is in bounds
    unsafe { (a.ptr.offset(off) as *mut T::Storage).add(if D == 0 { 0 } else { idx[D - 1] }) }
}

/// `a[idx]`.
///
/// # Safety
/// every `idx[ax] < shape[ax]`, and the last axis is contiguous.
#[inline(always)]
pub unsafe fn load<T: Element, const D: usize>(a: &NdArray<T, D>, idx: [usize; D]) -> T::Value {
    T::load(std::ptr::read_unaligned(ptr(a, idx)))
}

/// `a[idx] = v`.
///
/// # Safety
/// as [`load`], and the array is writeable.
#[inline(always)]
pub unsafe fn store<T: Element, const D: usize>(a: &NdArray<T, D>, idx: [usize; D], v: T::Value) {
    std::ptr::write_unaligned(ptr(a, idx), T::store(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_rows() {
        let a = NdArray::<f64, 2>::from_vec([2, 3], (0..6).map(|v| v as f64).collect());
        unsafe {
            assert_eq!(load(&a, [1, 2]), 5.0);
            store(&a, [0, 1], -1.0);
            assert_eq!(load(&a, [0, 1]), -1.0);
        }
        assert_eq!(a.get([0, 1]).unwrap(), -1.0);
        assert_eq!(a.get([1, 0]).unwrap(), 3.0);
    }
}
