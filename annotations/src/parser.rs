//! Recursive-descent parser for the type grammar and export entries.
//!
//! Types are expanded eagerly: every parse function returns the list of `or`
//! alternatives the text denotes, already multiplied out.

use crate::lexer::{Tok, Token};
use crate::types::{ArrayType, Dim, Layout, Scalar, Type};
use crate::{Arg, Error, ExportKind, GufuncLayout, Pos};

/// Upper bound on the alternatives a single type or export entry may expand to.
pub const MAX_EXPANSION: usize = 4096;

type Alts = Vec<Type>;
type PResult<T> = Result<T, Error>;

pub(crate) fn err<T>(pos: Pos, message: impl Into<String>) -> PResult<T> {
    Err(Error { pos, message: message.into() })
}

/// One entry of an export line, before duplicate checking.
pub(crate) enum Entry {
    Function { name: String, pos: Pos, kind: ExportKind, overloads: Vec<Vec<Arg>> },
    Variable { name: String, pos: Pos },
}

pub(crate) struct Parser<'a> {
    toks: Vec<Token<'a>>,
    i: usize,
    /// Position of the first `or` seen (for `parse_type`).
    pub first_or: Option<Pos>,
}

impl<'a> Parser<'a> {
    pub fn new(toks: Vec<Token<'a>>) -> Self {
        Parser { toks, i: 0, first_or: None }
    }

