//! Module-level dicts of constants (`TABLE = {1: 2.0, 3: 4.5}`) read inside functions. A
//! constant is lowered where it is read, so each read of a dict makes it again: that is what
//! CPython reads only while nobody changes the dict, so every read must be one that cannot
//! change it or let it escape — by key (`TABLE[k]`), `in`, `len`, `.get`, `.keys`/`.values`/
//! `.items`, a loop or comprehension over it, `sorted`/`list`/`sum`/`min`/`max` of it; any other
//! read (a store, a method that changes it, passing it on, keeping it in a variable) is a
//! located error. (Each read builds the dict: a hot loop reading a large table pays for it.)

use super::FnLower;
use crate::ir::visit::{walk_expr, walk_stmt, walk_target, Visitor};
use crate::ir::{self, CmpOp, ExprId, ExprKind, ForIter, StmtKind, Target};
use crate::library::{Builtin, Intrinsic, Method};
use std::collections::HashSet;

struct Check<'a> {
    reads: &'a HashSet<ExprId>,
    ok: HashSet<ExprId>,
    seen: Vec<ExprId>,
}

impl Check<'_> {
    fn allow(&mut self, e: &ir::Expr) {
        if self.reads.contains(&e.id) {
            self.ok.insert(e.id);
        }
    }
}

impl<'ir> Visitor<'ir> for Check<'_> {
    fn visit_stmt(&mut self, s: &'ir ir::Stmt) {
        if let StmtKind::For { iter: ForIter::Seq(x), .. } = &s.kind {
            self.allow(x);
        }
        walk_stmt(self, s)
    }
    fn visit_comp_for(&mut self, c: &'ir ir::CompFor) {
        if let ForIter::Seq(x) = &c.iter {
            self.allow(x);
        }
        ir::visit::walk_comp_for(self, c)
    }
    fn visit_target(&mut self, t: &'ir Target) {
        walk_target(self, t)
    }
    fn visit_expr(&mut self, e: &'ir ir::Expr) {
        if self.reads.contains(&e.id) {
            self.seen.push(e.id);
        }
        match &e.kind {
            ExprKind::Subscript(v, i) if !matches!(i.kind, ExprKind::Slice { .. }) => self.allow(v),
            ExprKind::Compare(_, ops) => {
                for (op, x) in ops {
                    if matches!(op, CmpOp::In | CmpOp::NotIn) {
                        self.allow(x);
                    }
                }
            }
            ExprKind::CallIntrinsic(Intrinsic::Builtin(b), args)
                if matches!(
                    b,
                    Builtin::Len | Builtin::Sorted | Builtin::List | Builtin::Sum | Builtin::Min | Builtin::Max
                ) && !args.is_empty() =>
            {
                self.allow(&args[0])
            }
            ExprKind::CallMethod {
                receiver,
                method: Method::Get | Method::Keys | Method::Values | Method::Items,
                ..
            } => self.allow(receiver),
            _ => {}
        }
        walk_expr(self, e)
    }
}

impl FnLower<'_> {
    /// Reports the reads of module-level dicts that could change them or let them escape.
    pub(super) fn check_dict_const_reads(&mut self, body: &[ir::Stmt]) {
        if self.dict_const_reads.is_empty() {
            return;
        }
        let reads: HashSet<ExprId> = self.dict_const_reads.iter().map(|(id, _, _)| *id).collect();
        let mut c = Check { reads: &reads, ok: HashSet::new(), seen: Vec::new() };
        c.visit_body(body);
        // a store `TABLE[k] = v` has the dict as its target's value: never allowed
        let bad: Vec<(String, crate::source::Span)> = self
            .dict_const_reads
            .iter()
            .filter(|(id, _, _)| !c.ok.contains(id) || !c.seen.contains(id))
            .map(|(_, n, sp)| (n.clone(), *sp))
            .collect();
        for (name, sp) in bad {
            self.err(sp, format!("module-level dict `{name}` is used here in a way that could change it or keep it: pyrs makes module-level dicts where they are read, so read it by key, with `in`, `len`, `.get`, `.keys`/`.values`/`.items` or a loop (or build the dict inside the function)"));
        }
        self.dict_const_reads.clear();
    }
}
