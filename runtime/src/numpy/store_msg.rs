//! numpy's texts when values cannot be written into an array: `dst[...] = v` ("could not
//! broadcast input array from shape (3,) into shape (2,)") and `dst op= v` (numpy's ufunc
//! with `out=dst`: "operands could not be broadcast together with shapes (2,) (3,) (2,) "
//! when `dst` and `v` do not broadcast, "non-broadcastable output operand with shape (3,)
//! doesn't match the broadcast shape (2,3)" when they broadcast to a shape `dst` cannot hold).
//! The operands of `v` are checked first, as numpy computes `v` before it writes.

use crate::error::Error;

/// numpy's `(2,)`, `(2,3)`, `()`.
fn shape_text(s: &[usize]) -> String {
    match s {
        [n] => format!("({n},)"),
        s => format!("({})", s.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(",")),
    }
}

/// The shape operands of these shapes broadcast to (any number of dimensions).
fn broadcast(shapes: &[&[usize]]) -> Option<Vec<usize>> {
    let n = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = vec![1usize; n];
    for s in shapes {
        for (k, &d) in s.iter().rev().enumerate() {
            let o = &mut out[n - 1 - k];
            if *o == 1 {
                *o = d;
            } else if d != 1 && d != *o {
                return None;
            }
        }
    }
    Some(out)
}

/// The error of writing a value computed from operands of shapes `inputs` into an array of
/// shape `dst` (`dst[...] = value`), as numpy words it.
#[cold]
#[inline(never)]
pub fn store_error(inputs: &[&[usize]], dst: &[usize]) -> Error {
    store_error_as(inputs, dst, false)
}

/// [`store_error`] for `dst op= value`.
#[cold]
#[inline(never)]
pub fn update_error(inputs: &[&[usize]], dst: &[usize]) -> Error {
    store_error_as(inputs, dst, true)
}

fn store_error_as(inputs: &[&[usize]], dst: &[usize], in_place: bool) -> Error {
    let Some(value) = broadcast(inputs) else {
        // the value's own operands (numpy computes it first)
        let all: String = inputs.iter().map(|s| format!("{} ", shape_text(s))).collect();
        return Error::Value(format!("operands could not be broadcast together with shapes {all}"));
    };
    let (d, v) = (shape_text(dst), shape_text(&value));
    if !in_place {
        return Error::Value(format!("could not broadcast input array from shape {v} into shape {d}"));
    }
    match broadcast(&[dst, &value]) {
        None => Error::Value(format!("operands could not be broadcast together with shapes {d} {v} {d} ")),
        Some(r) => Error::Value(format!(
            "non-broadcastable output operand with shape {d} doesn't match the broadcast shape {}",
            shape_text(&r)
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts() {
        let m = |e: Error| e.message().to_string();
        assert_eq!(
            m(update_error(&[&[3]], &[2])),
            "operands could not be broadcast together with shapes (2,) (3,) (2,) "
        );
        assert_eq!(
            m(update_error(&[&[2, 3]], &[3])),
            "non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)"
        );
        assert_eq!(m(store_error(&[&[3]], &[2])), "could not broadcast input array from shape (3,) into shape (2,)");
        assert_eq!(
            m(store_error(&[&[2], &[3]], &[2])),
            "operands could not be broadcast together with shapes (2,) (3,) "
        );
    }
}
