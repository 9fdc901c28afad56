//! The intermediate representation: a small, untyped Python subset with names resolved.
//!
//! Lowering ([`crate::syntax`]) produces it from the parser's AST; inference ([`crate::infer`])
//! assigns a [`crate::types::Ty`] to every expression ([`ExprId`]) and local; codegen reads both.
//! Every node keeps its [`Span`] so that any later stage can point at the source.
//!
//! Architecture invariant: the IR knows nothing of the parser (no ruff types) and nothing of Rust.

pub mod query;
pub mod visit;

use crate::library::{Constant, Intrinsic, Method};
use crate::source::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

#[derive(Clone, Debug)]
pub struct Module {
    pub functions: Vec<Function>,
    /// module-level constants (`dx = 0.1`), in source order: each is also a function of no
    /// arguments named [`const_function`]`(name)` returning its value, so that the compiled
    /// module can expose it as an attribute
    pub constants: Vec<String>,
    /// the constants that functions assign after `global NAME` (module variables: the
    /// constant's value is their value at import; compiled code and Python share one value)
    pub variables: Vec<String>,
    /// the module docstring (the compiled module's `__doc__`)
    pub doc: Option<String>,
    /// where the statements under `# omp critical` start (file offsets; they run on one thread
    /// at a time: `crate::analysis::parallel`)
    pub critical: std::collections::BTreeSet<u32>,
    /// the parameters (function, position) that hold the numpy module (`numpy pkg` and the
    /// helpers it is passed to: `syntax/lower/module_params.rs`); every instance must receive
    /// the module there
    pub numpy_params: Vec<(String, usize)>,
}

/// The synthetic function computing module constant `name`.
pub fn const_function(name: &str) -> String {
    format!("__pyrs_const_{name}")
}

impl Module {
    pub fn function(&self, name: &str) -> Option<&Function> {
        self.functions.iter().find(|f| f.name == name)
    }
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub span: Span,
    /// span of the name in `def name(`
    pub name_span: Span,
    pub params: Vec<Param>,
    pub body: Vec<Stmt>,
    /// number of expression ids used (ids are `0..expr_count`)
    pub expr_count: u32,
    /// Problems found while lowering (unsupported constructs). Reported only if the function is
    /// actually compiled, so an unused helper with exotic Python does not stop the build.
    pub errors: Vec<crate::diag::Diagnostic>,
    /// `# pyrs parallel arrays`: large element-wise array expressions run on several threads
    pub parallel_arrays: bool,
    /// `# pyrs fast-math`: float arithmetic contracted (FMA) and sums reassociated
    /// (`codegen::fastmath`), not CPython's bits
    pub fast_math: bool,
    /// the docstring (the compiled function's `__doc__`)
    pub doc: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    pub span: Span,
    /// the default value (`def f(x, n=10)`), evaluated when an export leaves the argument out
    /// (`T?`); calls inside the file fill in defaults at the call site
    pub default: Option<Expr>,
    /// `*args`: the extra positional arguments of a call, as a tuple (call sites pack them)
    pub star: bool,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

// the IR is built once per function and never copied in bulk: variant sizes do not matter
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum StmtKind {
    /// `target = value` (a chained `a = b = v` is lowered to a temporary and several assigns)
    Assign {
        target: Target,
        value: Expr,
    },
    /// `target op= value`
    AugAssign {
        target: Target,
        op: BinOp,
        value: Expr,
    },
    Expr(Expr),
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
    },
    /// `parallel` is set when a `# omp parallel for` / `# pyrs parallel for` comment stands on
    /// the line before the loop (see [`crate::analysis::parallel`]).
    For {
        target: Target,
        iter: ForIter,
        body: Vec<Stmt>,
        parallel: Option<ParallelDirective>,
    },
    Return(Option<Expr>),
    Break,
    Continue,
    Pass,
    /// `raise`
    Raise(Raise),
    /// `assert test, msg`
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    /// `try: ... except E as e: ... else: ... finally: ...`
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `del d[k]`, `del lst[i]`
    Delete {
        value: Expr,
        index: Expr,
    },
    /// `yield value` as a statement (a function with one is a generator)
    Yield(Expr),
    /// `yield from iterable`
    YieldFrom(Expr),
}

