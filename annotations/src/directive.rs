//! Clauses of `# omp parallel for ...` / `# pyrs parallel for ...` directives.

use crate::lexer::{Tok, Token};
use crate::parser::err;
use crate::{Clause, Error, Schedule};

type PResult<T> = Result<T, Error>;

/// The reduction operators accepted in `reduction(op: vars)`.
pub const REDUCTION_OPS: [&str; 10] = ["+", "*", "-", "min", "max", "&", "|", "^", "&&", "||"];

/// Parses the clause list; `text` is the string the tokens were lexed from.
pub(crate) fn parse_clauses(toks: &[Token<'_>], text: &str) -> PResult<Vec<Clause>> {
    let mut clauses = Vec::new();
    let mut seen_schedule = None;
    let mut seen_threads = None;
    let mut i = 0;
    loop {
        // OpenMP allows optional commas between clauses.
        while toks[i].kind == Tok::Comma {
            i += 1;
        }
        let name = toks[i];
        match name.kind {
            Tok::Eof => return Ok(clauses),
            Tok::Ident => {}
            _ => {
                return err(
                    name.pos,
                    format!(
                        "expected a clause such as `schedule(static)` or `reduction(+:s)`, found {}",
                        name.describe()
                    ),
                )
            }
        }
        i += 1;
        // Find the argument list, if any.
        let (inner, close) = if toks[i].kind == Tok::LParen {
            let open = toks[i];
            let mut depth = 0usize;
            let mut j = i;
            loop {
                match toks[j].kind {
                    Tok::LParen => depth += 1,
                    Tok::RParen => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Tok::Eof => {
                        return err(
                            toks[j].pos,
                            format!("unbalanced `(` at column {}: expected `)` before end of comment", open.pos.col),
                        )
                    }
                    _ => {}
                }
                j += 1;
            }
            let inner = &toks[i + 1..j];
            i = j + 1;
            (Some((inner, toks[j])), toks[j].end)
        } else {
            (None, name.end)
        };
        let needs_args = |example: &str| Error {
            pos: name.pos,
            message: format!("the `{}` clause needs arguments; expected `{example}`", name.text),
        };
        let clause = match name.text {
            "schedule" => {
                let Some((inner, rparen)) = inner else {
                    return Err(needs_args("schedule(static)"));
                };
                if let Some(first) = seen_schedule {
                    return err(
                        name.pos,
                        format!("duplicate `schedule` clause (the first is at column {first}); expected at most one"),
                    );
                }
                seen_schedule = Some(name.pos.col);
                schedule(inner, rparen)?
            }
            "reduction" => {
                let Some((inner, rparen)) = inner else {
                    return Err(needs_args("reduction(+:var)"));
                };
                reduction(inner, rparen)?
            }
            "private" => {
                let Some((inner, rparen)) = inner else {
                    return Err(needs_args("private(var, ...)"));
                };
                Clause::Private(var_list(inner, rparen, "private")?)
            }
            "num_threads" => {
                let Some((inner, rparen)) = inner else {
                    return Err(needs_args("num_threads(4)"));
                };
                if let Some(first) = seen_threads {
                    return err(
                        name.pos,
                        format!(
                            "duplicate `num_threads` clause (the first is at column {first}); expected at most one"
                        ),
                    );
                }
                seen_threads = Some(name.pos.col);
                match inner {
                    [n] if n.kind == Tok::Int => Clause::NumThreads(positive(n, "thread count")?),
                    [] => return err(rparen.pos, "empty `num_threads()`; expected a positive integer thread count"),
                    [t, ..] => {
                        return err(
                            t.pos,
                            format!(
                                "expected a positive integer literal in `num_threads(...)`, found {}",
                                t.describe()
                            ),
                        )
                    }
                }
            }
            _ => Clause::Other(text[name.start..close].to_string()),
        };
        clauses.push(clause);
    }
}

fn positive(t: &Token<'_>, what: &str) -> PResult<u64> {
    match t.text.parse::<u64>() {
        Ok(0) => err(t.pos, format!("{what} is 0; expected a positive integer")),
        Ok(n) => Ok(n),
        Err(_) => err(t.pos, format!("{what} `{}` is too large; expected an integer that fits in 64 bits", t.text)),
    }
}

fn schedule(inner: &[Token<'_>], rparen: Token<'_>) -> PResult<Clause> {
    let Some(kind) = inner.first() else {
        return err(rparen.pos, "empty `schedule()`; expected `static`, `dynamic` or `guided`");
    };
    let sched = match (kind.kind, kind.text) {
        (Tok::Ident, "static") => Schedule::Static,
        (Tok::Ident, "dynamic") => Schedule::Dynamic,
        (Tok::Ident, "guided") => Schedule::Guided,
        _ => {
            return err(
                kind.pos,
                format!("unsupported schedule kind {}; expected `static`, `dynamic` or `guided`", kind.describe()),
            )
        }
    };
    match &inner[1..] {
        [] => Ok(Clause::Schedule(sched, None)),
        [comma, n] if comma.kind == Tok::Comma && n.kind == Tok::Int => {
            Ok(Clause::Schedule(sched, Some(positive(n, "chunk size")?)))
        }
        [comma] if comma.kind == Tok::Comma => {
            err(rparen.pos, "missing chunk size after `,` in `schedule(...)`; expected a positive integer")
        }
        [comma, t, ..] if comma.kind == Tok::Comma && t.kind != Tok::Int => {
            err(t.pos, format!("expected a positive integer chunk size in `schedule(...)`, found {}", t.describe()))
        }
        [comma, _, t, ..] if comma.kind == Tok::Comma => {
            err(t.pos, format!("unexpected {} in `schedule(...)`; expected `)` after the chunk size", t.describe()))
        }
        [t, ..] => err(t.pos, format!("expected `,` or `)` after the schedule kind, found {}", t.describe())),
    }
}

fn reduction(inner: &[Token<'_>], rparen: Token<'_>) -> PResult<Clause> {
    let Some(op) = inner.first() else {
        return err(rparen.pos, "empty `reduction()`; expected `op:var, ...`, as in `reduction(+:total)`");
    };
    let valid = matches!(op.kind, Tok::Op | Tok::Ident) && REDUCTION_OPS.contains(&op.text);
    if !valid {
        return err(
            op.pos,
            format!("unknown reduction operator {}; expected one of + * - min max & | ^ && ||", op.describe()),
        );
    }
    match inner.get(1) {
        Some(c) if c.kind == Tok::Colon => {}
        Some(t) => return err(t.pos, format!("expected `:` after the reduction operator, found {}", t.describe())),
        None => return err(rparen.pos, "expected `:` after the reduction operator, found `)`"),
    }
    let vars = var_list(&inner[2..], rparen, "reduction")?;
    Ok(Clause::Reduction { op: op.text.to_string(), vars })
}

fn var_list(inner: &[Token<'_>], rparen: Token<'_>, clause: &str) -> PResult<Vec<String>> {
    let mut vars = Vec::new();
    let mut i = 0;
    loop {
        let t = inner.get(i).copied().unwrap_or(rparen);
        if t.kind != Tok::Ident || t.text.contains('.') {
            return err(t.pos, format!("expected a variable name in `{clause}(...)`, found {}", t.describe()));
        }
        vars.push(t.text.to_string());
        i += 1;
        match inner.get(i) {
            None => return Ok(vars),
            Some(c) if c.kind == Tok::Comma => i += 1,
            Some(t) => {
                return err(
                    t.pos,
                    format!("expected `,` or `)` after a variable in `{clause}(...)`, found {}", t.describe()),
                )
            }
        }
    }
}
