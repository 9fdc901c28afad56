//! Locals read where they may not be bound yet (`if n > 0: y = 5` then `return y`; a `for`
//! variable read after a loop that may run zero times; a name assigned only in an `except`
//! handler). CPython raises `UnboundLocalError` there. Such a variable gets a hidden flag
//! (`y#bound`, a Rust name no Python name can take): false on entry, set by every statement
//! that binds the variable, and tested before each statement that reads it where it is not
//! definitely bound — so the read raises as in CPython instead of seeing a default value.
//! A definitely-assigned analysis over the structured IR decides which reads need the test;
//! functions without such reads are left as they are.

use crate::ir::visit::{self, Visitor};
use crate::ir::{Expr, ExprKind, Function, Raise, Stmt, StmtKind, Target};
use std::collections::{BTreeMap, BTreeSet, HashSet};

type Names = BTreeSet<String>;

/// The flag of `name` (see the module doc).
pub fn flag_of(name: &str) -> String {
    format!("{name}#bound")
}

/// Adds the flags and tests to `f` where some read may see an unbound local.
pub fn guard(f: &mut Function) {
    let mut a = Analysis { comp_names: HashSet::new(), needs: BTreeMap::new(), loops: Vec::new(), count: 0 };
    a.collect_comp_names(&f.body);
    let params: Names = f.params.iter().map(|p| p.name.clone()).collect();
    a.block(&f.body, Some(params));
    if a.needs.is_empty() {
        return;
    }
    let names: Names = a.needs.values().flatten().cloned().collect();
    let mut rw = Rewrite { names: &names, needs: &a.needs, next: f.expr_count, count: 0 };
    let mut body = std::mem::take(&mut f.body);
    rw.block(&mut body);
    let mut out = Vec::new();
    for n in &names {
        let span = f.name_span;
        let v = Expr { id: crate::ir::ExprId(rw.next), span, kind: ExprKind::Bool(false) };
        rw.next += 1;
        out.push(Stmt { span, kind: StmtKind::Assign { target: Target::Name(flag_of(n), span), value: v } });
    }
    out.extend(body);
    f.body = out;
    f.expr_count = rw.next;
}

/// Statements are numbered in one order by both walks: a statement, then its blocks (`if`:
/// body, orelse; loops: body; `try`: body, handlers, orelse, finalbody).
struct Analysis {
    /// variables of comprehensions (bound where they are read)
    comp_names: HashSet<String>,
    /// statement number → the variables it reads (in its own expressions) that may be unbound
    needs: BTreeMap<usize, Names>,
    /// definitely-assigned sets at the `break`s of the enclosing loops
    loops: Vec<Vec<Names>>,
    count: usize,
}

fn meet(a: Option<Names>, b: Option<Names>) -> Option<Names> {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(a), Some(b)) => Some(a.intersection(&b).cloned().collect()),
    }
}

fn bind(t: &Target, out: &mut Names) {
    match t {
        Target::Name(n, _) => {
            out.insert(n.clone());
        }
        Target::Tuple(ts, _) => ts.iter().for_each(|t| bind(t, out)),
        Target::Subscript { .. } => {}
    }
}

/// The locals expressions (and targets' subscripts) read.
struct Reads(Vec<String>);
impl Visitor<'_> for Reads {
    fn visit_expr(&mut self, e: &Expr) {
        if let ExprKind::Local(n) = &e.kind {
            self.0.push(n.clone());
        }
        visit::walk_expr(self, e);
    }
}

