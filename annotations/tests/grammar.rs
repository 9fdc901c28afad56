//! Table-driven tests of the annotation grammar.
//!
//! Each case is a small "file" (only its comments matter; a comment starts at the first
//! `#` of a line) and the expected rendering of the result, one line per item, in order:
//! exports (`f(int, float64[:])`), then variables (`var NAME`), then directives
//! (`dir [clauses]`), then errors (`error LINE:COL: message`). An expected error line is
//! matched as a prefix of the actual one, so the tables can abbreviate long messages.

use pyrs_annotations::*;

fn comments(src: &str) -> Vec<Comment<'_>> {
    src.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let b = line.find('#')?;
            let col = line[..b].chars().count() as u32 + 1;
            Some(Comment { text: &line[b..], pos: Pos { line: i as u32 + 1, col } })
        })
        .collect()
}

fn render(src: &str) -> Vec<String> {
    let (ann, errors) = parse_comments(comments(src));
    let mut out: Vec<String> = ann.exports.iter().map(|e| e.to_string()).collect();
    out.extend(ann.variables.iter().map(|v| format!("var {}", v.name)));
    out.extend(ann.directives.iter().map(|d| {
        let DirectiveKind::ParallelFor { clauses } = &d.kind else { panic!("expected a parallel-for directive") };
        format!("dir {clauses:?}")
    }));
    out.extend(errors.iter().map(|e| format!("error {e}")));
    out
}

fn check(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (src, expected) in cases {
        let actual = render(src);
        let ok =
            actual.len() == expected.len()
                && actual.iter().zip(expected.iter()).all(|(a, e)| {
                    if e.starts_with("error ") {
                        a.starts_with(e)
                    } else {
                        a == e
                    }
                });
        if !ok {
            failures.push(format!("input:    {src:?}\nexpected: {expected:#?}\nactual:   {actual:#?}"));
        }
    }
    assert!(failures.is_empty(), "{} case(s) failed:\n\n{}", failures.len(), failures.join("\n\n"));
}

// ------------------------------------------------------------------------- scalars

#[test]
fn every_scalar_name() {
    for s in Scalar::ALL {
        assert_eq!(parse_type(s.name()), Ok(Type::Scalar(s)), "{}", s.name());
        assert_eq!(Scalar::from_name(s.name()), Some(s));
        let src = format!("#pythran export f({})", s.name());
        assert_eq!(render(&src), [format!("f({})", s.name())]);
    }
    assert_eq!(Scalar::ALL.len(), 26);
    assert_eq!(parse_type("long"), Ok(Type::Scalar(Scalar::Int)));
}

#[test]
fn scalar_classes() {
    use Scalar::*;
    for s in Scalar::ALL {
        let classes = [s.is_integer(), s.is_float(), s.is_complex()].iter().filter(|b| **b).count();
        let expected = usize::from(!matches!(s, Bool | Str | None | Slice));
        assert_eq!(classes, expected, "{s}");
    }
    assert!(Int.is_integer() && Int64.is_integer() && UIntp.is_integer() && Byte.is_integer());
    assert!(UInt8.is_unsigned() && !Int8.is_unsigned());
    assert!(Float.is_float() && Float128.is_float() && !Complex64.is_float());
    assert!(Complex.is_complex() && Complex256.is_complex());
    assert!(Bool.is_array_element() && !Str.is_array_element() && !None.is_array_element());
    assert_ne!(Int, Int64);
    assert_eq!(Int.name(), "int");
    assert_eq!(Int64.name(), "int64");
    assert_eq!(UIntc.name(), "uintc");
    assert_eq!(None.name(), "None");
}

// -------------------------------------------------------------------------- types

/// (input, canonical Display)
const TYPES: &[(&str, &str)] = &[
    // arrays
    ("float64[]", "float64[:]"),
    ("float64[:]", "float64[:]"),
    ("float64 [ : ]", "float64[:]"),
    ("float64[][]", "float64[:,:]"),
    ("float64[:,:]", "float64[:,:]"),
    ("float64[:][:]", "float64[:,:]"),
    ("int[][][]", "int[:,:,:]"),
    ("int8[:,:,:,:]", "int8[:,:,:,:]"),
    ("float64[::]", "float64[::]"),
    ("float64[:,::]", "float64[::,::]"),
    ("float64[::,::]", "float64[::,::]"),
    ("float64[3]", "float64[3]"),
    ("float64[:,3]", "float64[:,3]"),
    ("float64[2,3]", "float64[2,3]"),
    ("float64[::,3]", "float64[::,3]"),
    ("float64[:,:] order(C)", "float64[:,:] order(C)"),
    ("float64[:,:] order(F)", "float64[:,:] order(F)"),
    ("float64[][] order ( F )", "float64[:,:] order(F)"),
    ("float32[:,:,:] order(F)", "float32[:,:,:] order(F)"),
    ("bool[]", "bool[:]"),
    ("uint8[:,:]", "uint8[:,:]"),
    ("complex128[]", "complex128[:]"),
    ("complex[]", "complex[:]"),
    ("intp[:]", "intp[:]"),
    ("long[]", "int[:]"),
    // containers
    ("int list", "int list"),
    ("int list list", "int list list"),
    ("int list set", "int list set"),
    ("float[] list", "float[:] list"),
    ("float64[:,:] order(F) list", "float64[:,:] order(F) list"),
    ("(int, float) list", "(int, float) list"),
    ("int set", "int set"),
    ("str set", "str set"),
    ("int:float dict", "int:float dict"),
    ("int : float dict", "int:float dict"),
    ("int:float list dict", "int:float list dict"),
    ("int list:float dict", "int list:float dict"),
    ("int:float dict list", "int:float dict list"),
    ("int:str:float dict dict", "int:str:float dict dict"),
    ("[int:float dict]:str dict", "[int:float dict]:str dict"),
    ("[int:float dict list]:str dict", "[int:float dict list]:str dict"),
    ("str:float64[:] dict", "str:float64[:] dict"),
    ("(int, str):float dict", "(int, str):float dict"),
    // tuples
    ("(int, float)", "(int, float)"),
    ("(int,)", "(int,)"),
    ("(int)", "int"),
    ("()", "()"),
    ("(int, float,)", "(int, float)"),
    ("((int, float), str)", "((int, float), str)"),
    ("(int list, float64[:,:])", "(int list, float64[:,:])"),
    ("(int:float dict, None)", "(int:float dict, None)"),
    ("[int]", "int"),
    ("[int list] set", "int list set"),
    ("slice", "slice"),
];

