"""Random programs in pyrs's supported subset, for the differential fuzzer (`fuzz.py`).

A program is one exported function (`# export pN(types)`): typed parameters (int, float,
bool, complex, int list, float list, complex list, float[], complex[]), locals each of one type (declared at the top, so that
any statement can be removed when shrinking), and a body of assignments, augmented
assignments, `if`/`else`, bounded `for`/`while` loops, list appends and stores, array stores,
`try`/`except`, calls of a helper, `math` functions, numpy reductions and element-wise
expressions; complex arithmetic (with real operands on either side, integer and fractional
powers, `abs`, `.real`/`.imag`/`.conjugate()`, complex lists holding real numbers too);
edge values (0, -1, ±2**63 boundaries, NaN, ±inf, -0.0, complex numbers with infinite, NaN or
signed-zero parts, empty lists and arrays) as literals and as arguments.

Statements are kept as a tree (`Stmt`) so that the shrinker can drop them one at a time.
Everything is drawn from one `random.Random`, so a seed names a program.
"""
from __future__ import annotations

import dataclasses
import random

INT_EDGES = [0, 1, -1, 2, 3, 7, -5, 10, 100, 2**31, -(2**31), 2**62, 2**63 - 1, -(2**63), 2**53 + 1]
FLOAT_EDGES = ["0.0", "-0.0", "1.0", "-1.0", "0.5", "2.5", "1e-300", "1e300", "1e308", "math.inf", "-math.inf",
               "math.nan", "3.0", "0.1"]
FLOAT_ARGS = [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, -1e-310, float("inf"), float("-inf"), float("nan"), 3.0]

COMPLEX_EDGES = ["0j", "1j", "(1+2j)", "(-0.5-1.5j)", "(3-4j)", "complex(0.0, -0.0)", "complex(-0.0, 0.0)",
                 "complex(math.inf, 1.0)", "complex(1.0, -math.inf)", "complex(math.nan, 0.0)", "(1e300+1e300j)",
                 "(1e-310+2j)", "(2.5+0j)"]

TYPES = ["int", "float", "bool", "complex", "int list", "float list", "complex list", "float[]", "complex[]"]


@dataclasses.dataclass
class Stmt:
    """One statement: `head` (its line(s) without indentation, one per element) and, for
    compound statements, `blocks` (the indented bodies, after the head line with the same
    index: `if`/`else`, `try`/`except`)."""
    head: list[str]
    blocks: list[list["Stmt"]] = dataclasses.field(default_factory=list)
    removable: bool = True

    def render(self, indent: int) -> list[str]:
        pad = "    " * indent
        if not self.blocks:
            return [pad + h for h in self.head]
        out: list[str] = []
        for h, b in zip(self.head, self.blocks):
            out.append(pad + h)
            body = [line for s in b for line in s.render(indent + 1)]
            out.extend(body or [pad + "    pass"])
        return out

    def size(self) -> int:
        return 1 + sum(s.size() for b in self.blocks for s in b)


@dataclasses.dataclass
class Program:
    name: str
    params: list[tuple[str, str]]  # (name, export type)
    body: list[Stmt]
    helper: list[str]  # lines of a helper function `hN` (may be empty)
    inputs: list[str]  # argument tuples, as Python source

    def export(self) -> str:
        return f"# export {self.name}({', '.join(t for _, t in self.params)})"

    def source(self) -> str:
        lines = list(self.helper)
        if lines:
            lines.append("")
        lines.append(f"def {self.name}({', '.join(n for n, _ in self.params)}):")
        body = [line for s in self.body for line in s.render(1)]
        lines.extend(body or ["    pass"])
        return "\n".join(lines) + "\n"

    def size(self) -> int:
        return sum(s.size() for s in self.body)


