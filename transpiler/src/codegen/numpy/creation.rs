//! New arrays: `zeros`, `full`, `arange`, `linspace`, `array` of lists and tuples, the
//! `*_like` functions, scalar types' constructors of arrays.

use super::store_cast;
use crate::codegen::body::Body;
use crate::codegen::names::elem as elem_type;
use crate::ir::{self, ExprKind};
use crate::library::NumpyFn as N;
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::quote;

impl Body<'_> {
    /// The value `zeros`/`ones`/`full` (and their `_like`) fill an array of `el` with: one,
    /// `args[1]` cast as numpy stores it, or zero.
    fn fill_value(&mut self, ones: bool, full: bool, el: Elem, args: &[ir::Expr]) -> TokenStream {
        if ones {
            Self::one(el)
        } else if full {
            let from = self.ty(&args[1]);
            let v = self.expr(&args[1]);
            store_cast(v, &from, &el.scalar().base())
        } else {
            let ev = crate::codegen::names::value(el);
            quote!(<#ev as ::core::default::Default>::default())
        }
    }

    /// A shape argument (`n` or `(m, n)`) as `[i64; N]`: the same conversion as an index.
    pub(in crate::codegen) fn shape_arg(&mut self, e: &ir::Expr) -> TokenStream {
        self.array_index(e)
    }

    /// The value 1 of an element type (as compiled code computes with it).
    pub(super) fn one(el: Elem) -> TokenStream {
        match el.wide() {
            Elem::Bool => quote!(true),
            Elem::Int64 => quote!(1i64),
            Elem::Float64 => quote!(1.0f64),
            _ => quote!(rt::Complex64::new(1.0, 0.0)),
        }
    }

    pub(in crate::codegen) fn arg_given(args: &[ir::Expr], k: usize) -> Option<&ir::Expr> {
        args.get(k).filter(|a| !matches!(a.kind, ExprKind::Default))
    }

    /// numpy functions that make a new array (or, for `asarray`, return their argument).
    pub(in crate::codegen) fn creation(&mut self, f: N, args: &[ir::Expr], e: &ir::Expr) -> TokenStream {
        let Ty::Array(el, n) = self.full_ty(e) else { unreachable!("creation calls give arrays") };
        let et = elem_type(el);
        match f {
            N::Empty => {
                let shape = self.shape_arg(&args[0]);
                quote!(rt::numpy::creation::empty::<#et, #n>(#shape)?)
            }
            N::Zeros | N::Ones | N::Full => {
                let shape = self.shape_arg(&args[0]);
                let v = self.fill_value(f == N::Ones, f == N::Full, el, args);
                quote!(rt::numpy::creation::full::<#et, #n>(#shape, #v)?)
            }
            N::ZerosLike | N::EmptyLike | N::OnesLike | N::FullLike => {
                let a = self.place(&args[0]);
                let v = self.fill_value(f == N::OnesLike, f == N::FullLike, el, args);
                if f == N::EmptyLike {
                    quote!(rt::NdArray::<#et, #n>::empty(#a.shape()))
                } else {
                    quote!(rt::NdArray::<#et, #n>::full(#a.shape(), #v))
                }
            }
            N::Arange => {
                let t = if el == Elem::Int64 { Ty::Int } else { Ty::Float };
                let given: Vec<&ir::Expr> = (0..3).filter_map(|k| Self::arg_given(args, k)).collect();
                let mut vals: Vec<TokenStream> = given.iter().map(|a| self.expr_as(a, &t)).collect();
                let (zero, one) =
                    if el == Elem::Int64 { (quote!(0i64), quote!(1i64)) } else { (quote!(0.0f64), quote!(1.0f64)) };
                if vals.len() == 1 {
                    vals.insert(0, zero);
                }
                if vals.len() == 2 {
                    vals.push(one);
                }
                let (a, b, c) = (&vals[0], &vals[1], &vals[2]);
                if el == Elem::Int64 {
                    quote!(rt::numpy::creation::arange_int(#a, #b, #c)?)
                } else {
                    quote!(rt::numpy::creation::arange_float(#a, #b, #c)?)
                }
            }
            N::Linspace => {
                let a = self.expr_as(&args[0], &Ty::Float);
                let b = self.expr_as(&args[1], &Ty::Float);
                let num = match Self::arg_given(args, 2) {
                    Some(x) => self.expr_as(x, &Ty::Int),
                    None => quote!(50i64),
                };
                let endpoint = match Self::arg_given(args, 3) {
                    Some(x) => self.truth(x),
                    None => quote!(true),
                };
                quote!(rt::numpy::creation::linspace(#a, #b, #num, #endpoint)?)
            }
            N::Array | N::Asarray | N::Copy => {
                // the array of the argument's own element type, then (`dtype=`) converted
                let tuples = crate::infer::numpy::tuple_array(&self.full_ty(&args[0]));
                let natural = match self.full_ty(&args[0]) {
                    Ty::Array(e, _) => e,
                    _ if tuples.is_some() => tuples.expect("checked").0,
                    Ty::List(inner) => match *inner {
                        Ty::List(t) => Elem::of_scalar(&t).unwrap_or(el),
                        t => Elem::of_scalar(&t).or_else(|| self.display_elem(&args[0])).unwrap_or(el),
                    },
                    _ => el,
                };
                let v = match self.full_ty(&args[0]) {
                    Ty::Array(..) => {
                        let a = self.place(&args[0]);
                        if f == N::Asarray || natural != el {
                            quote!(#a.clone())
                        } else {
                            quote!(#a.copy())
                        }
                    }
                    t if tuples.is_some() => self.array_of_tuples(&args[0], &t, natural),
                    Ty::List(inner) if matches!(*inner, Ty::List(_)) => {
                        let l = self.place(&args[0]);
                        quote!(rt::numpy::creation::from_nested_list(&#l)?)
                    }
                    // a list display of numbers (`np.array([x, y])`): the values straight into the
                    // array's buffer, no list in between (a loop over small vectors made one per turn)
                    Ty::List(inner) if matches!(&args[0].kind, ExprKind::List(items) if !items.is_empty()) => {
                        let ExprKind::List(items) = &args[0].kind else { unreachable!("matched") };
                        // items of different kinds (`[n, 0.5]`): each converted to the promoted type
                        let inner = if Elem::of_scalar(&inner).is_some() { *inner } else { natural.scalar().base() };
                        let items: Vec<TokenStream> = items.iter().map(|x| self.expr_as(x, &inner)).collect();
                        narrow_list(quote!(rt::numpy::creation::from_items([#(#items),*])), &inner)
                    }
                    Ty::List(inner) => {
                        let l = self.place(&args[0]);
                        narrow_list(quote!(rt::numpy::creation::from_list(&#l)), &inner)
                    }
                    _ => {
                        let l = self.place(&args[0]);
                        quote!(rt::numpy::creation::from_list(&#l))
                    }
                };
                if natural == el {
                    v
                } else {
                    super::map_elems(v, natural, el, n)
                }
            }
            f if f.dtype().is_some() => {
                let Ty::Array(from, _) = self.full_ty(&args[0]) else { unreachable!("an array argument") };
                let x = self.place(&args[0]);
                super::map_elems(x, from, el, n)
            }
            _ => {
                let t = self.full_ty(e);
                self.numpy_array_fn(f, args, &t)
            }
        }
    }

    /// The promoted element type of a list display of numbers of different kinds
    /// (`infer::numpy::display_elem`).
    fn display_elem(&self, arg: &ir::Expr) -> Option<Elem> {
        let ExprKind::List(items) = &arg.kind else { return None };
        let tys: Vec<Ty> = items.iter().map(|x| self.full_ty(x)).collect();
        crate::infer::numpy::display_elem(&tys)
    }

    /// `np.array(t)` of a tuple of numbers, a tuple of tuples or a list of tuples, as an array of
    /// `el` (the tuple evaluated once).
    pub(in crate::codegen) fn array_of_tuples(&mut self, e: &ir::Expr, t: &Ty, el: Elem) -> TokenStream {
        let to = el.scalar().base();
        let et = elem_type(el);
        let v = self.expr(e);
        let fields = |prefix: TokenStream, items: &[Ty]| -> Vec<TokenStream> {
            items
                .iter()
                .enumerate()
                .map(|(k, it)| {
                    let i = syn::Index::from(k);
                    store_cast(quote!(#prefix.#i), it, &to)
                })
                .collect()
        };
        match t {
            // a tuple of lists: the rows, each converted, their lengths checked when it runs
            Ty::Tuple(rows) if !rows.is_empty() && rows.iter().all(|r| matches!(r, Ty::List(_))) => {
                let parts: Vec<TokenStream> = rows
                    .iter()
                    .enumerate()
                    .map(|(k, row)| {
                        let i = syn::Index::from(k);
                        let Ty::List(inner) = row else { unreachable!("matched") };
                        let c = store_cast(quote!(__x), inner, &to);
                        quote!(__t.#i.to_vec().into_iter().map(|__x| #c).collect::<Vec<#et>>())
                    })
                    .collect();
                quote!({ let __t = #v; rt::numpy::creation::from_rows::<#et>(vec![#(#parts),*])? })
            }
            Ty::Tuple(items) if items.iter().all(|x| x.is_numeric()) => {
                let n = items.len();
                let parts = fields(quote!(__t), items);
                quote!({ let __t = #v; rt::NdArray::<#et, 1>::from_array([#n], [#(#parts),*]) })
            }
            Ty::Tuple(rows) => {
                let (r, c) = (rows.len(), if let Ty::Tuple(x) = &rows[0] { x.len() } else { 0 });
                let parts: Vec<TokenStream> = rows
                    .iter()
                    .enumerate()
                    .flat_map(|(k, row)| {
                        let i = syn::Index::from(k);
                        let Ty::Tuple(items) = row else { unreachable!("rows are tuples") };
                        fields(quote!(__t.#i), items)
                    })
                    .collect();
                quote!({ let __t = #v; rt::NdArray::<#et, 2>::from_array([#r, #c], [#(#parts),*]) })
            }
            Ty::List(inner) => {
                let Ty::Tuple(items) = &**inner else { unreachable!("a list of tuples") };
                let c = items.len();
                let parts = fields(quote!(__r), items);
                quote!({
                    let __rows = #v.to_vec();
                    let __n = __rows.len();
                    let mut __out = Vec::with_capacity(__n * #c);
                    for __r in __rows {
                        #(__out.push(#parts);)*
                    }
                    rt::NdArray::<#et, 2>::from_vec([__n, #c], __out)
                })
            }
            _ => quote!(compile_error!("pyrs: np.array of tuples")),
        }
    }
}

/// The array made of a list whose items are numpy scalars of a sized type (`[np.float32(x)]`,
/// held in the list as their wide values): converted to that type, numpy's dtype for it.
fn narrow_list(x: TokenStream, item: &Ty) -> TokenStream {
    match item.sized() {
        Some(e) => super::map_elems(x, e.wide(), e, 1),
        None => x,
    }
}
