//! numpy's shape functions: `reshape` (a view when the layout allows), `ravel`, `flatten`,
//! `transpose`, `concatenate`, `stack`, `eye`, `diag`, `meshgrid`, `diff`, `nonzero`, `sort`,
//! `argsort`, `unique`, `tolist`, `item`, and `map` (an array converted element by element).

use super::axis::{axis_index, Num, Truth};
use super::element::Element;
use super::ndarray::{for_each_index, NdArray};
use crate::builtins::list::List;
use crate::error::{Error, Result};

fn fmt_shape(s: &[i64]) -> String {
    if s.len() == 1 {
        format!("({},)", s[0])
    } else {
        format!("({})", s.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", "))
    }
}

/// The shape `shape` (one entry may be -1) for `size` elements, as numpy resolves it.
fn resolve_shape<const N: usize>(size: usize, shape: [i64; N]) -> Result<[usize; N]> {
    let mut out = [0usize; N];
    let mut unknown = None;
    let mut known = 1usize;
    for (k, &d) in shape.iter().enumerate() {
        if d == -1 {
            if unknown.is_some() {
                return Err(Error::Value("can only specify one unknown dimension"));
            }
            unknown = Some(k);
        } else if d < 0 {
            return Err(Error::Value("negative dimensions not allowed"));
        } else {
            out[k] = d as usize;
            known = known.saturating_mul(d as usize);
        }
    }
    let bad = || Error::Value(format!("cannot reshape array of size {size} into shape {}", fmt_shape(&shape)));
    match unknown {
        Some(k) => {
            if known == 0 || size % known != 0 {
                return Err(bad());
            }
            out[k] = size / known;
        }
        None => {
            if known != size {
                return Err(bad());
            }
        }
    }
    Ok(out)
}

/// `a.reshape(shape)`: a view of the same memory when `a` is C-contiguous, else a copy.
pub fn reshape<T: Element, const D: usize, const N: usize>(
    a: &NdArray<T, D>,
    shape: [i64; N],
) -> Result<NdArray<T, N>> {
    let new = resolve_shape(a.size(), shape)?;
    if a.is_c_contiguous() {
        // SAFETY: the same elements in the same C order, kept alive by the same base.
        Ok(unsafe { a.relayout(new, super::ndarray::c_strides(new, std::mem::size_of::<T::Storage>())) })
    } else {
        Ok(NdArray::from_vec(new, a.to_vec()))
    }
}

/// `a.ravel()`: a 1-D view when contiguous, else a copy.
pub fn ravel<T: Element, const D: usize>(a: &NdArray<T, D>) -> NdArray<T, 1> {
    let n = a.size() as i64;
    match reshape(a, [n]) {
        Ok(v) => v,
        Err(_) => NdArray::from_vec([a.size()], a.to_vec()),
    }
}

/// `a.flatten()`: always a copy.
pub fn flatten<T: Element, const D: usize>(a: &NdArray<T, D>) -> NdArray<T, 1> {
    NdArray::from_vec([a.size()], a.to_vec())
}

/// `a.transpose(axes)` / `np.transpose(a, axes)`: the axes permuted (a view).
pub fn permute<T: Element, const D: usize>(a: &NdArray<T, D>, axes: [i64; D]) -> Result<NdArray<T, D>> {
    let mut seen = [false; D];
    let mut shape = [0usize; D];
    let mut strides = [0isize; D];
    for (k, &ax) in axes.iter().enumerate() {
        let j = axis_index(ax, D)?;
        if seen[j] {
            return Err(Error::Value("repeated axis in transpose"));
        }
        seen[j] = true;
        shape[k] = a.shape()[j];
        strides[k] = a.strides()[j];
    }
    // SAFETY: a permutation of the axes covers the same elements.
    Ok(unsafe { a.relayout(shape, strides) })
}

/// `a` with its elements converted by `f` (a new C-contiguous array).
pub fn map<T: Element, U: Element, const D: usize>(
    a: &NdArray<T, D>,
    f: impl Fn(T::Value) -> U::Value,
) -> NdArray<U, D> {
    if let Some(out) = super::walk::map_contiguous(a, |x| Ok::<_, std::convert::Infallible>(f(x))) {
        return out.unwrap_or_else(|e| match e {});
    }
    NdArray::from_vec(a.shape(), a.to_vec().into_iter().map(f).collect())
}

/// `a` with its elements converted by a fallible `f`.
pub fn try_map<T: Element, U: Element, const D: usize>(
    a: &NdArray<T, D>,
    f: impl Fn(T::Value) -> Result<U::Value>,
) -> Result<NdArray<U, D>> {
    if let Some(out) = super::walk::map_contiguous(a, &f) {
        return out;
    }
    let v: Result<Vec<U::Value>> = a.to_vec().into_iter().map(f).collect();
    Ok(NdArray::from_vec(a.shape(), v?))
}

