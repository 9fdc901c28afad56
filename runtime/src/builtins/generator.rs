//! Generators: a call of a function with `yield` makes a [`Gen`], whose body runs on a stack
//! of its own (a stackful coroutine, `corosensei`) and is suspended at each `yield`. It runs
//! only as far as its consumer asks, as in Python: a `for` with `break` stops it, an endless
//! generator is fine, an exception inside it comes out of the `next()` that ran into it.
//!
//! A `Gen` is shared like a Python generator object (clones are the same generator); once
//! exhausted or failed it stays exhausted. A generator that is dropped while suspended is
//! unwound (its locals are dropped).
//!
//! `g.send(v)` resumes the body with a value ([`Sent`]: `None` for `next(g)`, else the value
//! boxed; the body's `x = yield v` unboxes it with [`received`] as the one type inference gave
//! the generator's sends). A body that `return`s a value ([`Gen::returning`]) leaves it for
//! `r = yield from g` ([`Gen::take_return`]) and its `str()` as the text of the StopIteration
//! that `next(g)`/`g.send(v)` raise when they run into the end.

use crate::error::{memory_error, Error, Exc, Result};
use crate::support::stack;
use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// What a resumed generator receives: `None` for `next(g)` and `g.send(None)`, else the
/// value of `g.send(v)`, boxed (the generator's body knows its type).
pub type Sent = Option<Box<dyn Any>>;

/// What a generator's body yields through.
pub type Yielder<T> = corosensei::Yielder<Sent, T>;

/// A generator body's `return value`: the value and its `str()` (StopIteration's text).
struct Done {
    value: Box<dyn Any>,
    text: String,
}

type Co<T> = Coroutine<Sent, T, Result<Option<Done>>, DefaultStack>;

/// `g.send(v)`'s argument.
pub fn sent<S: 'static>(v: S) -> Sent {
    Some(Box::new(v))
}

/// `g.send(v)`'s argument, a value that may be None.
pub fn sent_opt<S: 'static>(v: Option<S>) -> Sent {
    v.map(|v| Box::new(v) as Box<dyn Any>)
}

/// `e.value` of a caught exception `e`: the value the generator returned if `e` is the last
/// StopIteration a generator raised (the same text), else None.
pub fn stop_value<R: Clone + 'static>(e: &Error) -> Option<R> {
    if e.class() != Exc::StopIteration {
        return None;
    }
    STOP_VALUE
        .try_with(|s| match &*s.borrow() {
            Some((v, text)) if text == e.message() => v.downcast_ref::<R>().cloned(),
            _ => None,
        })
        .ok()
        .flatten()
}

/// The value of `x = yield v` in a generator sent values of type `S`: None when it was
/// resumed by `next(g)` (or `g.send(None)`).
pub fn received<S: 'static>(s: Sent) -> Result<Option<S>> {
    match s {
        None => Ok(None),
        Some(b) => match b.downcast::<S>() {
            Ok(v) => Ok(Some(*v)),
            Err(_) => Err(Error::Internal("a generator was sent a value of another type than its body reads")),
        },
    }
}

/// The stack of one generator (virtual memory: pages are touched only as it is used).
const STACK_SIZE: usize = 1 << 20;

/// How many generators may be running inside one another (`yield from` a recursive
/// generator): deeper nesting raises RecursionError, as CPython does past its recursion limit
/// (each level holds a stack of its own; this bounds them).
const MAX_NESTING: u32 = 10_000;

/// Stacks of finished generators kept for the next ones (a fresh stack costs system calls
/// and page faults; recursive generators make one per call).
const POOL_MAX: usize = 64;

thread_local! {
    /// The value of the last StopIteration a generator's `next(g)`/`g.send(v)` raised, with
    /// its text (`e.value`: an `Error` holds text only; see [`stop_value`])
    static STOP_VALUE: RefCell<Option<(Box<dyn Any>, String)>> = const { RefCell::new(None) };
    static NESTING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static POOL: RefCell<Vec<DefaultStack>> = const { RefCell::new(Vec::new()) };
}

fn take_stack() -> Result<DefaultStack> {
    match POOL.with(|p| p.borrow_mut().pop()) {
        Some(s) => Ok(s),
        None => DefaultStack::new(STACK_SIZE).map_err(|_| memory_error()),
    }
}

fn give_back<T>(co: Co<T>) {
    if co.done() {
        let stack = co.into_stack();
        // (the pool is gone while the thread exits: the stack is freed then)
        let _ = POOL.try_with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < POOL_MAX {
                p.push(stack);
            }
        });
    }
}

struct State<T> {
    co: Option<Co<T>>,
    /// the stack limit inside the body (see `support::stack`)
    limit: usize,
    /// the value the body returned (for `r = yield from g`)
    returned: Option<Box<dyn Any>>,
    /// its `str()`, for the StopIteration of the `next(g)`/`g.send(v)` that ran into the end
    stop_text: Option<String>,
}

