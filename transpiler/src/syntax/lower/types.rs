//! `isinstance(x, T)`, `type(x) is T` / `type(x) == T` (and their negations) and
//! `type(x).__name__`, with `T` a builtin class (`int`, `float`, `complex`, `bool`, `str`,
//! `list`, `tuple`, `dict`, `set`) or, for `isinstance`, a tuple of them: calls of the
//! catalogue's `Isinstance`, `TypeIs` and `TypeName` rows whose arguments after the value are
//! the classes' names as string literals. Inference and codegen decide them from the value's
//! type, or when the code runs for values whose type is known only then.

use super::*;

/// The builtin classes these tests accept.
const CLASSES: [&str; 9] = ["int", "float", "complex", "bool", "str", "list", "tuple", "dict", "set"];

impl FnLower<'_> {
    /// `T` when `e` names one of [`CLASSES`] (the builtin, not a variable of that name).
    fn class_name(&self, e: &ast::Expr) -> Option<&'static str> {
        let ast::Expr::Name(n) = e else { return None };
        let name = n.id.as_str();
        CLASSES.iter().copied().find(|c| *c == name).filter(|c| self.resolves_to_builtin(c))
    }

    /// `x` when `e` is `type(x)` of the builtin `type`.
    fn type_of_arg<'a>(&self, e: &'a ast::Expr) -> Option<&'a ast::Expr> {
        let ast::Expr::Call(c) = e else { return None };
        let ast::Expr::Name(n) = &*c.func else { return None };
        match (&*c.arguments.args, c.arguments.keywords.is_empty()) {
            ([x], true) if n.id.as_str() == "type" && self.resolves_to_builtin("type") => Some(x),
            _ => None,
        }
    }

    fn class_args(&mut self, sp: Span, names: &[&str]) -> Vec<ir::Expr> {
        names.iter().map(|n| self.expr_node(sp, ExprKind::Str(n.to_string()))).collect()
    }

    /// `isinstance(x, T)`; `None` when the call is not one of the builtin `isinstance`.
    pub(super) fn isinstance_call(&mut self, c: &ast::ExprCall) -> Option<ir::Expr> {
        let ast::Expr::Name(n) = &*c.func else { return None };
        if n.id.as_str() != "isinstance" || !self.resolves_to_builtin("isinstance") {
            return None;
        }
        let sp = span(c.range());
        let ([x, t], true) = (&*c.arguments.args, c.arguments.keywords.is_empty()) else {
            self.err(sp, "isinstance() takes exactly two positional arguments");
            return Some(self.bad(sp));
        };
        let names: Option<Vec<&'static str>> = match t {
            ast::Expr::Tuple(items) => items.elts.iter().map(|e| self.class_name(e)).collect(),
            e => self.class_name(e).map(|c| vec![c]),
        };
        let Some(names) = names else {
            self.err(
                span(t.range()),
                format!("isinstance(x, T) is supported with T one of {}, or a tuple of them", CLASSES.join(", ")),
            );
            return Some(self.bad(sp));
        };
        let mut args = vec![self.expr(x)];
        args.extend(self.class_args(sp, &names));
        Some(self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::Isinstance), args)))
    }

    /// `type(x) is T`, `type(x) == T`, `is not`, `!=` (also `T == type(x)`); `None` for other
    /// comparisons.
    pub(super) fn type_compare(&mut self, c: &ast::ExprCompare) -> Option<ir::Expr> {
        let ([op], [r]) = (&*c.ops, &*c.comparators) else { return None };
        let (x, cls) = match (self.type_of_arg(&c.left), self.type_of_arg(r)) {
            (Some(x), None) => (x, r),
            (None, Some(x)) => (x, &*c.left),
            _ => return None,
        };
        let negated = match op {
            ast::CmpOp::Is | ast::CmpOp::Eq => false,
            ast::CmpOp::IsNot | ast::CmpOp::NotEq => true,
            _ => return None,
        };
        let sp = span(c.range());
        let Some(name) = self.class_name(cls) else {
            self.err(span(cls.range()), format!("`type(x)` is supported compared with one of {}", CLASSES.join(", ")));
            return Some(self.bad(sp));
        };
        let mut args = vec![self.expr(x)];
        args.extend(self.class_args(sp, &[name]));
        let test = self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::TypeIs), args));
        Some(if negated { self.expr_node(sp, ExprKind::Unary(ir::UnaryOp::Not, Box::new(test))) } else { test })
    }

    /// `type(x).__name__`; `None` for other attributes.
    pub(super) fn type_name_attr(&mut self, a: &ast::ExprAttribute) -> Option<ir::Expr> {
        let x = self.type_of_arg(&a.value)?;
        let sp = span(a.range());
        if a.attr.id.as_str() != "__name__" {
            self.err(sp, "of `type(x)`, only `type(x).__name__` and comparisons with a builtin class are supported");
            return Some(self.bad(sp));
        }
        let arg = self.expr(x);
        Some(self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::TypeName), vec![arg])))
    }
}
