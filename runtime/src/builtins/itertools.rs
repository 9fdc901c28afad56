//! `itertools`: the index patterns of `combinations`, `permutations` and
//! `combinations_with_replacement` in CPython's order (generated code maps them to tuples of
//! items), and the endless or lazy ones as generators (`count`, `repeat`, `cycle`, `islice`).

use super::generator::Gen;
use crate::error::{Error, Result};

/// The index tuples of `combinations(range(n), r)`, in CPython's (lexicographic) order.
pub fn combinations(n: usize, r: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    if r > n {
        return out;
    }
    let mut idx: Vec<usize> = (0..r).collect();
    loop {
        out.push(idx.clone());
        // the rightmost index that can still move right
        let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else { return out };
        idx[i] += 1;
        for j in i + 1..r {
            idx[j] = idx[j - 1] + 1;
        }
    }
}

/// The index tuples of `combinations_with_replacement(range(n), r)`.
pub fn combinations_with_replacement(n: usize, r: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    if n == 0 && r > 0 {
        return out;
    }
    let mut idx = vec![0usize; r];
    loop {
        out.push(idx.clone());
        let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else { return out };
        let v = idx[i] + 1;
        for x in &mut idx[i..] {
            *x = v;
        }
    }
}

/// The index tuples of `permutations(range(n), r)`, in CPython's order.
pub fn permutations(n: usize, r: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    if r > n {
        return out;
    }
    // CPython's algorithm: a pool of indices and cycles
    let mut indices: Vec<usize> = (0..n).collect();
    let mut cycles: Vec<usize> = (n - r + 1..=n).rev().collect();
    out.push(indices[..r].to_vec());
    if n == 0 {
        return out;
    }
    'outer: loop {
        for i in (0..r).rev() {
            cycles[i] -= 1;
            if cycles[i] == 0 {
                let moved = indices.remove(i);
                indices.push(moved);
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                indices.swap(i, n - j);
                out.push(indices[..r].to_vec());
                continue 'outer;
            }
        }
        return out;
    }
}

/// `r` of `combinations`/`permutations`: a negative one is CPython's ValueError.
pub fn length(r: i64) -> Result<usize> {
    usize::try_from(r).map_err(|_| Error::Value("r must be non-negative"))
}

/// `itertools.count(start, step)`.
pub fn count<T: Copy + std::ops::Add<Output = T> + 'static>(start: T, step: T) -> Result<Gen<T>> {
    Gen::new(move |y| {
        let mut k = start;
        loop {
            y.suspend(k);
            k = k + step;
        }
    })
}

/// `itertools.repeat(x)` (endless).
pub fn repeat<T: Clone + 'static>(x: T) -> Result<Gen<T>> {
    Gen::new(move |y| loop {
        y.suspend(x.clone());
    })
}

/// `itertools.cycle(items)` with the items of the iterable taken first.
pub fn cycle<T: Clone + 'static>(items: Vec<T>) -> Result<Gen<T>> {
    Gen::new(move |y| {
        if items.is_empty() {
            return Ok(());
        }
        loop {
            for x in &items {
                y.suspend(x.clone());
            }
        }
    })
}

/// `itertools.islice(g, start, stop, step)` of a generator: drawn from it as asked.
pub fn islice<T: 'static>(g: Gen<T>, start: i64, stop: Option<i64>, step: i64) -> Result<Gen<T>> {
    if start < 0 || stop.is_some_and(|s| s < 0) {
        return Err(Error::Value("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."));
    }
    if step <= 0 {
        return Err(Error::Value("Step for islice() must be a positive integer or None."));
    }
    Gen::new(move |y| {
        let mut next = start;
        let mut k = 0i64;
        loop {
            if stop.is_some_and(|s| next >= s) {
                return Ok(());
            }
            let Some(v) = g.next_item()? else { return Ok(()) };
            if k == next {
                y.suspend(v);
                next += step;
            }
            k += 1;
        }
    })
}

/// `itertools.islice(items, start, stop, step)` of an iterable that is not a generator.
pub fn islice_items<T>(items: impl Iterator<Item = T>, start: i64, stop: Option<i64>, step: i64) -> Result<Vec<T>> {
    if start < 0 || stop.is_some_and(|s| s < 0) {
        return Err(Error::Value("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."));
    }
    if step <= 0 {
        return Err(Error::Value("Step for islice() must be a positive integer or None."));
    }
    let take = stop.map(|s| (s - start).max(0) as usize).unwrap_or(usize::MAX);
    Ok(items.skip(start as usize).take(take).step_by(step as usize).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_are_cpythons() {
        assert_eq!(combinations(4, 2), vec![vec![0, 1], vec![0, 2], vec![0, 3], vec![1, 2], vec![1, 3], vec![2, 3]]);
        assert_eq!(combinations(2, 3), Vec::<Vec<usize>>::new());
        assert_eq!(combinations(3, 0), vec![Vec::<usize>::new()]);
        assert_eq!(permutations(3, 2), vec![vec![0, 1], vec![0, 2], vec![1, 0], vec![1, 2], vec![2, 0], vec![2, 1]]);
        assert_eq!(permutations(3, 3)[..3], [vec![0, 1, 2], vec![0, 2, 1], vec![1, 0, 2]]);
        assert_eq!(combinations_with_replacement(2, 2), vec![vec![0, 0], vec![0, 1], vec![1, 1]]);
        assert_eq!(permutations(0, 0), vec![Vec::<usize>::new()]);
    }
}