/// The locals a statement reads in its own expressions (a compound statement's header).
fn header_reads(s: &Stmt) -> Vec<String> {
    let mut r = Reads(Vec::new());
    match &s.kind {
        StmtKind::Assign { target, value } => {
            r.visit_expr(value);
            r.visit_target(target);
        }
        StmtKind::AugAssign { target, value, .. } => {
            r.visit_expr(value);
            r.visit_target(target);
            if let Target::Name(n, _) = target {
                r.0.push(n.clone());
            }
        }
        StmtKind::Expr(e) | StmtKind::Yield(e) | StmtKind::YieldFrom(e) | StmtKind::Return(Some(e)) => r.visit_expr(e),
        StmtKind::Raise(Raise::New { msg: Some(m), .. }) => r.visit_expr(m),
        StmtKind::Assert { test, msg } => {
            r.visit_expr(test);
            if let Some(m) = msg {
                r.visit_expr(m);
            }
        }
        StmtKind::Delete { value, index } => {
            r.visit_expr(value);
            r.visit_expr(index);
        }
        StmtKind::If { test, .. } | StmtKind::While { test, .. } => r.visit_expr(test),
        StmtKind::For { iter, .. } => r.visit_for_iter(iter),
        _ => {}
    }
    r.0
}

impl Analysis {
    fn collect_comp_names(&mut self, body: &[Stmt]) {
        struct C<'a>(&'a mut HashSet<String>);
        impl Visitor<'_> for C<'_> {
            fn visit_comp_for(&mut self, g: &crate::ir::CompFor) {
                let mut s = Names::new();
                bind(&g.target, &mut s);
                self.0.extend(s);
                visit::walk_comp_for(self, g);
            }
        }
        let mut c = C(&mut self.comp_names);
        for s in body {
            c.visit_stmt(s);
        }
    }

    fn block(&mut self, body: &[Stmt], mut da: Option<Names>) -> Option<Names> {
        for s in body {
            match da {
                Some(d) => da = self.stmt(s, d),
                // unreachable code: numbered all the same
                None => {
                    self.skip(s);
                }
            }
        }
        da
    }

    /// Numbers the statements of unreachable code (no reads checked there).
    fn skip(&mut self, s: &Stmt) {
        self.count += 1;
        for b in blocks(s) {
            for x in b {
                self.skip(x);
            }
        }
    }

    fn stmt(&mut self, s: &Stmt, mut da: Names) -> Option<Names> {
        let me = self.count;
        self.count += 1;
        for n in header_reads(s) {
            if !da.contains(&n) && !self.comp_names.contains(&n) && !n.contains('#') {
                self.needs.entry(me).or_default().insert(n);
            }
        }
        match &s.kind {
            StmtKind::Assign { target, .. } | StmtKind::AugAssign { target, .. } => {
                bind(target, &mut da);
                Some(da)
            }
            StmtKind::Return(_) | StmtKind::Raise(_) | StmtKind::Continue => None,
            StmtKind::Break => {
                if let Some(l) = self.loops.last_mut() {
                    l.push(da);
                }
                None
            }
            StmtKind::If { body, orelse, .. } => {
                let a = self.block(body, Some(da.clone()));
                let b = self.block(orelse, Some(da));
                meet(a, b)
            }
            StmtKind::While { test, body } => {
                self.loops.push(Vec::new());
                self.block(body, Some(da.clone()));
                let breaks = self.loops.pop().unwrap_or_default();
                let mut out = if matches!(test.kind, ExprKind::Bool(true)) { None } else { Some(da) };
                for b in breaks {
                    out = meet(out, Some(b));
                }
                out
            }
            StmtKind::For { target, body, .. } => {
                let mut inner = da.clone();
                bind(target, &mut inner);
                self.loops.push(Vec::new());
                self.block(body, Some(inner));
                let breaks = self.loops.pop().unwrap_or_default();
                let mut out = Some(da);
                for b in breaks {
                    out = meet(out, Some(b));
                }
                out
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                let b = self.block(body, Some(da.clone()));
                let mut hs = None;
                for h in handlers {
                    let mut hd = da.clone();
                    if let Some(n) = &h.name {
                        hd.insert(n.clone());
                    }
                    hs = meet(hs, self.block(&h.body, Some(hd)));
                }
                let after = meet(self.block(orelse, b), hs);
                if finalbody.is_empty() {
                    return after;
                }
                let fin = self.block(finalbody, Some(da.clone()))?;
                let added: Names = fin.difference(&da).cloned().collect();
                after.map(|mut a| {
                    a.extend(added);
                    a
                })
            }
            _ => Some(da),
        }
    }
}

