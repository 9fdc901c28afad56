//! Sorting and the statistics built on it: `argsort` that tells whether ties decided the
//! order (numpy's default sort is not stable), `median`/`percentile`/`quantile` with numpy's
//! 'linear' method, `ptp`, `argwhere`/`flatnonzero`, `lexsort`, the set functions
//! (`unique` with its counts and indices, `isin`, `intersect1d`, `union1d`, `setdiff1d`) and
//! `digitize`.

use super::axis::{axis_index, Truth};
use super::element::Element;
use super::ndarray::{for_each_index, NdArray};
use super::shape::Sortable;
use crate::error::{Error, Result};
use std::cmp::Ordering;

/// The lanes of `a` along `axis` (resolved), each as a vector, with a function writing a lane
/// of results back into `out` (of `a`'s shape).
pub(super) fn each_lane<T: Element, U: Element, const D: usize>(
    a: &NdArray<T, D>,
    ax: usize,
    out: &NdArray<U, D>,
    mut f: impl FnMut(Vec<T::Value>) -> Vec<U::Value>,
) {
    let shape = a.shape();
    let mut outer = shape;
    outer[ax] = 1;
    let n = shape[ax];
    if n == 0 {
        return;
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
}

/// `np.argsort(a, axis, kind='stable')`, and whether some lane holds two elements that
/// compare equal (NaNs among themselves, `-0.0` and `0.0`): only then may numpy's other
/// kinds order them differently.
pub fn argsort_stable<T: Element, const D: usize>(a: &NdArray<T, D>, axis: i64) -> Result<(NdArray<i64, D>, bool)>
where
    T::Value: Sortable,
{
    if D == 0 {
        return Err(Error::Axis(format!("axis {axis} is out of bounds for array of dimension 0")));
    }
    let ax = axis_index(axis, D)?;
    let out: NdArray<i64, D> = NdArray::full(a.shape(), 0);
    let mut ties = false;
    each_lane(a, ax, &out, |v| {
        let mut ix: Vec<usize> = (0..v.len()).collect();
        ix.sort_by(|&i, &j| T::Value::cmp_np(&v[i], &v[j]));
        ties |= ix.windows(2).any(|w| T::Value::same(&v[w[0]], &v[w[1]]));
        ix.into_iter().map(|i| i as i64).collect()
    });
    Ok((out, ties))
}

/// `np.ptp(a)`: `max - min` (ints wrap around as numpy's subtraction).
pub fn ptp_all<T: Element, const D: usize>(a: &NdArray<T, D>) -> Result<T::Value>
where
    T::Value: Extremes,
{
    let v = a.to_vec();
    if v.is_empty() {
        return Err(Error::Value("zero-size array to reduction operation maximum which has no identity"));
    }
    Ok(T::Value::spread(&v))
}

/// `np.ptp(a, axis)`.
pub fn ptp_axis<T: Element, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<T, R>>
where
    T::Value: Extremes,
{
    super::axis::reduce_lanes::<T, T, D, R>(a, axis, |l| {
        if l.is_empty() {
            return Err(Error::Value("zero-size array to reduction operation maximum which has no identity"));
        }
        let v: Vec<T::Value> = (0..l.len()).map(|k| l.get(k)).collect();
        Ok(T::Value::spread(&v))
    })
}

/// `max - min` of a non-empty lane as numpy computes it (NaN if there is a NaN).
pub trait Extremes: Copy {
    fn spread(v: &[Self]) -> Self;
}

impl Extremes for f64 {
    fn spread(v: &[f64]) -> f64 {
        if v.iter().any(|x| x.is_nan()) {
            return f64::NAN;
        }
        let (lo, hi) = v.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        hi - lo
    }
}

impl Extremes for i64 {
    fn spread(v: &[i64]) -> i64 {
        let (lo, hi) = v.iter().fold((i64::MAX, i64::MIN), |(lo, hi), &x| (lo.min(x), hi.max(x)));
        hi.wrapping_sub(lo)
    }
}

/// `np.flatnonzero(a)`: the C-order positions of the nonzero elements.
pub fn flatnonzero<T: Truth, const D: usize>(a: &NdArray<T, D>) -> NdArray<i64, 1> {
    let v: Vec<i64> = a.to_vec().into_iter().enumerate().filter(|(_, x)| x.truth()).map(|(k, _)| k as i64).collect();
    NdArray::from_vec([v.len()], v)
}

/// `np.argwhere(a)`: the indices of the nonzero elements, one row each, in C order.
pub fn argwhere<T: Truth, const D: usize>(a: &NdArray<T, D>) -> NdArray<i64, 2> {
    let mut rows: Vec<i64> = Vec::new();
    let mut n = 0;
    for_each_index(a.shape(), |idx| {
        // SAFETY: in-bounds positions.
        if unsafe { a.at(idx) }.truth() {
            rows.extend(idx.iter().map(|&i| i as i64));
            n += 1;
        }
    });
    NdArray::from_vec([n, D], rows)
}

/// Lane values as numpy's quantile computes with them: `b - a` in the array's type (int64
/// wraps), everything else in float64.
pub trait QuantileValue: Sortable + Copy {
    /// a float type (numpy's `supports_nans`)
    const INEXACT: bool;
    fn diff(a: Self, b: Self) -> f64;
    fn float(self) -> f64;
    fn is_nan_value(self) -> bool;
    /// NaN (a `nan*` function's empty lane; ints: never asked, typing refuses them)
    fn nan() -> Self;
}

impl QuantileValue for f64 {
    const INEXACT: bool = true;
    fn diff(a: f64, b: f64) -> f64 {
        b - a
    }
    fn float(self) -> f64 {
        self
    }
    fn is_nan_value(self) -> bool {
        self.is_nan()
    }
    fn nan() -> Self {
        f64::NAN
    }
}

impl QuantileValue for i64 {
    const INEXACT: bool = false;
    fn diff(a: i64, b: i64) -> f64 {
        b.wrapping_sub(a) as f64
    }
    fn float(self) -> f64 {
        self as f64
    }
    fn is_nan_value(self) -> bool {
        false
    }
    fn nan() -> Self {
        0
    }
}

/// numpy's `method=` of `quantile`/`percentile` as the compiler numbers them
/// (`infer::numpy::quantile_method`): the discrete ones take an element of the lane.
pub mod method {
    pub const LINEAR: u8 = 0;
    pub const LOWER: u8 = 1;
    pub const HIGHER: u8 = 2;
    pub const NEAREST: u8 = 3;
    pub const MIDPOINT: u8 = 4;
    pub const INVERTED_CDF: u8 = 5;
    pub const AVERAGED_INVERTED_CDF: u8 = 6;
    pub const CLOSEST_OBSERVATION: u8 = 7;
    pub const INTERPOLATED_INVERTED_CDF: u8 = 8;
    pub const HAZEN: u8 = 9;
    pub const WEIBULL: u8 = 10;
    pub const MEDIAN_UNBIASED: u8 = 11;
    pub const NORMAL_UNBIASED: u8 = 12;
}

/// The precision of numpy's `_lerp` for a lane: `F64` (float64 and int64 arrays: float64
/// arithmetic, `b - a` in the array's type), `F32_WEAK` (a float32 array at a Python number
/// `q`: every step in float32, `gamma` a weak Python float), `F32` (a float32 array at an
/// array `q`: `b - a` in float32, the rest in float64 with `gamma`'s float64 array).
pub mod prec {
    pub const F64: u8 = 0;
    pub const F32_WEAK: u8 = 1;
    pub const F32: u8 = 2;
}

fn r32(x: f64) -> f64 {
    x as f32 as f64
}

/// The IndexError numpy raises for an empty lane (inexact arrays partition at -1 first; int
/// arrays index 0, or `take` for a discrete method).
fn empty_lane<T: QuantileValue>(discrete: bool) -> Error {
    Error::Index(if T::INEXACT {
        "index -1 is out of bounds for axis 0 with size 0".to_string()
    } else if discrete {
        "cannot do a non-empty take from an empty axes.".to_string()
    } else {
        "index 0 is out of bounds for axis 0 with size 0".to_string()
    })
}

/// numpy's `_compute_virtual_index(n, q, alpha, beta)`: `n * q + (alpha + q * (1 - alpha - beta)) - 1`.
fn virtual_index(n: f64, q: f64, alpha: f64, beta: f64) -> f64 {
    n * q + (alpha + q * (1.0 - alpha - beta)) - 1.0
}

/// numpy's `_discrete_interpolation_to_boundaries`: `floor(index)` where `below(gamma, index)`,
/// else the next index, negative ones clipped to 0.
fn to_boundaries(index: f64, below: impl Fn(f64, f64) -> bool) -> i64 {
    let previous = index.floor();
    let gamma = index - previous;
    let k = if below(gamma, index) { previous } else { previous + 1.0 } as i64;
    k.max(0)
}

/// The index a discrete method takes in a sorted lane of `n` elements.
fn discrete_index(n: usize, q: f64, m: u8) -> i64 {
    let vi = (n as f64 - 1.0) * q;
    match m {
        method::LOWER => vi.floor() as i64,
        method::HIGHER => vi.ceil() as i64,
        // `np.around`: halves to even
        method::NEAREST => vi.round_ties_even() as i64,
        method::INVERTED_CDF => to_boundaries(n as f64 * q - 1.0, |g, _| g == 0.0),
        // "the nearest even order statistic at g = 0": a 0-based odd index
        _ => to_boundaries(n as f64 * q - 1.0 - 0.5, |g, i| g == 0.0 && i.floor().rem_euclid(2.0) == 1.0),
    }
}

/// The element at fraction `q` of a sorted lane by a discrete method (`lower`, `higher`,
/// `nearest`, `inverted_cdf`, `closest_observation`), as `_quantile` takes it; a lane holding
/// NaN gives its last element (a NaN).
fn discrete<T: QuantileValue>(sorted: &[T], q: f64, m: u8) -> Result<T> {
    let n = sorted.len();
    if n == 0 {
        return Err(empty_lane::<T>(true));
    }
    if sorted[n - 1].is_nan_value() {
        return Ok(sorted[n - 1]);
    }
    let k = discrete_index(n, q, m).clamp(0, n as i64 - 1);
    Ok(sorted[k as usize])
}

/// The value at fraction `q` of a sorted lane by a continuous method, as `_quantile` computes
/// it: the method's virtual index, its neighbours (`_get_indexes`: both the last element from
/// `n - 1` on, both the first below 0), `gamma` the index less the first neighbour's (as the
/// method fixes it: 'midpoint' 0 or 0.5, 'averaged_inverted_cdf' 0.5 or 1), `_lerp` (`a + diff *
/// t`, or `b - diff * (1 - t)` where `t >= 0.5`) in the precision `p`; a lane holding NaN gives
/// its last element (a NaN).
fn continuous<T: QuantileValue>(sorted: &[T], q: f64, m: u8, p: u8) -> Result<f64> {
    let n = sorted.len();
    if n == 0 {
        return Err(empty_lane::<T>(false));
    }
    let nf = n as f64;
    let vi = match m {
        method::MIDPOINT => {
            let x = (nf - 1.0) * q;
            0.5 * (x.floor() + x.ceil())
        }
        method::AVERAGED_INVERTED_CDF => nf * q - 1.0,
        method::INTERPOLATED_INVERTED_CDF => virtual_index(nf, q, 0.0, 1.0),
        method::HAZEN => virtual_index(nf, q, 0.5, 0.5),
        method::WEIBULL => virtual_index(nf, q, 0.0, 0.0),
        method::MEDIAN_UNBIASED => virtual_index(nf, q, 1.0 / 3.0, 1.0 / 3.0),
        method::NORMAL_UNBIASED => virtual_index(nf, q, 3.0 / 8.0, 3.0 / 8.0),
        _ => (nf - 1.0) * q,
    };
    let (prev, next) = if vi >= nf - 1.0 {
        (-1i64, -1i64)
    } else if vi < 0.0 {
        (0, 0)
    } else {
        let f = vi.floor() as i64;
        (f, f + 1)
    };
    if sorted[n - 1].is_nan_value() {
        return Ok(sorted[n - 1].float());
    }
    let raw = vi - prev as f64;
    let gamma = match m {
        method::MIDPOINT => {
            if vi.rem_euclid(1.0) == 0.0 {
                0.0
            } else {
                0.5
            }
        }
        method::AVERAGED_INVERTED_CDF => {
            if raw == 0.0 {
                0.5
            } else {
                1.0
            }
        }
        _ => raw,
    };
    let at = |k: i64| sorted[if k < 0 { n - 1 } else { k as usize }];
    let (a, b) = (at(prev), at(next));
    Ok(match p {
        prec::F32_WEAK => {
            let diff = r32(T::diff(a, b));
            if gamma >= 0.5 {
                r32(b.float() - r32(diff * r32(1.0 - gamma)))
            } else {
                r32(a.float() + r32(diff * r32(gamma)))
            }
        }
        _ => {
            let diff = if p == prec::F32 { r32(T::diff(a, b)) } else { T::diff(a, b) };
            if gamma >= 0.5 {
                b.float() - diff * (1.0 - gamma)
            } else {
                a.float() + diff * gamma
            }
        }
    })
}

/// A lane sorted as numpy sorts (NaN last); `nan`: its NaNs dropped first (numpy's
/// `_remove_nan_1d` of the `nan*` functions).
fn sorted_lane<T: QuantileValue>(mut v: Vec<T>, nan: bool) -> Vec<T> {
    if nan {
        v.retain(|x| !x.is_nan_value());
    }
    v.sort_by(T::cmp_np);
    v
}

/// What a `nan*` function gives for a lane left empty (all NaN, or no element): NaN; the
/// plain function computes `f` (which raises for an empty lane).
fn nan_or<T: QuantileValue, R: QuantileValue>(s: &[T], nan: bool, f: impl FnOnce(&[T]) -> Result<R>) -> Result<R> {
    if nan && s.is_empty() {
        Ok(R::nan())
    } else {
        f(s)
    }
}

/// numpy's `nanquantile` of an empty array returns `nanmean`'s result, without `q`'s
/// dimensions: an array `q` cannot be given that shape here.
fn empty_q_check(size: usize, nan: bool) -> Result<()> {
    if nan && size == 0 {
        return Err(Error::Value(
            "pyrs: numpy.nanquantile/nanpercentile of an empty array with an array q is not supported (numpy returns nanmean's shape)",
        ));
    }
    Ok(())
}

/// numpy's `nanquantile` of a float32 array at an array `q` by a continuous method gives, for a
/// lane that is all NaN, numpy's `np.full(q.shape, nan, float32)`: a float32 result where the
/// others are float64 (`apply_along_axis` keeps the first lane's type). Compiled code has one
/// type: such a decisive lane is refused.
fn all_nan_f32_check(lane_empty: bool) -> Result<()> {
    if lane_empty {
        return Err(Error::Value(
            "pyrs: numpy.nanquantile/nanpercentile of a float32 array whose first lane is all NaN, with an array q, \
             gives a float32 result in numpy (float64 otherwise): not supported",
        ));
    }
    Ok(())
}

fn check_q(q: f64, percent: bool) -> Result<()> {
    if (0.0..=1.0).contains(&q) {
        Ok(())
    } else if percent {
        Err(Error::Value("Percentiles must be in the range [0, 100]"))
    } else {
        Err(Error::Value("Quantiles must be in the range [0, 1]"))
    }
}

/// A lane's elements sorted for the quantile functions (see `sorted_lane`).
fn lane_sorted<T: Element>(l: super::axis::Lane<T>, nan: bool) -> Vec<T::Value>
where
    T::Value: QuantileValue,
{
    sorted_lane((0..l.len()).map(|k| l.get(k)).collect(), nan)
}

/// One quantile `q` (`q / 100` with `percent`) of every element: `f` of the sorted elements.
fn quantile_all_by<T: Element, U: QuantileValue, const D: usize>(
    a: &NdArray<T, D>,
    q: f64,
    percent: bool,
    nan: bool,
    f: impl Fn(&[T::Value], f64) -> Result<U>,
) -> Result<U>
where
    T::Value: QuantileValue,
{
    let q = if percent { q / 100.0 } else { q };
    check_q(q, percent)?;
    nan_or(&sorted_lane(a.to_vec(), nan), nan, |s| f(s, q))
}

/// One quantile `q` of every lane along `axis`: `f` of each lane's sorted elements.
fn quantile_axis_by<T: Element, U: Element, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    q: f64,
    axis: i64,
    percent: bool,
    nan: bool,
    f: impl Fn(&[T::Value], f64) -> Result<U::Value>,
) -> Result<NdArray<U, R>>
where
    T::Value: QuantileValue,
    U::Value: QuantileValue,
{
    let q = if percent { q / 100.0 } else { q };
    check_q(q, percent)?;
    super::axis::reduce_lanes::<T, U, D, R>(a, axis, |l| nan_or(&lane_sorted(l, nan), nan, |s| f(s, q)))
}

