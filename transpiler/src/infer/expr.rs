//! Expressions: the type of every expression of an instance, recorded by id.

use super::*;

impl FnCx<'_, '_> {
    /// The item type of a list or set display: the join of its items (`None` after an error).
    pub(super) fn join_items(&mut self, items: &[ir::Expr], what: &str) -> Option<Ty> {
        let mut acc = Ty::Unknown;
        for x in items {
            let t = self.expr(x);
            match acc.join_elem(&t).or_else(|| Ty::tuples_of_lengths(&acc, &t)) {
                Some(j) => acc = j,
                None => {
                    self.error(Diagnostic::new(
                        x.span,
                        format!("a {what} holding both {acc} and {t} is not supported"),
                    ));
                    return None;
                }
            }
        }
        Some(acc)
    }

    /// A dict key (or set element) of type `t` where keys of type `k` are stored.
    pub(super) fn check_key(&mut self, k: &Ty, t: &Ty, at: Span) {
        if *t == Ty::Unknown || *k == Ty::Unknown {
            return;
        }
        let ok = k.join(t).map(|j| j.base() == k.base()).unwrap_or(false);
        if !ok {
            self.error(Diagnostic::new(at, format!("a key of type {t} in a container with keys of type {k}")));
        }
    }

    /// `d[k].append(x)` / `rows[i].append(x)` where the items are lists of a narrower (or
    /// unknown) type: the local container's item type widens to lists of `j`.
    pub(super) fn widen_item_list(&mut self, receiver: &ir::Expr, j: &Ty, at: Span) -> bool {
        // `d[k].append(x)`, `d.setdefault(k, []).append(x)` (grouping into a dict of lists)
        let c = match &receiver.kind {
            ExprKind::Subscript(c, _) => c,
            ExprKind::CallMethod { receiver: c, method: Method::Setdefault, .. }
                if matches!(self.expr_types[c.id.0 as usize], Ty::Dict(..)) =>
            {
                c
            }
            _ => return false,
        };
        let ExprKind::Local(n) = &c.kind else { return false };
        if self.fixed_param(n) {
            return false;
        }
        let widened = match self.locals.get(n) {
            Some(Ty::Dict(k, v)) if matches!(**v, Ty::List(_)) => {
                Ty::Dict(k.clone(), Box::new(Ty::List(Box::new(j.clone()))))
            }
            Some(Ty::List(v)) if matches!(**v, Ty::List(_)) => Ty::List(Box::new(Ty::List(Box::new(j.clone())))),
            _ => return false,
        };
        let n = n.clone();
        self.assign_local(&n, widened, at);
        true
    }

    /// A value that may be None (`Ty::Opt`) used where None raises TypeError: the value's
    /// type, the check recorded for codegen.
    pub(super) fn unwrap_opt(&mut self, e: &ir::Expr, t: Ty, msg: &'static str) -> Ty {
        match t {
            Ty::Opt(inner) if !matches!(*inner, Ty::Array(..)) => {
                self.expr_types[e.id.0 as usize] = (*inner).clone();
                self.unwraps.insert(e.id, msg);
                *inner
            }
            t => t,
        }
    }

    /// A list or tuple of numbers next to an array in an operation (`(1, 0, 1) == a`): numpy
    /// makes it an array, and so does the next round of inference (see `as_array`).
    pub(super) fn array_like(&mut self, e: &ir::Expr, t: Ty, other: &Ty) -> Ty {
        if !matches!(other, Ty::Array(..)) {
            return t;
        }
        let item = match &t {
            Ty::List(x) => Some((**x).clone()),
            Ty::Tuple(xs) if !xs.is_empty() && xs.iter().all(|x| *x == xs[0]) => Some(xs[0].clone()),
            _ => None,
        };
        match item.filter(|x| !x.is_np()).and_then(|x| Elem::of_scalar(&x)) {
            Some(el) => {
                self.as_array(e);
                Ty::Array(el, 1)
            }
            None => t,
        }
    }

