//! Reductions along one axis (`a.sum(axis=k)`, `np.argmax(a, axis=-1)`), `std`/`var` and the
//! cumulative `cumsum`/`cumprod`, with numpy's result types: bool and int64 sum to int64,
//! means are float64 (complex128 for complex), `argmin`/`argmax` give int64 positions.
//!
//! Every function takes the array with `D` dimensions and gives `R = D - 1` (the compiler
//! passes both: Rust's const generics cannot compute `D - 1`). A lane is the run of elements
//! along the reduced axis for one position of the others.

use super::element::Element;
use super::ndarray::{for_each_index, NdArray};
use super::reduce::{
    empty_reduction, fmax_nan, fmin_nan, pairwise_blocks, pairwise_sum, pairwise_sum32, pairwise_sum_complex,
    pairwise_sum_complex32,
};
use crate::error::{Error, Result};
use num_complex::{Complex32, Complex64};
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

    /// The lane of `a` along axis `ax` through the position `base` (`base[ax]` is 0).
    ///
    /// # Safety
    /// `base` is inside `a`'s shape on every other axis.
    #[inline(always)]
    pub unsafe fn of<const D: usize>(a: &NdArray<T, D>, base: [usize; D], ax: usize) -> Self {
        let strides = a.strides();
        let mut off = 0isize;
        for d in 0..D {
            off += base[d] as isize * strides[d];
        }
        Lane { ptr: a.data_ptr().offset(off), len: a.shape()[ax], stride: strides[ax], _t: PhantomData }
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

/// The shape and strides of the axes other than `ax` (the positions of a reduction's result).
fn without_axis<const D: usize, const R: usize>(
    shape: [usize; D],
    strides: [isize; D],
    ax: usize,
) -> ([usize; R], [isize; R]) {
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
    (out_shape, out_strides)
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
    let (out_shape, out_strides) = without_axis::<D, R>(shape, strides, ax);
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
        let lane =
            Lane { ptr: unsafe { a.data_ptr().offset(off) }, len: shape[ax], stride: strides[ax], _t: PhantomData };
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
    fn mean_add(a: Self::Mean, b: Self::Mean) -> Self::Mean;
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
/// that the 8 partial sums vectorise; a NaN result redone for numpy's sign of it
/// ([`super::nan_sum`]).
pub fn pairwise_slice(v: &[f64]) -> f64 {
    let s = pairwise_slice_fast(v);
    if s.is_nan() {
        return super::nan_sum::pairwise_nan(0, v.len(), &mut |k| Ok(v[k]), 0).unwrap_or(s);
    }
    s
}

fn pairwise_slice_fast(v: &[f64]) -> f64 {
    let n = v.len();
    if n <= 128 {
        super::reduce::pairwise_block(v)
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        pairwise_slice_fast(&v[..n2]) + pairwise_slice_fast(&v[n2..])
    }
}

#[inline(always)]
fn pairwise(n: usize, mut f: impl FnMut(usize) -> f64) -> f64 {
    pairwise_sum(n, &mut |k| Ok(f(k))).unwrap_or(f64::NAN)
}

fn pairwise_c(n: usize, mut f: impl FnMut(usize) -> Complex64) -> Complex64 {
    pairwise_sum_complex(n, &mut |k| Ok(f(k))).unwrap_or(Complex64::new(f64::NAN, f64::NAN))
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
    fn mean_add(a: f64, b: f64) -> f64 {
        a + b
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
    fn mean_add(a: f64, b: f64) -> f64 {
        a + b
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
    fn mean_add(a: f64, b: f64) -> f64 {
        a + b
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
    fn mean_add(a: Complex64, b: Complex64) -> Complex64 {
        a + b
    }
    /// numpy divides by `n + 0j` (Smith's division: a multiplication by `1/n`)
    fn mean_div(s: Complex64, n: usize) -> Complex64 {
        crate::numpy::scalar::divide_complex(s, Complex64::new(n as f64, 0.0))
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

/// How numpy adds up a lane: pairwise when the lane runs along the innermost axis in memory
/// (its inner loop is the reduction), otherwise one element after the other (its inner loop
/// runs over the other axes and adds row after row).
#[derive(Clone, Copy, PartialEq)]
enum Order {
    Pairwise,
    Sequential,
}

/// numpy's order for a reduction over axis `ax`: the iterator puts the axis with the smallest
/// |stride| innermost (axes of length 1 do not count; on ties the later axis is inner).
fn order_along<const D: usize>(shape: [usize; D], strides: [isize; D], ax: usize) -> Order {
    let inner = (0..D).filter(|&d| shape[d] > 1).min_by_key(|&d| (strides[d].unsigned_abs(), usize::MAX - d));
    match inner {
        Some(d) if d != ax && shape[ax] > 1 => Order::Sequential,
        _ => Order::Pairwise,
    }
}

fn lane_sum<T: Num>(l: Lane<T>, order: Order) -> T::Acc {
    if order == Order::Sequential {
        return (0..l.len()).fold(T::zero(), |s, k| T::add(s, l.get(k).acc()));
    }
    if l.stride == std::mem::size_of::<T::Storage>() as isize
        && (l.ptr as usize) % std::mem::align_of::<T::Storage>() == 0
    {
        // SAFETY: a contiguous, aligned lane of `len` elements.
        if let Some(s) = unsafe { T::sum_contiguous(l.ptr, l.len) } {
            return s;
        }
    }
    T::sum_lane(l.len(), |k| l.get(k).acc())
}

fn lane_mean<T: Num>(l: Lane<T>, order: Order) -> T::Mean {
    if std::any::TypeId::of::<T>() == std::any::TypeId::of::<f64>()
        || std::any::TypeId::of::<T>() == std::any::TypeId::of::<Complex64>()
    {
        // float64, complex128: the mean is the sum (same type) over the count
        let s = lane_sum(l, order);
        // SAFETY: T is f64 or Complex64, whose Acc and Mean are T.
        let s: T::Mean = unsafe { std::mem::transmute_copy(&s) };
        return T::mean_div(s, l.len());
    }
    let s = T::mean_sum(l.len(), |k| l.get(k).mean_val());
    T::mean_div(s, l.len())
}

/// numpy's `var`: the mean (kept as an array), the squared deviations as a new array in the
/// same memory order, their sum in the same order as the mean's, over the count.
fn lane_var<T: Num>(l: Lane<T>, ddof: i64, order: Order) -> f64 {
    let mean = lane_mean(l, order);
    let s = match order {
        Order::Pairwise => pairwise(l.len(), |k| l.get(k).dev2(mean)),
        Order::Sequential => (0..l.len()).fold(0.0, |s, k| s + l.get(k).dev2(mean)),
    };
    let count = (l.len() as i64 - ddof).max(0);
    s / count as f64
}

fn lane_extreme<T: Ordered>(l: Lane<T>, max: bool, order: Order) -> Result<T::Value> {
    if l.is_empty() {
        return Err(empty_reduction(if max { "maximum" } else { "minimum" }));
    }
    let mut acc = l.get(0);
    for k in 1..l.len() {
        let x = l.get(k);
        acc = if max { T::maximum(acc, x) } else { T::minimum(acc, x) };
    }
    if std::any::TypeId::of::<T>() == std::any::TypeId::of::<f64>() {
        // SAFETY: T is f64
        let r: f64 = unsafe { std::mem::transmute_copy(&acc) };
        if r == 0.0 {
            // which zero (of `0.0`, `-0.0`) is numpy's: its loop's order decides
            let get = |k: usize| -> f64 { unsafe { std::mem::transmute_copy(&l.get(k)) } };
            let contiguous = l.stride == 8;
            let r = super::reduce::extreme_lane(l.len(), get, order == Order::Pairwise, contiguous, max);
            // SAFETY: T is f64
            return Ok(unsafe { std::mem::transmute_copy(&r) });
        }
    }
    Ok(acc)
}

fn lane_arg<T: Ordered>(l: Lane<T>, max: bool) -> Result<i64> {
    if l.is_empty() {
        return Err(Error::Value(format!(
            "attempt to get {} of an empty sequence",
            if max { "argmax" } else { "argmin" }
        )));
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

/// numpy's order for a reduction of `a` over `axis` (any valid axis; errors come later).
fn order_of<T: Element, const D: usize>(a: &NdArray<T, D>, axis: i64) -> Order {
    match axis_index(axis, D) {
        Ok(ax) => order_along(a.shape(), a.strides(), ax),
        Err(_) => Order::Pairwise,
    }
}

pub fn sum_axis<T: Num, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<T::Acc, R>> {
    let order = order_of(a, axis);
    if order == Order::Sequential {
        // each lane one element after the other, as numpy adds them: all lanes a step at a
        // time (memory order) instead of lane after lane across the memory
        let ax = axis_index(axis, D)?;
        let (shape, mut acc) = fold_across::<T, T::Acc, D, R>(a, ax, T::zero(), |_, s, x| T::add(s, x.acc()));
        outer_nans::<T, D>(a, ax, &mut acc);
        return Ok(NdArray::from_vec(shape, acc));
    }
    reduce_lanes(a, axis, |l| Ok(lane_sum(l, order)))
}

/// numpy's sign of the NaNs of float64 matrices' sequential sums ([`super::nan_sum`]).
fn outer_nans<T: Num, const D: usize>(a: &NdArray<T, D>, ax: usize, acc: &mut [T::Acc]) {
    if D == 2 && std::any::TypeId::of::<T>() == std::any::TypeId::of::<f64>() {
        // SAFETY: T is f64 (whose Acc is f64) and D is 2
        let (a, acc) = unsafe {
            (&*(a as *const NdArray<T, D> as *const NdArray<f64, 2>), &mut *(acc as *mut [T::Acc] as *mut [f64]))
        };
        super::nan_sum::outer_axis_nans(a, ax, acc, |x| x, 8);
    }
}

/// For a reduction whose lanes numpy adds one element after the other (the reduced axis is
/// not the innermost in memory): `acc[i] = step(i, acc[i], x)` for the `k`-th element `x` of
/// every lane `i` (lanes in C order of the other axes), for `k` along the axis — numpy's own
/// loop order, the same sequential sum per lane, reading the memory in order.
fn fold_across<T: Element, A: Copy, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    ax: usize,
    init: A,
    mut step: impl FnMut(usize, A, T::Value) -> A,
) -> ([usize; R], Vec<A>) {
    debug_assert_eq!(R + 1, D);
    let (shape, strides) = (a.shape(), a.strides());
    let (out_shape, out_strides) = without_axis::<D, R>(shape, strides, ax);
    let n: usize = out_shape.iter().product();
    let mut acc = vec![init; n];
    for j in 0..shape[ax] {
        // SAFETY: `j` is within the axis
        let base = unsafe { a.data_ptr().offset(j as isize * strides[ax]) };
        let mut i = 0;
        for_each_index(out_shape, |idx| {
            let mut off = 0isize;
            for d in 0..R {
                off += idx[d] as isize * out_strides[d];
            }
            // SAFETY: an in-bounds position of `a`; `i < n`, the lane's number
            let x = unsafe { T::load(std::ptr::read_unaligned(base.offset(off) as *const T::Storage)) };
            acc[i] = step(i, acc[i], x);
            i += 1;
        });
    }
    (out_shape, acc)
}

/// Sums of fused element-wise expressions along an axis, as numpy sums the temporary of
/// this element type: a lane's values (the sized convention: float32 values as f64) summed
/// in numpy's order, with elements that may fail (`a // b` of ints).
pub trait LaneSum: Element {
    /// numpy's sum of a lane its inner loop runs along (pairwise for floats)
    fn lane_sum_try(n: usize, f: &mut impl FnMut(usize) -> Result<Self::Value>) -> Result<Self::Value>;
    /// numpy's sum of a lane across its inner loop: one element after the other
    fn lane_fold_try(n: usize, f: &mut impl FnMut(usize) -> Result<Self::Value>) -> Result<Self::Value>;
}

/// The mean of a fused lane sum (float and complex types).
pub trait LaneMean: LaneSum {
    fn lane_mean(s: Self::Value, n: usize) -> Self::Value;
}

macro_rules! lane_sum {
    ($t:ty, $acc:ty, $zero:expr, $to:expr, $from:expr, $pairwise:path) => {
        impl LaneSum for $t {
            #[inline(always)]
            fn lane_sum_try(n: usize, f: &mut impl FnMut(usize) -> Result<Self::Value>) -> Result<Self::Value> {
                Ok($from($pairwise(n, &mut |k| Ok($to(f(k)?)))?))
            }
            #[inline(always)]
            fn lane_fold_try(n: usize, f: &mut impl FnMut(usize) -> Result<Self::Value>) -> Result<Self::Value> {
                let mut s: $acc = $zero;
                for k in 0..n {
                    s += $to(f(k)?);
                }
                Ok($from(s))
            }
        }
    };
}

lane_sum!(f64, f64, 0.0, |x| x, |s| s, pairwise_sum);
lane_sum!(Complex64, Complex64, Complex64::new(0.0, 0.0), |x| x, |s| s, pairwise_sum_complex);
lane_sum!(f32, f32, 0.0f32, |x: f64| x as f32, |s: f32| s as f64, pairwise_sum32);
lane_sum!(Complex32, Complex32, Complex32::new(0.0, 0.0), c32, c64, pairwise_sum_complex32);

impl LaneSum for i64 {
    #[inline(always)]
    fn lane_sum_try(n: usize, f: &mut impl FnMut(usize) -> Result<i64>) -> Result<i64> {
        Self::lane_fold_try(n, f)
    }
    #[inline(always)]
    fn lane_fold_try(n: usize, f: &mut impl FnMut(usize) -> Result<i64>) -> Result<i64> {
        let mut s = 0i64;
        for k in 0..n {
            s = s.wrapping_add(f(k)?);
        }
        Ok(s)
    }
}

impl LaneMean for f64 {
    fn lane_mean(s: f64, n: usize) -> f64 {
        s / n as f64
    }
}

impl LaneMean for Complex64 {
    fn lane_mean(s: Complex64, n: usize) -> Complex64 {
        <Complex64 as Num>::mean_div(s, n)
    }
}

impl LaneMean for f32 {
    fn lane_mean(s: f64, n: usize) -> f64 {
        (s as f32 / n as f32) as f64
    }
}

impl LaneMean for Complex32 {
    fn lane_mean(s: Complex64, n: usize) -> Complex64 {
        mean_c32(c32(s), n)
    }
}

/// `e.sum(axis)` of an element-wise expression `e` without making `e`: `shape` is its
/// (broadcast) shape and `order` numpy's K order for its operands — the temporary numpy would
/// make is contiguous in that order, which decides whether numpy adds a lane pairwise or one
/// element after the other (see [`order_along`]); `lane(base, ax, len, pairwise)` sums the
/// lane through `base` (`base[ax]` = 0) in that order. The sums are numpy's to the last bit.
pub fn sum_axis_of<T: LaneSum, const D: usize, const R: usize>(
    shape: [usize; D],
    order: [usize; D],
    axis: i64,
    lane: impl FnMut([usize; D], usize, usize, bool) -> Result<T::Value>,
) -> Result<NdArray<T, R>> {
    let (out_shape, out, _) = lane_sums_of::<T, D, R>(shape, order, axis, lane)?;
    Ok(NdArray::from_vec(out_shape, out))
}

/// Whether numpy adds the lanes along `ax` of the temporary of an expression of `shape`,
/// laid out contiguously in `order` (its K order, outermost first), pairwise.
pub(crate) fn sums_pairwise<const D: usize>(shape: [usize; D], order: [usize; D], ax: usize) -> bool {
    // the strides of numpy's temporary: contiguous in `order` (outermost first)
    let mut tstrides = [0isize; D];
    let mut step = 1isize;
    for &d in order.iter().rev() {
        tstrides[d] = step;
        step *= shape[d].max(1) as isize;
    }
    order_along(shape, tstrides, ax) == Order::Pairwise
}

/// The sums of [`sum_axis_of`]: the result's shape, its values in C order, the lane length.
fn lane_sums_of<T: LaneSum, const D: usize, const R: usize>(
    shape: [usize; D],
    order: [usize; D],
    axis: i64,
    mut lane: impl FnMut([usize; D], usize, usize, bool) -> Result<T::Value>,
) -> Result<([usize; R], Vec<T::Value>, usize)> {
    debug_assert_eq!(R + 1, D);
    let ax = axis_index(axis, D)?;
    let pairwise = sums_pairwise(shape, order, ax);
    let mut out_shape = [0usize; R];
    let mut k = 0;
    for (d, &n) in shape.iter().enumerate() {
        if d != ax {
            out_shape[k] = n;
            k += 1;
        }
    }
    let len = shape[ax];
    let mut out: Vec<T::Value> = Vec::with_capacity(out_shape.iter().product());
    let mut err = None;
    for_each_index(out_shape, |o| {
        if err.is_some() {
            return;
        }
        let mut base = [0usize; D];
        let mut k = 0;
        for (d, b) in base.iter_mut().enumerate() {
            if d != ax {
                *b = o[k];
                k += 1;
            }
        }
        match lane(base, ax, len, pairwise) {
            Ok(s) => out.push(s),
            Err(e) => err = Some(e),
        }
    });
    match err {
        Some(e) => Err(e),
        None => Ok((out_shape, out, len)),
    }
}

/// `e.mean(axis)` of an element-wise float or complex expression (see [`sum_axis_of`]).
pub fn mean_axis_of<T: LaneMean, const D: usize, const R: usize>(
    shape: [usize; D],
    order: [usize; D],
    axis: i64,
    lane: impl FnMut([usize; D], usize, usize, bool) -> Result<T::Value>,
) -> Result<NdArray<T, R>> {
    let (out_shape, out, len) = lane_sums_of::<T, D, R>(shape, order, axis, lane)?;
    Ok(NdArray::from_vec(out_shape, out.into_iter().map(|x| T::lane_mean(x, len)).collect()))
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
    let order = order_of(a, axis);
    if order == Order::Sequential && std::any::TypeId::of::<T>() == std::any::TypeId::of::<f64>() {
        // float64: the sequential sums across the lanes (see `sum_axis`), over the count
        let ax = axis_index(axis, D)?;
        let len = a.shape()[ax];
        let (shape, mut acc) = fold_across::<T, T::Acc, D, R>(a, ax, T::zero(), |_, s, x| T::add(s, x.acc()));
        outer_nans::<T, D>(a, ax, &mut acc);
        // SAFETY: T is f64, whose Acc and Mean are f64
        let m = acc.into_iter().map(|s| T::mean_div(unsafe { std::mem::transmute_copy(&s) }, len)).collect();
        return Ok(NdArray::from_vec(shape, m));
    }
    reduce_lanes(a, axis, |l| Ok(lane_mean(l, order)))
}

pub fn var_axis<T: Num, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    axis: i64,
    ddof: i64,
    sqrt: bool,
) -> Result<NdArray<f64, R>> {
    let order = order_of(a, axis);
    if order == Order::Sequential && std::any::TypeId::of::<T>() == std::any::TypeId::of::<f64>() {
        // float64: the mean and the squared deviations summed across the lanes (see `sum_axis`)
        let ax = axis_index(axis, D)?;
        let len = a.shape()[ax];
        let (shape, sums) = fold_across::<T, T::Acc, D, R>(a, ax, T::zero(), |_, s, x| T::add(s, x.acc()));
        // SAFETY: T is f64, whose Acc and Mean are f64
        let means: Vec<T::Mean> =
            sums.into_iter().map(|s| T::mean_div(unsafe { std::mem::transmute_copy(&s) }, len)).collect();
        let (_, dev) = fold_across::<T, f64, D, R>(a, ax, 0.0, |i, s, x| s + x.dev2(means[i]));
        let count = (len as i64 - ddof).max(0) as f64;
        let v = dev.into_iter().map(|d| if sqrt { (d / count).sqrt() } else { d / count }).collect();
        return Ok(NdArray::from_vec(shape, v));
    }
    reduce_lanes(a, axis, |l| {
        let v = lane_var(l, ddof, order);
        Ok(if sqrt { v.sqrt() } else { v })
    })
}

pub fn min_axis<T: Ordered, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<T, R>> {
    let order = order_along(a.shape(), a.strides(), axis_index(axis, D)?);
    reduce_lanes(a, axis, |l| lane_extreme(l, false, order))
}

pub fn max_axis<T: Ordered, const D: usize, const R: usize>(a: &NdArray<T, D>, axis: i64) -> Result<NdArray<T, R>> {
    let order = order_along(a.shape(), a.strides(), axis_index(axis, D)?);
    reduce_lanes(a, axis, |l| lane_extreme(l, true, order))
}

pub fn argmin_axis<T: Ordered, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    axis: i64,
) -> Result<NdArray<i64, R>> {
    reduce_lanes(a, axis, |l| lane_arg(l, false))
}

pub fn argmax_axis<T: Ordered, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    axis: i64,
) -> Result<NdArray<i64, R>> {
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

pub fn count_nonzero_axis<T: Truth, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    axis: i64,
) -> Result<NdArray<i64, R>> {
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

/// How numpy's iterator lays out an array for a whole-array reduction: the axes longer than 1
/// ordered by |stride| (outermost first, ties in C order), neighbours merged where the outer
/// one steps exactly over the inner run; the innermost run (`len`, `stride`) and the
/// outer axes. `None` for an empty array.
struct MemoryLayout {
    len: usize,
    stride: isize,
    outer: Vec<(usize, isize)>,
}

fn memory_layout(shape: &[usize], strides: &[isize]) -> Option<MemoryLayout> {
    if shape.contains(&0) {
        return None;
    }
    let mut axes: Vec<(usize, isize)> =
        (0..shape.len()).filter(|&d| shape[d] > 1).map(|d| (shape[d], strides[d])).collect();
    axes.sort_by_key(|&(_, s)| std::cmp::Reverse(s.unsigned_abs()));
    let mut outer: Vec<(usize, isize)> = Vec::with_capacity(axes.len());
    for (n, s) in axes {
        match outer.last_mut() {
            Some(last) if last.1 == s * n as isize => *last = (last.0 * n, s),
            _ => outer.push((n, s)),
        }
    }
    let (len, stride) = outer.pop().unwrap_or((1, 0));
    Some(MemoryLayout { len, stride, outer })
}

/// `f` on each innermost run of `a` in numpy's iteration order (see [`memory_layout`]).
fn for_each_memory_lane<T: Element, const D: usize>(a: &NdArray<T, D>, m: &MemoryLayout, mut f: impl FnMut(Lane<T>)) {
    let mut idx = vec![0usize; m.outer.len()];
    loop {
        let off: isize = idx.iter().zip(&m.outer).map(|(&i, &(_, s))| i as isize * s).sum();
        // SAFETY: every index is within its axis, so the lane lies inside the array.
        f(Lane { ptr: unsafe { a.data_ptr().offset(off) }, len: m.len, stride: m.stride, _t: PhantomData });
        let mut d = m.outer.len();
        loop {
            if d == 0 {
                return;
            }
            d -= 1;
            idx[d] += 1;
            if idx[d] < m.outer[d].0 {
                break;
            }
            idx[d] = 0;
        }
    }
}

/// The elements numpy's buffered iterator copies at once (`np.getbufsize()`).
const NUMPY_BUFSIZE: usize = 8192;

/// `a.sum()` of a whole array (float64, complex128) in numpy's order: an array that is one
/// run in memory (C or Fortran order, a strided 1-D view) is summed pairwise in memory
/// order; any other is copied run by run into numpy's buffer (as many whole runs as fit in
/// 8192 elements, at least one), each buffer summed pairwise, the buffers one after the
/// other. (For views of 3 or more dimensions numpy may stop a buffer at an outer axis; the
/// sum then differs from numpy's in the last bits.)
pub fn sum_all<T: Num<Acc = T>, const D: usize>(a: &NdArray<T, D>) -> T {
    sum_in_numpy_order(a)
}

fn sum_in_numpy_order<T: Num, const D: usize>(a: &NdArray<T, D>) -> T::Acc {
    buffered_sum(
        a,
        T::zero(),
        T::add,
        |l| lane_sum(l, Order::Pairwise),
        |k, buf| T::sum_lane(k, |i| buf[i]),
        |x| x.acc(),
    )
}

/// The whole-array sum of `a` in numpy's order (see [`sum_all`]), with the accumulator type
/// `A`: `add` adds, `run` sums one run in memory pairwise, `pairwise` sums a buffer, `load`
/// converts an element.
fn buffered_sum<T: Element, A: Copy, const D: usize>(
    a: &NdArray<T, D>,
    zero: A,
    add: impl Fn(A, A) -> A,
    run: impl Fn(Lane<T>) -> A,
    pairwise: impl Fn(usize, &[A]) -> A,
    load: impl Fn(T::Value) -> A,
) -> A {
    let Some(m) = memory_layout(&a.shape(), &a.strides()) else { return zero };
    let mut s = zero;
    if m.outer.is_empty() {
        for_each_memory_lane(a, &m, |l| s = add(s, run(l)));
        return s;
    }
    let runs = (NUMPY_BUFSIZE / m.len).max(1);
    let mut buf: Vec<A> = Vec::with_capacity(runs * m.len);
    let mut count = 0;
    for_each_memory_lane(a, &m, |l| {
        buf.extend((0..l.len()).map(|k| load(l.get(k))));
        count += 1;
        if count == runs {
            s = add(s, pairwise(buf.len(), &buf));
            buf.clear();
            count = 0;
        }
    });
    if !buf.is_empty() {
        s = add(s, pairwise(buf.len(), &buf));
    }
    s
}

/// `a.prod()` of a whole array (float64, complex128): numpy multiplies one element after the
/// other in the array's memory order.
pub fn prod_all<T: Num<Acc = T>, const D: usize>(a: &NdArray<T, D>) -> T {
    let mut p = T::one();
    if let Some(m) = memory_layout(&a.shape(), &a.strides()) {
        for_each_memory_lane(a, &m, |l| p = (0..l.len()).fold(p, |p, k| T::mul(p, l.get(k))));
    }
    p
}

/// `a.mean()` of a whole array (float64, complex128), numpy's sum over the count.
pub fn mean_all<T: Num<Acc = T, Mean = T>, const D: usize>(a: &NdArray<T, D>) -> T {
    T::mean_div(sum_all(a), a.shape().iter().product())
}

/// The products `a * w` as numpy's `np.multiply(a, wgt)` makes them (a new C-order array).
fn weighted<const D: usize>(a: &NdArray<f64, D>, w: &NdArray<f64, D>) -> NdArray<f64, D> {
    let out: NdArray<f64, D> = NdArray::uninit(a.shape());
    for_each_index(a.shape(), |idx| {
        // SAFETY: `a`, `w` and `out` have the same shape (checked by the callers)
        unsafe { out.put(idx, a.at(idx) * w.at(idx)) };
    });
    out
}

/// `np.average(a, weights=w)` over the whole array (float64): numpy's `(a * w).sum() / w.sum()`.
pub fn average_all<const D: usize>(a: &NdArray<f64, D>, w: &NdArray<f64, D>) -> Result<f64> {
    if a.shape() != w.shape() {
        return Err(Error::Type("Axis must be specified when shapes of a and weights differ."));
    }
    let scl = sum_all(w);
    if scl == 0.0 {
        return Err(Error::ZeroDivision("Weights sum to zero, can't be normalized"));
    }
    Ok(sum_all(&weighted(a, w)) / scl)
}

/// `np.average(a, axis=k, weights=w)` (float64): `w` of the shape of `a`, or 1-D along `axis`
/// (numpy broadcasts it); numpy's `(a * w).sum(axis) / w.sum(axis)`.
pub fn average_axis<const D: usize, const R: usize, const W: usize>(
    a: &NdArray<f64, D>,
    w: &NdArray<f64, W>,
    axis: i64,
) -> Result<NdArray<f64, R>> {
    let ax = axis_index(axis, D)?;
    let full: NdArray<f64, D> = if W == D && a.shape()[..] == w.shape()[..] {
        w.broadcast_to(a.shape())?
    } else if W != 1 {
        return Err(Error::Type("1D weights expected when shapes of a and weights differ."));
    } else if w.shape()[0] != a.shape()[ax] {
        return Err(Error::Value("Length of weights not compatible with specified axis."));
    } else {
        let out: NdArray<f64, D> = NdArray::uninit(a.shape());
        for_each_index(a.shape(), |idx| {
            let mut k = [0usize; W];
            k[0] = idx[ax];
            // SAFETY: idx[ax] < w.shape[0] (checked), idx inside `out`
            unsafe { out.put(idx, w.at(k)) };
        });
        out
    };
    let scl: NdArray<f64, R> = sum_axis(&full, axis)?;
    let mut zero = false;
    for_each_index(scl.shape(), |idx| {
        // SAFETY: in bounds
        zero |= unsafe { scl.at(idx) } == 0.0;
    });
    if zero {
        return Err(Error::ZeroDivision("Weights sum to zero, can't be normalized"));
    }
    let num: NdArray<f64, R> = sum_axis(&weighted(a, &full), axis)?;
    for_each_index(num.shape(), |idx| {
        // SAFETY: num and scl have the same shape
        unsafe { num.put(idx, num.at(idx) / scl.at(idx)) };
    });
    Ok(num)
}

/// `a.var(ddof=...)` / `a.std()` of the whole array: the mean as `mean_all` gives it (for
/// float64 and complex128), the squared deviations (numpy makes them a new array in the
/// memory order of `a`) summed pairwise.
pub fn var_all<T: Num, const D: usize>(a: &NdArray<T, D>, ddof: i64, sqrt: bool) -> f64 {
    if std::any::TypeId::of::<T>() == std::any::TypeId::of::<f64>() && a.is_c_contiguous() {
        // SAFETY: T is f64 (Acc and Mean are f64), the array's elements one run in C order
        let r = unsafe {
            var_contiguous_f64(a.data_ptr() as *const f64, a.shape().iter().product(), ddof, || {
                let s = sum_in_numpy_order(a);
                std::mem::transmute_copy::<T::Acc, f64>(&s)
            })
        };
        return if sqrt { r.sqrt() } else { r };
    }
    let mut v = Vec::with_capacity(a.shape().iter().product());
    if let Some(m) = memory_layout(&a.shape(), &a.strides()) {
        for_each_memory_lane(a, &m, |l| v.extend((0..l.len()).map(|k| l.get(k))));
    }
    let n = v.len();
    let mean = if std::any::TypeId::of::<T>() == std::any::TypeId::of::<f64>()
        || std::any::TypeId::of::<T>() == std::any::TypeId::of::<Complex64>()
    {
        let s = sum_in_numpy_order(a);
        // SAFETY: T is f64 or Complex64, whose Acc and Mean are T.
        T::mean_div(unsafe { std::mem::transmute_copy(&s) }, n)
    } else {
        T::mean_div(T::mean_sum(n, |k| v[k].mean_val()), n)
    };
    let s = pairwise(n, |k| v[k].dev2(mean));
    let r = s / (n as i64 - ddof).max(0) as f64;
    if sqrt {
        r.sqrt()
    } else {
        r
    }
}

/// `var` of `n` contiguous float64 values at `p` (C order), `sum()` their sum as numpy adds
/// them: the squared deviations from the mean computed a block at a time and summed pairwise
/// (numpy's order), without the copy the general path makes.
///
/// # Safety
/// `p` points at `n` float64 values (any alignment).
unsafe fn var_contiguous_f64(p: *const f64, n: usize, ddof: i64, sum: impl FnOnce() -> f64) -> f64 {
    let mean = sum() / n as f64;
    let s = pairwise_blocks::<f64>(n, &mut |start, out: &mut [f64]| {
        for (t, o) in out.iter_mut().enumerate() {
            let d = std::ptr::read_unaligned(p.add(start + t)) - mean;
            *o = d * d;
        }
        Ok(())
    })
    .unwrap_or(f64::NAN);
    s / (n as i64 - ddof).max(0) as f64
}

// ---- float32: numpy reduces float32 arrays in float32 (pairwise along the innermost axis
// in memory, else row after row); the mean divides and `var` subtracts, squares and divides
// in float32 too. Values are passed as f64 holding float32 values (the sized convention).

fn sum32(n: usize, f: impl Fn(usize) -> f32, order: Order) -> f32 {
    match order {
        Order::Pairwise => pairwise_sum32(n, &mut |k| Ok(f(k))).unwrap_or(f32::NAN),
        Order::Sequential => (0..n).fold(0.0f32, |s, k| s + f(k)),
    }
}

fn lane_var32(l: Lane<f32>, ddof: i64, order: Order, sqrt: bool) -> f32 {
    let n = l.len();
    let mean = sum32(n, |k| l.get(k) as f32, order) / n as f32;
    let var = sum32(
        n,
        |k| {
            let d = l.get(k) as f32 - mean;
            d * d
        },
        order,
    ) / (n as i64 - ddof).max(0) as f32;
    if sqrt {
        var.sqrt()
    } else {
        var
    }
}

pub fn sum_axis_f32<const D: usize, const R: usize>(a: &NdArray<f32, D>, axis: i64) -> Result<NdArray<f32, R>> {
    let order = order_of(a, axis);
    let out = reduce_lanes::<f32, f32, D, R>(a, axis, |l| Ok(sum32(l.len(), |k| l.get(k) as f32, order) as f64))?;
    Ok(outer_nans_f32(a, axis, order, out))
}

pub fn mean_axis_f32<const D: usize, const R: usize>(a: &NdArray<f32, D>, axis: i64) -> Result<NdArray<f32, R>> {
    let order = order_of(a, axis);
    let out = reduce_lanes::<f32, f32, D, R>(a, axis, |l| {
        Ok((sum32(l.len(), |k| l.get(k) as f32, order) / l.len() as f32) as f64)
    })?;
    Ok(outer_nans_f32(a, axis, order, out))
}

/// numpy's sign of the NaNs of float32 matrices' sequential sums and means (a NaN sum's
/// mean is that NaN) ([`super::nan_sum`]).
fn outer_nans_f32<const D: usize, const R: usize>(
    a: &NdArray<f32, D>,
    axis: i64,
    order: Order,
    out: NdArray<f32, R>,
) -> NdArray<f32, R> {
    if D != 2 || order != Order::Sequential {
        return out;
    }
    let mut v: Vec<f32> = out.to_vec().into_iter().map(|x| x as f32).collect();
    if !v.iter().any(|x| x.is_nan()) {
        return out;
    }
    // SAFETY: D is 2
    let a2 = unsafe { &*(a as *const NdArray<f32, D> as *const NdArray<f32, 2>) };
    let Ok(ax) = axis_index(axis, D) else { return out };
    super::nan_sum::outer_axis_nans(a2, ax, &mut v, |x| x as f32, 16);
    NdArray::from_vec(out.shape(), v.into_iter().map(|x| x as f64).collect())
}

pub fn var_axis_f32<const D: usize, const R: usize>(
    a: &NdArray<f32, D>,
    axis: i64,
    ddof: i64,
    sqrt: bool,
) -> Result<NdArray<f32, R>> {
    let order = order_of(a, axis);
    reduce_lanes::<f32, f32, D, R>(a, axis, |l| Ok(lane_var32(l, ddof, order, sqrt) as f64))
}

/// `a.sum()` of a whole float32 array, in float32 in numpy's order (see [`sum_all`]).
pub fn sum_all_f32<const D: usize>(a: &NdArray<f32, D>) -> f64 {
    let run = |l: Lane<f32>| sum32(l.len(), |k| l.get(k) as f32, Order::Pairwise);
    buffered_sum(a, 0.0f32, |x, y| x + y, run, |n, buf| sum32(n, |k| buf[k], Order::Pairwise), |v| v as f32) as f64
}

pub fn mean_all_f32<const D: usize>(a: &NdArray<f32, D>) -> f64 {
    let n: usize = a.shape().iter().product();
    (sum_all_f32(a) as f32 / n as f32) as f64
}

/// `a.var()` / `a.std()` of a whole float32 array: the deviations from the float32 mean
/// (numpy makes them a new array in the memory order of `a`) squared and summed pairwise, all
/// in float32.
pub fn var_all_f32<const D: usize>(a: &NdArray<f32, D>, ddof: i64, sqrt: bool) -> f64 {
    let mean = mean_all_f32(a) as f32;
    let mut v: Vec<f32> = Vec::with_capacity(a.shape().iter().product());
    if let Some(m) = memory_layout(&a.shape(), &a.strides()) {
        for_each_memory_lane(a, &m, |l| v.extend((0..l.len()).map(|k| l.get(k) as f32)));
    }
    let n = v.len();
    let var = sum32(
        n,
        |k| {
            let d = v[k] - mean;
            d * d
        },
        Order::Pairwise,
    ) / (n as i64 - ddof).max(0) as f32;
    (if sqrt { var.sqrt() } else { var }) as f64
}

// ---- complex64: numpy sums complex64 arrays in float32 (its interleaved pairwise sum, or
// row after row).

fn c32(z: Complex64) -> Complex32 {
    Complex32::new(z.re as f32, z.im as f32)
}

fn c64(z: Complex32) -> Complex64 {
    Complex64::new(z.re as f64, z.im as f64)
}

fn sum_c32(n: usize, f: impl Fn(usize) -> Complex32, order: Order) -> Complex32 {
    match order {
        Order::Pairwise => pairwise_sum_complex32(n, &mut |k| Ok(f(k))).unwrap_or(Complex32::new(f32::NAN, f32::NAN)),
        Order::Sequential => (0..n).fold(Complex32::new(0.0, 0.0), |s, k| s + f(k)),
    }
}

/// numpy divides the complex64 sum by the count as an int64, which promotes to complex128:
/// the quotient is complex128's, rounded to complex64.
fn mean_c32(s: Complex32, n: usize) -> Complex64 {
    c64(c32(crate::numpy::scalar::divide_complex(c64(s), Complex64::new(n as f64, 0.0))))
}

pub fn sum_axis_c64<const D: usize, const R: usize>(
    a: &NdArray<Complex32, D>,
    axis: i64,
) -> Result<NdArray<Complex32, R>> {
    let order = order_of(a, axis);
    reduce_lanes::<Complex32, Complex32, D, R>(a, axis, |l| Ok(c64(sum_c32(l.len(), |k| c32(l.get(k)), order))))
}

pub fn mean_axis_c64<const D: usize, const R: usize>(
    a: &NdArray<Complex32, D>,
    axis: i64,
) -> Result<NdArray<Complex32, R>> {
    let order = order_of(a, axis);
    reduce_lanes::<Complex32, Complex32, D, R>(a, axis, |l| {
        Ok(mean_c32(sum_c32(l.len(), |k| c32(l.get(k)), order), l.len()))
    })
}

/// `a.sum()` of a whole complex64 array, in float32 in numpy's order (see [`sum_all`]).
pub fn sum_all_c64<const D: usize>(a: &NdArray<Complex32, D>) -> Complex64 {
    let run = |l: Lane<Complex32>| sum_c32(l.len(), |k| c32(l.get(k)), Order::Pairwise);
    let buf = |n: usize, b: &[Complex32]| sum_c32(n, |k| b[k], Order::Pairwise);
    c64(buffered_sum(a, Complex32::new(0.0, 0.0), |x, y| x + y, run, buf, c32))
}

pub fn mean_all_c64<const D: usize>(a: &NdArray<Complex32, D>) -> Complex64 {
    mean_c32(c32(sum_all_c64(a)), a.shape().iter().product())
}

/// `a.cumsum()` / `a.cumprod()` without an axis: the running result over the elements in C order.
pub fn cum_flat<T: Num, const D: usize>(a: &NdArray<T, D>, prod: bool) -> NdArray<T::Acc, 1> {
    let step = move |acc: T::Acc, x: T| if prod { T::mul(acc, x.acc()) } else { T::add(acc, x.acc()) };
    running_flat::<T, T::Acc, D>(a, if prod { T::one() } else { T::zero() }, step)
}

/// The running result `acc = step(acc, x)` over the elements of `a` in C order.
fn running_flat<T: Element, U: Element, const D: usize>(
    a: &NdArray<T, D>,
    init: U::Value,
    step: impl Fn(U::Value, T::Value) -> U::Value,
) -> NdArray<U, 1> {
    let mut acc = init;
    let n = a.size();
    // a new array (huge-page advice when large), written once in order through its pointer
    let out: NdArray<U, 1> = NdArray::uninit([n]);
    let p = out.data_ptr() as *mut U::Storage;
    if D == 1 {
        // one strided pointer (a reversed view too)
        let (base, s) = (a.data_ptr(), a.strides()[0]);
        for k in 0..n {
            // SAFETY: `k < n`, the length of the only axis; `k` within the new array
            unsafe {
                let x = T::load(std::ptr::read_unaligned(base.offset(k as isize * s) as *const T::Storage));
                acc = step(acc, x);
                std::ptr::write(p.add(k), U::store(acc));
            }
        }
    } else {
        let mut k = 0;
        for_each_index(a.shape(), |idx| {
            // SAFETY: in-bounds positions; the `k`-th of the `n` positions in C order
            unsafe {
                acc = step(acc, a.at(idx));
                std::ptr::write(p.add(k), U::store(acc));
            }
            k += 1;
        });
    }
    out
}

/// `a.cumsum(axis=k)` / `a.cumprod(axis=k)`: the running result along one axis, same shape.
pub fn cum_axis<T: Num, const D: usize>(a: &NdArray<T, D>, axis: i64, prod: bool) -> Result<NdArray<T::Acc, D>> {
    let step = move |acc: T::Acc, x: T| if prod { T::mul(acc, x.acc()) } else { T::add(acc, x.acc()) };
    running_axis::<T, T::Acc, D>(a, axis, |x| x.acc(), step)
}

/// The running result along `axis`: `first` of the first element, then `step(prev, x)`.
fn running_axis<T: Element, U: Element, const D: usize>(
    a: &NdArray<T, D>,
    axis: i64,
    first: impl Fn(T::Value) -> U::Value,
    step: impl Fn(U::Value, T::Value) -> U::Value,
) -> Result<NdArray<U, D>> {
    let ax = axis_index(axis, D)?;
    let shape = a.shape();
    let out: NdArray<U, D> = NdArray::uninit(shape);
    // C order visits the previous element along the axis before each element
    for_each_index(shape, |idx| {
        // SAFETY: in-bounds positions of two arrays of the same shape; the previous position
        // along the axis was written already.
        unsafe {
            let x = a.at(idx);
            let v = if idx[ax] == 0 {
                first(x)
            } else {
                let mut p = idx;
                p[ax] -= 1;
                step(out.at(p), x)
            };
            out.put(idx, v);
        }
    });
    Ok(out)
}

/// float32 `+` or `*` (values are f64 holding float32 values; the f64 result of two float32
/// values rounded to float32 is the float32 operation's result).
fn op32(prod: bool) -> impl Fn(f64, f64) -> f64 + Copy {
    move |x, y| (if prod { x * y } else { x + y }) as f32 as f64
}

/// `cumsum`/`cumprod` of a float32 array, in float32 as numpy computes them.
pub fn cum_flat_f32<const D: usize>(a: &NdArray<f32, D>, prod: bool) -> NdArray<f32, 1> {
    running_flat::<f32, f32, D>(a, if prod { 1.0 } else { 0.0 }, op32(prod))
}

pub fn cum_axis_f32<const D: usize>(a: &NdArray<f32, D>, axis: i64, prod: bool) -> Result<NdArray<f32, D>> {
    running_axis::<f32, f32, D>(a, axis, |x| x, op32(prod))
}

/// `prod` of a float32 array in float32: one element after the other (numpy multiplies in
/// order; over the whole array in its memory order).
pub fn prod_all_f32<const D: usize>(a: &NdArray<f32, D>) -> f64 {
    let mut p = 1.0;
    if let Some(m) = memory_layout(&a.shape(), &a.strides()) {
        for_each_memory_lane(a, &m, |l| p = (0..l.len()).fold(p, |p, k| op32(true)(p, l.get(k))));
    }
    p
}

pub fn prod_axis_f32<const D: usize, const R: usize>(a: &NdArray<f32, D>, axis: i64) -> Result<NdArray<f32, R>> {
    reduce_lanes::<f32, f32, D, R>(a, axis, |l| Ok((0..l.len()).fold(1.0, |p, k| op32(true)(p, l.get(k)))))
}

/// `a` with the axes `axes` moved to the end and merged into one (`K = D - len(axes) + 1`
/// dimensions, a copy): a reduction over a tuple of axes is then one along the last axis.
pub fn merge_axes<T: Element, const D: usize, const K: usize, const M: usize>(
    a: &NdArray<T, D>,
    axes: [i64; M],
) -> Result<NdArray<T, K>> {
    debug_assert_eq!(K + M, D + 1);
    let mut reduced = [false; D];
    for &ax in &axes {
        let j = axis_index(ax, D)?;
        if reduced[j] {
            return Err(Error::Value("duplicate value in 'axis'"));
        }
        reduced[j] = true;
    }
    let order: Vec<usize> =
        (0..D).filter(|d| !reduced[*d]).chain(axes.iter().map(|&ax| axis_index(ax, D).unwrap_or(0))).collect();
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
pub fn keep_dims<T: Element, const R: usize, const D: usize, const M: usize>(
    r: NdArray<T, R>,
    axes: [i64; M],
) -> NdArray<T, D> {
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
            let v: Vec<f64> =
                (0..n).map(|i| ((i * 7919) % 1000) as f64 * 1e-3 + 1e10 * ((i % 3) as f64 - 1.0)).collect();
            assert_eq!(pairwise_slice(&v).to_bits(), pairwise_sum(n, &mut |k| Ok(v[k])).unwrap().to_bits());
        }
        let f = NdArray::<f64, 1>::from_vec([4], vec![1.0, 2.0, 3.0, 4.0]);
        assert_eq!(var_all(&f, 0, false), 1.25);
        assert_eq!(item0(var_axis::<f64, 1, 0>(&f, 0, 1, false).unwrap()), 5.0 / 3.0);
    }
}
