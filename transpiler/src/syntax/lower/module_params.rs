//! `numpy pkg` parameters (Pythran's array-API parameter): a function exported with
//! `# export f(float[:], numpy pkg)` is called with the `numpy` module itself, and its body
//! writes `xp.where(...)`, `xp.linalg.norm(...)` for `np.where(...)`. The module is followed
//! through the functions of the file it is passed to — directly (`helper(x, xp)`), and through a
//! function held by a parameter or a local (`kernel = thin_plate; ... kernel(r, xp)`, the
//! function given by a caller) — and in each function that receives it, `xp.NAME` is rewritten
//! to `__pyrs_numpy.NAME` before lowering, a module alias bound to numpy: from there on it is
//! numpy's catalogue, keywords and all. The parameter itself stays a value (the unit
//! `rt::py::module_arg::NumpyModule`), passed along to helpers; inference checks that every
//! instance of such a function receives the module there (`ir::Module::numpy_params`), so a
//! call passing anything else is a located error rather than numpy's function applied to it.

use super::scope::{collect_assigned, param_names};
use crate::diag::Diagnostic;
use crate::syntax::parse::span;
use ruff_python_ast as ast;
use ruff_python_ast::visitor::transformer::{self, Transformer};
use ruff_python_ast::visitor::{walk_expr, Visitor};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// The module-level alias every `xp.NAME` of a module parameter is rewritten to.
pub(super) const NUMPY_ALIAS: &str = "__pyrs_numpy";

/// What flows into a name: the numpy module, or functions of the file.
#[derive(Default)]
struct Flow {
    module: bool,
    funcs: BTreeSet<String>,
}

/// The parameters (function name → positions) that receive the numpy module, from the
/// exports' `numpy pkg` positions (`seeds`), to a fixed point over the calls of the file.
fn find(module: &ast::ModModule, seeds: &[(String, usize)]) -> BTreeMap<String, BTreeSet<usize>> {
    // the last definition of each name is the function (as in CPython)
    let mut defs: HashMap<&str, &ast::StmtFunctionDef> = HashMap::new();
    for s in &module.body {
        if let ast::Stmt::FunctionDef(f) = s {
            defs.insert(f.name.id.as_str(), f);
        }
    }
    let mut mods: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (f, k) in seeds {
        if defs.contains_key(f.as_str()) {
            mods.entry(f.clone()).or_default().insert(*k);
        }
    }
    let mut fvals: BTreeMap<(String, usize), BTreeSet<String>> = BTreeMap::new();
    loop {
        let mut changed = false;
        let mut names: Vec<&str> = defs.keys().copied().collect();
        names.sort_unstable();
        for fname in names {
            let def = defs[fname];
            let (params, _) = param_names(&def.parameters);
            let mut assigned = HashSet::new();
            collect_assigned(&def.body, &mut assigned);
            // locals assigned a function of the file by name (`kernel = thin_plate`)
            let mut local_funcs: HashMap<String, BTreeSet<String>> = HashMap::new();
            let mut calls = Calls::default();
            for s in &def.body {
                calls.visit_stmt(s);
            }
            for (target, value) in &calls.assigns {
                if defs.contains_key(value.as_str()) && !assigned.contains(value) && !params.contains(value) {
                    local_funcs.entry(target.clone()).or_default().insert(value.clone());
                }
            }
            let flow_of = |n: &str| -> Flow {
                let mut fl = Flow::default();
                if let Some(j) = params.iter().position(|p| p == n) {
                    fl.module = mods.get(fname).is_some_and(|m| m.contains(&j));
                    if let Some(fs) = fvals.get(&(fname.to_string(), j)) {
                        fl.funcs.extend(fs.iter().cloned());
                    }
                } else if let Some(fs) = local_funcs.get(n) {
                    fl.funcs.extend(fs.iter().cloned());
                } else if !assigned.contains(n) && defs.contains_key(n) {
                    fl.funcs.insert(n.to_string());
                }
                fl
            };
            let mut new_mods: Vec<(String, usize)> = Vec::new();
            let mut new_fvals: Vec<((String, usize), BTreeSet<String>)> = Vec::new();
            for call in &calls.calls {
                let ast::Expr::Name(callee) = &*call.func else { continue };
                let targets = flow_of(callee.id.as_str()).funcs;
                if targets.is_empty() {
                    continue;
                }
                let mut positional = Vec::new();
                for a in call.arguments.args.iter() {
                    if a.is_starred_expr() {
                        break;
                    }
                    positional.push(a);
                }
                for g in &targets {
                    let (gparams, _) = param_names(&defs[g.as_str()].parameters);
                    let by_pos = positional.iter().enumerate().map(|(i, a)| (Some(i), *a));
                    let by_kw = call.arguments.keywords.iter().filter_map(|k| {
                        k.arg.as_ref().map(|n| (gparams.iter().position(|p| p == n.id.as_str()), &k.value))
                    });
                    for (i, a) in by_pos.chain(by_kw) {
                        let (Some(i), ast::Expr::Name(n)) = (i, a) else { continue };
                        if i >= gparams.len() {
                            continue;
                        }
                        let fl = flow_of(n.id.as_str());
                        if fl.module {
                            new_mods.push((g.clone(), i));
                        }
                        if !fl.funcs.is_empty() {
                            new_fvals.push(((g.clone(), i), fl.funcs));
                        }
                    }
                }
            }
            for (g, i) in new_mods {
                changed |= mods.entry(g).or_default().insert(i);
            }
            for (key, fs) in new_fvals {
                let set = fvals.entry(key).or_default();
                for f in fs {
                    changed |= set.insert(f);
                }
            }
        }
        if !changed {
            return mods;
        }
    }
}

