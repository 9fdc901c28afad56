//! [`NdArray`]: a numpy array inside compiled code — an argument shared with the Python
//! caller (never copied), an array created by compiled code, or a view of either.
//!
//! Aliasing strategy: Python lets the same array arrive as two arguments (`f(a, a)`) and lets
//! views overlap, so compiled code never forms Rust references (`&`/`&mut`) into array memory.
//! An `NdArray` is a raw pointer, a shape and byte strides; every element access is one
//! `ptr::read`/`ptr::write` through it, which is sound under any aliasing, exactly like a C or
//! Cython memoryview access. rust-numpy's borrow tracking (which refuses `f(a, a)`) is not used.
//!
//! Lifetime: the memory belongs to the array's [`Base`]: a numpy array argument (alive for the
//! whole call: the caller holds it) or a buffer allocated by compiled code (reference-counted
//! by every view of it). Cloning an `NdArray` makes another view of the same memory.

use super::element::Element;
use crate::builtins::slice::slice_indices;
use crate::error::{Error, Result};
use std::marker::PhantomData;
use std::sync::Arc;

/// Memory allocated by compiled code: `len` elements, freed when the last view goes.
///
/// The memory is a `[MaybeUninit<S>]` allocation, freed as one: a buffer may hold elements not
/// written yet (an [`NdArray::uninit`] until its loop has run) without a `[S]` of uninitialised
/// values ever existing. Its elements are read (as `S`) only once written, or given arbitrary
/// values without a write ([`NdArray::empty`], see `assume_written`).
///
/// A buffer of at most [`INLINE_BYTES`] bytes (`np.array([x, y])`, a 3-vector, a 2×2 matrix)
/// keeps its elements in the buffer value itself (`ptr` null): in an array that is inside the
/// `Arc` the array holds, so a small array is one allocation, not two (a loop over small
/// vectors paid a malloc and a free for each). The address of such elements is the buffer's
/// own: it is taken (`as_ptr`) only where the buffer stays put (in its `Arc`); a buffer moved
/// by value carries its elements along.
pub struct Buffer<S> {
    ptr: *mut S,
    len: usize,
    inline: std::cell::UnsafeCell<std::mem::MaybeUninit<InlineBytes>>,
}

/// The in-value storage of a small buffer: 64 bytes, aligned for any element storage.
#[repr(C, align(16))]
struct InlineBytes([u8; INLINE_BYTES]);

/// Buffers of at most this many bytes are stored in the buffer value (see [`Buffer`]).
pub const INLINE_BYTES: usize = 64;

impl<S> Buffer<S> {
    fn from_vec(v: Vec<S>) -> Buffer<S> {
        let mut v = std::mem::ManuallyDrop::new(v.into_boxed_slice());
        Buffer::heap(v.as_mut_ptr(), v.len())
    }

    #[inline(always)]
    fn heap(ptr: *mut S, len: usize) -> Buffer<S> {
        Buffer { ptr, len, inline: std::cell::UnsafeCell::new(std::mem::MaybeUninit::uninit()) }
    }

    /// `len` elements in the buffer value when they fit (`len > 0`, at most [`INLINE_BYTES`]
    /// bytes), not initialised.
    #[inline(always)]
    fn small(len: usize) -> Option<Buffer<S>> {
        let fits = len > 0
            && std::mem::align_of::<S>() <= std::mem::align_of::<InlineBytes>()
            && len.checked_mul(std::mem::size_of::<S>()).is_some_and(|b| b <= INLINE_BYTES);
        fits.then(|| Buffer {
            ptr: std::ptr::null_mut(),
            len,
            inline: std::cell::UnsafeCell::new(std::mem::MaybeUninit::uninit()),
        })
    }

    /// `K` elements, written in order; one allocation with the array's `Arc` when they fit
    /// in the buffer value.
    fn from_array<const K: usize>(items: [S; K]) -> Buffer<S> {
        let b = Buffer::new_uninit(K);
        // SAFETY: the buffer has room for `K` elements of `S`; `items` is moved in
        unsafe { std::ptr::write(b.as_ptr() as *mut [S; K], items) };
        b
    }

    /// `len` elements, not initialised (one allocation, nothing written).
    fn new_uninit(len: usize) -> Buffer<S> {
        Self::allocate(len, false)
    }

    /// `len` elements of all-zero bytes, from the allocator (`calloc`: a large buffer is fresh
    /// pages the kernel zeroes as they are first touched, not a pass of stores).
    fn new_zeroed(len: usize) -> Buffer<S> {
        Self::allocate(len, true)
    }

    /// The allocation of a boxed `[MaybeUninit<S>]` of `len` (what `Drop` frees), large ones
    /// advised as huge pages before anything touches them (numpy's `madvise(MADV_HUGEPAGE)` for
    /// arrays of 4 MiB or more: 512× fewer page faults on fresh memory where transparent huge
    /// pages are on `madvise`).
    fn allocate(len: usize, zeroed: bool) -> Buffer<S> {
        use std::alloc::{alloc, alloc_zeroed, handle_alloc_error, Layout};
        if let Some(b) = Self::small(len) {
            if zeroed {
                // SAFETY: the buffer value's own storage, `len` elements fit
                unsafe { std::ptr::write_bytes(b.as_ptr() as *mut u8, 0, len * std::mem::size_of::<S>()) };
            }
            return b;
        }
        let layout = Layout::array::<S>(len).unwrap_or_else(|_| handle_alloc_error(Layout::new::<S>()));
        if layout.size() == 0 {
            let b: Box<[std::mem::MaybeUninit<S>]> = Box::new_uninit_slice(len);
            return Buffer::heap(Box::into_raw(b) as *mut S, len);
        }
        if let Some(p) = crate::support::bufcache::take(layout) {
            if zeroed {
                // SAFETY: a cached block of this layout, nothing else uses it
                unsafe { std::ptr::write_bytes(p, 0, layout.size()) };
            }
            return Buffer::heap(p as *mut S, len);
        }
        // SAFETY: a layout of non-zero size; freed as the boxed slice of the same layout (`Drop`)
        let p = unsafe {
            if zeroed {
                alloc_zeroed(layout)
            } else {
                alloc(layout)
            }
        };
        if p.is_null() {
            handle_alloc_error(layout);
        }
        advise_huge_pages(p, layout.size());
        Buffer::heap(p as *mut S, len)
    }