/// `np.quantile(a, q, method=...)` of every element (`percent`: `np.percentile(a, q)`, `q / 100`
/// first) by a continuous method, in precision `p` (see [`prec`]).
pub fn quantile_all<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    q: f64,
    percent: bool,
    method: u8,
    nan: bool,
    p: u8,
) -> Result<f64>
where
    T::Value: QuantileValue,
{
    quantile_all_by(a, q, percent, nan, |s, q| continuous(s, q, method, p))
}

/// `np.quantile(a, q, axis, method=...)` by a continuous method; `U` the result's element
/// (float64, or float32 for a float32 array at a Python number `q`).
pub fn quantile_axis<T: Element, U: Element<Value = f64>, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    q: f64,
    axis: i64,
    percent: bool,
    method: u8,
    nan: bool,
    p: u8,
) -> Result<NdArray<U, R>>
where
    T::Value: QuantileValue,
{
    quantile_axis_by::<T, U, D, R>(a, q, axis, percent, nan, |s, q| continuous(s, q, method, p))
}

/// `np.quantile(a, q, method=...)` of every element by a discrete method: an element of the
/// array, in its type.
pub fn quantile_discrete_all<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    q: f64,
    percent: bool,
    method: u8,
    nan: bool,
) -> Result<T::Value>
where
    T::Value: QuantileValue,
{
    quantile_all_by(a, q, percent, nan, |s, q| discrete(s, q, method))
}

