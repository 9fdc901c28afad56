//! Snapshot of the generated Rust of every file the end-to-end tests compile: the examples,
//! the kernels under `tests/kernels/` and the language files under `tests/lang/`. A change in
//! lowering, inference or codegen shows up as a diff of the generated code of each affected
//! file; accept it with `INSTA_UPDATE=always cargo test -p pyrs --test corpus` after reading it
//! (`cargo insta review` if you have cargo-insta).

use pyrs::driver::compile_source;
use pyrs::source::SourceFile;
use std::path::Path;

fn generated(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("corpus file readable");
    let stem = path.file_stem().and_then(|s| s.to_str()).expect("utf-8 file name");
    // a fixed display path, so that snapshots do not depend on where the repository is
    let file = SourceFile::new(Path::new(&format!("{stem}.py")), text);
    compile_source(&file, stem).unwrap_or_else(|e| panic!("{} should compile:\n{e}", path.display()))
}

#[test]
fn examples() {
    insta::glob!("../../examples", "*.py", |path| insta::assert_snapshot!(generated(path)));
}

#[test]
fn kernels() {
    insta::glob!("../../tests/kernels", "*.py", |path| insta::assert_snapshot!(generated(path)));
}

#[test]
fn lang() {
    insta::glob!("../../tests/lang", "*.py", |path| insta::assert_snapshot!(generated(path)));
}
