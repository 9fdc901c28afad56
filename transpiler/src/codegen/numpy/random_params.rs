//! Legacy `numpy.random` functions with array (or list) parameters: each parameter seen as an
//! array of the result's dimensions with its own number of dimensions, then one call of
//! `rt::numpy::random::legacy_params` (numpy's checks of whole arrays, its broadcast and its
//! draws in C order); typed by `infer/numpy_random.rs`.

use super::{given, list_as};
use crate::codegen::body::Body;
use crate::codegen::names::elem as elem_type;
use crate::infer::numpy_random::param_ndim;
use crate::ir;
use crate::library::NumpyFn as N;
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Body<'_> {
    /// `k` as a parameter `(array of d dims, own dims)` of element `el` (f64 or i64).
    fn legacy_param(&mut self, args: &[ir::Expr], k: usize, d: usize, el: Elem, default: TokenStream) -> TokenStream {
        let et = elem_type(el);
        let scalar_ty = if el == Elem::Int64 { Ty::Int } else { Ty::Float };
        match given(args, k).map(|a| (a, self.inst.ty(a).clone())) {
            Some((a, Ty::Array(_, n))) => {
                let x = self.arr_as(a, el);
                quote!((rt::numpy::shape::ndmin::<#et, #n, #d>(&#x)?, #n))
            }
            Some((a, Ty::List(inner))) => {
                let l = self.place(a);
                let x = list_as(quote!(#l), &inner, el);
                quote!((rt::numpy::shape::ndmin::<#et, 1, #d>(&#x)?, 1usize))
            }
            Some((a, _)) => {
                let x = self.expr_as(a, &scalar_ty);
                quote!((rt::NdArray::<#et, #d>::from_vec([1usize; #d], vec![#x]), 0usize))
            }
            None => quote!((rt::NdArray::<#et, #d>::from_vec([1usize; #d], vec![#default]), 0usize)),
        }
    }

    /// The call for a legacy function some of whose parameters are arrays, `None` when all
    /// are numbers.
    pub(super) fn legacy_broadcast(&mut self, f: N, args: &[ir::Expr], result: &Ty) -> Option<TokenStream> {
        let lp = quote!(rt::numpy::random::legacy_params);
        let Ty::Array(el, d) = *result else { return None };
        let params = f.params().unwrap_or(&[]);
        let size_at = params.iter().position(|p| *p == "size")?;
        let ints: &[usize] = if f == N::RandomBinomial { &[0] } else { &[] };
        let any_array = (0..size_at)
            .any(|k| given(args, k).is_some_and(|a| param_ndim(self.inst.ty(a), ints.contains(&k)).is_some()));
        if !any_array {
            return None;
        }
        // (default, constraint) per parameter, numpy's `mtrand.pyx`
        let nonneg = |n: &str| quote!(#lp::Cons::NonNegative(#n));
        let positive = |n: &str| quote!(#lp::Cons::Positive(#n));
        let none = quote!(#lp::Cons::None);
        let (spec, method): (Vec<(TokenStream, TokenStream)>, _) = match f {
            N::RandomNormal | N::RandomLaplace | N::RandomLogistic | N::RandomGumbel => {
                (vec![(quote!(0.0f64), none.clone()), (quote!(1.0f64), nonneg("scale"))], &f.name()["random.".len()..])
            }
            N::RandomLognormal => {
                (vec![(quote!(0.0f64), none.clone()), (quote!(1.0f64), nonneg("sigma"))], "lognormal")
            }
            N::RandomGamma => (vec![(quote!(0.0f64), nonneg("shape")), (quote!(1.0f64), nonneg("scale"))], "gamma"),
            N::RandomStandardGamma => (vec![(quote!(0.0f64), nonneg("shape"))], "standard_gamma"),
            N::RandomBeta => (vec![(quote!(0.0f64), positive("a")), (quote!(0.0f64), positive("b"))], "beta"),
            N::RandomExponential | N::RandomRayleigh => {
                (vec![(quote!(1.0f64), nonneg("scale"))], &f.name()["random.".len()..])
            }
            N::RandomChisquare => (vec![(quote!(0.0f64), positive("df"))], "chisquare"),
            N::RandomPoisson => (vec![(quote!(1.0f64), quote!(#lp::Cons::LegacyPoisson("lam")))], "poisson"),
            N::RandomGeometric => (vec![(quote!(0.0f64), quote!(#lp::Cons::BoundedGt01("p")))], "geometric"),
            N::RandomUniform | N::RandomBinomial => (vec![], ""),
            _ => return None,
        };
        let size = match given(args, size_at) {
            Some(s) => {
                let shape = self.shape_arg(s);
                quote!(Some(#shape))
            }
            None => quote!(None),
        };
        let code = match f {
            N::RandomUniform => {
                let low = self.legacy_param(args, 0, d, Elem::Float64, quote!(0.0f64));
                let high = self.legacy_param(args, 1, d, Elem::Float64, quote!(1.0f64));
                quote!({
                    let __p0 = #low;
                    let __p1 = #high;
                    #lp::uniform_params::<#d>(#size, (&__p0.0, __p0.1), (&__p1.0, __p1.1))?
                })
            }
            N::RandomBinomial => {
                let n = self.legacy_param(args, 0, d, Elem::Int64, quote!(0i64));
                let p = self.legacy_param(args, 1, d, Elem::Float64, quote!(0.0f64));
                quote!({
                    let __p0 = #n;
                    let __p1 = #p;
                    #lp::binomial_params::<#d>(#size, (&__p0.0, __p0.1), (&__p1.0, __p1.1))?
                })
            }
            _ => {
                let k = spec.len();
                let mut binds = Vec::new();
                let mut refs = Vec::new();
                for (j, (default, _)) in spec.iter().enumerate() {
                    let v = self.legacy_param(args, j, d, Elem::Float64, default.clone());
                    let name = format_ident!("__p{}", j);
                    binds.push(quote!(let #name = #v;));
                    refs.push(quote!((&#name.0, #name.1)));
                }
                let cons = spec.iter().map(|s| &s.1);
                let qs = (0..k).map(|j| quote!(__q[#j]));
                let m = format_ident!("{}", method);
                let et = elem_type(el);
                quote!({
                    #(#binds)*
                    #lp::fill_params::<#et, #d, #k>(#size, [#(#refs),*], [#(#cons),*], |__r, __q| __r.#m(#(#qs),*))?
                })
            }
        };
        Some(code)
    }
}

impl Body<'_> {
    /// `np.random.choice(a, size, replace, p)`: `p` as float64 values (numpy's tolerance of a
    /// float32 `p`), the indices of `legacy_params::choice_p`, then of an array its elements.
    pub(super) fn random_choice_p(&mut self, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let lp = quote!(rt::numpy::random::legacy_params);
        let a_is_array = matches!(self.inst.ty(&args[0]), Ty::Array(..));
        let (a_bind, n) = if a_is_array {
            let a = self.arr(&args[0]);
            (quote!(let __a = &#a;), quote!(__a.shape()[0] as i64))
        } else {
            let n = self.expr_as(&args[0], &Ty::Int);
            (quote!(let __a = #n;), quote!(__a))
        };
        let shape = given(args, 1).map(|s| self.shape_arg(s));
        let replace = match given(args, 2) {
            Some(r) => self.truth(r),
            None => quote!(true),
        };
        let pe = given(args, 3).expect("p is given");
        let (pv, atol) = match self.inst.ty(pe).clone() {
            Ty::Array(e, _) => {
                let x = self.arr_as(pe, Elem::Float64);
                let atol32 = e == Elem::Float32;
                (quote!(#x.to_vec()), quote!(#atol32))
            }
            Ty::List(inner) => {
                let l = self.place(pe);
                let x = list_as(quote!(#l), &inner, Elem::Float64);
                (quote!(#x.to_vec()), quote!(false))
            }
            t => unreachable!("p is an array or a list (inference), not {t}"),
        };
        let pick = if a_is_array { quote!(__a.get([__i])?) } else { quote!(__i) };
        let array = a_is_array;
        let (size_bind, size_arg) = match &shape {
            Some(s) => (quote!(let __s = #s;), quote!(Some(&__s[..]))),
            None => (quote!(), quote!(None)),
        };
        let draw = quote!(#lp::choice_p(#n, #size_arg, #replace, &__p, #atol, #array)?);
        match (result, shape) {
            (Ty::Array(el, d), Some(_)) => {
                let et = elem_type(*el);
                quote!({
                    #a_bind
                    #size_bind
                    let __p: Vec<f64> = #pv;
                    let (__dims, __idx) = #draw;
                    let __shape: [usize; #d] = __dims.try_into().expect("one size per dimension");
                    let mut __v = Vec::with_capacity(__idx.len());
                    for __i in __idx {
                        __v.push(#pick);
                    }
                    rt::NdArray::<#et, #d>::from_vec(__shape, __v)
                })
            }
            _ => quote!({
                #a_bind
                let __p: Vec<f64> = #pv;
                let (_, __idx) = #draw;
                let __i = __idx[0];
                #pick
            }),
        }
    }
}
