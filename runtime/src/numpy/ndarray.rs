//! [`NdArray`]: a numpy array shared with the Python caller, never copied.
//!
//! Aliasing strategy: Python lets the same array arrive as two arguments (`f(a, a)`) and lets
//! views overlap, so compiled code never forms Rust references (`&`/`&mut`) into array memory.
//! An `NdArray` is a raw pointer, a shape and byte strides; every element access is one
//! `ptr::read`/`ptr::write` through it, which is sound under any aliasing, exactly like a C or
//! Cython memoryview access. rust-numpy's borrow tracking (which refuses `f(a, a)`) is not used.
//!
//! Lifetime: an `NdArray` made from an argument borrows the caller's array object, which stays
//! alive for the whole call; the value is `Copy` and must not outlive the call (the generated
//! wrapper guarantees it). Returning it to Python returns the same object.

use super::element::Element;
use crate::error::{Error, Result};
use std::marker::PhantomData;

pub struct NdArray<T: Element, const D: usize> {
    pub(crate) ptr: *mut u8,
    pub(crate) shape: [usize; D],
    /// in bytes, as numpy keeps them
    pub(crate) strides: [isize; D],
    pub(crate) writeable: bool,
    /// the numpy array object this view came from (borrowed, see module docs)
    pub(crate) obj: *mut pyo3::ffi::PyObject,
    _t: PhantomData<T>,
}

impl<T: Element, const D: usize> Clone for NdArray<T, D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Element, const D: usize> Copy for NdArray<T, D> {}

// SAFETY: the data is plain numbers; compiled code accesses it with raw reads and writes only.
unsafe impl<T: Element, const D: usize> Send for NdArray<T, D> {}
unsafe impl<T: Element, const D: usize> Sync for NdArray<T, D> {}

impl<T: Element, const D: usize> Default for NdArray<T, D> {
    /// An unbound array (a variable not assigned yet): length 0, no object.
    fn default() -> Self {
        NdArray {
            ptr: std::ptr::NonNull::<T::Storage>::dangling().as_ptr() as *mut u8,
            shape: [0; D],
            strides: [0; D],
            writeable: false,
            obj: std::ptr::null_mut(),
            _t: PhantomData,
        }
    }
}

#[cold]
#[inline(never)]
fn index_error(index: i64, axis: usize, size: usize) -> Error {
    Error::Index(format!("index {index} is out of bounds for axis {axis} with size {size}"))
}

#[cold]
#[inline(never)]
fn read_only() -> Error {
    Error::Value("assignment destination is read-only".to_owned())
}

#[inline(always)]
fn normalize(i: i64, n: usize, axis: usize) -> Result<usize> {
    let j = if i < 0 { i.wrapping_add(n as i64) } else { i };
    if (j as u64) < (n as u64) {
        Ok(j as usize)
    } else {
        Err(index_error(i, axis, n))
    }
}

impl<T: Element, const D: usize> NdArray<T, D> {
    /// # Safety
    /// `ptr`, `shape` and `strides` must describe valid memory of `T::Storage` elements that
    /// stays alive (owned by `obj`) while this value is used.
    pub unsafe fn from_raw_parts(
        ptr: *mut u8,
        shape: [usize; D],
        strides: [isize; D],
        writeable: bool,
        obj: *mut pyo3::ffi::PyObject,
    ) -> Self {
        NdArray { ptr, shape, strides, writeable, obj, _t: PhantomData }
    }

    #[inline(always)]
    pub fn shape(&self) -> [usize; D] {
        self.shape
    }

    /// `len(a)`: the extent of the first axis.
    #[inline(always)]
    pub fn len(&self) -> i64 {
        if D == 0 {
            0
        } else {
            self.shape[0] as i64
        }
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline(always)]
    pub fn obj(&self) -> *mut pyo3::ffi::PyObject {
        self.obj
    }

    #[inline(always)]
    fn offset(&self, idx: [i64; D]) -> Result<isize> {
        let mut off = 0isize;
        for ax in 0..D {
            let j = normalize(idx[ax], self.shape[ax], ax)?;
            off += j as isize * self.strides[ax];
        }
        Ok(off)
    }

    /// `a[i, j, ...]` with Python's index rules.
    #[inline(always)]
    pub fn get(&self, idx: [i64; D]) -> Result<T> {
        let off = self.offset(idx)?;
        // SAFETY: the offset is in bounds (checked above); see the module docs on aliasing.
        Ok(T::load(unsafe { std::ptr::read_unaligned(self.ptr.offset(off) as *const T::Storage) }))
    }

    /// `a[i, j, ...] = v`
    #[inline(always)]
    pub fn set(&self, idx: [i64; D], v: T) -> Result<()> {
        if !self.writeable {
            return Err(read_only());
        }
        let off = self.offset(idx)?;
        // SAFETY: as in `get`.
        unsafe { std::ptr::write_unaligned(self.ptr.offset(off) as *mut T::Storage, v.store()) };
        Ok(())
    }
}

impl<T: Element> NdArray<T, 1> {
    /// `a[i]` for `0 <= i < len(a)` already known (loops over `range(len(a))`).
    ///
    /// # Safety
    /// `i` must be in bounds.
    #[inline(always)]
    pub unsafe fn get_unchecked(&self, i: usize) -> T {
        T::load(std::ptr::read_unaligned(
            self.ptr.offset(i as isize * self.strides[0]) as *const T::Storage
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliasing_views_read_and_write_the_same_memory() {
        let mut buf = [1.0f64, 2.0, 3.0, 4.0];
        let p = buf.as_mut_ptr() as *mut u8;
        let a = unsafe { NdArray::<f64, 1>::from_raw_parts(p, [4], [8], true, std::ptr::null_mut()) };
        let rev = unsafe {
            NdArray::<f64, 1>::from_raw_parts(p.add(24), [4], [-8], true, std::ptr::null_mut())
        };
        assert_eq!(a.get([-1]), Ok(4.0));
        assert_eq!(rev.get([0]), Ok(4.0));
        rev.set([0], 9.0).unwrap();
        assert_eq!(a.get([3]), Ok(9.0));
        assert!(a.get([4]).is_err());
        assert!(a.get([-5]).is_err());
        let err = a.get([7]).unwrap_err();
        assert_eq!(err, Error::Index("index 7 is out of bounds for axis 0 with size 4"));
    }
}
