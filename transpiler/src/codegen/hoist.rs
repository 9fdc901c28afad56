//! Bounds checks hoisted out of `for v in range(start, stop)` loops: the emission of the plan
//! [`crate::analysis::bounds`] proves.
//!
//! A loop with a plan is emitted twice: a copy whose proven subscripts read and write without
//! checks, taken when one test before the loop proves every such subscript in bounds (and the
//! written arrays writeable), and the unchanged checked copy otherwise. Python's semantics are
//! kept exactly: the fast copy is only taken when no subscript it covers can fail, so the
//! `IndexError` of the checked copy happens at the same iteration after the same writes. The
//! loop body then has no branches to error paths and LLVM can unroll or vectorise it.
//!
//! Nested loops: the facts of the tests of enclosing fast copies are in force while their body
//! is generated; a nested loop the outer test covers (`pairwise`: one test for the whole nest
//! instead of one per row pair) runs without a test of its own.
//!
//! A parallel loop's piece (the iterations one thread runs) is such a range too; the fast copy
//! reads arrays through `rt::support::hoist::Raw` locals, which LLVM keeps in registers.

use super::body::Body;
use super::names::local;
use crate::analysis::bounds::{self, is_unit_step, Affine, Bound, Fact, Off, Plan};
use crate::ir::{self, ExprId, ExprKind, ForIter, Target};
use crate::types::Ty;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::HashMap;

/// The hoisting state of the function body being generated.
#[derive(Default)]
pub struct State {
    facts: Vec<Fact>,
    /// nested loops (by their `stop`) whose facts an enclosing fast copy's test established:
    /// they run unchecked without a test of their own
    pub(super) preproven: std::collections::HashSet<ExprId>,
    /// index expressions proven in bounds → the array's `rt::support::hoist::Raw` local and the
    /// `[usize; D]` position to read or write at
    proven: HashMap<ExprId, (TokenStream, TokenStream)>,
    /// the index of an element updated in place by a loop ([`Body::promoted_for`]) → the local
    /// holding the element while the loop runs
    promoted: HashMap<ExprId, TokenStream>,
    /// inside the copies of such a loop (one level: nested loops are not promoted again)
    promoting: bool,
}

