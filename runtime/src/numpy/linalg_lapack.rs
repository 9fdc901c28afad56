//! `np.linalg`'s factorisations and solvers on numpy's own LAPACK: `solve`, `inv`, `det`,
//! `slogdet`, `cholesky`, `eigh`, `eigvalsh`, `eig`, `svd`, `lstsq`, `qr` and the matrix norms
//! that need singular values (`norm(a, 2)`, `-2`, `'nuc'`).
//!
//! numpy's wheels carry LAPACK inside their OpenBLAS (`scipy_dgesv_64_`, ...: ILP64 Fortran
//! symbols). It is found as [`super::blas`] finds the BLAS, in the libraries already mapped
//! into the process, and called in numpy's sequence (`numpy/linalg/umath_linalg.cpp`): the
//! matrix copied into a Fortran-order buffer, the same routine with the same workspace query,
//! the results copied out; `det` is `sign * exp(Σ log|uᵢᵢ|)` from `getrf`'s factors, as numpy
//! computes it. So the results are numpy's bits. Failures raise `numpy.linalg.LinAlgError`
//! with numpy's messages; shape errors are numpy's.
//!
//! float64 matrices (2-D; ints and float32 converted by the caller, as numpy converts them)
//! with LAPACK's `d` routines, complex128 ones with its `z` routines.

use super::element::Element;
use super::ndarray::{Idx, NdArray};
use crate::error::{Error, Exc, Result};
use num_complex::Complex64 as C;
use std::ffi::{c_char, c_void};
use std::sync::OnceLock;

type I = i64;
type Len = usize;
type Getrf<T> = unsafe extern "C" fn(*const I, *const I, *mut T, *const I, *mut I, *mut I);
type Gesv<T> = unsafe extern "C" fn(*const I, *const I, *mut T, *const I, *mut I, *mut T, *const I, *mut I);
type Potrf<T> = unsafe extern "C" fn(*const c_char, *const I, *mut T, *const I, *mut I, Len);
type Syevd = unsafe extern "C" fn(
    *const c_char,
    *const c_char,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *mut f64,
    *const I,
    *mut I,
    *const I,
    *mut I,
    Len,
    Len,
);
type Geev = unsafe extern "C" fn(
    *const c_char,
    *const c_char,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *mut f64,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut I,
    Len,
    Len,
);
type Gesdd = unsafe extern "C" fn(
    *const c_char,
    *const I,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut I,
    *mut I,
    Len,
);
type Gelsd = unsafe extern "C" fn(
    *const I,
    *const I,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *const I,
    *mut f64,
    *const f64,
    *mut I,
    *mut f64,
    *const I,
    *mut I,
    *mut I,
);
type Geqrf<T> = unsafe extern "C" fn(*const I, *const I, *mut T, *const I, *mut T, *mut T, *const I, *mut I);
type Orgqr<T> =
    unsafe extern "C" fn(*const I, *const I, *const I, *mut T, *const I, *const T, *mut T, *const I, *mut I);
type Heevd = unsafe extern "C" fn(
    *const c_char,
    *const c_char,
    *const I,
    *mut C,
    *const I,
    *mut f64,
    *mut C,
    *const I,
    *mut f64,
    *const I,
    *mut I,
    *const I,
    *mut I,
    Len,
    Len,
);
type Zgeev = unsafe extern "C" fn(
    *const c_char,
    *const c_char,
    *const I,
    *mut C,
    *const I,
    *mut C,
    *mut C,
    *const I,
    *mut C,
    *const I,
    *mut C,
    *const I,
    *mut f64,
    *mut I,
    Len,
    Len,
);
type Zgesdd = unsafe extern "C" fn(
    *const c_char,
    *const I,
    *const I,
    *mut C,
    *const I,
    *mut f64,
    *mut C,
    *const I,
    *mut C,
    *const I,
    *mut C,
    *const I,
    *mut f64,
    *mut I,
    *mut I,
    Len,
);

struct Lapack {
    dgetrf: Getrf<f64>,
    dgesv: Gesv<f64>,
    dpotrf: Potrf<f64>,
    dsyevd: Syevd,
    dgeev: Geev,
    dgesdd: Gesdd,
    dgelsd: Gelsd,
    dgeqrf: Geqrf<f64>,
    dorgqr: Orgqr<f64>,
    zgetrf: Getrf<C>,
    zgesv: Gesv<C>,
    zpotrf: Potrf<C>,
    zheevd: Heevd,
    zgeev: Zgeev,
    zgesdd: Zgesdd,
    zgeqrf: Geqrf<C>,
    zungqr: Orgqr<C>,
}

/// The element types LAPACK's routines of one family take: float64 (`d`) and complex128 (`z`).
trait Field: Element<Value = Self> + Default + Copy {
    const ONE: Self;
    fn getrf(l: &Lapack) -> Getrf<Self>;
    fn gesv(l: &Lapack) -> Gesv<Self>;
    fn potrf(l: &Lapack) -> Potrf<Self>;
    fn geqrf(l: &Lapack) -> Geqrf<Self>;
    fn orgqr(l: &Lapack) -> Orgqr<Self>;
    /// A workspace query's answer (the real part of a complex one).
    fn count(self) -> usize;
}

impl Field for f64 {
    const ONE: f64 = 1.0;
    fn getrf(l: &Lapack) -> Getrf<f64> {
        l.dgetrf
    }
    fn gesv(l: &Lapack) -> Gesv<f64> {
        l.dgesv
    }
    fn potrf(l: &Lapack) -> Potrf<f64> {
        l.dpotrf
    }
    fn geqrf(l: &Lapack) -> Geqrf<f64> {
        l.dgeqrf
    }
    fn orgqr(l: &Lapack) -> Orgqr<f64> {
        l.dorgqr
    }
    fn count(self) -> usize {
        work_count(self)
    }
}

impl Field for C {
    const ONE: C = C::new(1.0, 0.0);
    fn getrf(l: &Lapack) -> Getrf<C> {
        l.zgetrf
    }
    fn gesv(l: &Lapack) -> Gesv<C> {
        l.zgesv
    }
    fn potrf(l: &Lapack) -> Potrf<C> {
        l.zpotrf
    }
    fn geqrf(l: &Lapack) -> Geqrf<C> {
        l.zgeqrf
    }
    fn orgqr(l: &Lapack) -> Orgqr<C> {
        l.zungqr
    }
    fn count(self) -> usize {
        work_count(self.re)
    }
}

fn lapack() -> Result<&'static Lapack> {
    static LAPACK: OnceLock<Option<Lapack>> = OnceLock::new();
    LAPACK.get_or_init(find).as_ref().ok_or_else(|| {
        Error::raise(
            Exc::RuntimeError,
            "numpy.linalg in compiled code calls numpy's own LAPACK (the ILP64 OpenBLAS of numpy's wheels), \
             which is not loaded in this process",
        )
    })
}

#[cfg(not(unix))]
fn find() -> Option<Lapack> {
    None
}

