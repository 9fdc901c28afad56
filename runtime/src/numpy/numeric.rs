//! numpy's numeric helpers on 1-D data, each computed as numpy computes it (same operations in
//! the same order, so the same bits): `np.interp` (`compiled_base.c`'s search with a guess and
//! slopes), `np.convolve` (`_pyarray_correlate`: `DOUBLE_dot` through BLAS at the edges, the
//! small-kernel loop inside), `np.cross` of 3-vectors, `np.polyval` (Horner's scheme).

use super::element::Element;
use super::ndarray::NdArray;
use crate::error::{Error, Result};

const LIKELY_IN_CACHE_SIZE: usize = 8;

/// The index `j` with `arr[j] <= key < arr[j + 1]` (-1 below, `len` above, `len - 1` at the
/// last point), looking near `guess` first: numpy's `binary_search_with_guess`.
fn search_with_guess(key: f64, arr: &[f64], guess: usize) -> isize {
    let len = arr.len();
    if key > arr[len - 1] {
        return len as isize;
    } else if key < arr[0] {
        return -1;
    }
    if len <= 4 {
        let mut i = 1;
        while i < len && key >= arr[i] {
            i += 1;
        }
        return i as isize - 1;
    }
    let (mut imin, mut imax) = (0usize, len);
    let guess = guess.min(len - 3).max(1);
    if key < arr[guess] {
        if key < arr[guess - 1] {
            imax = guess - 1;
            if guess > LIKELY_IN_CACHE_SIZE && key >= arr[guess - LIKELY_IN_CACHE_SIZE] {
                imin = guess - LIKELY_IN_CACHE_SIZE;
            }
        } else {
            return guess as isize - 1;
        }
    } else if key < arr[guess + 1] {
        return guess as isize;
    } else if key < arr[guess + 2] {
        return guess as isize + 1;
    } else {
        imin = guess + 2;
        if guess + LIKELY_IN_CACHE_SIZE + 1 < len && key < arr[guess + LIKELY_IN_CACHE_SIZE] {
            imax = guess + LIKELY_IN_CACHE_SIZE;
        }
    }
    while imin < imax {
        let imid = imin + ((imax - imin) >> 1);
        if key >= arr[imid] {
            imin = imid + 1;
        } else {
            imax = imid;
        }
    }
    imin as isize - 1
}

/// `np.interp(x, xp, fp, left, right)` for float64 data (`left`/`right` default to `fp[0]`
/// and `fp[-1]`).
pub fn interp<const D: usize>(
    x: &NdArray<f64, D>,
    xp: &NdArray<f64, 1>,
    fp: &NdArray<f64, 1>,
    left: Option<f64>,
    right: Option<f64>,
) -> Result<NdArray<f64, D>> {
    let (dx, dy) = (xp.to_vec(), fp.to_vec());
    let n = dx.len();
    if n == 0 {
        return Err(Error::Value("array of sample points is empty"));
    }
    if dy.len() != n {
        return Err(Error::Value("fp and xp are not of the same length."));
    }
    let lval = left.unwrap_or(dy[0]);
    let rval = right.unwrap_or(dy[n - 1]);
    let z = x.to_vec();
    let mut res = Vec::with_capacity(z.len());
    if n == 1 {
        for &xv in &z {
            res.push(if xv < dx[0] {
                lval
            } else if xv > dx[0] {
                rval
            } else {
                dy[0]
            });
        }
    } else {
        // numpy computes the slopes first only when there are fewer of them than points
        let slopes: Option<Vec<f64>> =
            (n <= z.len()).then(|| (0..n - 1).map(|i| (dy[i + 1] - dy[i]) / (dx[i + 1] - dx[i])).collect());
        let mut j = 0isize;
        for &xv in &z {
            if xv.is_nan() {
                res.push(xv);
                continue;
            }
            j = search_with_guess(xv, &dx, j.max(0) as usize);
            let v = if j == -1 {
                lval
            } else if j == n as isize {
                rval
            } else if j == n as isize - 1 {
                dy[j as usize]
            } else {
                let j = j as usize;
                if dx[j] == xv {
                    dy[j]
                } else {
                    let slope = match &slopes {
                        Some(s) => s[j],
                        None => (dy[j + 1] - dy[j]) / (dx[j + 1] - dx[j]),
                    };
                    let mut r = slope * (xv - dx[j]) + dy[j];
                    if r.is_nan() {
                        r = slope * (xv - dx[j + 1]) + dy[j + 1];
                        if r.is_nan() && dy[j] == dy[j + 1] {
                            r = dy[j];
                        }
                    }
                    r
                }
            };
            res.push(v);
        }
    }
    Ok(NdArray::from_vec(x.shape(), res))
}

