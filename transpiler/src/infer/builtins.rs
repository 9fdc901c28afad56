//! Typing of Python's builtins over strings and containers (`str`, `sorted`, `enumerate`,
//! `zip`, `sum`, ...) and of the methods of `str`, `list`, `dict` and `set`.

use super::{formattable, is_int_like, is_real, FnCx};
use crate::diag::Diagnostic;
use crate::ir::{self, ExprKind};
use crate::library::{Builtin as B, Intrinsic, Method};
use crate::source::Span;
use crate::types::Ty;

/// Whether values of this type can be ordered by `<` (sorting, `min`, `max`).
fn orderable(t: &Ty) -> bool {
    is_real(t)
        || t.is_num()
        || *t == Ty::Str
        || matches!(t, Ty::Tuple(ts) if ts.iter().all(orderable))
        || matches!(t, Ty::VarTuple(x) | Ty::List(x) if orderable(x))
}

/// The right side of `lst += x` that extends the list with its items (a list joins by `+`).
pub(crate) fn list_extends_with(t: &Ty) -> bool {
    matches!(
        t,
        Ty::Iter(_)
            | Ty::Flat(..)
            | Ty::Gen(_)
            | Ty::VarTuple(_)
            | Ty::Set(_)
            | Ty::Str
            | Ty::Dict(..)
            | Ty::Array(_, 1)
    ) || matches!(t, Ty::Tuple(items) if !items.is_empty() && Ty::items_join(items).is_some())
}

