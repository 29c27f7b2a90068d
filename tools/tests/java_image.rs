//! Java services in images (`kind = "java"`): built with `mote build`, booted
//! in QEMU (TCG), compared with the same program on the hosted JVM.

mod common;
use common::{app_output, home, hosted_java_hello, mote, out_dir};

use std::path::PathBuf;

fn build_java_hello() -> PathBuf {
    let out = out_dir().join("java-hello.mote");
    let r = mote()
        .arg("build")
        .arg(home().join("images/java-hello"))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    out
}

#[test]
fn a_java_service_runs_in_the_image_like_on_the_hosted_jvm() {
    let img = build_java_hello();
    for (append, args, status) in [
        ("", vec!["world"], 0),
        ("-- world fail", vec!["world", "fail"], 1),
    ] {
        let r = mote()
            .arg("run")
            .arg(&img)
            .args(["--timeout", "120", "--append", append])
            .output()
            .unwrap();
        let console = String::from_utf8_lossy(&r.stdout).into_owned();
        assert_eq!(r.status.code(), Some(status), "{console}");
        let (expected, hosted_status) = hosted_java_hello("java-hello-classes", &args);
        assert_eq!(hosted_status, status);
        assert_eq!(
            app_output(&console),
            expected,
            "image vs hosted for args {args:?}"
        );
    }
}

#[test]
fn java_build_errors_are_clear() {
    let dir = out_dir().join("bad-java");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("mote.toml"),
        "name = \"badjava\"\nkind = \"java\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("Main.java"),
        "public class Main { public static void main(String[] a) {} }\n",
    )
    .unwrap();
    let r = mote()
        .arg("build")
        .arg(&dir)
        .args(["-o", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("needs `main = "));
    // an API that Mote's java.base does not have is a compile-time error
    std::fs::write(
        dir.join("mote.toml"),
        "name = \"badjava\"\nkind = \"java\"\nmain = \"Main\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("Main.java"),
        "public class Main { public static void main(String[] a) { java.awt.Frame f = null; } }\n",
    )
    .unwrap();
    let r = mote()
        .arg("build")
        .arg(&dir)
        .args(["-o", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("javac failed") && err.contains("Main.java"),
        "{err}"
    );
}
