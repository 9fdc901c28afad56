//! The pipeline for a set of files: read → parse/lower → annotations → inference → codegen,
//! then one build for all of them.

use crate::analysis::parallel;
use crate::build::{self, Job};
use crate::codegen;
use crate::diag::Diagnostic;
use crate::infer;
use crate::source::{SourceFile, Span};
use crate::syntax;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub struct Options {
    pub files: Vec<PathBuf>,
    pub out_dir: Option<PathBuf>,
    pub emit_rust: Option<PathBuf>,
    pub debug: bool,
    pub quiet: bool,
    pub python: String,
    /// rebuild even if the artifact is up to date
    pub force: bool,
    /// baseline CPU target instead of the build machine's
    pub portable: bool,
    /// fast-math mode for every function (`--fast-math`, = `# pyrs fast-math` at module level)
    pub fast_math: bool,
    /// stable ABI for CPython >= 3.minor
    pub abi3: Option<u32>,
}

/// Compiles one file to the text of its generated crate, or its diagnostics rendered.
pub fn compile_source(file: &SourceFile, module_name: &str) -> Result<String, String> {
    compile_with_notes(file, module_name).map(|(code, _)| code)
}

/// Like [`compile_source`], with the notes worth telling the user (not errors).
pub fn compile_with_notes(file: &SourceFile, module_name: &str) -> Result<(String, Vec<String>), String> {
    compile_with_options(file, module_name, false)
}

/// Like [`compile_with_notes`]; `fast_math` puts every function in fast-math mode (`--fast-math`).
pub fn compile_with_options(
    file: &SourceFile,
    module_name: &str,
    fast_math: bool,
) -> Result<(String, Vec<String>), String> {
    let (module, program, notes) = analyse_with(file, fast_math)?;
    let hash = file.bytes_sha256.clone().unwrap_or_else(|| build::source_hash(&file.text));
    Ok((codegen::generate(module_name, &hash, &module, &program), notes))
}

/// The front half of the pipeline (everything but codegen): the IR, the typed program and the
/// notes, or the diagnostics rendered. `pyrs annotate` reads these.
pub fn analyse(file: &SourceFile) -> Result<(crate::ir::Module, infer::Program, Vec<String>), String> {
    analyse_with(file, false)
}

/// [`analyse`], with every function in fast-math mode when `fast_math` (`pyrs build --fast-math`).
pub fn analyse_with(
    file: &SourceFile,
    fast_math: bool,
) -> Result<(crate::ir::Module, infer::Program, Vec<String>), String> {
    let render = |ds: Vec<Diagnostic>| ds.iter().map(|d| d.render(file)).collect::<String>();
    let syn = syntax::read(file).map_err(render)?;
    let surrogates = lone_surrogates(file, &syn.comments);
    if !surrogates.is_empty() {
        return Err(render(surrogates));
    }
    let (annotations, errors) = syntax::annotations(file, &syn.comments);
    let pos_to_span = |p: pyrs_annotations::Pos| {
        let start = file.offset(p.line, p.col);
        Span { start, end: start + 1 }
    };
    if !errors.is_empty() {
        return Err(render(
            errors
                .into_iter()
                .map(|e| {
                    // `# omp ...` / `# pyrs ...` comments are directives, the others exports
                    let line = file.line_text(e.pos.line);
                    let comment = line.find('#').map_or("", |k| line[k + 1..].trim_start());
                    let what = if comment.starts_with("omp") || comment.starts_with("pyrs") {
                        "directive"
                    } else {
                        "export annotation"
                    };
                    Diagnostic::new(pos_to_span(e.pos), format!("in the {what}: {}", e.message))
                })
                .collect(),
        ));
    }
    let mut annotations = annotations;
    let mut notes = Vec::new();
    for (at, func) in drop_long_double_alternatives(&mut annotations) {
        let d = Diagnostic::new(pos_to_span(at), format!("the alternatives of `{func}`'s export with `float128`/`longdouble`/`complex256` are left out: they have no exact representation in Rust, and such arguments raise TypeError"));
        notes.push(d.render(file).replacen(": error: ", ": warning: ", 1));
    }
    let mut module = syn.module;
    refuse_huge_functions(&mut module);
    let attach_errors = parallel::attach(&mut module, &annotations.directives, file);
    if !attach_errors.is_empty() {
        return Err(render(attach_errors));
    }
    if fast_math {
        for f in &mut module.functions {
            f.fast_math = true;
        }
    }
    // (after the parallel loops are known: their variables are flagged after them)
    for f in &mut module.functions {
        crate::analysis::unbound::guard(f);
        // (after the unbound-local tests: a test between two statements keeps them apart)
        crate::analysis::inline::temporaries(f);
    }
    let program = infer::infer(&mut module, &annotations, &pos_to_span).map_err(render)?;
    for d in parallel::serialize_unshareable(&mut module, &program.instances) {
        notes.push(d.render(file).replacen(": error: ", ": warning: ", 1));
    }
    let mut race_errors = parallel::check(&module, &program.instances);
    race_errors.extend(crate::analysis::widened::check(&module, &program.instances));
    race_errors.extend(infer::module_params::check(&module, &program.instances));
    if !race_errors.is_empty() {
        return Err(render(race_errors));
    }
    Ok((module, program, notes))
}

