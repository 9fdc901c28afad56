//! Element-wise array expressions fused into one loop: the leaves (arrays read element by
//! element, scalars evaluated once) bound before the loop, the element expression emitted once
//! as a closure, the loop nest itself in the runtime (`rt::support::fused`); assignments into
//! arrays and views (`dst[...] = value`, `dst op= value`) the same way.

use super::is_array_index;
use crate::codegen::body::Body;
use crate::codegen::convert::coerce;
use crate::codegen::names::elem as elem_type;
use crate::ir::{self, BinOp, ExprId, ExprKind};
use crate::library::{Builtin, Intrinsic, Method, NumpyFn as N};
use crate::types::{Elem, Ty};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// The leaves of an element-wise expression: bindings evaluated before the loops, array
/// leaves, scalar leaves `(id, value)`.
pub(in crate::codegen) struct Leaves {
    pub(super) binds: Vec<TokenStream>,
    pub(super) arrays: Vec<ArrayLeaf>,
    pub(super) scalars: Vec<(ExprId, TokenStream)>,
}

/// An array read by an element-wise expression: the variable holding it (a local, or a
/// temporary bound before the loops), which also names its element in the driver's closure;
/// the expressions reading it; the `numpy_backward_run` flag of a complex array.
pub(in crate::codegen) struct ArrayLeaf {
    pub(super) ids: Vec<ExprId>,
    pub(super) array: Ident,
    pub(super) hypot: Option<Ident>,
}

