//! The type values an export signature is made of, and their canonical spelling.

use std::fmt;

/// A scalar type name, as spelled in an annotation.
///
/// `Int` stays distinct from `Int64` (and `Float` from `Float64`, ...) because the
/// spelling the user wrote matters in messages, even though both have the same
/// machine representation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scalar {
    Bool,
    Byte,
    Int,
    Float,
    Complex,
    Str,
    None,
    Slice,
    Int8,
    Int16,
    Int32,
    Int64,
    Intc,
    Intp,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    UIntc,
    UIntp,
    Float32,
    Float64,
    Float128,
    Complex64,
    Complex128,
    Complex256,
}

impl Scalar {
    /// Every scalar, in declaration order.
    pub const ALL: [Scalar; 26] = [
        Scalar::Bool,
        Scalar::Byte,
        Scalar::Int,
        Scalar::Float,
        Scalar::Complex,
        Scalar::Str,
        Scalar::None,
        Scalar::Slice,
        Scalar::Int8,
        Scalar::Int16,
        Scalar::Int32,
        Scalar::Int64,
        Scalar::Intc,
        Scalar::Intp,
        Scalar::UInt8,
        Scalar::UInt16,
        Scalar::UInt32,
        Scalar::UInt64,
        Scalar::UIntc,
        Scalar::UIntp,
        Scalar::Float32,
        Scalar::Float64,
        Scalar::Float128,
        Scalar::Complex64,
        Scalar::Complex128,
        Scalar::Complex256,
    ];

    /// The canonical spelling (`int`, `uint8`, `complex128`, `None`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Scalar::Bool => "bool",
            Scalar::Byte => "byte",
            Scalar::Int => "int",
            Scalar::Float => "float",
            Scalar::Complex => "complex",
            Scalar::Str => "str",
            Scalar::None => "None",
            Scalar::Slice => "slice",
            Scalar::Int8 => "int8",
            Scalar::Int16 => "int16",
            Scalar::Int32 => "int32",
            Scalar::Int64 => "int64",
            Scalar::Intc => "intc",
            Scalar::Intp => "intp",
            Scalar::UInt8 => "uint8",
            Scalar::UInt16 => "uint16",
            Scalar::UInt32 => "uint32",
            Scalar::UInt64 => "uint64",
            Scalar::UIntc => "uintc",
            Scalar::UIntp => "uintp",
            Scalar::Float32 => "float32",
            Scalar::Float64 => "float64",
            Scalar::Float128 => "float128",
            Scalar::Complex64 => "complex64",
            Scalar::Complex128 => "complex128",
            Scalar::Complex256 => "complex256",
        }
    }

    /// Looks a scalar up by its spelling. Also accepts the alias `long` (→ [`Scalar::Int`]).
    pub fn from_name(name: &str) -> Option<Scalar> {
        if name == "long" {
            return Some(Scalar::Int);
        }
        Scalar::ALL.iter().copied().find(|s| s.name() == name)
    }

    /// Signed or unsigned integers, including `byte` (not `bool`).
    pub fn is_integer(self) -> bool {
        matches!(
            self,
            Scalar::Byte
                | Scalar::Int
                | Scalar::Int8
                | Scalar::Int16
                | Scalar::Int32
                | Scalar::Int64
                | Scalar::Intc
                | Scalar::Intp
                | Scalar::UInt8
                | Scalar::UInt16
                | Scalar::UInt32
                | Scalar::UInt64
                | Scalar::UIntc
                | Scalar::UIntp
        )
    }

    /// Unsigned integers (`uint8` ... `uintp`).
    pub fn is_unsigned(self) -> bool {
        matches!(self, Scalar::UInt8 | Scalar::UInt16 | Scalar::UInt32 | Scalar::UInt64 | Scalar::UIntc | Scalar::UIntp)
    }

    /// `float`, `float32`, `float64`, `float128`.
    pub fn is_float(self) -> bool {
        matches!(self, Scalar::Float | Scalar::Float32 | Scalar::Float64 | Scalar::Float128)
    }

    /// `complex`, `complex64`, `complex128`, `complex256`.
    pub fn is_complex(self) -> bool {
        matches!(self, Scalar::Complex | Scalar::Complex64 | Scalar::Complex128 | Scalar::Complex256)
    }

    /// Integer, float or complex.
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    /// Whether this scalar may be the element type of an array (numeric or `bool`).
    pub fn is_array_element(self) -> bool {
        self.is_numeric() || self == Scalar::Bool
    }
}

impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// One array dimension: `:` / `::` / empty (any extent) or a fixed extent like `3`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Dim {
    Any,
    Fixed(u64),
}

/// Memory layout of an array argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layout {
    /// `T[]`, `T[:]`, `T[:,:]`: C-contiguous, no explicit `order(...)`.
    Contiguous,
    /// Any `::` dimension, e.g. `T[::]`, `T[:,::]`: arbitrary strides.
    Strided,
    /// `T[:,:] order(C)`.
    C,
    /// `T[:,:] order(F)`: Fortran (column-major) contiguous.
    F,
}

/// An ndarray type: element scalar, dimensions, layout.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ArrayType {
    pub elem: Scalar,
    pub dims: Vec<Dim>,
    pub layout: Layout,
}

impl ArrayType {
    /// Number of dimensions.
    pub fn ndim(&self) -> usize {
        self.dims.len()
    }
}

impl fmt::Display for ArrayType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[", self.elem)?;
        for (i, d) in self.dims.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            match d {
                Dim::Any if self.layout == Layout::Strided => f.write_str("::")?,
                Dim::Any => f.write_str(":")?,
                Dim::Fixed(n) => write!(f, "{n}")?,
            }
        }
        f.write_str("]")?;
        match self.layout {
            Layout::C => f.write_str(" order(C)"),
            Layout::F => f.write_str(" order(F)"),
            Layout::Contiguous | Layout::Strided => Ok(()),
        }
    }
}

/// A (fully expanded, `or`-free) annotation type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Scalar(Scalar),
    Array(ArrayType),
    List(Box<Type>),
    Set(Box<Type>),
    Dict(Box<Type>, Box<Type>),
    Tuple(Vec<Type>),
    /// `Generator` (also `numpy.random.Generator`, `np.random.Generator`): numpy's random
    /// generator object
    Generator,
    /// `numpy pkg` (Pythran 0.18's array-API parameter): the `numpy` module itself, passed as
    /// an argument; `xp.where(...)` in the function (and in the helpers it is passed to) is
    /// `np.where(...)`
    NumpyModule,
}

impl Type {
    /// The scalar, if this is a scalar type.
    pub fn as_scalar(&self) -> Option<Scalar> {
        match self {
            Type::Scalar(s) => Some(*s),
            _ => None,
        }
    }

    /// The array type, if this is an array type.
    pub fn as_array(&self) -> Option<&ArrayType> {
        match self {
            Type::Array(a) => Some(a),
            _ => None,
        }
    }
}

impl From<Scalar> for Type {
    fn from(s: Scalar) -> Type {
        Type::Scalar(s)
    }
}

impl From<ArrayType> for Type {
    fn from(a: ArrayType) -> Type {
        Type::Array(a)
    }
}

/// A dict key whose spelling starts with a `K:V dict` must be grouped with `[...]`,
/// because `:` binds looser than the postfix operators.
fn key_needs_group(t: &Type) -> bool {
    match t {
        Type::Dict(..) => true,
        Type::List(inner) | Type::Set(inner) => key_needs_group(inner),
        _ => false,
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Scalar(s) => write!(f, "{s}"),
            Type::Generator => f.write_str("Generator"),
            Type::NumpyModule => f.write_str("numpy pkg"),
            Type::Array(a) => write!(f, "{a}"),
            Type::List(t) => write!(f, "{t} list"),
            Type::Set(t) => write!(f, "{t} set"),
            Type::Dict(k, v) => {
                if key_needs_group(k) {
                    write!(f, "[{k}]:{v} dict")
                } else {
                    write!(f, "{k}:{v} dict")
                }
            }
            Type::Tuple(ts) => {
                f.write_str("(")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                if ts.len() == 1 {
                    f.write_str(",")?;
                }
                f.write_str(")")
            }
        }
    }
}
