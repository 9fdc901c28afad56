//! Typing rule of `np.pad(array, pad_width, mode, constant_values=, stat_length=,
//! reflect_type=)` (`runtime/src/numpy/pad.rs`): the result has the array's type; what
//! numpy decides from the values (negative widths, shapes that do not broadcast, a mode it
//! does not know, keywords the mode does not take) is its exception when the code runs.

use super::FnCx;
use crate::diag::Diagnostic;
use crate::ir::{self, ExprKind};
use crate::library::NumpyFn as N;
use crate::source::Span;
use crate::types::{Elem, Kind, Ty};

/// Positions of `np.pad`'s parameters (the catalogue row's order).
pub const CONSTANT_VALUES: usize = 3;
pub const STAT_LENGTH: usize = 4;
pub const REFLECT_TYPE: usize = 5;
pub const END_VALUES: usize = 6;

/// The modes pyrs computes.
pub const MODES: [&str; 7] = ["constant", "edge", "reflect", "symmetric", "wrap", "maximum", "minimum"];

/// How a pairs argument (`pad_width`, `constant_values`, `stat_length`) is given: numbers and
/// tuples of them known when compiling (each leaf with its path of tuple positions, and the
/// shape `np.array` gives them), or an array / a list whose shape is known when the code runs.
pub enum Pairs {
    Static {
        shape: Vec<usize>,
        leaves: Vec<(Vec<usize>, Elem)>,
    },
    /// an array of this element type and these dimensions (1 or 2)
    Array(Elem, usize),
    /// a list of numbers (`None`) or of tuples of this many numbers
    List(Option<usize>, Elem),
    /// a list of lists of numbers (their lengths checked when the code runs)
    Lists(Elem),
}

fn leaf(t: &Ty) -> Option<Elem> {
    match t {
        Ty::Num | Ty::NumNp => None,
        t => Elem::of_scalar(t),
    }
}

/// The shape and leaves of a pairs argument of type `t`, `None` if not one pyrs takes.
pub fn pairs_of(t: &Ty) -> Option<Pairs> {
    if let Some(e) = leaf(t) {
        return Some(Pairs::Static { shape: vec![], leaves: vec![(vec![], e)] });
    }
    match t {
        Ty::Tuple(items) if items.iter().all(|t| leaf(t).is_some()) => Some(Pairs::Static {
            shape: vec![items.len()],
            leaves: items.iter().enumerate().map(|(k, t)| (vec![k], leaf(t).expect("checked"))).collect(),
        }),
        Ty::Tuple(items) => {
            let mut leaves = Vec::new();
            let mut m = None;
            for (k, t) in items.iter().enumerate() {
                let Ty::Tuple(inner) = t else { return None };
                if *m.get_or_insert(inner.len()) != inner.len() {
                    return None;
                }
                for (j, t) in inner.iter().enumerate() {
                    leaves.push((vec![k, j], leaf(t)?));
                }
            }
            Some(Pairs::Static { shape: vec![items.len(), m?], leaves })
        }
        Ty::Array(e, n @ (1 | 2)) => Some(Pairs::Array(*e, *n)),
        Ty::List(t) => match &**t {
            Ty::Tuple(inner) if !inner.is_empty() => {
                let e = inner.iter().map(leaf).collect::<Option<Vec<_>>>()?;
                e.iter().all(|x| *x == e[0]).then_some(Pairs::List(Some(inner.len()), e[0]))
            }
            Ty::List(t) => leaf(t).map(Pairs::Lists),
            t => leaf(t).map(|e| Pairs::List(None, e)),
        },
        _ => None,
    }
}

/// The element kind numpy's `np.array` gives the leaves: bool only if all are bools, else the
/// widest kind.
pub fn common_kind(leaves: &[Elem]) -> Kind {
    let rank = |k: Kind| match k {
        Kind::Bool => 0,
        Kind::Int => 1,
        Kind::Float => 2,
        Kind::Complex => 3,
    };
    leaves.iter().map(|e| e.kind()).max_by_key(|k| rank(*k)).unwrap_or(Kind::Float)
}

/// The mode as written (left out: `constant`).
pub fn mode_of(args: &[ir::Expr]) -> Option<&str> {
    match args.get(2).map(|a| &a.kind) {
        None | Some(ExprKind::Default) => Some("constant"),
        Some(ExprKind::Str(s)) => Some(s.as_str()),
        _ => None,
    }
}

