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
pub(crate) use builtins::list_extends_with;
pub(crate) mod expr;
mod gen_send;
pub(crate) mod linalg;
mod mathfns;
pub(crate) mod matrix;
pub mod module_params;
pub(crate) mod numpy;
pub(crate) mod numpy_random;
mod ops;
pub(crate) mod pad;
mod promotion;
pub(crate) mod select;
mod stmt;
pub(crate) mod strnum;
pub mod ufunc;

use crate::diag::Diagnostic;
use crate::ir::query::always_returns;
use crate::ir::{self, BinOp, CmpOp, ExprKind, ForIter, StmtKind, Target, UnaryOp};
use crate::library::{Builtin as B, Constant, Intrinsic, MathFn as M, Method, NumpyFn as N};
use crate::source::Span;
use crate::types::{Elem, Kind, Ty};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Everything codegen needs.
#[derive(Debug)]
pub struct Program {
    pub instances: Vec<Instance>,
    pub exports: Vec<ExportFn>,
    /// module constants exposed as attributes of the compiled module: name and the instance
    /// of the function computing it
    pub constants: Vec<(String, usize)>,
    /// module variables (a subset of `constants`, assigned by functions after `global`)
    pub variables: Vec<String>,
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
    /// is either always None or never), and `len(t) == k` on tuples: their value. Also the
    /// iterables of loops and comprehensions over an empty tuple (`for x in args` with no
    /// `*args` given), keyed by the iterable: `false`, the body never runs and is not compiled
    pub static_tests: HashMap<ir::ExprId, bool>,
    /// values that may be None used where None raises TypeError (`r[0]`, `r + 1`, `for x in
    /// r`): their type here is the value's, and the code checks; the error message
    pub unwraps: HashMap<ir::ExprId, &'static str>,
    /// numpy's common element type of operations with sized elements, decided by inference
    /// (`promotion`): a binary operation (keyed by its id) and an augmented store into array
    /// elements (keyed by the stored value's id)
    pub numpy_common: HashMap<ir::ExprId, Elem>,
    /// a generator's `return value`: the value's type (None: it returns none)
    pub gen_ret: Ty,
    /// a generator sent values (`g.send(v)` with a value other than None): its `yield`s
    /// keep what they are resumed with
    pub sendable: bool,
    /// `g.send(v)`: the type the generator is sent (`v` converted to it), keyed by `v`
    pub sends: HashMap<ir::ExprId, Ty>,
}

impl Instance {
    pub fn ty(&self, e: &ir::Expr) -> &Ty {
        &self.expr_types[e.id.0 as usize]
    }
}

#[derive(Debug, Clone)]
pub struct ExportFn {
    pub name: String,
    /// a plain function, or a numpy ufunc/gufunc (`# export ufunc f(...)`)
    pub kind: pyrs_annotations::ExportKind,
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
    /// the int-or-float twin of a listed overload ([`int_or_float_twin`]) or its numpy-scalar
    /// twin ([`np_scalar_twin`]): not shown in signatures; an int-or-float twin is tried after
    /// every listed overload of each conversion pass, a numpy-scalar twin before them
    pub twin: bool,
}

/// The argument types of the numpy-scalar twin of an overload with sized scalar parameters
/// (`uint8`, `int32`, `float32`, ...): each such parameter a numpy scalar of its dtype
/// (`Ty::NpSized`), for a call given `np.uint8(3)` — compiled code then computes with it as
/// numpy does (`1 - 2 * c` wraps in uint8), as CPython would. `None` when no parameter has a
/// sized scalar annotation.
pub fn np_scalar_twin(annotation: &[pyrs_annotations::Type], args: &[Ty]) -> Option<Vec<Ty>> {
    let out: Vec<Ty> = annotation
        .iter()
        .zip(args)
        .map(|(a, t)| match np_scalar_elem(a) {
            Some(e) => Ty::NpSized(e),
            None => t.clone(),
        })
        .collect();
    (out != args).then_some(out)
}

/// The dtype of a sized scalar annotation whose numpy scalars compiled code keeps as they are.
/// (uint64 is left out: its values past i64 have no wide type here; complex64 too.)
pub fn np_scalar_elem(a: &pyrs_annotations::Type) -> Option<Elem> {
    let pyrs_annotations::Type::Scalar(s) = a else { return None };
    Elem::of_annotation(*s).filter(|e| {
        matches!(e, Elem::Int8 | Elem::Int16 | Elem::Int32 | Elem::UInt8 | Elem::UInt16 | Elem::UInt32 | Elem::Float32)
    })
}

