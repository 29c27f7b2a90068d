//! The closed world of a Java service: `mote build` resolves every reference
//! of the service's classes (and fails on the unresolved ones, naming the call
//! site) and seals only the part of java.base the service and the VM reach.

mod common;
use common::{app_output, home, hosted_java_hello, mote, out_dir};

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every `.class` file under `dir` except module-info, relative to `dir`.
fn classes(dir: &Path) -> BTreeSet<String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeSet<String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else if p.extension().is_some_and(|x| x == "class")
                && p.file_name().unwrap() != "module-info.class"
            {
                let rel = p.strip_prefix(root).unwrap().to_str().unwrap();
                out.insert(rel.trim_end_matches(".class").to_string());
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(dir, dir, &mut out);
    out
}

/// Class names the VM uses (`"java/..."` literals in jvm/src), except keys
/// of the native-method table, names it only compares a loaded class's name
/// with (`== "java/..."`) and names it only looks up among loaded classes
/// (`loaded("java/...")`).
fn vm_named_classes() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in std::fs::read_dir(home().join("jvm/src")).unwrap().flatten() {
        let text = std::fs::read_to_string(e.path()).unwrap_or_default();
        for (i, _) in text.match_indices("\"java/") {
            let name: String = text[i + 1..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, '/' | '$' | '_'))
                .collect();
            // `("java/x/Y", "method", _)` keys the native table: the VM only
            // binds natives of a class something else loaded, it never loads it
            let native_key =
                text[..i].ends_with('(') && text[i + 1 + name.len()..].starts_with("\", ");
            let only_if_loaded = text[..i].ends_with("== ") || text[..i].ends_with("loaded(");
            if !native_key && !only_if_loaded {
                out.insert(name);
            }
        }
    }
    out
}

#[test]
fn java_hello_is_tree_shaken_and_still_runs_like_on_the_hosted_jvm() {
    let img = out_dir().join("closure-java-hello.mote");
    let r = mote()
        .arg("build")
        .arg(home().join("images/java-hello"))
        .arg("-o")
        .arg(&img)
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&r.stderr).into_owned();
    assert!(r.status.success(), "{log}");

    // fewer java.base classes in the image than in the library
    let full = classes(Path::new(jvm_glue::JAVA_BASE_DIR));
    let staged_dir: PathBuf = home().join("target/mote-build/java-hello/fsroot/java.base");
    let staged = classes(&staged_dir);
    assert!(
        !staged.is_empty() && staged.len() < full.len(),
        "{} of {}",
        staged.len(),
        full.len()
    );
    assert!(staged.is_subset(&full));
    assert!(staged_dir.join("module-info.class").exists());
    // the progress line tells the same numbers
    let line = format!(
        "tree shaking: kept {} of {} java.base classes",
        staged.len(),
        full.len()
    );
    assert!(log.contains(&line), "expected {line:?} in:\n{log}");
    // what Hello uses directly, and every class the VM names, is sealed
    for c in [
        "java/lang/Thread",
        "java/lang/StringBuilder",
        "java/lang/IllegalStateException",
        "java/lang/Runnable",
        "java/io/PrintStream",
    ] {
        assert!(staged.contains(c), "{c} missing from the image");
    }
    let vm = vm_named_classes();
    assert!(vm.contains("java/lang/Object") && vm.len() > 20, "{vm:?}");
    for c in vm.iter().filter(|c| full.contains(*c)) {
        assert!(
            staged.contains(c),
            "{c} (named by the VM) missing from the image"
        );
    }
    // something Hello never reaches is gone
    assert!(full.contains("java/util/TreeMap") && !staged.contains("java/util/TreeMap"));
    // shaking follows methods, not whole classes: String stays, but the regex
    // engine its split() would use does not, since Hello never splits
    assert!(staged.contains("java/lang/String"));
    assert!(
        full.contains("java/util/regex/Pattern") && !staged.contains("java/util/regex/Pattern")
    );

    // and the image still behaves like the hosted JVM with the whole library
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
        let (expected, hosted_status) = hosted_java_hello("closure-hello-classes", &args);
        assert_eq!(hosted_status, status);
        assert_eq!(
            app_output(&console),
            expected,
            "image vs hosted for args {args:?}"
        );
    }
}

