//! `'...'.format(args)` on a string literal: lowered to the f-string it spells, after
//! checking the fields against the arguments (CPython raises for a bad field when the call
//! runs; pyrs refuses the file, with the field's position).

use super::*;

/// A field's argument: a position among the positional arguments or a keyword's name.
#[derive(Clone, PartialEq, Debug)]
enum Field {
    Pos(usize),
    Key(String),
}

/// The literal text and replacement fields of a format string.
enum Piece {
    Lit(String),
    Field { arg: Field, conv: Option<char>, spec: String },
}

/// Parses `s` as `str.format` does; an error says what CPython's `ValueError`/`IndexError`
/// would say.
fn parse(s: &str, given: usize) -> Result<Vec<Piece>, String> {
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut chars = s.chars().peekable();
    let mut auto: Option<usize> = None;
    let mut manual = false;
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                lit.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                lit.push('}');
            }
            '}' => return Err("Single '}' encountered in format string".into()),
            '{' => {
                let mut field = String::new();
                loop {
                    match chars.next() {
                        None => return Err("Single '{' encountered in format string".into()),
                        Some('}') => break,
                        Some('{') => return Err("nested replacement fields in a format spec are not supported".into()),
                        Some(c) => field.push(c),
                    }
                }
                let (head, spec) = match field.find(':') {
                    Some(k) => (&field[..k], field[k + 1..].to_string()),
                    None => (field.as_str(), String::new()),
                };
                let (name, conv) = match head.find('!') {
                    Some(k) => {
                        let conv = &head[k + 1..];
                        match conv {
                            "r" | "s" | "a" => (&head[..k], conv.chars().next()),
                            _ => return Err(format!("Unknown conversion specifier {conv}")),
                        }
                    }
                    None => (head, None),
                };
                let arg = if name.is_empty() {
                    if manual {
                        return Err("cannot switch from manual field specification to automatic field numbering".into());
                    }
                    let k = auto.map_or(0, |k| k + 1);
                    auto = Some(k);
                    Field::Pos(k)
                } else if name.bytes().all(|b| b.is_ascii_digit()) {
                    if auto.is_some() {
                        return Err("cannot switch from automatic field numbering to manual field specification".into());
                    }
                    manual = true;
                    Field::Pos(name.parse().map_err(|_| format!("Too many decimal digits in format string: {name}"))?)
                } else if name.chars().all(|c| c == '_' || c.is_alphanumeric()) {
                    Field::Key(name.to_string())
                } else {
                    return Err(format!(
                        "the field `{{{name}}}`: attributes and items of arguments in format fields are not supported"
                    ));
                };
                if let Field::Pos(k) = arg {
                    if k >= given {
                        return Err(format!("Replacement index {k} out of range for positional args tuple"));
                    }
                }
                if !lit.is_empty() {
                    out.push(Piece::Lit(std::mem::take(&mut lit)));
                }
                out.push(Piece::Field { arg, conv, spec });
            }
            c => lit.push(c),
        }
    }
    if !lit.is_empty() {
        out.push(Piece::Lit(lit));
    }
    Ok(out)
}

/// An argument whose evaluation has no effect and cannot raise once the function runs
/// (a variable, a literal): it may be read in any order, twice, or not at all.
fn plain(e: &ast::Expr) -> bool {
    matches!(
        e,
        ast::Expr::Name(_)
            | ast::Expr::NumberLiteral(_)
            | ast::Expr::StringLiteral(_)
            | ast::Expr::BooleanLiteral(_)
            | ast::Expr::NoneLiteral(_)
    ) || matches!(e, ast::Expr::UnaryOp(u) if matches!(*u.operand, ast::Expr::NumberLiteral(_)))
}

impl FnLower<'_> {
    /// `'{} {:.2f}'.format(a, b)` with a literal format string, as the f-string
    /// `f'{a} {b:.2f}'`.
    pub(super) fn format_call(&mut self, c: &ast::ExprCall, fmt: &ast::ExprStringLiteral) -> ir::Expr {
        let sp = span(c.range());
        if let Some(s) = c.arguments.args.iter().find(|a| a.is_starred_expr()) {
            self.err(span(s.range()), "`*args` in str.format() is not supported");
            return self.bad(sp);
        }
        if let Some(k) = c.arguments.keywords.iter().find(|k| k.arg.is_none()) {
            self.err(span(k.range), "`**kwargs` in calls is not supported");
            return self.bad(sp);
        }
        let pieces = match parse(fmt.value.to_str(), c.arguments.args.len()) {
            Ok(p) => p,
            Err(msg) => {
                self.err(span(fmt.range), format!("str.format(): {msg}"));
                return self.bad(sp);
            }
        };
        // the arguments in the order Python evaluates them, and in the order the fields use them
        let mut args: Vec<(Field, &ast::Expr)> =
            c.arguments.args.iter().enumerate().map(|(k, a)| (Field::Pos(k), a)).collect();
        for kw in &c.arguments.keywords {
            let name = kw.arg.as_ref().expect("checked above").id.to_string();
            args.push((Field::Key(name), &kw.value));
        }
        let used: Vec<&Field> = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Field { arg, .. } => Some(arg),
                Piece::Lit(_) => None,
            })
            .collect();
        for f in &used {
            if let Field::Key(k) = f {
                if !args.iter().any(|(a, _)| a == *f) {
                    self.err(
                        span(fmt.range),
                        format!("str.format(): no argument for the field `{{{k}}}` (KeyError: '{k}')"),
                    );
                    return self.bad(sp);
                }
            }
        }
        let in_order = used.len() == args.len() && used.iter().zip(&args).all(|(u, (a, _))| *u == a);
        if !in_order {
            if let Some((_, bad)) = args.iter().find(|(_, e)| !plain(e)) {
                self.err(
                    span(bad.range()),
                    "str.format() whose fields use the arguments out of order, twice or not at all is \
                     supported when the arguments are variables or literals: assign this one to a variable first",
                );
                return self.bad(sp);
            }
        }
        let mut parts = Vec::new();
        for p in pieces {
            match p {
                Piece::Lit(s) => parts.push(ir::FPart::Lit(s)),
                Piece::Field { arg, conv, spec } => {
                    let (_, e) = args.iter().find(|(a, _)| *a == arg).expect("checked above");
                    let expr = self.expr(e);
                    parts.push(ir::FPart::Value { expr, conv, spec });
                }
            }
        }
        self.expr_node(sp, ExprKind::FString(parts))
    }
}
