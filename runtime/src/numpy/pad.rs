//! numpy's `np.pad` (`numpy/lib/_arraypad_impl.py`): the same steps as numpy's, so the same
//! elements. The result is allocated with the original in the middle; then each axis in turn
//! is padded along every lane of its region of interest (numpy's `_view_roi`: the axes before
//! it over their padded length, the axes after it over their original part), so corners take
//! the value of the last axis, as numpy's. Modes `constant`, `edge`, `reflect`, `symmetric`
//! (numpy's iterative chunks, `_set_reflect_both`, `reflect_type='even'`), `wrap`
//! (`_set_wrap_both`), `maximum` and `minimum` (with `stat_length`). The result is C-ordered
//! (numpy makes a Fortran array of a Fortran-only argument: same values, other strides).

use super::creation::check_size;
use super::element::Element;
use super::ndarray::{for_each_index, NdArray};
use crate::error::{Error, Result};

/// A numpy-style shape: `(3,)`, `(3,2)`.
fn shape_text(shape: &[usize]) -> String {
    match shape {
        [n] => format!("({n},)"),
        _ => format!("({})", shape.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(",")),
    }
}

/// numpy's `_as_pairs(x, ndim, as_index)`: `x` (its elements in C order and its shape, as
/// `np.array(x)` gives them) as one (before, after) pair per axis. One value is both sides of
/// every axis, two values (not of shape `(2, 1)`) the two sides of every axis; otherwise `x`
/// is broadcast to `(ndim, 2)`. `negative`: the values are indices (`pad_width`,
/// `stat_length`), and a negative one is numpy's ValueError.
pub fn as_pairs<V: Copy>(
    values: &[V],
    shape: &[usize],
    ndim: usize,
    negative: Option<fn(&V) -> bool>,
) -> Result<Vec<[V; 2]>> {
    let neg_err = || Error::Value("index can't contain negative values");
    let any_neg = |vs: &[V]| negative.is_some_and(|f| vs.iter().any(f));
    if shape.len() < 3 {
        if values.len() == 1 {
            if any_neg(values) {
                return Err(neg_err());
            }
            return Ok(vec![[values[0], values[0]]; ndim]);
        }
        if values.len() == 2 && shape != [2, 1] {
            if any_neg(values) {
                return Err(neg_err());
            }
            return Ok(vec![[values[0], values[1]]; ndim]);
        }
    }
    if negative.is_some() && values.is_empty() {
        return Err(Error::Value("zero-size array to reduction operation minimum which has no identity"));
    }
    if any_neg(values) {
        return Err(neg_err());
    }
    // np.broadcast_to(x, (ndim, 2))
    let (rows, cols) = match *shape {
        [c] => (1, c),
        [r, c] => (r, c),
        _ => (0, 0),
    };
    if shape.len() > 2 || !(rows == 1 || rows == ndim) || !(cols == 1 || cols == 2) {
        return Err(Error::Value(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape ({ndim},2)",
            shape_text(shape)
        )));
    }
    Ok((0..ndim)
        .map(|d| {
            let r = if rows == 1 { 0 } else { d };
            let at = |k: usize| values[r * cols + if cols == 1 { 0 } else { k }];
            [at(0), at(1)]
        })
        .collect())
}

/// A list of lists as `np.array` takes it: its elements in C order and its shape, numpy's
/// ValueError for rows of different lengths.
pub fn rows<V>(rows: Vec<Vec<V>>) -> Result<(Vec<V>, Vec<usize>)> {
    let m = rows.first().map_or(0, |r| r.len());
    if rows.iter().any(|r| r.len() != m) {
        return Err(Error::Value(format!(
            "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was ({},) + inhomogeneous part.",
            rows.len()
        )));
    }
    let n = rows.len();
    Ok((rows.into_iter().flatten().collect(), vec![n, m]))
}

/// `pad_width` as numpy checks it: integral (`integral`: `np.asarray(pad_width)` has an int
/// dtype), then `_as_pairs(..., as_index=True)`.
pub fn pad_widths(values: &[i64], shape: &[usize], ndim: usize, integral: bool) -> Result<Vec<[usize; 2]>> {
    if !integral {
        return Err(Error::Type("`pad_width` must be of integral type."));
    }
    let pairs = as_pairs(values, shape, ndim, Some(|v: &i64| *v < 0))?;
    Ok(pairs.into_iter().map(|[a, b]| [a as usize, b as usize]).collect())
}

/// What fills the padded area of each lane.
pub enum PadMode<'a, V> {
    /// `constant_values` (its elements in C order, already of the array's type, and its shape)
    Constant(&'a [V], &'a [usize]),
    Edge,
    Reflect,
    Symmetric,
    Wrap,
    /// numpy's ValueError for a mode it does not know or keywords the mode does not take,
    /// raised after `pad_width` is checked, as numpy's order
    Invalid(&'static str),
}

