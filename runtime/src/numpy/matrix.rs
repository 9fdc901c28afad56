//! numpy's matrix and array-construction functions (`numpy/lib/_twodim_base_impl.py`,
//! `_function_base_impl.py`, `_shape_base_impl.py`, `numeric.py`): `tri`, `tril`, `triu`,
//! `vander`, `kron` make new arrays; `flip`, `rot90`, `diagonal` (read-only, as numpy's),
//! `swapaxes`, `moveaxis`, `expand_dims`, `squeeze`, `broadcast_to` (read-only) are views of
//! their argument, as numpy returns them.

use super::axis::axis_index;
use super::element::Element;
use super::ndarray::{for_each_index, NdArray};
use crate::error::{Error, Result};

/// `np.tri(n, m, k)`: ones where `j <= i + k` (numpy's `greater_equal.outer(arange(n),
/// arange(-k, m - k))`; negative sizes give empty axes).
pub fn tri<T: Element>(n: i64, m: Option<i64>, k: i64, one: T::Value, zero: T::Value) -> NdArray<T, 2> {
    let n = n.max(0) as usize;
    let m = m.map_or(n, |m| m.max(0) as usize);
    let mut v = Vec::with_capacity(n * m);
    for i in 0..n {
        for j in 0..m {
            v.push(if (j as i128) <= i as i128 + k as i128 { one } else { zero });
        }
    }
    NdArray::from_vec([n, m], v)
}

/// `np.tril(a, k)` (`upper`: `np.triu(a, k)`) over the last two axes: a new array, the other
/// elements zero.
pub fn tril<T: Element, const D: usize>(a: &NdArray<T, D>, k: i64, upper: bool, zero: T::Value) -> NdArray<T, D> {
    let mut v = Vec::with_capacity(a.size());
    for_each_index(a.shape(), |idx| {
        let (i, j) = (idx[D - 2] as i128, idx[D - 1] as i128);
        let keep = if upper { j >= i + k as i128 } else { j <= i + k as i128 };
        // SAFETY: for_each_index yields in-bounds positions.
        v.push(if keep { unsafe { a.at(idx) } } else { zero });
    });
    NdArray::from_vec(a.shape(), v)
}

/// The view of `a` with the axes `axes` reversed (`flip`: the first element at the end).
fn reversed<T: Element, const D: usize>(a: &NdArray<T, D>, axes: &[usize]) -> NdArray<T, D> {
    let mut v = a.clone();
    for &ax in axes {
        let n = v.shape[ax];
        if n > 0 {
            // SAFETY: the last element along `ax` is inside the array.
            v.ptr = unsafe { v.ptr.offset((n as isize - 1) * v.strides[ax]) };
        }
        v.strides[ax] = -v.strides[ax];
    }
    v
}

/// `np.flip(a, axis)`: every axis reversed when `axis` is None (a view).
pub fn flip<T: Element, const D: usize>(a: &NdArray<T, D>, axis: Option<i64>) -> Result<NdArray<T, D>> {
    match axis {
        None => Ok(reversed(a, &(0..D).collect::<Vec<_>>())),
        Some(ax) => Ok(reversed(a, &[axis_index(ax, D)?])),
    }
}

/// `np.rot90(a, k, axes)` as numpy composes it of `flip` and `transpose` (a view).
pub fn rot90<T: Element, const D: usize>(a: &NdArray<T, D>, k: i64, axes: [i64; 2]) -> Result<NdArray<T, D>> {
    let n = D as i64;
    if axes[0] == axes[1] || (axes[0] - axes[1]).abs() == n {
        return Err(Error::Value("Axes must be different."));
    }
    if axes.iter().any(|&x| x >= n || x < -n) {
        return Err(Error::Value(format!("Axes=({}, {}) out of range for array of ndim={D}.", axes[0], axes[1])));
    }
    let (a0, a1) = (axis_index(axes[0], D)?, axis_index(axes[1], D)?);
    let mut perm: [usize; D] = std::array::from_fn(|i| i);
    perm.swap(a0, a1);
    let transposed = |x: &NdArray<T, D>| {
        let (shape, strides) = (x.shape(), x.strides());
        // SAFETY: a permutation of the axes covers the same elements.
        unsafe { x.relayout(perm.map(|p| shape[p]), perm.map(|p| strides[p])) }
    };
    Ok(match k.rem_euclid(4) {
        0 => a.clone(),
        2 => reversed(a, &[a0, a1]),
        1 => transposed(&reversed(a, &[a1])),
        _ => reversed(&transposed(a), &[a1]),
    })
}

