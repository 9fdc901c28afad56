//! `a, b = expr` where `expr` is a 1-D element-wise array expression (numpy-benchmarks' wave:
//! `dx, dy = cpos[i] - cpos[i - 1]`): the elements are computed one by one into a stack array
//! by the same element closure the fused driver would run (`rt::support::fused::unpack`), so
//! no array is allocated. The same operations per element, in the same order: the same bits.
//! A length other than the target count computes the whole array first (its errors first),
//! then raises CPython's ValueError, as before.

use crate::codegen::body::Body;
use crate::codegen::convert::coerce;
use crate::codegen::names::elem as elem_type;
use crate::ir::{self, Target};
use crate::types::Ty;
use proc_macro2::TokenStream;
use quote::quote;

impl Body<'_> {
    /// The code of `targets = value` element by element, or None when `value` is not a 1-D
    /// element-wise array expression (the general unpacking then runs).
    pub(in crate::codegen) fn unpack_elementwise(
        &mut self,
        targets: &[Target],
        value: &ir::Expr,
    ) -> Option<TokenStream> {
        let Ty::Array(el, 1) = self.full_ty(value) else { return None };
        if targets.is_empty() || self.elem.active || !self.is_elementwise(value) {
            return None;
        }
        let leaves = self.bind_leaves(value);
        let (v, t) = self.elem_code(value, &leaves);
        let v = coerce(v, &t, &el.scalar().base());
        let (inputs, elems) = leaves.inputs();
        let et = elem_type(el);
        let count = targets.len();
        let tmp = self.temp();
        let item = el.scalar();
        let parts: Vec<TokenStream> = targets
            .iter()
            .enumerate()
            .map(|(i, tt)| {
                let i = proc_macro2::Literal::usize_unsuffixed(i);
                self.assign(tt, quote!(#tmp[#i]), &item)
            })
            .collect();
        let binds = &leaves.binds;
        Some(quote!({
            #(#binds)*
            let #tmp = rt::support::fused::unpack::<#et, #count, _>(#inputs, #[inline(always)] |#elems| Ok(#v))?;
            #(#parts)*
        }))
    }
}
