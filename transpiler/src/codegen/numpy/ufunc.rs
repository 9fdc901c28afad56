//! Element code of the element-wise functions with several arguments or options: `clip`,
//! `fmin`/`fmax`, `round`, `power`, `angle`.

use super::given;
use crate::codegen::body::Body;
use crate::codegen::convert::coerce;
use crate::ir::{self, ExprKind};
use crate::library::NumpyFn as N;
use crate::types::Ty;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Body<'_> {
    /// Element code of the element-wise functions `clip`, `fmin`, `fmax`, `round`, `power`,
    /// `angle` (scalars or array elements).
    pub fn ufunc_extra(&mut self, f: N, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let t = result.base();
        let u = quote!(rt::numpy::ufunc);
        match f {
            N::Clip => {
                // a bound left out (`None`) is not applied
                let bound =
                    |b: &mut Self, k: usize| (!matches!(args[k].kind, ExprKind::None)).then(|| b.expr_as(&args[k], &t));
                let (x, lo, hi) = (self.expr_as(&args[0], &t), bound(self, 1), bound(self, 2));
                let (mn, mx) = match t {
                    Ty::Float => (quote!(rt::numpy::reduce::fmin_nan), quote!(rt::numpy::reduce::fmax_nan)),
                    _ => (quote!(rt::builtins::minmax::min), quote!(rt::builtins::minmax::max)),
                };
                let x = match lo {
                    Some(lo) => quote!(#mx(#x, #lo)),
                    None => x,
                };
                match hi {
                    Some(hi) => quote!(#mn(#x, #hi)),
                    None => x,
                }
            }
            N::Fmin | N::Fmax => {
                let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_as(a, &t)).collect();
                match (f, &t) {
                    (_, Ty::Float) => {
                        let g = format_ident!("{}", if f == N::Fmin { "min" } else { "max" });
                        let (a, b) = (&vals[0], &vals[1]);
                        quote!(f64::#g(#a, #b))
                    }
                    _ => {
                        let g = format_ident!("{}", if f == N::Fmin { "min" } else { "max" });
                        let (a, b) = (&vals[0], &vals[1]);
                        quote!(rt::builtins::minmax::#g(#a, #b))
                    }
                }
            }
            N::Round | N::Around => {
                let xt = self.ty(&args[0]);
                let d = match given(args, 1) {
                    Some(d) => self.expr_as(d, &Ty::Int),
                    None => quote!(0i64),
                };
                let x = self.expr(&args[0]);
                match xt {
                    Ty::Int => quote!(#u::round_int(#x, #d)),
                    _ => {
                        let x = coerce(x, &xt, &Ty::Float);
                        quote!(#u::round_float(#x, #d))
                    }
                }
            }
            N::Power => {
                let (at, bt) = (self.ty(&args[0]), self.ty(&args[1]));
                let a = self.expr(&args[0]);
                let b = self.expr(&args[1]);
                let np = true;
                self.binop(ir::BinOp::Pow, a, &at, b, &bt, &args[1], np).0
            }
            N::Angle => {
                let xt = self.ty(&args[0]);
                let x = self.expr(&args[0]);
                match xt {
                    Ty::Complex => quote!({ let __z = #x; __z.im.atan2(__z.re) }),
                    _ => {
                        let x = coerce(x, &xt, &Ty::Float);
                        quote!(0.0f64.atan2(#x))
                    }
                }
            }
            _ => {
                let msg = format!("pyrs: numpy.{f} is not an element-wise function");
                quote!(compile_error!(#msg))
            }
        }
    }
}