#[cfg(unix)]
fn find() -> Option<Lapack> {
    use super::blas::{openblas_handles, sym};
    for h in openblas_handles() {
        for prefix in ["scipy_", ""] {
            let f = |name: &str| sym(h, &format!("{prefix}{name}_64_"));
            let all = (
                f("dgetrf"),
                f("dgesv"),
                f("dpotrf"),
                f("dsyevd"),
                f("dgeev"),
                f("dgesdd"),
                f("dgelsd"),
                f("dgeqrf"),
                f("dorgqr"),
            );
            let z =
                (f("zgetrf"), f("zgesv"), f("zpotrf"), f("zheevd"), f("zgeev"), f("zgesdd"), f("zgeqrf"), f("zungqr"));
            if let (
                (Some(a), Some(b), Some(c), Some(d), Some(e), Some(g), Some(l), Some(q), Some(o)),
                (Some(za), Some(zb), Some(zc), Some(zd), Some(ze), Some(zg), Some(zq), Some(zo)),
            ) = (all, z)
            {
                // SAFETY: the ILP64 Fortran LAPACK routines have these signatures (characters
                // by pointer with their hidden lengths last, as gfortran passes them).
                return Some(unsafe {
                    Lapack {
                        dgetrf: std::mem::transmute::<*mut c_void, Getrf<f64>>(a),
                        dgesv: std::mem::transmute::<*mut c_void, Gesv<f64>>(b),
                        dpotrf: std::mem::transmute::<*mut c_void, Potrf<f64>>(c),
                        dsyevd: std::mem::transmute::<*mut c_void, Syevd>(d),
                        dgeev: std::mem::transmute::<*mut c_void, Geev>(e),
                        dgesdd: std::mem::transmute::<*mut c_void, Gesdd>(g),
                        dgelsd: std::mem::transmute::<*mut c_void, Gelsd>(l),
                        dgeqrf: std::mem::transmute::<*mut c_void, Geqrf<f64>>(q),
                        dorgqr: std::mem::transmute::<*mut c_void, Orgqr<f64>>(o),
                        zgetrf: std::mem::transmute::<*mut c_void, Getrf<C>>(za),
                        zgesv: std::mem::transmute::<*mut c_void, Gesv<C>>(zb),
                        zpotrf: std::mem::transmute::<*mut c_void, Potrf<C>>(zc),
                        zheevd: std::mem::transmute::<*mut c_void, Heevd>(zd),
                        zgeev: std::mem::transmute::<*mut c_void, Zgeev>(ze),
                        zgesdd: std::mem::transmute::<*mut c_void, Zgesdd>(zg),
                        zgeqrf: std::mem::transmute::<*mut c_void, Geqrf<C>>(zq),
                        zungqr: std::mem::transmute::<*mut c_void, Orgqr<C>>(zo),
                    }
                });
            }
        }
    }
    None
}

/// `numpy.linalg.LinAlgError(msg)`
#[cold]
fn linalg_error(msg: &str) -> Error {
    Error::raise(Exc::LinAlgError, msg)
}

/// numpy's `_assert_stacked_square` for a 2-D array.
fn square<T: Element>(a: &NdArray<T, 2>) -> Result<usize> {
    let [m, n] = a.shape();
    if m != n {
        return Err(linalg_error("Last 2 dimensions of the array must be square"));
    }
    Ok(n)
}

/// A matrix dimension as LAPACK's integer (numpy's `fortran_int` is 64-bit here).
fn fi(n: usize) -> I {
    n as I
}

/// The matrix in Fortran (column-major) order, `ld` elements per column (rows beyond the
/// matrix zero): numpy's `linearize_matrix` with swapped strides.
fn fortran<T: Element>(a: &NdArray<T, 2>, ld: usize) -> Vec<T::Value>
where
    T::Value: Default,
{
    let [m, n] = a.shape();
    let mut buf = vec![T::Value::default(); ld * n];
    for j in 0..n {
        for i in 0..m {
            // SAFETY: (i, j) is inside the matrix.
            buf[j * ld + i] = unsafe { a.at([i, j]) };
        }
    }
    buf
}

/// The `rows × cols` matrix held in Fortran order (`ld` per column) as a C-order array.
fn from_fortran<T: Element>(buf: &[T::Value], ld: usize, rows: usize, cols: usize) -> NdArray<T, 2> {
    let mut data = Vec::with_capacity(rows * cols);
    for i in 0..rows {
        for j in 0..cols {
            data.push(buf[j * ld + i]);
        }
    }
    NdArray::from_vec([rows, cols], data)
}

/// LAPACK's answer to a workspace query (a float holding a count), as numpy truncates it.
fn work_count(q: f64) -> usize {
    (q as I).max(0) as usize
}

/// `np.linalg.det(a)`: `getrf`, then numpy's `sign * exp(Σ log|uᵢᵢ|)` (0.0 for a singular
/// matrix, 1.0 for 0 × 0).
pub fn det(a: &NdArray<f64, 2>) -> Result<f64> {
    let (sign, logdet) = slogdet(a)?;
    Ok(sign * logdet.exp())
}

/// `getrf` of the square matrix in Fortran order: (factors, pivots, n), None when singular.
#[allow(clippy::type_complexity)]
fn getrf<T: Field>(a: &NdArray<T, 2>) -> Result<Option<(Vec<T>, Vec<I>, usize)>> {
    let n = square(a)?;
    let lp = lapack()?;
    let mut buf = fortran(a, n);
    buf.push(T::default());
    let mut piv = vec![0 as I; n.max(1)];
    let (m, lda, mut info) = (fi(n), fi(n.max(1)), 0);
    // SAFETY: buffers of the sizes LAPACK reads and writes.
    unsafe { (T::getrf(lp))(&m, &m, buf.as_mut_ptr(), &lda, piv.as_mut_ptr(), &mut info) };
    Ok((info == 0).then_some((buf, piv, n)))
}

/// Whether the pivots swap rows an odd number of times.
fn odd_swaps(piv: &[I], n: usize) -> bool {
    (0..n).filter(|&i| piv[i] != fi(i + 1)).count() % 2 == 1
}

/// `np.linalg.slogdet(a)`: (sign, log|det|) from `getrf`'s factors; (0.0, -inf) when singular.
pub fn slogdet(a: &NdArray<f64, 2>) -> Result<(f64, f64)> {
    let Some((buf, piv, n)) = getrf(a)? else { return Ok((0.0, f64::NEG_INFINITY)) };
    let mut sign = if odd_swaps(&piv, n) { -1.0 } else { 1.0 };
    let mut logdet = 0.0;
    for i in 0..n {
        let mut x = buf[i * (n + 1)];
        if x < 0.0 {
            sign = -sign;
            x = -x;
        }
        logdet += x.ln();
    }
    Ok((sign, logdet))
}

/// numpy's complex product in `umath_linalg` (no fused multiply-adds).
fn mult(a: C, b: C) -> C {
    C::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)
}

/// `np.linalg.slogdet(a)` of a complex matrix: (sign on the unit circle, log|det|).
pub fn slogdet_complex(a: &NdArray<C, 2>) -> Result<(C, f64)> {
    let Some((buf, piv, n)) = getrf(a)? else { return Ok((C::new(0.0, 0.0), f64::NEG_INFINITY)) };
    let mut sign = if odd_swaps(&piv, n) { C::new(-1.0, 0.0) } else { C::new(1.0, 0.0) };
    let mut logdet = 0.0;
    for i in 0..n {
        let x = buf[i * (n + 1)];
        let abs = x.re.hypot(x.im);
        sign = mult(sign, C::new(x.re / abs, x.im / abs));
        logdet += abs.ln();
    }
    Ok((sign, logdet))
}

/// `np.linalg.det(a)` of a complex matrix: `sign * exp(log|det|)` as numpy multiplies them.
pub fn det_complex(a: &NdArray<C, 2>) -> Result<C> {
    let (sign, logdet) = slogdet_complex(a)?;
    Ok(mult(sign, C::new(logdet.exp(), 0.0)))
}

