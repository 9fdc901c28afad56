//! `str(x)` / `repr(x)` of numbers and Python's format-spec mini-language (`format(x, spec)`,
//! f-strings `f"{x:>10.3f}"`), digit for digit as CPython prints them.
//!
//! Rust's float formatting is exact (correctly rounded for any precision) and `{:e}` without a
//! precision gives the shortest digits that read back as the same float, which is what
//! Python's `repr` uses; this module only lays those digits out Python's way.

use crate::builtins::str::Str;
use crate::error::{Error, Result};
use num_complex::Complex64;

/// The shortest digits of a finite non-zero `x` (without sign) and the decimal exponent of
/// the first digit: 0.0123 → ("123", -2).
fn shortest(x: f64) -> (String, i32) {
    digits_of(format!("{:e}", x.abs()))
}

/// The digits and decimal exponent of Rust's shortest `{:e}` form (`1.5e16` → `15`, 16).
fn digits_of(s: String) -> (String, i32) {
    let (mant, exp) = s.split_once('e').expect("LowerExp has an exponent");
    (mant.replace('.', ""), exp.parse().expect("exponent is an integer"))
}

/// Python's `repr(float)` (also `str(float)`).
pub fn float_repr(x: f64) -> String {
    float_repr_r(x, true)
}

/// `repr` of a float; `point`: an integral value in fixed notation gets `.0` (floats do,
/// the parts of a complex do not).
fn float_repr_r(x: f64, point: bool) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0{}", if point { ".0" } else { "" });
    }
    let (digits, exp) = shortest(x);
    let body =
        if (-4..16).contains(&exp) { fixed_from_digits(&digits, exp, point) } else { sci_from_digits(&digits, exp) };
    format!("{sign}{body}")
}

/// Digits `d1 d2 ...` with the first at decimal exponent `exp`, in scientific notation
/// (`1.5e+16`, `1e-05`).
fn sci_from_digits(digits: &str, exp: i32) -> String {
    let (first, rest) = digits.split_at(1);
    let mant = if rest.is_empty() { first.to_string() } else { format!("{first}.{rest}") };
    format!("{mant}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// Digits `d1 d2 ...` with the first at decimal exponent `exp`, in fixed notation.
fn fixed_from_digits(digits: &str, exp: i32, point: bool) -> String {
    let n = digits.len() as i32;
    if exp < 0 {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else if exp + 1 >= n {
        let int = format!("{}{}", digits, "0".repeat((exp + 1 - n) as usize));
        if point {
            format!("{int}.0")
        } else {
            int
        }
    } else {
        let (a, b) = digits.split_at((exp + 1) as usize);
        format!("{a}.{b}")
    }
}

/// `repr(complex)`: `(1+2j)`, `2j`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(z: Complex64) -> String {
    let im = float_repr_r(z.im, false);
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{im}j");
    }
    let re = float_repr_r(z.re, false);
    let sign = if z.im.is_sign_negative() || z.im.is_nan() && im.starts_with('-') { "" } else { "+" };
    format!("({re}{sign}{im}j)")
}

/// `str` of a `numpy.float32` (also the parts of a `numpy.complex64`): the shortest digits
/// that read back as the same float32, positional for 1e-4 <= |x| < 1e6 (numpy's cut-off
/// for float32), else scientific.
pub fn float32_repr(x: f32) -> String {
    float32_repr_r(x, true)
}

fn float32_repr_r(x: f32, point: bool) -> String {
    if x.is_nan() || x.is_infinite() || x == 0.0 {
        return float_repr_r(x as f64, point);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let (digits, exp) = digits_of(format!("{:e}", x.abs()));
    let body = if (1e-4..1e6).contains(&(x.abs() as f64)) {
        fixed_from_digits(&digits, exp, point)
    } else {
        sci_from_digits(&digits, exp)
    };
    format!("{sign}{body}")
}

/// `str` of a `numpy.complex64`: as a complex, with float32 digits for its parts.
pub fn complex64_repr(z: Complex64) -> String {
    let (re, im) = (z.re as f32, z.im as f32);
    let ims = float32_repr_r(im, false);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{ims}j");
    }
    let res = float32_repr_r(re, false);
    let sign = if im.is_sign_negative() || im.is_nan() && ims.starts_with('-') { "" } else { "+" };
    format!("({res}{sign}{ims}j)")
}

/// `repr` of a numpy scalar whose `str` is `s`: `np.float64(1.5)`, `np.complex128(1+2j)` (a
/// complex without its parentheses), `np.int8(-3)`.
pub fn np_repr(name: &str, s: String) -> String {
    let inner = match s.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        Some(t) => t,
        None => &s,
    };
    format!("np.{name}({inner})")
}

