//! Variables widened to complex. A variable assigned an int or a float on one path and a
//! complex on another, where its webs cannot be separated (`z = 0`, then `z = z * z + c` in a
//! loop), is compiled as a complex: arithmetic gives the same values either way (Python turns
//! the int into a complex as soon as it meets one), but where the value itself is seen — a
//! result, `print`, `str`, a list — Python may have the int (`f(0)` whose loop never runs
//! returns `0`, not `0j`). This pass follows such values through arithmetic (an operation with
//! a value that is surely complex is surely complex) and reports each place one is seen with a
//! type Python may not give it, so nothing differs silently.

use crate::diag::Diagnostic;
use crate::infer::Instance;
use crate::ir::{self, BinOp, ExprKind, StmtKind, Target, UnaryOp};
use crate::library::{Builtin, Intrinsic};
use crate::types::Ty;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Checks every instance; one diagnostic per place.
pub fn check(module: &ir::Module, instances: &[Instance]) -> Vec<Diagnostic> {
    check_with_vars(module, instances).0
}

/// [`check`], and per function the variables whose values Python may give another type where
/// they are seen (inference may then make them numbers that carry their type, `Ty::NumC`).
pub fn check_with_vars(
    module: &ir::Module,
    instances: &[Instance],
) -> (Vec<Diagnostic>, BTreeMap<String, BTreeSet<String>>) {
    let mut errors = Vec::new();
    let mut vars: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for inst in instances {
        let f = module.function(&inst.key.func).expect("instances name functions");
        let (errs, names) = check_instance(f, inst);
        if !errs.is_empty() {
            vars.entry(inst.key.func.clone()).or_default().extend(names);
        }
        errors.extend(errs);
    }
    let mut seen = BTreeSet::new();
    errors.retain(|d| seen.insert((d.span.start, d.message.clone())));
    (errors, vars)
}

struct Widened<'a> {
    inst: &'a Instance,
    /// the variables that may hold a value of another type than their own, and the place of
    /// an assignment that gives them a real number
    vars: HashMap<String, ir::Expr>,
    errors: Vec<Diagnostic>,
}

fn check_instance(f: &ir::Function, inst: &Instance) -> (Vec<Diagnostic>, Vec<String>) {
    let mut w = Widened { inst, vars: HashMap::new(), errors: Vec::new() };
    // complex variables assigned a real number somewhere
    for s in ir::query::statements(&f.body) {
        if let StmtKind::Assign { target: Target::Name(n, _), value } = &s.kind {
            if inst.locals.get(n) == Some(&Ty::Complex) && inst.ty(value).is_py_real() {
                w.vars.entry(n.clone()).or_insert_with(|| value.clone());
            }
        }
    }
    if w.vars.is_empty() {
        return (Vec::new(), Vec::new());
    }
    // and the variables assigned values computed from them
    loop {
        let mut grew = false;
        for s in ir::query::statements(&f.body) {
            if let StmtKind::Assign { target: Target::Name(n, _), value } = &s.kind {
                if !w.vars.contains_key(n) && w.tainted(value) {
                    let origin = w.origin(value).unwrap_or_else(|| value.clone());
                    w.vars.insert(n.clone(), origin);
                    grew = true;
                }
            }
        }
        if !grew {
            break;
        }
    }
    for s in ir::query::statements(&f.body) {
        w.stmt(s);
    }
    (w.errors, w.vars.into_keys().collect())
}