/// `gesv` of `a` (n × n) with `b` (n × nrhs, Fortran order, ld n): the solution in `b`.
fn gesv<T: Field>(a: &NdArray<T, 2>, n: usize, nrhs: usize, b: &mut [T]) -> Result<()> {
    let lp = lapack()?;
    let mut abuf = fortran(a, n);
    abuf.push(T::default());
    let mut piv = vec![0 as I; n.max(1)];
    let (nn, nr, ld, mut info) = (fi(n), fi(nrhs), fi(n.max(1)), 0);
    let mut dummy = [T::default()];
    let bp = if b.is_empty() { dummy.as_mut_ptr() } else { b.as_mut_ptr() };
    // SAFETY: buffers of the sizes LAPACK reads and writes.
    unsafe { (T::gesv(lp))(&nn, &nr, abuf.as_mut_ptr(), &ld, piv.as_mut_ptr(), bp, &ld, &mut info) };
    if info != 0 {
        return Err(linalg_error("Singular matrix"));
    }
    Ok(())
}

fn core_mismatch(name: &str, signature: &str, got: usize, want: usize) -> Error {
    Error::Value(format!(
        "{name}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {signature} \
         (size {got} is different from {want})"
    ))
}

/// `np.linalg.solve(a, b)` for a vector `b` (numpy's `solve1`).
#[allow(private_bounds)]
pub fn solve1<T: Field>(a: &NdArray<T, 2>, b: &NdArray<T, 1>) -> Result<NdArray<T, 1>> {
    let n = square(a)?;
    if b.shape()[0] != n {
        return Err(core_mismatch("solve1", "(m,m),(m)->(m)", b.shape()[0], n));
    }
    let mut x = b.to_vec();
    gesv(a, n, 1, &mut x)?;
    Ok(NdArray::from_vec([n], x))
}

/// `np.linalg.solve(a, b)` for a matrix `b` (numpy's `solve`).
#[allow(private_bounds)]
pub fn solve<T: Field>(a: &NdArray<T, 2>, b: &NdArray<T, 2>) -> Result<NdArray<T, 2>> {
    let n = square(a)?;
    let [bm, nrhs] = b.shape();
    if bm != n {
        return Err(core_mismatch("solve", "(m,m),(m,n)->(m,n)", bm, n));
    }
    let mut x = fortran(b, n);
    gesv(a, n, nrhs, &mut x)?;
    Ok(from_fortran(&x, n, n, nrhs))
}

/// `np.linalg.inv(a)`: `gesv` with the identity, as numpy.
#[allow(private_bounds)]
pub fn inv<T: Field>(a: &NdArray<T, 2>) -> Result<NdArray<T, 2>> {
    let n = square(a)?;
    let mut x = vec![T::default(); n * n];
    for i in 0..n {
        x[i * (n + 1)] = T::ONE;
    }
    gesv(a, n, n, &mut x)?;
    Ok(from_fortran(&x, n, n, n))
}

/// `np.linalg.cholesky(a)`: `potrf` with UPLO='L', the upper triangle zeroed.
#[allow(private_bounds)]
pub fn cholesky<T: Field>(a: &NdArray<T, 2>) -> Result<NdArray<T, 2>> {
    let n = square(a)?;
    let lp = lapack()?;
    let mut buf = fortran(a, n);
    buf.push(T::default());
    let (nn, ld, mut info) = (fi(n), fi(n.max(1)), 0);
    // SAFETY: a buffer of the size LAPACK reads and writes.
    unsafe { (T::potrf(lp))(c"L".as_ptr(), &nn, buf.as_mut_ptr(), &ld, &mut info, 1) };
    if info != 0 {
        return Err(linalg_error("Matrix is not positive definite"));
    }
    for j in 1..n {
        for i in 0..j {
            buf[j * n + i] = T::default();
        }
    }
    Ok(from_fortran(&buf, n, n, n))
}

/// `syevd` with JOBZ = `jobz` and UPLO='L' after numpy's workspace query: the eigenvalues
/// (ascending) and, for 'V', the eigenvectors in the Fortran buffer.
fn syevd(a: &NdArray<f64, 2>, jobz: &std::ffi::CStr) -> Result<(Vec<f64>, Vec<f64>, usize)> {
    let n = square(a)?;
    let lp = lapack()?;
    let mut buf = fortran(a, n);
    buf.push(0.0);
    let mut w = vec![0.0; n + 1];
    let (nn, lda) = (fi(n), fi(n.max(1)));
    let (mut qwork, mut qiwork, mut info) = (0.0f64, 0 as I, 0 as I);
    let (lw, liw) = (-1 as I, -1 as I);
    // SAFETY: a workspace query (sizes written to the two query cells).
    unsafe {
        (lp.dsyevd)(
            jobz.as_ptr(),
            c"L".as_ptr(),
            &nn,
            buf.as_mut_ptr(),
            &lda,
            w.as_mut_ptr(),
            &mut qwork,
            &lw,
            &mut qiwork,
            &liw,
            &mut info,
            1,
            1,
        )
    };
    if info != 0 {
        return Err(linalg_error("Eigenvalues did not converge"));
    }
    let (lwork, liwork) = (work_count(qwork), qiwork.max(0) as usize);
    let mut work = vec![0.0; lwork.max(1)];
    let mut iwork = vec![0 as I; liwork.max(1)];
    let (lw, liw) = (fi(lwork), fi(liwork));
    // SAFETY: buffers of the sizes LAPACK asked for.
    unsafe {
        (lp.dsyevd)(
            jobz.as_ptr(),
            c"L".as_ptr(),
            &nn,
            buf.as_mut_ptr(),
            &lda,
            w.as_mut_ptr(),
            work.as_mut_ptr(),
            &lw,
            iwork.as_mut_ptr(),
            &liw,
            &mut info,
            1,
            1,
        )
    };
    if info != 0 {
        return Err(linalg_error("Eigenvalues did not converge"));
    }
    w.truncate(n);
    Ok((w, buf, n))
}

/// `np.linalg.eigh(a)` (UPLO='L'): (eigenvalues ascending, eigenvectors as columns).
pub fn eigh(a: &NdArray<f64, 2>) -> Result<(NdArray<f64, 1>, NdArray<f64, 2>)> {
    let (w, v, n) = syevd(a, c"V")?;
    Ok((NdArray::from_vec([n], w), from_fortran(&v, n, n, n)))
}

/// `np.linalg.eigvalsh(a)` (UPLO='L').
pub fn eigvalsh(a: &NdArray<f64, 2>) -> Result<NdArray<f64, 1>> {
    let (w, _, n) = syevd(a, c"N")?;
    Ok(NdArray::from_vec([n], w))
}

