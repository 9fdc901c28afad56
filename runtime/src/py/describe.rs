//! Names for the types of Python values, in the annotation grammar's spelling, for the
//! `TypeError` of a call that matches no exported signature: `float64[:]`,
//! `float64[:] (non-contiguous view)`, `int list`, `str`.

use numpy::{PyUntypedArray, PyUntypedArrayMethods};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyComplex, PyDict, PyFloat, PyInt, PyList, PySet, PyString, PyTuple};

pub fn describe(obj: &Bound<'_, PyAny>) -> String {
    if let Ok(arr) = obj.cast::<PyUntypedArray>() {
        let dims = vec![":"; arr.ndim()].join(",");
        let dtype = arr.dtype().str().map(|s| s.to_string()).unwrap_or_else(|_| "?".to_owned());
        let mut s = format!("{dtype}[{dims}]");
        if arr.ndim() > 0 && !arr.is_c_contiguous() {
            s.push_str(if arr.is_fortran_contiguous() { " (Fortran-ordered)" } else { " (non-contiguous view)" });
        }
        return s;
    }
    if obj.is_instance_of::<PyBool>() {
        return "bool".into();
    }
    if obj.is_exact_instance_of::<PyInt>() {
        return "int".into();
    }
    if obj.is_exact_instance_of::<PyFloat>() {
        return "float".into();
    }
    if obj.is_exact_instance_of::<PyComplex>() {
        return "complex".into();
    }
    if let Ok(l) = obj.cast::<PyList>() {
        return match l.iter().next() {
            Some(first) => format!("{} list", describe(&first)),
            None => "empty list".into(),
        };
    }
    if obj.is_exact_instance_of::<PyString>() {
        return "str".into();
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        return match d.iter().next() {
            Some((k, v)) => format!("{}:{} dict", describe(&k), describe(&v)),
            None => "empty dict".into(),
        };
    }
    if let Ok(st) = obj.cast::<PySet>() {
        return match st.iter().next() {
            Some(first) => format!("{} set", describe(&first)),
            None => "empty set".into(),
        };
    }
    if let Ok(t) = obj.cast::<PyTuple>() {
        let items: Vec<String> = t.iter().map(|x| describe(&x)).collect();
        return format!("({})", items.join(", "));
    }
    obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "object".into())
}
