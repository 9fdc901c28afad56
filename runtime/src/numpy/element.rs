//! Element types of numpy arrays that compiled code reads and writes.
//!
//! `Storage` is the type of the bytes in the buffer; `Value` the Rust type that compiled code
//! computes with (a numpy `bool` is stored as a byte and read as `b != 0`, so that an array of
//! bytes that are not 0 or 1 can never produce an invalid Rust `bool`).

use num_complex::{Complex32, Complex64};

pub trait Element: Copy + Send + Sync + 'static {
    /// How one element sits in the buffer.
    type Storage: Copy;
    /// The numpy element type whose dtype arrays of this element must have.
    type Dtype: ::numpy::Element;
    /// numpy's name for the dtype, e.g. `float64`.
    const DTYPE: &'static str;
    fn load(s: Self::Storage) -> Self;
    fn store(self) -> Self::Storage;
}

macro_rules! plain {
    ($($t:ty => $name:literal),*) => {$(
        impl Element for $t {
            type Storage = $t;
            type Dtype = $t;
            const DTYPE: &'static str = $name;
            #[inline(always)]
            fn load(s: $t) -> $t { s }
            #[inline(always)]
            fn store(self) -> $t { self }
        }
    )*};
}

plain!(i8 => "int8", i16 => "int16", i32 => "int32", i64 => "int64",
       u8 => "uint8", u16 => "uint16", u32 => "uint32", u64 => "uint64",
       f32 => "float32", f64 => "float64", Complex32 => "complex64", Complex64 => "complex128");

impl Element for bool {
    type Storage = u8;
    type Dtype = bool;
    const DTYPE: &'static str = "bool";
    #[inline(always)]
    fn load(s: u8) -> bool {
        s != 0
    }
    #[inline(always)]
    fn store(self) -> u8 {
        self as u8
    }
}

/// A vector of stored elements as a vector of numpy's element type (the same bytes).
pub fn storage_into_dtype<T: Element>(v: Vec<T::Storage>) -> Vec<T::Dtype> {
    assert_eq!(std::mem::size_of::<T::Storage>(), std::mem::size_of::<T::Dtype>());
    assert_eq!(std::mem::align_of::<T::Storage>(), std::mem::align_of::<T::Dtype>());
    let mut v = std::mem::ManuallyDrop::new(v);
    // SAFETY: same size and alignment, and every stored value is a valid `Dtype` (bools are
    // stored as 0 or 1 by `Element::store`).
    unsafe { Vec::from_raw_parts(v.as_mut_ptr() as *mut T::Dtype, v.len(), v.capacity()) }
}
