//! `pyrs annotate fn.py`: an HTML report in the spirit of `cython -a`. Each Python line shows the
//! inferred types of the variables it names and, expandable, the Rust generated from it (per
//! compiled instance); lines whose Rust touches Python objects, allocates or may raise are marked
//! and shaded (darker = more overhead), parallel loops are marked; a summary on top lists the
//! exports, their signatures, the compiled instances and the warnings.
//!
//! Reads the pipeline's products (IR, typed program, generated Rust with line markers) and never
//! changes them. Marks are read off the generated Rust, so they say what the code does.

use crate::codegen;
use crate::driver;
use crate::infer::Program;
use crate::ir::{self, StmtKind};
use crate::source::SourceFile;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What a line's Rust does that costs more than arithmetic.
#[derive(Default, Clone, Copy, Debug, PartialEq)]
pub struct Marks {
    /// converts to or from Python objects (argument checks, results), i.e. holds the GIL
    pub python: bool,
    /// allocates (lists)
    pub alloc: bool,
    /// may raise (an error path: overflow, division by zero, index, ...)
    pub raises: bool,
    /// a loop run in parallel
    pub parallel: bool,
    /// makes or copies strings (Python text: reference-counted, indexed by code point)
    pub strings: bool,
    /// hashes (dict and set lookups, inserts)
    pub hashing: bool,
}

impl Marks {
    fn or(&mut self, o: Marks) {
        self.python |= o.python;
        self.alloc |= o.alloc;
        self.raises |= o.raises;
        self.parallel |= o.parallel;
        self.strings |= o.strings;
        self.hashing |= o.hashing;
    }
    /// 0 (plain native code) .. 7: how much darker the line is shaded
    pub fn score(&self) -> u32 {
        ((self.python as u32) * 4 + ((self.alloc || self.strings || self.hashing) as u32) * 2 + (self.raises as u32))
            .min(7)
    }
    /// Why the line is slower than arithmetic, one phrase per mark (empty for plain native code).
    pub fn reasons(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        if self.python {
            v.push("converts Python objects to native values or back (argument checks, results, print): holds the GIL");
        }
        if self.strings {
            v.push("makes or copies strings (slicing, concatenation, formatting, str()): each one a new allocation");
        }
        if self.hashing {
            v.push("hashes keys (dict/set lookups and inserts): far slower than indexing an array");
        }
        if self.alloc {
            v.push("allocates on the heap (a list, or a new array): hoist it out of loops where you can");
        }
        if self.raises {
            v.push("has an error path (overflow, division by zero, bounds): a check per execution");
        }
        v
    }
    fn names(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        if self.python {
            v.push("python");
        }
        if self.alloc {
            v.push("alloc");
        }
        if self.raises {
            v.push("raises");
        }
        if self.parallel {
            v.push("parallel");
        }
        if self.strings {
            v.push("str");
        }
        if self.hashing {
            v.push("hash");
        }
        v
    }
}

/// Marks read off a piece of generated Rust.
pub fn marks_of_rust(code: &str) -> Marks {
    let has = |ps: &[&str]| ps.iter().any(|p| code.contains(p));
    Marks {
        python: has(&["pyo3", "rt::py::", "Python<"]),
        alloc: has(&["rt::List::", "vec!", "Vec::", ".append(", ".to_vec()", ".collect()", "Box::new"]),
        raises: has(&["?", "Err("]),
        parallel: has(&["rt::support::parallel::"]),
        strings: has(&["rt::Str", "rt::builtins::str", "rt::builtins::format", "Str::from"]),
        hashing: has(&["rt::Dict", "rt::Set"]),
    }
}

#[derive(Default)]
struct Line {
    /// variable → its types (one per instance, usually the same)
    vars: BTreeMap<String, BTreeSet<String>>,
    /// (instance label, Rust)
    rust: Vec<(String, String)>,
    marks: Marks,
}

pub struct Report {
    pub html: String,
    /// per 1-based line: marks (for tests and the command's summary)
    pub marks: BTreeMap<u32, Marks>,
}

