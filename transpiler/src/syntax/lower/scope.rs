//! Names: what a name means in a function (local, nested function, module member, module
//! constant), the variables nested functions capture, and the functions they become.

use super::*;

/// The builtins that may be used as values (`key=len`, `map(str, xs)`, `reduce(max, xs)`).
const VALUE_BUILTINS: &[&str] = &[
    "abs", "len", "str", "int", "float", "complex", "bool", "repr", "ord", "chr", "hex", "oct", "bin", "round", "min",
    "max", "sum", "sorted", "list", "tuple", "set", "pow", "divmod", "any", "all",
];

/// The names of `global` statements in a function body, with their spans.
pub(super) fn global_names(body: &[ast::Stmt]) -> Vec<(String, Span)> {
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

/// The names functions of `module` (nested ones included) assign after `global NAME`.
pub(super) fn global_writes(module: &[ast::Stmt]) -> Vec<String> {
    struct V(Vec<String>);
    impl<'b> Visitor<'b> for V {
        fn visit_stmt(&mut self, s: &'b ast::Stmt) {
            if let ast::Stmt::FunctionDef(f) = s {
                let mut assigned = HashSet::new();
                collect_assigned(&f.body, &mut assigned);
                for (g, _) in global_names(&f.body) {
                    if assigned.contains(&g) {
                        self.0.push(g);
                    }
                }
            }
            walk_stmt(self, s)
        }
    }
    let mut v = V(Vec::new());
    for s in module {
        v.visit_stmt(s);
    }
    v.0
}

/// Every name a piece of code mentions.
#[derive(Default)]
pub(super) struct Names(HashSet<String>);

impl<'b> Visitor<'b> for Names {
    fn visit_expr(&mut self, e: &'b ast::Expr) {
        if let ast::Expr::Name(n) = e {
            self.0.insert(n.id.to_string());
        }
        walk_expr(self, e);
    }
}

/// The builtins that consume a generator expression passed as their only positional argument
/// whole, in order, before anything else runs: there it is lowered as a list comprehension
/// (the same values, the same order, the same exceptions). Everywhere else a generator
/// expression is a generator (`any`/`all`/`next` stop early, a variable can be read twice).
/// (`any`/`all` are lowered to comprehensions that stop at the deciding item.)
const EAGER_CONSUMERS: &[&str] =
    &["sum", "list", "tuple", "sorted", "set", "frozenset", "min", "max", "dict", "any", "all"];

/// The nested `def`s and lambdas of a function body (not inside nested ones).
#[derive(Default)]
pub(super) struct NestedDefs<'b> {
    defs: Vec<&'b ast::StmtFunctionDef>,
    lambdas: Vec<&'b ast::ExprLambda>,
    /// generator expressions not consumed whole at once (see `EAGER_CONSUMERS`)
    gens: Vec<&'b ast::ExprGenerator>,
    /// the names of `EAGER_CONSUMERS` that mean the builtin in this function
    eager: HashSet<&'static str>,
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
            ast::Expr::Generator(g) => self.gens.push(g),
            ast::Expr::Call(c) if self.consumes_whole(c) => {
                // `sum(x for x in xs)`: the generator expression is lowered as a list
                self.visit_expr(&c.func);
                walk_expr(self, &c.arguments.args[0]);
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value);
                }
            }
            _ => walk_expr(self, e),
        }
    }
}

impl NestedDefs<'_> {
    /// `sum(<genexpr>)`, `", ".join(<genexpr>)`: a call that consumes its one positional
    /// argument, a generator expression, whole before anything else runs.
    fn consumes_whole(&self, c: &ast::ExprCall) -> bool {
        let [ast::Expr::Generator(_)] = &*c.arguments.args else { return false };
        match &*c.func {
            ast::Expr::Name(n) => self.eager.contains(n.id.as_str()),
            ast::Expr::Attribute(a) => a.attr.id.as_str() == "join" && matches!(&*a.value, ast::Expr::StringLiteral(_)),
            _ => false,
        }
    }
}

