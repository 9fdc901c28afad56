//! `range(start, stop, step)` as a Rust iterator with Python's semantics (evaluated once,
//! any step but zero, no overflow).

use crate::error::{overflow, value, Result};

#[derive(Clone, Copy, Debug)]
pub struct Range {
    next: i64,
    step: i64,
    remaining: u64,
}

impl Range {
    #[inline]
    pub fn new(start: i64, stop: i64, step: i64) -> Result<Range> {
        if step == 0 {
            return Err(value("range() arg 3 must not be zero"));
        }
        let (lo, hi, st) = (start as i128, stop as i128, step as i128);
        let n = if st > 0 {
            if lo < hi {
                (hi - lo + st - 1) / st
            } else {
                0
            }
        } else if lo > hi {
            (lo - hi - st - 1) / (-st)
        } else {
            0
        };
        Ok(Range { next: start, step, remaining: n as u64 })
    }

    /// The first value and the step.
    #[inline]
    pub fn start_step(&self) -> (i64, i64) {
        (self.next, self.step)
    }

    /// The last value, if any (what the loop variable holds after the loop).
    #[inline]
    pub fn last(&self) -> Option<i64> {
        if self.remaining == 0 {
            None
        } else {
            Some(self.next.wrapping_add(((self.remaining - 1) as i64).wrapping_mul(self.step)))
        }
    }

    #[inline]
    pub fn len(&self) -> u64 {
        self.remaining
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.remaining == 0
    }
}

/// A `range` object kept as a value (passed to a function, returned): iterated as often as
/// asked, `len`, indexing and `in` as CPython's `rangeobject.c`.
#[derive(Clone, Copy, Debug)]
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

/// `r == s` as CPython's `range_equals`: the same items (`range(0) == range(5, 2)`,
/// `range(0, 1) == range(0, 2, 5)`).
impl PartialEq for PyRange {
    fn eq(&self, other: &PyRange) -> bool {
        let (a, b) = (self.iter(), other.iter());
        a.len() == b.len() && (a.is_empty() || (self.start == other.start && (a.len() == 1 || self.step == other.step)))
    }
}

impl Eq for PyRange {}

/// `range(0)`: the value of a range variable before its first assignment.
impl Default for PyRange {
    fn default() -> PyRange {
        PyRange { start: 0, stop: 0, step: 1 }
    }
}

impl PyRange {
    /// `range(start, stop, step)`: ValueError for a zero step.
    pub fn new(start: i64, stop: i64, step: i64) -> Result<PyRange> {
        Range::new(start, stop, step)?;
        Ok(PyRange { start, stop, step })
    }

    /// Its items, from the first.
    #[inline]
    pub fn iter(&self) -> Range {
        Range::new(self.start, self.stop, self.step).expect("a range object has a non-zero step")
    }

    /// `len(r)`: OverflowError past `sys.maxsize`.
    pub fn len(&self) -> Result<i64> {
        ssize(self.iter().len())
    }

