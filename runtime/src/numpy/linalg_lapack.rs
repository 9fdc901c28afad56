//! `np.linalg`'s factorisations and solvers on numpy's own LAPACK: `solve`, `inv`, `det`,
//! `slogdet`, `cholesky`, `eigh`, `eigvalsh`, `eig`, `eigvals`, `svd`, `lstsq`, `qr` and the
//! matrix norms that need singular values (`norm(a, 2)`, `-2`, `'nuc'`).
//!
//! numpy's wheels carry LAPACK inside their OpenBLAS (`scipy_dgesv_64_`, ...: ILP64 Fortran
//! symbols). It is found as [`super::blas`] finds the BLAS, in the libraries already mapped
//! into the process, and called in numpy's sequence (`numpy/linalg/umath_linalg.cpp`): the
//! matrix copied into a Fortran-order buffer, the same routine with the same workspace query,
//! the results copied out; `det` is `sign * exp(Σ log|uᵢᵢ|)` from `getrf`'s factors, as numpy
//! computes it. So the results are numpy's bits. Failures raise `numpy.linalg.LinAlgError`
//! with numpy's messages; shape errors are numpy's.
//!
//! float64 matrices (2-D; ints, float32 and complex64 converted by the caller, as numpy
//! computes them in double precision) with LAPACK's `d` routines, complex128 ones with its `z`
//! routines. One code path serves both: [`Field`] is the element type with its routines (the
//! complex ones take an extra real workspace), [`with_work`] numpy's workspace protocol
//! (query, allocate, call, check `info`).

use super::element::Element;
use super::ndarray::{Idx, NdArray};
use crate::error::{Error, Exc, Result};
use num_complex::Complex64 as C;
use std::ffi::{c_char, c_void, CStr};
use std::sync::OnceLock;

mod compose;
mod hermitian;
pub use compose::{cond, matrix_power, matrix_power_int, matrix_rank, multi_dot, pinv, CondP};
pub use hermitian::{pinv_hermitian, svd_hermitian, svd_hermitian_n};

// Fortran's arguments: everything by pointer, a character's length hidden at the end.
type I = i64;
type Len = usize;
type Ch = *const c_char;
type Int = *const I;
type Out = *mut I;
type Re = *mut f64;
type Cx = *mut C;

type Getrf<T> = unsafe extern "C" fn(Int, Int, *mut T, Int, Out, Out);
type Gesv<T> = unsafe extern "C" fn(Int, Int, *mut T, Int, Out, *mut T, Int, Out);
type Potrf<T> = unsafe extern "C" fn(Ch, Int, *mut T, Int, Out, Len);
type Geqrf<T> = unsafe extern "C" fn(Int, Int, *mut T, Int, *mut T, *mut T, Int, Out);
type Orgqr<T> = unsafe extern "C" fn(Int, Int, Int, *mut T, Int, *const T, *mut T, Int, Out);
// jobz uplo n a lda w work lwork [rwork lrwork] iwork liwork info
type Syevd = unsafe extern "C" fn(Ch, Ch, Int, Re, Int, Re, Re, Int, Out, Int, Out, Len, Len);
type Heevd = unsafe extern "C" fn(Ch, Ch, Int, Cx, Int, Re, Cx, Int, Re, Int, Out, Int, Out, Len, Len);
// jobvl jobvr n a lda (wr wi | w) vl ldvl vr ldvr work lwork [rwork] info
type Dgeev = unsafe extern "C" fn(Ch, Ch, Int, Re, Int, Re, Re, Re, Int, Re, Int, Re, Int, Out, Len, Len);
type Zgeev = unsafe extern "C" fn(Ch, Ch, Int, Cx, Int, Cx, Cx, Int, Cx, Int, Cx, Int, Re, Out, Len, Len);
// jobz m n a lda s u ldu vt ldvt work lwork [rwork] iwork info
type Dgesdd = unsafe extern "C" fn(Ch, Int, Int, Re, Int, Re, Re, Int, Re, Int, Re, Int, Out, Out, Len);
type Zgesdd = unsafe extern "C" fn(Ch, Int, Int, Cx, Int, Re, Cx, Int, Cx, Int, Cx, Int, Re, Out, Out, Len);
// m n nrhs a lda b ldb s rcond rank work lwork [rwork] iwork info
type Dgelsd = unsafe extern "C" fn(Int, Int, Int, Re, Int, Re, Int, Re, *const f64, Out, Re, Int, Out, Out);
type Zgelsd = unsafe extern "C" fn(Int, Int, Int, Cx, Int, Cx, Int, Re, *const f64, Out, Cx, Int, Re, Out, Out);

/// The routines of the same signature for float64 (`d`) and complex128 (`z`).
struct Family<T> {
    getrf: Getrf<T>,
    gesv: Gesv<T>,
    potrf: Potrf<T>,
    geqrf: Geqrf<T>,
    orgqr: Orgqr<T>,
}

/// The routines, looked up once.
struct Lapack {
    d: Family<f64>,
    z: Family<C>,
    dsyevd: Syevd,
    dgeev: Dgeev,
    dgesdd: Dgesdd,
    dgelsd: Dgelsd,
    zheevd: Heevd,
    zgeev: Zgeev,
    zgesdd: Zgesdd,
    zgelsd: Zgelsd,
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
    use super::blas::openblas_handles;
    openblas_handles().into_iter().find_map(|h| ["scipy_", ""].into_iter().find_map(|prefix| table(h, prefix)))
}