/// The argument types of the twin of an overload with float lists or dicts of float values
/// among its arguments: each `float list` (at any depth of lists, tuples and dict values) an
/// int-or-float (`Num`) list, each `float` dict value a `Num`, for a Python container that
/// holds ints among its floats — each item keeps its own type, as in CPython (`[1, 2.5]`
/// swapped is `[2.5, 1]`). `None` when no argument has such a container.
pub fn int_or_float_twin(args: &[Ty]) -> Option<Vec<Ty>> {
    fn twin(t: &Ty) -> Option<Ty> {
        match t {
            Ty::List(e) if **e == Ty::Float => Some(Ty::List(Box::new(Ty::Num))),
            // (a `complex list` holding or receiving real numbers: each keeps its type)
            Ty::List(e) if **e == Ty::Complex => Some(Ty::List(Box::new(Ty::NumC))),
            Ty::List(e) => twin(e).map(|e| Ty::List(Box::new(e))),
            Ty::Dict(k, v) if **v == Ty::Float => Some(Ty::Dict(k.clone(), Box::new(Ty::Num))),
            Ty::Dict(k, v) if **v == Ty::Complex => Some(Ty::Dict(k.clone(), Box::new(Ty::NumC))),
            Ty::Dict(k, v) => twin(v).map(|v| Ty::Dict(k.clone(), Box::new(v))),
            Ty::Tuple(ts) if ts.iter().any(|t| twin(t).is_some()) => {
                Some(Ty::Tuple(ts.iter().map(|t| twin(t).unwrap_or_else(|| t.clone())).collect()))
            }
            _ => None,
        }
    }
    let out: Vec<Ty> = args.iter().map(|t| twin(t).unwrap_or_else(|| t.clone())).collect();
    (out != args).then_some(out)
}

/// Infers the types of the exported functions and of everything they call. A variable whose
/// assignments disagree on a type is split into its webs ([`crate::analysis::webs`]) and
/// inference runs again, until nothing more can be split.
pub fn infer(
    module: &mut ir::Module,
    annotations: &pyrs_annotations::Annotations,
    positions: &dyn Fn(pyrs_annotations::Pos) -> Span,
) -> Result<Program, Vec<Diagnostic>> {
    // with the int-or-float twins of signatures with float lists; an export whose twin's code
    // does not type (an operation compiled code supports on floats only, `np.array(l)` whose
    // dtype would depend on the items) goes without: such a list's ints are then taken as
    // floats, as before twins existed
    let mut candidates: Vec<String> = Vec::new();
    for e in &annotations.exports {
        let tys: Vec<Ty> = e.args.iter().filter_map(|a| Ty::from_annotation(&a.ty).ok()).collect();
        let annotation: Vec<_> = e.args.iter().map(|a| a.ty.clone()).collect();
        let twins = int_or_float_twin(&tys).is_some()
            || (tys.len() == annotation.len() && np_scalar_twin(&annotation, &tys).is_some());
        if e.kind == pyrs_annotations::ExportKind::Function && twins && !candidates.contains(&e.func) {
            candidates.push(e.func.clone());
        }
    }
    if candidates.is_empty() {
        return infer_rounds(module, annotations, positions, &Twins::default());
    }
    // (a value widened to complex where Python may see another type counts as an error here:
    // the twin whose lists keep each item's type may compile it)
    let attempt = |twins: &Twins| {
        let mut m = module.clone();
        let p = infer_rounds(&mut m, annotations, positions, twins)?;
        let widened = crate::analysis::widened::check(&m, &p.instances);
        if !widened.is_empty() {
            return Err(widened);
        }
        Ok((m, p))
    };
    let all = Twins { with: candidates.iter().cloned().collect(), only: BTreeSet::new() };
    let mut best = None;
    // an export whose code reports errors goes from both overloads to the int-or-float twin in
    // place of the listed overload (a function storing ints into a float list argument
    // compiles only so) to no twins, until everything types or no error is in an export
    let mut choice = all.clone();
    let mut fallback = Twins::default();
    for _ in 0..=2 * candidates.len() {
        match attempt(&choice) {
            Ok(r) => {
                best = Some(r);
                break;
            }
            Err(errors) => {
                let at_fault: Vec<&String> = candidates
                    .iter()
                    .filter(|c| {
                        module.function(c).is_some_and(|f| {
                            errors.iter().any(|d| f.span.start <= d.span.start && d.span.start < f.span.end)
                        })
                    })
                    .filter(|c| choice.with.contains(*c) || choice.only.contains(*c))
                    .collect();
                if at_fault.is_empty() {
                    // (the errors are in code every choice compiles, or in exports that fail
                    // with and without their twins: reported below with this choice, so that
                    // an export which compiles as its twin is not blamed for them)
                    fallback = choice.clone();
                    break;
                }
                for c in at_fault {
                    if choice.with.remove(c) {
                        choice.only.insert(c.clone());
                    } else {
                        choice.only.remove(c);
                    }
                }
            }
        }
    }
    // errors elsewhere (in a helper both copies call): one export at a time, with its twins,
    // else the twin in place of the listed overload, else without; twice, so that an export
    // decided while a later one still failed gets its twins (a few dozen inference runs at
    // most: inference is fast next to the build)
    if best.is_none() && candidates.len() <= 32 {
        let mut choice = Twins::default();
        for _ in 0..2 {
            for c in &candidates {
                if choice.with.contains(c) || choice.only.contains(c) {
                    continue;
                }
                choice.with.insert(c.clone());
                if let Ok(r) = attempt(&choice) {
                    best = Some(r);
                    continue;
                }
                choice.with.remove(c);
                choice.only.insert(c.clone());
                if let Ok(r) = attempt(&choice) {
                    best = Some(r);
                    continue;
                }
                choice.only.remove(c);
            }
        }
    }
    match best {
        Some((m, p)) => {
            *module = m;
            Ok(p)
        }
        None => infer_rounds(module, annotations, positions, &fallback),
    }
}

