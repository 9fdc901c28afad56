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
use crate::ir::visit::{self, Visitor, VisitorMut};
use crate::ir::{self, query, BinOp, ExprKind, ForIter, StmtKind, Target};
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
            pyrs_annotations::DirectiveKind::FastMath => {
                let at = file.offset(d.pos.line, d.pos.col);
                let inside = module.functions.iter().position(|f| f.span.start <= at && at < f.span.end);
                for (k, f) in module.functions.iter_mut().enumerate() {
                    if inside.is_none() || inside == Some(k) {
                        f.fast_math = true;
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

/// Attaches `d` to the `for` statement of `body` starting on `line`, if there is one.
fn attach_in(body: &mut Vec<ir::Stmt>, line: u32, d: &ir::ParallelDirective, file: &SourceFile) -> bool {
    struct Attach<'a> {
        line: u32,
        d: &'a ir::ParallelDirective,
        file: &'a SourceFile,
        found: bool,
    }
    impl VisitorMut for Attach<'_> {
        fn visit_stmt_mut(&mut self, s: &mut ir::Stmt) {
            if self.found {
                return;
            }
            if let StmtKind::For { parallel, .. } = &mut s.kind {
                if self.file.line_col(s.span.start).0 == self.line {
                    *parallel = Some(self.d.clone());
                    self.found = true;
                    return;
                }
            }
            visit::walk_stmt_mut(self, s)
        }
        fn visit_expr_mut(&mut self, _: &mut ir::Expr) {}
    }
    let mut v = Attach { line, d, file, found: false };
    v.visit_body_mut(body);
    v.found
}

/// Checks every parallel loop of every instance.
pub fn check(module: &ir::Module, instances: &[Instance]) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for inst in instances {
        let f = module.function(&inst.key.func).expect("instances name functions");
        for s in query::for_loops(&f.body) {
            if let StmtKind::For { parallel: Some(_), .. } = &s.kind {
                if let Err(e) = plan_loop(f, s, inst) {
                    errors.extend(e);
                }
            }
        }
    }
    let mut seen = BTreeSet::new();
    errors.retain(|d| seen.insert((d.span.start, d.message.clone())));
    errors
}

/// How `v` is used in one statement of the loop, for reduction detection.
enum Use {
    Reduction(RedOp),
    Other(Span),
}