pub struct Gen<T>(Rc<RefCell<State<T>>>);

impl<T> Drop for State<T> {
    /// A generator dropped while suspended is unwound here (its locals dropped) and its stack
    /// kept for the next one.
    fn drop(&mut self) {
        if let Some(mut co) = self.co.take() {
            if co.started() && !co.done() {
                co.force_unwind();
            }
            give_back(co);
        }
    }
}

impl<T> Clone for Gen<T> {
    fn clone(&self) -> Self {
        Gen(self.0.clone())
    }
}

impl<T> Default for Gen<T> {
    /// An exhausted generator (the value of a variable before it is assigned).
    fn default() -> Self {
        Gen(Rc::new(RefCell::new(State { co: None, limit: 0, returned: None, stop_text: None })))
    }
}

impl<T: 'static> Gen<T> {
    /// A generator running `body`; nothing of it runs before the first `next`.
    pub fn new(body: impl FnOnce(&Yielder<T>) -> Result<()> + 'static) -> Result<Gen<T>> {
        Self::start(move |y: &Yielder<T>, _: Sent| body(y).map(|()| None))
    }

    /// A generator whose body returns a value (`return v`): `text` is its `str()`.
    pub fn returning<R: 'static>(
        body: impl FnOnce(&Yielder<T>) -> Result<R> + 'static,
        text: fn(&R) -> Result<String>,
    ) -> Result<Gen<T>> {
        Self::start(move |y: &Yielder<T>, _: Sent| {
            let r = body(y)?;
            Ok(Some(Done { text: text(&r)?, value: Box::new(r) }))
        })
    }

    fn start(body: impl FnOnce(&Yielder<T>, Sent) -> Result<Option<Done>> + 'static) -> Result<Gen<T>> {
        let stack = take_stack()?;
        let limit = stack::limit_for(stack.limit().get(), STACK_SIZE);
        let co = Coroutine::with_stack(stack, body);
        Ok(Gen(Rc::new(RefCell::new(State { co: Some(co), limit, returned: None, stop_text: None }))))
    }
}

impl<T> Gen<T> {
    /// The next item; `None` once the generator is exhausted. An exception raised by the body
    /// comes out here, and the generator is exhausted after it.
    pub fn next_item(&self) -> Result<Option<T>> {
        self.resume(None)
    }

    /// The body resumed with `input` (`yield from` in a generator sent values passes them on
    /// this way): the next item, `None` once exhausted.
    pub fn resume_with(&self, input: Sent) -> Result<Option<T>> {
        self.resume(input)
    }

    /// The body resumed with `input` (the value of the `yield` it is suspended at).
    fn resume(&self, input: Sent) -> Result<Option<T>> {
        let Ok(mut st) = self.0.try_borrow_mut() else {
            return Err(Error::Value("generator already executing"));
        };
        let limit = st.limit;
        let Some(co) = st.co.as_mut() else {
            // (an exhausted generator's StopIteration carries no value)
            st.stop_text = None;
            return Ok(None);
        };
        let depth = NESTING.with(|n| n.get());
        if depth >= MAX_NESTING {
            return Err(crate::error::recursion_error());
        }
        NESTING.with(|n| n.set(depth + 1));
        let saved = stack::replace_limit(limit);
        let r = co.resume(input);
        stack::replace_limit(saved);
        NESTING.with(|n| n.set(depth));
        match r {
            CoroutineResult::Yield(v) => Ok(Some(v)),
            CoroutineResult::Return(done) => {
                if let Some(co) = st.co.take() {
                    give_back(co);
                }
                if let Ok(Some(d)) = &done {
                    st.stop_text = Some(d.text.clone());
                }
                done.map(|d| {
                    st.returned = d.map(|d| d.value);
                    None
                })
            }
        }
    }

    /// The StopIteration of a `next(g)`/`g.send(v)` that found no item: the text of the value
    /// the body returned if this call ran into its end.
    fn stop(&self) -> Error {
        let (text, value) = match self.0.try_borrow_mut() {
            Ok(mut st) => match st.stop_text.take() {
                Some(t) => (Some(t), st.returned.take()),
                None => (None, None),
            },
            Err(_) => (None, None),
        };
        let text = text.unwrap_or_default();
        let _ = STOP_VALUE.try_with(|s| *s.borrow_mut() = value.map(|v| (v, text.clone())));
        Error::raise(Exc::StopIteration, text)
    }

    /// `next(g)`: the next item, or StopIteration.
    pub fn next(&self) -> Result<T> {
        match self.next_item()? {
            Some(v) => Ok(v),
            None => Err(self.stop()),
        }
    }

