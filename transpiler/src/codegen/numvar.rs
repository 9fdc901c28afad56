//! Variables holding a bool, an int or a float ([`Ty::Num`]) whose every assignment is an int
//! or bool literal or a float (`s = 0` then `s += x * 0.5` in a loop): kept as `rt::NumF`, the
//! value as an `f64` (exact for such literals) and its type, so that the float arithmetic on
//! them is plain `f64` arithmetic and their type is only looked at where Python would see it.

use crate::infer::Instance;
use crate::ir::{self, BinOp, ExprKind, StmtKind, Target, UnaryOp};
use crate::types::Ty;
use proc_macro2::{TokenStream, TokenTree};
use quote::quote;
use std::collections::HashSet;

/// The variables of `f`'s instance `inst` kept as `rt::NumF`.
pub fn float_nums(f: &ir::Function, inst: &Instance) -> HashSet<String> {
    let cands: HashSet<&str> = inst
        .locals
        .iter()
        .filter(|(n, t)| t.is_num() && !f.params.iter().any(|p| &p.name == *n))
        .map(|(n, _)| n.as_str())
        .collect();
    if cands.is_empty() || ir::query::is_generator(&f.body) {
        return HashSet::new();
    }
    // parallel loops declare their private variables with their own types
    let parallel =
        ir::query::for_loops(&f.body).iter().any(|s| matches!(&s.kind, StmtKind::For { parallel: Some(_), .. }));
    if parallel {
        return HashSet::new();
    }
    let mut bad: HashSet<&str> = HashSet::new();
    ir::query::bindings(&f.body, &mut |n, _, s| {
        if !cands.contains(n) {
            return;
        }
        let ok = match &s.kind {
            StmtKind::Assign { target: Target::Name(..), value } => literal_or_float(value, inst),
            StmtKind::AugAssign { target: Target::Name(..), op, value } => {
                let bits = matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift);
                !bits && (*op == BinOp::Div || inst.ty(value).base() == Ty::Float)
            }
            _ => false,
        };
        if !ok {
            bad.insert(n);
        }
    });
    cands.difference(&bad).map(|n| n.to_string()).collect()
}

/// An int or bool literal exact as an `f64`, or a float.
fn literal_or_float(e: &ir::Expr, inst: &Instance) -> bool {
    match &e.kind {
        ExprKind::Int(k) => k.unsigned_abs() <= 1 << 53,
        ExprKind::Unary(UnaryOp::Neg, x) => matches!(x.kind, ExprKind::Int(k) if k.unsigned_abs() <= 1 << 53),
        ExprKind::Bool(_) => true,
        _ => inst.ty(e).base() == Ty::Float,
    }
}

/// `x = v` (`v` of type `t`) for such a variable.
pub fn store(id: &proc_macro2::Ident, v: TokenStream, t: &Ty) -> TokenStream {
    if *t == Ty::NpFloat {
        quote!(#id = rt::NumF::np_float(#v);)
    } else if t.base() == Ty::Float {
        quote!(#id = rt::NumF::float(#v);)
    } else {
        let n = super::convert::coerce(v, t, &Ty::Num);
        quote!(#id = rt::NumF::of(#n);)
    }
}

/// `x.num()` (the read of such a variable) as the float it holds where a float is wanted:
/// `x.v`, without looking at its type.
pub fn float_view(v: &TokenStream) -> Option<TokenStream> {
    let tt: Vec<TokenTree> = v.clone().into_iter().collect();
    match tt.as_slice() {
        [TokenTree::Ident(id), TokenTree::Punct(p), TokenTree::Ident(m), TokenTree::Group(g)]
            if p.as_char() == '.' && m == "num" && g.stream().is_empty() =>
        {
            Some(quote!(#id.v))
        }
        _ => None,
    }
}
