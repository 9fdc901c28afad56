//! Fused element-wise loops: the drivers generated code calls for an element-wise array
//! expression (`a * b + c`), `out[...] = expr` and `out[...] op= expr`, with the element
//! expression as a closure. Generated code states each element expression once; the driver
//! holds the loop nest and its dispatch:
//!
//! - every array's last axis contiguous: the inner loop walks plain pointers ([`Row`]), which
//!   LLVM vectorises once the closure is inlined; otherwise a general strided loop;
//! - an assignment whose inputs may overlap the destination computes every new element into
//!   a temporary first, then copies it (numpy's semantics: the right side is evaluated before
//!   anything is written);
//! - `# pyrs parallel arrays`: pieces of the first axis (of the row, for 1-D) on the thread
//!   pool ([`super::parallel::for_chunks`]).
//!
//! The inputs are `&a` (an [`NdArray`] of any number of dimensions, broadcast to the result's
//! `N` with numpy's rules) or a tuple of inputs, nested tuples too, so there is no limit on
//! their number; the closure receives the elements in the same shape (`|(a, (b, c))|`).
//! Elements go through the closure in C order, each once, and the closure's `?` errors stop
//! the loop, as a loop in the caller would.

use crate::error::Result;
use crate::numpy::element::Element;
use crate::numpy::ndarray::{broadcast_shapes, k_order, unravel, NdArray, Row};
use crate::numpy::reduce::{pairwise_blocks, pairwise_blocks_complex, PairwiseAcc};
use num_complex::Complex;
use num_traits::Float;

/// Arrays broadcast to the loop's shape (`N` dimensions): what the loops read.
pub trait Operands<const N: usize> {
    /// The elements at one position (a tuple for a tuple of operands).
    type Item;
    /// The rows of a position, for the inner-contiguous loop.
    type Rows: Copy;
    /// Whether every operand's last axis is contiguous.
    fn inner_contiguous(&self) -> bool;
    /// The rows at `outer` (its last component ignored).
    ///
    /// # Safety
    /// `outer[ax] < shape[ax]` for every axis but the last.
    unsafe fn rows(&self, outer: [usize; N]) -> Self::Rows;
    /// The elements at `k` in `rows`.
    ///
    /// # Safety
    /// the operands are inner contiguous and `k` is within the rows.
    unsafe fn get(rows: Self::Rows, k: usize) -> Self::Item;
    /// The elements at `ix`.
    ///
    /// # Safety
    /// every `ix[ax] < shape[ax]`.
    unsafe fn at(&self, ix: [usize; N]) -> Self::Item;
    /// The rows at `outer` (its last component ignored) of any stride: pointers and the last
    /// axis' strides, for the strided loop (one multiply per element, no N-d index).
    ///
    /// # Safety
    /// `outer[ax] < shape[ax]` for every axis but the last.
    unsafe fn strided(&self, outer: [usize; N]) -> Self::Strided;
    /// The elements at `k` in strided rows.
    ///
    /// # Safety
    /// `k` is within the rows.
    unsafe fn sget(rows: Self::Strided, k: usize) -> Self::Item;
    /// Strided rows (see [`Operands::strided`]).
    type Strided: Copy;
    /// Whether the last two axes of every operand are one run of its last axis' stride
    /// (`stride[N-2] == shape[N-1] * stride[N-1]`), so that a row can span both.
    fn merges_last_two(&self) -> bool {
        false
    }
}

/// A row of the last axis of any stride: a pointer and the stride in bytes.
pub struct StridedRow<E: Element> {
    ptr: *mut u8,
    stride: isize,
    _t: std::marker::PhantomData<E>,
}

impl<E: Element> Clone for StridedRow<E> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<E: Element> Copy for StridedRow<E> {}

impl<E: Element> StridedRow<E> {
    /// The row of `a` at `outer` (its last component ignored).
    ///
    /// # Safety
    /// `outer[ax] < shape[ax]` for every axis but the last.
    #[inline(always)]
    pub unsafe fn of<const N: usize>(a: &NdArray<E, N>, outer: [usize; N]) -> Self {
        let mut off = 0isize;
        for (&i, &s) in outer.iter().zip(&a.strides).take(N.saturating_sub(1)) {
            off += i as isize * s;
        }
        let stride = if N == 0 { 0 } else { a.strides[N - 1] };
        StridedRow { ptr: a.ptr.offset(off), stride, _t: std::marker::PhantomData }
    }

    /// # Safety
    /// `k` is within the row.
    #[inline(always)]
    pub unsafe fn get(self, k: usize) -> E::Value {
        E::load(std::ptr::read_unaligned(self.ptr.offset(k as isize * self.stride) as *const E::Storage))
    }

    /// # Safety
    /// `k` is within the row and the array is writeable.
    #[inline(always)]
    pub unsafe fn put(self, k: usize, v: E::Value) {
        std::ptr::write_unaligned(self.ptr.offset(k as isize * self.stride) as *mut E::Storage, E::store(v))
    }
}

/// The inputs of a fused expression as generated code passes them: `&a`, `()` or a tuple of
/// inputs; broadcast to `N` dimensions they are [`Operands`].
pub trait Inputs<const N: usize> {
    type Operands: Operands<N>;
    /// Broadcasts `shape` with the inputs' shapes, in order (numpy's rules, as
    /// [`broadcast_shapes`]); false when they do not fit.
    fn fit(&self, shape: &mut [usize; N]) -> bool;
    /// The inputs' shapes, in order (for the error message).
    fn shapes<'a>(&'a self, out: &mut Vec<&'a [usize]>);
    /// The inputs seen with `shape` ([`NdArray::broadcast_to`]'s error for the first that
    /// does not fit).
    fn broadcast(&self, shape: [usize; N]) -> Result<Self::Operands>;
    /// Whether writing `dst` could change what an input reads ([`NdArray::may_overlap`]).
    fn may_overlap<E: Element, const D: usize>(&self, dst: &NdArray<E, D>) -> bool;
}

/// The elements the closure of inputs `I` receives.
pub type Item<I, const N: usize> = <<I as Inputs<N>>::Operands as Operands<N>>::Item;

impl<E: Element, const N: usize> Operands<N> for NdArray<E, N> {
    type Item = E::Value;
    type Rows = Row<E>;
    #[inline(always)]
    fn inner_contiguous(&self) -> bool {
        NdArray::inner_contiguous(self)
    }
    #[inline(always)]
    unsafe fn rows(&self, outer: [usize; N]) -> Row<E> {
        self.row(outer)
    }
    #[inline(always)]
    unsafe fn get(rows: Row<E>, k: usize) -> E::Value {
        rows.get(k)
    }
    #[inline(always)]
    unsafe fn at(&self, ix: [usize; N]) -> E::Value {
        NdArray::at(self, ix)
    }
    type Strided = StridedRow<E>;
    #[inline(always)]
    unsafe fn strided(&self, outer: [usize; N]) -> StridedRow<E> {
        StridedRow::of(self, outer)
    }
    #[inline(always)]
    unsafe fn sget(rows: StridedRow<E>, k: usize) -> E::Value {
        rows.get(k)
    }
    #[inline(always)]
    fn merges_last_two(&self) -> bool {
        // (a last axis of length 1 may have any stride: not merged)
        N >= 2 && self.shape[N - 1] > 1 && self.strides[N - 2] == self.shape[N - 1] as isize * self.strides[N - 1]
    }
}

