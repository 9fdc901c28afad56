//! `range` objects kept in a variable: an IR rewrite of a function once
//! lowered. A local assigned only `range(...)` calls (never a parameter, a loop or tuple target,
//! an `except` name) holds the tuple `(start, stop, step)`, made by a function of the file that
//! runs `range(start, stop, step)` first (its type checks and `ValueError` for a zero step), and
//! each read of it becomes what CPython computes from those three numbers:
//!
//! - `len(r)`: `len(range(start, stop, step))`;
//! - `r[i]`: the item, negative indices counted from the end, `IndexError: range object index
//!   out of range` outside;
//! - `x in r` / `not in`: the bounds and the step's remainder (`range_contains_long`);
//!   `r.count(x)`, `r.index(x)` (`ValueError: x is not in range`) from it;
//! - `r.start`, `r.stop`, `r.step`;
//! - `for i in r` (loops and comprehensions): a `range` loop over the three;
//! - any other read: `range(start, stop, step)` again (ranges can be iterated many times).

use super::synth::Build;
use super::FnLower;
use crate::ir::visit::{walk_expr_mut, walk_stmt_mut, walk_target_mut, Visitor, VisitorMut};
use crate::ir::{self, BinOp, CmpOp, ExprKind, FPart, ForIter, Raise, StmtKind, Target, UnaryOp};
use crate::library::{Builtin, Intrinsic, Method};
use crate::source::Span;
use std::collections::HashSet;

const RANGE: Intrinsic = Intrinsic::Builtin(Builtin::Range);

/// The local holding the tuple of the range variable `r` (a name of its own, so that reads of
/// the tuple are not taken for reads of the range).
fn held(r: &str) -> String {
    format!("{r}__range")
}

fn is_range_call(e: &ir::Expr) -> bool {
    matches!(&e.kind, ExprKind::CallIntrinsic(RANGE, args)
        if (1..=3).contains(&args.len()) && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_) | ExprKind::Default)))
}

/// The locals of a body that are assigned `range(...)` and bound no other way.
#[derive(Default)]
struct Candidates {
    ok: HashSet<String>,
    bad: HashSet<String>,
}

impl<'ir> Visitor<'ir> for Candidates {
    fn visit_stmt(&mut self, s: &'ir ir::Stmt) {
        if let StmtKind::Assign { target: Target::Name(n, _), value } = &s.kind {
            if is_range_call(value) {
                self.ok.insert(n.clone());
                return self.visit_expr(value);
            }
        }
        if let StmtKind::Try { handlers, .. } = &s.kind {
            self.bad.extend(handlers.iter().filter_map(|h| h.name.clone()));
        }
        ir::visit::walk_stmt(self, s)
    }
    fn visit_target(&mut self, t: &'ir Target) {
        if let Target::Name(n, _) = t {
            self.bad.insert(n.clone());
        }
        ir::visit::walk_target(self, t)
    }
}

struct Rewrite<'l, 'a> {
    lw: &'l mut FnLower<'a>,
    vars: HashSet<String>,
}

impl Rewrite<'_, '_> {
    fn var<'e>(&self, e: &'e ir::Expr) -> Option<&'e str> {
        match &e.kind {
            ExprKind::Local(n) if self.vars.contains(n) => Some(n),
            _ => None,
        }
    }
    fn node(&mut self, sp: Span, k: ExprKind) -> ir::Expr {
        self.lw.expr_node(sp, k)
    }
    /// `r[k]` of the tuple a range variable holds
    fn part(&mut self, sp: Span, r: &str, k: i64) -> ir::Expr {
        let v = self.node(sp, ExprKind::Local(held(r)));
        let i = self.node(sp, ExprKind::Int(k));
        self.node(sp, ExprKind::Subscript(Box::new(v), Box::new(i)))
    }
    /// The tuple a `range(args)` call makes: a call of `__pyrs_range_new`.
    fn new_range(&mut self, sp: Span, args: Vec<ir::Expr>) -> ir::Expr {
        let mut args = args;
        if args.len() == 1 {
            args.insert(0, self.node(sp, ExprKind::Int(0)));
        }
        if args.len() == 2 {
            args.push(self.node(sp, ExprKind::Int(1)));
        }
        let f = self.lw.range_helper(sp, Helper::New);
        self.node(sp, ExprKind::CallUser(f, args))
    }
    fn helper_call(&mut self, sp: Span, h: Helper, args: Vec<ir::Expr>) -> ir::Expr {
        let f = self.lw.range_helper(sp, h);
        self.node(sp, ExprKind::CallUser(f, args))
    }
}

