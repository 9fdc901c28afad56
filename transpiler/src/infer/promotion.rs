//! numpy's common type of the operations codegen computes in a wide type and narrows back:
//! binary operations with a sized element (`int8`, `float32`, ...) and augmented stores into
//! array elements or variables holding a sized numpy scalar (`s = 0.0; s += x[i]` over float32
//! stays float32: NEP 50). Decided here, from the final types of an instance, and recorded in
//! [`Instance::numpy_common`], so that codegen only reads it.

use super::numpy::promote;
use super::Instance;
use crate::ir::visit::{walk_expr, walk_stmt, Visitor};
use crate::ir::{self, ExprKind, StmtKind, Target};
use crate::types::{Elem, Ty};

/// An operand as numpy's promotion sees it where codegen computes it: an array stands for
/// its element (the operation runs element by element); a Python number (not a bool) is
/// "weak" (NEP 50).
fn operand(t: &Ty) -> (Elem, usize, bool) {
    let t = element(t);
    (Elem::of_scalar(&t).unwrap_or(Elem::Float64), 0, !t.is_np() && t != Ty::Bool)
}

/// The type of one element: an array's element scalar, anything else itself.
fn element(t: &Ty) -> Ty {
    match t {
        Ty::Array(el, _) => el.scalar(),
        t => t.clone(),
    }
}

struct Record<'a> {
    inst: &'a mut Instance,
}

impl Record<'_> {
    fn ty(&self, e: &ir::Expr) -> Ty {
        self.inst.ty(e).clone()
    }
}

impl<'ir> Visitor<'ir> for Record<'_> {
    fn visit_expr(&mut self, e: &'ir ir::Expr) {
        if let ExprKind::BinOp(_, l, r) = &e.kind {
            let (lt, rt) = (self.ty(l), self.ty(r));
            let sized = [&lt, &rt, &self.ty(e)].iter().any(|t| element(t).sized().is_some());
            if sized {
                self.inst.numpy_common.insert(e.id, promote(operand(&lt), operand(&rt)));
            }
        }
        walk_expr(self, e)
    }

    fn visit_stmt(&mut self, s: &'ir ir::Stmt) {
        // `x op= value` into an array element (or a whole array, element by element, or a
        // sized numpy scalar): the target's element type against the value, as numpy's loop
        // casts them
        if let StmtKind::AugAssign { target, value, .. } = &s.kind {
            let target_elem = match target {
                Target::Subscript { value: container, index, .. } => self.target_elem(container, index),
                // an array updated in place, or a numpy scalar of a sized type (`s += x[i]`
                // over float32: NEP 50 keeps float32)
                Target::Name(n, _) => match self.inst.locals.get(n) {
                    Some(Ty::Array(el, _)) => Some(*el),
                    Some(t) => t.sized(),
                    None => None,
                },
                Target::Tuple(..) => None,
            };
            if let Some(el) = target_elem {
                let vt = self.ty(value);
                let np_value = vt.is_np() || matches!(vt, Ty::Array(..));
                let vel = Elem::of_scalar(&element(&vt)).unwrap_or(Elem::Float64);
                let weak = !np_value && vt.base() != Ty::Bool;
                self.inst.numpy_common.insert(value.id, promote((el, 0, false), (vel, 0, weak)));
            }
        }
        walk_stmt(self, s)
    }
}

impl Record<'_> {
    /// The element type of the array `container[index]` writes into (`a.flat[k]` included).
    fn target_elem(&self, container: &ir::Expr, _index: &ir::Expr) -> Option<Elem> {
        match self.ty(container) {
            Ty::Array(el, _) | Ty::Flat(el, _) => Some(el),
            _ => match &container.kind {
                ExprKind::Attribute(x, _) if super::is_flat(container) => match self.ty(x) {
                    Ty::Array(el, _) => Some(el),
                    _ => None,
                },
                _ => None,
            },
        }
    }
}

/// Records the common types of instance `inst` of function `f`.
pub(super) fn record(inst: &mut Instance, f: &ir::Function) {
    inst.numpy_common.clear();
    Record { inst }.visit_body(&f.body);
}
