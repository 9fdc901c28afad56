"""The ``%%pyrs`` cell magic (``%load_ext pyrs``): compiles the cell as a module and puts its
exported functions into the notebook's namespace, as ``%%cython`` does.

    %%pyrs [--debug] [--force] [--name NAME]
    # export mandel(complex, int)
    def mandel(c, maxiter):
        ...

The cell is written to ``<cache>/magic/<name>_<hash>.py`` and built there; the same cell text is
not rebuilt (its compiled module is reused, also across kernel restarts). On a compile error the
diagnostics are printed and nothing is defined.
"""
from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import re
import sys
from pathlib import Path

from ._tool import PyrsBuildError, PyrsNotFound, artifact_path, build

_EXPORT_NAME_RE = re.compile(r"^[ \t]*#[ \t]*(?:pythran[ \t]+)?export[ \t]+(.*)$", re.MULTILINE)


def _cache_dir() -> Path:
    base = os.environ.get("PYRS_CACHE_DIR")
    if base:
        root = Path(base)
    elif os.environ.get("XDG_CACHE_HOME"):
        root = Path(os.environ["XDG_CACHE_HOME"]) / "pyrs"
    else:
        root = Path.home() / ".cache" / "pyrs"
    return root / "magic"


def exported_names(source: str) -> list:
    names = []
    for m in _EXPORT_NAME_RE.finditer(source):
        for entry in re.split(r",\s*(?![^()]*\))", m.group(1)):
            name = entry.strip().split("(", 1)[0].strip()
            if name and name not in names:
                names.append(name)
    return names


def compile_cell(cell: str, *, name: str = "", debug: bool = False, force: bool = False):
    """Builds the cell; returns the imported compiled module."""
    digest = hashlib.sha256(cell.encode() + (b"debug" if debug else b"")).hexdigest()[:16]
    mod_name = f"{name or '_pyrs_magic'}_{digest}"
    d = _cache_dir()
    d.mkdir(parents=True, exist_ok=True)
    src = d / f"{mod_name}.py"
    if not src.exists() or src.read_text() != cell:
        src.write_text(cell)
    art = artifact_path(src)
    if force or not art.exists():
        build(src, debug=debug, force=force)
    if mod_name in sys.modules:  # the same cell again in this process: already loaded
        return sys.modules[mod_name]
    loader = importlib.machinery.ExtensionFileLoader(mod_name, str(art))
    spec = importlib.util.spec_from_file_location(mod_name, art, loader=loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    sys.modules[mod_name] = mod
    return mod


def load(ipython) -> None:
    from IPython.core.magic import Magics, cell_magic, magics_class
    from IPython.core.magic_arguments import argument, magic_arguments, parse_argstring

    @magics_class
    class PyrsMagics(Magics):
        @magic_arguments()
        @argument("--debug", action="store_true", help="unoptimised build (faster to compile)")
        @argument("-f", "--force", action="store_true", help="rebuild even if this cell was built before")
        @argument("--name", default="", help="module name prefix")
        @cell_magic
        def pyrs(self, line, cell):
            """Compile the cell with pyrs and define its exported functions."""
            args = parse_argstring(self.pyrs, line)
            try:
                mod = compile_cell(cell, name=args.name, debug=args.debug, force=args.force)
            except (PyrsBuildError, PyrsNotFound) as exc:
                print(getattr(exc, "stderr", "") or str(exc), file=sys.stderr)
                return None
            for n in exported_names(cell):
                if hasattr(mod, n):
                    self.shell.user_ns[n] = getattr(mod, n)
            return None

    ipython.register_magics(PyrsMagics)
