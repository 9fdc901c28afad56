//! numpy's own BLAS for matrix products. numpy's wheels carry OpenBLAS (`scipy-openblas`,
//! 64-bit integers); numpy's `@`/`dot` of float64 and complex128 matrices call its
//! `cblas_dgemm`/`cblas_zgemm`. Once numpy is imported that library is mapped into the
//! process: pyrs finds it (`/proc/self/maps`), looks the two functions up and calls them the
//! same way — the same kernels and threads as numpy, so the same speed and the same bits.
//! Without it (another platform, a numpy built on another BLAS) the products run on the
//! `matrixmultiply` crate (see `linalg`).

use num_complex::Complex64;
#[cfg(unix)]
use std::ffi::{c_char, CString};
use std::ffi::{c_int, c_void};
use std::sync::OnceLock;

type Int = i64;
type Dgemm =
    unsafe extern "C" fn(c_int, c_int, c_int, Int, Int, Int, f64, *const f64, Int, *const f64, Int, f64, *mut f64, Int);
type Dsyrk = unsafe extern "C" fn(c_int, c_int, c_int, Int, Int, f64, *const f64, Int, f64, *mut f64, Int);
type Zsyrk = unsafe extern "C" fn(
    c_int,
    c_int,
    c_int,
    Int,
    Int,
    *const c_void,
    *const c_void,
    Int,
    *const c_void,
    *mut c_void,
    Int,
);
type Zgemm = unsafe extern "C" fn(
    c_int,
    c_int,
    c_int,
    Int,
    Int,
    Int,
    *const c_void,
    *const c_void,
    Int,
    *const c_void,
    Int,
    *const c_void,
    *mut c_void,
    Int,
);

type Ddot = unsafe extern "C" fn(Int, *const f64, Int, *const f64, Int) -> f64;
type Dgemv = unsafe extern "C" fn(c_int, c_int, Int, Int, f64, *const f64, Int, *const f64, Int, f64, *mut f64, Int);

const ROW_MAJOR: c_int = 101;
const COL_MAJOR: c_int = 102;
const NO_TRANS: c_int = 111;
const TRANS: c_int = 112;
const UPPER: c_int = 121;

struct Blas {
    dgemm: Dgemm,
    zgemm: Zgemm,
    dsyrk: Dsyrk,
    zsyrk: Zsyrk,
    ddot: Option<Ddot>,
    dgemv: Option<Dgemv>,
}

/// The ILP64 CBLAS names OpenBLAS builds export (numpy's wheels: the `scipy_` prefix).
const PREFIXES: [&str; 2] = ["scipy_cblas_", "cblas_"];

fn blas() -> Option<&'static Blas> {
    static BLAS: OnceLock<Option<Blas>> = OnceLock::new();
    BLAS.get_or_init(find).as_ref()
}

/// Whether numpy's BLAS is there.
pub fn available() -> bool {
    blas().is_some()
}

/// numpy's OpenBLAS among the libraries mapped into this process, opened again (without
/// loading anything new) to look its functions up.
#[cfg(not(unix))]
fn find() -> Option<Blas> {
    None
}

#[cfg(unix)]
fn find() -> Option<Blas> {
    if std::env::var_os("PYRS_NO_NUMPY_BLAS").is_some() {
        return None;
    }
    for h in openblas_handles() {
        for prefix in PREFIXES {
            let f = |name: &str| sym(h, &format!("{prefix}{name}64_"));
            if let (Some(d), Some(z), Some(ds), Some(zs)) = (f("dgemm"), f("zgemm"), f("dsyrk"), f("zsyrk")) {
                // SAFETY: OpenBLAS's ILP64 cblas_dgemm/zgemm/dsyrk/zsyrk have these signatures.
                return Some(unsafe {
                    Blas {
                        dgemm: std::mem::transmute::<*mut c_void, Dgemm>(d),
                        zgemm: std::mem::transmute::<*mut c_void, Zgemm>(z),
                        dsyrk: std::mem::transmute::<*mut c_void, Dsyrk>(ds),
                        zsyrk: std::mem::transmute::<*mut c_void, Zsyrk>(zs),
                        // SAFETY: OpenBLAS's ILP64 cblas_ddot/dgemv have these signatures.
                        ddot: f("ddot").map(|p| std::mem::transmute::<*mut c_void, Ddot>(p)),
                        dgemv: f("dgemv").map(|p| std::mem::transmute::<*mut c_void, Dgemv>(p)),
                    }
                });
            }
        }
    }
    None
}

