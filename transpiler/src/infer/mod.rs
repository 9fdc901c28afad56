//! Type inference: from the exported signatures to a type for every local and expression of
//! every function instance that must be compiled.
//!
//! Each exported overload instantiates its function with the annotated argument types. A call
//! to another function of the file instantiates that function for the argument types at the
//! call site (different types → different instances). Within an instance, a variable's type is
//! the join of everything assigned to it (Python's numeric promotion bool < int < float <
//! complex); when no join exists, inference reports both places instead of guessing.
//! Return types of recursive functions are found by iterating to a fixed point over all
//! instances, starting from [`Ty::Unknown`].
//!
//! Architecture invariant: inference knows nothing of Rust; it produces data ([`Program`]) that
//! codegen turns into code.

mod builtins;
pub(crate) mod numpy;

use crate::diag::Diagnostic;
use crate::ir::query::always_returns;
use crate::ir::{self, BinOp, CmpOp, ExprKind, ForIter, StmtKind, Target, UnaryOp};
use crate::library::{Builtin as B, Constant, Intrinsic, MathFn as M, NumpyFn as N};
use crate::source::Span;
use crate::types::{Elem, Kind, Ty};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Everything codegen needs.
#[derive(Debug)]
pub struct Program {
    pub instances: Vec<Instance>,
    pub exports: Vec<ExportFn>,
    /// module constants exposed as attributes of the compiled module: name and the instance
    /// of the function computing it
    pub constants: Vec<(String, usize)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct InstanceKey {
    pub func: String,
    pub args: Vec<Ty>,
}

#[derive(Debug, Clone)]
pub struct Instance {
    pub key: InstanceKey,
    /// the Rust name of this instance, e.g. `fib__int`
    pub rust_name: String,
    pub ret: Ty,
    /// every local (parameters included) and its type, in a stable order
    pub locals: BTreeMap<String, Ty>,
    /// type of each expression, indexed by `ExprId`
    pub expr_types: Vec<Ty>,
    /// `x is None` / `x is not None` tests decided by the types of this instance (a variable
    /// is either always None or never): their value
    pub static_tests: HashMap<ir::ExprId, bool>,
}

impl Instance {
    pub fn ty(&self, e: &ir::Expr) -> &Ty {
        &self.expr_types[e.id.0 as usize]
    }
}

#[derive(Debug, Clone)]
pub struct ExportFn {
    pub name: String,
    pub params: Vec<String>,
    pub overloads: Vec<Overload>,
}

#[derive(Debug, Clone)]
pub struct Overload {
    /// the annotation types, as written (they decide conversion: layout, spelling)
    pub annotation: Vec<pyrs_annotations::Type>,
    pub instance: usize,
    /// `f(int, complex128[:])`, for error messages
    pub signature: String,
}

pub fn infer(
    module: &ir::Module,
    annotations: &pyrs_annotations::Annotations,
    positions: &dyn Fn(pyrs_annotations::Pos) -> Span,
) -> Result<Program, Vec<Diagnostic>> {
    let mut inf = Inference { module, instances: Vec::new(), index: HashMap::new(), errors: Vec::new(), report: false };
    let mut exports: Vec<ExportFn> = Vec::new();
    let mut errors = Vec::new();

    for export in &annotations.exports {
        let at = positions(export.pos);
        let Some(func) = module.function(&export.func) else {
            errors.push(Diagnostic::new(
                at,
                format!("`{}` is exported but no function of that name is defined in this file", export.func),
            ));
            continue;
        };
        if export.args.len() != func.params.len() {
            errors.push(
                Diagnostic::new(
                    at,
                    format!(
                        "the export of `{}` gives {} argument type{} but the function takes {}",
                        export.func,
                        export.args.len(),
                        if export.args.len() == 1 { "" } else { "s" },
                        func.params.len()
                    ),
                )
                .note(func.name_span, "the function is defined here"),
            );
            continue;
        }
        let mut tys = Vec::new();
        let mut ok = true;
        // `T?`: trailing arguments that may be left out (the def's default applies)
        let required = export.args.iter().take_while(|a| !a.optional).count();
        for (k, arg) in export.args.iter().enumerate() {
            if !arg.optional && k > required {
                errors.push(Diagnostic::new(
                    positions(arg.pos),
                    "an argument after an optional one (`T?`) must be optional too",
                ));
                ok = false;
            }
            if arg.optional && func.params[k].default.is_none() {
                errors.push(
                    Diagnostic::new(
                        positions(arg.pos),
                        format!("`{}` is optional in the export but has no default value", func.params[k].name),
                    )
                    .note(func.params[k].span, "the parameter is defined here"),
                );
                ok = false;
            }
            match Ty::from_annotation(&arg.ty) {
                Ok(t) => tys.push(t),
                Err(msg) => {
                    errors.push(Diagnostic::new(positions(arg.pos), msg));
                    ok = false;
                }
            }
        }
        if !ok {
            continue;
        }
        if !func.errors.is_empty() {
            // reported below, once per function
        }
        let signature = export.to_string();
        // one overload per number of arguments given, all of them first
        for n in (required..=export.args.len()).rev() {
            let instance = inf.request(&export.func, tys[..n].to_vec());
            let annotation = export.args[..n].iter().map(|a| a.ty.clone()).collect();
            let o = Overload { annotation, instance, signature: signature.clone() };
            match exports.iter_mut().find(|e| e.name == export.func) {
                Some(e) => e.overloads.push(o),
                None => exports.push(ExportFn {
                    name: export.func.clone(),
                    params: func.params.iter().map(|p| p.name.clone()).collect(),
                    overloads: vec![o],
                }),
            }
        }
    }
    for v in &annotations.variables {
        if !module.constants.contains(&v.name) {
            errors.push(Diagnostic::new(
                positions(v.pos),
                format!("`{}` is exported but is not a module-level constant of this file", v.name),
            ));
        }
    }
    let constants: Vec<(String, usize)> =
        module.constants.iter().map(|c| (c.clone(), inf.request(&ir::const_function(c), Vec::new()))).collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    if exports.is_empty() && annotations.variables.is_empty() {
        return Err(vec![Diagnostic::new(
            Span::default(),
            "nothing to compile: the file has no `# export name(types)` comment",
        )
        .help("add a line such as `# export f(int, float[])` naming a function and its argument types")]);
    }

    // functions with unsupported constructs: report each compiled one once
    let mut reported = HashSet::new();
    let mut lowering_errors = Vec::new();
    let mut round = 0;
    loop {
        round += 1;
        let mut changed = false;
        let mut i = 0;
        while i < inf.instances.len() {
            let f = inf.module.function(&inf.instances[i].key.func).expect("instances name functions");
            if reported.insert(f.name.clone()) {
                lowering_errors.extend(f.errors.iter().cloned());
            }
            if f.errors.is_empty() && inf.run(i) {
                changed = true;
            }
            i += 1;
        }
        if !lowering_errors.is_empty() {
            return Err(lowering_errors);
        }
        if !changed {
            break;
        }
        if round > 50 {
            return Err(vec![Diagnostic::new(
                Span::default(),
                "type inference did not converge (a recursive function whose return type grows without bound?)",
            )]);
        }
    }
    // a last pass that reports the errors of the final types
    inf.report = true;
    for i in 0..inf.instances.len() {
        inf.run(i);
    }
    if !inf.errors.is_empty() {
        // "cannot infer" is a consequence when another error is reported
        if inf.errors.iter().any(|d| !d.message.starts_with("cannot infer")) {
            inf.errors.retain(|d| !d.message.starts_with("cannot infer"));
        }
        let mut seen = HashSet::new();
        inf.errors.retain(|d| seen.insert((d.span, d.message.clone())));
        return Err(inf.errors);
    }
    let mut errors = Vec::new();
    for e in &exports {
        for o in &e.overloads {
            let inst = &inf.instances[o.instance];
            if inst.ret.max_tuple_len() > 12 {
                let f = module.function(&e.name).expect("exports name functions");
                errors.push(Diagnostic::new(
                    f.name_span,
                    format!(
                        "`{}` returns a tuple of more than 12 items, which pyrs does not convert: return a list",
                        e.name
                    ),
                ));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Program { instances: inf.instances, exports, constants })
}

struct Inference<'m> {
    module: &'m ir::Module,
    instances: Vec<Instance>,
    index: HashMap<InstanceKey, usize>,
    errors: Vec<Diagnostic>,
    report: bool,
}

fn mangle(t: &Ty) -> String {
    match t {
        Ty::Unknown => "unknown".into(),
        Ty::None => "none".into(),
        Ty::Bool => "bool".into(),
        Ty::Int => "int".into(),
        Ty::Float => "float".into(),
        Ty::Complex => "complex".into(),
        Ty::NpInt => "npint".into(),
        Ty::NpFloat => "npfloat".into(),
        Ty::NpComplex => "npcomplex".into(),
        Ty::NpSized(e) => format!("np{}", e.name()),
        Ty::Tuple(ts) => format!("tup_{}_end", ts.iter().map(mangle).collect::<Vec<_>>().join("_")),
        Ty::List(t) => format!("{}_list", mangle(t)),
        Ty::Array(e, n) => format!("{}_{}d", e.name(), n),
        Ty::Slice => "slice".into(),
        Ty::DType(e) => format!("dtype_{}", e.name()),
        Ty::Str => "str".into(),
        Ty::Set(t) => format!("{}_set", mangle(t)),
        Ty::Dict(k, v) => format!("{}_{}_dict", mangle(k), mangle(v)),
        Ty::Iter(t) => format!("{}_iter", mangle(t)),
        Ty::Exc => "exc".into(),
    }
}

impl<'m> Inference<'m> {
    fn request(&mut self, func: &str, args: Vec<Ty>) -> usize {
        let key = InstanceKey { func: func.to_string(), args };
        if let Some(i) = self.index.get(&key) {
            return *i;
        }
        let f = self.module.function(func).expect("caller checked");
        let mut locals = BTreeMap::new();
        for (p, t) in f.params.iter().zip(&key.args) {
            locals.insert(p.name.clone(), t.clone());
        }
        let rust_name = format!("{}__{}", func, key.args.iter().map(mangle).collect::<Vec<_>>().join("_"));
        let i = self.instances.len();
        self.instances.push(Instance {
            key: key.clone(),
            rust_name,
            ret: Ty::Unknown,
            locals,
            expr_types: vec![Ty::Unknown; f.expr_count as usize],
            static_tests: HashMap::new(),
        });
        self.index.insert(key, i);
        i
    }

    /// Infers instance `i` once with the current knowledge; whether anything changed.
    fn run(&mut self, i: usize) -> bool {
        let f = self.module.function(&self.instances[i].key.func).unwrap();
        let mut cx = FnCx {
            inf: self,
            locals: BTreeMap::new(),
            first_assign: HashMap::new(),
            expr_types: Vec::new(),
            ret: Ty::Unknown,
            ret_span: None,
            params: f.params.iter().map(|p| p.name.clone()).collect(),
            param_init: HashMap::new(),
            static_tests: HashMap::new(),
            allow_funcref: false,
            loop_depth: 0,
        };
        cx.locals = cx.inf.instances[i].locals.clone();
        cx.expr_types = vec![Ty::Unknown; f.expr_count as usize];
        // the types parameters start with: given, or their default's (`T?` left out)
        let nargs = cx.inf.instances[i].key.args.len();
        for (k, p) in f.params.iter().enumerate() {
            let t = if k < nargs {
                cx.inf.instances[i].key.args[k].clone()
            } else {
                match &p.default {
                    Some(d) => cx.expr(d),
                    None => Ty::Unknown,
                }
            };
            if k >= nargs && !cx.locals.contains_key(&p.name) {
                cx.locals.insert(p.name.clone(), t.clone());
            }
            cx.param_init.insert(p.name.clone(), t);
        }
        // iterate the body until the locals are stable (loops feed types back)
        let mut guard = 0;
        loop {
            let before = cx.locals.clone();
            cx.ret = Ty::Unknown;
            cx.ret_span = None;
            cx.block(&f.body);
            if cx.locals == before {
                break;
            }
            guard += 1;
            if guard > 20 {
                break;
            }
        }
        if !always_returns(&f.body) {
            // falling off the end returns None
            let prev = cx.ret.clone();
            if prev.join(&Ty::None).is_none() {
                let mut d = Diagnostic::new(
                    f.name_span,
                    format!("`{}` can reach its end and return None, but it also returns {prev}", f.name),
                )
                .help("return a value on every path (returning None on some paths is not supported yet)");
                if let Some(s) = cx.ret_span {
                    d = d.note(s, format!("returns {prev} here"));
                }
                cx.error(d);
            } else {
                cx.returned(Ty::None, f.span);
            }
        }
        let (locals, expr_types, ret, static_tests) = (cx.locals, cx.expr_types, cx.ret, cx.static_tests);
        if self.report {
            for (name, t) in &locals {
                if t.unresolved() {
                    let at = f.params.iter().find(|p| &p.name == name).map(|p| p.span).unwrap_or(f.name_span);
                    self.errors.push(Diagnostic::new(at, format!("cannot infer the type of `{name}` in `{}`", f.name)));
                }
            }
            if ret.unresolved() {
                self.errors.push(
                    Diagnostic::new(f.name_span, format!("cannot infer the return type of `{}`", f.name))
                        .help("a recursive function needs a base case that returns a value of known type"),
                );
            }
        }
        let inst = &mut self.instances[i];
        let changed = inst.ret != ret
            || inst.locals != locals
            || inst.expr_types != expr_types
            || inst.static_tests != static_tests;
        inst.ret = ret;
        inst.locals = locals;
        inst.expr_types = expr_types;
        inst.static_tests = static_tests;
        changed
    }
}

struct FnCx<'a, 'm> {
    inf: &'a mut Inference<'m>,
    locals: BTreeMap<String, Ty>,
    first_assign: HashMap<String, Span>,
    expr_types: Vec<Ty>,
    ret: Ty,
    ret_span: Option<Span>,
    params: Vec<String>,
    /// the type each parameter starts with in this instance
    param_init: HashMap<String, Ty>,
    static_tests: HashMap<ir::ExprId, bool>,
    /// a function reference is allowed here (`key=` of `sorted`)
    allow_funcref: bool,
    loop_depth: u32,
}

fn is_int_like(t: &Ty) -> bool {
    matches!(t.base(), Ty::Bool | Ty::Int)
}

/// Values `str()` and f-strings convert.
fn formattable(t: &Ty) -> bool {
    t.is_numeric()
        || matches!(t, Ty::Str | Ty::None | Ty::Unknown | Ty::Exc)
        || matches!(t, Ty::Tuple(ts) if ts.iter().all(formattable))
        || matches!(t, Ty::List(x) if formattable(x))
}

fn is_real(t: &Ty) -> bool {
    matches!(t.base(), Ty::Bool | Ty::Int | Ty::Float)
}

/// `-3` or `-(3)` as a constant, for `x ** -3`.
pub fn negative_int_constant(e: &ir::Expr) -> bool {
    match &e.kind {
        ExprKind::Int(v) => *v < 0,
        ExprKind::Unary(UnaryOp::Neg, inner) => matches!(inner.kind, ExprKind::Int(v) if v > 0),
        _ => false,
    }
}

/// A constant integer index (for tuples): `0`, `-1`.
/// Whether `e` is `x.flat` (numpy's flat iterator: subscripted, iterated, or given to a call).
pub fn is_flat(e: &ir::Expr) -> bool {
    matches!(&e.kind, ExprKind::Attribute(_, a) if a == "flat")
}

pub fn const_index(e: &ir::Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Int(v) => Some(*v),
        ExprKind::Unary(UnaryOp::Neg, inner) => match inner.kind {
            ExprKind::Int(v) => Some(-v),
            _ => None,
        },
        _ => None,
    }
}

impl FnCx<'_, '_> {
    fn error(&mut self, d: Diagnostic) {
        if self.inf.report {
            self.inf.errors.push(d);
        }
    }

