//! numpy's `nan*` functions (`nansum`, `nanmax`, `nanargmin`, `nanmean`, `nanvar`, ...) as numpy
//! writes them in `numpy/lib/_nanfunctions_impl.py`: a copy of the array with its NaNs replaced
//! (`_replace_nan`: the copy keeps the array's memory order, so the plain reduction run on it
//! afterwards adds in numpy's order), then the plain reduction; the mean and the variance
//! divide by the count of the elements that are not NaN, step by step as numpy does.

use super::axis::{axis_index, reduce_lanes, sum_all, sum_axis};
use super::element::Element;
use super::ndarray::{for_each_index, NdArray};
use super::shape::permute;
use crate::error::{Error, Result};

/// Float element types (float64, float32) whose NaNs `_replace_nan` replaces.
pub trait NanFloat: Element<Value = f64> {}
impl NanFloat for f64 {}
impl NanFloat for f32 {}

/// The axes in numpy's K order (the memory order of the strides, largest first) and the
/// inverse permutation.
fn k_order<const D: usize>(strides: [isize; D]) -> ([i64; D], [i64; D]) {
    let mut order: [usize; D] = std::array::from_fn(|k| k);
    // stable: axes of equal strides keep their order, as numpy's K order
    order.sort_by_key(|&k| std::cmp::Reverse(strides[k].unsigned_abs()));
    let mut inverse = [0i64; D];
    for (pos, &ax) in order.iter().enumerate() {
        inverse[ax] = pos as i64;
    }
    (order.map(|k| k as i64), inverse)
}

/// What [`fill`] does with a lane of NaNs only.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum AllNan {
    /// replaced as any NaN (`nansum`, `nanprod`, `nancumsum`)
    Replace,
    /// left NaN (`nanmax`/`nanmin`: numpy's `fmax.reduce` gives NaN there)
    Keep,
    /// `ValueError: All-NaN slice encountered` (`nanargmax`/`nanargmin`)
    Raise,
}

/// `_replace_nan(a, value)`: a copy of `a` in its memory order with every NaN replaced by
/// `value`; lanes along `axis` (everything when `None`) holding only NaNs (or no element) as
/// `all_nan` says.
pub fn fill<T: NanFloat, const D: usize>(
    a: &NdArray<T, D>,
    value: f64,
    all_nan: AllNan,
    axis: Option<i64>,
) -> Result<NdArray<T, D>> {
    let (order, inverse) = k_order(a.strides());
    let out = permute(a, order)?.copy();
    let out = permute(&out, inverse)?;
    // the lanes that are all NaN, when they matter
    let keep = if all_nan == AllNan::Replace {
        None
    } else {
        Some(match axis {
            None => {
                let all = a.to_vec().into_iter().all(f64::is_nan);
                if all && all_nan == AllNan::Raise {
                    return Err(Error::Value("All-NaN slice encountered"));
                }
                vec![all]
            }
            Some(ax) => {
                if D == 0 {
                    return Err(Error::Axis(format!("axis {ax} is out of bounds for array of dimension 0")));
                }
                axis_index(ax, D)?;
                let mut lanes = Vec::new();
                let mut err = false;
                lanes_all_nan(a, ax, &mut lanes, &mut err)?;
                if err && all_nan == AllNan::Raise {
                    return Err(Error::Value("All-NaN slice encountered"));
                }
                lanes
            }
        })
    };
    let shape = a.shape();
    let ax = axis.map(|x| axis_index(x, D)).transpose()?;
    for_each_index(shape, |idx| {
        // SAFETY: in-bounds positions of `out`, which has the shape of `a`.
        let x = unsafe { out.at(idx) };
        if !x.is_nan() {
            return;
        }
        if let Some(keep) = &keep {
            let lane = match ax {
                None => 0,
                Some(ax) => lane_number(shape, idx, ax),
            };
            if keep[lane] {
                return;
            }
        }
        // SAFETY: as above; `out` is a new array.
        unsafe { out.put(idx, value) };
    });
    Ok(out)
}

