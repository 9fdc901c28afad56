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
use std::io::Write;
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
    /// `--fast-math`: every function in fast-math mode (changes the generated code)
    pub fast_math: bool,
    /// stable ABI: one artifact for every CPython >= (3, minor)
    pub abi3: Option<u32>,
}

impl Flags {
    /// e.g. `release,native`, `release,native,fast-math` or `release,portable,abi3-py39`
    pub fn describe(&self) -> String {
        let mut s = String::from(if self.debug { "debug" } else { "release" });
        s.push_str(if self.portable { ",portable" } else { ",native" });
        if self.fast_math {
            s.push_str(",fast-math");
        }
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
    /// the full version, e.g. `3.11.7`
    pub version: String,
    /// the interpreter's real path (symlinks, pyenv shims and venvs resolved)
    pub real_executable: String,
}

impl PythonInfo {
    /// What identifies one Python for the cache: real path, version and ABI (extension
    /// suffix). Shims, venvs and symlinks of one interpreter give the same identity.
    pub fn identity(&self) -> String {
        format!("{} {} {}", self.real_executable, self.version, self.ext_suffix)
    }
}

/// The oldest CPython pyrs builds for (pyo3 0.30).
pub const MIN_PYTHON_MINOR: u32 = 9;

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
    source_hash_bytes(text.as_bytes())
}