    fn returned(&mut self, t: Ty, at: Span) {
        match self.ret.join(&t) {
            Some(j) => {
                self.ret = j;
                self.ret_span.get_or_insert(at);
            }
            None => {
                let prev = self.ret.clone();
                let mut d = Diagnostic::new(at, format!("this returns {t}, but the function also returns {prev}"));
                if let Some(s) = self.ret_span {
                    d = d.note(s, format!("returns {prev} here"));
                }
                if t == Ty::None || prev == Ty::None {
                    d = d.help("a function that returns a value must return one on every path (returning None on some paths is not supported yet)");
                }
                self.error(d);
            }
        }
    }

    fn assign_local(&mut self, name: &str, t: Ty, at: Span) {
        let cur = self.locals.get(name).cloned().unwrap_or(Ty::Unknown);
        // `if out is None: out = np.empty(n)`: a parameter that is None in this instance
        // takes the type of what is assigned to it
        if self.param_init.get(name) == Some(&Ty::None) && t != Ty::None {
            let j = if cur == Ty::None { Some(t.clone()) } else { cur.join_var(&t) };
            match j {
                Some(j) => {
                    self.locals.insert(name.to_string(), j);
                    self.first_assign.entry(name.to_string()).or_insert(at);
                }
                None => self.error(Diagnostic::new(
                    at,
                    format!("`{name}` is assigned a {t} here, but it holds a {cur} elsewhere"),
                )),
            }
            return;
        }
        if self.params.iter().any(|p| p == name) && cur != Ty::Unknown {
            // a parameter keeps its annotated type: the value must convert to it
            if cur.join(&t).map(|j| j.base()) != Some(cur.base()) {
                self.error(Diagnostic::new(
                    at,
                    format!(
                    "`{name}` is a parameter of type {cur}; assigning a {t} to it is not supported (use a new variable)"
                ),
                ));
            }
            return;
        }
        match cur.join_var(&t) {
            Some(j) => {
                self.locals.insert(name.to_string(), j);
                self.first_assign.entry(name.to_string()).or_insert(at);
            }
            None => {
                let mut d =
                    Diagnostic::new(at, format!("`{name}` is assigned a {t} here, but it holds a {cur} elsewhere"));
                if let Some(first) = self.first_assign.get(name) {
                    d = d.note(*first, format!("`{name}` is assigned a {cur} here"));
                }
                self.error(d.help("pyrs gives each variable one type; use two variables"));
            }
        }
    }

