//! Splitting a variable into its webs, so that one Python name can hold values of several
//! types in one function (`x = 0` ... `x = x / 2`; `def f(n): n = float(n)`).
//!
//! A web is a set of assignments of one name together with the reads they reach (reaching
//! definitions, computed over the structured IR): two assignments are in the same web when
//! some read may see either. Different webs never meet at a read, so giving each web a name
//! of its own changes nothing Python can observe — and lets inference give each its own
//! type. Inference asks for this only for the names whose assignments disagree on a type
//! ([`split`]); every other variable keeps its single name.
//!
//! The web holding the function's entry (a parameter's value, or an unbound name) keeps the
//! name; the others are renamed `name__vN` (`N` chosen so that no name of the module is
//! taken twice; diagnostics print the Python name, see [`crate::diag`]).

use crate::ir::visit::{self, Visitor, VisitorMut};
use crate::ir::{Expr, ExprId, ExprKind, ForIter, Function, Stmt, StmtKind, Target};
use crate::source::Span;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// A definition: 0 is the function's entry; others are assignments, keyed by target span.
type Def = usize;
/// Per name, the definitions that may reach this point; `None`: the point is unreachable.
type State = Option<BTreeMap<String, BTreeSet<Def>>>;

fn merge(a: &State, b: &State) -> State {
    match (a, b) {
        (None, s) | (s, None) => s.clone(),
        (Some(a), Some(b)) => {
            let mut m = a.clone();
            for (n, ds) in b {
                m.entry(n.clone()).or_default().extend(ds.iter().copied());
            }
            Some(m)
        }
    }
}

struct Flow<'a> {
    names: &'a BTreeSet<String>,
    state: State,
    /// definition ids by (name, target span)
    defs: HashMap<(String, Span), Def>,
    def_name: Vec<String>,
    /// the definitions reaching each read
    uses: HashMap<ExprId, (String, BTreeSet<Def>)>,
    /// definitions that must share a web (`x += 1` reads and writes one variable)
    tied: Vec<(Def, BTreeSet<Def>)>,
    /// per enclosing loop: the states at its `break`s and `continue`s
    loops: Vec<(State, State)>,
    /// per enclosing `try`: the union of every state inside its body (a handler may start
    /// from any of them)
    tries: Vec<State>,
    /// a name is bound in a way this analysis does not rename (an `except ... as` name)
    unsplittable: HashSet<String>,
}

