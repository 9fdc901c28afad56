//! Typing rules of the `numpy.linalg` functions computed on numpy's LAPACK (`solve`, `inv`,
//! `det`, `slogdet`, `cholesky`, `eigh`, `eigvalsh`, `eig`, `eigvals`, `svd`, `lstsq`, `qr`):
//! float64 results from matrices of ints, bools or float64, float32 from float32 ones and
//! complex64 from complex64 ones (numpy computes in double precision and rounds the results),
//! complex128 from complex128 ones (real singular values, Hermitian eigenvalues and log|det|),
//! as numpy's result types (`slogdet` a tuple, `lstsq`'s rank an int32).

use super::FnCx;
use crate::diag::Diagnostic;
use crate::ir::{self, ExprKind};
use crate::library::NumpyFn as N;
use crate::source::Span;
use crate::types::{Elem, Kind, Ty};

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
    /// The fields of the numpy named tuple `x` is (`np.linalg.svd(a)`, or a local only ever
    /// assigned such calls giving the same fields): `r.S` reads its field as numpy's does.
    /// Any other tuple has no attributes (AttributeError in Python: a compile error here).
    pub(super) fn named_fields(&self, x: &ir::Expr) -> Option<&'static [&'static str]> {
        use crate::ir::{query, StmtKind, Target};
        let call = |e: &ir::Expr| match &e.kind {
            ExprKind::CallIntrinsic(crate::library::Intrinsic::Numpy(f), _) => f.named_tuple().map(|t| t.1),
            _ => None,
        };
        let ExprKind::Local(name) = &x.kind else { return call(x) };
        if self.params.iter().any(|p| p == name) {
            return None;
        }
        let f = self.inf.module.function(self.func)?;
        let mut fields = Vec::new();
        query::bindings(&f.body, &mut |n, _, s| {
            if n == name {
                fields.push(match &s.kind {
                    StmtKind::Assign { target: Target::Name(..), value } => call(value),
                    _ => None,
                });
            }
        });
        let first = (*fields.first()?)?;
        fields.iter().all(|k| *k == Some(first)).then_some(first)
    }

    pub(super) fn lapack_fn(&mut self, f: N, args: &[ir::Expr], ts: &[Ty], at: Span) -> Ty {
        let span_of = |k: usize| args.get(k).map(|a| a.span).unwrap_or(at);
        // an array of `dims` dimensions (one of them): (dimensions, the type numpy computes
        // in: float64 (also for ints and bools), float32 (results rounded) or complex128)
        let operand = |cx: &mut Self, k: usize, dims: &[usize]| -> Option<(usize, Elem)> {
            match ts.get(k) {
                Some(Ty::Array(e, n)) if dims.contains(n) => {
                    Some((*n, if e.kind() == Kind::Complex || *e == Elem::Float32 { *e } else { Elem::Float64 }))
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
        if f == N::LinalgMultiDot {
            return self.multi_dot(args, ts, at);
        }
        // stacks of matrices (..., m, n) for the functions of one matrix, as numpy's gufuncs
        let dims: &[usize] = match f {
            N::LinalgLstsq | N::LinalgPinv | N::LinalgMatrixRank | N::LinalgCond | N::LinalgMatrixPower => &[2],
            _ => &[2, 3, 4],
        };
        let Some((d, ea)) = operand(self, 0, dims) else { return Ty::Unknown };
        // numpy's `_commonType`: complex if any operand is complex, single precision (computed
        // in double, the results rounded) when every operand is float32 or complex64
        let common = |a: Elem, b: Elem| {
            let single = |e: Elem| matches!(e, Elem::Float32 | Elem::Complex64);
            match (a.kind() == Kind::Complex || b.kind() == Kind::Complex, single(a) && single(b)) {
                (true, true) => Elem::Complex64,
                (true, false) => Elem::Complex128,
                (false, true) => Elem::Float32,
                (false, false) => Elem::Float64,
            }
        };
        // singular values, eigenvalues of Hermitian matrices, log|det|: real
        let real = |e: Elem| match e {
            Elem::Complex128 => Elem::Float64,
            Elem::Complex64 => Elem::Float32,
            e => e,
        };
        // `f64s(2)`: a matrix per matrix of the stack, `reals(1)` a vector, `f64s(0)` a scalar
        let f64s = |n: usize| if d - 2 + n == 0 { ea.scalar() } else { Ty::Array(ea, d - 2 + n) };
        let reals = |n: usize| if d - 2 + n == 0 { real(ea).scalar() } else { Ty::Array(real(ea), d - 2 + n) };
        match f {
            // stacks broadcast over their leading axes; `b` a vector only when 1-D (numpy 2)
            N::LinalgSolve => match operand(self, 1, &[1, 2, 3, 4]) {
                Some((1, eb)) => Ty::Array(common(ea, eb), d - 1),
                Some((nb, eb)) => Ty::Array(common(ea, eb), d.max(nb)),
                None => Ty::Unknown,
            },
            N::LinalgInv => f64s(2),
            N::LinalgDet => f64s(0),
            N::LinalgSlogdet => Ty::Tuple(vec![f64s(0), reals(0)]),
            N::LinalgCholesky => match const_bool(args, 1, false) {
                Some(_) => f64s(2),
                None => {
                    self.error(Diagnostic::new(
                        span_of(1),
                        "`upper` of numpy.linalg.cholesky() must be written True or False",
                    ));
                    Ty::Unknown
                }
            },
            N::LinalgEigh | N::LinalgEigvalsh => match uplo_upper(args) {
                Ok(_) if f == N::LinalgEigh => Ty::Tuple(vec![reals(1), f64s(2)]),
                Ok(_) => reals(1),
                Err(msg) => {
                    self.error(Diagnostic::new(span_of(1), format!("numpy.{f}(): {msg}")));
                    Ty::Unknown
                }
            },
            N::LinalgEig => Ty::Tuple(vec![f64s(1), f64s(2)]),
            N::LinalgEigvals => f64s(1),
            N::LinalgSvd => {
                if !matches!(ts.get(1), None | Some(Ty::Bool))
                    && !matches!(args.get(1).map(|a| &a.kind), Some(ExprKind::Default))
                {
                    self.error(Diagnostic::new(span_of(1), "`full_matrices` of numpy.linalg.svd() must be a bool"));
                    return Ty::Unknown;
                }
                // hermitian=True: numpy's composition of `eigh`/`eigvalsh` (square matrices)
                if const_bool(args, 3, false).is_none() {
                    self.error(Diagnostic::new(
                        span_of(3),
                        "`hermitian` of numpy.linalg.svd() must be written True or False",
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
                Ty::Tuple(vec![Ty::Array(e, nb), Ty::Array(real(e), 1), Elem::Int32.scalar(), Ty::Array(real(e), 1)])
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
            N::LinalgPinv | N::LinalgMatrixRank => {
                let what = if f == N::LinalgPinv { "pinv" } else { "matrix_rank" };
                if f == N::LinalgMatrixRank && const_bool(args, 2, false).is_none() {
                    self.error(Diagnostic::new(
                        span_of(2),
                        "`hermitian` of numpy.linalg.matrix_rank() must be written True or False",
                    ));
                    return Ty::Unknown;
                }
                if f == N::LinalgPinv && const_bool(args, 2, false).is_none() {
                    self.error(Diagnostic::new(
                        span_of(2),
                        format!("`hermitian` of numpy.linalg.{what}() must be written True or False"),
                    ));
                    return Ty::Unknown;
                }
                for (k, name) in [(1, if f == N::LinalgPinv { "rcond" } else { "tol" }), (3, "rtol")] {
                    if !matches!(ts.get(k), None | Some(Ty::None | Ty::Float | Ty::Int | Ty::NpFloat | Ty::NpInt)) {
                        self.error(Diagnostic::new(
                            span_of(k),
                            format!("`{name}` of numpy.linalg.{what}() must be a float or None here"),
                        ));
                        return Ty::Unknown;
                    }
                }
                if f == N::LinalgMatrixRank {
                    return Elem::Int64.scalar();
                }
                // numpy's product is BLAS's gemm; a float32 one (sgemm) and the int dtype of
                // an empty int matrix's result are not followed yet
                if !matches!(ts.first(), Some(Ty::Array(Elem::Float64 | Elem::Complex128, _))) {
                    self.error(Diagnostic::new(
                        span_of(0),
                        "numpy.linalg.pinv() of a matrix other than float64 or complex128 is not supported yet",
                    ));
                    return Ty::Unknown;
                }
                f64s(2)
            }
            N::LinalgCond => {
                let single = matches!(ea, Elem::Float32 | Elem::Complex64);
                match cond_p(args) {
                    Some(p) if !single || matches!(p, CondP::Two | CondP::MinusTwo) => real(ea).scalar(),
                    Some(_) => {
                        self.error(Diagnostic::new(
                            span_of(1),
                            format!(
                                "numpy.linalg.cond() of a {} matrix with this `p` is not supported yet (None, 2 and -2 are)",
                                ea.name()
                            ),
                        ));
                        Ty::Unknown
                    }
                    None => {
                        self.error(Diagnostic::new(
                            span_of(1),
                            "`p` of numpy.linalg.cond() must be written as None, 1, -1, 2, -2, np.inf, -np.inf, 'fro' or 'nuc'",
                        ));
                        Ty::Unknown
                    }
                }
            }
            N::LinalgMatrixPower => {
                if !matches!(ts.get(1), Some(Ty::Int | Ty::NpInt | Ty::Bool)) {
                    self.error(Diagnostic::new(
                        span_of(1),
                        "the exponent of numpy.linalg.matrix_power() must be an int",
                    ));
                    return Ty::Unknown;
                }
                match ts.first() {
                    Some(Ty::Array(e @ (Elem::Float64 | Elem::Complex128 | Elem::Int64), 2)) => Ty::Array(*e, 2),
                    _ => {
                        self.error(Diagnostic::new(
                            span_of(0),
                            "numpy.linalg.matrix_power() of a matrix other than float64, complex128 or int64 is not supported yet",
                        ));
                        Ty::Unknown
                    }
                }
            }
            _ => unreachable!("lapack_fns! lists these rows"),
        }
    }

    /// `np.linalg.multi_dot(arrays)`: a tuple or list of matrices of one type (float64,
    /// complex128, int64), at least two.
    fn multi_dot(&mut self, args: &[ir::Expr], ts: &[Ty], at: Span) -> Ty {
        let span = args.first().map(|a| a.span).unwrap_or(at);
        if !matches!(args.get(1).map(|a| &a.kind), None | Some(ExprKind::Default)) {
            self.error(Diagnostic::new(args[1].span, "numpy.linalg.multi_dot() with `out` is not supported yet"));
            return Ty::Unknown;
        }
        let items = match ts.first() {
            Some(Ty::Tuple(items)) if items.len() >= 2 => items,
            _ => {
                self.error(Diagnostic::new(
                    span,
                    "numpy.linalg.multi_dot() needs a tuple or list of at least two matrices here",
                ));
                return Ty::Unknown;
            }
        };
        match &items[0] {
            Ty::Array(e @ (Elem::Float64 | Elem::Complex128 | Elem::Int64), 2)
                if items.iter().all(|t| t == &items[0]) =>
            {
                Ty::Array(*e, 2)
            }
            _ => {
                self.error(Diagnostic::new(
                    span,
                    "numpy.linalg.multi_dot() of matrices (2-D) of one type, float64, complex128 or int64, is supported; not these",
                ));
                Ty::Unknown
            }
        }
    }
}

/// `UPLO` of `eigh`/`eigvalsh` (argument 1) as written: whether it is 'U' (numpy upper-cases
/// it); the message when it is no constant 'L' or 'U'.
pub fn uplo_upper(args: &[ir::Expr]) -> Result<bool, &'static str> {
    match const_str(args, 1) {
        Some(None) => Ok(false),
        Some(Some(s)) if s.eq_ignore_ascii_case("l") => Ok(false),
        Some(Some(s)) if s.eq_ignore_ascii_case("u") => Ok(true),
        Some(Some(_)) => Err("UPLO argument must be 'L' or 'U' (numpy raises ValueError)"),
        None => Err("`UPLO` must be written as a string, 'L' or 'U'"),
    }
}

/// What `p` of `np.linalg.cond` asks for, when written as a constant.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum CondP {
    Two,
    MinusTwo,
    Ord(f64),
    Fro,
    Nuc,
}

/// `p` of `np.linalg.cond(x, p)` (argument 1) as written, None when it is no constant it takes.
pub fn cond_p(args: &[ir::Expr]) -> Option<CondP> {
    use super::numpy::{norm_ord, NormOrd};
    match args.get(1).map(|a| &a.kind) {
        None | Some(ExprKind::Default | ExprKind::None) => return Some(CondP::Two),
        _ => {}
    }
    match norm_ord(&args[1])? {
        NormOrd::Num(2.0) => Some(CondP::Two),
        NormOrd::Num(-2.0) => Some(CondP::MinusTwo),
        NormOrd::Num(p) if p.abs() == 1.0 || p.is_infinite() => Some(CondP::Ord(p)),
        NormOrd::Str(s) if s == "fro" || s == "f" => Some(CondP::Fro),
        NormOrd::Str(s) if s == "nuc" => Some(CondP::Nuc),
        _ => None,
    }
}
