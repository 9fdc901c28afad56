//! Lowering ruff's AST to the IR: resolves names (locals, functions of the file, builtins,
//! `math` and `numpy` however they were imported) and rejects, with a precise span, every
//! construct pyrs does not compile yet.

use super::parse::span;
use crate::diag::Diagnostic;
use crate::ir::{self, ExprId, ExprKind, Intrinsic, Span, StmtKind, Target};
use ruff_python_ast as ast;
use ruff_python_ast::Number;
use ruff_text_size::Ranged;
use std::collections::{HashMap, HashSet};

#[derive(Clone, Debug, PartialEq)]
enum Global {
    /// a module we know: `math` or `numpy`
    KnownModule(&'static str),
    /// an imported module pyrs has no implementation of
    OtherModule(String),
    /// `from math import sqrt`
    Intrinsic(Intrinsic),
    /// `from somewhere import thing` that pyrs does not know
    OtherImport(String),
    Function,
}

struct Scope {
    globals: HashMap<String, Global>,
}

pub fn lower_module(module: &ast::ModModule) -> Result<ir::Module, Vec<Diagnostic>> {
    let mut scope = Scope { globals: HashMap::new() };
    let mut errors = Vec::new();
    // first pass: names defined at module level
    for stmt in &module.body {
        match stmt {
            ast::Stmt::FunctionDef(f) => {
                scope.globals.insert(f.name.id.to_string(), Global::Function);
            }
            ast::Stmt::Import(imp) => {
                for alias in &imp.names {
                    let full = alias.name.id.as_str();
                    let bound = alias.asname.as_ref().map(|a| a.id.as_str());
                    let module_kind = match full {
                        "math" => Global::KnownModule("math"),
                        "numpy" => Global::KnownModule("numpy"),
                        other => Global::OtherModule(other.to_string()),
                    };
                    // `import a.b` binds `a`
                    let name = bound.unwrap_or_else(|| full.split('.').next().unwrap_or(full));
                    scope.globals.insert(name.to_string(), module_kind);
                }
            }
            ast::Stmt::ImportFrom(imp) => {
                let module_name = imp.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
                for alias in &imp.names {
                    let name = alias.name.id.as_str();
                    let bound = alias.asname.as_ref().map(|a| a.id.as_str()).unwrap_or(name);
                    if name == "*" {
                        errors.push(Diagnostic::new(span(alias.range), "`import *` is not supported: import the names you use"));
                        continue;
                    }
                    let g = match (module_name, imp.level) {
                        ("math", 0) => known(MATH, name).map(|n| Global::Intrinsic(Intrinsic::Math(n))),
                        ("numpy", 0) => known(NUMPY, name).map(|n| Global::Intrinsic(Intrinsic::Numpy(n))),
                        _ => None,
                    }
                    .unwrap_or_else(|| Global::OtherImport(format!("{module_name}.{name}")));
                    scope.globals.insert(bound.to_string(), g);
                }
            }
            _ => {}
        }
    }
    let mut functions = Vec::new();
    for (i, stmt) in module.body.iter().enumerate() {
        match stmt {
            ast::Stmt::FunctionDef(f) => functions.push(lower_function(&scope, f)),
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) | ast::Stmt::Pass(_) => {}
            // the module docstring
            ast::Stmt::Expr(e) if i == 0 && e.value.is_string_literal_expr() => {}
            ast::Stmt::If(s) if is_main_guard(&s.test) => {}
            ast::Stmt::ClassDef(c) => errors.push(Diagnostic::new(
                Span { start: span(c.range).start, end: span(c.name.range).end },
                "classes are not supported: pyrs compiles functions over numbers, arrays and containers",
            )),
            other => errors.push(
                Diagnostic::new(
                    span(other.range()),
                    format!("{} at module level is not supported yet", describe_stmt(other)),
                )
                .help("a compiled module only defines its functions: move this code into a function or under `if __name__ == \"__main__\":`"),
            ),
        }
    }
    if errors.is_empty() {
        Ok(ir::Module { functions })
    } else {
        Err(errors)
    }
}

const MATH: (&[&str], &[&str]) = (ir::MATH_FUNCTIONS, ir::MATH_CONSTANTS);
const NUMPY: (&[&str], &[&str]) = (ir::NUMPY_FUNCTIONS, ir::NUMPY_CONSTANTS);

fn known(table: (&[&'static str], &[&'static str]), name: &str) -> Option<&'static str> {
    table.0.iter().chain(table.1.iter()).find(|n| **n == name).copied()
}

