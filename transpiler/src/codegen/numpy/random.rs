//! `numpy.random`'s legacy functions: one call of `rt::numpy::random::legacy` each, drawing
//! from the global `RandomState` the compiled call holds (the wrapper opens the session, see
//! `wrapper.rs`). Arguments are evaluated first, in order, as Python does; then one draw
//! (`legacy::with`) or an array of draws (`legacy::fill` for `size=`).

use super::given;
use crate::codegen::body::Body;
use crate::codegen::names::elem as elem_type;
use crate::ir;
use crate::library::{Method, NumpyFn as N};
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Body<'_> {
    pub(super) fn random_call(&mut self, f: N, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let lg = quote!(rt::numpy::random::legacy);
        if let Some(code) = self.legacy_broadcast(f, args, result) {
            return code;
        }
        let params = f.params().unwrap_or(&[]);
        // the numeric parameters before `size`, with their defaults, as f64 or i64
        let mut binds: Vec<TokenStream> = Vec::new();
        let mut vals: Vec<TokenStream> = Vec::new();
        let mut num = |cx: &mut Self, k: usize, t: &Ty, default: TokenStream| {
            let v = match given(args, k) {
                Some(a) => cx.expr_as(a, t),
                None => default,
            };
            let name = format_ident!("__p{}", k);
            binds.push(quote!(let #name = #v;));
            vals.push(quote!(#name));
        };
        let float = Ty::Float;
        let int = Ty::Int;
        let size_at = params.iter().position(|p| *p == "size");
        let method = match f {
            N::RandomSeed => {
                num(self, 0, &int, quote!(0i64));
                format_ident!("seed")
            }
            N::RandomRand | N::RandomRandn => {
                // dimensions as arguments
                let dims: Vec<TokenStream> = args.iter().map(|a| self.expr_as(a, &int)).collect();
                let m = if f == N::RandomRand { format_ident!("random") } else { format_ident!("standard_normal") };
                return if dims.is_empty() {
                    quote!(#lg::with(|__r| __r.#m())?)
                } else {
                    quote!(#lg::fill::<f64, _>([#(#dims),*], |__r| __r.#m())?)
                };
            }
            N::RandomRandom | N::RandomRandomSample | N::RandomRanf | N::RandomSample => format_ident!("random"),
            N::RandomStandardNormal => format_ident!("standard_normal"),
            N::RandomStandardExponential => format_ident!("standard_exponential"),
            N::RandomStandardCauchy => format_ident!("standard_cauchy"),
            N::RandomUniform => {
                num(self, 0, &float, quote!(0.0f64));
                num(self, 1, &float, quote!(1.0f64));
                format_ident!("uniform")
            }
            N::RandomNormal | N::RandomLaplace | N::RandomLogistic | N::RandomGumbel => {
                num(self, 0, &float, quote!(0.0f64));
                num(self, 1, &float, quote!(1.0f64));
                format_ident!("{}", &f.name()["random.".len()..])
            }
            N::RandomLognormal => {
                num(self, 0, &float, quote!(0.0f64));
                num(self, 1, &float, quote!(1.0f64));
                format_ident!("lognormal")
            }
            N::RandomGamma | N::RandomBeta => {
                num(self, 0, &float, quote!(0.0f64));
                num(self, 1, &float, quote!(1.0f64));
                format_ident!("{}", &f.name()["random.".len()..])
            }
            N::RandomStandardGamma | N::RandomChisquare | N::RandomGeometric => {
                num(self, 0, &float, quote!(0.0f64));
                format_ident!("{}", &f.name()["random.".len()..])
            }
            N::RandomExponential | N::RandomRayleigh | N::RandomPoisson => {
                num(self, 0, &float, quote!(1.0f64));
                format_ident!("{}", &f.name()["random.".len()..])
            }
            N::RandomBinomial => {
                num(self, 0, &int, quote!(0i64));
                num(self, 1, &float, quote!(0.0f64));
                format_ident!("binomial")
            }
            N::RandomRandint => {
                num(self, 0, &int, quote!(0i64));
                let high = match given(args, 1) {
                    Some(a) => {
                        let v = self.expr_as(a, &int);
                        quote!(Some(#v))
                    }
                    None => quote!(None),
                };
                binds.push(quote!(let __p1 = #high;));
                vals.push(quote!(__p1));
                format_ident!("randint")
            }
            N::RandomDefaultRng => {
                let seed = match given(args, 0) {
                    Some(a) => {
                        let v = self.expr_as(a, &int);
                        quote!(Some(#v))
                    }
                    None => quote!(None),
                };
                return quote!(rt::py::rng::Generator::default_rng(#seed)?);
            }
            N::RandomChoice => return self.random_choice(args, result),
            N::RandomShuffle => {
                let x = self.arr(&args[0]);
                return quote!(#lg::shuffle(&#x)?);
            }
            N::RandomPermutation => {
                return match self.inst.ty(&args[0]) {
                    Ty::Array(..) => {
                        let x = self.arr(&args[0]);
                        quote!(#lg::permutation(&#x)?)
                    }
                    _ => {
                        let n = self.expr_as(&args[0], &int);
                        quote!(#lg::permutation_int(#n)?)
                    }
                };
            }
            _ => unreachable!("random_call is called for numpy.random rows"),
        };
        let draw = quote!(__r.#method(#(#vals),*));
        match (result, size_at.and_then(|k| given(args, k))) {
            (Ty::Array(el, _), Some(size)) => {
                let shape = self.shape_arg(size);
                let et = elem_type(*el);
                quote!({ #(#binds)* #lg::fill::<#et, _>(#shape, |__r| #draw)? })
            }
            _ => quote!({ #(#binds)* #lg::with(|__r| #draw)? }),
        }
    }

    /// `choice(a, size, replace)` without `p`: indices with replacement (`randint(0, n)`) or
    /// the first of a permutation; of an array, its elements at those indices.
    fn random_choice(&mut self, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let lg = quote!(rt::numpy::random::legacy);
        if given(args, 3).is_some() {
            return self.random_choice_p(args, result);
        }
        let a_is_array = matches!(self.inst.ty(&args[0]), Ty::Array(..));
        let (a_bind, n) = if a_is_array {
            let a = self.arr(&args[0]);
            (quote!(let __a = &#a;), quote!(__a.shape()[0] as i64))
        } else {
            let n = self.expr_as(&args[0], &Ty::Int);
            (quote!(let __a = #n;), quote!(__a))
        };
        let replace = match given(args, 2) {
            Some(r) => self.truth(r),
            None => quote!(true),
        };
        let shape = given(args, 1).map(|s| self.shape_arg(s));
        let pick = if a_is_array { quote!(__a.get([__i])?) } else { quote!(__i) };
        let array = a_is_array;
        match (result, shape) {
            (Ty::Array(el, _), Some(shape)) => {
                let et = elem_type(*el);
                quote!({
                    #a_bind
                    let (__shape, __idx) = #lg::choice_indices(#n, #shape, #replace, #array)?;
                    let mut __v = Vec::with_capacity(__idx.len());
                    for __i in __idx {
                        __v.push(#pick);
                    }
                    rt::NdArray::<#et, _>::from_vec(__shape, __v)
                })
            }
            _ => quote!({
                #a_bind
                let __i = #lg::choice_one(#n, #replace, #array)?;
                #pick
            }),
        }
    }
}

impl Body<'_> {
    /// A method of a `numpy.random.Generator`: arguments evaluated in order, then one draw
    /// (`one`) or `size=` draws (`fill`) on the generator's bit generator.
    pub(crate) fn generator_method(
        &mut self,
        receiver: &ir::Expr,
        m: Method,
        args: &[ir::Expr],
        result: &Ty,
    ) -> TokenStream {
        let g = self.place(receiver);
        let params = m.params().unwrap_or(&[]);
        let float = Ty::Float;
        let int = Ty::Int;
        let mut binds: Vec<TokenStream> = vec![quote!(let __g = &#g;)];
        if let Some(call) = self.generator_broadcast(m, args, result, &binds) {
            return call;
        }
        let mut vals: Vec<TokenStream> = Vec::new();
        let mut num = |cx: &mut Self, k: usize, t: &Ty, default: TokenStream| {
            let v = match given(args, k) {
                Some(a) => cx.expr_as(a, t),
                None => default,
            };
            let name = format_ident!("__p{}", k);
            binds.push(quote!(let #name = #v;));
            vals.push(quote!(#name));
        };
        let size_at = params.iter().position(|p| *p == "size");
        let method = match m {
            Method::Random | Method::StandardNormal | Method::StandardExponential => format_ident!("{}", m.name()),
            Method::Normal | Method::Uniform => {
                num(self, 0, &float, quote!(0.0f64));
                num(self, 1, &float, quote!(1.0f64));
                format_ident!("{}", m.name())
            }
            Method::Gamma => {
                num(self, 0, &float, quote!(0.0f64));
                num(self, 1, &float, quote!(1.0f64));
                format_ident!("gamma")
            }
            Method::StandardGamma | Method::Exponential | Method::Poisson => {
                num(self, 0, &float, quote!(1.0f64));
                format_ident!("{}", m.name())
            }
            Method::Binomial => {
                num(self, 0, &int, quote!(0i64));
                num(self, 1, &float, quote!(0.0f64));
                format_ident!("binomial")
            }
            Method::Integers => {
                num(self, 0, &int, quote!(0i64));
                // `integers(high)`: from 0
                match given(args, 1) {
                    Some(a) => {
                        let v = self.expr_as(a, &int);
                        binds.push(quote!(let __p1 = #v;));
                    }
                    None => binds.push(quote!(let (__p0, __p1) = (0i64, __p0);)),
                }
                let endpoint = match given(args, 4) {
                    Some(a) => self.truth(a),
                    None => quote!(false),
                };
                binds.push(quote!(let __end = #endpoint;));
                // a narrow dtype: numpy's name, range and width
                let dtype = given(args, 3).map(|a| self.inst.ty(a).clone());
                let narrow = match &dtype {
                    Some(Ty::DType(e)) if *e != Elem::Int64 => {
                        let (lo, hi, bits): (i64, i64, u32) = match e {
                            Elem::Int8 => (-128, 127, 8),
                            Elem::UInt8 => (0, 255, 8),
                            Elem::Int16 => (-32768, 32767, 16),
                            Elem::UInt16 => (0, 65535, 16),
                            Elem::Int32 => (-2147483648, 2147483647, 32),
                            Elem::UInt32 => (0, 4294967295, 32),
                            e => unreachable!("integers of {e:?} (inference)"),
                        };
                        let name = e.name();
                        Some((
                            *e,
                            quote!(rt::numpy::random::generator::IntDtype { name: #name, lo: #lo, hi: #hi, bits: #bits }),
                        ))
                    }
                    _ => None,
                };
                if let Some((e, dt)) = narrow {
                    return match (result, size_at.and_then(|k| given(args, k))) {
                        (Ty::Array(..), Some(size)) => {
                            let shape = self.shape_arg(size);
                            let et = elem_type(e);
                            quote!({ #(#binds)* __g.narrow_integers_fill::<#et, _>(#shape, __p0, __p1, __end, #dt)? })
                        }
                        _ => quote!({
                            #(#binds)*
                            let (__off, __rng) = rt::numpy::random::generator::sized_int_bounds(__p0, __p1, __end, #dt)?;
                            __g.one(|__r| Ok(__r.narrow_integer(__off, __rng, #dt.bits, &mut ::core::default::Default::default())))?
                        }),
                    };
                }
                return match (result, size_at.and_then(|k| given(args, k))) {
                    (Ty::Array(..), Some(size)) => {
                        let shape = self.shape_arg(size);
                        quote!({ #(#binds)* __g.integers_fill(#shape, __p0, __p1, __end)? })
                    }
                    _ => quote!({
                        #(#binds)*
                        let (__off, __rng) = rt::numpy::random::generator::int_bounds(__p0, __p1, __end)?;
                        __g.one(|__r| Ok(__r.integer(__off, __rng)))?
                    }),
                };
            }
            Method::Choice => return self.generator_choice(binds, args, result),
            Method::Shuffle => {
                let x = self.arr(&args[0]);
                return quote!({ #(#binds)* __g.shuffle(&#x)? });
            }
            Method::Permutation => {
                return match self.inst.ty(&args[0]) {
                    Ty::Array(..) => {
                        let x = self.arr(&args[0]);
                        quote!({ #(#binds)* __g.permutation(&#x)? })
                    }
                    _ => {
                        let n = self.expr_as(&args[0], &int);
                        quote!({ #(#binds)* __g.permutation_int(#n)? })
                    }
                };
            }
            _ => unreachable!("inference accepts only the Generator's methods"),
        };
        let draw = quote!(__r.#method(#(#vals),*));
        if let Some(out) = params.iter().position(|p| *p == "out").and_then(|k| given(args, k)) {
            // filled in place and returned (numpy returns `out` itself)
            let size = match size_at.and_then(|k| given(args, k)) {
                Some(size) => {
                    let shape = self.shape_arg(size);
                    quote!(Some(#shape))
                }
                None => quote!(None::<[i64; 0]>),
            };
            let o = self.arr(out);
            return quote!({ #(#binds)* let __o = (#o).clone(); __g.fill_out(&__o, #size, |__r| #draw)?; __o });
        }
        match (result, size_at.and_then(|k| given(args, k))) {
            (Ty::Array(el, _), Some(size)) => {
                let shape = self.shape_arg(size);
                let et = elem_type(*el);
                quote!({ #(#binds)* __g.fill::<#et, _>(#shape, |__r| #draw)? })
            }
            _ => quote!({ #(#binds)* __g.one(|__r| #draw)? }),
        }
    }

    /// `rng.choice(a, size, replace, p, shuffle=)`: the indices numpy picks (with `p`: read as
    /// float64, numpy's tolerance of a float32 `p`), then of an array its elements at them.
    fn generator_choice(&mut self, mut binds: Vec<TokenStream>, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let a_is_array = matches!(self.inst.ty(&args[0]), Ty::Array(..));
        let n = if a_is_array {
            let a = self.arr(&args[0]);
            binds.push(quote!(let __a = &#a;));
            quote!(__a.shape()[0] as i64)
        } else {
            let n = self.expr_as(&args[0], &Ty::Int);
            binds.push(quote!(let __a = #n;));
            quote!(__a)
        };
        let replace = match given(args, 2) {
            Some(r) => self.truth(r),
            None => quote!(true),
        };
        let shape = given(args, 1).map(|s| self.shape_arg(s));
        let pick = if a_is_array { quote!(__a.get([__i])?) } else { quote!(__i) };
        let array = a_is_array;
        let indices = match given(args, 3) {
            Some(p) => {
                let (v, atol) = match self.inst.ty(p).clone() {
                    Ty::List(inner) => {
                        let l = self.place(p);
                        (crate::codegen::numpy::list_as(quote!(#l), &inner, Elem::Float64), f64::EPSILON.sqrt())
                    }
                    Ty::Array(e, _) => {
                        let eps = if e == Elem::Float32 { (f32::EPSILON as f64).sqrt() } else { f64::EPSILON.sqrt() };
                        (self.arr_as(p, Elem::Float64), eps)
                    }
                    t => unreachable!("p is a list or an array (inference), not {t}"),
                };
                binds.push(quote!(let __pv = (#v).to_vec();));
                quote!(choice_indices_p(#n, __k, #replace, &__pv, #atol, #array))
            }
            None => {
                let shuffle = match given(args, 5) {
                    Some(s) => self.truth(s),
                    None => quote!(true),
                };
                quote!(choice_indices(#n, __k, #replace, #shuffle, #array))
            }
        };
        match (result, shape) {
            (Ty::Array(el, _), Some(shape)) => {
                let et = elem_type(*el);
                quote!({
                    #(#binds)*
                    let __dims = rt::numpy::random::generator::dims_of(#shape)?;
                    let __k: usize = __dims.iter().product();
                    let __idx = __g.#indices?;
                    let mut __v = Vec::with_capacity(__idx.len());
                    for __i in __idx {
                        __v.push(#pick);
                    }
                    rt::NdArray::<#et, _>::from_vec(__dims, __v)
                })
            }
            _ => quote!({
                #(#binds)*
                let __k = 1usize;
                let __i = __g.#indices?[0];
                #pick
            }),
        }
    }

    /// A draw whose parameters include arrays (or lists): each parameter seen as a float64 array
    /// of the result's dimensions, then `fill_params` (numpy's broadcasting and checks).
    fn generator_broadcast(
        &mut self,
        m: Method,
        args: &[ir::Expr],
        result: &Ty,
        binds: &[TokenStream],
    ) -> Option<TokenStream> {
        let (defaults, method): (&[f64], _) = match m {
            Method::Normal | Method::Uniform => (&[0.0, 1.0], format_ident!("{}", m.name())),
            Method::Gamma => (&[0.0, 1.0], format_ident!("gamma")),
            Method::StandardGamma => (&[0.0], format_ident!("standard_gamma")),
            Method::Exponential | Method::Poisson => (&[1.0], format_ident!("{}", m.name())),
            _ => return None,
        };
        let is_array =
            |cx: &Self, k: usize| matches!(given(args, k).map(|a| cx.inst.ty(a)), Some(Ty::Array(..) | Ty::List(_)));
        let Ty::Array(el, d) = result else { return None };
        if !(0..defaults.len()).any(|k| is_array(self, k)) {
            return None;
        }
        let (el, d) = (*el, *d);
        let mut binds = binds.to_vec();
        let mut names = Vec::new();
        for (k, default) in defaults.iter().enumerate() {
            let v = match given(args, k).map(|a| (a, self.inst.ty(a).clone())) {
                Some((a, Ty::Array(_, n))) => {
                    let x = self.arr_as(a, Elem::Float64);
                    quote!(rt::numpy::shape::ndmin::<f64, #n, #d>(&#x)?)
                }
                Some((a, Ty::List(inner))) => {
                    let l = self.place(a);
                    let x = crate::codegen::numpy::list_as(quote!(#l), &inner, Elem::Float64);
                    quote!(rt::numpy::shape::ndmin::<f64, 1, #d>(&#x)?)
                }
                Some((a, _)) => {
                    let x = self.expr_as(a, &Ty::Float);
                    quote!(rt::NdArray::<f64, #d>::from_vec([1usize; #d], vec![#x]))
                }
                None => quote!(rt::NdArray::<f64, #d>::from_vec([1usize; #d], vec![#default])),
            };
            let name = format_ident!("__p{}", k);
            binds.push(quote!(let #name = #v;));
            names.push(name);
        }
        let size = match m.params().unwrap_or(&[]).iter().position(|p| *p == "size").and_then(|k| given(args, k)) {
            Some(s) => {
                let shape = self.shape_arg(s);
                quote!(Some(#shape))
            }
            None => quote!(None),
        };
        let et = elem_type(el);
        let qs = (0..names.len()).map(|k| quote!(__q[#k]));
        Some(quote!({
            #(#binds)*
            __g.fill_params::<#et, #d, _>(#size, [#(&#names),*], |__r, __q| __r.#method(#(#qs),*))?
        }))
    }
}
