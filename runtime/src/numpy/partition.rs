//! `np.partition` / `np.argpartition`: each lane along `axis` rearranged so that the
//! element at every `kth` position is the one a sort would put there, nothing greater before
//! it and nothing smaller after it (NaN last, as numpy's sort). numpy leaves the order of the
//! other elements to its selection algorithm (introselect, or x86-simd-sort's on CPUs it
//! dispatches to), so only the partition property and the `kth` values are numpy's; the
//! order inside the parts is this module's (documented in README's deviations).

use super::axis::axis_index;
use super::element::Element;
use super::ndarray::NdArray;
use super::shape::Sortable;
use super::sorting::each_lane;
use crate::error::{Error, Result};

/// numpy's `kth` checks for a lane of `n` elements: negative positions count from the end,
/// every one must then lie in `0..n` (numpy's text names the position after adding `n`);
/// the positions sorted, as numpy partitions around them in increasing order.
pub fn kth_positions(kth: &[i64], n: usize) -> Result<Vec<usize>> {
    let mut out = Vec::with_capacity(kth.len());
    for &k in kth {
        let k = if k < 0 { k + n as i64 } else { k };
        if k < 0 || k >= n as i64 {
            return Err(Error::Value(format!("kth(={k}) out of bounds ({n})")));
        }
        out.push(k as usize);
    }
    out.sort_unstable();
    out.dedup();
    Ok(out)
}

/// numpy refuses booleans as `kth` (a ValueError, not a TypeError).
#[cold]
pub fn bool_kth() -> Result<Vec<i64>> {
    Err(Error::Value("Booleans unacceptable as partition index"))
}

/// The axis a partition works along, and the lane length; `None` for an array of no
/// elements (numpy returns it without looking at `kth`).
fn lane_axis<T: Element, const D: usize>(a: &NdArray<T, D>, axis: i64) -> Result<Option<(usize, usize)>> {
    if D == 0 {
        return Err(Error::Axis(format!("axis {axis} is out of bounds for array of dimension 0")));
    }
    let ax = axis_index(axis, D)?;
    let shape = a.shape();
    if shape.contains(&0) {
        return Ok(None);
    }
    Ok(Some((ax, shape[ax])))
}

/// Rearranges `ix` (positions into a lane) so that every position of `kth` (sorted) holds
/// the position a sort by `cmp` would put there, with the partition property around it.
fn select<I>(ix: &mut [I], kth: &[usize], mut cmp: impl FnMut(&I, &I) -> std::cmp::Ordering) {
    let mut start = 0;
    for &k in kth {
        ix[start..].select_nth_unstable_by(k - start, &mut cmp);
        start = k + 1;
    }
}

/// `np.partition(a, kth, axis)`: a partitioned copy.
pub fn partition<T: Element, const D: usize>(a: &NdArray<T, D>, kth: &[i64], axis: i64) -> Result<NdArray<T, D>>
where
    T::Value: Sortable,
{
    let out = a.copy();
    let Some((ax, n)) = lane_axis(a, axis)? else { return Ok(out) };
    let kth = kth_positions(kth, n)?;
    each_lane(a, ax, &out, |mut v| {
        select(&mut v, &kth, T::Value::cmp_np);
        v
    });
    Ok(out)
}

/// `np.argpartition(a, kth, axis)`: the positions that partition each lane.
pub fn argpartition<T: Element, const D: usize>(a: &NdArray<T, D>, kth: &[i64], axis: i64) -> Result<NdArray<i64, D>>
where
    T::Value: Sortable,
{
    let out: NdArray<i64, D> = NdArray::full(a.shape(), 0);
    let Some((ax, n)) = lane_axis(a, axis)? else { return Ok(out) };
    let kth = kth_positions(kth, n)?;
    each_lane(a, ax, &out, |v| {
        let mut ix: Vec<usize> = (0..v.len()).collect();
        select(&mut ix, &kth, |&i, &j| T::Value::cmp_np(&v[i], &v[j]));
        ix.into_iter().map(|i| i as i64).collect()
    });
    Ok(out)
}

/// `a.partition(kth, axis)`: `a` partitioned in place (numpy checks that it may write
/// first, with its own text); returns None.
pub fn partition_inplace<T: Element, const D: usize>(a: &NdArray<T, D>, kth: &[i64], axis: i64) -> Result<()>
where
    T::Value: Sortable,
{
    if a.check_writeable().is_err() {
        return Err(Error::Value("partition array is read-only"));
    }
    let Some((ax, n)) = lane_axis(a, axis)? else { return Ok(()) };
    let kth = kth_positions(kth, n)?;
    each_lane(a, ax, a, |mut v| {
        select(&mut v, &kth, T::Value::cmp_np);
        v
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kth_checks() {
        assert_eq!(kth_positions(&[-1, 2, 2], 4).unwrap(), vec![2, 3]);
        assert_eq!(kth_positions(&[-9], 8).unwrap_err().message(), "kth(=-1) out of bounds (8)");
        assert_eq!(kth_positions(&[9], 8).unwrap_err().message(), "kth(=9) out of bounds (8)");
    }

    #[test]
    fn partition_property() {
        let v = vec![5.0, 3.0, f64::NAN, 1.0, 4.0, 2.0, 9.0, 0.0, 7.0];
        let a: NdArray<f64, 1> = NdArray::from_vec([v.len()], v.clone());
        let p = partition(&a, &[2, 6], -1).unwrap().to_vec();
        let mut s = v.clone();
        s.sort_by(f64::cmp_np);
        for &k in &[2usize, 6] {
            assert_eq!(p[k].to_bits(), s[k].to_bits());
            assert!(p[..k].iter().all(|x| f64::cmp_np(x, &p[k]).is_le()));
            assert!(p[k + 1..].iter().all(|x| f64::cmp_np(x, &p[k]).is_ge()));
        }
        assert!(p[8].is_nan());
    }
}
