//! `print(...)` from compiled code: the text is made without the GIL (each value as `str()`
//! gives it), then written by Python's own `print`, so it goes to `sys.stdout` (redirected,
//! captured or buffered exactly as the program's other output).

use crate::builtins::str::Str;
use crate::error::{Error, Result};
use pyo3::prelude::*;

pub fn print(parts: &[Str], sep: &Str, end: &Str) -> Result<()> {
    let mut line = String::new();
    for (k, p) in parts.iter().enumerate() {
        if k > 0 {
            line.push_str(sep.as_str());
        }
        line.push_str(p.as_str());
    }
    Python::attach(|py| -> PyResult<()> {
        let print = py.import("builtins")?.getattr("print")?;
        let kwargs = pyo3::types::PyDict::new(py);
        kwargs.set_item("end", end.as_str())?;
        print.call((line,), Some(&kwargs))?;
        Ok(())
    })
    .map_err(|e| Error::Internal(format!("print failed: {e}")))
}
