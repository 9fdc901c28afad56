from setuptools import setup

from pyrs.setuptools import build_ext, pyrs_extensions

setup(
    # compiled when a Rust toolchain is there; else the .py alone is installed, with a warning
    # (PYRS_REQUIRED=1 makes a failed compile an error)
    ext_modules=pyrs_extensions(["src/mypkg/kernels.py"]),
    cmdclass={"build_ext": build_ext},
)
