//! The catalogue: everything pyrs knows of Python's builtins, `math` and NumPy, as enums with
//! one row per function (its Python name, and for numpy its kind and keyword parameters).
//!
//! Lowering resolves names to these enums however they were imported; inference and codegen
//! `match` on them. Adding a function is one row here, then the compiler points at every
//! exhaustive `match` that must say what it does (see ARCHITECTURE.md, "How to add a numpy
//! function").
//!
//! Architecture invariant: data only. No IR, no types, no Rust.

mod builtins;
mod math;
mod methods;
mod numpy;

pub use builtins::Builtin;
pub use math::MathFn;
pub use methods::Method;
pub use numpy::{dtype_name, named_field, NumpyFn, NumpyKind, Ufunc};
pub(crate) use numpy::{lapack_fns, matrix_fns, operator_fns, random_fns, reductions};

/// Declares a catalogue enum: one variant per row, its Python name, `ALL`, `name()`,
/// `from_name()`, `Display` (the Python name), and (with `=> row`) `row()` returning the row's data.
macro_rules! catalogue {
    ($(#[$doc:meta])* $vis:vis enum $E:ident { $($V:ident = $py:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $E { $($V),* }
        impl $E {
            /// every row, in catalogue order
            pub const ALL: &'static [$E] = &[$($E::$V),*];
            /// the Python name
            pub fn name(self) -> &'static str {
                match self { $($E::$V => $py),* }
            }
            pub fn from_name(name: &str) -> Option<Self> {
                match name { $($py => Some($E::$V),)* _ => None }
            }
        }
        /// The Python name, as messages show it.
        impl std::fmt::Display for $E {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }
    };
    ($(#[$doc:meta])* $vis:vis enum $E:ident : $Row:ty { $($V:ident = $py:literal => $row:expr),* $(,)? }) => {
        catalogue!($(#[$doc])* $vis enum $E { $($V = $py),* });
        impl $E {
            /// the row's data
            pub fn row(self) -> $Row {
                match self { $($E::$V => $row),* }
            }
        }
    };
}
pub(crate) use catalogue;

/// The modules whose functions compiled code calls directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Module {
    Math,
    Numpy,
    /// `numpy.random` (`from numpy import random`, `import numpy.random as npr`)
    NumpyRandom,
    /// `numpy.linalg` (`from numpy import linalg`, `import numpy.linalg as la`)
    NumpyLinalg,
    /// `time`: its clocks
    Time,
    /// `functools`: `reduce`
    Functools,
    /// `itertools`: `product`, `combinations`, `count`, ...
    Itertools,
    /// `bisect`: `bisect_left`, `bisect_right`, `insort_left`, ...
    Bisect,
    /// the standard library's `random`: calls of CPython's own functions (one generator,
    /// the `.py`'s)
    Random,
}

/// A function of the catalogue, by module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Intrinsic {
    Builtin(Builtin),
    Math(MathFn),
    Numpy(NumpyFn),
}

impl Intrinsic {
    pub fn python_name(&self) -> String {
        match self {
            Intrinsic::Builtin(b) => b.name().to_string(),
            Intrinsic::Math(f) => format!("math.{}", f.name()),
            Intrinsic::Numpy(f) => format!("numpy.{}", f.name()),
        }
    }
}

/// The constants of `math` and `numpy` (`math.pi`, `np.inf`, `np.newaxis`), and `...`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Constant {
    Pi,
    E,
    Tau,
    Inf,
    Nan,
    /// `np.newaxis` (`None` as an index)
    NewAxis,
    /// `...` in an index
    Ellipsis,
}

impl Constant {
    /// The constant `module.name`, if the module has it.
    pub fn of(module: Module, name: &str) -> Option<Constant> {
        Some(match (module, name) {
            (_, "pi") => Constant::Pi,
            (_, "e") => Constant::E,
            (Module::Math, "tau") => Constant::Tau,
            (_, "inf") => Constant::Inf,
            (_, "nan") => Constant::Nan,
            (Module::Numpy, "newaxis") => Constant::NewAxis,
            _ => return None,
        })
    }

    /// The float value of a numeric constant.
    pub fn value(self) -> Option<f64> {
        Some(match self {
            Constant::Pi => std::f64::consts::PI,
            Constant::E => std::f64::consts::E,
            Constant::Tau => std::f64::consts::TAU,
            Constant::Inf => f64::INFINITY,
            Constant::Nan => f64::NAN,
            Constant::NewAxis | Constant::Ellipsis => return None,
        })
    }
}

/// What `module.name` (or `from module import name`) is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Member {
    Function(Intrinsic),
    Constant(Module, Constant),
}

impl Member {
    pub fn lookup(module: Module, name: &str) -> Option<Member> {
        if module == Module::Time {
            return Some(Member::Function(Intrinsic::Builtin(Builtin::from_name(&format!("time.{name}"))?)));
        }
        if module == Module::Functools {
            return Some(Member::Function(Intrinsic::Builtin(Builtin::from_name(&format!("functools.{name}"))?)));
        }
        if module == Module::Itertools {
            return Some(Member::Function(Intrinsic::Builtin(Builtin::from_name(&format!("itertools.{name}"))?)));
        }
        if module == Module::Bisect {
            return Some(Member::Function(Intrinsic::Builtin(Builtin::from_name(&format!("bisect.{name}"))?)));
        }
        if module == Module::Random {
            return Some(Member::Function(Intrinsic::Builtin(Builtin::from_name(&format!("random.{name}"))?)));
        }
        if module == Module::NumpyRandom {
            return Some(Member::Function(Intrinsic::Numpy(NumpyFn::from_name(&format!("random.{name}"))?)));
        }
        if module == Module::NumpyLinalg {
            return Some(Member::Function(Intrinsic::Numpy(NumpyFn::from_name(&format!("linalg.{name}"))?)));
        }
        if let Some(c) = Constant::of(module, name) {
            return Some(Member::Constant(module, c));
        }
        Some(Member::Function(match module {
            Module::Math => Intrinsic::Math(MathFn::from_name(name)?),
            Module::Numpy | Module::NumpyRandom | Module::NumpyLinalg => Intrinsic::Numpy(NumpyFn::from_name(name)?),
            Module::Time | Module::Functools | Module::Itertools | Module::Bisect | Module::Random => return None,
        }))
    }

