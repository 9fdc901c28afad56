//! Array parameters of the legacy `numpy.random` functions (`np.random.normal(mu, sigma)` with
//! `mu` an array or a list): the result is an array of the output's dimensions, `size`'s when
//! given (the parameters broadcast to it when the code runs), else the parameters' broadcast
//! (`runtime/src/numpy/random/legacy_params.rs`).

use super::{is_int_like, is_real, FnCx};
use crate::diag::Diagnostic;
use crate::ir;
use crate::library::NumpyFn as N;
use crate::source::Span;
use crate::types::{Elem, Kind, Ty};

/// The dimensions of an array parameter (a list: 1), `None` for a number; `int`: an int
/// parameter (numpy converts it to int64 safely), else a float one.
pub fn param_ndim(t: &Ty, int: bool) -> Option<Result<usize, ()>> {
    let ok_elem = |e: Elem| match e.kind() {
        Kind::Complex => false,
        Kind::Float => !int,
        Kind::Int => !(int && e == Elem::UInt64),
        Kind::Bool => true,
    };
    match t {
        Ty::Array(e, n) => Some(if *n >= 1 && ok_elem(*e) { Ok(*n) } else { Err(()) }),
        Ty::List(t) => Some(match Elem::of_scalar(t) {
            Some(e) if !matches!(**t, Ty::Num | Ty::NumNp) && ok_elem(e) => Ok(1),
            _ => Err(()),
        }),
        _ => None,
    }
}

impl FnCx<'_, '_> {
    /// The result of a legacy `numpy.random` function whose parameters at `ks` include an
    /// array: `Some(None)` when none is one (numbers: the scalar rule applies), `None` after an
    /// error. `ints`: the positions of int parameters; `size` the position of `size`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn legacy_array_params(
        &mut self,
        f: N,
        args: &[ir::Expr],
        ts: &[Ty],
        ks: std::ops::Range<usize>,
        ints: &[usize],
        size: usize,
        el: Elem,
        at: Span,
    ) -> Option<Option<Ty>> {
        let span_of = |k: usize| args.get(k).map(|a| a.span).unwrap_or(at);
        let params = f.params().unwrap_or(&[]);
        let mut most = None;
        for k in ks.clone() {
            let Some(t) = ts.get(k) else { continue };
            match param_ndim(t, ints.contains(&k)) {
                Some(Ok(n)) => most = Some(most.unwrap_or(0).max(n)),
                Some(Err(())) => {
                    let what = if ints.contains(&k) { "ints" } else { "real numbers" };
                    self.error(Diagnostic::new(
                        span_of(k),
                        format!("`{}` of numpy.{f}() must be a number or an array or list of {what} (of at least one dimension), not {t}", params[k]),
                    ));
                    return None;
                }
                None => {}
            }
        }
        let Some(most) = most else { return Some(None) };
        for k in ks {
            match ts.get(k) {
                None | Some(Ty::None) | Some(Ty::Array(..)) | Some(Ty::List(_)) => {}
                Some(t) if ints.contains(&k) && is_int_like(t) => {}
                Some(t) if !ints.contains(&k) && (is_real(t) || t.is_num()) => {}
                Some(t) => {
                    let what = if ints.contains(&k) { "an int" } else { "a real number" };
                    self.error(Diagnostic::new(
                        span_of(k),
                        format!("`{}` of numpy.{f}() must be {what} or an array, not {t}", params[k]),
                    ));
                    return None;
                }
            }
        }
        let d = match ts.get(size) {
            None | Some(Ty::None) => most,
            Some(t) => {
                let d = self.shape_ndim(t, span_of(size))?;
                if d < most {
                    self.error(Diagnostic::new(
                        span_of(size),
                        format!("`size` of numpy.{f}() has {d} dimensions, fewer than the parameters' {most}: numpy cannot broadcast them to it"),
                    ));
                    return None;
                }
                d
            }
        };
        if d > 4 {
            self.error(Diagnostic::new(at, "arrays of more than 4 dimensions are not supported"));
            return None;
        }
        Some(Some(Ty::Array(el, d)))
    }
}