impl Flow<'_> {
    fn def(&mut self, name: &str, span: Span) -> Def {
        let n = self.def_name.len();
        let d = *self.defs.entry((name.to_string(), span)).or_insert(n);
        if d == n {
            self.def_name.push(name.to_string());
        }
        d
    }

    fn assign(&mut self, name: &str, d: Def) {
        if let Some(s) = &mut self.state {
            s.insert(name.to_string(), BTreeSet::from([d]));
        }
        self.touch();
    }

    /// Records the current state in every enclosing `try`.
    fn touch(&mut self) {
        for i in 0..self.tries.len() {
            self.tries[i] = merge(&self.tries[i], &self.state);
        }
    }

    fn reaching(&self, name: &str) -> BTreeSet<Def> {
        match &self.state {
            Some(s) => s.get(name).cloned().unwrap_or_default(),
            None => BTreeSet::new(),
        }
    }

    fn reads(&mut self, e: &Expr) {
        struct Reads<'f, 'a>(&'f mut Flow<'a>);
        impl Visitor<'_> for Reads<'_, '_> {
            fn visit_expr(&mut self, e: &Expr) {
                if let ExprKind::Local(n) = &e.kind {
                    if self.0.names.contains(n) {
                        let ds = self.0.reaching(n);
                        let entry = self.0.uses.entry(e.id).or_insert_with(|| (n.clone(), BTreeSet::new()));
                        entry.1.extend(ds);
                    }
                }
                visit::walk_expr(self, e);
            }
        }
        Reads(self).visit_expr(e);
    }

    fn target(&mut self, t: &Target) {
        match t {
            Target::Name(n, span) => {
                if self.names.contains(n) {
                    let d = self.def(n, *span);
                    self.assign(n, d);
                }
            }
            Target::Subscript { value, index, .. } => {
                self.reads(value);
                self.reads(index);
            }
            Target::Tuple(ts, _) => ts.iter().for_each(|t| self.target(t)),
        }
    }

    fn body(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    /// A loop: `head` (the test, or the binding of the loop variable) then the body, from the
    /// state before the loop joined with the states the body loops back with, until nothing
    /// changes; after it, the state at the head joined with those at its `break`s.
    fn looped(&mut self, body: &[Stmt], head_code: impl Fn(&mut Self)) {
        let entry = self.state.clone();
        let mut head = entry.clone();
        loop {
            self.state = head.clone();
            head_code(self);
            self.loops.push((None, None));
            self.body(body);
            let (breaks, continues) = self.loops.pop().expect("pushed above");
            let next = merge(&merge(&entry, &self.state), &continues);
            if next == head {
                self.state = merge(&head, &breaks);
                return;
            }
            head = next;
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Assign { target, value } => {
                self.reads(value);
                self.target(target);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.reads(value);
                match target {
                    Target::Name(n, span) if self.names.contains(n) => {
                        let d = self.def(n, *span);
                        let before = self.reaching(n);
                        self.tied.push((d, before));
                        self.assign(n, d);
                    }
                    t => self.target(t),
                }
            }
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) | StmtKind::Yield(e) | StmtKind::YieldFrom(e) => {
                self.reads(e);
                if matches!(s.kind, StmtKind::Return(_)) {
                    self.state = None;
                }
            }
            StmtKind::Return(None) | StmtKind::Raise(_) => {
                if let StmtKind::Raise(crate::ir::Raise::New { msg: Some(m), .. }) = &s.kind {
                    self.reads(m);
                }
                self.state = None;
            }
            StmtKind::Break => {
                if let Some(l) = self.loops.last_mut() {
                    l.0 = merge(&l.0, &self.state);
                }
                self.state = None;
            }
            StmtKind::Continue => {
                if let Some(l) = self.loops.last_mut() {
                    l.1 = merge(&l.1, &self.state);
                }
                self.state = None;
            }
            StmtKind::Pass => {}
            StmtKind::Assert { test, msg } => {
                self.reads(test);
                if let Some(m) = msg {
                    self.reads(m);
                }
            }
            StmtKind::Delete { value, index } => {
                self.reads(value);
                self.reads(index);
            }
            StmtKind::If { test, body, orelse } => {
                self.reads(test);
                let entry = self.state.clone();
                self.body(body);
                let then = std::mem::replace(&mut self.state, entry);
                self.body(orelse);
                self.state = merge(&then, &self.state);
            }
            StmtKind::While { test, body } => self.looped(body, |flow| flow.reads(test)),
            StmtKind::For { target, iter, body, .. } => {
                match iter {
                    ForIter::Range { start, stop, step } => {
                        for x in [start.as_ref(), Some(stop), step.as_ref()].into_iter().flatten() {
                            self.reads(x);
                        }
                    }
                    ForIter::Seq(x) => self.reads(x),
                }
                self.looped(body, |flow| flow.target(target));
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                let entry = self.state.clone();
                self.tries.push(entry.clone());
                self.body(body);
                let anywhere = self.tries.pop().expect("pushed above");
                let body_end = self.state.clone();
                let mut out = None;
                for h in handlers {
                    if let Some(n) = &h.name {
                        self.unsplittable.insert(n.clone());
                    }
                    self.state = anywhere.clone();
                    self.body(&h.body);
                    out = merge(&out, &self.state);
                }
                self.state = body_end;
                self.body(orelse);
                out = merge(&out, &self.state);
                // `finally` runs after any of them, and after an exception leaving the body
                self.state = merge(&out, &anywhere);
                self.body(finalbody);
                if out.is_none() {
                    self.state = None;
                }
            }
        }
        self.touch();
    }
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// Splits each of `names` of `f` into its webs; `taken` holds every name already used in the
/// module (renamed variables are added to it). Whether anything was renamed.
pub fn split(f: &mut Function, names: &BTreeSet<String>, taken: &mut HashSet<String>) -> bool {
    let mut flow = Flow {
        names,
        state: Some(names.iter().map(|n| (n.clone(), BTreeSet::from([0]))).collect()),
        defs: HashMap::new(),
        def_name: vec![String::new()],
        uses: HashMap::new(),
        tied: Vec::new(),
        loops: Vec::new(),
        tries: Vec::new(),
        unsplittable: HashSet::new(),
    };
    flow.body(&f.body);
    // union-find over definitions; the entry (0) is its own web per name
    let mut parent: Vec<usize> = (0..flow.def_name.len()).collect();
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            // the entry stays the representative
            if ra < rb {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
    };
    // reads with their reaching definitions; the entry (0) is shared by all names, so a
    // set containing it is joined per name through `entry_of`
    let mut entry_of: BTreeMap<String, usize> = BTreeMap::new();
    let mut sets: Vec<(String, BTreeSet<Def>)> = flow.uses.values().cloned().collect();
    sets.extend(flow.tied.iter().map(|(d, before)| {
        let mut s = before.clone();
        s.insert(*d);
        (flow.def_name[*d].clone(), s)
    }));
    for (name, ds) in &sets {
        let mut first = None;
        for &d in ds {
            let d = if d == 0 {
                *entry_of.entry(name.clone()).or_insert_with(|| {
                    parent.push(parent.len());
                    parent.len() - 1
                })
            } else {
                d
            };
            match first {
                None => first = Some(d),
                Some(f) => union(&mut parent, f, d),
            }
        }
    }
    // name each web: the one holding the entry keeps the name; the others, in source order
    let mut web_name: HashMap<usize, String> = HashMap::new();
    for (name, e) in &entry_of {
        web_name.insert(find(&mut parent, *e), name.clone());
    }
    let mut by_span: Vec<(&(String, Span), &Def)> = flow.defs.iter().collect();
    by_span.sort_by_key(|((_, s), _)| (s.start, s.end));
    let mut renamed_any = false;
    let mut def_rename: HashMap<(String, Span), String> = HashMap::new();
    // a parameter's name always stays with its entry web
    let mut kept: HashSet<String> = entry_of.keys().cloned().chain(f.params.iter().map(|p| p.name.clone())).collect();
    for ((name, span), d) in by_span {
        if flow.unsplittable.contains(name) {
            continue;
        }
        let root = find(&mut parent, *d);
        let new = match web_name.get(&root) {
            Some(n) => n.clone(),
            None => {
                // the first web of a name without an entry web keeps the name
                let n = if kept.insert(name.clone()) {
                    name.clone()
                } else {
                    let mut k = 1;
                    while taken.contains(&format!("{name}__v{k}")) {
                        k += 1;
                    }
                    let n = format!("{name}__v{k}");
                    taken.insert(n.clone());
                    renamed_any = true;
                    n
                };
                web_name.insert(root, n.clone());
                n
            }
        };
        def_rename.insert((name.clone(), *span), new);
    }
    if !renamed_any {
        return false;
    }
    let mut use_rename: HashMap<ExprId, String> = HashMap::new();
    for (id, (name, ds)) in &flow.uses {
        if flow.unsplittable.contains(name) {
            continue;
        }
        let Some(&d) = ds.iter().next() else { continue };
        let root = if d == 0 { find(&mut parent, entry_of[name]) } else { find(&mut parent, d) };
        if let Some(n) = web_name.get(&root) {
            use_rename.insert(*id, n.clone());
        }
    }
    struct Rename<'r> {
        defs: &'r HashMap<(String, Span), String>,
        uses: &'r HashMap<ExprId, String>,
    }
    impl VisitorMut for Rename<'_> {
        fn visit_target_mut(&mut self, t: &mut Target) {
            if let Target::Name(n, span) = t {
                if let Some(new) = self.defs.get(&(n.clone(), *span)) {
                    *n = new.clone();
                }
            }
            visit::walk_target_mut(self, t);
        }
        fn visit_expr_mut(&mut self, e: &mut Expr) {
            if let ExprKind::Local(n) = &mut e.kind {
                if let Some(new) = self.uses.get(&e.id) {
                    *n = new.clone();
                }
            }
            visit::walk_expr_mut(self, e);
        }
    }
    Rename { defs: &def_rename, uses: &use_rename }.visit_body_mut(&mut f.body);
    true
}

