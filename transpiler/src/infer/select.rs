//! Typing rules of `np.partition`/`np.argpartition` (`runtime/src/numpy/partition.rs`) and
//! `np.ravel_multi_index`/`np.unravel_index` (`runtime/src/numpy/ravel_index.rs`). What numpy
//! decides from values (a `kth` out of bounds, an unknown mode or order, coordinates out of
//! range, shapes that do not broadcast) is its ValueError when the code runs; what decides
//! the result's type (the number of axes, scalars or arrays) must be known when compiling.

use super::{is_int_like, FnCx};
use crate::diag::Diagnostic;
use crate::ir::{self, ExprKind};
use crate::library::NumpyFn as N;
use crate::source::Span;
use crate::types::{Elem, Kind, Ty};

/// An integer array numpy takes as indices (bool and int dtypes): its dimensions.
pub fn int_array(t: &Ty) -> Option<usize> {
    match t {
        Ty::Array(e, n) if matches!(e.kind(), Kind::Int | Kind::Bool) => Some(*n),
        _ => None,
    }
}

/// An int coordinate numpy takes (a `numpy.bool_` too).
fn coordinate(t: &Ty) -> bool {
    is_int_like(t) || *t == Ty::NpBool
}

/// A `kth` pyrs takes: an int, a tuple or list of ints, an int array of at most one axis.
pub fn kth_ok(t: &Ty) -> bool {
    match t {
        t if is_int_like(t) => true,
        Ty::Tuple(items) => items.iter().all(is_int_like),
        Ty::List(inner) => is_int_like(inner),
        t => int_array(t).is_some_and(|n| n <= 1),
    }
}

/// The string literal at `k` (`Some(None)` when absent or None).
fn literal(args: &[ir::Expr], k: usize) -> Option<Option<&str>> {
    match args.get(k).map(|a| &a.kind) {
        None | Some(ExprKind::Default | ExprKind::None) => Some(None),
        Some(ExprKind::Str(s)) => Some(Some(s.as_str())),
        Some(_) => None,
    }
}

/// `mode=` of `ravel_multi_index`: absent, a string literal or a tuple of them.
pub fn modes_of(args: &[ir::Expr]) -> Option<(Vec<String>, bool)> {
    match args.get(2).map(|a| &a.kind) {
        None | Some(ExprKind::Default | ExprKind::None) => Some((vec!["raise".into()], false)),
        Some(ExprKind::Str(s)) => Some((vec![s.clone()], false)),
        Some(ExprKind::Tuple(items) | ExprKind::List(items)) => items
            .iter()
            .map(|x| match &x.kind {
                ExprKind::Str(s) => Some(s.clone()),
                _ => None,
            })
            .collect::<Option<Vec<_>>>()
            .map(|v| (v, true)),
        Some(_) => None,
    }
}

/// `order=` (at `k`) of `ravel_multi_index`/`unravel_index`: a string literal, 'C' if absent.
pub fn order_of(args: &[ir::Expr], k: usize) -> Option<String> {
    literal(args, k).map(|o| o.unwrap_or("C").to_string())
}