/// `np.concatenate(parts, axis)`.
pub fn concatenate<T: Element, const D: usize>(parts: &[NdArray<T, D>], axis: i64) -> Result<NdArray<T, D>> {
    if parts.is_empty() {
        return Err(Error::Value("need at least one array to concatenate"));
    }
    if D == 0 {
        return Err(Error::Value("zero-dimensional arrays cannot be concatenated"));
    }
    let ax = axis_index(axis, D)?;
    let first = parts[0].shape();
    let mut shape = first;
    shape[ax] = 0;
    for (i, p) in parts.iter().enumerate() {
        let s = p.shape();
        for d in 0..D {
            if d != ax && s[d] != first[d] {
                return Err(Error::Value(format!(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension {d}, the array at index 0 has size {} and the array at index {i} has size {}",
                    first[d], s[d]
                )));
            }
        }
        shape[ax] += s[ax];
    }
    let out: NdArray<T, D> = NdArray::uninit(shape);
    let mut start = 0usize;
    let row = shape[ax + 1..].iter().product::<usize>();
    for p in parts {
        if ax == 0 && p.is_c_contiguous() {
            // rows after rows: one copy of the part's memory
            let n = p.size();
            // SAFETY: `n` elements of the contiguous part into the result's rows
            // `start..start + p.shape()[0]`, a new array (no overlap)
            if n > 0 {
                unsafe {
                    std::ptr::copy_nonoverlapping(
                        p.data_ptr() as *const T::Storage,
                        (out.data_ptr() as *mut T::Storage).add(start * row),
                        n,
                    )
                };
            }
            start += p.shape()[0];
            continue;
        }
        for_each_index(p.shape(), |idx| {
            let mut o = idx;
            o[ax] += start;
            // SAFETY: in-bounds positions of `p` and of the result.
            unsafe { out.put(o, p.at(idx)) };
        });
        start += p.shape()[ax];
    }
    Ok(out)
}

/// `a` seen with a new axis of length 1 inserted at `ax` (`0 <= ax <= D`), `N = D + 1`.
pub fn expand<T: Element, const D: usize, const N: usize>(a: &NdArray<T, D>, ax: usize) -> NdArray<T, N> {
    let mut shape = [1usize; N];
    let mut strides = [0isize; N];
    let mut k = 0;
    for d in 0..N {
        if d != ax {
            shape[d] = a.shape()[k];
            strides[d] = a.strides()[k];
            k += 1;
        }
    }
    // SAFETY: the same elements; the new axis has length 1.
    unsafe { a.relayout(shape, strides) }
}

/// `np.stack(parts, axis)`: `N = D + 1` dimensions.
pub fn stack<T: Element, const D: usize, const N: usize>(parts: &[NdArray<T, D>], axis: i64) -> Result<NdArray<T, N>> {
    if parts.is_empty() {
        return Err(Error::Value("need at least one array to stack"));
    }
    let s0 = parts[0].shape();
    if parts.iter().any(|p| p.shape() != s0) {
        return Err(Error::Value("all input arrays must have the same shape"));
    }
    let ax = axis_index(axis, N)?;
    let expanded: Vec<NdArray<T, N>> = parts.iter().map(|p| expand(p, ax)).collect();
    concatenate(&expanded, ax as i64)
}

/// `np.atleast_2d` of a 1-D array (for `vstack`): shape `(1, n)`.
pub fn row2<T: Element>(a: &NdArray<T, 1>) -> NdArray<T, 2> {
    expand(a, 0)
}

/// `np.eye(n, m, k)`.
pub fn eye<T: Element>(n: i64, m: Option<i64>, k: i64, one: T::Value, zero: T::Value) -> Result<NdArray<T, 2>> {
    let m = m.unwrap_or(n);
    if n < 0 || m < 0 {
        return Err(Error::Value("negative dimensions are not allowed"));
    }
    let out = NdArray::full([n as usize, m as usize], zero);
    for i in 0..n {
        let j = i + k;
        if j >= 0 && j < m {
            // SAFETY: (i, j) is inside the n × m result.
            unsafe { out.put([i as usize, j as usize], one) };
        }
    }
    Ok(out)
}

/// `np.diag(v, k)` of a 1-D array: a square matrix with `v` on diagonal `k`.
pub fn diag_from<T: Element>(v: &NdArray<T, 1>, k: i64, zero: T::Value) -> NdArray<T, 2> {
    let n = v.shape()[0] + k.unsigned_abs() as usize;
    let out = NdArray::full([n, n], zero);
    for i in 0..v.shape()[0] {
        let (r, c) = if k >= 0 { (i, i + k as usize) } else { (i + (-k) as usize, i) };
        // SAFETY: inside the n × n result; i < len(v).
        unsafe { out.put([r, c], v.get_unchecked(i)) };
    }
    out
}

/// `np.diag(m, k)` of a 2-D array: diagonal `k` (a copy, as numpy's is read-only).
pub fn diag_of<T: Element>(m: &NdArray<T, 2>, k: i64) -> NdArray<T, 1> {
    let [r, c] = m.shape();
    let (r0, c0) = if k >= 0 { (0usize, k as usize) } else { ((-k) as usize, 0usize) };
    let len = if r0 >= r || c0 >= c { 0 } else { (r - r0).min(c - c0) };
    // SAFETY: every position is inside the matrix.
    let v: Vec<T::Value> = (0..len).map(|i| unsafe { m.at([r0 + i, c0 + i]) }).collect();
    NdArray::from_vec([len], v)
}

