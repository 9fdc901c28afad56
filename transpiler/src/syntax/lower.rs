//! Lowering ruff's AST to the IR: resolves names (locals, functions of the file, builtins,
//! `math` and `numpy` however they were imported) and rejects, with a precise span, every
//! construct pyrs does not compile yet.

use super::parse::span;
use crate::diag::Diagnostic;
use crate::ir::{self, ExprId, ExprKind, Span, StmtKind, Target};
use crate::library::{self, Builtin, Constant, Intrinsic, Member, Module, NumpyFn};
use ruff_python_ast as ast;
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::Number;
use ruff_text_size::Ranged;
use std::collections::{HashMap, HashSet};

#[derive(Clone, Debug, PartialEq)]
enum Global {
    /// a module we know: `math` or `numpy`
    KnownModule(Module),
    /// an imported module pyrs has no implementation of
    OtherModule(String),
    /// `from math import sqrt`, `from numpy import pi`
    Member(Member),
    /// `from somewhere import thing` that pyrs does not know
    OtherImport(String),
    Function,
    /// a module-level constant (`dx = 0.1`)
    Const,
}

struct Scope<'a> {
    globals: HashMap<String, Global>,
    /// module-level constants: their value expressions
    consts: HashMap<String, &'a ast::Expr>,
    /// the functions of the file (for keyword arguments and defaults at call sites)
    defs: HashMap<String, &'a ast::StmtFunctionDef>,
}

/// A function defined inside another (or a lambda): compiled as a function of the file that
/// takes the variables it reads from the enclosing function as extra arguments (read at call
/// time, which is when Python's closures read them too).
#[derive(Clone, Debug)]
struct LocalFn {
    rust_name: String,
    params: Vec<String>,
    defaults: Vec<Option<ast::Expr>>,
    /// variables of the enclosing function passed after the arguments
    captured: Vec<String>,
}

pub fn lower_module(module: &ast::ModModule) -> Result<ir::Module, Vec<Diagnostic>> {
    let mut scope = Scope { globals: HashMap::new(), consts: HashMap::new(), defs: HashMap::new() };
    let mut errors = Vec::new();
    let mut constants = Vec::new();
    // first pass: names defined at module level
    for stmt in &module.body {
        match stmt {
            ast::Stmt::FunctionDef(f) => {
                scope.globals.insert(f.name.id.to_string(), Global::Function);
                scope.defs.insert(f.name.id.to_string(), f);
            }
            ast::Stmt::Assign(ast::StmtAssign { targets, value, .. })
                if matches!(targets.as_slice(), [ast::Expr::Name(_)]) =>
            {
                let ast::Expr::Name(n) = &targets[0] else { unreachable!() };
                module_constant(&mut scope, &mut constants, &mut errors, n, value);
            }
            ast::Stmt::AnnAssign(ast::StmtAnnAssign { target, value: Some(value), .. }) if target.is_name_expr() => {
                let ast::Expr::Name(n) = &**target else { unreachable!() };
                module_constant(&mut scope, &mut constants, &mut errors, n, value);
            }
            ast::Stmt::Import(imp) => {
                for alias in &imp.names {
                    let full = alias.name.id.as_str();
                    let bound = alias.asname.as_ref().map(|a| a.id.as_str());
                    let module_kind = match full {
                        "math" => Global::KnownModule(Module::Math),
                        "numpy" => Global::KnownModule(Module::Numpy),
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
                        errors.push(Diagnostic::new(
                            span(alias.range),
                            "`import *` is not supported: import the names you use",
                        ));
                        continue;
                    }
                    let g = match (module_name, imp.level) {
                        ("math", 0) => Member::lookup(Module::Math, name).map(Global::Member),
                        ("numpy", 0) => Member::lookup(Module::Numpy, name).map(Global::Member),
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
            ast::Stmt::FunctionDef(f) => {
                let (func, nested) = lower_function(&scope, f, None, &[], &HashMap::new());
                functions.push(func);
                functions.extend(nested);
            }
            ast::Stmt::Assign(a) if a.targets.len() == 1 && a.targets[0].is_name_expr() => {}
            ast::Stmt::AnnAssign(a) if a.target.is_name_expr() && a.value.is_some() => {}
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
                .help("a compiled module defines functions and constants: move this code into a function or under `if __name__ == \"__main__\":`"),
            ),
        }
    }
    // each constant is also a function of no arguments, for the compiled module's attribute
    for name in &constants {
        let value = scope.consts[name];
        let mut lw = FnLower::new(&scope);
        let sp = span(value.range());
        let v = lw.const_value(name, sp);
        let body = vec![ir::Stmt { span: sp, kind: StmtKind::Return(Some(v)) }];
        functions.push(ir::Function {
            name: ir::const_function(name),
            span: sp,
            name_span: sp,
            params: Vec::new(),
            body,
            expr_count: lw.next_id,
            errors: lw.errors,
            parallel_arrays: false,
        });
    }
    if errors.is_empty() {
        Ok(ir::Module { functions, constants })
    } else {
        Err(errors)
    }
}

/// `NAME = value` at module level: a constant if `value` is made of literals, other constants,
/// arithmetic and calls of pure builtins; anything else is reported.
fn module_constant<'a>(
    scope: &mut Scope<'a>,
    constants: &mut Vec<String>,
    errors: &mut Vec<Diagnostic>,
    n: &ast::ExprName,
    value: &'a ast::Expr,
) {
    let name = n.id.to_string();
    if scope.consts.contains_key(&name) {
        errors.push(Diagnostic::new(
            span(n.range),
            format!(
                "module-level variable `{name}` is assigned more than once: pyrs compiles module-level constants only"
            ),
        ));
        return;
    }
    if let Some(bad) = non_constant_part(value) {
        errors.push(
            Diagnostic::new(span(bad.range()), format!("module-level variable `{name}`: {} is not a constant", describe_expr(bad)))
                .help("compiled functions can read module-level constants made of numbers, strings, tuples, arithmetic and math functions; build other values inside a function"),
        );
        return;
    }
    scope.globals.insert(name.clone(), Global::Const);
    scope.consts.insert(name.clone(), value);
    constants.push(name);
}

/// The first part of a module-level value that makes it not a constant, if any.
fn non_constant_part(e: &ast::Expr) -> Option<&ast::Expr> {
    match e {
        ast::Expr::NumberLiteral(_)
        | ast::Expr::StringLiteral(_)
        | ast::Expr::BooleanLiteral(_)
        | ast::Expr::NoneLiteral(_)
        | ast::Expr::Name(_)
        | ast::Expr::Attribute(_) => None,
        ast::Expr::UnaryOp(u) => non_constant_part(&u.operand),
        ast::Expr::BinOp(b) => non_constant_part(&b.left).or_else(|| non_constant_part(&b.right)),
        ast::Expr::BoolOp(b) => b.values.iter().find_map(non_constant_part),
        ast::Expr::Compare(c) => {
            non_constant_part(&c.left).or_else(|| c.comparators.iter().find_map(non_constant_part))
        }
        ast::Expr::If(i) => {
            non_constant_part(&i.test).or_else(|| non_constant_part(&i.body)).or_else(|| non_constant_part(&i.orelse))
        }
        ast::Expr::Tuple(t) => t.elts.iter().find_map(non_constant_part),
        ast::Expr::Call(c) if c.arguments.keywords.is_empty() => match &*c.func {
            ast::Expr::Name(n)
                if matches!(
                    n.id.as_str(),
                    "float"
                        | "int"
                        | "complex"
                        | "abs"
                        | "round"
                        | "str"
                        | "min"
                        | "max"
                        | "pow"
                        | "bool"
                        | "hex"
                        | "len"
                ) =>
            {
                c.arguments.args.iter().find_map(non_constant_part)
            }
            ast::Expr::Attribute(_) => c.arguments.args.iter().find_map(non_constant_part),
            _ => Some(e),
        },
        _ => Some(e),
    }
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
        ast::Expr::List(_) => "a list display",
        ast::Expr::Call(_) => "this call",
        ast::Expr::Subscript(_) => "a subscript",
        _ => "this expression",
    }
}