impl FnCx<'_, '_> {
    pub(super) fn select_fn(&mut self, f: N, args: &[ir::Expr], ts: &[Ty], at: Span) -> Ty {
        let span_of = |k: usize| args.get(k).map(|a| a.span).unwrap_or(at);
        let what = |k: usize| ts.get(k).map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
        match f {
            N::Partition | N::Argpartition => {
                let Some(Ty::Array(e, n)) = ts.first().cloned().filter(|t| matches!(t, Ty::Array(..))) else {
                    self.error(Diagnostic::new(
                        span_of(0),
                        format!("numpy.{f}() needs an array here, not {}", what(0)),
                    ));
                    return Ty::Unknown;
                };
                if e == Elem::UInt64 {
                    self.error(Diagnostic::new(at, format!("numpy.{f}() of a uint64 array is not supported yet")));
                    return Ty::Unknown;
                }
                if !ts.get(1).is_some_and(kth_ok) {
                    self.error(Diagnostic::new(
                        span_of(1),
                        format!(
                            "`kth` of numpy.{f}() must be an int, a tuple or list of ints or a 1-D int array, not {}",
                            what(1)
                        ),
                    ));
                    return Ty::Unknown;
                }
                let flat = matches!(args.get(2).map(|a| &a.kind), Some(ExprKind::None));
                if !flat && !matches!(ts.get(2), None | Some(Ty::None)) && !ts.get(2).is_some_and(is_int_like) {
                    self.error(Diagnostic::new(
                        span_of(2),
                        format!("`axis` of numpy.{f}() must be an int or None, not {}", what(2)),
                    ));
                    return Ty::Unknown;
                }
                if !matches!(literal(args, 3), Some(None | Some("introselect"))) {
                    self.error(Diagnostic::new(span_of(3), format!("`kind` of numpy.{f}() must be 'introselect'")));
                    return Ty::Unknown;
                }
                if !matches!(ts.get(4), None | Some(Ty::None)) {
                    self.error(Diagnostic::new(
                        span_of(4),
                        format!("`order` of numpy.{f}() (structured arrays) is not supported"),
                    ));
                    return Ty::Unknown;
                }
                let n = if flat { 1 } else { n };
                Ty::Array(if f == N::Partition { e } else { Elem::Int64 }, n)
            }
            N::RavelMultiIndex => {
                let coords = match ts.first() {
                    Some(Ty::Tuple(items)) if items.iter().all(|t| coordinate(t) || int_array(t).is_some()) => {
                        items.clone()
                    }
                    _ => {
                        self.error(Diagnostic::new(
                            span_of(0),
                            format!(
                                "`multi_index` of numpy.{f}() must be a tuple of ints or int arrays, not {}",
                                what(0)
                            ),
                        ));
                        return Ty::Unknown;
                    }
                };
                if self.dims_len(f, args, ts, 1, at).is_none() {
                    return Ty::Unknown;
                }
                if modes_of(args).is_none() {
                    self.error(Diagnostic::new(
                        span_of(2),
                        format!("`mode` of numpy.{f}() must be written as a string or a tuple of strings"),
                    ));
                    return Ty::Unknown;
                }
                if order_of(args, 3).is_none() {
                    self.error(Diagnostic::new(
                        span_of(3),
                        format!("`order` of numpy.{f}() must be written as a string"),
                    ));
                    return Ty::Unknown;
                }
                match coords.iter().filter_map(int_array).max() {
                    None => Elem::Int64.scalar(),
                    Some(r) => Ty::Array(Elem::Int64, r),
                }
            }
            N::UnravelIndex => {
                let Some(k) = self.dims_len(f, args, ts, 1, at) else { return Ty::Unknown };
                if order_of(args, 2).is_none() {
                    self.error(Diagnostic::new(
                        span_of(2),
                        format!("`order` of numpy.{f}() must be written as a string"),
                    ));
                    return Ty::Unknown;
                }
                let item = match ts.first() {
                    Some(t) if coordinate(t) => Elem::Int64.scalar(),
                    Some(t) if int_array(t).is_some() => Ty::Array(Elem::Int64, int_array(t).expect("checked")),
                    _ => {
                        self.error(Diagnostic::new(
                            span_of(0),
                            format!("`indices` of numpy.{f}() must be an int or an int array, not {}", what(0)),
                        ));
                        return Ty::Unknown;
                    }
                };
                Ty::Tuple(vec![item; k])
            }
            _ => unreachable!("not a selection function: {f}"),
        }
    }

    /// The number of axes of a `dims`/`shape` argument at `k` (an int or a tuple of ints).
    fn dims_len(&mut self, f: N, args: &[ir::Expr], ts: &[Ty], k: usize, at: Span) -> Option<usize> {
        match ts.get(k) {
            Some(t) if is_int_like(t) => Some(1),
            Some(Ty::Tuple(items)) if items.iter().all(is_int_like) => Some(items.len()),
            other => {
                let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                let span = args.get(k).map(|a| a.span).unwrap_or(at);
                self.error(Diagnostic::new(
                    span,
                    format!("the shape of numpy.{f}() must be an int or a tuple of ints, not {what}"),
                ));
                None
            }
        }
    }
}