/// numpy's ValueError for a mode it does not know or keywords this mode does not take (the
/// text numpy gives, keywords sorted), `None` if the call is one numpy accepts.
pub fn mode_error(args: &[ir::Expr]) -> Option<String> {
    let mode = mode_of(args)?;
    let allowed: &[&str] = match mode {
        "empty" | "edge" | "wrap" => &[],
        "constant" => &["constant_values"],
        "linear_ramp" => &["end_values"],
        "maximum" | "mean" | "median" | "minimum" => &["stat_length"],
        "reflect" | "symmetric" => &["reflect_type"],
        _ => return Some(format!("mode '{mode}' is not supported")),
    };
    let names = [
        (CONSTANT_VALUES, "constant_values"),
        (STAT_LENGTH, "stat_length"),
        (REFLECT_TYPE, "reflect_type"),
        (END_VALUES, "end_values"),
    ];
    let extra: Vec<String> = names
        .iter()
        .filter(|(k, name)| {
            !matches!(args.get(*k).map(|a| &a.kind), None | Some(ExprKind::Default)) && !allowed.contains(name)
        })
        .map(|(_, name)| format!("'{name}'"))
        .collect();
    (!extra.is_empty()).then(|| format!("unsupported keyword arguments for mode '{mode}': {{{}}}", extra.join(", ")))
}

impl FnCx<'_, '_> {
    pub(super) fn pad_fn(&mut self, args: &[ir::Expr], ts: &[Ty], at: Span) -> Ty {
        let f = N::Pad;
        let span_of = |k: usize| args.get(k).map(|a| a.span).unwrap_or(at);
        let Some(Ty::Array(e, n)) = ts.first().cloned().filter(|t| matches!(t, Ty::Array(_, n) if *n >= 1)) else {
            let what = ts.first().map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
            self.error(Diagnostic::new(span_of(0), format!("numpy.{f}() needs an array here, not {what}")));
            return Ty::Unknown;
        };
        let pairs_err = |cx: &mut Self, k: usize, name: &str, ints: bool| {
            let what = ts.get(k).map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
            let of = if ints { "ints" } else { "numbers" };
            cx.error(Diagnostic::new(
                span_of(k),
                format!("`{name}` of numpy.pad() must be a number, a tuple of {of}, a tuple of tuples of {of} of one length, a list of them or an array, not {what}"),
            ));
        };
        // pad_width: numbers (a float is numpy's TypeError when the code runs)
        match ts.get(1).and_then(pairs_of) {
            Some(Pairs::Static { leaves, .. }) if leaves.iter().all(|(_, e)| e.kind() != Kind::Complex) => {}
            Some(Pairs::Array(e, _) | Pairs::List(_, e) | Pairs::Lists(e)) if e.kind() != Kind::Complex => {}
            _ => {
                pairs_err(self, 1, "pad_width", false);
                return Ty::Unknown;
            }
        }
        let Some(mode) = mode_of(args) else {
            self.error(Diagnostic::new(span_of(2), "`mode` of numpy.pad() must be written as a string"));
            return Ty::Unknown;
        };
        let given = |k: usize| !matches!(args.get(k).map(|a| &a.kind), None | Some(ExprKind::Default));
        if mode_error(args).is_none() {
            if !MODES.contains(&mode) {
                self.error(Diagnostic::new(
                    span_of(2),
                    format!("numpy.pad() mode '{mode}' is not supported yet (supported: {})", MODES.join(", ")),
                ));
                return Ty::Unknown;
            }
            if mode == "constant" && given(CONSTANT_VALUES) {
                let ok = match ts.get(CONSTANT_VALUES).and_then(pairs_of) {
                    Some(Pairs::Static { .. }) => true,
                    Some(Pairs::Array(ce, _) | Pairs::List(_, ce) | Pairs::Lists(ce)) => {
                        ce.kind() != Kind::Complex || e.kind() == Kind::Complex
                    }
                    None => false,
                };
                if !ok {
                    pairs_err(self, CONSTANT_VALUES, "constant_values", false);
                    return Ty::Unknown;
                }
            }
            if matches!(mode, "maximum" | "minimum") {
                if e.kind() == Kind::Complex {
                    self.error(Diagnostic::new(
                        span_of(2),
                        format!("numpy.pad() mode '{mode}' of a complex array is not supported yet"),
                    ));
                    return Ty::Unknown;
                }
                if given(STAT_LENGTH) && !matches!(ts.get(STAT_LENGTH), Some(Ty::None)) {
                    let ints = match ts.get(STAT_LENGTH).and_then(pairs_of) {
                        Some(Pairs::Static { leaves, .. }) => leaves.iter().all(|(_, e)| *e == Elem::Int64),
                        Some(Pairs::List(_, e) | Pairs::Lists(e)) => e == Elem::Int64,
                        _ => false,
                    };
                    if !ints {
                        pairs_err(self, STAT_LENGTH, "stat_length", true);
                        return Ty::Unknown;
                    }
                }
            }
            if matches!(mode, "reflect" | "symmetric") && given(REFLECT_TYPE) {
                match args.get(REFLECT_TYPE).map(|a| &a.kind) {
                    Some(ExprKind::Str(s)) if s != "odd" => {}
                    _ => {
                        self.error(Diagnostic::new(
                            span_of(REFLECT_TYPE),
                            "numpy.pad() supports reflect_type='even' (written as a string), not 'odd' yet",
                        ));
                        return Ty::Unknown;
                    }
                }
            }
        }
        Ty::Array(e, n)
    }
}
