//! Comparisons between an int and a float, exact as in CPython (`2**53 + 1 == 2.0**53` is
//! False), where converting the int to a float would round.

use std::cmp::Ordering;

/// How the int `i` compares with the float `f`; `None` when `f` is NaN.
#[inline]
pub fn int_float(i: i64, f: f64) -> Option<Ordering> {
    const EXACT: i64 = 1 << 53;
    if (-EXACT..=EXACT).contains(&i) {
        return (i as f64).partial_cmp(&f);
    }
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    // |i| > 2**53: compare against the float's integer part, then its fraction
    let t = f.trunc();
    if t >= 9.3e18 {
        return Some(Ordering::Less);
    }
    if t <= -9.3e18 {
        return Some(Ordering::Greater);
    }
    let ti = t as i128;
    match (i as i128).cmp(&ti) {
        Ordering::Equal => {
            let frac = f - t;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

/// How the float `f` compares with the int `i`.
#[inline]
pub fn float_int(f: f64, i: i64) -> Option<Ordering> {
    int_float(i, f).map(Ordering::reverse)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_like_cpython() {
        let big = (1i64 << 53) + 1;
        assert_eq!(int_float(big, 9007199254740992.0), Some(Ordering::Greater));
        assert_eq!(int_float(1 << 53, 9007199254740992.0), Some(Ordering::Equal));
        assert_eq!(int_float(3, 2.5), Some(Ordering::Greater));
        assert_eq!(int_float(i64::MAX, (1u64 << 63) as f64), Some(Ordering::Less));
        assert_eq!(int_float(i64::MIN, i64::MIN as f64), Some(Ordering::Equal));
        assert_eq!(int_float(5, f64::NAN), None);
        assert_eq!(int_float(big, f64::INFINITY), Some(Ordering::Less));
    }
}