    /// `not r`
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.iter().is_empty()
    }

    /// `r[i]`: negative indices from the end; IndexError "range object index out of range".
    pub fn get(&self, i: i64) -> Result<i64> {
        let n = self.iter().len() as i128;
        let k = if i < 0 { i as i128 + n } else { i as i128 };
        if k < 0 || k >= n {
            return Err(crate::Error::Index("range object index out of range"));
        }
        Ok((self.start as i128 + k * self.step as i128) as i64)
    }

    /// `r[lo:hi:step]`: a range, as CPython's `compute_slice` (the slice's bounds clamped to
    /// the range's length as `slice.indices` does, then mapped through `r`'s start and step, so
    /// `range(10)[2:7:3]` is `range(2, 7, 3)` and `range(10)[::-1]` is `range(9, -1, -1)`);
    /// ValueError for a zero step, OverflowError where a bound leaves 64 bits.
    pub fn slice(&self, lo: Option<i64>, hi: Option<i64>, step: Option<i64>) -> Result<PyRange> {
        let step = step.unwrap_or(1) as i128;
        if step == 0 {
            return Err(crate::Error::Value("slice step cannot be zero"));
        }
        let n = self.iter().len() as i128;
        let (lower, upper) = if step < 0 { (-1, n - 1) } else { (0, n) };
        let clamp = |v: Option<i64>, default: i128| match v {
            None => default,
            Some(v) => {
                let v = v as i128;
                let v = if v < 0 { v + n } else { v };
                v.clamp(lower, upper)
            }
        };
        let start = clamp(lo, if step < 0 { upper } else { lower });
        let stop = clamp(hi, if step < 0 { lower } else { upper });
        let (rs, rst) = (self.start as i128, self.step as i128);
        let wide = |v: i128| -> Result<i64> {
            v.try_into().map_err(|_| overflow("Python int too large to convert to C long"))
        };
        Ok(PyRange { start: wide(rs + start * rst)?, stop: wide(rs + stop * rst)?, step: wide(step * rst)? })
    }

    /// `x in r`: within the bounds and on a step.
    pub fn contains(&self, x: i64) -> bool {
        let (x, start, stop, step) = (x as i128, self.start as i128, self.stop as i128, self.step as i128);
        let inside = if step > 0 { start <= x && x < stop } else { stop < x && x <= start };
        inside && (x - start) % step == 0
    }
}

/// `len()` of an iterable as Python's `Py_ssize_t` (`len(range(-2**63, 2**63 - 1))` is an
/// OverflowError in CPython, not a wrapped number).
#[inline]
pub fn ssize<N: TryInto<i64>>(n: N) -> Result<i64> {
    n.try_into().map_err(|_| overflow("Python int too large to convert to C ssize_t"))
}

impl Iterator for Range {
    type Item = i64;

    #[inline]
    fn next(&mut self) -> Option<i64> {
        if self.remaining == 0 {
            return None;
        }
        let v = self.next;
        self.remaining -= 1;
        // wrapping: the last step may leave the i64 range, but that value is never yielded
        self.next = self.next.wrapping_add(self.step);
        Some(v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining as usize, Some(self.remaining as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(a: i64, b: i64, c: i64) -> Vec<i64> {
        Range::new(a, b, c).unwrap().collect()
    }

    #[test]
    fn like_python() {
        assert_eq!(r(0, 5, 1), vec![0, 1, 2, 3, 4]);
        assert_eq!(r(5, 0, -2), vec![5, 3, 1]);
        assert_eq!(r(0, 10, 3), vec![0, 3, 6, 9]);
        assert_eq!(r(3, 3, 1), Vec::<i64>::new());
        assert_eq!(r(3, 0, 1), Vec::<i64>::new());
        assert_eq!(r(-1, -4, -1), vec![-1, -2, -3]);
        assert_eq!(r(i64::MAX - 2, i64::MAX, 1), vec![i64::MAX - 2, i64::MAX - 1]);
        assert_eq!(Range::new(i64::MIN, i64::MAX, i64::MAX).unwrap().len(), 3);
        assert!(Range::new(0, 1, 0).is_err());
    }

    #[test]
    fn range_objects() {
        let r = PyRange::new(10, 0, -3).unwrap();
        assert_eq!(r.len(), Ok(4));
        assert_eq!(r.get(-1), Ok(1));
        assert!(r.get(4).is_err());
        assert!(r.contains(4) && !r.contains(5) && !r.contains(0));
        assert!(PyRange::new(3, 3, 1).unwrap().is_empty());
        assert!(PyRange::new(i64::MIN, i64::MAX, 1).unwrap().len().is_err());
        let r = |a, b, c| PyRange::new(a, b, c).unwrap();
        assert_eq!(r(0, 0, 1), r(5, 2, 3));
        assert_eq!(r(0, 1, 1), r(0, 2, 5));
        assert_ne!(r(0, 3, 1), r(0, 3, 2));
        assert_eq!(r(0, 4, 2), r(0, 3, 2));
    }
}
