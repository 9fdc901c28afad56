//! Methods compiled code calls on `str`, `list`, `dict`, `set`, numbers and arrays; which
//! receiver types have which method is a typing rule (`infer::builtins`, `infer::numpy`).

use super::catalogue;

catalogue! {
    /// A method name pyrs knows (on at least one receiver type).
    pub enum Method {
        Add = "add",
        All = "all",
        Any = "any",
        Append = "append",
        Argmax = "argmax",
        Argmin = "argmin",
        Argsort = "argsort",
        Astype = "astype",
        Clear = "clear",
        Clip = "clip",
        Conj = "conj",
        Conjugate = "conjugate",
        Copy = "copy",
        Count = "count",
        Cumprod = "cumprod",
        Cumsum = "cumsum",
        Difference = "difference",
        Discard = "discard",
        Dot = "dot",
        Endswith = "endswith",
        Extend = "extend",
        Fill = "fill",
        Find = "find",
        Read = "read",
        Readline = "readline",
        Readlines = "readlines",
        Write = "write",
        Close = "close",
        Zfill = "zfill",
        Center = "center",
        Ljust = "ljust",
        Rjust = "rjust",
        Capitalize = "capitalize",
        Title = "title",
        Swapcase = "swapcase",
        Isupper = "isupper",
        Islower = "islower",
        Isalnum = "isalnum",
        Removeprefix = "removeprefix",
        Removesuffix = "removesuffix",
        Partition = "partition",
        Rpartition = "rpartition",
        Splitlines = "splitlines",
        Flatten = "flatten",
        Format = "format",
        Get = "get",
        Index = "index",
        Insert = "insert",
        Intersection = "intersection",
        IsInteger = "is_integer",
        Isalpha = "isalpha",
        Isdigit = "isdigit",
        Isdisjoint = "isdisjoint",
        Isspace = "isspace",
        Issubset = "issubset",
        Issuperset = "issuperset",
        Item = "item",
        Items = "items",
        Join = "join",
        Keys = "keys",
        Lower = "lower",
        Lstrip = "lstrip",
        Max = "max",
        Mean = "mean",
        Min = "min",
        Nonzero = "nonzero",
        Pop = "pop",
        Prod = "prod",
        Ravel = "ravel",
        Remove = "remove",
        Replace = "replace",
        Reshape = "reshape",
        Reverse = "reverse",
        Rfind = "rfind",
        Round = "round",
        Rstrip = "rstrip",
        Setdefault = "setdefault",
        Sort = "sort",
        Split = "split",
        Startswith = "startswith",
        Std = "std",
        Strip = "strip",
        Sum = "sum",
        SymmetricDifference = "symmetric_difference",
        Tolist = "tolist",
        Trace = "trace",
        Transpose = "transpose",
        Union = "union",
        Update = "update",
        Upper = "upper",
        Values = "values",
        Var = "var",
    }
}

impl Method {
    /// Parameter names of array methods taking keywords, in positional order.
    pub fn params(self) -> Option<&'static [&'static str]> {
        use Method as M;
        Some(match self {
            M::Sum | M::Prod | M::Mean | M::Min | M::Max | M::Any | M::All | M::Argmin | M::Argmax => {
                &["axis", "dtype", "out", "keepdims"]
            }
            M::Cumsum | M::Cumprod => &["axis", "dtype", "out"],
            M::Std | M::Var => &["axis", "dtype", "out", "ddof", "keepdims"],
            M::Sort | M::Argsort => &["axis"],
            M::Round => &["decimals"],
            M::Astype => &["dtype"],
            M::Splitlines => &["keepends"],
            _ => return None,
        })
    }

    /// The numpy function an array method computes (`a.sum()` is `np.sum(a)`), if any.
    pub fn numpy_fn(self) -> Option<super::NumpyFn> {
        super::NumpyFn::from_name(self.name())
    }
}