struct FnLower<'a> {
    scope: &'a Scope<'a>,
    locals: HashSet<String>,
    next_id: u32,
    errors: Vec<Diagnostic>,
    /// functions defined in this one (and its enclosing ones), by Python name
    local_funcs: HashMap<String, LocalFn>,
    /// lambdas by source offset → their entry in `local_funcs`
    lambdas: HashMap<u32, String>,
    /// the variables every local function of this scope takes as extra arguments
    captured: Vec<String>,
    /// module constants being expanded (cycle check)
    const_stack: Vec<String>,
    /// comprehension variables renamed so they stay local to their comprehension
    renames: Vec<(String, String)>,
    comp_count: u32,
    /// depth of `except` blocks around the statement being lowered (a bare `raise` needs one)
    in_except: u32,
    /// functions made up while lowering (a builtin passed as `key=`)
    synth: Vec<ir::Function>,
}

impl<'a> FnLower<'a> {
    fn new(scope: &'a Scope<'a>) -> FnLower<'a> {
        FnLower {
            scope,
            locals: HashSet::new(),
            next_id: 0,
            errors: Vec::new(),
            local_funcs: HashMap::new(),
            lambdas: HashMap::new(),
            captured: Vec::new(),
            const_stack: Vec::new(),
            renames: Vec::new(),
            comp_count: 0,
            in_except: 0,
            synth: Vec::new(),
        }
    }
}

/// Lowers `f` (named `rust_name` when it is nested, with the enclosing function's variables
/// `captured` as extra parameters); returns it and the functions nested in it.
fn lower_function(
    scope: &Scope,
    f: &ast::StmtFunctionDef,
    rust_name: Option<String>,
    captured: &[String],
    outer_funcs: &HashMap<String, LocalFn>,
) -> (ir::Function, Vec<ir::Function>) {
    let mut lw = FnLower::new(scope);
    lw.local_funcs = outer_funcs.clone();
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
        let default = pd.default.as_ref().map(|d| lw.module_scope_expr(d));
        params.push(ir::Param { name: pd.parameter.name.id.to_string(), span: span(pd.parameter.range), default });
    }
    for c in captured {
        params.push(ir::Param { name: c.clone(), span: name_span, default: None });
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
    // `global NAME`: reading a module constant; assigning it is not supported
    for (g, at) in global_names(&f.body) {
        if lw.locals.contains(&g) && !params.iter().any(|p| p.name == g) {
            lw.err(at, format!("assigning the module-level variable `{g}` is not supported: compiled code reads module constants only"));
        } else if !matches!(scope.globals.get(&g), Some(Global::Const)) {
            lw.err(at, format!("`global {g}`: `{g}` is not a module-level constant pyrs compiles"));
        } else {
            lw.locals.remove(&g);
        }
    }
    let fname = rust_name.clone().unwrap_or_else(|| f.name.id.to_string());
    let mut nested = lw.nested_functions(&fname, &f.body);
    let body = lw.block(&f.body);
    nested.append(&mut lw.synth);
    (
        ir::Function {
            name: fname,
            span: span(f.range),
            name_span,
            params,
            body,
            expr_count: lw.next_id,
            errors: lw.errors,
            parallel_arrays: false,
        },
        nested,
    )
}