/// Every routine of the table from one library, all or none.
#[cfg(unix)]
fn table(h: *mut c_void, prefix: &str) -> Option<Lapack> {
    /// The symbol `{prefix}{name}_64_` as a function pointer of type `F`.
    /// SAFETY: `F` must be a function pointer type with the routine's signature.
    unsafe fn get<F: Copy>(h: *mut c_void, prefix: &str, name: &str) -> Option<F> {
        let p = super::blas::sym(h, &format!("{prefix}{name}_64_"))?;
        // SAFETY: `F` is a function pointer, of the size of `p` (the caller's promise).
        Some(unsafe { std::mem::transmute_copy::<*mut c_void, F>(&p) })
    }
    /// The routines of one family, prefix `p` (`d` or `z`, with `T` its element type).
    /// SAFETY: as `get`.
    unsafe fn family<T>(h: *mut c_void, prefix: &str, p: &str, orgqr: &str) -> Option<Family<T>> {
        let name = |r: &str| format!("{p}{r}");
        // SAFETY: the caller's promise, for `T`.
        unsafe {
            Some(Family {
                getrf: get(h, prefix, &name("getrf"))?,
                gesv: get(h, prefix, &name("gesv"))?,
                potrf: get(h, prefix, &name("potrf"))?,
                geqrf: get(h, prefix, &name("geqrf"))?,
                orgqr: get(h, prefix, &name(orgqr))?,
            })
        }
    }
    // SAFETY: the ILP64 Fortran LAPACK routines have these signatures (arguments by pointer,
    // the characters' hidden lengths last, as gfortran passes them).
    Some(unsafe {
        Lapack {
            d: family(h, prefix, "d", "orgqr")?,
            z: family(h, prefix, "z", "ungqr")?,
            dsyevd: get(h, prefix, "dsyevd")?,
            dgeev: get(h, prefix, "dgeev")?,
            dgesdd: get(h, prefix, "dgesdd")?,
            dgelsd: get(h, prefix, "dgelsd")?,
            zheevd: get(h, prefix, "zheevd")?,
            zgeev: get(h, prefix, "zgeev")?,
            zgesdd: get(h, prefix, "zgesdd")?,
            zgelsd: get(h, prefix, "zgelsd")?,
        }
    })
}

/// The element types of one LAPACK family, float64 (`d`) and complex128 (`z`), with the
/// routines numpy calls, each as one calling pattern: the complex ones take the extra real
/// workspace of [`Work`], the real ones ignore it.
#[allow(clippy::too_many_arguments)]
trait Field: Element<Value = Self> + Default + Copy {
    const ONE: Self;
    const COMPLEX: bool;
    /// A workspace query's answer (the real part of a complex one), as numpy truncates it.
    fn count(self) -> usize;
    /// (real part, imaginary part)
    fn parts(self) -> (f64, f64);
    fn from_real(x: f64) -> Self;
    /// numpy's product in `umath_linalg` (complex: no fused multiply-adds).
    fn mul(self, b: Self) -> Self;
    /// (x / |x|, |x|) as numpy's `slogdet` takes a diagonal element apart (a real one's sign
    /// ±1 from `x < 0`).
    fn polar(self) -> (Self, f64);
    fn conj(self) -> Self;
    /// `s * x` as numpy's loop of `x`'s type multiplies (complex: (s, 0) times x, each part one
    /// multiply-add as numpy's vector loop).
    fn scale(s: f64, x: Self) -> Self;
    /// |x| (complex: `hypot`)
    fn modulus(self) -> f64;
    fn family(l: &Lapack) -> &Family<Self>;
    /// `syevd`/`heevd` with UPLO = `uplo` on the n × n matrix `a`: the eigenvalues into `w`.
    unsafe fn heevd(l: &Lapack, jobz: Ch, uplo: Ch, n: Int, a: *mut Self, w: Re, ws: &mut Work<Self>, info: Out);
    /// `gesdd` of the m × n matrix `a` (ld m): singular values into `s`, vectors into `u`, `vt`.
    unsafe fn gesdd(
        l: &Lapack,
        jobz: Ch,
        mn: [Int; 2],
        a: *mut Self,
        s: Re,
        u: *mut Self,
        vt: (*mut Self, Int),
        ws: &mut Work<Self>,
        info: Out,
    );
    /// `gelsd` of the m × n matrix `a` with `nrhs` columns of `b` (ld `ldb`).
    unsafe fn gelsd(
        l: &Lapack,
        mnr: [Int; 3],
        a: *mut Self,
        b: (*mut Self, Int),
        s: Re,
        rcond: &f64,
        rank: Out,
        ws: &mut Work<Self>,
        info: Out,
    );
    /// `geev` (JOBVL='N') of the n × n matrix `a`: eigenvalues into `w` (as complex numbers),
    /// for JOBVR='V' the right eigenvectors into `vr`.
    unsafe fn geev(
        l: &Lapack,
        jobvr: Ch,
        n: Int,
        a: *mut Self,
        w: &mut [C],
        vr: *mut Self,
        ws: &mut Work<Self>,
        info: Out,
    );
}

impl Field for f64 {
    const ONE: f64 = 1.0;
    const COMPLEX: bool = false;
    fn count(self) -> usize {
        (self as I).max(0) as usize
    }
    fn parts(self) -> (f64, f64) {
        (self, 0.0)
    }
    fn from_real(x: f64) -> f64 {
        x
    }
    fn mul(self, b: f64) -> f64 {
        self * b
    }
    fn polar(self) -> (f64, f64) {
        if self < 0.0 {
            (-1.0, -self)
        } else {
            (1.0, self)
        }
    }
    fn conj(self) -> f64 {
        self
    }
    fn scale(s: f64, x: f64) -> f64 {
        s * x
    }
    fn modulus(self) -> f64 {
        self.abs()
    }
    fn family(l: &Lapack) -> &Family<f64> {
        &l.d
    }
    unsafe fn heevd(l: &Lapack, jobz: Ch, uplo: Ch, n: Int, a: Re, w: Re, ws: &mut Work<f64>, info: Out) {
        let lda = &(*n).max(1);
        let (work, lwork, iwork, liwork) = (ws.work.as_mut_ptr(), &ws.lwork, ws.iwork.as_mut_ptr(), &ws.liwork);
        (l.dsyevd)(jobz, uplo, n, a, lda, w, work, lwork, iwork, liwork, info, 1, 1)
    }
    unsafe fn gesdd(
        l: &Lapack,
        jobz: Ch,
        [m, n]: [Int; 2],
        a: Re,
        s: Re,
        u: Re,
        (vt, ldvt): (Re, Int),
        ws: &mut Work<f64>,
        info: Out,
    ) {
        let ld = &(*m).max(1);
        let (work, lwork, iwork) = (ws.work.as_mut_ptr(), &ws.lwork, ws.iwork.as_mut_ptr());
        (l.dgesdd)(jobz, m, n, a, ld, s, u, ld, vt, ldvt, work, lwork, iwork, info, 1)
    }
    unsafe fn gelsd(
        l: &Lapack,
        [m, n, nrhs]: [Int; 3],
        a: Re,
        (b, ldb): (Re, Int),
        s: Re,
        rcond: &f64,
        rank: Out,
        ws: &mut Work<f64>,
        info: Out,
    ) {
        let lda = &(*m).max(1);
        let (work, lwork, iwork) = (ws.work.as_mut_ptr(), &ws.lwork, ws.iwork.as_mut_ptr());
        (l.dgelsd)(m, n, nrhs, a, lda, b, ldb, s, rcond, rank, work, lwork, iwork, info)
    }
    unsafe fn geev(l: &Lapack, jobvr: Ch, n: Int, a: Re, w: &mut [C], vr: Re, ws: &mut Work<f64>, info: Out) {
        let len = w.len();
        let (mut wr, mut wi) = (vec![0.0; len], vec![0.0; len]);
        let (ld, mut vl) = (&(*n).max(1), 0.0);
        let (work, lwork) = (ws.work.as_mut_ptr(), &ws.lwork);
        let (wrp, wip) = (wr.as_mut_ptr(), wi.as_mut_ptr());
        (l.dgeev)(c"N".as_ptr(), jobvr, n, a, ld, wrp, wip, &mut vl, ld, vr, ld, work, lwork, info, 1, 1);
        for (z, (re, im)) in w.iter_mut().zip(wr.into_iter().zip(wi)) {
            *z = C::new(re, im);
        }
    }
}

