//! `np.linalg.svd(a, hermitian=True)` with its vectors and `np.linalg.pinv(a, hermitian=True)`
//! as numpy composes them from `eigh` (`numpy/linalg/_linalg.py`): the eigenvalues' signs
//! `copysign(1.0, w)`, their moduli ordered by numpy's own `argsort` reversed, the columns of
//! the eigenvectors taken in that order, and `vh` the conjugate transpose of `u` with the
//! signs moved into it.
//!
//! numpy's default `argsort` is not stable: two equal moduli (`w` and `-w`, a repeated
//! eigenvalue) are ordered by its algorithm on this CPU. Lanes without ties have one sorted
//! order, computed here; a lane with ties is handed to numpy's `argsort`
//! ([`crate::py::npsort::argsort`]), on the float32 moduli for a single-precision matrix as
//! numpy sorts them, so the columns come in numpy's order.

use super::{eigh, map_svd, stacked_square, Field};
use crate::error::Result;
use crate::numpy::linalg::{matmul, Gemm};
use crate::numpy::ndarray::NdArray;
use crate::numpy::reduce::fmax_nan;

/// numpy's `argsort(s)` (kind 'quicksort') of one lane of moduli (`single`: float32 values).
fn argsort_np(s: &[f64], single: bool) -> Result<Vec<usize>> {
    let n = s.len();
    let idx = if single {
        let a: NdArray<f32, 1> = NdArray::from_vec([n], s.to_vec());
        crate::py::npsort::argsort(&a, -1, "quicksort")?
    } else {
        let a: NdArray<f64, 1> = NdArray::from_vec([n], s.to_vec());
        crate::py::npsort::argsort(&a, -1, "quicksort")?
    };
    Ok(idx.to_vec().into_iter().map(|i| i as usize).collect())
}

/// `np.linalg.svd(a, hermitian=True)` of a square matrix (numpy's LinAlgError otherwise):
/// `s, u = eigh(a)`; `sgn = copysign(1, s)`; `s = abs(s)`; the order `argsort(s)[::-1]` applied
/// to `sgn`, `s` and the columns of `u`; `vh = (u * sgn).T.conj()`, each product numpy's loop
/// of `u`'s type. `single`: a float32 or complex64 matrix, whose eigenvalues numpy rounds to
/// float32 before it orders them (the results are rounded by the caller; the products by ±1
/// are exact either way).
#[allow(private_bounds, clippy::type_complexity)]
pub fn svd_hermitian<T: Field>(
    a: &NdArray<T, 2>,
    single: bool,
) -> Result<(NdArray<T, 2>, NdArray<f64, 1>, NdArray<T, 2>)> {
    let (w, v) = eigh(a, false)?;
    let n = w.shape()[0];
    let w: Vec<f64> = w.to_vec().into_iter().map(|x| if single { x as f32 as f64 } else { x }).collect();
    let v = v.to_vec();
    let sgn: Vec<f64> = w.iter().map(|&x| 1f64.copysign(x)).collect();
    let abs: Vec<f64> = w.iter().map(|x| x.abs()).collect();
    let mut order = argsort_np(&abs, single)?;
    order.reverse();
    let s: Vec<f64> = order.iter().map(|&k| abs[k]).collect();
    let mut u = Vec::with_capacity(n * n);
    for r in 0..n {
        u.extend(order.iter().map(|&k| v[r * n + k]));
    }
    // vh[c, r] = conj(u[r, c] * sgn[c])
    let mut vh = Vec::with_capacity(n * n);
    for (c, &k) in order.iter().enumerate() {
        vh.extend((0..n).map(|r| T::scale(sgn[k], u[r * n + c]).conj()));
    }
    Ok((NdArray::from_vec([n, n], u), NdArray::from_vec([n], s), NdArray::from_vec([n, n], vh)))
}

/// [`svd_hermitian`] of a stack (..., n, n).
#[allow(private_bounds, clippy::type_complexity)]
pub fn svd_hermitian_n<T: Field, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    single: bool,
) -> Result<(NdArray<T, D>, NdArray<f64, R>, NdArray<T, D>)> {
    let n = stacked_square(a)?;
    map_svd(a, [[n, n], [n, 0], [n, n]], |x| svd_hermitian(x, single))
}

/// `np.linalg.pinv(a, rcond, hermitian=True, rtol=rtol)` of a float64 or complex128 matrix:
/// numpy's steps of `pinv` on [`svd_hermitian`] of `a.conj()` (LinAlgError for a matrix that
/// is not square, after the empty-matrix shortcut, as numpy).
#[allow(private_bounds)]
pub fn pinv_hermitian<T: Field + Gemm>(
    a: &NdArray<T, 2>,
    rcond: Option<f64>,
    rtol: Option<Option<f64>>,
) -> Result<NdArray<T, 2>> {
    let [m, n] = a.shape();
    let rcond = super::compose::pinv_cutoff([m, n], rcond, rtol, f64::EPSILON)?;
    if m == 0 || n == 0 {
        return Ok(NdArray::from_vec([n, m], Vec::new()));
    }
    let conj = NdArray::from_vec([m, n], a.to_vec().into_iter().map(T::conj).collect());
    let (u, s, vt) = svd_hermitian(&conj, false)?;
    let s = s.to_vec();
    let cutoff = rcond * s[1..].iter().fold(s[0], |x, &y| fmax_nan(x, y));
    let s: Vec<f64> = s.iter().map(|&x| if x > cutoff { 1.0 / x } else { 0.0 }).collect();
    let k = s.len();
    let u = u.to_vec();
    let mut scaled = Vec::with_capacity(k * m);
    for (i, &si) in s.iter().enumerate() {
        scaled.extend((0..m).map(|j| T::scale(si, u[j * k + i])));
    }
    matmul(&vt.transpose(), &NdArray::from_vec([k, m], scaled), false)
}
