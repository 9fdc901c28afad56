//! Lowering ruff's AST to the IR: resolves names (locals, functions of the file, builtins,
//! `math` and `numpy` however they were imported) and rejects, with a precise span, every
//! construct pyrs does not compile yet.
//!
//! One context, [`FnLower`] (a function being lowered), extended by one file per concern:
//! `scope` (names: locals, nested functions, module members), `stmt`, `expr`, `call`
//! (calls, keywords and defaults).

mod bisect;
mod call;
mod dict_consts;
mod expr;
mod format;
mod itertools;
mod late;
mod method_values;
mod module_params;
mod nanfuncs;
mod range_values;
mod ranges;
mod scope;
mod stmt;
mod synth;
mod types;

use scope::{collect_assigned, global_names, global_writes};

use super::parse::span;
use crate::diag::Diagnostic;
use crate::ir::{self, ExprId, ExprKind, StmtKind, Target};
use crate::library::{self, Builtin, Constant, Intrinsic, Member, Method, Module, NumpyFn};
use crate::source::Span;
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
    /// a module-level constant some function assigns after `global NAME`: a module variable
    Var,
}

/// Binds the names an `import` statement binds (at module level, or inside a function for
/// the functions lowered with that scope).
fn bind_import(scope: &mut Scope<'_>, stmt: &ast::Stmt, errors: &mut Vec<Diagnostic>) {
    match stmt {
        ast::Stmt::Import(imp) => {
            for alias in &imp.names {
                let full = alias.name.id.as_str();
                let bound = alias.asname.as_ref().map(|a| a.id.as_str());
                let module_kind = match (full, bound.is_some()) {
                    ("math", _) => Global::KnownModule(Module::Math),
                    ("numpy", _) => Global::KnownModule(Module::Numpy),
                    ("time", _) => Global::KnownModule(Module::Time),
                    ("functools", _) => Global::KnownModule(Module::Functools),
                    ("itertools", _) => Global::KnownModule(Module::Itertools),
                    ("bisect", _) => Global::KnownModule(Module::Bisect),
                    ("random", _) => Global::KnownModule(Module::Random),
                    ("numpy.random", true) => Global::KnownModule(Module::NumpyRandom),
                    ("numpy.linalg", true) => Global::KnownModule(Module::NumpyLinalg),
                    // `import numpy.random` binds `numpy`
                    ("numpy.random" | "numpy.linalg", false) => Global::KnownModule(Module::Numpy),
                    (other, _) => Global::OtherModule(other.to_string()),
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
                    // `from numpy import *`: the names pyrs knows, as the import binds them
                    let module = match (module_name, imp.level) {
                        ("numpy", 0) => Some(Module::Numpy),
                        ("math", 0) => Some(Module::Math),
                        _ => None,
                    };
                    let Some(module) = module else {
                        errors.push(Diagnostic::new(
                            span(alias.range),
                            "`import *` is supported from `numpy` and `math` only: import the names you use",
                        ));
                        continue;
                    };
                    let prefix = if module == Module::Numpy { "numpy" } else { "math" };
                    for (n, m) in library::star_names(module) {
                        let g = match m {
                            Some(m) => Global::Member(m),
                            None => Global::OtherImport(format!("{prefix}.{n}")),
                        };
                        scope.globals.insert(n.to_string(), g);
                    }
                    if module == Module::Numpy {
                        scope.globals.insert("random".into(), Global::KnownModule(Module::NumpyRandom));
                        scope.globals.insert("linalg".into(), Global::KnownModule(Module::NumpyLinalg));
                    }
                    continue;
                }
                let g = match (module_name, imp.level) {
                    ("math", 0) => Member::lookup(Module::Math, name).map(Global::Member),
                    ("numpy", 0) if name == "random" => Some(Global::KnownModule(Module::NumpyRandom)),
                    ("numpy", 0) if name == "linalg" => Some(Global::KnownModule(Module::NumpyLinalg)),
                    ("numpy", 0) => Member::lookup(Module::Numpy, name).map(Global::Member),
                    ("numpy.random", 0) => Member::lookup(Module::NumpyRandom, name).map(Global::Member),
                    ("numpy.linalg", 0) => Member::lookup(Module::NumpyLinalg, name).map(Global::Member),
                    ("time", 0) => Member::lookup(Module::Time, name).map(Global::Member),
                    ("functools", 0) => Member::lookup(Module::Functools, name).map(Global::Member),
                    ("itertools", 0) => Member::lookup(Module::Itertools, name).map(Global::Member),
                    ("bisect", 0) => Member::lookup(Module::Bisect, name).map(Global::Member),
                    ("random", 0) => Member::lookup(Module::Random, name).map(Global::Member),
                    _ => None,
                }
                .unwrap_or_else(|| Global::OtherImport(format!("{module_name}.{name}")));
                scope.globals.insert(bound.to_string(), g);
            }
        }
        _ => {}
    }
}

