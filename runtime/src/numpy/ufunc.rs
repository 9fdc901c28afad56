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
    // numpy: 1, -1, 0 for both zeros (+0.0), NaN stays
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else if x == 0.0 {
        0.0
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

/// numpy's element-wise functions of complex numbers (`np.exp(z)`, `np.sqrt(z)`, ...), with
/// numpy's formulas where they differ from the textbook ones (`log1p`, `expm1`).
pub mod complex {
    use num_complex::Complex64 as C;

    pub fn sqrt(z: C) -> C {
        z.sqrt()
    }
    pub fn exp(z: C) -> C {
        z.exp()
    }
    pub fn log(z: C) -> C {
        z.ln()
    }
    pub fn log10(z: C) -> C {
        z.ln() * std::f64::consts::LOG10_E
    }
    pub fn log2(z: C) -> C {
        z.ln() * std::f64::consts::LOG2_E
    }
    pub fn log1p(z: C) -> C {
        C::new((z.re + 1.0).hypot(z.im).ln(), z.im.atan2(z.re + 1.0))
    }
    pub fn expm1(z: C) -> C {
        let a = (z.im / 2.0).sin();
        C::new(z.re.exp_m1() * z.im.cos() - 2.0 * a * a, z.re.exp() * z.im.sin())
    }
    pub fn sin(z: C) -> C {
        z.sin()
    }
    pub fn cos(z: C) -> C {
        z.cos()
    }
    pub fn tan(z: C) -> C {
        z.tan()
    }
    pub fn arcsin(z: C) -> C {
        z.asin()
    }
    pub fn arccos(z: C) -> C {
        z.acos()
    }
    pub fn arctan(z: C) -> C {
        // on the real axis the real arctangent, keeping the sign of the zero imaginary part
        // (as the C library's `catan` numpy calls; the logarithm formula loses it)
        if z.im == 0.0 {
            C::new(z.re.atan(), z.im)
        } else {
            z.atan()
        }
    }
    pub fn sinh(z: C) -> C {
        z.sinh()
    }
    pub fn cosh(z: C) -> C {
        z.cosh()
    }
    pub fn tanh(z: C) -> C {
        z.tanh()
    }
    /// numpy 2's `sign` of a complex number: `z / |z|` (0 for 0)
    pub fn sign(z: C) -> C {
        if z.re == 0.0 && z.im == 0.0 {
            C::new(0.0, 0.0)
        } else {
            z / z.re.hypot(z.im)
        }
    }
    pub fn isnan(z: C) -> bool {
        z.re.is_nan() || z.im.is_nan()
    }
    pub fn isinf(z: C) -> bool {
        z.re.is_infinite() || z.im.is_infinite()
    }
    pub fn isfinite(z: C) -> bool {
        z.re.is_finite() && z.im.is_finite()
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn complex_functions() {
            let z = C::new(1.0, 2.0);
            assert!((exp(z) - C::new(1f64.exp() * 2f64.cos(), 1f64.exp() * 2f64.sin())).norm() < 1e-15);
            assert!((expm1(z) - (exp(z) - 1.0)).norm() < 1e-14);
            assert!((log1p(z) - log(z + 1.0)).norm() < 1e-15);
            assert!((sqrt(z) * sqrt(z) - z).norm() < 1e-15);
            assert_eq!(sign(C::new(3.0, 4.0)), C::new(0.6, 0.8));
        }
    }
}