/// Handles of the OpenBLAS libraries mapped into this process (numpy's among them), opened
/// again with `RTLD_NOLOAD`: nothing new is loaded. `linalg_lapack` looks LAPACK up in them.
#[cfg(unix)]
pub(super) fn openblas_handles() -> Vec<*mut c_void> {
    let Ok(maps) = std::fs::read_to_string("/proc/self/maps") else { return Vec::new() };
    let mut seen: Vec<&str> = Vec::new();
    let mut handles = Vec::new();
    for line in maps.lines() {
        let Some(path) = line.split_whitespace().nth(5) else { continue };
        let name = path.rsplit('/').next().unwrap_or(path);
        if !name.contains("openblas") || seen.contains(&path) {
            continue;
        }
        seen.push(path);
        let Ok(c) = CString::new(path) else { continue };
        // SAFETY: RTLD_NOLOAD only returns a handle to a library that is already loaded.
        let h = unsafe { libc::dlopen(c.as_ptr(), libc::RTLD_NOW | libc::RTLD_NOLOAD) };
        if !h.is_null() {
            handles.push(h);
        }
    }
    handles
}

#[cfg(unix)]
pub(super) fn sym(h: *mut c_void, name: &str) -> Option<*mut c_void> {
    let c = CString::new(name).ok()?;
    // SAFETY: a valid handle and a NUL-terminated name.
    let p = unsafe { libc::dlsym(h, c.as_ptr() as *const c_char) };
    (!p.is_null()).then_some(p)
}

/// How BLAS reads a matrix (rows × cols, element strides `(rs, cs)`; both dimensions > 1):
/// (transpose flag, leading dimension), or None when numpy would not hand it to BLAS (no
/// unit stride, a negative or too small other stride).
fn layout(rs: isize, cs: isize, rows: usize, cols: usize) -> Option<(c_int, Int)> {
    let fits = |s: isize, n: usize| s >= n as isize && s <= i32::MAX as isize;
    if cs == 1 && fits(rs, cols) {
        Some((NO_TRANS, rs as Int))
    } else if rs == 1 && fits(cs, rows) {
        Some((TRANS, cs as Int))
    } else {
        None
    }
}

/// Whether numpy hands this matrix (both dimensions > 1) to BLAS as it is.
pub fn readable<T>(x: &Operand<T>, rows: usize, cols: usize) -> bool {
    layout(x.rs, x.cs, rows, cols).is_some()
}

/// A matrix operand for BLAS: its data pointer and element strides.
pub struct Operand<T> {
    pub ptr: *const T,
    pub rs: isize,
    pub cs: isize,
}

/// Element types numpy multiplies with BLAS.
pub trait BlasGemm: Copy {
    /// `c = a · b` (a: m × k, b: k × n, c: m × n C-contiguous) with numpy's BLAS; false
    /// when it is not there or cannot read an operand as it is.
    ///
    /// # Safety
    /// The operands describe matrices of those shapes inside live arrays; `c` has `m * n`
    /// elements.
    unsafe fn gemm(a: &Operand<Self>, b: &Operand<Self>, c: *mut Self, m: usize, k: usize, n: usize) -> bool;
    /// `c = a · aᵀ` (a: m × k) as numpy computes a matrix times its own transpose: BLAS's
    /// `syrk` for the upper triangle, copied to the lower one.
    ///
    /// # Safety
    /// As [`BlasGemm::gemm`], `c` has `m * m` elements.
    unsafe fn syrk(a: &Operand<Self>, c: *mut Self, m: usize, k: usize) -> bool;
}

/// The lower triangle of the C-contiguous m × m `c` from its upper one.
unsafe fn mirror<T: Copy>(c: *mut T, m: usize) {
    for i in 0..m {
        for j in i + 1..m {
            *c.add(j * m + i) = *c.add(i * m + j);
        }
    }
}

fn layouts<T>(a: &Operand<T>, b: &Operand<T>, m: usize, k: usize, n: usize) -> Option<((c_int, Int), (c_int, Int))> {
    let big = |x: usize| x > i32::MAX as usize;
    if big(m) || big(k) || big(n) {
        return None;
    }
    Some((layout(a.rs, a.cs, m, k)?, layout(b.rs, b.cs, k, n)?))
}

