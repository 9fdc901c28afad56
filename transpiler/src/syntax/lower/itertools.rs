//! The `itertools` functions that take a function or make groups, written as generator
//! functions of the file in the manner of the pure-Python equivalents of CPython's
//! documentation (one per call site, see `synth.rs`): `groupby`, `starmap`, `filterfalse`,
//! `takewhile`, `dropwhile`, `compress`, `pairwise`, `accumulate(xs, func, initial=)`, and
//! `product(..., repeat=k)`:
//!
//! ```python
//! def groupby(it, key):                  # without key: k = v
//!     first = True
//!     for v in it:
//!         k = key(v)
//!         if first: first = False; cur = k; group = [v]
//!         elif k == cur: group.append(v)
//!         else: yield (cur, iter(group)); cur = k; group = [v]
//!     if not first: yield (cur, iter(group))
//! def accumulate(it, func, initial):     # initial given: total = initial; yield total; ...
//!     first = True
//!     for v in it:
//!         if first: first = False; total = v
//!         else: total = func(total, v)   # without func: total + v
//!         yield total
//! def product_repeat(p0, p1):            # repeat=2, two iterables
//!     t0 = list(p0); t1 = list(p1)
//!     for v in itertools.product(t0, t1, t0, t1): yield v
//! ```
//!
//! A group is an iterator over the group's items, read from the input before the pair is
//! yielded (CPython's `_grouper` reads them lazily, and an earlier group is empty once the
//! outer iterator has moved on: a documented difference for code that keeps groups).

use super::synth::Build;
use super::FnLower;
use crate::ir::{self, BinOp, CmpOp, ExprKind, StmtKind, Target, UnaryOp};
use crate::library::{Builtin, Intrinsic, Method};
use crate::source::Span;