/// The names of the `nonlocal` statements of a function body (not of its nested functions).
fn nonlocal_names(body: &[ast::Stmt], out: &mut Vec<(String, Span)>) {
    struct Find<'o>(&'o mut Vec<(String, Span)>);
    impl<'b> Visitor<'b> for Find<'_> {
        fn visit_stmt(&mut self, s: &'b ast::Stmt) {
            match s {
                ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_) => {}
                ast::Stmt::Nonlocal(n) => self.0.extend(n.names.iter().map(|i| (i.id.to_string(), span(i.range)))),
                _ => walk_stmt(self, s),
            }
        }
    }
    body.iter().for_each(|s| Find(out).visit_stmt(s));
}

/// Whether a function body (not its nested functions) has `yield`.
fn has_yield(body: &[ast::Stmt]) -> bool {
    #[derive(Default)]
    struct Yields(bool);
    impl<'b> Visitor<'b> for Yields {
        fn visit_stmt(&mut self, s: &'b ast::Stmt) {
            if !matches!(s, ast::Stmt::FunctionDef(_) | ast::Stmt::ClassDef(_)) {
                walk_stmt(self, s)
            }
        }
        fn visit_expr(&mut self, e: &'b ast::Expr) {
            match e {
                ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => self.0 = true,
                ast::Expr::Lambda(_) => {}
                _ => walk_expr(self, e),
            }
        }
    }
    let mut y = Yields::default();
    body.iter().for_each(|s| y.visit_stmt(s));
    y.0
}

/// `range(a[, b[, c]])` with the builtin `range`: the number of its arguments.
fn range_call_args(lw: &FnLower, e: &ast::Expr) -> Option<usize> {
    let ast::Expr::Call(c) = e else { return None };
    let ast::Expr::Name(n) = &*c.func else { return None };
    let n_args = c.arguments.args.len();
    (n.id.as_str() == "range"
        && lw.resolves_to_builtin("range")
        && c.arguments.keywords.is_empty()
        && (1..=3).contains(&n_args)
        && !c.arguments.args.iter().any(|a| a.is_starred_expr()))
    .then_some(n_args)
}

pub(super) fn collect_target_names(e: &ast::Expr, out: &mut HashSet<String>) {
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
pub(super) fn collect_assigned(body: &[ast::Stmt], out: &mut HashSet<String>) {
    pub(super) fn target(e: &ast::Expr, out: &mut HashSet<String>) {
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
            ast::Stmt::With(w) => {
                for item in &w.items {
                    if let Some(v) = item.optional_vars.as_deref() {
                        target(v, out);
                    }
                }
                collect_assigned(&w.body, out)
            }
            ast::Stmt::Try(t) => {
                collect_assigned(&t.body, out);
                // what a handler assigns is a local too (read after the `try`)
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    collect_assigned(&h.body, out);
                }
                collect_assigned(&t.orelse, out);
                collect_assigned(&t.finalbody, out);
            }
            _ => {}
        }
    }
}

/// The name of a `*args` parameter.
pub(super) fn vararg_name(p: &ast::Parameters) -> Option<String> {
    p.vararg.as_ref().map(|v| v.name.id.to_string())
}

pub(super) fn param_names(p: &ast::Parameters) -> (Vec<String>, Vec<Option<ast::Expr>>) {
    p.posonlyargs
        .iter()
        .chain(p.args.iter())
        .map(|pd| (pd.parameter.name.id.to_string(), pd.default.as_ref().map(|d| (**d).clone())))
        .unzip()
}

