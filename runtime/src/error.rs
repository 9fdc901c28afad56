//! Errors raised by compiled code, as plain data (no Python objects), so that they can be built
//! with the GIL released. [`crate::py`] maps each variant to the Python exception of the same name.

use std::fmt;

/// An error of compiled code: one pointer wide, so that `Result<i64, Error>` comes back in
/// registers and the success path of every call stays cheap (recursive `fib` depends on it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(Repr);

/// A boxed [`ErrorKind`], or one of the [`Static`] errors as a tagged constant. Making a static
/// error neither allocates nor touches memory, so functions whose only failure is one of them
/// (integer overflow) stay pure for LLVM, which then merges repeated calls with the same
/// arguments (recursive `fib` after recursive inlining) and hoists them out of loops.
struct Repr(std::ptr::NonNull<ErrorKind>);

/// Errors made without allocating (the message is built on first inspection).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(usize)]
enum Static {
    IntOverflow = 0,
    Recursion = 1,
}

impl Static {
    fn kind(self) -> &'static ErrorKind {
        static INT_OVERFLOW: std::sync::LazyLock<ErrorKind> = std::sync::LazyLock::new(|| {
            ErrorKind::Overflow("integer overflow: the result does not fit in 64 bits (pyrs ints are 64-bit)".into())
        });
        static RECURSION: std::sync::LazyLock<ErrorKind> = std::sync::LazyLock::new(|| {
            ErrorKind::Raised(Exc::RecursionError, "maximum recursion depth exceeded".into())
        });
        match self {
            Static::IntOverflow => &INT_OVERFLOW,
            Static::Recursion => &RECURSION,
        }
    }
}

// SAFETY: a Repr owns its box exclusively (or holds no pointer at all); ErrorKind is Send + Sync.
unsafe impl Send for Repr {}
unsafe impl Sync for Repr {}

impl Repr {
    fn new(kind: ErrorKind) -> Repr {
        Repr(std::ptr::NonNull::from(Box::leak(Box::new(kind))))
    }

    /// A static error: an odd address (boxes are aligned), never dereferenced.
    #[inline(always)]
    fn from_static(s: Static) -> Repr {
        let p = std::ptr::without_provenance_mut::<ErrorKind>(((s as usize) << 1) | 1);
        // SAFETY: odd, hence non-null
        Repr(unsafe { std::ptr::NonNull::new_unchecked(p) })
    }

    #[inline(always)]
    fn as_static(&self) -> Option<Static> {
        let a = self.0.as_ptr().addr();
        match (a & 1, a >> 1) {
            (0, _) => None,
            (_, 0) => Some(Static::IntOverflow),
            _ => Some(Static::Recursion),
        }
    }

    fn kind(&self) -> &ErrorKind {
        match self.as_static() {
            Some(s) => s.kind(),
            // SAFETY: an even pointer came from Box::leak in `new` and is owned by self
            None => unsafe { self.0.as_ref() },
        }
    }
}

impl Drop for Repr {
    #[inline]
    fn drop(&mut self) {
        if self.as_static().is_none() {
            // SAFETY: as in `kind`; dropped once
            drop(unsafe { Box::from_raw(self.0.as_ptr()) });
        }
    }
}

impl Clone for Repr {
    fn clone(&self) -> Repr {
        match self.as_static() {
            Some(s) => Repr::from_static(s),
            None => Repr::new(self.kind().clone()),
        }
    }
}

impl PartialEq for Repr {
    fn eq(&self, other: &Repr) -> bool {
        self.kind() == other.kind()
    }
}

impl Eq for Repr {}

impl fmt::Debug for Repr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind().fmt(f)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Index(String),
    ZeroDivision(String),
    Value(String),
    Overflow(String),
    Type(String),
    /// numpy's `AxisError` (a subclass of ValueError and IndexError)
    Axis(String),
    /// A bug in pyrs, never the user's fault; becomes `SystemError`.
    Internal(String),
    /// Any other builtin exception (`raise KeyError(...)`, `assert`, dict lookups).
    Raised(Exc, String),
}

