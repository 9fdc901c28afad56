//! Calls: functions of the file (keywords and defaults resolved at the call), builtins,
//! `math` and `numpy` functions (keywords turned into positions), methods.

use super::scope::{param_names, vararg_name};
use super::*;
use crate::ir::{BinOp, CmpOp, UnaryOp};

impl FnLower<'_> {
    /// The arguments of a call of a function of the file with these parameters: positional,
    /// keywords and defaults (filled in here), in parameter order.
    pub(super) fn user_args(
        &mut self,
        c: &ast::ExprCall,
        fname: &str,
        params: &[String],
        defaults: &[Option<ast::Expr>],
        vararg: Option<&str>,
    ) -> Option<Vec<ir::Expr>> {
        let sp = span(c.range());
        let n = params.len();
        let positional = &c.arguments.args;
        // `def f(a, *rest)`: the positional arguments after `a` become the tuple `rest`;
        // `f(x, *t)` passes the tuple `t` itself
        let (head, tail) = match vararg {
            Some(_) if positional.len() > n => positional.split_at(n),
            _ => (&positional[..], &positional[positional.len()..]),
        };
        if let Some(s) = head.iter().find(|a| a.is_starred_expr()) {
            self.err(span(s.range()), "`*args` in calls is not supported");
            return None;
        }
        let rest = match tail {
            [ast::Expr::Starred(s)] => {
                let t = self.expr(&s.value);
                Some(
                    self.expr_node(span(s.range), ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::Tuple), vec![t])),
                )
            }
            _ if tail.iter().any(|a| a.is_starred_expr()) => {
                self.err(
                    span(c.range()),
                    "`*` in a call of a function with `*args` is supported only as its last argument",
                );
                return None;
            }
            _ if vararg.is_some() => {
                let items = self.exprs(tail);
                let at = tail.first().map(|a| span(a.range())).unwrap_or(sp);
                Some(self.expr_node(at, ExprKind::Tuple(items)))
            }
            _ => None,
        };
        if head.len() > params.len() {
            self.err(
                sp,
                format!("`{fname}` takes {} argument(s) but {} were given", params.len(), c.arguments.args.len()),
            );
            return None;
        }
        let mut slots: Vec<Option<ir::Expr>> = head.iter().map(|a| Some(self.expr(a))).collect();
        slots.resize_with(params.len(), || None);
        for kw in &c.arguments.keywords {
            let Some(name) = kw.arg.as_ref().map(|a| a.id.as_str()) else {
                self.err(span(kw.range), "`**kwargs` in calls is not supported");
                return None;
            };
            let Some(k) = params.iter().position(|p| p == name) else {
                self.err(span(kw.range), format!("`{fname}` has no parameter `{name}`"));
                return None;
            };
            if slots[k].is_some() {
                self.err(span(kw.range), format!("`{fname}` got multiple values for argument `{name}`"));
                return None;
            }
            slots[k] = Some(self.expr(&kw.value));
        }
        let mut out = Vec::new();
        for (k, slot) in slots.into_iter().enumerate() {
            match slot {
                Some(x) => out.push(x),
                None => match &defaults[k] {
                    Some(d) => {
                        let d = d.clone();
                        out.push(self.module_scope_expr(&d));
                    }
                    None => {
                        self.err(sp, format!("`{fname}` is missing argument `{}`", params[k]));
                        return None;
                    }
                },
            }
        }
        out.extend(rest);
        Some(out)
    }

    /// One argument of a numpy function: `dtype=` spellings; a list of arrays for `arrays`
    /// (`np.concatenate([a, b])`) is taken as a tuple, as numpy does.
    pub(super) fn argument(&mut self, param: &str, a: &ast::Expr) -> ir::Expr {
        match (param, a) {
            ("dtype", _) => self.dtype(a),
            // `np.meshgrid(x, y, indexing='ij')`: the choice as a bool (True for 'ij')
            ("indexing", ast::Expr::StringLiteral(st)) => {
                let sp = span(st.range);
                match st.value.to_str() {
                    "ij" => self.expr_node(sp, ExprKind::Bool(true)),
                    "xy" => self.expr_node(sp, ExprKind::Bool(false)),
                    other => {
                        self.err(sp, format!("Valid values for `indexing` are 'xy' and 'ij', not '{other}'"));
                        self.bad(sp)
                    }
                }
            }
            // a list literal of dimensions (`np.zeros([n, n])`) is the tuple of them
            ("arrays" | "tup" | "shape" | "size", ast::Expr::List(l)) => {
                let items = self.exprs(&l.elts);
                self.expr_node(span(l.range), ExprKind::Tuple(items))
            }
            _ => self.expr(a),
        }
    }

    /// Positional and keyword arguments of a call to a function with these parameters, as
    /// positions (left-out ones are `Default`).
    pub(super) fn arguments(&mut self, c: &ast::ExprCall, params: &[&str]) -> Option<Vec<ir::Expr>> {
        let given = c.arguments.args.len();
        if given > params.len() {
            self.err(span(c.range()), format!("too many arguments: at most {} ({})", params.len(), params.join(", ")));
            return None;
        }
        let mut slots: Vec<Option<ir::Expr>> = Vec::new();
        for (k, a) in c.arguments.args.iter().enumerate() {
            let x = self.argument(params[k], a);
            slots.push(Some(x));
        }
        slots.resize_with(params.len(), || None);
        for kw in &c.arguments.keywords {
            let Some(name) = kw.arg.as_ref().map(|a| a.id.as_str()) else {
                self.err(span(kw.range), "`**kwargs` in calls is not supported");
                return None;
            };
            let Some(k) = params.iter().position(|p| *p == name) else {
                self.err(
                    span(kw.range),
                    format!("unexpected keyword argument `{name}` (accepted: {})", params.join(", ")),
                );
                return None;
            };
            if slots[k].is_some() {
                self.err(span(kw.range), format!("argument `{name}` given twice"));
                return None;
            }
            let x = self.argument(name, &kw.value);
            slots[k] = Some(x);
        }
        // trailing left-out arguments are dropped; inner ones become Default
        while matches!(slots.last(), Some(None)) {
            slots.pop();
        }
        Some(
            slots
                .into_iter()
                .map(|x| {
                    x.unwrap_or_else(|| {
                        let sp = span(c.range());
                        self.expr_node(sp, ExprKind::Default)
                    })
                })
                .collect(),
        )
    }

    /// Whether `c` calls, by its name, a function of the file that takes `*args`.
    fn calls_star_function(&self, c: &ast::ExprCall) -> bool {
        let ast::Expr::Name(n) = &*c.func else { return false };
        let name = n.id.as_str();
        if self.renamed(name).is_some() || self.is_local(name) {
            return false;
        }
        if let Some(lf) = self.local_funcs.get(name) {
            return lf.vararg.is_some();
        }
        matches!(self.scope.globals.get(name), Some(Global::Function))
            && self.scope.defs.get(name).is_some_and(|d| d.parameters.vararg.is_some())
    }

    pub(super) fn call(&mut self, c: &ast::ExprCall) -> ir::Expr {
        let sp = span(c.range());
        if let Some(e) = self.isinstance_call(c) {
            return e;
        }
        if let ast::Expr::Attribute(a) = &*c.func {
            if let (ast::Expr::StringLiteral(fmt), "format") = (&*a.value, a.attr.id.as_str()) {
                return self.format_call(c, fmt);
            }
        }
        // `any(x > 0 for x in xs)`: loops that stop at the item that decides
        if let (ast::Expr::Name(n), [ast::Expr::Generator(g)], true) =
            (&*c.func, &*c.arguments.args, c.arguments.keywords.is_empty())
        {
            let kind = match n.id.as_str() {
                "any" => Some(ir::CompKind::Any),
                "all" => Some(ir::CompKind::All),
                _ => None,
            };
            if let Some(kind) = kind.filter(|_| self.resolves_to_builtin(n.id.as_str())) {
                let k = self.comprehension(kind, &g.elt, None, &g.generators);
                return self.expr_node(sp, k);
            }
        }
        if c.arguments.args.iter().any(|a| a.is_starred_expr()) && !self.calls_star_function(c) {
            return self.call_spread(c);
        }
        // functions of the file: keywords and defaults resolved here
        if let ast::Expr::Name(n) = &*c.func {
            let name = n.id.as_str();
            if self.renamed(name).is_none() && !self.is_local(name) {
                if let Some(lf) = self.local_funcs.get(name).cloned() {
                    if !lf.writes.is_empty() && !std::mem::take(&mut self.nonlocal_call_ok) {
                        self.err(sp, format!("`{name}` assigns `nonlocal` variables of this function ({}): call it as a statement of its own or as `x = {name}(...)`", lf.writes.join(", ")));
                        return self.bad(sp);
                    }
                    // here a copy of an enclosing function's variable, not written back
                    if let Some(w) =
                        lf.writes.iter().find(|w| self.captured_in.contains(*w) && !self.nonlocal_out.contains(*w))
                    {
                        self.err(sp, format!("`{name}` assigns `nonlocal {w}`, which this function reads from the function around it: declare `nonlocal {w}` here too"));
                        return self.bad(sp);
                    }
                    let Some(mut args) = self.user_args(c, name, &lf.params, &lf.defaults, lf.vararg.as_deref()) else {
                        return self.bad(sp);
                    };
                    args.extend(lf.captured.iter().map(|c| self.expr_node(sp, ExprKind::Local(c.clone()))));
                    if lf.generator {
                        self.closure(sp, format!("the generator `{name}(...)`"), lf.captured.clone());
                    }
                    return self.expr_node(sp, ExprKind::CallUser(lf.rust_name.clone(), args));
                }
                if let (Some(Global::Function), Some(def)) =
                    (self.scope.globals.get(name), self.scope.defs.get(name).copied())
                {
                    let (params, defaults) = param_names(&def.parameters);
                    let vararg = vararg_name(&def.parameters);
                    let Some(args) = self.user_args(c, name, &params, &defaults, vararg.as_deref()) else {
                        return self.bad(sp);
                    };
                    return self.expr_node(sp, ExprKind::CallUser(name.to_string(), args));
                }
                if !self.scope.globals.contains_key(name) && name == "print" {
                    // print(*values, sep=" ", end="\n"): lowered as print(sep, end, values...)
                    let mut sep = None;
                    let mut end = None;
                    for kw in &c.arguments.keywords {
                        match kw.arg.as_ref().map(|a| a.id.as_str()) {
                            Some("sep") => sep = Some(self.expr(&kw.value)),
                            Some("end") => end = Some(self.expr(&kw.value)),
                            Some("flush") => {}
                            _ => {
                                self.err(span(kw.range), "print(): only `sep=`, `end=` and `flush=` are supported");
                                return self.bad(sp);
                            }
                        }
                    }
                    let sep = sep.unwrap_or_else(|| self.expr_node(sp, ExprKind::Str(" ".into())));
                    let end = end.unwrap_or_else(|| self.expr_node(sp, ExprKind::Str("\n".into())));
                    let mut args = vec![sep, end];
                    args.extend(c.arguments.args.iter().map(|a| self.expr(a)));
                    return self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::Print), args));
                }
                if !self.scope.globals.contains_key(name)
                    && matches!(name, "max" | "min")
                    && !c.arguments.keywords.is_empty()
                {
                    return self.minmax_key(c, sp, name == "max");
                }
                if !self.scope.globals.contains_key(name) {
                    let params: Option<&[&str]> = match name {
                        "sorted" => Some(&["iterable", "key", "reverse"]),
                        "enumerate" => Some(&["iterable", "start"]),
                        "sum" => Some(&["iterable", "start"]),
                        "int" => Some(&["x", "base"]),
                        "round" => Some(&["number", "ndigits"]),
                        "open" => Some(&["file", "mode", "buffering", "encoding", "errors", "newline"]),
                        _ => None,
                    };
                    if let (Some(params), false) = (params, c.arguments.keywords.is_empty()) {
                        let Some(args) = self.arguments(c, params) else { return self.bad(sp) };
                        return self.call_with(c, sp, args);
                    }
                }
            }
        }
        // `itertools.zip_longest(a, b, fillvalue=x)`: the fill value last (None left out)
        if self.callee_builtin(&c.func) == Some(Builtin::ItertoolsZipLongest) {
            let mut fill = None;
            for kw in &c.arguments.keywords {
                match kw.arg.as_ref().map(|a| a.as_str()) {
                    Some("fillvalue") if fill.is_none() => fill = Some(self.expr(&kw.value)),
                    _ => {
                        self.err(span(kw.range), "itertools.zip_longest() takes only the keyword `fillvalue=`");
                        return self.bad(sp);
                    }
                }
            }
            if let Some(s) = c.arguments.args.iter().find(|a| a.is_starred_expr()) {
                self.err(span(s.range()), "`*args` in calls is not supported");
                return self.bad(sp);
            }
            let mut args = self.exprs(&c.arguments.args);
            args.push(fill.unwrap_or_else(|| self.expr_node(sp, ExprKind::None)));
            return self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::ItertoolsZipLongest), args));
        }
        // `itertools.product(a, b, repeat=2)`
        if self.callee_builtin(&c.func) == Some(Builtin::ItertoolsProduct) && !c.arguments.keywords.is_empty() {
            let mut repeat = None;
            for kw in &c.arguments.keywords {
                match kw.arg.as_ref().map(|a| a.as_str()) {
                    Some("repeat") if repeat.is_none() => repeat = Some(self.expr(&kw.value)),
                    _ => {
                        self.err(span(kw.range), "itertools.product() takes only the keyword `repeat=`");
                        return self.bad(sp);
                    }
                }
            }
            if c.arguments.args.iter().any(|a| a.is_starred_expr()) {
                self.err(sp, "`*` in the arguments of itertools.product() with `repeat=` is not supported");
                return self.bad(sp);
            }
            let args = self.exprs(&c.arguments.args);
            let repeat = repeat.expect("a keyword");
            return self.product_repeat(sp, args, &repeat);
        }
        // rows of the catalogue's other modules that take keywords (`bisect`'s `lo=`/`key=`)
        let keyed = match self.callee_member(&c.func) {
            Some(Member::Function(Intrinsic::Builtin(b))) => b.params().map(|p| (p, b.name().to_string())),
            Some(Member::Function(Intrinsic::Math(f))) => f.params().map(|p| (p, format!("math.{f}"))),
            _ => None,
        };
        if let Some(((params, positional), name)) = keyed {
            if c.arguments.args.len() > positional {
                self.err(
                    sp,
                    format!(
                        "{name}() takes at most {positional} positional arguments ({} given)",
                        c.arguments.args.len()
                    ),
                );
                return self.bad(sp);
            }
            let Some(args) = self.arguments(c, params) else { return self.bad(sp) };
            return self.call_with(c, sp, args);
        }
        // numpy functions and array methods take keywords (dtype=, axis=, endpoint=)
        let params = match &*c.func {
            ast::Expr::Attribute(a) => match &*a.value {
                ast::Expr::Name(n)
                    if matches!(
                        self.scope.globals.get(n.id.as_str()),
                        Some(Global::KnownModule(Module::Numpy | Module::NumpyRandom | Module::NumpyLinalg))
                    ) && !self.is_local(n.id.as_str()) =>
                {
                    let Some(Global::KnownModule(m)) = self.scope.globals.get(n.id.as_str()) else { unreachable!() };
                    match Member::lookup(*m, a.attr.id.as_str()) {
                        Some(Member::Function(Intrinsic::Numpy(f))) => f.params(),
                        _ => None,
                    }
                }
                // `np.linalg.norm(x, axis=1)`, `np.random.normal(size=3)`
                ast::Expr::Attribute(inner)
                    if matches!(inner.attr.id.as_str(), "linalg" | "random")
                        && matches!(&*inner.value, ast::Expr::Name(n) if matches!(self.scope.globals.get(n.id.as_str()), Some(Global::KnownModule(Module::Numpy))) && !self.locals.contains(n.id.as_str())) =>
                {
                    NumpyFn::from_name(&format!("{}.{}", inner.attr.id, a.attr.id)).and_then(NumpyFn::params)
                }
                _ => Method::from_name(a.attr.id.as_str()).and_then(Method::params),
            },
            ast::Expr::Name(n) => match self.scope.globals.get(n.id.as_str()) {
                Some(Global::Member(Member::Function(Intrinsic::Numpy(f)))) => f.params(),
                _ => None,
            },
            _ => None,
        };
        if let Some(params) = params {
            let Some(args) = self.arguments(c, params) else { return self.bad(sp) };
            return self.call_with(c, sp, args);
        }
        if let Some(k) = c.arguments.keywords.first() {
            self.err(span(k.range), "keyword arguments in calls are not supported yet");
            return self.bad(sp);
        }
        let args = self.exprs(&c.arguments.args);
        self.call_with(c, sp, args)
    }

    /// The builtin row a call's function names by `from module import name` or
    /// `module.name` (not `numpy`'s: those have `NumpyFn::params`).
    fn callee_builtin(&self, func: &ast::Expr) -> Option<Builtin> {
        match self.callee_member(func)? {
            Member::Function(Intrinsic::Builtin(b)) => Some(b),
            _ => None,
        }
    }

    /// The catalogue's member a call's function names by `from module import name` or
    /// `module.name`.
    fn callee_member(&self, func: &ast::Expr) -> Option<Member> {
        Some(match func {
            ast::Expr::Name(n) if self.renamed(n.id.as_str()).is_none() && !self.is_local(n.id.as_str()) => {
                match self.scope.globals.get(n.id.as_str()) {
                    Some(Global::Member(m)) => *m,
                    _ => return None,
                }
            }
            ast::Expr::Attribute(a) => match &*a.value {
                ast::Expr::Name(n) if !self.is_local(n.id.as_str()) => match self.scope.globals.get(n.id.as_str()) {
                    Some(Global::KnownModule(m)) => Member::lookup(*m, a.attr.id.as_str())?,
                    _ => return None,
                },
                _ => return None,
            },
            _ => return None,
        })
    }

    /// The function `iter(x)` calls: `def __pyrs_iter(x): for v in x: yield v`.
    pub(super) fn iter_generator(&mut self, sp: Span) -> String {
        let fname = "__pyrs_builtin__iter".to_string();
        let mut lw = FnLower::new(self.scope);
        let xs = lw.expr_node(sp, ExprKind::Local("x".into()));
        let v = lw.expr_node(sp, ExprKind::Local("v".into()));
        let body = vec![ir::Stmt {
            span: sp,
            kind: StmtKind::For {
                target: Target::Name("v".into(), sp),
                iter: ir::ForIter::Seq(xs),
                body: vec![ir::Stmt { span: sp, kind: StmtKind::Yield(v) }],
                parallel: None,
            },
        }];
        self.synth.push(ir::Function {
            name: fname.clone(),
            span: sp,
            name_span: sp,
            params: vec![ir::Param { name: "x".into(), span: sp, default: None, star: false }],
            body,
            expr_count: lw.next_id,
            errors: Vec::new(),
            parallel_arrays: false,
            fast_math: false,
            doc: None,
        });
        fname
    }

    /// `np.divmod(a, b)`: a call of the file's function `__pyrs_numpy_divmod(x, y)` returning
    /// `(np.floor_divide(x, y), np.remainder(x, y))` (numpy's `divmod` loops give the bits of
    /// those two), so each argument is evaluated once; instantiated per argument types.
    fn numpy_divmod(&mut self, sp: Span, args: Vec<ir::Expr>) -> ir::Expr {
        if args.len() != 2 {
            self.err(sp, format!("numpy.divmod takes 2 arguments here, {} given", args.len()));
            return self.bad(sp);
        }
        let fname = "__pyrs_numpy_divmod".to_string();
        let mut lw = FnLower::new(self.scope);
        let part = |lw: &mut FnLower, op: BinOp, f: NumpyFn| {
            let x = lw.expr_node(sp, ExprKind::Local("x".into()));
            let y = lw.expr_node(sp, ExprKind::Local("y".into()));
            let inner = lw.expr_node(sp, ExprKind::BinOp(op, Box::new(x), Box::new(y)));
            lw.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Numpy(f), vec![inner]))
        };
        let q = part(&mut lw, BinOp::FloorDiv, NumpyFn::FloorDivide);
        let r = part(&mut lw, BinOp::Mod, NumpyFn::Remainder);
        let ret = lw.expr_node(sp, ExprKind::Tuple(vec![q, r]));
        self.synth.push(ir::Function {
            name: fname.clone(),
            span: sp,
            name_span: sp,
            params: ["x", "y"]
                .iter()
                .map(|p| ir::Param { name: p.to_string(), span: sp, default: None, star: false })
                .collect(),
            body: vec![ir::Stmt { span: sp, kind: StmtKind::Return(Some(ret)) }],
            expr_count: lw.next_id,
            errors: Vec::new(),
            parallel_arrays: false,
            fast_math: false,
            doc: None,
        });
        self.expr_node(sp, ExprKind::CallUser(fname, args))
    }

    /// `max(iterable, key=f, default=d)`, `max(a, b, ..., key=f)` (and `min`): the iterable
    /// (the values as a tuple), the key function and the default (`Default` when left out).
    fn minmax_key(&mut self, c: &ast::ExprCall, sp: Span, max: bool) -> ir::Expr {
        let name = if max { "max" } else { "min" };
        let pos = &c.arguments.args;
        if let Some(s) = pos.iter().find(|a| a.is_starred_expr()) {
            self.err(span(s.range()), format!("`*` in the arguments of {name}() with keywords is not supported"));
            return self.bad(sp);
        }
        if pos.is_empty() {
            self.err(sp, format!("{name} expected at least 1 argument, got 0"));
            return self.bad(sp);
        }
        let iterable = if pos.len() == 1 {
            self.expr(&pos[0])
        } else {
            let items = self.exprs(pos);
            self.expr_node(sp, ExprKind::Tuple(items))
        };
        let (mut key, mut default) = (None, None);
        for kw in &c.arguments.keywords {
            match kw.arg.as_ref().map(|a| a.as_str()) {
                Some("key") => key = Some(self.expr(&kw.value)),
                Some("default") if pos.len() > 1 => {
                    self.err(
                        span(kw.range),
                        format!("Cannot specify a default for {name}() with multiple positional arguments"),
                    );
                    return self.bad(sp);
                }
                Some("default") => default = Some(self.expr(&kw.value)),
                _ => {
                    self.err(span(kw.range), format!("{name}(): only `key=` and `default=` are supported"));
                    return self.bad(sp);
                }
            }
        }
        let key = key.unwrap_or_else(|| self.expr_node(sp, ExprKind::Default));
        let default = default.unwrap_or_else(|| self.expr_node(sp, ExprKind::Default));
        let b = if max { Builtin::MaxKey } else { Builtin::MinKey };
        self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Builtin(b), vec![iterable, key, default]))
    }

    /// `f(a, *t)`: a call of the value `f` with the tuple `t` spread into positional
    /// arguments (its length is known from its type).
    fn call_spread(&mut self, c: &ast::ExprCall) -> ir::Expr {
        let sp = span(c.range());
        if let Some(k) = c.arguments.keywords.first() {
            self.err(span(k.range), "keyword arguments together with `*args` in a call are not supported yet");
            return self.bad(sp);
        }
        let f = self.expr(&c.func);
        let args = c
            .arguments
            .args
            .iter()
            .map(|a| match a {
                ast::Expr::Starred(s) => {
                    let x = self.expr(&s.value);
                    self.expr_node(span(s.range), ExprKind::Starred(Box::new(x)))
                }
                a => self.expr(a),
            })
            .collect();
        self.expr_node(sp, ExprKind::CallValue(Box::new(f), args))
    }

    pub(super) fn call_with(&mut self, c: &ast::ExprCall, sp: Span, args: Vec<ir::Expr>) -> ir::Expr {
        if let Some(s) = c.arguments.args.iter().find(|a| a.is_starred_expr()) {
            self.err(span(s.range()), "`*args` in calls is not supported");
            return self.bad(sp);
        }
        match &*c.func {
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                if self.is_local(name) || self.renamed(name).is_some() {
                    // a variable holding a function
                    let f = self.name(name, span(n.range));
                    return self.expr_node(sp, ExprKind::CallValue(Box::new(f), args));
                }
                let kind = match self.scope.globals.get(name) {
                    Some(Global::Function) => ExprKind::CallUser(name.to_string(), args),
                    Some(Global::Member(Member::Function(i))) => {
                        let i = *i;
                        return self.intrinsic_call(sp, i, args);
                    }
                    Some(Global::OtherImport(what)) => {
                        let what = what.clone();
                        self.err(span(n.range), format!("`{what}` is not supported by pyrs"));
                        return self.bad(sp);
                    }
                    Some(_) => {
                        self.err(span(n.range), format!("`{name}` is not callable"));
                        return self.bad(sp);
                    }
                    None if name == "iter" && args.len() == 1 => {
                        // `iter(x)`: a generator yielding the items of `x` (an iterator object
                        // that `next`, `for`, `zip`, `list`... consume as they go)
                        let f = self.iter_generator(sp);
                        ExprKind::CallUser(f, args)
                    }
                    None => {
                        match Builtin::from_name(name) {
                            Some(b) => ExprKind::CallIntrinsic(Intrinsic::Builtin(b), args),
                            None => {
                                self.err(span(n.range), format!("function `{name}` is not defined in this file and is not a builtin pyrs supports"));
                                return self.bad(sp);
                            }
                        }
                    }
                };
                self.expr_node(sp, kind)
            }
            ast::Expr::Attribute(a) => {
                // `np.linalg.norm(x)`
                if let ast::Expr::Attribute(inner) = &*a.value {
                    if let ast::Expr::Name(n) = &*inner.value {
                        if !self.locals.contains(n.id.as_str())
                            && matches!(self.scope.globals.get(n.id.as_str()), Some(Global::KnownModule(Module::Numpy)))
                            && matches!(inner.attr.id.as_str(), "linalg" | "random")
                        {
                            let name = format!("{}.{}", inner.attr.id, a.attr.id);
                            return match NumpyFn::from_name(&name) {
                                Some(f) => self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Numpy(f), args)),
                                None => {
                                    self.err(span(a.range), format!("`numpy.{name}` is not supported yet"));
                                    self.bad(sp)
                                }
                            };
                        }
                    }
                }
                if let ast::Expr::Name(n) = &*a.value {
                    // `dict.fromkeys(...)` of the builtin `dict`
                    if n.id.as_str() == "dict"
                        && a.attr.id.as_str() == "fromkeys"
                        && !self.is_local("dict")
                        && !self.scope.globals.contains_key("dict")
                    {
                        return self
                            .expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::DictFromkeys), args));
                    }
                    // (a module constant's methods are methods: `TABLE.get(k)`, `SEP.join(xs)`)
                    if !self.is_local(n.id.as_str())
                        && !matches!(self.scope.globals.get(n.id.as_str()), Some(Global::Const | Global::Var))
                    {
                        let Some(m) = self.module_member(n.id.as_str(), a.attr.id.as_str(), span(a.range)) else {
                            return self.bad(sp);
                        };
                        let Member::Function(i) = m else {
                            self.err(span(a.range), format!("`{}` is not callable", m.python_name()));
                            return self.bad(sp);
                        };
                        return self.intrinsic_call(sp, i, args);
                    }
                }
                let errors_before = self.errors.len();
                let receiver = self.expr(&a.value);
                if a.attr.id.as_str() == "send" && Method::from_name("send").is_none() {
                    // `g.send(v)` of a generator (inference checks the receiver)
                    if args.len() != 1 {
                        self.err(sp, format!("generator.send() takes exactly one argument ({} given)", args.len()));
                        return self.bad(sp);
                    }
                    let mut args = args;
                    args.insert(0, receiver);
                    return self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::GenSend), args));
                }
                let Some(method) = Method::from_name(a.attr.id.as_str()) else {
                    // a receiver that could not be lowered has been reported: its methods are moot
                    if self.errors.len() == errors_before {
                        self.err(span(a.attr.range), format!("method `{}` is not supported yet", a.attr.id));
                    }
                    return self.bad(sp);
                };
                let method_span = span(a.attr.range);
                self.expr_node(sp, ExprKind::CallMethod { receiver: Box::new(receiver), method, method_span, args })
            }
            other => {
                // `fs[0](x)`, `make_f()(x)`: the value is a function
                let f = self.expr(other);
                self.expr_node(sp, ExprKind::CallValue(Box::new(f), args))
            }
        }
    }

    /// A call of an intrinsic. numpy's operators as functions (`np.less(a, b)`, see
    /// `Ufunc::Operator`) get one argument: the operator applied to their arguments
    /// (`np.logical_and(a, b)` is `(a != 0) & (b != 0)`, `np.logical_not(a)` is `a == 0`);
    /// `np.allclose(...)` is `np.all(np.isclose(...))`.
    pub(super) fn intrinsic_call(&mut self, sp: Span, i: Intrinsic, args: Vec<ir::Expr>) -> ir::Expr {
        if i == Intrinsic::Numpy(NumpyFn::RConcat) {
            self.err(sp, "`np.r_` is indexed (`np.r_[a, b]`), not called (numpy raises TypeError)");
            return self.bad(sp);
        }
        let args = match i {
            Intrinsic::Numpy(f) => match self.nan_reduction(sp, f, args) {
                Ok(e) => return e,
                Err(args) => args,
            },
            Intrinsic::Builtin(b) => {
                match self.bisect_call(sp, b, args).or_else(|args| self.itertools_call(sp, b, args)) {
                    Ok(e) => return e,
                    Err(args) => args,
                }
            }
            _ => args,
        };
        if i == Intrinsic::Numpy(NumpyFn::Divmod) {
            return self.numpy_divmod(sp, args);
        }
        if i == Intrinsic::Numpy(NumpyFn::Allclose) {
            // numpy's `bool(all(isclose(...)))`: a Python bool
            let close = self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Numpy(NumpyFn::Isclose), args));
            let all = self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Numpy(NumpyFn::All), vec![close]));
            return self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::Bool), vec![all]));
        }
        let Some(op) = (match i {
            Intrinsic::Numpy(f) => f.operator(),
            _ => None,
        }) else {
            return self.expr_node(sp, ExprKind::CallIntrinsic(i, args));
        };
        let n = if matches!(op, "~" | "not" | "neg") { 1 } else { 2 };
        if args.len() != n {
            self.err(
                sp,
                format!(
                    "{} takes {n} argument{} here, {} given",
                    i.python_name(),
                    if n == 1 { "" } else { "s" },
                    args.len()
                ),
            );
            return self.bad(sp);
        }
        let mut it = args.into_iter();
        let a = it.next().expect("checked");
        let b = it.next();
        // `x != 0` (`x == 0` for `not`): the truth of x as numpy's logical functions take it
        let truth = |lw: &mut Self, x: ir::Expr, cmp: CmpOp| {
            let zero = lw.expr_node(x.span, ExprKind::Int(0));
            lw.expr_node(x.span, ExprKind::Compare(Box::new(x), vec![(cmp, zero)]))
        };
        let inner = match (op, b) {
            ("not", None) => truth(self, a, CmpOp::Eq),
            ("~", None) => self.expr_node(sp, ExprKind::Unary(UnaryOp::Invert, Box::new(a))),
            ("neg", None) => self.expr_node(sp, ExprKind::Unary(UnaryOp::Neg, Box::new(a))),
            (cmp @ ("<" | "<=" | ">" | ">=" | "==" | "!="), Some(b)) => {
                let c = match cmp {
                    "<" => CmpOp::Lt,
                    "<=" => CmpOp::LtE,
                    ">" => CmpOp::Gt,
                    ">=" => CmpOp::GtE,
                    "==" => CmpOp::Eq,
                    _ => CmpOp::NotEq,
                };
                self.expr_node(sp, ExprKind::Compare(Box::new(a), vec![(c, b)]))
            }
            (bit @ ("&" | "|" | "^" | "//" | "%" | "+" | "-" | "*" | "/"), Some(b)) => {
                let o = match bit {
                    "&" => BinOp::BitAnd,
                    "|" => BinOp::BitOr,
                    "//" => BinOp::FloorDiv,
                    "%" => BinOp::Mod,
                    "+" => BinOp::Add,
                    "-" => BinOp::Sub,
                    "*" => BinOp::Mul,
                    "/" => BinOp::Div,
                    _ => BinOp::BitXor,
                };
                self.expr_node(sp, ExprKind::BinOp(o, Box::new(a), Box::new(b)))
            }
            (logical, Some(b)) => {
                let o = match logical {
                    "and" => BinOp::BitAnd,
                    "or" => BinOp::BitOr,
                    _ => BinOp::BitXor,
                };
                let (ta, tb) = (truth(self, a, CmpOp::NotEq), truth(self, b, CmpOp::NotEq));
                self.expr_node(sp, ExprKind::BinOp(o, Box::new(ta), Box::new(tb)))
            }
            _ => unreachable!("the operators of numpy's rows"),
        };
        self.expr_node(sp, ExprKind::CallIntrinsic(i, vec![inner]))
    }
}
