//! The compiler's types: what inference assigns to every expression and local.

use pyrs_annotations as ann;
use std::fmt;

/// Element types of numpy arrays compiled code can use (numpy's dtypes except float16,
/// longdouble, strings and objects).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Elem {
    Bool,
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    Float32,
    Float64,
    Complex64,
    Complex128,
}

/// numpy's kinds, in promotion order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Bool,
    Int,
    Float,
    Complex,
}

impl Elem {
    /// The element type an annotation's scalar name gives an array (`uint8[]`, `float[]`,
    /// `intc[]`); `None` for names with no numpy element type here (`str`, `float128`).
    pub fn of_annotation(s: ann::Scalar) -> Option<Elem> {
        use ann::Scalar as S;
        Some(match s {
            S::Bool => Elem::Bool,
            S::Int | S::Int64 | S::Intp => Elem::Int64,
            S::Float | S::Float64 => Elem::Float64,
            S::Complex | S::Complex128 => Elem::Complex128,
            S::Byte | S::Int8 => Elem::Int8,
            S::Int16 => Elem::Int16,
            S::Int32 | S::Intc => Elem::Int32,
            S::UInt8 => Elem::UInt8,
            S::UInt16 => Elem::UInt16,
            S::UInt32 | S::UIntc => Elem::UInt32,
            S::UInt64 | S::UIntp => Elem::UInt64,
            S::Float32 => Elem::Float32,
            S::Complex64 => Elem::Complex64,
            _ => return None,
        })
    }

    pub const ALL: [Elem; 13] = [
        Elem::Bool,
        Elem::Int8,
        Elem::Int16,
        Elem::Int32,
        Elem::Int64,
        Elem::UInt8,
        Elem::UInt16,
        Elem::UInt32,
        Elem::UInt64,
        Elem::Float32,
        Elem::Float64,
        Elem::Complex64,
        Elem::Complex128,
    ];

    /// The scalar type an element reads as: a numpy scalar, as in CPython (`a[i]` of a float64
    /// array is a `numpy.float64`, whose arithmetic follows numpy's rules).
    pub fn scalar(self) -> Ty {
        match self {
            Elem::Bool => Ty::NpBool,
            Elem::Int64 => Ty::NpInt,
            Elem::Float64 => Ty::NpFloat,
            Elem::Complex128 => Ty::NpComplex,
            e => Ty::NpSized(e),
        }
    }

    pub fn from_name(name: &str) -> Option<Elem> {
        Elem::ALL.into_iter().find(|e| e.name() == name)
    }

    /// The element type numpy uses for a Python or numpy scalar of type `t`.
    pub fn of_scalar(t: &Ty) -> Option<Elem> {
        Some(match t {
            Ty::NpSized(e) => *e,
            t => match t.base() {
                Ty::Bool => Elem::Bool,
                Ty::Int => Elem::Int64,
                Ty::Float => Elem::Float64,
                Ty::Complex => Elem::Complex128,
                _ => return None,
            },
        })
    }

    pub fn kind(self) -> Kind {
        match self {
            Elem::Bool => Kind::Bool,
            Elem::Float32 | Elem::Float64 => Kind::Float,
            Elem::Complex64 | Elem::Complex128 => Kind::Complex,
            _ => Kind::Int,
        }
    }

    /// The default element of a kind (what a Python scalar of that kind becomes).
    pub fn of_kind(k: Kind) -> Elem {
        match k {
            Kind::Bool => Elem::Bool,
            Kind::Int => Elem::Int64,
            Kind::Float => Elem::Float64,
            Kind::Complex => Elem::Complex128,
        }
    }

    /// Size in bits (of one part for complex).
    pub fn bits(self) -> u32 {
        match self {
            Elem::Bool | Elem::Int8 | Elem::UInt8 => 8,
            Elem::Int16 | Elem::UInt16 => 16,
            Elem::Int32 | Elem::UInt32 | Elem::Float32 | Elem::Complex64 => 32,
            _ => 64,
        }
    }

    /// Not one of the element types compiled code computes with directly (bool, int64,
    /// float64, complex128): its values are narrowed after every operation.
    pub fn is_sized(self) -> bool {
        !matches!(self, Elem::Bool | Elem::Int64 | Elem::Float64 | Elem::Complex128)
    }

    pub fn is_unsigned(self) -> bool {
        matches!(self, Elem::UInt8 | Elem::UInt16 | Elem::UInt32 | Elem::UInt64)
    }

    /// The 64-bit (or bool) element of the same kind: what compiled code computes with.
    pub fn wide(self) -> Elem {
        Elem::of_kind(self.kind())
    }

    fn int(bits: u32, unsigned: bool) -> Elem {
        match (bits, unsigned) {
            (8, false) => Elem::Int8,
            (16, false) => Elem::Int16,
            (32, false) => Elem::Int32,
            (8, true) => Elem::UInt8,
            (16, true) => Elem::UInt16,
            (32, true) => Elem::UInt32,
            (_, true) => Elem::UInt64,
            _ => Elem::Int64,
        }
    }

