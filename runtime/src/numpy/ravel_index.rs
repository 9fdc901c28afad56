//! `np.ravel_multi_index` and `np.unravel_index`: flat positions from coordinates and back,
//! in C or Fortran order, with numpy's clip modes ('raise', 'wrap', 'clip', one per axis or
//! one for all), its checks in its order and its ValueError texts.

use super::ndarray::{for_each_index, NdArray};
use crate::error::{Error, Result};

/// numpy's `order=` converter: `Some(false)` for C, `Some(true)` for Fortran, `None` for
/// 'A'/'K' (which these functions refuse after their other checks).
fn order_of(order: &str) -> Result<Option<bool>> {
    match order {
        "C" | "c" => Ok(Some(false)),
        "F" | "f" => Ok(Some(true)),
        "A" | "a" | "K" | "k" => Ok(None),
        o => Err(Error::Value(format!("order must be one of 'C', 'F', 'A', or 'K' (got '{o}')"))),
    }
}

fn c_or_f(order: Option<bool>) -> Result<bool> {
    order.ok_or_else(|| Error::Value("only 'C' or 'F' order is permitted"))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Raise,
    Wrap,
    Clip,
}

/// numpy's clip-mode converter: the exact names, another word starting as one of them (a
/// different text), anything else.
fn mode_of(s: &str) -> Result<Mode> {
    match s {
        "raise" => Ok(Mode::Raise),
        "wrap" => Ok(Mode::Wrap),
        "clip" => Ok(Mode::Clip),
        s if s.starts_with(['c', 'C', 'w', 'W', 'r', 'R']) => {
            Err(Error::Value("Use one of 'clip', 'raise', or 'wrap' for clip mode"))
        }
        s => Err(Error::Value(format!("clipmode must be one of 'clip', 'raise', or 'wrap' (got '{s}')"))),
    }
}

/// What `ravel_multi_index` has checked before it looks at the coordinates.
pub struct Ravel {
    dims: Vec<i64>,
    strides: Vec<i64>,
    modes: Vec<Mode>,
}

/// numpy's checks of `dims`, `mode` (one name, or a sequence: `mode_seq`), `order` and the
/// number of coordinate arrays, in numpy's order.
pub fn ravel_plan(dims: &[i64], modes: &[&str], mode_seq: bool, order: &str, n_coords: usize) -> Result<Ravel> {
    let order = order_of(order)?;
    let n = dims.len();
    let modes = if mode_seq {
        if modes.len() != n {
            return Err(Error::Value(format!("list of clipmodes has wrong length ({} instead of {n})", modes.len())));
        }
        modes.iter().map(|m| mode_of(m)).collect::<Result<Vec<_>>>()?
    } else {
        vec![mode_of(modes[0])?; n]
    };
    let fortran = c_or_f(order);
    let mut strides = vec![0i64; n];
    let axes: Vec<usize> = match fortran {
        Ok(true) => (0..n).collect(),
        _ => (0..n).rev().collect(),
    };
    let mut s = 1i64;
    for ax in axes {
        strides[ax] = s;
        s = s.checked_mul(dims[ax]).ok_or_else(|| {
            Error::Value("invalid dims: array size defined by dims is larger than the maximum possible size.")
        })?;
    }
    fortran?;
    if n_coords != n {
        return Err(Error::Value(format!("parameter multi_index must be a sequence of length {n}")));
    }
    Ok(Ravel { dims: dims.to_vec(), strides, modes })
}

impl Ravel {
    fn check_nonempty(&self) -> Result<()> {
        if self.dims.contains(&0) {
            return Err(Error::Value("cannot unravel if shape has zero entries (is empty)."));
        }
        Ok(())
    }

    /// The flat position of one coordinate tuple (numpy's loop body).
    fn flat(&self, coords: impl Iterator<Item = i64>) -> Result<i64> {
        let mut out = 0i64;
        for (((j, &m), &st), &mode) in coords.zip(&self.dims).zip(&self.strides).zip(&self.modes) {
            let j = match mode {
                Mode::Raise if j < 0 || j >= m => {
                    return Err(Error::Value("invalid entry in coordinates array"));
                }
                Mode::Raise => j,
                Mode::Wrap if j < 0 => {
                    let j = j.wrapping_add(m);
                    if j < 0 {
                        let r = j % m;
                        if r != 0 {
                            r + m
                        } else {
                            r
                        }
                    } else {
                        j
                    }
                }
                Mode::Wrap if j >= m => {
                    let j = j - m;
                    if j >= m {
                        j % m
                    } else {
                        j
                    }
                }
                Mode::Wrap => j,
                Mode::Clip => {
                    if j < 0 {
                        0
                    } else if j >= m {
                        m - 1
                    } else {
                        j
                    }
                }
            };
            out = out.wrapping_add(j.wrapping_mul(st));
        }
        Ok(out)
    }

    /// `np.ravel_multi_index` of integer coordinates: a numpy int64.
    pub fn one(&self, coords: &[i64]) -> Result<i64> {
        self.check_nonempty()?;
        self.flat(coords.iter().copied())
    }

