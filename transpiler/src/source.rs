//! A source file: its text, its display path, and byte offset → line:column; [`Span`], a byte
//! range in it.

use std::path::{Path, PathBuf};

/// Byte range in the source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

pub struct SourceFile {
    pub path: PathBuf,
    /// the path as the user gave it, used in diagnostics
    pub display_path: String,
    pub text: String,
    /// SHA-256 of the file's bytes when they are not `text`'s (a file in Latin-1): what the
    /// import-time staleness check hashes
    pub bytes_sha256: Option<String>,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(path: &Path, text: String) -> Self {
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile {
            path: path.to_path_buf(),
            display_path: path.display().to_string(),
            text,
            bytes_sha256: None,
            line_starts,
        }
    }

    /// 1-based line and 1-based column in characters.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let offset = offset.min(self.text.len() as u32);
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line] as usize;
        let col = self.text[start..offset as usize].chars().count() as u32 + 1;
        (line as u32 + 1, col)
    }

    /// Byte offset of a 1-based line and 1-based character column.
    pub fn offset(&self, line: u32, col: u32) -> u32 {
        let start = self.line_starts[(line as usize - 1).min(self.line_starts.len() - 1)] as usize;
        let rest = &self.text[start..];
        let bytes: usize = rest.chars().take(col as usize - 1).map(char::len_utf8).sum();
        (start + bytes) as u32
    }

    pub fn line_text(&self, line: u32) -> &str {
        let i = line as usize - 1;
        let start = self.line_starts[i] as usize;
        let end = self.line_starts.get(i + 1).map(|e| *e as usize).unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}
