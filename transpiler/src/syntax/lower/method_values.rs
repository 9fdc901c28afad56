//! Methods as values: `str.lower` (a method of a builtin type, unbound: `key=str.lower`,
//! `map(str.strip, lines)`) and `lst.append` (bound to the value it is read from, which is
//! evaluated there, as CPython's bound method holds it: `push = stack.append; push(x)`).
//! Each is a function of the file calling the method — `def m(x, a): return x.lower(a)`
//! unbound, `def m(a, self_): return self_.append(a)` bound, the receiver passed as a captured
//! value — taking the arguments the method is usually given ([`arity`]).

use super::synth::Build;
use super::FnLower;
use crate::ir::{self, ExprKind, StmtKind};
use crate::library::Method;
use crate::source::Span;

/// How many arguments (besides the receiver) the function made of a method takes.
fn arity(m: Method) -> usize {
    use Method as M;
    match m {
        M::Insert | M::Replace => 2,
        M::Append
        | M::Add
        | M::Remove
        | M::Discard
        | M::Extend
        | M::Index
        | M::Count
        | M::Get
        | M::Join
        | M::Startswith
        | M::Endswith
        | M::Find
        | M::Rfind
        | M::Union
        | M::Intersection
        | M::Difference
        | M::SymmetricDifference
        | M::Issubset
        | M::Issuperset
        | M::Isdisjoint
        | M::Update
        | M::Setdefault
        | M::Zfill
        | M::Center
        | M::Ljust
        | M::Rjust
        | M::Removeprefix
        | M::Removesuffix
        | M::Partition
        | M::Rpartition
        | M::Write => 1,
        _ => 0,
    }
}

impl FnLower<'_> {
    /// `str.lower` (`receiver` None: the function takes the object first) or `xs.append` (the
    /// receiver evaluated here, passed along as a captured value).
    pub(super) fn method_value(&mut self, sp: Span, owner: &str, receiver: Option<ir::Expr>, m: Method) -> ir::Expr {
        let n = arity(m);
        let bound = receiver.is_some();
        // a bound method that stores into its container: the container's item type would be
        // learnt through the function value, which inference does not follow
        if bound
            && matches!(
                m,
                Method::Append | Method::Add | Method::Extend | Method::Insert | Method::Update | Method::Setdefault
            )
        {
            self.err(
                sp,
                format!(
                    "a bound `.{}` method as a value is not supported yet: write a lambda (`lambda v: xs.{}(v)`) or call the method",
                    m.name(),
                    m.name()
                ),
            );
            return self.bad(sp);
        }
        let name = format!("__pyrs_method_{}_{}_at{}", if bound { "bound" } else { owner }, m.name(), sp.start);
        let mut b = Build::new(self.scope, sp);
        let args: Vec<String> = (0..n).map(|k| format!("a{k}")).collect();
        let recv = b.local(if bound { "self_" } else { "x" });
        let call_args = args.iter().map(|a| b.local(a)).collect();
        let call = b.e(ExprKind::CallMethod { receiver: Box::new(recv), method: m, method_span: sp, args: call_args });
        let body = vec![b.s(StmtKind::Return(Some(call)))];
        let mut params: Vec<&str> = Vec::new();
        if !bound {
            params.push("x");
        }
        params.extend(args.iter().map(String::as_str));
        if bound {
            params.push("self_");
        }
        b.finish(self, &name, &params, body);
        self.expr_node(sp, ExprKind::FuncRef(name, receiver.into_iter().collect()))
    }
}