/// An `or` line's alternatives (`float64[] or float128[]`, overloads with the position of one
/// export) naming `float128`/`longdouble`/`complex256`, which Rust cannot represent exactly, are
/// dropped when other alternatives of the line remain (an export of only such types stays, and
/// is refused with its position by inference). Returns where each line that lost some is.
fn drop_long_double_alternatives(ann: &mut pyrs_annotations::Annotations) -> Vec<(pyrs_annotations::Pos, String)> {
    use pyrs_annotations::{Scalar, Type};
    fn long(t: &Type) -> bool {
        let wide = |s: Scalar| matches!(s, Scalar::Float128 | Scalar::Complex256);
        match t {
            Type::Scalar(s) => wide(*s),
            Type::Array(a) => wide(a.elem),
            Type::List(t) | Type::Set(t) => long(t),
            Type::Dict(k, v) => long(k) || long(v),
            Type::Tuple(ts) => ts.iter().any(long),
            Type::Generator | Type::NumpyModule => false,
        }
    }
    let has_long = |e: &pyrs_annotations::Export| e.args.iter().any(|a| long(&a.ty));
    let mut dropped = Vec::new();
    let exports = std::mem::take(&mut ann.exports);
    for e in &exports {
        let line = |o: &&pyrs_annotations::Export| o.func == e.func && o.pos == e.pos;
        if has_long(e) && exports.iter().filter(line).any(|o| !has_long(o)) {
            if !dropped.iter().any(|(p, f)| *p == e.pos && *f == e.func) {
                dropped.push((e.pos, e.func.clone()));
            }
        } else {
            ann.exports.push(e.clone());
        }
    }
    dropped
}

