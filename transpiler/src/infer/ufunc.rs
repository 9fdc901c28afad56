//! What `# export ufunc` and `# export gufunc` accept: the operand types a numpy loop can have
//! (checked on the annotation), and the results the compiled function may give (checked on the
//! inferred return type). The loops themselves are codegen's (`codegen/ufunc.rs`).

use crate::diag::Diagnostic;
use crate::ir;
use crate::source::Span;
use crate::types::{Elem, Ty};
use pyrs_annotations::{self as ann, ExportKind};

/// The element type of a ufunc operand of type `t` (a scalar the loop reads or writes as one
/// element of a numpy array): Python's bool, int, float, complex and numpy's scalars of them.
pub fn operand_elem(t: &Ty) -> Option<Elem> {
    Some(match t {
        Ty::Bool => Elem::Bool,
        Ty::Int | Ty::NpInt => Elem::Int64,
        Ty::Float | Ty::NpFloat => Elem::Float64,
        Ty::Complex | Ty::NpComplex => Elem::Complex128,
        _ => return None,
    })
}

/// The element types of a ufunc's outputs: the function's result, or each item of a tuple.
pub fn output_elems(ret: &Ty) -> Option<Vec<Elem>> {
    match ret {
        Ty::Tuple(items) if !items.is_empty() && items.len() <= 5 => items.iter().map(operand_elem).collect(),
        t => Some(vec![operand_elem(t)?]),
    }
}

/// A scalar annotation a loop can take: `bool`, `int`/`int64`, `float`/`float64`,
/// `complex`/`complex128` (the sized spellings would need loops of their own widths).
fn scalar_ok(t: &ann::Type) -> bool {
    use ann::Scalar as S;
    matches!(
        t,
        ann::Type::Scalar(S::Bool | S::Int | S::Int64 | S::Intp | S::Float | S::Float64 | S::Complex | S::Complex128)
    )
}

/// The annotation of an export of kind ufunc/gufunc/capsule: the errors at its arguments.
pub fn check_args(export: &ann::Export, func: &ir::Function, positions: &dyn Fn(ann::Pos) -> Span) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let at = positions(export.pos);
    if export.args.iter().any(|a| a.optional) || export.args.len() != func.params.len() {
        errors.push(Diagnostic::new(
            at,
            format!("a {} export gives the type of every parameter of `{}`, none optional", export.kind, export.func),
        ));
        return errors;
    }
    match &export.kind {
        ExportKind::Function => {}
        ExportKind::Capsule => {
            for a in &export.args {
                if c_type(&a.ty).is_none() {
                    errors.push(
                        Diagnostic::new(
                            positions(a.pos),
                            format!("a capsule argument of type `{}` is not supported", a.ty),
                        )
                        .help("capsules take `float64` (C `double`) and `int64` (C `long`) arguments"),
                    );
                }
            }
        }
        ExportKind::Ufunc => {
            for a in &export.args {
                if !scalar_ok(&a.ty) {
                    errors.push(
                        Diagnostic::new(
                            positions(a.pos),
                            format!("a ufunc operand of type `{}` is not supported", a.ty),
                        )
                        .help("ufunc loops take `bool`, `int64`, `float64` or `complex128` scalars; numpy casts other inputs to them"),
                    );
                }
            }
        }
        ExportKind::Gufunc(layout) => {
            let dims = layout.inputs.iter().chain(&layout.outputs);
            let nin = layout.inputs.len();
            for (k, (a, d)) in export.args.iter().zip(dims).enumerate() {
                let ok = match &a.ty {
                    _ if d.is_empty() => k < nin && scalar_ok(&a.ty),
                    ann::Type::Array(arr) => arr.dims.len() == d.len() && Ty::from_annotation(&a.ty).is_ok(),
                    _ => false,
                };
                if !ok {
                    let want = if d.is_empty() && k < nin {
                        "a `bool`, `int64`, `float64` or `complex128` scalar".to_string()
                    } else if d.is_empty() {
                        "an output with core dimensions (a `()` output is not supported: return values are not outputs)"
                            .into()
                    } else {
                        format!("a {}-D array", d.len())
                    };
                    errors.push(Diagnostic::new(
                        positions(a.pos),
                        format!(
                            "gufunc argument {} has the core dimensions ({}) in `{layout}`, so its type must be {want}, not `{}`",
                            k + 1,
                            d.join(","),
                            a.ty
                        ),
                    ));
                }
            }
        }
    }
    errors
}

/// The inferred result of an instance compiled for a ufunc/gufunc loop: an error when no numpy
/// loop can give it.
pub fn check_ret(kind: &ExportKind, name: &str, ret: &Ty, at: Span) -> Option<Diagnostic> {
    match kind {
        ExportKind::Ufunc if output_elems(ret).is_none() => Some(
            Diagnostic::new(at, format!("the ufunc `{name}` returns {ret}, which is not an element of a numpy array"))
                .help("a ufunc returns a bool, int, float or complex, or a tuple of up to 5 of them (several outputs)"),
        ),
        ExportKind::Capsule if c_result(ret).is_none() => Some(
            Diagnostic::new(at, format!("the capsule `{name}` returns {ret}, which has no C type here"))
                .help("a capsule's function returns a float (C `double`) or an int (C `long`)"),
        ),
        ExportKind::Gufunc(_) if *ret != Ty::None => Some(
            Diagnostic::new(
                at,
                format!("the gufunc `{name}` returns {ret}; a gufunc writes its outputs and returns None"),
            )
            .help("write the results into the output arguments (the last ones of the layout)"),
        ),
        _ => None,
    }
}

/// The loops of one ufunc must have as many outputs each; a capsule is exported once.
pub fn check_outputs(kind: &ExportKind, name: &str, rets: &[&Ty], at: Option<Span>) -> Option<Diagnostic> {
    if *kind == ExportKind::Capsule && rets.len() > 1 {
        return Some(Diagnostic::new(
            at.unwrap_or_default(),
            format!("the capsule `{name}` is exported more than once; a capsule holds one C function: export it once"),
        ));
    }
    if *kind != ExportKind::Ufunc {
        return None;
    }
    let counts: Vec<usize> = rets.iter().filter_map(|t| output_elems(t)).map(|v| v.len()).collect();
    if counts.windows(2).all(|w| w[0] == w[1]) {
        return None;
    }
    Some(Diagnostic::new(
        at.unwrap_or_default(),
        format!("the loops of the ufunc `{name}` give different numbers of outputs ({counts:?}); numpy's ufuncs have one `nout`"),
    ))
}

/// The C type of a capsule's argument or result: `double` for a float, `long` for an int.
pub fn c_type(t: &ann::Type) -> Option<&'static str> {
    use ann::Scalar as S;
    match t {
        ann::Type::Scalar(S::Float | S::Float64) => Some("double"),
        ann::Type::Scalar(S::Int | S::Int64) => Some("long"),
        _ => None,
    }
}

/// The C type of a capsule's result (inferred).
pub fn c_result(t: &Ty) -> Option<&'static str> {
    match t {
        Ty::Float | Ty::NpFloat => Some("double"),
        Ty::Int | Ty::NpInt => Some("long"),
        _ => None,
    }
}
