//! Bounds checks hoisted out of `for v in range(start, stop)` loops.
//!
//! An array subscript whose every index is `u + c` — `u` the variable of an enclosing unit-step
//! `range` loop, `c` an integer constant or a loop-invariant int local (`x[i]`, `x[i - w]`,
//! `a[i, j + 1]`) — is in bounds for the whole loop when it is for the first and the last
//! value of `u`. Such a loop is emitted twice: a copy whose subscripts read and write without
//! checks, taken when one test before the loop proves every such subscript in bounds (and the
//! written arrays writeable), and the unchanged checked copy otherwise. Python's semantics are
//! kept exactly: the fast copy is only taken when no subscript it covers can fail, so the
//! `IndexError` of the checked copy happens at the same iteration after the same writes. The
//! loop body then has no branches to error paths and LLVM can unroll or vectorise it.
//!
//! Nested loops: the test of a loop establishes facts `a.shape[ax]` contains `v + c` for
//! its variable; a subscript of an inner loop is unchecked when each of its indices is covered
//! by a fact of an enclosing fast copy or of its own loop. A nested unit-step loop whose bounds
//! are the same on every iteration of the outer one (literals, int locals the outer body does
//! not assign), whose variable nothing else binds and no subscript outside it uses, gets its
//! facts from the outer loop's test (over its bounds) and runs without a test of its own
//! (`pairwise`: one test for the whole nest instead of one per row pair).
//!
//! A parallel loop's piece (the iterations one thread runs) is such a range too; the fast copy
//! reads arrays through `rt::hoist::Raw` locals, which LLVM keeps in registers.

use super::expr::Body;
use super::names::local;
use crate::ir::visit::{self, Visitor};
use crate::ir::{self, query, BinOp, ExprId, ExprKind, ForIter, StmtKind, Target};
use crate::types::Ty;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::HashMap;

/// `var + off`
#[derive(Clone, Debug, PartialEq)]
struct Affine {
    var: String,
    off: Off,
}

#[derive(Clone, Debug, PartialEq)]
enum Off {
    Const(i64),
    /// `+ w`
    Plus(String),
    /// `- w`
    Minus(String),
}

/// `array.shape[axis]` contains `idx` for every value the loop gives it.
#[derive(Clone, Debug, PartialEq)]
struct Fact {
    array: String,
    axis: usize,
    idx: Affine,
}

/// The hoisting state of the function body being generated.
#[derive(Default)]
pub struct State {
    facts: Vec<Fact>,
    /// nested loops (by their `stop`) whose facts an enclosing fast copy's test established:
    /// they run unchecked without a test of their own
    pub(super) preproven: std::collections::HashSet<ExprId>,
    /// index expressions proven in bounds → the array's `rt::hoist::Raw` local and the
    /// `[usize; D]` position to read or write at
    proven: HashMap<ExprId, (TokenStream, TokenStream)>,
}

/// What the test before one loop proves (`Body::hoist_plan`).
pub struct Plan<'e> {
    /// facts about this loop's variable and those of `nested`
    new_facts: Vec<Fact>,
    /// nested loops whose range is the same on every iteration of this one, so that this
    /// loop's test proves their subscripts too: variable, start, stop, the stop's id
    nested: Vec<(String, TokenStream, TokenStream, ExprId)>,
    /// subscripts the facts prove (with those of enclosing fast copies)
    newly: Vec<Access<'e>>,
}

/// One array subscript in a loop body: the array, its indices, the index expression, whether
/// it is written.
struct Access<'e> {
    array: &'e str,
    idx: Vec<Affine>,
    index: ExprId,
    written: bool,
}

