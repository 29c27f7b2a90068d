//! Class path from jars: stored and deflated entries, checked against HotSpot.
use std::process::Command;

#[test]
fn runs_from_stored_and_deflated_jars() {
    let dir = std::env::temp_dir().join(format!("mote-jar-{}", std::process::id()));
    let classes = dir.join("classes");
    std::fs::create_dir_all(&classes).unwrap();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/java/Collections1.java");
    let st = jvm_glue::javac(&classes).arg(&src).status().unwrap();
    assert!(st.success());
    let expected = Command::new("java")
        .arg("-cp")
        .arg(&classes)
        .arg("Collections1")
        .output()
        .unwrap();
    for (name, flags) in [("stored.jar", "cf0"), ("deflated.jar", "cf")] {
        let jar = dir.join(name);
        let st = Command::new("jar")
            .arg(flags)
            .arg(&jar)
            .arg("-C")
            .arg(&classes)
            .arg(".")
            .status()
            .unwrap();
        assert!(st.success());
        let out = Command::new(env!("CARGO_BIN_EXE_mote-jvm"))
            .arg("--cp")
            .arg(&jar)
            .arg("Collections1")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), expected.status.code(), "{name}");
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&expected.stdout),
            "{name}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn runs_a_jar_by_its_manifest_main_class() {
    let dir = std::env::temp_dir().join(format!("mote-jar-main-{}", std::process::id()));
    let classes = dir.join("classes");
    std::fs::create_dir_all(&classes).unwrap();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/java/Args.java");
    let st = jvm_glue::javac(&classes).arg(&src).status().unwrap();
    assert!(st.success());
    let jar = dir.join("app.jar");
    let st = Command::new("jar")
        .args(["--create", "--main-class", "Args", "--file"])
        .arg(&jar)
        .arg("-C")
        .arg(&classes)
        .arg(".")
        .status()
        .unwrap();
    assert!(st.success());
    let args = ["x", "y", "z", "21"];
    let expected = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(args)
        .output()
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_mote-jvm"))
        .arg("-jar")
        .arg(&jar)
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), expected.status.code());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&expected.stdout)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn missing_main_class_is_reported_like_hotspot() {
    let out = Command::new(env!("CARGO_BIN_EXE_mote-jvm"))
        .args(["--cp", "/nonexistent", "NoSuchMain"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Error: Could not find or load main class NoSuchMain\nCaused by: java.lang.ClassNotFoundException: NoSuchMain\n"
    );
}