/// `np.linalg.eig(a)` of a real matrix: `geev` (JOBVL='N', JOBVR='V'). numpy returns float64
/// arrays when every eigenvalue is real and complex128 ones otherwise, a type decided by the
/// values; compiled code is typed float64 and raises `ValueError` in the complex case rather
/// than return something else than numpy.
pub fn eig(a: &NdArray<f64, 2>) -> Result<(NdArray<f64, 1>, NdArray<f64, 2>)> {
    let n = square(a)?;
    if a.to_vec().iter().any(|x| !x.is_finite()) {
        return Err(linalg_error("Array must not contain infs or NaNs"));
    }
    let lp = lapack()?;
    let mut buf = fortran(a, n);
    buf.push(0.0);
    let ld = fi(n.max(1));
    let nn = fi(n);
    let mut wr = vec![0.0; n + 1];
    let mut wi = vec![0.0; n + 1];
    let mut vr = vec![0.0; n * n + 1];
    let mut vl = [0.0];
    let mut info = 0 as I;
    let call = |buf: &mut Vec<f64>,
                wr: &mut Vec<f64>,
                wi: &mut Vec<f64>,
                vl: &mut [f64; 1],
                vr: &mut Vec<f64>,
                work: *mut f64,
                lwork: I,
                info: &mut I| {
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when lwork = -1).
        unsafe {
            (lp.dgeev)(
                c"N".as_ptr(),
                c"V".as_ptr(),
                &nn,
                buf.as_mut_ptr(),
                &ld,
                wr.as_mut_ptr(),
                wi.as_mut_ptr(),
                vl.as_mut_ptr(),
                &ld,
                vr.as_mut_ptr(),
                &ld,
                work,
                &lwork,
                info,
                1,
                1,
            )
        }
    };
    let mut q = 0.0;
    call(&mut buf, &mut wr, &mut wi, &mut vl, &mut vr, &mut q, -1, &mut info);
    if info != 0 {
        return Err(linalg_error("Eigenvalues did not converge"));
    }
    let lwork = work_count(q);
    let mut work = vec![0.0; lwork.max(1)];
    call(&mut buf, &mut wr, &mut wi, &mut vl, &mut vr, work.as_mut_ptr(), fi(lwork), &mut info);
    if info != 0 {
        return Err(linalg_error("Eigenvalues did not converge"));
    }
    if wi[..n].iter().any(|&x| x != 0.0) {
        return Err(Error::Value(
            "numpy.linalg.eig() of this real matrix has complex eigenvalues: numpy returns complex128 arrays \
             then, and compiled code typed eig() of a float64 matrix as float64 (pass a complex128 matrix, \
             or use eigh() for a symmetric one)",
        ));
    }
    wr.truncate(n);
    Ok((NdArray::from_vec([n], wr), from_fortran(&vr, n, n, n)))
}

/// `gesdd` as numpy's `svd_wrapper` calls it with JOBZ = 'A', 'S' or 'N': (u, s, vt) with u
/// (m × ucols) and vt (vrows × n) in Fortran order.
#[allow(clippy::type_complexity)]
fn gesdd(a: &NdArray<f64, 2>, jobz: u8) -> Result<(Vec<f64>, Vec<f64>, Vec<f64>, usize, usize)> {
    let lp = lapack()?;
    let [m, n] = a.shape();
    let k = m.min(n);
    let (urows, vtcols) = match jobz {
        b'A' => (m, n),
        b'S' => (k, k),
        _ => (0, 0),
    };
    let mut abuf = fortran(a, m.max(1));
    abuf.push(0.0);
    let mut s = vec![0.0; k + 1];
    let mut u = vec![0.0; urows * m + 1];
    let mut vt = vec![0.0; n * vtcols + 1];
    let mut iwork = vec![0 as I; 8 * k + 1];
    let (mm, nn, ld, ldvt) = (fi(m), fi(n), fi(m.max(1)), fi(vtcols.max(1)));
    let job = [jobz as c_char, 0];
    let mut info = 0 as I;
    let mut call = |work: *mut f64, lwork: I, info: &mut I| {
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when lwork = -1).
        unsafe {
            (lp.dgesdd)(
                job.as_ptr(),
                &mm,
                &nn,
                abuf.as_mut_ptr(),
                &ld,
                s.as_mut_ptr(),
                u.as_mut_ptr(),
                &ld,
                vt.as_mut_ptr(),
                &ldvt,
                work,
                &lwork,
                iwork.as_mut_ptr(),
                info,
                1,
            )
        }
    };
    let mut q = 0.0;
    call(&mut q, -1, &mut info);
    if info != 0 {
        return Err(linalg_error("SVD did not converge"));
    }
    let lwork = work_count(q).max(1);
    let mut work = vec![0.0; lwork];
    call(work.as_mut_ptr(), fi(lwork), &mut info);
    if info != 0 {
        return Err(linalg_error("SVD did not converge"));
    }
    if jobz == b'A' && k == 0 {
        // LAPACK leaves them unset: numpy makes both identities
        u = vec![0.0; m * m + 1];
        for i in 0..m {
            u[i * (m + 1)] = 1.0;
        }
        vt = vec![0.0; n * n + 1];
        for i in 0..n {
            vt[i * (n + 1)] = 1.0;
        }
    }
    s.truncate(k);
    Ok((u, s, vt, urows, vtcols))
}

/// `zheevd` with JOBZ = `jobz` and UPLO='L' after numpy's workspace query: the eigenvalues
/// (real, ascending) and, for 'V', the eigenvectors in the Fortran buffer.
fn heevd(a: &NdArray<C, 2>, jobz: &std::ffi::CStr) -> Result<(Vec<f64>, Vec<C>, usize)> {
    let n = square(a)?;
    let lp = lapack()?;
    let mut buf = fortran(a, n);
    buf.push(C::default());
    let mut w = vec![0.0; n + 1];
    let (nn, lda) = (fi(n), fi(n.max(1)));
    let mut info = 0 as I;
    let mut call = |work: *mut C, lw: I, rwork: *mut f64, lrw: I, iwork: *mut I, liw: I, info: &mut I| {
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when the sizes are -1).
        unsafe {
            (lp.zheevd)(
                jobz.as_ptr(),
                c"L".as_ptr(),
                &nn,
                buf.as_mut_ptr(),
                &lda,
                w.as_mut_ptr(),
                work,
                &lw,
                rwork,
                &lrw,
                iwork,
                &liw,
                info,
                1,
                1,
            )
        }
    };
    let (mut qw, mut qr, mut qi) = (C::default(), 0.0, 0 as I);
    call(&mut qw, -1, &mut qr, -1, &mut qi, -1, &mut info);
    if info != 0 {
        return Err(linalg_error("Eigenvalues did not converge"));
    }
    let (lwork, lrwork, liwork) = (qw.count(), work_count(qr), qi.max(0) as usize);
    let mut work = vec![C::default(); lwork.max(1)];
    let mut rwork = vec![0.0; lrwork.max(1)];
    let mut iwork = vec![0 as I; liwork.max(1)];
    call(work.as_mut_ptr(), fi(lwork), rwork.as_mut_ptr(), fi(lrwork), iwork.as_mut_ptr(), fi(liwork), &mut info);
    if info != 0 {
        return Err(linalg_error("Eigenvalues did not converge"));
    }
    w.truncate(n);
    Ok((w, buf, n))
}

/// `np.linalg.eigh(a)` of a Hermitian matrix (UPLO='L'): real eigenvalues, complex vectors.
pub fn eigh_complex(a: &NdArray<C, 2>) -> Result<(NdArray<f64, 1>, NdArray<C, 2>)> {
    let (w, v, n) = heevd(a, c"V")?;
    Ok((NdArray::from_vec([n], w), from_fortran(&v, n, n, n)))
}

/// `np.linalg.eigvalsh(a)` of a Hermitian matrix (UPLO='L').
pub fn eigvalsh_complex(a: &NdArray<C, 2>) -> Result<NdArray<f64, 1>> {
    let (w, _, n) = heevd(a, c"N")?;
    Ok(NdArray::from_vec([n], w))
}