impl Field for C {
    const ONE: C = C::new(1.0, 0.0);
    const COMPLEX: bool = true;
    fn count(self) -> usize {
        self.re.count()
    }
    fn parts(self) -> (f64, f64) {
        (self.re, self.im)
    }
    fn from_real(x: f64) -> C {
        C::new(x, 0.0)
    }
    fn mul(self, b: C) -> C {
        C::new(self.re * b.re - self.im * b.im, self.re * b.im + self.im * b.re)
    }
    fn polar(self) -> (C, f64) {
        let abs = self.re.hypot(self.im);
        (C::new(self.re / abs, self.im / abs), abs)
    }
    fn conj(self) -> C {
        C::new(self.re, -self.im)
    }
    fn scale(s: f64, x: C) -> C {
        C::new(s.mul_add(x.re, -(0.0 * x.im)), s.mul_add(x.im, 0.0 * x.re))
    }
    fn modulus(self) -> f64 {
        self.re.hypot(self.im)
    }
    fn family(l: &Lapack) -> &Family<C> {
        &l.z
    }
    unsafe fn heevd(l: &Lapack, jobz: Ch, uplo: Ch, n: Int, a: Cx, w: Re, ws: &mut Work<C>, info: Out) {
        let lda = &(*n).max(1);
        let (work, lwork, rwork, lrwork) = (ws.work.as_mut_ptr(), &ws.lwork, ws.rwork.as_mut_ptr(), &ws.lrwork);
        let (iwork, liwork) = (ws.iwork.as_mut_ptr(), &ws.liwork);
        (l.zheevd)(jobz, uplo, n, a, lda, w, work, lwork, rwork, lrwork, iwork, liwork, info, 1, 1)
    }
    unsafe fn gesdd(
        l: &Lapack,
        jobz: Ch,
        [m, n]: [Int; 2],
        a: Cx,
        s: Re,
        u: Cx,
        (vt, ldvt): (Cx, Int),
        ws: &mut Work<C>,
        info: Out,
    ) {
        let ld = &(*m).max(1);
        let (work, lwork, rwork, iwork) =
            (ws.work.as_mut_ptr(), &ws.lwork, ws.rwork.as_mut_ptr(), ws.iwork.as_mut_ptr());
        (l.zgesdd)(jobz, m, n, a, ld, s, u, ld, vt, ldvt, work, lwork, rwork, iwork, info, 1)
    }
    unsafe fn gelsd(
        l: &Lapack,
        [m, n, nrhs]: [Int; 3],
        a: Cx,
        (b, ldb): (Cx, Int),
        s: Re,
        rcond: &f64,
        rank: Out,
        ws: &mut Work<C>,
        info: Out,
    ) {
        let lda = &(*m).max(1);
        let (work, lwork, rwork, iwork) =
            (ws.work.as_mut_ptr(), &ws.lwork, ws.rwork.as_mut_ptr(), ws.iwork.as_mut_ptr());
        (l.zgelsd)(m, n, nrhs, a, lda, b, ldb, s, rcond, rank, work, lwork, rwork, iwork, info)
    }
    unsafe fn geev(l: &Lapack, jobvr: Ch, n: Int, a: Cx, w: &mut [C], vr: Cx, ws: &mut Work<C>, info: Out) {
        let (ld, mut vl) = (&(*n).max(1), C::default());
        let (work, lwork, rwork) = (ws.work.as_mut_ptr(), &ws.lwork, ws.rwork.as_mut_ptr());
        (l.zgeev)(c"N".as_ptr(), jobvr, n, a, ld, w.as_mut_ptr(), &mut vl, ld, vr, ld, work, lwork, rwork, info, 1, 1)
    }
}

/// How a workspace array other than `work` is sized: by LAPACK's query, or by the caller
/// (numpy's fixed sizes).
#[derive(Clone, Copy)]
enum Size {
    Query,
    Fixed(usize),
}

/// The workspace of one LAPACK call with the lengths passed: `work` of the routine's element
/// type, `rwork` (complex routines' reals) and `iwork`.
struct Work<T> {
    work: Vec<T>,
    lwork: I,
    rwork: Vec<f64>,
    lrwork: I,
    iwork: Vec<I>,
    liwork: I,
    /// The query's answer for `work`, once known.
    asked: Option<usize>,
}

/// LAPACK's workspace protocol in numpy's sequence: `call` as a query (lengths -1, the sizes
/// written to the first cells), then with buffers of the sizes asked — `work` at least `min`
/// long and `lwork` its length (0 asked and `min` 0 gives a one-element buffer and `lwork` 0,
/// as numpy) — `rwork`/`iwork` queried or fixed. `info != 0` from either call is `err`.
fn with_work<T: Field>(
    rwork: Size,
    iwork: Size,
    min: usize,
    err: fn() -> Error,
    mut call: impl FnMut(&mut Work<T>, &mut I),
) -> Result<()> {
    let start = |s: Size| match s {
        Size::Query => (1, -1),
        Size::Fixed(n) => (n, fi(n)),
    };
    let ((rn, lrwork), (inn, liwork)) = (start(rwork), start(iwork));
    let mut w = Work {
        work: vec![T::default()],
        lwork: -1,
        rwork: vec![0.0; rn],
        lrwork,
        iwork: vec![0; inn],
        liwork,
        asked: None,
    };
    let mut info = 0;
    call(&mut w, &mut info);
    if info != 0 {
        return Err(err());
    }
    let asked = w.work[0].count();
    let lwork = asked.max(min);
    w.work = vec![T::default(); lwork.max(1)];
    (w.lwork, w.asked) = (fi(lwork), Some(asked));
    if let Size::Query = rwork {
        let n = w.rwork[0].count();
        (w.rwork, w.lrwork) = (vec![0.0; n.max(1)], fi(n));
    }
    if let Size::Query = iwork {
        let n = w.iwork[0].max(0) as usize;
        (w.iwork, w.liwork) = (vec![0; n.max(1)], fi(n));
    }
    call(&mut w, &mut info);
    if info != 0 {
        return Err(err());
    }
    Ok(())
}

