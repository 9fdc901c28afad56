//! `exp` and `log` on `f64` without branches or tables, so that loops calling them vectorise,
//! and `np.exp`/`np.log` choosing between them and the C library's as numpy does on the running
//! CPU ([`NUMPY_SIMD_EXPLOG`]).
//!
//! libm's `exp`/`log` are opaque calls: a loop calling them runs one element at a time,
//! while numpy's SIMD versions do 8 (AVX-512). These are fdlibm's algorithms (error < 1 ulp)
//! written with selects instead of branches and without lookup tables, so LLVM inlines and
//! vectorises them; every special case (NaN, ±inf, ±0, negatives, subnormals, overflow,
//! underflow) gives libm's value. `tests` compares them with libm on many inputs.

// fdlibm's constants digit for digit as in its e_exp.c/e_log.c (more digits than an f64 holds);
// `tests::constants_have_fdlibms_bits` checks that they round to fdlibm's bits
#![allow(clippy::excessive_precision)]

/// Whether the code is compiled for a CPU with FMA (`-C target-cpu=native` on x86-64 today).
const FMA: bool = cfg!(target_feature = "fma");

/// `a * b + c`, fused when `F` (the CPU has FMA), else two roundings: calling `f64::mul_add`
/// without hardware FMA would call libm's `fma` and stop vectorisation. Both variants are
/// tested whatever the build's CPU.
#[inline(always)]
fn mla<const F: bool>(a: f64, b: f64, c: f64) -> f64 {
    if F {
        a.mul_add(b, c)
    } else {
        a * b + c
    }
}

const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-01; // 0x3fe62e42_fee00000
const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10; // 0x3dea39ef_35793c76

// the polynomial of `exp` (e_exp.c)
const P1: f64 = 1.666_666_666_666_660_190_37e-01;
const P2: f64 = -2.777_777_777_701_559_338_42e-03;
const P3: f64 = 6.613_756_321_437_934_361_17e-05;
const P4: f64 = -1.653_390_220_546_525_153_90e-06;
const P5: f64 = 4.138_136_797_057_238_460_39e-08;

// the polynomial of `log` (e_log.c)
const LG1: f64 = 6.666_666_666_666_735_130e-01;
const LG2: f64 = 3.999_999_999_940_941_908e-01;
const LG3: f64 = 2.857_142_874_366_239_149e-01;
const LG4: f64 = 2.222_219_843_214_978_396e-01;
const LG5: f64 = 1.818_357_216_161_805_012e-01;
const LG6: f64 = 1.531_383_769_920_937_332e-01;
const LG7: f64 = 1.479_819_860_511_658_591e-01;

/// `2**k` for `-1022 <= k <= 1023`.
#[inline(always)]
fn pow2(k: i64) -> f64 {
    f64::from_bits((k.wrapping_add(1023) as u64) << 52)
}

/// Whether numpy computes float64 `exp`/`log` with its own SIMD loops on the CPU the code runs
/// on: numpy 2's are AVX-512F only (`loops_exponent_log.dispatch`); elsewhere it calls the C
/// library's `exp`/`log`, so `np.exp`/`np.log` below call them too and give numpy's bits.
/// With AVX-512F they are the branch-free [`exp`]/[`log`] here (vectorised, within 1 ulp of the
/// C library, not numpy's own loop to the bit: a documented deviation). Decided when the crate
/// is compiled for the CPU it runs on (`-C target-cpu=native`, the default build): a constant,
/// so a loop keeps no test. A portable build (`--portable`, no AVX-512F assumed) calls the C
/// library on every CPU.
pub const NUMPY_SIMD_EXPLOG: bool = cfg!(all(target_arch = "x86_64", target_feature = "avx512f"));

/// `np.exp` of a float64: numpy's choice of algorithm on this CPU ([`NUMPY_SIMD_EXPLOG`]).
#[inline(always)]
pub fn np_exp(x: f64) -> f64 {
    if NUMPY_SIMD_EXPLOG {
        exp(x)
    } else {
        x.exp()
    }
}

/// `np.log` of a float64: numpy's choice of algorithm on this CPU ([`NUMPY_SIMD_EXPLOG`]).
#[inline(always)]
pub fn np_log(x: f64) -> f64 {
    if NUMPY_SIMD_EXPLOG {
        log(x)
    } else {
        x.ln()
    }
}

/// e**x, IEEE: overflow → inf, underflow → 0 (or a subnormal), NaN → NaN.
#[inline(always)]
pub fn exp(x: f64) -> f64 {
    exp_with::<FMA>(x)
}

