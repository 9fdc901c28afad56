//! Linear algebra: `np.dot`/`np.matmul`/`@` of matrices and vectors, `outer`, `vdot`,
//! `linalg.norm`. float64 and complex128 products call numpy's own BLAS when it is loaded (see
//! `blas`: numpy's kernels, so numpy's speed and bits); otherwise float64 products run on the
//! `matrixmultiply` crate's cache-blocked SIMD GEMM (the kernel ndarray uses), split by rows
//! over the thread pool when large, and complex ones on plain loops.

use super::axis::Num;
use super::blas::{readable, BlasGemm, Operand};
use super::element::Element;
use super::ndarray::NdArray;
use super::shape::expand;
use crate::error::{Error, Result};
use num_complex::Complex64;

/// Element types with a matrix product.
pub trait Gemm: Element + Num<Acc = Self> {
    /// `c = a · b` for C-contiguous `c` (m × n, zeroed) and any-strided `a` (m × k), `b` (k × n).
    fn gemm(a: &NdArray<Self, 2>, b: &NdArray<Self, 2>, c: &NdArray<Self, 2>);
    /// `a · x` (`a`: m × n, both > 1) or, `trans`, `aᵀ · x`, as numpy computes it with BLAS's
    /// `gemv`; None where numpy has no such path (or its BLAS is not loaded).
    fn gemv(_a: &NdArray<Self, 2>, _x: &NdArray<Self, 1>, _trans: bool) -> Option<NdArray<Self, 1>> {
        None
    }
}

/// Plain loops (i, k, j) for the element types without a SIMD kernel.
fn gemm_loops<T: Num<Acc = T>>(a: &NdArray<T, 2>, b: &NdArray<T, 2>, c: &NdArray<T, 2>) {
    let [m, k] = a.shape();
    let n = b.shape()[1];
    for i in 0..m {
        for p in 0..k {
            // SAFETY: all positions are inside the three matrices.
            let x = unsafe { a.at([i, p]) };
            for j in 0..n {
                unsafe { c.put([i, j], T::add(c.at([i, j]), T::mul(x, b.at([p, j])))) };
            }
        }
    }
}

impl Gemm for i64 {
    fn gemm(a: &NdArray<i64, 2>, b: &NdArray<i64, 2>, c: &NdArray<i64, 2>) {
        gemm_loops(a, b, c)
    }
}

impl Gemm for Complex64 {
    fn gemm(a: &NdArray<Complex64, 2>, b: &NdArray<Complex64, 2>, c: &NdArray<Complex64, 2>) {
        // SAFETY: c is C-contiguous m × n (from `matmul`).
        if unsafe { numpy_gemm(a, b, c) } {
            return;
        }
        gemm_loops(a, b, c)
    }
}

/// `c = a · b` as numpy computes it when its BLAS is loaded (see `blas`): with BLAS (`syrk`
/// for a matrix times its own transpose), a matrix BLAS cannot read as it is copied first
/// (measured on numpy 2.4: `@`, `np.matmul` and `np.dot` all do). False when numpy's BLAS is
/// not there, or for vector shapes (numpy's `gemv`/`dot` paths), left to pyrs's own product.
///
/// # Safety
/// `c` is C-contiguous with `a`'s rows and `b`'s columns.
unsafe fn numpy_gemm<T: Element + BlasGemm>(a: &NdArray<T, 2>, b: &NdArray<T, 2>, c: &NdArray<T, 2>) -> bool {
    let [m, k] = a.shape();
    let n = b.shape()[1];
    if !super::blas::available() || m <= 1 || n <= 1 || k <= 1 {
        return false;
    }
    let size = std::mem::size_of::<T>() as isize;
    let operand = |x: &NdArray<T, 2>, rows: usize, cols: usize| {
        let s = x.strides();
        let aligned = (x.data_ptr() as usize) % std::mem::align_of::<T>() == 0;
        let o = Operand { ptr: x.data_ptr() as *const T, rs: s[0] / size, cs: s[1] / size };
        (aligned && s[0] % size == 0 && s[1] % size == 0 && readable(&o, rows, cols)).then_some(o)
    };
    let cp = c.data_ptr() as *mut T;
    if let (Some(oa), Some(ob)) = (operand(a, m, k), operand(b, k, n)) {
        if oa.ptr == ob.ptr && m == n && oa.rs == ob.cs && oa.cs == ob.rs {
            return T::syrk(&oa, cp, m, k);
        }
        return T::gemm(&oa, &ob, cp, m, k, n);
    }
    let a = if operand(a, m, k).is_some() { a.clone() } else { a.copy() };
    let b = if operand(b, k, n).is_some() { b.clone() } else { b.copy() };
    match (operand(&a, m, k), operand(&b, k, n)) {
        (Some(oa), Some(ob)) => T::gemm(&oa, &ob, cp, m, k, n),
        _ => false,
    }
}

