"""Sample package whose kernels are compiled by pyrs when possible."""
from . import kernels
from .kernels import norm2, pairwise_sum, trapz

COMPILED = not kernels.__file__.endswith(".py")

__all__ = ["COMPILED", "kernels", "norm2", "pairwise_sum", "trapz"]
