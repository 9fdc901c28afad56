//! Integer ranges: the values an int expression can take where the bounds of loop variables
//! and literals tell (`k` of `for k in range(1, 10001)` is 1..=10000 in a body that does not
//! assign `k`), through `+`, `-`, `*` and unary minus. Codegen asks it before it drops a check
//! an operation provably does not need (int overflow, division by zero).
//!
//! Architecture invariant: analysis only; the answers are numbers.

use super::bounds::is_unit_step;
use crate::infer::Instance;
use crate::ir::{self, query, BinOp, ExprKind, ForIter, Target, UnaryOp};
use crate::types::Ty;
use std::collections::HashMap;

/// The int variables with known bounds where code is being generated: the variables of the
/// enclosing `range` loops with known ends.
#[derive(Default)]
pub struct IntRanges {
    vars: HashMap<String, (i128, i128)>,
}

impl IntRanges {
    /// The values the int expression `e` of `inst` can take, when they are known.
    pub fn of(&self, inst: &Instance, e: &ir::Expr) -> Option<(i128, i128)> {
        if inst.ty(e).base() != Ty::Int {
            return None;
        }
        match &e.kind {
            ExprKind::Int(v) => Some((*v as i128, *v as i128)),
            ExprKind::Local(n) => self.vars.get(n).copied(),
            ExprKind::Unary(UnaryOp::Neg, x) => self.of(inst, x).map(|(lo, hi)| (-hi, -lo)),
            ExprKind::BinOp(op, l, r) => {
                let ((a, b), (c, d)) = (self.of(inst, l)?, self.of(inst, r)?);
                let r = match op {
                    BinOp::Add => (a + c, b + d),
                    BinOp::Sub => (a - d, b - c),
                    BinOp::Mul => {
                        let p = [a * c, a * d, b * c, b * d];
                        (*p.iter().min()?, *p.iter().max()?)
                    }
                    _ => return None,
                };
                let fits = |x: i128| (i64::MIN as i128..=i64::MAX as i128).contains(&x);
                (fits(r.0) && fits(r.1)).then_some(r)
            }
            _ => None,
        }
    }

    /// The variable of a unit-step `range` loop and the values it takes in the loop's `body`,
    /// when the body does not assign it; an end not known is any int64 (`range(n)`:
    /// 0 ..= i64::MAX - 1).
    pub fn loop_var(
        &self,
        inst: &Instance,
        target: &Target,
        iter: &ForIter,
        body: &[ir::Stmt],
    ) -> Option<(String, (i128, i128))> {
        let (Target::Name(n, _), ForIter::Range { start, stop, step }) = (target, iter) else { return None };
        if !is_unit_step(step.as_ref()) {
            return None;
        }
        let lo = match start {
            Some(s) => self.of(inst, s).map_or(i64::MIN as i128, |r| r.0),
            None => 0,
        };
        let hi = self.of(inst, stop).map_or(i64::MAX as i128, |r| r.1) - 1;
        let mut assigned = Vec::new();
        query::assigned_names(body, &mut assigned);
        (lo <= hi && !assigned.iter().any(|(m, _)| m == n)).then(|| (n.clone(), (lo, hi)))
    }

    /// Makes `var`'s range known (inside its loop); returns the one it hides, for
    /// [`IntRanges::restore`] after the loop.
    pub fn insert(&mut self, var: String, range: (i128, i128)) -> Option<(i128, i128)> {
        self.vars.insert(var, range)
    }

    pub fn restore(&mut self, var: String, hidden: Option<(i128, i128)>) {
        match hidden {
            Some(r) => self.vars.insert(var, r),
            None => self.vars.remove(&var),
        };
    }
}
