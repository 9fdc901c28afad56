//! Text files (`open()`, `with open(...) as f`): the Python file object itself, each method a
//! call of Python's (the GIL taken for it), so encodings, newline translation, buffering and
//! the errors raised are CPython's.

use crate::builtins::list::List;
use crate::builtins::str::Str;
use crate::error::{Error, Exc, Result};
use crate::py::error_of as error;
use pyo3::prelude::*;
use pyo3::types::PyString;
use std::rc::Rc;

/// An open text file: shared like the Python object (copies are the same file).
#[derive(Clone, Default)]
pub struct File(Option<Rc<Py<PyAny>>>);

impl std::fmt::Debug for File {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<file>")
    }
}

fn str_of(obj: &Bound<'_, PyAny>) -> PyResult<Str> {
    Ok(Str::from(obj.cast::<PyString>()?.to_cow()?.as_ref()))
}

/// `open(file, mode='r', encoding=None, errors=None, newline=None)` in text mode.
pub fn open(
    file: &Str,
    mode: Option<&Str>,
    encoding: Option<&Str>,
    errors: Option<&Str>,
    newline: Option<&Str>,
) -> Result<File> {
    if mode.is_some_and(|m| m.as_str().contains('b')) {
        return Err(Error::raise(Exc::ValueError, "pyrs compiles text files only: binary mode ('b') is not supported"));
    }
    Python::attach(|py| {
        let kw = pyo3::types::PyDict::new(py);
        let set = |k: &str, v: Option<&Str>| -> PyResult<()> {
            if let Some(v) = v {
                kw.set_item(k, v.as_str())?;
            }
            Ok(())
        };
        set("mode", mode)
            .and_then(|_| set("encoding", encoding))
            .and_then(|_| set("errors", errors))
            .and_then(|_| set("newline", newline))
            .and_then(|_| py.import("builtins")?.getattr("open")?.call((file.as_str(),), Some(&kw)))
            .map(|f| File(Some(Rc::new(f.unbind()))))
            .map_err(|e| error(py, e))
    })
}

impl File {
    fn call<T>(&self, f: impl FnOnce(&Bound<'_, PyAny>) -> PyResult<T>) -> Result<T> {
        let Some(obj) = &self.0 else { return Err(Error::Internal("a file variable read before it was assigned")) };
        Python::attach(|py| f(obj.bind(py)).map_err(|e| error(py, e)))
    }

    /// `f.read()`, `f.read(n)` (n < 0: all)
    pub fn read(&self, n: Option<i64>) -> Result<Str> {
        self.call(|f| str_of(&f.call_method1("read", (n.unwrap_or(-1),))?))
    }

    pub fn readline(&self) -> Result<Str> {
        self.call(|f| str_of(&f.call_method0("readline")?))
    }

    pub fn readlines(&self) -> Result<List<Str>> {
        self.call(|f| {
            let lines = f.call_method0("readlines")?;
            let mut out = Vec::new();
            for l in lines.try_iter()? {
                out.push(str_of(&l?)?);
            }
            Ok(List::from_vec(out))
        })
    }

    /// `for line in f`: the lines left (read when the loop starts)
    pub fn lines(&self) -> Result<std::vec::IntoIter<Str>> {
        Ok(self.readlines()?.to_vec().into_iter())
    }

    /// `f.write(s)`: the number of characters written
    pub fn write(&self, s: &Str) -> Result<i64> {
        self.call(|f| f.call_method1("write", (s.as_str(),))?.extract::<i64>())
    }

    pub fn close(&self) -> Result<()> {
        self.call(|f| f.call_method0("close").map(|_| ()))
    }

    /// The Python object (returned to Python as itself).
    pub fn object(&self, py: Python<'_>) -> Py<PyAny> {
        match &self.0 {
            Some(obj) => obj.clone_ref(py),
            None => py.None(),
        }
    }
}

impl crate::py::ToPy for File {
    fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(self.object(py))
    }
}
