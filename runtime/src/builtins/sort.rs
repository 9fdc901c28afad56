//! `sorted(v)`, `v.sort()` and `sorted(v, key=f)` as CPython sorts: stable, ordered by `<`
//! alone (items neither less nor greater, NaN included, keep their order).

/// Python's ordering from `<` alone (what `list.sort` uses): incomparable items (NaN) are
/// "not less" either way.
fn py_cmp<T: PartialOrd>(a: &T, b: &T) -> std::cmp::Ordering {
    if a < b {
        std::cmp::Ordering::Less
    } else if b < a {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}

/// `sorted(v)` / `v.sort()`: stable; `reverse` keeps equal items in their original order, as
/// CPython does (reverse, sort, reverse).
pub fn sort<T: PartialOrd>(v: &mut [T], reverse: bool) {
    if reverse {
        // CPython: reverse, sort ascending (stable), reverse — equal items keep their order
        v.reverse();
        v.sort_by(py_cmp);
        v.reverse();
    } else {
        v.sort_by(py_cmp);
    }
}

/// `sorted(v, key=f)`: the keys computed once per item (`keys[i]` for `items[i]`).
pub fn sort_by_keys<T, K: PartialOrd>(items: Vec<T>, keys: Vec<K>, reverse: bool) -> Vec<T> {
    let mut idx: Vec<usize> = (0..items.len()).collect();
    idx.sort_by(|a, b| py_cmp(&keys[*a], &keys[*b]));
    if reverse {
        // as CPython: reverse, stable sort, reverse
        idx.reverse();
        idx.sort_by(|a, b| py_cmp(&keys[*a], &keys[*b]));
        idx.reverse();
    }
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    idx.into_iter().map(|i| slots[i].take().expect("each index once")).collect()
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
}