    /// numpy's `promote_types(a, b)`.
    pub fn promote(a: Elem, b: Elem) -> Elem {
        if a == b || b == Elem::Bool {
            return a;
        }
        if a == Elem::Bool {
            return b;
        }
        match (a.kind(), b.kind()) {
            (Kind::Int, Kind::Int) => match (a.is_unsigned(), b.is_unsigned()) {
                (x, y) if x == y => Elem::int(a.bits().max(b.bits()), x),
                (sa, _) => {
                    let (s, u) = if sa { (b, a) } else { (a, b) };
                    if s.bits() > u.bits() {
                        s
                    } else if u.bits() < 64 {
                        Elem::int(2 * u.bits(), false)
                    } else {
                        Elem::Float64
                    }
                }
            },
            (ka, kb) => {
                // the float precision each needs: ints of up to 16 bits fit in float32
                let prec = |e: Elem| {
                    if e.kind() == Kind::Int {
                        if e.bits() <= 16 {
                            32
                        } else {
                            64
                        }
                    } else {
                        e.bits()
                    }
                };
                let wide = prec(a).max(prec(b)) == 64;
                match (ka.max(kb), wide) {
                    (Kind::Complex, false) => Elem::Complex64,
                    (Kind::Complex, true) => Elem::Complex128,
                    (_, false) => Elem::Float32,
                    _ => Elem::Float64,
                }
            }
        }
    }

    /// numpy's `can_cast(self, to, "same_kind")`: what in-place operators may store.
    pub fn same_kind_cast(self, to: Elem) -> bool {
        match self.kind().cmp(&to.kind()) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Greater => false,
            // signed into unsigned is another kind for numpy ('i' vs 'u')
            _ => !(self.kind() == Kind::Int && !self.is_unsigned() && to.is_unsigned()),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Elem::Bool => "bool",
            Elem::Int8 => "int8",
            Elem::Int16 => "int16",
            Elem::Int32 => "int32",
            Elem::Int64 => "int64",
            Elem::UInt8 => "uint8",
            Elem::UInt16 => "uint16",
            Elem::UInt32 => "uint32",
            Elem::UInt64 => "uint64",
            Elem::Float32 => "float32",
            Elem::Float64 => "float64",
            Elem::Complex64 => "complex64",
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
    /// numpy scalars `int64`, `float64`, `complex128`: the same values as int, float, complex,
    /// with numpy's arithmetic (IEEE results instead of ZeroDivisionError, int64 wrap-around)
    NpInt,
    NpFloat,
    NpComplex,
    /// numpy scalars of the other element types (`numpy.float32`, `numpy.int8`, …): computed
    /// with in the wide type of their kind, rounded or wrapped back after every operation
    NpSized(Elem),
    Str,
    Tuple(Vec<Ty>),
    /// a tuple whose length is known only when the code runs (`tuple(lst)`): items of one type
    VarTuple(Box<Ty>),
    List(Box<Ty>),
    /// `dict` with keys and values of one type each
    Dict(Box<Ty>, Box<Ty>),
    Set(Box<Ty>),
    /// what `enumerate`, `zip`, `reversed`, `d.items()`, `range()` give outside a `for` header:
    /// something to iterate once, yielding this type
    Iter(Box<Ty>),
    /// `a.flat` kept as a value (`it = a.flat`): numpy's `flatiter` over an array of this
    /// element type and rank, sharing the array's memory and one position (`next(it)`, loops,
    /// `it[k]` which resets it, as numpy's)
    Flat(Elem, usize),
    /// a `range` object as a value (given to a function of the file or returned): start,
    /// stop and step; `len`, indexing, `in` and iteration as CPython's
    Range,
    /// the exception bound by `except E as e`
    Exc,
    /// a text file (`open()`): the Python file object, its methods Python's
    File,
    /// a `numpy.random.Generator` (an argument or `np.random.default_rng(seed)`): the Python
    /// object, drawn from with numpy's algorithms on its bit generator
    Generator,
    /// the `numpy` module, passed as an argument (`numpy pkg`): a unit value; lowering resolved
    /// `xp.where` to `np.where` wherever it holds it (`syntax/lower/module_params.rs`)
    NumpyModule,
    /// a value that is None on some paths (a function that returns a value on some paths and
    /// None on others; a variable holding such a result)
    Opt(Box<Ty>),
    /// a numpy array: element type and number of dimensions
    Array(Elem, usize),
    /// `a:b:c` in an index
    Slice,
    /// a `dtype=` argument
    DType(Elem),
    /// a generator object (a call of a function with `yield`): iterated lazily, once
    Gen(Box<Ty>),
    /// a function of the file as a value (a `def`, a nested function or a lambda), with the
    /// types of the values it captures: every call of it is a call of that function, so a
    /// function receiving it is specialised for it as for any argument type
    Func(String, Vec<Ty>),
    /// one of several functions of the file that capture nothing (`a = sel0` on one path and
    /// `a = sel1` on another; `for f in (f1, f2)`), which one known only when the code runs: the
    /// position of the function in this sorted list; a call dispatches on it
    Funcs(Vec<String>),
    /// a Python bool, int or float, which one known only when the code runs (`x = 0` on one
    /// path and `x = 0.5` on another, both reaching one read; `[n, 2.5]`): `rt::Num`, every
    /// operation dispatching on the types at hand with Python's rules
    Num,
    /// like [`Ty::Num`], and it may also be a `numpy.int64` or `numpy.float64` (`s = 0.0` then
    /// `s += a[i]`: a float if the loop does not run, a numpy float if it does): `rt::Num`
    /// with its numpy variants, numpy's arithmetic where an operand is a numpy scalar
    NumNp,
    /// like [`Ty::NumNp`] with ints only: a Python int or a `numpy.int64` (`t = 0` then
    /// `t += a[i]` over an int64 array). With a numpy int64 or float64 the result's type is
    /// known (numpy converts a Python int as it would a numpy int64), so `2 * a[0] * t` is a
    /// numpy.int64
    IntNp,
    /// a Python bool, int, float or complex, which one known only when the code runs (an item
    /// of a list of complex numbers that received a float; `[1, 2j]`; a function returning `0`
    /// on one path and a complex on another): `rt::NumC`, arithmetic with Python's rules on
    /// the types at hand (with a `complex` operand the result is surely a complex)
    NumC,
    /// a `numpy.bool_` (`m[i]` of a bool array, a comparison of numpy scalars, `np.all(a)`): a
    /// Rust `bool` whose type reaches Python and numpy's arithmetic (with an int it is a
    /// numpy int64, `x & y` of two stays one)
    NpBool,
    /// a str on some paths and a Python bool, int or float on others, both reaching one read
    /// (`x = "none"` in one branch, `x = n` in the other): `rt::StrNum`, the value keeping its
    /// type; an operation needing one kind checks it when the code runs (TypeError otherwise).
    /// Only for variables whose webs could not be split apart (`infer::Inference::unions`).
    StrNum,
}

impl Ty {
    /// The type's name after "a" or "an" (`an int`, `a float`).
    pub fn with_article(&self) -> String {
        let s = self.to_string();
        let article = if s.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
        format!("{article} {s}")
    }

