//! Statements: assignments (a variable's type is the join of what it is assigned), loops,
//! returns, `x is None` decided per instance.

use super::*;

impl FnCx<'_, '_> {
    pub(super) fn returned(&mut self, t: Ty, at: Span) {
        let none_before = self.ret == Ty::None;
        if let Some(mut d) = join_return(&mut self.ret, &mut self.ret_span, &t, at, "function") {
            if t == Ty::None || none_before {
                d = d.help("a function that returns a value must return one on every path (returning None on some paths is not supported yet)");
            }
            self.error(d);
        }
    }

    /// A generator's `return` of a value of type `t` (None: a bare `return` or its end).
    pub(super) fn gen_returned(&mut self, t: Ty, at: Span) {
        if let Some(d) = join_return(&mut self.gen_ret, &mut self.gen_ret_span, &t, at, "generator") {
            self.error(d);
        }
    }

    pub(super) fn assign_local(&mut self, name: &str, t: Ty, at: Span) {
        let cur = self.locals.get(name).cloned().unwrap_or(Ty::Unknown);
        // `if out is None: out = np.empty(n)`: a parameter that is None in this instance
        // takes the type of what is assigned to it
        if self.param_init.get(name) == Some(&Ty::None) && t != Ty::None {
            let j = if cur == Ty::None { Some(t.clone()) } else { cur.join_var(&t) };
            match j {
                Some(j) => {
                    self.locals.insert(name.to_string(), j);
                    self.first_assign.entry(name.to_string()).or_insert(at);
                }
                None => self.error(Diagnostic::new(
                    at,
                    format!("`{name}` is assigned a {t} here, but it holds a {cur} elsewhere"),
                )),
            }
            return;
        }
        if self.fixed_param(name) && cur != Ty::Unknown {
            // a parameter keeps its annotated type: the value must convert to it
            let number = |t: &Ty| matches!(t.base(), Ty::Bool | Ty::Int | Ty::Float | Ty::Complex);
            if number(&cur) && number(&t) && t.base() != cur.base() {
                self.widened(name);
            }
            if cur.join(&t).map(|j| j.base()) != Some(cur.base()) {
                self.conflict(name);
                self.error(Diagnostic::new(
                    at,
                    format!(
                    "`{name}` is a parameter of type {cur}; assigning a {t} to it is not supported (use a new variable)"
                ),
                ));
            }
            return;
        }
        let joined = match cur.join_var(&t) {
            Some(j @ (Ty::NumNp | Ty::IntNp)) if self.reduced.contains(name) => {
                let plain = |t: &Ty| (!t.is_dyn_np()).then(|| t.base());
                match (plain(&cur), plain(&t)) {
                    (Some(a), Some(b)) => a.join(&b),
                    (Some(a), None) | (None, Some(a)) => Some(a),
                    (None, None) => Some(j),
                }
            }
            // a real number and a complex where Python may see which (`analysis/widened.rs`
            // reported the variable): a number that carries its type
            Some(j)
                if j.base() == Ty::Complex
                    && (cur.is_py_real() || t.is_py_real())
                    && !cur.is_np()
                    && !t.is_np()
                    && self.union_allowed(name) =>
            {
                Some(Ty::NumC)
            }
            j => j,
        };
        match joined {
            Some(j) => {
                let number = |t: &Ty| matches!(t.base(), Ty::Bool | Ty::Int | Ty::Float | Ty::Complex);
                if number(&cur) && number(&t) && (cur.base() != j.base() || t.base() != j.base()) {
                    self.widened(name);
                }
                self.locals.insert(name.to_string(), j);
                self.first_assign.entry(name.to_string()).or_insert(at);
            }
            None => {
                // a str on some paths, a number on others: one value of either kind, once
                // splitting the variable into its webs has not separated them
                if let Some(j) = cur.join_str_num(&t) {
                    if self.union_allowed(name) {
                        self.locals.insert(name.to_string(), j);
                        self.first_assign.entry(name.to_string()).or_insert(at);
                        return;
                    }
                    self.want_union(name);
                }
                self.conflict(name);
                let mut d =
                    Diagnostic::new(at, format!("`{name}` is assigned a {t} here, but it holds a {cur} elsewhere"));
                if let Some(first) = self.first_assign.get(name) {
                    d = d.note(*first, format!("`{name}` is assigned a {cur} here"));
                }
                self.error(d.help("pyrs gives each variable one type; use two variables"));
            }
        }
    }