/// `np.trace(m)`: the sum of the main diagonal in numpy's sum type.
pub fn trace<T: Num>(m: &NdArray<T, 2>) -> T::Acc {
    let d = diag_of(m, 0);
    let mut s = T::zero();
    for x in d.to_vec() {
        s = T::add(s, x.acc());
    }
    s
}

/// Output `k` of `np.meshgrid(x1, ..., xN)` (`x` is `xk`, `lens` the inputs' lengths): `x`
/// repeated along every axis but its own. With indexing 'ij' the shape is `lens`; with 'xy'
/// the first two axes are swapped (`x1` varies along columns).
pub fn meshgrid<T: Element, const N: usize>(
    x: &NdArray<T, 1>,
    k: usize,
    lens: [usize; N],
    ij: bool,
    sparse: bool,
) -> NdArray<T, N> {
    let (mut shape, mut axis) = (lens, k);
    if sparse {
        // `sparse=True`: `x` along its own axis, length 1 along the others
        shape = [1; N];
        shape[k] = lens[k];
    }
    if !ij && N >= 2 {
        shape.swap(0, 1);
        axis = match k {
            0 => 1,
            1 => 0,
            k => k,
        };
    }
    let mut out = Vec::with_capacity(shape.iter().product());
    // SAFETY: idx[axis] < lens[k] = len(x).
    for_each_index(shape, |idx| out.push(unsafe { x.at([idx[axis]]) }));
    NdArray::from_vec(shape, out)
}

/// `np.put(a, ind, v, mode)`: element `ind[i]` of `a` in C order set to `v[i % len(v)]`, one
/// after the other as numpy's `PyArray_PutTo` (mode `0` 'raise': negative indices from the end,
/// IndexError at the first one out of bounds, the earlier writes done; `1` 'wrap': modulo the
/// size; `2` 'clip': into `0..size`).
pub fn put<T: Element, const D: usize>(a: &NdArray<T, D>, ind: Vec<i64>, v: Vec<T::Value>, mode: u8) -> Result<()> {
    if ind.is_empty() {
        return Ok(());
    }
    let size = a.size();
    if size == 0 {
        return Err(Error::Index("cannot replace elements of an empty array".to_string()));
    }
    if v.is_empty() {
        return Ok(());
    }
    let shape = a.shape();
    let n = size as i64;
    for (i, &k) in ind.iter().enumerate() {
        let k = match mode {
            1 => k.rem_euclid(n),
            2 => k.clamp(0, n - 1),
            _ => {
                let j = if k < 0 { k + n } else { k };
                if j < 0 || j >= n {
                    return Err(Error::Index(format!("index {k} is out of bounds for axis 0 with size {size}")));
                }
                j
            }
        };
        let mut idx = [0usize; D];
        let mut rest = k as usize;
        for d in (0..D).rev() {
            idx[d] = rest % shape[d];
            rest /= shape[d];
        }
        // SAFETY: `k < size`, so `idx` is inside `a`.
        unsafe { a.put(idx, v[i % v.len()]) };
    }
    Ok(())
}

/// `prepend=v`/`append=v` of `np.diff` given a number: `v` broadcast to one slice of `a` along
/// `axis`.
pub fn diff_edge<T: Element, const D: usize>(a: &NdArray<T, D>, axis: i64, v: T::Value) -> Result<NdArray<T, D>> {
    let ax = axis_index(axis, D)?;
    let mut shape = a.shape();
    shape[ax] = 1;
    Ok(NdArray::full(shape, v))
}

/// `np.diff(a, n, axis, prepend, append)` joins `prepend`, `a`, `append` along `axis` (numpy's
/// concatenate, with its errors) before differencing, for `n > 0` (`n == 0` returns `a`, a
/// negative `n` is `diff`'s error).
pub fn diff_join<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    n: i64,
    pre: Option<NdArray<T, D>>,
    app: Option<NdArray<T, D>>,
    axis: i64,
) -> Result<NdArray<T, D>> {
    if n <= 0 {
        return Ok(a.clone());
    }
    let mut parts = Vec::new();
    parts.extend(pre);
    parts.push(a.clone());
    parts.extend(app);
    concatenate(&parts, axis)
}

/// `np.diff(a, n, axis)` with the difference `sub(later, earlier)`.
pub fn diff<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    n: i64,
    axis: i64,
    sub: impl Fn(T::Value, T::Value) -> T::Value,
) -> Result<NdArray<T, D>> {
    if n < 0 {
        return Err(Error::Value(format!("order must be non-negative but got {n}")));
    }
    let ax = axis_index(axis, D)?;
    // `a` itself until the first step makes a new array (a copy if no step does)
    let mut cur = a.clone();
    let mut fresh = false;
    for _ in 0..n {
        let mut shape = cur.shape();
        if shape[ax] == 0 {
            break;
        }
        fresh = true;
        if let Some(next) = super::walk::diff_step(&cur, ax, &sub) {
            cur = next;
            continue;
        }
        shape[ax] -= 1;
        let out: NdArray<T, D> = NdArray::uninit(shape);
        for_each_index(shape, |idx| {
            let mut next = idx;
            next[ax] += 1;
            // SAFETY: idx and next are inside `cur`, idx inside `out`.
            unsafe { out.put(idx, sub(cur.at(next), cur.at(idx))) };
        });
        cur = out;
    }
    Ok(if fresh { cur } else { cur.copy() })
}

