//! The staleness check run when a compiled module is imported: the module records the SHA-256
//! of the `.py` it was compiled from; if the `.py` beside it (same name up to the first dot)
//! now hashes differently, importing warns (`RuntimeWarning`) naming both files and the command
//! that rebuilds. Cost: one file read and one hash at import (tens of microseconds for a kernel
//! file). No `.py` beside the module (an installed wheel without sources, `-o elsewhere`) → no
//! check.

use pyo3::exceptions::PyRuntimeWarning;
use pyo3::prelude::*;
use pyo3::types::PyModule;
use sha2::{Digest, Sha256};
use std::ffi::CString;
use std::path::{Path, PathBuf};

/// Hex SHA-256 of `bytes` (what `hashlib.sha256(bytes).hexdigest()` gives).
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut s = String::with_capacity(64);
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// The `.py` beside a compiled module: `dir/julia.cpython-311-x86_64-linux-gnu.so` → `dir/julia.py`.
pub fn source_beside(artifact: &Path) -> Option<PathBuf> {
    let name = artifact.file_name()?.to_str()?;
    let stem = name.split('.').next()?;
    Some(artifact.with_file_name(format!("{stem}.py")))
}

/// Called by the generated `#[pymodule]` init. Warns if the `.py` beside the module changed since
/// the build; errors only if the warning itself is turned into an error (`-W error`).
pub fn check(m: &Bound<'_, PyModule>, source_sha256: &str) -> PyResult<()> {
    if std::env::var_os("PYRS_NO_STALE_CHECK").is_some() {
        return Ok(());
    }
    let Ok(file) = m.getattr("__file__") else { return Ok(()) };
    let Ok(file) = file.extract::<PathBuf>() else { return Ok(()) };
    let Some(py_path) = source_beside(&file) else { return Ok(()) };
    let Ok(bytes) = std::fs::read(&py_path) else { return Ok(()) };
    if sha256_hex(&bytes) == source_sha256 {
        return Ok(());
    }
    let msg = format!(
        "{} was compiled from a different version of {}: the source changed after the build, \
         and the compiled module (the old code) is the one imported. Rebuild with `pyrs build {}`, \
         or delete {} to run the .py",
        file.display(),
        py_path.display(),
        py_path.display(),
        file.display()
    );
    let py = m.py();
    let msg = CString::new(msg).unwrap_or_default();
    PyErr::warn(py, &py.get_type::<PyRuntimeWarning>(), &msg, 1)
}
