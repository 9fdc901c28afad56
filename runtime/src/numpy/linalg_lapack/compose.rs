//! The `np.linalg` functions numpy writes in Python on its LAPACK calls and matrix products
//! (`numpy/linalg/_linalg.py`): `matrix_rank`, `pinv`, `cond`, `matrix_power`, `multi_dot`,
//! the same steps in the same order and precision, so the same bits.

use super::{eigvalsh, gesdd, inv, linalg_error, svd, Field};
use crate::error::{Error, Result};
use crate::numpy::linalg::{matmul, Gemm};
use crate::numpy::ndarray::NdArray;
use crate::numpy::reduce::{fmax_nan, fmin_nan};

/// The singular values of `a` as numpy's `svd(a, compute_uv=False)` gives them: float64, or
/// rounded to float32 (`single`: float32 and complex64 matrices; still exact as float64).
fn singular_values<T: Field>(a: &NdArray<T, 2>, single: bool) -> Result<Vec<f64>> {
    let (_, s, _, _, _) = gesdd(a, b'N')?;
    Ok(if single { s.iter().map(|&x| x as f32 as f64).collect() } else { s })
}

/// numpy's `svd(a, compute_uv=False, hermitian=True)` up to order: `abs(eigvalsh(a))`
/// (LinAlgError for a matrix that is not square), rounded as [`singular_values`].
fn singular_values_hermitian<T: Field>(a: &NdArray<T, 2>, single: bool) -> Result<Vec<f64>> {
    let w = eigvalsh(a, false)?.to_vec();
    Ok(w.iter().map(|&x| if single { (x as f32).abs() as f64 } else { x.abs() }).collect())
}

/// `np.linalg.matrix_rank(a, tol, hermitian, rtol=rtol)` of a matrix: the singular values
/// above `tol`, by default `S.max(initial=0) * max(m, n) * eps` (in float32 for a
/// single-precision matrix); `hermitian`: the singular values from `eigvalsh` (their order
/// does not matter here).
#[allow(private_bounds)]
pub fn matrix_rank<T: Field>(
    a: &NdArray<T, 2>,
    tol: Option<f64>,
    rtol: Option<f64>,
    single: bool,
    hermitian: bool,
) -> Result<i64> {
    if tol.is_some() && rtol.is_some() {
        return Err(Error::Value("`tol` and `rtol` can't be both set."));
    }
    let s = if hermitian { singular_values_hermitian(a, single)? } else { singular_values(a, single)? };
    let tol = match tol {
        Some(t) => t,
        None => {
            let smax = s.iter().fold(0.0, |m, &x| fmax_nan(m, x));
            let big = a.shape()[0].max(a.shape()[1]);
            match rtol {
                Some(r) => smax * r,
                None if single => (smax as f32 * (big as f32 * f32::EPSILON)) as f64,
                None => smax * (big as f64 * f64::EPSILON),
            }
        }
    };
    Ok(s.iter().filter(|&&x| x > tol).count() as i64)
}

/// numpy's `rcond`/`rtol` of `pinv`: `rcond` given, or `rtol` given (`Some(None)`: written
/// `None`, the default `max(m, n) * eps`), else 1e-15.
pub(super) fn pinv_cutoff(shape: [usize; 2], rcond: Option<f64>, rtol: Option<Option<f64>>, eps: f64) -> Result<f64> {
    match (rcond, rtol) {
        (Some(_), Some(_)) => Err(Error::Value("`rtol` and `rcond` can't be both set.")),
        (Some(r), None) => Ok(r),
        (None, None) => Ok(1e-15),
        (None, Some(Some(r))) => Ok(r),
        (None, Some(None)) => Ok(shape[0].max(shape[1]) as f64 * eps),
    }
}

/// `np.linalg.pinv(a, rcond, rtol=rtol)` of a float64 or complex128 matrix: the reduced SVD of
/// `a.conj()`, singular values at most `rcond * max(s)` dropped, the others inverted, then
/// `vt.T @ (s[:, None] * u.T)` on numpy's BLAS.
#[allow(private_bounds)]
pub fn pinv<T: Field + Gemm>(
    a: &NdArray<T, 2>,
    rcond: Option<f64>,
    rtol: Option<Option<f64>>,
) -> Result<NdArray<T, 2>> {
    let [m, n] = a.shape();
    let rcond = pinv_cutoff([m, n], rcond, rtol, f64::EPSILON)?;
    if m == 0 || n == 0 {
        return Ok(NdArray::from_vec([n, m], Vec::new()));
    }
    let conj = NdArray::from_vec([m, n], a.to_vec().into_iter().map(T::conj).collect());
    let (u, s, vt) = svd(&conj, false)?;
    let s = s.to_vec();
    let cutoff = rcond * s[1..].iter().fold(s[0], |x, &y| fmax_nan(x, y));
    let s: Vec<f64> = s.iter().map(|&x| if x > cutoff { 1.0 / x } else { 0.0 }).collect();
    // multiply(s[..., newaxis], transpose(u)): numpy's loop of the common type (a complex
    // product of (s, 0) fused as numpy's vector loop computes it)
    let k = s.len();
    let mut scaled = Vec::with_capacity(k * m);
    for (i, &si) in s.iter().enumerate() {
        for j in 0..m {
            // SAFETY: (j, i) is inside u (m × k).
            scaled.push(T::scale(si, unsafe { u.at([j, i]) }));
        }
    }
    matmul(&vt.transpose(), &NdArray::from_vec([k, m], scaled), false)
}