/// A service delivered as compiled classes that were built against a
/// library it does not ship (like a jar left off the build): the classes
/// compile, but their references cannot resolve in the image.
#[test]
fn unresolved_references_fail_the_build_with_their_call_sites() {
    let scratch = out_dir().join("closure-missing");
    let _ = std::fs::remove_dir_all(&scratch);
    let service = scratch.join("service");
    let sources = scratch.join("sources");
    let stubs = scratch.join("stubs");
    for d in [&service, &sources, &stubs] {
        std::fs::create_dir_all(d).unwrap();
    }
    std::fs::write(
        stubs.join("Base.java"),
        "public class Base { public static int twice(int x) { return 2 * x; } }\n",
    )
    .unwrap();
    std::fs::write(
        stubs.join("Gone.java"),
        "public class Gone { public static int count; public void run(String s) {} }\n",
    )
    .unwrap();
    std::fs::write(
        stubs.join("Counter.java"),
        "public class Counter { public static int count = 7; }\n",
    )
    .unwrap();
    // Helper is the service's own; its superclass Base is not
    std::fs::write(
        sources.join("Helper.java"),
        "class Helper extends Base {}\n",
    )
    .unwrap();
    std::fs::write(
        sources.join("Main.java"),
        "public class Main {\n\
         \x20   public static void main(String[] args) {\n\
         \x20       int x = Helper.twice(21);\n\
         \x20       System.out.println(x);\n\
         \x20       new Gone().run(\"a\");\n\
         \x20       Runnable r = () -> System.out.println(Counter.count);\n\
         \x20       r.run();\n\
         \x20   }\n\
         }\n",
    )
    .unwrap();
    // the service's classes, compiled against the stubs; only they are shipped
    let javac = Command::new("javac")
        .args([
            "--system=none",
            "--module-path",
            jvm_glue::JAVA_BASE_DIR,
            "-sourcepath",
        ])
        .arg(&stubs)
        .arg("-d")
        .arg(&stubs)
        .arg(stubs.join("Base.java"))
        .arg(stubs.join("Gone.java"))
        .arg(stubs.join("Counter.java"))
        .output()
        .unwrap();
    assert!(javac.status.success(), "{javac:?}");
    let javac = Command::new("javac")
        .args([
            "--system=none",
            "--module-path",
            jvm_glue::JAVA_BASE_DIR,
            "-cp",
        ])
        .arg(&stubs)
        .arg("-d")
        .arg(&service)
        .arg(sources.join("Helper.java"))
        .arg(sources.join("Main.java"))
        .output()
        .unwrap();
    assert!(javac.status.success(), "{javac:?}");
    std::fs::write(
        service.join("mote.toml"),
        "name = \"closure-missing\"\nkind = \"java\"\nmain = \"Main\"\n",
    )
    .unwrap();
    let img = scratch.join("out.mote");
    let r = mote()
        .arg("build")
        .arg(&service)
        .arg("-o")
        .arg(&img)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&r.stderr).into_owned();
    assert_eq!(r.status.code(), Some(2), "{err}");
    assert!(!img.exists());
    let lines: Vec<&str> = err.lines().filter(|l| l.starts_with("missing: ")).collect();
    for want in [
        "missing: Helper.twice(int) — used by Main.main (Main.java:3)",
        "missing: class Gone — used by Main.main (Main.java:5)",
        "missing: class Base — used by Helper",
        // only a static field of Counter is used, inside a lambda body
        "missing: class Counter — used by Main.lambda$main$0 (Main.java:6)",
    ] {
        assert!(
            lines.iter().any(|l| l.starts_with(want)),
            "no line starting with {want:?} in:\n{err}"
        );
    }
    // javac really compiled it: the same service builds with the stubs in it
    for (f, src) in [
        (
            "Base.java",
            "public class Base { public static int twice(int x) { return 2 * x; } }\n",
        ),
        (
            "Gone.java",
            "public class Gone { public static int count; public void run(String s) {} }\n",
        ),
        (
            "Counter.java",
            "public class Counter { public static int count = 7; }\n",
        ),
    ] {
        std::fs::write(service.join(f), src).unwrap();
    }
    let r = mote()
        .env_remove("CLASSPATH")
        .arg("build")
        .arg(&service)
        .arg("-o")
        .arg(&img)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "{err}");
    assert!(!err.contains("missing:"), "{err}");
}