    /// `g.send(v)`: the body resumed with `v` as the value of its `yield`; the next item, or
    /// StopIteration. A value other than None cannot start a generator (CPython's TypeError).
    pub fn send(&self, v: Sent) -> Result<T> {
        if v.is_some() {
            if let Ok(st) = self.0.try_borrow() {
                if st.co.as_ref().is_some_and(|co| !co.started()) {
                    return Err(Error::Type("can't send non-None value to a just-started generator"));
                }
            }
        }
        match self.resume(v)? {
            Some(v) => Ok(v),
            None => Err(self.stop()),
        }
    }

    /// The value the body returned (`r = yield from g` after the loop over `g`): None when it
    /// returned none (a generator exhausted before, or one that failed).
    pub fn take_return<R: 'static>(&self) -> Result<Option<R>> {
        let v = self.0.try_borrow_mut().ok().and_then(|mut st| st.returned.take());
        match v {
            None => Ok(None),
            Some(b) => match b.downcast::<R>() {
                Ok(v) => Ok(Some(*v)),
                Err(_) => Err(Error::Internal("a generator returned a value of another type than `yield from` reads")),
            },
        }
    }

    /// `next(g, default)`.
    pub fn next_or(&self, default: T) -> Result<T> {
        Ok(self.next_item()?.unwrap_or(default))
    }

    /// Every remaining item (a consumer that takes them all: `list(g)`, `sum(g)`, ...).
    pub fn drain(&self) -> Result<Vec<T>> {
        let mut out = Vec::new();
        while let Some(v) = self.next_item()? {
            // MemoryError when an endless generator outgrows memory, not an abort
            crate::builtins::list::push(&mut out, v)?;
        }
        Ok(out)
    }

    /// The remaining items one by one, as they are asked for; an exception ends them.
    pub fn results(self) -> impl Iterator<Item = Result<T>> {
        let mut done = false;
        std::iter::from_fn(move || {
            if done {
                return None;
            }
            match self.next_item() {
                Ok(Some(v)) => Some(Ok(v)),
                Ok(None) => {
                    done = true;
                    None
                }
                Err(e) => {
                    done = true;
                    Some(Err(e))
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(n: i64) -> Gen<i64> {
        Gen::new(move |y| {
            for k in 0..n {
                y.suspend(k);
            }
            Ok(())
        })
        .unwrap()
    }

    #[test]
    fn yields_lazily_and_stays_exhausted() {
        let g = count(3);
        assert_eq!(g.next_item().unwrap(), Some(0));
        assert_eq!(g.clone().drain().unwrap(), vec![1, 2]);
        assert_eq!(g.next_item().unwrap(), None);
        assert_eq!(g.next().unwrap_err().class(), Exc::StopIteration);
    }

    #[test]
    fn an_exception_ends_the_generator() {
        let g: Gen<i64> = Gen::new(|y| {
            y.suspend(1);
            Err(Error::Value("boom"))
        })
        .unwrap();
        let items: Vec<_> = g.clone().results().collect();
        assert_eq!(items.len(), 2);
        assert!(items[1].is_err());
        assert_eq!(g.next_item().unwrap(), None);
    }

    #[test]
    fn dropping_a_suspended_generator_drops_its_locals() {
        let held = Rc::new(());
        let h = held.clone();
        let g: Gen<i64> = Gen::new(move |y| {
            let _keep = h;
            loop {
                y.suspend(0);
            }
        })
        .unwrap();
        g.next_item().unwrap();
        assert_eq!(Rc::strong_count(&held), 2);
        drop(g);
        assert_eq!(Rc::strong_count(&held), 1);
    }

    #[test]
    fn send_resumes_with_the_value() {
        // def acc(): total = 0; while True: x = yield total; total += x (None: stop)
        let g: Gen<i64> = Gen::returning(
            |y| {
                let mut total = 0;
                loop {
                    match received::<i64>(y.suspend(total))? {
                        Some(x) => total += x,
                        None => return Ok(total),
                    }
                }
            },
            |r| Ok(r.to_string()),
        )
        .unwrap();
        let e = g.send(sent(1i64)).unwrap_err();
        assert_eq!(e.class(), Exc::TypeError);
        assert_eq!(g.send(None).unwrap(), 0);
        assert_eq!(g.send(sent(5i64)).unwrap(), 5);
        assert_eq!(g.send(sent(2i64)).unwrap(), 7);
        let stop = g.next().unwrap_err();
        assert_eq!((stop.class(), stop.message()), (Exc::StopIteration, "7"));
        assert_eq!(stop_value::<i64>(&stop), Some(7));
        // (the value went with the StopIteration)
        assert_eq!(g.take_return::<i64>().unwrap(), None);
        // exhausted: a plain StopIteration
        let stop = g.send(sent(1i64)).unwrap_err();
        assert_eq!((stop.class(), stop.message()), (Exc::StopIteration, ""));
        assert_eq!(stop_value::<i64>(&stop), None);
    }
}