    pub fn python_name(&self) -> String {
        match self {
            Member::Function(f) => f.python_name(),
            Member::Constant(m, c) => {
                let module = if *m == Module::Math { "math" } else { "numpy" };
                let name = match c {
                    Constant::Pi => "pi",
                    Constant::E => "e",
                    Constant::Tau => "tau",
                    Constant::Inf => "inf",
                    Constant::Nan => "nan",
                    Constant::NewAxis => "newaxis",
                    Constant::Ellipsis => "Ellipsis",
                };
                format!("{module}.{name}")
            }
        }
    }
}

/// What `from math import *` binds (CPython 3.11's `math`, every public name).
pub const MATH_STAR: &[&str] = &[
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "cbrt",
    "ceil",
    "comb",
    "copysign",
    "cos",
    "cosh",
    "degrees",
    "dist",
    "e",
    "erf",
    "erfc",
    "exp",
    "exp2",
    "expm1",
    "fabs",
    "factorial",
    "floor",
    "fmod",
    "frexp",
    "fsum",
    "gamma",
    "gcd",
    "hypot",
    "inf",
    "isclose",
    "isfinite",
    "isinf",
    "isnan",
    "isqrt",
    "lcm",
    "ldexp",
    "lgamma",
    "log",
    "log10",
    "log1p",
    "log2",
    "modf",
    "nan",
    "nextafter",
    "perm",
    "pi",
    "pow",
    "prod",
    "radians",
    "remainder",
    "sin",
    "sinh",
    "sqrt",
    "tan",
    "tanh",
    "tau",
    "trunc",
    "ulp",
];

/// Names `from numpy import *` (numpy 2.x's `__all__`) binds besides the catalogue's rows that
/// another star import or a builtin may have bound first: Python's builtins it rebinds, and
/// the names it shares with `math`.
const NUMPY_STAR_REBINDS: &[&str] = &[
    "abs",
    "all",
    "any",
    "bool",
    "divmod",
    "max",
    "min",
    "pow",
    "round",
    "sum",
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "cbrt",
    "ceil",
    "copysign",
    "cos",
    "cosh",
    "degrees",
    "e",
    "exp",
    "exp2",
    "expm1",
    "fabs",
    "floor",
    "fmod",
    "frexp",
    "gcd",
    "hypot",
    "inf",
    "isclose",
    "isfinite",
    "isinf",
    "isnan",
    "lcm",
    "ldexp",
    "log",
    "log10",
    "log1p",
    "log2",
    "modf",
    "nan",
    "nextafter",
    "pi",
    "prod",
    "radians",
    "remainder",
    "sin",
    "sinh",
    "sqrt",
    "tan",
    "tanh",
    "trunc",
];

/// The names `from math import *` / `from numpy import *` bind, with what pyrs knows of each
/// (`None`: a name of the module pyrs has no row for; using it is an error at the use). For
/// numpy: the catalogue's rows and constants, and the names of [`NUMPY_STAR_REBINDS`] (numpy's
/// submodules `random` and `linalg` are bound by lowering); Python's builtin names that numpy
/// does not rebind (`int`, `float`, `len`, ...) stay the builtins.
pub fn star_names(module: Module) -> Vec<(&'static str, Option<Member>)> {
    let mut out: Vec<(&'static str, Option<Member>)> = Vec::new();
    let add = |n: &'static str, out: &mut Vec<(&'static str, Option<Member>)>| {
        if !out.iter().any(|(m, _)| *m == n) {
            out.push((n, Member::lookup(module, n)));
        }
    };
    match module {
        Module::Math => MATH_STAR.iter().for_each(|n| add(n, &mut out)),
        Module::Numpy => {
            NUMPY_STAR_REBINDS.iter().for_each(|n| add(n, &mut out));
            let python_builtin = |n: &str| {
                Builtin::from_name(n).is_some()
                    || matches!(n, "int" | "float" | "complex" | "str" | "object" | "bytes" | "type" | "slice")
            };
            let public = |n: &str| {
                n.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            };
            for f in NumpyFn::ALL {
                let n = f.name();
                if public(n) && !python_builtin(n) && Member::lookup(module, n).is_some() {
                    add(n, &mut out);
                }
            }
            for n in ["newaxis", "inf", "nan", "pi", "e"] {
                add(n, &mut out);
            }
        }
        _ => {}
    }
    out
}

/// The builtin exception classes compiled code can raise and catch.
pub const EXCEPTIONS: &[&str] = &[
    "Exception",
    "ArithmeticError",
    "ZeroDivisionError",
    "OverflowError",
    "LookupError",
    "IndexError",
    "KeyError",
    "ValueError",
    "TypeError",
    "AssertionError",
    "RuntimeError",
    "NotImplementedError",
    "RecursionError",
    "MemoryError",
    "StopIteration",
    "OSError",
    "FileNotFoundError",
    "FileExistsError",
    "PermissionError",
    "IsADirectoryError",
    "NotADirectoryError",
    "UnicodeError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "NameError",
    "UnboundLocalError",
];
