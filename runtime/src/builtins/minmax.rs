//! `min` and `max` as CPython computes them: the first of the arguments that no later one is
//! strictly less (greater) than, so NaN and -0.0 come out as in Python.

use crate::builtins::list::List;
use crate::error::{value, Result};

#[inline]
pub fn min<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if b < a {
        b
    } else {
        a
    }
}

#[inline]
pub fn max<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if b > a {
        b
    } else {
        a
    }
}

pub fn min_list<T: PartialOrd + Copy>(l: &List<T>) -> Result<T> {
    let v = l.to_vec();
    let mut it = v.into_iter();
    let first = it.next().ok_or_else(|| value("min() arg is an empty sequence"))?;
    Ok(it.fold(first, min))
}

pub fn max_list<T: PartialOrd + Copy>(l: &List<T>) -> Result<T> {
    let v = l.to_vec();
    let mut it = v.into_iter();
    let first = it.next().ok_or_else(|| value("max() arg is an empty sequence"))?;
    Ok(it.fold(first, max))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nan_and_signed_zero_like_cpython() {
        assert!(min(f64::NAN, 1.0).is_nan());
        assert_eq!(min(1.0, f64::NAN), 1.0);
        assert_eq!(min(0.0f64, -0.0).to_bits(), 0.0f64.to_bits());
        assert_eq!(max(2i64, 3), 3);
    }
}

/// `min(iterable)` / `max(iterable)` of any orderable items (strings, tuples, numbers):
/// the first of equal items, as CPython.
pub fn min_iter<T: PartialOrd, I: IntoIterator<Item = T>>(items: I) -> Result<T> {
    let mut it = items.into_iter();
    let mut best = it.next().ok_or_else(|| value("min() arg is an empty sequence"))?;
    for x in it {
        if x < best {
            best = x;
        }
    }
    Ok(best)
}

pub fn max_iter<T: PartialOrd, I: IntoIterator<Item = T>>(items: I) -> Result<T> {
    let mut it = items.into_iter();
    let mut best = it.next().ok_or_else(|| value("max() arg is an empty sequence"))?;
    for x in it {
        if x > best {
            best = x;
        }
    }
    Ok(best)
}

/// Python's ordering from `<` alone (what `list.sort` uses): incomparable items (NaN) are
/// "not less" either way.
fn py_cmp<T: PartialOrd>(a: &T, b: &T) -> std::cmp::Ordering {
    if a < b {
        std::cmp::Ordering::Less
    } else if b < a {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}

/// `sorted(v)` / `v.sort()`: stable; `reverse` keeps equal items in their original order, as
/// CPython does (reverse, sort, reverse).
pub fn sort<T: PartialOrd>(v: &mut [T], reverse: bool) {
    if reverse {
        // CPython: reverse, sort ascending (stable), reverse — equal items keep their order
        v.reverse();
        v.sort_by(py_cmp);
        v.reverse();
    } else {
        v.sort_by(py_cmp);
    }
}

/// `sorted(v, key=f)`: the keys computed once per item (`keys[i]` for `items[i]`).
pub fn sort_by_keys<T, K: PartialOrd>(items: Vec<T>, keys: Vec<K>, reverse: bool) -> Vec<T> {
    let mut idx: Vec<usize> = (0..items.len()).collect();
    idx.sort_by(|a, b| py_cmp(&keys[*a], &keys[*b]));
    if reverse {
        // as CPython: reverse, stable sort, reverse
        idx.reverse();
        idx.sort_by(|a, b| py_cmp(&keys[*a], &keys[*b]));
        idx.reverse();
    }
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    idx.into_iter().map(|i| slots[i].take().expect("each index once")).collect()
}

#[cfg(test)]
mod sort_tests {
    use super::*;

    #[test]
    fn stable_and_reverse_like_cpython() {
        // sorted([(1,'a'),(0,'b'),(1,'c')], key=lambda t: t[0], reverse=True) == [(1,'a'),(1,'c'),(0,'b')]
        let items = vec![(1, 'a'), (0, 'b'), (1, 'c')];
        let keys = vec![1, 0, 1];
        assert_eq!(sort_by_keys(items.clone(), keys.clone(), true), vec![(1, 'a'), (1, 'c'), (0, 'b')]);
        assert_eq!(sort_by_keys(items, keys, false), vec![(0, 'b'), (1, 'a'), (1, 'c')]);
        let mut v = vec![3, 1, 2];
        sort(&mut v, true);
        assert_eq!(v, vec![3, 2, 1]);
    }
}
