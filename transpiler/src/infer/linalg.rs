//! Typing rules of the `numpy.linalg` functions computed on numpy's LAPACK (`solve`, `inv`,
//! `det`, `slogdet`, `cholesky`, `eigh`, `eigvalsh`, `eig`, `svd`, `lstsq`, `qr`): float64
//! results from matrices of ints, bools or float64, float32 from float32 ones (numpy computes
//! in float64 and rounds the results), complex128 from complex ones (real singular values,
//! Hermitian eigenvalues and log|det|), as numpy's result types (`slogdet` a tuple, `lstsq`'s
//! rank an int32).

use super::FnCx;
use crate::diag::Diagnostic;
use crate::ir::{self, ExprKind};
use crate::library::NumpyFn as N;
use crate::source::Span;
use crate::types::{Elem, Ty};

/// The value of a keyword written as a constant string (`mode='r'`), None when left out.
pub fn const_str(args: &[ir::Expr], k: usize) -> Option<Option<&str>> {
    match args.get(k).map(|a| &a.kind) {
        None | Some(ExprKind::Default) => Some(None),
        Some(ExprKind::Str(s)) => Some(Some(s.as_str())),
        _ => None,
    }
}

/// The value of a keyword written as `True`/`False`, `default` when left out.
pub fn const_bool(args: &[ir::Expr], k: usize, default: bool) -> Option<bool> {
    match args.get(k).map(|a| &a.kind) {
        None | Some(ExprKind::Default) => Some(default),
        Some(ExprKind::Bool(b)) => Some(*b),
        _ => None,
    }
}

