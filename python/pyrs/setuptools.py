"""setuptools integration: compile annotated modules while building a package.

In ``setup.py``::

    from setuptools import setup
    from pyrs.setuptools import build_ext, pyrs_extensions

    setup(
        packages=["mypkg"],                               # ships mypkg/kernels.py as usual
        ext_modules=pyrs_extensions(["mypkg/kernels.py"]),  # ... and the compiled mypkg.kernels
        cmdclass={"build_ext": build_ext},
    )

or ``PyrsExtension("mypkg.kernels", "mypkg/kernels.py")`` for one module. The wheel holds the
compiled module *and* the ``.py``: Python's import prefers the compiled one, the ``.py`` is the
fallback. Modules are optional by default: if compiling fails (no Rust toolchain, an unsupported
construct), the package still builds with the ``.py`` only and a warning is printed. Make it an
error with ``optional=False`` or the environment variable ``PYRS_REQUIRED=1``.

Artifacts are built for a baseline CPU (``portable=True``, the default here), so a wheel runs
on other machines of the platform; ``abi3=True`` (or ``"3.10"``) builds for CPython's stable ABI:
set ``py_limited_api`` for bdist_wheel too (``[bdist_wheel] py_limited_api = cp39`` in setup.cfg)
so the wheel's tag says so.
"""
from __future__ import annotations

import os
import sys
import textwrap
import warnings
from pathlib import Path
from typing import Iterable, List, Optional, Union

from setuptools import Extension
from setuptools.command.build_ext import build_ext as _build_ext

from ._tool import PyrsBuildError, PyrsNotFound, build

__all__ = ["PyrsExtension", "pyrs_extensions", "build_ext", "PyrsBuildWarning"]


class PyrsBuildWarning(UserWarning):
    """A pyrs module could not be compiled; the package falls back to its ``.py``."""


def _env_flag(name: str) -> Optional[bool]:
    v = os.environ.get(name)
    if v is None or v == "":
        return None
    return v.lower() not in ("0", "false", "no", "off")


class PyrsExtension(Extension):
    """An extension module compiled by pyrs from an annotated ``.py``.

    name     -- the dotted module name; its last part must be the file's stem
    source   -- the ``.py`` (relative to setup.py)
    optional -- fall back to the ``.py`` if compiling fails (default True; ``PYRS_REQUIRED=1``
                in the environment makes every module required)
    portable -- baseline CPU target (default True: wheels run on other machines)
    abi3     -- False, True (CPython >= 3.9) or a minimum such as ``"3.10"``: stable ABI
    debug    -- unoptimised build
    """

    def __init__(
        self,
        name: str,
        source: Union[str, os.PathLike],
        *,
        optional: bool = True,
        portable: bool = True,
        abi3: Union[bool, str] = False,
        debug: bool = False,
        **kwargs,
    ):
        source = os.fspath(source)
        if Path(source).stem != name.rpartition(".")[2]:
            raise ValueError(f"PyrsExtension {name!r}: the module name must end with the file's stem ({source})")
        super().__init__(name, sources=[source], py_limited_api=bool(abi3), **kwargs)
        self.pyrs_source = source
        self.optional = optional
        self.pyrs_portable = portable
        self.pyrs_abi3 = abi3
        self.pyrs_debug = debug


def pyrs_extensions(sources: Iterable[Union[str, os.PathLike]], *, root: Union[str, os.PathLike] = ".", **kwargs) -> List[PyrsExtension]:
    """One :class:`PyrsExtension` per ``.py``, named after its path under ``root``
    (``mypkg/kernels.py`` → ``mypkg.kernels``; a leading ``src/`` is dropped). Keyword arguments
    go to every extension."""
    exts = []
    for s in sources:
        p = Path(s)
        rel = p.relative_to(root) if p.is_absolute() else p
        parts = list(rel.with_suffix("").parts)
        if parts and parts[0] == "src":
            parts = parts[1:]
        exts.append(PyrsExtension(".".join(parts), s, **kwargs))
    return exts


class build_ext(_build_ext):
    """setuptools' ``build_ext`` that builds :class:`PyrsExtension` modules with pyrs (all of
    them in one ``pyrs build`` per output directory) and other extensions as usual."""

    def build_extension(self, ext):
        if not isinstance(ext, PyrsExtension):
            return super().build_extension(ext)
        target = Path(self.get_ext_fullpath(ext.name))
        required = _env_flag("PYRS_REQUIRED")
        optional = ext.optional if required is None else not required
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            build(
                ext.pyrs_source,
                out_dir=target.parent,
                python=sys.executable,
                portable=ext.pyrs_portable,
                abi3=ext.pyrs_abi3 or None,
                debug=ext.pyrs_debug or bool(self.debug),
                force=bool(self.force),
                quiet=False,
            )
            if not target.exists():
                raise PyrsBuildError(f"pyrs reported success but {target} is missing")
        except (PyrsBuildError, PyrsNotFound, OSError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            if not optional:
                raise RuntimeError(f"pyrs could not compile {ext.pyrs_source} (required):\n{detail}") from exc
            bar = "=" * 78
            msg = (
                f"\n{bar}\npyrs WARNING: could not compile {ext.pyrs_source}; the package is built with the "
                f"pure-Python module only\n(same results, slower). Reason:\n{textwrap.indent(detail.strip(), '    ')}\n"
                f"Make this an error with PYRS_REQUIRED=1 or PyrsExtension(..., optional=False).\n{bar}\n"
            )
            sys.stderr.write(msg)
            warnings.warn(f"pyrs could not compile {ext.pyrs_source}; using the .py (see above)", PyrsBuildWarning, stacklevel=2)
            self._pyrs_failed = getattr(self, "_pyrs_failed", set()) | {ext.name}

    def get_outputs(self):
        failed = getattr(self, "_pyrs_failed", set())
        return [o for ext, o in zip(self.extensions, super().get_outputs()) if ext.name not in failed]

    def copy_extensions_to_source(self):
        failed = getattr(self, "_pyrs_failed", set())
        kept = self.extensions
        self.extensions = [e for e in kept if e.name not in failed]
        try:
            super().copy_extensions_to_source()
        finally:
            self.extensions = kept
