//! The rest of Python's `math` float functions, each computed as CPython 3.11 computes it so
//! that the bits agree: `gamma`/`lgamma` are CPython's own Lanczos approximation (not the C
//! library's `tgamma`/`lgamma`, which differ in the last bits), `erf`/`erfc`/`cbrt`/`exp2` the
//! C library's (what CPython calls), `fsum` Shewchuk's exact partials with CPython's final
//! half-even correction, `hypot`/`dist` CPython's `vector_norm` (scaled, Veltkamp-Dekker
//! squares, compensated sum and a corrected square root), `remainder`, `nextafter`, `ulp`,
//! `frexp`, `ldexp`, `modf` exact; the same ValueError ("math domain error") and
//! OverflowError ("math range error") as CPython's wrappers (`math_1`, `math_1a`, `math_2`).

use super::{checked, domain, range};
use crate::error::{overflow, value, Result};

mod libm {
    extern "C" {
        #[link_name = "erf"]
        fn c_erf(x: f64) -> f64;
        #[link_name = "erfc"]
        fn c_erfc(x: f64) -> f64;
        #[link_name = "exp2"]
        fn c_exp2(x: f64) -> f64;
        #[link_name = "nextafter"]
        fn c_nextafter(x: f64, y: f64) -> f64;
        #[link_name = "ldexp"]
        fn c_ldexp(x: f64, e: i32) -> f64;
        #[link_name = "frexp"]
        fn c_frexp(x: f64, e: *mut i32) -> f64;
    }

    pub fn erf(x: f64) -> f64 {
        // SAFETY: a pure C function of a double
        unsafe { c_erf(x) }
    }
    pub fn erfc(x: f64) -> f64 {
        // SAFETY: as above
        unsafe { c_erfc(x) }
    }
    /// The C library's `cbrt` as CPython calls it: looked up in the process (the Rust
    /// toolchain links a `cbrt` of its own into the module that a plain declaration binds to,
    /// and its last bit differs from glibc's)
    pub fn cbrt(x: f64) -> f64 {
        #[cfg(unix)]
        {
            type F = extern "C" fn(f64) -> f64;
            static CBRT: std::sync::OnceLock<Option<F>> = std::sync::OnceLock::new();
            let f = CBRT.get_or_init(|| {
                // SAFETY: looks a symbol up by a NUL-terminated name; a found `cbrt` is the C
                // library's function of a double
                unsafe {
                    let p = libc::dlsym(libc::RTLD_DEFAULT, c"cbrt".as_ptr());
                    (!p.is_null()).then(|| std::mem::transmute::<*mut libc::c_void, F>(p))
                }
            });
            if let Some(f) = f {
                return f(x);
            }
        }
        x.cbrt()
    }
    pub fn exp2(x: f64) -> f64 {
        // SAFETY: as above
        unsafe { c_exp2(x) }
    }
    pub fn nextafter(x: f64, y: f64) -> f64 {
        // SAFETY: as above
        unsafe { c_nextafter(x, y) }
    }
    pub fn ldexp(x: f64, e: i32) -> f64 {
        // SAFETY: as above
        unsafe { c_ldexp(x, e) }
    }
    pub fn frexp(x: f64) -> (f64, i32) {
        let mut e = 0i32;
        // SAFETY: `e` is a valid place for the exponent
        let m = unsafe { c_frexp(x, &mut e) };
        (m, e)
    }
}

/// `math.erf(x)`: the C library's, never an error.
#[inline]
pub fn erf(x: f64) -> f64 {
    libm::erf(x)
}

/// `math.erfc(x)`: the C library's (an underflow to 0 is no error in CPython).
#[inline]
pub fn erfc(x: f64) -> f64 {
    libm::erfc(x)
}

/// `math.cbrt(x)`
#[inline]
pub fn cbrt(x: f64) -> Result<f64> {
    checked(x, libm::cbrt(x), false)
}

/// `math.exp2(x)`: OverflowError past 1024.
#[inline]
pub fn exp2(x: f64) -> Result<f64> {
    checked(x, libm::exp2(x), true)
}

// ---- gamma and lgamma: CPython's m_tgamma / m_lgamma (Lanczos, N = 13, g ≈ 6.0247) ----

const PI: f64 = std::f64::consts::PI;
const LOGPI: f64 = 1.144_729_885_849_400_2;
/// g and g - 1/2: exact doubles, written as CPython writes them
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// x(x+1)...(x+11) expanded
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// Γ(n) for n = 1 ..= 23, exact
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// sin(πx) exact at integers and half-integers (finite x only)
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// The rational form of Lanczos' sum, for x > 0 (in 1/x past 5 against overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `math.gamma(x)`: ValueError at 0, negative integers and -inf; OverflowError where the
/// result is too large.
pub fn gamma(x: f64) -> Result<f64> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(domain());
    }
    if x == 0.0 {
        return Err(domain());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain());
        }
        if x <= 23.0 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        if r.is_infinite() {
            return Err(range());
        }
        return Ok(r);
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err(range());
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // the rounding error of y, as CPython corrects for it
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