    /// `len` elements, not initialised, or `None` when the allocation fails (the caller raises
    /// MemoryError instead of aborting the process).
    fn try_new_uninit(len: usize) -> Option<Buffer<S>>
    where
        S: Copy,
    {
        let layout = std::alloc::Layout::array::<S>(len).ok()?;
        if layout.size() == 0 {
            return Some(Buffer::new_uninit(len));
        }
        if let Some(b) = Self::small(len) {
            return Some(b);
        }
        if let Some(p) = crate::support::bufcache::take(layout) {
            return Some(Buffer::heap(p as *mut S, len));
        }
        if layout.size() >= 64 << 20 {
            // beyond glibc's largest mmap threshold: fresh zero pages either way, so zeroed
            // memory costs nothing, and calloc refuses sizes the system cannot back where
            // malloc may not (numpy's `empty(2**40)` is a MemoryError)
            // SAFETY: the storage of a dtype is a plain number: all-zero bytes are a value
            return Self::try_filled(len, unsafe { std::mem::zeroed() });
        }
        // SAFETY: a non-zero size. (`black_box`: LLVM may otherwise drop an allocation whose
        // memory is never used and take it as successful, where numpy's fails.)
        let ptr = std::hint::black_box(unsafe { std::alloc::alloc(layout) }) as *mut S;
        (!ptr.is_null()).then_some(Buffer::heap(ptr, len))
    }

    /// `len` copies of `v`, or `None` when the allocation fails. All-zero values are one
    /// zeroed allocation (fresh pages from the OS for large arrays, written only when the
    /// program writes them, as numpy's `zeros` are).
    fn try_filled(len: usize, v: S) -> Option<Buffer<S>>
    where
        S: Copy,
    {
        let layout = std::alloc::Layout::array::<S>(len).ok()?;
        if layout.size() == 0 {
            return Some(Buffer::from_vec(vec![v; len]));
        }
        // SAFETY: `v` is a plain number (Copy storage of a dtype): its bytes can be read
        let zero = unsafe {
            std::slice::from_raw_parts(&v as *const S as *const u8, std::mem::size_of::<S>()).iter().all(|&b| b == 0)
        };
        // SAFETY: a non-zero size; the allocation is `Layout::array::<S>(len)`, what `Drop`
        // frees (a boxed slice of `len` elements); a cached block has that layout
        unsafe {
            let (ptr, zeroed) = match crate::support::bufcache::take(layout) {
                Some(p) => (p as *mut S, false),
                None => (
                    std::hint::black_box(if zero {
                        std::alloc::alloc_zeroed(layout)
                    } else {
                        std::alloc::alloc(layout)
                    }) as *mut S,
                    zero,
                ),
            };
            if ptr.is_null() {
                return None;
            }
            if zero && !zeroed {
                std::ptr::write_bytes(ptr as *mut u8, 0, layout.size());
            } else if !zero {
                for k in 0..len {
                    ptr.add(k).write(v);
                }
            }
            Some(Buffer::heap(ptr, len))
        }
    }

    /// The elements as a vector, giving up the buffer.
    ///
    /// # Safety
    /// Every element is initialised (true of any array compiled code returns: see the type's
    /// docs).
    pub unsafe fn into_vec(self) -> Vec<S> {
        if self.ptr.is_null() {
            let mut v = Vec::with_capacity(self.len);
            // SAFETY: the buffer value's `len` initialised elements, moved into the vector
            // (the buffer's drop frees nothing and reads no element)
            unsafe {
                std::ptr::copy_nonoverlapping(self.as_ptr() as *const S, v.as_mut_ptr(), self.len);
                v.set_len(self.len);
            }
            return v;
        }
        let me = std::mem::ManuallyDrop::new(self);
        // SAFETY: ptr and len come from a boxed slice of exactly this length and layout (`S` and
        // `MaybeUninit<S>` have the same), whose elements the caller guarantees are initialised.
        unsafe { Vec::from_raw_parts(me.ptr, me.len, me.len) }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The first element (of a small buffer: inside this value, see [`Buffer`]).
    #[inline(always)]
    pub fn as_ptr(&self) -> *mut S {
        if self.ptr.is_null() {
            self.inline.get() as *mut S
        } else {
            self.ptr
        }
    }
}

impl<S> Drop for Buffer<S> {
    fn drop(&mut self) {
        if self.ptr.is_null() {
            // elements in the value itself: nothing to free
            return;
        }
        if let Ok(layout) = std::alloc::Layout::array::<S>(self.len) {
            if layout.size() >= crate::support::bufcache::MIN_BLOCK {
                // SAFETY: the allocation of the boxed slice the buffer was made from (layout
                // `[S; len]`, the same as `[MaybeUninit<S>; len]`), used by nothing else now
                unsafe { crate::support::bufcache::give(self.ptr as *mut u8, layout) };
                return;
            }
        }
        let slice = std::ptr::slice_from_raw_parts_mut(self.ptr as *mut std::mem::MaybeUninit<S>, self.len);
        // SAFETY: the boxed slice the buffer was made from (`from_vec`, `new_uninit`), freed as
        // `MaybeUninit<S>`s: no element is read (they may never have been written).
        unsafe { drop(Box::from_raw(slice)) };
    }
}

/// numpy's `MemoryError`: "Unable to allocate 8.00 TiB for an array with shape (1099511627776,)
/// and data type float64".
#[cold]
pub fn allocation_failed<T: Element>(shape: &[usize]) -> Error {
    let bytes = shape.iter().product::<usize>() as f64 * std::mem::size_of::<T::Storage>() as f64;
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    let mut k = 0;
    let mut v = bytes;
    while v >= 1024.0 && k + 1 < units.len() {
        v /= 1024.0;
        k += 1;
    }
    let size = if k == 0 { format!("{} {}", bytes as u64, units[0]) } else { format!("{v:.2} {}", units[k]) };
    let dims: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
    let shape = if dims.len() == 1 { format!("({},)", dims[0]) } else { format!("({})", dims.join(", ")) };
    Error::raise(
        crate::error::Exc::MemoryError,
        format!("Unable to allocate {size} for an array with shape {shape} and data type {}", T::DTYPE),
    )
}

/// Gives the `bytes` bytes at `p` arbitrary values without writing them: the memory of
/// `np.empty`, whatever the allocator left there, as numpy's is.
///
/// Reading memory that was never written is undefined behaviour in Rust (and LLVM may fold
/// such a load to anything, a different value at each use), even for plain numbers. The
/// inline assembly below is opaque to the compiler and receives the pointer, so it may write
/// these bytes: for the compiler, it *writes arbitrary values there*, and the code after it
/// must be (and is) correct for any values: that is its contract (the "assembly story" of
/// Rust's operational semantics, as `freeze` of memory). The instructions are empty: the
/// hardware bytes are already values. The story needs memory never written to keep its bytes
/// (an allocator handing out lazily freed `MADV_FREE` pages unwritten breaks it; glibc's malloc
/// does not). Cost: nothing (no pass over the memory, unlike zeroing, which is what targets
/// without stable inline assembly get).
///
/// # Safety
/// `p` is valid for writes of `bytes` bytes.
#[inline(always)]
unsafe fn assume_written(p: *mut u8, bytes: usize) {
    #[cfg(any(
        target_arch = "x86_64",
        target_arch = "x86",
        target_arch = "aarch64",
        target_arch = "arm",
        target_arch = "riscv64",
        target_arch = "riscv32",
        target_arch = "loongarch64"
    ))]
    // SAFETY: writes nothing (the story: writes arbitrary bytes, see above); no stack, no flags.
    unsafe {
        std::arch::asm!("/* {0} {1} */", in(reg) p, in(reg) bytes, options(nostack, preserves_flags))
    };
    #[cfg(not(any(
        target_arch = "x86_64",
        target_arch = "x86",
        target_arch = "aarch64",
        target_arch = "arm",
        target_arch = "riscv64",
        target_arch = "riscv32",
        target_arch = "loongarch64"
    )))]
    // SAFETY: the caller's: `p` is valid for `bytes` bytes.
    unsafe {
        std::ptr::write_bytes(p, 0, bytes)
    };
}

