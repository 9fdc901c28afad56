//! numpy's array-creation functions: `zeros`, `ones`, `empty`, `full`, `arange`, `linspace`,
//! `array` from lists. Arrays created here are owned by compiled code (see `NdArray`).

use super::element::Element;
use super::ndarray::NdArray;
use crate::builtins::list::List;
use crate::error::{Error, Result};

/// A shape from data, checked as numpy does: no negative dimension, and a size in bytes that
/// fits the address space (ValueError "array is too big", never a silently wrapped product).
fn check_shape<T: Element, const D: usize>(shape: [i64; D]) -> Result<[usize; D]> {
    let mut out = [0usize; D];
    for (k, &n) in shape.iter().enumerate() {
        if n < 0 {
            return Err(Error::Value("negative dimensions are not allowed"));
        }
        out[k] = n as usize;
    }
    check_size::<T>(&out)?;
    Ok(out)
}

/// ValueError when `shape`'s elements of `T` would take more than `isize::MAX` bytes (numpy
/// leaves zero dimensions out of that product: `(0, 2**62)` is too big, `(0, 2**59)` is not).
pub fn check_size<T: Element>(shape: &[usize]) -> Result<()> {
    let bytes = shape
        .iter()
        .try_fold(std::mem::size_of::<T::Storage>().max(1), |acc, &d| acc.checked_mul(d.max(1)))
        .filter(|&b| b <= isize::MAX as usize);
    if bytes.is_none() {
        return Err(Error::Value(
            "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.",
        ));
    }
    Ok(())
}

/// A vector of `n` elements' capacity for an array built from data: ValueError or MemoryError
/// as numpy (never an aborted process).
fn try_vec<T: Element, V>(n: usize) -> Result<Vec<V>> {
    check_size::<T>(&[n])?;
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| super::ndarray::allocation_failed::<T>(&[n]))?;
    Ok(v)
}

/// `np.full(shape, v)`; `zeros`/`ones`/`empty` are `full` with 0 / 1 / 0 (`empty` memory
/// is zeroed: reading it before writing gives zeros, never garbage).
pub fn full<T: Element, const D: usize>(shape: [i64; D], v: T::Value) -> Result<NdArray<T, D>> {
    NdArray::try_full(check_shape::<T, D>(shape)?, v)
}

/// `np.empty(shape)` (see [`NdArray::empty`]).
pub fn empty<T: Element, const D: usize>(shape: [i64; D]) -> Result<NdArray<T, D>> {
    NdArray::try_empty(check_shape::<T, D>(shape)?)
}

/// `np.arange(start, stop, step)` for ints.
pub fn arange_int(start: i64, stop: i64, step: i64) -> Result<NdArray<i64, 1>> {
    let r =
        crate::builtins::range::Range::new(start, stop, step).map_err(|_| Error::ZeroDivision("division by zero"))?;
    let mut v: Vec<i64> = try_vec::<i64, i64>(r.len() as usize)?;
    v.extend(r);
    Ok(NdArray::from_vec([v.len()], v))
}

/// `np.arange(start, stop, step)` for floats: `ceil((stop - start) / step)` values
/// `start + i * step`, as numpy computes them.
pub fn arange_float(start: f64, stop: f64, step: f64) -> Result<NdArray<f64, 1>> {
    if step == 0.0 {
        return Err(Error::ZeroDivision("division by zero"));
    }
    let n = ((stop - start) / step).ceil();
    if n.is_nan() {
        return Err(Error::Value("arange: cannot compute length"));
    }
    if n >= 9.2e18 {
        return Err(Error::Value("Maximum allowed size exceeded"));
    }
    let n = if n > 0.0 { n as usize } else { 0 };
    // numpy fills with start, start + delta, then by repeated addition of delta:
    // value[i] = start + i * delta
    let mut v: Vec<f64> = try_vec::<f64, f64>(n)?;
    v.extend((0..n).map(|i| start + i as f64 * step));
    Ok(NdArray::from_vec([n], v))
}

/// `np.linspace(start, stop, num, endpoint)`, computed as numpy does (`step = delta / div`,
/// `y = arange(num) * step + start`, last element set to `stop` when `endpoint`).
pub fn linspace(start: f64, stop: f64, num: i64, endpoint: bool) -> Result<NdArray<f64, 1>> {
    if num < 0 {
        return Err(Error::Value(format!("Number of samples, {num}, must be non-negative.")));
    }
    let num = num as usize;
    let div = if endpoint { num.saturating_sub(1) } else { num };
    let delta = stop - start;
    let mut v: Vec<f64> = try_vec::<f64, f64>(num)?;
    v.extend((0..num).map(|i| i as f64));
    if div > 0 {
        let step = delta / div as f64;
        if step == 0.0 {
            for x in &mut v {
                *x = (*x / div as f64) * delta + start;
            }
        } else {
            for x in &mut v {
                *x = *x * step + start;
            }
        }
    } else {
        for x in &mut v {
            *x = *x * delta + start;
        }
    }
    if endpoint && num > 1 {
        v[num - 1] = stop;
    }
    Ok(NdArray::from_vec([num], v))
}

/// `np.array(list)` for a list of numbers.
pub fn from_list<T: Element<Value = T> + Clone>(l: &List<T>) -> NdArray<T, 1> {
    let v = l.to_vec();
    NdArray::from_vec([v.len()], v)
}

/// `np.array([x, y, ...])` of a list display (or a tuple of numbers): its values, evaluated
/// in order, stored straight into the array's buffer (one allocation for a small array).
#[inline]
pub fn from_items<T: Element<Value = T>, const K: usize>(v: [T; K]) -> NdArray<T, 1> {
    NdArray::from_array([K], v)
}

/// `np.array((xs, ys, ...))` of a tuple of lists: all rows must have the same length
/// (numpy's ValueError names the shape it detected).
pub fn from_rows<T: Element<Value = T> + Clone>(rows: Vec<Vec<T>>) -> Result<NdArray<T, 2>> {
    let cols = rows.first().map_or(0, Vec::len);
    if rows.iter().any(|r| r.len() != cols) {
        return Err(Error::Value(format!(
            "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was ({},) + inhomogeneous part.",
            rows.len()
        )));
    }
    let n = rows.len();
    Ok(NdArray::from_vec([n, cols], rows.concat()))
}

/// `np.array(list_of_lists)`: all rows must have the same length.
pub fn from_nested_list<T: Element<Value = T> + Clone>(l: &List<List<T>>) -> Result<NdArray<T, 2>> {
    let rows = l.to_vec();
    let cols = rows.first().map(|r| r.len() as usize).unwrap_or(0);
    let mut v = Vec::with_capacity(rows.len() * cols);
    for r in &rows {
        if r.len() as usize != cols {
            return Err(Error::Value(
                "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions.",
            ));
        }
        v.extend(r.to_vec());
    }
    Ok(NdArray::from_vec([rows.len(), cols], v))
}
