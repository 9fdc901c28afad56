//! # pyrs-annotations
//!
//! The annotation-comment grammar of pyrs: Pythran-style export signatures
//! (`#pythran export f(int, float64[:])`) and in-body parallel-loop directives
//! (`# omp parallel for reduction(+:s)`).
//!
//! ## Architecture invariant
//!
//! This crate knows **nothing** of Python syntax, type inference, or Rust code
//! generation. Its input is comment text with positions ([`Comment`]: the text of one
//! comment starting with `#`, and the position of that `#`), as extracted by the
//! caller's tokenizer (so strings are never mistaken for comments). Its output is plain
//! data ([`Annotations`], [`Error`]) with 1-based line / character-column positions.
//! Checking that an exported name exists, that a directive sits on a `for` loop, or
//! what Rust type a [`Type`] becomes is the business of other crates. It has no
//! dependencies.
//!
//! ## Example
//!
//! ```
//! use pyrs_annotations::{parse_comments, parse_type, Comment, Pos};
//!
//! let (ann, errors) = parse_comments([
//!     Comment::new("#pythran export norm(float64[:] or float32[:])", 1, 1),
//!     Comment::new("# omp parallel for reduction(+:s)", 4, 5),
//!     Comment::new("# export the data to disk", 9, 1), // an ordinary comment
//! ]);
//! assert!(errors.is_empty());
//! let sigs: Vec<String> = ann.overloads("norm").map(|e| e.to_string()).collect();
//! assert_eq!(sigs, ["norm(float64[:])", "norm(float32[:])"]);
//! assert_eq!(ann.exports[0].pos, Pos::new(1, 17));
//! assert_eq!(ann.directives.len(), 1);
//!
//! let e = parse_type("double[:]").unwrap_err();
//! assert_eq!(e.to_string(), "1:1: unknown type `double`: use `float64`");
//! ```
//!
//! ## Which comments are annotations
//!
//! * `#pythran export ENTRIES` / `# pythran export ENTRIES`: always an annotation;
//!   any malformation is an error. (`# pythran` followed by anything other than
//!   `export` is an ordinary comment.)
//! * `#export ENTRIES` / `# export ENTRIES`: only when the text after `export` starts
//!   with an identifier followed by `(`, `,` or the end of the comment, so that
//!   `# export the data to disk` stays an ordinary comment. Once recognised, the line is
//!   parsed strictly.
//! * `# omp parallel for CLAUSES` / `#omp parallel for ...` / `# pyrs parallel for ...`:
//!   a [`Directive`]. Other `# omp ...` / `# pyrs ...` comments are ignored.
//! * Inside an annotation, a further `#` starts a remark that is ignored:
//!   `# pythran export f(int)  # main entry`.
//!
//! ## Export grammar
//!
//! ```text
//! export     := ENTRY (',' ENTRY)*
//! ENTRY      := NAME '(' [ARG (',' ARG)*] ')'        function overload(s)
//!             | 'ufunc' NAME '(' ARGS ')'            a numpy ufunc: one dtype loop per line
//!             | 'capsule' NAME '(' ARGS ')'          a PyCapsule for SciPy (Pythran's)
//!             | 'gufunc' NAME '(' ARGS ')' LAYOUT    a numpy gufunc (last entry of its line)
//!             | NAME                                 module-level variable
//! LAYOUT     := CORE (',' CORE)* '->' CORE (',' CORE)*   numpy's signature, `(n),()->(n)`:
//! CORE       := '(' [NAME (',' NAME)*] ')'               one per argument, outputs last
//! ARG        := types ['?']                          '?' = optional trailing argument
//! types      := dict_type ('or' dict_type)*          loosest: alternatives
//! dict_type  := postfix ':' dict_type 'dict' POSTFIX*  |  postfix
//! postfix    := primary POSTFIX*
//! POSTFIX    := 'list' | 'set' | '[' DIMS ']' | 'order' '(' ('C'|'F') ')'
//! primary    := SCALAR | '(' ')' | '(' types ',' ')' | '(' types (',' types)+ [','] ')'
//!             | '(' types ')'                        grouping, as in Python
//!             | '[' types ']'                        grouping, e.g. `[int or float] list`
//! DIMS       := ''                                   `T[]` = `T[:]`
//!             | DIM (',' DIM)*    DIM := ':' | '::' | INTEGER
//! ```
//!
//! Precedence, as in Pythran: the postfix operators `list`, `set`, `[...]` and
//! `order(...)` bind tightest and chain left to right (`int list set` is a set of
//! lists); `K:V dict` binds looser, with `K` and `V` each a postfix chain, and `V` may
//! itself be a dict (`int:str:float dict dict`); a `dict` can be followed by more
//! postfix operators (`int:float dict list` is a list of dicts, while
//! `int:float list dict` maps ints to float lists); `or` is loosest
//! (`int or float list` is `int` or `float list`). To use a dict as a key, or
//! alternatives inside a container, group with `[...]`: `[int:float dict]:str dict`,
//! `[int or float] list`, `int:[int or float] dict`.
//!
//! Arrays: `T[]`/`T[:]` is 1-D C-contiguous, `T[][]`/`T[:,:]` 2-D, any `::` makes the
//! layout [`Layout::Strided`], integers are fixed extents (`float64[:,3]`), and
//! `order(C)`/`order(F)` applies to contiguous arrays of at least 2 dimensions.
//! Consecutive bracket groups add dimensions (`T[:][:]` = `T[:,:]`). The element must be
//! a numeric or `bool` scalar.
//!
//! `or` alternatives are expanded into every combination (cartesian product, left to
//! right, the first argument varying slowest): `f(int or float, str or None)` yields 4
//! [`Export`]s sharing one position. An export expanding to more than
//! [`MAX_EXPANSION`] overloads is an error. Exporting the same function twice with
//! identical argument types (after expansion) is an error at the duplicate.
//!
//! ## Directive clauses
//!
//! `schedule(static|dynamic|guided[, chunk])`, `reduction(OP:a, b)` with OP one of
//! `+ * - min max & | ^ && ||`, `private(a, b)`, `num_threads(N)`; clauses may be
//! separated by spaces or commas. Any other clause is kept verbatim as
//! [`Clause::Other`]; a malformed known clause is an error.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

