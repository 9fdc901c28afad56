//! `sorted(v)`, `v.sort()` and `sorted(v, key=f)` as CPython sorts: stable, ordered by `<`
//! alone. Where `<` is a consistent order (no NaN) every stable sort gives CPython's result and
//! Rust's is used; otherwise (a NaN is neither less nor greater than anything) the result
//! depends on the algorithm, so the items are sorted by a port of CPython 3.11's `listsort`
//! (`Objects/listobject.c`: runs, binary insertion to `minrun`, powersort's merge order,
//! galloping merges), which puts every item where CPython puts it.

use std::cmp::Ordering;

/// Python's ordering from `<` alone (what `list.sort` uses): incomparable items (NaN) are
/// "not less" either way.
fn py_cmp<T: PartialOrd>(a: &T, b: &T) -> Ordering {
    if a < b {
        Ordering::Less
    } else if b < a {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

/// Whether `<` is a consistent order on these items: every item compares equal to itself (a
/// NaN, or a tuple holding one, does not).
fn consistent<T: PartialOrd>(v: &[T]) -> bool {
    v.iter().all(|x| x.partial_cmp(x) == Some(Ordering::Equal))
}

/// `sorted(v)` / `v.sort()`: stable; `reverse` keeps equal items in their original order, as
/// CPython does (reverse, sort, reverse).
pub fn sort<T: PartialOrd>(v: &mut [T], reverse: bool) {
    if reverse {
        v.reverse();
    }
    if consistent(v) {
        v.sort_by(py_cmp);
    } else {
        let mut idx: Vec<usize> = (0..v.len()).collect();
        listsort(&mut idx, |a, b| v[*a] < v[*b]);
        permute(v, idx);
    }
    if reverse {
        v.reverse();
    }
}

/// `sorted(v, key=f)`: the keys computed once per item (`keys[i]` for `items[i]`).
pub fn sort_by_keys<T, K: PartialOrd>(items: Vec<T>, keys: Vec<K>, reverse: bool) -> Vec<T> {
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    if consistent(&keys) {
        idx.sort_by(|a, b| py_cmp(&keys[*a], &keys[*b]));
    } else {
        listsort(&mut idx, |a, b| keys[*a] < keys[*b]);
    }
    if reverse {
        idx.reverse();
    }
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    idx.into_iter().map(|i| slots[i].take().expect("each index once")).collect()
}

/// Puts `v[idx[k]]` at `k` (`idx` a permutation), following its cycles.
fn permute<T>(v: &mut [T], mut idx: Vec<usize>) {
    for start in 0..idx.len() {
        let mut k = start;
        while idx[k] != start {
            let next = idx[k];
            v.swap(k, next);
            idx[k] = k;
            k = next;
        }
        idx[k] = k;
    }
}

const MIN_GALLOP: usize = 7;

struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// CPython 3.11's `list.sort` on `a`, ordered by `lt` (`<`). Any `lt`, consistent or not, gives
/// CPython's permutation; nothing here can panic or loop on an inconsistent one.
pub fn listsort<T: Copy, F: FnMut(&T, &T) -> bool>(a: &mut [T], mut lt: F) {
    let n = a.len();
    if n < 2 {
        return;
    }
    let mut ms = Merge { min_gallop: MIN_GALLOP, tmp: Vec::new(), pending: Vec::new(), n };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = count_run(&a[lo..lo + remaining], &mut lt);
        if descending {
            a[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            binarysort(&mut a[lo..lo + force], run, &mut lt);
            run = force;
        }
        ms.found_new_run(a, lo, run, &mut lt);
        ms.pending.push(Run { base: lo, len: run, power: 0 });
        lo += run;
        remaining -= run;
    }
    // merge_force_collapse
    while ms.pending.len() > 1 {
        let mut i = ms.pending.len() - 2;
        if i > 0 && ms.pending[i - 1].len < ms.pending[i + 1].len {
            i -= 1;
        }
        ms.merge_at(a, i, &mut lt);
    }
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run at the start of `a` (at least 2 items when `a` has them) and whether
/// it is strictly descending.
fn count_run<T, F: FnMut(&T, &T) -> bool>(a: &[T], lt: &mut F) -> (usize, bool) {
    if a.len() == 1 {
        return (1, false);
    }
    let mut n = 2;
    if lt(&a[1], &a[0]) {
        while n < a.len() && lt(&a[n], &a[n - 1]) {
            n += 1;
        }
        (n, true)
    } else {
        while n < a.len() && !lt(&a[n], &a[n - 1]) {
            n += 1;
        }
        (n, false)
    }
}

/// Binary insertion of `a[start..]` into the sorted `a[..start]`.
fn binarysort<T: Copy, F: FnMut(&T, &T) -> bool>(a: &mut [T], mut start: usize, lt: &mut F) {
    if start == 0 {
        start = 1;
    }
    while start < a.len() {
        let pivot = a[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(&pivot, &a[p]) {
                r = p;
            } else {
                l = p + 1;
            }
        }
        a.copy_within(l..start, l + 1);
        a[l] = pivot;
        start += 1;
    }
}

/// Where `key` goes in the sorted `a` left of any equal items; the search starts at `hint`.
fn gallop_left<T, F: FnMut(&T, &T) -> bool>(key: &T, a: &[T], hint: usize, lt: &mut F) -> usize {
    let n = a.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(&a[hint as usize], key) {
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(&a[(hint + ofs) as usize], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    } else {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(&a[(hint - ofs) as usize], key) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(&a[m as usize], key) {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    ofs as usize
}

/// Where `key` goes in the sorted `a` right of any equal items; the search starts at `hint`.
fn gallop_right<T, F: FnMut(&T, &T) -> bool>(key: &T, a: &[T], hint: usize, lt: &mut F) -> usize {
    let n = a.len() as isize;
    let hint = hint as isize;
    let (mut lastofs, mut ofs): (isize, isize) = (0, 1);
    if lt(key, &a[hint as usize]) {
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, &a[(hint - ofs) as usize]) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, &a[(hint + ofs) as usize]) {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint;
        ofs += hint;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if lt(key, &a[m as usize]) {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    ofs as usize
}

struct Merge<T> {
    min_gallop: usize,
    tmp: Vec<T>,
    pending: Vec<Run>,
    /// the list's length (powersort's scale)
    n: usize,
}

impl<T: Copy> Merge<T> {
    /// powersort: merges pending runs whose power exceeds that of the new run's boundary.
    fn found_new_run<F: FnMut(&T, &T) -> bool>(&mut self, a: &mut [T], start: usize, n2: usize, lt: &mut F) {
        let Some(last) = self.pending.last() else { return };
        let power = powerloop(last.base, last.len, n2, self.n);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            let i = self.pending.len() - 2;
            self.merge_at(a, i, lt);
        }
        debug_assert_eq!(self.pending.last().map(|r| r.base + r.len), Some(start));
        if let Some(last) = self.pending.last_mut() {
            last.power = power;
        }
    }

    /// Merges the runs `i` and `i + 1` of the stack.
    fn merge_at<F: FnMut(&T, &T) -> bool>(&mut self, a: &mut [T], i: usize, lt: &mut F) {
        let (base_a, mut na) = (self.pending[i].base, self.pending[i].len);
        let (base_b, nb) = (self.pending[i + 1].base, self.pending[i + 1].len);
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);
        let k = gallop_right(&a[base_b], &a[base_a..base_a + na], 0, lt);
        let base_a = base_a + k;
        na -= k;
        if na == 0 {
            return;
        }
        let nb = gallop_left(&a[base_a + na - 1], &a[base_b..base_b + nb], nb - 1, lt);
        if nb == 0 {
            return;
        }
        if na <= nb {
            self.merge_lo(a, base_a, na, base_b, nb, lt);
        } else {
            self.merge_hi(a, base_a, na, base_b, nb, lt);
        }
    }

    /// Merges `a[pa..pa+na]` with the run right after it, `na <= nb`: the first run goes to
    /// the temporary, the merge fills from the left.
    fn merge_lo<F: FnMut(&T, &T) -> bool>(
        &mut self,
        a: &mut [T],
        pa: usize,
        mut na: usize,
        pb: usize,
        mut nb: usize,
        lt: &mut F,
    ) {
        self.tmp.clear();
        self.tmp.extend_from_slice(&a[pa..pa + na]);
        let tmp = std::mem::take(&mut self.tmp);
        let (mut sa, mut sb, mut dest) = (0usize, pb, pa);
        let mut min_gallop = self.min_gallop;
        a[dest] = a[sb];
        dest += 1;
        sb += 1;
        nb -= 1;
        'done: {
            if nb == 0 {
                break 'done;
            }
            if na == 1 {
                // CopyB
                a.copy_within(sb..sb + nb, dest);
                a[dest + nb] = tmp[sa];
                self.tmp = tmp;
                return;
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if lt(&a[sb], &tmp[sa]) {
                        a[dest] = a[sb];
                        dest += 1;
                        sb += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            break 'done;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        a[dest] = tmp[sa];
                        dest += 1;
                        sa += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            a.copy_within(sb..sb + nb, dest);
                            a[dest + nb] = tmp[sa];
                            self.tmp = tmp;
                            return;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = gallop_right(&a[sb], &tmp[sa..sa + na], 0, lt);
                    acount = k;
                    if k > 0 {
                        a[dest..dest + k].copy_from_slice(&tmp[sa..sa + k]);
                        dest += k;
                        sa += k;
                        na -= k;
                        if na == 1 {
                            a.copy_within(sb..sb + nb, dest);
                            a[dest + nb] = tmp[sa];
                            self.tmp = tmp;
                            return;
                        }
                        if na == 0 {
                            break 'done;
                        }
                    }
                    a[dest] = a[sb];
                    dest += 1;
                    sb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'done;
                    }
                    let k = gallop_left(&tmp[sa], &a[sb..sb + nb], 0, lt);
                    bcount = k;
                    if k > 0 {
                        a.copy_within(sb..sb + k, dest);
                        dest += k;
                        sb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'done;
                        }
                    }
                    a[dest] = tmp[sa];
                    dest += 1;
                    sa += 1;
                    na -= 1;
                    if na == 1 {
                        a.copy_within(sb..sb + nb, dest);
                        a[dest + nb] = tmp[sa];
                        self.tmp = tmp;
                        return;
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        // Succeed: what is left of the first run goes last
        if na > 0 {
            a[dest..dest + na].copy_from_slice(&tmp[sa..sa + na]);
        }
        self.tmp = tmp;
    }

    /// Merges `a[pa..pa+na]` with the run right after it, `na > nb`: the second run goes to
    /// the temporary, the merge fills from the right.
    fn merge_hi<F: FnMut(&T, &T) -> bool>(
        &mut self,
        a: &mut [T],
        pa: usize,
        mut na: usize,
        pb: usize,
        mut nb: usize,
        lt: &mut F,
    ) {
        self.tmp.clear();
        self.tmp.extend_from_slice(&a[pb..pb + nb]);
        let tmp = std::mem::take(&mut self.tmp);
        // indices one past the current item (C's pointers to the current item, plus one), so
        // that "before the first" is 0
        let mut dest = pb + nb; // a[dest - 1] is the next slot filled
        let mut sa = pa + na; // a[sa - 1] is the last item of the first run
        let mut sb = nb; // tmp[sb - 1] is the last item of the second run
        let mut min_gallop = self.min_gallop;
        a[dest - 1] = a[sa - 1];
        dest -= 1;
        sa -= 1;
        na -= 1;
        'done: {
            if na == 0 {
                break 'done;
            }
            if nb == 1 {
                // CopyA
                dest -= na;
                sa -= na;
                a.copy_within(sa..sa + na, dest);
                a[dest - 1] = tmp[sb - 1];
                self.tmp = tmp;
                return;
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if lt(&tmp[sb - 1], &a[sa - 1]) {
                        a[dest - 1] = a[sa - 1];
                        dest -= 1;
                        sa -= 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            break 'done;
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        a[dest - 1] = tmp[sb - 1];
                        dest -= 1;
                        sb -= 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            dest -= na;
                            sa -= na;
                            a.copy_within(sa..sa + na, dest);
                            a[dest - 1] = tmp[sb - 1];
                            self.tmp = tmp;
                            return;
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = na - gallop_right(&tmp[sb - 1], &a[pa..pa + na], na - 1, lt);
                    acount = k;
                    if k > 0 {
                        dest -= k;
                        sa -= k;
                        a.copy_within(sa..sa + k, dest);
                        na -= k;
                        if na == 0 {
                            break 'done;
                        }
                    }
                    a[dest - 1] = tmp[sb - 1];
                    dest -= 1;
                    sb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        dest -= na;
                        sa -= na;
                        a.copy_within(sa..sa + na, dest);
                        a[dest - 1] = tmp[sb - 1];
                        self.tmp = tmp;
                        return;
                    }
                    let k = nb - gallop_left(&a[sa - 1], &tmp[..nb], nb - 1, lt);
                    bcount = k;
                    if k > 0 {
                        dest -= k;
                        sb -= k;
                        a[dest..dest + k].copy_from_slice(&tmp[sb..sb + k]);
                        nb -= k;
                        if nb == 1 {
                            dest -= na;
                            sa -= na;
                            a.copy_within(sa..sa + na, dest);
                            a[dest - 1] = tmp[sb - 1];
                            self.tmp = tmp;
                            return;
                        }
                        if nb == 0 {
                            break 'done;
                        }
                    }
                    a[dest - 1] = a[sa - 1];
                    dest -= 1;
                    sa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'done;
                    }
                    if !(acount >= MIN_GALLOP || bcount >= MIN_GALLOP) {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }
        // Succeed: what is left of the second run goes first
        if nb > 0 {
            a[dest - nb..dest].copy_from_slice(&tmp[..nb]);
        }
        self.tmp = tmp;
    }
}

/// powersort's power of the boundary between the run `s1..s1+n1` and the next `n2` items of
/// a list of `n`: the first bit where the midpoints' binary fractions of `n` differ.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_reverse_like_cpython() {
        // sorted([(1,'a'),(0,'b'),(1,'c')], key=lambda t: t[0], reverse=True) == [(1,'a'),(1,'c'),(0,'b')]
        let items = vec![(1, 'a'), (0, 'b'), (1, 'c')];
        let keys = vec![1, 0, 1];
        assert_eq!(sort_by_keys(items.clone(), keys.clone(), true), vec![(1, 'a'), (1, 'c'), (0, 'b')]);
        assert_eq!(sort_by_keys(items, keys, false), vec![(0, 'b'), (1, 'a'), (1, 'c')]);
        let mut v = vec![3, 1, 2];
        sort(&mut v, true);
        assert_eq!(v, vec![3, 2, 1]);
    }

    fn bits(v: &[f64]) -> Vec<u64> {
        v.iter().map(|x| x.to_bits()).collect()
    }

    #[test]
    fn nan_where_cpython_puts_it() {
        let nan = f64::NAN;
        let mut v = vec![3.0, nan, 1.0, 2.0];
        sort(&mut v, false);
        assert_eq!(bits(&v), bits(&[3.0, nan, 1.0, 2.0]));
        let mut v = vec![nan, 3.0, 1.0, nan, 2.0, 0.0];
        sort(&mut v, false);
        assert_eq!(bits(&v), bits(&[nan, 0.0, 1.0, 2.0, 3.0, nan]));
        let mut v = vec![2.0, nan, 1.0, 0.5, nan, 3.0, -1.0];
        sort(&mut v, true);
        assert_eq!(bits(&v), bits(&[2.0, nan, 1.0, 0.5, nan, 3.0, -1.0]));
        // 300 items: runs, merges and galloping (positions of NaN from CPython 3.11)
        let mut v: Vec<f64> =
            (0..300i64).map(|i| if (i * 37) % 11 == 0 { nan } else { ((i * 7919) % 101) as f64 }).collect();
        sort(&mut v, false);
        let at: Vec<usize> = (0..v.len()).filter(|&i| v[i].is_nan()).collect();
        assert_eq!(
            at,
            [
                0, 31, 34, 37, 65, 71, 75, 77, 107, 112, 113, 141, 145, 151, 164, 187, 188, 189, 225, 226, 227, 251,
                260, 262, 265, 293, 296, 298
            ]
        );
    }
}
