//! Diagnostics in rustc's shape: `file.py:LINE:COL: error: message`, the source line, a caret
//! under the span, and optional notes pointing at other places.

use crate::source::{SourceFile, Span};
use std::fmt::Write;

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
    /// further places, e.g. "the other assignment is here"
    pub notes: Vec<(Span, String)>,
    /// one sentence of what to do instead
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Self {
        Diagnostic { span, message: message.into(), notes: Vec::new(), help: None }
    }

    pub fn note(mut self, span: Span, message: impl Into<String>) -> Self {
        self.notes.push((span, message.into()));
        self
    }

    pub fn help(mut self, message: impl Into<String>) -> Self {
        self.help = Some(message.into());
        self
    }

    pub fn render(&self, file: &SourceFile) -> String {
        let mut out = String::new();
        render_one(&mut out, file, self.span, "error", &self.message);
        for (span, msg) in &self.notes {
            render_one(&mut out, file, *span, "note", msg);
        }
        if let Some(h) = &self.help {
            let _ = writeln!(out, "  = help: {h}");
        }
        out
    }
}

/// The Python spelling of the names in a message: a variable the compiler renamed (a
/// comprehension's `x__c1`, a web's `x__v1`, see [`crate::analysis::webs`]) is shown as `x`.
fn python_names(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(open) = rest.find('`') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let Some(close) = rest.find('`') else { break };
        let quoted = &rest[..close];
        let shown = quoted
            .rfind("__")
            .filter(|&k| {
                let tail = &quoted[k + 2..];
                k > 0
                    && tail.len() > 1
                    && matches!(tail.as_bytes()[0], b'c' | b'v')
                    && tail[1..].bytes().all(|b| b.is_ascii_digit())
            })
            .map_or(quoted, |k| &quoted[..k]);
        out.push_str(shown);
        out.push('`');
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn render_one(out: &mut String, file: &SourceFile, span: Span, level: &str, message: &str) {
    let message = &python_names(message);
    let (line, col) = file.line_col(span.start);
    let _ = writeln!(out, "{}:{}:{}: {}: {}", file.display_path, line, col, level, message);
    let text = file.line_text(line);
    let gutter = line.to_string();
    let pad = " ".repeat(gutter.len());
    let _ = writeln!(out, "{pad} |");
    let _ = writeln!(out, "{gutter} | {text}");
    // caret width: the span's characters on this line, at least one
    let (end_line, end_col) = file.line_col(span.end.max(span.start));
    let width = if end_line == line && end_col > col {
        end_col - col
    } else if end_line > line {
        // a statement spanning lines: underline the rest of its first line
        (text.trim_end().chars().count() as u32 + 1).saturating_sub(col).max(1)
    } else {
        1
    };
    let lead: String = text.chars().take(col as usize - 1).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
    let _ = writeln!(out, "{pad} | {lead}{}", "^".repeat(width as usize));
}

#[cfg(test)]
mod tests {
    use super::python_names;

    #[test]
    fn renamed_variables_print_their_python_name() {
        assert_eq!(python_names("`x__v2` holds a `y__c10`"), "`x` holds a `y`");
        assert_eq!(
            python_names("`__v1` and `a__b` and `a__v` and `a__vx`"),
            "`__v1` and `a__b` and `a__v` and `a__vx`"
        );
        assert_eq!(python_names("unclosed `x__v1"), "unclosed `x__v1");
    }
}
