"""Development hook: ``import pyrs.autobuild`` and then importing an annotated module builds it
first if its compiled module is missing or stale (the ``.py`` changed, or another pyrs built it).
If building fails, the ``.py`` is imported instead, with a ``RuntimeWarning`` carrying pyrs's
diagnostics. Like ``pyximport``, meant for development: packages should build at install time
(:mod:`pyrs.setuptools`).

Only modules whose ``.py`` carries ``# export`` / ``#pythran export`` annotations are touched;
everything else imports as usual. ``install()`` / ``uninstall()`` switch the hook; importing this
module installs it. The compiled module is written beside the ``.py`` (like ``pyrs build``).
"""
from __future__ import annotations

import importlib.machinery
import sys
import warnings
from pathlib import Path

from ._tool import PyrsBuildError, PyrsNotFound, artifact_path, build, has_exports, stale_reason

__all__ = ["install", "uninstall", "PyrsFinder"]


class PyrsFinder:
    """A meta path finder in front of the standard one: finds the module as usual, and if it is
    an annotated ``.py`` (or a compiled module with one beside it), (re)builds before loading."""

    def __init__(self, **build_options):
        self.build_options = build_options

    def find_spec(self, fullname, path=None, target=None):
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or not spec.origin or not spec.has_location:
            return None
        origin = Path(spec.origin)
        if origin.suffix == ".py":
            source = origin
        elif any(origin.name.endswith(s) for s in importlib.machinery.EXTENSION_SUFFIXES):
            source = origin.with_name(origin.name.split(".")[0] + ".py")
            if not source.exists():
                return None
        else:
            return None
        if source.name == "__init__.py" or not has_exports(source):
            return None
        artifact = artifact_path(source)
        reason = stale_reason(source, artifact)
        if reason is not None:
            try:
                build(source, **self.build_options)
            except (PyrsBuildError, PyrsNotFound, OSError) as exc:
                detail = getattr(exc, "stderr", "") or str(exc)
                warnings.warn(
                    f"pyrs.autobuild: could not compile {source} ({reason}); importing the .py instead:\n{detail}",
                    RuntimeWarning,
                    stacklevel=2,
                )
                return importlib.util.spec_from_file_location(fullname, source)
        if not artifact.exists():
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(artifact))
        return importlib.util.spec_from_file_location(fullname, artifact, loader=loader)


_finder = None


def install(**build_options) -> PyrsFinder:
    """Puts the hook first on ``sys.meta_path`` (options go to :func:`pyrs.build`, e.g.
    ``debug=True``)."""
    global _finder
    uninstall()
    _finder = PyrsFinder(**build_options)
    sys.meta_path.insert(0, _finder)
    return _finder


def uninstall() -> None:
    global _finder
    if _finder is not None and _finder in sys.meta_path:
        sys.meta_path.remove(_finder)
    _finder = None


import importlib.util  # noqa: E402  (after the definitions: keeps the hook importable first)

install()