/// The padded shape, and the region of the original in it.
fn padded_shape<T: Element, const D: usize>(a: &NdArray<T, D>, widths: &[[usize; 2]]) -> Result<[usize; D]> {
    let mut out = [0usize; D];
    for d in 0..D {
        out[d] = widths[d][0]
            .checked_add(a.shape()[d])
            .and_then(|n| n.checked_add(widths[d][1]))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| {
                Error::Value(
                    "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.",
                )
            })?;
    }
    check_size::<T>(&out)?;
    Ok(out)
}

/// The result of `shape` with `a` copied into its middle, every other element `init`; then
/// `fill(axis, lane, before, after)` on every lane of each axis's region of interest in turn
/// (the lane gathered into a buffer, its padded parts written back).
fn pad_lanes<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    widths: &[[usize; 2]],
    shape: [usize; D],
    init: T::Value,
    mut fill: impl FnMut(usize, &mut [T::Value], usize, usize),
) -> Result<NdArray<T, D>> {
    let size: usize = shape.iter().product();
    let mut v: Vec<T::Value> = Vec::new();
    v.try_reserve_exact(size).map_err(|_| super::ndarray::allocation_failed::<T>(&shape))?;
    v.resize(size, init);
    let mut strides = [0usize; D];
    let mut s = 1;
    for d in (0..D).rev() {
        strides[d] = s;
        s *= shape[d];
    }
    let offset = |idx: [usize; D]| idx.iter().zip(&strides).map(|(i, s)| i * s).sum::<usize>();
    for_each_index(a.shape(), |idx| {
        let at: [usize; D] = std::array::from_fn(|d| idx[d] + widths[d][0]);
        // SAFETY: for_each_index yields in-bounds positions.
        v[offset(at)] = unsafe { a.at(idx) };
    });
    if size > 0 {
        let mut lane = Vec::new();
        for d in 0..D {
            let [before, after] = widths[d];
            if before == 0 && after == 0 {
                continue;
            }
            // the lanes along d: axes before d over the padded length, after d the original
            let mut extent = shape;
            extent[d] = 1;
            extent[d + 1..].copy_from_slice(&a.shape()[d + 1..]);
            let len = shape[d];
            for_each_index(extent, |idx| {
                let start: [usize; D] = std::array::from_fn(|e| if e > d { idx[e] + widths[e][0] } else { idx[e] });
                let base = offset(start);
                lane.clear();
                lane.extend((0..len).map(|k| v[base + k * strides[d]]));
                fill(d, &mut lane, before, after);
                for k in (0..before).chain(len - after..len) {
                    v[base + k * strides[d]] = lane[k];
                }
            });
        }
    }
    Ok(NdArray::from_vec(shape, v))
}

/// numpy's `_set_reflect_both` until the lane is filled (`include_edge`: symmetric); `n` is the
/// original length (numpy's `original_period`), at least 2 for reflect.
fn reflect_lane<V: Copy>(v: &mut [V], mut lp: usize, mut rp: usize, n: usize, include_edge: bool) {
    let len = v.len();
    while lp > 0 || rp > 0 {
        let old = len - rp - lp;
        let (old, edge) = if include_edge { (old / n * n, 1) } else { ((old - 1) / (n - 1) * (n - 1), 0) };
        if lp > 0 {
            let chunk = old.min(lp);
            let start = lp - edge + chunk;
            for k in 0..chunk {
                v[lp - chunk + k] = v[start - k];
            }
            lp -= chunk;
        }
        if rp > 0 {
            let chunk = old.min(rp);
            // numpy's start `-rp + edge - 2`, read backwards
            let start = len + edge - rp - 2;
            for k in 0..chunk {
                v[len - rp + k] = v[start - k];
            }
            rp -= chunk;
        }
    }
}

/// numpy's `_set_wrap_both` until the lane is filled; `n` is the original length.
fn wrap_lane<V: Copy>(v: &mut [V], mut lp: usize, mut rp: usize, n: usize) {
    let len = v.len();
    while lp > 0 || rp > 0 {
        let period = (len - rp - lp) / n * n;
        let (mut new_l, mut new_r) = (0, 0);
        if lp > 0 {
            let take = period.min(lp);
            let src = lp + period - take;
            let dst = if lp > period {
                new_l = lp - period;
                lp - period
            } else {
                0
            };
            for k in 0..take {
                v[dst + k] = v[src + k];
            }
        }
        if rp > 0 {
            let take = period.min(rp);
            let src = len - rp - period;
            if rp > period {
                new_r = rp - period;
            }
            for k in 0..take {
                v[len - rp + k] = v[src + k];
            }
        }
        (lp, rp) = (new_l, new_r);
    }
}

/// numpy's check for the modes that read the array: an empty axis cannot be extended.
fn check_empty<T: Element, const D: usize>(a: &NdArray<T, D>, widths: &[[usize; 2]]) -> Result<()> {
    for (d, w) in widths.iter().enumerate() {
        if a.shape()[d] == 0 && (w[0] > 0 || w[1] > 0) {
            return Err(Error::Value(format!(
                "can't extend empty axis {d} using modes other than 'constant' or 'empty'"
            )));
        }
    }
    Ok(())
}

