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

fn render_one(out: &mut String, file: &SourceFile, span: Span, level: &str, message: &str) {
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
