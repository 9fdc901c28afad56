//! `a.flat` (numpy's `flatiter`: the elements in C order over any strides, read and written
//! through the array) and `np.ndenumerate(a)` (the same walk with each element's position).

use super::element::Element;
use super::index::Selection;
use super::ndarray::{unravel, NdArray};
use crate::builtins::slice::slice_indices;
use crate::error::{Error, Result};

/// The positions of `shape` in C order (the last axis fastest).
pub struct Positions<const D: usize> {
    shape: [usize; D],
    next: [usize; D],
    left: usize,
}

impl<const D: usize> Positions<D> {
    pub fn new(shape: [usize; D]) -> Self {
        Positions { shape, next: [0; D], left: shape.iter().product() }
    }
}

impl<const D: usize> Iterator for Positions<D> {
    type Item = [usize; D];

    #[inline]
    fn next(&mut self) -> Option<[usize; D]> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let cur = self.next;
        for ax in (0..D).rev() {
            self.next[ax] += 1;
            if self.next[ax] < self.shape[ax] {
                break;
            }
            self.next[ax] = 0;
        }
        Some(cur)
    }
}

/// The position of flat index `k` (negative counts from the end), or numpy's `IndexError`.
fn position<T: Element, const D: usize>(a: &NdArray<T, D>, k: i64) -> Result<[usize; D]> {
    let n = a.size();
    let j = if k < 0 { k.wrapping_add(n as i64) } else { k };
    if j < 0 || j >= n as i64 {
        return Err(Error::Index(format!("index {k} is out of bounds for size {n}")));
    }
    Ok(unravel(j as usize, a.shape()))
}

/// `a.flat[k]`
pub fn get<T: Element, const D: usize>(a: &NdArray<T, D>, k: i64) -> Result<T::Value> {
    let ix = position(a, k)?;
    // SAFETY: `position` gives an in-bounds position.
    Ok(unsafe { a.at(ix) })
}

/// `a.flat[k] = v`
pub fn set<T: Element, const D: usize>(a: &NdArray<T, D>, k: i64, v: T::Value) -> Result<()> {
    a.check_writeable()?;
    let ix = position(a, k)?;
    // SAFETY: in bounds, and the array is writeable.
    unsafe { a.put(ix, v) };
    Ok(())
}

/// `a.flat[k] = v` in numpy's order: the array writeable, then the index, then the value
/// converted to the element (`v`: `a8.flat[5] = 1000` on three int8 is IndexError; at 1 it is
/// numpy's ValueError).
pub fn set_with<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    k: i64,
    v: impl FnOnce() -> Result<T::Value>,
) -> Result<()> {
    a.check_writeable()?;
    let ix = position(a, k)?;
    let v = v().map_err(setting_error)?;
    // SAFETY: in bounds, and the array is writeable.
    unsafe { a.put(ix, v) };
    Ok(())
}

/// numpy's error for `a.flat[k] = v` with a Python int out of the element's range (numpy
/// raises ValueError here, where `a[k] = v` raises OverflowError).
pub fn setting_error(e: Error) -> Error {
    match e.class() {
        crate::error::Exc::OverflowError => Error::Value("Error setting single item of array.".to_string()),
        _ => e,
    }
}

/// `a.flat[start:stop:step]`: a new 1-D array (numpy copies too).
pub fn slice<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<NdArray<T, 1>> {
    let (first, count, step) = slice_indices(a.size(), start, stop, step)?;
    let shape = a.shape();
    // SAFETY: every k is a flat index inside the array.
    let v = (0..count).map(|i| unsafe { a.at(unravel((first + i as i64 * step) as usize, shape)) }).collect();
    Ok(NdArray::from_vec([count], v))
}

/// `a.flat[start:stop:step] = vals`: numpy's flat-iterator rule, the values (in C order)
/// repeated as often as needed, extra ones ignored, none a no-op.
pub fn set_slice<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    vals: &[T::Value],
) -> Result<()> {
    a.check_writeable()?;
    let (first, count, step) = slice_indices(a.size(), start, stop, step)?;
    if vals.is_empty() {
        return Ok(());
    }
    let shape = a.shape();
    for i in 0..count {
        // SAFETY: a flat index inside the array, which is writeable.
        unsafe { a.put(unravel((first + i as i64 * step) as usize, shape), vals[i % vals.len()]) };
    }
    Ok(())
}