/// The builtin exception classes compiled code can raise and catch, with CPython's hierarchy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Exc {
    Exception,
    ArithmeticError,
    ZeroDivisionError,
    OverflowError,
    LookupError,
    IndexError,
    KeyError,
    ValueError,
    TypeError,
    AssertionError,
    RuntimeError,
    NotImplementedError,
    SystemError,
    RecursionError,
    MemoryError,
    /// Ctrl-C (a `BaseException`: `except Exception` does not catch it)
    KeyboardInterrupt,
    /// `next()` of an exhausted generator
    StopIteration,
    /// files (`open()`): the OS's errors, and text that does not decode
    OSError,
    FileNotFoundError,
    FileExistsError,
    PermissionError,
    IsADirectoryError,
    NotADirectoryError,
    UnicodeError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    NameError,
    /// a local read before it is bound
    UnboundLocalError,
    /// `numpy.linalg.LinAlgError` (a subclass of ValueError)
    LinAlgError,
}

impl Exc {
    pub fn parent(self) -> Option<Exc> {
        Some(match self {
            Exc::Exception | Exc::KeyboardInterrupt => return None,
            Exc::ZeroDivisionError | Exc::OverflowError => Exc::ArithmeticError,
            Exc::IndexError | Exc::KeyError => Exc::LookupError,
            Exc::NotImplementedError | Exc::RecursionError => Exc::RuntimeError,
            Exc::FileNotFoundError
            | Exc::FileExistsError
            | Exc::PermissionError
            | Exc::IsADirectoryError
            | Exc::NotADirectoryError => Exc::OSError,
            Exc::UnicodeError | Exc::LinAlgError => Exc::ValueError,
            Exc::UnicodeDecodeError | Exc::UnicodeEncodeError => Exc::UnicodeError,
            Exc::UnboundLocalError => Exc::NameError,
            _ => Exc::Exception,
        })
    }

    /// Whether an exception of class `self` is caught by `except class`.
    pub fn is_subclass(self, class: Exc) -> bool {
        let mut c = Some(self);
        while let Some(k) = c {
            if k == class {
                return true;
            }
            c = k.parent();
        }
        false
    }

    pub fn name(self) -> &'static str {
        match self {
            Exc::Exception => "Exception",
            Exc::ArithmeticError => "ArithmeticError",
            Exc::ZeroDivisionError => "ZeroDivisionError",
            Exc::OverflowError => "OverflowError",
            Exc::LookupError => "LookupError",
            Exc::IndexError => "IndexError",
            Exc::KeyError => "KeyError",
            Exc::ValueError => "ValueError",
            Exc::TypeError => "TypeError",
            Exc::AssertionError => "AssertionError",
            Exc::RuntimeError => "RuntimeError",
            Exc::NotImplementedError => "NotImplementedError",
            Exc::SystemError => "SystemError",
            Exc::RecursionError => "RecursionError",
            Exc::MemoryError => "MemoryError",
            Exc::KeyboardInterrupt => "KeyboardInterrupt",
            Exc::StopIteration => "StopIteration",
            Exc::OSError => "OSError",
            Exc::FileNotFoundError => "FileNotFoundError",
            Exc::FileExistsError => "FileExistsError",
            Exc::PermissionError => "PermissionError",
            Exc::IsADirectoryError => "IsADirectoryError",
            Exc::NotADirectoryError => "NotADirectoryError",
            Exc::UnicodeError => "UnicodeError",
            Exc::UnicodeDecodeError => "UnicodeDecodeError",
            Exc::UnicodeEncodeError => "UnicodeEncodeError",
            Exc::NameError => "NameError",
            Exc::UnboundLocalError => "UnboundLocalError",
            Exc::LinAlgError => "LinAlgError",
        }
    }

    /// The class of this name, if compiled code knows it.
    pub fn from_name(name: &str) -> Option<Exc> {
        const ALL: [Exc; 29] = [
            Exc::LinAlgError,
            Exc::NameError,
            Exc::UnboundLocalError,
            Exc::Exception,
            Exc::ArithmeticError,
            Exc::ZeroDivisionError,
            Exc::OverflowError,
            Exc::LookupError,
            Exc::IndexError,
            Exc::KeyError,
            Exc::ValueError,
            Exc::TypeError,
            Exc::AssertionError,
            Exc::RuntimeError,
            Exc::NotImplementedError,
            Exc::SystemError,
            Exc::RecursionError,
            Exc::MemoryError,
            Exc::KeyboardInterrupt,
            Exc::StopIteration,
            Exc::OSError,
            Exc::FileNotFoundError,
            Exc::FileExistsError,
            Exc::PermissionError,
            Exc::IsADirectoryError,
            Exc::NotADirectoryError,
            Exc::UnicodeError,
            Exc::UnicodeDecodeError,
            Exc::UnicodeEncodeError,
        ];
        ALL.into_iter().find(|c| c.name() == name)
    }
}