/// The blocks of a statement, in the numbering order.
fn blocks(s: &Stmt) -> Vec<&Vec<Stmt>> {
    match &s.kind {
        StmtKind::If { body, orelse, .. } => vec![body, orelse],
        StmtKind::While { body, .. } | StmtKind::For { body, .. } => vec![body],
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            let mut v = vec![body];
            v.extend(handlers.iter().map(|h| &h.body));
            v.push(orelse);
            v.push(finalbody);
            v
        }
        _ => Vec::new(),
    }
}

struct Rewrite<'a> {
    names: &'a Names,
    needs: &'a BTreeMap<usize, Names>,
    next: u32,
    count: usize,
}

impl Rewrite<'_> {
    fn expr(&mut self, span: crate::source::Span, kind: ExprKind) -> Expr {
        let e = Expr { id: crate::ir::ExprId(self.next), span, kind };
        self.next += 1;
        e
    }

    fn set_flag(&mut self, n: &str, span: crate::source::Span) -> Stmt {
        let v = self.expr(span, ExprKind::Bool(true));
        Stmt { span, kind: StmtKind::Assign { target: Target::Name(flag_of(n), span), value: v } }
    }

    /// `if not y#bound: raise UnboundLocalError(...)`
    fn test_flag(&mut self, n: &str, span: crate::source::Span) -> Stmt {
        let flag = self.expr(span, ExprKind::Local(flag_of(n)));
        let test = self.expr(span, ExprKind::Unary(crate::ir::UnaryOp::Not, Box::new(flag)));
        let msg = self.expr(
            span,
            ExprKind::Str(format!("cannot access local variable '{n}' where it is not associated with a value")),
        );
        let raise = Stmt { span, kind: StmtKind::Raise(Raise::New { class: "UnboundLocalError", msg: Some(msg) }) };
        Stmt { span, kind: StmtKind::If { test, body: vec![raise], orelse: Vec::new() } }
    }

    fn block(&mut self, body: &mut Vec<Stmt>) {
        let old = std::mem::take(body);
        for mut s in old {
            let me = self.count;
            self.count += 1;
            let mut before = Vec::new();
            if let Some(ns) = self.needs.get(&me) {
                for n in ns.clone() {
                    before.push(self.test_flag(&n, s.span));
                }
            }
            let mut after = Vec::new();
            if let StmtKind::Assign { target, .. } | StmtKind::AugAssign { target, .. } = &s.kind {
                let mut b = Names::new();
                bind(target, &mut b);
                for n in b.iter().filter(|n| self.names.contains(*n)) {
                    after.push(self.set_flag(n, s.span));
                }
            }
            let span = s.span;
            match &mut s.kind {
                StmtKind::If { body: b, orelse, .. } => {
                    self.block(b);
                    self.block(orelse);
                }
                StmtKind::While { body: b, .. } => self.block(b),
                StmtKind::For { target, body: b, parallel, .. } => {
                    self.block(b);
                    let mut bound = Names::new();
                    bind(target, &mut bound);
                    let flags: Vec<Stmt> =
                        bound.iter().filter(|n| self.names.contains(*n)).map(|n| self.set_flag(n, span)).collect();
                    if parallel.is_some() {
                        // a parallel loop's iterations must not share a variable: its
                        // variable counts as bound after it (its value after no iteration
                        // is not CPython's: a documented limit of parallel loops)
                        after.extend(flags);
                    } else {
                        b.splice(0..0, flags);
                    }
                }
                StmtKind::Try { body: b, handlers, orelse, finalbody } => {
                    self.block(b);
                    for h in handlers.iter_mut() {
                        self.block(&mut h.body);
                        if let Some(n) = h.name.clone() {
                            if self.names.contains(&n) {
                                let f = self.set_flag(&n, span);
                                h.body.insert(0, f);
                            }
                        }
                    }
                    self.block(orelse);
                    self.block(finalbody);
                }
                _ => {}
            }
            body.extend(before);
            body.push(s);
            body.extend(after);
        }
    }
}
