//! Python's slice arithmetic, shared by lists, strings and arrays: `slice.indices(len)`
//! (start/stop clamped to the sequence, negative positions counted from the end) and the
//! number of items the slice selects.

use crate::error::{Error, Result};

/// Python's `slice.indices(len)` followed by the length of the slice: `(start, count, step)`.
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
    let count = if step > 0 {
        if stop > start {
            (stop - start + step - 1) / step
        } else {
            0
        }
    } else if start > stop {
        (start - stop - step - 1) / (-step)
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
    }
}
