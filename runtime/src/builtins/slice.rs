//! Python's slice arithmetic, shared by lists, strings and arrays: `slice.indices(len)`
//! (start/stop clamped to the sequence, negative positions counted from the end) and the
//! number of items the slice selects.

use crate::error::{Error, Result};

/// Python's `slice.indices(len)` followed by the length of the slice: `(start, count, step)`.
#[inline]
pub fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<(i64, usize, i64)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(Error::Value("slice step cannot be zero"));
    }
    let n = len as i64;
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) => {
                let v = if v < 0 { v + n } else { v };
                if step > 0 {
                    v.clamp(0, n)
                } else {
                    v.clamp(-1, n - 1)
                }
            }
        }
    };
    let (start, stop) =
        if step > 0 { (clamp(start, 0), clamp(stop, n)) } else { (clamp(start, n - 1), clamp(stop, -1)) };
    if step == 1 {
        // the common case without a division (both ends are within `0..=n`)
        return Ok((start, (stop - start).max(0) as usize, 1));
    }
    // in 128 bits: a step near ±2**63 must not wrap (`a[::-2**63]` keeps the last item)
    let (lo, hi, st) = (start as i128, stop as i128, step as i128);
    let count = if step > 0 {
        if hi > lo {
            (hi - lo + st - 1) / st
        } else {
            0
        }
    } else if lo > hi {
        (lo - hi - st - 1) / (-st)
    } else {
        0
    };
    Ok((start, count as usize, step))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_like_python() {
        assert_eq!(slice_indices(10, Some(1), Some(-1), None).unwrap(), (1, 8, 1));
        assert_eq!(slice_indices(10, None, None, Some(-1)).unwrap(), (9, 10, -1));
        assert_eq!(slice_indices(10, Some(-2), None, None).unwrap(), (8, 2, 1));
        assert_eq!(slice_indices(10, Some(20), None, None).unwrap(), (10, 0, 1));
        assert_eq!(slice_indices(10, None, None, Some(3)).unwrap(), (0, 4, 3));
        assert_eq!(slice_indices(0, None, None, Some(-1)).unwrap(), (-1, 0, -1));
        assert!(slice_indices(10, None, None, Some(0)).is_err());
        assert_eq!(slice_indices(5, None, None, Some(i64::MIN)).unwrap(), (4, 1, i64::MIN));
        assert_eq!(slice_indices(5, None, None, Some(i64::MAX)).unwrap(), (0, 1, i64::MAX));
        assert_eq!(slice_indices(5, Some(i64::MIN), None, Some(i64::MIN)).unwrap(), (-1, 0, i64::MIN));
    }
}
