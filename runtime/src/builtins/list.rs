//! Python lists inside compiled code: shared, mutable, reference semantics (`b = a` aliases),
//! with Python's index rules (negative indices, `IndexError`).
//!
//! A compiled call runs on one thread, so a plain `Rc<RefCell<..>>` is enough; each access is
//! a short borrow that never overlaps another.
//!
//! A list that came in as an argument remembers the Python list it was converted from
//! (`origin`) and whether compiled code changed it (`dirty`): after the call the changes are
//! written back into that Python list, and returning the list returns that same object — so
//! the caller sees what CPython would show.

use crate::error::{Error, Result};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug)]
pub struct Inner<T> {
    items: RefCell<Vec<T>>,
    origin: Cell<*mut pyo3::ffi::PyObject>,
    dirty: Cell<bool>,
}

#[derive(Debug)]
pub struct List<T>(Rc<Inner<T>>);

impl<T> Default for List<T> {
    fn default() -> Self {
        List(Rc::new(Inner {
            items: RefCell::new(Vec::new()),
            origin: Cell::new(std::ptr::null_mut()),
            dirty: Cell::new(false),
        }))
    }
}

impl<T> Clone for List<T> {
    /// Another reference to the same list (Python's `b = a`).
    fn clone(&self) -> Self {
        List(Rc::clone(&self.0))
    }
}

#[cold]
#[inline(never)]
fn index_error(what: &str) -> Error {
    Error::Index(format!("list {what} out of range"))
}

#[inline]
fn normalize(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if (j as u64) < (n as u64) {
        Some(j as usize)
    } else {
        None
    }
}

impl<T: Clone> List<T> {
    pub fn new() -> Self {
        List::default()
    }

    pub fn from_vec(v: Vec<T>) -> Self {
        List(Rc::new(Inner {
            items: RefCell::new(v),
            origin: Cell::new(std::ptr::null_mut()),
            dirty: Cell::new(false),
        }))
    }

    /// A list converted from the Python list `origin` (borrowed for the duration of the call).
    pub fn from_python(v: Vec<T>, origin: *mut pyo3::ffi::PyObject) -> Self {
        let l = List::from_vec(v);
        l.0.origin.set(origin);
        l
    }

    /// The Python list this one was converted from, if any.
    pub fn origin(&self) -> *mut pyo3::ffi::PyObject {
        self.0.origin.get()
    }

    /// Whether compiled code changed the list (and forgets it).
    pub fn take_dirty(&self) -> bool {
        self.0.dirty.replace(false)
    }

    #[inline]
    fn touch(&self) {
        self.0.dirty.set(true);
    }

    /// `[a, b] * n`: MemoryError when the list cannot be allocated (CPython's `list_repeat`),
    /// never an abort.
    pub fn repeat(items: Vec<T>, n: i64) -> Result<Self> {
        let n = n.max(0) as usize;
        let total = items.len().checked_mul(n).ok_or_else(crate::error::memory_error)?;
        let mut v = Vec::new();
        v.try_reserve_exact(total).map_err(|_| crate::error::memory_error())?;
        for _ in 0..n {
            v.extend_from_slice(&items);
        }
        Ok(List::from_vec(v))
    }

    #[inline]
    pub fn len(&self) -> i64 {
        self.0.items.borrow().len() as i64
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.items.borrow().is_empty()
    }

    #[inline]
    pub fn get(&self, i: i64) -> Result<T> {
        let v = self.0.items.borrow();
        match normalize(i, v.len()) {
            Some(j) => Ok(v[j].clone()),
            None => Err(index_error("index")),
        }
    }

    #[inline]
    pub fn set(&self, i: i64, x: T) -> Result<()> {
        let mut v = {
            self.touch();
            self.0.items.borrow_mut()
        };
        match normalize(i, v.len()) {
            Some(j) => {
                v[j] = x;
                Ok(())
            }
            None => Err(index_error("assignment index")),
        }
    }

    /// `lst.append(x)`: MemoryError when the list cannot grow, never an abort.
    #[inline]
    pub fn append(&self, x: T) -> Result<()> {
        self.touch();
        push(&mut self.0.items.borrow_mut(), x)
    }