/// What `p` of `np.linalg.cond(x, p)` asks for.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum CondP {
    /// None or 2: the largest singular value over the smallest
    Two,
    /// -2: the smallest over the largest
    MinusTwo,
    /// 1, -1, inf, -inf: `norm(x, p) * norm(inv(x), p)`
    Ord(f64),
    Fro,
    Nuc,
}

/// `np.linalg.cond(x, p)` of a matrix (single: float32 or complex64, whose singular values are
/// float32 and divided in float32; p other than ±2 only for double precision, as the compiler
/// asks). NaN becomes inf unless `x` holds a NaN; a singular matrix's inverse is NaN.
#[allow(private_bounds)]
pub fn cond<T: Field>(x: &NdArray<T, 2>, p: CondP, single: bool) -> Result<f64> {
    let [m, n] = x.shape();
    if m == 0 || n == 0 {
        return Err(linalg_error("cond is not defined on empty arrays"));
    }
    let r = match p {
        CondP::Two | CondP::MinusTwo => {
            let s = singular_values(x, single)?;
            let (first, last) = (s[0], s[s.len() - 1]);
            let (a, b) = if p == CondP::Two { (first, last) } else { (last, first) };
            if single {
                (a as f32 / b as f32) as f64
            } else {
                a / b
            }
        }
        _ => {
            super::square(x)?;
            let xi = match inv(x) {
                Ok(xi) => xi,
                Err(_) => NdArray::from_vec([n, n], vec![T::from_real(f64::NAN); n * n]),
            };
            let norm = |a: &NdArray<T, 2>| -> Result<f64> {
                match p {
                    CondP::Ord(o) => matrix_norm(a, o),
                    CondP::Fro => Ok(frobenius(a)),
                    _ => {
                        let (_, s, _, _, _) = gesdd(a, b'N')?;
                        super::reduce_singular(&s, 0)
                    }
                }
            };
            norm(x)? * norm(&xi)?
        }
    };
    if r.is_nan() && !x.to_vec().iter().any(|v| v.parts().0.is_nan() || v.parts().1.is_nan()) {
        return Ok(f64::INFINITY);
    }
    Ok(r)
}

/// `np.linalg.norm(a, ord)` of a matrix for ord 1, -1 (column sums of |a|), inf, -inf (row
/// sums), each sum in numpy's order: along the axis of the larger stride one line after the
/// other, pairwise along a contiguous line (numpy's iterator takes a Fortran-ordered matrix
/// as the C-ordered transpose).
fn matrix_norm<T: Field>(a: &NdArray<T, 2>, ord: f64) -> Result<f64> {
    use crate::numpy::reduce::pairwise_sum;
    // the column sums of a Fortran-ordered matrix are its transpose's row sums
    let (a, by_cols) =
        if fortran_ordered(a) { (a.transpose(), ord.is_infinite()) } else { (a.clone(), ord.is_finite()) };
    let [rows, cols] = a.shape();
    let v: Vec<f64> = a.to_vec().into_iter().map(|x| x.modulus()).collect();
    let sums: Vec<f64> = if by_cols {
        let mut acc = vec![0.0; cols];
        for i in 0..rows {
            for (j, s) in acc.iter_mut().enumerate() {
                *s += v[i * cols + j];
            }
        }
        acc
    } else {
        (0..rows).map(|i| pairwise_sum(cols, &mut |j| Ok(v[i * cols + j]))).collect::<Result<_>>()?
    };
    Ok(if ord > 0.0 {
        sums.iter().fold(0.0, |m, &x| fmax_nan(m, x))
    } else {
        sums[1..].iter().fold(sums[0], |m, &x| fmin_nan(m, x))
    })
}

/// Whether numpy's iterator sees the matrix in Fortran order (contiguous columns, not rows).
fn fortran_ordered<T: Field>(a: &NdArray<T, 2>) -> bool {
    !a.is_c_contiguous() && a.transpose().is_c_contiguous()
}

