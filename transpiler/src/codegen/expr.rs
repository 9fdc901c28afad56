//! Expressions: each IR expression → a Rust expression of the Rust type of its inferred type.
//! Fallible operations end in `?` (the instance returns `rt::Result`).

use super::body::Body;
use super::convert::{coerce, float_lit, int_lit, truth_of};
use super::names::{is_copy, local};
use crate::infer::{const_index, InstanceKey};
use crate::ir::{self, BinOp, ExprKind, UnaryOp};
use crate::library::{Builtin as B, Constant, Intrinsic, Method, NumpyFn as N};
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Body<'_> {
    pub fn truth(&mut self, e: &ir::Expr) -> TokenStream {
        // a condition's `and`/`or`: the truth of each operand, short-circuited (inference
        // typed them apart, see `condition`)
        if let ExprKind::BoolOp(op, values) = &e.kind {
            let parts: Vec<TokenStream> = values.iter().map(|v| self.truth(v)).collect();
            return match op {
                ir::BoolOp::And => quote!((#(#parts)&&*)),
                ir::BoolOp::Or => quote!((#(#parts)||*)),
            };
        }
        let t = self.ty(e);
        // comparisons and `and`/`or` of bools are already bools
        let v = self.expr(e);
        truth_of(v, &t)
    }

    /// A list or array variable used in place (receiver of a method, indexed): no clone.
    pub fn place(&mut self, e: &ir::Expr) -> TokenStream {
        match &e.kind {
            ExprKind::Local(n) if !self.inst.unwraps.contains_key(&e.id) => {
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
        let from = if to.is_dyn_np() { self.np_ty(e) } else { self.ty(e) };
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

    /// The bounds of `seq[lower:upper:step]` of a list, tuple or string, in order, as
    /// `Option<i64>` (an absent or None part is `None`).
    pub fn seq_slice_bounds(
        &mut self,
        lower: &Option<Box<ir::Expr>>,
        upper: &Option<Box<ir::Expr>>,
        step: &Option<Box<ir::Expr>>,
    ) -> (TokenStream, TokenStream, TokenStream) {
        let mut part = |x: &Option<Box<ir::Expr>>| match x {
            Some(x) if !matches!(x.kind, ExprKind::None) => {
                let v = self.expr_as(x, &Ty::Int);
                quote!(Some(#v))
            }
            _ => quote!(None),
        };
        let lo = part(lower);
        let hi = part(upper);
        (lo, hi, part(step))
    }

    pub fn expr(&mut self, e: &ir::Expr) -> TokenStream {
        if let Some(v) = self.overrides.get(&e.id) {
            return v.clone();
        }
        // a value that may be None, used where None raises TypeError
        if let Some(msg) = self.inst.unwraps.get(&e.id).copied() {
            if self.unwrapping != Some(e.id) {
                let outer = self.unwrapping.replace(e.id);
                let v = self.expr(e);
                self.unwrapping = outer;
                return quote!(rt::builtins::conv::unwrap_none(#v, #msg)?);
            }
        }
        if self.elem.active {
            if let Some(read) = self.elem.map.get(&e.id) {
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
            ExprKind::FuncRef(_, caps) => self.func_ref(caps),
            ExprKind::CallValue(f, args) => {
                self.discard_result = false;
                self.call_value(e, f, args)
            }
            ExprKind::Compare(..) if self.inst.static_tests.contains_key(&e.id) => {
                let v = self.inst.static_tests[&e.id];
                quote!(#v)
            }
            ExprKind::CallIntrinsic(
                Intrinsic::Builtin(B::Range | B::Enumerate | B::Zip | B::Reversed | B::Map | B::Filter)
                | Intrinsic::Numpy(N::Ndenumerate | N::Ndindex),
                _,
            ) if matches!(t, Ty::Gen(_)) => {
                // `it = np.ndenumerate(a)` kept: the loop header's items, as a generator
                let it = self.iter_code(e);
                quote!(rt::numpy::flat_value::lazily(#it)?)
            }
            ExprKind::CallIntrinsic(
                Intrinsic::Builtin(B::Range | B::Enumerate | B::Zip | B::Reversed | B::Map | B::Filter)
                | Intrinsic::Numpy(N::Ndenumerate | N::Ndindex),
                _,
            ) => {
                let it = self.iter_code(e);
                quote!(#it.collect::<Vec<_>>())
            }
            ExprKind::CallIntrinsic(Intrinsic::Builtin(b), _)
                if super::containers::ITERTOOLS.contains(b) && matches!(t, Ty::Iter(_)) =>
            {
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
            ExprKind::Global(n) => {
                let g = super::names::global_var(n);
                quote!(#g.get())
            }
            ExprKind::SetGlobal(n, v) => {
                let g = super::names::global_var(n);
                // `n op= x` with `x` calling no function of the file: one atomic update (two
                // threads adding to a counter lose nothing); `x` is computed once, first (it
                // cannot change `n`, so the order is not seen)
                if let ExprKind::BinOp(_, old, x) = &v.kind {
                    if matches!(&old.kind, ExprKind::Global(m) if m == n) && !ir::query::calls_user_code(x) {
                        let xv = self.expr(x);
                        self.overrides.insert(old.id, quote!(__old));
                        self.overrides.insert(x.id, quote!(::core::clone::Clone::clone(&__x)));
                        let new = self.expr(v);
                        self.overrides.remove(&old.id);
                        self.overrides.remove(&x.id);
                        return quote!({
                            let __x = #xv;
                            #g.update(|__old| ::core::result::Result::<_, rt::Error>::Ok(#new))?
                        });
                    }
                }
                let v = self.expr(v);
                quote!(#g.set(#v))
            }
            ExprKind::Local(n) => {
                let id = local(n);
                if self.float_nums.contains(n) {
                    return quote!(#id.num());
                }
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
                // (hidden from constant folding: see `rt::math::opaque`)
                Constant::Inf => quote!(rt::math::opaque(rt::math::INF)),
                Constant::Nan => quote!(rt::math::NAN),
                Constant::NewAxis | Constant::Ellipsis => quote!(compile_error!("pyrs: an index item as a value")),
            },
            ExprKind::BinOp(op, l, r) => {
                if let Some(code) = self.sized_binop(e, *op, l, r) {
                    return code;
                }
                if let Some(code) = self.contracted(e, *op, l, r).or_else(|| self.fast_power(e, *op, l, r)) {
                    return code;
                }
                let (lt, rt_) = (self.ty(l), self.ty(r));
                // `[x] * n`: build the repeated list directly
                if let (BinOp::Mul, ExprKind::List(items), Ty::List(el)) = (op, &l.kind, &t) {
                    let items: Vec<TokenStream> = items.iter().map(|x| self.expr_as(x, el)).collect();
                    let n = self.expr_as(r, &Ty::Int);
                    return quote!(rt::List::repeat(vec![#(#items),*], #n)?);
                }
                let np = self.is_np(e);
                // an int literal in float arithmetic is a float literal (`2*x` on floats)
                // (not `int / int`: that is CPython's correctly rounded int division, and
                // `n / 0` says "division by zero", not "float division by zero")
                let ints = |t: &Ty| matches!(t.base(), Ty::Int | Ty::Bool);
                let fold = matches!(t, Ty::Float | Ty::Complex) && *op != BinOp::Pow && !(ints(&lt) && ints(&rt_));
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
            ExprKind::Unary(UnaryOp::Not, x) if matches!(x.kind, ExprKind::BoolOp(..)) => {
                let c = self.truth(x);
                quote!((!#c))
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
                let code = match i {
                    Intrinsic::Numpy(crate::library::NumpyFn::Fmod) => self.fmod(e, args, &t),
                    // the running value keeps the type inference gave it (a numpy scalar, or
                    // a number whose type is known when the code runs), not its base type
                    Intrinsic::Builtin(crate::library::Builtin::FunctoolsReduce) => {
                        let raw = self.inst.ty(e).clone();
                        self.functools_reduce(args, &raw)
                    }
                    _ => self.intrinsic(*i, args, &t),
                };
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
                // a call along a cycle of calls passes the stack limit on (`function::instance`)
                let on_cycle = self.g.recursive.contains(&key.func) && self.g.recursive.contains(&self.inst.key.func);
                let f = match &self.self_target {
                    Some(t) if key == self.inst.key => t.clone(),
                    _ if on_cycle => super::function::recursive_name(&callee.rust_name),
                    _ => format_ident!("{}", callee.rust_name),
                };
                let stack = if on_cycle { quote!(__stack) } else { quote!() };
                let discard = std::mem::take(&mut self.discard_result);
                // an array variable is passed borrowed (no reference count; the callee clones
                // it wherever it could outlive the call but `return a`, which moves it out as
                // it is: a kept result is made owned here)
                // (a generator keeps its arguments past the call: they are passed owned)
                let generator = matches!(callee.ret, Ty::Gen(_));
                let args: Vec<TokenStream> = args
                    .iter()
                    .map(|a| match &a.kind {
                        ExprKind::Local(n) if matches!(self.inst.ty(a), Ty::Array(..)) && !generator => {
                            let id = local(n);
                            quote!(unsafe { #id.borrowed() })
                        }
                        _ => self.expr(a),
                    })
                    .collect();
                if matches!(t, Ty::Array(..)) && !discard {
                    quote!(#f(#(#args,)* #stack)?.owned())
                } else {
                    quote!(#f(#(#args,)* #stack)?)
                }
            }
            ExprKind::CallMethod { receiver, method, args, .. } if matches!(self.inst.ty(receiver), Ty::Array(..)) => {
                let Ty::Array(el, n) = self.inst.ty(receiver).clone() else { unreachable!() };
                match method {
                    _ if self.elem.active => {
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
            ExprKind::CallMethod { receiver, method, args, .. } if *self.inst.ty(receiver) == Ty::Generator => {
                self.generator_method(receiver, *method, args, &t)
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
                        quote!(#r.append(#x)?)
                    }
                    (Ty::List(_), Method::Pop) => {
                        let i = match args.first() {
                            Some(a) => self.expr_as(a, &Ty::Int),
                            None => quote!(-1i64),
                        };
                        quote!(#r.pop(#i)?)
                    }
                    (Ty::Complex, Method::Conjugate) => quote!(#r.conj()),
                    (Ty::Num, Method::Conjugate) => quote!(rt::builtins::num::pos(#r)),
                    (Ty::NumC, Method::Conjugate) => quote!(#r.conjugate()),
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
                    (Ty::Num, "real") => quote!(rt::NumC::Real(#v).real()),
                    (Ty::Num, "imag") => quote!(rt::NumC::Real(#v).imag()),
                    (Ty::NumC, "real") => quote!(#v.real()),
                    (Ty::NumC, "imag") => quote!(#v.imag()),
                    (Ty::Range, "start" | "stop" | "step") => {
                        let f = format_ident!("{}", attr);
                        quote!(#v.#f)
                    }
                    // `e.value` of a StopIteration: what the generator returned, or None
                    (Ty::Exc, "value") => match self.ty(e) {
                        Ty::Opt(r) => {
                            let r = super::names::rust_type(&r);
                            quote!(rt::builtins::generator::stop_value::<#r>(&#v))
                        }
                        _ => quote!({ let _ = &#v; }),
                    },
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
                    // `it = a.flat` kept: numpy's flatiter (the array and a shared position)
                    (Ty::Array(..), "flat") if matches!(t, Ty::Flat(..)) => {
                        quote!(rt::numpy::flat_value::FlatIter::new(#v))
                    }
                    (Ty::Array(..), "flat") => quote!(rt::numpy::flat::iter(#v).collect::<Vec<_>>()),
                    (Ty::Array(_, n), "ndim") => {
                        let n = *n as i64;
                        quote!({ let _ = #v; #n })
                    }
                    // a field of numpy's named tuples (inference checked the tuple is one)
                    (Ty::Tuple(_), a) => {
                        let k = syn::Index::from(crate::library::named_field(a).expect("a named tuple's field"));
                        quote!((#v).#k)
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
                            return quote!(unsafe { rt::support::hoist::load(#raw, #pos) });
                        }
                        let a = self.place(v);
                        let idx = self.array_index(index);
                        quote!(#a.get(#idx)?)
                    }
                    Ty::List(_) | Ty::VarTuple(_) | Ty::Str if matches!(index.kind, ExprKind::Slice { .. }) => {
                        let l = self.place(v);
                        let ExprKind::Slice { lower, upper, step } = &index.kind else { unreachable!() };
                        let (lo, hi, st) = self.seq_slice_bounds(lower, upper, step);
                        quote!(#l.slice(#lo, #hi, #st)?)
                    }
                    Ty::List(_) | Ty::VarTuple(_) | Ty::Str => {
                        let l = self.place(v);
                        let i = self.expr_as(index, &Ty::Int);
                        quote!(#l.get(#i)?)
                    }
                    Ty::Range if matches!(index.kind, ExprKind::Slice { .. }) => {
                        let r = self.expr(v);
                        let ExprKind::Slice { lower, upper, step } = &index.kind else { unreachable!() };
                        let (lo, hi, st) = self.seq_slice_bounds(lower, upper, step);
                        quote!(#r.slice(#lo, #hi, #st)?)
                    }
                    Ty::Range => {
                        let r = self.expr(v);
                        let i = self.expr_as(index, &Ty::Int);
                        quote!(#r.get(#i)?)
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
                    Ty::Flat(..) => self.flat_read(v, index),
                    _ => quote!(compile_error!("pyrs: unsupported subscript")),
                }
            }
            ExprKind::Tuple(items) => {
                let items: Vec<TokenStream> = items.iter().map(|x| self.expr(x)).collect();
                quote!((#(#items,)*))
            }
            ExprKind::Slice { .. } | ExprKind::DType(_) | ExprKind::Default => quote!(()),
            ExprKind::Starred(_) => quote!(compile_error!("pyrs: `*t` outside the arguments of a call")),
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
}
