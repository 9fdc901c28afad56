//! Parallel loops: attaching `# omp parallel for` / `# pyrs parallel for` directives to their
//! `for` statements, and checking that a loop's iterations are independent.
//!
//! A parallel loop's variables fall into three kinds, decided from the code (OpenMP's clauses,
//! where given, must agree with it):
//! - the loop variable and variables used only inside the loop: private to each iteration;
//! - variables updated as `v += e`, `v -= e`, `v *= e`, `v &= e`, `v |= e`, `v ^= e`,
//!   `v = v + e`, `v = min(v, e)`, `v = max(v, e)` and nowhere else read in the loop, but used
//!   outside it: reductions (each thread accumulates from the identity; partial results are
//!   combined at the end, so float sums may round differently from the serial order);
//! - anything else written in the loop and used outside it: a data race, rejected at the write.
//!
//! Array elements may be written only at an index that is the loop variable (`out[i]`,
//! `out[i, j]`); any other index could be written by two iterations.
//!
//! Architecture invariant: analysis only; codegen asks [`plan_loop`] and emits the code.

use crate::diag::Diagnostic;
use crate::infer::Instance;
use crate::ir::{self, BinOp, ExprKind, ForIter, StmtKind, Target};
use crate::library::{Builtin, Intrinsic};
use crate::source::{SourceFile, Span};
use crate::types::Ty;
use pyrs_annotations::{Clause, Directive, Schedule};
use std::collections::BTreeSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RedOp {
    Add,
    Mul,
    Min,
    Max,
    BitAnd,
    BitOr,
    BitXor,
}

impl RedOp {
    pub fn symbol(self) -> &'static str {
        match self {
            RedOp::Add => "+",
            RedOp::Mul => "*",
            RedOp::Min => "min",
            RedOp::Max => "max",
            RedOp::BitAnd => "&",
            RedOp::BitOr => "|",
            RedOp::BitXor => "^",
        }
    }

    fn from_clause(op: &str) -> Option<RedOp> {
        Some(match op {
            "+" | "-" => RedOp::Add,
            "*" => RedOp::Mul,
            "min" => RedOp::Min,
            "max" => RedOp::Max,
            "&" => RedOp::BitAnd,
            "|" => RedOp::BitOr,
            "^" => RedOp::BitXor,
            _ => return None,
        })
    }

    fn of_binop(op: BinOp) -> Option<RedOp> {
        Some(match op {
            BinOp::Add | BinOp::Sub => RedOp::Add,
            BinOp::Mul => RedOp::Mul,
            BinOp::BitAnd => RedOp::BitAnd,
            BinOp::BitOr => RedOp::BitOr,
            BinOp::BitXor => RedOp::BitXor,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug)]
pub struct LoopPlan {
    pub loop_var: String,
    /// variables private to each iteration (declared inside the loop body)
    pub privates: Vec<String>,
    pub reductions: Vec<(String, RedOp)>,
    pub schedule: Option<(Schedule, Option<u64>)>,
    pub threads: Option<u64>,
}

/// Attaches each directive to the `for` on the next line of code; a directive with no loop
/// there is an error at the directive.
pub fn attach(module: &mut ir::Module, directives: &[Directive], file: &SourceFile) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for d in directives {
        let clauses = match &d.kind {
            pyrs_annotations::DirectiveKind::ParallelFor { clauses } => clauses,
            pyrs_annotations::DirectiveKind::ParallelArrays => {
                // inside a function: that function; elsewhere: the whole file
                let at = file.offset(d.pos.line, d.pos.col);
                let inside = module.functions.iter().position(|f| f.span.start <= at && at < f.span.end);
                for (k, f) in module.functions.iter_mut().enumerate() {
                    if inside.is_none() || inside == Some(k) {
                        f.parallel_arrays = true;
                    }
                }
                continue;
            }
        };
        let start = file.offset(d.pos.line, d.pos.col);
        let span = Span { start, end: start + d.text.len() as u32 };
        // the next line holding code
        let mut line = d.pos.line + 1;
        let last = file.line_col(file.text.len() as u32).0;
        while line <= last {
            let t = file.line_text(line).trim();
            if !t.is_empty() && !t.starts_with('#') {
                break;
            }
            line += 1;
        }
        let directive = ir::ParallelDirective { span, clauses: clauses.clone() };
        let mut found = false;
        for f in &mut module.functions {
            found |= attach_in(&mut f.body, line, &directive, file);
        }
        if !found {
            errors.push(
                Diagnostic::new(span, "this parallel-loop directive is not followed by a `for` loop")
                    .help("put `# omp parallel for` on the line just before the `for` it parallelises"),
            );
        }
    }
    errors
}