/// `\ud800`-style escapes of lone surrogates in string literals (valid Python): pyrs's strings
/// are UTF-8 and cannot hold them (the parser would give U+FFFD, a silent difference), so they
/// are refused where they are written. Escapes in comments are not literals; an escaped
/// backslash (`\\ud800`) is not an escape.
fn lone_surrogates(file: &SourceFile, comments: &[syntax::Comment]) -> Vec<Diagnostic> {
    let text = file.text.as_bytes();
    let in_comment =
        |at: usize| comments.iter().any(|c| (c.offset as usize) <= at && at < c.offset as usize + c.text.len() + 1);
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < text.len() {
        if text[i] != b'\\' {
            i += 1;
            continue;
        }
        // an escape: `\uXXXX` or `\UXXXXXXXX` naming D800..DFFF
        let (n, width) = match text[i + 1] {
            b'u' => (4, 6),
            b'U' => (8, 10),
            _ => {
                i += 2;
                continue;
            }
        };
        let digits = text.get(i + 2..i + 2 + n).and_then(|d| std::str::from_utf8(d).ok());
        let cp = digits.and_then(|d| u32::from_str_radix(d, 16).ok());
        if let Some(cp @ 0xD800..=0xDFFF) = cp {
            if !in_comment(i) {
                let span = Span { start: i as u32, end: (i + width) as u32 };
                out.push(
                    Diagnostic::new(span, format!("a lone surrogate (U+{cp:04X}) in a string is not supported")).help(
                        "pyrs's strings are UTF-8; use a valid character (a surrogate pair is one `\\U000XXXXX`)",
                    ),
                );
            }
        }
        i += 2;
    }
    out
}

/// The most expressions a function may have. rustc's memory and time grow faster than the
/// size of a function (2,000 statements `s = s + (x * k) % 7`, 16,000 expressions: 1.8 GB and
/// 73 s; 5,000: 8.7 GB and 400 s; 20,000 ran out of 24 GB), so a larger one is refused before
/// rustc runs.
pub const MAX_FUNCTION_EXPRS: u32 = 12_000;

/// A located error on each function beyond [`MAX_FUNCTION_EXPRS`] (reported if it is compiled).
fn refuse_huge_functions(module: &mut crate::ir::Module) {
    for f in &mut module.functions {
        if f.expr_count > MAX_FUNCTION_EXPRS {
            let d = Diagnostic::new(
                f.name_span,
                format!(
                    "function `{}` is too large to compile: {} expressions (pyrs compiles up to {MAX_FUNCTION_EXPRS} in one function)",
                    f.name, f.expr_count
                ),
            )
            .help("split it into several functions");
            f.errors.push(d);
        }
    }
}

/// A Python source file's text as CPython decodes it (PEP 263): UTF-8 (a BOM dropped), or the
/// encoding a `coding[:=]` comment on line 1 or 2 declares, of which pyrs reads UTF-8, ASCII and
/// Latin-1. With the text, the SHA-256 of the bytes when they are not the text's. Errors come
/// rendered, located at the first undecodable byte or at the declaration.
pub fn read_python(path: &Path) -> Result<(String, Option<String>), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: error: cannot read the file: {e}\n", path.display()))?;
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (true, rest),
        None => (false, &bytes[..]),
    };
    // the declaration: line 1, or line 2 when line 1 is a comment or blank
    let mut declared: Option<(usize, String)> = None;
    let mut start = 0;
    for k in 0..2 {
        let end = body[start..].iter().position(|&b| b == b'\n').map(|e| start + e).unwrap_or(body.len());
        let line = String::from_utf8_lossy(&body[start..end]);
        let t = line.trim_start_matches([' ', '\t', '\x0c']);
        if let Some(name) = t.strip_prefix('#').and_then(coding_name) {
            declared = Some((start, name));
            break;
        }
        if k == 0 && !(t.is_empty() || t.starts_with('#') || t == "\r") {
            break;
        }
        start = end + 1;
        if start > body.len() {
            break;
        }
    }
    let lossy = || SourceFile::new(path, String::from_utf8_lossy(body).into_owned());
    let norm = declared.as_ref().map(|(_, n)| n.to_ascii_lowercase().replace('_', "-"));
    let latin1 = matches!(
        norm.as_deref(),
        Some("latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "iso-latin-1" | "l1" | "cp819" | "latin")
    ) || norm.as_deref().is_some_and(|n| n.starts_with("latin-1-") || n.starts_with("iso-8859-1-"));
    let utf8 = match norm.as_deref() {
        None => true,
        Some(n) => {
            matches!(n, "utf-8" | "utf8" | "u8" | "utf" | "ascii" | "us-ascii" | "646") || n.starts_with("utf-8-")
        }
    };
    if latin1 && !bom {
        // every byte is the code point of its value
        let text: String = body.iter().map(|&b| b as char).collect();
        let hash = build::source_hash_bytes(&bytes);
        return Ok((text, Some(hash)));
    }
    if !utf8 || (bom && latin1) {
        let (at, name) = declared.expect("a declaration names the encoding");
        let file = lossy();
        let off = file.text[at..].find(&name).map(|o| at + o).unwrap_or(at) as u32;
        let msg = if bom {
            format!("encoding problem: `{name}` with a UTF-8 byte-order mark")
        } else {
            format!("pyrs reads UTF-8 and Latin-1 source; the encoding `{name}` is not supported")
        };
        let d = Diagnostic::new(Span { start: off, end: off + name.len() as u32 }, msg)
            .help("save the file as UTF-8 and drop the coding declaration");
        return Err(d.render(&file));
    }
    match std::str::from_utf8(body) {
        Ok(t) => Ok((t.to_string(), if bom { Some(build::source_hash_bytes(&bytes)) } else { None })),
        Err(e) => {
            let at = e.valid_up_to();
            let file = lossy();
            let msg = match &declared {
                Some((_, name)) => format!("byte 0x{:02x} is not {name}", body[at]),
                None => format!("non-UTF-8 byte 0x{:02x}, but no encoding declared", body[at]),
            };
            // (in the lossy text the byte is U+FFFD, 3 bytes)
            let d = Diagnostic::new(Span { start: at as u32, end: at as u32 + 3 }, msg)
                .help("save the file as UTF-8, or declare its encoding on the first line: `# -*- coding: latin-1 -*-`");
            Err(d.render(&file))
        }
    }
}

