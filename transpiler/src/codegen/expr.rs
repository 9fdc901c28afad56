//! Expressions: each IR expression → a Rust expression of the Rust type of its inferred type.
//! Fallible operations end in `?` (the instance returns `rt::Result`).

use super::names::{is_copy, local};
use super::Gen;
use crate::infer::{const_index, negative_int_constant, Instance, InstanceKey};
use crate::ir::{self, BinOp, BoolOp, CmpOp, ExprKind, UnaryOp};
use crate::library::{Builtin as B, Constant, Intrinsic, MathFn as M, Method, NumpyFn as N};
use crate::types::{Elem, Ty};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

pub struct Body<'a> {
    pub g: &'a Gen<'a>,
    pub inst: &'a Instance,
    pub temps: u32,
    /// where calls of this instance to itself go (the next copy when recursion is unrolled)
    pub self_target: Option<Ident>,
    /// element context (inside the loops of a fused array expression): leaves → element reads
    pub elem_active: bool,
    pub elem_map: std::collections::HashMap<crate::ir::ExprId, TokenStream>,
    /// the call being generated is an expression statement (its result is dropped at once)
    pub discard_result: bool,
    /// int variables with known bounds (loop variables of ranges with known ends)
    pub int_ranges: crate::analysis::ranges::IntRanges,
    /// complex array leaves of fused expressions → a flag: numpy's `absolute` of that array
    /// takes its scalar `hypot` loop (the array is one run in memory, backwards)
    pub abs_hypot: std::collections::HashMap<crate::ir::ExprId, Ident>,
    /// inside the closure of a `try` body or handler: `return`/`break`/`continue` leave it
    /// as an `rt::Flow` value
    pub in_try: bool,
    /// loops entered since the innermost `try` closure (a `break` at 0 leaves the closure)
    pub loops_in_try: u32,
    /// loops around the current statement
    pub loop_depth: u32,
    /// the exception being handled, innermost last (for a bare `raise`)
    pub except_vars: Vec<Ident>,
    /// subscripts proven in bounds by a test before their loop (`super::hoist`)
    pub hoist: super::hoist::State,
}