/// The position of the lane through `idx` along `ax` among the lanes in C order of the other
/// axes.
fn lane_number<const D: usize>(shape: [usize; D], idx: [usize; D], ax: usize) -> usize {
    let mut k = 0;
    for d in 0..D {
        if d != ax {
            k = k * shape[d] + idx[d];
        }
    }
    k
}

/// For each lane along `axis` in C order of the other axes: whether it holds only NaNs
/// (numpy's `np.all(mask, axis)`: also a lane of no element); `any` is set if one does.
fn lanes_all_nan<T: NanFloat, const D: usize>(
    a: &NdArray<T, D>,
    axis: i64,
    lanes: &mut Vec<bool>,
    any: &mut bool,
) -> Result<()> {
    let ax = axis_index(axis, D)?;
    let shape = a.shape();
    let mut outer = shape;
    outer[ax] = 1;
    for_each_index(outer, |idx| {
        let mut p = idx;
        let all = (0..shape[ax]).all(|k| {
            p[ax] = k;
            // SAFETY: in-bounds positions.
            unsafe { a.at(p) }.is_nan()
        });
        *any |= all;
        lanes.push(all);
    });
    Ok(())
}

/// The count of elements that are not NaN, as a float (numpy's `cnt`, an intp, divides a float).
fn count<T: NanFloat, const D: usize>(a: &NdArray<T, D>) -> usize {
    a.to_vec().into_iter().filter(|x| !x.is_nan()).count()
}

/// `np.nanmean(a)` of a float64 array: `sum(a with NaN as 0) / count` (NaN for no count, with
/// numpy's warning silenced as compiled code has no warnings).
pub fn mean_all<const D: usize>(a: &NdArray<f64, D>) -> Result<f64> {
    let filled = fill(a, 0.0, AllNan::Replace, None)?;
    let tot = sum_all(&filled);
    Ok(tot / count(a) as f64)
}

/// `np.nanmean(a, axis)` of a float64 array.
pub fn mean_axis<const D: usize, const R: usize>(a: &NdArray<f64, D>, axis: i64) -> Result<NdArray<f64, R>> {
    let filled = fill(a, 0.0, AllNan::Replace, None)?;
    let tot: NdArray<f64, R> = sum_axis(&filled, axis)?;
    let cnt: NdArray<i64, R> =
        reduce_lanes(a, axis, |l| Ok((0..l.len()).filter(|&k| !l.get(k).is_nan()).count() as i64))?;
    Ok(divide(&tot, &cnt))
}

/// `np.nanmean(a)` of a float32 array: the float32 sum (numpy's order) of the copy with NaN
/// as 0, divided by the count in float64 and rounded to float32 (numpy's `_divide_by_count`:
/// float32 / intp is a float64 division, cast back).
pub fn mean_all_f32<const D: usize>(a: &NdArray<f32, D>) -> Result<f64> {
    let filled = fill(a, 0.0, AllNan::Replace, None)?;
    let tot = super::axis::sum_all_f32(&filled);
    Ok((tot / count(a) as f64) as f32 as f64)
}

/// `np.nanmean(a, axis)` of a float32 array.
pub fn mean_axis_f32<const D: usize, const R: usize>(a: &NdArray<f32, D>, axis: i64) -> Result<NdArray<f32, R>> {
    let filled = fill(a, 0.0, AllNan::Replace, None)?;
    let tot: NdArray<f32, R> = super::axis::sum_axis_f32(&filled, axis)?;
    let cnt: NdArray<i64, R> =
        reduce_lanes(a, axis, |l| Ok((0..l.len()).filter(|&k| !l.get(k).is_nan()).count() as i64))?;
    let t = tot.to_vec();
    let c = cnt.to_vec();
    Ok(NdArray::from_vec(tot.shape(), t.iter().zip(&c).map(|(s, &n)| (s / n as f64) as f32 as f64).collect()))
}

