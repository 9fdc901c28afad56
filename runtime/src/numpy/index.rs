//! Boolean-mask and integer-array ("fancy") indexing: `a[a > 0]`, `a[idx]` give copies,
//! `a[mask] = v`, `a[idx] = v`, `a[mask] += v` write the selected elements.
//!
//! A [`Selection`] lists the byte offsets of the selected elements in the C order of the
//! result's shape; reading and writing then walk that list.

use super::element::Element;
use super::ndarray::{for_each_index, NdArray};
use crate::error::{Error, Result};

/// The elements `a[index]` selects: the result's shape and each element's byte offset.
pub struct Selection<const R: usize> {
    pub shape: [usize; R],
    offsets: Vec<isize>,
}

/// Offsets of every element of the axes `from..` of `a` (C order), relative to a position.
fn trailing_offsets<T: Element, const D: usize>(a: &NdArray<T, D>, from: usize) -> Vec<isize> {
    let shape = a.shape();
    let strides = a.strides();
    let mut out = vec![0isize];
    for d in from..D {
        let mut next = Vec::with_capacity(out.len() * shape[d]);
        for &o in &out {
            for k in 0..shape[d] {
                next.push(o + k as isize * strides[d]);
            }
        }
        out = next;
    }
    out
}

fn to_shape<const R: usize>(v: Vec<usize>) -> [usize; R] {
    let mut s = [0usize; R];
    for (k, x) in v.into_iter().enumerate().take(R) {
        s[k] = x;
    }
    s
}

/// `a[mask]` with a boolean mask over the first `M` axes of `a` (`R = D - M + 1`).
pub fn select_mask<T: Element, const D: usize, const M: usize, const R: usize>(a: &NdArray<T, D>, mask: &NdArray<bool, M>) -> Result<Selection<R>> {
    debug_assert_eq!(R + M, D + 1);
    for ax in 0..M {
        if mask.shape()[ax] != a.shape()[ax] {
            return Err(Error::Index(format!(
                "boolean index did not match indexed array along axis {ax}; size of axis is {} but size of corresponding boolean axis is {}",
                a.shape()[ax],
                mask.shape()[ax]
            )));
        }
    }
    let rest = trailing_offsets(a, M);
    let mut offsets = Vec::new();
    let mut count = 0usize;
    for_each_index(mask.shape(), |p| {
        // SAFETY: positions of the mask.
        if unsafe { mask.at(p) } {
            let mut base = 0isize;
            for ax in 0..M {
                base += p[ax] as isize * a.strides()[ax];
            }
            offsets.extend(rest.iter().map(|o| base + o));
            count += 1;
        }
    });
    let mut shape = vec![count];
    shape.extend_from_slice(&a.shape()[M..]);
    Ok(Selection { shape: to_shape(shape), offsets })
}

/// `a[idx]` with an integer array indexing the first axis (`R = K + D - 1`).
pub fn select_index<T: Element, const D: usize, const K: usize, const R: usize>(a: &NdArray<T, D>, idx: &NdArray<i64, K>) -> Result<Selection<R>> {
    debug_assert_eq!(R + 1, K + D);
    let n = a.shape()[0];
    let rest = trailing_offsets(a, 1);
    let mut offsets = Vec::with_capacity(idx.size() * rest.len());
    let mut err = None;
    for_each_index(idx.shape(), |p| {
        // SAFETY: positions of the index array.
        let i = unsafe { idx.at(p) };
        let j = if i < 0 { i + n as i64 } else { i };
        if j < 0 || j >= n as i64 {
            if err.is_none() {
                err = Some(Error::Index(format!("index {i} is out of bounds for axis 0 with size {n}")));
            }
            return;
        }
        let base = j as isize * a.strides()[0];
        offsets.extend(rest.iter().map(|o| base + o));
    });
    if let Some(e) = err {
        return Err(e);
    }
    let mut shape: Vec<usize> = idx.shape().to_vec();
    shape.extend_from_slice(&a.shape()[1..]);
    Ok(Selection { shape: to_shape(shape), offsets })
}