    fn block(&mut self, body: &[ir::Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &ir::Stmt) {
        match &s.kind {
            StmtKind::Assign { target, value } => {
                let t = self.expr(value);
                self.refuse_flat_value(value);
                self.assign(target, t, value.span);
            }
            StmtKind::AugAssign { target, op, value } => {
                let cur = match target {
                    Target::Name(n, sp) => match self.locals.get(n) {
                        Some(t) => t.clone(),
                        None => {
                            self.error(Diagnostic::new(*sp, format!("`{n}` is used before it is assigned")));
                            Ty::Unknown
                        }
                    },
                    Target::Subscript { value, index, span } => self.subscript_type(value, index, *span),
                    Target::Tuple(..) => Ty::Unknown,
                };
                let rhs = self.expr(value);
                let t = self.binop_type(*op, &cur, &rhs, value, s.span);
                if let (Ty::Array(de, _), Ty::Array(te, _)) = (&cur, &t) {
                    // in place: numpy's same_kind casting refuses e.g. float results into an int array
                    if !te.same_kind_cast(*de) {
                        self.error(Diagnostic::new(
                            s.span,
                            format!(
                                "`{}=` would store {} results in an array of {} in place (numpy raises UFuncTypeError)",
                                op.symbol(),
                                te.name(),
                                de.name()
                            ),
                        ));
                    }
                    return;
                }
                self.assign(target, t, s.span);
            }
            StmtKind::Expr(e) => {
                self.expr(e);
            }
            StmtKind::If { test, body, orelse } => {
                let t = self.expr(test);
                self.check_truth(&t, test.span);
                // `if out is None:` decided by this instance's types: only the branch taken
                match self.static_tests.get(&test.id) {
                    Some(true) => self.block(body),
                    Some(false) => self.block(orelse),
                    None => {
                        self.block(body);
                        self.block(orelse);
                    }
                }
            }
            StmtKind::Raise(r) => match r {
                ir::Raise::Reraise => {}
                ir::Raise::New { msg, .. } => {
                    if let Some(m) = msg {
                        let t = self.expr(m);
                        if !formattable(&t) {
                            self.error(Diagnostic::new(
                                m.span,
                                format!("an exception message of type {t} is not supported: pass a str"),
                            ));
                        }
                    }
                }
                ir::Raise::Var(n) => {
                    if self.locals.get(n) != Some(&Ty::Exc) {
                        self.error(Diagnostic::new(
                            s.span,
                            format!("`raise {n}`: only an exception bound by `except ... as {n}` can be raised again"),
                        ));
                    }
                }
            },
            StmtKind::Assert { test, msg } => {
                let t = self.expr(test);
                self.check_truth(&t, test.span);
                if let Some(m) = msg {
                    let t = self.expr(m);
                    if !formattable(&t) {
                        self.error(Diagnostic::new(
                            m.span,
                            format!("an assert message of type {t} is not supported: pass a str"),
                        ));
                    }
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.block(body);
                for h in handlers {
                    if let Some(n) = &h.name {
                        self.locals.insert(n.clone(), Ty::Exc);
                    }
                    self.block(&h.body);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            StmtKind::Delete { value, index } => {
                let c = self.expr(value);
                let it = self.expr(index);
                match &c {
                    Ty::Dict(k, _) => self.check_key(k, &it, index.span),
                    Ty::List(_) if is_int_like(&it) || it == Ty::Slice => {}
                    Ty::Unknown => {}
                    other => {
                        self.error(Diagnostic::new(s.span, format!("`del` of an item of a {other} is not supported")))
                    }
                }
            }
            StmtKind::While { test, body } => {
                let t = self.expr(test);
                self.check_truth(&t, test.span);
                self.block(body);
            }
            StmtKind::For { target, iter, body, .. } => {
                let elem = self.for_iter_elem(iter);
                self.assign(target, elem, target.span());
                self.loop_depth += 1;
                self.block(body);
                self.loop_depth -= 1;
            }
            StmtKind::Return(v) => {
                let t = match v {
                    Some(e) => {
                        let t = self.expr(e);
                        self.refuse_flat_value(e);
                        t
                    }
                    None => Ty::None,
                };
                self.returned(t, s.span);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        }
    }

    /// The item type of a list or set display: the join of its items (`None` after an error).
    fn join_items(&mut self, items: &[ir::Expr], what: &str) -> Option<Ty> {
        let mut acc = Ty::Unknown;
        for x in items {
            let t = self.expr(x);
            match acc.join(&t) {
                Some(j) => acc = j,
                None => {
                    self.error(Diagnostic::new(
                        x.span,
                        format!("a {what} holding both {acc} and {t} is not supported"),
                    ));
                    return None;
                }
            }
        }
        Some(acc)
    }

    /// The type of the loop variable of a `for` (or a comprehension's `for`).
    fn for_iter_elem(&mut self, iter: &ForIter) -> Ty {
        match iter {
            ForIter::Range { start, stop, step } => {
                for e in start.iter().chain(std::iter::once(stop)).chain(step.iter()) {
                    let t = self.expr(e);
                    if !is_int_like(&t) && t != Ty::Unknown {
                        self.error(Diagnostic::new(e.span, format!("range() arguments must be ints, not {t}")));
                    }
                }
                Ty::Int
            }
            ForIter::Seq(e) => {
                let t = self.expr(e);
                self.iter_elem(&t, e.span)
            }
        }
    }

    /// The type of the items of an iterable of type `t` (`for x in t`, comprehensions, `sum`).
    fn iter_elem(&mut self, t: &Ty, at: Span) -> Ty {
        match t {
            Ty::List(inner) | Ty::Set(inner) | Ty::Iter(inner) => (**inner).clone(),
            Ty::Dict(k, _) => (**k).clone(),
            Ty::Str => Ty::Str,
            Ty::Array(el, 1) => el.scalar(),
            Ty::Tuple(items) if !items.is_empty() && items.iter().all(|x| x == &items[0]) => items[0].clone(),
            Ty::Unknown => Ty::Unknown,
            other => {
                self.error(Diagnostic::new(at, format!("iterating over a {other} is not supported yet")));
                Ty::Unknown
            }
        }
    }

    /// A dict key (or set element) of type `t` where keys of type `k` are stored.
    fn check_key(&mut self, k: &Ty, t: &Ty, at: Span) {
        if *t == Ty::Unknown || *k == Ty::Unknown {
            return;
        }
        let ok = k.join(t).map(|j| j.base() == k.base()).unwrap_or(false);
        if !ok {
            self.error(Diagnostic::new(at, format!("a key of type {t} in a container with keys of type {k}")));
        }
    }

    /// `d[k].append(x)` / `rows[i].append(x)` where the items are lists of a narrower (or
    /// unknown) type: the local container's item type widens to lists of `j`.
    fn widen_item_list(&mut self, receiver: &ir::Expr, j: &Ty, at: Span) -> bool {
        let ExprKind::Subscript(c, _) = &receiver.kind else { return false };
        let ExprKind::Local(n) = &c.kind else { return false };
        if self.params.contains(n) {
            return false;
        }
        let widened = match self.locals.get(n) {
            Some(Ty::Dict(k, v)) if matches!(**v, Ty::List(_)) => {
                Ty::Dict(k.clone(), Box::new(Ty::List(Box::new(j.clone()))))
            }
            Some(Ty::List(v)) if matches!(**v, Ty::List(_)) => Ty::List(Box::new(Ty::List(Box::new(j.clone())))),
            _ => return false,
        };
        let n = n.clone();
        self.assign_local(&n, widened, at);
        true
    }

    /// `x is None` / `x is not None` on a variable: decided by its type in this instance.
    fn none_test(&mut self, e: &ir::Expr) -> Option<bool> {
        let ExprKind::Compare(l, rest) = &e.kind else { return None };
        let [(op @ (CmpOp::Is | CmpOp::IsNot), r)] = rest.as_slice() else { return None };
        let name = match (&l.kind, &r.kind) {
            (ExprKind::Local(n), ExprKind::None) | (ExprKind::None, ExprKind::Local(n)) => n,
            _ => return None,
        };
        let t = match self.param_init.get(name) {
            Some(t) => t.clone(),
            None => self.locals.get(name).cloned()?,
        };
        if t == Ty::Unknown {
            return None;
        }
        let is_none = t == Ty::None;
        let v = if *op == CmpOp::Is { is_none } else { !is_none };
        self.static_tests.insert(e.id, v);
        Some(v)
    }

    fn check_truth(&mut self, t: &Ty, at: Span) {
        if let Ty::Array(..) = t {
            self.error(Diagnostic::new(
                at,
                "the truth value of an array is ambiguous (numpy raises ValueError): use len(a) or a.any()/a.all()",
            ));
        }
    }

    fn assign(&mut self, target: &Target, t: Ty, at: Span) {
        match target {
            Target::Name(n, _) => self.assign_local(n, t, at),
            Target::Tuple(ts, sp) => match &t {
                Ty::Tuple(items) if items.len() == ts.len() => {
                    for (tt, it) in ts.iter().zip(items.clone()) {
                        self.assign(tt, it, at);
                    }
                }
                Ty::Unknown => {
                    for tt in ts {
                        self.assign(tt, Ty::Unknown, at);
                    }
                }
                other => self.error(Diagnostic::new(*sp, format!("cannot unpack a {other} into {} names", ts.len()))),
            },
            Target::Subscript { value, index, .. } if is_flat(value) => {
                if let (Some(el), _) = self.flat_subscript(value, index) {
                    self.check_store(el, &t, at);
                }
            }
            Target::Subscript { value, index, span } => {
                let container = self.expr(value);
                let it = self.expr(index);
                match &container {
                    Ty::Array(el, n) => {
                        let target_t = self.array_subscript(*el, *n, index, &it);
                        if target_t != Ty::Unknown {
                            self.check_store(*el, &t, at);
                        }
                    }
                    Ty::List(el) => {
                        if !is_int_like(&it) && it != Ty::Unknown {
                            self.error(Diagnostic::new(index.span, format!("list indices must be integers, not {it}")));
                        }
                        let el = (**el).clone();
                        match el.join(&t) {
                            Some(j) if j.base() == el.base() => {}
                            Some(j) => {
                                // a local list widens (`[0] * n` then storing floats)
                                if let ExprKind::Local(n) = &value.kind {
                                    if !self.params.contains(n) {
                                        self.assign_local(n, Ty::List(Box::new(j)), at);
                                        return;
                                    }
                                }
                                self.error(Diagnostic::new(at, format!("cannot store a {t} in a list of {el}")));
                            }
                            None => self.error(Diagnostic::new(at, format!("cannot store a {t} in a list of {el}"))),
                        }
                    }
                    Ty::Dict(k, v) => {
                        let (k, v) = ((**k).clone(), (**v).clone());
                        self.check_key(&k, &it, index.span);
                        match v.join(&t) {
                            Some(j) if j.base() == v.base() => {}
                            Some(j) => {
                                // a local dict widens (`{}` then storing floats)
                                if let ExprKind::Local(n) = &value.kind {
                                    if !self.params.contains(n) {
                                        let kk = if k == Ty::Unknown { it.clone() } else { k };
                                        self.assign_local(n, Ty::Dict(Box::new(kk), Box::new(j)), at);
                                        return;
                                    }
                                }
                                self.error(Diagnostic::new(at, format!("cannot store a {t} in a dict of {v}")));
                            }
                            None => self.error(Diagnostic::new(at, format!("cannot store a {t} in a dict of {v}"))),
                        }
                        if k == Ty::Unknown {
                            if let ExprKind::Local(n) = &value.kind {
                                self.assign_local(
                                    n,
                                    Ty::Dict(Box::new(it.clone()), Box::new(v.join(&t).unwrap_or(v))),
                                    at,
                                );
                            }
                        }
                    }
                    Ty::Unknown => {}
                    other => {
                        self.error(Diagnostic::new(*span, format!("item assignment on a {other} is not supported")))
                    }
                }
            }
        }
    }

    fn subscript_type(&mut self, value: &ir::Expr, index: &ir::Expr, at: Span) -> Ty {
        if is_flat(value) {
            return self.flat_subscript(value, index).1;
        }
        let c = self.expr(value);
        let it = self.expr(index);
        match &c {
            Ty::Array(el, n) => self.array_subscript(*el, *n, index, &it),
            Ty::List(_) | Ty::Str if it == Ty::Slice => c.clone(),
            Ty::List(el) => {
                if !is_int_like(&it) && it != Ty::Unknown {
                    self.error(Diagnostic::new(index.span, format!("list indices must be integers, not {it}")));
                }
                (**el).clone()
            }
            Ty::Str => {
                if !is_int_like(&it) && it != Ty::Unknown {
                    self.error(Diagnostic::new(index.span, format!("string indices must be integers, not {it}")));
                }
                Ty::Str
            }
            Ty::Dict(k, v) => {
                let (k, v) = ((**k).clone(), (**v).clone());
                self.check_key(&k, &it, index.span);
                v
            }
            Ty::Tuple(items) => match const_index(index) {
                Some(k) => {
                    let n = items.len() as i64;
                    let j = if k < 0 { k + n } else { k };
                    if j < 0 || j >= n {
                        self.error(Diagnostic::new(
                            index.span,
                            format!("tuple index {k} out of range for a tuple of {n}"),
                        ));
                        Ty::Unknown
                    } else {
                        items[j as usize].clone()
                    }
                }
                None => {
                    let first = items.first().cloned().unwrap_or(Ty::Unknown);
                    if items.iter().all(|t| *t == first) && !items.is_empty() {
                        first
                    } else {
                        self.error(Diagnostic::new(
                            index.span,
                            "indexing a tuple of mixed types needs a constant index",
                        ));
                        Ty::Unknown
                    }
                }
            },
            Ty::Unknown => Ty::Unknown,
            other => {
                self.error(Diagnostic::new(at, format!("a {other} cannot be indexed")));
                Ty::Unknown
            }
        }
    }

    fn expr(&mut self, e: &ir::Expr) -> Ty {
        let t = self.expr_inner(e);
        self.expr_types[e.id.0 as usize] = t.clone();
        t
    }

    fn expr_inner(&mut self, e: &ir::Expr) -> Ty {
        match &e.kind {
            ExprKind::Int(_) => Ty::Int,
            ExprKind::Str(_) => Ty::Str,
            ExprKind::FString(parts) => {
                for p in parts {
                    if let ir::FPart::Value { expr, .. } = p {
                        let t = self.expr(expr);
                        if !formattable(&t) {
                            self.error(Diagnostic::new(
                                expr.span,
                                format!("formatting a {t} in an f-string is not supported"),
                            ));
                        }
                    }
                }
                Ty::Str
            }
            ExprKind::Set(items) => {
                let Some(acc) = self.join_items(items, "set") else { return Ty::Unknown };
                if !acc.is_hashable() {
                    self.error(Diagnostic::new(
                        e.span,
                        format!("sets of {acc} are not supported (elements: int, bool, str or tuples of them)"),
                    ));
                }
                Ty::Set(Box::new(acc))
            }
            ExprKind::Dict(items) => {
                let (mut kacc, mut vacc) = (Ty::Unknown, Ty::Unknown);
                for (k, v) in items {
                    let kt = self.expr(k);
                    let vt = self.expr(v);
                    match (kacc.join(&kt), vacc.join(&vt)) {
                        (Some(a), Some(b)) => {
                            kacc = a;
                            vacc = b;
                        }
                        _ => {
                            self.error(Diagnostic::new(
                                k.span,
                                format!("a dict mixing {kacc}:{vacc} and {kt}:{vt} items is not supported"),
                            ));
                            return Ty::Unknown;
                        }
                    }
                }
                if !kacc.is_hashable() {
                    self.error(Diagnostic::new(
                        e.span,
                        format!("dict keys of type {kacc} are not supported (keys: int, bool, str or tuples of them)"),
                    ));
                }
                Ty::Dict(Box::new(kacc), Box::new(vacc))
            }
            ExprKind::Comp { kind, elt, value, gens } => {
                for g in gens {
                    let el = self.for_iter_elem(&g.iter);
                    self.assign(&g.target, el, g.target.span());
                    for c in &g.ifs {
                        let t = self.expr(c);
                        self.check_truth(&t, c.span);
                    }
                }
                let et = self.expr(elt);
                match kind {
                    ir::CompKind::List => {
                        if matches!(et, Ty::Array(..)) {
                            self.error(Diagnostic::new(elt.span, "lists of arrays are not supported yet"));
                        }
                        Ty::List(Box::new(et))
                    }
                    ir::CompKind::Set => {
                        if !et.is_hashable() {
                            self.error(Diagnostic::new(elt.span, format!("sets of {et} are not supported")));
                        }
                        Ty::Set(Box::new(et))
                    }
                    ir::CompKind::Dict => {
                        let vt = value.as_ref().map(|v| self.expr(v)).unwrap_or(Ty::Unknown);
                        if !et.is_hashable() {
                            self.error(Diagnostic::new(elt.span, format!("dict keys of type {et} are not supported")));
                        }
                        Ty::Dict(Box::new(et), Box::new(vt))
                    }
                }
            }
            ExprKind::FuncRef(_, caps) => {
                for c in caps {
                    self.expr(c);
                }
                if !self.allow_funcref {
                    self.error(Diagnostic::new(
                        e.span,
                        "functions as values are only supported as the `key=` of sorted()",
                    ));
                }
                Ty::None
            }
            ExprKind::Float(_) => Ty::Float,
            ExprKind::Imag(_) => Ty::Complex,
            ExprKind::Bool(_) => Ty::Bool,
            ExprKind::None => Ty::None,
            ExprKind::Local(n) => match self.locals.get(n) {
                Some(t) => t.clone(),
                None => {
                    self.error(Diagnostic::new(e.span, format!("`{n}` is used before it is assigned")));
                    Ty::Unknown
                }
            },
            ExprKind::Const(Constant::NewAxis) => Ty::None,
            ExprKind::Const(_) => Ty::Float,
            ExprKind::BinOp(op, l, r) => {
                let lt = self.expr(l);
                let rt = self.expr(r);
                self.binop_type(*op, &lt, &rt, r, e.span)
            }
            ExprKind::Unary(op, x) => {
                let t = self.expr(x);
                match (op, &t) {
                    (_, Ty::Unknown) => Ty::Unknown,
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Array(Elem::Bool, _)) => {
                        self.error(Diagnostic::new(
                            e.span,
                            "unary `-`/`+` of a bool array is not supported by numpy: use `~`",
                        ));
                        Ty::Unknown
                    }
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Array(..)) => t.clone(),
                    (UnaryOp::Invert, Ty::Array(e, _)) if e.kind() <= crate::types::Kind::Int => t.clone(),
                    (UnaryOp::Not, _) => {
                        self.check_truth(&t, x.span);
                        Ty::Bool
                    }
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Bool) => Ty::Int,
                    (UnaryOp::Neg | UnaryOp::Pos, t) if t.is_numeric() => t.clone(),
                    (UnaryOp::Invert, Ty::Bool | Ty::Int) => Ty::Int,
                    (UnaryOp::Invert, Ty::NpInt) => Ty::NpInt,
                    (UnaryOp::Invert, Ty::NpSized(e)) if e.kind() == crate::types::Kind::Int => t.clone(),
                    (op, t) => {
                        let sym = match op {
                            UnaryOp::Neg => "-",
                            UnaryOp::Pos => "+",
                            UnaryOp::Invert => "~",
                            UnaryOp::Not => "not",
                        };
                        self.error(Diagnostic::new(e.span, format!("bad operand type for unary {sym}: {t}")));
                        Ty::Unknown
                    }
                }
            }
            ExprKind::BoolOp(_, values) => {
                let mut acc = Ty::Unknown;
                for v in values {
                    let t = self.expr(v);
                    self.check_truth(&t, v.span);
                    match acc.join(&t) {
                        Some(j) => acc = j,
                        None => {
                            self.error(Diagnostic::new(
                                v.span,
                                format!(
                                    "`and`/`or` between a {acc} and a {t}: the result type would depend on the values"
                                ),
                            ));
                            return Ty::Unknown;
                        }
                    }
                }
                acc
            }
            ExprKind::Compare(first, rest) => {
                let ft = self.expr(first);
                let rts: Vec<Ty> = rest.iter().map(|(_, r)| self.expr(r)).collect();
                if self.none_test(e).is_some() {
                    return Ty::Bool;
                }
                let elem_of = |t: &Ty| match t {
                    Ty::Array(e, _) => Some(*e),
                    t => t.sized(),
                };
                if std::iter::once(&ft).chain(rts.iter()).any(|t| elem_of(t) == Some(Elem::UInt64)) {
                    self.error(Diagnostic::new(e.span, "comparisons of uint64 values are not supported yet"));
                    return Ty::Unknown;
                }
                // `a.dtype == np.float32`: decided by the types
                let all_dtypes = std::iter::once(&ft).chain(rts.iter()).all(|t| matches!(t, Ty::DType(_)));
                if all_dtypes && rest.iter().all(|(op, _)| matches!(op, CmpOp::Eq | CmpOp::NotEq)) {
                    return Ty::Bool;
                }
                if rest.iter().any(|(op, _)| matches!(op, CmpOp::In | CmpOp::NotIn)) {
                    let mut lt = ft;
                    for ((op, r), rt) in rest.iter().zip(rts) {
                        if matches!(op, CmpOp::In | CmpOp::NotIn) {
                            self.check_in(&lt, &rt, r.span);
                        } else {
                            self.check_compare(*op, &lt, &rt, e.span);
                        }
                        lt = rt;
                    }
                    return Ty::Bool;
                }
                let arrays: Vec<usize> = std::iter::once(&ft)
                    .chain(rts.iter())
                    .filter_map(|t| match t {
                        Ty::Array(_, n) => Some(*n),
                        _ => None,
                    })
                    .collect();
                if !arrays.is_empty() {
                    if rest.len() != 1 || matches!(rest[0].0, CmpOp::Is | CmpOp::IsNot) {
                        self.error(Diagnostic::new(e.span, "a chained comparison or `is` with arrays is not supported (numpy raises ValueError for chains)"));
                        return Ty::Unknown;
                    }
                    if std::iter::once(&ft)
                        .chain(rts.iter())
                        .any(|t| !matches!(t, Ty::Array(..)) && !t.is_numeric() && *t != Ty::Unknown)
                    {
                        self.error(Diagnostic::new(e.span, "comparing an array with a non-number is not supported"));
                        return Ty::Unknown;
                    }
                    return Ty::Array(Elem::Bool, arrays.into_iter().max().unwrap_or(1));
                }
                let mut lt = ft;
                for (op, r) in rest {
                    let rt = self.expr(r);
                    self.check_compare(*op, &lt, &rt, e.span);
                    lt = rt;
                }
                Ty::Bool
            }
            ExprKind::IfExp { test, body, orelse } => {
                let tt = self.expr(test);
                self.check_truth(&tt, test.span);
                let a = self.expr(body);
                let b = self.expr(orelse);
                match a.join(&b) {
                    Some(j) => j,
                    None => {
                        self.error(Diagnostic::new(e.span, format!("the two branches give a {a} and a {b}")));
                        Ty::Unknown
                    }
                }
            }
            ExprKind::CallIntrinsic(i, args) => {
                let keyed = matches!(i, Intrinsic::Builtin(B::Sorted));
                let ts: Vec<Ty> = args
                    .iter()
                    .map(|a| {
                        self.allow_funcref = keyed && matches!(a.kind, ExprKind::FuncRef(..));
                        let t = self.expr(a);
                        self.allow_funcref = false;
                        t
                    })
                    .collect();
                if ts.contains(&Ty::Unknown) {
                    return Ty::Unknown;
                }
                if let Intrinsic::Builtin(b) = i {
                    if let Some(t) = self.builtin_more(*b, args, &ts, e.span) {
                        return t;
                    }
                }
                if let Intrinsic::Numpy(f) = i {
                    if let Some(t) = self.numpy_call(*f, args, &ts, e.span) {
                        return t;
                    }
                }
                if let (Intrinsic::Builtin(B::Abs), [Ty::Array(el, n)]) = (i, ts.as_slice()) {
                    return match self.unary_ufunc(N::Abs, *el, e.span) {
                        Some(out) => Ty::Array(out, *n),
                        None => Ty::Unknown,
                    };
                }
                if let (
                    Intrinsic::Builtin(
                        b @ (B::Min | B::Max | B::Sum | B::Round | B::Int | B::Float | B::Bool | B::Complex),
                    ),
                    true,
                ) = (i, ts.iter().any(|t| matches!(t, Ty::Array(..))))
                {
                    self.error(Diagnostic::new(
                        e.span,
                        format!("the builtin {b}() of an array is not supported: use numpy.{b}() or the array method"),
                    ));
                    return Ty::Unknown;
                }
                self.intrinsic_type(*i, &ts, args, e.span)
            }
            ExprKind::CallUser(name, args) => {
                let ts: Vec<Ty> = args.iter().map(|a| self.expr(a)).collect();
                let f = self.inf.module.function(name).expect("lowering resolved it");
                if ts.len() != f.params.len() {
                    self.error(Diagnostic::new(
                        e.span,
                        format!("`{name}` takes {} argument(s) but {} were given", f.params.len(), ts.len()),
                    ));
                    return Ty::Unknown;
                }
                if ts.iter().any(Ty::contains_unknown) {
                    return Ty::Unknown;
                }
                let i = self.inf.request(name, ts);
                self.inf.instances[i].ret.clone()
            }
            ExprKind::CallMethod { receiver, method, method_span, args } => {
                let rt = self.expr(receiver);
                let ts: Vec<Ty> = args.iter().map(|a| self.expr(a)).collect();
                if let Ty::Array(el, n) = rt {
                    return self.array_method(el, n, method, args, &ts, *method_span);
                }
                let np = rt.is_np();
                let rt = rt.base();
                if let Some(t) = self.method_more(&rt, receiver, method, &ts, e.span) {
                    return t;
                }
                let flavor = |t: Ty| if np { t.to_np() } else { t };
                match (&rt, method.as_str(), ts.as_slice()) {
                    (Ty::Unknown, ..) => Ty::Unknown,
                    (Ty::List(el), "append", [x]) => {
                        let el = (**el).clone();
                        match el.join(x) {
                            Some(j) if j.base() == el.base() => {}
                            Some(j) => {
                                if let ExprKind::Local(n) = &receiver.kind {
                                    if !self.params.contains(n) {
                                        self.assign_local(n, Ty::List(Box::new(j)), e.span);
                                        return Ty::None;
                                    }
                                }
                                if self.widen_item_list(receiver, &j, e.span) {
                                    return Ty::None;
                                }
                                self.error(Diagnostic::new(e.span, format!("cannot append a {x} to a list of {el}")));
                            }
                            None => {
                                self.error(Diagnostic::new(e.span, format!("cannot append a {x} to a list of {el}")))
                            }
                        }
                        Ty::None
                    }
                    (Ty::List(el), "pop", []) => (**el).clone(),
                    (Ty::List(el), "pop", [i]) if is_int_like(i) => (**el).clone(),
                    (Ty::Complex, "conjugate", []) => flavor(Ty::Complex),
                    (Ty::Float, "conjugate", []) => flavor(Ty::Float),
                    (Ty::Int | Ty::Bool, "conjugate", []) => flavor(Ty::Int),
                    (Ty::Float, "is_integer", []) => Ty::Bool,
                    (t, m, _) => {
                        self.error(Diagnostic::new(*method_span, format!("method `{m}` of {t} is not supported yet")));
                        Ty::Unknown
                    }
                }
            }
            ExprKind::Attribute(x, attr) => {
                let t = self.expr(x);
                let np = t.is_np();
                let flavor = |t: Ty| if np { t.to_np() } else { t };
                match (&t.base(), attr.as_str()) {
                    (Ty::Unknown, _) => Ty::Unknown,
                    (Ty::Complex, "real" | "imag") => flavor(Ty::Float),
                    (Ty::Float, "real" | "imag") => flavor(Ty::Float),
                    (Ty::Int | Ty::Bool, "real" | "imag") => flavor(Ty::Int),
                    (Ty::Array(_, n), "shape") => Ty::Tuple(vec![Ty::Int; *n]),
                    (Ty::Array(..), "T") => t.clone(),
                    (Ty::Array(Elem::Complex128, n), "real" | "imag") => Ty::Array(Elem::Float64, *n),
                    (Ty::Array(Elem::Complex64, n), "real" | "imag") => Ty::Array(Elem::Float32, *n),
                    // the array itself; `.imag` read-only zeros of its type
                    (Ty::Array(..), "real" | "imag") => t.clone(),
                    (Ty::Array(..), "size" | "ndim" | "itemsize" | "nbytes") => Ty::Int,
                    (Ty::Array(e, _), "dtype") => Ty::DType(*e),
                    (Ty::Array(e, _), "flat") => Ty::Iter(Box::new(e.scalar())),
                    (t, a) => {
                        self.error(Diagnostic::new(e.span, format!("attribute `{a}` of {t} is not supported yet")));
                        Ty::Unknown
                    }
                }
            }
            ExprKind::Subscript(v, i) => self.subscript_type(v, i, e.span),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    let t = self.expr(part);
                    if !is_int_like(&t) && t != Ty::None && t != Ty::Unknown {
                        self.error(Diagnostic::new(
                            part.span,
                            format!("slice indices must be integers or None, not {t}"),
                        ));
                    }
                }
                Ty::Slice
            }
            ExprKind::DType(name) => Ty::DType(Elem::from_name(name).expect("lowering gives canonical names")),
            ExprKind::Default => Ty::None,
            ExprKind::Tuple(items) => Ty::Tuple(items.iter().map(|x| self.expr(x)).collect()),
            ExprKind::List(items) => {
                let Some(acc) = self.join_items(items, "list") else { return Ty::Unknown };
                if matches!(acc, Ty::Array(..)) {
                    self.error(Diagnostic::new(e.span, "lists of arrays are not supported yet"));
                }
                Ty::List(Box::new(acc))
            }
        }
    }