/// Element strides of a float64 matrix, or None when a byte stride is not a whole element.
fn elem_strides(a: &NdArray<f64, 2>) -> Option<(isize, isize)> {
    let s = a.strides();
    if s[0] % 8 == 0 && s[1] % 8 == 0 && (a.data_ptr() as usize) % 8 == 0 {
        Some((s[0] / 8, s[1] / 8))
    } else {
        None
    }
}

/// A float64 vector as numpy hands it to BLAS (`cblas_matrixproduct`'s `_bad_strides`): itself,
/// or a contiguous copy when its stride is negative, not a whole number of elements, or 0.
fn blas_vector(x: &NdArray<f64, 1>) -> NdArray<f64, 1> {
    let s = x.strides()[0];
    let ok = (x.data_ptr() as usize) % 8 == 0 && s % 8 == 0 && (s > 0 || x.shape()[0] <= 1);
    if ok {
        x.clone()
    } else {
        x.copy()
    }
}

impl Gemm for f64 {
    fn gemv(a: &NdArray<f64, 2>, x: &NdArray<f64, 1>, trans: bool) -> Option<NdArray<f64, 1>> {
        let [m, n] = a.shape();
        if !super::blas::available() || m <= 1 || n <= 1 {
            return None;
        }
        let s = a.strides();
        let aligned = (a.data_ptr() as usize) % 8 == 0;
        let c_order = aligned && s[1] == 8 && s[0] == 8 * n as isize;
        let f_order = aligned && s[0] == 8 && s[1] == 8 * m as isize;
        // a matrix in neither order is copied (C order), as numpy copies it
        let a = if c_order || f_order { a.clone() } else { a.copy() };
        let x = blas_vector(x);
        let out_len = if trans { n } else { m };
        let out = NdArray::<f64, 1>::full([out_len], 0.0);
        let incx = if x.shape()[0] <= 1 { 1 } else { x.strides()[0] / 8 };
        // SAFETY: `a` is m × n in the order given, `x` has the length checked by the caller
        // at stride `incx`, `out` is a new contiguous vector of the result's length.
        unsafe {
            super::blas::dgemv(
                a.data_ptr() as *const f64,
                m,
                n,
                f_order && !c_order,
                trans,
                x.data_ptr() as *const f64,
                incx,
                out.data_ptr() as *mut f64,
            )?;
        }
        Some(out)
    }

    fn gemm(a: &NdArray<f64, 2>, b: &NdArray<f64, 2>, c: &NdArray<f64, 2>) {
        // SAFETY: c is C-contiguous m × n (from `matmul`).
        if unsafe { numpy_gemm(a, b, c) } {
            return;
        }
        let a = if elem_strides(a).is_some() { a.clone() } else { a.copy() };
        let b = if elem_strides(b).is_some() { b.clone() } else { b.copy() };
        let [m, k] = a.shape();
        let n = b.shape()[1];
        if m == 0 || n == 0 || k == 0 {
            return;
        }
        let (rsa, csa) = elem_strides(&a).unwrap_or((k as isize, 1));
        let (rsb, csb) = elem_strides(&b).unwrap_or((n as isize, 1));
        let (ap, bp, cp) = (a.data_ptr() as usize, b.data_ptr() as usize, c.data_ptr() as usize);
        // rows of the result on the pool's threads, one slab each, when the product is large
        let threads = if m * n * k >= 1 << 21 {
            crate::support::parallel::default_threads().min(m.div_ceil(32)).max(1)
        } else {
            1
        };
        let min_rows = m.div_ceil(threads);
        let run = |lo: usize, hi: usize| -> Result<()> {
            // SAFETY: rows lo..hi of a and c, all of b: inside the matrices (strides from the
            // arrays themselves); slabs of c written by different threads do not overlap.
            unsafe {
                matrixmultiply::dgemm(
                    hi - lo,
                    k,
                    n,
                    1.0,
                    (ap as *const f64).offset(lo as isize * rsa),
                    rsa,
                    csa,
                    bp as *const f64,
                    rsb,
                    csb,
                    0.0,
                    (cp as *mut f64).add(lo * n),
                    n as isize,
                    1,
                );
            }
            Ok(())
        };
        if threads > 1 {
            let _ = crate::support::parallel::for_chunks(m, min_rows, run);
        } else {
            let _ = run(0, m);
        }
    }
}

