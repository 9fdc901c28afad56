//! Reductions on materialised arrays: whole-array and along axes, in numpy's order; float32
//! and complex64 in single precision; sized elements through their wide type.

use super::{given, map_elems};
use crate::codegen::body::Body;
use crate::codegen::names::elem as elem_type;
use crate::ir::{self, ExprKind};
use crate::library::NumpyFn as N;
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The element type numpy's reduction `what` gives for elements of `el` (see
/// `infer::numpy`'s `reduction`).
pub(super) fn reduced_elem(what: N, el: Elem) -> Elem {
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

impl Body<'_> {
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
            _ => crate::codegen::sized::cast(code, wide_e, true_e),
        }
    }

    /// `sum`, `mean`, `var`, `std`, `prod`, `cumsum`, `cumprod` of a float32 array (`sum`,
    /// `mean` of a complex64 array) over everything or one axis: computed in float32 in numpy's
    /// order (see the runtime's `sum_axis_f32`), so bit-identical to numpy.
    /// `None` for the other cases (keepdims, tuples of axes, elements of expressions), which
    /// are computed in float64 and rounded once.
    pub(in crate::codegen) fn single_precision_reduction(
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

    pub(in crate::codegen) fn reduce_call_in(
        &mut self,
        what: N,
        a: &ir::Expr,
        rest: &[ir::Expr],
        result: &Ty,
        widen: bool,
    ) -> TokenStream {
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
}
