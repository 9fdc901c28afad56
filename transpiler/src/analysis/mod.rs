//! Analyses of the typed program that codegen asks before it emits a construct: each one
//! reads the IR ([`crate::ir`], walked with [`crate::ir::visit`]) and the types of an
//! instance ([`crate::infer`]) and answers with a plan — data, never Rust code.
//!
//! - [`parallel`]: parallel loops (directives attached to their `for`, variables classified
//!   as private, reduction or race);
//! - [`bounds`]: array subscripts of `range` loops proven in bounds by one test before the
//!   loop (the plan of the hoisted bounds checks);
//! - [`ranges`]: the values int expressions can take (from loop bounds and literals);
//! - [`widened`]: values of variables widened from int or float to complex seen where Python
//!   may give them their other type (located errors, not silent differences);
//! - [`inline`] (an IR rewrite before inference): a temporary read once by the next
//!   statement's reduction (`w = a - b` then `np.sum(w ** 2)`) moved into the reduction;
//! - [`webs`]: a variable split into its webs (assignments and the reads they reach), when
//!   inference finds that its assignments disagree on a type.
//!
//! Architecture invariant: analysis only; no module here imports [`crate::codegen`] or
//! produces tokens.

pub mod bounds;
pub mod inline;
pub mod parallel;
pub mod ranges;
pub mod unbound;
pub mod webs;
pub mod widened;
