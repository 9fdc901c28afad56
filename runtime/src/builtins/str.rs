//! Python's `str` inside compiled code: immutable, shared (cloning is a reference count), indexed
//! by code point as in Python, with the methods numeric code uses (`split`, `join`, `strip`,
//! `replace`, ...) and the conversions `int(s)`, `int(s, base)`, `float(s)`, `str(x)`, `hex(n)`.
//! Formatting (`str(float)`, f-strings and their format specs) is in [`crate::builtins::format`].

use crate::builtins::slice::slice_indices;
use crate::error::{Error, Result};
use std::fmt;
use std::rc::Rc;

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Str(Rc<str>);

impl Default for Str {
    fn default() -> Self {
        Str(Rc::from(""))
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", &*self.0)
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Str {
    fn from(s: &str) -> Str {
        Str(Rc::from(s))
    }
}

impl From<String> for Str {
    fn from(s: String) -> Str {
        Str(Rc::from(s))
    }
}

#[cold]
#[inline(never)]
fn index_error() -> Error {
    Error::Index("string index out of range")
}

/// The letters of Unicode category Lt (titlecase digraphs and Greek with prosgegrammeni).
fn is_titlecase_letter(c: char) -> bool {
    matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ' | '\u{1F88}'..='\u{1F8F}' | '\u{1F98}'..='\u{1F9F}' | '\u{1FA8}'..='\u{1FAF}' | 'ᾼ' | 'ῌ' | 'ῼ')
}

/// Unicode's titlecase mapping of `c` (what CPython's `title` and `capitalize` use): the
/// uppercase one except for digraphs (`ǆ` → `ǅ`), Greek with ypogegrammeni (`ᾳ` → `ᾼ`) and
/// characters whose uppercase is several (`ß` → `Ss`, `ﬁ` → `Fi`: the first upper, the rest
/// lower).
fn push_titlecase(out: &mut String, c: char) {
    let single = match c {
        'Ǆ' | 'ǅ' | 'ǆ' => Some('ǅ'),
        'Ǉ' | 'ǈ' | 'ǉ' => Some('ǈ'),
        'Ǌ' | 'ǋ' | 'ǌ' => Some('ǋ'),
        'Ǳ' | 'ǲ' | 'ǳ' => Some('ǲ'),
        '\u{1F80}'..='\u{1FAF}' => char::from_u32(c as u32 | 0x08),
        'ᾳ' | 'ᾼ' => Some('ᾼ'),
        'ῃ' | 'ῌ' => Some('ῌ'),
        'ῳ' | 'ῼ' => Some('ῼ'),
        _ => None,
    };
    if let Some(t) = single {
        out.push(t);
        return;
    }
    if c == 'ŉ' {
        out.push_str("ʼN");
        return;
    }
    let mut up = c.to_uppercase();
    if let Some(first) = up.next() {
        out.push(first);
        for rest in up {
            out.extend(rest.to_lowercase());
        }
    }
}

/// Padding and case methods (`zfill`, `center`, `ljust`, `rjust`, `capitalize`, `title`,
/// `partition`, ...), as CPython computes them (lengths in code points).
impl Str {
    fn fill_char(fill: &Str) -> Result<char> {
        let mut cs = fill.0.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(Error::Type("The fill character must be exactly one character long")),
        }
    }

    fn padded(&self, left: usize, right: usize, c: char) -> Str {
        let mut s = String::with_capacity(self.0.len() + (left + right) * c.len_utf8());
        s.extend(std::iter::repeat_n(c, left));
        s.push_str(&self.0);
        s.extend(std::iter::repeat_n(c, right));
        Str::from(s)
    }

    fn margin(&self, width: i64) -> usize {
        (width - self.len()).max(0) as usize
    }

    pub fn ljust(&self, width: i64, fill: &Str) -> Result<Str> {
        let c = Self::fill_char(fill)?;
        Ok(self.padded(0, self.margin(width), c))
    }

    pub fn rjust(&self, width: i64, fill: &Str) -> Result<Str> {
        let c = Self::fill_char(fill)?;
        Ok(self.padded(self.margin(width), 0, c))
    }

    /// CPython's split of the margin: the extra space goes left when the width is odd
    pub fn center(&self, width: i64, fill: &Str) -> Result<Str> {
        let c = Self::fill_char(fill)?;
        let marg = self.margin(width);
        let left = marg / 2 + (marg & (width.max(0) as usize) & 1);
        Ok(self.padded(left, marg - left, c))
    }

    pub fn zfill(&self, width: i64) -> Str {
        let marg = self.margin(width);
        let s: &str = &self.0;
        match s.chars().next() {
            Some(sign @ ('+' | '-')) => {
                let mut out = String::new();
                out.push(sign);
                out.extend(std::iter::repeat_n('0', marg));
                out.push_str(&s[1..]);
                Str::from(out)
            }
            _ => self.padded(marg, 0, '0'),
        }
    }

    pub fn capitalize(&self) -> Str {
        let mut cs = self.0.chars();
        let mut out = String::with_capacity(self.0.len());
        if let Some(first) = cs.next() {
            push_titlecase(&mut out, first);
            out.push_str(&cs.as_str().to_lowercase());
        }
        Str::from(out)
    }

    pub fn title(&self) -> Str {
        let mut out = String::with_capacity(self.0.len());
        let mut prev_cased = false;
        for c in self.0.chars() {
            let cased = c.is_uppercase() || c.is_lowercase() || is_titlecase_letter(c);
            if cased && !prev_cased {
                push_titlecase(&mut out, c);
            } else if cased {
                out.extend(c.to_lowercase());
            } else {
                out.push(c);
            }
            prev_cased = cased;
        }
        Str::from(out)
    }

    pub fn swapcase(&self) -> Str {
        let mut out = String::with_capacity(self.0.len());
        for c in self.0.chars() {
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        Str::from(out)
    }

    pub fn isupper(&self) -> bool {
        self.0.chars().any(char::is_uppercase) && !self.0.chars().any(char::is_lowercase)
    }

    pub fn islower(&self) -> bool {
        self.0.chars().any(char::is_lowercase) && !self.0.chars().any(char::is_uppercase)
    }

    pub fn isalnum(&self) -> bool {
        !self.0.is_empty() && self.0.chars().all(char::is_alphanumeric)
    }

    pub fn removeprefix(&self, p: &Str) -> Str {
        Str::from(self.0.strip_prefix(&*p.0).unwrap_or(&self.0))
    }

    pub fn removesuffix(&self, p: &Str) -> Str {
        Str::from(self.0.strip_suffix(&*p.0).unwrap_or(&self.0))
    }

    /// `s.partition(sep)` (`rpartition` with `last`)
    pub fn partition(&self, sep: &Str, last: bool) -> Result<(Str, Str, Str)> {
        if sep.0.is_empty() {
            return Err(Error::Value("empty separator"));
        }
        let found = if last { self.0.rfind(&*sep.0) } else { self.0.find(&*sep.0) };
        Ok(match found {
            Some(i) => (Str::from(&self.0[..i]), sep.clone(), Str::from(&self.0[i + sep.0.len()..])),
            None if last => (Str::from(""), Str::from(""), self.clone()),
            None => (self.clone(), Str::from(""), Str::from("")),
        })
    }
}

impl Str {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `len(s)`: the number of code points.
    pub fn len(&self) -> i64 {
        if self.0.is_ascii() {
            self.0.len() as i64
        } else {
            self.0.chars().count() as i64
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The code points (for indexing and slicing non-ASCII strings).
    fn chars(&self) -> Vec<char> {
        self.0.chars().collect()
    }

    /// `s[i]`
    pub fn get(&self, i: i64) -> Result<Str> {
        let n = self.len();
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error());
        }
        if self.0.is_ascii() {
            let j = j as usize;
            return Ok(Str::from(&self.0[j..j + 1]));
        }
        Ok(Str::from(self.0.chars().nth(j as usize).map(String::from).unwrap_or_default()))
    }

    /// `s[lo:hi:step]`
    pub fn slice(&self, lo: Option<i64>, hi: Option<i64>, step: Option<i64>) -> Result<Str> {
        let n = self.len() as usize;
        let (start, count, step) = slice_indices(n, lo, hi, step)?;
        if self.0.is_ascii() && step == 1 {
            let s = start as usize;
            return Ok(Str::from(&self.0[s..s + count]));
        }
        let cs = self.chars();
        let out: String = (0..count).map(|k| cs[(start + k as i64 * step) as usize]).collect();
        Ok(Str::from(out))
    }

    /// `a + b`
    pub fn concat(&self, other: &Str) -> Str {
        let mut s = String::with_capacity(self.0.len() + other.0.len());
        s.push_str(&self.0);
        s.push_str(&other.0);
        Str::from(s)
    }

    /// `s * n`: CPython's OverflowError when the length would pass 2**63 - 1 code points,
    /// MemoryError when it cannot be allocated, never an abort.
    pub fn repeat(&self, n: i64) -> Result<Str> {
        if n <= 0 || self.0.is_empty() {
            return Ok(Str::from(""));
        }
        if self.len() > i64::MAX / n {
            return Err(crate::error::overflow("repeated string is too long"));
        }
        let total = self.0.len().checked_mul(n as usize).ok_or_else(crate::error::memory_error)?;
        let mut s = String::new();
        s.try_reserve_exact(total).map_err(|_| crate::error::memory_error())?;
        for _ in 0..n {
            s.push_str(&self.0);
        }
        Ok(Str::from(s))
    }

    /// `sub in s`
    pub fn contains(&self, sub: &Str) -> bool {
        self.0.contains(&*sub.0)
    }

    /// The code-point index of a byte offset.
    fn cp_index(&self, byte: usize) -> i64 {
        if self.0.is_ascii() {
            byte as i64
        } else {
            self.0[..byte].chars().count() as i64
        }
    }

    pub fn find(&self, sub: &Str) -> i64 {
        match self.0.find(&*sub.0) {
            Some(b) => self.cp_index(b),
            None => -1,
        }
    }

    pub fn rfind(&self, sub: &Str) -> i64 {
        match self.0.rfind(&*sub.0) {
            Some(b) => self.cp_index(b),
            None => -1,
        }
    }

    /// `s.index(sub)`: like find, ValueError when absent.
    pub fn index(&self, sub: &Str) -> Result<i64> {
        match self.find(sub) {
            -1 => Err(Error::Value("substring not found")),
            i => Ok(i),
        }
    }

    /// `s.count(sub)`: non-overlapping occurrences (an empty `sub` counts len+1 positions).
    pub fn count(&self, sub: &Str) -> i64 {
        if sub.0.is_empty() {
            return self.len() + 1;
        }
        self.0.matches(&*sub.0).count() as i64
    }

    pub fn replace(&self, old: &Str, new: &Str) -> Str {
        if old.0.is_empty() {
            // Python inserts `new` between every character and at both ends
            let mut s = String::new();
            s.push_str(&new.0);
            for c in self.0.chars() {
                s.push(c);
                s.push_str(&new.0);
            }
            return Str::from(s);
        }
        Str::from(self.0.replace(&*old.0, &new.0))
    }

    pub fn startswith(&self, p: &Str) -> bool {
        self.0.starts_with(&*p.0)
    }

    pub fn endswith(&self, p: &Str) -> bool {
        self.0.ends_with(&*p.0)
    }

    pub fn strip(&self) -> Str {
        Str::from(self.0.trim_matches(is_py_space))
    }

    pub fn lstrip(&self) -> Str {
        Str::from(self.0.trim_start_matches(is_py_space))
    }

    pub fn rstrip(&self) -> Str {
        Str::from(self.0.trim_end_matches(is_py_space))
    }

    /// `s.strip(chars)` and friends
    pub fn strip_chars(&self, chars: &Str, left: bool, right: bool) -> Str {
        let set: Vec<char> = chars.0.chars().collect();
        let mut s: &str = &self.0;
        if left {
            s = s.trim_start_matches(|c| set.contains(&c));
        }
        if right {
            s = s.trim_end_matches(|c| set.contains(&c));
        }
        Str::from(s)
    }

    pub fn upper(&self) -> Str {
        Str::from(self.0.to_uppercase())
    }

    pub fn lower(&self) -> Str {
        Str::from(self.0.to_lowercase())
    }

    pub fn isdigit(&self) -> bool {
        !self.0.is_empty() && self.0.chars().all(|c| c.is_ascii_digit())
    }

    pub fn isalpha(&self) -> bool {
        !self.0.is_empty() && self.0.chars().all(char::is_alphabetic)
    }

    pub fn isspace(&self) -> bool {
        !self.0.is_empty() && self.0.chars().all(is_py_space)
    }

    /// `s.split()`: runs of whitespace separate, leading/trailing whitespace ignored.
    pub fn split_whitespace(&self) -> Vec<Str> {
        self.0.split(is_py_space).filter(|p| !p.is_empty()).map(Str::from).collect()
    }

    /// `s.split(sep)`
    pub fn split(&self, sep: &Str) -> Result<Vec<Str>> {
        if sep.0.is_empty() {
            return Err(Error::Value("empty separator"));
        }
        Ok(self.0.split(&*sep.0).map(Str::from).collect())
    }

    /// `s.split(sep, maxsplit)`: at most `maxsplit` splits (all of them when negative); with
    /// no separator at runs of whitespace, leading whitespace skipped and the rest kept whole
    /// after the last split (`' a b c '.split(None, 1)` is `['a', 'b c ']`).
    pub fn split_max(&self, sep: Option<&Str>, maxsplit: i64) -> Result<Vec<Str>> {
        let Some(sep) = sep else {
            let mut out = Vec::new();
            let mut rest = self.0.trim_start_matches(is_py_space);
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 >= maxsplit {
                    out.push(Str::from(rest));
                    break;
                }
                let end = rest.find(is_py_space).unwrap_or(rest.len());
                out.push(Str::from(&rest[..end]));
                rest = rest[end..].trim_start_matches(is_py_space);
            }
            return Ok(out);
        };
        if sep.0.is_empty() {
            return Err(Error::Value("empty separator"));
        }
        if maxsplit < 0 {
            return self.split(sep);
        }
        let n = usize::try_from(maxsplit).unwrap_or(usize::MAX).saturating_add(1);
        Ok(self.0.splitn(n, &*sep.0).map(Str::from).collect())
    }

    /// `s.splitlines(keepends)`: split at the line boundaries of `str.splitlines` (`\r\n`,
    /// `\n`, `\r`, `\v`, `\f`, `\x1c`-`\x1e`, `\x85`, `\u2028`, `\u2029`).
    pub fn splitlines(&self, keepends: bool) -> Vec<Str> {
        let s = &*self.0;
        let mut out = Vec::new();
        let mut start = 0;
        let mut it = s.char_indices().peekable();
        while let Some((k, c)) = it.next() {
            let end = match c {
                '\r' if matches!(it.peek(), Some((_, '\n'))) => {
                    it.next();
                    k + 2
                }
                '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                    k + c.len_utf8()
                }
                _ => continue,
            };
            out.push(Str::from(if keepends { &s[start..end] } else { &s[start..k] }));
            start = end;
        }
        if start < s.len() {
            out.push(Str::from(&s[start..]));
        }
        out
    }

