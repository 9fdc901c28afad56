//! `np.einsum` of one or two operands with explicit or implicit output subscripts (no `...`):
//! every output element the sum, in increasing order of the summed labels, of the products of
//! the operands' elements the labels select (repeated labels in one operand: its diagonal).
//! The same values as numpy's within rounding: numpy's inner loops sum some spellings
//! (`'i,i->'`, `'ij,j->i'`) with several accumulators.

use super::axis::Num;
use super::ndarray::NdArray;
use crate::error::{Error, Result};

/// One operand: its subscripts, shape, and how to read the element at a multi-index.
struct Operand<'a, T> {
    labels: &'a [u8],
    shape: &'a [usize],
    read: &'a dyn Fn(&[usize]) -> T,
}

/// The sizes of the distinct labels (in order of first appearance) and the output's positions
/// among them, with numpy's ValueErrors for shapes that disagree.
fn plan<T>(ops: &[Operand<'_, T>], out: &[u8]) -> Result<(Vec<u8>, Vec<usize>, Vec<usize>)> {
    let mut labels: Vec<u8> = Vec::new();
    let mut sizes: Vec<usize> = Vec::new();
    for op in ops {
        if op.labels.len() != op.shape.len() {
            return Err(Error::Value(format!(
                "einstein sum subscripts string contains too many subscripts for operand {}",
                op.labels.len()
            )));
        }
        for (&l, &n) in op.labels.iter().zip(op.shape) {
            match labels.iter().position(|&x| x == l) {
                Some(k) => {
                    // size-1 axes broadcast
                    if sizes[k] == 1 {
                        sizes[k] = n;
                    } else if n != 1 && n != sizes[k] {
                        return Err(Error::Value(format!(
                            "operands could not be broadcast together with remapped shapes: label '{}' has sizes {} and {n}",
                            l as char, sizes[k]
                        )));
                    }
                }
                None => {
                    labels.push(l);
                    sizes.push(n);
                }
            }
        }
    }
    let mut pos = Vec::new();
    for &l in out {
        match labels.iter().position(|&x| x == l) {
            Some(k) => pos.push(k),
            None => {
                return Err(Error::Value(format!(
                    "einstein sum subscripts string included output subscript '{}' which never appeared in an input",
                    l as char
                )))
            }
        }
    }
    Ok((labels, sizes, pos))
}

fn run<T: Num<Acc = T> + Copy, const R: usize>(
    ops: &[Operand<'_, T>],
    out: &str,
    mul: &dyn Fn(T, T) -> T,
) -> Result<(Vec<T>, [usize; R])> {
    let out = out.as_bytes();
    let (labels, sizes, pos) = plan(ops, out)?;
    let mut shape = [0usize; R];
    for (k, &p) in pos.iter().enumerate().take(R) {
        shape[k] = sizes[p];
    }
    let summed: Vec<usize> = (0..labels.len()).filter(|k| !pos.contains(k)).collect();
    // each operand axis: the label it reads, or none (a broadcast axis of length 1)
    let axes: Vec<Vec<Option<usize>>> = ops
        .iter()
        .map(|op| {
            op.labels
                .iter()
                .zip(op.shape)
                .map(|(l, &n)| {
                    let k = labels.iter().position(|x| x == l).expect("planned");
                    (n == sizes[k] && n != 1).then_some(k)
                })
                .collect()
        })
        .collect();
    let total: usize = shape.iter().product();
    let inner: usize = summed.iter().map(|&k| sizes[k]).product();
    let mut vals = Vec::new();
    vals.try_reserve(total).map_err(|_| crate::error::memory_error())?;
    let mut idx = vec![0usize; labels.len()];
    let mut bufs: Vec<Vec<usize>> = ops.iter().map(|op| vec![0usize; op.shape.len()]).collect();
    for o in 0..total {
        let mut rest = o;
        for k in (0..R).rev() {
            idx[pos[k]] = rest % shape[k];
            rest /= shape[k];
        }
        let mut acc = T::zero();
        for s in 0..inner {
            let mut rest = s;
            for &k in summed.iter().rev() {
                idx[k] = rest % sizes[k];
                rest /= sizes[k];
            }
            let mut term: Option<T> = None;
            for ((op, ax), buf) in ops.iter().zip(&axes).zip(bufs.iter_mut()) {
                for (b, a) in buf.iter_mut().zip(ax) {
                    *b = a.map(|k| idx[k]).unwrap_or(0);
                }
                let v = (op.read)(buf);
                term = Some(match term {
                    None => v,
                    Some(t) => mul(t, v),
                });
            }
            acc = T::add(acc, term.expect("one operand at least"));
        }
        vals.push(acc);
    }
    Ok((vals, shape))
}

fn reader<T: Num + Copy, const A: usize>(a: &NdArray<T, A>) -> impl Fn(&[usize]) -> T + '_ {
    move |ix: &[usize]| {
        let mut i = [0usize; A];
        i.copy_from_slice(ix);
        // SAFETY: every index is below its axis' length (`plan` took the sizes from the shapes)
        unsafe { a.at(i) }
    }
}

/// `np.einsum("la->out", a)` giving an array.
pub fn einsum1<T: Num<Acc = T> + Copy, const A: usize, const R: usize>(
    la: &str,
    a: &NdArray<T, A>,
    out: &str,
) -> Result<NdArray<T, R>> {
    let (sa, ra) = (a.shape(), reader(a));
    let ops = [Operand { labels: la.as_bytes(), shape: &sa, read: &ra }];
    let (vals, shape) = run::<T, R>(&ops, out, &|x, _| x)?;
    Ok(NdArray::from_vec(shape, vals))
}

/// `np.einsum("la,lb->out", a, b)` giving an array.
pub fn einsum2<T: Num<Acc = T> + Copy, const A: usize, const B: usize, const R: usize>(
    la: &str,
    a: &NdArray<T, A>,
    lb: &str,
    b: &NdArray<T, B>,
    out: &str,
    mul: impl Fn(T, T) -> T,
) -> Result<NdArray<T, R>> {
    let (sa, ra, sb, rb) = (a.shape(), reader(a), b.shape(), reader(b));
    let ops = [
        Operand { labels: la.as_bytes(), shape: &sa, read: &ra },
        Operand { labels: lb.as_bytes(), shape: &sb, read: &rb },
    ];
    let (vals, shape) = run::<T, R>(&ops, out, &mul)?;
    Ok(NdArray::from_vec(shape, vals))
}

/// `np.einsum("la->", a)`: a number.
pub fn einsum1_scalar<T: Num<Acc = T> + Copy, const A: usize>(la: &str, a: &NdArray<T, A>) -> Result<T> {
    let (sa, ra) = (a.shape(), reader(a));
    let ops = [Operand { labels: la.as_bytes(), shape: &sa, read: &ra }];
    Ok(run::<T, 0>(&ops, "", &|x, _| x)?.0[0])
}

/// `np.einsum("la,lb->", a, b)`: a number.
pub fn einsum2_scalar<T: Num<Acc = T> + Copy, const A: usize, const B: usize>(
    la: &str,
    a: &NdArray<T, A>,
    lb: &str,
    b: &NdArray<T, B>,
    mul: impl Fn(T, T) -> T,
) -> Result<T> {
    let (sa, ra, sb, rb) = (a.shape(), reader(a), b.shape(), reader(b));
    let ops = [
        Operand { labels: la.as_bytes(), shape: &sa, read: &ra },
        Operand { labels: lb.as_bytes(), shape: &sb, read: &rb },
    ];
    Ok(run::<T, 0>(&ops, "", &mul)?.0[0])
}