/// `numpy.linalg.LinAlgError(msg)`
#[cold]
fn linalg_error(msg: &str) -> Error {
    Error::raise(Exc::LinAlgError, msg)
}

#[cold]
fn eig_error() -> Error {
    linalg_error("Eigenvalues did not converge")
}

#[cold]
fn svd_error() -> Error {
    linalg_error("SVD did not converge")
}

#[cold]
fn lstsq_error() -> Error {
    linalg_error("SVD did not converge in Linear Least Squares")
}

#[cold]
fn qr_error() -> Error {
    linalg_error("Incorrect argument found while performing QR factorization")
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
/// matrix zero): numpy's `linearize_matrix` with swapped strides. One more element at the
/// end, so that the buffer of an empty matrix is still one LAPACK can point into.
fn fortran<T: Element>(a: &NdArray<T, 2>, ld: usize) -> Vec<T::Value>
where
    T::Value: Default,
{
    let [m, n] = a.shape();
    let mut buf = vec![T::Value::default(); ld * n + 1];
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

/// The n × n identity in a Fortran buffer (one element more, as [`fortran`]).
fn identity<T: Field>(n: usize) -> Vec<T> {
    let mut x = vec![T::default(); n * n + 1];
    for i in 0..n {
        x[i * (n + 1)] = T::ONE;
    }
    x
}

/// `getrf` of the square matrix in Fortran order: (factors, pivots, n), None when singular.
#[allow(clippy::type_complexity)]
fn getrf<T: Field>(a: &NdArray<T, 2>) -> Result<Option<(Vec<T>, Vec<I>, usize)>> {
    let n = square(a)?;
    let lp = lapack()?;
    let mut buf = fortran(a, n);
    let mut piv = vec![0 as I; n.max(1)];
    let (m, lda, mut info) = (fi(n), fi(n.max(1)), 0);
    // SAFETY: buffers of the sizes LAPACK reads and writes.
    unsafe { (T::family(lp).getrf)(&m, &m, buf.as_mut_ptr(), &lda, piv.as_mut_ptr(), &mut info) };
    Ok((info == 0).then_some((buf, piv, n)))
}

/// Whether the pivots swap rows an odd number of times.
fn odd_swaps(piv: &[I], n: usize) -> bool {
    (0..n).filter(|&i| piv[i] != fi(i + 1)).count() % 2 == 1
}

/// `np.linalg.slogdet(a)`: (sign, log|det|) from `getrf`'s factors, (0, -inf) when singular;
/// the sign ±1 of a real matrix, on the unit circle for a complex one.
#[allow(private_bounds)]
pub fn slogdet<T: Field>(a: &NdArray<T, 2>) -> Result<(T, f64)> {
    let Some((buf, piv, n)) = getrf(a)? else { return Ok((T::default(), f64::NEG_INFINITY)) };
    let mut sign = if odd_swaps(&piv, n) { T::from_real(-1.0) } else { T::ONE };
    let mut logdet = 0.0;
    for i in 0..n {
        let (unit, abs) = buf[i * (n + 1)].polar();
        sign = sign.mul(unit);
        logdet += abs.ln();
    }
    Ok((sign, logdet))
}

/// `np.linalg.det(a)`: `getrf`, then numpy's `sign * exp(Σ log|uᵢᵢ|)` (0 for a singular
/// matrix, 1 for 0 × 0).
#[allow(private_bounds)]
pub fn det<T: Field>(a: &NdArray<T, 2>) -> Result<T> {
    let (sign, logdet) = slogdet(a)?;
    Ok(sign.mul(T::from_real(logdet.exp())))
}

/// `gesv` of `a` (n × n) with `b` (n × nrhs, Fortran order, ld n, one element more): the
/// solution in `b`.
fn gesv<T: Field>(a: &NdArray<T, 2>, n: usize, nrhs: usize, b: &mut [T]) -> Result<()> {
    let lp = lapack()?;
    let mut abuf = fortran(a, n);
    let mut piv = vec![0 as I; n.max(1)];
    let (nn, nr, ld, mut info) = (fi(n), fi(nrhs), fi(n.max(1)), 0);
    // SAFETY: buffers of the sizes LAPACK reads and writes.
    unsafe { (T::family(lp).gesv)(&nn, &nr, abuf.as_mut_ptr(), &ld, piv.as_mut_ptr(), b.as_mut_ptr(), &ld, &mut info) };
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
    x.push(T::default());
    gesv(a, n, 1, &mut x)?;
    x.truncate(n);
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
    let mut x = identity(n);
    gesv(a, n, n, &mut x)?;
    Ok(from_fortran(&x, n, n, n))
}

/// `np.linalg.cholesky(a, upper=upper)`: `potrf` with UPLO='L' (the upper triangle zeroed) or
/// 'U' (the lower one zeroed), as numpy's `cholesky_lo`/`cholesky_up`.
#[allow(private_bounds)]
pub fn cholesky<T: Field>(a: &NdArray<T, 2>, upper: bool) -> Result<NdArray<T, 2>> {
    let n = square(a)?;
    let lp = lapack()?;
    let mut buf = fortran(a, n);
    let (nn, ld, mut info) = (fi(n), fi(n.max(1)), 0);
    // SAFETY: a buffer of the size LAPACK reads and writes.
    unsafe { (T::family(lp).potrf)(uplo(upper).as_ptr(), &nn, buf.as_mut_ptr(), &ld, &mut info, 1) };
    if info != 0 {
        return Err(linalg_error("Matrix is not positive definite"));
    }
    // the Fortran buffer: column j, row i at j * n + i
    for j in 0..n {
        for i in 0..n {
            if (i < j && !upper) || (i > j && upper) {
                buf[j * n + i] = T::default();
            }
        }
    }
    Ok(from_fortran(&buf, n, n, n))
}

/// LAPACK's UPLO: the triangle read (`eigh(UPLO='U')`, `cholesky(upper=True)`).
fn uplo(upper: bool) -> &'static CStr {
    if upper {
        c"U"
    } else {
        c"L"
    }
}

/// `syevd`/`heevd` with JOBZ = `jobz` (UPLO='L', or 'U' for `upper`) after numpy's workspace
/// query: the eigenvalues (real, ascending) and, for 'V', the eigenvectors in the Fortran buffer.
fn heevd<T: Field>(a: &NdArray<T, 2>, jobz: &CStr, upper: bool) -> Result<(Vec<f64>, Vec<T>, usize)> {
    let n = square(a)?;
    let lp = lapack()?;
    let mut buf = fortran(a, n);
    let mut w = vec![0.0; n + 1];
    let nn = fi(n);
    let rwork = if T::COMPLEX { Size::Query } else { Size::Fixed(0) };
    with_work(rwork, Size::Query, 0, eig_error, |ws, info| {
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when the sizes are -1).
        unsafe { T::heevd(lp, jobz.as_ptr(), uplo(upper).as_ptr(), &nn, buf.as_mut_ptr(), w.as_mut_ptr(), ws, info) }
    })?;
    w.truncate(n);
    Ok((w, buf, n))
}