impl VisitorMut for Rewrite<'_, '_> {
    fn visit_stmt_mut(&mut self, s: &mut ir::Stmt) {
        match &mut s.kind {
            StmtKind::Assign { target: Target::Name(n, _), value } if self.vars.contains(n.as_str()) => {
                *n = held(n);
                walk_expr_mut(self, value);
                let ExprKind::CallIntrinsic(_, args) = std::mem::replace(&mut value.kind, ExprKind::None) else {
                    unreachable!("a candidate's assignments are range calls")
                };
                *value = self.new_range(value.span, args);
                return;
            }
            StmtKind::For { iter, .. } => self.range_loop(iter),
            _ => {}
        }
        walk_stmt_mut(self, s)
    }
    fn visit_comp_for_mut(&mut self, c: &mut ir::CompFor) {
        self.range_loop(&mut c.iter);
        ir::visit::walk_comp_for_mut(self, c)
    }
    fn visit_target_mut(&mut self, t: &mut Target) {
        walk_target_mut(self, t)
    }
    fn visit_expr_mut(&mut self, e: &mut ir::Expr) {
        let sp = e.span;
        let replaced = match &mut e.kind {
            ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::Len), args) if args.len() == 1 => {
                if let Some(r) = self.var(&args[0]).map(str::to_string) {
                    let v = self.node(sp, ExprKind::Local(held(&r)));
                    Some(self.helper_call(sp, Helper::Len, vec![v]))
                } else {
                    None
                }
            }
            ExprKind::Subscript(v, i) if self.var(v).is_some() && !matches!(i.kind, ExprKind::Slice { .. }) => {
                let r = self.var(v).expect("checked").to_string();
                walk_expr_mut(self, i);
                let i = std::mem::replace(&mut **i, self.lw.expr_node(sp, ExprKind::None));
                let v = self.node(sp, ExprKind::Local(held(&r)));
                Some(self.helper_call(sp, Helper::GetItem, vec![v, i]))
            }
            ExprKind::Compare(x, ops) if ops.len() == 1 && matches!(ops[0].0, CmpOp::In | CmpOp::NotIn) => {
                match self.var(&ops[0].1).map(str::to_string) {
                    Some(r) => {
                        walk_expr_mut(self, x);
                        let x = std::mem::replace(&mut **x, self.lw.expr_node(sp, ExprKind::None));
                        let v = self.node(sp, ExprKind::Local(held(&r)));
                        let c = self.helper_call(sp, Helper::Contains, vec![v, x]);
                        Some(if ops[0].0 == CmpOp::NotIn {
                            self.node(sp, ExprKind::Unary(UnaryOp::Not, Box::new(c)))
                        } else {
                            c
                        })
                    }
                    None => None,
                }
            }
            ExprKind::Attribute(v, attr) if self.var(v).is_some() => {
                let r = self.var(v).expect("checked").to_string();
                match attr.as_str() {
                    "start" => Some(self.part(sp, &r, 0)),
                    "stop" => Some(self.part(sp, &r, 1)),
                    "step" => Some(self.part(sp, &r, 2)),
                    _ => None,
                }
            }
            ExprKind::CallMethod { receiver, method: m @ (Method::Index | Method::Count), args, .. }
                if self.var(receiver).is_some() && args.len() == 1 =>
            {
                let r = self.var(receiver).expect("checked").to_string();
                let h = if *m == Method::Index { Helper::Index } else { Helper::Count };
                walk_expr_mut(self, &mut args[0]);
                let x = args.pop().expect("one");
                let v = self.node(sp, ExprKind::Local(held(&r)));
                Some(self.helper_call(sp, h, vec![v, x]))
            }
            ExprKind::Local(n) if self.vars.contains(n.as_str()) => {
                let r = n.clone();
                let parts = (0..3).map(|k| self.part(sp, &r, k)).collect();
                Some(self.node(sp, ExprKind::CallIntrinsic(RANGE, parts)))
            }
            _ => None,
        };
        match replaced {
            Some(x) => *e = x,
            None => walk_expr_mut(self, e),
        }
    }
}

