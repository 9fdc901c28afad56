//! Python's `dict` and `set` inside compiled code: shared, mutable, reference semantics like
//! [`crate::List`], insertion-ordered (dicts iterate in insertion order exactly as in Python;
//! sets iterate in insertion order too, where CPython's order follows hashes — results that
//! depend on set iteration order are the one documented difference).
//!
//! Keys are ints, bools, strings, floats and tuples of them (typed: one key type per dict),
//! with Python's equality ([`crate::builtins::key`]). An argument
//! remembers the Python object it came from and is written back after the call if changed.

use crate::builtins::format::PyRepr;
pub use crate::builtins::key::PyKey;
use crate::builtins::key::{Key, Look};
use crate::error::{Error, Exc, Result};
use indexmap::{IndexMap, IndexSet};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug)]
struct Inner<C> {
    items: RefCell<C>,
    origin: Cell<*mut pyo3::ffi::PyObject>,
    dirty: Cell<bool>,
}

impl<C: Default> Inner<C> {
    fn new(c: C) -> Rc<Inner<C>> {
        Rc::new(Inner { items: RefCell::new(c), origin: Cell::new(std::ptr::null_mut()), dirty: Cell::new(false) })
    }
}

/// The bookkeeping dicts and sets share with lists: where an argument came from and whether
/// compiled code changed it.
macro_rules! shared_methods {
    () => {
        /// The Python object this one was converted from, if any.
        pub fn origin(&self) -> *mut pyo3::ffi::PyObject {
            self.0.origin.get()
        }

        /// Whether compiled code changed it (and forgets it).
        pub fn take_dirty(&self) -> bool {
            self.0.dirty.replace(false)
        }

        fn touch(&self) {
            self.0.dirty.set(true);
        }

        pub fn len(&self) -> i64 {
            self.0.items.borrow().len() as i64
        }

        pub fn is_empty(&self) -> bool {
            self.0.items.borrow().is_empty()
        }

        /// `a is b`
        pub fn is(&self, other: &Self) -> bool {
            Rc::ptr_eq(&self.0, &other.0)
        }
    };
}

#[cold]
#[inline(never)]
fn key_error<K: PyRepr>(k: &K) -> Error {
    Error::raise(Exc::KeyError, k.py_repr())
}

#[derive(Debug)]
pub struct Dict<K, V>(Rc<Inner<IndexMap<Key<K>, V>>>);

impl<K, V> Clone for Dict<K, V> {
    /// Another reference to the same dict (`b = a`).
    fn clone(&self) -> Self {
        Dict(Rc::clone(&self.0))
    }
}

impl<K: PyKey, V: Clone> Default for Dict<K, V> {
    fn default() -> Self {
        Dict(Inner::new(IndexMap::new()))
    }
}

impl<K: PyKey + PyRepr, V: Clone> Dict<K, V> {
    pub fn new() -> Self {
        Dict::default()
    }

    /// `{k1: v1, k2: v2}`: later duplicates overwrite, keeping the first position.
    pub fn from_pairs(pairs: Vec<(K, V)>) -> Self {
        let mut m = IndexMap::with_capacity(pairs.len());
        for (k, v) in pairs {
            m.insert(Key(k), v);
        }
        Dict(Inner::new(m))
    }

    pub fn from_python(pairs: Vec<(K, V)>, origin: *mut pyo3::ffi::PyObject) -> Self {
        let d = Dict::from_pairs(pairs);
        d.0.origin.set(origin);
        d
    }

    shared_methods!();

    /// `d[k]`
    pub fn get(&self, k: &K) -> Result<V> {
        match self.0.items.borrow().get(&Look(k)) {
            Some(v) => Ok(v.clone()),
            None => Err(key_error(k)),
        }
    }

    /// `d.get(k, default)`
    pub fn get_or(&self, k: &K, default: V) -> V {
        self.0.items.borrow().get(&Look(k)).cloned().unwrap_or(default)
    }

    /// `d[k] = v`
    pub fn set(&self, k: K, v: V) {
        self.touch();
        self.0.items.borrow_mut().insert(Key(k), v);
    }

