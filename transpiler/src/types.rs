//! The compiler's types: what inference assigns to every expression and local.

use pyrs_annotations as ann;
use std::fmt;

/// Element types of numpy arrays compiled code can use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Elem {
    Bool,
    Int64,
    Float64,
    Complex128,
}

impl Elem {
    /// The scalar type an element reads as.
    pub fn scalar(self) -> Ty {
        match self {
            Elem::Bool => Ty::Bool,
            Elem::Int64 => Ty::Int,
            Elem::Float64 => Ty::Float,
            Elem::Complex128 => Ty::Complex,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Elem::Bool => "bool",
            Elem::Int64 => "int64",
            Elem::Float64 => "float64",
            Elem::Complex128 => "complex128",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ty {
    /// Not known yet (the return type of a recursive call during inference). Joins neutrally.
    Unknown,
    None,
    Bool,
    Int,
    Float,
    Complex,
    Tuple(Vec<Ty>),
    List(Box<Ty>),
    /// a numpy array shared with Python: element type and number of dimensions
    Array(Elem, usize),
}

impl Ty {
    pub fn is_numeric(&self) -> bool {
        matches!(self, Ty::Bool | Ty::Int | Ty::Float | Ty::Complex)
    }

    /// Position in Python's numeric tower bool < int < float < complex.
    pub fn numeric_rank(&self) -> Option<u8> {
        match self {
            Ty::Bool => Some(0),
            Ty::Int => Some(1),
            Ty::Float => Some(2),
            Ty::Complex => Some(3),
            _ => None,
        }
    }

    pub fn contains_unknown(&self) -> bool {
        match self {
            Ty::Unknown => true,
            Ty::Tuple(ts) => ts.iter().any(Ty::contains_unknown),
            Ty::List(t) => t.contains_unknown(),
            _ => false,
        }
    }

    /// The least type both values fit in, following Python's numeric promotion; `None` when no
    /// sound type exists (int and list, say).
    pub fn join(&self, other: &Ty) -> Option<Ty> {
        if self == other {
            return Some(self.clone());
        }
        match (self, other) {
            (Ty::Unknown, t) | (t, Ty::Unknown) => Some(t.clone()),
            (a, b) if a.is_numeric() && b.is_numeric() => {
                Some(if a.numeric_rank() >= b.numeric_rank() { a.clone() } else { b.clone() })
            }
            (Ty::Tuple(a), Ty::Tuple(b)) if a.len() == b.len() => {
                let items: Option<Vec<Ty>> = a.iter().zip(b).map(|(x, y)| x.join(y)).collect();
                items.map(Ty::Tuple)
            }
            // an empty list literal has element type Unknown and takes the other's
            (Ty::List(a), Ty::List(b)) if **a == Ty::Unknown || **b == Ty::Unknown => {
                Some(Ty::List(Box::new(a.join(b)?)))
            }
            _ => None,
        }
    }

    /// The type for an exported argument of annotation type `t`, or why it is not supported.
    pub fn from_annotation(t: &ann::Type) -> Result<Ty, String> {
        use ann::Scalar as S;
        match t {
            ann::Type::Scalar(s) => match s {
                S::Bool => Ok(Ty::Bool),
                S::Int | S::Int64 | S::Intp => Ok(Ty::Int),
                S::Float | S::Float64 => Ok(Ty::Float),
                S::Complex | S::Complex128 => Ok(Ty::Complex),
                other => Err(format!("argument type `{}` is not supported yet", other.name())),
            },
            ann::Type::Array(a) => {
                let elem = match a.elem {
                    S::Bool => Elem::Bool,
                    S::Int | S::Int64 | S::Intp => Elem::Int64,
                    S::Float | S::Float64 => Elem::Float64,
                    S::Complex | S::Complex128 => Elem::Complex128,
                    other => return Err(format!("arrays of `{}` are not supported yet", other.name())),
                };
                if a.dims.len() != 1 {
                    return Err(format!("{}-D arrays are not supported yet (only 1-D)", a.dims.len()));
                }
                if a.dims.iter().any(|d| *d != ann::Dim::Any) {
                    return Err("arrays with fixed extents are not supported yet".into());
                }
                Ok(Ty::Array(elem, a.dims.len()))
            }
            ann::Type::List(inner) => {
                let t = Ty::from_annotation(inner)?;
                if matches!(t, Ty::Array(..)) {
                    return Err("lists of arrays are not supported yet".into());
                }
                Ok(Ty::List(Box::new(t)))
            }
            ann::Type::Tuple(items) => {
                let ts: Result<Vec<Ty>, String> = items.iter().map(Ty::from_annotation).collect();
                let ts = ts?;
                if ts.iter().any(|t| matches!(t, Ty::Array(..))) {
                    return Err("tuples holding arrays are not supported yet".into());
                }
                Ok(Ty::Tuple(ts))
            }
            ann::Type::Set(_) => Err("sets are not supported yet".into()),
            ann::Type::Dict(..) => Err("dicts are not supported yet".into()),
        }
    }
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Unknown => write!(f, "<unknown>"),
            Ty::None => write!(f, "None"),
            Ty::Bool => write!(f, "bool"),
            Ty::Int => write!(f, "int"),
            Ty::Float => write!(f, "float"),
            Ty::Complex => write!(f, "complex"),
            Ty::Tuple(ts) => {
                write!(f, "(")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                if ts.len() == 1 {
                    write!(f, ",")?;
                }
                write!(f, ")")
            }
            Ty::List(t) => write!(f, "{t} list"),
            Ty::Array(e, n) => write!(f, "{}[{}]", e.name(), vec![":"; *n].join(",")),
        }
    }
}
