//! NumPy arrays in generated code: views, creation, reductions, and element-wise expressions
//! compiled as ONE loop nest over the broadcast shape (the numexpr idea): no temporary arrays,
//! each element computed by the same scalar code as numpy scalars, written straight into the
//! result or the assigned view. The loop nest is the runtime's (`rt::support::fused`: the
//! contiguous fast path, the strided path, the temporary when an input overlaps the
//! destination, the parallel variant); generated code calls it with the array leaves and the
//! element expression as a closure, written once.
//!
//! An element-wise expression tree has *leaves*: array values that are not element-wise
//! themselves (variables, views, calls) and scalar subexpressions, each evaluated once before
//! the loops. Inside the closure, codegen runs in "element context": an array leaf is its
//! element (the closure's parameter named after the leaf's variable), and every array-typed
//! node has its element's type.

use super::body::Body;
use super::convert::coerce;
use super::names::elem as elem_type;
use crate::ir::{self, BinOp, ExprId, ExprKind};
use crate::library::{Builtin, Constant, Intrinsic, Method, NumpyFn as N};
use crate::types::{Elem, Ty};
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// The leaves of an element-wise expression: bindings evaluated before the loops, array
/// leaves, scalar leaves `(id, value)`.
struct Leaves {
    binds: Vec<TokenStream>,
    arrays: Vec<ArrayLeaf>,
    scalars: Vec<(ExprId, TokenStream)>,
}

/// An array read by an element-wise expression: the variable holding it (a local, or a
/// temporary bound before the loops), which also names its element in the driver's closure;
/// the expressions reading it; the `numpy_backward_run` flag of a complex array.
struct ArrayLeaf {
    ids: Vec<ExprId>,
    array: Ident,
    hypot: Option<Ident>,
}