/// `np.pad(a, pad_width, mode, ...)`: `width` is `pad_width` as [`pad_widths`] takes it.
pub fn pad<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    width: (&[i64], &[usize], bool),
    mode: PadMode<'_, T::Value>,
) -> Result<NdArray<T, D>> {
    let widths = pad_widths(width.0, width.1, D, width.2)?;
    let shape = padded_shape(a, &widths)?;
    let first = || a.to_vec().first().copied();
    match mode {
        PadMode::Invalid(msg) => Err(Error::Value(msg)),
        PadMode::Constant(values, vshape) => {
            let values = as_pairs(values, vshape, D, None)?;
            let Some(init) = values.first().map(|p| p[0]) else {
                return Ok(NdArray::from_vec(shape, Vec::new()));
            };
            pad_lanes(a, &widths, shape, init, |d, lane, before, after| {
                let len = lane.len();
                lane[..before].fill(values[d][0]);
                lane[len - after..].fill(values[d][1]);
            })
        }
        mode => {
            check_empty(a, &widths)?;
            let Some(init) = first() else { return Ok(NdArray::from_vec(shape, Vec::new())) };
            let orig = a.shape();
            pad_lanes(a, &widths, shape, init, |d, lane, before, after| {
                let len = lane.len();
                let n = orig[d];
                match mode {
                    PadMode::Reflect | PadMode::Symmetric if n > 1 => {
                        reflect_lane(lane, before, after, n, matches!(mode, PadMode::Symmetric))
                    }
                    PadMode::Wrap => wrap_lane(lane, before, after, n),
                    // edge, and reflect of a single element (numpy's legacy behaviour)
                    _ => {
                        let (l, r) = (lane[before], lane[len - after - 1]);
                        lane[..before].fill(l);
                        lane[len - after..].fill(r);
                    }
                }
            })
        }
    }
}

/// Elements numpy's `amax`/`amin` order (a NaN wins).
pub trait Extreme: Element {
    fn greater(a: Self::Value, b: Self::Value) -> bool;
    fn is_nan(a: Self::Value) -> bool;
}

macro_rules! extreme {
    ($($t:ty: $v:ty, |$a:ident, $b:ident| $gt:expr, |$x:ident| $nan:expr);* $(;)?) => {$(
        impl Extreme for $t {
            fn greater($a: $v, $b: $v) -> bool { $gt }
            fn is_nan($x: $v) -> bool { $nan }
        }
    )*};
}

extreme! {
    f64: f64, |a, b| a > b, |x| x.is_nan();
    f32: f64, |a, b| a > b, |x| x.is_nan();
    i64: i64, |a, b| a > b, |_x| false;
    i32: i64, |a, b| a > b, |_x| false;
    i16: i64, |a, b| a > b, |_x| false;
    i8: i64, |a, b| a > b, |_x| false;
    u32: i64, |a, b| a > b, |_x| false;
    u16: i64, |a, b| a > b, |_x| false;
    u8: i64, |a, b| a > b, |_x| false;
    u64: i64, |a, b| (a as u64) > (b as u64), |_x| false;
    bool: bool, |a, b| a & !b, |_x| false;
}

/// `np.amax` (`max`) or `np.amin` of a non-empty lane: the first NaN if there is one.
fn extreme_of<T: Extreme>(v: &[T::Value], max: bool) -> T::Value {
    let mut best = v[0];
    for &x in v {
        if T::is_nan(best) {
            break;
        }
        if T::is_nan(x) || if max { T::greater(x, best) } else { T::greater(best, x) } {
            best = x;
        }
    }
    best
}

/// `np.pad(a, pad_width, 'maximum'/'minimum', stat_length=...)`: `stat` is `stat_length` as
/// [`as_pairs`] takes it (None: the whole original length).
pub fn pad_extreme<T: Extreme, const D: usize>(
    a: &NdArray<T, D>,
    width: (&[i64], &[usize], bool),
    max: bool,
    stat: Option<(&[i64], &[usize])>,
) -> Result<NdArray<T, D>> {
    let widths = pad_widths(width.0, width.1, D, width.2)?;
    let shape = padded_shape(a, &widths)?;
    check_empty(a, &widths)?;
    let Some(init) = a.to_vec().first().copied() else { return Ok(NdArray::from_vec(shape, Vec::new())) };
    let orig = a.shape();
    let lengths: Vec<[usize; 2]> = match stat {
        None => orig.iter().map(|&n| [n, n]).collect(),
        Some((v, s)) => as_pairs(v, s, D, Some(|v: &i64| *v < 0))?
            .into_iter()
            .zip(orig)
            .map(|([l, r], n)| [(l as usize).min(n), (r as usize).min(n)])
            .collect(),
    };
    if lengths.iter().any(|&[l, r]| l == 0 || r == 0) {
        return Err(Error::Value("stat_length of 0 yields no value for padding"));
    }
    pad_lanes(a, &widths, shape, init, |d, lane, before, after| {
        let len = lane.len();
        let [ll, rl] = lengths[d];
        let left = extreme_of::<T>(&lane[before..before + ll], max);
        let right = extreme_of::<T>(&lane[len - after - rl..len - after], max);
        lane[..before].fill(left);
        lane[len - after..].fill(right);
    })
}
