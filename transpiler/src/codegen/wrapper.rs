//! The Python-facing side: one `#[pyfunction]` per exported name that dispatches over its
//! overloads, and the `#[pymodule]` init.

use super::names::{elem, rust_type};
use super::numpy::linalg::named_return;
use super::Gen;
use crate::infer::ExportFn;
use crate::types::{Elem, Ty};
use proc_macro2::{Ident, TokenStream};
use pyrs_annotations as ann;
use quote::{format_ident, quote};

/// Whether a function of the module calls `numpy.random`: its exported functions then hold
/// the global `RandomState` (and its lock) for the duration of each call.
fn uses_random(g: &Gen) -> bool {
    use crate::ir::visit::{walk_expr, Visitor};
    use crate::ir::{Expr, ExprKind};
    use crate::library::{Intrinsic, NumpyKind};
    struct V(bool);
    impl Visitor<'_> for V {
        fn visit_expr(&mut self, e: &Expr) {
            if let ExprKind::CallIntrinsic(Intrinsic::Numpy(f), _) = &e.kind {
                // a `Generator` holds its own lock (`rt::py::rng`)
                self.0 |= f.kind() == NumpyKind::Random && *f != crate::library::NumpyFn::RandomDefaultRng;
            }
            walk_expr(self, e)
        }
    }
    let mut v = V(false);
    for f in &g.module.functions {
        v.visit_function(f);
    }
    v.0
}

