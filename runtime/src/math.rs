//! Python's `math` module: the same results and the same exceptions as CPython
//! (`math.sqrt(-1)` → ValueError "math domain error", `math.exp(1000)` → OverflowError
//! "math range error"; `floor`/`ceil` give ints).

use crate::builtins::conv::int_of_float;
use crate::error::{overflow, value, zero_division, Result};

mod more;
pub use more::*;

pub const PI: f64 = std::f64::consts::PI;
pub const E: f64 = std::f64::consts::E;
pub const TAU: f64 = std::f64::consts::TAU;
pub const INF: f64 = f64::INFINITY;
pub const NAN: f64 = f64::NAN;

/// `x`, hidden from LLVM's constant folding (a register passed through an empty `asm`; it
/// still hoists out of loops). For infinities and huge literals: LLVM folds an invalid
/// operation of constants (`inf - inf`, `0.0 * inf`) to a NaN with the sign bit clear, where
/// the CPU (and so CPython) makes it set — visible through `math.copysign(1.0, x)`.
#[inline(always)]
pub fn opaque(x: f64) -> f64 {
    #[cfg(target_arch = "x86_64")]
    {
        let mut y = x;
        // SAFETY: an empty instruction sequence; the value stays in its register.
        unsafe { std::arch::asm!("/* {0} */", inout(xmm_reg) y, options(pure, nomem, nostack, preserves_flags)) };
        y
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        std::hint::black_box(x)
    }
}

#[cold]
#[inline(never)]
fn domain() -> crate::Error {
    value("math domain error")
}

#[cold]
#[inline(never)]
fn range() -> crate::Error {
    overflow("math range error")
}

/// CPython's `math_1` contract: NaN in → NaN out; a finite input giving ±inf is a range error,
/// an input that is not NaN giving NaN is a domain error.
#[inline]
fn checked(x: f64, r: f64, can_overflow: bool) -> Result<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(r)
}

#[inline]
pub fn sqrt(x: f64) -> Result<f64> {
    if x < 0.0 {
        return Err(domain());
    }
    Ok(x.sqrt())
}

#[inline]
pub fn exp(x: f64) -> Result<f64> {
    checked(x, x.exp(), true)
}

#[inline]
pub fn expm1(x: f64) -> Result<f64> {
    checked(x, x.exp_m1(), true)
}

#[inline]
pub fn log(x: f64) -> Result<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}

/// `math.log(x, base)`
pub fn log_base(x: f64, base: f64) -> Result<f64> {
    let num = log(x)?;
    let den = log(base)?;
    if den == 0.0 {
        return Err(zero_division("float division by zero"));
    }
    Ok(num / den)
}

#[inline]
pub fn log10(x: f64) -> Result<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.log10())
}

#[inline]
pub fn log2(x: f64) -> Result<f64> {
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.log2())
}

#[inline]
pub fn log1p(x: f64) -> Result<f64> {
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(x.ln_1p())
}

macro_rules! unary {
    ($($(#[$m:meta])* $name:ident => $f:expr, $over:expr;)*) => {$(
        $(#[$m])*
        #[inline]
        pub fn $name(x: f64) -> Result<f64> {
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $over)
        }
    )*};
}

unary! {
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => libm::asinh, false;
    /// the C library's, as CPython's (Rust's `f64::acosh` overflows in `x + sqrt(x*x - 1)` above
    /// about 1e154 and would make `acosh(1e308)` an error)
    acosh => libm::acosh, false;
    atanh => libm::atanh, false;
}

/// The C library's functions CPython's `math` calls where Rust's own differ.
mod libm {
    extern "C" {
        #[link_name = "acosh"]
        fn c_acosh(x: f64) -> f64;
        #[link_name = "asinh"]
        fn c_asinh(x: f64) -> f64;
        #[link_name = "atanh"]
        fn c_atanh(x: f64) -> f64;
    }

    pub fn acosh(x: f64) -> f64 {
        // SAFETY: a pure C function of a double
        unsafe { c_acosh(x) }
    }

    pub fn asinh(x: f64) -> f64 {
        // SAFETY: as above
        unsafe { c_asinh(x) }
    }

    pub fn atanh(x: f64) -> f64 {
        // SAFETY: as above
        unsafe { c_atanh(x) }
    }
}

#[inline]
pub fn atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}