/// `np.linalg.eigh(a, UPLO)` ('L', or 'U' for `upper`): (eigenvalues ascending, eigenvectors
/// as columns).
#[allow(private_bounds)]
pub fn eigh<T: Field>(a: &NdArray<T, 2>, upper: bool) -> Result<(NdArray<f64, 1>, NdArray<T, 2>)> {
    let (w, v, n) = heevd(a, c"V", upper)?;
    Ok((NdArray::from_vec([n], w), from_fortran(&v, n, n, n)))
}

/// `np.linalg.eigvalsh(a, UPLO)` ('L', or 'U' for `upper`).
#[allow(private_bounds)]
pub fn eigvalsh<T: Field>(a: &NdArray<T, 2>, upper: bool) -> Result<NdArray<f64, 1>> {
    let (w, _, n) = heevd(a, c"N", upper)?;
    Ok(NdArray::from_vec([n], w))
}

/// `geev` (JOBVL='N', JOBVR = `jobvr`) as numpy's `eig`/`eigvals` call it, after numpy's
/// `_assert_finite`: the eigenvalues as complex numbers and, for 'V', the right eigenvectors
/// (Fortran order).
fn geev<T: Field>(a: &NdArray<T, 2>, jobvr: &CStr) -> Result<(Vec<C>, Vec<T>, usize)> {
    let n = square(a)?;
    if a.to_vec().iter().any(|x| !(x.parts().0.is_finite() && x.parts().1.is_finite())) {
        return Err(linalg_error("Array must not contain infs or NaNs"));
    }
    let lp = lapack()?;
    let mut buf = fortran(a, n);
    let mut w = vec![C::default(); n + 1];
    let vectors = jobvr == c"V";
    let mut vr = vec![T::default(); if vectors { n * n + 1 } else { 1 }];
    let nn = fi(n);
    let rwork = if T::COMPLEX { Size::Fixed(2 * n + 1) } else { Size::Fixed(0) };
    // numpy sizes `work` at least 1 for complex matrices
    let min = usize::from(T::COMPLEX);
    with_work(rwork, Size::Fixed(0), min, eig_error, |ws, info| {
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when lwork = -1).
        unsafe { T::geev(lp, jobvr.as_ptr(), &nn, buf.as_mut_ptr(), &mut w, vr.as_mut_ptr(), ws, info) }
    })?;
    w.truncate(n);
    Ok((w, vr, n))
}

/// numpy returns float64 eigenvalues of a real matrix when every one is real and complex128
/// ones otherwise, a type decided by the values; compiled code is typed float64 and raises
/// `ValueError` in the complex case rather than return something else than numpy.
fn real_eigenvalues(w: Vec<C>, what: &str) -> Result<Vec<f64>> {
    if w.iter().any(|x| x.im != 0.0) {
        return Err(Error::Value(format!(
            "numpy.linalg.{what}() of this real matrix has complex eigenvalues: numpy returns complex128 arrays \
             then, and compiled code typed {what}() of a float64 matrix as float64 (pass a complex128 matrix, \
             or use eigh() for a symmetric one)"
        )));
    }
    Ok(w.iter().map(|x| x.re).collect())
}

/// `np.linalg.eig(a)` of a real matrix: `geev` (JOBVL='N', JOBVR='V'); ValueError for complex
/// eigenvalues (see [`real_eigenvalues`]).
pub fn eig(a: &NdArray<f64, 2>) -> Result<(NdArray<f64, 1>, NdArray<f64, 2>)> {
    let (w, vr, n) = geev(a, c"V")?;
    let w = real_eigenvalues(w, "eig")?;
    Ok((NdArray::from_vec([n], w), from_fortran(&vr, n, n, n)))
}

/// `np.linalg.eig(a)` of a complex matrix: `zgeev` (JOBVL='N', JOBVR='V').
pub fn eig_complex(a: &NdArray<C, 2>) -> Result<(NdArray<C, 1>, NdArray<C, 2>)> {
    let (w, vr, n) = geev(a, c"V")?;
    Ok((NdArray::from_vec([n], w), from_fortran(&vr, n, n, n)))
}

/// `np.linalg.eigvals(a)` of a real matrix: `geev` (JOBVL='N', JOBVR='N'); ValueError for
/// complex eigenvalues (see [`real_eigenvalues`]).
pub fn eigvals(a: &NdArray<f64, 2>) -> Result<NdArray<f64, 1>> {
    let (w, _, n) = geev(a, c"N")?;
    Ok(NdArray::from_vec([n], real_eigenvalues(w, "eigvals")?))
}

/// `np.linalg.eigvals(a)` of a complex matrix.
pub fn eigvals_complex(a: &NdArray<C, 2>) -> Result<NdArray<C, 1>> {
    let (w, _, n) = geev(a, c"N")?;
    Ok(NdArray::from_vec([n], w))
}

