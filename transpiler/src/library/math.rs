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
    }
}