/// `np.quantile(a, q, axis, method=...)` by a discrete method.
pub fn quantile_discrete_axis<T: Element, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    q: f64,
    axis: i64,
    percent: bool,
    method: u8,
    nan: bool,
) -> Result<NdArray<T, R>>
where
    T::Value: QuantileValue,
{
    quantile_axis_by::<T, T, D, R>(a, q, axis, percent, nan, |s, q| discrete(s, q, method))
}

/// The fractions of an array `q` (`/ 100` first for `percent`), each checked as numpy checks
/// them all before computing.
fn q_fractions<Q: Element, const E: usize>(q: &NdArray<Q, E>, percent: bool) -> Result<Vec<f64>>
where
    Q::Value: QuantileValue,
{
    let qs: Vec<f64> = q.to_vec().into_iter().map(|v| if percent { v.float() / 100.0 } else { v.float() }).collect();
    for &x in &qs {
        check_q(x, percent)?;
    }
    Ok(qs)
}

/// `np.quantile(a, q)` (`np.percentile` with `percent`) of an array `q` of fractions over
/// every element by a continuous method: one float64 result per fraction, in `q`'s shape;
/// `p` the precision (see [`prec`]).
pub fn quantiles_all<T: Element, Q: Element, const D: usize, const E: usize>(
    a: &NdArray<T, D>,
    q: &NdArray<Q, E>,
    percent: bool,
    method: u8,
    nan: bool,
    p: u8,
) -> Result<NdArray<f64, E>>
where
    T::Value: QuantileValue,
    Q::Value: QuantileValue,
{
    quantiles_all_by(a, q, percent, nan, p == prec::F32, |s, x| continuous(s, x, method, p))
}

