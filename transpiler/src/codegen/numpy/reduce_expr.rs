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

impl Body<'_> {
    /// A reduction (`sum`, `prod`, `mean`, `min`, `max`, `any`, `all`, `argmin`, `argmax`) of
    /// the array expression `a`: one call of the runtime's fused reduction drivers
    /// (`rt::support::fused::{sum, sum_complex, fold}`), the element written once as their
    /// closure; float sums pairwise a block at a time in numpy's order.
    pub fn reduce(&mut self, what: N, a: &ir::Expr, result: &Ty) -> TokenStream {
        let Ty::Array(el, n) = self.full_ty(a) else { unreachable!("reductions of arrays") };
        let leaves = self.reduction_leaves(a);
        let elem_t = el.scalar().base();
        let (v, t) = self.elem_code(a, &leaves);
        let v = coerce(v, &t, &elem_t);
        let (inputs, elems) = leaves.inputs();
        let fused = quote!(rt::support::fused);
        let nn = proc_macro2::Literal::usize_unsuffixed(n);
        // a float sum adds in the memory order of numpy's temporary for the expression (its
        // "K" order from the operands' strides: a Fortran-ordered operand is summed down columns)
        let in_k_order =
            n > 1 && matches!(what, N::Sum | N::Mean | N::Prod) && matches!(elem_t, Ty::Float | Ty::Complex);
        let red = quote!(rt::numpy::reduce);
        let fold = |init: TokenStream, step: TokenStream| quote!(#fused::fold::<_, #nn, _>(#inputs, #in_k_order, #init, |__acc, #elems| Ok(#step))?.0);
        let value = match (what, &elem_t) {
            // float32: numpy's pairwise sum in float32 (the mean divides in float32 too)
            (N::Sum | N::Mean, Ty::Float) if el == Elem::Float32 => {
                let s = quote!(#fused::sum::<f32, #nn, _>(#inputs, #in_k_order, |#elems| Ok((#v) as f32))?);
                if what == N::Mean {
                    quote!({ let (__s, __n) = #s; ((__s as f64 / (__n as f32 as f64)) as f32 as f64) })
                } else {
                    quote!((#s.0 as f64))
                }
            }
            (N::Sum | N::Mean, Ty::Float | Ty::Int | Ty::Bool) if what == N::Mean || elem_t == Ty::Float => {
                let x = coerce(v.clone(), &elem_t, &Ty::Float);
                let s = quote!(#fused::sum::<f64, #nn, _>(#inputs, #in_k_order, |#elems| Ok(#x))?);
                if what == N::Mean {
                    quote!({ let (__s, __n) = #s; __s / (__n as f64) })
                } else {
                    quote!(#s.0)
                }
            }
            (N::Sum | N::Mean, Ty::Complex) => {
                let s = quote!(#fused::sum_complex::<f64, #nn, _>(#inputs, #in_k_order, |#elems| Ok(#v))?);
                if what == N::Mean {
                    // numpy divides by `n + 0j`
                    quote!({ let (__s, __n) = #s; rt::numpy::scalar::divide_complex(__s, rt::Complex64::new(__n as f64, 0.0)) })
                } else {
                    quote!(#s.0)
                }
            }
            (N::Sum, _) => {
                let acc_t = result.base();
                let x = coerce(v.clone(), &elem_t, &acc_t);
                match acc_t {
                    Ty::Int => fold(quote!(0i64), quote!(__acc.wrapping_add(#x))),
                    Ty::Float => fold(quote!(0.0f64), quote!(__acc + #x)),
                    _ => fold(quote!(rt::Complex64::new(0.0, 0.0)), quote!(__acc + #x)),
                }
            }
            (N::Prod, _) => {
                let acc_t = result.base();
                let x = coerce(v.clone(), &elem_t, &acc_t);
                match acc_t {
                    Ty::Int => fold(quote!(1i64), quote!(__acc.wrapping_mul(#x))),
                    // float32: each product rounded to float32, as numpy multiplies
                    Ty::Float if el == Elem::Float32 => fold(quote!(1.0f64), quote!((__acc * #x) as f32 as f64)),
                    Ty::Float => fold(quote!(1.0f64), quote!(__acc * #x)),
                    _ if el == Elem::Complex64 => {
                        fold(quote!(rt::Complex64::new(1.0, 0.0)), quote!(rt::numpy::scalar::multiply_c64(__acc, #x)))
                    }
                    _ => fold(quote!(rt::Complex64::new(1.0, 0.0)), quote!(rt::builtins::complex::mul(__acc, #x))),
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
                let acc = if elem_t == Ty::Float {
                    // blocks of elements reduced in lanes (vectorised); a zero is redone below
                    let max = what == N::Max;
                    quote!(#fused::extreme::<#nn, _, #max>(#inputs, |#elems| Ok(#v))?)
                } else {
                    fold(
                        quote!(None),
                        quote!({ let __x = #v; Some(match __acc { None => __x, Some(__a) => #f(__a, __x) }) }),
                    )
                };
                let r = quote!(match #acc { Some(__a) => __a, None => return Err(#red::empty_reduction(#name)) });
                if elem_t != Ty::Float {
                    r
                } else {
                    // which zero (`0.0` or `-0.0`) numpy returns depends on its loop's lanes: a
                    // zero is redone as numpy reduces the array (or its contiguous temporary)
                    let max = what == N::Max;
                    let exact = match leaves.arrays.as_slice() {
                        [leaf] if leaf.ids.contains(&a.id) => {
                            let arr = &leaf.array;
                            quote!(#red::extreme_array(&#arr, #max)?)
                        }
                        _ => {
                            let f32_ = el == Elem::Float32;
                            quote!(#red::extreme_contiguous(
                                &#fused::collect::<f64, #nn, _>(#inputs, true, |#elems| Ok(#v))?,
                                #max,
                                #f32_,
                            ))
                        }
                    };
                    quote!({ let __m: f64 = #r; if __m == 0.0 { #exact } else { __m } })
                }
            }
            (N::Any | N::All, _) => {
                let truth = crate::codegen::convert::truth_of(v.clone(), &elem_t);
                if what == N::Any {
                    fold(quote!(false), quote!(__acc || #truth))
                } else {
                    fold(quote!(true), quote!(__acc && #truth))
                }
            }
            (N::Argmin | N::Argmax, _) => {
                // the first position of the extreme value; a NaN is the extreme (numpy)
                let better = match (what, &elem_t) {
                    (N::Argmin, Ty::Float) => quote!((__x.is_nan() && !__b.is_nan()) || __x < __b),
                    (N::Argmax, Ty::Float) => quote!((__x.is_nan() && !__b.is_nan()) || __x > __b),
                    (N::Argmin, _) => quote!(__x < __b),
                    _ => quote!(__x > __b),
                };
                let msg = format!("attempt to get {what} of an empty sequence");
                let ety = crate::codegen::names::rust_type(&elem_t);
                if let (Ty::Float, Some(z)) = (&elem_t, self.complex_abs_of(a)) {
                    // `abs(z)` / `abs(z) ** 2` of complex128: a cheap `|z|^2` picks the candidates,
                    // numpy's `absolute` (the division and the square root) decides among them
                    let (zv, zt) = self.elem_code(z, &leaves);
                    let zv = coerce(zv, &zt, &Ty::Complex);
                    // the element's value from `__z`, the value of `z`
                    let x = self.in_elem_ctx(vec![(z.id, quote!(__z))], |b| b.expr(a));
                    let max = what == N::Argmax;
                    return_arg(
                        quote!(#fused::arg_extreme_cabs::<#nn, _, #max>(
                            #inputs,
                            |#elems| Ok(#zv),
                            #[inline(always)] |__z: rt::Complex64| -> f64 { #x },
                        )?),
                        &msg,
                    )
                } else if elem_t == Ty::Float {
                    // the elements a block at a time (vectorised), then scanned
                    let max = what == N::Argmax;
                    return_arg(quote!(#fused::arg_extreme::<#nn, _, #max>(#inputs, |#elems| Ok(#v))?), &msg)
                } else {
                    let acc = fold(
                        quote!((None::<(#ety, usize)>, 0usize)),
                        quote!({
                            let (__best, __i) = __acc;
                            let __x = #v;
                            let __best = match __best {
                                Some((__b, __j)) if !(#better) => Some((__b, __j)),
                                _ => Some((__x, __i)),
                            };
                            (__best, __i + 1)
                        }),
                    );
                    return_arg(quote!(#acc.0.map(|(_, __j)| __j)), &msg)
                }
            }
            _ => quote!(compile_error!("pyrs: unsupported reduction")),
        };
        let binds = &leaves.binds;
        let rt_ = crate::codegen::names::rust_type(result);
        quote!({
            #(#binds)*
            let __r: #rt_ = #value;
            __r
        })
    }

    /// The complex128 `z` of an element-wise `abs(z)`, `np.abs(z)`, `np.absolute(z)` or of
    /// one of them `** 2` (the argument of an `argmin`/`argmax` that `arg_extreme_cabs` runs).
    fn complex_abs_of<'e>(&mut self, a: &'e ir::Expr) -> Option<&'e ir::Expr> {
        use crate::library::{Builtin, Intrinsic};
        let inner = match &a.kind {
            ir::ExprKind::BinOp(ir::BinOp::Pow, x, two) if matches!(two.kind, ir::ExprKind::Int(2)) => x,
            _ => a,
        };
        let z = match &inner.kind {
            ir::ExprKind::CallIntrinsic(
                Intrinsic::Builtin(Builtin::Abs) | Intrinsic::Numpy(N::Abs | N::Absolute),
                args,
            ) if args.len() == 1 => &args[0],
            _ => return None,
        };
        if !self.is_elementwise(a) {
            return None;
        }
        match self.full_ty(z) {
            Ty::Array(Elem::Complex128, _) => Some(z),
            _ => None,
        }
    }

    /// The leaves of a reduction of `a`: an element-wise `a` has its own; any other array is
    /// its own single leaf.
    fn reduction_leaves(&mut self, a: &ir::Expr) -> super::fused::Leaves {
        if self.is_elementwise(a) {
            return self.bind_leaves(a);
        }
        let l = self.temp();
        let v = self.array_value(a);
        super::fused::Leaves {
            binds: vec![quote!(let #l = #v;)],
            arrays: vec![super::fused::ArrayLeaf { ids: vec![a.id], array: l, hypot: None }],
            scalars: vec![],
        }
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
        let f = format_ident!("{}_axis_of", what.name());
        let et = elem_type(el);
        let lanes_call = quote!({
            let __shape: [usize; #n] = rt::numpy::ndarray::broadcast_shapes::<#n>(&[#(#shapes),*])?;
            #(#broadcasts)*
            let __order: [usize; #n] = rt::numpy::ndarray::k_order::<#n>(&[#(#bs),*]);
            rt::numpy::axis::#f::<#et, #n, #r>(__shape, __order, __k, |__base: [usize; #n], __ax: usize, __len: usize, __pairwise: bool| {
                #(#lane_defs)*
                let mut __elem = |__j: usize| Ok(#v);
                if __pairwise {
                    <#et as rt::numpy::axis::LaneSum>::lane_sum_try(__len, &mut __elem)
                } else {
                    <#et as rt::numpy::axis::LaneSum>::lane_fold_try(__len, &mut __elem)
                }
            })?
        });
        // float64 and complex128 lanes that every operand reads contiguously: summed a block
        // at a time by a unit-stride loop (`fused_axis::sum_rows`), else the lane loop above
        let body = if matches!(el, Elem::Float64 | Elem::Complex128) && matches!(what, N::Sum | N::Mean) {
            let (ev, et_) = self.elem_code(a, &l);
            let ev = coerce(ev, &et_, &elem_t);
            let (inputs, elems) = l.inputs();
            let mean = what == N::Mean;
            // and 2-D sums down C-ordered rows (numpy adds each column in order): row by row
            // into the result (`fused_axis::sum_down`)
            quote!(match rt::support::fused_axis::sum_rows::<#et, #n, #r, _>(#inputs, __k, #mean, #[inline(always)] |#elems| Ok(#ev))? {
                Some(__s) => __s,
                None => match rt::support::fused_axis::sum_down::<#et, #n, #r, _>(#inputs, __k, #mean, #[inline(always)] |#elems| Ok(#ev))? {
                    Some(__s) => __s,
                    None => #lanes_call,
                },
            })
        } else {
            lanes_call
        };
        let binds = l.binds;
        let call = quote!({
            #(#binds)*
            let __k: i64 = #k;
            #body
        });
        if r == 0 {
            quote!(rt::numpy::axis::item0(#call))
        } else {
            call
        }
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

/// The position an `argmin`/`argmax` found (an `Option<usize>`), or numpy's error for an
/// empty array.
fn return_arg(at: TokenStream, msg: &str) -> TokenStream {
    quote!(match #at {
        Some(__j) => __j as i64,
        None => return Err(rt::Error::Value(#msg)),
    })
}