/// The encoding a comment's text (after `#`) declares: `coding[:=]\s*([-\w.]+)`.
fn coding_name(comment: &str) -> Option<String> {
    let mut rest = comment;
    while let Some(i) = rest.find("coding") {
        rest = &rest[i + "coding".len()..];
        if let Some(r) = rest.strip_prefix([':', '=']) {
            let name: String = r
                .trim_start_matches([' ', '\t'])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                .collect();
            if !name.is_empty() {
                return Some(name);
            }
        }
    }
    None
}

pub fn module_name(path: &Path) -> Result<String, String> {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let ok = !stem.is_empty()
        && stem.chars().next().map(|c| c.is_alphabetic() || c == '_').unwrap_or(false)
        && stem.chars().all(|c| c.is_alphanumeric() || c == '_');
    if ok {
        Ok(stem.to_string())
    } else {
        Err(format!("{}: error: `{stem}` is not a valid Python module name", path.display()))
    }
}

/// Runs the whole pipeline; returns the process exit code.
pub fn run(opts: &Options) -> i32 {
    let t0 = Instant::now();
    let say = |msg: &str| {
        if !opts.quiet {
            eprintln!("{msg}");
        }
    };
    let py = match build::python_info(&opts.python) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let flags = build::Flags { debug: opts.debug, portable: opts.portable, fast_math: opts.fast_math, abi3: opts.abi3 };
    if let Some(m) = opts.abi3 {
        if m < build::MIN_ABI3_MINOR || m > py.minor {
            eprintln!(
                "error: --abi3=3.{m}: the stable-ABI minimum must be between 3.{} and the Python built for (3.{})",
                build::MIN_ABI3_MINOR,
                py.minor
            );
            return 1;
        }
    }
    let suffix = if opts.abi3.is_some() { &py.abi3_suffix } else { &py.ext_suffix };
    if opts.out_dir.as_deref().is_some_and(crate::cli::is_module_file) && opts.files.len() != 1 {
        eprintln!("error: -o FILE.so names the module of one file; give one .py, or -o DIR for several");
        return 1;
    }
    let mut jobs = Vec::new();
    let mut failed = false;
    for path in &opts.files {
        let (text, bytes_sha256) = match read_python(path) {
            Ok(t) => t,
            Err(e) => {
                eprint!("{e}");
                failed = true;
                continue;
            }
        };
        let module = match module_name(path) {
            Ok(m) => m,
            Err(e) => {
                eprintln!("{e}");
                failed = true;
                continue;
            }
        };
        // `-o x.so` (Pythran's form): that file, and the module named after it
        let (out_dir, module, artifact) = match &opts.out_dir {
            Some(f) if crate::cli::is_module_file(f) => {
                let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("").split('.').next().unwrap_or("");
                let name = match module_name(Path::new(&format!("{name}.py"))) {
                    Ok(n) => n,
                    Err(_) => {
                        eprintln!("error: -o {}: `{name}` is not a valid Python module name", f.display());
                        failed = true;
                        continue;
                    }
                };
                if name != module {
                    say(&format!("pyrs: the module compiled from {} is named `{name}` (after -o)", path.display()));
                }
                let dir = f.parent().map(Path::to_path_buf).unwrap_or_default();
                (dir, name, f.clone())
            }
            _ => {
                let dir = match &opts.out_dir {
                    Some(d) => d.clone(),
                    None => path.parent().map(Path::to_path_buf).unwrap_or_default(),
                };
                let artifact = dir.join(format!("{module}{suffix}"));
                (dir, module, artifact)
            }
        };
        let out_dir = if out_dir.as_os_str().is_empty() { PathBuf::from(".") } else { out_dir };
        let stamp = build::stamp(bytes_sha256.as_deref().unwrap_or(&build::source_hash(&text)), &flags);
        if !opts.force && opts.emit_rust.is_none() && build::up_to_date(&artifact, &stamp) {
            say(&format!("pyrs: {} is up to date (same source, pyrs and flags; --force rebuilds)", artifact.display()));
            continue;
        }
        say(&format!("pyrs: compiling {}", path.display()));
        let mut file = SourceFile::new(path, text);
        file.bytes_sha256 = bytes_sha256;
        let lib_rs = match compile_with_options(&file, &module, opts.fast_math) {
            Ok((code, notes)) => {
                // (warnings about the source, shown also with `-q`, as a compiler's are)
                for n in notes {
                    eprint!("{n}");
                }
                code
            }
            Err(rendered) => {
                eprint!("{rendered}");
                failed = true;
                continue;
            }
        };
        if let Some(dir) = &opts.emit_rust {
            let _ = std::fs::create_dir_all(dir);
            if let Err(e) = std::fs::write(dir.join(format!("{module}.rs")), &lib_rs) {
                eprintln!("error: cannot write the generated Rust to {}: {e}", dir.display());
            }
        }
        let lib_rs = lib_rs + &build::stamp_item(&stamp);
        if let Err(e) = std::fs::create_dir_all(&out_dir) {
            eprintln!("error: cannot create {}: {e}", out_dir.display());
            failed = true;
            continue;
        }
        let source_path = path.canonicalize().unwrap_or_else(|_| path.clone());
        jobs.push(Job { artifact, module, lib_rs, source_path });
    }
    if !jobs.is_empty() {
        let t1 = Instant::now();
        say(&format!("pyrs: building {} module(s) with cargo", jobs.len()));
        let cfg = build::Config { python: opts.python.clone(), quiet: opts.quiet, flags: flags.clone() };
        if let Err(e) = build::build(&cfg, &py, &jobs) {
            eprintln!("error: {e}");
            return 1;
        }
        for j in &jobs {
            say(&format!("pyrs: wrote {}", j.artifact.display()));
        }
        say(&format!("pyrs: done in {:.1} s (cargo {:.1} s)", t0.elapsed().as_secs_f64(), t1.elapsed().as_secs_f64()));
    }
    if failed {
        1
    } else {
        0
    }
}
