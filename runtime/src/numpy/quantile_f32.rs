//! `np.median`, `np.quantile` and `np.percentile` of float32 arrays as numpy computes them in
//! float32 (`numpy/lib/_function_base_impl.py`): the median is `mean` of the middle one or
//! two elements (`a + b` then `/ 2`, each rounded to float32); a quantile at a Python number
//! `q` (numpy's `weak_q`) is `_lerp` with `gamma` a Python float, which float32 arithmetic
//! takes as a float32 (NEP 50): `diff = b - a`, `a + diff * f32(gamma)` or, where
//! `gamma >= 0.5`, `b - diff * f32(1 - gamma)`, every step rounded to float32. Values are held
//! as the float64 of each float32 (exact); a float64 operation rounded once to float32 is the
//! float32 operation's result.

use super::axis::reduce_lanes;
use super::ndarray::NdArray;
use super::shape::Sortable;
use crate::error::{Error, Result};

fn r32(x: f64) -> f64 {
    x as f32 as f64
}

fn sorted(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::cmp_np);
    v
}

/// The median of a sorted lane (NaN if it holds one, sorted last, or is empty).
fn median_sorted(v: &[f64]) -> f64 {
    let n = v.len();
    if n == 0 || v[n - 1].is_nan() {
        return f64::NAN;
    }
    if n % 2 == 1 {
        v[n / 2]
    } else {
        r32(r32(v[n / 2 - 1] + v[n / 2]) / 2.0)
    }
}

/// The 'linear' quantile `q` of a sorted lane, numpy's indexes (`_get_indexes`: from
/// `n - 1` on both neighbours are the last element) and its float32 `_lerp`.
fn linear(v: &[f64], q: f64) -> Result<f64> {
    let n = v.len();
    if n == 0 {
        return Err(Error::Index("index -1 is out of bounds for axis 0 with size 0"));
    }
    let vi = (n as f64 - 1.0) * q;
    let (a, b, gamma) = if vi >= n as f64 - 1.0 {
        (v[n - 1], v[n - 1], vi + 1.0)
    } else {
        let p = vi.floor();
        (v[p as usize], v[p as usize + 1], vi - p)
    };
    if v[n - 1].is_nan() {
        return Ok(f64::NAN);
    }
    let diff = r32(b - a);
    Ok(if gamma >= 0.5 { r32(b - r32(diff * r32(1.0 - gamma))) } else { r32(a + r32(diff * r32(gamma))) })
}

fn check_q(q: f64, percent: bool) -> Result<f64> {
    let q = if percent { q / 100.0 } else { q };
    if (0.0..=1.0).contains(&q) {
        Ok(q)
    } else if percent {
        Err(Error::Value("Percentiles must be in the range [0, 100]"))
    } else {
        Err(Error::Value("Quantiles must be in the range [0, 1]"))
    }
}

/// `np.median(a)` of a float32 array.
pub fn median_all<const D: usize>(a: &NdArray<f32, D>) -> f64 {
    median_sorted(&sorted(a.to_vec()))
}

/// `np.median(a, axis)` of a float32 array.
pub fn median_axis<const D: usize, const R: usize>(a: &NdArray<f32, D>, axis: i64) -> Result<NdArray<f32, R>> {
    reduce_lanes::<f32, f32, D, R>(a, axis, |l| Ok(median_sorted(&sorted((0..l.len()).map(|k| l.get(k)).collect()))))
}

/// `np.quantile(a, q)` of a float32 array at a Python number `q` (`percent`: `np.percentile`).
pub fn quantile_all<const D: usize>(a: &NdArray<f32, D>, q: f64, percent: bool) -> Result<f64> {
    let q = check_q(q, percent)?;
    linear(&sorted(a.to_vec()), q)
}

/// `np.quantile(a, q, axis)` of a float32 array at a Python number `q`.
pub fn quantile_axis<const D: usize, const R: usize>(
    a: &NdArray<f32, D>,
    q: f64,
    axis: i64,
    percent: bool,
) -> Result<NdArray<f32, R>> {
    let q = check_q(q, percent)?;
    reduce_lanes::<f32, f32, D, R>(a, axis, |l| linear(&sorted((0..l.len()).map(|k| l.get(k)).collect()), q))
}
