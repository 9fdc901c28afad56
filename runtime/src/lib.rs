//! The runtime of pyrs-generated extension modules.
//!
//! Generated code stays short: it calls these functions instead of inlining Python semantics.
//! The layout mirrors Python's namespaces, so a reader finds `math.sqrt` in [`math`],
//! `//` and `%` in [`builtins::arith`], `round` in [`builtins::round`], numpy arrays in [`numpy`].
//! What only compiled loops call, with no Python name (hoisted and parallel loops), is in
//! [`support`].
//!
//! Architecture invariant: nothing here knows about the compiler (no syntax, no types of the
//! transpiler). Everything except [`py`] is plain Rust that never touches the Python interpreter,
//! so compiled kernels run with the GIL released. Nothing here panics on user data: every failure
//! is an [`Error`] that [`py`] turns into the matching Python exception.

pub mod builtins;
pub mod error;
pub mod math;
pub mod numpy;
pub mod py;
pub mod support;

pub use builtins::dict::{Dict, Set};
pub use builtins::generator::{Gen, Sent, Yielder};
pub use builtins::list::List;
pub use builtins::num::{Num, NumF};
pub use builtins::numc::NumC;
pub use builtins::str::Str;
pub use builtins::strnum::StrNum;
pub use builtins::vartuple::VarTuple;
pub use error::{Error, Exc, Flow, Result};
pub use num_complex::{Complex32, Complex64};
pub use numpy::ndarray::{Idx, NdArray};
/// Re-exported so that generated crates use exactly the runtime's versions.
pub use pyo3;