/// `np.roll(a, shift, axis)`: the elements moved `shift` places along `axis` (forwards for a
/// positive shift), those that leave at one end entering at the other; without an axis, the
/// same on the flattened array, reshaped back.
pub fn roll<T: Element, const D: usize>(a: &NdArray<T, D>, shift: i64, axis: Option<i64>) -> Result<NdArray<T, D>> {
    let shape = a.shape();
    let out: NdArray<T, D> = NdArray::uninit(shape);
    match axis {
        Some(axis) => {
            let ax = axis_index(axis, D)?;
            let n = shape[ax] as i64;
            for_each_index(shape, |idx| {
                let mut src = idx;
                // n > 0: `idx` exists
                src[ax] = (idx[ax] as i64 - shift).rem_euclid(n) as usize;
                // SAFETY: src and idx are inside `a` and `out` (same shape)
                unsafe { out.put(idx, a.at(src)) };
            });
        }
        None => {
            let size = shape.iter().product::<usize>() as i64;
            let mut k = 0i64;
            for_each_index(shape, |idx| {
                // size > 0: `idx` exists
                let from = (k - shift).rem_euclid(size) as usize;
                k += 1;
                // SAFETY: `from` is a flat C-order position inside `a`, idx inside `out`
                unsafe { out.put(idx, a.at(unravel(from, shape))) };
            });
        }
    }
    Ok(out)
}

/// Where each element of a result along one axis comes from: the source's position along it,
/// or the `k`-th slot of inserted values.
#[derive(Clone, Copy)]
enum From {
    Old(usize),
    New(usize),
}

/// A copy of `a` whose positions along `ax` are `plan`'s: old ones read from `a`, new ones from
/// `vals` (shaped as the result with `vals.shape()[ax]` slots along `ax`).
fn rebuild<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    ax: usize,
    plan: &[From],
    vals: Option<&NdArray<T, D>>,
) -> NdArray<T, D> {
    let mut shape = a.shape();
    shape[ax] = plan.len();
    let out: NdArray<T, D> = NdArray::uninit(shape);
    for_each_index(shape, |idx| {
        let mut src = idx;
        // SAFETY: `plan` holds positions inside `a` along `ax` and slots inside `vals`, the other
        // axes have the result's lengths (the caller broadcast `vals` to them)
        unsafe {
            match plan[idx[ax]] {
                From::Old(i) => {
                    src[ax] = i;
                    out.put(idx, a.at(src));
                }
                From::New(k) => {
                    src[ax] = k;
                    out.put(idx, vals.expect("new positions come with values").at(src));
                }
            }
        }
    });
    out
}

/// `np.delete(a, index, axis)` (the caller's `ravel` and axis 0 for `axis=None`): a new array
/// without that position along `axis`.
pub fn delete<T: Element, const D: usize>(a: &NdArray<T, D>, index: i64, axis: i64) -> Result<NdArray<T, D>> {
    let ax = axis_index(axis, D)?;
    let n = a.shape()[ax];
    if index < -(n as i64) || index >= n as i64 {
        return Err(Error::Index(format!("index {index} is out of bounds for axis {ax} with size {n}")));
    }
    let k = if index < 0 { index + n as i64 } else { index } as usize;
    let plan: Vec<From> = (0..n).filter(|&i| i != k).map(From::Old).collect();
    Ok(rebuild(a, ax, &plan, None))
}

/// `np.delete(a, [i, j, ...], axis)`: a new array without those positions (negative ones count
/// from the end, repeats allowed; one position is `delete`'s, with its message).
pub fn delete_many<T: Element, const D: usize>(a: &NdArray<T, D>, indices: &[i64], axis: i64) -> Result<NdArray<T, D>> {
    if let [index] = indices {
        return delete(a, *index, axis);
    }
    let ax = axis_index(axis, D)?;
    let n = a.shape()[ax];
    let mut keep = vec![true; n];
    for &i in indices {
        // numpy's `keep[obj,] = False`: the fancy index's message names axis 0
        let k = if i < 0 { i + n as i64 } else { i };
        if k < 0 || k >= n as i64 {
            return Err(Error::Index(format!("index {i} is out of bounds for axis 0 with size {n}")));
        }
        keep[k as usize] = false;
    }
    Ok(kept(a, ax, &keep))
}

/// `np.delete(a, mask, axis)` with a boolean array of the axis's length: the positions where it
/// is False.
pub fn delete_mask<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    mask: &NdArray<bool, 1>,
    axis: i64,
) -> Result<NdArray<T, D>> {
    let ax = axis_index(axis, D)?;
    let n = a.shape()[ax];
    if mask.shape()[0] != n {
        return Err(Error::Value(format!(
            "boolean array argument obj to delete must be one dimensional and match the axis length of {n}"
        )));
    }
    let keep: Vec<bool> = mask.iter_items().map(|m| !m).collect();
    Ok(kept(a, ax, &keep))
}

