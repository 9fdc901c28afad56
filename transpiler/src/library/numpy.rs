//! NumPy's functions: one row each with its kind and its keyword parameters, and the
//! spellings of dtypes.

use super::catalogue;
use NumpyKind as K;

/// What kind of numpy function a row is: decides which typing rule and which emission
/// family handles it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumpyKind {
    /// element-wise on scalars and arrays (fused into array loops)
    Ufunc(Ufunc),
    /// `np.where(cond, a, b)` (element-wise) / `np.where(cond)` (= `nonzero`)
    Where,
    /// makes a new array (`zeros`, `arange`, `array`, `eye`, ...)
    Creation,
    /// reductions and accumulations, whole-array or along axes
    Reduction,
    /// products and norms
    Linalg,
    /// shape functions, sorting, selections: one runtime call on materialised arrays
    Shape,
    /// iterators (`np.ndenumerate`)
    Iteration,
    /// a scalar type used as a conversion (`np.float32(x)`)
    ScalarType,
}

/// The families of element-wise functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ufunc {
    /// a float function of one argument (ints computed in float64); `complex`: numpy also has
    /// its complex loop
    Math { complex: bool },
    /// every other element-wise function (own typing rule each)
    Other,
}

catalogue! {
    /// The numpy functions compiled code calls (`np.linalg.norm` is `linalg.norm`).
    pub enum NumpyFn: (NumpyKind, &'static [&'static str]) {
        Sqrt = "sqrt" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Exp = "exp" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Log = "log" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Log10 = "log10" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Log2 = "log2" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Log1p = "log1p" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Expm1 = "expm1" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Sin = "sin" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Cos = "cos" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Tan = "tan" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Arcsin = "arcsin" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Arccos = "arccos" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Arctan = "arctan" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Sinh = "sinh" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Cosh = "cosh" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Tanh = "tanh" => (K::Ufunc(Ufunc::Math { complex: true }), &[]),
        Floor = "floor" => (K::Ufunc(Ufunc::Math { complex: false }), &[]),
        Ceil = "ceil" => (K::Ufunc(Ufunc::Math { complex: false }), &[]),
        Trunc = "trunc" => (K::Ufunc(Ufunc::Math { complex: false }), &[]),
        Fabs = "fabs" => (K::Ufunc(Ufunc::Math { complex: false }), &[]),
        Arctan2 = "arctan2" => (K::Ufunc(Ufunc::Other), &[]),
        Hypot = "hypot" => (K::Ufunc(Ufunc::Other), &[]),
        Abs = "abs" => (K::Ufunc(Ufunc::Other), &[]),
        Absolute = "absolute" => (K::Ufunc(Ufunc::Other), &[]),
        Square = "square" => (K::Ufunc(Ufunc::Other), &[]),
        Minimum = "minimum" => (K::Ufunc(Ufunc::Other), &[]),
        Maximum = "maximum" => (K::Ufunc(Ufunc::Other), &[]),
        Isnan = "isnan" => (K::Ufunc(Ufunc::Other), &[]),
        Isinf = "isinf" => (K::Ufunc(Ufunc::Other), &[]),
        Isfinite = "isfinite" => (K::Ufunc(Ufunc::Other), &[]),
        Sign = "sign" => (K::Ufunc(Ufunc::Other), &[]),
        Conj = "conj" => (K::Ufunc(Ufunc::Other), &[]),
        Real = "real" => (K::Ufunc(Ufunc::Other), &[]),
        Imag = "imag" => (K::Ufunc(Ufunc::Other), &[]),
        Clip = "clip" => (K::Ufunc(Ufunc::Other), &["a", "a_min", "a_max"]),
        Fmin = "fmin" => (K::Ufunc(Ufunc::Other), &[]),
        Fmax = "fmax" => (K::Ufunc(Ufunc::Other), &[]),
        Round = "round" => (K::Ufunc(Ufunc::Other), &["a", "decimals"]),
        Around = "around" => (K::Ufunc(Ufunc::Other), &["a", "decimals"]),
        Power = "power" => (K::Ufunc(Ufunc::Other), &[]),
        Angle = "angle" => (K::Ufunc(Ufunc::Other), &[]),
        Where = "where" => (K::Where, &[]),
        Zeros = "zeros" => (K::Creation, &["shape", "dtype"]),
        Ones = "ones" => (K::Creation, &["shape", "dtype"]),
        Empty = "empty" => (K::Creation, &["shape", "dtype"]),
        Full = "full" => (K::Creation, &["shape", "fill_value", "dtype"]),
        ZerosLike = "zeros_like" => (K::Creation, &["a", "dtype"]),
        OnesLike = "ones_like" => (K::Creation, &["a", "dtype"]),
        EmptyLike = "empty_like" => (K::Creation, &["a", "dtype"]),
        FullLike = "full_like" => (K::Creation, &["a", "fill_value", "dtype"]),
        Arange = "arange" => (K::Creation, &["start", "stop", "step", "dtype"]),
        Linspace = "linspace" => (K::Creation, &["start", "stop", "num", "endpoint"]),
        Array = "array" => (K::Creation, &["object", "dtype"]),
        Asarray = "asarray" => (K::Creation, &["object", "dtype"]),
        Copy = "copy" => (K::Creation, &[]),
        Eye = "eye" => (K::Creation, &["N", "M", "k", "dtype"]),
        Identity = "identity" => (K::Creation, &["n", "dtype"]),
        Sum = "sum" => (K::Reduction, &["a", "axis", "dtype", "out", "keepdims"]),
        Prod = "prod" => (K::Reduction, &["a", "axis", "dtype", "out", "keepdims"]),
        Mean = "mean" => (K::Reduction, &["a", "axis", "dtype", "out", "keepdims"]),
        Min = "min" => (K::Reduction, &["a", "axis", "dtype", "out", "keepdims"]),
        Max = "max" => (K::Reduction, &["a", "axis", "dtype", "out", "keepdims"]),
        Amin = "amin" => (K::Reduction, &["a", "axis", "dtype", "out", "keepdims"]),
        Amax = "amax" => (K::Reduction, &["a", "axis", "dtype", "out", "keepdims"]),
        Any = "any" => (K::Reduction, &["a", "axis", "dtype", "out", "keepdims"]),
        All = "all" => (K::Reduction, &["a", "axis", "dtype", "out", "keepdims"]),
        Argmin = "argmin" => (K::Reduction, &["a", "axis", "dtype", "out", "keepdims"]),
        Argmax = "argmax" => (K::Reduction, &["a", "axis", "dtype", "out", "keepdims"]),
        Std = "std" => (K::Reduction, &["a", "axis", "dtype", "out", "ddof", "keepdims"]),
        Var = "var" => (K::Reduction, &["a", "axis", "dtype", "out", "ddof", "keepdims"]),
        Cumsum = "cumsum" => (K::Reduction, &["a", "axis", "dtype", "out"]),
        Cumprod = "cumprod" => (K::Reduction, &["a", "axis", "dtype", "out"]),
        Dot = "dot" => (K::Linalg, &[]),
        Trace = "trace" => (K::Linalg, &[]),
        Outer = "outer" => (K::Linalg, &[]),
        Inner = "inner" => (K::Linalg, &[]),
        Vdot = "vdot" => (K::Linalg, &[]),
        Matmul = "matmul" => (K::Linalg, &[]),
        LinalgNorm = "linalg.norm" => (K::Linalg, &["x", "ord", "axis"]),
        Reshape = "reshape" => (K::Shape, &["a", "shape"]),
        Ravel = "ravel" => (K::Shape, &[]),
        Transpose = "transpose" => (K::Shape, &["a", "axes"]),
        Concatenate = "concatenate" => (K::Shape, &["arrays", "axis"]),
        Stack = "stack" => (K::Shape, &["arrays", "axis"]),
        Vstack = "vstack" => (K::Shape, &["tup"]),
        Hstack = "hstack" => (K::Shape, &["tup"]),
        Diag = "diag" => (K::Shape, &["v", "k"]),
        Meshgrid = "meshgrid" => (K::Shape, &["x1", "x2", "x3", "x4", "indexing"]),
        Diff = "diff" => (K::Shape, &["a", "n", "axis"]),
        Sort = "sort" => (K::Shape, &["a", "axis"]),
        Argsort = "argsort" => (K::Shape, &["a", "axis"]),
        Unique = "unique" => (K::Shape, &[]),
        Nonzero = "nonzero" => (K::Shape, &[]),
        CountNonzero = "count_nonzero" => (K::Shape, &["a", "axis"]),
        Roll = "roll" => (K::Shape, &["a", "shift", "axis"]),
        Ndenumerate = "ndenumerate" => (K::Iteration, &[]),
        Bool = "bool" => (K::ScalarType, &[]),
        BoolScalar = "bool_" => (K::ScalarType, &[]),
        Int8 = "int8" => (K::ScalarType, &[]),
        Int16 = "int16" => (K::ScalarType, &[]),
        Int32 = "int32" => (K::ScalarType, &[]),
        Int64 = "int64" => (K::ScalarType, &[]),
        Uint8 = "uint8" => (K::ScalarType, &[]),
        Uint16 = "uint16" => (K::ScalarType, &[]),
        Uint32 = "uint32" => (K::ScalarType, &[]),
        Uint64 = "uint64" => (K::ScalarType, &[]),
        Float32 = "float32" => (K::ScalarType, &[]),
        Float64 = "float64" => (K::ScalarType, &[]),
        Complex64 = "complex64" => (K::ScalarType, &[]),
        Complex128 = "complex128" => (K::ScalarType, &[]),
    }
}