#[test]
fn type_table() {
    for (input, display) in TYPES {
        let t = parse_type(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(t.to_string(), *display, "{input}");
    }
}

#[test]
fn round_trip() {
    for (input, _) in TYPES {
        let t = parse_type(input).unwrap();
        let again = parse_type(&t.to_string()).unwrap_or_else(|e| panic!("{t}: {e}"));
        assert_eq!(again, t, "{input}");
        assert_eq!(t.to_string().parse::<Type>().unwrap(), t);
    }
    // Types built by hand, including shapes the parser never groups itself.
    let f64a = |dims: Vec<Dim>, layout| Type::Array(ArrayType { elem: Scalar::Float64, dims, layout });
    let handmade = [
        Type::Dict(
            Box::new(Type::List(Box::new(Type::Dict(
                Box::new(Type::Scalar(Scalar::Int)),
                Box::new(Type::Scalar(Scalar::Str)),
            )))),
            Box::new(Type::Scalar(Scalar::Float)),
        ),
        Type::Tuple(vec![Type::Tuple(vec![Type::Scalar(Scalar::Int)])]),
        Type::Set(Box::new(Type::Tuple(vec![]))),
        f64a(vec![Dim::Any, Dim::Fixed(4), Dim::Any], Layout::Strided),
        f64a(vec![Dim::Fixed(2), Dim::Any], Layout::F),
        Type::List(Box::new(f64a(vec![Dim::Any, Dim::Any], Layout::C))),
    ];
    for t in handmade {
        assert_eq!(parse_type(&t.to_string()), Ok(t.clone()), "{t}");
    }
}

#[test]
fn array_layouts_and_dims() {
    let a = |s: &str| parse_type(s).unwrap().as_array().cloned().unwrap();
    assert_eq!(a("float64[]").layout, Layout::Contiguous);
    assert_eq!(a("float64[:,:]").layout, Layout::Contiguous);
    assert_eq!(a("float64[:,::]").layout, Layout::Strided);
    assert_eq!(a("float64[::][:]").layout, Layout::Strided);
    assert_eq!(a("float64[:,:] order(C)").layout, Layout::C);
    assert_eq!(a("float64[:,:] order(F)").layout, Layout::F);
    assert_eq!(a("float64[:,3]").dims, vec![Dim::Any, Dim::Fixed(3)]);
    assert_eq!(a("float64[][]").ndim(), 2);
    assert_eq!(a("uint16[:]").elem, Scalar::UInt16);
    assert_eq!(parse_type("int list"), Ok(Type::List(Box::new(Type::Scalar(Scalar::Int)))));
    assert_eq!(
        parse_type("int:float list dict"),
        Ok(Type::Dict(
            Box::new(Type::Scalar(Scalar::Int)),
            Box::new(Type::List(Box::new(Type::Scalar(Scalar::Float))))
        ))
    );
}

/// (input, "line:col: message prefix")
const TYPE_ERRORS: &[(&str, &str)] = &[
    ("double", "1:1: unknown type `double`: use `float64`"),
    ("float64[:] or double", "1:15: unknown type `double`: use `float64`"),
    ("integer", "1:1: unknown type `integer`: use `int64`"),
    ("long long", "1:1: unknown type `long long`: use `int64`"),
    ("string", "1:1: unknown type `string`: use `str`"),
    ("boolean", "1:1: unknown type `boolean`: use `bool`"),
    ("complex double", "1:1: unknown type `complex double`: use `complex128`"),
    ("ndarray", "1:1: unknown type `ndarray`: write the element type and dimensions"),
    ("np.ndarray", "1:1: unknown type `np.ndarray`: write the element type"),
    ("np.float64", "1:1: unknown type `np.float64`: drop the module prefix and write `float64`"),
    ("Int", "1:1: unknown type `Int`: type names are case-sensitive; use `int`"),
    ("none", "1:1: unknown type `none`: type names are case-sensitive; use `None`"),
    ("List[int]", "1:1: unknown type `List`: containers are written after"),
    ("list", "1:1: unknown type `list`: containers are written after"),
    ("frobnicate", "1:1: unknown type `frobnicate`; expected a scalar"),
    ("int or float", "1:5: `or` alternatives are only allowed in export signatures"),
    ("int?", "1:4: `?` marks an optional export argument"),
    ("int float", "1:5: unexpected `float` (missing `,`?); expected end of type"),
    ("int )", "1:5: expected end of type, found `)`"),
    ("int dict", "1:5: `dict` needs a key and a value type"),
    (
        "int:float",
        "1:10: expected `dict` to close the `key:value dict` type whose `:` is at column 4, found end of comment",
    ),
    ("int:float or str dict", "1:11: expected `dict` to close"),
    ("str[]", "1:1: `str` cannot be an array element"),
    ("None[:]", "1:1: `None` cannot be an array element"),
    ("int list[]", "1:1: `int list` cannot be an array element"),
    ("(int, float)[:]", "1:1: `(int, float)` cannot be an array element"),
    ("float64[:", "1:10: unbalanced `[` at column 8"),
    ("float64[:,:", "1:12: unbalanced `[` at column 8"),
    ("float64[:,]", "1:11: empty array dimension before `]`"),
    ("float64[,:]", "1:9: empty array dimension before `,`"),
    ("float64[1:]", "1:10: expected `,` or `]` in array dimensions, found `:`"),
    ("float64[x]", "1:9: expected `:`, `::` or an integer extent"),
    ("float64[99999999999999999999]", "1:9: array extent `99999999999999999999` is too large"),
    ("float64[:] order(F)", "1:12: `order(...)` on the 1-D array `float64[:]`"),
    ("float64[::,:] order(C)", "1:15: `order(...)` on the strided array"),
    ("float64[:,:] order(X)", "1:20: unknown array order `X`; expected `C` or `F`"),
    ("float64[:,:] order(c)", "1:20: unknown array order `c`"),
    ("float64[:,:] order C", "1:20: expected `(` after `order`"),
    ("float64[:,:] order(C", "1:21: unbalanced `(` at column 19"),
    ("int order(C)", "1:5: `order(...)` applied to `int`"),
    ("float64[:,:] order(C) order(F)", "1:23: `float64[:,:] order(C)` already has an order"),
    ("float64[:,:] order(C)[:]", "1:22: array dimensions after `order(...)`"),
    ("(int, float", "1:12: unbalanced `(` at column 1"),
    ("(int float)", "1:6: unexpected `float` (missing `,`?); expected `,` or `)` in tuple"),
    ("(int,,float)", "1:6: empty tuple element before `,`"),
    ("(,)", "1:2: empty tuple element"),
    ("[int or float", "1:14: unbalanced `[` at column 1"),
    ("[]", "1:2: empty `[]` group"),
    ("", "1:1: expected a type, found end of comment"),
    (",", "1:1: expected a type, found `,`"),
    ("int ]", "1:5: expected end of type, found `]`"),
    ("int $", "1:5: expected end of type, found `$`"),
    ("int # x", "1:5: expected end of type, found `#`"),
];

#[test]
fn type_errors() {
    let mut failures = Vec::new();
    for (input, expected) in TYPE_ERRORS {
        match parse_type(input) {
            Ok(t) => failures.push(format!("{input:?}: parsed as {t}")),
            Err(e) => {
                if !e.to_string().starts_with(expected) {
                    failures.push(format!("{input:?}:\n  expected {expected}\n  actual   {e}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn type_error_positions_span_lines() {
    let e = parse_type("(int,\n  double)").unwrap_err();
    assert_eq!(e.pos, Pos { line: 2, col: 3 });
}

// -------------------------------------------------------------------------- exports

#[test]
fn export_prefixes() {
    check(&[
        ("#pythran export f(int)", &["f(int)"]),
        ("# pythran export f(int)", &["f(int)"]),
        ("#pythran export f(int):", &["f(int)"]),
        ("#pythran export f(int), g(float) :", &["f(int)", "g(float)"]),
        ("#   pythran   export   f ( int )", &["f(int)"]),
        ("# export f(int)", &["f(int)"]),
        ("#export f(int)", &["f(int)"]),
        ("x = 1  # pythran export f(int)", &["f(int)"]),
        ("#pythran export f(int)  # the main entry point", &["f(int)"]),
        ("#pythran export f()", &["f()"]),
        ("#pythran export f( )", &["f()"]),
        ("#pythran export f(int, float64[:], complex128[:,:] list)", &["f(int, float64[:], complex128[:,:] list)"]),
        ("#pythran export f(é)", &["error 1:19: unknown type `é`"]),
        ("#pythran export été(int)", &["été(int)"]),
    ]);
}

#[test]
fn ordinary_comments_are_ignored() {
    check(&[
        ("# export the data to disk", &[]),
        ("# export results as CSV (see below)", &[]),
        ("# export", &[]),
        ("#export", &[]),
        ("# exported f(int)", &[]),
        ("# exports f(int)", &[]),
        ("# Export f(int)", &[]),
        ("# export np.save", &[]),
        ("# export: f(int)", &[]),
        ("# pythran is great", &[]),
        ("# pythran", &[]),
        ("# pythranexport f(int)", &[]),
        ("## pythran export f(int)", &[]),
        ("# just a comment", &[]),
        ("#", &[]),
        ("# omp barrier", &[]),
        ("# omp parallel", &[]),
        ("# omp parallel sections", &[]),
        ("# pyrs something else", &[]),
        ("# ompparallel for", &[]),
        ("# omp parallel fork", &[]),
    ]);
}

#[test]
fn variable_exports() {
    check(&[
        ("# export data", &["var data"]),
        ("#pythran export CONST", &["var CONST"]),
        ("#pythran export a, b", &["var a", "var b"]),
        ("# export a, b", &["var a", "var b"]),
        ("#pythran export f(int), CONST, g()", &["f(int)", "g()", "var CONST"]),
        (
            "#pythran export a\n#pythran export a",
            &["var a", "error 2:17: duplicate export of variable `a`, already exported on line 1"],
        ),
        (
            "#pythran export f\n#pythran export f(int)",
            &["var f", "error 2:17: `f` is already exported as a variable on line 1"],
        ),
        (
            "#pythran export f(int)\n#pythran export f",
            &["f(int)", "error 2:17: `f` is already exported as a function on line 1"],
        ),
    ]);
}

#[test]
fn multiple_entries_and_overload_lines() {
    check(&[
        ("#pythran export f(int), g(float)", &["f(int)", "g(float)"]),
        ("#pythran export f(int), f(float)", &["f(int)", "f(float)"]),
        (
            "#pythran export f(int)\n# some code\n#pythran export f(float64[:])\n# pythran export g()",
            &["f(int)", "f(float64[:])", "g()"],
        ),
        (
            "#pythran export f(int), g(float),",
            &["error 1:34: expected another exported name after `,`, found end of comment"],
        ),
    ]);
    let (ann, errors) =
        parse_comments(comments("#pythran export f(int)\n#pythran export g()\n#pythran export f(float)"));
    assert!(errors.is_empty());
    let f: Vec<String> = ann.overloads("f").map(|e| e.to_string()).collect();
    assert_eq!(f, ["f(int)", "f(float)"]);
    assert_eq!(ann.overloads("g").count(), 1);
    assert_eq!(ann.overloads("h").count(), 0);
    assert_eq!(ann.functions(), ["f", "g"]);
}

#[test]
fn or_expansion() {
    check(&[
        ("#pythran export f(int or float)", &["f(int)", "f(float)"]),
        (
            "#pythran export f(int or float, str or None or bool)",
            &["f(int, str)", "f(int, None)", "f(int, bool)", "f(float, str)", "f(float, None)", "f(float, bool)"],
        ),
        (
            "#pythran export f((int or float, str or bool))",
            &["f((int, str))", "f((int, bool))", "f((float, str))", "f((float, bool))"],
        ),
        ("#pythran export f(int:[int or float] dict)", &["f(int:int dict)", "f(int:float dict)"]),
        ("#pythran export f([int or float] list)", &["f(int list)", "f(float list)"]),
        ("#pythran export f([int32 or int64][:])", &["f(int32[:])", "f(int64[:])"]),
        ("#pythran export f(int or float list)", &["f(int)", "f(float list)"]),
        ("#pythran export f(float32[:] or float64[:,:] order(F))", &["f(float32[:])", "f(float64[:,:] order(F))"]),
        (
            "#pythran export f(int or float, int or float, int or float)",
            &[
                "f(int, int, int)",
                "f(int, int, float)",
                "f(int, float, int)",
                "f(int, float, float)",
                "f(float, int, int)",
                "f(float, int, float)",
                "f(float, float, int)",
                "f(float, float, float)",
            ],
        ),
        ("#pythran export f(int or str[])", &["error 1:26: `str` cannot be an array element"]),
    ]);
    let (ann, _) = parse_comments([Comment::new("#pythran export f(int or float, str or None)", 3, 5)]);
    assert_eq!(ann.exports.len(), 4);
    assert!(ann.exports.iter().all(|e| e.pos == Pos::new(3, 21)));
}

#[test]
fn expansion_limit() {
    let many = ["int8 or int16 or int32 or int64"; 7].join(", ");
    let src = format!("#pythran export f({many})");
    let r = render(&src);
    assert_eq!(r.len(), 1);
    assert!(r[0].starts_with("error 1:17: the signature of `f` expands to more than 4096 overloads"), "{r:?}");
    let six = ["int8 or int16 or int32 or int64"; 6].join(", ");
    assert_eq!(render(&format!("#pythran export f({six})")).len(), 4096);
}

#[test]
fn optional_arguments() {
    check(&[
        ("#pythran export f(int, float?)", &["f(int, float?)"]),
        ("#pythran export f(int?, float?)", &["f(int?, float?)"]),
        ("#pythran export f(int, float64[:] ?)", &["f(int, float64[:]?)"]),
        ("#pythran export f(int or float?)", &["f(int?)", "f(float?)"]),
        ("#pythran export f(int?, float)", &["error 1:25: non-optional argument after an optional one"]),
        ("#pythran export f((int?, float))", &["error 1:23: `?` can only mark a whole trailing export argument"]),
        ("#pythran export f(int??)", &["error 1:23: `?` can only mark"]),
        ("#pythran export f(int list?)", &["f(int list?)"]),
    ]);
    let (ann, _) = parse_comments([Comment::new("#pythran export f(int, float?)", 1, 1)]);
    let e = &ann.exports[0];
    assert!(!e.args[0].optional && e.args[1].optional);
    assert_eq!(e.required_args(), 1);
}

#[test]
fn positions() {
    let src = "def f(x):\n    return x  # pythran export f(int, float64[:, :]),  g()";
    let (ann, errors) = parse_comments(comments(src));
    assert!(errors.is_empty());
    let f = &ann.exports[0];
    assert_eq!(f.pos, Pos::new(2, 32));
    assert_eq!(f.args[0].pos, Pos::new(2, 34));
    assert_eq!(f.args[1].pos, Pos::new(2, 39));
    assert_eq!(ann.exports[1].pos, Pos::new(2, 56));
    // Columns are counted in characters, not bytes.
    let (_, errors) = parse_comments([Comment::new("#pythran export f(ééé, double)", 1, 1)]);
    assert_eq!(errors[0].to_string(), "1:19: unknown type `ééé`; expected a scalar such as `int`, `float64` or `complex128`, an array such as `float64[:]`, or a tuple `(...)`");
    let (_, errors) = parse_comments([Comment::new("#pythran export f(int, ééé)", 1, 1)]);
    assert_eq!(errors[0].pos, Pos::new(1, 24));
    let (_, errors) = parse_comments([Comment::new("#pythran export f(int, double)", 7, 9)]);
    assert_eq!(errors[0].pos, Pos::new(7, 32));
}

#[test]
fn export_errors() {
    check(&[
        // unknown type names, with hints
        ("#pythran export f(double)", &["error 1:19: unknown type `double`: use `float64`"]),
        ("#pythran export f(int, double[:])", &["error 1:24: unknown type `double`: use `float64`"]),
        ("#pythran export f(long long)", &["error 1:19: unknown type `long long`: use `int64`"]),
        ("#pythran export f(integer)", &["error 1:19: unknown type `integer`: use `int64`"]),
        ("#pythran export f(string)", &["error 1:19: unknown type `string`: use `str`"]),
        ("#pythran export f(boolean)", &["error 1:19: unknown type `boolean`: use `bool`"]),
        ("#pythran export f(complex double)", &["error 1:19: unknown type `complex double`: use `complex128`"]),
        (
            "#pythran export f(ndarray)",
            &["error 1:19: unknown type `ndarray`: write the element type and dimensions, as in `float64[:]`"],
        ),
        ("#pythran export f(np.float32[:])", &["error 1:19: unknown type `np.float32`: drop the module prefix"]),
        // unbalanced brackets
        ("#pythran export f(int", &["error 1:22: unbalanced `(` at column 18: expected `)` before end of comment"]),
        ("#pythran export f(int[:)", &["error 1:24: expected `,` or `]` in array dimensions, found `)`"]),
        ("#pythran export f(int[:]", &["error 1:25: unbalanced `(` at column 18"]),
        ("#pythran export f(int))", &["error 1:23: unbalanced `)` after export entry; expected `,` or end of comment"]),
        ("#pythran export f((int, float)", &["error 1:31: unbalanced `(` at column 18"]),
        ("#pythran export f(int]", &["error 1:22: expected `,` or `)` after argument, found `]`"]),
        // missing comma
        (
            "#pythran export f(int float)",
            &["error 1:23: unexpected `float` (missing `,`?); expected `,` or `)` after argument"],
        ),
        ("#pythran export f(int) g(float)", &["error 1:24: missing `,` before `g` in export list"]),
        ("#pythran export the data", &["error 1:21: missing `,` before `data` in export list"]),
        // trailing garbage
        (
            "#pythran export f(int) ;",
            &["error 1:24: unexpected `;` after export entry; expected `,` or end of comment"],
        ),
        ("#pythran export f(int) 3", &["error 1:24: unexpected `3` after export entry"]),
        ("#pythran export f(int, numpy pkg)", &["f(int, numpy pkg)"]),
        (
            "#pythran export f(int, scipy pkg)",
            &["error 1:24: `scipy pkg` (a module passed as an argument) is not supported: only `numpy pkg` is"],
        ),
        ("#pythran export f(int): 3", &["error 1:23: unexpected `:` after export entry"]),
        ("#pythran export f(int)::", &["error 1:23: unexpected `::` after export entry"]),
        // empty argument
        ("#pythran export f(int,,float)", &["error 1:23: empty argument before `,`; expected a type"]),
        ("#pythran export f(,int)", &["error 1:19: empty argument before `,`"]),
        ("#pythran export f(int,)", &["error 1:23: empty argument after `,`; expected a type before `)`"]),
        // empty export and bad names
        ("#pythran export", &["error 1:16: empty export; expected a function signature"]),
        ("#pythran export   ", &["error 1:16: empty export"]),
        ("#pythran export (int)", &["error 1:17: expected the name of an exported function or variable, found `(`"]),
        (
            "#pythran export np.f(int)",
            &["error 1:17: expected the name of an exported function or variable, found `np.f`"],
        ),
        // order(...)
        (
            "#pythran export f(float64[:] order(F))",
            &["error 1:30: `order(...)` on the 1-D array `float64[:]`; expected an array of at least 2 dimensions"],
        ),
        ("#pythran export f(float64[:,:] order(K))", &["error 1:38: unknown array order `K`; expected `C` or `F`"]),
        ("#pythran export f(float64[:,:] order())", &["error 1:38: unknown array order `)`"]),
        ("#pythran export f(float64[::,::] order(F))", &["error 1:34: `order(...)` on the strided array"]),
        // dict
        (
            "#pythran export f(int:float)",
            &["error 1:28: expected `dict` to close the `key:value dict` type whose `:` is at column 22, found `)`"],
        ),
        ("#pythran export f(int:float or int dict)", &["error 1:29: expected `dict` to close"]),
        ("#pythran export f(int dict)", &["error 1:23: `dict` needs a key and a value type"]),
        // lenient prefix commits once it looks like an export
        ("# export f(int float)", &["error 1:16: unexpected `float` (missing `,`?)"]),
        ("# export x, y and z", &["error 1:15: missing `,` before `and` in export list"]),
        // errors are per comment: the good comments still count
        (
            "#pythran export f(double)\n#pythran export g(int)\n#pythran export h(",
            &["g(int)", "error 1:19: unknown type `double`", "error 3:19: unbalanced `(` at column 18"],
        ),
    ]);
}

#[test]
fn duplicate_overloads() {
    check(&[
        (
            "#pythran export f(int)\n#pythran export f(int)",
            &["f(int)", "error 2:17: duplicate export of `f(int)`, already exported on line 1; expected each signature once"],
        ),
        (
            "#pythran export f(int)\n\n# pythran export f(float or int)",
            &["f(int)", "f(float)", "error 3:18: duplicate export of `f(int)`, already exported on line 1"],
        ),
        ("#pythran export f(int or int)", &["f(int)", "error 1:17: duplicate export of `f(int)`, already exported on line 1"]),
        ("#pythran export f(int), f(int)", &["f(int)", "error 1:25: duplicate export of `f(int)`"]),
        (
            "#pythran export f(int or float, str)\n#pythran export f(int or float, str)",
            &["f(int, str)", "f(float, str)", "error 2:17: duplicate export of `f(int, str)`, already exported on line 1 (and 1 more duplicate overloads)"],
        ),
        ("#pythran export f(long)\n#pythran export f(int)", &["f(int)", "error 2:17: duplicate export of `f(int)`"]),
        // Different spellings, optionality or functions are different signatures.
        ("#pythran export f(int)\n#pythran export f(int64)", &["f(int)", "f(int64)"]),
        ("#pythran export f(int)\n#pythran export f(int?)", &["f(int)", "f(int?)"]),
        ("#pythran export f(int)\n#pythran export g(int)", &["f(int)", "g(int)"]),
        ("#pythran export f(float64[:])\n#pythran export f(float64[::])", &["f(float64[:])", "f(float64[::])"]),
    ]);
}

#[test]
fn errors_are_sorted_and_display() {
    let (_, errors) =
        parse_comments([Comment::new("#pythran export f(double)", 5, 1), Comment::new("#pythran export g(", 2, 1)]);
    assert_eq!(errors.len(), 2);
    assert_eq!(errors[0].pos.line, 2);
    assert_eq!(errors[1].pos.line, 5);
    let e: &dyn std::error::Error = &errors[1];
    assert_eq!(e.to_string(), "5:19: unknown type `double`: use `float64`");
}

// ----------------------------------------------------------------------- directives

fn directive(text: &str) -> Result<Vec<Clause>, String> {
    let (ann, errors) = parse_comments([Comment::new(text, 4, 9)]);
    if let Some(e) = errors.first() {
        return Err(e.to_string());
    }
    assert_eq!(ann.directives.len(), 1, "{text}");
    let d = &ann.directives[0];
    assert_eq!(d.pos, Pos::new(4, 9));
    assert_eq!(d.text, text);
    let DirectiveKind::ParallelFor { clauses } = &d.kind else { panic!("expected a parallel-for directive") };
    Ok(clauses.clone())
}

#[test]
fn directives() {
    use Clause::*;
    let red = |op: &str, vars: &[&str]| Reduction { op: op.into(), vars: vars.iter().map(|v| v.to_string()).collect() };
    let cases: Vec<(&str, Vec<Clause>)> = vec![
        ("# omp parallel for", vec![]),
        ("#omp parallel for", vec![]),
        ("# pyrs parallel for", vec![]),
        ("#  omp   parallel   for  ", vec![]),
        ("# omp parallel for schedule(static)", vec![Schedule(pyrs_annotations::Schedule::Static, None)]),
        ("# omp parallel for schedule(dynamic, 4)", vec![Schedule(pyrs_annotations::Schedule::Dynamic, Some(4))]),
        ("# omp parallel for schedule( guided ,16 )", vec![Schedule(pyrs_annotations::Schedule::Guided, Some(16))]),
        ("# omp parallel for reduction(+:s)", vec![red("+", &["s"])]),
        ("# omp parallel for reduction(+:a,b)", vec![red("+", &["a", "b"])]),
        ("# omp parallel for reduction(max: m)", vec![red("max", &["m"])]),
        ("# omp parallel for reduction(min:m)", vec![red("min", &["m"])]),
        ("# omp parallel for reduction(*:p)", vec![red("*", &["p"])]),
        ("# omp parallel for reduction(-:d)", vec![red("-", &["d"])]),
        (
            "# omp parallel for reduction(&:x) reduction(|:y) reduction(^:z)",
            vec![red("&", &["x"]), red("|", &["y"]), red("^", &["z"])],
        ),
        ("# omp parallel for reduction(&&:ok) reduction(||:any)", vec![red("&&", &["ok"]), red("||", &["any"])]),
        ("# omp parallel for private(i, j)", vec![Private(vec!["i".into(), "j".into()])]),
        ("# omp parallel for num_threads(4)", vec![NumThreads(4)]),
        ("# omp parallel for nowait", vec![Other("nowait".into())]),
        ("# omp parallel for collapse(2) if(n > 100)", vec![Other("collapse(2)".into()), Other("if(n > 100)".into())]),
        ("# omp parallel for default(shared(x))", vec![Other("default(shared(x))".into())]),
        (
            "# pyrs parallel for schedule(static, 8), reduction(+:total), private(tmp) num_threads(2)  # fast",
            vec![
                Schedule(pyrs_annotations::Schedule::Static, Some(8)),
                red("+", &["total"]),
                Private(vec!["tmp".into()]),
                NumThreads(2),
            ],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(directive(text), Ok(expected), "{text}");
    }
}

#[test]
fn directive_errors() {
    // Comment at 4:9, so column = 9 + character offset in the comment.
    let cases: &[(&str, &str)] = &[
        (
            "# omp parallel for schedule(auto)",
            "4:37: unsupported schedule kind `auto`; expected `static`, `dynamic` or `guided`",
        ),
        ("# omp parallel for schedule(static, 0)", "4:45: chunk size is 0; expected a positive integer"),
        ("# omp parallel for schedule(static, n)", "4:45: expected a positive integer chunk size"),
        ("# omp parallel for schedule(static,)", "4:44: missing chunk size after `,`"),
        ("# omp parallel for schedule(static 4)", "4:44: expected `,` or `)` after the schedule kind, found `4`"),
        ("# omp parallel for schedule(static, 4, 5)", "4:46: unexpected `,` in `schedule(...)`"),
        ("# omp parallel for schedule()", "4:37: empty `schedule()`"),
        ("# omp parallel for schedule", "4:28: the `schedule` clause needs arguments; expected `schedule(static)`"),
        ("# omp parallel for schedule(static", "4:43: unbalanced `(` at column 36"),
        ("# omp parallel for schedule(static) schedule(dynamic)", "4:45: duplicate `schedule` clause"),
        ("# omp parallel for reduction(%:a)", "4:38: unknown reduction operator `%`"),
        ("# omp parallel for reduction(avg:a)", "4:38: unknown reduction operator `avg`"),
        ("# omp parallel for reduction(+ a)", "4:40: expected `:` after the reduction operator, found `a`"),
        ("# omp parallel for reduction(+)", "4:39: expected `:` after the reduction operator"),
        ("# omp parallel for reduction(+:)", "4:40: expected a variable name in `reduction(...)`, found `)`"),
        ("# omp parallel for reduction(+:a,)", "4:42: expected a variable name"),
        (
            "# omp parallel for reduction(+:a b)",
            "4:42: expected `,` or `)` after a variable in `reduction(...)`, found `b`",
        ),
        ("# omp parallel for reduction", "4:28: the `reduction` clause needs arguments"),
        ("# omp parallel for private()", "4:36: expected a variable name in `private(...)`, found `)`"),
        ("# omp parallel for private(self.x)", "4:36: expected a variable name in `private(...)`, found `self.x`"),
        ("# omp parallel for private", "4:28: the `private` clause needs arguments"),
        (
            "# omp parallel for num_threads(n)",
            "4:40: expected a positive integer literal in `num_threads(...)`, found `n`",
        ),
        ("# omp parallel for num_threads(0)", "4:40: thread count is 0"),
        ("# omp parallel for num_threads(-1)", "4:40: expected a positive integer literal"),
        ("# omp parallel for num_threads()", "4:40: empty `num_threads()`"),
        ("# omp parallel for num_threads(2) num_threads(4)", "4:43: duplicate `num_threads` clause"),
        ("# omp parallel for (static)", "4:28: expected a clause such as `schedule(static)`"),
    ];
    let mut failures = Vec::new();
    for (text, expected) in cases {
        match directive(text) {
            Ok(c) => failures.push(format!("{text:?}: parsed as {c:?}")),
            Err(e) if !e.starts_with(expected) => {
                failures.push(format!("{text:?}:\n  expected {expected}\n  actual   {e}"))
            }
            Err(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn mixed_file() {
    let src = r#"
# A module exporting things.
#pythran export dot(float64[:], float64[:])
#pythran export dot(float32[:] or complex128[:], float32[:] or complex128[:])
# export the results to disk
# export SCALE
def dot(a, b):
    s = 0.0
    # omp parallel for reduction(+:s)
    for i in range(len(a)):
        s += a[i] * b[i]
    return s
# omp barrier
"#;
    check(&[(
        src,
        &[
            "dot(float64[:], float64[:])",
            "dot(float32[:], float32[:])",
            "dot(float32[:], complex128[:])",
            "dot(complex128[:], float32[:])",
            "dot(complex128[:], complex128[:])",
            "var SCALE",
            "dir [Reduction { op: \"+\", vars: [\"s\"] }]",
        ],
    )]);
    let (ann, _) = parse_comments(comments(src));
    assert_eq!(ann.directives[0].pos, Pos::new(9, 5));
    assert_eq!(ann.variables[0].pos, Pos::new(6, 10));
    assert!(!ann.is_empty());
    assert!(parse_comments(Vec::new()).0.is_empty());
}

#[test]
fn parallel_arrays_directive() {
    let (ann, errors) =
        parse_comments([Comment::new("# pyrs parallel arrays", 3, 1), Comment::new("# omp parallel arrays", 4, 1)]);
    assert!(errors.is_empty());
    assert_eq!(ann.directives.len(), 1, "only the pyrs spelling is a directive");
    assert_eq!(ann.directives[0].kind, DirectiveKind::ParallelArrays);
}

#[test]
fn fast_math_directive() {
    let (ann, errors) = parse_comments([
        Comment::new("# pyrs fast-math", 1, 1),
        Comment::new("# pyrs: fast-math", 2, 1),
        Comment::new("# omp fast-math", 3, 1),
        Comment::new("# pyrs fast-math please", 4, 1),
    ]);
    assert!(errors.is_empty());
    assert_eq!(ann.directives.len(), 2, "only `# pyrs fast-math` (and `# pyrs: fast-math`)");
    assert!(ann.directives.iter().all(|d| d.kind == DirectiveKind::FastMath));
}

#[test]
fn old_spellings_and_continued_exports() {
    check(&[
        // `T[,]`: Pythran's old spelling of a 2-D array, one dimension more than commas
        ("#pythran export f(float[,], int[,,])", &["f(float[:,:], int[:,:,:])"]),
        // an export with open brackets continues on the comments of the next lines
        ("#pythran export f(float[],\n#                 int)", &["f(float[:], int)"]),
        ("# pythran export g(int,\n#   float,\n#   str)\n# export h(int)", &["g(int, float, str)", "h(int)"]),
        // positions inside a continuation line are those of the file
        ("#pythran export f(int,\n#    flot)", &["error 2:6: unknown type `flot`"]),
        // a new annotation is never swallowed by an unclosed one
        ("#pythran export f(int,\n#pythran export g(int)", &["g(int)", "error 1:"]),
        // a comment that is not on the next line does not continue the export
        ("#pythran export f(int,\nx = 1\n#    float)", &["error 1:"]),
    ]);
}

// ------------------------------------------------------------------ ufunc, gufunc, capsule

#[test]
fn export_kinds() {
    check(&[
        ("#pythran export ufunc f(float64, float64)", &["ufunc f(float64, float64)"]),
        ("# export ufunc f(int or float)", &["ufunc f(int)", "ufunc f(float)"]),
        ("#pythran export capsule f(float64, float64)", &["capsule f(float64, float64)"]),
        (
            "# export gufunc mavg(float64[], int, float64[]) (n),()->(n)",
            &["gufunc mavg(float64[:], int, float64[:]) (n),()->(n)"],
        ),
        (
            "# export gufunc g(float64[:,:], float64[], float64[]) (m, n),(n)->(m)",
            &["gufunc g(float64[:,:], float64[:], float64[:]) (m,n),(n)->(m)"],
        ),
        // `ufunc` alone is an ordinary name
        ("# export ufunc", &["var ufunc"]),
        ("# export ufunc f", &[]),
        ("#pythran export ufunc f", &["error 1:24: expected `(` and the argument types after `ufunc f`"]),
        (
            "# export gufunc f(float64[], float64[]) (n)(n)",
            &["error 1:44: expected `,` or `->` in a gufunc layout, found `(`"],
        ),
        (
            "# export gufunc f(float64[], float64[]) (n),(n)",
            &["error 1:48: expected `,` or `->` in a gufunc layout, found end of comment"],
        ),
        (
            "# export gufunc f(float64[], float64[]) (n)->(n),(n)",
            &["error 1:41: the gufunc layout `(n)->(n),(n)` names 3 arguments but the export gives 2"],
        ),
        ("# export gufunc f(float64[])", &["error 1:29: expected `(` of a core-dimension list"]),
        (
            "# export ufunc f(float)\n# export f(int)",
            &["ufunc f(float)", "error 2:10: `f` is already exported as a ufunc on line 1"],
        ),
    ]);
}