fn kept<T: Element, const D: usize>(a: &NdArray<T, D>, ax: usize, keep: &[bool]) -> NdArray<T, D> {
    let plan: Vec<From> = (0..keep.len()).filter(|&i| keep[i]).map(From::Old).collect();
    rebuild(a, ax, &plan, None)
}

/// `values` as numpy's `array(values, ndmin=D)`: length-1 axes in front.
pub fn ndmin<T: Element, const V: usize, const D: usize>(v: &NdArray<T, V>) -> Result<NdArray<T, D>> {
    if V > D {
        return Err(Error::Value(format!("values of {V} dimensions cannot be inserted into an array of {D}")));
    }
    let mut shape = [1usize; D];
    shape[D - V..].copy_from_slice(&v.shape());
    Ok(NdArray::from_vec(shape, v.to_vec()))
}

/// `values` seen with the shape of the result's new slots (numpy's assignment broadcasting).
fn slots<T: Element, const D: usize>(v: &NdArray<T, D>, shape: [usize; D]) -> Result<NdArray<T, D>> {
    v.broadcast_to(shape).map_err(|_| {
        Error::Value(format!(
            "could not broadcast input array from shape {} into shape {}",
            fmt_shape(&v.shape().map(|x| x as i64)),
            fmt_shape(&shape.map(|x| x as i64))
        ))
    })
}

/// `np.insert(a, index, values, axis)` at one position (the caller's `ravel` and axis 0 for
/// `axis=None`): `values` (numpy's `ndmin` array, its first axis moved to `axis` when `index` is
/// a scalar, `moved`) placed before position `index` along `axis`. `listed`: the index was given
/// as a one-element list (numpy's message shows it so).
pub fn insert<T: Element, const D: usize, const V: usize>(
    a: &NdArray<T, D>,
    index: i64,
    values: &NdArray<T, V>,
    axis: i64,
    moved: bool,
    listed: bool,
) -> Result<NdArray<T, D>> {
    let ax = axis_index(axis, D)?;
    let n = a.shape()[ax];
    if index < -(n as i64) || index > n as i64 {
        let shown = if listed { format!("[{index}]") } else { index.to_string() };
        return Err(Error::Index(format!("index {shown} is out of bounds for axis {ax} with size {n}")));
    }
    let k = if index < 0 { index + n as i64 } else { index } as usize;
    let mut v: NdArray<T, D> = ndmin(values)?;
    if moved && D > 1 {
        // np.moveaxis(values, 0, axis)
        let mut order: Vec<i64> = (1..D as i64).collect();
        order.insert(ax, 0);
        let axes: [i64; D] = order.try_into().expect("D axes");
        v = permute(&v, axes)?;
    }
    let numnew = v.shape()[ax];
    let mut shape = a.shape();
    shape[ax] = numnew;
    let v = slots(&v, shape)?;
    let plan: Vec<From> =
        (0..k).map(From::Old).chain((0..numnew).map(From::New)).chain((k..n).map(From::Old)).collect();
    Ok(rebuild(a, ax, &plan, Some(&v)))
}

/// `np.insert(a, [i, j, ...], values, axis)`: `values` before each of those positions along
/// `axis` (numpy's algorithm: the positions sorted stably and shifted by the insertions before
/// them; one position is `insert`'s with `values` not moved).
pub fn insert_many<T: Element, const D: usize, const V: usize>(
    a: &NdArray<T, D>,
    indices: &[i64],
    values: &NdArray<T, V>,
    axis: i64,
) -> Result<NdArray<T, D>> {
    if let [index] = indices {
        return insert(a, *index, values, axis, false, true);
    }
    let ax = axis_index(axis, D)?;
    let n = a.shape()[ax];
    let mut ind: Vec<i64> = indices.iter().map(|&i| if i < 0 { i + n as i64 } else { i }).collect();
    let mut order: Vec<usize> = (0..ind.len()).collect();
    order.sort_by_key(|&k| ind[k]);
    for (j, &k) in order.iter().enumerate() {
        ind[k] += j as i64;
    }
    let total = n + ind.len();
    // the slot of the values each new position takes (the last assignment wins, as numpy's)
    let mut slot: Vec<Option<usize>> = vec![None; total];
    for (j, &i) in ind.iter().enumerate() {
        // numpy's fancy index: negative positions count from the end of the new array
        let k = if i < 0 { i + total as i64 } else { i };
        if k < 0 || k >= total as i64 {
            return Err(Error::Index(format!("index {i} is out of bounds for axis 0 with size {total}")));
        }
        slot[k as usize] = Some(j);
    }
    let old = slot.iter().filter(|x| x.is_none()).count();
    let mut shape = a.shape();
    shape[ax] = ind.len();
    let v = slots(&ndmin(values)?, shape)?;
    if old != n {
        let moved: usize = a.shape().iter().product::<usize>() / n.max(1) * n;
        let room: usize = a.shape().iter().product::<usize>() / n.max(1) * old;
        return Err(Error::Value(format!(
            "NumPy boolean array indexing assignment cannot assign {moved} input values to the {room} output values where the mask is true"
        )));
    }
    let mut next = 0;
    let plan: Vec<From> = slot
        .iter()
        .map(|s| match s {
            Some(j) => From::New(*j),
            None => {
                next += 1;
                From::Old(next - 1)
            }
        })
        .collect();
    Ok(rebuild(a, ax, &plan, Some(&v)))
}

