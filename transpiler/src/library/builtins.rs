//! Python's builtin functions, and the keyword parameters of array methods.

use super::catalogue;

catalogue! {
    /// The builtin functions compiled code calls (`abs(x)`, `len(a)`, `print(...)`).
    pub enum Builtin {
        Abs = "abs",
        Min = "min",
        Max = "max",
        Len = "len",
        Int = "int",
        Float = "float",
        Complex = "complex",
        Bool = "bool",
        Round = "round",
        Range = "range",
        Divmod = "divmod",
        Pow = "pow",
        Str = "str",
        Repr = "repr",
        Hex = "hex",
        Oct = "oct",
        Bin = "bin",
        Ord = "ord",
        Chr = "chr",
        Format = "format",
        Sum = "sum",
        Sorted = "sorted",
        Reversed = "reversed",
        Enumerate = "enumerate",
        Zip = "zip",
        List = "list",
        Set = "set",
        Dict = "dict",
        Tuple = "tuple",
        Any = "any",
        All = "all",
        Print = "print",
    }
}

/// Parameter names of array methods taking keywords, in positional order.
pub fn method_params(m: &str) -> Option<&'static [&'static str]> {
    Some(match m {
        "sum" | "prod" | "mean" | "min" | "max" | "any" | "all" | "argmin" | "argmax" => {
            &["axis", "dtype", "out", "keepdims"]
        }
        "cumsum" | "cumprod" => &["axis", "dtype", "out"],
        "std" | "var" => &["axis", "dtype", "out", "ddof", "keepdims"],
        "sort" | "argsort" => &["axis"],
        "round" => &["decimals"],
        "astype" => &["dtype"],
        _ => return None,
    })
}
