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
    /// stable ABI for CPython >= 3.minor
    pub abi3: Option<u32>,
}

/// Compiles one file to the text of its generated crate, or its diagnostics rendered.
pub fn compile_source(file: &SourceFile, module_name: &str) -> Result<String, String> {
    compile_with_notes(file, module_name).map(|(code, _)| code)
}

/// Like [`compile_source`], with the notes worth telling the user (not errors).
pub fn compile_with_notes(file: &SourceFile, module_name: &str) -> Result<(String, Vec<String>), String> {
    let (module, program, notes) = analyse(file)?;
    Ok((codegen::generate(module_name, &build::source_hash(&file.text), &module, &program), notes))
}

/// The front half of the pipeline (everything but codegen): the IR, the typed program and the
/// notes, or the diagnostics rendered. `pyrs annotate` reads these.
pub fn analyse(file: &SourceFile) -> Result<(crate::ir::Module, infer::Program, Vec<String>), String> {
    let render = |ds: Vec<Diagnostic>| ds.iter().map(|d| d.render(file)).collect::<String>();
    let syn = syntax::read(file).map_err(render)?;
    let comments: Vec<(String, u32, u32)> = syn
        .comments
        .iter()
        .map(|c| {
            let (l, col) = file.line_col(c.offset);
            (c.text.clone(), l, col)
        })
        .collect();
    let (annotations, errors) =
        pyrs_annotations::parse_comments(comments.iter().map(|(t, l, c)| pyrs_annotations::Comment::new(t, *l, *c)));
    let pos_to_span = |p: pyrs_annotations::Pos| {
        let start = file.offset(p.line, p.col);
        Span { start, end: start + 1 }
    };
    if !errors.is_empty() {
        return Err(render(
            errors
                .into_iter()
                .map(|e| Diagnostic::new(pos_to_span(e.pos), format!("in the export annotation: {}", e.message)))
                .collect(),
        ));
    }
    let mut module = syn.module;
    let attach_errors = parallel::attach(&mut module, &annotations.directives, file);
    if !attach_errors.is_empty() {
        return Err(render(attach_errors));
    }
    let notes = Vec::new();
    let program = infer::infer(&mut module, &annotations, &pos_to_span).map_err(render)?;
    let race_errors = parallel::check(&module, &program.instances);
    if !race_errors.is_empty() {
        return Err(render(race_errors));
    }
    Ok((module, program, notes))
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
    let flags = build::Flags { debug: opts.debug, portable: opts.portable, abi3: opts.abi3 };
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
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{}: error: cannot read the file: {e}", path.display());
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
        let stamp = build::stamp(&build::source_hash(&text), &flags);
        if !opts.force && opts.emit_rust.is_none() && build::up_to_date(&artifact, &stamp) {
            say(&format!("pyrs: {} is up to date (same source, pyrs and flags; --force rebuilds)", artifact.display()));
            continue;
        }
        say(&format!("pyrs: compiling {}", path.display()));
        let file = SourceFile::new(path, text);
        let lib_rs = match compile_with_notes(&file, &module) {
            Ok((code, notes)) => {
                for n in notes {
                    say(&n);
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