    /// `lst.pop()` / `lst.pop(i)`
    pub fn pop(&self, i: i64) -> Result<T> {
        let mut v = {
            self.touch();
            self.0.items.borrow_mut()
        };
        if v.is_empty() {
            return Err(Error::Index("pop from empty list"));
        }
        match normalize(i, v.len()) {
            Some(j) => Ok(v.remove(j)),
            None => Err(Error::Index("pop index out of range")),
        }
    }

    /// A copy of the current contents (for conversion back to Python).
    pub fn to_vec(&self) -> Vec<T> {
        self.0.items.borrow().clone()
    }

    /// Whether two lists are the same object (`a is b`).
    pub fn is(&self, other: &List<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: Clone> List<T> {
    /// `a + b`: a new list.
    pub fn concat(a: &List<T>, b: &List<T>) -> List<T> {
        let mut v = a.to_vec();
        v.extend(b.to_vec());
        List::from_vec(v)
    }

    /// `a * n`: a new list.
    pub fn times(&self, n: i64) -> Result<List<T>> {
        List::repeat(self.to_vec(), n)
    }
}

impl<T: Clone + PartialEq> PartialEq for List<T> {
    /// `a == b`: same items.
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0) || *self.0.items.borrow() == *other.0.items.borrow()
    }
}

impl<T: Clone + PartialOrd> PartialOrd for List<T> {
    /// `a < b`: lexicographic, as Python.
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        self.to_vec().partial_cmp(&other.to_vec())
    }
}

impl<T: Clone> List<T> {
    /// The items as the loop goes, like Python's list iterator: an item appended during the
    /// loop is seen, nothing is copied up front.
    pub fn iter_items(&self) -> impl Iterator<Item = T> {
        let l = self.clone();
        let mut k = 0usize;
        std::iter::from_fn(move || {
            let x = l.0.items.borrow().get(k).cloned();
            k += 1;
            x
        })
    }

    /// The items borrowed for a loop whose body cannot change any list (checked by the
    /// compiler; a change would be refused by the `RefCell`, never undefined behaviour).
    pub fn items_ref(&self) -> std::cell::Ref<'_, Vec<T>> {
        self.0.items.borrow()
    }

    /// `lst.extend(items)`
    pub fn extend(&self, items: Vec<T>) {
        {
            self.touch();
            self.0.items.borrow_mut()
        }
        .extend(items);
    }

    /// `lst.insert(i, x)`: Python clamps the position.
    pub fn insert(&self, i: i64, x: T) {
        let mut v = {
            self.touch();
            self.0.items.borrow_mut()
        };
        let n = v.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        v.insert(j as usize, x);
    }

    pub fn reverse(&self) {
        {
            self.touch();
            self.0.items.borrow_mut()
        }
        .reverse();
    }

    pub fn clear(&self) {
        {
            self.touch();
            self.0.items.borrow_mut()
        }
        .clear();
    }

    /// `lst.copy()`, `list(lst)`, `lst[:]`
    pub fn copy(&self) -> List<T> {
        List::from_vec(self.to_vec())
    }

    /// `lst[lo:hi:step]`: a new list.
    pub fn slice(&self, lo: Option<i64>, hi: Option<i64>, step: Option<i64>) -> Result<List<T>> {
        let v = self.0.items.borrow();
        let (start, count, step) = crate::builtins::slice::slice_indices(v.len(), lo, hi, step)?;
        Ok(List::from_vec((0..count).map(|k| v[(start + k as i64 * step) as usize].clone()).collect()))
    }

    /// `lst[lo:hi:step] = items`: a plain slice is replaced by the items (the list may grow or
    /// shrink); an extended slice takes exactly as many items as it selects (ValueError).
    pub fn set_slice(&self, lo: Option<i64>, hi: Option<i64>, step: Option<i64>, items: Vec<T>) -> Result<()> {
        self.touch();
        let mut v = self.0.items.borrow_mut();
        let (start, count, st) = crate::builtins::slice::slice_indices(v.len(), lo, hi, step)?;
        if step.unwrap_or(1) == 1 {
            let start = start as usize;
            v.splice(start..start + count, items);
            return Ok(());
        }
        if items.len() != count {
            return Err(Error::Value(format!(
                "attempt to assign sequence of size {} to extended slice of size {count}",
                items.len()
            )));
        }
        for (k, x) in items.into_iter().enumerate() {
            v[(start + k as i64 * st) as usize] = x;
        }
        Ok(())
    }

    /// `del lst[lo:hi:step]`: the items the slice selects removed (none for an empty slice).
    pub fn delete_slice(&self, lo: Option<i64>, hi: Option<i64>, step: Option<i64>) -> Result<()> {
        self.touch();
        let mut v = self.0.items.borrow_mut();
        let (start, count, st) = crate::builtins::slice::slice_indices(v.len(), lo, hi, step)?;
        if count == 0 {
            return Ok(());
        }
        let (first, last) =
            if st > 0 { (start, start + (count as i64 - 1) * st) } else { (start + (count as i64 - 1) * st, start) };
        let stride = st.unsigned_abs() as usize;
        let (first, last) = (first as usize, last as usize);
        let mut k = 0usize;
        v.retain(|_| {
            let i = k;
            k += 1;
            !(i >= first && i <= last && (i - first) % stride == 0)
        });
        Ok(())
    }

    /// `del lst[i]`
    pub fn delete(&self, i: i64) -> Result<()> {
        let mut v = {
            self.touch();
            self.0.items.borrow_mut()
        };
        match normalize(i, v.len()) {
            Some(j) => {
                v.remove(j);
                Ok(())
            }
            None => Err(index_error("assignment index")),
        }
    }
}