impl Rewrite<'_, '_> {
    /// `for i in r`: a range loop over the tuple's three numbers
    fn range_loop(&mut self, iter: &mut ForIter) {
        if let ForIter::Seq(x) = iter {
            if let Some(r) = self.var(x).map(str::to_string) {
                let sp = x.span;
                let (start, stop, step) = (self.part(sp, &r, 0), self.part(sp, &r, 1), self.part(sp, &r, 2));
                *iter = ForIter::Range { start: Some(start), stop, step: Some(step) };
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Helper {
    New,
    Len,
    GetItem,
    Contains,
    Index,
    Count,
}

impl FnLower<'_> {
    /// Rewrites the range variables of a lowered body (see the module's comment).
    pub(super) fn range_variables(&mut self, params: &[ir::Param], body: &mut Vec<ir::Stmt>) {
        let mut c = Candidates::default();
        c.visit_body(body);
        let vars: HashSet<String> = c
            .ok
            .into_iter()
            .filter(|n| !c.bad.contains(n) && !params.iter().any(|p| &p.name == n) && !self.global_writes.contains(n))
            .collect();
        if vars.is_empty() {
            return;
        }
        let mut rw = Rewrite { lw: self, vars };
        rw.visit_body_mut(body);
    }

    /// The function of the file for one operation on a range's `(start, stop, step)`, named
    /// for the call site.
    fn range_helper(&mut self, sp: Span, h: Helper) -> String {
        let what = match h {
            Helper::New => "new",
            Helper::Len => "len",
            Helper::GetItem => "getitem",
            Helper::Contains => "contains",
            Helper::Index => "index",
            Helper::Count => "count",
        };
        let name = format!("__pyrs_range_{what}_at{}", sp.start);
        let mut b = Build::new(self.scope, sp);
        let mut body = Vec::new();
        // start, stop, step = r
        let unpack = |b: &mut Build, body: &mut Vec<ir::Stmt>| {
            for (k, n) in ["start", "stop", "step"].iter().enumerate() {
                let r = b.local("r");
                let i = b.int(k as i64);
                let x = b.e(ExprKind::Subscript(Box::new(r), Box::new(i)));
                body.push(b.assign(n, x));
            }
        };
        let ret = |b: &mut Build, x: ir::Expr| b.s(StmtKind::Return(Some(x)));
        let params: &[&str] = match h {
            Helper::New => {
                // for _ in range(start, stop, step): break — range()'s own checks
                let (start, stop, step) = (b.local("start"), b.local("stop"), b.local("step"));
                let brk = b.s(StmtKind::Break);
                body.push(b.s(StmtKind::For {
                    target: Target::Name("__i".into(), sp),
                    iter: ForIter::Range { start: Some(start), stop, step: Some(step) },
                    body: vec![brk],
                    parallel: None,
                }));
                let t = vec![b.local("start"), b.local("stop"), b.local("step")];
                let t = b.e(ExprKind::Tuple(t));
                body.push(ret(&mut b, t));
                &["start", "stop", "step"]
            }
            Helper::Len => {
                // len(range(start, stop, step)): the runtime's, exact over all of int64
                unpack(&mut b, &mut body);
                let parts = vec![b.local("start"), b.local("stop"), b.local("step")];
                let r = b.e(ExprKind::CallIntrinsic(RANGE, parts));
                let n = b.e(ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::Len), vec![r]));
                body.push(ret(&mut b, n));
                &["r"]
            }
            Helper::GetItem => {
                // n = len(r); if i < 0: i += n; if i < 0 or i >= n: raise IndexError
                let len = self.range_helper(sp, Helper::Len);
                let r = b.local("r");
                let n = b.e(ExprKind::CallUser(len, vec![r]));
                body.push(b.assign("n", n));
                let (i, zero) = (b.local("i"), b.int(0));
                let test = b.cmp(i, CmpOp::Lt, zero);
                let (i, n) = (b.local("i"), b.local("n"));
                let sum = b.bin(BinOp::Add, i, n);
                let set = b.assign("i", sum);
                body.push(b.if_(test, vec![set], Vec::new()));
                let (i, zero) = (b.local("i"), b.int(0));
                let below = b.cmp(i, CmpOp::Lt, zero);
                let (i, n) = (b.local("i"), b.local("n"));
                let above = b.cmp(i, CmpOp::GtE, n);
                let test = b.e(ExprKind::BoolOp(ir::BoolOp::Or, vec![below, above]));
                let msg = b.e(ExprKind::Str("range object index out of range".into()));
                let raise = b.s(StmtKind::Raise(Raise::New { class: "IndexError", msg: Some(msg) }));
                body.push(b.if_(test, vec![raise], Vec::new()));
                // return r[0] + i * r[2]
                unpack(&mut b, &mut body);
                let (start, i, step) = (b.local("start"), b.local("i"), b.local("step"));
                let off = b.bin(BinOp::Mul, i, step);
                let v = b.bin(BinOp::Add, start, off);
                body.push(ret(&mut b, v));
                &["r", "i"]
            }
            Helper::Contains | Helper::Index | Helper::Count => {
                unpack(&mut b, &mut body);
                // inside = start <= x < stop (step > 0) / stop < x <= start, and on the step
                let (start, x, stop) = (b.local("start"), b.local("x"), b.local("stop"));
                let up = b.e(ExprKind::Compare(Box::new(start), vec![(CmpOp::LtE, x), (CmpOp::Lt, stop)]));
                let (stop, x, start) = (b.local("stop"), b.local("x"), b.local("start"));
                let down = b.e(ExprKind::Compare(Box::new(stop), vec![(CmpOp::Lt, x), (CmpOp::LtE, start)]));
                let (step, zero) = (b.local("step"), b.int(0));
                let pos = b.cmp(step, CmpOp::Gt, zero);
                let inside = b.e(ExprKind::IfExp { test: Box::new(pos), body: Box::new(up), orelse: Box::new(down) });
                let (x, start) = (b.local("x"), b.local("start"));
                let d = b.bin(BinOp::Sub, x, start);
                let step = b.local("step");
                let m = b.bin(BinOp::Mod, d, step);
                let zero = b.int(0);
                let on = b.cmp(m, CmpOp::Eq, zero);
                let found = b.e(ExprKind::BoolOp(ir::BoolOp::And, vec![inside, on]));
                body.push(b.assign("found", found));
                match h {
                    Helper::Contains => {
                        let f = b.local("found");
                        body.push(ret(&mut b, f));
                    }
                    Helper::Count => {
                        let (f, one, zero) = (b.local("found"), b.int(1), b.int(0));
                        let v = b.e(ExprKind::IfExp { test: Box::new(f), body: Box::new(one), orelse: Box::new(zero) });
                        body.push(ret(&mut b, v));
                    }
                    _ => {
                        // if not found: raise ValueError(f"{x} is not in range")
                        let f = b.local("found");
                        let test = b.e(ExprKind::Unary(UnaryOp::Not, Box::new(f)));
                        let x = b.local("x");
                        let msg = b.e(ExprKind::FString(vec![
                            FPart::Value { expr: x, conv: None, spec: String::new() },
                            FPart::Lit(" is not in range".into()),
                        ]));
                        let raise = b.s(StmtKind::Raise(Raise::New { class: "ValueError", msg: Some(msg) }));
                        body.push(b.if_(test, vec![raise], Vec::new()));
                        let (x, start) = (b.local("x"), b.local("start"));
                        let d = b.bin(BinOp::Sub, x, start);
                        let step = b.local("step");
                        let q = b.bin(BinOp::FloorDiv, d, step);
                        // an int, also for a float `x` equal to an item (CPython compares items)
                        let q = b.e(ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::Int), vec![q]));
                        body.push(ret(&mut b, q));
                    }
                }
                &["r", "x"]
            }
        };
        b.finish(self, &name, params, body);
        name
    }
}
