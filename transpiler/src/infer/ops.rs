//! Operators and calls of builtins and `math`: comparisons, `in`, arithmetic with Python's
//! promotion and numpy scalars' rules, the builtin and `math` functions.

use super::*;

impl FnCx<'_, '_> {
    /// `x in c`
    pub(super) fn check_in(&mut self, x: &Ty, c: &Ty, at: Span) {
        if *x == Ty::Unknown || *c == Ty::Unknown {
            return;
        }
        let ok = match c {
            Ty::Str => *x == Ty::Str,
            // (a str-or-number key only among such keys)
            Ty::Dict(k, _) | Ty::Set(k) => {
                k.join(x).is_some() && x.is_hashable() && (*x == Ty::StrNum) == (**k == Ty::StrNum)
            }
            // a list nothing is ever stored in (`queens(n, [], ...)`) is empty
            Ty::List(el) | Ty::VarTuple(el) | Ty::Iter(el) => {
                **el == Ty::Unknown || (el.is_number_like() && x.is_number_like()) || el.base() == x.base()
            }
            Ty::Tuple(items) => items.iter().all(|el| (el.is_numeric() && x.is_numeric()) || el.base() == x.base()),
            // `x in r` of a range object: ints by arithmetic (CPython compares other numbers
            // item by item)
            Ty::Range => matches!(x.base(), Ty::Int | Ty::Bool),
            // `x in a` of an array: numpy's `(a == x).any()` (real numbers; codegen `contains`)
            Ty::Array(e, _) => {
                e.kind() != crate::types::Kind::Complex
                    && !matches!(x, Ty::Num | Ty::NumNp)
                    && crate::types::Elem::of_scalar(x).is_some_and(|k| k.kind() != crate::types::Kind::Complex)
            }
            _ => false,
        };
        if !ok {
            self.error(Diagnostic::new(at, format!("`in` with a {x} and a {c} is not supported")));
        }
    }

    /// A tuple of any length and one of known length whose items have one type with it.
    fn tuples_meet(l: &Ty, r: &Ty) -> bool {
        matches!((l, r), (Ty::VarTuple(_), Ty::Tuple(_)) | (Ty::Tuple(_), Ty::VarTuple(_))) && l.join(r).is_some()
    }

    pub(super) fn check_compare(&mut self, op: CmpOp, l: &Ty, r: &Ty, at: Span) {
        if *l == Ty::Unknown || *r == Ty::Unknown {
            return;
        }
        let ok = match op {
            CmpOp::Is | CmpOp::IsNot => {
                *l == Ty::None
                    || *r == Ty::None
                    || (matches!(l, Ty::List(_) | Ty::Dict(..) | Ty::Set(_)) && l.base() == r.base())
            }
            CmpOp::Eq | CmpOp::NotEq if matches!(l, Ty::Opt(_)) || matches!(r, Ty::Opt(_)) => {
                // a value that may be None: compared as a value, or with None
                let strip = |t: &Ty| match t {
                    Ty::Opt(x) => (**x).clone(),
                    t => t.clone(),
                };
                if *l == Ty::None || *r == Ty::None {
                    true
                } else {
                    self.check_compare(op, &strip(l), &strip(r), at);
                    return;
                }
            }
            // a str-or-number against a str, a Python number or another such value (an
            // ordering of the other kind raises TypeError when the code runs)
            CmpOp::Eq | CmpOp::NotEq | CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE
                if *l == Ty::StrNum || *r == Ty::StrNum =>
            {
                let fits = |t: &Ty| matches!(t, Ty::Str | Ty::StrNum) || t.is_py_real();
                fits(l) && fits(r)
            }
            CmpOp::Eq | CmpOp::NotEq => {
                (l.is_number_like() && r.is_number_like()) || l.base() == r.base() || Self::tuples_meet(l, r)
            }
            CmpOp::In | CmpOp::NotIn => true,
            _ => {
                ((is_real(l) || l.is_num()) && (is_real(r) || r.is_num()))
                    // (a complex raises TypeError when the code runs, as in CPython)
                    || (*l == Ty::NumC && (r.is_py_real() || *r == Ty::NumC))
                    || (*r == Ty::NumC && l.is_py_real())
                    || (*l == Ty::Str && *r == Ty::Str)
                    || (matches!(l, Ty::Tuple(_) | Ty::List(_) | Ty::VarTuple(_)) && l.base() == r.base())
                    || Self::tuples_meet(l, r)
            }
        };
        if !ok {
            let what = match op {
                CmpOp::Is | CmpOp::IsNot => {
                    "`is` is only supported with None and between lists, dicts or sets".to_string()
                }
                _ => format!("comparing a {l} with a {r} is not supported"),
            };
            self.error(Diagnostic::new(at, what));
        }
    }