    /// `x in c`
    fn check_in(&mut self, x: &Ty, c: &Ty, at: Span) {
        if *x == Ty::Unknown || *c == Ty::Unknown {
            return;
        }
        let ok = match c {
            Ty::Str => *x == Ty::Str,
            Ty::Dict(k, _) | Ty::Set(k) => k.join(x).is_some() && x.is_hashable(),
            Ty::List(el) | Ty::Iter(el) => (el.is_numeric() && x.is_numeric()) || el.base() == x.base(),
            Ty::Tuple(items) => items.iter().all(|el| (el.is_numeric() && x.is_numeric()) || el.base() == x.base()),
            _ => false,
        };
        if !ok {
            self.error(Diagnostic::new(at, format!("`in` with a {x} and a {c} is not supported")));
        }
    }

    fn check_compare(&mut self, op: CmpOp, l: &Ty, r: &Ty, at: Span) {
        if *l == Ty::Unknown || *r == Ty::Unknown {
            return;
        }
        let ok = match op {
            CmpOp::Is | CmpOp::IsNot => {
                *l == Ty::None
                    || *r == Ty::None
                    || (matches!(l, Ty::List(_) | Ty::Dict(..) | Ty::Set(_)) && l.base() == r.base())
            }
            CmpOp::Eq | CmpOp::NotEq => (l.is_numeric() && r.is_numeric()) || l.base() == r.base(),
            CmpOp::In | CmpOp::NotIn => true,
            _ => {
                (is_real(l) && is_real(r))
                    || (*l == Ty::Str && *r == Ty::Str)
                    || (matches!(l, Ty::Tuple(_) | Ty::List(_)) && l.base() == r.base())
            }
        };
        if !ok {
            let what = match op {
                CmpOp::Is | CmpOp::IsNot => {
                    "`is` is only supported with None and between lists, dicts or sets".to_string()
                }
                _ => format!("comparing a {l} with a {r} is not supported"),
            };
            self.error(Diagnostic::new(at, what));
        }
    }