pub fn export(g: &Gen, e: &ExportFn) -> TokenStream {
    if e.kind != ann::ExportKind::Function {
        return super::ufunc::export(g, e);
    }
    let wrapper = format_ident!("export_{}", e.name);
    let session = if uses_random(g) { quote!(let __random = rt::py::random::Legacy::enter(py)?;) } else { quote!() };
    let py_name = &e.name;
    let params = &e.params;
    let signatures: Vec<&str> = e.overloads.iter().filter(|o| !o.twin).map(|o| o.signature.as_str()).collect();
    let overloads: Vec<TokenStream> = e
        .overloads
        .iter()
        .map(|o| {
            // `T?` left out: this overload takes fewer arguments
            let n = o.annotation.len();
            let inst = &g.program.instances[o.instance];
            let callee = format_ident!("{}", inst.rust_name);
            let vars: Vec<_> = (0..n).map(|i| format_ident!("a{}", i)).collect();
            // an overload with an int-or-float twin takes float lists of floats only: a list
            // holding ints goes to the twin, where each item keeps its type
            let has_twin = !o.twin
                && e.overloads.iter().any(|t| t.twin && t.signature == o.signature && t.annotation.len() == n);
            let extracts: Vec<TokenStream> = o
                .annotation
                .iter()
                .zip(&inst.key.args)
                .enumerate()
                .map(|(i, (ann_t, ty))| {
                    if has_twin && crate::infer::int_or_float_twin(std::slice::from_ref(ty)).is_some() {
                        let rt_ty = rust_type(ty);
                        quote!(args.get::<#rt_ty>(#i, rt::py::args::Pass::Exact)?)
                    } else {
                        extract(i, ann_t, ty)
                    }
                })
                .collect();
            // list arguments: changes made by the call are written back into the caller's lists
            let lists: Vec<usize> = inst
                .key
                .args
                .iter()
                .enumerate()
                .filter(|(_, t)| matches!(t, Ty::List(_) | Ty::Dict(..) | Ty::Set(_)))
                .map(|(i, _)| i)
                .collect();
            // the same Python container passed for two parameters of one type stays one object
            // (`f(l, l)`: appends through one name are seen through the other)
            let aliases: Vec<TokenStream> = lists
                .iter()
                .enumerate()
                .flat_map(|(k, &j)| lists[..k].iter().map(move |&i| (i, j)))
                .filter(|&(i, j)| inst.key.args[i] == inst.key.args[j])
                .map(|(i, j)| {
                    let (vi, vj) = (&vars[i], &vars[j]);
                    quote!(let #vj = if !#vi.origin().is_null() && #vi.origin() == #vj.origin() { #vi.clone() } else { #vj };)
                })
                .collect();
            // tuples holding containers: the containers' changes written back alike
            let held = |t: &Ty| {
                fn holds(t: &Ty) -> bool {
                    match t {
                        Ty::List(_) | Ty::Dict(..) | Ty::Set(_) => true,
                        Ty::Tuple(ts) => ts.iter().any(holds),
                        _ => false,
                    }
                }
                matches!(t, Ty::Tuple(_)) && holds(t)
            };
            let synced: Vec<usize> = (0..n).filter(|&i| lists.contains(&i) || held(&inst.key.args[i])).collect();
            let keeps: Vec<TokenStream> = synced
                .iter()
                .map(|i| {
                    let v = &vars[*i];
                    let keep = format_ident!("keep{}", i);
                    quote!(let #keep = #v.clone();)
                })
                .collect();
            let write_backs: Vec<TokenStream> = synced
                .iter()
                .map(|i| {
                    let keep = format_ident!("keep{}", i);
                    quote!(rt::py::ret::sync(py, &#keep)?;)
                })
                .collect();
            // numpy scalars of sized types go back as numpy scalars of their type
            let conv = match np_scalars(&inst.ret, quote!(__r)) {
                Some(c) => quote!(.map(|__r| #c)),
                None => quote!(),
            };
            // numpy's named tuples of `np.linalg` results (`SVDResult`, ...)
            let conv = match g.module.functions.iter().find(|f| f.name == inst.key.func).and_then(|f| named_return(f, inst)) {
                Some(name) => {
                    let value = np_scalars(&inst.ret, quote!(__r)).unwrap_or(quote!(__r));
                    quote!(.map(|__r| rt::numpy::linalg_lapack::Named(#name, #value)))
                }
                None => conv,
            };
            // a function that returns a scalar parameter as it came (`return n`): CPython's
            // result is the argument object itself (`True` for an `int` parameter stays `True`,
            // `np.uint8(7)` stays a numpy scalar)
            let same_arg = g
                .module
                .functions
                .iter()
                .find(|f| f.name == inst.key.func)
                .and_then(returned_param)
                .filter(|&i| i < n && is_scalar(&inst.key.args[i]) && is_scalar(&inst.ret));
            // mixed returns: the entry copy tells which parameter a return gave as it came
            let f_ir = g.module.functions.iter().find(|f| f.name == inst.key.func);
            let tagged = match (same_arg, f_ir) {
                (None, Some(f)) => identity_params(f, inst).map(|names| {
                    names.iter().filter_map(|n| f.params.iter().position(|p| &p.name == n)).collect::<Vec<usize>>()
                }),
                _ => None,
            };
            let (callee, conv) = match (&tagged, same_arg) {
                (Some(_), _) => {
                    let value = np_scalars(&inst.ret, quote!(__r)).unwrap_or(quote!(__r));
                    (
                        entry_name(&inst.rust_name),
                        quote!(.map(move |(__r, __k)| rt::py::ret::SameOr(__arg_objs.into_iter().nth(__k as usize), #value))),
                    )
                }
                (None, Some(_)) => (callee, quote!(.map(move |_| rt::py::ret::Same(__arg_obj)))),
                (None, None) => (callee, conv),
            };
            let arg_obj = match (&tagged, same_arg) {
                (Some(ps), _) => quote!(let __arg_objs = [#(args.object(#ps)),*];),
                (None, Some(i)) => quote!(let __arg_obj = args.object(#i);),
                (None, None) => quote!(),
            };
            let somes = vars.iter().map(|v| quote!(Some(#v)));
            // a call with Python containers among its arguments keeps the GIL, so that no other
            // Python thread changes them between the copy in and the write-back
            let call = if synced.is_empty() { quote!(rt::py::call) } else { quote!(rt::py::call_holding_gil) };
            quote! {
                if args.arity_is(#n) {
                    if let (#(#somes,)*) = (#(#extracts,)*) {
                        #(#aliases)*
                        #(#keeps)*
                        #arg_obj
                        #session
                        let result = #call(py, move || #callee(#(#vars),*)#conv);
                        #(#write_backs)*
                        return result;
                    }
                }
            }
        })
        .collect();
    let (text_signature, doc) = signature_and_doc(g, e);
    quote! {
        #[::pyo3::pyfunction]
        #[pyo3(name = #py_name, signature = (*args, **kwargs), text_signature = #text_signature)]
        #[doc = #doc]
        fn #wrapper<'py>(
            py: ::pyo3::Python<'py>,
            args: &::pyo3::Bound<'py, ::pyo3::types::PyTuple>,
            kwargs: ::core::option::Option<&::pyo3::Bound<'py, ::pyo3::types::PyDict>>,
        ) -> ::pyo3::PyResult<::pyo3::Py<::pyo3::PyAny>> {
            const PARAMS: &[&str] = &[#(#params),*];
            const SIGNATURES: &[&str] = &[#(#signatures),*];
            let args = rt::py::Args::new(#py_name, PARAMS, SIGNATURES, args, kwargs)?;
            for pass in rt::py::args::PASSES {
                #(#overloads)*
            }
            Err(args.no_match())
        }
    }
}

/// The parameter every `return` of `f` returns as it is (never assigned, and `f` cannot end
/// without a `return`): its position.
fn returned_param(f: &crate::ir::Function) -> Option<usize> {
    use crate::ir::{query, ExprKind, Stmt, StmtKind};
    fn returns<'a>(body: &'a [Stmt], out: &mut Vec<Option<&'a ExprKind>>) {
        for s in body {
            match &s.kind {
                StmtKind::Return(e) => out.push(e.as_ref().map(|e| &e.kind)),
                StmtKind::Yield(_) | StmtKind::YieldFrom(_) => out.push(None),
                StmtKind::If { body, orelse, .. } => {
                    returns(body, out);
                    returns(orelse, out);
                }
                StmtKind::While { body, .. } | StmtKind::For { body, .. } => returns(body, out),
                StmtKind::Try { body, handlers, orelse, finalbody } => {
                    returns(body, out);
                    for h in handlers {
                        returns(&h.body, out);
                    }
                    returns(orelse, out);
                    returns(finalbody, out);
                }
                _ => {}
            }
        }
    }
    let mut rets = Vec::new();
    returns(&f.body, &mut rets);
    let Some(Some(ExprKind::Local(name))) = rets.first() else { return None };
    if !rets.iter().all(|r| matches!(r, Some(ExprKind::Local(n)) if n == name)) || !query::always_returns(&f.body) {
        return None;
    }
    let mut assigned = Vec::new();
    query::assigned_names(&f.body, &mut assigned);
    if assigned.iter().any(|(n, _)| n == name) {
        return None;
    }
    f.params.iter().position(|p| &p.name == name)
}

/// The parameters `f` returns as they came on some paths but not on all (`if n < 2: return n`
/// next to `return f(n - 1) + f(n - 2)`): scalar parameters never assigned, in the order of
/// the parameters, when the result is a scalar. The wrapper calls an entry copy whose returns
/// say which of them each returns (see `function::instance`), and gives back the argument
/// object itself on those paths, as CPython does. (Not for generators, nor through `try`.)
pub(super) fn identity_params(f: &crate::ir::Function, inst: &crate::infer::Instance) -> Option<Vec<String>> {
    use crate::ir::{query, ExprKind, StmtKind};
    if !is_scalar(&inst.ret) || query::is_generator(&f.body) || returned_param(f).is_some() {
        return None;
    }
    let all = query::statements(&f.body);
    if all.iter().any(|s| matches!(s.kind, StmtKind::Try { .. })) {
        return None;
    }
    let mut assigned = Vec::new();
    query::assigned_names(&f.body, &mut assigned);
    let bare: Vec<&str> = all
        .iter()
        .filter_map(|s| match &s.kind {
            StmtKind::Return(Some(e)) => match &e.kind {
                ExprKind::Local(n) => Some(n.as_str()),
                _ => None,
            },
            _ => None,
        })
        .collect();
    let names: Vec<String> = f
        .params
        .iter()
        .zip(&inst.key.args)
        .filter(|(p, t)| is_scalar(t) && bare.contains(&p.name.as_str()) && !assigned.iter().any(|(n, _)| n == &p.name))
        .map(|(p, _)| p.name.clone())
        .collect();
    (!names.is_empty() && names.len() < 255).then_some(names)
}

/// The name of the entry copy of [`identity_params`].
pub(super) fn entry_name(rust_name: &str) -> Ident {
    format_ident!("{}__entry", rust_name)
}

fn is_scalar(t: &Ty) -> bool {
    t.is_numeric()
}

/// `__text_signature__` (`(maxiter, zs, cs, output)`, `(a, n=10)` where an overload leaves
/// `n` out) and `__doc__`: the function's docstring, then its overloads.
fn signature_and_doc(g: &Gen, e: &ExportFn) -> (String, String) {
    let f = g.module.function(&e.name);
    let min_arity = e.overloads.iter().map(|o| o.annotation.len()).min().unwrap_or(e.params.len());
    let params: Vec<String> = e
        .params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i < min_arity {
                return p.clone();
            }
            let default = f.and_then(|f| f.params.get(i)).and_then(|p| p.default.as_ref()).and_then(literal_repr);
            format!("{p}={}", default.unwrap_or_else(|| "...".into()))
        })
        .collect();
    let mut doc = f.and_then(|f| f.doc.clone()).map(|d| d.trim_end().to_string() + "\n\n").unwrap_or_default();
    doc.push_str("Supported prototypes (compiled by pyrs):\n");
    let mut seen = Vec::new();
    for o in &e.overloads {
        if !seen.contains(&&o.signature) {
            seen.push(&o.signature);
            doc.push_str(&format!("\n    {}", o.signature));
        }
    }
    (format!("({})", params.join(", ")), doc)
}

/// A default value as Python source, when it is a literal.
fn literal_repr(e: &crate::ir::Expr) -> Option<String> {
    use crate::ir::{ExprKind, UnaryOp};
    Some(match &e.kind {
        ExprKind::Int(v) => v.to_string(),
        ExprKind::Float(v) if v.is_finite() => format!("{v:?}"),
        ExprKind::Bool(b) => if *b { "True" } else { "False" }.into(),
        ExprKind::None => "None".into(),
        ExprKind::Str(s) if s.is_ascii() => format!("{s:?}"),
        ExprKind::Unary(UnaryOp::Neg, x) => format!("-{}", literal_repr(x)?),
        _ => return None,
    })
}

/// The conversion of argument `i` (annotation type `t`, compiled type `ty`):
/// `PyResult<Option<T>>`, `?`-ed.
fn extract(i: usize, t: &ann::Type, ty: &Ty) -> TokenStream {
    match (t, ty) {
        (ann::Type::Array(a), Ty::Array(e, n)) => {
            let el = elem(*e);
            let layout = match a.layout {
                ann::Layout::Strided => quote!(rt::py::Layout::Strided),
                ann::Layout::F => quote!(rt::py::Layout::Fortran),
                _ => quote!(rt::py::Layout::Contiguous),
            };
            if a.dims.iter().all(|d| *d == ann::Dim::Any) {
                quote!(args.array::<#el, #n>(#i, #layout)?)
            } else {
                let extents = a.dims.iter().map(|d| match d {
                    ann::Dim::Fixed(k) => {
                        let k = *k as usize;
                        quote!(Some(#k))
                    }
                    _ => quote!(None),
                });
                quote!(args.array_fixed::<#el, #n>(#i, #layout, [#(#extents),*])?)
            }
        }
        // a numpy scalar of exactly this dtype (the numpy-scalar twin of a sized parameter)
        (ann::Type::Scalar(_), Ty::NpSized(e)) => {
            let rt_ty = rust_type(ty);
            let name = e.name();
            quote!(args.np_scalar::<#rt_ty>(#i, #name)?)
        }
        (ann::Type::Scalar(s), Ty::Int) if int_range(*s).is_some() => {
            let (lo, hi) = int_range(*s).unwrap();
            quote!(args.int_in(#i, pass, #lo, #hi)?)
        }
        _ => {
            let rt_ty = rust_type(ty);
            quote!(args.get::<#rt_ty>(#i, pass)?)
        }
    }
}

/// The values a sized integer annotation accepts.
fn int_range(s: ann::Scalar) -> Option<(i64, i64)> {
    use ann::Scalar as S;
    Some(match s {
        S::Byte | S::Int8 => (i8::MIN as i64, i8::MAX as i64),
        S::Int16 => (i16::MIN as i64, i16::MAX as i64),
        S::Int32 | S::Intc => (i32::MIN as i64, i32::MAX as i64),
        S::UInt8 => (0, u8::MAX as i64),
        S::UInt16 => (0, u16::MAX as i64),
        S::UInt32 | S::UIntc => (0, u32::MAX as i64),
        S::UInt64 | S::UIntp => (0, i64::MAX),
        _ => return None,
    })
}

pub fn module_init(g: &Gen, module_name: &str, source_hash: &str, exports: &[ExportFn]) -> TokenStream {
    let adds = exports.iter().map(|e| {
        if e.kind != ann::ExportKind::Function {
            return super::ufunc::register(g, e);
        }
        let w = format_ident!("export_{}", e.name);
        quote!(m.add_function(::pyo3::wrap_pyfunction!(#w, m)?)?;)
    });
    // module-level constants, computed once at import as CPython does; a module variable's
    // value goes into its static, and a property of the module's class reads and writes it
    let consts = g.program.constants.iter().map(|(name, i)| {
        let f = format_ident!("{}", g.program.instances[*i].rust_name);
        if g.program.variables.contains(name) {
            let var = super::names::global_var(name);
            let type_name = g.program.instances[*i].ret.with_article();
            return quote! {
                #var.set(#f().map_err(::pyo3::PyErr::from)?);
                let (__get, __set) = rt::py::modvar::accessors(m.py(), #name, #type_name, &#var)?;
                __props.push((#name, __get, __set));
            };
        }
        quote! {
            let __v = #f().map_err(::pyo3::PyErr::from)?;
            m.add(#name, rt::py::ToPy::into_py_obj(__v, m.py())?)?;
        }
    });
    let (props, install) = if g.program.variables.is_empty() {
        (quote!(), quote!())
    } else {
        (quote!(let mut __props = ::std::vec::Vec::new();), quote!(rt::py::modvar::install(m, __props)?;))
    };
    let version = env!("CARGO_PKG_VERSION");
    let doc = g.module.doc.clone().unwrap_or_default();
    // CPython imports a module named with non-ASCII letters (`modé`) through `PyInitU_` and the
    // name's Punycode with `-` as `_` (`PyInitU_mod_dma`): pyo3's own init takes that ASCII
    // name, and the `PyInitU_` symbol calls it (the module's `__name__` comes from the import
    // spec, multi-phase init)
    let (pyo3_name, init_u) = if module_name.is_ascii() {
        (module_name.to_string(), quote!())
    } else {
        let ascii = punycode(module_name).replace('-', "_");
        let symbol = format!("PyInitU_{ascii}");
        let init_u = quote! {
            #[doc(hidden)]
            #[unsafe(export_name = #symbol)]
            pub unsafe extern "C" fn __pyrs_init_u() -> *mut ::pyo3::ffi::PyObject {
                pyrs_module::_PYO3_DEF.init_multi_phase()
            }
        };
        (ascii, init_u)
    };
    quote! {
        #init_u
        #[::pyo3::pymodule]
        #[doc = #doc]
        #[pyo3(name = #pyo3_name)]
        fn pyrs_module(m: &::pyo3::Bound<'_, ::pyo3::types::PyModule>) -> ::pyo3::PyResult<()> {
            use ::pyo3::types::PyModuleMethods;
            #(#adds)*
            #props
            #(#consts)*
            #install
            m.add("__pyrs_version__", #version)?;
            m.add("__pyrs_source_sha256__", #source_hash)?;
            rt::py::stale::check(m, #source_hash)?;
            rt::support::signals::install();
            rt::py::args::prepare(m.py())?;
            Ok(())
        }
    }
}

/// The statics of the module variables (see `rt::py::modvar`).
pub fn module_variables(g: &Gen) -> Vec<TokenStream> {
    g.program
        .variables
        .iter()
        .map(|name| {
            let i = g.program.constants.iter().find(|(c, _)| c == name).expect("variables are constants").1;
            let t = rust_type(&g.program.instances[i].ret);
            let var = super::names::global_var(name);
            quote!(static #var: rt::py::ModVar<#t> = rt::py::ModVar::new();)
        })
        .collect()
}

/// Python's `punycode` codec (RFC 3492 with its parameters): the ASCII letters of `name`, a
/// `-` if there were any, then the non-ASCII ones as generalized variable-length integers.
fn punycode(name: &str) -> String {
    const BASE: u32 = 36;
    const TMIN: u32 = 1;
    const TMAX: u32 = 26;
    fn digit(d: u32) -> char {
        (if d < 26 { b'a' + d as u8 } else { b'0' + (d - 26) as u8 }) as char
    }
    fn adapt(mut delta: u32, numpoints: u32, first: bool) -> u32 {
        delta = if first { delta / 700 } else { delta / 2 };
        delta += delta / numpoints;
        let mut k = 0;
        while delta > ((BASE - TMIN) * TMAX) / 2 {
            delta /= BASE - TMIN;
            k += BASE;
        }
        k + (BASE - TMIN + 1) * delta / (delta + 38)
    }
    let cps: Vec<u32> = name.chars().map(|c| c as u32).collect();
    let mut out: String = name.chars().filter(|c| c.is_ascii()).collect();
    let basic = out.len() as u32;
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias, mut h) = (0x80u32, 0u32, 72u32, basic);
    while (h as usize) < cps.len() {
        let m = cps.iter().copied().filter(|&c| c >= n).min().expect("a code point is left");
        delta += (m - n) * (h + 1);
        n = m;
        for &c in &cps {
            if c < n {
                delta += 1;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        TMIN
                    } else if k >= bias + TMAX {
                        TMAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, h + 1, h == basic);
                delta = 0;
                h += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    out
}

/// `v` (of type `t`) with its numpy scalars (at the top, in tuples or lists) wrapped so that they
/// reach Python as `numpy.float64`, `numpy.float32`, `numpy.int8`…, and dtypes as numpy's dtype objects; `None`
/// when there are none.
fn np_scalars(t: &Ty, v: TokenStream) -> Option<TokenStream> {
    match t {
        Ty::NpSized(e) => {
            let et = elem(*e);
            Some(quote!(rt::py::ret::NpScalar::<#et>(#v)))
        }
        // `numpy.float64`, `numpy.int64`, `numpy.complex128`, as numpy gives them (`np.sum(a)`, `a[i]`)
        Ty::NpBool | Ty::NpInt | Ty::NpFloat | Ty::NpComplex => {
            let et = elem(Elem::of_scalar(t).expect("numpy scalars have an element type"));
            Some(quote!(rt::py::ret::NpScalar::<#et>(#v)))
        }
        Ty::DType(e) => {
            let et = elem(*e);
            Some(quote!({ let _ = #v; rt::py::ret::DTypeOf::<#et>(::core::marker::PhantomData) }))
        }
        Ty::Tuple(items) if items.iter().any(|t| np_scalars(t, quote!()).is_some()) => {
            let parts = items.iter().enumerate().map(|(k, it)| {
                let i = syn::Index::from(k);
                np_scalars(it, quote!(__t.#i)).unwrap_or(quote!(__t.#i))
            });
            Some(quote!({ let __t = #v; (#(#parts,)*) }))
        }
        // a list compiled code made (argument lists never hold numpy scalars)
        Ty::List(inner) => {
            let conv = np_scalars(inner, quote!(__x))?;
            Some(
                quote!({ let __l = #v; rt::List::from_vec(__l.to_vec().into_iter().map(|__x| #conv).collect::<Vec<_>>()) }),
            )
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn punycode_as_python() {
        // "x".encode("punycode") in CPython
        for (name, code) in [
            ("modé", "mod-dma"),
            ("é", "9ca"),
            ("ünïcödé_mod", "ncd_mod-dya5c3d0c"),
            ("日本語", "wgv71a119e"),
            ("Ωmega2", "mega2-y7d"),
        ] {
            assert_eq!(super::punycode(name), code, "{name}");
        }
    }
}
