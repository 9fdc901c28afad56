//! Expressions: operators, literals, names and attributes, subscripts and `dtype=`
//! arguments, comprehensions and f-strings.

use super::scope::collect_target_names;
use super::*;

impl FnLower<'_> {
    /// `[elt for target in iter if cond ...]` and its set/dict/generator forms. The loop
    /// variables are renamed so that they stay local to the comprehension, as in Python 3.
    pub(super) fn comprehension(
        &mut self,
        kind: ir::CompKind,
        elt: &ast::Expr,
        value: Option<&ast::Expr>,
        gens: &[ast::Comprehension],
    ) -> ExprKind {
        let depth = self.renames.len();
        let mut out = Vec::new();
        for g in gens {
            if g.is_async {
                self.err(span(g.range), "`async for` is not supported");
            }
            let iter = self.for_iter(&g.iter);
            let mut names = HashSet::new();
            collect_target_names(&g.target, &mut names);
            let mut names: Vec<String> = names.into_iter().collect();
            names.sort();
            for n in names {
                self.comp_count += 1;
                let r = format!("{n}__c{}", self.comp_count);
                self.locals.insert(r.clone());
                self.renames.push((n, r));
            }
            let target = self.target(&g.target);
            let ifs = g.ifs.iter().map(|c| self.expr(c)).collect();
            out.push(ir::CompFor { target, iter, ifs });
        }
        let elt = Box::new(self.expr(elt));
        let value = value.map(|v| Box::new(self.expr(v)));
        self.renames.truncate(depth);
        ExprKind::Comp { kind, elt, value, gens: out }
    }

    pub(super) fn fstring(&mut self, f: &ast::ExprFString) -> ExprKind {
        let mut parts = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => parts.push(ir::FPart::Lit(l.value.to_string())),
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        match el {
                            ast::InterpolatedStringElement::Literal(l) => {
                                parts.push(ir::FPart::Lit(l.value.to_string()))
                            }
                            ast::InterpolatedStringElement::Interpolation(i) => {
                                if i.debug_text.is_some() {
                                    self.err(span(i.range), "`=` in f-strings is not supported");
                                    continue;
                                }
                                let expr = self.expr(&i.expression);
                                let conv = match i.conversion {
                                    ast::ConversionFlag::None => None,
                                    ast::ConversionFlag::Str => Some('s'),
                                    ast::ConversionFlag::Repr => Some('r'),
                                    ast::ConversionFlag::Ascii => Some('a'),
                                };
                                let mut spec = String::new();
                                if let Some(fs) = &i.format_spec {
                                    for e in fs.elements.iter() {
                                        match e {
                                            ast::InterpolatedStringElement::Literal(l) => spec.push_str(&l.value),
                                            ast::InterpolatedStringElement::Interpolation(x) => {
                                                self.err(
                                                    span(x.range),
                                                    "nested replacement fields in a format spec are not supported",
                                                );
                                            }
                                        }
                                    }
                                }
                                parts.push(ir::FPart::Value { expr, conv, spec });
                            }
                        }
                    }
                }
            }
        }
        ExprKind::FString(parts)
    }

    /// The index of a subscript: expressions, slices `a:b:c`, `None`, and tuples of them.
    pub(super) fn index(&mut self, e: &ast::Expr) -> ir::Expr {
        match e {
            ast::Expr::Slice(s) => {
                let part = |lw: &mut Self, x: &Option<Box<ast::Expr>>| x.as_ref().map(|x| Box::new(lw.expr(x)));
                let lower = part(self, &s.lower);
                let upper = part(self, &s.upper);
                let step = part(self, &s.step);
                self.expr_node(span(s.range), ExprKind::Slice { lower, upper, step })
            }
            ast::Expr::Tuple(t) => {
                let items = t.elts.iter().map(|x| self.index(x)).collect();
                self.expr_node(span(t.range), ExprKind::Tuple(items))
            }
            // `...` in an index (numpy's Ellipsis): whole axes
            ast::Expr::EllipsisLiteral(x) => self.expr_node(span(x.range), ExprKind::Const(Constant::Ellipsis)),
            _ => self.expr(e),
        }
    }

    /// A `dtype=` argument: `float`, `np.float64`, `'f8'`, ...
    pub(super) fn dtype(&mut self, e: &ast::Expr) -> ir::Expr {
        let sp = span(e.range());
        let spelling = match e {
            // `dtype = np.float64` earlier: the variable's value (checked by inference)
            ast::Expr::Name(n) if self.is_local(n.id.as_str()) => return self.expr(e),
            ast::Expr::Name(n) => Some(n.id.to_string()),
            ast::Expr::Attribute(a) => match &*a.value {
                ast::Expr::Name(m)
                    if matches!(self.scope.globals.get(m.id.as_str()), Some(Global::KnownModule(Module::Numpy))) =>
                {
                    if a.attr.id.as_str() == "float" || a.attr.id.as_str() == "int" || a.attr.id.as_str() == "complex" {
                        self.err(
                            sp,
                            format!(
                                "`np.{}` was removed in NumPy 1.24: use `{}` or `np.{}64`",
                                a.attr.id, a.attr.id, a.attr.id
                            ),
                        );
                        return self.bad(sp);
                    }
                    Some(a.attr.id.to_string())
                }
                // `dtype=a.dtype`: an expression giving a dtype (checked by inference)
                _ if a.attr.id.as_str() == "dtype" => return self.expr(e),
                _ => None,
            },
            ast::Expr::StringLiteral(st) => Some(st.value.to_str().to_string()),
            ast::Expr::NoneLiteral(_) => return self.expr_node(sp, ExprKind::Default),
            _ => None,
        };
        match spelling.as_deref().and_then(library::dtype_name) {
            Some(name) => self.expr_node(sp, ExprKind::DType(name)),
            None => {
                self.err(sp, "unsupported dtype: use bool, int, float, complex or a numpy type such as np.int8 … np.uint64, np.float32, np.float64, np.complex64, np.complex128");
                self.bad(sp)
            }
        }
    }

    pub(super) fn binop(&mut self, op: ast::Operator, sp: Span) -> Option<ir::BinOp> {
        use ast::Operator as O;
        Some(match op {
            O::Add => ir::BinOp::Add,
            O::Sub => ir::BinOp::Sub,
            O::Mult => ir::BinOp::Mul,
            O::Div => ir::BinOp::Div,
            O::FloorDiv => ir::BinOp::FloorDiv,
            O::Mod => ir::BinOp::Mod,
            O::Pow => ir::BinOp::Pow,
            O::BitAnd => ir::BinOp::BitAnd,
            O::BitOr => ir::BinOp::BitOr,
            O::BitXor => ir::BinOp::BitXor,
            O::LShift => ir::BinOp::LShift,
            O::RShift => ir::BinOp::RShift,
            O::MatMult => {
                self.err(sp, "the matrix product `@=` is not supported: write `a = a @ b`");
                return None;
            }
        })
    }

    pub(super) fn exprs(&mut self, es: &[ast::Expr]) -> Vec<ir::Expr> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    pub(super) fn expr(&mut self, e: &ast::Expr) -> ir::Expr {
        let sp = span(e.range());
        let kind = match e {
            ast::Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => match i.as_i64() {
                    Some(v) => ExprKind::Int(v),
                    None => {
                        self.err(sp, "integer literal does not fit in 64 bits (pyrs ints are 64-bit)");
                        return self.bad(sp);
                    }
                },
                Number::Float(f) => ExprKind::Float(*f),
                Number::Complex { imag, .. } => ExprKind::Imag(*imag),
            },
            ast::Expr::BooleanLiteral(b) => ExprKind::Bool(b.value),
            ast::Expr::NoneLiteral(_) => ExprKind::None,
            ast::Expr::Name(n) => return self.name(n.id.as_str(), sp),
            ast::Expr::BinOp(b) if b.op == ast::Operator::MatMult => {
                // `a @ b` is `numpy.matmul(a, b)`
                let l = self.expr(&b.left);
                let r = self.expr(&b.right);
                ExprKind::CallIntrinsic(Intrinsic::Numpy(NumpyFn::Matmul), vec![l, r])
            }
            ast::Expr::BinOp(b) => {
                let Some(op) = self.binop(b.op, sp) else { return self.bad(sp) };
                let l = self.expr(&b.left);
                let r = self.expr(&b.right);
                ExprKind::BinOp(op, Box::new(l), Box::new(r))
            }
            ast::Expr::UnaryOp(u) => {
                let op = match u.op {
                    ast::UnaryOp::USub => ir::UnaryOp::Neg,
                    ast::UnaryOp::UAdd => ir::UnaryOp::Pos,
                    ast::UnaryOp::Not => ir::UnaryOp::Not,
                    ast::UnaryOp::Invert => ir::UnaryOp::Invert,
                };
                // fold `-<int literal>` so that -9223372036854775808 is representable
                if let (ir::UnaryOp::Neg, ast::Expr::NumberLiteral(n)) = (op, &*u.operand) {
                    if let Number::Int(i) = &n.value {
                        if i.as_u64() == Some(1u64 << 63) {
                            return self.expr_node(sp, ExprKind::Int(i64::MIN));
                        }
                    }
                }
                let operand = self.expr(&u.operand);
                ExprKind::Unary(op, Box::new(operand))
            }
            ast::Expr::BoolOp(b) => {
                let op = match b.op {
                    ast::BoolOp::And => ir::BoolOp::And,
                    ast::BoolOp::Or => ir::BoolOp::Or,
                };
                ExprKind::BoolOp(op, self.exprs(&b.values))
            }
            ast::Expr::Compare(c) => {
                if let Some(e) = self.type_compare(c) {
                    return e;
                }
                let left = self.expr(&c.left);
                let mut rest = Vec::new();
                for (op, r) in c.ops.iter().zip(c.comparators.iter()) {
                    let op = match op {
                        ast::CmpOp::Eq => ir::CmpOp::Eq,
                        ast::CmpOp::NotEq => ir::CmpOp::NotEq,
                        ast::CmpOp::Lt => ir::CmpOp::Lt,
                        ast::CmpOp::LtE => ir::CmpOp::LtE,
                        ast::CmpOp::Gt => ir::CmpOp::Gt,
                        ast::CmpOp::GtE => ir::CmpOp::GtE,
                        ast::CmpOp::Is => ir::CmpOp::Is,
                        ast::CmpOp::IsNot => ir::CmpOp::IsNot,
                        ast::CmpOp::In => ir::CmpOp::In,
                        ast::CmpOp::NotIn => ir::CmpOp::NotIn,
                    };
                    rest.push((op, self.expr(r)));
                }
                ExprKind::Compare(Box::new(left), rest)
            }
            ast::Expr::If(i) => ExprKind::IfExp {
                test: Box::new(self.expr(&i.test)),
                body: Box::new(self.expr(&i.body)),
                orelse: Box::new(self.expr(&i.orelse)),
            },
            ast::Expr::Call(c) => return self.call(c),
            ast::Expr::Attribute(a) => {
                if let Some(e) = self.type_name_attr(a) {
                    return e;
                }
                // `str.lower`: a method of a builtin type as a function
                if let ast::Expr::Name(n) = &*a.value {
                    let owner = n.id.as_str();
                    if matches!(owner, "str" | "list" | "dict" | "set" | "float" | "int" | "complex")
                        && self.resolves_to_builtin(owner)
                    {
                        if let Some(m) = Method::from_name(a.attr.id.as_str()) {
                            return self.method_value(sp, owner, None, m);
                        }
                    }
                }
                // `xs.append` read, not called: a bound method
                let module_name = matches!(&*a.value, ast::Expr::Name(n) if !self.is_local(n.id.as_str()) && self.scope.globals.get(n.id.as_str()).is_some_and(|g| matches!(g, Global::KnownModule(_) | Global::OtherModule(_))));
                if !module_name {
                    if let Some(m) = Method::from_name(a.attr.id.as_str()) {
                        let receiver = self.expr(&a.value);
                        return self.method_value(sp, "", Some(receiver), m);
                    }
                }
                if let ast::Expr::Name(n) = &*a.value {
                    if !self.is_local(n.id.as_str()) {
                        return match self.module_member(n.id.as_str(), a.attr.id.as_str(), sp) {
                            Some(Member::Constant(_, c)) => self.expr_node(sp, ExprKind::Const(c)),
                            // a scalar type as a value: a dtype (`a.dtype == np.float32`)
                            Some(Member::Function(Intrinsic::Numpy(t))) if t.dtype().is_some() => {
                                self.expr_node(sp, ExprKind::DType(t.dtype().expect("checked")))
                            }
                            Some(Member::Function(i)) => self.intrinsic_value(i, sp),
                            None => self.bad(sp),
                        };
                    }
                }
                let value = self.expr(&a.value);
                ExprKind::Attribute(Box::new(value), a.attr.id.to_string())
            }
            ast::Expr::Subscript(s) => {
                if self.is_numpy_r(&s.value) {
                    return self.numpy_r(s, sp);
                }
                let value = self.expr(&s.value);
                let index = self.index(&s.slice);
                ExprKind::Subscript(Box::new(value), Box::new(index))
            }
            ast::Expr::Tuple(t) => ExprKind::Tuple(self.exprs(&t.elts)),
            ast::Expr::List(l) => ExprKind::List(self.exprs(&l.elts)),
            ast::Expr::Set(l) => ExprKind::Set(self.exprs(&l.elts)),
            ast::Expr::StringLiteral(st) => ExprKind::Str(st.value.to_str().to_string()),
            ast::Expr::FString(f) => self.fstring(f),
            ast::Expr::Dict(d) => {
                let mut items = Vec::new();
                for it in d.items.iter() {
                    match &it.key {
                        Some(k) => {
                            let k = self.expr(k);
                            let v = self.expr(&it.value);
                            items.push((k, v));
                        }
                        None => {
                            self.err(span(it.value.range()), "`**` in a dict display is not supported");
                            return self.bad(sp);
                        }
                    }
                }
                ExprKind::Dict(items)
            }
            ast::Expr::ListComp(c) => self.comprehension(ir::CompKind::List, &c.elt, None, &c.generators),
            ast::Expr::Generator(c) if self.genexprs.contains_key(&c.range.start().to_u32()) => {
                self.genexpr_call(c, sp)
            }
            ast::Expr::Generator(c) => self.comprehension(ir::CompKind::List, &c.elt, None, &c.generators),
            ast::Expr::SetComp(c) => self.comprehension(ir::CompKind::Set, &c.elt, None, &c.generators),
            ast::Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(ir::CompKind::Dict, k, Some(&c.value), &c.generators),
                None => {
                    self.err(sp, "`**` in a dict comprehension is not valid");
                    return self.bad(sp);
                }
            },
            ast::Expr::Lambda(l) => {
                match self.lambdas.get(&l.range.start().to_u32()).and_then(|k| self.local_funcs.get(k)) {
                    Some(lf) => {
                        let rust = lf.rust_name.clone();
                        let caps = lf.captured.clone();
                        self.closure(sp, "this lambda".into(), caps.clone());
                        let caps = caps.into_iter().map(|c| self.expr_node(sp, ExprKind::Local(c))).collect();
                        ExprKind::FuncRef(rust, caps)
                    }
                    None => {
                        self.err(sp, "this lambda is not supported (lambdas inside lambdas)");
                        return self.bad(sp);
                    }
                }
            }
            other => {
                self.err(sp, format!("{} is not supported yet", describe_expr(other)));
                return self.bad(sp);
            }
        };
        self.expr_node(sp, kind)
    }
}