#[cold]
fn not_aligned(a: &[usize], b: &[usize], da: usize, db: usize, dot: bool) -> Error {
    let fmt = |s: &[usize]| {
        if s.len() == 1 {
            format!("({},)", s[0])
        } else {
            format!("({})", s.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","))
        }
    };
    if dot {
        Error::Value(format!(
            "shapes {} and {} not aligned: {} (dim {}) != {} (dim {})",
            fmt(a),
            fmt(b),
            a[da],
            da,
            b[db],
            db
        ))
    } else {
        Error::Value(format!(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size {} is different from {})",
            b[db], a[da]
        ))
    }
}

/// `a @ b` / `np.dot(a, b)` of two matrices.
pub fn matmul<T: Gemm>(a: &NdArray<T, 2>, b: &NdArray<T, 2>, dot: bool) -> Result<NdArray<T, 2>> {
    let ([m, k], [k2, n]) = (a.shape(), b.shape());
    if k != k2 {
        return Err(not_aligned(&a.shape(), &b.shape(), 1, 0, dot));
    }
    let c = NdArray::full([m, n], T::zero());
    T::gemm(a, b, &c);
    Ok(c)
}

/// matrix · vector
pub fn matvec<T: Gemm>(a: &NdArray<T, 2>, x: &NdArray<T, 1>, dot: bool) -> Result<NdArray<T, 1>> {
    if a.shape()[1] != x.shape()[0] {
        return Err(not_aligned(&a.shape(), &x.shape(), 1, 0, dot));
    }
    if dot {
        if let Some(c) = T::gemv(a, x, false) {
            return Ok(c);
        }
    }
    let c = matmul(a, &expand::<T, 1, 2>(x, 1), dot)?;
    Ok(NdArray::from_vec([c.shape()[0]], c.to_vec()))
}

/// vector · matrix
pub fn vecmat<T: Gemm>(x: &NdArray<T, 1>, b: &NdArray<T, 2>, dot: bool) -> Result<NdArray<T, 1>> {
    if x.shape()[0] != b.shape()[0] {
        return Err(not_aligned(&x.shape(), &b.shape(), 0, 0, dot));
    }
    if dot {
        if let Some(c) = T::gemv(b, x, true) {
            return Ok(c);
        }
    }
    let c = matmul(&expand::<T, 1, 2>(x, 0), b, dot)?;
    Ok(NdArray::from_vec([c.shape()[1]], c.to_vec()))
}

/// `np.outer(a, b)` of the flattened arrays, with the element product `mul`.
pub fn outer<T: Element, const D: usize, const E: usize>(
    a: &NdArray<T, D>,
    b: &NdArray<T, E>,
    mul: impl Fn(T::Value, T::Value) -> T::Value,
) -> NdArray<T, 2> {
    let (x, y) = (a.to_vec(), b.to_vec());
    let mut v = Vec::with_capacity(x.len() * y.len());
    for &p in &x {
        v.extend(y.iter().map(|&q| mul(p, q)));
    }
    NdArray::from_vec([x.len(), y.len()], v)
}

/// numpy's `DOUBLE_dot`: `n` products at byte strides `sx`, `sy` added up — BLAS's `ddot`
/// (in chunks of 2^30) when both strides are positive whole elements and numpy's BLAS is
/// loaded, else numpy's loop, a sum in order.
///
/// # Safety
/// `x` and `y` point to `n` float64 elements at those byte strides.
pub(crate) unsafe fn double_dot(n: usize, x: *const u8, sx: isize, y: *const u8, sy: isize) -> f64 {
    let blas_stride = |s: isize| s > 0 && s % 8 == 0 && s / 8 <= i32::MAX as isize;
    let aligned = (x as usize) % 8 == 0 && (y as usize) % 8 == 0;
    if aligned && blas_stride(sx) && blas_stride(sy) {
        if let Some(s) = super::blas::ddot(n, x as *const f64, sx / 8, y as *const f64, sy / 8) {
            return s;
        }
    }
    let mut sum = 0.0;
    for k in 0..n as isize {
        sum += (x.offset(k * sx) as *const f64).read_unaligned() * (y.offset(k * sy) as *const f64).read_unaligned();
    }
    sum
}

