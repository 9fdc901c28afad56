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

/// `max(iterable, key=f)` (`max`) / `min(...)`: the first item whose key is largest
/// (smallest), `None` for no items; the key is computed once per item, in order, as CPython.
pub fn by_key<T, K: PartialOrd, I: IntoIterator<Item = T>>(
    items: I,
    mut key: impl FnMut(&T) -> Result<K>,
    max: bool,
) -> Result<Option<T>> {
    let mut best: Option<(T, K)> = None;
    for x in items {
        let k = key(&x)?;
        let better = match &best {
            None => true,
            Some((_, bk)) if max => k > *bk,
            Some((_, bk)) => k < *bk,
        };
        if better {
            best = Some((x, k));
        }
    }
    Ok(best.map(|(x, _)| x))
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