impl FnLower<'_> {
    /// `np.r_` (the numpy module's `r_`, not a local).
    fn is_numpy_r(&self, value: &ast::Expr) -> bool {
        matches!(value, ast::Expr::Attribute(a) if a.attr.id.as_str() == "r_"
            && matches!(&*a.value, ast::Expr::Name(n) if !self.is_local(n.id.as_str())
                && matches!(self.scope.globals.get(n.id.as_str()), Some(Global::KnownModule(Module::Numpy)))))
    }

    /// `np.r_[a, 0:5, x]`: the call `r_(a, np.arange(0, 5), x)` of the catalogue's row, each
    /// slice an `np.arange` (a complex step, numpy's `linspace` spelling, and string directives
    /// are refused).
    fn numpy_r(&mut self, s: &ast::ExprSubscript, sp: Span) -> ir::Expr {
        let items: Vec<&ast::Expr> = match &*s.slice {
            ast::Expr::Tuple(t) => t.elts.iter().collect(),
            other => vec![other],
        };
        let mut args = Vec::new();
        for item in items {
            match item {
                ast::Expr::Slice(sl) => {
                    let isp = span(sl.range);
                    let complex = |e: &Option<Box<ast::Expr>>| matches!(e.as_deref(), Some(ast::Expr::NumberLiteral(n)) if matches!(n.value, ast::Number::Complex { .. }));
                    if complex(&sl.step) {
                        self.err(
                            isp,
                            "`np.r_[start:stop:nj]` (a number of points) is not supported yet: use np.linspace",
                        );
                        return self.bad(sp);
                    }
                    let Some(stop) = &sl.upper else {
                        self.err(isp, "a slice in `np.r_[...]` needs a stop");
                        return self.bad(sp);
                    };
                    let start = match &sl.lower {
                        Some(x) => self.expr(x),
                        None => self.expr_node(isp, ExprKind::Int(0)),
                    };
                    let stop = self.expr(stop);
                    let step = match &sl.step {
                        Some(x) => self.expr(x),
                        None => self.expr_node(isp, ExprKind::Default),
                    };
                    let dtype = self.expr_node(isp, ExprKind::Default);
                    args.push(self.expr_node(
                        isp,
                        ExprKind::CallIntrinsic(Intrinsic::Numpy(NumpyFn::Arange), vec![start, stop, step, dtype]),
                    ));
                }
                ast::Expr::StringLiteral(st) => {
                    self.err(span(st.range), "string directives in `np.r_[...]` are not supported yet");
                    return self.bad(sp);
                }
                other => args.push(self.expr(other)),
            }
        }
        self.expr_node(sp, ExprKind::CallIntrinsic(Intrinsic::Numpy(NumpyFn::RConcat), args))
    }
}