/// `np.dot(a, b)` / `np.inner(a, b)` of two float64 vectors as numpy computes them
/// (`cblas_matrixproduct`): one product for vectors of one element (its scalar path), else
/// `DOUBLE_dot` on the vectors, copied first where BLAS cannot read them (negative or zero
/// strides).
pub fn dot_f64(a: &NdArray<f64, 1>, b: &NdArray<f64, 1>) -> Result<f64> {
    let n = a.shape()[0];
    if b.shape()[0] != n {
        return Err(not_aligned(&a.shape(), &b.shape(), 0, 0, true));
    }
    if n == 1 {
        // SAFETY: one element each
        return Ok(unsafe { a.at([0]) * b.at([0]) });
    }
    let (x, y) = (blas_vector(a), blas_vector(b));
    // SAFETY: n elements at the vectors' own strides
    Ok(unsafe { double_dot(n, x.data_ptr(), x.strides()[0], y.data_ptr(), y.strides()[0]) })
}

/// `np.vdot(a, b)` of float64 arrays as numpy computes it: 1-D arrays as they are, others
/// flattened (copied to C order unless C-contiguous), then `DOUBLE_dot`.
pub fn vdot_f64<const D: usize, const E: usize>(a: &NdArray<f64, D>, b: &NdArray<f64, E>) -> Result<f64> {
    fn flat<const K: usize>(a: &NdArray<f64, K>) -> (NdArray<f64, 1>, usize) {
        let n = a.size();
        if K == 1 {
            // SAFETY: a 1-D array seen as itself
            return (unsafe { a.relayout([n], [a.strides().first().copied().unwrap_or(8)]) }, n);
        }
        let c = if a.is_c_contiguous() { a.clone() } else { a.copy() };
        // SAFETY: `c` is C-contiguous with n elements
        (unsafe { c.relayout([n], [8]) }, n)
    }
    let ((x, n), (y, m)) = (flat(a), flat(b));
    if n != m {
        return Err(Error::Value(format!("cannot reshape array of size {m} into shape ({n},)")));
    }
    // SAFETY: n elements at the flattened arrays' strides
    Ok(unsafe { double_dot(n, x.data_ptr(), x.strides()[0], y.data_ptr(), y.strides()[0]) })
}

/// `np.vdot(a, b)`: the flattened dot product, `conj` applied to `a`'s elements.
pub fn vdot<T: Num<Acc = T>, const D: usize, const E: usize>(
    a: &NdArray<T, D>,
    b: &NdArray<T, E>,
    conj: impl Fn(T) -> T,
) -> Result<T> {
    let (x, y) = (a.to_vec(), b.to_vec());
    if x.len() != y.len() {
        return Err(Error::Value("cannot reshape array: vdot needs arrays of the same size"));
    }
    Ok(T::sum_lane(x.len(), |k| T::mul(conj(x[k]), y[k])))
}

/// The norm of one lane of `n` elements (`get(k)`) with numpy's vector `ord`: `None` (and 2)
/// the 2-norm, `inf`/`-inf` the largest/smallest `|x|`, 0 the count of non-zeros, else
/// `sum(|x|**ord)**(1/ord)`.
pub fn lane_norm<T: Num>(n: usize, get: impl Fn(usize) -> T, ord: Option<f64>) -> Result<f64> {
    use super::reduce::{fmax_nan, fmin_nan, pairwise_sum};
    let Some(p) = ord.filter(|p| *p != 2.0) else {
        return Ok(pairwise_sum(n, &mut |k| Ok(get(k).abs2()))?.sqrt());
    };
    Ok(if p == f64::INFINITY {
        (0..n).fold(0.0, |m, k| fmax_nan(m, get(k).abs_f()))
    } else if p == f64::NEG_INFINITY {
        if n == 0 {
            return Err(Error::Value("zero-size array to reduction operation minimum which has no identity"));
        }
        (1..n).fold(get(0).abs_f(), |m, k| fmin_nan(m, get(k).abs_f()))
    } else if p == 0.0 {
        (0..n).filter(|&k| get(k).abs_f() != 0.0).count() as f64
    } else if p == 1.0 {
        pairwise_sum(n, &mut |k| Ok(get(k).abs_f()))?
    } else {
        pairwise_sum(n, &mut |k| Ok(get(k).abs_f().powf(p)))?.powf(1.0 / p)
    })
}

/// `np.linalg.norm(a)`: the 2-norm of all elements (Frobenius for matrices).
pub fn norm<T: Num, const D: usize>(a: &NdArray<T, D>) -> f64 {
    let v = a.to_vec();
    lane_norm(v.len(), |k| v[k], None).unwrap_or(f64::NAN)
}

