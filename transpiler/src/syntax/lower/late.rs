//! Late binding: a nested function, a lambda or a generator of the file reads the enclosing
//! function's variables when it *runs* (CPython's closure cells); pyrs passes it their values
//! when it is *made* (the function value, the generator). The two agree unless a variable it
//! reads is assigned again while it can still run. This pass finds where that may happen and
//! reports it at the place the function or generator is made, so no program silently computes
//! with an old value.

use super::*;
use crate::ir::visit::{self, Visitor};
use crate::ir::{Expr, Stmt};

/// A value made here that reads variables of the function later: a local function or lambda
/// as a value, a generator of the file (a nested `def` with `yield`, a generator expression).
pub(super) struct Closure {
    pub(super) span: Span,
    /// "the lambda", "the generator expression", "function `g`"
    pub(super) what: String,
    /// the variables of the enclosing function it reads, as the enclosing function names them
    pub(super) captured: Vec<String>,
}

/// Where a closure is made: the innermost statement around it, the expression around it, the
/// loops around the statement.
struct Site<'ir> {
    stmt: &'ir Stmt,
    /// the first expression around it that is not a lazy iterator over it (`map(f, xs)`)
    parent: Option<&'ir Expr>,
    loops: Vec<&'ir Stmt>,
}

struct Find<'ir, 'c> {
    closures: &'c [Closure],
    sites: Vec<Option<Site<'ir>>>,
    stmts: Vec<&'ir Stmt>,
    loops: Vec<&'ir Stmt>,
    parents: Vec<&'ir Expr>,
}

impl<'ir> Visitor<'ir> for Find<'ir, '_> {
    fn visit_stmt(&mut self, s: &'ir Stmt) {
        self.stmts.push(s);
        let is_loop = matches!(s.kind, StmtKind::For { .. } | StmtKind::While { .. });
        if is_loop {
            self.loops.push(s);
        }
        visit::walk_stmt(self, s);
        if is_loop {
            self.loops.pop();
        }
        self.stmts.pop();
    }

    fn visit_expr(&mut self, e: &'ir Expr) {
        if matches!(e.kind, ExprKind::FuncRef(..) | ExprKind::CallUser(..)) {
            for (k, c) in self.closures.iter().enumerate() {
                if c.span == e.span && self.sites[k].is_none() {
                    if let Some(&stmt) = self.stmts.last() {
                        // the loop statement itself is not around a closure made in its header
                        let loops = self.loops.iter().copied().filter(|l| !std::ptr::eq(*l, stmt)).collect();
                        let parent = self.parents.iter().rev().find(|p| !lazy(p)).copied();
                        self.sites[k] = Some(Site { stmt, parent, loops });
                    }
                }
            }
        }
        self.parents.push(e);
        visit::walk_expr(self, e);
        self.parents.pop();
    }
}

/// The places (with whether a loop is around them) where `body` assigns each variable.
fn binding_places(body: &[Stmt]) -> HashMap<String, Vec<Span>> {
    let mut out: HashMap<String, Vec<Span>> = HashMap::new();
    ir::query::bindings(body, &mut |n, sp, _| out.entry(n.to_string()).or_default().push(sp));
    out
}

fn within(outer: Span, inner: Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// The lazy iterators (`map`, `filter`, `zip`, `enumerate`, `reversed`, `itertools`, `iter`):
/// they keep a closure passed to them for as long as they are kept themselves.
fn lazy(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::CallIntrinsic(Intrinsic::Builtin(b), _) => {
            matches!(b, Builtin::Map | Builtin::Filter | Builtin::Zip | Builtin::Enumerate | Builtin::Reversed)
                || b.name().starts_with("itertools.")
        }
        // `iter(x)` is a generator over x
        ExprKind::CallUser(f, _) => f == "__pyrs_builtin__iter",
        _ => false,
    }
}

/// Whether the expression around a closure (past lazy iterators) is a call that is done with
/// it when it returns: `sorted(xs, key=lambda ...)`, `list(map(f, xs))`, `reduce(f, xs)`, a
/// function of the file called with it.
fn consumed_by(parent: Option<&Expr>) -> bool {
    match parent.map(|p| &p.kind) {
        Some(ExprKind::CallIntrinsic(..)) => true,
        Some(ExprKind::CallUser(..)) => true,
        // `xs.sort(key=f)`; other methods (`append`, `setdefault`, ...) may keep it
        Some(ExprKind::CallMethod { method, .. }) => *method == Method::Sort,
        Some(ExprKind::CallValue(f, _)) => !matches!(f.kind, ExprKind::FuncRef(..)),
        _ => false,
    }
}

/// The diagnostics for closures of `body` that may run after a variable they read changed.
pub(super) fn late_binding_errors(params: &[ir::Param], body: &[Stmt], closures: &[Closure]) -> Vec<Diagnostic> {
    if closures.is_empty() {
        return Vec::new();
    }
    let mut find = Find {
        closures,
        sites: closures.iter().map(|_| None).collect(),
        stmts: Vec::new(),
        loops: Vec::new(),
        parents: Vec::new(),
    };
    find.visit_body(body);
    let places = binding_places(body);
    let mut errors = Vec::new();
    for (c, site) in closures.iter().zip(&find.sites) {
        let Some(site) = site else { continue };
        for v in &c.captured {
            let at = places.get(v).map(Vec::as_slice).unwrap_or(&[]);
            let is_param = params.iter().any(|p| &p.name == v);
            // assigned once, outside loops: the closure sees the only value the variable has
            let single = (is_param && at.is_empty()) || (!is_param && at.len() == 1 && !find_in_loop(body, at[0]));
            if single {
                continue;
            }
            let changed_later = match &site.stmt.kind {
                _ if consumed_by(site.parent) => false,
                // the function ends: nothing assigns the variable again
                StmtKind::Return(_) => false,
                // `for x in <generator>`: it runs while the loop runs
                StmtKind::For { .. } if !within_body_of(site.stmt, c.span) => {
                    at.iter().any(|p| within(site.stmt.span, *p))
                }
                _ => {
                    // kept (in a variable, a container, a lazy iterator): any later assignment
                    at.iter().any(|p| p.start >= site.stmt.span.end || site.loops.iter().any(|l| within(l.span, *p)))
                }
            };
            if changed_later {
                errors.push(
                    Diagnostic::new(
                        c.span,
                        format!(
                            "{} reads `{v}`, which is assigned again while it can still run: Python reads `{v}` when it runs, pyrs passes it the value `{v}` has here",
                            c.what
                        ),
                    )
                    .help(format!("pass `{v}` as an argument, or give the new value another name")),
                );
            }
        }
    }
    errors
}

/// Whether the closure at `sp` is inside the body of the `for` statement `s` (not its header).
fn within_body_of(s: &Stmt, sp: Span) -> bool {
    match &s.kind {
        StmtKind::For { body, .. } => body.iter().any(|b| within(b.span, sp)),
        _ => false,
    }
}

/// Whether the binding at `at` is inside a loop of `body`.
fn find_in_loop(body: &[Stmt], at: Span) -> bool {
    ir::query::statements(body)
        .into_iter()
        .any(|s| matches!(s.kind, StmtKind::For { .. } | StmtKind::While { .. }) && within(s.span, at))
}
