//! A str-or-number value ([`crate::builtins::strnum::StrNum`]) back to Python as the object it
//! is: a `str`, or the bool, int or float.

use super::ret::ToPy;
use crate::builtins::strnum::StrNum;
use pyo3::prelude::*;

impl ToPy for StrNum {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self {
            StrNum::Str(s) => s.to_py(py),
            StrNum::Num(n) => n.to_py(py),
        }
    }
}
