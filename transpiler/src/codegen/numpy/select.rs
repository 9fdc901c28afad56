//! `np.partition`/`np.argpartition` (one runtime call with the `kth` positions as a slice)
//! and `np.ravel_multi_index`/`np.unravel_index` (numpy's checks first, then the coordinates
//! broadcast to one shape); typed by `infer/select.rs`.

use super::list_as;
use crate::codegen::body::Body;
use crate::codegen::names::elem as elem_type;
use crate::infer::select::{int_array, modes_of, order_of};
use crate::ir::{self, ExprKind};
use crate::library::NumpyFn as N;
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::quote;

impl Body<'_> {
    /// `kth` as something that derefs to `&[i64]`.
    pub(super) fn kth_positions(&mut self, e: &ir::Expr) -> TokenStream {
        let t = self.inst.ty(e).clone();
        let bools = match &t {
            Ty::Tuple(items) => items.contains(&Ty::Bool),
            t => *t == Ty::Bool,
        };
        if bools {
            // numpy's ValueError once the argument is evaluated
            let v = self.expr(e);
            return quote!({ let _ = #v; rt::numpy::partition::bool_kth()? });
        }
        match &t {
            Ty::List(inner) => {
                let l = self.place(e);
                let a = list_as(quote!(#l), inner, Elem::Int64);
                quote!((#a).to_vec())
            }
            Ty::Array(..) => {
                let a = self.arr_as(e, Elem::Int64);
                quote!((#a).to_vec())
            }
            // an int or a tuple of ints: `[i64; n]`
            _ => self.array_index(e),
        }
    }

    pub(super) fn select_call(&mut self, f: N, args: &[ir::Expr], t: &Ty) -> TokenStream {
        let ri = quote!(rt::numpy::ravel_index);
        match f {
            N::Partition | N::Argpartition => {
                // axis=None: of the flattened array
                let flat = matches!(args.get(2).map(|a| &a.kind), Some(ExprKind::None));
                let x = self.arr(&args[0]);
                let x = if flat { quote!(rt::numpy::shape::ravel(&#x)) } else { x };
                let kth = self.kth_positions(&args[1]);
                let axis = if flat { quote!(-1i64) } else { self.int_or(args, 2, -1) };
                let g = if f == N::Partition { quote!(partition) } else { quote!(argpartition) };
                quote!(rt::numpy::partition::#g(&#x, &#kth, #axis)?)
            }
            N::RavelMultiIndex => {
                let (modes, seq) = modes_of(args).expect("checked by inference");
                let order = order_of(args, 3).expect("checked by inference");
                let Ty::Tuple(items) = self.inst.ty(&args[0]).clone() else { unreachable!("checked by inference") };
                let n = items.len();
                let dims = self.array_index(&args[1]);
                // the coordinates, evaluated first (as Python does), each a temporary
                let tuple = self.expr(&args[0]);
                let names: Vec<_> = (0..n).map(|_| self.temp()).collect();
                let lets = items.iter().enumerate().map(|(k, it)| {
                    let (name, idx) = (&names[k], syn::Index::from(k));
                    match int_array(it) {
                        Some(d) => {
                            let Ty::Array(e, _) = it else { unreachable!() };
                            let c = super::map_elems(quote!(__t.#idx), *e, Elem::Int64, d);
                            let c = if *e == Elem::Int64 { quote!(__t.#idx.clone()) } else { c };
                            quote!(let #name = #c;)
                        }
                        None => {
                            let c = crate::codegen::convert::coerce(quote!(__t.#idx), it, &Ty::Int);
                            quote!(let #name = #c;)
                        }
                    }
                });
                let plan = quote!(#ri::ravel_plan(&__d, &[#(#modes),*], #seq, #order, #n)?);
                match t {
                    Ty::Array(_, r) => {
                        let it = elem_type(Elem::Int64);
                        let as_arrays = items.iter().zip(&names).map(|(ty, name)| match int_array(ty) {
                            Some(_) => quote!(let #name = #name;),
                            None => quote!(let #name = rt::NdArray::<#it, 0>::from_vec([], vec![#name]);),
                        });
                        let shapes = names.iter().map(|name| quote!(&#name.shape()[..]));
                        let bcast = names.iter().map(|name| quote!(#name.broadcast_to(__s)?));
                        quote!({
                            let __t = #tuple;
                            #(#lets)*
                            let __d = #dims;
                            let __p = #plan;
                            #(#as_arrays)*
                            let __s = rt::numpy::ndarray::broadcast_shapes::<#r>(&[#(#shapes),*])?;
                            __p.arrays(&[#(#bcast),*])?
                        })
                    }
                    _ => quote!({
                        let __t = #tuple;
                        #(#lets)*
                        let __d = #dims;
                        let __p = #plan;
                        __p.one(&[#(#names),*])?
                    }),
                }
            }
            N::UnravelIndex => {
                let order = order_of(args, 2).expect("checked by inference");
                let Ty::Tuple(items) = t else { unreachable!("a tuple (inference)") };
                let k = items.len();
                let parts = (0..k).map(|i| quote!(__v[#i].clone()));
                // the indices evaluated first, as Python does
                let (x, call) = match self.inst.ty(&args[0]).clone() {
                    Ty::Array(..) => {
                        let x = self.arr_as(&args[0], Elem::Int64);
                        (quote!(&#x), quote!(#ri::unravel(__x, &__d, #order)?))
                    }
                    _ => (self.expr_as(&args[0], &Ty::Int), quote!(#ri::unravel_one(__x, &__d, #order)?)),
                };
                let dims = self.array_index(&args[1]);
                quote!({ let __x = #x; let __d = #dims; let __v = #call; (#(#parts,)*) })
            }
            _ => unreachable!("not a selection function: {f}"),
        }
    }
}
