//! Plain pointer loops for the array functions that otherwise walk every element through an
//! N-d index (`for_each_index` + `at`/`put`): copies, `np.diff`, `np.repeat`, `np.nonzero`
//! and boolean-mask selections. Each is the same element order and the same values as the
//! general path it short-cuts (which stays for the layouts these do not cover); the gain is
//! the per-element index arithmetic (issue 17: grouping, repeating, mandelbrot of
//! numpy-benchmarks were 2.5–6× NumPy's time).

use super::element::Element;
use super::ndarray::NdArray;

/// The `k`-th stored element from `p` (any alignment, as array memory may be).
///
/// # Safety
/// `p.add(k)` is an element of a live array.
#[inline(always)]
unsafe fn load<T: Element>(p: *const T::Storage, k: usize) -> T::Value {
    T::load(std::ptr::read_unaligned(p.add(k)))
}

/// The elements of a C-contiguous `a` in order (`None` for other layouts).
pub fn contiguous_values<T: Element, const D: usize>(a: &NdArray<T, D>) -> Option<Vec<T::Value>> {
    if !a.is_c_contiguous() {
        return None;
    }
    let p = a.data_ptr() as *const T::Storage;
    // SAFETY: a C-contiguous array holds `size()` consecutive elements from its pointer
    Some((0..a.size()).map(|k| unsafe { load::<T>(p, k) }).collect())
}

/// A new C-contiguous array with the elements of a C-contiguous `a` (one memory copy), or
/// `None` for other layouts.
pub fn contiguous_copy<T: Element, const D: usize>(a: &NdArray<T, D>) -> Option<NdArray<T, D>> {
    if !a.is_c_contiguous() {
        return None;
    }
    let out = NdArray::<T, D>::uninit(a.shape());
    let bytes = a.size() * std::mem::size_of::<T::Storage>();
    if bytes > 0 {
        // SAFETY: both hold `size()` consecutive elements; `out` is new (no overlap)
        unsafe { std::ptr::copy_nonoverlapping(a.data_ptr() as *const u8, out.data_ptr(), bytes) };
    }
    Some(out)
}

/// `f` of every element of a C-contiguous `a` into a new array of its shape, stopping at the
/// first error (the new array is then dropped unread). `None` for other layouts.
pub fn map_contiguous<T: Element, U: Element, E, const D: usize>(
    a: &NdArray<T, D>,
    f: impl Fn(T::Value) -> Result<U::Value, E>,
) -> Option<Result<NdArray<U, D>, E>> {
    if !a.is_c_contiguous() {
        return None;
    }
    let out = NdArray::<U, D>::uninit(a.shape());
    let (src, dst) = (a.data_ptr() as *const T::Storage, out.data_ptr() as *mut U::Storage);
    for k in 0..a.size() {
        // SAFETY: k < size, of `a` (C-contiguous) and of `out` (new, the same shape)
        match f(unsafe { load::<T>(src, k) }) {
            Ok(v) => unsafe { std::ptr::write_unaligned(dst.add(k), U::store(v)) },
            Err(e) => return Some(Err(e)),
        }
    }
    Some(Ok(out))
}

/// `(outer, len, inner)`: the shape seen as `outer` blocks of `len` items along `ax`, each
/// item `inner` consecutive elements (C order).
fn split<const D: usize>(shape: [usize; D], ax: usize) -> (usize, usize, usize) {
    (shape[..ax].iter().product(), shape[ax], shape[ax + 1..].iter().product())
}

/// One step of `np.diff` along `ax` of a C-contiguous `a` with `shape[ax] > 0`: `sub(later,
/// earlier)` into a new array one shorter along `ax`. `None` for other layouts.
pub fn diff_step<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    ax: usize,
    sub: &impl Fn(T::Value, T::Value) -> T::Value,
) -> Option<NdArray<T, D>> {
    if !a.is_c_contiguous() || a.shape()[ax] == 0 {
        return None;
    }
    let mut shape = a.shape();
    shape[ax] -= 1;
    let out = NdArray::<T, D>::uninit(shape);
    let (outer, len, inner) = split(a.shape(), ax);
    let src = a.data_ptr() as *const T::Storage;
    let dst = out.data_ptr() as *mut T::Storage;
    let run = (len - 1) * inner;
    for o in 0..outer {
        // SAFETY: block `o` of `a` is `len * inner` elements from `o * len * inner`, of `out`
        // `run` elements from `o * run`; an element and the one `inner` later are both in it
        unsafe {
            let s = src.add(o * len * inner);
            let d = dst.add(o * run);
            for k in 0..run {
                std::ptr::write_unaligned(d.add(k), T::store(sub(load::<T>(s, k + inner), load::<T>(s, k))));
            }
        }
    }
    Some(out)
}