    /// The type of `l op r`: Python's rules on the values, and a numpy scalar when either
    /// operand is one (NEP 50: Python numbers are "weak" next to numpy scalars).
    fn binop_type(&mut self, op: BinOp, l: &Ty, r: &Ty, rhs: &ir::Expr, at: Span) -> Ty {
        if *l == Ty::Unknown || *r == Ty::Unknown {
            return Ty::Unknown;
        }
        if matches!(l, Ty::Array(..)) || matches!(r, Ty::Array(..)) {
            return self.array_binop(op, l, r, at);
        }
        // numpy scalars of sized types: numpy's rules, as for 0-d arrays
        if l.sized().is_some() || r.sized().is_some() {
            return match self.array_binop(op, l, r, at) {
                Ty::Array(e, 0) => e.scalar(),
                t => t,
            };
        }
        let np = l.is_np() || r.is_np();
        let t = self.binop_type_base(op, &l.base(), &r.base(), rhs, at, np);
        if np && t.is_numeric() {
            t.to_np()
        } else {
            t
        }
    }

    fn binop_type_base(&mut self, op: BinOp, l: &Ty, r: &Ty, rhs: &ir::Expr, at: Span, np: bool) -> Ty {
        if *l == Ty::Unknown || *r == Ty::Unknown {
            return Ty::Unknown;
        }
        let top = l.numeric_rank().max(r.numeric_rank());
        let both_numeric = l.is_numeric() && r.is_numeric();
        let arith = |rank: Option<u8>| match rank {
            Some(0) | Some(1) => Ty::Int,
            Some(2) => Ty::Float,
            _ => Ty::Complex,
        };
        match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul if both_numeric => return arith(top),
            BinOp::Div if both_numeric => return if top == Some(3) { Ty::Complex } else { Ty::Float },
            BinOp::FloorDiv | BinOp::Mod if both_numeric && top != Some(3) => return arith(top),
            BinOp::Pow if both_numeric => {
                return match top {
                    Some(0) | Some(1) => {
                        if negative_int_constant(rhs) && !np {
                            Ty::Float
                        } else {
                            Ty::Int
                        }
                    }
                    Some(2) => Ty::Float,
                    _ => Ty::Complex,
                }
            }
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if *l == Ty::Bool && *r == Ty::Bool => return Ty::Bool,
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift
                if is_int_like(l) && is_int_like(r) =>
            {
                return Ty::Int
            }
            BinOp::Add => {
                if let (Ty::List(a), Ty::List(b)) = (l, r) {
                    if let Some(j) = a.join(b) {
                        return Ty::List(Box::new(j));
                    }
                }
                if let (Ty::Tuple(a), Ty::Tuple(b)) = (l, r) {
                    return Ty::Tuple(a.iter().chain(b).cloned().collect());
                }
            }
            BinOp::Mul => match (l, r) {
                (Ty::List(_) | Ty::Str, t) if is_int_like(t) => return l.clone(),
                (t, Ty::List(_) | Ty::Str) if is_int_like(t) => return r.clone(),
                _ => {}
            },
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Sub => {
                if let (Ty::Set(a), Ty::Set(b)) = (l, r) {
                    if let Some(j) = a.join(b) {
                        return Ty::Set(Box::new(j));
                    }
                }
            }
            _ => {}
        }
        if let (BinOp::Add, Ty::Str, Ty::Str) = (op, l, r) {
            return Ty::Str;
        }
        // printf-style `fmt % args`
        if let (BinOp::Mod, Ty::Str) = (op, l) {
            if formattable(r) {
                return Ty::Str;
            }
        }
        let msg = if top == Some(3) && matches!(op, BinOp::FloorDiv | BinOp::Mod) {
            format!("can't take floor or mod of complex numbers (`{}`)", op.symbol())
        } else {
            format!("unsupported operand types for {}: {l} and {r}", op.symbol())
        };
        self.error(Diagnostic::new(at, msg));
        Ty::Unknown
    }