/// The `import` statements anywhere in a function's body (nested blocks included, nested
/// functions excluded: they are lowered with their own).
fn function_imports<'s>(body: &'s [ast::Stmt], out: &mut Vec<&'s ast::Stmt>) {
    for s in body {
        match s {
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => out.push(s),
            ast::Stmt::If(i) => {
                function_imports(&i.body, out);
                for c in &i.elif_else_clauses {
                    function_imports(&c.body, out);
                }
            }
            ast::Stmt::For(f) => {
                function_imports(&f.body, out);
                function_imports(&f.orelse, out);
            }
            ast::Stmt::While(w) => {
                function_imports(&w.body, out);
                function_imports(&w.orelse, out);
            }
            ast::Stmt::With(w) => function_imports(&w.body, out),
            ast::Stmt::Try(t) => {
                function_imports(&t.body, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    function_imports(&h.body, out);
                }
                function_imports(&t.orelse, out);
                function_imports(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

#[derive(Clone)]
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
    /// the `*args` parameter, after `params`
    vararg: Option<String>,
    /// variables of the enclosing function passed after the arguments
    captured: Vec<String>,
    /// a `def` with `yield`: a call makes a generator that runs later
    generator: bool,
    /// its `nonlocal` variables: it returns their values after its result, and each call
    /// (a statement of its own, or `x = f(...)`) assigns them back
    writes: Vec<String>,
}

/// `numpy_seeds`: the (function, position) of the exports' `numpy pkg` parameters.
pub fn lower_module(module: &ast::ModModule, numpy_seeds: &[(String, usize)]) -> Result<ir::Module, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    // `xp.where` of a `numpy pkg` parameter is numpy's `where`
    let rewritten = module_params::rewrite(module, numpy_seeds, &mut errors);
    let (module, numpy_params) = match &rewritten {
        Some((m, params)) => (m, params.clone()),
        None => (module, Vec::new()),
    };
    let mut scope = Scope { globals: HashMap::new(), consts: HashMap::new(), defs: HashMap::new() };
    if rewritten.is_some() {
        scope.globals.insert(module_params::NUMPY_ALIAS.into(), Global::KnownModule(Module::Numpy));
    }
    let mut constants = Vec::new();
    // first pass: names defined at module level
    for stmt in &module.body {
        match stmt {
            ast::Stmt::FunctionDef(f) => {
                scope.globals.insert(f.name.id.to_string(), Global::Function);
                scope.defs.insert(f.name.id.to_string(), f);
            }
            ast::Stmt::Assign(ast::StmtAssign { targets, value, .. })
                if targets.iter().all(|t| constant_target(t, value)) =>
            {
                // `a = b = 1`, `x1, x2 = -1.8, 1.8`: one constant per name
                for t in targets {
                    match (t, &**value) {
                        (ast::Expr::Name(n), value) => {
                            module_constant(&mut scope, &mut constants, &mut errors, n, value)
                        }
                        (ast::Expr::Tuple(ts), ast::Expr::Tuple(vs)) => {
                            for (t, v) in ts.elts.iter().zip(&vs.elts) {
                                let ast::Expr::Name(n) = t else { unreachable!("checked") };
                                module_constant(&mut scope, &mut constants, &mut errors, n, v);
                            }
                        }
                        _ => unreachable!("checked by constant_target"),
                    }
                }
            }
            ast::Stmt::AnnAssign(ast::StmtAnnAssign { target, value: Some(value), .. }) if target.is_name_expr() => {
                let ast::Expr::Name(n) = &**target else { unreachable!() };
                module_constant(&mut scope, &mut constants, &mut errors, n, value);
            }
            ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => bind_import(&mut scope, stmt, &mut errors),
            _ => {}
        }
    }
    // constants assigned by functions after `global NAME` are module variables
    let mut variables = Vec::new();
    for name in global_writes(&module.body) {
        if scope.globals.get(&name) == Some(&Global::Const) && !variables.contains(&name) {
            scope.globals.insert(name.clone(), Global::Var);
            variables.push(name);
        }
    }
    variables.sort_by_key(|v| constants.iter().position(|c| c == v));
    let mut functions = Vec::new();
    for (i, stmt) in module.body.iter().enumerate() {
        match stmt {
            // a function defined again later in the file: the last definition is the one
            // every call (and the export) sees, as in CPython
            ast::Stmt::FunctionDef(f) if !std::ptr::eq(scope.defs[f.name.id.as_str()], f) => {}
            ast::Stmt::FunctionDef(f) => {
                // `import` inside the function: its names are bound for this function
                let mut imports = Vec::new();
                function_imports(&f.body, &mut imports);
                let fscope;
                let scope = if imports.is_empty() {
                    &scope
                } else {
                    let mut s = scope.clone();
                    for imp in imports {
                        bind_import(&mut s, imp, &mut errors);
                    }
                    fscope = s;
                    &fscope
                };
                let (func, nested) = lower_function(scope, f, None, &[], &[], &HashMap::new());
                functions.push(func);
                functions.extend(nested);
            }
            ast::Stmt::Assign(a) if a.targets.iter().all(|t| constant_target(t, &a.value)) => {}
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
            fast_math: false,
            doc: None,
        });
    }
    if errors.is_empty() {
        Ok(ir::Module {
            functions,
            constants,
            variables,
            doc: docstring(&module.body),
            critical: Default::default(),
            numpy_params,
        })
    } else {
        Err(errors)
    }
}

/// `NAME = value` at module level: a constant if `value` is made of literals, other constants,
/// arithmetic and calls of pure builtins; anything else is reported.
/// A target of a module-level assignment pyrs takes as constants: a name, or a tuple of
/// names given a tuple literal of the same length.
fn constant_target(t: &ast::Expr, value: &ast::Expr) -> bool {
    match (t, value) {
        (ast::Expr::Name(_), _) => true,
        (ast::Expr::Tuple(ts), ast::Expr::Tuple(vs)) => {
            ts.elts.len() == vs.elts.len() && ts.elts.iter().all(|t| t.is_name_expr())
        }
        _ => false,
    }
}

fn module_constant<'a>(
    scope: &mut Scope<'a>,
    constants: &mut Vec<String>,
    errors: &mut Vec<Diagnostic>,
    n: &ast::ExprName,
    value: &'a ast::Expr,
) {
    let name = n.id.to_string();
    // `gamma = random.gamma`, `sqrt = np.sqrt`: another name for a function of the catalogue
    if let Some(m) = alias_of(scope, value) {
        scope.globals.insert(name, Global::Member(m));
        return;
    }
    if scope.consts.contains_key(&name) {
        errors.push(Diagnostic::new(
            span(n.range),
            format!(
                "module-level variable `{name}` is assigned more than once: pyrs compiles module-level constants only"
            ),
        ));
        return;
    }
    // a dict of constants (its reads are checked: `dict_consts.rs`)
    // keys and values literals (numbers, strings, tuples of them): a name could be a function
    fn literal(e: &ast::Expr) -> bool {
        match e {
            ast::Expr::NumberLiteral(_)
            | ast::Expr::StringLiteral(_)
            | ast::Expr::BooleanLiteral(_)
            | ast::Expr::NoneLiteral(_) => true,
            ast::Expr::UnaryOp(u) => literal(&u.operand),
            ast::Expr::Tuple(t) => t.elts.iter().all(literal),
            _ => false,
        }
    }
    // a value may also name a function of the file defined above (`{"linear": _linear}`: a
    // table of functions, its values `Ty::Funcs` dispatched at the call)
    let function =
        |e: &ast::Expr| matches!(e, ast::Expr::Name(f) if scope.globals.get(f.id.as_str()) == Some(&Global::Function));
    let bad = match value {
        ast::Expr::Dict(d) => d.items.iter().find_map(|it| match &it.key {
            Some(k) if !literal(k) => Some(k),
            Some(_) if !literal(&it.value) && !function(&it.value) => Some(&it.value),
            Some(_) => None,
            None => Some(value),
        }),
        _ => non_constant_part(value),
    };
    if let Some(bad) = bad {
        errors.push(
            Diagnostic::new(span(bad.range()), format!("module-level variable `{name}`: {} is not a constant", describe_expr(bad)))
                .help("compiled functions can read module-level constants made of numbers, strings, tuples, arithmetic and math functions; build other values inside a function"),
        );
        return;
    }
    // a table of functions is no attribute of the compiled module (its values are functions
    // of compiled code, which have no Python object)
    let table = matches!(value, ast::Expr::Dict(d) if d.items.iter().any(|it| function(&it.value)));
    scope.globals.insert(name.clone(), Global::Const);
    scope.consts.insert(name.clone(), value);
    if !table {
        constants.push(name);
    }
}

