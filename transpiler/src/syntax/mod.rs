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
    let module = lower::lower_module(&parsed.module)?;
    Ok(Syntax { module, comments: parsed.comments })
}
