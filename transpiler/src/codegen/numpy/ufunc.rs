//! Element code of numpy's element-wise functions (`ufunc`: `sqrt`, `abs`, `minimum`, `where`,
//! ...), and of those with several arguments or options: `clip`, `fmin`/`fmax`, `round`,
//! `power`, `angle`.

use super::given;
use crate::codegen::body::Body;
use crate::codegen::convert::coerce;
use crate::ir::{self, ExprKind};
use crate::library::NumpyFn as N;
use crate::types::{Elem, Ty};
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
                    Ty::Float => (quote!(rt::numpy::reduce::clip_min), quote!(rt::numpy::reduce::clip_max)),
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

impl Body<'_> {
    /// `np.fmod(a, b)` (`e`, of type `t`) of scalars or array elements: C's `fmod` for floats
    /// (exact, so float32 in float64 gives `fmodf`'s bits once the operands are float32),
    /// the remainder with the dividend's sign for ints, 0 for a zero divisor (numpy warns).
    /// A Python number is first converted to a sized result's type (NEP 50), as numpy does.
    pub fn fmod(&mut self, e: &ir::Expr, args: &[ir::Expr], t: &Ty) -> TokenStream {
        let t = t.base();
        let common = self.sized_of(e);
        let mut vals = Vec::new();
        for a in args {
            let at = self.sty(a);
            let v = match common {
                Some(el) if !at.is_np() && at != Ty::Bool && Elem::of_scalar(&at).is_some() => {
                    let v = super::super::sized::weak(self.expr(a), &at, el);
                    let vt = if el.kind() == crate::types::Kind::Float { Ty::Float } else { at.base() };
                    coerce(v, &vt, &t)
                }
                _ => self.expr_as(a, &t),
            };
            vals.push(v);
        }
        let (a, b) = (&vals[0], &vals[1]);
        match t {
            Ty::Float => quote!(rt::numpy::ufunc::fmod(#a, #b)),
            _ => quote!(rt::numpy::ufunc::fmod_int(#a, #b)),
        }
    }

    /// `np.absolute` of a complex `x` (code `v`): numpy's vector loop (see
    /// `absolute_complex`), in float32 for complex64; of an array leaf that is one run in
    /// memory backwards, numpy's scalar loop (`hypot`), as numpy picks it.
    pub fn complex_absolute(&self, x: &ir::Expr, v: TokenStream) -> TokenStream {
        let c64 = self.sized_of(x) == Some(Elem::Complex64);
        match self.elem.abs_hypot.get(&x.id) {
            Some(flag) if self.elem.active && c64 => quote!(rt::numpy::scalar::absolute_c64_in(#v, #flag)),
            Some(flag) if self.elem.active => quote!(rt::numpy::scalar::absolute_complex_in(#v, #flag)),
            _ if c64 => quote!(rt::numpy::scalar::absolute_c64(#v)),
            _ => quote!(rt::numpy::scalar::absolute_complex(#v)),
        }
    }

    /// Element-level code of numpy's element-wise functions (scalars or array elements).
    pub fn ufunc(&mut self, f: N, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let ts: Vec<Ty> = args.iter().map(|a| self.ty(a)).collect();
        let u = quote!(rt::numpy::ufunc);
        let t0 = ts.first().cloned().unwrap_or(Ty::Float);
        match f {
            N::Abs | N::Absolute => {
                let v = self.expr(&args[0]);
                match t0 {
                    Ty::Int => quote!(#v.wrapping_abs()),
                    Ty::Bool => quote!(#v),
                    Ty::Complex => self.complex_absolute(&args[0], v),
                    _ => quote!(#v.abs()),
                }
            }
            N::Square => {
                let v = self.expr(&args[0]);
                match t0 {
                    Ty::Int => quote!({ let __x = #v; __x.wrapping_mul(__x) }),
                    // numpy's complex square is its product loop (multiply-adds)
                    Ty::Complex if self.sized_of(&args[0]) == Some(Elem::Complex64) => {
                        quote!({ let __x = #v; rt::numpy::scalar::multiply_c64_array(__x, __x) })
                    }
                    Ty::Complex => quote!({ let __x = #v; rt::numpy::scalar::multiply_complex_array(__x, __x) }),
                    _ => quote!({ let __x = #v; __x * __x }),
                }
            }
            N::Sign => {
                let v = self.expr(&args[0]);
                match t0 {
                    Ty::Int => quote!(#u::sign_int(#v)),
                    Ty::Complex if self.sized_of(&args[0]) == Some(Elem::Complex64) => quote!(#u::complex::sign32(#v)),
                    Ty::Complex => quote!(#u::complex::sign(#v)),
                    _ => {
                        let v = coerce(v, &t0, &Ty::Float);
                        quote!(#u::sign(#v))
                    }
                }
            }
            N::Isnan | N::Isinf | N::Isfinite => {
                let v = self.expr(&args[0]);
                match t0 {
                    Ty::Int | Ty::Bool => {
                        let r = f == N::Isfinite;
                        quote!({ let _ = #v; #r })
                    }
                    Ty::Complex => {
                        let name = format_ident!("{}", f.name());
                        quote!(#u::complex::#name(#v))
                    }
                    _ => {
                        let name = format_ident!("{}", f.name());
                        let v = coerce(v, &t0, &Ty::Float);
                        quote!(#u::#name(#v))
                    }
                }
            }
            N::Minimum | N::Maximum => {
                let t = result.base();
                let a = self.expr_as(&args[0], &t);
                let b = self.expr_as(&args[1], &t);
                let name = format_ident!("{}", f.name());
                match t {
                    Ty::Float => quote!(#u::#name(#a, #b)),
                    _ => {
                        let g = if f == N::Minimum { quote!(min) } else { quote!(max) };
                        quote!(rt::builtins::minmax::#g(#a, #b))
                    }
                }
            }
            N::Real | N::Imag | N::Conj => {
                let v = self.expr(&args[0]);
                match (f, t0) {
                    (N::Real, Ty::Complex) => quote!(#v.re),
                    (N::Imag, Ty::Complex) => quote!(#v.im),
                    (N::Conj, Ty::Complex) => quote!(#v.conj()),
                    // of a bool scalar Python's ints (`True.real`), of bool elements bools
                    (N::Real, Ty::Bool) if !self.elem.active => quote!((#v as i64)),
                    (N::Imag, Ty::Bool) if !self.elem.active => quote!({ let _ = #v; 0i64 }),
                    (N::Imag, Ty::Int) => quote!({ let _ = #v; 0i64 }),
                    (N::Imag, Ty::Bool) => quote!({ let _ = #v; false }),
                    (N::Imag, _) => quote!({ let _ = #v; 0.0f64 }),
                    _ => v,
                }
            }
            N::Where => {
                let c = self.truth(&args[0]);
                let t = result.base();
                let a = self.expr_as(&args[1], &t);
                let b = self.expr_as(&args[2], &t);
                quote!((if #c { #a } else { #b }))
            }
            N::Clip | N::Fmin | N::Fmax | N::Round | N::Around | N::Power | N::Angle => {
                self.ufunc_extra(f, args, result)
            }
            N::Isclose => {
                let x = self.expr_as(&args[0], &Ty::Float);
                let y = self.expr_as(&args[1], &Ty::Float);
                let rtol = match given(args, 2) {
                    Some(r) => self.expr_as(r, &Ty::Float),
                    None => quote!(1e-5f64),
                };
                let atol = match given(args, 3) {
                    Some(r) => self.expr_as(r, &Ty::Float),
                    None => quote!(1e-8f64),
                };
                let equal_nan = match given(args, 4) {
                    Some(b) => self.truth(b),
                    None => quote!(false),
                };
                quote!(#u::isclose(#x, #y, #rtol, #atol, #equal_nan))
            }
            // the operator lowering made their argument (`np.less(a, b)` is `a < b`)
            crate::library::operator_fns!() => self.expr(&args[0]),
            // integers are their own floor (numpy 2 keeps the integer type)
            N::Floor | N::Ceil | N::Trunc if matches!(t0, Ty::Int | Ty::Bool) => self.expr(&args[0]),
            _ if t0 == Ty::Complex => {
                let v = self.expr(&args[0]);
                let name = format_ident!("{}", f.name());
                if self.sized_of(&args[0]) == Some(Elem::Complex64) {
                    // numpy's complex64 loops call the float C functions (`cexpf` ...)
                    quote!(#u::complex::single::#name(#v))
                } else {
                    quote!(#u::complex::#name(#v))
                }
            }
            _ => {
                let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_as(a, &Ty::Float)).collect();
                let name = format_ident!("{}", f.name());
                quote!(#u::#name(#(#vals),*))
            }
        }
    }
}