    pub(super) fn block(&mut self, body: &[ir::Stmt]) {
        for s in body {
            self.stmt(s);
            // `if len(xs) == 0: return d` decided by the types: what follows is dead here
            if crate::ir::query::statically_returns(s, &self.static_tests) {
                break;
            }
        }
    }

    pub(super) fn stmt(&mut self, s: &ir::Stmt) {
        match &s.kind {
            StmtKind::Assign { target, value } => {
                let t = self.expr(value);
                let t = self.kept_iter_value(value).unwrap_or(t);
                if let (Target::Name(n, _), Ty::Gen(_)) = (target, &t) {
                    // which generator functions' generators `n` holds (see `gen_calls`)
                    let callees = match &value.kind {
                        // (a call of a generator function: not of a function returning one)
                        ExprKind::CallUser(f, _)
                            if self.inf.module.function(f).is_some_and(|f| ir::query::is_generator(&f.body)) =>
                        {
                            self.callees.get(&value.id).map(|i| BTreeSet::from([*i]))
                        }
                        // `h = g` of a local holding generators of known functions
                        ExprKind::Local(m) if m != n && !self.params.contains(m) => {
                            self.gen_calls.get(m).cloned().flatten()
                        }
                        _ => None,
                    };
                    let entry = self.gen_calls.entry(n.clone()).or_insert_with(|| Some(BTreeSet::new()));
                    match (callees, entry.as_mut()) {
                        (Some(is), Some(set)) => set.extend(is),
                        _ => *entry = None,
                    }
                }
                self.assign(target, t, value.span);
            }
            StmtKind::AugAssign { target, op, value } => {
                let cur = match target {
                    Target::Name(n, sp) => match self.locals.get(n) {
                        Some(t) => t.clone(),
                        None => {
                            self.error(Diagnostic::new(*sp, format!("`{n}` is used before it is assigned")));
                            Ty::Unknown
                        }
                    },
                    Target::Subscript { value, index, span } => self.subscript_type(value, index, *span),
                    Target::Tuple(..) => Ty::Unknown,
                };
                let rhs = self.expr(value);
                // `total += x` of an `x` that may be None (`x = yield`): CPython's TypeError there
                let rhs = match (&rhs, &cur) {
                    (Ty::Opt(inner), _) if !matches!(**inner, Ty::Array(..)) => {
                        let msg = aug_none_message(*op, &cur);
                        self.unwrap_opt(value, rhs, msg)
                    }
                    _ => rhs,
                };
                // `lst += iterable` (not a list): the list extended in place, as `lst.extend(...)`
                if let (Target::Name(n, _), BinOp::Add, Ty::List(el)) = (target, op, &cur) {
                    if super::builtins::list_extends_with(&rhs) {
                        let x = self.iter_elem(&rhs, value.span);
                        self.list_store(el, &x, Some(n.as_str()), s.span, crate::library::Method::Extend);
                        return;
                    }
                }
                let t = self.binop_type(*op, &cur, &rhs, value, s.span);
                if let (Ty::Array(de, _), Ty::Array(te, _)) = (&cur, &t) {
                    // in place: numpy's same_kind casting refuses e.g. float results into an int array
                    if !te.same_kind_cast(*de) {
                        self.error(Diagnostic::new(
                            s.span,
                            format!(
                                "`{}=` would store {} results in an array of {} in place (numpy raises UFuncTypeError)",
                                op.symbol(),
                                te.name(),
                                de.name()
                            ),
                        ));
                    }
                    return;
                }
                self.assign(target, t, s.span);
            }
            StmtKind::Expr(e) => {
                self.expr(e);
            }
            StmtKind::If { test, body, orelse } => {
                self.condition(test);
                // `if out is None:` decided by this instance's types: only the branch taken
                match self.static_tests.get(&test.id) {
                    Some(true) => self.block(body),
                    Some(false) => self.block(orelse),
                    None => {
                        self.block(body);
                        self.block(orelse);
                    }
                }
            }
            StmtKind::Raise(r) => match r {
                ir::Raise::Reraise => {}
                ir::Raise::New { msg, .. } => {
                    if let Some(m) = msg {
                        let t = self.expr(m);
                        if !formattable(&t) {
                            self.error(Diagnostic::new(
                                m.span,
                                format!("an exception message of type {t} is not supported: pass a str"),
                            ));
                        }
                    }
                }
                ir::Raise::Var(n) => {
                    if self.locals.get(n) != Some(&Ty::Exc) {
                        self.error(Diagnostic::new(
                            s.span,
                            format!("`raise {n}`: only an exception bound by `except ... as {n}` can be raised again"),
                        ));
                    }
                }
            },
            StmtKind::Assert { test, msg } => {
                self.condition(test);
                if let Some(m) = msg {
                    let t = self.expr(m);
                    if !formattable(&t) {
                        self.error(Diagnostic::new(
                            m.span,
                            format!("an assert message of type {t} is not supported: pass a str"),
                        ));
                    }
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.block(body);
                for h in handlers {
                    if let Some(n) = &h.name {
                        self.locals.insert(n.clone(), Ty::Exc);
                    }
                    self.block(&h.body);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            StmtKind::Delete { value, index } => {
                let c = self.expr(value);
                let it = self.expr(index);
                match &c {
                    Ty::Dict(k, _) => self.check_key(k, &it, index.span),
                    Ty::List(_) if is_int_like(&it) || it == Ty::Slice => {}
                    Ty::Unknown => {}
                    other => {
                        self.error(Diagnostic::new(s.span, format!("`del` of an item of a {other} is not supported")))
                    }
                }
            }
            StmtKind::While { test, body } => {
                self.condition(test);
                self.block(body);
            }
            StmtKind::For { target, iter, body, parallel } => {
                if parallel.is_some() && crate::ir::query::is_generator(body) {
                    self.error(Diagnostic::new(s.span, "`yield` inside a parallel loop is not supported"));
                }
                let elem = self.for_iter_elem(iter);
                if self.empty_tuple_loop(iter) {
                    return;
                }
                self.assign(target, elem, target.span());
                self.loop_depth += 1;
                self.block(body);
                self.loop_depth -= 1;
            }
            StmtKind::Return(v) if self.generator => {
                // StopIteration's value (`r = yield from g`, the text of `next(g)`'s StopIteration)
                let t = match v {
                    Some(e) => {
                        let t = self.expr(e);
                        self.refuse_flat_value(e);
                        t
                    }
                    None => Ty::None,
                };
                self.gen_returned(t, s.span);
            }
            StmtKind::Yield(e) | StmtKind::YieldFrom(e) => {
                let t = self.expr(e);
                if matches!(s.kind, StmtKind::YieldFrom(_)) {
                    self.forward_sends(e, &t, s.span);
                }
                let t = match &s.kind {
                    StmtKind::YieldFrom(_) => self.iter_elem(&t, e.span),
                    _ => t,
                };
                self.returned(Ty::Gen(Box::new(t)), s.span);
            }
            StmtKind::Return(v) => {
                let t = match v {
                    Some(e) => {
                        let t = self.expr(e);
                        self.refuse_flat_value(e);
                        t
                    }
                    None => Ty::None,
                };
                self.returned(t, s.span);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
        }
    }

    /// The type of the loop variable of a `for` (or a comprehension's `for`).
    pub(super) fn for_iter_elem(&mut self, iter: &ForIter) -> Ty {
        match iter {
            ForIter::Range { start, stop, step } => {
                for e in start.iter().chain(std::iter::once(stop)).chain(step.iter()) {
                    let t = self.expr(e);
                    if !is_int_like(&t) && t != Ty::Unknown {
                        self.error(Diagnostic::new(e.span, format!("range() arguments must be ints, not {t}")));
                    }
                }
                Ty::Int
            }
            ForIter::Seq(e) => {
                let t = self.expr(e);
                let t = self.unwrap_opt(e, t, "'NoneType' object is not iterable");
                self.iter_elem(&t, e.span)
            }
        }
    }

    /// The type of the items of an iterable of type `t` (`for x in t`, comprehensions, `sum`).
    pub(super) fn iter_elem(&mut self, t: &Ty, at: Span) -> Ty {
        match t {
            Ty::List(inner) | Ty::VarTuple(inner) | Ty::Set(inner) | Ty::Iter(inner) | Ty::Gen(inner) => {
                (**inner).clone()
            }
            Ty::Flat(e, _) => e.scalar(),
            Ty::Dict(k, _) => (**k).clone(),
            Ty::Range => Ty::Int,
            Ty::Str | Ty::File => Ty::Str,
            Ty::Array(el, 1) => el.scalar(),
            // the rows of an array: views
            Ty::Array(el, n) => Ty::Array(*el, n - 1),
            // nothing to iterate: the body never runs
            Ty::Tuple(items) if items.is_empty() => Ty::Unknown,
            Ty::Tuple(items) if Ty::items_join(items).is_some() => Ty::items_join(items).unwrap_or(Ty::Unknown),
            Ty::Unknown => Ty::Unknown,
            other => {
                self.error(Diagnostic::new(at, format!("iterating over a {other} is not supported yet")));
                Ty::Unknown
            }
        }
    }

    /// `x is None` / `x is not None` on a variable: decided by its type in this instance.
    pub(super) fn none_test(&mut self, e: &ir::Expr) -> Option<bool> {
        let ExprKind::Compare(l, rest) = &e.kind else { return None };
        let [(op @ (CmpOp::Is | CmpOp::IsNot), r)] = rest.as_slice() else { return None };
        let name = match (&l.kind, &r.kind) {
            (ExprKind::Local(n), ExprKind::None) | (ExprKind::None, ExprKind::Local(n)) => n,
            _ => return None,
        };
        let t = match self.param_init.get(name) {
            Some(t) => t.clone(),
            None => self.locals.get(name).cloned()?,
        };
        if t == Ty::Unknown || matches!(t, Ty::Opt(_)) {
            return None;
        }
        let is_none = t == Ty::None;
        let v = if *op == CmpOp::Is { is_none } else { !is_none };
        self.static_tests.insert(e.id, v);
        Some(v)
    }

    /// A loop over an empty tuple: recorded (its body never runs; it is neither typed nor
    /// compiled).
    pub(super) fn empty_tuple_loop(&mut self, iter: &ForIter) -> bool {
        let ForIter::Seq(e) = iter else { return false };
        if !matches!(self.expr_types.get(e.id.0 as usize), Some(Ty::Tuple(items)) if items.is_empty()) {
            return false;
        }
        self.static_tests.insert(e.id, false);
        true
    }

    /// `len(t) == 0` (any comparison with an int literal) on a tuple variable: decided by the
    /// tuple's length in this instance (`def f(*xs): if len(xs) == 0: ...`), so the branch
    /// not taken, which may index items the tuple does not have, is not compiled.
    pub(super) fn len_test(&mut self, e: &ir::Expr) -> Option<bool> {
        let ExprKind::Compare(l, rest) = &e.kind else { return None };
        let [(op, r)] = rest.as_slice() else { return None };
        let ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Len), args) = &l.kind else { return None };
        let [x] = args.as_slice() else { return None };
        let ExprKind::Local(name) = &x.kind else { return None };
        let k = super::const_index(r)?;
        let Some(Ty::Tuple(items)) = self.locals.get(name) else { return None };
        let n = items.len() as i64;
        let v = match op {
            CmpOp::Eq => n == k,
            CmpOp::NotEq => n != k,
            CmpOp::Lt => n < k,
            CmpOp::LtE => n <= k,
            CmpOp::Gt => n > k,
            CmpOp::GtE => n >= k,
            _ => return None,
        };
        self.static_tests.insert(e.id, v);
        Some(v)
    }

    pub(super) fn check_truth(&mut self, t: &Ty, at: Span) {
        if let Ty::Array(..) = t {
            self.error(Diagnostic::new(
                at,
                "the truth value of an array is ambiguous (numpy raises ValueError): use len(a) or a.any()/a.all()",
            ));
        }
    }

    pub(super) fn assign(&mut self, target: &Target, t: Ty, at: Span) {
        match target {
            Target::Name(n, _) => self.assign_local(n, t, at),
            Target::Tuple(ts, sp) => match &t {
                Ty::Tuple(items) if items.len() == ts.len() => {
                    for (tt, it) in ts.iter().zip(items.clone()) {
                        self.assign(tt, it, at);
                    }
                }
                Ty::Unknown => {
                    for tt in ts {
                        self.assign(tt, Ty::Unknown, at);
                    }
                }
                // a list or an array: its length is checked when the code runs
                Ty::List(el) => {
                    for tt in ts {
                        self.assign(tt, (**el).clone(), at);
                    }
                }
                Ty::Array(el, n) => {
                    let item = if *n == 1 { el.scalar() } else { Ty::Array(*el, n - 1) };
                    for tt in ts {
                        self.assign(tt, item.clone(), at);
                    }
                }
                other => self.error(Diagnostic::new(*sp, format!("cannot unpack a {other} into {} names", ts.len()))),
            },
            Target::Subscript { value, index, .. } if is_flat(value) || self.is_kept_flat(value) => {
                if let (Some(el), _) = self.flat_subscript(value, index) {
                    self.check_store(el, &t, at);
                }
            }
            Target::Subscript { value, index, span } => {
                let container = self.expr(value);
                let it = self.expr(index);
                match &container {
                    Ty::Array(el, n) => {
                        let target_t = self.array_subscript(*el, *n, index, &it);
                        match (&target_t, &t) {
                            (Ty::Unknown, _) => {}
                            // `a[i] = x, y`: a tuple of numbers into a 1-D view
                            (Ty::Array(_, 1), Ty::Tuple(items)) if !items.is_empty() => {
                                for item in items {
                                    self.check_store(*el, item, at);
                                }
                            }
                            _ => self.check_store(*el, &t, at),
                        }
                    }
                    Ty::List(el) if it == Ty::Slice => {
                        // `lst[i:j] = items`: a list, a tuple or a list of any length, of its items' type
                        let items = match &t {
                            Ty::List(x) | Ty::VarTuple(x) => Some((**x).clone()),
                            Ty::Tuple(xs) if xs.is_empty() => Some((**el).clone()),
                            Ty::Tuple(xs) => Ty::items_join(xs),
                            Ty::Unknown => return,
                            _ => None,
                        };
                        match items {
                            Some(x) if x.base() == el.base() || x == Ty::Unknown => {}
                            _ => self.error(Diagnostic::new(
                                at,
                                format!("assigning a {t} to a slice of a list of {el} is not supported (items of the list's type are)"),
                            )),
                        }
                    }
                    Ty::List(el) => {
                        if !is_int_like(&it) && it != Ty::Unknown {
                            self.error(Diagnostic::new(index.span, format!("list indices must be integers, not {it}")));
                        }
                        let el = (**el).clone();
                        // a real number stored among complex ones stays real in CPython (as in a
                        // list display, `Ty::join_elem`): the list's items become numbers that
                        // may be complex (a list argument's through the signature's twin, see
                        // `int_or_float_twin`)
                        if el.base() == Ty::Complex && t != Ty::Unknown && t.base() != Ty::Complex && t.is_number_like()
                        {
                            if let ExprKind::Local(n) = &value.kind {
                                if !self.fixed_param(n) && t.is_py_number() {
                                    self.assign_local(n, Ty::List(Box::new(Ty::NumC)), at);
                                    return;
                                }
                            }
                            self.error(
                                Diagnostic::new(at, format!("cannot store a {t} in a list of complex: CPython keeps it a {t}, a list of complex would make it complex"))
                                    .help("store `complex(...)` of it, or keep real and complex values in separate lists"),
                            );
                            return;
                        }
                        match el.join(&t) {
                            Some(j) if j.base() == el.base() => {}
                            Some(j) => {
                                // a local list widens (`[0] * n` then storing floats)
                                if let ExprKind::Local(n) = &value.kind {
                                    if !self.fixed_param(n) {
                                        self.assign_local(n, Ty::List(Box::new(j)), at);
                                        return;
                                    }
                                }
                                self.error(Diagnostic::new(at, format!("cannot store a {t} in a list of {el}")));
                            }
                            None => self.error(Diagnostic::new(at, format!("cannot store a {t} in a list of {el}"))),
                        }
                    }
                    Ty::Dict(k, v) => {
                        let (k, v) = ((**k).clone(), (**v).clone());
                        self.check_key(&k, &it, index.span);
                        // a real number among complex values keeps its type (see the list case)
                        let joined = if v.base() == Ty::Complex && t.is_py_number() && t.base() != Ty::Complex {
                            Some(Ty::NumC)
                        } else {
                            v.join(&t)
                        };
                        match joined {
                            Some(j) if j.base() == v.base() => {}
                            Some(j) => {
                                // a local dict widens (`{}` then storing floats)
                                if let ExprKind::Local(n) = &value.kind {
                                    if !self.fixed_param(n) {
                                        let kk = if k == Ty::Unknown { it.clone() } else { k };
                                        self.assign_local(n, Ty::Dict(Box::new(kk), Box::new(j)), at);
                                        return;
                                    }
                                }
                                self.error(Diagnostic::new(at, format!("cannot store a {t} in a dict of {v}")));
                            }
                            None => self.error(Diagnostic::new(at, format!("cannot store a {t} in a dict of {v}"))),
                        }
                        if k == Ty::Unknown {
                            if let ExprKind::Local(n) = &value.kind {
                                self.assign_local(
                                    n,
                                    Ty::Dict(Box::new(it.clone()), Box::new(v.join(&t).unwrap_or(v))),
                                    at,
                                );
                            }
                        }
                    }
                    Ty::Unknown => {}
                    other => {
                        self.error(Diagnostic::new(*span, format!("item assignment on a {other} is not supported")))
                    }
                }
            }
        }
    }
}

/// CPython's TypeError text for `x op= None` where `x` has type `cur`.
fn aug_none_message(op: BinOp, cur: &Ty) -> &'static str {
    let name = match cur {
        Ty::Int => "int",
        Ty::Float => "float",
        Ty::Complex => "complex",
        Ty::Bool => "bool",
        Ty::Str => "str",
        _ => return "unsupported operand type(s): 'NoneType'",
    };
    // (a handful of texts per compile: kept for the program's life, as the map of checks is)
    Box::leak(format!("unsupported operand type(s) for {}=: '{name}' and 'NoneType'", op.symbol()).into_boxed_str())
}

/// Joins `t`, returned at `at`, into the result type `ret` (first returned at `ret_span`); the
/// error when the two types do not join (`what`: "function" or "generator").
fn join_return(ret: &mut Ty, ret_span: &mut Option<Span>, t: &Ty, at: Span, what: &str) -> Option<Diagnostic> {
    match ret.join_result(t) {
        Some(j) => {
            *ret = j;
            ret_span.get_or_insert(at);
            None
        }
        None => {
            let prev = ret.clone();
            let mut d = Diagnostic::new(at, format!("this returns {t}, but the {what} also returns {prev}"));
            if let Some(s) = ret_span {
                d = d.note(*s, format!("returns {prev} here"));
            }
            Some(d)
        }
    }
}