/// `a[i0, i1, ...]` with `P` integer arrays (broadcast together) indexing the first `P` axes
/// (`R = K + D - P`).
pub fn select_indices<T: Element, const D: usize, const K: usize, const P: usize, const R: usize>(
    a: &NdArray<T, D>,
    idx: [&NdArray<i64, K>; P],
) -> Result<Selection<R>> {
    debug_assert_eq!(R + P, K + D);
    let shapes: Vec<&[usize]> = idx.iter().map(|i| &i.shape[..]).collect();
    let Ok(bshape) = super::ndarray::broadcast_shapes::<K>(&shapes) else {
        let fmt = |s: &[usize]| {
            if s.len() == 1 {
                format!("({},)", s[0])
            } else {
                format!("({})", s.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","))
            }
        };
        let all: Vec<String> = shapes.iter().map(|s| fmt(s)).collect();
        return Err(Error::Index(format!("shape mismatch: indexing arrays could not be broadcast together with shapes {}", all.join(" "))));
    };
    let views: Vec<NdArray<i64, K>> = idx.iter().map(|i| i.broadcast_to::<K>(bshape)).collect::<Result<_>>()?;
    let rest = trailing_offsets(a, P);
    let mut offsets = Vec::new();
    let mut err = None;
    for_each_index(bshape, |pos| {
        if err.is_some() {
            return;
        }
        let mut base = 0isize;
        for (ax, v) in views.iter().enumerate() {
            // SAFETY: pos is inside the broadcast shape.
            let i = unsafe { v.at(pos) };
            let n = a.shape()[ax];
            let j = if i < 0 { i + n as i64 } else { i };
            if j < 0 || j >= n as i64 {
                err = Some(Error::Index(format!("index {i} is out of bounds for axis {ax} with size {n}")));
                return;
            }
            base += j as isize * a.strides()[ax];
        }
        offsets.extend(rest.iter().map(|o| base + o));
    });
    if let Some(e) = err {
        return Err(e);
    }
    let mut shape: Vec<usize> = bshape.to_vec();
    shape.extend_from_slice(&a.shape()[P..]);
    Ok(Selection { shape: to_shape(shape), offsets })
}

/// The selected elements as a new array.
pub fn take<T: Element, const D: usize, const R: usize>(a: &NdArray<T, D>, sel: &Selection<R>) -> NdArray<T, R> {
    let v: Vec<T::Value> = sel
        .offsets
        .iter()
        // SAFETY: every offset addresses an element of `a` (computed from its shape and strides).
        .map(|&o| unsafe { T::load(std::ptr::read_unaligned(a.data_ptr().offset(o) as *const T::Storage)) })
        .collect();
    NdArray::from_vec(sel.shape, v)
}

/// Writes `f(old, value)` into every selected element, the values broadcast to the selection's
/// shape (numpy's rules for `a[mask] = v` / `a[idx] op= v`). For a mask, numpy also accepts
/// exactly as many values as selected elements, which is the same broadcast.
pub fn update<T: Element, U: Element, const D: usize, const V: usize, const R: usize>(
    a: &NdArray<T, D>,
    sel: &Selection<R>,
    vals: &NdArray<U, V>,
    f: impl Fn(T::Value, U::Value) -> Result<T::Value>,
) -> Result<()> {
    a.check_writeable()?;
    let b = if V > R {
        None
    } else {
        vals.broadcast_to::<R>(sel.shape).ok()
    };
    let Some(b) = b else {
        let count = sel.shape.iter().product::<usize>();
        return Err(Error::Value(format!(
            "shape mismatch: value array of shape {:?} could not be broadcast to indexing result of shape {:?} ({} elements)",
            vals.shape(),
            sel.shape,
            count
        )));
    };
    let v = b.to_vec();
    // every new value from the old elements first (numpy computes `a[idx] + v` before storing,
    // so a repeated index is updated once), then the writes in order (the last one wins)
    let mut new = Vec::with_capacity(v.len());
    for (k, &o) in sel.offsets.iter().enumerate() {
        // SAFETY: the offsets address elements of `a`.
        let old = unsafe { T::load(std::ptr::read_unaligned(a.data_ptr().offset(o) as *const T::Storage)) };
        new.push(f(old, v[k])?);
    }
    for (x, &o) in new.into_iter().zip(&sel.offsets) {
        // SAFETY: as above, and `a` is writeable.
        unsafe { std::ptr::write_unaligned(a.data_ptr().offset(o) as *mut T::Storage, T::store(x)) };
    }
    Ok(())
}

/// A scalar as a 0-D array (the value of `a[mask] = 0`).
pub fn scalar<T: Element>(v: T::Value) -> NdArray<T, 0> {
    NdArray::from_vec([], vec![v])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_and_indices() {
        let a = NdArray::<i64, 2>::from_vec([2, 3], (0..6).collect());
        let m = NdArray::<bool, 2>::from_vec([2, 3], vec![true, false, true, false, false, true]);
        let s: Selection<1> = select_mask(&a, &m).unwrap();
        assert_eq!(take(&a, &s).to_vec(), vec![0, 2, 5]);
        let rows = NdArray::<bool, 1>::from_vec([2], vec![false, true]);
        let s: Selection<2> = select_mask(&a, &rows).unwrap();
        assert_eq!(take(&a, &s).to_vec(), vec![3, 4, 5]);
        let idx = NdArray::<i64, 1>::from_vec([3], vec![1, -2, 1]);
        let s: Selection<2> = select_index(&a, &idx).unwrap();
        assert_eq!(take(&a, &s).shape(), [3, 3]);
        update(&a, &s, &scalar::<i64>(7i64), |_, v| Ok(v)).unwrap();
        assert_eq!(a.to_vec(), vec![7, 7, 7, 7, 7, 7]);
        let bad = NdArray::<i64, 1>::from_vec([1], vec![2]);
        assert!(select_index::<i64, 2, 1, 2>(&a, &bad).is_err());
    }
}
