//! Dict keys and set items with Python's equality: ints, bools, strings, floats and tuples of
//! them. Floats compare as Python compares them (`-0.0 == 0.0` is one key, the first one
//! stored kept), so they cannot use Rust's `Hash`/`Eq` (`f64` has neither); [`PyKey`] gives
//! every key type Python's equality and a hash consistent with it, and [`Key`] is what the
//! containers store.
//!
//! A NaN equals nothing, so every NaN stored is a new key and a NaN is never found — as in
//! CPython for NaNs that are different objects (every NaN computed or read from an array is
//! one); CPython finds a NaN that is the very object stored (`x = nan; s.add(x); x in s`), pyrs
//! does not (README, deliberate differences).

use crate::builtins::str::Str;
use crate::builtins::vartuple::VarTuple;
use std::hash::{Hash, Hasher};

/// Python's key equality and a hash consistent with it.
pub trait PyKey: Clone {
    fn key_hash<H: Hasher>(&self, h: &mut H);
    fn key_eq(&self, other: &Self) -> bool;
}

macro_rules! by_rust {
    ($($t:ty),*) => {$(
        impl PyKey for $t {
            #[inline]
            fn key_hash<H: Hasher>(&self, h: &mut H) {
                self.hash(h)
            }
            #[inline]
            fn key_eq(&self, other: &Self) -> bool {
                self == other
            }
        }
    )*};
}
by_rust!(bool, i64, Str, ());

impl PyKey for f64 {
    #[inline]
    fn key_hash<H: Hasher>(&self, h: &mut H) {
        // -0.0 and 0.0 are one key: hash them alike
        let v = if *self == 0.0 { 0.0f64 } else { *self };
        v.to_bits().hash(h)
    }
    #[inline]
    fn key_eq(&self, other: &Self) -> bool {
        self == other
    }
}

impl<T: PyKey> PyKey for VarTuple<T> {
    fn key_hash<H: Hasher>(&self, h: &mut H) {
        self.len().hash(h);
        for x in self.iter_items() {
            x.key_hash(h);
        }
    }
    fn key_eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter_items().zip(other.iter_items()).all(|(a, b)| a.key_eq(&b))
    }
}

macro_rules! tuples {
    ($(($($t:ident $i:tt),+))*) => {$(
        impl<$($t: PyKey),+> PyKey for ($($t,)+) {
            #[inline]
            fn key_hash<HH: Hasher>(&self, h: &mut HH) {
                $(self.$i.key_hash(h);)+
            }
            #[inline]
            fn key_eq(&self, other: &Self) -> bool {
                $(self.$i.key_eq(&other.$i))&&+
            }
        }
    )*};
}
tuples! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, E 4)
    (A 0, B 1, C 2, D 3, E 4, F 5)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10)
    (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11)
}

/// A key as a dict or set stores it: `Hash` and `Eq` are Python's ([`PyKey`]).
#[derive(Clone, Debug)]
pub struct Key<T>(pub T);

impl<T: PyKey> Hash for Key<T> {
    #[inline]
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.0.key_hash(h)
    }
}

impl<T: PyKey> PartialEq for Key<T> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.0.key_eq(&other.0)
    }
}

impl<T: PyKey> Eq for Key<T> {}

/// A key looked up by reference, without a copy.
pub struct Look<'a, T>(pub &'a T);

impl<T: PyKey> Hash for Look<'_, T> {
    #[inline]
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.0.key_hash(h)
    }
}

impl<T: PyKey> indexmap::Equivalent<Key<T>> for Look<'_, T> {
    #[inline]
    fn equivalent(&self, k: &Key<T>) -> bool {
        self.0.key_eq(&k.0)
    }
}

/// 2**63: integral floats below it in magnitude hash as the int they equal.
const TWO_63: f64 = 9_223_372_036_854_775_808.0;

/// An int, float or bool known when the code runs: `1`, `1.0` and `True` are one key, as in
/// Python (equal values hash alike).
impl PyKey for crate::builtins::num::Num {
    fn key_hash<H: Hasher>(&self, h: &mut H) {
        let f = self.to_f64();
        match *self {
            crate::builtins::num::Num::Float(_) | crate::builtins::num::Num::NpFloat(_) => {
                if f.fract() == 0.0 && (-TWO_63..TWO_63).contains(&f) {
                    (f as i64).hash(h)
                } else {
                    f.key_hash(h)
                }
            }
            n => n.to_int().unwrap_or(0).hash(h),
        }
    }
    fn key_eq(&self, other: &Self) -> bool {
        self == other
    }
}