impl<T: Operands<N>, const N: usize> Operands<N> for &T {
    type Item = T::Item;
    type Rows = T::Rows;
    #[inline(always)]
    fn inner_contiguous(&self) -> bool {
        (**self).inner_contiguous()
    }
    #[inline(always)]
    unsafe fn rows(&self, outer: [usize; N]) -> T::Rows {
        (**self).rows(outer)
    }
    #[inline(always)]
    unsafe fn get(rows: T::Rows, k: usize) -> T::Item {
        T::get(rows, k)
    }
    #[inline(always)]
    unsafe fn at(&self, ix: [usize; N]) -> T::Item {
        (**self).at(ix)
    }
    type Strided = T::Strided;
    #[inline(always)]
    unsafe fn strided(&self, outer: [usize; N]) -> T::Strided {
        (**self).strided(outer)
    }
    #[inline(always)]
    unsafe fn sget(rows: T::Strided, k: usize) -> T::Item {
        T::sget(rows, k)
    }
    #[inline(always)]
    fn merges_last_two(&self) -> bool {
        (**self).merges_last_two()
    }
}

impl<const N: usize> Operands<N> for () {
    type Item = ();
    type Rows = ();
    #[inline(always)]
    fn inner_contiguous(&self) -> bool {
        true
    }
    #[inline(always)]
    unsafe fn rows(&self, _: [usize; N]) {}
    #[inline(always)]
    unsafe fn get(_: (), _: usize) {}
    #[inline(always)]
    unsafe fn at(&self, _: [usize; N]) {}
    type Strided = ();
    #[inline(always)]
    unsafe fn strided(&self, _: [usize; N]) {}
    #[inline(always)]
    unsafe fn sget(_: (), _: usize) {}
    #[inline(always)]
    fn merges_last_two(&self) -> bool {
        true
    }
}

impl<E: Element, const D: usize, const N: usize> Inputs<N> for &NdArray<E, D> {
    type Operands = NdArray<E, N>;
    #[inline(always)]
    fn fit(&self, shape: &mut [usize; N]) -> bool {
        let s = self.shape();
        if D > N {
            return false;
        }
        for k in 0..D {
            let (d, o) = (s[D - 1 - k], N - 1 - k);
            if shape[o] == 1 {
                shape[o] = d;
            } else if d != 1 && d != shape[o] {
                return false;
            }
        }
        true
    }
    fn shapes<'a>(&'a self, out: &mut Vec<&'a [usize]>) {
        out.push(&self.shape[..]);
    }
    #[inline(always)]
    fn broadcast(&self, shape: [usize; N]) -> Result<NdArray<E, N>> {
        self.broadcast_to(shape)
    }
    #[inline(always)]
    fn may_overlap<U: Element, const M: usize>(&self, dst: &NdArray<U, M>) -> bool {
        dst.may_overlap(*self)
    }
}

impl<const N: usize> Inputs<N> for () {
    type Operands = ();
    #[inline(always)]
    fn fit(&self, _: &mut [usize; N]) -> bool {
        true
    }
    fn shapes<'a>(&'a self, _: &mut Vec<&'a [usize]>) {}
    #[inline(always)]
    fn broadcast(&self, _: [usize; N]) -> Result<()> {
        Ok(())
    }
    #[inline(always)]
    fn may_overlap<U: Element, const M: usize>(&self, _: &NdArray<U, M>) -> bool {
        false
    }
}

/// `Inputs` and `Operands` for tuples of them: `tuples!((A 0, B 1), ...)`.
macro_rules! tuples {
    ($(($($t:ident $i:tt),+))*) => {$(
        impl<const N: usize, $($t: Inputs<N>),+> Inputs<N> for ($($t,)+) {
            type Operands = ($($t::Operands,)+);
            #[inline(always)]
            fn fit(&self, shape: &mut [usize; N]) -> bool {
                $(self.$i.fit(shape))&&+
            }
            fn shapes<'a>(&'a self, out: &mut Vec<&'a [usize]>) {
                $(self.$i.shapes(out);)+
            }
            #[inline(always)]
            fn broadcast(&self, shape: [usize; N]) -> Result<Self::Operands> {
                Ok(($(self.$i.broadcast(shape)?,)+))
            }
            #[inline(always)]
            fn may_overlap<U: Element, const M: usize>(&self, dst: &NdArray<U, M>) -> bool {
                $(self.$i.may_overlap(dst))||+
            }
        }

        impl<const N: usize, $($t: Operands<N>),+> Operands<N> for ($($t,)+) {
            type Item = ($($t::Item,)+);
            type Rows = ($($t::Rows,)+);
            #[inline(always)]
            fn inner_contiguous(&self) -> bool {
                $(self.$i.inner_contiguous())&&+
            }
            #[inline(always)]
            unsafe fn rows(&self, outer: [usize; N]) -> Self::Rows {
                ($(self.$i.rows(outer),)+)
            }
            #[inline(always)]
            unsafe fn get(rows: Self::Rows, k: usize) -> Self::Item {
                ($($t::get(rows.$i, k),)+)
            }
            #[inline(always)]
            unsafe fn at(&self, ix: [usize; N]) -> Self::Item {
                ($(self.$i.at(ix),)+)
            }
            type Strided = ($($t::Strided,)+);
            #[inline(always)]
            unsafe fn strided(&self, outer: [usize; N]) -> Self::Strided {
                ($(self.$i.strided(outer),)+)
            }
            #[inline(always)]
            unsafe fn sget(rows: Self::Strided, k: usize) -> Self::Item {
                ($($t::sget(rows.$i, k),)+)
            }
            #[inline(always)]
            fn merges_last_two(&self) -> bool {
                $(self.$i.merges_last_two())&&+
            }
        }
    )*};
}

tuples! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, F 4)
    (A 0, B 1, C 2, D 3, F 4, G 5)
    (A 0, B 1, C 2, D 3, F 4, G 5, H 6)
    (A 0, B 1, C 2, D 3, F 4, G 5, H 6, J 7)
}

/// The most inputs in one tuple (more are nested: generated code groups them).
pub const MAX_TUPLE: usize = 8;

/// The shape the inputs broadcast to, with `broadcast_shapes`' error.
#[inline(always)]
pub(crate) fn shape_of<const N: usize, I: Inputs<N>>(inputs: &I) -> Result<[usize; N]> {
    let mut shape = [1usize; N];
    if inputs.fit(&mut shape) {
        return Ok(shape);
    }
    let mut shapes = Vec::new();
    inputs.shapes(&mut shapes);
    broadcast_shapes::<N>(&shapes)
}

/// Writes `f(item)` at every position of `out` in `lo..hi`: positions along the first axis,
/// or for 1-D, elements. Rows on plain pointers when every last axis is contiguous.
///
/// # Safety
/// the operands have `out`'s shape, `out` is writeable, `lo <= hi <=` the first axis' length.
#[inline(always)]
unsafe fn run<E: Element, const N: usize, O: Operands<N>>(
    out: &NdArray<E, N>,
    ops: &O,
    lo: usize,
    hi: usize,
    f: &mut impl FnMut(O::Item) -> Result<E::Value>,
) -> Result<()> {
    if N == 0 {
        out.put([0; N], f(ops.at([0; N]))?);
        return Ok(());
    }
    let shape = out.shape();
    if lo >= hi || shape.contains(&0) {
        return Ok(());
    }
    let last = N - 1;
    // rows spanning the last two axes when every array lays them out as one run (a (n, m, 3)
    // slice of an image: rows of 3m, not of 3); the first axis stays whole for `lo..hi`
    let mut steps = shape;
    let (klo, khi) = if N == 1 {
        (lo, hi)
    } else if N >= 3 && out.merges_last_two() && ops.merges_last_two() {
        steps[last - 1] = 1;
        (0, shape[last - 1] * shape[last])
    } else {
        (0, shape[last])
    };
    let mut outer = [0usize; N];
    if N > 1 {
        outer[0] = lo;
    }
    if out.inner_contiguous() && ops.inner_contiguous() {
        loop {
            let o = out.row(outer);
            let r = ops.rows(outer);
            for k in klo..khi {
                o.put(k, f(O::get(r, k))?);
            }
            if !next_row(&mut outer, steps, hi) {
                return Ok(());
            }
        }
    } else {
        // strided rows (`z[:, :, 0] = ...`, `a[::2] = ...`, transposed inputs): a pointer and a
        // stride per array, no N-d index per element
        loop {
            let o = StridedRow::of(out, outer);
            let r = ops.strided(outer);
            for k in klo..khi {
                o.put(k, f(O::sget(r, k))?);
            }
            if !next_row(&mut outer, steps, hi) {
                return Ok(());
            }
        }
    }
}

