//! `isinstance(x, T)`, `type(x) is T` and `type(x).__name__` (`syntax/lower/types.rs`):
//! constants where the type tells, a test of the value where it carries its type (`rt::Num`,
//! `rt::StrNum`, a value or None). The value is evaluated either way.

use crate::types::{static_classes, static_type_name, Ty};
use proc_macro2::TokenStream;
use quote::quote;

/// `isinstance(v, classes)` (`exact`: `type(v) is classes[0]`) of a value `v` of type `t`.
pub(super) fn instance_test(v: TokenStream, t: &Ty, classes: &[String], exact: bool) -> TokenStream {
    if let Some(own) = static_classes(t, exact) {
        let r = own.iter().any(|c| classes.iter().any(|k| k == c));
        return quote!({ let _ = #v; #r });
    }
    let cls = classes.iter().map(String::as_str);
    match t {
        Ty::StrNum | Ty::NumC => quote!(#v.is_class(&[#(#cls),*], #exact)),
        Ty::Opt(inner) => {
            let test = instance_test(quote!(__o), inner, classes, exact);
            quote!(match #v { ::core::option::Option::Some(__o) => #test, ::core::option::Option::None => false })
        }
        _ => quote!(rt::builtins::strnum::num_is(#v, &[#(#cls),*], #exact)),
    }
}

/// `type(v).__name__` of a value `v` of type `t`.
pub(super) fn type_name(v: TokenStream, t: &Ty) -> TokenStream {
    if let Some(n) = static_type_name(t) {
        return quote!({ let _ = #v; rt::Str::from(#n) });
    }
    match t {
        Ty::Opt(inner) => {
            let s = type_name(quote!(__o), inner);
            quote!(match #v { ::core::option::Option::Some(__o) => #s, ::core::option::Option::None => rt::Str::from("NoneType") })
        }
        _ => quote!(rt::Str::from(#v.type_name())),
    }
}
