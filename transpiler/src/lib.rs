//! pyrs: compile annotated numeric Python into a native extension module.
//!
//! The pipeline, one module per stage, each talking to the next only through data:
//! [`syntax`] (parse + lower to [`ir`]) → annotations (`pyrs_annotations`) → [`infer`]
//! (types) → [`analysis`] (plans codegen asks for) → [`codegen`] (Rust) → [`build`] (cargo,
//! artifact). [`driver`] runs it.

pub mod analysis;
pub mod annotate;
pub mod build;
pub mod cli;
pub mod codegen;
pub mod diag;
pub mod driver;
pub mod infer;
pub mod ir;
pub mod library;
pub mod source;
pub mod syntax;
pub mod types;