/// `gesdd` as numpy's `svd_wrapper` calls it with JOBZ = 'A', 'S' or 'N': (u, s, vt, ucols,
/// vtrows) with u (m × ucols) and vt (vtrows × n) in Fortran order.
#[allow(clippy::type_complexity)]
fn gesdd<T: Field>(a: &NdArray<T, 2>, jobz: u8) -> Result<(Vec<T>, Vec<f64>, Vec<T>, usize, usize)> {
    let lp = lapack()?;
    let [m, n] = a.shape();
    let k = m.min(n);
    let (ucols, vtrows) = match jobz {
        b'A' => (m, n),
        b'S' => (k, k),
        _ => (0, 0),
    };
    let mut abuf = fortran(a, m.max(1));
    let mut s = vec![0.0; k + 1];
    let mut u = vec![T::default(); ucols * m + 1];
    let mut vt = vec![T::default(); n * vtrows + 1];
    // numpy's sizes of the complex routine's real workspace (counted in complex elements)
    let rsize = if jobz == b'N' { 7 * k } else { 5 * k * k + 5 * k };
    let rwork = if T::COMPLEX { Size::Fixed(2 * rsize + 1) } else { Size::Fixed(0) };
    let (mn, ldvt) = ([fi(m), fi(n)], fi(vtrows.max(1)));
    let job = [jobz as c_char, 0];
    with_work(rwork, Size::Fixed(8 * k + 1), 1, svd_error, |ws, info| {
        let (mn, vt) = ([&mn[0] as Int, &mn[1]], (vt.as_mut_ptr(), &ldvt as Int));
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when lwork = -1).
        unsafe { T::gesdd(lp, job.as_ptr(), mn, abuf.as_mut_ptr(), s.as_mut_ptr(), u.as_mut_ptr(), vt, ws, info) }
    })?;
    if jobz == b'A' && k == 0 {
        // LAPACK leaves them unset: numpy makes both identities
        (u, vt) = (identity(m), identity(n));
    }
    s.truncate(k);
    Ok((u, s, vt, ucols, vtrows))
}

/// `np.linalg.svd(a, full_matrices)`: (u, s, vh).
#[allow(clippy::type_complexity, private_bounds)]
pub fn svd<T: Field>(
    a: &NdArray<T, 2>,
    full_matrices: bool,
) -> Result<(NdArray<T, 2>, NdArray<f64, 1>, NdArray<T, 2>)> {
    let [m, n] = a.shape();
    let (u, s, vt, ucols, vrows) = gesdd(a, if full_matrices { b'A' } else { b'S' })?;
    let k = s.len();
    Ok((from_fortran(&u, m, m, ucols), NdArray::from_vec([k], s), from_fortran(&vt, vrows, vrows, n)))
}

/// `np.linalg.svd(a, compute_uv=False)`: the singular values, descending.
#[allow(private_bounds)]
pub fn svdvals<T: Field>(a: &NdArray<T, 2>) -> Result<NdArray<f64, 1>> {
    let (_, s, _, _, _) = gesdd(a, b'N')?;
    Ok(NdArray::from_vec([s.len()], s))
}

/// `np.linalg.svd(a, compute_uv=False, hermitian=True)`: numpy's `abs(eigvalsh(a))` (lower
/// triangle) sorted, then reversed (a NaN first). Equal values are equal bits: no tie to order.
#[allow(private_bounds)]
pub fn svdvals_hermitian<T: Field>(a: &NdArray<T, 2>) -> Result<NdArray<f64, 1>> {
    use super::shape::Sortable;
    let mut s: Vec<f64> = eigvalsh(a, false)?.to_vec().into_iter().map(f64::abs).collect();
    s.sort_by(f64::cmp_np);
    s.reverse();
    Ok(NdArray::from_vec([s.len()], s))
}

/// `np.linalg.norm(a, 2)`, `(a, -2)`, `(a, 'nuc')` of a matrix: the largest, the smallest or
/// the sum of the singular values (`ord` 2, -2, 0 for 'nuc'), reduced as numpy's `amax`
/// (initial 0), `amin` and `sum` (initial 0) do.
#[allow(private_bounds)]
pub fn norm_svd<T: Field>(a: &NdArray<T, 2>, ord: i64) -> Result<f64> {
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
#[allow(private_bounds)]
pub fn norm_svd32<T: Field>(a: &NdArray<T, 2>, ord: i64) -> Result<f64> {
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
    let mut tau = vec![T::default(); k + 1];
    let (mm, nn, lda) = (fi(m), fi(n), fi(ld));
    let f = T::family(lp).geqrf;
    with_work(Size::Fixed(0), Size::Fixed(0), n.max(1), qr_error, |ws, info| {
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when lwork = -1).
        unsafe { f(&mm, &nn, abuf.as_mut_ptr(), &lda, tau.as_mut_ptr(), ws.work.as_mut_ptr(), &ws.lwork, info) }
    })?;
    abuf.truncate(ld * n);
    tau.truncate(k);
    Ok((abuf, tau))
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
    let (f, mut tau) = geqrf(a)?;
    let mc = if complete && m > n { m } else { k };
    // q starts as the factored matrix (its first mc columns), columns past n zero
    let mut q = vec![T::default(); ld * mc + 1];
    let copied = ld * mc.min(n);
    q[..copied].copy_from_slice(&f[..copied]);
    tau.push(T::default());
    let (mm, nc, kk, lda) = (fi(m), fi(mc), fi(k), fi(ld));
    let org = T::family(lp).orgqr;
    with_work(Size::Fixed(0), Size::Fixed(0), n.max(1), qr_error, |ws, info| {
        // numpy passes the buffer's length for float64 and the query's answer for complex128
        let lwork = match ws.asked {
            Some(asked) if T::COMPLEX => fi(asked),
            _ => ws.lwork,
        };
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when lwork = -1).
        unsafe { org(&mm, &nc, &kk, q.as_mut_ptr(), &lda, tau.as_ptr(), ws.work.as_mut_ptr(), &lwork, info) }
    })?;
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

/// `np.linalg.lstsq`'s four results: x, residuals, rank, singular values.
type Lstsq<T, const D: usize> = (NdArray<T, D>, NdArray<f64, 1>, i64, NdArray<f64, 1>);

