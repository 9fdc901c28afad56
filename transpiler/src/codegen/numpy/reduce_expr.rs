//! Reductions of element-wise expressions without the temporary: whole-array sums, means,
//! products, min/max, any/all, argmin/argmax in numpy's order; sums and means along an axis;
//! `dot` of two vectors.

use crate::codegen::body::Body;
use crate::codegen::convert::coerce;
use crate::codegen::names::elem as elem_type;
use crate::ir::{self, ExprId};
use crate::library::NumpyFn as N;
use crate::types::{Elem, Ty};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// The bindings before a reduction's loop, the element reads of its leaves, and per array leaf
/// its variable, the view through which the loop reads it and its number of dimensions.
type ReductionLeaves = (Vec<TokenStream>, Vec<(ExprId, TokenStream)>, Vec<(Ident, Ident, usize)>);

impl Body<'_> {
    /// A reduction (`sum`, `prod`, `mean`, `min`, `max`) of the array expression `a`.
    pub fn reduce(&mut self, what: N, a: &ir::Expr, result: &Ty) -> TokenStream {
        let Ty::Array(el, n) = self.full_ty(a) else { unreachable!("reductions of arrays") };
        let (binds, map, arrays) = self.bind_leaves_or_self(a);
        let shapes = arrays.iter().map(|(l, _, _)| quote!(&#l.shape()[..]));
        let broadcasts: Vec<TokenStream> =
            arrays.iter().map(|(l, b, _)| quote!(let #b = #l.broadcast_to::<#n>(__shape)?;)).collect();
        let elem_t = el.scalar().base();
        let v = self.in_elem_ctx(map, |b| {
            if b.is_elementwise(a) || b.elem.map.contains_key(&a.id) {
                let t = b.ty(a);
                let v = b.expr(a);
                coerce(v, &t, &elem_t)
            } else {
                quote!(compile_error!("pyrs: reduction leaf"))
            }
        });
        let rt_ = crate::codegen::names::rust_type(result);
        let red = quote!(rt::numpy::reduce);
        // a float sum adds in the memory order of numpy's temporary for the expression (its
        // "K" order from the operands' strides: a Fortran-ordered operand is summed down columns)
        let in_k_order =
            n > 1 && matches!(what, N::Sum | N::Mean | N::Prod) && matches!(elem_t, Ty::Float | Ty::Complex);
        let unravel = if n == 1 {
            quote!([__k])
        } else if in_k_order {
            quote!(rt::numpy::ndarray::unravel_in::<#n>(__k, __shape, __order))
        } else {
            quote!(rt::numpy::ndarray::unravel::<#n>(__k, __shape))
        };
        let order = if in_k_order {
            let bs = arrays.iter().map(|(_, b, _)| quote!(#b.strides()));
            quote!(let __order: [usize; #n] = rt::numpy::ndarray::k_order::<#n>(&[#(#bs),*]);)
        } else {
            quote!()
        };
        let size = quote!(__shape.iter().product::<usize>());
        let body = match (what, &elem_t) {
            // float32: numpy's pairwise sum in float32 (the mean divides in float32 too)
            (N::Sum, Ty::Float) if el == Elem::Float32 => {
                quote!((#red::pairwise_sum32(#size, &mut |__k| { let __ix = #unravel; Ok((#v) as f32) })? as f64))
            }
            (N::Mean, Ty::Float) if el == Elem::Float32 => {
                quote!(((#red::pairwise_sum32(#size, &mut |__k| { let __ix = #unravel; Ok((#v) as f32) })? as f64 / (#size as f32 as f64)) as f32 as f64))
            }
            (N::Sum | N::Mean, Ty::Float) => {
                quote!(#red::pairwise_sum(#size, &mut |__k| { let __ix = #unravel; Ok(#v) })?)
            }
            (N::Sum | N::Mean, Ty::Complex) => {
                quote!(#red::pairwise_sum_complex(#size, &mut |__k| { let __ix = #unravel; Ok(#v) })?)
            }
            (N::Mean, Ty::Int | Ty::Bool) => {
                let x = coerce(v.clone(), &elem_t, &Ty::Float);
                quote!(#red::pairwise_sum(#size, &mut |__k| { let __ix = #unravel; Ok(#x) })?)
            }
            (N::Sum | N::Mean, _) => {
                let acc_t = if what == N::Mean && elem_t != Ty::Complex { Ty::Float } else { result.base() };
                let x = coerce(v.clone(), &elem_t, &acc_t);
                let add = match acc_t {
                    Ty::Int => quote!(__acc = __acc.wrapping_add(#x);),
                    _ => quote!(__acc = __acc + #x;),
                };
                let zero = match acc_t {
                    Ty::Int => quote!(0i64),
                    Ty::Float => quote!(0.0f64),
                    _ => quote!(rt::Complex64::new(0.0, 0.0)),
                };
                let l = Self::loops(n, add);
                quote!({ let mut __acc = #zero; #l __acc })
            }
            (N::Prod, _) => {
                let acc_t = result.base();
                let x = coerce(v.clone(), &elem_t, &acc_t);
                let (one, mul) = match acc_t {
                    Ty::Int => (quote!(1i64), quote!(__acc = __acc.wrapping_mul(#x);)),
                    // float32: each product rounded to float32, as numpy multiplies
                    Ty::Float if el == Elem::Float32 => (quote!(1.0f64), quote!(__acc = (__acc * #x) as f32 as f64;)),
                    Ty::Float => (quote!(1.0f64), quote!(__acc = __acc * #x;)),
                    _ if el == Elem::Complex64 => (
                        quote!(rt::Complex64::new(1.0, 0.0)),
                        quote!(__acc = rt::numpy::scalar::multiply_c64(__acc, #x);),
                    ),
                    _ => (quote!(rt::Complex64::new(1.0, 0.0)), quote!(__acc = rt::builtins::complex::mul(__acc, #x);)),
                };
                if in_k_order {
                    // numpy multiplies in the memory order of its temporary
                    quote!({ let mut __acc = #one; for __k in 0..#size { let __ix = #unravel; #mul } __acc })
                } else {
                    let l = Self::loops(n, mul);
                    quote!({ let mut __acc = #one; #l __acc })
                }
            }
            (N::Min | N::Max, _) => {
                let f = match (what, &elem_t) {
                    (N::Min, Ty::Float) => quote!(#red::fmin_nan),
                    (N::Max, Ty::Float) => quote!(#red::fmax_nan),
                    (N::Min, _) => quote!(rt::builtins::minmax::min),
                    _ => quote!(rt::builtins::minmax::max),
                };
                let name = if what == N::Min { "minimum" } else { "maximum" };
                let l = Self::loops(
                    n,
                    quote!(let __x = #v; __acc = Some(match __acc { None => __x, Some(__a) => #f(__a, __x) });),
                );
                quote!({ let mut __acc = None; #l match __acc { Some(__a) => __a, None => return Err(#red::empty_reduction(#name)) } })
            }
            (N::Any | N::All, _) => {
                let truth = crate::codegen::convert::truth_of(v.clone(), &elem_t);
                let (init, step) = if what == N::Any {
                    (quote!(false), quote!(__acc = __acc || #truth;))
                } else {
                    (quote!(true), quote!(__acc = __acc && #truth;))
                };
                let l = Self::loops(n, step);
                quote!({ let mut __acc = #init; #l __acc })
            }
            (N::Argmin | N::Argmax, _) => {
                // the first position of the extreme value; a NaN is the extreme (numpy)
                let better = match (what, &elem_t) {
                    (N::Argmin, Ty::Float) => quote!((__x.is_nan() && !__b.is_nan()) || __x < __b),
                    (N::Argmax, Ty::Float) => quote!((__x.is_nan() && !__b.is_nan()) || __x > __b),
                    (N::Argmin, _) => quote!(__x < __b),
                    _ => quote!(__x > __b),
                };
                let l = Self::loops(
                    n,
                    quote!({
                        let __x = #v;
                        __best = match __best {
                            Some((__b, __j)) if !(#better) => Some((__b, __j)),
                            _ => Some((__x, __i)),
                        };
                        __i += 1;
                    }),
                );
                let msg = format!("attempt to get {what} of an empty sequence");
                let ety = crate::codegen::names::rust_type(&elem_t);
                quote!({
                    let mut __best: Option<(#ety, usize)> = None;
                    let mut __i = 0usize;
                    #l
                    match __best {
                        Some((_, __j)) => __j as i64,
                        None => return Err(rt::Error::Value(#msg)),
                    }
                })
            }
            _ => quote!(compile_error!("pyrs: unsupported reduction")),
        };
        let finish = if what == N::Mean && el == Elem::Float32 {
            quote!(__r)
        } else if what == N::Mean {
            match elem_t {
                // numpy divides by `n + 0j`
                Ty::Complex => quote!(rt::numpy::scalar::divide_complex(__r, rt::Complex64::new(#size as f64, 0.0))),
                _ => quote!(__r / (#size as f64)),
            }
        } else {
            quote!(__r)
        };
        quote!({
            #(#binds)*
            let __shape: [usize; #n] = rt::numpy::ndarray::broadcast_shapes::<#n>(&[#(#shapes),*])?;
            #(#broadcasts)*
            #order
            let __r: #rt_ = #body;
            #finish
        })
    }

    /// `a.sum(axis=k)` / `a.mean(axis=k)` of the element-wise `a` (float64, complex128; sums
    /// of int64 too) without making `a`: each lane summed in the order numpy sums its
    /// temporary (see the runtime's `sum_axis_of`); of a 1-D `a`, the scalar.
    pub fn reduce_axis(&mut self, what: N, a: &ir::Expr, axis: &ir::Expr) -> TokenStream {
        let Ty::Array(el, n) = self.full_ty(a) else { unreachable!("reductions of arrays") };
        let r = n - 1;
        let k = self.expr_as(axis, &Ty::Int);
        let l = self.bind_leaves(a);
        let views: Vec<Ident> = l.arrays.iter().map(|_| self.temp()).collect();
        let shapes = l.arrays.iter().map(|x| {
            let x = &x.array;
            quote!(&#x.shape()[..])
        });
        let broadcasts: Vec<TokenStream> = l
            .arrays
            .iter()
            .zip(&views)
            .map(|(x, b)| {
                let x = &x.array;
                quote!(let #b = #x.broadcast_to::<#n>(__shape)?;)
            })
            .collect();
        let bs = views.iter().map(|b| quote!(#b.strides()));
        // each operand read along the lane: a pointer and a stride in registers
        let lanes: Vec<Ident> = l.arrays.iter().map(|_| self.temp()).collect();
        let lane_defs = views
            .iter()
            .zip(&lanes)
            .map(|(b, ln)| quote!(let #ln = unsafe { rt::numpy::axis::Lane::of(&#b, __base, __ax) };));
        let mut map: Vec<(ExprId, TokenStream)> = l
            .arrays
            .iter()
            .zip(&lanes)
            .flat_map(|(x, ln)| x.ids.iter().map(move |id| (*id, quote!((#ln.get(__j))))))
            .collect();
        map.extend(l.scalars.iter().cloned());
        let elem_t = el.scalar().base();
        let v = self.in_elem_ctx(map, |b| {
            let t = b.ty(a);
            let v = b.expr(a);
            coerce(v, &t, &elem_t)
        });
        let binds = l.binds;
        let f = format_ident!("{}_axis_of", what.name());
        let et = elem_type(el);
        let call = quote!({
            #(#binds)*
            let __shape: [usize; #n] = rt::numpy::ndarray::broadcast_shapes::<#n>(&[#(#shapes),*])?;
            #(#broadcasts)*
            let __order: [usize; #n] = rt::numpy::ndarray::k_order::<#n>(&[#(#bs),*]);
            rt::numpy::axis::#f::<#et, #n, #r>(__shape, __order, #k, |__base: [usize; #n], __ax: usize, __len: usize, __pairwise: bool| {
                #(#lane_defs)*
                let mut __elem = |__j: usize| Ok(#v);
                if __pairwise {
                    <#et as rt::numpy::axis::LaneSum>::lane_sum_try(__len, &mut __elem)
                } else {
                    <#et as rt::numpy::axis::LaneSum>::lane_fold_try(__len, &mut __elem)
                }
            })?
        });
        if r == 0 {
            quote!(rt::numpy::axis::item0(#call))
        } else {
            call
        }
    }

    /// Leaves of `a` for a reduction: an element-wise `a` has its own leaves; any other array
    /// is its own single leaf.
    pub(in crate::codegen) fn bind_leaves_or_self(&mut self, a: &ir::Expr) -> ReductionLeaves {
        if self.is_elementwise(a) {
            let l = self.bind_leaves(a);
            let views: Vec<Ident> = l.arrays.iter().map(|_| self.temp()).collect();
            let mut map: Vec<(ExprId, TokenStream)> = l
                .arrays
                .iter()
                .zip(&views)
                .flat_map(|(x, b)| x.ids.iter().map(move |id| (*id, quote!((unsafe { #b.at(__ix) })))))
                .collect();
            let arrays = l.arrays.into_iter().zip(views).map(|(x, b)| (x.array, b, 0usize)).collect();
            map.extend(l.scalars.iter().cloned());
            return (l.binds, map, arrays);
        }
        let Ty::Array(_, n) = self.full_ty(a) else { unreachable!() };
        let l = self.temp();
        let b = self.temp();
        let v = self.array_value(a);
        (vec![quote!(let #l = #v;)], vec![(a.id, quote!((unsafe { #b.at(__ix) })))], vec![(l, b, n)])
    }

    /// `np.dot(a, b)` of two 1-D arrays.
    pub fn dot(&mut self, a: &ir::Expr, b: &ir::Expr, result: &Ty) -> TokenStream {
        let x = self.place(a);
        let y = self.place(b);
        let t = result.base();
        let (ea, eb) = match (self.full_ty(a), self.full_ty(b)) {
            (Ty::Array(ea, _), Ty::Array(eb, _)) => (ea.scalar().base(), eb.scalar().base()),
            _ => unreachable!(),
        };
        let xa = coerce(quote!(__a.get_unchecked(__k)), &ea, &t);
        let xb = coerce(quote!(__b.get_unchecked(__k)), &eb, &t);
        let body = match t {
            Ty::Float => quote!(rt::numpy::reduce::pairwise_sum(__n, &mut |__k| Ok(unsafe { #xa * #xb }))?),
            Ty::Int => {
                quote!({ let mut __s = 0i64; for __k in 0..__n { __s = __s.wrapping_add(unsafe { #xa.wrapping_mul(#xb) }); } __s })
            }
            _ => {
                quote!({ let mut __s = rt::Complex64::new(0.0, 0.0); for __k in 0..__n { __s = __s + rt::builtins::complex::mul(unsafe { #xa }, unsafe { #xb }); } __s })
            }
        };
        quote!({
            let __a = &#x;
            let __b = &#y;
            let __n = __a.shape()[0];
            if __b.shape()[0] != __n {
                return Err(rt::Error::Value(format!("shapes ({},) and ({},) not aligned: {} (dim 0) != {} (dim 0)", __n, __b.shape()[0], __n, __b.shape()[0])));
            }
            #body
        })
    }
}