    /// The type of `l op r`: Python's rules on the values, and a numpy scalar when either
    /// operand is one (NEP 50: Python numbers are "weak" next to numpy scalars).
    pub(super) fn binop_type(&mut self, op: BinOp, l: &Ty, r: &Ty, rhs: &ir::Expr, at: Span) -> Ty {
        if *l == Ty::Unknown || *r == Ty::Unknown {
            return Ty::Unknown;
        }
        // (`fmt % x`: the str formats either kind)
        if (*l == Ty::StrNum || *r == Ty::StrNum) && !(op == BinOp::Mod && *l == Ty::Str) {
            return self.strnum_binop_type(op, l, r, rhs, at);
        }
        if matches!(l, Ty::Array(..)) || matches!(r, Ty::Array(..)) {
            return self.array_binop(op, l, r, at);
        }
        // numpy scalars of sized types: numpy's rules, as for 0-d arrays
        if l.sized().is_some() || r.sized().is_some() {
            return match self.array_binop(op, l, r, at) {
                Ty::Array(e, 0) => e.scalar(),
                t => t,
            };
        }
        if l.is_dyn_np() || r.is_dyn_np() {
            return self.numnp_binop_type(op, l, r, rhs, at);
        }
        if *l == Ty::NumC || *r == Ty::NumC {
            return self.numc_binop_type(op, l, r, at);
        }
        if *l == Ty::Num || *r == Ty::Num {
            return self.num_binop_type(op, l, r, rhs, at);
        }
        let np = l.is_np() || r.is_np();
        // numpy's arithmetic of two bools is logical (`+` or, `*` and), `-` raises, `//` `%`
        // `**` give int8: not Python's ints
        let bools = matches!((l, r), (Ty::NpBool, Ty::Bool | Ty::NpBool) | (Ty::Bool, Ty::NpBool));
        if bools && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow) {
            self.error(
                Diagnostic::new(
                    at,
                    format!(
                        "`{}` of two bools where one is a numpy.bool_ follows numpy's bool rules (`+` is `or`, `-` raises): not supported",
                        op.symbol()
                    ),
                )
                .help("convert with int(...) for arithmetic, or use `|`, `&`, `^`"),
            );
            return Ty::Unknown;
        }
        let t = self.binop_type_base(op, &l.base(), &r.base(), rhs, at, np);
        match t {
            Ty::Bool if np => Ty::NpBool,
            t if np && t.is_numeric() => t.to_np(),
            t => t,
        }
    }

    /// `l op r` where one operand may also be a numpy int64 or float64 ([`Ty::NumNp`]): with a
    /// numpy float or complex the result is one (whatever the number is), with another real
    /// number the operation dispatches when the code runs (numpy's rules if either operand
    /// is a numpy scalar then, Python's otherwise).
    fn numnp_binop_type(&mut self, op: BinOp, l: &Ty, r: &Ty, rhs: &ir::Expr, at: Span) -> Ty {
        let (dynamic, other) = if l.is_dyn_np() { (l, r) } else { (r, l) };
        let arith =
            matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow);
        let bits = matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift);
        if *dynamic == Ty::IntNp {
            // a Python int or a numpy int64 with a numpy scalar: numpy converts the Python int
            // as it would the numpy int64, so the result is what the int gives
            if matches!(other, Ty::NpInt | Ty::NpFloat | Ty::NpComplex | Ty::NpBool) {
                let (l, r) = if l.is_dyn_np() { (&Ty::Int, r) } else { (l, &Ty::Int) };
                return self.binop_type(op, l, r, rhs, at);
            }
            // with a Python int or bool (or another such value): an int of either kind
            let int_ops = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod) || bits;
            if int_ops && matches!(other, Ty::Bool | Ty::Int | Ty::IntNp) {
                return Ty::IntNp;
            }
        }
        if arith {
            match other {
                Ty::NpFloat => return Ty::NpFloat,
                Ty::NpComplex if !matches!(op, BinOp::FloorDiv | BinOp::Mod) => return Ty::NpComplex,
                // (a numpy.bool_ computes as a numpy int64 0 or 1 here: the other is a Python
                // int or float, or a numpy int64 or float64, at that point)
                Ty::Bool | Ty::Int | Ty::Float | Ty::Num | Ty::NumNp | Ty::IntNp | Ty::NpInt | Ty::NpBool => {
                    return Ty::NumNp
                }
                _ => {}
            }
        }
        // bits of ints (a float raises TypeError when the code runs, as in CPython)
        if bits && matches!(other, Ty::Bool | Ty::Int | Ty::Num | Ty::NumNp | Ty::IntNp | Ty::NpInt | Ty::NpBool) {
            return Ty::NumNp;
        }
        self.error(
            Diagnostic::new(
                at,
                format!(
                    "unsupported operand types for {}: {l} and {r} (a value that is a numpy scalar or a Python number depending on the run mixes with real numbers only, in arithmetic)",
                    op.symbol()
                ),
            )
            .help("give the variable one type on every path, e.g. `float(a[i])` or `np.float64(0.0)`"),
        );
        Ty::Unknown
    }

    /// `l op r` where one operand is a bool, an int, a float or a complex depending on the run
    /// ([`Ty::NumC`]), the other a Python number: with a complex the result is surely a
    /// complex (`+ - * / **`; `//` and `%` of a complex are refused, as CPython raises), else
    /// it is one of the four too (a complex raises TypeError at `//`, `%` when the code runs).
    fn numc_binop_type(&mut self, op: BinOp, l: &Ty, r: &Ty, at: Span) -> Ty {
        let other = if *l == Ty::NumC { r } else { l };
        let arith = matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow);
        if other.is_py_number() {
            match op {
                _ if arith && *other == Ty::Complex => return Ty::Complex,
                _ if arith => return Ty::NumC,
                BinOp::FloorDiv | BinOp::Mod if *other != Ty::Complex => return Ty::NumC,
                _ => {}
            }
        }
        self.error(Diagnostic::new(
            at,
            format!(
                "unsupported operand types for {}: {l} and {r} (a value that is a real number or a complex depending on the run mixes with Python numbers only, in arithmetic)",
                op.symbol()
            ),
        ));
        Ty::Unknown
    }

    /// `l op r` where one operand is a bool, an int or a float depending on the run
    /// ([`Ty::Num`]): a float operand makes a float, else the result is one of the three too.
    fn num_binop_type(&mut self, op: BinOp, l: &Ty, r: &Ty, rhs: &ir::Expr, at: Span) -> Ty {
        let float = *l == Ty::Float || *r == Ty::Float;
        if l.is_py_real() && r.is_py_real() {
            return match op {
                BinOp::Div => Ty::Float,
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow if float => Ty::Float,
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => Ty::Num,
                // a float operand raises TypeError when the code runs
                BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift => Ty::Int,
            };
        }
        // with a Python complex, a numpy float or complex: the result's type does not depend
        // on whether the number is an int or a float
        let other = if *l == Ty::Num { r } else { l };
        if matches!(other, Ty::Complex | Ty::NpFloat | Ty::NpComplex) {
            let (a, b) = if *l == Ty::Num { (&Ty::Float, r) } else { (l, &Ty::Float) };
            return self.binop_type(op, a, b, rhs, at);
        }
        self.error(Diagnostic::new(
            at,
            format!(
                "unsupported operand types for {}: {l} and {r} (a value that is an int or a float depending on                  the run mixes with Python numbers only)",
                op.symbol()
            ),
        ));
        Ty::Unknown
    }

    pub(super) fn binop_type_base(&mut self, op: BinOp, l: &Ty, r: &Ty, rhs: &ir::Expr, at: Span, np: bool) -> Ty {
        if *l == Ty::Unknown || *r == Ty::Unknown {
            return Ty::Unknown;
        }
        let top = l.numeric_rank().max(r.numeric_rank());
        let both_numeric = l.is_numeric() && r.is_numeric();
        let arith = |rank: Option<u8>| match rank {
            Some(0) | Some(1) => Ty::Int,
            Some(2) => Ty::Float,
            _ => Ty::Complex,
        };
        match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul if both_numeric => return arith(top),
            BinOp::Div if both_numeric => return if top == Some(3) { Ty::Complex } else { Ty::Float },
            BinOp::FloorDiv | BinOp::Mod if both_numeric && top != Some(3) => return arith(top),
            BinOp::Pow if both_numeric => {
                return match top {
                    Some(0) | Some(1) => {
                        if negative_int_constant(rhs) && !np {
                            Ty::Float
                        } else if np || matches!(rhs.kind, ExprKind::Int(k) if k >= 0) || *r == Ty::Bool {
                            Ty::Int
                        } else {
                            // an int to a negative int power is a float
                            Ty::Num
                        }
                    }
                    Some(2) => Ty::Float,
                    _ => Ty::Complex,
                };
            }
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if *l == Ty::Bool && *r == Ty::Bool => return Ty::Bool,
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift
                if is_int_like(l) && is_int_like(r) =>
            {
                return Ty::Int
            }
            BinOp::Add => {
                if let (Ty::List(a), Ty::List(b)) = (l, r) {
                    if let Some(j) = a.join(b) {
                        return Ty::List(Box::new(j));
                    }
                }
                if let (Ty::Tuple(a), Ty::Tuple(b)) = (l, r) {
                    return Ty::Tuple(a.iter().chain(b).cloned().collect());
                }
                if matches!((l, r), (Ty::VarTuple(_), Ty::VarTuple(_) | Ty::Tuple(_)) | (Ty::Tuple(_), Ty::VarTuple(_)))
                {
                    if let Some(j) = l.join(r) {
                        return j;
                    }
                }
            }
            BinOp::Mul => match (l, r) {
                (Ty::List(_) | Ty::Str, t) if is_int_like(t) => return l.clone(),
                (t, Ty::List(_) | Ty::Str) if is_int_like(t) => return r.clone(),
                _ => {}
            },
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Sub => {
                if let (Ty::Set(a), Ty::Set(b)) = (l, r) {
                    if let Some(j) = a.join(b) {
                        return Ty::Set(Box::new(j));
                    }
                }
            }
            _ => {}
        }
        if let (BinOp::Add, Ty::Str, Ty::Str) = (op, l, r) {
            return Ty::Str;
        }
        // printf-style `fmt % args`
        if let (BinOp::Mod, Ty::Str) = (op, l) {
            if formattable(r) {
                return Ty::Str;
            }
        }
        let msg = if top == Some(3) && matches!(op, BinOp::FloorDiv | BinOp::Mod) {
            format!("can't take floor or mod of complex numbers (`{}`)", op.symbol())
        } else {
            format!("unsupported operand types for {}: {l} and {r}", op.symbol())
        };
        self.error(Diagnostic::new(at, msg));
        Ty::Unknown
    }

    pub(super) fn intrinsic_type(&mut self, i: Intrinsic, ts: &[Ty], args: &[ir::Expr], at: Span) -> Ty {
        if ts.contains(&Ty::Unknown) {
            return Ty::Unknown;
        }
        let name = i.python_name();
        let arity = |cx: &mut Self, lo: usize, hi: usize| -> bool {
            if ts.len() < lo || ts.len() > hi {
                let want = if lo == hi { lo.to_string() } else { format!("{lo} to {hi}") };
                cx.error(Diagnostic::new(at, format!("{name}() takes {want} argument(s), {} given", ts.len())));
                false
            } else {
                true
            }
        };
        let reals = |cx: &mut Self| -> bool {
            for (t, a) in ts.iter().zip(args) {
                if !is_real(t) && !t.is_num() {
                    cx.error(Diagnostic::new(
                        a.span,
                        format!("{}() needs a real number here, not {t}", i.python_name()),
                    ));
                    return false;
                }
            }
            true
        };
        match i {
            Intrinsic::Builtin(b) => {
                match b {
                    B::Abs => {
                        if !arity(self, 1, 1) {
                            return Ty::Unknown;
                        }
                        match &ts[0] {
                            Ty::Bool | Ty::Int => Ty::Int,
                            Ty::Num | Ty::NumC => Ty::Num,
                            Ty::NumNp => Ty::NumNp,
                            Ty::IntNp => Ty::IntNp,
                            Ty::Float | Ty::Complex => Ty::Float,
                            Ty::NpInt => Ty::NpInt,
                            Ty::NpFloat | Ty::NpComplex => Ty::NpFloat,
                            Ty::NpSized(Elem::Complex64) => Ty::NpSized(Elem::Float32),
                            Ty::NpSized(e) if matches!(e.kind(), Kind::Int | Kind::Float) && *e != Elem::UInt64 => {
                                Ty::NpSized(*e)
                            }
                            t => {
                                self.error(Diagnostic::new(at, format!("bad operand type for abs(): {t}")));
                                Ty::Unknown
                            }
                        }
                    }
                    B::Min | B::Max => {
                        if ts.len() == 1 {
                            if let Ty::List(el) = &ts[0] {
                                if is_real(el) || el.is_num() {
                                    return (**el).clone();
                                }
                            }
                            self.error(Diagnostic::new(at, format!("{b}() of one argument needs a list of numbers")));
                            return Ty::Unknown;
                        }
                        if !arity(self, 2, 64) || !reals(self) {
                            return Ty::Unknown;
                        }
                        let first = ts[0].base();
                        let np_mix = ts.iter().skip(1).try_fold(ts[0].clone(), |acc, t| {
                            if acc == *t {
                                Some(acc)
                            } else {
                                Ty::join_np(&acc, t)
                            }
                        });
                        if let Some(t) = np_mix.filter(Ty::is_dyn_np) {
                            // numpy scalars with Python numbers: one of them, unchanged
                            t
                        } else if ts.iter().all(|t| t.base() == first) {
                            ts.iter().fold(Ty::Unknown, |acc, t| acc.join(t).unwrap_or(acc))
                        } else if ts.iter().all(Ty::is_py_real) {
                            // one of the arguments, unchanged: its type is known when the code runs
                            Ty::Num
                        } else {
                            self.error(
                            Diagnostic::new(at, format!("{b}() of {}: CPython returns one of the arguments unchanged, so the result type would depend on the values", ts.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(" and ")))
                                .help(format!("give all arguments the same type, e.g. {b}(float(a), b)")),
                        );
                            Ty::Unknown
                        }
                    }
                    B::Len => {
                        if !arity(self, 1, 1) {
                            return Ty::Unknown;
                        }
                        match &ts[0] {
                            Ty::List(_) | Ty::VarTuple(_) | Ty::Array(..) | Ty::Tuple(_) => Ty::Int,
                            t => {
                                self.error(Diagnostic::new(at, format!("object of type {t} has no len()")));
                                Ty::Unknown
                            }
                        }
                    }
                    // (a number that may be complex: TypeError when the code runs if it is one)
                    B::Int | B::Float if ts.len() == 1 && ts[0] == Ty::NumC => {
                        if b == B::Int {
                            Ty::Int
                        } else {
                            Ty::Float
                        }
                    }
                    B::Int => {
                        if !arity(self, 0, 1) || !reals(self) {
                            return Ty::Unknown;
                        }
                        Ty::Int
                    }
                    B::Float => {
                        if !arity(self, 0, 1) || !reals(self) {
                            return Ty::Unknown;
                        }
                        Ty::Float
                    }
                    B::Bool => {
                        if !arity(self, 0, 1) {
                            return Ty::Unknown;
                        }
                        if let Some(t) = ts.first() {
                            self.check_truth(t, at);
                        }
                        Ty::Bool
                    }
                    B::Complex => {
                        if !arity(self, 0, 2) {
                            return Ty::Unknown;
                        }
                        let ok = |t: &Ty| t.is_numeric() || t.is_num();
                        let one_numc = ts.len() == 1 && ts[0] == Ty::NumC;
                        if !one_numc && ts.iter().any(|t| !ok(t)) {
                            self.error(Diagnostic::new(at, "complex() arguments must be numbers"));
                            return Ty::Unknown;
                        }
                        Ty::Complex
                    }
                    B::Round => {
                        if !arity(self, 1, 2) || !reals(self) {
                            return Ty::Unknown;
                        }
                        match (&ts[0].base(), ts.len()) {
                            (Ty::Float | Ty::Num | Ty::NumNp | Ty::IntNp, 1) => Ty::Int,
                            (Ty::Float, _) => ts[0].clone(),
                            (Ty::Num, _) => Ty::Num,
                            (Ty::NumNp, _) => Ty::NumNp,
                            (Ty::IntNp, _) => Ty::IntNp,
                            _ => Ty::Int,
                        }
                    }
                    B::Divmod => {
                        if !arity(self, 2, 2) || !reals(self) {
                            return Ty::Unknown;
                        }
                        if ts.iter().any(Ty::is_num) {
                            self.error(Diagnostic::new(at, "divmod() of a number that is an int or a float depending on the run is not supported yet"));
                            return Ty::Unknown;
                        }
                        let t = if ts.iter().all(is_int_like) { Ty::Int } else { Ty::Float };
                        let t = if ts.iter().any(Ty::is_np) { t.to_np() } else { t };
                        Ty::Tuple(vec![t.clone(), t])
                    }
                    B::Pow => {
                        if !arity(self, 2, 2) {
                            return Ty::Unknown;
                        }
                        self.binop_type(BinOp::Pow, &ts[0], &ts[1], &args[1], at)
                    }
                    _ => {
                        self.error(Diagnostic::new(at, format!("{b}() is not supported here")));
                        Ty::Unknown
                    }
                }
            }
            Intrinsic::Math(f @ (M::Factorial | M::Gcd | M::Lcm | M::Comb | M::Perm | M::Isqrt)) => {
                let n = match f {
                    M::Gcd | M::Lcm => (0, usize::MAX),
                    M::Comb => (2, 2),
                    M::Perm => (1, 2),
                    _ => (1, 1),
                };
                if !arity(self, n.0, n.1) {
                    return Ty::Unknown;
                }
                for (t, a) in ts.iter().zip(args) {
                    if !is_int_like(t) && *t != Ty::Unknown {
                        self.error(Diagnostic::new(
                            a.span,
                            format!("math.{f}() takes ints (CPython raises TypeError for a {t})"),
                        ));
                    }
                }
                Ty::Int
            }
            Intrinsic::Math(f) => {
                let n = match f {
                    M::Atan2 | M::Hypot | M::Copysign | M::Fmod | M::Pow => (2, 2),
                    M::Log => (1, 2),
                    _ => (1, 1),
                };
                if !arity(self, n.0, n.1) || !reals(self) {
                    return Ty::Unknown;
                }
                match f {
                    M::Floor | M::Ceil | M::Trunc => Ty::Int,
                    M::Isnan | M::Isinf | M::Isfinite => Ty::Bool,
                    _ => Ty::Float,
                }
            }
            Intrinsic::Numpy(f) => {
                let pairwise = matches!(f, N::Minimum | N::Maximum | N::Fmod);
                let n = if matches!(f, N::Arctan2 | N::Hypot) || pairwise { 2 } else { 1 };
                if !arity(self, n, n) {
                    return Ty::Unknown;
                }
                // (a number that may be a numpy scalar: as the float it is converted to, where
                // the result is a float64 whatever the argument)
                if ts.iter().any(|t| (pairwise || !t.is_dyn_np()) && !is_real(t)) {
                    self.error(Diagnostic::new(
                        at,
                        format!("numpy.{f} of a complex or sized scalar is not supported yet (arrays are)"),
                    ));
                    return Ty::Unknown;
                }
                // `np.maximum(3, 5)`: numpy's int64 for ints (a bool pair would be numpy.bool_)
                if pairwise && ts.iter().all(|t| matches!(t.base(), Ty::Int | Ty::Bool)) {
                    if ts.iter().all(|t| t.base() == Ty::Bool) {
                        self.error(Diagnostic::new(at, format!("numpy.{f} of two bools is not supported yet")));
                        return Ty::Unknown;
                    }
                    return Ty::NpInt;
                }
                Ty::NpFloat
            }
        }
    }
}
