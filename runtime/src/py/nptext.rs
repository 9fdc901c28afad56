//! `str(a)`, `repr(a)` and `print(a)` of an array: numpy's own text (its `array2string`,
//! print options included), asked of numpy with the GIL taken for the call, as `open()`'s
//! file methods are.

use crate::builtins::str::Str;
use crate::error::Result;
use crate::numpy::element::Element;
use crate::numpy::ndarray::NdArray;
use crate::py::error_of as error;
use crate::py::ToPy;
use pyo3::prelude::*;
use pyo3::types::PyString;

/// numpy's `str(a)` (`repr(a)` when `repr`) of the array `a` (a copy is shown when compiled
/// code made it, the argument or a view of it otherwise).
pub fn text<T: Element, const D: usize>(a: &NdArray<T, D>, repr: bool) -> Result<Str> {
    Python::attach(|py| {
        let shown = || -> PyResult<Str> {
            let obj = a.to_py(py)?;
            let s = if repr { obj.bind(py).repr()? } else { obj.bind(py).str()? };
            Ok(Str::from(s.cast::<PyString>()?.to_cow()?.as_ref()))
        };
        shown().map_err(|e| error(py, e))
    })
}
