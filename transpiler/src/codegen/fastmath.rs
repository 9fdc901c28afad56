//! The opt-in fast-math mode (`# pyrs fast-math` in a function, or at module level for the
//! whole file; like Numba's `fastmath=True`): float results may differ from CPython's and
//! NumPy's in the last bits, in exchange for speed. What it changes, and nothing else:
//! - `a * b + c`, `a * b - c`, `c + a * b`, `c - a * b` on Python floats: one fused multiply-add
//!   (`rt::support::fastmath::fma`, a single rounding; two where the CPU has no FMA); of two
//!   products, the one reading a float or array variable the function writes (a recurrence's
//!   chain: one multiply-add per step, not a multiply then the multiply-add);
//! - `x ** 3` and `x ** 4` on floats: products instead of libm's `pow`;
//! - strip-mined float sums (`for k in range(n): s += term`, [`Body::strip_mined`]): eight
//!   partial sums added together at the end (reassociated, vectorised) instead of one chain;
//! - `np.exp`, `np.log`, `math.exp`, `math.log`: the branch-free versions of
//!   `rt::numpy::vmath` (< 1 ulp from the C library's), which vectorise; `math.exp`/`math.log`
//!   keep their exceptions (OverflowError, ValueError).
//!
//! Exceptions, NaN and infinities are unchanged (no "finite math" assumption), and integer
//! arithmetic is untouched. The default (no comment) stays faithful to CPython's and NumPy's
//! bits.

use super::body::Body;
use crate::ir::visit::Visitor;
use crate::ir::{self, BinOp, ExprKind};
use crate::types::Ty;
use proc_macro2::{Group, Ident, TokenStream, TokenTree};
use quote::quote;