/// Which exports get their twins ([`int_or_float_twin`], [`np_scalar_twin`]): `with`, next
/// to the listed overloads; `only`, the int-or-float twin in place of the listed overload.
#[derive(Clone, Debug, Default)]
struct Twins {
    with: BTreeSet<String>,
    only: BTreeSet<String>,
}

fn infer_rounds(
    module: &mut ir::Module,
    annotations: &pyrs_annotations::Annotations,
    positions: &dyn Fn(pyrs_annotations::Pos) -> Span,
    twins: &Twins,
) -> Result<Program, Vec<Diagnostic>> {
    let mut split: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut detached: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut unions: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    loop {
        let mut conflicts = BTreeMap::new();
        let mut widened = BTreeMap::new();
        let mut as_arrays = BTreeMap::new();
        let mut wanted = BTreeMap::new();
        let result = infer_once(
            module,
            annotations,
            positions,
            twins,
            (&mut conflicts, &mut widened, &mut as_arrays),
            (&unions, &mut wanted),
        );
        // lists used as array indices: wrapped in `np.asarray`, and inference runs again (index
        // arrays of other integer dtypes: in `np.asarray(x, np.int64)`, numpy's cast to intp)
        if !as_arrays.is_empty() {
            for (func, ids) in as_arrays {
                if let Some(f) = module.functions.iter_mut().find(|f| f.name == func) {
                    wrap_asarray(f, &ids);
                }
            }
            continue;
        }
        // a variable given a wider number than some of its values (`x = 0` ... `x = x / 2`):
        // where its webs separate the values, each keeps its own type, as in CPython
        if result.is_err() {
            for (f, names) in widened {
                conflicts.entry(f).or_insert_with(BTreeSet::new).extend(names);
            }
        } else {
            conflicts = widened;
        }
        let mut taken = HashSet::new();
        for f in &module.functions {
            crate::analysis::webs::names_in(f, &mut taken);
        }
        let mut progress = false;
        for (func, names) in conflicts {
            let done = split.entry(func.clone()).or_default();
            let new: BTreeSet<String> = names.difference(done).cloned().collect();
            if new.is_empty() {
                continue;
            }
            done.extend(new.iter().cloned());
            if let Some(f) = module.functions.iter_mut().find(|f| f.name == func) {
                progress |= crate::analysis::webs::split(f, &new, &mut taken);
            }
        }
        // a parameter still assigned a value of another type once its webs are split: the
        // body works on a local copy of it
        if !progress && result.is_err() {
            for (func, names) in &split {
                let done = detached.entry(func.clone()).or_default();
                for name in names {
                    if done.insert(name.clone()) {
                        if let Some(f) = module.functions.iter_mut().find(|f| &f.name == func) {
                            progress |= crate::analysis::webs::detach_param(f, name, &mut taken);
                        }
                    }
                }
            }
        }
        // a variable still holding a str on some paths and a number on others, its webs
        // split: a `Ty::StrNum`, the value keeping its type
        if !progress && result.is_err() {
            progress |= strnum::allow(&mut unions, wanted);
        }
        // a variable widened to complex, seen where Python may give it a real number (`z = 0`
        // then `z = z * z + c`, returning `z`): a `Ty::NumC`, the value keeping its type
        if !progress {
            if let Ok(p) = &result {
                let (errors, vars) = crate::analysis::widened::check_with_vars(module, &p.instances);
                if !errors.is_empty() {
                    progress |= strnum::allow(&mut unions, vars);
                    if !progress {
                        return Err(errors);
                    }
                }
            }
        }
        if !progress {
            return result;
        }
    }
}

