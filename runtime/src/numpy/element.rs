//! Element types of numpy arrays that compiled code reads and writes.
//!
//! An `Element` is a *tag* naming a numpy dtype (`f32` for float32, …). `Storage` is the type
//! of the bytes in the buffer; `Value` the Rust type that compiled code computes with.
//! A numpy `bool` is stored as a byte and read as `b != 0`, so that an array of bytes that are
//! not 0 or 1 can never produce an invalid Rust `bool`. The sized types compute in a wider
//! type holding the narrow value exactly (int8…uint32 as `i64`, float32 as `f64`, complex64 as
//! `Complex64`); generated code rounds (floats) or wraps (ints) back to the element's width
//! after every operation, which gives numpy's results bit for bit (a float32 `+ - * /` or
//! `sqrt` done in float64 and rounded once is the correctly rounded float32 result). uint64
//! values are kept as the same 64 bits in an `i64` (two's complement: `+ - *` agree).

use num_complex::{Complex32, Complex64};

pub trait Element: Copy + Send + Sync + 'static {
    /// How one element sits in the buffer.
    type Storage: Copy;
    /// The numpy element type whose dtype arrays of this element must have.
    type Dtype: ::numpy::Element;
    /// What compiled code computes with.
    type Value: Copy + Send + Sync + 'static;
    /// numpy's name for the dtype, e.g. `float64`.
    const DTYPE: &'static str;
    fn load(s: Self::Storage) -> Self::Value;
    fn store(v: Self::Value) -> Self::Storage;
}

/// `element!(Tag: Storage as Dtype => Value, "name", |s| load, |v| store)`.
macro_rules! element {
    ($($t:ty: $st:ty as $dt:ty => $v:ty, $name:literal, |$s:ident| $load:expr, |$x:ident| $store:expr);* $(;)?) => {$(
        impl Element for $t {
            type Storage = $st;
            type Dtype = $dt;
            type Value = $v;
            const DTYPE: &'static str = $name;
            #[inline(always)]
            fn load($s: $st) -> $v { $load }
            #[inline(always)]
            fn store($x: $v) -> $st { $store }
        }
    )*};
}

element! {
    i64: i64 as i64 => i64, "int64", |s| s, |v| v;
    f64: f64 as f64 => f64, "float64", |s| s, |v| v;
    Complex64: Complex64 as Complex64 => Complex64, "complex128", |s| s, |v| v;
    i8: i8 as i8 => i64, "int8", |s| s as i64, |v| v as i8;
    i16: i16 as i16 => i64, "int16", |s| s as i64, |v| v as i16;
    i32: i32 as i32 => i64, "int32", |s| s as i64, |v| v as i32;
    u8: u8 as u8 => i64, "uint8", |s| s as i64, |v| v as u8;
    u16: u16 as u16 => i64, "uint16", |s| s as i64, |v| v as u16;
    u32: u32 as u32 => i64, "uint32", |s| s as i64, |v| v as u32;
    u64: u64 as u64 => i64, "uint64", |s| s as i64, |v| v as u64;
    f32: f32 as f32 => f64, "float32", |s| s as f64, |v| v as f32;
    Complex32: Complex32 as Complex32 => Complex64, "complex64",
        |s| Complex64::new(s.re as f64, s.im as f64), |v| Complex32::new(v.re as f32, v.im as f32);
    bool: u8 as bool => bool, "bool", |s| s != 0, |v| v as u8;
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
