//! Leaf helpers: conversions along Python's numeric tower, truth values, literals.

use crate::types::Ty;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// Converts a value of type `from` to type `to` along Python's numeric tower.
pub fn coerce(v: TokenStream, from: &Ty, to: &Ty) -> TokenStream {
    // a number that may be a numpy scalar: the value with its type (`from` must then keep
    // its numpy scalars: see `Body::np_ty`)
    if to.is_dyn_np() {
        match from {
            Ty::NpInt => return quote!(rt::Num::NpInt(#v)),
            Ty::NpFloat => return quote!(rt::Num::NpFloat(#v)),
            Ty::Bool | Ty::Int | Ty::Float => return quote!(rt::Num::from(#v)),
            _ => {}
        }
    }
    let (from, to) = (&from.base(), &to.base());
    if from == to || *from == Ty::Unknown || *to == Ty::Unknown {
        return v;
    }
    // a value where "value or None" is expected
    if let Ty::Opt(inner) = to {
        return match from {
            Ty::None if v.to_string() == "()" => quote!(None),
            // (a call typed None, e.g. of a function that always raises: still made)
            Ty::None => quote!({ let _: () = #v; None }),
            Ty::Opt(f) => {
                let x = coerce(quote!(__o), f, inner);
                quote!(#v.map(|__o| #x))
            }
            f => {
                let x = coerce(v, f, inner);
                quote!(Some(#x))
            }
        };
    }
    match (from, to) {
        (Ty::Bool | Ty::Int | Ty::Float, Ty::Num) => quote!(rt::Num::from(#v)),
        // into a number that may be complex: the value with its type
        (Ty::Bool | Ty::Int | Ty::Float, Ty::NumC) => quote!(rt::NumC::from(#v)),
        (Ty::Num | Ty::NumNp | Ty::IntNp, Ty::NumC) => quote!(rt::NumC::Real(#v)),
        (Ty::Complex, Ty::NumC) => quote!(rt::NumC::Complex(#v)),
        // out of one: a complex raises TypeError where Python needs a real number
        (Ty::NumC, Ty::Complex) => quote!(#v.to_complex()),
        (Ty::NumC, Ty::Float) => quote!(#v.to_f64()?),
        (Ty::NumC, Ty::Int) => quote!(#v.to_int()?),
        (Ty::NumC, Ty::Bool) => quote!(#v.truth()),
        // a str or a number where a str-or-number is held
        (Ty::Str | Ty::Bool | Ty::Int | Ty::Float, Ty::StrNum) => quote!(rt::StrNum::from(#v)),
        (Ty::Num, Ty::StrNum) => quote!(rt::StrNum::Num(#v)),
        // a tuple of known length where one of any length is expected
        (Ty::Tuple(items), Ty::VarTuple(el)) => {
            let parts = items.iter().enumerate().map(|(k, t)| {
                let i = syn::Index::from(k);
                coerce(quote!(__t.#i), t, el)
            });
            quote!({ let __t = #v; rt::VarTuple::from_vec(vec![#(#parts),*]) })
        }
        (Ty::VarTuple(a), Ty::VarTuple(b)) => {
            let x = coerce(quote!(__x), a, b);
            quote!(rt::VarTuple::from_vec(#v.iter_items().map(|__x| #x).collect()))
        }
        // a function where one of several is expected: its position among them
        (Ty::Func(n, _), Ty::Funcs(names)) => {
            let k = names.iter().position(|x| x == n).unwrap_or(0) as u32;
            quote!({ let _ = #v; #k })
        }
        (Ty::Funcs(a), Ty::Funcs(b)) => {
            let map = a.iter().map(|n| b.iter().position(|x| x == n).unwrap_or(0) as u32);
            quote!([#(#map),*][#v as usize])
        }
        // where Python needs an int, a float raises TypeError
        (Ty::Num | Ty::NumNp | Ty::IntNp, Ty::Int) => quote!(#v.to_index()?),
        (Ty::Num | Ty::NumNp | Ty::IntNp, Ty::Float) => match super::numvar::float_view(&v) {
            Some(f) => f,
            None => quote!(#v.to_f64()),
        },
        (Ty::Num | Ty::NumNp | Ty::IntNp, Ty::Complex) => quote!(rt::Complex64::new(#v.to_f64(), 0.0)),
        (Ty::Bool, Ty::Int) => quote!((#v as i64)),
        (Ty::Bool, Ty::Float) => quote!(((#v as i64) as f64)),
        (Ty::Int, Ty::Float) => quote!((#v as f64)),
        (Ty::Bool, Ty::Complex) => quote!(rt::Complex64::new((#v as i64) as f64, 0.0)),
        (Ty::Int, Ty::Complex) => quote!(rt::Complex64::new(#v as f64, 0.0)),
        (Ty::Float, Ty::Complex) => quote!(rt::Complex64::new(#v, 0.0)),
        (Ty::Tuple(a), Ty::Tuple(b)) if a.len() == b.len() => {
            let parts = a.iter().zip(b).enumerate().map(|(i, (x, y))| {
                let idx = syn::Index::from(i);
                coerce(quote!(__c.#idx), x, y)
            });
            quote!({ let __c = #v; (#(#parts,)*) })
        }
        // a list nothing is ever stored in is empty: an empty list of the items wanted
        (Ty::List(a), Ty::List(b)) if **a == Ty::Unknown => {
            // (a literal `[]` takes its item type from where it goes)
            if v.to_string() == quote!(rt::List::new()).to_string() {
                return v;
            }
            let t = super::names::rust_type(b);
            quote!({ let _: rt::List<()> = #v; rt::List::<#t>::new() })
        }
        // a list made with other elements (`[0] * n` in a float-list variable): a new list with
        // the elements converted (only fresh lists reach here: a variable has one type)
        (Ty::List(a), Ty::List(b)) if **a != Ty::Unknown => {
            let x = coerce(quote!(__x), a, b);
            quote!(rt::List::from_vec(#v.to_vec().into_iter().map(|__x| #x).collect()))
        }
        _ => v,
    }
}

pub(super) fn int_lit(v: i64) -> TokenStream {
    if v == i64::MIN {
        quote!(i64::MIN)
    } else {
        let l = Literal::i64_suffixed(v);
        quote!(#l)
    }
}

/// A float literal. Infinities and values that one operation can take past the float range
/// (|v| >= 1e154) go through `rt::math::opaque`: LLVM would fold `inf - inf` to a NaN of
/// another sign than the CPU's (and CPython's).
pub(super) fn float_lit(v: f64) -> TokenStream {
    if v.is_infinite() || v.abs() >= 1e154 {
        let l = float_lit_plain(v);
        quote!(rt::math::opaque(#l))
    } else {
        float_lit_plain(v)
    }
}

fn float_lit_plain(v: f64) -> TokenStream {
    if v.is_infinite() {
        if v > 0.0 {
            quote!(f64::INFINITY)
        } else {
            quote!(f64::NEG_INFINITY)
        }
    } else if v.is_nan() {
        quote!(f64::NAN)
    } else {
        // the shortest form that reads back as the same float: `0.1f64`, `1e308f64`
        format!("{v:?}f64").parse().unwrap_or_else(|_| {
            let l = Literal::f64_suffixed(v);
            quote!(#l)
        })
    }
}

/// Python's truth value of a value of type `t`.
pub fn truth_of(v: TokenStream, t: &Ty) -> TokenStream {
    match &t.base() {
        Ty::Bool => v,
        Ty::Int => quote!((#v != 0)),
        Ty::Float => quote!((#v != 0.0)),
        Ty::Num | Ty::NumNp | Ty::IntNp | Ty::NumC => quote!(#v.truth()),
        Ty::StrNum => quote!(#v.truth()),
        Ty::Complex => quote!(rt::builtins::conv::truth_complex(#v)),
        Ty::List(_)
        | Ty::VarTuple(_)
        | Ty::Str
        | Ty::Dict(..)
        | Ty::Set(_)
        | Ty::Iter(_)
        | Ty::Range
        | Ty::Flat(..) => {
            quote!((!#v.is_empty()))
        }
        Ty::Tuple(ts) => {
            let b = !ts.is_empty();
            quote!({ let _ = #v; #b })
        }
        Ty::Opt(inner) => {
            let t = truth_of(quote!(__o), inner);
            quote!(match #v { Some(__o) => #t, None => false })
        }
        // functions, exceptions and generators are always true
        Ty::Func(..) | Ty::Funcs(_) | Ty::Exc | Ty::File | Ty::Generator | Ty::NumpyModule | Ty::Gen(_) => {
            quote!({ let _ = #v; true })
        }
        _ => quote!({ let _ = #v; false }),
    }
}

/// A value stored into a numpy array element converts as numpy does: a float into an int
/// array truncates (NaN/inf raise instead of storing garbage), any number into a bool array
/// is its truth value.
pub(super) fn coerce_store(v: TokenStream, from: &Ty, to: &Ty) -> TokenStream {
    let (from, to) = (&from.base(), &to.base());
    match (from, to) {
        (Ty::Float, Ty::Int) => quote!(rt::builtins::conv::int_of_float(#v)?),
        (Ty::Num | Ty::NumNp | Ty::IntNp, Ty::Int) => quote!(#v.to_int()?),
        (Ty::Num | Ty::NumNp | Ty::IntNp, Ty::Bool) => quote!(#v.truth()),
        (Ty::Int, Ty::Bool) => quote!((#v != 0)),
        (Ty::Float, Ty::Bool) => quote!((#v != 0.0)),
        (Ty::Complex, Ty::Bool) => quote!(rt::builtins::conv::truth_complex(#v)),
        _ => coerce(v, from, to),
    }
}
