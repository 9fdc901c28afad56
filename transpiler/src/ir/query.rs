//! Questions about the IR that several stages ask, each answered by one walk with
//! [`super::visit`].
//!
//! Python's scopes: a function's variables are those its statements bind (assignment targets,
//! loop variables, `except ... as` names); a comprehension's variables are its own (lowering
//! renames them), and a nested function is a function of its own.

use super::visit::{self, Visitor};
use super::{Expr, ExprId, ExprKind, Handler, Raise, Stmt, StmtKind, Target};
use crate::source::Span;

/// Calls `f(name, place, statement)` for each variable a statement of `body` (at any depth)
/// binds as a whole: assignment targets and loop variables at the target's place,
/// `except ... as name` at the handler with its `try` statement. Subscript targets bind no
/// variable; expressions are not entered (comprehension variables are the comprehension's).
pub fn bindings<'ir>(body: &'ir [Stmt], f: &mut dyn FnMut(&'ir str, Span, &'ir Stmt)) {
    struct Bindings<'ir, 'f> {
        stmt: Option<&'ir Stmt>,
        f: &'f mut dyn FnMut(&'ir str, Span, &'ir Stmt),
    }
    impl<'ir> Visitor<'ir> for Bindings<'ir, '_> {
        fn visit_stmt(&mut self, s: &'ir Stmt) {
            let outer = self.stmt.replace(s);
            visit::walk_stmt(self, s);
            self.stmt = outer;
        }
        fn visit_handler(&mut self, h: &'ir Handler) {
            if let (Some(n), Some(s)) = (&h.name, self.stmt) {
                (self.f)(n, h.span, s);
            }
            visit::walk_handler(self, h)
        }
        fn visit_target(&mut self, t: &'ir Target) {
            match (t, self.stmt) {
                (Target::Name(n, sp), Some(s)) => (self.f)(n, *sp, s),
                _ => visit::walk_target(self, t),
            }
        }
        fn visit_expr(&mut self, _: &'ir Expr) {}
    }
    Bindings { stmt: None, f }.visit_body(body)
}

/// Variables assigned as a whole anywhere in `body` ([`bindings`]), each once with its first
/// place.
pub fn assigned_names(body: &[Stmt], out: &mut Vec<(String, Span)>) {
    bindings(body, &mut |n, sp, _| {
        if !out.iter().any(|(m, _)| m == n) {
            out.push((n.to_string(), sp));
        }
    });
}

/// Calls `f(name, place)` at each place `body` names a variable of the function: reads,
/// assignment and loop targets, `except ... as name` and `raise name`; not inside the
/// statement `skip`, and not the variables of comprehensions (their own).
pub fn occurrences<'ir>(body: &'ir [Stmt], skip: Option<&Stmt>, f: &mut dyn FnMut(&'ir str, Span)) {
    struct Occurrences<'ir, 's, 'f> {
        skip: Option<&'s Stmt>,
        /// variables of the comprehensions around the expression being walked
        comp: Vec<&'ir str>,
        f: &'f mut dyn FnMut(&'ir str, Span),
    }
    impl<'ir> Visitor<'ir> for Occurrences<'ir, '_, '_> {
        fn visit_stmt(&mut self, s: &'ir Stmt) {
            if self.skip.is_some_and(|k| std::ptr::eq(k, s)) {
                return;
            }
            if let StmtKind::Raise(Raise::Var(n)) = &s.kind {
                (self.f)(n, s.span);
            }
            visit::walk_stmt(self, s)
        }
        fn visit_handler(&mut self, h: &'ir Handler) {
            if let Some(n) = &h.name {
                (self.f)(n, h.span);
            }
            visit::walk_handler(self, h)
        }
        fn visit_target(&mut self, t: &'ir Target) {
            match t {
                Target::Name(n, sp) if !self.comp.contains(&n.as_str()) => (self.f)(n, *sp),
                _ => visit::walk_target(self, t),
            }
        }
        fn visit_expr(&mut self, e: &'ir Expr) {
            match &e.kind {
                ExprKind::Local(n) if !self.comp.contains(&n.as_str()) => (self.f)(n, e.span),
                ExprKind::Comp { gens, .. } => {
                    let outer = self.comp.len();
                    for g in gens {
                        target_names(&g.target, &mut self.comp);
                    }
                    visit::walk_expr(self, e);
                    self.comp.truncate(outer);
                }
                _ => visit::walk_expr(self, e),
            }
        }
    }
    fn target_names<'ir>(t: &'ir Target, out: &mut Vec<&'ir str>) {
        match t {
            Target::Name(n, _) => out.push(n),
            Target::Tuple(ts, _) => ts.iter().for_each(|t| target_names(t, out)),
            Target::Subscript { .. } => {}
        }
    }
    Occurrences { skip, comp: Vec::new(), f }.visit_body(body)
}

