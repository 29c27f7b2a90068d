//! Helpers shared by the boot-test binaries: where Mote is, `mote`
//! configured for tests (TCG, this checkout), and the Java comparisons.
//! (Each test binary uses only some of them.)
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn home() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

pub fn mote() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mote"));
    c.env("MOTE_HOME", home()).env("MOTE_ACCEL", "tcg");
    c
}

/// Where tests put images and scratch files.
pub fn out_dir() -> PathBuf {
    let d = home().join("target/boot-tests");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The app's own output: the console minus the kernel's banner and log lines.
pub fn app_output(console: &str) -> String {
    console
        .lines()
        .filter(|l| !l.starts_with("Mote ") && !l.starts_with("  ") && !l.starts_with('['))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// images/java-hello compiled into `scratch` and run on the hosted JVM with
/// the whole java.base: (stdout + stderr, exit status), the expectation for images.
pub fn hosted_java_hello(scratch: &str, args: &[&str]) -> (String, i32) {
    let classes = out_dir().join(scratch);
    std::fs::create_dir_all(&classes).unwrap();
    let javac = Command::new("javac")
        .args([
            "--system=none",
            "--module-path",
            jvm_glue::JAVA_BASE_DIR,
            "-d",
        ])
        .arg(&classes)
        .arg(home().join("images/java-hello/Hello.java"))
        .output()
        .unwrap();
    assert!(
        javac.status.success(),
        "{}",
        String::from_utf8_lossy(&javac.stderr)
    );
    let r = mote()
        .args(["run", "--hosted", "--cp"])
        .arg(&classes)
        .arg("Hello")
        .args(args)
        .output()
        .unwrap();
    let both =
        String::from_utf8_lossy(&r.stdout).into_owned() + &String::from_utf8_lossy(&r.stderr);
    (both, r.status.code().unwrap())
}