    fn intrinsic_type(&mut self, i: Intrinsic, ts: &[Ty], args: &[ir::Expr], at: Span) -> Ty {
        if ts.contains(&Ty::Unknown) {
            return Ty::Unknown;
        }
        let name = i.python_name();
        let arity = |cx: &mut Self, lo: usize, hi: usize| -> bool {
            if ts.len() < lo || ts.len() > hi {
                let want = if lo == hi { lo.to_string() } else { format!("{lo} to {hi}") };
                cx.error(Diagnostic::new(at, format!("{name}() takes {want} argument(s), {} given", ts.len())));
                false
            } else {
                true
            }
        };
        let reals = |cx: &mut Self| -> bool {
            for (t, a) in ts.iter().zip(args) {
                if !is_real(t) {
                    cx.error(Diagnostic::new(
                        a.span,
                        format!("{}() needs a real number here, not {t}", i.python_name()),
                    ));
                    return false;
                }
            }
            true
        };
        match i {
            Intrinsic::Builtin(b) => match b {
                B::Abs => {
                    if !arity(self, 1, 1) {
                        return Ty::Unknown;
                    }
                    match &ts[0] {
                        Ty::Bool | Ty::Int => Ty::Int,
                        Ty::Float | Ty::Complex => Ty::Float,
                        Ty::NpInt => Ty::NpInt,
                        Ty::NpFloat | Ty::NpComplex => Ty::NpFloat,
                        Ty::NpSized(Elem::Complex64) => Ty::NpSized(Elem::Float32),
                        Ty::NpSized(e) if matches!(e.kind(), Kind::Int | Kind::Float) && *e != Elem::UInt64 => {
                            Ty::NpSized(*e)
                        }
                        t => {
                            self.error(Diagnostic::new(at, format!("bad operand type for abs(): {t}")));
                            Ty::Unknown
                        }
                    }
                }
                B::Min | B::Max => {
                    if ts.len() == 1 {
                        if let Ty::List(el) = &ts[0] {
                            if is_real(el) {
                                return (**el).clone();
                            }
                        }
                        self.error(Diagnostic::new(at, format!("{b}() of one argument needs a list of numbers")));
                        return Ty::Unknown;
                    }
                    if !arity(self, 2, 64) || !reals(self) {
                        return Ty::Unknown;
                    }
                    let first = ts[0].base();
                    if ts.iter().all(|t| t.base() == first) {
                        ts.iter().fold(Ty::Unknown, |acc, t| acc.join(t).unwrap_or(acc))
                    } else {
                        self.error(
                            Diagnostic::new(at, format!("{b}() of {}: CPython returns one of the arguments unchanged, so the result type would depend on the values", ts.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" and ")))
                                .help(format!("give all arguments the same type, e.g. {b}(float(a), b)")),
                        );
                        Ty::Unknown
                    }
                }
                B::Len => {
                    if !arity(self, 1, 1) {
                        return Ty::Unknown;
                    }
                    match &ts[0] {
                        Ty::List(_) | Ty::Array(..) | Ty::Tuple(_) => Ty::Int,
                        t => {
                            self.error(Diagnostic::new(at, format!("object of type {t} has no len()")));
                            Ty::Unknown
                        }
                    }
                }
                B::Int => {
                    if !arity(self, 0, 1) || !reals(self) {
                        return Ty::Unknown;
                    }
                    Ty::Int
                }
                B::Float => {
                    if !arity(self, 0, 1) || !reals(self) {
                        return Ty::Unknown;
                    }
                    Ty::Float
                }
                B::Bool => {
                    if !arity(self, 0, 1) {
                        return Ty::Unknown;
                    }
                    if let Some(t) = ts.first() {
                        self.check_truth(t, at);
                    }
                    Ty::Bool
                }
                B::Complex => {
                    if !arity(self, 0, 2) {
                        return Ty::Unknown;
                    }
                    if ts.iter().any(|t| !t.is_numeric()) {
                        self.error(Diagnostic::new(at, "complex() arguments must be numbers"));
                        return Ty::Unknown;
                    }
                    Ty::Complex
                }
                B::Round => {
                    if !arity(self, 1, 2) || !reals(self) {
                        return Ty::Unknown;
                    }
                    match (&ts[0].base(), ts.len()) {
                        (Ty::Float, 1) => Ty::Int,
                        (Ty::Float, _) => ts[0].clone(),
                        _ => Ty::Int,
                    }
                }
                B::Divmod => {
                    if !arity(self, 2, 2) || !reals(self) {
                        return Ty::Unknown;
                    }
                    let t = if ts.iter().all(is_int_like) { Ty::Int } else { Ty::Float };
                    let t = if ts.iter().any(Ty::is_np) { t.to_np() } else { t };
                    Ty::Tuple(vec![t.clone(), t])
                }
                B::Pow => {
                    if !arity(self, 2, 2) {
                        return Ty::Unknown;
                    }
                    self.binop_type(BinOp::Pow, &ts[0], &ts[1], &args[1], at)
                }
                _ => {
                    self.error(Diagnostic::new(at, format!("{b}() is not supported here")));
                    Ty::Unknown
                }
            },
            Intrinsic::Math(f) => {
                let n = match f {
                    M::Atan2 | M::Hypot | M::Copysign | M::Fmod | M::Pow => (2, 2),
                    M::Log => (1, 2),
                    _ => (1, 1),
                };
                if !arity(self, n.0, n.1) || !reals(self) {
                    return Ty::Unknown;
                }
                match f {
                    M::Floor | M::Ceil | M::Trunc => Ty::Int,
                    M::Isnan | M::Isinf | M::Isfinite => Ty::Bool,
                    _ => Ty::Float,
                }
            }
            Intrinsic::Numpy(f) => {
                let n = if matches!(f, N::Arctan2 | N::Hypot) { 2 } else { 1 };
                if !arity(self, n, n) {
                    return Ty::Unknown;
                }
                if ts.iter().any(|t| !is_real(t)) {
                    self.error(Diagnostic::new(
                        at,
                        format!("numpy.{f} of a complex or sized scalar is not supported yet (arrays are)"),
                    ));
                    return Ty::Unknown;
                }
                Ty::NpFloat
            }
        }
    }
}