pub type Result<T> = std::result::Result<T, Error>;

impl Default for Error {
    /// The value of an `except ... as e` variable before any exception is bound to it.
    fn default() -> Error {
        Error::Internal("no exception")
    }
}

#[allow(non_snake_case)]
impl Error {
    pub fn kind(&self) -> &ErrorKind {
        self.0.kind()
    }

    /// The exception's class.
    pub fn class(&self) -> Exc {
        match self.kind() {
            ErrorKind::Index(_) => Exc::IndexError,
            ErrorKind::ZeroDivision(_) => Exc::ZeroDivisionError,
            ErrorKind::Value(_) => Exc::ValueError,
            ErrorKind::Overflow(_) => Exc::OverflowError,
            ErrorKind::Type(_) => Exc::TypeError,
            ErrorKind::Internal(_) => Exc::SystemError,
            // numpy's AxisError is a ValueError (and an IndexError)
            ErrorKind::Axis(_) => Exc::ValueError,
            ErrorKind::Raised(c, _) => *c,
        }
    }

    /// The message (`str(e)`).
    pub fn message(&self) -> &str {
        match self.kind() {
            ErrorKind::Index(m)
            | ErrorKind::ZeroDivision(m)
            | ErrorKind::Value(m)
            | ErrorKind::Overflow(m)
            | ErrorKind::Type(m)
            | ErrorKind::Internal(m)
            | ErrorKind::Axis(m)
            | ErrorKind::Raised(_, m) => m,
        }
    }

    /// Whether `except` of any of these classes catches this error.
    pub fn caught_by(&self, classes: &[Exc]) -> bool {
        let c = self.class();
        let axis = matches!(self.kind(), ErrorKind::Axis(_));
        classes.iter().any(|k| c.is_subclass(*k) || (axis && Exc::IndexError.is_subclass(*k)))
    }

    /// `raise class(msg)`
    #[cold]
    pub fn raise(class: Exc, msg: impl Into<String>) -> Error {
        let m = msg.into();
        Error(Repr::new(match class {
            Exc::IndexError => ErrorKind::Index(m),
            Exc::ZeroDivisionError => ErrorKind::ZeroDivision(m),
            Exc::ValueError => ErrorKind::Value(m),
            Exc::OverflowError => ErrorKind::Overflow(m),
            Exc::TypeError => ErrorKind::Type(m),
            c => ErrorKind::Raised(c, m),
        }))
    }

    #[cold]
    pub fn Index(m: impl Into<String>) -> Error {
        Error(Repr::new(ErrorKind::Index(m.into())))
    }

    #[cold]
    pub fn ZeroDivision(m: impl Into<String>) -> Error {
        Error(Repr::new(ErrorKind::ZeroDivision(m.into())))
    }

    #[cold]
    pub fn Value(m: impl Into<String>) -> Error {
        Error(Repr::new(ErrorKind::Value(m.into())))
    }

    #[cold]
    pub fn Overflow(m: impl Into<String>) -> Error {
        Error(Repr::new(ErrorKind::Overflow(m.into())))
    }