    /// The longest tuple inside this type (results go back to Python up to 12 items).
    pub fn max_tuple_len(&self) -> usize {
        match self {
            Ty::Tuple(ts) => ts.iter().map(Ty::max_tuple_len).max().unwrap_or(0).max(ts.len()),
            Ty::List(t) | Ty::VarTuple(t) | Ty::Set(t) | Ty::Iter(t) => t.max_tuple_len(),
            Ty::Dict(k, v) => k.max_tuple_len().max(v.max_tuple_len()),
            _ => 0,
        }
    }

    /// Whether values can be dict keys / set elements in compiled code (Python's equality and a
    /// hash consistent with it, `rt::builtins::key`: ints, bools, floats, strings, tuples of
    /// them).
    pub fn is_hashable(&self) -> bool {
        match self {
            Ty::Bool | Ty::Int | Ty::NpInt | Ty::Float | Ty::NpFloat | Ty::Str | Ty::Unknown => true,
            // a number whose type is known when the code runs: Python's equality (`1 == 1.0`)
            Ty::Num | Ty::NumNp | Ty::IntNp | Ty::StrNum => true,
            Ty::Tuple(ts) => ts.iter().all(Ty::is_hashable),
            Ty::VarTuple(t) => t.is_hashable(),
            _ => false,
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            Ty::Bool
                | Ty::Int
                | Ty::Float
                | Ty::Complex
                | Ty::NpBool
                | Ty::NpInt
                | Ty::NpFloat
                | Ty::NpComplex
                | Ty::NpSized(_)
        )
    }

    /// A Python bool, int or float, or a value that is one of them ([`Ty::Num`]).
    pub fn is_py_real(&self) -> bool {
        matches!(self, Ty::Bool | Ty::Int | Ty::Float | Ty::Num)
    }

    /// A number whose type is known when the code runs ([`Ty::Num`], [`Ty::NumNp`]): an
    /// `rt::Num`.
    pub fn is_num(&self) -> bool {
        matches!(self, Ty::Num | Ty::NumNp | Ty::IntNp)
    }

    /// A number that may be a numpy scalar or a Python one, which known when the code runs
    /// ([`Ty::NumNp`], [`Ty::IntNp`]).
    pub fn is_dyn_np(&self) -> bool {
        matches!(self, Ty::NumNp | Ty::IntNp)
    }

    /// A Python int, a numpy int64, or one of them known when the code runs.
    fn is_int_or_np_int(&self) -> bool {
        matches!(self, Ty::Int | Ty::NpInt | Ty::IntNp)
    }

    /// A number of any kind, or one whose kind is known only when the code runs: what Python
    /// compares with `==` by value (`1 == 1.0`).
    pub fn is_number_like(&self) -> bool {
        self.is_numeric() || self.is_num() || *self == Ty::NumC
    }

    /// A Python number of any kind (bool, int, float, complex) or one whose kind is known when
    /// the code runs ([`Ty::Num`], [`Ty::NumC`]): what a [`Ty::NumC`] may hold.
    pub fn is_py_number(&self) -> bool {
        self.is_py_real() || matches!(self, Ty::Complex | Ty::NumC)
    }

    /// A real number that is or may be a numpy int64 or float64.
    fn holds_np_real(&self) -> bool {
        matches!(self, Ty::NpInt | Ty::NpFloat | Ty::NumNp | Ty::IntNp)
    }