fn attach_in(body: &mut [ir::Stmt], line: u32, d: &ir::ParallelDirective, file: &SourceFile) -> bool {
    for s in body {
        let here = file.line_col(s.span.start).0 == line;
        let attached = match &mut s.kind {
            StmtKind::For { parallel, .. } if here => {
                *parallel = Some(d.clone());
                true
            }
            StmtKind::For { body, .. } | StmtKind::While { body, .. } => attach_in(body, line, d, file),
            StmtKind::If { body, orelse, .. } => attach_in(body, line, d, file) || attach_in(orelse, line, d, file),
            _ => false,
        };
        if attached {
            return true;
        }
    }
    false
}

/// Checks every parallel loop of every instance.
pub fn check(module: &ir::Module, instances: &[Instance]) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for inst in instances {
        let f = module.function(&inst.key.func).expect("instances name functions");
        visit_loops(&f.body, &mut |s| {
            if let Err(e) = plan_loop(f, s, inst) {
                errors.extend(e);
            }
        });
    }
    let mut seen = BTreeSet::new();
    errors.retain(|d| seen.insert((d.span.start, d.message.clone())));
    errors
}

fn visit_loops(body: &[ir::Stmt], f: &mut dyn FnMut(&ir::Stmt)) {
    for s in body {
        match &s.kind {
            StmtKind::For { parallel, body, .. } => {
                if parallel.is_some() {
                    f(s);
                }
                visit_loops(body, f);
            }
            StmtKind::While { body, .. } => visit_loops(body, f),
            StmtKind::If { body, orelse, .. } => {
                visit_loops(body, f);
                visit_loops(orelse, f);
            }
            _ => {}
        }
    }
}

/// Every local named in `e`.
fn names_in_expr(e: &ir::Expr, out: &mut BTreeSet<String>) {
    if let ExprKind::Local(n) = &e.kind {
        out.insert(n.clone());
    }
    for c in e.children() {
        names_in_expr(c, out);
    }
}

fn names_in_target(t: &Target, out: &mut BTreeSet<String>) {
    match t {
        Target::Name(n, _) => {
            out.insert(n.clone());
        }
        Target::Tuple(ts, _) => ts.iter().for_each(|t| names_in_target(t, out)),
        Target::Subscript { value, index, .. } => {
            names_in_expr(value, out);
            names_in_expr(index, out);
        }
    }
}

/// Every local named in `body`, except inside the statement whose span is `skip`.
fn names_in_body(body: &[ir::Stmt], skip: Span, out: &mut BTreeSet<String>) {
    for s in body {
        if s.span == skip {
            continue;
        }
        match &s.kind {
            StmtKind::Assign { target, value } | StmtKind::AugAssign { target, value, .. } => {
                names_in_target(target, out);
                names_in_expr(value, out);
            }
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => names_in_expr(e, out),
            StmtKind::If { test, body, orelse } => {
                names_in_expr(test, out);
                names_in_body(body, skip, out);
                names_in_body(orelse, skip, out);
            }
            StmtKind::While { test, body } => {
                names_in_expr(test, out);
                names_in_body(body, skip, out);
            }
            StmtKind::For { target, iter, body, .. } => {
                names_in_target(target, out);
                match iter {
                    ForIter::Range { start, stop, step } => {
                        start.iter().chain(step.iter()).for_each(|e| names_in_expr(e, out));
                        names_in_expr(stop, out);
                    }
                    ForIter::Seq(e) => names_in_expr(e, out),
                }
                names_in_body(body, skip, out);
            }
            _ => {}
        }
    }
}