impl FnLower<'_> {
    /// Registers and lowers the functions and lambdas defined in this function's body.
    pub(super) fn nested_functions(&mut self, fname: &str, body: &[ast::Stmt]) -> Vec<ir::Function> {
        let mut nd = NestedDefs {
            eager: EAGER_CONSUMERS.iter().copied().filter(|n| self.resolves_to_builtin(n)).collect(),
            ..Default::default()
        };
        for s in body {
            nd.visit_stmt(s);
        }
        let mut out = self.genexpr_functions(fname, &nd.gens);
        if nd.defs.is_empty() && nd.lambdas.is_empty() {
            return out;
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
            let vararg = vararg_name(&d.parameters);
            let name = d.name.id.to_string();
            let mut all = params.clone();
            all.extend(vararg.clone());
            let captured = own_caps(&all);
            let writes = self.nonlocal_writes(d, &captured);
            self.local_funcs.insert(
                name.clone(),
                LocalFn {
                    rust_name: format!("{fname}__{name}"),
                    params,
                    defaults,
                    vararg,
                    captured,
                    generator: has_yield(&d.body),
                    writes,
                },
            );
        }
        for (k, l) in nd.lambdas.iter().enumerate() {
            let (params, defaults) = l.parameters.as_deref().map(param_names).unwrap_or_default();
            let at = l.range.start().to_u32();
            let key = nd.named.get(&at).cloned().unwrap_or_else(|| format!("<lambda@{at}>"));
            let rust_name = format!("{fname}__lambda{k}");
            let captured = own_caps(&params);
            self.lambdas.insert(at, key.clone());
            let lf =
                LocalFn { rust_name, params, defaults, vararg: None, captured, generator: false, writes: Vec::new() };
            self.local_funcs.insert(key, lf);
        }
        for d in &nd.defs {
            let lf = self.local_funcs[d.name.id.as_str()].clone();
            let (func, more) =
                lower_function(self.scope, d, Some(lf.rust_name.clone()), &lf.captured, &lf.writes, &self.local_funcs);
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

    /// The generator expressions of this function that are not consumed whole where they
    /// stand, as generator functions (Python's own definition of them): `(e for x in it if c)`
    /// is `__genexpr(iter(it))` with `def __genexpr(it0): for x in it0: if c: yield e` — the
    /// first iterable evaluated where the expression stands, everything else as the generator
    /// runs. `range(...)` as the first iterable passes its bounds (a counted loop inside).
    fn genexpr_functions(&mut self, fname: &str, gens: &[&ast::ExprGenerator]) -> Vec<ir::Function> {
        let mut out = Vec::new();
        for (k, g) in gens.iter().enumerate() {
            let sp = span(g.range);
            let Some(first) = g.generators.first() else { continue };
            // what the generator reads of this function: everything but its first iterable
            let mut mentioned = Names::default();
            mentioned.visit_expr(&g.elt);
            let mut own = HashSet::new();
            for (i, c) in g.generators.iter().enumerate() {
                collect_target_names(&c.target, &mut own);
                if i > 0 {
                    mentioned.visit_expr(&c.iter);
                }
                for cond in &c.ifs {
                    mentioned.visit_expr(cond);
                }
            }
            let mut captured: Vec<String> =
                mentioned.0.into_iter().filter(|n| self.is_local(n) && !own.contains(n)).collect();
            captured.sort();
            let range_args = range_call_args(self, &first.iter);
            let params: Vec<String> = match range_args {
                Some(n) => (0..n).map(|i| format!("__range{i}")).collect(),
                None => vec!["__iter".to_string()],
            };
            let rust_name = format!("{fname}__genexpr{k}");
            let lf = LocalFn {
                rust_name,
                params,
                defaults: Vec::new(),
                vararg: None,
                captured,
                generator: true,
                writes: Vec::new(),
            };
            out.push(self.lower_genexpr(g, &lf, range_args.is_some(), sp));
            self.genexprs.insert(g.range.start().to_u32(), lf);
        }
        out
    }

    fn lower_genexpr(&self, g: &ast::ExprGenerator, lf: &LocalFn, range: bool, sp: Span) -> ir::Function {
        let mut lw = FnLower::new(self.scope);
        lw.local_funcs = self.local_funcs.clone();
        let params: Vec<ir::Param> = lf
            .params
            .iter()
            .chain(&lf.captured)
            .map(|n| ir::Param { name: n.clone(), span: sp, default: None, star: false })
            .collect();
        for p in &params {
            lw.locals.insert(p.name.clone());
        }
        for c in &g.generators {
            collect_target_names(&c.target, &mut lw.locals);
            if c.is_async {
                lw.err(span(c.range), "`async for` is not supported");
            }
        }
        // innermost first: `yield elt`, wrapped in the conditions and loops from the last one out
        let elt = lw.expr(&g.elt);
        let mut body = vec![ir::Stmt { span: span(g.elt.range()), kind: StmtKind::Yield(elt) }];
        for (i, c) in g.generators.iter().enumerate().rev() {
            for cond in c.ifs.iter().rev() {
                let test = lw.expr(cond);
                body =
                    vec![ir::Stmt { span: span(cond.range()), kind: StmtKind::If { test, body, orelse: Vec::new() } }];
            }
            let target = lw.target(&c.target);
            let iter = if i > 0 {
                lw.for_iter(&c.iter)
            } else if range {
                let a: Vec<ir::Expr> = lf.params.iter().map(|p| lw.expr_node(sp, ExprKind::Local(p.clone()))).collect();
                super::stmt::range_iter(a).expect("range_call_args counted 1 to 3 arguments")
            } else {
                ir::ForIter::Seq(lw.expr_node(sp, ExprKind::Local(lf.params[0].clone())))
            };
            body = vec![ir::Stmt { span: span(c.range), kind: StmtKind::For { target, iter, body, parallel: None } }];
        }
        ir::Function {
            name: lf.rust_name.clone(),
            span: sp,
            name_span: sp,
            params,
            body,
            expr_count: lw.next_id,
            errors: lw.errors,
            parallel_arrays: false,
            fast_math: false,
            doc: None,
        }
    }

    /// A generator expression that is a generator: the call of its function (see
    /// `genexpr_functions`) with its first iterable and the variables it reads.
    pub(super) fn genexpr_call(&mut self, g: &ast::ExprGenerator, sp: Span) -> ExprKind {
        let lf = self.genexprs[&g.range.start().to_u32()].clone();
        let first = &g.generators[0].iter;
        let mut args = match (range_call_args(self, first), first) {
            (Some(_), ast::Expr::Call(c)) => self.exprs(&c.arguments.args),
            _ => vec![self.expr(first)],
        };
        let mut captured = Vec::new();
        for c in &lf.captured {
            let name = self.renamed(c).unwrap_or_else(|| c.clone());
            captured.push(name.clone());
            args.push(self.expr_node(sp, ExprKind::Local(name)));
        }
        self.closure(sp, "this generator expression".into(), captured);
        ExprKind::CallUser(lf.rust_name, args)
    }

    /// The `nonlocal` variables of the nested function `d` (checked: variables of this
    /// function, which it takes among `captured`; not in a generator).
    fn nonlocal_writes(&mut self, d: &ast::StmtFunctionDef, captured: &[String]) -> Vec<String> {
        let mut writes = Vec::new();
        let mut decls = Vec::new();
        nonlocal_names(&d.body, &mut decls);
        for (name, at) in decls {
            {
                if self.captured_in.contains(&name) {
                    self.err(at, format!("`nonlocal {name}` of a variable of a function around the enclosing one is not supported: assign it in the function that defines it"));
                } else if !self.is_local(&name) || !captured.contains(&name) {
                    self.err(at, format!("no binding for nonlocal `{name}` found"));
                } else if has_yield(&d.body) {
                    self.err(at, "`nonlocal` in a generator is not supported");
                } else if !writes.contains(&name) {
                    writes.push(name);
                }
            }
        }
        writes
    }

    /// `(value, w1, w2, ...)`: a result of a function with `nonlocal` variables.
    pub(super) fn with_nonlocals(&mut self, value: ir::Expr, sp: Span) -> ir::Expr {
        let mut items = vec![value];
        for w in self.nonlocal_out.clone() {
            items.push(self.expr_node(sp, ExprKind::Local(w)));
        }
        self.expr_node(sp, ExprKind::Tuple(items))
    }

    /// The `nonlocal` variables the function `f` called by name here assigns back, if any.
    pub(super) fn nonlocal_call(&self, e: &ast::Expr) -> Option<Vec<String>> {
        let ast::Expr::Call(c) = e else { return None };
        let ast::Expr::Name(n) = &*c.func else { return None };
        let name = n.id.as_str();
        if self.renamed(name).is_some() || self.is_local(name) {
            return None;
        }
        let lf = self.local_funcs.get(name)?;
        (!lf.writes.is_empty()).then(|| lf.writes.clone())
    }

    /// Notes a function value or generator made at `sp` that reads `captured` when it runs
    /// (checked by `late::late_binding_errors`).
    pub(super) fn closure(&mut self, sp: Span, what: String, captured: Vec<String>) {
        if !captured.is_empty() {
            self.closures.push(late::Closure { span: sp, what, captured });
        }
    }

    pub(super) fn lower_lambda(&self, l: &ast::ExprLambda, lf: &LocalFn) -> ir::Function {
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
                    star: false,
                });
            }
        }
        for c in &lf.captured {
            params.push(ir::Param { name: c.clone(), span: sp, default: None, star: false });
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
            fast_math: false,
            doc: None,
        }
    }

    /// An expression evaluated in the module's scope (a default value, a constant's value):
    /// the function's locals do not shadow module names there.
    pub(super) fn module_scope_expr(&mut self, e: &ast::Expr) -> ir::Expr {
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
    pub(super) fn const_value(&mut self, name: &str, sp: Span) -> ir::Expr {
        if self.const_stack.iter().any(|n| n == name) {
            self.err(sp, format!("module-level constant `{name}` is defined in terms of itself"));
            return self.bad(sp);
        }
        let Some(value) = self.scope.consts.get(name).copied() else { return self.bad(sp) };
        self.const_stack.push(name.to_string());
        let v = self.module_scope_expr(value);
        self.const_stack.pop();
        if matches!(value, ast::Expr::Dict(_)) {
            self.dict_const_reads.push((v.id, name.to_string(), sp));
        }
        v
    }

    /// Whether `name` is a variable here (a local, or a comprehension variable in scope).
    pub(super) fn is_local(&self, name: &str) -> bool {
        self.locals.contains(name) || self.renames.iter().any(|(n, _)| n == name)
    }

    pub(super) fn renamed(&self, name: &str) -> Option<String> {
        self.renames.iter().rev().find(|(n, _)| n == name).map(|(_, r)| r.clone())
    }

    pub(super) fn resolves_to_builtin(&self, name: &str) -> bool {
        !self.is_local(name) && !self.scope.globals.contains_key(name)
    }

    /// `module.member` where `module` names an imported module.
    pub(super) fn module_member(&mut self, module: &str, member: &str, sp: Span) -> Option<Member> {
        match self.scope.globals.get(module) {
            Some(Global::KnownModule(m)) => {
                let m = *m;
                let found = Member::lookup(m, member);
                if found.is_none() {
                    let name = match m {
                        Module::Math => "math",
                        Module::Numpy => "numpy",
                        Module::NumpyRandom => "numpy.random",
                        Module::NumpyLinalg => "numpy.linalg",
                        Module::Time => "time",
                        Module::Functools => "functools",
                        Module::Itertools => "itertools",
                        Module::Bisect => "bisect",
                        Module::Random => "random",
                    };
                    self.err(sp, format!("`{name}.{member}` is not supported yet"));
                }
                found
            }
            Some(Global::OtherModule(m)) => {
                let m = m.clone();
                self.err(
                    sp,
                    format!("module `{m}` is not supported by pyrs (only `math`, `numpy`, `random`, `time`, `functools`, `itertools` and `bisect`)"),
                );
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

    /// A builtin, `math` or `numpy` function as a value (`key=len`, `map(math.sqrt, xs)`,
    /// `reduce(max, xs)`): a function of the file calling it, of one argument, or of two for
    /// the functions usually given two.
    pub(super) fn intrinsic_value(&mut self, i: Intrinsic, sp: Span) -> ir::Expr {
        let python = i.python_name();
        let short = python.rsplit('.').next().unwrap_or(&python).to_string();
        let binary = matches!(
            short.as_str(),
            "min"
                | "max"
                | "pow"
                | "divmod"
                | "atan2"
                | "arctan2"
                | "hypot"
                | "copysign"
                | "fmod"
                | "ldexp"
                | "gcd"
                | "lcm"
                | "comb"
                | "perm"
                | "maximum"
                | "minimum"
                | "fmax"
                | "fmin"
                | "add"
                | "subtract"
                | "multiply"
                | "divide"
                | "power"
                | "logaddexp"
                | "isclose"
                | "dist"
        ) || matches!(i, Intrinsic::Numpy(f) if f.operator().is_some_and(|o| !matches!(o, "~" | "not" | "neg")));
        let fname = format!("__pyrs_builtin__{}", python.replace('.', "_"));
        let params: Vec<String> = if binary { vec!["x".into(), "y".into()] } else { vec!["x".into()] };
        let mut lw = FnLower::new(self.scope);
        let args: Vec<ir::Expr> = params.iter().map(|p| lw.expr_node(sp, ExprKind::Local(p.clone()))).collect();
        // numpy's operators as functions (`np.add`) lowered as a call of them is
        let call = if matches!(i, Intrinsic::Numpy(f) if f.operator().is_some()) {
            lw.intrinsic_call(sp, i, args)
        } else {
            lw.expr_node(sp, ExprKind::CallIntrinsic(i, args))
        };
        let errors = std::mem::take(&mut lw.errors);
        self.errors.extend(errors);
        self.synth.push(ir::Function {
            name: fname.clone(),
            span: sp,
            name_span: sp,
            params: params.into_iter().map(|name| ir::Param { name, span: sp, default: None, star: false }).collect(),
            body: vec![ir::Stmt { span: sp, kind: StmtKind::Return(Some(call)) }],
            expr_count: lw.next_id,
            errors: Vec::new(),
            parallel_arrays: false,
            fast_math: false,
            doc: None,
        });
        self.expr_node(sp, ExprKind::FuncRef(fname, Vec::new()))
    }

    /// A name read as a value: a local, a nested or module function (as `key=`), a module
    /// constant or a constant of `math`/`numpy`, a builtin as a function value.
    pub(super) fn name(&mut self, name: &str, sp: Span) -> ir::Expr {
        let kind = if let Some(r) = self.renamed(name) {
            ExprKind::Local(r)
        } else if self.is_local(name) {
            ExprKind::Local(name.to_string())
        } else if let Some(lf) = self.local_funcs.get(name) {
            // a local function as a value: its captured variables are read here
            if !lf.writes.is_empty() {
                self.err(
                    sp,
                    format!(
                        "`{name}` assigns `nonlocal` variables: it can only be called by its name, not used as a value"
                    ),
                );
                return self.bad(sp);
            }
            let caps = lf.captured.clone();
            let rust = lf.rust_name.clone();
            self.closure(sp, format!("function `{name}`"), caps.clone());
            let caps = caps.into_iter().map(|c| self.expr_node(sp, ExprKind::Local(c))).collect();
            ExprKind::FuncRef(rust, caps)
        } else {
            match self.scope.globals.get(name) {
                Some(Global::Const) => return self.const_value(name, sp),
                // inside a constant's value: the variable's value at import
                Some(Global::Var) if !self.const_stack.is_empty() => return self.const_value(name, sp),
                Some(Global::Var) => ExprKind::Global(name.to_string()),
                Some(Global::Function) => ExprKind::FuncRef(name.to_string(), Vec::new()),
                Some(Global::Member(Member::Constant(_, c))) => ExprKind::Const(*c),
                Some(Global::Member(Member::Function(Intrinsic::Numpy(t)))) if t.dtype().is_some() => {
                    ExprKind::DType(t.dtype().expect("checked"))
                }
                Some(Global::Member(Member::Function(i))) => {
                    let i = *i;
                    return self.intrinsic_value(i, sp);
                }
                Some(_) => {
                    self.err(sp, format!("`{name}` can only be called here, not used as a value"));
                    return self.bad(sp);
                }
                None if VALUE_BUILTINS.contains(&name) => {
                    let b = Builtin::from_name(name).expect("a builtin");
                    return self.intrinsic_value(Intrinsic::Builtin(b), sp);
                }
                None => {
                    self.err(sp, format!("name `{name}` is not defined in this function or at module level"));
                    return self.bad(sp);
                }
            }
        };
        self.expr_node(sp, kind)
    }
}