/// The names of `global` statements in a function body, with their spans.
fn global_names(body: &[ast::Stmt]) -> Vec<(String, Span)> {
    struct V(Vec<(String, Span)>);
    impl<'b> Visitor<'b> for V {
        fn visit_stmt(&mut self, s: &'b ast::Stmt) {
            match s {
                ast::Stmt::Global(g) => self.0.extend(g.names.iter().map(|n| (n.id.to_string(), span(g.range)))),
                ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, s),
            }
        }
    }
    let mut v = V(Vec::new());
    for s in body {
        v.visit_stmt(s);
    }
    v.0
}

/// Every name a piece of code mentions.
#[derive(Default)]
struct Names(HashSet<String>);

impl<'b> Visitor<'b> for Names {
    fn visit_expr(&mut self, e: &'b ast::Expr) {
        if let ast::Expr::Name(n) = e {
            self.0.insert(n.id.to_string());
        }
        walk_expr(self, e);
    }
}

/// The nested `def`s and lambdas of a function body (not inside nested ones).
#[derive(Default)]
struct NestedDefs<'b> {
    defs: Vec<&'b ast::StmtFunctionDef>,
    lambdas: Vec<&'b ast::ExprLambda>,
    /// `name = lambda ...`: lambda offset → name
    named: HashMap<u32, String>,
}

impl<'b> Visitor<'b> for NestedDefs<'b> {
    fn visit_stmt(&mut self, s: &'b ast::Stmt) {
        match s {
            ast::Stmt::FunctionDef(f) => self.defs.push(f),
            ast::Stmt::ClassDef(_) => {}
            ast::Stmt::Assign(a) => {
                if let ([ast::Expr::Name(n)], ast::Expr::Lambda(l)) = (a.targets.as_slice(), &*a.value) {
                    self.named.insert(l.range.start().to_u32(), n.id.to_string());
                }
                walk_stmt(self, s)
            }
            _ => walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'b ast::Expr) {
        match e {
            ast::Expr::Lambda(l) => self.lambdas.push(l),
            _ => walk_expr(self, e),
        }
    }
}

