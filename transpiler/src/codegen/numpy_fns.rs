//! NumPy functions that are not element-wise: reductions along an axis, `std`/`var`,
//! cumulative sums, shape functions, sorting, linear algebra, masks. Each becomes one call of
//! the runtime (`rt::numpy::...`) on materialised arrays; the element types and dimensions
//! come from inference.

use super::body::Body;
use super::convert::coerce;
use super::names::{elem as elem_type, value};
use crate::ir::{self, ExprKind};
use crate::library::{Method, NumpyFn as N};
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
    pub fn reduce_call(&mut self, what: N, a: &ir::Expr, rest: &[ir::Expr], result: &Ty) -> TokenStream {
        let what = match what {
            N::Amin => N::Min,
            N::Amax => N::Max,
            x => x,
        };
        let (el, n) = self.dims(a);
        if !el.is_sized() {
            return self.reduce_call_in(what, a, rest, result, false);
        }
        if let Some(code) = self.single_precision_reduction(what, a, n, rest) {
            return code;
        }
        // sized elements: reduced in the wide type of their kind, the result cast back to
        // numpy's result type (float32 sums accumulate in float64 and round once)
        let (wide_e, true_e) = (reduced_elem(what, el.wide()), reduced_elem(what, el));
        let wide_t = match result {
            Ty::Array(_, r) => Ty::Array(wide_e, *r),
            _ => wide_e.scalar(),
        };
        let code = self.reduce_call_in(what, a, rest, &wide_t, true);
        if wide_e == true_e {
            return code;
        }
        match result {
            Ty::Array(_, r) => map_elems(code, wide_e, true_e, *r),
            _ => super::sized::cast(code, wide_e, true_e),
        }
    }

    /// `sum`, `mean`, `var`, `std`, `prod`, `cumsum`, `cumprod` of a float32 array (`sum`,
    /// `mean` of a complex64 array) over everything or one axis: computed in float32 in numpy's
    /// order (see the runtime's `sum_axis_f32`), so bit-identical to numpy.
    /// `None` for the other cases (keepdims, tuples of axes, elements of expressions), which
    /// are computed in float64 and rounded once.
    fn single_precision_reduction(
        &mut self,
        what: N,
        a: &ir::Expr,
        n: usize,
        rest: &[ir::Expr],
    ) -> Option<TokenStream> {
        let std_var = matches!(what, N::Std | N::Var);
        let el = self.dims(a).0;
        let ok = match el {
            Elem::Float32 => matches!(what, N::Sum | N::Mean | N::Std | N::Var | N::Prod | N::Cumsum | N::Cumprod),
            Elem::Complex64 => matches!(what, N::Sum | N::Mean),
            _ => false,
        };
        if !ok {
            return None;
        }
        if self.is_elementwise(a) {
            // the sum or mean of an expression along one axis: fused, in float32
            let plain = (1..rest.len()).all(|k| given(rest, k).is_none());
            return match given(rest, 0) {
                Some(axis)
                    if matches!(what, N::Sum | N::Mean) && plain && !matches!(self.inst.ty(axis), Ty::Tuple(_)) =>
                {
                    Some(self.reduce_axis(what, a, axis))
                }
                _ => None,
            };
        }
        let sfx = if el == Elem::Complex64 { "c64" } else { "f32" };
        let kk = if std_var { 4 } else { 3 };
        if given(rest, kk).is_some() || (1..kk).any(|k| k != 3 && given(rest, k).is_some()) {
            return None;
        }
        let ddof = match given(rest, 3) {
            Some(d) if std_var => self.expr_as(d, &Ty::Int),
            _ => quote!(0i64),
        };
        let sqrt = what == N::Std;
        let ax = quote!(rt::numpy::axis);
        let x = self.arr(a);
        let axis = given(rest, 0);
        if let Some(axis) = axis {
            if matches!(self.inst.ty(axis), Ty::Tuple(_)) {
                return None;
            }
            let k = self.expr_as(axis, &Ty::Int);
            if let N::Cumsum | N::Cumprod = what {
                let prod = what == N::Cumprod;
                return Some(quote!(#ax::cum_axis_f32::<#n>(&#x, #k, #prod)?));
            }
            let r = n - 1;
            let call = match what {
                N::Std | N::Var => quote!(#ax::var_axis_f32::<#n, #r>(&#x, #k, #ddof, #sqrt)?),
                _ => {
                    let f = format_ident!("{}_axis_{}", what.name(), sfx);
                    quote!(#ax::#f::<#n, #r>(&#x, #k)?)
                }
            };
            return Some(if r == 0 { quote!(#ax::item0(#call)) } else { call });
        }
        Some(match what {
            N::Std | N::Var => quote!(#ax::var_all_f32(&#x, #ddof, #sqrt)),
            N::Cumsum | N::Cumprod => {
                let prod = what == N::Cumprod;
                quote!(#ax::cum_flat_f32(&#x, #prod))
            }
            _ => {
                let f = format_ident!("{}_all_{}", what.name(), sfx);
                quote!(#ax::#f(&#x))
            }
        })
    }

    fn reduce_call_in(&mut self, what: N, a: &ir::Expr, rest: &[ir::Expr], result: &Ty, widen: bool) -> TokenStream {
        let std_var = matches!(what, N::Std | N::Var);
        let kk = if std_var { 4 } else { 3 };
        if !matches!(what, N::Cumsum | N::Cumprod)
            && matches!(rest.get(kk).map(|x| &x.kind), Some(ExprKind::Bool(true)))
        {
            // keepdims=True: the reduction, then the reduced axes back with length 1
            let (_, n) = self.dims(a);
            let Ty::Array(rel, _) = result else { unreachable!("keepdims gives an array") };
            let inner_t = match given(rest, 0) {
                None => rel.scalar(),
                Some(axis) => {
                    let m = match self.inst.ty(axis) {
                        Ty::Tuple(items) => items.len(),
                        _ => 1,
                    };
                    if m >= n {
                        rel.scalar()
                    } else {
                        Ty::Array(*rel, n - m)
                    }
                }
            };
            let mut plain: Vec<ir::Expr> = rest.to_vec();
            plain.truncate(kk);
            let inner = self.reduce_call_in(what, a, &plain, &inner_t, widen);
            let (inner, r) = match inner_t {
                Ty::Array(_, r) => (inner, r),
                _ => {
                    let it = elem_type(Elem::of_scalar(&inner_t).unwrap_or(Elem::Float64));
                    (quote!(rt::numpy::index::scalar::<#it>(#inner)), 0)
                }
            };
            let axes = match given(rest, 0) {
                None => quote!([]),
                Some(axis) => match self.inst.ty(axis) {
                    Ty::Tuple(_) => self.array_index(axis),
                    _ => {
                        let k = self.expr_as(axis, &Ty::Int);
                        quote!([#k])
                    }
                },
            };
            return quote!(rt::numpy::axis::keep_dims::<_, #r, #n, _>(#inner, #axes));
        }
        let axis = given(rest, 0);
        let ddof = match given(rest, 3) {
            Some(d) if std_var => self.expr_as(d, &Ty::Int),
            _ => quote!(0i64),
        };
        let (_, n) = self.dims(a);
        let ax = quote!(rt::numpy::axis);
        if let Some(axis) = axis {
            // the sum or mean of an element-wise expression along one axis: fused, without
            // the temporary numpy makes (same order, same bits)
            let (el, _) = self.dims(a);
            let fusable = match what {
                N::Sum => matches!(el, Elem::Float64 | Elem::Complex128 | Elem::Int64),
                N::Mean => matches!(el, Elem::Float64 | Elem::Complex128),
                _ => false,
            };
            if fusable && !widen && self.is_elementwise(a) && !matches!(self.inst.ty(axis), Ty::Tuple(_)) {
                return self.reduce_axis(what, a, axis);
            }
            // a tuple of axes: those axes merged into one last axis first
            let (x, n, k) = if let Ty::Tuple(items) = self.inst.ty(axis).clone() {
                let axes = self.array_index(axis);
                let x = self.arr_widened(a, widen);
                let m = n - items.len() + 1;
                (quote!(#ax::merge_axes::<_, #n, #m, _>(&#x, #axes)?), m, quote!(-1i64))
            } else {
                (self.arr_widened(a, widen), n, self.expr_as(axis, &Ty::Int))
            };
            let r = n - 1;
            let call = match what {
                N::Cumsum | N::Cumprod => {
                    let prod = what == N::Cumprod;
                    return quote!(#ax::cum_axis(&#x, #k, #prod)?);
                }
                N::Std | N::Var => {
                    let sqrt = what == N::Std;
                    quote!(#ax::var_axis::<_, #n, #r>(&#x, #k, #ddof, #sqrt)?)
                }
                _ => {
                    let f = format_ident!("{}_axis", what.name());
                    quote!(#ax::#f::<_, #n, #r>(&#x, #k)?)
                }
            };
            return if r == 0 { quote!(#ax::item0(#call)) } else { call };
        }
        match what {
            N::Std | N::Var => {
                let x = self.arr_widened(a, widen);
                let sqrt = what == N::Std;
                quote!(#ax::var_all(&#x, #ddof, #sqrt))
            }
            N::Cumsum | N::Cumprod => {
                let x = self.arr_widened(a, widen);
                let prod = what == N::Cumprod;
                quote!(#ax::cum_flat(&#x, #prod))
            }
            // an array as it is (not an expression, which numpy would first evaluate into a
            // new contiguous array): summed in its memory order, as numpy does
            N::Sum | N::Mean | N::Prod
                if !widen && !self.is_elementwise(a) && matches!(self.dims(a).0, Elem::Float64 | Elem::Complex128) =>
            {
                let x = self.arr(a);
                let f = format_ident!("{}_all", what.name());
                quote!(#ax::#f(&#x))
            }
            _ => self.reduce(what, a, result),
        }
    }

    /// The array `e`, converted to the wide element type of its kind if `widen`.
    fn arr_widened(&mut self, e: &ir::Expr, widen: bool) -> TokenStream {
        let (el, _) = self.dims(e);
        if widen {
            self.arr_as(e, el.wide())
        } else {
            self.arr(e)
        }
    }

    /// `e` as an array of element type `to` (converted element by element if it is another).
    fn arr_as(&mut self, e: &ir::Expr, to: Elem) -> TokenStream {
        let (el, _) = self.dims(e);
        let x = self.arr(e);
        if el == to {
            return x;
        }
        let n = self.dims(e).1;
        map_elems(x, el, to, n)
    }

    /// The arrays of a tuple argument (`(a, b)` literal, or a tuple variable).
    fn parts(&mut self, e: &ir::Expr, to: Elem) -> Vec<TokenStream> {
        match &e.kind {
            ExprKind::Tuple(items) => items
                .iter()
                .map(|x| {
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
                        Ty::Array(el, n) if *el != to => map_elems(x, *el, to, *n),
                        _ => quote!(#x.clone()),
                    };
                    out.push(quote!({ let #t = &#v; #x }));
                }
                out
            }
        }
    }

    fn int_or(&mut self, args: &[ir::Expr], k: usize, default: i64) -> TokenStream {
        match given(args, k) {
            Some(x) => self.expr_as(x, &Ty::Int),
            None => quote!(#default),
        }
    }

    fn zero_of(el: Elem) -> TokenStream {
        {
            let ev = super::names::value(el);
            quote!(<#ev as ::core::default::Default>::default())
        }
    }

    /// The element product of `el` (for `outer`).
    fn mul_of(el: Elem) -> TokenStream {
        match el.wide() {
            Elem::Bool => quote!(|__a: bool, __b: bool| __a && __b),
            Elem::Int64 => quote!(|__a: i64, __b: i64| __a.wrapping_mul(__b)),
            Elem::Float64 => quote!(|__a: f64, __b: f64| __a * __b),
            _ => quote!(|__a: rt::Complex64, __b: rt::Complex64| rt::builtins::complex::mul(__a, __b)),
        }
    }

    /// numpy functions giving arrays that are not element-wise and not creation functions,
    /// and the non-element-wise functions giving scalars (`trace`, `vdot`, `linalg.norm`, ...).
    pub fn numpy_array_fn(&mut self, f: N, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let t = result.clone();
        let sh = quote!(rt::numpy::shape);
        let la = quote!(rt::numpy::linalg);
        let res_el = match &t {
            Ty::Array(e, _) => Some(*e),
            _ => None,
        };
        let res_sized = match &t {
            Ty::Array(e, _) => Some(*e),
            t => Elem::of_scalar(t),
        }
        .filter(|e| e.is_sized());
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
            | N::Std
            | N::Var
            | N::Cumsum
            | N::Cumprod => self.reduce_call(f, &args[0], &args[1..], &t),
            // products of sized elements: computed in the wide type of their kind, the result
            // rounded (or wrapped) once to numpy's result type
            N::Outer | N::Vdot | N::Inner | N::Matmul | N::Dot | N::Trace if res_sized.is_some() => {
                let e = res_sized.expect("checked");
                let (wide_t, r) = match &t {
                    Ty::Array(_, r) => (Ty::Array(e.wide(), *r), Some(*r)),
                    _ => (e.wide().scalar(), None),
                };
                let code = self.numpy_array_fn(f, args, &wide_t);
                match r {
                    Some(r) => map_elems(code, e.wide(), e, r),
                    None => super::sized::cast(code, e.wide(), e),
                }
            }
            N::Reshape => {
                let (_, n) = self.dims(&args[0]);
                let Ty::Array(_, k) = t else { unreachable!() };
                let x = self.arr(&args[0]);
                let shape = if args.len() > 2 {
                    let parts: Vec<TokenStream> = args[1..].iter().map(|a| self.expr_as(a, &Ty::Int)).collect();
                    quote!([#(#parts),*])
                } else {
                    self.array_index(&args[1])
                };
                quote!(#sh::reshape::<_, #n, #k>(&#x, #shape)?)
            }
            N::Ravel => {
                let x = self.arr(&args[0]);
                quote!(#sh::ravel(&#x))
            }
            N::Transpose => {
                let x = self.arr(&args[0]);
                if args.len() > 2 {
                    let parts: Vec<TokenStream> = args[1..].iter().map(|a| self.expr_as(a, &Ty::Int)).collect();
                    quote!(#sh::permute(&#x, [#(#parts),*])?)
                } else if let Some(axes) = given(args, 1) {
                    let axes = self.array_index(axes);
                    quote!(#sh::permute(&#x, #axes)?)
                } else {
                    quote!(#x.transpose())
                }
            }
            N::Concatenate | N::Stack | N::Vstack | N::Hstack => {
                let el = res_el.expect("arrays");
                let Ty::Array(_, out) = t else { unreachable!() };
                let dims: Vec<usize> = match self.inst.ty(&args[0]) {
                    Ty::Tuple(ts) => ts.iter().map(|t| if let Ty::Array(_, n) = t { *n } else { 0 }).collect(),
                    _ => vec![],
                };
                let mut parts = self.parts(&args[0], el);
                match f {
                    N::Concatenate => {
                        let axis = self.int_or(args, 1, 0);
                        quote!(#sh::concatenate(&[#(#parts),*], #axis)?)
                    }
                    N::Stack => {
                        let axis = self.int_or(args, 1, 0);
                        let d = out - 1;
                        quote!(#sh::stack::<_, #d, #out>(&[#(#parts),*], #axis)?)
                    }
                    N::Vstack => {
                        for (p, d) in parts.iter_mut().zip(&dims) {
                            if *d == 1 {
                                *p = quote!(#sh::row2(&#p));
                            }
                        }
                        quote!(#sh::concatenate(&[#(#parts),*], 0)?)
                    }
                    _ => {
                        let axis = if out == 1 { 0i64 } else { 1i64 };
                        quote!(#sh::concatenate(&[#(#parts),*], #axis)?)
                    }
                }
            }
            N::Eye | N::Identity => {
                let el = res_el.expect("arrays");
                let n = self.expr_as(&args[0], &Ty::Int);
                let (m, k) = if f == N::Eye {
                    let m = match given(args, 1) {
                        Some(x) => {
                            let v = self.expr_as(x, &Ty::Int);
                            quote!(Some(#v))
                        }
                        None => quote!(None),
                    };
                    (m, self.int_or(args, 2, 0))
                } else {
                    (quote!(None), quote!(0i64))
                };
                let (one, zero) = (Self::one(el), Self::zero_of(el));
                let et = elem_type(el);
                quote!(#sh::eye::<#et>(#n, #m, #k, #one, #zero)?)
            }
            N::Diag => {
                let (el, n) = self.dims(&args[0]);
                let x = self.arr(&args[0]);
                let k = self.int_or(args, 1, 0);
                if n == 1 {
                    let zero = Self::zero_of(el);
                    quote!(#sh::diag_from(&#x, #k, #zero))
                } else {
                    quote!(#sh::diag_of(&#x, #k))
                }
            }
            N::Meshgrid => {
                let Ty::Tuple(outs) = &t else { unreachable!("meshgrid gives a tuple") };
                let n = outs.len();
                let xs: Vec<TokenStream> = args[..n].iter().map(|a| self.arr(a)).collect();
                let ms: Vec<proc_macro2::Ident> = (0..n).map(|_| self.temp()).collect();
                let ij = match given(args, 4) {
                    Some(b) => self.truth(b),
                    None => quote!(false),
                };
                let parts = (0..n).map(|k| {
                    let m = &ms[k];
                    quote!(#sh::meshgrid::<_, #n>(#m, #k, __lens, __ij))
                });
                quote!({
                    #(let #ms = &#xs;)*
                    let __lens = [#(#ms.shape()[0]),*];
                    let __ij: bool = #ij;
                    (#(#parts,)*)
                })
            }
            N::Diff => {
                let (el, _) = self.dims(&args[0]);
                let x = self.arr(&args[0]);
                let n = self.int_or(args, 1, 1);
                let axis = self.int_or(args, 2, -1);
                let sub = match el.wide() {
                    Elem::Bool => quote!(|__a: bool, __b: bool| __a != __b),
                    Elem::Int64 => quote!(|__a: i64, __b: i64| __a.wrapping_sub(__b)),
                    Elem::Float64 => quote!(|__a: f64, __b: f64| __a - __b),
                    _ => quote!(|__a: rt::Complex64, __b: rt::Complex64| __a - __b),
                };
                quote!(#sh::diff(&#x, #n, #axis, #sub)?)
            }
            N::Trace => {
                let (el, _) = self.dims(&args[0]);
                let x = self.arr_widened(&args[0], el.is_sized());
                quote!(#sh::trace(&#x))
            }
            N::Outer => {
                let el = res_el.expect("arrays");
                let a = self.arr_as(&args[0], el);
                let b = self.arr_as(&args[1], el);
                let mul = Self::mul_of(el);
                quote!(#la::outer(&#a, &#b, #mul))
            }
            N::Vdot => {
                let Some(el) = Elem::of_scalar(&t) else { unreachable!() };
                let a = self.arr_as(&args[0], el);
                let b = self.arr_as(&args[1], el);
                let conj =
                    if el == Elem::Complex128 { quote!(|__z: rt::Complex64| __z.conj()) } else { quote!(|__z| __z) };
                quote!(#la::vdot(&#a, &#b, #conj)?)
            }
            N::Inner | N::Matmul | N::Dot => {
                let (_, na) = self.dims(&args[0]);
                let (_, nb) = self.dims(&args[1]);
                if na == 1 && nb == 1 {
                    return self.dot(&args[0], &args[1], &t);
                }
                let el = res_el.expect("arrays");
                let a = self.arr_as(&args[0], el);
                let b = self.arr_as(&args[1], el);
                let is_dot = f != N::Matmul;
                if f == N::Inner {
                    // sums over the last axes of both: a · bᵀ
                    return match (na, nb) {
                        (2, 2) => quote!(#la::matmul(&#a, &(#b).transpose(), true)?),
                        (2, 1) => quote!(#la::matvec(&#a, &#b, true)?),
                        _ => quote!(#la::matvec(&#b, &#a, true)?),
                    };
                }
                match (na, nb) {
                    (2, 2) => quote!(#la::matmul(&#a, &#b, #is_dot)?),
                    (2, 1) => quote!(#la::matvec(&#a, &#b, #is_dot)?),
                    _ => quote!(#la::vecmat(&#a, &#b, #is_dot)?),
                }
            }
            N::LinalgNorm => {
                use crate::infer::numpy::{norm_ord, NormOrd};
                let (el, n) = self.dims(&args[0]);
                // computed in float64 (sized elements widened), float32 results rounded once
                let x = self.arr_widened(&args[0], el.is_sized());
                let out = match &t {
                    Ty::Array(e, _) => *e,
                    t => Elem::of_scalar(t).unwrap_or(Elem::Float64),
                };
                let ord = given(args, 1);
                let konst = ord.and_then(norm_ord);
                let vector_ord = |b: &mut Self| match (ord, &konst) {
                    (None, _) => Ok(quote!(None)),
                    (_, Some(NormOrd::Str(s))) => Err(format!("Invalid norm order '{s}' for vectors")),
                    (Some(o), _) => {
                        let v = b.expr_as(o, &Ty::Float);
                        Ok(quote!(Some(#v)))
                    }
                };
                let code = match given(args, 2) {
                    Some(axis) => match vector_ord(self) {
                        Ok(o) => {
                            let k = self.expr_as(axis, &Ty::Int);
                            let r = n - 1;
                            let call = quote!(#la::norm_axis::<_, #n, #r>(&#x, #k, #o)?);
                            if r == 0 {
                                quote!(rt::numpy::axis::item0(#call))
                            } else {
                                call
                            }
                        }
                        Err(msg) => quote!(#la::bad_ord(#msg)?),
                    },
                    None => match (ord, &konst) {
                        (None, _) => quote!(#la::norm(&#x)),
                        (_, Some(NormOrd::Str(s))) if n == 2 && (s == "fro" || s == "f") => quote!(#la::norm(&#x)),
                        (_, Some(NormOrd::Str(_))) if n == 2 => {
                            quote!(#la::bad_ord("Invalid norm order for matrices.")?)
                        }
                        (_, Some(NormOrd::Num(p))) if n == 1 && *p == 2.0 => quote!(#la::norm(&#x)),
                        (Some(_), _) if n > 2 => quote!(#la::bad_ord("Improper number of dimensions to norm.")?),
                        _ => match vector_ord(self) {
                            Ok(o) => quote!(#la::norm_ord(&#x, (#o).unwrap_or(2.0))?),
                            Err(msg) => quote!(#la::bad_ord(#msg)?),
                        },
                    },
                };
                match &t {
                    Ty::Array(_, r) if out != Elem::Float64 => map_elems(code, Elem::Float64, out, *r),
                    Ty::Array(..) => code,
                    _ if out != Elem::Float64 => super::sized::cast(code, Elem::Float64, out),
                    _ => code,
                }
            }
            N::Sort | N::Argsort if matches!(args.get(1).map(|a| &a.kind), Some(ExprKind::None)) => {
                // axis=None: of the flattened array
                let x = self.arr(&args[0]);
                let g = format_ident!("{}", f.name());
                quote!(#sh::#g(&#sh::ravel(&#x), -1)?)
            }
            N::Sort | N::Argsort => {
                let x = self.arr(&args[0]);
                let axis = self.int_or(args, 1, -1);
                let g = format_ident!("{}", f.name());
                quote!(#sh::#g(&#x, #axis)?)
            }
            N::Unique => {
                let x = self.arr(&args[0]);
                quote!(#sh::unique(&#x))
            }
            N::Nonzero => {
                let (el, n) = self.dims(&args[0]);
                let x = self.arr_widened(&args[0], el.is_sized());
                let items = (0..n).map(|k| quote!(__nz[#k].clone()));
                quote!({ let __nz = #sh::nonzero(&#x); (#(#items,)*) })
            }
            N::CountNonzero => {
                let (el, n) = self.dims(&args[0]);
                let x = self.arr_widened(&args[0], el.is_sized());
                match given(args, 1) {
                    None => quote!(rt::numpy::axis::count_nonzero(&#x)),
                    Some(axis) => {
                        let k = self.expr_as(axis, &Ty::Int);
                        let r = n - 1;
                        let call = quote!(rt::numpy::axis::count_nonzero_axis::<_, #n, #r>(&#x, #k)?);
                        if r == 0 {
                            quote!(rt::numpy::axis::item0(#call))
                        } else {
                            call
                        }
                    }
                }
            }
            // element-wise: `Body::ufunc` (fused into array loops)
            N::Sqrt | N::Exp | N::Log | N::Log10 | N::Log2 | N::Log1p | N::Expm1 | N::Sin | N::Cos | N::Tan
            | N::Arcsin | N::Arccos | N::Arctan | N::Sinh | N::Cosh | N::Tanh | N::Arctan2 | N::Hypot | N::Floor
            | N::Ceil | N::Trunc | N::Fabs | N::Abs | N::Absolute | N::Square | N::Minimum | N::Maximum | N::Isnan
            | N::Isinf | N::Isfinite | N::Sign | N::Conj | N::Real | N::Imag | N::Clip | N::Fmin | N::Fmax
            | N::Round | N::Around | N::Power | N::Angle | N::Where
            // new arrays: `Body::array_value` (creation)
            | N::Zeros | N::Ones | N::Empty | N::Full | N::ZerosLike | N::OnesLike | N::EmptyLike | N::FullLike
            | N::Arange | N::Linspace | N::Array | N::Asarray | N::Copy
            // loops: `Body::iter_code`
            | N::Ndenumerate
            // scalar conversions: `Body::np_scalar_ctor`
            | N::Bool | N::BoolScalar | N::Int8 | N::Int16 | N::Int32 | N::Int64 | N::Uint8 | N::Uint16 | N::Uint32
            | N::Uint64 | N::Float32 | N::Float64 | N::Complex64 | N::Complex128 => {
                let msg = format!("pyrs: numpy.{f} is emitted elsewhere, not as a call on materialised arrays");
                quote!(compile_error!(#msg))
            }
        }
    }

    /// Array methods that are not element-wise (`a.reshape(...)`, `a.sum(axis=0)`, ...).
    pub fn array_method_call(
        &mut self,
        receiver: &ir::Expr,
        method: Method,
        args: &[ir::Expr],
        result: &Ty,
    ) -> TokenStream {
        let sh = quote!(rt::numpy::shape);
        match method {
            Method::Sum
            | Method::Prod
            | Method::Mean
            | Method::Min
            | Method::Max
            | Method::Any
            | Method::All
            | Method::Argmin
            | Method::Argmax
            | Method::Std
            | Method::Var
            | Method::Cumsum
            | Method::Cumprod => self.reduce_call(method.numpy_fn().expect("a reduction"), receiver, args, result),
            Method::Tolist => {
                let (_, n) = self.dims(receiver);
                let x = self.arr(receiver);
                let f = format_ident!("tolist{}", n);
                quote!(#sh::#f(&#x))
            }
            Method::Item => {
                let x = self.arr(receiver);
                match args.first() {
                    Some(k) => {
                        let k = self.expr_as(k, &Ty::Int);
                        quote!(#sh::item_at(&#x, #k)?)
                    }
                    None => quote!(#sh::item(&#x)?),
                }
            }
            Method::Clip | Method::Round => {
                // element by element: the receiver's elements through the scalar code
                let (el, _) = self.dims(receiver);
                let Ty::Array(rel, _) = result else { unreachable!() };
                let x = self.arr(receiver);
                let et = elem_type(el);
                let mut all = vec![receiver.clone()];
                all.extend(args.iter().cloned());
                let code = self.in_elem_ctx(vec![(receiver.id, quote!(__x))], |b| {
                    b.ufunc_extra(method.numpy_fn().expect("clip or round"), &all, &rel.scalar())
                });
                let (rt_, rv) = (elem_type(*rel), value(*rel));
                let n = self.dims(receiver).1;
                let ev = value(el);
                let _ = et;
                quote!({ let __m: rt::NdArray<#rt_, #n> = #sh::try_map(&#x, |__x: #ev| -> rt::Result<#rv> { Ok(#code) })?; __m })
            }
            Method::Flatten => {
                let x = self.arr(receiver);
                quote!(#sh::flatten(&#x))
            }
            Method::Sort => {
                let x = self.arr(receiver);
                let axis = self.int_or(args, 0, -1);
                quote!(#sh::sort_inplace(&#x, #axis)?)
            }
            _ => {
                let f = method.numpy_fn().expect("an array method named after its numpy function");
                let mut all = vec![receiver.clone()];
                all.extend(args.iter().cloned());
                self.numpy_array_fn(f, &all, result)
            }
        }
    }

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

    /// `flat.flat[index]` read: an element, or (a slice) a new 1-D array.
    pub fn flat_read(&mut self, flat: &ir::Expr, index: &ir::Expr) -> TokenStream {
        let ExprKind::Attribute(x, _) = &flat.kind else { unreachable!("a.flat") };
        let a = self.place(x);
        match &index.kind {
            ExprKind::Slice { .. } => {
                let items = self.idx_items(index);
                quote!({ let rt::numpy::ndarray::Idx::Slice(__lo, __hi, __st) = #(#items)* else { unreachable!() }; rt::numpy::flat::slice(&#a, __lo, __hi, __st)? })
            }
            _ if matches!(self.inst.ty(index), Ty::Array(..)) => {
                let i = self.arr(index);
                quote!(rt::numpy::flat::take(&#a, &#i)?)
            }
            _ => {
                let k = self.expr_as(index, &Ty::Int);
                quote!(rt::numpy::flat::get(&#a, #k)?)
            }
        }
    }

    /// `x.flat[index] = v` (`t` its type), or with `update = (op, rhs)` `x.flat[index] op= v`.
    pub fn flat_store(
        &mut self,
        flat: &ir::Expr,
        index: &ir::Expr,
        update: Option<(ir::BinOp, &ir::Expr)>,
        v: TokenStream,
        t: &Ty,
    ) -> TokenStream {
        let ExprKind::Attribute(x, _) = &flat.kind else { unreachable!("a.flat") };
        let Ty::Array(el, _) = self.inst.ty(x).clone() else { unreachable!("flat of an array") };
        let slice = matches!(index.kind, ExprKind::Slice { .. });
        if let (true, Some((op, rhs))) = (slice || matches!(self.inst.ty(index), Ty::Array(..)), update) {
            // `a.flat[i:j] op= v`: numpy reads the elements, combines them with `v` broadcast, and
            // writes them back, as `a[idx] op= v` does
            return self.fancy_assign(flat, index, Some(op), rhs);
        }
        if slice || matches!(self.inst.ty(index), Ty::Array(..)) {
            // several elements: the values in C order, converted, repeated as numpy repeats them
            let ev = super::names::value(el);
            let vals = match t {
                Ty::Array(vel, n) => {
                    let conv = super::array::store_plain(quote!(__x), &vel.scalar(), el, false);
                    let vv = super::names::value(*vel);
                    let _ = n;
                    quote!(#v.to_vec().into_iter().map(|__x: #vv| -> rt::Result<#ev> { Ok(#conv) }).collect::<rt::Result<Vec<#ev>>>()?)
                }
                _ => {
                    let conv = super::array::store_plain(v, t, el, true);
                    quote!(vec![#conv])
                }
            };
            let a = self.place(x);
            let call = if slice {
                let item = self.idx_item(index);
                quote!({ let rt::numpy::ndarray::Idx::Slice(__lo, __hi, __st) = #item else { unreachable!() }; rt::numpy::flat::set_slice(&#a, __lo, __hi, __st, &__vals)?; })
            } else {
                let i = self.arr(index);
                quote!(rt::numpy::flat::put(&#a, &#i, &__vals)?;)
            };
            return quote!({ let __vals: Vec<#ev> = #vals; #call });
        }
        let a = self.place(x);
        let k = self.expr_as(index, &Ty::Int);
        let (new, nt) = match update {
            Some((op, rhs)) => self.elem_binop(op, quote!(rt::numpy::flat::get(__a, __k)?), el, v, t, rhs, false),
            None => (v, t.clone()),
        };
        let new = super::convert::coerce_store(new, &nt, &el.scalar());
        let new = super::sized::check_int_store(new, el);
        if update.is_some() {
            quote!({ let __a = &#a; let __k: i64 = #k; let __v = #new; rt::numpy::flat::set(__a, __k, __v)?; })
        } else {
            // Python evaluates the value before the target
            quote!({
                let __v = (|| -> rt::Result<_> { Ok(#new) })().map_err(rt::numpy::flat::setting_error)?;
                let __a = &#a;
                let __k: i64 = #k;
                rt::numpy::flat::set(__a, __k, __v)?;
            })
        }
    }

    /// The selection of `base[index]` with an array index (mask or integers): `(array binding,
    /// selection binding, result dims)`.
    fn selection(
        &mut self,
        base: &ir::Expr,
        index: &ir::Expr,
    ) -> (proc_macro2::Ident, proc_macro2::Ident, TokenStream) {
        if let ExprKind::Attribute(x, a) = &base.kind {
            if a == "flat" {
                // `a.flat[i:j]`, `a.flat[idx]`: flat positions of `x`
                let v = self.arr(x);
                let (ta, ts) = (self.temp(), self.temp());
                let sel = if matches!(index.kind, ExprKind::Slice { .. }) {
                    let item = self.idx_item(index);
                    quote!({ let rt::numpy::ndarray::Idx::Slice(__lo, __hi, __st) = #item else { unreachable!() }; rt::numpy::flat::select_slice(#ta, __lo, __hi, __st)? })
                } else {
                    let i = self.arr(index);
                    quote!(rt::numpy::flat::select_index(#ta, &#i)?)
                };
                return (ta.clone(), ts.clone(), quote!(let #ta = &#v; let #ts = #sel;));
            }
        }
        let (_, n) = self.dims(base);
        if let Ty::Tuple(items) = self.inst.ty(index).clone() {
            // arrays mixed with ints, slices, None and `...`: numpy's advanced indexing
            let ix = quote!(rt::numpy::index::Item);
            let a = self.arr(base);
            let (parts, kinds): (Vec<TokenStream>, Vec<(bool, Ty)>) = match &index.kind {
                ExprKind::Tuple(xs) => xs
                    .iter()
                    .zip(&items)
                    .map(|(x, t)| {
                        let code = match t {
                            Ty::Array(Elem::Bool, _) => {
                                let v = self.arr(x);
                                quote!(#ix::mask(&#v))
                            }
                            Ty::Array(..) => {
                                let v = self.arr(x);
                                quote!(#ix::ints(&#v))
                            }
                            _ => {
                                let v = self.idx_item(x);
                                quote!(#ix::Basic(#v))
                            }
                        };
                        (code, (matches!(x.kind, ExprKind::Const(crate::library::Constant::Ellipsis)), t.clone()))
                    })
                    .unzip(),
                _ => {
                    // a tuple variable of index arrays (`a[np.nonzero(m)]`)
                    let v = self.expr(index);
                    let t = self.temp();
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, ty)| {
                            let idx = syn::Index::from(i);
                            let item = match ty {
                                Ty::Array(Elem::Bool, _) => quote!(#ix::mask(&#t.#idx)),
                                Ty::Array(..) => quote!(#ix::ints(&#t.#idx)),
                                Ty::None => quote!(#ix::Basic(rt::numpy::ndarray::Idx::NewAxis)),
                                it => {
                                    let k = coerce(quote!(#t.#idx), it, &Ty::Int);
                                    quote!(#ix::Basic(rt::numpy::ndarray::Idx::At(#k)))
                                }
                            };
                            (quote!({ let #t = &#v; #item }), (false, ty.clone()))
                        })
                        .unzip()
                }
            };
            let refs: Vec<(bool, &Ty)> = kinds.iter().map(|(e, t)| (*e, t)).collect();
            let r = crate::infer::numpy::fancy_ndim(n, &refs).expect("checked by inference");
            let (ta, ts) = (self.temp(), self.temp());
            let binds = quote!(
                let #ta = &#a;
                let #ts = rt::numpy::index::select::<_, #n, #r>(#ta, &[#(#parts),*])?;
            );
            return (ta, ts, binds);
        }
        let (iel, k) = self.dims(index);
        let r = if iel == Elem::Bool { n - k + 1 } else { k + n - 1 };
        let a = self.arr(base);
        let i = self.arr(index);
        let (ta, ts) = (self.temp(), self.temp());
        let f = if iel == Elem::Bool { format_ident!("select_mask") } else { format_ident!("select_index") };
        let binds = quote!(
            let #ta = &#a;
            let #ts = rt::numpy::index::#f::<_, #n, #k, #r>(#ta, &#i)?;
        );
        (ta, ts, binds)
    }

    /// `base[mask]` / `base[idx]`: a new array of the selected elements.
    pub fn fancy_read(&mut self, base: &ir::Expr, index: &ir::Expr) -> TokenStream {
        let (ta, ts, binds) = self.selection(base, index);
        quote!({ #binds rt::numpy::index::take(#ta, &#ts) })
    }

    /// `base[mask] = value`, `base[idx] op= value`.
    pub fn fancy_assign(
        &mut self,
        base: &ir::Expr,
        index: &ir::Expr,
        op: Option<ir::BinOp>,
        value: &ir::Expr,
    ) -> TokenStream {
        let (el, _) = match &base.kind {
            ExprKind::Attribute(x, _) if crate::infer::is_flat(base) => self.dims(x),
            _ => self.dims(base),
        };
        let (vals, vt, scalar_value) = match self.inst.ty(value).clone() {
            Ty::Array(vel, _) => (self.arr(value), vel.scalar(), false),
            t => {
                let v = self.expr(value);
                let st = elem_type(Elem::of_scalar(&t).unwrap_or(Elem::Float64));
                (quote!(rt::numpy::index::scalar::<#st>(#v)), t, true)
            }
        };
        let (ev, uv) = (super::names::value(el), super::names::value(Elem::of_scalar(&vt).unwrap_or(Elem::Float64)));
        let new = self.store_value(el, op, quote!(__v), &vt, quote!(__d), value, scalar_value);
        let (ta, ts, binds) = self.selection(base, index);
        let tv = self.temp();
        quote!({
            let #tv = &#vals;
            #binds
            rt::numpy::index::update(#ta, &#ts, #tv, |__d: #ev, __v: #uv| -> rt::Result<#ev> { let _ = __d; Ok(#new) })?;
        })
    }
}

/// The array `x` (`n` dims of `from`) converted element by element to `to`, as numpy casts.
pub(super) fn map_elems(x: TokenStream, from: Elem, to: Elem, n: usize) -> TokenStream {
    let (fv, tt) = (value(from), elem_type(to));
    let c = super::sized::cast(quote!(__x), from, to);
    quote!({ let __m: rt::NdArray<#tt, #n> = rt::numpy::shape::map(&#x, |__x: #fv| #c); __m })
}

/// The element type numpy's reduction `what` gives for elements of `el` (see
/// `infer::numpy`'s `reduction`).
fn reduced_elem(what: N, el: Elem) -> Elem {
    use crate::types::Kind;
    match what {
        N::Sum | N::Prod | N::Cumsum | N::Cumprod => match el.kind() {
            Kind::Bool => Elem::Int64,
            Kind::Int if el.is_unsigned() => Elem::UInt64,
            Kind::Int => Elem::Int64,
            _ => el,
        },
        N::Mean if el.kind() <= Kind::Int => Elem::Float64,
        N::Std | N::Var => match el {
            Elem::Float32 | Elem::Complex64 => Elem::Float32,
            _ => Elem::Float64,
        },
        N::Argmin | N::Argmax => Elem::Int64,
        N::Any | N::All => Elem::Bool,
        _ => el,
    }
}
