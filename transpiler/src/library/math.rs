//! The functions of Python's `math` module (its constants are [`super::Constant`]s).

use super::catalogue;

catalogue! {
    /// `math.sqrt` & co.
    pub enum MathFn {
        Sqrt = "sqrt",
        Exp = "exp",
        Expm1 = "expm1",
        Log = "log",
        Log10 = "log10",
        Log2 = "log2",
        Log1p = "log1p",
        Sin = "sin",
        Cos = "cos",
        Tan = "tan",
        Asin = "asin",
        Acos = "acos",
        Atan = "atan",
        Sinh = "sinh",
        Cosh = "cosh",
        Tanh = "tanh",
        Asinh = "asinh",
        Acosh = "acosh",
        Atanh = "atanh",
        Atan2 = "atan2",
        Hypot = "hypot",
        Fabs = "fabs",
        Copysign = "copysign",
        Degrees = "degrees",
        Radians = "radians",
        Fmod = "fmod",
        Floor = "floor",
        Ceil = "ceil",
        Trunc = "trunc",
        Pow = "pow",
        Isnan = "isnan",
        Isinf = "isinf",
        Isfinite = "isfinite",
        Factorial = "factorial",
        Gcd = "gcd",
        Lcm = "lcm",
        Comb = "comb",
        Perm = "perm",
        Isqrt = "isqrt",
        // CPython's own algorithms or the C library's, as CPython calls them (runtime math/more.rs)
        Gamma = "gamma",
        Lgamma = "lgamma",
        Erf = "erf",
        Erfc = "erfc",
        Cbrt = "cbrt",
        Exp2 = "exp2",
        Remainder = "remainder",
        Nextafter = "nextafter",
        Ulp = "ulp",
        Ldexp = "ldexp",
        Frexp = "frexp",
        Modf = "modf",
        Isclose = "isclose",
        // of iterables (`infer/mathfns.rs`, `codegen/mathfns.rs`)
        Fsum = "fsum",
        Dist = "dist",
        Prod = "prod",
    }
}

impl MathFn {
    /// The parameters of the rows that take keyword arguments, and how many of them may be
    /// given by position (the rest are keyword-only, as in CPython).
    pub fn params(self) -> Option<(&'static [&'static str], usize)> {
        match self {
            MathFn::Isclose => Some((&["a", "b", "rel_tol", "abs_tol"], 2)),
            MathFn::Prod => Some((&["iterable", "start"], 1)),
            _ => None,
        }
    }
}