/// numpy's `correlate` mode of `np.convolve` (`'full'`, `'same'`, `'valid'`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Valid,
    Same,
    Full,
}

impl Mode {
    /// The mode a `mode=` string names (numpy's ValueError otherwise).
    pub fn parse(s: &str) -> Result<Mode> {
        match s {
            "valid" | "v" => Ok(Mode::Valid),
            "same" | "s" => Ok(Mode::Same),
            "full" | "f" => Ok(Mode::Full),
            _ => Err(Error::Value(format!("mode must be one of 'valid', 'same', or 'full' (got '{s}')"))),
        }
    }
}

/// The dot product of `n` values of `d` and `k` from their starts, as numpy's `dot` function of
/// the dtype computes it.
pub trait ConvolveDot: Element {
    fn dot(d: &[Self::Value], k: &[Self::Value], n: usize) -> Self::Value;
    /// numpy's small-kernel loop (`small_correlate`, float types only): `nd` outputs of a
    /// kernel of `k.len() <= 11` values, each summed from 0 in order. `None`: numpy uses `dot`.
    fn small(d: &[Self::Value], k: &[Self::Value], nd: usize) -> Option<Vec<Self::Value>>;
}

impl ConvolveDot for f64 {
    fn dot(d: &[f64], k: &[f64], n: usize) -> f64 {
        if n == 0 {
            return 0.0;
        }
        // SAFETY: n contiguous elements of each slice
        unsafe { super::linalg::double_dot(n, d.as_ptr() as *const u8, 8, k.as_ptr() as *const u8, 8) }
    }
    fn small(d: &[f64], k: &[f64], nd: usize) -> Option<Vec<f64>> {
        if k.len() > 11 {
            return None;
        }
        Some(
            (0..nd)
                .map(|i| {
                    let mut s = 0.0;
                    for (j, kv) in k.iter().enumerate() {
                        s += d[i + j] * kv;
                    }
                    s
                })
                .collect(),
        )
    }
}

impl ConvolveDot for i64 {
    fn dot(d: &[i64], k: &[i64], n: usize) -> i64 {
        let mut s = 0i64;
        for j in 0..n {
            s = s.wrapping_add(d[j].wrapping_mul(k[j]));
        }
        s
    }
    fn small(_: &[i64], _: &[i64], _: usize) -> Option<Vec<i64>> {
        None
    }
}

/// `np.convolve(a, v, mode)`: numpy's `correlate` of the longer array with the shorter one
/// reversed (both copied contiguous, as numpy's `PyArray_FromAny` with `NPY_ARRAY_DEFAULT`).
pub fn convolve<T: ConvolveDot>(a: &NdArray<T, 1>, v: &NdArray<T, 1>, mode: &str) -> Result<NdArray<T, 1>>
where
    T::Value: Copy,
{
    let mode = Mode::parse(mode)?;
    let (mut a, mut v) = (a.to_vec(), v.to_vec());
    if v.len() > a.len() {
        std::mem::swap(&mut a, &mut v);
    }
    if a.is_empty() {
        return Err(Error::Value("a cannot be empty"));
    }
    if v.is_empty() {
        return Err(Error::Value("v cannot be empty"));
    }
    v.reverse();
    let (n1, n2) = (a.len(), v.len());
    let (n_left, n_right, length) = match mode {
        Mode::Valid => (0, 0, n1 - n2 + 1),
        Mode::Same => (n2 / 2, n2 - n2 / 2 - 1, n1),
        Mode::Full => (n2 - 1, n2 - 1, n1 + n2 - 1),
    };
    let mut out = Vec::with_capacity(length);
    // the kernel starts `n_left` in, and grows by one element per output at the left edge
    let mut k0 = n_left;
    let mut n = n2 - n_left;
    for _ in 0..n_left {
        out.push(T::dot(&a, &v[k0..], n));
        n += 1;
        k0 -= 1;
    }
    let middle = n1 - n2 + 1;
    match T::small(&a, &v[k0..k0 + n], middle) {
        Some(vals) => out.extend(vals),
        None => {
            for i in 0..middle {
                out.push(T::dot(&a[i..], &v[k0..], n));
            }
        }
    }
    for d0 in middle..middle + n_right {
        n -= 1;
        out.push(T::dot(&a[d0..], &v[k0..], n));
    }
    Ok(NdArray::from_vec([out.len()], out))
}