impl Body<'_> {
    /// Whether the function being generated is in fast-math mode.
    pub(super) fn fast_math(&self) -> bool {
        self.g.module.function(&self.inst.key.func).is_some_and(|f| f.fast_math)
    }

    /// `a * b ± c` / `c ± a * b` on floats as one fused multiply-add (fast-math only).
    pub(super) fn contracted(&mut self, e: &ir::Expr, op: BinOp, l: &ir::Expr, r: &ir::Expr) -> Option<TokenStream> {
        if !matches!(op, BinOp::Add | BinOp::Sub) || !self.fast_math() {
            return None;
        }
        // Python floats and numpy float64 scalars (the same IEEE `+ - *`), from ints or floats
        let float = |b: &Self, x: &ir::Expr| matches!(b.ty(x), Ty::Float | Ty::NpFloat);
        let num = |b: &Self, x: &ir::Expr| matches!(b.ty(x), Ty::Float | Ty::NpFloat | Ty::Int | Ty::NpInt | Ty::Bool);
        if !(float(self, e) && num(self, l) && num(self, r)) {
            return None;
        }
        let product = |b: &Self, x: &ir::Expr| match &x.kind {
            ExprKind::BinOp(BinOp::Mul, p, q) if float(b, x) && num(b, p) && num(b, q) => Some((p.clone(), q.clone())),
            _ => None,
        };
        // `a * b + c * d`: the left product is fused, unless only the right one reads a float
        // or array variable the function writes (`alpha * x[i] + (1 - alpha) * s[i - 1]`
        // storing `s[i]`): the chain from one iteration to the next is then one fused
        // multiply-add, not a multiply and then the fused one
        let left = product(self, l).filter(|_| !(product(self, r).is_some() && self.carried_only_right(l, r)));
        let (p, q, c, negate_product) = if let Some((p, q)) = left {
            (p, q, r, false)
        } else if let Some((p, q)) = product(self, r) {
            (p, q, l, op == BinOp::Sub)
        } else {
            return None;
        };
        // Python evaluates the left operand first: keep that order of the operands' code
        let (pv, qv, cv) = if std::ptr::eq(c, r) {
            let pv = self.expr_as(&p, &Ty::Float);
            let qv = self.expr_as(&q, &Ty::Float);
            (pv, qv, self.expr_as(c, &Ty::Float))
        } else {
            let cv = self.expr_as(c, &Ty::Float);
            let pv = self.expr_as(&p, &Ty::Float);
            (pv, self.expr_as(&q, &Ty::Float), cv)
        };
        let fma = quote!(rt::support::fastmath::fma);
        Some(if std::ptr::eq(c, r) {
            // p*q + c, p*q - c
            let c = if op == BinOp::Sub { quote!(-(#cv)) } else { cv };
            quote!({ let __p = #pv; let __q = #qv; let __c = #c; #fma(__p, __q, __c) })
        } else {
            // c + p*q, c - p*q
            let neg = if negate_product { quote!(-) } else { quote!() };
            quote!({ let __c = #cv; let __p = #pv; let __q = #qv; #fma(#neg __p, __q, __c) })
        })
    }

    /// Whether `r` reads a float or array variable the function writes (assigned, or stored
    /// into by subscript) and `l` reads none: `r` is on the chain a loop carries, `l` is not.
    fn carried_only_right(&self, l: &ir::Expr, r: &ir::Expr) -> bool {
        let Some(f) = self.g.module.function(&self.inst.key.func) else {
            return false;
        };
        let written = written_names(&f.body);
        let reads = |x: &ir::Expr| {
            let mut found = false;
            ir::visit::walk_expr(&mut ReadsWritten { written: &written, body: self, found: &mut found }, x);
            found
        };
        reads(r) && !reads(l)
    }

    /// `x ** 3`, `x ** 4` on floats as products (fast-math only).
    pub(super) fn fast_power(&mut self, e: &ir::Expr, op: BinOp, l: &ir::Expr, r: &ir::Expr) -> Option<TokenStream> {
        if op != BinOp::Pow || !self.fast_math() || !matches!(self.ty(e), Ty::Float | Ty::NpFloat) {
            return None;
        }
        if !matches!(self.ty(l), Ty::Float | Ty::NpFloat) {
            return None;
        }
        let x = self.expr(l);
        match r.kind {
            ExprKind::Int(3) => Some(quote!({ let __x: f64 = #x; __x * __x * __x })),
            ExprKind::Int(4) => Some(quote!({ let __x: f64 = #x; let __y = __x * __x; __y * __y })),
            _ => None,
        }
    }
}

/// The variables `body` writes: bound as a whole, or the array under a subscript target.
fn written_names(body: &[ir::Stmt]) -> Vec<String> {
    struct Written(Vec<String>);
    impl<'ir> Visitor<'ir> for Written {
        fn visit_target(&mut self, t: &'ir ir::Target) {
            match t {
                ir::Target::Name(n, _) => self.0.push(n.clone()),
                ir::Target::Subscript { value, .. } => {
                    let mut v = value;
                    while let ExprKind::Subscript(inner, _) = &v.kind {
                        v = inner;
                    }
                    if let ExprKind::Local(n) = &v.kind {
                        self.0.push(n.clone());
                    }
                }
                ir::Target::Tuple(..) => {}
            }
            ir::visit::walk_target(self, t)
        }
    }
    let mut w = Written(Vec::new());
    w.visit_body(body);
    w.0
}

/// Finds a read of a written float or array variable (ints and bools, loop counters, are not
/// the values a float chain carries).
struct ReadsWritten<'a, 'b> {
    written: &'a [String],
    body: &'a Body<'b>,
    found: &'a mut bool,
}

impl<'ir> Visitor<'ir> for ReadsWritten<'_, '_> {
    fn visit_expr(&mut self, e: &'ir ir::Expr) {
        if let ExprKind::Local(n) = &e.kind {
            if self.written.iter().any(|w| w == n)
                && !matches!(self.body.inst.ty(e).base(), Ty::Int | Ty::NpInt | Ty::Bool)
            {
                *self.found = true;
            }
        }
        ir::visit::walk_expr(self, e)
    }
}

/// The code of a fast-math function with the C library's `exp`/`log` replaced by the
/// vectorisable ones (see the module's documentation).
pub(super) fn fast_paths(ts: TokenStream) -> TokenStream {
    let toks: Vec<TokenTree> = ts.into_iter().collect();
    let mut out = Vec::with_capacity(toks.len());
    let mut k = 0;
    // `rt :: numpy :: ufunc :: exp` is 10 tokens (`::` is two puncts)
    let ident = |t: Option<&TokenTree>, s: &str| matches!(t, Some(TokenTree::Ident(i)) if i == s);
    while k < toks.len() {
        if let TokenTree::Group(g) = &toks[k] {
            let mut ng = Group::new(g.delimiter(), fast_paths(g.stream()));
            ng.set_span(g.span());
            out.push(TokenTree::Group(ng));
            k += 1;
            continue;
        }
        if ident(toks.get(k), "rt") {
            // rt::numpy::ufunc::{exp,log} → rt::numpy::vmath::{exp,log}
            if ident(toks.get(k + 3), "numpy") && ident(toks.get(k + 6), "ufunc") {
                if let Some(TokenTree::Ident(f)) = toks.get(k + 9) {
                    if f == "exp" || f == "log" {
                        out.extend(toks[k..k + 6].iter().cloned());
                        out.push(TokenTree::Ident(Ident::new("vmath", f.span())));
                        out.extend(toks[k + 7..k + 10].iter().cloned());
                        k += 10;
                        continue;
                    }
                }
            }
            // rt::math::{exp,log} → rt::support::fastmath::{exp,log}
            if ident(toks.get(k + 3), "math") {
                if let Some(TokenTree::Ident(f)) = toks.get(k + 6) {
                    if (f == "exp" || f == "log")
                        && !matches!(toks.get(k + 7), Some(TokenTree::Punct(p)) if p.as_char() == ':')
                    {
                        out.extend(toks[k..k + 3].iter().cloned());
                        out.push(TokenTree::Ident(Ident::new("support", f.span())));
                        out.extend(toks[k + 4..k + 6].iter().cloned());
                        out.push(TokenTree::Ident(Ident::new("fastmath", f.span())));
                        out.extend(toks[k + 4..k + 7].iter().cloned());
                        k += 7;
                        continue;
                    }
                }
            }
        }
        out.push(toks[k].clone());
        k += 1;
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::fast_paths;
    use quote::quote;

    #[test]
    fn exp_and_log_paths_are_replaced() {
        let ts = quote!(let y = rt::numpy::ufunc::exp(x) + rt::math::log(z)?; let w = rt::numpy::ufunc::log10(x); rt::math::exp::foo;);
        let got = fast_paths(ts).to_string();
        let want = quote!(let y = rt::numpy::vmath::exp(x) + rt::support::fastmath::log(z)?; let w = rt::numpy::ufunc::log10(x); rt::math::exp::foo;)
            .to_string();
        assert_eq!(got, want);
    }
}