/// `np.linalg.eig(a)` of a complex matrix: `zgeev` (JOBVL='N', JOBVR='V').
pub fn eig_complex(a: &NdArray<C, 2>) -> Result<(NdArray<C, 1>, NdArray<C, 2>)> {
    let n = square(a)?;
    if a.to_vec().iter().any(|x| !x.re.is_finite() || !x.im.is_finite()) {
        return Err(linalg_error("Array must not contain infs or NaNs"));
    }
    let lp = lapack()?;
    let mut buf = fortran(a, n);
    buf.push(C::default());
    let (nn, ld) = (fi(n), fi(n.max(1)));
    let mut w = vec![C::default(); n + 1];
    let mut vr = vec![C::default(); n * n + 1];
    let mut vl = [C::default()];
    let mut rwork = vec![0.0; 2 * n + 1];
    let mut info = 0 as I;
    let mut call = |work: *mut C, lwork: I, info: &mut I| {
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when lwork = -1).
        unsafe {
            (lp.zgeev)(
                c"N".as_ptr(),
                c"V".as_ptr(),
                &nn,
                buf.as_mut_ptr(),
                &ld,
                w.as_mut_ptr(),
                vl.as_mut_ptr(),
                &ld,
                vr.as_mut_ptr(),
                &ld,
                work,
                &lwork,
                rwork.as_mut_ptr(),
                info,
                1,
                1,
            )
        }
    };
    let mut q = C::default();
    call(&mut q, -1, &mut info);
    if info != 0 {
        return Err(linalg_error("Eigenvalues did not converge"));
    }
    let lwork = q.count().max(1);
    let mut work = vec![C::default(); lwork];
    call(work.as_mut_ptr(), fi(lwork), &mut info);
    if info != 0 {
        return Err(linalg_error("Eigenvalues did not converge"));
    }
    w.truncate(n);
    Ok((NdArray::from_vec([n], w), from_fortran(&vr, n, n, n)))
}

/// `zgesdd` as numpy's `svd_wrapper` calls it: (u, s, vt, ucols, vrows) as [`gesdd`].
#[allow(clippy::type_complexity)]
fn zgesdd(a: &NdArray<C, 2>, jobz: u8) -> Result<(Vec<C>, Vec<f64>, Vec<C>, usize, usize)> {
    let lp = lapack()?;
    let [m, n] = a.shape();
    let k = m.min(n);
    let (urows, vtcols) = match jobz {
        b'A' => (m, n),
        b'S' => (k, k),
        _ => (0, 0),
    };
    let mut abuf = fortran(a, m.max(1));
    abuf.push(C::default());
    let mut s = vec![0.0; k + 1];
    let mut u = vec![C::default(); urows * m + 1];
    let mut vt = vec![C::default(); n * vtcols + 1];
    // numpy's sizes (counted in complex elements)
    let rsize = if jobz == b'N' { 7 * k } else { 5 * k * k + 5 * k };
    let mut rwork = vec![0.0; 2 * rsize + 1];
    let mut iwork = vec![0 as I; 8 * k + 1];
    let (mm, nn, ld, ldvt) = (fi(m), fi(n), fi(m.max(1)), fi(vtcols.max(1)));
    let job = [jobz as c_char, 0];
    let mut info = 0 as I;
    let mut call = |work: *mut C, lwork: I, info: &mut I| {
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when lwork = -1).
        unsafe {
            (lp.zgesdd)(
                job.as_ptr(),
                &mm,
                &nn,
                abuf.as_mut_ptr(),
                &ld,
                s.as_mut_ptr(),
                u.as_mut_ptr(),
                &ld,
                vt.as_mut_ptr(),
                &ldvt,
                work,
                &lwork,
                rwork.as_mut_ptr(),
                iwork.as_mut_ptr(),
                info,
                1,
            )
        }
    };
    let mut q = C::default();
    call(&mut q, -1, &mut info);
    if info != 0 {
        return Err(linalg_error("SVD did not converge"));
    }
    let lwork = q.count().max(1);
    let mut work = vec![C::default(); lwork];
    call(work.as_mut_ptr(), fi(lwork), &mut info);
    if info != 0 {
        return Err(linalg_error("SVD did not converge"));
    }
    if jobz == b'A' && k == 0 {
        // LAPACK leaves them unset: numpy makes both identities
        u = vec![C::default(); m * m + 1];
        for i in 0..m {
            u[i * (m + 1)] = C::ONE;
        }
        vt = vec![C::default(); n * n + 1];
        for i in 0..n {
            vt[i * (n + 1)] = C::ONE;
        }
    }
    s.truncate(k);
    Ok((u, s, vt, urows, vtcols))
}

/// `np.linalg.svd(a, full_matrices)` of a complex matrix: (u, s, vh).
#[allow(clippy::type_complexity)]
pub fn svd_complex(a: &NdArray<C, 2>, full_matrices: bool) -> Result<(NdArray<C, 2>, NdArray<f64, 1>, NdArray<C, 2>)> {
    let [m, n] = a.shape();
    let (u, s, vt, ucols, vrows) = zgesdd(a, if full_matrices { b'A' } else { b'S' })?;
    let k = s.len();
    Ok((from_fortran(&u, m, m, ucols), NdArray::from_vec([k], s), from_fortran(&vt, vrows, vrows, n)))
}

/// `np.linalg.svd(a, compute_uv=False)` of a complex matrix.
pub fn svdvals_complex(a: &NdArray<C, 2>) -> Result<NdArray<f64, 1>> {
    let (_, s, _, _, _) = zgesdd(a, b'N')?;
    Ok(NdArray::from_vec([s.len()], s))
}

/// [`norm_svd`] of a complex matrix.
pub fn norm_svd_complex(a: &NdArray<C, 2>, ord: i64) -> Result<f64> {
    let (_, s, _, _, _) = zgesdd(a, b'N')?;
    reduce_singular(&s, ord)
}

/// `np.linalg.svd(a, full_matrices)`: (u, s, vh).
pub fn svd(a: &NdArray<f64, 2>, full_matrices: bool) -> Result<(NdArray<f64, 2>, NdArray<f64, 1>, NdArray<f64, 2>)> {
    let [m, n] = a.shape();
    let (u, s, vt, ucols, vrows) = gesdd(a, if full_matrices { b'A' } else { b'S' })?;
    let k = s.len();
    Ok((from_fortran(&u, m, m, ucols), NdArray::from_vec([k], s), from_fortran(&vt, vrows, vrows, n)))
}

/// `np.linalg.svd(a, compute_uv=False)`: the singular values, descending.
pub fn svdvals(a: &NdArray<f64, 2>) -> Result<NdArray<f64, 1>> {
    let (_, s, _, _, _) = gesdd(a, b'N')?;
    Ok(NdArray::from_vec([s.len()], s))
}

/// `np.linalg.norm(a, 2)`, `(a, -2)`, `(a, 'nuc')` of a matrix: the largest, the smallest or
/// the sum of the singular values (`ord` 2, -2, 0 for 'nuc'), reduced as numpy's `amax`
/// (initial 0), `amin` and `sum` (initial 0) do.
pub fn norm_svd(a: &NdArray<f64, 2>, ord: i64) -> Result<f64> {
    let (_, s, _, _, _) = gesdd(a, b'N')?;
    reduce_singular(&s, ord)
}

