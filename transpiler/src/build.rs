//! The last stage: generated crates on disk, one cargo invocation, artifacts moved into place.
//!
//! All builds share one cargo workspace and target directory per Python interpreter, in the
//! user's cache (`$PYRS_CACHE_DIR`, else `$XDG_CACHE_HOME/pyrs`, else `~/.cache/pyrs`), so that
//! pyo3, numpy and the runtime compile once. The environment that cargo sees is fixed
//! (`PYO3_PYTHON`, `PYO3_BUILD_EXTENSION_MODULE`, rustflags): changing any of it would rebuild
//! every dependency.
//!
//! Architecture invariant: this stage knows nothing of Python semantics or of the IR; it moves
//! crate sources and artifacts around and runs cargo.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub struct Config {
    pub python: String,
    pub debug: bool,
    pub quiet: bool,
}

/// What the target interpreter says about itself.
pub struct PythonInfo {
    pub executable: String,
    pub ext_suffix: String,
    pub tag: String,
}

/// One module to build.
pub struct Job {
    /// the Python module name (file stem)
    pub module: String,
    /// the generated `lib.rs`
    pub lib_rs: String,
    /// where the artifact goes, e.g. `dir/julia.cpython-311-x86_64-linux-gnu.so`
    pub artifact: PathBuf,
    /// absolute path of the source, to keep crates of same-named files apart
    pub source_path: PathBuf,
}

#[derive(Debug)]
pub struct BuildError(pub String);

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn hash_hex(parts: &[&str]) -> String {
    let mut h = DefaultHasher::new();
    for p in parts {
        p.hash(&mut h);
    }
    format!("{:016x}", h.finish())
}

pub fn source_hash(text: &str) -> String {
    hash_hex(&[text])
}

pub fn python_info(python: &str) -> Result<PythonInfo, BuildError> {
    let out = Command::new(python)
        .args([
            "-c",
            "import sys, sysconfig; print(sys.executable); print(sysconfig.get_config_var('EXT_SUFFIX')); print('cp%d%d' % sys.version_info[:2])",
        ])
        .output()
        .map_err(|e| BuildError(format!("cannot run the Python interpreter `{python}`: {e} (choose one with --python or PYRS_PYTHON)")))?;
    if !out.status.success() {
        return Err(BuildError(format!("`{python}` failed: {}", String::from_utf8_lossy(&out.stderr))));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    let (Some(exe), Some(suffix), Some(tag)) = (lines.next(), lines.next(), lines.next()) else {
        return Err(BuildError(format!("unexpected answer from `{python}`: {text}")));
    };
    Ok(PythonInfo { executable: exe.to_string(), ext_suffix: suffix.to_string(), tag: tag.to_string() })
}

pub fn cache_root() -> PathBuf {
    if let Some(d) = std::env::var_os("PYRS_CACHE_DIR") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME") {
        return PathBuf::from(d).join("pyrs");
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(std::env::temp_dir);
    home.join(".cache").join("pyrs")
}

/// The runtime crate that generated crates depend on.
pub fn runtime_dir() -> Result<PathBuf, BuildError> {
    let dir = match std::env::var_os("PYRS_RUNTIME_DIR") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../runtime")),
    };
    let dir = dir.canonicalize().map_err(|_| {
        BuildError(format!("the pyrs runtime crate is not at {} (set PYRS_RUNTIME_DIR)", dir.display()))
    })?;
    if !dir.join("Cargo.toml").exists() {
        return Err(BuildError(format!("no Cargo.toml in the runtime directory {}", dir.display())));
    }
    Ok(dir)
}

/// Writes `contents` to `path` unless it already holds exactly that (keeps mtimes, so cargo
/// does not rebuild what did not change).
fn write_if_changed(path: &Path, contents: &str) -> std::io::Result<()> {
    if fs::read_to_string(path).map(|c| c == contents).unwrap_or(false) {
        return Ok(());
    }
    if let Some(p) = path.parent() {
        fs::create_dir_all(p)?;
    }
    fs::write(path, contents)
}

const WORKSPACE_MANIFEST: &str = r#"# Written by pyrs: the workspace of all modules built for one Python interpreter.
[workspace]
resolver = "2"
members = ["crates/*"]

# Release without LTO: LTO costs 6-11 s per build here for little gain on these crates.
[profile.release]
opt-level = 3
debug = false
lto = false
panic = "unwind"
incremental = false
# one codegen unit for the generated module (best code; it is small), many for dependencies
codegen-units = 1

[profile.release.package."*"]
codegen-units = 16