/// `math.lgamma(x)`: log|Γ(x)|; ValueError at 0 and the negative integers.
pub fn lgamma(x: f64) -> Result<f64> {
    if !x.is_finite() {
        if x.is_nan() {
            return Ok(x);
        }
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(domain());
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

// ---- exact operations ----

/// `math.remainder(x, y)`: x - n*y for the nearest integer n (ties to even), exact.
pub fn remainder(x: f64, y: f64) -> Result<f64> {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return Err(domain());
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return Ok(1.0f64.copysign(x) * r);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(y);
    }
    if x.is_infinite() {
        return Err(domain());
    }
    Ok(x)
}

/// `math.nextafter(x, y)`
#[inline]
pub fn nextafter(x: f64, y: f64) -> f64 {
    libm::nextafter(x, y)
}

/// `math.ulp(x)`: the value of the least significant bit of x.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        // the largest float: the step below it
        return x - nextafter(x, -f64::INFINITY);
    }
    x2 - x
}

/// `math.frexp(x)`: (m, e) with x = m * 2**e, 0.5 <= |m| < 1; (x, 0) for 0, inf and NaN.
pub fn frexp(x: f64) -> (f64, i64) {
    if x.is_nan() || x.is_infinite() || x == 0.0 {
        return (x, 0);
    }
    let (m, e) = libm::frexp(x);
    (m, e as i64)
}

/// `math.ldexp(x, i)`: x * 2**i, OverflowError where it overflows.
pub fn ldexp(x: f64, exp: i64) -> Result<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let r = if exp > i32::MAX as i64 {
        return Err(overflow("math range error"));
    } else if exp < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        libm::ldexp(x, exp as i32)
    };
    if r.is_infinite() {
        return Err(overflow("math range error"));
    }
    Ok(r)
}

/// `math.modf(x)`: (fractional part, integer part), both with x's sign.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let i = x.trunc();
    ((x - i).copysign(x), i)
}

/// CPython's `vector_norm`: sqrt of the sum of squares of `vec` (non-negative finite values
/// whose largest is `max`; `max` inf if one was infinite), almost always correctly rounded.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    let (_, max_e) = libm::frexp(max);
    if max_e >= -1023 {
        let scale = libm::ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // max below the normal range: divide by it instead of scaling
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn norm_of(abs: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in abs {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    vector_norm(abs, max, found_nan)
}

/// `math.hypot(*coordinates)`
pub fn hypot_n(xs: &[f64]) -> f64 {
    let abs: Vec<f64> = xs.iter().map(|x| x.abs()).collect();
    norm_of(&abs)
}

/// `math.hypot(x, y)` (CPython computes it as the two-coordinate norm)
#[inline]
pub fn hypot2(x: f64, y: f64) -> f64 {
    norm_of(&[x.abs(), y.abs()])
}

/// `math.dist(p, q)`: ValueError for points of different dimensions.
pub fn dist(p: &[f64], q: &[f64]) -> Result<f64> {
    if p.len() != q.len() {
        return Err(value("both points must have the same number of dimensions"));
    }
    let diffs: Vec<f64> = p.iter().zip(q).map(|(a, b)| (a - b).abs()).collect();
    Ok(norm_of(&diffs))
}

/// `math.fsum(iterable)`: the correctly rounded sum (CPython's `math_fsum`): OverflowError
/// "intermediate overflow in fsum", ValueError "-inf + inf in fsum".
pub fn fsum(items: impl IntoIterator<Item = f64>) -> Result<f64> {
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for item in items {
        let mut x = item;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(overflow("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut n = p.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// `math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0)`
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> Result<bool> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_cpython() {
        assert_eq!(gamma(5.0), Ok(24.0));
        assert!(gamma(0.0).is_err());
        assert!(gamma(-2.0).is_err());
        assert!(gamma(172.0).is_err());
        assert_eq!(lgamma(1.0), Ok(0.0));
        assert!(lgamma(-1.0).is_err());
        assert_eq!(fsum([0.1; 10]), Ok(1.0));
        assert_eq!(fsum([1e-16, 1.0, 1e16]), Ok(10000000000000002.0));
        assert!(fsum([f64::INFINITY, -f64::INFINITY]).is_err());
        assert!(fsum([1e308, 1e308]).is_err());
        assert_eq!(hypot2(3.0, 4.0), 5.0);
        assert_eq!(remainder(5.0, 2.0), Ok(1.0));
        assert_eq!(remainder(7.0, 2.0), Ok(-1.0));
        assert_eq!(ulp(1.0), f64::EPSILON);
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(modf(-2.5), (-0.5, -2.0));
        assert!(ldexp(1.0, 5000).is_err());
    }
}
