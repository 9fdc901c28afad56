//! Snapshot tests: the generated Rust of small kernels and the diagnostics of bad input, as
//! readable files under `snapshots/`. A change in codegen or in a message shows up as a diff;
//! accept it with `INSTA_UPDATE=always cargo test -p pyrs` after reading it.

use pyrs::driver::compile_source;
use pyrs::source::SourceFile;
use std::path::Path;

fn compile(name: &str, src: &str) -> Result<String, String> {
    let file = SourceFile::new(Path::new(&format!("{name}.py")), src.to_string());
    compile_source(&file, name)
}

fn rust(name: &str, src: &str) -> String {
    compile(name, src).unwrap_or_else(|e| panic!("{name} should compile:\n{e}"))
}

fn diagnostics(name: &str, src: &str) -> String {
    match compile(name, src) {
        Ok(code) => panic!("{name} should not compile, got:\n{code}"),
        Err(e) => e,
    }
}

#[test]
fn julia_kernel() {
    insta::assert_snapshot!(rust(
        "julia",
        r#"
# export calculate_z(int, complex[], complex[], int[])
def calculate_z(maxiter, zs, cs, output):
    for i in range(len(zs)):
        n = 0
        z = zs[i]
        c = cs[i]
        while n < maxiter and abs(z) < 2:
            z = z * z + c
            n += 1
        output[i] = n
"#
    ));
}

#[test]
fn recursive_fib_is_unrolled() {
    insta::assert_snapshot!(rust(
        "fib",
        r#"
#pythran export fib(int)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
"#
    ));
}

#[test]
fn helper_instances_and_promotion() {
    insta::assert_snapshot!(rust(
        "trapez",
        r#"
# export trapez(float, float, int)
def f(x):
    return 2*x*x + 3*x + 1

def trapez(a, b, n):
    h = (b - a) / float(n)
    sumy = 0
    x = a
    for i in range(n):
        x += h
        sumy += f(x)
    sumy += 0.5*(f(a) + f(b))
    return sumy*h, f(n)
"#
    ));
}

#[test]
fn list_kernel_and_overloads() {
    insta::assert_snapshot!(rust(
        "lists",
        r#"
# export scale(float list, float)
# export scale(int list, int)
def scale(xs, k):
    out = [0] * len(xs)
    for i in range(len(xs)):
        out[i] = xs[i] * k
    xs.append(k)
    return out
"#
    ));
}

#[test]
fn conflicting_types_show_both_places() {
    insta::assert_snapshot!(diagnostics(
        "conflict",
        r#"
# export f(int)
def f(n):
    x = 1
    if n > 0:
        x = [1, 2]
    return x
"#
    ));
}

#[test]
fn unsupported_constructs() {
    insta::assert_snapshot!(diagnostics(
        "unsupported",
        r#"
import statistics

# export f(float)
def f(x):
    t = statistics.mean([x])
    ys = [v * 2 for v in range(3)]
    return x
"#
    ));
}

#[test]
fn export_errors() {
    insta::assert_snapshot!(diagnostics(
        "exports",
        r#"
# export g(int)
# export f(int, int)
# export h(float128[:])
def f(n):
    return n

def h(a):
    return a
"#
    ));
}

#[test]
fn malformed_annotation() {
    insta::assert_snapshot!(diagnostics(
        "malformed",
        r#"
#pythran export f(int, double)
def f(a, b):
    return a
"#
    ));
}

#[test]
fn mixed_min_and_unbounded_return() {
    insta::assert_snapshot!(diagnostics(
        "minmax",
        r#"
# export f(int, str)
def f(a, b):
    return max(a, b)
"#
    ));
}

#[test]
fn none_on_some_paths() {
    // an int-or-None result compared with a str (a function returning an int or None compiles:
    // see tests/lang/none_results.py; indexed, in arithmetic, ordered or iterated it raises
    // TypeError where None reaches it, see tests/lang/none_used.py and none_locals.py)
    insta::assert_snapshot!(diagnostics(
        "paths",
        r#"
def find(n):
    for i in range(10):
        if i == n:
            return i

# export f(int)
def f(n):
    return find(n) < "3"
"#
    ));
}

#[test]
fn parallel_loops_see_try_bodies() {
    // the checks of a parallel loop reach into `try` blocks, inside the loop (a write at
    // another index, a `return`) and after it (a variable written in the loop and read only
    // in a `try` block after it is shared, not private)
    insta::assert_snapshot!(diagnostics(
        "parallel_try",
        r#"
# export write_first(float[:], float[:])
# export last_scaled(float[:])
def write_first(a, out):
    # omp parallel for
    for i in range(len(a)):
        try:
            out[0] = a[i]
        except IndexError:
            return 1.0
    return 0.0

def last_scaled(a):
    # omp parallel for
    for i in range(len(a)):
        t = a[i] * 2.0
    try:
        return t
    except ValueError:
        return 0.0
"#
    ));
}