    #[cold]
    pub fn Type(m: impl Into<String>) -> Error {
        Error(Repr::new(ErrorKind::Type(m.into())))
    }

    #[cold]
    pub fn Axis(m: impl Into<String>) -> Error {
        Error(Repr::new(ErrorKind::Axis(m.into())))
    }

    #[cold]
    pub fn Internal(m: impl Into<String>) -> Error {
        Error(Repr::new(ErrorKind::Internal(m.into())))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (kind, msg) = match self.kind() {
            ErrorKind::Index(m) => ("IndexError", m),
            ErrorKind::ZeroDivision(m) => ("ZeroDivisionError", m),
            ErrorKind::Value(m) => ("ValueError", m),
            ErrorKind::Overflow(m) => ("OverflowError", m),
            ErrorKind::Type(m) => ("TypeError", m),
            ErrorKind::Axis(m) => ("AxisError", m),
            ErrorKind::Internal(m) => ("SystemError", m),
            ErrorKind::Raised(c, m) => (c.name(), m),
        };
        write!(f, "{kind}: {msg}")
    }
}

impl std::error::Error for Error {}

// Constructors kept out of line and cold: the error paths must not bloat the hot loops.
#[cold]
#[inline(never)]
pub fn zero_division(msg: &str) -> Error {
    Error::ZeroDivision(msg)
}

/// Integer overflow: a static error, so that integer arithmetic stays pure (see [`Repr`]);
/// inlined so that LLVM sees that in the calling crate.
#[cold]
#[inline]
pub fn int_overflow() -> Error {
    Error(Repr::from_static(Static::IntOverflow))
}

/// `RecursionError` (the stack is nearly exhausted): a static error, as [`int_overflow`].
#[cold]
#[inline]
pub fn recursion_error() -> Error {
    Error(Repr::from_static(Static::Recursion))
}

/// `MemoryError` (an allocation failed).
#[cold]
#[inline(never)]
pub fn memory_error() -> Error {
    Error::raise(Exc::MemoryError, "")
}

#[cold]
#[inline(never)]
pub fn value(msg: &str) -> Error {
    Error::Value(msg)
}

#[cold]
#[inline(never)]
pub fn overflow(msg: &str) -> Error {
    Error::Overflow(msg)
}

/// How a `try` body (compiled as a closure) ended when it did not raise: normally, or by
/// `return`, `break` or `continue` out of it (the code after the `try` statement acts on it,
/// once `finally` has run).
pub enum Flow<T> {
    Normal,
    Return(T),
    Break,
    Continue,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_one_word_and_results_two() {
        assert_eq!(std::mem::size_of::<Error>(), std::mem::size_of::<usize>());
        assert_eq!(std::mem::size_of::<Result<i64>>(), 16);
    }

    #[test]
    fn static_and_boxed_errors_behave_alike() {
        let a = int_overflow();
        let b = a.clone();
        assert!(matches!(a.kind(), ErrorKind::Overflow(m) if m.contains("integer overflow")));
        assert_eq!(a, b);
        assert_eq!(a, Error::Overflow("integer overflow: the result does not fit in 64 bits (pyrs ints are 64-bit)"));
        assert_ne!(a, Error::Overflow("math range error"));
        assert!(a.to_string().starts_with("OverflowError: integer overflow"));
        let c = Error::Index("index 3 is out of bounds");
        let d = c.clone();
        drop(c);
        assert_eq!(d.to_string(), "IndexError: index 3 is out of bounds");
        assert_eq!(i64::MAX.checked_add(1).ok_or_else(int_overflow).unwrap_err(), b);
        let r = recursion_error();
        assert_eq!(r.class(), Exc::RecursionError);
        assert!(r.caught_by(&[Exc::RuntimeError]) && !r.caught_by(&[Exc::OverflowError]));
        assert_eq!(r.clone(), r);
        assert_ne!(r, a);
        assert!(!Error::raise(Exc::KeyboardInterrupt, "").caught_by(&[Exc::Exception]));
    }
}