/// `quantiles_all` by a discrete method: elements of `a`.
pub fn quantiles_discrete_all<T: Element, Q: Element, const D: usize, const E: usize>(
    a: &NdArray<T, D>,
    q: &NdArray<Q, E>,
    percent: bool,
    method: u8,
    nan: bool,
) -> Result<NdArray<T, E>>
where
    T::Value: QuantileValue,
    Q::Value: QuantileValue,
{
    quantiles_all_by(a, q, percent, nan, false, |s, x| discrete(s, x, method))
}

/// The quantiles of every element for each fraction of `q`: `f` of the sorted elements
/// (`f32_nan`: a float32 `nan*` result by a continuous method, see `all_nan_f32_check`).
fn quantiles_all_by<T: Element, Q: Element, U: Element, const D: usize, const E: usize>(
    a: &NdArray<T, D>,
    q: &NdArray<Q, E>,
    percent: bool,
    nan: bool,
    f32_nan: bool,
    f: impl Fn(&[T::Value], f64) -> Result<U::Value>,
) -> Result<NdArray<U, E>>
where
    T::Value: QuantileValue,
    Q::Value: QuantileValue,
    U::Value: QuantileValue,
{
    let qs = q_fractions(q, percent)?;
    empty_q_check(a.size(), nan)?;
    let sorted = sorted_lane(a.to_vec(), nan);
    if nan && f32_nan {
        all_nan_f32_check(sorted.is_empty())?;
    }
    let v: Result<Vec<U::Value>> = qs.iter().map(|&x| nan_or(&sorted, nan, |s| f(s, x))).collect();
    Ok(NdArray::from_vec(q.shape(), v?))
}