    /// `sep.join(items)`
    pub fn join(&self, items: &[Str]) -> Str {
        let parts: Vec<&str> = items.iter().map(|s| s.as_str()).collect();
        Str::from(parts.join(&self.0))
    }

    /// The characters as one-character strings (`for c in s`, `list(s)`).
    pub fn to_chars(&self) -> Vec<Str> {
        self.0.chars().map(|c| Str::from(String::from(c))).collect()
    }

    /// `ord(c)`
    pub fn ord(&self) -> Result<i64> {
        let mut it = self.0.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => Ok(c as i64),
            _ => Err(Error::Type(format!("ord() expected a character, but string of length {} found", self.len()))),
        }
    }
}

/// `chr(i)`
pub fn chr(i: i64) -> Result<Str> {
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Str::from(String::from(c))),
        // CPython gives a str holding the lone surrogate; pyrs's strings are UTF-8 (documented)
        None if (0xD800..=0xDFFF).contains(&i) => {
            Err(Error::Value("chr(): a lone surrogate (U+D800..U+DFFF) cannot be held by a compiled str"))
        }
        None => Err(Error::Value("chr() arg not in range(0x110000)")),
    }
}

/// Python's `str.isspace` characters (ASCII whitespace plus the Unicode ones and \x1c-\x1f).
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// The zeros of the Unicode decimal digits beyond ASCII (category Nd, runs of ten: `'٣'` is
/// 3), as CPython 3.11's `unicodedata.decimal` (Unicode 14.0).
const DECIMAL_ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
    0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0,
    0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
    0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a non-ASCII decimal digit.