/// `np.repeat(a, repeats, axis)`: each element along `axis` repeated `repeats` times (`axis=None`
/// is the flattened array along axis 0, the caller's `ravel`).
pub fn repeat<T: Element, const D: usize>(a: &NdArray<T, D>, repeats: i64, axis: i64) -> Result<NdArray<T, D>> {
    let ax = axis_index(axis, D)?;
    if repeats < 0 {
        return Err(Error::Value("negative dimensions are not allowed"));
    }
    let mut shape = a.shape();
    shape[ax] = shape[ax]
        .checked_mul(repeats as usize)
        .filter(|&n| n.checked_mul(shape.iter().product::<usize>().max(1)).is_some())
        .ok_or_else(crate::error::memory_error)?;
    let out: NdArray<T, D> = NdArray::uninit(shape);
    let r = repeats as usize;
    if super::walk::repeat_into(a, r, ax, &out) {
        return Ok(out);
    }
    for_each_index(shape, |idx| {
        let mut src = idx;
        // r > 0 when `idx` exists
        src[ax] = idx[ax] / r;
        // SAFETY: src is inside `a` (src[ax] < a.shape[ax]), idx inside `out`
        unsafe { out.put(idx, a.at(src)) };
    });
    Ok(out)
}

/// `np.tile(a, reps)`: `a` (its shape padded with leading 1s to `N` dimensions) repeated
/// `reps[d]` times along each axis `d` (`reps` padded with leading 1s the same way).
pub fn tile<T: Element, const D: usize, const N: usize, const K: usize>(
    a: &NdArray<T, D>,
    reps: [i64; K],
) -> Result<NdArray<T, N>> {
    if reps.iter().any(|&r| r < 0) {
        return Err(Error::Value("negative dimensions are not allowed"));
    }
    let mut ashape = [1usize; N];
    ashape[N - D..].copy_from_slice(&a.shape());
    let mut rs = [1usize; N];
    for (k, &r) in reps.iter().enumerate() {
        rs[N - K + k] = r as usize;
    }
    let mut shape = [0usize; N];
    let mut total = 1usize;
    for d in 0..N {
        shape[d] = ashape[d].checked_mul(rs[d]).ok_or_else(crate::error::memory_error)?;
        total = total.checked_mul(shape[d].max(1)).ok_or_else(crate::error::memory_error)?;
    }
    let out: NdArray<T, N> = NdArray::uninit(shape);
    for_each_index(shape, |idx| {
        let mut src = [0usize; D];
        for (d, s) in src.iter_mut().enumerate() {
            let k = N - D + d;
            // ashape[k] > 0 when `idx` exists
            *s = idx[k] % ashape[k];
        }
        // SAFETY: src is inside `a`, idx inside `out`
        unsafe { out.put(idx, a.at(src)) };
    });
    Ok(out)
}

