//! `np.array_split` and `np.split`: views of consecutive pieces of an array along one axis,
//! cut where numpy cuts them.

use super::element::Element;
use super::ndarray::{Idx, NdArray};
use crate::builtins::list::List;
use crate::error::{memory_error, Error, Result};

/// The axis `axis` of a `D`-dimensional array as `ary.shape[axis]` reads it (a Python tuple
/// index: out of range is IndexError, before numpy looks at anything else).
fn shape_axis(axis: i64, d: usize) -> Result<usize> {
    let n = d as i64;
    if axis < -n || axis >= n {
        return Err(Error::Index("tuple index out of range"));
    }
    Ok(if axis < 0 { (axis + n) as usize } else { axis as usize })
}

/// The pieces `a[.., start:stop, ..]` (a Python slice on axis `ax`) for consecutive points.
fn pieces<T: Element, const D: usize>(a: &NdArray<T, D>, ax: usize, points: &[i64]) -> Result<List<NdArray<T, D>>> {
    let mut out = Vec::new();
    out.try_reserve(points.len().saturating_sub(1)).map_err(|_| memory_error())?;
    let mut idx = vec![Idx::Slice(None, None, None); ax + 1];
    for w in points.windows(2) {
        idx[ax] = Idx::Slice(Some(w[0]), Some(w[1]), None);
        out.push(a.view::<D>(&idx)?);
    }
    Ok(List::from_vec(out))
}

/// `np.array_split(a, sections, axis)`: `sections` pieces, the first `n % sections` of them
/// one longer; ValueError for `sections <= 0`.
pub fn array_split<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    sections: i64,
    axis: i64,
) -> Result<List<NdArray<T, D>>> {
    let ax = shape_axis(axis, D)?;
    if sections <= 0 {
        return Err(Error::Value("number sections must be larger than 0."));
    }
    let total = a.shape()[ax] as i64;
    let (each, extras) = (total / sections, total % sections);
    let mut points = Vec::new();
    points.try_reserve(sections as usize + 1).map_err(|_| memory_error())?;
    let mut at = 0i64;
    points.push(0);
    for k in 0..sections {
        at += if k < extras { each + 1 } else { each };
        points.push(at);
    }
    pieces(a, ax, &points)
}

/// `np.split(a, sections, axis)`: as `array_split`, but the pieces must be equal (ValueError
/// otherwise; `sections == 0` is Python's ZeroDivisionError of `n % 0`).
pub fn split<T: Element, const D: usize>(a: &NdArray<T, D>, sections: i64, axis: i64) -> Result<List<NdArray<T, D>>> {
    let ax = shape_axis(axis, D)?;
    let total = a.shape()[ax] as i64;
    if sections == 0 {
        return Err(Error::ZeroDivision("integer modulo by zero"));
    }
    if total.rem_euclid(sections) != 0 {
        return Err(Error::Value("array split does not result in an equal division"));
    }
    array_split(a, sections, axis)
}

/// `np.array_split(a, indices, axis)` and `np.split(a, indices, axis)` with a list of
/// positions: the pieces between them (Python slices: negative positions count from the end,
/// out-of-range ones are clipped, a decreasing pair gives an empty piece).
pub fn split_at<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    indices: &[i64],
    axis: i64,
) -> Result<List<NdArray<T, D>>> {
    let ax = shape_axis(axis, D)?;
    let total = a.shape()[ax] as i64;
    let mut points = Vec::new();
    points.try_reserve(indices.len() + 2).map_err(|_| memory_error())?;
    points.push(0);
    points.extend_from_slice(indices);
    points.push(total);
    pieces(a, ax, &points)
}
