//! Generators driven from compiled code beyond `next()`: `g.send(v)` (the one type a
//! generator function is sent, collected over every send site of the program, is what its
//! `x = yield v` reads: `Opt` of it), and `r = yield from g` (the return type of the
//! generator function `g` was made by). Which function made a generator is known where it is
//! held in a local assigned only calls of generator functions of the file (`gen_calls`).

use super::*;
use crate::diag::Diagnostic;

impl FnCx<'_, '_> {
    /// The types of the generator rows of the catalogue (`None` for the other rows).
    pub(super) fn generator_builtin(&mut self, b: B, args: &[ir::Expr], ts: &[Ty], at: Span) -> Option<Ty> {
        Some(match (b, ts) {
            (B::GenSent, []) => match self.inf.sent.get(self.func) {
                Some((s, _)) if self.generator => Ty::Opt(Box::new(s.clone())),
                _ => Ty::None,
            },
            (B::GenSend, [g, v]) => {
                let Ty::Gen(el) = g else {
                    self.error(Diagnostic::new(
                        at,
                        format!("`send` is a method of generators, not of {}", g.with_article()),
                    ));
                    return Some(Ty::Unknown);
                };
                let el = (**el).clone();
                let s = match v {
                    Ty::None => return Some(el),
                    Ty::Opt(x) => (**x).clone(),
                    t => t.clone(),
                };
                let Some(instances) = self.generator_instances(&args[0]) else {
                    self.error(
                        Diagnostic::new(
                            args[0].span,
                            "pyrs sends values only into a generator held in a local variable that is assigned calls of generator functions of this file",
                        )
                        .help("assign the generator to a variable first (`g = gen(...)`) and send into it in the same function"),
                    );
                    return Some(Ty::Unknown);
                };
                let mut funcs = Vec::new();
                for i in instances {
                    let func = self.inf.instances[i].key.func.clone();
                    if func.starts_with("__pyrs_") {
                        // `iter(x)`, itertools: CPython's iterators have no `send` (AttributeError)
                        self.error(Diagnostic::new(
                            at,
                            "`send` into the iterator of a builtin (`iter(...)`, `itertools`): CPython's has no `send` method (AttributeError)",
                        ));
                        continue;
                    }
                    funcs.push(func);
                }
                if let Some(s) = self.send_type(&funcs, s, args[1].span) {
                    self.sends.insert(args[1].id, s);
                }
                el
            }
            (B::GenReturn, [g]) => {
                if !matches!(g, Ty::Gen(_)) {
                    // `yield from` a list, range, ...: its value is None
                    return Some(Ty::None);
                }
                let Some(instances) = self.generator_instances(&args[0]) else {
                    self.error(
                        Diagnostic::new(
                            args[0].span,
                            "pyrs knows the value of `yield from` only for a call of a generator function of this file (`r = yield from gen(...)`)",
                        ),
                    );
                    return Some(Ty::Unknown);
                };
                let mut t = Ty::Unknown;
                for i in instances {
                    let r = self.inf.instances[i].gen_ret.clone();
                    if r == Ty::Unknown {
                        return Some(Ty::Unknown);
                    }
                    t = match t.join_result(&r) {
                        Some(j) => j,
                        None => {
                            self.error(Diagnostic::new(at, format!("the generators here return {t} or {r}")));
                            return Some(Ty::Unknown);
                        }
                    };
                }
                t
            }
            _ => return None,
        })
    }

