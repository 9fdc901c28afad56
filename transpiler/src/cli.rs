//! The command line before clap sees it: Pythran's flags understood or refused, and short
//! options that would combine into something surprising (`-fopenmp` = `-f -o penmp`) refused.
//!
//! Pythran's command is `pythran [flags] file.py`; `pyrs build [flags] file.py` (and `pyrs
//! [flags] file.py`) accepts the same flags where they mean something here:
//! - `-fopenmp`: `# omp parallel for` loops are compiled parallel anyway: a no-op;
//! - `-march=native`: the default; another `-march=` is refused (`--portable` is the baseline CPU);
//! - `-O1`/`-O2`/`-O3`/`-Ofast`/`-Os`: release builds are `-O3` already; `-O0` is `--debug`;
//! - `-ffast-math`: `--fast-math` (every function in fast-math mode);
//! - `-D…` (`-DUSE_XSIMD`): C++ macros, ignored with a note (pyrs vectorises without xsimd);
//! - `-o FILE.so`: the module file to write (the module is named after it);
//! - `-e` (C++ only), `-p PASS`, `-I`/`-L`/`-l`, other `-f…`/`-m…`: refused, saying why.

use std::ffi::OsString;

/// What [`translate`] made of the command line.
#[derive(Debug, Default, PartialEq)]
pub struct Translated {
    /// the arguments for clap
    pub args: Vec<OsString>,
    /// notes to print (flags accepted without effect)
    pub notes: Vec<String>,
}

/// Options of `pyrs build` that take a value (the value is never checked as a flag).
const TAKES_VALUE: &[&str] = &["-o", "--out-dir", "--emit-rust", "--python", "--output"];
const SUBCOMMANDS: &[&str] = &["build", "annotate", "cache", "help"];

/// Rewrites Pythran's flags into pyrs's and refuses what would be misread; `Err` is the message.
pub fn translate(args: Vec<OsString>) -> Result<Translated, String> {
    let mut it = args.into_iter();
    let mut out = Translated::default();
    let Some(prog) = it.next() else { return Ok(out) };
    out.args.push(prog);
    let rest: Vec<OsString> = it.collect();
    let first = rest.first().and_then(|a| a.to_str()).unwrap_or("");
    // `pyrs -fopenmp julia.py`, `pyrs julia.py`: Pythran's form, a build
    let pythran_form = !SUBCOMMANDS.contains(&first)
        && !matches!(first, "-h" | "--help" | "-V" | "--version")
        && rest.iter().any(|a| a.to_str().is_some_and(|s| s.ends_with(".py")));
    if pythran_form {
        out.args.push("build".into());
    } else if first != "build" {
        // other subcommands: only the combined-short-flag check
        for a in &rest {
            if let Some(s) = a.to_str() {
                check_combined(s)?;
            }
        }
        out.args.extend(rest);
        return Ok(out);
    }
    let mut prev_takes_value = false;
    for a in rest {
        let Some(s) = a.to_str().map(str::to_string) else {
            out.args.push(a);
            prev_takes_value = false;
            continue;
        };
        if prev_takes_value || !s.starts_with('-') || s.starts_with("--") || s == "-" {
            prev_takes_value = TAKES_VALUE.contains(&s.as_str()) && !prev_takes_value;
            out.args.push(a);
            continue;
        }
        prev_takes_value = TAKES_VALUE.contains(&s.as_str());
        match s.as_str() {
            "-fopenmp" => out.notes.push(
                "pyrs: -fopenmp: `# omp parallel for` loops are always compiled parallel (the flag changes nothing)"
                    .into(),
            ),
            "-march=native" => {
                out.notes.push("pyrs: -march=native: the default (`--portable` builds for a baseline CPU)".into())
            }
            "-O0" => out.args.push("--debug".into()),
            "-ffast-math" => out.args.push("--fast-math".into()),
            "-O1" | "-O2" | "-O3" | "-Ofast" | "-Os" => {
                out.notes.push(format!("pyrs: {s}: release builds are optimised (opt-level 3) already"))
            }
            "-e" => {
                return Err("`-e` (Pythran: write the C++ only) has no equivalent: use `--emit-rust DIR` to \
                            write the generated Rust (the module is built too)"
                    .into())
            }
            "-p" => {
                return Err("`-p PASS` (Pythran's optimisation passes) has no equivalent in pyrs: leave it out".into())
            }
            _ if s.starts_with("-march=") => {
                return Err(format!(
                    "`{s}`: pyrs builds for this machine's CPU (`-march=native`, the default) or, with `--portable`, \
                     for the platform's baseline CPU; other targets are not supported"
                ))
            }
            _ if s.starts_with("-D") && s.len() > 2 => out.notes.push(format!(
                "pyrs: {s}: C++ macros have no meaning for pyrs and are ignored (it vectorises without xsimd)"
            )),
            _ if s.starts_with("-U") && s.len() > 2 => {
                out.notes.push(format!("pyrs: {s}: C++ macros have no meaning for pyrs and are ignored"))
            }
            _ if s.len() > 2 && ["-I", "-L", "-l"].iter().any(|p| s.starts_with(p)) => {
                return Err(format!("`{s}`: pyrs compiles no C++ and links no C libraries; leave it out"))
            }
            // `-fo`, `-qf`: pyrs's own short options run together
            _ if s.len() > 2 && s[1..].chars().all(|c| "fqohV".contains(c)) => check_combined(&s)?,
            _ if s.len() > 2 && ["-f", "-m", "-W", "-O"].iter().any(|p| s.starts_with(p)) => {
                return Err(format!(
                    "`{s}`: a C++ compiler flag of Pythran that pyrs does not understand (understood: -fopenmp, \
                     -march=native, -O0..-O3, -ffast-math, -D…; see `pyrs build --help`)"
                ))
            }
            _ => {
                check_combined(&s)?;
                out.args.push(a);
            }
        }
    }
    Ok(out)
}

