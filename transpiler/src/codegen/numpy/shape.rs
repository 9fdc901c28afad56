//! numpy functions that are one runtime call on materialised arrays: shapes, joins, sorting,
//! products and norms; array methods.

use super::{given, list_as, map_elems};
use crate::codegen::body::Body;
use crate::codegen::names::{elem as elem_type, value};
use crate::ir::{self, ExprKind};
use crate::library::{Method, NumpyFn as N};
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Body<'_> {
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
            N::Average => self.average(args, &t),
            crate::library::reductions!() => self.reduce_call(f, &args[0], &args[1..], &t),
            crate::library::random_fns!() => self.random_call(f, args, &t),
            crate::library::lapack_fns!() => self.lapack_call(f, args, &t),
            crate::library::matrix_fns!() => self.matrix_call(f, args, &t),
            N::Pad => self.pad_call(args, &t),
            N::Partition | N::Argpartition | N::RavelMultiIndex | N::UnravelIndex => self.select_call(f, args, &t),
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
                    None => crate::codegen::sized::cast(code, e.wide(), e),
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
                let sparse = matches!(args.get(5).map(|a| &a.kind), Some(ExprKind::Bool(true)));
                let parts = (0..n).map(|k| {
                    let m = &ms[k];
                    quote!(#sh::meshgrid::<_, #n>(#m, #k, __lens, __ij, #sparse))
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
                // `prepend=`/`append=`: joined along the axis first (for `n > 0`, as numpy;
                // the arguments are evaluated in any case)
                let mut vals = Vec::new();
                let mut edges = Vec::new();
                for (k, name) in [(3, quote!(__pre)), (4, quote!(__app))] {
                    match given(args, k) {
                        Some(p) if matches!(self.inst.ty(p), Ty::Array(..)) => {
                            let v = self.arr(p);
                            vals.push(quote!(let #name = #v.clone();));
                            edges.push(quote!(Some(#name)));
                        }
                        Some(p) if self.ty(p) != Ty::None => {
                            let v = self.expr_as(p, &el.scalar().base());
                            vals.push(quote!(let #name = #v;));
                            edges.push(quote!(if __n > 0 { Some(#sh::diff_edge(__a, __axis, #name)?) } else { None }));
                        }
                        _ => edges.push(quote!(None)),
                    }
                }
                if vals.is_empty() {
                    quote!(#sh::diff(&#x, #n, #axis, #sub)?)
                } else {
                    let (pre, app) = (&edges[0], &edges[1]);
                    quote!({
                        let __a = &#x;
                        let __n: i64 = #n;
                        let __axis: i64 = #axis;
                        #(#vals)*
                        let __joined = #sh::diff_join(__a, __n, #pre, #app, __axis)?;
                        #sh::diff(&__joined, __n, __axis, #sub)?
                    })
                }
            }
            N::Roll => {
                let x = self.arr(&args[0]);
                let shift = self.expr_as(&args[1], &Ty::Int);
                let axis = match given(args, 2) {
                    Some(a) => {
                        let k = self.expr_as(a, &Ty::Int);
                        quote!(Some(#k))
                    }
                    None => quote!(None),
                };
                quote!(#sh::roll(&#x, #shift, #axis)?)
            }
            N::Repeat => {
                let x = self.arr(&args[0]);
                let r = self.expr_as(&args[1], &Ty::Int);
                match given(args, 2) {
                    None => quote!(#sh::repeat(&#sh::ravel(&#x), #r, 0)?),
                    Some(axis) => {
                        let k = self.expr_as(axis, &Ty::Int);
                        quote!(#sh::repeat(&#x, #r, #k)?)
                    }
                }
            }
            N::Tile => {
                let (_, d) = self.dims(&args[0]);
                let Ty::Array(_, out) = t else { unreachable!("tile gives an array") };
                let k = match self.inst.ty(&args[1]) {
                    Ty::Tuple(items) => items.len(),
                    _ => 1,
                };
                let x = self.arr(&args[0]);
                let reps = self.array_index(&args[1]);
                quote!(#sh::tile::<_, #d, #out, #k>(&#x, #reps)?)
            }
            N::Append => {
                let el = res_el.expect("an array");
                let mut parts = Vec::new();
                for x in &args[..2] {
                    let v = match self.inst.ty(x).clone() {
                        Ty::List(inner) => {
                            let l = self.place(x);
                            list_as(quote!(#l), &inner, el)
                        }
                        _ => {
                            let v = self.arr_as(x, el);
                            quote!((#v).clone())
                        }
                    };
                    parts.push(v);
                }
                let (a, v) = (&parts[0], &parts[1]);
                match given(args, 2) {
                    None => quote!(#sh::concatenate(&[#sh::ravel(&#a), #sh::ravel(&#v)], 0)?),
                    Some(axis) => {
                        let k = self.expr_as(axis, &Ty::Int);
                        quote!(#sh::concatenate(&[#a, #v], #k)?)
                    }
                }
            }
            N::Insert | N::Delete => {
                let el = res_el.expect("an array");
                // `axis=None`: the flattened array along axis 0
                let ax = if f == N::Insert { 3 } else { 2 };
                let a = self.arr(&args[0]);
                let a = match given(args, ax) {
                    Some(_) => quote!((#a)),
                    None => quote!(#sh::ravel(&#a)),
                };
                // several positions: a list or an array of ints (`None`: one int); a mask
                let many = match self.inst.ty(&args[1]).clone() {
                    Ty::List(_) => {
                        let l = self.place(&args[1]);
                        Some(quote!((#l).to_vec()))
                    }
                    Ty::Array(Elem::Bool, _) => {
                        let m = self.arr(&args[1]);
                        let axis = self.int_or(args, ax, 0);
                        return quote!({ let __a = #a; let __m = #m; #sh::delete_mask(&__a, &__m, #axis)? });
                    }
                    Ty::Array(..) => {
                        let x = self.arr_as(&args[1], Elem::Int64);
                        Some(quote!((#x).to_vec()))
                    }
                    _ => None,
                };
                let k = match many {
                    Some(ks) => ks,
                    None => self.expr_as(&args[1], &Ty::Int),
                };
                // values: one number (a one-element array), a list or an array of numbers
                let v = (f == N::Insert).then(|| match self.inst.ty(&args[2]).clone() {
                    Ty::List(inner) => {
                        let l = self.place(&args[2]);
                        list_as(quote!(#l), &inner, el)
                    }
                    Ty::Array(..) => self.arr_as(&args[2], el),
                    _ => {
                        let v = self.expr_as(&args[2], &el.scalar());
                        quote!(rt::NdArray::from_vec([1], vec![#v]))
                    }
                });
                let axis = self.int_or(args, ax, 0);
                let single = !matches!(self.inst.ty(&args[1]), Ty::List(_) | Ty::Array(..));
                match (v, single) {
                    (None, true) => quote!({ let __a = #a; let __k = #k; #sh::delete(&__a, __k, #axis)? }),
                    (None, false) => quote!({ let __a = #a; let __k = #k; #sh::delete_many(&__a, &__k, #axis)? }),
                    (Some(v), true) => {
                        quote!({ let __a = #a; let __k = #k; let __v = #v; #sh::insert(&__a, __k, &__v, #axis, true, false)? })
                    }
                    (Some(v), false) => {
                        quote!({ let __a = #a; let __k = #k; let __v = #v; #sh::insert_many(&__a, &__k, &__v, #axis)? })
                    }
                }
            }
            N::Searchsorted => {
                let (ea, _) = self.dims(&args[0]);
                let vt = self.full_ty(&args[1]);
                let common = match &vt {
                    Ty::Array(ev, _) => Elem::promote(ea, *ev),
                    t if !t.is_np() && t.sized().is_none() => {
                        crate::infer::numpy::weak(ea, Elem::of_scalar(t).expect("a number").kind())
                    }
                    t => Elem::promote(ea, Elem::of_scalar(t).expect("a number")),
                };
                let right = matches!(args.get(2).map(|a| &a.kind), Some(ExprKind::Str(s)) if s == "right");
                let a = self.arr_as(&args[0], common);
                match vt {
                    Ty::Array(..) => {
                        let v = self.arr_as(&args[1], common);
                        quote!(#sh::searchsorted(&#a, &#v, #right))
                    }
                    _ => {
                        let v = self.expr_as(&args[1], &common.scalar().base());
                        quote!(#sh::searchsorted_one(&#a, #v, #right))
                    }
                }
            }
            N::Bincount => {
                let x = self.arr_as(&args[0], Elem::Int64);
                let m = self.int_or(args, 2, 0);
                match given(args, 1) {
                    None => quote!(#sh::bincount(&#x, #m)?),
                    Some(w) => {
                        let wv = self.arr_as(w, Elem::Float64);
                        quote!(#sh::bincount_weighted(&#x, &#wv, #m)?)
                    }
                }
            }
            N::ArraySplit | N::Split => {
                let x = self.arr(&args[0]);
                let axis = self.int_or(args, 2, 0);
                match self.inst.ty(&args[1]).clone() {
                    Ty::List(_) => {
                        let l = self.place(&args[1]);
                        quote!(rt::numpy::split::split_at(&#x, &(#l).to_vec(), #axis)?)
                    }
                    _ => {
                        let k = self.expr_as(&args[1], &Ty::Int);
                        if f == N::Split {
                            quote!(rt::numpy::split::split(&#x, #k, #axis)?)
                        } else {
                            quote!(rt::numpy::split::array_split(&#x, #k, #axis)?)
                        }
                    }
                }
            }
            N::Interp => {
                let nm = quote!(rt::numpy::numeric);
                let xp = self.arr_as(&args[1], Elem::Float64);
                let fp = self.arr_as(&args[2], Elem::Float64);
                let mut side = |k: usize| match given(args, k) {
                    Some(v) => {
                        let v = self.expr_as(v, &Ty::Float);
                        quote!(Some(#v))
                    }
                    None => quote!(None),
                };
                let (left, right) = (side(3), side(4));
                if let Ty::Array(..) = self.inst.ty(&args[0]) {
                    let x = self.arr_as(&args[0], Elem::Float64);
                    quote!(#nm::interp(&#x, &#xp, &#fp, #left, #right)?)
                } else {
                    let x = self.expr_as(&args[0], &Ty::Float);
                    quote!(#nm::interp_one(#x, &#xp, &#fp, #left, #right)?)
                }
            }
            N::Convolve => {
                let el = res_el.expect("an array");
                let a = self.arr_as(&args[0], el);
                let v = self.arr_as(&args[1], el);
                let mode = match args.get(2).map(|a| &a.kind) {
                    Some(ExprKind::Str(s)) => s.clone(),
                    _ => "full".to_string(),
                };
                quote!(rt::numpy::numeric::convolve(&#a, &#v, #mode)?)
            }
            N::Cross => {
                let el = res_el.expect("an array");
                let a = self.arr_as(&args[0], el);
                let b = self.arr_as(&args[1], el);
                let mul = Self::mul_of(el);
                let sub = match el {
                    Elem::Int64 => quote!(|__a: i64, __b: i64| __a.wrapping_sub(__b)),
                    Elem::Float64 => quote!(|__a: f64, __b: f64| __a - __b),
                    _ => quote!(|__a: rt::Complex64, __b: rt::Complex64| __a - __b),
                };
                quote!(rt::numpy::numeric::cross(&#a, &#b, #mul, #sub)?)
            }
            N::Polyval => {
                let p = self.arr_as(&args[0], Elem::Float64);
                if let Ty::Array(..) = self.inst.ty(&args[1]) {
                    let x = self.arr_as(&args[1], Elem::Float64);
                    quote!(rt::numpy::numeric::polyval(&#p, &#x))
                } else {
                    let x = self.expr_as(&args[1], &Ty::Float);
                    quote!(rt::numpy::numeric::polyval_one(&#p, #x))
                }
            }
            N::Einsum => {
                let es = quote!(rt::numpy::einsum);
                let Some(ExprKind::Str(spec)) = args.first().map(|a| &a.kind) else { unreachable!("a literal (inference)") };
                let ops: Vec<(Elem, usize)> = args[1..].iter().map(|a| self.dims(a)).collect();
                let el = ops.iter().map(|o| o.0).reduce(Elem::promote).expect("operands");
                let ndims: Vec<usize> = ops.iter().map(|o| o.1).collect();
                let (terms, out) = crate::infer::numpy::einsum_spec(spec, &ndims).expect("checked by inference");
                let xs: Vec<TokenStream> = args[1..].iter().map(|a| self.arr_as(a, el)).collect();
                let mul = Self::mul_of(el);
                let la = &terms[0];
                let a = &xs[0];
                match (xs.len(), out.is_empty()) {
                    (1, true) => quote!(#es::einsum1_scalar(#la, &#a)?),
                    (1, false) => quote!(#es::einsum1(#la, &#a, #out)?),
                    (_, true) => {
                        let (lb, b) = (&terms[1], &xs[1]);
                        quote!(#es::einsum2_scalar(#la, &#a, #lb, &#b, #mul)?)
                    }
                    _ => {
                        let (lb, b) = (&terms[1], &xs[1]);
                        quote!(#es::einsum2(#la, &#a, #lb, &#b, #out, #mul)?)
                    }
                }
            }
            N::RConcat => {
                let el = res_el.expect("an array");
                let parts: Vec<TokenStream> = args
                    .iter()
                    .map(|x| match self.inst.ty(x) {
                        Ty::Array(..) => {
                            let v = self.arr_as(x, el);
                            quote!((#v).clone())
                        }
                        t => {
                            // a Python number converted as numpy converts a weak scalar, a
                            // numpy scalar cast as numpy casts it
                            let from = self.full_ty(x);
                            let v = match Elem::of_scalar(&from) {
                                Some(fe) if from.is_np() || from.sized().is_some() => {
                                    let v = self.expr(x);
                                    crate::codegen::sized::cast(v, fe, el)
                                }
                                _ => {
                                    let v = self.expr(x);
                                    let w = crate::codegen::sized::weak(v, &t.base(), el);
                                    let wt = if el.is_sized() { el.scalar().base() } else { t.base() };
                                    crate::codegen::convert::coerce(w, &wt, &el.scalar().base())
                                }
                            };
                            quote!(rt::NdArray::from_vec([1], vec![#v]))
                        }
                    })
                    .collect();
                quote!(#sh::concatenate(&[#(#parts),*], 0)?)
            }
            N::Histogram => {
                let hi = quote!(rt::numpy::histogram);
                let (el, _) = self.dims(&args[0]);
                // the data in the type the bins are computed in: float64, or int64 for ints
                // (equal bins), the common type with the edges (an array of edges)
                let bins_ty = given(args, 1).map(|b| self.inst.ty(b).clone());
                let edges = match &bins_ty {
                    Some(Ty::List(inner)) => Some(Elem::of_scalar(inner).expect("numbers (inference)")),
                    Some(Ty::Array(be, _)) => Some(*be),
                    _ => None,
                };
                let data = match edges {
                    Some(be) if be == Elem::Float64 || el == Elem::Float64 => Elem::Float64,
                    _ if el == Elem::Float64 => Elem::Float64,
                    _ => Elem::Int64,
                };
                let a = self.arr_as(&args[0], data);
                let bins = match (edges, bins_ty) {
                    (Some(be), Some(Ty::List(inner))) => {
                        let l = self.place(&args[1]);
                        list_as(quote!(#l), &inner, be)
                    }
                    (Some(_), _) => self.arr(&args[1]),
                    (None, _) => self.int_or(args, 1, 10),
                };
                let range = match given(args, 2) {
                    Some(r) => {
                        let v = self.expr(r);
                        let Ty::Tuple(items) = self.inst.ty(r).clone() else { unreachable!("a tuple (inference)") };
                        let lo = crate::codegen::convert::coerce(quote!(__r.0), &items[0].base(), &Ty::Float);
                        let hi_ = crate::codegen::convert::coerce(quote!(__r.1), &items[1].base(), &Ty::Float);
                        quote!({ let __r = #v; Some((#lo, #hi_)) })
                    }
                    None => quote!(None::<(f64, f64)>),
                };
                let density = matches!(args.get(3).map(|a| &a.kind), Some(ExprKind::Bool(true)));
                let weights = given(args, 4).map(|w| self.arr(w));
                let call = match (edges, weights) {
                    (None, None) => quote!({ let __a = #a; let __b = #bins; let _r = #range; #hi::histogram(&__a, __b, _r)? }),
                    (None, Some(w)) => {
                        quote!({ let __a = #a; let __b = #bins; let _r = #range; let __w = #w; #hi::histogram_weighted(&__a, __b, _r, &__w)? })
                    }
                    (Some(be), w) => {
                        // the edges returned as given, compared in the data's common type
                        let cmp = if be == data { quote!(__b.clone()) } else { map_elems(quote!(__b), be, data, 1) };
                        let n = match w {
                            None => quote!(#hi::histogram_edges(&__a, &__c)?),
                            Some(w) => quote!({ let __w = #w; #hi::histogram_edges_weighted(&__a, &__c, &__w)? }),
                        };
                        quote!({ let __a = #a; let __b = #bins; let _ = #range; let __c = #cmp; (#n, __b) })
                    }
                };
                if density {
                    quote!({ let (__n, __e) = #call; (#hi::density(&__n, &__e), __e) })
                } else {
                    call
                }
            }
            N::Put => {
                // in place at flat positions; `v` converted to the array's dtype first
                let (el, _) = self.dims(&args[0]);
                let a = self.arr(&args[0]);
                let ind = if matches!(self.inst.ty(&args[1]), Ty::Array(..)) {
                    let i = self.arr(&args[1]);
                    quote!(#i.to_vec())
                } else {
                    let i = self.expr_as(&args[1], &Ty::Int);
                    quote!(vec![#i])
                };
                let v = if matches!(self.inst.ty(&args[2]), Ty::Array(..)) {
                    let v = self.arr_as(&args[2], el);
                    quote!(#v.to_vec())
                } else {
                    let v = self.expr_as(&args[2], &el.scalar().base());
                    quote!(vec![#v])
                };
                let mode: u8 = match args.get(3).map(|a| &a.kind) {
                    Some(ExprKind::Str(m)) if m == "wrap" => 1,
                    Some(ExprKind::Str(m)) if m == "clip" => 2,
                    _ => 0,
                };
                quote!(#sh::put(&#a, #ind, #v, #mode)?)
            }
            N::Copyto => {
                // `dst[...] = src`: broadcast, cast as numpy casts on assignment
                let (el, n) = self.dims(&args[0]);
                let dst = self.arr(&args[0]);
                self.assign_into(quote!(#dst.clone()), el, n, None, &args[1])
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
            N::Vdot
                if matches!(
                    (self.full_ty(&args[0]), self.full_ty(&args[1])),
                    (Ty::Array(Elem::Float64, _), Ty::Array(Elem::Float64, _))
                ) =>
            {
                let a = self.arr(&args[0]);
                let b = self.arr(&args[1]);
                quote!(#la::vdot_f64(&#a, &#b)?)
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
                let (ea, na) = self.dims(&args[0]);
                let (eb, nb) = self.dims(&args[1]);
                if na == 1 && nb == 1 && f != N::Matmul && ea == Elem::Float64 && eb == Elem::Float64 {
                    let a = self.arr(&args[0]);
                    let b = self.arr(&args[1]);
                    return quote!(#la::dot_f64(&#a, &#b)?);
                }
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
                // keepdims=True: the norm, then the reduced axes back with length 1
                let keep = matches!(args.get(3).map(|x| &x.kind), Some(ExprKind::Bool(true)));
                // `axis=(r, c)` of a matrix: numpy's norm with no axis, `ord` ±1 and ±inf
                // swapped over (1, 0) (`infer::numpy::norm_axes`); duplicate axes numpy's
                // ValueError
                let two_axes = given(args, 2).and_then(crate::infer::numpy::norm_axes);
                let dup = matches!(two_axes, Some((r, c)) if r.rem_euclid(2) == c.rem_euclid(2));
                let swap = matches!(two_axes, Some((r, c)) if r.rem_euclid(2) == 1 && c.rem_euclid(2) == 0);
                let axis_arg = given(args, 2).filter(|_| two_axes.is_none());
                let t = match (keep, axis_arg) {
                    (false, _) => t.clone(),
                    (true, Some(_)) if n > 1 => Ty::Array(out, n - 1),
                    (true, _) => out.scalar(),
                };
                let ord = given(args, 1);
                let konst = match ord.and_then(norm_ord) {
                    Some(NormOrd::Num(p)) if swap && (p.abs() == 1.0 || p.abs() == f64::INFINITY) => {
                        Some(NormOrd::Num(if p.abs() == 1.0 { p * f64::INFINITY } else { p.signum() }))
                    }
                    k => k,
                };
                let vector_ord = |b: &mut Self| match (ord, &konst) {
                    (None, _) => Ok(quote!(None)),
                    (Some(o), Some(NormOrd::Num(p))) if swap => {
                        let _ = o;
                        let v = if *p == f64::INFINITY {
                            quote!(f64::INFINITY)
                        } else if *p == f64::NEG_INFINITY {
                            quote!(f64::NEG_INFINITY)
                        } else {
                            quote!(#p)
                        };
                        Ok(quote!(Some(#v)))
                    }
                    (_, Some(NormOrd::Str(s))) => Err(format!("Invalid norm order '{s}' for vectors")),
                    (Some(o), _) => {
                        let v = b.expr_as(o, &Ty::Float);
                        Ok(quote!(Some(#v)))
                    }
                };
                let code = match axis_arg {
                    _ if dup => quote!(#la::bad_ord("Duplicate axes given.")?),
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
                        // the singular values' max, min or sum, from numpy's LAPACK
                        (_, Some(NormOrd::Str(s))) if n == 2 && s == "nuc" => self.norm_svd_call(&args[0], el, 0),
                        (_, Some(NormOrd::Num(p))) if n == 2 && (*p == 2.0 || *p == -2.0) => {
                            self.norm_svd_call(&args[0], el, *p as i64)
                        }
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
                let code = match &t {
                    Ty::Array(_, r) if out != Elem::Float64 => map_elems(code, Elem::Float64, out, *r),
                    Ty::Array(..) => code,
                    _ if out != Elem::Float64 => crate::codegen::sized::cast(code, Elem::Float64, out),
                    _ => code,
                };
                if !keep {
                    return code;
                }
                let (inner, r) = match &t {
                    Ty::Array(_, r) => (code, *r),
                    _ => {
                        let it = elem_type(out);
                        (quote!(rt::numpy::index::scalar::<#it>(#code)), 0)
                    }
                };
                let axes = match axis_arg {
                    Some(axis) => {
                        let k = self.expr_as(axis, &Ty::Int);
                        quote!([#k])
                    }
                    None => quote!([]),
                };
                quote!(rt::numpy::axis::keep_dims::<_, #r, #n, _>(#inner, #axes))
            }
            N::Argsort => {
                // axis=None: of the flattened array
                let flat = matches!(args.get(1).map(|a| &a.kind), Some(ExprKind::None));
                let x = self.arr(&args[0]);
                let x = if flat { quote!(#sh::ravel(&#x)) } else { x };
                let axis = if flat { quote!(-1i64) } else { self.int_or(args, 1, -1) };
                let kind = match args.get(2).map(|a| &a.kind) {
                    Some(ExprKind::Str(k)) => k.clone(),
                    _ => "quicksort".to_string(),
                };
                if matches!(kind.as_str(), "stable" | "mergesort") {
                    quote!(rt::numpy::sorting::argsort_stable(&#x, #axis)?.0)
                } else {
                    // ties ordered by numpy's own sort (its default is not stable)
                    quote!(rt::py::npsort::argsort(&#x, #axis, #kind)?)
                }
            }
            N::Sort if matches!(args.get(1).map(|a| &a.kind), Some(ExprKind::None)) => {
                // axis=None: of the flattened array
                let x = self.arr(&args[0]);
                quote!(#sh::sort(&#sh::ravel(&#x), -1)?)
            }
            N::Sort => {
                let x = self.arr(&args[0]);
                let axis = self.int_or(args, 1, -1);
                quote!(#sh::sort(&#x, #axis)?)
            }
            N::Unique if given(args, 4).is_some_and(|a| self.ty(a) != Ty::None) => {
                // `axis=k`: numpy's rows of the slices along it
                let x = self.arr(&args[0]);
                let k = self.int_or(args, 4, 0);
                let picked: Vec<TokenStream> = (1..4)
                    .filter(|&k| matches!(args.get(k).map(|a| &a.kind), Some(ExprKind::Bool(true))))
                    .map(|k| {
                        let i = syn::Index::from(k);
                        quote!(__u.#i)
                    })
                    .collect();
                if picked.is_empty() {
                    quote!(rt::numpy::sorting::unique_axis(&#x, #k)?.0)
                } else {
                    quote!({ let __u = rt::numpy::sorting::unique_axis(&#x, #k)?; (__u.0, #(#picked,)*) })
                }
            }
            N::Unique if matches!(t, Ty::Tuple(_)) => {
                let x = self.arr(&args[0]);
                let picked = (1..4)
                    .filter(|&k| matches!(args.get(k).map(|a| &a.kind), Some(ExprKind::Bool(true))))
                    .map(|k| {
                        let i = syn::Index::from(k);
                        quote!(__u.#i)
                    });
                quote!({ let __u = rt::numpy::sorting::unique_all(&#x); (__u.0, #(#picked,)*) })
            }
            N::Unique => {
                let x = self.arr(&args[0]);
                quote!(#sh::unique(&#x))
            }
            N::Median
            | N::Percentile
            | N::Quantile
            | N::Ptp
            | N::Nanmedian
            | N::Nanpercentile
            | N::Nanquantile => {
                let nan = matches!(f, N::Nanmedian | N::Nanpercentile | N::Nanquantile);
                let f = match f {
                    N::Nanmedian => N::Median,
                    N::Nanpercentile => N::Percentile,
                    N::Nanquantile => N::Quantile,
                    f => f,
                };
                let so = quote!(rt::numpy::sorting);
                let (_, n) = self.dims(&args[0]);
                let x = self.arr(&args[0]);
                let percent = f == N::Percentile;
                let q_array = matches!(f, N::Percentile | N::Quantile) && matches!(self.inst.ty(&args[1]), Ty::Array(..));
                let q = match f {
                    N::Percentile | N::Quantile if !q_array => self.expr_as(&args[1], &Ty::Float),
                    _ => quote!(0.0f64),
                };
                let ax = if matches!(f, N::Median | N::Ptp) { 1 } else { 2 };
                let el = self.dims(&args[0]).0;
                // float32 `median` in float32 (`quantile_f32`)
                if el == Elem::Float32 && f == N::Median {
                    let qf = quote!(rt::numpy::quantile_f32);
                    return match given(args, ax) {
                        None => quote!(#qf::median_all(&#x)),
                        Some(axis) => {
                            let k = self.expr_as(axis, &Ty::Int);
                            let r = n - 1;
                            let call = quote!(#qf::median_axis::<#n, #r>(&#x, #k)?);
                            if r == 0 {
                                quote!(rt::numpy::axis::item0(#call))
                            } else {
                                call
                            }
                        }
                    };
                }
                // `method=`: a literal inference checked ('linear' at an int `q` of `quantile`
                // takes elements as 'lower')
                let method = if matches!(f, N::Percentile | N::Quantile) {
                    crate::infer::numpy::quantile_call_method(f, args, Some(self.inst.ty(&args[1])))
                        .expect("inference checked `method`")
                } else {
                    0
                };
                let discrete = matches!(f, N::Percentile | N::Quantile) && crate::infer::numpy::quantile_method_discrete(method);
                // `_lerp`'s precision (`rt::numpy::sorting::prec`): float32 arrays in float32 at a
                // Python number `q`, with float32 differences at an array `q`
                let weak = args.get(1).is_some_and(|q| matches!(self.inst.ty(q), Ty::Float | Ty::Int));
                let prec: u8 = match (el, weak) {
                    (Elem::Float32, true) => 1,
                    (Elem::Float32, false) => 2,
                    _ => 0,
                };
                if q_array {
                    let qa = self.arr(&args[1]);
                    return match (given(args, ax), discrete) {
                        (None, true) => quote!(#so::quantiles_discrete_all(&#x, &#qa, #percent, #method, #nan)?),
                        (None, false) => quote!(#so::quantiles_all(&#x, &#qa, #percent, #method, #nan, #prec)?),
                        (Some(axis), d) => {
                            let k = self.expr_as(axis, &Ty::Int);
                            let r = n - 1;
                            if d {
                                quote!(#so::quantiles_discrete_axis::<_, _, #n, #r>(&#x, &#qa, #k, #percent, #method, #nan)?)
                            } else {
                                quote!(#so::quantiles_axis::<_, _, #n, #r>(&#x, &#qa, #k, #percent, #method, #nan, #prec)?)
                            }
                        }
                    };
                }
                match given(args, ax) {
                    None => match f {
                        N::Median => quote!(#so::median_all(&#x, #nan)),
                        N::Ptp => quote!(#so::ptp_all(&#x)?),
                        _ if discrete => quote!(#so::quantile_discrete_all(&#x, #q, #percent, #method, #nan)?),
                        _ => quote!(#so::quantile_all(&#x, #q, #percent, #method, #nan, #prec)?),
                    },
                    Some(axis) => {
                        let k = self.expr_as(axis, &Ty::Int);
                        let r = n - 1;
                        let out = if prec == 1 { quote!(f32) } else { quote!(f64) };
                        let call = match f {
                            N::Median => quote!(#so::median_axis::<_, #n, #r>(&#x, #k, #nan)?),
                            N::Ptp => quote!(#so::ptp_axis::<_, #n, #r>(&#x, #k)?),
                            _ if discrete => {
                                quote!(#so::quantile_discrete_axis::<_, #n, #r>(&#x, #q, #k, #percent, #method, #nan)?)
                            }
                            _ => quote!(#so::quantile_axis::<_, #out, #n, #r>(&#x, #q, #k, #percent, #method, #nan, #prec)?),
                        };
                        if r == 0 {
                            quote!(rt::numpy::axis::item0(#call))
                        } else {
                            call
                        }
                    }
                }
            }
            N::Lexsort => {
                let el = match self.inst.ty(&args[0]) {
                    Ty::Tuple(ts) => match ts.first() {
                        Some(Ty::Array(e, _)) => *e,
                        _ => Elem::Float64,
                    },
                    _ => Elem::Float64,
                };
                let parts = self.parts(&args[0], el);
                quote!(rt::numpy::sorting::lexsort(&[#(#parts),*])?)
            }
            N::ArrayEqual => {
                use crate::types::Kind;
                let (e1, e2) = (self.dims(&args[0]).0, self.dims(&args[1]).0);
                // numpy's common type of `==` (uint64 refused by inference)
                let common = match (e1.kind().max(e2.kind()), e1 == Elem::Bool && e2 == Elem::Bool) {
                    (_, true) => Elem::Bool,
                    (Kind::Complex, _) => Elem::Complex128,
                    (Kind::Float, _) => Elem::Float64,
                    _ => Elem::Int64,
                };
                let a = self.arr_as(&args[0], common);
                let b = self.arr_as(&args[1], common);
                let equal_nan = match given(args, 2) {
                    Some(e) => self.expr_as(e, &Ty::Bool),
                    None => quote!(false),
                };
                quote!(rt::numpy::array_equal::array_equal(&#a, &#b, #equal_nan))
            }
            N::NanToNum => {
                let (el, _) = self.dims(&args[0]);
                let x = self.arr(&args[0]);
                let opt = |b: &mut Self, k: usize| match given(args, k) {
                    Some(e) => {
                        let v = b.expr_as(e, &Ty::Float);
                        quote!(Some(#v))
                    }
                    None => quote!(None),
                };
                let nan = match given(args, 2) {
                    Some(e) => self.expr_as(e, &Ty::Float),
                    None => quote!(0.0f64),
                };
                let (p, m) = (opt(self, 3), opt(self, 4));
                let single = matches!(el, Elem::Float32 | Elem::Complex64);
                match el.kind() {
                    crate::types::Kind::Float => quote!(rt::numpy::nan_to_num::real(&#x, #nan, #p, #m, #single)),
                    crate::types::Kind::Complex => quote!(rt::numpy::nan_to_num::complex(&#x, #nan, #p, #m, #single)),
                    _ => quote!(#x.copy()),
                }
            }
            N::Flatnonzero | N::Argwhere => {
                let (el, _) = self.dims(&args[0]);
                let x = self.arr_widened(&args[0], el.is_sized());
                let g = format_ident!("{}", f.name());
                quote!(rt::numpy::sorting::#g(&#x))
            }
            N::Isin | N::Intersect1d | N::Union1d | N::Setdiff1d | N::Digitize => {
                let x = self.arr(&args[0]);
                let y = self.arr(&args[1]);
                let g = format_ident!("{}", f.name());
                let flag = |k: usize| matches!(args.get(k).map(|a| &a.kind), Some(ExprKind::Bool(true)));
                match f {
                    N::Isin => {
                        let invert = flag(3);
                        quote!(rt::numpy::sorting::isin(&#x, &#y, #invert))
                    }
                    N::Digitize => {
                        let right = match given(args, 2) {
                            Some(r) => self.expr_as(r, &Ty::Bool),
                            None => quote!(false),
                        };
                        quote!(rt::numpy::sorting::digitize(&#x, &#y, #right)?)
                    }
                    _ => quote!(rt::numpy::sorting::#g(&#x, &#y)),
                }
            }
            N::NanFill => {
                let (el, _) = self.dims(&args[0]);
                let x = self.arr(&args[0]);
                if !matches!(el, Elem::Float64 | Elem::Float32) {
                    // no NaN to replace: numpy reduces the array itself
                    return quote!((#x).clone());
                }
                let value = match args.get(1).map(|a| &a.kind) {
                    Some(ExprKind::Float(v)) => *v,
                    _ => 0.0,
                };
                let value = if value.is_infinite() {
                    if value > 0.0 {
                        quote!(f64::INFINITY)
                    } else {
                        quote!(f64::NEG_INFINITY)
                    }
                } else {
                    quote!(#value)
                };
                let nf = quote!(rt::numpy::nanfuncs);
                let mode = match args.get(2).map(|a| &a.kind) {
                    Some(ExprKind::Int(1)) => quote!(#nf::AllNan::Keep),
                    Some(ExprKind::Int(2)) => quote!(#nf::AllNan::Raise),
                    _ => quote!(#nf::AllNan::Replace),
                };
                let axis = match given(args, 3) {
                    Some(a) => {
                        let k = self.expr_as(a, &Ty::Int);
                        quote!(Some(#k))
                    }
                    None => quote!(None),
                };
                quote!(#nf::fill(&#x, #value, #mode, #axis)?)
            }
            N::Nanmean | N::Nanvar | N::Nanstd => {
                let (el, n) = self.dims(&args[0]);
                if el == Elem::Float32 && f == N::Nanmean {
                    let nf = quote!(rt::numpy::nanfuncs);
                    let x = self.arr(&args[0]);
                    return match given(args, 1) {
                        None => quote!(#nf::mean_all_f32(&#x)?),
                        Some(axis) => {
                            let k = self.expr_as(axis, &Ty::Int);
                            let r = n - 1;
                            let call = quote!(#nf::mean_axis_f32::<#n, #r>(&#x, #k)?);
                            if r == 0 {
                                quote!(rt::numpy::axis::item0(#call))
                            } else {
                                call
                            }
                        }
                    };
                }
                if el != Elem::Float64 {
                    // no NaN: numpy's `mean`, `var`, `std`
                    let plain = match f {
                        N::Nanmean => N::Mean,
                        N::Nanvar => N::Var,
                        _ => N::Std,
                    };
                    return self.reduce_call(plain, &args[0], &args[1..], result);
                }
                let nf = quote!(rt::numpy::nanfuncs);
                let x = self.arr(&args[0]);
                let ddof = self.int_or(args, 4, 0);
                let sqrt = f == N::Nanstd;
                match given(args, 1) {
                    None if f == N::Nanmean => quote!(#nf::mean_all(&#x)?),
                    None => quote!(#nf::var_all(&#x, #ddof, #sqrt)?),
                    Some(axis) => {
                        let k = self.expr_as(axis, &Ty::Int);
                        let r = n - 1;
                        let call = if f == N::Nanmean {
                            quote!(#nf::mean_axis::<#n, #r>(&#x, #k)?)
                        } else {
                            quote!(#nf::var_axis::<#n, #r>(&#x, #k, #ddof, #sqrt)?)
                        };
                        if r == 0 {
                            quote!(rt::numpy::axis::item0(#call))
                        } else {
                            call
                        }
                    }
                }
            }
            N::Nansum | N::Nanprod | N::Nancumsum | N::Nancumprod | N::Nanmax | N::Nanmin | N::Nanargmax | N::Nanargmin => {
                let msg = format!("pyrs: numpy.{f} is a reduction of NanFill after lowering");
                quote!(compile_error!(#msg))
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
            | N::Ceil | N::Trunc | N::Fabs | N::Abs | N::Absolute | N::Square | N::Minimum | N::Maximum | N::Fmod | N::Divmod | N::Isnan
            | N::Isinf | N::Isfinite | N::Sign | N::Conj | N::Real | N::Imag | N::Clip | N::Fmin | N::Fmax
            | N::Round | N::Around | N::Power | N::Angle | N::Where | N::Isclose | N::Allclose
            | crate::library::operator_fns!()
            // new arrays: `Body::array_value` (creation)
            | N::Zeros | N::Ones | N::Empty | N::Full | N::ZerosLike | N::OnesLike | N::EmptyLike | N::FullLike
            | N::Arange | N::Linspace | N::Array | N::Asarray | N::Copy
            // loops: `Body::iter_code`
            | N::Ndenumerate | N::Ndindex
            // scalar conversions: `Body::np_scalar_ctor`
            | N::Bool | N::BoolScalar | N::Int8 | N::Int16 | N::Int32 | N::Int64 | N::Uint8 | N::Uint16 | N::Uint32
            | N::Uint64 | N::Float32 | N::Float64 | N::Double | N::Single | N::Intp | N::Complex64 | N::Complex128 => {
                let msg = format!("pyrs: numpy.{f} is emitted elsewhere, not as a call on materialised arrays");
                quote!(compile_error!(#msg))
            }
        }
    }

    /// `np.average(a, axis, weights)`: `mean` without weights; with weights numpy's
    /// `(a * w).sum(axis) / w.sum(axis)` in float64 (the runtime's `average_*`).
    fn average(&mut self, args: &[ir::Expr], t: &Ty) -> TokenStream {
        let Some(w) = given(args, 2) else {
            return self.reduce_call(N::Mean, &args[0], &args[1..args.len().min(2)], t);
        };
        let ax = quote!(rt::numpy::axis);
        let (_, n) = self.dims(&args[0]);
        let (_, wn) = self.dims(w);
        let a = self.arr_as(&args[0], Elem::Float64);
        let wv = self.arr_as(w, Elem::Float64);
        match given(args, 1) {
            None => quote!(#ax::average_all(&#a, &#wv)?),
            Some(axis) => {
                let k = self.expr_as(axis, &Ty::Int);
                let r = n - 1;
                let call = quote!(#ax::average_axis::<#n, #r, #wn>(&#a, &#wv, #k)?);
                if r == 0 {
                    quote!(#ax::item0(#call))
                } else {
                    call
                }
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
            Method::Partition => {
                let x = self.arr(receiver);
                let kth = self.kth_positions(&args[0]);
                let axis = self.int_or(args, 1, -1);
                quote!(rt::numpy::partition::partition_inplace(&#x, &#kth, #axis)?)
            }
            Method::Argpartition => {
                let mut all = vec![receiver.clone()];
                all.extend(args.iter().cloned());
                self.select_call(crate::library::NumpyFn::Argpartition, &all, result)
            }
            _ => {
                let f = method.numpy_fn().expect("an array method named after its numpy function");
                let mut all = vec![receiver.clone()];
                all.extend(args.iter().cloned());
                self.numpy_array_fn(f, &all, result)
            }
        }
    }
}