/// Results along `axis` (resolved: `ax`) of `a` for each fraction of a 1-D `q`, stacked along a
/// new first axis as numpy prepends `q`'s dimensions (`R + 1` = `D` dimensions).
fn stack_q<T: Element, U: Element, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    ax: usize,
    qs: &[f64],
    mut one: impl FnMut(f64) -> Result<NdArray<U, R>>,
) -> Result<NdArray<U, D>> {
    debug_assert_eq!(R + 1, D);
    let mut shape = [0usize; D];
    shape[0] = qs.len();
    let mut k = 1;
    for (d, &n) in a.shape().iter().enumerate() {
        if d != ax {
            shape[k] = n;
            k += 1;
        }
    }
    let mut values = Vec::new();
    for &x in qs {
        values.extend(one(x)?.to_vec());
    }
    Ok(NdArray::from_vec(shape, values))
}

/// `np.quantile(a, q, axis)` of a 1-D array `q` by a continuous method: the fractions' float64
/// results stacked first; `p` the precision (see [`prec`]).
pub fn quantiles_axis<T: Element, Q: Element, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    q: &NdArray<Q, 1>,
    axis: i64,
    percent: bool,
    method: u8,
    nan: bool,
    p: u8,
) -> Result<NdArray<f64, D>>
where
    T::Value: QuantileValue,
    Q::Value: QuantileValue,
{
    quantiles_axis_by::<T, Q, f64, D, R>(a, q, axis, percent, nan, p == prec::F32, |s, x| continuous(s, x, method, p))
}