/// Items grouped as tuples of at most 8 (the runtime's `MAX_TUPLE`), nested when there are
/// more; one item stands alone, none is `()`.
pub(super) fn nest(items: Vec<(TokenStream, TokenStream)>) -> (TokenStream, TokenStream) {
    const MAX: usize = 8;
    match items.len() {
        1 => items.into_iter().next().expect("one item"),
        k if k <= MAX => {
            let (a, b): (Vec<_>, Vec<_>) = items.into_iter().unzip();
            (quote!((#(#a,)*)), quote!((#(#b,)*)))
        }
        _ => {
            let groups: Vec<(TokenStream, TokenStream)> = items.chunks(MAX).map(|c| nest(c.to_vec())).collect();
            nest(groups)
        }
    }
}

/// A value stored into an element of type `to` (numpy's unsafe casting on assignment: float
/// to int truncates, NaN and out-of-range give int64's minimum as numpy does; any number into
/// bool is its truth).
pub fn store_cast(v: TokenStream, from: &Ty, to: &Ty) -> TokenStream {
    if from.sized().is_some() || to.sized().is_some() {
        if let (Some(f), Some(t)) = (Elem::of_scalar(from), Elem::of_scalar(to)) {
            return crate::codegen::sized::cast(v, f, t);
        }
    }
    let (from, to) = (&from.base(), &to.base());
    match (from, to) {
        (Ty::Float, Ty::Int) => quote!(rt::numpy::scalar::float_to_int(#v)),
        (Ty::Int, Ty::Bool) => quote!((#v != 0)),
        (Ty::Float, Ty::Bool) => quote!((#v != 0.0)),
        (Ty::Complex, Ty::Bool) => quote!(rt::builtins::conv::truth_complex(#v)),
        _ => coerce(v, from, to),
    }
}

/// `v` (of type `vt`) stored into an element of `el`: numpy's casts on assignment; a Python
/// int (`scalar_value`) into sized ints checked against their range (`a8[:] = 300` raises).
pub fn store_plain(v: TokenStream, vt: &Ty, el: Elem, scalar_value: bool) -> TokenStream {
    if scalar_value && el.kind() == crate::types::Kind::Int && el.is_sized() {
        let v = crate::codegen::convert::coerce_store(v, vt, &Ty::Int);
        crate::codegen::sized::check_int_store(v, el)
    } else {
        store_cast(v, vt, &el.scalar())
    }
}

impl Leaves {
    /// The driver's inputs (`(&a, &b)`) and the closure's pattern of their elements (`(a, b)`),
    /// nested in tuples of at most `rt::support::fused::MAX_TUPLE`.
    pub(in crate::codegen) fn inputs(&self) -> (TokenStream, TokenStream) {
        let items: Vec<(TokenStream, TokenStream)> = self
            .arrays
            .iter()
            .map(|a| {
                let x = &a.array;
                (quote!(&#x), quote!(#x))
            })
            .collect();
        nest(items)
    }
}

impl Body<'_> {
    /// The full type of `e` (arrays as arrays even in element context).
    pub(in crate::codegen) fn full_ty(&self, e: &ir::Expr) -> Ty {
        self.inst.ty(e).clone()
    }

    pub(in crate::codegen) fn is_array(&self, e: &ir::Expr) -> bool {
        matches!(self.inst.ty(e), Ty::Array(..))
    }

    /// Whether `e` is an array computed element by element from its operands.
    pub fn is_elementwise(&self, e: &ir::Expr) -> bool {
        if !self.is_array(e) {
            return false;
        }
        match &e.kind {
            ExprKind::BinOp(..) | ExprKind::Unary(..) | ExprKind::Compare(..) => true,
            ExprKind::CallIntrinsic(Intrinsic::Builtin(Builtin::Abs), _) => true,
            // `np.real`/`np.imag` of an array are views, as numpy's
            ExprKind::CallIntrinsic(Intrinsic::Numpy(f), _) => {
                (f.is_ufunc() && !matches!(f, N::Real | N::Imag)) || *f == N::Where
            }
            // `a.conj()` of a real array is `a` itself (numpy returns the same object)
            ExprKind::CallMethod { method, receiver, .. } => {
                *method == Method::Astype
                    || (matches!(method, Method::Conj | Method::Conjugate)
                        && matches!(self.inst.ty(receiver), Ty::Array(e, _) if e.kind() == crate::types::Kind::Complex))
            }
            _ => false,
        }
    }

    /// The operands of an element-wise node.
    pub(in crate::codegen) fn operands(e: &ir::Expr) -> Vec<&ir::Expr> {
        match &e.kind {
            ExprKind::BinOp(_, a, b) => vec![a, b],
            ExprKind::Unary(_, a) => vec![a],
            ExprKind::Compare(a, rest) => std::iter::once(&**a).chain(rest.iter().map(|(_, x)| x)).collect(),
            ExprKind::CallIntrinsic(_, args) => args.iter().collect(),
            ExprKind::CallMethod { receiver, .. } => vec![receiver],
            _ => vec![],
        }
    }

    pub(in crate::codegen) fn collect_leaves<'e>(&self, e: &'e ir::Expr, out: &mut Vec<&'e ir::Expr>) {
        if self.is_elementwise(e) {
            for x in Self::operands(e) {
                self.collect_leaves(x, out);
            }
        } else if self.is_array(e)
            || !matches!(
                e.kind,
                ExprKind::Local(_)
                    | ExprKind::Int(_)
                    | ExprKind::Float(_)
                    | ExprKind::Imag(_)
                    | ExprKind::Bool(_)
                    | ExprKind::Const(_)
                    | ExprKind::DType(_)
                    | ExprKind::Default
            )
        {
            out.push(e);
        }
    }

    /// An array-typed expression as an `NdArray` value.
    pub fn array_value(&mut self, e: &ir::Expr) -> TokenStream {
        if self.is_elementwise(e) {
            return self.fused(e);
        }
        match &e.kind {
            // an item of a tuple of arrays (`np.nonzero(m)[0]`)
            ExprKind::Subscript(base, _) if !self.is_array(base) => self.expr_plain(e),
            ExprKind::Subscript(base, index) if is_array_index(&self.full_ty(index)) => self.fancy_read(base, index),
            ExprKind::Subscript(base, index) => {
                let Ty::Array(_, n) = self.full_ty(e) else { unreachable!() };
                self.view_of(base, index, n)
            }
            ExprKind::Attribute(x, attr) if attr == "T" => {
                let v = self.place(x);
                quote!(#v.transpose())
            }
            // a field of a named tuple (`np.linalg.svd(a).S`)
            ExprKind::Attribute(x, _) if matches!(self.inst.ty(x), Ty::Tuple(_)) => self.expr_plain(e),
            ExprKind::Attribute(x, attr) => self.part_of(x, N::from_name(attr).expect("a complex part: real or imag")),
            ExprKind::CallIntrinsic(Intrinsic::Numpy(f @ (N::Real | N::Imag)), args) => self.part_of(&args[0], *f),
            ExprKind::CallIntrinsic(Intrinsic::Numpy(f), args) => self.creation(*f, args, e),
            ExprKind::CallMethod { receiver, method: Method::Conj | Method::Conjugate, .. } => {
                let v = self.place(receiver);
                quote!(#v.clone())
            }
            ExprKind::CallMethod { receiver, method, .. } if *method == Method::Copy => {
                let v = self.place(receiver);
                quote!(#v.copy())
            }
            _ => self.expr_plain(e),
        }
    }

    /// `x.real` / `x.imag` (and `np.real(x)`, `np.imag(x)`) of an array: views of the parts of
    /// a complex array; of a real array the array itself, or read-only zeros.
    pub(in crate::codegen) fn part_of(&mut self, x: &ir::Expr, which: N) -> TokenStream {
        let v = self.place(x);
        match (self.full_ty(x), which) {
            (Ty::Array(e, _), _) if e.kind() == crate::types::Kind::Complex => {
                let imag = which == N::Imag;
                quote!(#v.part(#imag))
            }
            (Ty::Array(e, n), N::Imag) => {
                let et = elem_type(e);
                let ev = crate::codegen::names::value(e);
                quote!(rt::NdArray::<#et, #n>::full(#v.shape(), <#ev as ::core::default::Default>::default()).read_only())
            }
            _ => quote!(#v.clone()),
        }
    }

    /// Binds the leaves of `root` before the loops: array leaves (a local is read where it is,
    /// once however often the expression reads it; any other array is bound to a temporary)
    /// and scalar leaves (evaluated once).
    pub(in crate::codegen) fn bind_leaves(&mut self, root: &ir::Expr) -> Leaves {
        let mut found = Vec::new();
        self.collect_leaves(root, &mut found);
        let mut nodes = Vec::new();
        self.broadcast_nodes(root, &mut 0, &mut nodes);
        let mut out = Leaves { binds: Vec::new(), arrays: Vec::new(), scalars: Vec::new() };
        // the array each leaf is read from, by position in `found`
        let mut bound: Vec<Option<Ident>> = Vec::new();
        for (k, leaf) in found.into_iter().enumerate() {
            if !self.cannot_raise(leaf) {
                // this leaf can raise: CPython has already computed every operation whose
                // operands come before it, so their shapes are checked first (`(a + b) * (1 // z)`
                // with shapes (2,) (3,) is numpy's ValueError, not ZeroDivisionError)
                let done: Vec<(usize, usize, usize)> = nodes.iter().copied().filter(|(_, hi, _)| *hi <= k).collect();
                nodes.retain(|(_, hi, _)| *hi > k);
                // the outermost operations done (their check covers the operations inside)
                for &(lo, hi, n) in &done {
                    if done.iter().any(|&(l, h, _)| l <= lo && hi <= h && (l, h) != (lo, hi)) {
                        continue;
                    }
                    let mut shapes: Vec<TokenStream> = Vec::new();
                    for a in bound[lo..hi].iter().flatten() {
                        let s = quote!(&#a.shape()[..]);
                        if !shapes.iter().any(|x| x.to_string() == s.to_string()) {
                            shapes.push(s);
                        }
                    }
                    if shapes.len() >= 2 {
                        let m = proc_macro2::Literal::usize_unsuffixed(n);
                        out.binds.push(quote!(rt::numpy::ndarray::broadcast_shapes::<#m>(&[#(#shapes),*])?;));
                    }
                }
            }
            bound.push(None);
            if let Ty::Array(el, _) = self.full_ty(leaf) {
                let array = match &leaf.kind {
                    ExprKind::Local(name) => crate::codegen::names::local(name),
                    _ => {
                        let l = self.temp();
                        let v = self.array_value(leaf);
                        out.binds.push(quote!(let #l = #v;));
                        l
                    }
                };
                bound[k] = Some(array.clone());
                if let Some(known) = out.arrays.iter_mut().find(|a| a.array == array) {
                    known.ids.push(leaf.id);
                    if let Some(flag) = &known.hypot {
                        self.elem.abs_hypot.insert(leaf.id, flag.clone());
                    }
                    continue;
                }
                let hypot = (el.kind() == crate::types::Kind::Complex).then(|| {
                    let flag = self.temp();
                    out.binds.push(quote!(let #flag = #array.numpy_backward_run();));
                    self.elem.abs_hypot.insert(leaf.id, flag.clone());
                    flag
                });
                out.arrays.push(ArrayLeaf { ids: vec![leaf.id], array, hypot });
            } else {
                let s = self.temp();
                let v = self.expr(leaf);
                out.binds.push(quote!(let #s = #v;));
                out.scalars.push((leaf.id, quote!(#s)));
            }
        }
        out
    }

    /// The element-wise operations under `root` whose operands are two or more leaves, as
    /// `(first leaf, one past the last leaf, dims)` by position in `collect_leaves`' order
    /// (`next`: the position of the next leaf).
    fn broadcast_nodes(&self, e: &ir::Expr, next: &mut usize, out: &mut Vec<(usize, usize, usize)>) {
        if self.is_elementwise(e) {
            let lo = *next;
            for x in Self::operands(e) {
                self.broadcast_nodes(x, next, out);
            }
            if let (true, Ty::Array(_, n)) = (*next - lo >= 2, self.full_ty(e)) {
                out.push((lo, *next, n));
            }
        } else {
            let mut one = Vec::new();
            self.collect_leaves(e, &mut one);
            *next += one.len();
        }
    }

    /// Whether evaluating `e` can raise no exception: locals, literals, slices of array locals
    /// with literal steps, sums and products of floats (leaves that need no check before them).
    fn cannot_raise(&self, e: &ir::Expr) -> bool {
        let lit = |x: &ir::Expr| match &x.kind {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::Const(_) => true,
            ExprKind::Unary(_, y) => matches!(y.kind, ExprKind::Int(_) | ExprKind::Float(_)),
            _ => false,
        };
        let bound =
            |x: &Option<Box<ir::Expr>>| x.as_deref().is_none_or(|x| lit(x) || matches!(x.kind, ExprKind::Local(_)));
        let slice = |x: &ir::Expr| match &x.kind {
            ExprKind::Slice { lower, upper, step } => {
                bound(lower)
                    && bound(upper)
                    && step.as_deref().is_none_or(|s| matches!(s.kind, ExprKind::Int(k) if k != 0))
            }
            _ => false,
        };
        match &e.kind {
            ExprKind::Local(_) => true,
            _ if lit(e) => true,
            ExprKind::Subscript(a, index) if matches!(a.kind, ExprKind::Local(_)) && self.is_array(a) => {
                match &index.kind {
                    ExprKind::Tuple(items) => items.iter().all(slice),
                    _ => slice(index),
                }
            }
            ExprKind::Attribute(a, attr) => attr == "T" && self.cannot_raise(a),
            ExprKind::BinOp(BinOp::Add | BinOp::Sub | BinOp::Mul, a, b) => {
                self.inst.ty(e).base() == Ty::Float && self.cannot_raise(a) && self.cannot_raise(b)
            }
            _ => false,
        }
    }

    /// The element code of `root` and its type, inside the closure of a fused driver: each
    /// array leaf's element is the closure's parameter of the leaf's name.
    pub(in crate::codegen) fn elem_code(&mut self, root: &ir::Expr, leaves: &Leaves) -> (TokenStream, Ty) {
        let reads = leaves.arrays.iter().flat_map(|a| {
            let x = &a.array;
            a.ids.iter().map(move |id| (*id, quote!(#x)))
        });
        let map: Vec<(ExprId, TokenStream)> = reads.chain(leaves.scalars.iter().cloned()).collect();
        self.in_elem_ctx(map, |b| {
            let t = b.ty(root);
            (b.expr(root), t)
        })
    }

    /// Whether element-wise loops of this function run on the thread pool
    /// (`# pyrs parallel arrays`).
    pub(in crate::codegen) fn parallel_arrays(&self) -> bool {
        self.g.module.function(&self.inst.key.func).map(|f| f.parallel_arrays).unwrap_or(false)
    }

    /// An element-wise expression evaluated into a new array: one call of the runtime's
    /// driver (`rt::support::fused`) with the element expression as its closure.
    pub(in crate::codegen) fn fused(&mut self, root: &ir::Expr) -> TokenStream {
        let Ty::Array(el, n) = self.full_ty(root) else { unreachable!() };
        let leaves = self.bind_leaves(root);
        let (v, t) = self.elem_code(root, &leaves);
        let v = coerce(v, &t, &el.scalar().base());
        let (inputs, elems) = leaves.inputs();
        let et = elem_type(el);
        let driver = if self.parallel_arrays() { quote!(par_map) } else { quote!(map) };
        let binds = &leaves.binds;
        let n = proc_macro2::Literal::usize_unsuffixed(n);
        // (the closure inlined at both of the driver's loops: LLVM's own choice leaves a large
        // element, `np.abs` of a complex, as a call per element that no loop vectorises)
        let call = quote!(rt::support::fused::#driver::<#et, #n, _>(#inputs, #[inline(always)] |#elems| Ok(#v))?);
        if binds.is_empty() {
            call
        } else {
            quote!({ #(#binds)* #call })
        }
    }

    /// `dst[...] = value` / `dst[...] op= value` where `dst` (tokens of an NdArray of element
    /// `el` and `n` dims) receives `value` broadcast to its shape: one call of the runtime's
    /// driver, which checks that `dst` is writeable and, when an input overlaps `dst`,
    /// computes every new element before writing (numpy's semantics).
    pub fn assign_into(
        &mut self,
        dst: TokenStream,
        el: Elem,
        _n: usize,
        op: Option<BinOp>,
        value: &ir::Expr,
    ) -> TokenStream {
        let leaves = self.bind_leaves(value);
        let scalar_value = !matches!(self.full_ty(value), Ty::Array(..));
        let (v, vt) = self.elem_code(value, &leaves);
        // the element's current value, for `op=`
        let old = format_ident!("__old");
        let store = self.store_value(el, op, v, &vt, quote!(#old), value, scalar_value);
        let old = if op.is_some() { quote!(#old) } else { quote!(_) };
        let (inputs, elems) = leaves.inputs();
        // (`op=`: numpy's texts of a ufunc with `out=dst` when the value does not fit)
        let driver = match (self.parallel_arrays(), op.is_some()) {
            (true, false) => quote!(par_assign),
            (true, true) => quote!(par_update),
            (false, false) => quote!(assign),
            (false, true) => quote!(update),
        };
        let binds = &leaves.binds;
        if op == Some(BinOp::Mul) && matches!(el, Elem::Complex128 | Elem::Complex64) {
            // numpy multiplies one element in place by its scalar loop (plain products), any
            // other size by its vector loop (multiply-adds)
            let saved = std::mem::replace(&mut self.elem.single, true);
            let (v, vt) = self.elem_code(value, &leaves);
            let one = self.store_value(el, op, v, &vt, quote!(__old), value, scalar_value);
            self.elem.single = saved;
            return quote!({
                let __dst = #dst;
                #(#binds)*
                if __dst.size() == 1 {
                    rt::support::fused::#driver(&__dst, #inputs, #[inline(always)] |#old, #elems| Ok(#one))?;
                } else {
                    rt::support::fused::#driver(&__dst, #inputs, #[inline(always)] |#old, #elems| Ok(#store))?;
                }
            });
        }
        quote!({
            let __dst = #dst;
            #(#binds)*
            rt::support::fused::#driver(&__dst, #inputs, #[inline(always)] |#old, #elems| Ok(#store))?;
        })
    }

    /// The element stored into an array of `el` by `dst = v` (`op` None) or `dst op= v`: `v`
    /// (of type `vt`) cast as numpy casts on assignment, a Python int into sized ints checked
    /// against their range (`a8[:] = 300` raises), `dst_read` the element's current value.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn store_value(
        &mut self,
        el: Elem,
        op: Option<BinOp>,
        v: TokenStream,
        vt: &Ty,
        dst_read: TokenStream,
        value: &ir::Expr,
        scalar_value: bool,
    ) -> TokenStream {
        match op {
            None => store_plain(v, vt, el, scalar_value),
            Some(op) => {
                // arrays and selections: numpy's array loop
                let (r, rt) = self.elem_binop(op, dst_read, el, v, vt, value, true);
                store_cast(r, &rt, &el.scalar().base())
            }
        }
    }

    pub(super) fn in_elem_ctx<T>(&mut self, map: Vec<(ExprId, TokenStream)>, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved_map = std::mem::replace(&mut self.elem.map, map.into_iter().collect());
        let saved = std::mem::replace(&mut self.elem.active, true);
        let r = f(self);
        self.elem.active = saved;
        self.elem.map = saved_map;
        r
    }

    /// `astype`: each element converted as numpy casts.
    pub fn cast_elem(&mut self, v: TokenStream, from: &Ty, to: &Ty) -> TokenStream {
        store_cast(v, from, to)
    }
}