    /// A Python or numpy (int64, float64) real number, or one of them known when the code runs.
    fn is_real_or_np(&self) -> bool {
        self.is_py_real() || self.holds_np_real()
    }

    /// The type of a variable or result that is `a` on some paths and `b` on others when one
    /// is (or may be) a numpy int64 or float64 and the other another real number
    /// (`s = 0.0` then `s += a[i]`): [`Ty::NumNp`], each value keeping its type.
    pub fn join_np(a: &Ty, b: &Ty) -> Option<Ty> {
        let known = *a != Ty::Unknown && *b != Ty::Unknown;
        (known && a != b && a.is_real_or_np() && b.is_real_or_np() && (a.holds_np_real() || b.holds_np_real())).then(
            || {
                if a.is_int_or_np_int() && b.is_int_or_np_int() {
                    Ty::IntNp
                } else {
                    Ty::NumNp
                }
            },
        )
    }

    /// A numpy scalar type (numpy's arithmetic rules).
    pub fn is_np(&self) -> bool {
        matches!(self, Ty::NpBool | Ty::NpInt | Ty::NpFloat | Ty::NpComplex | Ty::NpSized(_))
    }

    /// The element type of a numpy scalar type (`None` for Python scalars).
    pub fn np_elem(&self) -> Option<Elem> {
        match self {
            Ty::NpBool => Some(Elem::Bool),
            Ty::NpInt => Some(Elem::Int64),
            Ty::NpFloat => Some(Elem::Float64),
            Ty::NpComplex => Some(Elem::Complex128),
            Ty::NpSized(e) => Some(*e),
            _ => None,
        }
    }

    /// A numpy scalar of a sized element type (not bool/int64/float64/complex128).
    pub fn sized(&self) -> Option<Elem> {
        match self {
            Ty::NpSized(e) => Some(*e),
            _ => None,
        }
    }

    /// The Python type with the same values (numpy scalars → int, float, complex).
    pub fn base(&self) -> Ty {
        match self {
            Ty::NpBool => Ty::Bool,
            Ty::NpInt => Ty::Int,
            Ty::NpFloat => Ty::Float,
            Ty::NpComplex => Ty::Complex,
            Ty::NpSized(e) => Elem::of_kind(e.kind()).scalar().base(),
            Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(Ty::base).collect()),
            Ty::List(t) => Ty::List(Box::new(t.base())),
            Ty::Set(t) => Ty::Set(Box::new(t.base())),
            Ty::Dict(k, v) => Ty::Dict(Box::new(k.base()), Box::new(v.base())),
            Ty::Iter(t) => Ty::Iter(Box::new(t.base())),
            t => t.clone(),
        }
    }

    /// The numpy scalar type with the same values (bool stays bool).
    pub fn to_np(&self) -> Ty {
        match self {
            Ty::Int => Ty::NpInt,
            Ty::Float => Ty::NpFloat,
            Ty::Complex => Ty::NpComplex,
            t => t.clone(),
        }
    }

    /// Position in Python's numeric tower bool < int < float < complex.
    pub fn numeric_rank(&self) -> Option<u8> {
        match self {
            Ty::Bool | Ty::NpBool => Some(0),
            Ty::Int | Ty::NpInt => Some(1),
            Ty::Float | Ty::NpFloat => Some(2),
            Ty::Complex | Ty::NpComplex => Some(3),
            Ty::NpSized(e) => Some(e.kind() as u8),
            _ => None,
        }
    }

    /// The numeric type of rank `rank`, a numpy scalar if `np`.
    pub fn of_rank(rank: u8, np: bool) -> Ty {
        let t = match rank {
            0 => Ty::Bool,
            1 => Ty::Int,
            2 => Ty::Float,
            _ => Ty::Complex,
        };
        if np {
            t.to_np()
        } else {
            t
        }
    }

    /// Unknown where a value must have a type: at the top or in a tuple. The items of an
    /// empty container that nothing is ever stored in may stay unknown (`return []`): no
    /// value of that type ever exists.
    pub fn unresolved(&self) -> bool {
        match self {
            Ty::Unknown => true,
            Ty::Tuple(ts) => ts.iter().any(Ty::unresolved),
            _ => false,
        }
    }

    /// An empty tuple anywhere inside (its Rust value is `()`, which converts to None).
    pub fn contains_empty_tuple(&self) -> bool {
        match self {
            Ty::Tuple(ts) => ts.is_empty() || ts.iter().any(Ty::contains_empty_tuple),
            Ty::List(t) | Ty::VarTuple(t) | Ty::Set(t) | Ty::Iter(t) | Ty::Opt(t) | Ty::Gen(t) => {
                t.contains_empty_tuple()
            }
            Ty::Dict(k, v) => k.contains_empty_tuple() || v.contains_empty_tuple(),
            _ => false,
        }
    }

    /// A function value anywhere inside (Python cannot be given one).
    pub fn contains_func(&self) -> bool {
        match self {
            Ty::Func(..) | Ty::Funcs(_) => true,
            Ty::Tuple(ts) => ts.iter().any(Ty::contains_func),
            Ty::List(t) | Ty::VarTuple(t) | Ty::Set(t) | Ty::Iter(t) | Ty::Opt(t) | Ty::Gen(t) => t.contains_func(),
            Ty::Dict(k, v) => k.contains_func() || v.contains_func(),
            _ => false,
        }
    }