#[inline(always)]
fn exp_with<const F: bool>(x: f64) -> f64 {
    const LOG2E: f64 = std::f64::consts::LOG2_E;
    // 1.5 * 2**52: adding it rounds to an integer held in the low mantissa bits
    const SHIFT: f64 = 6_755_399_441_055_744.0;
    // beyond these e**x is inf or rounds to 0; clamping keeps 2**k representable in two halves
    // (NaN stays NaN and flows through the arithmetic)
    let xc = x.clamp(-746.0, 710.0);
    let kf = mla::<F>(xc, LOG2E, SHIFT);
    let ki = (kf.to_bits() as i64).wrapping_sub(SHIFT.to_bits() as i64); // k as an integer
    let k = kf - SHIFT; // k as a float, |k| <= 1077
                        // x - k*ln2 in two parts: k*LN2_HI is exact (LN2_HI has 32 significant bits)
    let hi = xc - k * LN2_HI;
    let lo = k * LN2_LO;
    let r = hi - lo;
    let t = r * r;
    let c = r - t * mla::<F>(t, mla::<F>(t, mla::<F>(t, mla::<F>(t, P5, P4), P3), P2), P1);
    let y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
    // y * 2**k as y * 2**k1 * 2**k2: both factors normal, the first product exact, so the
    // result (also a subnormal one) is rounded once
    let k1 = ki >> 1;
    let k2 = ki.wrapping_sub(k1);
    let r = y * pow2(k1) * pow2(k2);
    if x.is_nan() {
        x
    } else {
        r
    }
}

/// The natural logarithm, IEEE: log(0) = -inf, log(x < 0) = NaN, log(inf) = inf.
#[inline(always)]
pub fn log(x: f64) -> f64 {
    log_with::<FMA>(x)
}