    pub fn peek(&self) -> Token<'a> {
        self.toks[self.i]
    }

    /// The token `n` places ahead (the end of the comment past the last one).
    fn peek_at(&self, n: usize) -> Token<'a> {
        self.toks[(self.i + n).min(self.toks.len() - 1)]
    }

    pub fn bump(&mut self) -> Token<'a> {
        let t = self.toks[self.i];
        if t.kind != Tok::Eof {
            self.i += 1;
        }
        t
    }

    // ---------------------------------------------------------------- types

    /// `types := dict_type ('or' dict_type)*`
    pub fn types(&mut self) -> PResult<Alts> {
        let mut alts = self.dict_type()?;
        while self.peek().is_ident("or") {
            let or = self.bump();
            self.first_or.get_or_insert(or.pos);
            let more = self.dict_type()?;
            if alts.len() + more.len() > MAX_EXPANSION {
                return err(or.pos, too_many());
            }
            alts.extend(more);
        }
        Ok(alts)
    }

    /// `dict_type := postfix_type (':' dict_type 'dict' postfix_op*)?`
    fn dict_type(&mut self) -> PResult<Alts> {
        let start = self.peek();
        let key = self.postfix_type()?;
        if self.peek().kind != Tok::Colon {
            return Ok(key);
        }
        let colon = self.bump();
        let val = self.dict_type()?;
        let t = self.peek();
        if !t.is_ident("dict") {
            let hint = if t.is_ident("or") {
                "; alternatives inside a dict must be grouped, as in `int:[int or float] dict`"
            } else {
                ""
            };
            return err(
                t.pos,
                format!(
                    "expected `dict` to close the `key:value dict` type whose `:` is at column {}, found {}{hint}",
                    colon.pos.col,
                    t.describe()
                ),
            );
        }
        self.bump();
        let mut alts = Vec::new();
        check_product(key.len(), val.len(), start.pos)?;
        for k in &key {
            for v in &val {
                alts.push(Type::Dict(Box::new(k.clone()), Box::new(v.clone())));
            }
        }
        self.postfix_ops(alts, start)
    }

    /// `postfix_type := primary postfix_op*`
    fn postfix_type(&mut self) -> PResult<Alts> {
        let start = self.peek();
        let alts = self.primary()?;
        self.postfix_ops(alts, start)
    }

    /// `postfix_op := 'list' | 'set' | '[' dims ']' | 'order' '(' ('C'|'F') ')'`
    fn postfix_ops(&mut self, mut alts: Alts, start: Token<'a>) -> PResult<Alts> {
        loop {
            let t = self.peek();
            if t.is_ident("list") {
                self.bump();
                alts = alts.into_iter().map(|a| Type::List(Box::new(a))).collect();
            } else if t.is_ident("set") {
                self.bump();
                alts = alts.into_iter().map(|a| Type::Set(Box::new(a))).collect();
            } else if t.kind == Tok::LBrack {
                let (dims, strided) = self.dims()?;
                alts = alts.into_iter().map(|a| make_array(a, &dims, strided, start, t)).collect::<PResult<_>>()?;
            } else if t.is_ident("order") {
                self.bump();
                let layout = self.order_arg()?;
                alts = alts.into_iter().map(|a| apply_order(a, layout, t)).collect::<PResult<_>>()?;
            } else if t.kind == Tok::Ident {
                // Hints for two-word C spellings.
                if start.is_ident("complex") && t.is_ident("double") {
                    return err(start.pos, "unknown type `complex double`: use `complex128`");
                }
                if start.is_ident("complex") && t.is_ident("float") {
                    return err(start.pos, "unknown type `complex float`: use `complex64`");
                }
                return Ok(alts);
            } else {
                return Ok(alts);
            }
        }
    }

    /// Parses `[...]` array dimensions; returns the dims and whether any was `::`.
    fn dims(&mut self) -> PResult<(Vec<Dim>, bool)> {
        let open = self.bump();
        if self.peek().kind == Tok::RBrack {
            self.bump();
            return Ok((vec![Dim::Any], false));
        }
        // the old spelling `T[,]`, `T[,,]`: one dimension more than there are commas
        let commas = self.toks[self.i..].iter().take_while(|t| t.kind == Tok::Comma).count();
        if commas > 0 && self.toks.get(self.i + commas).is_some_and(|t| t.kind == Tok::RBrack) {
            self.i += commas + 1;
            return Ok((vec![Dim::Any; commas + 1], false));
        }
        let mut dims = Vec::new();
        let mut strided = false;
        loop {
            let t = self.peek();
            match t.kind {
                Tok::Colon => {
                    self.bump();
                    dims.push(Dim::Any);
                }
                Tok::DColon => {
                    self.bump();
                    strided = true;
                    dims.push(Dim::Any);
                }
                Tok::Int => {
                    self.bump();
                    match t.text.parse::<u64>() {
                        Ok(n) => dims.push(Dim::Fixed(n)),
                        Err(_) => {
                            return err(
                                t.pos,
                                format!(
                                    "array extent `{}` is too large; expected an integer that fits in 64 bits",
                                    t.text
                                ),
                            )
                        }
                    }
                }
                Tok::Comma | Tok::RBrack => {
                    return err(
                        t.pos,
                        format!(
                            "empty array dimension before {}; expected `:`, `::` or an integer extent",
                            t.describe()
                        ),
                    )
                }
                Tok::Eof => return err(t.pos, unclosed("[", open.pos)),
                _ => {
                    return err(
                        t.pos,
                        format!("expected `:`, `::` or an integer extent in array dimensions, found {}", t.describe()),
                    )
                }
            }
            let t = self.peek();
            match t.kind {
                Tok::Comma => {
                    self.bump();
                }
                Tok::RBrack => {
                    self.bump();
                    return Ok((dims, strided));
                }
                Tok::Eof => return err(t.pos, unclosed("[", open.pos)),
                _ => return err(t.pos, format!("expected `,` or `]` in array dimensions, found {}", t.describe())),
            }
        }
    }

    /// Parses `(C)` / `(F)` after `order`.
    fn order_arg(&mut self) -> PResult<Layout> {
        let open = self.peek();
        if open.kind != Tok::LParen {
            return err(
                open.pos,
                format!("expected `(` after `order`, as in `order(C)` or `order(F)`, found {}", open.describe()),
            );
        }
        self.bump();
        let t = self.bump();
        let layout = match (t.kind, t.text) {
            (Tok::Ident, "C") => Layout::C,
            (Tok::Ident, "F") => Layout::F,
            _ => return err(t.pos, format!("unknown array order {}; expected `C` or `F`", t.describe())),
        };
        let close = self.peek();
        if close.kind != Tok::RParen {
            if close.kind == Tok::Eof {
                return err(close.pos, unclosed("(", open.pos));
            }
            return err(close.pos, format!("expected `)` after `order({}`, found {}", t.text, close.describe()));
        }
        self.bump();
        Ok(layout)
    }

    /// `primary := scalar | 'Generator' | '(' tuple ')' | '[' types ']'`
    fn primary(&mut self) -> PResult<Alts> {
        let t = self.peek();
        match t.kind {
            Tok::Ident => {
                if let Some(s) = Scalar::from_name(t.text) {
                    self.bump();
                    if t.text == "long" && self.peek().is_ident("long") {
                        return err(t.pos, "unknown type `long long`: use `int64`");
                    }
                    return Ok(vec![Type::Scalar(s)]);
                }
                // Pythran 0.18's `numpy pkg`: the numpy module passed as an argument
                if self.peek_at(1).is_ident("pkg") {
                    if t.text == "numpy" {
                        self.bump();
                        self.bump();
                        return Ok(vec![Type::NumpyModule]);
                    }
                    return err(
                        t.pos,
                        format!("`{} pkg` (a module passed as an argument) is not supported: only `numpy pkg` is; import the module inside the function instead of taking it as a parameter", t.text),
                    );
                }
                if matches!(t.text, "Generator" | "numpy.random.Generator" | "np.random.Generator") {
                    self.bump();
                    return Ok(vec![Type::Generator]);
                }
                err(t.pos, unknown_type_message(t.text))
            }
            Tok::LParen => self.tuple(),
            Tok::LBrack => {
                let open = self.bump();
                if self.peek().kind == Tok::RBrack {
                    return err(
                        self.peek().pos,
                        "empty `[]` group; expected a type inside, as in `[int or float] list`",
                    );
                }
                let alts = self.types()?;
                let close = self.peek();
                match close.kind {
                    Tok::RBrack => {
                        self.bump();
                        Ok(alts)
                    }
                    Tok::Eof => err(close.pos, unclosed("[", open.pos)),
                    _ => err(
                        close.pos,
                        format!("expected `]` to close the `[` at column {}, found {}", open.pos.col, close.describe()),
                    ),
                }
            }
            _ => err(t.pos, format!("expected a type, found {}", t.describe())),
        }
    }

    /// `'(' ')' | '(' types ',' ')' | '(' types (',' types)+ ','? ')' | '(' types ')'` (grouping)
    fn tuple(&mut self) -> PResult<Alts> {
        let open = self.bump();
        if self.peek().kind == Tok::RParen {
            self.bump();
            return Ok(vec![Type::Tuple(vec![])]);
        }
        let mut elems: Vec<Alts> = Vec::new();
        let mut trailing_comma = false;
        loop {
            let t = self.peek();
            if t.kind == Tok::Comma {
                return err(t.pos, "empty tuple element before `,`; expected a type");
            }
            elems.push(self.types()?);
            let t = self.peek();
            match t.kind {
                Tok::Comma => {
                    self.bump();
                    if self.peek().kind == Tok::RParen {
                        self.bump();
                        trailing_comma = true;
                        break;
                    }
                }
                Tok::RParen => {
                    self.bump();
                    break;
                }
                Tok::Eof => return err(t.pos, unclosed("(", open.pos)),
                _ => return err(t.pos, unexpected_after_type(t, "`,` or `)` in tuple")),
            }
        }
        if elems.len() == 1 && !trailing_comma {
            // `(T)` is plain grouping, as in Python.
            return Ok(elems.pop().unwrap());
        }
        let mut out: Vec<Vec<Type>> = vec![vec![]];
        for e in elems {
            check_product(out.len(), e.len(), open.pos)?;
            out = out
                .into_iter()
                .flat_map(|prefix| {
                    e.iter().map(move |t| {
                        let mut p = prefix.clone();
                        p.push(t.clone());
                        p
                    })
                })
                .collect();
        }
        Ok(out.into_iter().map(Type::Tuple).collect())
    }

    // -------------------------------------------------------------- entries

    /// `entries := entry (',' entry)*` up to end of comment.
    pub fn entries(&mut self) -> PResult<Vec<Entry>> {
        let mut out = Vec::new();
        if self.peek().kind == Tok::Eof {
            return err(
                self.peek().pos,
                "empty export; expected a function signature such as `f(int, float64[:])` or a variable name",
            );
        }
        loop {
            out.push(self.entry()?);
            let t = self.peek();
            match t.kind {
                Tok::Eof => return Ok(out),
                Tok::Comma => {
                    self.bump();
                    if self.peek().kind == Tok::Eof {
                        return err(self.peek().pos, "expected another exported name after `,`, found end of comment");
                    }
                }
                // `#pythran export f(int):` — Pythran's grammar ignores what follows the export
                // list; pyrs takes a lone `:` at the end (a `def` line's habit) and refuses the
                // rest, which is more often a typo than a remark
                Tok::Colon if self.peek_at(1).kind == Tok::Eof => {
                    self.bump();
                    return Ok(out);
                }
                Tok::Ident | Tok::LParen => {
                    return err(
                        t.pos,
                        format!("missing `,` before {} in export list; expected `,` or end of comment", t.describe()),
                    )
                }
                Tok::RParen | Tok::RBrack => {
                    return err(
                        t.pos,
                        format!("unbalanced {} after export entry; expected `,` or end of comment", t.describe()),
                    )
                }
                _ => {
                    return err(
                        t.pos,
                        format!("unexpected {} after export entry; expected `,` or end of comment", t.describe()),
                    )
                }
            }
        }
    }

    fn entry(&mut self) -> PResult<Entry> {
        let name = self.peek();
        if name.kind != Tok::Ident || name.text.contains('.') {
            return err(
                name.pos,
                format!("expected the name of an exported function or variable, found {}", name.describe()),
            );
        }
        self.bump();
        // `ufunc f(...)`, `gufunc f(...) LAYOUT`, `capsule f(...)`: the kind, then the name
        let (mut kind, name) = match name.text {
            "ufunc" | "gufunc" | "capsule" if self.peek().kind == Tok::Ident && !self.peek().text.contains('.') => {
                let kind = match name.text {
                    "ufunc" => ExportKind::Ufunc,
                    "capsule" => ExportKind::Capsule,
                    _ => ExportKind::Gufunc(GufuncLayout::default()),
                };
                (kind, self.bump())
            }
            _ => (ExportKind::Function, name),
        };
        if kind != ExportKind::Function && self.peek().kind != Tok::LParen {
            return err(self.peek().pos, format!("expected `(` and the argument types after `{kind} {}`", name.text));
        }
        if self.peek().kind != Tok::LParen {
            return Ok(Entry::Variable { name: name.text.to_string(), pos: name.pos });
        }
        let open = self.bump();
        let mut args: Vec<(Alts, bool, Pos)> = Vec::new();
        if self.peek().kind == Tok::RParen {
            self.bump();
        } else {
            loop {
                let t = self.peek();
                match t.kind {
                    Tok::Comma => {
                        return err(t.pos, "empty argument before `,`; expected a type");
                    }
                    Tok::RParen => {
                        return err(t.pos, "empty argument after `,`; expected a type before `)`");
                    }
                    Tok::Eof => return err(t.pos, unclosed("(", open.pos)),
                    _ => {}
                }
                let alts = self.types()?;
                let optional = if self.peek().kind == Tok::Question {
                    self.bump();
                    true
                } else {
                    false
                };
                if let Some(prev) = args.last() {
                    if prev.1 && !optional {
                        return err(t.pos, "non-optional argument after an optional one; expected only trailing arguments to be marked with `?`");
                    }
                }
                args.push((alts, optional, t.pos));
                let t = self.peek();
                match t.kind {
                    Tok::Comma => {
                        self.bump();
                    }
                    Tok::RParen => {
                        self.bump();
                        break;
                    }
                    Tok::Eof => return err(t.pos, unclosed("(", open.pos)),
                    _ => return err(t.pos, unexpected_after_type(t, "`,` or `)` after argument")),
                }
            }
        }
        if let ExportKind::Gufunc(layout) = &mut kind {
            *layout = self.gufunc_layout(args.len())?;
        }
        let mut overloads: Vec<Vec<Arg>> = vec![vec![]];
        for (alts, optional, pos) in args {
            if overloads.len().saturating_mul(alts.len()) > MAX_EXPANSION {
                return err(name.pos, format!("the signature of `{}` expands to more than {MAX_EXPANSION} overloads; expected fewer `or` alternatives", name.text));
            }
            overloads = overloads
                .into_iter()
                .flat_map(|prefix| {
                    alts.iter().map(move |ty| {
                        let mut p = prefix.clone();
                        p.push(Arg { ty: ty.clone(), optional, pos });
                        p
                    })
                })
                .collect();
        }
        Ok(Entry::Function { name: name.text.to_string(), pos: name.pos, kind, overloads })
    }

    /// numpy's gufunc signature after a `gufunc` export's arguments: `(n),()->(n)`, one
    /// parenthesised list of core dimension names per argument, inputs before `->`, outputs
    /// after; `args` is the number of arguments the export gave.
    fn gufunc_layout(&mut self, args: usize) -> PResult<GufuncLayout> {
        let start = self.peek().pos;
        let mut layout = GufuncLayout::default();
        let mut outputs = false;
        loop {
            let open = self.peek();
            if open.kind != Tok::LParen {
                return err(
                    open.pos,
                    format!("expected `(` of a core-dimension list (as in `(n),()->(n)`), found {}", open.describe()),
                );
            }
            self.bump();
            let mut dims = Vec::new();
            while self.peek().kind != Tok::RParen {
                let t = self.bump();
                if t.kind != Tok::Ident || t.text.contains('.') {
                    return err(t.pos, format!("expected a core dimension name or `)`, found {}", t.describe()));
                }
                dims.push(t.text.to_string());
                match self.peek().kind {
                    Tok::Comma => {
                        self.bump();
                    }
                    Tok::RParen => {}
                    _ => {
                        return err(
                            self.peek().pos,
                            format!("expected `,` or `)` in a core-dimension list, found {}", self.peek().describe()),
                        )
                    }
                }
            }
            self.bump();
            if outputs { &mut layout.outputs } else { &mut layout.inputs }.push(dims);
            let t = self.peek();
            match t.kind {
                Tok::Comma => {
                    self.bump();
                }
                Tok::Op if t.text == "-" && !outputs => {
                    self.bump();
                    let gt = self.bump();
                    if gt.text != ">" {
                        return err(t.pos, "expected `->` between the inputs and the outputs of a gufunc layout");
                    }
                    outputs = true;
                }
                _ if outputs => break,
                _ => return err(t.pos, format!("expected `,` or `->` in a gufunc layout, found {}", t.describe())),
            }
        }
        if layout.inputs.len() + layout.outputs.len() != args {
            return err(
                start,
                format!(
                    "the gufunc layout `{layout}` names {} arguments but the export gives {args}; expected one core-dimension list per argument, outputs last",
                    layout.inputs.len() + layout.outputs.len()
                ),
            );
        }
        Ok(layout)
    }

    /// After a whole type: the rest must be end of text.
    pub fn finish_type(&mut self) -> PResult<()> {
        let t = self.peek();
        if t.kind == Tok::Eof {
            return Ok(());
        }
        if t.kind == Tok::Question {
            return err(t.pos, "`?` marks an optional export argument and is not part of a type; expected end of type");
        }
        err(t.pos, unexpected_after_type(t, "end of type"))
    }
}

