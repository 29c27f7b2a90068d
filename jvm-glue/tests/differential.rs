//! Differential suite: every program under `tests/java/` is compiled once with
//! javac against Mote's java.base, then run on HotSpot (`java`) and on Mote's
//! JVM (`mote-jvm`); stdout, stderr and exit status must be identical.
//!
//! A program may carry header comments:
//!   `// args: a b c`          program arguments (both VMs)
//!   `// mote-opts: -Xgcstress=7 -Xmx16m`   extra options for Mote only
//!   `// java-opts: -Xmx16m`   extra options for HotSpot only
//!   `// stdin: some text`     a line of standard input (each such header adds one
//!                             line, in order; without any, stdin is empty)
//!
//! HotSpot runs with its defaults, so helpful NullPointerException messages
//! (JEP 358) are compared too.
//! Set `MOTE_DIFF_FILTER=substring` to run a subset, and `MOTE_DIFF_GCSTRESS=N`
//! (heavy, opt-in) to run every program on Mote with a collection at every
//! N-th allocation.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    code: Option<i32>,
    timed_out: bool,
}

fn run(mut cmd: Command, timeout: Duration, stdin: &str) -> Outcome {
    let dir = std::env::temp_dir().join(format!(
        "mote-diff-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let (o, e, i) = (dir.join("out"), dir.join("err"), dir.join("in"));
    std::fs::write(&i, stdin).unwrap();
    let mut child = cmd
        .stdin(std::fs::File::open(&i).unwrap())
        .stdout(std::fs::File::create(&o).unwrap())
        .stderr(std::fs::File::create(&e).unwrap())
        .spawn()
        .expect("spawn");
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            timed_out = true;
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Outcome {
        stdout: std::fs::read(&o).unwrap_or_default(),
        stderr: std::fs::read(&e).unwrap_or_default(),
        code: status.and_then(|s| s.code()),
        timed_out,
    }
}

fn header(src: &str, key: &str) -> Vec<String> {
    src.lines()
        .filter_map(|l| l.trim().strip_prefix(key))
        .flat_map(|v| v.split_whitespace().map(String::from).collect::<Vec<_>>())
        .collect()
}

fn first_diff(a: &[u8], b: &[u8]) -> String {
    let (a, b) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}: hotspot {:?} vs mote {:?}", i + 1, x, y);
        }
    }
    format!(
        "length: hotspot {} lines, mote {} lines (last mote: {:?})",
        a.lines().count(),
        b.lines().count(),
        b.lines().last()
    )
}

#[test]
fn differential_suite() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/java");
    let filter = std::env::var("MOTE_DIFF_FILTER").unwrap_or_default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "java"))
        .filter(|p| p.to_string_lossy().contains(&filter))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no programs under {}", root.display());
    // Compile every program once, with javac against Mote's java.base.
    let classes = std::env::temp_dir().join(format!("mote-diff-classes-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&classes);
    std::fs::create_dir_all(&classes).unwrap();
    let st = jvm_glue::javac(&classes)
        .args(&files)
        .status()
        .expect("javac");
    assert!(st.success(), "javac failed");
    let mote = env!("CARGO_BIN_EXE_mote-jvm");
    let queue = Arc::new(Mutex::new(files.clone()));
    let failures = Arc::new(Mutex::new(Vec::<String>::new()));
    let passed = Arc::new(Mutex::new(0usize));
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let (queue, failures, passed, classes) = (
                queue.clone(),
                failures.clone(),
                passed.clone(),
                classes.clone(),
            );
            std::thread::spawn(move || loop {
                let Some(file) = queue.lock().unwrap().pop() else {
                    return;
                };
                let src = std::fs::read_to_string(&file).unwrap();
                let name = file.file_stem().unwrap().to_string_lossy().into_owned();
                let args = header(&src, "// args:");
                let mut java = Command::new("java");
                java.args(header(&src, "// java-opts:"));
                java.arg("-cp").arg(&classes).arg(&name).args(&args);
                let mut mjvm = Command::new(mote);
                if let Ok(n) = std::env::var("MOTE_DIFF_GCSTRESS") {
                    mjvm.arg(format!("-Xgcstress={n}"));
                }
                mjvm.args(header(&src, "// mote-opts:"))
                    .arg("--cp")
                    .arg(&classes)
                    .arg(&name)
                    .args(&args);
                let stdin: String = src
                    .lines()
                    .filter_map(|l| l.trim().strip_prefix("// stdin:"))
                    .map(|l| format!("{}\n", l.strip_prefix(' ').unwrap_or(l)))
                    .collect();
                let h = run(java, Duration::from_secs(60), &stdin);
                let m = run(mjvm, Duration::from_secs(60), &stdin);
                let mut why = Vec::new();
                if m.timed_out {
                    why.push("mote timed out".to_string());
                }
                if h.code != m.code {
                    why.push(format!("exit: hotspot {:?} vs mote {:?}", h.code, m.code));
                }
                if h.stdout != m.stdout {
                    why.push(format!("stdout {}", first_diff(&h.stdout, &m.stdout)));
                }
                if h.stderr != m.stderr {
                    why.push(format!("stderr {}", first_diff(&h.stderr, &m.stderr)));
                }
                if why.is_empty() {
                    *passed.lock().unwrap() += 1;
                } else {
                    failures
                        .lock()
                        .unwrap()
                        .push(format!("{name}: {}", why.join("; ")));
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let _ = std::fs::remove_dir_all(&classes);
    let failures = failures.lock().unwrap();
    let passed = *passed.lock().unwrap();
    eprintln!(
        "differential: {passed}/{} programs identical on HotSpot and Mote",
        files.len()
    );
    for f in failures.iter() {
        eprintln!("  FAIL {f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ",
        failures.len(),
        files.len()
    );
}