impl Body<'_> {
    /// The array's local copy and the position for an unchecked access if the subscript
    /// `index` of an array is proven in bounds (for reads `unsafe { rt::support::hoist::load(raw, pos) }`,
    /// for writes `unsafe { rt::support::hoist::store(raw, pos, v) }`).
    pub fn proven_index(&self, index: &ir::Expr) -> Option<(TokenStream, TokenStream)> {
        self.proofs.hoist.proven.get(&index.id).cloned()
    }

    /// The local holding the element `index` addresses while its loop runs, if the loop keeps it
    /// in a register ([`Body::promoted_for`]).
    pub fn promoted_element(&self, index: &ir::Expr) -> Option<TokenStream> {
        self.proofs.hoist.promoted.get(&index.id).cloned()
    }

    /// A loop whose body updates one element of an array in place, at an index the loop does
    /// not change (`conv`: `result[i, j] += x[idx] * w[ii, jj]` in the loops over `ii`, `jj`),
    /// with the element kept in a local for the whole loop: read once before it, written once
    /// after it. Through memory every iteration's load waits for the previous store (~10 cycles
    /// of store-to-load forwarding per iteration); LLVM cannot keep it in a register itself, as
    /// it cannot tell that no other array read in the loop shares the memory.
    ///
    /// The same values in the same order, so the same bits and the same exceptions, when:
    /// - the array is fresh: made by `np.zeros`/`ones`/`empty`/`full` (or `_like`) in this
    ///   function, assigned once, and otherwise only indexed element by element (read or
    ///   written) or returned, so no other name reaches its memory: nothing else in the loop
    ///   can read or write the element;
    /// - the update is the only place the loop names the array, and its index is a tuple of int
    ///   locals the loop does not assign (and int literals), one per axis;
    /// - the loop holds no `return` or `yield`, and the function no `try`: an exception in the
    ///   loop leaves the function, and with it the array, which nothing else reaches, so the
    ///   updates not yet written back cannot be seen.
    ///
    /// At run time the element is taken only when the index is in bounds and the array
    /// writeable (then every update in the loop would pass those checks); otherwise the loop
    /// runs as it is and raises where Python does.
    pub(super) fn promoted_for(&mut self, target: &Target, iter: &ForIter, body: &[ir::Stmt]) -> Option<TokenStream> {
        if self.proofs.hoist.promoting || self.generator || ir::query::has_return(body) {
            return None;
        }
        let f = self.g.module.function(&self.inst.key.func)?;
        if ir::query::statements(&f.body).iter().any(|s| matches!(s.kind, ir::StmtKind::Try { .. })) {
            return None;
        }
        let mut bound: Vec<String> = Vec::new();
        ir::query::bindings(body, &mut |n, _, _| bound.push(n.to_string()));
        let mut target_names = Vec::new();
        collect_target_names(target, &mut target_names);
        let stmts = ir::query::statements(body);
        if stmts.iter().any(|s| matches!(s.kind, ir::StmtKind::Yield(_) | ir::StmtKind::YieldFrom(_))) {
            return None;
        }
        let (array, index) = stmts.iter().find_map(|s| {
            let ir::StmtKind::AugAssign { target: Target::Subscript { value, index, .. }, .. } = &s.kind else {
                return None;
            };
            let ExprKind::Local(a) = &value.kind else { return None };
            let Ty::Array(_, nd) = self.local_ty(a) else { return None };
            let items: Vec<&ir::Expr> = match &index.kind {
                ExprKind::Tuple(items) => items.iter().collect(),
                _ => vec![index],
            };
            let invariant = |x: &ir::Expr| match &x.kind {
                ExprKind::Int(_) => true,
                ExprKind::Local(n) => self.local_ty(n) == Ty::Int && !bound.contains(n) && !target_names.contains(n),
                _ => false,
            };
            if items.len() != nd || !items.iter().all(|x| invariant(x)) {
                return None;
            }
            let mut count = 0;
            ir::query::occurrences(body, None, &mut |n, _| count += usize::from(n == a.as_str()));
            (count == 1 && self.fresh_array(f, a, nd)).then(|| (a.to_string(), index.clone()))
        })?;
        let (acc, pos) = (self.temp(), self.temp());
        let arr = local(&array);
        let idx = self.array_index(&index);
        self.proofs.hoist.promoting = true;
        self.proofs.hoist.promoted.insert(index.id, quote!(#acc));
        let fast = self.for_loop(target, iter, body);
        self.proofs.hoist.promoted.clear();
        let slow = self.for_loop(target, iter, body);
        self.proofs.hoist.promoting = false;
        Some(quote! {
            let #pos = #idx;
            match (#arr.check_writeable().is_ok(), #arr.get(#pos)) {
                (true, Ok(mut #acc)) => {
                    #fast
                    #arr.set(#pos, #acc)?;
                }
                _ => { #slow }
            }
        })
    }

    /// Whether the local `name` holds an array no other name reaches ([`Body::promoted_for`]):
    /// assigned once, from a new array of `np.zeros` & co; otherwise only subscripted by `nd`
    /// ints (an element, read or written), returned, or asked its shape.
    fn fresh_array(&self, f: &ir::Function, name: &str, nd: usize) -> bool {
        use crate::library::Intrinsic;
        use ir::visit::{self, Visitor};
        if f.params.iter().any(|p| p.name == name) {
            return false;
        }
        let mut total = 0;
        ir::query::occurrences(&f.body, None, &mut |n, _| total += usize::from(n == name));
        struct Allowed<'a, 'b> {
            b: &'a Body<'b>,
            name: &'a str,
            nd: usize,
            assigns: usize,
            allowed: usize,
        }
        impl Allowed<'_, '_> {
            fn is_name(&self, e: &ir::Expr) -> bool {
                matches!(&e.kind, ExprKind::Local(n) if n == self.name)
            }
            fn element_index(&self, index: &ir::Expr) -> bool {
                let items: Vec<&ir::Expr> = match &index.kind {
                    ExprKind::Tuple(items) => items.iter().collect(),
                    _ => vec![index],
                };
                items.len() == self.nd && items.iter().all(|x| self.b.inst.ty(x).base() == Ty::Int)
            }
        }
        impl<'ir> Visitor<'ir> for Allowed<'_, '_> {
            fn visit_stmt(&mut self, s: &'ir ir::Stmt) {
                match &s.kind {
                    ir::StmtKind::Assign { target: Target::Name(n, _), value } if n == self.name => {
                        let new = matches!(&value.kind, ExprKind::CallIntrinsic(Intrinsic::Numpy(f), _) if f.fills_new_array());
                        if new {
                            self.assigns += 1;
                            self.allowed += 1;
                        }
                        visit::walk_stmt(self, s)
                    }
                    ir::StmtKind::Return(Some(e)) if self.is_name(e) => self.allowed += 1,
                    ir::StmtKind::Return(Some(ir::Expr { kind: ExprKind::Tuple(items), .. })) => {
                        for e in items {
                            if self.is_name(e) {
                                self.allowed += 1;
                            } else {
                                self.visit_expr(e);
                            }
                        }
                    }
                    _ => visit::walk_stmt(self, s),
                }
            }
            fn visit_target(&mut self, t: &'ir Target) {
                match t {
                    Target::Subscript { value, index, .. } if self.is_name(value) && self.element_index(index) => {
                        self.allowed += 1;
                        self.visit_expr(index);
                    }
                    _ => visit::walk_target(self, t),
                }
            }
            fn visit_expr(&mut self, e: &'ir ir::Expr) {
                match &e.kind {
                    ExprKind::Subscript(value, index)
                        if self.is_name(value)
                            && self.element_index(index)
                            && !matches!(self.b.inst.ty(e), Ty::Array(..)) =>
                    {
                        self.allowed += 1;
                        self.visit_expr(index);
                    }
                    ExprKind::Attribute(value, attr)
                        if self.is_name(value) && matches!(attr.as_str(), "shape" | "ndim" | "size") =>
                    {
                        self.allowed += 1
                    }
                    _ => visit::walk_expr(self, e),
                }
            }
        }
        let mut v = Allowed { b: self, name, nd, assigns: 0, allowed: 0 };
        v.visit_body(&f.body);
        v.assigns == 1 && v.allowed == total
    }

    /// A unit-step `range` loop with provable subscripts, as the fast and the checked copy
    /// behind one test; `None` when the loop has nothing to hoist.
    pub fn hoisted_for(&mut self, target: &Target, iter: &ForIter, body: &[ir::Stmt]) -> Option<TokenStream> {
        let ForIter::Range { start, stop, step } = iter else { return None };
        if !is_unit_step(step.as_ref()) {
            return None;
        }
        let Target::Name(var, _) = target else { return None };
        if self.proofs.hoist.preproven.contains(&stop.id) {
            // the enclosing fast copy's test covers this loop's subscripts
            let (k, v) = (self.temp(), local(var));
            let start_ts = start.as_ref().map(|x| self.expr_as(x, &Ty::Int)).unwrap_or(quote!(0i64));
            let stop_ts = self.expr_as(stop, &Ty::Int);
            if let Some(code) = self.strip_mined(var, &start_ts, &stop_ts, body) {
                return Some(code);
            }
            let fast = self.loop_body(body);
            return Some(quote!(for #k in (#start_ts)..(#stop_ts) { #v = #k; #fast }));
        }
        let plan = self.hoist_plan(var, body)?;
        let int = |b: &mut Self, x: &ir::Expr| {
            let t = b.ty(x);
            let v = b.expr(x);
            super::convert::coerce(v, &t, &Ty::Int)
        };
        let start_ts = match start {
            Some(x) => int(self, x),
            None => quote!(0i64),
        };
        let stop_ts = int(self, stop);
        Some(self.hoisted_loop(plan, var, start_ts, stop_ts, quote!(), body))
    }

    /// What the test before a loop of `var` over `body` would prove, with the facts of the
    /// enclosing fast copies ([`bounds::plan`]).
    pub fn hoist_plan<'e>(&self, var: &str, body: &'e [ir::Stmt]) -> Option<Plan<'e>> {
        bounds::plan(self.inst, &self.proofs.hoist.facts, var, body)
    }

    /// The loop `for var in start..stop { prologue body }` as its fast and checked copies
    /// behind the test of `plan`. The fast copy reads and writes the arrays it proves through
    /// local copies of their data pointers and strides (`rt::support::hoist::Raw`).
    pub fn hoisted_loop(
        &mut self,
        plan: Plan,
        var: &str,
        start_ts: TokenStream,
        stop_ts: TokenStream,
        prologue: TokenStream,
        body: &[ir::Stmt],
    ) -> TokenStream {
        let Plan { new_facts, nested, newly } = plan;
        let (s, e) = (self.temp(), self.temp());
        let mut conds: Vec<TokenStream> = Vec::new();
        for f in &new_facts {
            let (s, e) = match nested.iter().find(|l| l.var == f.idx.var) {
                Some(l) => (bound(&l.start), bound(&l.stop)),
                None => (quote!(#s), quote!(#e)),
            };
            let arr = local(&f.array);
            let axis = f.axis;
            let off = match &f.idx.off {
                Off::Const(c) => {
                    let c = proc_macro2::Literal::i128_suffixed(*c as i128);
                    quote!(#c)
                }
                Off::Plus(w) => {
                    let w = local(w);
                    quote!((#w as i128))
                }
                Off::Minus(w) => {
                    let w = local(w);
                    quote!((-(#w as i128)))
                }
            };
            conds.push(quote!((#s as i128) + #off >= 0));
            conds.push(quote!((#e as i128) + #off <= (#arr.shape()[#axis] as i128)));
        }
        let mut arrays: Vec<(&str, bool)> = newly.iter().map(|a| (a.array, a.written)).collect();
        arrays.sort();
        arrays.dedup();
        let mut raws = Vec::new();
        for (i, (a, written)) in arrays.iter().enumerate() {
            let arr = local(a);
            if i == 0 || arrays[i - 1].0 != *a {
                // unchecked accesses address the last axis as contiguous
                conds.push(quote!(#arr.inner_contiguous()));
                let raw = raw_local(a);
                raws.push(quote!(let #raw = rt::support::hoist::Raw::new(&#arr);));
            }
            if *written {
                conds.push(quote!(#arr.check_writeable().is_ok()));
            }
        }

        // the fast copy: facts and proven subscripts in force while its body is generated
        let saved_len = self.proofs.hoist.facts.len();
        self.proofs.hoist.facts.extend(new_facts);
        let mut added = Vec::new();
        for a in &newly {
            let parts = a.idx.iter().map(position);
            let raw = raw_local(a.array);
            self.proofs.hoist.proven.insert(a.index, (quote!(#raw), quote!([#(#parts),*])));
            added.push(a.index);
        }
        let mut pre = Vec::new();
        for l in &nested {
            if self.proofs.hoist.preproven.insert(l.stop_id) {
                pre.push(l.stop_id);
            }
        }
        let (s0, e0) = (quote!(#s), quote!(#e));
        let fast = match self.strip_mined(var, &s0, &e0, body) {
            Some(code) if prologue.is_empty() => code,
            _ => {
                let fast = self.loop_body(body);
                let k1 = self.temp();
                let v = local(var);
                quote!(for #k1 in #s..#e { #v = #k1; #prologue #fast })
            }
        };
        for stop in pre {
            self.proofs.hoist.preproven.remove(&stop);
        }
        self.proofs.hoist.facts.truncate(saved_len);
        for id in added {
            self.proofs.hoist.proven.remove(&id);
        }
        let slow = self.loop_body(body);
        let mut seen = std::collections::HashSet::new();
        conds.retain(|c| seen.insert(c.to_string()));
        let k2 = self.temp();
        let v = local(var);
        quote! {
            let #s: i64 = #start_ts;
            let #e: i64 = #stop_ts;
            if #(#conds)&&* {
                #(#raws)*
                #fast
            } else {
                for #k2 in #s..#e { #v = #k2; #prologue #slow }
            }
        }
    }
}

/// The variables a loop target binds.
fn collect_target_names(t: &Target, out: &mut Vec<String>) {
    match t {
        Target::Name(n, _) => out.push(n.clone()),
        Target::Tuple(ts, _) => ts.iter().for_each(|t| collect_target_names(t, out)),
        Target::Subscript { .. } => {}
    }
}

/// The local holding an array's `rt::support::hoist::Raw` in a fast copy.
fn raw_local(array: &str) -> proc_macro2::Ident {
    quote::format_ident!("__raw_{}", array)
}

/// `var + off` as a `usize` position (in bounds, so the arithmetic cannot overflow).
fn position(x: &Affine) -> TokenStream {
    let v = local(&x.var);
    match &x.off {
        Off::Const(0) => quote!((#v as usize)),
        Off::Const(c) => {
            let c = proc_macro2::Literal::i64_suffixed(*c);
            quote!((#v.wrapping_add(#c) as usize))
        }
        Off::Plus(w) => {
            let w = local(w);
            quote!((#v.wrapping_add(#w) as usize))
        }
        Off::Minus(w) => {
            let w = local(w);
            quote!((#v.wrapping_sub(#w) as usize))
        }
    }
}

/// A bound of a nested loop the outer loop's test covers.
fn bound(b: &Bound) -> TokenStream {
    match b {
        Bound::Const(c) => {
            let c = proc_macro2::Literal::i64_suffixed(*c);
            quote!(#c)
        }
        Bound::Local(w) => {
            let w = local(w);
            quote!(#w)
        }
    }
}