fn divide<const R: usize>(tot: &NdArray<f64, R>, cnt: &NdArray<i64, R>) -> NdArray<f64, R> {
    let t = tot.to_vec();
    let c = cnt.to_vec();
    NdArray::from_vec(tot.shape(), t.iter().zip(&c).map(|(s, &n)| s / n as f64).collect())
}

/// `np.nanvar(a, ddof=ddof)` (`np.nanstd` with `sqrt`) of a float64 array, as numpy's
/// `_nanvar`: the mean of the NaN-free elements, the deviations with the NaNs' set to 0, their
/// squares summed, divided by `count - ddof` (NaN where that is ≤ 0).
pub fn var_all<const D: usize>(a: &NdArray<f64, D>, ddof: i64, sqrt: bool) -> Result<f64> {
    let filled = fill(a, 0.0, AllNan::Replace, None)?;
    let cnt = count(a) as i64;
    let avg = sum_all(&filled) / cnt as f64;
    let sq = squares(a, &filled, avg)?;
    let var = sum_all(&sq);
    let dof = cnt - ddof;
    let var = if dof <= 0 { f64::NAN } else { var / dof as f64 };
    Ok(if sqrt { var.sqrt() } else { var })
}

/// `(x - avg)²` of the filled copy, 0 where `a` is NaN (`np.subtract(arr, avg, out=arr)`,
/// `_copyto(arr, 0, mask)`, `np.multiply(arr, arr)`): an array of the copy's layout.
fn squares<const D: usize>(a: &NdArray<f64, D>, filled: &NdArray<f64, D>, avg: f64) -> Result<NdArray<f64, D>> {
    squares_by(a, filled, |_| avg)
}

fn squares_by<const D: usize>(
    a: &NdArray<f64, D>,
    filled: &NdArray<f64, D>,
    avg: impl Fn([usize; D]) -> f64,
) -> Result<NdArray<f64, D>> {
    let out = fill(filled, 0.0, AllNan::Replace, None)?;
    for_each_index(a.shape(), |idx| {
        // SAFETY: in-bounds positions of arrays of one shape.
        unsafe {
            let d = if a.at(idx).is_nan() { 0.0 } else { filled.at(idx) - avg(idx) };
            out.put(idx, d * d);
        }
    });
    Ok(out)
}

/// `np.nanvar(a, axis, ddof=ddof)` (`np.nanstd` with `sqrt`) of a float64 array.
pub fn var_axis<const D: usize, const R: usize>(
    a: &NdArray<f64, D>,
    axis: i64,
    ddof: i64,
    sqrt: bool,
) -> Result<NdArray<f64, R>> {
    let ax = axis_index(axis, D)?;
    let filled = fill(a, 0.0, AllNan::Replace, None)?;
    let tot: NdArray<f64, R> = sum_axis(&filled, axis)?;
    let cnt: NdArray<i64, R> =
        reduce_lanes(a, axis, |l| Ok((0..l.len()).filter(|&k| !l.get(k).is_nan()).count() as i64))?;
    let avg = divide(&tot, &cnt);
    let without = |idx: [usize; D]| -> [usize; R] {
        let mut r = [0usize; R];
        let mut j = 0;
        for (d, &i) in idx.iter().enumerate() {
            if d != ax {
                r[j] = i;
                j += 1;
            }
        }
        r
    };
    // SAFETY: `avg` has the shape of `a` without `axis`.
    let sq = squares_by(a, &filled, |idx| unsafe { avg.at(without(idx)) })?;
    let var: NdArray<f64, R> = sum_axis(&sq, axis)?;
    let (v, c) = (var.to_vec(), cnt.to_vec());
    let out = v
        .iter()
        .zip(&c)
        .map(|(&s, &n)| {
            let dof = n - ddof;
            let x = if dof <= 0 { f64::NAN } else { s / dof as f64 };
            if sqrt {
                x.sqrt()
            } else {
                x
            }
        })
        .collect();
    Ok(NdArray::from_vec(var.shape(), out))
}
