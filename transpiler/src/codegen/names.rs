//! Rust identifiers for Python names, and Rust types for [`Ty`].

use crate::types::{Elem, Ty};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

const RUST_KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let",
    "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static", "struct", "trait", "true", "type",
    "unsafe", "use", "where", "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];
/// Names that cannot be raw identifiers, or that generated code uses itself.
const RESERVED: &[&str] =
    &["self", "Self", "super", "crate", "_", "Ok", "Err", "Some", "None", "rt", "py", "args", "kwargs"];

/// The Rust name of a Python local. Injective, and never the name of something generated:
/// generated temporaries start with `__` (`__t0`, `__acc`, `__raw_a`) and generated functions
/// contain `__` (`fib__int`, `fib__int__inl1`), so a name that could be mistaken for one of
/// those, or for a name generated code uses itself (`py`, `rt`, `Some`), or for an escaped name
/// (`…_py`), becomes `u…_py`: escaped names all match that, no unescaped one does, and none
/// starts with `_`.
/// The `static` holding module variable `name` (`rt::py::ModVar`).
pub fn global_var(name: &str) -> Ident {
    format_ident!("PYRS_GLOBAL_{}", name)
}

pub fn local(name: &str) -> Ident {
    // hidden locals of the compiler (`y#bound`): no Python name contains `#`
    if name.contains('#') {
        return format_ident!("__{}", name.replace('#', "_"));
    }
    if RESERVED.contains(&name) || name.starts_with('_') || name.contains("__") || name.ends_with("_py") {
        format_ident!("u{}_py", name)
    } else if RUST_KEYWORDS.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

pub fn elem(e: Elem) -> TokenStream {
    match e {
        Elem::Bool => quote!(bool),
        Elem::Int64 => quote!(i64),
        Elem::Float64 => quote!(f64),
        Elem::Complex128 => quote!(rt::Complex64),
        Elem::Int8 => quote!(i8),
        Elem::Int16 => quote!(i16),
        Elem::Int32 => quote!(i32),
        Elem::UInt8 => quote!(u8),
        Elem::UInt16 => quote!(u16),
        Elem::UInt32 => quote!(u32),
        Elem::UInt64 => quote!(u64),
        Elem::Float32 => quote!(f32),
        Elem::Complex64 => quote!(rt::Complex32),
    }
}

/// The Rust type compiled code computes with for elements of `e` (the wide type of its kind).
pub fn value(e: Elem) -> TokenStream {
    rust_type(&e.scalar())
}

pub fn rust_type(t: &Ty) -> TokenStream {
    match t {
        Ty::Unknown | Ty::None | Ty::Slice | Ty::DType(_) => quote!(()),
        Ty::Bool | Ty::NpBool => quote!(bool),
        Ty::Int | Ty::NpInt => quote!(i64),
        Ty::Float | Ty::NpFloat => quote!(f64),
        Ty::Num | Ty::NumNp | Ty::IntNp => quote!(rt::Num),
        Ty::NumC => quote!(rt::NumC),
        Ty::StrNum => quote!(rt::StrNum),
        Ty::Complex | Ty::NpComplex => quote!(rt::Complex64),
        Ty::NpSized(_) => rust_type(&t.base()),
        // which of several functions: its position
        Ty::Funcs(_) => quote!(u32),
        // a function value: the values it captures
        Ty::Tuple(ts) | Ty::Func(_, ts) => {
            let ts = ts.iter().map(rust_type);
            quote!((#(#ts,)*))
        }
        Ty::List(t) => {
            let t = rust_type(t);
            quote!(rt::List<#t>)
        }
        Ty::VarTuple(t) => {
            let t = rust_type(t);
            quote!(rt::VarTuple<#t>)
        }
        Ty::Str => quote!(rt::Str),
        Ty::Dict(k, v) => {
            let (k, v) = (rust_type(k), rust_type(v));
            quote!(rt::Dict<#k, #v>)
        }
        Ty::Set(t) => {
            let t = rust_type(t);
            quote!(rt::Set<#t>)
        }
        Ty::Iter(t) => {
            let t = rust_type(t);
            quote!(Vec<#t>)
        }
        Ty::Gen(t) => {
            let t = rust_type(t);
            quote!(rt::Gen<#t>)
        }
        Ty::Flat(e, n) => {
            let e = elem(*e);
            quote!(rt::numpy::flat_value::FlatIter<#e, #n>)
        }
        Ty::Range => quote!(rt::builtins::range::PyRange),
        Ty::Exc => quote!(rt::Error),
        Ty::File => quote!(rt::py::file::File),
        Ty::Generator => quote!(rt::py::rng::Generator),
        Ty::NumpyModule => quote!(rt::py::module_arg::NumpyModule),
        Ty::Opt(t) => {
            let t = rust_type(t);
            quote!(Option<#t>)
        }
        Ty::Array(e, n) => {
            let e = elem(*e);
            quote!(rt::NdArray<#e, #n>)
        }
    }
}

/// Whether values of this type are `Copy` in Rust (else reading a variable clones it, which
/// for a list is another reference to the same list and for an array another view of the
/// same memory, as in Python).
pub fn is_copy(t: &Ty) -> bool {
    match t {
        Ty::List(_)
        | Ty::VarTuple(_)
        | Ty::Array(..)
        | Ty::Str
        | Ty::StrNum
        | Ty::Dict(..)
        | Ty::Set(_)
        | Ty::Iter(_)
        | Ty::Flat(..)
        | Ty::Gen(_)
        | Ty::Exc
        | Ty::File
        | Ty::Generator => false,
        Ty::Tuple(ts) | Ty::Func(_, ts) => ts.iter().all(is_copy),
        Ty::Opt(t) => is_copy(t),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::local;

    #[test]
    fn python_names_map_to_distinct_rust_names_unlike_generated_ones() {
        let names = [
            "self",
            "self_py",
            "uself_py",
            "py",
            "py_py",
            "rt",
            "rt_py",
            "Some",
            "Some_py",
            "__acc",
            "__i",
            "__k0",
            "__t0",
            "__raw_a",
            "_",
            "_x",
            "u_x",
            "u_x_py",
            "x",
            "type",
            "fib__int",
            "a__c0",
            "u__acc_py",
        ];
        let rust: Vec<String> = names.iter().map(|n| local(n).to_string()).collect();
        for (i, a) in rust.iter().enumerate() {
            assert!(!a.starts_with('_') && !a.starts_with("r#_"), "{a}");
            for b in &rust[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(rust[0], "uself_py");
        assert_eq!(local("x").to_string(), "x");
    }
}