    /// `k in d`
    pub fn contains(&self, k: &K) -> bool {
        self.0.items.borrow().contains_key(&Look(k))
    }

    /// `d.setdefault(k, v)`
    pub fn setdefault(&self, k: K, v: V) -> V {
        if let Some(x) = self.0.items.borrow().get(&Look(&k)) {
            return x.clone();
        }
        self.set(k, v.clone());
        v
    }

    /// `d.pop(k)`
    pub fn pop(&self, k: &K) -> Result<V> {
        self.touch();
        self.0.items.borrow_mut().shift_remove(&Look(k)).ok_or_else(|| key_error(k))
    }

    /// `d.pop(k, default)`
    pub fn pop_or(&self, k: &K, default: V) -> V {
        self.touch();
        self.0.items.borrow_mut().shift_remove(&Look(k)).unwrap_or(default)
    }

    /// `del d[k]`
    pub fn remove(&self, k: &K) -> Result<()> {
        self.pop(k).map(|_| ())
    }

    pub fn clear(&self) {
        self.touch();
        self.0.items.borrow_mut().clear();
    }

    /// `d.update(other)`
    pub fn update(&self, other: &Dict<K, V>) {
        let pairs = other.items();
        self.touch();
        let mut m = self.0.items.borrow_mut();
        for (k, v) in pairs {
            m.insert(Key(k), v);
        }
    }

    /// `d.copy()` / `dict(d)`
    pub fn copy(&self) -> Dict<K, V> {
        Dict::from_pairs(self.items())
    }

    pub fn keys(&self) -> Vec<K> {
        self.0.items.borrow().keys().map(|k| k.0.clone()).collect()
    }

    pub fn values(&self) -> Vec<V> {
        self.0.items.borrow().values().cloned().collect()
    }

    pub fn items(&self) -> Vec<(K, V)> {
        self.0.items.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect()
    }

    /// `a == b`: same keys with equal values (order does not matter).
    pub fn equals(&self, other: &Dict<K, V>) -> bool
    where
        V: PartialEq,
    {
        let (a, b) = (self.0.items.borrow(), other.0.items.borrow());
        a.len() == b.len() && a.iter().all(|(k, v)| b.get(k) == Some(v))
    }
}

#[derive(Debug)]
pub struct Set<T>(Rc<Inner<IndexSet<Key<T>>>>);

impl<T> Clone for Set<T> {
    fn clone(&self) -> Self {
        Set(Rc::clone(&self.0))
    }
}

impl<T: PyKey> Default for Set<T> {
    fn default() -> Self {
        Set(Inner::new(IndexSet::new()))
    }
}

impl<T: PyKey + PyRepr> Set<T> {
    pub fn new() -> Self {
        Set::default()
    }

    pub fn from_vec(v: Vec<T>) -> Self {
        Set(Inner::new(v.into_iter().map(Key).collect()))
    }

    pub fn from_python(v: Vec<T>, origin: *mut pyo3::ffi::PyObject) -> Self {
        let s = Set::from_vec(v);
        s.0.origin.set(origin);
        s
    }

    shared_methods!();

    pub fn contains(&self, x: &T) -> bool {
        self.0.items.borrow().contains(&Look(x))
    }

    pub fn add(&self, x: T) {
        self.touch();
        self.0.items.borrow_mut().insert(Key(x));
    }

    pub fn discard(&self, x: &T) {
        self.touch();
        self.0.items.borrow_mut().shift_remove(&Look(x));
    }

    /// `s.remove(x)`: KeyError when absent.
    pub fn remove(&self, x: &T) -> Result<()> {
        self.touch();
        if self.0.items.borrow_mut().shift_remove(&Look(x)) {
            Ok(())
        } else {
            Err(key_error(x))
        }
    }

    /// `s.pop()`
    pub fn pop(&self) -> Result<T> {
        self.touch();
        self.0
            .items
            .borrow_mut()
            .shift_remove_index(0)
            .map(|k| k.0)
            .ok_or_else(|| Error::raise(Exc::KeyError, "'pop from an empty set'"))
    }

    pub fn clear(&self) {
        self.touch();
        self.0.items.borrow_mut().clear();
    }