fn reduce_singular(s: &[f64], ord: i64) -> Result<f64> {
    use super::reduce::{fmax_nan, fmin_nan, pairwise_sum};
    match ord {
        2 => Ok(s.iter().fold(0.0, |m, &x| fmax_nan(m, x))),
        -2 => match s.split_first() {
            Some((&first, rest)) => Ok(rest.iter().fold(first, |m, &x| fmin_nan(m, x))),
            None => Err(Error::Value("zero-size array to reduction operation minimum which has no identity")),
        },
        _ => Ok(0.0 + pairwise_sum(s.len(), &mut |i| Ok(s[i]))?),
    }
}

/// [`norm_svd`] of a float32 matrix: numpy's singular values (computed in float64) rounded
/// to float32, reduced in float32; the float32 result as a float64.
pub fn norm_svd32(a: &NdArray<f64, 2>, ord: i64) -> Result<f64> {
    use super::reduce::{fmax_nan, fmin_nan, pairwise_sum32};
    let (_, s, _, _, _) = gesdd(a, b'N')?;
    // rounded to float32 (the values then stay exact in float64)
    let s: Vec<f64> = s.iter().map(|&x| x as f32 as f64).collect();
    let r = match ord {
        2 => s.iter().fold(0.0, |m, &x| fmax_nan(m, x)),
        -2 => match s.split_first() {
            Some((&first, rest)) => rest.iter().fold(first, |m, &x| fmin_nan(m, x)),
            None => return Err(Error::Value("zero-size array to reduction operation minimum which has no identity")),
        },
        _ => (0.0f32 + pairwise_sum32(s.len(), &mut |i| Ok(s[i] as f32))?) as f64,
    };
    Ok(r)
}

/// `geqrf` of `a` as numpy's `qr_r_raw`: the factored matrix (Fortran order, ld max(1, m))
/// and `tau`.
fn geqrf<T: Field>(a: &NdArray<T, 2>) -> Result<(Vec<T>, Vec<T>)> {
    let lp = lapack()?;
    let [m, n] = a.shape();
    let k = m.min(n);
    let ld = m.max(1);
    let mut abuf = fortran(a, ld);
    abuf.push(T::default());
    let mut tau = vec![T::default(); k + 1];
    let (mm, nn, lda) = (fi(m), fi(n), fi(ld));
    let mut info = 0 as I;
    let f = T::geqrf(lp);
    let mut call = |work: *mut T, lwork: I, info: &mut I| {
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when lwork = -1).
        unsafe { f(&mm, &nn, abuf.as_mut_ptr(), &lda, tau.as_mut_ptr(), work, &lwork, info) }
    };
    let mut q = T::default();
    call(&mut q, -1, &mut info);
    if info != 0 {
        return Err(qr_error());
    }
    let lwork = n.max(1).max(q.count());
    let mut work = vec![T::default(); lwork];
    call(work.as_mut_ptr(), fi(lwork), &mut info);
    if info != 0 {
        return Err(qr_error());
    }
    abuf.truncate(ld * n);
    tau.truncate(k);
    Ok((abuf, tau))
}

#[cold]
fn qr_error() -> Error {
    linalg_error("Incorrect argument found while performing QR factorization")
}

/// The upper triangle of the first `rows` rows of the factored matrix (`triu(a[:rows, :])`).
fn triu<T: Field>(f: &[T], ld: usize, rows: usize, n: usize) -> NdArray<T, 2> {
    let mut data = Vec::with_capacity(rows * n);
    for i in 0..rows {
        for j in 0..n {
            data.push(if j >= i { f[j * ld + i] } else { T::default() });
        }
    }
    NdArray::from_vec([rows, n], data)
}

/// `np.linalg.qr(a, mode)` for mode 'reduced' (`complete` false) or 'complete': (q, r).
#[allow(private_bounds)]
pub fn qr<T: Field>(a: &NdArray<T, 2>, complete: bool) -> Result<(NdArray<T, 2>, NdArray<T, 2>)> {
    let lp = lapack()?;
    let [m, n] = a.shape();
    let k = m.min(n);
    let ld = m.max(1);
    let (f, tau) = geqrf(a)?;
    let mc = if complete && m > n { m } else { k };
    // q starts as the factored matrix (its first mc columns), columns past n zero
    let mut q = vec![T::default(); ld * mc + 1];
    let copied = ld * mc.min(n);
    q[..copied].copy_from_slice(&f[..copied]);
    let mut taub = tau.clone();
    taub.push(T::default());
    let (mm, nc, kk, lda) = (fi(m), fi(mc), fi(k), fi(ld));
    let mut info = 0 as I;
    let org = T::orgqr(lp);
    let mut call = |work: *mut T, lwork: I, info: &mut I| {
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when lwork = -1).
        unsafe { org(&mm, &nc, &kk, q.as_mut_ptr(), &lda, taub.as_ptr(), work, &lwork, info) }
    };
    let mut qw = T::default();
    call(&mut qw, -1, &mut info);
    if info != 0 {
        return Err(qr_error());
    }
    let size = n.max(1).max(qw.count());
    let mut work = vec![T::default(); size];
    // numpy passes the buffer's size for float64 and the query's answer for complex128
    let lwork = if std::mem::size_of::<T>() == 8 { size } else { qw.count() };
    call(work.as_mut_ptr(), fi(lwork), &mut info);
    if info != 0 {
        return Err(qr_error());
    }
    Ok((from_fortran(&q, ld, m, mc), triu(&f, ld, mc, n)))
}

/// `np.linalg.qr(a, mode='r')`: r alone.
#[allow(private_bounds)]
pub fn qr_r<T: Field>(a: &NdArray<T, 2>) -> Result<NdArray<T, 2>> {
    let [m, n] = a.shape();
    let (f, _) = geqrf(a)?;
    Ok(triu(&f, m.max(1), m.min(n), n))
}

/// numpy's `mode` check of `qr` for a mode string known only when the code runs.
pub fn qr_mode(mode: &str) -> Result<bool> {
    match mode {
        "reduced" => Ok(false),
        "complete" => Ok(true),
        _ => Err(Error::Value(format!("Unrecognized mode '{mode}'"))),
    }
}