/// `math.hypot(x, y)`: CPython's two-coordinate `vector_norm`, not the C library's `hypot`
/// (they differ in the last bit for about one pair in a thousand)
#[inline]
pub fn hypot(x: f64, y: f64) -> f64 {
    more::hypot2(x, y)
}

#[inline]
pub fn fabs(x: f64) -> f64 {
    x.abs()
}

#[inline]
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

#[inline]
pub fn degrees(x: f64) -> f64 {
    x * (180.0 / PI)
}

#[inline]
pub fn radians(x: f64) -> f64 {
    x * (PI / 180.0)
}

#[inline]
pub fn fmod(x: f64, y: f64) -> Result<f64> {
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return Err(domain());
    }
    Ok(x % y)
}

/// `math.floor(x)`: an int.
#[inline]
pub fn floor(x: f64) -> Result<i64> {
    int_of_float(x.floor())
}

/// `math.ceil(x)`: an int.
#[inline]
pub fn ceil(x: f64) -> Result<i64> {
    int_of_float(x.ceil())
}

/// `math.trunc(x)`: an int.
#[inline]
pub fn trunc(x: f64) -> Result<i64> {
    int_of_float(x)
}

/// `math.pow(x, y)`: always a float, C99 `pow` special cases, domain and range errors.
pub fn pow(x: f64, y: f64) -> Result<f64> {
    if !x.is_finite() || !y.is_finite() {
        // CPython: results for inf/nan arguments follow C99 Annex F without errors
        if x.is_nan() {
            return Ok(if y == 0.0 { 1.0 } else { x });
        }
        if y.is_nan() {
            return Ok(if x == 1.0 { 1.0 } else { y });
        }
        return Ok(x.powf(y));
    }
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && y.floor() != y {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() {
        return Err(range());
    }
    Ok(r)
}

#[inline]
pub fn isnan(x: f64) -> bool {
    x.is_nan()
}

#[inline]
pub fn isinf(x: f64) -> bool {
    x.is_infinite()
}

#[inline]
pub fn isfinite(x: f64) -> bool {
    x.is_finite()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_like_cpython() {
        assert_eq!(acosh(1e308), Ok(709.889355822726));
        assert!(acosh(0.5).is_err());
        assert!(sqrt(-1.0).is_err());
        assert!(log(0.0).is_err());
        assert!(log(-1.0).is_err());
        assert!(exp(1000.0).is_err());
        assert_eq!(exp(f64::NEG_INFINITY), Ok(0.0));
        assert!(sin(f64::INFINITY).is_err());
        assert!(sin(f64::NAN).unwrap().is_nan());
        assert_eq!(floor(-2.5), Ok(-3));
        assert_eq!(ceil(-2.5), Ok(-2));
        assert!(floor(f64::NAN).is_err());
        assert!(pow(0.0, -1.0).is_err());
        assert!(pow(-8.0, 0.5).is_err());
        assert!(pow(10.0, 400.0).is_err());
        assert_eq!(pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(log_base(8.0, 2.0), Ok(3.0));
        assert!(log_base(8.0, 1.0).is_err());
        assert!(fmod(1.0, 0.0).is_err());
    }
}

// ---- integer functions (`math.factorial`, `gcd`, `lcm`, `comb`, `perm`, `isqrt`): exact, with
// CPython's errors; a result beyond 64 bits is pyrs's OverflowError (pyrs ints are 64-bit)

fn checked_int(v: Option<i64>) -> Result<i64> {
    v.ok_or_else(crate::error::int_overflow)
}

/// `math.factorial(n)`.
pub fn factorial(n: i64) -> Result<i64> {
    if n < 0 {
        return Err(value("factorial() not defined for negative values"));
    }
    let mut r: i64 = 1;
    for k in 2..=n {
        r = checked_int(r.checked_mul(k))?;
    }
    Ok(r)
}

/// `math.gcd(a, b)`: non-negative.
pub fn gcd(a: i64, b: i64) -> Result<i64> {
    let (mut x, mut y) = (a.unsigned_abs(), b.unsigned_abs());
    while y != 0 {
        (x, y) = (y, x % y);
    }
    checked_int(i64::try_from(x).ok())
}

/// `math.lcm(a, b)`: non-negative.
pub fn lcm(a: i64, b: i64) -> Result<i64> {
    if a == 0 || b == 0 {
        return Ok(0);
    }
    let g = gcd(a, b)?;
    checked_int((a / g).checked_mul(b).map(|v| v.unsigned_abs()).and_then(|v| i64::try_from(v).ok()))
}

fn non_negative(x: i64, what: &str) -> Result<()> {
    if x < 0 {
        return Err(value(&format!("{what} must be a non-negative integer")));
    }
    Ok(())
}

/// `math.comb(n, k)`: ways to choose k of n without order.
pub fn comb(n: i64, k: i64) -> Result<i64> {
    non_negative(n, "n")?;
    non_negative(k, "k")?;
    if k > n {
        return Ok(0);
    }
    let k = k.min(n - k);
    // r = C(n, i) after step i; each step's division is exact
    let mut r: i128 = 1;
    for i in 1..=k as i128 {
        r = r * (n as i128 - k as i128 + i) / i;
        if r > i64::MAX as i128 {
            return Err(crate::error::int_overflow());
        }
    }
    Ok(r as i64)
}

/// `math.perm(n, k)`: ordered arrangements of k of n (`perm(n)` is `factorial(n)`).
pub fn perm(n: i64, k: i64) -> Result<i64> {
    non_negative(n, "n")?;
    non_negative(k, "k")?;
    if k > n {
        return Ok(0);
    }
    let mut r: i64 = 1;
    for i in 0..k {
        r = checked_int(r.checked_mul(n - i))?;
    }
    Ok(r)
}

/// `math.isqrt(n)`: the floor of the exact square root.
pub fn isqrt(n: i64) -> Result<i64> {
    if n < 0 {
        return Err(value("isqrt() argument must be nonnegative"));
    }
    let mut r = (n as f64).sqrt() as i64;
    while r.checked_mul(r).is_none_or(|sq| sq > n) {
        r -= 1;
    }
    while (r + 1).checked_mul(r + 1).is_some_and(|sq| sq <= n) {
        r += 1;
    }
    Ok(r)
}

#[cfg(test)]
mod int_tests {
    use super::*;

    #[test]
    fn integer_functions_match_cpython() {
        assert_eq!(factorial(20).unwrap(), 2432902008176640000);
        assert!(factorial(21).is_err());
        assert_eq!(gcd(-12, 18).unwrap(), 6);
        assert_eq!(gcd(0, 0).unwrap(), 0);
        assert!(gcd(i64::MIN, 0).is_err());
        assert_eq!(lcm(-4, 6).unwrap(), 12);
        assert_eq!(comb(10, 3).unwrap(), 120);
        assert_eq!(comb(3, 10).unwrap(), 0);
        assert_eq!(comb(62, 31).unwrap(), 465428353255261088);
        assert_eq!(perm(5, 2).unwrap(), 20);
        assert_eq!(isqrt(i64::MAX).unwrap(), 3037000499);
        assert_eq!(isqrt(15).unwrap(), 3);
        assert_eq!(isqrt(16).unwrap(), 4);
    }
}