fn is_main_guard(test: &ast::Expr) -> bool {
    if let ast::Expr::Compare(c) = test {
        if let (ast::Expr::Name(n), [ast::CmpOp::Eq], [ast::Expr::StringLiteral(s)]) =
            (&*c.left, &*c.ops, &*c.comparators)
        {
            return n.id.as_str() == "__name__" && s.value.to_str() == "__main__";
        }
    }
    false
}

fn describe_stmt(s: &ast::Stmt) -> &'static str {
    match s {
        ast::Stmt::FunctionDef(_) => "a nested function definition",
        ast::Stmt::ClassDef(_) => "`class`",
        ast::Stmt::Return(_) => "`return`",
        ast::Stmt::Delete(_) => "`del`",
        ast::Stmt::TypeAlias(_) => "`type` alias",
        ast::Stmt::Assign(_) | ast::Stmt::AnnAssign(_) => "an assignment",
        ast::Stmt::AugAssign(_) => "an augmented assignment",
        ast::Stmt::For(_) => "a `for` loop",
        ast::Stmt::While(_) => "a `while` loop",
        ast::Stmt::If(_) => "an `if` statement",
        ast::Stmt::With(_) => "`with`",
        ast::Stmt::Match(_) => "`match`",
        ast::Stmt::Raise(_) => "`raise`",
        ast::Stmt::Try(_) => "`try`",
        ast::Stmt::Assert(_) => "`assert`",
        ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => "an import inside a function",
        ast::Stmt::Global(_) => "`global`",
        ast::Stmt::Nonlocal(_) => "`nonlocal`",
        ast::Stmt::Expr(_) => "an expression statement",
        ast::Stmt::Pass(_) => "`pass`",
        ast::Stmt::Break(_) => "`break`",
        ast::Stmt::Continue(_) => "`continue`",
        ast::Stmt::IpyEscapeCommand(_) => "an IPython escape command",
    }
}

fn describe_expr(e: &ast::Expr) -> &'static str {
    match e {
        ast::Expr::Named(_) => "the walrus operator `:=`",
        ast::Expr::Lambda(_) => "`lambda`",
        ast::Expr::Dict(_) => "a dict display",
        ast::Expr::Set(_) => "a set display",
        ast::Expr::ListComp(_) => "a list comprehension",
        ast::Expr::SetComp(_) => "a set comprehension",
        ast::Expr::DictComp(_) => "a dict comprehension",
        ast::Expr::Generator(_) => "a generator expression",
        ast::Expr::Await(_) => "`await`",
        ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => "`yield` (generators)",
        ast::Expr::FString(_) | ast::Expr::TString(_) => "an f-string",
        ast::Expr::StringLiteral(_) => "a string",
        ast::Expr::BytesLiteral(_) => "a bytes literal",
        ast::Expr::EllipsisLiteral(_) => "`...`",
        ast::Expr::Starred(_) => "a starred expression",
        ast::Expr::Slice(_) => "a slice",
        ast::Expr::IpyEscapeCommand(_) => "an IPython escape command",
        _ => "this expression",
    }
}

struct FnLower<'a> {
    scope: &'a Scope,
    locals: HashSet<String>,
    next_id: u32,
    errors: Vec<Diagnostic>,
}

fn lower_function(scope: &Scope, f: &ast::StmtFunctionDef) -> ir::Function {
    let mut lw = FnLower { scope, locals: HashSet::new(), next_id: 0, errors: Vec::new() };
    let name_span = span(f.name.range);
    if f.is_async {
        lw.err(span(f.range), "`async def` is not supported");
    }
    if let Some(d) = f.decorator_list.first() {
        lw.err(span(d.range), "decorators are not supported: pyrs compiles plain functions");
    }
    let p = &f.parameters;
    let mut params = Vec::new();
    for pd in p.posonlyargs.iter().chain(p.args.iter()) {
        if let Some(d) = &pd.default {
            lw.err(span(d.range()), "default argument values are not supported yet");
        }
        params.push(ir::Param { name: pd.parameter.name.id.to_string(), span: span(pd.parameter.range) });
    }
    if let Some(v) = &p.vararg {
        lw.err(span(v.range), "`*args` is not supported");
    }
    if let Some(v) = &p.kwarg {
        lw.err(span(v.range), "`**kwargs` is not supported");
    }
    if let Some(k) = p.kwonlyargs.first() {
        lw.err(span(k.range), "keyword-only arguments are not supported");
    }
    for prm in &params {
        lw.locals.insert(prm.name.clone());
    }
    collect_assigned(&f.body, &mut lw.locals);
    let body = lw.block(&f.body, true);
    ir::Function {
        name: f.name.id.to_string(),
        span: span(f.range),
        name_span,
        params,
        body,
        expr_count: lw.next_id,
        errors: lw.errors,
        parallel_arrays: false,
    }
}