impl Leaves {
    /// The driver's inputs (`(&a, &b)`) and the closure's pattern of their elements (`(a, b)`),
    /// nested in tuples of at most `rt::support::fused::MAX_TUPLE`.
    fn inputs(&self) -> (TokenStream, TokenStream) {
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

/// Items grouped as tuples of at most 8 (the runtime's `MAX_TUPLE`), nested when there are
/// more; one item stands alone, none is `()`.
fn nest(items: Vec<(TokenStream, TokenStream)>) -> (TokenStream, TokenStream) {
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

impl Body<'_> {
    /// The full type of `e` (arrays as arrays even in element context).
    fn full_ty(&self, e: &ir::Expr) -> Ty {
        self.inst.ty(e).clone()
    }

    fn is_array(&self, e: &ir::Expr) -> bool {
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
    fn operands<'e>(e: &'e ir::Expr) -> Vec<&'e ir::Expr> {
        match &e.kind {
            ExprKind::BinOp(_, a, b) => vec![a, b],
            ExprKind::Unary(_, a) => vec![a],
            ExprKind::Compare(a, rest) => std::iter::once(&**a).chain(rest.iter().map(|(_, x)| x)).collect(),
            ExprKind::CallIntrinsic(_, args) => args.iter().collect(),
            ExprKind::CallMethod { receiver, .. } => vec![receiver],
            _ => vec![],
        }
    }

    fn collect_leaves<'e>(&self, e: &'e ir::Expr, out: &mut Vec<&'e ir::Expr>) {
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
            ExprKind::Attribute(x, attr) => self.part_of(x, N::from_name(attr).expect("a complex part: real or imag")),
            ExprKind::CallIntrinsic(Intrinsic::Numpy(f @ (N::Real | N::Imag)), args) => self.part_of(&args[0], *f),
            ExprKind::CallIntrinsic(Intrinsic::Numpy(f), args) => self.creation(*f, args, e),
            ExprKind::CallMethod { receiver, method, .. } if matches!(method, Method::Conj | Method::Conjugate) => {
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
    fn part_of(&mut self, x: &ir::Expr, which: N) -> TokenStream {
        let v = self.place(x);
        match (self.full_ty(x), which) {
            (Ty::Array(e, _), _) if e.kind() == crate::types::Kind::Complex => {
                let imag = which == N::Imag;
                quote!(#v.part(#imag))
            }
            (Ty::Array(e, n), N::Imag) => {
                let et = elem_type(e);
                let ev = super::names::value(e);
                quote!(rt::NdArray::<#et, #n>::full(#v.shape(), <#ev as ::core::default::Default>::default()).read_only())
            }
            _ => quote!(#v.clone()),
        }
    }

    pub(super) fn idx_items(&mut self, index: &ir::Expr) -> Vec<TokenStream> {
        match &index.kind {
            ExprKind::Tuple(xs) => xs.iter().map(|x| self.idx_item(x)).collect(),
            _ => vec![self.idx_item(index)],
        }
    }

    /// One item of an index as an `Idx`: a slice, a new axis, `...` or an int.
    pub(super) fn idx_item(&mut self, x: &ir::Expr) -> TokenStream {
        let idx = quote!(rt::Idx);
        match &x.kind {
            ExprKind::Slice { lower, upper, step } => {
                let part = |b: &mut Self, p: &Option<Box<ir::Expr>>| match p {
                    Some(p) if !matches!(p.kind, ExprKind::None | ExprKind::Default) => {
                        let v = b.expr_as(p, &Ty::Int);
                        quote!(Some(#v))
                    }
                    _ => quote!(None),
                };
                let (l, u, s) = (part(self, lower), part(self, upper), part(self, step));
                quote!(#idx::Slice(#l, #u, #s))
            }
            ExprKind::None => quote!(#idx::NewAxis),
            ExprKind::Const(Constant::Ellipsis) => quote!(#idx::Ellipsis),
            ExprKind::Const(Constant::NewAxis) => quote!(#idx::NewAxis),
            _ => {
                let v = self.expr_as(x, &Ty::Int);
                quote!(#idx::At(#v))
            }
        }
    }

    /// `base[index]` as a view of `n` dimensions.
    pub fn view_of(&mut self, base: &ir::Expr, index: &ir::Expr, n: usize) -> TokenStream {
        let b = self.place(base);
        let items = self.idx_items(index);
        quote!(#b.view::<#n>(&[#(#items),*])?)
    }

    /// A shape argument (`n` or `(m, n)`) as `[i64; N]`: the same conversion as an index.
    fn shape_arg(&mut self, e: &ir::Expr) -> TokenStream {
        self.array_index(e)
    }

    /// The value 1 of an element type (as compiled code computes with it).
    pub(super) fn one(el: Elem) -> TokenStream {
        match el.wide() {
            Elem::Bool => quote!(true),
            Elem::Int64 => quote!(1i64),
            Elem::Float64 => quote!(1.0f64),
            _ => quote!(rt::Complex64::new(1.0, 0.0)),
        }
    }

    fn arg_given(args: &[ir::Expr], k: usize) -> Option<&ir::Expr> {
        args.get(k).filter(|a| !matches!(a.kind, ExprKind::Default))
    }

    /// numpy functions that make a new array (or, for `asarray`, return their argument).
    fn creation(&mut self, f: N, args: &[ir::Expr], e: &ir::Expr) -> TokenStream {
        let Ty::Array(el, n) = self.full_ty(e) else { unreachable!("creation calls give arrays") };
        let et = elem_type(el);
        let scalar = el.scalar().base();
        match f {
            N::Empty => {
                let shape = self.shape_arg(&args[0]);
                quote!(rt::numpy::creation::empty::<#et, #n>(#shape)?)
            }
            N::Zeros | N::Ones | N::Full => {
                let shape = self.shape_arg(&args[0]);
                let v = match f {
                    N::Ones => Self::one(el),
                    N::Full => {
                        let from = self.ty(&args[1]);
                        let v = self.expr(&args[1]);
                        store_cast(v, &from, &scalar)
                    }
                    _ => {
                        let ev = super::names::value(el);
                        quote!(<#ev as ::core::default::Default>::default())
                    }
                };
                quote!(rt::numpy::creation::full::<#et, #n>(#shape, #v)?)
            }
            N::ZerosLike | N::EmptyLike | N::OnesLike | N::FullLike => {
                let a = self.place(&args[0]);
                let v = match f {
                    N::OnesLike => Self::one(el),
                    N::FullLike => {
                        let from = self.ty(&args[1]);
                        let v = self.expr(&args[1]);
                        store_cast(v, &from, &scalar)
                    }
                    _ => {
                        let ev = super::names::value(el);
                        quote!(<#ev as ::core::default::Default>::default())
                    }
                };
                if f == N::EmptyLike {
                    quote!(rt::NdArray::<#et, #n>::empty(#a.shape()))
                } else {
                    quote!(rt::NdArray::<#et, #n>::full(#a.shape(), #v))
                }
            }
            N::Arange => {
                let t = if el == Elem::Int64 { Ty::Int } else { Ty::Float };
                let given: Vec<&ir::Expr> = (0..3).filter_map(|k| Self::arg_given(args, k)).collect();
                let mut vals: Vec<TokenStream> = given.iter().map(|a| self.expr_as(a, &t)).collect();
                let (zero, one) =
                    if el == Elem::Int64 { (quote!(0i64), quote!(1i64)) } else { (quote!(0.0f64), quote!(1.0f64)) };
                if vals.len() == 1 {
                    vals.insert(0, zero);
                }
                if vals.len() == 2 {
                    vals.push(one);
                }
                let (a, b, c) = (&vals[0], &vals[1], &vals[2]);
                if el == Elem::Int64 {
                    quote!(rt::numpy::creation::arange_int(#a, #b, #c)?)
                } else {
                    quote!(rt::numpy::creation::arange_float(#a, #b, #c)?)
                }
            }
            N::Linspace => {
                let a = self.expr_as(&args[0], &Ty::Float);
                let b = self.expr_as(&args[1], &Ty::Float);
                let num = match Self::arg_given(args, 2) {
                    Some(x) => self.expr_as(x, &Ty::Int),
                    None => quote!(50i64),
                };
                let endpoint = match Self::arg_given(args, 3) {
                    Some(x) => self.truth(x),
                    None => quote!(true),
                };
                quote!(rt::numpy::creation::linspace(#a, #b, #num, #endpoint)?)
            }
            N::Array | N::Asarray | N::Copy => {
                // the array of the argument's own element type, then (`dtype=`) converted
                let tuples = crate::infer::numpy::tuple_array(&self.full_ty(&args[0]));
                let natural = match self.full_ty(&args[0]) {
                    Ty::Array(e, _) => e,
                    _ if tuples.is_some() => tuples.expect("checked").0,
                    Ty::List(inner) => match *inner {
                        Ty::List(t) => Elem::of_scalar(&t).unwrap_or(el),
                        t => Elem::of_scalar(&t).unwrap_or(el),
                    },
                    _ => el,
                };
                let v = match self.full_ty(&args[0]) {
                    Ty::Array(..) => {
                        let a = self.place(&args[0]);
                        if f == N::Asarray || natural != el {
                            quote!(#a.clone())
                        } else {
                            quote!(#a.copy())
                        }
                    }
                    t if tuples.is_some() => self.array_of_tuples(&args[0], &t, natural),
                    Ty::List(inner) if matches!(*inner, Ty::List(_)) => {
                        let l = self.place(&args[0]);
                        quote!(rt::numpy::creation::from_nested_list(&#l)?)
                    }
                    _ => {
                        let l = self.place(&args[0]);
                        quote!(rt::numpy::creation::from_list(&#l))
                    }
                };
                if natural == el {
                    v
                } else {
                    super::numpy::map_elems(v, natural, el, n)
                }
            }
            f if f.dtype().is_some() => {
                let Ty::Array(from, _) = self.full_ty(&args[0]) else { unreachable!("an array argument") };
                let x = self.place(&args[0]);
                super::numpy::map_elems(x, from, el, n)
            }
            _ => {
                let t = self.full_ty(e);
                self.numpy_array_fn(f, args, &t)
            }
        }
    }

    /// `np.array(t)` of a tuple of numbers, a tuple of tuples or a list of tuples, as an array of
    /// `el` (the tuple evaluated once).
    fn array_of_tuples(&mut self, e: &ir::Expr, t: &Ty, el: Elem) -> TokenStream {
        let to = el.scalar().base();
        let et = elem_type(el);
        let v = self.expr(e);
        let fields = |prefix: TokenStream, items: &[Ty]| -> Vec<TokenStream> {
            items
                .iter()
                .enumerate()
                .map(|(k, it)| {
                    let i = syn::Index::from(k);
                    store_cast(quote!(#prefix.#i), it, &to)
                })
                .collect()
        };
        match t {
            Ty::Tuple(items) if items.iter().all(|x| x.is_numeric()) => {
                let n = items.len();
                let parts = fields(quote!(__t), items);
                quote!({ let __t = #v; rt::NdArray::<#et, 1>::from_vec([#n], vec![#(#parts),*]) })
            }
            Ty::Tuple(rows) => {
                let (r, c) = (rows.len(), if let Ty::Tuple(x) = &rows[0] { x.len() } else { 0 });
                let parts: Vec<TokenStream> = rows
                    .iter()
                    .enumerate()
                    .flat_map(|(k, row)| {
                        let i = syn::Index::from(k);
                        let Ty::Tuple(items) = row else { unreachable!("rows are tuples") };
                        fields(quote!(__t.#i), items)
                    })
                    .collect();
                quote!({ let __t = #v; rt::NdArray::<#et, 2>::from_vec([#r, #c], vec![#(#parts),*]) })
            }
            Ty::List(inner) => {
                let Ty::Tuple(items) = &**inner else { unreachable!("a list of tuples") };
                let c = items.len();
                let parts = fields(quote!(__r), items);
                quote!({
                    let __rows = #v.to_vec();
                    let __n = __rows.len();
                    let mut __out = Vec::with_capacity(__n * #c);
                    for __r in __rows {
                        #(__out.push(#parts);)*
                    }
                    rt::NdArray::<#et, 2>::from_vec([__n, #c], __out)
                })
            }
            _ => quote!(compile_error!("pyrs: np.array of tuples")),
        }
    }

    /// Binds the leaves of `root` before the loops: array leaves (a local is read where it is,
    /// once however often the expression reads it; any other array is bound to a temporary)
    /// and scalar leaves (evaluated once).
    fn bind_leaves(&mut self, root: &ir::Expr) -> Leaves {
        let mut found = Vec::new();
        self.collect_leaves(root, &mut found);
        let mut out = Leaves { binds: Vec::new(), arrays: Vec::new(), scalars: Vec::new() };
        for leaf in found {
            if let Ty::Array(el, _) = self.full_ty(leaf) {
                let array = match &leaf.kind {
                    ExprKind::Local(name) => super::names::local(name),
                    _ => {
                        let l = self.temp();
                        let v = self.array_value(leaf);
                        out.binds.push(quote!(let #l = #v;));
                        l
                    }
                };
                if let Some(known) = out.arrays.iter_mut().find(|a| a.array == array) {
                    known.ids.push(leaf.id);
                    if let Some(flag) = &known.hypot {
                        self.abs_hypot.insert(leaf.id, flag.clone());
                    }
                    continue;
                }
                let hypot = (el.kind() == crate::types::Kind::Complex).then(|| {
                    let flag = self.temp();
                    out.binds.push(quote!(let #flag = #array.numpy_backward_run();));
                    self.abs_hypot.insert(leaf.id, flag.clone());
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

    /// The element code of `root` and its type, inside the closure of a fused driver: each
    /// array leaf's element is the closure's parameter of the leaf's name.
    fn elem_code(&mut self, root: &ir::Expr, leaves: &Leaves) -> (TokenStream, Ty) {
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
    fn parallel_arrays(&self) -> bool {
        self.g.module.function(&self.inst.key.func).map(|f| f.parallel_arrays).unwrap_or(false)
    }

    /// An element-wise expression evaluated into a new array: one call of the runtime's
    /// driver (`rt::support::fused`) with the element expression as its closure.
    fn fused(&mut self, root: &ir::Expr) -> TokenStream {
        let Ty::Array(el, n) = self.full_ty(root) else { unreachable!() };
        let leaves = self.bind_leaves(root);
        let (v, t) = self.elem_code(root, &leaves);
        let v = coerce(v, &t, &el.scalar().base());
        let (inputs, elems) = leaves.inputs();
        let et = elem_type(el);
        let driver = if self.parallel_arrays() { quote!(par_map) } else { quote!(map) };
        let binds = &leaves.binds;
        let n = proc_macro2::Literal::usize_unsuffixed(n);
        let call = quote!(rt::support::fused::#driver::<#et, #n, _>(#inputs, |#elems| Ok(#v))?);
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
        let driver = if self.parallel_arrays() { quote!(par_assign) } else { quote!(assign) };
        let binds = &leaves.binds;
        quote!({
            let __dst = #dst;
            #(#binds)*
            rt::support::fused::#driver(&__dst, #inputs, |#old, #elems| Ok(#store))?;
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

    /// Loops over `__shape` (N dims) around `body`, with `__ix` the position.
    fn loops(n: usize, body: TokenStream) -> TokenStream {
        let ks: Vec<Ident> = (0..n).map(|d| format_ident!("__k{}", d)).collect();
        let mut code = quote!({ let __ix = [#(#ks),*]; #body });
        for d in (0..n).rev() {
            let k = &ks[d];
            code = quote!(for #k in 0..__shape[#d] { #code });
        }
        code
    }

    pub(super) fn in_elem_ctx<T>(&mut self, map: Vec<(ExprId, TokenStream)>, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved_map = std::mem::replace(&mut self.elem_map, map.into_iter().collect());
        let saved = std::mem::replace(&mut self.elem_active, true);
        let r = f(self);
        self.elem_active = saved;
        self.elem_map = saved_map;
        r
    }

    /// A reduction (`sum`, `prod`, `mean`, `min`, `max`) of the array expression `a`.
    pub fn reduce(&mut self, what: N, a: &ir::Expr, result: &Ty) -> TokenStream {
        let Ty::Array(el, n) = self.full_ty(a) else { unreachable!("reductions of arrays") };
        let (binds, map, arrays) = self.bind_leaves_or_self(a);
        let shapes = arrays.iter().map(|(l, _, _)| quote!(&#l.shape()[..]));
        let broadcasts: Vec<TokenStream> =
            arrays.iter().map(|(l, b, _)| quote!(let #b = #l.broadcast_to::<#n>(__shape)?;)).collect();
        let elem_t = el.scalar().base();
        let v = self.in_elem_ctx(map, |b| {
            if b.is_elementwise(a) || b.elem_map.contains_key(&a.id) {
                let t = b.ty(a);
                let v = b.expr(a);
                coerce(v, &t, &elem_t)
            } else {
                quote!(compile_error!("pyrs: reduction leaf"))
            }
        });
        let rt_ = super::names::rust_type(result);
        let red = quote!(rt::numpy::reduce);
        // a float sum adds in the memory order of numpy's temporary for the expression (its
        // "K" order from the operands' strides: a Fortran-ordered operand is summed down columns)
        let in_k_order =
            n > 1 && matches!(what, N::Sum | N::Mean | N::Prod) && matches!(elem_t, Ty::Float | Ty::Complex);
        let unravel = if n == 1 {
            quote!([__k])
        } else if in_k_order {
            quote!(rt::numpy::ndarray::unravel_in::<#n>(__k, __shape, __order))
        } else {
            quote!(rt::numpy::ndarray::unravel::<#n>(__k, __shape))
        };
        let order = if in_k_order {
            let bs = arrays.iter().map(|(_, b, _)| quote!(#b.strides()));
            quote!(let __order: [usize; #n] = rt::numpy::ndarray::k_order::<#n>(&[#(#bs),*]);)
        } else {
            quote!()
        };
        let size = quote!(__shape.iter().product::<usize>());
        let body = match (what, &elem_t) {
            // float32: numpy's pairwise sum in float32 (the mean divides in float32 too)
            (N::Sum, Ty::Float) if el == Elem::Float32 => {
                quote!((#red::pairwise_sum32(#size, &mut |__k| { let __ix = #unravel; Ok((#v) as f32) })? as f64))
            }
            (N::Mean, Ty::Float) if el == Elem::Float32 => {
                quote!(((#red::pairwise_sum32(#size, &mut |__k| { let __ix = #unravel; Ok((#v) as f32) })? as f64 / (#size as f32 as f64)) as f32 as f64))
            }
            (N::Sum | N::Mean, Ty::Float) => {
                quote!(#red::pairwise_sum(#size, &mut |__k| { let __ix = #unravel; Ok(#v) })?)
            }
            (N::Sum | N::Mean, Ty::Complex) => {
                quote!(#red::pairwise_sum_complex(#size, &mut |__k| { let __ix = #unravel; Ok(#v) })?)
            }
            (N::Mean, Ty::Int | Ty::Bool) => {
                let x = coerce(v.clone(), &elem_t, &Ty::Float);
                quote!(#red::pairwise_sum(#size, &mut |__k| { let __ix = #unravel; Ok(#x) })?)
            }
            (N::Sum | N::Mean, _) => {
                let acc_t = if what == N::Mean && elem_t != Ty::Complex { Ty::Float } else { result.base() };
                let x = coerce(v.clone(), &elem_t, &acc_t);
                let add = match acc_t {
                    Ty::Int => quote!(__acc = __acc.wrapping_add(#x);),
                    _ => quote!(__acc = __acc + #x;),
                };
                let zero = match acc_t {
                    Ty::Int => quote!(0i64),
                    Ty::Float => quote!(0.0f64),
                    _ => quote!(rt::Complex64::new(0.0, 0.0)),
                };
                let l = Self::loops(n, add);
                quote!({ let mut __acc = #zero; #l __acc })
            }
            (N::Prod, _) => {
                let acc_t = result.base();
                let x = coerce(v.clone(), &elem_t, &acc_t);
                let (one, mul) = match acc_t {
                    Ty::Int => (quote!(1i64), quote!(__acc = __acc.wrapping_mul(#x);)),
                    // float32: each product rounded to float32, as numpy multiplies
                    Ty::Float if el == Elem::Float32 => (quote!(1.0f64), quote!(__acc = (__acc * #x) as f32 as f64;)),
                    Ty::Float => (quote!(1.0f64), quote!(__acc = __acc * #x;)),
                    _ if el == Elem::Complex64 => (
                        quote!(rt::Complex64::new(1.0, 0.0)),
                        quote!(__acc = rt::numpy::scalar::multiply_c64(__acc, #x);),
                    ),
                    _ => (quote!(rt::Complex64::new(1.0, 0.0)), quote!(__acc = rt::builtins::complex::mul(__acc, #x);)),
                };
                if in_k_order {
                    // numpy multiplies in the memory order of its temporary
                    quote!({ let mut __acc = #one; for __k in 0..#size { let __ix = #unravel; #mul } __acc })
                } else {
                    let l = Self::loops(n, mul);
                    quote!({ let mut __acc = #one; #l __acc })
                }
            }
            (N::Min | N::Max, _) => {
                let f = match (what, &elem_t) {
                    (N::Min, Ty::Float) => quote!(#red::fmin_nan),
                    (N::Max, Ty::Float) => quote!(#red::fmax_nan),
                    (N::Min, _) => quote!(rt::builtins::minmax::min),
                    _ => quote!(rt::builtins::minmax::max),
                };
                let name = if what == N::Min { "minimum" } else { "maximum" };
                let l = Self::loops(
                    n,
                    quote!(let __x = #v; __acc = Some(match __acc { None => __x, Some(__a) => #f(__a, __x) });),
                );
                quote!({ let mut __acc = None; #l match __acc { Some(__a) => __a, None => return Err(#red::empty_reduction(#name)) } })
            }
            (N::Any | N::All, _) => {
                let truth = super::convert::truth_of(v.clone(), &elem_t);
                let (init, step) = if what == N::Any {
                    (quote!(false), quote!(__acc = __acc || #truth;))
                } else {
                    (quote!(true), quote!(__acc = __acc && #truth;))
                };
                let l = Self::loops(n, step);
                quote!({ let mut __acc = #init; #l __acc })
            }
            (N::Argmin | N::Argmax, _) => {
                // the first position of the extreme value; a NaN is the extreme (numpy)
                let better = match (what, &elem_t) {
                    (N::Argmin, Ty::Float) => quote!((__x.is_nan() && !__b.is_nan()) || __x < __b),
                    (N::Argmax, Ty::Float) => quote!((__x.is_nan() && !__b.is_nan()) || __x > __b),
                    (N::Argmin, _) => quote!(__x < __b),
                    _ => quote!(__x > __b),
                };
                let l = Self::loops(
                    n,
                    quote!({
                        let __x = #v;
                        __best = match __best {
                            Some((__b, __j)) if !(#better) => Some((__b, __j)),
                            _ => Some((__x, __i)),
                        };
                        __i += 1;
                    }),
                );
                let msg = format!("attempt to get {what} of an empty sequence");
                let ety = super::names::rust_type(&elem_t);
                quote!({
                    let mut __best: Option<(#ety, usize)> = None;
                    let mut __i = 0usize;
                    #l
                    match __best {
                        Some((_, __j)) => __j as i64,
                        None => return Err(rt::Error::Value(#msg)),
                    }
                })
            }
            _ => quote!(compile_error!("pyrs: unsupported reduction")),
        };
        let finish = if what == N::Mean && el == Elem::Float32 {
            quote!(__r)
        } else if what == N::Mean {
            match elem_t {
                // numpy divides by `n + 0j`
                Ty::Complex => quote!(rt::numpy::scalar::divide_complex(__r, rt::Complex64::new(#size as f64, 0.0))),
                _ => quote!(__r / (#size as f64)),
            }
        } else {
            quote!(__r)
        };
        quote!({
            #(#binds)*
            let __shape: [usize; #n] = rt::numpy::ndarray::broadcast_shapes::<#n>(&[#(#shapes),*])?;
            #(#broadcasts)*
            #order
            let __r: #rt_ = #body;
            #finish
        })
    }

    /// `a.sum(axis=k)` / `a.mean(axis=k)` of the element-wise `a` (float64, complex128; sums
    /// of int64 too) without making `a`: each lane summed in the order numpy sums its
    /// temporary (see the runtime's `sum_axis_of`); of a 1-D `a`, the scalar.
    pub fn reduce_axis(&mut self, what: N, a: &ir::Expr, axis: &ir::Expr) -> TokenStream {
        let Ty::Array(el, n) = self.full_ty(a) else { unreachable!("reductions of arrays") };
        let r = n - 1;
        let k = self.expr_as(axis, &Ty::Int);
        let l = self.bind_leaves(a);
        let views: Vec<Ident> = l.arrays.iter().map(|_| self.temp()).collect();
        let shapes = l.arrays.iter().map(|x| {
            let x = &x.array;
            quote!(&#x.shape()[..])
        });
        let broadcasts: Vec<TokenStream> = l
            .arrays
            .iter()
            .zip(&views)
            .map(|(x, b)| {
                let x = &x.array;
                quote!(let #b = #x.broadcast_to::<#n>(__shape)?;)
            })
            .collect();
        let bs = views.iter().map(|b| quote!(#b.strides()));
        // each operand read along the lane: a pointer and a stride in registers
        let lanes: Vec<Ident> = l.arrays.iter().map(|_| self.temp()).collect();
        let lane_defs = views
            .iter()
            .zip(&lanes)
            .map(|(b, ln)| quote!(let #ln = unsafe { rt::numpy::axis::Lane::of(&#b, __base, __ax) };));
        let mut map: Vec<(ExprId, TokenStream)> = l
            .arrays
            .iter()
            .zip(&lanes)
            .flat_map(|(x, ln)| x.ids.iter().map(move |id| (*id, quote!((#ln.get(__j))))))
            .collect();
        map.extend(l.scalars.iter().cloned());
        let elem_t = el.scalar().base();
        let v = self.in_elem_ctx(map, |b| {
            let t = b.ty(a);
            let v = b.expr(a);
            coerce(v, &t, &elem_t)
        });
        let binds = l.binds;
        let f = format_ident!("{}_axis_of", what.name());
        let et = elem_type(el);
        let call = quote!({
            #(#binds)*
            let __shape: [usize; #n] = rt::numpy::ndarray::broadcast_shapes::<#n>(&[#(#shapes),*])?;
            #(#broadcasts)*
            let __order: [usize; #n] = rt::numpy::ndarray::k_order::<#n>(&[#(#bs),*]);
            rt::numpy::axis::#f::<#et, #n, #r>(__shape, __order, #k, |__base: [usize; #n], __ax: usize, __len: usize, __pairwise: bool| {
                #(#lane_defs)*
                let mut __elem = |__j: usize| Ok(#v);
                if __pairwise {
                    <#et as rt::numpy::axis::LaneSum>::lane_sum_try(__len, &mut __elem)
                } else {
                    <#et as rt::numpy::axis::LaneSum>::lane_fold_try(__len, &mut __elem)
                }
            })?
        });
        if r == 0 {
            quote!(rt::numpy::axis::item0(#call))
        } else {
            call
        }
    }

    /// Leaves of `a` for a reduction: an element-wise `a` has its own leaves; any other array
    /// is its own single leaf.
    fn bind_leaves_or_self(
        &mut self,
        a: &ir::Expr,
    ) -> (Vec<TokenStream>, Vec<(ExprId, TokenStream)>, Vec<(Ident, Ident, usize)>) {
        if self.is_elementwise(a) {
            let l = self.bind_leaves(a);
            let views: Vec<Ident> = l.arrays.iter().map(|_| self.temp()).collect();
            let mut map: Vec<(ExprId, TokenStream)> = l
                .arrays
                .iter()
                .zip(&views)
                .flat_map(|(x, b)| x.ids.iter().map(move |id| (*id, quote!((unsafe { #b.at(__ix) })))))
                .collect();
            let arrays = l.arrays.into_iter().zip(views).map(|(x, b)| (x.array, b, 0usize)).collect();
            map.extend(l.scalars.iter().cloned());
            return (l.binds, map, arrays);
        }
        let Ty::Array(_, n) = self.full_ty(a) else { unreachable!() };
        let l = self.temp();
        let b = self.temp();
        let v = self.array_value(a);
        (vec![quote!(let #l = #v;)], vec![(a.id, quote!((unsafe { #b.at(__ix) })))], vec![(l, b, n)])
    }

    /// `np.dot(a, b)` of two 1-D arrays.
    pub fn dot(&mut self, a: &ir::Expr, b: &ir::Expr, result: &Ty) -> TokenStream {
        let x = self.place(a);
        let y = self.place(b);
        let t = result.base();
        let (ea, eb) = match (self.full_ty(a), self.full_ty(b)) {
            (Ty::Array(ea, _), Ty::Array(eb, _)) => (ea.scalar().base(), eb.scalar().base()),
            _ => unreachable!(),
        };
        let xa = coerce(quote!(__a.get_unchecked(__k)), &ea, &t);
        let xb = coerce(quote!(__b.get_unchecked(__k)), &eb, &t);
        let body = match t {
            Ty::Float => quote!(rt::numpy::reduce::pairwise_sum(__n, &mut |__k| Ok(unsafe { #xa * #xb }))?),
            Ty::Int => {
                quote!({ let mut __s = 0i64; for __k in 0..__n { __s = __s.wrapping_add(unsafe { #xa.wrapping_mul(#xb) }); } __s })
            }
            _ => {
                quote!({ let mut __s = rt::Complex64::new(0.0, 0.0); for __k in 0..__n { __s = __s + rt::builtins::complex::mul(unsafe { #xa }, unsafe { #xb }); } __s })
            }
        };
        quote!({
            let __a = &#x;
            let __b = &#y;
            let __n = __a.shape()[0];
            if __b.shape()[0] != __n {
                return Err(rt::Error::Value(format!("shapes ({},) and ({},) not aligned: {} (dim 0) != {} (dim 0)", __n, __b.shape()[0], __n, __b.shape()[0])));
            }
            #body
        })
    }

    /// `np.absolute` of a complex `x` (code `v`): numpy's vector loop (see
    /// `absolute_complex`), in float32 for complex64; of an array leaf that is one run in
    /// memory backwards, numpy's scalar loop (`hypot`), as numpy picks it.
    pub fn complex_absolute(&self, x: &ir::Expr, v: TokenStream) -> TokenStream {
        let c64 = self.sized_of(x) == Some(Elem::Complex64);
        match self.abs_hypot.get(&x.id) {
            Some(flag) if self.elem_active && c64 => quote!(rt::numpy::scalar::absolute_c64_in(#v, #flag)),
            Some(flag) if self.elem_active => quote!(rt::numpy::scalar::absolute_complex_in(#v, #flag)),
            _ if c64 => quote!(rt::numpy::scalar::absolute_c64(#v)),
            _ => quote!(rt::numpy::scalar::absolute_complex(#v)),
        }
    }

    /// Element-level code of numpy's element-wise functions (scalars or array elements).
    pub fn ufunc(&mut self, f: N, args: &[ir::Expr], result: &Ty) -> TokenStream {
        let ts: Vec<Ty> = args.iter().map(|a| self.ty(a)).collect();
        let u = quote!(rt::numpy::ufunc);
        let t0 = ts.first().cloned().unwrap_or(Ty::Float);
        match f {
            N::Abs | N::Absolute => {
                let v = self.expr(&args[0]);
                match t0 {
                    Ty::Int => quote!(#v.wrapping_abs()),
                    Ty::Bool => quote!(#v),
                    Ty::Complex => self.complex_absolute(&args[0], v),
                    _ => quote!(#v.abs()),
                }
            }
            N::Square => {
                let v = self.expr(&args[0]);
                match t0 {
                    Ty::Int => quote!({ let __x = #v; __x.wrapping_mul(__x) }),
                    // numpy's complex square is its product loop (multiply-adds)
                    Ty::Complex if self.sized_of(&args[0]) == Some(Elem::Complex64) => {
                        quote!({ let __x = #v; rt::numpy::scalar::multiply_c64_array(__x, __x) })
                    }
                    Ty::Complex => quote!({ let __x = #v; rt::numpy::scalar::multiply_complex_array(__x, __x) }),
                    _ => quote!({ let __x = #v; __x * __x }),
                }
            }
            N::Sign => {
                let v = self.expr(&args[0]);
                match t0 {
                    Ty::Int => quote!(#u::sign_int(#v)),
                    Ty::Complex if self.sized_of(&args[0]) == Some(Elem::Complex64) => quote!(#u::complex::sign32(#v)),
                    Ty::Complex => quote!(#u::complex::sign(#v)),
                    _ => {
                        let v = coerce(v, &t0, &Ty::Float);
                        quote!(#u::sign(#v))
                    }
                }
            }
            N::Isnan | N::Isinf | N::Isfinite => {
                let v = self.expr(&args[0]);
                match t0 {
                    Ty::Int | Ty::Bool => {
                        let r = f == N::Isfinite;
                        quote!({ let _ = #v; #r })
                    }
                    Ty::Complex => {
                        let name = format_ident!("{}", f.name());
                        quote!(#u::complex::#name(#v))
                    }
                    _ => {
                        let name = format_ident!("{}", f.name());
                        let v = coerce(v, &t0, &Ty::Float);
                        quote!(#u::#name(#v))
                    }
                }
            }
            N::Minimum | N::Maximum => {
                let t = result.base();
                let a = self.expr_as(&args[0], &t);
                let b = self.expr_as(&args[1], &t);
                let name = format_ident!("{}", f.name());
                match t {
                    Ty::Float => quote!(#u::#name(#a, #b)),
                    _ => {
                        let g = if f == N::Minimum { quote!(min) } else { quote!(max) };
                        quote!(rt::builtins::minmax::#g(#a, #b))
                    }
                }
            }
            N::Real | N::Imag | N::Conj => {
                let v = self.expr(&args[0]);
                match (f, t0) {
                    (N::Real, Ty::Complex) => quote!(#v.re),
                    (N::Imag, Ty::Complex) => quote!(#v.im),
                    (N::Conj, Ty::Complex) => quote!(#v.conj()),
                    // of a bool scalar Python's ints (`True.real`), of bool elements bools
                    (N::Real, Ty::Bool) if !self.elem_active => quote!((#v as i64)),
                    (N::Imag, Ty::Bool) if !self.elem_active => quote!({ let _ = #v; 0i64 }),
                    (N::Imag, Ty::Int) => quote!({ let _ = #v; 0i64 }),
                    (N::Imag, Ty::Bool) => quote!({ let _ = #v; false }),
                    (N::Imag, _) => quote!({ let _ = #v; 0.0f64 }),
                    _ => v,
                }
            }
            N::Where => {
                let c = self.truth(&args[0]);
                let t = result.base();
                let a = self.expr_as(&args[1], &t);
                let b = self.expr_as(&args[2], &t);
                quote!((if #c { #a } else { #b }))
            }
            N::Clip | N::Fmin | N::Fmax | N::Round | N::Around | N::Power | N::Angle => {
                self.ufunc_extra(f, args, result)
            }
            // integers are their own floor (numpy 2 keeps the integer type)
            N::Floor | N::Ceil | N::Trunc if matches!(t0, Ty::Int | Ty::Bool) => self.expr(&args[0]),
            _ if t0 == Ty::Complex => {
                let v = self.expr(&args[0]);
                let name = format_ident!("{}", f.name());
                if self.sized_of(&args[0]) == Some(Elem::Complex64) {
                    // numpy's complex64 loops call the float C functions (`cexpf` ...)
                    quote!(#u::complex::single::#name(#v))
                } else {
                    quote!(#u::complex::#name(#v))
                }
            }
            _ => {
                let vals: Vec<TokenStream> = args.iter().map(|a| self.expr_as(a, &Ty::Float)).collect();
                let name = format_ident!("{}", f.name());
                quote!(#u::#name(#(#vals),*))
            }
        }
    }

    /// `astype`: each element converted as numpy casts.
    pub fn cast_elem(&mut self, v: TokenStream, from: &Ty, to: &Ty) -> TokenStream {
        store_cast(v, from, to)
    }
}

/// A value stored into an element of type `to` (numpy's unsafe casting on assignment: float
/// to int truncates, NaN and out-of-range give int64's minimum as numpy does; any number into
/// bool is its truth).
pub fn store_cast(v: TokenStream, from: &Ty, to: &Ty) -> TokenStream {
    if from.sized().is_some() || to.sized().is_some() {
        if let (Some(f), Some(t)) = (Elem::of_scalar(from), Elem::of_scalar(to)) {
            return super::sized::cast(v, f, t);
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
        let v = super::convert::coerce_store(v, vt, &Ty::Int);
        super::sized::check_int_store(v, el)
    } else {
        store_cast(v, vt, &el.scalar())
    }
}

/// Whether an index of this type selects with arrays (a mask, an integer array, or a tuple of
/// integer arrays) rather than making a view.
pub fn is_array_index(t: &Ty) -> bool {
    match t {
        Ty::Array(..) => true,
        Ty::Tuple(items) => items.iter().any(|t| matches!(t, Ty::Array(..))),
        _ => false,
    }
}

/// The number of dimensions of `a[index]` for an array of `n` dimensions (0: an element).
pub fn subscript_ndim(n: usize, index: &ir::Expr, inst: &crate::infer::Instance) -> usize {
    let items: Vec<&ir::Expr> = match &index.kind {
        ExprKind::Tuple(xs) => xs.iter().collect(),
        _ => vec![index],
    };
    let mut out = n;
    for x in items {
        if matches!(x.kind, ExprKind::Const(Constant::Ellipsis)) {
            continue;
        }
        match inst.ty(x) {
            Ty::Slice => {}
            Ty::None => out += 1,
            _ => out -= 1,
        }
    }
    out
}