/// `a.flat[idx]` with an integer array: the elements at those flat indices, in `idx`'s shape.
pub fn take<T: Element, const D: usize, const K: usize>(
    a: &NdArray<T, D>,
    idx: &NdArray<i64, K>,
) -> Result<NdArray<T, K>> {
    let v = idx.to_vec().into_iter().map(|k| get(a, k)).collect::<Result<Vec<_>>>()?;
    Ok(NdArray::from_vec(idx.shape(), v))
}

/// `a.flat[idx] = vals` with an integer array (values repeated as in [`set_slice`]); every
/// index is checked before anything is written.
pub fn put<T: Element, const D: usize, const K: usize>(
    a: &NdArray<T, D>,
    idx: &NdArray<i64, K>,
    vals: &[T::Value],
) -> Result<()> {
    a.check_writeable()?;
    let pos = idx.to_vec().into_iter().map(|k| position(a, k)).collect::<Result<Vec<_>>>()?;
    if vals.is_empty() {
        return Ok(());
    }
    for (i, p) in pos.into_iter().enumerate() {
        // SAFETY: checked positions of a writeable array.
        unsafe { a.put(p, vals[i % vals.len()]) };
    }
    Ok(())
}

/// The byte offset of the element at a position.
fn offset<T: Element, const D: usize>(a: &NdArray<T, D>, ix: [usize; D]) -> isize {
    (0..D).map(|ax| ix[ax] as isize * a.strides()[ax]).sum()
}

/// The elements `a.flat[start:stop:step]` as a selection (`a.flat[i:j] += v`).
pub fn select_slice<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<Selection<1>> {
    let (first, count, step) = slice_indices(a.size(), start, stop, step)?;
    let shape = a.shape();
    let offsets = (0..count).map(|i| offset(a, unravel((first + i as i64 * step) as usize, shape))).collect();
    Ok(Selection::from_offsets([count], offsets))
}

/// The elements `a.flat[idx]` as a selection in `idx`'s shape (`a.flat[idx] += v`).
pub fn select_index<T: Element, const D: usize, const K: usize>(
    a: &NdArray<T, D>,
    idx: &NdArray<i64, K>,
) -> Result<Selection<K>> {
    let offsets = idx.to_vec().into_iter().map(|k| Ok(offset(a, position(a, k)?))).collect::<Result<Vec<_>>>()?;
    Ok(Selection::from_offsets(idx.shape(), offsets))
}

/// `for x in a.flat`: the elements read as the loop goes (writes in the body are seen).
pub fn iter<T: Element, const D: usize>(a: NdArray<T, D>) -> impl Iterator<Item = T::Value> {
    // SAFETY: positions of the array's own shape.
    Positions::new(a.shape()).map(move |ix| unsafe { a.at(ix) })
}

/// `np.ndenumerate(a)`: `(position, element)` in C order.
pub fn ndenumerate<T: Element, const D: usize>(a: NdArray<T, D>) -> impl Iterator<Item = ([usize; D], T::Value)> {
    // SAFETY: as in `iter`.
    Positions::new(a.shape()).map(move |ix| (ix, unsafe { a.at(ix) }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_walks_c_order_over_any_strides() {
        let a = NdArray::<i64, 2>::from_vec([2, 3], (0..6).collect());
        let t = a.transpose();
        assert_eq!(iter(t.clone()).collect::<Vec<_>>(), vec![0, 3, 1, 4, 2, 5]);
        assert_eq!(get(&t, -1), Ok(5));
        assert_eq!(get(&t, 1), Ok(3));
        assert!(get(&t, 6).is_err());
        set(&t, 1, 9).unwrap();
        assert_eq!(a.get([1, 0]), Ok(9));
        assert_eq!(slice(&t, None, None, Some(-2)).unwrap().to_vec(), vec![5, 4, 9]);
        set_slice(&t, Some(1), None, Some(2), &[7, 8]).unwrap();
        assert_eq!(iter(t.clone()).collect::<Vec<_>>(), vec![0, 7, 1, 8, 2, 7]);
        let idx = NdArray::<i64, 1>::from_vec([2], vec![-1, 0]);
        assert_eq!(take(&t, &idx).unwrap().to_vec(), vec![7, 0]);
        put(&t, &idx, &[4]).unwrap();
        assert_eq!(take(&t, &idx).unwrap().to_vec(), vec![4, 4]);
        let e: Vec<_> = ndenumerate(a).collect();
        assert_eq!(e[4], ([1, 1], 8));
        assert_eq!(Positions::new([0usize, 3]).count(), 0);
    }
}