/// `module.function` (or `np.random.function`, `np.linalg.function`) naming a function pyrs
/// knows, with the module imported above.
fn alias_of(scope: &Scope<'_>, value: &ast::Expr) -> Option<Member> {
    let ast::Expr::Attribute(a) = value else { return None };
    let found = match &*a.value {
        ast::Expr::Name(m) => match scope.globals.get(m.id.as_str()) {
            Some(Global::KnownModule(module)) => Member::lookup(*module, a.attr.id.as_str()),
            _ => None,
        },
        ast::Expr::Attribute(inner) => match &*inner.value {
            ast::Expr::Name(m)
                if matches!(scope.globals.get(m.id.as_str()), Some(Global::KnownModule(Module::Numpy)))
                    && matches!(inner.attr.id.as_str(), "random" | "linalg") =>
            {
                NumpyFn::from_name(&format!("{}.{}", inner.attr.id, a.attr.id))
                    .map(|f| Member::Function(Intrinsic::Numpy(f)))
            }
            _ => None,
        },
        _ => None,
    };
    found.filter(|m| matches!(m, Member::Function(_)))
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
    /// generator expressions lowered as generator functions, by source offset
    genexprs: HashMap<u32, LocalFn>,
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
    /// reads of module-level dicts (checked by `dict_consts.rs`): the dict made, the name, where
    dict_const_reads: Vec<(ExprId, String, Span)>,
    /// module variables this function assigns (after `global NAME`)
    global_writes: HashSet<String>,
    /// stores into module variables waiting for the statement that assigned their temporary
    pending_sets: Vec<ir::Stmt>,
    /// functions and generators made here that read this function's variables when they run
    closures: Vec<late::Closure>,
    /// this function's `nonlocal` variables (returned with its result)
    nonlocal_out: Vec<String>,
    /// the variables of enclosing functions this one takes as extra arguments
    captured_in: HashSet<String>,
    /// lowering the call of a statement `f(...)` / `x = f(...)` (where a function with
    /// `nonlocal` variables may be called)
    nonlocal_call_ok: bool,
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
            genexprs: HashMap::new(),
            captured: Vec::new(),
            const_stack: Vec::new(),
            renames: Vec::new(),
            comp_count: 0,
            in_except: 0,
            synth: Vec::new(),
            dict_const_reads: Vec::new(),
            global_writes: HashSet::new(),
            pending_sets: Vec::new(),
            closures: Vec::new(),
            nonlocal_out: Vec::new(),
            captured_in: HashSet::new(),
            nonlocal_call_ok: false,
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
    writes: &[String],
    outer_funcs: &HashMap<String, LocalFn>,
) -> (ir::Function, Vec<ir::Function>) {
    let mut lw = FnLower::new(scope);
    lw.local_funcs = outer_funcs.clone();
    lw.nonlocal_out = writes.to_vec();
    lw.captured_in = captured.iter().cloned().collect();
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
        params.push(ir::Param {
            name: pd.parameter.name.id.to_string(),
            span: span(pd.parameter.range),
            default,
            star: false,
        });
    }
    if let Some(v) = &p.vararg {
        params.push(ir::Param { name: v.name.id.to_string(), span: span(v.range), default: None, star: true });
    }
    for c in captured {
        params.push(ir::Param { name: c.clone(), span: name_span, default: None, star: false });
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
    // `global NAME`: reading a module constant, or reading and assigning a module variable
    for (g, at) in global_names(&f.body) {
        if params.iter().any(|p| p.name == g) {
            lw.err(at, format!("name `{g}` is parameter and global"));
        } else if lw.locals.contains(&g) && scope.globals.get(&g) == Some(&Global::Var) {
            lw.locals.remove(&g);
            lw.global_writes.insert(g);
        } else if lw.locals.contains(&g) {
            lw.err(at, format!("`global {g}`: compiled code assigns module variables given a value at module level: add `{g} = ...` (a number, a string or a tuple of numbers) at module level"));
        } else if !matches!(scope.globals.get(&g), Some(Global::Const | Global::Var)) {
            lw.err(at, format!("`global {g}`: `{g}` is not a module-level constant pyrs compiles"));
        } else {
            lw.locals.remove(&g);
        }
    }
    let fname = rust_name.clone().unwrap_or_else(|| f.name.id.to_string());
    let mut nested = lw.nested_functions(&fname, &f.body);
    let mut body = lw.block(&f.body);
    lw.check_dict_const_reads(&body);
    lw.range_variables(&params, &mut body);
    lw.range_values(&fname, &mut body);
    if !writes.is_empty() && !ir::query::always_returns(&body) {
        // falling off the end: None, and the `nonlocal` variables
        let sp = span(f.range);
        let none = lw.expr_node(sp, ExprKind::None);
        let ret = lw.with_nonlocals(none, sp);
        body.push(ir::Stmt { span: sp, kind: StmtKind::Return(Some(ret)) });
    }
    let late = late::late_binding_errors(&params, &body, &lw.closures);
    lw.errors.extend(late);
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
            fast_math: false,
            doc: docstring(&f.body),
        },
        nested,
    )
}

/// The docstring of a body: its first statement, if a string literal.
fn docstring(body: &[ast::Stmt]) -> Option<String> {
    match body.first()? {
        ast::Stmt::Expr(e) => e.value.as_string_literal_expr().map(|s| s.value.to_str().to_string()),
        _ => None,
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
}