/// `gelsd` as numpy's `lstsq`: x, the residuals (numpy's sums of squared moduli of the rows
/// past n, kept when the rank is full and there are more rows than columns), rank, s.
fn gelsd<T: Field>(a: &NdArray<T, 2>, b: &NdArray<T, 2>, rcond: Option<f64>) -> Result<Lstsq<T, 2>> {
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
    let mut bbuf = if nrhs0 == 0 { vec![T::default(); ldb + 1] } else { fortran(b, ldb) };
    let mut s = vec![0.0; k + 1];
    let (mnr, ldbi) = ([fi(m), fi(n), fi(nrhs)], fi(ldb));
    let mut rank = 0 as I;
    let rwork = if T::COMPLEX { Size::Query } else { Size::Fixed(0) };
    with_work(rwork, Size::Query, 0, lstsq_error, |ws, info| {
        let mnr = [&mnr[0] as Int, &mnr[1], &mnr[2]];
        let (a, b, s) = (abuf.as_mut_ptr(), (bbuf.as_mut_ptr(), &ldbi as Int), s.as_mut_ptr());
        // SAFETY: buffers of the sizes LAPACK reads and writes (a query when lwork = -1).
        unsafe { T::gelsd(lp, mnr, a, b, s, &rcond, &mut rank, ws, info) }
    })?;
    let resid = if rank == fi(n) && m > n {
        let r: Vec<f64> = (0..nrhs0)
            .map(|i| {
                let mut acc = 0.0;
                for &x in &bbuf[n + i * m..n + i * m + (m - n)] {
                    let (re, im) = x.parts();
                    acc += if T::COMPLEX { re * re + im * im } else { re * re };
                }
                acc
            })
            .collect();
        NdArray::from_vec([r.len()], r)
    } else {
        NdArray::from_vec([0], Vec::new())
    };
    let x = if m == 0 {
        NdArray::from_vec([n, nrhs0], vec![T::default(); n * nrhs0])
    } else {
        from_fortran(&bbuf, ldb, n, nrhs0)
    };
    s.truncate(k);
    Ok((x, resid, rank, NdArray::from_vec([k], s)))
}

/// `np.linalg.lstsq(a, b, rcond)` for a matrix `b`.
#[allow(private_bounds)]
pub fn lstsq<T: Field>(a: &NdArray<T, 2>, b: &NdArray<T, 2>, rcond: Option<f64>) -> Result<Lstsq<T, 2>> {
    gelsd(a, b, rcond)
}

/// `np.linalg.lstsq(a, b, rcond)` for a vector `b`: x is a vector.
#[allow(private_bounds)]
pub fn lstsq1<T: Field>(a: &NdArray<T, 2>, b: &NdArray<T, 1>, rcond: Option<f64>) -> Result<Lstsq<T, 1>> {
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

/// `np.linalg.solve(a, b)` of stacks, as numpy's gufuncs: `a` (..., m, m) with `b` (..., m, n)
/// (`solve`) or `b` (m,) (`solve1`: a vector only when 1-D), the leading axes broadcast.
#[allow(private_bounds)]
pub fn solve_n<T: Field, const DA: usize, const DB: usize, const R: usize>(
    a: &NdArray<T, DA>,
    b: &NdArray<T, DB>,
) -> Result<NdArray<T, R>> {
    let n = stacked_square(a)?;
    let (sa, sb) = (a.shape(), b.shape());
    let vector = DB == 1;
    let (lead_a, lead_b) = (&sa[..DA - 2], if vector { &sb[..0] } else { &sb[..DB - 2] });
    let core: Vec<usize> = if vector { vec![n] } else { vec![n, sb[DB - 1]] };
    let bm = if vector { sb[0] } else { sb[DB - 2] };
    if bm != n {
        return Err(if vector {
            core_mismatch("solve1", "(m,m),(m)->(m)", bm, n)
        } else {
            core_mismatch("solve", "(m,m),(m,n)->(m,n)", bm, n)
        });
    }
    // the leading axes broadcast, aligned on the right
    let len = lead_a.len().max(lead_b.len());
    let at = |s: &[usize], k: usize| if k + s.len() >= len { s[k + s.len() - len] } else { 1 };
    let mut lead = Vec::with_capacity(len);
    for k in 0..len {
        let (x, y) = (at(lead_a, k), at(lead_b, k));
        if x != y && x != 1 && y != 1 {
            let fmt = |s: &[usize]| {
                let items: Vec<String> = s.iter().map(|x| x.to_string()).collect();
                if s.len() == 1 {
                    format!("({},)", items[0])
                } else {
                    format!("({})", items.join(","))
                }
            };
            let remapped = |orig: &[usize], loops: &[usize], core: usize| {
                let mut r: Vec<String> = loops.iter().map(|x| x.to_string()).collect();
                r.extend(std::iter::repeat_n("newaxis".to_string(), core));
                format!("{}->({})", fmt(orig), r.join(","))
            };
            return Err(Error::Value(format!(
                "operands could not be broadcast together with remapped shapes [original->remapped]: {} {}  and requested shape {}",
                remapped(&sa, lead_a, 2),
                remapped(&sb, lead_b, if vector { 1 } else { 2 }),
                fmt(&core)
            )));
        }
        lead.push(if x == 1 { y } else { x });
    }
    let count: usize = lead.iter().product();
    let mut data = Vec::new();
    for k in 0..count {
        // the position in the broadcast leading shape, then in each operand's own axes
        let mut pos = vec![0usize; len];
        let mut r = k;
        for ax in (0..len).rev() {
            pos[ax] = r % lead[ax];
            r /= lead[ax];
        }
        let index = |own: &[usize]| -> Vec<Idx> {
            let skip = len - own.len();
            let mut idx: Vec<Idx> =
                own.iter().enumerate().map(|(i, &d)| Idx::At(if d == 1 { 0 } else { pos[skip + i] as i64 })).collect();
            idx.push(Idx::Ellipsis);
            idx
        };
        let m = a.view::<2>(&index(lead_a))?;
        if vector {
            let v = b.view::<1>(&index(lead_b))?;
            data.extend(solve1(&m, &v)?.to_vec());
        } else {
            let v = b.view::<2>(&index(lead_b))?;
            data.extend(solve(&m, &v)?.to_vec());
        }
    }
    Ok(stacked(&lead, &core, data))
}

/// `np.linalg.inv` of a stack of matrices.
#[allow(private_bounds)]
pub fn inv_n<T: Field, const D: usize>(a: &NdArray<T, D>) -> Result<NdArray<T, D>> {
    let n = stacked_square(a)?;
    map1::<T, T, 2, D, D>(a, &[n, n], inv)
}

/// `np.linalg.cholesky` of a stack of matrices.
#[allow(private_bounds)]
pub fn cholesky_n<T: Field, const D: usize>(a: &NdArray<T, D>, upper: bool) -> Result<NdArray<T, D>> {
    let n = stacked_square(a)?;
    map1::<T, T, 2, D, D>(a, &[n, n], |m| cholesky(m, upper))
}

/// `np.linalg.det` of a stack of matrices.
#[allow(private_bounds)]
pub fn det_n<T: Field, const D: usize, const R: usize>(a: &NdArray<T, D>) -> Result<NdArray<T, R>> {
    stacked_square(a)?;
    map_scalar(a, det)
}

/// `np.linalg.slogdet` of a stack of matrices: (signs, logs).
#[allow(private_bounds)]
pub fn slogdet_n<T: Field, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
) -> Result<(NdArray<T, R>, NdArray<f64, R>)> {
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

/// `np.linalg.eigh` of a stack of Hermitian matrices.
#[allow(private_bounds)]
pub fn eigh_n<T: Field, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    upper: bool,
) -> Result<(NdArray<f64, R>, NdArray<T, D>)> {
    let n = stacked_square(a)?;
    map2(a, (&[n], &[n, n]), |m| eigh(m, upper))
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

/// `np.linalg.eigvals` of a stack of real matrices (ValueError for complex eigenvalues).
pub fn eigvals_n<const D: usize, const R: usize>(a: &NdArray<f64, D>) -> Result<NdArray<f64, R>> {
    let n = stacked_square(a)?;
    map1::<f64, f64, 1, D, R>(a, &[n], eigvals)
}

/// `np.linalg.eigvals` of a stack of complex matrices.
pub fn eigvals_complex_n<const D: usize, const R: usize>(a: &NdArray<C, D>) -> Result<NdArray<C, R>> {
    let n = stacked_square(a)?;
    map1::<C, C, 1, D, R>(a, &[n], eigvals_complex)
}

/// `np.linalg.eigvalsh` of a stack.
#[allow(private_bounds)]
pub fn eigvalsh_n<T: Field, const D: usize, const R: usize>(a: &NdArray<T, D>, upper: bool) -> Result<NdArray<f64, R>> {
    let n = stacked_square(a)?;
    map1::<T, f64, 1, D, R>(a, &[n], |m| eigvalsh(m, upper))
}

/// `np.linalg.svd(a, compute_uv=False)` of a stack.
#[allow(private_bounds)]
pub fn svdvals_n<T: Field, const D: usize, const R: usize>(a: &NdArray<T, D>) -> Result<NdArray<f64, R>> {
    let [m, n] = [a.shape()[D - 2], a.shape()[D - 1]];
    map1::<T, f64, 1, D, R>(a, &[m.min(n)], svdvals)
}

/// `np.linalg.svd(a, compute_uv=False, hermitian=True)` of a stack.
#[allow(private_bounds)]
pub fn svdvals_hermitian_n<T: Field, const D: usize, const R: usize>(a: &NdArray<T, D>) -> Result<NdArray<f64, R>> {
    let n = stacked_square(a)?;
    map1::<T, f64, 1, D, R>(a, &[n], svdvals_hermitian)
}

/// `np.linalg.svd(a, full_matrices)` of a stack: (u, s, vh).
#[allow(clippy::type_complexity, private_bounds)]
pub fn svd_n<T: Field, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    full: bool,
) -> Result<(NdArray<T, D>, NdArray<f64, R>, NdArray<T, D>)> {
    let [m, n] = [a.shape()[D - 2], a.shape()[D - 1]];
    let k = m.min(n);
    let (uc, vr) = if full { (m, n) } else { (k, k) };
    map_svd(a, [[m, uc], [k, 0], [vr, n]], |x| svd(x, full))
}