impl FnCx<'_, '_> {
    pub(super) fn lapack_fn(&mut self, f: N, args: &[ir::Expr], ts: &[Ty], at: Span) -> Ty {
        let span_of = |k: usize| args.get(k).map(|a| a.span).unwrap_or(at);
        // an array of `dims` dimensions (one of them): (dimensions, the type numpy computes
        // in: float64 (also for ints and bools), float32 (results rounded) or complex128)
        let operand = |cx: &mut Self, k: usize, dims: &[usize]| -> Option<(usize, Elem)> {
            match ts.get(k) {
                Some(Ty::Array(e, n)) if dims.contains(n) => {
                    if *e == Elem::Complex64 {
                        cx.error(Diagnostic::new(
                            span_of(k),
                            format!(
                                "numpy.{f}() of a {} array is not supported yet (float64, float32, complex128, ints and bools are)",
                                e.name()
                            ),
                        ));
                        return None;
                    }
                    Some((*n, if matches!(e, Elem::Float32 | Elem::Complex128) { *e } else { Elem::Float64 }))
                }
                Some(Ty::Array(_, n)) => {
                    let want =
                        if dims == [2] { "a matrix (2-D)".to_string() } else { "a 1-D or 2-D array".to_string() };
                    let what = if dims == [2] && *n > 2 { " (stacked matrices are not supported yet)" } else { "" };
                    cx.error(Diagnostic::new(
                        span_of(k),
                        format!("numpy.{f}() needs {want} here, not a {n}-D array{what}"),
                    ));
                    None
                }
                other => {
                    let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                    cx.error(Diagnostic::new(span_of(k), format!("numpy.{f}() needs an array here, not {what}")));
                    None
                }
            }
        };
        // stacks of matrices (..., m, n) for the functions of one matrix, as numpy's gufuncs
        let dims: &[usize] = if matches!(f, N::LinalgSolve | N::LinalgLstsq) { &[2] } else { &[2, 3, 4] };
        let Some((d, ea)) = operand(self, 0, dims) else { return Ty::Unknown };
        // numpy's `_commonType`: complex128 if any operand is complex, float32 when every
        // operand is float32 (computed in float64, the results rounded), else float64
        let common = |a: Elem, b: Elem| {
            if a == Elem::Complex128 || b == Elem::Complex128 {
                Elem::Complex128
            } else if a == Elem::Float32 && b == Elem::Float32 {
                Elem::Float32
            } else {
                Elem::Float64
            }
        };
        // singular values, eigenvalues of Hermitian matrices, log|det|: real
        let real = |e: Elem| if e == Elem::Complex128 { Elem::Float64 } else { e };
        // `f64s(2)`: a matrix per matrix of the stack, `reals(1)` a vector, `f64s(0)` a scalar
        let f64s = |n: usize| if d - 2 + n == 0 { ea.scalar() } else { Ty::Array(ea, d - 2 + n) };
        let reals = |n: usize| if d - 2 + n == 0 { real(ea).scalar() } else { Ty::Array(real(ea), d - 2 + n) };
        match f {
            N::LinalgSolve => match operand(self, 1, &[1, 2]) {
                Some((nb, eb)) => Ty::Array(common(ea, eb), nb),
                None => Ty::Unknown,
            },
            N::LinalgInv => f64s(2),
            N::LinalgDet => f64s(0),
            N::LinalgSlogdet => Ty::Tuple(vec![f64s(0), reals(0)]),
            N::LinalgCholesky => match const_bool(args, 1, false) {
                Some(false) => f64s(2),
                _ => {
                    self.error(Diagnostic::new(
                        span_of(1),
                        "numpy.linalg.cholesky() with `upper` is not supported yet",
                    ));
                    Ty::Unknown
                }
            },
            N::LinalgEigh | N::LinalgEigvalsh => match const_str(args, 1) {
                Some(None | Some("L")) if f == N::LinalgEigh => Ty::Tuple(vec![reals(1), f64s(2)]),
                Some(None | Some("L")) => reals(1),
                _ => {
                    self.error(Diagnostic::new(
                        span_of(1),
                        format!("`UPLO` of numpy.{f}() other than 'L' is not supported yet"),
                    ));
                    Ty::Unknown
                }
            },
            N::LinalgEig => Ty::Tuple(vec![f64s(1), f64s(2)]),
            N::LinalgSvd => {
                if !matches!(ts.get(1), None | Some(Ty::Bool))
                    && !matches!(args.get(1).map(|a| &a.kind), Some(ExprKind::Default))
                {
                    self.error(Diagnostic::new(span_of(1), "`full_matrices` of numpy.linalg.svd() must be a bool"));
                    return Ty::Unknown;
                }
                if const_bool(args, 3, false) != Some(false) {
                    self.error(Diagnostic::new(
                        span_of(3),
                        "numpy.linalg.svd() with `hermitian=True` is not supported yet",
                    ));
                    return Ty::Unknown;
                }
                match const_bool(args, 2, true) {
                    Some(true) => Ty::Tuple(vec![f64s(2), reals(1), f64s(2)]),
                    Some(false) => reals(1),
                    None => {
                        self.error(Diagnostic::new(
                            span_of(2),
                            "`compute_uv` of numpy.linalg.svd() must be written True or False (it decides the result's type)",
                        ));
                        Ty::Unknown
                    }
                }
            }
            N::LinalgLstsq => {
                let Some((nb, eb)) = operand(self, 1, &[1, 2]) else { return Ty::Unknown };
                let e = common(ea, eb);
                if e == Elem::Complex128 {
                    self.error(Diagnostic::new(at, "numpy.linalg.lstsq() of complex arrays is not supported yet"));
                    return Ty::Unknown;
                }
                let f64s = |n: usize| Ty::Array(e, n);
                match ts.get(2) {
                    None | Some(Ty::None | Ty::Float | Ty::Int | Ty::NpFloat | Ty::NpInt | Ty::Bool) => {}
                    Some(t) => {
                        self.error(Diagnostic::new(
                            span_of(2),
                            format!("`rcond` of numpy.linalg.lstsq() must be a float or None, not {t}"),
                        ));
                        return Ty::Unknown;
                    }
                }
                Ty::Tuple(vec![f64s(nb), f64s(1), Elem::Int32.scalar(), f64s(1)])
            }
            N::LinalgQr => match const_str(args, 1) {
                Some(None | Some("reduced" | "complete")) => Ty::Tuple(vec![f64s(2), f64s(2)]),
                Some(Some("r")) => f64s(2),
                Some(Some(m)) => {
                    let msg = if matches!(m, "raw" | "economic" | "full" | "f" | "e") {
                        format!("numpy.linalg.qr() with mode '{m}' is not supported yet")
                    } else {
                        format!("numpy.linalg.qr(): unrecognized mode '{m}' (numpy raises ValueError)")
                    };
                    self.error(Diagnostic::new(span_of(1), msg));
                    Ty::Unknown
                }
                None => {
                    self.error(Diagnostic::new(span_of(1), "`mode` of numpy.linalg.qr() must be written as a string"));
                    Ty::Unknown
                }
            },
            _ => unreachable!("lapack_fns! lists these rows"),
        }
    }
}
