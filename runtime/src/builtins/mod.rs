//! Python's builtins: operators with Python semantics, `abs`, `round`, `int`, `float`, `range`, `list`.

pub mod arith;
pub mod compare;
pub mod complex;
pub mod conv;
pub mod dict;
pub mod format;
pub mod generator;
pub mod itertools;
pub mod key;
pub mod list;
pub mod minmax;
pub mod num;
pub mod numc;
pub mod range;
pub mod round;
pub mod slice;
pub mod sort;
pub mod str;
pub mod strnum;
pub mod time;
pub mod tuple;
pub mod vartuple;
