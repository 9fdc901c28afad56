//! Temporaries read once by the next statement's reduction, inlined: `wdiff = (a - b) / w`
//! followed by `d = np.sqrt((wdiff ** 2).sum())` becomes `d = np.sqrt((((a - b) / w) ** 2).sum())`,
//! so that the reduction runs over the element expression without a temporary array (numpy
//! computes the same temporary either way: the sum's order and bits do not change).
//!
//! The rewrite is Python's semantics exactly when nothing can tell the two apart:
//! - the variable is named nowhere else in the function (one assignment, one read; not a
//!   parameter), so its value after the statement is never observed;
//! - the assignment is the statement right before the reading one, in the same block, so the
//!   same code runs in between: nothing;
//! - everything the reading statement evaluates before the read is a local (bound: the
//!   unbound-local tests of [`super::unbound`] run first and would stand between the two
//!   statements), a literal or a constant, which can neither raise nor change anything, so the
//!   value is computed at the same point of the program's effects and exceptions;
//! - the read is evaluated exactly once: not in a comprehension, a lambda, a short-circuit
//!   operand or a branch of a conditional expression;
//! - the value calls no code of the file.
//!
//! Only reads inside the operand of a numpy reduction, through element-wise operations, are
//! inlined: that is where it saves the temporary.

use crate::ir;
use crate::ir::query;
use crate::ir::{Expr, ExprKind, Function, Stmt, StmtKind, Target};
use crate::library::{Builtin, Intrinsic, Method, NumpyKind};
use std::collections::HashMap;

/// Inlines the temporaries of `f` described in the module doc.
pub fn temporaries(f: &mut Function) {
    let mut count: HashMap<String, usize> = HashMap::new();
    query::occurrences(&f.body, None, &mut |n, _| *count.entry(n.to_string()).or_default() += 1);
    for p in &f.params {
        *count.entry(p.name.clone()).or_default() += 2;
    }
    block(&mut f.body, &count);
    chains(f);
}

/// The largest element expression a chain of temporaries is fused into (nodes).
const CHAIN_NODES: usize = 64;

/// Chains of named element-wise temporaries fused into the element-wise statement that reads
/// them: numpy-benchmarks' `harris`
///
/// ```text
/// A = dx * dx; B = dy * dy; C = dx * dy; tr = A + B; det = A * B - C * C; k = 0.05
/// return det - k * tr * tr
/// ```
///
/// becomes `return (A * B - C * C) - k * (A + B) * (A + B)` with `A`, `B`, `C` replaced by their
/// values: one fused loop without the five temporary arrays (and their pages). Each element is
/// the same operations on the same operands as numpy's temporaries held, so the same bits; a
/// value read twice is computed twice, the same value. Conditions, beyond the module doc's:
/// - the value is cheap element-wise arithmetic (`+`, `-`, `*`, unary `-`, `** 2`) of locals,
///   literals and constants, and so is the reading statement's whole value (`name = …` or
///   `return …`), so the result is one element loop whose work per element grows by a few
///   operations at most (a broadcast operand's value is recomputed per element of the result:
///   only cheap operations), and at most [`CHAIN_NODES`] nodes;
/// - every read of the name is in that statement, and nothing in it is evaluated before the
///   first read but locals and literals (a failing value fails at the same point: later reads
///   compute what the first one did);
/// - between the assignment and the reading statement only other names are bound to literals,
///   none of them read by the value, and the function has no `try` (an exception of the value,
///   now raised after those bindings, leaves the function: nothing sees them).
fn chains(f: &mut Function) {
    if has_try(&f.body) {
        return;
    }
    let params: Vec<String> = f.params.iter().map(|p| p.name.clone()).collect();
    // one fusion per round (the counts change); bounded by the number of statements
    for _ in 0..query::statements(&f.body).len() {
        let mut count: HashMap<String, usize> = HashMap::new();
        query::occurrences(&f.body, None, &mut |n, _| *count.entry(n.to_string()).or_default() += 1);
        for p in &params {
            *count.entry(p.clone()).or_default() += 2;
        }
        if !chain_block(&mut f.body, &count) {
            break;
        }
    }
}

