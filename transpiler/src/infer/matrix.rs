//! Typing rules of numpy's matrix and array-construction functions (`tri`, `tril`/`triu`,
//! `flip`/`fliplr`/`flipud`, `rot90`, `diagonal`, `swapaxes`, `moveaxis`, `expand_dims`,
//! `squeeze`, `atleast_1d`/`atleast_2d`, `broadcast_to`, `kron`, `vander`, `column_stack`,
//! `dstack`): the result's element type and number of dimensions from the arguments' types.

use super::{is_int_like, FnCx};
use crate::diag::Diagnostic;
use crate::ir;
use crate::library::NumpyFn as N;
use crate::source::Span;
use crate::types::{Elem, Ty};

/// `mode=` of `np.take` as written: 'raise' (also when left out), 'wrap' or 'clip'.
pub fn take_mode(args: &[ir::Expr]) -> Option<&'static str> {
    match super::linalg::const_str(args, 4)? {
        None | Some("raise") => Some("Raise"),
        Some("wrap") => Some("Wrap"),
        Some("clip") => Some("Clip"),
        Some(_) => None,
    }
}

/// Arrays of more dimensions than this are not supported (as `reshape`).
const MAX_DIMS: usize = 4;

impl FnCx<'_, '_> {
    pub(super) fn matrix_fn(&mut self, f: N, args: &[ir::Expr], ts: &[Ty], at: Span) -> Ty {
        let span_of = |k: usize| args.get(k).map(|a| a.span).unwrap_or(at);
        // an array of at least `min` dimensions at position k
        let arr = |cx: &mut Self, k: usize, min: usize| -> Option<(Elem, usize)> {
            match ts.get(k) {
                Some(Ty::Array(e, n)) if *n >= min => Some((*e, *n)),
                other => {
                    let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                    let need =
                        if min > 1 { format!("an array of at least {min} dimensions") } else { "an array".into() };
                    cx.error(Diagnostic::new(span_of(k), format!("numpy.{f}() needs {need} here, not {what}")));
                    None
                }
            }
        };
        // an int at k (`required`), or left out / None
        let int = |cx: &mut Self, k: usize, name: &str, required: bool| -> bool {
            match ts.get(k) {
                None | Some(Ty::None) if !required => true,
                Some(t) if is_int_like(t) => true,
                other => {
                    let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                    cx.error(Diagnostic::new(
                        span_of(k),
                        format!("`{name}` of numpy.{f}() must be an int here, not {what}"),
                    ));
                    false
                }
            }
        };
        let too_many = |cx: &mut Self, n: usize| -> bool {
            if n > MAX_DIMS {
                cx.error(Diagnostic::new(at, "arrays of more than 4 dimensions are not supported"));
            }
            n > MAX_DIMS
        };
        match f {
            N::Tri => {
                if !int(self, 0, "N", true) || !int(self, 1, "M", false) || !int(self, 2, "k", false) {
                    return Ty::Unknown;
                }
                match self.dtype_arg(args, ts, 3) {
                    Some(e) => Ty::Array(e.unwrap_or(Elem::Float64), 2),
                    None => Ty::Unknown,
                }
            }
            N::Tril | N::Triu => {
                let Some((e, n)) = arr(self, 0, 2) else { return Ty::Unknown };
                if !int(self, 1, "k", false) {
                    return Ty::Unknown;
                }
                Ty::Array(e, n)
            }
            N::Flip | N::Flipud | N::Fliplr => {
                let min = if f == N::Fliplr { 2 } else { 1 };
                let Some((e, n)) = arr(self, 0, min) else { return Ty::Unknown };
                if f == N::Flip && !int(self, 1, "axis", false) {
                    return Ty::Unknown;
                }
                Ty::Array(e, n)
            }
            N::Rot90 => {
                let Some((e, n)) = arr(self, 0, 2) else { return Ty::Unknown };
                if !int(self, 1, "k", false) {
                    return Ty::Unknown;
                }
                match ts.get(2) {
                    None | Some(Ty::None) => {}
                    Some(Ty::Tuple(items)) if items.len() == 2 && items.iter().all(is_int_like) => {}
                    Some(t) => {
                        self.error(Diagnostic::new(
                            span_of(2),
                            format!("`axes` of numpy.rot90() must be a tuple of two ints, not {t}"),
                        ));
                        return Ty::Unknown;
                    }
                }
                Ty::Array(e, n)
            }
            N::Diagonal => {
                let Some((e, n)) = arr(self, 0, 2) else { return Ty::Unknown };
                for (k, name) in [(1, "offset"), (2, "axis1"), (3, "axis2")] {
                    if !int(self, k, name, false) {
                        return Ty::Unknown;
                    }
                }
                Ty::Array(e, n - 1)
            }
            N::Swapaxes | N::Moveaxis => {
                let Some((e, n)) = arr(self, 0, 1) else { return Ty::Unknown };
                let names = if f == N::Swapaxes { ["axis1", "axis2"] } else { ["source", "destination"] };
                if !int(self, 1, names[0], true) || !int(self, 2, names[1], true) {
                    return Ty::Unknown;
                }
                Ty::Array(e, n)
            }
            N::ExpandDims => {
                let Some((e, n)) = arr(self, 0, 1) else { return Ty::Unknown };
                if !int(self, 1, "axis", true) || too_many(self, n + 1) {
                    return Ty::Unknown;
                }
                Ty::Array(e, n + 1)
            }
            N::Squeeze => {
                let Some((e, n)) = arr(self, 0, 2) else { return Ty::Unknown };
                if matches!(ts.get(1), None | Some(Ty::None)) {
                    self.error(Diagnostic::new(
                        at,
                        "numpy.squeeze() needs `axis` here: without it the result's number of dimensions depends on the shape",
                    ));
                    return Ty::Unknown;
                }
                if !int(self, 1, "axis", true) {
                    return Ty::Unknown;
                }
                Ty::Array(e, n - 1)
            }
            N::Atleast1d | N::Atleast2d => {
                let want = if f == N::Atleast1d { 1 } else { 2 };
                if ts.len() != 1 {
                    self.error(Diagnostic::new(at, format!("numpy.{f}() of one argument is supported")));
                    return Ty::Unknown;
                }
                match &ts[0] {
                    Ty::Array(e, n) => Ty::Array(*e, want.max(*n)),
                    t if t.is_numeric() && Elem::of_scalar(t).is_some() => {
                        Ty::Array(Elem::of_scalar(t).expect("checked"), want)
                    }
                    t => {
                        self.error(Diagnostic::new(
                            span_of(0),
                            format!("numpy.{f}() needs an array or a number, not {t}"),
                        ));
                        Ty::Unknown
                    }
                }
            }
            N::BroadcastTo => {
                let Some((e, n)) = arr(self, 0, 1) else { return Ty::Unknown };
                let k = match ts.get(1) {
                    Some(t) if is_int_like(t) => 1,
                    Some(Ty::Tuple(items)) if !items.is_empty() && items.iter().all(is_int_like) => items.len(),
                    other => {
                        let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            span_of(1),
                            format!("the shape of numpy.broadcast_to() must be an int or a tuple of ints, not {what}"),
                        ));
                        return Ty::Unknown;
                    }
                };
                if k < n {
                    self.error(Diagnostic::new(
                        span_of(1),
                        format!("numpy.broadcast_to() of a {n}-D array to a shape of {k} dimensions (numpy raises ValueError)"),
                    ));
                    return Ty::Unknown;
                }
                if too_many(self, k) {
                    return Ty::Unknown;
                }
                Ty::Array(e, k)
            }
            N::Kron => {
                let (Some((a, na)), Some((b, nb))) = (arr(self, 0, 1), arr(self, 1, 1)) else { return Ty::Unknown };
                if na != nb {
                    self.error(Diagnostic::new(
                        at,
                        format!("numpy.kron() of arrays of different dimensions ({na} and {nb}) is not supported yet"),
                    ));
                    return Ty::Unknown;
                }
                Ty::Array(Elem::promote(a, b), na)
            }
            N::Vander => {
                let Some((e, n)) = arr(self, 0, 1) else { return Ty::Unknown };
                if n != 1 {
                    self.error(Diagnostic::new(
                        span_of(0),
                        "numpy.vander() needs a one-dimensional array (numpy raises ValueError)",
                    ));
                    return Ty::Unknown;
                }
                if !int(self, 1, "N", false) {
                    return Ty::Unknown;
                }
                if !matches!(ts.get(2), None | Some(Ty::None) | Some(Ty::Bool)) {
                    self.error(Diagnostic::new(span_of(2), "`increasing` of numpy.vander() must be a bool"));
                    return Ty::Unknown;
                }
                Ty::Array(Elem::promote(e, Elem::Int64), 2)
            }
            N::ColumnStack | N::Dstack => {
                let out = if f == N::ColumnStack { 2 } else { 3 };
                let parts = match ts.first() {
                    Some(Ty::Tuple(items)) if !items.is_empty() => items.clone(),
                    other => {
                        let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            span_of(0),
                            format!("numpy.{f}() needs a tuple or list of arrays, not {what}"),
                        ));
                        return Ty::Unknown;
                    }
                };
                let mut el: Option<Elem> = None;
                for p in &parts {
                    match p {
                        Ty::Array(e, n) if *n >= 1 && *n <= out => {
                            el = Some(el.map_or(*e, |x| Elem::promote(x, *e)));
                        }
                        _ => {
                            self.error(Diagnostic::new(
                                span_of(0),
                                format!("numpy.{f}() of arrays of 1 to {out} dimensions is supported, not {p}"),
                            ));
                            return Ty::Unknown;
                        }
                    }
                }
                Ty::Array(el.expect("at least one part"), out)
            }
            N::Take => {
                let Some((e, n)) = arr(self, 0, 1) else { return Ty::Unknown };
                if !self.absent(args, ts, &[3], f) || !int(self, 2, "axis", false) {
                    return Ty::Unknown;
                }
                if take_mode(args).is_none() {
                    self.error(Diagnostic::new(
                        span_of(4),
                        "`mode` of numpy.take() must be written 'raise', 'wrap' or 'clip'",
                    ));
                    return Ty::Unknown;
                }
                let axis = !matches!(ts.get(2), None | Some(Ty::None));
                // uint64 indices: numpy casts them to intp (values past int64's wrap)
                if let Some(Ty::Array(Elem::UInt64, k)) = ts.get(1) {
                    self.as_int64_index(&args[1]);
                    let mut ts = ts.to_vec();
                    ts[1] = Ty::Array(Elem::Int64, *k);
                    return self.matrix_fn(f, args, &ts, at);
                }
                let k = match ts.get(1) {
                    Some(t) if is_int_like(t) => 0,
                    Some(Ty::List(t)) if is_int_like(t) => 1,
                    Some(Ty::Array(ie, k)) if ie.kind() == crate::types::Kind::Int && *ie != Elem::UInt64 => *k,
                    other => {
                        let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            span_of(1),
                            format!("`indices` of numpy.take() must be an int, a list or an array of ints, not {what}"),
                        ));
                        return Ty::Unknown;
                    }
                };
                match (k, axis) {
                    (0, false) => e.scalar(),
                    (0, true) => {
                        self.error(Diagnostic::new(
                            span_of(1),
                            "numpy.take() of one index along an axis is not supported yet (index the array instead)",
                        ));
                        Ty::Unknown
                    }
                    (k, false) => Ty::Array(e, k),
                    (k, true) if n - 1 + k <= MAX_DIMS => Ty::Array(e, n - 1 + k),
                    _ => {
                        too_many(self, MAX_DIMS + 1);
                        Ty::Unknown
                    }
                }
            }
            N::TakeAlongAxis => {
                let Some((e, n)) = arr(self, 0, 1) else { return Ty::Unknown };
                if let Some(Ty::Array(Elem::UInt64, k)) = ts.get(1) {
                    self.as_int64_index(&args[1]);
                    let mut ts = ts.to_vec();
                    ts[1] = Ty::Array(Elem::Int64, *k);
                    return self.matrix_fn(f, args, &ts, at);
                }
                match ts.get(1) {
                    Some(Ty::Array(ie, k))
                        if *k == n && ie.kind() == crate::types::Kind::Int && *ie != Elem::UInt64 => {}
                    other => {
                        let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            span_of(1),
                            format!("`indices` of numpy.take_along_axis() must be an int array of {n} dimensions here, not {what}"),
                        ));
                        return Ty::Unknown;
                    }
                }
                if matches!(ts.get(2), Some(Ty::None)) && n != 1 {
                    self.error(Diagnostic::new(
                        span_of(2),
                        "numpy.take_along_axis() with axis=None is supported for 1-D arrays",
                    ));
                    return Ty::Unknown;
                }
                if !int(self, 2, "axis", false) {
                    return Ty::Unknown;
                }
                Ty::Array(e, n)
            }
            N::Gradient => {
                let Some((e, n)) = arr(self, 0, 1) else { return Ty::Unknown };
                if !matches!(
                    e,
                    Elem::Float64
                        | Elem::Int64
                        | Elem::Int32
                        | Elem::Int16
                        | Elem::Int8
                        | Elem::UInt8
                        | Elem::UInt16
                        | Elem::UInt32
                ) {
                    self.error(Diagnostic::new(
                        span_of(0),
                        format!("numpy.gradient() of {} arrays is not supported yet (float64 and ints are)", e.name()),
                    ));
                    return Ty::Unknown;
                }
                if !matches!(ts.get(1), None | Some(Ty::None)) && !ts[1].is_numeric()
                    || matches!(ts.get(1), Some(Ty::Complex))
                {
                    self.error(Diagnostic::new(
                        span_of(1),
                        "the spacing of numpy.gradient() must be one number here (coordinate arrays are not supported yet)",
                    ));
                    return Ty::Unknown;
                }
                if !int(self, 2, "axis", false) || !int(self, 3, "edge_order", false) {
                    return Ty::Unknown;
                }
                if n == 1 || !matches!(ts.get(2), None | Some(Ty::None)) {
                    Ty::Array(Elem::Float64, n)
                } else {
                    Ty::Tuple(vec![Ty::Array(Elem::Float64, n); n])
                }
            }
            _ => unreachable!("matrix_fns! lists these rows"),
        }
    }
}