/// Every statement of `body` at any depth (in the bodies of `if`, `while`, `for` and `try`
/// statements and of handlers), each before the statements nested in it.
pub fn statements(body: &[Stmt]) -> Vec<&Stmt> {
    struct Statements<'ir>(Vec<&'ir Stmt>);
    impl<'ir> Visitor<'ir> for Statements<'ir> {
        fn visit_stmt(&mut self, s: &'ir Stmt) {
            self.0.push(s);
            visit::walk_stmt(self, s)
        }
        fn visit_expr(&mut self, _: &'ir Expr) {}
    }
    let mut v = Statements(Vec::new());
    v.visit_body(body);
    v.0
}

/// Every `for` statement of `body` at any depth ([`statements`]), each before the loops
/// nested in it.
pub fn for_loops(body: &[Stmt]) -> Vec<&Stmt> {
    statements(body).into_iter().filter(|s| matches!(s.kind, StmtKind::For { .. })).collect()
}

/// Whether `body` calls the function `name` of the file.
pub fn calls(body: &[Stmt], name: &str) -> bool {
    struct Calls<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'ir> Visitor<'ir> for Calls<'_> {
        fn visit_expr(&mut self, e: &'ir Expr) {
            match &e.kind {
                // a function used as a value may be called wherever it goes
                ExprKind::CallUser(n, _) | ExprKind::FuncRef(n, _) if n == self.name => self.found = true,
                _ if self.found => {}
                _ => visit::walk_expr(self, e),
            }
        }
    }
    let mut v = Calls { name, found: false };
    v.visit_body(body);
    v.found
}

/// Whether `e` may run code of the file: a call of a function of the file or of a function
/// value, or a function value given to a builtin (`map(f, xs)`).
pub fn calls_user_code(e: &Expr) -> bool {
    struct Calls(bool);
    impl<'ir> Visitor<'ir> for Calls {
        fn visit_expr(&mut self, e: &'ir Expr) {
            match &e.kind {
                ExprKind::CallUser(..) | ExprKind::CallValue(..) | ExprKind::FuncRef(..) | ExprKind::SetGlobal(..) => {
                    self.0 = true
                }
                _ if self.0 => {}
                _ => visit::walk_expr(self, e),
            }
        }
    }
    let mut v = Calls(false);
    v.visit_expr(e);
    v.0
}

/// Whether `e` reads the local `name`.
pub fn reads(e: &Expr, name: &str) -> bool {
    struct Reads<'n> {
        name: &'n str,
        found: bool,
    }
    impl<'ir> Visitor<'ir> for Reads<'_> {
        fn visit_expr(&mut self, e: &'ir Expr) {
            match &e.kind {
                ExprKind::Local(n) if n == self.name => self.found = true,
                _ if self.found => {}
                _ => visit::walk_expr(self, e),
            }
        }
    }
    let mut v = Reads { name, found: false };
    v.visit_expr(e);
    v.found
}

/// Whether control can never reach the end of `body`.
/// Whether a `return` statement is anywhere in the body.
pub fn has_return(body: &[Stmt]) -> bool {
    struct R(bool);
    impl Visitor<'_> for R {
        fn visit_stmt(&mut self, s: &Stmt) {
            if matches!(s.kind, StmtKind::Return(_)) {
                self.0 = true;
            }
            visit::walk_stmt(self, s);
        }
    }
    let mut r = R(false);
    for s in body {
        r.visit_stmt(s);
    }
    r.0
}