fn has_try(body: &[Stmt]) -> bool {
    query::statements(body).iter().any(|s| matches!(s.kind, StmtKind::Try { .. }))
}

/// One fusion in `body` or a block inside it (the last assignment first); true when one was made.
fn chain_block(body: &mut Vec<Stmt>, count: &HashMap<String, usize>) -> bool {
    for k in (0..body.len()).rev() {
        if chain_at(body, k, count) {
            body.remove(k);
            return true;
        }
        let done = match &mut body[k].kind {
            StmtKind::If { body: b, orelse, .. } => chain_block(b, count) || chain_block(orelse, count),
            StmtKind::While { body: b, .. } | StmtKind::For { body: b, .. } => chain_block(b, count),
            _ => false,
        };
        if done {
            return true;
        }
    }
    false
}

/// Moves the value of `body[k]` (`name = value`) into every read of it in a later statement of
/// the block when [`chains`]' conditions hold; true when it did.
fn chain_at(body: &mut [Stmt], k: usize, count: &HashMap<String, usize>) -> bool {
    let StmtKind::Assign { target: Target::Name(name, _), value } = &body[k].kind else { return false };
    let Some(&c) = count.get(name.as_str()) else { return false };
    if c < 2 || !cheap(value) {
        return false;
    }
    let (name, value) = (name.clone(), value.clone());
    let name = name.as_str();
    // the statements in between: other names bound to literals the value does not read
    let mut j = k + 1;
    while j < body.len() {
        match &body[j].kind {
            StmtKind::Pass => {}
            StmtKind::Assign { target: Target::Name(n2, _), value: v2 }
                if n2 != name && literal(v2) && !query::reads(&value, n2) => {}
            _ => break,
        }
        j += 1;
    }
    if j == body.len() {
        return false;
    }
    let root = match &body[j].kind {
        StmtKind::Assign { target: Target::Name(t, _), value } if t != name => value,
        StmtKind::Return(Some(value)) => value,
        _ => return false,
    };
    let reads = count_reads(root, name);
    if reads + 1 != c
        || !cheap(root)
        || nodes(root) + reads * nodes(&value) > CHAIN_NODES
        || !first_read_first(root, name)
    {
        return false;
    }
    let root = match &mut body[j].kind {
        StmtKind::Assign { value, .. } | StmtKind::Return(Some(value)) => value,
        _ => return false,
    };
    replace_reads(root, name, &value);
    true
}

/// Cheap element-wise arithmetic of locals, literals and constants.
fn cheap(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::BinOp(ir::BinOp::Add | ir::BinOp::Sub | ir::BinOp::Mul, l, r) => cheap(l) && cheap(r),
        ExprKind::BinOp(ir::BinOp::Pow, l, r) => matches!(r.kind, ExprKind::Int(2)) && cheap(l),
        ExprKind::Unary(ir::UnaryOp::Neg, x) => cheap(x),
        ExprKind::Local(_) | ExprKind::Const(_) => true,
        _ => literal(e),
    }
}

fn literal(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Imag(_) | ExprKind::Bool(_))
}

fn nodes(e: &Expr) -> usize {
    match &e.kind {
        ExprKind::BinOp(_, l, r) => 1 + nodes(l) + nodes(r),
        ExprKind::Unary(_, x) => 1 + nodes(x),
        _ => 1,
    }
}

fn count_reads(e: &Expr, name: &str) -> usize {
    match &e.kind {
        ExprKind::BinOp(_, l, r) => count_reads(l, name) + count_reads(r, name),
        ExprKind::Unary(_, x) => count_reads(x, name),
        ExprKind::Local(n) => usize::from(n == name),
        _ => 0,
    }
}

/// Whether, evaluating the [`cheap`] `e`, the first read of `name` comes before any operation
/// completes (only locals and literals evaluated before it).
fn first_read_first(e: &Expr, name: &str) -> bool {
    /// `Some(true)`: the read was reached first; `Some(false)`: `e` evaluated without it and
    /// without completing an operation; `None`: an operation completed first.
    fn walk(e: &Expr, name: &str) -> Option<bool> {
        let children: Vec<&Expr> = match &e.kind {
            ExprKind::Local(n) => return Some(n == name),
            ExprKind::BinOp(_, l, r) => vec![l, r],
            ExprKind::Unary(_, x) => vec![x],
            _ => return Some(false),
        };
        for c in children {
            if walk(c, name)? {
                return Some(true);
            }
        }
        None
    }
    walk(e, name) == Some(true)
}

