//! Tuples whose length is known only when the code runs (`tuple(lst)`, `tuple(sorted(s))`):
//! immutable, hashable and ordered like Python tuples, so they serve as set items and dict
//! keys. Their reading methods have the names of [`List`](crate::List)'s (`len`, `get`,
//! `iter_items`, `contains`, `slice`, `to_vec`), so generated code reads both alike.

use crate::error::{Error, Result};
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VarTuple<T>(Rc<[T]>);

impl<T> Default for VarTuple<T> {
    fn default() -> Self {
        VarTuple(Rc::new([]))
    }
}

impl<T: Clone> VarTuple<T> {
    pub fn from_vec(v: Vec<T>) -> Self {
        VarTuple(v.into())
    }

    /// `tuple(iterable)`: MemoryError rather than an abort when the items do not fit.
    pub fn collect(it: impl Iterator<Item = T>) -> Result<Self> {
        Ok(VarTuple::from_vec(crate::builtins::list::collect(it)?.to_vec()))
    }

    #[inline]
    pub fn len(&self) -> i64 {
        self.0.len() as i64
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, i: i64) -> Result<T> {
        let n = self.0.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(Error::Index("tuple index out of range"));
        }
        Ok(self.0[j as usize].clone())
    }

    pub fn iter_items(&self) -> impl Iterator<Item = T> {
        let items = self.0.clone();
        (0..items.len()).map(move |k| items[k].clone())
    }

    pub fn to_vec(&self) -> Vec<T> {
        self.0.to_vec()
    }

    pub fn slice(&self, lo: Option<i64>, hi: Option<i64>, step: Option<i64>) -> Result<VarTuple<T>> {
        let (start, count, step) = crate::builtins::slice::slice_indices(self.0.len(), lo, hi, step)?;
        Ok(VarTuple::from_vec((0..count).map(|k| self.0[(start + k as i64 * step) as usize].clone()).collect()))
    }

    /// `a + b`
    pub fn concat(a: &VarTuple<T>, b: &VarTuple<T>) -> VarTuple<T> {
        VarTuple::from_vec(a.0.iter().chain(b.0.iter()).cloned().collect())
    }
}

impl<T: Clone + PartialEq> VarTuple<T> {
    /// `x in t`
    pub fn contains(&self, x: &T) -> bool {
        self.0.iter().any(|y| y == x)
    }

    pub fn count(&self, x: &T) -> i64 {
        self.0.iter().filter(|y| *y == x).count() as i64
    }

    /// `t.index(x)`: ValueError when absent.
    pub fn index(&self, x: &T) -> Result<i64> {
        match self.0.iter().position(|y| y == x) {
            Some(i) => Ok(i as i64),
            None => Err(Error::Value("tuple.index(x): x not in tuple")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_like_a_python_tuple() {
        let t = VarTuple::from_vec(vec![3i64, 1, 2]);
        assert_eq!(t.len(), 3);
        assert_eq!(t.get(-1).unwrap(), 2);
        assert!(t.get(3).is_err());
        assert_eq!(t.slice(None, None, Some(-1)).unwrap().to_vec(), vec![2, 1, 3]);
        assert!(VarTuple::from_vec(vec![1i64, 2]) < VarTuple::from_vec(vec![1i64, 2, 0]));
        assert!(t.contains(&1) && !t.contains(&5));
        assert_eq!(VarTuple::concat(&t, &t).len(), 6);
    }
}