    pub fn contains_unknown(&self) -> bool {
        match self {
            Ty::Unknown => true,
            Ty::Tuple(ts) => ts.iter().any(Ty::contains_unknown),
            Ty::List(t) | Ty::VarTuple(t) | Ty::Set(t) | Ty::Iter(t) => t.contains_unknown(),
            Ty::Dict(k, v) => k.contains_unknown() || v.contains_unknown(),
            Ty::Func(_, caps) => caps.iter().any(Ty::contains_unknown),
            Ty::Gen(t) => t.contains_unknown(),
            _ => false,
        }
    }

    /// Whether `specific` is `self` with some of its unknown parts known (`int list` of
    /// `<unknown> list`): the same value seen after inference learnt more.
    pub fn refined_by(&self, specific: &Ty) -> bool {
        match (self, specific) {
            (Ty::Unknown, _) => true,
            (Ty::Tuple(a), Ty::Tuple(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.refined_by(y)),
            (Ty::List(a), Ty::List(b))
            | (Ty::VarTuple(a), Ty::VarTuple(b))
            | (Ty::Set(a), Ty::Set(b))
            | (Ty::Iter(a), Ty::Iter(b))
            | (Ty::Gen(a), Ty::Gen(b))
            | (Ty::Opt(a), Ty::Opt(b)) => a.refined_by(b),
            (Ty::Dict(ka, va), Ty::Dict(kb, vb)) => ka.refined_by(kb) && va.refined_by(vb),
            (Ty::Func(a, ca), Ty::Func(b, cb)) => {
                a == b && ca.len() == cb.len() && ca.iter().zip(cb).all(|(x, y)| x.refined_by(y))
            }
            (a, b) => a == b,
        }
    }

    /// The least type both values fit in, following Python's numeric promotion; `None` when no
    /// sound type exists (int and list, say).
    /// The type of the items of a tuple met one by one (`for x in (n, not n)`): the join of
    /// them all (a `Num` for Python numbers of several types), if there is one.
    pub fn items_join(items: &[Ty]) -> Option<Ty> {
        let (first, rest) = items.split_first()?;
        rest.iter().try_fold(first.clone(), |acc, t| acc.join_elem(t))
    }

    /// The type of a value that is `self` or `other`, held where Python keeps each value's
    /// own type (an item of a list, tuple, set or dict; a function's result): like
    /// [`Ty::join`], except that an int or float next to a complex has no such type (a
    /// complex would show `0j` where Python has `0`).
    pub fn join_elem(&self, other: &Ty) -> Option<Ty> {
        // an int or float next to a complex: each keeps its type ([`Ty::NumC`])
        let mixed = |a: &Ty, b: &Ty| *a == Ty::Complex && b.is_py_real();
        if mixed(self, other) || mixed(other, self) {
            return Some(Ty::NumC);
        }
        // a numpy scalar of a sized type next to another number: numpy's promotion would
        // change the values (`[np.float32(x), 0.1]` rounds 0.1 to float32, int8 with uint8
        // gives int16) where Python keeps each as it is
        let sized = self.sized().is_some() || other.sized().is_some() || *self == Ty::NpBool || *other == Ty::NpBool;
        if sized && self != other && self.is_numeric() && other.is_numeric() {
            return None;
        }
        self.join(other)
    }

    /// Tuples of different lengths held by one list or set (`[(1, 2), (3, 1, 2)]`): tuples of
    /// any length, if their items have one type.
    pub fn tuples_of_lengths(a: &Ty, b: &Ty) -> Option<Ty> {
        let items = |t: &Ty| match t {
            Ty::Tuple(items) => Some(items.clone()),
            Ty::VarTuple(e) => Some(vec![(**e).clone()]),
            _ => None,
        };
        let mut all = items(a)?;
        all.extend(items(b)?);
        if all.is_empty() {
            return None;
        }
        Some(Ty::VarTuple(Box::new(Ty::items_join(&all)?)))
    }

    /// A function value that captures nothing (or one of several such).
    pub fn is_plain_func(&self) -> bool {
        matches!(self, Ty::Func(_, caps) if caps.is_empty()) || matches!(self, Ty::Funcs(_))
    }

    /// The functions a [`Ty::Func`] or [`Ty::Funcs`] may be.
    pub fn func_names(&self) -> Vec<String> {
        match self {
            Ty::Func(n, _) => vec![n.clone()],
            Ty::Funcs(ns) => ns.clone(),
            _ => Vec::new(),
        }
    }

    pub fn join(&self, other: &Ty) -> Option<Ty> {
        if self == other {
            return Some(self.clone());
        }
        match (self, other) {
            (Ty::Unknown, t) | (t, Ty::Unknown) => Some(t.clone()),
            // a str-or-number variable given a str or a number again
            (Ty::StrNum, t) | (t, Ty::StrNum) if Ty::str_or_real(t) => Some(Ty::StrNum),
            (Ty::IntNp, t) | (t, Ty::IntNp) if t.is_int_or_np_int() => Some(Ty::IntNp),
            (Ty::NumNp | Ty::IntNp, t) | (t, Ty::NumNp | Ty::IntNp) if t.is_real_or_np() => Some(Ty::NumNp),
            // a numpy.bool_ with another number: numpy's promotion where both are numpy
            // scalars or one is a Python int/float/complex (widened, then split or refused by
            // inference); with a Python bool or a value of a type known when the code runs,
            // no one type holds both
            (Ty::NpBool, Ty::Bool | Ty::Num) | (Ty::Bool | Ty::Num, Ty::NpBool) => None,
            // Python numbers of two types: the value keeps its own
            (a, b) if a.is_py_real() && b.is_py_real() => Some(Ty::Num),
            // a number that may be complex with another Python number
            (Ty::NumC, b) | (b, Ty::NumC) if b.is_py_number() => Some(Ty::NumC),
            // a numpy int or float next to one: Python's type (numpy scalar types apart)
            (Ty::Num, b) | (b, Ty::Num) if b.sized().is_none() && b.base().is_py_real() => Some(Ty::Num),
            // numpy scalars of sized types: numpy's promotion (Python numbers are weak)
            (a, b) if a.is_numeric() && b.is_numeric() && (a.sized().is_some() || b.sized().is_some()) => {
                let e = match (a.np_elem(), b.np_elem()) {
                    (Some(x), Some(y)) => Elem::promote(x, y),
                    (Some(x), None) | (None, Some(x)) => {
                        let py = if a.np_elem().is_none() { a } else { b };
                        let k = Elem::of_scalar(py)?.kind();
                        if k <= x.kind() {
                            x
                        } else if k == Kind::Complex && x == Elem::Float32 {
                            Elem::Complex64
                        } else {
                            Elem::of_kind(k)
                        }
                    }
                    (None, None) => unreachable!(),
                };
                Some(e.scalar())
            }
            (a, b) if a.is_numeric() && b.is_numeric() => {
                let rank = a.numeric_rank().max(b.numeric_rank()).unwrap_or(0);
                Some(Ty::of_rank(rank, a.is_np() || b.is_np()))
            }
            // two functions that capture nothing: which one is known when the code runs
            (a, b) if a.is_plain_func() && b.is_plain_func() => {
                let mut names: Vec<String> = [a, b].iter().flat_map(|t| t.func_names()).collect();
                names.sort();
                names.dedup();
                Some(Ty::Funcs(names))
            }
            (Ty::VarTuple(a), Ty::VarTuple(b)) => Some(Ty::VarTuple(Box::new(a.join_elem(b)?))),
            // a tuple of known length where one of any length is expected
            (Ty::Tuple(items), Ty::VarTuple(e)) | (Ty::VarTuple(e), Ty::Tuple(items)) => {
                let mut all = items.clone();
                all.push((**e).clone());
                Some(Ty::VarTuple(Box::new(Ty::items_join(&all)?)))
            }
            (Ty::Tuple(a), Ty::Tuple(b)) if a.len() == b.len() => {
                let items: Option<Vec<Ty>> = a.iter().zip(b).map(|(x, y)| x.join_elem(y)).collect();
                items.map(Ty::Tuple)
            }
            // `[]` (element type Unknown) takes the other's; `[0] * n` later holding floats
            // is a float list
            (Ty::List(a), Ty::List(b)) => Some(Ty::List(Box::new(a.join_elem(b)?))),
            (Ty::Set(a), Ty::Set(b)) => Some(Ty::Set(Box::new(a.join_elem(b)?))),
            (Ty::Gen(a), Ty::Gen(b)) => Some(Ty::Gen(Box::new(a.join_elem(b)?))),
            (Ty::Dict(ka, va), Ty::Dict(kb, vb)) => {
                Some(Ty::Dict(Box::new(ka.join_elem(kb)?), Box::new(va.join_elem(vb)?)))
            }
            (Ty::Opt(a), Ty::None) | (Ty::None, Ty::Opt(a)) => Some(Ty::Opt(a.clone())),
            (Ty::Opt(a), Ty::Opt(b)) => Some(Ty::Opt(Box::new(a.join(b)?))),
            (Ty::Opt(a), b) | (b, Ty::Opt(a)) => Some(Ty::Opt(Box::new(a.join(b)?))),
            _ => None,
        }
    }

    /// The type of a function's result that is `self` on some paths and `other` on others:
    /// like [`Ty::join`], and a value on some paths and None on others is that value or None.
    pub fn join_result(&self, other: &Ty) -> Option<Ty> {
        if let Some(t) = Ty::join_np(self, other) {
            return Some(t);
        }
        match (self, other) {
            (Ty::None, t) | (t, Ty::None) if !matches!(t, Ty::None | Ty::Unknown | Ty::Opt(_)) => {
                Some(Ty::Opt(Box::new(t.clone())))
            }
            _ => self.join_elem(other),
        }
    }

    /// A str, or a Python number a [`Ty::StrNum`] holds.
    fn str_or_real(t: &Ty) -> bool {
        matches!(t, Ty::Str | Ty::StrNum) || t.is_py_real()
    }

    /// The type of a variable that holds a str on some paths and a Python number on others
    /// (or None on some: `Opt(StrNum)`), where no split of the variable separates them.
    pub fn join_str_num(&self, other: &Ty) -> Option<Ty> {
        match (self, other) {
            (Ty::Opt(a), Ty::Opt(b)) => Some(Ty::Opt(Box::new(a.join_str_num(b)?))),
            (Ty::Opt(a), b) | (b, Ty::Opt(a)) => Some(Ty::Opt(Box::new(a.join_str_num(b)?))),
            (a, b) if Ty::str_or_real(a) && Ty::str_or_real(b) => {
                let strs = |t: &Ty| matches!(t, Ty::Str | Ty::StrNum);
                (strs(a) || strs(b)).then_some(Ty::StrNum)
            }
            _ => None,
        }
    }

    /// The type of a variable assigned values of types `self` and `other`. Like [`Ty::join`],
    /// except that a variable holding a numpy scalar on some paths and a Python number on
    /// others (`s = 0.0` then `s += a[i]`) gets Python's rules, which are the ones CPython
    /// applies when the loop does not run (a division by zero raises).
    pub fn join_var(&self, other: &Ty) -> Option<Ty> {
        // `best = None` and later `best = v`: the value or None (`Ty::Opt`)
        if let (Ty::None, t) | (t, Ty::None) = (self, other) {
            if !matches!(t, Ty::None | Ty::Unknown | Ty::Opt(_) | Ty::Array(..)) {
                return Some(Ty::Opt(Box::new(t.clone())));
            }
        }
        if let Some(t) = Ty::join_np(self, other) {
            return Some(t);
        }
        let j = self.join(other)?;
        let known = *self != Ty::Unknown && *other != Ty::Unknown;
        if known && j.is_np() && j.sized().is_none() && !(self.is_np() && other.is_np()) {
            Some(j.base())
        } else {
            Some(j)
        }
    }

    /// The type for an exported argument of annotation type `t`, or why it is not supported.
    /// (`numpy pkg` is a parameter of its own, never inside a container: [`MODULE_NESTED`].)
    pub fn from_annotation(t: &ann::Type) -> Result<Ty, String> {
        use ann::Scalar as S;
        match t {
            ann::Type::Scalar(s) => match s {
                S::Bool => Ok(Ty::Bool),
                S::Int | S::Int64 | S::Intp => Ok(Ty::Int),
                S::Float | S::Float64 => Ok(Ty::Float),
                S::Complex | S::Complex128 => Ok(Ty::Complex),
                S::Str => Ok(Ty::Str),
                S::None => Ok(Ty::None),
                // sized ints are Python ints whose value must fit (checked at the call)
                S::Byte
                | S::Int8
                | S::Int16
                | S::Int32
                | S::Intc
                | S::UInt8
                | S::UInt16
                | S::UInt32
                | S::UInt64
                | S::UIntc
                | S::UIntp => Ok(Ty::Int),
                S::Float32 => Ok(Ty::Float),
                S::Complex64 => Ok(Ty::Complex),
                S::Float128 | S::Complex256 => Err(format!(
                    "`{}` has no exact representation in Rust: not supported (use float64/complex128)",
                    s.name()
                )),
                other => Err(format!("argument type `{}` is not supported yet", other.name())),
            },
            ann::Type::Generator => Ok(Ty::Generator),
            ann::Type::NumpyModule => Ok(Ty::NumpyModule),
            ann::Type::Array(a) => {
                let elem = match Elem::of_annotation(a.elem) {
                    Some(e) => e,
                    None => match a.elem {
                        S::Float128 | S::Complex256 => {
                            return Err(format!(
                        "arrays of `{}` have no exact representation in Rust: not supported (use float64/complex128)",
                        a.elem.name()
                    ))
                        }
                        other => return Err(format!("arrays of `{}` are not supported yet", other.name())),
                    },
                };
                if a.dims.len() > 4 {
                    return Err(format!("{}-D arrays are not supported yet (1-D to 4-D)", a.dims.len()));
                }
                Ok(Ty::Array(elem, a.dims.len()))
            }
            ann::Type::List(inner) | ann::Type::Set(inner) if **inner == ann::Type::NumpyModule => {
                Err(MODULE_NESTED.into())
            }
            ann::Type::Tuple(items) if items.contains(&ann::Type::NumpyModule) => Err(MODULE_NESTED.into()),
            ann::Type::Dict(k, v) if **k == ann::Type::NumpyModule || **v == ann::Type::NumpyModule => {
                Err(MODULE_NESTED.into())
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
                if ts.len() > 8 {
                    return Err("tuple arguments of more than 8 items are not supported".into());
                }
                Ok(Ty::Tuple(ts))
            }
            ann::Type::Set(inner) => {
                let t = Ty::from_annotation(inner)?;
                if !t.is_hashable() {
                    return Err(format!("sets of {t} are not supported (elements: int, bool, str or tuples of them)"));
                }
                Ok(Ty::Set(Box::new(t)))
            }
            ann::Type::Dict(k, v) => {
                let kt = Ty::from_annotation(k)?;
                if !kt.is_hashable() {
                    return Err(format!(
                        "dict keys of type {kt} are not supported (keys: int, bool, float, str or tuples of them)"
                    ));
                }
                let vt = Ty::from_annotation(v)?;
                if matches!(vt, Ty::Array(..)) {
                    return Err("dicts of arrays are not supported yet".into());
                }
                Ok(Ty::Dict(Box::new(kt), Box::new(vt)))
            }
        }
    }
}

/// Why `numpy pkg` inside a container type is refused.
const MODULE_NESTED: &str =
    "`numpy pkg` is supported as a parameter of its own only, not inside a list, set, dict or tuple";

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Unknown => write!(f, "<unknown>"),
            Ty::None => write!(f, "None"),
            Ty::Bool => write!(f, "bool"),
            Ty::Int => write!(f, "int"),
            Ty::Float => write!(f, "float"),
            Ty::Num => write!(f, "int or float"),
            Ty::StrNum => write!(f, "str or number"),
            Ty::NumNp => write!(f, "int, float or numpy scalar"),
            Ty::IntNp => write!(f, "int or numpy.int64"),
            Ty::NumC => write!(f, "int, float or complex"),
            Ty::Complex => write!(f, "complex"),
            Ty::NpBool => write!(f, "numpy.bool"),
            Ty::NpInt => write!(f, "numpy.int64"),
            Ty::NpFloat => write!(f, "numpy.float64"),
            Ty::NpComplex => write!(f, "numpy.complex128"),
            Ty::NpSized(e) => write!(f, "numpy.{}", e.name()),
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
            Ty::Str => write!(f, "str"),
            Ty::Set(t) => write!(f, "{t} set"),
            Ty::VarTuple(t) => write!(f, "{t} tuple (of any length)"),
            Ty::Dict(k, v) => write!(f, "{k}:{v} dict"),
            Ty::Iter(t) => write!(f, "iterator of {t}"),
            Ty::Flat(e, n) => write!(f, "numpy.flatiter of {}[{}]", e.name(), vec![":"; *n].join(",")),
            Ty::Range => write!(f, "range"),
            Ty::Gen(t) => write!(f, "generator of {t}"),
            Ty::Opt(t) => write!(f, "{t} or None"),
            Ty::Exc => write!(f, "exception"),
            Ty::File => write!(f, "file"),
            Ty::Generator => write!(f, "numpy.random.Generator"),
            Ty::NumpyModule => write!(f, "numpy module"),
            Ty::Array(e, n) => write!(f, "{}[{}]", e.name(), vec![":"; *n].join(",")),
            Ty::Slice => write!(f, "slice"),
            Ty::DType(e) => write!(f, "dtype {}", e.name()),
            // nested functions are named `outer__inner`, lambdas `outer__lambdaK`
            Ty::Funcs(names) => {
                let each: Vec<String> = names.iter().map(|n| Ty::Func(n.clone(), Vec::new()).to_string()).collect();
                write!(f, "one of {}", each.join(", "))
            }
            Ty::Func(name, _) => match name.rsplit_once("__") {
                Some((_, l)) if l.starts_with("lambda") => write!(f, "lambda"),
                Some((_, inner)) => write!(f, "function `{inner}`"),
                None => write!(f, "function `{name}`"),
            },
        }
    }
}

