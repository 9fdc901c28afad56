//! Control flow that leaves a closure: `try` bodies and handlers compiled as closures
//! returning `rt::Flow`, and `return`/`break`/`continue` inside them.

use super::body::Body;
use super::names::{local, rust_type};
use crate::ir::{self};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

impl Body<'_> {
    /// `return x` (inside a `try` closure: leaves it with `Flow::Return`).
    pub(super) fn return_with(&mut self, x: TokenStream) -> TokenStream {
        if self.flow.in_try {
            quote!(return Ok(rt::Flow::Return(#x));)
        } else {
            quote!(return Ok(#x);)
        }
    }

    /// `break` / `continue`, leaving a `try` closure when the loop is outside it.
    pub(super) fn flow_jump(&mut self, brk: bool) -> TokenStream {
        if self.flow.in_try && self.flow.loops_in_try == 0 {
            if brk {
                quote!(return Ok(rt::Flow::Break);)
            } else {
                quote!(return Ok(rt::Flow::Continue);)
            }
        } else if brk {
            quote!(break;)
        } else {
            quote!(continue;)
        }
    }

    /// The body of a loop (tracks loop depth for `break`/`continue` inside `try`). An outer
    /// loop (one with a loop inside) starts each iteration with a check for Ctrl-C: one
    /// relaxed load of the flag the function read at entry (`__sigint`), whose only slow path
    /// leaves the function, so it costs nothing against the inner loop and keeps innermost
    /// loops free to vectorise.
    pub(super) fn loop_body(&mut self, body: &[ir::Stmt]) -> TokenStream {
        self.checked_loop_body(body, false)
    }

    /// The body of a `while` loop: always checks for Ctrl-C (a `while` loop may never end).
    pub(super) fn while_body(&mut self, body: &[ir::Stmt]) -> TokenStream {
        self.checked_loop_body(body, true)
    }

    fn checked_loop_body(&mut self, body: &[ir::Stmt], always: bool) -> TokenStream {
        self.flow.loop_depth += 1;
        self.flow.loops_in_try += 1;
        let inner = self.block(body);
        self.flow.loops_in_try -= 1;
        self.flow.loop_depth -= 1;
        let outer = ir::query::statements(body)
            .iter()
            .any(|s| matches!(s.kind, ir::StmtKind::For { .. } | ir::StmtKind::While { .. }));
        if outer || always {
            self.flow.sigint = true;
            quote!(rt::support::signals::check(__sigint)?; #inner)
        } else {
            inner
        }
    }

    /// A block compiled as a closure returning `rt::Result<rt::Flow<R>>` (a `try` body or
    /// handler): exceptions come out as `Err`, control flow as `Flow`.
    pub(super) fn flow_closure(&mut self, prologue: TokenStream, body: &[ir::Stmt]) -> TokenStream {
        let ret = rust_type(&self.ret_ty());
        let (was_in, was_loops) = (self.flow.in_try, self.flow.loops_in_try);
        self.flow.in_try = true;
        self.flow.loops_in_try = 0;
        let code = self.block(body);
        self.flow.in_try = was_in;
        self.flow.loops_in_try = was_loops;
        quote!((|| -> rt::Result<rt::Flow<#ret>> { #prologue #code Ok(rt::Flow::Normal) })())
    }

    /// `try`/`except`/`else`/`finally`: the body and each handler run as closures; `finally`
    /// runs after whichever ran, then the outcome (value, `return`, `break`, exception)
    /// continues.
    pub(super) fn try_stmt(
        &mut self,
        body: &[ir::Stmt],
        handlers: &[ir::Handler],
        orelse: &[ir::Stmt],
        finalbody: &[ir::Stmt],
    ) -> TokenStream {
        let r = self.temp();
        let err = self.temp();
        let run_body = self.flow_closure(quote!(), body);
        let mut arms: Vec<TokenStream> = Vec::new();
        for h in handlers {
            let classes: Vec<proc_macro2::Ident> = h.classes.iter().map(|c| format_ident!("{}", c)).collect();
            let guard =
                if classes.is_empty() { quote!() } else { quote!(if #err.caught_by(&[#(rt::Exc::#classes),*])) };
            let bind = match &h.name {
                Some(n) => {
                    let id = local(n);
                    quote!(#id = #err.clone();)
                }
                None => quote!(),
            };
            self.flow.except_vars.push(err.clone());
            let run = self.flow_closure(bind, &h.body);
            self.flow.except_vars.pop();
            arms.push(quote!(Err(#err) #guard => #run,));
        }
        if !orelse.is_empty() {
            let run = self.flow_closure(quote!(), orelse);
            arms.push(quote!(Ok(rt::Flow::Normal) => #run,));
        }
        let fin = self.block(finalbody);
        let ret_v = self.return_with(quote!(__v));
        let (brk, cont) = if self.flow.loop_depth > 0 || self.flow.in_try {
            (self.flow_jump(true), self.flow_jump(false))
        } else {
            (quote!({}), quote!({}))
        };
        quote! {{
            let #r: rt::Result<rt::Flow<_>> = #run_body;
            let #r = match #r {
                #(#arms)*
                __other => __other,
            };
            #fin
            match #r {
                Ok(rt::Flow::Normal) => {}
                Ok(rt::Flow::Return(__v)) => { #ret_v }
                Ok(rt::Flow::Break) => { #brk }
                Ok(rt::Flow::Continue) => { #cont }
                Err(__e) => return Err(__e),
            };
        }}
    }
}