fn too_many() -> String {
    format!("this type expands to more than {MAX_EXPANSION} alternatives; expected fewer `or` alternatives")
}

fn check_product(a: usize, b: usize, pos: Pos) -> PResult<()> {
    if a.saturating_mul(b) > MAX_EXPANSION {
        return err(pos, too_many());
    }
    Ok(())
}

fn unclosed(bracket: &str, open: Pos) -> String {
    let close = match bracket {
        "(" => ")",
        "[" => "]",
        _ => "?",
    };
    format!("unbalanced `{bracket}` at column {}: expected `{close}` before end of comment", open.col)
}

/// Message for a token that cannot follow a complete type.
fn unexpected_after_type(t: Token<'_>, expected: &str) -> String {
    if t.is_ident("dict") {
        return "`dict` needs a key and a value type; expected `key:value dict`, as in `int:float dict`".to_string();
    }
    if t.kind == Tok::Question {
        return format!("`?` can only mark a whole trailing export argument as optional; expected {expected}");
    }
    if t.kind == Tok::Ident {
        return format!("unexpected {} (missing `,`?); expected {expected}", t.describe());
    }
    format!("expected {expected}, found {}", t.describe())
}

fn make_array(base: Type, dims: &[Dim], strided: bool, start: Token<'_>, bracket: Token<'_>) -> PResult<Type> {
    match base {
        Type::Scalar(s) if s.is_array_element() => Ok(Type::Array(ArrayType {
            elem: s,
            dims: dims.to_vec(),
            layout: if strided { Layout::Strided } else { Layout::Contiguous },
        })),
        Type::Array(mut a) => {
            if matches!(a.layout, Layout::C | Layout::F) {
                return err(
                    bracket.pos,
                    "array dimensions after `order(...)`; expected all dimensions before the `order` clause",
                );
            }
            a.dims.extend_from_slice(dims);
            if strided {
                a.layout = Layout::Strided;
            }
            Ok(Type::Array(a))
        }
        other => err(
            start.pos,
            format!("`{other}` cannot be an array element; expected a numeric or bool scalar such as `float64`"),
        ),
    }
}

