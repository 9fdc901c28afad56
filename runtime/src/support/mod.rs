//! What only generated code calls, with no Python counterpart: the machinery of compiled
//! loops (`hoist`: unchecked element access for loops proven in bounds; `parallel`: parallel
//! loops on rayon; `fused`: the loop nests of element-wise array expressions, the element a
//! closure; `fused_axis`: sums along an axis of them whose lanes are contiguous; `stack`: `RecursionError` before the stack runs out; `signals`: Ctrl-C in long
//! loops; `fastmath`: what the opt-in fast-math mode calls; `bufcache`: freed large
//! array buffers kept per thread for the next call's arrays of the same size).

pub mod bufcache;
pub mod fastmath;
pub mod fused;
pub mod fused_axis;
pub mod hoist;
pub mod parallel;
pub mod signals;
pub mod stack;
