//! One function instance → one Rust `fn` returning `rt::Result<T>`; statements.

use super::body::Body;
use super::names::{local, rust_type};
use super::Gen;
use crate::infer::Instance;
use crate::ir::query::always_returns;
use crate::ir::{self, StmtKind};
use crate::types::Ty;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::{HashMap, HashSet};

/// How many copies of a small self-recursive function to chain: copy k calls copy k+1 and
/// all but the first are `#[inline(always)]`, which is recursive inlining to this depth (LLVM
/// does not inline recursive calls by itself; GCC does, and recursive kernels like `fib` are
/// several times faster for it).
const RECURSIVE_INLINE_DEPTH: usize = 8;
/// Only functions at most this many statements long and without loops are unrolled, to
/// bound the code size (it grows with the number of recursive calls to the power of the depth).
const RECURSIVE_INLINE_MAX_STMTS: usize = 12;

/// The Rust function(s) of one instance. A function on a cycle of calls is `NAME__rec` (and
/// its chain of copies) taking the stack limit as a last argument `__stack`, which calls on
/// the cycle pass on, and `NAME`, the entry from elsewhere, which reads the limit.
pub fn instance(g: &Gen, f: &ir::Function, inst: &Instance) -> Vec<TokenStream> {
    let recursive = g.recursive.contains(&f.name);
    let depth =
        if ir::query::calls(&f.body, &f.name) && small_without_loops(&f.body) { RECURSIVE_INLINE_DEPTH } else { 1 };
    let names: Vec<proc_macro2::Ident> = (0..depth)
        .map(|k| match k {
            0 if recursive => recursive_name(&inst.rust_name),
            0 => format_ident!("{}", inst.rust_name),
            _ => format_ident!("{}__inl{}", inst.rust_name, k),
        })
        .collect();
    let mut items: Vec<TokenStream> = (0..depth)
        .map(|k| {
            let attr = match (depth, k) {
                (1, _) => quote!(),
                (_, 0) => quote!(#[inline(never)]),
                _ => quote!(#[inline(always)]),
            };
            let target = if depth > 1 { Some(names[(k + 1) % depth].clone()) } else { None };
            // the chain's first copy checks the stack for all of them (the margin covers the
            // inlined ones), so that deep recursion raises RecursionError instead of crashing
            let stack = match (recursive, k) {
                (false, _) => Stack::None,
                (true, 0) => Stack::Check,
                (true, _) => Stack::Pass,
            };
            instance_copy(g, f, inst, &names[k], attr, target, stack, None)
        })
        .collect();
    if recursive {
        items.push(recursive_entry(f, inst, &names[0]));
    }
    // the wrapper's copy whose returns say which parameter they return as it came (its
    // calls to the function itself go to the copies above)
    if let Some(tags) = super::wrapper::identity_params(f, inst) {
        let entry = super::wrapper::entry_name(&inst.rust_name);
        if recursive {
            let rec = format_ident!("{}__rec", entry);
            items.push(instance_copy(g, f, inst, &rec, quote!(#[allow(dead_code)]), None, Stack::Check, Some(tags)));
            let ids: Vec<proc_macro2::Ident> =
                f.params.iter().take(inst.key.args.len()).map(|p| local(&p.name)).collect();
            let tys: Vec<TokenStream> = inst.key.args.iter().map(rust_type).collect();
            let ret = rust_type(&inst.ret);
            items.push(quote! {
                #[allow(dead_code)]
                fn #entry(#(#ids: #tys),*) -> rt::Result<(#ret, u8)> {
                    #rec(#(#ids,)* rt::support::stack::limit())
                }
            });
        } else {
            items.push(instance_copy(g, f, inst, &entry, quote!(#[allow(dead_code)]), None, Stack::None, Some(tags)));
        }
    }
    items
}

/// The name of the copy of a function on a cycle that takes the stack limit (`__stack`).
pub fn recursive_name(rust_name: &str) -> proc_macro2::Ident {
    format_ident!("{}__rec", rust_name)
}

/// What a function copy does with the stack limit.
#[derive(Clone, Copy, PartialEq)]
enum Stack {
    /// not on a cycle of calls: no limit
    None,
    /// takes `__stack` and checks the stack pointer against it
    Check,
    /// takes `__stack` and passes it on (an inlined copy of a recursive chain)
    Pass,
}

/// `NAME(params)`: a call from outside the cycle reads this thread's stack limit (one
/// thread-local read) and enters `NAME__rec`.
fn recursive_entry(f: &ir::Function, inst: &Instance, rec: &proc_macro2::Ident) -> TokenStream {
    let name = format_ident!("{}", inst.rust_name);
    let ids: Vec<proc_macro2::Ident> = f.params.iter().take(inst.key.args.len()).map(|p| local(&p.name)).collect();
    let tys: Vec<TokenStream> = inst.key.args.iter().map(rust_type).collect();
    let ret = rust_type(&inst.ret);
    let doc = format!(" `{}` entered from outside its cycle of calls", f.name);
    quote! {
        #[doc = #doc]
        #[inline]
        fn #name(#(#ids: #tys),*) -> rt::Result<#ret> {
            #rec(#(#ids,)* rt::support::stack::limit())
        }
    }
}

/// The functions on a cycle of the module's call graph (they can recurse without bound).
pub fn recursive_functions(module: &ir::Module) -> HashSet<String> {
    let callees: HashMap<&str, Vec<&str>> = module
        .functions
        .iter()
        .map(|f| {
            let cs = module.functions.iter().filter(|g| ir::query::calls(&f.body, &g.name)).map(|g| g.name.as_str());
            (f.name.as_str(), cs.collect())
        })
        .collect();
    let mut out = HashSet::new();
    for f in &module.functions {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut todo: Vec<&str> = callees[f.name.as_str()].clone();
        while let Some(g) = todo.pop() {
            if g == f.name {
                out.insert(f.name.clone());
                break;
            }
            if seen.insert(g) {
                todo.extend(callees.get(g).into_iter().flatten());
            }
        }
    }
    out
}

/// At most [`RECURSIVE_INLINE_MAX_STMTS`] statements (at any depth), none of them a loop.
fn small_without_loops(body: &[ir::Stmt]) -> bool {
    let all = ir::query::statements(body);
    all.len() <= RECURSIVE_INLINE_MAX_STMTS
        && !all.iter().any(|s| matches!(s.kind, StmtKind::For { .. } | StmtKind::While { .. }))
}

#[allow(clippy::too_many_arguments)] // the copy's name, attributes, self-calls, stack and returns
fn instance_copy(
    g: &Gen,
    f: &ir::Function,
    inst: &Instance,
    name: &proc_macro2::Ident,
    attr: TokenStream,
    self_target: Option<proc_macro2::Ident>,
    stack: Stack,
    tag_returns: Option<Vec<String>>,
) -> TokenStream {
    let tagged = tag_returns.is_some();
    let mut params: Vec<TokenStream> = f
        .params
        .iter()
        .zip(&inst.key.args)
        .map(|(p, t)| {
            let n = local(&p.name);
            let t = rust_type(t);
            quote!(mut #n: #t)
        })
        .collect();
    if stack != Stack::None {
        params.push(quote!(__stack: rt::support::stack::Limit));
    }
    // a parameter given as None and assigned a value later (`if out is None: out = ...`)
    // becomes a variable of the assigned type
    let given = |n: &str| {
        f.params
            .iter()
            .zip(&inst.key.args)
            .any(|(p, t)| p.name == n && inst.locals.get(n).map(|l| l == t).unwrap_or(true))
    };
    let float_nums = super::numvar::float_nums(f, inst);
    let decls: Vec<TokenStream> = inst
        .locals
        .iter()
        .filter(|(n, _)| !given(n) && !f.params.iter().skip(inst.key.args.len()).any(|p| &p.name == *n))
        .map(|(n, t)| {
            let id = local(n);
            let ty = if float_nums.contains(n) { quote!(rt::NumF) } else { rust_type(t) };
            quote!(let mut #id: #ty = ::core::default::Default::default();)
        })
        .collect();
    let mut b = Body {
        g,
        inst,
        temps: 0,
        self_target,
        discard_result: false,
        elem: Default::default(),
        flow: Default::default(),
        proofs: Default::default(),
        generator: ir::query::is_generator(&f.body),
        unwrapping: None,
        float_nums,
        tag_returns,
        overrides: Default::default(),
    };
    // parameters an export left out (`T?`): their default values
    let defaults: Vec<TokenStream> = f
        .params
        .iter()
        .skip(inst.key.args.len())
        .map(|p| {
            let id = local(&p.name);
            let lt = inst.locals.get(&p.name).cloned().unwrap_or(Ty::Unknown);
            let ty = rust_type(&lt);
            match &p.default {
                Some(d) if *inst.ty(d) != Ty::None || lt == Ty::None => {
                    let v = b.expr_as(d, &lt);
                    quote!(let mut #id: #ty = #v;)
                }
                _ => quote!(let mut #id: #ty = ::core::default::Default::default();),
            }
        })
        .collect();
    let stmts = b.block(&f.body);
    let stmts = if f.fast_math { super::fastmath::fast_paths(stmts) } else { stmts };
    let check = if stack == Stack::Check { quote!(rt::support::stack::check(__stack)?;) } else { quote!() };
    // the Ctrl-C flag its loops read (see `Body::loop_body`)
    // (a generator reads it again at each resume: `yield` in `Body::stmt`)
    let sigint = if b.generator {
        quote!(let mut __sigint = rt::support::signals::flag();)
    } else if b.flow.sigint {
        quote!(let __sigint = rt::support::signals::flag();)
    } else {
        quote!()
    };
    let stmts = quote!(#check #sigint #(#defaults)* #stmts);
    let ret = rust_type(&inst.ret);
    let ret = if tagged { quote!((#ret, u8)) } else { ret };
    // (a body that always returns may still end in statements rustc cannot see through, such
    // as the outcome dispatch after a `try`)
    let tail = if always_returns(&f.body) && !b.generator {
        quote!(
            #[allow(unreachable_code)]
            Err(rt::Error::Internal("reached the end of a function that always returns"))
        )
    } else if matches!(inst.ret, Ty::Opt(_)) && !b.generator {
        // falling off the end returns None
        quote!(Ok(None))
    } else {
        quote!(Ok(()))
    };
    let doc = format!(
        " `{}` compiled for ({})",
        f.name,
        inst.key.args.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ")
    );
    if b.generator {
        // the body runs when the generator is iterated, on its own stack
        let Ty::Gen(el) = &inst.ret else { unreachable!("a generator's result") };
        let el = rust_type(el);
        let y = format_ident!("{}", super::body::GENERATOR_YIELDER);
        let sent = if inst.sendable {
            let s = format_ident!("{}", super::body::GENERATOR_SENT);
            quote!(let mut #s: rt::Sent = None;)
        } else {
            quote!()
        };
        if inst.gen_ret != Ty::None {
            // `return value`: StopIteration's value, and its str() as its text
            let r = &inst.gen_ret;
            let rt_r = rust_type(r);
            let tail = if always_returns(&f.body) {
                quote!(
                    #[allow(unreachable_code)]
                    Err(rt::Error::Internal("reached the end of a generator that always returns"))
                )
            } else {
                quote!(Ok(None))
            };
            let text = match r {
                Ty::Opt(x) => {
                    let s = super::containers::str_of(quote!(__x.clone()), x);
                    quote!(match __v { Some(__x) => #s.as_str().to_string(), None => String::new() })
                }
                _ => {
                    let s = super::containers::str_of(quote!(__v.clone()), r);
                    quote!(#s.as_str().to_string())
                }
            };
            return quote! {
                #[doc = #doc]
                #attr
                fn #name(#(#params),*) -> rt::Result<#ret> {
                    rt::Gen::returning(
                        move |#y: &rt::Yielder<#el>| -> rt::Result<#rt_r> {
                            let __stack = rt::support::stack::limit();
                            #sent
                            #(#decls)*
                            #stmts
                            #tail
                        },
                        |__v: &#rt_r| -> rt::Result<String> { Ok(#text) },
                    )
                }
            };
        }
        return quote! {
            #[doc = #doc]
            #attr
            fn #name(#(#params),*) -> rt::Result<#ret> {
                rt::Gen::new(move |#y: &rt::Yielder<#el>| -> rt::Result<()> {
                    // the body runs on the generator's own stack: its limit, not the caller's
                    let __stack = rt::support::stack::limit();
                    #sent
                    #(#decls)*
                    #stmts
                    #tail
                })
            }
        };
    }
    quote! {
        #[doc = #doc]
        #attr
        fn #name(#(#params),*) -> rt::Result<#ret> {
            #(#decls)*
            #stmts
            #tail
        }
    }
}
