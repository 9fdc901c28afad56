//! `numpy.random.Generator`'s draws: numpy's non-legacy algorithms (ziggurat normal and
//! exponential, Marsaglia and Tsang's gamma, Lemire's bounded integers, Floyd's sampling for
//! `choice` without replacement; numpy/random/src/distributions/distributions.c and
//! `_generator.pyx`), the same draws in the same order on the generator's own `bitgen_t`, and
//! the parameter checks of `_generator.pyx`/`_common.pyx`/`_bounded_integers.pyx` before any
//! draw.
//!
//! [`crate::py::rng::Generator`] (the Python object, its lock) hands generated code a [`Draw`]
//! for one value ([`Draw::new`]) or an array ([`fill`]).

use super::discrete::{self, Uniform};
use super::ziggurat::{FE_DOUBLE, FI_DOUBLE, KE_DOUBLE, KI_DOUBLE, WE_DOUBLE, WI_DOUBLE};
use super::BitGen;
use crate::error::{Error, Result};
use crate::numpy::element::Element;
use crate::numpy::ndarray::NdArray;

// ziggurat_constants.h
#[allow(clippy::excessive_precision)]
const NOR_R: f64 = 3.6541528853610087963519472518;
#[allow(clippy::excessive_precision)]
const NOR_INV_R: f64 = 0.27366123732975827203338247596;
#[allow(clippy::excessive_precision)]
const EXP_R: f64 = 7.6971174701310497140446280481;

/// Draws from one generator's `bitgen_t`.
pub struct Draw {
    bg: *mut BitGen,
    /// only check the parameters, draw nothing (`size=0`: numpy still checks them)
    checking: bool,
}

fn bad(msg: &'static str) -> Error {
    Error::Value(msg)
}

/// `_common.pyx`'s `CONS_NON_NEGATIVE`: the sign bit set (also `-0.0`), NaN allowed.
fn non_negative(x: f64, msg: &'static str) -> Result<()> {
    if !x.is_nan() && x.is_sign_negative() {
        return Err(bad(msg));
    }
    Ok(())
}

/// `_common.pyx`'s `POISSON_LAM_MAX`: `iinfo('int64').max - sqrt(iinfo('int64').max) * 10`.
fn poisson_lam_max() -> f64 {
    let m = i64::MAX as f64;
    m - m.sqrt() * 10.0
}

/// The dimensions of `size=`: numpy's error for a negative one.
pub fn dims_of<const D: usize>(shape: [i64; D]) -> Result<[usize; D]> {
    let mut dims = [0usize; D];
    for (k, &n) in shape.iter().enumerate() {
        if n < 0 {
            return Err(bad("negative dimensions are not allowed"));
        }
        dims[k] = n as usize;
    }
    Ok(dims)
}

/// A new array of `shape` whose elements are `draw` called in C order, as numpy fills its
/// arrays. With no element, `draw` still runs once drawing nothing, so that its parameters
/// are checked as numpy checks them.
///
/// # Safety
/// As [`Draw::new`].
pub unsafe fn fill<T: Element, const D: usize>(
    bg: *mut BitGen,
    shape: [i64; D],
    mut draw: impl FnMut(&mut Draw) -> Result<T::Value>,
) -> Result<NdArray<T, D>> {
    let dims = dims_of(shape)?;
    let n: usize = dims.iter().product();
    let mut r = Draw { bg, checking: n == 0 };
    if n == 0 {
        draw(&mut r)?;
    }
    let mut v = Vec::with_capacity(n);
    for _ in 0..n {
        v.push(draw(&mut r)?);
    }
    Ok(NdArray::from_vec(dims, v))
}