/// `sqrt(add.reduce((a.conj() * a).real, axis=(-2, -1)))`: one pairwise sum over all elements
/// in memory order, each `conj(x) * x` numpy's fused complex product.
fn frobenius<T: Field>(a: &NdArray<T, 2>) -> f64 {
    let v = if fortran_ordered(a) { a.transpose().to_vec() } else { a.to_vec() };
    let sq = |x: T| {
        let (re, im) = x.parts();
        if T::COMPLEX {
            re.mul_add(re, im * im)
        } else {
            re * re
        }
    };
    crate::numpy::reduce::pairwise_sum(v.len(), &mut |i| Ok(sq(v[i]))).unwrap_or(f64::NAN).sqrt()
}

/// `np.linalg.matrix_power(a, n)` by numpy's steps: the identity for 0, the inverse first for
/// n < 0, products for 2 and 3, then binary decomposition from the lowest bit.
#[allow(private_bounds)]
pub fn matrix_power<T: Field + Gemm>(a: &NdArray<T, 2>, n: i64) -> Result<NdArray<T, 2>> {
    super::square(a)?;
    if n < 0 {
        return power(&inv(a)?, n.unsigned_abs());
    }
    power(a, n as u64)
}

/// `np.linalg.matrix_power(a, n)` of an int matrix: numpy's result is float64 for n < 0 (the
/// inverse), which compiled code typed int64 refuses with `ValueError`.
pub fn matrix_power_int(a: &NdArray<i64, 2>, n: i64) -> Result<NdArray<i64, 2>> {
    super::square(a)?;
    if n < 0 {
        return Err(Error::Value(
            "numpy.linalg.matrix_power() of an int matrix with a negative exponent is a float64 matrix \
             (the inverse's powers) in numpy, and compiled code typed it int64 (pass a float matrix)",
        ));
    }
    power(a, n as u64)
}

fn power<T: Gemm>(a: &NdArray<T, 2>, mut n: u64) -> Result<NdArray<T, 2>> {
    let size = a.shape()[0];
    match n {
        0 => {
            let mut id = vec![T::zero(); size * size];
            for i in 0..size {
                id[i * (size + 1)] = T::one();
            }
            return Ok(NdArray::from_vec([size, size], id));
        }
        1 => return Ok(NdArray::from_vec([size, size], a.to_vec())),
        2 => return matmul(a, a, false),
        3 => return matmul(&matmul(a, a, false)?, a, false),
        _ => {}
    }
    let (mut z, mut result): (Option<NdArray<T, 2>>, Option<NdArray<T, 2>>) = (None, None);
    while n > 0 {
        z = Some(match z {
            None => a.clone(),
            Some(z) => matmul(&z, &z, false)?,
        });
        let bit = n % 2;
        n /= 2;
        if bit == 1 {
            let zr = z.as_ref().expect("set above");
            result = Some(match result {
                None => zr.clone(),
                Some(r) => matmul(&r, zr, false)?,
            });
        }
    }
    Ok(result.expect("n > 0"))
}

/// `np.linalg.multi_dot(arrays)` of matrices: `dot` for two, the cheaper of the two orders
/// for three, numpy's matrix-chain order (costs in float64, the first minimum kept) beyond.
pub fn multi_dot<T: Gemm>(arrays: &[NdArray<T, 2>]) -> Result<NdArray<T, 2>> {
    match arrays {
        [] | [_] => Err(Error::Value("Expecting at least two arrays.")),
        [a, b] => matmul(a, b, true),
        [a, b, c] => {
            let ([a0, a1b0], [b1c0, c1]) = (a.shape(), c.shape());
            let cost1 = a0 * b1c0 * (a1b0 + c1);
            let cost2 = a1b0 * c1 * (a0 + b1c0);
            if cost1 < cost2 {
                matmul(&matmul(a, b, true)?, c, true)
            } else {
                matmul(a, &matmul(b, c, true)?, true)
            }
        }
        _ => {
            let n = arrays.len();
            // the dimensions, as Python ints: each cost's product exact, added to the floats
            let mut p: Vec<u128> = arrays.iter().map(|a| a.shape()[0] as u128).collect();
            p.push(arrays[n - 1].shape()[1] as u128);
            let mut cost = vec![vec![0.0f64; n]; n];
            let mut split = vec![vec![0usize; n]; n];
            for l in 1..n {
                for i in 0..n - l {
                    let j = i + l;
                    cost[i][j] = f64::INFINITY;
                    for k in i..j {
                        let q = cost[i][k] + cost[k + 1][j] + (p[i] * p[k + 1] * p[j + 1]) as f64;
                        if q < cost[i][j] {
                            cost[i][j] = q;
                            split[i][j] = k;
                        }
                    }
                }
            }
            chain(arrays, &split, 0, n - 1)
        }
    }
}

fn chain<T: Gemm>(arrays: &[NdArray<T, 2>], split: &[Vec<usize>], i: usize, j: usize) -> Result<NdArray<T, 2>> {
    if i == j {
        return Ok(arrays[i].clone());
    }
    let k = split[i][j];
    matmul(&chain(arrays, split, i, k)?, &chain(arrays, split, k + 1, j)?, true)
}