/// A single-dash argument longer than two characters is not a combination of short options.
fn check_combined(s: &str) -> Result<(), String> {
    if s.starts_with('-') && !s.starts_with("--") && s.len() > 2 {
        let spaced: Vec<String> = s[1..].chars().map(|c| format!("-{c}")).collect();
        return Err(format!(
            "unknown option `{s}`: short options do not combine in pyrs (write them apart, e.g. `{}`), and \
             an option's value is written after a space (`-o DIR`)",
            spaced.join(" ")
        ));
    }
    Ok(())
}

/// For `-o` given a file name: whether `s` names a module file (`x.so`, `x.cpython-311-….so`, `x.pyd`).
pub fn is_module_file(s: &std::path::Path) -> bool {
    matches!(s.extension().and_then(|e| e.to_str()), Some("so" | "pyd" | "dylib"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(args: &[&str]) -> Result<Translated, String> {
        translate(std::iter::once("pyrs").chain(args.iter().copied()).map(OsString::from).collect())
    }

    fn args(t: &Translated) -> Vec<String> {
        t.args.iter().skip(1).map(|a| a.to_string_lossy().into_owned()).collect()
    }

    #[test]
    fn pythran_flags_are_understood() {
        let t = tr(&["build", "-fopenmp", "-march=native", "-O3", "-DUSE_XSIMD", "julia.py"]).unwrap();
        assert_eq!(args(&t), ["build", "julia.py"]);
        assert_eq!(t.notes.len(), 4);
        let t = tr(&["-O0", "julia.py", "-o", "j.so"]).unwrap();
        assert_eq!(args(&t), ["build", "--debug", "julia.py", "-o", "j.so"]);
        let t = tr(&["-ffast-math", "julia.py"]).unwrap();
        assert_eq!(args(&t), ["build", "--fast-math", "julia.py"]);
    }

    #[test]
    fn misreadings_are_refused() {
        for bad in [&["build", "-march=skylake", "a.py"][..], &["build", "-e", "a.py"], &["-p", "x", "a.py"]] {
            assert!(tr(bad).is_err(), "{bad:?}");
        }
        let e = tr(&["build", "-fo", "a.py"]).unwrap_err();
        assert!(e.contains("-fo"), "{e}");
        let e = tr(&["build", "-qf", "a.py"]).unwrap_err();
        assert!(e.contains("-q -f"), "{e}");
        assert!(tr(&["build", "-odir", "a.py"]).is_err());
    }

    #[test]
    fn ordinary_commands_pass() {
        let t = tr(&["build", "-q", "-f", "-o", "-weird-dir", "--emit-rust", "d", "a.py"]).unwrap();
        assert_eq!(args(&t), ["build", "-q", "-f", "-o", "-weird-dir", "--emit-rust", "d", "a.py"]);
        assert_eq!(args(&tr(&["--help"]).unwrap()), ["--help"]);
        assert_eq!(args(&tr(&["annotate", "a.py", "-o", "r.html"]).unwrap()), ["annotate", "a.py", "-o", "r.html"]);
        assert_eq!(args(&tr(&["cache"]).unwrap()), ["cache"]);
    }
}