fn replace_reads(e: &mut Expr, name: &str, value: &Expr) {
    match &mut e.kind {
        ExprKind::BinOp(_, l, r) => {
            replace_reads(l, name, value);
            replace_reads(r, name, value);
        }
        ExprKind::Unary(_, x) => replace_reads(x, name, value),
        ExprKind::Local(n) if n == name => *e = value.clone(),
        _ => {}
    }
}

fn block(body: &mut Vec<Stmt>, count: &HashMap<String, usize>) {
    let mut k = 0;
    while k < body.len() {
        if k + 1 < body.len() && inline_pair(body, k, count) {
            body.remove(k);
            continue;
        }
        match &mut body[k].kind {
            StmtKind::If { body: b, orelse, .. } => {
                block(b, count);
                block(orelse, count);
            }
            StmtKind::While { body: b, .. } | StmtKind::For { body: b, .. } => block(b, count),
            StmtKind::Try { body: b, handlers, orelse, finalbody } => {
                block(b, count);
                for h in handlers {
                    block(&mut h.body, count);
                }
                block(orelse, count);
                block(finalbody, count);
            }
            _ => {}
        }
        k += 1;
    }
}

/// Moves the value of `body[k]` (`name = value`) into its one read in `body[k + 1]` when the
/// module doc's conditions hold; true when it did (the assignment is then dead).
fn inline_pair(body: &mut [Stmt], k: usize, count: &HashMap<String, usize>) -> bool {
    let (first, rest) = body[k..].split_at_mut(1);
    let StmtKind::Assign { target: Target::Name(name, _), value } = &first[0].kind else { return false };
    if count.get(name.as_str()) != Some(&2) || !worth_inlining(value) || query::calls_user_code(value) {
        return false;
    }
    let Some(read) = reading_place(&mut rest[0], name) else { return false };
    let StmtKind::Assign { value, .. } = std::mem::replace(&mut first[0].kind, StmtKind::Pass) else { unreachable!() };
    *read = value;
    true
}

/// Values whose reduction fuses: element-wise operations and subscripts (views).
fn worth_inlining(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::BinOp(..) | ExprKind::Unary(..) | ExprKind::Subscript(..) => true,
        ExprKind::CallIntrinsic(f, _) => elementwise(f),
        _ => false,
    }
}

fn elementwise(f: &Intrinsic) -> bool {
    match f {
        Intrinsic::Numpy(f) => matches!(f.kind(), NumpyKind::Ufunc(_)),
        Intrinsic::Builtin(b) => *b == Builtin::Abs,
        Intrinsic::Math(_) => false,
    }
}

fn reduction_method(m: Method) -> bool {
    use Method as M;
    matches!(
        m,
        M::Sum | M::Prod | M::Mean | M::Min | M::Max | M::Any | M::All | M::Argmin | M::Argmax | M::Std | M::Var
    )
}

/// The expression `Local(name)` in `s`, when the statement evaluates it once, first among the
/// things it evaluates that can raise or change anything, inside the operand of a reduction.
fn reading_place<'s>(s: &'s mut Stmt, name: &str) -> Option<&'s mut Expr> {
    let root = match &mut s.kind {
        StmtKind::Assign { value, .. } => value,
        // `x += ...` loads `x` first: a bound local (a subscript could raise)
        StmtKind::AugAssign { target: Target::Name(..), value, .. } => value,
        StmtKind::Return(Some(value)) | StmtKind::Expr(value) => value,
        StmtKind::If { test, .. } => test,
        _ => return None,
    };
    find(root, name, false)
}