/// The variables assigned (`s += x`, `m = max(m, x)`) in the bodies of parallel loops of `body`.
fn parallel_updates(body: &[ir::Stmt]) -> HashSet<String> {
    let mut out = HashSet::new();
    for s in ir::query::for_loops(body) {
        if let ir::StmtKind::For { parallel: Some(_), body, .. } = &s.kind {
            for t in ir::query::statements(body) {
                if let ir::StmtKind::AugAssign { target: ir::Target::Name(n, _), .. }
                | ir::StmtKind::Assign { target: ir::Target::Name(n, _), .. } = &t.kind
                {
                    out.insert(n.clone());
                }
            }
        }
    }
    out
}

/// Wraps the expressions `ids` of `f` in `np.asarray(...)` (`np.asarray(..., np.int64)` for
/// those marked `true`).
fn wrap_asarray(f: &mut ir::Function, ids: &BTreeMap<ir::ExprId, bool>) {
    use crate::ir::visit::{walk_expr_mut, VisitorMut};
    struct Wrap<'a> {
        ids: &'a BTreeMap<ir::ExprId, bool>,
        next: u32,
    }
    impl VisitorMut for Wrap<'_> {
        fn visit_expr_mut(&mut self, e: &mut ir::Expr) {
            walk_expr_mut(self, e);
            if let Some(&int64) = self.ids.get(&e.id) {
                let inner = e.clone();
                let mut args = vec![inner];
                if int64 {
                    let id = ir::ExprId(self.next);
                    self.next += 1;
                    args.push(ir::Expr { id, span: e.span, kind: ExprKind::DType("int64") });
                }
                e.id = ir::ExprId(self.next);
                self.next += 1;
                e.kind = ExprKind::CallIntrinsic(Intrinsic::Numpy(crate::library::NumpyFn::Asarray), args);
            }
        }
    }
    let mut w = Wrap { ids, next: f.expr_count };
    w.visit_function_mut(f);
    f.expr_count = w.next;
}

/// Per function, a set of its variables.
type FnNames = BTreeMap<String, BTreeSet<String>>;

fn infer_once(
    module: &ir::Module,
    annotations: &pyrs_annotations::Annotations,
    positions: &dyn Fn(pyrs_annotations::Pos) -> Span,
    twins: &Twins,
    (conflicts, widened, as_arrays): (&mut FnNames, &mut FnNames, &mut BTreeMap<String, BTreeMap<ir::ExprId, bool>>),
    (unions, wanted): (&FnNames, &mut FnNames),
) -> Result<Program, Vec<Diagnostic>> {
    let mut inf = Inference {
        module,
        instances: Vec::new(),
        index: HashMap::new(),
        errors: Vec::new(),
        report: false,
        conflicts: BTreeMap::new(),
        widened: BTreeMap::new(),
        as_arrays: BTreeMap::new(),
        unions: unions.clone(),
        union_wanted: BTreeMap::new(),
        sent: HashMap::new(),
        sent_changed: false,
    };
    let result = infer_with(&mut inf, annotations, positions, twins);
    *conflicts = std::mem::take(&mut inf.conflicts);
    *widened = std::mem::take(&mut inf.widened);
    *as_arrays = std::mem::take(&mut inf.as_arrays);
    *wanted = std::mem::take(&mut inf.union_wanted);
    result
}