/// `np.searchsorted(a, v, side)` of one value: the first position in the sorted `a` where `v`
/// goes (before equal elements, or after them for `side='right'`), in numpy's order (NaN last).
pub fn searchsorted_one<T: Element>(a: &NdArray<T, 1>, v: T::Value, right: bool) -> i64
where
    T::Value: Sortable,
{
    use std::cmp::Ordering;
    let (mut lo, mut hi) = (0usize, a.shape()[0]);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // SAFETY: mid < len
        let x = unsafe { a.at([mid]) };
        let after = match T::Value::cmp_np(&x, &v) {
            Ordering::Less => true,
            Ordering::Equal => right,
            Ordering::Greater => false,
        };
        if after {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo as i64
}

/// `np.searchsorted(a, v, side)` of an array of values: the positions, of the shape of `v`.
pub fn searchsorted<T: Element, const D: usize>(a: &NdArray<T, 1>, v: &NdArray<T, D>, right: bool) -> NdArray<i64, D>
where
    T::Value: Sortable,
{
    let out: NdArray<i64, D> = NdArray::uninit(v.shape());
    for_each_index(v.shape(), |idx| {
        // SAFETY: idx is inside `v` and `out` (same shape)
        unsafe { out.put(idx, searchsorted_one(a, v.at(idx), right)) };
    });
    out
}

/// `np.bincount(x, minlength=m)`: how often each value `0..=max(x)` occurs (at least `m` bins).
pub fn bincount(x: &NdArray<i64, 1>, minlength: i64) -> Result<NdArray<i64, 1>> {
    let n = bins(x, minlength)?;
    let mut out = vec![0i64; n];
    for v in x.iter_items() {
        out[v as usize] += 1;
    }
    Ok(NdArray::from_vec([n], out))
}

/// `np.bincount(x, weights=w, minlength=m)`: the sum of the weights of each value, added in
/// the order of `x` as numpy adds them.
pub fn bincount_weighted(x: &NdArray<i64, 1>, w: &NdArray<f64, 1>, minlength: i64) -> Result<NdArray<f64, 1>> {
    if w.shape()[0] != x.shape()[0] {
        return Err(Error::Value("The weights and list don't have the same length."));
    }
    let n = bins(x, minlength)?;
    let mut out = vec![0.0f64; n];
    for (v, wt) in x.iter_items().zip(w.iter_items()) {
        out[v as usize] += wt;
    }
    Ok(NdArray::from_vec([n], out))
}

/// The number of bins of `np.bincount`, with numpy's checks.
fn bins(x: &NdArray<i64, 1>, minlength: i64) -> Result<usize> {
    if minlength < 0 {
        return Err(Error::Value("'minlength' must not be negative"));
    }
    let mut max = -1i64;
    for v in x.iter_items() {
        if v < 0 {
            return Err(Error::Value("'list' argument must have no negative elements"));
        }
        max = max.max(v);
    }
    let n = (max + 1).max(minlength) as usize;
    n.checked_mul(8).ok_or_else(crate::error::memory_error)?;
    Ok(n)
}

/// The index of C-order position `k` in an array of `shape`.
fn unravel<const D: usize>(mut k: usize, shape: [usize; D]) -> [usize; D] {
    let mut idx = [0; D];
    for d in (0..D).rev() {
        idx[d] = k % shape[d];
        k /= shape[d];
    }
    idx
}

/// `np.nonzero(a)`: for each axis, the positions of the nonzero elements in C order.
pub fn nonzero<T: Truth, const D: usize>(a: &NdArray<T, D>) -> [NdArray<i64, 1>; D] {
    if let Some(cols) = super::walk::nonzero_contiguous(a, |x| x.truth()) {
        return cols.map(|c| NdArray::from_vec([c.len()], c));
    }
    let mut cols: [Vec<i64>; D] = std::array::from_fn(|_| Vec::new());
    for_each_index(a.shape(), |idx| {
        // SAFETY: in-bounds positions.
        if unsafe { a.at(idx) }.truth() {
            for d in 0..D {
                cols[d].push(idx[d] as i64);
            }
        }
    });
    cols.map(|c| NdArray::from_vec([c.len()], c))
}

/// numpy's sort order: NaN after everything (complex: lexicographic, NaNs last).
pub trait Sortable: Copy {
    fn cmp_np(a: &Self, b: &Self) -> std::cmp::Ordering;
    fn same(a: &Self, b: &Self) -> bool {
        Self::cmp_np(a, b) == std::cmp::Ordering::Equal
    }
}

impl Sortable for f64 {
    fn cmp_np(a: &f64, b: &f64) -> std::cmp::Ordering {
        match (a.is_nan(), b.is_nan()) {
            (true, true) => std::cmp::Ordering::Equal,
            (true, false) => std::cmp::Ordering::Greater,
            (false, true) => std::cmp::Ordering::Less,
            _ => a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal),
        }
    }
}

impl Sortable for i64 {
    fn cmp_np(a: &i64, b: &i64) -> std::cmp::Ordering {
        a.cmp(b)
    }
}

impl Sortable for bool {
    fn cmp_np(a: &bool, b: &bool) -> std::cmp::Ordering {
        a.cmp(b)
    }
}

impl Sortable for num_complex::Complex64 {
    fn cmp_np(a: &Self, b: &Self) -> std::cmp::Ordering {
        f64::cmp_np(&a.re, &b.re).then_with(|| f64::cmp_np(&a.im, &b.im))
    }
}

/// Runs `f` on every lane along `axis`, given as a vector, and writes back what it returns.
fn lanes_map<T: Element, U: Element, const D: usize>(
    a: &NdArray<T, D>,
    axis: i64,
    out: &NdArray<U, D>,
    mut f: impl FnMut(Vec<T::Value>) -> Vec<U::Value>,
) -> Result<()> {
    if D == 0 {
        return Err(Error::Axis(format!("axis {axis} is out of bounds for array of dimension 0")));
    }
    let ax = axis_index(axis, D)?;
    let shape = a.shape();
    let mut outer = shape;
    outer[ax] = 1;
    let n = shape[ax];
    if n == 0 {
        return Ok(());
    }
    for_each_index(outer, |idx| {
        let mut p = idx;
        let lane: Vec<T::Value> = (0..n)
            .map(|k| {
                p[ax] = k;
                // SAFETY: in-bounds positions.
                unsafe { a.at(p) }
            })
            .collect();
        for (k, v) in f(lane).into_iter().enumerate() {
            p[ax] = k;
            // SAFETY: `out` has the shape of `a`.
            unsafe { out.put(p, v) };
        }
    });
    Ok(())
}

/// `np.sort(a, axis)`: a sorted copy (stable; NaN last).
pub fn sort<T: Element, const D: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<T, D>>
where
    T::Value: Sortable,
{
    let out = a.copy();
    lanes_map(a, axis, &out, |mut v| {
        v.sort_by(T::Value::cmp_np);
        v
    })?;
    Ok(out)
}

/// `a.sort(axis)`: sorts in place.
pub fn sort_inplace<T: Element, const D: usize>(a: &NdArray<T, D>, axis: i64) -> Result<()>
where
    T::Value: Sortable,
{
    a.check_writeable()?;
    lanes_map(a, axis, a, |mut v| {
        v.sort_by(T::Value::cmp_np);
        v
    })
}

