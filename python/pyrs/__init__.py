"""pyrs: compile annotated numeric Python into native extension modules.

The compiler is the ``pyrs`` command (a Rust binary installed with this package); this package
finds it and adds the Python-side integrations:

- :mod:`pyrs.setuptools` -- ``PyrsExtension`` / ``pyrs_extensions`` and ``build_ext`` for
  ``setup.py``: the compiled module goes into the wheel beside the ``.py``, which stays the
  fallback when compiling is impossible;
- :mod:`pyrs.autobuild` -- ``import pyrs.autobuild`` rebuilds stale annotated modules on import
  (in the spirit of ``pyximport``);
- ``%load_ext pyrs`` -- the ``%%pyrs`` cell magic for IPython / Jupyter.
"""
from __future__ import annotations

from ._tool import (
    PyrsBuildError,
    PyrsNotFound,
    __version__,
    artifact_path,
    build,
    find_pyrs,
    has_exports,
    read_stamp,
    source_sha256,
    stale_reason,
)

__all__ = [
    "PyrsBuildError",
    "PyrsNotFound",
    "__version__",
    "artifact_path",
    "build",
    "find_pyrs",
    "has_exports",
    "read_stamp",
    "source_sha256",
    "stale_reason",
]


def load_ipython_extension(ipython):
    """``%load_ext pyrs``: registers the ``%%pyrs`` cell magic."""
    from .magic import load

    load(ipython)
