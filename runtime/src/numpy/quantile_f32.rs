//! `np.median` of float32 arrays as numpy computes it in float32
//! (`numpy/lib/_function_base_impl.py`): `mean` of the middle one or two elements (`a + b` then
//! `/ 2`, each rounded to float32). Values are held as the float64 of each float32 (exact); a
//! float64 operation rounded once to float32 is the float32 operation's result. (float32
//! quantiles: `sorting`'s with the precision `prec::F32_WEAK` or `prec::F32`.)

use super::axis::reduce_lanes;
use super::ndarray::NdArray;
use super::shape::Sortable;
use crate::error::Result;

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

/// `np.median(a)` of a float32 array.
pub fn median_all<const D: usize>(a: &NdArray<f32, D>) -> f64 {
    median_sorted(&sorted(a.to_vec()))
}

/// `np.median(a, axis)` of a float32 array.
pub fn median_axis<const D: usize, const R: usize>(a: &NdArray<f32, D>, axis: i64) -> Result<NdArray<f32, R>> {
    reduce_lanes::<f32, f32, D, R>(a, axis, |l| Ok(median_sorted(&sorted((0..l.len()).map(|k| l.get(k)).collect()))))
}