class Gen:
    def __init__(self, rng: random.Random, name: str):
        self.r = rng
        self.name = name
        self.vars: dict[str, list[str]] = {t: [] for t in TYPES}
        self.loop_vars: list[str] = []
        self.depth = 0
        self.n = 0
        self.helper_sig: tuple[str, str] | None = None  # (param type, return type)
        self.counters: list[str] = []  # `while` counters: read, never assigned
        self.ret_t = "int"

    # ---------------------------------------------------------------- expressions

    def pick(self, t: str) -> str | None:
        vs = self.vars[t] + (self.loop_vars + self.counters if t == "int" else [])
        return self.r.choice(vs) if vs else None

    def int_lit(self) -> str:
        v = self.r.choice(INT_EDGES) if self.r.random() < 0.4 else self.r.randint(-9, 9)
        return f"({v})" if v < 0 else str(v)

    def small_int(self) -> str:
        """An int expression with a small value (sizes, counts, indices)."""
        c = self.r.random()
        lists = [v for t in ("int list", "float list", "float[]", "complex list", "complex[]") for v in self.vars[t]]
        if c < 0.3 and lists:
            return f"len({self.r.choice(lists)})"
        if c < 0.5 and self.pick("int"):
            return f"(abs({self.pick('int')}) % 7)"
        return str(self.r.randint(0, 6))

    def index(self, seq: str) -> str:
        c = self.r.random()
        if c < 0.5 and self.pick("int"):
            return self.pick("int")
        if c < 0.7:
            return f"len({seq}) - 1"
        return str(self.r.choice([0, 1, -1, 2, -2, 5]))

    def expr(self, t: str, d: int = 0) -> str:
        r = self.r.random()
        leaf = d >= 3 or r < 0.3
        if t == "int":
            if leaf:
                v = self.pick("int")
                return v if v and self.r.random() < 0.7 else self.int_lit()
            c = self.r.randrange(12)
            if c < 5:
                op = self.r.choice(["+", "-", "*", "//", "%", "+", "-"])
                if op == "*":
                    # a small factor: CPython's ints must not grow without bound in loops
                    return f"({self.expr('int', d + 1)} * {self.r.choice(['2', '3', '(-1)', '10', '(-7)'])})"
                return f"({self.expr('int', d + 1)} {op} {self.expr('int', d + 1)})"
            if c == 5:
                return f"abs({self.expr('int', d + 1)})"
            if c == 6:
                f = self.r.choice(["min", "max"])
                return f"{f}({self.expr('int', d + 1)}, {self.expr('int', d + 1)})"
            if c == 7:
                return f"int({self.expr('float', d + 1)})"
            if c == 8:
                return self.small_int()
            if c == 9 and self.vars["int list"]:
                l = self.r.choice(self.vars["int list"])
                return f"{l}[{self.index(l)}]"
            if c == 10:
                return f"({self.expr('int', d + 1)} if {self.expr('bool', d + 1)} else {self.expr('int', d + 1)})"
            if c == 11 and self.helper_sig and self.helper_sig[1] == "int":
                return f"{self.helper_name()}({self.expr(self.helper_sig[0], d + 1)})"
            return f"(-{self.expr('int', d + 1)})"
        if t == "float":
            if leaf:
                v = self.pick("float")
                return v if v and self.r.random() < 0.7 else self.r.choice(FLOAT_EDGES)
            c = self.r.randrange(15)
            if c == 13:
                return f"abs({self.expr('complex', d + 1)})"
            if c == 14:
                return f"{self.expr('complex', d + 1)}.{self.r.choice(['real', 'imag'])}"
            if c < 5:
                op = self.r.choice(["+", "-", "*", "/", "//", "%", "+", "*"])
                a = self.expr("float", d + 1)
                b = self.expr(self.r.choice(["float", "float", "int"]), d + 1)
                return f"({a} {op} {b})"
            if c == 5:
                f = self.r.choice(["sqrt", "floor", "fabs", "exp", "log", "sin", "atan2", "hypot", "copysign"])
                if f in ("atan2", "hypot", "copysign"):
                    return f"math.{f}({self.expr('float', d + 1)}, {self.expr('float', d + 1)})"
                if f == "floor":
                    return f"float(math.floor({self.expr('float', d + 1)}))"
                return f"math.{f}({self.expr('float', d + 1)})"
            if c == 6:
                return f"float({self.expr('int', d + 1)})"
            if c == 7 and self.vars["float list"]:
                l = self.r.choice(self.vars["float list"])
                return f"{l}[{self.index(l)}]"
            if c == 8 and self.vars["float[]"]:
                a = self.r.choice(self.vars["float[]"])
                return f"float({a}[{self.index(a)}])"
            if c == 9 and self.vars["float[]"]:
                a = self.r.choice(self.vars["float[]"])
                f = self.r.choice(["np.sum", "np.prod", "np.mean", "np.max", "np.min", "np.std"])
                return f"float({f}({a}))"
            if c == 10:
                f = self.r.choice(["min", "max", "abs"])
                if f == "abs":
                    return f"abs({self.expr('float', d + 1)})"
                return f"{f}({self.expr('float', d + 1)}, {self.expr('float', d + 1)})"
            if c == 11:
                return f"({self.expr('float', d + 1)} if {self.expr('bool', d + 1)} else {self.expr('float', d + 1)})"
            if c == 12 and self.helper_sig and self.helper_sig[1] == "float":
                return f"{self.helper_name()}({self.expr(self.helper_sig[0], d + 1)})"
            return f"(-{self.expr('float', d + 1)})"
        if t == "bool":
            if leaf:
                v = self.pick("bool")
                return v if v and self.r.random() < 0.7 else self.r.choice(["True", "False"])
            c = self.r.randrange(7)
            if c == 6:
                k = self.r.choice(["complex", "float", "int"])
                return f"({self.expr('complex', d + 1)} {self.r.choice(['==', '!='])} {self.expr(k, d + 1)})"
            if c < 3:
                k = self.r.choice(["int", "float"])
                op = self.r.choice(["<", "<=", "==", "!=", ">", ">="])
                return f"({self.expr(k, d + 1)} {op} {self.expr(k, d + 1)})"
            if c == 3:
                op = self.r.choice(["and", "or"])
                return f"({self.expr('bool', d + 1)} {op} {self.expr('bool', d + 1)})"
            if c == 4:
                return f"(not {self.expr('bool', d + 1)})"
            return f"math.isnan({self.expr('float', d + 1)})"
        if t == "complex":
            return self.complex_expr(d, leaf)
        raise ValueError(t)

    def complex_expr(self, d: int, leaf: bool) -> str:
        if leaf:
            v = self.pick("complex")
            return v if v and self.r.random() < 0.7 else self.r.choice(COMPLEX_EDGES)
        c = self.r.randrange(12)
        if c < 4:
            op = self.r.choice(["+", "-", "*", "/", "+", "*"])
            a = self.expr("complex", d + 1)
            b = self.expr(self.r.choice(["complex", "complex", "float", "int"]), d + 1)
            return f"({b} {op} {a})" if self.r.random() < 0.3 else f"({a} {op} {b})"
        if c == 4:
            e = self.r.choice(["2", "3", "(-1)", "0", "(-2)", "0.5", "2.0", "1j", "(0.5+0.5j)"])
            return f"({self.expr('complex', d + 1)} ** {e})"
        if c == 5:
            if self.r.random() < 0.5:
                return f"complex({self.expr('float', d + 1)}, {self.expr('float', d + 1)})"
            return f"complex({self.expr(self.r.choice(['float', 'int']), d + 1)})"
        if c == 6:
            return f"{self.expr('complex', d + 1)}.conjugate()"
        if c == 7 and self.vars["complex list"]:
            l = self.r.choice(self.vars["complex list"])
            return f"complex({l}[{self.index(l)}])"
        if c == 8 and self.vars["complex[]"]:
            a = self.r.choice(self.vars["complex[]"])
            if self.r.random() < 0.5:
                return f"complex({a}[{self.index(a)}])"
            return f"complex({self.r.choice(['np.sum', 'np.prod', 'np.mean'])}({a}))"
        if c == 9:
            return f"({self.expr('complex', d + 1)} if {self.expr('bool', d + 1)} else {self.expr('complex', d + 1)})"
        if c == 10 and self.helper_sig and self.helper_sig[1] == "complex":
            return f"{self.helper_name()}({self.expr(self.helper_sig[0], d + 1)})"
        if c == 11 and self.vars["complex list"]:
            start = self.r.choice([", 0j", ", 0j", ""])  # sum() of no complex numbers is the int 0
            return f"sum({self.r.choice(self.vars['complex list'])}{start})"
        return f"(-{self.expr('complex', d + 1)})"

    def helper_name(self) -> str:
        return "h" + self.name[1:]

    # ---------------------------------------------------------------- statements

    def stmt(self) -> Stmt:
        self.n += 1
        c = self.r.random()
        assignable = [t for t in ("int", "float", "bool", "complex") if self.vars[t]]
        if c < 0.35 and assignable:
            t = self.r.choice(assignable)
            v = self.r.choice(self.vars[t])
            if t != "bool" and self.r.random() < 0.4:
                op = self.r.choice(["+=", "-=", "*="] + (["/="] if t == "complex" else []))
                if op == "*=" and t == "int":
                    return Stmt([f"{v} *= {self.r.choice(['2', '3', '(-1)'])}"])
                return Stmt([f"{v} {op} {self.expr(t)}"])
            if t == "complex" and self.r.random() < 0.15:
                # the variable holds a real number on this path (its value keeps its type)
                return Stmt([f"{v} = {self.expr(self.r.choice(['float', 'int']))}"])
            return Stmt([f"{v} = {self.expr(t)}"])
        if c < 0.45 and self.depth < 2:
            self.depth += 1
            a = [self.stmt() for _ in range(self.r.randint(1, 3))]
            b = [self.stmt() for _ in range(self.r.randint(0, 2))]
            self.depth -= 1
            if b:
                return Stmt([f"if {self.expr('bool')}:", "else:"], [a, b])
            return Stmt([f"if {self.expr('bool')}:"], [a])
        if c < 0.55 and self.depth < 2:
            self.depth += 1
            iv = f"i{self.depth}"
            self.loop_vars.append(iv)
            body = [self.stmt() for _ in range(self.r.randint(1, 3))]
            self.loop_vars.pop()
            self.depth -= 1
            if self.r.random() < 0.5:
                rng = f"range({self.small_int()})"
            else:
                rng = f"range({self.small_int()}, {self.r.randint(-3, 9)}, {self.r.choice(['1', '2', '-1', '3'])})"
                rng = f"range(min({self.small_int()}, 0), {self.small_int()})" if self.r.random() < 0.5 else rng
            return Stmt([f"for {iv} in {rng}:"], [body])
        if c < 0.6 and self.depth < 2 and self.vars["int"]:
            self.depth += 1
            body = [self.stmt() for _ in range(self.r.randint(1, 2))]
            self.depth -= 1
            w = f"w{self.n}"
            self.counters.append(w)  # declared by `program`
            return Stmt([f"while {w} < {self.r.randint(1, 5)}:"], [[Stmt([f"{w} += 1"], removable=False)] + body])
        if c < 0.68:
            lists = [(t, v) for t in ("int list", "float list", "complex list") for v in self.vars[t]]
            if lists:
                t, l = self.r.choice(lists)
                et = t.split()[0]
                if et == "complex" and self.r.random() < 0.25:
                    # a real number into a complex list keeps its type (CPython's list)
                    et = self.r.choice(["float", "int"])
                if self.r.random() < 0.5:
                    return Stmt([f"{l}.append({self.expr(et)})"])
                return Stmt([f"{l}[{self.index(l)}] = {self.expr(et)}"])
        if c < 0.72 and self.vars["complex[]"]:
            a = self.r.choice(self.vars["complex[]"])
            k = self.r.random()
            if k < 0.5:
                return Stmt([f"{a}[{self.index(a)}] = {self.expr('complex')}"])
            if k < 0.75:
                op = self.r.choice(["+=", "*=", "-="])
                return Stmt([f"{a}[:] {op} {self.expr('complex')}"])
            return Stmt([f"{a}[:] = {a} * {self.expr('complex', 2)} - np.conj({a})"])
        if c < 0.76 and self.vars["float[]"]:
            a = self.r.choice(self.vars["float[]"])
            k = self.r.random()
            if k < 0.5:
                return Stmt([f"{a}[{self.index(a)}] = {self.expr('float')}"])
            if k < 0.75:
                op = self.r.choice(["+=", "*=", "-="])
                return Stmt([f"{a}[:] {op} {self.expr('float')}"])
            b = self.r.choice(self.vars["float[]"])
            return Stmt([f"{a}[:] = np.sqrt(np.abs({a} * {self.expr('float', 2)})) + {b} * 0.5"])
        if c < 0.82 and self.depth < 2:
            self.depth += 1
            a = [self.stmt() for _ in range(self.r.randint(1, 3))]
            h = [self.stmt() for _ in range(self.r.randint(1, 2))]
            self.depth -= 1
            exc = self.r.choice(["ZeroDivisionError", "ValueError", "IndexError", "OverflowError", "Exception",
                                 "ArithmeticError", "(ValueError, ZeroDivisionError)"])
            return Stmt(["try:", f"except {exc}:"], [a, h])
        if c < 0.86 and self.r.random() < 0.3:
            return self.ret()
        t = self.r.choice(["int", "float", "complex"])
        if self.vars[t]:
            return Stmt([f"{self.r.choice(self.vars[t])} = {self.expr(t)}"])
        return Stmt(["pass"])


    def ret(self, removable: bool = True) -> Stmt:
        if self.ret_t == "tuple":
            return Stmt([f"return ({self.expr('int', 2)}, {self.expr('float', 2)})"], removable=removable)
        return Stmt([f"return {self.expr(self.ret_t, 1)}"], removable=removable)