/// `pyrs annotate FILE [-o OUT]`: writes the report; returns the process exit code.
pub fn run(path: &Path, out: Option<&Path>, quiet: bool) -> i32 {
    let text = match driver::read_python(path) {
        Ok((t, _)) => t,
        Err(e) => {
            eprint!("{e}");
            return 1;
        }
    };
    let module = match driver::module_name(path) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    let file = SourceFile::new(path, text);
    let report = match report(&file, &module) {
        Ok(r) => r,
        Err(rendered) => {
            eprint!("{rendered}");
            return 1;
        }
    };
    let out: PathBuf = out.map(Path::to_path_buf).unwrap_or_else(|| path.with_extension("html"));
    if let Err(e) = std::fs::write(&out, &report.html) {
        eprintln!("error: cannot write {}: {e}", out.display());
        return 1;
    }
    if !quiet {
        let count = |f: fn(&Marks) -> bool| report.marks.values().filter(|m| f(m)).count();
        eprintln!(
            "pyrs: wrote {} ({} compiled lines: {} touch Python objects, {} allocate, {} may raise, {} parallel loops, \
             {} make or copy strings, {} hash)",
            out.display(),
            report.marks.len(),
            count(|m| m.python),
            count(|m| m.alloc),
            count(|m| m.raises),
            count(|m| m.parallel),
            count(|m| m.strings),
            count(|m| m.hashing)
        );
    }
    0
}

/// The report for one file, or its diagnostics rendered.
pub fn report(file: &SourceFile, module_name: &str) -> Result<Report, String> {
    let (module, program, notes) = driver::analyse(file)?;
    let code = codegen::generate_annotated(&module, &program);
    let line_of = |offset: u32| file.line_col(offset).0;
    let mut lines: BTreeMap<u32, Line> = BTreeMap::new();

    for (i, inst) in program.instances.iter().enumerate() {
        let Some(f) = module.function(&inst.key.func) else { continue };
        let label = instance_label(&program, i);
        let def_line = line_of(f.name_span.start);
        // variables: parameters on the def line, then every name where it occurs
        let mut occurrences: Vec<(u32, String)> = f.params.iter().map(|p| (p.span.start, p.name.clone())).collect();
        ir::query::occurrences(&f.body, None, &mut |n, at| occurrences.push((at.start, n.to_string())));
        for (offset, name) in occurrences {
            if let Some(t) = inst.locals.get(&name) {
                lines.entry(line_of(offset)).or_default().vars.entry(name).or_default().insert(t.to_string());
            }
        }
        // the Rust, cut at the line markers
        for (offset, chunk) in split_at_markers(&code.instances[i]) {
            let l = offset.map(line_of).unwrap_or(def_line);
            let entry = lines.entry(l).or_default();
            entry.marks.or(marks_of_rust(&chunk));
            entry.rust.push((label.clone(), chunk));
        }
        for s in ir::query::for_loops(&f.body) {
            if let StmtKind::For { parallel: Some(_), .. } = &s.kind {
                lines.entry(line_of(s.span.start)).or_default().marks.parallel = true;
            }
        }
    }
    for (e, wrapper) in program.exports.iter().zip(&code.wrappers) {
        let Some(f) = module.function(&e.name) else { continue };
        let entry = lines.entry(line_of(f.name_span.start)).or_default();
        entry.marks.or(marks_of_rust(wrapper));
        entry.rust.push((
            format!("Python wrapper of `{}` (argument conversion, overload dispatch)", e.name),
            wrapper.clone(),
        ));
    }

    let compiled: BTreeSet<&str> = program.instances.iter().map(|i| i.key.func.as_str()).collect();
    let mut warnings: Vec<String> = notes;
    for f in &module.functions {
        if !compiled.contains(f.name.as_str()) {
            warnings.push(format!(
                "`{}` (line {}) is not compiled: no export calls it, so the compiled module does not have it",
                f.name,
                line_of(f.name_span.start)
            ));
        }
    }
    let marks = lines.iter().filter(|(_, l)| !l.rust.is_empty()).map(|(n, l)| (*n, l.marks)).collect();
    Ok(Report { html: render(file, module_name, &program, &lines, &warnings), marks })
}

