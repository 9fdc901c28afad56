//! `np.histogram` with a number of equal bins, as numpy computes it: the edges from
//! `np.linspace`, each value's bin from `(x - first) / (last - first) * bins` truncated and
//! then corrected against the edges (so a value on an edge lands where numpy puts it).

use super::creation::linspace;
use super::ndarray::NdArray;
use crate::error::{Error, Result};

/// Python's `repr` of a float in numpy's messages (`nan`, `inf`, `1.0`).
fn show(x: f64) -> String {
    crate::builtins::format::float_repr(x)
}

/// The counts and edges of `vals` in `bins` equal bins between `first` and `last` (`denom`:
/// numpy's `last - first`, computed in the input's type).
fn equal_bins(vals: &[f64], first: f64, last: f64, denom: f64, bins: usize) -> Result<(Vec<i64>, NdArray<f64, 1>)> {
    let edges = linspace(first, last, bins as i64 + 1, true)?;
    let e = edges.to_vec();
    if e.windows(2).any(|w| w[0] >= w[1]) {
        return Err(Error::Value(format!("Too many bins for data range. Cannot create {bins} finite-sized bins.")));
    }
    let mut counts = vec![0i64; bins];
    let norm = bins as f64;
    for &x in vals {
        if !(x >= first && x <= last) {
            continue;
        }
        let f = ((x - first) / denom) * norm;
        // `astype(np.intp)` of a value in [0, bins]
        let mut i = f as usize;
        if i == bins {
            i -= 1;
        }
        if x < e[i] {
            i -= 1;
        }
        if x >= e[i + 1] && i != bins - 1 {
            i += 1;
        }
        counts[i] += 1;
    }
    Ok((counts, edges))
}

fn check_bins(bins: i64) -> Result<usize> {
    if bins < 1 {
        return Err(Error::Value("`bins` must be positive, when an integer"));
    }
    Ok(bins as usize)
}

/// The outer edges from `range=(lo, hi)`, as numpy checks them.
fn given_range(lo: f64, hi: f64) -> Result<(f64, f64)> {
    if lo > hi {
        return Err(Error::Value("max must be larger than min in range parameter."));
    }
    if !(lo.is_finite() && hi.is_finite()) {
        return Err(Error::Value(format!("supplied range of [{}, {}] is not finite", show(lo), show(hi))));
    }
    Ok(if lo == hi { (lo - 0.5, hi + 0.5) } else { (lo, hi) })
}

/// `np.histogram(a, bins, range)` of a float64 array: counts (int64) and edges.
pub fn histogram<const D: usize>(
    a: &NdArray<f64, D>,
    bins: i64,
    range: Option<(f64, f64)>,
) -> Result<(NdArray<i64, 1>, NdArray<f64, 1>)> {
    let bins = check_bins(bins)?;
    let vals = a.to_vec();
    let (first, last) = match range {
        Some((lo, hi)) => given_range(lo, hi)?,
        None if vals.is_empty() => (0.0, 1.0),
        None => {
            // numpy's min/max: NaN propagates
            let mut lo = vals[0];
            let mut hi = vals[0];
            for &x in &vals {
                if x.is_nan() || lo.is_nan() {
                    lo = f64::NAN;
                } else if x < lo {
                    lo = x;
                }
                if x.is_nan() || hi.is_nan() {
                    hi = f64::NAN;
                } else if x > hi {
                    hi = x;
                }
            }
            if !(lo.is_finite() && hi.is_finite()) {
                return Err(Error::Value(format!("autodetected range of [{}, {}] is not finite", show(lo), show(hi))));
            }
            if lo == hi {
                (lo - 0.5, hi + 0.5)
            } else {
                (lo, hi)
            }
        }
    };
    let (counts, edges) = equal_bins(&vals, first, last, last - first, bins)?;
    Ok((NdArray::from_vec([bins], counts), edges))
}

/// `np.histogram(a, bins, range)` of an int64 array: the autodetected outer edges are ints,
/// their difference taken in uint64 as numpy's `_unsigned_subtract` takes it.
pub fn histogram_int<const D: usize>(
    a: &NdArray<i64, D>,
    bins: i64,
    range: Option<(f64, f64)>,
) -> Result<(NdArray<i64, 1>, NdArray<f64, 1>)> {
    let ints = a.to_vec();
    let vals: Vec<f64> = ints.iter().map(|&x| x as f64).collect();
    let bins = check_bins(bins)?;
    let (first, last, denom) = match range {
        Some((lo, hi)) => {
            let (lo, hi) = given_range(lo, hi)?;
            (lo, hi, hi - lo)
        }
        None if ints.is_empty() => (0.0, 1.0, 1.0),
        None => {
            let lo = *ints.iter().min().expect("not empty");
            let hi = *ints.iter().max().expect("not empty");
            if lo == hi {
                (lo as f64 - 0.5, hi as f64 + 0.5, 1.0)
            } else {
                (lo as f64, hi as f64, (hi as u64).wrapping_sub(lo as u64) as f64)
            }
        }
    };
    let (counts, edges) = equal_bins(&vals, first, last, denom, bins)?;
    Ok((NdArray::from_vec([bins], counts), edges))
}

/// `np.histogram(..., density=True)`: the counts divided by the bin widths and the total.
pub fn density(counts: NdArray<i64, 1>, edges: NdArray<f64, 1>) -> (NdArray<f64, 1>, NdArray<f64, 1>) {
    let c = counts.to_vec();
    let e = edges.to_vec();
    let total: i64 = c.iter().sum();
    let d: Vec<f64> = c.iter().zip(e.windows(2)).map(|(&n, w)| n as f64 / (w[1] - w[0]) / total as f64).collect();
    (NdArray::from_vec([d.len()], d), edges)
}
