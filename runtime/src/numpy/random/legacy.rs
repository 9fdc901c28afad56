//! The legacy `RandomState` API (`np.random.normal`, `np.random.seed`, ...) with numpy's
//! legacy algorithms (numpy/random/src/legacy/legacy-distributions.c and the parts of
//! distributions.c that `RandomState` calls), the same draws in the same order, and the
//! parameter checks of `mtrand.pyx` before any draw.
//!
//! Generated code calls [`with`] for one value and [`fill`] for `size=`: both run a closure
//! on the [`Legacy`] of the session [`crate::py::random`] opened for the compiled call.

use super::discrete::Uniform;
use super::{legacy_state, Aug, Mt19937State};
use crate::error::{Error, Result};
use crate::numpy::element::Element;
use crate::numpy::ndarray::NdArray;

/// The global `RandomState` for the compiled call in progress.
pub struct Legacy {
    aug: *mut Aug,
    mt: *mut Mt19937State,
    /// only check the parameters, draw nothing (`size=0`: numpy still checks them)
    checking: bool,
}

fn no_session() -> Error {
    Error::Internal("numpy.random used outside a compiled call (no RandomState session)")
}

/// `f` on the global `RandomState`: one draw (or `seed`).
pub fn with<R>(f: impl FnOnce(&mut Legacy) -> Result<R>) -> Result<R> {
    let (aug, mt) = legacy_state();
    if aug.is_null() {
        return Err(no_session());
    }
    f(&mut Legacy { aug, mt, checking: false })
}

/// A new array of `shape` (`size=`) whose elements are `draw` called in C order, as numpy
/// fills its arrays. `draw` checks its parameters before drawing, so bad parameters raise
/// before any draw, as numpy's do.
pub fn fill<T: Element, const D: usize>(
    shape: [i64; D],
    mut draw: impl FnMut(&mut Legacy) -> Result<T::Value>,
) -> Result<NdArray<T, D>> {
    let mut dims = [0usize; D];
    for (k, &n) in shape.iter().enumerate() {
        if n < 0 {
            return Err(Error::Value("negative dimensions are not allowed"));
        }
        dims[k] = n as usize;
    }
    with(|r| {
        let n: usize = dims.iter().product();
        let mut v = Vec::with_capacity(n);
        if n == 0 {
            // numpy checks the parameters even when nothing is drawn
            r.checking = true;
            let checked = draw(r).map(|_| ());
            r.checking = false;
            checked?;
        }
        for _ in 0..n {
            v.push(draw(r)?);
        }
        Ok(NdArray::from_vec(dims, v))
    })
}

fn bad(msg: &'static str) -> Error {
    Error::Value(msg)
}

/// numpy's `CONS_NON_NEGATIVE`: the sign bit set (also `-0.0`), NaN allowed.
fn non_negative(x: f64, msg: &'static str) -> Result<()> {
    if !x.is_nan() && x.is_sign_negative() {
        return Err(bad(msg));
    }
    Ok(())
}

/// numpy's `CONS_POSITIVE`: `x <= 0` (NaN allowed).
fn positive(x: f64, msg: &'static str) -> Result<()> {
    if x <= 0.0 {
        return Err(bad(msg));
    }
    Ok(())
}

/// `mtrand.pyx`'s `POISSON_LAM_MAX`: `iinfo('l').max - sqrt(iinfo('l').max) * 10`.
fn poisson_lam_max() -> f64 {
    let m = i64::MAX as f64;
    m - m.sqrt() * 10.0
}

impl Legacy {
    #[inline]
    fn bitgen(&self) -> &super::BitGen {
        // SAFETY: the session's `aug_bitgen_t` points to its live `bitgen_t` (Session::enter)
        unsafe { &*(*self.aug).bit_generator }
    }