fn instance_label(program: &Program, i: usize) -> String {
    let inst = &program.instances[i];
    let args: Vec<String> = inst.key.args.iter().map(|t| t.to_string()).collect();
    format!("{}({}) -> {}", inst.key.func, args.join(", "), inst.ret)
}

/// Splits formatted Rust at `__pyrs_line!(offset);` lines: (offset of the Python statement, or
/// None for the code before the first one, i.e. the `fn` header), dedented code.
fn split_at_markers(code: &str) -> Vec<(Option<u32>, String)> {
    let mut out: Vec<(Option<u32>, Vec<&str>)> = vec![(None, Vec::new())];
    for line in code.lines() {
        let t = line.trim();
        if let Some(n) =
            t.strip_prefix("__pyrs_line!(").and_then(|r| r.strip_suffix(");")).and_then(|n| n.trim().parse().ok())
        {
            out.push((Some(n), Vec::new()));
        } else if !t.is_empty() {
            out.last_mut().unwrap().1.push(line);
        }
    }
    out.into_iter()
        .filter(|(_, ls)| !ls.is_empty())
        .map(|(o, ls)| {
            let indent = ls.iter().map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
            (o, ls.iter().map(|l| &l[indent.min(l.len())..]).collect::<Vec<_>>().join("\n"))
        })
        .collect()
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            _ => o.push(c),
        }
    }
    o
}