/// SHA-256 of a source file's bytes (when they are not UTF-8 text: a Latin-1 file).
pub fn source_hash_bytes(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
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
             print('cp%d%d' % sys.version_info[:2]); print(sys.version_info[1])\n\
             import os, platform\n\
             print(platform.python_version()); print(os.path.realpath(exe))",
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
    let version = lines.next().unwrap_or("").trim().to_string();
    let real = lines.next().unwrap_or(exe).trim().to_string();
    if minor < MIN_PYTHON_MINOR {
        return Err(BuildError(format!(
            "`{python}` is Python {version}: pyrs builds for CPython 3.{MIN_PYTHON_MINOR} or newer (pyo3 0.30). \
             Choose a newer interpreter with --python or PYRS_PYTHON (this is the environment, not your code)"
        )));
    }
    Ok(PythonInfo {
        executable: exe.to_string(),
        ext_suffix: suffix.to_string(),
        abi3_suffix: abi3.to_string(),
        tag: tag.to_string(),
        minor,
        version,
        real_executable: real,
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
    // written aside, then renamed over: an interruption leaves the old file or the new one,
    // never a part of it
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    fs::write(&tmp, contents)?;
    fs::rename(&tmp, path)
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

/// The workspace of one Python in the cache: `<cache>/<tag>-<hash of its identity>`.
pub fn workspace_root(py: &PythonInfo) -> PathBuf {
    cache_root().join(format!("{}-{}", py.tag, &hash_hex(&[&py.identity()])[..8]))
}

/// What the cache holds about one workspace, written at creation, shown by `pyrs cache`.
const WORKSPACE_INFO: &str = "python.txt";

/// Makes the workspace usable whatever an interrupted or older pyrs left in it: crate
/// directories without a manifest or a `lib.rs` are removed (cargo would refuse the whole
/// workspace; not those changed in the last minute: another pyrs may be writing them), and
/// every member depends on `runtime` (one `pyrs-runtime` per lock file).
fn heal_workspace(root: &Path, runtime: &Path, quiet: bool) -> std::io::Result<()> {
    let Ok(entries) = fs::read_dir(root.join("crates")) else { return Ok(()) };
    let runtime_line = format!("pyrs-runtime = {{ path = \"{}\" }}", runtime.display().to_string().replace('\\', "/"));
    for e in entries.flatten() {
        let dir = e.path();
        let manifest = dir.join("Cargo.toml");
        // (a manifest cut short or garbled by an interruption, even empty, is no manifest)
        let complete = dir.join("src").join("lib.rs").is_file()
            && fs::read_to_string(&manifest).is_ok_and(|m| manifest_looks_whole(&m));
        // a crate another pyrs is writing right now is left alone
        let recent = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() < 60);
        if !complete && !recent {
            if !quiet {
                eprintln!("pyrs: removing an incomplete crate from the cache ({})", dir.display());
            }
            if dir.is_dir() {
                fs::remove_dir_all(&dir)?;
            } else {
                fs::remove_file(&dir)?;
            }
            continue;
        }
        let text = fs::read_to_string(&manifest)?;
        if !text.contains(&runtime_line) {
            let fixed: Vec<String> = text
                .lines()
                .map(|l| if l.starts_with("pyrs-runtime = ") { runtime_line.clone() } else { l.to_string() })
                .collect();
            write_if_changed(&manifest, &(fixed.join("\n") + "\n"))?;
        }
    }
    Ok(())
}

/// Whether a crate manifest pyrs wrote is whole: its sections are there and every line is a
/// comment, a section header or a `key = value` with its quotes closed.
fn manifest_looks_whole(m: &str) -> bool {
    m.contains("[package]")
        && m.contains("[lib]")
        && m.lines().map(str::trim).all(|l| {
            l.is_empty()
                || l.starts_with('#')
                || (l.starts_with('[') && l.ends_with(']'))
                || (l.contains(" = ") && l.matches('"').count() % 2 == 0)
        })
}

/// The cause of a failed cargo run when it is the machine, not pyrs: (what, how to fix).
pub fn environment_problem(log: &str) -> Option<String> {
    let has = |s: &str| log.contains(s);
    if (has("linker `") && has("not found")) || has("could not exec the linker") {
        return Some(
            "no C compiler/linker was found: Rust links extension modules with the system's C linker (`cc`). \
             Install one (Debian/Ubuntu: `sudo apt install build-essential`; Fedora: `sudo dnf install gcc`; \
             macOS: `xcode-select --install`) and retry"
                .into(),
        );
    }
    let network = [
        "failed to download",
        "Couldn't resolve host",
        "Could not resolve host",
        "failed to query replaced source registry",
        "download of config.json failed",
        "failed to get `",
        "spurious network error",
        "Couldn't connect to server",
        "failed to load source for dependency",
        "attempting to make an HTTP request, but --offline was specified",
        "no matching package named",
    ];
    if network.iter().any(|n| has(n)) {
        return Some(
            "the first build downloads pyo3, numpy and the runtime's other dependencies from crates.io (once, into \
             cargo's cache), and they could not be fetched: this machine seems to have no network access to \
             crates.io. Connect to the network (or configure a proxy with HTTPS_PROXY, or a crates.io mirror in \
             ~/.cargo/config.toml) and retry; later builds work offline"
                .into(),
        );
    }
    if has("is lower than PyO3's minimum supported version") || has("the configured Python interpreter version") {
        return Some(format!(
            "the Python interpreter is too old for pyo3: pyrs builds for CPython 3.{MIN_PYTHON_MINOR} or newer; choose \
             another with --python or PYRS_PYTHON"
        ));
    }
    if has("requires rustc")
        || has("is not supported by the following package")
        || has("feature `edition2024` is required")
    {
        let (a, b) = MIN_RUST;
        return Some(format!(
            "the Rust toolchain is too old for the runtime's dependencies: update it with `rustup update stable` \
             (pyrs needs Rust {a}.{b} or newer)"
        ));
    }
    if has("No space left on device") {
        return Some(format!(
            "the disk is full: free some space (`pyrs cache clean` empties pyrs's cache at {})",
            cache_root().display()
        ));
    }
    None
}

/// Live progress of a cargo run on stderr: each crate as it starts compiling, counted against
/// the lock file's, and a line every few seconds when cargo is quiet for long.
struct Progress {
    show: bool,
    started: std::time::Instant,
    last: std::time::Instant,
    compiled: usize,
    total: Option<usize>,
    lock: PathBuf,
    members_built: usize,
}

impl Progress {
    fn total(&mut self) -> Option<usize> {
        if self.total.is_none() {
            let text = fs::read_to_string(&self.lock).ok()?;
            let all = text.matches("[[package]]").count();
            let members = text.matches("name = \"pyrs_mod_").count();
            self.total = Some(all - members + self.members_built);
        }
        self.total
    }

    fn line(&mut self, l: &str) {
        let t = l.trim_start();
        if let Some(what) = t.strip_prefix("Compiling ") {
            self.compiled += 1;
            if self.show {
                let of = self.total().map(|n| format!("/{n}")).unwrap_or_default();
                eprintln!(
                    "pyrs: [{}{of}] compiling {what} ({:.0} s)",
                    self.compiled,
                    self.started.elapsed().as_secs_f64()
                );
                self.last = std::time::Instant::now();
            }
        } else if self.show && (t.starts_with("Downloaded ") || t.starts_with("Locking ") || t.starts_with("Updating "))
        {
            eprintln!("pyrs: {t}");
            self.last = std::time::Instant::now();
        }
    }

    fn tick(&mut self) {
        if self.show && self.last.elapsed().as_secs() >= 5 {
            let of = self.total().map(|n| format!("/{n}")).unwrap_or_default();
            eprintln!(
                "pyrs: still compiling ({}{of} crates started, {:.0} s)",
                self.compiled,
                self.started.elapsed().as_secs_f64()
            );
            self.last = std::time::Instant::now();
        }
    }
}

/// Runs cargo with stderr read line by line (progress), returning (success, stderr).
fn run_cargo(mut cmd: Command, progress: &mut Progress) -> Result<(bool, String), BuildError> {
    cmd.stdout(Stdio::null()).stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| BuildError(format!("cannot run cargo: {e}")))?;
    let stderr = child.stderr.take().expect("piped stderr");
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let reader = std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(stderr).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut log = String::new();
    loop {
        match rx.recv_timeout(std::time::Duration::from_millis(500)) {
            Ok(line) => {
                progress.line(&line);
                log.push_str(&line);
                log.push('\n');
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => progress.tick(),
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    let _ = reader.join();
    let status = child.wait().map_err(|e| BuildError(format!("cannot run cargo: {e}")))?;
    Ok((status.success(), log))
}

/// Marker of a target directory whose dependencies were compiled once.
const WARM_MARKER: &str = ".pyrs-warm";

pub fn build(cfg: &Config, py: &PythonInfo, jobs: &[Job]) -> Result<(), BuildError> {
    if jobs.is_empty() {
        return Ok(());
    }
    check_toolchain()?;
    let runtime = runtime_dir()?;
    // one workspace per Python (its resolved identity: every venv, shim and symlink of it shares
    // it); every member crate depends on the current runtime
    let root = workspace_root(py);
    let io = |e: std::io::Error| BuildError(format!("cannot write to the pyrs cache {}: {e}", root.display()));
    fs::create_dir_all(root.join("crates")).map_err(io)?;
    write_if_changed(&root.join("Cargo.toml"), WORKSPACE_MANIFEST).map_err(io)?;
    write_if_changed(&root.join(WORKSPACE_INFO), &format!("{}\n", py.identity())).map_err(io)?;
    heal_workspace(&root, &runtime, cfg.quiet).map_err(io)?;
    let mut crate_names = Vec::new();
    for job in jobs {
        let name = format!(
            "pyrs_mod_{}_{}",
            job.module.to_lowercase(),
            &hash_hex(&[&job.source_path.display().to_string()])[..8]
        );
        let dir = root.join("crates").join(&name);
        // lib.rs before the manifest: a crate with a manifest is complete
        write_if_changed(&dir.join("src").join("lib.rs"), &job.lib_rs).map_err(io)?;
        write_if_changed(&dir.join("Cargo.toml"), &crate_manifest(&name, &runtime, &cfg.flags)).map_err(io)?;
        crate_names.push(name);
    }

    // changing rustflags would rebuild every dependency: portable builds get their own target dir
    let target = root.join(if cfg.flags.portable { "target-portable" } else { "target" });
    let warm = target.join(WARM_MARKER).exists();
    if !warm {
        eprintln!(
            "pyrs: first build for {} ({}{}): compiling the pyrs runtime and its dependencies (pyo3, numpy, \
             ndarray, rayon) once into {} (~1 minute; later builds take about a second)",
            py.real_executable,
            py.version,
            if cfg.flags.portable { ", portable" } else { "" },
            target.display()
        );
    }
    let mut attempt = 0;
    loop {
        let mut cmd = Command::new("cargo");
        // always the release profile, so that --debug builds reuse the optimised dependencies;
        // a debug build compiles only the generated crate without optimisations
        cmd.arg("build").arg("--release").arg("--manifest-path").arg(root.join("Cargo.toml"));
        for n in &crate_names {
            cmd.arg("-p").arg(n);
            if cfg.flags.debug {
                cmd.arg("--config").arg(format!("profile.release.package.{n}.opt-level=0"));
                cmd.arg("--config").arg(format!("profile.release.package.{n}.codegen-units=16"));
            }
        }
        cmd.env("CARGO_TARGET_DIR", &target)
            .env("PYO3_PYTHON", &py.real_executable)
            .env("PYO3_BUILD_EXTENSION_MODULE", "1")
            .env("CARGO_ENCODED_RUSTFLAGS", if cfg.flags.portable { "" } else { "-Ctarget-cpu=native" })
            .env("CARGO_TERM_COLOR", "never")
            .env("CARGO_TERM_PROGRESS_WHEN", "never")
            .env_remove("RUSTFLAGS");
        let mut progress = Progress {
            show: !cfg.quiet || !warm,
            started: std::time::Instant::now(),
            last: std::time::Instant::now(),
            compiled: 0,
            total: None,
            lock: root.join("Cargo.lock"),
            members_built: crate_names.len(),
        };
        let (ok, log) = run_cargo(cmd, &mut progress)?;
        if ok {
            break;
        }
        // a damaged lock file: cargo writes a new one
        if attempt == 0 && log.contains("failed to parse lock file") {
            attempt += 1;
            let _ = fs::remove_file(root.join("Cargo.lock"));
            continue;
        }
        if let Some(problem) = environment_problem(&log) {
            let detail: Vec<&str> =
                log.lines().filter(|l| l.starts_with("error") || l.contains("  = note:")).take(6).collect();
            return Err(BuildError(format!(
                "{problem}.\n(this is a problem of the environment, not of pyrs or your code; cargo said:)\n{}",
                detail.join("\n")
            )));
        }
        return Err(BuildError(format!(
            "internal error: the generated Rust did not compile. This is a bug in pyrs, not in your code; \
             please report it with the file.\n{log}"
        )));
    }
    if !warm {
        let _ = fs::write(target.join(WARM_MARKER), "");
    }

    let profile_dir = target.join("release");
    for (job, name) in jobs.iter().zip(&crate_names) {
        let lib = profile_dir.join(format!("{}{}{}", std::env::consts::DLL_PREFIX, name, std::env::consts::DLL_SUFFIX));
        install_atomically(&lib, &job.artifact)?;
    }
    Ok(())
}

/// Total size in bytes of the files under `p` (symlinks not followed).
fn dir_size(p: &Path) -> u64 {
    let Ok(meta) = fs::symlink_metadata(p) else { return 0 };
    if !meta.is_dir() {
        return meta.len();
    }
    fs::read_dir(p).map(|rd| rd.flatten().map(|e| dir_size(&e.path())).sum()).unwrap_or(0)
}

fn human(bytes: u64) -> String {
    let mb = bytes as f64 / 1e6;
    if mb >= 1000.0 {
        format!("{:.1} GB", mb / 1000.0)
    } else {
        format!("{mb:.0} MB")
    }
}

/// `pyrs cache`: where the cache is, its size, and one line per entry.
pub fn cache_show(python: &str) -> i32 {
    let root = cache_root();
    let current = python_info(python).ok().map(|py| workspace_root(&py));
    println!("pyrs cache: {}", root.display());
    if let Some(c) = &current {
        println!("current workspace: {}", c.display());
    }
    let Ok(rd) = fs::read_dir(&root) else {
        println!("  (empty)");
        return 0;
    };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    let mut total = 0;
    for e in entries {
        let size = dir_size(&e);
        total += size;
        let name = e.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let what = if let Ok(id) = fs::read_to_string(e.join(WORKSPACE_INFO)) {
            let modules = fs::read_dir(e.join("crates")).map(|r| r.count()).unwrap_or(0);
            let targets: Vec<&str> =
                ["target", "target-portable"].into_iter().filter(|t| e.join(t).join(WARM_MARKER).exists()).collect();
            format!(
                "workspace of {} ({modules} module crates; built: {}){}",
                id.trim(),
                if targets.is_empty() { "nothing".to_string() } else { targets.join(", ") },
                if current.as_ref() == Some(&e) { "  <- current" } else { "" }
            )
        } else if name == "runtime" {
            "extracted copies of the runtime crate (installed pyrs)".into()
        } else if name == "magic" {
            "%%pyrs notebook cells".into()
        } else if e.join("Cargo.toml").exists() {
            "workspace of an older pyrs".into()
        } else {
            String::new()
        };
        println!("  {:>9}  {name}  {what}", human(size));
    }
    println!("  {:>9}  total (`pyrs cache clean [--keep-current]` removes it)", human(total));
    0
}

/// `pyrs cache clean`: removes the cache's entries (all, or all but the current Python's workspace).
pub fn cache_clean(python: &str, keep_current: bool) -> i32 {
    let root = cache_root();
    let current = if keep_current {
        match python_info(python) {
            Ok(py) => Some(workspace_root(&py)),
            Err(e) => {
                eprintln!("error: {e}");
                return 1;
            }
        }
    } else {
        None
    };
    let Ok(rd) = fs::read_dir(&root) else {
        println!("pyrs cache: {} is empty", root.display());
        return 0;
    };
    let mut freed = 0;
    let mut code = 0;
    for e in rd.flatten() {
        let p = e.path();
        if current.as_ref() == Some(&p) || keep_current && p.file_name().is_some_and(|n| n == "runtime") {
            continue;
        }
        let size = dir_size(&p);
        let r = if p.is_dir() { fs::remove_dir_all(&p) } else { fs::remove_file(&p) };
        match r {
            Ok(()) => freed += size,
            Err(err) => {
                eprintln!("error: cannot remove {}: {err}", p.display());
                code = 1;
            }
        }
    }
    println!("pyrs cache: removed {} from {}", human(freed), root.display());
    code
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