/// Python's rule: a name assigned anywhere in a function is local to it.
fn collect_assigned(body: &[ast::Stmt], out: &mut HashSet<String>) {
    fn target(e: &ast::Expr, out: &mut HashSet<String>) {
        match e {
            ast::Expr::Name(n) => {
                out.insert(n.id.to_string());
            }
            ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| target(e, out)),
            ast::Expr::List(t) => t.elts.iter().for_each(|e| target(e, out)),
            ast::Expr::Starred(s) => target(&s.value, out),
            _ => {}
        }
    }
    for s in body {
        match s {
            ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| target(t, out)),
            ast::Stmt::AugAssign(a) => target(&a.target, out),
            ast::Stmt::AnnAssign(a) => target(&a.target, out),
            ast::Stmt::For(f) => {
                target(&f.target, out);
                collect_assigned(&f.body, out);
                collect_assigned(&f.orelse, out);
            }
            ast::Stmt::While(w) => {
                collect_assigned(&w.body, out);
                collect_assigned(&w.orelse, out);
            }
            ast::Stmt::If(i) => {
                collect_assigned(&i.body, out);
                for c in &i.elif_else_clauses {
                    collect_assigned(&c.body, out);
                }
            }
            ast::Stmt::With(w) => collect_assigned(&w.body, out),
            ast::Stmt::Try(t) => {
                collect_assigned(&t.body, out);
                collect_assigned(&t.orelse, out);
                collect_assigned(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

impl FnLower<'_> {
    fn err(&mut self, span: Span, msg: impl Into<String>) {
        self.errors.push(Diagnostic::new(span, msg));
    }

    fn expr_node(&mut self, span: Span, kind: ExprKind) -> ir::Expr {
        let id = ExprId(self.next_id);
        self.next_id += 1;
        ir::Expr { id, span, kind }
    }

    /// A placeholder for an expression that could not be lowered (its error is recorded).
    fn bad(&mut self, span: Span) -> ir::Expr {
        self.expr_node(span, ExprKind::None)
    }

    fn block(&mut self, body: &[ast::Stmt], is_function_body: bool) -> Vec<ir::Stmt> {
        let mut out = Vec::new();
        for (i, s) in body.iter().enumerate() {
            // docstrings
            if let ast::Stmt::Expr(e) = s {
                if e.value.is_string_literal_expr() && (is_function_body && i == 0 || true) {
                    continue;
                }
            }
            self.stmt(s, &mut out);
        }
        out
    }

    fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<ir::Stmt>) {
        let sp = span(s.range());
        let kind = match s {
            ast::Stmt::Assign(a) => {
                let value = self.expr(&a.value);
                if a.targets.len() == 1 {
                    let target = self.target(&a.targets[0]);
                    StmtKind::Assign { target, value }
                } else {
                    // `a = b = v`: assign `a`, then each other target from `a`
                    let first = self.target(&a.targets[0]);
                    let Target::Name(first_name, first_span) = &first else {
                        self.err(sp, "chained assignment must start with a plain name");
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
                let value = self.expr(&a.value);
                let target = self.target(&a.target);
                if let Target::Tuple(..) = target {
                    self.err(sp, "augmented assignment to a tuple is not valid Python");
                }
                StmtKind::AugAssign { target, op, value }
            }
            ast::Stmt::Expr(e) => StmtKind::Expr(self.expr(&e.value)),
            ast::Stmt::If(i) => {
                let test = self.expr(&i.test);
                let body = self.block(&i.body, false);
                let orelse = self.elif_chain(&i.elif_else_clauses);
                StmtKind::If { test, body, orelse }
            }
            ast::Stmt::While(w) => {
                if let Some(first) = w.orelse.first() {
                    self.err(span(first.range()), "`while ... else` is not supported yet");
                }
                let test = self.expr(&w.test);
                let body = self.block(&w.body, false);
                StmtKind::While { test, body }
            }
            ast::Stmt::For(f) => {
                if f.is_async {
                    self.err(sp, "`async for` is not supported");
                }
                if let Some(first) = f.orelse.first() {
                    self.err(span(first.range()), "`for ... else` is not supported yet");
                }
                let target = self.target(&f.target);
                let iter = self.for_iter(&f.iter);
                let body = self.block(&f.body, false);
                StmtKind::For { target, iter, body, parallel: None }
            }
            ast::Stmt::Return(r) => StmtKind::Return(r.value.as_ref().map(|v| self.expr(v))),
            ast::Stmt::Break(_) => StmtKind::Break,
            ast::Stmt::Continue(_) => StmtKind::Continue,
            ast::Stmt::Pass(_) => StmtKind::Pass,
            other => {
                let what = describe_stmt(other);
                let at = Span { start: sp.start, end: first_line_end(sp, other) };
                self.err(at, format!("{what} is not supported yet"));
                return;
            }
        };
        out.push(ir::Stmt { span: sp, kind });
    }

    fn elif_chain(&mut self, clauses: &[ast::ElifElseClause]) -> Vec<ir::Stmt> {
        let Some((first, rest)) = clauses.split_first() else { return Vec::new() };
        match &first.test {
            None => self.block(&first.body, false),
            Some(test) => {
                let test = self.expr(test);
                let body = self.block(&first.body, false);
                let orelse = self.elif_chain(rest);
                vec![ir::Stmt { span: span(first.range), kind: StmtKind::If { test, body, orelse } }]
            }
        }
    }

    fn for_iter(&mut self, iter: &ast::Expr) -> ir::ForIter {
        if let ast::Expr::Call(c) = iter {
            if let ast::Expr::Name(n) = &*c.func {
                if n.id.as_str() == "range" && self.resolves_to_builtin("range") {
                    if let Some(k) = c.arguments.keywords.first() {
                        self.err(span(k.range), "range() takes no keyword arguments");
                    }
                    let args: Vec<ir::Expr> = c.arguments.args.iter().map(|a| self.expr(a)).collect();
                    let mut args = args.into_iter();
                    return match c.arguments.args.len() {
                        1 => ir::ForIter::Range { start: None, stop: args.next().unwrap(), step: None },
                        2 => {
                            let start = args.next();
                            ir::ForIter::Range { start, stop: args.next().unwrap(), step: None }
                        }
                        3 => {
                            let start = args.next();
                            let stop = args.next().unwrap();
                            ir::ForIter::Range { start, stop, step: args.next() }
                        }
                        n => {
                            self.err(span(c.range()), format!("range expected 1 to 3 arguments, got {n}"));
                            ir::ForIter::Seq(self.bad(span(c.range())))
                        }
                    };
                }
            }
        }
        ir::ForIter::Seq(self.expr(iter))
    }

    fn resolves_to_builtin(&self, name: &str) -> bool {
        !self.locals.contains(name) && !self.scope.globals.contains_key(name)
    }

    fn target(&mut self, e: &ast::Expr) -> Target {
        let sp = span(e.range());
        match e {
            ast::Expr::Name(n) => Target::Name(n.id.to_string(), sp),
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

    /// The index of a subscript: expressions, slices `a:b:c`, `None`, and tuples of them.
    fn index(&mut self, e: &ast::Expr) -> ir::Expr {
        match e {
            ast::Expr::Slice(s) => {
                let part = |lw: &mut Self, x: &Option<Box<ast::Expr>>| x.as_ref().map(|x| Box::new(lw.expr(x)));
                let lower = part(self, &s.lower);
                let upper = part(self, &s.upper);
                let step = part(self, &s.step);
                self.expr_node(span(s.range), ExprKind::Slice { lower, upper, step })
            }
            ast::Expr::Tuple(t) => {
                let items = t.elts.iter().map(|x| self.index(x)).collect();
                self.expr_node(span(t.range), ExprKind::Tuple(items))
            }
            // `...` in an index (numpy's Ellipsis): whole axes
            ast::Expr::EllipsisLiteral(x) => self.expr_node(span(x.range), ExprKind::Const(Intrinsic::Numpy("Ellipsis"))),
            _ => self.expr(e),
        }
    }

    /// A `dtype=` argument: `float`, `np.float64`, `'f8'`, ...
    fn dtype(&mut self, e: &ast::Expr) -> ir::Expr {
        let sp = span(e.range());
        let spelling = match e {
            ast::Expr::Name(n) => Some(n.id.to_string()),
            ast::Expr::Attribute(a) => match &*a.value {
                ast::Expr::Name(m) if matches!(self.scope.globals.get(m.id.as_str()), Some(Global::KnownModule("numpy"))) => {
                    if a.attr.id.as_str() == "float" || a.attr.id.as_str() == "int" || a.attr.id.as_str() == "complex" {
                        self.err(sp, format!("`np.{}` was removed in NumPy 1.24: use `{}` or `np.{}64`", a.attr.id, a.attr.id, a.attr.id));
                        return self.bad(sp);
                    }
                    Some(a.attr.id.to_string())
                }
                _ => None,
            },
            ast::Expr::StringLiteral(st) => Some(st.value.to_str().to_string()),
            ast::Expr::NoneLiteral(_) => return self.expr_node(sp, ExprKind::Default),
            _ => None,
        };
        match spelling.as_deref().and_then(ir::dtype_name) {
            Some(name) => self.expr_node(sp, ExprKind::DType(name)),
            None => {
                self.err(sp, "unsupported dtype: use bool, int, float, complex or np.int64, np.float64, np.complex128");
                self.bad(sp)
            }
        }
    }

    /// One argument of a numpy function: `dtype=` spellings; a list of arrays for `arrays`
    /// (`np.concatenate([a, b])`) is taken as a tuple, as numpy does.
    fn argument(&mut self, param: &str, a: &ast::Expr) -> ir::Expr {
        match (param, a) {
            ("dtype", _) => self.dtype(a),
            // `np.meshgrid(x, y, indexing='ij')`: the choice as a bool (True for 'ij')
            ("indexing", ast::Expr::StringLiteral(st)) => {
                let sp = span(st.range);
                match st.value.to_str() {
                    "ij" => self.expr_node(sp, ExprKind::Bool(true)),
                    "xy" => self.expr_node(sp, ExprKind::Bool(false)),
                    other => {
                        self.err(sp, format!("Valid values for `indexing` are 'xy' and 'ij', not '{other}'"));
                        self.bad(sp)
                    }
                }
            }
            ("arrays" | "tup", ast::Expr::List(l)) => {
                let items = self.exprs(&l.elts);
                self.expr_node(span(l.range), ExprKind::Tuple(items))
            }
            _ => self.expr(a),
        }
    }

    /// Positional and keyword arguments of a call to a function with these parameters, as
    /// positions (left-out ones are `Default`).
    fn arguments(&mut self, c: &ast::ExprCall, params: &[&str]) -> Option<Vec<ir::Expr>> {
        let given = c.arguments.args.len();
        if given > params.len() {
            self.err(span(c.range()), format!("too many arguments: at most {} ({})", params.len(), params.join(", ")));
            return None;
        }
        let mut slots: Vec<Option<ir::Expr>> = Vec::new();
        for (k, a) in c.arguments.args.iter().enumerate() {
            let x = self.argument(params[k], a);
            slots.push(Some(x));
        }
        slots.resize_with(params.len(), || None);
        for kw in &c.arguments.keywords {
            let Some(name) = kw.arg.as_ref().map(|a| a.id.as_str()) else {
                self.err(span(kw.range), "`**kwargs` in calls is not supported");
                return None;
            };
            let Some(k) = params.iter().position(|p| *p == name) else {
                self.err(span(kw.range), format!("unexpected keyword argument `{name}` (accepted: {})", params.join(", ")));
                return None;
            };
            if slots[k].is_some() {
                self.err(span(kw.range), format!("argument `{name}` given twice"));
                return None;
            }
            let x = self.argument(name, &kw.value);
            slots[k] = Some(x);
        }
        // trailing left-out arguments are dropped; inner ones become Default
        while matches!(slots.last(), Some(None)) {
            slots.pop();
        }
        Some(
            slots
                .into_iter()
                .map(|x| x.unwrap_or_else(|| {
                    let sp = span(c.range());
                    self.expr_node(sp, ExprKind::Default)
                }))
                .collect(),
        )
    }

    fn binop(&mut self, op: ast::Operator, sp: Span) -> Option<ir::BinOp> {
        use ast::Operator as O;
        Some(match op {
            O::Add => ir::BinOp::Add,
            O::Sub => ir::BinOp::Sub,
            O::Mult => ir::BinOp::Mul,
            O::Div => ir::BinOp::Div,
            O::FloorDiv => ir::BinOp::FloorDiv,
            O::Mod => ir::BinOp::Mod,
            O::Pow => ir::BinOp::Pow,
            O::BitAnd => ir::BinOp::BitAnd,
            O::BitOr => ir::BinOp::BitOr,
            O::BitXor => ir::BinOp::BitXor,
            O::LShift => ir::BinOp::LShift,
            O::RShift => ir::BinOp::RShift,
            O::MatMult => {
                self.err(sp, "the matrix product `@=` is not supported: write `a = a @ b`");
                return None;
            }
        })
    }

    fn exprs(&mut self, es: &[ast::Expr]) -> Vec<ir::Expr> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    fn expr(&mut self, e: &ast::Expr) -> ir::Expr {
        let sp = span(e.range());
        let kind = match e {
            ast::Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => match i.as_i64() {
                    Some(v) => ExprKind::Int(v),
                    None => {
                        self.err(sp, "integer literal does not fit in 64 bits (pyrs ints are 64-bit)");
                        return self.bad(sp);
                    }
                },
                Number::Float(f) => ExprKind::Float(*f),
                Number::Complex { imag, .. } => ExprKind::Imag(*imag),
            },
            ast::Expr::BooleanLiteral(b) => ExprKind::Bool(b.value),
            ast::Expr::NoneLiteral(_) => ExprKind::None,
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                if self.locals.contains(name) {
                    ExprKind::Local(name.to_string())
                } else {
                    match self.scope.globals.get(name) {
                        Some(Global::Intrinsic(i @ Intrinsic::Math(c)))
                        | Some(Global::Intrinsic(i @ Intrinsic::Numpy(c)))
                            if ir::MATH_CONSTANTS.contains(c) || ir::NUMPY_CONSTANTS.contains(c) =>
                        {
                            ExprKind::Const(*i)
                        }
                        Some(_) => {
                            self.err(sp, format!("`{name}` can only be called here, not used as a value"));
                            return self.bad(sp);
                        }
                        None => {
                            self.err(sp, format!("name `{name}` is not defined in this function (module-level variables are not supported yet)"));
                            return self.bad(sp);
                        }
                    }
                }
            }
            ast::Expr::BinOp(b) if b.op == ast::Operator::MatMult => {
                // `a @ b` is `numpy.matmul(a, b)`
                let l = self.expr(&b.left);
                let r = self.expr(&b.right);
                ExprKind::CallIntrinsic(Intrinsic::Numpy("matmul"), vec![l, r])
            }
            ast::Expr::BinOp(b) => {
                let Some(op) = self.binop(b.op, sp) else { return self.bad(sp) };
                let l = self.expr(&b.left);
                let r = self.expr(&b.right);
                ExprKind::BinOp(op, Box::new(l), Box::new(r))
            }
            ast::Expr::UnaryOp(u) => {
                let op = match u.op {
                    ast::UnaryOp::USub => ir::UnaryOp::Neg,
                    ast::UnaryOp::UAdd => ir::UnaryOp::Pos,
                    ast::UnaryOp::Not => ir::UnaryOp::Not,
                    ast::UnaryOp::Invert => ir::UnaryOp::Invert,
                };
                // fold `-<int literal>` so that -9223372036854775808 is representable
                if let (ir::UnaryOp::Neg, ast::Expr::NumberLiteral(n)) = (op, &*u.operand) {
                    if let Number::Int(i) = &n.value {
                        if i.as_u64() == Some(1u64 << 63) {
                            return self.expr_node(sp, ExprKind::Int(i64::MIN));
                        }
                    }
                }
                let operand = self.expr(&u.operand);
                ExprKind::Unary(op, Box::new(operand))
            }
            ast::Expr::BoolOp(b) => {
                let op = match b.op {
                    ast::BoolOp::And => ir::BoolOp::And,
                    ast::BoolOp::Or => ir::BoolOp::Or,
                };
                ExprKind::BoolOp(op, self.exprs(&b.values))
            }
            ast::Expr::Compare(c) => {
                let left = self.expr(&c.left);
                let mut rest = Vec::new();
                for (op, r) in c.ops.iter().zip(c.comparators.iter()) {
                    let op = match op {
                        ast::CmpOp::Eq => ir::CmpOp::Eq,
                        ast::CmpOp::NotEq => ir::CmpOp::NotEq,
                        ast::CmpOp::Lt => ir::CmpOp::Lt,
                        ast::CmpOp::LtE => ir::CmpOp::LtE,
                        ast::CmpOp::Gt => ir::CmpOp::Gt,
                        ast::CmpOp::GtE => ir::CmpOp::GtE,
                        ast::CmpOp::Is => ir::CmpOp::Is,
                        ast::CmpOp::IsNot => ir::CmpOp::IsNot,
                        ast::CmpOp::In | ast::CmpOp::NotIn => {
                            self.err(sp, "`in` / `not in` are not supported yet");
                            return self.bad(sp);
                        }
                    };
                    rest.push((op, self.expr(r)));
                }
                ExprKind::Compare(Box::new(left), rest)
            }
            ast::Expr::If(i) => ExprKind::IfExp {
                test: Box::new(self.expr(&i.test)),
                body: Box::new(self.expr(&i.body)),
                orelse: Box::new(self.expr(&i.orelse)),
            },
            ast::Expr::Call(c) => return self.call(c),
            ast::Expr::Attribute(a) => {
                if let ast::Expr::Name(n) = &*a.value {
                    if !self.locals.contains(n.id.as_str()) {
                        return match self.module_member(n.id.as_str(), a.attr.id.as_str(), sp) {
                            Some(i) if is_constant(&i) => self.expr_node(sp, ExprKind::Const(i)),
                            Some(i) => {
                                self.err(sp, format!("`{}` can only be called here", i.python_name()));
                                self.bad(sp)
                            }
                            None => self.bad(sp),
                        };
                    }
                }
                let value = self.expr(&a.value);
                ExprKind::Attribute(Box::new(value), a.attr.id.to_string())
            }
            ast::Expr::Subscript(s) => {
                let value = self.expr(&s.value);
                let index = self.index(&s.slice);
                ExprKind::Subscript(Box::new(value), Box::new(index))
            }
            ast::Expr::Tuple(t) => ExprKind::Tuple(self.exprs(&t.elts)),
            ast::Expr::List(l) => ExprKind::List(self.exprs(&l.elts)),
            other => {
                self.err(sp, format!("{} is not supported yet", describe_expr(other)));
                return self.bad(sp);
            }
        };
        self.expr_node(sp, kind)
    }

    /// `module.member` where `module` names an imported module.
    fn module_member(&mut self, module: &str, member: &str, sp: Span) -> Option<Intrinsic> {
        match self.scope.globals.get(module) {
            Some(Global::KnownModule("math")) => match known(MATH, member) {
                Some(n) => Some(Intrinsic::Math(n)),
                None => {
                    self.err(sp, format!("`math.{member}` is not supported yet"));
                    None
                }
            },
            Some(Global::KnownModule(_)) => match known(NUMPY, member) {
                Some(n) => Some(Intrinsic::Numpy(n)),
                None => {
                    self.err(sp, format!("`numpy.{member}` is not supported yet"));
                    None
                }
            },
            Some(Global::OtherModule(m)) => {
                let m = m.clone();
                self.err(sp, format!("module `{m}` is not supported by pyrs (only `math` and `numpy`)"));
                None
            }
            Some(_) => {
                self.err(sp, format!("`{module}.{member}`: attributes of `{module}` are not supported"));
                None
            }
            None => {
                self.err(sp, format!("name `{module}` is not defined in this function"));
                None
            }
        }
    }

    fn call(&mut self, c: &ast::ExprCall) -> ir::Expr {
        let sp = span(c.range());
        // numpy functions and array methods take keywords (dtype=, axis=, endpoint=)
        let params = match &*c.func {
            ast::Expr::Attribute(a) => match &*a.value {
                ast::Expr::Name(n) if matches!(self.scope.globals.get(n.id.as_str()), Some(Global::KnownModule("numpy"))) && !self.locals.contains(n.id.as_str()) => {
                    ir::numpy_params(a.attr.id.as_str())
                }
                // `np.linalg.norm(x, axis=1)`
                ast::Expr::Attribute(inner)
                    if inner.attr.id.as_str() == "linalg"
                        && matches!(&*inner.value, ast::Expr::Name(n) if matches!(self.scope.globals.get(n.id.as_str()), Some(Global::KnownModule("numpy"))) && !self.locals.contains(n.id.as_str())) =>
                {
                    ir::numpy_params(&format!("linalg.{}", a.attr.id))
                }
                _ => ir::method_params(a.attr.id.as_str()),
            },
            ast::Expr::Name(n) => match self.scope.globals.get(n.id.as_str()) {
                Some(Global::Intrinsic(Intrinsic::Numpy(f))) => ir::numpy_params(f),
                _ => None,
            },
            _ => None,
        };
        if let Some(params) = params {
            let Some(args) = self.arguments(c, params) else { return self.bad(sp) };
            return self.call_with(c, sp, args);
        }
        if let Some(k) = c.arguments.keywords.first() {
            self.err(span(k.range), "keyword arguments in calls are not supported yet");
            return self.bad(sp);
        }
        let args = self.exprs(&c.arguments.args);
        self.call_with(c, sp, args)
    }

    fn call_with(&mut self, c: &ast::ExprCall, sp: Span, args: Vec<ir::Expr>) -> ir::Expr {
        if let Some(s) = c.arguments.args.iter().find(|a| a.is_starred_expr()) {
            self.err(span(s.range()), "`*args` in calls is not supported");
            return self.bad(sp);
        }
        match &*c.func {
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                if self.locals.contains(name) {
                    self.err(span(n.range), format!("`{name}` is a local variable: calling it is not supported"));
                    return self.bad(sp);
                }
                let kind = match self.scope.globals.get(name) {
                    Some(Global::Function) => ExprKind::CallUser(name.to_string(), args),
                    Some(Global::Intrinsic(i)) if !is_constant(i) => ExprKind::CallIntrinsic(*i, args),
                    Some(Global::OtherImport(what)) => {
                        let what = what.clone();
                        self.err(span(n.range), format!("`{what}` is not supported by pyrs"));
                        return self.bad(sp);
                    }
                    Some(_) => {
                        self.err(span(n.range), format!("`{name}` is not callable"));
                        return self.bad(sp);
                    }
                    None => match ir::BUILTIN_FUNCTIONS.iter().find(|b| **b == name) {
                        Some(b) if *b != "range" => ExprKind::CallIntrinsic(Intrinsic::Builtin(b), args),
                        Some(_) => {
                            self.err(sp, "`range(...)` is only supported as the iterable of a `for` loop");
                            return self.bad(sp);
                        }
                        None => {
                            self.err(span(n.range), format!("function `{name}` is not defined in this file and is not a builtin pyrs supports"));
                            return self.bad(sp);
                        }
                    },
                };
                self.expr_node(sp, kind)
            }
            ast::Expr::Attribute(a) => {
                // `np.linalg.norm(x)`
                if let ast::Expr::Attribute(inner) = &*a.value {
                    if let ast::Expr::Name(n) = &*inner.value {
                        if !self.locals.contains(n.id.as_str())
                            && matches!(self.scope.globals.get(n.id.as_str()), Some(Global::KnownModule("numpy")))
                            && inner.attr.id.as_str() == "linalg"
                        {
                            let name = format!("linalg.{}", a.attr.id);
                            return match known(NUMPY, &name) {
                                Some(f) => self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Numpy(f), args)),
                                None => {
                                    self.err(span(a.range), format!("`numpy.{name}` is not supported yet"));
                                    self.bad(sp)
                                }
                            };
                        }
                    }
                }
                if let ast::Expr::Name(n) = &*a.value {
                    if !self.locals.contains(n.id.as_str()) {
                        let Some(i) = self.module_member(n.id.as_str(), a.attr.id.as_str(), span(a.range)) else {
                            return self.bad(sp);
                        };
                        if is_constant(&i) {
                            self.err(span(a.range), format!("`{}` is not callable", i.python_name()));
                            return self.bad(sp);
                        }
                        return self.expr_node(sp, ExprKind::CallIntrinsic(i, args));
                    }
                }
                let receiver = self.expr(&a.value);
                self.expr_node(
                    sp,
                    ExprKind::CallMethod {
                        receiver: Box::new(receiver),
                        method: a.attr.id.to_string(),
                        method_span: span(a.attr.range),
                        args,
                    },
                )
            }
            other => {
                self.err(span(other.range()), "only calls of named functions and methods are supported");
                self.bad(sp)
            }
        }
    }
}

fn is_constant(i: &Intrinsic) -> bool {
    match i {
        Intrinsic::Math(n) => ir::MATH_CONSTANTS.contains(n),
        Intrinsic::Numpy(n) => ir::NUMPY_CONSTANTS.contains(n),
        Intrinsic::Builtin(_) => false,
    }
}

/// The end of the first line of a compound statement (so a caret covers `try:`, not the
/// whole block).
fn first_line_end(sp: Span, s: &ast::Stmt) -> u32 {
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
