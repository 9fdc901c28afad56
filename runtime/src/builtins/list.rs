//! Python lists inside compiled code: shared, mutable, reference semantics (`b = a` aliases),
//! with Python's index rules (negative indices, `IndexError`).
//!
//! A compiled call runs on one thread, so a plain `Rc<RefCell<..>>` is enough; each access is
//! a short borrow that never overlaps another.

use crate::error::{Error, Result};
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug, Default)]
pub struct List<T>(Rc<RefCell<Vec<T>>>);

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
        List(Rc::new(RefCell::new(Vec::new())))
    }

    pub fn from_vec(v: Vec<T>) -> Self {
        List(Rc::new(RefCell::new(v)))
    }

    /// `[a, b] * n`
    pub fn repeat(items: Vec<T>, n: i64) -> Self {
        let n = n.max(0) as usize;
        let mut v = Vec::with_capacity(items.len() * n);
        for _ in 0..n {
            v.extend_from_slice(&items);
        }
        List::from_vec(v)
    }

    #[inline]
    pub fn len(&self) -> i64 {
        self.0.borrow().len() as i64
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.borrow().is_empty()
    }

    #[inline]
    pub fn get(&self, i: i64) -> Result<T> {
        let v = self.0.borrow();
        match normalize(i, v.len()) {
            Some(j) => Ok(v[j].clone()),
            None => Err(index_error("index")),
        }
    }

    #[inline]
    pub fn set(&self, i: i64, x: T) -> Result<()> {
        let mut v = self.0.borrow_mut();
        match normalize(i, v.len()) {
            Some(j) => {
                v[j] = x;
                Ok(())
            }
            None => Err(index_error("assignment index")),
        }
    }

    #[inline]
    pub fn append(&self, x: T) {
        self.0.borrow_mut().push(x);
    }

    /// `lst.pop()` / `lst.pop(i)`
    pub fn pop(&self, i: i64) -> Result<T> {
        let mut v = self.0.borrow_mut();
        if v.is_empty() {
            return Err(Error::Index("pop from empty list".into()));
        }
        match normalize(i, v.len()) {
            Some(j) => Ok(v.remove(j)),
            None => Err(Error::Index("pop index out of range".into())),
        }
    }

    /// A copy of the current contents (for conversion back to Python).
    pub fn to_vec(&self) -> Vec<T> {
        self.0.borrow().clone()
    }

    /// Whether two lists are the same object (`a is b`).
    pub fn is(&self, other: &List<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
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
        assert_eq!(List::repeat(vec![0i64], 3).to_vec(), vec![0, 0, 0]);
        assert_eq!(List::repeat(vec![0i64], -2).len(), 0);
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
    pub fn times(&self, n: i64) -> List<T> {
        List::repeat(self.to_vec(), n)
    }
}
