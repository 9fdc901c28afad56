//! Typing rules for NumPy inside compiled code: array creation, element-wise operations with
//! numpy's promotion (Python scalars are "weak", NEP 50), views from indexing and slicing,
//! reductions, attributes and methods.

use super::{is_int_like, is_real, FnCx};
use crate::diag::Diagnostic;
use crate::ir::{self, BinOp, ExprKind};
use crate::library::{Constant, Intrinsic, Method, NumpyFn as N, NumpyKind, Ufunc};
use crate::source::Span;
use crate::types::{Elem, Kind, Ty};

/// `(element type, number of dimensions, is a Python scalar)` of an operand.
fn operand(t: &Ty) -> Option<(Elem, usize, bool)> {
    match t {
        Ty::Array(e, n) => Some((*e, *n, false)),
        t if t.is_numeric() => Some((Elem::of_scalar(t)?, 0, !t.is_np())),
        _ => None,
    }
}

/// numpy's result element type of combining two operands (NEP 50: a Python scalar only
/// raises the kind, e.g. an int64 array + 2.5 is float64, + 2 stays int64, an int8 array + 2
/// stays int8, a float32 array + 1j is complex64).
pub fn promote(a: (Elem, usize, bool), b: (Elem, usize, bool)) -> Elem {
    match (a.2, b.2) {
        (true, false) => weak(b.0, a.0.kind()),
        (false, true) => weak(a.0, b.0.kind()),
        (true, true) => Elem::of_kind(a.0.kind().max(b.0.kind())),
        (false, false) => Elem::promote(a.0, b.0),
    }
}

impl FnCx<'_, '_> {
    /// `np.put(a, ind, v, mode)`: `a`'s elements at the flat (C-order) positions `ind` (an int
    /// or a 1-D int64 array) set to `v` (a number or a 1-D array, cycled) in place; None.
    fn put(&mut self, args: &[ir::Expr], ts: &[Ty], at: Span) -> Ty {
        let span_of = |k: usize| args.get(k).map(|a| a.span).unwrap_or(at);
        let Some(Ty::Array(e, _)) = ts.first() else {
            self.error(Diagnostic::new(span_of(0), "numpy.put() needs an array to write into"));
            return Ty::Unknown;
        };
        let e = *e;
        if let Some(Ty::Array(ie, 1)) = ts.get(1) {
            if is_other_int(*ie) {
                self.as_int64_index(&args[1]);
            }
        }
        let ind_ok = matches!(ts.get(1), Some(Ty::Array(ie, 1)) if ie.kind() == Kind::Int)
            || matches!(ts.get(1), Some(t) if is_int_like(t));
        if !ind_ok {
            self.error(Diagnostic::new(span_of(1), "`ind` of numpy.put() must be an int or a 1-D int64 array here"));
            return Ty::Unknown;
        }
        let v_ok = match ts.get(2) {
            Some(Ty::Array(ve, 1)) => ve.kind() <= e.kind(),
            Some(t) => Elem::of_scalar(&t.base()).is_some_and(|ve| ve.kind() <= e.kind()),
            None => false,
        };
        if !v_ok {
            self.error(Diagnostic::new(
                span_of(2),
                format!(
                    "`v` of numpy.put() must be a number or a 1-D array that converts to {} without changing kind here",
                    e.name()
                ),
            ));
            return Ty::Unknown;
        }
        if !matches!(args.get(3).map(|a| &a.kind), None | Some(ExprKind::Default))
            && !matches!(args.get(3).map(|a| &a.kind), Some(ExprKind::Str(m)) if matches!(m.as_str(), "raise" | "wrap" | "clip"))
        {
            self.error(Diagnostic::new(
                span_of(3),
                "`mode` of numpy.put() must be 'raise', 'wrap' or 'clip' (a literal)",
            ));
            return Ty::Unknown;
        }
        Ty::None
    }
}

/// numpy's `method=`s of `quantile`/`percentile`, as the runtime numbers them
/// (`rt::numpy::sorting::method`).
pub const QUANTILE_METHODS: [&str; 13] = [
    "linear",
    "lower",
    "higher",
    "nearest",
    "midpoint",
    "inverted_cdf",
    "averaged_inverted_cdf",
    "closest_observation",
    "interpolated_inverted_cdf",
    "hazen",
    "weibull",
    "median_unbiased",
    "normal_unbiased",
];

/// The number of numpy's `method=` `name` of `quantile`/`percentile` (see `QUANTILE_METHODS`).
pub fn quantile_method(name: &str) -> Option<u8> {
    QUANTILE_METHODS.iter().position(|m| *m == name).map(|k| k as u8)
}

/// Whether method `m` takes an element of the array ('lower', 'higher', 'nearest',
/// 'inverted_cdf', 'closest_observation'): the result has the array's dtype.
pub fn quantile_method_discrete(m: u8) -> bool {
    matches!(m, 1 | 2 | 3 | 5 | 7)
}

/// The method a `quantile`/`percentile` call computes with (`None`: not a literal numpy
/// takes): `method=` (default 'linear'); numpy's 'linear' at an integer `q` of `quantile`
/// (a Python or numpy int, an int64 array) has integer virtual indices and takes the
/// elements, as 'lower' does.
pub fn quantile_call_method(f: N, args: &[ir::Expr], q: Option<&Ty>) -> Option<u8> {
    let m = match args.get(5).map(|a| &a.kind) {
        None | Some(ExprKind::Default) => 0,
        Some(ExprKind::Str(m)) => quantile_method(m)?,
        _ => return None,
    };
    let int_q = matches!(q, Some(Ty::Int | Ty::NpInt | Ty::Array(Elem::Int64, _)));
    Some(if m == 0 && int_q && matches!(f, N::Quantile | N::Nanquantile) { 1 } else { m })
}

/// An element type combined with a Python scalar of kind `k`.
pub fn weak(e: Elem, k: Kind) -> Elem {
    if k <= e.kind() {
        e
    } else if k == Kind::Complex && e == Elem::Float32 {
        Elem::Complex64
    } else {
        Elem::of_kind(k)
    }
}

/// The element type of numpy's float functions (`sqrt`, `exp`, true division of ints…) on
/// elements of `e`: the smallest float holding it exactly (float16 for int8/uint8/bool, which
/// compiled code does not have: `None`).
pub fn float_result(e: Elem) -> Option<Elem> {
    match e.kind() {
        Kind::Float | Kind::Complex => Some(e),
        _ if e.bits() <= 8 => None,
        _ if e.bits() <= 16 => Some(Elem::Float32),
        _ => Some(Elem::Float64),
    }
}

/// A constant `ord` of `np.linalg.norm`: a number (`2`, `-1.5`, `np.inf`, `-np.inf`) or a string.
#[derive(Clone, Debug, PartialEq)]
pub enum NormOrd {
    Num(f64),
    Str(String),
}

/// `axis=(r, c)` of `np.linalg.norm` of a matrix, written as two constant ints, normalized
/// (`None` for anything else). numpy's matrix norms over `(0, 1)` are its norms with no
/// `axis` (the same code: numpy sets `axis = (0, 1)` for a matrix), and over `(1, 0)` those
/// with `ord` 1 and inf (-1 and -inf) swapped: `add.reduce(abs(x), axis=1).max(axis=0)` is
/// what both compute (checked bit for bit on 3,300 random float64/float32/complex matrices in
/// C, Fortran and strided layouts).
pub fn norm_axes(e: &ir::Expr) -> Option<(i64, i64)> {
    let ExprKind::Tuple(xs) = &e.kind else { return None };
    let k = |x: &ir::Expr| match &x.kind {
        ExprKind::Int(v) => Some(*v),
        ExprKind::Unary(ir::UnaryOp::Neg, y) => match &y.kind {
            ExprKind::Int(v) => v.checked_neg(),
            _ => None,
        },
        _ => None,
    };
    match xs.as_slice() {
        [a, b] => Some((k(a)?, k(b)?)),
        _ => None,
    }
}

/// The value of `ord` when it is written as a constant.
pub fn norm_ord(e: &ir::Expr) -> Option<NormOrd> {
    match &e.kind {
        ExprKind::Int(v) => Some(NormOrd::Num(*v as f64)),
        ExprKind::Float(v) => Some(NormOrd::Num(*v)),
        ExprKind::Const(Constant::Inf) => Some(NormOrd::Num(f64::INFINITY)),
        ExprKind::Str(s) => Some(NormOrd::Str(s.to_string())),
        ExprKind::Unary(ir::UnaryOp::Neg, x) => match norm_ord(x)? {
            NormOrd::Num(v) => Some(NormOrd::Num(-v)),
            NormOrd::Str(_) => None,
        },
        _ => None,
    }
}

/// The element type of `np.array(t)` for a tuple of numbers (array creation promotes Python
/// scalars as the default types of their kinds, not weakly).
pub fn tuple_elem(items: &[Ty]) -> Option<Elem> {
    let es: Option<Vec<Elem>> = items.iter().map(|t| if t.is_numeric() { Elem::of_scalar(t) } else { None }).collect();
    es?.into_iter().reduce(Elem::promote)
}

/// The element type of `np.array([x, y, ...])` of a list display whose items are numbers of
/// different kinds (`[n, 0.5]`: a list of int-or-float in Python, float64 in numpy): numpy's
/// promotion over the items' own types, each known here.
pub fn display_elem(items: &[Ty]) -> Option<Elem> {
    tuple_elem(items)
}

/// The element type and rank of `np.array(t)` for tuples: of numbers (1-D), of equally long
/// tuples of numbers, of lists of numbers, and lists of tuples of numbers (2-D).
pub fn tuple_array(t: &Ty) -> Option<(Elem, usize)> {
    match t {
        Ty::Tuple(items) => {
            if let Some(e) = tuple_elem(items) {
                return Some((e, 1));
            }
            // a tuple of lists of numbers (`np.array((xs, ys))`): rows whose lengths are
            // checked when it runs
            let lists: Option<Vec<Elem>> = items
                .iter()
                .map(|r| match r {
                    Ty::List(x) if x.is_numeric() => Elem::of_scalar(x),
                    _ => None,
                })
                .collect();
            if let Some(es) = lists {
                return Some((es.into_iter().reduce(Elem::promote)?, 2));
            }
            let rows: Option<Vec<&Vec<Ty>>> =
                items.iter().map(|r| if let Ty::Tuple(x) = r { Some(x) } else { None }).collect();
            let rows = rows?;
            if rows.is_empty() || rows.iter().any(|r| r.len() != rows[0].len()) {
                return None;
            }
            let es: Option<Vec<Elem>> = rows.iter().map(|r| tuple_elem(r)).collect();
            Some((es?.into_iter().reduce(Elem::promote)?, 2))
        }
        Ty::List(inner) => match &**inner {
            Ty::Tuple(items) => Some((tuple_elem(items)?, 2)),
            _ => None,
        },
        _ => None,
    }
}

/// An integer dtype other than int64: as an index array, numpy casts it to intp (int64).
pub fn is_other_int(e: Elem) -> bool {
    e.kind() == Kind::Int && e != Elem::Int64
}

fn is_ellipsis(x: &ir::Expr) -> bool {
    matches!(x.kind, ExprKind::Const(Constant::Ellipsis))
}

/// The number of dimensions of `a[items]` for an `n`-D array when some items are arrays
/// (`(is ...,  type)` per item): numpy's advanced indexing, where the broadcast dimensions
/// of the index arrays (a mask counts as one, an int as none) join the dimensions the
/// slices, new axes and untouched axes keep.
pub fn fancy_ndim(n: usize, items: &[(bool, &Ty)]) -> Result<usize, String> {
    let (mut consumed, mut kept, mut adv, mut ellipses) = (0usize, 0usize, 0usize, 0usize);
    for (ell, t) in items {
        if *ell {
            ellipses += 1;
            continue;
        }
        match t {
            Ty::Slice => {
                consumed += 1;
                kept += 1;
            }
            Ty::None => kept += 1,
            Ty::Array(Elem::Bool, m) => {
                consumed += m;
                adv = adv.max(1);
            }
            Ty::Array(Elem::Int64, k) => {
                consumed += 1;
                adv = adv.max(*k);
            }
            Ty::Array(e, _) if is_other_int(*e) => {
                return Err(format!(
                "an index array of {} in a tuple held in a variable is not supported: write the tuple in the subscript",
                e.name()
            ))
            }
            Ty::Array(e, _) => {
                return Err(format!("an index array of {} is not supported: use integer or bool arrays", e.name()))
            }
            t if is_int_like(t) => consumed += 1,
            other => return Err(format!("an index must be an int, a slice, None, `...` or an array, not {other}")),
        }
    }
    if ellipses > 1 {
        return Err("an index can only have a single ellipsis ('...')".into());
    }
    if consumed > n {
        return Err(format!("too many indices for a {n}-D array"));
    }
    let r = n - consumed + kept + adv;
    if r > 4 {
        return Err(format!("this index gives a {r}-D array; arrays of more than 4 dimensions are not supported"));
    }
    Ok(r)
}

