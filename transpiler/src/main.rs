//! The `pyrs` command.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "pyrs", version, about = "Compile annotated numeric Python into a native extension module", long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile FILE.py into FILE<EXT_SUFFIX> next to it (or into -o DIR).
    ///
    /// Pythran's flags: -fopenmp (parallel loops are on anyway), -march=native (the default),
    /// -O0 (= --debug), -O2/-O3 (the default), -D… (ignored), -o FILE.so (the module file);
    /// -e, -p and other C++ flags are refused. Short options do not combine (`-q -f`, not `-qf`).
    Build {
        /// Python files with `# export name(types)` annotations
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Directory for the compiled modules (default: beside each file), or with one file the
        /// module file to write (`-o name.so`, Pythran's form: the module is named `name`)
        #[arg(short = 'o', long = "out-dir", value_name = "DIR|FILE.so")]
        out_dir: Option<PathBuf>,
        /// Also write the generated Rust of each module to DIR/<module>.rs
        #[arg(long = "emit-rust", value_name = "DIR")]
        emit_rust: Option<PathBuf>,
        /// Build the module without optimisations (faster to rebuild, slow to run; shares the
        /// optimised dependencies of release builds)
        #[arg(long)]
        debug: bool,
        /// Print nothing but errors
        #[arg(short, long)]
        quiet: bool,
        /// The Python interpreter to build for (default: $PYRS_PYTHON, else python3)
        #[arg(long)]
        python: Option<String>,
        /// Rebuild even if the compiled module is up to date
        #[arg(short, long)]
        force: bool,
        /// Build for a baseline CPU of the platform, not this machine's (for wheels)
        #[arg(long)]
        portable: bool,
        /// Fast-math mode for every function of every file (as the `# pyrs fast-math` comment at
        /// module level): FMA contraction, reassociated float sums, vectorised exp/log; not
        /// CPython's or NumPy's bits
        #[arg(long = "fast-math")]
        fast_math: bool,
        /// Build for CPython's stable ABI: one module for every CPython >= 3.MINOR (default 3.9)
        #[arg(long, value_name = "3.MINOR", num_args = 0..=1, default_missing_value = "3.9", value_parser = parse_abi3)]
        abi3: Option<u32>,
    },
    /// Write an HTML report of FILE.py: per line the inferred types and the generated Rust
    Annotate {
        /// the Python file
        file: PathBuf,
        /// where to write the report (default: FILE.html beside it)
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// Print nothing but errors
        #[arg(short, long)]
        quiet: bool,
    },
    /// Show the build cache (location, size, one workspace per Python); `pyrs cache clean` empties it
    Cache {
        #[command(subcommand)]
        action: Option<CacheCmd>,
        /// The Python interpreter whose cache is the current one (default: $PYRS_PYTHON, else python3)
        #[arg(long, global = true)]
        python: Option<String>,
    },
}

#[derive(Subcommand)]
enum CacheCmd {
    /// Remove the cache's contents
    Clean {
        /// Keep the workspace of the current Python (its compiled dependencies)
        #[arg(long)]
        keep_current: bool,
    },
}

fn python_or_default(python: Option<String>) -> String {
    python.or_else(|| std::env::var("PYRS_PYTHON").ok()).unwrap_or_else(|| "python3".to_string())
}

/// `3.9` → 9
fn parse_abi3(s: &str) -> Result<u32, String> {
    s.strip_prefix("3.")
        .and_then(|m| m.parse().ok())
        .ok_or_else(|| format!("expected a CPython version like 3.9, got `{s}`"))
}

fn main() {
    // a panic is a pyrs bug: say so plainly, with what the user can send
    std::panic::set_hook(Box::new(|info| {
        eprintln!("error: internal compiler error in pyrs {}: {info}", env!("CARGO_PKG_VERSION"));
        eprintln!("note: this is a bug in pyrs, not in your code; please report it with the file you were compiling");
    }));
    let args = match pyrs::cli::translate(std::env::args_os().collect()) {
        Ok(t) => t,
        Err(msg) => {
            eprintln!("error: {msg}");
            std::process::exit(2);
        }
    };
    let quiet = args.args.iter().any(|a| a == "-q" || a == "--quiet");
    if !quiet {
        for n in &args.notes {
            eprintln!("{n}");
        }
    }
    let cli = Cli::parse_from(args.args);
    let code = match cli.command {
        Cmd::Build { files, out_dir, emit_rust, debug, quiet, python, force, portable, fast_math, abi3 } => {
            let python = python_or_default(python);
            pyrs::driver::run(&pyrs::driver::Options {
                files,
                out_dir,
                emit_rust,
                debug,
                quiet,
                python,
                force,
                portable,
                fast_math,
                abi3,
            })
        }
        Cmd::Annotate { file, output, quiet } => pyrs::annotate::run(&file, output.as_deref(), quiet),
        Cmd::Cache { action, python } => {
            let python = python_or_default(python);
            match action {
                None => pyrs::build::cache_show(&python),
                Some(CacheCmd::Clean { keep_current }) => pyrs::build::cache_clean(&python, keep_current),
            }
        }
    };
    std::process::exit(code);
}
