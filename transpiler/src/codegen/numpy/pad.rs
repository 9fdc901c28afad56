//! `np.pad`: one call of `rt::numpy::pad` with the pairs arguments (`pad_width`,
//! `constant_values`, `stat_length`) as their elements in C order and their shape, as
//! numpy's `np.array` of them gives; typed by `infer/pad.rs`.

use super::given;
use crate::codegen::body::Body;
use crate::codegen::names::value;
use crate::codegen::sized::cast;
use crate::infer::pad::{common_kind, mode_error, mode_of, pairs_of, Pairs, CONSTANT_VALUES, STAT_LENGTH};
use crate::ir;
use crate::types::{Elem, Kind, Ty};
use proc_macro2::TokenStream;
use quote::quote;

impl Body<'_> {
    /// A pairs argument as `(Vec<value of to>, Vec<usize>)` (its elements converted as numpy
    /// converts `np.array(x)` to `to`: first to the leaves' common kind), and whether numpy's
    /// `np.asarray(x)` has an int dtype.
    fn pad_pairs(&mut self, x: &ir::Expr, to: Elem) -> (TokenStream, bool) {
        let vt = value(to);
        let pairs = pairs_of(self.inst.ty(x)).expect("checked by inference");
        let v = self.expr(x);
        let t = self.temp();
        let convert = |c: TokenStream, from: Elem, common: Elem| cast(cast(c, from, common), common, to);
        let int_dtype = |kinds: &[Elem]| {
            let ints = kinds.iter().all(|e| matches!(e.kind(), Kind::Int | Kind::Bool))
                && kinds.iter().any(|e| e.kind() == Kind::Int);
            let unsigned = |e: &Elem| matches!(e, Elem::UInt8 | Elem::UInt16 | Elem::UInt32 | Elem::UInt64);
            // all unsigned: numpy's kind 'u'; uint64 with a signed int: float64
            ints && !kinds.iter().filter(|e| e.kind() == Kind::Int).all(unsigned)
                && !(kinds.contains(&Elem::UInt64) && kinds.iter().any(|e| e.kind() == Kind::Int && !unsigned(e)))
        };
        match pairs {
            Pairs::Static { shape, leaves } => {
                let kinds: Vec<Elem> = leaves.iter().map(|l| l.1).collect();
                let common = Elem::of_kind(common_kind(&kinds));
                let items = leaves.iter().map(|(path, e)| {
                    let idx = path.iter().map(|k| syn::Index::from(*k));
                    convert(quote!((*#t) #(.#idx)*), *e, common)
                });
                let code = quote!({
                    let #t = &#v;
                    let __v: Vec<#vt> = vec![#(#items),*];
                    let __s: Vec<usize> = vec![#(#shape),*];
                    (__v, __s)
                });
                (code, int_dtype(&kinds))
            }
            Pairs::Array(e, n) => {
                let c = convert(quote!(__x), e, e);
                let code = quote!({
                    let #t = &#v;
                    (#t.to_vec().into_iter().map(|__x| #c).collect::<Vec<#vt>>(), #t.shape()[..#n].to_vec())
                });
                (code, int_dtype(&[e]))
            }
            Pairs::List(m, e) => {
                let c = convert(quote!(__x), e, Elem::of_kind(e.kind()));
                let code = match m {
                    None => quote!({
                        let #t = &#v;
                        let __v: Vec<#vt> = #t.to_vec().into_iter().map(|__x| #c).collect();
                        let __n = __v.len();
                        (__v, vec![__n])
                    }),
                    Some(m) => {
                        let idx = (0..m).map(syn::Index::from);
                        quote!({
                            let #t = &#v;
                            let __v: Vec<#vt> = #t.to_vec().into_iter().flat_map(|__p| [#({ let __x = __p.#idx; #c }),*]).collect();
                            let __n = __v.len() / #m;
                            (__v, vec![__n, #m])
                        })
                    }
                };
                (code, int_dtype(&[e]))
            }
            Pairs::Lists(e) => {
                let c = convert(quote!(__x), e, Elem::of_kind(e.kind()));
                let code = quote!({
                    let #t = &#v;
                    let __rows: Vec<Vec<#vt>> =
                        #t.to_vec().into_iter().map(|__r| __r.to_vec().into_iter().map(|__x| #c).collect()).collect();
                    rt::numpy::pad::rows(__rows)?
                });
                (code, int_dtype(&[e]))
            }
        }
    }

    pub(super) fn pad_call(&mut self, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let p = quote!(rt::numpy::pad);
        let Ty::Array(el, _) = *result else { unreachable!("np.pad gives an array") };
        let vt = value(el);
        let a = self.arr(&args[0]);
        let (width, integral) = self.pad_pairs(&args[1], Elem::Int64);
        let call_width = quote!((&__pw.0, &__pw.1, #integral));
        let mode = mode_of(args).expect("checked by inference");
        let call = match mode_error(args) {
            Some(msg) => quote!(#p::pad(__pa, #call_width, #p::PadMode::Invalid(#msg))?),
            None => match mode {
                "constant" => {
                    let values = match given(args, CONSTANT_VALUES) {
                        Some(x) => self.pad_pairs(x, el).0,
                        None => {
                            let zero = Self::zero_of(el);
                            quote!({ let __v: Vec<#vt> = vec![#zero]; (__v, Vec::<usize>::new()) })
                        }
                    };
                    quote!({
                        let __pc = #values;
                        #p::pad(__pa, #call_width, #p::PadMode::Constant(&__pc.0, &__pc.1))?
                    })
                }
                "maximum" | "minimum" => {
                    let max = mode == "maximum";
                    match given(args, STAT_LENGTH) {
                        Some(x) => {
                            let (sl, _) = self.pad_pairs(x, Elem::Int64);
                            quote!({
                                let __ps = #sl;
                                #p::pad_extreme(__pa, #call_width, #max, Some((&__ps.0, &__ps.1)))?
                            })
                        }
                        None => quote!(#p::pad_extreme(__pa, #call_width, #max, None)?),
                    }
                }
                "edge" => quote!(#p::pad(__pa, #call_width, #p::PadMode::Edge)?),
                "reflect" => quote!(#p::pad(__pa, #call_width, #p::PadMode::Reflect)?),
                "symmetric" => quote!(#p::pad(__pa, #call_width, #p::PadMode::Symmetric)?),
                "wrap" => quote!(#p::pad(__pa, #call_width, #p::PadMode::Wrap)?),
                m => unreachable!("mode {m} checked by inference"),
            },
        };
        quote!({
            let __pa = &#a;
            let __pw = #width;
            #call
        })
    }
}