fn infer_with(
    inf: &mut Inference<'_>,
    annotations: &pyrs_annotations::Annotations,
    positions: &dyn Fn(pyrs_annotations::Pos) -> Span,
    twins: &Twins,
) -> Result<Program, Vec<Diagnostic>> {
    let module = inf.module;
    let mut exports: Vec<ExportFn> = Vec::new();
    let mut twin_overloads: Vec<(String, Overload)> = Vec::new();
    let mut np_twins: Vec<(String, Overload)> = Vec::new();
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
        if let Some(p) = func.params.iter().find(|p| p.star) {
            errors.push(
                Diagnostic::new(
                    at,
                    format!(
                        "`{}` takes `*{}`, which an export cannot declare: export a function with fixed parameters \
                         that calls it",
                        export.func, p.name
                    ),
                )
                .note(p.span, "the `*args` parameter"),
            );
            continue;
        }
        if export.kind != pyrs_annotations::ExportKind::Function {
            let wrong = ufunc::check_args(export, func, positions);
            if !wrong.is_empty() {
                errors.extend(wrong);
                continue;
            }
        }
        // Pythran: parameters with defaults may be left out of an export (the export is the
        // shorter signature; the left-out parameters always take their defaults)
        let left_out_defaulted = export.args.len() < func.params.len()
            && func.params[export.args.len()..].iter().all(|p| p.default.is_some());
        if export.args.len() != func.params.len() && !left_out_defaulted {
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
            let function = export.kind == pyrs_annotations::ExportKind::Function;
            let only = match int_or_float_twin(&tys[..n]) {
                Some(args) if function && twins.only.contains(&export.func) => Some(args),
                _ => None,
            };
            let instance = inf.request(&export.func, only.unwrap_or_else(|| tys[..n].to_vec()));
            let annotation: Vec<_> = export.args[..n].iter().map(|a| a.ty.clone()).collect();
            if twins.with.contains(&export.func) && function {
                if let Some(args) = np_scalar_twin(&annotation, &tys[..n]) {
                    let instance = inf.request(&export.func, args);
                    let o =
                        Overload { annotation: annotation.clone(), instance, signature: signature.clone(), twin: true };
                    np_twins.push((export.func.clone(), o));
                }
                if let Some(args) = int_or_float_twin(&tys[..n]) {
                    let instance = inf.request(&export.func, args);
                    let o =
                        Overload { annotation: annotation.clone(), instance, signature: signature.clone(), twin: true };
                    twin_overloads.push((export.func.clone(), o));
                }
            }
            let o = Overload { annotation, instance, signature: signature.clone(), twin: false };
            match exports.iter_mut().find(|e| e.name == export.func) {
                Some(e) => e.overloads.push(o),
                None => exports.push(ExportFn {
                    name: export.func.clone(),
                    kind: export.kind.clone(),
                    params: func.params.iter().map(|p| p.name.clone()).collect(),
                    overloads: vec![o],
                }),
            }
        }
    }
    for (func, o) in twin_overloads {
        if let Some(e) = exports.iter_mut().find(|e| e.name == func) {
            e.overloads.push(o);
        }
    }
    // numpy-scalar twins first: they take numpy scalars of exactly their dtypes only
    for (func, o) in np_twins.into_iter().rev() {
        if let Some(e) = exports.iter_mut().find(|e| e.name == func) {
            e.overloads.insert(0, o);
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
    let mut constants: Vec<(String, usize)> =
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
        return Err(std::mem::take(&mut inf.errors));
    }
    let mut errors = Vec::new();
    for v in &module.variables {
        let i = constants.iter().find(|(c, _)| c == v).expect("variables are constants").1;
        let t = &inf.instances[i].ret;
        let storable =
            |t: &Ty| matches!(t, Ty::Bool | Ty::Int | Ty::Float | Ty::Complex | Ty::Num | Ty::NumNp | Ty::IntNp);
        let ok = storable(t)
            || *t == Ty::Str
            || matches!(t, Ty::Tuple(ts) if (2..=4).contains(&ts.len()) && ts.iter().all(storable));
        if !ok {
            let f = module.function(&ir::const_function(v)).expect("constants have functions");
            errors.push(Diagnostic::new(
                f.span,
                format!(
                    "module variable `{v}` (assigned after `global {v}`) holds {}: compiled code keeps \
                     numbers, strings and tuples of 2 to 4 numbers in module variables",
                    t.with_article()
                ),
            ));
        }
    }
    for e in &exports {
        let rets: Vec<&Ty> = e.overloads.iter().map(|o| &inf.instances[o.instance].ret).collect();
        errors.extend(ufunc::check_outputs(&e.kind, &e.name, &rets, module.function(&e.name).map(|f| f.name_span)));
        for o in &e.overloads {
            let inst = &inf.instances[o.instance];
            if let Some(d) = ufunc::check_ret(
                &e.kind,
                &e.name,
                &inst.ret,
                module.function(&e.name).map_or(Span::default(), |f| f.name_span),
            ) {
                errors.push(d);
            }
            if inst.ret.contains_empty_tuple() {
                let f = module.function(&e.name).expect("exports name functions");
                errors.push(Diagnostic::new(
                    f.name_span,
                    format!("`{}` returns an empty tuple ({}), which pyrs cannot give to Python yet", e.name, inst.ret),
                ));
            }
            if FnCx::holds_flat(&inst.ret) {
                let f = module.function(&e.name).expect("exports name functions");
                errors.push(Diagnostic::new(
                    f.name_span,
                    format!(
                        "`{}` returns a numpy.flatiter ({}), which pyrs cannot give to Python: return `a.ravel()` or a list",
                        e.name, inst.ret
                    ),
                ));
            }
            if inst.ret.contains_func() {
                let f = module.function(&e.name).expect("exports name functions");
                errors.push(Diagnostic::new(
                    f.name_span,
                    format!(
                        "`{}` returns a function ({}), which pyrs cannot give to Python: \
                         export the function itself",
                        e.name, inst.ret
                    ),
                ));
            }
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
    let mut instances = std::mem::take(&mut inf.instances);
    // an instance for an empty container whose items the callee decided is superseded by
    // the one the caller then asked for with those items: drop it (its code would not type)
    // ; and one for an empty container the caller filled later (`xs = []; hits(n, xs);
    // xs.append(n)`), which no kept code calls: the caller calls the one with the items' type
    let filled_by_callee = |inst: &Instance| {
        let f = module.function(&inst.key.func).expect("instances name functions");
        inst.key.args.iter().zip(&f.params).any(|(t, p)| t.contains_unknown() && inst.locals.get(&p.name) != Some(t))
    };
    let refinable = |inst: &Instance| {
        inst.key.args.iter().any(Ty::contains_unknown)
            && instances.iter().any(|o| {
                o.key != inst.key
                    && o.key.func == inst.key.func
                    && o.key.args.len() == inst.key.args.len()
                    && inst.key.args.iter().zip(&o.key.args).all(|(g, s)| g.refined_by(s))
            })
    };
    let mut keep: Vec<bool> = instances.iter().map(|i| !filled_by_callee(i)).collect();
    loop {
        let referenced = referenced_keys(module, &instances, &keep);
        let mut changed = false;
        for (k, inst) in instances.iter().enumerate() {
            if keep[k] && refinable(inst) && !referenced.contains(&inst.key) {
                keep[k] = false;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    if keep.contains(&false) {
        let mut new_index = vec![usize::MAX; instances.len()];
        let mut n = 0;
        for (k, kept) in keep.iter().enumerate() {
            if *kept {
                new_index[k] = n;
                n += 1;
            }
        }
        let mut k = 0;
        instances.retain(|_| {
            k += 1;
            keep[k - 1]
        });
        for e in &mut exports {
            for o in &mut e.overloads {
                o.instance = new_index[o.instance];
            }
        }
        for (_, i) in &mut constants {
            *i = new_index[*i];
        }
    }
    for inst in &mut instances {
        let f = module.function(&inst.key.func).expect("instances name functions");
        promotion::record(inst, f);
    }
    Ok(Program { instances, exports, constants, variables: module.variables.clone() })
}

/// The type of a literal default value (`2`, `-0.5`, `True`, `'x'`, `None`), which a call of
/// the function as a value fills in where the call leaves the argument out.
pub fn literal_type(e: &ir::Expr) -> Option<Ty> {
    Some(match &e.kind {
        ExprKind::Int(_) => Ty::Int,
        ExprKind::Float(_) => Ty::Float,
        ExprKind::Bool(_) => Ty::Bool,
        ExprKind::Str(_) => Ty::Str,
        ExprKind::None => Ty::None,
        ExprKind::Unary(UnaryOp::Neg, x) if matches!(x.kind, ExprKind::Int(k) if k != i64::MIN) => Ty::Int,
        ExprKind::Unary(UnaryOp::Neg, x) if matches!(x.kind, ExprKind::Float(_)) => Ty::Float,
        _ => return None,
    })
}

/// The instances the code of `instances` calls by name (`f(...)` with its argument types), and
/// every instance of a function also used as a value (called wherever the value goes), each
/// from a `kept` instance other than itself.
fn referenced_keys(module: &ir::Module, instances: &[Instance], kept: &[bool]) -> HashSet<InstanceKey> {
    use crate::ir::visit::{self, Visitor};
    struct Refs<'a> {
        inst: &'a Instance,
        keys: &'a mut HashSet<InstanceKey>,
        values: &'a mut HashSet<String>,
    }
    impl<'ir> Visitor<'ir> for Refs<'_> {
        fn visit_expr(&mut self, e: &'ir ir::Expr) {
            match &e.kind {
                ExprKind::CallUser(name, args) => {
                    let args = args.iter().map(|a| self.inst.ty(a).clone()).collect();
                    let key = InstanceKey { func: name.clone(), args };
                    if key != self.inst.key {
                        self.keys.insert(key);
                    }
                }
                ExprKind::FuncRef(name, _) => {
                    self.values.insert(name.clone());
                }
                _ => {}
            }
            visit::walk_expr(self, e);
        }
    }
    let (mut keys, mut values) = (HashSet::new(), HashSet::new());
    for (inst, _) in instances.iter().zip(kept).filter(|(_, k)| **k) {
        let Some(f) = module.function(&inst.key.func) else { continue };
        Refs { inst, keys: &mut keys, values: &mut values }.visit_body(&f.body);
    }
    keys.extend(instances.iter().filter(|i| values.contains(&i.key.func)).map(|i| i.key.clone()));
    keys
}

struct Inference<'m> {
    module: &'m ir::Module,
    instances: Vec<Instance>,
    index: HashMap<InstanceKey, usize>,
    errors: Vec<Diagnostic>,
    report: bool,
    /// per function, the variables whose assignments disagree on a type
    conflicts: BTreeMap<String, BTreeSet<String>>,
    /// per function, the variables given a wider number type than some of their values
    widened: BTreeMap<String, BTreeSet<String>>,
    /// per function, lists of ints or bools used as an array index (`m[[i, j]]`): numpy makes
    /// them arrays, and so does the next round (see `infer`); `true`: an index array of an
    /// integer dtype other than int64, which numpy casts to intp (int64) and the next round too
    as_arrays: BTreeMap<String, BTreeMap<ir::ExprId, bool>>,
    /// per function, the variables that may hold a str on some paths and a number on others
    /// ([`Ty::StrNum`]): those whose conflict remained once their webs were split
    unions: BTreeMap<String, BTreeSet<String>>,
    /// per function, the variables whose conflict a [`Ty::StrNum`] would resolve
    union_wanted: BTreeMap<String, BTreeSet<String>>,
    /// per generator function, the one type its `g.send(v)` sites send (None left out), and
    /// where it was first seen
    sent: HashMap<String, (Ty, Span)>,
    /// `sent` changed during the current run of an instance
    sent_changed: bool,
}

fn mangle(t: &Ty) -> String {
    match t {
        Ty::Unknown => "unknown".into(),
        Ty::None => "none".into(),
        Ty::Bool => "bool".into(),
        Ty::Int => "int".into(),
        Ty::Float => "float".into(),
        Ty::Num => "num".into(),
        Ty::StrNum => "strnum".into(),
        Ty::NumNp => "numnp".into(),
        Ty::IntNp => "intnp".into(),
        Ty::NumC => "numc".into(),
        Ty::Complex => "complex".into(),
        Ty::NpBool => "npbool".into(),
        Ty::NpInt => "npint".into(),
        Ty::NpFloat => "npfloat".into(),
        Ty::NpComplex => "npcomplex".into(),
        Ty::NpSized(e) => format!("np{}", e.name()),
        Ty::Tuple(ts) => format!("tup_{}_end", ts.iter().map(mangle).collect::<Vec<_>>().join("_")),
        Ty::List(t) => format!("{}_list", mangle(t)),
        Ty::VarTuple(t) => format!("{}_vtup", mangle(t)),
        Ty::Array(e, n) => format!("{}_{}d", e.name(), n),
        Ty::Slice => "slice".into(),
        Ty::DType(e) => format!("dtype_{}", e.name()),
        Ty::Str => "str".into(),
        Ty::Set(t) => format!("{}_set", mangle(t)),
        Ty::Dict(k, v) => format!("{}_{}_dict", mangle(k), mangle(v)),
        Ty::Iter(t) => format!("{}_iter", mangle(t)),
        Ty::Flat(e, n) => format!("{}_{}d_flat", e.name(), n),
        Ty::Gen(t) => format!("{}_gen", mangle(t)),
        Ty::Range => "range".into(),
        Ty::Exc => "exc".into(),
        Ty::File => "file".into(),
        Ty::Generator => "rng".into(),
        Ty::NumpyModule => "numpy".into(),
        Ty::Opt(t) => format!("opt{}", mangle(t)),
        Ty::Func(name, caps) => {
            format!("fn_{name}_{}_end", caps.iter().map(mangle).collect::<Vec<_>>().join("_"))
        }
        Ty::Funcs(names) => format!("fns_{}_end", names.join("_")),
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
            unwraps: HashMap::new(),
            numpy_common: HashMap::new(),
            gen_ret: Ty::Unknown,
            sendable: false,
            sends: HashMap::new(),
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
            func: &f.name,
            params: f.params.iter().map(|p| p.name.clone()).collect(),
            param_init: HashMap::new(),
            static_tests: HashMap::new(),
            unwraps: HashMap::new(),
            loop_depth: 0,
            generator: ir::query::is_generator(&f.body),
            reduced: parallel_updates(&f.body),
            gen_ret: Ty::Unknown,
            gen_ret_span: None,
            gen_calls: HashMap::new(),
            callees: HashMap::new(),
            sends: HashMap::new(),
        };
        cx.inf.sent_changed = false;
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
            cx.gen_ret = Ty::Unknown;
            cx.gen_ret_span = None;
            cx.block(&f.body);
            if cx.locals == before {
                break;
            }
            guard += 1;
            if guard > 20 {
                break;
            }
        }
        if !always_returns(&f.body) && !cx.generator {
            // falling off the end returns None
            let prev = cx.ret.clone();
            if prev.join_result(&Ty::None).is_none() {
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
        // a function that always raises (`def fail(msg): raise ValueError(msg)`): it returns
        // nothing, typed None for its callers
        if cx.ret == Ty::Unknown && !cx.generator && !crate::ir::query::has_return(&f.body) {
            cx.returned(Ty::None, f.span);
        }
        // a generator's `return value`, or falling off its end: StopIteration's value
        let gen_ret = if cx.generator {
            if !always_returns(&f.body) {
                cx.gen_returned(Ty::None, f.span);
            }
            match &cx.gen_ret {
                Ty::Unknown => Ty::None,
                t => t.clone(),
            }
        } else {
            Ty::None
        };
        let sendable = cx.generator && cx.inf.sent.contains_key(&f.name);
        let sent_changed = std::mem::take(&mut cx.inf.sent_changed);
        let sends = std::mem::take(&mut cx.sends);
        let (locals, expr_types, ret, static_tests, unwraps) =
            (cx.locals, cx.expr_types, cx.ret, cx.static_tests, cx.unwraps);
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
        let changed = sent_changed
            || inst.sends != sends
            || inst.gen_ret != gen_ret
            || inst.sendable != sendable
            || inst.ret != ret
            || inst.locals != locals
            || inst.expr_types != expr_types
            || inst.static_tests != static_tests
            || inst.unwraps != unwraps;
        inst.ret = ret;
        inst.locals = locals;
        inst.expr_types = expr_types;
        inst.static_tests = static_tests;
        inst.unwraps = unwraps;
        inst.gen_ret = gen_ret;
        inst.sendable = sendable;
        inst.sends = sends;
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
    /// the function's name
    func: &'m str,
    params: Vec<String>,
    /// the type each parameter starts with in this instance
    param_init: HashMap<String, Ty>,
    /// variables updated in place in parallel loops (reductions): a numpy scalar joined with
    /// a Python number is the Python number there (the loop's threads reduce plain numbers)
    reduced: HashSet<String>,
    static_tests: HashMap<ir::ExprId, bool>,
    unwraps: HashMap<ir::ExprId, &'static str>,
    loop_depth: u32,
    /// the function is a generator: `yield` gives its items, `return` ends it
    generator: bool,
    /// a generator's `return value` type (StopIteration's value), and where first returned
    gen_ret: Ty,
    gen_ret_span: Option<Span>,
    /// locals holding generators: the instances of the generator functions whose calls they
    /// are assigned (`g = gen(...)`); None once assigned anything else (`g.send(v)` and
    /// `r = yield from g` need to know the generator's function)
    gen_calls: HashMap<String, Option<BTreeSet<usize>>>,
    /// calls of functions of the file: the instance called
    callees: HashMap<ir::ExprId, usize>,
    /// `g.send(v)`: the type the generator is sent, keyed by `v`
    sends: HashMap<ir::ExprId, Ty>,
}

/// A bool or an int, or a number that may be either or a float ([`Ty::Num`]: where Python
/// needs an int, a float raises TypeError when the code runs, as in CPython).
fn is_int_like(t: &Ty) -> bool {
    // (a numpy.bool_ has no `__index__`: TypeError as an index, a size or a range bound)
    matches!(t.base(), Ty::Bool | Ty::Int | Ty::Num | Ty::NumNp | Ty::IntNp) && *t != Ty::NpBool
}

/// Values `str()` and f-strings convert.
fn formattable(t: &Ty) -> bool {
    t.is_numeric()
        || t.is_num()
        || matches!(t, Ty::Str | Ty::StrNum | Ty::None | Ty::Unknown | Ty::Exc | Ty::NumC)
        || matches!(t, Ty::Tuple(ts) if ts.iter().all(formattable))
        || matches!(t, Ty::List(x) | Ty::VarTuple(x) | Ty::Opt(x) if formattable(x))
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
    /// `name`'s assignments disagree on a type: splitting it into webs may help.
    /// The list `e` is used as an array index (see `Inference::as_arrays`).
    fn as_array(&mut self, e: &ir::Expr) {
        self.inf.as_arrays.entry(self.func.to_string()).or_default().insert(e.id, false);
    }

    /// The integer index array `e` (of a dtype other than int64) is cast to int64 as numpy
    /// casts index arrays to intp (uint64 values wrap, as numpy's cast does).
    fn as_int64_index(&mut self, e: &ir::Expr) {
        self.inf.as_arrays.entry(self.func.to_string()).or_default().insert(e.id, true);
    }

    fn conflict(&mut self, name: &str) {
        self.inf.conflicts.entry(self.func.to_string()).or_default().insert(name.to_string());
    }

    /// A parameter whose type is given by the caller. An empty container passed in (`[]`,
    /// `{}`: items of unknown type) is not: the callee's stores decide its items, and the
    /// caller adopts them (see `call_user_type`).
    fn fixed_param(&self, name: &str) -> bool {
        self.params.iter().any(|p| p == name) && !self.param_init.get(name).is_some_and(Ty::contains_unknown)
    }

    fn widened(&mut self, name: &str) {
        self.inf.widened.entry(self.func.to_string()).or_default().insert(name.to_string());
    }

    fn error(&mut self, d: Diagnostic) {
        if self.inf.report {
            self.inf.errors.push(d);
        }
    }
}