/// `quantiles_axis` by a discrete method: elements of `a`.
pub fn quantiles_discrete_axis<T: Element, Q: Element, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    q: &NdArray<Q, 1>,
    axis: i64,
    percent: bool,
    method: u8,
    nan: bool,
) -> Result<NdArray<T, D>>
where
    T::Value: QuantileValue,
    Q::Value: QuantileValue,
{
    quantiles_axis_by::<T, Q, T, D, R>(a, q, axis, percent, nan, false, |s, x| discrete(s, x, method))
}

/// The quantiles along `axis` for each fraction of a 1-D `q`, stacked first: `f` of each lane's
/// sorted elements (`f32_nan`: see `all_nan_f32_check`, on the first lane numpy visits).
fn quantiles_axis_by<T: Element, Q: Element, U: Element, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    q: &NdArray<Q, 1>,
    axis: i64,
    percent: bool,
    nan: bool,
    f32_nan: bool,
    f: impl Fn(&[T::Value], f64) -> Result<U::Value>,
) -> Result<NdArray<U, D>>
where
    T::Value: QuantileValue,
    Q::Value: QuantileValue,
    U::Value: QuantileValue,
{
    let qs = q_fractions(q, percent)?;
    let ax = super::axis::axis_index(axis, D)?;
    empty_q_check(a.size(), nan)?;
    if nan && f32_nan && a.size() > 0 {
        let mut first = true;
        super::axis::reduce_lanes::<T, bool, D, R>(a, ax as i64, |l| {
            if std::mem::take(&mut first) {
                all_nan_f32_check(lane_sorted(l, true).is_empty())?;
            }
            Ok(false)
        })?;
    }
    stack_q::<T, U, D, R>(a, ax, &qs, |x| {
        super::axis::reduce_lanes::<T, U, D, R>(a, ax as i64, |l| nan_or(&lane_sorted(l, nan), nan, |s| f(s, x)))
    })
}

/// The median of a sorted lane as numpy's `_median`: the middle element, or `np.mean` of the
/// two middle ones (their float64 sum halved); NaN if the lane holds one, and for no element
/// (numpy warns "Mean of empty slice").
fn median_sorted<T: QuantileValue>(v: &[T]) -> f64 {
    let n = v.len();
    if n == 0 || v[n - 1].is_nan_value() {
        return f64::NAN;
    }
    if n % 2 == 1 {
        v[n / 2].float()
    } else {
        (v[n / 2 - 1].float() + v[n / 2].float()) / 2.0
    }
}

/// `np.median(a)`.
pub fn median_all<T: Element, const D: usize>(a: &NdArray<T, D>, nan: bool) -> f64
where
    T::Value: QuantileValue,
{
    let v = a.to_vec();
    // numpy's `_nanmedian1d`: an all-NaN array gives its last element
    if nan && !v.is_empty() && v.iter().all(|x| x.is_nan_value()) {
        return v[v.len() - 1].float();
    }
    let s = sorted_lane(v, nan);
    if nan && s.is_empty() {
        return f64::NAN;
    }
    median_sorted(&s)
}

/// `np.median(a, axis)`.
pub fn median_axis<T: Element, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    axis: i64,
    nan: bool,
) -> Result<NdArray<f64, R>>
where
    T::Value: QuantileValue,
{
    super::axis::reduce_lanes::<T, f64, D, R>(a, axis, |l| nan_or(&lane_sorted(l, nan), nan, |s| Ok(median_sorted(s))))
}

/// Ordering used by the set functions (numpy sorts, NaN last).
fn cmp<T: Sortable>(a: &T, b: &T) -> Ordering {
    T::cmp_np(a, b)
}

/// `np.unique(a, return_index=True, return_inverse=True, return_counts=True)`: the distinct
/// values, the first position of each (a stable sort, as numpy's `return_index` takes), the
/// position of each element's value among them (flattened, as numpy 2.4 with `axis=None`),
/// and the counts. NaNs are one value (numpy's `equal_nan=True`).
#[allow(clippy::type_complexity)]
pub fn unique_all<T: Element, const D: usize>(
    a: &NdArray<T, D>,
) -> (NdArray<T, 1>, NdArray<i64, 1>, NdArray<i64, D>, NdArray<i64, 1>)
where
    T::Value: Sortable,
{
    let v = a.to_vec();
    let mut ix: Vec<usize> = (0..v.len()).collect();
    ix.sort_by(|&i, &j| cmp(&v[i], &v[j]));
    let mut values = Vec::new();
    let mut first = Vec::new();
    let mut counts: Vec<i64> = Vec::new();
    let mut inverse = vec![0i64; v.len()];
    for &i in &ix {
        let new = match values.last() {
            Some(last) => !T::Value::same(last, &v[i]),
            None => true,
        };
        if new {
            values.push(v[i]);
            first.push(i as i64);
            counts.push(0);
        }
        *counts.last_mut().expect("pushed") += 1;
        inverse[i] = values.len() as i64 - 1;
    }
    let n = values.len();
    (
        NdArray::from_vec([n], values),
        NdArray::from_vec([n], first),
        NdArray::from_vec(a.shape(), inverse),
        NdArray::from_vec([n], counts),
    )
}