pub fn str_of_int(v: i64) -> Str {
    Str::from(v.to_string())
}

pub fn str_of_float(x: f64) -> Str {
    Str::from(float_repr(x))
}

pub fn str_of_bool(b: bool) -> Str {
    Str::from(if b { "True" } else { "False" })
}

pub fn str_of_complex(z: Complex64) -> Str {
    Str::from(complex_repr(z))
}

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Default, Clone)]
struct Spec {
    fill: char,
    align: Option<char>,
    sign: char,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn bad_spec(spec: &str, what: &str) -> Error {
    Error::Value(format!("Invalid format specifier '{spec}' for object of type '{what}'"))
}

fn parse_spec(spec: &str, what: &str) -> Result<Spec> {
    let cs: Vec<char> = spec.chars().collect();
    let mut s = Spec { fill: ' ', sign: '-', ..Default::default() };
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if cs.len() >= 2 && is_align(cs[1]) {
        s.fill = cs[0];
        s.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        s.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        s.sign = cs[i];
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < cs.len() && cs[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        s.width = cs[start..i].iter().collect::<String>().parse().map_err(|_| bad_spec(spec, what))?;
    }
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        s.grouping = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let start = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(Error::Value("Format specifier missing precision"));
        }
        s.precision = Some(cs[start..i].iter().collect::<String>().parse().map_err(|_| bad_spec(spec, what))?);
    }
    if i < cs.len() {
        s.ty = Some(cs[i]);
        i += 1;
    }
    if i != cs.len() {
        return Err(bad_spec(spec, what));
    }
    if s.zero && s.align.is_none() {
        s.fill = '0';
        s.align = Some('=');
    }
    Ok(s)
}

/// Inserts `sep` every `every` digits from the right of an integer digit string.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (n - k) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Pads `sign` + `body` to the spec's width (`=` puts the padding after the sign).
fn pad(s: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    if len >= s.width {
        return format!("{sign}{body}");
    }
    let fill: String = std::iter::repeat_n(s.fill, s.width - len).collect();
    match s.align.unwrap_or(default_align) {
        '<' => format!("{sign}{body}{fill}"),
        '>' => format!("{fill}{sign}{body}"),
        '=' => format!("{sign}{fill}{body}"),
        _ => {
            let left = (s.width - len) / 2;
            let l: String = fill.chars().take(left).collect();
            let r: String = fill.chars().skip(left).collect();
            format!("{l}{sign}{body}{r}")
        }
    }
}

fn sign_str(neg: bool, s: &Spec) -> &'static str {
    match (neg, s.sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    }
}

