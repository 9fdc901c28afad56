//! `np.argsort` with numpy's default (quicksort, heapsort) kinds: not stable, and which of
//! two equal elements comes first depends on numpy's algorithm and the CPU (x86-simd-sort).
//! Lanes without ties have one sorted order, computed here; an array with ties is handed
//! to numpy's own `argsort` (the GIL taken for that call), so the indices are numpy's.

use super::args::{array, Layout};
use super::ret::ToPy;
use crate::error::{Error, Result};
use crate::numpy::element::Element;
use crate::numpy::ndarray::NdArray;
use crate::numpy::shape::Sortable;
use pyo3::prelude::*;

/// `np.argsort(a, axis, kind)` for `kind` 'quicksort' or 'heapsort'.
pub fn argsort<T: Element, const D: usize>(a: &NdArray<T, D>, axis: i64, kind: &str) -> Result<NdArray<i64, D>>
where
    T::Value: Sortable,
{
    let (stable, ties) = crate::numpy::sorting::argsort_stable(a, axis)?;
    if !ties {
        return Ok(stable);
    }
    Python::attach(|py| {
        let run = || -> PyResult<NdArray<i64, D>> {
            let obj = a.to_py(py)?;
            let np = py.import("numpy")?;
            let kw = pyo3::types::PyDict::new(py);
            kw.set_item("axis", axis)?;
            kw.set_item("kind", kind)?;
            let res = np.getattr("argsort")?.call((obj,), Some(&kw))?;
            let got: Option<NdArray<i64, D>> = array(&res, Layout::Strided)?;
            // a copy owned by compiled code: `res` lives only for this call
            got.map(|r| r.copy())
                .ok_or_else(|| pyo3::exceptions::PySystemError::new_err("pyrs: numpy.argsort gave no int64 array"))
        };
        run().map_err(|e| super::error_of(py, e))
    })
    .map_err(|e: Error| e)
}