#[inline(always)]
fn log_with<const F: bool>(x: f64) -> f64 {
    const TWO54: f64 = 18_014_398_509_481_984.0;
    // subnormals: scale into the normal range first
    let sub = x < f64::MIN_POSITIVE;
    let xs = if sub { x * TWO54 } else { x };
    let bits = xs.to_bits() as i64;
    // x = 2**e * m with m in [sqrt(2)/2, sqrt(2)): offsetting the bits by those of 1/sqrt(2)
    // carries into the exponent exactly when the mantissa is at least 1/sqrt(2)
    const OFFSET: i64 = 0x3ff0_0000_0000_0000 - 0x3fe6_a09e_667f_3bcd;
    let e = (bits.wrapping_add(OFFSET) >> 52).wrapping_sub(0x3ff); // garbage for x <= 0: not used
    let m = f64::from_bits(bits.wrapping_sub(e << 52) as u64);
    let e = e - if sub { 54 } else { 0 };
    let f = m - 1.0;
    let s = f / (2.0 + f);
    let dk = e as f64;
    let z = s * s;
    let w = z * z;
    let t1 = w * mla::<F>(w, mla::<F>(w, LG6, LG4), LG2);
    let t2 = z * mla::<F>(w, mla::<F>(w, mla::<F>(w, LG7, LG5), LG3), LG1);
    let r = t2 + t1;
    let hfsq = 0.5 * f * f;
    let y = dk * LN2_HI - ((hfsq - mla::<F>(s, hfsq + r, dk * LN2_LO)) - f);
    if x > 0.0 && x < f64::INFINITY {
        y
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else if x < 0.0 {
        f64::NAN
    } else {
        x + x // inf → inf, NaN → NaN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_have_fdlibms_bits() {
        let bits = [
            (LN2_HI, 0x3fe6_2e42_fee0_0000u64),
            (LN2_LO, 0x3dea_39ef_3579_3c76),
            (P1, 0x3fc5_5555_5555_553e),
            (P2, 0xbf66_c16c_16be_bd93),
            (P3, 0x3f11_566a_af25_de2c),
            (P4, 0xbebb_bd41_c5d2_6bf1),
            (P5, 0x3e66_3769_72be_a4d0),
            (LG1, 0x3fe5_5555_5555_5593),
            (LG2, 0x3fd9_9999_9997_fa04),
            (LG3, 0x3fd2_4924_9422_9359),
            (LG4, 0x3fcc_71c5_1d8e_78af),
            (LG5, 0x3fc7_4664_96cb_03de),
            (LG6, 0x3fc3_9a09_d078_c69f),
            (LG7, 0x3fc2_f112_df3e_5244),
        ];
        for (x, b) in bits {
            assert_eq!(x.to_bits(), b, "{x:e}");
        }
    }

    /// Distance in units in the last place (the two values have the same sign here).
    fn ulps(a: f64, b: f64) -> u64 {
        if a == b || (a.is_nan() && b.is_nan()) {
            return 0;
        }
        if a.is_nan() || b.is_nan() || a.is_sign_negative() != b.is_sign_negative() {
            return u64::MAX;
        }
        (a.to_bits() as i64 - b.to_bits() as i64).unsigned_abs()
    }

    /// A small deterministic generator (xorshift*), so the test is reproducible.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
            lo + (hi - lo) * ((self.next() >> 11) as f64 / (1u64 << 53) as f64)
        }
    }

    fn specials() -> Vec<f64> {
        let mut v = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            -f64::NAN,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            f64::MIN_POSITIVE / 2.0,
            5e-324,
            -5e-324,
            f64::MAX,
            f64::MIN,
            f64::EPSILON,
            1.0 - f64::EPSILON / 2.0,
            1.0 + f64::EPSILON,
            std::f64::consts::LN_2,
            std::f64::consts::E,
            std::f64::consts::FRAC_1_SQRT_2,
            std::f64::consts::SQRT_2,
            709.782712893384,
            709.7827128933841,
            709.79,
            710.0,
            -708.39,
            -708.4,
            -744.44,
            -745.1332191019411,
            -745.1332191019412,
            -745.2,
            -746.0,
            -1000.0,
            1000.0,
            1e300,
            -1e300,
            1e-300,
            0.5,
            -0.5,
            0.34657359027997264,
            -0.34657359027997264,
        ];
        for k in -1100..1100 {
            let p = (k as f64 * 0.5).exp2();
            v.extend([p, -p, p * 1.0000001, k as f64, k as f64 * std::f64::consts::LN_2]);
        }
        v
    }

    fn check(name: &str, f: fn(f64) -> f64, libm: fn(f64) -> f64, inputs: impl Iterator<Item = f64>) {
        let mut worst = (0u64, 0.0);
        for x in inputs {
            let (a, b) = (f(x), libm(x));
            let d = ulps(a, b);
            // subnormal results: one unit of the smallest subnormal at most
            let ok = if b != 0.0 && b.abs() < f64::MIN_POSITIVE { (a - b).abs() <= 5e-324 } else { d <= 1 };
            assert!(ok, "{name}({x:e} = {:#x}) = {a:e}, libm {b:e} ({d} ulps)", x.to_bits());
            if d > worst.0 && b.abs() >= f64::MIN_POSITIVE {
                worst = (d, x);
            }
        }
        eprintln!("{name}: worst {} ulp at {:e}", worst.0, worst.1);
    }

    fn exp_cases(exp: fn(f64) -> f64) {
        check("exp", exp, f64::exp, specials().into_iter());
        let mut r = Rng(0x1234_5678_9abc_def1);
        check("exp", exp, f64::exp, (0..1_000_000).map(|_| r.uniform(-750.0, 712.0)));
        check("exp", exp, f64::exp, (0..500_000).map(|_| r.uniform(-1.0, 1.0)));
        check("exp", exp, f64::exp, (0..500_000).map(|_| r.uniform(-1e-6, 1e-6)));
        // arbitrary bit patterns: every exponent, sign, NaN payloads
        check("exp", exp, f64::exp, (0..1_000_000).map(|_| f64::from_bits(r.next())));
    }

    fn log_cases(log: fn(f64) -> f64) {
        check("log", log, f64::ln, specials().into_iter());
        let mut r = Rng(0x0fed_cba9_8765_4321);
        check("log", log, f64::ln, (0..1_000_000).map(|_| r.uniform(0.0, 20.0)));
        check("log", log, f64::ln, (0..500_000).map(|_| r.uniform(0.5, 2.0)));
        check("log", log, f64::ln, (0..500_000).map(|_| 1.0 + r.uniform(-1e-8, 1e-8)));
        check("log", log, f64::ln, (0..500_000).map(|_| r.uniform(-1e-307, 1e-307)));
        check("log", log, f64::ln, (0..2_000_000).map(|_| f64::from_bits(r.next())));
    }

    #[test]
    fn exp_matches_libm() {
        exp_cases(exp_with::<false>);
        exp_cases(exp_with::<true>);
    }

    #[test]
    fn log_matches_libm() {
        log_cases(log_with::<false>);
        log_cases(log_with::<true>);
    }

    #[test]
    fn exact_values() {
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(exp(-0.0), 1.0);
        assert_eq!(exp(f64::INFINITY), f64::INFINITY);
        assert_eq!(exp(f64::NEG_INFINITY), 0.0);
        assert_eq!(exp(1000.0), f64::INFINITY);
        assert_eq!(exp(-1000.0), 0.0);
        assert!(exp(f64::NAN).is_nan());
        assert_eq!(log(1.0), 0.0);
        assert_eq!(log(0.0), f64::NEG_INFINITY);
        assert_eq!(log(-0.0), f64::NEG_INFINITY);
        assert_eq!(log(f64::INFINITY), f64::INFINITY);
        assert!(log(-1.0).is_nan());
        assert!(log(f64::NEG_INFINITY).is_nan());
        assert!(log(f64::NAN).is_nan());
        assert_eq!(log(5e-324), -744.4400719213812);
    }
}
