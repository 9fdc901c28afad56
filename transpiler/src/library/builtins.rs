//! Python's builtin functions.

use super::catalogue;

catalogue! {
    /// The builtin functions compiled code calls (`abs(x)`, `len(a)`, `print(...)`).
    pub enum Builtin {
        Abs = "abs",
        Min = "min",
        Max = "max",
        Len = "len",
        Int = "int",
        Float = "float",
        Complex = "complex",
        Bool = "bool",
        Round = "round",
        Range = "range",
        // a `range` object kept as a value (passed to a function of the file, returned): a name
        // Python cannot spell, lowering picks it (`syntax/lower/range_values.rs`)
        RangeObject = "range()",
        Divmod = "divmod",
        Pow = "pow",
        Str = "str",
        Repr = "repr",
        Hex = "hex",
        Oct = "oct",
        Bin = "bin",
        Ord = "ord",
        Chr = "chr",
        Format = "format",
        Sum = "sum",
        Sorted = "sorted",
        // `max(iterable, key=, default=)` / `min(...)` (also `max(a, b, key=f)`: the values as
        // a tuple): names Python cannot spell, lowering picks them for calls with keywords
        MaxKey = "max(key=)",
        MinKey = "min(key=)",
        Reversed = "reversed",
        Enumerate = "enumerate",
        Zip = "zip",
        List = "list",
        Set = "set",
        Dict = "dict",
        // `dict.fromkeys(keys, value=None)`: a name Python cannot spell, lowering resolves
        // the attribute of the builtin `dict`
        DictFromkeys = "dict.fromkeys",
        // `isinstance(x, T)`, `type(x) is T`, `type(x).__name__`: the classes as string
        // literals after the value (`syntax/lower/types.rs`); the last two are names Python
        // cannot spell
        Isinstance = "isinstance",
        TypeIs = "type() is",
        TypeName = "type().__name__",
        // the clocks of module `time` (see `Module::Time`)
        TimeTime = "time.time",
        TimePerfCounter = "time.perf_counter",
        TimeMonotonic = "time.monotonic",
        TimeProcessTime = "time.process_time",
        // `functools.reduce(f, iterable[, initial])` (see `Module::Functools`)
        FunctoolsReduce = "functools.reduce",
        // `itertools` (see `Module::Itertools`)
        ItertoolsProduct = "itertools.product",
        ItertoolsCombinations = "itertools.combinations",
        ItertoolsCombinationsWithReplacement = "itertools.combinations_with_replacement",
        ItertoolsPermutations = "itertools.permutations",
        ItertoolsChain = "itertools.chain",
        ItertoolsCount = "itertools.count",
        ItertoolsRepeat = "itertools.repeat",
        ItertoolsCycle = "itertools.cycle",
        ItertoolsIslice = "itertools.islice",
        ItertoolsAccumulate = "itertools.accumulate",
        // `zip_longest(*its, fillvalue=None)`: lowering puts the fill value last
        ItertoolsZipLongest = "itertools.zip_longest",
        // lowered to generator functions of the file (`syntax/lower/itertools.rs`)
        ItertoolsGroupby = "itertools.groupby",
        ItertoolsStarmap = "itertools.starmap",
        ItertoolsFilterfalse = "itertools.filterfalse",
        ItertoolsTakewhile = "itertools.takewhile",
        ItertoolsDropwhile = "itertools.dropwhile",
        ItertoolsCompress = "itertools.compress",
        ItertoolsPairwise = "itertools.pairwise",
        // `bisect` (see `Module::Bisect`): lowering turns each call into a call of a function
        // of the file written as CPython's `_bisect` runs it (`syntax/lower/bisect.rs`)
        BisectLeft = "bisect.bisect_left",
        BisectRight = "bisect.bisect_right",
        BisectBisect = "bisect.bisect",
        InsortLeft = "bisect.insort_left",
        InsortRight = "bisect.insort_right",
        InsortInsort = "bisect.insort",
        // the standard library's `random` (see `Module::Random`): CPython's own generator
        RandomRandom = "random.random",
        RandomUniform = "random.uniform",
        RandomGauss = "random.gauss",
        RandomNormalvariate = "random.normalvariate",
        RandomExpovariate = "random.expovariate",
        RandomRandint = "random.randint",
        RandomRandrange = "random.randrange",
        RandomGetrandbits = "random.getrandbits",
        RandomSeed = "random.seed",
        RandomShuffle = "random.shuffle",
        RandomChoice = "random.choice",
        RandomSample = "random.sample",
        Map = "map",
        Next = "next",
        Filter = "filter",
        Tuple = "tuple",
        Open = "open",
        Any = "any",
        All = "all",
        Print = "print",
        // generators (names Python cannot spell): `g.send(v)` (the generator, then the value),
        // the value of `x = yield v` (what the generator was resumed with) and of
        // `r = yield from g` (`g`'s return value); see `syntax/lower/stmt.rs`
        GenSend = "generator.send",
        GenSent = "(yield)",
        GenReturn = "(yield from)",
    }
}

impl Builtin {
    /// The parameters of the rows that take keyword arguments, and how many of them may be
    /// given by position (the rest are keyword-only, as in CPython): lowering turns keywords
    /// into positions, inner left-out ones `Default`.
    pub fn params(self) -> Option<(&'static [&'static str], usize)> {
        use Builtin as B;
        Some(match self {
            B::BisectLeft | B::BisectRight | B::BisectBisect | B::InsortLeft | B::InsortRight | B::InsortInsort => {
                (&["a", "x", "lo", "hi", "key"], 4)
            }
            B::ItertoolsCombinations | B::ItertoolsCombinationsWithReplacement | B::ItertoolsPermutations => {
                (&["iterable", "r"], 2)
            }
            B::ItertoolsAccumulate => (&["iterable", "func", "initial"], 2),
            B::ItertoolsCount => (&["start", "step"], 2),
            B::ItertoolsGroupby => (&["iterable", "key"], 2),
            B::ItertoolsCompress => (&["data", "selectors"], 2),
            _ => return None,
        })
    }
}