/// `np.repeat(a, r, axis=ax)` of a C-contiguous `a` into `out` (C-contiguous, `a`'s shape with
/// `shape[ax] * r`). Returns false (nothing written) for other layouts of `a`.
pub fn repeat_into<T: Element, const D: usize>(a: &NdArray<T, D>, r: usize, ax: usize, out: &NdArray<T, D>) -> bool {
    if !a.is_c_contiguous() {
        return false;
    }
    let (outer, len, inner) = split(a.shape(), ax);
    let src = a.data_ptr() as *const T::Storage;
    let mut dst = out.data_ptr() as *mut T::Storage;
    // SAFETY: `out` holds `outer * len * r * inner` elements, written once each in order;
    // every read is an element of `a`
    unsafe {
        if inner == 1 {
            for k in 0..outer * len {
                let v = std::ptr::read_unaligned(src.add(k));
                for _ in 0..r {
                    std::ptr::write_unaligned(dst, v);
                    dst = dst.add(1);
                }
            }
        } else {
            let bytes = inner * std::mem::size_of::<T::Storage>();
            for k in 0..outer * len {
                let s = src.add(k * inner) as *const u8;
                for _ in 0..r {
                    std::ptr::copy_nonoverlapping(s, dst as *mut u8, bytes);
                    dst = dst.add(inner);
                }
            }
        }
    }
    true
}

/// The positions (C order) of the elements of a C-contiguous `a` for which `truth` holds, as
/// `np.nonzero` gives them: one column per axis. `None` for other layouts.
pub fn nonzero_contiguous<T: Element, const D: usize>(
    a: &NdArray<T, D>,
    truth: impl Fn(T::Value) -> bool,
) -> Option<[Vec<i64>; D]> {
    if !a.is_c_contiguous() || D == 0 {
        return None;
    }
    let shape = a.shape();
    let p = a.data_ptr() as *const T::Storage;
    // SAFETY (both loops): k < size of a C-contiguous array
    // counted first: each column is one allocation of its final size
    let n = (0..a.size()).filter(|&k| truth(unsafe { load::<T>(p, k) })).count();
    let mut cols: [Vec<i64>; D] = std::array::from_fn(|_| Vec::with_capacity(n));
    for k in 0..a.size() {
        if truth(unsafe { load::<T>(p, k) }) {
            let mut rest = k;
            for d in (0..D).rev() {
                cols[d].push((rest % shape[d]) as i64);
                rest /= shape[d];
            }
        }
    }
    Some(cols)
}