mod directive;
mod lexer;
mod parser;
mod types;

pub use directive::REDUCTION_OPS;
pub use parser::MAX_EXPANSION;
pub use types::{ArrayType, Dim, Layout, Scalar, Type};

use lexer::{lex, Tok};
use parser::{Entry, Parser};

/// 1-based line, 1-based column counted in characters (not bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

impl Pos {
    pub fn new(line: u32, col: u32) -> Pos {
        Pos { line, col }
    }
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// One comment as found in the source: `text` starts with '#'; `pos` is the position of that '#'.
#[derive(Clone, Copy, Debug)]
pub struct Comment<'a> {
    pub text: &'a str,
    pub pos: Pos,
}

impl<'a> Comment<'a> {
    pub fn new(text: &'a str, line: u32, col: u32) -> Comment<'a> {
        Comment { text, pos: Pos { line, col } }
    }
}

/// A malformed annotation. `Display` prints `line:col: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub pos: Pos,
    /// One sentence: what is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pos, self.message)
    }
}

impl std::error::Error for Error {}

/// One argument of an exported overload.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub ty: Type,
    /// Trailing `T?`.
    pub optional: bool,
    /// Position of the first token of the argument's type.
    pub pos: Pos,
}

/// What an export makes of the function: a plain function, or a numpy ufunc/gufunc, or a
/// `PyCapsule` for SciPy.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum ExportKind {
    #[default]
    Function,
    /// `export ufunc f(float64, float64)`: one dtype loop per line
    Ufunc,
    /// `export gufunc f(float64[], int, float64[]) (n),()->(n)`: numpy's gufunc signature
    Gufunc(GufuncLayout),
    /// `export capsule f(float64, float64)`
    Capsule,
}

impl fmt::Display for ExportKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ExportKind::Function => "function",
            ExportKind::Ufunc => "ufunc",
            ExportKind::Gufunc(_) => "gufunc",
            ExportKind::Capsule => "capsule",
        })
    }
}

/// The core dimensions of a gufunc's arguments, `(n),()->(n)`: one list of names per input
/// and per output.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct GufuncLayout {
    pub inputs: Vec<Vec<String>>,
    pub outputs: Vec<Vec<String>>,
}

/// numpy's spelling, `(n),()->(n)`.
impl fmt::Display for GufuncLayout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let side = |v: &[Vec<String>]| v.iter().map(|d| format!("({})", d.join(","))).collect::<Vec<_>>().join(",");
        write!(f, "{}->{}", side(&self.inputs), side(&self.outputs))
    }
}

/// One overload of one exported function (a line with `A or B` expands to every
/// combination, each its own Export with the same pos).
#[derive(Clone, Debug, PartialEq)]
pub struct Export {
    pub func: String,
    pub kind: ExportKind,
    pub args: Vec<Arg>,
    /// Position of the function name.
    pub pos: Pos,
}