/// `format(v, spec)` for an int.
pub fn format_int(v: i64, spec: &str) -> Result<Str> {
    let s = parse_spec(spec, "int")?;
    match s.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => return format_float(v as f64, spec),
        Some('c') => {
            let c = crate::builtins::str::chr(v)?;
            return Ok(Str::from(pad(&s, "", c.as_str(), '<')));
        }
        None | Some('d' | 'n' | 'x' | 'X' | 'o' | 'b') => {}
        Some(_) => {
            return Err(Error::Value(format!("Unknown format code '{}' for object of type 'int'", s.ty.unwrap())))
        }
    }
    if s.precision.is_some() {
        return Err(Error::Value("Precision not allowed in integer format specifier"));
    }
    let m = v.unsigned_abs();
    let (digits, prefix, every) = match s.ty {
        Some('x') => (format!("{m:x}"), "0x", 4),
        Some('X') => (format!("{m:X}"), "0X", 4),
        Some('o') => (format!("{m:o}"), "0o", 4),
        Some('b') => (format!("{m:b}"), "0b", 4),
        _ => (m.to_string(), "", 3),
    };
    let digits = match s.grouping {
        Some(sep) => group(&digits, sep, every),
        None => digits,
    };
    let sign = format!("{}{}", sign_str(v < 0, &s), if s.alt { prefix } else { "" });
    Ok(Str::from(pad(&s, &sign, &digits, '>')))
}

pub fn format_bool(b: bool, spec: &str) -> Result<Str> {
    if spec.is_empty() {
        return Ok(str_of_bool(b));
    }
    let s = parse_spec(spec, "bool")?;
    if s.ty.is_none() && s.precision.is_none() && s.grouping.is_none() && s.sign == '-' && !s.zero {
        // like a str: `f"{flag:>6}"` is "  True"
        return Ok(Str::from(pad(&s, "", if b { "True" } else { "False" }, '<')));
    }
    format_int(b as i64, spec)
}

pub fn format_str(v: &Str, spec: &str) -> Result<Str> {
    let s = parse_spec(spec, "str")?;
    if !matches!(s.ty, None | Some('s')) {
        return Err(Error::Value(format!("Unknown format code '{}' for object of type 'str'", s.ty.unwrap())));
    }
    if s.sign != '-' || s.alt || s.grouping.is_some() || s.align == Some('=') {
        return Err(bad_spec(spec, "str"));
    }
    let body: String = match s.precision {
        Some(p) => v.as_str().chars().take(p).collect(),
        None => v.as_str().to_string(),
    };
    Ok(Str::from(pad(&s, "", &body, '<')))
}

