//! Embeds the runtime crate's source in the `pyrs` binary, so that an installed pyrs (a wheel,
//! `cargo install`) can build modules without the repository: `build::runtime_dir` writes these
//! files into the cache on first use, in a directory named by their content hash.
//!
//! Also computes a build id (hash of the runtime and of the compiler's own sources) that the
//! up-to-date check compares, so that a changed compiler or runtime rebuilds modules even when the
//! version number did not change.

use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') || name == "target" || name == "Cargo.lock" {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let runtime = manifest.join("../runtime");
    let runtime = runtime.canonicalize().unwrap_or_else(|_| {
        panic!("the runtime crate must sit beside the transpiler (expected {})", runtime.display())
    });
    println!("cargo:rerun-if-changed={}", runtime.display());
    println!("cargo:rerun-if-changed={}", manifest.join("src").display());
    println!("cargo:rerun-if-changed={}", manifest.join("../annotations/src").display());

    let mut files = Vec::new();
    walk(&runtime, &mut files);
    let mut runtime_hash = Sha256::new();
    let mut entries = String::new();
    for f in &files {
        let rel = f.strip_prefix(&runtime).unwrap().to_string_lossy().replace('\\', "/");
        let bytes = fs::read(f).unwrap();
        runtime_hash.update(rel.as_bytes());
        runtime_hash.update([0]);
        runtime_hash.update(&bytes);
        runtime_hash.update([0]);
        entries.push_str(&format!("    ({rel:?}, include_bytes!({:?})),\n", f.display().to_string()));
    }
    let runtime_hash = format!("{:x}", runtime_hash.finalize());

    // the build id: runtime + the compiler's sources + version
    let mut build = Sha256::new();
    build.update(runtime_hash.as_bytes());
    build.update(std::env::var("CARGO_PKG_VERSION").unwrap().as_bytes());
    for dir in [manifest.join("src"), manifest.join("../annotations/src")] {
        let mut fs_ = Vec::new();
        walk(&dir, &mut fs_);
        for f in fs_ {
            build.update(fs::read(&f).unwrap());
        }
    }
    let build_id = format!("{:x}", build.finalize());

    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("embedded_runtime.rs");
    let code = format!(
        "/// The runtime crate's files (path relative to the crate root, contents).\n\
         pub const RUNTIME_FILES: &[(&str, &[u8])] = &[\n{entries}];\n\
         /// SHA-256 over the runtime's file names and contents.\n\
         pub const RUNTIME_HASH: &str = {runtime_hash:?};\n\
         /// Changes whenever the compiler or the runtime changes.\n\
         pub const BUILD_ID: &str = {build_id:?};\n"
    );
    fs::write(out, code).unwrap();
}