[profile.dev]
opt-level = 0
panic = "unwind"
"#;

fn crate_manifest(name: &str, runtime: &Path) -> String {
    format!(
        r#"# Written by pyrs.
[package]
name = "{name}"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
path = "src/lib.rs"
crate-type = ["cdylib"]

[dependencies]
pyrs-runtime = {{ path = "{runtime}" }}
pyo3 = "0.30"
"#,
        runtime = runtime.display().to_string().replace('\\', "/")
    )
}

fn check_cargo() -> Result<(), BuildError> {
    match Command::new("cargo").arg("--version").output() {
        Ok(o) if o.status.success() => Ok(()),
        _ => Err(BuildError(
            "cargo was not found: pyrs needs a Rust toolchain (install it from https://rustup.rs, then retry)".into(),
        )),
    }
}

pub fn build(cfg: &Config, py: &PythonInfo, jobs: &[Job]) -> Result<(), BuildError> {
    if jobs.is_empty() {
        return Ok(());
    }
    check_cargo()?;
    let runtime = runtime_dir()?;
    let root = cache_root().join(format!("{}-{}", py.tag, &hash_hex(&[&py.executable])[..8]));
    let io = |e: std::io::Error| BuildError(format!("cannot write to the pyrs cache {}: {e}", root.display()));
    fs::create_dir_all(root.join("crates")).map_err(io)?;
    write_if_changed(&root.join("Cargo.toml"), WORKSPACE_MANIFEST).map_err(io)?;
    let mut crate_names = Vec::new();
    for job in jobs {
        let name = format!(
            "pyrs_mod_{}_{}",
            job.module.to_lowercase(),
            &hash_hex(&[&job.source_path.display().to_string()])[..8]
        );
        let dir = root.join("crates").join(&name);
        write_if_changed(&dir.join("Cargo.toml"), &crate_manifest(&name, &runtime)).map_err(io)?;
        write_if_changed(&dir.join("src").join("lib.rs"), &job.lib_rs).map_err(io)?;
        crate_names.push(name);
    }

    let target = root.join("target");
    let mut cmd = Command::new("cargo");
    cmd.arg("build").arg("--manifest-path").arg(root.join("Cargo.toml"));
    if !cfg.debug {
        cmd.arg("--release");
    }
    for n in &crate_names {
        cmd.arg("-p").arg(n);
    }
    cmd.env("CARGO_TARGET_DIR", &target)
        .env("PYO3_PYTHON", &py.executable)
        .env("PYO3_BUILD_EXTENSION_MODULE", "1")
        .env("CARGO_ENCODED_RUSTFLAGS", "-Ctarget-cpu=native")
        .env_remove("RUSTFLAGS");
    let show_progress = !cfg.quiet && std::io::stderr().is_terminal();
    if show_progress {
        cmd.stderr(Stdio::inherit());
    } else {
        cmd.arg("--quiet").stderr(Stdio::piped());
    }
    cmd.stdout(Stdio::null());
    let out = cmd.output().map_err(|e| BuildError(format!("cannot run cargo: {e}")))?;
    if !out.status.success() {
        let log = String::from_utf8_lossy(&out.stderr);
        return Err(BuildError(format!(
            "internal error: the generated Rust did not compile. This is a bug in pyrs, not in your code; \
             please report it with the file.\n{log}"
        )));
    }

    let profile_dir = target.join(if cfg.debug { "debug" } else { "release" });
    for (job, name) in jobs.iter().zip(&crate_names) {
        let lib = profile_dir.join(format!("{}{}{}", std::env::consts::DLL_PREFIX, name, std::env::consts::DLL_SUFFIX));
        install_atomically(&lib, &job.artifact)?;
    }
    Ok(())
}

/// Copies the built library next to the `.py` through a temporary file in the same directory
/// and a rename, so that an interrupted build never leaves a half-written module.
fn install_atomically(from: &Path, to: &Path) -> Result<(), BuildError> {
    let dir = to.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let err = |e: std::io::Error| BuildError(format!("cannot write {}: {e}", to.display()));
    let bytes = fs::read(from).map_err(|e| BuildError(format!("the build produced no library at {}: {e}", from.display())))?;
    let mut tmp = tempfile::Builder::new().prefix(".pyrs-").suffix(".tmp").tempfile_in(dir).map_err(err)?;
    tmp.write_all(&bytes).map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(tmp.path(), fs::Permissions::from_mode(0o755)).map_err(err)?;
    }
    tmp.persist(to).map_err(|e| err(e.error))?;
    Ok(())
}