/// Draws with array parameters (`rng.normal(mu, sigma)` with `mu` an array): `params`, each seen
/// with the output's dimensions, broadcast together (or to `size`); every combination checked
/// first without drawing (numpy checks the parameter arrays before any draw), then one draw per
/// element in C order.
///
/// # Safety
/// As [`Draw::new`].
pub unsafe fn fill_params<T: Element, const D: usize, const K: usize>(
    bg: *mut BitGen,
    size: Option<[i64; D]>,
    params: [&NdArray<f64, D>; K],
    mut draw: impl FnMut(&mut Draw, [f64; K]) -> Result<T::Value>,
) -> Result<NdArray<T, D>> {
    let shapes: Vec<[usize; D]> = params.iter().map(|p| p.shape()).collect();
    let refs: Vec<&[usize]> = shapes.iter().map(|s| &s[..]).collect();
    let joint: [usize; D] = crate::numpy::ndarray::broadcast_shapes(&refs)?;
    let at = |shape: [usize; D], idx: [usize; D]| -> Result<[f64; K]> {
        let mut q = [0.0; K];
        for (j, p) in params.iter().enumerate() {
            let b = p.broadcast_to(shape)?;
            // SAFETY: idx is inside `shape`, which `b` is seen with
            q[j] = unsafe { b.at(idx) };
        }
        Ok(q)
    };
    let mut check = Draw { bg, checking: true };
    let mut failed = None;
    crate::numpy::ndarray::for_each_index(joint, |idx| {
        if failed.is_none() {
            if let Err(e) = at(joint, idx).and_then(|q| draw(&mut check, q)) {
                failed = Some(e);
            }
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    let out = match size {
        Some(s) => {
            let dims = dims_of(s)?;
            if params.iter().any(|p| p.broadcast_to(dims).is_err()) {
                let show =
                    |d: &[usize]| format!("({})", d.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", "));
                return Err(Error::Value(format!(
                    "Output size {} is not compatible with broadcast dimensions of inputs {}.",
                    show(&dims),
                    show(&crate::numpy::ndarray::broadcast_shapes::<D>(&[&dims[..], &joint[..]]).unwrap_or(joint))
                )));
            }
            dims
        }
        None => joint,
    };
    let mut r = Draw { bg, checking: false };
    let mut v = Vec::with_capacity(out.iter().product());
    let mut failed = None;
    crate::numpy::ndarray::for_each_index(out, |idx| {
        if failed.is_none() {
            match at(out, idx).and_then(|q| draw(&mut r, q)) {
                Ok(x) => v.push(x),
                Err(e) => failed = Some(e),
            }
        }
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(NdArray::from_vec(out, v)),
    }
}

/// `out=` of `random`/`standard_normal`/`standard_exponential`: numpy's checks of the array
/// (contiguous in C or Fortran order and writeable, `size` equal to its shape), then one draw per
/// element in its memory order.
///
/// # Safety
/// As [`Draw::new`].
pub unsafe fn fill_out<const D: usize, const S: usize>(
    bg: *mut BitGen,
    out: &NdArray<f64, D>,
    size: Option<[i64; S]>,
    mut draw: impl FnMut(&mut Draw) -> Result<f64>,
) -> Result<()> {
    let c = out.is_c_contiguous();
    if !(c || out.size() == 0 || out.transpose().is_c_contiguous()) || out.check_writeable().is_err() {
        return Err(bad("Supplied output array must be contiguous, writable, aligned, and in machine byte-order."));
    }
    if let Some(s) = size {
        if s.len() != D || s.iter().zip(out.shape()).any(|(&a, b)| a != b as i64) {
            return Err(bad("size must match out.shape when used together"));
        }
    }
    let mut r = Draw { bg, checking: false };
    // the walk in memory order: C order of the array or of its transpose
    let seen = if c { out.clone() } else { out.transpose() };
    let mut failed = None;
    crate::numpy::ndarray::for_each_index(seen.shape(), |idx| {
        if failed.is_none() {
            match draw(&mut r) {
                // SAFETY: idx is inside `seen`, a writeable view of `out`
                Ok(x) => unsafe { seen.put(idx, x) },
                Err(e) => failed = Some(e),
            }
        }
    });
    failed.map_or(Ok(()), Err)
}

impl Uniform for Draw {
    fn next_double(&mut self) -> f64 {
        Draw::next_double(self)
    }
}

/// `gen_mask`: the smallest mask of ones covering `max`.
fn mask_of(max: u64) -> u64 {
    let mut m = max;
    m |= m >> 1;
    m |= m >> 2;
    m |= m >> 4;
    m |= m >> 8;
    m |= m >> 16;
    m |= m >> 32;
    m
}

impl Draw {
    /// # Safety
    /// `bg` points to the live `bitgen_t` of a bit generator whose lock the caller holds
    /// (nothing else draws from it meanwhile).
    pub unsafe fn new(bg: *mut BitGen) -> Draw {
        Draw { bg, checking: false }
    }

    #[inline]
    fn bitgen(&self) -> &BitGen {
        // SAFETY: `new`'s contract
        unsafe { &*self.bg }
    }

    #[inline]
    pub fn next_double(&mut self) -> f64 {
        if self.checking {
            return 0.0;
        }
        let b = self.bitgen();
        // SAFETY: numpy's own function on its own state, under its lock
        unsafe { (b.next_double)(b.state) }
    }

    #[inline]
    fn next_uint32(&mut self) -> u32 {
        if self.checking {
            return 0;
        }
        let b = self.bitgen();
        // SAFETY: as in `next_double`
        unsafe { (b.next_uint32)(b.state) }
    }

    #[inline]
    fn next_uint64(&mut self) -> u64 {
        if self.checking {
            return 0;
        }
        let b = self.bitgen();
        // SAFETY: as in `next_double`
        unsafe { (b.next_uint64)(b.state) }
    }

    /// `random_standard_normal`: the ziggurat (256 layers, 52-bit mantissa, sign bit).
    fn gauss(&mut self) -> f64 {
        if self.checking {
            return 0.0;
        }
        loop {
            let r = self.next_uint64();
            let idx = (r & 0xff) as usize;
            let r = r >> 8;
            let rabs = (r >> 1) & 0x000f_ffff_ffff_ffff;
            let mut x = rabs as f64 * WI_DOUBLE[idx];
            if r & 1 == 1 {
                x = -x;
            }
            if rabs < KI_DOUBLE[idx] {
                return x;
            }
            if idx == 0 {
                // the tail beyond NOR_R
                loop {
                    let xx = -NOR_INV_R * (1.0 - self.next_double()).ln();
                    let yy = -(1.0 - self.next_double()).ln();
                    if yy + yy > xx * xx {
                        return if (rabs >> 8) & 1 == 1 { -(NOR_R + xx) } else { NOR_R + xx };
                    }
                }
            } else if (FI_DOUBLE[idx - 1] - FI_DOUBLE[idx]) * self.next_double() + FI_DOUBLE[idx] < (-0.5 * x * x).exp()
            {
                return x;
            }
        }
    }

    /// `random_standard_exponential` (numpy's ziggurat method `zig`).
    fn exp_zig(&mut self) -> f64 {
        if self.checking {
            return 0.0;
        }
        loop {
            let ri = self.next_uint64() >> 3;
            let idx = (ri & 0xff) as usize;
            let ri = ri >> 8;
            let x = ri as f64 * WE_DOUBLE[idx];
            if ri < KE_DOUBLE[idx] {
                return x;
            }
            if idx == 0 {
                return EXP_R - (1.0 - self.next_double()).ln();
            }
            if (FE_DOUBLE[idx - 1] - FE_DOUBLE[idx]) * self.next_double() + FE_DOUBLE[idx] < (-x).exp() {
                return x;
            }
            // numpy draws again from the start (its recursive call)
        }
    }

    /// `random_standard_gamma`: Marsaglia and Tsang's method (shape >= 1), Johnk-like
    /// rejection below 1.
    fn gamma_raw(&mut self, shape: f64) -> f64 {
        if self.checking {
            return 0.0;
        }
        if shape == 1.0 {
            return self.exp_zig();
        } else if shape == 0.0 {
            return 0.0;
        } else if shape < 1.0 {
            loop {
                let u = self.next_double();
                let v = self.exp_zig();
                if u <= 1.0 - shape {
                    let x = u.powf(1.0 / shape);
                    if x <= v {
                        return x;
                    }
                } else {
                    let y = -((1.0 - u) / shape).ln();
                    let x = (1.0 - shape + shape * y).powf(1.0 / shape);
                    if x <= v + y {
                        return x;
                    }
                }
            }
        }
        let b = shape - 1.0 / 3.0;
        let c = 1.0 / (9.0 * b).sqrt();
        loop {
            let (mut x, mut v);
            loop {
                x = self.gauss();
                v = 1.0 + c * x;
                // numpy loops while `V <= 0.0` (a NaN leaves the loop)
                if v > 0.0 || v.is_nan() {
                    break;
                }
            }
            v = v * v * v;
            let u = self.next_double();
            if u < 1.0 - 0.0331 * (x * x) * (x * x) {
                return b * v;
            }
            if u.ln() < 0.5 * x * x + b * (1.0 - v + v.ln()) {
                return b * v;
            }
        }
    }

    /// `rng.random()`
    pub fn random(&mut self) -> Result<f64> {
        Ok(self.next_double())
    }

    pub fn standard_normal(&mut self) -> Result<f64> {
        Ok(self.gauss())
    }

    pub fn normal(&mut self, loc: f64, scale: f64) -> Result<f64> {
        non_negative(scale, "scale < 0")?;
        Ok(loc + scale * self.gauss())
    }

    /// `uniform(low, high)`: `low + (high - low) * U`, the range finite and not negative.
    pub fn uniform(&mut self, low: f64, high: f64) -> Result<f64> {
        let range = high - low;
        if !range.is_finite() {
            return Err(Error::Overflow("high - low range exceeds valid bounds"));
        }
        non_negative(range, "high - low < 0")?;
        Ok(low + range * self.next_double())
    }

    pub fn standard_exponential(&mut self) -> Result<f64> {
        Ok(self.exp_zig())
    }

    pub fn exponential(&mut self, scale: f64) -> Result<f64> {
        non_negative(scale, "scale < 0")?;
        Ok(scale * self.exp_zig())
    }

    pub fn standard_gamma(&mut self, shape: f64) -> Result<f64> {
        non_negative(shape, "shape < 0")?;
        Ok(self.gamma_raw(shape))
    }

    pub fn gamma(&mut self, shape: f64, scale: f64) -> Result<f64> {
        non_negative(shape, "shape < 0")?;
        non_negative(scale, "scale < 0")?;
        Ok(scale * self.gamma_raw(shape))
    }

    pub fn poisson(&mut self, lam: f64) -> Result<i64> {
        if lam < 0.0 || lam.is_nan() {
            return Err(bad("lam < 0 or lam is NaN"));
        }
        if lam > poisson_lam_max() {
            return Err(bad("lam value too large"));
        }
        Ok(if self.checking { 0 } else { discrete::poisson(self, lam) })
    }

    /// `random_binomial` (the Generator's: nothing drawn for `n == 0` or `p == 0`).
    pub fn binomial(&mut self, n: i64, p: f64) -> Result<i64> {
        if !(0.0..=1.0).contains(&p) {
            return Err(bad("p < 0, p > 1 or p is NaN"));
        }
        if n < 0 {
            return Err(bad("n < 0"));
        }
        if self.checking || n == 0 || p == 0.0 {
            return Ok(0);
        }
        Ok(if p <= 0.5 {
            if p * n as f64 <= 30.0 {
                discrete::binomial_inversion(self, n, p)
            } else {
                discrete::binomial_btpe(self, n, p)
            }
        } else {
            let q = 1.0 - p;
            if q * n as f64 <= 30.0 {
                n - discrete::binomial_inversion(self, n, q)
            } else {
                n - discrete::binomial_btpe(self, n, q)
            }
        })
    }

    /// `buffered_bounded_lemire_uint32`: uniform on `0..=rng` (`rng < 2**32 - 1`).
    fn lemire32(&mut self, rng: u32) -> u32 {
        let excl = rng.wrapping_add(1);
        let mut m = self.next_uint32() as u64 * excl as u64;
        let mut leftover = m as u32;
        if leftover < excl {
            let threshold = (u32::MAX - rng) % excl;
            while leftover < threshold {
                m = self.next_uint32() as u64 * excl as u64;
                leftover = m as u32;
            }
        }
        (m >> 32) as u32
    }

    /// `bounded_lemire_uint64`: uniform on `0..=rng` (`rng < 2**64 - 1`).
    fn lemire64(&mut self, rng: u64) -> u64 {
        let excl = rng.wrapping_add(1);
        let mut m = self.next_uint64() as u128 * excl as u128;
        let mut leftover = m as u64;
        if leftover < excl {
            let threshold = (u64::MAX - rng) % excl;
            while leftover < threshold {
                m = self.next_uint64() as u128 * excl as u128;
                leftover = m as u64;
            }
        }
        (m >> 64) as u64
    }

    /// `random_bounded_uint64` without the mask: uniform on `0..=rng`.
    pub fn bounded(&mut self, rng: u64) -> u64 {
        if self.checking || rng == 0 {
            0
        } else if rng == 0xffff_ffff {
            self.next_uint32() as u64
        } else if rng < 0xffff_ffff {
            self.lemire32(rng as u32) as u64
        } else if rng == u64::MAX {
            self.next_uint64()
        } else {
            self.lemire64(rng)
        }
    }

    /// `random_interval`: uniform on `0..=max` by masked rejection (what `shuffle` draws).
    fn interval(&mut self, max: u64) -> u64 {
        if max == 0 {
            return 0;
        }
        let mask = mask_of(max);
        if max <= 0xffff_ffff {
            loop {
                let v = (self.next_uint32() as u64) & mask;
                if v <= max {
                    return v;
                }
            }
        } else {
            loop {
                let v = self.next_uint64() & mask;
                if v <= max {
                    return v;
                }
            }
        }
    }

    /// `shuffle` of `n` items by swaps from the last (`_shuffle_raw`).
    pub fn shuffle_by(&mut self, n: usize, mut swap: impl FnMut(usize, usize)) {
        for i in (1..n).rev() {
            let j = self.interval(i as u64) as usize;
            swap(i, j);
        }
    }
}

/// `integers(low, high, endpoint=...)` of int64: the offset and the inclusive range to draw
/// (`_rand_int64`'s checks: `high` is exclusive unless `endpoint`).
pub fn int_bounds(low: i64, high: i64, endpoint: bool) -> Result<(i64, u64)> {
    let high_incl = if endpoint { high as i128 } else { high as i128 - 1 };
    if (low as i128) > high_incl {
        return Err(bad(match (endpoint, low == 0) {
            (false, true) => "high <= 0",
            (false, false) => "low >= high",
            (true, true) => "high < 0",
            (true, false) => "low > high",
        }));
    }
    Ok((low, (high_incl - low as i128) as u64))
}

impl Draw {
    /// One `integers` draw in the bounds [`int_bounds`] gave.
    pub fn integer(&mut self, off: i64, rng: u64) -> i64 {
        (off as u64).wrapping_add(self.bounded(rng)) as i64
    }
}

/// `integers(low, high, size, endpoint=...)`: numpy returns an empty array without checking
/// the bounds when `size` has no element.
///
/// # Safety
/// As [`Draw::new`].
pub unsafe fn integers_fill<const D: usize>(
    bg: *mut BitGen,
    shape: [i64; D],
    low: i64,
    high: i64,
    endpoint: bool,
) -> Result<NdArray<i64, D>> {
    let dims = dims_of(shape)?;
    let n: usize = dims.iter().product();
    if n == 0 {
        return Ok(NdArray::from_vec(dims, Vec::new()));
    }
    let (off, rng) = int_bounds(low, high, endpoint)?;
    // SAFETY: the caller's contract
    let mut r = unsafe { Draw::new(bg) };
    let v = (0..n).map(|_| r.integer(off, rng)).collect();
    Ok(NdArray::from_vec(dims, v))
}

/// numpy's check of `choice`'s population: `pop < 0` means `a` was an int below 1.
fn check_population(pop: i64, k: usize, array: bool) -> Result<()> {
    if pop <= 0 && k != 0 {
        return Err(bad(if array {
            "a cannot be empty unless no samples are taken"
        } else {
            "a must be a positive integer unless no samples are taken"
        }));
    }
    Ok(())
}

/// The indices of `choice(a, size, replace, shuffle=shuffle)` without `p` from a population of
/// `pop` (`pop < 0`: `a` was an int below 1), `k` of them: `integers(0, pop)` each with
/// replacement; without, a tail shuffle of `arange(pop)` for large samples of large
/// populations, else Floyd's algorithm on a hash set, then a shuffle (when `shuffle`).
///
/// # Safety
/// As [`Draw::new`].
pub unsafe fn choice_indices(
    bg: *mut BitGen,
    pop: i64,
    k: usize,
    replace: bool,
    shuffle: bool,
    array: bool,
) -> Result<Vec<i64>> {
    check_population(pop, k, array)?;
    // SAFETY: the caller's contract
    let mut r = unsafe { Draw::new(bg) };
    if replace {
        if k == 0 {
            return Ok(Vec::new());
        }
        let (off, rng) = int_bounds(0, pop, false)?;
        return Ok((0..k).map(|_| r.integer(off, rng)).collect());
    }
    if k as i64 > pop.max(0) {
        return Err(bad("Cannot take a larger sample than population when replace is False"));
    }
    let pop = pop.max(0);
    let size = k as i64;
    let cutoff = if shuffle { 50 } else { 20 };
    if pop > 10000 && size > pop / cutoff {
        let mut idx: Vec<i64> = (0..pop).collect();
        let first = (pop - size).max(1);
        for i in (first..pop).rev() {
            let j = r.bounded(i as u64) as usize;
            idx.swap(i as usize, j);
        }
        return Ok(idx.split_off((pop - size) as usize));
    }
    let mut idx = vec![0i64; k];
    let set_size = (1.2 * size as f64) as u64;
    let mask = mask_of(set_size);
    let empty = u64::MAX;
    let mut set = vec![empty; (mask + 1) as usize];
    for j in pop - size..pop {
        let val = r.bounded(j as u64);
        let mut loc = (val & mask) as usize;
        while set[loc] != empty && set[loc] != val {
            loc = ((loc as u64 + 1) & mask) as usize;
        }
        let slot = (j - pop + size) as usize;
        if set[loc] == empty {
            set[loc] = val;
            idx[slot] = val as i64;
        } else {
            let mut loc = (j as u64 & mask) as usize;
            while set[loc] != empty {
                loc = ((loc as u64 + 1) & mask) as usize;
            }
            set[loc] = j as u64;
            idx[slot] = j;
        }
    }
    if shuffle {
        for i in (1..k).rev() {
            let j = r.bounded(i as u64) as usize;
            idx.swap(i, j);
        }
    }
    Ok(idx)
}

/// `_common.pyx`'s `kahan_sum`.
fn kahan_sum(v: &[f64]) -> f64 {
    let Some((&first, rest)) = v.split_first() else { return 0.0 };
    let (mut sum, mut c) = (first, 0.0);
    for &x in rest {
        let y = x - c;
        let t = sum + y;
        c = (t - sum) - y;
        sum = t;
    }
    sum
}

/// `np.cumsum(p)` divided by its last element: numpy's `cdf`.
fn cdf_of(p: &[f64]) -> Vec<f64> {
    let mut run = 0.0;
    let mut cdf: Vec<f64> = p
        .iter()
        .map(|x| {
            run += x;
            run
        })
        .collect();
    let last = *cdf.last().expect("p is not empty here");
    for c in &mut cdf {
        *c /= last;
    }
    cdf
}

/// `cdf.searchsorted(x, side='right')`.
fn search_right(cdf: &[f64], x: f64) -> i64 {
    cdf.partition_point(|c| crate::numpy::shape::Sortable::cmp_np(c, &x) != std::cmp::Ordering::Greater) as i64
}

/// The indices of `choice(a, size, replace, p=p)` (`p` as float64; `atol`: numpy's tolerance of
/// its sum, `sqrt(eps)` of float64 or of a float32 `p`): numpy's checks of `p`, then with
/// replacement one `random()` per sample searched in the normalised running sum of `p`; without,
/// rounds of such draws for the samples still missing, the probabilities of those found set to
/// zero, the first occurrence of each new index kept.
///
/// # Safety
/// As [`Draw::new`].
pub unsafe fn choice_indices_p(
    bg: *mut BitGen,
    pop: i64,
    k: usize,
    replace: bool,
    p: &[f64],
    atol: f64,
    array: bool,
) -> Result<Vec<i64>> {
    check_population(pop, k, array)?;
    if p.len() as i64 != pop {
        return Err(bad("a and p must have same size"));
    }
    let total = kahan_sum(p);
    if total.is_nan() {
        return Err(bad("Probabilities contain NaN"));
    }
    if p.iter().any(|&x| x < 0.0) {
        return Err(bad("Probabilities are not non-negative"));
    }
    if (total - 1.0).abs() > atol {
        return Err(bad("Probabilities do not sum to 1. See Notes section of docstring for more information."));
    }
    // SAFETY: the caller's contract
    let mut r = unsafe { Draw::new(bg) };
    if replace {
        if k == 0 {
            return Ok(Vec::new());
        }
        let cdf = cdf_of(p);
        return Ok((0..k).map(|_| search_right(&cdf, r.next_double())).collect());
    }
    if k as i64 > pop {
        return Err(bad("Cannot take a larger sample than population when replace is False"));
    }
    if p.iter().filter(|&&x| x > 0.0).count() < k {
        return Err(bad("Fewer non-zero entries in p than size"));
    }
    let mut p = p.to_vec();
    let mut found: Vec<i64> = Vec::with_capacity(k);
    while found.len() < k {
        let x: Vec<f64> = (0..k - found.len()).map(|_| r.next_double()).collect();
        for &i in &found {
            p[i as usize] = 0.0;
        }
        let cdf = cdf_of(&p);
        let mut new: Vec<i64> = Vec::new();
        for v in x {
            let i = search_right(&cdf, v);
            if !new.contains(&i) {
                new.push(i);
            }
        }
        found.extend(new);
    }
    Ok(found)
}
