//! Variables holding a str on some paths and a number on others ([`Ty::StrNum`]): which
//! variables may (those whose conflict remains once their webs are split), and the operations
//! on such a value — each one narrows it to the kind the operation needs, which the code
//! checks when it runs (CPython's TypeError otherwise).

use super::*;

/// Adds the variables `wanted` as str-or-number variables; whether any is new.
pub(super) fn allow(
    unions: &mut BTreeMap<String, BTreeSet<String>>,
    wanted: BTreeMap<String, BTreeSet<String>>,
) -> bool {
    let mut progress = false;
    for (func, names) in wanted {
        let have = unions.entry(func).or_default();
        for n in names {
            progress |= have.insert(n);
        }
    }
    progress
}

/// The kind an operand of type [`Ty::StrNum`] is narrowed to by the operation `op` with an
/// operand of type `other`: `Some(Ty::Num)` (a number is needed), `Some(Ty::Str)`, or `None`
/// when the operation is not supported on such a value (`*` and `%`, which a str and a
/// number both accept with different meanings). `left`: the str-or-number is the left operand.
pub(crate) fn narrowed(op: BinOp, other: &Ty, left: bool) -> Option<Ty> {
    let number = other.is_py_real() || *other == Ty::StrNum;
    match op {
        BinOp::Mul => None,
        BinOp::Mod if left => None,
        BinOp::Add if *other == Ty::Str => Some(Ty::Str),
        _ if number && *other != Ty::StrNum => Some(Ty::Num),
        _ => None,
    }
}

impl FnCx<'_, '_> {
    /// Whether `name` may hold a str on some paths and a number on others.
    pub(super) fn union_allowed(&self, name: &str) -> bool {
        self.inf.unions.get(self.func).is_some_and(|s| s.contains(name))
    }

    /// `name`'s assignments give a str and a number: a [`Ty::StrNum`] once its webs are split.
    pub(super) fn want_union(&mut self, name: &str) {
        self.inf.union_wanted.entry(self.func.to_string()).or_default().insert(name.to_string());
    }

    /// The type of `l op r` where an operand is a str-or-number.
    pub(super) fn strnum_binop_type(&mut self, op: BinOp, l: &Ty, r: &Ty, rhs: &ir::Expr, at: Span) -> Ty {
        let left = *l == Ty::StrNum;
        let other = if left { r } else { l };
        match narrowed(op, other, left) {
            Some(k) => {
                let (a, b) = if left { (&k, r) } else { (l, &k) };
                self.binop_type(op, a, b, rhs, at)
            }
            None => {
                self.error(
                    Diagnostic::new(
                        at,
                        format!(
                            "`{}` of a {l} and a {r} is not supported (a variable holding a str on some paths and a number on others)",
                            op.symbol()
                        ),
                    )
                    .help("convert it first: `str(x)`, `int(x)` or `float(x)`"),
                );
                Ty::Unknown
            }
        }
    }
}
