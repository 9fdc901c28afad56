//! The one traversal of the IR, in the manner of `syn::visit`: [`Visitor`] over shared
//! references and [`VisitorMut`] over mutable ones (the same walk, written once in the macro
//! below). Each `visit_*` method defaults to the `walk_*` function that visits the node's
//! children; an analysis overrides the methods of the nodes it looks at and calls the `walk_*`
//! function to go on into the children, or does not, to skip them.
//!
//! What is walked, and in which order:
//! - a function ([`walk_function`]): the parameters' default values, then the body. Nested
//!   `def`s and lambdas are functions of their own in [`super::Module`]; where one is used,
//!   [`ExprKind::FuncRef`] passes the captured values, which are walked as its children;
//! - a body: its statements, in order;
//! - `Assign` and `AugAssign`: the value, then the target; `Expr`, `Return`: the value;
//!   `If`: test, body, orelse; `While`: test, body; `For`: the iterable
//!   ([`Visitor::visit_for_iter`]), the target, the body; `Raise`: the message of
//!   `raise E(msg)`; `Assert`: test, message; `Try`: body, each handler
//!   ([`Visitor::visit_handler`]: its body; the `as` name is a field of the handler, not a
//!   target), orelse, finalbody; `Delete`: value, index; `Break`, `Continue`, `Pass`: nothing;
//! - a target: a subscript's value and index, a tuple's items (a name has no children);
//! - a `for` iterable: `range`'s start, stop and step (those given), or the sequence;
//! - an expression: its direct subexpressions in evaluation order; a comprehension visits each
//!   generator ([`Visitor::visit_comp_for`]: iterable, target, conditions), then the element
//!   and a dict comprehension's value. A comprehension's targets bind variables of the
//!   comprehension only (lowering renames them): statement-level analyses of assignments do
//!   not descend into expressions, or skip `visit_comp_for`.

use super::{CompFor, Expr, ExprKind, FPart, ForIter, Function, Handler, Raise, Stmt, StmtKind, Target};