/// Steps `outer` to the next row in C order (axes `0..N-1`, the first up to `hi`); false after
/// the last.
#[inline(always)]
fn next_row<const N: usize>(outer: &mut [usize; N], shape: [usize; N], hi: usize) -> bool {
    let mut ax = N.saturating_sub(1);
    while ax > 0 {
        ax -= 1;
        outer[ax] += 1;
        if outer[ax] < if ax == 0 { hi } else { shape[ax] } {
            return true;
        }
        outer[ax] = 0;
    }
    false
}

/// The length of the axis the loops split (the first; 1 for 0-d).
#[inline(always)]
fn first_len<const N: usize>(shape: [usize; N]) -> usize {
    if N == 0 {
        1
    } else {
        shape[0]
    }
}

/// The least piece of the first axis a thread takes: about 16k elements.
fn min_piece<const N: usize>(shape: [usize; N]) -> usize {
    if N <= 1 {
        16384
    } else {
        (16384 / shape[1..].iter().product::<usize>().max(1)).max(1)
    }
}

/// `a, b = expr` of a 1-D element-wise expression (numpy-benchmarks' wave:
/// `dx, dy = cpos[i] - cpos[i - 1]`): the `K` elements computed into a stack array, in order,
/// each by the same closure [`map`] runs, without the array. When the expression's length is
/// not `K`, the array is computed as [`map`] computes it (its errors first) and the unpacking's
/// ValueError follows, as in CPython.
#[inline(always)]
pub fn unpack<E: Element, const K: usize, I: Inputs<1>>(
    inputs: I,
    mut f: impl FnMut(Item<I, 1>) -> Result<E::Value>,
) -> Result<[E::Value; K]> {
    let shape = shape_of(&inputs)?;
    if K == 0 || shape[0] != K {
        let all = map::<E, 1, I>(inputs, f)?;
        crate::builtins::tuple::unpack_len(all.shape()[0], K)?;
        return Ok(std::array::from_fn(|_| unreachable!("K == 0 here")));
    }
    let ops = inputs.broadcast(shape)?;
    // SAFETY: `0 < K == shape[0]`, every `k < K`
    let first = f(unsafe { ops.at([0]) })?;
    let mut out = [first; K];
    for (k, o) in out.iter_mut().enumerate().skip(1) {
        *o = f(unsafe { ops.at([k]) })?;
    }
    Ok(out)
}

/// An element-wise expression into a new array of the inputs' broadcast shape:
/// `map::<f64, 2, _>((&a, &b), |(a, b)| Ok(a * b))`.
#[inline(always)]
pub fn map<E: Element, const N: usize, I: Inputs<N>>(
    inputs: I,
    mut f: impl FnMut(Item<I, N>) -> Result<E::Value>,
) -> Result<NdArray<E, N>> {
    let shape = shape_of(&inputs)?;
    let ops = inputs.broadcast(shape)?;
    let out = NdArray::<E, N>::uninit(shape);
    // SAFETY: the operands have the shape of `out`, a new array
    unsafe { run(&out, &ops, 0, first_len(shape), &mut f)? };
    Ok(out)
}

/// [`map`] with pieces of the first axis on the thread pool (`# pyrs parallel arrays`).
#[inline(always)]
pub fn par_map<E: Element, const N: usize, I: Inputs<N>>(
    inputs: I,
    f: impl Fn(Item<I, N>) -> Result<E::Value> + Sync,
) -> Result<NdArray<E, N>>
where
    I::Operands: Sync,
{
    let shape = shape_of(&inputs)?;
    let ops = inputs.broadcast(shape)?;
    let out = NdArray::<E, N>::uninit(shape);
    // SAFETY: as in `map`; the pieces write disjoint positions
    super::parallel::for_chunks(first_len(shape), min_piece(shape), |lo, hi| unsafe {
        run(&out, &ops, lo, hi, &mut &f)
    })?;
    Ok(out)
}

