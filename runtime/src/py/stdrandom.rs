//! The `random` module of the standard library in compiled code: every call is a call of
//! CPython's own `random` functions (the GIL taken for it), so compiled code draws from the
//! same global generator, in the same order, as the `.py` does — `random.seed(1)` before or
//! inside the call gives the same numbers, and the state after the call is the same.
//! `shuffle` and `choice` run here, with CPython's algorithm over `random._inst._randbelow`.

use crate::builtins::list::List;
use crate::error::{Error, Result};
use crate::py::error_of as error;
use pyo3::prelude::*;

/// `random.name(*args)` with float arguments, its result as a float.
fn call_f(name: &str, args: &[f64]) -> Result<f64> {
    Python::attach(|py| {
        let args = pyo3::types::PyTuple::new(py, args).map_err(|e| error(py, e))?;
        py.import("random")
            .and_then(|m| m.getattr(name))
            .and_then(|f| f.call1(args))
            .and_then(|v| v.extract::<f64>())
            .map_err(|e| error(py, e))
    })
}

/// `random.name(*args)` with int arguments, its result as an int (None as 0).
fn call_i(name: &str, args: &[i64]) -> Result<i64> {
    Python::attach(|py| {
        let args = pyo3::types::PyTuple::new(py, args).map_err(|e| error(py, e))?;
        let v =
            py.import("random").and_then(|m| m.getattr(name)).and_then(|f| f.call1(args)).map_err(|e| error(py, e))?;
        if v.is_none() {
            return Ok(0);
        }
        v.extract::<i64>().map_err(|e| error(py, e))
    })
}

pub fn random() -> Result<f64> {
    call_f("random", &[])
}

pub fn uniform(a: f64, b: f64) -> Result<f64> {
    call_f("uniform", &[a, b])
}

pub fn gauss(mu: f64, sigma: f64) -> Result<f64> {
    call_f("gauss", &[mu, sigma])
}

pub fn normalvariate(mu: f64, sigma: f64) -> Result<f64> {
    call_f("normalvariate", &[mu, sigma])
}

pub fn expovariate(lambd: f64) -> Result<f64> {
    call_f("expovariate", &[lambd])
}

pub fn randint(a: i64, b: i64) -> Result<i64> {
    call_i("randint", &[a, b])
}

pub fn randrange(start: i64, stop: i64, step: i64) -> Result<i64> {
    call_i("randrange", &[start, stop, step])
}

pub fn randrange1(stop: i64) -> Result<i64> {
    call_i("randrange", &[stop])
}

pub fn getrandbits(k: i64) -> Result<i64> {
    if !(0..=63).contains(&k) {
        return Err(Error::Overflow("getrandbits(): more than 63 bits do not fit in a 64-bit int".to_string()));
    }
    call_i("getrandbits", &[k])
}

pub fn seed(x: i64) -> Result<()> {
    call_i("seed", &[x]).map(|_| ())
}

/// `random.seed()`: from the operating system's randomness
pub fn seed_none() -> Result<()> {
    call_i("seed", &[]).map(|_| ())
}

/// `random.shuffle(x)`: CPython's loop, its draws from `random._inst._randbelow`.
pub fn shuffle<T: Clone>(x: &List<T>) -> Result<()> {
    Python::attach(|py| -> Result<()> {
        let below = py
            .import("random")
            .and_then(|m| m.getattr("_inst"))
            .and_then(|i| i.getattr("_randbelow"))
            .map_err(|e| error(py, e))?;
        let mut i = x.len() - 1;
        while i >= 1 {
            let j: i64 = below.call1((i + 1,)).and_then(|v| v.extract()).map_err(|e| error(py, e))?;
            let (a, b) = (x.get(i)?, x.get(j)?);
            x.set(i, b)?;
            x.set(j, a)?;
            i -= 1;
        }
        Ok(())
    })
}

/// `random.sample(population, k)`: CPython's own `sample` of `range(len(population))` draws
/// the positions (the same calls of the generator as sampling the list itself), then the items
/// at them are taken.
pub fn sample<T: Clone>(population: &List<T>, k: i64) -> Result<List<T>> {
    let n = population.len();
    let picks: Vec<i64> = Python::attach(|py| {
        let range = py.eval(c"range", None, None).and_then(|r| r.call1((n,)));
        range
            .and_then(|r| py.import("random").and_then(|m| m.getattr("sample")).and_then(|f| f.call1((r, k))))
            .and_then(|v| v.extract())
            .map_err(|e| error(py, e))
    })?;
    let items = picks.into_iter().map(|j| population.get(j)).collect::<Result<Vec<T>>>()?;
    Ok(List::from_vec(items))
}

/// `random.choice(seq)`
pub fn choice<T: Clone>(seq: &List<T>) -> Result<T> {
    if seq.is_empty() {
        return Err(Error::Index("Cannot choose from an empty sequence".to_string()));
    }
    let j: i64 = Python::attach(|py| {
        py.import("random")
            .and_then(|m| m.getattr("_inst"))
            .and_then(|i| i.getattr("_randbelow"))
            .and_then(|f| f.call1((seq.len(),)))
            .and_then(|v| v.extract())
            .map_err(|e| error(py, e))
    })?;
    seq.get(j)
}
