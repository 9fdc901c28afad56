//! The `numpy` namespace: arrays shared with Python ([`ndarray`]) and numpy's scalar functions
//! ([`ufunc`]), which follow IEEE rules (NaN and inf, no exceptions) unlike [`crate::math`].

pub mod array_equal;
pub mod axis;
pub mod blas;
pub mod creation;
pub mod einsum;
pub mod element;
pub mod flat;
pub mod flat_value;
pub mod histogram;
pub mod index;
pub mod linalg;
pub mod linalg_lapack;
pub mod matrix;
pub mod nan_sum;
pub mod nan_to_num;
pub mod nanfuncs;
pub mod ndarray;
pub mod numeric;
pub mod pad;
pub mod partition;
pub mod quantile_f32;
pub mod random;
pub mod ravel_index;
pub mod reduce;
pub mod scalar;
pub mod shape;
pub mod sized;
pub mod sorting;
pub mod split;
pub mod store_msg;
pub mod tanh;
pub mod ufunc;
pub mod vmath;
pub mod walk;
