//! The `bisect` module: each call becomes a call of a function of the file written as
//! CPython's `_bisect` (Modules/_bisectmodule.c, 3.11) runs it, so that lists, 1-D arrays,
//! tuples and strings, mixed numbers, `key=` function values and the exceptions come from the
//! machinery every other Python function uses:
//!
//! ```python
//! def __pyrs_bisect_right(a, x, lo, hi):          # `_key` variants: x < key(a[mid])
//!     if lo < 0: raise ValueError("lo must be non-negative")
//!     if hi == -1: hi = len(a)                    # hi=None is -1 in C, and so is hi=-1
//!     while lo < hi:
//!         mid = (lo + hi) // 2
//!         if x < a[mid]: hi = mid                 # bisect_left: a[mid] < x → lo = mid + 1
//!         else: lo = mid + 1
//!     return lo
//! def __pyrs_insort_right(a, x, lo, hi):          # the key variant searches for key(x),
//!     a.insert(__pyrs_bisect_right(a, x, lo, hi), x)  # called first
//! ```
//!
//! `lo` left out is 0, `hi` left out (or the literal `None`) -1, `key=None` (or left out) the
//! variant without a key.

use super::synth::Build;
use super::FnLower;
use crate::ir::{self, BinOp, CmpOp, ExprKind, Raise, StmtKind};
use crate::library::{Builtin, Intrinsic, Method};
use crate::source::Span;

impl FnLower<'_> {
    /// The call `bisect.f(args)` (arguments in the positions of `Builtin::params`, inner ones
    /// left out as `Default`), if `b` is one of `bisect`'s functions.
    pub(super) fn bisect_call(&mut self, sp: Span, b: Builtin, args: Vec<ir::Expr>) -> Result<ir::Expr, Vec<ir::Expr>> {
        let (right, insort) = match b {
            Builtin::BisectLeft => (false, false),
            Builtin::BisectRight | Builtin::BisectBisect => (true, false),
            Builtin::InsortLeft => (false, true),
            Builtin::InsortRight | Builtin::InsortInsort => (true, true),
            _ => return Err(args),
        };
        if args.len() < 2 {
            self.err(sp, format!("{b}() missing required argument: '{}'", if args.is_empty() { "a" } else { "x" }));
            return Ok(self.bad(sp));
        }
        let mut it = args.into_iter();
        let a = it.next().expect("checked");
        let x = it.next().expect("checked");
        let left_out = |e: &ir::Expr| matches!(e.kind, ExprKind::Default | ExprKind::None);
        let lo = match it.next() {
            Some(lo) if !matches!(lo.kind, ExprKind::Default) => lo,
            _ => self.expr_node(sp, ExprKind::Int(0)),
        };
        let hi = match it.next() {
            Some(hi) if !left_out(&hi) => hi,
            _ => self.expr_node(sp, ExprKind::Int(-1)),
        };
        let key = it.next().filter(|k| !left_out(k));
        // one function per call site: what inference reports in it is located at the call
        let name = format!(
            "__pyrs_{}_{}{}_at{}",
            if insort { "insort" } else { "bisect" },
            if right { "right" } else { "left" },
            if key.is_some() { "_key" } else { "" },
            sp.start
        );
        self.bisect_function(sp, &name, right, insort, key.is_some());
        let mut call_args = vec![a, x, lo, hi];
        call_args.extend(key);
        Ok(self.expr_node(sp, ExprKind::CallUser(name, call_args)))
    }

    fn bisect_function(&mut self, sp: Span, name: &str, right: bool, insort: bool, key: bool) {
        let mut b = Build::new(self.scope, sp);
        let mut body = Vec::new();
        // insort with a key searches for key(x), computed before anything else
        let needle = if insort && key {
            let k = b.local("key");
            let x = b.local("x");
            let kx = b.e(ExprKind::CallValue(Box::new(k), vec![x]));
            body.push(b.assign("__kx", kx));
            "__kx"
        } else {
            "x"
        };
        // if lo < 0: raise ValueError('lo must be non-negative')
        let (lo, zero) = (b.local("lo"), b.int(0));
        let test = b.cmp(lo, CmpOp::Lt, zero);
        let msg = b.e(ExprKind::Str("lo must be non-negative".into()));
        let raise = b.s(StmtKind::Raise(Raise::New { class: "ValueError", msg: Some(msg) }));
        body.push(b.s(StmtKind::If { test, body: vec![raise], orelse: Vec::new() }));
        // if hi == -1: hi = len(a)
        let (hi, m1) = (b.local("hi"), b.int(-1));
        let test = b.cmp(hi, CmpOp::Eq, m1);
        let a = b.local("a");
        let len = b.e(ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::Len), vec![a]));
        let set = b.assign("hi", len);
        body.push(b.s(StmtKind::If { test, body: vec![set], orelse: Vec::new() }));
        // while lo < hi: mid = (lo + hi) // 2; ...
        let (lo, hi) = (b.local("lo"), b.local("hi"));
        let sum = b.bin(BinOp::Add, lo, hi);
        let two = b.int(2);
        let mid = b.bin(BinOp::FloorDiv, sum, two);
        let mut inner = vec![b.assign("mid", mid)];
        let (a, mid) = (b.local("a"), b.local("mid"));
        let mut item = b.e(ExprKind::Subscript(Box::new(a), Box::new(mid)));
        if key {
            let k = b.local("key");
            item = b.e(ExprKind::CallValue(Box::new(k), vec![item]));
        }
        let x = b.local(needle);
        let (mid, one) = (b.local("mid"), b.int(1));
        let mid1 = b.bin(BinOp::Add, mid, one);
        let mid = b.local("mid");
        let (test, then, orelse) = if right {
            // x < a[mid] → hi = mid, else lo = mid + 1
            (b.cmp(x, CmpOp::Lt, item), b.assign("hi", mid), b.assign("lo", mid1))
        } else {
            // a[mid] < x → lo = mid + 1, else hi = mid
            (b.cmp(item, CmpOp::Lt, x), b.assign("lo", mid1), b.assign("hi", mid))
        };
        inner.push(b.s(StmtKind::If { test, body: vec![then], orelse: vec![orelse] }));
        let (lo, hi) = (b.local("lo"), b.local("hi"));
        let test = b.cmp(lo, CmpOp::Lt, hi);
        body.push(b.s(StmtKind::While { test, body: inner }));
        let lo = b.local("lo");
        if insort {
            let (a, x) = (b.local("a"), b.local("x"));
            let ins = b.e(ExprKind::CallMethod {
                receiver: Box::new(a),
                method: Method::Insert,
                method_span: sp,
                args: vec![lo, x],
            });
            body.push(b.s(StmtKind::Expr(ins)));
            let none = b.e(ExprKind::None);
            body.push(b.s(StmtKind::Return(Some(none))));
        } else {
            body.push(b.s(StmtKind::Return(Some(lo))));
        }
        let mut params: Vec<&str> = vec!["a", "x", "lo", "hi"];
        if key {
            params.push("key");
        }
        b.finish(self, name, &params, body);
    }
}