impl NumpyFn {
    pub fn kind(self) -> NumpyKind {
        self.row().0
    }

    /// Parameter names in positional order, for functions taking keywords (lowering turns
    /// keywords into positions; left-out arguments become `ExprKind::Default`).
    pub fn params(self) -> Option<&'static [&'static str]> {
        let params = self.row().1;
        (!params.is_empty()).then_some(params)
    }

    /// Element-wise (a ufunc), including `real`/`imag`.
    pub fn is_ufunc(self) -> bool {
        matches!(self.kind(), NumpyKind::Ufunc(_))
    }

    /// The canonical dtype name of a scalar type (`np.float32` -> `"float32"`).
    pub fn dtype(self) -> Option<&'static str> {
        match self.kind() {
            NumpyKind::ScalarType => dtype_name(self.name()),
            _ => None,
        }
    }
}

/// The pattern of every reduction row (`NumpyKind::Reduction`), for the exhaustive matches of
/// inference and codegen: `reductions!() => ...`. A new reduction row goes here too (a test
/// checks the two agree).
macro_rules! reductions {
    () => {
        $crate::library::NumpyFn::Sum
            | $crate::library::NumpyFn::Prod
            | $crate::library::NumpyFn::Mean
            | $crate::library::NumpyFn::Min
            | $crate::library::NumpyFn::Max
            | $crate::library::NumpyFn::Amin
            | $crate::library::NumpyFn::Amax
            | $crate::library::NumpyFn::Any
            | $crate::library::NumpyFn::All
            | $crate::library::NumpyFn::Argmin
            | $crate::library::NumpyFn::Argmax
            | $crate::library::NumpyFn::Std
            | $crate::library::NumpyFn::Var
            | $crate::library::NumpyFn::Cumsum
            | $crate::library::NumpyFn::Cumprod
    };
}
pub(crate) use reductions;