/// `gelsd` as numpy's `lstsq`: (x in the B buffer (ld max(m, n)), residuals, rank, s).
#[allow(clippy::type_complexity)]
fn gelsd(
    a: &NdArray<f64, 2>,
    b: &NdArray<f64, 2>,
    rcond: Option<f64>,
) -> Result<(NdArray<f64, 2>, NdArray<f64, 1>, i64, NdArray<f64, 1>)> {
    let [m, n] = a.shape();
    let [m2, nrhs0] = b.shape();
    if m != m2 {
        return Err(linalg_error("Incompatible dimensions"));
    }
    let lp = lapack()?;
    let rcond = rcond.unwrap_or(f64::EPSILON * m.max(n) as f64);
    // LAPACK cannot take no right-hand side: numpy solves for one column of zeros
    let nrhs = nrhs0.max(1);
    let k = m.min(n);
    let ldb = m.max(n).max(1);
    let mut abuf = fortran(a, m.max(1));
    abuf.push(0.0);
    let mut bbuf = if nrhs0 == 0 { vec![0.0; ldb] } else { fortran(b, ldb) };
    bbuf.push(0.0);
    let mut s = vec![0.0; k + 1];
    let (mm, nn, nr, lda, ldbi) = (fi(m), fi(n), fi(nrhs), fi(m.max(1)), fi(ldb));
    let mut rank = 0 as I;
    let mut info = 0 as I;
    let mut call = |work: *mut f64, lwork: I, iwork: *mut I, rank: &mut I, info: &mut I| {
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when lwork = -1).
        unsafe {
            (lp.dgelsd)(
                &mm,
                &nn,
                &nr,
                abuf.as_mut_ptr(),
                &lda,
                bbuf.as_mut_ptr(),
                &ldbi,
                s.as_mut_ptr(),
                &rcond,
                rank,
                work,
                &lwork,
                iwork,
                info,
            )
        }
    };
    let (mut qw, mut qi) = (0.0, 0 as I);
    call(&mut qw, -1, &mut qi, &mut rank, &mut info);
    if info != 0 {
        return Err(linalg_error("SVD did not converge in Linear Least Squares"));
    }
    let lwork = work_count(qw);
    let mut work = vec![0.0; lwork.max(1)];
    let mut iwork = vec![0 as I; (qi.max(0) as usize).max(1)];
    call(work.as_mut_ptr(), fi(lwork), iwork.as_mut_ptr(), &mut rank, &mut info);
    if info != 0 {
        return Err(linalg_error("SVD did not converge in Linear Least Squares"));
    }
    // residuals: numpy's sum of squares of the rows past n, kept when the rank is full
    // and there are more rows than columns
    let resid = if rank == fi(n) && m > n {
        let r: Vec<f64> = (0..nrhs0)
            .map(|i| {
                let col = &bbuf[n + i * m..n + i * m + (m - n)];
                let mut acc = 0.0;
                for &x in col {
                    acc += x * x;
                }
                acc
            })
            .collect();
        NdArray::from_vec([r.len()], r)
    } else {
        NdArray::from_vec([0], Vec::new())
    };
    let x =
        if m == 0 { NdArray::from_vec([n, nrhs0], vec![0.0; n * nrhs0]) } else { from_fortran(&bbuf, ldb, n, nrhs0) };
    s.truncate(k);
    Ok((x, resid, rank, NdArray::from_vec([k], s)))
}

/// `np.linalg.lstsq(a, b, rcond)` for a matrix `b`.
#[allow(clippy::type_complexity)]
pub fn lstsq(
    a: &NdArray<f64, 2>,
    b: &NdArray<f64, 2>,
    rcond: Option<f64>,
) -> Result<(NdArray<f64, 2>, NdArray<f64, 1>, i64, NdArray<f64, 1>)> {
    gelsd(a, b, rcond)
}

/// `np.linalg.lstsq(a, b, rcond)` for a vector `b`: x is a vector.
#[allow(clippy::type_complexity)]
pub fn lstsq1(
    a: &NdArray<f64, 2>,
    b: &NdArray<f64, 1>,
    rcond: Option<f64>,
) -> Result<(NdArray<f64, 1>, NdArray<f64, 1>, i64, NdArray<f64, 1>)> {
    let m = b.shape()[0];
    let col = NdArray::from_vec([m, 1], b.to_vec());
    let (x, r, rank, s) = gelsd(a, &col, rcond)?;
    let n = x.shape()[0];
    Ok((NdArray::from_vec([n], x.to_vec()), r, rank, s))
}

/// numpy's `LinAlgError` for an array of the wrong number of dimensions (`_assert_stacked_2d`).
pub fn not_2d(ndim: usize) -> Error {
    linalg_error(&format!("{ndim}-dimensional array given. Array must be at least two-dimensional"))
}

// ---- stacks of matrices `(..., m, n)`: numpy's gufunc loop over the leading axes ----

/// `f` on every matrix of a stack, in C order of the leading indices (the first error stops
/// the loop: numpy raises once its loop is over, nothing of the results is seen either way).
fn each_matrix<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    mut f: impl FnMut(&NdArray<T, 2>) -> Result<()>,
) -> Result<()> {
    let shape = a.shape();
    let lead = &shape[..D - 2];
    let count: usize = lead.iter().product();
    for k in 0..count {
        let mut idx = vec![Idx::At(0); D - 2];
        let mut r = k;
        for ax in (0..D - 2).rev() {
            idx[ax] = Idx::At((r % lead[ax]) as i64);
            r /= lead[ax];
        }
        idx.push(Idx::Ellipsis);
        f(&a.view::<2>(&idx)?)?;
    }
    Ok(())
}

/// One output of a stack: the leading shape of `a` then `inner`.
fn stacked<U: Element, const R: usize>(lead: &[usize], inner: &[usize], data: Vec<U::Value>) -> NdArray<U, R> {
    let mut shape = [0usize; R];
    shape[..lead.len()].copy_from_slice(lead);
    shape[lead.len()..].copy_from_slice(inner);
    NdArray::from_vec(shape, data)
}

/// numpy's `_assert_stacked_square` of a stack.
fn stacked_square<T: Element, const D: usize>(a: &NdArray<T, D>) -> Result<usize> {
    let s = a.shape();
    if s[D - 2] != s[D - 1] {
        return Err(linalg_error("Last 2 dimensions of the array must be square"));
    }
    Ok(s[D - 1])
}

/// A function of one matrix giving one array, over a stack: R = D - 2 + inner's length.
fn map1<T: Element, U: Element, const K: usize, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    inner: &[usize],
    f: impl Fn(&NdArray<T, 2>) -> Result<NdArray<U, K>>,
) -> Result<NdArray<U, R>> {
    let mut data = Vec::new();
    each_matrix(a, |m| {
        data.extend(f(m)?.to_vec());
        Ok(())
    })?;
    Ok(stacked(&a.shape()[..D - 2], inner, data))
}

/// A function of one matrix giving a scalar, over a stack (R = D - 2).
fn map_scalar<T: Element, U: Element, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    f: impl Fn(&NdArray<T, 2>) -> Result<U::Value>,
) -> Result<NdArray<U, R>> {
    let mut data = Vec::new();
    each_matrix(a, |m| {
        data.push(f(m)?);
        Ok(())
    })?;
    Ok(stacked(&a.shape()[..D - 2], &[], data))
}

/// `np.linalg.inv` of a stack of matrices.
#[allow(private_bounds)]
pub fn inv_n<T: Field, const D: usize>(a: &NdArray<T, D>) -> Result<NdArray<T, D>> {
    let n = stacked_square(a)?;
    map1::<T, T, 2, D, D>(a, &[n, n], inv)
}

/// `np.linalg.cholesky` of a stack of matrices.
#[allow(private_bounds)]
pub fn cholesky_n<T: Field, const D: usize>(a: &NdArray<T, D>) -> Result<NdArray<T, D>> {
    let n = stacked_square(a)?;
    map1::<T, T, 2, D, D>(a, &[n, n], cholesky)
}

/// `np.linalg.det` of a stack of matrices.
pub fn det_n<const D: usize, const R: usize>(a: &NdArray<f64, D>) -> Result<NdArray<f64, R>> {
    stacked_square(a)?;
    map_scalar(a, det)
}

/// `np.linalg.det` of a stack of complex matrices.
pub fn det_complex_n<const D: usize, const R: usize>(a: &NdArray<C, D>) -> Result<NdArray<C, R>> {
    stacked_square(a)?;
    map_scalar(a, det_complex)
}

/// `np.linalg.slogdet` of a stack of matrices: (signs, logs).
pub fn slogdet_n<const D: usize, const R: usize>(a: &NdArray<f64, D>) -> Result<(NdArray<f64, R>, NdArray<f64, R>)> {
    stacked_square(a)?;
    let (mut s, mut l) = (Vec::new(), Vec::new());
    each_matrix(a, |m| {
        let (x, y) = slogdet(m)?;
        s.push(x);
        l.push(y);
        Ok(())
    })?;
    let lead = &a.shape()[..D - 2];
    Ok((stacked(lead, &[], s), stacked(lead, &[], l)))
}