/// `type(x).__name__` of a value of type `t`, where the type tells it (`None`: it is known
/// when the code runs, or not supported).
pub fn static_type_name(t: &Ty) -> Option<&'static str> {
    Some(match t {
        Ty::Bool => "bool",
        Ty::Int => "int",
        Ty::Float => "float",
        Ty::Complex => "complex",
        Ty::Str => "str",
        Ty::List(_) => "list",
        Ty::Tuple(_) | Ty::VarTuple(_) => "tuple",
        Ty::Dict(..) => "dict",
        Ty::Set(_) => "set",
        Ty::None => "NoneType",
        Ty::NpInt => "int64",
        Ty::NpFloat => "float64",
        Ty::NpComplex => "complex128",
        // (numpy 2 names `numpy.bool_` `bool`)
        Ty::NpBool => "bool",
        Ty::NpSized(e) => e.name(),
        Ty::Array(..) => "ndarray",
        Ty::Range => "range",
        _ => return None,
    })
}

/// Whether `type(x).__name__` of a value of type `t` compiles: its type tells it, or the
/// value carries it.
pub fn type_name_known(t: &Ty) -> bool {
    match t {
        Ty::Num | Ty::NumNp | Ty::IntNp | Ty::StrNum | Ty::NumC | Ty::Unknown => true,
        Ty::Opt(inner) => type_name_known(inner),
        t => static_type_name(t).is_some(),
    }
}

/// The builtin classes (of `int float complex bool str list tuple dict set`) a value of type
/// `t` is an instance of (`exact`: its own class only, `type(x) is T`); `None` where that is
/// known only when the code runs.
pub fn static_classes(t: &Ty, exact: bool) -> Option<Vec<&'static str>> {
    Some(match t {
        Ty::Num | Ty::NumNp | Ty::IntNp | Ty::StrNum | Ty::NumC | Ty::Opt(_) => return None,
        Ty::Bool if !exact => vec!["bool", "int"],
        // numpy.float64 and numpy.complex128 subclass float and complex
        Ty::NpFloat if !exact => vec!["float"],
        Ty::NpComplex if !exact => vec!["complex"],
        Ty::NpInt | Ty::NpFloat | Ty::NpComplex | Ty::NpBool | Ty::NpSized(_) => vec![],
        t => static_type_name(t).into_iter().collect(),
    })
}