def arg_for(r: random.Random, t: str) -> str:
    if t == "int":
        v = r.choice(INT_EDGES) if r.random() < 0.5 else r.randint(-20, 20)
        return str(v)
    if t == "float":
        return repr(r.choice(FLOAT_ARGS) if r.random() < 0.6 else round(r.uniform(-100, 100), 3)).replace(
            "inf", "math.inf").replace("nan", "math.nan")
    if t == "bool":
        return r.choice(["True", "False"])
    if t == "complex":
        if r.random() < 0.3:
            return r.choice(COMPLEX_EDGES)
        return f"complex({arg_for(r, 'float')}, {arg_for(r, 'float')})"
    n = r.choice([0, 1, 2, 3, 5])
    if t == "int list":
        return "[" + ", ".join(str(r.choice(INT_EDGES[:10] + [r.randint(-9, 9)])) for _ in range(n)) + "]"
    if t == "float list":
        return "[" + ", ".join(arg_for(r, "float") for _ in range(n)) + "]"
    if t == "complex list":
        # now and then a real number among the complex ones (CPython keeps its type)
        return "[" + ", ".join(arg_for(r, "complex" if r.random() < 0.8 else r.choice(["float", "int"]))
                               for _ in range(n)) + "]"
    if t == "float[]":
        items = ", ".join(arg_for(r, "float") for _ in range(n))
        return f"np.array([{items}], dtype=np.float64)"
    if t == "complex[]":
        items = ", ".join(arg_for(r, "complex") for _ in range(n))
        return f"np.array([{items}], dtype=np.complex128)"
    raise ValueError(t)


