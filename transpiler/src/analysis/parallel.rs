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
use crate::infer::{Instance, InstanceKey};
use crate::ir::visit::{self, Visitor, VisitorMut};
use crate::ir::{self, query, BinOp, ExprKind, ForIter, StmtKind, Target};
use crate::library::{Builtin, Intrinsic};
use crate::source::{SourceFile, Span};
use crate::types::Ty;
use pyrs_annotations::{Clause, Directive, Schedule};
use std::collections::{BTreeSet, HashMap};

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
            pyrs_annotations::DirectiveKind::Critical => {
                let start = file.offset(d.pos.line, d.pos.col);
                let span = Span { start, end: start + d.text.len() as u32 };
                let line = next_code_line(file, d.pos.line);
                let mut at = None;
                for f in &module.functions {
                    at = at.or_else(|| stmt_on_line(&f.body, line, file));
                }
                match at {
                    Some(s) => {
                        module.critical.insert(s);
                    }
                    None => errors.push(
                        Diagnostic::new(span, "this `critical` directive is not followed by a statement of a function")
                            .help("put `# omp critical` on the line just before the statement it protects"),
                    ),
                }
                continue;
            }
        };
        let start = file.offset(d.pos.line, d.pos.col);
        let span = Span { start, end: start + d.text.len() as u32 };
        let line = next_code_line(file, d.pos.line);
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

/// The first line after `line` holding code.
fn next_code_line(file: &SourceFile, line: u32) -> u32 {
    let mut line = line + 1;
    let last = file.line_col(file.text.len() as u32).0;
    while line <= last {
        let t = file.line_text(line).trim();
        if !t.is_empty() && !t.starts_with('#') {
            break;
        }
        line += 1;
    }
    line
}

/// Where the outermost statement of `body` starting on `line` starts.
fn stmt_on_line(body: &[ir::Stmt], line: u32, file: &SourceFile) -> Option<u32> {
    struct Find<'a> {
        line: u32,
        file: &'a SourceFile,
        found: Option<u32>,
    }
    impl<'ir> Visitor<'ir> for Find<'_> {
        fn visit_stmt(&mut self, s: &'ir ir::Stmt) {
            if self.found.is_some() {
                return;
            }
            if self.file.line_col(s.span.start).0 == self.line {
                self.found = Some(s.span.start);
                return;
            }
            visit::walk_stmt(self, s)
        }
        fn visit_expr(&mut self, _: &'ir ir::Expr) {}
    }
    let mut v = Find { line, file, found: None };
    v.visit_body(body);
    v.found
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

/// Whether values of `t` may be shared by the threads of a parallel loop: the runtime's
/// lists, dicts, sets, strings, tuples of unknown length, iterators, generators, files and
/// random generators are reference-counted without atomics (`Rc`), the rest are plain data.
fn thread_safe(t: &Ty) -> bool {
    match t {
        Ty::Str
        | Ty::StrNum
        | Ty::VarTuple(_)
        | Ty::List(_)
        | Ty::Dict(..)
        | Ty::Set(_)
        | Ty::Iter(_)
        | Ty::Gen(_)
        | Ty::Exc
        | Ty::File
        | Ty::Generator => false,
        Ty::Tuple(ts) | Ty::Func(_, ts) => ts.iter().all(thread_safe),
        Ty::Opt(t) => thread_safe(t),
        _ => true,
    }
}