    pub fn items(&self) -> Vec<T> {
        self.0.items.borrow().iter().map(|k| k.0.clone()).collect()
    }

    pub fn copy(&self) -> Set<T> {
        Set::from_vec(self.items())
    }

    /// `a | b`
    pub fn union(&self, other: &Set<T>) -> Set<T> {
        let mut v = self.items();
        v.extend(other.items());
        Set::from_vec(v)
    }

    /// `a & b`: as CPython, the items of the smaller set (of `b` when the sizes are equal) that
    /// are in the other — which of two equal keys (`0.0`, `-0.0`) the result holds.
    pub fn intersection(&self, other: &Set<T>) -> Set<T> {
        let (a, b) = (self.0.items.borrow(), other.0.items.borrow());
        let (small, big) = if b.len() > a.len() { (&a, &b) } else { (&b, &a) };
        Set(Inner::new(small.iter().filter(|x| big.contains(*x)).cloned().collect()))
    }

    /// `a - b`
    pub fn difference(&self, other: &Set<T>) -> Set<T> {
        let b = other.0.items.borrow();
        Set(Inner::new(self.0.items.borrow().iter().filter(|x| !b.contains(*x)).cloned().collect()))
    }

    /// `a ^ b`
    pub fn symmetric_difference(&self, other: &Set<T>) -> Set<T> {
        let (a, b) = (self.0.items.borrow(), other.0.items.borrow());
        let mut v: IndexSet<Key<T>> = a.iter().filter(|x| !b.contains(*x)).cloned().collect();
        v.extend(b.iter().filter(|x| !a.contains(*x)).cloned());
        Set(Inner::new(v))
    }

    /// `a |= b` and `a.update(b)`
    pub fn update(&self, other: &Set<T>) {
        let v = other.items();
        self.touch();
        self.0.items.borrow_mut().extend(v.into_iter().map(Key));
    }

    /// `a <= b`
    pub fn issubset(&self, other: &Set<T>) -> bool {
        let b = other.0.items.borrow();
        self.0.items.borrow().iter().all(|x| b.contains(x))
    }

    /// `a == b`
    pub fn equals(&self, other: &Set<T>) -> bool {
        self.len() == other.len() && self.issubset(other)
    }
}

impl<K: PyKey + PyRepr, V: Clone + PartialEq> PartialEq for Dict<K, V> {
    fn eq(&self, other: &Self) -> bool {
        self.equals(other)
    }
}

impl<T: PyKey + PyRepr> PartialEq for Set<T> {
    fn eq(&self, other: &Self) -> bool {
        self.equals(other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::str::Str;

    #[test]
    fn dict_semantics() {
        let d: Dict<Str, i64> = Dict::from_pairs(vec![(Str::from("a"), 1), (Str::from("b"), 2), (Str::from("a"), 3)]);
        assert_eq!(d.len(), 2);
        assert_eq!(d.keys(), vec![Str::from("a"), Str::from("b")]);
        assert_eq!(d.get(&Str::from("a")), Ok(3));
        let e = d.get(&Str::from("zz")).unwrap_err();
        assert_eq!(e.class(), Exc::KeyError);
        assert_eq!(e.message(), "'zz'");
        assert_eq!(d.setdefault(Str::from("c"), 7), 7);
        assert_eq!(d.pop(&Str::from("a")), Ok(3));
        assert_eq!(d.keys(), vec![Str::from("b"), Str::from("c")]);
        let alias = d.clone();
        alias.set(Str::from("z"), 0);
        assert!(d.contains(&Str::from("z")));
    }

    #[test]
    fn set_operations() {
        let a = Set::from_vec(vec![1i64, 2, 3, 2]);
        let b = Set::from_vec(vec![3i64, 4]);
        assert_eq!(a.len(), 3);
        assert_eq!(a.intersection(&b).items(), vec![3]);
        assert_eq!(a.union(&b).len(), 4);
        assert_eq!(a.difference(&b).items(), vec![1, 2]);
        assert_eq!(a.symmetric_difference(&b).items(), vec![1, 2, 4]);
        assert!(a.remove(&9).is_err());
        a.discard(&1);
        assert!(!a.contains(&1));
    }
}