fn collect_target_names(e: &ast::Expr, out: &mut HashSet<String>) {
    match e {
        ast::Expr::Name(n) => {
            out.insert(n.id.to_string());
        }
        ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| collect_target_names(e, out)),
        ast::Expr::List(t) => t.elts.iter().for_each(|e| collect_target_names(e, out)),
        _ => {}
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

fn param_names(p: &ast::Parameters) -> (Vec<String>, Vec<Option<ast::Expr>>) {
    p.posonlyargs
        .iter()
        .chain(p.args.iter())
        .map(|pd| (pd.parameter.name.id.to_string(), pd.default.as_ref().map(|d| (**d).clone())))
        .unzip()
}

impl<'a> FnLower<'a> {
    /// Registers and lowers the functions and lambdas defined in this function's body.
    fn nested_functions(&mut self, fname: &str, body: &[ast::Stmt]) -> Vec<ir::Function> {
        let mut nd = NestedDefs::default();
        for s in body {
            nd.visit_stmt(s);
        }
        if nd.defs.is_empty() && nd.lambdas.is_empty() {
            return Vec::new();
        }
        // the enclosing variables any of them mentions
        let mut mentioned = Names::default();
        for d in &nd.defs {
            for s in &d.body {
                mentioned.visit_stmt(s);
            }
        }
        for l in &nd.lambdas {
            mentioned.visit_expr(&l.body);
        }
        let fn_names: HashSet<String> =
            nd.defs.iter().map(|d| d.name.id.to_string()).chain(nd.named.values().cloned()).collect();
        for n in &fn_names {
            self.locals.remove(n);
        }
        let mut caps: Vec<String> =
            mentioned.0.into_iter().filter(|n| self.is_local(n) && !fn_names.contains(n)).collect();
        caps.sort();
        self.captured = caps.clone();
        let own_caps =
            |params: &[String]| -> Vec<String> { caps.iter().filter(|c| !params.contains(c)).cloned().collect() };
        for d in &nd.defs {
            let (params, defaults) = param_names(&d.parameters);
            let name = d.name.id.to_string();
            let captured = own_caps(&params);
            self.local_funcs
                .insert(name.clone(), LocalFn { rust_name: format!("{fname}__{name}"), params, defaults, captured });
        }
        for (k, l) in nd.lambdas.iter().enumerate() {
            let (params, defaults) = l.parameters.as_deref().map(param_names).unwrap_or_default();
            let at = l.range.start().to_u32();
            let key = nd.named.get(&at).cloned().unwrap_or_else(|| format!("<lambda@{at}>"));
            let rust_name = format!("{fname}__lambda{k}");
            let captured = own_caps(&params);
            self.lambdas.insert(at, key.clone());
            self.local_funcs.insert(key, LocalFn { rust_name, params, defaults, captured });
        }
        let mut out = Vec::new();
        for d in &nd.defs {
            let lf = self.local_funcs[d.name.id.as_str()].clone();
            let (func, more) =
                lower_function(self.scope, d, Some(lf.rust_name.clone()), &lf.captured, &self.local_funcs);
            out.push(func);
            out.extend(more);
        }
        for l in &nd.lambdas {
            let key = self.lambdas[&l.range.start().to_u32()].clone();
            let lf = self.local_funcs[&key].clone();
            out.push(self.lower_lambda(l, &lf));
        }
        out
    }

    fn lower_lambda(&self, l: &ast::ExprLambda, lf: &LocalFn) -> ir::Function {
        let mut lw = FnLower::new(self.scope);
        lw.local_funcs = self.local_funcs.clone();
        let sp = span(l.range);
        let mut params = Vec::new();
        if let Some(p) = &l.parameters {
            if p.vararg.is_some() || p.kwarg.is_some() || !p.kwonlyargs.is_empty() {
                lw.err(sp, "lambdas with `*args`, `**kwargs` or keyword-only parameters are not supported");
            }
            for pd in p.posonlyargs.iter().chain(p.args.iter()) {
                let default = pd.default.as_ref().map(|d| lw.module_scope_expr(d));
                params.push(ir::Param {
                    name: pd.parameter.name.id.to_string(),
                    span: span(pd.parameter.range),
                    default,
                });
            }
        }
        for c in &lf.captured {
            params.push(ir::Param { name: c.clone(), span: sp, default: None });
        }
        for p in &params {
            lw.locals.insert(p.name.clone());
        }
        let v = lw.expr(&l.body);
        ir::Function {
            name: lf.rust_name.clone(),
            span: sp,
            name_span: sp,
            params,
            body: vec![ir::Stmt { span: span(l.body.range()), kind: StmtKind::Return(Some(v)) }],
            expr_count: lw.next_id,
            errors: lw.errors,
            parallel_arrays: false,
        }
    }

    /// An expression evaluated in the module's scope (a default value, a constant's value):
    /// the function's locals do not shadow module names there.
    fn module_scope_expr(&mut self, e: &ast::Expr) -> ir::Expr {
        let locals = std::mem::take(&mut self.locals);
        let renames = std::mem::take(&mut self.renames);
        let funcs = std::mem::take(&mut self.local_funcs);
        let x = self.expr(e);
        self.locals = locals;
        self.renames = renames;
        self.local_funcs = funcs;
        x
    }

    /// The value of module constant `name`, lowered here (constants are immutable values, so
    /// evaluating them where they are used gives what CPython reads from the module).
    fn const_value(&mut self, name: &str, sp: Span) -> ir::Expr {
        if self.const_stack.iter().any(|n| n == name) {
            self.err(sp, format!("module-level constant `{name}` is defined in terms of itself"));
            return self.bad(sp);
        }
        let Some(value) = self.scope.consts.get(name).copied() else { return self.bad(sp) };
        self.const_stack.push(name.to_string());
        let v = self.module_scope_expr(value);
        self.const_stack.pop();
        v
    }

    /// Whether `name` is a variable here (a local, or a comprehension variable in scope).
    fn is_local(&self, name: &str) -> bool {
        self.locals.contains(name) || self.renames.iter().any(|(n, _)| n == name)
    }

    fn renamed(&self, name: &str) -> Option<String> {
        self.renames.iter().rev().find(|(n, _)| n == name).map(|(_, r)| r.clone())
    }

    /// The arguments of a call of a function of the file with these parameters: positional,
    /// keywords and defaults (filled in here), in parameter order.
    fn user_args(
        &mut self,
        c: &ast::ExprCall,
        fname: &str,
        params: &[String],
        defaults: &[Option<ast::Expr>],
    ) -> Option<Vec<ir::Expr>> {
        let sp = span(c.range());
        if let Some(s) = c.arguments.args.iter().find(|a| a.is_starred_expr()) {
            self.err(span(s.range()), "`*args` in calls is not supported");
            return None;
        }
        if c.arguments.args.len() > params.len() {
            self.err(
                sp,
                format!("`{fname}` takes {} argument(s) but {} were given", params.len(), c.arguments.args.len()),
            );
            return None;
        }
        let mut slots: Vec<Option<ir::Expr>> = c.arguments.args.iter().map(|a| Some(self.expr(a))).collect();
        slots.resize_with(params.len(), || None);
        for kw in &c.arguments.keywords {
            let Some(name) = kw.arg.as_ref().map(|a| a.id.as_str()) else {
                self.err(span(kw.range), "`**kwargs` in calls is not supported");
                return None;
            };
            let Some(k) = params.iter().position(|p| p == name) else {
                self.err(span(kw.range), format!("`{fname}` has no parameter `{name}`"));
                return None;
            };
            if slots[k].is_some() {
                self.err(span(kw.range), format!("`{fname}` got multiple values for argument `{name}`"));
                return None;
            }
            slots[k] = Some(self.expr(&kw.value));
        }
        let mut out = Vec::new();
        for (k, slot) in slots.into_iter().enumerate() {
            match slot {
                Some(x) => out.push(x),
                None => match &defaults[k] {
                    Some(d) => {
                        let d = d.clone();
                        out.push(self.module_scope_expr(&d));
                    }
                    None => {
                        self.err(sp, format!("`{fname}` is missing argument `{}`", params[k]));
                        return None;
                    }
                },
            }
        }
        Some(out)
    }

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

    fn block(&mut self, body: &[ast::Stmt]) -> Vec<ir::Stmt> {
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

    fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<ir::Stmt>) {
        let sp = span(s.range());
        let kind = match s {
            ast::Stmt::Assign(a) => {
                // `f = lambda ...`: compiled as a function of the file (see `nested_functions`)
                if let ([ast::Expr::Name(n)], ast::Expr::Lambda(_)) = (a.targets.as_slice(), &*a.value) {
                    if self.local_funcs.contains_key(n.id.as_str()) {
                        return;
                    }
                }
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
                let iter = self.for_iter(&f.iter);
                let body = self.block(&f.body);
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
            ast::Stmt::Return(r) => StmtKind::Return(r.value.as_ref().map(|v| self.expr(v))),
            ast::Stmt::Break(_) => StmtKind::Break,
            ast::Stmt::Continue(_) => StmtKind::Continue,
            ast::Stmt::Pass(_) => StmtKind::Pass,
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

    /// A builtin exception class named in `except` (or `None`, with the error reported).
    fn exception_class(&mut self, e: &ast::Expr) -> Option<&'static str> {
        if let ast::Expr::Name(n) = e {
            if !self.is_local(n.id.as_str()) && !self.scope.globals.contains_key(n.id.as_str()) {
                if let Some(c) = library::EXCEPTIONS.iter().find(|c| **c == n.id.as_str()) {
                    return Some(c);
                }
            }
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

    fn raise(&mut self, r: &ast::StmtRaise) -> Option<ir::Raise> {
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

    /// `[elt for target in iter if cond ...]` and its set/dict/generator forms. The loop
    /// variables are renamed so that they stay local to the comprehension, as in Python 3.
    fn comprehension(
        &mut self,
        kind: ir::CompKind,
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
        gens: &[ast::Comprehension],
    ) -> ExprKind {
        let depth = self.renames.len();
        let mut out = Vec::new();
        for g in gens {
            if g.is_async {
                self.err(span(g.range), "`async for` is not supported");
            }
            let iter = self.for_iter(&g.iter);
            let mut names = HashSet::new();
            collect_target_names(&g.target, &mut names);
            let mut names: Vec<String> = names.into_iter().collect();
            names.sort();
            for n in names {
                self.comp_count += 1;
                let r = format!("{n}__c{}", self.comp_count);
                self.locals.insert(r.clone());
                self.renames.push((n, r));
            }
            let target = self.target(&g.target);
            let ifs = g.ifs.iter().map(|c| self.expr(c)).collect();
            out.push(ir::CompFor { target, iter, ifs });
        }
        let elt = Box::new(self.expr(elt));
        let value = value.map(|v| Box::new(self.expr(v)));
        self.renames.truncate(depth);
        ExprKind::Comp { kind, elt, value, gens: out }
    }

    fn fstring(&mut self, f: &ast::ExprFString) -> ExprKind {
        let mut parts = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => parts.push(ir::FPart::Lit(l.value.to_string())),
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        match el {
                            ast::InterpolatedStringElement::Literal(l) => {
                                parts.push(ir::FPart::Lit(l.value.to_string()))
                            }
                            ast::InterpolatedStringElement::Interpolation(i) => {
                                if i.debug_text.is_some() {
                                    self.err(span(i.range), "`=` in f-strings is not supported");
                                    continue;
                                }
                                let expr = self.expr(&i.expression);
                                let conv = match i.conversion {
                                    ast::ConversionFlag::None => None,
                                    ast::ConversionFlag::Str => Some('s'),
                                    ast::ConversionFlag::Repr => Some('r'),
                                    ast::ConversionFlag::Ascii => Some('a'),
                                };
                                let mut spec = String::new();
                                if let Some(fs) = &i.format_spec {
                                    for e in fs.elements.iter() {
                                        match e {
                                            ast::InterpolatedStringElement::Literal(l) => spec.push_str(&l.value),
                                            ast::InterpolatedStringElement::Interpolation(x) => {
                                                self.err(
                                                    span(x.range),
                                                    "nested replacement fields in a format spec are not supported",
                                                );
                                            }
                                        }
                                    }
                                }
                                parts.push(ir::FPart::Value { expr, conv, spec });
                            }
                        }
                    }
                }
            }
        }
        ExprKind::FString(parts)
    }

    /// A loop with an `else:` block, as `broke = False; loop (each `break` of this loop
    /// also sets `broke`); if not broke: else-block`.
    fn loop_else(
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
    fn mark_breaks(&mut self, body: &mut Vec<ir::Stmt>, flag: &str) {
        let mut k = 0;
        while k < body.len() {
            match &mut body[k].kind {
                StmtKind::Break => {
                    let sp = body[k].span;
                    let t = self.expr_node(sp, ExprKind::Bool(true));
                    body.insert(
                        k,
                        ir::Stmt {
                            span: sp,
                            kind: StmtKind::Assign { target: Target::Name(flag.to_string(), sp), value: t },
                        },
                    );
                    k += 1;
                }
                StmtKind::If { body: b, orelse: o, .. } => {
                    let (mut b, mut o) = (std::mem::take(b), std::mem::take(o));
                    self.mark_breaks(&mut b, flag);
                    self.mark_breaks(&mut o, flag);
                    if let StmtKind::If { body: bb, orelse: oo, .. } = &mut body[k].kind {
                        *bb = b;
                        *oo = o;
                    }
                }
                StmtKind::Try { body: b, handlers, orelse: o, finalbody } => {
                    let mut parts = vec![std::mem::take(b), std::mem::take(o), std::mem::take(finalbody)];
                    let mut hs: Vec<Vec<ir::Stmt>> = handlers.iter_mut().map(|h| std::mem::take(&mut h.body)).collect();
                    for p in parts.iter_mut().chain(hs.iter_mut()) {
                        self.mark_breaks(p, flag);
                    }
                    if let StmtKind::Try { body: b, handlers, orelse: o, finalbody } = &mut body[k].kind {
                        *finalbody = parts.pop().unwrap();
                        *o = parts.pop().unwrap();
                        *b = parts.pop().unwrap();
                        for (h, x) in handlers.iter_mut().zip(hs) {
                            h.body = x;
                        }
                    }
                }
                _ => {}
            }
            k += 1;
        }
    }

    fn elif_chain(&mut self, clauses: &[ast::ElifElseClause]) -> Vec<ir::Stmt> {
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
        !self.is_local(name) && !self.scope.globals.contains_key(name)
    }

    fn target(&mut self, e: &ast::Expr) -> Target {
        let sp = span(e.range());
        match e {
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
            ast::Expr::EllipsisLiteral(x) => self.expr_node(span(x.range), ExprKind::Const(Constant::Ellipsis)),
            _ => self.expr(e),
        }
    }

    /// A `dtype=` argument: `float`, `np.float64`, `'f8'`, ...
    fn dtype(&mut self, e: &ast::Expr) -> ir::Expr {
        let sp = span(e.range());
        let spelling = match e {
            ast::Expr::Name(n) => Some(n.id.to_string()),
            ast::Expr::Attribute(a) => match &*a.value {
                ast::Expr::Name(m)
                    if matches!(self.scope.globals.get(m.id.as_str()), Some(Global::KnownModule(Module::Numpy))) =>
                {
                    if a.attr.id.as_str() == "float" || a.attr.id.as_str() == "int" || a.attr.id.as_str() == "complex" {
                        self.err(
                            sp,
                            format!(
                                "`np.{}` was removed in NumPy 1.24: use `{}` or `np.{}64`",
                                a.attr.id, a.attr.id, a.attr.id
                            ),
                        );
                        return self.bad(sp);
                    }
                    Some(a.attr.id.to_string())
                }
                // `dtype=a.dtype`: an expression giving a dtype (checked by inference)
                _ if a.attr.id.as_str() == "dtype" => return self.expr(e),
                _ => None,
            },
            ast::Expr::StringLiteral(st) => Some(st.value.to_str().to_string()),
            ast::Expr::NoneLiteral(_) => return self.expr_node(sp, ExprKind::Default),
            _ => None,
        };
        match spelling.as_deref().and_then(library::dtype_name) {
            Some(name) => self.expr_node(sp, ExprKind::DType(name)),
            None => {
                self.err(sp, "unsupported dtype: use bool, int, float, complex or a numpy type such as np.int8 … np.uint64, np.float32, np.float64, np.complex64, np.complex128");
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
                self.err(
                    span(kw.range),
                    format!("unexpected keyword argument `{name}` (accepted: {})", params.join(", ")),
                );
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
                .map(|x| {
                    x.unwrap_or_else(|| {
                        let sp = span(c.range());
                        self.expr_node(sp, ExprKind::Default)
                    })
                })
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
                if let Some(r) = self.renamed(name) {
                    ExprKind::Local(r)
                } else if self.is_local(name) {
                    ExprKind::Local(name.to_string())
                } else if let Some(lf) = self.local_funcs.get(name) {
                    // a local function as a value: only as `key=`
                    let caps = lf.captured.clone();
                    let rust = lf.rust_name.clone();
                    let caps = caps.into_iter().map(|c| self.expr_node(sp, ExprKind::Local(c))).collect();
                    ExprKind::FuncRef(rust, caps)
                } else {
                    match self.scope.globals.get(name) {
                        Some(Global::Const) => return self.const_value(name, sp),
                        Some(Global::Function) => ExprKind::FuncRef(name.to_string(), Vec::new()),
                        Some(Global::Member(Member::Constant(_, c))) => ExprKind::Const(*c),
                        Some(_) => {
                            self.err(sp, format!("`{name}` can only be called here, not used as a value"));
                            return self.bad(sp);
                        }
                        None if matches!(name, "len" | "abs" | "str" | "int" | "float" | "repr" | "ord" | "bool") => {
                            // a builtin as a value (`key=len`): a function of one argument calling it
                            let fname = format!("__pyrs_builtin_{name}");
                            let mut lw = FnLower::new(self.scope);
                            let arg = lw.expr_node(sp, ExprKind::Local("x".into()));
                            let call = lw.expr_node(
                                sp,
                                ExprKind::CallIntrinsic(
                                    Intrinsic::Builtin(Builtin::from_name(name).expect("a builtin")),
                                    vec![arg],
                                ),
                            );
                            self.synth.push(ir::Function {
                                name: fname.clone(),
                                span: sp,
                                name_span: sp,
                                params: vec![ir::Param { name: "x".into(), span: sp, default: None }],
                                body: vec![ir::Stmt { span: sp, kind: StmtKind::Return(Some(call)) }],
                                expr_count: lw.next_id,
                                errors: Vec::new(),
                                parallel_arrays: false,
                            });
                            ExprKind::FuncRef(fname, Vec::new())
                        }
                        None => {
                            self.err(sp, format!("name `{name}` is not defined in this function or at module level"));
                            return self.bad(sp);
                        }
                    }
                }
            }
            ast::Expr::BinOp(b) if b.op == ast::Operator::MatMult => {
                // `a @ b` is `numpy.matmul(a, b)`
                let l = self.expr(&b.left);
                let r = self.expr(&b.right);
                ExprKind::CallIntrinsic(Intrinsic::Numpy(NumpyFn::Matmul), vec![l, r])
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
                        ast::CmpOp::In => ir::CmpOp::In,
                        ast::CmpOp::NotIn => ir::CmpOp::NotIn,
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
                    if !self.is_local(n.id.as_str()) {
                        return match self.module_member(n.id.as_str(), a.attr.id.as_str(), sp) {
                            Some(Member::Constant(_, c)) => self.expr_node(sp, ExprKind::Const(c)),
                            // a scalar type as a value: a dtype (`a.dtype == np.float32`)
                            Some(Member::Function(Intrinsic::Numpy(t))) if t.dtype().is_some() => {
                                self.expr_node(sp, ExprKind::DType(t.dtype().expect("checked")))
                            }
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
            ast::Expr::Set(l) => ExprKind::Set(self.exprs(&l.elts)),
            ast::Expr::StringLiteral(st) => ExprKind::Str(st.value.to_str().to_string()),
            ast::Expr::FString(f) => self.fstring(f),
            ast::Expr::Dict(d) => {
                let mut items = Vec::new();
                for it in d.items.iter() {
                    match &it.key {
                        Some(k) => {
                            let k = self.expr(k);
                            let v = self.expr(&it.value);
                            items.push((k, v));
                        }
                        None => {
                            self.err(span(it.value.range()), "`**` in a dict display is not supported");
                            return self.bad(sp);
                        }
                    }
                }
                ExprKind::Dict(items)
            }
            ast::Expr::ListComp(c) => self.comprehension(ir::CompKind::List, &c.elt, None, &c.generators),
            ast::Expr::Generator(c) => self.comprehension(ir::CompKind::List, &c.elt, None, &c.generators),
            ast::Expr::SetComp(c) => self.comprehension(ir::CompKind::Set, &c.elt, None, &c.generators),
            ast::Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(ir::CompKind::Dict, k, Some(&c.value), &c.generators),
                None => {
                    self.err(sp, "`**` in a dict comprehension is not valid");
                    return self.bad(sp);
                }
            },
            ast::Expr::Lambda(l) => {
                match self.lambdas.get(&l.range.start().to_u32()).and_then(|k| self.local_funcs.get(k)) {
                    Some(lf) => {
                        let rust = lf.rust_name.clone();
                        let caps = lf.captured.clone();
                        let caps = caps.into_iter().map(|c| self.expr_node(sp, ExprKind::Local(c))).collect();
                        ExprKind::FuncRef(rust, caps)
                    }
                    None => {
                        self.err(sp, "this lambda is not supported (lambdas inside lambdas)");
                        return self.bad(sp);
                    }
                }
            }
            other => {
                self.err(sp, format!("{} is not supported yet", describe_expr(other)));
                return self.bad(sp);
            }
        };
        self.expr_node(sp, kind)
    }

    /// `module.member` where `module` names an imported module.
    fn module_member(&mut self, module: &str, member: &str, sp: Span) -> Option<Member> {
        match self.scope.globals.get(module) {
            Some(Global::KnownModule(m)) => {
                let m = *m;
                let found = Member::lookup(m, member);
                if found.is_none() {
                    let name = if m == Module::Math { "math" } else { "numpy" };
                    self.err(sp, format!("`{name}.{member}` is not supported yet"));
                }
                found
            }
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
        // functions of the file: keywords and defaults resolved here
        if let ast::Expr::Name(n) = &*c.func {
            let name = n.id.as_str();
            if self.renamed(name).is_none() && !self.is_local(name) {
                if let Some(lf) = self.local_funcs.get(name).cloned() {
                    let Some(mut args) = self.user_args(c, name, &lf.params, &lf.defaults) else { return self.bad(sp) };
                    args.extend(lf.captured.iter().map(|c| self.expr_node(sp, ExprKind::Local(c.clone()))));
                    return self.expr_node(sp, ExprKind::CallUser(lf.rust_name.clone(), args));
                }
                if let (Some(Global::Function), Some(def)) =
                    (self.scope.globals.get(name), self.scope.defs.get(name).copied())
                {
                    let (params, defaults) = param_names(&def.parameters);
                    let Some(args) = self.user_args(c, name, &params, &defaults) else { return self.bad(sp) };
                    return self.expr_node(sp, ExprKind::CallUser(name.to_string(), args));
                }
                if !self.scope.globals.contains_key(name) && name == "print" {
                    // print(*values, sep=" ", end="\n"): lowered as print(sep, end, values...)
                    let mut sep = None;
                    let mut end = None;
                    for kw in &c.arguments.keywords {
                        match kw.arg.as_ref().map(|a| a.id.as_str()) {
                            Some("sep") => sep = Some(self.expr(&kw.value)),
                            Some("end") => end = Some(self.expr(&kw.value)),
                            Some("flush") => {}
                            _ => {
                                self.err(span(kw.range), "print(): only `sep=`, `end=` and `flush=` are supported");
                                return self.bad(sp);
                            }
                        }
                    }
                    let sep = sep.unwrap_or_else(|| self.expr_node(sp, ExprKind::Str(" ".into())));
                    let end = end.unwrap_or_else(|| self.expr_node(sp, ExprKind::Str("\n".into())));
                    let mut args = vec![sep, end];
                    args.extend(c.arguments.args.iter().map(|a| self.expr(a)));
                    return self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::Print), args));
                }
                if !self.scope.globals.contains_key(name) {
                    let params: Option<&[&str]> = match name {
                        "sorted" => Some(&["iterable", "key", "reverse"]),
                        "enumerate" => Some(&["iterable", "start"]),
                        "sum" => Some(&["iterable", "start"]),
                        "int" => Some(&["x", "base"]),
                        "round" => Some(&["number", "ndigits"]),
                        _ => None,
                    };
                    if let (Some(params), false) = (params, c.arguments.keywords.is_empty()) {
                        let Some(args) = self.arguments(c, params) else { return self.bad(sp) };
                        return self.call_with(c, sp, args);
                    }
                }
            }
        }
        // numpy functions and array methods take keywords (dtype=, axis=, endpoint=)
        let params = match &*c.func {
            ast::Expr::Attribute(a) => match &*a.value {
                ast::Expr::Name(n)
                    if matches!(self.scope.globals.get(n.id.as_str()), Some(Global::KnownModule(Module::Numpy)))
                        && !self.is_local(n.id.as_str()) =>
                {
                    NumpyFn::from_name(a.attr.id.as_str()).and_then(NumpyFn::params)
                }
                // `np.linalg.norm(x, axis=1)`
                ast::Expr::Attribute(inner)
                    if inner.attr.id.as_str() == "linalg"
                        && matches!(&*inner.value, ast::Expr::Name(n) if matches!(self.scope.globals.get(n.id.as_str()), Some(Global::KnownModule(Module::Numpy))) && !self.locals.contains(n.id.as_str())) =>
                {
                    NumpyFn::from_name(&format!("linalg.{}", a.attr.id)).and_then(NumpyFn::params)
                }
                _ => library::method_params(a.attr.id.as_str()),
            },
            ast::Expr::Name(n) => match self.scope.globals.get(n.id.as_str()) {
                Some(Global::Member(Member::Function(Intrinsic::Numpy(f)))) => f.params(),
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
                if self.is_local(name) {
                    self.err(span(n.range), format!("`{name}` is a local variable: calling it is not supported"));
                    return self.bad(sp);
                }
                let kind = match self.scope.globals.get(name) {
                    Some(Global::Function) => ExprKind::CallUser(name.to_string(), args),
                    Some(Global::Member(Member::Function(i))) => ExprKind::CallIntrinsic(*i, args),
                    Some(Global::OtherImport(what)) => {
                        let what = what.clone();
                        self.err(span(n.range), format!("`{what}` is not supported by pyrs"));
                        return self.bad(sp);
                    }
                    Some(_) => {
                        self.err(span(n.range), format!("`{name}` is not callable"));
                        return self.bad(sp);
                    }
                    None => {
                        match Builtin::from_name(name) {
                            Some(b) => ExprKind::CallIntrinsic(Intrinsic::Builtin(b), args),
                            None => {
                                self.err(span(n.range), format!("function `{name}` is not defined in this file and is not a builtin pyrs supports"));
                                return self.bad(sp);
                            }
                        }
                    }
                };
                self.expr_node(sp, kind)
            }
            ast::Expr::Attribute(a) => {
                // `np.linalg.norm(x)`
                if let ast::Expr::Attribute(inner) = &*a.value {
                    if let ast::Expr::Name(n) = &*inner.value {
                        if !self.locals.contains(n.id.as_str())
                            && matches!(self.scope.globals.get(n.id.as_str()), Some(Global::KnownModule(Module::Numpy)))
                            && inner.attr.id.as_str() == "linalg"
                        {
                            let name = format!("linalg.{}", a.attr.id);
                            return match NumpyFn::from_name(&name) {
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
                    if !self.is_local(n.id.as_str()) {
                        let Some(m) = self.module_member(n.id.as_str(), a.attr.id.as_str(), span(a.range)) else {
                            return self.bad(sp);
                        };
                        let Member::Function(i) = m else {
                            self.err(span(a.range), format!("`{}` is not callable", m.python_name()));
                            return self.bad(sp);
                        };
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
