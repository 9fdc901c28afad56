//! Parallel `for` loops: the plan of `analysis::parallel` emitted on rayon (pieces of the
//! range per thread, reductions merged in order).

use super::body::Body;
use super::names::{local, rust_type};
use crate::analysis::bounds::is_unit_step;
use crate::analysis::parallel::RedOp;
use crate::ir::{self, ForIter, Target};
use crate::types::Ty;
use proc_macro2::TokenStream;
use pyrs_annotations::Schedule;
use quote::quote;

fn identity(t: &Ty, op: RedOp) -> TokenStream {
    match (t, op) {
        (Ty::Bool, RedOp::BitAnd) => quote!(true),
        (Ty::Bool, _) => quote!(false),
        (Ty::Int, RedOp::Add | RedOp::BitOr | RedOp::BitXor) => quote!(0i64),
        (Ty::Int, RedOp::Mul) => quote!(1i64),
        (Ty::Int, RedOp::BitAnd) => quote!(-1i64),
        (Ty::Int, RedOp::Min) => quote!(i64::MAX),
        (Ty::Int, RedOp::Max) => quote!(i64::MIN),
        (Ty::Float, RedOp::Mul) => quote!(1.0f64),
        (Ty::Float, RedOp::Min) => quote!(f64::INFINITY),
        (Ty::Float, RedOp::Max) => quote!(f64::NEG_INFINITY),
        (Ty::Float, _) => quote!(0.0f64),
        (Ty::Complex, RedOp::Mul) => quote!(rt::Complex64::new(1.0, 0.0)),
        _ => quote!(rt::Complex64::new(0.0, 0.0)),
    }
}