def program(seed: int, name: str) -> Program:
    """The program of this seed, as function `name` (`pN`) with helper `hN`."""
    r = random.Random(seed)
    g = Gen(r, name)
    params = []
    for k in range(r.randint(1, 4)):
        t = r.choice(TYPES)
        v = f"a{k}"
        params.append((v, t))
        g.vars[t].append(v)
    helper: list[str] = []
    if r.random() < 0.4:
        pt, rt = r.choice(["int", "float", "complex"]), r.choice(["int", "float", "complex"])
        hg = Gen(r, name)
        hg.vars[pt].append("x")
        e = hg.expr(rt)
        helper = [f"def {g.helper_name()}(x):", f"    if {hg.expr('bool')}:", f"        return {hg.expr(rt)}",
                  f"    return {e}"]
        g.helper_sig = (pt, rt)
    decls: list[Stmt] = []
    for t, init in (("int", "0"), ("float", "0.0"), ("bool", "False"), ("complex", "0j")):
        for _ in range(r.randint(0, 2)):
            v = f"v{len(decls)}"
            decls.append(Stmt([f"{v} = {init}"], removable=False))
            g.vars[t].append(v)
    g.ret_t = r.choice(["int", "float", "bool", "tuple", "complex"])
    body = [g.stmt() for _ in range(r.randint(2, 8))]
    # the counters of `while` loops, declared before use
    decls += [Stmt([f"{w} = 0"], removable=False) for w in g.counters]
    ret = g.ret(removable=False)
    inputs = []
    for _ in range(4):
        inputs.append(", ".join(arg_for(r, t) for _, t in params))
    return Program(name, params, decls + body + [ret], helper, inputs)