impl Widened<'_> {
    /// Whether Python may give `e` another type than its type here.
    fn tainted(&self, e: &ir::Expr) -> bool {
        match &e.kind {
            ExprKind::Local(n) => self.vars.contains_key(n),
            ExprKind::BinOp(op, l, r) => {
                let (tl, tr) = (self.tainted(l), self.tainted(r));
                if !tl && !tr {
                    return false;
                }
                let t = self.inst.ty(e).base();
                // an operand of the result's type that is surely of it decides the type
                let forced = (!tl && self.inst.ty(l).base() == t)
                    || (!tr && self.inst.ty(r).base() == t)
                    || (*op == BinOp::Div && t == Ty::Float);
                !forced
            }
            ExprKind::Unary(UnaryOp::Neg | UnaryOp::Pos, x) => self.tainted(x),
            ExprKind::IfExp { body, orelse, .. } => self.tainted(body) || self.tainted(orelse),
            ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::Abs | Builtin::Min | Builtin::Max), args) => {
                args.iter().any(|a| self.tainted(a))
            }
            ExprKind::Attribute(x, a) if a == "real" || a == "imag" => self.tainted(x),
            _ => false,
        }
    }

    /// The assignment of a real number behind a tainted expression (for the message).
    fn origin(&self, e: &ir::Expr) -> Option<ir::Expr> {
        let mut found = None;
        ir::query::occurrences(&[ir::Stmt { span: e.span, kind: StmtKind::Expr(e.clone()) }], None, &mut |n, _| {
            if found.is_none() {
                found = self.vars.get(n).cloned();
            }
        });
        found
    }

    fn stmt(&mut self, s: &ir::Stmt) {
        match &s.kind {
            // followed through the variable
            StmtKind::Assign { target: Target::Name(..), value }
            | StmtKind::AugAssign { target: Target::Name(..), value, .. } => self.expr(value, true),
            StmtKind::Assign { target, value } | StmtKind::AugAssign { target, value, .. } => {
                // an array element converts the value to the array's type, as numpy does
                let into_array = matches!(target, Target::Subscript { value: base, .. } if matches!(self.inst.ty(base), Ty::Array(..)));
                self.expr(value, into_array);
                self.target(target);
            }
            StmtKind::If { test, .. } | StmtKind::While { test, .. } => self.expr(test, true),
            StmtKind::Expr(e) => self.expr(e, true),
            StmtKind::Return(Some(e)) | StmtKind::Yield(e) | StmtKind::YieldFrom(e) => self.expr(e, false),
            StmtKind::For { iter, .. } => match iter {
                ir::ForIter::Seq(e) => self.expr(e, false),
                ir::ForIter::Range { start, stop, step } => {
                    for e in start.iter().chain(std::iter::once(stop)).chain(step.iter()) {
                        self.expr(e, false);
                    }
                }
            },
            StmtKind::Assert { test, msg } => {
                self.expr(test, true);
                if let Some(m) = msg {
                    self.expr(m, false);
                }
            }
            StmtKind::Delete { value, index } => {
                self.expr(value, false);
                self.expr(index, false);
            }
            StmtKind::Raise(ir::Raise::New { msg: Some(m), .. }) => self.expr(m, false),
            _ => {}
        }
    }

    fn target(&mut self, t: &Target) {
        match t {
            Target::Subscript { value: base, index, .. } => {
                self.expr(base, false);
                self.expr(index, false);
            }
            Target::Tuple(items, _) => items.iter().for_each(|t| self.target(t)),
            _ => {}
        }
    }

    /// Visits `e`; `absorbed`: where it stands, a value of another type gives the same result.
    fn expr(&mut self, e: &ir::Expr, absorbed: bool) {
        if !absorbed && self.tainted(e) {
            let origin = self.origin(e);
            let mut d = Diagnostic::new(
                e.span,
                format!(
                    "this value is {} here, but Python may give it another type: it is computed from a variable that holds an int or a float on some paths and a complex on others",
                    self.inst.ty(e)
                ),
            );
            if let Some(o) = origin {
                d = d.note(o.span, "the variable is given a real number here");
            }
            self.errors.push(d.help("make the variable complex on every path (`z = 0j` instead of `z = 0`)"));
            return;
        }
        let sub = |w: &mut Self, x: &ir::Expr, ok: bool| w.expr(x, ok);
        match &e.kind {
            ExprKind::BinOp(_, l, r) => {
                sub(self, l, true);
                sub(self, r, true);
            }
            ExprKind::Unary(_, x) => sub(self, x, true),
            ExprKind::Compare(l, rest) => {
                sub(self, l, true);
                for (_, r) in rest {
                    sub(self, r, true);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                sub(self, test, true);
                sub(self, body, true);
                sub(self, orelse, true);
            }
            ExprKind::Attribute(x, a) => sub(self, x, a == "real" || a == "imag"),
            ExprKind::CallIntrinsic(i, args) => {
                let ok = matches!(
                    i,
                    Intrinsic::Builtin(
                        Builtin::Abs
                            | Builtin::Min
                            | Builtin::Max
                            | Builtin::Int
                            | Builtin::Float
                            | Builtin::Complex
                            | Builtin::Bool
                    ) | Intrinsic::Math(_)
                );
                for a in args {
                    sub(self, a, ok);
                }
            }
            _ => {
                let mut kids = Vec::new();
                children(e, &mut kids);
                for k in kids {
                    sub(self, k, false);
                }
            }
        }
    }
}

/// The direct subexpressions of `e`.
fn children<'e>(e: &'e ir::Expr, out: &mut Vec<&'e ir::Expr>) {
    struct Kids<'e, 'o>(&'o mut Vec<&'e ir::Expr>, bool);
    impl<'e> ir::visit::Visitor<'e> for Kids<'e, '_> {
        fn visit_expr(&mut self, e: &'e ir::Expr) {
            if self.1 {
                self.1 = false;
                ir::visit::walk_expr(self, e);
            } else {
                self.0.push(e);
            }
        }
        fn visit_comp_for(&mut self, g: &'e ir::CompFor) {
            ir::visit::walk_comp_for(self, g)
        }
    }
    ir::visit::Visitor::visit_expr(&mut Kids(out, true), e);
}
