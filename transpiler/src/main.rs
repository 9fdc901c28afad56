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
    Build {
        /// Python files with `# export name(types)` annotations
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Directory for the compiled modules (default: beside each file)
        #[arg(short = 'o', long = "out-dir")]
        out_dir: Option<PathBuf>,
        /// Also write the generated Rust of each module to DIR/<module>.rs
        #[arg(long = "emit-rust", value_name = "DIR")]
        emit_rust: Option<PathBuf>,
        /// Build without optimisations (faster to build, slow to run)
        #[arg(long)]
        debug: bool,
        /// Print nothing but errors
        #[arg(short, long)]
        quiet: bool,
        /// The Python interpreter to build for (default: $PYRS_PYTHON, else python3)
        #[arg(long)]
        python: Option<String>,
    },
}

fn main() {
    // a panic is a pyrs bug: say so plainly, with what the user can send
    std::panic::set_hook(Box::new(|info| {
        eprintln!("error: internal compiler error in pyrs {}: {info}", env!("CARGO_PKG_VERSION"));
        eprintln!("note: this is a bug in pyrs, not in your code; please report it with the file you were compiling");
    }));
    let cli = Cli::parse();
    let code = match cli.command {
        Cmd::Build { files, out_dir, emit_rust, debug, quiet, python } => {
            let python = python
                .or_else(|| std::env::var("PYRS_PYTHON").ok())
                .unwrap_or_else(|| "python3".to_string());
            pyrs::driver::run(&pyrs::driver::Options { files, out_dir, emit_rust, debug, quiet, python })
        }
    };
    std::process::exit(code);
}