macro_rules! visitor {
    (
        $(#[$attr:meta])*
        trait $Visitor:ident $(<$lt:lifetime>)? {
            ref: [$($r:tt)+],
            borrow: [$($b:tt)+],
            body: [$($body:tt)+],
            $visit_function:ident / $walk_function:ident,
            $visit_body:ident / $walk_body:ident,
            $visit_stmt:ident / $walk_stmt:ident,
            $visit_handler:ident / $walk_handler:ident,
            $visit_target:ident / $walk_target:ident,
            $visit_for_iter:ident / $walk_for_iter:ident,
            $visit_expr:ident / $walk_expr:ident,
            $visit_comp_for:ident / $walk_comp_for:ident,
        }
    ) => {
        $(#[$attr])*
        pub trait $Visitor $(<$lt>)? {
            fn $visit_function(&mut self, f: $($r)+ Function) {
                $walk_function(self, f)
            }
            fn $visit_body(&mut self, body: $($body)+) {
                $walk_body(self, body)
            }
            fn $visit_stmt(&mut self, s: $($r)+ Stmt) {
                $walk_stmt(self, s)
            }
            fn $visit_handler(&mut self, h: $($r)+ Handler) {
                $walk_handler(self, h)
            }
            fn $visit_target(&mut self, t: $($r)+ Target) {
                $walk_target(self, t)
            }
            fn $visit_for_iter(&mut self, iter: $($r)+ ForIter) {
                $walk_for_iter(self, iter)
            }
            fn $visit_expr(&mut self, e: $($r)+ Expr) {
                $walk_expr(self, e)
            }
            fn $visit_comp_for(&mut self, g: $($r)+ CompFor) {
                $walk_comp_for(self, g)
            }
        }

        pub fn $walk_function<$($lt,)? V: $Visitor $(<$lt>)? + ?Sized>(v: &mut V, f: $($r)+ Function) {
            for p in $($b)+ f.params {
                if let Some(d) = $($b)+ p.default {
                    v.$visit_expr(d);
                }
            }
            v.$visit_body($($b)+ f.body);
        }

        pub fn $walk_body<$($lt,)? V: $Visitor $(<$lt>)? + ?Sized>(v: &mut V, body: $($body)+) {
            for s in body {
                v.$visit_stmt(s);
            }
        }

        pub fn $walk_stmt<$($lt,)? V: $Visitor $(<$lt>)? + ?Sized>(v: &mut V, s: $($r)+ Stmt) {
            match $($b)+ s.kind {
                StmtKind::Assign { target, value } | StmtKind::AugAssign { target, value, .. } => {
                    v.$visit_expr(value);
                    v.$visit_target(target);
                }
                StmtKind::Expr(e) | StmtKind::Return(Some(e)) | StmtKind::Yield(e) | StmtKind::YieldFrom(e) => {
                    v.$visit_expr(e)
                }
                StmtKind::If { test, body, orelse } => {
                    v.$visit_expr(test);
                    v.$visit_body(body);
                    v.$visit_body(orelse);
                }
                StmtKind::While { test, body } => {
                    v.$visit_expr(test);
                    v.$visit_body(body);
                }
                StmtKind::For { target, iter, body, parallel: _ } => {
                    v.$visit_for_iter(iter);
                    v.$visit_target(target);
                    v.$visit_body(body);
                }
                StmtKind::Raise(Raise::New { msg: Some(m), .. }) => v.$visit_expr(m),
                StmtKind::Assert { test, msg } => {
                    v.$visit_expr(test);
                    if let Some(m) = msg {
                        v.$visit_expr(m);
                    }
                }
                StmtKind::Try { body, handlers, orelse, finalbody } => {
                    v.$visit_body(body);
                    for h in handlers {
                        v.$visit_handler(h);
                    }
                    v.$visit_body(orelse);
                    v.$visit_body(finalbody);
                }
                StmtKind::Delete { value, index } => {
                    v.$visit_expr(value);
                    v.$visit_expr(index);
                }
                StmtKind::Return(None)
                | StmtKind::Raise(_)
                | StmtKind::Break
                | StmtKind::Continue
                | StmtKind::Pass => {}
            }
        }

        pub fn $walk_handler<$($lt,)? V: $Visitor $(<$lt>)? + ?Sized>(v: &mut V, h: $($r)+ Handler) {
            v.$visit_body($($b)+ h.body);
        }

        pub fn $walk_target<$($lt,)? V: $Visitor $(<$lt>)? + ?Sized>(v: &mut V, t: $($r)+ Target) {
            match t {
                Target::Name(..) => {}
                Target::Subscript { value, index, .. } => {
                    v.$visit_expr(value);
                    v.$visit_expr(index);
                }
                Target::Tuple(ts, _) => {
                    for t in ts {
                        v.$visit_target(t);
                    }
                }
            }
        }

        pub fn $walk_for_iter<$($lt,)? V: $Visitor $(<$lt>)? + ?Sized>(v: &mut V, iter: $($r)+ ForIter) {
            match iter {
                ForIter::Range { start, stop, step } => {
                    if let Some(x) = start {
                        v.$visit_expr(x);
                    }
                    v.$visit_expr(stop);
                    if let Some(x) = step {
                        v.$visit_expr(x);
                    }
                }
                ForIter::Seq(x) => v.$visit_expr(x),
            }
        }

        pub fn $walk_comp_for<$($lt,)? V: $Visitor $(<$lt>)? + ?Sized>(v: &mut V, g: $($r)+ CompFor) {
            v.$visit_for_iter($($b)+ g.iter);
            v.$visit_target($($b)+ g.target);
            for c in $($b)+ g.ifs {
                v.$visit_expr(c);
            }
        }

        pub fn $walk_expr<$($lt,)? V: $Visitor $(<$lt>)? + ?Sized>(v: &mut V, e: $($r)+ Expr) {
            match $($b)+ e.kind {
                ExprKind::BinOp(_, a, b) | ExprKind::Subscript(a, b) => {
                    v.$visit_expr(a);
                    v.$visit_expr(b);
                }
                ExprKind::Unary(_, a)
                | ExprKind::Attribute(a, _)
                | ExprKind::Starred(a)
                | ExprKind::SetGlobal(_, a) => v.$visit_expr(a),
                ExprKind::BoolOp(_, xs)
                | ExprKind::Tuple(xs)
                | ExprKind::List(xs)
                | ExprKind::Set(xs)
                | ExprKind::FuncRef(_, xs)
                | ExprKind::CallIntrinsic(_, xs)
                | ExprKind::CallUser(_, xs) => {
                    for x in xs {
                        v.$visit_expr(x);
                    }
                }
                ExprKind::Dict(kvs) => {
                    for (k, x) in kvs {
                        v.$visit_expr(k);
                        v.$visit_expr(x);
                    }
                }
                ExprKind::FString(parts) => {
                    for p in parts {
                        if let FPart::Value { expr, .. } = p {
                            v.$visit_expr(expr);
                        }
                    }
                }
                ExprKind::Comp { elt, value, gens, .. } => {
                    for g in gens {
                        v.$visit_comp_for(g);
                    }
                    v.$visit_expr(elt);
                    if let Some(x) = value {
                        v.$visit_expr(x);
                    }
                }
                ExprKind::CallMethod { receiver, args, .. } | ExprKind::CallValue(receiver, args) => {
                    v.$visit_expr(receiver);
                    for x in args {
                        v.$visit_expr(x);
                    }
                }
                ExprKind::Compare(a, rest) => {
                    v.$visit_expr(a);
                    for (_, x) in rest {
                        v.$visit_expr(x);
                    }
                }
                ExprKind::IfExp { test, body, orelse } => {
                    v.$visit_expr(test);
                    v.$visit_expr(body);
                    v.$visit_expr(orelse);
                }
                ExprKind::Slice { lower, upper, step } => {
                    for x in [lower, upper, step].into_iter().flatten() {
                        v.$visit_expr(x);
                    }
                }
                ExprKind::Int(_)
                | ExprKind::Str(_)
                | ExprKind::Float(_)
                | ExprKind::Imag(_)
                | ExprKind::Bool(_)
                | ExprKind::None
                | ExprKind::Local(_)
                | ExprKind::Const(_)
                | ExprKind::DType(_)
                | ExprKind::Global(_)
                | ExprKind::Default => {}
            }
        }
    };
}

visitor! {
    /// A read-only walk of the IR; `'ir` is the lifetime of the IR, so a visitor can keep
    /// references to the nodes it meets.
    trait Visitor<'ir> {
        ref: [&'ir],
        borrow: [&],
        body: [&'ir [Stmt]],
        visit_function / walk_function,
        visit_body / walk_body,
        visit_stmt / walk_stmt,
        visit_handler / walk_handler,
        visit_target / walk_target,
        visit_for_iter / walk_for_iter,
        visit_expr / walk_expr,
        visit_comp_for / walk_comp_for,
    }
}

visitor! {
    /// The same walk over mutable references; a body is the `Vec` itself, so that a visitor can
    /// insert statements.
    trait VisitorMut {
        ref: [&mut],
        borrow: [&mut],
        body: [&mut Vec<Stmt>],
        visit_function_mut / walk_function_mut,
        visit_body_mut / walk_body_mut,
        visit_stmt_mut / walk_stmt_mut,
        visit_handler_mut / walk_handler_mut,
        visit_target_mut / walk_target_mut,
        visit_for_iter_mut / walk_for_iter_mut,
        visit_expr_mut / walk_expr_mut,
        visit_comp_for_mut / walk_comp_for_mut,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;
    use std::path::Path;

    fn function(src: &str) -> Function {
        let file = SourceFile::new(Path::new("t.py"), src.to_string());
        let m = crate::syntax::read(&file).unwrap_or_else(|_| panic!("lowers")).module;
        m.functions.into_iter().next().expect("one function")
    }

    /// Records what it meets, by kind, in order.
    #[derive(Default)]
    struct Trace(Vec<String>);

    impl<'ir> Visitor<'ir> for Trace {
        fn visit_expr(&mut self, e: &'ir Expr) {
            match &e.kind {
                ExprKind::Local(n) => self.0.push(n.clone()),
                ExprKind::Int(v) => self.0.push(v.to_string()),
                _ => {}
            }
            walk_expr(self, e)
        }
        fn visit_target(&mut self, t: &'ir Target) {
            if let Target::Name(n, _) = t {
                self.0.push(format!("={n}"));
            }
            walk_target(self, t)
        }
        fn visit_handler(&mut self, h: &'ir Handler) {
            self.0.push(format!("except {}", h.name.as_deref().unwrap_or("")));
            walk_handler(self, h)
        }
    }

    #[test]
    fn walks_every_part_in_order() {
        let f = function(
            r#"
def f(a, n=3):
    x = a[0] + 1
    for i in range(2, n):
        x += i
    try:
        assert x, 4
        raise ValueError(f"{x}")
    except ValueError as e:
        del a[5]
    else:
        y = [j * 6 for j in a if j > 7]
    finally:
        return {k: 8 for k in range(9)}
"#,
        );
        let mut t = Trace::default();
        t.visit_function(&f);
        let want = "3 a 0 1 =x 2 n =i i =x x 4 x except e a 5 a =j__c1 j__c1 7 j__c1 6 =y 9 =k__c2 k__c2 8";
        assert_eq!(t.0.join(" "), want);
    }

    #[test]
    fn mutable_walk_is_the_same() {
        struct Renumber(i64);
        impl VisitorMut for Renumber {
            fn visit_expr_mut(&mut self, e: &mut Expr) {
                if let ExprKind::Int(v) = &mut e.kind {
                    *v = self.0;
                    self.0 += 1;
                }
                walk_expr_mut(self, e)
            }
        }
        let mut f =
            function("def f(a):\n    for i in range(5, 9):\n        a[i] = [3 for j in range(4)]\n    return 7\n");
        Renumber(0).visit_function_mut(&mut f);
        let mut t = Trace::default();
        t.visit_function(&f);
        assert_eq!(t.0.join(" "), "0 1 =i 2 =j__c1 3 a i 4");
    }

    #[test]
    fn loop_else_marks_the_loops_own_breaks() {
        // lowering inserts `flag = True` before each `break` of the loop (through `if` and
        // `try`), not before those of a nested loop
        let f = function(
            r#"
def f(a):
    for x in a:
        if x:
            break
        try:
            break
        except ValueError:
            break
        for y in a:
            break
    else:
        return 1
    return 0
"#,
        );
        #[derive(Default)]
        struct Breaks(Vec<String>);
        impl<'ir> Visitor<'ir> for Breaks {
            fn visit_body(&mut self, body: &'ir [Stmt]) {
                for w in body.windows(2) {
                    if let StmtKind::Break = w[1].kind {
                        let flagged = matches!(&w[0].kind,
                            StmtKind::Assign { target: Target::Name(n, _), .. } if n.starts_with("__pyrs_broke"));
                        self.0.push(flagged.to_string());
                    }
                }
                if let Some(StmtKind::Break) = body.first().map(|s| &s.kind) {
                    self.0.push("false".into());
                }
                walk_body(self, body)
            }
        }
        let mut b = Breaks::default();
        b.visit_function(&f);
        assert_eq!(b.0.join(" "), "true true true false");
    }
}
