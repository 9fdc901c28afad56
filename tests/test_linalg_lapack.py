"""np.linalg on numpy's LAPACK is numpy's to the last bit: pyrs calls the same routines of the
OpenBLAS numpy carries, in numpy's sequence (Fortran-order copies, workspace queries, `det` from
`getrf`'s factors), on random well- and ill-conditioned, singular, empty and 1 × 1 matrices, C and
Fortran order, views, ints, float32 and complex64 (computed in double precision, rounded) and
complex128 (the `z` routines). The values, types and exceptions of every function are also
differential cases in kernels/numpy_linalg_lapack.py."""

from pathlib import Path

import numpy as np
import pytest

from conftest import modules_for

KERNEL = Path(__file__).parent / "kernels" / "numpy_linalg_lapack.py"


@pytest.fixture(scope="module")
def mods(built_kernels):
    return modules_for(built_kernels, KERNEL)


def flat(r):
    return list(r) if isinstance(r, tuple) else [r]


def same_bits(name, e, c):
    e, c = flat(e), flat(c)
    assert len(e) == len(c), name
    for i, (x, y) in enumerate(zip(e, c)):
        assert type(x) is type(y), f"{name}[{i}]: {type(y).__name__}, expected {type(x).__name__}"
        x, y = np.asarray(x), np.asarray(y)
        assert x.dtype == y.dtype and x.shape == y.shape, f"{name}[{i}]: {y.dtype}{y.shape}, expected {x.dtype}{x.shape}"
        assert x.tobytes() == y.tobytes(), f"{name}[{i}]: {(x != y).sum()} of {x.size} elements differ"


def outcome(f, *args):
    try:
        return f(*args), None
    except Exception as e:  # noqa: BLE001 - the exception is the observation
        return None, (type(e), str(e))


def check(pure, comp, name, *args):
    (e, ee), (c, ce) = outcome(getattr(pure, name), *args), outcome(getattr(comp, name), *args)
    assert ee == ce, f"{name}: raised {ce}, expected {ee}"
    if ee is None:
        same_bits(name, e, c)


def check_eig(pure, comp, a, name="eig"):
    """numpy's eig/eigvals of a real matrix is float64 when every eigenvalue is real and complex128
    otherwise (decided by the values); compiled eig is typed float64 and raises ValueError for
    complex eigenvalues instead of returning something else than numpy."""
    e, ee = outcome(getattr(pure, name), a)
    if ee is None and np.iscomplexobj(flat(e)[0]):
        with pytest.raises(ValueError, match="complex eigenvalues"):
            getattr(comp, name)(a)
    else:
        check(pure, comp, name, a)


def matrices(n, seed):
    rng = np.random.default_rng(seed)
    a = rng.standard_normal((n, n))
    hilbert = 1.0 / (np.arange(n)[:, None] + np.arange(n)[None, :] + 1.0)
    singular = a.copy()
    if n > 1:
        singular[-1] = singular[0] * 2.0
    spd = a @ a.T + n * np.eye(n)
    return {"random": a, "hilbert": hilbert, "singular": singular, "spd": spd, "F": np.asfortranarray(a), "T": a.T}


SIZES = [0, 1, 2, 3, 7, 32, 101]