impl FnCx<'_, '_> {
    /// The type of `l op r` when either is an array.
    pub(super) fn array_binop(&mut self, op: BinOp, l: &Ty, r: &Ty, at: Span) -> Ty {
        // a number that may be a numpy scalar or a Python one (`Ty::NumNp`), or a Python int or
        // float (`Ty::Num`), with an array whose result type is the same either way: float64
        // and complex128 arrays, and true division of integer arrays (float64); it computes as
        // the float it converts to
        let same_either_way = |t: &Ty| match t {
            Ty::Array(e, _) => {
                matches!(e, Elem::Float64 | Elem::Complex128) || (op == BinOp::Div && e.kind() <= Kind::Int)
            }
            _ => false,
        };
        // (a Python int or numpy int64 also gives int64 with an int64 or bool array)
        let int_either_way = |t: &Ty| same_either_way(t) || matches!(t, Ty::Array(Elem::Int64 | Elem::Bool, _));
        let (l, r) = match (l, r) {
            (Ty::IntNp, a) if int_either_way(a) => (&Ty::Int, r),
            (a, Ty::IntNp) if int_either_way(a) => (l, &Ty::Int),
            (Ty::NumNp | Ty::Num, a) if same_either_way(a) => (&Ty::Float, r),
            (a, Ty::NumNp | Ty::Num) if same_either_way(a) => (l, &Ty::Float),
            _ => (l, r),
        };
        let (Some(a), Some(b)) = (operand(l), operand(r)) else {
            self.error(Diagnostic::new(at, format!("unsupported operand types for {}: {l} and {r}", op.symbol())));
            return Ty::Unknown;
        };
        let n = a.1.max(b.1);
        let e = promote(a, b);
        let result = match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Pow => {
                if e == Elem::Bool && op != BinOp::Mul {
                    if op == BinOp::Pow {
                        Elem::Int8
                    } else {
                        self.error(Diagnostic::new(at, format!("`{}` of two bool arrays is not supported (numpy gives a logical operation or an error)", op.symbol())));
                        return Ty::Unknown;
                    }
                } else {
                    e
                }
            }
            // true division: ints give float64 (numpy's `true_divide` has no small-int loops)
            BinOp::Div => match e.kind() {
                Kind::Float | Kind::Complex => e,
                _ => Elem::Float64,
            },
            BinOp::FloorDiv | BinOp::Mod => {
                if e.kind() == Kind::Complex {
                    self.error(Diagnostic::new(at, format!("`{}` is not defined for complex arrays", op.symbol())));
                    return Ty::Unknown;
                }
                if e == Elem::Bool {
                    Elem::Int8
                } else {
                    e
                }
            }
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift => {
                if e.kind() > Kind::Int {
                    self.error(Diagnostic::new(at, format!("`{}` needs bool or integer arrays", op.symbol())));
                    return Ty::Unknown;
                }
                if matches!(op, BinOp::LShift | BinOp::RShift) && e == Elem::Bool {
                    Elem::Int8
                } else {
                    e
                }
            }
        };
        if e == Elem::UInt64
            && !matches!(
                op,
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
            )
        {
            self.error(Diagnostic::new(at, format!("`{}` on uint64 values is not supported yet", op.symbol())));
            return Ty::Unknown;
        }
        Ty::Array(result, n)
    }

    /// The type of `a[index]` for an array of `n` dimensions.
    pub(super) fn array_subscript(&mut self, el: Elem, n: usize, index: &ir::Expr, it: &Ty) -> Ty {
        // a list of ints or bools: numpy's index array (the next round of inference sees it
        // wrapped in `np.asarray`)
        if let Ty::List(x) = it {
            let e = match x.base() {
                Ty::Int => Some(Elem::Int64),
                Ty::Bool => Some(Elem::Bool),
                _ => None,
            };
            if let Some(e) = e {
                self.as_array(index);
                return self.array_subscript(el, n, index, &Ty::Array(e, 1));
            }
        }
        // an index array of another integer dtype: cast to int64 (numpy's intp) by the next round
        if let Ty::Array(e, k) = it {
            if is_other_int(*e) {
                self.as_int64_index(index);
                return self.array_subscript(el, n, index, &Ty::Array(Elem::Int64, *k));
            }
        }
        if let (ExprKind::Tuple(xs), Ty::Tuple(items)) = (&index.kind, it) {
            if items.iter().any(|t| matches!(t, Ty::Array(e, _) if is_other_int(*e))) {
                let mut cast = items.clone();
                for (x, t) in xs.iter().zip(cast.iter_mut()) {
                    if let Ty::Array(e, k) = t {
                        if is_other_int(*e) {
                            self.as_int64_index(x);
                            *t = Ty::Array(Elem::Int64, *k);
                        }
                    }
                }
                return self.array_subscript(el, n, index, &Ty::Tuple(cast));
            }
        }
        // a boolean mask over the first k axes, or an integer array indexing the first axis
        match it {
            Ty::Array(Elem::Bool, k) if *k <= n => return Ty::Array(el, n - k + 1),
            Ty::Array(Elem::Int64, k) if k + n - 1 <= 4 => return Ty::Array(el, k + n - 1),
            Ty::Array(e, k) => {
                self.error(Diagnostic::new(
                    index.span,
                    format!("indexing a {n}-D array with a {k}-D array of {} is not supported", e.name()),
                ));
                return Ty::Unknown;
            }
            // arrays mixed with ints, slices, None and `...` (`a[rows, 1:]`, `a[rows, cols]`)
            Ty::Tuple(items) if items.iter().any(|t| matches!(t, Ty::Array(..))) => {
                let parts: Vec<(bool, &Ty)> = match &index.kind {
                    ExprKind::Tuple(xs) => xs.iter().zip(items).map(|(x, t)| (is_ellipsis(x), t)).collect(),
                    _ => items.iter().map(|t| (false, t)).collect(),
                };
                return match fancy_ndim(n, &parts) {
                    Ok(r) => Ty::Array(el, r),
                    Err(msg) => {
                        self.error(Diagnostic::new(index.span, msg));
                        Ty::Unknown
                    }
                };
            }
            _ => {}
        }
        // a tuple of ints held in a variable (`idx = i, j` ... `a[idx]`): one element
        if let (false, Ty::Tuple(ts)) = (matches!(index.kind, ExprKind::Tuple(_)), it) {
            if !ts.is_empty() && ts.iter().all(is_int_like) {
                if ts.len() == n {
                    return el.scalar();
                }
                self.error(Diagnostic::new(
                    index.span,
                    format!("indexing a {n}-D array with a tuple of {} ints held in a variable is not supported (a tuple of {n} ints selects one element)", ts.len()),
                ));
                return Ty::Unknown;
            }
        }
        let items: Vec<(&ir::Expr, Ty)> = match (&index.kind, it) {
            (ExprKind::Tuple(xs), Ty::Tuple(ts)) => xs.iter().zip(ts.iter().cloned()).collect(),
            _ => vec![(index, it.clone())],
        };
        let mut ints = 0;
        let mut slices = 0;
        let mut newaxes = 0;
        let mut ellipses = 0;
        for (x, t) in &items {
            if is_ellipsis(x) {
                ellipses += 1;
                if ellipses > 1 {
                    self.error(Diagnostic::new(x.span, "an index can only have a single ellipsis ('...')"));
                    return Ty::Unknown;
                }
                continue;
            }
            match t {
                Ty::Slice => slices += 1,
                Ty::None => newaxes += 1,
                Ty::Unknown => {}
                t if is_int_like(t) => ints += 1,
                other => {
                    self.error(Diagnostic::new(
                        x.span,
                        format!("an index must be an int, a slice or None, not {other}"),
                    ));
                    return Ty::Unknown;
                }
            }
        }
        if ints + slices > n {
            self.error(Diagnostic::new(index.span, format!("too many indices for a {n}-D array")));
            return Ty::Unknown;
        }
        let out = n - ints + newaxes;
        if out == 0 && ellipses > 0 {
            self.error(Diagnostic::new(index.span, "an index with `...` selecting one element gives a 0-d array in numpy, which is not supported: leave out the `...`"));
            return Ty::Unknown;
        }
        if out == 0 {
            el.scalar()
        } else {
            Ty::Array(el, out)
        }
    }

    /// `a.flat[index]` (read or stored into): the element type of `a` and the type read — an
    /// element for an int index, a new array for a slice or an integer array.
    pub(super) fn flat_subscript(&mut self, value: &ir::Expr, index: &ir::Expr) -> (Option<Elem>, Ty) {
        let el = match (self.expr(value), &value.kind) {
            (Ty::Unknown, _) => return (None, Ty::Unknown),
            // `it = a.flat` kept: `it[k]`
            (Ty::Flat(el, _), _) => el,
            (_, ExprKind::Attribute(x, _)) => match self.expr_types[x.id.0 as usize] {
                Ty::Array(el, _) => el,
                _ => return (None, Ty::Unknown),
            },
            _ => return (None, Ty::Unknown),
        };
        let it = self.expr(index);
        match it {
            t if is_int_like(&t) => (Some(el), el.scalar()),
            Ty::Slice => (Some(el), Ty::Array(el, 1)),
            Ty::Array(Elem::Int64, k) => (Some(el), Ty::Array(el, k)),
            Ty::Array(e, k) if is_other_int(e) => {
                self.as_int64_index(index);
                (Some(el), Ty::Array(el, k))
            }
            Ty::Unknown => (None, Ty::Unknown),
            other => {
                self.error(Diagnostic::new(
                    index.span,
                    format!("`a.flat[...]` with {other} is not supported: it takes an int, a slice or an int64 array"),
                ));
                (None, Ty::Unknown)
            }
        }
    }

    /// `a.flat`, `np.ndenumerate(a)` or `np.ndindex(...)` assigned to a name: numpy's iterators
    /// read the array lazily and keep their position, so the value is a [`Ty::Flat`] (the
    /// array and a shared position) or a generator of the loop header's items ([`Ty::Gen`]),
    /// not the stored list of items an iterator value is elsewhere. The expression's type is
    /// recorded as that; `None` for any other value.
    pub(super) fn kept_iter_value(&mut self, e: &ir::Expr) -> Option<Ty> {
        let Ty::Iter(item) = &self.expr_types[e.id.0 as usize] else { return None };
        let kept = match &e.kind {
            ExprKind::Attribute(x, _) if super::is_flat(e) => match self.expr_types[x.id.0 as usize] {
                Ty::Array(el, n) => Ty::Flat(el, n),
                _ => return None,
            },
            ExprKind::CallIntrinsic(Intrinsic::Numpy(N::Ndenumerate | N::Ndindex), _) => Ty::Gen(item.clone()),
            _ => return None,
        };
        self.expr_types[e.id.0 as usize] = kept.clone();
        Some(kept)
    }

    /// `np.linalg.norm(a, ord, axis=(r, c))`: what pyrs computes (see [`norm_axes`]); false
    /// after a located error for the rest.
    fn norm_two_axes(&mut self, args: &[ir::Expr], n: usize) -> bool {
        let at = args[2].span;
        let Some((r, c)) = norm_axes(&args[2]) else {
            self.error(Diagnostic::new(at, "`axis=` of numpy.linalg.norm() as a tuple must be two constant ints here"));
            return false;
        };
        if n != 2 {
            self.error(Diagnostic::new(
                at,
                format!("numpy.linalg.norm() over two axes of a {n}-D array is not supported yet (a matrix only)"),
            ));
            return false;
        }
        if !(-2..2).contains(&r) || !(-2..2).contains(&c) {
            self.error(Diagnostic::new(at, "axis out of bounds for array of dimension 2"));
            return false;
        }
        let swapped = r.rem_euclid(2) == 1 && c.rem_euclid(2) == 0;
        let ord = args.get(1).filter(|o| !matches!(o.kind, ExprKind::Default | ExprKind::None));
        let what = match ord.map(norm_ord) {
            None => "None".to_string(),
            Some(None) => {
                self.error(Diagnostic::new(
                    args[1].span,
                    "`ord` of numpy.linalg.norm() over two axes must be a constant here",
                ));
                return false;
            }
            Some(Some(NormOrd::Num(p))) if p.abs() == 1.0 || p.abs() == f64::INFINITY => return true,
            Some(Some(NormOrd::Num(p))) if p.abs() == 2.0 && !swapped => return true,
            Some(Some(NormOrd::Str(s))) if s == "nuc" && !swapped => return true,
            Some(Some(NormOrd::Str(s))) if s != "fro" && s != "f" && s != "nuc" => return true, // numpy's ValueError
            Some(Some(NormOrd::Num(p))) if p.abs() != 2.0 => return true,                       // numpy's ValueError
            Some(Some(NormOrd::Str(s))) => format!("'{s}'"),
            Some(Some(NormOrd::Num(p))) => format!("{p}"),
        };
        self.error(Diagnostic::new(
            at,
            format!(
                "numpy.linalg.norm() with ord={what} over axis=({r}, {c}) is not supported yet: \
                 ord 1, -1, inf, -inf over either order, 2, -2, 'nuc' over (0, 1)"
            ),
        ));
        false
    }

    /// Whether a value of type `t` holds a kept `a.flat` (which pyrs does not give to Python).
    pub(super) fn holds_flat(t: &Ty) -> bool {
        match t {
            Ty::Flat(..) => true,
            Ty::Tuple(ts) => ts.iter().any(Self::holds_flat),
            Ty::List(t) | Ty::VarTuple(t) | Ty::Set(t) | Ty::Iter(t) | Ty::Opt(t) | Ty::Gen(t) => Self::holds_flat(t),
            Ty::Dict(k, v) => Self::holds_flat(k) || Self::holds_flat(v),
            _ => false,
        }
    }

    /// Whether `e` is a variable holding a kept `a.flat` (`it[k] = v` stores through it).
    pub(super) fn is_kept_flat(&self, e: &ir::Expr) -> bool {
        matches!(&e.kind, ExprKind::Local(n) if matches!(self.locals.get(n), Some(Ty::Flat(..))))
    }

    /// `a.flat` or `np.ndenumerate(a)` returned: numpy's iterators read the array lazily,
    /// which a returned copy would not.
    pub(super) fn refuse_flat_value(&mut self, e: &ir::Expr) {
        if !matches!(self.expr_types[e.id.0 as usize], Ty::Iter(_)) {
            return;
        }
        if super::is_flat(e) {
            self.error(Diagnostic::new(
                e.span,
                "returning `a.flat` is not supported: keep it in a variable, or return `a.ravel()`",
            ));
        } else if matches!(e.kind, ExprKind::CallIntrinsic(Intrinsic::Numpy(N::Ndindex), _)) {
            self.error(Diagnostic::new(
                e.span,
                "returning `numpy.ndindex()` is not supported: keep it in a variable or loop over it",
            ));
        } else if matches!(e.kind, ExprKind::CallIntrinsic(Intrinsic::Numpy(N::Ndenumerate), _)) {
            self.error(Diagnostic::new(
                e.span,
                "returning `numpy.ndenumerate()` is not supported: keep it in a variable or loop over it",
            ));
        }
    }

    /// The value `v` stored into elements of type `el` (slice assignment, `a[i] = v`, `+=`).
    pub(super) fn check_store(&mut self, el: Elem, t: &Ty, at: Span) {
        let src = match t {
            Ty::Array(e, _) => *e,
            Ty::Unknown => return,
            // an int or a float: converted as either would be
            Ty::Num | Ty::NumNp => Elem::Float64,
            Ty::IntNp => Elem::Int64,
            t => match Elem::of_scalar(t) {
                Some(e) => e,
                None => {
                    self.error(Diagnostic::new(at, format!("cannot store a {t} in an array of {}", el.name())));
                    return;
                }
            },
        };
        // numpy casts on assignment except complex into real (an error in numpy 2)
        if src.kind() == Kind::Complex && el.kind() != Kind::Complex {
            self.error(Diagnostic::new(at, format!("cannot store complex values in an array of {}", el.name())));
        }
    }

    pub(super) fn shape_ndim(&mut self, t: &Ty, at: Span) -> Option<usize> {
        match t {
            t if is_int_like(t) => Some(1),
            Ty::Tuple(items) if !items.is_empty() && items.iter().all(is_int_like) => Some(items.len()),
            Ty::Unknown => None,
            other => {
                self.error(Diagnostic::new(at, format!("a shape must be an int or a tuple of ints, not {other}")));
                None
            }
        }
    }

    pub(super) fn dtype_arg(&mut self, args: &[ir::Expr], ts: &[Ty], k: usize) -> Option<Option<Elem>> {
        match ts.get(k) {
            None | Some(Ty::None) => Some(None),
            Some(Ty::DType(e)) => Some(Some(*e)),
            Some(other) => {
                self.error(Diagnostic::new(args[k].span, format!("expected a dtype, got {other}")));
                None
            }
        }
    }

    /// The `axis=` argument at `k`: `Some(false)` when absent or None, `Some(true)` for an int.
    fn axis_arg(&mut self, args: &[ir::Expr], ts: &[Ty], k: usize, f: N) -> Option<bool> {
        self.axes_arg(args, ts, k, f, false).map(|m| m > 0)
    }

    /// The number of axes an `axis=` argument names: 0 (absent or None), 1 (an int), or the
    /// length of a tuple of ints (`tuple_ok`).
    fn axes_arg(&mut self, args: &[ir::Expr], ts: &[Ty], k: usize, f: N, tuple_ok: bool) -> Option<usize> {
        match ts.get(k) {
            None | Some(Ty::None) => Some(0),
            Some(t) if is_int_like(t) => Some(1),
            Some(Ty::Tuple(items)) if tuple_ok && !items.is_empty() && items.iter().all(is_int_like) => {
                Some(items.len())
            }
            Some(other) => {
                self.error(Diagnostic::new(
                    args[k].span,
                    format!("`{f}(..., axis=...)` needs an int axis (or None), not {other}"),
                ));
                None
            }
        }
    }

    /// Arguments at these positions must be left out (`dtype=`, `out=` of reductions).
    pub(super) fn absent(&mut self, args: &[ir::Expr], ts: &[Ty], ks: &[usize], f: N) -> bool {
        for &k in ks {
            if !matches!(ts.get(k), None | Some(Ty::None)) {
                self.error(Diagnostic::new(args[k].span, format!("this argument of `{f}` is not supported yet")));
                return false;
            }
        }
        true
    }

    /// The type of a reduction `f` of an `n`-D array of `el`, over the whole array or (`axis`)
    /// along one axis: an array of one dimension less, a numpy scalar for a 1-D array.
    fn reduction_of(&mut self, f: N, el: Elem, n: usize, axes: usize, at: Span) -> Ty {
        let axis = axes > 0;
        let name = match f {
            N::Amin => N::Min,
            N::Amax => N::Max,
            x => x,
        };
        let scalar = match name {
            N::Cumsum | N::Cumprod => {
                let t = self.reduction(N::Sum, el, at);
                let Some(e) = Elem::of_scalar(&t) else { return Ty::Unknown };
                return Ty::Array(e, if axis { n } else { 1 });
            }
            _ => self.reduction(name, el, at),
        };
        if !axis || axes >= n {
            return scalar;
        }
        match Elem::of_scalar(&scalar) {
            Some(e) => Ty::Array(e, n - axes),
            None => Ty::Unknown,
        }
    }

    /// `np.f(a, axis, dtype, out, ddof)` / `a.f(axis, dtype, out, ddof)`: the reductions; `k0`
    /// is the position of `axis`.
    #[allow(clippy::too_many_arguments)]
    fn reduction_call(&mut self, f: N, el: Elem, n: usize, args: &[ir::Expr], ts: &[Ty], k0: usize, at: Span) -> Ty {
        let tuple_ok = !matches!(f, N::Argmin | N::Argmax | N::Cumsum | N::Cumprod);
        let Some(axes) = self.axes_arg(args, ts, k0, f, tuple_ok) else { return Ty::Unknown };
        if axes > n {
            self.error(Diagnostic::new(at, format!("`{f}` over {axes} axes of a {n}-D array")));
            return Ty::Unknown;
        }
        if !self.absent(args, ts, &[k0 + 1, k0 + 2], f) {
            return Ty::Unknown;
        }
        let std_var = matches!(f, N::Std | N::Var);
        if std_var {
            if let Some(t) = ts.get(k0 + 3) {
                if !matches!(t, Ty::None) && !is_int_like(t) {
                    self.error(Diagnostic::new(args[k0 + 3].span, format!("`ddof` must be an int, not {t}")));
                    return Ty::Unknown;
                }
            }
        }
        // keepdims=True (a literal: it decides the number of dimensions)
        let kk = if std_var { k0 + 4 } else { k0 + 3 };
        let keep = match args.get(kk).map(|a| &a.kind) {
            None | Some(ExprKind::Default) | Some(ExprKind::Bool(false)) => false,
            Some(ExprKind::Bool(true)) => true,
            Some(_) => {
                self.error(Diagnostic::new(args[kk].span, "`keepdims` must be written True or False"));
                return Ty::Unknown;
            }
        };
        let t = self.reduction_of(f, el, n, axes, at);
        if !keep {
            return t;
        }
        match &t {
            Ty::Array(e, _) => Ty::Array(*e, n),
            Ty::Unknown => Ty::Unknown,
            t => match Elem::of_scalar(t) {
                Some(e) => Ty::Array(e, n),
                None => Ty::Unknown,
            },
        }
    }

    /// The result of reducing an array of `el` with `f` (sum, prod, mean, min, max).
    fn reduction(&mut self, f: N, el: Elem, at: Span) -> Ty {
        let complex = el.kind() == Kind::Complex;
        if el == Elem::UInt64 && !matches!(f, N::Sum | N::Prod | N::Any | N::All) {
            self.error(Diagnostic::new(at, format!("`{f}` of a uint64 array is not supported yet")));
            return Ty::Unknown;
        }
        match f {
            // numpy sums small ints in the platform's int64/uint64
            N::Sum | N::Prod => match el.kind() {
                Kind::Bool => Ty::NpInt,
                Kind::Int if el.is_unsigned() => Elem::UInt64.scalar(),
                Kind::Int => Ty::NpInt,
                _ => el.scalar(),
            },
            N::Any | N::All => Ty::NpBool,
            N::Argmin | N::Argmax => {
                if complex {
                    self.error(Diagnostic::new(at, format!("`{f}` of a complex array is not supported")));
                    return Ty::Unknown;
                }
                Ty::NpInt
            }
            N::Mean => match el.kind() {
                Kind::Float | Kind::Complex => el.scalar(),
                _ => Ty::NpFloat,
            },
            N::Std | N::Var => match el {
                Elem::Float32 | Elem::Complex64 => Elem::Float32.scalar(),
                _ => Ty::NpFloat,
            },
            _ => {
                if complex {
                    self.error(Diagnostic::new(at, format!("`{f}` of a complex array is not supported")));
                    return Ty::Unknown;
                }
                el.scalar()
            }
        }
    }

    /// `np.f(args)` where numpy semantics apply (arrays, creation, reductions).
    /// [`display_elem`] of the argument when it is a list display (its items' types as
    /// inferred for them).
    fn display_elem(&self, arg: &ir::Expr) -> Option<Elem> {
        let ExprKind::List(items) = &arg.kind else { return None };
        let tys: Vec<Ty> = items.iter().map(|x| self.expr_types[x.id.0 as usize].clone()).collect();
        display_elem(&tys)
    }

    pub(super) fn numpy_call(&mut self, f: N, args: &[ir::Expr], ts: &[Ty], at: Span) -> Option<Ty> {
        let any_array = ts.iter().any(|t| matches!(t, Ty::Array(..)));
        let arity = |cx: &mut Self, lo: usize, hi: usize| -> bool {
            if ts.len() < lo || ts.len() > hi {
                cx.error(Diagnostic::new(at, format!("numpy.{f}() takes {lo} to {hi} arguments, {} given", ts.len())));
                false
            } else {
                true
            }
        };
        let t = match f {
            crate::library::random_fns!() => return Some(self.random_call(f, args, ts, at)),
            crate::library::operator_fns!() => return Some(self.operator_fn(f, args, ts)),
            N::Zeros | N::Ones | N::Empty => {
                if !arity(self, 1, 2) {
                    return Some(Ty::Unknown);
                }
                let n = self.shape_ndim(&ts[0], args[0].span)?;
                let e = self.dtype_arg(args, ts, 1)?.unwrap_or(Elem::Float64);
                Ty::Array(e, n)
            }
            N::Full => {
                if !arity(self, 2, 3) {
                    return Some(Ty::Unknown);
                }
                let n = self.shape_ndim(&ts[0], args[0].span)?;
                let e = match self.dtype_arg(args, ts, 2)? {
                    Some(e) => e,
                    None => match Elem::of_scalar(&ts[1]) {
                        Some(e) => e,
                        None => {
                            self.error(Diagnostic::new(
                                args[1].span,
                                format!("the fill value must be a number, not {}", ts[1]),
                            ));
                            return Some(Ty::Unknown);
                        }
                    },
                };
                Ty::Array(e, n)
            }
            N::ZerosLike | N::OnesLike | N::EmptyLike | N::FullLike => {
                let (hi, dk) = if f == N::FullLike { (3, 2) } else { (2, 1) };
                if !arity(self, 1, hi) {
                    return Some(Ty::Unknown);
                }
                let Ty::Array(e, n) = ts[0] else {
                    self.error(Diagnostic::new(args[0].span, format!("numpy.{f}() needs an array, not {}", ts[0])));
                    return Some(Ty::Unknown);
                };
                let e = self.dtype_arg(args, ts, dk)?.unwrap_or(e);
                Ty::Array(e, n)
            }
            N::Arange => {
                if !arity(self, 1, 4) {
                    return Some(Ty::Unknown);
                }
                let nums: Vec<&Ty> = ts.iter().take(3).filter(|t| **t != Ty::None).collect();
                if nums.iter().any(|t| !matches!(t.base(), Ty::Bool | Ty::Int | Ty::Float)) {
                    self.error(Diagnostic::new(at, "numpy.arange() needs real numbers"));
                    return Some(Ty::Unknown);
                }
                let natural = if nums.iter().all(|t| is_int_like(t)) { Elem::Int64 } else { Elem::Float64 };
                let e = self.dtype_arg(args, ts, 3)?.unwrap_or(natural);
                if e != natural && !(natural == Elem::Int64 && e == Elem::Float64) {
                    self.error(Diagnostic::new(
                        at,
                        "numpy.arange() with this dtype is not supported yet (int arguments with dtype=float are)",
                    ));
                }
                Ty::Array(e, 1)
            }
            N::Linspace => {
                if !arity(self, 2, 4) {
                    return Some(Ty::Unknown);
                }
                Ty::Array(Elem::Float64, 1)
            }
            N::Array | N::Asarray | N::Copy => {
                if !arity(self, 1, 2) {
                    return Some(Ty::Unknown);
                }
                let dtype = if f == N::Copy { None } else { self.dtype_arg(args, ts, 1)? };
                let (e, n) = match &ts[0] {
                    Ty::Array(e, n) => (*e, *n),
                    t @ (Ty::Tuple(_) | Ty::List(_)) if tuple_array(t).is_some() => tuple_array(t).expect("checked"),
                    Ty::List(inner) => match &**inner {
                        Ty::List(inner2) => match Elem::of_scalar(inner2) {
                            Some(e) => (e, 2),
                            None => {
                                self.error(Diagnostic::new(
                                    args[0].span,
                                    format!("numpy.{f}() of a {} is not supported", ts[0]),
                                ));
                                return Some(Ty::Unknown);
                            }
                        },
                        Ty::Unknown => (Elem::Float64, 1),
                        t => match Elem::of_scalar(t).or_else(|| self.display_elem(&args[0])) {
                            Some(e) => (e, 1),
                            None => {
                                self.error(Diagnostic::new(
                                    args[0].span,
                                    format!("numpy.{f}() of a {} is not supported", ts[0]),
                                ));
                                return Some(Ty::Unknown);
                            }
                        },
                    },
                    // a tuple of numbers (`np.array((1.0, 2.0))`)
                    other => {
                        self.error(Diagnostic::new(args[0].span, format!("numpy.{f}() of a {other} is not supported")));
                        return Some(Ty::Unknown);
                    }
                };
                match dtype {
                    Some(d) if d != e => {
                        if e == Elem::Complex128 {
                            self.error(Diagnostic::new(
                                at,
                                format!("numpy.{f}() cannot convert complex values to {}", d.name()),
                            ));
                            return Some(Ty::Unknown);
                        }
                        Ty::Array(d, n)
                    }
                    _ => Ty::Array(e, n),
                }
            }
            N::Average => return Some(self.average(args, ts, at)),
            N::Allclose => {
                self.error(Diagnostic::new(at, "numpy.allclose() reaches inference (lowering makes it all(isclose))"));
                Ty::Unknown
            }
            N::Isclose => {
                if !arity(self, 2, 5) {
                    return Some(Ty::Unknown);
                }
                let (Some(a), Some(b)) = (operand(&ts[0]), operand(&ts[1])) else {
                    self.error(Diagnostic::new(at, "numpy.isclose() needs numbers or arrays"));
                    return Some(Ty::Unknown);
                };
                if a.0.kind() == Kind::Complex
                    || b.0.kind() == Kind::Complex
                    || a.0 == Elem::UInt64
                    || b.0 == Elem::UInt64
                {
                    self.error(Diagnostic::new(at, "numpy.isclose() of complex or uint64 values is not supported yet"));
                    return Some(Ty::Unknown);
                }
                for k in 2..4 {
                    if !matches!(ts.get(k), None | Some(Ty::None)) && !is_real(&ts[k]) {
                        self.error(Diagnostic::new(
                            args[k].span,
                            format!("`{}` of numpy.isclose() must be a real number", ["rtol", "atol"][k - 2]),
                        ));
                        return Some(Ty::Unknown);
                    }
                }
                if !matches!(ts.get(4), None | Some(Ty::None) | Some(Ty::Bool)) {
                    self.error(Diagnostic::new(args[4].span, "`equal_nan` of numpy.isclose() must be a bool"));
                    return Some(Ty::Unknown);
                }
                match a.1.max(b.1) {
                    0 => Ty::Bool,
                    n => Ty::Array(Elem::Bool, n),
                }
            }
            N::Copyto => return Some(self.copyto(args, ts, at)),
            N::Put => return Some(self.put(args, ts, at)),
            crate::library::reductions!() => {
                if !arity(self, 1, 5) {
                    return Some(Ty::Unknown);
                }
                match &ts[0] {
                    Ty::Array(e, n) => self.reduction_call(f, *e, *n, args, ts, 1, at),
                    _ => return None,
                }
            }
            N::Ndenumerate => {
                if !arity(self, 1, 1) {
                    return Some(Ty::Unknown);
                }
                let Ty::Array(e, n) = ts[0] else {
                    self.error(Diagnostic::new(
                        args[0].span,
                        format!("numpy.ndenumerate() needs an array, not {}", ts[0]),
                    ));
                    return Some(Ty::Unknown);
                };
                Ty::Iter(Box::new(Ty::Tuple(vec![Ty::Tuple(vec![Ty::Int; n]), e.scalar()])))
            }
            N::Ndindex => {
                // `np.ndindex(a.shape)` or `np.ndindex(3, 4)`: tuples of as many ints
                let n = match ts {
                    [Ty::Tuple(items)]
                        if !items.is_empty() && items.iter().all(|t| matches!(t, Ty::Int | Ty::NpInt | Ty::Bool)) =>
                    {
                        items.len()
                    }
                    _ if !ts.is_empty() && ts.iter().all(|t| matches!(t, Ty::Int | Ty::NpInt | Ty::Bool)) => ts.len(),
                    _ => {
                        self.error(Diagnostic::new(
                            at,
                            "numpy.ndindex() needs a shape: a tuple of ints (`a.shape`) or one or more ints",
                        ));
                        return Some(Ty::Unknown);
                    }
                };
                if n > 8 {
                    self.error(Diagnostic::new(at, "numpy.ndindex() of more than 8 dimensions is not supported"));
                    return Some(Ty::Unknown);
                }
                Ty::Iter(Box::new(Ty::Tuple(vec![Ty::Int; n])))
            }
            N::Dot => {
                if !arity(self, 2, 2) {
                    return Some(Ty::Unknown);
                }
                self.shape_fn(N::Dot, args, ts, at)
            }
            // `np.where(cond)` is `np.nonzero(cond)`
            N::Where if ts.len() == 1 && matches!(ts[0], Ty::Array(..)) => self.shape_fn(N::Nonzero, args, ts, at),
            N::Where => {
                if !arity(self, 3, 3) {
                    return Some(Ty::Unknown);
                }
                let (Some(c), Some(a), Some(b)) = (operand(&ts[0]), operand(&ts[1]), operand(&ts[2])) else {
                    self.error(Diagnostic::new(at, "numpy.where(cond, a, b) needs arrays or numbers"));
                    return Some(Ty::Unknown);
                };
                let n = c.1.max(a.1).max(b.1);
                if n == 0 {
                    self.error(Diagnostic::new(at, "numpy.where() of three scalars is not supported"));
                    return Some(Ty::Unknown);
                }
                Ty::Array(promote(a, b), n)
            }
            N::Reshape
            | N::Ravel
            | N::Transpose
            | N::Concatenate
            | N::Stack
            | N::Vstack
            | N::Hstack
            | N::Eye
            | N::Identity
            | N::Diag
            | N::Meshgrid
            | N::Diff
            | N::Trace
            | N::Outer
            | N::Inner
            | N::Vdot
            | N::Matmul
            | N::LinalgNorm
            | N::Sort
            | N::Argsort
            | N::Unique
            | N::Nonzero
            | N::CountNonzero
            | N::Roll
            | N::Repeat
            | N::Tile
            | N::Append
            | N::Insert
            | N::Delete
            | N::Searchsorted
            | N::Bincount
            | N::ArraySplit
            | N::Split
            | N::Interp
            | N::Convolve
            | N::Cross
            | N::Polyval
            | N::Histogram
            | N::Einsum
            | N::RConcat
            | N::NanFill
            | N::Median
            | N::Nanmedian
            | N::Nanpercentile
            | N::Nanquantile
            | N::Percentile
            | N::Quantile
            | N::Ptp
            | N::Flatnonzero
            | N::Argwhere
            | N::Isin
            | N::Intersect1d
            | N::Union1d
            | N::Setdiff1d
            | N::Digitize
            | N::NanToNum
            | N::ArrayEqual
            | N::Lexsort
            | N::Nanmean
            | N::Nanvar
            | N::Nanstd => self.shape_fn(f, args, ts, at),
            N::Nansum
            | N::Nanprod
            | N::Nancumsum
            | N::Nancumprod
            | N::Nanmax
            | N::Nanmin
            | N::Nanargmax
            | N::Nanargmin => {
                self.error(Diagnostic::new(
                    at,
                    format!("numpy.{f}() reaches inference (lowering makes it a reduction)"),
                ));
                Ty::Unknown
            }
            N::Divmod => {
                self.error(Diagnostic::new(at, "numpy.divmod() reaches inference (lowering makes it a call)"));
                Ty::Unknown
            }
            crate::library::lapack_fns!() => self.lapack_fn(f, args, ts, at),
            crate::library::matrix_fns!() => self.matrix_fn(f, args, ts, at),
            N::Pad => self.pad_fn(args, ts, at),
            N::Partition | N::Argpartition | N::RavelMultiIndex | N::UnravelIndex => self.select_fn(f, args, ts, at),
            // on arrays element by element, on scalars numpy scalars
            N::Clip | N::Fmin | N::Fmax | N::Power => {
                let k = if f == N::Clip { 3 } else { 2 };
                if !arity(self, k, k) {
                    return Some(Ty::Unknown);
                }
                if f == N::Power {
                    return Some(match self.array_binop(BinOp::Pow, &ts[0], &ts[1], at) {
                        Ty::Array(e, 0) => e.scalar(),
                        t => t,
                    });
                }
                // `np.clip(x, lo, None)`: one bound may be left out
                let bounds: Vec<&Ty> = ts
                    .iter()
                    .enumerate()
                    .filter(|(k, t)| !(f == N::Clip && *k > 0 && **t == Ty::None))
                    .map(|(_, t)| t)
                    .collect();
                let ops: Option<Vec<(Elem, usize, bool)>> = bounds.iter().map(|t| operand(t)).collect();
                let (Some(ops), true) = (ops, bounds.len() + 1 >= k) else {
                    self.error(Diagnostic::new(at, format!("numpy.{f}() needs numbers or arrays")));
                    return Some(Ty::Unknown);
                };
                let e = ops[1..].iter().fold(ops[0], |acc, o| (promote(acc, *o), acc.1.max(o.1), acc.2 && o.2));
                if e.0.kind() == Kind::Complex {
                    self.error(Diagnostic::new(at, format!("numpy.{f}() of complex arrays is not supported")));
                    return Some(Ty::Unknown);
                }
                if e.1 == 0 {
                    e.0.scalar()
                } else {
                    Ty::Array(e.0, e.1)
                }
            }
            // scalar types as functions: a numpy scalar, or the array converted
            N::Bool
            | N::BoolScalar
            | N::Int8
            | N::Int16
            | N::Int32
            | N::Int64
            | N::Uint8
            | N::Uint16
            | N::Uint32
            | N::Uint64
            | N::Float32
            | N::Float64
            | N::Double
            | N::Single
            | N::Intp
            | N::Complex64
            | N::Complex128 => {
                if !arity(self, 1, 1) {
                    return Some(Ty::Unknown);
                }
                let el = Elem::from_name(f.dtype().expect("checked")).expect("canonical names are elements");
                let src = match &ts[0] {
                    Ty::Array(e, _) => Some(*e),
                    t => Elem::of_scalar(t),
                };
                match src {
                    Some(e) if e.kind() == Kind::Complex && el.kind() != Kind::Complex => {
                        self.error(Diagnostic::new(
                            at,
                            format!("numpy.{f}() of a complex value is not supported (take .real)"),
                        ));
                        Ty::Unknown
                    }
                    Some(_) => match &ts[0] {
                        Ty::Array(_, n) => Ty::Array(el, *n),
                        _ => el.scalar(),
                    },
                    None => {
                        self.error(Diagnostic::new(at, format!("numpy.{f}() of a {} is not supported", ts[0])));
                        Ty::Unknown
                    }
                }
            }
            _ if !any_array && ts.len() == 1 => return self.scalar_ufunc(f, &ts[0], at),
            _ if !any_array => return None,
            N::Round | N::Around | N::Angle => {
                if !arity(self, 1, if f == N::Angle { 1 } else { 2 }) {
                    return Some(Ty::Unknown);
                }
                let Ty::Array(e, n) = ts[0] else {
                    self.error(Diagnostic::new(at, format!("numpy.{f}() needs an array here")));
                    return Some(Ty::Unknown);
                };
                if ts.len() > 1 && !matches!(ts[1], Ty::None) && !is_int_like(&ts[1]) {
                    self.error(Diagnostic::new(args.last().map(|a| a.span).unwrap_or(at), "`decimals` must be an int"));
                    return Some(Ty::Unknown);
                }
                match (f, e) {
                    (N::Angle, Elem::Complex64) => Ty::Array(Elem::Float32, n),
                    (N::Angle, Elem::Complex128) => Ty::Array(Elem::Float64, n),
                    (N::Angle, _) => match self.float_result_or_error(f, e, at) {
                        Some(out) => Ty::Array(out, n),
                        None => return Some(Ty::Unknown),
                    },
                    (_, Elem::Bool | Elem::Complex128) => {
                        self.error(Diagnostic::new(
                            at,
                            format!("numpy.{f}() of a {} array is not supported", e.name()),
                        ));
                        return Some(Ty::Unknown);
                    }
                    _ => Ty::Array(e, n),
                }
            }
            // element-wise functions on arrays
            N::Minimum | N::Maximum | N::Arctan2 | N::Hypot | N::Fmod => {
                if !arity(self, 2, 2) {
                    return Some(Ty::Unknown);
                }
                let (Some(a), Some(b)) = (operand(&ts[0]), operand(&ts[1])) else {
                    self.error(Diagnostic::new(at, format!("numpy.{f}() needs numbers or arrays")));
                    return Some(Ty::Unknown);
                };
                let e = promote(a, b);
                if e.kind() == Kind::Complex {
                    self.error(Diagnostic::new(at, format!("numpy.{f}() of complex arrays is not supported")));
                    return Some(Ty::Unknown);
                }
                // numpy's `fmod` of two bools is int8 (its `??->b` loop)
                if f == N::Fmod && e == Elem::Bool {
                    self.error(Diagnostic::new(
                        at,
                        "numpy.fmod() of two bool arrays is not supported (convert one to int)",
                    ));
                    return Some(Ty::Unknown);
                }
                let e = if matches!(f, N::Arctan2 | N::Hypot) {
                    match self.float_result_or_error(f, e, at) {
                        Some(e) => e,
                        None => return Some(Ty::Unknown),
                    }
                } else {
                    e
                };
                Ty::Array(e, a.1.max(b.1))
            }
            N::Sqrt
            | N::Exp
            | N::Log
            | N::Log10
            | N::Log2
            | N::Log1p
            | N::Expm1
            | N::Sin
            | N::Cos
            | N::Tan
            | N::Arcsin
            | N::Arccos
            | N::Arctan
            | N::Sinh
            | N::Cosh
            | N::Tanh
            | N::Floor
            | N::Ceil
            | N::Trunc
            | N::Fabs
            | N::Abs
            | N::Absolute
            | N::Square
            | N::Isnan
            | N::Isinf
            | N::Isfinite
            | N::Sign
            | N::Conj
            | N::Real
            | N::Imag => {
                if !arity(self, 1, 1) {
                    return Some(Ty::Unknown);
                }
                let Ty::Array(e, n) = ts[0] else { return Some(Ty::Unknown) };
                match self.unary_ufunc(f, e, at) {
                    Some(out) => Ty::Array(out, n),
                    None => Ty::Unknown,
                }
            }
        };
        Some(t)
    }

    /// numpy's operators as functions (`np.less(a, b)`): lowering made the operator their one
    /// argument, so the type is the operator's; its operands must be arrays or numbers (a list
    /// compares as a list in Python), and numpy's bitwise functions of Python ints give int64
    /// scalars.
    fn operator_fn(&mut self, f: N, args: &[ir::Expr], ts: &[Ty]) -> Ty {
        let (Some(inner), Some(t)) = (args.first(), ts.first()) else { return Ty::Unknown };
        let parts = |x: &ir::Expr| -> Vec<ir::Expr> {
            match &x.kind {
                ExprKind::Compare(a, rest) => {
                    std::iter::once(&**a).chain(rest.iter().map(|(_, b)| b)).cloned().collect()
                }
                ExprKind::BinOp(_, a, b) => vec![(**a).clone(), (**b).clone()],
                ExprKind::Unary(_, a) => vec![(**a).clone()],
                _ => vec![],
            }
        };
        // `logical_and(a, b)` is `(a != 0) & (b != 0)`: its operands one level further down
        let operands: Vec<ir::Expr> = if matches!(f, N::LogicalAnd | N::LogicalOr | N::LogicalXor) {
            parts(inner).iter().flat_map(&parts).collect()
        } else {
            parts(inner)
        };
        for x in &operands {
            let xt = self.expr_types[x.id.0 as usize].clone();
            let ok = match &xt {
                Ty::Array(..) | Ty::Unknown => true,
                Ty::Bool if matches!(f, N::Invert | N::BitwiseNot) => {
                    self.error(Diagnostic::new(x.span, format!("numpy.{f}() of a Python bool is not supported (numpy gives the logical not, Python's `~` an int)")));
                    return Ty::Unknown;
                }
                t => t.is_numeric(),
            };
            if !ok {
                self.error(Diagnostic::new(
                    x.span,
                    format!("numpy.{f}() of a {xt} is not supported: it takes arrays and numbers (convert with numpy.array)"),
                ));
                return Ty::Unknown;
            }
        }
        // `np.floor_divide(7, 0)` is numpy's (0 with a warning), `7 // 0` Python's
        // (ZeroDivisionError): of Python numbers only the operator is compiled
        if matches!(f, N::FloorDivide | N::Mod | N::Remainder)
            && operands
                .iter()
                .all(|x| matches!(self.expr_types[x.id.0 as usize], Ty::Int | Ty::Float | Ty::Bool | Ty::Num))
        {
            let op = if f == N::FloorDivide { "//" } else { "%" };
            self.error(Diagnostic::new(
                inner.span,
                format!("numpy.{f}() of two Python numbers is not supported (numpy's result differs from `{op}`'s): make one a numpy scalar or an array"),
            ));
            return Ty::Unknown;
        }
        // `np.add(1, 2)` is numpy's int64 arithmetic (wrapping), `np.divide(1, 0)` inf with a
        // warning: of Python numbers only the operator is compiled
        if matches!(f, N::Add | N::Subtract | N::Multiply | N::Divide | N::TrueDivide | N::Negative)
            && operands.iter().all(|x| {
                matches!(self.expr_types[x.id.0 as usize], Ty::Int | Ty::Float | Ty::Bool | Ty::Num | Ty::Complex)
            })
        {
            self.error(Diagnostic::new(
                inner.span,
                format!("numpy.{f}() of Python numbers only is not supported (numpy computes in numpy scalars): make one a numpy scalar or an array, or use the operator"),
            ));
            return Ty::Unknown;
        }
        match t {
            Ty::Int if matches!(f, N::BitwiseAnd | N::BitwiseOr | N::BitwiseXor | N::Invert | N::BitwiseNot) => {
                Ty::NpInt
            }
            // a ufunc of numbers gives numpy scalars: `np.less(1, 2)` is `numpy.True_`
            Ty::Bool => Ty::NpBool,
            _ => t.clone(),
        }
    }

    /// `np.average(a, axis, weights)`: without weights `mean`'s rule; with weights (float64,
    /// ints or bools, of the shape of `a` or 1-D along `axis`) float64.
    fn average(&mut self, args: &[ir::Expr], ts: &[Ty], at: Span) -> Ty {
        let span_of = |k: usize| args.get(k).map(|a| a.span).unwrap_or(at);
        let Some(Ty::Array(el, n)) = ts.first().cloned() else {
            let what = ts.first().map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
            self.error(Diagnostic::new(span_of(0), format!("numpy.average() needs an array, not {what}")));
            return Ty::Unknown;
        };
        for k in [3, 4] {
            if !matches!(args.get(k).map(|a| &a.kind), None | Some(ExprKind::Default) | Some(ExprKind::Bool(false))) {
                self.error(Diagnostic::new(span_of(k), "this argument of `numpy.average` is not supported yet"));
                return Ty::Unknown;
            }
        }
        let Some(axes) = self.axes_arg(args, ts, 1, N::Average, false) else { return Ty::Unknown };
        match ts.get(2) {
            None | Some(Ty::None) => {
                self.reduction_call(N::Mean, el, n, &args[..ts.len().min(2)], &ts[..ts.len().min(2)], 1, at)
            }
            Some(Ty::Array(we, wn)) => {
                let ok = |e: &Elem| e.kind() <= Kind::Int || *e == Elem::Float64;
                if !ok(&el) || !ok(we) {
                    self.error(Diagnostic::new(
                        at,
                        "numpy.average() with weights is supported for float64, int and bool arrays",
                    ));
                    return Ty::Unknown;
                }
                if el == Elem::UInt64 || *we == Elem::UInt64 {
                    self.error(Diagnostic::new(at, "numpy.average() of uint64 arrays is not supported yet"));
                    return Ty::Unknown;
                }
                if *wn != n && !(*wn == 1 && axes == 1) {
                    self.error(Diagnostic::new(
                        span_of(2),
                        format!("numpy.average() of a {n}-D array needs weights of {n} dimensions, or 1-D weights with an axis"),
                    ));
                    return Ty::Unknown;
                }
                if axes == 0 || n == 1 {
                    Ty::NpFloat
                } else {
                    Ty::Array(Elem::Float64, n - 1)
                }
            }
            Some(t) => {
                self.error(Diagnostic::new(
                    span_of(2),
                    format!("`weights` of numpy.average() must be an array, not {t}"),
                ));
                Ty::Unknown
            }
        }
    }

    /// `np.copyto(dst, src)`: `dst[...] = src` with numpy's `casting='same_kind'` (a float into
    /// an int array, a signed into an unsigned one: TypeError in numpy, refused here).
    fn copyto(&mut self, args: &[ir::Expr], ts: &[Ty], at: Span) -> Ty {
        let span_of = |k: usize| args.get(k).map(|a| a.span).unwrap_or(at);
        let Some(Ty::Array(el, n)) = ts.first().cloned() else {
            let what = ts.first().map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
            self.error(Diagnostic::new(span_of(0), format!("numpy.copyto() needs an array to write into, not {what}")));
            return Ty::Unknown;
        };
        if !self.absent(args, ts, &[2, 3], N::Copyto) {
            return Ty::Unknown;
        }
        let Some(src) = ts.get(1) else {
            self.error(Diagnostic::new(at, "numpy.copyto() needs `src`"));
            return Ty::Unknown;
        };
        let (se, sn, weak) = match src {
            Ty::Array(e, m) => (*e, *m, false),
            Ty::Unknown => return Ty::None,
            t => match Elem::of_scalar(t) {
                Some(e) => (e, 0, !t.is_np() && t.sized().is_none()),
                None => {
                    self.error(Diagnostic::new(span_of(1), format!("numpy.copyto() cannot copy a {t} into an array")));
                    return Ty::Unknown;
                }
            },
        };
        if sn > n {
            self.error(Diagnostic::new(
                span_of(1),
                format!("numpy.copyto() of a {sn}-D array into a {n}-D array is not supported"),
            ));
            return Ty::Unknown;
        }
        // numpy's kinds in `same_kind` order: bool, unsigned, signed, float, complex (a Python
        // int counts as unsigned: its value is checked)
        let rank = |e: Elem, weak: bool| match e.kind() {
            Kind::Bool => 0,
            Kind::Int if e.is_unsigned() || weak => 1,
            Kind::Int => 2,
            Kind::Float => 3,
            Kind::Complex => 4,
        };
        if rank(se, weak) > rank(el, false) {
            self.error(Diagnostic::new(
                span_of(1),
                format!(
                    "numpy.copyto() cannot cast {} to {} with casting='same_kind' (numpy raises TypeError)",
                    se.name(),
                    el.name()
                ),
            ));
            return Ty::Unknown;
        }
        self.check_store(el, src, span_of(1));
        Ty::None
    }

    /// The element type numpy's one-argument element-wise `f` gives on elements of `e` (None:
    /// an error was reported).
    pub(super) fn unary_ufunc(&mut self, f: N, e: Elem, at: Span) -> Option<Elem> {
        let complex_part = if e == Elem::Complex64 { Elem::Float32 } else { Elem::Float64 };
        let out = match f {
            N::Abs | N::Absolute | N::Fabs if e.kind() == Kind::Complex => {
                if f == N::Fabs {
                    self.error(Diagnostic::new(
                        at,
                        "numpy.fabs() of complex values is not defined (numpy raises TypeError): use numpy.abs()",
                    ));
                    return None;
                }
                complex_part
            }
            N::Abs | N::Absolute | N::Square | N::Sign => e,
            N::Isnan | N::Isinf | N::Isfinite => Elem::Bool,
            N::Real | N::Imag if e.kind() == Kind::Complex => complex_part,
            // the array itself, or zeros of its type
            N::Real | N::Imag => e,
            N::Conj => e,
            // floor/ceil/trunc keep integer types in numpy 2
            N::Floor | N::Ceil | N::Trunc if e.kind() <= Kind::Int => {
                if e == Elem::Bool {
                    self.error(Diagnostic::new(at, format!("numpy.{f}() of a bool array is not supported")));
                    return None;
                }
                e
            }
            f if matches!(f.kind(), NumpyKind::Ufunc(Ufunc::Math { .. })) => {
                if e.kind() == Kind::Complex {
                    if f.kind() != NumpyKind::Ufunc(Ufunc::Math { complex: true }) {
                        self.error(Diagnostic::new(
                            at,
                            format!("numpy.{f}() is not defined for complex values (numpy raises TypeError)"),
                        ));
                        return None;
                    }
                    e
                } else {
                    self.float_result_or_error(f, e, at)?
                }
            }
            _ => {
                self.error(Diagnostic::new(at, format!("numpy.{f}() on arrays is not supported yet")));
                return None;
            }
        };
        if e == Elem::Bool && matches!(f, N::Abs | N::Absolute | N::Square | N::Sign) {
            self.error(Diagnostic::new(at, format!("numpy.{f}() of a bool array is not supported")));
            return None;
        }
        Some(out)
    }

    /// numpy's one-argument element-wise `f` of a scalar: a numpy scalar of the type the
    /// element of an array would have (`np.abs(-3)` is an int64, `np.sqrt(4)` a float64);
    /// `np.real`/`np.imag` give what `.real`/`.imag` give. None when `f` is not one of them.
    pub(super) fn scalar_ufunc(&mut self, f: N, t: &Ty, at: Span) -> Option<Ty> {
        let unary = matches!(f.kind(), NumpyKind::Ufunc(Ufunc::Math { .. }))
            || matches!(f, N::Abs | N::Absolute | N::Square | N::Sign | N::Isnan | N::Isinf | N::Isfinite | N::Conj);
        if matches!(f, N::Real | N::Imag) && t.is_numeric() {
            let np = t.is_np() || t.sized().is_some();
            return Some(match (t.base(), t) {
                (_, Ty::NpSized(e)) if e.kind() == Kind::Complex => {
                    (if *e == Elem::Complex64 { Elem::Float32 } else { Elem::Float64 }).scalar()
                }
                (_, Ty::NpSized(_)) => t.clone(),
                (Ty::Complex | Ty::Float, _) if np => Ty::NpFloat,
                (Ty::Complex | Ty::Float, _) => Ty::Float,
                (_, _) if np => Ty::NpInt,
                _ => Ty::Int,
            });
        }
        if f == N::Angle && t.is_numeric() {
            return Some(if matches!(t, Ty::NpSized(Elem::Complex64 | Elem::Float32)) {
                Elem::Float32.scalar()
            } else {
                Ty::NpFloat
            });
        }
        if !unary || !t.is_numeric() {
            return None;
        }
        let e = Elem::of_scalar(t)?;
        Some(match self.unary_ufunc(f, e, at) {
            Some(out) => out.scalar(),
            None => Ty::Unknown,
        })
    }

    /// The float element type numpy's `f` gives on elements of `e`, or an error for the
    /// float16 results of bool, int8 and uint8.
    fn float_result_or_error(&mut self, f: N, e: Elem, at: Span) -> Option<Elem> {
        let r = float_result(e);
        if r.is_none() {
            self.error(Diagnostic::new(at, format!("numpy.{f}() of {} values gives float16, which compiled code does not support: convert first, e.g. `.astype(np.float32)`", e.name())));
        }
        r
    }

    /// Shape functions, sorting and linear algebra: `ts[0]` is the array (for methods, the
    /// receiver), `args` the IR arguments (offset by one for methods: only spans are used).
    fn shape_fn(&mut self, f: N, args: &[ir::Expr], ts: &[Ty], at: Span) -> Ty {
        let span_of = |k: usize| args.get(k).map(|a| a.span).unwrap_or(at);
        let arr = |cx: &mut Self, k: usize| -> Option<(Elem, usize)> {
            match ts.get(k) {
                Some(Ty::Array(e, n)) => Some((*e, *n)),
                other => {
                    let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                    cx.error(Diagnostic::new(span_of(k), format!("numpy.{f}() needs an array here, not {what}")));
                    None
                }
            }
        };
        let opt_int = |cx: &mut Self, k: usize, what: &str| -> bool {
            match ts.get(k) {
                None | Some(Ty::None) => true,
                Some(t) if is_int_like(t) => true,
                Some(t) => {
                    cx.error(Diagnostic::new(span_of(k), format!("`{what}` of numpy.{f}() must be an int, not {t}")));
                    false
                }
            }
        };
        match f {
            N::Reshape => {
                let Some((e, _)) = arr(self, 0) else { return Ty::Unknown };
                match ts.get(1) {
                    Some(t) => match self.shape_ndim(t, span_of(1)) {
                        Some(k) if k <= 4 => Ty::Array(e, k),
                        Some(_) => {
                            self.error(Diagnostic::new(at, "arrays of more than 4 dimensions are not supported"));
                            Ty::Unknown
                        }
                        None => Ty::Unknown,
                    },
                    None => {
                        self.error(Diagnostic::new(at, "reshape needs a shape"));
                        Ty::Unknown
                    }
                }
            }
            N::Ravel => match arr(self, 0) {
                Some((e, _)) => Ty::Array(e, 1),
                None => Ty::Unknown,
            },
            N::Transpose => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                match ts.get(1) {
                    None | Some(Ty::None) => Ty::Array(e, n),
                    Some(Ty::Tuple(items)) if items.len() == n && items.iter().all(is_int_like) => Ty::Array(e, n),
                    Some(t) => {
                        self.error(Diagnostic::new(
                            span_of(1),
                            format!("the axes of transpose must be {n} ints, not {t}"),
                        ));
                        Ty::Unknown
                    }
                }
            }
            N::Concatenate | N::Stack | N::Vstack | N::Hstack => {
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
                let mut dims = Vec::new();
                let mut el: Option<Elem> = None;
                for p in &parts {
                    // a list of numbers is the 1-D array numpy makes of it (`[1]`: int64)
                    let (e, n) = match p {
                        Ty::Array(e, n) => (*e, *n),
                        Ty::List(inner) if inner.is_numeric() && Elem::of_scalar(inner).is_some() => {
                            (Elem::of_scalar(inner).expect("checked"), 1)
                        }
                        _ => {
                            self.error(Diagnostic::new(span_of(0), format!("numpy.{f}() needs arrays, not {p}")));
                            return Ty::Unknown;
                        }
                    };
                    dims.push(n);
                    el = Some(match el {
                        None => e,
                        Some(x) => Elem::promote(x, e),
                    });
                }
                let el = el.unwrap_or(Elem::Float64);
                if !opt_int(self, 1, "axis") {
                    return Ty::Unknown;
                }
                let n = dims[0];
                let same = dims.iter().all(|d| *d == n);
                let out = match f {
                    N::Concatenate if same => n,
                    N::Stack if same && n < 4 => n + 1,
                    N::Vstack if dims.iter().all(|d| *d <= 2) => 2,
                    N::Hstack if same && n <= 2 => n,
                    _ => {
                        self.error(Diagnostic::new(
                            span_of(0),
                            format!("numpy.{f}() of arrays of these dimensions ({dims:?}) is not supported"),
                        ));
                        return Ty::Unknown;
                    }
                };
                Ty::Array(el, out)
            }
            N::Eye | N::Identity => {
                let (ints, dk): (&[usize], usize) = if f == N::Eye { (&[0, 1, 2], 3) } else { (&[0], 1) };
                for &k in ints {
                    if !opt_int(self, k, "N, M and k") {
                        return Ty::Unknown;
                    }
                }
                if ts.is_empty() || ts[0] == Ty::None {
                    self.error(Diagnostic::new(at, format!("numpy.{f}() needs a size")));
                    return Ty::Unknown;
                }
                match self.dtype_arg(args, ts, dk) {
                    Some(e) => Ty::Array(e.unwrap_or(Elem::Float64), 2),
                    None => Ty::Unknown,
                }
            }
            N::Diag => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                if !opt_int(self, 1, "k") {
                    return Ty::Unknown;
                }
                match n {
                    1 => Ty::Array(e, 2),
                    2 => Ty::Array(e, 1),
                    _ => {
                        self.error(Diagnostic::new(at, "numpy.diag() needs a 1-D or 2-D array"));
                        Ty::Unknown
                    }
                }
            }
            N::Meshgrid => {
                // `indexing='ij'` arrives as the bool True (lowering), 'xy' as False
                if !matches!(ts.get(4), None | Some(Ty::None) | Some(Ty::Bool)) {
                    self.error(Diagnostic::new(span_of(4), "numpy.meshgrid() takes `indexing='xy'` or `'ij'`"));
                    return Ty::Unknown;
                }
                if !matches!(args.get(5).map(|a| &a.kind), None | Some(ExprKind::Default) | Some(ExprKind::Bool(_))) {
                    self.error(Diagnostic::new(
                        span_of(5),
                        "`sparse=` of numpy.meshgrid() must be True or False (a literal)",
                    ));
                    return Ty::Unknown;
                }
                let given: Vec<&Ty> = ts.iter().take(4).filter(|t| **t != Ty::None).collect();
                let n = given.len();
                if n == 0 || ts[..n].contains(&Ty::None) {
                    self.error(Diagnostic::new(at, "numpy.meshgrid() is supported with one to four 1-D arrays"));
                    return Ty::Unknown;
                }
                let mut out = Vec::new();
                for t in given {
                    match t {
                        Ty::Array(e, 1) => out.push(Ty::Array(*e, n)),
                        other => {
                            self.error(Diagnostic::new(
                                at,
                                format!("numpy.meshgrid() is supported with 1-D arrays, not {other}"),
                            ));
                            return Ty::Unknown;
                        }
                    }
                }
                Ty::Tuple(out)
            }
            N::Roll => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                if !matches!(ts.get(1), Some(t) if is_int_like(t)) {
                    let what = ts.get(1).map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                    self.error(Diagnostic::new(
                        span_of(1),
                        format!("`shift` of numpy.roll() must be an int, not {what}"),
                    ));
                    return Ty::Unknown;
                }
                if !opt_int(self, 2, "axis") {
                    return Ty::Unknown;
                }
                Ty::Array(e, n)
            }
            N::Repeat => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                if !matches!(ts.get(1), Some(t) if is_int_like(t)) {
                    let what = ts.get(1).map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                    self.error(Diagnostic::new(
                        span_of(1),
                        format!("`repeats` of numpy.repeat() must be an int here, not {what}"),
                    ));
                    return Ty::Unknown;
                }
                if !opt_int(self, 2, "axis") {
                    return Ty::Unknown;
                }
                // axis=None: of the flattened array
                Ty::Array(e, if matches!(ts.get(2), None | Some(Ty::None)) { 1 } else { n })
            }
            N::Append => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                let (ve, vn) = match ts.get(1) {
                    Some(Ty::Array(ve, vn)) => (*ve, *vn),
                    Some(Ty::List(inner)) if inner.is_numeric() && Elem::of_scalar(inner).is_some() => {
                        (Elem::of_scalar(inner).expect("checked"), 1)
                    }
                    other => {
                        let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            span_of(1),
                            format!("`values` of numpy.append() must be an array or a list of numbers, not {what}"),
                        ));
                        return Ty::Unknown;
                    }
                };
                if !opt_int(self, 2, "axis") {
                    return Ty::Unknown;
                }
                let el = Elem::promote(e, ve);
                if matches!(ts.get(2), None | Some(Ty::None)) {
                    Ty::Array(el, 1)
                } else if vn != n {
                    self.error(Diagnostic::new(
                        span_of(1),
                        format!(
                            "numpy.append() with an axis needs `values` of {n} dimensions (numpy raises ValueError)"
                        ),
                    ));
                    Ty::Unknown
                } else {
                    Ty::Array(el, n)
                }
            }
            N::Insert | N::Delete => {
                // positions along `axis` (of the flattened array when it is left out or None):
                // one int, a list or 1-D array of ints, a boolean mask (delete)
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                let positions = match ts.get(1) {
                    Some(t) if is_int_like(t) => true,
                    Some(Ty::List(t)) if **t == Ty::Int => true,
                    Some(Ty::Array(pe, 1)) if pe.kind() == Kind::Int && *pe != Elem::UInt64 => true,
                    Some(Ty::Array(Elem::Bool, 1)) if f == N::Delete => true,
                    _ => false,
                };
                if !positions {
                    self.error(Diagnostic::new(
                        span_of(1),
                        format!(
                            "`obj` of numpy.{f}() must be an int, a list or 1-D array of ints{} here",
                            if f == N::Delete { " or a boolean mask" } else { "" }
                        ),
                    ));
                    return Ty::Unknown;
                }
                let axis = if f == N::Insert { 3 } else { 2 };
                let n = match ts.get(axis) {
                    None | Some(Ty::None) => 1,
                    Some(t) if is_int_like(t) => n,
                    Some(t) => {
                        self.error(Diagnostic::new(
                            span_of(axis),
                            format!("`axis` of numpy.{f}() must be an int or None, not {t}"),
                        ));
                        return Ty::Unknown;
                    }
                };
                if f == N::Insert {
                    // one number that fits the array's type, or numbers of a kind it holds (a
                    // list, an array of at most the result's dimensions)
                    let fits = match ts.get(2) {
                        Some(Ty::List(t)) => Elem::of_scalar(t).is_some_and(|v| v.kind() <= e.kind()),
                        Some(Ty::Array(v, vn)) => *vn <= n && v.kind() <= e.kind(),
                        t => t.and_then(Elem::of_scalar).is_some_and(|v| weak(e, v.kind()) == e),
                    };
                    if !fits {
                        let what = ts.get(2).map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            span_of(2),
                            format!("`values` of numpy.insert() must be numbers that fit the array's {} here (a number, a list, an array of at most {n} dimensions), not {what}", e.name()),
                        ));
                        return Ty::Unknown;
                    }
                }
                Ty::Array(e, n)
            }
            N::Searchsorted => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                if n != 1 {
                    self.error(Diagnostic::new(span_of(0), "numpy.searchsorted() needs a 1-D array"));
                    return Ty::Unknown;
                }
                if !matches!(args.get(2).map(|a| &a.kind), None | Some(ExprKind::Default))
                    && !matches!(args.get(2).map(|a| &a.kind), Some(ExprKind::Str(s)) if s == "left" || s == "right")
                {
                    self.error(Diagnostic::new(
                        span_of(2),
                        "`side` of numpy.searchsorted() must be written 'left' or 'right'",
                    ));
                    return Ty::Unknown;
                }
                if !self.absent(args, ts, &[3], f) {
                    return Ty::Unknown;
                }
                let Some(v) = ts.get(1).and_then(operand) else {
                    self.error(Diagnostic::new(
                        span_of(1),
                        "numpy.searchsorted() needs a number or an array of values",
                    ));
                    return Ty::Unknown;
                };
                if Elem::promote(e, v.0) == Elem::UInt64 {
                    self.error(Diagnostic::new(at, "numpy.searchsorted() of uint64 values is not supported yet"));
                    return Ty::Unknown;
                }
                if v.1 == 0 {
                    Ty::NpInt
                } else {
                    Ty::Array(Elem::Int64, v.1)
                }
            }
            N::Bincount => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                if n != 1 || e.kind() != Kind::Int || e == Elem::UInt64 {
                    self.error(Diagnostic::new(
                        span_of(0),
                        format!("numpy.bincount() needs a 1-D array of ints, not of {} with {n} dimensions", e.name()),
                    ));
                    return Ty::Unknown;
                }
                if !opt_int(self, 2, "minlength") {
                    return Ty::Unknown;
                }
                match ts.get(1) {
                    None | Some(Ty::None) => Ty::Array(Elem::Int64, 1),
                    Some(Ty::Array(we, 1)) if we.kind() <= Kind::Float && *we != Elem::UInt64 => {
                        Ty::Array(Elem::Float64, 1)
                    }
                    Some(t) => {
                        self.error(Diagnostic::new(
                            span_of(1),
                            format!("`weights` of numpy.bincount() must be a 1-D real array, not {t}"),
                        ));
                        Ty::Unknown
                    }
                }
            }
            N::ArraySplit | N::Split => {
                // views of consecutive pieces along `axis`: a number of pieces or the positions
                // of the cuts
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                match ts.get(1) {
                    Some(t) if is_int_like(t) => {}
                    Some(Ty::List(t)) if **t == Ty::Int => {}
                    other => {
                        let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            span_of(1),
                            format!(
                                "`indices_or_sections` of numpy.{f}() must be an int or a list of ints, not {what}"
                            ),
                        ));
                        return Ty::Unknown;
                    }
                }
                if !opt_int(self, 2, "axis") {
                    return Ty::Unknown;
                }
                Ty::List(Box::new(Ty::Array(e, n)))
            }
            N::Interp => {
                // float64 data (numpy converts to it); the complex `fp` loop is not supported
                let real =
                    |t: &Ty| matches!(operand(t), Some((e, _, _)) if e.kind() <= Kind::Float && e != Elem::UInt64);
                for k in [1, 2] {
                    if !matches!(ts.get(k), Some(t @ Ty::Array(_, 1)) if real(t)) {
                        let what = ts.get(k).map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            span_of(k),
                            format!("numpy.interp() needs 1-D real arrays for `xp` and `fp` here, not {what}"),
                        ));
                        return Ty::Unknown;
                    }
                }
                for k in [3, 4] {
                    if !matches!(ts.get(k), None | Some(Ty::None))
                        && !matches!(ts.get(k), Some(t) if t.is_numeric() && real(t))
                    {
                        self.error(Diagnostic::new(
                            span_of(k),
                            "`left` and `right` of numpy.interp() must be real numbers",
                        ));
                        return Ty::Unknown;
                    }
                }
                if !self.absent(args, ts, &[5], f) {
                    return Ty::Unknown;
                }
                match ts.first() {
                    Some(t @ Ty::Array(_, n)) if real(t) => Ty::Array(Elem::Float64, *n),
                    Some(t) if t.is_numeric() && real(t) => Ty::NpFloat,
                    other => {
                        let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            span_of(0),
                            format!("numpy.interp() needs a real number or array for `x`, not {what}"),
                        ));
                        Ty::Unknown
                    }
                }
            }
            N::Convolve => {
                let (Some((a, na)), Some((b, nb))) = (arr(self, 0), arr(self, 1)) else { return Ty::Unknown };
                let e = Elem::promote(a, b);
                if na != 1 || nb != 1 || !matches!(e, Elem::Float64 | Elem::Int64) {
                    self.error(Diagnostic::new(
                        at,
                        format!(
                            "numpy.convolve() is supported on 1-D int64 or float64 arrays, not {} and {}",
                            ts[0], ts[1]
                        ),
                    ));
                    return Ty::Unknown;
                }
                if !matches!(args.get(2).map(|a| &a.kind), None | Some(ExprKind::Default) | Some(ExprKind::Str(_))) {
                    self.error(Diagnostic::new(
                        span_of(2),
                        "`mode` of numpy.convolve() must be written 'full', 'same' or 'valid'",
                    ));
                    return Ty::Unknown;
                }
                Ty::Array(e, 1)
            }
            N::Cross => {
                let (Some((a, na)), Some((b, nb))) = (arr(self, 0), arr(self, 1)) else { return Ty::Unknown };
                let e = Elem::promote(a, b);
                if na != nb || na > 2 || !matches!(e, Elem::Float64 | Elem::Int64 | Elem::Complex128) {
                    self.error(Diagnostic::new(
                        at,
                        format!("numpy.cross() is supported on 3-vectors (1-D, or rows of 2-D arrays of the same dimensions) of int64, float64 or complex128, not {} and {}", ts[0], ts[1]),
                    ));
                    return Ty::Unknown;
                }
                if !self.absent(args, ts, &[2, 3, 4, 5], f) {
                    return Ty::Unknown;
                }
                Ty::Array(e, na)
            }
            N::Polyval => {
                let Some((p, 1)) = arr(self, 0) else {
                    if matches!(ts.first(), Some(Ty::Array(..))) {
                        self.error(Diagnostic::new(span_of(0), "numpy.polyval() needs a 1-D array of coefficients"));
                    }
                    return Ty::Unknown;
                };
                let x = ts.get(1).and_then(operand);
                let float_or_int = |e: Elem| matches!(e, Elem::Float64 | Elem::Int64 | Elem::Bool);
                match x {
                    Some((xe, n, _))
                        if float_or_int(xe) && float_or_int(p) && (xe == Elem::Float64 || p == Elem::Float64) =>
                    {
                        if n == 0 {
                            Ty::NpFloat
                        } else {
                            Ty::Array(Elem::Float64, n)
                        }
                    }
                    _ => {
                        let what = ts.get(1).map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            at,
                            format!("numpy.polyval() is supported with float64 coefficients or values (int64 or float64), not {} and {what}", ts[0]),
                        ));
                        Ty::Unknown
                    }
                }
            }
            N::Einsum => {
                let Some(ExprKind::Str(spec)) = args.first().map(|a| &a.kind) else {
                    self.error(Diagnostic::new(
                        span_of(0),
                        "numpy.einsum() needs its subscripts written as a string literal",
                    ));
                    return Ty::Unknown;
                };
                let ops: Vec<(Elem, usize)> = (1..ts.len()).filter_map(|k| arr(self, k)).collect();
                if ops.len() + 1 != ts.len() {
                    return Ty::Unknown;
                }
                let ndims: Vec<usize> = ops.iter().map(|o| o.1).collect();
                let out = match einsum_spec(spec, &ndims) {
                    Ok((_, out)) => out,
                    Err(why) => {
                        self.error(Diagnostic::new(span_of(0), format!("numpy.einsum(): {why}")));
                        return Ty::Unknown;
                    }
                };
                let e = ops.iter().map(|o| o.0).reduce(Elem::promote).expect("one operand at least");
                if !matches!(e, Elem::Int64 | Elem::Float64 | Elem::Complex128) {
                    self.error(Diagnostic::new(
                        at,
                        format!(
                            "numpy.einsum() is supported on int64, float64 and complex128 arrays, not {}",
                            e.name()
                        ),
                    ));
                    return Ty::Unknown;
                }
                if out.is_empty() {
                    e.scalar()
                } else {
                    Ty::Array(e, out.len())
                }
            }
            N::RConcat => {
                // 1-D arrays and numbers joined; numbers are weak in the result type (NEP 50)
                let mut strong: Option<Elem> = None;
                let mut weak_kind: Option<Kind> = None;
                for (k, t) in ts.iter().enumerate() {
                    match operand(t) {
                        Some((e, 1, _)) | Some((e, 0, false)) => {
                            strong = Some(strong.map_or(e, |s| Elem::promote(s, e)));
                        }
                        Some((e, 0, true)) => weak_kind = Some(weak_kind.map_or(e.kind(), |w| w.max(e.kind()))),
                        _ => {
                            self.error(Diagnostic::new(
                                span_of(k),
                                format!("`np.r_[...]` is supported with 1-D arrays, numbers and slices, not {t}"),
                            ));
                            return Ty::Unknown;
                        }
                    }
                }
                let e = match (strong, weak_kind) {
                    (Some(s), Some(w)) => weak(s, w),
                    (Some(s), None) => s,
                    (None, Some(w)) => Elem::of_kind(w),
                    (None, None) => {
                        self.error(Diagnostic::new(at, "`np.r_[]` of nothing is not supported"));
                        return Ty::Unknown;
                    }
                };
                Ty::Array(e, 1)
            }
            N::Histogram => {
                // equal bins between the data's (or `range`'s) outer edges, or the edges given
                let Some((e, _)) = arr(self, 0) else { return Ty::Unknown };
                if !matches!(e, Elem::Float64 | Elem::Int64 | Elem::Int32 | Elem::Int16 | Elem::Int8) {
                    self.error(Diagnostic::new(
                        span_of(0),
                        format!("numpy.histogram() is supported on float64 and signed int arrays, not {}", e.name()),
                    ));
                    return Ty::Unknown;
                }
                let edges = match ts.get(1) {
                    None | Some(Ty::None) | Some(Ty::Int) => Elem::Float64,
                    Some(Ty::Array(be @ (Elem::Float64 | Elem::Int64), 1)) => *be,
                    Some(Ty::List(t)) if matches!(**t, Ty::Int | Ty::Float) => Elem::of_scalar(t).expect("a number"),
                    Some(t) => {
                        self.error(Diagnostic::new(
                            span_of(1),
                            format!("`bins` of numpy.histogram() must be an int, or the edges as a 1-D float64/int64 array or a list of numbers, not {t}"),
                        ));
                        return Ty::Unknown;
                    }
                };
                match ts.get(2) {
                    None | Some(Ty::None) => {}
                    Some(Ty::Tuple(items)) if items.len() == 2 && items.iter().all(is_real) => {}
                    Some(t) => {
                        self.error(Diagnostic::new(
                            span_of(2),
                            format!("`range` of numpy.histogram() must be a tuple of two numbers, not {t}"),
                        ));
                        return Ty::Unknown;
                    }
                }
                let density = match args.get(3).map(|a| &a.kind) {
                    None | Some(ExprKind::Default) | Some(ExprKind::None) => false,
                    Some(ExprKind::Bool(b)) => *b,
                    _ => {
                        self.error(Diagnostic::new(
                            span_of(3),
                            "`density` of numpy.histogram() must be written True or False",
                        ));
                        return Ty::Unknown;
                    }
                };
                let counts = match ts.get(4) {
                    None | Some(Ty::None) => Elem::Int64,
                    Some(Ty::Array(we @ (Elem::Float64 | Elem::Int64), _)) => *we,
                    Some(t) => {
                        self.error(Diagnostic::new(
                            span_of(4),
                            format!("`weights` of numpy.histogram() must be a float64 or int64 array, not {t}"),
                        ));
                        return Ty::Unknown;
                    }
                };
                let counts = if density { Elem::Float64 } else { counts };
                Ty::Tuple(vec![Ty::Array(counts, 1), Ty::Array(edges, 1)])
            }
            N::Tile => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                let k = match ts.get(1) {
                    Some(t) if is_int_like(t) => 1,
                    Some(Ty::Tuple(items)) if !items.is_empty() && items.iter().all(is_int_like) => items.len(),
                    other => {
                        let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            span_of(1),
                            format!("`reps` of numpy.tile() must be an int or a tuple of ints, not {what}"),
                        ));
                        return Ty::Unknown;
                    }
                };
                if n.max(k) > 4 {
                    self.error(Diagnostic::new(at, "arrays of more than 4 dimensions are not supported"));
                    return Ty::Unknown;
                }
                Ty::Array(e, n.max(k))
            }
            N::Diff => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                if !opt_int(self, 1, "n") || !opt_int(self, 2, "axis") {
                    return Ty::Unknown;
                }
                // `prepend=`/`append=`: a number (broadcast to one slice along the axis) or an
                // array of the same dtype and dimensions, joined to `a` as numpy's concatenate;
                // one that would change the dtype is not supported
                for k in [3, 4] {
                    let ok = match ts.get(k) {
                        None | Some(Ty::None) => true,
                        Some(Ty::Array(pe, pn)) => *pe == e && *pn == n,
                        Some(t) => match Elem::of_scalar(&t.base()) {
                            Some(pe) => {
                                let pe = Elem::of_kind(pe.kind());
                                let pe = if t.base() == Ty::Bool { Elem::Bool } else { pe };
                                Elem::promote(e, pe) == e && pe.kind() != Kind::Complex
                            }
                            None => false,
                        },
                    };
                    if !ok {
                        self.error(Diagnostic::new(
                            span_of(k),
                            format!(
                                "`{}` of numpy.diff() must be a number that keeps the {} dtype or a {}-D {} array here",
                                if k == 3 { "prepend" } else { "append" },
                                e.name(),
                                n,
                                e.name()
                            ),
                        ));
                        return Ty::Unknown;
                    }
                }
                Ty::Array(e, n)
            }
            N::Trace => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                if n != 2 {
                    self.error(Diagnostic::new(at, "numpy.trace() is supported on 2-D arrays"));
                    return Ty::Unknown;
                }
                // the sum's type (int8 gives int64, uint8 uint64)
                self.reduction(N::Sum, e, at)
            }
            N::Outer | N::Inner | N::Vdot | N::Matmul | N::Dot => {
                let (Some((a, na)), Some((b, nb))) = (arr(self, 0), arr(self, 1)) else { return Ty::Unknown };
                let e = Elem::promote(a, b);
                let name = if f == N::Dot { N::Dot } else { f };
                if e == Elem::Bool && name != N::Outer {
                    self.error(Diagnostic::new(at, format!("numpy.{name}() of bool arrays is not supported")));
                    return Ty::Unknown;
                }
                match name {
                    N::Outer => Ty::Array(e, 2),
                    N::Vdot => e.scalar(),
                    N::Inner if na == 1 && nb == 1 => e.scalar(),
                    // over the last axes of both
                    N::Inner if na <= 2 && nb <= 2 => Ty::Array(e, na + nb - 2),
                    _ if name != N::Inner && na <= 2 && nb <= 2 => match (na, nb) {
                        (1, 1) => e.scalar(),
                        (2, 2) => Ty::Array(e, 2),
                        _ => Ty::Array(e, 1),
                    },
                    _ => {
                        self.error(Diagnostic::new(
                            at,
                            format!("numpy.{name}() of {na}-D and {nb}-D arrays is not supported yet"),
                        ));
                        Ty::Unknown
                    }
                }
            }
            N::LinalgNorm if matches!(ts.get(2), Some(Ty::Tuple(_))) => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                let out = if matches!(e, Elem::Float32 | Elem::Complex64) { Elem::Float32 } else { Elem::Float64 };
                if !self.norm_two_axes(args, n) {
                    return Ty::Unknown;
                }
                match args.get(3).map(|a| &a.kind) {
                    None | Some(ExprKind::Default | ExprKind::Bool(false)) => out.scalar(),
                    Some(ExprKind::Bool(true)) => Ty::Array(out, 2),
                    Some(_) => {
                        self.error(Diagnostic::new(args[3].span, "`keepdims` must be written True or False"));
                        Ty::Unknown
                    }
                }
            }
            N::LinalgNorm => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                let Some(axis) = self.axis_arg(args, ts, 2, N::LinalgNorm) else { return Ty::Unknown };
                // float32 and complex64 give float32, everything else float64
                let out = if matches!(e, Elem::Float32 | Elem::Complex64) { Elem::Float32 } else { Elem::Float64 };
                let matrix = n == 2 && !axis;
                match (ts.get(1), args.get(1).map(norm_ord)) {
                    (None | Some(Ty::None), _) => {}
                    (_, Some(Some(_))) => {}
                    (Some(t), _) if is_real(t) && !matrix => {}
                    (Some(t), _) => {
                        let what = if matrix {
                            "a constant (1, -1, np.inf, -np.inf, 'fro')"
                        } else {
                            "a real number, np.inf or -np.inf"
                        };
                        self.error(Diagnostic::new(
                            span_of(1),
                            format!("`ord` of numpy.linalg.norm() must be {what} here, not {t}"),
                        ));
                        return Ty::Unknown;
                    }
                }
                // keepdims=True (a literal: it decides the number of dimensions)
                match args.get(3).map(|a| &a.kind) {
                    None | Some(ExprKind::Default | ExprKind::Bool(false)) => {}
                    Some(ExprKind::Bool(true)) => return Ty::Array(out, n),
                    Some(_) => {
                        self.error(Diagnostic::new(args[3].span, "`keepdims` must be written True or False"));
                        return Ty::Unknown;
                    }
                }
                if axis && n > 1 {
                    Ty::Array(out, n - 1)
                } else {
                    out.scalar()
                }
            }
            N::Sort | N::Argsort | N::Unique if matches!(ts.first(), Some(Ty::Array(Elem::UInt64, _))) => {
                self.error(Diagnostic::new(at, format!("numpy.{f}() of a uint64 array is not supported yet")));
                Ty::Unknown
            }
            N::Sort | N::Argsort => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                if !opt_int(self, 1, "axis") {
                    return Ty::Unknown;
                }
                if !self.sort_kind(f, args, ts, at) {
                    return Ty::Unknown;
                }
                // axis=None: of the flattened array
                let n = if matches!(ts.get(1), Some(Ty::None))
                    && !matches!(args.get(1).map(|a| &a.kind), Some(ExprKind::Default))
                {
                    1
                } else {
                    n
                };
                Ty::Array(if f == N::Sort { e } else { Elem::Int64 }, n)
            }
            N::NanFill => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                if e.kind() == Kind::Complex {
                    self.error(Diagnostic::new(
                        span_of(0),
                        "numpy's nan functions of complex arrays are not supported",
                    ));
                    return Ty::Unknown;
                }
                if matches!(ts.get(3), Some(Ty::Tuple(_))) {
                    self.error(Diagnostic::new(
                        span_of(3),
                        "numpy.nanmax/nanmin/nanargmax/nanargmin with a tuple axis are not supported",
                    ));
                    return Ty::Unknown;
                }
                if !opt_int(self, 3, "axis") {
                    return Ty::Unknown;
                }
                Ty::Array(e, n)
            }
            // numpy's `nanmean`, `nanvar`, `nanstd`: of float64 arrays (others as `mean`, `var`,
            // `std`), over everything or one axis
            N::Nanmean | N::Nanvar | N::Nanstd => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                let kd = if f == N::Nanmean { 4 } else { 5 };
                if !self.absent(args, ts, &[2, 3, kd], f) {
                    return Ty::Unknown;
                }
                if f != N::Nanmean && !matches!(ts.get(4), None | Some(Ty::None)) && !is_int_like(&ts[4]) {
                    self.error(Diagnostic::new(span_of(4), format!("`ddof` of numpy.{f}() must be an int")));
                    return Ty::Unknown;
                }
                // float32: `nanmean` only, in float32 as numpy
                let f32_mean = f == N::Nanmean && e == Elem::Float32;
                if !matches!(e, Elem::Float64 | Elem::Int64 | Elem::Bool) && !f32_mean {
                    self.error(Diagnostic::new(
                        span_of(0),
                        format!("numpy.{f}() of a {} array is not supported yet (float64, int64, bool; float32 for nanmean)", e.name()),
                    ));
                    return Ty::Unknown;
                }
                let Some(axis) = self.axis_arg(args, ts, 1, f) else { return Ty::Unknown };
                let out = if f32_mean { Elem::Float32 } else { Elem::Float64 };
                if axis && n > 1 {
                    Ty::Array(out, n - 1)
                } else {
                    out.scalar()
                }
            }
            N::Unique => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                // `axis=k`: the distinct slices along it, the inverse 1-D
                let axis = !matches!(ts.get(4), None | Some(Ty::None));
                if axis && !opt_int(self, 4, "axis") {
                    return Ty::Unknown;
                }
                if !matches!(args.get(5).map(|a| &a.kind), None | Some(ExprKind::Default) | Some(ExprKind::Bool(true)))
                {
                    self.error(Diagnostic::new(
                        span_of(5),
                        "`equal_nan=` of numpy.unique() other than True is not supported",
                    ));
                    return Ty::Unknown;
                }
                // `return_index`, `return_inverse`, `return_counts`: literal flags, each a
                // further array of the tuple numpy returns
                let (values, inverse) = if axis { (n, 1) } else { (1, n) };
                let mut items = vec![Ty::Array(e, values)];
                for (k, t) in [
                    (1, Ty::Array(Elem::Int64, 1)),
                    (2, Ty::Array(Elem::Int64, inverse)),
                    (3, Ty::Array(Elem::Int64, 1)),
                ] {
                    match args.get(k).map(|a| &a.kind) {
                        None | Some(ExprKind::Default) | Some(ExprKind::Bool(false)) => {}
                        Some(ExprKind::Bool(true)) => items.push(t),
                        _ => {
                            self.error(Diagnostic::new(
                                span_of(k),
                                "the `return_*` flags of numpy.unique() must be True or False literals",
                            ));
                            return Ty::Unknown;
                        }
                    }
                }
                if items.len() == 1 {
                    items.pop().expect("one")
                } else {
                    Ty::Tuple(items)
                }
            }
            N::Median | N::Percentile | N::Quantile | N::Ptp | N::Nanmedian | N::Nanpercentile | N::Nanquantile => {
                // the `nan*` versions: the plain function's rule on the lanes without their NaNs
                let (shown, nan) = (f, matches!(f, N::Nanmedian | N::Nanpercentile | N::Nanquantile));
                let f = match f {
                    N::Nanmedian => N::Median,
                    N::Nanpercentile => N::Percentile,
                    N::Nanquantile => N::Quantile,
                    f => f,
                };
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                let (ax, rest): (usize, &[usize]) = match f {
                    N::Median => (1, &[2, 3, 4]),
                    N::Ptp => (1, &[2, 3]),
                    _ => (2, &[3, 4, 6]),
                };
                if !self.absent(args, ts, rest, shown) {
                    return Ty::Unknown;
                }
                // `q` a 1-D float64 or int64 array: one result per fraction, first
                let q_array = matches!(ts.get(1), Some(Ty::Array(Elem::Float64 | Elem::Int64, 1)));
                // a Python number `q`: numpy's `weak_q` (a float32 array's result stays float32)
                let weak = matches!(ts.get(1), Some(Ty::Float | Ty::Int));
                let mut method = 0;
                if matches!(f, N::Percentile | N::Quantile) {
                    if !matches!(ts.get(1), Some(Ty::Float | Ty::Int | Ty::NpFloat | Ty::NpInt)) && !q_array {
                        let what = ts.get(1).map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            span_of(1),
                            format!(
                                "`q` of numpy.{shown}() must be a number or a 1-D float64/int64 array here, not {what}"
                            ),
                        ));
                        return Ty::Unknown;
                    }
                    let Some(m) = quantile_call_method(shown, args, ts.get(1)) else {
                        self.error(Diagnostic::new(
                            span_of(5),
                            format!(
                                "`method` of numpy.{shown}() must be a literal, one of numpy's: {}",
                                QUANTILE_METHODS.join(", ")
                            ),
                        ));
                        return Ty::Unknown;
                    };
                    method = m;
                    if e == Elem::Float32 && !weak && !q_array {
                        self.error(Diagnostic::new(
                            span_of(1),
                            format!(
                                "`q` of numpy.{shown}() of a float32 array must be a Python number or a 1-D array here \
                                 (at a numpy scalar numpy's result type depends on NaN in the data)"
                            ),
                        ));
                        return Ty::Unknown;
                    }
                }
                // float32: `median` computed in float32 (`runtime/src/numpy/quantile_f32.rs`)
                if e == Elem::Float32 && f == N::Median && !nan {
                    let Some(axis) = self.axis_arg(args, ts, ax, shown) else { return Ty::Unknown };
                    return if axis && n > 1 { Ty::Array(Elem::Float32, n - 1) } else { Elem::Float32.scalar() };
                }
                let f32_quantile = e == Elem::Float32 && matches!(f, N::Percentile | N::Quantile);
                if !matches!(e, Elem::Float64 | Elem::Int64) && !f32_quantile {
                    let also = if e == Elem::Float32 { "; float32: median, quantile and percentile" } else { "" };
                    self.error(Diagnostic::new(
                        span_of(0),
                        format!("numpy.{shown}() of a {} array is not supported yet (float64, int64{also})", e.name()),
                    ));
                    return Ty::Unknown;
                }
                let Some(axis) = self.axis_arg(args, ts, ax, shown) else { return Ty::Unknown };
                // the discrete methods take an element of the array, in its type
                let discrete = matches!(f, N::Percentile | N::Quantile) && quantile_method_discrete(method);
                if nan && discrete && e == Elem::Int64 {
                    self.error(Diagnostic::new(
                        span_of(5),
                        format!("numpy.{shown}() of an int array by a discrete method is not supported (numpy.{f}() gives the same, an int array has no NaN)"),
                    ));
                    return Ty::Unknown;
                }
                let out = if f == N::Ptp || discrete {
                    e
                } else if e == Elem::Float32 && weak {
                    Elem::Float32
                } else {
                    Elem::Float64
                };
                if q_array && matches!(f, N::Percentile | N::Quantile) {
                    return Ty::Array(out, if axis { n } else { 1 });
                }
                if axis && n > 1 {
                    Ty::Array(out, n - 1)
                } else {
                    out.scalar()
                }
            }
            N::ArrayEqual => {
                let (Some((e1, _)), Some((e2, _))) = (arr(self, 0), arr(self, 1)) else { return Ty::Unknown };
                if e1 == Elem::UInt64 || e2 == Elem::UInt64 {
                    self.error(Diagnostic::new(at, "numpy.array_equal() of uint64 arrays is not supported yet"));
                    return Ty::Unknown;
                }
                if !matches!(ts.get(2), None | Some(Ty::Bool | Ty::None)) {
                    self.error(Diagnostic::new(span_of(2), "`equal_nan` of numpy.array_equal() must be a bool"));
                    return Ty::Unknown;
                }
                Ty::Bool
            }
            N::NanToNum => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                if !matches!(args.get(1).map(|a| &a.kind), None | Some(ExprKind::Default) | Some(ExprKind::Bool(true)))
                {
                    self.error(Diagnostic::new(
                        span_of(1),
                        "`copy` of numpy.nan_to_num() must be True here (copy=False writes into the array and returns it)",
                    ));
                    return Ty::Unknown;
                }
                for (k, name) in [(2, "nan"), (3, "posinf"), (4, "neginf")] {
                    if !matches!(
                        ts.get(k),
                        None | Some(Ty::None | Ty::Float | Ty::Int | Ty::NpFloat | Ty::NpInt | Ty::Bool)
                    ) {
                        self.error(Diagnostic::new(
                            span_of(k),
                            format!("`{name}` of numpy.nan_to_num() must be a real number or None here"),
                        ));
                        return Ty::Unknown;
                    }
                }
                Ty::Array(e, n)
            }
            N::Flatnonzero | N::Argwhere => {
                let Some((e, n)) = arr(self, 0) else { return Ty::Unknown };
                if e == Elem::UInt64 || (f == N::Argwhere && n == 0) {
                    self.error(Diagnostic::new(span_of(0), format!("numpy.{f}() of this array is not supported")));
                    return Ty::Unknown;
                }
                Ty::Array(Elem::Int64, if f == N::Argwhere { 2 } else { 1 })
            }
            N::Isin | N::Intersect1d | N::Union1d | N::Setdiff1d => {
                let (Some((e, n)), Some((e2, _))) = (arr(self, 0), arr(self, 1)) else { return Ty::Unknown };
                if e != e2 || !matches!(e, Elem::Float64 | Elem::Int64 | Elem::Bool) {
                    self.error(Diagnostic::new(
                        at,
                        format!(
                            "numpy.{f}() of {} and {} arrays is not supported (two float64, int64 or bool arrays)",
                            e.name(),
                            e2.name()
                        ),
                    ));
                    return Ty::Unknown;
                }
                let flags: &[usize] = match f {
                    N::Isin => &[2, 3],
                    N::Union1d => &[],
                    _ => &[2],
                };
                for &k in flags {
                    if !matches!(args.get(k).map(|a| &a.kind), None | Some(ExprKind::Default) | Some(ExprKind::Bool(_)))
                    {
                        self.error(Diagnostic::new(
                            span_of(k),
                            format!("this flag of numpy.{f}() must be a True or False literal"),
                        ));
                        return Ty::Unknown;
                    }
                }
                if !self.absent(
                    args,
                    ts,
                    if f == N::Isin {
                        &[4]
                    } else if f == N::Intersect1d {
                        &[3]
                    } else {
                        &[]
                    },
                    f,
                ) {
                    return Ty::Unknown;
                }
                if f == N::Isin {
                    Ty::Array(Elem::Bool, n)
                } else {
                    Ty::Array(e, 1)
                }
            }
            // `np.lexsort((k0, k1, ...))`: 1-D keys of one element type (compared as they are)
            N::Lexsort => {
                let keys = match ts.first() {
                    Some(Ty::Tuple(items)) if !items.is_empty() => items.clone(),
                    other => {
                        let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            span_of(0),
                            format!("numpy.lexsort() needs a tuple of 1-D arrays here, not {what}"),
                        ));
                        return Ty::Unknown;
                    }
                };
                let first = keys[0].clone();
                let ok = matches!(first, Ty::Array(Elem::Float64 | Elem::Int64 | Elem::Bool, 1))
                    && keys.iter().all(|k| *k == first);
                if !ok {
                    self.error(Diagnostic::new(span_of(0), "numpy.lexsort() of keys that are not 1-D float64, int64 or bool arrays of one type is not supported"));
                    return Ty::Unknown;
                }
                if !self.absent(args, ts, &[1], f) {
                    return Ty::Unknown;
                }
                Ty::Array(Elem::Int64, 1)
            }
            N::Digitize => {
                let (Some((e, n)), Some((b, bn))) = (arr(self, 0), arr(self, 1)) else { return Ty::Unknown };
                if e != Elem::Float64 || b != Elem::Float64 || bn != 1 {
                    self.error(Diagnostic::new(at, "numpy.digitize() needs a float64 array and 1-D float64 bins here"));
                    return Ty::Unknown;
                }
                if !matches!(ts.get(2), None | Some(Ty::None | Ty::Bool)) {
                    self.error(Diagnostic::new(span_of(2), "`right` of numpy.digitize() must be a bool"));
                    return Ty::Unknown;
                }
                Ty::Array(Elem::Int64, n)
            }
            N::Nonzero => match arr(self, 0) {
                Some((_, n)) => Ty::Tuple(vec![Ty::Array(Elem::Int64, 1); n]),
                None => Ty::Unknown,
            },
            N::CountNonzero => {
                let Some((_, n)) = arr(self, 0) else { return Ty::Unknown };
                let Some(axis) = self.axis_arg(args, ts, 1, f) else { return Ty::Unknown };
                match (axis, n) {
                    // numpy 2 gives an int64 scalar
                    (false, _) => Ty::NpInt,
                    (true, 1) => Ty::NpInt,
                    (true, n) => Ty::Array(Elem::Int64, n - 1),
                }
            }
            _ => {
                self.error(Diagnostic::new(at, format!("numpy.{f}() is not supported yet")));
                Ty::Unknown
            }
        }
    }

    /// `kind=` of `sort`/`argsort` (a literal numpy knows: numpy's choice of algorithm, which
    /// decides where ties go) and no `order=` (structured arrays); `ts` starts with the array,
    /// `args` may not (a method's).
    fn sort_kind(&mut self, f: N, args: &[ir::Expr], ts: &[Ty], at: Span) -> bool {
        if !matches!(ts.get(3), None | Some(Ty::None)) {
            self.error(Diagnostic::new(at, format!("`order=` of numpy.{f}() (structured arrays) is not supported")));
            return false;
        }
        match ts.get(2) {
            None | Some(Ty::None) => true,
            Some(Ty::Str) => {
                let lit = args.iter().find_map(|a| match &a.kind {
                    ExprKind::Str(s) => Some((s.as_str(), a.span)),
                    _ => None,
                });
                match lit {
                    Some(("quicksort" | "mergesort" | "heapsort" | "stable", _)) => true,
                    Some((other, sp)) => {
                        self.error(Diagnostic::new(
                            sp,
                            format!("`kind={other:?}` of numpy.{f}(): numpy knows 'quicksort', 'mergesort', 'heapsort' and 'stable'"),
                        ));
                        false
                    }
                    None => {
                        self.error(Diagnostic::new(at, format!("`kind=` of numpy.{f}() must be a string literal")));
                        false
                    }
                }
            }
            Some(t) => {
                self.error(Diagnostic::new(at, format!("`kind=` of numpy.{f}() must be a string, not {t}")));
                false
            }
        }
    }

    /// `a.method(args)` on an array.
    pub(super) fn array_method(
        &mut self,
        el: Elem,
        n: usize,
        method: Method,
        args: &[ir::Expr],
        ts: &[Ty],
        at: Span,
    ) -> Ty {
        // the methods named after a numpy function follow its rule
        let as_fn = |m: Method| m.numpy_fn().expect("an array method named after its numpy function");
        match method {
            Method::Sum
            | Method::Prod
            | Method::Mean
            | Method::Min
            | Method::Max
            | Method::Any
            | Method::All
            | Method::Argmin
            | Method::Argmax
            | Method::Std
            | Method::Var
            | Method::Cumsum
            | Method::Cumprod => self.reduction_call(as_fn(method), el, n, args, ts, 0, at),
            Method::Copy if ts.is_empty() => Ty::Array(el, n),
            Method::Fill if ts.len() == 1 => {
                self.check_store(el, &ts[0], args[0].span);
                Ty::None
            }
            Method::Astype if ts.len() == 1 => match &ts[0] {
                Ty::DType(e) => Ty::Array(*e, n),
                other => {
                    self.error(Diagnostic::new(args[0].span, format!("expected a dtype, got {other}")));
                    Ty::Unknown
                }
            },
            Method::Conj | Method::Conjugate if ts.is_empty() => Ty::Array(el, n),
            Method::Reshape | Method::Transpose if ts.len() > 1 => {
                if !ts.iter().all(is_int_like) {
                    self.error(Diagnostic::new(at, format!("`{method}` needs ints")));
                    return Ty::Unknown;
                }
                let t = Ty::Tuple(ts.to_vec());
                self.shape_fn(as_fn(method), args, &[Ty::Array(el, n), t], at)
            }
            Method::Reshape
            | Method::Transpose
            | Method::Ravel
            | Method::Flatten
            | Method::Sort
            | Method::Argsort
            | Method::Nonzero
            | Method::Trace
            | Method::Dot
            | Method::Clip
            | Method::Round => {
                let mut all = vec![Ty::Array(el, n)];
                all.extend(ts.iter().cloned());
                match method {
                    Method::Flatten => Ty::Array(el, 1),
                    Method::Clip | Method::Round => {
                        if ts.iter().any(|t| matches!(t, Ty::Array(..))) {
                            self.error(Diagnostic::new(
                                at,
                                format!("`a.{method}()` with array arguments is not supported: use numpy.{method}()"),
                            ));
                            return Ty::Unknown;
                        }
                        self.numpy_call(as_fn(method), args, &all, at).unwrap_or(Ty::Unknown)
                    }
                    Method::Sort => {
                        let t = self.shape_fn(N::Sort, args, &all, at);
                        if t == Ty::Unknown {
                            t
                        } else {
                            Ty::None
                        }
                    }
                    m => self.shape_fn(as_fn(m), args, &all, at),
                }
            }
            // `a.partition(kth)` in place (None) and `a.argpartition(kth)`: numpy's functions'
            // rules, the receiver in first place (a stand-in expression: the rule reads only
            // the arguments' types and the literal `axis=None`/`kind=`)
            Method::Partition | Method::Argpartition => {
                let f = if method == Method::Partition { N::Partition } else { N::Argpartition };
                if method == Method::Partition && matches!(args.get(1).map(|a| &a.kind), Some(ExprKind::None)) {
                    self.error(Diagnostic::new(
                        args[1].span,
                        "`a.partition(kth, axis=None)` raises TypeError in numpy: give an int axis",
                    ));
                    return Ty::Unknown;
                }
                let mut all_args = vec![ir::Expr { id: ir::ExprId(u32::MAX), span: at, kind: ExprKind::None }];
                all_args.extend(args.iter().cloned());
                let mut all = vec![Ty::Array(el, n)];
                all.extend(ts.iter().cloned());
                let t = self.select_fn(f, &all_args, &all, at);
                match t {
                    Ty::Unknown => t,
                    _ if method == Method::Partition => Ty::None,
                    _ => t,
                }
            }
            Method::Tolist if ts.is_empty() => (0..n).fold(el.scalar().base(), |t, _| Ty::List(Box::new(t))),
            Method::Item if ts.len() <= 1 && ts.iter().all(is_int_like) => el.scalar().base(),
            _ => {
                self.error(Diagnostic::new(
                    at,
                    format!("array method `{method}` (with these arguments) is not supported yet"),
                ));
                Ty::Unknown
            }
        }
    }

    /// `numpy.random`'s legacy functions: scalar parameters; without `size` a Python float
    /// (continuous) or int (discrete), as `RandomState` returns them; with `size` an array.
    fn random_call(&mut self, f: N, args: &[ir::Expr], ts: &[Ty], at: Span) -> Ty {
        let span_of = |k: usize| args.get(k).map(|a| a.span).unwrap_or(at);
        let given = |k: usize| !matches!(ts.get(k), None | Some(Ty::None));
        let params = f.params().unwrap_or(&[]);
        if ts.len() > params.len() && !matches!(f, N::RandomRand | N::RandomRandn) {
            self.error(Diagnostic::new(
                at,
                format!("numpy.{f}() takes at most {} arguments, {} given", params.len(), ts.len()),
            ));
            return Ty::Unknown;
        }
        // the real parameters before `size`
        let check_real = |cx: &mut Self, ks: std::ops::Range<usize>, int: bool| -> bool {
            for k in ks {
                match ts.get(k) {
                    None | Some(Ty::None) => {}
                    Some(t) if int && is_int_like(t) => {}
                    Some(t) if !int && (is_real(t) || t.is_num()) => {}
                    Some(Ty::Array(..)) => {
                        cx.error(Diagnostic::new(
                            span_of(k),
                            format!("array parameters of numpy.{f}() are not supported yet (numbers are)"),
                        ));
                        return false;
                    }
                    Some(t) => {
                        let what = if int { "an int" } else { "a real number" };
                        cx.error(Diagnostic::new(
                            span_of(k),
                            format!("`{}` of numpy.{f}() must be {what}, not {t}", params[k]),
                        ));
                        return false;
                    }
                }
            }
            true
        };
        // `size=`: absent or None gives a scalar, else an array of that many dimensions
        let sized = |cx: &mut Self, k: usize, el: Elem, scalar: Ty| -> Ty {
            if !given(k) {
                return scalar;
            }
            match cx.shape_ndim(&ts[k], span_of(k)) {
                Some(n) if n <= 4 => Ty::Array(el, n),
                Some(_) => {
                    cx.error(Diagnostic::new(at, "arrays of more than 4 dimensions are not supported"));
                    Ty::Unknown
                }
                None => Ty::Unknown,
            }
        };
        match f {
            N::RandomSeed => {
                if !given(0) || !is_int_like(&ts[0]) {
                    self.error(Diagnostic::new(
                        at,
                        "numpy.random.seed() in compiled code needs an int seed (seeding from the OS or an array is not supported)",
                    ));
                    return Ty::Unknown;
                }
                Ty::None
            }
            N::RandomRand | N::RandomRandn => {
                if ts.len() > 4 {
                    self.error(Diagnostic::new(at, "arrays of more than 4 dimensions are not supported"));
                    return Ty::Unknown;
                }
                if !check_real(self, 0..ts.len(), true) {
                    return Ty::Unknown;
                }
                if ts.is_empty() {
                    Ty::Float
                } else {
                    Ty::Array(Elem::Float64, ts.len())
                }
            }
            N::RandomRandom
            | N::RandomRandomSample
            | N::RandomRanf
            | N::RandomSample
            | N::RandomStandardNormal
            | N::RandomStandardExponential
            | N::RandomStandardCauchy => sized(self, 0, Elem::Float64, Ty::Float),
            N::RandomUniform
            | N::RandomNormal
            | N::RandomGamma
            | N::RandomStandardGamma
            | N::RandomBeta
            | N::RandomExponential
            | N::RandomLognormal
            | N::RandomChisquare
            | N::RandomLaplace
            | N::RandomLogistic
            | N::RandomGumbel
            | N::RandomRayleigh => {
                let k = params.len() - 1;
                let required = usize::from(matches!(f, N::RandomStandardGamma | N::RandomChisquare))
                    + 2 * usize::from(f == N::RandomBeta)
                    + usize::from(f == N::RandomGamma);
                if (0..required).any(|k| !given(k)) {
                    self.error(Diagnostic::new(at, format!("numpy.{f}() needs `{}`", params[..required].join("`, `"))));
                    return Ty::Unknown;
                }
                match self.legacy_array_params(f, args, ts, 0..k, &[], k, Elem::Float64, at) {
                    None => return Ty::Unknown,
                    Some(Some(t)) => return t,
                    Some(None) => {}
                }
                if !check_real(self, 0..k, false) {
                    return Ty::Unknown;
                }
                sized(self, k, Elem::Float64, Ty::Float)
            }
            N::RandomPoisson | N::RandomGeometric => {
                if f == N::RandomGeometric && !given(0) {
                    self.error(Diagnostic::new(at, "numpy.random.geometric() needs `p`"));
                    return Ty::Unknown;
                }
                match self.legacy_array_params(f, args, ts, 0..1, &[], 1, Elem::Int64, at) {
                    None => return Ty::Unknown,
                    Some(Some(t)) => return t,
                    Some(None) => {}
                }
                if !check_real(self, 0..1, false) {
                    return Ty::Unknown;
                }
                sized(self, 1, Elem::Int64, Ty::Int)
            }
            N::RandomBinomial => {
                if !given(0) || !given(1) {
                    self.error(Diagnostic::new(at, "numpy.random.binomial() needs `n` and `p`"));
                    return Ty::Unknown;
                }
                match self.legacy_array_params(f, args, ts, 0..2, &[0], 2, Elem::Int64, at) {
                    None => return Ty::Unknown,
                    Some(Some(t)) => return t,
                    Some(None) => {}
                }
                if !check_real(self, 0..1, true) || !check_real(self, 1..2, false) {
                    return Ty::Unknown;
                }
                sized(self, 2, Elem::Int64, Ty::Int)
            }
            N::RandomRandint => {
                if !given(0) {
                    self.error(Diagnostic::new(at, "numpy.random.randint() needs `low`"));
                    return Ty::Unknown;
                }
                if !check_real(self, 0..2, true) || !self.absent(args, ts, &[3], f) {
                    return Ty::Unknown;
                }
                sized(self, 2, Elem::Int64, Ty::Int)
            }
            N::RandomChoice => {
                // `p`: a 1-D array or a list of real numbers (`infer/numpy_random.rs`)
                if given(3) && crate::infer::numpy_random::param_ndim(&ts[3], false) != Some(Ok(1)) {
                    self.error(Diagnostic::new(
                        span_of(3),
                        format!(
                            "`p` of numpy.random.choice() must be a 1-D array or a list of real numbers, not {}",
                            ts[3]
                        ),
                    ));
                    return Ty::Unknown;
                }
                if given(2) && !is_int_like(&ts[2]) {
                    self.error(Diagnostic::new(span_of(2), "`replace` of numpy.random.choice() must be a bool"));
                    return Ty::Unknown;
                }
                match ts.first() {
                    Some(t) if is_int_like(t) => sized(self, 1, Elem::Int64, Ty::Int),
                    Some(Ty::Array(e, 1)) => {
                        let e = *e;
                        sized(self, 1, e, e.scalar())
                    }
                    other => {
                        let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                        self.error(Diagnostic::new(
                            span_of(0),
                            format!("numpy.random.choice() needs an int or a 1-D array, not {what}"),
                        ));
                        Ty::Unknown
                    }
                }
            }
            N::RandomShuffle | N::RandomPermutation => match ts.first() {
                Some(Ty::Array(e, n)) if *n >= 1 => {
                    if f == N::RandomShuffle {
                        Ty::None
                    } else {
                        Ty::Array(*e, *n)
                    }
                }
                Some(t) if f == N::RandomPermutation && is_int_like(t) => Ty::Array(Elem::Int64, 1),
                other => {
                    let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                    self.error(Diagnostic::new(span_of(0), format!("numpy.{f}() needs an array, not {what}")));
                    Ty::Unknown
                }
            },
            N::RandomDefaultRng => {
                if given(0) && !is_int_like(&ts[0]) {
                    self.error(Diagnostic::new(
                        span_of(0),
                        format!("numpy.random.default_rng() in compiled code needs an int seed or None, not {}", ts[0]),
                    ));
                    return Ty::Unknown;
                }
                Ty::Generator
            }
            _ => unreachable!("random_call is called for numpy.random rows"),
        }
    }

    /// The methods of a `numpy.random.Generator`: scalar parameters (numbers); without `size`
    /// a Python float or int as numpy returns them (`integers`: a numpy.int64), with `size` an
    /// array of float64 or int64.
    pub(super) fn generator_method(&mut self, m: Method, args: &[ir::Expr], ts: &[Ty], at: Span) -> Ty {
        let span_of = |k: usize| args.get(k).map(|a| a.span).unwrap_or(at);
        let given = |k: usize| !matches!(ts.get(k), None | Some(Ty::None));
        let params = m.params().unwrap_or(&[]);
        if !matches!(
            m,
            Method::Random
                | Method::Normal
                | Method::StandardNormal
                | Method::Integers
                | Method::Uniform
                | Method::Gamma
                | Method::StandardGamma
                | Method::Exponential
                | Method::StandardExponential
                | Method::Poisson
                | Method::Binomial
                | Method::Choice
                | Method::Shuffle
                | Method::Permutation
        ) {
            self.error(Diagnostic::new(at, format!("method `{m}` of numpy.random.Generator is not supported yet")));
            return Ty::Unknown;
        }
        if ts.len() > params.len() {
            self.error(Diagnostic::new(
                at,
                format!("Generator.{m}() takes at most {} arguments, {} given", params.len(), ts.len()),
            ));
            return Ty::Unknown;
        }
        // arguments pyrs does not take yet (`out=`, `p=`, `axis=`, other dtypes)
        for (k, p) in params.iter().enumerate() {
            let ok = match (*p, ts.get(k)) {
                (_, None | Some(Ty::None)) => true,
                ("out", Some(Ty::Array(Elem::Float64, _)))
                    if matches!(m, Method::Random | Method::StandardNormal | Method::StandardExponential) =>
                {
                    true
                }
                ("out" | "axis" | "method", _) => false,
                ("p", Some(Ty::Array(e, 1))) if m == Method::Choice => e.kind() != Kind::Complex,
                ("p", Some(Ty::List(t))) if m == Method::Choice => matches!(**t, Ty::Int | Ty::Float),
                ("p", _) if m == Method::Choice => false,
                ("dtype", Some(Ty::DType(e))) if m == Method::Integers => matches!(
                    e,
                    Elem::Int64 | Elem::Int32 | Elem::Int16 | Elem::Int8 | Elem::UInt32 | Elem::UInt16 | Elem::UInt8
                ),
                ("dtype", Some(Ty::DType(e))) => *e == Elem::Float64,
                ("dtype", _) => false,
                ("endpoint" | "replace" | "shuffle", Some(t)) => is_int_like(t),
                _ => true,
            };
            if !ok {
                self.error(Diagnostic::new(
                    span_of(k),
                    format!("this argument (`{p}`) of Generator.{m}() is not supported yet"),
                ));
                return Ty::Unknown;
            }
        }
        let numbers = |cx: &mut Self, ks: std::ops::Range<usize>, int: bool| -> bool {
            for k in ks {
                match ts.get(k) {
                    None | Some(Ty::None) => {}
                    Some(t) if int && is_int_like(t) => {}
                    Some(t) if !int && (is_real(t) || t.is_num()) => {}
                    Some(t) => {
                        let what = if int { "an int" } else { "a real number" };
                        let arrays =
                            if matches!(t, Ty::Array(..)) { " (array parameters are not supported yet)" } else { "" };
                        cx.error(Diagnostic::new(
                            span_of(k),
                            format!("`{}` of Generator.{m}() must be {what}, not {t}{arrays}", params[k]),
                        ));
                        return false;
                    }
                }
            }
            true
        };
        let required = |cx: &mut Self, n: usize| -> bool {
            if (0..n).any(|k| !given(k)) {
                cx.error(Diagnostic::new(at, format!("Generator.{m}() needs `{}`", params[..n].join("`, `"))));
                return false;
            }
            true
        };
        let sized = |cx: &mut Self, k: usize, el: Elem, scalar: Ty| -> Ty {
            if !given(k) {
                return scalar;
            }
            match cx.shape_ndim(&ts[k], span_of(k)) {
                Some(n) if n <= 4 => Ty::Array(el, n),
                Some(_) => {
                    cx.error(Diagnostic::new(at, "arrays of more than 4 dimensions are not supported"));
                    Ty::Unknown
                }
                None => Ty::Unknown,
            }
        };
        match m {
            Method::Random | Method::StandardNormal | Method::StandardExponential => {
                // `out=`: filled in its memory order and returned
                let out = params.iter().position(|p| *p == "out").and_then(|k| ts.get(k));
                match out {
                    Some(t @ Ty::Array(..)) => t.clone(),
                    _ => sized(self, 0, Elem::Float64, Ty::Float),
                }
            }
            Method::Normal
            | Method::Uniform
            | Method::Gamma
            | Method::StandardGamma
            | Method::Exponential
            | Method::Poisson => {
                let k = if matches!(m, Method::Normal | Method::Uniform | Method::Gamma) { 2 } else { 1 };
                let need = usize::from(matches!(m, Method::Gamma | Method::StandardGamma));
                let el = if m == Method::Poisson { Elem::Int64 } else { Elem::Float64 };
                // parameters given as arrays (or lists) of real numbers: numpy broadcasts them
                // together (and to `size`), one draw per element
                let dims = (0..k)
                    .map(|j| match ts.get(j) {
                        Some(Ty::Array(e, n)) if e.kind() != Kind::Complex => Some(*n),
                        Some(Ty::List(t)) if matches!(**t, Ty::Int | Ty::Float) => Some(1),
                        _ => None,
                    })
                    .max()
                    .flatten();
                let scalars: Vec<usize> =
                    (0..k).filter(|j| !matches!(ts.get(*j), Some(Ty::Array(..) | Ty::List(_)))).collect();
                if !required(self, need) || !scalars.iter().all(|&j| numbers(self, j..j + 1, false)) {
                    return Ty::Unknown;
                }
                match dims {
                    None => sized(self, k, el, el.scalar().base()),
                    Some(n) => match sized(self, k, el, Ty::Array(el, n)) {
                        Ty::Array(_, sn) if given(k) && sn < n => {
                            self.error(Diagnostic::new(
                                span_of(k),
                                format!("`size` of Generator.{m}() has fewer dimensions than its parameters ({n}): numpy raises ValueError"),
                            ));
                            Ty::Unknown
                        }
                        t => t,
                    },
                }
            }
            Method::Binomial => {
                if !required(self, 2) || !numbers(self, 0..1, true) || !numbers(self, 1..2, false) {
                    return Ty::Unknown;
                }
                sized(self, 2, Elem::Int64, Ty::Int)
            }
            Method::Integers => {
                if !required(self, 1) || !numbers(self, 0..2, true) {
                    return Ty::Unknown;
                }
                match ts.get(3) {
                    Some(Ty::DType(e)) if *e != Elem::Int64 => sized(self, 2, *e, Ty::NpSized(*e)),
                    _ => sized(self, 2, Elem::Int64, Ty::NpInt),
                }
            }
            Method::Choice => match ts.first() {
                Some(t) if is_int_like(t) => sized(self, 1, Elem::Int64, Ty::Int),
                Some(Ty::Array(e, 1)) => {
                    let e = *e;
                    sized(self, 1, e, e.scalar())
                }
                other => {
                    let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                    self.error(Diagnostic::new(
                        span_of(0),
                        format!("Generator.choice() needs an int or a 1-D array, not {what}"),
                    ));
                    Ty::Unknown
                }
            },
            _ => match ts.first() {
                Some(Ty::Array(e, n)) if *n >= 1 => {
                    if m == Method::Shuffle {
                        Ty::None
                    } else {
                        Ty::Array(*e, *n)
                    }
                }
                Some(t) if m == Method::Permutation && is_int_like(t) => Ty::Array(Elem::Int64, 1),
                other => {
                    let what = other.map(|t| t.to_string()).unwrap_or_else(|| "nothing".into());
                    self.error(Diagnostic::new(span_of(0), format!("Generator.{m}() needs an array, not {what}")));
                    Ty::Unknown
                }
            },
        }
    }
}

