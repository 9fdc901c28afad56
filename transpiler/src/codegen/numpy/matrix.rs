//! numpy's matrix and array-construction functions: one call of `rt::numpy::matrix` (or of
//! `rt::numpy::shape` for the joins) on materialised arrays; typed by `infer/matrix.rs`.

use super::{given, map_elems};
use crate::codegen::body::Body;
use crate::codegen::names::elem as elem_type;
use crate::ir;
use crate::library::NumpyFn as N;
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Body<'_> {
    pub(super) fn matrix_call(&mut self, f: N, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let mx = quote!(rt::numpy::matrix);
        let sh = quote!(rt::numpy::shape);
        if f == N::Gradient {
            return self.gradient(args, result);
        }
        // arrays, but for `np.take` of one index
        let (el, out) = match result {
            Ty::Array(e, n) => (*e, *n),
            t => (Elem::of_scalar(t).expect("an element"), 0),
        };
        let opt_int = |b: &mut Self, k: usize| match given(args, k) {
            Some(x) if !matches!(b.inst.ty(x), Ty::None) => {
                let v = b.expr_as(x, &Ty::Int);
                quote!(Some(#v))
            }
            _ => quote!(None),
        };
        match f {
            N::Tri => {
                let n = self.expr_as(&args[0], &Ty::Int);
                let m = opt_int(self, 1);
                let k = self.int_or(args, 2, 0);
                let one = crate::codegen::sized::cast(Self::one(el), el.wide(), el);
                let zero = Self::zero_of(el);
                let et = elem_type(el);
                quote!(#mx::tri::<#et>(#n, #m, #k, #one, #zero))
            }
            N::Tril | N::Triu => {
                let a = self.arr(&args[0]);
                let k = self.int_or(args, 1, 0);
                let upper = f == N::Triu;
                let zero = Self::zero_of(el);
                quote!(#mx::tril(&#a, #k, #upper, #zero))
            }
            N::Flip | N::Flipud | N::Fliplr => {
                let a = self.arr(&args[0]);
                let axis = match f {
                    N::Flip => opt_int(self, 1),
                    N::Flipud => quote!(Some(0i64)),
                    _ => quote!(Some(1i64)),
                };
                quote!(#mx::flip(&#a, #axis)?)
            }
            N::Rot90 => {
                let a = self.arr(&args[0]);
                let k = self.int_or(args, 1, 1);
                let axes = match given(args, 2) {
                    Some(x) if !matches!(self.inst.ty(x), Ty::None) => self.array_index(x),
                    _ => quote!([0i64, 1i64]),
                };
                quote!(#mx::rot90(&#a, #k, #axes)?)
            }
            N::Diagonal => {
                let d = self.dims(&args[0]).1;
                let a = self.arr(&args[0]);
                let (offset, a1, a2) = (self.int_or(args, 1, 0), self.int_or(args, 2, 0), self.int_or(args, 3, 1));
                quote!(#mx::diagonal::<_, #d, #out>(&#a, #offset, #a1, #a2)?)
            }
            N::Swapaxes | N::Moveaxis => {
                let a = self.arr(&args[0]);
                let (x, y) = (self.expr_as(&args[1], &Ty::Int), self.expr_as(&args[2], &Ty::Int));
                if f == N::Swapaxes {
                    quote!(#mx::swapaxes(&#a, #x, #y)?)
                } else {
                    quote!(#mx::moveaxis(&#a, #x, #y)?)
                }
            }
            N::ExpandDims | N::Squeeze => {
                let d = self.dims(&args[0]).1;
                let a = self.arr(&args[0]);
                let axis = self.expr_as(&args[1], &Ty::Int);
                if f == N::ExpandDims {
                    quote!(#mx::expand_dims::<_, #d, #out>(&#a, #axis)?)
                } else {
                    quote!(#mx::squeeze::<_, #d, #out>(&#a, #axis)?)
                }
            }
            N::Atleast1d | N::Atleast2d => match self.inst.ty(&args[0]).clone() {
                // the array itself (numpy returns the same object)
                Ty::Array(_, d) if d == out => {
                    let a = self.arr(&args[0]);
                    quote!((#a).clone())
                }
                Ty::Array(..) => {
                    let a = self.arr(&args[0]);
                    quote!(#sh::expand::<_, 1, 2>(&#a, 0))
                }
                _ => {
                    let v = self.expr_as(&args[0], &el.scalar());
                    let shape = if out == 1 { quote!([1]) } else { quote!([1, 1]) };
                    quote!(rt::NdArray::from_vec(#shape, vec![#v]))
                }
            },
            N::BroadcastTo => {
                let a = self.arr(&args[0]);
                let shape = self.array_index(&args[1]);
                quote!(#mx::broadcast_to(&#a, #shape)?)
            }
            N::Kron => {
                // sized elements: products in the wide type, rounded (or wrapped) once
                let w = el.wide();
                let (a, b) = (self.arr_as(&args[0], w), self.arr_as(&args[1], w));
                // complex: numpy's `multiply` loop of arrays (each part one multiply-add;
                // complex64's in float32)
                let mul = match el {
                    Elem::Complex128 => quote!(rt::numpy::scalar::multiply_complex_array),
                    Elem::Complex64 => quote!(rt::numpy::scalar::multiply_c64_array),
                    _ => Self::mul_of(w),
                };
                let code = quote!(#mx::kron(&#a, &#b, #mul));
                if w == el {
                    code
                } else {
                    map_elems(code, w, el, out)
                }
            }
            N::Vander => {
                let x = self.arr_as(&args[0], el);
                let n = opt_int(self, 1);
                let increasing = match given(args, 2) {
                    Some(b) => self.truth(b),
                    None => quote!(false),
                };
                let (one, mul) = (Self::one(el), Self::mul_of(el));
                quote!(#mx::vander(&#x, #n, #increasing, #one, #mul)?)
            }
            N::ColumnStack | N::Dstack => {
                let dims: Vec<usize> = match self.inst.ty(&args[0]) {
                    Ty::Tuple(ts) => ts.iter().map(|t| if let Ty::Array(_, n) = t { *n } else { 0 }).collect(),
                    _ => unreachable!("a tuple of arrays (inference)"),
                };
                let mut parts = self.parts(&args[0], el);
                for (p, d) in parts.iter_mut().zip(&dims) {
                    *p = match (f, d) {
                        (N::ColumnStack, 1) => quote!(#sh::expand::<_, 1, 2>(&#p, 1)),
                        (N::Dstack, 1) => quote!(#sh::expand::<_, 2, 3>(&#sh::expand::<_, 1, 2>(&#p, 0), 2)),
                        (N::Dstack, 2) => quote!(#sh::expand::<_, 2, 3>(&#p, 2)),
                        _ => p.clone(),
                    };
                }
                let axis = out as i64 - 1;
                quote!(#sh::concatenate(&[#(#parts),*], #axis)?)
            }
            N::Take => {
                let mode = format_ident!("{}", crate::infer::matrix::take_mode(args).expect("checked by inference"));
                let mode = quote!(#mx::TakeMode::#mode);
                let a = self.arr(&args[0]);
                let (d, idx) = match self.inst.ty(&args[1]).clone() {
                    Ty::List(_) => {
                        let l = self.place(&args[1]);
                        (1, quote!(rt::numpy::creation::from_list(&#l)))
                    }
                    Ty::Array(_, k) => (k, self.arr_as(&args[1], Elem::Int64)),
                    _ => {
                        let i = self.expr_as(&args[1], &Ty::Int);
                        return quote!(#mx::take_flat(&#a, #i, #mode)?);
                    }
                };
                match given(args, 2).filter(|x| !matches!(self.inst.ty(x), Ty::None)) {
                    None => quote!(#mx::take::<_, 1, #d, #out>(&#sh::ravel(&#a), &#idx, 0, #mode)?),
                    Some(axis) => {
                        let n = self.dims(&args[0]).1;
                        let axis = self.expr_as(axis, &Ty::Int);
                        quote!(#mx::take::<_, #n, #d, #out>(&#a, &#idx, #axis, #mode)?)
                    }
                }
            }
            N::TakeAlongAxis => {
                let a = self.arr(&args[0]);
                let idx = self.arr_as(&args[1], Elem::Int64);
                // axis=None: a 1-D array (inference), its only axis
                let axis = match given(args, 2) {
                    Some(x) if matches!(self.inst.ty(x), Ty::None) => quote!(0i64),
                    _ => self.int_or(args, 2, -1),
                };
                quote!(#mx::take_along_axis(&#a, &#idx, #axis)?)
            }
            _ => unreachable!("matrix_fns! lists these rows"),
        }
    }

    /// `np.gradient(f, dx, axis=, edge_order=)`: float64 (ints converted as numpy does); all
    /// axes (a tuple) when `axis` is left out of an N-d array, each computed in turn.
    fn gradient(&mut self, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let mx = quote!(rt::numpy::matrix);
        let f = self.arr_as(&args[0], Elem::Float64);
        let (dx, py) = match given(args, 1) {
            Some(x) if !matches!(self.inst.ty(x), Ty::None) => {
                let py = !self.inst.ty(x).is_np();
                (self.expr_as(x, &Ty::Float), py)
            }
            _ => (quote!(1.0f64), true),
        };
        let edge = self.int_or(args, 3, 1);
        let axis = given(args, 2).filter(|x| !matches!(self.inst.ty(x), Ty::None));
        match (result, axis) {
            (Ty::Tuple(outs), _) => {
                let parts = (0..outs.len() as i64).map(|k| quote!(#mx::gradient(__f, __dx, #py, #k, __edge)?));
                quote!({ let __f = &#f; let __dx: f64 = #dx; let __edge: i64 = #edge; (#(#parts,)*) })
            }
            (_, Some(ax)) => {
                let ax = self.expr_as(ax, &Ty::Int);
                quote!({ let __f = &#f; let __dx: f64 = #dx; let __ax: i64 = #ax; let __edge: i64 = #edge; #mx::gradient(__f, __dx, #py, __ax, __edge)? })
            }
            (_, None) => {
                quote!({ let __f = &#f; let __dx: f64 = #dx; let __edge: i64 = #edge; #mx::gradient(__f, __dx, #py, 0, __edge)? })
            }
        }
    }
}
