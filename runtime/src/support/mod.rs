//! Support code for generated loops.

pub mod fused;
