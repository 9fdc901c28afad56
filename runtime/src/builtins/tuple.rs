//! Tuples indexed by a run-time value (`t[i]` on a tuple whose items share one type).

use crate::error::{Error, Result};

pub fn get<T: Clone, const N: usize>(items: [T; N], i: i64) -> Result<T> {
    let n = N as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(Error::Index("tuple index out of range"));
    }
    Ok(items[j as usize].clone())
}

/// `tuple(...)` of a sequence whose length the compiler knows.
pub fn fixed<T, const N: usize>(items: Vec<T>) -> Result<[T; N]> {
    let len = items.len();
    items.try_into().map_err(|_| crate::error::value(&format!("expected {N} items, got {len}")))
}

/// `a, b = seq`: CPython's ValueError when the sequence has another length.
pub fn unpack_len(len: usize, expected: usize) -> Result<()> {
    if len > expected {
        return Err(crate::error::value(&format!("too many values to unpack (expected {expected})")));
    }
    if len < expected {
        return Err(crate::error::value(&format!("not enough values to unpack (expected {expected}, got {len})")));
    }
    Ok(())
}