/// What `unique_axis` returns: the distinct slices, first indices, inverse, counts.
pub type UniqueAxis<T, const D: usize> = (NdArray<T, D>, NdArray<i64, 1>, NdArray<i64, 1>, NdArray<i64, 1>);

/// `np.unique(a, axis=k)` with its indices and counts: numpy moves `axis` first and compares
/// the slices along it as rows (numpy's structured view of them): sorted lexicographically,
/// each element by numpy's sort order (NaN last), stably (numpy's mergesort, as it sorts when
/// `return_index=True`); a row is new when some element differs from the previous row's by
/// `!=` (so rows with NaN are never merged, `-0.0` equals `0.0`). Returns the distinct slices
/// along `axis`, the index of each one's first occurrence, the 1-D inverse and the counts.
pub fn unique_axis<T: Element, const D: usize>(a: &NdArray<T, D>, axis: i64) -> Result<UniqueAxis<T, D>>
where
    T::Value: Sortable + PartialEq,
{
    if D == 0 {
        return Err(Error::Axis(format!("axis {axis} is out of bounds for array of dimension 0")));
    }
    let ax = axis_index(axis, D)?;
    let shape = a.shape();
    let n = shape[ax];
    let mut rest = shape;
    rest[ax] = 1;
    // row `k`: the elements with index `k` along `ax`, the other axes in C order
    let mut rows: Vec<Vec<T::Value>> = vec![Vec::new(); n];
    if n > 0 {
        for_each_index(rest, |idx| {
            let mut p = idx;
            for (k, row) in rows.iter_mut().enumerate() {
                p[ax] = k;
                // SAFETY: in-bounds positions.
                row.push(unsafe { a.at(p) });
            }
        });
    }
    let lex = |x: &[T::Value], y: &[T::Value]| {
        x.iter().zip(y).map(|(u, v)| T::Value::cmp_np(u, v)).find(|o| *o != Ordering::Equal).unwrap_or(Ordering::Equal)
    };
    let mut ix: Vec<usize> = (0..n).collect();
    ix.sort_by(|&i, &j| lex(&rows[i], &rows[j]));
    let mut first: Vec<i64> = Vec::new();
    let mut counts: Vec<i64> = Vec::new();
    let mut inverse = vec![0i64; n];
    for (k, &i) in ix.iter().enumerate() {
        let new = k == 0 || rows[i].iter().zip(&rows[ix[k - 1]]).any(|(u, v)| u != v);
        if new {
            first.push(i as i64);
            counts.push(0);
        }
        *counts.last_mut().expect("pushed") += 1;
        inverse[i] = first.len() as i64 - 1;
    }
    let u = first.len();
    let mut out_shape = shape;
    out_shape[ax] = u;
    let mut values = Vec::with_capacity(out_shape.iter().product());
    // C order of the result: position `idx` holds element `rank(idx without ax)` of row
    // `first[idx[ax]]`
    let mut rank_strides = [0usize; D];
    let mut acc = 1;
    for d in (0..D).rev() {
        if d != ax {
            rank_strides[d] = acc;
            acc *= shape[d];
        }
    }
    for_each_index(out_shape, |idx| {
        let r: usize = idx.iter().zip(&rank_strides).map(|(i, s)| i * s).sum();
        values.push(rows[first[idx[ax]] as usize][r]);
    });
    Ok((
        NdArray::from_vec(out_shape, values),
        NdArray::from_vec([u], first),
        NdArray::from_vec([n], inverse),
        NdArray::from_vec([u], counts),
    ))
}

/// `np.isin(a, b)`: whether each element of `a` is among the elements of `b` (`==`: NaN never).
pub fn isin<T: Element, const D: usize, const E: usize>(
    a: &NdArray<T, D>,
    b: &NdArray<T, E>,
    invert: bool,
) -> NdArray<bool, D>
where
    T::Value: Sortable + PartialEq,
{
    let mut bs = b.to_vec();
    bs.sort_by(cmp);
    let v: Vec<bool> = a
        .to_vec()
        .into_iter()
        .map(|x| {
            let found = bs.binary_search_by(|y| cmp(y, &x)).is_ok() && not_nan(&x);
            found != invert
        })
        .collect();
    NdArray::from_vec(a.shape(), v)
}