impl Body<'_> {
    /// The array's local copy and the position for an unchecked access if the subscript
    /// `index` of an array is proven in bounds (for reads `unsafe { rt::hoist::load(raw, pos) }`,
    /// for writes `unsafe { rt::hoist::store(raw, pos, v) }`).
    pub fn proven_index(&self, index: &ir::Expr) -> Option<(TokenStream, TokenStream)> {
        self.hoist.proven.get(&index.id).cloned()
    }

    /// A unit-step `range` loop with provable subscripts, as the fast and the checked copy
    /// behind one test; `None` when the loop has nothing to hoist.
    pub fn hoisted_for(&mut self, target: &Target, iter: &ForIter, body: &[ir::Stmt]) -> Option<TokenStream> {
        let ForIter::Range { start, stop, step } = iter else { return None };
        if !is_unit_step(step.as_ref()) {
            return None;
        }
        let Target::Name(var, _) = target else { return None };
        if self.hoist.preproven.contains(&stop.id) {
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
            super::expr::coerce(v, &t, &Ty::Int)
        };
        let start_ts = match start {
            Some(x) => int(self, x),
            None => quote!(0i64),
        };
        let stop_ts = int(self, stop);
        Some(self.hoisted_loop(plan, var, start_ts, stop_ts, quote!(), body))
    }

    /// What the test before a loop of `var` over `body` would prove; `None` when the loop has
    /// nothing to hoist. Also used for the piece of a parallel loop a thread runs, whose range
    /// proves its subscripts as a serial loop's does.
    pub fn hoist_plan<'e>(&self, var: &str, body: &'e [ir::Stmt]) -> Option<Plan<'e>> {
        if !self.is_int_local(var) {
            return None;
        }
        let assigned = assigned_names(body);
        if assigned.iter().any(|n| n == var) {
            return None;
        }
        let mut accesses = Vec::new();
        stmts_accesses(body, &mut accesses);
        let loops = range_loops(body);
        let nested: Vec<String> = loops
            .iter()
            .filter_map(|l| match &l.kind {
                StmtKind::For { target: Target::Name(n, _), .. } => Some(n.clone()),
                _ => None,
            })
            .collect();
        // a bound of a nested loop that is the same on every iteration of this one
        let invariant = |x: Option<&ir::Expr>| match x.map(|x| &x.kind) {
            None => Some(quote!(0i64)),
            Some(ExprKind::Int(c)) => {
                let c = proc_macro2::Literal::i64_suffixed(*c);
                Some(quote!(#c))
            }
            Some(ExprKind::Local(w)) if w != var && self.is_int_local(w) && !assigned.iter().any(|n| n == w) => {
                let w = local(w);
                Some(quote!(#w))
            }
            _ => None,
        };
        // nested unit-step loops with such bounds, whose variable nothing else binds and no
        // subscript outside them uses: this loop's test can prove their subscripts
        let mut invariant_loops = Vec::new();
        for l in &loops {
            let StmtKind::For {
                target: Target::Name(n, _),
                iter: ForIter::Range { start, stop, step },
                body: inner,
                ..
            } = &l.kind
            else {
                continue;
            };
            if n == var || !is_unit_step(step.as_ref()) || bound_elsewhere(body, n, l) || !self.is_int_local(n) {
                continue;
            }
            let (Some(lo), Some(hi)) = (invariant(start.as_ref()), invariant(Some(stop))) else { continue };
            let mut inside = Vec::new();
            stmts_accesses(inner, &mut inside);
            if accesses.iter().any(|a| a.idx.iter().any(|x| x.var == *n) && !inside.iter().any(|b| b.index == a.index))
            {
                continue;
            }
            invariant_loops.push((n.clone(), lo, hi, stop.id));
        }
        // subscripts that are fully affine, on arrays and offsets the loop does not reassign
        let ok = |a: &Access| {
            matches!(self.inst.locals.get(a.array), Some(Ty::Array(_, d)) if *d == a.idx.len())
                && !assigned.iter().any(|n| n == a.array)
                && a.idx.iter().all(|x| match &x.off {
                    Off::Const(_) => true,
                    Off::Plus(w) | Off::Minus(w) => self.is_int_local(w) && !assigned.iter().any(|n| n == w),
                })
                && a.idx.iter().all(|x| self.is_int_local(&x.var))
        };
        // Only worth a test before the loop when every subscript in this loop's variable can end
        // up unchecked (its other indices are in variables of enclosing fast copies or of nested
        // range loops): a body that keeps some checks gains little and would pay the test at
        // every entry (an inner loop of 3 iterations run a million times).
        let provable = |a: &Access| {
            ok(a)
                && a.idx.iter().enumerate().all(|(axis, x)| {
                    x.var == *var
                        || nested.contains(&x.var)
                        || self.hoist.facts.iter().any(|f| f.array == a.array && f.axis == axis && f.idx == *x)
                })
        };
        if accesses.iter().any(|a| a.idx.iter().any(|x| x.var == *var) && !provable(a)) {
            return None;
        }
        let accesses: Vec<Access> = accesses.into_iter().filter(|a| ok(a)).collect();
        // what the test before the loop establishes: the indices in this loop's variable
        let mut new_facts: Vec<Fact> = Vec::new();
        for a in &accesses {
            for (axis, idx) in a.idx.iter().enumerate() {
                let f = Fact { array: a.array.to_string(), axis, idx: idx.clone() };
                let ours = idx.var == *var || invariant_loops.iter().any(|(n, ..)| *n == idx.var);
                if ours && !new_facts.contains(&f) && !self.hoist.facts.contains(&f) {
                    new_facts.push(f);
                }
            }
        }
        if new_facts.is_empty() {
            return None;
        }
        let covered = |facts: &[Fact], a: &Access| {
            a.idx
                .iter()
                .enumerate()
                .all(|(axis, idx)| facts.iter().any(|f| f.array == a.array && f.axis == axis && f.idx == *idx))
        };
        let mut all_facts = self.hoist.facts.clone();
        all_facts.extend(new_facts.iter().cloned());
        // subscripts this loop's test proves (not already proven by an enclosing loop)
        let newly: Vec<Access> =
            accesses.into_iter().filter(|a| covered(&all_facts, a) && !covered(&self.hoist.facts, a)).collect();
        Some(Plan { new_facts, nested: invariant_loops, newly })
    }

    /// The loop `for var in start..stop { prologue body }` as its fast and checked copies
    /// behind the test of `plan`. The fast copy reads and writes the arrays it proves through
    /// local copies of their data pointers and strides (`rt::hoist::Raw`).
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
            let (s, e) = match nested.iter().find(|(n, ..)| *n == f.idx.var) {
                Some((_, lo, hi, _)) => (lo.clone(), hi.clone()),
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
                raws.push(quote!(let #raw = rt::hoist::Raw::new(&#arr);));
            }
            if *written {
                conds.push(quote!(#arr.check_writeable().is_ok()));
            }
        }

        // the fast copy: facts and proven subscripts in force while its body is generated
        let saved_len = self.hoist.facts.len();
        self.hoist.facts.extend(new_facts);
        let mut added = Vec::new();
        for a in &newly {
            let parts = a.idx.iter().map(position);
            let raw = raw_local(a.array);
            self.hoist.proven.insert(a.index, (quote!(#raw), quote!([#(#parts),*])));
            added.push(a.index);
        }
        let mut pre = Vec::new();
        for (.., stop) in &nested {
            if self.hoist.preproven.insert(*stop) {
                pre.push(*stop);
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
            self.hoist.preproven.remove(&stop);
        }
        self.hoist.facts.truncate(saved_len);
        for id in added {
            self.hoist.proven.remove(&id);
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

    fn is_int_local(&self, name: &str) -> bool {
        matches!(self.inst.locals.get(name), Some(Ty::Int))
    }
}

/// A `range` step of 1 (absent or the literal).
pub fn is_unit_step(step: Option<&ir::Expr>) -> bool {
    matches!(step.map(|s| &s.kind), None | Some(ExprKind::Int(1)))
}

/// The local holding an array's `rt::hoist::Raw` in a fast copy.
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

/// `i`, `i + c`, `c + i`, `i - c` with `c` an int literal or a local.
fn affine(e: &ir::Expr) -> Option<Affine> {
    let var = |e: &ir::Expr| match &e.kind {
        ExprKind::Local(n) => Some(n.clone()),
        _ => None,
    };
    match &e.kind {
        ExprKind::Local(n) => Some(Affine { var: n.clone(), off: Off::Const(0) }),
        ExprKind::BinOp(op @ (BinOp::Add | BinOp::Sub), a, b) => {
            let v = var(a);
            match (op, &b.kind) {
                (BinOp::Add, ExprKind::Int(c)) => Some(Affine { var: v?, off: Off::Const(*c) }),
                (BinOp::Sub, ExprKind::Int(c)) if *c != i64::MIN => Some(Affine { var: v?, off: Off::Const(-*c) }),
                (BinOp::Add, ExprKind::Local(w)) => Some(Affine { var: v?, off: Off::Plus(w.clone()) }),
                (BinOp::Sub, ExprKind::Local(w)) => Some(Affine { var: v?, off: Off::Minus(w.clone()) }),
                _ => match (op, &a.kind) {
                    (BinOp::Add, ExprKind::Int(c)) => Some(Affine { var: var(b)?, off: Off::Const(*c) }),
                    _ => None,
                },
            }
        }
        _ => None,
    }
}

/// The indices of a subscript of an array local, if all are affine.
fn access<'e>(array: &'e ir::Expr, index: &ir::Expr, written: bool) -> Option<Access<'e>> {
    let ExprKind::Local(a) = &array.kind else { return None };
    let idx = match &index.kind {
        ExprKind::Tuple(xs) => xs.iter().map(affine).collect::<Option<Vec<_>>>()?,
        _ => vec![affine(index)?],
    };
    Some(Access { array: a, idx, index: index.id, written })
}

/// The subscripts of arrays in `body` whose indices are all affine, in the order of the walk.
fn stmts_accesses<'e>(body: &'e [ir::Stmt], out: &mut Vec<Access<'e>>) {
    struct Accesses<'e, 'o>(&'o mut Vec<Access<'e>>);
    impl<'e> Visitor<'e> for Accesses<'e, '_> {
        fn visit_expr(&mut self, e: &'e ir::Expr) {
            if let ExprKind::Subscript(a, i) = &e.kind {
                if let Some(acc) = access(a, i, false) {
                    self.0.push(acc);
                }
            }
            visit::walk_expr(self, e)
        }
        fn visit_target(&mut self, t: &'e Target) {
            match t {
                // a written element (an augmented `a[i] += v` also reads it, through the same
                // index expression)
                Target::Subscript { value, index, .. } => {
                    match access(value, index, true) {
                        Some(acc) => self.0.push(acc),
                        None => self.visit_expr(value),
                    }
                    self.visit_expr(index);
                }
                _ => visit::walk_target(self, t),
            }
        }
    }
    Accesses(out).visit_body(body)
}

/// The serial `range` loops of a plain variable nested in a statement list.
fn range_loops(body: &[ir::Stmt]) -> Vec<&ir::Stmt> {
    let serial_range = |s: &&ir::Stmt| {
        matches!(&s.kind, StmtKind::For { target: Target::Name(..), iter: ForIter::Range { .. }, parallel: None, .. })
    };
    query::for_loops(body).into_iter().filter(serial_range).collect()
}

/// Whether `var` is bound in `body` other than as the variable of the loop `the_loop`.
fn bound_elsewhere(body: &[ir::Stmt], var: &str, the_loop: &ir::Stmt) -> bool {
    let mut found = false;
    query::bindings(body, &mut |n, _, s| found |= n == var && !std::ptr::eq(s, the_loop));
    found
}

/// Every name a statement list may rebind (assignment targets, loop variables).
fn assigned_names(body: &[ir::Stmt]) -> Vec<String> {
    let mut named = Vec::new();
    query::assigned_names(body, &mut named);
    named.into_iter().map(|(n, _)| n).collect()
}