/// An `if` whose test an instance's types decide (`static_tests`: `x is None`, `len(t) == 0`)
/// and whose branch taken always returns: the statements after it never run.
pub fn statically_returns(s: &Stmt, static_tests: &std::collections::HashMap<ExprId, bool>) -> bool {
    match &s.kind {
        StmtKind::If { test, body, orelse } => match static_tests.get(&test.id) {
            Some(true) => always_returns(body),
            Some(false) => always_returns(orelse),
            None => false,
        },
        _ => false,
    }
}

pub fn always_returns(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::Return(_) => true,
        StmtKind::If { body, orelse, .. } => always_returns(body) && always_returns(orelse),
        StmtKind::While { test, body } => matches!(test.kind, ExprKind::Bool(true)) && !contains_break(body),
        StmtKind::Raise(_) => true,
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            always_returns(finalbody)
                || ((always_returns(body) || always_returns(orelse))
                    && handlers.iter().all(|h| always_returns(&h.body)))
        }
        _ => false,
    })
}

/// Whether `body` has a `break` of the loop it is the body of (a `break` inside a nested loop
/// belongs to that loop).
pub fn contains_break(body: &[Stmt]) -> bool {
    struct Breaks(bool);
    impl<'ir> Visitor<'ir> for Breaks {
        fn visit_stmt(&mut self, s: &'ir Stmt) {
            match &s.kind {
                StmtKind::Break => self.0 = true,
                StmtKind::For { .. } | StmtKind::While { .. } => {}
                _ => visit::walk_stmt(self, s),
            }
        }
        fn visit_expr(&mut self, _: &'ir Expr) {}
    }
    let mut v = Breaks(false);
    v.visit_body(body);
    v.0
}

/// Whether a function with this body is a generator (`yield` or `yield from` anywhere in it;
/// nested functions are functions of their own).
pub fn is_generator(body: &[Stmt]) -> bool {
    statements(body).iter().any(|s| matches!(s.kind, StmtKind::Yield(_) | StmtKind::YieldFrom(_)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Function;
    use crate::source::SourceFile;
    use std::path::Path;

    pub(crate) fn function(src: &str) -> Function {
        let file = SourceFile::new(Path::new("t.py"), src.to_string());
        let m = crate::syntax::read(&file).unwrap_or_else(|_| panic!("lowers")).module;
        m.functions.into_iter().next().expect("one function")
    }

    #[test]
    fn assigned_names_are_the_statements_bindings() {
        let f = function(
            r#"
def f(a):
    x = 1
    for i, j in a:
        a[i] = [k for k in a]
        try:
            y = 2
        except ValueError as e:
            x = 3
    return x
"#,
        );
        let mut names = Vec::new();
        assigned_names(&f.body, &mut names);
        let names: Vec<&str> = names.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["x", "i", "j", "y", "e"]);
    }

    #[test]
    fn reads_and_breaks() {
        let f = function(
            r#"
def f(a, n):
    while n > 0:
        if a[n] > 0:
            try:
                break
            finally:
                n -= 1
        for k in range(n):
            break
"#,
        );
        let StmtKind::While { test, body } = &f.body[0].kind else { panic!("a while") };
        assert!(reads(test, "n") && !reads(test, "a"));
        assert!(contains_break(body));
        let StmtKind::For { body: inner, .. } = &body[1].kind else { panic!("a for") };
        assert!(contains_break(inner) && !contains_break(&body[1..]));
        assert!(!always_returns(&f.body));
    }

    #[test]
    fn occurrences_and_loops_reach_every_block() {
        let f = function(
            r#"
def f(a, n):
    for i in range(n):
        try:
            for j in range(i):
                a[j] = [k * n for k in a]
        except ValueError as e:
            raise e
        finally:
            assert n > 0, f"{i}"
"#,
        );
        let mut names = Vec::new();
        occurrences(&f.body, None, &mut |n, _| names.push(n));
        assert_eq!(names.join(" "), "n i i j a n a j e e n i");
        let inner = for_loops(&f.body)[1];
        let mut outside = Vec::new();
        occurrences(&f.body, Some(inner), &mut |n, _| outside.push(n));
        assert_eq!(outside.join(" "), "n i e e n i");
        assert_eq!(for_loops(&f.body).len(), 2);
    }
}
