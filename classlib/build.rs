//! Compiles `src/java.base` with `javac --system=none` into `$OUT_DIR/java.base`.
use std::path::{Path, PathBuf};
use std::process::Command;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read classlib source dir") {
        let p = entry.expect("dir entry").path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "java") {
            out.push(p);
        }
    }
}

fn main() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/java.base");
    println!("cargo:rerun-if-changed={}", src.display());
    let mut files = Vec::new();
    collect(&src, &mut files);
    files.sort();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("java.base");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    let javac = std::env::var("JAVAC").unwrap_or_else(|_| "javac".into());
    let status = Command::new(&javac)
        .args([
            "--system=none",
            "-g",
            "-encoding",
            "UTF-8",
            "-Xlint:none",
            "-nowarn",
            "-d",
        ])
        .arg(&out)
        .args(&files)
        .status()
        .unwrap_or_else(|e| panic!("cannot run {javac}: {e}"));
    assert!(status.success(), "javac failed on classlib/src/java.base");
    println!("cargo:rustc-env=MOTE_JAVA_BASE_DIR={}", out.display());
}
