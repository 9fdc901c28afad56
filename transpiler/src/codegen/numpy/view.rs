//! Basic indexing: index items (ints, slices, `np.newaxis`, `...`) and the views they give.

use crate::codegen::body::Body;
use crate::ir::{self, ExprKind};
use crate::library::Constant;
use crate::types::Ty;
use proc_macro2::TokenStream;
use quote::quote;

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
    // a tuple of ints held in a variable: one int per axis (inference checked the count)
    if let (false, Ty::Tuple(ts)) = (matches!(index.kind, ExprKind::Tuple(_)), inst.ty(index)) {
        return n.saturating_sub(ts.len());
    }
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

impl Body<'_> {
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

    /// The destination view of `base[index] = value` / `base[index] op= value`, used only by
    /// that statement: its base borrowed from the local `base` (no reference count taken and
    /// dropped: two atomic operations per store of a loop over rows) when nothing evaluated
    /// after it can rebind that local (`value` runs no code of the file: an expression assigns
    /// no local otherwise); else [`Body::view_of`].
    pub fn store_view_of(&mut self, base: &ir::Expr, index: &ir::Expr, n: usize, value: &ir::Expr) -> TokenStream {
        if !matches!(base.kind, ExprKind::Local(_)) || ir::query::calls_user_code(value) {
            return self.view_of(base, index, n);
        }
        let b = self.place(base);
        let items = self.idx_items(index);
        // SAFETY (of the generated code): the view lives in the statement's block only, and
        // the local it borrows from is not reassigned there (above)
        quote!(unsafe { #b.view_borrowed::<#n>(&[#(#items),*]) }?)
    }
}