/// Parallel loops that use lists, or values shared by every iteration that are not
/// [`thread_safe`] (a dict, set or string made before the loop): such a loop runs serially,
/// which gives what Python gives (OpenMP's loop over independent iterations is the serial
/// loop), and the returned warnings say where and why. Decided over every instance of the
/// function; the `parallel` directive is dropped from the loop.
pub fn serialize_unshareable(module: &mut ir::Module, instances: &[Instance]) -> Vec<Diagnostic> {
    let mut serial: Vec<(Span, Diagnostic)> = Vec::new();
    for inst in instances {
        let Some(f) = module.function(&inst.key.func) else { continue };
        for s in query::for_loops(&f.body) {
            let StmtKind::For { body, parallel: Some(_), .. } = &s.kind else { continue };
            if serial.iter().any(|(sp, _)| *sp == s.span) {
                continue;
            }
            // the variables the loop shares with the code around it
            let mut outside: BTreeSet<&str> = f.params.iter().map(|p| p.name.as_str()).collect();
            query::occurrences(&f.body, Some(s), &mut |n, _| {
                outside.insert(n);
            });
            struct Find<'a> {
                inst: &'a Instance,
                outside: &'a BTreeSet<&'a str>,
                found: Option<(Span, String)>,
            }
            impl<'ir> Visitor<'ir> for Find<'_> {
                fn visit_expr(&mut self, e: &'ir ir::Expr) {
                    if self.found.is_some() {
                        return;
                    }
                    let t = self.inst.ty(e);
                    if let ExprKind::Local(n) = &e.kind {
                        if !thread_safe(t) && self.outside.contains(n.as_str()) {
                            self.found = Some((e.span, format!("`{n}` ({t}) is shared by every iteration")));
                            return;
                        }
                    }
                    visit::walk_expr(self, e)
                }
            }
            let mut find = Find { inst, outside: &outside, found: None };
            find.visit_body(body);
            if let Some((at, what)) = find.found {
                let d = Diagnostic::new(
                    s.span,
                    "this parallel loop runs serially: it uses values compiled code cannot share between threads",
                )
                .note(at, what)
                .help("use numpy arrays (and numbers) in the loop to run it in parallel");
                serial.push((s.span, d));
            }
        }
    }
    if serial.is_empty() {
        return Vec::new();
    }
    struct Strip<'a> {
        spans: &'a [Span],
    }
    impl VisitorMut for Strip<'_> {
        fn visit_stmt_mut(&mut self, s: &mut ir::Stmt) {
            if self.spans.contains(&s.span) {
                if let StmtKind::For { parallel, .. } = &mut s.kind {
                    *parallel = None;
                }
            }
            visit::walk_stmt_mut(self, s)
        }
        fn visit_expr_mut(&mut self, _: &mut ir::Expr) {}
    }
    let spans: Vec<Span> = serial.iter().map(|(sp, _)| *sp).collect();
    for f in &mut module.functions {
        Strip { spans: &spans }.visit_body_mut(&mut f.body);
    }
    serial.sort_by_key(|(sp, _)| sp.start);
    serial.into_iter().map(|(_, d)| d).collect()
}

