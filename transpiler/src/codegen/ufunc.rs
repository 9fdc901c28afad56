//! `# export ufunc` / `# export gufunc`: one kernel type per export line (a numpy dtype loop)
//! calling the compiled instance, and the module-init call that makes the `numpy.ufunc` of them
//! (`rt::py::ufunc`, which owns every numpy detail). Element code of numpy's own ufuncs inside
//! compiled functions is `numpy/ufunc.rs`, not this.

use super::names::elem;
use super::Gen;
use crate::infer::{ufunc as rules, ExportFn};
use crate::types::Ty;
use proc_macro2::{Literal, TokenStream};
use pyrs_annotations::ExportKind;
use quote::{format_ident, quote};
use std::ffi::CString;

fn kernel_name(e: &ExportFn, k: usize) -> proc_macro2::Ident {
    format_ident!("__{}_{}_{}", e.kind.to_string(), e.name, k)
}

/// The C function of a capsule: `double f(double, double)` calling the instance.
fn capsule(g: &Gen, e: &ExportFn) -> TokenStream {
    let o = &e.overloads[0];
    let inst = &g.program.instances[o.instance];
    let callee = format_ident!("{}", inst.rust_name);
    let name = kernel_name(e, 0);
    let vars: Vec<_> = (0..inst.key.args.len()).map(|i| format_ident!("a{}", i)).collect();
    let tys = inst.key.args.iter().map(super::names::rust_type);
    let ret = super::names::rust_type(&inst.ret);
    quote! {
        unsafe extern "C" fn #name(#(#vars: #tys),*) -> #ret {
            rt::py::capsule::call(|| #callee(#(#vars),*))
        }
    }
}

/// The kernel types of the export's loops.
pub fn export(g: &Gen, e: &ExportFn) -> TokenStream {
    if e.kind == ExportKind::Capsule {
        return capsule(g, e);
    }
    let kernels = e.overloads.iter().enumerate().map(|(k, o)| {
        let inst = &g.program.instances[o.instance];
        let callee = format_ident!("{}", inst.rust_name);
        let name = kernel_name(e, k);
        let tags = |ts: &[Ty]| -> Vec<TokenStream> {
            ts.iter()
                .map(|t| match t {
                    Ty::Array(el, _) => elem(*el),
                    t => elem(rules::operand_elem(t).expect("checked by inference")),
                })
                .collect()
        };
        let ins = tags(&inst.key.args);
        match &e.kind {
            ExportKind::Gufunc(layout) => {
                let mut names: Vec<&String> = Vec::new();
                for d in layout.inputs.iter().chain(&layout.outputs).flatten() {
                    if !names.contains(&d) {
                        names.push(d);
                    }
                }
                let mut stride = 0usize;
                let args = layout.inputs.iter().chain(&layout.outputs).zip(&inst.key.args).enumerate().map(|(i, (dims, t))| {
                    if dims.is_empty() {
                        let tag = elem(rules::operand_elem(t).expect("checked by inference"));
                        return quote!(rt::py::ufunc::core_scalar::<#tag>(p[#i]));
                    }
                    let Ty::Array(el, n) = t else { unreachable!("checked by inference") };
                    let tag = elem(*el);
                    let extents = dims.iter().map(|d| {
                        let j = names.iter().position(|x| *x == d).expect("collected above");
                        quote!(d[#j])
                    });
                    let strides: Vec<TokenStream> = (0..dims.len())
                        .map(|_| {
                            stride += 1;
                            let j = stride - 1;
                            quote!(s[#j])
                        })
                        .collect();
                    quote!(rt::py::ufunc::core_array::<#tag, #n>(p[#i], [#(#extents),*], [#(#strides),*]))
                });
                let args: Vec<TokenStream> = args.collect();
                let core_dims = names.len();
                let core_strides = stride;
                quote! {
                    #[allow(non_camel_case_types)]
                    struct #name;
                    impl rt::py::ufunc::GKernel for #name {
                        type Args = (#(#ins,)*);
                        const CORE_DIMS: usize = #core_dims;
                        const CORE_STRIDES: usize = #core_strides;
                        #[inline(always)]
                        unsafe fn call(p: &[*mut u8], d: &[usize], s: &[isize]) -> rt::Result<()> {
                            #callee(#(#args),*).map(|_| ())
                        }
                    }
                }
            }
            _ => {
                let outs = rules::output_elems(&inst.ret).expect("checked by inference");
                let out_tags = outs.iter().map(|el| elem(*el));
                let vars: Vec<_> = (0..ins.len()).map(|i| format_ident!("a{}", i)).collect();
                let wrap = if matches!(inst.ret, Ty::Tuple(_)) { quote!() } else { quote!(.map(|__r| (__r,))) };
                quote! {
                    #[allow(non_camel_case_types)]
                    struct #name;
                    impl rt::py::ufunc::Kernel for #name {
                        type In = (#(#ins,)*);
                        type Out = (#(#out_tags,)*);
                        #[inline(always)]
                        fn call((#(#vars,)*): <Self::In as rt::py::ufunc::Operands>::Values) -> rt::Result<<Self::Out as rt::py::ufunc::Operands>::Values> {
                            #callee(#(#vars),*)#wrap
                        }
                    }
                }
            }
        }
    });
    quote!(#(#kernels)*)
}

fn c_lit(s: &str) -> Literal {
    Literal::c_string(&CString::new(s.replace('\0', "")).expect("NULs removed"))
}

/// The statement of the module's init that adds the ufunc.
pub fn register(g: &Gen, e: &ExportFn) -> TokenStream {
    let name = &e.name;
    if e.kind == ExportKind::Capsule {
        let o = &e.overloads[0];
        let inst = &g.program.instances[o.instance];
        let args: Vec<&str> = o.annotation.iter().map(|t| rules::c_type(t).expect("checked by inference")).collect();
        let signature = format!("{} ({})", rules::c_result(&inst.ret).expect("checked by inference"), args.join(", "));
        let signature = c_lit(&signature);
        let f = kernel_name(e, 0);
        return quote! {
            m.add(#name, rt::py::capsule::make(m.py(), #signature, #f as *mut ::core::ffi::c_void)?)?;
        };
    }
    let c_name = c_lit(name);
    let f = g.module.function(&e.name);
    let doc = c_lit(f.and_then(|f| f.doc.as_deref()).unwrap_or("").trim_end());
    let (nin, nout, signature) = match &e.kind {
        ExportKind::Gufunc(layout) => {
            let sig = c_lit(&layout.to_string());
            (layout.inputs.len(), layout.outputs.len(), quote!(Some(#sig)))
        }
        _ => {
            let o = &e.overloads[0];
            let inst = &g.program.instances[o.instance];
            (inst.key.args.len(), rules::output_elems(&inst.ret).map_or(1, |v| v.len()), quote!(None))
        }
    };
    let loops = e.overloads.iter().enumerate().map(|(k, _)| {
        let kernel = kernel_name(e, k);
        match e.kind {
            ExportKind::Gufunc(_) => quote!(rt::py::ufunc::Loop::of_gufunc::<#kernel>()),
            _ => quote!(rt::py::ufunc::Loop::of::<#kernel>()),
        }
    });
    quote! {
        m.add(#name, rt::py::ufunc::make(m.py(), #c_name, #doc, #nin, #nout, #signature, &[#(#loops),*])?)?;
    }
}
