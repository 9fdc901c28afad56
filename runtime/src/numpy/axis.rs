//! Reductions along one axis (`a.sum(axis=k)`, `np.argmax(a, axis=-1)`), `std`/`var` and the
//! cumulative `cumsum`/`cumprod`, with numpy's result types: bool and int64 sum to int64,
//! means are float64 (complex128 for complex), `argmin`/`argmax` give int64 positions.
//!
//! Every function takes the array with `D` dimensions and gives `R = D - 1` (the compiler
//! passes both: Rust's const generics cannot compute `D - 1`). A lane is the run of elements
//! along the reduced axis for one position of the others.

use super::element::Element;
use super::ndarray::{for_each_index, NdArray};
use super::reduce::{empty_reduction, fmax_nan, fmin_nan, pairwise_sum};
use crate::error::{Error, Result};
use num_complex::Complex64;
use std::marker::PhantomData;

/// The elements along the reduced axis for one output position.
#[derive(Clone, Copy)]
pub struct Lane<T: Element> {
    ptr: *mut u8,
    len: usize,
    stride: isize,
    _t: PhantomData<T>,
}

impl<T: Element> Lane<T> {
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The `k`-th element (`k < len`, guaranteed by every caller below).
    #[inline(always)]
    pub fn get(&self, k: usize) -> T::Value {
        debug_assert!(k < self.len);
        // SAFETY: k < len, and the lane lies inside the array it was cut from.
        unsafe { T::load(std::ptr::read_unaligned(self.ptr.offset(k as isize * self.stride) as *const T::Storage)) }
    }
}

/// numpy's axis normalisation: `-ndim <= axis < ndim`, else `AxisError`.
pub fn axis_index(axis: i64, ndim: usize) -> Result<usize> {
    let n = ndim as i64;
    if axis < -n || axis >= n {
        return Err(Error::Axis(format!("axis {axis} is out of bounds for array of dimension {ndim}")));
    }
    Ok(if axis < 0 { (axis + n) as usize } else { axis as usize })
}

