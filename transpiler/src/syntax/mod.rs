//! The front end: Python source → [`crate::ir::Module`] plus the file's comments.
//!
//! Architecture invariant: this is the only module that knows the parser (ruff's). Replacing
//! the parser means rewriting [`parse`] and [`lower`], nothing else.

pub mod lower;
pub mod parse;

use crate::diag::Diagnostic;
use crate::ir;
use crate::source::SourceFile;

/// A comment of the file: byte offset of its `#` and its text.
#[derive(Clone, Debug)]
pub struct Comment {
    pub offset: u32,
    pub text: String,
}

pub struct Syntax {
    pub module: ir::Module,
    pub comments: Vec<Comment>,
}

/// Parses and lowers a whole file. Errors are syntax errors and unsupported module-level code;
/// unsupported code inside a function is kept in that function's `errors`.
pub fn read(file: &SourceFile) -> Result<Syntax, Vec<Diagnostic>> {
    let parsed = parse::parse(file)?;
    let module = lower::lower_module(&parsed.module, &numpy_pkg_params(file, &parsed.comments))?;
    Ok(Syntax { module, comments: parsed.comments })
}

/// The file's annotation comments (`# export`, directives) parsed, with their line and column.
pub fn annotations(
    file: &SourceFile,
    comments: &[Comment],
) -> (pyrs_annotations::Annotations, Vec<pyrs_annotations::Error>) {
    let positioned: Vec<(String, u32, u32)> = comments
        .iter()
        .map(|c| {
            let (l, col) = file.line_col(c.offset);
            (c.text.clone(), l, col)
        })
        .collect();
    pyrs_annotations::parse_comments(positioned.iter().map(|(t, l, c)| pyrs_annotations::Comment::new(t, *l, *c)))
}

/// The (function, position) of every `numpy pkg` parameter of the file's exports: lowering
/// resolves `xp.NAME` of those parameters (and of the helpers they are passed to) to numpy.
/// Malformed export comments are ignored here; the driver reports them.
fn numpy_pkg_params(file: &SourceFile, comments: &[Comment]) -> Vec<(String, usize)> {
    if !comments.iter().any(|c| c.text.contains("pkg")) {
        return Vec::new();
    }
    let (ann, _) = annotations(file, comments);
    let mut out = Vec::new();
    for e in &ann.exports {
        for (k, a) in e.args.iter().enumerate() {
            if a.ty == pyrs_annotations::Type::NumpyModule && !out.contains(&(e.func.clone(), k)) {
                out.push((e.func.clone(), k));
            }
        }
    }
    out
}