/// `np.linalg.norm(a, ord)` without an axis: a vector norm of a 1-D array, or for a matrix the
/// largest (`ord` 1, inf) or smallest (-1, -inf) absolute column (1, -1) or row (inf, -inf) sum.
/// (2, -2 and 'nuc' need singular values: the compiler refuses them.)
pub fn norm_ord<T: Num, const D: usize>(a: &NdArray<T, D>, ord: f64) -> Result<f64> {
    use super::reduce::{fmax_nan, fmin_nan, pairwise_sum};
    match D {
        1 => {
            let v = a.to_vec();
            lane_norm(v.len(), |k| v[k], Some(ord))
        }
        2 => {
            let shape = a.shape();
            let (rows, cols) = (shape[0], shape[1]);
            let v = a.to_vec();
            let by_cols = ord == 1.0 || ord == -1.0;
            if !(by_cols || ord == f64::INFINITY || ord == f64::NEG_INFINITY) {
                return Err(Error::Value("Invalid norm order for matrices."));
            }
            let (outer, inner) = if by_cols { (cols, rows) } else { (rows, cols) };
            let mut sums = Vec::with_capacity(outer);
            for o in 0..outer {
                let at = |i: usize| if by_cols { v[i * cols + o] } else { v[o * cols + i] };
                sums.push(pairwise_sum(inner, &mut |i| Ok(at(i).abs_f()))?);
            }
            if ord > 0.0 {
                Ok(sums.into_iter().fold(0.0, fmax_nan))
            } else if sums.is_empty() {
                Err(Error::Value("zero-size array to reduction operation minimum which has no identity"))
            } else {
                Ok(sums[1..].iter().fold(sums[0], |m, &x| fmin_nan(m, x)))
            }
        }
        _ => Err(Error::Value("Improper number of dimensions to norm.")),
    }
}

/// `np.linalg.norm(a, axis=k)` / `(a, ord, axis=k)`: the vector norm of every lane along one axis.
pub fn norm_axis<T: Num, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    axis: i64,
    ord: Option<f64>,
) -> Result<NdArray<f64, R>> {
    super::axis::reduce_lanes(a, axis, |l| lane_norm(l.len(), |k| l.get(k), ord))
}

/// numpy's `ValueError` for an `ord` that a norm of this kind does not take.
pub fn bad_ord(msg: &'static str) -> Result<f64> {
    Err(Error::Value(msg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norms() {
        let x = NdArray::<f64, 1>::from_vec([3], vec![3.0, -4.0, 0.0]);
        assert_eq!(norm(&x), 5.0);
        assert_eq!(norm_ord(&x, 1.0), Ok(7.0));
        assert_eq!(norm_ord(&x, f64::INFINITY), Ok(4.0));
        assert_eq!(norm_ord(&x, f64::NEG_INFINITY), Ok(0.0));
        assert_eq!(norm_ord(&x, 0.0), Ok(2.0));
        assert_eq!(norm_ord(&x, -1.0), Ok(0.0));
        let m = NdArray::<f64, 2>::from_vec([2, 2], vec![1.0, -2.0, 3.0, 4.0]);
        assert_eq!(norm_ord(&m, 1.0), Ok(6.0));
        assert_eq!(norm_ord(&m, -1.0), Ok(4.0));
        assert_eq!(norm_ord(&m, f64::INFINITY), Ok(7.0));
        assert_eq!(norm_ord(&m, f64::NEG_INFINITY), Ok(3.0));
        assert!(norm_ord(&m, 3.0).is_err());
    }

    #[test]
    fn products() {
        let a = NdArray::<f64, 2>::from_vec([2, 3], vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
        let b = a.transpose();
        let c = matmul(&a, &b, false).unwrap();
        assert_eq!(c.to_vec(), vec![14.0, 32.0, 32.0, 77.0]);
        assert!(matmul(&a, &a, true).is_err());
        let x = NdArray::<f64, 1>::from_vec([3], vec![1.0, 0.0, -1.0]);
        assert_eq!(matvec(&a, &x, true).unwrap().to_vec(), vec![-2.0, -2.0]);
        let ai = NdArray::<i64, 2>::from_vec([2, 2], vec![1, 2, 3, 4]);
        assert_eq!(matmul(&ai, &ai, true).unwrap().to_vec(), vec![7, 10, 15, 22]);
        let big = NdArray::<f64, 2>::from_vec([300, 300], (0..90000).map(|i| (i % 7) as f64).collect());
        let p = matmul(&big, &big, false).unwrap();
        let mut s = 0.0;
        for q in 0..300 {
            s += big.get([5, q]).unwrap() * big.get([q, 7]).unwrap();
        }
        assert_eq!(p.get([5, 7]).unwrap(), s);
    }
}