impl Export {
    /// Number of arguments that must be passed (those not marked `?`).
    pub fn required_args(&self) -> usize {
        self.args.iter().filter(|a| !a.optional).count()
    }
}

/// Prints the signature as it could be written in an export: `f(int, float64[:]?)`.
impl fmt::Display for Export {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ExportKind::Function => {}
            kind => write!(f, "{kind} ")?,
        }
        write!(f, "{}(", self.func)?;
        for (i, a) in self.args.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{}{}", a.ty, if a.optional { "?" } else { "" })?;
        }
        f.write_str(")")?;
        match &self.kind {
            ExportKind::Gufunc(layout) => write!(f, " {layout}"),
            _ => Ok(()),
        }
    }
}

/// `# export NAME` (no parentheses): a module-level variable.
#[derive(Clone, Debug, PartialEq)]
pub struct VarExport {
    pub name: String,
    pub pos: Pos,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Schedule {
    Static,
    Dynamic,
    Guided,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Clause {
    /// `schedule(kind[, chunk])`.
    Schedule(Schedule, Option<u64>),
    /// `reduction(op: vars)`; `op` is one of [`REDUCTION_OPS`].
    Reduction { op: String, vars: Vec<String> },
    /// `private(vars)`.
    Private(Vec<String>),
    /// `num_threads(n)`, n > 0.
    NumThreads(u64),
    /// Any other clause, verbatim (e.g. `nowait`, `collapse(2)`).
    Other(String),
}

/// An in-body directive comment.
#[derive(Clone, Debug, PartialEq)]
pub struct Directive {
    pub kind: DirectiveKind,
    /// Position of the comment's `#`.
    pub pos: Pos,
    /// The whole comment text.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DirectiveKind {
    ParallelFor {
        clauses: Vec<Clause>,
    },
    /// `# pyrs parallel arrays`: element-wise array expressions of the enclosing function
    /// (or, at module level, of the whole file) run on several threads when large
    ParallelArrays,
    /// `# pyrs fast-math`: the float arithmetic of the enclosing function (or, at module level,
    /// of the whole file) may be contracted and reassociated (not CPython's bits)
    FastMath,
    /// `# omp critical` (optionally named: `# omp critical(name)`; all names share one lock,
    /// which OpenMP allows): the statement on the next line of code runs on one thread at a
    /// time
    Critical,
}

/// Everything found in a file's comments.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Annotations {
    /// Every overload, in source order (an `or` line contributes consecutive entries).
    pub exports: Vec<Export>,
    pub variables: Vec<VarExport>,
    pub directives: Vec<Directive>,
}

impl Annotations {
    /// All overloads of `func`, in source order.
    pub fn overloads<'a>(&'a self, func: &str) -> impl Iterator<Item = &'a Export> {
        let func = func.to_string();
        self.exports.iter().filter(move |e| e.func == func)
    }

    /// Names of the exported functions, each once, in order of first appearance.
    pub fn functions(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for e in &self.exports {
            if !out.contains(&e.func.as_str()) {
                out.push(&e.func);
            }
        }
        out
    }

    /// No exports, variables or directives.
    pub fn is_empty(&self) -> bool {
        self.exports.is_empty() && self.variables.is_empty() && self.directives.is_empty()
    }
}

/// What one comment turned out to be.
enum Item {
    Exports(Vec<Entry>),
    Directive(Directive),
}

/// Reads identifier words off a comment, tracking byte offset and position.
struct Scan<'a> {
    text: &'a str,
    byte: usize,
    pos: Pos,
}

impl<'a> Scan<'a> {
    fn skip_ws(&mut self) {
        for c in self.text[self.byte..].chars() {
            if !c.is_whitespace() {
                break;
            }
            self.byte += c.len_utf8();
            lexer::advance(&mut self.pos, c);
        }
    }

    /// Skips blanks, then reads a word of identifier characters (possibly empty).
    fn word(&mut self) -> &'a str {
        self.skip_ws();
        let start = self.byte;
        for c in self.text[self.byte..].chars() {
            if !(c == '_' || c.is_alphanumeric()) {
                break;
            }
            self.byte += c.len_utf8();
            lexer::advance(&mut self.pos, c);
        }
        &self.text[start..self.byte]
    }
}

