//! `range` objects as values: a `range(...)` given to a function of the file or returned
//! becomes the catalogue's `Builtin::RangeObject` (a `Ty::Range`: start, stop and step, made
//! with range()'s checks), so that the function receiving it can take `len(r)`, `r[i]`,
//! `x in r`, iterate it as often as it likes, and a range returned to Python is a `range`.
//! A sliced `range(...)` (`range(n)[::-1]`, also a range variable's) is one too: its slice is a
//! range. Runs after `ranges.rs`, whose other reads of a range variable are `range(...)` calls again
//! (`r = range(n); helper(r)`). Calls of the functions lowering writes itself (`__pyrs_...`)
//! keep their iterators.

use super::FnLower;
use crate::ir::visit::{walk_expr_mut, walk_stmt_mut, VisitorMut};
use crate::ir::{self, ExprKind, StmtKind};
use crate::library::{Builtin, Intrinsic};

fn to_object(e: &mut ir::Expr) {
    if let ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::Range), args) = &mut e.kind {
        if (1..=3).contains(&args.len())
            && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_) | ExprKind::Default))
        {
            let args = std::mem::take(args);
            e.kind = ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::RangeObject), args);
        }
    }
}

struct Values;

impl VisitorMut for Values {
    fn visit_stmt_mut(&mut self, s: &mut ir::Stmt) {
        if let StmtKind::Return(Some(v)) = &mut s.kind {
            to_object(v);
        }
        walk_stmt_mut(self, s)
    }
    fn visit_expr_mut(&mut self, e: &mut ir::Expr) {
        if let ExprKind::CallUser(name, args) = &mut e.kind {
            if !name.starts_with("__pyrs_") {
                args.iter_mut().for_each(to_object);
            }
        }
        // `range(...) == r`: range objects compared (CPython's `range_equals`)
        if let ExprKind::Compare(a, ops) = &mut e.kind {
            if ops.iter().all(|(op, _)| matches!(op, ir::CmpOp::Eq | ir::CmpOp::NotEq)) {
                to_object(a);
                ops.iter_mut().for_each(|(_, x)| to_object(x));
            }
        }
        // `range(...)[a:b:c]`: a slice of the range object, itself one
        if let ExprKind::Subscript(v, i) = &mut e.kind {
            if matches!(i.kind, ExprKind::Slice { .. }) {
                to_object(v);
            }
        }
        walk_expr_mut(self, e)
    }
}

impl FnLower<'_> {
    /// Ranges passed to functions of the file or returned by `fname`: range objects.
    pub(super) fn range_values(&mut self, fname: &str, body: &mut [ir::Stmt]) {
        let mut v = Values;
        // (a generator's `return` has no value; the functions lowering writes keep theirs)
        if fname.starts_with("__pyrs_") {
            return;
        }
        for s in body.iter_mut() {
            v.visit_stmt_mut(s);
        }
    }
}
