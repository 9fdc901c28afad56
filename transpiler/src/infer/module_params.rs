//! The parameters that hold the numpy module (`numpy pkg`, `ir::Module::numpy_params`):
//! lowering resolved `xp.NAME` there to numpy's `NAME`, which is right only if every instance
//! of the function receives the module at that position. A call passing anything else is
//! reported at the parameter.

use super::Instance;
use crate::diag::Diagnostic;
use crate::ir;
use crate::types::Ty;

pub fn check(module: &ir::Module, instances: &[Instance]) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for (fname, k) in &module.numpy_params {
        let Some(f) = module.function(fname) else { continue };
        let Some(bad) = instances
            .iter()
            .filter(|i| &i.key.func == fname)
            .filter_map(|i| i.key.args.get(*k))
            .find(|t| **t != Ty::NumpyModule)
        else {
            continue;
        };
        let p = &f.params[*k];
        errors.push(
            Diagnostic::new(
                p.span,
                format!(
                    "`{}` of `{fname}` is given the numpy module (`numpy pkg`), and `{}.NAME` is numpy's `NAME` here, but another call gives it {}",
                    p.name,
                    p.name,
                    bad.with_article()
                ),
            )
            .help("pass the numpy module at every call of this function, or give the other value to another function"),
        );
    }
    errors
}
