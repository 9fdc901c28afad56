//! Operations on a str-or-number value ([`Ty::StrNum`], `rt::StrNum`): the value narrowed to
//! the kind the operation needs (`infer::strnum::narrowed`), checked when the code runs with
//! CPython's TypeError, then the operation of that kind.

use super::body::Body;
use super::convert::coerce;
use super::ops::ordering_test;
use crate::infer::strnum::narrowed;
use crate::ir::{self, BinOp, CmpOp};
use crate::types::Ty;
use proc_macro2::TokenStream;
use quote::quote;

/// The Python type name of a number of type `t` whose value is `v` (a [`Ty::Num`] knows it
/// when the code runs).
fn type_name(v: &TokenStream, t: &Ty) -> TokenStream {
    match t {
        Ty::Bool => quote!("bool"),
        Ty::Int => quote!("int"),
        Ty::Float => quote!("float"),
        Ty::Str => quote!("str"),
        _ => quote!(#v.type_name()),
    }
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

impl Body<'_> {
    /// `a op b` where an operand is a str-or-number; the code and its type.
    pub(super) fn strnum_binop(
        &mut self,
        op: BinOp,
        (a, at): (TokenStream, &Ty),
        (b, bt): (TokenStream, &Ty),
        rhs: &ir::Expr,
        np: bool,
    ) -> (TokenStream, Ty) {
        let left = *at == Ty::StrNum;
        let other = if left { bt } else { at };
        let Some(kind) = narrowed(op, other, left) else {
            return (quote!(compile_error!("pyrs: operator on a str-or-number")), Ty::Unknown);
        };
        // both operands evaluated first, in order, as CPython does
        let (x, y) = (self.temp(), self.temp());
        let sym = op.symbol();
        let (sn, o) = if left { (quote!(#x), quote!(#y)) } else { (quote!(#y), quote!(#x)) };
        let narrow = if kind == Ty::Str {
            quote!(#sn.str_operand(#sym, #left)?)
        } else {
            // (an int literal on the right may arrive converted to the float it meets)
            let name = match rhs.kind {
                crate::ir::ExprKind::Int(_) if left => quote!("int"),
                _ => type_name(&o, other),
            };
            quote!(#sn.num_operand(#sym, #name, #left)?)
        };
        let (na, nat, nb, nbt) = if left { (narrow, &kind, quote!(#y), bt) } else { (quote!(#x), at, narrow, &kind) };
        let (code, t) = self.binop(op, na, nat, nb, nbt, rhs, np);
        (quote!({ let #x = #a; let #y = #b; #code }), t)
    }
}

/// `a op b` (a comparison) where an operand is a str-or-number: `==`/`!=` by the kinds and
/// values (a str never equals a number), orderings between values of one kind (TypeError
/// otherwise, as CPython).
pub(super) fn compare(op: CmpOp, (a, at): (&TokenStream, &Ty), (b, bt): (&TokenStream, &Ty)) -> TokenStream {
    let left = *at == Ty::StrNum;
    let (sn, o, ot) = if left { (a, b, bt) } else { (b, a, at) };
    let sym = cmp_symbol(op);
    if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        let eq = match ot {
            Ty::StrNum => quote!((#a == #b)),
            Ty::Str => quote!(#sn.eq_str(&#o)),
            t if t.is_py_real() => {
                let n = coerce(quote!(#o), t, &Ty::Num);
                quote!(#sn.eq_num(#n))
            }
            _ => quote!({ let _ = (&#a, &#b); false }),
        };
        return if op == CmpOp::Eq { eq } else { quote!((!#eq)) };
    }
    match ot {
        Ty::StrNum => ordering_test(op, quote!(rt::builtins::strnum::cmp(&#a, &#b, #sym)?), false),
        Ty::Str => {
            let s = quote!(#sn.str_ordered(#sym, #left)?);
            let c = quote!(::core::option::Option::Some(::core::cmp::Ord::cmp(#s.as_str(), #o.as_str())));
            ordering_test(op, c, !left)
        }
        t => {
            let name = type_name(o, t);
            let n = coerce(quote!(#o), t, &Ty::Num);
            let c = quote!(rt::builtins::num::cmp(#sn.num_ordered(#sym, #name, #left)?, #n));
            ordering_test(op, c, !left)
        }
    }
}
