//! Typing of the `math` rows beyond one or two floats in, one float out: `hypot` of any number
//! of coordinates, `frexp`/`modf` (tuples), `ldexp` (an int exponent), `isclose` (keyword-only
//! tolerances), and the functions of iterables `fsum`, `dist`, `prod`.

use super::{is_real, FnCx};
use crate::diag::Diagnostic;
use crate::ir::{self, ExprKind};
use crate::library::MathFn as M;
use crate::source::Span;
use crate::types::Ty;

/// A number `math` converts to a float (a numpy float64 or int64 scalar too; the sized ones
/// are refused).
fn real(t: &Ty) -> bool {
    (is_real(t) || t.is_num()) && !matches!(t, Ty::NpSized(_))
}

/// What `fsum`, `dist` and `prod` take: containers and iterators of numbers.
fn iterable(t: &Ty) -> bool {
    matches!(t, Ty::List(_) | Ty::VarTuple(_) | Ty::Set(_) | Ty::Iter(_) | Ty::Gen(_) | Ty::Array(_, 1))
        || matches!(t, Ty::Tuple(items) if items.is_empty() || Ty::items_join(items).is_some())
}

impl FnCx<'_, '_> {
    /// The `math` rows typed here; `None` for the one- and two-float functions of `ops.rs`.
    pub(super) fn math_more(&mut self, f: M, args: &[ir::Expr], ts: &[Ty], at: Span) -> Option<Ty> {
        let err = |cx: &mut Self, at: Span, msg: String| {
            cx.error(Diagnostic::new(at, msg));
            Some(Ty::Unknown)
        };
        let given = |e: &ir::Expr| !matches!(e.kind, ExprKind::Default);
        // (required, at most) arguments; `isclose`'s tolerances and `prod`'s start are
        // keyword-only, left out they are `Default`
        let (lo, hi) = match f {
            M::Hypot => (0, usize::MAX),
            M::Gamma | M::Lgamma | M::Erf | M::Erfc | M::Cbrt | M::Exp2 | M::Ulp | M::Frexp | M::Modf | M::Fsum => {
                (1, 1)
            }
            M::Remainder | M::Nextafter | M::Ldexp | M::Dist => (2, 2),
            M::Isclose => (2, 4),
            M::Prod => (1, 2),
            _ => return None,
        };
        let required = args.iter().take(lo).filter(|a| given(a)).count();
        if required < lo || args.len() > hi {
            let want = match f {
                M::Hypot => "any number of".to_string(),
                M::Isclose | M::Prod => lo.to_string(),
                _ if lo == hi => lo.to_string(),
                _ => format!("{lo} to {hi}"),
            };
            let n = args.iter().filter(|a| given(a)).count();
            return err(self, at, format!("math.{f}() takes {want} positional argument(s), {n} given"));
        }
        let check_reals = |cx: &mut Self, idx: &[usize]| -> bool {
            for &i in idx {
                if let (Some(t), Some(a)) = (ts.get(i), args.get(i)) {
                    if given(a) && !real(t) {
                        cx.error(Diagnostic::new(a.span, format!("math.{f}() needs a real number here, not {t}")));
                        return false;
                    }
                }
            }
            true
        };
        let all: Vec<usize> = (0..ts.len()).collect();
        Some(match f {
            M::Hypot
            | M::Gamma
            | M::Lgamma
            | M::Erf
            | M::Erfc
            | M::Cbrt
            | M::Exp2
            | M::Ulp
            | M::Remainder
            | M::Nextafter => {
                if !check_reals(self, &all) {
                    return Some(Ty::Unknown);
                }
                Ty::Float
            }
            M::Frexp | M::Modf => {
                if !check_reals(self, &all) {
                    return Some(Ty::Unknown);
                }
                Ty::Tuple(vec![Ty::Float, if f == M::Frexp { Ty::Int } else { Ty::Float }])
            }
            M::Ldexp => {
                if !check_reals(self, &[0]) {
                    return Some(Ty::Unknown);
                }
                if !matches!(ts[1].base(), Ty::Bool | Ty::Int) {
                    return err(
                        self,
                        args[1].span,
                        format!("math.ldexp() needs an int exponent (CPython: TypeError \"Expected an int as second argument to ldexp.\"), not {}", ts[1]),
                    );
                }
                Ty::Float
            }
            M::Isclose => {
                if !check_reals(self, &all) {
                    return Some(Ty::Unknown);
                }
                Ty::Bool
            }
            M::Fsum | M::Dist => {
                let n = if f == M::Dist { 2 } else { 1 };
                for (t, a) in ts.iter().zip(args).take(n) {
                    if !iterable(t) {
                        return err(self, a.span, format!("math.{f}() takes an iterable of numbers, not {t}"));
                    }
                    let el = self.iter_elem(t, a.span);
                    if !real(&el) && el != Ty::Unknown {
                        return err(
                            self,
                            a.span,
                            format!("math.{f}() of items of type {el} is not supported (real numbers only)"),
                        );
                    }
                }
                Ty::Float
            }
            M::Prod => {
                if !iterable(&ts[0]) {
                    return err(self, args[0].span, format!("math.prod() takes an iterable of numbers, not {}", ts[0]));
                }
                let el = self.iter_elem(&ts[0], args[0].span);
                let start = match (args.get(1), ts.get(1)) {
                    (Some(a), Some(t)) if given(a) => t.clone(),
                    _ => Ty::Int,
                };
                let py = |t: &Ty| matches!(t, Ty::Bool | Ty::Int | Ty::Float) || (t == &Ty::Unknown);
                if !py(&el) || !py(&start) {
                    return err(
                        self,
                        at,
                        format!("math.prod() of {el} items from a {start} start is not supported yet (Python ints and floats)"),
                    );
                }
                match (&start, &el) {
                    (Ty::Float, _) => Ty::Float,
                    (_, Ty::Bool | Ty::Int | Ty::Unknown) => Ty::Int,
                    // an int start and float items: the start itself when there are none
                    _ => Ty::Num,
                }
            }
            _ => return None,
        })
    }
}
