//! The `math` rows of `infer/mathfns.rs`: `hypot` of any number of coordinates, `frexp`,
//! `modf`, `ldexp`, `isclose`, the one- and two-float functions computed as CPython does
//! (runtime `math/more.rs`), and `fsum`, `dist`, `prod` over iterables.

use super::body::Body;
use super::convert::coerce;
use crate::ir::{self, BinOp, ExprKind};
use crate::library::MathFn as M;
use crate::types::Ty;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Body<'_> {
    /// The items of an iterable argument as a `Vec<f64>` (each converted as `math` converts
    /// a number).
    fn math_floats(&mut self, e: &ir::Expr) -> TokenStream {
        let el = Self::elem_of(self.inst.ty(e));
        let it = self.iter_code(e);
        let x = coerce(quote!(__x), &el, &Ty::Float);
        quote!({ let mut __v: ::std::vec::Vec<f64> = ::std::vec::Vec::new(); for __x in #it { __v.push(#x); } __v })
    }

    /// `None` for the rows `call.rs` compiles.
    pub(super) fn math_more(&mut self, f: M, args: &[ir::Expr], t: &Ty) -> Option<TokenStream> {
        let given = |e: &ir::Expr| !matches!(e.kind, ExprKind::Default);
        let name = format_ident!("{}", f.name());
        Some(match f {
            M::Hypot => {
                let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_as(a, &Ty::Float)).collect();
                match vals.as_slice() {
                    [] => quote!(0.0f64),
                    [x] => quote!((#x as f64).abs()),
                    [x, y] => quote!(rt::math::hypot(#x, #y)),
                    _ => quote!(rt::math::hypot_n(&[#(#vals),*])),
                }
            }
            M::Erf | M::Erfc | M::Ulp | M::Frexp | M::Modf => {
                let x = self.expr_as(&args[0], &Ty::Float);
                quote!(rt::math::#name(#x))
            }
            M::Gamma | M::Lgamma | M::Cbrt | M::Exp2 => {
                let x = self.expr_as(&args[0], &Ty::Float);
                quote!(rt::math::#name(#x)?)
            }
            M::Nextafter => {
                let x = self.expr_as(&args[0], &Ty::Float);
                let y = self.expr_as(&args[1], &Ty::Float);
                quote!(rt::math::nextafter(#x, #y))
            }
            M::Remainder => {
                let x = self.expr_as(&args[0], &Ty::Float);
                let y = self.expr_as(&args[1], &Ty::Float);
                quote!(rt::math::remainder(#x, #y)?)
            }
            M::Ldexp => {
                let x = self.expr_as(&args[0], &Ty::Float);
                let i = self.expr_as(&args[1], &Ty::Int);
                quote!(rt::math::ldexp(#x, #i)?)
            }
            M::Isclose => {
                let a = self.expr_as(&args[0], &Ty::Float);
                let b = self.expr_as(&args[1], &Ty::Float);
                let rel = match args.get(2) {
                    Some(e) if given(e) => self.expr_as(e, &Ty::Float),
                    _ => quote!(1e-09f64),
                };
                let abs = match args.get(3) {
                    Some(e) if given(e) => self.expr_as(e, &Ty::Float),
                    _ => quote!(0.0f64),
                };
                quote!(rt::math::isclose(#a, #b, #rel, #abs)?)
            }
            M::Fsum => {
                let v = self.math_floats(&args[0]);
                quote!(rt::math::fsum(#v)?)
            }
            M::Dist => {
                let p = self.math_floats(&args[0]);
                let q = self.math_floats(&args[1]);
                quote!({ let __p = #p; let __q = #q; rt::math::dist(&__p, &__q)? })
            }
            M::Prod => {
                let el = Self::elem_of(self.inst.ty(&args[0]));
                let it = self.iter_code(&args[0]);
                let start_t = match args.get(1) {
                    Some(a) if given(a) => self.ty(a),
                    _ => Ty::Int,
                };
                let start_code = |cx: &mut Self, to: &Ty| match args.get(1) {
                    Some(a) if given(a) => cx.expr_as(a, to),
                    _ => coerce(quote!(1i64), &Ty::Int, to),
                };
                let (acc, x) = (self.temp(), self.temp());
                if *t == Ty::Num {
                    // an int start and float items: the start itself if there are none, else
                    // the float product from the start converted (CPython's float path)
                    let start = start_code(self, &Ty::Int);
                    return Some(quote!({
                        let __start: i64 = #start;
                        let mut #acc = __start as f64;
                        let mut __any = false;
                        for #x in #it { #acc = #acc * #x; __any = true; }
                        if __any { rt::Num::Float(#acc) } else { rt::Num::Int(__start) }
                    }));
                }
                let _ = start_t;
                let start = start_code(self, t);
                let (mul, rt_) = self.binop(BinOp::Mul, quote!(#acc), t, quote!(#x), &el, &args[0], false);
                let mul = coerce(mul, &rt_, t);
                quote!({ let mut #acc = #start; for #x in #it { #acc = #mul; } #acc })
            }
            _ => return None,
        })
    }
}