impl BlasGemm for f64 {
    unsafe fn gemm(a: &Operand<f64>, b: &Operand<f64>, c: *mut f64, m: usize, k: usize, n: usize) -> bool {
        let (Some(blas), Some(((ta, lda), (tb, ldb)))) = (blas(), layouts(a, b, m, k, n)) else { return false };
        (blas.dgemm)(
            ROW_MAJOR,
            ta,
            tb,
            m as Int,
            n as Int,
            k as Int,
            1.0,
            a.ptr,
            lda,
            b.ptr,
            ldb,
            0.0,
            c,
            n.max(1) as Int,
        );
        true
    }

    unsafe fn syrk(a: &Operand<f64>, c: *mut f64, m: usize, k: usize) -> bool {
        let (Some(blas), Some((ta, lda))) = (blas(), layout(a.rs, a.cs, m, k)) else { return false };
        (blas.dsyrk)(ROW_MAJOR, UPPER, ta, m as Int, k as Int, 1.0, a.ptr, lda, 0.0, c, m as Int);
        mirror(c, m);
        true
    }
}

impl BlasGemm for Complex64 {
    unsafe fn gemm(
        a: &Operand<Complex64>,
        b: &Operand<Complex64>,
        c: *mut Complex64,
        m: usize,
        k: usize,
        n: usize,
    ) -> bool {
        let (Some(blas), Some(((ta, lda), (tb, ldb)))) = (blas(), layouts(a, b, m, k, n)) else { return false };
        let (one, zero) = (Complex64::new(1.0, 0.0), Complex64::new(0.0, 0.0));
        (blas.zgemm)(
            ROW_MAJOR,
            ta,
            tb,
            m as Int,
            n as Int,
            k as Int,
            &one as *const Complex64 as *const c_void,
            a.ptr as *const c_void,
            lda,
            b.ptr as *const c_void,
            ldb,
            &zero as *const Complex64 as *const c_void,
            c as *mut c_void,
            n.max(1) as Int,
        );
        true
    }

    unsafe fn syrk(a: &Operand<Complex64>, c: *mut Complex64, m: usize, k: usize) -> bool {
        let (Some(blas), Some((ta, lda))) = (blas(), layout(a.rs, a.cs, m, k)) else { return false };
        let (one, zero) = (Complex64::new(1.0, 0.0), Complex64::new(0.0, 0.0));
        let (one, zero) = (&one as *const Complex64 as *const c_void, &zero as *const Complex64 as *const c_void);
        (blas.zsyrk)(
            ROW_MAJOR,
            UPPER,
            ta,
            m as Int,
            k as Int,
            one,
            a.ptr as *const c_void,
            lda,
            zero,
            c as *mut c_void,
            m as Int,
        );
        mirror(c, m);
        true
    }
}

/// numpy's `DOUBLE_dot` with BLAS: `cblas_ddot` over `n` elements at element strides `incx`,
/// `incy` (positive), in chunks of numpy's `NPY_CBLAS_CHUNK` (2^30) added up; None without
/// numpy's BLAS.
///
/// # Safety
/// `x` and `y` point to `n` elements at those strides inside live arrays.
pub unsafe fn ddot(n: usize, x: *const f64, incx: isize, y: *const f64, incy: isize) -> Option<f64> {
    let f = blas()?.ddot?;
    const CHUNK: usize = 1 << 30;
    let (mut x, mut y, mut n) = (x, y, n);
    let mut sum = 0.0;
    while n > 0 {
        let chunk = n.min(CHUNK);
        sum += f(chunk as Int, x, incx as Int, y, incy as Int);
        x = x.offset(chunk as isize * incx);
        y = y.offset(chunk as isize * incy);
        n -= chunk;
    }
    Some(sum)
}

/// `cblas_dgemv` as numpy's `cblas_matrixproduct` calls it: `out = op(A) · x` with `A` (m × n)
/// C-contiguous (`fortran` false) or Fortran-contiguous, `op` the transpose when `trans`;
/// None without numpy's BLAS.
///
/// # Safety
/// `a` holds the m × n matrix in that order, `x` the vector at element stride `incx` (positive),
/// `out` has room for its result.
#[allow(clippy::too_many_arguments)]
pub unsafe fn dgemv(
    a: *const f64,
    m: usize,
    n: usize,
    fortran: bool,
    trans: bool,
    x: *const f64,
    incx: isize,
    out: *mut f64,
) -> Option<()> {
    let f = blas()?.dgemv?;
    let (order, lda) = if fortran { (COL_MAJOR, m.max(1)) } else { (ROW_MAJOR, n.max(1)) };
    let t = if trans { TRANS } else { NO_TRANS };
    f(order, t, m as Int, n as Int, 1.0, a, lda as Int, x, incx as Int, 0.0, out, 1);
    Some(())
}