    pub(super) fn subscript_type(&mut self, value: &ir::Expr, index: &ir::Expr, at: Span) -> Ty {
        if is_flat(value) {
            return self.flat_subscript(value, index).1;
        }
        let c = self.expr(value);
        if let Ty::Flat(..) = c {
            return self.flat_subscript(value, index).1;
        }
        let c = self.unwrap_opt(value, c, "'NoneType' object is not subscriptable");
        let it = self.expr(index);
        match &c {
            Ty::Array(el, n) => self.array_subscript(*el, *n, index, &it),
            Ty::List(_) | Ty::VarTuple(_) | Ty::Str if it == Ty::Slice => c.clone(),
            Ty::VarTuple(el) => {
                if !is_int_like(&it) && it != Ty::Unknown {
                    self.error(Diagnostic::new(index.span, format!("tuple indices must be integers, not {it}")));
                }
                (**el).clone()
            }
            Ty::List(el) => {
                if !is_int_like(&it) && it != Ty::Unknown {
                    self.error(Diagnostic::new(index.span, format!("list indices must be integers, not {it}")));
                }
                (**el).clone()
            }
            Ty::Str => {
                if !is_int_like(&it) && it != Ty::Unknown {
                    self.error(Diagnostic::new(index.span, format!("string indices must be integers, not {it}")));
                }
                Ty::Str
            }
            // `r[a:b:c]` is a range (CPython's `compute_slice`)
            Ty::Range if it == Ty::Slice => Ty::Range,
            Ty::Range => {
                if !matches!(it.base(), Ty::Int | Ty::Bool) && it != Ty::Unknown {
                    self.error(Diagnostic::new(index.span, format!("range indices must be integers, not {it}")));
                }
                Ty::Int
            }
            Ty::Dict(k, v) => {
                let (k, v) = ((**k).clone(), (**v).clone());
                self.check_key(&k, &it, index.span);
                v
            }
            Ty::Tuple(items) => match const_index(index) {
                Some(k) => {
                    let n = items.len() as i64;
                    let j = if k < 0 { k + n } else { k };
                    if j < 0 || j >= n {
                        self.error(Diagnostic::new(
                            index.span,
                            format!("tuple index {k} out of range for a tuple of {n}"),
                        ));
                        Ty::Unknown
                    } else {
                        items[j as usize].clone()
                    }
                }
                None => {
                    let first = items.first().cloned().unwrap_or(Ty::Unknown);
                    if items.iter().all(|t| *t == first) && !items.is_empty() {
                        first
                    } else {
                        self.error(Diagnostic::new(
                            index.span,
                            "indexing a tuple of mixed types needs a constant index",
                        ));
                        Ty::Unknown
                    }
                }
            },
            Ty::Unknown => Ty::Unknown,
            other => {
                self.error(Diagnostic::new(at, format!("a {other} cannot be indexed")));
                Ty::Unknown
            }
        }
    }

    pub(super) fn expr(&mut self, e: &ir::Expr) -> Ty {
        let t = self.expr_inner(e);
        self.expr_types[e.id.0 as usize] = t.clone();
        t
    }

    /// A condition (`if`, `while`, `assert`, `x if c else y`, a comprehension's `if`, the
    /// operand of `not`): only its truth is used, so the operands of `and`/`or` in it may
    /// have different types (`if s and n:` with a str and an int). Checks the truth test.
    pub(super) fn condition(&mut self, e: &ir::Expr) -> Ty {
        if let ExprKind::Compare(first, rest) = &e.kind {
            let t = self.compare_type(e, first, rest, true);
            self.expr_types[e.id.0 as usize] = t.clone();
            return t;
        }
        let ExprKind::BoolOp(_, values) = &e.kind else {
            let t = self.expr(e);
            self.check_truth(&t, e.span);
            return t;
        };
        for v in values {
            self.condition(v);
        }
        self.expr_types[e.id.0 as usize] = Ty::Bool;
        Ty::Bool
    }