/// Canonical element type names for `dtype=` spellings.
pub fn dtype_name(spelling: &str) -> Option<&'static str> {
    Some(match spelling {
        "bool" | "bool_" | "?" | "b1" => "bool",
        "int" | "int64" | "i8" | "intp" | "int_" | "long" => "int64",
        "float" | "float64" | "f8" | "double" | "d" => "float64",
        "complex" | "complex128" | "c16" | "cdouble" => "complex128",
        "int8" | "i1" | "byte" | "b" => "int8",
        "int16" | "i2" | "short" | "h" => "int16",
        "int32" | "i4" | "intc" | "i" => "int32",
        "uint8" | "u1" | "ubyte" | "B" => "uint8",
        "uint16" | "u2" | "ushort" | "H" => "uint16",
        "uint32" | "u4" | "uintc" | "I" => "uint32",
        "uint64" | "u8" | "uintp" | "uint" | "ulong" => "uint64",
        "float32" | "f4" | "single" | "f" => "float32",
        "complex64" | "c8" | "csingle" | "F" => "complex64",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_scalar_types_name_dtypes() {
        for f in NumpyFn::ALL {
            assert_eq!(NumpyFn::from_name(f.name()), Some(*f));
            assert_eq!(f.kind() == NumpyKind::ScalarType, f.dtype().is_some(), "{}", f.name());
            assert_eq!(f.kind() == NumpyKind::Reduction, matches!(f, reductions!()), "{}", f.name());
        }
    }
}
