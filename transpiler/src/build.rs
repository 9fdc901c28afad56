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

use sha2::{Digest, Sha256};
use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub struct Config {
    pub python: String,
    pub quiet: bool,
    pub flags: Flags,
}

/// What changes the artifact besides the source: recorded in it, compared by the up-to-date check.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Flags {
    /// unoptimised build
    pub debug: bool,
    /// baseline CPU target (no `-C target-cpu=native`), for wheels and other machines
    pub portable: bool,
    /// stable ABI: one artifact for every CPython >= (3, minor)
    pub abi3: Option<u32>,
}

impl Flags {
    /// e.g. `release,native` or `release,portable,abi3-py39`
    pub fn describe(&self) -> String {
        let mut s = String::from(if self.debug { "debug" } else { "release" });
        s.push_str(if self.portable { ",portable" } else { ",native" });
        if let Some(m) = self.abi3 {
            s.push_str(&format!(",abi3-py3{m}"));
        }
        s
    }
}

/// The oldest CPython that `--abi3` can target (pyo3 0.30's `abi3-py39`).
pub const MIN_ABI3_MINOR: u32 = 9;
/// The oldest Rust that builds the generated crates (pyo3 0.30 and numpy 0.30 need 1.85).
pub const MIN_RUST: (u32, u32) = (1, 85);

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_runtime.rs"));
}
pub use embedded::BUILD_ID;