    #[inline]
    pub fn next_double(&mut self) -> f64 {
        if self.checking {
            return 0.0;
        }
        let b = self.bitgen();
        // SAFETY: numpy's own function on its own state, under its lock (Session)
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

    /// `np.random.seed(s)` for an int `s`: `mt19937_seed`, and the cached normal dropped.
    pub fn seed(&mut self, s: i64) -> Result<()> {
        if !(0..=u32::MAX as i64).contains(&s) {
            return Err(bad("Seed must be between 0 and 2**32 - 1"));
        }
        if self.mt.is_null() {
            return Err(Error::Type("numpy.random.seed in compiled code needs the global RandomState on MT19937"));
        }
        // SAFETY: the session's MT19937 state, under its lock
        let st = unsafe { &mut *self.mt };
        let mut seed = s as u32;
        for pos in 0..624u32 {
            st.key[pos as usize] = seed;
            seed = 1812433253u32.wrapping_mul(seed ^ (seed >> 30)).wrapping_add(pos + 1);
        }
        st.pos = 624;
        // SAFETY: the session's aug state
        unsafe {
            (*self.aug).has_gauss = 0;
            (*self.aug).gauss = 0.0;
        }
        Ok(())
    }

    /// `legacy_gauss`: the polar method, the second value kept for the next call.
    pub fn gauss(&mut self) -> f64 {
        if self.checking {
            return 0.0;
        }
        // SAFETY: the session's aug state (see `bitgen`)
        let aug = unsafe { &mut *self.aug };
        if aug.has_gauss != 0 {
            let t = aug.gauss;
            aug.has_gauss = 0;
            aug.gauss = 0.0;
            return t;
        }
        let (mut x1, mut x2, mut r2);
        loop {
            x1 = 2.0 * self.next_double() - 1.0;
            x2 = 2.0 * self.next_double() - 1.0;
            r2 = x1 * x1 + x2 * x2;
            if !(r2 >= 1.0 || r2 == 0.0) {
                break;
            }
        }
        let f = (-2.0 * r2.ln() / r2).sqrt();
        // SAFETY: as above
        let aug = unsafe { &mut *self.aug };
        aug.gauss = f * x1;
        aug.has_gauss = 1;
        f * x2
    }

    fn standard_exponential_raw(&mut self) -> f64 {
        -(1.0 - self.next_double()).ln()
    }

    fn standard_gamma_raw(&mut self, shape: f64) -> f64 {
        if shape == 1.0 {
            return self.standard_exponential_raw();
        } else if shape == 0.0 {
            return 0.0;
        } else if shape < 1.0 {
            loop {
                let u = self.next_double();
                let v = self.standard_exponential_raw();
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

    /// `random_sample`, `random`, `rand`: `next_double`.
    pub fn random(&mut self) -> Result<f64> {
        Ok(self.next_double())
    }

    pub fn standard_normal(&mut self) -> Result<f64> {
        Ok(self.gauss())
    }

    pub fn normal(&mut self, loc: f64, scale: f64) -> Result<f64> {
        non_negative(scale, "scale < 0")?;
        Ok(if self.checking { 0.0 } else { loc + scale * self.gauss() })
    }

    pub fn uniform(&mut self, low: f64, high: f64) -> Result<f64> {
        let range = high - low;
        if !range.is_finite() {
            return Err(Error::Overflow("Range exceeds valid bounds"));
        }
        Ok(if self.checking { 0.0 } else { low + range * self.next_double() })
    }

    pub fn standard_gamma(&mut self, shape: f64) -> Result<f64> {
        non_negative(shape, "shape < 0")?;
        Ok(if self.checking { 0.0 } else { self.standard_gamma_raw(shape) })
    }

    pub fn gamma(&mut self, shape: f64, scale: f64) -> Result<f64> {
        non_negative(shape, "shape < 0")?;
        non_negative(scale, "scale < 0")?;
        Ok(if self.checking { 0.0 } else { scale * self.standard_gamma_raw(shape) })
    }

    pub fn beta(&mut self, a: f64, b: f64) -> Result<f64> {
        positive(a, "a <= 0")?;
        positive(b, "b <= 0")?;
        if self.checking {
            return Ok(0.0);
        }
        if a <= 1.0 && b <= 1.0 {
            loop {
                let u = self.next_double();
                let v = self.next_double();
                let x = u.powf(1.0 / a);
                let y = v.powf(1.0 / b);
                if x + y <= 1.0 {
                    if x + y > 0.0 {
                        return Ok(x / (x + y));
                    }
                    let mut log_x = u.ln() / a;
                    let mut log_y = v.ln() / b;
                    let log_m = if log_x > log_y { log_x } else { log_y };
                    log_x -= log_m;
                    log_y -= log_m;
                    return Ok((log_x - (log_x.exp() + log_y.exp()).ln()).exp());
                }
            }
        }
        let ga = self.standard_gamma_raw(a);
        let gb = self.standard_gamma_raw(b);
        Ok(ga / (ga + gb))
    }

    pub fn standard_exponential(&mut self) -> Result<f64> {
        Ok(self.standard_exponential_raw())
    }

    pub fn exponential(&mut self, scale: f64) -> Result<f64> {
        non_negative(scale, "scale < 0")?;
        Ok(if self.checking { 0.0 } else { scale * self.standard_exponential_raw() })
    }

    pub fn lognormal(&mut self, mean: f64, sigma: f64) -> Result<f64> {
        non_negative(sigma, "sigma < 0")?;
        Ok(if self.checking { 0.0 } else { (mean + sigma * self.gauss()).exp() })
    }

    pub fn chisquare(&mut self, df: f64) -> Result<f64> {
        positive(df, "df <= 0")?;
        Ok(if self.checking { 0.0 } else { 2.0 * self.standard_gamma_raw(df / 2.0) })
    }

    pub fn laplace(&mut self, loc: f64, scale: f64) -> Result<f64> {
        non_negative(scale, "scale < 0")?;
        if self.checking {
            return Ok(0.0);
        }
        loop {
            let u = self.next_double();
            if u >= 0.5 {
                return Ok(loc - scale * (2.0 - u - u).ln());
            } else if u > 0.0 {
                return Ok(loc + scale * (u + u).ln());
            }
        }
    }

    pub fn standard_cauchy(&mut self) -> Result<f64> {
        let n = self.gauss();
        Ok(n / self.gauss())
    }

    pub fn logistic(&mut self, loc: f64, scale: f64) -> Result<f64> {
        non_negative(scale, "scale < 0")?;
        if self.checking {
            return Ok(0.0);
        }
        loop {
            let u = self.next_double();
            if u > 0.0 {
                return Ok(loc + scale * (u / (1.0 - u)).ln());
            }
        }
    }

    pub fn gumbel(&mut self, loc: f64, scale: f64) -> Result<f64> {
        non_negative(scale, "scale < 0")?;
        if self.checking {
            return Ok(0.0);
        }
        loop {
            let u = 1.0 - self.next_double();
            if u < 1.0 {
                return Ok(loc - scale * (-u.ln()).ln());
            }
        }
    }

    pub fn rayleigh(&mut self, scale: f64) -> Result<f64> {
        non_negative(scale, "scale < 0")?;
        // numpy's `legacy_rayleigh`: `log1p(-u)` (not `log(1 - u)`, which differs in the last bit)
        Ok(if self.checking { 0.0 } else { scale * (-2.0 * (-self.next_double()).ln_1p()).sqrt() })
    }

    pub fn poisson(&mut self, lam: f64) -> Result<i64> {
        if lam < 0.0 || lam.is_nan() {
            return Err(bad("lam < 0 or lam is NaN"));
        }
        if lam > poisson_lam_max() {
            return Err(bad("lam value too large"));
        }
        Ok(if self.checking { 0 } else { super::discrete::poisson(self, lam) })
    }

    pub fn binomial(&mut self, n: i64, p: f64) -> Result<i64> {
        if n < 0 {
            return Err(bad("n < 0"));
        }
        if !(0.0..=1.0).contains(&p) {
            return Err(bad("p < 0, p > 1 or p is NaN"));
        }
        // the legacy algorithm draws even for `n == 0` or `p == 0` (no early return)
        if self.checking {
            return Ok(0);
        }
        Ok(if p <= 0.5 {
            if p * n as f64 <= 30.0 {
                super::discrete::binomial_inversion(self, n, p)
            } else {
                super::discrete::binomial_btpe(self, n, p)
            }
        } else {
            let q = 1.0 - p;
            if q * n as f64 <= 30.0 {
                n - super::discrete::binomial_inversion(self, n, q)
            } else {
                n - super::discrete::binomial_btpe(self, n, q)
            }
        })
    }

    pub fn geometric(&mut self, p: f64) -> Result<i64> {
        if p <= 0.0 || p > 1.0 || p.is_nan() {
            return Err(bad("p <= 0, p > 1 or p contains NaNs"));
        }
        if self.checking {
            return Ok(0);
        }
        // numpy's constant 0.333333333333333333333333, as a double
        if p >= 0.333_333_333_333_333_3 {
            let mut x = 1;
            let mut sum = p;
            let mut prod = p;
            let q = 1.0 - p;
            let u = self.next_double();
            while u > sum {
                prod *= q;
                sum += prod;
                x += 1;
            }
            Ok(x)
        } else {
            Ok(((1.0 - self.next_double()).ln() / (1.0 - p).ln()).ceil() as i64)
        }
    }

    /// `random_interval`: uniform on `0..=max` by masked rejection.
    pub fn interval(&mut self, max: u64) -> u64 {
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

    /// `randint(low, high)` (`high` given) or `randint(high)` (`low` = 0): numpy's masked
    /// bounded integers (`random_bounded_uint64_fill` with `use_masked`).
    pub fn randint(&mut self, low: i64, high: Option<i64>) -> Result<i64> {
        let (low, high) = match high {
            Some(h) => {
                if low >= h {
                    return Err(bad("low >= high"));
                }
                (low, h)
            }
            None => {
                if low <= 0 {
                    return Err(bad("high <= 0"));
                }
                (0, low)
            }
        };
        if self.checking {
            return Ok(0);
        }
        let rng = (high as u64).wrapping_sub(1).wrapping_sub(low as u64);
        let off = low as u64;
        let v = if rng == 0 {
            0
        } else if rng <= 0xffff_ffff {
            let mask = mask_of(rng);
            loop {
                let v = (self.next_uint32() as u64) & mask;
                if v <= rng {
                    break v;
                }
            }
        } else if rng == u64::MAX {
            self.next_uint64()
        } else {
            let mask = mask_of(rng);
            loop {
                let v = self.next_uint64() & mask;
                if v <= rng {
                    break v;
                }
            }
        };
        Ok(off.wrapping_add(v) as i64)
    }

    /// `shuffle` of `n` items, by swaps (`swap(i, j)`) from the last: numpy's order of
    /// `random_interval` draws.
    pub fn shuffle_by(&mut self, n: usize, mut swap: impl FnMut(usize, usize)) {
        for i in (1..n).rev() {
            let j = self.interval(i as u64) as usize;
            swap(i, j);
        }
    }
}

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

/// `shuffle(x)` of an array: along its first axis, in place.
pub fn shuffle<T: Element, const D: usize>(x: &NdArray<T, D>) -> Result<()> {
    if D == 0 {
        return Err(Error::Type("object of type 'numpy.float64' has no len()"));
    }
    x.check_writeable()?;
    let shape = x.shape();
    let n = shape[0];
    with(|r| {
        r.shuffle_by(n, |i, j| swap_first_axis(x, i, j));
        Ok(())
    })
}

/// Swaps items `i` and `j` along the first axis of `x` (a shuffle's step, legacy and Generator).
pub(crate) fn swap_first_axis<T: Element, const D: usize>(x: &NdArray<T, D>, i: usize, j: usize) {
    if i == j {
        return;
    }
    let shape = x.shape();
    let inner: usize = shape[1..].iter().product();
    let mut idx_i = [0usize; D];
    let mut idx_j = [0usize; D];
    idx_i[0] = i;
    idx_j[0] = j;
    for flat in 0..inner {
        let mut rest = flat;
        for k in (1..D).rev() {
            idx_i[k] = rest % shape[k];
            idx_j[k] = idx_i[k];
            rest /= shape[k];
        }
        // SAFETY: both indices are in bounds (the caller's i, j < shape[0]; the rest from the
        // shape)
        unsafe {
            let a = x.at(idx_i);
            let b = x.at(idx_j);
            x.put(idx_i, b);
            x.put(idx_j, a);
        }
    }
}

/// `permutation(n)`: `arange(n)` shuffled.
pub fn permutation_int(n: i64) -> Result<NdArray<i64, 1>> {
    let n = n.max(0) as usize;
    let mut v: Vec<i64> = (0..n as i64).collect();
    with(|r| {
        r.shuffle_by(n, |i, j| v.swap(i, j));
        Ok(())
    })?;
    Ok(NdArray::from_vec([n], v))
}

/// `permutation(a)` of an array: a shuffled copy (along the first axis).
pub fn permutation<T: Element, const D: usize>(a: &NdArray<T, D>) -> Result<NdArray<T, D>> {
    if D == 0 {
        return Err(Error::Index("x must be an integer or at least 1-dimensional"));
    }
    if D == 1 && a.shape()[0] == 0 {
        // numpy copies a 1-D array only if it may share memory with the argument, which an
        // empty one never does: the argument itself comes back
        return Ok(a.clone());
    }
    let c = a.copy();
    shuffle(&c)?;
    Ok(c)
}

/// The population check of `choice`: `a` an int (`n`) or an array of `n` items, `k` samples.
fn choice_check(n: i64, k: usize, array: bool) -> Result<()> {
    if k != 0 && n <= 0 {
        return Err(if array {
            bad("'a' cannot be empty unless no samples are taken")
        } else {
            bad("a must be greater than 0 unless no samples are taken")
        });
    }
    Ok(())
}

/// `k` indices of `choice` from `0..n`: `randint(0, n)` each with replacement, else the first
/// `k` of `permutation(n)`.
fn choice_draw(n: i64, k: usize, replace: bool, array: bool) -> Result<Vec<i64>> {
    choice_check(n, k, array)?;
    if replace {
        return with(|r| (0..k).map(|_| r.randint(0, Some(n))).collect());
    }
    if k as i64 > n {
        return Err(bad("Cannot take a larger sample than population when 'replace=False'"));
    }
    let p = permutation_int(n)?;
    // SAFETY: `p` is a new contiguous array of `n` >= `k` elements
    Ok((0..k).map(|i| unsafe { p.at([i]) }).collect())
}

/// `choice(a, replace=...)`: one index (`a` an int `n`, or an array of `n` items).
pub fn choice_one(n: i64, replace: bool, array: bool) -> Result<i64> {
    Ok(choice_draw(n, 1, replace, array)?[0])
}

/// `choice(a, size, replace=...)`: the indices, and the shape they take.
pub fn choice_indices<const D: usize>(
    n: i64,
    shape: [i64; D],
    replace: bool,
    array: bool,
) -> Result<([usize; D], Vec<i64>)> {
    let mut dims = [0usize; D];
    for (k, &d) in shape.iter().enumerate() {
        if d < 0 {
            return Err(bad("negative dimensions are not allowed"));
        }
        dims[k] = d as usize;
    }
    let k: usize = dims.iter().product();
    Ok((dims, choice_draw(n, k, replace, array)?))
}

impl Uniform for Legacy {
    fn next_double(&mut self) -> f64 {
        Legacy::next_double(self)
    }
}