    /// `e.value` of a caught exception: the value a generator returned when `next(g)` or
    /// `g.send(v)` raised StopIteration, else None. Typed as the one type returned by the
    /// generators this function holds in locals (`g = gen(...)`), or when it holds none by the
    /// generators of the program (`Opt` of it); several types make it a located error.
    pub(super) fn stop_value_type(&mut self, at: Span) -> Ty {
        let local: BTreeSet<usize> = self.gen_calls.values().flatten().flatten().copied().collect();
        let mut found: Option<Ty> = None;
        for (k, inst) in self.inf.instances.iter().enumerate() {
            if !local.is_empty() && !local.contains(&k) {
                continue;
            }
            let r = match &inst.gen_ret {
                Ty::Unknown | Ty::None => continue,
                Ty::Opt(x) => (**x).clone(),
                t => t.clone(),
            };
            match &found {
                Some(f) if *f != r => {
                    let msg = format!(
                        "`.value` of a StopIteration: the generators {} return {} and {}, and pyrs needs one type here",
                        if local.is_empty() { "of this file" } else { "this function holds" },
                        f.with_article(),
                        r.with_article()
                    );
                    self.error(
                        Diagnostic::new(at, msg)
                            .help("return values of one type from the generators, or use `r = yield from g`"),
                    );
                    return Ty::Unknown;
                }
                Some(_) => {}
                None => found = Some(r),
            }
        }
        match found {
            Some(r) => Ty::Opt(Box::new(r)),
            None => Ty::None,
        }
    }

    /// `yield from e` in a generator sent values: they are passed on to `e`, a generator of the
    /// file whose functions are then sent the same type (CPython's delegation).
    pub(super) fn forward_sends(&mut self, e: &ir::Expr, t: &Ty, at: Span) {
        let Some((s, _)) = self.inf.sent.get(self.func).cloned() else { return };
        let instances = match (&e.kind, t) {
            (ExprKind::CallUser(f, _), Ty::Gen(_))
                if self.inf.module.function(f).is_some_and(|f| ir::query::is_generator(&f.body)) =>
            {
                self.callees.get(&e.id).map(|i| BTreeSet::from([*i]))
            }
            (_, Ty::Gen(_)) => self.generator_instances(e),
            (_, Ty::Unknown) => return,
            _ => None,
        };
        let Some(instances) = instances else {
            self.error(
                Diagnostic::new(
                    at,
                    format!(
                        "`yield from` in `{}`, a generator sent values (`g.send(v)`): CPython passes them on to the inner iterator, which pyrs does only for a generator of this file made here or held in a local (`yield from gen(...)`)",
                        self.func
                    ),
                )
                .help("loop over the inner iterator with `for x in it: v = yield x` and handle `v` yourself"),
            );
            return;
        };
        // the outer and the inner generators read one type: what goes in is passed on as it is
        let mut funcs: Vec<String> = instances.iter().map(|i| self.inf.instances[*i].key.func.clone()).collect();
        funcs.push(self.func.to_string());
        self.send_type(&funcs, s, at);
    }

    /// The type the generators of `funcs` are sent once they are also sent `s` (at `at`): the
    /// values keep their own types (`Ty::join_elem`: ints and floats are `Num`s); two kinds
    /// of values no such type holds are a located error.
    fn send_type(&mut self, funcs: &[String], s: Ty, at: Span) -> Option<Ty> {
        let mut joint = s.clone();
        for func in funcs {
            if let Some((t, first)) = self.inf.sent.get(func) {
                match joint.join_elem(t) {
                    Some(j) => joint = j,
                    None => {
                        let (t, first) = (t.clone(), *first);
                        self.error(
                            Diagnostic::new(
                                at,
                                format!(
                                    "this sends {} into a generator of `{func}`, which is also sent {}",
                                    s.with_article(),
                                    t.with_article()
                                ),
                            )
                            .note(first, format!("sent {} here", t.with_article()))
                            .help("send values of one kind into a generator (numbers, or strs, ...)"),
                        );
                        return None;
                    }
                }
            }
        }
        for func in funcs {
            match self.inf.sent.get_mut(func) {
                Some((t, _)) if *t == joint => {}
                Some((t, _)) => {
                    *t = joint.clone();
                    self.inf.sent_changed = true;
                }
                None => {
                    self.inf.sent.insert(func.clone(), (joint.clone(), at));
                    self.inf.sent_changed = true;
                }
            }
        }
        Some(joint)
    }

    /// The instances of the generator functions whose calls local `e` is assigned (None when
    /// it is not a local, or is assigned anything else).
    fn generator_instances(&self, e: &ir::Expr) -> Option<BTreeSet<usize>> {
        let ExprKind::Local(n) = &e.kind else { return None };
        if self.params.contains(n) {
            return None;
        }
        self.gen_calls.get(n).cloned().flatten().filter(|s| !s.is_empty())
    }
}