const STYLE: &str = r#"
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; margin-bottom: .2em; }
.meta { color: #666; font-size: .9em; }
table.summary { border-collapse: collapse; margin: .6em 0 1em; font-size: .92em; }
table.summary td, table.summary th { border: 1px solid #ddd; padding: .25em .6em; text-align: left; vertical-align: top; }
table.summary code { font-size: .95em; }
.warnings li { color: #8a4b00; }
.legend span { display: inline-block; padding: .1em .5em; margin-right: .4em; border-radius: 3px; font-size: .85em; }
.code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; border-top: 1px solid #ddd; }
.line { border-bottom: 1px solid #f0f0f0; }
.line > summary, .line > .row { display: flex; gap: .8em; align-items: baseline; padding: 1px 4px; list-style: none; }
.line > summary { cursor: pointer; }
.line > summary::-webkit-details-marker { display: none; }
.line > summary::before { content: "+"; width: 1em; flex: none; color: #999; }
.line[open] > summary::before { content: "−"; }
.line > .row::before { content: ""; width: 1em; flex: none; }
.lineno { color: #999; width: 3em; text-align: right; flex: none; }
.src { white-space: pre; flex: 1 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.types { color: #1a5e9a; white-space: nowrap; }
.mark { font-size: 11px; padding: 0 .4em; border-radius: 3px; white-space: nowrap; }
.m-python { background: #f4c542; }
.m-alloc { background: #f7a8a8; }
.m-str { background: #c8a8f7; }
.m-hash { background: #a8d8f7; }
ul.why { margin: .2em 0 .4em 3.5em; padding-left: 1em; font-size: 12px; color: #444; }
.m-raises { background: #e6e6e6; }
.m-parallel { background: #9fd49f; }
.s0 { background: #fff; } .s1 { background: #fffbe0; } .s2, .s3 { background: #fff3b0; }
.s4, .s5 { background: #ffe680; } .s6, .s7 { background: #ffd84d; }
.rust { margin: 0 0 .4em 5em; }
.rust .inst { color: #666; font-size: 12px; margin-top: .3em; }
.rust pre { background: #f6f8fa; border: 1px solid #e3e3e3; padding: .4em .6em; margin: .1em 0; overflow-x: auto; }
"#;

fn render(
    file: &SourceFile,
    module_name: &str,
    program: &Program,
    lines: &BTreeMap<u32, Line>,
    warnings: &[String],
) -> String {
    let mut h = String::new();
    let title = format!("pyrs annotate: {}", file.display_path);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&title)
    );
    let _ = writeln!(h, "<h1>{}</h1>", esc(&file.display_path));
    let _ = writeln!(
        h,
        "<p class=\"meta\">module <code>{}</code> · pyrs {} · click a line to see its Rust</p>",
        esc(module_name),
        env!("CARGO_PKG_VERSION")
    );

    // summary
    let compiled: Vec<&Line> = lines.values().filter(|l| !l.rust.is_empty()).collect();
    let count = |f: fn(&Marks) -> bool| compiled.iter().filter(|l| f(&l.marks)).count();
    let _ = writeln!(h, "<section id=\"summary\">\n<h2>Summary</h2>");
    let _ = writeln!(
        h,
        "<p class=\"counts\" data-compiled=\"{}\" data-python=\"{}\" data-alloc=\"{}\" data-raises=\"{}\" data-parallel=\"{}\" data-str=\"{}\" data-hash=\"{}\">{} compiled lines: {} touch Python objects, {} allocate, {} may raise, {} parallel loops, {} make or copy strings, {} hash.</p>",
        compiled.len(),
        count(|m| m.python),
        count(|m| m.alloc),
        count(|m| m.raises),
        count(|m| m.parallel),
        count(|m| m.strings),
        count(|m| m.hashing),
        compiled.len(),
        count(|m| m.python),
        count(|m| m.alloc),
        count(|m| m.raises),
        count(|m| m.parallel),
        count(|m| m.strings),
        count(|m| m.hashing)
    );
    let _ =
        writeln!(h, "<table class=\"summary exports\">\n<tr><th>export</th><th>signatures (tried in order)</th></tr>");
    for e in &program.exports {
        let sigs: Vec<String> =
            e.overloads.iter().filter(|o| !o.twin).map(|o| format!("<code>{}</code>", esc(&o.signature))).collect();
        let _ = writeln!(
            h,
            "<tr class=\"export\"><td><code>{}</code></td><td>{}</td></tr>",
            esc(&e.name),
            sigs.join("<br>")
        );
    }
    let _ = writeln!(h, "</table>");
    let _ =
        writeln!(h, "<table class=\"summary instances\">\n<tr><th>compiled instance</th><th>Rust function</th></tr>");
    for (i, inst) in program.instances.iter().enumerate() {
        let _ = writeln!(
            h,
            "<tr class=\"instance\"><td><code>{}</code></td><td><code>{}</code></td></tr>",
            esc(&instance_label(program, i)),
            esc(&inst.rust_name)
        );
    }
    let _ = writeln!(h, "</table>");
    if warnings.is_empty() {
        let _ = writeln!(h, "<p class=\"warnings\">No warnings.</p>");
    } else {
        let _ = writeln!(h, "<ul class=\"warnings\">");
        for w in warnings {
            let _ = writeln!(h, "<li class=\"warning\">{}</li>", esc(w));
        }
        let _ = writeln!(h, "</ul>");
    }
    let _ = writeln!(
        h,
        "<p class=\"legend\">Shading: darker = more overhead. <span class=\"m-python\">python</span>converts Python objects (holds the GIL) \
         <span class=\"m-alloc\">alloc</span>allocates <span class=\"m-raises\">raises</span>has an error path (may raise) \
         <span class=\"m-parallel\">parallel</span>loop runs on all cores \
         <span class=\"m-str\">str</span>makes or copies strings <span class=\"m-hash\">hash</span>hashes (dict/set)</p>\n</section>"
    );

    // the source, line by line
    let _ = writeln!(h, "<section class=\"code\" id=\"source\">");
    let n_lines = file.text.lines().count() as u32;
    for n in 1..=n_lines {
        let src = file.line_text(n);
        let info = lines.get(&n);
        let types: Vec<String> = info
            .map(|l| {
                l.vars
                    .iter()
                    .map(|(v, ts)| format!("{v}: {}", ts.iter().cloned().collect::<Vec<_>>().join(" | ")))
                    .collect()
            })
            .unwrap_or_default();
        let types = types.join(", ");
        match info.filter(|l| !l.rust.is_empty()) {
            Some(l) => {
                let marks = l.marks.names();
                let _ = write!(
                    h,
                    "<details class=\"line s{}\" id=\"L{n}\" data-line=\"{n}\" data-marks=\"{}\" data-types=\"{}\"><summary><span class=\"lineno\">{n}</span><span class=\"src\">{}</span>",
                    l.marks.score(),
                    marks.join(" "),
                    esc(&types),
                    esc(src)
                );
                for m in &marks {
                    let _ = write!(h, "<span class=\"mark m-{m}\">{m}</span>");
                }
                let _ = writeln!(h, "<span class=\"types\">{}</span></summary>", esc(&types));
                let why = l.marks.reasons();
                if !why.is_empty() {
                    let _ = write!(h, "<ul class=\"why\">");
                    for w in &why {
                        let _ = write!(h, "<li>{}</li>", esc(w));
                    }
                    let _ = write!(h, "</ul>");
                }
                let _ = write!(h, "<div class=\"rust\">");
                for (label, code) in &l.rust {
                    let _ = write!(
                        h,
                        "<div class=\"inst\">{}</div><pre><code class=\"language-rust\">{}</code></pre>",
                        esc(label),
                        esc(code)
                    );
                }
                let _ = writeln!(h, "</div></details>");
            }
            None => {
                let _ = writeln!(
                    h,
                    "<div class=\"line s0\" id=\"L{n}\" data-line=\"{n}\" data-types=\"{}\"><div class=\"row\"><span class=\"lineno\">{n}</span><span class=\"src\">{}</span><span class=\"types\">{}</span></div></div>",
                    esc(&types),
                    esc(src),
                    esc(&types)
                );
            }
        }
    }
    let _ = writeln!(h, "</section>\n</body>\n</html>");
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_markers_and_dedents() {
        let code = "fn f() {\n    let mut x = 0;\n    __pyrs_line!(10);\n    x = 1;\n    __pyrs_line!(20);\n    if x > 0 {\n        __pyrs_line!(30);\n        y = 2;\n    }\n}\n";
        let parts = split_at_markers(code);
        assert_eq!(parts[0], (None, "fn f() {\n    let mut x = 0;".to_string()));
        assert_eq!(parts[1], (Some(10), "x = 1;".to_string()));
        assert_eq!(parts[2], (Some(20), "if x > 0 {".to_string()));
        assert_eq!(parts[3].0, Some(30));
        assert!(parts[3].1.contains("y = 2;"));
    }

    #[test]
    fn marks() {
        assert!(marks_of_rust("rt::py::call(py, f)").python);
        assert!(marks_of_rust("rt::List::from_vec(vec![1])").alloc);
        assert!(marks_of_rust("a = rt::builtins::arith::floordiv(a, b)?;").raises);
        assert_eq!(marks_of_rust("x = x + 1.0;").score(), 0);
    }

    #[test]
    fn variables_of_every_statement() {
        // names inside `try` blocks, `assert`s and f-strings get their types; a comprehension's
        // own variable (renamed by lowering) does not show
        let src = r#"
# export f(float[:], int)
def f(a, n):
    s = 0.0
    try:
        t = a[n]
    except IndexError:
        t = 0.0
    assert t >= s, f"{n}"
    return [k * t for k in range(n)]
"#;
        let file = SourceFile::new(Path::new("t.py"), src.to_string());
        let html = report(&file, "t").expect("compiles").html;
        let types = |line: u32| {
            let at = html.find(&format!("data-line=\"{line}\"")).expect("line in the report");
            let rest = &html[at..];
            let start = rest.find("data-types=\"").expect("types") + "data-types=\"".len();
            rest[start..start + rest[start..].find('"').expect("end")].to_string()
        };
        assert!(types(6).contains("t: ") && types(6).contains("n: int"), "{}", types(6));
        assert!(types(9).contains("n: int") && types(9).contains("s: float"), "{}", types(9));
        assert!(types(10).contains("n: int") && !types(10).contains("k__"), "{}", types(10));
    }
}
