//! NumPy functions that are not element-wise: reductions along an axis, `std`/`var`,
//! cumulative sums, shape functions, sorting, linear algebra, masks. Each becomes one call of
//! the runtime (`rt::numpy::...`) on materialised arrays; the element types and dimensions
//! come from inference.

mod creation;
mod fused;
mod index;
pub(super) mod linalg;
mod matrix;
mod pad;
mod random;
mod random_params;
mod reduce;
mod reduce_expr;
mod select;
mod shape;
mod ufunc;
mod unpack;
mod view;

pub(super) use fused::{store_cast, store_plain};
pub(super) use view::{is_array_index, subscript_ndim};

use crate::codegen::body::Body;
use crate::codegen::names::{elem as elem_type, value};
use crate::ir::{self, ExprKind};
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::quote;

pub(super) fn given(args: &[ir::Expr], k: usize) -> Option<&ir::Expr> {
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

    pub(in crate::codegen) fn dims(&self, e: &ir::Expr) -> (Elem, usize) {
        match self.inst.ty(e) {
            Ty::Array(el, n) => (*el, *n),
            t => unreachable!("an array operand, not {t}"),
        }
    }

    /// The array `e`, converted to the wide element type of its kind if `widen`.
    pub(in crate::codegen) fn arr_widened(&mut self, e: &ir::Expr, widen: bool) -> TokenStream {
        let (el, _) = self.dims(e);
        if widen {
            self.arr_as(e, el.wide())
        } else {
            self.arr(e)
        }
    }

    /// `e` as an array of element type `to` (converted element by element if it is another).
    pub(in crate::codegen) fn arr_as(&mut self, e: &ir::Expr, to: Elem) -> TokenStream {
        let (el, _) = self.dims(e);
        let x = self.arr(e);
        if el == to {
            return x;
        }
        let n = self.dims(e).1;
        map_elems(x, el, to, n)
    }

    /// The arrays of a tuple argument (`(a, b)` literal, or a tuple variable).
    pub(in crate::codegen) fn parts(&mut self, e: &ir::Expr, to: Elem) -> Vec<TokenStream> {
        match &e.kind {
            ExprKind::Tuple(items) => items
                .iter()
                .map(|x| {
                    if let Ty::List(inner) = self.inst.ty(x).clone() {
                        let l = self.place(x);
                        return list_as(quote!(#l), &inner, to);
                    }
                    let v = self.arr_as(x, to);
                    quote!((#v).clone())
                })
                .collect(),
            _ => {
                let Ty::Tuple(ts) = self.inst.ty(e).clone() else { unreachable!("tuples of arrays") };
                let v = self.expr(e);
                let t = self.temp();
                let mut out = Vec::new();
                for (k, ty) in ts.iter().enumerate() {
                    let idx = syn::Index::from(k);
                    let x = quote!(#t.#idx);
                    let x = match ty {
                        Ty::List(inner) => list_as(x, inner, to),
                        Ty::Array(el, n) if *el != to => map_elems(x, *el, to, *n),
                        _ => quote!(#x.clone()),
                    };
                    out.push(quote!({ let #t = &#v; #x }));
                }
                out
            }
        }
    }

    pub(in crate::codegen) fn int_or(&mut self, args: &[ir::Expr], k: usize, default: i64) -> TokenStream {
        match given(args, k) {
            Some(x) => self.expr_as(x, &Ty::Int),
            None => quote!(#default),
        }
    }

    pub(in crate::codegen) fn zero_of(el: Elem) -> TokenStream {
        {
            let ev = crate::codegen::names::value(el);
            quote!(<#ev as ::core::default::Default>::default())
        }
    }

    /// The element product of `el` (for `outer`).
    pub(in crate::codegen) fn mul_of(el: Elem) -> TokenStream {
        match el.wide() {
            Elem::Bool => quote!(|__a: bool, __b: bool| __a && __b),
            Elem::Int64 => quote!(|__a: i64, __b: i64| __a.wrapping_mul(__b)),
            Elem::Float64 => quote!(|__a: f64, __b: f64| __a * __b),
            _ => quote!(|__a: rt::Complex64, __b: rt::Complex64| rt::builtins::complex::mul(__a, __b)),
        }
    }
}

/// The list of numbers `l` (items of type `item`) as the 1-D array numpy makes of it, converted
/// to elements of `to`.
pub(in crate::codegen) fn list_as(l: TokenStream, item: &Ty, to: Elem) -> TokenStream {
    // (numpy scalars of sized types are held in lists as their wide values)
    let from = Elem::of_scalar(item).expect("a list of numbers (inference)");
    let from = if item.sized().is_some() { from.wide() } else { from };
    let x = quote!(rt::numpy::creation::from_list(&#l));
    if from == to {
        x
    } else {
        map_elems(x, from, to, 1)
    }
}

/// The array `x` (`n` dims of `from`) converted element by element to `to`, as numpy casts.
pub(in crate::codegen) fn map_elems(x: TokenStream, from: Elem, to: Elem, n: usize) -> TokenStream {
    let (fv, tt) = (value(from), elem_type(to));
    let c = crate::codegen::sized::cast(quote!(__x), from, to);
    quote!({ let __m: rt::NdArray<#tt, #n> = rt::numpy::shape::map(&#x, |__x: #fv| #c); __m })
}