/// Converts a value of type `from` to type `to` along Python's numeric tower.
pub fn coerce(v: TokenStream, from: &Ty, to: &Ty) -> TokenStream {
    let (from, to) = (&from.base(), &to.base());
    if from == to || *from == Ty::Unknown || *to == Ty::Unknown {
        return v;
    }
    match (from, to) {
        (Ty::Bool, Ty::Int) => quote!((#v as i64)),
        (Ty::Bool, Ty::Float) => quote!(((#v as i64) as f64)),
        (Ty::Int, Ty::Float) => quote!((#v as f64)),
        (Ty::Bool, Ty::Complex) => quote!(rt::Complex64::new((#v as i64) as f64, 0.0)),
        (Ty::Int, Ty::Complex) => quote!(rt::Complex64::new(#v as f64, 0.0)),
        (Ty::Float, Ty::Complex) => quote!(rt::Complex64::new(#v, 0.0)),
        (Ty::Tuple(a), Ty::Tuple(b)) if a.len() == b.len() => {
            let parts = a.iter().zip(b).enumerate().map(|(i, (x, y))| {
                let idx = syn::Index::from(i);
                coerce(quote!(__c.#idx), x, y)
            });
            quote!({ let __c = #v; (#(#parts,)*) })
        }
        // a list made with other elements (`[0] * n` in a float-list variable): a new list with
        // the elements converted (only fresh lists reach here: a variable has one type)
        (Ty::List(a), Ty::List(b)) if **a != Ty::Unknown => {
            let x = coerce(quote!(__x), a, b);
            quote!(rt::List::from_vec(#v.to_vec().into_iter().map(|__x| #x).collect()))
        }
        _ => v,
    }
}

fn int_lit(v: i64) -> TokenStream {
    if v == i64::MIN {
        quote!(i64::MIN)
    } else {
        let l = Literal::i64_suffixed(v);
        quote!(#l)
    }
}

fn float_lit(v: f64) -> TokenStream {
    if v.is_infinite() {
        if v > 0.0 {
            quote!(f64::INFINITY)
        } else {
            quote!(f64::NEG_INFINITY)
        }
    } else if v.is_nan() {
        quote!(f64::NAN)
    } else {
        // the shortest form that reads back as the same float: `0.1f64`, `1e308f64`
        format!("{v:?}f64").parse().unwrap_or_else(|_| {
            let l = Literal::f64_suffixed(v);
            quote!(#l)
        })
    }
}

/// Python's truth value of a value of type `t`.
pub fn truth_of(v: TokenStream, t: &Ty) -> TokenStream {
    match &t.base() {
        Ty::Bool => v,
        Ty::Int => quote!((#v != 0)),
        Ty::Float => quote!((#v != 0.0)),
        Ty::Complex => quote!(rt::builtins::conv::truth_complex(#v)),
        Ty::List(_) | Ty::Str | Ty::Dict(..) | Ty::Set(_) | Ty::Iter(_) => quote!((!#v.is_empty())),
        Ty::Tuple(ts) => {
            let b = !ts.is_empty();
            quote!({ let _ = #v; #b })
        }
        _ => quote!({ let _ = #v; false }),
    }
}

impl Body<'_> {
    /// The type of `e` as Python values (numpy scalars as their Python counterparts).
    pub fn ty(&self, e: &ir::Expr) -> Ty {
        match self.inst.ty(e) {
            // in element context an array stands for its element
            Ty::Array(el, _) if self.elem_active => el.scalar().base(),
            t => t.base(),
        }
    }

    /// Whether `e` is an array read element by element here (numpy's array loops apply).
    pub fn is_array_elem(&self, e: &ir::Expr) -> bool {
        self.elem_active && matches!(self.inst.ty(e), Ty::Array(..))
    }

    /// Whether `e` is a numpy scalar (numpy's arithmetic rules apply).
    pub fn is_np(&self, e: &ir::Expr) -> bool {
        match self.inst.ty(e) {
            Ty::Array(el, _) if self.elem_active => *el != crate::types::Elem::Bool,
            t => t.is_np(),
        }
    }

    pub fn temp(&mut self) -> Ident {
        self.temps += 1;
        format_ident!("__t{}", self.temps)
    }

    pub fn truth(&mut self, e: &ir::Expr) -> TokenStream {
        let t = self.ty(e);
        // comparisons and `and`/`or` of bools are already bools
        let v = self.expr(e);
        truth_of(v, &t)
    }

    /// A list or array variable used in place (receiver of a method, indexed): no clone.
    pub fn place(&mut self, e: &ir::Expr) -> TokenStream {
        match &e.kind {
            ExprKind::Local(n) => {
                let id = local(n);
                quote!(#id)
            }
            _ => self.expr(e),
        }
    }

    /// An expression coerced to type `to`.
    pub fn expr_as(&mut self, e: &ir::Expr, to: &Ty) -> TokenStream {
        if let (ExprKind::Int(v), Ty::Float) = (&e.kind, to.base()) {
            if v.unsigned_abs() <= 1 << 53 {
                return float_lit(*v as f64);
            }
        }
        let from = self.ty(e);
        let v = self.expr(e);
        coerce(v, &from, to)
    }

    /// The `[i, j, ...]` index of an array element access.
    pub fn array_index(&mut self, index: &ir::Expr) -> TokenStream {
        match (&index.kind, self.ty(index).clone()) {
            (ExprKind::Tuple(items), _) => {
                let parts: Vec<TokenStream> = items.iter().map(|i| self.expr_as(i, &Ty::Int)).collect();
                quote!([#(#parts),*])
            }
            (_, Ty::Tuple(items)) => {
                let v = self.expr(index);
                let parts = items.iter().enumerate().map(|(k, t)| {
                    let idx = syn::Index::from(k);
                    coerce(quote!(__i.#idx), t, &Ty::Int)
                });
                quote!({ let __i = #v; [#(#parts),*] })
            }
            _ => {
                let i = self.expr_as(index, &Ty::Int);
                quote!([#i])
            }
        }
    }

    pub fn expr(&mut self, e: &ir::Expr) -> TokenStream {
        if self.elem_active {
            if let Some(read) = self.elem_map.get(&e.id) {
                return read.clone();
            }
        } else if let Ty::Array(..) = self.inst.ty(e) {
            if self.is_elementwise(e)
                || matches!(
                    e.kind,
                    ExprKind::Subscript(..) | ExprKind::Attribute(..) | ExprKind::CallIntrinsic(Intrinsic::Numpy(_), _)
                )
                || matches!(&e.kind, ExprKind::CallMethod { method, .. } if matches!(method, Method::Copy | Method::Conj | Method::Conjugate))
            {
                return self.array_value(e);
            }
        }
        self.expr_plain(e)
    }

    /// `expr` without the array dispatch.
    pub fn expr_plain(&mut self, e: &ir::Expr) -> TokenStream {
        let t = self.ty(e);
        match &e.kind {
            ExprKind::Str(v) => quote!(rt::Str::from(#v)),
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::Set(items) => self.set_literal(items, &t),
            ExprKind::Dict(items) => self.dict_literal(items, &t),
            ExprKind::Comp { kind, elt, value, gens } => self.comprehension(*kind, elt, value.as_deref(), gens, &t),
            ExprKind::FuncRef(..) => quote!(()),
            ExprKind::Compare(..) if self.inst.static_tests.contains_key(&e.id) => {
                let v = self.inst.static_tests[&e.id];
                quote!(#v)
            }
            ExprKind::CallIntrinsic(
                Intrinsic::Builtin(B::Range | B::Enumerate | B::Zip | B::Reversed) | Intrinsic::Numpy(N::Ndenumerate),
                _,
            ) => {
                let it = self.iter_code(e);
                quote!(#it.collect::<Vec<_>>())
            }
            ExprKind::CallMethod { receiver, method, .. }
                if matches!(self.inst.ty(receiver), Ty::Dict(..))
                    && matches!(method, Method::Keys | Method::Values | Method::Items) =>
            {
                let it = self.iter_code(e);
                quote!(#it.collect::<Vec<_>>())
            }
            ExprKind::Int(v) => int_lit(*v),
            ExprKind::Float(v) => float_lit(*v),
            ExprKind::Imag(v) => {
                let v = float_lit(*v);
                quote!(rt::Complex64::new(0.0, #v))
            }
            ExprKind::Bool(b) => quote!(#b),
            ExprKind::None => quote!(()),
            ExprKind::Local(n) => {
                let id = local(n);
                if is_copy(&t) {
                    quote!(#id)
                } else {
                    quote!(#id.clone())
                }
            }
            ExprKind::Const(c) => match c {
                Constant::Pi => quote!(rt::math::PI),
                Constant::E => quote!(rt::math::E),
                Constant::Tau => quote!(rt::math::TAU),
                Constant::Inf => quote!(rt::math::INF),
                Constant::Nan => quote!(rt::math::NAN),
                Constant::NewAxis | Constant::Ellipsis => quote!(compile_error!("pyrs: an index item as a value")),
            },
            ExprKind::BinOp(op, l, r) => {
                if let Some(code) = self.sized_binop(e, *op, l, r) {
                    return code;
                }
                let (lt, rt_) = (self.ty(l), self.ty(r));
                // `[x] * n`: build the repeated list directly
                if let (BinOp::Mul, ExprKind::List(items), Ty::List(el)) = (op, &l.kind, &t) {
                    let items: Vec<TokenStream> = items.iter().map(|x| self.expr_as(x, el)).collect();
                    let n = self.expr_as(r, &Ty::Int);
                    return quote!(rt::List::repeat(vec![#(#items),*], #n));
                }
                let np = self.is_np(e);
                // an int literal in float arithmetic is a float literal (`2*x` on floats)
                let fold = matches!(t, Ty::Float | Ty::Complex) && *op != BinOp::Pow;
                let (a, lt) = if fold && lt == Ty::Int && matches!(l.kind, ExprKind::Int(_)) {
                    (self.expr_as(l, &Ty::Float), Ty::Float)
                } else {
                    (self.expr(l), lt)
                };
                let (b, rt_) = if fold && rt_ == Ty::Int && matches!(r.kind, ExprKind::Int(_)) {
                    (self.expr_as(r, &Ty::Float), Ty::Float)
                } else {
                    (self.expr(r), rt_)
                };
                if t == Ty::Complex && self.is_array_elem(e) {
                    if let Some(code) =
                        super::sized::numpy_loop_op(Elem::Complex128, *op, true, (&a, &lt), (&b, &rt_), r)
                    {
                        return code;
                    }
                }
                if !np {
                    if let Some(code) = self.proven_binop(e, *op, &a, &lt, &b, &rt_, r) {
                        return code;
                    }
                }
                self.binop(*op, a, &lt, b, &rt_, r, np).0
            }
            ExprKind::Unary(op, x) => {
                let xt = self.ty(x);
                let v = self.expr(x);
                let v = match self.sized_of(e) {
                    // -x, ~x of a sized int wrap to its width
                    Some(el) if !matches!(op, UnaryOp::Not) => {
                        let code = self.unary_code(*op, v, &xt, &t, e);
                        return super::sized::narrow(el, code);
                    }
                    _ => v,
                };
                self.unary_code(*op, v, &xt, &t, e)
            }
            ExprKind::BoolOp(op, values) => self.bool_op(*op, values, &t),
            ExprKind::Compare(first, rest) => self.compare(first, rest),
            ExprKind::IfExp { test, body, orelse } => {
                let c = self.truth(test);
                let a = self.expr_as(body, &t);
                let b = self.expr_as(orelse, &t);
                quote!((if #c { #a } else { #b }))
            }
            ExprKind::CallIntrinsic(i, args) => {
                let code = self.intrinsic(*i, args, &t);
                match self.sized_of(e) {
                    Some(el) => super::sized::narrow(el, code),
                    None => code,
                }
            }
            ExprKind::CallUser(name, args) => {
                // the instance key uses the full types (a numpy scalar argument is its own instance)
                let key =
                    InstanceKey { func: name.clone(), args: args.iter().map(|a| self.inst.ty(a).clone()).collect() };
                let callee = &self.g.program.instances[self.g.index[&key]];
                let f = match &self.self_target {
                    Some(t) if key == self.inst.key => t.clone(),
                    _ => format_ident!("{}", callee.rust_name),
                };
                let discard = std::mem::take(&mut self.discard_result);
                // an array variable is passed borrowed (no reference count; the callee clones
                // it wherever it could outlive the call but `return a`, which moves it out as
                // it is: a kept result is made owned here)
                let args: Vec<TokenStream> = args
                    .iter()
                    .map(|a| match &a.kind {
                        ExprKind::Local(n) if matches!(self.inst.ty(a), Ty::Array(..)) => {
                            let id = local(n);
                            quote!(unsafe { #id.borrowed() })
                        }
                        _ => self.expr(a),
                    })
                    .collect();
                if matches!(t, Ty::Array(..)) && !discard {
                    quote!(#f(#(#args),*)?.owned())
                } else {
                    quote!(#f(#(#args),*)?)
                }
            }
            ExprKind::CallMethod { receiver, method, args, .. } if matches!(self.inst.ty(receiver), Ty::Array(..)) => {
                let Ty::Array(el, n) = self.inst.ty(receiver).clone() else { unreachable!() };
                match method {
                    _ if self.elem_active => {
                        let from = self.ty(receiver);
                        let v = self.expr(receiver);
                        match method {
                            Method::Astype => {
                                let (fe, te) = (Elem::of_scalar(&self.sty(receiver)), Elem::of_scalar(&self.sty(e)));
                                match (fe, te) {
                                    (Some(fe), Some(te)) if fe.is_sized() || te.is_sized() => {
                                        super::sized::cast(v, fe, te)
                                    }
                                    _ => self.cast_elem(v, &from, &t),
                                }
                            }
                            // conj/conjugate: of real elements the element itself
                            _ if from == Ty::Complex => quote!(#v.conj()),
                            _ => v,
                        }
                    }
                    Method::Fill => {
                        let dst = self.place(receiver);
                        self.assign_into(quote!(#dst.clone()), el, n, None, &args[0])
                    }
                    Method::Copy => {
                        let v = self.place(receiver);
                        quote!(#v.copy())
                    }
                    _ => self.array_method_call(receiver, *method, args, &t),
                }
            }
            ExprKind::CallMethod { receiver, method, args, .. } => {
                if let Some(code) = self.method_more(receiver, *method, args, &t) {
                    return code;
                }
                let rt_ = self.ty(receiver);
                let r = self.place(receiver);
                match (&rt_, *method) {
                    (Ty::List(el), Method::Append) => {
                        let x = self.expr_as(&args[0], el);
                        quote!(#r.append(#x))
                    }
                    (Ty::List(_), Method::Pop) => {
                        let i = match args.first() {
                            Some(a) => self.expr_as(a, &Ty::Int),
                            None => quote!(-1i64),
                        };
                        quote!(#r.pop(#i)?)
                    }
                    (Ty::Complex, Method::Conjugate) => quote!(#r.conj()),
                    (_, Method::Conjugate) => coerce(r, &rt_, &t),
                    (Ty::Float, Method::IsInteger) => {
                        quote!({ let __x: f64 = #r; __x.is_finite() && __x.fract() == 0.0 })
                    }
                    _ => quote!(compile_error!("pyrs: unsupported method")),
                }
            }
            ExprKind::Attribute(x, attr) => {
                let xt = self.ty(x);
                let v = self.expr(x);
                match (&xt, attr.as_str()) {
                    (Ty::Complex, "real") => quote!(#v.re),
                    (Ty::Complex, "imag") => quote!(#v.im),
                    (Ty::Float, "real") => v,
                    (Ty::Float, "imag") => quote!({ let _ = #v; 0.0f64 }),
                    (Ty::Int | Ty::Bool, "real") => coerce(v, &xt, &Ty::Int),
                    (Ty::Int | Ty::Bool, "imag") => quote!({ let _ = #v; 0i64 }),
                    (Ty::Array(_, n), "shape") => {
                        let parts = (0..*n).map(|k| quote!(__a.shape()[#k] as i64));
                        quote!({ let __a = #v; (#(#parts,)*) })
                    }
                    (Ty::Array(..), "size") => quote!(#v.shape().iter().product::<usize>() as i64),
                    (Ty::Array(el, _), "itemsize" | "nbytes") => {
                        let bytes =
                            (el.bits() / 8 * if el.kind() == crate::types::Kind::Complex { 2 } else { 1 }) as i64;
                        if attr == "itemsize" {
                            quote!({ let _ = #v; #bytes })
                        } else {
                            quote!((#v.shape().iter().product::<usize>() as i64 * #bytes))
                        }
                    }
                    (Ty::Array(..), "dtype") => quote!({ let _ = #v; }),
                    (Ty::Array(..), "flat") => quote!(rt::numpy::flat::iter(#v).collect::<Vec<_>>()),
                    (Ty::Array(_, n), "ndim") => {
                        let n = *n as i64;
                        quote!({ let _ = #v; #n })
                    }
                    _ => quote!(compile_error!("pyrs: unsupported attribute")),
                }
            }
            ExprKind::Subscript(v, index) => {
                let vt = self.ty(v);
                match &vt {
                    Ty::Array(..) => {
                        if let Some((raw, pos)) = self.proven_index(index) {
                            // SAFETY: in bounds for the whole loop (`super::hoist`)
                            return quote!(unsafe { rt::hoist::load(#raw, #pos) });
                        }
                        let a = self.place(v);
                        let idx = self.array_index(index);
                        quote!(#a.get(#idx)?)
                    }
                    Ty::List(_) | Ty::Str if matches!(index.kind, ExprKind::Slice { .. }) => {
                        let l = self.place(v);
                        let ExprKind::Slice { lower, upper, step } = &index.kind else { unreachable!() };
                        let part = |b: &mut Self, x: &Option<Box<ir::Expr>>| match x {
                            Some(x) if !matches!(x.kind, ExprKind::None) => {
                                let v = b.expr_as(x, &Ty::Int);
                                quote!(Some(#v))
                            }
                            _ => quote!(None),
                        };
                        let (lo, hi, st) = (part(self, lower), part(self, upper), part(self, step));
                        quote!(#l.slice(#lo, #hi, #st)?)
                    }
                    Ty::List(_) | Ty::Str => {
                        let l = self.place(v);
                        let i = self.expr_as(index, &Ty::Int);
                        quote!(#l.get(#i)?)
                    }
                    Ty::Dict(k, _) => {
                        let k = (**k).clone();
                        let d = self.place(v);
                        let key = self.expr_as(index, &k);
                        quote!(#d.get(&#key)?)
                    }
                    Ty::Tuple(items) => {
                        let tv = self.expr(v);
                        match const_index(index) {
                            Some(k) => {
                                let n = items.len() as i64;
                                let idx = syn::Index::from((if k < 0 { k + n } else { k }) as usize);
                                quote!((#tv).#idx)
                            }
                            None => {
                                let i = self.expr_as(index, &Ty::Int);
                                let parts = (0..items.len()).map(|k| {
                                    let idx = syn::Index::from(k);
                                    quote!(__t.#idx)
                                });
                                quote!({ let __t = #tv; rt::builtins::tuple::get([#(#parts),*], #i)? })
                            }
                        }
                    }
                    Ty::Iter(_) if crate::infer::is_flat(v) => self.flat_read(v, index),
                    _ => quote!(compile_error!("pyrs: unsupported subscript")),
                }
            }
            ExprKind::Tuple(items) => {
                let items: Vec<TokenStream> = items.iter().map(|x| self.expr(x)).collect();
                quote!((#(#items,)*))
            }
            ExprKind::Slice { .. } | ExprKind::DType(_) | ExprKind::Default => quote!(()),
            ExprKind::List(items) => {
                let el = match &t {
                    Ty::List(el) => (**el).clone(),
                    _ => Ty::Unknown,
                };
                if items.is_empty() {
                    return quote!(rt::List::new());
                }
                let items: Vec<TokenStream> = items.iter().map(|x| self.expr_as(x, &el)).collect();
                quote!(rt::List::from_vec(vec![#(#items),*]))
            }
        }
    }

    /// The values an int expression can take where loop bounds and literals tell
    /// ([`crate::analysis::ranges`]).
    pub fn int_range(&self, e: &ir::Expr) -> Option<(i128, i128)> {
        self.int_ranges.of(self.inst, e)
    }

    /// `a op b` without a check the operands' ranges prove unnecessary: int `+ - *` that
    /// cannot overflow, a float division by an int (converted) that cannot be zero.
    #[allow(clippy::too_many_arguments)]
    fn proven_binop(
        &self,
        e: &ir::Expr,
        op: BinOp,
        a: &TokenStream,
        at: &Ty,
        b: &TokenStream,
        bt: &Ty,
        r: &ir::Expr,
    ) -> Option<TokenStream> {
        let (at, bt) = (at.base(), bt.base());
        match (op, &at, &bt) {
            (BinOp::Add | BinOp::Sub | BinOp::Mul, Ty::Int, Ty::Int) => {
                self.int_range(e)?;
                Some(match op {
                    BinOp::Add => quote!((#a).wrapping_add(#b)),
                    BinOp::Sub => quote!((#a).wrapping_sub(#b)),
                    _ => quote!((#a).wrapping_mul(#b)),
                })
            }
            (BinOp::Div, Ty::Float, Ty::Int) => {
                let (lo, hi) = self.int_range(r)?;
                (lo > 0 || hi < 0).then(|| quote!(((#a) / ((#b) as f64))))
            }
            (BinOp::Div, Ty::Float, Ty::Float) => {
                // an int converted to float (`float(k*k)`, `1.0/(k*k)` after the int is made
                // float): nonzero when the int is
                let inner = match &r.kind {
                    ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Float), args) if args.len() == 1 => &args[0],
                    _ => return None,
                };
                let (lo, hi) = self.int_range(inner)?;
                (lo > 0 || hi < 0).then(|| quote!(((#a) / (#b))))
            }
            _ => None,
        }
    }

    /// `a op b`; returns the code and its type.
    /// With `np`, numpy scalar semantics (IEEE floats, wrapping int64).
    #[allow(clippy::too_many_arguments)] // two typed operands, the right expression, the flavour
    pub fn binop(
        &mut self,
        op: BinOp,
        a: TokenStream,
        at: &Ty,
        b: TokenStream,
        bt: &Ty,
        rhs: &ir::Expr,
        np: bool,
    ) -> (TokenStream, Ty) {
        let (at, bt) = (&at.base(), &bt.base());
        if np && at.is_numeric() && bt.is_numeric() && !(*at == Ty::Bool && *bt == Ty::Bool) {
            return np_binop(op, a, at, b, bt, rhs);
        }
        let arith = quote!(rt::builtins::arith);
        let cplx = quote!(rt::builtins::complex);
        let top = at.numeric_rank().max(bt.numeric_rank());
        if at.is_numeric() && bt.is_numeric() {
            let int_bits = matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
            if int_bits && *at == Ty::Bool && *bt == Ty::Bool {
                let r = match op {
                    BinOp::BitAnd => quote!((#a & #b)),
                    BinOp::BitOr => quote!((#a | #b)),
                    _ => quote!((#a ^ #b)),
                };
                return (r, Ty::Bool);
            }
            let t = match top {
                Some(0) | Some(1) => Ty::Int,
                Some(2) => Ty::Float,
                _ => Ty::Complex,
            };
            if op == BinOp::Pow && t == Ty::Int && negative_int_constant(rhs) {
                let a = coerce(a, at, &Ty::Float);
                let b = coerce(b, bt, &Ty::Float);
                return (quote!(#arith::pow_float(#a, #b)?), Ty::Float);
            }
            if op == BinOp::Div && t == Ty::Int {
                let a = coerce(a, at, &Ty::Int);
                let b = coerce(b, bt, &Ty::Int);
                return (quote!(#arith::truediv_int(#a, #b)?), Ty::Float);
            }
            // `x ** 2` on floats: one multiplication (same rounding as pow)
            if op == BinOp::Pow && t == Ty::Float && matches!(rhs.kind, ExprKind::Int(2)) {
                let a = coerce(a, at, &Ty::Float);
                return (quote!(#arith::square_float(#a)?), Ty::Float);
            }
            let x = coerce(a, at, &t);
            let y = coerce(b, bt, &t);
            let code = match (&t, op) {
                (Ty::Int, BinOp::Add) => quote!(#arith::add_int(#x, #y)?),
                (Ty::Int, BinOp::Sub) => quote!(#arith::sub_int(#x, #y)?),
                (Ty::Int, BinOp::Mul) => quote!(#arith::mul_int(#x, #y)?),
                (Ty::Int, BinOp::FloorDiv) => quote!(#arith::floordiv_int(#x, #y)?),
                (Ty::Int, BinOp::Mod) => quote!(#arith::mod_int(#x, #y)?),
                (Ty::Int, BinOp::Pow) => quote!(#arith::pow_int(#x, #y)?),
                (Ty::Int, BinOp::BitAnd) => quote!((#x & #y)),
                (Ty::Int, BinOp::BitOr) => quote!((#x | #y)),
                (Ty::Int, BinOp::BitXor) => quote!((#x ^ #y)),
                (Ty::Int, BinOp::LShift) => quote!(#arith::lshift_int(#x, #y)?),
                (Ty::Int, BinOp::RShift) => quote!(#arith::rshift_int(#x, #y)?),
                (Ty::Float, BinOp::Add) => quote!((#x + #y)),
                (Ty::Float, BinOp::Sub) => quote!((#x - #y)),
                (Ty::Float, BinOp::Mul) => quote!((#x * #y)),
                (Ty::Float, BinOp::Div) => quote!(#arith::truediv_float(#x, #y)?),
                (Ty::Float, BinOp::FloorDiv) => quote!(#arith::floordiv_float(#x, #y)?),
                (Ty::Float, BinOp::Mod) => quote!(#arith::mod_float(#x, #y)?),
                (Ty::Float, BinOp::Pow) => quote!(#arith::pow_float(#x, #y)?),
                (Ty::Complex, BinOp::Add) => quote!((#x + #y)),
                (Ty::Complex, BinOp::Sub) => quote!((#x - #y)),
                (Ty::Complex, BinOp::Mul) => quote!(#cplx::mul(#x, #y)),
                (Ty::Complex, BinOp::Div) => quote!(#cplx::truediv(#x, #y)?),
                (Ty::Complex, BinOp::Pow) => quote!(#cplx::pow(#x, #y)?),
                _ => quote!(compile_error!("pyrs: unsupported numeric operator")),
            };
            return (code, t);
        }
        match (op, at, bt) {
            (BinOp::Add, Ty::Str, Ty::Str) => (quote!(#a.concat(&#b)), Ty::Str),
            (BinOp::Mod, Ty::Str, _) => {
                let arg = |v: TokenStream, t: &Ty| -> TokenStream {
                    let f = quote!(rt::builtins::format::PctArg);
                    match t.base() {
                        Ty::Int => quote!(#f::Int(#v)),
                        Ty::Float => quote!(#f::Float(#v)),
                        Ty::Bool => quote!(#f::Bool(#v)),
                        Ty::Str => quote!(#f::Str(#v)),
                        _ => {
                            let s = super::containers::str_of(v, t);
                            quote!(#f::Repr(#s.as_str().to_string()))
                        }
                    }
                };
                let items: Vec<TokenStream> = match bt {
                    Ty::Tuple(ts) => ts
                        .iter()
                        .enumerate()
                        .map(|(k, t)| {
                            let i = syn::Index::from(k);
                            arg(quote!(__args.#i), t)
                        })
                        .collect(),
                    t => vec![arg(quote!(__args), t)],
                };
                (quote!({ let __args = #b; rt::builtins::format::percent(&#a, vec![#(#items),*])? }), Ty::Str)
            }
            (BinOp::Mul, Ty::Str, n) => {
                let n = coerce(b, n, &Ty::Int);
                (quote!(#a.repeat(#n)), Ty::Str)
            }
            (BinOp::Mul, n, Ty::Str) => {
                let n = coerce(a, n, &Ty::Int);
                (quote!(#b.repeat(#n)), Ty::Str)
            }
            (BinOp::BitAnd | BinOp::BitOr | BinOp::Sub | BinOp::BitXor, Ty::Set(_), Ty::Set(_)) => {
                let m = match op {
                    BinOp::BitAnd => quote!(intersection),
                    BinOp::BitOr => quote!(union),
                    BinOp::Sub => quote!(difference),
                    _ => quote!(symmetric_difference),
                };
                (quote!(#a.#m(&#b)), at.clone())
            }
            (BinOp::Add, Ty::List(x), Ty::List(_)) => (quote!(rt::List::concat(&#a, &#b)), Ty::List(x.clone())),
            (BinOp::Mul, Ty::List(_), n) => {
                let n = coerce(b, n, &Ty::Int);
                (quote!(#a.times(#n)), at.clone())
            }
            (BinOp::Mul, n, Ty::List(_)) => {
                let n = coerce(a, n, &Ty::Int);
                (quote!(#b.times(#n)), bt.clone())
            }
            (BinOp::Add, Ty::Tuple(x), Ty::Tuple(y)) => {
                let xs = (0..x.len()).map(|k| {
                    let i = syn::Index::from(k);
                    quote!(__a.#i)
                });
                let ys = (0..y.len()).map(|k| {
                    let i = syn::Index::from(k);
                    quote!(__b.#i)
                });
                let t = Ty::Tuple(x.iter().chain(y).cloned().collect());
                (quote!({ let __a = #a; let __b = #b; (#(#xs,)* #(#ys,)*) }), t)
            }
            _ => (quote!(compile_error!("pyrs: unsupported operator")), Ty::Unknown),
        }
    }

    fn bool_op(&mut self, op: BoolOp, values: &[ir::Expr], t: &Ty) -> TokenStream {
        let all_bool = values.iter().all(|v| self.ty(v) == Ty::Bool);
        if all_bool {
            let parts: Vec<TokenStream> = values.iter().map(|v| self.expr(v)).collect();
            return match op {
                BoolOp::And => quote!((#(#parts)&&*)),
                BoolOp::Or => quote!((#(#parts)||*)),
            };
        }
        // Python returns the deciding operand itself: fold from the right
        let (last, init) = values.split_last().expect("a boolean operation has operands");
        let mut acc = self.expr_as(last, t);
        for v in init.iter().rev() {
            let vt = self.ty(v);
            let x = self.expr(v);
            let tmp = self.temp();
            let test = truth_of(quote!(#tmp), &vt);
            let keep = coerce(quote!(#tmp), &vt, t);
            acc = match op {
                BoolOp::Or => quote!({ let #tmp = #x; if #test { #keep } else { #acc } }),
                BoolOp::And => quote!({ let #tmp = #x; if !#test { #keep } else { #acc } }),
            };
        }
        acc
    }

    /// `op x` (x's code `v`, type `xt`; result type `t`).
    fn unary_code(&mut self, op: UnaryOp, v: TokenStream, xt: &Ty, t: &Ty, e: &ir::Expr) -> TokenStream {
        match op {
            UnaryOp::Not => {
                let c = truth_of(v, xt);
                quote!((!#c))
            }
            UnaryOp::Pos => coerce(v, xt, t),
            UnaryOp::Neg => match *t {
                Ty::Int if self.is_np(e) => {
                    let v = coerce(v, xt, &Ty::Int);
                    quote!(#v.wrapping_neg())
                }
                Ty::Int => {
                    let v = coerce(v, xt, &Ty::Int);
                    quote!(rt::builtins::arith::neg_int(#v)?)
                }
                _ => quote!((-#v)),
            },
            // `~` of a numpy bool is logical not; of a Python bool it is the int -x-1
            UnaryOp::Invert if *xt == Ty::Bool && self.elem_active => quote!((!#v)),
            UnaryOp::Invert => {
                let v = coerce(v, xt, &Ty::Int);
                quote!((!#v))
            }
        }
    }

    fn compare(&mut self, first: &ir::Expr, rest: &[(CmpOp, ir::Expr)]) -> TokenStream {
        // dtypes compare by their types (`a.dtype == np.float32`)
        let dtypes: Vec<Option<Elem>> = std::iter::once(first)
            .chain(rest.iter().map(|(_, x)| x))
            .map(|x| match self.inst.ty(x) {
                Ty::DType(e) => Some(*e),
                _ => None,
            })
            .collect();
        if dtypes.iter().all(Option::is_some) {
            let r = rest.iter().enumerate().all(|(k, (op, _))| (dtypes[k] == dtypes[k + 1]) == (*op == CmpOp::Eq));
            return quote!(#r);
        }
        // each operand is evaluated once, left to right; names and literals need no temporary
        let mut binds: Vec<TokenStream> = Vec::new();
        let mut operands: Vec<Operand> = Vec::new();
        for e in std::iter::once(first).chain(rest.iter().map(|(_, e)| e)) {
            // `abs(z)` of a complex: keep `z`, so that a comparison with a constant can skip
            // the square root (see `abs_cmp`)
            if let ExprKind::CallIntrinsic(Intrinsic::Builtin(B::Abs), args) = &e.kind {
                if args.len() == 1 && self.ty(&args[0]) == Ty::Complex && !self.is_array_elem(&args[0]) {
                    let z = self.expr(&args[0]);
                    let tmp = if matches!(args[0].kind, ExprKind::Local(_)) {
                        binds.push(quote!());
                        z
                    } else {
                        let tmp = self.temp();
                        binds.push(quote!(let #tmp = #z;));
                        quote!(#tmp)
                    };
                    operands.push(Operand {
                        code: quote!(rt::builtins::complex::abs(#tmp)),
                        ty: Ty::Float,
                        int_lit: None,
                        float_lit: None,
                        abs_of: Some(quote!(#tmp)),
                    });
                    continue;
                }
            }
            let t = self.ty(e);
            let v = self.expr(e);
            let all: Vec<&ir::Expr> = std::iter::once(first).chain(rest.iter().map(|(_, x)| x)).collect();
            let (v, rounded) = self.sized_compare_operand(&all, e, v);
            let t = if rounded { Ty::Float } else { t };
            let float_lit = match e.kind {
                _ if rounded => None,
                ExprKind::Float(v) => Some(v),
                ExprKind::Int(v) if v.unsigned_abs() <= 1 << 53 => Some(v as f64),
                _ => None,
            };
            let lit = match e.kind {
                ExprKind::Int(v) if !rounded => Some(v),
                _ => None,
            };
            let simple = matches!(
                e.kind,
                ExprKind::Local(_) | ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::Const(_)
            );
            if simple {
                binds.push(quote!());
                operands.push(Operand { code: v, ty: t, int_lit: lit, float_lit, abs_of: None });
            } else {
                let tmp = self.temp();
                binds.push(quote!(let #tmp = #v;));
                operands.push(Operand { code: quote!(#tmp), ty: t, int_lit: lit, float_lit, abs_of: None });
            }
        }
        if binds.iter().all(|b| b.is_empty()) {
            let conds = rest.iter().enumerate().map(|(k, (op, _))| cmp_one(*op, &operands[k], &operands[k + 1]));
            return quote!((#(#conds)&&*));
        }
        // a < f(b) < c  ==>  { let t1 = f(b); (a < t1) && (t1 < c) }, later operands bound lazily
        let mut acc: Option<TokenStream> = None;
        for (k, (op, _)) in rest.iter().enumerate().rev() {
            let cond = cmp_one(*op, &operands[k], &operands[k + 1]);
            let bind = &binds[k + 1];
            acc = Some(match acc {
                None => quote!({ #bind #cond }),
                Some(more) => quote!({ #bind #cond && #more }),
            });
        }
        let first_bind = &binds[0];
        let acc = acc.unwrap_or_else(|| quote!(true));
        quote!({ #first_bind #acc })
    }

    fn intrinsic(&mut self, i: Intrinsic, args: &[ir::Expr], t: &Ty) -> TokenStream {
        if let Intrinsic::Builtin(b) = i {
            if let Some(code) = self.builtin_more(b, args, t) {
                return code;
            }
        }
        let ts: Vec<Ty> = args.iter().map(|a| self.ty(a)).collect();
        match i {
            Intrinsic::Builtin(b) => match b {
                B::Abs => {
                    let np = self.is_np(&args[0]);
                    let v = self.expr(&args[0]);
                    match self.sized_of(&args[0]) {
                        // numpy's abs of a sized int wraps (`abs(np.int8(-128))` is -128)
                        Some(el) if el.kind() == crate::types::Kind::Int => {
                            return super::sized::narrow(el, quote!(#v.wrapping_abs()))
                        }
                        // a complex64 scalar: numpy's `hypotf`
                        Some(Elem::Complex64) if !self.is_array_elem(&args[0]) => {
                            return quote!({ let __z = #v; (__z.re as f32).hypot(__z.im as f32) as f64 });
                        }
                        _ => {}
                    }
                    match &ts[0] {
                        Ty::Bool => quote!((#v as i64)),
                        Ty::Int if np => quote!(#v.wrapping_abs()),
                        Ty::Int => quote!(rt::builtins::arith::abs_int(#v)?),
                        Ty::Float => quote!(#v.abs()),
                        // `abs` of a complex array is numpy's `absolute` loop
                        _ if self.is_array_elem(&args[0]) => self.complex_absolute(&args[0], v),
                        _ => quote!(rt::builtins::complex::abs(#v)),
                    }
                }
                B::Min | B::Max => {
                    let f = format_ident!("{}", b.name());
                    if args.len() == 1 {
                        let l = self.expr(&args[0]);
                        let f = format_ident!("{}_list", b.name());
                        return quote!(rt::builtins::minmax::#f(&#l)?);
                    }
                    let mut it = args.iter();
                    let mut acc = self.expr(it.next().unwrap());
                    for a in it {
                        let x = self.expr(a);
                        acc = quote!(rt::builtins::minmax::#f(#acc, #x));
                    }
                    acc
                }
                B::Len => {
                    let v = self.place(&args[0]);
                    match &ts[0] {
                        Ty::Tuple(items) => {
                            let n = items.len() as i64;
                            quote!({ let _ = #v; #n })
                        }
                        _ => quote!(#v.len()),
                    }
                }
                B::Int => match args.first() {
                    None => quote!(0i64),
                    Some(a) => {
                        let v = self.expr(a);
                        match &ts[0] {
                            Ty::Float => quote!(rt::builtins::conv::int_of_float(#v)?),
                            other => coerce(v, other, &Ty::Int),
                        }
                    }
                },
                B::Float => match args.first() {
                    None => quote!(0.0f64),
                    Some(a) => self.expr_as(a, &Ty::Float),
                },
                B::Bool => match args.first() {
                    None => quote!(false),
                    Some(a) => self.truth(a),
                },
                B::Complex => match args.len() {
                    0 => quote!(rt::Complex64::new(0.0, 0.0)),
                    1 => self.expr_as(&args[0], &Ty::Complex),
                    _ => {
                        // CPython's complex_new: real parts are taken as they are (keeping the
                        // sign of a zero); only complex arguments add their other part
                        let a = self.expr_as(&args[0], &Ty::Complex);
                        let b = self.expr_as(&args[1], &Ty::Complex);
                        let re = if ts[1] == Ty::Complex { quote!(__a.re - __b.im) } else { quote!(__a.re) };
                        let im = if ts[0] == Ty::Complex { quote!(__b.re + __a.im) } else { quote!(__b.re) };
                        quote!({ let __a = #a; let __b = #b; rt::Complex64::new(#re, #im) })
                    }
                },
                B::Round => {
                    let v = self.expr(&args[0]);
                    match (&ts[0], args.get(1)) {
                        (Ty::Float, None) => quote!(rt::builtins::round::round_float(#v)?),
                        (Ty::Float, Some(n)) => {
                            let n = self.expr_as(n, &Ty::Int);
                            quote!(rt::builtins::round::round_float_ndigits(#v, #n)?)
                        }
                        (other, None) => coerce(v, other, &Ty::Int),
                        (other, Some(n)) => {
                            let v = coerce(v, other, &Ty::Int);
                            let n = self.expr_as(n, &Ty::Int);
                            quote!(rt::builtins::round::round_int_ndigits(#v, #n)?)
                        }
                    }
                }
                B::Divmod => {
                    let el = match t {
                        Ty::Tuple(items) => items[0].clone(),
                        _ => Ty::Int,
                    };
                    let a = self.expr_as(&args[0], &el);
                    let b = self.expr_as(&args[1], &el);
                    if el == Ty::Int {
                        quote!({ let __a = #a; let __b = #b; (rt::builtins::arith::floordiv_int(__a, __b)?, rt::builtins::arith::mod_int(__a, __b)?) })
                    } else {
                        quote!(rt::builtins::arith::divmod_float(#a, #b, "float divmod()")?)
                    }
                }
                B::Pow => {
                    let (at, bt) = (ts[0].clone(), ts[1].clone());
                    let a = self.expr(&args[0]);
                    let b = self.expr(&args[1]);
                    let np = args.iter().any(|a| self.is_np(a));
                    self.binop(BinOp::Pow, a, &at, b, &bt, &args[1], np).0
                }
                _ => quote!(compile_error!("pyrs: unsupported builtin")),
            },
            Intrinsic::Math(f) => {
                let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_as(a, &Ty::Float)).collect();
                let fallible = matches!(
                    f,
                    M::Sqrt
                        | M::Exp
                        | M::Expm1
                        | M::Log
                        | M::Log10
                        | M::Log2
                        | M::Log1p
                        | M::Sin
                        | M::Cos
                        | M::Tan
                        | M::Asin
                        | M::Acos
                        | M::Atan
                        | M::Sinh
                        | M::Cosh
                        | M::Tanh
                        | M::Asinh
                        | M::Acosh
                        | M::Atanh
                        | M::Fmod
                        | M::Floor
                        | M::Ceil
                        | M::Trunc
                        | M::Pow
                );
                let name = if f == M::Log && args.len() == 2 {
                    format_ident!("log_base")
                } else {
                    format_ident!("{}", f.name())
                };
                if fallible {
                    quote!(rt::math::#name(#(#vals),*)?)
                } else {
                    quote!(rt::math::#name(#(#vals),*))
                }
            }
            Intrinsic::Numpy(f) => {
                let first_is_array = args.first().map(|a| matches!(self.inst.ty(a), Ty::Array(..))).unwrap_or(false);
                match f {
                    N::Sum
                    | N::Prod
                    | N::Mean
                    | N::Min
                    | N::Max
                    | N::Amin
                    | N::Amax
                    | N::Any
                    | N::All
                    | N::Argmin
                    | N::Argmax
                        if first_is_array && !self.elem_active =>
                    {
                        let what = match f {
                            N::Amin => N::Min,
                            N::Amax => N::Max,
                            x => x,
                        };
                        self.reduce_call(what, &args[0], &args[1..], t)
                    }
                    N::Dot
                        if first_is_array
                            && !self.elem_active
                            && args.iter().all(|a| matches!(self.inst.ty(a), Ty::Array(_, 1))) =>
                    {
                        self.dot(&args[0], &args[1], t)
                    }
                    N::Where if args.len() == 1 && !self.elem_active => self.numpy_array_fn(N::Nonzero, args, t),
                    f if f.dtype().is_some() && !first_is_array => self.np_scalar_ctor(f, &args[0]),
                    _ if !self.elem_active && !f.is_ufunc() && f != N::Where => self.numpy_array_fn(f, args, t),
                    _ => self.ufunc(f, args, t),
                }
            }
        }
    }
}

struct Operand {
    code: TokenStream,
    ty: Ty,
    /// the value, when the operand is an int literal
    int_lit: Option<i64>,
    /// the value, when the operand is a number literal exact as a float
    float_lit: Option<f64>,
    /// `z` when the operand is `abs(z)` of a complex
    abs_of: Option<TokenStream>,
}

/// An int literal compared with a float converts exactly when it has at most 53 bits.
fn fold_int_literal(o: &Operand, other: &Ty) -> (TokenStream, Ty) {
    match (o.int_lit, &o.ty, other) {
        (Some(v), Ty::Int, Ty::Float) if v.unsigned_abs() <= 1 << 53 => (float_lit(v as f64), Ty::Float),
        _ => (o.code.clone(), o.ty.clone()),
    }
}

/// `op` applied to an `Option<Ordering>` expression (`None`: unordered, NaN); `swapped` when
/// the ordering is of the right operand against the left.
fn ordering_test(op: CmpOp, c: TokenStream, swapped: bool) -> TokenStream {
    let o = quote!(::core::cmp::Ordering);
    let (less, greater) =
        if swapped { (quote!(#o::Greater), quote!(#o::Less)) } else { (quote!(#o::Less), quote!(#o::Greater)) };
    match op {
        CmpOp::Eq => quote!((#c == Some(#o::Equal))),
        CmpOp::NotEq => quote!((#c != Some(#o::Equal))),
        CmpOp::Lt => quote!((#c == Some(#less))),
        CmpOp::LtE => quote!(matches!(#c, Some(#less | #o::Equal))),
        CmpOp::Gt => quote!((#c == Some(#greater))),
        CmpOp::GtE => quote!(matches!(#c, Some(#greater | #o::Equal))),
        CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn => quote!(false),
    }
}

/// One comparison `a op b` of two evaluated operands.
fn cmp_one(op: CmpOp, a: &Operand, b: &Operand) -> TokenStream {
    // abs(z) <op> c, for a positive finite constant c
    let abs_vs_const = match (&a.abs_of, b.float_lit, &b.abs_of, a.float_lit) {
        (Some(z), Some(c), _, _) if c > 0.0 && c.is_finite() => {
            Some((quote!(rt::builtins::complex::abs_cmp(#z, #c)), false))
        }
        (_, _, Some(z), Some(c)) if c > 0.0 && c.is_finite() => {
            Some((quote!(rt::builtins::complex::abs_cmp(#z, #c)), true))
        }
        _ => None,
    };
    if let Some((cmp, swapped)) = abs_vs_const {
        return ordering_test(op, cmp, swapped);
    }
    if matches!(op, CmpOp::In | CmpOp::NotIn) {
        let found = contains(a, b);
        return if op == CmpOp::In { found } else { quote!((!#found)) };
    }
    let (a, at) = fold_int_literal(a, &b.ty);
    let (b, bt) = fold_int_literal(b, &at);
    let (at, bt) = (&at, &bt);
    if matches!(op, CmpOp::Is | CmpOp::IsNot) && matches!(at, Ty::List(_) | Ty::Dict(..) | Ty::Set(_)) && at == bt {
        return if op == CmpOp::Is { quote!(#a.is(&#b)) } else { quote!((!#a.is(&#b))) };
    }
    if matches!(op, CmpOp::Is | CmpOp::IsNot) {
        let same = *at == Ty::None && *bt == Ty::None;
        let r = if op == CmpOp::Is { same } else { !same };
        return quote!(#r);
    }
    // an int against a float: exact, as CPython compares them
    let mixed = match (at, bt) {
        (Ty::Int, Ty::Float) => Some(quote!(rt::builtins::compare::int_float(#a, #b))),
        (Ty::Float, Ty::Int) => Some(quote!(rt::builtins::compare::float_int(#a, #b))),
        _ => None,
    };
    if let Some(c) = mixed {
        return ordering_test(op, c, false);
    }
    let (x, y) = if at.is_numeric() && bt.is_numeric() {
        let top = at.numeric_rank().max(bt.numeric_rank());
        let t = match top {
            Some(0) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => Ty::Bool,
            Some(0) | Some(1) => Ty::Int,
            Some(2) => Ty::Float,
            _ => Ty::Complex,
        };
        (coerce(quote!(#a), at, &t), coerce(quote!(#b), bt, &t))
    } else {
        (quote!(#a), quote!(#b))
    };
    match op {
        CmpOp::Eq => quote!((#x == #y)),
        CmpOp::NotEq => quote!((#x != #y)),
        CmpOp::Lt => quote!((#x < #y)),
        CmpOp::LtE => quote!((#x <= #y)),
        CmpOp::Gt => quote!((#x > #y)),
        CmpOp::GtE => quote!((#x >= #y)),
        CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn => unreachable!(),
    }
}

/// `a in b`
fn contains(a: &Operand, b: &Operand) -> TokenStream {
    let (x, xt, c) = (&a.code, &a.ty, &b.code);
    match &b.ty {
        Ty::Str => quote!(#c.contains(&#x)),
        Ty::Dict(k, _) | Ty::Set(k) => {
            let x = coerce(x.clone(), xt, k);
            quote!(#c.contains(&#x))
        }
        Ty::List(el) | Ty::Iter(el) if el.base() == xt.base() => quote!(#c.contains(&#x)),
        Ty::Iter(el) => {
            let y = Operand { code: quote!(__y), ty: el.base(), int_lit: None, float_lit: None, abs_of: None };
            let xo = Operand { code: quote!(__x), ty: xt.clone(), int_lit: None, float_lit: None, abs_of: None };
            let eq = cmp_one(CmpOp::Eq, &xo, &y);
            quote!({ let __x = #x; #c.into_iter().any(|__y| #eq) })
        }
        Ty::List(el) => {
            let y = Operand { code: quote!(__y), ty: el.base(), int_lit: None, float_lit: None, abs_of: None };
            let xo = Operand { code: quote!(__x), ty: xt.clone(), int_lit: None, float_lit: None, abs_of: None };
            let eq = cmp_one(CmpOp::Eq, &xo, &y);
            quote!({ let __x = #x; #c.to_vec().into_iter().any(|__y| #eq) })
        }
        Ty::Tuple(items) => {
            let tests: Vec<TokenStream> = items
                .iter()
                .enumerate()
                .map(|(k, it)| {
                    let i = syn::Index::from(k);
                    let y =
                        Operand { code: quote!(__t.#i), ty: it.base(), int_lit: None, float_lit: None, abs_of: None };
                    let xo =
                        Operand { code: quote!(__x), ty: xt.clone(), int_lit: None, float_lit: None, abs_of: None };
                    cmp_one(CmpOp::Eq, &xo, &y)
                })
                .collect();
            quote!({ let __x = #x; let __t = #c; false #(|| #tests)* })
        }
        _ => quote!(compile_error!("pyrs: unsupported `in`")),
    }
}

/// `a op b` on numpy scalars: numpy's results (inf and nan, int64 wrap-around, int division by
/// zero giving 0) instead of Python's exceptions.
fn np_binop(op: BinOp, a: TokenStream, at: &Ty, b: TokenStream, bt: &Ty, rhs: &ir::Expr) -> (TokenStream, Ty) {
    let sc = quote!(rt::numpy::scalar);
    let top = at.numeric_rank().max(bt.numeric_rank());
    let t = match top {
        Some(0) | Some(1) => Ty::Int,
        Some(2) => Ty::Float,
        _ => Ty::Complex,
    };
    if op == BinOp::Div && t == Ty::Int {
        let a = coerce(a, at, &Ty::Float);
        let b = coerce(b, bt, &Ty::Float);
        return (quote!((#a / #b)), Ty::NpFloat);
    }
    // `x**2` of floats is `x*x`, as numpy computes it (its square fast path); other powers
    // call libm's `pow` like numpy: `x*x*x` differs from it in the last bit for about a
    // quarter of all inputs, and even a correctly rounded cube disagrees with glibc's pow in
    // about 0.1% (measured), so exactness wins over speed here
    if op == BinOp::Pow && t == Ty::Float && matches!(rhs.kind, ExprKind::Int(2)) {
        let a = coerce(a, at, &Ty::Float);
        return (quote!({ let __x: f64 = #a; __x * __x }), Ty::NpFloat);
    }
    let x = coerce(a, at, &t);
    let y = coerce(b, bt, &t);
    let code = match (&t, op) {
        (Ty::Int, BinOp::Add) => quote!(#x.wrapping_add(#y)),
        (Ty::Int, BinOp::Sub) => quote!(#x.wrapping_sub(#y)),
        (Ty::Int, BinOp::Mul) => quote!(#x.wrapping_mul(#y)),
        (Ty::Int, BinOp::FloorDiv) => quote!(#sc::floor_divide_int(#x, #y)),
        (Ty::Int, BinOp::Mod) => quote!(#sc::remainder_int(#x, #y)),
        (Ty::Int, BinOp::Pow) => quote!(#sc::power_int(#x, #y)?),
        (Ty::Int, BinOp::BitAnd) => quote!((#x & #y)),
        (Ty::Int, BinOp::BitOr) => quote!((#x | #y)),
        (Ty::Int, BinOp::BitXor) => quote!((#x ^ #y)),
        (Ty::Int, BinOp::LShift) => quote!(#sc::left_shift_int(#x, #y)),
        (Ty::Int, BinOp::RShift) => quote!(#sc::right_shift_int(#x, #y)),
        (Ty::Float, BinOp::Add) => quote!((#x + #y)),
        (Ty::Float, BinOp::Sub) => quote!((#x - #y)),
        (Ty::Float, BinOp::Mul) => quote!((#x * #y)),
        (Ty::Float, BinOp::Div) => quote!((#x / #y)),
        (Ty::Float, BinOp::FloorDiv) => quote!(#sc::floor_divide_float(#x, #y)),
        (Ty::Float, BinOp::Mod) => quote!(#sc::remainder_float(#x, #y)),
        (Ty::Float, BinOp::Pow) => quote!(#x.powf(#y)),
        (Ty::Complex, BinOp::Add) => quote!((#x + #y)),
        (Ty::Complex, BinOp::Sub) => quote!((#x - #y)),
        (Ty::Complex, BinOp::Mul) => quote!(rt::builtins::complex::mul(#x, #y)),
        (Ty::Complex, BinOp::Div) => quote!(#sc::divide_complex(#x, #y)),
        (Ty::Complex, BinOp::Pow) => quote!(rt::builtins::complex::pow(#x, #y)?),
        _ => quote!(compile_error!("pyrs: unsupported numpy scalar operator")),
    };
    (code, t.to_np())
}
