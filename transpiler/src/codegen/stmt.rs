//! Statements: blocks, assignments (to names, elements, slices, tuples), augmented
//! assignments, `raise`/`assert` messages.

use super::body::Body;
use super::convert::{coerce, coerce_store};
use super::names::local;
use crate::ir::{self, ExprKind, StmtKind, Target};
use crate::types::Ty;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Body<'_> {
    pub fn block(&mut self, body: &[ir::Stmt]) -> TokenStream {
        // statements after an `if` decided by the types whose branch returns are dead here
        let live = body
            .iter()
            .position(|s| crate::ir::query::statically_returns(s, &self.inst.static_tests))
            .map_or(body.len(), |k| k + 1);
        let mut stmts: Vec<TokenStream> = Vec::new();
        let mut k = 0;
        while k < live {
            let s = &body[k];
            let code = self.stmt(s);
            let code = if self.g.line_markers {
                // `pyrs annotate`: where the code of this Python statement starts
                let at = proc_macro2::Literal::u32_unsuffixed(s.span.start);
                quote!(__pyrs_line!(#at); #code)
            } else {
                code
            };
            k += 1;
            if self.g.module.critical.contains(&s.span.start) {
                // `# omp critical`: the statement (all the IR statements it was lowered to)
                // under the process-wide lock
                let mut codes = vec![code];
                while k < live && body[k].span.start == s.span.start {
                    codes.push(self.stmt(&body[k]));
                    k += 1;
                }
                stmts.push(quote!({
                    let __critical = rt::support::parallel::critical();
                    #(#codes)*
                }));
            } else {
                stmts.push(code);
            }
        }
        quote!(#(#stmts)*)
    }

    pub(super) fn stmt(&mut self, s: &ir::Stmt) -> TokenStream {
        match &s.kind {
            StmtKind::Assign { target, value } => {
                if let Target::Subscript { value: container, index, .. } = target {
                    if let Ty::Array(_, n) = self.ty(container) {
                        if crate::codegen::numpy::subscript_ndim(n, index, self.inst) > 0
                            || crate::codegen::numpy::is_array_index(&self.ty(index))
                        {
                            return self.assign_from(target, quote!(), &Ty::Unknown, Some(value));
                        }
                    }
                }
                if let Target::Tuple(targets, _) = target {
                    // `a, b = x - y` of 1-D arrays: element by element, no array (numpy/unpack.rs)
                    if let Some(code) = self.unpack_elementwise(targets, value) {
                        return code;
                    }
                }
                let v = self.expr(value);
                // into a variable that may hold a numpy scalar: the value's type with its numpy
                // scalars, so that it keeps them
                fn names_np(b: &Body, t: &Target) -> bool {
                    match t {
                        Target::Name(n, _) => b.local_ty(n).is_dyn_np(),
                        Target::Tuple(ts, _) => ts.iter().any(|t| names_np(b, t)),
                        Target::Subscript { .. } => false,
                    }
                }
                let t = if names_np(self, target) { self.np_ty(value) } else { self.ty(value) };
                self.assign(target, v, &t)
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::Expr(e) => {
                // a call whose result is dropped at once may return a borrowed array as it is
                self.discard_result = matches!(e.kind, ExprKind::CallUser(..));
                let v = self.expr(e);
                self.discard_result = false;
                quote!(let _ = #v;)
            }
            StmtKind::If { test, body, orelse } if self.inst.static_tests.contains_key(&test.id) => {
                // `if out is None:` decided by this instance's types
                if self.inst.static_tests[&test.id] {
                    self.block(body)
                } else {
                    self.block(orelse)
                }
            }
            StmtKind::If { test, body, orelse } => {
                let c = self.truth(test);
                let then = self.block(body);
                if orelse.is_empty() {
                    quote!(if #c { #then })
                } else if let [ir::Stmt { kind: StmtKind::If { .. }, span, .. }] = orelse.as_slice() {
                    if self.g.module.critical.contains(&span.start) {
                        // an `elif` under `# omp critical`: the lock around it (`block`)
                        let els = self.block(orelse);
                        return quote!(if #c { #then } else { #els });
                    }
                    let els = self.stmt(&orelse[0]);
                    quote!(if #c { #then } else #els)
                } else {
                    let els = self.block(orelse);
                    quote!(if #c { #then } else { #els })
                }
            }
            StmtKind::While { test, body } => {
                let inner = self.while_body(body);
                if matches!(test.kind, ExprKind::Bool(true)) {
                    quote!(loop { #inner })
                } else {
                    let c = self.truth(test);
                    quote!(while #c { #inner })
                }
            }
            // over an empty tuple: the body never runs
            StmtKind::For { iter: ir::ForIter::Seq(e), .. } if self.inst.static_tests.get(&e.id) == Some(&false) => {
                let v = self.expr(e);
                quote!(let _ = #v;)
            }
            StmtKind::For { target, iter, body, parallel } => match parallel {
                Some(_) => self.parallel_for(s, target, iter, body),
                None => self.for_loop(target, iter, body),
            },
            StmtKind::Yield(e) => {
                let y = format_ident!("{}", super::body::GENERATOR_YIELDER);
                let Ty::Gen(el) = self.inst.ret.clone() else { unreachable!("a generator yields") };
                let v = self.expr_as(e, &el);
                // the thread that resumes it decides whether its loops stop at Ctrl-C
                if self.inst.sendable {
                    // what it is resumed with: the value of `x = yield v` (`GenSent`)
                    let sent = format_ident!("{}", super::body::GENERATOR_SENT);
                    return quote!(#sent = #y.suspend(#v); __sigint = rt::support::signals::flag(););
                }
                quote!(#y.suspend(#v); __sigint = rt::support::signals::flag();)
            }
            StmtKind::YieldFrom(e) => {
                let y = format_ident!("{}", super::body::GENERATOR_YIELDER);
                let Ty::Gen(el) = self.inst.ret.clone() else { unreachable!("a generator yields") };
                let from = Self::elem_of(self.inst.ty(e));
                let conv = coerce(quote!(__x), &from, &el);
                if self.inst.sendable && matches!(self.inst.ty(e), Ty::Gen(_)) {
                    // what this generator is sent goes on to the inner one (CPython's delegation)
                    let g = self.expr(e);
                    return quote!({
                        let __g = #g;
                        let mut __in: rt::Sent = None;
                        while let Some(__x) = __g.resume_with(::core::mem::take(&mut __in))? {
                            __in = #y.suspend(#conv);
                            __sigint = rt::support::signals::flag();
                        }
                    });
                }
                match self.try_iter_code(e) {
                    Some(it) => {
                        quote!(for __r in #it { let __x = __r?; #y.suspend(#conv); __sigint = rt::support::signals::flag(); })
                    }
                    None => {
                        let it = self.iter_code(e);
                        quote!(for __x in #it { #y.suspend(#conv); __sigint = rt::support::signals::flag(); })
                    }
                }
            }
            StmtKind::Return(v) => {
                let ret = self.ret_ty();
                let x = match v {
                    // `return a` of a local: moved out, not cloned (nothing runs after it; a
                    // `try` closure only borrows the function's locals)
                    Some(ir::Expr { kind: ExprKind::Local(n), .. })
                        if !self.flow.in_try && self.local_ty(n) == ret && !super::names::is_copy(&ret) =>
                    {
                        let id = local(n);
                        quote!(#id)
                    }
                    Some(e) => {
                        let t = if ret.is_dyn_np() { self.np_ty(e) } else { self.ty(e) };
                        let x = self.expr(e);
                        coerce(x, &t, &ret)
                    }
                    None if matches!(ret, Ty::Opt(_)) => quote!(None),
                    None => quote!(()),
                };
                // the wrapper's entry copy: which parameter this returns as it came
                let x = match &self.tag_returns {
                    Some(names) => {
                        let k = match v {
                            Some(ir::Expr { kind: ExprKind::Local(n), .. }) => names.iter().position(|p| p == n),
                            _ => None,
                        };
                        let k = k.map_or(255u8, |k| k as u8);
                        quote!((#x, #k))
                    }
                    None => x,
                };
                self.return_with(x)
            }
            StmtKind::Break => self.flow_jump(true),
            StmtKind::Continue => self.flow_jump(false),
            StmtKind::Pass => quote!(),
            StmtKind::Raise(r) => match r {
                ir::Raise::Reraise => match self.flow.except_vars.last() {
                    Some(e) => quote!(return Err(#e.clone());),
                    None => quote!(compile_error!("pyrs: bare raise outside except");),
                },
                ir::Raise::Var(n) => {
                    let id = local(n);
                    quote!(return Err(#id.clone());)
                }
                ir::Raise::New { class, msg } => {
                    let c = format_ident!("{}", class);
                    let m = self.message(msg.as_ref());
                    quote!(return Err(rt::Error::raise(rt::Exc::#c, #m));)
                }
            },
            StmtKind::Assert { test, msg } => {
                let c = self.truth(test);
                let m = self.message(msg.as_ref());
                quote!(if !#c { return Err(rt::Error::raise(rt::Exc::AssertionError, #m)); })
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => self.try_stmt(body, handlers, orelse, finalbody),
            StmtKind::Delete { value, index } => {
                let c = self.place(value);
                match self.ty(value) {
                    Ty::Dict(k, _) => {
                        let key = self.expr_as(index, &k);
                        quote!(#c.remove(&#key)?;)
                    }
                    Ty::List(_) if matches!(index.kind, ExprKind::Slice { .. }) => {
                        let ExprKind::Slice { lower, upper, step } = &index.kind else { unreachable!() };
                        let (lo, hi, st) = self.seq_slice_bounds(lower, upper, step);
                        quote!(#c.delete_slice(#lo, #hi, #st)?;)
                    }
                    Ty::List(_) => {
                        let i = self.expr_as(index, &Ty::Int);
                        quote!(#c.delete(#i)?;)
                    }
                    _ => quote!(compile_error!("pyrs: unsupported del");),
                }
            }
        }
    }

    /// The message of a raised exception, as `&str` (`str()` of the value; empty if none).
    pub(super) fn message(&mut self, msg: Option<&ir::Expr>) -> TokenStream {
        match msg {
            Some(m) => {
                let t = self.ty(m);
                let v = self.expr(m);
                let s = super::containers::str_of(v, &t);
                quote!(#s.as_str())
            }
            None => quote!(""),
        }
    }

    pub(super) fn local_ty(&self, name: &str) -> Ty {
        self.inst.locals.get(name).map(Ty::base).unwrap_or(Ty::Unknown)
    }

    pub(super) fn local_is_np(&self, name: &str) -> bool {
        self.inst.locals.get(name).map(Ty::is_np).unwrap_or(false)
    }

    /// `target = v` where `v` has type `t` (`rhs`: the expression `v` came from, for slice
    /// assignment, which evaluates it element by element into the view).
    pub(super) fn assign(&mut self, target: &Target, v: TokenStream, t: &Ty) -> TokenStream {
        self.assign_from(target, v, t, None)
    }

    pub(super) fn assign_from(
        &mut self,
        target: &Target,
        v: TokenStream,
        t: &Ty,
        rhs: Option<&ir::Expr>,
    ) -> TokenStream {
        match target {
            Target::Name(n, _) => {
                let id = local(n);
                if self.float_nums.contains(n) {
                    return super::numvar::store(&id, v, t);
                }
                let lt = self.local_ty(n);
                let v = coerce(v, t, &lt);
                quote!(#id = #v;)
            }
            Target::Tuple(targets, _) if matches!(t, Ty::List(_) | Ty::VarTuple(_) | Ty::Array(..)) => {
                // `a, b = seq`: the length is checked first, as CPython does
                let tmp = self.temp();
                let count = targets.len();
                let (len, item, get): (TokenStream, Ty, Box<dyn Fn(usize) -> TokenStream>) = match t {
                    Ty::List(el) | Ty::VarTuple(el) => ((quote!(#tmp.len() as usize)), (**el).clone(), {
                        let tmp = tmp.clone();
                        Box::new(move |i| {
                            let i = i as i64;
                            quote!(#tmp.get(#i)?)
                        })
                    }),
                    Ty::Array(el, 1) => (quote!(#tmp.shape()[0]), el.scalar(), {
                        let tmp = tmp.clone();
                        Box::new(move |i| {
                            let i = i as i64;
                            quote!(#tmp.get([#i])?)
                        })
                    }),
                    Ty::Array(el, n) => {
                        let m = n - 1;
                        (quote!(#tmp.shape()[0]), Ty::Array(*el, m), {
                            let tmp = tmp.clone();
                            Box::new(move |i| {
                                let i = i as i64;
                                quote!(#tmp.view::<#m>(&[rt::Idx::At(#i)])?)
                            })
                        })
                    }
                    _ => unreachable!("matched above"),
                };
                let parts: Vec<TokenStream> =
                    targets.iter().enumerate().map(|(i, tt)| self.assign(tt, get(i), &item)).collect();
                quote!({ let #tmp = #v; rt::builtins::tuple::unpack_len(#len, #count)?; #(#parts)* })
            }
            Target::Tuple(targets, _) => {
                let tmp = self.temp();
                let items = match t {
                    Ty::Tuple(items) => items.clone(),
                    _ => vec![Ty::Unknown; targets.len()],
                };
                let parts: Vec<TokenStream> = targets
                    .iter()
                    .zip(items.iter())
                    .enumerate()
                    .map(|(i, (tt, it))| {
                        let idx = syn::Index::from(i);
                        self.assign(tt, quote!(#tmp.#idx), it)
                    })
                    .collect();
                quote!({ let #tmp = #v; #(#parts)* })
            }
            Target::Subscript { value, index, .. }
                if crate::infer::is_flat(value) || matches!(self.inst.ty(value), Ty::Flat(..)) =>
            {
                self.flat_store(value, index, None, v, t)
            }
            Target::Subscript { value, index, .. } => {
                let ct = self.ty(value);
                if let (Ty::Array(..), true, Some(rhs)) =
                    (&ct, crate::codegen::numpy::is_array_index(&self.ty(index)), rhs)
                {
                    return self.fancy_assign(value, index, None, rhs);
                }
                if let Ty::Array(el, n) = ct {
                    let k = crate::codegen::numpy::subscript_ndim(n, index, self.inst);
                    if k > 0 {
                        // slice assignment: `value` is evaluated into the view, broadcast
                        let _ = v;
                        let dst = match rhs {
                            Some(rhs) => self.store_view_of(value, index, k, rhs),
                            None => self.view_of(value, index, k),
                        };
                        if let (1, Some(rhs), Ty::Tuple(items)) =
                            (k, rhs, rhs.map(|r| self.ty(r)).unwrap_or(Ty::Unknown))
                        {
                            // `a[i] = x, y`: the tuple's numbers as a 1-D sequence
                            let tv = self.expr(rhs);
                            let parts: Vec<TokenStream> = items
                                .iter()
                                .enumerate()
                                .map(|(i, it)| {
                                    let f = syn::Index::from(i);
                                    coerce_store(quote!(__t.#f), it, &el.scalar())
                                })
                                .collect();
                            return quote!({
                                let __dst = #dst;
                                let __t = #tv;
                                rt::numpy::shape::assign_items(&__dst, &[#(#parts),*])?;
                            });
                        }
                        return match rhs {
                            Some(rhs) => self.assign_into(dst, el, k, None, rhs),
                            None => quote!(compile_error!("pyrs: slice assignment inside tuple unpacking");),
                        };
                    }
                }
                let c = self.place(value);
                let tmp = self.temp();
                match &ct {
                    Ty::Array(el, _) => {
                        let conv = coerce_store(quote!(#tmp), t, &el.scalar());
                        let conv = super::sized::check_int_store(conv, *el);
                        if let Some((raw, pos)) = self.proven_index(index) {
                            // SAFETY: in bounds and writeable for the whole loop (`super::hoist`)
                            return quote!({ let #tmp = #v; unsafe { rt::support::hoist::store(#raw, #pos, #conv) }; });
                        }
                        let idx = self.array_index(index);
                        if fallible(&conv) {
                            // the value is evaluated first (Python), the index checked before the
                            // value is converted (numpy)
                            return quote!({ let #tmp = #v; #c.set_with(#idx, || -> rt::Result<_> { Ok(#conv) })?; });
                        }
                        quote!({ let #tmp = #v; #c.set(#idx, #conv)?; })
                    }
                    Ty::List(el) if matches!(index.kind, ExprKind::Slice { .. }) => {
                        // `lst[lo:hi:step] = items`: the items first, then the bounds (CPython's order)
                        let ExprKind::Slice { lower, upper, step } = &index.kind else { unreachable!() };
                        let (lo, hi, st) = self.seq_slice_bounds(lower, upper, step);
                        let items = match t {
                            Ty::List(_) | Ty::VarTuple(_) => quote!(#tmp.to_vec()),
                            Ty::Tuple(xs) => {
                                let parts = xs.iter().enumerate().map(|(k, x)| {
                                    let idx = syn::Index::from(k);
                                    coerce(quote!(#tmp.#idx.clone()), x, el)
                                });
                                quote!(vec![#(#parts),*])
                            }
                            _ => quote!(compile_error!("pyrs: unsupported slice assignment")),
                        };
                        quote!({ let #tmp = #v; let __items = #items; #c.set_slice(#lo, #hi, #st, __items)?; })
                    }
                    Ty::List(el) => {
                        let i = self.expr(index);
                        let i = coerce(i, &self.ty(index), &Ty::Int);
                        let v = coerce(v, t, el);
                        quote!({ let #tmp = #v; #c.set(#i, #tmp)?; })
                    }
                    Ty::Dict(k, el) => {
                        let key = self.expr_as(index, k);
                        let v = coerce(v, t, el);
                        quote!({ let #tmp = #v; #c.set(#key, #tmp); })
                    }
                    _ => quote!(compile_error!("pyrs: unsupported item assignment");),
                }
            }
        }
    }

    pub(super) fn aug_assign(&mut self, target: &Target, op: ir::BinOp, value: &ir::Expr) -> TokenStream {
        // arrays are updated in place, element by element (`a += b`, `a[1:-1] *= 2`)
        match target {
            Target::Name(n, _) => {
                if let Ty::Array(el, k) = self.local_ty(n) {
                    let id = local(n);
                    return self.assign_into(quote!(#id.clone()), el, k, Some(op), value);
                }
            }
            Target::Subscript { value: container, index, .. } => {
                if let (Ty::Array(..), true) =
                    (self.ty(container), crate::codegen::numpy::is_array_index(&self.ty(index)))
                {
                    return self.fancy_assign(container, index, Some(op), value);
                }
                if let Ty::Array(el, n) = self.ty(container) {
                    let k = crate::codegen::numpy::subscript_ndim(n, index, self.inst);
                    if k > 0 {
                        let dst = self.store_view_of(container, index, k, value);
                        return self.assign_into(dst, el, k, Some(op), value);
                    }
                }
            }
            _ => {}
        }
        let vt = self.ty(value);
        // `lst += iterable` (not a list): extended in place with its items
        if let (Target::Name(n, _), ir::BinOp::Add) = (target, op) {
            if let (Ty::List(el), true) = (self.local_ty(n), crate::infer::list_extends_with(&vt)) {
                let id = local(n);
                let src = Self::elem_of(&vt).base();
                let it = self.iter_code(value);
                let conv = super::convert::coerce(quote!(__x), &src, &el);
                return quote!({ let __items: Vec<_> = #it.map(|__x| #conv).collect(); #id.extend(__items); });
            }
        }
        let v = self.expr(value);
        match target {
            Target::Subscript { value: container, index, .. }
                if crate::infer::is_flat(container) || matches!(self.inst.ty(container), Ty::Flat(..)) =>
            {
                self.flat_store(container, index, Some((op, value)), v, &vt)
            }
            Target::Name(n, _)
                if op == ir::BinOp::Add && matches!(self.local_ty(n), Ty::List(_)) && vt == self.local_ty(n) =>
            {
                // `lst += other` extends the list in place (other names of it see the items)
                let id = local(n);
                quote!({ let __items = (#v).to_vec(); #id.extend(__items); })
            }
            Target::Name(n, _) => {
                let id = local(n);
                let lt = self.local_ty(n);
                let split = self.float_nums.contains(n);
                let cur = if split {
                    quote!(#id.num())
                } else if super::names::is_copy(&lt) {
                    quote!(#id)
                } else {
                    quote!(#id.clone())
                };
                let np = self.local_is_np(n) || self.is_np(value);
                let full = self.inst.locals.get(n.as_str()).and_then(Ty::sized);
                let (r, rt) = match full {
                    // a numpy scalar of a sized type (`s = 0.0; s += x[i]` over float32: NEP 50
                    // keeps float32): numpy's operation, narrowed back to the variable's type
                    Some(el) if !split => self.elem_binop(op, cur, el, v, &vt, value, false),
                    _ => self.binop(op, cur, &lt, v, &vt, value, np),
                };
                if split {
                    return super::numvar::store(&id, r, &rt);
                }
                let r = coerce(r, &rt, &lt);
                quote!(#id = #r;)
            }
            Target::Subscript { value: container, index, .. } => {
                let ct = self.ty(container);
                let c = self.place(container);
                let (ctmp, itmp) = (self.temp(), self.temp());
                match &ct {
                    Ty::Array(el, _) => {
                        let et = el.scalar();
                        if let Some(acc) = self.promoted_element(index) {
                            // the element kept in a local while its loop runs (`super::hoist`)
                            let (r, rt) = self.elem_binop(op, acc.clone(), *el, v, &vt, value, false);
                            let r = coerce_store(r, &rt, &et);
                            let r = super::sized::check_int_store(r, *el);
                            return quote!({ let __v = #r; #acc = __v; });
                        }
                        if let Some((raw, pos)) = self.proven_index(index) {
                            // SAFETY: in bounds and writeable for the whole loop (`super::hoist`)
                            let (r, rt) = self.elem_binop(
                                op,
                                quote!(unsafe { rt::support::hoist::load(#raw, #itmp) }),
                                *el,
                                v,
                                &vt,
                                value,
                                false,
                            );
                            let r = coerce_store(r, &rt, &et);
                            let r = super::sized::check_int_store(r, *el);
                            return quote!({ let #itmp = #pos; let __v = #r; unsafe { rt::support::hoist::store(#raw, #itmp, __v) }; });
                        }
                        let idx = self.array_index(index);
                        let (r, rt) = self.elem_binop(op, quote!(#ctmp.get(#itmp)?), *el, v, &vt, value, false);
                        let r = coerce_store(r, &rt, &et);
                        let r = super::sized::check_int_store(r, *el);
                        quote!({ let #ctmp = &#c; let #itmp = #idx; let __v = #r; #ctmp.set(#itmp, __v)?; })
                    }
                    Ty::List(el) => {
                        let i = self.expr(index);
                        let i = coerce(i, &self.ty(index), &Ty::Int);
                        let np = el.is_np() || self.is_np(value);
                        let (r, rt) = self.binop(op, quote!(#ctmp.get(#itmp)?), el, v, &vt, value, np);
                        let r = coerce(r, &rt, el);
                        quote!({ let #ctmp = &#c; let #itmp = #i; let __v = #r; #ctmp.set(#itmp, __v)?; })
                    }
                    Ty::Dict(k, el) => {
                        let key = self.expr_as(index, k);
                        let np = el.is_np() || self.is_np(value);
                        let (r, rt) = self.binop(op, quote!(#ctmp.get(&#itmp)?), el, v, &vt, value, np);
                        let r = coerce(r, &rt, el);
                        quote!({ let #ctmp = &#c; let #itmp = #key; let __v = #r; #ctmp.set(#itmp, __v); })
                    }
                    _ => quote!(compile_error!("pyrs: unsupported augmented item assignment");),
                }
            }
            Target::Tuple(..) => quote!(compile_error!("pyrs: augmented assignment to a tuple");),
        }
    }
}

/// Whether generated code can raise (holds a `?`): a conversion that must run after checks.
fn fallible(code: &TokenStream) -> bool {
    code.clone().into_iter().any(|t| match t {
        proc_macro2::TokenTree::Punct(p) => p.as_char() == '?',
        proc_macro2::TokenTree::Group(g) => fallible(&g.stream()),
        _ => false,
    })
}
