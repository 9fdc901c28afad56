//! The context of one instance's code: [`Body`], the state codegen carries through a function
//! (temporaries, element context of fused loops, flow inside `try`, proofs in scope), and the
//! few questions every other file asks it about types.

use super::Gen;
use crate::infer::Instance;
use crate::ir::{self};
use crate::types::Ty;
use proc_macro2::{Ident, TokenStream};
use quote::format_ident;

pub struct Body<'a> {
    pub g: &'a Gen<'a>,
    pub inst: &'a Instance,
    pub temps: u32,
    /// where calls of this instance to itself go (the next copy when recursion is unrolled)
    pub self_target: Option<Ident>,
    /// the call being generated is an expression statement (its result is dropped at once)
    pub discard_result: bool,
    /// inside the closure of a fused array expression
    pub elem: ElemCx,
    /// where `return`/`break`/`continue`/`raise` go
    pub flow: FlowCx,
    /// what is proven about the code around the current statement
    pub proofs: Proofs,
    /// the function is a generator: its body runs in a closure given the yielder
    /// [`GENERATOR_YIELDER`], `return` ends it
    pub generator: bool,
    /// the expression whose None check is being generated (see `Instance::unwraps`)
    pub unwrapping: Option<crate::ir::ExprId>,
    /// variables kept as `rt::NumF` (see `numvar`)
    pub float_nums: std::collections::HashSet<String>,
    /// the wrapper's entry copy of a function that returns some parameters as they came on
    /// some paths: each `return` also gives which of these it returns (its position, or 255)
    pub tag_returns: Option<Vec<String>>,
    /// expressions standing for a value computed around them (the old value and the operand
    /// inside a module variable's `update`)
    pub overrides: std::collections::HashMap<crate::ir::ExprId, TokenStream>,
}

/// The name of a generator body's yielder.
pub const GENERATOR_YIELDER: &str = "__pyrs_yield";

/// The name of the value a generator sent values was last resumed with (`rt::Sent`).
pub const GENERATOR_SENT: &str = "__pyrs_sent";

/// Element context: inside the closure of a fused array expression, an array leaf stands for
/// its element.
#[derive(Default)]
pub struct ElemCx {
    pub active: bool,
    /// leaves → their element reads
    pub map: std::collections::HashMap<crate::ir::ExprId, TokenStream>,
    /// complex array leaves → a flag: numpy's `absolute` of that array takes its scalar
    /// `hypot` loop (the array is one run in memory, backwards)
    pub abs_hypot: std::collections::HashMap<crate::ir::ExprId, Ident>,
    /// the store of an in-place update whose destination is one element (`a *= c`, `a` of
    /// size 1): numpy's loop then sees output stride 0 and takes its scalar path, whose complex
    /// products are two roundings each, not its vector loop's multiply-adds
    pub single: bool,
}

/// Control flow around the current statement.
#[derive(Default)]
pub struct FlowCx {
    /// inside the closure of a `try` body or handler: `return`/`break`/`continue` leave it as
    /// an `rt::Flow` value
    pub in_try: bool,
    /// loops entered since the innermost `try` closure (a `break` at 0 leaves the closure)
    pub loops_in_try: u32,
    /// loops around the current statement
    pub loop_depth: u32,
    /// inside a copy of a loop versioned for its int checks (`Body::int_versioned`): loops in
    /// it are not versioned again
    pub versioned: bool,
    /// the exception being handled, innermost last (for a bare `raise`)
    pub except_vars: Vec<Ident>,
    /// a loop checks for Ctrl-C: the function reads its flag (`__sigint`) at entry
    pub sigint: bool,
}

/// Facts the analyses proved for the code around the current statement.
#[derive(Default)]
pub struct Proofs {
    /// int variables with known bounds (loop variables of ranges with known ends)
    pub int_ranges: crate::analysis::ranges::IntRanges,
    /// subscripts proven in bounds by a test before their loop (`super::hoist`)
    pub hoist: super::hoist::State,
}

impl Body<'_> {
    /// The type of `e` as Python values (numpy scalars as their Python counterparts).
    pub fn ty(&self, e: &ir::Expr) -> Ty {
        match self.inst.ty(e) {
            // in element context an array stands for its element
            Ty::Array(el, _) if self.elem.active => el.scalar().base(),
            t => t.base(),
        }
    }

    /// The type of `e` with its numpy scalars (for `str`, `repr` and formatting, which show
    /// them: `np.float64(1.5)`, float32 digits).
    pub fn np_ty(&self, e: &ir::Expr) -> Ty {
        match self.inst.ty(e) {
            Ty::Array(el, _) if self.elem.active => el.scalar(),
            t => t.clone(),
        }
    }

    /// Whether `e` is an array read element by element here (numpy's array loops apply).
    pub fn is_array_elem(&self, e: &ir::Expr) -> bool {
        self.elem.active && matches!(self.inst.ty(e), Ty::Array(..))
    }

    /// Whether `e` is a numpy scalar (numpy's arithmetic rules apply).
    pub fn is_np(&self, e: &ir::Expr) -> bool {
        match self.inst.ty(e) {
            Ty::Array(el, _) if self.elem.active => *el != crate::types::Elem::Bool,
            t => t.is_np(),
        }
    }

    /// What `return` returns: the function's result; in a generator's body, the value of
    /// its StopIteration (`()` when it returns none).
    pub fn ret_ty(&self) -> Ty {
        if self.generator {
            self.inst.gen_ret.clone()
        } else {
            self.inst.ret.clone()
        }
    }

    pub fn temp(&mut self) -> Ident {
        self.temps += 1;
        format_ident!("__t{}", self.temps)
    }
}