/// Walks `e` in evaluation order to the read of `name`; `in_reduction`: inside a reduction's
/// operand, through element-wise operations only.
fn find<'e>(e: &'e mut Expr, name: &str, in_reduction: bool) -> Option<&'e mut Expr> {
    if matches!(&e.kind, ExprKind::Local(n) if n == name) {
        return in_reduction.then_some(e);
    }
    // the children in evaluation order, and whether the read keeps its reduction context there
    let (children, keeps): (Vec<&mut Expr>, Box<dyn Fn(usize) -> bool>) = match &mut e.kind {
        ExprKind::BinOp(_, l, r) => (vec![&mut **l, &mut **r], Box::new(move |_| in_reduction)),
        ExprKind::Unary(_, x) => (vec![&mut **x], Box::new(move |_| in_reduction)),
        ExprKind::CallIntrinsic(f, args) => {
            let (elementwise, reduction) = match f {
                Intrinsic::Numpy(f) => (elementwise(&Intrinsic::Numpy(*f)), f.kind() == NumpyKind::Reduction),
                f => (elementwise(f), false),
            };
            (args.iter_mut().collect(), Box::new(move |i| (in_reduction && elementwise) || (reduction && i == 0)))
        }
        ExprKind::CallMethod { receiver, method, args, .. } => {
            let reduction = reduction_method(*method);
            let mut v = vec![&mut **receiver];
            v.extend(args.iter_mut());
            (v, Box::new(move |i| reduction && i == 0))
        }
        ExprKind::Attribute(x, _) => (vec![&mut **x], Box::new(|_| false)),
        ExprKind::Subscript(x, i) => (vec![&mut **x, &mut **i], Box::new(|_| false)),
        ExprKind::Tuple(xs) | ExprKind::List(xs) => (xs.iter_mut().collect(), Box::new(|_| false)),
        // `a < b < c` evaluates `c` only when `a < b`; `a and b`, `x if t else y`: the first only
        ExprKind::Compare(l, rest) => {
            let single = rest.len() == 1;
            let mut v = vec![&mut **l];
            if let Some((_, r)) = rest.first_mut() {
                v.push(r);
            }
            (v, Box::new(move |_| in_reduction && single))
        }
        ExprKind::BoolOp(_, xs) => (xs.iter_mut().take(1).collect(), Box::new(|_| false)),
        ExprKind::IfExp { test, .. } => (vec![&mut **test], Box::new(|_| false)),
        _ => return None,
    };
    for (i, c) in children.into_iter().enumerate() {
        if query::reads(c, name) {
            return find(c, name, keeps(i));
        }
        if !inert(c) {
            return None;
        }
    }
    None
}