/// numpy's threshold for huge-page advice: 4 MiB.
const HUGE_PAGE_ADVICE: usize = 1 << 22;

/// `madvise(MADV_HUGEPAGE)` on a fresh allocation of `bytes` at `p` from its first page
/// boundary on, when it is at least 4 MiB (numpy's `default_malloc` on Linux does the same).
/// Advice only: results never depend on it.
#[inline]
fn advise_huge_pages(p: *mut u8, bytes: usize) {
    #[cfg(target_os = "linux")]
    if bytes >= HUGE_PAGE_ADVICE {
        let off = 4096 - (p as usize) % 4096;
        // SAFETY: advice on pages of our own allocation (from its first page boundary; the
        // last page is the allocation's own mapping); no memory is read or written
        unsafe { libc::madvise(p.add(off) as *mut libc::c_void, bytes - off, libc::MADV_HUGEPAGE) };
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (p, bytes);
}

// SAFETY: plain numbers; all access is through raw pointers (see the module docs).
unsafe impl<S> Send for Buffer<S> {}
unsafe impl<S> Sync for Buffer<S> {}

/// A contiguous run of elements (the last axis of an inner-contiguous array).
#[derive(Clone, Copy)]
pub struct Row<T: Element> {
    ptr: *mut T::Storage,
    _t: PhantomData<T>,
}

impl<T: Element> Row<T> {
    /// # Safety
    /// `k` is within the row.
    #[inline(always)]
    pub unsafe fn get(self, k: usize) -> T::Value {
        T::load(std::ptr::read_unaligned(self.ptr.add(k)))
    }

    /// # Safety
    /// `k` is within the row and the array is writeable.
    #[inline(always)]
    pub unsafe fn put(self, k: usize, v: T::Value) {
        std::ptr::write_unaligned(self.ptr.add(k), T::store(v))
    }
}

/// Who owns an array's memory.
pub enum Base<S> {
    /// not assigned yet
    None,
    /// a numpy array object of the caller (borrowed for the call)
    Python(*mut pyo3::ffi::PyObject),
    /// a buffer allocated by compiled code
    Owned(Arc<Buffer<S>>),
    /// a buffer of another element type kept alive (`.real`/`.imag` of an owned complex array)
    Keep(Arc<dyn Send + Sync>),
    /// the base of an array of the caller, for the duration of a call (an array argument of a
    /// compiled function, passed without touching its reference count; see
    /// [`NdArray::borrowed`]): cloning it clones the caller's base
    Borrowed(*const Base<S>),
}

impl<S> Base<S> {
    /// The base this stands for (a borrowed base is the caller's).
    #[inline(always)]
    pub fn resolved(&self) -> &Base<S> {
        match self {
            // SAFETY: a borrowed base points to a base that outlives this one (`borrowed`)
            Base::Borrowed(p) => unsafe { &**p },
            b => b,
        }
    }
}

impl<S> Clone for Base<S> {
    fn clone(&self) -> Self {
        match self {
            Base::None => Base::None,
            Base::Python(p) => Base::Python(*p),
            Base::Owned(b) => Base::Owned(Arc::clone(b)),
            Base::Keep(k) => Base::Keep(Arc::clone(k)),
            Base::Borrowed(_) => self.resolved().clone(),
        }
    }
}

pub struct NdArray<T: Element, const D: usize> {
    pub(crate) ptr: *mut u8,
    pub(crate) shape: [usize; D],
    /// in bytes, as numpy keeps them
    pub(crate) strides: [isize; D],
    pub(crate) writeable: bool,
    pub(crate) base: Base<T::Storage>,
    _t: PhantomData<T>,
}

impl<T: Element, const D: usize> Clone for NdArray<T, D> {
    /// Another view of the same memory (Python's `b = a`).
    fn clone(&self) -> Self {
        NdArray {
            ptr: self.ptr,
            shape: self.shape,
            strides: self.strides,
            writeable: self.writeable,
            base: self.base.clone(),
            _t: PhantomData,
        }
    }
}

// SAFETY: the data is plain numbers; compiled code accesses it with raw reads and writes only.
unsafe impl<T: Element, const D: usize> Send for NdArray<T, D> {}
unsafe impl<T: Element, const D: usize> Sync for NdArray<T, D> {}

impl<T: Element, const D: usize> Default for NdArray<T, D> {
    /// An unbound array (a variable not assigned yet): empty, no memory.
    fn default() -> Self {
        NdArray {
            ptr: std::ptr::NonNull::<T::Storage>::dangling().as_ptr() as *mut u8,
            shape: [0; D],
            strides: [0; D],
            writeable: false,
            base: Base::None,
            _t: PhantomData,
        }
    }
}

#[cold]
#[inline(never)]
fn index_error(index: i64, axis: usize, size: usize) -> Error {
    Error::Index(format!("index {index} is out of bounds for axis {axis} with size {size}"))
}

#[cold]
#[inline(never)]
fn read_only() -> Error {
    Error::Value("assignment destination is read-only")
}

#[cold]
#[inline(never)]
fn too_many_indices(d: usize, named: usize) -> Error {
    Error::Index(format!("too many indices for array: array is {d}-dimensional, but {named} were indexed"))
}

#[inline(always)]
fn normalize(i: i64, n: usize, axis: usize) -> Result<usize> {
    let j = if i < 0 { i.wrapping_add(n as i64) } else { i };
    if (j as u64) < (n as u64) {
        // SAFETY: an array length fits in isize, and `i` passed the check above: LLVM may then
        // drop overflow checks of `i + 1` / `i - 1` after a successful `a[i]` (scan loops)
        unsafe { std::hint::assert_unchecked(n <= isize::MAX as usize && i < n as i64 && i >= -(n as i64)) };
        Ok(j as usize)
    } else {
        Err(index_error(i, axis, n))
    }
}

/// C-order byte strides of a contiguous array of `shape`.
pub fn c_strides<const D: usize>(shape: [usize; D], elem: usize) -> [isize; D] {
    let mut strides = [0isize; D];
    let mut acc = elem as isize;
    for ax in (0..D).rev() {
        strides[ax] = acc;
        acc *= shape[ax].max(1) as isize;
    }
    strides
}

/// One item of an index expression `a[...]`, for [`NdArray::view`].
#[derive(Clone, Copy, Debug)]
pub enum Idx {
    /// an integer: selects one position and drops the axis
    At(i64),
    /// `start:stop:step`, each optional (step 1 if absent)
    Slice(Option<i64>, Option<i64>, Option<i64>),
    /// `None` / `np.newaxis`: a new axis of length 1
    NewAxis,
    /// `...`: as many whole axes as the other items leave
    Ellipsis,
}

impl<T: Element> NdArray<T, 1> {
    /// The items of a 1-D array, read as the loop goes (`for x in a`, `enumerate(a)`).
    pub fn iter_items(&self) -> impl Iterator<Item = T::Value> {
        let a = self.clone();
        // SAFETY: k < shape[0]
        (0..a.shape[0]).map(move |k| unsafe { a.at([k]) })
    }
}

impl<T: Element, const D: usize> NdArray<T, D> {
    /// # Safety
    /// `ptr`, `shape` and `strides` must describe valid memory of `T::Storage` elements that
    /// stays alive (owned by `obj`) while this value is used.
    pub unsafe fn from_raw_parts(
        ptr: *mut u8,
        shape: [usize; D],
        strides: [isize; D],
        writeable: bool,
        obj: *mut pyo3::ffi::PyObject,
    ) -> Self {
        NdArray { ptr, shape, strides, writeable, base: Base::Python(obj), _t: PhantomData }
    }

    /// A new C-contiguous array owning `buf` (row-major) with this shape.
    fn owning(shape: [usize; D], buf: Buffer<T::Storage>) -> Self {
        debug_assert_eq!(buf.len(), shape.iter().product::<usize>());
        // the pointer once the buffer is in its `Arc` (a small buffer's elements are in it)
        let buf = Arc::new(buf);
        let ptr = buf.as_ptr() as *mut u8;
        NdArray {
            ptr,
            shape,
            strides: c_strides(shape, std::mem::size_of::<T::Storage>()),
            writeable: true,
            base: Base::Owned(buf),
            _t: PhantomData,
        }
    }

    /// A new C-contiguous array holding `data` (row-major) with this shape.
    pub fn from_vec(shape: [usize; D], data: Vec<T::Value>) -> Self {
        Self::owning(shape, Buffer::from_vec(data.into_iter().map(T::store).collect()))
    }

    /// A new C-contiguous array holding `K` values (row-major) with this shape, built in its
    /// buffer directly: one allocation for a small array (see [`Buffer`]), no vector between.
    #[inline]
    pub fn from_array<const K: usize>(shape: [usize; D], data: [T::Value; K]) -> Self {
        Self::owning(shape, Buffer::from_array(data.map(T::store)))
    }

    /// A new C-contiguous array whose elements the caller writes, every one, before any read
    /// (the result of a fused element-wise loop). The memory stays uninitialised until then
    /// (see [`Buffer`]): a failing loop drops the array unread.
    pub fn uninit(shape: [usize; D]) -> Self {
        Self::owning(shape, Buffer::new_uninit(shape.iter().product::<usize>()))
    }

    /// `np.empty(shape)`: a new C-contiguous array whose elements are whatever the allocated
    /// memory holds, as numpy's are (not zeroed: for a large array that is a memset, ~10% of a
    /// kernel that fills the array once). Bools are zeroed (only 0 and 1 are bools).
    pub fn empty(shape: [usize; D]) -> Self {
        if T::DTYPE == "bool" {
            return Self::full(shape, T::load(unsafe { std::mem::zeroed() }));
        }
        let n = shape.iter().product::<usize>();
        let buf = Buffer::<T::Storage>::new_uninit(n);
        // SAFETY: the buffer's `n` elements, as bytes. After this the elements are initialised
        // (arbitrary values, see `assume_written`), and every bit pattern is a value of the
        // plain-number storage (ints, floats, complex).
        unsafe { assume_written(buf.as_ptr() as *mut u8, n * std::mem::size_of::<T::Storage>()) };
        Self::owning(shape, buf)
    }

    /// Whether the last axis is contiguous (fused loops then run the inner loop on a plain
    /// pointer, which LLVM vectorises).
    #[inline(always)]
    pub fn inner_contiguous(&self) -> bool {
        D == 0 || self.shape[D - 1] <= 1 || self.strides[D - 1] == std::mem::size_of::<T::Storage>() as isize
    }

    /// The row of the last axis at `outer` (its last component is ignored).
    ///
    /// # Safety
    /// `outer[ax] < shape[ax]` for every axis but the last.
    #[inline(always)]
    pub unsafe fn row(&self, outer: [usize; D]) -> Row<T> {
        let mut off = 0isize;
        for (&i, &s) in outer.iter().zip(&self.strides).take(D.saturating_sub(1)) {
            off += i as isize * s;
        }
        Row { ptr: self.ptr.offset(off) as *mut T::Storage, _t: PhantomData }
    }

    /// `np.full(shape, v)` for a shape that came from data: `MemoryError` when the memory
    /// cannot be had (the size itself was checked by the caller).
    pub fn try_full(shape: [usize; D], v: T::Value) -> Result<Self>
    where
        T::Storage: Copy,
    {
        let n = shape.iter().product::<usize>();
        match Buffer::try_filled(n, T::store(v)) {
            Some(buf) => Ok(Self::owning(shape, buf)),
            None => Err(allocation_failed::<T>(&shape)),
        }
    }

    /// `np.empty(shape)` for a shape that came from data (see [`NdArray::try_full`]).
    pub fn try_empty(shape: [usize; D]) -> Result<Self>
    where
        T::Storage: Copy,
    {
        if T::DTYPE == "bool" {
            return Self::try_full(shape, T::load(unsafe { std::mem::zeroed() }));
        }
        let n = shape.iter().product::<usize>();
        let Some(buf) = Buffer::<T::Storage>::try_new_uninit(n) else {
            return Err(allocation_failed::<T>(&shape));
        };
        // SAFETY: as in `empty`
        unsafe { assume_written(buf.as_ptr() as *mut u8, n * std::mem::size_of::<T::Storage>()) };
        Ok(Self::owning(shape, buf))
    }

    /// `np.full(shape, v)`
    pub fn full(shape: [usize; D], v: T::Value) -> Self {
        let n = shape.iter().product::<usize>();
        let s = T::store(v);
        // SAFETY: the bytes of a plain-number storage value (ints, floats, complex, bool)
        let bytes = unsafe {
            std::slice::from_raw_parts(&s as *const T::Storage as *const u8, std::mem::size_of::<T::Storage>())
        };
        if bytes.iter().all(|&b| b == 0) {
            // zeros from the allocator: fresh pages for a large array, written only when the
            // program writes them, as numpy's `np.zeros` (calloc) are
            return Self::owning(shape, Buffer::new_zeroed(n));
        }
        let buf = Buffer::<T::Storage>::new_uninit(n);
        for k in 0..n {
            // SAFETY: within the new buffer of `n` elements
            unsafe { std::ptr::write(buf.as_ptr().add(k), s) };
        }
        Self::owning(shape, buf)
    }

    #[inline(always)]
    pub fn shape(&self) -> [usize; D] {
        self.shape
    }

    #[inline(always)]
    pub fn strides(&self) -> [isize; D] {
        self.strides
    }

    pub fn base(&self) -> &Base<T::Storage> {
        self.base.resolved()
    }

    /// The result of a call of a compiled function, kept: an array parameter the callee
    /// returned as it was (borrowed, see [`NdArray::borrowed`]) becomes a real view.
    #[inline(always)]
    pub fn owned(self) -> Self {
        match self.base {
            Base::Borrowed(_) => self.clone(),
            _ => self,
        }
    }

    /// This array for a call of a compiled function: the same view, its base borrowed instead
    /// of reference-counted (an `Arc` clone and drop per call are ~10% of recursive
    /// `quicksort`). Any clone of the result — every use of the parameter but a `return` —
    /// is a real one; a returned parameter is made [`NdArray::owned`] by the caller unless it
    /// drops the result at once.
    ///
    /// # Safety
    /// The result is dropped before `self` is (it is an argument of a call `self` outlives),
    /// or made owned by the caller when returned.
    #[inline(always)]
    pub unsafe fn borrowed(&self) -> Self {
        let base = match &self.base {
            Base::Borrowed(p) => Base::Borrowed(*p),
            b => Base::Borrowed(b as *const Base<T::Storage>),
        };
        NdArray {
            ptr: self.ptr,
            shape: self.shape,
            strides: self.strides,
            writeable: self.writeable,
            base,
            _t: PhantomData,
        }
    }

    pub fn data_ptr(&self) -> *mut u8 {
        self.ptr
    }

    /// `a.size`
    #[inline(always)]
    pub fn size(&self) -> usize {
        self.shape.iter().product()
    }

    /// `len(a)`: the extent of the first axis.
    #[inline(always)]
    pub fn len(&self) -> i64 {
        if D == 0 {
            1
        } else {
            self.shape[0] as i64
        }
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.size() == 0
    }

    /// The numpy array object this came from, if it is (a view of) an argument.
    #[inline(always)]
    pub fn obj(&self) -> *mut pyo3::ffi::PyObject {
        match *self.base() {
            Base::Python(p) => p,
            _ => std::ptr::null_mut(),
        }
    }

    /// Whether the elements are laid out C-contiguously from `ptr`.
    pub fn is_c_contiguous(&self) -> bool {
        let c = c_strides(self.shape, std::mem::size_of::<T::Storage>());
        (0..D).all(|ax| self.shape[ax] <= 1 || self.strides[ax] == c[ax])
    }

    #[inline(always)]
    fn offset(&self, idx: [i64; D]) -> Result<isize> {
        let mut off = 0isize;
        for (ax, &i) in idx.iter().enumerate() {
            let j = normalize(i, self.shape[ax], ax)?;
            off += j as isize * self.strides[ax];
        }
        Ok(off)
    }

    /// `a[i, j, ...]` with Python's index rules.
    #[inline(always)]
    pub fn get(&self, idx: [i64; D]) -> Result<T::Value> {
        let off = self.offset(idx)?;
        // SAFETY: the offset is in bounds (checked above); see the module docs on aliasing.
        Ok(T::load(unsafe { std::ptr::read_unaligned(self.ptr.offset(off) as *const T::Storage) }))
    }

    /// `a[i, j, ...] = v`
    #[inline(always)]
    pub fn set(&self, idx: [i64; D], v: T::Value) -> Result<()> {
        if !self.writeable {
            return Err(read_only());
        }
        let off = self.offset(idx)?;
        // SAFETY: as in `get`.
        unsafe { std::ptr::write_unaligned(self.ptr.offset(off) as *mut T::Storage, T::store(v)) };
        Ok(())
    }

    /// `a[i, j, ...] = v` where converting the value can fail: numpy checks that the array is
    /// writeable, then the index, then converts the value (`a[5] = 1000` on three int8 is an
    /// IndexError, not an OverflowError).
    #[inline(always)]
    pub fn set_with(&self, idx: [i64; D], v: impl FnOnce() -> Result<T::Value>) -> Result<()> {
        if !self.writeable {
            return Err(read_only());
        }
        let off = self.offset(idx)?;
        let v = v()?;
        // SAFETY: as in `get`.
        unsafe { std::ptr::write_unaligned(self.ptr.offset(off) as *mut T::Storage, T::store(v)) };
        Ok(())
    }

    /// Whether numpy's unary loops run through this array backwards: without its axes of
    /// length 1 and with the others ordered by |stride|, it is one run in memory with a
    /// negative step (`a[::-1]`, `m[::-1, ::-1]`). numpy then calls the inner loop with the
    /// negative stride (its iterator flips negative strides of arrays it cannot merge into
    /// one run), and some loops, `absolute` of complex, have a different scalar path for it.
    /// Checked on numpy 2.4 over 5140 views of 1-3 dims.
    pub fn numpy_backward_run(&self) -> bool {
        // (no allocation: this runs before every fused loop of a complex `abs`, also in loops)
        let mut dims = [(0usize, 0isize); D];
        let mut k = 0;
        for d in 0..D {
            if self.shape[d] > 1 {
                dims[k] = (self.shape[d], self.strides[d]);
                k += 1;
            }
        }
        let dims = &mut dims[..k];
        dims.sort_by_key(|&(_, s)| std::cmp::Reverse(s.unsigned_abs()));
        let mut run: Option<(usize, isize)> = None;
        for &mut (n, s) in dims {
            run = match run {
                None => Some((n, s)),
                Some((m, t)) if t == s * n as isize => Some((m * n, s)),
                Some(_) => return false,
            };
        }
        matches!(run, Some((_, s)) if s < 0)
    }

    /// The element at a position known to be in bounds (fused loops over the shape).
    ///
    /// # Safety
    /// every `idx[ax] < shape[ax]`.
    #[inline(always)]
    pub unsafe fn at(&self, idx: [usize; D]) -> T::Value {
        let mut off = 0isize;
        for (&i, &s) in idx.iter().zip(&self.strides) {
            off += i as isize * s;
        }
        T::load(std::ptr::read_unaligned(self.ptr.offset(off) as *const T::Storage))
    }

    /// Writes the element at a position known to be in bounds.
    ///
    /// # Safety
    /// as [`NdArray::at`], and the array is writeable.
    #[inline(always)]
    pub unsafe fn put(&self, idx: [usize; D], v: T::Value) {
        let mut off = 0isize;
        for (&i, &s) in idx.iter().zip(&self.strides) {
            off += i as isize * s;
        }
        std::ptr::write_unaligned(self.ptr.offset(off) as *mut T::Storage, T::store(v));
    }

    /// Fails with numpy's error when the array may not be written.
    pub fn check_writeable(&self) -> Result<()> {
        if self.writeable {
            Ok(())
        } else {
            Err(read_only())
        }
    }

    /// `a[idx...]` with slices, integers and new axes: a view with `N` dimensions sharing
    /// this array's memory. Axes not named by `idx` are taken whole.
    // inlined: generated code passes the index items as constants where it knows them (`a[:, i]`),
    // and the view of a small loop then costs a few instructions, not a call and a slice loop
    #[inline(always)]
    pub fn view<const N: usize>(&self, idx: &[Idx]) -> Result<NdArray<T, N>> {
        let (ptr, shape, strides) = self.view_parts::<N>(idx)?;
        Ok(NdArray { ptr, shape, strides, writeable: self.writeable, base: self.base.clone(), _t: PhantomData })
    }

    /// [`NdArray::view`] with its base borrowed (see [`NdArray::borrowed`]): no reference
    /// count taken and dropped, for the destination of a store (`a[i] += v`) that lives only
    /// for the statement.
    ///
    /// # Safety
    /// The result is dropped before `self` is, and `self` is not reassigned meanwhile.
    #[inline(always)]
    pub unsafe fn view_borrowed<const N: usize>(&self, idx: &[Idx]) -> Result<NdArray<T, N>> {
        let (ptr, shape, strides) = self.view_parts::<N>(idx)?;
        let base = match &self.base {
            Base::Borrowed(p) => Base::Borrowed(*p),
            b => Base::Borrowed(b as *const Base<T::Storage>),
        };
        Ok(NdArray { ptr, shape, strides, writeable: self.writeable, base, _t: PhantomData })
    }

    /// The pointer, shape and strides of `self[idx]`.
    #[inline(always)]
    fn view_parts<const N: usize>(&self, idx: &[Idx]) -> Result<(*mut u8, [usize; N], [isize; N])> {
        let mut shape = [0usize; N];
        let mut strides = [0isize; N];
        let mut ptr = self.ptr;
        let mut ax = 0usize; // axis of self
        let mut out = 0usize; // axis of the result
        let named = idx.iter().filter(|i| !matches!(i, Idx::NewAxis | Idx::Ellipsis)).count();
        if named > D {
            return Err(too_many_indices(D, named));
        }
        for item in idx {
            match *item {
                Idx::Ellipsis => {
                    for _ in 0..D - named {
                        shape[out] = self.shape[ax];
                        strides[out] = self.strides[ax];
                        ax += 1;
                        out += 1;
                    }
                }
                Idx::At(i) => {
                    let j = normalize(i, self.shape[ax], ax)?;
                    // SAFETY: j is in bounds of axis `ax`.
                    ptr = unsafe { ptr.offset(j as isize * self.strides[ax]) };
                    ax += 1;
                }
                Idx::Slice(a, b, c) => {
                    let (start, count, step) = slice_indices(self.shape[ax], a, b, c)?;
                    if count > 0 {
                        // SAFETY: start is in bounds when the slice is not empty.
                        ptr = unsafe { ptr.offset(start as isize * self.strides[ax]) };
                    }
                    shape[out] = count;
                    // (one item or none: any stride; a step near ±2**63 must not overflow)
                    strides[out] = if count > 1 { self.strides[ax] * step as isize } else { self.strides[ax] };
                    ax += 1;
                    out += 1;
                }
                Idx::NewAxis => {
                    shape[out] = 1;
                    strides[out] = 0;
                    out += 1;
                }
            }
        }
        while ax < D {
            shape[out] = self.shape[ax];
            strides[out] = self.strides[ax];
            ax += 1;
            out += 1;
        }
        debug_assert_eq!(out, N, "the compiler computes the view's rank");
        Ok((ptr, shape, strides))
    }

    /// The same memory seen with another shape and strides (reshape, transpose, new axes).
    ///
    /// # Safety
    /// every position of `shape` with `strides` must address an element of this array's memory.
    pub unsafe fn relayout<const N: usize>(&self, shape: [usize; N], strides: [isize; N]) -> NdArray<T, N> {
        NdArray { ptr: self.ptr, shape, strides, writeable: self.writeable, base: self.base.clone(), _t: PhantomData }
    }

    /// `a.T`: the axes reversed.
    pub fn transpose(&self) -> NdArray<T, D> {
        let mut v = self.clone();
        v.shape.reverse();
        v.strides.reverse();
        v
    }

    /// This array seen with the shape `shape` (numpy broadcasting: axes aligned on the right,
    /// axes of length 1 repeated with stride 0).
    pub fn broadcast_to<const N: usize>(&self, shape: [usize; N]) -> Result<NdArray<T, N>> {
        let mut strides = [0isize; N];
        if D > N {
            return Err(broadcast_error(&[&self.shape[..]], &shape));
        }
        for k in 0..D {
            let (ax, out) = (D - 1 - k, N - 1 - k);
            if self.shape[ax] == shape[out] {
                strides[out] = self.strides[ax];
            } else if self.shape[ax] == 1 {
                strides[out] = 0;
            } else {
                return Err(broadcast_error(&[&self.shape[..]], &shape));
            }
        }
        Ok(NdArray {
            ptr: self.ptr,
            shape,
            strides,
            writeable: self.writeable,
            base: self.base.clone(),
            _t: PhantomData,
        })
    }

    /// The elements in C order (a copy).
    pub fn to_vec(&self) -> Vec<T::Value> {
        if let Some(v) = super::walk::contiguous_values(self) {
            return v;
        }
        let mut out = Vec::with_capacity(self.size());
        for_each_index(self.shape, |idx| {
            // SAFETY: for_each_index yields in-bounds positions.
            out.push(unsafe { self.at(idx) });
        });
        out
    }

    /// `a.copy()`: a new C-contiguous array.
    pub fn copy(&self) -> NdArray<T, D> {
        if let Some(c) = super::walk::contiguous_copy(self) {
            return c;
        }
        NdArray::from_vec(self.shape, self.to_vec())
    }

    /// The range of bytes the elements may occupy.
    fn extent(&self) -> (usize, usize) {
        let mut lo = self.ptr as isize;
        let mut hi = self.ptr as isize;
        if self.size() == 0 {
            return (0, 0);
        }
        for ax in 0..D {
            let span = (self.shape[ax] as isize - 1) * self.strides[ax];
            if span < 0 {
                lo += span;
            } else {
                hi += span;
            }
        }
        (lo as usize, hi as usize + std::mem::size_of::<T::Storage>())
    }

    /// Whether writing this array could change what `other` reads (overlapping memory): then
    /// an assignment `a[...] = expr(b)` is computed into a temporary first, as numpy does.
    pub fn may_overlap<U: Element, const E: usize>(&self, other: &NdArray<U, E>) -> bool {
        let (a0, a1) = self.extent();
        let (b0, b1) = other.extent();
        a0 < b1 && b0 < a1
    }
}

/// Complex element types, whose real and imaginary parts are elements of type `Part`.
pub trait ComplexElement: Element {
    type Part: Element;
}

impl ComplexElement for num_complex::Complex64 {
    type Part = f64;
}

impl ComplexElement for num_complex::Complex32 {
    type Part = f32;
}

impl<C: ComplexElement, const D: usize> NdArray<C, D> {
    /// `a.real` / `a.imag` of a complex array: a view of the same memory (writing through it
    /// changes `a`).
    pub fn part(&self, imag: bool) -> NdArray<C::Part, D> {
        let base = match self.base() {
            Base::None => Base::None,
            Base::Python(p) => Base::Python(*p),
            Base::Owned(b) => Base::Keep(Arc::clone(b) as Arc<dyn Send + Sync>),
            Base::Keep(k) => Base::Keep(Arc::clone(k)),
            Base::Borrowed(_) => unreachable!("a resolved base is not borrowed"),
        };
        let skip = if imag { std::mem::size_of::<<C::Part as Element>::Storage>() } else { 0 };
        // SAFETY: the imaginary part follows the real one inside every element.
        let ptr = unsafe { self.ptr.add(skip) };
        NdArray { ptr, shape: self.shape, strides: self.strides, writeable: self.writeable, base, _t: PhantomData }
    }
}

impl<T: Element, const D: usize> NdArray<T, D> {
    /// The same array, refusing writes (numpy's `a.imag` of a real array).
    pub fn read_only(mut self) -> Self {
        self.writeable = false;
        self
    }
}

impl<T: Element> NdArray<T, 1> {
    /// `a[i]` for `0 <= i < len(a)` already known.
    ///
    /// # Safety
    /// `i` must be in bounds.
    #[inline(always)]
    pub unsafe fn get_unchecked(&self, i: usize) -> T::Value {
        T::load(std::ptr::read_unaligned(self.ptr.offset(i as isize * self.strides[0]) as *const T::Storage))
    }
}

#[cold]
#[inline(never)]
fn broadcast_error(shapes: &[&[usize]], target: &[usize]) -> Error {
    let fmt = |s: &[usize]| {
        if s.len() == 1 {
            format!("({},)", s[0])
        } else {
            format!("({})", s.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(","))
        }
    };
    let mut msg = String::from("operands could not be broadcast together with shapes");
    for s in shapes {
        msg.push(' ');
        msg.push_str(&fmt(s));
    }
    if !target.is_empty() {
        msg.push_str(&format!(" and requested shape {}", fmt(target)));
    } else {
        // numpy's text ends with a space after the shapes
        msg.push(' ');
    }
    Error::Value(msg)
}

/// The shape operands of these shapes broadcast to (numpy's rules), with `N` dimensions.
pub fn broadcast_shapes<const N: usize>(shapes: &[&[usize]]) -> Result<[usize; N]> {
    let mut out = [1usize; N];
    for s in shapes {
        for k in 0..s.len() {
            let (ax, o) = (s.len() - 1 - k, N - 1 - k);
            let d = s[ax];
            if out[o] == 1 {
                out[o] = d;
            } else if d != 1 && d != out[o] {
                return Err(broadcast_error(shapes, &[]));
            }
        }
    }
    Ok(out)
}

/// The position of the `k`-th element of `shape` in C order.
#[inline(always)]
pub fn unravel<const D: usize>(mut k: usize, shape: [usize; D]) -> [usize; D] {
    let mut idx = [0usize; D];
    for ax in (0..D).rev() {
        let n = shape[ax].max(1);
        idx[ax] = k % n;
        k /= n;
    }
    idx
}

/// The axes in the order numpy's iterator visits them for operands with these strides
/// (outermost first): numpy's "K" order, the memory order of the operands — an axis goes
/// inside another when every operand that moves along both has a smaller |stride| on it;
/// otherwise, and on ties, C order stays. An element-wise result numpy allocates is
/// contiguous in this order.
pub fn k_order<const D: usize>(strides: &[[isize; D]]) -> [usize; D] {
    // numpy's insertion sort (`npyiter_find_best_axis_ordering`), innermost first
    // (an array, not a `Vec`: reductions in loops over small arrays call this per reduction)
    let mut perm = [0usize; D];
    for (k, p) in perm.iter_mut().enumerate() {
        *p = D - 1 - k;
    }
    for i0 in 1..D {
        let ax0 = perm[i0];
        let mut pos = i0;
        for i1 in (0..i0).rev() {
            let ax1 = perm[i1];
            let (mut ambiguous, mut swap) = (true, false);
            for s in strides {
                if s[ax0] != 0 && s[ax1] != 0 {
                    if s[ax1].unsigned_abs() <= s[ax0].unsigned_abs() {
                        swap = false;
                    } else if ambiguous {
                        swap = true;
                    }
                    ambiguous = false;
                }
            }
            if !ambiguous {
                if swap {
                    pos = i1;
                } else {
                    break;
                }
            }
        }
        if pos != i0 {
            // `ax0` moves from `i0` to `pos`, the axes between one place up
            perm[pos..=i0].rotate_right(1);
        }
    }
    let mut order = [0usize; D];
    for (k, ax) in perm.into_iter().rev().enumerate() {
        order[k] = ax;
    }
    order
}

/// The position of the `k`-th element of `shape` visited in `order` (outermost axis first).
#[inline(always)]
pub fn unravel_in<const D: usize>(mut k: usize, shape: [usize; D], order: [usize; D]) -> [usize; D] {
    let mut idx = [0usize; D];
    for &ax in order.iter().rev() {
        let n = shape[ax].max(1);
        idx[ax] = k % n;
        k /= n;
    }
    idx
}

/// Calls `f` with every position of `shape`, in C order.
#[inline(always)]
pub fn for_each_index<const D: usize>(shape: [usize; D], mut f: impl FnMut([usize; D])) {
    if D == 0 {
        f([0; D]);
        return;
    }
    if shape.contains(&0) {
        return;
    }
    let mut idx = [0usize; D];
    loop {
        f(idx);
        // advance the last axis fastest
        let mut ax = D - 1;
        loop {
            idx[ax] += 1;
            if idx[ax] < shape[ax] {
                break;
            }
            idx[ax] = 0;
            if ax == 0 {
                return;
            }
            ax -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_complex::Complex64;

    #[test]
    fn k_order_is_numpys_memory_order() {
        assert_eq!(k_order::<2>(&[[40, 8]]), [0, 1]); // C
        assert_eq!(k_order::<2>(&[[8, 40]]), [1, 0]); // Fortran
        assert_eq!(k_order::<3>(&[[8, 480, 40]]), [1, 2, 0]);
        assert_eq!(k_order::<2>(&[[8, 40], [40, 8]]), [0, 1]); // disagreement: C order
        assert_eq!(k_order::<2>(&[[8, 40], [0, 8]]), [1, 0]); // a broadcast operand abstains
        assert_eq!(unravel_in::<2>(1, [2, 3], [1, 0]), [1, 0]);
        assert_eq!(unravel_in::<2>(1, [2, 3], [0, 1]), [0, 1]);
    }

    #[test]
    fn aliasing_views_read_and_write_the_same_memory() {
        let mut buf = [1.0f64, 2.0, 3.0, 4.0];
        let p = buf.as_mut_ptr() as *mut u8;
        let a = unsafe { NdArray::<f64, 1>::from_raw_parts(p, [4], [8], true, std::ptr::null_mut()) };
        let rev = unsafe { NdArray::<f64, 1>::from_raw_parts(p.add(24), [4], [-8], true, std::ptr::null_mut()) };
        assert_eq!(a.get([-1]), Ok(4.0));
        assert_eq!(rev.get([0]), Ok(4.0));
        rev.set([0], 9.0).unwrap();
        assert_eq!(a.get([3]), Ok(9.0));
        assert!(a.get([4]).is_err());
        assert!(a.get([-5]).is_err());
        let err = a.get([7]).unwrap_err();
        assert_eq!(err, Error::Index("index 7 is out of bounds for axis 0 with size 4"));
        assert!(a.may_overlap(&rev));
    }

    #[test]
    fn owned_buffers_empty_uninit_full() {
        // np.empty: arbitrary values, but values (any read is defined); bools zeroed
        let e = NdArray::<f64, 2>::empty([3, 4]);
        assert_eq!((e.shape(), e.to_vec().len()), ([3, 4], 12));
        assert!(NdArray::<bool, 1>::empty([5]).to_vec().iter().all(|&b| !b));
        assert_eq!(NdArray::<i64, 1>::empty([0]).to_vec(), Vec::<i64>::new());
        // uninit: written by the caller before any read; dropped unwritten when a loop fails
        let u = NdArray::<i64, 1>::uninit([4]);
        for k in 0..4 {
            unsafe { u.put([k], k as i64 * 10) };
        }
        assert_eq!(u.to_vec(), vec![0, 10, 20, 30]);
        drop(NdArray::<Complex64, 2>::uninit([2, 3]));
        let Base::Owned(buf) = u.base().clone() else { panic!("owned") };
        drop(u);
        let buf = std::sync::Arc::try_unwrap(buf).ok().expect("last view");
        assert_eq!(unsafe { buf.into_vec() }, vec![0, 10, 20, 30]);
        assert_eq!(NdArray::<f64, 1>::full([3], 1.5).to_vec(), vec![1.5; 3]);
    }

    #[test]
    fn small_buffers_inline() {
        // at most INLINE_BYTES: the elements live in the buffer value inside the Arc
        let a = NdArray::<f64, 1>::from_array([2], [1.5, -0.0]);
        let Base::Owned(buf) = a.base().clone() else { panic!("owned") };
        assert!(buf.ptr.is_null());
        assert_eq!(a.data_ptr(), buf.as_ptr() as *mut u8);
        drop(buf);
        let b = a.clone();
        unsafe { b.put([0], 7.0) };
        assert_eq!(a.to_vec(), vec![7.0, -0.0]);
        assert!(a.to_vec()[1].is_sign_negative());
        let z = NdArray::<Complex64, 2>::from_array([2, 2], [Complex64::new(1.0, 2.0); 4]);
        assert_eq!(z.to_vec(), vec![Complex64::new(1.0, 2.0); 4]);
        assert_eq!(NdArray::<i64, 2>::full([2, 2], 0).to_vec(), vec![0; 4]);
        assert_eq!(NdArray::<i64, 1>::full([3], -4).to_vec(), vec![-4; 3]);
        assert_eq!(NdArray::<i64, 1>::try_full([8], 5).unwrap().to_vec(), vec![5; 8]);
        assert_eq!(NdArray::<u8, 1>::try_full([64], 0).unwrap().to_vec(), vec![0; 64]);
        // beyond: a heap allocation, as before
        let big = NdArray::<f64, 1>::from_array([9], [3.0; 9]);
        let Base::Owned(buf) = big.base().clone() else { panic!("owned") };
        assert!(!buf.ptr.is_null());
        drop(buf);
        assert_eq!(big.to_vec(), vec![3.0; 9]);
        // a view of the whole small buffer after the array is gone; then moved out
        let v: NdArray<f64, 1> = a.view(&[Idx::Slice(None, None, Some(-1))]).unwrap();
        drop((a, b));
        assert_eq!(v.to_vec(), vec![-0.0, 7.0]);
        let Base::Owned(buf) = v.base().clone() else { panic!("owned") };
        drop(v);
        let buf = std::sync::Arc::try_unwrap(buf).ok().expect("last view");
        assert_eq!(unsafe { buf.into_vec() }, vec![7.0, -0.0]);
    }

    #[test]
    fn views_and_broadcasting() {
        let a = NdArray::<i64, 2>::from_vec([3, 4], (0..12).collect());
        let row: NdArray<i64, 1> = a.view(&[Idx::At(1)]).unwrap();
        assert_eq!(row.to_vec(), vec![4, 5, 6, 7]);
        let col: NdArray<i64, 1> = a.view(&[Idx::Slice(None, None, None), Idx::At(-1)]).unwrap();
        assert_eq!(col.to_vec(), vec![3, 7, 11]);
        let inner: NdArray<i64, 2> =
            a.view(&[Idx::Slice(Some(1), Some(-1), None), Idx::Slice(Some(1), Some(-1), None)]).unwrap();
        assert_eq!(inner.to_vec(), vec![5, 6]);
        assert_eq!(a.transpose().to_vec(), vec![0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11]);
        let s = broadcast_shapes::<2>(&[&[3, 1], &[4]]).unwrap();
        assert_eq!(s, [3, 4]);
        assert!(broadcast_shapes::<1>(&[&[3], &[4]]).is_err());
        let b = row.broadcast_to([3, 4]).unwrap();
        assert_eq!(b.to_vec(), vec![4, 5, 6, 7, 4, 5, 6, 7, 4, 5, 6, 7]);
        match row.broadcast_to([3]) {
            Err(e) => assert!(matches!(e.kind(), crate::error::ErrorKind::Value(_))),
            Ok(_) => panic!("(4,) does not broadcast to (3,)"),
        }
        let na: NdArray<i64, 3> = a.view(&[Idx::NewAxis]).unwrap();
        assert_eq!(na.shape(), [1, 3, 4]);
    }
}
