//! numpy's element-wise functions on scalars (`np.sqrt(x)` on a float): IEEE semantics,
//! `np.sqrt(-1.0)` is NaN and `np.log(0.0)` is -inf, without exceptions.

#[inline]
pub fn sqrt(x: f64) -> f64 {
    x.sqrt()
}

#[inline]
pub fn exp(x: f64) -> f64 {
    super::vmath::np_exp(x)
}

#[inline]
pub fn log(x: f64) -> f64 {
    super::vmath::np_log(x)
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

/// `np.fmod` of floats: C's `fmod` (Rust's `%` on floats is the same exact remainder, with
/// the dividend's sign; NaN for a zero divisor or an infinite dividend).
#[inline]
pub fn fmod(a: f64, b: f64) -> f64 {
    a % b
}

/// `np.fmod` of ints: the remainder with the dividend's sign; 0 for a zero divisor (numpy
/// warns) and for `MIN % -1`.
#[inline]
pub fn fmod_int(a: i64, b: i64) -> i64 {
    if b == 0 {
        0
    } else {
        a.wrapping_rem(b)
    }
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
    super::tanh::np_tanh(x)
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

/// `np.isclose(x, y, rtol, atol, equal_nan)` of one pair: numpy's
/// `abs(x - y) <= atol + rtol * abs(y)` where `y` is finite, or `x == y` (and both NaN with
/// `equal_nan`).
#[inline]
pub fn isclose(x: f64, y: f64, rtol: f64, atol: f64, equal_nan: bool) -> bool {
    ((x - y).abs() <= atol + rtol * y.abs() && y.is_finite()) || x == y || (equal_nan && x.is_nan() && y.is_nan())
}

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

/// numpy's element-wise functions of complex numbers (`np.exp(z)`, `np.sqrt(z)`, ...): numpy
/// calls the C library's C99 functions (`cexp`, `csqrt`, ...; `cexpf` & co for complex64), so
/// pyrs calls the same ones — bit-identical results, branch cuts, signed zeros, infinities and
/// NaNs included; `log10`/`log2` scale `clog`, and `log1p`/`expm1` are numpy's formulas.
pub mod complex {
    use num_complex::{Complex32, Complex64 as C};

    mod c99 {
        use num_complex::{Complex32, Complex64};
        // `double complex` / `float complex` have the layout and calling convention of a
        // `#[repr(C)]` pair of floats (num_complex's `Complex`).
        extern "C" {
            pub fn csqrt(z: Complex64) -> Complex64;
            pub fn cexp(z: Complex64) -> Complex64;
            pub fn clog(z: Complex64) -> Complex64;
            pub fn csin(z: Complex64) -> Complex64;
            pub fn ccos(z: Complex64) -> Complex64;
            pub fn ctan(z: Complex64) -> Complex64;
            pub fn casin(z: Complex64) -> Complex64;
            pub fn cacos(z: Complex64) -> Complex64;
            pub fn catan(z: Complex64) -> Complex64;
            pub fn csinh(z: Complex64) -> Complex64;
            pub fn ccosh(z: Complex64) -> Complex64;
            pub fn ctanh(z: Complex64) -> Complex64;
            pub fn csqrtf(z: Complex32) -> Complex32;
            pub fn cexpf(z: Complex32) -> Complex32;
            pub fn clogf(z: Complex32) -> Complex32;
            pub fn csinf(z: Complex32) -> Complex32;
            pub fn ccosf(z: Complex32) -> Complex32;
            pub fn ctanf(z: Complex32) -> Complex32;
            pub fn casinf(z: Complex32) -> Complex32;
            pub fn cacosf(z: Complex32) -> Complex32;
            pub fn catanf(z: Complex32) -> Complex32;
            pub fn csinhf(z: Complex32) -> Complex32;
            pub fn ccoshf(z: Complex32) -> Complex32;
            pub fn ctanhf(z: Complex32) -> Complex32;
        }
    }

    macro_rules! c99_functions {
        ($($name:ident => $f:ident, $f32:ident;)*) => {
            $(
                #[inline]
                pub fn $name(z: C) -> C {
                    // SAFETY: a pure C library function of a complex value.
                    unsafe { c99::$f(z) }
                }
            )*
            /// complex64: the float versions (`cexpf` ...), values in the wide type.
            pub mod single {
                use super::{c99, narrow, widen, C};
                $(
                    #[inline]
                    pub fn $name(z: C) -> C {
                        // SAFETY: a pure C library function of a complex value.
                        widen(unsafe { c99::$f32(narrow(z)) })
                    }
                )*
                pub fn log10(z: C) -> C {
                    widen(narrow(log(z)).scale(std::f32::consts::LOG10_E))
                }
                pub fn log2(z: C) -> C {
                    widen(narrow(log(z)).scale(std::f32::consts::LOG2_E))
                }
                pub fn log1p(z: C) -> C {
                    let z = narrow(z);
                    widen(super::Complex32::new((z.re + 1.0).hypot(z.im).ln(), z.im.atan2(z.re + 1.0)))
                }
                pub fn expm1(z: C) -> C {
                    let z = narrow(z);
                    let a = (z.im / 2.0).sin();
                    widen(super::Complex32::new(z.re.exp_m1() * z.im.cos() - 2.0 * a * a, z.re.exp() * z.im.sin()))
                }
            }
        };
    }

    c99_functions! {
        sqrt => csqrt, csqrtf;
        exp => cexp, cexpf;
        log => clog, clogf;
        sin => csin, csinf;
        cos => ccos, ccosf;
        tan => ctan, ctanf;
        arcsin => casin, casinf;
        arccos => cacos, cacosf;
        arctan => catan, catanf;
        sinh => csinh, csinhf;
        cosh => ccosh, ccoshf;
        tanh => ctanh, ctanhf;
    }

    fn narrow(z: C) -> Complex32 {
        Complex32::new(z.re as f32, z.im as f32)
    }

    fn widen(z: Complex32) -> C {
        C::new(z.re as f64, z.im as f64)
    }

    pub fn log10(z: C) -> C {
        log(z).scale(std::f64::consts::LOG10_E)
    }
    pub fn log2(z: C) -> C {
        log(z).scale(std::f64::consts::LOG2_E)
    }
    pub fn log1p(z: C) -> C {
        C::new((z.re + 1.0).hypot(z.im).ln(), z.im.atan2(z.re + 1.0))
    }
    pub fn expm1(z: C) -> C {
        let a = (z.im / 2.0).sin();
        C::new(z.re.exp_m1() * z.im.cos() - 2.0 * a * a, z.re.exp() * z.im.sin())
    }
    /// numpy 2's `sign` of a complex number: `z / |z|`, 0 for 0, NaN for NaN; of an infinite
    /// value the direction of its infinite part (NaN when both are).
    pub fn sign(z: C) -> C {
        let (re, im) = unit(z.re, z.im);
        C::new(re, im)
    }

    fn unit<F: num_traits::Float>(re: F, im: F) -> (F, F) {
        let (zero, one) = (F::zero(), F::one());
        let dir = |x: F| if x > zero { one } else { -one };
        let abs = re.hypot(im);
        if abs.is_nan() {
            (F::nan(), F::nan())
        } else if abs.is_infinite() {
            match (re.is_infinite(), im.is_infinite()) {
                (true, true) => (F::nan(), F::nan()),
                (true, false) => (dir(re), zero),
                _ => (zero, dir(im)),
            }
        } else if abs == zero {
            (zero, zero)
        } else {
            (re / abs, im / abs)
        }
    }

    /// `sign` of a complex64, in float32.
    pub fn sign32(z: C) -> C {
        let z = narrow(z);
        let (re, im) = unit(z.re, z.im);
        widen(Complex32::new(re, im))
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
