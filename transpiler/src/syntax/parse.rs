//! Parsing with `ruff_python_parser`, for Python 3.11 syntax, and comment extraction from its
//! token stream (so a `#` inside a string is never taken for a comment).

use super::Comment;
use crate::diag::Diagnostic;
use crate::source::{SourceFile, Span};
use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{ModModule, PythonVersion};
use ruff_python_parser::{parse_unchecked, Mode, ParseOptions};
use ruff_text_size::Ranged;

pub struct Parsed {
    pub module: ModModule,
    pub comments: Vec<Comment>,
}

pub fn parse(file: &SourceFile) -> Result<Parsed, Vec<Diagnostic>> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(&file.text, options);
    let mut errors: Vec<Diagnostic> = parsed
        .errors()
        .iter()
        .map(|e| Diagnostic::new(span(e.location), format!("syntax error: {}", e.error)))
        .collect();
    errors.extend(
        parsed
            .unsupported_syntax_errors()
            .iter()
            .map(|e| Diagnostic::new(span(e.range()), format!("syntax error: {e}"))),
    );
    if !errors.is_empty() {
        return Err(errors);
    }
    let comments = parsed
        .tokens()
        .iter()
        .filter(|t| t.kind() == TokenKind::Comment)
        .map(|t| Comment { offset: t.start().to_u32(), text: file.text[t.range()].to_string() })
        .collect();
    let module = parsed.try_into_module().expect("parsed in module mode").into_syntax();
    Ok(Parsed { module, comments })
}

pub fn span(r: ruff_text_size::TextRange) -> Span {
    Span { start: r.start().to_u32(), end: r.end().to_u32() }
}
