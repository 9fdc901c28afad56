//! Operators: arithmetic with Python's and numpy's semantics (checks dropped where integer
//! ranges prove them), `and`/`or`, unary operators, comparisons and `in`.

use super::body::Body;
use super::convert::{coerce, float_lit, int_lit, truth_of};
use crate::infer::negative_int_constant;
use crate::ir::{self, BinOp, BoolOp, CmpOp, ExprKind, UnaryOp};
use crate::library::{Builtin as B, Intrinsic};
use crate::types::{Elem, Ty};
use proc_macro2::TokenStream;
use quote::quote;

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
pub(super) fn ordering_test(op: CmpOp, c: TokenStream, swapped: bool) -> TokenStream {
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
    // `==`/`!=` with a value that may be None: None equals None only
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) && (matches!(a.ty, Ty::Opt(_)) || matches!(b.ty, Ty::Opt(_))) {
        let eq = op == CmpOp::Eq;
        let unwrap = |o: &Operand, name: &str| -> (Option<TokenStream>, Operand) {
            match &o.ty {
                Ty::Opt(inner) => {
                    let id = quote::format_ident!("{}", name);
                    let code = &o.code;
                    let get =
                        quote!(::core::option::Option::as_ref(&#code).map(|__v| ::core::clone::Clone::clone(__v)));
                    (
                        Some(get),
                        Operand {
                            code: quote!(#id),
                            ty: (**inner).clone(),
                            int_lit: None,
                            float_lit: None,
                            abs_of: None,
                        },
                    )
                }
                _ => (
                    None,
                    Operand {
                        code: o.code.clone(),
                        ty: o.ty.clone(),
                        int_lit: o.int_lit,
                        float_lit: o.float_lit,
                        abs_of: None,
                    },
                ),
            }
        };
        let (ga, ia) = unwrap(a, "__cmp_a");
        let (gb, ib) = unwrap(b, "__cmp_b");
        let (none_a, none_b) = (a.ty == Ty::None, b.ty == Ty::None);
        return match (ga, gb) {
            (Some(ga), Some(gb)) => {
                let inner = cmp_one(op, &ia, &ib);
                quote!(match (#ga, #gb) {
                    (::core::option::Option::Some(__cmp_a), ::core::option::Option::Some(__cmp_b)) => #inner,
                    (::core::option::Option::None, ::core::option::Option::None) => #eq,
                    _ => !#eq,
                })
            }
            (Some(g), None) | (None, Some(g)) if none_a || none_b => {
                quote!((#g.is_none() == #eq))
            }
            (Some(g), None) => {
                let inner = cmp_one(op, &ia, &ib);
                quote!(match #g { ::core::option::Option::Some(__cmp_a) => #inner, ::core::option::Option::None => !#eq })
            }
            (None, Some(g)) => {
                let inner = cmp_one(op, &ia, &ib);
                quote!(match #g { ::core::option::Option::Some(__cmp_b) => #inner, ::core::option::Option::None => !#eq })
            }
            (None, None) => unreachable!("one operand is optional"),
        };
    }
    // abs(z) <op> c, for a positive finite constant c
    let abs_vs_const = match (&a.abs_of, b.float_lit, &b.abs_of, a.float_lit) {
        (Some(z), Some(c), _, _) if c > 0.0 && c.is_finite() => {
            Some((quote!(rt::builtins::complex::abs_cmp(#z, #c)?), false))
        }
        (_, _, Some(z), Some(c)) if c > 0.0 && c.is_finite() => {
            Some((quote!(rt::builtins::complex::abs_cmp(#z, #c)?), true))
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
    if a.ty == Ty::StrNum || b.ty == Ty::StrNum {
        return super::strnum::compare(op, (&a.code, &a.ty), (&b.code, &b.ty));
    }
    let (a, at) = fold_int_literal(a, &b.ty);
    let (b, bt) = fold_int_literal(b, &at);
    let (at, bt) = (&at, &bt);
    if matches!(op, CmpOp::Is | CmpOp::IsNot) && matches!(at, Ty::List(_) | Ty::Dict(..) | Ty::Set(_)) && at == bt {
        return if op == CmpOp::Is { quote!(#a.is(&#b)) } else { quote!((!#a.is(&#b))) };
    }
    if matches!(op, CmpOp::Is | CmpOp::IsNot) && (matches!(at, Ty::Opt(_)) || matches!(bt, Ty::Opt(_))) {
        // a value or None against None
        let opt = if matches!(at, Ty::Opt(_)) { &a } else { &b };
        return if op == CmpOp::Is { quote!(#opt.is_none()) } else { quote!(#opt.is_some()) };
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
        // a number of a type known when the code runs, against a real number
        (Ty::Num | Ty::NumNp | Ty::IntNp, t) | (t, Ty::Num | Ty::NumNp | Ty::IntNp) if t.is_py_real() || t.is_num() => {
            let (x, y) = (coerce(quote!(#a), at, &Ty::Num), coerce(quote!(#b), bt, &Ty::Num));
            Some(quote!(rt::builtins::num::cmp(#x, #y)))
        }
        // a number that may be complex: equality by value; an ordering of a complex raises
        (Ty::NumC, _) | (_, Ty::NumC) => {
            let (x, y) = (coerce(quote!(#a), at, &Ty::NumC), coerce(quote!(#b), bt, &Ty::NumC));
            return match op {
                CmpOp::Eq => quote!(rt::builtins::numc::eq(#x, #y)),
                CmpOp::NotEq => quote!((!rt::builtins::numc::eq(#x, #y))),
                _ => {
                    let sym = cmp_symbol(op);
                    ordering_test(op, quote!(rt::builtins::numc::cmp(#x, #y, #sym)?), false)
                }
            };
        }
        (Ty::Num | Ty::NumNp | Ty::IntNp, Ty::Complex) | (Ty::Complex, Ty::Num | Ty::NumNp | Ty::IntNp) => {
            let (x, y) = (coerce(quote!(#a), at, &Ty::Complex), coerce(quote!(#b), bt, &Ty::Complex));
            return match op {
                CmpOp::Eq => quote!((#x == #y)),
                _ => quote!((#x != #y)),
            };
        }
        _ => None,
    };
    if let Some(c) = mixed {
        return ordering_test(op, c, false);
    }
    let (x, y) = if matches!((at, bt), (Ty::VarTuple(_), Ty::Tuple(_)) | (Ty::Tuple(_), Ty::VarTuple(_))) {
        // a tuple of known length against one of any length: both as the latter
        let t = at.join(bt).unwrap_or(Ty::Unknown);
        (coerce(quote!(#a), at, &t), coerce(quote!(#b), bt, &t))
    } else if at.is_numeric() && bt.is_numeric() {
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
        Ty::Range => {
            let x = coerce(x.clone(), xt, &Ty::Int);
            quote!(#c.contains(#x))
        }
        Ty::Dict(k, _) | Ty::Set(k) => {
            let x = coerce(x.clone(), xt, k);
            quote!(#c.contains(&#x))
        }
        Ty::List(el) | Ty::VarTuple(el) | Ty::Iter(el) if el.base() == xt.base() => quote!(#c.contains(&#x)),
        // nothing is ever stored in it: empty
        Ty::List(el) | Ty::Iter(el) if **el == Ty::Unknown => quote!({ let _ = (#x, #c); false }),
        Ty::Iter(el) => {
            let y = Operand { code: quote!(__y), ty: el.base(), int_lit: None, float_lit: None, abs_of: None };
            let xo = Operand { code: quote!(__x), ty: xt.clone(), int_lit: None, float_lit: None, abs_of: None };
            let eq = cmp_one(CmpOp::Eq, &xo, &y);
            quote!({ let __x = #x; #c.into_iter().any(|__y| #eq) })
        }
        Ty::List(el) | Ty::VarTuple(el) => {
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
        // numpy's `(a == x).any()`: ints exactly (uint64 elements as their u64, NEP 50), with a
        // float in float64, a Python number against float32 elements as a float32 (weak)
        Ty::Array(el, _) => {
            use crate::codegen::sized::cast;
            let xe = Elem::of_scalar(xt).expect("a real number (inference)");
            let float = el.kind() == crate::types::Kind::Float || xe.kind() == crate::types::Kind::Float;
            let (xv, yv) = if float {
                let xw = if *el == Elem::Float32 && !xt.is_np() && xt.sized().is_none() {
                    cast(cast(quote!(__x), xe, Elem::Float32), Elem::Float32, Elem::Float64)
                } else {
                    cast(quote!(__x), xe, Elem::Float64)
                };
                (xw, cast(quote!(__y), *el, Elem::Float64))
            } else {
                let wide = |v: TokenStream, e: Elem| {
                    if e == Elem::UInt64 {
                        quote!(((#v) as u64 as i128))
                    } else {
                        quote!(((#v) as i128))
                    }
                };
                (wide(quote!(__x), xe), wide(quote!(__y), *el))
            };
            quote!({ let __x = #x; #c.iter_items().any(|__y| #xv == #yv) })
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
        return (quote!(rt::builtins::arith::square(#a)), Ty::NpFloat);
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

impl Body<'_> {
    /// The values an int expression can take where loop bounds and literals tell
    /// ([`crate::analysis::ranges`]).
    pub fn int_range(&self, e: &ir::Expr) -> Option<(i128, i128)> {
        self.proofs.int_ranges.of(self.inst, e)
    }

    /// `a op b` without a check the operands' ranges prove unnecessary: int `+ - *` that
    /// cannot overflow, a float division by an int (converted) that cannot be zero.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn proven_binop(
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
        if (*at == Ty::StrNum || *bt == Ty::StrNum) && !(op == BinOp::Mod && *at == Ty::Str) {
            return self.strnum_binop(op, (a, at), (b, bt), rhs, np);
        }
        if np && at.is_numeric() && bt.is_numeric() && !(*at == Ty::Bool && *bt == Ty::Bool) {
            return np_binop(op, a, at, b, bt, rhs);
        }
        let num = quote!(rt::builtins::num);
        if at.is_dyn_np() || bt.is_dyn_np() {
            // a number that may be a numpy scalar (see `numnp_binop_type`); `np`: the other
            // operand is a numpy scalar
            let (dynamic, other) = if at.is_dyn_np() { (at, bt) } else { (bt, at) };
            // a Python int or a numpy int64 with a numpy scalar: computed as the int64
            if *dynamic == Ty::IntNp && np && matches!(other, Ty::Bool | Ty::Int | Ty::Float | Ty::Complex) {
                let x = coerce(a, at, if at.is_dyn_np() { &Ty::Int } else { at });
                let y = coerce(b, bt, if bt.is_dyn_np() { &Ty::Int } else { bt });
                let (xt, yt) = (if at.is_dyn_np() { &Ty::Int } else { at }, if bt.is_dyn_np() { &Ty::Int } else { bt });
                return np_binop(op, x, xt, y, yt, rhs);
            }
            let int_result = *dynamic == Ty::IntNp
                && !np
                && matches!(other, Ty::Bool | Ty::Int | Ty::IntNp)
                && !matches!(op, BinOp::Div | BinOp::Pow);
            let result = if int_result { Ty::IntNp } else { Ty::NumNp };
            if np && matches!(other, Ty::Float | Ty::Complex) {
                let to = other.clone();
                let x = coerce(a, at, &to);
                let y = coerce(b, bt, &to);
                return np_binop(op, x, &to, y, &to, rhs);
            }
            let as_num = |v: TokenStream, t: &Ty| match t {
                Ty::Int if np => quote!(rt::Num::NpInt(#v)),
                // a numpy.bool_ (see `numnp_binop_type`)
                Ty::Bool if np => quote!(rt::Num::NpInt(#v as i64)),
                t => coerce(v, t, &Ty::Num),
            };
            let (x, y) = (as_num(a, at), as_num(b, bt));
            if op == BinOp::Pow && matches!(rhs.kind, ExprKind::Int(2)) && at.is_dyn_np() {
                return (quote!(#num::pow2(#x)?), Ty::NumNp);
            }
            let f = dispatch_fn(op);
            return (quote!(#num::#f(#x, #y)?), result);
        }
        if *at == Ty::NumC || *bt == Ty::NumC {
            // one operand may be a complex (see `numc_binop_type`): with a complex, complex
            // arithmetic (CPython converts the real operand first); else it dispatches
            let other = if *at == Ty::NumC { bt } else { at };
            if *other == Ty::Complex {
                let (x, y) = (coerce(a, at, &Ty::Complex), coerce(b, bt, &Ty::Complex));
                return self.binop(op, x, &Ty::Complex, y, &Ty::Complex, rhs, np);
            }
            let (x, y) = (coerce(a, at, &Ty::NumC), coerce(b, bt, &Ty::NumC));
            let f = dispatch_fn(op);
            return (quote!(rt::builtins::numc::#f(#x, #y)?), Ty::NumC);
        }
        if *at == Ty::Num || *bt == Ty::Num {
            // one operand is a bool, an int or a float depending on the run (see
            // `num_binop_type`): with a float or a complex the other's type decides, with an
            // int the operation dispatches
            let other = if *at == Ty::Num { bt } else { at };
            let to = match (op, other) {
                (BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift, _) => Some(Ty::Int),
                (_, Ty::Complex) => Some(Ty::Complex),
                (BinOp::Div, _) | (_, Ty::Float) => Some(Ty::Float),
                _ => None,
            };
            if let Some(to) = to {
                // (with a numpy float: numpy's arithmetic, `np`)
                let (x, xt) = if *at == Ty::Num { (coerce(a, at, &to), to.clone()) } else { (a, at.clone()) };
                let (y, yt) = if *bt == Ty::Num { (coerce(b, bt, &to), to.clone()) } else { (b, bt.clone()) };
                return self.binop(op, x, &xt, y, &yt, rhs, np);
            }
            let (x, y) = (coerce(a, at, &Ty::Num), coerce(b, bt, &Ty::Num));
            let f = dispatch_fn(op);
            return (quote!(#num::#f(#x, #y)?), Ty::Num);
        }
        // an int to a power not known to be non-negative: an int or a float (see `binop_type_base`)
        if op == BinOp::Pow
            && matches!(at, Ty::Int | Ty::Bool)
            && *bt == Ty::Int
            && !matches!(rhs.kind, ExprKind::Int(k) if k >= 0)
            && !negative_int_constant(rhs)
        {
            let (x, y) = (coerce(a, at, &Ty::Num), coerce(b, bt, &Ty::Num));
            return (quote!(#num::pow(#x, #y)?), Ty::Num);
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
                    // a number whose type is known when the code runs: by that type
                    if t.is_num() {
                        return quote!(rt::builtins::num::pct(#v));
                    }
                    // a numpy scalar: `%s` and `%r` show its own str and repr
                    if t.is_np() || t.sized().is_some() {
                        let num = match t.base() {
                            Ty::Int => quote!(#f::Int(__v)),
                            Ty::Float => quote!(#f::Float(__v)),
                            _ => quote!(#f::Repr(String::new())),
                        };
                        let s = super::containers::str_of(quote!(__v), t);
                        let r = super::containers::repr_of(quote!(__v), t);
                        return quote!({ let __v = #v; #f::Np(Box::new(#num), #s.as_str().to_string(), #r.as_str().to_string()) });
                    }
                    match t.base() {
                        Ty::Int => quote!(#f::Int(#v)),
                        Ty::Float => quote!(#f::Float(#v)),
                        Ty::Bool => quote!(#f::Bool(#v)),
                        Ty::Str => quote!(#f::Str(#v)),
                        Ty::StrNum => quote!(rt::builtins::strnum::pct(#v)),
                        _ => {
                            let s = super::containers::str_of(v, t);
                            quote!(#f::Repr(#s.as_str().to_string()))
                        }
                    }
                };
                let bt = &self.np_ty(rhs);
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
                (quote!(#a.repeat(#n)?), Ty::Str)
            }
            (BinOp::Mul, n, Ty::Str) => {
                let n = coerce(a, n, &Ty::Int);
                (quote!(#b.repeat(#n)?), Ty::Str)
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
            (BinOp::Add, Ty::VarTuple(_), Ty::VarTuple(_) | Ty::Tuple(_))
            | (BinOp::Add, Ty::Tuple(_), Ty::VarTuple(_)) => {
                let t = at.join(bt).unwrap_or(Ty::Unknown);
                let (a, b) = (coerce(a, at, &t), coerce(b, bt, &t));
                (quote!(rt::VarTuple::concat(&#a, &#b)), t)
            }
            (BinOp::Add, Ty::List(x), Ty::List(y)) => {
                // one side may be a list nothing is ever stored in (empty, items unknown)
                // (an int list and a float list: their items join, as inference typed them)
                let t = Ty::List(match (&**x, &**y) {
                    (Ty::Unknown, _) => y.clone(),
                    (_, Ty::Unknown) => x.clone(),
                    _ => Box::new(x.join(y).unwrap_or_else(|| (**x).clone())),
                });
                let (a, b) = (coerce(a, at, &t), coerce(b, bt, &t));
                (quote!(rt::List::concat(&#a, &#b)), t)
            }
            (BinOp::Mul, Ty::List(_), n) => {
                let n = coerce(b, n, &Ty::Int);
                (quote!(#a.times(#n)?), at.clone())
            }
            (BinOp::Mul, n, Ty::List(_)) => {
                let n = coerce(a, n, &Ty::Int);
                (quote!(#b.times(#n)?), bt.clone())
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

    pub(super) fn bool_op(&mut self, op: BoolOp, values: &[ir::Expr], t: &Ty) -> TokenStream {
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
            // an operand that never decides (`0 or x`, `'' or x`): evaluated, then the rest
            let deciding = op == BoolOp::Or;
            if crate::infer::expr::bool_part(v, deciding, &|e| self.ty(e)).is_none() {
                acc = quote!({ let _ = #x; #acc });
                continue;
            }
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
    pub(super) fn unary_code(&mut self, op: UnaryOp, v: TokenStream, xt: &Ty, t: &Ty, e: &ir::Expr) -> TokenStream {
        // a str-or-number: the number, else CPython's TypeError
        if *xt == Ty::StrNum && op != UnaryOp::Not {
            let sym = if op == UnaryOp::Neg { "-" } else { "+" };
            return self.unary_code(op, quote!(#v.num_unary(#sym)?), &Ty::Num, t, e);
        }
        match op {
            UnaryOp::Not => {
                let c = truth_of(v, xt);
                quote!((!#c))
            }
            UnaryOp::Pos if t.is_num() => quote!(rt::builtins::num::pos(#v)),
            UnaryOp::Pos if *t == Ty::NumC => quote!(rt::builtins::numc::pos(#v)),
            UnaryOp::Pos => coerce(v, xt, t),
            UnaryOp::Neg => match *t {
                Ty::Num | Ty::NumNp | Ty::IntNp => quote!(rt::builtins::num::neg(#v)?),
                Ty::NumC => quote!(rt::builtins::numc::neg(#v)?),
                Ty::Int if self.is_np(e) => {
                    let v = coerce(v, xt, &Ty::Int);
                    quote!(#v.wrapping_neg())
                }
                // `-5`: a literal's negation cannot overflow (the largest literal is i64::MAX; the
                // folded `-9223372036854775808` is i64::MIN, whose negation is checked below)
                Ty::Int if matches!(&e.kind, ExprKind::Unary(_, x) if matches!(x.kind, ExprKind::Int(n) if n != i64::MIN)) =>
                {
                    let ExprKind::Unary(_, x) = &e.kind else { unreachable!() };
                    let ExprKind::Int(n) = x.kind else { unreachable!() };
                    // parenthesised: `-1i64.abs()` would parse as `-(1i64.abs())`
                    let lit = int_lit(-n);
                    quote!((#lit))
                }
                Ty::Int => {
                    let v = coerce(v, xt, &Ty::Int);
                    quote!(rt::builtins::arith::neg_int(#v)?)
                }
                _ => quote!((-#v)),
            },
            // `~` of a numpy bool is logical not; of a Python bool it is the int -x-1
            UnaryOp::Invert if *xt == Ty::Bool && (self.elem.active || *self.inst.ty(e) == Ty::NpBool) => quote!((!#v)),
            UnaryOp::Invert => {
                let v = coerce(v, xt, &Ty::Int);
                quote!((!#v))
            }
        }
    }

    pub(super) fn compare(&mut self, first: &ir::Expr, rest: &[(CmpOp, ir::Expr)]) -> TokenStream {
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
                        code: quote!(rt::builtins::complex::abs_checked(#tmp)?),
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
            let (v, retyped) = self.sized_compare_operand(&all, e, v);
            let rounded = retyped.is_some();
            let t = retyped.unwrap_or(t);
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
}

/// The source spelling of an ordering comparison (for CPython's TypeError text).
fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        _ => ">=",
    }
}

/// The runtime function of `op` on numbers whose type is known when the code runs
/// (`rt::builtins::num`, `rt::builtins::numc`: same names).
fn dispatch_fn(op: BinOp) -> TokenStream {
    match op {
        BinOp::Add => quote!(add),
        BinOp::Sub => quote!(sub),
        BinOp::Mul => quote!(mul),
        BinOp::Div => quote!(truediv),
        BinOp::FloorDiv => quote!(floordiv),
        BinOp::Mod => quote!(rem),
        BinOp::BitAnd => quote!(bitand),
        BinOp::BitOr => quote!(bitor),
        BinOp::BitXor => quote!(bitxor),
        BinOp::LShift => quote!(lshift),
        BinOp::RShift => quote!(rshift),
        BinOp::Pow => quote!(pow),
    }
}
