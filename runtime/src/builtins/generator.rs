//! Generators: a call of a function with `yield` makes a [`Gen`], whose body runs on a stack
//! of its own (a stackful coroutine, `corosensei`) and is suspended at each `yield`. It runs
//! only as far as its consumer asks, as in Python: a `for` with `break` stops it, an endless
//! generator is fine, an exception inside it comes out of the `next()` that ran into it.
//!
//! A `Gen` is shared like a Python generator object (clones are the same generator); once
//! exhausted or failed it stays exhausted. A generator that is dropped while suspended is
//! unwound (its locals are dropped).

use crate::error::{memory_error, Error, Exc, Result};
use crate::support::stack;
use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult};
use std::cell::RefCell;
use std::rc::Rc;

/// What a generator's body yields through.
pub type Yielder<T> = corosensei::Yielder<(), T>;

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
    static NESTING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static POOL: RefCell<Vec<DefaultStack>> = const { RefCell::new(Vec::new()) };
}

fn take_stack() -> Result<DefaultStack> {
    match POOL.with(|p| p.borrow_mut().pop()) {
        Some(s) => Ok(s),
        None => DefaultStack::new(STACK_SIZE).map_err(|_| memory_error()),
    }
}

fn give_back<T>(co: Coroutine<(), T, Result<()>, DefaultStack>) {
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
    co: Option<Coroutine<(), T, Result<()>, DefaultStack>>,
    /// the stack limit inside the body (see `support::stack`)
    limit: usize,
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
        Gen(Rc::new(RefCell::new(State { co: None, limit: 0 })))
    }
}

impl<T: 'static> Gen<T> {
    /// A generator running `body`; nothing of it runs before the first `next`.
    pub fn new(body: impl FnOnce(&Yielder<T>) -> Result<()> + 'static) -> Result<Gen<T>> {
        let stack = take_stack()?;
        let limit = stack::limit_for(stack.limit().get(), STACK_SIZE);
        let co = Coroutine::with_stack(stack, move |y: &Yielder<T>, ()| body(y));
        Ok(Gen(Rc::new(RefCell::new(State { co: Some(co), limit }))))
    }
}

impl<T> Gen<T> {
    /// The next item; `None` once the generator is exhausted. An exception raised by the body
    /// comes out here, and the generator is exhausted after it.
    pub fn next_item(&self) -> Result<Option<T>> {
        let Ok(mut st) = self.0.try_borrow_mut() else {
            return Err(Error::Value("generator already executing"));
        };
        let limit = st.limit;
        let Some(co) = st.co.as_mut() else { return Ok(None) };
        let depth = NESTING.with(|n| n.get());
        if depth >= MAX_NESTING {
            return Err(crate::error::recursion_error());
        }
        NESTING.with(|n| n.set(depth + 1));
        let saved = stack::replace_limit(limit);
        let r = co.resume(());
        stack::replace_limit(saved);
        NESTING.with(|n| n.set(depth));
        match r {
            CoroutineResult::Yield(v) => Ok(Some(v)),
            CoroutineResult::Return(done) => {
                if let Some(co) = st.co.take() {
                    give_back(co);
                }
                done.map(|()| None)
            }
        }
    }

    /// `next(g)`: the next item, or StopIteration.
    pub fn next(&self) -> Result<T> {
        self.next_item()?.ok_or_else(|| Error::raise(Exc::StopIteration, ""))
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
}
