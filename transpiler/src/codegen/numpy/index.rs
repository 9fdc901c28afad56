//! Indexing beyond views: `a.flat[k]` reads and stores, boolean masks and integer-array
//! (fancy) selections.

use crate::codegen::body::Body;
use crate::codegen::convert::coerce;
use crate::codegen::names::elem as elem_type;
use crate::ir::{self, ExprKind};
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Body<'_> {
    /// The array a subscript of `flat` reads or writes (`x.flat[...]`: `x`; a kept
    /// `it = a.flat`: its array, the iterator reset as numpy's subscripts reset it) and its
    /// element type.
    fn flat_array(&mut self, flat: &ir::Expr) -> (TokenStream, Elem) {
        match &flat.kind {
            ExprKind::Attribute(x, _) if crate::infer::is_flat(flat) => {
                let (el, _) = self.dims(x);
                (self.place(x), el)
            }
            _ => {
                let Ty::Flat(el, _) = self.inst.ty(flat).clone() else { unreachable!("a flat iterator") };
                let v = self.expr(flat);
                (quote!((#v.subscript())), el)
            }
        }
    }

    /// `flat.flat[index]` read: an element, or (a slice) a new 1-D array.
    pub fn flat_read(&mut self, flat: &ir::Expr, index: &ir::Expr) -> TokenStream {
        let (a, _) = self.flat_array(flat);
        match &index.kind {
            ExprKind::Slice { .. } => {
                let items = self.idx_items(index);
                quote!({ let rt::Idx::Slice(__lo, __hi, __st) = #(#items)* else { unreachable!() }; rt::numpy::flat::slice(&#a, __lo, __hi, __st)? })
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
        let (a, el) = self.flat_array(flat);
        let slice = matches!(index.kind, ExprKind::Slice { .. });
        // a kept `it = a.flat` (a variable): numpy leaves it at the last element an int array
        // index wrote
        let kept = match &flat.kind {
            ExprKind::Local(_) if !slice && matches!(self.inst.ty(flat), Ty::Flat(..)) => Some(self.expr(flat)),
            _ => None,
        };
        if let (true, Some((op, rhs))) = (slice || matches!(self.inst.ty(index), Ty::Array(..)), update) {
            // `a.flat[i:j] op= v`: numpy reads the elements, combines them with `v` broadcast, and
            // writes them back, as `a[idx] op= v` does
            let code = self.fancy_assign(flat, index, Some(op), rhs);
            return match (kept, &index.kind) {
                (Some(it), ExprKind::Local(_)) => {
                    let i = self.arr(index);
                    quote!({ #code; #it.settle(&#i); })
                }
                _ => code,
            };
        }
        if slice || matches!(self.inst.ty(index), Ty::Array(..)) {
            // several elements: the values in C order, converted, repeated as numpy repeats them
            let ev = crate::codegen::names::value(el);
            let vals = match t {
                Ty::Array(vel, n) => {
                    let conv = crate::codegen::numpy::store_plain(quote!(__x), &vel.scalar(), el, false);
                    let vv = crate::codegen::names::value(*vel);
                    let _ = n;
                    quote!(#v.to_vec().into_iter().map(|__x: #vv| -> rt::Result<#ev> { Ok(#conv) }).collect::<rt::Result<Vec<#ev>>>()?)
                }
                _ => {
                    let conv = crate::codegen::numpy::store_plain(v, t, el, true);
                    quote!(vec![#conv])
                }
            };
            let call = if slice {
                let item = self.idx_item(index);
                quote!({ let rt::Idx::Slice(__lo, __hi, __st) = #item else { unreachable!() }; rt::numpy::flat::set_slice(&#a, __lo, __hi, __st, &__vals)?; })
            } else {
                let i = self.arr(index);
                match kept {
                    Some(it) => quote!({
                        let __i = &#i;
                        let __r = rt::numpy::flat::put(&#a, __i, &__vals);
                        #it.settle(__i);
                        __r?;
                    }),
                    None => quote!(rt::numpy::flat::put(&#a, &#i, &__vals)?;),
                }
            };
            return quote!({ let __vals: Vec<#ev> = #vals; #call });
        }
        let k = self.expr_as(index, &Ty::Int);
        if update.is_none() {
            // Python evaluates the value, then the target; numpy checks the index before it
            // converts the value
            let conv = crate::codegen::convert::coerce_store(quote!(__raw), t, &el.scalar());
            let conv = crate::codegen::sized::check_int_store(conv, el);
            return quote!({
                let __raw = #v;
                let __a = &#a;
                let __k: i64 = #k;
                rt::numpy::flat::set_with(__a, __k, move || -> rt::Result<_> { Ok(#conv) })?;
            });
        }
        let (new, nt) = match update {
            Some((op, rhs)) => self.elem_binop(op, quote!(rt::numpy::flat::get(__a, __k)?), el, v, t, rhs, false),
            None => (v, t.clone()),
        };
        let new = crate::codegen::convert::coerce_store(new, &nt, &el.scalar());
        let new = crate::codegen::sized::check_int_store(new, el);
        quote!({ let __a = &#a; let __k: i64 = #k; let __v = #new; rt::numpy::flat::set(__a, __k, __v)?; })
    }

    /// The selection of `base[index]` with an array index (mask or integers): `(array binding,
    /// selection binding, result dims)`.
    pub(in crate::codegen) fn selection(
        &mut self,
        base: &ir::Expr,
        index: &ir::Expr,
    ) -> (proc_macro2::Ident, proc_macro2::Ident, TokenStream) {
        if crate::infer::is_flat(base) || matches!(self.inst.ty(base), Ty::Flat(..)) {
            {
                // `a.flat[i:j]`, `a.flat[idx]`: flat positions of `x`
                let (v, _) = self.flat_array(base);
                let (ta, ts) = (self.temp(), self.temp());
                let sel = if matches!(index.kind, ExprKind::Slice { .. }) {
                    let item = self.idx_item(index);
                    quote!({ let rt::Idx::Slice(__lo, __hi, __st) = #item else { unreachable!() }; rt::numpy::flat::select_slice(#ta, __lo, __hi, __st)? })
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
                                Ty::None => quote!(#ix::Basic(rt::Idx::NewAxis)),
                                it => {
                                    let k = coerce(quote!(#t.#idx), it, &Ty::Int);
                                    quote!(#ix::Basic(rt::Idx::At(#k)))
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
            _ if matches!(self.inst.ty(base), Ty::Flat(..)) => {
                let Ty::Flat(el, n) = self.inst.ty(base).clone() else { unreachable!() };
                (el, n)
            }
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
        let (ev, uv) = (
            crate::codegen::names::value(el),
            crate::codegen::names::value(Elem::of_scalar(&vt).unwrap_or(Elem::Float64)),
        );
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
