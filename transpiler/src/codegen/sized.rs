//! numpy's sized element types (int8…uint64, float32, complex64) in generated code. Values are
//! computed in the wide type of their kind (see `runtime/src/numpy/sized.rs`): an operation on
//! them is the 64-bit operation followed by a narrowing back to the element's width, and a
//! Python number meeting them is converted first as numpy does (NEP 50: out-of-range ints
//! raise OverflowError, floats round to float32).

use super::body::Body;
use super::convert::coerce;
use crate::ir::{self, BinOp, ExprKind};
use crate::library::NumpyFn;
use crate::types::{Elem, Kind, Ty};
use proc_macro2::TokenStream;
use quote::quote;

/// `v` (an operation's result in the wide type) narrowed to the element type `e`.
pub fn narrow(e: Elem, v: TokenStream) -> TokenStream {
    let s = quote!(rt::numpy::sized);
    match e {
        Elem::Int8 => quote!(#s::i8_(#v)),
        Elem::Int16 => quote!(#s::i16_(#v)),
        Elem::Int32 => quote!(#s::i32_(#v)),
        Elem::UInt8 => quote!(#s::u8_(#v)),
        Elem::UInt16 => quote!(#s::u16_(#v)),
        Elem::UInt32 => quote!(#s::u32_(#v)),
        Elem::Float32 => quote!(#s::f32_(#v)),
        Elem::Complex64 => quote!(#s::c64_(#v)),
        _ => v,
    }
}

/// A Python number of type `from` (bool, int, float, complex) meeting element type `e`.
pub fn weak(v: TokenStream, from: &Ty, e: Elem) -> TokenStream {
    let s = quote!(rt::numpy::sized);
    match (from.base(), e.kind()) {
        (Ty::Int, Kind::Int) if e != Elem::Int64 => {
            let name = e.name();
            let (lo, hi) = bounds(e);
            quote!(#s::weak_int(#v, #lo, #hi, #name)?)
        }
        // ints straight to float32 (one rounding, as numpy converts them)
        (Ty::Int, Kind::Float) if e == Elem::Float32 => quote!(((#v) as f32 as f64)),
        (Ty::Float, Kind::Float) if e == Elem::Float32 => quote!(#s::f32_(#v)),
        (Ty::Int, Kind::Complex) if e == Elem::Complex64 => quote!(rt::Complex64::new((#v) as f32 as f64, 0.0)),
        (t @ (Ty::Float | Ty::Complex), Kind::Complex) if e == Elem::Complex64 => {
            let c = coerce(v, &t, &Ty::Complex);
            quote!(#s::c64_(#c))
        }
        _ => v,
    }
}

/// A scalar (already an int) stored into an element of a sized integer type: numpy converts it
/// to a Python int and raises OverflowError when it does not fit (`a8[0] = 300`, even for
/// `np.int64(300)`), where array-to-array stores wrap.
pub fn check_int_store(v: TokenStream, el: Elem) -> TokenStream {
    if el.kind() == Kind::Int && el.is_sized() {
        let name = el.name();
        let (lo, hi) = bounds(el);
        quote!(rt::numpy::sized::weak_int(#v, #lo, #hi, #name)?)
    } else {
        v
    }
}

fn bounds(e: Elem) -> (i64, i64) {
    match e {
        Elem::Int8 => (i8::MIN as i64, i8::MAX as i64),
        Elem::Int16 => (i16::MIN as i64, i16::MAX as i64),
        Elem::Int32 => (i32::MIN as i64, i32::MAX as i64),
        Elem::UInt8 => (0, u8::MAX as i64),
        Elem::UInt16 => (0, u16::MAX as i64),
        Elem::UInt32 => (0, u32::MAX as i64),
        Elem::UInt64 => (0, i64::MAX),
        _ => (i64::MIN, i64::MAX),
    }
}

/// A value of element type `from` (in its wide type) converted as numpy casts it to element
/// type `to` (`astype`, stores): floats into ints truncate with numpy's x86-64 results for NaN
/// and out-of-range values, ints into float32 round once, uint64 converts unsigned.
pub fn cast(v: TokenStream, from: Elem, to: Elem) -> TokenStream {
    let s = quote!(rt::numpy::sized);
    if from == to {
        return v;
    }
    let wide = match (from.kind(), to.kind()) {
        (Kind::Float, Kind::Int) | (Kind::Complex, Kind::Int) => {
            let x = if from.kind() == Kind::Complex { quote!((#v).re) } else { v };
            match to {
                Elem::Int64 => quote!(rt::numpy::scalar::float_to_int(#x)),
                Elem::UInt32 => quote!(#s::float_to_wide_uint(#x, 32)),
                Elem::UInt64 => quote!(#s::float_to_wide_uint(#x, 64)),
                _ => quote!(#s::float_to_small_int(#x)),
            }
        }
        (Kind::Int, Kind::Float) if from == Elem::UInt64 => quote!(#s::u64_to_f64(#v)),
        (Kind::Int, Kind::Float) if to == Elem::Float32 => return quote!(((#v) as f32 as f64)),
        (Kind::Int, Kind::Complex) if from == Elem::UInt64 => quote!(rt::Complex64::new(#s::u64_to_f64(#v), 0.0)),
        (_, Kind::Bool) => match from.kind() {
            Kind::Int => quote!((#v != 0)),
            Kind::Float => quote!((#v != 0.0)),
            Kind::Complex => quote!(rt::builtins::conv::truth_complex(#v)),
            Kind::Bool => v,
        },
        (Kind::Complex, Kind::Float) => quote!((#v).re),
        (fk, tk) => {
            let f = Elem::of_kind(fk).scalar().base();
            let t = Elem::of_kind(tk).scalar().base();
            coerce(v, &f, &t)
        }
    };
    narrow(to, wide)
}

impl Body<'_> {
    /// The full numpy type of `e`: in element context an array stands for its element's numpy
    /// scalar type (sized types kept, unlike [`Body::ty`]).
    pub fn sty(&self, e: &ir::Expr) -> Ty {
        match self.inst.ty(e) {
            Ty::Array(el, _) if self.elem.active => el.scalar(),
            t => t.clone(),
        }
    }

    /// The sized element type `e` has (as a scalar or, in element context, an element).
    pub fn sized_of(&self, e: &ir::Expr) -> Option<Elem> {
        self.sty(e).sized()
    }

    /// `l op r` where a sized type is involved; `None` otherwise.
    pub fn sized_binop(&mut self, e: &ir::Expr, op: BinOp, l: &ir::Expr, r: &ir::Expr) -> Option<TokenStream> {
        if self.sized_of(l).is_none() && self.sized_of(r).is_none() && self.sized_of(e).is_none() {
            return None;
        }
        let (lt, rt_) = (self.sty(l), self.sty(r));
        let common = self.inst.numpy_common[&e.id];
        let side = |b: &mut Self, x: &ir::Expr, t: &Ty| -> (TokenStream, Ty) {
            let v = b.expr(x);
            if !t.is_np() && *t != Ty::Bool && Elem::of_scalar(t).is_some() {
                // a Python number: numpy converts it to the common type first
                (weak(v, t, common), common.scalar().base())
            } else if t.sized() == Some(Elem::UInt64) && (common.kind() >= Kind::Float || op == BinOp::Div) {
                (quote!(rt::numpy::sized::u64_to_f64(#v)), Ty::Float)
            } else {
                (v, t.base())
            }
        };
        let (a, at) = side(self, l, &lt);
        let (b, bt) = side(self, r, &rt_);
        let array = self.is_array_elem(e);
        let code = match numpy_loop_op(common, op, array, (&a, &at), (&b, &bt), r) {
            Some(code) => code,
            None => self.binop(op, a, &at, b, &bt, r, true).0,
        };
        Some(match self.sized_of(e) {
            Some(el) => narrow(el, code),
            None => code,
        })
    }

    /// `x op value` for `x` an element of an array of `el` (augmented assignment): a Python
    /// number `value` (code `v`, Python type `vt`) is converted as numpy does, and the result
    /// narrowed to numpy's result type. Returns the code and its (wide) type.
    /// `array`: the assignment is to an array (`a *= b`: numpy's array loop), not to one element.
    #[allow(clippy::too_many_arguments)] // two typed operands, the element type, the flavour
    pub fn elem_binop(
        &mut self,
        op: BinOp,
        x: TokenStream,
        el: Elem,
        v: TokenStream,
        vt: &Ty,
        value: &ir::Expr,
        array: bool,
    ) -> (TokenStream, Ty) {
        let array = array && !self.elem.single;
        let np_value = self.is_np(value) || matches!(self.inst.ty(value), Ty::Array(..));
        let et = el.scalar();
        if !el.is_sized() && self.sty(value).sized().is_none() {
            if el == Elem::Complex128 {
                if let Some(code) = numpy_loop_op(el, op, array, (&x, &et), (&v, vt), value) {
                    return (code, Ty::Complex);
                }
            }
            let np = et != Ty::Bool || np_value;
            return self.binop(op, x, &et, v, vt, value, np);
        }
        let common = self.inst.numpy_common[&value.id];
        let (v, vt) =
            if !np_value && *vt != Ty::Bool { (weak(v, vt, common), common.scalar().base()) } else { (v, vt.clone()) };
        let (r, rt_) = match numpy_loop_op(common, op, array, (&x, &et.base()), (&v, &vt), value) {
            Some(code) => (code, common.scalar().base()),
            None => self.binop(op, x, &et.base(), v, &vt, value, true),
        };
        let result = match self.inst.ty(value) {
            Ty::Array(..) => None,
            _ => Some(common),
        };
        match result {
            Some(e) if e.is_sized() && !matches!(op, BinOp::Div) => (narrow(e, r), rt_),
            _ => (r, rt_),
        }
    }

    /// `np.float32(x)`, `np.int8(x)`…: a numpy scalar converts as numpy casts; a Python number
    /// goes through Python's int first for integer types (so `np.int8(300)` and
    /// `np.int8(300.0)` raise OverflowError, `np.int8(3.7)` is 3).
    pub fn np_scalar_ctor(&mut self, f: NumpyFn, x: &ir::Expr) -> TokenStream {
        let to = Elem::from_name(f.dtype().expect("a scalar type")).expect("canonical names are elements");
        let from = self.sty(x);
        let v = self.expr(x);
        match from.np_elem() {
            Some(fe) => cast(v, fe, to),
            None if to.kind() == Kind::Int => {
                let i = super::convert::coerce_store(v, &from, &Ty::Int);
                check_int_store(i, to)
            }
            None => {
                let fe = Elem::of_scalar(&from).unwrap_or(Elem::Float64);
                match to.kind() {
                    Kind::Bool => cast(v, fe, to),
                    _ => {
                        let _ = fe;
                        let w = weak(v, &from, to);
                        let wt = if to.is_sized() { to.scalar().base() } else { from.base() };
                        coerce(w, &wt, &to.scalar().base())
                    }
                }
            }
        }
    }

    /// The operands of a comparison involving float32/complex64: Python floats rounded to
    /// float32 first (numpy compares in the common type).
    pub fn sized_compare_operand(
        &self,
        all: &[&ir::Expr],
        x: &ir::Expr,
        code: TokenStream,
    ) -> (TokenStream, Option<Ty>) {
        // a uint64 among the operands: numpy 2 compares it with ints exactly (here in i128:
        // its bits as u64, the others as signed), with floats in float64 (`u64_to_f64`)
        if all.iter().any(|a| self.sized_of(a) == Some(Elem::UInt64))
            && all.iter().all(|a| Elem::of_scalar(&self.sty(a)).is_some())
        {
            let float = all.iter().any(|a| matches!(self.sty(a).base(), Ty::Float));
            let t = self.sty(x);
            let unsigned = self.sized_of(x) == Some(Elem::UInt64);
            return match (float, unsigned) {
                (true, true) => (quote!(rt::numpy::sized::u64_to_f64(#code)), Some(Ty::Float)),
                (true, false) => (coerce(code, &t.base(), &Ty::Float), Some(Ty::Float)),
                (false, true) => (quote!(((#code) as u64 as i128)), Some(Ty::Int)),
                (false, false) => (quote!(((#code) as i128)), Some(Ty::Int)),
            };
        }
        let narrow_floats = all.iter().any(|a| matches!(self.sized_of(a), Some(Elem::Float32 | Elem::Complex64)));
        let t = self.sty(x);
        if narrow_floats && !t.is_np() && matches!(t, Ty::Int | Ty::Float) && !matches!(x.kind, ExprKind::Bool(_)) {
            (weak(code, &t, Elem::Float32), Some(Ty::Float))
        } else {
            (code, None)
        }
    }
}

/// The operations whose numpy loops round differently from the wide operation rounded once
/// (`common` is numpy's result type; `array`: numpy's array loop, not its scalar operation):
/// float32 `//` and `%` (computed in float32), complex products of arrays (numpy's vector
/// loop fuses each part into a multiply-add; its scalar product does not), complex64 products
/// and quotients (in float32). `None`: the plain operation is numpy's.
pub fn numpy_loop_op(
    common: Elem,
    op: BinOp,
    array: bool,
    (a, at): (&TokenStream, &Ty),
    (b, bt): (&TokenStream, &Ty),
    rhs: &ir::Expr,
) -> Option<TokenStream> {
    let sc = quote!(rt::numpy::scalar);
    let float = |x: &TokenStream, t: &Ty| coerce(x.clone(), t, &Ty::Float);
    let complex = |x: &TokenStream, t: &Ty| coerce(x.clone(), t, &Ty::Complex);
    let square = op == BinOp::Pow && matches!(rhs.kind, ExprKind::Int(2));
    let product = |f: TokenStream| {
        let (x, y) = (complex(a, at), complex(b, bt));
        if square {
            quote!({ let __z = #x; #sc::#f(__z, __z) })
        } else {
            quote!(#sc::#f(#x, #y))
        }
    };
    match (common, op) {
        (Elem::Float32, BinOp::FloorDiv) => Some({
            let (x, y) = (float(a, at), float(b, bt));
            quote!(#sc::floor_divide_f32(#x, #y))
        }),
        (Elem::Float32, BinOp::Mod) => Some({
            let (x, y) = (float(a, at), float(b, bt));
            quote!(#sc::remainder_f32(#x, #y))
        }),
        (Elem::Complex128, BinOp::Mul | BinOp::Pow) if array && (op == BinOp::Mul || square) => {
            Some(product(quote!(multiply_complex_array)))
        }
        (Elem::Complex64, BinOp::Mul | BinOp::Pow) if array && (op == BinOp::Mul || square) => {
            Some(product(quote!(multiply_c64_array)))
        }
        (Elem::Complex64, BinOp::Mul) => Some(product(quote!(multiply_c64))),
        (Elem::Complex64, BinOp::Div) => Some({
            let (x, y) = (complex(a, at), complex(b, bt));
            quote!(#sc::divide_c64(#x, #y))
        }),
        _ => None,
    }
}
