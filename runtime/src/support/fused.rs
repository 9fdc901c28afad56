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
use crate::numpy::ndarray::{broadcast_shapes, NdArray, Row};

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
fn shape_of<const N: usize, I: Inputs<N>>(inputs: &I) -> Result<[usize; N]> {
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
    let (klo, khi) = if N == 1 { (lo, hi) } else { (0, shape[last]) };
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
            if !next_row(&mut outer, shape, hi) {
                return Ok(());
            }
        }
    } else {
        loop {
            let mut ix = outer;
            for k in klo..khi {
                ix[last] = k;
                out.put(ix, f(ops.at(ix))?);
            }
            if !next_row(&mut outer, shape, hi) {
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
        run(&out, &ops, lo, hi, &mut |x| f(x))
    })?;
    Ok(out)
}

/// `dst[...] = expr` and `dst[...] op= expr`: each element of `dst` becomes `f(old, items)`,
/// the inputs broadcast to `dst`'s shape. When an input may overlap `dst`, every new element
/// is computed first (reading `dst` and the inputs as they were), then written.
#[inline(always)]
pub fn assign<E: Element, const N: usize, I: Inputs<N>>(
    dst: &NdArray<E, N>,
    inputs: I,
    mut f: impl FnMut(E::Value, Item<I, N>) -> Result<E::Value>,
) -> Result<()> {
    dst.check_writeable()?;
    let shape = dst.shape();
    let ops = inputs.broadcast(shape)?;
    let n = first_len(shape);
    let mut g = |(old, x): (E::Value, Item<I, N>)| f(old, x);
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

/// [`assign`] with pieces of the first axis on the thread pool (`# pyrs parallel arrays`).
#[inline(always)]
pub fn par_assign<E: Element, const N: usize, I: Inputs<N>>(
    dst: &NdArray<E, N>,
    inputs: I,
    f: impl Fn(E::Value, Item<I, N>) -> Result<E::Value> + Sync,
) -> Result<()>
where
    I::Operands: Sync,
{
    dst.check_writeable()?;
    let shape = dst.shape();
    let ops = inputs.broadcast(shape)?;
    let (n, piece) = (first_len(shape), min_piece(shape));
    let g = |(old, x): (E::Value, Item<I, N>)| f(old, x);
    let pieces = |out: &NdArray<E, N>, ops: &(&NdArray<E, N>, &I::Operands)| {
        // SAFETY: as in `assign`; the pieces write disjoint positions
        super::parallel::for_chunks(n, piece, |lo, hi| unsafe { run(out, ops, lo, hi, &mut |x| g(x)) })
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
        assert_eq!(e.message(), "operands could not be broadcast together with shapes (2,) (3,)");
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
    fn sized_and_bool_elements() {
        let a = NdArray::<f32, 1>::from_vec([3], vec![0.1, 0.2, 0.3]);
        let r = map::<f32, 1, _>(&a, |a| Ok((a * 3.0) as f32 as f64)).unwrap();
        let expect: Vec<f64> = [0.1f32, 0.2, 0.3].iter().map(|&x| (x as f64 * 3.0) as f32 as f64).collect();
        assert_eq!(r.to_vec(), expect);
        let m = map::<bool, 1, _>(&a, |a| Ok(a > 0.15)).unwrap();
        assert_eq!(m.to_vec(), vec![false, true, true]);
    }
}