/// `np.cross(a, b)` of 3-vectors along the last axis (1-D or rows of a 2-D array, broadcast):
/// each component a product minus a product, as numpy computes it.
pub fn cross<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    b: &NdArray<T, D>,
    mul: impl Fn(T::Value, T::Value) -> T::Value,
    sub: impl Fn(T::Value, T::Value) -> T::Value,
) -> Result<NdArray<T, D>>
where
    T::Value: Copy,
{
    let (sa, sb) = (a.shape(), b.shape());
    let bad = |s: &[usize; D]| s[D - 1] != 3 && s[D - 1] != 2;
    if bad(&sa) || bad(&sb) {
        return Err(Error::Value("incompatible dimensions for cross product\n(dimension must be 2 or 3)"));
    }
    if sa[D - 1] != 3 || sb[D - 1] != 3 {
        return Err(Error::Value("cross products of 2-vectors are not supported by pyrs (numpy 2 deprecates them)"));
    }
    let shape = super::ndarray::broadcast_shapes::<D>(&[&sa[..], &sb[..]])?;
    let (a, b) = (a.broadcast_to(shape)?, b.broadcast_to(shape)?);
    let out: NdArray<T, D> = NdArray::uninit(shape);
    let rows: usize = shape[..D - 1].iter().product();
    for r in 0..rows {
        let mut idx = super::ndarray::unravel(r * 3, shape);
        let get = |x: &NdArray<T, D>, idx: &mut [usize; D], c: usize| {
            idx[D - 1] = c;
            // SAFETY: idx is inside the broadcast shape
            unsafe { x.at(*idx) }
        };
        let (a0, a1, a2) = (get(&a, &mut idx, 0), get(&a, &mut idx, 1), get(&a, &mut idx, 2));
        let (b0, b1, b2) = (get(&b, &mut idx, 0), get(&b, &mut idx, 1), get(&b, &mut idx, 2));
        let c = [sub(mul(a1, b2), mul(a2, b1)), sub(mul(a2, b0), mul(a0, b2)), sub(mul(a0, b1), mul(a1, b0))];
        for (k, v) in c.into_iter().enumerate() {
            idx[D - 1] = k;
            // SAFETY: idx is inside `out`
            unsafe { out.put(idx, v) };
        }
    }
    Ok(out)
}

/// `np.polyval(p, x)` for float64: `y = 0; for c in p: y = y * x + c` (numpy's loop, one
/// rounding per operation).
pub fn polyval<const D: usize>(p: &NdArray<f64, 1>, x: &NdArray<f64, D>) -> NdArray<f64, D> {
    let p = p.to_vec();
    let vals: Vec<f64> = x
        .to_vec()
        .into_iter()
        .map(|xv| {
            let mut y = 0.0;
            for &c in &p {
                y = y * xv + c;
            }
            y
        })
        .collect();
    NdArray::from_vec(x.shape(), vals)
}

/// `np.polyval(p, x)` of a float64 scalar.
pub fn polyval_one(p: &NdArray<f64, 1>, x: f64) -> f64 {
    let mut y = 0.0;
    for c in p.iter_items() {
        y = y * x + c;
    }
    y
}

/// `np.interp(x, xp, fp, left, right)` of one number.
pub fn interp_one(
    x: f64,
    xp: &NdArray<f64, 1>,
    fp: &NdArray<f64, 1>,
    left: Option<f64>,
    right: Option<f64>,
) -> Result<f64> {
    let r = interp(&NdArray::from_vec([1], vec![x]), xp, fp, left, right)?;
    // SAFETY: one element
    Ok(unsafe { r.at([0]) })
}