impl<T: Clone + PartialEq> List<T> {
    /// `x in lst`
    pub fn contains(&self, x: &T) -> bool {
        self.0.items.borrow().iter().any(|y| y == x)
    }

    pub fn count(&self, x: &T) -> i64 {
        self.0.items.borrow().iter().filter(|y| *y == x).count() as i64
    }

    /// `lst.index(x)`: ValueError when absent.
    pub fn index(&self, x: &T) -> Result<i64> {
        match self.0.items.borrow().iter().position(|y| y == x) {
            Some(i) => Ok(i as i64),
            None => Err(Error::Value("value is not in list")),
        }
    }

    /// `lst.remove(x)`: the first equal item; ValueError when absent.
    pub fn remove(&self, x: &T) -> Result<()> {
        let mut v = {
            self.touch();
            self.0.items.borrow_mut()
        };
        match v.iter().position(|y| y == x) {
            Some(i) => {
                v.remove(i);
                Ok(())
            }
            None => Err(Error::Value("list.remove(x): x not in list")),
        }
    }
}

impl<T: Clone + PartialOrd> List<T> {
    /// `lst.sort()`
    pub fn sort(&self, reverse: bool) {
        let mut v = {
            self.touch();
            self.0.items.borrow_mut()
        };
        crate::builtins::sort::sort(&mut v, reverse);
    }
}

/// `list(iterable)`: the items of an iterator in a new list; MemoryError when its known
/// length cannot be allocated (`list(range(2**62))`) or when it grows beyond what can be (an
/// endless generator), never an abort.
pub fn collect<T: Clone>(it: impl Iterator<Item = T>) -> Result<List<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(it.size_hint().0).map_err(|_| crate::error::memory_error())?;
    for x in it {
        push(&mut v, x)?;
    }
    Ok(List::from_vec(v))
}

/// `v.push(x)` that raises MemoryError where `Vec::push` would abort the process: how
/// comprehensions, `list()` and `append` grow (an unbounded one ends in Python's exception).
#[inline]
pub fn push<T>(v: &mut Vec<T>, x: T) -> Result<()> {
    if v.len() == v.capacity() {
        grow(v)?;
    }
    v.push(x);
    Ok(())
}

#[cold]
#[inline(never)]
fn grow<T>(v: &mut Vec<T>) -> Result<()> {
    // amortised doubling, as `Vec::push`
    v.try_reserve(1).map_err(|_| crate::error::memory_error())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_indexing() {
        let l = List::from_vec(vec![1i64, 2, 3]);
        assert_eq!(l.get(-1), Ok(3));
        assert!(l.get(3).is_err());
        assert!(l.get(-4).is_err());
        let alias = l.clone();
        alias.set(0, 10).unwrap();
        assert_eq!(l.get(0), Ok(10));
        assert_eq!(List::repeat(vec![0i64], 3).unwrap().to_vec(), vec![0, 0, 0]);
        assert_eq!(List::repeat(vec![0i64], -2).unwrap().len(), 0);
        assert!(List::repeat(vec![0i64], 1 << 62).is_err());
        assert!(List::repeat(vec![0i64, 1], i64::MAX).is_err());
    }
}