#[derive(Clone, Debug)]
pub enum Raise {
    /// `raise` inside an `except` block: the exception being handled
    Reraise,
    /// `raise ValueError` / `raise ValueError(msg)`
    New { class: &'static str, msg: Option<Expr> },
    /// `raise e` for `except ... as e`
    Var(String),
}

#[derive(Clone, Debug)]
pub struct Handler {
    pub span: Span,
    /// the exception classes caught (builtin names); empty for a bare `except:`
    pub classes: Vec<&'static str>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

/// One `for target in iter if cond` of a comprehension.
#[derive(Clone, Debug)]
pub struct CompFor {
    pub target: Target,
    pub iter: ForIter,
    pub ifs: Vec<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    /// `any(elt for ...)`, `all(elt for ...)`: a bool, the loops stop at the first item that
    /// decides it (the generator expression as CPython runs it, without a generator)
    Any,
    All,
}

/// A piece of an f-string.
#[derive(Clone, Debug)]
pub enum FPart {
    Lit(String),
    /// `{expr!conv:spec}`
    Value {
        expr: Expr,
        conv: Option<char>,
        spec: String,
    },
}

/// A parallel-loop directive attached to its `for`.
#[derive(Clone, Debug)]
pub struct ParallelDirective {
    /// the comment
    pub span: Span,
    pub clauses: Vec<pyrs_annotations::Clause>,
}

#[derive(Clone, Debug)]
pub enum ForIter {
    /// `range(start, stop, step)`; absent parts are Python's defaults
    Range { start: Option<Expr>, stop: Expr, step: Option<Expr> },
    /// iteration over a list or array
    Seq(Expr),
}

#[derive(Clone, Debug)]
pub enum Target {
    Name(String, Span),
    Subscript { value: Expr, index: Expr, span: Span },
    Tuple(Vec<Target>, Span),
}

impl Target {
    pub fn span(&self) -> Span {
        match self {
            Target::Name(_, s) | Target::Subscript { span: s, .. } | Target::Tuple(_, s) => *s,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: ExprId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Str(String),
    /// an f-string
    FString(Vec<FPart>),
    /// an imaginary literal `2.5j`
    Imag(f64),
    Bool(bool),
    None,
    /// a local variable or parameter
    Local(String),
    /// a constant of a known module (`math.pi`, `np.newaxis`) or `...`
    Const(Constant),
    BinOp(BinOp, Box<Expr>, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    /// `a and b and c` / `a or b`
    BoolOp(BoolOp, Vec<Expr>),
    /// `a < b <= c`
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    /// `a if test else b`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// a builtin or library function (`abs`, `math.sqrt`, `np.exp`)
    CallIntrinsic(Intrinsic, Vec<Expr>),
    /// a function of the same file
    CallUser(String, Vec<Expr>),
    /// a call of a value (a variable holding a function, `fs[0](x)`): positional arguments,
    /// of which `Starred` ones are tuples spread into their items
    CallValue(Box<Expr>, Vec<Expr>),
    /// `*t` among the arguments of a call of a value: the tuple `t`, spread
    Starred(Box<Expr>),
    /// `obj.method(args)`
    CallMethod {
        receiver: Box<Expr>,
        method: Method,
        method_span: Span,
        args: Vec<Expr>,
    },
    /// `obj.attr` (`z.real`, `a.shape`)
    Attribute(Box<Expr>, String),
    Subscript(Box<Expr>, Box<Expr>),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    /// `[elt for ...]`, `{elt for ...}`, `{elt: value for ...}`, `any(elt for ...)`; a generator
    /// expression consumed whole where it stands is a list comprehension (elsewhere it is a
    /// generator function of the file: lowering's `genexpr_functions`)
    Comp {
        kind: CompKind,
        elt: Box<Expr>,
        value: Option<Box<Expr>>,
        gens: Vec<CompFor>,
    },
    /// a function of the file as a value (a `def`, a nested function, a lambda, a builtin
    /// wrapped in a function), with the values it captures: called, they are appended to its
    /// arguments
    FuncRef(String, Vec<Expr>),
    /// `lower:upper:step` inside a subscript
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// a numpy element type given as `dtype=` (`float`, `np.int64`, `'f8'`): its canonical name
    DType(&'static str),
    /// an argument left out (its default applies); only in calls of numpy functions
    Default,
    /// the current value of a module variable (see [`Module::variables`])
    Global(String),
    /// `NAME = value` of a module variable, in a function declaring `global NAME` (None)
    SetGlobal(String, Box<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    BitAnd,
    BitOr,
    BitXor,
    LShift,
    RShift,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Not,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