/// Evaluating `e` can neither raise nor change anything.
fn inert(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Local(_)
            | ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Imag(_)
            | ExprKind::Bool(_)
            | ExprKind::Str(_)
            | ExprKind::None
            | ExprKind::Const(_)
            | ExprKind::DType(_)
            | ExprKind::Default
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;
    use std::path::Path;

    /// The function's statements after the rewrite, one line each (`Assign`s as `name = …`).
    fn rewritten(src: &str) -> Vec<String> {
        let file = SourceFile::new(Path::new("t.py"), src.to_string());
        let m = crate::syntax::read(&file).unwrap_or_else(|_| panic!("lowers")).module;
        let mut f = m.functions.into_iter().next().expect("one function");
        temporaries(&mut f);
        let mut out = Vec::new();
        for s in query::statements(&f.body) {
            let text = &src[s.span.start as usize..s.span.end as usize];
            let inlined = match &s.kind {
                StmtKind::Assign { value, .. } | StmtKind::AugAssign { value, .. } | StmtKind::Return(Some(value)) => {
                    query::reads(value, "d")
                }
                _ => false,
            };
            out.push(format!("{}{}", text.lines().next().unwrap_or(""), if inlined { " [reads d]" } else { "" }));
        }
        out
    }

    #[test]
    fn a_temporary_read_once_by_the_next_reduction_is_inlined() {
        let src = "import numpy as np\ndef f(a, b, d, r):\n    w = (a - d) / b\n    r[0] = np.sqrt((w ** 2).sum())\n    return r\n";
        assert_eq!(rewritten(src), ["r[0] = np.sqrt((w ** 2).sum()) [reads d]", "return r"]);
        let src =
            "import numpy as np\ndef f(a, d):\n    w = a - d\n    s = 1.0\n    s += np.sum(np.abs(w))\n    return s\n";
        // not the next statement
        assert_eq!(rewritten(src).len(), 4);
    }

    /// The statement count of the function `name` after the rewrite.
    fn left_of(src: &str, name: &str) -> usize {
        let file = SourceFile::new(Path::new("t.py"), src.to_string());
        let m = crate::syntax::read(&file).unwrap_or_else(|_| panic!("lowers")).module;
        let mut f = m.functions.into_iter().find(|f| f.name == name).expect("the function");
        temporaries(&mut f);
        query::statements(&f.body).len()
    }

    fn left(src: &str) -> usize {
        left_of(src, "f")
    }

    #[test]
    fn element_wise_chains_are_fused() {
        // harris: det (past `k = 0.05`) and k into the return; tr stays (det's operations come
        // first), and so A, B, C (read by tr too)
        let src = "def f(dx, dy):\n    A = dx * dx\n    B = dy * dy\n    C = dx * dy\n    tr = A + B\n    det = A * B - C * C\n    k = 0.05\n    return det - k * tr * tr\n";
        assert_eq!(left(src), 5);
        // read twice by the next statement
        assert_eq!(left("def f(a, b):\n    t = a * b - a\n    return t * t + t\n"), 1);
        // a chain of two
        assert_eq!(left("def f(a, b):\n    t = a - b\n    u = t * t\n    return -u\n"), 1);
        for src in [
            // an operation evaluated before the read
            "def f(a, b, c):\n    t = a + a\n    return b * c + t\n",
            // a read elsewhere
            "def f(a, b):\n    t = a - b\n    u = t * 2.0\n    return u + t[0]\n",
            // not cheap: a call, a division
            "import numpy as np\ndef f(a):\n    t = np.exp(a)\n    return t + 1.0\n",
            "def f(a, b):\n    t = a / b\n    return t + 1.0\n",
            // a try in the function
            "def f(a, b):\n    try:\n        t = a * b\n        return t + 1.0\n    except ValueError:\n        return a\n",
            // a statement in between that is not a literal binding, or binds what the value reads
            "def f(a, b):\n    t = a * b\n    b = 2.0\n    return t + b\n",
            "def f(a, b, c):\n    t = a * b\n    c[0] = 1.0\n    return t + 1.0\n",
            // the reading statement is not element-wise arithmetic
            "def f(a, b):\n    t = a * b\n    return g(t)\ndef g(x):\n    return x\n",
        ] {
            let file = SourceFile::new(Path::new("t.py"), src.to_string());
            let m = crate::syntax::read(&file).unwrap_or_else(|_| panic!("lowers")).module;
            let f = m.functions.into_iter().find(|f| f.name == "f").expect("f");
            let n = query::statements(&f.body).len();
            assert_eq!(left_of(src, "f"), n, "{src}");
        }
    }

    #[test]
    fn anything_observable_keeps_the_temporary() {
        for src in [
            // read twice
            "import numpy as np\ndef f(a, d):\n    w = a - d\n    return np.sum(w * w)\n",
            // read again later
            "import numpy as np\ndef f(a, d):\n    w = a - d\n    s = np.sum(w)\n    return s + w[0]\n",
            // something that can raise is evaluated first
            "import numpy as np\ndef f(a, d, x):\n    w = a - d\n    return x[5] + np.sum(w)\n",
            // a user call in the value
            "import numpy as np\ndef g(x):\n    return x\ndef f(a, d):\n    w = g(a) - d\n    return np.sum(w)\n",
            // under a short-circuit operand
            "import numpy as np\ndef f(a, d, c):\n    w = a - d\n    return c and np.sum(w) > 0\n",
            // not in a reduction
            "import numpy as np\ndef f(a, d):\n    w = a - d\n    return w[0]\n",
            // a parameter
            "import numpy as np\ndef f(a, d):\n    d = a - d\n    return np.sum(d)\n",
        ] {
            let n = src.rsplit("def ").next().unwrap_or("").lines().filter(|l| l.starts_with("    ")).count();
            let file = SourceFile::new(Path::new("t.py"), src.to_string());
            let m = crate::syntax::read(&file).unwrap_or_else(|_| panic!("lowers")).module;
            let mut f = m.functions.into_iter().last().expect("a function");
            temporaries(&mut f);
            assert_eq!(f.body.len(), n, "{src}");
        }
    }
}