@pytest.mark.parametrize("n", SIZES)
def test_square_functions_are_numpys_bits(mods, n):
    pure, comp = mods
    rng = np.random.default_rng(100 + n)
    b = rng.standard_normal(n)
    bm = rng.standard_normal((n, 3))
    for kind, a in matrices(n, n).items():
        for name in ("inv", "dets", "chol", "eigvalsh", "svd", "svd_vals", "qr", "qr_complete", "qr_r", "norms"):
            check(pure, comp, name, a)
        check(pure, comp, "eigh", (a + a.T) / 2)
        check_eig(pure, comp, (a + a.T) / 2)
        check_eig(pure, comp, a)
        check(pure, comp, "solve", a, b)
        check(pure, comp, "solve_m", np.ascontiguousarray(a), bm)
        check(pure, comp, "lstsq", a, b)
    a32 = rng.standard_normal((n, n)).astype(np.float32)
    for name in ("inv", "dets", "chol", "svd", "svd_vals", "qr", "norms"):
        check(pure, comp, name, a32)
        check(pure, comp, name, a32 @ a32.T + np.float32(n) * np.eye(n, dtype=np.float32))
    check(pure, comp, "eigh", a32 + a32.T)
    check_eig(pure, comp, a32)
    check(pure, comp, "solve", a32, b.astype(np.float32))
    check(pure, comp, "solve", a32, b)
    check(pure, comp, "lstsq", a32, b.astype(np.float32))
    ac = rng.standard_normal((n, n)) + 1j * rng.standard_normal((n, n))
    hermitian = ac @ ac.conj().T + n * np.eye(n)
    for x in (ac, hermitian, ac.T, np.asfortranarray(ac)):
        for name in ("inv", "dets", "chol", "eigvalsh", "svd", "svd_reduced", "svd_vals", "qr", "qr_complete", "qr_r", "norms"):
            check(pure, comp, name, x)
        check(pure, comp, "eigh", x)
        check(pure, comp, "eig", x)
        check(pure, comp, "solve", x, b + 1j * b[::-1])
        check(pure, comp, "solve", x.real.copy(), b + 1j * b[::-1])
    # complex64: computed in complex128, rounded; complex least squares (zgelsd); eigvals
    bc = b + 1j * b[::-1]
    for x in (ac, hermitian, ac.T):
        check(pure, comp, "lstsq", x, bc)
        check(pure, comp, "eigvals", x)
        x64 = x.astype(np.complex64)
        for name in ("inv", "dets", "chol", "eigvalsh", "eigh", "eig", "eigvals", "svd", "svd_vals", "qr", "qr_r", "norms"):
            check(pure, comp, name, x64)
        check(pure, comp, "solve", x64, bc.astype(np.complex64))
        check(pure, comp, "solve", x64, b.astype(np.float32))
        check(pure, comp, "solve", x64, b)
        check(pure, comp, "lstsq", x64, bc.astype(np.complex64))
    for kind, a in matrices(n, n).items():
        check(pure, comp, "lstsq", a, bc)
        check_eig(pure, comp, a, "eigvals")
        check_eig(pure, comp, a.astype(np.float32), "eigvals")
    ai = rng.integers(-5, 6, (n, n))
    check(pure, comp, "inv_int", ai)
    check(pure, comp, "dets_int", ai)
    check(pure, comp, "norm_nuc_int", ai)


@pytest.mark.parametrize("mn", [(5, 3), (3, 5), (40, 17), (17, 40), (1, 4), (4, 1), (0, 3), (3, 0)])
def test_rectangular_functions_are_numpys_bits(mods, mn):
    pure, comp = mods
    m, n = mn
    rng = np.random.default_rng(m * 100 + n)
    a = rng.standard_normal((m, n))
    rank_deficient = a.copy()
    if n > 1:
        rank_deficient[:, -1] = rank_deficient[:, 0]
    for x in (a, np.asfortranarray(a), rank_deficient, a[::-1]):
        for name in ("svd", "svd_reduced", "svd_vals", "qr", "qr_complete", "qr_r", "norms"):
            check(pure, comp, name, x)
        check(pure, comp, "lstsq", x, rng.standard_normal(m))
        check(pure, comp, "lstsq_m", np.ascontiguousarray(x), rng.standard_normal((m, 2)))
        check(pure, comp, "lstsq_rcond", np.ascontiguousarray(x), rng.standard_normal(m), 1e-3)
        xc = x + 1j * x[::-1]
        for name in ("svd", "svd_reduced", "svd_vals", "qr", "qr_complete", "qr_r", "norms"):
            check(pure, comp, name, xc)
        bc = rng.standard_normal(m) + 1j * rng.standard_normal(m)
        check(pure, comp, "lstsq", xc, bc)
        check(pure, comp, "lstsq", x, bc)
        check(pure, comp, "lstsq_m", np.ascontiguousarray(xc), rng.standard_normal((m, 2)) * (1 - 2j))
        x64 = xc.astype(np.complex64)
        for name in ("svd", "svd_vals", "qr", "qr_r", "norms"):
            check(pure, comp, name, x64)
        check(pure, comp, "lstsq", x64, bc.astype(np.complex64))