/// Checks every parallel loop of every instance.
pub fn check(module: &ir::Module, instances: &[Instance]) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let callees = Callees { module, index: instances.iter().map(|i| (i.key.clone(), i)).collect() };
    for inst in instances {
        let f = module.function(&inst.key.func).expect("instances name functions");
        for s in query::for_loops(&f.body) {
            if let StmtKind::For { parallel: Some(_), .. } = &s.kind {
                if let Err(e) = plan_loop(f, s, inst, &module.critical, Some(&callees)) {
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
pub fn plan_loop(
    f: &ir::Function,
    stmt: &ir::Stmt,
    inst: &Instance,
    critical: &BTreeSet<u32>,
    callees: Option<&Callees>,
) -> Result<LoopPlan, Vec<Diagnostic>> {
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
    let mut outside = BTreeSet::new();
    query::occurrences(&f.body, Some(stmt), &mut |n, _| {
        outside.insert(n.to_string());
    });
    for p in &f.params {
        outside.insert(p.name.clone());
    }
    let sections = critical_sections(body, critical);
    let in_critical = |s: &ir::Stmt| sections.iter().any(|c| c.start <= s.span.start && s.span.end <= c.end);
    // how each variable written in the loop is written: arrays updated in place (`h += t`)
    // inside critical sections only are not rebound; arrays private to the iteration and
    // always given new memory may be written at any index
    let mut bound: Vec<(&str, &ir::Stmt)> = Vec::new();
    query::bindings(body, &mut |n, _, s| bound.push((n, s)));
    let is_array = |n: &str| matches!(inst.locals.get(n).map(Ty::base), Some(Ty::Array(..)));
    let binds = |v: &str| bound.iter().filter(|(n, _)| *n == v).map(|(_, s)| *s).collect::<Vec<_>>();
    let in_place = |v: &str| {
        is_array(v)
            && binds(v).into_iter().all(|s| {
                in_critical(s) && matches!(&s.kind, StmtKind::AugAssign { target: Target::Name(n, _), .. } if n == v)
            })
    };
    let private_arrays: BTreeSet<String> = bound
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| !outside.contains(*n) && is_array(n))
        .filter(|n| {
            binds(n).into_iter().all(|s| matches!(&s.kind, StmtKind::Assign { target: Target::Name(m, _), value } if m == n && fresh_array(value, inst)))
        })
        .map(str::to_string)
        .collect();
    check_body(body, &loop_var, inst, &sections, &private_arrays, callees, &mut errors);

    let mut written = Vec::new();
    query::assigned_names(body, &mut written);
    let mut privates = Vec::new();
    let mut reductions = Vec::new();
    for (v, at) in written {
        if v == loop_var || in_place(&v) {
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

/// The spans of the statements of `body` (at any depth) under `# omp critical`.
fn critical_sections(body: &[ir::Stmt], critical: &BTreeSet<u32>) -> Vec<Span> {
    struct Sections<'a> {
        critical: &'a BTreeSet<u32>,
        found: Vec<Span>,
    }
    impl<'ir> Visitor<'ir> for Sections<'_> {
        fn visit_stmt(&mut self, s: &'ir ir::Stmt) {
            if self.critical.contains(&s.span.start) {
                self.found.push(s.span);
            }
            visit::walk_stmt(self, s)
        }
        fn visit_expr(&mut self, _: &'ir ir::Expr) {}
    }
    let mut v = Sections { critical, found: Vec::new() };
    v.visit_body(body);
    v.found
}

/// Whether `e` always gives an array in memory of its own (not a view of another array):
/// numpy's creation functions, `.copy()`, arithmetic on arrays.
fn fresh_array(e: &ir::Expr, inst: &Instance) -> bool {
    use crate::library::{Method, NumpyFn};
    if !matches!(inst.ty(e), Ty::Array(..)) {
        return false;
    }
    match &e.kind {
        ExprKind::CallIntrinsic(Intrinsic::Numpy(f), _) => {
            f.fills_new_array()
                || matches!(f, NumpyFn::Arange | NumpyFn::Linspace | NumpyFn::Copy | NumpyFn::Eye | NumpyFn::Identity)
        }
        ExprKind::CallMethod { method: Method::Copy, .. } => true,
        ExprKind::BinOp(..) | ExprKind::Unary(..) => true,
        _ => false,
    }
}

/// The variable whose memory an array expression may be a view of (`a` of `a[i][j]`, `a.T`,
/// `a.reshape(...)[0]`).
fn root_local(e: &ir::Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Local(n) => Some(n),
        ExprKind::Subscript(v, _) | ExprKind::Attribute(v, _) => root_local(v),
        ExprKind::CallMethod { receiver, .. } => root_local(receiver),
        _ => None,
    }
}

/// The instances of the program, to follow calls made in parallel loops.
pub struct Callees<'a> {
    pub module: &'a ir::Module,
    pub index: HashMap<InstanceKey, &'a Instance>,
}

impl Callees<'_> {
    /// Whether the instance `key` may write the array given as its argument `k`: an element or
    /// slice store, an in-place operator, `fill`/`sort`, `np.copyto`/`np.put`, a call of a
    /// function value with it, or passing it on to a function that may — through the
    /// parameter or any array variable that may be a view of it. `seen` breaks cycles of calls.
    pub fn may_write_param(&self, key: &InstanceKey, k: usize, seen: &mut BTreeSet<(String, usize)>) -> bool {
        use crate::library::{Method, NumpyFn};
        let (Some(inst), Some(f)) = (self.index.get(key), self.module.function(&key.func)) else {
            return true;
        };
        let Some(p) = f.params.get(k) else { return true };
        if p.star || !seen.insert((inst.rust_name.clone(), k)) {
            return p.star;
        }
        let is_array = |n: &str| matches!(inst.locals.get(n).map(Ty::base), Some(Ty::Array(..)));
        // the variables that may be views of the parameter
        let mut aliases: BTreeSet<&str> = [p.name.as_str()].into();
        loop {
            let mut more = Vec::new();
            query::bindings(&f.body, &mut |n, _, s| {
                if aliases.contains(n) || !is_array(n) {
                    return;
                }
                let from = match &s.kind {
                    StmtKind::Assign { value, .. } | StmtKind::AugAssign { value, .. } => {
                        aliases.iter().any(|a| query::reads(value, a))
                    }
                    StmtKind::For { iter: ForIter::Seq(it), .. } => aliases.iter().any(|a| query::reads(it, a)),
                    _ => true,
                };
                if from {
                    more.push(n);
                }
            });
            if more.is_empty() {
                break;
            }
            aliases.extend(more);
        }
        struct Writes<'a, 'c> {
            c: &'a Callees<'c>,
            inst: &'a Instance,
            aliases: &'a BTreeSet<&'a str>,
            seen: &'a mut BTreeSet<(String, usize)>,
            found: bool,
        }
        impl Writes<'_, '_> {
            fn aliased(&self, e: &ir::Expr) -> bool {
                root_local(e).is_some_and(|n| self.aliases.contains(n))
            }
        }
        impl<'ir> Visitor<'ir> for Writes<'_, '_> {
            fn visit_stmt(&mut self, s: &'ir ir::Stmt) {
                if let StmtKind::AugAssign { target: Target::Name(n, _), .. } = &s.kind {
                    self.found |= self.aliases.contains(n.as_str());
                }
                visit::walk_stmt(self, s)
            }
            fn visit_target(&mut self, t: &'ir Target) {
                if let Target::Subscript { value, .. } = t {
                    self.found |= self.aliased(value);
                }
                visit::walk_target(self, t)
            }
            fn visit_expr(&mut self, e: &'ir ir::Expr) {
                match &e.kind {
                    ExprKind::CallMethod {
                        receiver, method: Method::Fill | Method::Sort | Method::Shuffle, ..
                    } => self.found |= self.aliased(receiver),
                    ExprKind::CallIntrinsic(Intrinsic::Numpy(NumpyFn::Copyto | NumpyFn::Put), args) => {
                        self.found |= args.first().is_some_and(|a| self.aliased(a))
                    }
                    ExprKind::CallValue(_, args) => self.found |= args.iter().any(|a| self.aliased(a)),
                    ExprKind::CallUser(func, args) => {
                        let key = InstanceKey {
                            func: func.clone(),
                            args: args.iter().map(|a| self.inst.ty(a).clone()).collect(),
                        };
                        for (j, a) in args.iter().enumerate() {
                            if self.aliased(a) && self.c.may_write_param(&key, j, self.seen) {
                                self.found = true;
                            }
                        }
                    }
                    _ => {}
                }
                if !self.found {
                    visit::walk_expr(self, e)
                }
            }
        }
        let mut w = Writes { c: self, inst, aliases: &aliases, seen, found: false };
        w.visit_body(&f.body);
        w.found
    }
}

/// What may not appear in a parallel loop body: leaving the loop, lists (not thread-safe),
/// array writes at an index other than the loop variable, except to arrays private to the
/// iteration (`private_arrays`) and inside critical sections (`sections`).
fn check_body(
    body: &[ir::Stmt],
    loop_var: &str,
    inst: &Instance,
    sections: &[Span],
    private_arrays: &BTreeSet<String>,
    callees: Option<&Callees>,
    errors: &mut Vec<Diagnostic>,
) {
    struct Check<'a> {
        loop_var: &'a str,
        inst: &'a Instance,
        /// loops entered inside the parallel one (a `break` at 0 would leave it)
        depth: usize,
        sections: &'a [Span],
        /// critical sections entered
        critical: usize,
        private_arrays: &'a BTreeSet<String>,
        callees: Option<&'a Callees<'a>>,
        errors: &'a mut Vec<Diagnostic>,
    }
    impl<'ir> Visitor<'ir> for Check<'_> {
        fn visit_stmt(&mut self, s: &'ir ir::Stmt) {
            if self.sections.contains(&s.span) {
                self.critical += 1;
                self.visit_stmt_in(s);
                self.critical -= 1;
            } else {
                self.visit_stmt_in(s);
            }
        }
        fn visit_target(&mut self, t: &'ir Target) {
            visit::walk_target(self, t);
            let loop_var = self.loop_var;
            let Target::Subscript { value, index, span } = t else { return };
            if self.critical > 0 || root_local(value).is_some_and(|n| self.private_arrays.contains(n)) {
                return;
            }
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
                        .help(format!("write only to `{}[{loop_var}]` (or `[{loop_var}, ...]`) in a parallel loop, put the update under `# omp critical`, or make the loop serial", name.trim_matches('`'))),
                );
            }
        }
        fn visit_expr(&mut self, e: &'ir ir::Expr) {
            if let (ExprKind::CallUser(func, args), Some(callees), 0) = (&e.kind, self.callees, self.critical) {
                // a helper given an array every iteration shares must not write it
                let key =
                    InstanceKey { func: func.clone(), args: args.iter().map(|a| self.inst.ty(a).clone()).collect() };
                for (k, a) in args.iter().enumerate() {
                    let Some(root) = root_local(a) else { continue };
                    let at_loop_var = match &a.kind {
                        ExprKind::Subscript(_, index) => {
                            let first = match &index.kind {
                                ExprKind::Tuple(items) => items.first(),
                                _ => Some(&**index),
                            };
                            first.is_some_and(|x| matches!(&x.kind, ExprKind::Local(n) if n == self.loop_var))
                        }
                        _ => false,
                    };
                    if !matches!(self.inst.ty(a).base(), Ty::Array(..))
                        || self.private_arrays.contains(root)
                        || at_loop_var
                        || !callees.may_write_param(&key, k, &mut BTreeSet::new())
                    {
                        continue;
                    }
                    self.errors.push(
                        Diagnostic::new(a.span, format!("`{func}` may write to `{root}`, which every iteration of this parallel loop shares: two iterations could write the same element"))
                            .help(format!("put the call under `# omp critical`, pass `{root}[{}]` (the iteration's own part), or make the loop serial", self.loop_var)),
                    );
                }
            }
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
    impl Check<'_> {
        fn visit_stmt_in(&mut self, s: &ir::Stmt) {
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
    }
    Check { loop_var, inst, depth: 0, sections, critical: 0, private_arrays, callees, errors }.visit_body(body)
}