/// `np.argsort(a, axis)`: the positions that sort each lane (stable: ties keep their order).
pub fn argsort<T: Element, const D: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<i64, D>>
where
    T::Value: Sortable,
{
    let out: NdArray<i64, D> = NdArray::full(a.shape(), 0);
    lanes_map(a, axis, &out, |v| {
        let mut ix: Vec<usize> = (0..v.len()).collect();
        ix.sort_by(|&i, &j| T::Value::cmp_np(&v[i], &v[j]));
        ix.into_iter().map(|i| i as i64).collect()
    })?;
    Ok(out)
}

/// `np.unique(a)`: the sorted distinct elements (one NaN at most, as numpy ≥ 1.21).
pub fn unique<T: Element, const D: usize>(a: &NdArray<T, D>) -> NdArray<T, 1>
where
    T::Value: Sortable,
{
    let mut v = a.to_vec();
    v.sort_by(T::Value::cmp_np);
    v.dedup_by(|x, y| T::Value::same(x, y));
    NdArray::from_vec([v.len()], v)
}

/// `a.tolist()` of a 1-D array.
pub fn tolist1<T: Element>(a: &NdArray<T, 1>) -> List<T::Value> {
    List::from_vec(a.to_vec())
}

/// `a.tolist()` of a 2-D array: a list of rows.
pub fn tolist2<T: Element>(a: &NdArray<T, 2>) -> List<List<T::Value>> {
    let [r, c] = a.shape();
    let v = a.to_vec();
    List::from_vec((0..r).map(|i| List::from_vec(v[i * c..(i + 1) * c].to_vec())).collect())
}

/// `a.tolist()` of a 3-D array: a list of `tolist2` of its sub-arrays.
pub fn tolist3<T: Element>(a: &NdArray<T, 3>) -> List<List<List<T::Value>>> {
    List::from_vec((0..a.shape()[0]).map(|i| tolist2(&sub(a, i))).collect())
}

/// `a.tolist()` of a 4-D array.
pub fn tolist4<T: Element>(a: &NdArray<T, 4>) -> List<List<List<List<T::Value>>>> {
    List::from_vec((0..a.shape()[0]).map(|i| tolist3(&sub(a, i))).collect())
}

/// `a[i]` for `i < len(a)` (a view).
fn sub<T: Element, const D: usize, const R: usize>(a: &NdArray<T, D>, i: usize) -> NdArray<T, R> {
    a.view::<R>(&[super::ndarray::Idx::At(i as i64)]).unwrap_or_default()
}

/// `a.item()`: the only element of a size-1 array.
pub fn item<T: Element, const D: usize>(a: &NdArray<T, D>) -> Result<T::Value> {
    if a.size() != 1 {
        return Err(Error::Value("can only convert an array of size 1 to a Python scalar"));
    }
    Ok(a.to_vec()[0])
}

/// `a.item(k)`: the element at flat position `k` (negative from the end).
pub fn item_at<T: Element, const D: usize>(a: &NdArray<T, D>, k: i64) -> Result<T::Value> {
    let n = a.size() as i64;
    let j = if k < 0 { k + n } else { k };
    if j < 0 || j >= n {
        return Err(Error::Index(format!("index {k} is out of bounds for size {n}")));
    }
    // SAFETY: j is a valid flat position.
    Ok(unsafe { a.at(super::ndarray::unravel(j as usize, a.shape())) })
}

/// `a[i] = x, y`: a sequence of values into a 1-D view (one value is broadcast), numpy's
/// ValueError when the lengths differ.
pub fn assign_items<T: Element>(dst: &NdArray<T, 1>, items: &[T::Value]) -> Result<()> {
    dst.check_writeable()?;
    let n = dst.shape()[0];
    if items.len() != n && items.len() != 1 {
        return Err(Error::Value(format!(
            "could not broadcast input array from shape ({},) into shape ({},)",
            items.len(),
            n
        )));
    }
    for k in 0..n {
        let v = if items.len() == 1 { items[0] } else { items[k] };
        // SAFETY: k < n
        unsafe { dst.put([k], v) };
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reshape_views_and_copies() {
        let a = NdArray::<i64, 1>::from_vec([6], (0..6).collect());
        let m: NdArray<i64, 2> = reshape(&a, [2, -1]).unwrap();
        assert_eq!(m.shape(), [2, 3]);
        m.set([0, 0], 9).unwrap();
        assert_eq!(a.get([0]).unwrap(), 9);
        assert!(reshape::<i64, 1, 2>(&a, [4, -1]).is_err());
        let t = m.transpose();
        let f: NdArray<i64, 1> = reshape(&t, [6]).unwrap();
        assert_eq!(f.to_vec(), vec![9, 3, 1, 4, 2, 5]);
        let c = concatenate(&[a.clone(), a.clone()], 0).unwrap();
        assert_eq!(c.shape(), [12]);
        let s: NdArray<i64, 2> = stack(&[a.clone(), a.clone()], 1).unwrap();
        assert_eq!(s.shape(), [6, 2]);
        let d = diff(&a, 1, -1, |x, y| x - y).unwrap();
        assert_eq!(d.to_vec(), vec![-8, 1, 1, 1, 1]);
    }
}