/// Whether a value equals itself (numpy's `==`: NaN does not).
#[allow(clippy::eq_op)]
fn not_nan<T: PartialEq>(x: &T) -> bool {
    x == x
}

fn sorted_unique<T: Sortable + Copy>(mut v: Vec<T>) -> Vec<T> {
    v.sort_by(cmp);
    v.dedup_by(|x, y| T::same(x, y));
    v
}

/// `np.intersect1d(a, b)`: the sorted values in both (NaN never: numpy compares with `==`).
pub fn intersect1d<T: Element, const D: usize, const E: usize>(a: &NdArray<T, D>, b: &NdArray<T, E>) -> NdArray<T, 1>
where
    T::Value: Sortable + PartialEq,
{
    let (x, y) = (sorted_unique(a.to_vec()), sorted_unique(b.to_vec()));
    let v: Vec<T::Value> = x.into_iter().filter(|u| not_nan(u) && y.binary_search_by(|w| cmp(w, u)).is_ok()).collect();
    NdArray::from_vec([v.len()], v)
}

/// `np.union1d(a, b)`: `unique(concatenate(a, b))`.
pub fn union1d<T: Element, const D: usize, const E: usize>(a: &NdArray<T, D>, b: &NdArray<T, E>) -> NdArray<T, 1>
where
    T::Value: Sortable,
{
    let mut v = a.to_vec();
    v.extend(b.to_vec());
    let v = sorted_unique(v);
    NdArray::from_vec([v.len()], v)
}

/// `np.setdiff1d(a, b)`: the sorted distinct values of `a` not in `b` (`isin`: NaN stays).
pub fn setdiff1d<T: Element, const D: usize, const E: usize>(a: &NdArray<T, D>, b: &NdArray<T, E>) -> NdArray<T, 1>
where
    T::Value: Sortable + PartialEq,
{
    let (x, mut y) = (sorted_unique(a.to_vec()), b.to_vec());
    y.sort_by(cmp);
    let v: Vec<T::Value> =
        x.into_iter().filter(|u| !(not_nan(u) && y.binary_search_by(|w| cmp(w, u)).is_ok())).collect();
    NdArray::from_vec([v.len()], v)
}

/// `np.digitize(x, bins, right)`: numpy's `searchsorted` of the bins (increasing: side
/// 'right' unless `right`; decreasing: `len - searchsorted(bins[::-1], x, side)`); the bins
/// must be monotonic (ValueError otherwise).
pub fn digitize<const D: usize>(x: &NdArray<f64, D>, bins: &NdArray<f64, 1>, right: bool) -> Result<NdArray<i64, D>> {
    let b = bins.to_vec();
    let inc = b.windows(2).all(|w| w[1].partial_cmp(&w[0]) != Some(Ordering::Less));
    let dec = b.windows(2).all(|w| w[1].partial_cmp(&w[0]) != Some(Ordering::Greater));
    if !inc && !dec {
        return Err(Error::Value("bins must be monotonically increasing or decreasing"));
    }
    // numpy's `_monotonicity` calls [a, a] increasing
    let increasing = inc;
    let mut rb = b.clone();
    if !increasing {
        rb.reverse();
    }
    // searchsorted with side='left' when `right`, else 'right' (numpy's NaN-last order)
    let find = |v: f64| -> i64 {
        let k = if right {
            rb.partition_point(|y| f64::cmp_np(y, &v) == Ordering::Less)
        } else {
            rb.partition_point(|y| f64::cmp_np(y, &v) != Ordering::Greater)
        };
        if increasing {
            k as i64
        } else {
            (rb.len() - k) as i64
        }
    };
    let v: Vec<i64> = x.to_vec().into_iter().map(find).collect();
    Ok(NdArray::from_vec(x.shape(), v))
}

/// `np.lexsort(keys)`: the stable order by the last key, ties broken by the one before, and
/// so on (numpy sorts by each key in turn with its stable sort, NaN last).
pub fn lexsort<T: Element>(keys: &[NdArray<T, 1>]) -> Result<NdArray<i64, 1>>
where
    T::Value: Sortable,
{
    let cols: Vec<Vec<T::Value>> = keys.iter().map(|k| k.to_vec()).collect();
    let n = cols.first().map_or(0, |c| c.len());
    if cols.iter().any(|c| c.len() != n) {
        return Err(Error::Value("all keys need to be the same shape"));
    }
    let mut ix: Vec<usize> = (0..n).collect();
    ix.sort_by(|&i, &j| {
        for c in cols.iter().rev() {
            match T::Value::cmp_np(&c[i], &c[j]) {
                Ordering::Equal => continue,
                o => return o,
            }
        }
        Ordering::Equal
    });
    Ok(NdArray::from_vec([n], ix.into_iter().map(|i| i as i64).collect()))
}