    pub(super) fn expr_inner(&mut self, e: &ir::Expr) -> Ty {
        match &e.kind {
            ExprKind::Global(name) => self.global_type(name),
            ExprKind::SetGlobal(name, value) => {
                let t = self.expr(value);
                let vt = self.global_type(name);
                if !t.unresolved() && !vt.unresolved() && t != vt {
                    self.error(Diagnostic::new(
                        e.span,
                        format!(
                            "module variable `{name}` holds {} (the type of its value at module level); \
                             this assigns {}: compiled code keeps one type per module variable",
                            vt.with_article(),
                            t.with_article()
                        ),
                    ));
                }
                Ty::None
            }
            ExprKind::Int(_) => Ty::Int,
            ExprKind::Str(_) => Ty::Str,
            ExprKind::FString(parts) => {
                for p in parts {
                    if let ir::FPart::Value { expr, .. } = p {
                        let t = self.expr(expr);
                        if !formattable(&t) {
                            self.error(Diagnostic::new(
                                expr.span,
                                format!("formatting a {t} in an f-string is not supported"),
                            ));
                        }
                    }
                }
                Ty::Str
            }
            ExprKind::Set(items) => {
                let Some(acc) = self.join_items(items, "set") else { return Ty::Unknown };
                if !acc.is_hashable() {
                    self.error(Diagnostic::new(
                        e.span,
                        format!("sets of {acc} are not supported (elements: int, bool, str or tuples of them)"),
                    ));
                }
                Ty::Set(Box::new(acc))
            }
            ExprKind::Dict(items) => {
                let (mut kacc, mut vacc) = (Ty::Unknown, Ty::Unknown);
                for (k, v) in items {
                    let kt = self.expr(k);
                    let vt = self.expr(v);
                    match (kacc.join(&kt), vacc.join(&vt)) {
                        (Some(a), Some(b)) => {
                            kacc = a;
                            vacc = b;
                        }
                        _ => {
                            self.error(Diagnostic::new(
                                k.span,
                                format!("a dict mixing {kacc}:{vacc} and {kt}:{vt} items is not supported"),
                            ));
                            return Ty::Unknown;
                        }
                    }
                }
                if !kacc.is_hashable() {
                    self.error(Diagnostic::new(
                        e.span,
                        format!("dict keys of type {kacc} are not supported (keys: int, bool, float, str or tuples of them)"),
                    ));
                }
                Ty::Dict(Box::new(kacc), Box::new(vacc))
            }
            ExprKind::Comp { kind, elt, value, gens } => {
                for (k, g) in gens.iter().enumerate() {
                    let el = self.for_iter_elem(&g.iter);
                    // over an empty tuple: nothing
                    if k == 0 && self.empty_tuple_loop(&g.iter) {
                        return match kind {
                            ir::CompKind::List => Ty::List(Box::new(Ty::Unknown)),
                            ir::CompKind::Set => Ty::Set(Box::new(Ty::Unknown)),
                            ir::CompKind::Dict => Ty::Dict(Box::new(Ty::Unknown), Box::new(Ty::Unknown)),
                            ir::CompKind::Any | ir::CompKind::All => Ty::Bool,
                        };
                    }
                    self.assign(&g.target, el, g.target.span());
                    for c in &g.ifs {
                        self.condition(c);
                    }
                }
                if matches!(kind, ir::CompKind::Any | ir::CompKind::All) {
                    self.condition(elt);
                    return Ty::Bool;
                }
                let et = self.expr(elt);
                match kind {
                    ir::CompKind::Any | ir::CompKind::All => unreachable!("returned above"),
                    ir::CompKind::List => {
                        if matches!(et, Ty::Array(..)) {
                            self.error(Diagnostic::new(elt.span, "lists of arrays are not supported yet"));
                        }
                        Ty::List(Box::new(et))
                    }
                    ir::CompKind::Set => {
                        if !et.is_hashable() {
                            self.error(Diagnostic::new(elt.span, format!("sets of {et} are not supported")));
                        }
                        Ty::Set(Box::new(et))
                    }
                    ir::CompKind::Dict => {
                        let vt = value.as_ref().map(|v| self.expr(v)).unwrap_or(Ty::Unknown);
                        if !et.is_hashable() {
                            self.error(Diagnostic::new(elt.span, format!("dict keys of type {et} are not supported")));
                        }
                        Ty::Dict(Box::new(et), Box::new(vt))
                    }
                }
            }
            ExprKind::FuncRef(name, caps) => {
                let caps: Vec<Ty> = caps.iter().map(|c| self.expr(c)).collect();
                Ty::Func(name.clone(), caps)
            }
            ExprKind::Float(_) => Ty::Float,
            ExprKind::Imag(_) => Ty::Complex,
            ExprKind::Bool(_) => Ty::Bool,
            ExprKind::None => Ty::None,
            ExprKind::Local(n) => match self.locals.get(n) {
                Some(t) => t.clone(),
                None => {
                    self.error(Diagnostic::new(e.span, format!("`{n}` is used before it is assigned")));
                    Ty::Unknown
                }
            },
            ExprKind::Const(Constant::NewAxis) => Ty::None,
            ExprKind::Const(_) => Ty::Float,
            ExprKind::BinOp(op, l, r) => {
                let lt = self.expr(l);
                let lt = self.unwrap_opt(l, lt, "unsupported operand type(s): 'NoneType'");
                let rt = self.expr(r);
                let rt = self.unwrap_opt(r, rt, "unsupported operand type(s): 'NoneType'");
                let (lt, rt) = (self.array_like(l, lt.clone(), &rt), self.array_like(r, rt.clone(), &lt));
                self.binop_type(*op, &lt, &rt, r, e.span)
            }
            ExprKind::Unary(UnaryOp::Not, x) if matches!(x.kind, ExprKind::BoolOp(..) | ExprKind::Compare(..)) => {
                self.condition(x);
                Ty::Bool
            }
            ExprKind::Unary(op, x) => {
                let t = self.expr(x);
                match (op, &t) {
                    (_, Ty::Unknown) => Ty::Unknown,
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Array(Elem::Bool, _)) => {
                        self.error(Diagnostic::new(
                            e.span,
                            "unary `-`/`+` of a bool array is not supported by numpy: use `~`",
                        ));
                        Ty::Unknown
                    }
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Array(..)) => t.clone(),
                    (UnaryOp::Invert, Ty::Array(e, _)) if e.kind() <= crate::types::Kind::Int => t.clone(),
                    (UnaryOp::Not, _) => {
                        self.check_truth(&t, x.span);
                        Ty::Bool
                    }
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::NpBool) => {
                        self.error(Diagnostic::new(
                            e.span,
                            "unary `-`/`+` of a numpy.bool_ raises TypeError in numpy: use `~` or `not`",
                        ));
                        Ty::Unknown
                    }
                    (UnaryOp::Invert, Ty::NpBool) => Ty::NpBool,
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Bool) => Ty::Int,
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Num | Ty::StrNum) => Ty::Num,
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::NumC) => Ty::NumC,
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::NumNp) => Ty::NumNp,
                    (UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, Ty::IntNp) => Ty::IntNp,
                    (UnaryOp::Invert, Ty::Num) => Ty::Int,
                    (UnaryOp::Neg | UnaryOp::Pos, t) if t.is_numeric() => t.clone(),
                    (UnaryOp::Invert, Ty::Bool | Ty::Int) => Ty::Int,
                    (UnaryOp::Invert, Ty::NpInt) => Ty::NpInt,
                    (UnaryOp::Invert, Ty::NpSized(e)) if e.kind() == crate::types::Kind::Int => t.clone(),
                    (op, t) => {
                        let sym = match op {
                            UnaryOp::Neg => "-",
                            UnaryOp::Pos => "+",
                            UnaryOp::Invert => "~",
                            UnaryOp::Not => "not",
                        };
                        self.error(Diagnostic::new(e.span, format!("bad operand type for unary {sym}: {t}")));
                        Ty::Unknown
                    }
                }
            }
            ExprKind::BoolOp(op, values) => {
                for v in values {
                    let t = self.expr(v);
                    self.check_truth(&t, v.span);
                }
                // Python gives the deciding operand: with `or` a true one (or the last), with
                // `and` a false one (or the last) — so `n <= 1 and 1 or f(n)` is an int
                let deciding = *op == crate::ir::BoolOp::Or;
                let (last, init) = values.split_last().expect("a boolean operation has operands");
                let types = |e: &ir::Expr| self.expr_types[e.id.0 as usize].clone();
                let parts = init.iter().map(|v| (v, bool_part(v, deciding, &types))).chain([(last, Some(types(last)))]);
                let mut acc = Ty::Unknown;
                for (v, t) in parts.collect::<Vec<_>>() {
                    let Some(t) = t else { continue };
                    match acc.join(&t) {
                        Some(j) => acc = j,
                        None => {
                            self.error(Diagnostic::new(
                                v.span,
                                format!(
                                    "`and`/`or` between a {acc} and a {t}: the result type would depend on the values"
                                ),
                            ));
                            return Ty::Unknown;
                        }
                    }
                }
                acc
            }
            ExprKind::Compare(first, rest) => self.compare_type(e, first, rest, false),
            ExprKind::IfExp { test, body, orelse } => {
                self.condition(test);
                let a = self.expr(body);
                let b = self.expr(orelse);
                // `v if c else None`: the value or None
                match a.join_result(&b) {
                    Some(j) => j,
                    // a str in one branch, a number in the other: a str-or-number value
                    None if a.join_str_num(&b).is_some() => a.join_str_num(&b).unwrap_or(Ty::Unknown),
                    None if matches!(a, Ty::Func(..) | Ty::Funcs(_)) && matches!(b, Ty::Func(..) | Ty::Funcs(_)) => {
                        self.error(Diagnostic::new(
                            e.span,
                            format!(
                                "the two branches give a {a} and a {b}: one value holds one of several \
                                 functions only if none of them captures variables (pass the captured values \
                                 as arguments instead)"
                            ),
                        ));
                        Ty::Unknown
                    }
                    None => {
                        self.error(Diagnostic::new(e.span, format!("the two branches give a {a} and a {b}")));
                        Ty::Unknown
                    }
                }
            }
            ExprKind::CallIntrinsic(i, args) => self.call_intrinsic_type(e, i, args),
            ExprKind::CallUser(name, args) => self.call_user_type(e, name, args),
            ExprKind::CallValue(f, args) => {
                let ft = self.expr(f);
                let mut ts: Vec<Ty> = Vec::new();
                let mut unknown = false;
                let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
                for a in args {
                    let t = self.expr(a);
                    match (&a.kind, t) {
                        (ExprKind::Starred(_), Ty::Tuple(items)) => ts.extend(items),
                        (ExprKind::Starred(_), Ty::Unknown) => unknown = true,
                        (ExprKind::Starred(_), t) => {
                            self.error(Diagnostic::new(
                                a.span,
                                format!("`*` of a {t} in a call: pyrs spreads tuples only (their length is known)"),
                            ));
                            unknown = true;
                        }
                        (_, t) => ts.push(t),
                    }
                }
                match ft {
                    _ if unknown => Ty::Unknown,
                    Ty::Unknown => Ty::Unknown,
                    Ty::Func(name, caps) => match self.func_value_instance(e.span, &name, &caps, ts.clone()) {
                        Some(i) => {
                            if !starred {
                                self.refine_empty_args(&name, i, args, &ts);
                            }
                            self.inf.instances[i].ret.clone()
                        }
                        None => Ty::Unknown,
                    },
                    // one of several functions: each is called with these arguments, and
                    // the result is the join of theirs
                    Ty::Funcs(names) => {
                        let mut ret = Ty::Unknown;
                        for n in &names {
                            let Some(i) = self.func_value_instance(e.span, n, &[], ts.clone()) else {
                                return Ty::Unknown;
                            };
                            if !starred {
                                self.refine_empty_args(n, i, args, &ts);
                            }
                            let r = self.inf.instances[i].ret.clone();
                            match ret.join(&r) {
                                Some(j) => ret = j,
                                None => {
                                    self.error(Diagnostic::new(
                                        e.span,
                                        format!(
                                            "this call may be of {}: they return {ret} and {r}, which one value \
                                             cannot hold",
                                            Ty::Funcs(names.clone())
                                        ),
                                    ));
                                    return Ty::Unknown;
                                }
                            }
                        }
                        ret
                    }
                    t => {
                        self.error(Diagnostic::new(f.span, format!("a {t} is not callable")));
                        Ty::Unknown
                    }
                }
            }
            ExprKind::CallMethod { receiver, method, method_span, args } => {
                self.call_method_type(e, receiver, *method, *method_span, args)
            }
            ExprKind::Attribute(x, attr) => {
                let t = self.expr(x);
                let np = t.is_np();
                let flavor = |t: Ty| if np { t.to_np() } else { t };
                match (&t.base(), attr.as_str()) {
                    (Ty::Unknown, _) => Ty::Unknown,
                    (Ty::Complex, "real" | "imag") => flavor(Ty::Float),
                    (Ty::Float, "real" | "imag") => flavor(Ty::Float),
                    (Ty::Int | Ty::Bool, "real" | "imag") => flavor(Ty::Int),
                    // of a number whose type is known when the code runs: by that type
                    (Ty::Num | Ty::NumC, "real" | "imag") if !np => Ty::Num,
                    (Ty::Array(_, n), "shape") => Ty::Tuple(vec![Ty::Int; *n]),
                    (Ty::Range, "start" | "stop" | "step") => Ty::Int,
                    // a caught StopIteration's value (see `gen_send::stop_value_type`)
                    (Ty::Exc, "value") => self.stop_value_type(e.span),
                    (Ty::Array(..), "T") => t.clone(),
                    (Ty::Array(Elem::Complex128, n), "real" | "imag") => Ty::Array(Elem::Float64, *n),
                    (Ty::Array(Elem::Complex64, n), "real" | "imag") => Ty::Array(Elem::Float32, *n),
                    // the array itself; `.imag` read-only zeros of its type
                    (Ty::Array(..), "real" | "imag") => t.clone(),
                    (Ty::Array(..), "size" | "ndim" | "itemsize" | "nbytes") => Ty::Int,
                    (Ty::Array(e, _), "dtype") => Ty::DType(*e),
                    (Ty::Array(e, _), "flat") => Ty::Iter(Box::new(e.scalar())),
                    // a field of numpy's named tuples (`np.linalg.svd(a).S`)
                    (Ty::Tuple(items), a)
                        if self.named_fields(x).is_some_and(|fs| fs.contains(&a))
                            && crate::library::named_field(a).is_some_and(|k| k < items.len()) =>
                    {
                        // the field's own type (`t.base()` made numpy scalars Python ones)
                        let k = crate::library::named_field(a).expect("checked");
                        match &t {
                            Ty::Tuple(own) if own.len() == items.len() => own[k].clone(),
                            _ => items[k].clone(),
                        }
                    }
                    (t, a) => {
                        self.error(Diagnostic::new(e.span, format!("attribute `{a}` of {t} is not supported yet")));
                        Ty::Unknown
                    }
                }
            }
            ExprKind::Subscript(v, i) => self.subscript_type(v, i, e.span),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    let t = self.expr(part);
                    if !is_int_like(&t) && t != Ty::None && t != Ty::Unknown {
                        self.error(Diagnostic::new(
                            part.span,
                            format!("slice indices must be integers or None, not {t}"),
                        ));
                    }
                }
                Ty::Slice
            }
            ExprKind::DType(name) => Ty::DType(Elem::from_name(name).expect("lowering gives canonical names")),
            ExprKind::Default => Ty::None,
            // checked by the call it is an argument of
            ExprKind::Starred(x) => self.expr(x),
            ExprKind::Tuple(items) => Ty::Tuple(items.iter().map(|x| self.expr(x)).collect()),
            ExprKind::List(items) => {
                let Some(acc) = self.join_items(items, "list") else { return Ty::Unknown };
                if matches!(acc, Ty::Array(..)) {
                    self.error(Diagnostic::new(e.span, "lists of arrays are not supported yet"));
                }
                Ty::List(Box::new(acc))
            }
        }
    }

    /// `a < b <= c`, `x in xs`, `x is None`: bool, after checking each comparison.
    fn compare_type(&mut self, e: &ir::Expr, first: &ir::Expr, rest: &[(CmpOp, ir::Expr)], truth_only: bool) -> Ty {
        let ft = self.expr(first);
        let rts: Vec<Ty> = rest.iter().map(|(_, r)| self.expr(r)).collect();
        // `(1, 0, 1) == a`: the sequence as an array (not for `in`)
        let (ft, rts) = match (rest, rts.as_slice()) {
            ([(op, r)], [rt]) if !matches!(op, CmpOp::In | CmpOp::NotIn | CmpOp::Is | CmpOp::IsNot) => {
                let (a, b) = (self.array_like(first, ft.clone(), rt), self.array_like(r, rt.clone(), &ft));
                (a, vec![b])
            }
            _ => (ft, rts),
        };
        if self.none_test(e).is_some() || self.len_test(e).is_some() {
            return Ty::Bool;
        }
        let elem_of = |t: &Ty| match t {
            Ty::Array(e, _) => Some(*e),
            t => t.sized(),
        };
        // uint64 with ints: numpy 2's exact comparisons (with floats: in float64); not complex
        if std::iter::once(&ft).chain(rts.iter()).any(|t| elem_of(t) == Some(Elem::UInt64))
            && std::iter::once(&ft).chain(rts.iter()).any(|t| {
                !matches!(elem_of(t).map(|e| e.kind()), Some(Kind::Int | Kind::Float | Kind::Bool))
                    && !matches!(t.base(), Ty::Int | Ty::Float | Ty::Bool)
            })
        {
            self.error(Diagnostic::new(e.span, "comparisons of uint64 values with these types are not supported yet"));
            return Ty::Unknown;
        }
        // `a.dtype == np.float32`: decided by the types
        let all_dtypes = std::iter::once(&ft).chain(rts.iter()).all(|t| matches!(t, Ty::DType(_)));
        if all_dtypes && rest.iter().all(|(op, _)| matches!(op, CmpOp::Eq | CmpOp::NotEq)) {
            return Ty::Bool;
        }
        if rest.iter().any(|(op, _)| matches!(op, CmpOp::In | CmpOp::NotIn)) {
            let mut lt = ft;
            for ((op, r), rt) in rest.iter().zip(rts) {
                if matches!(op, CmpOp::In | CmpOp::NotIn) {
                    self.check_in(&lt, &rt, r.span);
                } else {
                    self.check_compare(*op, &lt, &rt, e.span);
                }
                lt = rt;
            }
            return Ty::Bool;
        }
        let arrays: Vec<usize> = std::iter::once(&ft)
            .chain(rts.iter())
            .filter_map(|t| match t {
                Ty::Array(_, n) => Some(*n),
                _ => None,
            })
            .collect();
        if !arrays.is_empty() {
            if rest.len() != 1 || matches!(rest[0].0, CmpOp::Is | CmpOp::IsNot) {
                self.error(Diagnostic::new(
                    e.span,
                    "a chained comparison or `is` with arrays is not supported (numpy raises ValueError for chains)",
                ));
                return Ty::Unknown;
            }
            if std::iter::once(&ft)
                .chain(rts.iter())
                .any(|t| !matches!(t, Ty::Array(..)) && !t.is_numeric() && *t != Ty::Unknown)
            {
                self.error(Diagnostic::new(e.span, "comparing an array with a non-number is not supported"));
                return Ty::Unknown;
            }
            return Ty::Array(Elem::Bool, arrays.into_iter().max().unwrap_or(1));
        }
        // a value that may be None in an ordering (`best is None or v < best`): None raises
        // TypeError there, as in CPython
        let order_msg = |op: &CmpOp| match op {
            CmpOp::Lt => Some("'<' not supported between instances of 'NoneType' and another type"),
            CmpOp::LtE => Some("'<=' not supported between instances of 'NoneType' and another type"),
            CmpOp::Gt => Some("'>' not supported between instances of 'NoneType' and another type"),
            CmpOp::GtE => Some("'>=' not supported between instances of 'NoneType' and another type"),
            _ => None,
        };
        let mut lt = match order_msg(&rest[0].0) {
            Some(msg) => self.unwrap_opt(first, ft, msg),
            None => ft,
        };
        // numpy scalars compare to `numpy.bool_` (a Python number with one too)
        let (mut np_pairs, mut dynamic) = (0, false);
        for (k, (op, r)) in rest.iter().enumerate() {
            let mut rt = self.expr(r);
            let next = rest.get(k + 1).and_then(|(op, _)| order_msg(op));
            if let Some(msg) = order_msg(op).or(next) {
                rt = self.unwrap_opt(r, rt, msg);
            }
            self.check_compare(*op, &lt, &rt, e.span);
            let strip = |t: &Ty| match t {
                Ty::Opt(x) => (**x).clone(),
                t => t.clone(),
            };
            let (a, b) = (strip(&lt), strip(&rt));
            if a.is_np() || b.is_np() {
                np_pairs += 1;
            }
            dynamic |= a.is_dyn_np() || b.is_dyn_np();
            lt = rt;
        }
        if np_pairs == 0 && !dynamic {
            return Ty::Bool;
        }
        if np_pairs == rest.len() {
            return Ty::NpBool;
        }
        // a bool or a numpy.bool_ depending on the run (or on which comparison of a chain
        // decides): only its truth may be used
        if !truth_only {
            self.error(
                Diagnostic::new(
                    e.span,
                    "this comparison is a Python bool or a numpy.bool_ depending on the run (an operand is a numpy scalar on some paths only, or in some comparisons of the chain): only its truth can be used (`if`, `while`, `not`, `and`/`or` in a condition)",
                )
                .help("wrap it in bool(...)"),
            );
            return Ty::Unknown;
        }
        Ty::Bool
    }

    /// A call of a builtin, `math` or `numpy` function.
    fn call_intrinsic_type(&mut self, e: &ir::Expr, i: &Intrinsic, args: &[ir::Expr]) -> Ty {
        // `bool(a < b)`: only the comparison's truth is used (it may be a Python bool or a
        // numpy.bool_ depending on the run)
        let truth_arg = matches!(i, Intrinsic::Builtin(B::Bool)) && args.len() == 1;
        let mut ts: Vec<Ty> = args
            .iter()
            .map(|a| match &a.kind {
                ExprKind::Compare(..) if truth_arg => self.condition(a),
                _ => self.expr(a),
            })
            .collect();
        // a value that may be None given to a function that needs a value: None raises
        // TypeError there (print, str, repr, format and bool take None as it is)
        let none_msg: Option<&'static str> = match i {
            Intrinsic::Builtin(B::Print | B::Str | B::Repr | B::Format | B::Bool) => None,
            Intrinsic::Builtin(B::Isinstance | B::TypeIs | B::TypeName) => None,
            Intrinsic::Builtin(B::GenSend | B::GenSent | B::GenReturn) => None,
            Intrinsic::Math(_) => Some("must be real number, not NoneType"),
            Intrinsic::Builtin(B::Abs) => Some("bad operand type for abs(): 'NoneType'"),
            Intrinsic::Builtin(B::Max) => Some("'>' not supported between instances of 'NoneType' and another type"),
            Intrinsic::Builtin(B::Min) => Some("'<' not supported between instances of 'NoneType' and another type"),
            Intrinsic::Builtin(B::Len) => Some("object of type 'NoneType' has no len()"),
            Intrinsic::Builtin(B::Int) => {
                Some("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
            }
            Intrinsic::Builtin(B::Float) => Some("float() argument must be a string or a real number, not 'NoneType'"),
            _ => Some("'NoneType' object is not a valid argument of this function"),
        };
        if let Some(msg) = none_msg {
            for (a, t) in args.iter().zip(ts.iter_mut()) {
                if matches!(t, Ty::Opt(_)) {
                    *t = self.unwrap_opt(a, t.clone(), msg);
                }
            }
        }
        if ts.contains(&Ty::Unknown) {
            return Ty::Unknown;
        }
        if let Intrinsic::Builtin(b) = i {
            if let Some(t) = self.builtin_more(*b, args, &ts, e.span) {
                return t;
            }
        }
        if let Intrinsic::Math(f) = i {
            if let Some(t) = self.math_more(*f, args, &ts, e.span) {
                return t;
            }
        }
        if let Intrinsic::Numpy(f) = i {
            if let Some(t) = self.numpy_call(*f, args, &ts, e.span) {
                return t;
            }
        }
        if let (Intrinsic::Builtin(B::Abs), [Ty::Array(el, n)]) = (i, ts.as_slice()) {
            return match self.unary_ufunc(N::Abs, *el, e.span) {
                Some(out) => Ty::Array(out, *n),
                None => Ty::Unknown,
            };
        }
        if let (
            Intrinsic::Builtin(b @ (B::Min | B::Max | B::Sum | B::Round | B::Int | B::Float | B::Bool | B::Complex)),
            true,
        ) = (i, ts.iter().any(|t| matches!(t, Ty::Array(..))))
        {
            self.error(Diagnostic::new(
                e.span,
                format!("the builtin {b}() of an array is not supported: use numpy.{b}() or the array method"),
            ));
            return Ty::Unknown;
        }
        self.intrinsic_type(*i, &ts, args, e.span)
    }

    /// A call of a function of the file: the instance for these argument types.
    /// The type of module variable `name`: its value's at module level.
    fn global_type(&mut self, name: &str) -> Ty {
        let i = self.inf.request(&ir::const_function(name), Vec::new());
        self.inf.instances[i].ret.clone()
    }

    fn call_user_type(&mut self, e: &ir::Expr, name: &str, args: &[ir::Expr]) -> Ty {
        let ts: Vec<Ty> = args.iter().map(|a| self.expr(a)).collect();
        let f = self.inf.module.function(name).expect("lowering resolved it");
        if ts.len() != f.params.len() {
            self.error(Diagnostic::new(
                e.span,
                format!("`{name}` takes {} argument(s) but {} were given", f.params.len(), ts.len()),
            ));
            return Ty::Unknown;
        }
        if ts.iter().any(Ty::unresolved) {
            return Ty::Unknown;
        }
        let i = self.inf.request(name, ts.clone());
        self.callees.insert(e.id, i);
        self.refine_empty_args(name, i, args, &ts);
        self.inf.instances[i].ret.clone()
    }

    /// An empty container passed in takes the items the callee (instance `i` of `name`)
    /// stores in it.
    fn refine_empty_args(&mut self, name: &str, i: usize, args: &[ir::Expr], ts: &[Ty]) {
        let f = self.inf.module.function(name).expect("lowering resolved it");
        for ((a, t), p) in args.iter().zip(ts).zip(&f.params) {
            if !t.contains_unknown() {
                continue;
            }
            let Some(refined) = self.inf.instances[i].locals.get(&p.name).cloned() else { continue };
            if &refined == t {
                continue;
            }
            match &a.kind {
                ExprKind::Local(n) if t.join(&refined).as_ref() == Some(&refined) => {
                    self.assign_local(n, refined, a.span)
                }
                _ => self.error(Diagnostic::new(
                    a.span,
                    format!(
                        "`{name}` stores items in this empty container, which pyrs cannot type here: \
                         assign it to a variable first and pass the variable"
                    ),
                )),
            }
        }
    }

    /// A call of a function value `name` (capturing values of types `caps`) with arguments of
    /// types `ts`: the instance of that function for them, as a direct call would be.
    pub(super) fn call_func_value(&mut self, at: Span, name: &str, caps: &[Ty], ts: Vec<Ty>) -> Ty {
        match self.func_value_instance(at, name, caps, ts) {
            Some(i) => self.inf.instances[i].ret.clone(),
            None => Ty::Unknown,
        }
    }

    /// The instance a call of a function value calls (`None` when it cannot be known yet, or
    /// after an error).
    fn func_value_instance(&mut self, at: Span, name: &str, caps: &[Ty], mut ts: Vec<Ty>) -> Option<usize> {
        let f = self.inf.module.function(name).expect("lowering resolved it");
        if f.params.iter().any(|p| p.star) {
            self.error(Diagnostic::new(
                at,
                format!(
                    "{} takes `*args` and is called through a value, which pyrs does not support: call it by \
                     its name",
                    Ty::Func(name.to_string(), Vec::new())
                ),
            ));
            return None;
        }
        let given = ts.len();
        // defaults that are literals (`def h(x, y=2)` called as `func(x)`): their types
        let n = f.params.len() - caps.len();
        if given < n {
            let lits: Option<Vec<Ty>> =
                f.params[given..n].iter().map(|p| p.default.as_ref().and_then(crate::infer::literal_type)).collect();
            if let Some(lits) = lits {
                ts.extend(lits);
            }
        }
        ts.extend(caps.iter().cloned());
        if ts.len() != f.params.len() {
            let n = f.params.len() - caps.len();
            let defaults = f.params[..n].iter().any(|p| p.default.is_some());
            self.error(Diagnostic::new(
                at,
                if defaults && given < n {
                    format!(
                        "{} is called through a variable with its defaulted arguments left out, which pyrs \
                         does not support: pass them all",
                        Ty::Func(name.to_string(), Vec::new())
                    )
                } else {
                    format!("{} takes {n} argument(s) but {given} were given", Ty::Func(name.to_string(), Vec::new()))
                },
            ));
            return None;
        }
        if ts.iter().any(Ty::unresolved) {
            return None;
        }
        Some(self.inf.request(name, ts))
    }

    /// `receiver.method(args)` on a str, list, dict, set or array.
    fn call_method_type(
        &mut self,
        e: &ir::Expr,
        receiver: &ir::Expr,
        method: Method,
        method_span: Span,
        args: &[ir::Expr],
    ) -> Ty {
        let rt = self.expr(receiver);
        let ts: Vec<Ty> = args.iter().map(|a| self.expr(a)).collect();
        if let Ty::Array(el, n) = rt {
            return self.array_method(el, n, method, args, &ts, method_span);
        }
        if rt == Ty::Generator {
            return self.generator_method(method, args, &ts, method_span);
        }
        let np = rt.is_np();
        // (a list keeps numpy scalars of sized types as they are: `base` would make them Python's)
        let items = match &rt {
            Ty::List(el) => Some((**el).clone()),
            _ => None,
        };
        let rt = rt.base();
        if let Some(t) = self.method_more(&rt, receiver, method, &ts, e.span) {
            return t;
        }
        let flavor = |t: Ty| if np { t.to_np() } else { t };
        match (&rt, method, ts.as_slice()) {
            (Ty::Unknown, ..) => Ty::Unknown,
            (Ty::List(_), Method::Append, [x]) => {
                let el = items.expect("a list");
                match el.join_elem(x) {
                    Some(j) if j.base() == el.base() => {}
                    Some(j) => {
                        if let ExprKind::Local(n) = &receiver.kind {
                            if !self.fixed_param(n) {
                                self.assign_local(n, Ty::List(Box::new(j)), e.span);
                                return Ty::None;
                            }
                        }
                        if self.widen_item_list(receiver, &j, e.span) {
                            return Ty::None;
                        }
                        self.error(Diagnostic::new(e.span, format!("cannot append a {x} to a list of {el}")));
                    }
                    None => self.error(Diagnostic::new(e.span, format!("cannot append a {x} to a list of {el}"))),
                }
                Ty::None
            }
            (Ty::List(el), Method::Pop, []) => (**el).clone(),
            (Ty::List(el), Method::Pop, [i]) if is_int_like(i) => (**el).clone(),
            (Ty::Complex, Method::Conjugate, []) => flavor(Ty::Complex),
            (Ty::Float, Method::Conjugate, []) => flavor(Ty::Float),
            (Ty::Int | Ty::Bool, Method::Conjugate, []) => flavor(Ty::Int),
            (Ty::Num, Method::Conjugate, []) => Ty::Num,
            (Ty::NumC, Method::Conjugate, []) => Ty::NumC,
            (Ty::Float, Method::IsInteger, []) => Ty::Bool,
            (t, m, _) => {
                self.error(Diagnostic::new(method_span, format!("method `{m}` of {t} is not supported yet")));
                Ty::Unknown
            }
        }
    }
}

