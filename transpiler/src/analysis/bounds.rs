//! Which array subscripts of a `for v in range(start, stop)` loop one test before the loop
//! proves in bounds: the proof behind the hoisted bounds checks that `crate::codegen` emits
//! (the fast copy without checks, the checked copy otherwise).
//!
//! An array subscript whose every index is `u + c` — `u` the variable of an enclosing unit-step
//! `range` loop, `c` an integer constant or a loop-invariant int local (`x[i]`, `x[i - w]`,
//! `a[i, j + 1]`) — is in bounds for the whole loop when it is for the first and the last
//! value of `u`. The test of a loop establishes [`Fact`]s (`a.shape[ax]` contains `v + c` for
//! its variable); a subscript of an inner loop is proven when each of its indices is covered
//! by a fact of an enclosing fast copy or of its own loop. A nested unit-step loop whose bounds
//! are the same on every iteration of the outer one (literals, int locals the outer body does
//! not assign), whose variable nothing else binds and no subscript outside it uses, gets its
//! facts from the outer loop's test (over its bounds) and needs no test of its own.
//!
//! Architecture invariant: analysis only; the answer is a [`Plan`] (data), codegen emits it.

use crate::infer::Instance;
use crate::ir::visit::{self, Visitor};
use crate::ir::{self, query, BinOp, ExprId, ExprKind, ForIter, StmtKind, Target};
use crate::types::Ty;

/// `var + off`
#[derive(Clone, Debug, PartialEq)]
pub struct Affine {
    pub var: String,
    pub off: Off,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Off {
    Const(i64),
    /// `+ w`
    Plus(String),
    /// `- w`
    Minus(String),
}

/// `array.shape[axis]` contains `idx` for every value the loop gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub array: String,
    pub axis: usize,
    pub idx: Affine,
}

/// A bound of a nested loop that is the same on every iteration of the outer one.
#[derive(Clone, Debug, PartialEq)]
pub enum Bound {
    Const(i64),
    /// an int local the outer loop does not assign
    Local(String),
}

/// A nested loop whose range is the same on every iteration of the loop being planned, so that
/// that loop's test proves its subscripts too.
#[derive(Clone, Debug)]
pub struct Nested {
    pub var: String,
    pub start: Bound,
    pub stop: Bound,
    /// the id of the nested loop's `stop` expression (how codegen recognises the loop)
    pub stop_id: ExprId,
}

/// What the test before one loop proves ([`plan`]).
pub struct Plan<'e> {
    /// facts about this loop's variable and those of `nested`
    pub new_facts: Vec<Fact>,
    /// nested loops whose range is the same on every iteration of this one
    pub nested: Vec<Nested>,
    /// subscripts the facts prove (with those of enclosing fast copies)
    pub newly: Vec<Access<'e>>,
}

/// One array subscript in a loop body: the array, its indices, the index expression, whether
/// it is written.
pub struct Access<'e> {
    pub array: &'e str,
    pub idx: Vec<Affine>,
    pub index: ExprId,
    pub written: bool,
}

/// What the test before a loop of `var` over `body` would prove, given the `facts` of the
/// enclosing fast copies; `None` when the loop has nothing to hoist. Also used for the piece
/// of a parallel loop a thread runs, whose range proves its subscripts as a serial loop's does.
pub fn plan<'e>(inst: &Instance, facts: &[Fact], var: &str, body: &'e [ir::Stmt]) -> Option<Plan<'e>> {
    if !is_int_local(inst, var) {
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
        None => Some(Bound::Const(0)),
        Some(ExprKind::Int(c)) => Some(Bound::Const(*c)),
        Some(ExprKind::Local(w)) if w != var && is_int_local(inst, w) && !assigned.iter().any(|n| n == w) => {
            Some(Bound::Local(w.clone()))
        }
        _ => None,
    };
    // nested unit-step loops with such bounds, whose variable nothing else binds and no
    // subscript outside them uses: this loop's test can prove their subscripts
    let mut invariant_loops = Vec::new();
    for l in &loops {
        let StmtKind::For {
            target: Target::Name(n, _), iter: ForIter::Range { start, stop, step }, body: inner, ..
        } = &l.kind
        else {
            continue;
        };
        if n == var || !is_unit_step(step.as_ref()) || bound_elsewhere(body, n, l) || !is_int_local(inst, n) {
            continue;
        }
        let (Some(lo), Some(hi)) = (invariant(start.as_ref()), invariant(Some(stop))) else { continue };
        let mut inside = Vec::new();
        stmts_accesses(inner, &mut inside);
        if accesses.iter().any(|a| a.idx.iter().any(|x| x.var == *n) && !inside.iter().any(|b| b.index == a.index)) {
            continue;
        }
        invariant_loops.push(Nested { var: n.clone(), start: lo, stop: hi, stop_id: stop.id });
    }
    // subscripts that are fully affine, on arrays and offsets the loop does not reassign
    let ok = |a: &Access| {
        matches!(inst.locals.get(a.array), Some(Ty::Array(_, d)) if *d == a.idx.len())
            && !assigned.iter().any(|n| n == a.array)
            && a.idx.iter().all(|x| match &x.off {
                Off::Const(_) => true,
                Off::Plus(w) | Off::Minus(w) => is_int_local(inst, w) && !assigned.iter().any(|n| n == w),
            })
            && a.idx.iter().all(|x| is_int_local(inst, &x.var))
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
                    || facts.iter().any(|f| f.array == a.array && f.axis == axis && f.idx == *x)
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
            let ours = idx.var == *var || invariant_loops.iter().any(|l| l.var == idx.var);
            if ours && !new_facts.contains(&f) && !facts.contains(&f) {
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
    let mut all_facts = facts.to_vec();
    all_facts.extend(new_facts.iter().cloned());
    // subscripts this loop's test proves (not already proven by an enclosing loop)
    let newly: Vec<Access> = accesses.into_iter().filter(|a| covered(&all_facts, a) && !covered(facts, a)).collect();
    Some(Plan { new_facts, nested: invariant_loops, newly })
}

/// A `range` step of 1 (absent or the literal).
pub fn is_unit_step(step: Option<&ir::Expr>) -> bool {
    matches!(step.map(|s| &s.kind), None | Some(ExprKind::Int(1)))
}

fn is_int_local(inst: &Instance, name: &str) -> bool {
    matches!(inst.locals.get(name), Some(Ty::Int))
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