/// The reduction op of a statement that updates `v`, if it is one.
fn reduction_stmt(s: &ir::Stmt, v: &str) -> Option<RedOp> {
    match &s.kind {
        StmtKind::AugAssign { target: Target::Name(n, _), op, value } if n == v && !query::reads(value, v) => {
            RedOp::of_binop(*op)
        }
        StmtKind::Assign { target: Target::Name(n, _), value } if n == v => match &value.kind {
            ExprKind::BinOp(op, a, b) => {
                let a_is_v = matches!(&a.kind, ExprKind::Local(x) if x == v);
                let b_is_v = matches!(&b.kind, ExprKind::Local(x) if x == v);
                let commutative = matches!(op, BinOp::Add | BinOp::Mul | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
                if a_is_v && !query::reads(b, v) || (b_is_v && commutative && !query::reads(a, v)) {
                    RedOp::of_binop(*op)
                } else {
                    None
                }
            }
            ExprKind::CallIntrinsic(Intrinsic::Builtin(m @ (Builtin::Min | Builtin::Max)), args) if args.len() == 2 => {
                let a_is_v = matches!(&args[0].kind, ExprKind::Local(x) if x == v);
                let b_is_v = matches!(&args[1].kind, ExprKind::Local(x) if x == v);
                let other = if a_is_v { &args[1] } else { &args[0] };
                if (a_is_v || b_is_v) && !query::reads(other, v) {
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

/// Every use of `v` in `body`: its reductions, and each other statement that names it (at an
/// `if`'s or a `while`'s test).
fn uses(body: &[ir::Stmt], v: &str, acc: &mut Vec<Use>) {
    struct Uses<'a> {
        v: &'a str,
        /// where a use in the statement being walked is reported
        at: Span,
        acc: &'a mut Vec<Use>,
    }
    impl Uses<'_> {
        fn named(&mut self, n: &str) {
            if n == self.v {
                self.acc.push(Use::Other(self.at));
            }
        }
    }
    impl<'ir> Visitor<'ir> for Uses<'_> {
        fn visit_stmt(&mut self, s: &'ir ir::Stmt) {
            if let Some(op) = reduction_stmt(s, self.v) {
                self.acc.push(Use::Reduction(op));
                return;
            }
            let at = match &s.kind {
                StmtKind::If { test, .. } | StmtKind::While { test, .. } => test.span,
                _ => s.span,
            };
            let outer = std::mem::replace(&mut self.at, at);
            if let StmtKind::Raise(ir::Raise::Var(n)) = &s.kind {
                self.named(n);
            }
            visit::walk_stmt(self, s);
            self.at = outer;
        }
        fn visit_handler(&mut self, h: &'ir ir::Handler) {
            if let Some(n) = &h.name {
                self.named(n);
            }
            visit::walk_handler(self, h)
        }
        fn visit_target(&mut self, t: &'ir Target) {
            if let Target::Name(n, _) = t {
                self.named(n);
            }
            visit::walk_target(self, t)
        }
        fn visit_expr(&mut self, e: &'ir ir::Expr) {
            if let ExprKind::Local(n) = &e.kind {
                self.named(n);
            }
            visit::walk_expr(self, e)
        }
    }
    Uses { v, at: Span::default(), acc }.visit_body(body)
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
    check_body(body, &loop_var, inst, &mut errors);

    let mut outside = BTreeSet::new();
    query::occurrences(&f.body, Some(stmt), &mut |n, _| {
        outside.insert(n.to_string());
    });
    for p in &f.params {
        outside.insert(p.name.clone());
    }

    let mut written = Vec::new();
    query::assigned_names(body, &mut written);
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
fn check_body(body: &[ir::Stmt], loop_var: &str, inst: &Instance, errors: &mut Vec<Diagnostic>) {
    struct Check<'a> {
        loop_var: &'a str,
        inst: &'a Instance,
        /// loops entered inside the parallel one (a `break` at 0 would leave it)
        depth: usize,
        errors: &'a mut Vec<Diagnostic>,
    }
    impl<'ir> Visitor<'ir> for Check<'_> {
        fn visit_stmt(&mut self, s: &'ir ir::Stmt) {
            match &s.kind {
                StmtKind::Return(_) => {
                    self.errors.push(Diagnostic::new(s.span, "`return` inside a parallel loop is not supported"))
                }
                StmtKind::Break if self.depth == 0 => {
                    self.errors.push(Diagnostic::new(s.span, "`break` out of a parallel loop is not supported"))
                }
                StmtKind::For { .. } | StmtKind::While { .. } => {
                    self.depth += 1;
                    visit::walk_stmt(self, s);
                    self.depth -= 1;
                }
                _ => visit::walk_stmt(self, s),
            }
        }
        fn visit_target(&mut self, t: &'ir Target) {
            visit::walk_target(self, t);
            let loop_var = self.loop_var;
            let Target::Subscript { value, index, span } = t else { return };
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
                self.errors.push(
                    Diagnostic::new(*span, format!("two iterations of this parallel loop may write the same element of {name}: the index is not the loop variable `{loop_var}`"))
                        .help(format!("write only to `{}[{loop_var}]` (or `[{loop_var}, ...]`) in a parallel loop, or make the loop serial", name.trim_matches('`'))),
                );
            }
        }
        fn visit_expr(&mut self, e: &'ir ir::Expr) {
            if let ExprKind::SetGlobal(name, _) = &e.kind {
                self.errors.push(
                    Diagnostic::new(
                        e.span,
                        format!(
                            "iterations of this parallel loop would assign module variable `{name}` at the same time \
                         (a race: updates would be lost)"
                        ),
                    )
                    .help(
                        "accumulate into a local variable (a reduction) and assign the module variable after the loop",
                    ),
                );
            }
            if matches!(self.inst.ty(e), Ty::List(_)) {
                self.errors.push(Diagnostic::new(
                    e.span,
                    "lists cannot be used inside a parallel loop yet (they are not thread-safe); use a numpy array",
                ));
                return;
            }
            if matches!(self.inst.ty(e), Ty::Generator) {
                self.errors.push(Diagnostic::new(
                    e.span,
                    "a numpy.random.Generator cannot be used inside a parallel loop (its draws are one sequence); draw before the loop",
                ));
                return;
            }
            visit::walk_expr(self, e)
        }
    }
    Check { loop_var, inst, depth: 0, errors }.visit_body(body)
}