/// `f` applied to every lane along `axis`; the results in an array of the other axes.
pub fn reduce_lanes<T: Element, U: Element, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    axis: i64,
    mut f: impl FnMut(Lane<T>) -> Result<U::Value>,
) -> Result<NdArray<U, R>> {
    debug_assert_eq!(R + 1, D);
    let ax = axis_index(axis, D)?;
    let shape = a.shape();
    let strides = a.strides();
    let mut out_shape = [0usize; R];
    let mut out_strides = [0isize; R];
    let mut k = 0;
    for d in 0..D {
        if d != ax {
            out_shape[k] = shape[d];
            out_strides[k] = strides[d];
            k += 1;
        }
    }
    let n: usize = out_shape.iter().product();
    let mut out = Vec::with_capacity(n);
    let mut err = None;
    for_each_index(out_shape, |idx| {
        if err.is_some() {
            return;
        }
        let mut off = 0isize;
        for d in 0..R {
            off += idx[d] as isize * out_strides[d];
        }
        // SAFETY: idx is within the other axes' extents.
        let lane = Lane { ptr: unsafe { a.data_ptr().offset(off) }, len: shape[ax], stride: strides[ax], _t: PhantomData };
        match f(lane) {
            Ok(v) => out.push(v),
            Err(e) => err = Some(e),
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    Ok(NdArray::from_vec(out_shape, out))
}

/// Element types with numpy's reduction arithmetic.
pub trait Num: Element<Value = Self> {
    /// the type of `sum`/`prod`/`cumsum` (int64 for bool and int64)
    type Acc: Element<Value = Self::Acc>;
    /// the type of `mean` (float64, complex128 for complex)
    type Mean: Element<Value = Self::Mean>;
    fn acc(self) -> Self::Acc;
    fn mean_val(self) -> Self::Mean;
    fn zero() -> Self::Acc;
    fn one() -> Self::Acc;
    fn add(a: Self::Acc, b: Self::Acc) -> Self::Acc;
    fn mul(a: Self::Acc, b: Self::Acc) -> Self::Acc;
    /// the sum of a lane in numpy's order (pairwise for floats)
    fn sum_lane(n: usize, mut f: impl FnMut(usize) -> Self::Acc) -> Self::Acc {
        let mut s = Self::zero();
        for k in 0..n {
            s = Self::add(s, f(k));
        }
        s
    }
    fn mean_sum(n: usize, f: impl FnMut(usize) -> Self::Mean) -> Self::Mean;
    fn mean_div(s: Self::Mean, n: usize) -> Self::Mean;
    /// `|x - mean|²` as numpy's `var` computes it
    fn dev2(self, mean: Self::Mean) -> f64;
    /// `|x|²` (`linalg.norm`)
    fn abs2(self) -> f64;
    /// `|x|` as numpy's `abs` gives it (the hypotenuse for complex)
    fn abs_f(self) -> f64;
    /// The sum of `n` contiguous elements at `p`, when a faster path exists (float64).
    ///
    /// # Safety
    /// `p` points at `n` elements of this type.
    unsafe fn sum_contiguous(_p: *const u8, _n: usize) -> Option<Self::Acc> {
        None
    }
}

/// numpy's pairwise summation over a contiguous run of floats: the same order as
/// [`pairwise_sum`] (blocks of 8 partial sums up to 128 elements, then halving), on a slice so
/// that the 8 partial sums vectorise.
pub fn pairwise_slice(v: &[f64]) -> f64 {
    let n = v.len();
    if n < 8 {
        let mut res = 0.0;
        for x in v {
            res += x;
        }
        res
    } else if n <= 128 {
        let mut r = [0.0f64; 8];
        r.copy_from_slice(&v[..8]);
        let mut i = 8;
        while i < n - (n % 8) {
            for j in 0..8 {
                r[j] += v[i + j];
            }
            i += 8;
        }
        let mut res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        while i < n {
            res += v[i];
            i += 1;
        }
        res
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        pairwise_slice(&v[..n2]) + pairwise_slice(&v[n2..])
    }
}

#[inline(always)]
fn pairwise(n: usize, mut f: impl FnMut(usize) -> f64) -> f64 {
    pairwise_sum(n, &mut |k| Ok(f(k))).unwrap_or(f64::NAN)
}

fn pairwise_c(n: usize, mut f: impl FnMut(usize) -> Complex64) -> Complex64 {
    let mut im = Vec::with_capacity(n);
    let re = pairwise(n, |k| {
        let z = f(k);
        im.push(z.im);
        z.re
    });
    Complex64::new(re, pairwise(n, |k| im[k]))
}

impl Num for bool {
    type Acc = i64;
    type Mean = f64;
    fn acc(self) -> i64 {
        self as i64
    }
    fn mean_val(self) -> f64 {
        self as i64 as f64
    }
    fn zero() -> i64 {
        0
    }
    fn one() -> i64 {
        1
    }
    fn add(a: i64, b: i64) -> i64 {
        a.wrapping_add(b)
    }
    fn mul(a: i64, b: i64) -> i64 {
        a.wrapping_mul(b)
    }
    fn mean_sum(n: usize, f: impl FnMut(usize) -> f64) -> f64 {
        pairwise(n, f)
    }
    fn mean_div(s: f64, n: usize) -> f64 {
        s / n as f64
    }
    fn dev2(self, mean: f64) -> f64 {
        let d = self as i64 as f64 - mean;
        d * d
    }
    fn abs2(self) -> f64 {
        self as i64 as f64
    }
    fn abs_f(self) -> f64 {
        self as i64 as f64
    }
}

impl Num for i64 {
    type Acc = i64;
    type Mean = f64;
    fn acc(self) -> i64 {
        self
    }
    fn mean_val(self) -> f64 {
        self as f64
    }
    fn zero() -> i64 {
        0
    }
    fn one() -> i64 {
        1
    }
    fn add(a: i64, b: i64) -> i64 {
        a.wrapping_add(b)
    }
    fn mul(a: i64, b: i64) -> i64 {
        a.wrapping_mul(b)
    }
    fn mean_sum(n: usize, f: impl FnMut(usize) -> f64) -> f64 {
        pairwise(n, f)
    }
    fn mean_div(s: f64, n: usize) -> f64 {
        s / n as f64
    }
    fn dev2(self, mean: f64) -> f64 {
        let d = self as f64 - mean;
        d * d
    }
    fn abs2(self) -> f64 {
        (self as f64) * (self as f64)
    }
    fn abs_f(self) -> f64 {
        (self as f64).abs()
    }
}

impl Num for f64 {
    type Acc = f64;
    type Mean = f64;
    fn acc(self) -> f64 {
        self
    }
    fn mean_val(self) -> f64 {
        self
    }
    fn zero() -> f64 {
        0.0
    }
    fn one() -> f64 {
        1.0
    }
    fn add(a: f64, b: f64) -> f64 {
        a + b
    }
    fn mul(a: f64, b: f64) -> f64 {
        a * b
    }
    fn sum_lane(n: usize, f: impl FnMut(usize) -> f64) -> f64 {
        pairwise(n, f)
    }
    fn mean_sum(n: usize, f: impl FnMut(usize) -> f64) -> f64 {
        pairwise(n, f)
    }
    fn mean_div(s: f64, n: usize) -> f64 {
        s / n as f64
    }
    fn dev2(self, mean: f64) -> f64 {
        let d = self - mean;
        d * d
    }
    unsafe fn sum_contiguous(p: *const u8, n: usize) -> Option<f64> {
        Some(pairwise_slice(std::slice::from_raw_parts(p as *const f64, n)))
    }
    fn abs2(self) -> f64 {
        self * self
    }
    fn abs_f(self) -> f64 {
        self.abs()
    }
}

impl Num for Complex64 {
    type Acc = Complex64;
    type Mean = Complex64;
    fn acc(self) -> Complex64 {
        self
    }
    fn mean_val(self) -> Complex64 {
        self
    }
    fn zero() -> Complex64 {
        Complex64::new(0.0, 0.0)
    }
    fn one() -> Complex64 {
        Complex64::new(1.0, 0.0)
    }
    fn add(a: Complex64, b: Complex64) -> Complex64 {
        a + b
    }
    fn mul(a: Complex64, b: Complex64) -> Complex64 {
        crate::builtins::complex::mul(a, b)
    }
    fn sum_lane(n: usize, f: impl FnMut(usize) -> Complex64) -> Complex64 {
        pairwise_c(n, f)
    }
    fn mean_sum(n: usize, f: impl FnMut(usize) -> Complex64) -> Complex64 {
        pairwise_c(n, f)
    }
    fn mean_div(s: Complex64, n: usize) -> Complex64 {
        let d = n as f64;
        Complex64::new(s.re / d, s.im / d)
    }
    fn dev2(self, mean: Complex64) -> f64 {
        let d = self - mean;
        d.re * d.re + d.im * d.im
    }
    fn abs2(self) -> f64 {
        self.re * self.re + self.im * self.im
    }
    fn abs_f(self) -> f64 {
        self.re.hypot(self.im)
    }
}

/// Element types with numpy's ordering (`min`, `max`, `argmin`, `argmax`): NaN wins.
pub trait Ordered: Element<Value = Self> {
    fn is_nan(self) -> bool;
    fn lt(self, b: Self) -> bool;
    fn minimum(a: Self, b: Self) -> Self;
    fn maximum(a: Self, b: Self) -> Self;
}

impl Ordered for f64 {
    fn is_nan(self) -> bool {
        f64::is_nan(self)
    }
    fn lt(self, b: f64) -> bool {
        self < b
    }
    fn minimum(a: f64, b: f64) -> f64 {
        fmin_nan(a, b)
    }
    fn maximum(a: f64, b: f64) -> f64 {
        fmax_nan(a, b)
    }
}

macro_rules! ordered_int {
    ($($t:ty),*) => {$(
        impl Ordered for $t {
            fn is_nan(self) -> bool {
                false
            }
            fn lt(self, b: $t) -> bool {
                self < b
            }
            fn minimum(a: $t, b: $t) -> $t {
                if b < a { b } else { a }
            }
            fn maximum(a: $t, b: $t) -> $t {
                if b > a { b } else { a }
            }
        }
    )*};
}
ordered_int!(bool, i64);

fn lane_sum<T: Num>(l: Lane<T>) -> T::Acc {
    if l.stride == std::mem::size_of::<T::Storage>() as isize && (l.ptr as usize) % std::mem::align_of::<T::Storage>() == 0 {
        // SAFETY: a contiguous, aligned lane of `len` elements.
        if let Some(s) = unsafe { T::sum_contiguous(l.ptr, l.len) } {
            return s;
        }
    }
    T::sum_lane(l.len(), |k| l.get(k).acc())
}

fn lane_mean<T: Num>(l: Lane<T>) -> T::Mean {
    if std::any::TypeId::of::<T>() == std::any::TypeId::of::<f64>() {
        // float64: the mean is the sum (same type) over the count
        let s = lane_sum(l);
        // SAFETY: T is f64, so T::Acc and T::Mean are f64 too.
        let s: T::Mean = unsafe { std::mem::transmute_copy(&s) };
        return T::mean_div(s, l.len());
    }
    let s = T::mean_sum(l.len(), |k| l.get(k).mean_val());
    T::mean_div(s, l.len())
}

fn lane_var<T: Num>(l: Lane<T>, ddof: i64) -> f64 {
    let mean = lane_mean(l);
    let s = pairwise(l.len(), |k| l.get(k).dev2(mean));
    let count = (l.len() as i64 - ddof).max(0);
    s / count as f64
}

fn lane_extreme<T: Ordered>(l: Lane<T>, max: bool) -> Result<T::Value> {
    if l.is_empty() {
        return Err(empty_reduction(if max { "maximum" } else { "minimum" }));
    }
    let mut acc = l.get(0);
    for k in 1..l.len() {
        let x = l.get(k);
        acc = if max { T::maximum(acc, x) } else { T::minimum(acc, x) };
    }
    Ok(acc)
}

fn lane_arg<T: Ordered>(l: Lane<T>, max: bool) -> Result<i64> {
    if l.is_empty() {
        return Err(Error::Value(format!("attempt to get {} of an empty sequence", if max { "argmax" } else { "argmin" })));
    }
    let mut best = l.get(0);
    let mut at = 0usize;
    if best.is_nan() {
        return Ok(0);
    }
    for k in 1..l.len() {
        let x = l.get(k);
        if x.is_nan() {
            return Ok(k as i64);
        }
        let better = if max { best.lt(x) } else { x.lt(best) };
        if better {
            best = x;
            at = k;
        }
    }
    Ok(at as i64)
}

pub fn sum_axis<T: Num, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<T::Acc, R>> {
    reduce_lanes(a, axis, |l| Ok(lane_sum(l)))
}

pub fn prod_axis<T: Num, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<T::Acc, R>> {
    reduce_lanes(a, axis, |l| {
        let mut p = T::one();
        for k in 0..l.len() {
            p = T::mul(p, l.get(k).acc());
        }
        Ok(p)
    })
}

pub fn mean_axis<T: Num, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<T::Mean, R>> {
    reduce_lanes(a, axis, |l| Ok(lane_mean(l)))
}

pub fn var_axis<T: Num, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64, ddof: i64, sqrt: bool) -> Result<NdArray<f64, R>> {
    reduce_lanes(a, axis, |l| {
        let v = lane_var(l, ddof);
        Ok(if sqrt { v.sqrt() } else { v })
    })
}

pub fn min_axis<T: Ordered, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<T, R>> {
    reduce_lanes(a, axis, |l| lane_extreme(l, false))
}

pub fn max_axis<T: Ordered, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<T, R>> {
    reduce_lanes(a, axis, |l| lane_extreme(l, true))
}

pub fn argmin_axis<T: Ordered, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<i64, R>> {
    reduce_lanes(a, axis, |l| lane_arg(l, false))
}

pub fn argmax_axis<T: Ordered, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<i64, R>> {
    reduce_lanes(a, axis, |l| lane_arg(l, true))
}

/// Python's truth of an element (`any`/`all`, `count_nonzero`).
pub trait Truth: Element<Value = Self> {
    fn truth(self) -> bool;
}

impl Truth for bool {
    fn truth(self) -> bool {
        self
    }
}
impl Truth for i64 {
    fn truth(self) -> bool {
        self != 0
    }
}
impl Truth for f64 {
    fn truth(self) -> bool {
        self != 0.0
    }
}
impl Truth for Complex64 {
    fn truth(self) -> bool {
        self.re != 0.0 || self.im != 0.0
    }
}

pub fn any_axis<T: Truth, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<bool, R>> {
    reduce_lanes(a, axis, |l| Ok((0..l.len()).any(|k| l.get(k).truth())))
}

pub fn all_axis<T: Truth, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<bool, R>> {
    reduce_lanes(a, axis, |l| Ok((0..l.len()).all(|k| l.get(k).truth())))
}

pub fn count_nonzero_axis<T: Truth, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<i64, R>> {
    reduce_lanes(a, axis, |l| Ok((0..l.len()).filter(|&k| l.get(k).truth()).count() as i64))
}

/// `np.count_nonzero(a)`
pub fn count_nonzero<T: Truth, const D: usize>(a: &NdArray<T, D>) -> i64 {
    let mut n = 0i64;
    for_each_index(a.shape(), |idx| {
        // SAFETY: in-bounds positions.
        if unsafe { a.at(idx) }.truth() {
            n += 1;
        }
    });
    n
}

/// `a.var(ddof=...)` / `a.std()` of the whole array.
pub fn var_all<T: Num, const D: usize>(a: &NdArray<T, D>, ddof: i64, sqrt: bool) -> f64 {
    let v = a.to_vec();
    let n = v.len();
    let mean = T::mean_div(T::mean_sum(n, |k| v[k].mean_val()), n);
    let s = pairwise(n, |k| v[k].dev2(mean));
    let r = s / (n as i64 - ddof).max(0) as f64;
    if sqrt {
        r.sqrt()
    } else {
        r
    }
}

/// `a.cumsum()` / `a.cumprod()` without an axis: the running result over the elements in C order.
pub fn cum_flat<T: Num, const D: usize>(a: &NdArray<T, D>, prod: bool) -> NdArray<T::Acc, 1> {
    let mut acc = if prod { T::one() } else { T::zero() };
    let mut out = Vec::with_capacity(a.size());
    for_each_index(a.shape(), |idx| {
        // SAFETY: in-bounds positions.
        let x = unsafe { a.at(idx) }.acc();
        acc = if prod { T::mul(acc, x) } else { T::add(acc, x) };
        out.push(acc);
    });
    NdArray::from_vec([out.len()], out)
}

/// `a.cumsum(axis=k)` / `a.cumprod(axis=k)`: the running result along one axis, same shape.
pub fn cum_axis<T: Num, const D: usize>(a: &NdArray<T, D>, axis: i64, prod: bool) -> Result<NdArray<T::Acc, D>> {
    let ax = axis_index(axis, D)?;
    let shape = a.shape();
    let out: NdArray<T::Acc, D> = NdArray::uninit(shape);
    // C order visits the previous element along the axis before each element
    for_each_index(shape, |idx| {
        // SAFETY: in-bounds positions of two arrays of the same shape; the previous position
        // along the axis was written already.
        unsafe {
            let x = a.at(idx).acc();
            let v = if idx[ax] == 0 {
                x
            } else {
                let mut p = idx;
                p[ax] -= 1;
                let prev = out.at(p);
                if prod {
                    T::mul(prev, x)
                } else {
                    T::add(prev, x)
                }
            };
            out.put(idx, v);
        }
    });
    Ok(out)
}

/// `a` with the axes `axes` moved to the end and merged into one (`K = D - len(axes) + 1`
/// dimensions, a copy): a reduction over a tuple of axes is then one along the last axis.
pub fn merge_axes<T: Element, const D: usize, const K: usize, const M: usize>(a: &NdArray<T, D>, axes: [i64; M]) -> Result<NdArray<T, K>> {
    debug_assert_eq!(K + M, D + 1);
    let mut reduced = [false; D];
    for &ax in &axes {
        let j = axis_index(ax, D)?;
        if reduced[j] {
            return Err(Error::Value("duplicate value in 'axis'"));
        }
        reduced[j] = true;
    }
    let order: Vec<usize> = (0..D).filter(|d| !reduced[*d]).chain(axes.iter().map(|&ax| axis_index(ax, D).unwrap_or(0))).collect();
    let mut shape = [0usize; D];
    let mut strides = [0isize; D];
    for (k, &d) in order.iter().enumerate() {
        shape[k] = a.shape()[d];
        strides[k] = a.strides()[d];
    }
    // SAFETY: a permutation of the axes covers the same elements.
    let moved = unsafe { a.relayout(shape, strides) };
    let mut out = [1usize; K];
    out[..K - 1].copy_from_slice(&shape[..K - 1]);
    out[K - 1] = shape[K - 1..].iter().product();
    Ok(NdArray::from_vec(out, moved.to_vec()))
}

/// A reduction's result `r` with the reduced `axes` (all of them when empty) put back as
/// axes of length 1 (`keepdims=True`); `R` + number of reduced axes = `D`.
pub fn keep_dims<T: Element, const R: usize, const D: usize, const M: usize>(r: NdArray<T, R>, axes: [i64; M]) -> NdArray<T, D> {
    let mut reduced = [M == 0; D];
    for &ax in &axes {
        if let Ok(j) = axis_index(ax, D) {
            reduced[j] = true;
        }
    }
    let mut shape = [1usize; D];
    let mut strides = [0isize; D];
    let mut k = 0;
    for d in 0..D {
        if !reduced[d] && k < R {
            shape[d] = r.shape()[k];
            strides[d] = r.strides()[k];
            k += 1;
        }
    }
    // SAFETY: the same elements; the added axes have length 1.
    unsafe { r.relayout(shape, strides) }
}

/// The element of a 0-D result (a reduction of a 1-D array along its axis).
pub fn item0<T: Element>(a: NdArray<T, 0>) -> T::Value {
    // SAFETY: a 0-D array has exactly one element.
    unsafe { a.at([]) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_along_axes() {
        let a = NdArray::<i64, 2>::from_vec([2, 3], vec![1, 2, 3, 4, 5, 6]);
        let s0: NdArray<i64, 1> = sum_axis(&a, 0).unwrap();
        assert_eq!(s0.to_vec(), vec![5, 7, 9]);
        let s1: NdArray<i64, 1> = sum_axis(&a, -1).unwrap();
        assert_eq!(s1.to_vec(), vec![6, 15]);
        assert!(matches!(sum_axis::<i64, 2, 1>(&a, 2).err().unwrap().kind(), crate::error::ErrorKind::Axis(_)));
        let m: NdArray<i64, 1> = argmax_axis(&a, 1).unwrap();
        assert_eq!(m.to_vec(), vec![2, 2]);
        let c = cum_axis(&a, 0, false).unwrap();
        assert_eq!(c.to_vec(), vec![1, 2, 3, 5, 7, 9]);
        assert_eq!(cum_flat(&a, true).to_vec(), vec![1, 2, 6, 24, 120, 720]);
        for n in [0usize, 5, 8, 100, 128, 129, 1000, 4097] {
            let v: Vec<f64> = (0..n).map(|i| ((i * 7919) % 1000) as f64 * 1e-3 + 1e10 * ((i % 3) as f64 - 1.0)).collect();
            assert_eq!(pairwise_slice(&v).to_bits(), pairwise_sum(n, &mut |k| Ok(v[k])).unwrap().to_bits());
        }
        let f = NdArray::<f64, 1>::from_vec([4], vec![1.0, 2.0, 3.0, 4.0]);
        assert_eq!(var_all(&f, 0, false), 1.25);
        assert_eq!(item0(var_axis::<f64, 1, 0>(&f, 0, 1, false).unwrap()), 5.0 / 3.0);
    }
}