/// A function of one matrix giving `(u, s, vh)`, over a stack: `inner` the shapes of one
/// matrix's `u`, `s` (its first number) and `vh`.
#[allow(clippy::type_complexity)]
fn map_svd<T: Element, const D: usize, const R: usize>(
    a: &NdArray<T, D>,
    inner: [[usize; 2]; 3],
    mut f: impl FnMut(&NdArray<T, 2>) -> Result<(NdArray<T, 2>, NdArray<f64, 1>, NdArray<T, 2>)>,
) -> Result<(NdArray<T, D>, NdArray<f64, R>, NdArray<T, D>)> {
    let (mut u, mut s, mut v) = (Vec::new(), Vec::new(), Vec::new());
    each_matrix(a, |x| {
        let (p, q, r) = f(x)?;
        u.extend(p.to_vec());
        s.extend(q.to_vec());
        v.extend(r.to_vec());
        Ok(())
    })?;
    let lead = &a.shape()[..D - 2];
    Ok((stacked(lead, &inner[0], u), stacked(lead, &inner[1][..1], s), stacked(lead, &inner[2], v)))
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

/// A result numpy returns as one of its named tuples (`EigResult`, `EighResult`, `QRResult`,
/// `SlogdetResult`, `SVDResult` of `numpy.linalg._linalg`): the tuple handed to Python as
/// that class.
pub struct Named<T>(pub &'static str, pub T);

impl<T: crate::py::ret::ToPy> crate::py::ret::ToPy for Named<T> {
    fn to_py(&self, py: pyo3::Python<'_>) -> pyo3::PyResult<pyo3::Py<pyo3::PyAny>> {
        named(py, self.0, self.1.to_py(py)?)
    }
    fn into_py_obj(self, py: pyo3::Python<'_>) -> pyo3::PyResult<pyo3::Py<pyo3::PyAny>> {
        named(py, self.0, self.1.into_py_obj(py)?)
    }
    fn sync(&self, py: pyo3::Python<'_>) -> pyo3::PyResult<()> {
        self.1.sync(py)
    }
}

/// `numpy.linalg._linalg.<class>(*items)`
fn named(py: pyo3::Python<'_>, class: &str, items: pyo3::Py<pyo3::PyAny>) -> pyo3::PyResult<pyo3::Py<pyo3::PyAny>> {
    use pyo3::prelude::*;
    use pyo3::types::PyTuple;
    let cls = py.import("numpy.linalg._linalg")?.getattr(class)?;
    Ok(cls.call1(items.bind(py).cast::<PyTuple>()?.clone())?.unbind())
}
