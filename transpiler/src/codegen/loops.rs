//! `for` loops: over ranges (hoisted bounds checks, strip-mined float sums), sequences and
//! iterators.

use super::body::Body;
use super::convert::coerce;
use super::names::local;
use crate::analysis::bounds::is_unit_step;
use crate::ir::{self, ExprKind, ForIter, StmtKind, Target};
use crate::types::Ty;
use proc_macro2::TokenStream;
use quote::quote;

impl Body<'_> {
    pub(super) fn for_loop(&mut self, target: &Target, iter: &ForIter, body: &[ir::Stmt]) -> TokenStream {
        // an element updated in place kept in a local (`super::hoist`)
        if let Some(code) = self.promoted_for(target, iter, body) {
            return code;
        }
        // the loop variable's bounds, for the body (when it does not assign it)
        let Some((n, r)) = self.proofs.int_ranges.loop_var(self.inst, target, iter, body) else {
            return self.for_loop_in(target, iter, body);
        };
        if let Some(code) = self.int_versioned(&n, r, target, iter, body) {
            return code;
        }
        let hidden = self.proofs.int_ranges.insert(n.clone(), r);
        let code = self.for_loop_in(target, iter, body);
        self.proofs.int_ranges.restore(n, hidden);
        code
    }

    /// A `range` loop whose end is not known (`range(1, n + 1)`, `n` a parameter) as two copies
    /// behind one test of the end: one where the loop variable is known to stay within
    /// ±3037000499 (so `k * k` and the like cannot overflow and run without their check), taken
    /// when the end is at most 3037000500, and the loop as it is otherwise. The same versioning
    /// as the hoisted bounds checks: the fast copy is only taken where none of the checks it
    /// drops could fail, so OverflowError stays where it was. `None` when the bound proves no
    /// more than the loop's own range (the copies would be the same), when the start is not
    /// known to be within the bound, when the end is not a pure int expression of locals and
    /// literals (the test evaluates it once more), and inside a versioned copy (one level).
    fn int_versioned(
        &mut self,
        var: &str,
        range: (i128, i128),
        target: &Target,
        iter: &ForIter,
        body: &[ir::Stmt],
    ) -> Option<TokenStream> {
        // the largest k with k * k within int64
        const CAP: i128 = 3_037_000_499;
        let ForIter::Range { stop, .. } = iter else { return None };
        if self.flow.versioned || range.1 <= CAP || range.0 < -CAP || !pure_int(stop) {
            return None;
        }
        let before = self.temps;
        self.flow.versioned = true;
        let slow = self.with_range(var, range, |b| b.for_loop_in(target, iter, body));
        let after = self.temps;
        // the same temporaries in both copies (they are in separate blocks), so that equal
        // copies compare equal
        self.temps = before;
        let fast = self.with_range(var, (range.0, CAP), |b| b.for_loop_in(target, iter, body));
        self.flow.versioned = false;
        if fast.to_string() == slow.to_string() {
            // the caller generates the loop again (with versioned nested loops), named as
            // without this attempt
            self.temps = before;
            return None;
        }
        self.temps = self.temps.max(after);
        let stop_ts = self.expr_as(stop, &Ty::Int);
        let end = proc_macro2::Literal::i64_suffixed(CAP as i64 + 1);
        Some(quote!(if (#stop_ts) <= #end { #fast } else { #slow }))
    }

    /// `f` with the loop variable `var` known to take the values `range`.
    fn with_range(&mut self, var: &str, range: (i128, i128), f: impl FnOnce(&mut Self) -> TokenStream) -> TokenStream {
        let hidden = self.proofs.int_ranges.insert(var.to_string(), range);
        let code = f(self);
        self.proofs.int_ranges.restore(var.to_string(), hidden);
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
        let tt = self.ty(term);
        // an accumulator kept as `rt::NumF` (`s = 0` before the loop) is a float after the first
        // addition of a float term: summed as an `f64` from its value
        let numf = self.float_nums.contains(acc.as_str()) && tt == Ty::Float;
        if acc == var
            || !(numf || self.inst.locals.get(acc.as_str()) == Some(&Ty::Float))
            || ir::query::reads(term, acc)
        {
            return None;
        }
        if !matches!(tt, Ty::Float | Ty::Int) || self.sized_of(term).is_some() {
            return None;
        }
        self.flow.loop_depth += 1;
        let fill = self.expr(term);
        let tail = self.expr(term);
        self.flow.loop_depth -= 1;
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
        let v = local(var);
        let a = if numf {
            quote!(__acc)
        } else {
            let id = local(acc);
            quote!(#id)
        };
        let op = if sub { quote!(-) } else { quote!(+) };
        let (load, store) = if numf {
            let id = local(acc);
            // a numpy float term makes the sum a numpy float; a float term keeps a numpy
            // float one and makes anything else a float
            let fin = if self.is_np(term) { quote!(rt::NumF::np_float(__acc)) } else { quote!(#id.with_float(__acc)) };
            (quote!(let mut __acc: f64 = #id.v;), quote!(#id = #fin;))
        } else {
            (quote!(), quote!())
        };
        if self.fast_math() {
            // fast-math: eight partial sums, added together at the end (reassociated)
            return Some(quote!({
                #load
                let __s: i64 = #start_ts;
                let __e: i64 = #stop_ts;
                let mut __i: i64 = __s;
                let mut __lanes = [0.0f64; 8];
                while (__e as i128) - (__i as i128) >= 8 {
                    for __l in 0..8usize {
                        let #v: i64 = __i + __l as i64;
                        __lanes[__l] += #fill;
                    }
                    __i += 8;
                }
                #a = #a #op (((__lanes[0] + __lanes[1]) + (__lanes[2] + __lanes[3]))
                    + ((__lanes[4] + __lanes[5]) + (__lanes[6] + __lanes[7])));
                while __i < __e {
                    #v = __i;
                    #a = #a #op #tail;
                    __i += 1;
                }
                if __e > __s {
                    #v = __e - 1;
                    #store
                }
            }));
        }
        Some(quote!({
            #load
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
                #store
            }
        }))
    }

    pub(super) fn for_loop_in(&mut self, target: &Target, iter: &ForIter, body: &[ir::Stmt]) -> TokenStream {
        if let (Target::Name(var, _), ForIter::Range { start, stop, step }) = (target, iter) {
            if is_unit_step(step.as_ref())
                && self.hoist_plan(var, body).is_none()
                && !self.proofs.hoist.preproven.contains(&stop.id)
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
                    Ty::List(el) | Ty::VarTuple(el) => {
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
                    Ty::Array(el, n) if *n > 1 => {
                        // the rows: views of one dimension less
                        let m = n - 1;
                        let bind =
                            self.assign(target, quote!(#s.view::<#m>(&[rt::Idx::At(#k as i64)])?), &Ty::Array(*el, m));
                        quote!({
                            let #s = #seq;
                            for #k in 0..#s.shape()[0] {
                                #bind
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

/// An int expression of locals and literals through `+ - *` and unary minus: evaluating it
/// once more (the test of a versioned loop) does nothing but compute the same value or raise
/// the same OverflowError before the loop would.
fn pure_int(e: &ir::Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_) | ExprKind::Local(_) => true,
        ExprKind::Unary(ir::UnaryOp::Neg, x) => pure_int(x),
        ExprKind::BinOp(ir::BinOp::Add | ir::BinOp::Sub | ir::BinOp::Mul, l, r) => pure_int(l) && pure_int(r),
        _ => false,
    }
}
