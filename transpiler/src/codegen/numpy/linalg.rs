//! `numpy.linalg`'s functions on numpy's LAPACK: one call of `rt::numpy::linalg_lapack` each,
//! on the matrix converted to float64 (as numpy converts ints and bools).

use super::{given, map_elems};
use crate::codegen::body::Body;
use crate::infer::linalg::{cond_p, const_bool, const_str, uplo_upper, CondP};
use crate::ir;
use crate::ir::ExprKind;
use crate::library::{Intrinsic, NumpyFn as N};
use crate::types::{Elem, Kind, Ty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Body<'_> {
    pub(super) fn lapack_call(&mut self, f: N, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let la = quote!(rt::numpy::linalg_lapack);
        match f {
            // matrix products in the matrices' own type
            N::LinalgMultiDot => {
                let Ty::Array(el, _) = result else { unreachable!("multi_dot gives a matrix") };
                let parts = self.parts(&args[0], *el);
                return quote!(#la::multi_dot(&[#(#parts),*])?);
            }
            N::LinalgMatrixPower => {
                let a = self.arr(&args[0]);
                let n = self.expr_as(&args[1], &Ty::Int);
                return if matches!(result, Ty::Array(Elem::Int64, _)) {
                    quote!(#la::matrix_power_int(&#a, #n)?)
                } else {
                    quote!(#la::matrix_power(&#a, #n)?)
                };
            }
            _ => {}
        }
        let code = self.lapack_call_f64(f, args, result);
        narrow(code, result)
    }

    /// An optional float argument: `Some(x)`, or `None` when left out or written None.
    fn opt_float(&mut self, args: &[ir::Expr], k: usize) -> TokenStream {
        match given(args, k) {
            Some(x) if !matches!(self.inst.ty(x), Ty::None) => {
                let v = self.expr_as(x, &Ty::Float);
                quote!(Some(#v))
            }
            _ => quote!(None),
        }
    }

    /// The call computing in float64 (complex128 for complex operands).
    fn lapack_call_f64(&mut self, f: N, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let la = quote!(rt::numpy::linalg_lapack);
        // numpy's computation type: complex128 if any operand is complex, else float64
        let complex =
            args.iter().take(2).any(|a| matches!(self.inst.ty(a), Ty::Array(e, _) if e.kind() == Kind::Complex));
        let el = if complex { Elem::Complex128 } else { Elem::Float64 };
        let a = self.arr_as(&args[0], el);
        // a stack of matrices (..., m, n): the `_n` functions, with its rank `d` and the rank
        // `r` of the per-matrix results in it
        let d = self.dims(&args[0]).1;
        let stack = d > 2;
        // the functions generic over float64 and complex128 (`r` for those of two ranks)
        let generic = |name: &str, r: Option<usize>| match (stack, r) {
            (false, _) => {
                let id = format_ident!("{name}");
                quote!(#la::#id)
            }
            (true, None) => {
                let id = format_ident!("{name}_n");
                quote!(#la::#id::<_, #d>)
            }
            (true, Some(r)) => {
                let id = format_ident!("{name}_n");
                quote!(#la::#id::<_, #d, #r>)
            }
        };
        // those whose real and complex versions give different types (`eig`, `eigvals`)
        let typed = |name: &str, r: usize| {
            let id = match (complex, stack) {
                (false, false) => format_ident!("{name}"),
                (true, false) => format_ident!("{name}_complex"),
                (false, true) => format_ident!("{name}_n"),
                (true, true) => format_ident!("{name}_complex_n"),
            };
            if stack {
                quote!(#la::#id::<#d, #r>)
            } else {
                quote!(#la::#id)
            }
        };
        let name = f.name().trim_start_matches("linalg.");
        match f {
            N::LinalgSolve | N::LinalgLstsq => {
                let b = self.arr_as(&args[1], el);
                let vector = self.dims(&args[1]).1 == 1;
                let db = self.dims(&args[1]).1;
                if f == N::LinalgSolve && (stack || db > 2) {
                    let Ty::Array(_, r) = result else { unreachable!("solve gives an array") };
                    quote!(#la::solve_n::<_, #d, #db, #r>(&#a, &#b)?)
                } else if f == N::LinalgSolve {
                    if vector {
                        quote!(#la::solve1(&#a, &#b)?)
                    } else {
                        quote!(#la::solve(&#a, &#b)?)
                    }
                } else {
                    let rcond = match given(args, 2) {
                        Some(r) => {
                            let r = self.expr_as(r, &Ty::Float);
                            quote!(Some(#r))
                        }
                        None => quote!(None),
                    };
                    if vector {
                        quote!(#la::lstsq1(&#a, &#b, #rcond)?)
                    } else {
                        quote!(#la::lstsq(&#a, &#b, #rcond)?)
                    }
                }
            }
            N::LinalgInv => {
                let g = generic(name, None);
                quote!(#g(&#a)?)
            }
            N::LinalgCholesky => {
                let g = generic(name, None);
                let upper = const_bool(args, 1, false).expect("inference checked `upper`");
                quote!(#g(&#a, #upper)?)
            }
            N::LinalgDet | N::LinalgSlogdet => {
                let g = generic(name, Some(d.saturating_sub(2)));
                quote!(#g(&#a)?)
            }
            N::LinalgEigh | N::LinalgEigvalsh => {
                let g = generic(name, Some(d - 1));
                let upper = uplo_upper(args).expect("inference checked `UPLO`");
                quote!(#g(&#a, #upper)?)
            }
            N::LinalgEig | N::LinalgEigvals => {
                let g = typed(name, d - 1);
                quote!(#g(&#a)?)
            }
            N::LinalgSvd => {
                let full = match given(args, 1) {
                    Some(e) => self.expr_as(e, &Ty::Bool),
                    None => quote!(true),
                };
                let hermitian = const_bool(args, 3, false) == Some(true);
                if matches!(result, Ty::Array(..)) && hermitian {
                    let g = generic("svdvals_hermitian", Some(d - 1));
                    quote!(#g(&#a)?)
                } else if hermitian {
                    // numpy orders the moduli of float32 eigenvalues as float32
                    let single = matches!(self.dims(&args[0]).0, Elem::Float32 | Elem::Complex64);
                    let g = generic("svd_hermitian", Some(d - 1));
                    quote!(#g(&#a, #single)?)
                } else if matches!(result, Ty::Array(..)) {
                    let g = generic("svdvals", Some(d - 1));
                    quote!(#g(&#a)?)
                } else {
                    let g = generic("svd", Some(d - 1));
                    quote!(#g(&#a, #full)?)
                }
            }
            N::LinalgQr => match const_str(args, 1).flatten() {
                Some("r") => {
                    let g = generic("qr_r", None);
                    quote!(#g(&#a)?)
                }
                mode => {
                    let g = generic("qr", None);
                    let complete = mode == Some("complete");
                    quote!(#g(&#a, #complete)?)
                }
            },
            N::LinalgPinv => {
                let rcond = self.opt_float(args, 1);
                // rtol: left out, written None (numpy's default from eps), or a value
                let rtol = match given(args, 3) {
                    None => quote!(None),
                    Some(_) => {
                        let v = self.opt_float(args, 3);
                        quote!(Some(#v))
                    }
                };
                if const_bool(args, 2, false) == Some(true) {
                    quote!(#la::pinv_hermitian(&#a, #rcond, #rtol)?)
                } else {
                    quote!(#la::pinv(&#a, #rcond, #rtol)?)
                }
            }
            N::LinalgMatrixRank | N::LinalgCond => {
                let single = matches!(self.dims(&args[0]).0, Elem::Float32 | Elem::Complex64);
                if f == N::LinalgMatrixRank {
                    let (tol, rtol) = (self.opt_float(args, 1), self.opt_float(args, 3));
                    let hermitian = const_bool(args, 2, false).expect("inference checked `hermitian`");
                    quote!(#la::matrix_rank(&#a, #tol, #rtol, #single, #hermitian)?)
                } else {
                    let p = match cond_p(args).expect("inference checked `p`") {
                        CondP::Two => quote!(Two),
                        CondP::MinusTwo => quote!(MinusTwo),
                        CondP::Ord(o) => {
                            let o = crate::codegen::convert::float_lit(o);
                            quote!(Ord(#o))
                        }
                        CondP::Fro => quote!(Fro),
                        CondP::Nuc => quote!(Nuc),
                    };
                    quote!(#la::cond(&#a, #la::CondP::#p, #single)?)
                }
            }
            _ => unreachable!("lapack_fns! lists these rows"),
        }
    }

    /// `np.linalg.norm(a, 2)`, `(a, -2)`, `(a, 'nuc')` (`ord` 0) of a matrix of `el`: from its
    /// singular values, float32 ones (of float32 and complex64 matrices) reduced in float32
    /// (the caller may ask for the float64 result and round it: exact then).
    pub(super) fn norm_svd_call(&mut self, x: &ir::Expr, el: Elem, ord: i64) -> TokenStream {
        let la = quote!(rt::numpy::linalg_lapack);
        let a = self.arr_as(x, if el.kind() == Kind::Complex { Elem::Complex128 } else { Elem::Float64 });
        if matches!(el, Elem::Float32 | Elem::Complex64) {
            quote!(#la::norm_svd32(&#a, #ord)?)
        } else {
            quote!(#la::norm_svd(&#a, #ord)?)
        }
    }
}

/// float64 (complex128) results rounded to numpy's float32 (complex64) result type (float32
/// and complex64 operands: numpy computes in double precision and rounds each result once).
fn narrow(code: TokenStream, t: &Ty) -> TokenStream {
    fn has_single(t: &Ty) -> bool {
        match t {
            Ty::Array(e, _) | Ty::NpSized(e) => wide(*e).is_some(),
            Ty::Tuple(items) => items.iter().any(has_single),
            _ => false,
        }
    }
    /// The type a single-precision result is computed in.
    fn wide(e: Elem) -> Option<Elem> {
        match e {
            Elem::Float32 => Some(Elem::Float64),
            Elem::Complex64 => Some(Elem::Complex128),
            _ => None,
        }
    }
    match t {
        Ty::Array(e, n) => match wide(*e) {
            Some(w) => map_elems(code, w, *e, *n),
            None => code,
        },
        Ty::NpSized(e) => match wide(*e) {
            Some(w) => crate::codegen::sized::cast(code, w, *e),
            None => code,
        },
        Ty::Tuple(items) if items.iter().any(has_single) => {
            let parts = items.iter().enumerate().map(|(i, t)| {
                let k = syn::Index::from(i);
                narrow(quote!(__r.#k), t)
            });
            quote!({ let __r = #code; (#(#parts,)*) })
        }
        _ => code,
    }
}

/// The named tuple numpy returns for this call (`np.linalg.svd(a)`: `SVDResult`), if any.
fn named_result(e: &ir::Expr, inst: &crate::infer::Instance) -> Option<&'static str> {
    let ExprKind::CallIntrinsic(Intrinsic::Numpy(f), _) = &e.kind else { return None };
    let tuple = matches!(inst.ty(e), Ty::Tuple(_));
    f.named_tuple().filter(|_| tuple).map(|t| t.0)
}

/// The numpy named tuple (`numpy.linalg._linalg.SVDResult`, ...) every `return` of `f` gives:
/// each returns such a call, or a variable only ever assigned calls giving that one. The
/// wrapper makes the result tuple into it, so Python sees numpy's type.
pub(in crate::codegen) fn named_return(f: &ir::Function, inst: &crate::infer::Instance) -> Option<&'static str> {
    use crate::ir::visit::{self, Visitor};
    use crate::ir::{query, Stmt, StmtKind, Target};
    struct Returns<'ir>(Vec<Option<&'ir ir::Expr>>);
    impl<'ir> Visitor<'ir> for Returns<'ir> {
        fn visit_stmt(&mut self, s: &'ir Stmt) {
            if let StmtKind::Return(e) = &s.kind {
                self.0.push(e.as_ref());
            }
            visit::walk_stmt(self, s)
        }
        fn visit_expr(&mut self, _: &'ir ir::Expr) {}
    }
    if query::is_generator(&f.body) || !query::always_returns(&f.body) {
        return None;
    }
    let mut rets = Returns(Vec::new());
    rets.visit_body(&f.body);
    let named = |e: Option<&ir::Expr>| -> Option<&'static str> {
        let e = e?;
        if let ExprKind::Local(name) = &e.kind {
            // every binding of the variable an assignment of one such call
            let mut kinds = Vec::new();
            query::bindings(&f.body, &mut |n, _, s| {
                if n == name {
                    kinds.push(match &s.kind {
                        StmtKind::Assign { target: Target::Name(..), value } => named_result(value, inst),
                        _ => None,
                    });
                }
            });
            if f.params.iter().any(|p| &p.name == name) || kinds.is_empty() {
                return None;
            }
            let first = kinds[0]?;
            return kinds.iter().all(|k| *k == Some(first)).then_some(first);
        }
        named_result(e, inst)
    };
    let first = named(*rets.0.first()?)?;
    rets.0.iter().all(|&e| named(e) == Some(first)).then_some(first)
}
