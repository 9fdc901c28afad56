//! One function instance → one Rust `fn` returning `rt::Result<T>`; statements.

use super::expr::{coerce, Body};
use super::names::{local, rust_type};
use super::Gen;
use crate::analysis::bounds::is_unit_step;
use crate::analysis::parallel::RedOp;
use crate::infer::Instance;
use crate::ir::query::always_returns;
use crate::ir::{self, ExprKind, ForIter, StmtKind, Target};
use crate::types::Ty;
use proc_macro2::TokenStream;
use pyrs_annotations::Schedule;
use quote::{format_ident, quote};

/// How many copies of a small self-recursive function to chain: copy k calls copy k+1 and
/// all but the first are `#[inline(always)]`, which is recursive inlining to this depth (LLVM
/// does not inline recursive calls by itself; GCC does, and recursive kernels like `fib` are
/// several times faster for it).
const RECURSIVE_INLINE_DEPTH: usize = 8;
/// Only functions at most this many statements long and without loops are unrolled, to
/// bound the code size (it grows with the number of recursive calls to the power of the depth).
const RECURSIVE_INLINE_MAX_STMTS: usize = 12;

/// The Rust function(s) of one instance.
pub fn instance(g: &Gen, f: &ir::Function, inst: &Instance) -> Vec<TokenStream> {
    let depth =
        if ir::query::calls(&f.body, &f.name) && small_without_loops(&f.body) { RECURSIVE_INLINE_DEPTH } else { 1 };
    let names: Vec<proc_macro2::Ident> =
        (0..depth)
            .map(|k| {
                if k == 0 {
                    format_ident!("{}", inst.rust_name)
                } else {
                    format_ident!("{}__inl{}", inst.rust_name, k)
                }
            })
            .collect();
    (0..depth)
        .map(|k| {
            let attr = match (depth, k) {
                (1, _) => quote!(),
                (_, 0) => quote!(#[inline(never)]),
                _ => quote!(#[inline(always)]),
            };
            let target = if depth > 1 { Some(names[(k + 1) % depth].clone()) } else { None };
            instance_copy(g, f, inst, &names[k], attr, target)
        })
        .collect()
}

/// At most [`RECURSIVE_INLINE_MAX_STMTS`] statements (at any depth), none of them a loop.
fn small_without_loops(body: &[ir::Stmt]) -> bool {
    let all = ir::query::statements(body);
    all.len() <= RECURSIVE_INLINE_MAX_STMTS
        && !all.iter().any(|s| matches!(s.kind, StmtKind::For { .. } | StmtKind::While { .. }))
}

fn instance_copy(
    g: &Gen,
    f: &ir::Function,
    inst: &Instance,
    name: &proc_macro2::Ident,
    attr: TokenStream,
    self_target: Option<proc_macro2::Ident>,
) -> TokenStream {
    let params: Vec<TokenStream> = f
        .params
        .iter()
        .zip(&inst.key.args)
        .map(|(p, t)| {
            let n = local(&p.name);
            let t = rust_type(t);
            quote!(mut #n: #t)
        })
        .collect();
    // a parameter given as None and assigned a value later (`if out is None: out = ...`)
    // becomes a variable of the assigned type
    let given = |n: &str| {
        f.params
            .iter()
            .zip(&inst.key.args)
            .any(|(p, t)| p.name == n && inst.locals.get(n).map(|l| l == t).unwrap_or(true))
    };
    let decls: Vec<TokenStream> = inst
        .locals
        .iter()
        .filter(|(n, _)| !given(n) && !f.params.iter().skip(inst.key.args.len()).any(|p| &p.name == *n))
        .map(|(n, t)| {
            let id = local(n);
            let ty = rust_type(t);
            quote!(let mut #id: #ty = ::core::default::Default::default();)
        })
        .collect();
    let mut b = Body {
        g,
        inst,
        temps: 0,
        self_target,
        elem_active: false,
        elem_map: Default::default(),
        discard_result: false,
        int_ranges: Default::default(),
        abs_hypot: Default::default(),
        in_try: false,
        loops_in_try: 0,
        loop_depth: 0,
        except_vars: Vec::new(),
        hoist: Default::default(),
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
    let stmts = quote!(#(#defaults)* #stmts);
    let ret = rust_type(&inst.ret);
    // (a body that always returns may still end in statements rustc cannot see through, such
    // as the outcome dispatch after a `try`)
    let tail = if always_returns(&f.body) {
        quote!(
            #[allow(unreachable_code)]
            Err(rt::Error::Internal("reached the end of a function that always returns"))
        )
    } else {
        quote!(Ok(()))
    };
    let doc = format!(
        " `{}` compiled for ({})",
        f.name,
        inst.key.args.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ")
    );
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

impl Body<'_> {
    pub fn block(&mut self, body: &[ir::Stmt]) -> TokenStream {
        let stmts: Vec<TokenStream> = body
            .iter()
            .map(|s| {
                let code = self.stmt(s);
                if self.g.line_markers {
                    // `pyrs annotate`: where the code of this Python statement starts
                    let at = proc_macro2::Literal::u32_unsuffixed(s.span.start);
                    quote!(__pyrs_line!(#at); #code)
                } else {
                    code
                }
            })
            .collect();
        quote!(#(#stmts)*)
    }

    fn stmt(&mut self, s: &ir::Stmt) -> TokenStream {
        match &s.kind {
            StmtKind::Assign { target, value } => {
                if let Target::Subscript { value: container, index, .. } = target {
                    if let Ty::Array(_, n) = self.ty(container) {
                        if super::array::subscript_ndim(n, index, self.inst) > 0
                            || super::array::is_array_index(&self.ty(index))
                        {
                            return self.assign_from(target, quote!(), &Ty::Unknown, Some(value));
                        }
                    }
                }
                let v = self.expr(value);
                let t = self.ty(value);
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
                } else if let [ir::Stmt { kind: StmtKind::If { .. }, .. }] = orelse.as_slice() {
                    let els = self.stmt(&orelse[0]);
                    quote!(if #c { #then } else #els)
                } else {
                    let els = self.block(orelse);
                    quote!(if #c { #then } else { #els })
                }
            }
            StmtKind::While { test, body } => {
                let inner = self.loop_body(body);
                if matches!(test.kind, ExprKind::Bool(true)) {
                    quote!(loop { #inner })
                } else {
                    let c = self.truth(test);
                    quote!(while #c { #inner })
                }
            }
            StmtKind::For { target, iter, body, parallel } => match parallel {
                Some(_) => self.parallel_for(s, target, iter, body),
                None => self.for_loop(target, iter, body),
            },
            StmtKind::Return(v) => {
                let ret = self.inst.ret.clone();
                let x = match v {
                    // `return a` of a local: moved out, not cloned (nothing runs after it; a
                    // `try` closure only borrows the function's locals)
                    Some(ir::Expr { kind: ExprKind::Local(n), .. })
                        if !self.in_try && self.local_ty(n) == ret && !super::names::is_copy(&ret) =>
                    {
                        let id = local(n);
                        quote!(#id)
                    }
                    Some(e) => {
                        let t = self.ty(e);
                        let x = self.expr(e);
                        coerce(x, &t, &ret)
                    }
                    None => quote!(()),
                };
                self.return_with(x)
            }
            StmtKind::Break => self.flow_jump(true),
            StmtKind::Continue => self.flow_jump(false),
            StmtKind::Pass => quote!(),
            StmtKind::Raise(r) => match r {
                ir::Raise::Reraise => match self.except_vars.last() {
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
    fn message(&mut self, msg: Option<&ir::Expr>) -> TokenStream {
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

    /// `return x` (inside a `try` closure: leaves it with `Flow::Return`).
    fn return_with(&mut self, x: TokenStream) -> TokenStream {
        if self.in_try {
            quote!(return Ok(rt::Flow::Return(#x));)
        } else {
            quote!(return Ok(#x);)
        }
    }

    /// `break` / `continue`, leaving a `try` closure when the loop is outside it.
    fn flow_jump(&mut self, brk: bool) -> TokenStream {
        if self.in_try && self.loops_in_try == 0 {
            if brk {
                quote!(return Ok(rt::Flow::Break);)
            } else {
                quote!(return Ok(rt::Flow::Continue);)
            }
        } else if brk {
            quote!(break;)
        } else {
            quote!(continue;)
        }
    }

    /// The body of a loop (tracks loop depth for `break`/`continue` inside `try`).
    pub(super) fn loop_body(&mut self, body: &[ir::Stmt]) -> TokenStream {
        self.loop_depth += 1;
        self.loops_in_try += 1;
        let inner = self.block(body);
        self.loops_in_try -= 1;
        self.loop_depth -= 1;
        inner
    }

    /// A block compiled as a closure returning `rt::Result<rt::Flow<R>>` (a `try` body or
    /// handler): exceptions come out as `Err`, control flow as `Flow`.
    fn flow_closure(&mut self, prologue: TokenStream, body: &[ir::Stmt]) -> TokenStream {
        let ret = rust_type(&self.inst.ret);
        let (was_in, was_loops) = (self.in_try, self.loops_in_try);
        self.in_try = true;
        self.loops_in_try = 0;
        let code = self.block(body);
        self.in_try = was_in;
        self.loops_in_try = was_loops;
        quote!((|| -> rt::Result<rt::Flow<#ret>> { #prologue #code Ok(rt::Flow::Normal) })())
    }

    /// `try`/`except`/`else`/`finally`: the body and each handler run as closures; `finally`
    /// runs after whichever ran, then the outcome (value, `return`, `break`, exception)
    /// continues.
    fn try_stmt(
        &mut self,
        body: &[ir::Stmt],
        handlers: &[ir::Handler],
        orelse: &[ir::Stmt],
        finalbody: &[ir::Stmt],
    ) -> TokenStream {
        let r = self.temp();
        let err = self.temp();
        let run_body = self.flow_closure(quote!(), body);
        let mut arms: Vec<TokenStream> = Vec::new();
        for h in handlers {
            let classes: Vec<proc_macro2::Ident> = h.classes.iter().map(|c| format_ident!("{}", c)).collect();
            let guard =
                if classes.is_empty() { quote!() } else { quote!(if #err.caught_by(&[#(rt::Exc::#classes),*])) };
            let bind = match &h.name {
                Some(n) => {
                    let id = local(n);
                    quote!(#id = #err.clone();)
                }
                None => quote!(),
            };
            self.except_vars.push(err.clone());
            let run = self.flow_closure(bind, &h.body);
            self.except_vars.pop();
            arms.push(quote!(Err(#err) #guard => #run,));
        }
        if !orelse.is_empty() {
            let run = self.flow_closure(quote!(), orelse);
            arms.push(quote!(Ok(rt::Flow::Normal) => #run,));
        }
        let fin = self.block(finalbody);
        let ret_v = self.return_with(quote!(__v));
        let (brk, cont) = if self.loop_depth > 0 || self.in_try {
            (self.flow_jump(true), self.flow_jump(false))
        } else {
            (quote!({}), quote!({}))
        };
        quote! {{
            let #r: rt::Result<rt::Flow<_>> = #run_body;
            let #r = match #r {
                #(#arms)*
                __other => __other,
            };
            #fin
            match #r {
                Ok(rt::Flow::Normal) => {}
                Ok(rt::Flow::Return(__v)) => { #ret_v }
                Ok(rt::Flow::Break) => { #brk }
                Ok(rt::Flow::Continue) => { #cont }
                Err(__e) => return Err(__e),
            };
        }}
    }

    fn local_ty(&self, name: &str) -> Ty {
        self.inst.locals.get(name).map(Ty::base).unwrap_or(Ty::Unknown)
    }

    fn local_is_np(&self, name: &str) -> bool {
        self.inst.locals.get(name).map(Ty::is_np).unwrap_or(false)
    }

    /// `target = v` where `v` has type `t` (`rhs`: the expression `v` came from, for slice
    /// assignment, which evaluates it element by element into the view).
    pub(super) fn assign(&mut self, target: &Target, v: TokenStream, t: &Ty) -> TokenStream {
        self.assign_from(target, v, t, None)
    }

    fn assign_from(&mut self, target: &Target, v: TokenStream, t: &Ty, rhs: Option<&ir::Expr>) -> TokenStream {
        match target {
            Target::Name(n, _) => {
                let id = local(n);
                let lt = self.local_ty(n);
                let v = coerce(v, t, &lt);
                quote!(#id = #v;)
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
            Target::Subscript { value, index, .. } if crate::infer::is_flat(value) => {
                self.flat_store(value, index, None, v, t)
            }
            Target::Subscript { value, index, .. } => {
                let ct = self.ty(value);
                if let (Ty::Array(..), true, Some(rhs)) = (&ct, super::array::is_array_index(&self.ty(index)), rhs) {
                    return self.fancy_assign(value, index, None, rhs);
                }
                if let Ty::Array(el, n) = ct {
                    let k = super::array::subscript_ndim(n, index, self.inst);
                    if k > 0 {
                        // slice assignment: `value` is evaluated into the view, broadcast
                        let _ = v;
                        let dst = self.view_of(value, index, k);
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
                        let v = coerce_store(v, t, &el.scalar());
                        let v = super::sized::check_int_store(v, *el);
                        if let Some((raw, pos)) = self.proven_index(index) {
                            // SAFETY: in bounds and writeable for the whole loop (`super::hoist`)
                            return quote!({ let #tmp = #v; unsafe { rt::hoist::store(#raw, #pos, #tmp) }; });
                        }
                        let idx = self.array_index(index);
                        quote!({ let #tmp = #v; #c.set(#idx, #tmp)?; })
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

    fn aug_assign(&mut self, target: &Target, op: ir::BinOp, value: &ir::Expr) -> TokenStream {
        // arrays are updated in place, element by element (`a += b`, `a[1:-1] *= 2`)
        match target {
            Target::Name(n, _) => {
                if let Ty::Array(el, k) = self.local_ty(n) {
                    let id = local(n);
                    return self.assign_into(quote!(#id.clone()), el, k, Some(op), value);
                }
            }
            Target::Subscript { value: container, index, .. } => {
                if let (Ty::Array(..), true) = (self.ty(container), super::array::is_array_index(&self.ty(index))) {
                    return self.fancy_assign(container, index, Some(op), value);
                }
                if let Ty::Array(el, n) = self.ty(container) {
                    let k = super::array::subscript_ndim(n, index, self.inst);
                    if k > 0 {
                        let dst = self.view_of(container, index, k);
                        return self.assign_into(dst, el, k, Some(op), value);
                    }
                }
            }
            _ => {}
        }
        let vt = self.ty(value);
        let v = self.expr(value);
        match target {
            Target::Subscript { value: container, index, .. } if crate::infer::is_flat(container) => {
                self.flat_store(container, index, Some((op, value)), v, &vt)
            }
            Target::Name(n, _) => {
                let id = local(n);
                let lt = self.local_ty(n);
                let cur = if super::names::is_copy(&lt) { quote!(#id) } else { quote!(#id.clone()) };
                let np = self.local_is_np(n) || self.is_np(value);
                let (r, rt) = self.binop(op, cur, &lt, v, &vt, value, np);
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
                        if let Some((raw, pos)) = self.proven_index(index) {
                            // SAFETY: in bounds and writeable for the whole loop (`super::hoist`)
                            let (r, rt) = self.elem_binop(
                                op,
                                quote!(unsafe { rt::hoist::load(#raw, #itmp) }),
                                *el,
                                v,
                                &vt,
                                value,
                                false,
                            );
                            let r = coerce_store(r, &rt, &et);
                            let r = super::sized::check_int_store(r, *el);
                            return quote!({ let #itmp = #pos; let __v = #r; unsafe { rt::hoist::store(#raw, #itmp, __v) }; });
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

    fn for_loop(&mut self, target: &Target, iter: &ForIter, body: &[ir::Stmt]) -> TokenStream {
        // the loop variable's bounds, for the body (when it does not assign it)
        let Some((n, r)) = self.int_ranges.loop_var(self.inst, target, iter, body) else {
            return self.for_loop_in(target, iter, body);
        };
        let hidden = self.int_ranges.insert(n.clone(), r);
        let code = self.for_loop_in(target, iter, body);
        self.int_ranges.restore(n, hidden);
        code
    }

    /// A loop `for k in range(start, stop): acc += term` (or `acc -= term`, `acc = acc + term`)
    /// on a float `acc`, whose term cannot fail and does not read `acc`: the terms of eight
    /// iterations computed first (independent, so LLVM vectorises them: divisions, square
    /// roots, conversions), then added to `acc` one after the other — the same additions in
    /// the same order as the plain loop, so the same bits. `None` for any other loop.
    pub(super) fn strip_mined(
        &mut self,
        var: &str,
        start_ts: &TokenStream,
        stop_ts: &TokenStream,
        body: &[ir::Stmt],
    ) -> Option<TokenStream> {
        let [stmt] = body else { return None };
        let (acc, sub, term) = match &stmt.kind {
            StmtKind::AugAssign { target: Target::Name(acc, _), op: op @ (ir::BinOp::Add | ir::BinOp::Sub), value } => {
                (acc, *op == ir::BinOp::Sub, value)
            }
            StmtKind::Assign { target: Target::Name(acc, _), value } => match &value.kind {
                ExprKind::BinOp(op @ (ir::BinOp::Add | ir::BinOp::Sub), l, r) if matches!(&l.kind, ExprKind::Local(n) if n == acc) => {
                    (acc, *op == ir::BinOp::Sub, &**r)
                }
                ExprKind::BinOp(ir::BinOp::Add, l, r) if matches!(&r.kind, ExprKind::Local(n) if n == acc) => {
                    (acc, false, &**l)
                }
                _ => return None,
            },
            _ => return None,
        };
        if acc == var || self.inst.locals.get(acc.as_str()) != Some(&Ty::Float) || ir::query::reads(term, acc) {
            return None;
        }
        let tt = self.ty(term);
        if !matches!(tt, Ty::Float | Ty::Int) || self.sized_of(term).is_some() {
            return None;
        }
        self.loop_depth += 1;
        let fill = self.expr(term);
        let tail = self.expr(term);
        self.loop_depth -= 1;
        fn fails(ts: &TokenStream) -> bool {
            ts.clone().into_iter().any(|t| match t {
                proc_macro2::TokenTree::Punct(p) => p.as_char() == '?',
                proc_macro2::TokenTree::Ident(i) => matches!(i.to_string().as_str(), "return" | "break" | "continue"),
                proc_macro2::TokenTree::Group(g) => fails(&g.stream()),
                proc_macro2::TokenTree::Literal(_) => false,
            })
        }
        if fails(&fill) {
            return None;
        }
        let fill = coerce(fill, &tt, &Ty::Float);
        let tail = coerce(tail, &tt, &Ty::Float);
        let (a, v) = (local(acc), local(var));
        let op = if sub { quote!(-) } else { quote!(+) };
        Some(quote!({
            let __s: i64 = #start_ts;
            let __e: i64 = #stop_ts;
            let mut __i: i64 = __s;
            while (__e as i128) - (__i as i128) >= 8 {
                let mut __terms = [0.0f64; 8];
                for __l in 0..8usize {
                    let #v: i64 = __i + __l as i64;
                    __terms[__l] = #fill;
                }
                for __l in 0..8usize {
                    #a = #a #op __terms[__l];
                }
                __i += 8;
            }
            while __i < __e {
                #v = __i;
                #a = #a #op #tail;
                __i += 1;
            }
            if __e > __s {
                #v = __e - 1;
            }
        }))
    }

    fn for_loop_in(&mut self, target: &Target, iter: &ForIter, body: &[ir::Stmt]) -> TokenStream {
        if let (Target::Name(var, _), ForIter::Range { start, stop, step }) = (target, iter) {
            if is_unit_step(step.as_ref())
                && self.hoist_plan(var, body).is_none()
                && !self.hoist.preproven.contains(&stop.id)
            {
                let start_ts = start.as_ref().map(|x| self.expr_as(x, &Ty::Int)).unwrap_or(quote!(0i64));
                let stop_ts = self.expr_as(stop, &Ty::Int);
                if let Some(code) = self.strip_mined(var, &start_ts, &stop_ts, body) {
                    return code;
                }
            }
        }
        if let Some(code) = self.hoisted_for(target, iter, body) {
            return code;
        }
        let inner = self.loop_body(body);
        let k = self.temp();
        match iter {
            ForIter::Range { start, stop, step } => {
                let int = |b: &mut Self, e: &ir::Expr| {
                    let t = b.ty(e).clone();
                    let x = b.expr(e);
                    coerce(x, &t, &Ty::Int)
                };
                let start_ts = match start {
                    Some(s) => int(self, s),
                    None => quote!(0i64),
                };
                let stop_ts = int(self, stop);
                let bind = self.assign(target, quote!(#k), &Ty::Int);
                if is_unit_step(step.as_ref()) {
                    quote!(for #k in (#start_ts)..(#stop_ts) { #bind #inner })
                } else {
                    let step_ts = int(self, step.as_ref().unwrap());
                    quote!(for #k in rt::builtins::range::Range::new(#start_ts, #stop_ts, #step_ts)? { #bind #inner })
                }
            }
            ForIter::Seq(e) => {
                let t = self.ty(e);
                let seq = self.expr(e);
                let s = self.temp();
                match &t {
                    Ty::List(el) if !self.stmts_may_change_lists(body) => {
                        // nothing in the body can change a list: borrow the items for the loop
                        let bind = self.assign(target, quote!(#k), el);
                        quote!(for #k in #seq.items_ref().iter().cloned() { #bind #inner })
                    }
                    Ty::List(el) => {
                        let bind = self.assign(target, quote!(#s.get(#k)?), el);
                        quote!({
                            let #s = #seq;
                            let mut #k = 0i64;
                            while #k < #s.len() {
                                #bind
                                #k += 1;
                                #inner
                            }
                        })
                    }
                    Ty::Array(el, _) => {
                        let bind = self.assign(target, quote!(#s.get([#k])?), &el.scalar());
                        quote!({
                            let #s = #seq;
                            for #k in 0..#s.len() {
                                #bind
                                #inner
                            }
                        })
                    }
                    _ => {
                        let _ = (seq, s);
                        self.for_iter_loop(target, e, inner)
                    }
                }
            }
        }
    }
}

/// A value stored into a numpy array element converts as numpy does: a float into an int
/// array truncates (NaN/inf raise instead of storing garbage), any number into a bool array
/// is its truth value.
pub(super) fn coerce_store(v: TokenStream, from: &Ty, to: &Ty) -> TokenStream {
    let (from, to) = (&from.base(), &to.base());
    match (from, to) {
        (Ty::Float, Ty::Int) => quote!(rt::builtins::conv::int_of_float(#v)?),
        (Ty::Int, Ty::Bool) => quote!((#v != 0)),
        (Ty::Float, Ty::Bool) => quote!((#v != 0.0)),
        (Ty::Complex, Ty::Bool) => quote!(rt::builtins::conv::truth_complex(#v)),
        _ => coerce(v, from, to),
    }
}

impl Body<'_> {
    /// A `for` loop over `range(...)` made parallel by a directive: the body becomes a closure
    /// run by `rt::parallel::for_range`, with the loop's private variables declared inside it
    /// and its reductions carried as the closure's accumulator (see `crate::analysis::parallel`).
    fn parallel_for(&mut self, stmt: &ir::Stmt, target: &Target, iter: &ForIter, body: &[ir::Stmt]) -> TokenStream {
        let f = self.g.module.function(&self.inst.key.func).expect("instances name functions");
        let plan = crate::analysis::parallel::plan_loop(f, stmt, self.inst)
            .expect("parallel loops are checked before codegen");
        let ForIter::Range { start, stop, step } = iter else { unreachable!("checked by plan_loop") };
        let step_expr = step.as_ref();
        let int = |b: &mut Self, e: &ir::Expr| b.expr_as(e, &Ty::Int);
        let start = match start {
            Some(e) => int(self, e),
            None => quote!(0i64),
        };
        let stop = int(self, stop);
        let step = match step {
            Some(e) => int(self, e),
            None => quote!(1i64),
        };
        let reds: Vec<(proc_macro2::Ident, Ty, RedOp)> =
            plan.reductions.iter().map(|(n, op)| (local(n), self.local_ty(n), *op)).collect();
        let acc_ty = {
            let ts = reds.iter().map(|(_, t, _)| rust_type(t));
            quote!((#(#ts,)*))
        };
        let identity = {
            let ids = reds.iter().map(|(_, t, op)| identity(t, *op));
            quote!((#(#ids,)*))
        };
        let acc_tuple = {
            let names = reds.iter().map(|(n, _, _)| n);
            quote!((#(#names,)*))
        };
        let acc_pattern = {
            let names = reds.iter().map(|(n, _, _)| quote!(mut #n));
            quote!((#(#names,)*))
        };
        let combines = reds.iter().enumerate().map(|(k, (_, t, op))| {
            let i = syn::Index::from(k);
            combine(t, *op, quote!(__a.#i), quote!(__b.#i))
        });
        let finals: Vec<TokenStream> = reds
            .iter()
            .enumerate()
            .map(|(k, (n, t, op))| {
                let i = syn::Index::from(k);
                let c = combine(t, *op, quote!(#n), quote!(__red.#i));
                quote!(#n = #c;)
            })
            .collect();
        let privates: Vec<TokenStream> = plan
            .privates
            .iter()
            .map(|n| {
                let id = local(n);
                let t = rust_type(&self.local_ty(n));
                quote!(let mut #id: #t = ::core::default::Default::default();)
            })
            .collect();
        let lv_name = match target {
            Target::Name(n, _) => n.clone(),
            _ => unreachable!("checked by plan_loop"),
        };
        let lv = local(&lv_name);
        let sched = match &plan.schedule {
            Some((Schedule::Static, None)) => quote!(rt::parallel::Schedule::Static),
            Some((_, Some(c))) => quote!(rt::parallel::Schedule::Chunk(#c)),
            _ => quote!(rt::parallel::Schedule::Auto),
        };
        let threads = match plan.threads {
            Some(n) => quote!(Some(#n)),
            None => quote!(None),
        };
        // the body runs inside a plain `for` over the thread's piece: `continue` and inner
        // `break`s keep their meaning. With a unit step the piece is a range of the loop's
        // variable that proves subscripts as a serial loop's does (`super::hoist`).
        let piece = match self.hoist_plan(&lv_name, body) {
            Some(p) if is_unit_step(step_expr) => {
                let prologue = quote!(#(#privates)*);
                let lo = quote!(__start.wrapping_add(__lo as i64));
                let hi = quote!(__start.wrapping_add(__hi as i64));
                let hoisted = self.hoisted_loop(p, &lv_name, lo, hi, prologue, body);
                quote! {
                    let mut #lv: i64 = __start;
                    #hoisted
                }
            }
            _ => {
                let inner = self.block(body);
                quote! {
                    for __k in __lo..__hi {
                        let mut #lv: i64 = __start.wrapping_add((__k as i64).wrapping_mul(__step));
                        #(#privates)*
                        #inner
                    }
                }
            }
        };
        quote! {{
            let __range = rt::builtins::range::Range::new(#start, #stop, #step)?;
            let (__start, __step) = __range.start_step();
            let __red = rt::parallel::for_range(
                __range,
                #sched,
                #threads,
                #identity,
                |__lo: u64, __hi: u64, __acc: #acc_ty| -> rt::Result<#acc_ty> {
                    let #acc_pattern = __acc;
                    #piece
                    Ok(#acc_tuple)
                },
                |__a: #acc_ty, __b: #acc_ty| -> rt::Result<#acc_ty> { Ok((#(#combines,)*)) },
            )?;
            #(#finals)*
            if let Some(__last) = __range.last() {
                #lv = __last;
            }
        }}
    }
}

fn identity(t: &Ty, op: RedOp) -> TokenStream {
    match (t, op) {
        (Ty::Bool, RedOp::BitAnd) => quote!(true),
        (Ty::Bool, _) => quote!(false),
        (Ty::Int, RedOp::Add | RedOp::BitOr | RedOp::BitXor) => quote!(0i64),
        (Ty::Int, RedOp::Mul) => quote!(1i64),
        (Ty::Int, RedOp::BitAnd) => quote!(-1i64),
        (Ty::Int, RedOp::Min) => quote!(i64::MAX),
        (Ty::Int, RedOp::Max) => quote!(i64::MIN),
        (Ty::Float, RedOp::Mul) => quote!(1.0f64),
        (Ty::Float, RedOp::Min) => quote!(f64::INFINITY),
        (Ty::Float, RedOp::Max) => quote!(f64::NEG_INFINITY),
        (Ty::Float, _) => quote!(0.0f64),
        (Ty::Complex, RedOp::Mul) => quote!(rt::Complex64::new(1.0, 0.0)),
        _ => quote!(rt::Complex64::new(0.0, 0.0)),
    }
}

/// Merging two partial results of a reduction (Python's semantics: int overflow raises).
fn combine(t: &Ty, op: RedOp, a: TokenStream, b: TokenStream) -> TokenStream {
    match (t, op) {
        (Ty::Int, RedOp::Add) => quote!(rt::builtins::arith::add_int(#a, #b)?),
        (Ty::Int, RedOp::Mul) => quote!(rt::builtins::arith::mul_int(#a, #b)?),
        (Ty::Complex, RedOp::Mul) => quote!(rt::builtins::complex::mul(#a, #b)),
        (_, RedOp::Add) => quote!((#a + #b)),
        (_, RedOp::Mul) => quote!((#a * #b)),
        (_, RedOp::Min) => quote!(rt::builtins::minmax::min(#a, #b)),
        (_, RedOp::Max) => quote!(rt::builtins::minmax::max(#a, #b)),
        (_, RedOp::BitAnd) => quote!((#a & #b)),
        (_, RedOp::BitOr) => quote!((#a | #b)),
        (_, RedOp::BitXor) => quote!((#a ^ #b)),
    }
}