/// `np.linalg.slogdet` of a stack of complex matrices.
pub fn slogdet_complex_n<const D: usize, const R: usize>(
    a: &NdArray<C, D>,
) -> Result<(NdArray<C, R>, NdArray<f64, R>)> {
    stacked_square(a)?;
    let (mut s, mut l) = (Vec::new(), Vec::new());
    each_matrix(a, |m| {
        let (x, y) = slogdet_complex(m)?;
        s.push(x);
        l.push(y);
        Ok(())
    })?;
    let lead = &a.shape()[..D - 2];
    Ok((stacked(lead, &[], s), stacked(lead, &[], l)))
}

/// Two outputs of a function of one matrix over a stack, with their inner shapes.
#[allow(clippy::type_complexity)]
fn map2<
    T: Element,
    U: Element,
    V: Element,
    const K: usize,
    const L: usize,
    const D: usize,
    const R: usize,
    const S: usize,
>(
    a: &NdArray<T, D>,
    inner: (&[usize], &[usize]),
    f: impl Fn(&NdArray<T, 2>) -> Result<(NdArray<U, K>, NdArray<V, L>)>,
) -> Result<(NdArray<U, R>, NdArray<V, S>)> {
    let (mut x, mut y) = (Vec::new(), Vec::new());
    each_matrix(a, |m| {
        let (p, q) = f(m)?;
        x.extend(p.to_vec());
        y.extend(q.to_vec());
        Ok(())
    })?;
    let lead = &a.shape()[..D - 2];
    Ok((stacked(lead, inner.0, x), stacked(lead, inner.1, y)))
}

/// `np.linalg.eigh` of a stack of symmetric matrices.
pub fn eigh_n<const D: usize, const R: usize>(a: &NdArray<f64, D>) -> Result<(NdArray<f64, R>, NdArray<f64, D>)> {
    let n = stacked_square(a)?;
    map2(a, (&[n], &[n, n]), eigh)
}

/// `np.linalg.eigh` of a stack of Hermitian matrices.
pub fn eigh_complex_n<const D: usize, const R: usize>(a: &NdArray<C, D>) -> Result<(NdArray<f64, R>, NdArray<C, D>)> {
    let n = stacked_square(a)?;
    map2(a, (&[n], &[n, n]), eigh_complex)
}

/// `np.linalg.eig` of a stack of real matrices (ValueError for complex eigenvalues, see [`eig`]).
pub fn eig_n<const D: usize, const R: usize>(a: &NdArray<f64, D>) -> Result<(NdArray<f64, R>, NdArray<f64, D>)> {
    let n = stacked_square(a)?;
    map2(a, (&[n], &[n, n]), eig)
}

/// `np.linalg.eig` of a stack of complex matrices.
pub fn eig_complex_n<const D: usize, const R: usize>(a: &NdArray<C, D>) -> Result<(NdArray<C, R>, NdArray<C, D>)> {
    let n = stacked_square(a)?;
    map2(a, (&[n], &[n, n]), eig_complex)
}

/// `np.linalg.eigvalsh` of a stack.
pub fn eigvalsh_n<const D: usize, const R: usize>(a: &NdArray<f64, D>) -> Result<NdArray<f64, R>> {
    let n = stacked_square(a)?;
    map1::<f64, f64, 1, D, R>(a, &[n], eigvalsh)
}

/// `np.linalg.eigvalsh` of a stack of Hermitian matrices.
pub fn eigvalsh_complex_n<const D: usize, const R: usize>(a: &NdArray<C, D>) -> Result<NdArray<f64, R>> {
    let n = stacked_square(a)?;
    map1::<C, f64, 1, D, R>(a, &[n], eigvalsh_complex)
}

/// `np.linalg.svd(a, compute_uv=False)` of a stack.
pub fn svdvals_n<const D: usize, const R: usize>(a: &NdArray<f64, D>) -> Result<NdArray<f64, R>> {
    let [m, n] = [a.shape()[D - 2], a.shape()[D - 1]];
    map1::<f64, f64, 1, D, R>(a, &[m.min(n)], svdvals)
}

/// `np.linalg.svd(a, compute_uv=False)` of a stack of complex matrices.
pub fn svdvals_complex_n<const D: usize, const R: usize>(a: &NdArray<C, D>) -> Result<NdArray<f64, R>> {
    let [m, n] = [a.shape()[D - 2], a.shape()[D - 1]];
    map1::<C, f64, 1, D, R>(a, &[m.min(n)], svdvals_complex)
}

/// `np.linalg.svd(a, full_matrices)` of a stack.
#[allow(clippy::type_complexity)]
pub fn svd_n<const D: usize, const R: usize>(
    a: &NdArray<f64, D>,
    full: bool,
) -> Result<(NdArray<f64, D>, NdArray<f64, R>, NdArray<f64, D>)> {
    svd_stack(a, full, svd)
}

/// `np.linalg.svd(a, full_matrices)` of a stack of complex matrices.
#[allow(clippy::type_complexity)]
pub fn svd_complex_n<const D: usize, const R: usize>(
    a: &NdArray<C, D>,
    full: bool,
) -> Result<(NdArray<C, D>, NdArray<f64, R>, NdArray<C, D>)> {
    svd_stack(a, full, svd_complex)
}

#[allow(clippy::type_complexity)]
fn svd_stack<T: Element, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    full: bool,
    f: impl Fn(&NdArray<T, 2>, bool) -> Result<(NdArray<T, 2>, NdArray<f64, 1>, NdArray<T, 2>)>,
) -> Result<(NdArray<T, D>, NdArray<f64, R>, NdArray<T, D>)> {
    let [m, n] = [a.shape()[D - 2], a.shape()[D - 1]];
    let k = m.min(n);
    let (uc, vr) = if full { (m, n) } else { (k, k) };
    let (mut u, mut s, mut v) = (Vec::new(), Vec::new(), Vec::new());
    each_matrix(a, |x| {
        let (p, q, r) = f(x, full)?;
        u.extend(p.to_vec());
        s.extend(q.to_vec());
        v.extend(r.to_vec());
        Ok(())
    })?;
    let lead = &a.shape()[..D - 2];
    Ok((stacked(lead, &[m, uc], u), stacked(lead, &[k], s), stacked(lead, &[vr, n], v)))
}

/// `np.linalg.qr(a, mode)` ('reduced' or 'complete') of a stack.
#[allow(private_bounds)]
pub fn qr_n<T: Field, const D: usize>(a: &NdArray<T, D>, complete: bool) -> Result<(NdArray<T, D>, NdArray<T, D>)> {
    let [m, n] = [a.shape()[D - 2], a.shape()[D - 1]];
    let mc = if complete && m > n { m } else { m.min(n) };
    map2(a, (&[m, mc], &[mc, n]), |x| qr(x, complete))
}

/// `np.linalg.qr(a, 'r')` of a stack.
#[allow(private_bounds)]
pub fn qr_r_n<T: Field, const D: usize>(a: &NdArray<T, D>) -> Result<NdArray<T, D>> {
    let [m, n] = [a.shape()[D - 2], a.shape()[D - 1]];
    map1::<T, T, 2, D, D>(a, &[m.min(n), n], qr_r)
}