/// Variables assigned (as a whole) anywhere in `body`, with the first such place.
fn assigned(body: &[ir::Stmt], out: &mut Vec<(String, Span)>) {
    ir::query::assigned_names(body, out)
}

/// How `v` is used in one statement of the loop, for reduction detection.
enum Use {
    Reduction(RedOp),
    Other(Span),
}

fn mentions(e: &ir::Expr, v: &str) -> bool {
    let mut names = BTreeSet::new();
    names_in_expr(e, &mut names);
    names.contains(v)
}

/// The reduction op of a statement that updates `v`, if it is one.
fn reduction_stmt(s: &ir::Stmt, v: &str) -> Option<RedOp> {
    match &s.kind {
        StmtKind::AugAssign { target: Target::Name(n, _), op, value } if n == v && !mentions(value, v) => {
            RedOp::of_binop(*op)
        }
        StmtKind::Assign { target: Target::Name(n, _), value } if n == v => match &value.kind {
            ExprKind::BinOp(op, a, b) => {
                let a_is_v = matches!(&a.kind, ExprKind::Local(x) if x == v);
                let b_is_v = matches!(&b.kind, ExprKind::Local(x) if x == v);
                let commutative = matches!(op, BinOp::Add | BinOp::Mul | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
                if a_is_v && !mentions(b, v) || (b_is_v && commutative && !mentions(a, v)) {
                    RedOp::of_binop(*op)
                } else {
                    None
                }
            }
            ExprKind::CallIntrinsic(Intrinsic::Builtin(m @ (Builtin::Min | Builtin::Max)), args) if args.len() == 2 => {
                let a_is_v = matches!(&args[0].kind, ExprKind::Local(x) if x == v);
                let b_is_v = matches!(&args[1].kind, ExprKind::Local(x) if x == v);
                let other = if a_is_v { &args[1] } else { &args[0] };
                if (a_is_v || b_is_v) && !mentions(other, v) {
                    Some(if *m == Builtin::Min { RedOp::Min } else { RedOp::Max })
                } else {
                    None
                }
            }
            _ => None,
        },
        _ => None,
    }
}

/// Every use of `v` in `body`: all reductions of one op, or the first other use.
fn uses(body: &[ir::Stmt], v: &str, acc: &mut Vec<Use>) {
    for s in body {
        if let Some(op) = reduction_stmt(s, v) {
            acc.push(Use::Reduction(op));
            continue;
        }
        let mut names = BTreeSet::new();
        match &s.kind {
            StmtKind::If { test, body, orelse } => {
                names_in_expr(test, &mut names);
                if names.contains(v) {
                    acc.push(Use::Other(test.span));
                }
                uses(body, v, acc);
                uses(orelse, v, acc);
                continue;
            }
            StmtKind::While { test, body } => {
                names_in_expr(test, &mut names);
                if names.contains(v) {
                    acc.push(Use::Other(test.span));
                }
                uses(body, v, acc);
                continue;
            }
            StmtKind::For { target, iter, body, .. } => {
                names_in_target(target, &mut names);
                match iter {
                    ForIter::Seq(e) => names_in_expr(e, &mut names),
                    ForIter::Range { start, stop, step } => {
                        start.iter().chain(step.iter()).for_each(|e| names_in_expr(e, &mut names));
                        names_in_expr(stop, &mut names);
                    }
                }
                if names.contains(v) {
                    acc.push(Use::Other(s.span));
                }
                uses(body, v, acc);
                continue;
            }
            _ => names_in_body(std::slice::from_ref(s), Span { start: u32::MAX, end: u32::MAX }, &mut names),
        }
        if names.contains(v) {
            acc.push(Use::Other(s.span));
        }
    }
}

/// The plan of one parallel loop statement of `f` compiled as `inst`, or why it cannot run
/// in parallel.
pub fn plan_loop(f: &ir::Function, stmt: &ir::Stmt, inst: &Instance) -> Result<LoopPlan, Vec<Diagnostic>> {
    let StmtKind::For { target, iter, body, parallel: Some(directive) } = &stmt.kind else {
        unreachable!("plan_loop is called on parallel loops");
    };
    let mut errors = Vec::new();
    let loop_var = match target {
        Target::Name(n, _) => n.clone(),
        other => {
            errors.push(Diagnostic::new(other.span(), "a parallel loop needs a plain loop variable"));
            String::new()
        }
    };
    if !matches!(iter, ForIter::Range { .. }) {
        errors.push(
            Diagnostic::new(stmt.span, "a parallel loop must iterate over `range(...)`")
                .note(directive.span, "the directive is here"),
        );
    }
    check_body(body, &loop_var, inst, 0, &mut errors);

    let mut outside = BTreeSet::new();
    names_in_body(&f.body, stmt.span, &mut outside);
    for p in &f.params {
        outside.insert(p.name.clone());
    }

    let mut written = Vec::new();
    assigned(body, &mut written);
    let mut privates = Vec::new();
    let mut reductions = Vec::new();
    for (v, at) in written {
        if v == loop_var {
            continue;
        }
        if !outside.contains(&v) {
            privates.push(v);
            continue;
        }
        let mut us = Vec::new();
        uses(body, &v, &mut us);
        let mut op: Option<RedOp> = None;
        let mut bad: Option<Span> = None;
        for u in &us {
            match u {
                Use::Reduction(o) => match op {
                    None => op = Some(*o),
                    Some(p) if p == *o => {}
                    Some(_) => bad = bad.or(Some(at)),
                },
                Use::Other(sp) => bad = bad.or(Some(*sp)),
            }
        }
        match (op, bad) {
            (Some(o), None) => reductions.push((v, o)),
            _ => errors.push(
                Diagnostic::new(bad.unwrap_or(at), format!("iterations of this parallel loop would race on `{v}`: it is written in the loop and used outside it"))
                    .note(directive.span, "the loop is made parallel here")
                    .help(format!("make `{v}` a reduction (`{v} += ...`, `{v} = max({v}, ...)`) or use a variable that lives only inside the loop")),
            ),
        }
    }
    let mut schedule = None;
    let mut threads = None;
    for c in &directive.clauses {
        match c {
            Clause::Schedule(kind, chunk) => schedule = Some((kind.clone(), *chunk)),
            Clause::NumThreads(n) => threads = Some(*n),
            Clause::Reduction { op, vars } => {
                for v in vars {
                    let found = reductions.iter().find(|(n, _)| n == v).map(|(_, o)| *o);
                    if found.is_none() || found != RedOp::from_clause(op) {
                        let what = match found {
                            Some(o) => format!("the loop reduces `{v}` with `{}`", o.symbol()),
                            None => format!("the loop does not update `{v}` as a reduction"),
                        };
                        errors.push(Diagnostic::new(
                            directive.span,
                            format!("the clause `reduction({op}:{v})` disagrees with the code: {what}"),
                        ));
                    }
                }
            }
            Clause::Private(vars) => {
                for v in vars {
                    if reductions.iter().any(|(n, _)| n == v) {
                        errors.push(Diagnostic::new(
                            directive.span,
                            format!(
                                "the clause `private({v})` disagrees with the code: `{v}` is a reduction of the loop"
                            ),
                        ));
                    }
                }
            }
            Clause::Other(_) => {}
        }
    }
    for (v, _) in &reductions {
        let t = inst.locals.get(v).map(Ty::base).unwrap_or(Ty::Unknown);
        if !t.is_numeric() {
            errors.push(Diagnostic::new(
                directive.span,
                format!("reduction variable `{v}` has type {t}; only numbers can be reduced"),
            ));
        }
    }
    if errors.is_empty() {
        Ok(LoopPlan { loop_var, privates, reductions, schedule, threads })
    } else {
        Err(errors)
    }
}

/// What may not appear in a parallel loop body: leaving the loop, lists (not thread-safe),
/// array writes at an index other than the loop variable.
fn check_body(body: &[ir::Stmt], loop_var: &str, inst: &Instance, depth: usize, errors: &mut Vec<Diagnostic>) {
    for s in body {
        match &s.kind {
            StmtKind::Return(_) => {
                errors.push(Diagnostic::new(s.span, "`return` inside a parallel loop is not supported"))
            }
            StmtKind::Break if depth == 0 => {
                errors.push(Diagnostic::new(s.span, "`break` out of a parallel loop is not supported"))
            }
            StmtKind::Assign { target, value } | StmtKind::AugAssign { target, value, .. } => {
                check_target(target, loop_var, inst, errors);
                check_expr(value, inst, errors);
            }
            StmtKind::Expr(e) => check_expr(e, inst, errors),
            StmtKind::If { test, body, orelse } => {
                check_expr(test, inst, errors);
                check_body(body, loop_var, inst, depth, errors);
                check_body(orelse, loop_var, inst, depth, errors);
            }
            StmtKind::While { test, body } => {
                check_expr(test, inst, errors);
                check_body(body, loop_var, inst, depth + 1, errors);
            }
            StmtKind::For { iter, body, .. } => {
                match iter {
                    ForIter::Seq(e) => check_expr(e, inst, errors),
                    ForIter::Range { start, stop, step } => {
                        start.iter().chain(step.iter()).for_each(|e| check_expr(e, inst, errors));
                        check_expr(stop, inst, errors);
                    }
                }
                check_body(body, loop_var, inst, depth + 1, errors);
            }
            _ => {}
        }
    }
}

fn check_target(t: &Target, loop_var: &str, inst: &Instance, errors: &mut Vec<Diagnostic>) {
    match t {
        Target::Subscript { value, index, span } => {
            check_expr(value, inst, errors);
            check_expr(index, inst, errors);
            let is_loop_var = |e: &ir::Expr| matches!(&e.kind, ExprKind::Local(n) if n == loop_var);
            let ok = match &index.kind {
                ExprKind::Tuple(items) => items.first().map(is_loop_var).unwrap_or(false),
                _ => is_loop_var(index),
            };
            if !ok {
                let name = match &value.kind {
                    ExprKind::Local(n) => format!("`{n}`"),
                    _ => "the array".to_string(),
                };
                errors.push(
                    Diagnostic::new(*span, format!("two iterations of this parallel loop may write the same element of {name}: the index is not the loop variable `{loop_var}`"))
                        .help(format!("write only to `{}[{loop_var}]` (or `[{loop_var}, ...]`) in a parallel loop, or make the loop serial", name.trim_matches('`'))),
                );
            }
        }
        Target::Tuple(ts, _) => ts.iter().for_each(|t| check_target(t, loop_var, inst, errors)),
        Target::Name(..) => {}
    }
}

fn check_expr(e: &ir::Expr, inst: &Instance, errors: &mut Vec<Diagnostic>) {
    if matches!(inst.ty(e), Ty::List(_)) {
        errors.push(Diagnostic::new(
            e.span,
            "lists cannot be used inside a parallel loop yet (they are not thread-safe); use a numpy array",
        ));
        return;
    }
    for c in e.children() {
        check_expr(c, inst, errors);
    }
}
