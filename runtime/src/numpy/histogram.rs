//! `np.histogram` as numpy computes it. A number of equal bins: the edges from `np.linspace`,
//! each value's bin from `(x - first) / (last - first) * bins` truncated and then corrected
//! against the edges (so a value on an edge lands where numpy puts it); weights summed per bin in
//! blocks of 65,536 values (numpy's `bincount` of each block, added to the total). Edges given
//! as an array: numpy's cumulative counts (each block sorted, the edges searched in it, weights
//! as differences of their running sum at the edges).

use super::creation::linspace;
use super::element::Element;
use super::ndarray::NdArray;
use super::shape::Sortable;
use crate::error::{Error, Result};
use std::cmp::Ordering;

/// Python's `repr` of a float in numpy's messages (`nan`, `inf`, `1.0`).
fn show(x: f64) -> String {
    crate::builtins::format::float_repr(x)
}

/// numpy's `BLOCK`: histograms are computed this many values at a time.
const BLOCK: usize = 65536;

/// The bin of each of `vals` among `bins` equal bins between `first` and `last` (`denom`:
/// numpy's `last - first`, computed in the input's type), `None` outside; and the edges.
fn equal_bins(
    vals: &[f64],
    first: f64,
    last: f64,
    denom: f64,
    bins: usize,
) -> Result<(Vec<Option<usize>>, NdArray<f64, 1>)> {
    let edges = linspace(first, last, bins as i64 + 1, true)?;
    let e = edges.to_vec();
    if e.windows(2).any(|w| w[0] >= w[1]) {
        return Err(Error::Value(format!("Too many bins for data range. Cannot create {bins} finite-sized bins.")));
    }
    let norm = bins as f64;
    let which = vals
        .iter()
        .map(|&x| {
            if !(x >= first && x <= last) {
                return None;
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
            Some(i)
        })
        .collect();
    Ok((which, edges))
}

/// The counts of the bins `which` gives (numpy's `bincount` without weights).
fn counted(which: &[Option<usize>], bins: usize) -> NdArray<i64, 1> {
    let mut counts = vec![0i64; bins];
    for i in which.iter().flatten() {
        counts[*i] += 1;
    }
    NdArray::from_vec([bins], counts)
}

/// The weights summed per bin as numpy does: a block's sums in float64 (`bincount`), cast to the
/// weights' type (`cast`) and added to the totals.
fn weighed<W: Copy + Default + std::ops::Add<Output = W>>(
    which: &[Option<usize>],
    weights: &[f64],
    bins: usize,
    cast: impl Fn(f64) -> W,
) -> Vec<W> {
    let mut n = vec![W::default(); bins];
    for (wh, ws) in which.chunks(BLOCK).zip(weights.chunks(BLOCK)) {
        let mut part = vec![0.0f64; bins];
        for (i, w) in wh.iter().zip(ws) {
            if let Some(i) = i {
                part[*i] += *w;
            }
        }
        for (t, p) in n.iter_mut().zip(part) {
            *t = *t + cast(p);
        }
    }
    n
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

/// The bins of a float64 array's values among `bins` equal ones (`range`, else the data's
/// outer edges), and the edges.
fn float_bins<const D: usize>(
    a: &NdArray<f64, D>,
    bins: i64,
    range: Option<(f64, f64)>,
) -> Result<(Vec<Option<usize>>, NdArray<f64, 1>)> {
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
    equal_bins(&vals, first, last, last - first, bins)
}

/// The same of an int64 array: the autodetected outer edges are ints, their difference taken in
/// uint64 as numpy's `_unsigned_subtract` takes it.
fn int_bins<const D: usize>(
    a: &NdArray<i64, D>,
    bins: i64,
    range: Option<(f64, f64)>,
) -> Result<(Vec<Option<usize>>, NdArray<f64, 1>)> {
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
    equal_bins(&vals, first, last, denom, bins)
}

/// The data of a histogram with equal bins: float64 or int64 arrays.
pub trait Binned {
    /// Each value's bin among `bins` equal ones between `range`'s or the data's outer edges,
    /// and the edges.
    fn equal(&self, bins: i64, range: Option<(f64, f64)>) -> Result<(Vec<Option<usize>>, NdArray<f64, 1>)>;
    fn dims(&self) -> Vec<usize>;
}

impl<const D: usize> Binned for NdArray<f64, D> {
    fn equal(&self, bins: i64, range: Option<(f64, f64)>) -> Result<(Vec<Option<usize>>, NdArray<f64, 1>)> {
        float_bins(self, bins, range)
    }
    fn dims(&self) -> Vec<usize> {
        self.shape().to_vec()
    }
}

impl<const D: usize> Binned for NdArray<i64, D> {
    fn equal(&self, bins: i64, range: Option<(f64, f64)>) -> Result<(Vec<Option<usize>>, NdArray<f64, 1>)> {
        int_bins(self, bins, range)
    }
    fn dims(&self) -> Vec<usize> {
        self.shape().to_vec()
    }
}

/// Counts and weights of bins (int64 or float64 values): sums, the float64 cast numpy's
/// `bincount` reads weights with, the total `density=True` divides by.
pub trait Weight: Copy + Default + std::ops::Add<Output = Self> + std::ops::Sub<Output = Self> {
    fn to_f64(self) -> f64;
    /// `astype` of a float64 sum back to this type.
    fn from_f64(x: f64) -> Self;
    /// `n.sum()` as numpy adds it, as a float64.
    fn total(v: &[Self]) -> f64;
}

impl Weight for f64 {
    fn to_f64(self) -> f64 {
        self
    }
    fn from_f64(x: f64) -> f64 {
        x
    }
    fn total(v: &[f64]) -> f64 {
        super::axis::pairwise_slice(v)
    }
}

impl Weight for i64 {
    fn to_f64(self) -> f64 {
        self as f64
    }
    fn from_f64(x: f64) -> i64 {
        // numpy's float64 -> int64 cast (x86: out of range is i64::MIN)
        if x.is_nan() || !(-9.223372036854776e18..9.223372036854776e18).contains(&x) {
            i64::MIN
        } else {
            x as i64
        }
    }
    fn total(v: &[i64]) -> f64 {
        v.iter().fold(0i64, |s, x| s.wrapping_add(*x)) as f64
    }
}

/// `np.histogram(a, bins, range)` with equal bins: counts (int64) and edges.
pub fn histogram<A: Binned>(a: &A, bins: i64, range: Option<(f64, f64)>) -> Result<(NdArray<i64, 1>, NdArray<f64, 1>)> {
    let (which, edges) = a.equal(bins, range)?;
    Ok((counted(&which, edges.shape()[0] - 1), edges))
}

/// numpy's check of `weights=` (before anything else is looked at).
fn check_weights(a: &[usize], w: &[usize]) -> Result<()> {
    if a != w {
        return Err(Error::Value("weights should have the same shape as a."));
    }
    Ok(())
}

/// `np.histogram(a, bins, range, weights=w)` with equal bins: the weights' sums per bin, in the
/// weights' type, and the edges.
pub fn histogram_weighted<A: Binned, W: Element, const D: usize>(
    a: &A,
    bins: i64,
    range: Option<(f64, f64)>,
    weights: &NdArray<W, D>,
) -> Result<(NdArray<W, 1>, NdArray<f64, 1>)>
where
    W::Value: Weight,
{
    check_weights(&a.dims(), &weights.shape())?;
    let (which, edges) = a.equal(bins, range)?;
    let w: Vec<f64> = weights.to_vec().into_iter().map(Weight::to_f64).collect();
    let n = weighed(&which, &w, edges.shape()[0] - 1, W::Value::from_f64);
    Ok((NdArray::from_vec([n.len()], n), edges))
}

/// numpy's check of edges given as an array.
fn check_edges<E: Sortable>(edges: &[E]) -> Result<()> {
    if edges.windows(2).any(|w| E::cmp_np(&w[0], &w[1]) == Ordering::Greater) {
        return Err(Error::Value("`bins` must increase monotonically, when an array"));
    }
    Ok(())
}

/// `_search_sorted_inclusive(sa, edges)`: the left position of every edge but the last, the
/// right position of the last (so the last bin holds its right edge).
fn inclusive<E: Sortable>(sa: &[E], edges: &[E]) -> Vec<usize> {
    let last = edges.len().saturating_sub(1);
    edges
        .iter()
        .enumerate()
        .map(|(k, e)| {
            if k < last {
                sa.partition_point(|x| E::cmp_np(x, e) == Ordering::Less)
            } else {
                sa.partition_point(|x| E::cmp_np(x, e) != Ordering::Greater)
            }
        })
        .collect()
}

/// `np.histogram(a, edges)` with the edges an array (`a` and `edges` in their common type): the
/// counts, numpy's cumulative counts per block, differenced.
pub fn histogram_edges<E: Element, const D: usize>(a: &NdArray<E, D>, edges: &NdArray<E, 1>) -> Result<NdArray<i64, 1>>
where
    E::Value: Sortable,
{
    let (vals, edges) = (a.to_vec(), edges.to_vec());
    check_edges(&edges)?;
    let mut cum = vec![0i64; edges.len()];
    for block in vals.chunks(BLOCK) {
        let mut sa = block.to_vec();
        sa.sort_by(E::Value::cmp_np);
        for (c, p) in cum.iter_mut().zip(inclusive(&sa, &edges)) {
            *c += p as i64;
        }
    }
    let n: Vec<i64> = cum.windows(2).map(|w| w[1] - w[0]).collect();
    Ok(NdArray::from_vec([n.len()], n))
}

/// The same with weights: per block, the weights in the order that sorts the values (stable),
/// their running sum (`cumsum` in the weights' type, from a leading zero) read at the edges'
/// positions and added up; the sums per bin are its differences.
pub fn histogram_edges_weighted<E: Element, W: Element, const D: usize, const DW: usize>(
    a: &NdArray<E, D>,
    edges: &NdArray<E, 1>,
    weights: &NdArray<W, DW>,
) -> Result<NdArray<W, 1>>
where
    E::Value: Sortable,
    W::Value: Weight,
{
    check_weights(&a.shape(), &weights.shape())?;
    let (vals, edges, ws) = (a.to_vec(), edges.to_vec(), weights.to_vec());
    check_edges(&edges)?;
    let zero = W::Value::default();
    let mut cum = vec![zero; edges.len()];
    for (block, ws) in vals.chunks(BLOCK).zip(ws.chunks(BLOCK)) {
        let mut order: Vec<usize> = (0..block.len()).collect();
        order.sort_by(|&i, &j| E::Value::cmp_np(&block[i], &block[j]));
        let sa: Vec<E::Value> = order.iter().map(|&i| block[i]).collect();
        let mut cw = Vec::with_capacity(order.len() + 1);
        let mut run = zero;
        cw.push(zero);
        for &i in &order {
            run = run + ws[i];
            cw.push(run);
        }
        for (c, p) in cum.iter_mut().zip(inclusive(&sa, &edges)) {
            *c = *c + cw[p];
        }
    }
    let n: Vec<W::Value> = cum.windows(2).map(|w| w[1] - w[0]).collect();
    Ok(NdArray::from_vec([n.len()], n))
}

/// `np.histogram(..., density=True)`: the counts (or sums of weights) divided by the bin widths
/// (numpy's `np.diff(edges)` as float64) and by their total.
pub fn density<C: Element, E: Element>(n: &NdArray<C, 1>, edges: &NdArray<E, 1>) -> NdArray<f64, 1>
where
    C::Value: Weight,
    E::Value: Weight,
{
    let (n, e) = (n.to_vec(), edges.to_vec());
    let total = C::Value::total(&n);
    let d: Vec<f64> = n.iter().zip(e.windows(2)).map(|(x, w)| x.to_f64() / (w[1] - w[0]).to_f64() / total).collect();
    NdArray::from_vec([d.len()], d)
}
