//! Calls of the catalogue's functions: builtins, `math` and `numpy` (dispatched to the
//! numpy emitters by kind).

use super::body::Body;
use super::convert::coerce;
use crate::ir::{self, BinOp};
use crate::library::{Builtin as B, Intrinsic, MathFn as M, NumpyFn as N};
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Body<'_> {
    pub(super) fn intrinsic(&mut self, i: Intrinsic, args: &[ir::Expr], t: &Ty) -> TokenStream {
        if let Intrinsic::Builtin(b) = i {
            if let Some(code) = self.builtin_more(b, args, t) {
                return code;
            }
        }
        if let Intrinsic::Math(f) = i {
            if let Some(code) = self.math_more(f, args, t) {
                return code;
            }
        }
        let ts: Vec<Ty> = args.iter().map(|a| self.ty(a)).collect();
        match i {
            Intrinsic::Builtin(b) => match b {
                B::Abs => {
                    let np = self.is_np(&args[0]);
                    let v = self.expr(&args[0]);
                    match self.sized_of(&args[0]) {
                        // numpy's abs of a sized int wraps (`abs(np.int8(-128))` is -128)
                        Some(el) if el.kind() == crate::types::Kind::Int => {
                            return super::sized::narrow(el, quote!(#v.wrapping_abs()))
                        }
                        // a complex64 scalar: numpy's `hypotf`
                        Some(Elem::Complex64) if !self.is_array_elem(&args[0]) => {
                            return quote!({ let __z = #v; (__z.re as f32).hypot(__z.im as f32) as f64 });
                        }
                        _ => {}
                    }
                    match &ts[0] {
                        Ty::Bool => quote!((#v as i64)),
                        Ty::Num | Ty::NumNp | Ty::IntNp => quote!(rt::builtins::num::abs(#v)?),
                        Ty::NumC => quote!(rt::builtins::numc::abs(#v)?),
                        Ty::Int if np => quote!(#v.wrapping_abs()),
                        Ty::Int => quote!(rt::builtins::arith::abs_int(#v)?),
                        Ty::Float => quote!(#v.abs()),
                        // `abs` of a complex array is numpy's `absolute` loop
                        _ if self.is_array_elem(&args[0]) => self.complex_absolute(&args[0], v),
                        _ => quote!(rt::builtins::complex::abs_checked(#v)?),
                    }
                }
                B::Min | B::Max => {
                    let f = format_ident!("{}", b.name());
                    if args.len() == 1 {
                        let l = self.expr(&args[0]);
                        let f = format_ident!("{}_list", b.name());
                        return quote!(rt::builtins::minmax::#f(&#l)?);
                    }
                    if t.is_num() {
                        // arguments of different types: the first smallest (largest), unchanged
                        let mut it = args.iter();
                        let mut acc = self.expr_as(it.next().unwrap(), t);
                        for a in it {
                            let x = self.expr_as(a, t);
                            acc = quote!(rt::builtins::num::#f(#acc, #x));
                        }
                        return acc;
                    }
                    let mut it = args.iter();
                    let mut acc = self.expr(it.next().unwrap());
                    for a in it {
                        let x = self.expr(a);
                        acc = quote!(rt::builtins::minmax::#f(#acc, #x));
                    }
                    acc
                }
                B::Len => {
                    let v = self.place(&args[0]);
                    match &ts[0] {
                        Ty::Tuple(items) => {
                            let n = items.len() as i64;
                            quote!({ let _ = #v; #n })
                        }
                        _ => quote!(#v.len()),
                    }
                }
                B::Int => match args.first() {
                    None => quote!(0i64),
                    Some(a) => {
                        let v = self.expr(a);
                        match &ts[0] {
                            Ty::Float => quote!(rt::builtins::conv::int_of_float(#v)?),
                            Ty::Num | Ty::NumNp | Ty::IntNp | Ty::NumC => quote!(#v.to_int()?),
                            other => coerce(v, other, &Ty::Int),
                        }
                    }
                },
                B::Float => match args.first() {
                    None => quote!(0.0f64),
                    Some(a) => self.expr_as(a, &Ty::Float),
                },
                B::Bool => match args.first() {
                    None => quote!(false),
                    Some(a) => self.truth(a),
                },
                B::Complex => match args.len() {
                    0 => quote!(rt::Complex64::new(0.0, 0.0)),
                    1 => self.expr_as(&args[0], &Ty::Complex),
                    _ => {
                        // CPython's complex_new: real parts are taken as they are (keeping the
                        // sign of a zero); only complex arguments add their other part
                        let a = self.expr_as(&args[0], &Ty::Complex);
                        let b = self.expr_as(&args[1], &Ty::Complex);
                        let re = if ts[1] == Ty::Complex { quote!(__a.re - __b.im) } else { quote!(__a.re) };
                        let im = if ts[0] == Ty::Complex { quote!(__b.re + __a.im) } else { quote!(__b.re) };
                        quote!({ let __a = #a; let __b = #b; rt::Complex64::new(#re, #im) })
                    }
                },
                B::Round => {
                    let v = self.expr(&args[0]);
                    match (&ts[0], args.get(1)) {
                        (Ty::Num | Ty::NumNp | Ty::IntNp, None) => quote!(rt::builtins::num::round(#v)?),
                        (Ty::Num | Ty::NumNp | Ty::IntNp, Some(n)) => {
                            let n = self.expr_as(n, &Ty::Int);
                            quote!(rt::builtins::num::round_ndigits(#v, #n)?)
                        }
                        (Ty::Float, None) => quote!(rt::builtins::round::round_float(#v)?),
                        (Ty::Float, Some(n)) => {
                            let n = self.expr_as(n, &Ty::Int);
                            quote!(rt::builtins::round::round_float_ndigits(#v, #n)?)
                        }
                        (other, None) => coerce(v, other, &Ty::Int),
                        (other, Some(n)) => {
                            let v = coerce(v, other, &Ty::Int);
                            let n = self.expr_as(n, &Ty::Int);
                            quote!(rt::builtins::round::round_int_ndigits(#v, #n)?)
                        }
                    }
                }
                B::Divmod if args.iter().any(|a| self.is_np(a)) => {
                    // numpy scalars: numpy's `//` and `%` (by zero: `(inf, nan)`, `(0, 0)`)
                    let (at, bt) = (ts[0].clone(), ts[1].clone());
                    let a = self.expr(&args[0]);
                    let b = self.expr(&args[1]);
                    let q = self.binop(BinOp::FloorDiv, quote!(__a), &at, quote!(__b), &bt, &args[1], true).0;
                    let r = self.binop(BinOp::Mod, quote!(__a), &at, quote!(__b), &bt, &args[1], true).0;
                    quote!({ let __a = #a; let __b = #b; (#q, #r) })
                }
                B::Divmod => {
                    let el = match t {
                        Ty::Tuple(items) => items[0].clone(),
                        _ => Ty::Int,
                    };
                    let a = self.expr_as(&args[0], &el);
                    let b = self.expr_as(&args[1], &el);
                    if el == Ty::Int {
                        quote!({ let __a = #a; let __b = #b; (rt::builtins::arith::floordiv_int(__a, __b)?, rt::builtins::arith::mod_int(__a, __b)?) })
                    } else {
                        quote!(rt::builtins::arith::divmod_float(#a, #b, "float divmod()")?)
                    }
                }
                B::Pow => {
                    let (at, bt) = (ts[0].clone(), ts[1].clone());
                    let a = self.expr(&args[0]);
                    let b = self.expr(&args[1]);
                    let np = args.iter().any(|a| self.is_np(a));
                    self.binop(BinOp::Pow, a, &at, b, &bt, &args[1], np).0
                }
                _ => quote!(compile_error!("pyrs: unsupported builtin")),
            },
            Intrinsic::Math(f @ (M::Factorial | M::Gcd | M::Lcm | M::Comb | M::Perm | M::Isqrt)) => {
                let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_as(a, &Ty::Int)).collect();
                let name = format_ident!("{}", f.name());
                match (f, vals.as_slice()) {
                    // gcd()/lcm() of no arguments: 0 and 1; of one: its absolute value
                    (M::Gcd, []) => quote!(0i64),
                    (M::Lcm, []) => quote!(1i64),
                    (M::Gcd | M::Lcm, [a]) => quote!({ let __g: i64 = #a; rt::math::#name(__g, __g)? }),
                    (M::Gcd | M::Lcm, [first, rest @ ..]) => {
                        let mut acc = first.clone();
                        for v in rest {
                            acc = quote!(rt::math::#name(#acc, #v)?);
                        }
                        acc
                    }
                    (M::Perm, [n]) => quote!(rt::math::factorial(#n)?),
                    _ => quote!(rt::math::#name(#(#vals),*)?),
                }
            }
            Intrinsic::Math(f) => {
                let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_as(a, &Ty::Float)).collect();
                let fallible = matches!(
                    f,
                    M::Sqrt
                        | M::Exp
                        | M::Expm1
                        | M::Log
                        | M::Log10
                        | M::Log2
                        | M::Log1p
                        | M::Sin
                        | M::Cos
                        | M::Tan
                        | M::Asin
                        | M::Acos
                        | M::Atan
                        | M::Sinh
                        | M::Cosh
                        | M::Tanh
                        | M::Asinh
                        | M::Acosh
                        | M::Atanh
                        | M::Fmod
                        | M::Floor
                        | M::Ceil
                        | M::Trunc
                        | M::Pow
                );
                let name = if f == M::Log && args.len() == 2 {
                    format_ident!("log_base")
                } else {
                    format_ident!("{}", f.name())
                };
                if fallible {
                    quote!(rt::math::#name(#(#vals),*)?)
                } else {
                    quote!(rt::math::#name(#(#vals),*))
                }
            }
            Intrinsic::Numpy(f) => {
                let first_is_array = args.first().map(|a| matches!(self.inst.ty(a), Ty::Array(..))).unwrap_or(false);
                match f {
                    N::Sum
                    | N::Prod
                    | N::Mean
                    | N::Min
                    | N::Max
                    | N::Amin
                    | N::Amax
                    | N::Any
                    | N::All
                    | N::Argmin
                    | N::Argmax
                        if first_is_array && !self.elem.active =>
                    {
                        let what = match f {
                            N::Amin => N::Min,
                            N::Amax => N::Max,
                            x => x,
                        };
                        self.reduce_call(what, &args[0], &args[1..], t)
                    }
                    // float64 vectors: numpy's BLAS `ddot` (shape.rs)
                    N::Dot | N::Inner
                        if !self.elem.active
                            && args.len() == 2
                            && args.iter().all(|a| matches!(self.inst.ty(a), Ty::Array(Elem::Float64, 1))) =>
                    {
                        self.numpy_array_fn(f, args, t)
                    }
                    N::Dot
                        if first_is_array
                            && !self.elem.active
                            && args.iter().all(|a| matches!(self.inst.ty(a), Ty::Array(_, 1))) =>
                    {
                        self.dot(&args[0], &args[1], t)
                    }
                    N::Where if args.len() == 1 && !self.elem.active => self.numpy_array_fn(N::Nonzero, args, t),
                    f if f.dtype().is_some() && !first_is_array => self.np_scalar_ctor(f, &args[0]),
                    _ if !self.elem.active && !f.is_ufunc() && f != N::Where => self.numpy_array_fn(f, args, t),
                    _ => self.ufunc(f, args, t),
                }
            }
        }
    }
}
