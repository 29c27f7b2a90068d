//! Method-level tree shaking against HotSpot: dozens of the JVM's
//! differential programs (collections, streams, lambdas, formatting,
//! regex, text, time, I/O, exceptions and their messages) sealed into ONE
//! image, whose java.base keeps only the methods the closure analysis says
//! can run. The image must print exactly what HotSpot prints for the same
//! compiled classes: a method dropped that could run shows up as a
//! NoSuchMethodError or AbstractMethodError in the output.

mod common;
use common::*;
use std::process::Command;

/// Deterministic programs that need no arguments, stdin or exit codes.
const PROGRAMS: &[&str] = &[
    "Autobox",
    "BigDecArith",
    "BigIntArith",
    "CollArrayDeque",
    "CollHashMapViews",
    "CollTreeMapNav",
    "CollLinkedList",
    "CollPriorityQueue",
    "CollCollectionsAlgo",
    "CollImmutables",
    "EnumAdvanced",
    "ExceptionsBasic",
    "ExceptionToString",
    "FmtMisc",
    "FmtTable",
    "FmtScanner",
    "Generics",
    "InnerClasses",
    "Interfaces",
    "IoBufferedReaderLines",
    "IoDataStreams",
    "IoCharsetUtf8Decode",
    "JsonParser",
    "LambdaBridges",
    "Lambdas",
    "LangStringApi",
    "LangStringBuilderOps",
    "LangIntegerLong",
    "LangDoubleToString",
    "MethodRefs",
    "NpeMessages",
    "Records",
    "RegexMatcherApi",
    "RegexSplit",
    "StrmCollectors",
    "StrmGroupingReport",
    "StrmPrimitives",
    "StrmOptionalChain",
    "TextMessageFormat",
    "TextNumberFormat",
    "TimeBuilder",
    "TryWithResources",
    "Switches",
    "StringSwitchBig",
    "NioByteBufferBasics",
    "Polymorphism",
];

/// Calls every program's `main` in turn; an exception escaping one is
/// printed (class and message) and the next runs.
fn driver(class: &str, programs: &[&str]) -> String {
    let mut s = format!(
        "public class {class} {{\n  public static void main(String[] a) {{\n    System.setErr(System.out);\n    System.out.println(\"== shaken: begin\");\n",
    );
    for p in programs {
        s.push_str(&format!(
            "    System.out.println(\"== {p}\");\n    try {{ {p}.main(new String[0]); }} catch (Throwable t) {{ System.out.println(\"escaped: \" + t); }}\n    System.out.flush();\n"
        ));
    }
    s.push_str("    System.out.println(\"== shaken: end\");\n  }\n}\n");
    s
}

/// The lines from the begin marker to the end marker.
fn between_markers(out: &str) -> String {
    let mut lines = Vec::new();
    let mut on = false;
    for l in out.lines() {
        if l == "== shaken: begin" {
            on = true;
        }
        if on {
            lines.push(l);
        }
        if l == "== shaken: end" {
            break;
        }
    }
    lines.join("\n")
}

#[test]
fn differential_programs_in_one_shaken_image_print_what_hotspot_prints() {
    shaken_image_prints_what_hotspot_prints("java-shaken", "ShakenAll", PROGRAMS, 500);
}

/// The full mode (`cargo test --release -p mote-tools --test java_shaken --
/// --ignored`, ~10 minutes): each program in an image of its own, so that
/// no other program's code keeps a method one of them needs (in the
/// shared image the union of all their reachable code hides such a
/// mistake).
#[test]
#[ignore]
fn each_differential_program_in_its_own_shaken_image_prints_what_hotspot_prints() {
    for p in PROGRAMS {
        shaken_image_prints_what_hotspot_prints(&format!("java-shaken-{p}"), "ShakenOne", &[p], 1);
    }
}

/// Builds `programs` (from jvm-glue/tests/java) with a driver class into
/// one image named `name`, runs it and HotSpot, and compares what they print
/// (at least `min_lines` lines).
fn shaken_image_prints_what_hotspot_prints(
    name: &str,
    main: &str,
    programs: &[&str],
    min_lines: usize,
) {
    let dir = out_dir().join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let java = home().join("jvm-glue/tests/java");
    for p in programs {
        std::fs::copy(
            java.join(format!("{p}.java")),
            dir.join(format!("{p}.java")),
        )
        .unwrap();
    }
    std::fs::write(dir.join(format!("{main}.java")), driver(main, programs)).unwrap();
    std::fs::write(
        dir.join("mote.toml"),
        format!("name = \"{name}\"\nkind = \"java\"\nmain = \"{main}\"\nmemory = \"128M\"\n"),
    )
    .unwrap();
    let img = out_dir().join(format!("{name}.mote"));
    let log = build_folder(&dir, &img);
    assert!(log.contains("tree shaking: kept"), "{log}");

    // HotSpot on the same sources compiled the same way (the image carries
    // them sealed: line numbers in the VM's own attribute, which HotSpot
    // does not read)
    let app = out_dir().join(format!("{name}-classes"));
    let _ = std::fs::remove_dir_all(&app);
    let sources: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "java"))
        .collect();
    javac_against_java_base(&sources, &app);
    let hs = Command::new("java")
        .arg("-cp")
        .arg(&app)
        .arg(main)
        .output()
        .unwrap();
    assert!(
        hs.status.success(),
        "{}",
        String::from_utf8_lossy(&hs.stderr)
    );
    let expected = between_markers(&String::from_utf8_lossy(&hs.stdout));
    assert!(
        expected.ends_with("== shaken: end") && expected.lines().count() > min_lines,
        "HotSpot's output is too short:\n{expected}"
    );

    let r = mote()
        .arg("run")
        .arg(&img)
        .args(["--timeout", "600"])
        .output()
        .unwrap();
    let console = String::from_utf8_lossy(&r.stdout).into_owned();
    assert_eq!(r.status.code(), Some(0), "{console}");
    let got = between_markers(&console);
    if got != expected {
        let first = got
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(got.lines().count().min(expected.lines().count()));
        let show = |s: &str| {
            s.lines()
                .skip(first.saturating_sub(3))
                .take(8)
                .collect::<Vec<_>>()
                .join("\n")
        };
        panic!(
            "{name}: image and HotSpot differ at line {first}:\n--- image\n{}\n--- HotSpot\n{}",
            show(&got),
            show(&expected)
        );
    }
}