/// Exponent notation with `p` digits after the point, Python style (`1.50e+03`).
fn exp_notation(m: f64, p: usize, upper: bool, alt: bool) -> String {
    let s = format!("{:.*e}", p, m);
    let (mant, exp) = s.split_once('e').expect("LowerExp has an exponent");
    let exp: i32 = exp.parse().expect("exponent is an integer");
    let mant = if alt && p == 0 { format!("{mant}.") } else { mant.to_string() };
    let e = if upper { 'E' } else { 'e' };
    format!("{mant}{e}{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// The decimal exponent of `m` (> 0) once rounded to `p` significant digits.
fn exponent_at(m: f64, p: usize) -> i32 {
    let s = format!("{:.*e}", p.saturating_sub(1), m);
    s.split_once('e').and_then(|(_, e)| e.parse().ok()).unwrap_or(0)
}

fn strip_zeros(s: &str) -> String {
    if !s.contains('.') {
        return s.to_string();
    }
    let t = s.trim_end_matches('0');
    t.trim_end_matches('.').to_string()
}

/// `format(x, spec)` for a float.
pub fn format_float(x: f64, spec: &str) -> Result<Str> {
    if spec.is_empty() {
        return Ok(str_of_float(x));
    }
    let s = parse_spec(spec, "float")?;
    let upper = matches!(s.ty, Some('E' | 'F' | 'G'));
    let neg = x.is_sign_negative() && !x.is_nan();
    let m = x.abs();
    let percent = s.ty == Some('%');
    let body = if !x.is_finite() {
        let t = if x.is_nan() { "nan" } else { "inf" };
        if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        }
    } else {
        match s.ty {
            Some('f' | 'F') => {
                let p = s.precision.unwrap_or(6);
                let b = format!("{:.*}", p, m);
                if s.alt && p == 0 {
                    format!("{b}.")
                } else {
                    b
                }
            }
            Some('%') => {
                format!("{:.*}", s.precision.unwrap_or(6), m * 100.0)
            }
            Some('e' | 'E') => exp_notation(m, s.precision.unwrap_or(6), upper, s.alt),
            Some('g' | 'G' | 'n') | None => {
                if s.ty.is_none() && s.precision.is_none() {
                    // like repr, only with the spec's padding, sign and grouping
                    float_repr(m)
                } else {
                    let p = s.precision.unwrap_or(6).max(1);
                    let exp = if m == 0.0 { 0 } else { exponent_at(m, p) };
                    let b = if -4 <= exp && exp < p as i32 {
                        let fixed = format!("{:.*}", (p as i32 - 1 - exp).max(0) as usize, m);
                        if s.alt {
                            if fixed.contains('.') {
                                fixed
                            } else {
                                format!("{fixed}.")
                            }
                        } else {
                            strip_zeros(&fixed)
                        }
                    } else {
                        let e = exp_notation(m, p - 1, upper, s.alt);
                        if s.alt {
                            e
                        } else {
                            let (mant, ex) = e.split_at(e.find(['e', 'E']).expect("exponent"));
                            format!("{}{ex}", strip_zeros(mant))
                        }
                    };
                    // no type: a fixed-point result keeps at least one digit after the point
                    if s.ty.is_none() && !b.contains(['.', 'e', 'E']) {
                        format!("{b}.0")
                    } else {
                        b
                    }
                }
            }
            Some(c) => return Err(Error::Value(format!("Unknown format code '{c}' for object of type 'float'"))),
        }
    };
    let body = match s.grouping {
        Some(sep) if x.is_finite() => {
            let end = body.find(['.', 'e', 'E']).unwrap_or(body.len());
            format!("{}{}", group(&body[..end], sep, 3), &body[end..])
        }
        _ => body,
    };
    let body = if percent { format!("{body}%") } else { body };
    Ok(Str::from(pad(&s, sign_str(neg, &s), &body, '>')))
}

pub fn format_complex(z: Complex64, spec: &str) -> Result<Str> {
    if spec.is_empty() {
        return Ok(str_of_complex(z));
    }
    Err(Error::Value("format specs for complex numbers are not supported by pyrs"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_repr_matches_python() {
        for (x, want) in [
            (0.1, "0.1"),
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (123456789012345.6, "123456789012345.6"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.5e-300, "2.5e-300"),
            (f64::MAX, "1.7976931348623157e+308"),
        ] {
            assert_eq!(float_repr(x), want, "{x}");
        }
        assert_eq!(complex_repr(Complex64::new(1.0, 2.0)), "(1+2j)");
        assert_eq!(complex_repr(Complex64::new(0.0, 2.5)), "2.5j");
        assert_eq!(complex_repr(Complex64::new(-0.0, -1.0)), "(-0-1j)");
        assert_eq!(complex_repr(Complex64::new(1.5, -0.0)), "(1.5-0j)");
        // numpy's float32 and complex64 digits and cut-offs
        for (x, want) in [
            (0.1f32, "0.1"),
            (1.0 / 3.0, "0.33333334"),
            (16777216.0, "1.6777216e+07"),
            (999999.0, "999999.0"),
            (1e6, "1e+06"),
            (1e-4, "1e-04"),
            (1.5e-4, "0.00015"),
            (-0.0, "-0.0"),
            (f32::from_bits(1), "1e-45"),
        ] {
            assert_eq!(float32_repr(x), want, "{x}");
        }
        assert_eq!(complex64_repr(Complex64::new(0.1f32 as f64, 0.2f32 as f64)), "(0.1+0.2j)");
        assert_eq!(np_repr("complex128", complex_repr(Complex64::new(1.0, 2.0))), "np.complex128(1+2j)");
        assert_eq!(np_repr("complex128", complex_repr(Complex64::new(0.0, 0.0))), "np.complex128(0j)");
        assert_eq!(np_repr("float64", float_repr(1.5)), "np.float64(1.5)");
    }

    #[test]
    fn format_specs_match_python() {
        let f = |x: f64, s: &str| format_float(x, s).unwrap().as_str().to_string();
        assert_eq!(f(1.23456, ".2f"), "1.23");
        assert_eq!(f(1.23456, "8.3f"), "   1.235");
        assert_eq!(f(-1.23456, "08.3f"), "-001.235");
        assert_eq!(f(1234.5, ".3"), "1.23e+03");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(0.00001234, "g"), "1.234e-05");
        assert_eq!(f(123456.0, "g"), "123456");
        assert_eq!(f(1234567.0, "g"), "1.23457e+06");
        assert_eq!(f(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(f(0.25, ".1%"), "25.0%");
        assert_eq!(f(1.5, "e"), "1.500000e+00");
        assert_eq!(f(2.5, ".0f"), "2");
        assert_eq!(f(f64::INFINITY, "F"), "INF");
        assert_eq!(f(1.5, "+"), "+1.5");
        assert_eq!(f(1.5, "^9"), "   1.5   ");
        let i = |x: i64, s: &str| format_int(x, s).unwrap().as_str().to_string();
        assert_eq!(i(255, "x"), "ff");
        assert_eq!(i(255, "#06x"), "0x00ff");
        assert_eq!(i(-42, "5d"), "  -42");
        assert_eq!(i(1234567, ","), "1,234,567");
        assert_eq!(i(5, "<4"), "5   ");
        assert_eq!(i(5, "*^5"), "**5**");
        assert_eq!(i(3, ".2f"), "3.00");
        assert_eq!(format_str(&Str::from("ab"), ">4").unwrap().as_str(), "  ab");
        assert_eq!(format_str(&Str::from("abcdef"), ".3").unwrap().as_str(), "abc");
        assert_eq!(format_bool(true, ">6").unwrap().as_str(), "  True");
    }
}

/// `repr(x)` of the values compiled code handles (KeyError messages, `!r`, `str(tuple)`).
pub trait PyRepr {
    fn py_repr(&self) -> String;
}

impl PyRepr for i64 {
    fn py_repr(&self) -> String {
        self.to_string()
    }
}

impl PyRepr for f64 {
    fn py_repr(&self) -> String {
        float_repr(*self)
    }
}

impl PyRepr for bool {
    fn py_repr(&self) -> String {
        (if *self { "True" } else { "False" }).to_string()
    }
}

impl PyRepr for Complex64 {
    fn py_repr(&self) -> String {
        complex_repr(*self)
    }
}

impl PyRepr for Str {
    fn py_repr(&self) -> String {
        crate::builtins::str::repr(self.as_str())
    }
}

impl PyRepr for () {
    fn py_repr(&self) -> String {
        "None".to_string()
    }
}

impl<T: PyRepr + Clone> PyRepr for crate::builtins::list::List<T> {
    fn py_repr(&self) -> String {
        let parts: Vec<String> = self.to_vec().iter().map(PyRepr::py_repr).collect();
        format!("[{}]", parts.join(", "))
    }
}

impl<T: PyRepr + Clone> PyRepr for crate::builtins::vartuple::VarTuple<T> {
    fn py_repr(&self) -> String {
        let parts: Vec<String> = self.to_vec().iter().map(PyRepr::py_repr).collect();
        if parts.len() == 1 {
            format!("({},)", parts[0])
        } else {
            format!("({})", parts.join(", "))
        }
    }
}

macro_rules! tuple_repr {
    ($($t:ident $i:tt),*) => {
        impl<$($t: PyRepr),*> PyRepr for ($($t,)*) {
            fn py_repr(&self) -> String {
                let parts: Vec<String> = vec![$(self.$i.py_repr()),*];
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
        }
    };
}
tuple_repr!(A 0);
tuple_repr!(A 0, B 1);
tuple_repr!(A 0, B 1, C 2);
tuple_repr!(A 0, B 1, C 2, D 3);
tuple_repr!(A 0, B 1, C 2, D 3, E 4);
tuple_repr!(A 0, B 1, C 2, D 3, E 4, F 5);
tuple_repr!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
tuple_repr!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
tuple_repr!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
tuple_repr!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
tuple_repr!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
tuple_repr!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

/// `str(x)`: `repr` for everything but strings, which are themselves.
pub fn py_str<T: PyRepr + 'static>(x: &T) -> Str {
    if let Some(s) = (x as &dyn std::any::Any).downcast_ref::<Str>() {
        return s.clone();
    }
    Str::from(x.py_repr())
}

/// A value given to `fmt % args`.
pub enum PctArg {
    Int(i64),
    Float(f64),
    Bool(bool),
    Str(Str),
    Repr(String),
    /// a numpy scalar: its value (for `%d`, `%f`, ...), its `str` and its `repr`
    Np(Box<PctArg>, String, String),
}

impl PctArg {
    fn as_str(&self) -> Str {
        match self {
            PctArg::Int(v) => str_of_int(*v),
            PctArg::Float(v) => str_of_float(*v),
            PctArg::Bool(b) => str_of_bool(*b),
            PctArg::Str(s) => s.clone(),
            PctArg::Repr(r) => Str::from(r.as_str()),
            PctArg::Np(_, s, _) => Str::from(s.as_str()),
        }
    }

    fn repr(&self) -> Str {
        match self {
            PctArg::Str(s) => Str::from(crate::builtins::str::repr(s.as_str())),
            PctArg::Np(_, _, r) => Str::from(r.as_str()),
            other => other.as_str(),
        }
    }
}

/// `fmt % args`: printf-style formatting (`%d %i %f %e %g %s %r %x %o %c %%` with flags
/// `- + space # 0`, width and precision), as CPython's `str.__mod__`.
pub fn percent(fmt: &Str, args: Vec<PctArg>) -> Result<Str> {
    let type_err = |m: &str| Error::Type(m.to_string());
    let cs: Vec<char> = fmt.as_str().chars().collect();
    let mut out = String::new();
    let mut args = args.into_iter();
    let mut i = 0;
    while i < cs.len() {
        if cs[i] != '%' {
            out.push(cs[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut flags = String::new();
        while i < cs.len() && "-+ #0".contains(cs[i]) {
            flags.push(cs[i]);
            i += 1;
        }
        let mut width = String::new();
        while i < cs.len() && cs[i].is_ascii_digit() {
            width.push(cs[i]);
            i += 1;
        }
        let mut prec = None;
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            let mut p = String::new();
            while i < cs.len() && cs[i].is_ascii_digit() {
                p.push(cs[i]);
                i += 1;
            }
            prec = Some(p);
        }
        let Some(&conv) = cs.get(i) else {
            return Err(Error::Value("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match args.next().ok_or_else(|| type_err("not enough arguments for format string"))? {
            PctArg::Np(v, s, r) => match conv {
                's' => PctArg::Repr(s),
                'r' | 'a' => PctArg::Repr(r),
                _ => *v,
            },
            a => a,
        };
        let left = flags.contains('-');
        let zero = flags.contains('0') && !left;
        let sign = if flags.contains('+') {
            "+"
        } else if flags.contains(' ') {
            " "
        } else {
            ""
        };
        let alt = if flags.contains('#') { "#" } else { "" };
        // numbers: `[<][sign][#][0]width`
        let a = if left { "<" } else { "" };
        let z = if zero { "0" } else { "" };
        let p = prec.as_ref().map(|p| format!(".{}", if p.is_empty() { "0" } else { p })).unwrap_or_default();
        let piece = match conv {
            'd' | 'i' | 'u' => {
                let v = match arg {
                    PctArg::Int(v) => v,
                    PctArg::Bool(b) => b as i64,
                    PctArg::Float(x) => crate::builtins::conv::int_of_float(x)?,
                    _ => return Err(type_err("%d format: a real number is required")),
                };
                format_int(v, &format!("{a}{sign}{z}{width}"))?
            }
            'x' | 'X' | 'o' => {
                let v = match arg {
                    PctArg::Int(v) => v,
                    PctArg::Bool(b) => b as i64,
                    _ => return Err(type_err("%x format: an integer is required")),
                };
                format_int(v, &format!("{a}{sign}{alt}{z}{width}{conv}"))?
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                let x = match arg {
                    PctArg::Int(v) => v as f64,
                    PctArg::Bool(b) => b as i64 as f64,
                    PctArg::Float(x) => x,
                    _ => return Err(type_err("must be real number, not str")),
                };
                let p = if p.is_empty() { ".6".to_string() } else { p.clone() };
                format_float(x, &format!("{a}{sign}{alt}{z}{width}{p}{conv}"))?
            }
            's' | 'r' => {
                let s = if conv == 's' { arg.as_str() } else { arg.repr() };
                let a = if left { "<" } else { ">" };
                format_str(&s, &format!("{a}{width}{p}"))?
            }
            'c' => {
                let s = match arg {
                    PctArg::Int(v) => crate::builtins::str::chr(v)?,
                    PctArg::Str(s) if s.len() == 1 => s,
                    _ => return Err(type_err("%c requires int or char")),
                };
                let a = if left { "<" } else { ">" };
                format_str(&s, &format!("{a}{width}"))?
            }
            other => return Err(Error::Value(format!("unsupported format character '{other}'"))),
        };
        out.push_str(piece.as_str());
    }
    if args.next().is_some() {
        return Err(type_err("not all arguments converted during string formatting"));
    }
    Ok(Str::from(out))
}

#[cfg(test)]
mod percent_tests {
    use super::*;

    #[test]
    fn printf_style_like_cpython() {
        let f = |fmt: &str, a: Vec<PctArg>| percent(&Str::from(fmt), a).map(|s| s.as_str().to_string());
        assert_eq!(f("%d items, %.2f s", vec![PctArg::Int(3), PctArg::Float(1.234)]).unwrap(), "3 items, 1.23 s");
        assert_eq!(
            f("%5d|%-5d|%05d|%+d", vec![PctArg::Int(42), PctArg::Int(42), PctArg::Int(-42), PctArg::Int(7)]).unwrap(),
            "   42|42   |-0042|+7"
        );
        assert_eq!(
            f("%s and %r", vec![PctArg::Str(Str::from("a")), PctArg::Str(Str::from("b"))]).unwrap(),
            "a and 'b'"
        );
        assert_eq!(
            f(
                "%x %#x %o %e %g %%",
                vec![PctArg::Int(255), PctArg::Int(255), PctArg::Int(8), PctArg::Float(1500.0), PctArg::Float(0.0001)]
            )
            .unwrap(),
            "ff 0xff 10 1.500000e+03 0.0001 %"
        );
        assert_eq!(
            f("%.3s|%8.3f", vec![PctArg::Str(Str::from("abcdef")), PctArg::Float(-1.23456)]).unwrap(),
            "abc|  -1.235"
        );
        assert_eq!(f("%d", vec![PctArg::Float(3.9)]).unwrap(), "3");
        assert_eq!(f("%+06.1f|%-6x|", vec![PctArg::Float(2.25), PctArg::Int(255)]).unwrap(), "+002.2|ff    |");
        assert!(f("%d %d", vec![PctArg::Int(1)]).is_err());
        assert!(f("%d", vec![PctArg::Int(1), PctArg::Int(2)]).is_err());
    }
}