/// The subscripts of `np.einsum(spec, ...)` for operands of `ndims` dimensions: each operand's
/// labels and the output's (given after `->`, else numpy's implicit output: the labels used
/// once, in alphabetical order). One or two operands, letters only (no `...`), at most four
/// output dimensions.
pub fn einsum_spec(spec: &str, ndims: &[usize]) -> Result<(Vec<String>, String), String> {
    let spec: String = spec.chars().filter(|c| !c.is_whitespace()).collect();
    let (ins, out) = match spec.split_once("->") {
        Some((i, o)) => (i.to_string(), Some(o.to_string())),
        None => (spec.clone(), None),
    };
    if spec.contains('.') {
        return Err("subscripts with `...` are not supported yet".into());
    }
    let terms: Vec<String> = ins.split(',').map(str::to_string).collect();
    if terms.len() != ndims.len() || !(1..=2).contains(&terms.len()) {
        return Err(format!(
            "{} subscript terms for {} operands (one or two operands are supported; numpy raises ValueError when they differ)",
            terms.len(),
            ndims.len()
        ));
    }
    let letters = |s: &str| s.chars().all(|c| c.is_ascii_alphabetic());
    for (t, &n) in terms.iter().zip(ndims) {
        if !letters(t) {
            return Err(format!("`{t}` is not a term of letters"));
        }
        if t.len() != n {
            return Err(format!(
                "the term `{t}` names {} axes of an array of {n} dimensions (numpy raises ValueError)",
                t.len()
            ));
        }
    }
    let out = match out {
        Some(o) => {
            if !letters(&o) {
                return Err(format!("`{o}` is not an output of letters"));
            }
            for (k, c) in o.char_indices() {
                if o[..k].contains(c) {
                    return Err(format!("the output names `{c}` twice (numpy raises ValueError)"));
                }
                if !terms.iter().any(|t| t.contains(c)) {
                    return Err(format!("the output's `{c}` is in no input (numpy raises ValueError)"));
                }
            }
            o
        }
        None => {
            let all: String = terms.concat();
            let mut once: Vec<char> = all.chars().filter(|&c| all.matches(c).count() == 1).collect();
            once.sort_unstable();
            once.into_iter().collect()
        }
    };
    if out.len() > 4 {
        return Err("arrays of more than 4 dimensions are not supported".into());
    }
    Ok((terms, out))
}
