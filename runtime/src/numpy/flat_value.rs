//! `a.flat` and `np.ndenumerate(a)`/`np.ndindex(...)` kept as values (`it = a.flat`).
//!
//! [`FlatIter`] is numpy's `flatiter`: the array (sharing its memory) and one position shared
//! by every copy of the value, as Python's names share one object. Iterating reads each
//! element when it is reached (writes made to the array meanwhile are seen), `next(it)` and a
//! loop left by `break` move the position on, and any subscript (`it[k]`, `it[i:j]`,
//! `it[k] = v`, even one that raises) puts it back at the start, as numpy's
//! `iter_subscript`/`iter_ass_subscript` do.

use super::element::Element;
use super::ndarray::{unravel, NdArray};
use crate::builtins::generator::Gen;
use crate::error::{Error, Exc, Result};
use std::cell::Cell;
use std::rc::Rc;

pub struct FlatIter<T: Element, const D: usize> {
    a: NdArray<T, D>,
    pos: Rc<Cell<usize>>,
}

impl<T: Element, const D: usize> Clone for FlatIter<T, D> {
    fn clone(&self) -> Self {
        FlatIter { a: self.a.clone(), pos: self.pos.clone() }
    }
}

impl<T: Element, const D: usize> Default for FlatIter<T, D> {
    /// The value of a variable before it is assigned: over an empty array.
    fn default() -> Self {
        FlatIter::new(NdArray::default())
    }
}

impl<T: Element, const D: usize> FlatIter<T, D> {
    /// `a.flat`: at the array's first element.
    pub fn new(a: NdArray<T, D>) -> Self {
        FlatIter { a, pos: Rc::new(Cell::new(0)) }
    }

    /// The array, for a subscript (`it[k]`, `it[i:j] = v`): the position goes back to the
    /// start first, as numpy's subscripts reset the iterator whatever they do.
    pub fn subscript(&self) -> NdArray<T, D> {
        self.pos.set(0);
        self.a.clone()
    }

    /// After `it[idx] = v` with an int array `idx`: numpy's `iter_ass_subscript` moves the
    /// iterator to each index in turn and leaves it at the last one it reached (the one before
    /// an index out of bounds), so the next element is that one.
    pub fn settle<const K: usize>(&self, idx: &NdArray<i64, K>) {
        let n = self.a.size() as i64;
        let mut at = 0;
        for k in idx.to_vec() {
            let j = if k < 0 { k.wrapping_add(n) } else { k };
            if j < 0 || j >= n {
                break;
            }
            at = j as usize;
        }
        self.pos.set(at);
    }

    /// `len(it)`: the array's size (wherever the position is, as numpy's).
    pub fn len(&self) -> i64 {
        self.a.size() as i64
    }

    /// Whether the array is empty (`len(it) == 0`).
    pub fn is_empty(&self) -> bool {
        self.a.size() == 0
    }

    /// The next element (`next(it, default)`); `None` at the end.
    pub fn next_item(&self) -> Result<Option<T::Value>> {
        Ok(self.step())
    }

    /// The next element, read now; `None` at the end (and the position stays there).
    fn step(&self) -> Option<T::Value> {
        let k = self.pos.get();
        if k >= self.a.size() {
            return None;
        }
        self.pos.set(k + 1);
        // SAFETY: `k` is below the size, so its position is in bounds.
        Some(unsafe { self.a.at(unravel(k, self.a.shape())) })
    }

    /// `next(it)`: the next element, or StopIteration.
    pub fn next(&self) -> Result<T::Value> {
        self.step().ok_or_else(|| Error::raise(Exc::StopIteration, ""))
    }

    /// `next(it, default)`.
    pub fn next_or(&self, default: T::Value) -> T::Value {
        self.step().unwrap_or(default)
    }

    /// `for x in it`, `list(it)`: the remaining elements, moving the shared position on as
    /// each is taken (a loop left early leaves the rest for the next one).
    pub fn iter(self) -> impl Iterator<Item = T::Value> {
        std::iter::from_fn(move || self.step())
    }
}

/// `it = np.ndenumerate(a)`, `it = np.ndindex(shape)`: the items the loop header would walk,
/// as a generator value (`next(it)`, loops that stop and resume, `list(it)`), each read when
/// it is asked for.
pub fn lazily<I: Iterator + 'static>(it: I) -> Result<Gen<I::Item>> {
    Gen::new(move |y| {
        for x in it {
            y.suspend(x);
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_position_reset_by_subscripts() {
        let a = NdArray::<i64, 2>::from_vec([2, 3], (0..6).collect());
        let it = FlatIter::new(a.transpose());
        let other = it.clone();
        assert_eq!(it.next(), Ok(0));
        assert_eq!(other.next(), Ok(3));
        assert_eq!(it.pos.get(), 2);
        let _ = it.subscript();
        assert_eq!(other.pos.get(), 0);
        assert_eq!(it.clone().iter().collect::<Vec<_>>(), vec![0, 3, 1, 4, 2, 5]);
        assert!(it.next().is_err());
        assert_eq!(it.next_or(-1), -1);
        assert_eq!(it.len(), 6);
        it.settle(&NdArray::<i64, 1>::from_vec([3], vec![4, -1, 9]));
        assert_eq!(it.next(), Ok(5));
        let g = lazily(super::super::flat::iter(a)).unwrap();
        assert_eq!(g.next(), Ok(0));
        assert_eq!(g.drain().unwrap(), vec![1, 2, 3, 4, 5]);
    }
}
