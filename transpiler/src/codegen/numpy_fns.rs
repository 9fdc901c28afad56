//! NumPy functions that are not element-wise: reductions along an axis, `std`/`var`,
//! cumulative sums, shape functions, sorting, linear algebra, masks. Each becomes one call of
//! the runtime (`rt::numpy::...`) on materialised arrays; the element types and dimensions
//! come from inference.

use super::expr::{coerce, Body};
use crate::ir::{self, ExprKind};
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

fn given(args: &[ir::Expr], k: usize) -> Option<&ir::Expr> {
    args.get(k).filter(|a| !matches!(a.kind, ExprKind::Default | ExprKind::None))
}

impl Body<'_> {
    /// An array operand as an `NdArray` value (a variable in place, any other array
    /// expression evaluated into an array first).
    pub fn arr(&mut self, e: &ir::Expr) -> TokenStream {
        match &e.kind {
            ExprKind::Local(_) => self.place(e),
            _ => {
                let v = self.expr(e);
                quote!((#v))
            }
        }
    }

    fn dims(&self, e: &ir::Expr) -> (Elem, usize) {
        match self.inst.ty(e) {
            Ty::Array(el, n) => (*el, *n),
            t => unreachable!("an array operand, not {t}"),
        }
    }

    /// A reduction `what` of the array `a`; `rest` are the arguments after the array
    /// (`axis`, `dtype`, `out`, `ddof`). Without an axis, the whole-array reductions fuse with
    /// an element-wise `a`.
    pub fn reduce_call(&mut self, what: &str, a: &ir::Expr, rest: &[ir::Expr], result: &Ty) -> TokenStream {
        let what = match what {
            "amin" => "min",
            "amax" => "max",
            x => x,
        };
        let axis = given(rest, 0);
        let ddof = match given(rest, 3) {
            Some(d) => self.expr_as(d, &Ty::Int),
            None => quote!(0i64),
        };
        let (_, n) = self.dims(a);
        let ax = quote!(rt::numpy::axis);
        if let Some(axis) = axis {
            let k = self.expr_as(axis, &Ty::Int);
            let x = self.arr(a);
            let r = n - 1;
            let call = match what {
                "cumsum" | "cumprod" => {
                    let prod = what == "cumprod";
                    return quote!(#ax::cum_axis(&#x, #k, #prod)?);
                }
                "std" | "var" => {
                    let sqrt = what == "std";
                    quote!(#ax::var_axis::<_, #n, #r>(&#x, #k, #ddof, #sqrt)?)
                }
                _ => {
                    let f = format_ident!("{}_axis", what);
                    quote!(#ax::#f::<_, #n, #r>(&#x, #k)?)
                }
            };
            return if r == 0 { quote!(#ax::item0(#call)) } else { call };
        }
        match what {
            "std" | "var" => {
                let x = self.arr(a);
                let sqrt = what == "std";
                quote!(#ax::var_all(&#x, #ddof, #sqrt))
            }
            "cumsum" | "cumprod" => {
                let x = self.arr(a);
                let prod = what == "cumprod";
                quote!(#ax::cum_flat(&#x, #prod))
            }
            _ => self.reduce(what, a, result),
        }
    }

    /// numpy functions giving arrays that are not element-wise and not creation functions.
    pub fn numpy_array_fn(&mut self, f: &str, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let t = result.clone();
        match f {
            "sum" | "prod" | "mean" | "min" | "max" | "amin" | "amax" | "any" | "all" | "argmin" | "argmax" | "std" | "var"
            | "cumsum" | "cumprod" => self.reduce_call(f, &args[0], &args[1..], &t),
            _ => {
                let msg = format!("pyrs: numpy.{f} is not implemented in codegen");
                quote!(compile_error!(#msg))
            }
        }
    }

    /// Array methods that are not element-wise (`a.reshape(...)`, `a.sum(axis=0)`, ...).
    pub fn array_method_call(&mut self, receiver: &ir::Expr, method: &str, args: &[ir::Expr], result: &Ty) -> TokenStream {
        match method {
            "sum" | "prod" | "mean" | "min" | "max" | "any" | "all" | "argmin" | "argmax" | "std" | "var" | "cumsum"
            | "cumprod" => self.reduce_call(method, receiver, args, result),
            _ => {
                let _ = coerce;
                let msg = format!("pyrs: array method {method} is not implemented in codegen");
                quote!(compile_error!(#msg))
            }
        }
    }
}