fn unicode_decimal(c: char) -> Option<u8> {
    let c = c as u32;
    let k = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    let zero = *DECIMAL_ZEROS.get(k.checked_sub(1)?)?;
    (c - zero < 10).then(|| (c - zero) as u8)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`, what `int()` and `float()` parse:
/// Unicode decimal digits become ASCII digits, Unicode spaces a space, any other non-ASCII
/// character a `?` (no digit of any base).
fn decimal_ascii(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let ascii = |c: char| match c {
        c if c.is_ascii() => c,
        c if is_py_space(c) => ' ',
        c => unicode_decimal(c).map(|d| (b'0' + d) as char).unwrap_or('?'),
    };
    std::borrow::Cow::Owned(s.chars().map(ascii).collect())
}

/// Python's `repr` of a string: quotes and escapes (for error messages and `!r`).
pub fn repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// `int(s, base)` with Python's syntax: surrounding whitespace, a sign, `_` between digits,
/// an optional `0x`/`0o`/`0b` prefix matching the base (base 0: the prefix decides).
pub fn int_of_str(s: &Str, base: i64) -> Result<i64> {
    let invalid = || Error::Value(format!("invalid literal for int() with base {base}: {}", repr(s.as_str())));
    if base != 0 && !(2..=36).contains(&base) {
        return Err(Error::Value("int() base must be >= 2 and <= 36, or 0"));
    }
    let ascii = decimal_ascii(s.as_str());
    let t = ascii.trim_matches(is_py_space);
    let (neg, mut digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut base = base as u32;
    let prefix = match digits.as_bytes() {
        [b'0', b'x' | b'X', ..] => Some(16),
        [b'0', b'o' | b'O', ..] => Some(8),
        [b'0', b'b' | b'B', ..] => Some(2),
        _ => None,
    };
    let mut had_prefix = false;
    if let Some(p) = prefix {
        if base == p || base == 0 {
            base = p;
            digits = &digits[2..];
            had_prefix = true;
        }
    }
    if base == 0 {
        // no prefix: decimal, and a leading zero is only allowed for zero itself
        base = 10;
        let d: String = digits.chars().filter(|c| *c != '_').collect();
        if d.len() > 1 && d.starts_with('0') && d.chars().any(|c| c != '0') {
            return Err(invalid());
        }
    }
    // underscores: single, between digits (after a prefix one may lead)
    if digits.is_empty() || digits.ends_with('_') || digits.contains("__") || (digits.starts_with('_') && !had_prefix) {
        return Err(invalid());
    }
    let mut v: i128 = 0;
    // bytes: a digit is ASCII (`char::to_digit`), and the first byte of any other character
    // is no digit either
    for b in digits.bytes() {
        if b == b'_' {
            continue;
        }
        let d = (b as char).to_digit(base).ok_or_else(invalid)? as i128;
        v = v * base as i128 + d;
        if v > (1i128 << 64) {
            return Err(Error::Overflow("int too large for 64 bits (pyrs ints are 64-bit)"));
        }
    }
    let v = if neg { -v } else { v };
    i64::try_from(v).map_err(|_| Error::Overflow("int too large for 64 bits (pyrs ints are 64-bit)"))
}

/// `float(s)`: decimal or `inf`/`nan`/`infinity` in any case, `_` between digits.
pub fn float_of_str(s: &Str) -> Result<f64> {
    let invalid = || Error::Value(format!("could not convert string to float: {}", repr(s.as_str())));
    let ascii = decimal_ascii(s.as_str());
    let t = ascii.trim_matches(is_py_space);
    let body = t.trim_start_matches(['+', '-']);
    if t.len() - body.len() > 1 {
        return Err(invalid());
    }
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        return t.to_ascii_lowercase().parse::<f64>().map_err(|_| invalid());
    }
    // digits, optional point, optional exponent; `_` only between digits
    let bytes = t.as_bytes();
    for (k, b) in bytes.iter().enumerate() {
        if *b == b'_' {
            let ok = k > 0 && k + 1 < bytes.len() && bytes[k - 1].is_ascii_digit() && bytes[k + 1].is_ascii_digit();
            if !ok {
                return Err(invalid());
            }
        } else if !(b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-')) {
            return Err(invalid());
        }
    }
    let clean: String = t.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().map_err(|_| invalid())
}

/// `hex(n)`, `oct(n)`, `bin(n)`
pub fn radix(n: i64, base: u32) -> Str {
    let (prefix, shift) = match base {
        16 => (b'x', 4),
        8 => (b'o', 3),
        _ => (b'b', 1),
    };
    // digits from the last, then the prefix and the sign: one allocation (the `Str`)
    let mut buf = [0u8; 67];
    let mut k = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        k -= 1;
        buf[k] = b"0123456789abcdef"[(m & ((1 << shift) - 1)) as usize];
        m >>= shift;
        if m == 0 {
            break;
        }
    }
    buf[k - 2..k].copy_from_slice(&[b'0', prefix]);
    k -= 2;
    if n < 0 {
        k -= 1;
        buf[k] = b'-';
    }
    Str::from(std::str::from_utf8(&buf[k..]).expect("ASCII digits"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_oct_bin_like_python() {
        for n in [0i64, 1, -1, 7, 8, 15, 16, 255, -256, 1 << 40, i64::MAX, i64::MIN, -12345678] {
            let sign = if n < 0 { "-" } else { "" };
            let m = n.unsigned_abs();
            assert_eq!(radix(n, 16).as_str(), format!("{sign}0x{m:x}"));
            assert_eq!(radix(n, 8).as_str(), format!("{sign}0o{m:o}"));
            assert_eq!(radix(n, 2).as_str(), format!("{sign}0b{m:b}"));
            assert_eq!(int_of_str(&radix(n, 16), 16), Ok(n));
            assert_eq!(int_of_str(&radix(n, 8), 0), Ok(n));
        }
        assert!(int_of_str(&Str::from("0x1é"), 16).is_err());
    }

    #[test]
    fn ints_parse_like_python() {
        let p = |s: &str, b| int_of_str(&Str::from(s), b);
        assert_eq!(p(" 42 ", 10), Ok(42));
        assert_eq!(p("-0x1F", 16), Ok(-31));
        assert_eq!(p("ff", 16), Ok(255));
        assert_eq!(p("1_000", 10), Ok(1000));
        assert_eq!(p("0b101", 0), Ok(5));
        assert!(p("1__0", 10).is_err());
        assert!(p("_1", 10).is_err());
        assert!(p("", 10).is_err());
        assert!(p("012", 0).is_err());
        assert_eq!(p("000", 0), Ok(0));
        assert!(p("0x", 16).is_err());
        assert_eq!(p("-9223372036854775808", 10), Ok(i64::MIN));
        assert!(matches!(p("9223372036854775808", 10).unwrap_err().kind(), crate::error::ErrorKind::Overflow(_)));
    }

    #[test]
    fn floats_parse_like_python() {
        let p = |s: &str| float_of_str(&Str::from(s));
        assert_eq!(p(" 1.5 "), Ok(1.5));
        assert_eq!(p("-inf"), Ok(f64::NEG_INFINITY));
        assert!(p("nan").unwrap().is_nan());
        assert_eq!(p("1_0.5"), Ok(10.5));
        assert!(p("1._5").is_err());
        assert!(p("abc").is_err());
        assert!(p("--1").is_err());
        assert_eq!(p("1e3"), Ok(1000.0));
    }

    #[test]
    fn indexing_by_code_point() {
        let s = Str::from("héllo");
        assert_eq!(s.len(), 5);
        assert_eq!(s.get(1).unwrap().as_str(), "é");
        assert_eq!(s.get(-1).unwrap().as_str(), "o");
        assert_eq!(s.slice(Some(1), Some(3), None).unwrap().as_str(), "él");
        assert_eq!(s.slice(None, None, Some(-1)).unwrap().as_str(), "olléh");
        assert_eq!(s.find(&Str::from("l")), 2);
        assert_eq!(radix(-255, 16).as_str(), "-0xff");
        assert_eq!(repr("it's"), "\"it's\"");
    }
}