/// The calls of a function's body (nested functions and lambdas included: a name they read
/// is the enclosing function's) and its simple assignments `name = name`.
#[derive(Default)]
struct Calls<'b> {
    calls: Vec<&'b ast::ExprCall>,
    assigns: Vec<(String, String)>,
}

impl<'b> Visitor<'b> for Calls<'b> {
    fn visit_stmt(&mut self, s: &'b ast::Stmt) {
        if let ast::Stmt::Assign(a) = s {
            if let ([ast::Expr::Name(t)], ast::Expr::Name(v)) = (&a.targets[..], &*a.value) {
                self.assigns.push((t.id.to_string(), v.id.to_string()));
            }
        }
        ruff_python_ast::visitor::walk_stmt(self, s);
    }
    fn visit_expr(&mut self, e: &'b ast::Expr) {
        if let ast::Expr::Call(c) = e {
            self.calls.push(c);
        }
        walk_expr(self, e);
    }
}

/// Rewrites `xp.NAME` to `__pyrs_numpy.NAME` for the module parameters `names`, except where
/// a nested function, lambda or comprehension binds the name again.
struct Rewrite {
    names: HashSet<String>,
}

impl Rewrite {
    fn rebinds_params(&self, p: &ast::Parameters) -> bool {
        p.posonlyargs
            .iter()
            .chain(&p.args)
            .chain(&p.kwonlyargs)
            .any(|a| self.names.contains(a.parameter.name.id.as_str()))
            || p.vararg.iter().chain(&p.kwarg).any(|a| self.names.contains(a.name.id.as_str()))
    }

    fn rebinds_generators(&self, gens: &[ast::Comprehension]) -> bool {
        let mut bound = HashSet::new();
        for g in gens {
            super::scope::collect_target_names(&g.target, &mut bound);
        }
        bound.iter().any(|n| self.names.contains(n))
    }
}

impl Transformer for Rewrite {
    fn visit_stmt(&self, s: &mut ast::Stmt) {
        if let ast::Stmt::FunctionDef(f) = s {
            let mut assigned = HashSet::new();
            collect_assigned(&f.body, &mut assigned);
            if self.rebinds_params(&f.parameters) || assigned.iter().any(|n| self.names.contains(n)) {
                return;
            }
        }
        transformer::walk_stmt(self, s);
    }

    fn visit_expr(&self, e: &mut ast::Expr) {
        match e {
            ast::Expr::Lambda(l) if l.parameters.as_deref().is_some_and(|p| self.rebinds_params(p)) => return,
            ast::Expr::ListComp(c) if self.rebinds_generators(&c.generators) => return,
            ast::Expr::SetComp(c) if self.rebinds_generators(&c.generators) => return,
            ast::Expr::DictComp(c) if self.rebinds_generators(&c.generators) => return,
            ast::Expr::Generator(c) if self.rebinds_generators(&c.generators) => return,
            ast::Expr::Attribute(a) => {
                if let ast::Expr::Name(n) = &mut *a.value {
                    if self.names.contains(n.id.as_str()) {
                        n.id = NUMPY_ALIAS.into();
                        return;
                    }
                }
            }
            _ => {}
        }
        transformer::walk_expr(self, e);
    }
}

/// The module with `xp.NAME` rewritten in every function receiving the numpy module, and
/// those parameters (function name, position), or `None` when no export takes `numpy pkg`.
/// A module parameter the function assigns is an error at the parameter.
pub(super) fn rewrite(
    module: &ast::ModModule,
    seeds: &[(String, usize)],
    errors: &mut Vec<Diagnostic>,
) -> Option<(ast::ModModule, Vec<(String, usize)>)> {
    if seeds.is_empty() {
        return None;
    }
    let mods = find(module, seeds);
    let mut out = module.clone();
    let mut params_out = Vec::new();
    for s in out.body.iter_mut() {
        let ast::Stmt::FunctionDef(f) = s else { continue };
        let Some(positions) = mods.get(f.name.id.as_str()) else { continue };
        let all: Vec<&ast::ParameterWithDefault> = f.parameters.posonlyargs.iter().chain(&f.parameters.args).collect();
        let mut assigned = HashSet::new();
        collect_assigned(&f.body, &mut assigned);
        let mut names = HashSet::new();
        for &k in positions {
            let p = &all[k].parameter;
            if assigned.contains(p.name.id.as_str()) {
                errors.push(Diagnostic::new(
                    span(p.range),
                    format!(
                        "`{}` holds the numpy module (`numpy pkg`) here and is assigned in `{}`: give the new value another name",
                        p.name.id,
                        f.name.id
                    ),
                ));
                continue;
            }
            names.insert(p.name.id.to_string());
            params_out.push((f.name.id.to_string(), k));
        }
        let rw = Rewrite { names };
        for st in f.body.iter_mut() {
            rw.visit_stmt(st);
        }
    }
    Some((out, params_out))
}
