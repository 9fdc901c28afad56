//! Strings, dicts, sets, comprehensions, iteration (`enumerate`, `zip`, `sorted`, ...), and
//! the builtins over them.

use super::body::Body;
use super::convert::coerce;
use crate::ir::visit::{self, Visitor};
use crate::ir::{self, BinOp, CompKind, ExprKind, FPart, ForIter, Target};
use crate::library::{Builtin as B, Intrinsic, Method, NumpyFn};
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Whether values of type `t` hold numpy scalars, whose `repr` names their type
/// (`np.float64(1.5)`) and which `str` of a container shows so.
fn has_np_scalar(t: &Ty) -> bool {
    match t {
        Ty::NpBool | Ty::NpInt | Ty::NpFloat | Ty::NpComplex | Ty::NpSized(_) | Ty::NumNp | Ty::IntNp => true,
        Ty::Tuple(ts) => ts.iter().any(has_np_scalar),
        Ty::List(x) | Ty::VarTuple(x) | Ty::Opt(x) => has_np_scalar(x),
        _ => false,
    }
}

/// `str(v)` of a numpy scalar of a sized type (float32 and complex64 show their own digits).
fn sized_str(v: TokenStream, e: Elem) -> TokenStream {
    let f = quote!(rt::builtins::format);
    match e {
        Elem::Float32 => quote!(#f::float32_repr(#v as f32)),
        Elem::Complex64 => quote!(#f::complex64_repr(#v)),
        Elem::UInt64 => quote!((#v as u64).to_string()),
        Elem::Bool => quote!(#f::PyRepr::py_repr(&#v)),
        _ => quote!(#v.to_string()),
    }
}

/// `repr(v)` as a `String` for a value holding numpy scalars (see [`has_np_scalar`]).
fn np_repr(v: TokenStream, t: &Ty) -> TokenStream {
    let f = quote!(rt::builtins::format);
    let seq = |inner: &Ty, one_comma: bool, open: &str, close: &str| {
        let r = np_repr(quote!(__x), inner);
        let one = if one_comma {
            quote!(if __p.len() == 1 {
                __p[0].push(',');
            })
        } else {
            quote!()
        };
        let fmt = format!("{open}{{}}{close}");
        quote!({ let mut __p: Vec<String> = #v.to_vec().into_iter().map(|__x| #r).collect(); #one format!(#fmt, __p.join(", ")) })
    };
    match t {
        Ty::NpBool => quote!(if #v { "np.True_" } else { "np.False_" }.to_string()),
        Ty::NpInt => quote!(#f::np_repr("int64", #v.to_string())),
        Ty::NpFloat => quote!(#f::np_repr("float64", #f::float_repr(#v))),
        Ty::NpComplex => quote!(#f::np_repr("complex128", #f::complex_repr(#v))),
        Ty::NpSized(e) => {
            let name = e.name();
            let s = sized_str(quote!(__x), *e);
            quote!({ let __x = #v; #f::np_repr(#name, #s) })
        }
        Ty::Tuple(ts) => {
            let parts = ts.iter().enumerate().map(|(k, it)| {
                let i = syn::Index::from(k);
                np_repr(quote!(__t.#i), it)
            });
            let fmt =
                if ts.len() == 1 { "({},)".to_string() } else { format!("({})", vec!["{}"; ts.len()].join(", ")) };
            quote!({ let __t = #v; format!(#fmt, #(#parts),*) })
        }
        Ty::List(x) => seq(x, false, "[", "]"),
        Ty::VarTuple(x) => seq(x, true, "(", ")"),
        Ty::Opt(x) => {
            let s = np_repr(quote!(__o), x);
            quote!(match #v { ::core::option::Option::Some(__o) => #s, ::core::option::Option::None => "None".to_string() })
        }
        Ty::Str => quote!(rt::builtins::str::repr(#v.as_str())),
        _ => quote!(#f::PyRepr::py_repr(&#v)),
    }
}

/// `str(v)` of a value of type `t`, as an `rt::Str`.
pub fn str_of(v: TokenStream, t: &Ty) -> TokenStream {
    let f = quote!(rt::builtins::format);
    if let Ty::Array(..) = t {
        return quote!(rt::py::nptext::text(&#v, false)?);
    }
    if let Ty::NpSized(e) = t {
        let s = sized_str(v, *e);
        return quote!(rt::Str::from(#s));
    }
    if has_np_scalar(t) && !t.is_np() && !t.is_dyn_np() {
        let s = np_repr(v, t);
        return quote!(rt::Str::from(#s));
    }
    match t.base() {
        Ty::Str => v,
        Ty::Int => quote!(#f::str_of_int(#v)),
        Ty::Float => quote!(#f::str_of_float(#v)),
        Ty::Num | Ty::NumNp | Ty::IntNp => quote!(rt::builtins::num::str_of(#v)),
        Ty::NumC => quote!(rt::builtins::numc::str_of(#v)),
        Ty::StrNum => quote!(rt::builtins::strnum::str_of(&#v)),
        Ty::Bool => quote!(#f::str_of_bool(#v)),
        Ty::Complex => quote!(#f::str_of_complex(#v)),
        Ty::None => quote!({ let _ = #v; rt::Str::from("None") }),
        Ty::Exc => quote!(rt::Str::from(#v.message())),
        Ty::Opt(inner) => {
            let s = str_of(quote!(__o), &inner);
            quote!(match #v { ::core::option::Option::Some(__o) => #s, ::core::option::Option::None => rt::Str::from("None") })
        }
        _ => quote!(rt::Str::from(#f::PyRepr::py_repr(&#v))),
    }
}

/// `repr(v)`
pub fn repr_of(v: TokenStream, t: &Ty) -> TokenStream {
    if let Ty::Array(..) = t {
        return quote!(rt::py::nptext::text(&#v, true)?);
    }
    if has_np_scalar(t) {
        let s = np_repr(v, t);
        return quote!(rt::Str::from(#s));
    }
    match t.base() {
        Ty::Str => quote!(rt::Str::from(rt::builtins::str::repr(#v.as_str()))),
        Ty::StrNum => quote!(rt::Str::from(rt::builtins::format::PyRepr::py_repr(&#v))),
        Ty::Opt(inner) => {
            let s = repr_of(quote!(__o), &inner);
            quote!(match #v { ::core::option::Option::Some(__o) => #s, ::core::option::Option::None => rt::Str::from("None") })
        }
        _ => str_of(v, t),
    }
}

/// `format(v, spec)` with a literal spec.
fn format_of(v: TokenStream, t: &Ty, spec: &str) -> TokenStream {
    if spec.is_empty() {
        // `format(x, '')` of a float32 or complex64 is the float's or complex's (the value
        // widened), unlike `str(x)`
        return if matches!(t, Ty::NpSized(_)) { str_of(v, &t.base()) } else { str_of(v, t) };
    }
    let f = quote!(rt::builtins::format);
    match t.base() {
        // None has no format spec of its own: CPython raises TypeError
        Ty::Opt(inner) => {
            let s = format_of(quote!(__o), &inner, spec);
            quote!({
                let __o = rt::builtins::conv::unwrap_none(#v, "unsupported format string passed to NoneType.__format__")?;
                #s
            })
        }
        Ty::Int => quote!(#f::format_int(#v, #spec)?),
        Ty::Float => quote!(#f::format_float(#v, #spec)?),
        Ty::Num | Ty::NumNp | Ty::IntNp => quote!(rt::builtins::num::format_num(#v, #spec)?),
        Ty::StrNum => quote!(#v.format(#spec)?),
        Ty::Bool => quote!(#f::format_bool(#v, #spec)?),
        Ty::Complex => quote!(#f::format_complex(#v, #spec)?),
        Ty::Str => quote!(#f::format_str(&#v, #spec)?),
        _ => {
            let s = str_of(v, t);
            quote!(#f::format_str(&#s, #spec)?)
        }
    }
}

const LIST_MUTATORS: &[Method] = &[
    Method::Append,
    Method::Extend,
    Method::Insert,
    Method::Pop,
    Method::Remove,
    Method::Sort,
    Method::Reverse,
    Method::Clear,
];

/// The `itertools` functions whose result is computed when called (an iterator of `Ty::Iter`);
/// the endless ones are generators.
pub const ITERTOOLS: &[B] = &[
    B::ItertoolsProduct,
    B::ItertoolsCombinations,
    B::ItertoolsCombinationsWithReplacement,
    B::ItertoolsPermutations,
    B::ItertoolsChain,
    B::ItertoolsRepeat,
    B::ItertoolsIslice,
    B::ItertoolsAccumulate,
    B::ItertoolsZipLongest,
];

/// Rust iterators zipped (`a.zip(b).zip(c)`) and the pattern that takes their items apart
/// into `names` (`((x0, x1), x2)`).
pub fn zipped(its: &[TokenStream], names: &[proc_macro2::Ident]) -> (TokenStream, TokenStream) {
    let mut acc = its[0].clone();
    let n0 = &names[0];
    let mut pat = quote!(#n0);
    for (it, n) in its[1..].iter().zip(&names[1..]) {
        acc = quote!(#acc.zip(#it));
        pat = quote!((#pat, #n));
    }
    (acc, pat)
}

impl Body<'_> {
    /// Whether evaluating `e` may change a list (a call of a function of the file, a
    /// mutating list method): if not, a loop over a list can borrow its items.
    pub fn may_change_lists(&self, e: &ir::Expr) -> bool {
        let mut v = ListChanges { body: self, found: false };
        v.visit_expr(e);
        v.found
    }

    /// `may_change_lists` for statements (also item assignment and `del` on lists).
    pub fn stmts_may_change_lists(&self, body: &[ir::Stmt]) -> bool {
        let mut v = ListChanges { body: self, found: false };
        v.visit_body(body);
        v.found
    }

    /// A Rust iterator (owned, infallible items of the element type) over the iterable `e`.
    pub fn iter_code(&mut self, e: &ir::Expr) -> TokenStream {
        let t = self.inst.ty(e).clone();
        match &e.kind {
            ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Range), args) => {
                let a: Vec<TokenStream> = args.iter().map(|a| self.expr_as(a, &Ty::Int)).collect();
                return match a.as_slice() {
                    [stop] => quote!(rt::builtins::range::Range::new(0, #stop, 1)?),
                    [start, stop] => quote!(rt::builtins::range::Range::new(#start, #stop, 1)?),
                    [start, stop, step] => quote!(rt::builtins::range::Range::new(#start, #stop, #step)?),
                    _ => quote!(compile_error!("pyrs: range arity")),
                };
            }
            ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Enumerate), args) => {
                let inner = self.iter_code(&args[0]);
                let start = match args.get(1) {
                    Some(s) if !matches!(s.kind, ExprKind::Default | ExprKind::None) => self.expr_as(s, &Ty::Int),
                    _ => quote!(0i64),
                };
                return quote!({ let __s: i64 = #start; #inner.enumerate().map(move |(__i, __x)| (__s + __i as i64, __x)) });
            }
            ExprKind::Attribute(x, a) if a == "flat" => {
                let v = self.expr(x);
                return quote!(rt::numpy::flat::iter(#v));
            }
            ExprKind::CallIntrinsic(Intrinsic::Numpy(NumpyFn::Ndindex), args) => {
                let (Ty::Iter(item) | Ty::Gen(item)) = &t else { unreachable!("inference gives an iterator") };
                let Ty::Tuple(items) = &**item else { unreachable!("of tuples") };
                let n = items.len();
                let shape = if args.len() == 1 && matches!(self.inst.ty(&args[0]), Ty::Tuple(_)) {
                    let v = self.expr(&args[0]);
                    let parts = (0..n).map(|k| {
                        let k = syn::Index::from(k);
                        quote!(__s.#k as i64)
                    });
                    quote!({ let __s = #v; [#(#parts),*] })
                } else {
                    let parts = args.iter().map(|a| self.expr_as(a, &Ty::Int));
                    quote!([#(#parts),*])
                };
                let parts = (0..n).map(|k| quote!(__ix[#k] as i64));
                return quote!(rt::numpy::flat::ndindex(#shape)?.map(|__ix| (#(#parts,)*)));
            }
            ExprKind::CallIntrinsic(Intrinsic::Numpy(NumpyFn::Ndenumerate), args) => {
                let Ty::Array(_, n) = self.inst.ty(&args[0]).clone() else { unreachable!("an array") };
                let v = self.expr(&args[0]);
                let parts = (0..n).map(|k| quote!(__ix[#k] as i64));
                return quote!(rt::numpy::flat::ndenumerate(#v).map(|(__ix, __x)| ((#(#parts,)*), __x)));
            }
            ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Map | B::Filter), args) => return self.map_filter(e, args),
            ExprKind::CallIntrinsic(Intrinsic::Builtin(b), args)
                if ITERTOOLS.contains(b) && matches!(t, Ty::Iter(_)) =>
            {
                return self.itertools_iter(*b, args, &t)
            }
            ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Zip), args) => {
                // with a generator among them: items taken one round at a time, stopping at the
                // first exhausted one (`zip(count(), xs)` ends; `zip(it, it)` pairs), as CPython
                if let Some(lazy) = self.try_iter_code(e) {
                    return quote!(#lazy.collect::<rt::Result<Vec<_>>>()?.into_iter());
                }
                let its: Vec<TokenStream> = args.iter().map(|a| self.iter_code(a)).collect();
                let mut acc = its[0].clone();
                for it in &its[1..] {
                    acc = quote!(#acc.zip(#it));
                }
                // ((a, b), c) → (a, b, c)
                let n = its.len();
                if n <= 2 {
                    return if n == 1 { quote!(#acc.map(|__x| (__x,))) } else { acc };
                }
                let names: Vec<proc_macro2::Ident> = (0..n).map(|k| format_ident!("__z{}", k)).collect();
                let mut pat = {
                    let (a, b) = (&names[0], &names[1]);
                    quote!((#a, #b))
                };
                for nm in &names[2..] {
                    pat = quote!((#pat, #nm));
                }
                return quote!(#acc.map(|#pat| (#(#names,)*)));
            }
            ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Reversed), args) => {
                let inner = self.iter_code(&args[0]);
                return quote!(#inner.collect::<Vec<_>>().into_iter().rev());
            }
            ExprKind::CallMethod { receiver, method, .. } if matches!(self.inst.ty(receiver), Ty::Dict(..)) => {
                let d = self.expr(receiver);
                match method {
                    Method::Keys => return quote!(#d.keys().into_iter()),
                    Method::Values => return quote!(#d.values().into_iter()),
                    Method::Items => return quote!(#d.items().into_iter()),
                    _ => {}
                }
            }
            _ => {}
        }
        if matches!(&t, Ty::List(x) | Ty::Set(x) if **x == Ty::Unknown) {
            // an empty literal whose items are never typed (`any([])`)
            return quote!(std::iter::empty::<()>());
        }
        let v = self.expr(e);
        match &t {
            Ty::List(_) | Ty::VarTuple(_) => quote!(#v.iter_items()),
            Ty::Set(_) => quote!(#v.items().into_iter()),
            Ty::Dict(..) => quote!(#v.keys().into_iter()),
            Ty::Str => quote!(#v.to_chars().into_iter()),
            // the lines left, read when the loop starts
            Ty::File => quote!(#v.lines()?),
            Ty::Array(_, n) if *n > 1 => {
                // the rows: views of one dimension less
                let m = n - 1;
                quote!({
                    let __a = #v;
                    (0..__a.shape()[0])
                        .map(|__k| __a.view::<#m>(&[rt::Idx::At(__k as i64)]))
                        .collect::<Result<Vec<_>, _>>()?
                        .into_iter()
                })
            }
            Ty::Array(..) => quote!(#v.iter_items()),
            Ty::Iter(_) => quote!(#v.into_iter()),
            Ty::Flat(..) => quote!(#v.iter()),
            Ty::Range => quote!(#v.iter()),
            // a consumer that takes every item (`list(g)`, `sum(g)`): a loop with `break`
            // takes them one by one instead (`try_iter_code`)
            Ty::Gen(_) => quote!(#v.drain()?.into_iter()),
            Ty::Tuple(items) => {
                let el = Ty::items_join(items).unwrap_or(Ty::Unknown);
                let parts = items.iter().enumerate().map(|(k, t)| {
                    let i = syn::Index::from(k);
                    coerce(quote!(__t.#i), t, &el)
                });
                quote!({ let __t = #v; [#(#parts),*].into_iter() })
            }
            _ => quote!(compile_error!("pyrs: not iterable")),
        }
    }

    /// The element type (as Python values) of an iterable of type `t`.
    pub fn elem_of(t: &Ty) -> Ty {
        match t {
            Ty::List(x) | Ty::VarTuple(x) | Ty::Set(x) | Ty::Iter(x) | Ty::Gen(x) => (**x).clone(),
            Ty::Dict(k, _) => (**k).clone(),
            Ty::Range => Ty::Int,
            Ty::Str | Ty::File => Ty::Str,
            Ty::Array(el, n) if *n > 1 => Ty::Array(*el, n - 1),
            Ty::Array(el, _) | Ty::Flat(el, _) => el.scalar(),
            Ty::Tuple(items) => Ty::items_join(items).unwrap_or(Ty::Unknown),
            _ => Ty::Unknown,
        }
    }

    /// A `for` over anything but a range, a list or an array.
    pub fn for_iter_loop(&mut self, target: &Target, e: &ir::Expr, inner: TokenStream) -> TokenStream {
        let el = Self::elem_of(self.inst.ty(e));
        let x = self.temp();
        if let Some(it) = self.try_iter_code(e) {
            let bind = self.assign(target, quote!(#x), &el);
            return quote!(for #x in #it { let #x = #x?; #bind #inner });
        }
        let it = self.iter_code(e);
        let bind = self.assign(target, quote!(#x), &el);
        quote!(for #x in #it { #bind #inner })
    }

    /// For an iterable that draws from a generator as it goes (a generator, `enumerate` or
    /// `zip` of one): a Rust iterator of `rt::Result` items, an exception of the generator
    /// coming out where the loop asks for the item. `None` for other iterables.
    pub fn try_iter_code(&mut self, e: &ir::Expr) -> Option<TokenStream> {
        let lazy = |b: &Self, a: &ir::Expr| -> bool {
            fn go(b: &Body, a: &ir::Expr) -> bool {
                match &a.kind {
                    _ if matches!(b.inst.ty(a), Ty::Gen(_)) => true,
                    ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Enumerate | B::Zip), args) => {
                        args.iter().any(|x| go(b, x))
                    }
                    _ => false,
                }
            }
            go(b, a)
        };
        if !lazy(self, e) {
            return None;
        }
        Some(match &e.kind {
            _ if matches!(self.inst.ty(e), Ty::Gen(_)) => {
                let v = self.expr(e);
                quote!(#v.results())
            }
            ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Enumerate), args) => {
                let inner = self.try_iter_code(&args[0])?;
                let start = match args.get(1) {
                    Some(s) if !matches!(s.kind, ExprKind::Default | ExprKind::None) => self.expr_as(s, &Ty::Int),
                    _ => quote!(0i64),
                };
                quote!({ let __s: i64 = #start; #inner.enumerate().map(move |(__i, __r)| __r.map(|__x| (__s + __i as i64, __x))) })
            }
            ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Zip), args) => {
                let its: Vec<TokenStream> = args
                    .iter()
                    .map(|a| match self.try_iter_code(a) {
                        Some(it) => it,
                        None => {
                            let it = self.iter_code(a);
                            quote!(#it.map(rt::Result::Ok))
                        }
                    })
                    .collect();
                let names: Vec<proc_macro2::Ident> = (0..its.len()).map(|k| format_ident!("__z{}", k)).collect();
                let (acc, pat) = zipped(&its, &names);
                quote!(#acc.map(|#pat| -> rt::Result<_> { Ok((#(#names?,)*)) }))
            }
            _ => return None,
        })
    }

    /// `[elt for ...]`, `{elt for ...}`, `{k: v for ...}`
    pub fn comprehension(
        &mut self,
        kind: CompKind,
        elt: &ir::Expr,
        value: Option<&ir::Expr>,
        gens: &[ir::CompFor],
        t: &Ty,
    ) -> TokenStream {
        if let Some(ir::CompFor { iter: ir::ForIter::Seq(e), .. }) = gens.first() {
            if self.inst.static_tests.get(&e.id) == Some(&false) {
                // over an empty tuple: nothing
                let v = self.expr(e);
                let empty = match kind {
                    CompKind::List => quote!(rt::List::new()),
                    CompKind::Set => quote!(rt::Set::new()),
                    CompKind::Dict => quote!(rt::Dict::new()),
                    CompKind::Any => quote!(false),
                    CompKind::All => quote!(true),
                };
                return quote!({ let _ = #v; #empty });
            }
        }
        let out = self.temp();
        let done = syn::Lifetime::new(&format!("'{out}"), proc_macro2::Span::call_site());
        let push = match (kind, t) {
            (CompKind::Any | CompKind::All, _) => {
                let truth = self.truth(elt);
                let (stop, fin) = if kind == CompKind::Any { (truth, true) } else { (quote!(!(#truth)), false) };
                quote!(if #stop { #out = #fin; break #done; })
            }
            (CompKind::Dict, Ty::Dict(k, v)) => {
                let (k, v) = ((**k).clone(), (**v).clone());
                let kc = self.expr_as(elt, &k);
                let vc = self.expr_as(value.expect("dict comprehensions have a value"), &v);
                quote!(rt::builtins::list::push(&mut #out, (#kc, #vc))?;)
            }
            (_, Ty::List(el) | Ty::Set(el)) => {
                let el = (**el).clone();
                let x = self.expr_as(elt, &el);
                quote!(rt::builtins::list::push(&mut #out, #x)?;)
            }
            _ => quote!(compile_error!("pyrs: comprehension type");),
        };
        let mut body = push;
        for g in gens.iter().rev() {
            let conds: Vec<TokenStream> = g.ifs.iter().map(|c| self.truth(c)).collect();
            let guarded = if conds.is_empty() { body } else { quote!(if #(#conds)&&* { #body }) };
            let x = self.temp();
            body = match &g.iter {
                ForIter::Range { start, stop, step } => {
                    let start = match start {
                        Some(s) => self.expr_as(s, &Ty::Int),
                        None => quote!(0i64),
                    };
                    let stop = self.expr_as(stop, &Ty::Int);
                    let step = match step {
                        Some(s) => self.expr_as(s, &Ty::Int),
                        None => quote!(1i64),
                    };
                    let bind = self.assign(&g.target, quote!(#x), &Ty::Int);
                    quote!(for #x in rt::builtins::range::Range::new(#start, #stop, #step)? { #bind #guarded })
                }
                ForIter::Seq(e) => {
                    let el = Self::elem_of(self.inst.ty(e));
                    let pure = !self.may_change_lists(elt)
                        && !value.map(|v| self.may_change_lists(v)).unwrap_or(false)
                        && !gens.iter().any(|g| g.ifs.iter().any(|c| self.may_change_lists(c)));
                    if let Some(it) = self.try_iter_code(e) {
                        let bind = self.assign(&g.target, quote!(#x), &el);
                        body = quote!(for #x in #it { let #x = #x?; #bind #guarded });
                        continue;
                    }
                    let it = if pure && matches!(self.inst.ty(e), Ty::List(_)) {
                        let v = self.expr(e);
                        quote!(#v.items_ref().iter().cloned())
                    } else {
                        self.iter_code(e)
                    };
                    let bind = self.assign(&g.target, quote!(#x), &el);
                    quote!(for #x in #it { #bind #guarded })
                }
            };
        }
        let make = match kind {
            CompKind::List => quote!(rt::List::from_vec(#out)),
            CompKind::Set => quote!(rt::Set::from_vec(#out)),
            CompKind::Dict => quote!(rt::Dict::from_pairs(#out)),
            CompKind::Any | CompKind::All => {
                let init = kind == CompKind::All;
                return quote!({ let mut #out = #init; #done: { #body } #out });
            }
        };
        quote!({ let mut #out = Vec::new(); #body #make })
    }

    pub fn fstring(&mut self, parts: &[FPart]) -> TokenStream {
        let s = self.temp();
        let pushes: Vec<TokenStream> = parts
            .iter()
            .map(|p| match p {
                FPart::Lit(l) => quote!(#s.push_str(#l);),
                FPart::Value { expr, conv, spec } => {
                    let t = self.np_ty(expr);
                    let v = self.expr(expr);
                    let (v, t) = match conv {
                        Some('r') | Some('a') => (repr_of(v, &t), Ty::Str),
                        Some(_) => (str_of(v, &t), Ty::Str),
                        None => (v, t),
                    };
                    let x = format_of(v, &t, spec);
                    quote!(#s.push_str(#x.as_str());)
                }
            })
            .collect();
        quote!({ let mut #s = String::new(); #(#pushes)* rt::Str::from(#s) })
    }

    pub fn set_literal(&mut self, items: &[ir::Expr], t: &Ty) -> TokenStream {
        let el = match t {
            Ty::Set(el) => (**el).clone(),
            _ => Ty::Unknown,
        };
        let xs: Vec<TokenStream> = items.iter().map(|x| self.expr_as(x, &el)).collect();
        quote!(rt::Set::from_vec(vec![#(#xs),*]))
    }

    pub fn dict_literal(&mut self, items: &[(ir::Expr, ir::Expr)], t: &Ty) -> TokenStream {
        let (kt, vt) = match t {
            Ty::Dict(k, v) => ((**k).clone(), (**v).clone()),
            _ => (Ty::Unknown, Ty::Unknown),
        };
        let xs: Vec<TokenStream> = items
            .iter()
            .map(|(k, v)| {
                let k = self.expr_as(k, &kt);
                let v = self.expr_as(v, &vt);
                quote!((#k, #v))
            })
            .collect();
        quote!(rt::Dict::from_pairs(vec![#(#xs),*]))
    }

    /// Builtins over strings and iterables (see `infer::builtins`); `None` for the others.
    pub fn builtin_more(&mut self, b: B, args: &[ir::Expr], t: &Ty) -> Option<TokenStream> {
        let ts: Vec<Ty> = args.iter().map(|a| self.ty(a)).collect();
        let f = quote!(rt::builtins::format);
        let s = quote!(rt::builtins::str);
        Some(match (b, ts.as_slice()) {
            (B::Print, [_, _, ..]) => {
                let sep = self.expr(&args[0]);
                let end = self.expr(&args[1]);
                let parts: Vec<TokenStream> = args[2..]
                    .iter()
                    .map(|a| {
                        let t = self.np_ty(a);
                        let v = self.expr(a);
                        str_of(v, &t)
                    })
                    .collect();
                quote!(rt::py::print::print(&[#(#parts),*], &#sep, &#end)?)
            }
            (B::Str, []) => quote!(rt::Str::default()),
            (B::Str, [_]) => {
                let t0 = self.np_ty(&args[0]);
                let v = self.expr(&args[0]);
                str_of(v, &t0)
            }
            (B::Repr, [_]) => {
                let t0 = self.np_ty(&args[0]);
                let v = self.expr(&args[0]);
                repr_of(v, &t0)
            }
            (B::Format, [_, ..]) => {
                let t0 = &self.np_ty(&args[0]);
                let spec = match args.get(1).map(|a| &a.kind) {
                    Some(ExprKind::Str(sp)) => sp.clone(),
                    _ => String::new(),
                };
                let v = self.expr(&args[0]);
                format_of(v, t0, &spec)
            }
            (B::Hex | B::Oct | B::Bin, [_]) => {
                let v = self.expr_as(&args[0], &Ty::Int);
                let base: u32 = match b {
                    B::Hex => 16,
                    B::Oct => 8,
                    _ => 2,
                };
                quote!(#s::radix(#v, #base))
            }
            (B::Ord, [_]) => {
                let v = self.expr(&args[0]);
                quote!(#v.ord()?)
            }
            (B::Chr, [_]) => {
                let v = self.expr_as(&args[0], &Ty::Int);
                quote!(#s::chr(#v)?)
            }
            (B::Int, [Ty::Str, rest @ ..]) => {
                let v = self.expr(&args[0]);
                let base = match rest.first() {
                    Some(Ty::Int | Ty::Bool) => self.expr_as(&args[1], &Ty::Int),
                    _ => quote!(10i64),
                };
                quote!(#s::int_of_str(&#v, #base)?)
            }
            (B::Int, [Ty::StrNum]) => {
                let v = self.expr(&args[0]);
                quote!(#v.to_int()?)
            }
            (B::Isinstance | B::TypeIs, [_, ..]) => {
                let t0 = self.np_ty(&args[0]);
                let classes: Vec<String> = args[1..]
                    .iter()
                    .filter_map(|a| match &a.kind {
                        ExprKind::Str(c) => Some(c.clone()),
                        _ => None,
                    })
                    .collect();
                let v = self.expr(&args[0]);
                super::types::instance_test(v, &t0, &classes, b == B::TypeIs)
            }
            (B::TypeName, [_]) => {
                let t0 = self.np_ty(&args[0]);
                let v = self.expr(&args[0]);
                super::types::type_name(v, &t0)
            }
            (B::Float, [Ty::StrNum]) => {
                let v = self.expr(&args[0]);
                quote!(#v.to_float()?)
            }
            (B::Len, [Ty::StrNum]) => {
                let v = self.expr(&args[0]);
                quote!(#v.py_len()?)
            }
            (B::Float, [Ty::Str]) => {
                let v = self.expr(&args[0]);
                quote!(#s::float_of_str(&#v)?)
            }
            (B::Len, [Ty::Range]) => {
                let v = self.expr(&args[0]);
                quote!(#v.len()?)
            }
            (B::RangeObject, _) => {
                let a: Vec<TokenStream> = args.iter().map(|a| self.expr_as(a, &Ty::Int)).collect();
                match a.as_slice() {
                    [stop] => quote!(rt::builtins::range::PyRange::new(0, #stop, 1)?),
                    [start, stop] => quote!(rt::builtins::range::PyRange::new(#start, #stop, 1)?),
                    [start, stop, step] => quote!(rt::builtins::range::PyRange::new(#start, #stop, #step)?),
                    _ => quote!(compile_error!("pyrs: range arity")),
                }
            }
            (B::Len, [Ty::Iter(_)]) => {
                let it = self.iter_code(&args[0]);
                quote!(rt::builtins::range::ssize(#it.len())?)
            }
            (B::Len, [Ty::Flat(..)]) => {
                let v = self.expr(&args[0]);
                quote!(#v.len())
            }
            (B::Len, [Ty::Str | Ty::Dict(..) | Ty::Set(_)]) => {
                let v = self.place(&args[0]);
                quote!(#v.len())
            }
            (B::Sum, [t0, ..]) => {
                let el = Self::elem_of(self.inst.ty(&args[0]));
                let it = self.iter_code(&args[0]);
                let start_t = match args.get(1) {
                    Some(a) if !matches!(a.kind, ExprKind::Default | ExprKind::None) => self.ty(a),
                    _ => Ty::Int,
                };
                let start = match args.get(1) {
                    Some(a) if !matches!(a.kind, ExprKind::Default | ExprKind::None) => self.expr_as(a, t),
                    _ => coerce(quote!(0i64), &Ty::Int, t),
                };
                let _ = t0;
                let acc = self.temp();
                let x = self.temp();
                if *t == Ty::Num && el.base() == Ty::Float && matches!(start_t, Ty::Int | Ty::Bool) {
                    // an int start and float items: the start itself if there are none, else a
                    // float sum from the start converted (CPython's float path)
                    let start = match args.get(1) {
                        Some(a) if !matches!(a.kind, ExprKind::Default | ExprKind::None) => self.expr_as(a, &Ty::Int),
                        _ => quote!(0i64),
                    };
                    return Some(quote!({
                        let __start: i64 = #start;
                        let mut #acc = __start as f64;
                        let mut __any = false;
                        for #x in #it { #acc = #acc + #x; __any = true; }
                        if __any { rt::Num::Float(#acc) } else { rt::Num::Int(__start) }
                    }));
                }
                if *t == Ty::NumC && el.base() == Ty::Complex && start_t.is_py_real() {
                    // complex items from a real start: the start itself if there are none, else
                    // the complex sum from the start converted (CPython adds the start first)
                    let start = match args.get(1) {
                        Some(a) if !matches!(a.kind, ExprKind::Default | ExprKind::None) => self.expr(a),
                        _ => quote!(0i64),
                    };
                    let first = coerce(quote!(__start), &start_t, &Ty::Complex);
                    let keep = coerce(quote!(__start), &start_t, &Ty::NumC);
                    return Some(quote!({
                        let __start = #start;
                        let mut #acc = #first;
                        let mut __any = false;
                        for #x in #it { #acc = #acc + #x; __any = true; }
                        if __any { rt::NumC::Complex(#acc) } else { #keep }
                    }));
                }
                let np = self.inst.ty(&args[0]).clone();
                let np = matches!(Self::elem_of(&np), Ty::NpInt | Ty::NpFloat | Ty::NpComplex);
                let (add, rt_) = self.binop(BinOp::Add, quote!(#acc), t, quote!(#x), &el, &args[0], np);
                let add = coerce(add, &rt_, t);
                quote!({ let mut #acc = #start; for #x in #it { #acc = #add; } #acc })
            }
            (B::Any | B::All, [_]) => {
                let el = Self::elem_of(self.inst.ty(&args[0]));
                let x = self.temp();
                let truth = super::convert::truth_of(quote!(#x), &el);
                // a generator is drawn from until the answer is known, as CPython stops
                if let Some(lazy) = self.try_iter_code(&args[0]) {
                    let (stop, init) = if b == B::Any { (quote!(#truth), false) } else { (quote!(!#truth), true) };
                    let fin = !init;
                    return Some(
                        quote!({ let mut __r = #init; for __item in #lazy { let #x = __item?; if #stop { __r = #fin; break; } } __r }),
                    );
                }
                let it = self.iter_code(&args[0]);
                if b == B::Any {
                    quote!({ let mut __r = false; for #x in #it { if #truth { __r = true; break; } } __r })
                } else {
                    quote!({ let mut __r = true; for #x in #it { if !#truth { __r = false; break; } } __r })
                }
            }
            (B::Min | B::Max, [t0]) if !matches!(t0, Ty::List(el) if el.is_numeric()) => {
                let it = self.iter_code(&args[0]);
                let fname = format_ident!("{}_iter", b.name());
                quote!(rt::builtins::minmax::#fname(#it)?)
            }
            (B::MaxKey | B::MinKey, [_, _, _]) => {
                let el = Self::elem_of(self.inst.ty(&args[0]));
                let max = b == B::MaxKey;
                let it = self.iter_code(&args[0]);
                let (bind, key) = match self.fn_value(&args[1]) {
                    Some(kf) => {
                        let call = kf.call(self, std::slice::from_ref(&el), &[quote!(__x.clone())]);
                        (kf.bind.clone(), quote!(|__x: &_| ::core::result::Result::<_, rt::Error>::Ok(#call)))
                    }
                    None => (quote!(), quote!(|__x: &_| ::core::result::Result::<_, rt::Error>::Ok(__x.clone()))),
                };
                let found = quote!(rt::builtins::minmax::by_key(#it, #key, #max)?);
                if matches!(args[2].kind, ExprKind::Default) {
                    let msg = if max { "max() arg is an empty sequence" } else { "min() arg is an empty sequence" };
                    quote!({ #bind #found.ok_or_else(|| rt::Error::Value(#msg))? })
                } else {
                    let d = self.expr_as(&args[2], t);
                    let x = super::convert::coerce(quote!(__x), &el, t);
                    quote!({ #bind match #found { ::core::option::Option::Some(__x) => #x, ::core::option::Option::None => #d } })
                }
            }
            (B::Sorted, [t0, ..]) => {
                let el = Self::elem_of(self.inst.ty(&args[0]));
                let _ = t0;
                let it = self.iter_code(&args[0]);
                let reverse = match args.get(2) {
                    Some(r) if !matches!(r.kind, ExprKind::Default | ExprKind::None) => self.truth(r),
                    _ => quote!(false),
                };
                let key = args.get(1).and_then(|k| self.fn_value(k));
                match key {
                    Some(kf) => {
                        let bind = &kf.bind;
                        let call = kf.call(self, std::slice::from_ref(&el), &[quote!(__x.clone())]);
                        quote!({
                            #bind
                            let __v: Vec<_> = #it.collect();
                            let __keys = __v.iter().map(|__x| Ok(#call)).collect::<rt::Result<Vec<_>>>()?;
                            rt::List::from_vec(rt::builtins::sort::sort_by_keys(__v, __keys, #reverse))
                        })
                    }
                    None => quote!({
                        let mut __v: Vec<_> = #it.collect();
                        rt::builtins::sort::sort(&mut __v, #reverse);
                        rt::List::from_vec(__v)
                    }),
                }
            }
            (B::FunctoolsReduce, _) => self.functools_reduce(args, t),
            (B::ItertoolsCount, _) => {
                let Ty::Gen(el) = t else { unreachable!("count() is a generator") };
                let start = args.first().map(|a| self.expr_as(a, el)).unwrap_or_else(|| quote!(0i64));
                let start = if **el == Ty::Float && args.is_empty() { quote!(0.0f64) } else { start };
                let step = match args.get(1) {
                    Some(a) => self.expr_as(a, el),
                    None if **el == Ty::Float => quote!(1.0f64),
                    None => quote!(1i64),
                };
                quote!(rt::builtins::itertools::count(#start, #step)?)
            }
            (B::ItertoolsRepeat, [_]) => {
                let x = self.expr(&args[0]);
                quote!(rt::builtins::itertools::repeat(#x)?)
            }
            (B::ItertoolsCycle, [_]) => {
                let it = self.iter_code(&args[0]);
                quote!(rt::builtins::itertools::cycle(#it.collect::<Vec<_>>())?)
            }
            (B::ItertoolsIslice, [Ty::Gen(_), rest @ ..]) => {
                let g = self.expr(&args[0]);
                let (start, stop, step) = self.islice_bounds(&args[1..], rest.len());
                quote!(rt::builtins::itertools::islice(#g, #start, #stop, #step)?)
            }
            (B::Next, [_]) => {
                let g = self.expr(&args[0]);
                quote!(#g.next()?)
            }
            // `x = yield v`: what the generator was resumed with (None, or `g.send(v)`'s value)
            (B::GenSent, []) => match t {
                Ty::Opt(s) => {
                    let s = super::names::rust_type(s);
                    let sent = format_ident!("{}", super::body::GENERATOR_SENT);
                    quote!(rt::builtins::generator::received::<#s>(::core::mem::take(&mut #sent))?)
                }
                _ => quote!(()),
            },
            (B::GenSend, [_, v]) => {
                let g = self.expr(&args[0]);
                let x = self.expr(&args[1]);
                // (converted to the one type the generator reads: ints and floats sent into
                // one generator are `Num`s)
                let s = self.inst.sends.get(&args[1].id).cloned();
                let sent = match (v, s) {
                    (Ty::None, _) | (_, None) => quote!({ let _ = #x; None }),
                    (Ty::Opt(v), Some(s)) => {
                        let c = super::convert::coerce(quote!(__v), v, &s);
                        quote!(rt::builtins::generator::sent_opt((#x).map(|__v| #c)))
                    }
                    (v, Some(s)) => {
                        let c = super::convert::coerce(x, v, &s);
                        quote!(rt::builtins::generator::sent(#c))
                    }
                };
                quote!(#g.send(#sent)?)
            }
            // `r = yield from g`: the value `g`'s body returned
            (B::GenReturn, [_]) => match t {
                Ty::None => quote!(()),
                Ty::Opt(_) => {
                    let r = super::names::rust_type(t);
                    let g = self.expr(&args[0]);
                    quote!(#g.take_return::<#r>()?.flatten())
                }
                _ => {
                    let r = super::names::rust_type(t);
                    let g = self.expr(&args[0]);
                    quote!(#g.take_return::<#r>()?.ok_or(rt::Error::Internal("a generator ended without its value"))?)
                }
            },
            (B::Next, [_, _]) => {
                let g = self.expr(&args[0]);
                let d = self.expr_as(&args[1], t);
                let el = match &ts[0] {
                    Ty::Gen(el) => (**el).clone(),
                    Ty::Flat(e, _) => e.scalar(),
                    _ => unreachable!("next() of a generator"),
                };
                let el = &el;
                let conv = super::convert::coerce(quote!(__x), el, t);
                quote!(match #g.next_item()? { Some(__x) => #conv, None => #d })
            }
            (B::Tuple, [Ty::Tuple(_)]) => self.expr(&args[0]),
            (B::Open, [_, ..]) => {
                // file, mode, buffering, encoding, errors, newline: evaluated in order
                let mut binds = Vec::new();
                let mut opts = Vec::new();
                for (k, a) in args.iter().enumerate() {
                    if k == 2 {
                        continue;
                    }
                    if matches!(a.kind, ExprKind::Default | ExprKind::None) {
                        opts.push(quote!(None));
                        continue;
                    }
                    let v = self.expr_as(a, &Ty::Str);
                    let var = format_ident!("__open{}", k);
                    binds.push(quote!(let #var: rt::Str = #v;));
                    opts.push(if k == 0 { quote!(&#var) } else { quote!(Some(&#var)) });
                }
                while opts.len() < 5 {
                    opts.push(quote!(None));
                }
                quote!({ #(#binds)* rt::py::file::open(#(#opts),*)? })
            }
            // a generator over a tuple: its items, as many as inference counted
            (B::Tuple, [Ty::List(_)]) if matches!(t, Ty::Tuple(_)) => {
                let n = match t {
                    Ty::Tuple(items) => items.len(),
                    _ => 0,
                };
                let l = self.expr(&args[0]);
                let names: Vec<_> = (0..n).map(|i| format_ident!("__tup{}", i)).collect();
                quote!({
                    let [#(#names),*] = rt::builtins::tuple::fixed::<_, #n>(#l.to_vec())?;
                    (#(#names,)*)
                })
            }
            // a tuple of any length
            (B::Tuple, [_]) => {
                let it = self.iter_code(&args[0]);
                let el = match t {
                    Ty::VarTuple(el) => (**el).clone(),
                    _ => Ty::Unknown,
                };
                let src = Self::elem_of(self.inst.ty(&args[0])).base();
                let conv = coerce(quote!(__x), &src, &el);
                quote!(rt::VarTuple::collect(#it.map(|__x| #conv))?)
            }
            (B::List, []) => quote!(rt::List::new()),
            (B::List, [_]) => {
                let it = self.iter_code(&args[0]);
                let el = match t {
                    Ty::List(el) => (**el).clone(),
                    _ => Ty::Unknown,
                };
                let src = Self::elem_of(self.inst.ty(&args[0])).base();
                let conv = coerce(quote!(__x), &src, &el);
                quote!(rt::builtins::list::collect(#it.map(|__x| #conv))?)
            }
            (B::Set, []) => quote!(rt::Set::new()),
            (B::Set, [_]) => {
                let it = self.iter_code(&args[0]);
                quote!(rt::Set::from_vec(#it.collect()))
            }
            (B::TimeTime, []) => quote!(rt::builtins::time::time()),
            (
                B::RandomRandom | B::RandomUniform | B::RandomGauss | B::RandomNormalvariate | B::RandomExpovariate,
                _,
            ) => {
                let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_as(a, &Ty::Float)).collect();
                let name = format_ident!("{}", b.name().trim_start_matches("random."));
                quote!(rt::py::stdrandom::#name(#(#vals),*)?)
            }
            (B::RandomRandint | B::RandomGetrandbits | B::RandomSeed, [_, ..]) => {
                let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_as(a, &Ty::Int)).collect();
                let name = format_ident!("{}", b.name().trim_start_matches("random."));
                quote!(rt::py::stdrandom::#name(#(#vals),*)?)
            }
            (B::RandomSeed, []) => quote!(rt::py::stdrandom::seed_none()?),
            (B::RandomRandrange, _) => {
                let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_as(a, &Ty::Int)).collect();
                match vals.as_slice() {
                    [stop] => quote!(rt::py::stdrandom::randrange1(#stop)?),
                    [start, stop] => quote!(rt::py::stdrandom::randrange(#start, #stop, 1)?),
                    _ => quote!(rt::py::stdrandom::randrange(#(#vals),*)?),
                }
            }
            (B::RandomShuffle, [_]) => {
                let l = self.place(&args[0]);
                quote!(rt::py::stdrandom::shuffle(&#l)?)
            }
            (B::RandomChoice, [_]) => {
                let l = self.place(&args[0]);
                quote!(rt::py::stdrandom::choice(&#l)?)
            }
            (B::RandomSample, [_, _]) => {
                let l = self.place(&args[0]);
                let k = self.expr_as(&args[1], &Ty::Int);
                quote!(rt::py::stdrandom::sample(&#l, #k)?)
            }
            (B::TimePerfCounter | B::TimeMonotonic, []) => quote!(rt::builtins::time::perf_counter()),
            (B::TimeProcessTime, []) => quote!(rt::builtins::time::process_time()),
            (B::DictFromkeys, [_, rest @ ..]) => {
                // the value once, shared by every key (as in CPython: the same object)
                let it = self.iter_code(&args[0]);
                let v = match rest.first() {
                    Some(vt) => {
                        let vt = vt.clone();
                        let x = self.expr(&args[1]);
                        let target = match t {
                            Ty::Dict(_, v) => (**v).clone(),
                            _ => vt.clone(),
                        };
                        coerce(x, &vt, &target)
                    }
                    None => quote!(()),
                };
                quote!({ let __v = #v; rt::Dict::from_pairs(#it.map(|__k| (__k, __v.clone())).collect()) })
            }
            (B::Dict, []) => quote!(rt::Dict::new()),
            (B::Dict, [Ty::Dict(..)]) => {
                let v = self.place(&args[0]);
                quote!(#v.copy())
            }
            (B::Dict, [_]) => {
                let it = self.iter_code(&args[0]);
                quote!(rt::Dict::from_pairs(#it.collect()))
            }
            _ => {
                let _ = f;
                return None;
            }
        })
    }

    /// Methods of `str`, `list`, `dict` and `set` (see `infer::builtins`); `None` for others.
    pub fn method_more(
        &mut self,
        receiver: &ir::Expr,
        method: Method,
        args: &[ir::Expr],
        t: &Ty,
    ) -> Option<TokenStream> {
        let rt_ = self.ty(receiver);
        let r = self.place(receiver);
        let a: Vec<Ty> = args.iter().map(|x| self.ty(x)).collect();
        let _ = t;
        Some(match (&rt_, method, a.as_slice()) {
            (Ty::File, Method::Read, []) => quote!(#r.read(None)?),
            (Ty::File, Method::Read, [_]) => {
                let n = self.expr_as(&args[0], &Ty::Int);
                quote!(#r.read(Some(#n))?)
            }
            (Ty::File, Method::Readline, []) => quote!(#r.readline()?),
            (Ty::File, Method::Readlines, []) => quote!(#r.readlines()?),
            (Ty::File, Method::Write, [_]) => {
                let s = self.expr(&args[0]);
                quote!(#r.write(&#s)?)
            }
            (Ty::File, Method::Close, []) => quote!(#r.close()?),
            (
                Ty::Str,
                Method::Upper
                | Method::Lower
                | Method::Strip
                | Method::Lstrip
                | Method::Rstrip
                | Method::Isdigit
                | Method::Isalpha
                | Method::Isspace,
                [],
            ) => {
                let m = format_ident!("{}", method.name());
                quote!(#r.#m())
            }
            (
                Ty::Str,
                Method::Capitalize
                | Method::Title
                | Method::Swapcase
                | Method::Isupper
                | Method::Islower
                | Method::Isalnum,
                [],
            ) => {
                let m = format_ident!("{}", method.name());
                quote!(#r.#m())
            }
            (Ty::Str, Method::Zfill, [_]) => {
                let w = self.expr_as(&args[0], &Ty::Int);
                quote!(#r.zfill(#w))
            }
            (Ty::Str, Method::Center | Method::Ljust | Method::Rjust, [_, ..]) => {
                let m = format_ident!("{}", method.name());
                let w = self.expr_as(&args[0], &Ty::Int);
                let fill = match args.get(1) {
                    Some(f) => self.expr(f),
                    None => quote!(rt::Str::from(" ")),
                };
                quote!(#r.#m(#w, &#fill)?)
            }
            (Ty::Str, Method::Removeprefix | Method::Removesuffix, [_]) => {
                let m = format_ident!("{}", method.name());
                let x = self.expr(&args[0]);
                quote!(#r.#m(&#x))
            }
            (Ty::Str, Method::Partition | Method::Rpartition, [_]) => {
                let x = self.expr(&args[0]);
                let last = method == Method::Rpartition;
                quote!(#r.partition(&#x, #last)?)
            }
            (Ty::Str, Method::Strip | Method::Lstrip | Method::Rstrip, [_]) => {
                let c = self.expr(&args[0]);
                let (l, rr) = match method {
                    Method::Strip => (true, true),
                    Method::Lstrip => (true, false),
                    _ => (false, true),
                };
                quote!(#r.strip_chars(&#c, #l, #rr))
            }
            (Ty::Str, Method::Startswith | Method::Endswith | Method::Find | Method::Rfind | Method::Count, [_]) => {
                let m = format_ident!("{}", method.name());
                let x = self.expr(&args[0]);
                quote!(#r.#m(&#x))
            }
            (Ty::Str, Method::Index, [_]) => {
                let x = self.expr(&args[0]);
                quote!(#r.index(&#x)?)
            }
            (Ty::Str, Method::Replace, [_, _]) => {
                let x = self.expr(&args[0]);
                let y = self.expr(&args[1]);
                quote!(#r.replace(&#x, &#y))
            }
            (Ty::Str, Method::Split, []) => quote!(rt::List::from_vec(#r.split_whitespace())),
            (Ty::Str, Method::Splitlines, []) => quote!(rt::List::from_vec(#r.splitlines(false))),
            (Ty::Str, Method::Splitlines, [_]) => {
                let k = self.truth(&args[0]);
                quote!(rt::List::from_vec(#r.splitlines(#k)))
            }
            (Ty::Str, Method::Split, [Ty::None]) => quote!(rt::List::from_vec(#r.split_whitespace())),
            (Ty::Str, Method::Split, [_]) => {
                let x = self.expr(&args[0]);
                quote!(rt::List::from_vec(#r.split(&#x)?))
            }
            // `s.split(sep, maxsplit)`: the separator first, then the count (CPython's order)
            (Ty::Str, Method::Split, [st, _]) => {
                let sep = match st {
                    Ty::None => {
                        let x = self.expr(&args[0]);
                        quote!({ let _ = #x; ::core::option::Option::None })
                    }
                    _ => {
                        let x = self.expr(&args[0]);
                        quote!(::core::option::Option::Some(#x))
                    }
                };
                let k = self.expr_as(&args[1], &Ty::Int);
                quote!({ let __sep: ::core::option::Option<rt::Str> = #sep; let __k = #k; rt::List::from_vec(#r.split_max(__sep.as_ref(), __k)?) })
            }
            (Ty::Str, Method::Join, [at]) if Self::elem_of(at) == Ty::Unknown => {
                let it = self.iter_code(&args[0]);
                quote!({ let _ = #it; #r.join(&[]) })
            }
            (Ty::Str, Method::Join, [_]) => {
                let it = self.iter_code(&args[0]);
                quote!(#r.join(&#it.collect::<Vec<rt::Str>>()))
            }
            (Ty::List(el), Method::Extend, [_]) => {
                let el = (**el).clone();
                let src = Self::elem_of(self.inst.ty(&args[0])).base();
                let it = self.iter_code(&args[0]);
                let conv = coerce(quote!(__x), &src, &el);
                quote!(#r.extend(#it.map(|__x| #conv).collect()))
            }
            (Ty::List(el), Method::Insert, [_, _]) => {
                let el = (**el).clone();
                let i = self.expr_as(&args[0], &Ty::Int);
                let x = self.expr_as(&args[1], &el);
                quote!(#r.insert(#i, #x))
            }
            (Ty::VarTuple(el), Method::Index | Method::Count, [_]) => {
                let el = (**el).clone();
                let x = self.expr_as(&args[0], &el);
                match method {
                    Method::Count => quote!(#r.count(&#x)),
                    _ => quote!(#r.index(&#x)?),
                }
            }
            (Ty::Tuple(items), Method::Index | Method::Count, [xt]) => {
                // the items as an array of their common type (Python's `==` between numbers)
                let items = items.clone();
                let el = Ty::items_join(&items).unwrap_or_else(|| xt.clone());
                let x = self.expr_as(&args[0], &el);
                let parts = items.iter().enumerate().map(|(k, it)| {
                    let idx = syn::Index::from(k);
                    super::convert::coerce(quote!(__t.#idx.clone()), it, &el)
                });
                let arr = quote!([#(#parts),*]);
                match method {
                    Method::Count => {
                        quote!({ let __t = #r; let __x = #x; #arr.iter().filter(|__y| **__y == __x).count() as i64 })
                    }
                    _ => quote!({
                        let __t = #r;
                        let __x = #x;
                        #arr.iter()
                            .position(|__y| *__y == __x)
                            .map(|__i| __i as i64)
                            .ok_or_else(|| rt::Error::Value("tuple.index(x): x not in tuple"))?
                    }),
                }
            }
            (Ty::List(el), Method::Index | Method::Count | Method::Remove, [_]) => {
                let el = (**el).clone();
                let x = self.expr_as(&args[0], &el);
                match method {
                    Method::Count => quote!(#r.count(&#x)),
                    Method::Index => quote!(#r.index(&#x)?),
                    _ => quote!(#r.remove(&#x)?),
                }
            }
            (Ty::List(_), Method::Reverse | Method::Clear, []) => {
                let m = format_ident!("{}", method.name());
                quote!(#r.#m())
            }
            (Ty::List(_), Method::Sort, []) => quote!(#r.sort(false)),
            (Ty::List(_) | Ty::Dict(..) | Ty::Set(_), Method::Copy, []) => quote!(#r.copy()),
            (Ty::Dict(k, v), Method::Get | Method::Setdefault | Method::Pop, [_, _]) => {
                let (k, v) = ((**k).clone(), (**v).clone());
                let key = self.expr_as(&args[0], &k);
                let d = self.expr_as(&args[1], &v);
                match method {
                    Method::Get => quote!(#r.get_or(&#key, #d)),
                    Method::Setdefault => quote!(#r.setdefault(#key, #d)),
                    _ => quote!(#r.pop_or(&#key, #d)),
                }
            }
            (Ty::Dict(k, _), Method::Pop, [_]) => {
                let k = (**k).clone();
                let key = self.expr_as(&args[0], &k);
                quote!(#r.pop(&#key)?)
            }
            (Ty::Dict(..), Method::Keys | Method::Values | Method::Items, []) => {
                let m = format_ident!("{}", method.name());
                quote!(#r.#m())
            }
            (Ty::Dict(..), Method::Update, [_]) => {
                let o = self.expr(&args[0]);
                quote!(#r.update(&#o))
            }
            (Ty::Dict(..) | Ty::Set(_), Method::Clear, []) => quote!(#r.clear()),
            (Ty::Set(el), Method::Add | Method::Discard | Method::Remove, [_]) => {
                let el = (**el).clone();
                let x = self.expr_as(&args[0], &el);
                match method {
                    Method::Add => quote!(#r.add(#x)),
                    Method::Discard => quote!(#r.discard(&#x)),
                    _ => quote!(#r.remove(&#x)?),
                }
            }
            (Ty::Set(_), Method::Pop, []) => quote!(#r.pop()?),
            (
                Ty::Set(_),
                Method::Union
                | Method::Intersection
                | Method::Difference
                | Method::SymmetricDifference
                | Method::Issubset,
                [_],
            ) => {
                let m = format_ident!("{}", method.name());
                let o = self.expr(&args[0]);
                quote!(#r.#m(&#o))
            }
            (Ty::Set(_), Method::Issuperset, [_]) => {
                let o = self.expr(&args[0]);
                quote!(#o.issubset(&#r))
            }
            (Ty::Set(_), Method::Isdisjoint, [_]) => {
                let o = self.expr(&args[0]);
                quote!(#r.intersection(&#o).is_empty())
            }
            (Ty::Set(_), Method::Update, [_]) => {
                let o = self.expr(&args[0]);
                quote!(#r.update(&#o))
            }
            _ => return None,
        })
    }
}

/// The walk of [`Body::may_change_lists`]: a call of a function of the file, a mutating method
/// of a list, an assignment to an item of a list; `try`, `del`, `raise` and `assert`
/// statements are taken to change lists.
struct ListChanges<'b, 'a> {
    body: &'b Body<'a>,
    found: bool,
}

impl<'ir> Visitor<'ir> for ListChanges<'_, '_> {
    fn visit_stmt(&mut self, s: &'ir ir::Stmt) {
        use ir::StmtKind as S;
        match &s.kind {
            _ if self.found => {}
            S::Try { .. } | S::Delete { .. } | S::Raise(_) | S::Assert { .. } => self.found = true,
            _ => visit::walk_stmt(self, s),
        }
    }

    fn visit_target(&mut self, t: &'ir Target) {
        match t {
            Target::Subscript { value, .. } if matches!(self.body.inst.ty(value), Ty::List(_)) => self.found = true,
            _ => visit::walk_target(self, t),
        }
    }

    fn visit_expr(&mut self, e: &'ir ir::Expr) {
        match &e.kind {
            _ if self.found => {}
            // a function of the file is called (directly, through a value, or by `map`,
            // `sorted(key=)`, ... given a function value)
            ExprKind::CallUser(..) | ExprKind::CallValue(..) | ExprKind::FuncRef(..) => self.found = true,
            _ if matches!(self.body.inst.ty(e), Ty::Func(..)) => self.found = true,
            ExprKind::CallMethod { receiver, method, .. }
                if matches!(self.body.inst.ty(receiver), Ty::List(_)) && LIST_MUTATORS.contains(method) =>
            {
                self.found = true
            }
            _ => visit::walk_expr(self, e),
        }
    }
}
