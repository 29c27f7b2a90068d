//! `mote run --hosted`: the same compiled classes on HotSpot (`java`) and on
//! Mote's JVM through the `mote` command give the same output and status.

use std::path::Path;
use std::process::Command;

#[test]
fn hosted_run_matches_hotspot_output_and_exit_status() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .join("target/hosted-test");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("Greeter.java"),
        r#"public class Greeter {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (String a : args) sb.append(a.toUpperCase()).append(';');
        System.out.println("args: " + sb + " count=" + args.length);
        System.err.println("to stderr " + (args.length * 7));
        System.exit(40 + args.length);
    }
}
"#,
    )
    .unwrap();
    // compiled once, against Mote's java.base, like every Mote Java program
    let javac = Command::new("javac")
        .args([
            "--system=none",
            "--module-path",
            jvm_glue::JAVA_BASE_DIR,
            "-d",
        ])
        .arg(&dir)
        .arg(dir.join("Greeter.java"))
        .output()
        .expect("javac is installed by scripts/setup.sh");
    assert!(
        javac.status.success(),
        "{}",
        String::from_utf8_lossy(&javac.stderr)
    );
    let hotspot = Command::new("java")
        .arg("-cp")
        .arg(&dir)
        .args(["Greeter", "a", "bc"])
        .output()
        .unwrap();
    let mote = Command::new(env!("CARGO_BIN_EXE_mote"))
        .args(["run", "--hosted", "--cp"])
        .arg(&dir)
        .args(["Greeter", "a", "bc"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&mote.stdout),
        String::from_utf8_lossy(&hotspot.stdout)
    );
    assert_eq!(
        String::from_utf8_lossy(&mote.stderr),
        String::from_utf8_lossy(&hotspot.stderr)
    );
    assert_eq!(mote.status.code(), hotspot.status.code());
    assert_eq!(mote.status.code(), Some(42));
}

#[test]
fn hosted_run_explains_bad_command_lines() {
    let mote = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_mote"))
            .args(args)
            .output()
            .unwrap()
    };
    let r = mote(&["run", "--hosted", "Main"]);
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("which classes?"));
    let r = mote(&["run", "--hosted", "--cp", "/no/such/dir", "Main"]);
    assert!(String::from_utf8_lossy(&r.stderr).contains("does not exist"));
    let r = mote(&["run", "--hosted", "--cp", "/tmp", "-Xmx1T", "Main"]);
    assert!(String::from_utf8_lossy(&r.stderr).contains("-Xmx1T"));
}
