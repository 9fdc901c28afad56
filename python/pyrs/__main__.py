"""``python -m pyrs ARGS`` runs the ``pyrs`` command installed with this package."""
import subprocess
import sys

from ._tool import PyrsNotFound, find_pyrs


def main() -> int:
    try:
        exe = find_pyrs()
    except PyrsNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return subprocess.call([str(exe), *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