/// Visits the elements of `mask` (any strides) in C order with the byte offset of the same
/// position in an array of strides `strides` (its first `M` axes), calling `hit(offset)` where
/// the mask is true. The number of hits.
pub fn mask_offsets<const M: usize>(mask: &NdArray<bool, M>, strides: &[isize], mut hit: impl FnMut(isize)) -> usize {
    let shape = mask.shape();
    if M == 0 || shape.contains(&0) {
        // (a 0-d mask: the caller's general path)
        return 0;
    }
    let ms = mask.strides();
    let last = M - 1;
    let (n, mstep, astep) = (shape[last], ms[last], strides[last]);
    let base = mask.data_ptr() as *const u8;
    let mut idx = [0usize; M];
    let (mut mo, mut ao) = (0isize, 0isize);
    let mut count = 0;
    loop {
        let (mut m, mut o) = (mo, ao);
        let mut left = n;
        if mstep == 1 {
            // a contiguous row of the mask: 8 false elements at a time (masks are often sparse)
            while left >= 8 {
                // SAFETY: the 8 bytes are elements of the row
                if unsafe { std::ptr::read_unaligned(base.offset(m) as *const u64) } == 0 {
                    m += 8;
                    o += 8 * astep;
                    left -= 8;
                    continue;
                }
                for _ in 0..8 {
                    // SAFETY: as below
                    if unsafe { <bool as Element>::load(std::ptr::read(base.offset(m))) } {
                        hit(o);
                        count += 1;
                    }
                    m += 1;
                    o += astep;
                }
                left -= 8;
            }
        }
        for _ in 0..left {
            // SAFETY: `idx` (with the last axis at this step) is a position of the mask
            if unsafe { <bool as Element>::load(std::ptr::read(base.offset(m))) } {
                hit(o);
                count += 1;
            }
            m += mstep;
            o += astep;
        }
        // the next position of the outer axes, last fastest
        let mut d = last;
        loop {
            if d == 0 {
                return count;
            }
            d -= 1;
            idx[d] += 1;
            mo += ms[d];
            ao += strides[d];
            if idx[d] < shape[d] {
                break;
            }
            mo -= ms[d] * shape[d] as isize;
            ao -= strides[d] * shape[d] as isize;
            idx[d] = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_paths_agree_with_the_general_ones() {
        let a = NdArray::<i64, 3>::from_vec([2, 3, 4], (0..24).map(|x| x * x).collect());
        let mut all = Vec::new();
        crate::numpy::ndarray::for_each_index(a.shape(), |idx| all.push(unsafe { a.at(idx) }));
        assert_eq!(contiguous_values(&a).unwrap(), all);
        let t = a.transpose();
        assert!(contiguous_values(&t).is_none());
        assert_eq!(contiguous_copy(&a).unwrap().to_vec(), a.to_vec());
        for ax in 0..3 {
            let d = diff_step(&a, ax, &|x: i64, y: i64| x - y).unwrap();
            let mut shape = a.shape();
            shape[ax] -= 1;
            assert_eq!(d.shape(), shape);
            let mut want = Vec::new();
            crate::numpy::ndarray::for_each_index(shape, |idx| {
                let mut next = idx;
                next[ax] += 1;
                want.push(unsafe { a.at(next) - a.at(idx) });
            });
            assert_eq!(d.to_vec(), want);
            let mut rshape = a.shape();
            rshape[ax] *= 3;
            let out = NdArray::<i64, 3>::uninit(rshape);
            assert!(repeat_into(&a, 3, ax, &out));
            let mut want = Vec::new();
            crate::numpy::ndarray::for_each_index(rshape, |idx| {
                let mut src = idx;
                src[ax] /= 3;
                want.push(unsafe { a.at(src) });
            });
            assert_eq!(out.to_vec(), want);
        }
        let m = NdArray::<bool, 2>::from_vec([3, 4], (0..12).map(|k| k % 3 == 1).collect());
        let cols = nonzero_contiguous(&m, |b| b).unwrap();
        assert_eq!(cols[0], vec![0, 1, 1, 2]);
        assert_eq!(cols[1], vec![1, 0, 3, 2]);
        // a transposed mask (positions in the mask's C order) and contiguous ones with runs of
        // 8 false elements, offsets of an array of strides (7, 3)
        let mt = NdArray::<bool, 2>::from_vec([4, 3], (0..12).map(|k| k % 5 == 0).collect()).transpose();
        let sparse = NdArray::<bool, 2>::from_vec([3, 29], (0..87).map(|k| k % 11 == 3 || k == 40).collect());
        let dense = NdArray::<bool, 2>::from_vec([2, 17], (0..34).map(|k| k % 3 != 0).collect());
        for m in [mt, sparse, dense] {
            let mut offs = Vec::new();
            let n = mask_offsets(&m, &[7, 3], |o| offs.push(o));
            let mut want = Vec::new();
            crate::numpy::ndarray::for_each_index(m.shape(), |[i, j]| {
                if unsafe { m.at([i, j]) } {
                    want.push(i as isize * 7 + j as isize * 3);
                }
            });
            assert_eq!(n, want.len());
            assert_eq!(offs, want);
        }
    }
}