fn classify(c: Comment<'_>) -> Result<Option<Item>, Error> {
    if !c.text.starts_with('#') {
        return Ok(None);
    }
    let mut pos = c.pos;
    lexer::advance(&mut pos, '#');
    let mut s = Scan { text: c.text, byte: 1, pos };
    let head = s.word();
    match head {
        "pythran" => {
            if s.word() != "export" {
                return Ok(None);
            }
            let toks = lex(c.text, s.byte, s.pos, true);
            Parser::new(toks).entries().map(|e| Some(Item::Exports(e)))
        }
        "export" => {
            let toks = lex(c.text, s.byte, s.pos, true);
            let looks_like_export = toks[0].kind == Tok::Ident
                && !toks[0].text.contains('.')
                && (matches!(toks[1].kind, Tok::LParen | Tok::Comma | Tok::Eof)
                    || matches!(toks[0].text, "ufunc" | "gufunc" | "capsule")
                        && toks[1].kind == Tok::Ident
                        && toks.get(2).is_some_and(|t| t.kind == Tok::LParen));
            if !looks_like_export {
                return Ok(None);
            }
            Parser::new(toks).entries().map(|e| Some(Item::Exports(e)))
        }
        "omp" | "pyrs" => {
            let rest = c.text[s.byte..].trim_start().trim_start_matches(':').trim();
            if head == "pyrs" && matches!(rest, "fast-math" | "fastmath" | "fast_math") {
                return Ok(Some(Item::Directive(Directive {
                    kind: DirectiveKind::FastMath,
                    pos: c.pos,
                    text: c.text.to_string(),
                })));
            }
            let first = s.word();
            if first == "critical" {
                let rest = c.text[s.byte..].trim();
                let named = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')).is_some_and(|n| {
                    let n = n.trim();
                    !n.is_empty() && n.chars().all(|c| c == '_' || c.is_alphanumeric())
                });
                if !(rest.is_empty() || named) {
                    return Err(Error {
                        pos: s.pos,
                        message: format!("unexpected `{rest}` after `{head} critical`; write `# {head} critical` or `# {head} critical(name)`"),
                    });
                }
                return Ok(Some(Item::Directive(Directive {
                    kind: DirectiveKind::Critical,
                    pos: c.pos,
                    text: c.text.to_string(),
                })));
            }
            if first != "parallel" {
                return Ok(None);
            }
            let what = s.word();
            if what == "arrays" && head == "pyrs" {
                return Ok(Some(Item::Directive(Directive {
                    kind: DirectiveKind::ParallelArrays,
                    pos: c.pos,
                    text: c.text.to_string(),
                })));
            }
            if what != "for" {
                return Ok(None);
            }
            let toks = lex(c.text, s.byte, s.pos, true);
            let clauses = directive::parse_clauses(&toks, c.text)?;
            Ok(Some(Item::Directive(Directive {
                kind: DirectiveKind::ParallelFor { clauses },
                pos: c.pos,
                text: c.text.to_string(),
            })))
        }
        _ => Ok(None),
    }
}

/// The first two words of a comment (after its `#`).
fn head_words(text: &str) -> (&str, &str) {
    let mut words = text.strip_prefix('#').unwrap_or("").split(|c: char| !(c == '_' || c.is_alphanumeric()));
    let mut next = || words.by_ref().find(|w| !w.is_empty()).unwrap_or("");
    (next(), next())
}

/// Open brackets minus closed ones, up to a trailing remark (`#`).
fn bracket_depth(text: &str) -> i64 {
    text.chars().take_while(|&c| c != '#').fold(0, |d, c| match c {
        '(' | '[' => d + 1,
        ')' | ']' => d - 1,
        _ => d,
    })
}