/// `np.diagonal(a, offset, axis1, axis2)` (`a.diagonal(...)`): the other axes in order, then the
/// diagonal; a read-only view, as numpy's (`R = D - 1`).
pub fn diagonal<T: Element, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    offset: i64,
    axis1: i64,
    axis2: i64,
) -> Result<NdArray<T, R>> {
    let (x1, x2) = (axis_index(axis1, D)?, axis_index(axis2, D)?);
    if x1 == x2 {
        return Err(Error::Value("axis1 and axis2 cannot be the same"));
    }
    let (shape, strides) = (a.shape(), a.strides());
    let (n1, n2) = (shape[x1] as i128, shape[x2] as i128);
    let (r0, c0) = if offset >= 0 { (0i128, offset as i128) } else { (-(offset as i128), 0i128) };
    let len = (n1 - r0).min(n2 - c0).max(0) as usize;
    let mut v: NdArray<T, R> = {
        let mut out_shape = [0usize; R];
        let mut out_strides = [0isize; R];
        let mut k = 0;
        for d in 0..D {
            if d != x1 && d != x2 {
                out_shape[k] = shape[d];
                out_strides[k] = strides[d];
                k += 1;
            }
        }
        out_shape[R - 1] = len;
        out_strides[R - 1] = strides[x1] + strides[x2];
        // SAFETY: the positions are checked below before the start moves; an empty diagonal
        // addresses nothing.
        unsafe { a.relayout(out_shape, out_strides) }
    };
    if len > 0 {
        // SAFETY: (r0, c0) is inside the two axes when the diagonal is not empty.
        v.ptr = unsafe { v.ptr.offset(r0 as isize * strides[x1] + c0 as isize * strides[x2]) };
    }
    Ok(v.read_only())
}

/// `np.swapaxes(a, axis1, axis2)` (a view).
pub fn swapaxes<T: Element, const D: usize>(a: &NdArray<T, D>, axis1: i64, axis2: i64) -> Result<NdArray<T, D>> {
    let (x1, x2) = (axis_index(axis1, D)?, axis_index(axis2, D)?);
    let (mut shape, mut strides) = (a.shape(), a.strides());
    shape.swap(x1, x2);
    strides.swap(x1, x2);
    // SAFETY: a permutation of the axes covers the same elements.
    Ok(unsafe { a.relayout(shape, strides) })
}

/// `np.moveaxis(a, source, destination)` of one axis (a view).
pub fn moveaxis<T: Element, const D: usize>(a: &NdArray<T, D>, source: i64, destination: i64) -> Result<NdArray<T, D>> {
    let src = axis_index(source, D).map_err(|_| Error::Axis(axis_text("source", source, D)))?;
    let dst = axis_index(destination, D).map_err(|_| Error::Axis(axis_text("destination", destination, D)))?;
    let mut order: Vec<usize> = (0..D).filter(|&d| d != src).collect();
    order.insert(dst, src);
    let (shape, strides) = (a.shape(), a.strides());
    // SAFETY: a permutation of the axes covers the same elements.
    Ok(unsafe { a.relayout(std::array::from_fn(|i| shape[order[i]]), std::array::from_fn(|i| strides[order[i]])) })
}

fn axis_text(what: &str, axis: i64, ndim: usize) -> String {
    format!("{what}: axis {axis} is out of bounds for array of dimension {ndim}")
}

/// `np.expand_dims(a, axis)`: a new axis of length 1 at `axis` of the result (`N = D + 1`).
pub fn expand_dims<T: Element, const D: usize, const N: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<T, N>> {
    let ax = axis_index(axis, N)?;
    Ok(super::shape::expand(a, ax))
}

/// `np.squeeze(a, axis)`: the axis `axis`, of length 1, removed (`N = D - 1`).
pub fn squeeze<T: Element, const D: usize, const N: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<T, N>> {
    let ax = axis_index(axis, D)?;
    if a.shape()[ax] != 1 {
        return Err(Error::Value("cannot select an axis to squeeze out which has size not equal to one"));
    }
    let (shape, strides) = (a.shape(), a.strides());
    let keep: Vec<usize> = (0..D).filter(|&d| d != ax).collect();
    // SAFETY: the removed axis has one position.
    Ok(unsafe { a.relayout(std::array::from_fn(|i| shape[keep[i]]), std::array::from_fn(|i| strides[keep[i]])) })
}

/// `np.broadcast_to(a, shape)`: a read-only view, as numpy's.
pub fn broadcast_to<T: Element, const D: usize, const N: usize>(
    a: &NdArray<T, D>,
    shape: [i64; N],
) -> Result<NdArray<T, N>> {
    if shape.iter().any(|&s| s < 0) {
        return Err(Error::Value("all elements of broadcast shape must be non-negative"));
    }
    if D > N {
        return Err(Error::Value("input operand has more dimensions than allowed by the axis remapping"));
    }
    Ok(a.broadcast_to(shape.map(|s| s as usize))?.read_only())
}