    /// `np.ravel_multi_index` of coordinate arrays broadcast to one shape.
    pub fn arrays<const D: usize>(&self, coords: &[NdArray<i64, D>]) -> Result<NdArray<i64, D>> {
        let shape = coords.first().map(|c| c.shape()).unwrap_or([0; D]);
        let out: NdArray<i64, D> = NdArray::full(shape, 0);
        if shape.contains(&0) {
            return Ok(out);
        }
        self.check_nonempty()?;
        let mut err = None;
        for_each_index(shape, |p| {
            if err.is_some() {
                return;
            }
            // SAFETY: `p` is in bounds of every operand (all of this shape).
            match self.flat(coords.iter().map(|c| unsafe { c.at(p) })) {
                Ok(v) => unsafe { out.put(p, v) },
                Err(e) => err = Some(e),
            }
        });
        match err {
            Some(e) => Err(e),
            None => Ok(out),
        }
    }
}

/// numpy's checks of `unravel_index`'s `shape` and `order`: the number of elements and the
/// order (Fortran or not).
fn unravel_plan(dims: &[i64], order: &str) -> Result<(i64, Option<bool>)> {
    let order = order_of(order)?;
    let size = if dims.contains(&0) {
        0
    } else {
        dims.iter().try_fold(1i64, |s, &d| s.checked_mul(d)).ok_or_else(|| {
            Error::Value(
                "dimensions are too large; arrays and shapes with a total size greater than 'intp' are not supported.",
            )
        })?
    };
    Ok((size, order))
}

fn unravel_into(mut val: i64, dims: &[i64], size: i64, fortran: bool, out: &mut [i64]) -> Result<()> {
    if val < 0 || val >= size {
        return Err(Error::Value(format!("index {val} is out of bounds for array with size {size}")));
    }
    let n = dims.len();
    for i in 0..n {
        let ax = if fortran { i } else { n - 1 - i };
        out[ax] = val % dims[ax];
        val /= dims[ax];
    }
    Ok(())
}

/// `np.unravel_index(i, shape, order)` of an integer: one numpy int64 per axis.
pub fn unravel_one(i: i64, dims: &[i64], order: &str) -> Result<Vec<i64>> {
    let (size, order) = unravel_plan(dims, order)?;
    let fortran = c_or_f(order)?;
    let mut out = vec![0i64; dims.len()];
    unravel_into(i, dims, size, fortran, &mut out)?;
    Ok(out)
}

/// `np.unravel_index(a, shape, order)` of an integer array: one array of `a`'s shape per axis.
pub fn unravel<const D: usize>(a: &NdArray<i64, D>, dims: &[i64], order: &str) -> Result<Vec<NdArray<i64, D>>> {
    let (size, order) = unravel_plan(dims, order)?;
    let fortran = c_or_f(order)?;
    let shape = a.shape();
    let outs: Vec<NdArray<i64, D>> = dims.iter().map(|_| NdArray::full(shape, 0)).collect();
    let mut coords = vec![0i64; dims.len()];
    let mut err = None;
    for_each_index(shape, |p| {
        if err.is_some() {
            return;
        }
        // SAFETY: `p` is in bounds of `a` and of every output (all of `a`'s shape).
        match unravel_into(unsafe { a.at(p) }, dims, size, fortran, &mut coords) {
            Ok(()) => {
                for (o, &c) in outs.iter().zip(&coords) {
                    unsafe { o.put(p, c) };
                }
            }
            Err(e) => err = Some(e),
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    if dims.is_empty() && D != 0 {
        return Err(Error::Value("multiple indices are not supported for 0d arrays"));
    }
    Ok(outs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ravel_modes() {
        let p = ravel_plan(&[2, 3], &["wrap", "clip"], true, "C", 2).unwrap();
        assert_eq!(p.one(&[5, -1]).unwrap(), 3);
        let p = ravel_plan(&[2, 3], &["wrap"], false, "C", 2).unwrap();
        assert_eq!(p.one(&[5, -7]).unwrap(), 5);
        let p = ravel_plan(&[2, 3], &["raise"], false, "F", 2).unwrap();
        assert_eq!(p.one(&[1, 2]).unwrap(), 5);
        assert_eq!(p.one(&[2, 1]).unwrap_err().message(), "invalid entry in coordinates array");
        let e = ravel_plan(&[2, 3], &["x"], false, "C", 2).err().unwrap();
        assert_eq!(e.message(), "clipmode must be one of 'clip', 'raise', or 'wrap' (got 'x')");
        let e = ravel_plan(&[2, 3], &["raise"], false, "C", 1).err().unwrap();
        assert_eq!(e.message(), "parameter multi_index must be a sequence of length 2");
    }

    #[test]
    fn unravel_values() {
        assert_eq!(unravel_one(5, &[2, 3], "C").unwrap(), vec![1, 2]);
        assert_eq!(unravel_one(5, &[2, 3], "F").unwrap(), vec![1, 2]);
        assert_eq!(unravel_one(3, &[2, 3], "F").unwrap(), vec![1, 1]);
        let e = unravel_one(6, &[2, 3], "C").unwrap_err();
        assert_eq!(e.message(), "index 6 is out of bounds for array with size 6");
    }
}
