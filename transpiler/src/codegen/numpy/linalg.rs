//! `numpy.linalg`'s functions on numpy's LAPACK: one call of `rt::numpy::linalg_lapack` each,
//! on the matrix converted to float64 (as numpy converts ints and bools).

use super::{given, map_elems};
use crate::codegen::body::Body;
use crate::infer::linalg::const_str;
use crate::ir;
use crate::library::NumpyFn as N;
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Body<'_> {
    pub(super) fn lapack_call(&mut self, f: N, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let code = self.lapack_call_f64(f, args, result);
        narrow(code, result)
    }

    /// The call computing in float64 (complex128 for complex operands).
    fn lapack_call_f64(&mut self, f: N, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let la = quote!(rt::numpy::linalg_lapack);
        // numpy's computation type: complex128 if any operand is complex, else float64
        let complex = args.iter().take(2).any(|a| matches!(self.inst.ty(a), Ty::Array(Elem::Complex128, _)));
        let el = if complex { Elem::Complex128 } else { Elem::Float64 };
        let a = self.arr_as(&args[0], el);
        // a stack of matrices (..., m, n): the `_n` functions, with its rank and the rank of
        // the per-matrix vectors (scalars) in it
        let d = self.dims(&args[0]).1;
        let stack = d > 2;
        let named = |name: &str, r: usize| {
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
        // the functions generic over float64 and complex128
        let generic = |name: &str| {
            if stack {
                let id = format_ident!("{name}_n");
                quote!(#la::#id::<_, #d>)
            } else {
                let id = format_ident!("{name}");
                quote!(#la::#id)
            }
        };
        match f {
            N::LinalgSolve | N::LinalgLstsq => {
                let b = self.arr_as(&args[1], el);
                let vector = self.dims(&args[1]).1 == 1;
                if f == N::LinalgSolve {
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
            N::LinalgInv | N::LinalgCholesky => {
                let g = generic(if f == N::LinalgInv { "inv" } else { "cholesky" });
                quote!(#g(&#a)?)
            }
            N::LinalgDet | N::LinalgSlogdet => {
                let g = named(f.name().trim_start_matches("linalg."), d.saturating_sub(2));
                quote!(#g(&#a)?)
            }
            N::LinalgEigh | N::LinalgEigvalsh | N::LinalgEig => {
                let g = named(f.name().trim_start_matches("linalg."), d - 1);
                quote!(#g(&#a)?)
            }
            N::LinalgSvd => {
                let full = match given(args, 1) {
                    Some(e) => self.expr_as(e, &Ty::Bool),
                    None => quote!(true),
                };
                if matches!(result, Ty::Array(..)) {
                    let g = named("svdvals", d - 1);
                    quote!(#g(&#a)?)
                } else {
                    let g = named("svd", d - 1);
                    quote!(#g(&#a, #full)?)
                }
            }
            N::LinalgQr => match const_str(args, 1).flatten() {
                Some("r") => {
                    let g = generic("qr_r");
                    quote!(#g(&#a)?)
                }
                mode => {
                    let g = generic("qr");
                    let complete = mode == Some("complete");
                    quote!(#g(&#a, #complete)?)
                }
            },
            _ => unreachable!("lapack_fns! lists these rows"),
        }
    }
}

/// float64 results rounded to numpy's float32 result type (float32 operands: numpy computes in
/// float64 and rounds each result once).
fn narrow(code: TokenStream, t: &Ty) -> TokenStream {
    fn has_single(t: &Ty) -> bool {
        match t {
            Ty::Array(Elem::Float32, _) | Ty::NpSized(Elem::Float32) => true,
            Ty::Tuple(items) => items.iter().any(has_single),
            _ => false,
        }
    }
    match t {
        Ty::Array(Elem::Float32, n) => map_elems(code, Elem::Float64, Elem::Float32, *n),
        Ty::NpSized(Elem::Float32) => crate::codegen::sized::cast(code, Elem::Float64, Elem::Float32),
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
