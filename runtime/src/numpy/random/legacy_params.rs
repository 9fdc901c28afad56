//! Array parameters of the legacy `RandomState` functions (`np.random.normal(mu, sigma)` with
//! `mu` an array): numpy's `cont_broadcast_N`/`discrete_broadcast_N` of `_common.pyx` and the
//! broadcast loops of `mtrand.pyx` (`binomial`, `uniform`). Each parameter array is checked
//! whole, in parameter order, with the texts of `check_array_constraint` (they differ from the
//! scalar ones); the output is `size` (or the parameters' broadcast shape), broadcast against
//! the parameters as numpy's multi-iterator does (its "shape mismatch" text naming the
//! arguments, the output first when `size` is given), then one draw per element in C order.

use super::legacy::{with, Legacy};
use crate::error::{Error, Result};
use crate::numpy::element::Element;
use crate::numpy::ndarray::{for_each_index, NdArray};

/// A parameter constraint of `_common.pyx` (`CONS_*`) as `check_array_constraint` tests a
/// whole array, with the parameter's name.
#[derive(Clone, Copy)]
pub enum Cons {
    None,
    NonNegative(&'static str),
    Positive(&'static str),
    Bounded01(&'static str),
    BoundedGt01(&'static str),
    LegacyPoisson(&'static str),
}

/// `mtrand.pyx`'s `LEGACY_POISSON_LAM_MAX`: `iinfo('l').max - sqrt(iinfo('l').max) * 10`.
fn poisson_lam_max() -> f64 {
    let m = i64::MAX as f64;
    m - m.sqrt() * 10.0
}

impl Cons {
    fn check(self, v: &[f64]) -> Result<()> {
        let fail = |m: String| Err(Error::Value(m));
        match self {
            Cons::None => Ok(()),
            Cons::NonNegative(n) if v.iter().any(|x| !x.is_nan() && x.is_sign_negative()) => fail(format!("{n} < 0")),
            Cons::Positive(n) if v.iter().any(|&x| x <= 0.0) => fail(format!("{n} <= 0")),
            Cons::Bounded01(n) if v.iter().any(|x| !(0.0..=1.0).contains(x)) => {
                fail(format!("{n} < 0, {n} > 1 or {n} contains NaNs"))
            }
            Cons::BoundedGt01(n) if v.iter().any(|&x| x.is_nan() || x <= 0.0 || x > 1.0) => {
                fail(format!("{n} <= 0, {n} > 1 or {n} contains NaNs"))
            }
            Cons::LegacyPoisson(n) if v.iter().any(|&x| x.is_nan() || x > poisson_lam_max()) => {
                fail(format!("{n} value too large"))
            }
            Cons::LegacyPoisson(n) if v.iter().any(|&x| x.is_nan() || x < 0.0) => {
                fail(format!("{n} < 0 or {n} contains NaNs"))
            }
            _ => Ok(()),
        }
    }
}

/// A shape as Python prints a tuple: `(3,)`, `(2, 3)`, `()`.
fn tuple_text(s: &[usize]) -> String {
    match s {
        [n] => format!("({n},)"),
        _ => format!("({})", s.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", ")),
    }
}

/// numpy's multi-iterator shape of `shapes` (`PyArray_Broadcast`): the dimensions from the
/// left, each the first size other than 1; its "shape mismatch" error naming the argument that
/// set the size and the one that disagrees.
pub fn multi_iter_shape(shapes: &[&[usize]]) -> Result<Vec<usize>> {
    let nd = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut dims = vec![1usize; nd];
    for (i, dim) in dims.iter_mut().enumerate() {
        let mut src = 0;
        for (j, s) in shapes.iter().enumerate() {
            let Some(k) = (i + s.len()).checked_sub(nd) else { continue };
            let t = s[k];
            if t == 1 {
                continue;
            }
            if *dim == 1 {
                *dim = t;
                src = j;
            } else if *dim != t {
                return Err(Error::Value(format!(
                    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg {src} with shape {} and arg {j} with shape {}.",
                    tuple_text(shapes[src]),
                    tuple_text(s)
                )));
            }
        }
    }
    Ok(dims)
}

/// A parameter: its values seen with the output's `D` dimensions, and its own number of
/// dimensions (0 for a number), as numpy's messages show its shape.
pub type Param<'a, T, const D: usize> = (&'a NdArray<T, D>, usize);

fn own_shape<T: Element, const D: usize>(p: &Param<'_, T, D>) -> Vec<usize> {
    p.0.shape()[D - p.1..].to_vec()
}

/// The output shape: `size` (checked against the parameters' broadcast, numpy's arguments
/// being the output then the parameters) or the parameters' broadcast shape.
fn out_shape<const D: usize>(size: Option<[i64; D]>, shapes: &[Vec<usize>]) -> Result<[usize; D]> {
    let mut all: Vec<&[usize]> = Vec::new();
    let size = match size {
        Some(s) => {
            let mut dims = [0usize; D];
            for (k, &n) in s.iter().enumerate() {
                if n < 0 {
                    return Err(Error::Value("negative dimensions are not allowed"));
                }
                dims[k] = n as usize;
            }
            Some(dims)
        }
        None => None,
    };
    if let Some(dims) = &size {
        all.push(&dims[..]);
    }
    all.extend(shapes.iter().map(|s| &s[..]));
    let joint = multi_iter_shape(&all)?;
    let out: Vec<usize> = match size {
        Some(dims) => {
            if joint != dims {
                return Err(Error::Value(format!(
                    "Output size {} is not compatible with broadcast dimensions of inputs {}.",
                    tuple_text(&dims),
                    tuple_text(&joint)
                )));
            }
            dims.to_vec()
        }
        None => joint,
    };
    let mut dims = [1usize; D];
    dims[D - out.len()..].copy_from_slice(&out);
    Ok(dims)
}

/// Draws of `K` float parameters (numpy's `cont`/`disc` with arrays): each parameter array
/// checked by its constraint in order, the output shaped, then `draw` per element in C order.
pub fn fill_params<T: Element, const D: usize, const K: usize>(
    size: Option<[i64; D]>,
    params: [Param<'_, f64, D>; K],
    cons: [Cons; K],
    mut draw: impl FnMut(&mut Legacy, [f64; K]) -> Result<T::Value>,
) -> Result<NdArray<T, D>> {
    for (p, c) in params.iter().zip(cons) {
        c.check(&p.0.to_vec())?;
    }
    let shapes: Vec<Vec<usize>> = params.iter().map(own_shape).collect();
    let out = out_shape(size, &shapes)?;
    let views = params.iter().map(|p| p.0.broadcast_to(out)).collect::<Result<Vec<_>>>()?;
    with(|r| {
        let mut v = Vec::with_capacity(out.iter().product());
        let mut failed = None;
        for_each_index(out, |idx| {
            if failed.is_none() {
                // SAFETY: idx is inside `out`, which every view is seen with
                let q: [f64; K] = std::array::from_fn(|k| unsafe { views[k].at(idx) });
                match draw(r, q) {
                    Ok(x) => v.push(x),
                    Err(e) => failed = Some(e),
                }
            }
        });
        match failed {
            Some(e) => Err(e),
            None => Ok(NdArray::from_vec(out, v)),
        }
    })
}

/// `np.random.uniform(low, high)` with arrays: numpy's `high - low` first (its broadcast
/// error, OverflowError for a range that is not finite), then the draws over `low` and the
/// range.
pub fn uniform_params<const D: usize>(
    size: Option<[i64; D]>,
    low: Param<'_, f64, D>,
    high: Param<'_, f64, D>,
) -> Result<NdArray<f64, D>> {
    let (ls, hs) = (own_shape(&low), own_shape(&high));
    if crate::numpy::ndarray::broadcast_shapes::<D>(&[&ls[..], &hs[..]]).is_err() {
        let sh = |s: &[usize]| match s {
            [n] => format!("({n},)"),
            _ => format!("({})", s.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(",")),
        };
        return Err(Error::Value(format!(
            "operands could not be broadcast together with shapes {} {} ",
            sh(&hs),
            sh(&ls)
        )));
    }
    let both = crate::numpy::ndarray::broadcast_shapes::<D>(&[&low.0.shape()[..], &high.0.shape()[..]])?;
    let (lb, hb) = (low.0.broadcast_to(both)?, high.0.broadcast_to(both)?);
    let mut range = Vec::with_capacity(both.iter().product());
    for_each_index(both, |idx| {
        // SAFETY: idx is inside `both`
        range.push(unsafe { hb.at(idx) - lb.at(idx) });
    });
    if range.iter().any(|x| !x.is_finite()) {
        return Err(Error::Overflow("Range exceeds valid bounds"));
    }
    let range = NdArray::<f64, D>::from_vec(both, range);
    let rdim = low.1.max(high.1);
    fill_params::<f64, D, 2>(size, [low, (&range, rdim)], [Cons::None, Cons::None], |r, [lo, w]| {
        Ok(lo + w * r.next_double())
    })
}

/// `np.random.binomial(n, p)` with arrays: `p` checked, then `n` (numpy's order), the output
/// broadcast over (`p`, `n`), one legacy draw each.
pub fn binomial_params<const D: usize>(
    size: Option<[i64; D]>,
    n: Param<'_, i64, D>,
    p: Param<'_, f64, D>,
) -> Result<NdArray<i64, D>> {
    Cons::Bounded01("p").check(&p.0.to_vec())?;
    if n.0.to_vec().iter().any(|&x| x < 0) {
        return Err(Error::Value("n < 0"));
    }
    let shapes = vec![own_shape(&p), own_shape(&n)];
    let out = out_shape(size, &shapes)?;
    let (pv, nv) = (p.0.broadcast_to(out)?, n.0.broadcast_to(out)?);
    with(|r| {
        let mut v = Vec::with_capacity(out.iter().product());
        let mut failed = None;
        for_each_index(out, |idx| {
            if failed.is_none() {
                // SAFETY: idx is inside `out`
                let (pp, nn) = unsafe { (pv.at(idx), nv.at(idx)) };
                match r.binomial(nn, pp) {
                    Ok(x) => v.push(x),
                    Err(e) => failed = Some(e),
                }
            }
        });
        match failed {
            Some(e) => Err(e),
            None => Ok(NdArray::from_vec(out, v)),
        }
    })
}

/// numpy's `kahan_sum` of `_common.pyx` (the first element, then compensated additions).
fn kahan_sum(v: &[f64]) -> f64 {
    let Some(&first) = v.first() else { return 0.0 };
    let (mut sum, mut c) = (first, 0.0);
    for &x in &v[1..] {
        let y = x - c;
        let t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }
    sum
}

/// `cdf.searchsorted(x, side='right')`: how many of the sorted `cdf` are `<= x`.
fn search_right(cdf: &[f64], x: f64) -> i64 {
    cdf.partition_point(|&c| c <= x) as i64
}

/// `p.cumsum()` then `cdf /= cdf[-1]`, as numpy computes them.
fn cdf_of(p: &[f64]) -> Vec<f64> {
    let mut acc = 0.0;
    let mut cdf: Vec<f64> = p
        .iter()
        .map(|&x| {
            acc += x;
            acc
        })
        .collect();
    if let Some(&last) = cdf.last() {
        cdf.iter_mut().for_each(|c| *c /= last);
    }
    cdf
}

/// `RandomState.choice(a, size, replace, p)` with `p` (`mtrand.pyx`): the population check,
/// numpy's checks of `p` (`atol32`: `p` is a float32 array, whose `sqrt(eps)` is numpy's
/// tolerance, a numpy.float32 the difference is compared with in float32 (NEP 50); else
/// float64's),
/// then with replacement one `random_sample` per sample and the cdf searched; without, numpy's
/// rounds of `rand(size - found)` over the cdf of the `p` left, keeping new indices in order of
/// first appearance. `shape`: `size` (None: one sample). The indices, and their shape.
pub fn choice_p(
    n: i64,
    shape: Option<&[i64]>,
    replace: bool,
    p: &[f64],
    atol32: bool,
    array: bool,
) -> Result<(Vec<usize>, Vec<i64>)> {
    let prod: i64 = shape.map_or(1, |s| s.iter().product());
    if prod != 0 {
        if array && n == 0 {
            return Err(Error::Value("'a' cannot be empty unless no samples are taken"));
        }
        if !array && n <= 0 {
            return Err(Error::Value("a must be greater than 0 unless no samples are taken"));
        }
    }
    if p.len() as i64 != n {
        return Err(Error::Value("'a' and 'p' must have same size"));
    }
    let p_sum = kahan_sum(p);
    if p_sum.is_nan() {
        return Err(Error::Value("probabilities contain NaN"));
    }
    if p.iter().any(|&x| x < 0.0) {
        return Err(Error::Value("probabilities are not non-negative"));
    }
    let off = (p_sum - 1.0).abs();
    if if atol32 { off as f32 > f32::EPSILON.sqrt() } else { off > f64::EPSILON.sqrt() } {
        return Err(Error::Value("probabilities do not sum to 1"));
    }
    let negative = || Error::Value("negative dimensions are not allowed");
    let dims = |s: &[i64]| -> Result<Vec<usize>> {
        s.iter().map(|&d| if d < 0 { Err(negative()) } else { Ok(d as usize) }).collect()
    };
    if replace {
        let dims = dims(shape.unwrap_or(&[]))?;
        let k: usize = dims.iter().product();
        let cdf = cdf_of(p);
        let idx = with(|r| Ok((0..k).map(|_| search_right(&cdf, r.next_double())).collect::<Vec<_>>()))?;
        return Ok((dims, idx));
    }
    if prod > n {
        return Err(Error::Value("Cannot take a larger sample than population when 'replace=False'"));
    }
    if prod < 0 {
        return Err(negative());
    }
    if (p.iter().filter(|&&x| x > 0.0).count() as i64) < prod {
        return Err(Error::Value("Fewer non-zero entries in p than size"));
    }
    let dims = dims(shape.unwrap_or(&[]))?;
    let size = prod as usize;
    let mut p = p.to_vec();
    let mut found: Vec<i64> = Vec::with_capacity(size);
    while found.len() < size {
        let x: Vec<f64> = with(|r| Ok((0..size - found.len()).map(|_| r.next_double()).collect()))?;
        for &i in &found {
            p[i as usize] = 0.0;
        }
        let cdf = cdf_of(&p);
        let mut seen = std::collections::HashSet::new();
        for &u in &x {
            let i = search_right(&cdf, u);
            if seen.insert(i) {
                found.push(i);
            }
        }
    }
    Ok((dims, found))
}