def test_eig_types(mods):
    pure, comp = mods
    rotation = np.array([[0.0, -1.0], [1.0, 0.0]])
    assert pure.eig(rotation)[0].dtype == np.complex128
    with pytest.raises(ValueError, match="complex eigenvalues"):
        comp.eig(rotation)
    triangular = np.array([[1.0, 2.0, 3.0], [0.0, 4.0, 5.0], [0.0, 0.0, 6.0]])
    check(pure, comp, "eig", triangular)


def test_named_tuples(mods):
    """Results returned as numpy gives them are numpy's named tuples (SVDResult, EighResult,
    QRResult, SlogdetResult, EigResult), with their fields."""
    pure, comp = mods
    a = np.array([[2.0, 1.0, 0.5], [1.0, 3.0, 0.2], [0.5, 0.2, 4.0]])
    for name, x in [("named_svd", a), ("named_svd", a.astype(np.complex64)), ("named_eigh", a), ("named_qr", a),
                    ("named_slogdet", a.astype(np.float32)), ("named_eig", a + 1j)]:
        e, c = getattr(pure, name)(x), getattr(comp, name)(x)
        assert type(c) is type(e), f"{name}: {type(c)}, expected {type(e)}"
        assert c._fields == e._fields
        same_bits(name, tuple(e), tuple(c))
    for full in (True, False):
        e, c = pure.named_var(a, full), comp.named_var(a, full)
        assert type(c) is type(e) and c.S.tobytes() == e.S.tobytes()


def test_linalg_error_class(mods):
    _, comp = mods
    with pytest.raises(np.linalg.LinAlgError, match="Singular matrix"):
        comp.inv(np.zeros((3, 3)))
    with pytest.raises(np.linalg.LinAlgError, match="not positive definite"):
        comp.chol(-np.eye(3))
    assert issubclass(np.linalg.LinAlgError, ValueError)


@pytest.mark.parametrize("shape", [(3, 4, 4), (2, 3, 5, 5), (4, 3, 5), (4, 6, 2), (0, 3, 3), (2, 1, 1)])
def test_stacks_are_numpys_bits(mods, shape):
    """Stacks of matrices (..., m, n): each matrix as numpy's gufunc loop computes it."""
    pure, comp = mods
    rng = np.random.default_rng(sum(shape))
    a = rng.standard_normal(shape)
    ac = a + 1j * rng.standard_normal(shape)
    for x in (a, ac):
        if x.ndim == (4 if np.iscomplexobj(x) else 3):
            check(pure, comp, "stack_svd", x)
        if x.ndim == 3:
            check(pure, comp, "stack_qr", x)
        if shape[-1] == shape[-2]:
            if x.ndim == 3 and not np.iscomplexobj(x):
                n = shape[-1]
                check(pure, comp, "stack_solve", x, rng.standard_normal(shape[:-1] + (3,)))
                check(pure, comp, "stack_solve", x, rng.standard_normal(n))
                check(pure, comp, "stack_solve", x, rng.standard_normal((n, 2)))
                check(pure, comp, "stack_solve", x[0].copy() if shape[0] else np.eye(n), rng.standard_normal((2, n, 2)))
            if x.ndim == 3 or not np.iscomplexobj(x):
                check(pure, comp, "stack_inv", x)
            if x.ndim == 3:
                sym = x + np.swapaxes(x, -1, -2).conj()
                e, ee = outcome(pure.stack_eig, sym)
                if ee is None and not np.iscomplexobj(x) and any(np.iscomplexobj(v) for v in e):
                    continue
                check(pure, comp, "stack_eig", sym)
                if not np.iscomplexobj(x):
                    check(pure, comp, "stack_chol", x @ np.swapaxes(x, -1, -2) + shape[-1] * np.eye(shape[-1]))


COMPOSE = Path(__file__).parent / "kernels" / "numpy_linalg_compose.py"


@pytest.fixture(scope="module")
def composed(built_kernels):
    return modules_for(built_kernels, COMPOSE)