/// `np.vander(x, n, increasing)`: columns of powers of `x`, each the previous one times `x`
/// (numpy's `multiply.accumulate`), `mul` numpy's product of the element type.
pub fn vander<T: Element>(
    x: &NdArray<T, 1>,
    n: Option<i64>,
    increasing: bool,
    one: T::Value,
    mul: impl Fn(T::Value, T::Value) -> T::Value,
) -> Result<NdArray<T, 2>> {
    let len = x.shape()[0];
    let n = n.unwrap_or(len as i64);
    if n < 0 {
        return Err(Error::Value("negative dimensions are not allowed"));
    }
    let n = n as usize;
    let xs = x.to_vec();
    let mut v = Vec::with_capacity(len * n);
    let mut row = vec![one; n];
    for &xi in &xs {
        // powers 0, 1, 2, ... (numpy: 1, then x, then the running product of the columns)
        for p in 1..n {
            row[p] = if p == 1 { xi } else { mul(row[p - 1], xi) };
        }
        if increasing {
            v.extend_from_slice(&row);
        } else {
            v.extend(row.iter().rev());
        }
    }
    Ok(NdArray::from_vec([len, n], v))
}

/// `np.kron(a, b)` of arrays of one rank `D`: block (i...) is `a[i...] * b`, each element one
/// product `mul` as numpy's `multiply` of the expanded operands.
pub fn kron<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    b: &NdArray<T, D>,
    mul: impl Fn(T::Value, T::Value) -> T::Value,
) -> NdArray<T, D> {
    let (sa, sb) = (a.shape(), b.shape());
    let shape: [usize; D] = std::array::from_fn(|d| sa[d] * sb[d]);
    let mut v = Vec::with_capacity(shape.iter().product());
    for_each_index(shape, |idx| {
        let ia: [usize; D] = std::array::from_fn(|d| idx[d] / sb[d]);
        let ib: [usize; D] = std::array::from_fn(|d| idx[d] % sb[d]);
        // SAFETY: ia and ib are inside a and b (idx is inside their product's shape).
        v.push(unsafe { mul(a.at(ia), b.at(ib)) });
    });
    NdArray::from_vec(shape, v)
}

/// `mode=` of `np.take`: how an index outside the axis is treated.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum TakeMode {
    /// IndexError (negative indices count from the end)
    Raise,
    /// modulo the axis length
    Wrap,
    /// clamped to the axis (negative indices to 0)
    Clip,
}

/// An index of `np.take` on an axis of `n` positions.
fn take_index(i: i64, n: usize, axis: usize, mode: TakeMode) -> Result<usize> {
    let m = n as i64;
    match mode {
        TakeMode::Raise => {
            let j = if i < 0 { i + m } else { i };
            if j < 0 || j >= m {
                return Err(Error::Index(format!("index {i} is out of bounds for axis {axis} with size {n}")));
            }
            Ok(j as usize)
        }
        _ if n == 0 => Err(Error::Index("cannot do a non-empty take from an empty axes.")),
        TakeMode::Wrap => Ok(i.rem_euclid(m) as usize),
        TakeMode::Clip => Ok(i.clamp(0, m - 1) as usize),
    }
}

/// `np.take(a, indices, axis)` with an array of indices (`R = D - 1 + K`): the positions of
/// the result are `a`'s before `axis`, then the indices', then `a`'s after it.
pub fn take<T: Element, const D: usize, const K: usize, const R: usize>(
    a: &NdArray<T, D>,
    indices: &NdArray<i64, K>,
    axis: i64,
    mode: TakeMode,
) -> Result<NdArray<T, R>> {
    let ax = axis_index(axis, D)?;
    let (sa, si) = (a.shape(), indices.shape());
    let n = sa[ax];
    let idx: Vec<usize> = indices.to_vec().into_iter().map(|i| take_index(i, n, ax, mode)).collect::<Result<_>>()?;
    let mut shape = [0usize; R];
    shape[..ax].copy_from_slice(&sa[..ax]);
    shape[ax..ax + K].copy_from_slice(&si);
    shape[ax + K..].copy_from_slice(&sa[ax + 1..]);
    let strides_i = super::ndarray::c_strides(si, 1);
    let mut v = Vec::with_capacity(shape.iter().product());
    for_each_index(shape, |pos| {
        let flat: isize = (0..K).map(|k| pos[ax + k] as isize * strides_i[k]).sum();
        let src: [usize; D] = std::array::from_fn(|d| match d {
            d if d < ax => pos[d],
            d if d == ax => idx[flat as usize],
            d => pos[d - 1 + K],
        });
        // SAFETY: `src` is inside `a`: the other positions come from its shape, the index was
        // checked (or wrapped or clipped) against the axis.
        v.push(unsafe { a.at(src) });
    });
    Ok(NdArray::from_vec(shape, v))
}

