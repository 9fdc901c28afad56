//! numpy's element-wise functions on scalars (`np.sqrt(x)` on a float): IEEE semantics,
//! `np.sqrt(-1.0)` is NaN and `np.log(0.0)` is -inf, without exceptions.

#[inline]
pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

#[inline]
pub fn exp(x: f64) -> f64 {
    crate::vmath::exp(x)
}

#[inline]
pub fn log(x: f64) -> f64 {
    crate::vmath::log(x)
}

#[inline]
pub fn log10(x: f64) -> f64 {
    x.log10()
}

#[inline]
pub fn log2(x: f64) -> f64 {
    x.log2()
}

#[inline]
pub fn sin(x: f64) -> f64 {
    x.sin()
}

#[inline]
pub fn cos(x: f64) -> f64 {
    x.cos()
}

#[inline]
pub fn tan(x: f64) -> f64 {
    x.tan()
}

#[inline]
pub fn arctan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}

#[inline]
pub fn hypot(x: f64, y: f64) -> f64 {
    x.hypot(y)
}

#[inline]
pub fn floor(x: f64) -> f64 {
    x.floor()
}

#[inline]
pub fn ceil(x: f64) -> f64 {
    x.ceil()
}

#[inline]
pub fn fabs(x: f64) -> f64 {
    x.abs()
}

#[inline]
pub fn tanh(x: f64) -> f64 {
    x.tanh()
}

#[inline]
pub fn log1p(x: f64) -> f64 {
    x.ln_1p()
}

#[inline]
pub fn expm1(x: f64) -> f64 {
    x.exp_m1()
}

#[inline]
pub fn arcsin(x: f64) -> f64 {
    x.asin()
}

#[inline]
pub fn arccos(x: f64) -> f64 {
    x.acos()
}

#[inline]
pub fn arctan(x: f64) -> f64 {
    x.atan()
}

#[inline]
pub fn sinh(x: f64) -> f64 {
    x.sinh()
}

#[inline]
pub fn cosh(x: f64) -> f64 {
    x.cosh()
}

#[inline]
pub fn trunc(x: f64) -> f64 {
    x.trunc()
}

/// The same tests as `math.isnan` & co (numpy's never raise either).
pub use crate::math::{isfinite, isinf, isnan};

/// `np.sign` for floats: -1, 0 or 1 (NaN stays NaN).
#[inline]
pub fn sign(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        x
    }
}

#[inline]
pub fn sign_int(x: i64) -> i64 {
    x.signum()
}

/// `np.minimum` / `np.maximum` on floats: NaN propagates.
#[inline]
pub fn minimum(a: f64, b: f64) -> f64 {
    super::reduce::fmin_nan(a, b)
}

#[inline]
pub fn maximum(a: f64, b: f64) -> f64 {
    super::reduce::fmax_nan(a, b)
}

/// `np.round(x, decimals)` of a float: numpy's scaling by a power of ten and round half to even.
#[inline]
pub fn round_float(x: f64, decimals: i64) -> f64 {
    if decimals == 0 {
        return x.round_ties_even();
    }
    if decimals > 0 {
        let f = 10f64.powi(decimals.min(400) as i32);
        (x * f).round_ties_even() / f
    } else {
        let f = 10f64.powi((-decimals).min(400) as i32);
        (x / f).round_ties_even() * f
    }
}

/// `np.round(x, decimals)` of an int: unchanged for `decimals >= 0`, else to a multiple of a
/// power of ten (half to even).
#[inline]
pub fn round_int(x: i64, decimals: i64) -> i64 {
    if decimals >= 0 {
        return x;
    }
    if decimals < -18 {
        return 0;
    }
    let f = 10i64.pow((-decimals) as u32);
    let q = x.div_euclid(f);
    let r = x.rem_euclid(f);
    let q = if 2 * r > f || (2 * r == f && q % 2 != 0) { q + 1 } else { q };
    q.wrapping_mul(f)
}