/// The public drivers of `dst[...] = expr` (`in_place` false) and `dst[...] op= expr`
/// (true: numpy's error texts of a ufunc with `out=dst`), over `$inner`.
macro_rules! assign_drivers {
    ($($(#[$doc:meta])* $name:ident: $inner:ident, $in_place:expr, ($($fn:tt)*) $(+ $sync:ident)?;)*) => {$(
        $(#[$doc])*
        #[inline(always)]
        pub fn $name<E: Element, const N: usize, I: Inputs<N>>(
            dst: &NdArray<E, N>,
            inputs: I,
            f: impl $($fn)*(E::Value, Item<I, N>) -> Result<E::Value> $(+ $sync)?,
        ) -> Result<()>
        $(where I::Operands: $sync)?
        {
            $inner(dst, inputs, f, $in_place)
        }
    )*};
}

assign_drivers! {
    /// `dst[...] = expr` and `dst[...] op= expr`: each element of `dst` becomes `f(old, items)`,
    /// the inputs broadcast to `dst`'s shape. When an input may overlap `dst`, every new element
    /// is computed first (reading `dst` and the inputs as they were), then written.
    assign: assign_as, false, (FnMut);
    /// [`assign`] for `dst[...] op= expr` (numpy's error texts of a ufunc with `out=dst`).
    update: assign_as, true, (FnMut);
    /// [`assign`] with pieces of the first axis on the thread pool (`# pyrs parallel arrays`).
    par_assign: par_assign_as, false, (Fn) + Sync;
    /// [`par_assign`] for `dst[...] op= expr`.
    par_update: par_assign_as, true, (Fn) + Sync;
}

/// The inputs seen with `dst`'s shape, or numpy's text for a value that does not fit.
#[inline(always)]
fn fit_into<const N: usize, I: Inputs<N>>(inputs: &I, shape: [usize; N], in_place: bool) -> Result<I::Operands> {
    match inputs.broadcast(shape) {
        Ok(ops) => Ok(ops),
        Err(_) => {
            let mut shapes = Vec::new();
            inputs.shapes(&mut shapes);
            use crate::numpy::store_msg::{store_error, update_error};
            Err(if in_place { update_error(&shapes, &shape) } else { store_error(&shapes, &shape) })
        }
    }
}

#[inline(always)]
fn assign_as<E: Element, const N: usize, I: Inputs<N>>(
    dst: &NdArray<E, N>,
    inputs: I,
    mut f: impl FnMut(E::Value, Item<I, N>) -> Result<E::Value>,
    in_place: bool,
) -> Result<()> {
    dst.check_writeable()?;
    let shape = dst.shape();
    let ops = fit_into(&inputs, shape, in_place)?;
    let n = first_len(shape);
    // (`identity`: an attribute on a closure is stable in an argument, not in a `let`)
    let mut g = std::convert::identity(
        #[inline(always)]
        |(old, x): (E::Value, Item<I, N>)| f(old, x),
    );
    // SAFETY: the operands have `dst`'s shape, `dst` is writeable, so is the temporary
    unsafe {
        if inputs.may_overlap(dst) {
            let tmp = NdArray::<E, N>::uninit(shape);
            run(&tmp, &(dst, &ops), 0, n, &mut g)?;
            run(dst, &tmp, 0, n, &mut |v| Ok(v))
        } else {
            run(dst, &(dst, &ops), 0, n, &mut g)
        }
    }
}

#[inline(always)]
fn par_assign_as<E: Element, const N: usize, I: Inputs<N>>(
    dst: &NdArray<E, N>,
    inputs: I,
    f: impl Fn(E::Value, Item<I, N>) -> Result<E::Value> + Sync,
    in_place: bool,
) -> Result<()>
where
    I::Operands: Sync,
{
    dst.check_writeable()?;
    let shape = dst.shape();
    let ops = fit_into(&inputs, shape, in_place)?;
    let (n, piece) = (first_len(shape), min_piece(shape));
    let g = std::convert::identity(
        #[inline(always)]
        |(old, x): (E::Value, Item<I, N>)| f(old, x),
    );
    let pieces = |out: &NdArray<E, N>, ops: &(&NdArray<E, N>, &I::Operands)| {
        // SAFETY: as in `assign`; the pieces write disjoint positions
        super::parallel::for_chunks(n, piece, |lo, hi| unsafe { run(out, ops, lo, hi, &mut &g) })
    };
    if inputs.may_overlap(dst) {
        let tmp = NdArray::<E, N>::uninit(shape);
        pieces(&tmp, &(dst, &ops))?;
        // SAFETY: as above
        super::parallel::for_chunks(n, piece, |lo, hi| unsafe { run(dst, &tmp, lo, hi, &mut |v| Ok(v)) })
    } else {
        pieces(dst, &(dst, &ops))
    }
}

/// The strides of a reduction's operands, on the stack for up to eight operands (a reduction in
/// a loop over small arrays allocated a `Vec` per call for them).
pub struct Strides<const N: usize> {
    inline: [[isize; N]; 8],
    len: usize,
    more: Vec<[isize; N]>,
}

impl<const N: usize> Strides<N> {
    #[inline(always)]
    pub fn of<R: Reorder<N>>(ops: &R) -> Self {
        let mut s = Strides { inline: [[0; N]; 8], len: 0, more: Vec::new() };
        ops.strides_of(&mut s);
        s
    }

    #[inline(always)]
    fn push(&mut self, st: [isize; N]) {
        if self.len < 8 {
            self.inline[self.len] = st;
        } else {
            if self.len == 8 {
                self.more.extend_from_slice(&self.inline);
            }
            self.more.push(st);
        }
        self.len += 1;
    }

    #[inline(always)]
    pub fn as_slice(&self) -> &[[isize; N]] {
        if self.len <= 8 {
            &self.inline[..self.len]
        } else {
            &self.more
        }
    }
}

/// Operands seen with their axes in another order: what lets a reduction visit the elements in
/// numpy's "K" order (the memory order of the operands) as a C-order loop.
pub trait Reorder<const N: usize>: Sized {
    /// The operands' strides, in order (for [`k_order`]).
    fn strides_of(&self, out: &mut Strides<N>);
    /// The operands with axis `order[i]` as axis `i`.
    fn permuted(&self, order: [usize; N]) -> Self;
}

impl<E: Element, const N: usize> Reorder<N> for NdArray<E, N> {
    fn strides_of(&self, out: &mut Strides<N>) {
        out.push(self.strides);
    }
    fn permuted(&self, order: [usize; N]) -> Self {
        let mut v = self.clone();
        for (i, &ax) in order.iter().enumerate() {
            v.shape[i] = self.shape[ax];
            v.strides[i] = self.strides[ax];
        }
        v
    }
}

impl<const N: usize> Reorder<N> for () {
    fn strides_of(&self, _: &mut Strides<N>) {}
    fn permuted(&self, _: [usize; N]) -> Self {}
}

macro_rules! reorder_tuples {
    ($(($($t:ident $i:tt),+))*) => {$(
        impl<const N: usize, $($t: Reorder<N>),+> Reorder<N> for ($($t,)+) {
            fn strides_of(&self, out: &mut Strides<N>) {
                $(self.$i.strides_of(out);)+
            }
            fn permuted(&self, order: [usize; N]) -> Self {
                ($(self.$i.permuted(order),)+)
            }
        }
    )*};
}

reorder_tuples! {
    (A 0)
    (A 0, B 1)
    (A 0, B 1, C 2)
    (A 0, B 1, C 2, D 3)
    (A 0, B 1, C 2, D 3, F 4)
    (A 0, B 1, C 2, D 3, F 4, G 5)
    (A 0, B 1, C 2, D 3, F 4, G 5, H 6)
    (A 0, B 1, C 2, D 3, F 4, G 5, H 6, J 7)
}

/// The elements of a reduction's inputs broadcast together, as one flat sequence: in C order,
/// or in numpy's K order (the memory order of the temporary numpy would make for the
/// expression, which decides the order of a float sum). Blocks of it are read row by row on
/// plain pointers when every last axis is contiguous (no N-d index per element).
pub struct Flat<const N: usize, O> {
    ops: O,
    shape: [usize; N],
    len: usize,
    contiguous: bool,
}

impl<const N: usize, O: Operands<N> + Reorder<N>> Flat<N, O> {
    /// The inputs broadcast to their common shape (numpy's error when they do not fit),
    /// visited in K order when `in_k_order`, else in C order.
    #[inline(always)]
    pub fn new<I: Inputs<N, Operands = O>>(inputs: I, in_k_order: bool) -> Result<Self> {
        let mut shape = shape_of(&inputs)?;
        let mut ops = inputs.broadcast(shape)?;
        if in_k_order && N > 1 {
            let order = k_order::<N>(Strides::of(&ops).as_slice());
            if order.iter().enumerate().any(|(i, &ax)| i != ax) {
                ops = ops.permuted(order);
                let s = shape;
                for (i, &ax) in order.iter().enumerate() {
                    shape[i] = s[ax];
                }
            }
        }
        let contiguous = ops.inner_contiguous();
        Ok(Flat { ops, shape, len: shape.iter().product(), contiguous })
    }

    /// The number of elements.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// `out[i] = f(element start + i)` for the elements `start..start + out.len()` (within
    /// `0..len`), in order; the first error stops.
    #[inline(always)]
    pub fn fill<T>(&self, start: usize, out: &mut [T], f: &mut impl FnMut(O::Item) -> Result<T>) -> Result<()> {
        let n = out.len();
        if n == 0 {
            return Ok(());
        }
        if N == 0 {
            // SAFETY: the one element of a 0-d operand
            out[0] = f(unsafe { self.ops.at([0; N]) })?;
            return Ok(());
        }
        let last = N - 1;
        let row = self.shape[last];
        let mut ix = unravel::<N>(start, self.shape);
        let mut j = 0;
        loop {
            let k0 = ix[last];
            let m = (row - k0).min(n - j);
            let dst = &mut out[j..j + m];
            // SAFETY: `ix` is a position of the shape (from `unravel` of an element below `len`,
            // then whole rows), `k0 + t < row`
            if self.contiguous {
                let r = unsafe { self.ops.rows(ix) };
                for (t, x) in dst.iter_mut().enumerate() {
                    *x = f(unsafe { O::get(r, k0 + t) })?;
                }
            } else {
                let r = unsafe { self.ops.strided(ix) };
                // four elements a step, computed in order and stored together: the strided
                // loads cannot form a vector loop, but four independent computations feeding four
                // adjacent stores are packed into vector instructions (a `vdivpd` for four
                // `vdivsd`: `(A[:, i] - B[:, j]) / W[:, i]`); an error still stops at its element
                let mut chunks = dst.chunks_exact_mut(4);
                let mut t = k0;
                for c in &mut chunks {
                    let a = f(unsafe { O::sget(r, t) })?;
                    let b = f(unsafe { O::sget(r, t + 1) })?;
                    let d = f(unsafe { O::sget(r, t + 2) })?;
                    let e = f(unsafe { O::sget(r, t + 3) })?;
                    c[0] = a;
                    c[1] = b;
                    c[2] = d;
                    c[3] = e;
                    t += 4;
                }
                for x in chunks.into_remainder() {
                    *x = f(unsafe { O::sget(r, t) })?;
                    t += 1;
                }
            }
            j += m;
            if j == n {
                return Ok(());
            }
            ix[last] = 0;
            let mut ax = last;
            while ax > 0 {
                ax -= 1;
                ix[ax] += 1;
                if ix[ax] < self.shape[ax] {
                    break;
                }
                ix[ax] = 0;
            }
        }
    }

    /// `acc = f(acc, element)` over every element in order, from `init`; the first error stops.
    #[inline(always)]
    pub fn fold<A>(&self, init: A, mut f: impl FnMut(A, O::Item) -> Result<A>) -> Result<A> {
        let mut acc = init;
        if self.len == 0 {
            return Ok(acc);
        }
        if N == 0 {
            // SAFETY: the one element of a 0-d operand
            return f(acc, unsafe { self.ops.at([0; N]) });
        }
        let last = N - 1;
        let row = self.shape[last];
        let mut outer = [0usize; N];
        loop {
            // SAFETY: `outer` is a position of the shape (all but its last axis), `k < row`
            if self.contiguous {
                let r = unsafe { self.ops.rows(outer) };
                for k in 0..row {
                    acc = f(acc, unsafe { O::get(r, k) })?;
                }
            } else {
                let r = unsafe { self.ops.strided(outer) };
                for k in 0..row {
                    acc = f(acc, unsafe { O::sget(r, k) })?;
                }
            }
            if !next_row(&mut outer, self.shape, first_len(self.shape)) {
                return Ok(acc);
            }
        }
    }
}

/// numpy's pairwise sum of `f(element)` over the inputs broadcast together (float64 or
/// float32), in K order when `in_k_order` (else C order), and the number of elements:
/// `sum::<f64, 1, _>(&a, false, |a| Ok(log(a)))` is `np.log(a).sum()` to the bit, without the
/// temporary, the element computed a block at a time in a vectorisable loop.
#[inline(always)]
pub fn sum<T: PairwiseAcc, const N: usize, I: Inputs<N>>(
    inputs: I,
    in_k_order: bool,
    mut f: impl FnMut(Item<I, N>) -> Result<T>,
) -> Result<(T, usize)>
where
    I::Operands: Reorder<N>,
{
    let flat = Flat::new(inputs, in_k_order)?;
    let s = pairwise_blocks(flat.len(), &mut |start, out: &mut [T]| flat.fill(start, out, &mut f))?;
    Ok((s, flat.len()))
}

/// [`sum`] of complex values (numpy's interleaved pairwise sum).
#[inline(always)]
pub fn sum_complex<F: Float, const N: usize, I: Inputs<N>>(
    inputs: I,
    in_k_order: bool,
    mut f: impl FnMut(Item<I, N>) -> Result<Complex<F>>,
) -> Result<(Complex<F>, usize)>
where
    I::Operands: Reorder<N>,
{
    let flat = Flat::new(inputs, in_k_order)?;
    let s = pairwise_blocks_complex(flat.len(), &mut |start, out: &mut [Complex<F>]| flat.fill(start, out, &mut f))?;
    Ok((s, flat.len()))
}

/// The float minimum (`MAX = false`) or maximum of `f(element)` over the inputs broadcast
/// together with numpy's NaN rule (any NaN gives NaN); `None` when there are no elements. The
/// elements are computed a block at a time by a unit-stride loop (as [`sum`] does) and reduced
/// in eight lanes without a branch, so both loops vectorise. The value is numpy's whatever the
/// order, except the sign of a zero result (`-0.0` against `0.0`), which depends on numpy's
/// lanes: callers redo a zero result as numpy reduces (`reduce::extreme_array` and kin).
#[inline(always)]
pub fn extreme<const N: usize, I: Inputs<N>, const MAX: bool>(
    inputs: I,
    mut f: impl FnMut(Item<I, N>) -> Result<f64>,
) -> Result<Option<f64>>
where
    I::Operands: Reorder<N>,
{
    const BLOCK: usize = 256;
    #[inline(always)]
    fn op<const MAX: bool>(a: f64, b: f64) -> f64 {
        // `a` stays when it is NaN; a NaN `b` compares false and is taken
        let keep = a.is_nan() || if MAX { a > b } else { a < b };
        if keep {
            a
        } else {
            b
        }
    }
    let flat = Flat::new(inputs, false)?;
    let n = flat.len();
    if n == 0 {
        return Ok(None);
    }
    let mut buf = [0.0f64; BLOCK];
    let mut acc = [0.0f64; 8];
    let mut start = 0;
    while start < n {
        let m = (n - start).min(BLOCK);
        flat.fill(start, &mut buf[..m], &mut f)?;
        if start == 0 {
            acc = [buf[0]; 8];
        }
        let mut i = 0;
        while i + 8 <= m {
            for l in 0..8 {
                acc[l] = op::<MAX>(acc[l], buf[i + l]);
            }
            i += 8;
        }
        for &x in &buf[i..m] {
            acc[0] = op::<MAX>(acc[0], x);
        }
        start += m;
    }
    Ok(Some(acc.iter().fold(acc[0], |r, &x| op::<MAX>(r, x))))
}

/// The position (C order) of the first float minimum (`MAX = false`) or maximum of
/// `f(element)` over the inputs broadcast together, a NaN counting as the extreme (numpy's
/// `argmin`/`argmax`); `None` when there are no elements. The elements are computed a block at
/// a time by a unit-stride loop (vectorised), then scanned.
#[inline(always)]
pub fn arg_extreme<const N: usize, I: Inputs<N>, const MAX: bool>(
    inputs: I,
    mut f: impl FnMut(Item<I, N>) -> Result<f64>,
) -> Result<Option<usize>>
where
    I::Operands: Reorder<N>,
{
    const BLOCK: usize = 256;
    let flat = Flat::new(inputs, false)?;
    let n = flat.len();
    if n == 0 {
        return Ok(None);
    }
    // (only the values a block uses are set before its fill: a whole block's memset per call
    // showed in loops over small arrays, `np.argmin(abs(e - symbols))` of 32 values)
    let mut buf = std::mem::MaybeUninit::<[f64; BLOCK]>::uninit();
    let p = buf.as_mut_ptr() as *mut f64;
    let (mut best, mut at) = (0.0f64, 0usize);
    let mut start = 0;
    while start < n {
        let m = (n - start).min(BLOCK);
        for k in 0..m {
            // SAFETY: `k < m <= BLOCK`, within the buffer
            unsafe { p.add(k).write(0.0) };
        }
        // SAFETY: the first `m` values were written above
        let block = unsafe { std::slice::from_raw_parts_mut(p, m) };
        flat.fill(start, block, &mut f)?;
        if start == 0 {
            best = block[0];
        }
        if !best.is_nan() {
            if let Some((x, k)) = block_arg_extreme::<MAX>(block) {
                // a block's first extreme replaces the best so far only when strictly better, as
                // the element-by-element scan does (a NaN always: the first NaN is the answer)
                if x.is_nan() || if MAX { x > best } else { x < best } || start == 0 {
                    best = x;
                    at = start + k;
                }
            }
        }
        start += m;
    }
    Ok(Some(at))
}

/// [`arg_extreme`] of `exact(element)` where `exact` is `abs(z)` or `abs(z) ** 2` of the
/// complex128 `z = key(element)` (numpy's `absolute`: a division and a square root per
/// element), with numpy's answer: each block's `|z|^2` is first computed cheaply as
/// `re*re + im*im` (within a few ulp of the true value, as `exact` is); the elements whose cheap
/// value is more than a relative `1e-13` from the block's cheap extreme cannot be the block's
/// first extreme, and `exact` is computed for the rest only, compared exactly, in order; when
/// there is only one, it is the block's answer (its exact value is computed only when there
/// are other blocks to compare it with). A block with a NaN, or whose cheap extreme is outside `[1e-290, 1e300]` (where
/// `re*re` may underflow or overflow), is computed exactly whole. `exact` is the element's
/// value from `z` (it cannot fail: `abs` and `** 2` of a float do not raise).
#[inline(always)]
pub fn arg_extreme_cabs<const N: usize, I: Inputs<N>, const MAX: bool>(
    inputs: I,
    mut key: impl FnMut(Item<I, N>) -> Result<Complex<f64>>,
    exact: impl Fn(Complex<f64>) -> f64,
) -> Result<Option<usize>>
where
    I::Operands: Reorder<N>,
{
    const BLOCK: usize = 256;
    const TOL: f64 = 1e-13;
    let flat = Flat::new(inputs, false)?;
    let n = flat.len();
    if n == 0 {
        return Ok(None);
    }
    let mut buf = std::mem::MaybeUninit::<[f64; BLOCK]>::uninit();
    let p = buf.as_mut_ptr() as *mut f64;
    let (mut best, mut at) = (0.0f64, 0usize);
    let mut start = 0;
    while start < n {
        let m = (n - start).min(BLOCK);
        for k in 0..m {
            // SAFETY: `k < m <= BLOCK`, within the buffer
            unsafe { p.add(k).write(0.0) };
        }
        // SAFETY: the first `m` values were written above
        let block = unsafe { std::slice::from_raw_parts_mut(p, m) };
        flat.fill(start, block, &mut |e| key(e).map(|z| z.re * z.re + z.im * z.im))?;
        // the cheap extreme and its first position, by lanes (vectorised)
        let mut any_nan = false;
        let mut lanes = [if MAX { f64::NEG_INFINITY } else { f64::INFINITY }; 8];
        let mut first = [0usize; 8];
        let mut chunks = block.chunks_exact(8);
        let mut base = 0;
        for c in &mut chunks {
            for j in 0..8 {
                let x = c[j];
                any_nan |= x.is_nan();
                let take = if MAX { x > lanes[j] } else { x < lanes[j] };
                lanes[j] = if take { x } else { lanes[j] };
                first[j] = if take { base + j } else { first[j] };
            }
            base += 8;
        }
        for (t, &x) in chunks.remainder().iter().enumerate() {
            any_nan |= x.is_nan();
            let take = if MAX { x > lanes[0] } else { x < lanes[0] };
            lanes[0] = if take { x } else { lanes[0] };
            first[0] = if take { base + t } else { first[0] };
        }
        let e = lanes.iter().fold(lanes[0], |a, &b| if MAX { a.max(b) } else { a.min(b) });
        let found = if any_nan || !(1e-290..=1e300).contains(&e) {
            flat.fill(start, block, &mut |e| key(e).map(&exact))?;
            block_arg_extreme::<MAX>(block)
        } else {
            // the candidates: a cheap value within TOL of the cheap extreme
            let limit = if MAX { e * (1.0 - TOL) } else { e * (1.0 + TOL) };
            let near = |q: f64| if MAX { q >= limit } else { q <= limit };
            let count = block.iter().map(|&q| near(q) as usize).sum::<usize>();
            let mut value = |k: usize| -> Result<f64> {
                let mut z = [Complex::new(0.0, 0.0)];
                flat.fill(start + k, &mut z, &mut key)?;
                Ok(exact(z[0]))
            };
            if count == 1 {
                // one candidate, the first cheap extreme: the block's answer; its exact value
                // is needed only to compare with other blocks
                let k = (0..8).filter(|&j| lanes[j] == e).map(|j| first[j]).min().unwrap_or(0);
                Some((if n > BLOCK { value(k)? } else { e }, k))
            } else {
                let mut found: Option<(f64, usize)> = None;
                for (k, &q) in block.iter().enumerate() {
                    if !near(q) {
                        continue;
                    }
                    let x = value(k)?;
                    found = match found {
                        Some((b, j)) if !(if MAX { x > b } else { x < b }) => Some((b, j)),
                        _ => Some((x, k)),
                    };
                }
                found
            }
        };
        if let Some((x, k)) = found {
            if start == 0 || (!best.is_nan() && (x.is_nan() || if MAX { x > best } else { x < best })) {
                best = x;
                at = start + k;
            }
        }
        start += m;
    }
    Ok(Some(at))
}

/// The first NaN of `v` (with its position) or else the first position of its minimum (`MAX =
/// false`) or maximum: the extreme by lanes without a branch (vectorised), then its first
/// occurrence. A zero extreme matches either zero, as `<` in the scan does.
#[inline(always)]
fn block_arg_extreme<const MAX: bool>(v: &[f64]) -> Option<(f64, usize)> {
    let mut any_nan = false;
    let mut lanes = [if MAX { f64::NEG_INFINITY } else { f64::INFINITY }; 8];
    let mut chunks = v.chunks_exact(8);
    for c in &mut chunks {
        for j in 0..8 {
            let x = c[j];
            any_nan |= x.is_nan();
            let take = if MAX { x > lanes[j] } else { x < lanes[j] };
            lanes[j] = if take { x } else { lanes[j] };
        }
    }
    for &x in chunks.remainder() {
        any_nan |= x.is_nan();
        let take = if MAX { x > lanes[0] } else { x < lanes[0] };
        lanes[0] = if take { x } else { lanes[0] };
    }
    if any_nan {
        return v.iter().position(|x| x.is_nan()).map(|k| (f64::NAN, k));
    }
    let better = |a: f64, b: f64| if MAX { b > a } else { b < a };
    let e = lanes.iter().fold(lanes[0], |a, &b| if better(a, b) { b } else { a });
    v.iter().position(|&x| x == e).map(|k| (e, k))
}

/// `f(element)` over the inputs broadcast together into a vector, in K order when
/// `in_k_order` (else C order): numpy's contiguous temporary of an expression, for the
/// reductions that must redo it exactly (the sign of a zero min/max).
#[inline(always)]
pub fn collect<T: Copy + Default, const N: usize, I: Inputs<N>>(
    inputs: I,
    in_k_order: bool,
    mut f: impl FnMut(Item<I, N>) -> Result<T>,
) -> Result<Vec<T>>
where
    I::Operands: Reorder<N>,
{
    let flat = Flat::new(inputs, in_k_order)?;
    let mut v = vec![T::default(); flat.len()];
    flat.fill(0, &mut v, &mut f)?;
    Ok(v)
}

/// `acc = f(acc, element)` over the inputs broadcast together, in K order when `in_k_order`
/// (a float product multiplies in numpy's order), else C order; from `init`. Products,
/// min/max, any/all, argmin/argmax, int sums of element-wise expressions.
#[inline(always)]
pub fn fold<A, const N: usize, I: Inputs<N>>(
    inputs: I,
    in_k_order: bool,
    init: A,
    f: impl FnMut(A, Item<I, N>) -> Result<A>,
) -> Result<(A, usize)>
where
    I::Operands: Reorder<N>,
{
    let flat = Flat::new(inputs, in_k_order)?;
    Ok((flat.fold(init, f)?, flat.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{Error, Exc};
    use crate::numpy::ndarray::Idx;

    fn arr<const N: usize>(shape: [usize; N], v: Vec<f64>) -> NdArray<f64, N> {
        NdArray::from_vec(shape, v)
    }

    fn range(n: usize) -> Vec<f64> {
        (0..n).map(|k| k as f64).collect()
    }

    /// numpy's argmin/argmax: the first extreme, the first NaN if any.
    fn scan(v: &[f64], max: bool) -> usize {
        let (mut best, mut at) = (v[0], 0);
        for (k, &x) in v.iter().enumerate() {
            if (x.is_nan() && !best.is_nan()) || if max { x > best } else { x < best } {
                best = x;
                at = k;
            }
        }
        at
    }

    #[test]
    fn arg_extreme_is_the_scan_over_blocks() {
        let mut seed = 7u64;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        let specials = [0.0, -0.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1.0, -1.0];
        for n in [1usize, 2, 7, 8, 9, 31, 32, 255, 256, 257, 600] {
            for _ in 0..40 {
                let v: Vec<f64> = (0..n)
                    .map(|_| match next() % 10 {
                        0 => specials[next() % specials.len()],
                        _ => (next() % 5) as f64 - 2.0,
                    })
                    .collect();
                let a = arr([n], v.clone());
                let got_min = arg_extreme::<1, _, false>(&a, Ok).unwrap();
                let got_max = arg_extreme::<1, _, true>(&a, Ok).unwrap();
                assert_eq!(got_min, Some(scan(&v, false)), "{v:?}");
                assert_eq!(got_max, Some(scan(&v, true)), "{v:?}");
            }
        }
    }

    #[test]
    fn map_broadcasts() {
        let a = arr([2, 3], range(6));
        let b = arr([3], vec![10.0, 20.0, 30.0]);
        let c = arr([2, 1], vec![100.0, 200.0]);
        let r = map::<f64, 2, _>((&a, &b, &c), |(a, b, c)| Ok(a + b * c)).unwrap();
        assert_eq!(r.shape(), [2, 3]);
        assert_eq!(r.to_vec(), vec![1000.0, 2001.0, 3002.0, 2003.0, 4004.0, 6005.0]);
        // a 1-D input, a 0-d result of no inputs
        let one = map::<f64, 1, _>(&b, |b| Ok(-b)).unwrap();
        assert_eq!(one.to_vec(), vec![-10.0, -20.0, -30.0]);
        let zero = map::<i64, 0, _>((), |()| Ok(7)).unwrap();
        assert_eq!(zero.to_vec(), vec![7]);
    }

    #[test]
    fn map_shape_error_names_every_input() {
        let a = arr([2], range(2));
        let b = arr([3], range(3));
        let e = map::<f64, 1, _>((&a, &b), |(a, b)| Ok(a + b)).map(|_| ()).unwrap_err();
        assert_eq!(e.class(), Exc::ValueError);
        assert_eq!(e.message(), "operands could not be broadcast together with shapes (2,) (3,) ");
    }

    #[test]
    fn non_contiguous_inputs_and_output() {
        let a = arr([4, 4], range(16));
        // every other column (strided last axis), and the transpose
        let cols = a.view::<2>(&[Idx::Slice(None, None, None), Idx::Slice(None, None, Some(2))]).unwrap();
        let t = a.transpose();
        let r = map::<f64, 2, _>(
            (&cols, &t.view::<2>(&[Idx::Slice(None, None, None), Idx::Slice(None, Some(2), None)]).unwrap()),
            |(x, y)| Ok(x * 100.0 + y),
        )
        .unwrap();
        assert_eq!(r.to_vec(), vec![0.0, 204.0, 401.0, 605.0, 802.0, 1006.0, 1203.0, 1407.0]);
        // into a strided destination
        let dst = arr([3, 4], vec![0.0; 12]);
        let view = dst.view::<2>(&[Idx::Slice(None, None, None), Idx::Slice(Some(1), None, Some(2))]).unwrap();
        let b = arr([2], vec![1.0, 2.0]);
        assign(&view, &b, |old, b| Ok(old + b)).unwrap();
        assign(&view, &b, |old, b| Ok(old * 10.0 + b)).unwrap();
        assert_eq!(dst.to_vec(), vec![0.0, 11.0, 0.0, 22.0, 0.0, 11.0, 0.0, 22.0, 0.0, 11.0, 0.0, 22.0]);
    }

    #[test]
    fn rows_over_the_last_two_axes() {
        // laplacien's operands: (n-2, m-2, 3) slices of an (n, m, 3) image (the last two axes
        // one run), with broadcasts, a length-1 last axis and a strided view mixed in; every
        // result against the element-by-element value
        let img = arr([5, 6, 3], range(90));
        let s = |a: Option<i64>, b: Option<i64>, c: Option<i64>, d: Option<i64>| {
            img.view::<3>(&[Idx::Slice(a, b, None), Idx::Slice(c, d, None), Idx::Slice(None, None, None)]).unwrap()
        };
        let (mid, up, left) = (
            s(Some(1), Some(-1), Some(1), Some(-1)),
            s(None, Some(-2), Some(1), Some(-1)),
            s(Some(1), Some(-1), None, Some(-2)),
        );
        let w = arr([3], vec![1.0, 10.0, 100.0]);
        let col = arr([4, 1], vec![0.5, 1.5, 2.5, 3.5]);
        let r =
            map::<f64, 3, _>((&mid, &up, (&left, &w, &col)), |(m, u, (l, w, c))| Ok(4.0 * m - u - l + w * c)).unwrap();
        let mut want = Vec::new();
        crate::numpy::ndarray::for_each_index([3, 4, 3], |[i, j, k]| unsafe {
            want.push(
                4.0 * img.at([i + 1, j + 1, k]) - img.at([i, j + 1, k]) - img.at([i + 1, j, k])
                    + w.at([k]) * col.at([j, 0]),
            );
        });
        assert_eq!(r.to_vec(), want);
        let thin = arr([2, 3, 1], range(6));
        let every_other = img
            .view::<3>(&[
                Idx::Slice(None, None, Some(2)),
                Idx::Slice(None, None, None),
                Idx::Slice(None, None, Some(2)),
            ])
            .unwrap();
        let dst = arr([3, 6, 2], vec![0.0; 36]);
        assign(&dst, &every_other, |_, e| Ok(e + 1.0)).unwrap();
        let mut want = Vec::new();
        crate::numpy::ndarray::for_each_index([3, 6, 2], |[i, j, k]| {
            want.push(unsafe { img.at([2 * i, j, 2 * k]) } + 1.0)
        });
        assert_eq!(dst.to_vec(), want);
        assert_eq!(map::<f64, 3, _>(&thin, |t| Ok(t * 2.0)).unwrap().to_vec(), vec![0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
    }

    #[test]
    fn overlap_reads_before_writing() {
        // x[1:] = x[:-1] * 2 + 1: numpy reads every x[:-1] element before writing
        let x = arr([5], range(5));
        let dst = x.view::<1>(&[Idx::Slice(Some(1), None, None)]).unwrap();
        let src = x.view::<1>(&[Idx::Slice(None, Some(-1), None)]).unwrap();
        assign(&dst, &src, |_, s| Ok(s * 2.0 + 1.0)).unwrap();
        assert_eq!(x.to_vec(), vec![0.0, 1.0, 3.0, 5.0, 7.0]);
        // x[:-1] += x[1:] with the old values of both
        let y = arr([5], range(5));
        let (lo, hi) = (
            y.view::<1>(&[Idx::Slice(None, Some(-1), None)]).unwrap(),
            y.view::<1>(&[Idx::Slice(Some(1), None, None)]).unwrap(),
        );
        assign(&hi, &lo, |old, l| Ok(old + l)).unwrap();
        assert_eq!(y.to_vec(), vec![0.0, 1.0, 3.0, 5.0, 7.0]);
        // the same in parallel
        let z = arr([5], range(5));
        let zd = z.view::<1>(&[Idx::Slice(Some(1), None, None)]).unwrap();
        let zs = z.view::<1>(&[Idx::Slice(None, Some(-1), None)]).unwrap();
        par_assign(&zd, &zs, |_, s| Ok(s * 2.0 + 1.0)).unwrap();
        assert_eq!(z.to_vec(), vec![0.0, 1.0, 3.0, 5.0, 7.0]);
    }

    #[test]
    fn nested_tuples_and_scalars() {
        let a = arr([3], vec![1.0, 2.0, 3.0]);
        let b = arr([3], vec![4.0, 5.0, 6.0]);
        let dst = arr([2, 3], vec![0.0; 6]);
        assign(&dst, ((&a, &b), &a), |_, ((a, b), a2)| Ok(a * b - a2)).unwrap();
        assert_eq!(dst.to_vec(), vec![3.0, 8.0, 15.0, 3.0, 8.0, 15.0]);
        assign(&dst, (), |old, ()| Ok(old + 0.5)).unwrap();
        assert_eq!(dst.to_vec(), vec![3.5, 8.5, 15.5, 3.5, 8.5, 15.5]);
    }

    #[test]
    fn errors_stop_the_loop() {
        let a = arr([4], vec![1.0, 2.0, -1.0, 4.0]);
        let dst = arr([4], vec![0.0; 4]);
        let r = assign(&dst, &a, |_, a| if a < 0.0 { Err(Error::Value("negative")) } else { Ok(a) });
        assert!(r.is_err());
        assert_eq!(dst.to_vec(), vec![1.0, 2.0, 0.0, 0.0]);
        // a read-only destination, a destination of another shape
        let ro = arr([4], vec![0.0; 4]).read_only();
        assert!(assign(&ro, &a, |_, a| Ok(a)).is_err());
        let small = arr([3], vec![0.0; 3]);
        assert!(assign(&small, &a, |_, a| Ok(a)).is_err());
    }

    #[test]
    fn parallel_map_matches_serial() {
        let n = 100_003;
        let a = arr([n], range(n));
        let m = arr([n / 7, 7], range(n / 7 * 7));
        let s = map::<f64, 1, _>(&a, |a| Ok(a.sqrt() * 3.0)).unwrap();
        let p = par_map::<f64, 1, _>(&a, |a| Ok(a.sqrt() * 3.0)).unwrap();
        assert_eq!(s.to_vec(), p.to_vec());
        let s = map::<f64, 2, _>(&m, |a| Ok(a * 0.5)).unwrap();
        let p = par_map::<f64, 2, _>(&m, |a| Ok(a * 0.5)).unwrap();
        assert_eq!(s.to_vec(), p.to_vec());
        let dst = arr([n], vec![0.0; n]);
        par_assign(&dst, &a, |old, a| Ok(old + a)).unwrap();
        assert_eq!(dst.to_vec(), a.to_vec());
    }

    #[test]
    fn reductions_in_numpy_order() {
        use crate::numpy::ndarray::unravel_in;
        use crate::numpy::reduce::{pairwise_sum, pairwise_sum_complex};
        // a Fortran-ordered operand (a transpose) is summed in its memory order (K order),
        // across rows of the blocks and beyond the 128-element leaves
        let (r, c) = (37, 29);
        let base = arr([c, r], (0..r * c).map(|k| ((k * 7919) % 1000) as f64 * 0.001 + 0.1).collect());
        let t = base.transpose();
        let b = arr([c], (0..c).map(|k| k as f64 * 0.5).collect());
        let (s, n) = sum::<f64, 2, _>((&t, &b), true, |(x, y)| Ok(x.ln() * 3.0 + y)).unwrap();
        assert_eq!(n, r * c);
        let order = k_order::<2>(&[t.strides(), [0, 8]]);
        let expect = pairwise_sum(r * c, &mut |k| {
            let ix = unravel_in::<2>(k, [r, c], order);
            Ok(unsafe { t.at(ix).ln() * 3.0 + b.at([ix[1]]) })
        })
        .unwrap();
        assert_eq!(s.to_bits(), expect.to_bits());
        // C order, strided (every other column), and a 1-D sum
        let cols = base.view::<2>(&[Idx::Slice(None, None, None), Idx::Slice(None, None, Some(2))]).unwrap();
        let [p, q] = cols.shape();
        let (s, _) = sum::<f64, 2, _>(&cols, false, |x| Ok(x * x)).unwrap();
        let expect = pairwise_sum(p * q, &mut |k| Ok(unsafe { cols.at(unravel::<2>(k, [p, q])).powi(2) })).unwrap();
        assert_eq!(s.to_bits(), expect.to_bits());
        let v = arr([1000], (0..1000).map(|k| (k as f64).sin()).collect());
        let (s, _) = sum_complex::<f64, 1, _>(&v, false, |x| Ok(Complex::new(x, -x * 0.5))).unwrap();
        let e = pairwise_sum_complex(1000, &mut |k| Ok(Complex::new(v.to_vec()[k], -v.to_vec()[k] * 0.5))).unwrap();
        assert_eq!((s.re.to_bits(), s.im.to_bits()), (e.re.to_bits(), e.im.to_bits()));
        // folds: visit every element once, in order; errors stop; empty inputs give the start
        let (seen, n) = fold::<Vec<f64>, 2, _>(&cols, false, Vec::new(), |mut acc, x| {
            acc.push(x);
            Ok(acc)
        })
        .unwrap();
        assert_eq!(n, p * q);
        assert_eq!(seen, (0..p * q).map(|k| unsafe { cols.at(unravel::<2>(k, [p, q])) }).collect::<Vec<_>>());
        let e = fold::<f64, 1, _>(&v, false, 0.0, |a, x| if x < -0.5 { Err(Error::Value("neg")) } else { Ok(a + x) });
        assert!(e.is_err());
        let empty = arr([0, 3], vec![]);
        assert_eq!(fold::<bool, 2, _>(&empty, false, true, |a, x| Ok(a && x > 0.0)).unwrap(), (true, 0));
        assert_eq!(sum::<f64, 2, _>(&empty, true, Ok).unwrap(), (0.0, 0));
    }

    #[test]
    fn zeros_and_filled_arrays() {
        // large enough for huge-page advice, zeroed by the allocator
        let z = NdArray::<f64, 1>::full([1 << 20], 0.0);
        assert!(z.to_vec().iter().all(|&x| x.to_bits() == 0));
        // -0.0 is not all-zero bytes: written
        let m = NdArray::<f64, 1>::full([1000], -0.0);
        assert!(m.to_vec().iter().all(|&x| x.to_bits() == (-0.0f64).to_bits()));
        let o = NdArray::<i64, 2>::full([3, 5], 7);
        assert_eq!(o.to_vec(), vec![7; 15]);
    }

    #[test]
    fn sized_and_bool_elements() {
        let a = NdArray::<f32, 1>::from_vec([3], vec![0.1, 0.2, 0.3]);
        let r = map::<f32, 1, _>(&a, |a| Ok((a * 3.0) as f32 as f64)).unwrap();
        let expect: Vec<f64> = [0.1f32, 0.2, 0.3].iter().map(|&x| (x as f64 * 3.0) as f32 as f64).collect();
        assert_eq!(r.to_vec(), expect);
        let m = map::<bool, 1, _>(&a, |a| Ok(a > 0.15)).unwrap();
        assert_eq!(m.to_vec(), vec![false, true, true]);
    }
}