/// `np.take(a, i)` of one index (`axis=None`): the element at flat position `i` (C order).
pub fn take_flat<T: Element, const D: usize>(a: &NdArray<T, D>, i: i64, mode: TakeMode) -> Result<T::Value> {
    let k = take_index(i, a.size(), 0, mode)?;
    // SAFETY: k < size.
    Ok(unsafe { a.at(super::ndarray::unravel(k, a.shape())) })
}

/// `np.take_along_axis(a, indices, axis)`: `indices` broadcast against `a` on the other axes,
/// negative indices counting from the end.
pub fn take_along_axis<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    indices: &NdArray<i64, D>,
    axis: i64,
) -> Result<NdArray<T, D>> {
    let ax = axis_index(axis, D)?;
    let (sa, si) = (a.shape(), indices.shape());
    let mut shape = [0usize; D];
    for d in 0..D {
        shape[d] = if d == ax {
            si[d]
        } else if sa[d] == si[d] || si[d] == 1 {
            sa[d]
        } else if sa[d] == 1 {
            si[d]
        } else {
            // (numpy's fancy indexing: IndexError)
            return Err(Error::Index(format!(
                "shape mismatch: indexing arrays could not be broadcast together with shapes {:?} {:?}",
                sa, si
            )));
        };
    }
    let n = sa[ax] as i64;
    let mut v = Vec::with_capacity(shape.iter().product());
    let mut err = None;
    for_each_index(shape, |pos| {
        if err.is_some() {
            return;
        }
        let ip: [usize; D] = std::array::from_fn(|d| if si[d] == 1 { 0 } else { pos[d] });
        // SAFETY: ip is inside `indices` (its axes are 1 or the result's).
        let i = unsafe { indices.at(ip) };
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            err = Some(Error::Index(format!("index {i} is out of bounds for axis {ax} with size {n}")));
            return;
        }
        let src: [usize; D] = std::array::from_fn(|d| {
            if d == ax {
                j as usize
            } else if sa[d] == 1 {
                0
            } else {
                pos[d]
            }
        });
        // SAFETY: src is inside `a` (checked index, other axes 1 or the result's).
        v.push(unsafe { a.at(src) });
    });
    match err {
        Some(e) => Err(e),
        None => Ok(NdArray::from_vec(shape, v)),
    }
}

/// `np.gradient(f, dx, axis=axis, edge_order=edge_order)` of a float64 array along one axis,
/// with numpy's formulas in numpy's order of operations: central differences
/// `(f[i+1] - f[i-1]) / (2. * dx)` inside, one-sided first (`edge_order=1`) or second order
/// (`a * f0 + b * f1 + c * f2`, `a = -1.5 / dx`, ...) differences at the ends. `py_dx`: the
/// spacing is a Python number, whose `-1.5 / dx` raises ZeroDivisionError for 0 (numpy's
/// scalars give inf).
pub fn gradient<const D: usize>(
    f: &NdArray<f64, D>,
    dx: f64,
    py_dx: bool,
    axis: i64,
    edge_order: i64,
) -> Result<NdArray<f64, D>> {
    if edge_order > 2 {
        return Err(Error::Value("'edge_order' greater than 2 not supported"));
    }
    let ax = axis_index(axis, D)?;
    let shape = f.shape();
    let n = shape[ax];
    if (n as i64) < edge_order + 1 {
        return Err(Error::Value(
            "Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.",
        ));
    }
    if edge_order != 1 && n < 3 {
        return Err(Error::Index(format!("index -3 is out of bounds for axis {ax} with size {n}")));
    }
    if edge_order != 1 && py_dx && dx == 0.0 {
        return Err(Error::ZeroDivision("float division by zero"));
    }
    let (a0, b0, c0) = (-1.5 / dx, 2. / dx, -0.5 / dx);
    let (a1, b1, c1) = (0.5 / dx, -2. / dx, 1.5 / dx);
    let mut v = Vec::with_capacity(f.size());
    for_each_index(shape, |idx| {
        let at = |k: usize| {
            let mut p = idx;
            p[ax] = k;
            // SAFETY: k < n, the other positions are idx's.
            unsafe { f.at(p) }
        };
        let i = idx[ax];
        v.push(if i > 0 && i + 1 < n {
            (at(i + 1) - at(i - 1)) / (2. * dx)
        } else if edge_order == 1 {
            if i == 0 {
                (at(1) - at(0)) / dx
            } else {
                (at(n - 1) - at(n - 2)) / dx
            }
        } else if i == 0 {
            a0 * at(0) + b0 * at(1) + c0 * at(2)
        } else {
            a1 * at(n - 3) + b1 * at(n - 2) + c1 * at(n - 1)
        });
    });
    Ok(NdArray::from_vec(shape, v))
}
