"""Finding and running the ``pyrs`` binary; reading the build record of compiled modules."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Iterable, Optional, Union

__version__ = "0.1.0"

PathLike = Union[str, os.PathLike]

_EXPORT_RE = re.compile(rb"^[ \t]*#[ \t]*(?:pythran[ \t]+)?export[ \t]", re.MULTILINE)
_STAMP_RE = re.compile(rb"pyrs-stamp:1;([^\x00]*?);end")


class PyrsNotFound(RuntimeError):
    """The ``pyrs`` binary is not installed where this package can find it."""


class PyrsBuildError(RuntimeError):
    """``pyrs build`` failed; ``.stderr`` holds its diagnostics."""

    def __init__(self, message: str, stderr: str = ""):
        super().__init__(message)
        self.stderr = stderr


def find_pyrs() -> Path:
    """The ``pyrs`` binary: ``$PYRS_BIN``; else the one installed with this package (the scripts
    directory of this interpreter's environment); else ``pyrs`` on PATH."""
    env = os.environ.get("PYRS_BIN")
    if env:
        p = Path(env)
        if p.is_file():
            return p
        raise PyrsNotFound(f"PYRS_BIN points at {env}, which does not exist")
    exe = "pyrs.exe" if sys.platform == "win32" else "pyrs"
    candidates = []
    for scheme in (None, f"{os.name}_user"):
        try:
            d = sysconfig.get_path("scripts", scheme) if scheme else sysconfig.get_path("scripts")
        except KeyError:
            continue
        if d:
            candidates.append(Path(d) / exe)
    candidates.append(Path(sys.executable).parent / exe)
    for c in candidates:
        if c.is_file() and os.access(c, os.X_OK):
            return c
    w = shutil.which("pyrs")
    if w:
        return Path(w)
    raise PyrsNotFound(
        "the pyrs compiler is not installed: `pip install pyrs-compiler` (or set PYRS_BIN to the binary)"
    )


def build(
    files: Union[PathLike, Iterable[PathLike]],
    *,
    out_dir: Optional[PathLike] = None,
    python: Optional[str] = None,
    portable: bool = False,
    abi3: Union[None, bool, str] = None,
    force: bool = False,
    debug: bool = False,
    quiet: bool = True,
    progress: bool = True,
    timeout: Optional[float] = None,
) -> subprocess.CompletedProcess:
    """Runs ``pyrs build`` for this interpreter (or ``python``); raises :class:`PyrsBuildError`
    with pyrs's diagnostics on failure. ``abi3=True`` targets CPython >= 3.9, ``abi3="3.10"``
    a later minimum. pyrs's output goes to ``sys.stderr`` as it comes: all of it unless
    ``quiet``; with ``quiet`` only the progress of a first (cold) build, which compiles the
    runtime and its dependencies for about a minute (``progress=False`` silences that too)."""
    if isinstance(files, (str, os.PathLike)):
        files = [files]
    cmd = [str(find_pyrs()), "build", *map(str, files), "--python", python or sys.executable]
    if out_dir is not None:
        cmd += ["-o", str(out_dir)]
    if portable:
        cmd.append("--portable")
    if abi3:
        cmd.append("--abi3" if abi3 is True else f"--abi3={abi3}")
    if force:
        cmd.append("--force")
    if debug:
        cmd.append("--debug")
    if quiet:
        cmd.append("-q")
    r = _run_streaming(cmd, echo="all" if not quiet else ("progress" if progress else "none"), timeout=timeout)
    if r.returncode != 0:
        raise PyrsBuildError(f"pyrs build failed:\n{r.stderr}", r.stderr)
    return r


def _run_streaming(cmd, *, echo: str, timeout: Optional[float]) -> subprocess.CompletedProcess:
    """Runs ``cmd`` with its stderr read line by line as it comes: ``echo="all"`` copies every
    line to ``sys.stderr`` at once, ``"progress"`` the ``pyrs: ...`` lines (what a cold build
    prints: where it is, every few seconds), ``"none"`` nothing. The whole stderr is returned."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, errors="replace")
    timer = None
    killed = []
    if timeout is not None:
        import threading

        def kill():
            killed.append(True)
            proc.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
    lines = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            if echo == "all" or (echo == "progress" and line.startswith("pyrs: ")):
                sys.stderr.write(line)
                sys.stderr.flush()
        rc = proc.wait()
    finally:
        if timer is not None:
            timer.cancel()
    if killed:
        raise subprocess.TimeoutExpired(cmd, timeout, stderr="".join(lines))
    return subprocess.CompletedProcess(cmd, rc, "", "".join(lines))


def source_sha256(path: PathLike) -> str:
    """SHA-256 of a file, as compiled modules record it (``__pyrs_source_sha256__``)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def has_exports(path: PathLike) -> bool:
    """Whether a ``.py`` carries ``# export`` / ``#pythran export`` annotations."""
    try:
        return _EXPORT_RE.search(Path(path).read_bytes()) is not None
    except OSError:
        return False


def read_stamp(artifact: PathLike) -> Optional[dict]:
    """The build record of a compiled module, without importing it:
    ``{"version", "build", "source", "flags"}``, or None if the file is not a pyrs artifact."""
    try:
        data = Path(artifact).read_bytes()
    except OSError:
        return None
    m = _STAMP_RE.search(data)
    if not m:
        return None
    fields = {}
    for part in m.group(1).decode("ascii", "replace").split(";"):
        k, _, v = part.partition("=")
        fields[k] = v
    return fields


def artifact_path(py_file: PathLike, abi3: bool = False) -> Path:
    """Where ``pyrs build`` puts the module compiled from ``py_file`` (beside it)."""
    p = Path(py_file)
    if abi3:
        suffix = ".pyd" if sys.platform == "win32" else ".abi3" + (sysconfig.get_config_var("SHLIB_SUFFIX") or ".so")
    else:
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
    return p.with_name(p.stem + suffix)


def stale_reason(py_file: PathLike, artifact: Optional[PathLike] = None) -> Optional[str]:
    """Why the compiled module beside ``py_file`` must be rebuilt, or None if it is up to date
    (same source hash and same pyrs version). ``pyrs build`` itself also compares the flags
    and the compiler build."""
    art = Path(artifact) if artifact else artifact_path(py_file)
    if not art.exists():
        return f"{art.name} does not exist"
    stamp = read_stamp(art)
    if stamp is None:
        return f"{art.name} carries no pyrs build record"
    if stamp.get("version") != __version__:
        return f"{art.name} was built by pyrs {stamp.get('version')}, this is {__version__}"
    if stamp.get("source") != source_sha256(py_file):
        return f"{Path(py_file).name} changed since {art.name} was built"
    return None
