//! What only generated code calls, with no Python counterpart: the machinery of compiled
//! loops (`hoist`: unchecked element access for loops proven in bounds; `parallel`: parallel
//! loops on rayon). The Python namespaces are `builtins`, `math` and `numpy`.

pub mod hoist;
pub mod parallel;
