//! Statements: blocks, assignments and their targets, loops (`for ... else`), `if` chains,
//! `try`/`raise`/`assert`.

use super::*;

/// The loop over `range(args...)` (1 to 3 arguments: stop; start, stop; start, stop, step).
pub(super) fn range_iter(args: Vec<ir::Expr>) -> Option<ir::ForIter> {
    let mut it = args.into_iter();
    let (a, b, c, d) = (it.next(), it.next(), it.next(), it.next());
    match (a, b, c, d) {
        (Some(stop), None, None, None) => Some(ir::ForIter::Range { start: None, stop, step: None }),
        (Some(start), Some(stop), step, None) => Some(ir::ForIter::Range { start: Some(start), stop, step }),
        _ => None,
    }
}

impl FnLower<'_> {
    /// `target = f(...)` where `f` assigns `nonlocal` variables of this function: `f` returns
    /// them after its result, assigned here with it (`target, w1, w2 = f(...)`).
    fn nonlocal_assign(
        &mut self,
        target: Target,
        call: &ast::Expr,
        writes: Vec<String>,
        sp: Span,
        out: &mut Vec<ir::Stmt>,
    ) {
        self.nonlocal_call_ok = true;
        let value = self.expr(call);
        self.nonlocal_call_ok = false;
        let mut targets = vec![target];
        targets.extend(writes.into_iter().map(|w| Target::Name(w, sp)));
        out.push(ir::Stmt { span: sp, kind: StmtKind::Assign { target: Target::Tuple(targets, sp), value } });
    }

    pub(super) fn block(&mut self, body: &[ast::Stmt]) -> Vec<ir::Stmt> {
        let mut out = Vec::new();
        for s in body {
            // a string alone on a line (docstrings) has no effect
            if let ast::Stmt::Expr(e) = s {
                if e.value.is_string_literal_expr() {
                    continue;
                }
            }
            self.stmt(s, &mut out);
        }
        out
    }

    pub(super) fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<ir::Stmt>) {
        self.stmt_inner(s, out);
        // a module variable assigned by this statement: stored once its temporary is set
        out.append(&mut self.pending_sets);
    }

    fn stmt_inner(&mut self, s: &ast::Stmt, out: &mut Vec<ir::Stmt>) {
        let sp = span(s.range());
        let kind = match s {
            ast::Stmt::Assign(a) => {
                // `f = lambda ...`: compiled as a function of the file (see `nested_functions`)
                if let ([ast::Expr::Name(n)], ast::Expr::Lambda(_)) = (a.targets.as_slice(), &*a.value) {
                    if self.local_funcs.contains_key(n.id.as_str()) {
                        return;
                    }
                }
                if let (Some(writes), [t @ ast::Expr::Name(_)]) = (self.nonlocal_call(&a.value), a.targets.as_slice()) {
                    // `x = f(...)` of a function assigning `nonlocal` variables
                    let target = self.target(t);
                    return self.nonlocal_assign(target, &a.value, writes, sp, out);
                }
                let value = match &*a.value {
                    // `x = yield v`: the yield, then `x =` what the generator was resumed with
                    // (`GenSent`: None for `next(g)`, `for` & co; the value of `g.send(v)`)
                    ast::Expr::Yield(y) => {
                        let v = match &y.value {
                            Some(v) => self.expr(v),
                            None => self.expr_node(sp, ExprKind::None),
                        };
                        out.push(ir::Stmt { span: sp, kind: StmtKind::Yield(v) });
                        self.expr_node(
                            span(y.range),
                            ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::GenSent), Vec::new()),
                        )
                    }
                    // `r = yield from g`: `g` into a temporary, the yield from it, then `r =` the
                    // value its body returned (`GenReturn`)
                    ast::Expr::YieldFrom(y) => {
                        let g = self.expr(&y.value);
                        self.comp_count += 1;
                        let tmp = format!("__pyrs_sub{}", self.comp_count);
                        self.locals.insert(tmp.clone());
                        let gs = g.span;
                        out.push(ir::Stmt {
                            span: sp,
                            kind: StmtKind::Assign { target: Target::Name(tmp.clone(), gs), value: g },
                        });
                        let read = self.expr_node(gs, ExprKind::Local(tmp.clone()));
                        out.push(ir::Stmt { span: sp, kind: StmtKind::YieldFrom(read) });
                        let read = self.expr_node(gs, ExprKind::Local(tmp));
                        self.expr_node(
                            span(y.range),
                            ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::GenReturn), vec![read]),
                        )
                    }
                    v => self.expr(v),
                };
                if a.targets.len() == 1 {
                    let target = self.target(&a.targets[0]);
                    StmtKind::Assign { target, value }
                } else {
                    // `a = b = v`: assign `a`, then each other target from `a`
                    let first = self.target(&a.targets[0]);
                    let Target::Name(first_name, first_span) = &first else {
                        // `a[0] = a[-1] = v`: the value once into a temporary, then each
                        // target from left to right, as CPython does
                        self.comp_count += 1;
                        let tmp = format!("__pyrs_chain{}", self.comp_count);
                        self.locals.insert(tmp.clone());
                        out.push(ir::Stmt {
                            span: sp,
                            kind: StmtKind::Assign { target: Target::Name(tmp.clone(), value.span), value },
                        });
                        let mut first = Some(first.clone());
                        for t in &a.targets {
                            let target = first.take().unwrap_or_else(|| self.target(t));
                            let value = self.expr_node(span(t.range()), ExprKind::Local(tmp.clone()));
                            out.push(ir::Stmt { span: sp, kind: StmtKind::Assign { target, value } });
                        }
                        return;
                    };
                    let (first_name, first_span) = (first_name.clone(), *first_span);
                    out.push(ir::Stmt { span: sp, kind: StmtKind::Assign { target: first, value } });
                    for t in &a.targets[1..] {
                        let target = self.target(t);
                        let value = self.expr_node(first_span, ExprKind::Local(first_name.clone()));
                        out.push(ir::Stmt { span: sp, kind: StmtKind::Assign { target, value } });
                    }
                    return;
                }
            }
            ast::Stmt::AnnAssign(a) => match &a.value {
                Some(v) => {
                    let value = self.expr(v);
                    let target = self.target(&a.target);
                    StmtKind::Assign { target, value }
                }
                None => return,
            },
            ast::Stmt::AugAssign(a) => {
                let Some(op) = self.binop(a.op, sp) else { return };
                if let ast::Expr::Name(n) = &*a.target {
                    if self.global_writes.contains(n.id.as_str()) {
                        // `count += x` of a module variable (a number, a string or a tuple:
                        // `+=` makes a new value, as `count = count + x`)
                        let name = n.id.to_string();
                        let tsp = span(n.range);
                        let current = self.expr_node(tsp, ExprKind::Global(name.clone()));
                        let value = self.expr(&a.value);
                        let new = self.expr_node(sp, ExprKind::BinOp(op, Box::new(current), Box::new(value)));
                        let set = self.expr_node(sp, ExprKind::SetGlobal(name, Box::new(new)));
                        out.push(ir::Stmt { span: sp, kind: StmtKind::Expr(set) });
                        return;
                    }
                }
                let value = self.expr(&a.value);
                let target = self.target(&a.target);
                if let Target::Tuple(..) = target {
                    self.err(sp, "augmented assignment to a tuple is not valid Python");
                }
                StmtKind::AugAssign { target, op, value }
            }
            ast::Stmt::Expr(e) => match &*e.value {
                ast::Expr::Yield(y) => match &y.value {
                    Some(v) => StmtKind::Yield(self.expr(v)),
                    None => StmtKind::Yield(self.expr_node(sp, ExprKind::None)),
                },
                ast::Expr::YieldFrom(y) => StmtKind::YieldFrom(self.expr(&y.value)),
                v if self.nonlocal_call(v).is_some() => {
                    let writes = self.nonlocal_call(v).expect("checked");
                    self.comp_count += 1;
                    let tmp = format!("__pyrs_result{}", self.comp_count);
                    self.locals.insert(tmp.clone());
                    let target = Target::Name(tmp, sp);
                    return self.nonlocal_assign(target, v, writes, sp, out);
                }
                v => StmtKind::Expr(self.expr(v)),
            },
            ast::Stmt::If(i) => {
                let test = self.expr(&i.test);
                let body = self.block(&i.body);
                let orelse = self.elif_chain(&i.elif_else_clauses);
                StmtKind::If { test, body, orelse }
            }
            ast::Stmt::While(w) => {
                let test = self.expr(&w.test);
                let body = self.block(&w.body);
                if !w.orelse.is_empty() {
                    return self.loop_else(sp, body, &w.orelse, out, |body| StmtKind::While { test, body });
                }
                StmtKind::While { test, body }
            }
            ast::Stmt::For(f) => {
                if f.is_async {
                    self.err(sp, "`async for` is not supported");
                }
                let target = self.target(&f.target);
                // a module variable as the loop variable: stored at the top of each iteration
                let sets = std::mem::take(&mut self.pending_sets);
                let iter = self.for_iter(&f.iter);
                let mut body = self.block(&f.body);
                body.splice(0..0, sets);
                if !f.orelse.is_empty() {
                    return self.loop_else(sp, body, &f.orelse, out, |body| StmtKind::For {
                        target,
                        iter,
                        body,
                        parallel: None,
                    });
                }
                StmtKind::For { target, iter, body, parallel: None }
            }
            ast::Stmt::Return(r) if !self.nonlocal_out.is_empty() => {
                // a function with `nonlocal` variables returns them after its result
                let v = match &r.value {
                    Some(v) => self.expr(v),
                    None => self.expr_node(sp, ExprKind::None),
                };
                StmtKind::Return(Some(self.with_nonlocals(v, sp)))
            }
            ast::Stmt::Return(r) => StmtKind::Return(r.value.as_ref().map(|v| self.expr(v))),
            ast::Stmt::Nonlocal(n) => {
                for i in &n.names {
                    if !self.nonlocal_out.iter().any(|w| w == i.id.as_str()) && self.errors.is_empty() {
                        self.err(span(i.range), format!("no binding for nonlocal `{}` found", i.id));
                    }
                }
                return;
            }
            ast::Stmt::Break(_) => StmtKind::Break,
            ast::Stmt::Continue(_) => StmtKind::Continue,
            ast::Stmt::Pass(_) => StmtKind::Pass,
            // bound for the whole function before lowering (see `function_imports`)
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => return,
            // lowered as functions of the file (see `nested_functions`); globals are checked there
            ast::Stmt::FunctionDef(_) | ast::Stmt::Global(_) => return,
            ast::Stmt::Raise(r) => match self.raise(r) {
                Some(k) => StmtKind::Raise(k),
                None => return,
            },
            ast::Stmt::Assert(a) => {
                StmtKind::Assert { test: self.expr(&a.test), msg: a.msg.as_ref().map(|m| self.expr(m)) }
            }
            ast::Stmt::Try(t) => {
                if t.is_star {
                    self.err(Span { start: sp.start, end: first_line_end(sp, s) }, "`except*` is not supported");
                    return;
                }
                let body = self.block(&t.body);
                let mut handlers = Vec::new();
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    let hs = span(h.range);
                    let classes = match h.type_.as_deref() {
                        None => Vec::new(),
                        Some(ast::Expr::Tuple(tu)) => tu.elts.iter().filter_map(|e| self.exception_class(e)).collect(),
                        Some(e) => self.exception_class(e).into_iter().collect(),
                    };
                    let name = h.name.as_ref().map(|n| n.id.to_string());
                    if let Some(n) = &name {
                        self.locals.insert(n.clone());
                    }
                    self.in_except += 1;
                    let hbody = self.block(&h.body);
                    self.in_except -= 1;
                    handlers.push(ir::Handler { span: hs, classes, name, body: hbody });
                }
                let orelse = self.block(&t.orelse);
                let finalbody = self.block(&t.finalbody);
                StmtKind::Try { body, handlers, orelse, finalbody }
            }
            ast::Stmt::With(w) => {
                if w.is_async {
                    self.err(Span { start: sp.start, end: first_line_end(sp, s) }, "`async with` is not supported");
                    return;
                }
                if let Some(k) = self.with_open(&w.items, &w.body, sp) {
                    out.push(ir::Stmt { span: sp, kind: k });
                }
                return;
            }
            ast::Stmt::Delete(d) => {
                for t in &d.targets {
                    match t {
                        ast::Expr::Subscript(x) => {
                            let value = self.expr(&x.value);
                            let index = self.index(&x.slice);
                            out.push(ir::Stmt { span: sp, kind: StmtKind::Delete { value, index } });
                        }
                        other => self.err(span(other.range()), "only `del container[index]` is supported"),
                    }
                }
                return;
            }
            other => {
                let what = describe_stmt(other);
                let at = Span { start: sp.start, end: first_line_end(sp, other) };
                self.err(at, format!("{what} is not supported yet"));
                return;
            }
        };
        out.push(ir::Stmt { span: sp, kind });
    }

    /// `with open(...) as f: body` (several items nest): `f = open(...)`, then the body with
    /// `f.close()` after it however it ends (a `try`/`finally`). Files are the only context
    /// managers pyrs compiles.
    fn with_open(&mut self, items: &[ast::WithItem], body: &[ast::Stmt], sp: Span) -> Option<StmtKind> {
        let Some((item, rest)) = items.split_first() else {
            return Some(StmtKind::Try {
                body: self.block(body),
                handlers: Vec::new(),
                orelse: Vec::new(),
                finalbody: Vec::new(),
            });
        };
        let is_open = matches!(&item.context_expr, ast::Expr::Call(c)
            if matches!(&*c.func, ast::Expr::Name(n) if n.id.as_str() == "open" && !self.is_local("open") && !self.scope.globals.contains_key("open")));
        if !is_open {
            self.err(span(item.context_expr.range()), "`with` is supported for files only: `with open(...) as f:`");
            return None;
        }
        let Some(ast::Expr::Name(name)) = item.optional_vars.as_deref() else {
            self.err(span(item.range), "`with open(...)` needs `as NAME` in compiled code");
            return None;
        };
        let n = name.id.to_string();
        let at = span(item.range);
        let value = self.expr(&item.context_expr);
        let inner = match rest {
            [] => self.block(body),
            _ => {
                let k = self.with_open(rest, body, sp)?;
                vec![ir::Stmt { span: sp, kind: k }]
            }
        };
        let f = self.expr_node(at, ExprKind::Local(n.clone()));
        let close = self.expr_node(
            at,
            ExprKind::CallMethod { receiver: Box::new(f), method: Method::Close, method_span: at, args: Vec::new() },
        );
        let assign =
            ir::Stmt { span: at, kind: StmtKind::Assign { target: ir::Target::Name(n, span(name.range)), value } };
        let guarded = ir::Stmt {
            span: sp,
            kind: StmtKind::Try {
                body: inner,
                handlers: Vec::new(),
                orelse: Vec::new(),
                finalbody: vec![ir::Stmt { span: at, kind: StmtKind::Expr(close) }],
            },
        };
        Some(StmtKind::Try {
            body: vec![assign, guarded],
            handlers: Vec::new(),
            orelse: Vec::new(),
            finalbody: Vec::new(),
        })
    }

    /// A builtin exception class named in `except` (or `None`, with the error reported).
    pub(super) fn exception_class(&mut self, e: &ast::Expr) -> Option<&'static str> {
        if let ast::Expr::Name(n) = e {
            if !self.is_local(n.id.as_str()) && !self.scope.globals.contains_key(n.id.as_str()) {
                if let Some(c) = library::EXCEPTIONS.iter().find(|c| **c == n.id.as_str()) {
                    return Some(c);
                }
            }
        }
        if self.is_linalg_error(e) {
            return Some("LinAlgError");
        }
        let what = match e {
            ast::Expr::Name(n) => format!("`{}` is not a builtin exception class", n.id),
            other => format!("`except` of {} is not supported", describe_expr(other)),
        };
        self.err(
            span(e.range()),
            format!("{what}: compiled code catches builtin exceptions ({})", library::EXCEPTIONS.join(", ")),
        );
        None
    }

    /// `np.linalg.LinAlgError` (`numpy.linalg.LinAlgError`, or the name imported from
    /// `numpy.linalg`): numpy's class, a ValueError, that compiled code raises and catches.
    fn is_linalg_error(&self, e: &ast::Expr) -> bool {
        use super::{Global, Module};
        match e {
            ast::Expr::Name(n) if !self.is_local(n.id.as_str()) => matches!(
                self.scope.globals.get(n.id.as_str()),
                Some(Global::OtherImport(full)) if full == "numpy.linalg.LinAlgError"
            ),
            ast::Expr::Attribute(a) if a.attr.id.as_str() == "LinAlgError" => match &*a.value {
                // `la.LinAlgError` with `import numpy.linalg as la` / `from numpy import linalg`
                ast::Expr::Name(m) if !self.is_local(m.id.as_str()) => {
                    matches!(self.scope.globals.get(m.id.as_str()), Some(Global::KnownModule(Module::NumpyLinalg)))
                }
                ast::Expr::Attribute(inner) if inner.attr.id.as_str() == "linalg" => match &*inner.value {
                    ast::Expr::Name(m) if !self.is_local(m.id.as_str()) => {
                        matches!(self.scope.globals.get(m.id.as_str()), Some(Global::KnownModule(Module::Numpy)))
                    }
                    _ => false,
                },
                _ => false,
            },
            _ => false,
        }
    }

    pub(super) fn raise(&mut self, r: &ast::StmtRaise) -> Option<ir::Raise> {
        let sp = span(r.range);
        let Some(exc) = r.exc.as_deref() else {
            if self.in_except == 0 {
                self.err(sp, "a bare `raise` is only supported inside an `except` block");
                return None;
            }
            return Some(ir::Raise::Reraise);
        };
        let class_of = |lw: &Self, e: &ast::Expr| -> Option<&'static str> {
            match e {
                ast::Expr::Name(n) if !lw.is_local(n.id.as_str()) && !lw.scope.globals.contains_key(n.id.as_str()) => {
                    library::EXCEPTIONS.iter().find(|c| **c == n.id.as_str()).copied()
                }
                _ => None,
            }
        };
        match exc {
            ast::Expr::Name(n) if self.is_local(n.id.as_str()) => Some(ir::Raise::Var(n.id.to_string())),
            e if class_of(self, e).is_some() => Some(ir::Raise::New { class: class_of(self, e).unwrap(), msg: None }),
            ast::Expr::Call(c) if class_of(self, &c.func).is_some() => {
                let class = class_of(self, &c.func).unwrap();
                if !c.arguments.keywords.is_empty() || c.arguments.args.len() > 1 {
                    self.err(
                        span(c.range()),
                        "an exception with more than one argument is not supported: pass one message",
                    );
                    return None;
                }
                let msg = c.arguments.args.first().map(|a| self.expr(a));
                Some(ir::Raise::New { class, msg })
            }
            other => {
                self.err(
                    span(other.range()),
                    format!(
                        "raising {} is not supported: raise a builtin exception ({})",
                        describe_expr(other),
                        library::EXCEPTIONS.join(", ")
                    ),
                );
                None
            }
        }
    }

    /// A loop with an `else:` block, as `broke = False; loop (each `break` of this loop
    /// also sets `broke`); if not broke: else-block`.
    pub(super) fn loop_else(
        &mut self,
        sp: Span,
        mut body: Vec<ir::Stmt>,
        orelse: &[ast::Stmt],
        out: &mut Vec<ir::Stmt>,
        make: impl FnOnce(Vec<ir::Stmt>) -> StmtKind,
    ) {
        self.comp_count += 1;
        let flag = format!("__pyrs_broke{}", self.comp_count);
        self.locals.insert(flag.clone());
        self.mark_breaks(&mut body, &flag);
        let f = self.expr_node(sp, ExprKind::Bool(false));
        out.push(ir::Stmt { span: sp, kind: StmtKind::Assign { target: Target::Name(flag.clone(), sp), value: f } });
        out.push(ir::Stmt { span: sp, kind: make(body) });
        let els = self.block(orelse);
        let local = self.expr_node(sp, ExprKind::Local(flag));
        let test = self.expr_node(sp, ExprKind::Unary(ir::UnaryOp::Not, Box::new(local)));
        out.push(ir::Stmt { span: sp, kind: StmtKind::If { test, body: els, orelse: Vec::new() } });
    }

    /// `break` of the loop whose body this is (not of nested loops) → `flag = True; break`.
    pub(super) fn mark_breaks(&mut self, body: &mut Vec<ir::Stmt>, flag: &str) {
        use ir::visit::{walk_body_mut, walk_stmt_mut, VisitorMut};
        struct MarkBreaks<'l, 'a> {
            lower: &'l mut FnLower<'a>,
            flag: &'l str,
        }
        impl VisitorMut for MarkBreaks<'_, '_> {
            fn visit_body_mut(&mut self, body: &mut Vec<ir::Stmt>) {
                let mut k = 0;
                while k < body.len() {
                    if let StmtKind::Break = body[k].kind {
                        let sp = body[k].span;
                        let value = self.lower.expr_node(sp, ExprKind::Bool(true));
                        let target = Target::Name(self.flag.to_string(), sp);
                        body.insert(k, ir::Stmt { span: sp, kind: StmtKind::Assign { target, value } });
                        k += 1;
                    }
                    k += 1;
                }
                walk_body_mut(self, body)
            }
            fn visit_stmt_mut(&mut self, s: &mut ir::Stmt) {
                // the `break`s of a nested loop are its own
                if !matches!(s.kind, StmtKind::For { .. } | StmtKind::While { .. }) {
                    walk_stmt_mut(self, s)
                }
            }
            fn visit_expr_mut(&mut self, _: &mut ir::Expr) {}
        }
        MarkBreaks { lower: self, flag }.visit_body_mut(body)
    }

    pub(super) fn elif_chain(&mut self, clauses: &[ast::ElifElseClause]) -> Vec<ir::Stmt> {
        let Some((first, rest)) = clauses.split_first() else { return Vec::new() };
        match &first.test {
            None => self.block(&first.body),
            Some(test) => {
                let test = self.expr(test);
                let body = self.block(&first.body);
                let orelse = self.elif_chain(rest);
                vec![ir::Stmt { span: span(first.range), kind: StmtKind::If { test, body, orelse } }]
            }
        }
    }

    pub(super) fn for_iter(&mut self, iter: &ast::Expr) -> ir::ForIter {
        if let ast::Expr::Call(c) = iter {
            if let ast::Expr::Name(n) = &*c.func {
                if n.id.as_str() == "range" && self.resolves_to_builtin("range") {
                    if let Some(k) = c.arguments.keywords.first() {
                        self.err(span(k.range), "range() takes no keyword arguments");
                    }
                    let args: Vec<ir::Expr> = c.arguments.args.iter().map(|a| self.expr(a)).collect();
                    let n = args.len();
                    return range_iter(args).unwrap_or_else(|| {
                        self.err(span(c.range()), format!("range expected 1 to 3 arguments, got {n}"));
                        ir::ForIter::Seq(self.bad(span(c.range())))
                    });
                }
            }
        }
        ir::ForIter::Seq(self.expr(iter))
    }

    pub(super) fn target(&mut self, e: &ast::Expr) -> Target {
        let sp = span(e.range());
        match e {
            ast::Expr::Name(n)
                if self.renamed(n.id.as_str()).is_none() && self.global_writes.contains(n.id.as_str()) =>
            {
                // a module variable: assigned through a temporary, stored after the statement
                self.comp_count += 1;
                let tmp = format!("__pyrs_global{}", self.comp_count);
                self.locals.insert(tmp.clone());
                let value = self.expr_node(sp, ExprKind::Local(tmp.clone()));
                let set = self.expr_node(sp, ExprKind::SetGlobal(n.id.to_string(), Box::new(value)));
                self.pending_sets.push(ir::Stmt { span: sp, kind: StmtKind::Expr(set) });
                Target::Name(tmp, sp)
            }
            ast::Expr::Name(n) => Target::Name(self.renamed(n.id.as_str()).unwrap_or_else(|| n.id.to_string()), sp),
            ast::Expr::Tuple(t) => Target::Tuple(t.elts.iter().map(|e| self.target(e)).collect(), sp),
            ast::Expr::List(t) => Target::Tuple(t.elts.iter().map(|e| self.target(e)).collect(), sp),
            ast::Expr::Subscript(s) => {
                let value = self.expr(&s.value);
                let index = self.index(&s.slice);
                Target::Subscript { value, index, span: sp }
            }
            ast::Expr::Attribute(_) => {
                self.err(sp, "assigning to an attribute is not supported");
                Target::Name("_".into(), sp)
            }
            _ => {
                self.err(sp, format!("cannot assign to {}", describe_expr(e)));
                Target::Name("_".into(), sp)
            }
        }
    }
}

/// The end of the first line of a compound statement (so a caret covers `try:`, not the
/// whole block).
pub(super) fn first_line_end(sp: Span, s: &ast::Stmt) -> u32 {
    let body_start = match s {
        ast::Stmt::Try(t) => t.body.first().map(|b| b.range().start().to_u32()),
        ast::Stmt::With(w) => w.body.first().map(|b| b.range().start().to_u32()),
        ast::Stmt::ClassDef(c) => c.body.first().map(|b| b.range().start().to_u32()),
        ast::Stmt::FunctionDef(f) => Some(f.name.range.end().to_u32()),
        ast::Stmt::Match(m) => Some(m.subject.range().end().to_u32()),
        _ => None,
    };
    body_start.map(|b| b.min(sp.end)).unwrap_or(sp.end)
}