/// What the target interpreter says about itself.
pub struct PythonInfo {
    /// the interpreter pyo3 configures itself from: the base interpreter of a virtual
    /// environment, so that all venvs of one Python share one cache
    pub executable: String,
    pub ext_suffix: String,
    /// the suffix of stable-ABI modules (`.abi3.so`, `.pyd` on Windows)
    pub abi3_suffix: String,
    pub tag: String,
    /// the minor version (3.x)
    pub minor: u32,
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

/// Hex SHA-256 of the source (the same as Python's `hashlib.sha256(data).hexdigest()`).
pub fn source_hash(text: &str) -> String {
    format!("{:x}", Sha256::digest(text.as_bytes()))
}

/// The record written into every artifact (an exported static, so it survives linking) and read
/// back by the up-to-date check and by `pyrs.autobuild`:
/// `pyrs-stamp:1;version=…;build=…;source=<sha256>;flags=…;end`.
pub fn stamp(source_sha256: &str, flags: &Flags) -> String {
    format!(
        "pyrs-stamp:1;version={};build={};source={source_sha256};flags={};end",
        env!("CARGO_PKG_VERSION"),
        &BUILD_ID[..16],
        flags.describe()
    )
}

/// The item that puts `stamp` into the artifact, appended to the generated `lib.rs`.
pub fn stamp_item(stamp: &str) -> String {
    format!(
        "\n/// Build record of pyrs (read by `pyrs build`'s up-to-date check).\n#[no_mangle]\npub static PYRS_STAMP: [u8; {}] = *b{:?};\n",
        stamp.len(),
        stamp
    )
}

/// Whether `artifact` exists and records exactly `stamp`.
pub fn up_to_date(artifact: &Path, stamp: &str) -> bool {
    let Ok(bytes) = fs::read(artifact) else { return false };
    let needle = stamp.as_bytes();
    bytes.windows(needle.len()).any(|w| w == needle)
}

pub fn python_info(python: &str) -> Result<PythonInfo, BuildError> {
    let out = Command::new(python)
        .args([
            "-c",
            "import sys, sysconfig\n\
             exe = sys.executable if sys.prefix == sys.base_prefix else getattr(sys, '_base_executable', sys.executable)\n\
             print(exe); print(sysconfig.get_config_var('EXT_SUFFIX'))\n\
             print('.pyd' if sys.platform == 'win32' else '.abi3' + (sysconfig.get_config_var('SHLIB_SUFFIX') or '.so'))\n\
             print('cp%d%d' % sys.version_info[:2]); print(sys.version_info[1])",
        ])
        .output()
        .map_err(|e| BuildError(format!("cannot run the Python interpreter `{python}`: {e} (choose one with --python or PYRS_PYTHON)")))?;
    if !out.status.success() {
        return Err(BuildError(format!("`{python}` failed: {}", String::from_utf8_lossy(&out.stderr))));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    let (Some(exe), Some(suffix), Some(abi3), Some(tag), Some(minor)) =
        (lines.next(), lines.next(), lines.next(), lines.next(), lines.next().and_then(|m| m.trim().parse().ok()))
    else {
        return Err(BuildError(format!("unexpected answer from `{python}`: {text}")));
    };
    Ok(PythonInfo {
        executable: exe.to_string(),
        ext_suffix: suffix.to_string(),
        abi3_suffix: abi3.to_string(),
        tag: tag.to_string(),
        minor,
    })
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

/// The runtime crate that generated crates depend on: `$PYRS_RUNTIME_DIR` if set (the value
/// `embedded` forces the embedded copy); else the
/// repository's `runtime/` if pyrs runs from a checkout whose runtime is the one embedded in this
/// binary (so that compile errors point into the repository); else the embedded copy, written
/// once into `<cache>/runtime/<hash>`.
pub fn runtime_dir() -> Result<PathBuf, BuildError> {
    let var = std::env::var_os("PYRS_RUNTIME_DIR");
    if var.as_deref() == Some(std::ffi::OsStr::new("embedded")) {
        // what an installed pyrs does: also for testing that path from a checkout
        return extract_runtime(&cache_root().join("runtime"));
    }
    if let Some(d) = var {
        let dir = PathBuf::from(d);
        let dir = dir.canonicalize().map_err(|_| {
            BuildError(format!("the pyrs runtime crate is not at {} (PYRS_RUNTIME_DIR)", dir.display()))
        })?;
        if !dir.join("Cargo.toml").exists() {
            return Err(BuildError(format!("no Cargo.toml in the runtime directory {}", dir.display())));
        }
        return Ok(dir);
    }
    let repo = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../runtime"));
    if matches_embedded(&repo) {
        if let Ok(d) = repo.canonicalize() {
            return Ok(d);
        }
    }
    extract_runtime(&cache_root().join("runtime"))
}

fn matches_embedded(dir: &Path) -> bool {
    embedded::RUNTIME_FILES.iter().all(|(rel, bytes)| fs::read(dir.join(rel)).map(|b| b == *bytes).unwrap_or(false))
}

/// Writes the embedded runtime into `parent/<hash>` (once: a complete copy is renamed into place).
fn extract_runtime(parent: &Path) -> Result<PathBuf, BuildError> {
    let dir = parent.join(&embedded::RUNTIME_HASH[..16]);
    if dir.join(".complete").exists() {
        return Ok(dir);
    }
    let io = |e: std::io::Error| BuildError(format!("cannot write the pyrs runtime into {}: {e}", parent.display()));
    fs::create_dir_all(parent).map_err(io)?;
    let tmp = tempfile::Builder::new().prefix(".runtime-").tempdir_in(parent).map_err(io)?;
    for (rel, bytes) in embedded::RUNTIME_FILES {
        let p = tmp.path().join(rel);
        if let Some(d) = p.parent() {
            fs::create_dir_all(d).map_err(io)?;
        }
        fs::write(&p, bytes).map_err(io)?;
    }
    fs::write(tmp.path().join(".complete"), embedded::RUNTIME_HASH).map_err(io)?;
    let tmp = tmp.keep();
    if fs::rename(&tmp, &dir).is_err() {
        // another pyrs won the race (or a stale incomplete copy is in the way)
        let _ = fs::remove_dir_all(&tmp);
        if !dir.join(".complete").exists() {
            let _ = fs::remove_dir_all(&dir);
            return extract_runtime(parent);
        }
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
# two codegen units for the generated module (LLVM's half of a warm build on both cores),
# many for dependencies
codegen-units = 2

[profile.release.package."*"]
codegen-units = 16

[profile.dev]
opt-level = 0
panic = "unwind"
"#;

fn crate_manifest(name: &str, runtime: &Path, flags: &Flags) -> String {
    let pyo3 = match flags.abi3 {
        Some(m) => format!(r#"{{ version = "0.30", features = ["abi3-py3{m}"] }}"#),
        None => r#""0.30""#.to_string(),
    };
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
pyo3 = {pyo3}
"#,
        runtime = runtime.display().to_string().replace('\\', "/")
    )
}

/// `(major, minor)` from `cargo 1.95.0 (…)` / `rustc 1.95.0 (…)`.
fn parse_tool_version(text: &str) -> Option<(u32, u32)> {
    let v = text.split_whitespace().nth(1)?;
    let mut it = v.split(['.', '-']);
    Some((it.next()?.parse().ok()?, it.next()?.parse().ok()?))
}

/// cargo and rustc present and recent enough, else an error saying what to install.
pub fn check_toolchain() -> Result<(), BuildError> {
    let (maj, min) = MIN_RUST;
    for tool in ["cargo", "rustc"] {
        let out = match Command::new(tool).arg("--version").output() {
            Ok(o) if o.status.success() => o,
            _ => {
                return Err(BuildError(format!(
                    "{tool} was not found: pyrs needs a Rust toolchain (Rust {maj}.{min} or newer) to compile modules. \
                     Install it from https://rustup.rs (`curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh`), \
                     make sure `{tool}` is on PATH, then retry"
                )))
            }
        };
        let text = String::from_utf8_lossy(&out.stdout);
        match parse_tool_version(&text) {
            Some(v) if v >= MIN_RUST => {}
            Some((a, b)) => {
                return Err(BuildError(format!(
                    "{tool} {a}.{b} is too old: pyrs needs Rust {maj}.{min} or newer (for pyo3 0.30). \
                     Update with `rustup update stable`, or install a newer toolchain from https://rustup.rs"
                )))
            }
            None => {} // unknown format: let cargo speak for itself
        }
    }
    Ok(())
}

pub fn build(cfg: &Config, py: &PythonInfo, jobs: &[Job]) -> Result<(), BuildError> {
    if jobs.is_empty() {
        return Ok(());
    }
    check_toolchain()?;
    let runtime = runtime_dir()?;
    // one workspace per interpreter and runtime location: crates of one workspace must all
    // depend on the same runtime (cargo refuses two `pyrs-runtime` packages in one lock file)
    let root =
        cache_root().join(format!("{}-{}", py.tag, &hash_hex(&[&py.executable, &runtime.display().to_string()])[..8]));
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
        write_if_changed(&dir.join("Cargo.toml"), &crate_manifest(&name, &runtime, &cfg.flags)).map_err(io)?;
        write_if_changed(&dir.join("src").join("lib.rs"), &job.lib_rs).map_err(io)?;
        crate_names.push(name);
    }

    // changing rustflags would rebuild every dependency: portable builds get their own target dir
    let target = root.join(if cfg.flags.portable { "target-portable" } else { "target" });
    let mut cmd = Command::new("cargo");
    cmd.arg("build").arg("--manifest-path").arg(root.join("Cargo.toml"));
    if !cfg.flags.debug {
        cmd.arg("--release");
    }
    for n in &crate_names {
        cmd.arg("-p").arg(n);
    }
    cmd.env("CARGO_TARGET_DIR", &target)
        .env("PYO3_PYTHON", &py.executable)
        .env("PYO3_BUILD_EXTENSION_MODULE", "1")
        .env("CARGO_ENCODED_RUSTFLAGS", if cfg.flags.portable { "" } else { "-Ctarget-cpu=native" })
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

    let profile_dir = target.join(if cfg.flags.debug { "debug" } else { "release" });
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
    let bytes =
        fs::read(from).map_err(|e| BuildError(format!("the build produced no library at {}: {e}", from.display())))?;
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
