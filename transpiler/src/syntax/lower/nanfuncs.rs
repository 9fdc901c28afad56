//! numpy's `nan*` functions that are a plain reduction of a copy with the NaNs replaced, as
//! numpy writes them (`numpy/lib/_nanfunctions_impl.py`): `nansum(a, ...)` is
//! `sum(NanFill(a, 0), ...)`, `nanmax(a, axis)` is `max` of `a` with NaN as -inf except in lanes
//! of NaNs only (numpy's `fmax.reduce` gives NaN there), `nanargmax(a, axis)` `argmax` of it
//! after the all-NaN check. The reduction rows then give axes, dtypes, `out=` and `keepdims=`.

use super::FnLower;
use crate::ir::{self, ExprKind, UnaryOp};
use crate::library::{Intrinsic, NumpyFn};
use crate::source::Span;

impl FnLower<'_> {
    /// The call `f(args)` rewritten, if `f` is one of the `nan*` functions above.
    pub(super) fn nan_reduction(
        &mut self,
        sp: Span,
        f: NumpyFn,
        mut args: Vec<ir::Expr>,
    ) -> Result<ir::Expr, Vec<ir::Expr>> {
        use NumpyFn as N;
        let (plain, value, mode) = match f {
            N::Nansum => (N::Sum, 0.0, 0),
            N::Nanprod => (N::Prod, 1.0, 0),
            N::Nancumsum => (N::Cumsum, 0.0, 0),
            N::Nancumprod => (N::Cumprod, 1.0, 0),
            N::Nanmax => (N::Max, f64::NEG_INFINITY, 1),
            N::Nanmin => (N::Min, f64::INFINITY, 1),
            N::Nanargmax => (N::Argmax, f64::NEG_INFINITY, 2),
            N::Nanargmin => (N::Argmin, f64::INFINITY, 2),
            _ => return Err(args),
        };
        if args.is_empty() {
            self.err(sp, format!("numpy.{f}() needs an array"));
            return Ok(self.bad(sp));
        }
        let params = f.params().map_or(0, |p| p.len());
        while args.len() < params {
            let d = self.expr_node(sp, ExprKind::Default);
            args.push(d);
        }
        // the lanes of NaNs only are those along the reduction's axis
        let axis = if mode == 0 {
            self.expr_node(sp, ExprKind::Default)
        } else {
            match self.copy_simple(&args[1]) {
                Some(x) => x,
                None => {
                    self.err(args[1].span, format!("`axis` of numpy.{f}() must be a name or an int literal here"));
                    return Ok(self.bad(sp));
                }
            }
        };
        let mut it = args.into_iter();
        let a = it.next().expect("checked");
        let value = self.expr_node(sp, ExprKind::Float(value));
        let mode = self.expr_node(sp, ExprKind::Int(mode));
        let filled =
            self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Numpy(N::NanFill), vec![a, value, mode, axis]));
        let mut rest: Vec<ir::Expr> = it.collect();
        // `nanmax(a, axis, out, keepdims)`: the plain rows have `dtype` before `out`
        if matches!(f, N::Nanmax | N::Nanmin | N::Nanargmax | N::Nanargmin) {
            let d = self.expr_node(sp, ExprKind::Default);
            rest.insert(1, d);
        }
        let mut all = vec![filled];
        all.extend(rest);
        Ok(self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Numpy(plain), all)))
    }

    /// A second evaluation of an axis argument: only of what evaluates to the same value
    /// without effects (left out, None, an int literal, a local).
    fn copy_simple(&mut self, x: &ir::Expr) -> Option<ir::Expr> {
        let kind = match &x.kind {
            ExprKind::Default => ExprKind::Default,
            ExprKind::None => ExprKind::None,
            ExprKind::Int(n) => ExprKind::Int(*n),
            ExprKind::Local(name) => ExprKind::Local(name.clone()),
            ExprKind::Unary(UnaryOp::Neg, inner) => {
                let inner = self.copy_simple(inner)?;
                ExprKind::Unary(UnaryOp::Neg, Box::new(inner))
            }
            _ => return None,
        };
        Some(self.expr_node(x.span, kind))
    }
}