impl FnCx<'_, '_> {
    /// Builtins over strings and iterables; `None` for those typed elsewhere.
    pub(super) fn builtin_more(&mut self, b: B, args: &[ir::Expr], ts: &[Ty], at: Span) -> Option<Ty> {
        let iterable = |t: &Ty| {
            matches!(
                t,
                Ty::List(_)
                    | Ty::VarTuple(_)
                    | Ty::Set(_)
                    | Ty::Dict(..)
                    | Ty::Iter(_)
                    | Ty::Flat(..)
                    | Ty::Gen(_)
                    | Ty::Str
                    | Ty::Array(..)
                    | Ty::File
                    | Ty::Range
            ) || matches!(t, Ty::Tuple(items) if items.is_empty() || Ty::items_join(items).is_some())
        };
        if let Some(t) = self.generator_builtin(b, args, ts, at) {
            return Some(t);
        }
        let err = |cx: &mut Self, msg: String| {
            cx.error(Diagnostic::new(at, msg));
            Some(Ty::Unknown)
        };
        Some(match (b, ts) {
            (B::Print, [sep, end, values @ ..]) => {
                if *sep != Ty::Str || *end != Ty::Str {
                    return err(self, "print(): `sep` and `end` must be strings".into());
                }
                for (t, a) in values.iter().zip(&args[2..]) {
                    // (an array: numpy's own text, see `rt::py::nptext`)
                    if !formattable(t) && !matches!(t, Ty::Array(..)) {
                        self.error(Diagnostic::new(a.span, format!("printing a {t} is not supported")));
                    }
                }
                Ty::None
            }
            (B::Str | B::Repr, []) if b == B::Str => Ty::Str,
            (B::Str | B::Repr, [t]) => {
                if !formattable(t) && !matches!(t, Ty::Array(..)) {
                    return err(self, format!("{b}() of a {t} is not supported"));
                }
                Ty::Str
            }
            (B::Format, [t]) | (B::Format, [t, Ty::Str]) => {
                if !formattable(t) {
                    return err(self, format!("format() of a {t} is not supported"));
                }
                if ts.len() == 2 && !matches!(args[1].kind, ExprKind::Str(_)) {
                    return err(self, "format(): the format spec must be a string literal".into());
                }
                Ty::Str
            }
            (B::Hex | B::Oct | B::Bin, [t]) if is_int_like(t) => Ty::Str,
            (B::Ord, [Ty::Str]) => Ty::Int,
            (B::Chr, [t]) if is_int_like(t) => Ty::Str,
            (B::Int, [Ty::Str]) | (B::Int, [Ty::Str, Ty::Int]) => Ty::Int,
            (B::Int, [Ty::Str, Ty::None]) => Ty::Int,
            (B::Int, [_, t]) if *t != Ty::None => return err(self, "int() with a base needs a str".into()),
            (B::Float, [Ty::Str]) => Ty::Float,
            // `isinstance(x, T)`, `type(x) is T`: decided by the type, or when the code runs
            (B::Isinstance | B::TypeIs, [_, ..]) => Ty::Bool,
            (B::TypeName, [t]) => {
                if crate::types::type_name_known(t) {
                    Ty::Str
                } else {
                    return err(self, format!("type(x).__name__ of a {t} is not supported"));
                }
            }
            // a str or a number: parsed or converted, whichever it is when the code runs
            (B::Int, [Ty::StrNum]) => Ty::Int,
            (B::Float, [Ty::StrNum]) => Ty::Float,
            (B::Len, [Ty::StrNum]) => Ty::Int,
            (B::Len, [Ty::Str | Ty::Dict(..) | Ty::Set(_)]) => Ty::Int,
            (B::Len, [Ty::Iter(_)])
                if matches!(args[0].kind, ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Range), _)) =>
            {
                Ty::Int
            }
            (B::Len, [Ty::Range]) => Ty::Int,
            (B::RangeObject, _) => {
                if ts.is_empty() || ts.len() > 3 || !ts.iter().all(is_int_like) {
                    return err(self, "range() takes 1 to 3 int arguments".into());
                }
                Ty::Range
            }
            (B::Range, _) => {
                if ts.is_empty() || ts.len() > 3 || !ts.iter().all(is_int_like) {
                    return err(self, "range() takes 1 to 3 int arguments".into());
                }
                Ty::Iter(Box::new(Ty::Int))
            }
            (B::Sum, [t, rest @ ..]) if iterable(t) => {
                let el = self.iter_elem(t, at);
                let start = rest.first().filter(|s| **s != Ty::None).cloned().unwrap_or(Ty::Int);
                let number = |t: &Ty| t.is_numeric() || matches!(t, Ty::Num | Ty::NumC);
                if !number(&el) && el != Ty::Unknown || !number(&start) {
                    return err(self, format!("sum() of a {t} is not supported (numbers only)"));
                }
                // start + items: Python's promotion (a float item after an int start makes a
                // float, so the type of an int start and float items depends on whether there are
                // items); a numpy scalar stays one
                match (start.base(), el.base()) {
                    (Ty::Bool | Ty::Int, Ty::Bool | Ty::Int) if !el.is_np() && !start.is_np() => Ty::Int,
                    (Ty::Float, Ty::Bool | Ty::Int | Ty::Float | Ty::Num) if !el.is_np() => Ty::Float,
                    (Ty::Bool | Ty::Int | Ty::Num, Ty::Float | Ty::Num) if !el.is_np() => Ty::Num,
                    // complex items from a real start: the start itself if there are none
                    (s, Ty::Complex) if s.is_py_real() && !el.is_np() && !start.is_np() => Ty::NumC,
                    _ => el.join(&start).map(|j| if j == Ty::Bool { Ty::Int } else { j }).unwrap_or(Ty::Unknown),
                }
            }
            (B::Any | B::All, [t]) if iterable(t) => {
                let el = self.iter_elem(t, at);
                self.check_truth(&el, at);
                Ty::Bool
            }
            (B::Min | B::Max, [t]) if !matches!(t, Ty::List(_)) && iterable(t) => {
                let el = self.iter_elem(t, at);
                if !orderable(&el) {
                    return err(self, format!("{b}() of a {t} is not supported"));
                }
                el
            }
            (B::Min | B::Max, [Ty::List(el)]) if **el == Ty::Str || matches!(**el, Ty::Tuple(_)) => (**el).clone(),
            (B::MaxKey | B::MinKey, [t, kt, dt]) if iterable(t) => {
                let name = if b == B::MaxKey { "max" } else { "min" };
                let el = self.iter_elem(t, at);
                match kt {
                    Ty::Func(fname, caps) => {
                        let mut kts = vec![el.clone()];
                        kts.extend(caps.iter().cloned());
                        let f = self.inf.module.function(fname).expect("lowering resolved it");
                        if f.params.len() != kts.len() {
                            return err(self, format!("the key function of {name}() must take one argument"));
                        }
                        if kts.iter().any(Ty::contains_unknown) {
                            return Some(Ty::Unknown);
                        }
                        let i = self.inf.request(fname, kts);
                        let kt = self.inf.instances[i].ret.clone();
                        if kt != Ty::Unknown && !orderable(&kt) {
                            return err(self, format!("{name}(): key values of type {kt} cannot be ordered"));
                        }
                    }
                    Ty::None => {
                        if !orderable(&el) && el != Ty::Unknown {
                            return err(self, format!("{name}() of a {t} is not supported"));
                        }
                    }
                    _ => {
                        return err(
                            self,
                            format!("{name}(): `key` must be a function of this file, a lambda or a builtin"),
                        )
                    }
                }
                if matches!(args[2].kind, ExprKind::Default) {
                    el
                } else {
                    match el.join_result(dt) {
                        Some(j) => j,
                        None => {
                            return err(self, format!("{name}(): a default of type {dt} next to items of type {el}"))
                        }
                    }
                }
            }
            (B::Sorted, [t, rest @ ..]) if iterable(t) => {
                let el = self.iter_elem(t, at);
                match (rest.first(), args.get(1).map(|a| &a.kind)) {
                    (Some(Ty::Func(name, caps)), _) => {
                        let mut kts = vec![el.clone()];
                        kts.extend(caps.iter().cloned());
                        let f = self.inf.module.function(name).expect("lowering resolved it");
                        if f.params.len() != kts.len() {
                            return err(self, "the key function of sorted() must take one argument".into());
                        }
                        if kts.iter().any(Ty::contains_unknown) {
                            return Some(Ty::Unknown);
                        }
                        let i = self.inf.request(name, kts);
                        let kt = self.inf.instances[i].ret.clone();
                        if kt != Ty::Unknown && !orderable(&kt) {
                            return err(self, format!("sorted(): key values of type {kt} cannot be ordered"));
                        }
                    }
                    (Some(Ty::None) | None, _) => {
                        if !orderable(&el) && el != Ty::Unknown {
                            return err(self, format!("sorted() of a {t} is not supported"));
                        }
                    }
                    _ => return err(self, "sorted(): `key` must be a function of this file or a lambda".into()),
                }
                if let Some(r) = rest.get(1) {
                    if *r != Ty::Bool && *r != Ty::None {
                        return err(self, "sorted(): `reverse` must be a bool".into());
                    }
                }
                Ty::List(Box::new(el))
            }
            (
                B::Reversed,
                [t @ (Ty::List(_) | Ty::Str | Ty::Iter(_) | Ty::Tuple(_) | Ty::Array(..) | Ty::Dict(..) | Ty::Range)],
            ) => {
                let el = self.iter_elem(t, at);
                Ty::Iter(Box::new(el))
            }
            (B::Enumerate, [t, rest @ ..]) if iterable(t) => {
                if let Some(s) = rest.first() {
                    if !is_int_like(s) && *s != Ty::None {
                        return err(self, "enumerate(): start must be an int".into());
                    }
                }
                let el = self.iter_elem(t, at);
                Ty::Iter(Box::new(Ty::Tuple(vec![Ty::Int, el])))
            }
            (B::ItertoolsProduct, ts) if !ts.is_empty() && ts.iter().all(iterable) => {
                let els = ts.iter().map(|t| self.iter_elem(t, at)).collect();
                Ty::Iter(Box::new(Ty::Tuple(els)))
            }
            (
                B::ItertoolsCombinations | B::ItertoolsCombinationsWithReplacement | B::ItertoolsPermutations,
                [t, rest @ ..],
            ) if iterable(t) && rest.len() <= 1 => {
                let el = self.iter_elem(t, at);
                let r = match (args.get(1).map(super::const_index), t) {
                    (Some(Some(r)), _) if r >= 0 => r as usize,
                    (None, Ty::Tuple(items)) if b == B::ItertoolsPermutations => items.len(),
                    // `permutations(xs)`, `combinations(xs, k)`: tuples whose length is known
                    // when the code runs
                    (None, _) if b == B::ItertoolsPermutations => {
                        return Some(Ty::Iter(Box::new(Ty::VarTuple(Box::new(el)))))
                    }
                    (Some(None), _) if rest.iter().all(is_int_like) => {
                        return Some(Ty::Iter(Box::new(Ty::VarTuple(Box::new(el)))))
                    }
                    _ => {
                        return err(
                            self,
                            format!("{b}(): `r` must be an int (CPython: a negative one raises ValueError)"),
                        )
                    }
                };
                Ty::Iter(Box::new(Ty::Tuple(vec![el; r])))
            }
            // `zip_longest(a, b, fillvalue=f)` (the fill value last): each position holds its
            // items or the fill value; None (left out) makes them optional
            (B::ItertoolsZipLongest, [its @ .., fill]) if its.iter().all(iterable) => {
                let mut items = Vec::new();
                for t in its {
                    let el = self.iter_elem(t, at);
                    items.push(match fill {
                        Ty::None => Ty::Opt(Box::new(el)),
                        f if el == Ty::Unknown => f.clone(),
                        f => match el.join(f) {
                            Some(j) if j.base() == el.base() && j.base() == f.base() => j,
                            _ => {
                                return err(
                                    self,
                                    format!("itertools.zip_longest(): a fill value of type {f} for items of type {el} is not supported (the same type, or None)"),
                                )
                            }
                        },
                    });
                }
                Ty::Iter(Box::new(Ty::Tuple(items)))
            }
            (B::ItertoolsChain, ts) if ts.iter().all(iterable) => {
                let mut acc = Ty::Unknown;
                for t in ts {
                    let el = self.iter_elem(t, at);
                    match acc.join(&el) {
                        // (int and float items keep their own types in CPython: no widening)
                        Some(j) if acc == Ty::Unknown || el == Ty::Unknown || acc.base() == el.base() => acc = j,
                        _ => return err(self, format!("itertools.chain() of {acc} and {el} items is not supported")),
                    }
                }
                Ty::Iter(Box::new(acc))
            }
            (B::ItertoolsCount, ts)
                if ts.len() <= 2
                    && ts.iter().all(|t| is_real(t) && *t != Ty::Bool)
                    && (ts.iter().all(|t| t.base() == Ty::Int) || ts.iter().all(|t| t.base() == Ty::Float)) =>
            {
                let t = ts.first().map(Ty::base).unwrap_or(Ty::Int);
                Ty::Gen(Box::new(t))
            }
            (B::ItertoolsRepeat, [x]) => Ty::Gen(Box::new(x.clone())),
            (B::ItertoolsRepeat, [x, n]) if is_int_like(n) => Ty::Iter(Box::new(x.clone())),
            (B::ItertoolsCycle, [t]) if iterable(t) => {
                let el = self.iter_elem(t, at);
                Ty::Gen(Box::new(el))
            }
            (B::ItertoolsIslice, [t, rest @ ..])
                if iterable(t)
                    && (1..=3).contains(&rest.len())
                    && rest.iter().all(|x| is_int_like(x) || *x == Ty::None) =>
            {
                let el = self.iter_elem(t, at);
                if matches!(t, Ty::Gen(_)) {
                    Ty::Gen(Box::new(el))
                } else {
                    Ty::Iter(Box::new(el))
                }
            }
            (B::ItertoolsAccumulate, [t]) if iterable(t) => {
                let el = self.iter_elem(t, at);
                if !is_real(&el) && el.base() != Ty::Complex {
                    return err(self, format!("itertools.accumulate() of {el} items is not supported"));
                }
                Ty::Iter(Box::new(if el == Ty::Bool { Ty::Int } else { el }))
            }
            (B::Next, [Ty::Gen(el)]) => (**el).clone(),
            // `next(it)` of a kept `a.flat`
            (B::Next, [Ty::Flat(e, _)]) => e.scalar(),
            // the default comes back as it is: of the elements' own type only (a Python float
            // default would need a type known when the code runs)
            (B::Next, [Ty::Flat(e, _), d]) if *d == e.scalar() => e.scalar(),
            (B::Next, [Ty::Flat(e, _), d]) => {
                return err(
                    self,
                    format!(
                        "next(it, default) of a numpy.flatiter of {} with a default of type {d} is not supported: give a numpy.{} default",
                        e.name(),
                        e.name()
                    ),
                )
            }
            (B::Len, [Ty::Flat(..)]) => Ty::Int,
            (B::Next, [Ty::Gen(el), d]) => match el.join(d) {
                Some(j) => j,
                None => return err(self, format!("next(): a default of type {d} for a generator of {el}")),
            },
            (B::Map, [Ty::Func(name, caps), rest @ ..]) if !rest.is_empty() && rest.iter().all(iterable) => {
                let els: Vec<Ty> = rest.iter().map(|t| self.iter_elem(t, at)).collect();
                match self.call_func_value(at, name, caps, els) {
                    Ty::Unknown => Ty::Unknown,
                    r => Ty::Iter(Box::new(r)),
                }
            }
            (B::Filter, [f @ (Ty::Func(..) | Ty::None), t]) if iterable(t) => {
                let el = self.iter_elem(t, at);
                if let Ty::Func(name, caps) = f {
                    let r = self.call_func_value(at, name, caps, vec![el.clone()]);
                    self.check_truth(&r, at);
                }
                Ty::Iter(Box::new(el))
            }
            (B::FunctoolsReduce, [Ty::Func(name, caps), t, init @ ..]) if iterable(t) && init.len() <= 1 => {
                // the start (the initial value, else the first item) is the result when no item
                // follows it; otherwise the running value: what the function returns, joined
                // until it is stable. The result joins both as a variable assigned both would
                // (`reduce(np.minimum, floats)` is a float for one item and a numpy.float64 for
                // more: each keeps its type)
                let el = self.iter_elem(t, at);
                let start = init.first().cloned().unwrap_or(el.clone());
                let mut acc = self.call_func_value(at, name, caps, vec![start.clone(), el.clone()]);
                for _ in 0..4 {
                    let r = self.call_func_value(at, name, caps, vec![acc.clone(), el.clone()]);
                    match acc.join_var(&r) {
                        _ if r == Ty::Unknown || acc == Ty::Unknown => return Some(Ty::Unknown),
                        Some(j) if j == acc => break,
                        Some(j) => acc = j,
                        None => {
                            return err(
                                self,
                                format!(
                                    "functools.reduce(): the function returns a {r} for a running value of type \
                                     {acc}: pyrs needs one type for the running value"
                                ),
                            )
                        }
                    }
                }
                match start.join_var(&acc) {
                    Some(t) => t,
                    None => {
                        return err(
                            self,
                            format!(
                                "functools.reduce(): the result is the {} start for one item and a {acc} \
                                 otherwise: pyrs needs one type for both",
                                start
                            ),
                        )
                    }
                }
            }
            (B::Zip, ts) if !ts.is_empty() && ts.iter().all(iterable) => {
                let els = ts.iter().map(|t| self.iter_elem(t, at)).collect();
                Ty::Iter(Box::new(Ty::Tuple(els)))
            }
            (B::List, []) => Ty::List(Box::new(Ty::Unknown)),
            (B::List, [t]) if iterable(t) => {
                let el = self.iter_elem(t, at);
                Ty::List(Box::new(el))
            }
            (B::Set, []) => Ty::Set(Box::new(Ty::Unknown)),
            (B::Set, [t]) if iterable(t) => {
                let el = self.iter_elem(t, at);
                if !el.is_hashable() {
                    return err(self, format!("sets of {el} are not supported"));
                }
                Ty::Set(Box::new(el))
            }
            (B::TimeTime | B::TimePerfCounter | B::TimeMonotonic | B::TimeProcessTime, []) => Ty::Float,
            (B::RandomRandom, []) => Ty::Float,
            (B::RandomUniform | B::RandomGauss | B::RandomNormalvariate, [a, b]) if is_real(a) && is_real(b) => {
                Ty::Float
            }
            (B::RandomExpovariate, [a]) if is_real(a) => Ty::Float,
            (B::RandomRandint, [a, b]) if is_int_like(a) && is_int_like(b) => Ty::Int,
            (B::RandomRandrange, ts) if (1..=3).contains(&ts.len()) && ts.iter().all(is_int_like) => Ty::Int,
            (B::RandomGetrandbits, [k]) if is_int_like(k) => Ty::Int,
            (B::RandomSeed, []) => Ty::None,
            (B::RandomSeed, [s]) if is_int_like(s) => Ty::None,
            (B::RandomShuffle, [Ty::List(_)]) => Ty::None,
            (B::RandomChoice, [Ty::List(el)]) => (**el).clone(),
            (B::RandomSample, [Ty::List(el), k]) if is_int_like(k) => Ty::List(el.clone()),
            (B::DictFromkeys, [t, rest @ ..]) if iterable(t) && rest.len() <= 1 => {
                let k = self.iter_elem(t, at);
                if !k.is_hashable() && k != Ty::Unknown {
                    return err(self, format!("dict keys of type {k} are not supported"));
                }
                let v = rest.first().cloned().unwrap_or(Ty::None);
                Ty::Dict(Box::new(k), Box::new(v))
            }
            (B::Dict, []) => Ty::Dict(Box::new(Ty::Unknown), Box::new(Ty::Unknown)),
            (B::Dict, [Ty::Dict(k, v)]) => Ty::Dict(k.clone(), v.clone()),
            (B::Dict, [t]) if iterable(t) => match self.iter_elem(t, at) {
                Ty::Tuple(kv) if kv.len() == 2 && kv[0].is_hashable() => {
                    Ty::Dict(Box::new(kv[0].clone()), Box::new(kv[1].clone()))
                }
                el => {
                    return err(
                        self,
                        format!("dict() of items of type {el} is not supported (pairs with int/str keys)"),
                    )
                }
            },
            (B::Tuple, [Ty::Tuple(items)]) => Ty::Tuple(items.clone()),
            // `open(file, mode, buffering, encoding, errors, newline)`, text files
            (B::Open, [Ty::Str, rest @ ..]) if rest.len() <= 5 => {
                for (k, (t, a)) in rest.iter().zip(&args[1..]).enumerate() {
                    if matches!(a.kind, ExprKind::Default | ExprKind::None) {
                        continue;
                    }
                    if k == 1 {
                        return err(self, "open(): `buffering` is not supported".into());
                    }
                    if *t != Ty::Str {
                        return err(
                            self,
                            format!("open(): the {} must be a str", ["mode", "", "encoding", "errors", "newline"][k]),
                        );
                    }
                }
                if let Some(ExprKind::Str(m)) = args.get(1).map(|a| &a.kind) {
                    if m.contains('b') {
                        return err(
                            self,
                            "open() in binary mode is not supported: pyrs reads and writes text files".into(),
                        );
                    }
                }
                Ty::File
            }
            // `tuple(f(p) for p in t)` over a tuple (or a zip/enumerate of tuples): as many
            // items as the tuple has
            (B::Tuple, [Ty::List(el)]) if self.static_comp_len(&args[0]).is_some() => {
                let n = self.static_comp_len(&args[0]).unwrap_or(0);
                Ty::Tuple(vec![(**el).clone(); n])
            }
            // a tuple whose length is known when the code runs
            (B::Tuple, [t]) if iterable(t) => {
                let el = self.iter_elem(t, at);
                if matches!(el, Ty::Array(..)) {
                    return err(self, "tuples of arrays of any length are not supported yet".into());
                }
                Ty::VarTuple(Box::new(el))
            }
            (
                B::Str
                | B::Repr
                | B::Format
                | B::Hex
                | B::Oct
                | B::Bin
                | B::Ord
                | B::Chr
                | B::Sum
                | B::Any
                | B::All
                | B::Sorted
                | B::Reversed
                | B::Enumerate
                | B::Zip
                | B::Map
                | B::Next
                | B::ItertoolsProduct
                | B::ItertoolsCombinations
                | B::ItertoolsCombinationsWithReplacement
                | B::ItertoolsPermutations
                | B::ItertoolsChain
                | B::ItertoolsCount
                | B::ItertoolsRepeat
                | B::ItertoolsCycle
                | B::ItertoolsIslice
                | B::ItertoolsAccumulate
                | B::ItertoolsZipLongest
                | B::Filter
                | B::FunctoolsReduce
                | B::RandomRandom
                | B::RandomUniform
                | B::RandomGauss
                | B::RandomNormalvariate
                | B::RandomExpovariate
                | B::RandomRandint
                | B::RandomRandrange
                | B::RandomGetrandbits
                | B::RandomSeed
                | B::RandomShuffle
                | B::RandomChoice
                | B::RandomSample
                | B::List
                | B::Set
                | B::Dict,
                _,
            ) => {
                let given: Vec<String> = ts.iter().map(|t| t.to_string()).collect();
                return err(self, format!("{b}() of ({}) is not supported", given.join(", ")));
            }
            _ => return None,
        })
    }

    /// Methods of `str`, `list`, `dict` and `set`; `None` for those typed elsewhere.
    pub(super) fn method_more(
        &mut self,
        rt: &Ty,
        receiver: &ir::Expr,
        method: Method,
        ts: &[Ty],
        at: Span,
    ) -> Option<Ty> {
        let local_name = match &receiver.kind {
            ExprKind::Local(n) if !self.fixed_param(n) => Some(n.clone()),
            _ => None,
        };
        let err = |cx: &mut Self, msg: String| {
            cx.error(Diagnostic::new(at, msg));
            Some(Ty::Unknown)
        };
        let s = Ty::Str;
        Some(match (rt, method, ts) {
            (Ty::File, Method::Read, []) => Ty::Str,
            (Ty::File, Method::Read, [n]) if is_int_like(n) => Ty::Str,
            (Ty::File, Method::Readline, []) => Ty::Str,
            (Ty::File, Method::Readlines, []) => Ty::List(Box::new(Ty::Str)),
            (Ty::File, Method::Write, [Ty::Str]) => Ty::Int,
            (Ty::File, Method::Close, []) => Ty::None,
            (Ty::File, m, _) => {
                return err(
                    self,
                    format!("method `{m}` of a file is not supported (read, readline, readlines, write, close)"),
                )
            }
            (Ty::Str, Method::Upper | Method::Lower | Method::Strip | Method::Lstrip | Method::Rstrip, []) => Ty::Str,
            (Ty::Str, Method::Strip | Method::Lstrip | Method::Rstrip, [Ty::Str]) => Ty::Str,
            (Ty::Str, Method::Startswith | Method::Endswith, [Ty::Str]) => Ty::Bool,
            (Ty::Str, Method::Isdigit | Method::Isalpha | Method::Isspace, []) => Ty::Bool,
            (Ty::Str, Method::Isupper | Method::Islower | Method::Isalnum, []) => Ty::Bool,
            (Ty::Str, Method::Capitalize | Method::Title | Method::Swapcase, []) => Ty::Str,
            (Ty::Str, Method::Zfill, [w]) if is_int_like(w) => Ty::Str,
            (Ty::Str, Method::Center | Method::Ljust | Method::Rjust, [w]) if is_int_like(w) => Ty::Str,
            (Ty::Str, Method::Center | Method::Ljust | Method::Rjust, [w, Ty::Str]) if is_int_like(w) => Ty::Str,
            (Ty::Str, Method::Removeprefix | Method::Removesuffix, [Ty::Str]) => Ty::Str,
            (Ty::Str, Method::Partition | Method::Rpartition, [Ty::Str]) => Ty::Tuple(vec![Ty::Str; 3]),
            (Ty::Str, Method::Find | Method::Rfind | Method::Index | Method::Count, [Ty::Str]) => Ty::Int,
            (Ty::Str, Method::Replace, [Ty::Str, Ty::Str]) => Ty::Str,
            (Ty::Str, Method::Split, []) => Ty::List(Box::new(s)),
            (Ty::Str, Method::Splitlines, []) => Ty::List(Box::new(s)),
            (Ty::Str, Method::Splitlines, [k]) if is_int_like(k) => Ty::List(Box::new(s)),
            (Ty::Str, Method::Split, [Ty::Str]) => Ty::List(Box::new(s)),
            (Ty::Str, Method::Split, [Ty::None]) => Ty::List(Box::new(s)),
            (Ty::Str, Method::Split, [Ty::Str | Ty::None, k]) if is_int_like(k) => Ty::List(Box::new(s)),
            (Ty::Str, Method::Join, [t]) => {
                let el = self.iter_elem(t, at);
                if el != Ty::Str && el != Ty::Unknown {
                    return err(self, format!("str.join() needs strings, not {el}"));
                }
                Ty::Str
            }
            (Ty::Str, Method::Format, _) => return err(self, "str.format() is not supported: use an f-string".into()),
            (Ty::List(el), Method::Extend, [t]) => {
                let x = self.iter_elem(t, at);
                self.list_store(el, &x, local_name.as_deref(), at, Method::Extend);
                Ty::None
            }
            (Ty::List(el), Method::Insert, [i, x]) if is_int_like(i) => {
                self.list_store(el, x, local_name.as_deref(), at, Method::Insert);
                Ty::None
            }
            // `t.count(x)`, `t.index(x)` of a tuple whose items have one type (or numbers)
            (Ty::Tuple(items), Method::Index | Method::Count, [x])
                if Ty::items_join(items).is_some() || items.is_empty() =>
            {
                let el = Ty::items_join(items).unwrap_or(x.clone());
                if !((el.is_numeric() || el.is_num()) && (x.is_numeric() || x.is_num())) && el.base() != x.base() {
                    return err(self, format!("tuple.{method}() of a {x} in a tuple of {el}"));
                }
                Ty::Int
            }
            (Ty::VarTuple(el), Method::Index | Method::Count, [x]) => {
                if !((el.is_numeric() && x.is_numeric()) || el.base() == x.base()) {
                    return err(self, format!("tuple.{method}() of a {x} in a tuple of {el}"));
                }
                Ty::Int
            }
            (Ty::List(el), Method::Index | Method::Count, [x]) => {
                if !(el.is_number_like() && x.is_number_like() || el.base() == x.base()) {
                    return err(self, format!("list.{method}() of a {x} in a list of {el}"));
                }
                Ty::Int
            }
            (Ty::List(el), Method::Remove, [x]) => {
                if !(el.is_number_like() && x.is_number_like() || el.base() == x.base()) {
                    return err(self, format!("list.remove() of a {x} in a list of {el}"));
                }
                Ty::None
            }
            (Ty::List(_), Method::Reverse | Method::Clear, []) => Ty::None,
            (Ty::List(el), Method::Sort, []) => {
                if !orderable(el) && **el != Ty::Unknown {
                    return err(self, format!("sorting a list of {el} is not supported"));
                }
                Ty::None
            }
            (Ty::List(_), Method::Copy, []) => rt.clone(),
            (Ty::Dict(k, v), Method::Get, [kt]) => {
                self.check_key(k, kt, at);
                // `d.get(k)` may be None: only with a default
                let _ = v;
                return err(self, "dict.get(key) without a default may return None, which pyrs does not support: use d.get(key, default) or `key in d`".into());
            }
            (Ty::Dict(k, v), Method::Get | Method::Setdefault | Method::Pop, [kt, dt]) => {
                self.check_key(k, kt, at);
                match v.join(dt) {
                    Some(j) if j.base() == v.base() || **v == Ty::Unknown => {
                        if **v == Ty::Unknown {
                            if let Some(n) = &local_name {
                                self.assign_local(n, Ty::Dict(Box::new(kt.clone()), Box::new(dt.clone())), at);
                            }
                            return Some(dt.clone());
                        }
                        (**v).clone()
                    }
                    _ => return err(self, format!("dict.{method}(): a default of type {dt} for values of type {v}")),
                }
            }
            (Ty::Dict(k, v), Method::Pop, [kt]) => {
                self.check_key(k, kt, at);
                (**v).clone()
            }
            (Ty::Dict(k, _), Method::Keys, []) => Ty::Iter(k.clone()),
            (Ty::Dict(_, v), Method::Values, []) => Ty::Iter(v.clone()),
            (Ty::Dict(k, v), Method::Items, []) => Ty::Iter(Box::new(Ty::Tuple(vec![(**k).clone(), (**v).clone()]))),
            (Ty::Dict(..), Method::Update, [o]) if o.base() == rt.base() => Ty::None,
            (Ty::Dict(..), Method::Copy, []) => rt.clone(),
            (Ty::Dict(..), Method::Clear, []) => Ty::None,
            (Ty::Set(el), Method::Add, [x]) => {
                match el.join(x) {
                    Some(j) if j.base() == el.base() => {}
                    Some(j) if local_name.is_some() && j.is_hashable() => {
                        self.assign_local(local_name.as_deref().unwrap(), Ty::Set(Box::new(j)), at);
                    }
                    _ => return err(self, format!("cannot add a {x} to a set of {el}")),
                }
                Ty::None
            }
            (Ty::Set(el), Method::Discard | Method::Remove, [x]) => {
                self.check_key(el, x, at);
                Ty::None
            }
            (Ty::Set(el), Method::Pop, []) => (**el).clone(),
            (Ty::Set(_), Method::Clear, []) => Ty::None,
            (Ty::Set(_), Method::Copy, []) => rt.clone(),
            (
                Ty::Set(a),
                Method::Union | Method::Intersection | Method::Difference | Method::SymmetricDifference,
                [Ty::Set(b)],
            ) => match a.join(b) {
                Some(j) => Ty::Set(Box::new(j)),
                None => return err(self, format!("set.{method}() of sets of {a} and {b}")),
            },
            (Ty::Set(a), Method::Update, [Ty::Set(b)]) if a.join(b).map(|j| j.base() == a.base()).unwrap_or(false) => {
                Ty::None
            }
            (Ty::Set(a), Method::Issubset | Method::Issuperset | Method::Isdisjoint, [Ty::Set(b)])
                if a.join(b).is_some() =>
            {
                Ty::Bool
            }
            (Ty::Str | Ty::Dict(..) | Ty::Set(_), m, _) => {
                return err(self, format!("method `{m}` of {rt} is not supported"))
            }
            _ => return None,
        })
    }

    /// The number of items of a list comprehension / generator expression known at compile
    /// time: one `for` without `if` over something of a static length.
    pub(super) fn static_comp_len(&self, e: &ir::Expr) -> Option<usize> {
        let ExprKind::Comp { kind: ir::CompKind::List, value: None, gens, .. } = &e.kind else { return None };
        let [g] = gens.as_slice() else { return None };
        if !g.ifs.is_empty() {
            return None;
        }
        match &g.iter {
            ir::ForIter::Seq(s) => self.static_len(s),
            ir::ForIter::Range { .. } => None,
        }
    }

    /// The length of an iterable known at compile time: a tuple, a list literal, and `zip`,
    /// `enumerate`, `reversed` of those.
    fn static_len(&self, e: &ir::Expr) -> Option<usize> {
        if let Some(Ty::Tuple(items)) = self.expr_types.get(e.id.0 as usize) {
            return Some(items.len());
        }
        match &e.kind {
            ExprKind::List(items) if !items.iter().any(|x| matches!(x.kind, ExprKind::Starred(_))) => Some(items.len()),
            ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Zip), args) if !args.is_empty() => {
                args.iter().map(|a| self.static_len(a)).try_fold(usize::MAX, |m, n| n.map(|n| m.min(n)))
            }
            ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Enumerate | B::Reversed), args) if !args.is_empty() => {
                self.static_len(&args[0])
            }
            _ => None,
        }
    }

    /// Storing `x` into a list of `el` by `method` (widening a local list).
    pub(super) fn list_store(&mut self, el: &Ty, x: &Ty, local: Option<&str>, at: Span, method: Method) {
        match el.join(x) {
            Some(j) if j.base() == el.base() => {}
            Some(j) if local.is_some() => self.assign_local(local.unwrap(), Ty::List(Box::new(j)), at),
            _ => self.error(Diagnostic::new(at, format!("list.{method}(): cannot store a {x} in a list of {el}"))),
        }
    }
}