/// Merging two partial results of a reduction (Python's semantics: int overflow raises).
fn combine(t: &Ty, op: RedOp, a: TokenStream, b: TokenStream) -> TokenStream {
    match (t, op) {
        (Ty::Int, RedOp::Add) => quote!(rt::builtins::arith::add_int(#a, #b)?),
        (Ty::Int, RedOp::Mul) => quote!(rt::builtins::arith::mul_int(#a, #b)?),
        (Ty::Complex, RedOp::Mul) => quote!(rt::builtins::complex::mul(#a, #b)),
        (_, RedOp::Add) => quote!((#a + #b)),
        (_, RedOp::Mul) => quote!((#a * #b)),
        (_, RedOp::Min) => quote!(rt::builtins::minmax::min(#a, #b)),
        (_, RedOp::Max) => quote!(rt::builtins::minmax::max(#a, #b)),
        (_, RedOp::BitAnd) => quote!((#a & #b)),
        (_, RedOp::BitOr) => quote!((#a | #b)),
        (_, RedOp::BitXor) => quote!((#a ^ #b)),
    }
}

impl Body<'_> {
    /// A `for` loop over `range(...)` made parallel by a directive: the body becomes a closure
    /// run by `rt::support::parallel::for_range`, with the loop's private variables declared inside it
    /// and its reductions carried as the closure's accumulator (see `crate::analysis::parallel`).
    pub(super) fn parallel_for(
        &mut self,
        stmt: &ir::Stmt,
        target: &Target,
        iter: &ForIter,
        body: &[ir::Stmt],
    ) -> TokenStream {
        let f = self.g.module.function(&self.inst.key.func).expect("instances name functions");
        let plan = crate::analysis::parallel::plan_loop(f, stmt, self.inst, &self.g.module.critical, None)
            .expect("parallel loops are checked before codegen");
        let ForIter::Range { start, stop, step } = iter else { unreachable!("checked by plan_loop") };
        let step_expr = step.as_ref();
        let int = |b: &mut Self, e: &ir::Expr| b.expr_as(e, &Ty::Int);
        let start = match start {
            Some(e) => int(self, e),
            None => quote!(0i64),
        };
        let stop = int(self, stop);
        let step = match step {
            Some(e) => int(self, e),
            None => quote!(1i64),
        };
        let reds: Vec<(proc_macro2::Ident, Ty, RedOp)> =
            plan.reductions.iter().map(|(n, op)| (local(n), self.local_ty(n), *op)).collect();
        let acc_ty = {
            let ts = reds.iter().map(|(_, t, _)| rust_type(t));
            quote!((#(#ts,)*))
        };
        let identity = {
            let ids = reds.iter().map(|(_, t, op)| identity(t, *op));
            quote!((#(#ids,)*))
        };
        let acc_tuple = {
            let names = reds.iter().map(|(n, _, _)| n);
            quote!((#(#names,)*))
        };
        let acc_pattern = {
            let names = reds.iter().map(|(n, _, _)| quote!(mut #n));
            quote!((#(#names,)*))
        };
        let combines = reds.iter().enumerate().map(|(k, (_, t, op))| {
            let i = syn::Index::from(k);
            combine(t, *op, quote!(__a.#i), quote!(__b.#i))
        });
        let finals: Vec<TokenStream> = reds
            .iter()
            .enumerate()
            .map(|(k, (n, t, op))| {
                let i = syn::Index::from(k);
                let c = combine(t, *op, quote!(#n), quote!(__red.#i));
                quote!(#n = #c;)
            })
            .collect();
        let privates: Vec<TokenStream> = plan
            .privates
            .iter()
            .map(|n| {
                let id = local(n);
                let t = rust_type(&self.local_ty(n));
                quote!(let mut #id: #t = ::core::default::Default::default();)
            })
            .collect();
        let lv_name = match target {
            Target::Name(n, _) => n.clone(),
            _ => unreachable!("checked by plan_loop"),
        };
        let lv = local(&lv_name);
        let sched = match &plan.schedule {
            Some((Schedule::Static, None)) => quote!(rt::support::parallel::Schedule::Static),
            Some((_, Some(c))) => quote!(rt::support::parallel::Schedule::Chunk(#c)),
            _ => quote!(rt::support::parallel::Schedule::Auto),
        };
        let threads = match plan.threads {
            Some(n) => quote!(Some(#n)),
            None => quote!(None),
        };
        // the body runs inside a plain `for` over the thread's piece: `continue` and inner
        // `break`s keep their meaning. With a unit step the piece is a range of the loop's
        // variable that proves subscripts as a serial loop's does (`super::hoist`).
        let piece = match self.hoist_plan(&lv_name, body) {
            Some(p) if is_unit_step(step_expr) => {
                let prologue = quote!(#(#privates)*);
                let lo = quote!(__start.wrapping_add(__lo as i64));
                let hi = quote!(__start.wrapping_add(__hi as i64));
                let hoisted = self.hoisted_loop(p, &lv_name, lo, hi, prologue, body);
                quote! {
                    let mut #lv: i64 = __start;
                    #hoisted
                }
            }
            _ => {
                let inner = self.block(body);
                quote! {
                    for __k in __lo..__hi {
                        let mut #lv: i64 = __start.wrapping_add((__k as i64).wrapping_mul(__step));
                        #(#privates)*
                        #inner
                    }
                }
            }
        };
        // a function on a cycle of calls: the worker's own stack limit for the calls in its piece
        let stack = if self.g.recursive.contains(&self.inst.key.func) {
            quote!(let __stack = rt::support::stack::limit();)
        } else {
            quote!()
        };
        quote! {{
            let __range = rt::builtins::range::Range::new(#start, #stop, #step)?;
            let (__start, __step) = __range.start_step();
            let __red = rt::support::parallel::for_range(
                __range,
                #sched,
                #threads,
                #identity,
                |__lo: u64, __hi: u64, __acc: #acc_ty| -> rt::Result<#acc_ty> {
                    #stack
                    let #acc_pattern = __acc;
                    #piece
                    Ok(#acc_tuple)
                },
                |__a: #acc_ty, __b: #acc_ty| -> rt::Result<#acc_ty> { Ok((#(#combines,)*)) },
            )?;
            #(#finals)*
            if let Some(__last) = __range.last() {
                #lv = __last;
            }
        }}
    }
}
