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
}