impl FnLower<'_> {
    /// The call `itertools.f(args)` (in the positions of `Builtin::params`), rewritten as a
    /// call of a generator function of the file, if `f` is one of those above.
    pub(super) fn itertools_call(
        &mut self,
        sp: Span,
        b: Builtin,
        mut args: Vec<ir::Expr>,
    ) -> Result<ir::Expr, Vec<ir::Expr>> {
        use Builtin as B;
        let is_none = |e: &ir::Expr| matches!(e.kind, ExprKind::Default | ExprKind::None);
        let want = |lw: &mut Self, n: usize, args: &[ir::Expr]| {
            if args.len() != n {
                lw.err(sp, format!("{b}() takes {n} arguments here, {} given", args.len()));
                false
            } else {
                true
            }
        };
        let kind = match b {
            // `count(step=2)`: start 0
            B::ItertoolsCount => {
                if let Some(a) = args.first_mut().filter(|a| matches!(a.kind, ExprKind::Default)) {
                    a.kind = ExprKind::Int(0);
                }
                return Err(args);
            }
            B::ItertoolsAccumulate => {
                while args.last().is_some_and(is_none) && args.len() > 1 {
                    args.pop();
                }
                if args.len() <= 1 {
                    return Err(args);
                }
                let func = !is_none(&args[1]);
                let initial = args.len() == 3;
                if !func {
                    args.remove(1);
                }
                Synth::Accumulate { func, initial }
            }
            B::ItertoolsGroupby => {
                if args.len() == 2 && is_none(&args[1]) {
                    args.pop();
                }
                if args.is_empty() {
                    self.err(sp, "groupby() missing required argument 'iterable'");
                    return Ok(self.bad(sp));
                }
                Synth::Groupby { key: args.len() == 2 }
            }
            B::ItertoolsStarmap => {
                if !want(self, 2, &args) {
                    return Ok(self.bad(sp));
                }
                Synth::Starmap
            }
            B::ItertoolsFilterfalse => {
                if !want(self, 2, &args) {
                    return Ok(self.bad(sp));
                }
                if matches!(args[0].kind, ExprKind::None) {
                    args.remove(0);
                    Synth::Filterfalse { pred: false }
                } else {
                    Synth::Filterfalse { pred: true }
                }
            }
            B::ItertoolsTakewhile | B::ItertoolsDropwhile => {
                if !want(self, 2, &args) {
                    return Ok(self.bad(sp));
                }
                if b == B::ItertoolsTakewhile {
                    Synth::Takewhile
                } else {
                    Synth::Dropwhile
                }
            }
            B::ItertoolsCompress => {
                if !want(self, 2, &args) {
                    return Ok(self.bad(sp));
                }
                Synth::Compress
            }
            B::ItertoolsPairwise => {
                if !want(self, 1, &args) {
                    return Ok(self.bad(sp));
                }
                Synth::Pairwise
            }
            _ => return Err(args),
        };
        let name = format!("__pyrs_itertools_{}_at{}", b.name().trim_start_matches("itertools."), sp.start);
        let params = self.itertools_function(sp, &name, kind);
        debug_assert_eq!(params, args.len());
        Ok(self.expr_node(sp, ExprKind::CallUser(name, args)))
    }

    /// `itertools.product(*iterables, repeat=k)` with `k` an int literal: a generator of the
    /// file taking each iterable as a list once, then their product with each list `k` times.
    pub(super) fn product_repeat(&mut self, sp: Span, args: Vec<ir::Expr>, repeat: &ir::Expr) -> ir::Expr {
        let k = match repeat.kind {
            ExprKind::Int(k) if k >= 0 => k as usize,
            ExprKind::Int(_) => {
                self.err(
                    repeat.span,
                    "itertools.product(): repeat argument cannot be negative (CPython raises ValueError)",
                );
                return self.bad(sp);
            }
            _ => {
                self.err(repeat.span, "itertools.product(..., repeat=k) is supported with `k` an int literal");
                return self.bad(sp);
            }
        };
        if k.saturating_mul(args.len()) > 64 {
            self.err(repeat.span, "itertools.product(): more than 64 iterables in the product is not supported");
            return self.bad(sp);
        }
        let name = format!("__pyrs_itertools_product_repeat_at{}", sp.start);
        let mut b = Build::new(self.scope, sp);
        let params: Vec<String> = (0..args.len()).map(|i| format!("p{i}")).collect();
        let mut body = Vec::new();
        for (i, p) in params.iter().enumerate() {
            let x = b.local(p);
            let l = b.e(ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::List), vec![x]));
            body.push(b.assign(&format!("t{i}"), l));
        }
        let mut parts = Vec::new();
        for _ in 0..k {
            for i in 0..args.len() {
                parts.push(b.local(&format!("t{i}")));
            }
        }
        if parts.is_empty() {
            // product() is one empty tuple
            let t = b.e(ExprKind::Tuple(Vec::new()));
            body.push(b.yield_(t));
        } else {
            let prod = b.e(ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::ItertoolsProduct), parts));
            let v = b.local("v");
            let y = b.yield_(v);
            body.push(b.for_("v", prod, vec![y]));
        }
        let params: Vec<&str> = params.iter().map(String::as_str).collect();
        b.finish(self, &name, &params, body);
        self.expr_node(sp, ExprKind::CallUser(name, args))
    }

    /// Adds the generator function `name` for `kind`; returns its number of parameters.
    fn itertools_function(&mut self, sp: Span, name: &str, kind: Synth) -> usize {
        let mut b = Build::new(self.scope, sp);
        let mut body = Vec::new();
        let params: &[&str] = match kind {
            Synth::Groupby { key } => {
                let t = b.e(ExprKind::Bool(true));
                body.push(b.assign("first", t));
                let v = b.local("v");
                let k = if key { b.call_value("key", vec![v]) } else { v };
                let mut inner = vec![b.assign("k", k)];
                // if first: first = False; cur = k; group = [v]
                let new_group = |b: &mut Build| {
                    let k = b.local("k");
                    let v = b.local("v");
                    let l = b.e(ExprKind::List(vec![v]));
                    vec![b.assign("cur", k), b.assign("group", l)]
                };
                let f = b.e(ExprKind::Bool(false));
                let mut then = vec![b.assign("first", f)];
                then.extend(new_group(&mut b));
                // elif k == cur: group.append(v)
                let (k, cur) = (b.local("k"), b.local("cur"));
                let same = b.cmp(k, CmpOp::Eq, cur);
                let (g, v) = (b.local("group"), b.local("v"));
                let append = b.e(ExprKind::CallMethod {
                    receiver: Box::new(g),
                    method: Method::Append,
                    method_span: sp,
                    args: vec![v],
                });
                let append = b.s(StmtKind::Expr(append));
                // else: yield (cur, iter(group)); cur = k; group = [v]
                let pair = |b: &mut Build| {
                    let iter = b.lw.iter_generator(sp);
                    let (cur, g) = (b.local("cur"), b.local("group"));
                    let it = b.e(ExprKind::CallUser(iter, vec![g]));
                    let t = b.e(ExprKind::Tuple(vec![cur, it]));
                    b.yield_(t)
                };
                let mut other = vec![pair(&mut b)];
                other.extend(new_group(&mut b));
                let elif = b.if_(same, vec![append], other);
                let first = b.local("first");
                inner.push(b.if_(first, then, vec![elif]));
                let it = b.local("it");
                body.push(b.for_("v", it, inner));
                let first = b.local("first");
                let not_first = b.e(ExprKind::Unary(UnaryOp::Not, Box::new(first)));
                let last = pair(&mut b);
                body.push(b.if_(not_first, vec![last], Vec::new()));
                if key {
                    &["it", "key"]
                } else {
                    &["it"]
                }
            }
            Synth::Starmap => {
                let args = b.local("args");
                let spread = b.e(ExprKind::Starred(Box::new(args)));
                let call = b.call_value("f", vec![spread]);
                let y = b.yield_(call);
                let it = b.local("it");
                body.push(b.for_("args", it, vec![y]));
                &["f", "it"]
            }
            Synth::Filterfalse { pred } => {
                let v = b.local("v");
                let t = if pred { b.call_value("pred", vec![v]) } else { v };
                let test = b.e(ExprKind::Unary(UnaryOp::Not, Box::new(t)));
                let v = b.local("v");
                let y = b.yield_(v);
                let iff = b.if_(test, vec![y], Vec::new());
                let it = b.local("it");
                body.push(b.for_("v", it, vec![iff]));
                if pred {
                    &["pred", "it"]
                } else {
                    &["it"]
                }
            }
            Synth::Takewhile => {
                let v = b.local("v");
                let test = b.call_value("pred", vec![v]);
                let v = b.local("v");
                let y = b.yield_(v);
                let brk = b.s(StmtKind::Break);
                let iff = b.if_(test, vec![y], vec![brk]);
                let it = b.local("it");
                body.push(b.for_("v", it, vec![iff]));
                &["pred", "it"]
            }
            Synth::Dropwhile => {
                let t = b.e(ExprKind::Bool(true));
                body.push(b.assign("dropping", t));
                let v = b.local("v");
                let test = b.call_value("pred", vec![v]);
                let cont = b.s(StmtKind::Continue);
                let skip = b.if_(test, vec![cont], Vec::new());
                let f = b.e(ExprKind::Bool(false));
                let stop = b.assign("dropping", f);
                let dropping = b.local("dropping");
                let outer = b.if_(dropping, vec![skip, stop], Vec::new());
                let v = b.local("v");
                let y = b.yield_(v);
                let it = b.local("it");
                body.push(b.for_("v", it, vec![outer, y]));
                &["pred", "it"]
            }
            Synth::Compress => {
                let (d, s) = (b.local("data"), b.local("selectors"));
                let z = b.e(ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::Zip), vec![d, s]));
                let (test, d) = (b.local("s"), b.local("d"));
                let y = b.yield_(d);
                let iff = b.if_(test, vec![y], Vec::new());
                let target = Target::Tuple(vec![Target::Name("d".into(), sp), Target::Name("s".into(), sp)], sp);
                body.push(b.s(StmtKind::For { target, iter: ir::ForIter::Seq(z), body: vec![iff], parallel: None }));
                &["data", "selectors"]
            }
            Synth::Pairwise => {
                let t = b.e(ExprKind::Bool(true));
                body.push(b.assign("first", t));
                let f = b.e(ExprKind::Bool(false));
                let then = b.assign("first", f);
                let (prev, v) = (b.local("prev"), b.local("v"));
                let t = b.e(ExprKind::Tuple(vec![prev, v]));
                let y = b.yield_(t);
                let first = b.local("first");
                let iff = b.if_(first, vec![then], vec![y]);
                let v = b.local("v");
                let keep = b.assign("prev", v);
                let it = b.local("it");
                body.push(b.for_("v", it, vec![iff, keep]));
                &["it"]
            }
            Synth::Accumulate { func, initial } => {
                let step = |b: &mut Build| {
                    let (t, v) = (b.local("total"), b.local("v"));
                    if func {
                        b.call_value("func", vec![t, v])
                    } else {
                        b.bin(BinOp::Add, t, v)
                    }
                };
                if initial {
                    let i = b.local("initial");
                    body.push(b.assign("total", i));
                    let t = b.local("total");
                    body.push(b.yield_(t));
                    let next = step(&mut b);
                    let set = b.assign("total", next);
                    let t = b.local("total");
                    let y = b.yield_(t);
                    let it = b.local("it");
                    body.push(b.for_("v", it, vec![set, y]));
                } else {
                    let t = b.e(ExprKind::Bool(true));
                    body.push(b.assign("first", t));
                    let f = b.e(ExprKind::Bool(false));
                    let v = b.local("v");
                    let then = vec![b.assign("first", f), b.assign("total", v)];
                    let next = step(&mut b);
                    let orelse = vec![b.assign("total", next)];
                    let first = b.local("first");
                    let iff = b.if_(first, then, orelse);
                    let t = b.local("total");
                    let y = b.yield_(t);
                    let it = b.local("it");
                    body.push(b.for_("v", it, vec![iff, y]));
                }
                match (func, initial) {
                    (true, true) => &["it", "func", "initial"],
                    (true, false) => &["it", "func"],
                    (false, true) => &["it", "initial"],
                    (false, false) => &["it"],
                }
            }
        };
        let n = params.len();
        b.finish(self, name, params, body);
        n
    }
}

#[derive(Clone, Copy, Debug)]
enum Synth {
    Groupby { key: bool },
    Starmap,
    Filterfalse { pred: bool },
    Takewhile,
    Dropwhile,
    Compress,
    Pairwise,
    Accumulate { func: bool, initial: bool },
}