fn apply_order(base: Type, layout: Layout, order: Token<'_>) -> PResult<Type> {
    match base {
        Type::Array(mut a) => {
            match a.layout {
                Layout::C | Layout::F => {
                    return err(order.pos, format!("`{a}` already has an order; expected a single `order(...)`"))
                }
                Layout::Strided => {
                    return err(
                        order.pos,
                        format!(
                            "`order(...)` on the strided array `{a}`; expected a contiguous array such as `{}[:,:]`",
                            a.elem
                        ),
                    )
                }
                Layout::Contiguous => {}
            }
            if a.ndim() < 2 {
                return err(
                    order.pos,
                    format!("`order(...)` on the 1-D array `{a}`; expected an array of at least 2 dimensions"),
                );
            }
            a.layout = layout;
            Ok(Type::Array(a))
        }
        other => {
            err(order.pos, format!("`order(...)` applied to `{other}`; expected an array type such as `float64[:,:]`"))
        }
    }
}

/// The message for an unknown type name, with hints for common mistakes.
pub(crate) fn unknown_type_message(name: &str) -> String {
    let hint: Option<String> = match name {
        "double" | "float_" => Some("use `float64`".into()),
        "integer" | "longlong" | "int_" => Some("use `int64` (or `int`)".into()),
        "string" | "unicode" | "bytes" => Some("use `str`".into()),
        "boolean" | "bool_" => Some("use `bool`".into()),
        "unsigned" => Some("use `uint32` or `uint64`".into()),
        "char" => Some("use `int8` or `uint8`".into()),
        "half" | "float16" => Some("half precision is not supported; use `float32`".into()),
        "NoneType" => Some("use `None`".into()),
        "ndarray" | "array" | "np.ndarray" | "numpy.ndarray" => {
            Some("write the element type and dimensions, as in `float64[:]` or `float64[:,:]`".into())
        }
        "list" | "set" | "List" | "Set" | "Sequence" | "Iterable" => {
            Some("containers are written after their element type, as in `int list` or `int set`".into())
        }
        "dict" | "Dict" | "Mapping" => Some("dicts are written `key:value dict`, as in `int:float dict`".into()),
        "tuple" | "Tuple" => Some("tuples are written in parentheses, as in `(int, float)`".into()),
        "Optional" => Some("mark an optional trailing argument with `?`, as in `f(int, float?)`".into()),
        "Union" => Some("write alternatives with `or`, as in `int or float`".into()),
        "order" => Some("`order(C)` / `order(F)` goes after an array type, as in `float64[:,:] order(F)`".into()),
        "or" => Some("`or` goes between two types, as in `int or float`".into()),
        _ => None,
    };
    let hint = hint.or_else(|| {
        // `np.float64` / `numpy.int32`
        let last = name.rsplit('.').next().unwrap_or(name);
        if last != name {
            if let Some(s) = Scalar::from_name(last) {
                return Some(format!("drop the module prefix and write `{s}`"));
            }
        }
        // `Int`, `FLOAT64`, `none`
        Scalar::ALL
            .iter()
            .find(|s| s.name().eq_ignore_ascii_case(name))
            .map(|s| format!("type names are case-sensitive; use `{s}`"))
    });
    match hint {
        Some(h) => format!("unknown type `{name}`: {h}"),
        None => format!(
            "unknown type `{name}`; expected a scalar such as `int`, `float64` or `complex128`, an array such as `float64[:]`, or a tuple `(...)`"
        ),
    }
}
