//! Boolean-mask and integer-array ("fancy") indexing: `a[a > 0]`, `a[idx]` give copies,
//! `a[mask] = v`, `a[idx] = v`, `a[mask] += v` write the selected elements.
//!
//! A [`Selection`] lists the byte offsets of the selected elements in the C order of the
//! result's shape; reading and writing then walk that list.

use super::element::Element;
use super::ndarray::{for_each_index, Idx, NdArray};
use crate::builtins::slice::slice_indices;
use crate::error::{Error, Result};

/// The elements `a[index]` selects: the result's shape and each element's byte offset.
pub struct Selection<const R: usize> {
    pub shape: [usize; R],
    offsets: Vec<isize>,
}

impl<const R: usize> Selection<R> {
    /// The elements at these byte offsets, seen with this shape (C order).
    pub fn from_offsets(shape: [usize; R], offsets: Vec<isize>) -> Self {
        debug_assert_eq!(offsets.len(), shape.iter().product::<usize>());
        Selection { shape, offsets }
    }
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
pub fn select_mask<T: Element, const D: usize, const M: usize, const R: usize>(
    a: &NdArray<T, D>,
    mask: &NdArray<bool, M>,
) -> Result<Selection<R>> {
    debug_assert_eq!(R + M, D + 1);
    for ax in 0..M {
        // an axis of length 0 in the mask selects nothing, whatever the array's (numpy)
        if mask.shape()[ax] != a.shape()[ax] && mask.shape()[ax] != 0 {
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
    if M > 0 {
        count = super::walk::mask_offsets(mask, &a.strides()[..M], |base| {
            if let [only] = rest[..] {
                offsets.push(base + only)
            } else {
                offsets.extend(rest.iter().map(|o| base + o))
            }
        });
    }
    for_each_index(if M > 0 { [0; M] } else { mask.shape() }, |p| {
        // SAFETY: positions of the mask.
        if unsafe { mask.at(p) } {
            let mut base = 0isize;
            for (&i, s) in p.iter().zip(a.strides()) {
                base += i as isize * s;
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
pub fn select_index<T: Element, const D: usize, const K: usize, const R: usize>(
    a: &NdArray<T, D>,
    idx: &NdArray<i64, K>,
) -> Result<Selection<R>> {
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
        if let [only] = rest[..] {
            offsets.push(base + only)
        } else {
            offsets.extend(rest.iter().map(|o| base + o))
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    let mut shape: Vec<usize> = idx.shape().to_vec();
    shape.extend_from_slice(&a.shape()[1..]);
    Ok(Selection { shape: to_shape(shape), offsets })
}

/// One item of a subscript mixing index arrays with ints, slices, `None` and `...`
/// (`a[rows, 1:]`, `a[:, idx] = v`, `a[mask, 0]`).
pub enum Item {
    /// an int, a slice, a new axis or `...`
    Basic(Idx),
    /// an integer array (its shape and elements in C order)
    Ints(Vec<usize>, Vec<i64>),
    /// a boolean mask over as many axes as it has dimensions
    Mask(Vec<usize>, Vec<bool>),
}

impl Item {
    pub fn ints<const K: usize>(a: &NdArray<i64, K>) -> Item {
        Item::Ints(a.shape().to_vec(), a.to_vec())
    }

    pub fn mask<const M: usize>(a: &NdArray<bool, M>) -> Item {
        Item::Mask(a.shape().to_vec(), a.to_vec())
    }
}

fn shape_text(s: &[usize]) -> String {
    if s.len() == 1 {
        format!("({},)", s[0])
    } else {
        format!("({})", s.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","))
    }
}

/// Offsets of every position of `dims` (`(length, byte stride)` each), in C order.
fn grid_offsets(dims: &[(usize, isize)]) -> Vec<isize> {
    let mut out = vec![0isize];
    for &(n, st) in dims {
        out = out.iter().flat_map(|&o| (0..n).map(move |k| o + k as isize * st)).collect();
    }
    out
}

/// `a[items]` where at least one item is an array, with numpy's rules: every array, mask
/// (as its `nonzero()` coordinates) and int is an *advanced* index; they broadcast together,
/// and their dimensions replace them in the result when they stand next to each other, or
/// come first when slices separate them.
pub fn select<T: Element, const D: usize, const R: usize>(a: &NdArray<T, D>, items: &[Item]) -> Result<Selection<R>> {
    let (shape, strides) = (a.shape(), a.strides());
    let consumed: usize = items
        .iter()
        .map(|it| match it {
            Item::Basic(Idx::NewAxis | Idx::Ellipsis) => 0,
            Item::Mask(s, _) => s.len(),
            _ => 1,
        })
        .sum();
    if consumed > D {
        return Err(Error::Index(format!(
            "too many indices for array: array is {D}-dimensional, but {consumed} were indexed"
        )));
    }
    // (axis, shape, values) of each advanced index; the basic dims before and after them
    let mut adv: Vec<(usize, Vec<usize>, Vec<i64>)> = Vec::new();
    let mut before: Vec<(usize, isize)> = Vec::new();
    let mut after: Vec<(usize, isize)> = Vec::new();
    let mut separated = false;
    let mut base = 0isize;
    let mut ax = 0usize;
    for it in items {
        let dims = if adv.is_empty() { &mut before } else { &mut after };
        match it {
            Item::Basic(Idx::Slice(x, y, z)) => {
                let (start, count, step) = slice_indices(shape[ax], *x, *y, *z)?;
                if count > 0 {
                    base += start as isize * strides[ax];
                }
                dims.push((count, strides[ax] * step as isize));
                ax += 1;
            }
            Item::Basic(Idx::NewAxis) => dims.push((1, 0)),
            Item::Basic(Idx::Ellipsis) => {
                for _ in 0..D - consumed {
                    dims.push((shape[ax], strides[ax]));
                    ax += 1;
                }
            }
            Item::Basic(Idx::At(i)) => {
                adv.push((ax, vec![], vec![*i]));
                ax += 1;
            }
            Item::Ints(s, v) => {
                adv.push((ax, s.clone(), v.clone()));
                ax += 1;
            }
            Item::Mask(s, m) => {
                for (k, &n) in s.iter().enumerate() {
                    if n != shape[ax + k] && n != 0 {
                        return Err(Error::Index(format!(
                            "boolean index did not match indexed array along axis {}; size of axis is {} but size of corresponding boolean axis is {n}",
                            ax + k,
                            shape[ax + k]
                        )));
                    }
                }
                let mut coords: Vec<Vec<i64>> = vec![Vec::new(); s.len()];
                let mut pos = vec![0usize; s.len()];
                for &b in m {
                    if b {
                        for (c, &p) in coords.iter_mut().zip(&pos) {
                            c.push(p as i64);
                        }
                    }
                    for k in (0..s.len()).rev() {
                        pos[k] += 1;
                        if pos[k] < s[k] {
                            break;
                        }
                        pos[k] = 0;
                    }
                }
                let count = coords.first().map(|c| c.len()).unwrap_or(0);
                for (k, c) in coords.into_iter().enumerate() {
                    adv.push((ax + k, vec![count], c));
                }
                ax += s.len();
            }
        }
        if !after.is_empty() && matches!(it, Item::Ints(..) | Item::Mask(..) | Item::Basic(Idx::At(_))) {
            separated = true;
        }
    }
    while ax < D {
        let dims = if adv.is_empty() { &mut before } else { &mut after };
        dims.push((shape[ax], strides[ax]));
        ax += 1;
    }
    // the advanced indices broadcast together
    let b = adv.iter().map(|(_, s, _)| s.len()).max().unwrap_or(0);
    let mut bshape = vec![1usize; b];
    for (_, s, _) in &adv {
        for (k, &d) in s.iter().enumerate() {
            let o = &mut bshape[b - s.len() + k];
            if *o == 1 {
                *o = d;
            } else if d != 1 && d != *o {
                let all: Vec<String> = adv.iter().map(|(_, s, _)| shape_text(s)).collect();
                return Err(Error::Index(format!(
                    "shape mismatch: indexing arrays could not be broadcast together with shapes {}",
                    all.join(" ")
                )));
            }
        }
    }
    let total: usize = bshape.iter().product();
    let mut adv_off = vec![0isize; total];
    for (axis, s, v) in &adv {
        // element strides of this index broadcast to `bshape`
        let mut st = vec![0usize; b];
        let mut acc = 1usize;
        for k in (0..s.len()).rev() {
            if s[k] != 1 {
                st[b - s.len() + k] = acc;
            }
            acc *= s[k];
        }
        let n = shape[*axis];
        for (p, off) in adv_off.iter_mut().enumerate() {
            let (mut rest, mut j) = (p, 0usize);
            for k in (0..b).rev() {
                j += (rest % bshape[k]) * st[k];
                rest /= bshape[k];
            }
            let i = v[j];
            let w = if i < 0 { i + n as i64 } else { i };
            if w < 0 || w >= n as i64 {
                return Err(Error::Index(format!("index {i} is out of bounds for axis {axis} with size {n}")));
            }
            *off += w as isize * strides[*axis];
        }
    }
    let mut out_shape: Vec<usize> = Vec::new();
    let mut offsets = Vec::new();
    if separated {
        // the advanced dims first, then every basic one
        before.append(&mut after);
        out_shape.extend(&bshape);
        out_shape.extend(before.iter().map(|d| d.0));
        let rest = grid_offsets(&before);
        for &o in &adv_off {
            offsets.extend(rest.iter().map(|r| base + o + r));
        }
    } else {
        out_shape.extend(before.iter().map(|d| d.0));
        out_shape.extend(&bshape);
        out_shape.extend(after.iter().map(|d| d.0));
        let (pre, post) = (grid_offsets(&before), grid_offsets(&after));
        for &p in &pre {
            for &o in &adv_off {
                offsets.extend(post.iter().map(|q| base + p + o + q));
            }
        }
    }
    debug_assert_eq!(out_shape.len(), R, "the compiler computes the result's rank");
    Ok(Selection { shape: to_shape(out_shape), offsets })
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
    let b = if V > R { None } else { vals.broadcast_to::<R>(sel.shape).ok() };
    let Some(b) = b else {
        let count = sel.shape.iter().product::<usize>();
        return Err(Error::Value(format!(
            "shape mismatch: value array of shape {:?} could not be broadcast to indexing result of shape {:?} ({} elements)",
            vals.shape(),
            sel.shape,
            count
        )));
    };
    // one value for every element (`a[mask] = 0`): no broadcast copy of it
    let one = if vals.size() == 1 { vals.to_vec().first().copied() } else { None };
    let v = if one.is_some() { Vec::new() } else { b.to_vec() };
    // every new value from the old elements first (numpy computes `a[idx] + v` before storing,
    // so a repeated index is updated once), then the writes in order (the last one wins)
    let mut new = Vec::with_capacity(v.len());
    for (k, &o) in sel.offsets.iter().enumerate() {
        // SAFETY: the offsets address elements of `a`.
        let old = unsafe { T::load(std::ptr::read_unaligned(a.data_ptr().offset(o) as *const T::Storage)) };
        new.push(f(old, one.unwrap_or_else(|| v[k]))?);
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
        let cols = NdArray::<i64, 1>::from_vec([2], vec![2, 0]);
        let s: Selection<2> = select(&a, &[Item::Basic(Idx::Slice(None, None, None)), Item::ints(&cols)]).unwrap();
        assert_eq!(s.shape, [2, 2]);
        let b = NdArray::<i64, 3>::from_vec([2, 3, 4], (0..24).collect());
        // an int and an array separated by a slice: the advanced dims come first
        let s: Selection<2> =
            select(&b, &[Item::Basic(Idx::At(1)), Item::Basic(Idx::Slice(None, None, None)), Item::ints(&cols)])
                .unwrap();
        assert_eq!(take(&b, &s).to_vec(), vec![14, 18, 22, 12, 16, 20]);
        let bad = NdArray::<i64, 1>::from_vec([1], vec![2]);
        assert!(select_index::<i64, 2, 1, 2>(&a, &bad).is_err());
    }
}