@pytest.mark.parametrize("mn", [(1, 1), (3, 3), (7, 7), (32, 32), (5, 3), (3, 5), (40, 17)])
def test_compositions_are_numpys_bits(composed, mn):
    """pinv, matrix_rank, cond, matrix_power, multi_dot: numpy's Python steps on the same LAPACK
    and BLAS calls, bit for bit (the norms of cond's p = ±1, ±inf, 'fro' of real matrices in C and
    Fortran order)."""
    pure, comp = composed
    m, n = mn
    rng = np.random.default_rng(m * 31 + n)
    a = rng.standard_normal((m, n))
    deficient = a.copy()
    deficient[-1] = deficient[0] * 3.0
    ac = a + 1j * rng.standard_normal((m, n))
    for x in (a, deficient, np.asfortranarray(a), a[::-1], ac):
        check(pure, comp, "pinv", x)
        check(pure, comp, "rank", x)
        check(pure, comp, "rank", x.astype(np.complex64 if np.iscomplexobj(x) else np.float32))
    check(pure, comp, "pinv_rtol", np.ascontiguousarray(deficient), 1e-8)
    check(pure, comp, "rank_rtol", np.ascontiguousarray(deficient), 1e-8)
    if m == n:
        hilbert = 1.0 / (np.arange(n)[:, None] + np.arange(n)[None, :] + 1.0)
        for x in (a, np.asfortranarray(a), deficient, hilbert):
            check(pure, comp, "conds", x)
            check(pure, comp, "cond2", x.astype(np.float32))
            for k in (0, 1, 2, 3, 5, 8, -1, -3):
                check(pure, comp, "power", x, k)
        check(pure, comp, "cond2", ac.astype(np.complex64))
        for k in (2, 5, -2):
            check(pure, comp, "power", ac, k)
    # (numpy's products of a dimension 1 are dot/gemv calls, not gemm: left out here)
    if m > 1:
        b = rng.standard_normal((n, 4))
        c = rng.standard_normal((4, m))
        d = rng.standard_normal((m, 2))
        check(pure, comp, "chain3", a, b, c)
        check(pure, comp, "chain4", a, b, c, d)


NAMED = Path(__file__).parent / "kernels" / "numpy_linalg_named.py"


@pytest.fixture(scope="module")
def named(built_kernels):
    return modules_for(built_kernels, NAMED)


@pytest.mark.parametrize("n", [1, 2, 5, 16, 33])
def test_named_fields_uplo_upper_and_hermitian_rank_are_numpys_bits(named, n):
    """Fields of the named tuples read inside compiled code, `eigh`/`eigvalsh` on the upper
    triangle (the lower one garbage, as LAPACK must not read it), `cholesky(upper=True)` and
    `matrix_rank(hermitian=True)` (from `eigvalsh`), on matrices and stacks: numpy's bits."""
    pure, comp = named
    rng = np.random.default_rng(700 + n)
    a = rng.standard_normal((n, n))
    sym = a + a.T
    garbage_below = np.triu(sym) + np.tril(rng.standard_normal((n, n)), -1)
    spd = a @ a.T + n * np.eye(n)
    ac = a + 1j * rng.standard_normal((n, n))
    herm = ac @ ac.conj().T + n * np.eye(n)
    stack = np.stack([garbage_below, sym, spd])
    check(pure, comp, "svd_fields", a)
    check(pure, comp, "svd_fields", ac)
    check(pure, comp, "svd_fields", stack)
    check(pure, comp, "eigh_fields", sym)
    check(pure, comp, "eigh_fields", herm)
    check(pure, comp, "eigh_fields", stack.astype(np.float32))
    check(pure, comp, "slogdet_fields", a)
    check(pure, comp, "slogdet_fields", np.stack([ac, herm]))
    check(pure, comp, "qr_fields", a)
    check(pure, comp, "through_local", a)
    for x in (garbage_below, np.asfortranarray(garbage_below), garbage_below.T, herm, spd.astype(np.float32)):
        check(pure, comp, "eigh_upper", x)
    check(pure, comp, "eigh_upper", stack)
    check(pure, comp, "eigvalsh_upper", garbage_below)
    check(pure, comp, "eigvalsh_upper", np.stack([herm, herm.conj()]))
    check(pure, comp, "eigh_uplo_lower", garbage_below)
    for x in (spd, np.triu(spd) + np.tril(a, -1), herm, spd.astype(np.float32), sym):
        check(pure, comp, "chol_upper", x)
    check(pure, comp, "chol_upper", np.stack([spd, spd.T]))
    low_rank = a[:, :1] @ a[:1, :]
    for x in (sym, low_rank + low_rank.T, herm, sym.astype(np.float32), np.zeros((n, n))):
        check(pure, comp, "rank_hermitian", x)
    check(pure, comp, "rank_hermitian_tol", sym, 0.5)
