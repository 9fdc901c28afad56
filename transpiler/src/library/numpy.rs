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
    /// `numpy.random`'s legacy functions (the global `RandomState`), and `default_rng` (a
    /// `Generator`, whose methods are `Method` rows)
    Random,
}

/// The families of element-wise functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ufunc {
    /// a float function of one argument (ints computed in float64); `complex`: numpy also has
    /// its complex loop
    Math { complex: bool },
    /// every other element-wise function (own typing rule each)
    Other,
    /// a Python operator as a function (`np.less(a, b)` is `a < b` on arrays): lowering
    /// gives the call one argument, the operator applied to the arguments (`"<"`, `"&"`,
    /// `"~"`; `"and"`/`"or"`/`"xor"`/`"not"` of the arguments' truth), so that it is typed
    /// and emitted as the operator is
    Operator(&'static str),
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
        Fmod = "fmod" => (K::Ufunc(Ufunc::Other), &[]),
        // lowering makes `np.divmod(a, b)` a call of a function of the file returning
        // `(np.floor_divide(a, b), np.remainder(a, b))`
        Divmod = "divmod" => (K::Ufunc(Ufunc::Other), &[]),
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
        Isclose = "isclose" => (K::Ufunc(Ufunc::Other), &["a", "b", "rtol", "atol", "equal_nan"]),
        // lowering makes `np.allclose(...)` `np.all(np.isclose(...))`
        Allclose = "allclose" => (K::Reduction, &["a", "b", "rtol", "atol", "equal_nan"]),
        Less = "less" => (K::Ufunc(Ufunc::Operator("<")), &[]),
        LessEqual = "less_equal" => (K::Ufunc(Ufunc::Operator("<=")), &[]),
        Greater = "greater" => (K::Ufunc(Ufunc::Operator(">")), &[]),
        GreaterEqual = "greater_equal" => (K::Ufunc(Ufunc::Operator(">=")), &[]),
        Equal = "equal" => (K::Ufunc(Ufunc::Operator("==")), &[]),
        NotEqual = "not_equal" => (K::Ufunc(Ufunc::Operator("!=")), &[]),
        BitwiseAnd = "bitwise_and" => (K::Ufunc(Ufunc::Operator("&")), &[]),
        BitwiseOr = "bitwise_or" => (K::Ufunc(Ufunc::Operator("|")), &[]),
        BitwiseXor = "bitwise_xor" => (K::Ufunc(Ufunc::Operator("^")), &[]),
        Invert = "invert" => (K::Ufunc(Ufunc::Operator("~")), &[]),
        BitwiseNot = "bitwise_not" => (K::Ufunc(Ufunc::Operator("~")), &[]),
        LogicalAnd = "logical_and" => (K::Ufunc(Ufunc::Operator("and")), &[]),
        LogicalOr = "logical_or" => (K::Ufunc(Ufunc::Operator("or")), &[]),
        LogicalXor = "logical_xor" => (K::Ufunc(Ufunc::Operator("xor")), &[]),
        LogicalNot = "logical_not" => (K::Ufunc(Ufunc::Operator("not")), &[]),
        FloorDivide = "floor_divide" => (K::Ufunc(Ufunc::Operator("//")), &[]),
        Mod = "mod" => (K::Ufunc(Ufunc::Operator("%")), &[]),
        Remainder = "remainder" => (K::Ufunc(Ufunc::Operator("%")), &[]),
        Add = "add" => (K::Ufunc(Ufunc::Operator("+")), &[]),
        Subtract = "subtract" => (K::Ufunc(Ufunc::Operator("-")), &[]),
        Multiply = "multiply" => (K::Ufunc(Ufunc::Operator("*")), &[]),
        Divide = "divide" => (K::Ufunc(Ufunc::Operator("/")), &[]),
        TrueDivide = "true_divide" => (K::Ufunc(Ufunc::Operator("/")), &[]),
        Negative = "negative" => (K::Ufunc(Ufunc::Operator("neg")), &[]),
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
        Average = "average" => (K::Reduction, &["a", "axis", "weights", "returned", "keepdims"]),
        Dot = "dot" => (K::Linalg, &[]),
        Trace = "trace" => (K::Linalg, &[]),
        Outer = "outer" => (K::Linalg, &[]),
        Inner = "inner" => (K::Linalg, &[]),
        Vdot = "vdot" => (K::Linalg, &[]),
        Matmul = "matmul" => (K::Linalg, &[]),
        LinalgNorm = "linalg.norm" => (K::Linalg, &["x", "ord", "axis", "keepdims"]),
        // numpy's LAPACK (`runtime/src/numpy/linalg_lapack.rs`)
        LinalgSolve = "linalg.solve" => (K::Linalg, &["a", "b"]),
        LinalgInv = "linalg.inv" => (K::Linalg, &["a"]),
        LinalgDet = "linalg.det" => (K::Linalg, &["a"]),
        LinalgSlogdet = "linalg.slogdet" => (K::Linalg, &["a"]),
        LinalgCholesky = "linalg.cholesky" => (K::Linalg, &["a", "upper"]),
        LinalgEigh = "linalg.eigh" => (K::Linalg, &["a", "UPLO"]),
        LinalgEigvalsh = "linalg.eigvalsh" => (K::Linalg, &["a", "UPLO"]),
        LinalgEig = "linalg.eig" => (K::Linalg, &["a"]),
        LinalgEigvals = "linalg.eigvals" => (K::Linalg, &["a"]),
        LinalgSvd = "linalg.svd" => (K::Linalg, &["a", "full_matrices", "compute_uv", "hermitian"]),
        LinalgLstsq = "linalg.lstsq" => (K::Linalg, &["a", "b", "rcond"]),
        LinalgQr = "linalg.qr" => (K::Linalg, &["a", "mode"]),
        // numpy's Python compositions of the above (`linalg_lapack/compose.rs`)
        LinalgPinv = "linalg.pinv" => (K::Linalg, &["a", "rcond", "hermitian", "rtol"]),
        LinalgMatrixRank = "linalg.matrix_rank" => (K::Linalg, &["A", "tol", "hermitian", "rtol"]),
        LinalgCond = "linalg.cond" => (K::Linalg, &["x", "p"]),
        LinalgMatrixPower = "linalg.matrix_power" => (K::Linalg, &["a", "n"]),
        LinalgMultiDot = "linalg.multi_dot" => (K::Linalg, &["arrays", "out"]),
        // matrices and array construction (`runtime/src/numpy/matrix.rs`, `matrix_fns!`)
        Tri = "tri" => (K::Shape, &["N", "M", "k", "dtype"]),
        Tril = "tril" => (K::Shape, &["m", "k"]),
        Triu = "triu" => (K::Shape, &["m", "k"]),
        Flip = "flip" => (K::Shape, &["m", "axis"]),
        Fliplr = "fliplr" => (K::Shape, &["m"]),
        Flipud = "flipud" => (K::Shape, &["m"]),
        Rot90 = "rot90" => (K::Shape, &["m", "k", "axes"]),
        Diagonal = "diagonal" => (K::Shape, &["a", "offset", "axis1", "axis2"]),
        Swapaxes = "swapaxes" => (K::Shape, &["a", "axis1", "axis2"]),
        Moveaxis = "moveaxis" => (K::Shape, &["a", "source", "destination"]),
        ExpandDims = "expand_dims" => (K::Shape, &["a", "axis"]),
        Squeeze = "squeeze" => (K::Shape, &["a", "axis"]),
        Atleast1d = "atleast_1d" => (K::Shape, &[]),
        Atleast2d = "atleast_2d" => (K::Shape, &[]),
        BroadcastTo = "broadcast_to" => (K::Shape, &["array", "shape"]),
        Kron = "kron" => (K::Shape, &["a", "b"]),
        Vander = "vander" => (K::Shape, &["x", "N", "increasing"]),
        ColumnStack = "column_stack" => (K::Shape, &["tup"]),
        Dstack = "dstack" => (K::Shape, &["tup"]),
        Take = "take" => (K::Shape, &["a", "indices", "axis", "out", "mode"]),
        TakeAlongAxis = "take_along_axis" => (K::Shape, &["arr", "indices", "axis"]),
        // `np.gradient(f, dx)`: one spacing for every axis (numpy's `*varargs` of one scalar)
        Gradient = "gradient" => (K::Shape, &["f", "varargs", "axis", "edge_order"]),
        Reshape = "reshape" => (K::Shape, &["a", "shape"]),
        Ravel = "ravel" => (K::Shape, &[]),
        Transpose = "transpose" => (K::Shape, &["a", "axes"]),
        Concatenate = "concatenate" => (K::Shape, &["arrays", "axis"]),
        Stack = "stack" => (K::Shape, &["arrays", "axis"]),
        Vstack = "vstack" => (K::Shape, &["tup"]),
        Hstack = "hstack" => (K::Shape, &["tup"]),
        Diag = "diag" => (K::Shape, &["v", "k"]),
        Meshgrid = "meshgrid" => (K::Shape, &["x1", "x2", "x3", "x4", "indexing", "sparse"]),
        Diff = "diff" => (K::Shape, &["a", "n", "axis", "prepend", "append"]),
        Sort = "sort" => (K::Shape, &["a", "axis", "kind", "order"]),
        Argsort = "argsort" => (K::Shape, &["a", "axis", "kind", "order"]),
        Unique = "unique" => (K::Shape, &["ar", "return_index", "return_inverse", "return_counts", "axis", "equal_nan"]),
        Nonzero = "nonzero" => (K::Shape, &[]),
        CountNonzero = "count_nonzero" => (K::Shape, &["a", "axis"]),
        Roll = "roll" => (K::Shape, &["a", "shift", "axis"]),
        Repeat = "repeat" => (K::Shape, &["a", "repeats", "axis"]),
        Tile = "tile" => (K::Shape, &["A", "reps"]),
        Copyto = "copyto" => (K::Shape, &["dst", "src", "casting", "where"]),
        Put = "put" => (K::Shape, &["a", "ind", "v", "mode"]),
        Append = "append" => (K::Shape, &["arr", "values", "axis"]),
        Insert = "insert" => (K::Shape, &["arr", "obj", "values", "axis"]),
        Delete = "delete" => (K::Shape, &["arr", "obj", "axis"]),
        Searchsorted = "searchsorted" => (K::Shape, &["a", "v", "side", "sorter"]),
        Bincount = "bincount" => (K::Shape, &["x", "weights", "minlength"]),
        ArraySplit = "array_split" => (K::Shape, &["ary", "indices_or_sections", "axis"]),
        Split = "split" => (K::Shape, &["ary", "indices_or_sections", "axis"]),
        Interp = "interp" => (K::Shape, &["x", "xp", "fp", "left", "right", "period"]),
        Convolve = "convolve" => (K::Shape, &["a", "v", "mode"]),
        Cross = "cross" => (K::Shape, &["a", "b", "axisa", "axisb", "axisc", "axis"]),
        Polyval = "polyval" => (K::Shape, &["p", "x"]),
        Einsum = "einsum" => (K::Shape, &[]),
        // `np.r_[...]`: lowering makes the subscript a call of this row (slices as `arange`)
        RConcat = "r_" => (K::Shape, &[]),
        Histogram = "histogram" => (K::Shape, &["a", "bins", "range", "density", "weights"]),
        // numpy's `nan*` functions: lowering makes `nansum nanprod nancumsum nancumprod nanmax
        // nanmin nanargmax nanargmin` the plain reduction of `NanFill` (numpy's `_replace_nan`)
        Nansum = "nansum" => (K::Shape, &["a", "axis", "dtype", "out", "keepdims"]),
        Nanprod = "nanprod" => (K::Shape, &["a", "axis", "dtype", "out", "keepdims"]),
        Nancumsum = "nancumsum" => (K::Shape, &["a", "axis", "dtype", "out"]),
        Nancumprod = "nancumprod" => (K::Shape, &["a", "axis", "dtype", "out"]),
        Nanmax = "nanmax" => (K::Shape, &["a", "axis", "out", "keepdims"]),
        Nanmin = "nanmin" => (K::Shape, &["a", "axis", "out", "keepdims"]),
        Nanargmax = "nanargmax" => (K::Shape, &["a", "axis", "out", "keepdims"]),
        Nanargmin = "nanargmin" => (K::Shape, &["a", "axis", "out", "keepdims"]),
        Nanmean = "nanmean" => (K::Shape, &["a", "axis", "dtype", "out", "keepdims"]),
        Nanvar = "nanvar" => (K::Shape, &["a", "axis", "dtype", "out", "ddof", "keepdims"]),
        Nanstd = "nanstd" => (K::Shape, &["a", "axis", "dtype", "out", "ddof", "keepdims"]),
        // sorting, order statistics, sets (`runtime/src/numpy/sorting.rs`)
        Median = "median" => (K::Shape, &["a", "axis", "out", "overwrite_input", "keepdims"]),
        Percentile = "percentile" => (K::Shape, &["a", "q", "axis", "out", "overwrite_input", "method", "keepdims"]),
        Quantile = "quantile" => (K::Shape, &["a", "q", "axis", "out", "overwrite_input", "method", "keepdims"]),
        Nanmedian = "nanmedian" => (K::Shape, &["a", "axis", "out", "overwrite_input", "keepdims"]),
        Nanpercentile = "nanpercentile" => (K::Shape, &["a", "q", "axis", "out", "overwrite_input", "method", "keepdims"]),
        Nanquantile = "nanquantile" => (K::Shape, &["a", "q", "axis", "out", "overwrite_input", "method", "keepdims"]),
        Ptp = "ptp" => (K::Shape, &["a", "axis", "out", "keepdims"]),
        Flatnonzero = "flatnonzero" => (K::Shape, &[]),
        Argwhere = "argwhere" => (K::Shape, &[]),
        Isin = "isin" => (K::Shape, &["element", "test_elements", "assume_unique", "invert", "kind"]),
        Intersect1d = "intersect1d" => (K::Shape, &["ar1", "ar2", "assume_unique", "return_indices"]),
        Union1d = "union1d" => (K::Shape, &["ar1", "ar2"]),
        Setdiff1d = "setdiff1d" => (K::Shape, &["ar1", "ar2", "assume_unique"]),
        Digitize = "digitize" => (K::Shape, &["x", "bins", "right"]),
        ArrayEqual = "array_equal" => (K::Shape, &["a1", "a2", "equal_nan"]),
        NanToNum = "nan_to_num" => (K::Shape, &["x", "copy", "nan", "posinf", "neginf"]),
        Lexsort = "lexsort" => (K::Shape, &["keys", "axis"]),
        // `runtime/src/numpy/partition.rs`, `ravel_index.rs`; typed by `infer/select.rs`
        Partition = "partition" => (K::Shape, &["a", "kth", "axis", "kind", "order"]),
        Argpartition = "argpartition" => (K::Shape, &["a", "kth", "axis", "kind", "order"]),
        RavelMultiIndex = "ravel_multi_index" => (K::Shape, &["multi_index", "dims", "mode", "order"]),
        UnravelIndex = "unravel_index" => (K::Shape, &["indices", "shape", "order"]),
        // `runtime/src/numpy/pad.rs`; the keywords of numpy's `**kwargs` (`infer/pad.rs`)
        Pad = "pad" => (K::Shape, &["array", "pad_width", "mode", "constant_values", "stat_length", "reflect_type", "end_values"]),
        // `NanFill(a, value, all_nan, axis)`: a copy of `a` with its NaNs replaced by `value`;
        // lanes along `axis` of NaNs only replaced (0), kept (1) or an error (2). Not a Python
        // name: only lowering makes it
        NanFill = "<nan-fill>" => (K::Shape, &[]),
        Ndenumerate = "ndenumerate" => (K::Iteration, &[]),
        Ndindex = "ndindex" => (K::Iteration, &[]),
        RandomSeed = "random.seed" => (K::Random, &["seed"]),
        RandomRand = "random.rand" => (K::Random, &[]),
        RandomRandn = "random.randn" => (K::Random, &[]),
        RandomRandom = "random.random" => (K::Random, &["size"]),
        RandomRandomSample = "random.random_sample" => (K::Random, &["size"]),
        RandomRanf = "random.ranf" => (K::Random, &["size"]),
        RandomSample = "random.sample" => (K::Random, &["size"]),
        RandomUniform = "random.uniform" => (K::Random, &["low", "high", "size"]),
        RandomNormal = "random.normal" => (K::Random, &["loc", "scale", "size"]),
        RandomStandardNormal = "random.standard_normal" => (K::Random, &["size"]),
        RandomGamma = "random.gamma" => (K::Random, &["shape", "scale", "size"]),
        RandomStandardGamma = "random.standard_gamma" => (K::Random, &["shape", "size"]),
        RandomBeta = "random.beta" => (K::Random, &["a", "b", "size"]),
        RandomExponential = "random.exponential" => (K::Random, &["scale", "size"]),
        RandomStandardExponential = "random.standard_exponential" => (K::Random, &["size"]),
        RandomPoisson = "random.poisson" => (K::Random, &["lam", "size"]),
        RandomBinomial = "random.binomial" => (K::Random, &["n", "p", "size"]),
        RandomRandint = "random.randint" => (K::Random, &["low", "high", "size", "dtype"]),
        RandomChoice = "random.choice" => (K::Random, &["a", "size", "replace", "p"]),
        RandomShuffle = "random.shuffle" => (K::Random, &["x"]),
        RandomPermutation = "random.permutation" => (K::Random, &["x"]),
        RandomLognormal = "random.lognormal" => (K::Random, &["mean", "sigma", "size"]),
        RandomChisquare = "random.chisquare" => (K::Random, &["df", "size"]),
        RandomLaplace = "random.laplace" => (K::Random, &["loc", "scale", "size"]),
        RandomGeometric = "random.geometric" => (K::Random, &["p", "size"]),
        RandomStandardCauchy = "random.standard_cauchy" => (K::Random, &["size"]),
        RandomLogistic = "random.logistic" => (K::Random, &["loc", "scale", "size"]),
        RandomGumbel = "random.gumbel" => (K::Random, &["loc", "scale", "size"]),
        RandomRayleigh = "random.rayleigh" => (K::Random, &["scale", "size"]),
        RandomDefaultRng = "random.default_rng" => (K::Random, &["seed"]),
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
        Double = "double" => (K::ScalarType, &[]),
        Single = "single" => (K::ScalarType, &[]),
        Intp = "intp" => (K::ScalarType, &[]),
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

    /// A new array of a shape, filled (`np.zeros`, `ones`, `empty`, `full` and their `_like`
    /// forms): memory no other name reaches.
    pub fn fills_new_array(self) -> bool {
        use NumpyFn as N;
        matches!(
            self,
            N::Zeros | N::Ones | N::Empty | N::Full | N::ZerosLike | N::OnesLike | N::EmptyLike | N::FullLike
        )
    }

    /// Element-wise (a ufunc), including `real`/`imag`.
    pub fn is_ufunc(self) -> bool {
        matches!(self.kind(), NumpyKind::Ufunc(_))
    }

    /// The operator of a row that is one (`np.less` is `"<"`), see [`Ufunc::Operator`].
    pub fn operator(self) -> Option<&'static str> {
        match self.kind() {
            NumpyKind::Ufunc(Ufunc::Operator(op)) => Some(op),
            _ => None,
        }
    }

    /// The named tuple numpy's `numpy.linalg` returns from this function (`svd`: `SVDResult`
    /// with fields `U`, `S`, `Vh`), when its result is a tuple.
    pub fn named_tuple(self) -> Option<(&'static str, &'static [&'static str])> {
        Some(match self {
            NumpyFn::LinalgEig => ("EigResult", &["eigenvalues", "eigenvectors"]),
            NumpyFn::LinalgEigh => ("EighResult", &["eigenvalues", "eigenvectors"]),
            NumpyFn::LinalgSlogdet => ("SlogdetResult", &["sign", "logabsdet"]),
            NumpyFn::LinalgSvd => ("SVDResult", &["U", "S", "Vh"]),
            NumpyFn::LinalgQr => ("QRResult", &["Q", "R"]),
            _ => return None,
        })
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
/// checks the two agree), unless it has a rule of its own (`average`: its weights).
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

/// The pattern of every operator row (`Ufunc::Operator`: `np.less`, `np.bitwise_and`,
/// `np.logical_not`, ...), for the exhaustive matches of inference and codegen (a test checks
/// it against the rows' kinds).
macro_rules! operator_fns {
    () => {
        $crate::library::NumpyFn::Less
            | $crate::library::NumpyFn::LessEqual
            | $crate::library::NumpyFn::Greater
            | $crate::library::NumpyFn::GreaterEqual
            | $crate::library::NumpyFn::Equal
            | $crate::library::NumpyFn::NotEqual
            | $crate::library::NumpyFn::BitwiseAnd
            | $crate::library::NumpyFn::BitwiseOr
            | $crate::library::NumpyFn::BitwiseXor
            | $crate::library::NumpyFn::Invert
            | $crate::library::NumpyFn::BitwiseNot
            | $crate::library::NumpyFn::Add
            | $crate::library::NumpyFn::Subtract
            | $crate::library::NumpyFn::Multiply
            | $crate::library::NumpyFn::Divide
            | $crate::library::NumpyFn::TrueDivide
            | $crate::library::NumpyFn::Negative
            | $crate::library::NumpyFn::LogicalAnd
            | $crate::library::NumpyFn::LogicalOr
            | $crate::library::NumpyFn::LogicalXor
            | $crate::library::NumpyFn::LogicalNot
            | $crate::library::NumpyFn::FloorDivide
            | $crate::library::NumpyFn::Mod
            | $crate::library::NumpyFn::Remainder
    };
}
pub(crate) use operator_fns;

/// The pattern of every `numpy.random` row (`NumpyKind::Random`), for the exhaustive matches of
/// inference and codegen (a test checks it against the rows' kinds).
macro_rules! random_fns {
    () => {
        $crate::library::NumpyFn::RandomSeed
            | $crate::library::NumpyFn::RandomRand
            | $crate::library::NumpyFn::RandomRandn
            | $crate::library::NumpyFn::RandomRandom
            | $crate::library::NumpyFn::RandomRandomSample
            | $crate::library::NumpyFn::RandomRanf
            | $crate::library::NumpyFn::RandomSample
            | $crate::library::NumpyFn::RandomUniform
            | $crate::library::NumpyFn::RandomNormal
            | $crate::library::NumpyFn::RandomStandardNormal
            | $crate::library::NumpyFn::RandomGamma
            | $crate::library::NumpyFn::RandomStandardGamma
            | $crate::library::NumpyFn::RandomBeta
            | $crate::library::NumpyFn::RandomExponential
            | $crate::library::NumpyFn::RandomStandardExponential
            | $crate::library::NumpyFn::RandomPoisson
            | $crate::library::NumpyFn::RandomBinomial
            | $crate::library::NumpyFn::RandomRandint
            | $crate::library::NumpyFn::RandomChoice
            | $crate::library::NumpyFn::RandomShuffle
            | $crate::library::NumpyFn::RandomPermutation
            | $crate::library::NumpyFn::RandomLognormal
            | $crate::library::NumpyFn::RandomChisquare
            | $crate::library::NumpyFn::RandomLaplace
            | $crate::library::NumpyFn::RandomGeometric
            | $crate::library::NumpyFn::RandomStandardCauchy
            | $crate::library::NumpyFn::RandomLogistic
            | $crate::library::NumpyFn::RandomGumbel
            | $crate::library::NumpyFn::RandomRayleigh
            | $crate::library::NumpyFn::RandomDefaultRng
    };
}
pub(crate) use random_fns;

/// The pattern of the `numpy.linalg` rows computed on numpy's LAPACK.
macro_rules! lapack_fns {
    () => {
        $crate::library::NumpyFn::LinalgSolve
            | $crate::library::NumpyFn::LinalgInv
            | $crate::library::NumpyFn::LinalgDet
            | $crate::library::NumpyFn::LinalgSlogdet
            | $crate::library::NumpyFn::LinalgCholesky
            | $crate::library::NumpyFn::LinalgEigh
            | $crate::library::NumpyFn::LinalgEigvalsh
            | $crate::library::NumpyFn::LinalgEig
            | $crate::library::NumpyFn::LinalgEigvals
            | $crate::library::NumpyFn::LinalgSvd
            | $crate::library::NumpyFn::LinalgLstsq
            | $crate::library::NumpyFn::LinalgQr
            | $crate::library::NumpyFn::LinalgPinv
            | $crate::library::NumpyFn::LinalgMatrixRank
            | $crate::library::NumpyFn::LinalgCond
            | $crate::library::NumpyFn::LinalgMatrixPower
            | $crate::library::NumpyFn::LinalgMultiDot
    };
}
pub(crate) use lapack_fns;

/// The position of a field of numpy's named tuples (`S` of `SVDResult`: 1); a name has one
/// position in all of them (a test checks it).
pub fn named_field(name: &str) -> Option<usize> {
    NumpyFn::ALL.iter().find_map(|f| f.named_tuple()?.1.iter().position(|n| *n == name))
}

/// The pattern of the matrix and array-construction rows (`infer/matrix.rs`,
/// `codegen/numpy/matrix.rs`, `runtime/src/numpy/matrix.rs`).
macro_rules! matrix_fns {
    () => {
        $crate::library::NumpyFn::Tri
            | $crate::library::NumpyFn::Tril
            | $crate::library::NumpyFn::Triu
            | $crate::library::NumpyFn::Flip
            | $crate::library::NumpyFn::Fliplr
            | $crate::library::NumpyFn::Flipud
            | $crate::library::NumpyFn::Rot90
            | $crate::library::NumpyFn::Diagonal
            | $crate::library::NumpyFn::Swapaxes
            | $crate::library::NumpyFn::Moveaxis
            | $crate::library::NumpyFn::ExpandDims
            | $crate::library::NumpyFn::Squeeze
            | $crate::library::NumpyFn::Atleast1d
            | $crate::library::NumpyFn::Atleast2d
            | $crate::library::NumpyFn::BroadcastTo
            | $crate::library::NumpyFn::Kron
            | $crate::library::NumpyFn::Vander
            | $crate::library::NumpyFn::ColumnStack
            | $crate::library::NumpyFn::Dstack
            | $crate::library::NumpyFn::Take
            | $crate::library::NumpyFn::TakeAlongAxis
            | $crate::library::NumpyFn::Gradient
    };
}
pub(crate) use matrix_fns;

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
            assert_eq!(
                f.kind() == NumpyKind::Reduction,
                matches!(f, reductions!() | NumpyFn::Average | NumpyFn::Allclose),
                "{}",
                f.name()
            );
            assert_eq!(f.kind() == NumpyKind::Random, matches!(f, random_fns!()), "{}", f.name());
            assert_eq!(f.operator().is_some(), matches!(f, operator_fns!()), "{}", f.name());
            for (k, field) in f.named_tuple().map(|t| t.1).unwrap_or(&[]).iter().enumerate() {
                assert_eq!(named_field(field), Some(k), "{field}");
            }
        }
    }
}