/// A parameter that the body assigns values of other types (`def f(n): n = n / 2`): its
/// value is copied into a local of its own at entry (`n__vK = n`) and the body uses that
/// local, whose type joins what it holds (the parameter keeps the caller's type, and its
/// Python name). Whether `name` was such a parameter.
pub fn detach_param(f: &mut Function, name: &str, taken: &mut HashSet<String>) -> bool {
    let Some(param) = f.params.iter().find(|p| p.name == name && !p.star) else { return false };
    let span = param.span;
    struct Assigned<'n>(&'n str, bool);
    impl Visitor<'_> for Assigned<'_> {
        fn visit_target(&mut self, t: &Target) {
            if let Target::Name(n, _) = t {
                self.1 |= n == self.0;
            }
            visit::walk_target(self, t);
        }
    }
    let mut a = Assigned(name, false);
    a.visit_body(&f.body);
    if !a.1 {
        return false;
    }
    let mut k = 1;
    while taken.contains(&format!("{name}__v{k}")) {
        k += 1;
    }
    let new = format!("{name}__v{k}");
    taken.insert(new.clone());
    struct Rename<'r>(&'r str, &'r str);
    impl VisitorMut for Rename<'_> {
        fn visit_target_mut(&mut self, t: &mut Target) {
            if let Target::Name(n, _) = t {
                if n == self.0 {
                    *n = self.1.to_string();
                }
            }
            visit::walk_target_mut(self, t);
        }
        fn visit_expr_mut(&mut self, e: &mut Expr) {
            if let ExprKind::Local(n) = &mut e.kind {
                if n == self.0 {
                    *n = self.1.to_string();
                }
            }
            visit::walk_expr_mut(self, e);
        }
    }
    Rename(name, &new).visit_body_mut(&mut f.body);
    let value = Expr { id: ExprId(f.expr_count), span, kind: ExprKind::Local(name.to_string()) };
    f.expr_count += 1;
    f.body.insert(0, Stmt { span, kind: StmtKind::Assign { target: Target::Name(new, span), value } });
    true
}

/// Every name bound or read in the module (the names a renamed variable must avoid).
pub fn names_in(f: &Function, out: &mut HashSet<String>) {
    struct Names<'o>(&'o mut HashSet<String>);
    impl Visitor<'_> for Names<'_> {
        fn visit_target(&mut self, t: &Target) {
            if let Target::Name(n, _) = t {
                self.0.insert(n.clone());
            }
            visit::walk_target(self, t);
        }
        fn visit_expr(&mut self, e: &Expr) {
            if let ExprKind::Local(n) = &e.kind {
                self.0.insert(n.clone());
            }
            visit::walk_expr(self, e);
        }
    }
    out.extend(f.params.iter().map(|p| p.name.clone()));
    Names(out).visit_function(f);
}