/// The type of the values of `e` that are true (`truthy`) or false, as far as the expression
/// tells (`ty`: the types of expressions): `None` when there are none (`0` is never true,
/// `x and 1` is true only as the `1`). Python's `or` gives a true operand or the last one,
/// `and` a false one or the last one.
pub fn bool_part(e: &ir::Expr, truthy: bool, ty: &dyn Fn(&ir::Expr) -> Ty) -> Option<Ty> {
    let join = |a: Option<Ty>, b: Option<Ty>| match (a, b) {
        (Some(a), Some(b)) => Some(a.join(&b).unwrap_or(Ty::Unknown)),
        (a, None) => a,
        (None, b) => b,
    };
    match &e.kind {
        ExprKind::BoolOp(op, ws) => {
            // a true `and` is its last operand, a false `or` its last one
            if (*op == crate::ir::BoolOp::And) == truthy {
                bool_part(ws.last()?, truthy, ty)
            } else {
                ws.iter().map(|w| bool_part(w, truthy, ty)).fold(None, join)
            }
        }
        ExprKind::Int(k) if (*k != 0) != truthy => None,
        ExprKind::Float(x) if (*x != 0.0) != truthy => None,
        ExprKind::Bool(b) if *b != truthy => None,
        ExprKind::Str(s) if s.is_empty() == truthy => None,
        ExprKind::None if truthy => None,
        _ => Some(ty(e)),
    }
}
