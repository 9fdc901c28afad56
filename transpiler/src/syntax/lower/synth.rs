//! Functions of the file that lowering writes itself (`bisect`'s and `itertools`'s functions
//! as CPython runs them): a small builder of their IR, every node at the call's span, so that
//! whatever inference reports inside one is located at the call that made it.

use super::{FnLower, Scope};
use crate::ir::{self, BinOp, CmpOp, ExprKind, StmtKind, Target};
use crate::source::Span;

pub(super) struct Build<'a> {
    pub(super) lw: FnLower<'a>,
    pub(super) sp: Span,
}

impl<'a> Build<'a> {
    pub(super) fn new(scope: &'a Scope<'a>, sp: Span) -> Build<'a> {
        Build { lw: FnLower::new(scope), sp }
    }
    pub(super) fn e(&mut self, k: ExprKind) -> ir::Expr {
        self.lw.expr_node(self.sp, k)
    }
    pub(super) fn local(&mut self, n: &str) -> ir::Expr {
        self.e(ExprKind::Local(n.into()))
    }
    pub(super) fn int(&mut self, v: i64) -> ir::Expr {
        self.e(ExprKind::Int(v))
    }
    pub(super) fn bin(&mut self, op: BinOp, a: ir::Expr, b: ir::Expr) -> ir::Expr {
        self.e(ExprKind::BinOp(op, Box::new(a), Box::new(b)))
    }
    pub(super) fn cmp(&mut self, a: ir::Expr, op: CmpOp, b: ir::Expr) -> ir::Expr {
        self.e(ExprKind::Compare(Box::new(a), vec![(op, b)]))
    }
    /// `f(args)` of a function value
    pub(super) fn call_value(&mut self, f: &str, args: Vec<ir::Expr>) -> ir::Expr {
        let f = self.local(f);
        self.e(ExprKind::CallValue(Box::new(f), args))
    }
    pub(super) fn s(&self, kind: StmtKind) -> ir::Stmt {
        ir::Stmt { span: self.sp, kind }
    }
    pub(super) fn assign(&mut self, n: &str, value: ir::Expr) -> ir::Stmt {
        self.s(StmtKind::Assign { target: Target::Name(n.into(), self.sp), value })
    }
    pub(super) fn if_(&self, test: ir::Expr, body: Vec<ir::Stmt>, orelse: Vec<ir::Stmt>) -> ir::Stmt {
        self.s(StmtKind::If { test, body, orelse })
    }
    /// `for name in iter: body`
    pub(super) fn for_(&self, name: &str, iter: ir::Expr, body: Vec<ir::Stmt>) -> ir::Stmt {
        self.s(StmtKind::For {
            target: Target::Name(name.into(), self.sp),
            iter: ir::ForIter::Seq(iter),
            body,
            parallel: None,
        })
    }
    pub(super) fn yield_(&self, v: ir::Expr) -> ir::Stmt {
        self.s(StmtKind::Yield(v))
    }

    /// The function `name(params)` with this body, added to the file (with the functions its
    /// body made: `iter(...)`'s generator).
    pub(super) fn finish(mut self, outer: &mut FnLower<'_>, name: &str, params: &[&str], body: Vec<ir::Stmt>) {
        let sp = self.sp;
        outer.synth.append(&mut self.lw.synth);
        outer.synth.push(ir::Function {
            name: name.to_string(),
            span: sp,
            name_span: sp,
            params: params
                .iter()
                .map(|p| ir::Param { name: p.to_string(), span: sp, default: None, star: false })
                .collect(),
            body,
            expr_count: self.lw.next_id,
            errors: Vec::new(),
            parallel_arrays: false,
            fast_math: false,
            doc: None,
        });
    }
}