/// Parse every comment; collect all errors rather than stopping at the first.
///
/// Each malformed comment yields one error (the first problem in it) and contributes
/// nothing; well-formed comments are kept. Errors are sorted by position.
pub fn parse_comments<'a>(comments: impl IntoIterator<Item = Comment<'a>>) -> (Annotations, Vec<Error>) {
    let mut ann = Annotations::default();
    let mut errors = Vec::new();
    // (function, argument types/optionality) -> position of the first export.
    let mut signatures: HashMap<(String, Vec<(Type, bool)>), Pos> = HashMap::new();
    let mut functions: HashMap<String, (Pos, ExportKind)> = HashMap::new();
    let mut variables: HashMap<String, Pos> = HashMap::new();

    let comments: Vec<Comment<'a>> = comments.into_iter().collect();
    let mut k = 0;
    while k < comments.len() {
        let first = comments[k];
        k += 1;
        // an export whose brackets are still open continues on the comments of the next lines
        let mut joined: Option<String> = None;
        if head_words(first.text).0 == "export" || head_words(first.text) == ("pythran", "export") {
            let mut depth = bracket_depth(&first.text[1..]);
            let mut line = first.pos.line;
            while depth > 0 && k < comments.len() && comments[k].pos.line == line + 1 {
                let next = comments[k];
                if matches!(head_words(next.text).0, "pythran" | "export" | "omp" | "pyrs") {
                    break;
                }
                let s = joined.get_or_insert_with(|| first.text.to_string());
                // the continuation's `#` becomes a blank, so that columns stay those of the file
                s.push('\n');
                s.extend(std::iter::repeat_n(' ', next.pos.col as usize));
                s.push_str(&next.text[1..]);
                depth += bracket_depth(&next.text[1..]);
                line += 1;
                k += 1;
            }
        }
        let c = match &joined {
            Some(text) => Comment { text, pos: first.pos },
            None => first,
        };
        let entries = match classify(c) {
            Ok(None) => continue,
            Err(e) => {
                errors.push(e);
                continue;
            }
            Ok(Some(Item::Directive(d))) => {
                ann.directives.push(d);
                continue;
            }
            Ok(Some(Item::Exports(entries))) => entries,
        };
        for entry in entries {
            match entry {
                Entry::Function { name, pos, kind, overloads } => {
                    if let Some(var) = variables.get(&name) {
                        errors.push(Error {
                            pos,
                            message: format!(
                                "`{name}` is already exported as a variable on line {}; expected each name to be exported either as a function or as a variable",
                                var.line
                            ),
                        });
                        continue;
                    }
                    let (first_pos, first_kind) = functions.entry(name.clone()).or_insert((pos, kind.clone())).clone();
                    if first_kind != kind {
                        errors.push(Error {
                            pos,
                            message: format!(
                                "`{name}` is already exported as a {first_kind} on line {}; expected every export of a name to be of one kind",
                                first_pos.line
                            ),
                        });
                        continue;
                    }
                    let mut dups: Vec<(Export, Pos)> = Vec::new();
                    for args in overloads {
                        let key = (name.clone(), args.iter().map(|a| (a.ty.clone(), a.optional)).collect());
                        let export = Export { func: name.clone(), kind: kind.clone(), args, pos };
                        match signatures.get(&key) {
                            Some(first) => dups.push((export, *first)),
                            None => {
                                signatures.insert(key, pos);
                                ann.exports.push(export);
                            }
                        }
                    }
                    if let Some((export, first)) = dups.first() {
                        let more = match dups.len() {
                            1 => String::new(),
                            n => format!(" (and {} more duplicate overloads)", n - 1),
                        };
                        errors.push(Error {
                            pos,
                            message: format!(
                                "duplicate export of `{export}`, already exported on line {}{more}; expected each signature once",
                                first.line
                            ),
                        });
                    }
                }
                Entry::Variable { name, pos } => {
                    if let Some((f, _)) = functions.get(&name) {
                        errors.push(Error {
                            pos,
                            message: format!(
                                "`{name}` is already exported as a function on line {}; expected each name to be exported either as a function or as a variable",
                                f.line
                            ),
                        });
                    } else if let Some(first) = variables.get(&name) {
                        errors.push(Error {
                            pos,
                            message: format!(
                                "duplicate export of variable `{name}`, already exported on line {}; expected each variable once",
                                first.line
                            ),
                        });
                    } else {
                        variables.insert(name.clone(), pos);
                        ann.variables.push(VarExport { name, pos });
                    }
                }
            }
        }
    }
    errors.sort_by_key(|e| e.pos);
    (ann, errors)
}

/// Parse one type expression (for tests and for the compiler's own messages), e.g.
/// `"complex[]"`. Positions in errors are relative to line 1, column 1 of `text`.
/// `or` alternatives and the `?` marker are rejected: they belong to export signatures.
pub fn parse_type(text: &str) -> Result<Type, Error> {
    let toks = lex(text, 0, Pos { line: 1, col: 1 }, false);
    let mut p = Parser::new(toks);
    let mut alts = p.types()?;
    p.finish_type()?;
    if alts.len() != 1 {
        return Err(Error {
            pos: p.first_or.unwrap_or(Pos { line: 1, col: 1 }),
            message: "`or` alternatives are only allowed in export signatures; expected a single type".to_string(),
        });
    }
    Ok(alts.pop().unwrap())
}

impl FromStr for Type {
    type Err = Error;
    fn from_str(s: &str) -> Result<Type, Error> {
        parse_type(s)
    }
}
