//! Functions as values: a function of the file held in a variable, passed as an argument,
//! stored in a tuple, or given to `sorted(key=)`, `map`, `filter`, `functools.reduce`.
//!
//! The value of a function is the tuple of the values it captures (`()` for a module-level
//! function); which function it is, is part of its type ([`Ty::Func`]), so every call of a
//! value is a direct call of one instance, specialised as any call is.

use super::body::Body;
use crate::infer::InstanceKey;
use crate::ir::{self, ExprKind};
use crate::types::Ty;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// A function value bound to a temporary: call it with [`FnValue::call`].
pub struct FnValue {
    /// `let __tN = <the captured values>;`
    pub bind: TokenStream,
    name: String,
    caps: Vec<Ty>,
    var: Ident,
}

impl FnValue {
    /// The instance called with arguments of types `args` (the captured values' types are
    /// appended), or `None` if inference made none.
    pub fn instance(&self, b: &Body, args: &[Ty]) -> Option<Ident> {
        let mut all = args.to_vec();
        all.extend(self.caps.iter().cloned());
        let key = InstanceKey { func: self.name.clone(), args: all };
        let i = *b.g.index.get(&key)?;
        Some(format_ident!("{}", b.g.program.instances[i].rust_name))
    }

    /// `f(args..., captured...)?` for the instance taking `arg_tys`.
    pub fn call(&self, b: &Body, arg_tys: &[Ty], args: &[TokenStream]) -> TokenStream {
        // literal defaults of the arguments the call leaves out (see `ir::literal_type`)
        let mut arg_tys = arg_tys.to_vec();
        let mut args = args.to_vec();
        if let Some(f) = b.g.module.function(&self.name) {
            let n = f.params.len().saturating_sub(self.caps.len());
            for p in f.params.iter().take(n).skip(arg_tys.len()) {
                let Some(d) = &p.default else { break };
                let Some(t) = crate::infer::literal_type(d) else { break };
                args.push(literal_code(d));
                arg_tys.push(t);
            }
        }
        let Some(f) = self.instance(b, &arg_tys) else {
            return quote!(compile_error!("pyrs: no instance for a call of a function value"));
        };
        let var = &self.var;
        let caps = (0..self.caps.len()).map(|k| {
            let k = syn::Index::from(k);
            quote!(#var.#k.clone())
        });
        quote!(#f(#(#args,)* #(#caps),*)?)
    }
}

/// The code of a literal default value (see `ir::literal_type`).
fn literal_code(e: &ir::Expr) -> TokenStream {
    use super::convert::{float_lit, int_lit};
    match &e.kind {
        ExprKind::Int(v) => int_lit(*v),
        ExprKind::Float(v) => float_lit(*v),
        ExprKind::Bool(v) => quote!(#v),
        ExprKind::Str(s) => quote!(rt::Str::from(#s)),
        ExprKind::Unary(ir::UnaryOp::Neg, x) => match x.kind {
            ExprKind::Int(v) => int_lit(-v),
            ExprKind::Float(v) => float_lit(-v),
            _ => quote!(compile_error!("pyrs: a default that is not a literal")),
        },
        _ => quote!(()),
    }
}

impl Body<'_> {
    /// The value of a function reference: its captured values.
    pub fn func_ref(&mut self, caps: &[ir::Expr]) -> TokenStream {
        let caps: Vec<TokenStream> = caps.iter().map(|c| self.expr(c)).collect();
        quote!((#(#caps,)*))
    }

    /// Evaluates the function value `f` (of type [`Ty::Func`]) into a temporary.
    pub fn fn_value(&mut self, f: &ir::Expr) -> Option<FnValue> {
        let Ty::Func(name, caps) = self.inst.ty(f).clone() else { return None };
        let v = self.expr(f);
        let var = self.temp();
        Some(FnValue { bind: quote!(let #var = #v;), name, caps, var })
    }

    /// `f(args)` where `f` is one of several functions ([`Ty::Funcs`]): the callee and the
    /// arguments are evaluated, in order, then the call dispatches on which function it is.
    fn call_one_of(&mut self, e: &ir::Expr, f: &ir::Expr, names: &[String], args: &[ir::Expr]) -> TokenStream {
        let tag = self.expr(f);
        let tag_var = self.temp();
        let mut binds = vec![quote!(let #tag_var: u32 = #tag;)];
        let mut tys = Vec::new();
        let mut vals = Vec::new();
        for a in args {
            if matches!(a.kind, ExprKind::Starred(_)) {
                return quote!(compile_error!("pyrs: `*` in a call of one of several functions"));
            }
            let v = self.expr(a);
            let var = self.temp();
            binds.push(quote!(let #var = #v;));
            vals.push(quote!(#var));
            tys.push(self.inst.ty(a).clone());
        }
        let want = self.inst.ty(e).clone();
        let mut arms = Vec::new();
        for (k, name) in names.iter().enumerate() {
            let fv = FnValue { bind: quote!(), name: name.clone(), caps: Vec::new(), var: tag_var.clone() };
            let call = fv.call(self, &tys, &vals);
            let key = InstanceKey { func: name.clone(), args: tys.clone() };
            let ret = match self.g.index.get(&key) {
                Some(&i) => self.g.program.instances[i].ret.clone(),
                None => Ty::Unknown,
            };
            let call = super::convert::coerce(call, &ret, &want);
            let k = k as u32;
            arms.push(quote!(#k => #call,));
        }
        let owned = matches!(want, Ty::Array(..)) && !self.discard_result;
        let dispatch = quote!(match #tag_var { #(#arms)* _ => unreachable!("pyrs: a function position out of range") });
        if owned {
            quote!({ #(#binds)* (#dispatch).owned() })
        } else {
            quote!({ #(#binds)* #dispatch })
        }
    }

    /// `f(args)` where `f` is a value: the callee is evaluated first, as in Python.
    pub fn call_value(&mut self, e: &ir::Expr, f: &ir::Expr, args: &[ir::Expr]) -> TokenStream {
        if let Ty::Funcs(names) = self.inst.ty(f).clone() {
            return self.call_one_of(e, f, &names, args);
        }
        let Some(fv) = self.fn_value(f) else {
            return quote!(compile_error!("pyrs: a call of a value that is not a function"));
        };
        let mut tys: Vec<Ty> = Vec::new();
        let mut vals: Vec<TokenStream> = Vec::new();
        // `*t`: the tuple into a temporary, its items as arguments (then every argument is
        // evaluated into a temporary, in order)
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let mut spread = Vec::new();
        for a in args {
            match (&a.kind, self.inst.ty(a).clone()) {
                (ExprKind::Starred(x), Ty::Tuple(items)) => {
                    let v = self.expr(x);
                    let var = self.temp();
                    spread.push(quote!(let #var = #v;));
                    for (k, t) in items.into_iter().enumerate() {
                        let k = syn::Index::from(k);
                        vals.push(quote!(#var.#k));
                        tys.push(t);
                    }
                }
                (_, t) if starred => {
                    let v = self.expr(a);
                    let var = self.temp();
                    spread.push(quote!(let #var = #v;));
                    vals.push(quote!(#var));
                    tys.push(t);
                }
                (_, t) => {
                    tys.push(t);
                    vals.push(self.expr(a));
                }
            }
        }
        let call = fv.call(self, &tys, &vals);
        let bind = &fv.bind;
        let owned = matches!(self.inst.ty(e), Ty::Array(..)) && !self.discard_result;
        if owned {
            quote!({ #bind #(#spread)* #call.owned() })
        } else {
            quote!({ #bind #(#spread)* #call })
        }
    }
}

impl Body<'_> {
    /// `map(f, xs, ...)` and `filter(f, xs)`: their items, computed when the call is
    /// evaluated (a function that raises raises there) and then iterated.
    pub fn map_filter(&mut self, e: &ir::Expr, args: &[ir::Expr]) -> TokenStream {
        let ir::ExprKind::CallIntrinsic(crate::library::Intrinsic::Builtin(b), _) = &e.kind else {
            unreachable!("a call of map or filter")
        };
        let filter = *b == crate::library::Builtin::Filter;
        let els: Vec<Ty> = args[1..].iter().map(|a| Self::elem_of(self.inst.ty(a))).collect();
        let its: Vec<TokenStream> = args[1..].iter().map(|a| self.iter_code(a)).collect();
        let fv = self.fn_value(&args[0]);
        let bind = fv.as_ref().map(|f| f.bind.clone());
        let names: Vec<Ident> = (0..its.len()).map(|k| format_ident!("__m{}", k)).collect();
        // zip the iterables, nested pairs flattened by the pattern
        let (acc, pat) = super::containers::zipped(&its, &names);
        let vals: Vec<TokenStream> = names.iter().map(|n| quote!(#n.clone())).collect();
        if filter {
            let n0 = &names[0];
            let test = match &fv {
                Some(fv) => {
                    let call = fv.call(self, &els, &vals);
                    let rt = self.call_result_type(fv, &els);
                    super::convert::truth_of(call, &rt)
                }
                None => super::convert::truth_of(quote!(#n0.clone()), &els[0]),
            };
            quote!({
                #bind
                let mut __v = Vec::new();
                for #pat in #acc {
                    if #test {
                        __v.push(#n0);
                    }
                }
                __v.into_iter()
            })
        } else {
            let Some(fv) = fv else { return quote!(compile_error!("pyrs: map() of a value that is not a function")) };
            let call = fv.call(self, &els, &vals);
            quote!({
                #bind
                let mut __v = Vec::new();
                for #pat in #acc {
                    __v.push(#call);
                }
                __v.into_iter()
            })
        }
    }

    /// The return type of the instance a function value is called as.
    fn call_result_type(&self, fv: &FnValue, args: &[Ty]) -> Ty {
        let mut all = args.to_vec();
        all.extend(fv.caps.iter().cloned());
        let key = InstanceKey { func: fv.name.clone(), args: all };
        self.g.index.get(&key).map(|&i| self.g.program.instances[i].ret.clone()).unwrap_or(Ty::Unknown)
    }

    /// `functools.reduce(f, xs[, initial])` with a result of type `t`: the start (the initial
    /// value, else the first item) when no item follows it, else the running value (the type
    /// inference joined the function's results into) after the last item.
    pub fn functools_reduce(&mut self, args: &[ir::Expr], t: &Ty) -> TokenStream {
        let el = Self::elem_of(self.inst.ty(&args[1]));
        let it = self.iter_code(&args[1]);
        let Some(fv) = self.fn_value(&args[0]) else {
            return quote!(compile_error!("pyrs: reduce() of a value that is not a function"));
        };
        let (start_ty, start) = match args.get(2) {
            Some(init) => {
                let st = self.inst.ty(init).clone();
                let v = self.expr_as(init, &st);
                (st, v)
            }
            None => (
                el.clone(),
                quote!(match __it.next() {
                    Some(__x) => __x,
                    None => Err(rt::Error::Type("reduce() of empty iterable with no initial value"))?,
                }),
            ),
        };
        // the running value's type, as inference found it
        let mut acc = self.call_result_type(&fv, &[start_ty.clone(), el.clone()]);
        for _ in 0..4 {
            let r = self.call_result_type(&fv, &[acc.clone(), el.clone()]);
            match acc.join_var(&r) {
                Some(j) if j != acc => acc = j,
                _ => break,
            }
        }
        let r1 = self.call_result_type(&fv, &[start_ty.clone(), el.clone()]);
        let rr = self.call_result_type(&fv, &[acc.clone(), el.clone()]);
        let next = fv.call(self, &[acc.clone(), el.clone()], &[quote!(__acc), quote!(__x)]);
        let next = super::convert::coerce(next, &rr, &acc);
        let first = fv.call(self, &[start_ty.clone(), el.clone()], &[quote!(__s), quote!(__x)]);
        let first = super::convert::coerce(first, &r1, &acc);
        let last = super::convert::coerce(quote!(__acc), &acc, t);
        let bind = &fv.bind;
        if start_ty == acc {
            // one type throughout: the start is the running value
            return quote!({
                #bind
                let mut __it = #it;
                let mut __acc = #start;
                for __x in __it {
                    __acc = #next;
                }
                #last
            });
        }
        let only = super::convert::coerce(quote!(__s), &start_ty, t);
        quote!({
            #bind
            let mut __it = #it;
            let __s = #start;
            match __it.next() {
                None => #only,
                Some(__x) => {
                    let mut __acc = #first;
                    for __x in __it {
                        __acc = #next;
                    }
                    #last
                }
            }
        })
    }
}

impl Body<'_> {
    /// `islice(it, stop)` / `islice(it, start, stop[, step])`: start, stop (an `Option`) and
    /// step as Rust values.
    pub fn islice_bounds(&mut self, args: &[ir::Expr], n: usize) -> (TokenStream, TokenStream, TokenStream) {
        let opt = |b: &mut Self, a: &ir::Expr| -> TokenStream {
            if matches!(a.kind, ir::ExprKind::None) {
                quote!(None)
            } else {
                let v = b.expr_as(a, &Ty::Int);
                quote!(Some(#v))
            }
        };
        let int_or = |b: &mut Self, a: Option<&ir::Expr>, d: i64| -> TokenStream {
            match a {
                Some(a) if !matches!(a.kind, ir::ExprKind::None) => b.expr_as(a, &Ty::Int),
                _ => quote!(#d),
            }
        };
        if n == 1 {
            let stop = opt(self, &args[0]);
            return (quote!(0i64), stop, quote!(1i64));
        }
        let start = int_or(self, args.first(), 0);
        let stop = opt(self, &args[1]);
        let step = int_or(self, args.get(2), 1);
        (start, stop, step)
    }

    /// The `itertools` functions computed when called: their items as a Rust iterator.
    pub fn itertools_iter(&mut self, b: crate::library::Builtin, args: &[ir::Expr], t: &Ty) -> TokenStream {
        use crate::library::Builtin as B;
        let Ty::Iter(el) = t else { unreachable!("an iterator") };
        match b {
            B::ItertoolsProduct => {
                let its: Vec<TokenStream> = args.iter().map(|a| self.iter_code(a)).collect();
                let pools: Vec<Ident> = (0..its.len()).map(|k| format_ident!("__p{}", k)).collect();
                let xs: Vec<Ident> = (0..its.len()).map(|k| format_ident!("__x{}", k)).collect();
                let mut body = quote!(__out.push((#(#xs.clone(),)*)););
                for (p, x) in pools.iter().zip(&xs).rev() {
                    body = quote!(for #x in #p.iter() { #body });
                }
                quote!({
                    #(let #pools: Vec<_> = #its.collect();)*
                    let mut __out = Vec::new();
                    #body
                    __out.into_iter()
                })
            }
            B::ItertoolsCombinations | B::ItertoolsCombinationsWithReplacement | B::ItertoolsPermutations
                if matches!(&**el, Ty::VarTuple(_)) =>
            {
                // tuples of a length known when the code runs (`permutations(xs)`, an `r` variable)
                let it = self.iter_code(&args[0]);
                let f = match b {
                    B::ItertoolsCombinations => quote!(combinations),
                    B::ItertoolsCombinationsWithReplacement => quote!(combinations_with_replacement),
                    _ => quote!(permutations),
                };
                let r_code = match args.get(1) {
                    Some(a) => {
                        let v = self.expr_as(a, &Ty::Int);
                        quote!(rt::builtins::itertools::length(#v)?)
                    }
                    None => quote!(__p.len()),
                };
                quote!({
                    let __p: Vec<_> = #it.collect();
                    let __r = #r_code;
                    rt::builtins::itertools::#f(__p.len(), __r)
                        .into_iter()
                        .map(move |__ix| rt::VarTuple::from_vec(__ix.iter().map(|&__k| __p[__k].clone()).collect()))
                })
            }
            B::ItertoolsCombinations | B::ItertoolsCombinationsWithReplacement | B::ItertoolsPermutations => {
                let Ty::Tuple(items) = &**el else { unreachable!("tuples") };
                let r = items.len();
                let it = self.iter_code(&args[0]);
                let f = match b {
                    B::ItertoolsCombinations => quote!(combinations),
                    B::ItertoolsCombinationsWithReplacement => quote!(combinations_with_replacement),
                    _ => quote!(permutations),
                };
                let r_code = match args.get(1) {
                    Some(a) => {
                        let v = self.expr_as(a, &Ty::Int);
                        quote!(rt::builtins::itertools::length(#v)?)
                    }
                    None => quote!(__p.len()),
                };
                let parts = (0..r).map(|k| quote!(__p[__ix[#k]].clone()));
                quote!({
                    let __p: Vec<_> = #it.collect();
                    let __r = #r_code;
                    debug_assert_eq!(__r, #r);
                    rt::builtins::itertools::#f(__p.len(), __r).into_iter().map(move |__ix| (#(#parts,)*))
                })
            }
            B::ItertoolsChain => {
                let mut acc: Option<TokenStream> = None;
                for a in args {
                    let from = Self::elem_of(self.inst.ty(a));
                    let it = self.iter_code(a);
                    let conv = super::convert::coerce(quote!(__x), &from, el);
                    let part = quote!(#it.map(|__x| #conv));
                    acc = Some(match acc {
                        None => part,
                        Some(prev) => quote!(#prev.chain(#part)),
                    });
                }
                acc.unwrap_or_else(|| quote!(std::iter::empty()))
            }
            B::ItertoolsRepeat => {
                let x = self.expr(&args[0]);
                let n = self.expr_as(&args[1], &Ty::Int);
                quote!(std::iter::repeat_n(#x, (#n).max(0) as usize))
            }
            B::ItertoolsIslice => {
                let it = self.iter_code(&args[0]);
                let (start, stop, step) = self.islice_bounds(&args[1..], args.len() - 1);
                quote!(rt::builtins::itertools::islice_items(#it, #start, #stop, #step)?.into_iter())
            }
            B::ItertoolsAccumulate => {
                let from = Self::elem_of(self.inst.ty(&args[0]));
                let it = self.iter_code(&args[0]);
                let x = super::convert::coerce(quote!(__x), &from, el);
                let add = match el.base() {
                    Ty::Int => quote!(rt::builtins::arith::add_int(__a, __v)?),
                    _ => quote!(__a + __v),
                };
                quote!({
                    let mut __out = Vec::new();
                    let mut __acc = None;
                    for __x in #it {
                        let __v = #x;
                        let __n = match __acc { None => __v, Some(__a) => #add };
                        __out.push(__n);
                        __acc = Some(__n);
                    }
                    __out.into_iter()
                })
            }
            B::ItertoolsZipLongest => {
                let Ty::Tuple(items) = &**el else { unreachable!("tuples") };
                let (its, fill) = args.split_at(args.len() - 1);
                let f = self.expr(&fill[0]);
                let fill_t = self.ty(&fill[0]);
                let vs: Vec<Ident> = (0..its.len()).map(|k| format_ident!("__v{}", k)).collect();
                let mut cols = Vec::new();
                for (a, v) in its.iter().zip(&vs) {
                    let it = self.iter_code(a);
                    cols.push(quote!(let #v: Vec<_> = #it.collect();));
                }
                let parts = its.iter().zip(items).enumerate().map(|(k, (a, t))| {
                    let from = Self::elem_of(self.inst.ty(a));
                    let v = &vs[k];
                    let item = super::convert::coerce(quote!(__x.clone()), &from, t);
                    let fill = if fill_t == Ty::None {
                        quote!(None)
                    } else {
                        super::convert::coerce(quote!(__f.clone()), &fill_t, t)
                    };
                    quote!(match #v.get(__i) { Some(__x) => #item, None => #fill })
                });
                quote!({
                    #(#cols)*
                    let __f = #f;
                    let __n = 0usize #(.max(#vs.len()))*;
                    (0..__n).map(move |__i| (#(#parts,)*))
                })
            }
            _ => quote!(compile_error!("pyrs: not an itertools iterator")),
        }
    }
}
