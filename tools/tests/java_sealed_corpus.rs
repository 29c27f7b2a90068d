//! The tree shaking against the JVM's whole differential corpus (~1 minute
//! on 2 cores): every program under
//! jvm-glue/tests/java runs with `mote run --hosted --sealed`, i.e. with
//! only its own classes and the tree-shaken java.base an image of it would
//! seal, and must print what HotSpot prints (stdout and exit status; the
//! programs' `// args:`, `// stdin:` and `// java-opts:` headers apply). A
//! method the tree shaking dropped that can run shows up as a
//! NoSuchMethodError or AbstractMethodError. Each program is sealed alone:
//! in one shared image the union of all their code would hide such a miss.

mod common;
use common::{home, mote, out_dir};

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

fn header(src: &str, key: &str) -> Vec<String> {
    src.lines()
        .filter_map(|l| l.trim().strip_prefix(key))
        .flat_map(|v| v.split_whitespace().map(String::from).collect::<Vec<_>>())
        .collect()
}

/// Runs `cmd` with standard input from the file `stdin` (a file, not a
/// pipe: `available()` then does not depend on when the bytes arrive);
/// (stdout, exit status).
fn run(mut cmd: Command, stdin: &Path) -> (Vec<u8>, Option<i32>) {
    let out = cmd
        .stdin(std::fs::File::open(stdin).unwrap())
        .stderr(Stdio::null())
        .output()
        .unwrap();
    (out.stdout, out.status.code())
}

/// Whether a class file came from `source` (its SourceFile string).
fn from_source(class: &[u8], source: &str) -> bool {
    let mut entry = vec![1u8];
    entry.extend((source.len() as u16).to_be_bytes());
    entry.extend(source.as_bytes());
    class.windows(entry.len()).any(|w| w == entry.as_slice())
}

#[test]
fn every_differential_program_sealed_alone_prints_what_hotspot_prints() {
    let java = home().join("jvm-glue/tests/java");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&java)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "java"))
        .collect();
    files.sort();
    assert!(files.len() > 300, "{} programs", files.len());
    let base = out_dir().join("sealed-corpus");
    let _ = std::fs::remove_dir_all(&base);
    let all = base.join("all");
    std::fs::create_dir_all(&all).unwrap();
    let javac = jvm_glue::javac(&all).args(&files).output().unwrap();
    assert!(
        javac.status.success(),
        "{}",
        String::from_utf8_lossy(&javac.stderr)
    );
    // each program's classes in a folder of its own
    let compiled: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(&all)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect();
    let queue = Arc::new(Mutex::new(files.clone()));
    let failures = Arc::new(Mutex::new(Vec::<String>::new()));
    let compiled = Arc::new(compiled);
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let (queue, failures, compiled, base) = (
                queue.clone(),
                failures.clone(),
                compiled.clone(),
                base.clone(),
            );
            std::thread::spawn(move || loop {
                let Some(file) = queue.lock().unwrap().pop() else {
                    return;
                };
                let name = file.file_stem().unwrap().to_string_lossy().into_owned();
                let src = std::fs::read_to_string(&file).unwrap();
                let dir = base.join(&name);
                std::fs::create_dir_all(&dir).unwrap();
                let source = format!("{name}.java");
                for (p, b) in compiled.iter().filter(|(_, b)| from_source(b, &source)) {
                    std::fs::write(dir.join(p.file_name().unwrap()), b).unwrap();
                }
                let args = header(&src, "// args:");
                let stdin: String = src
                    .lines()
                    .filter_map(|l| l.trim().strip_prefix("// stdin:"))
                    .map(|l| format!("{}\n", l.strip_prefix(' ').unwrap_or(l)))
                    .collect();
                let mut hs = Command::new("java");
                hs.args(header(&src, "// java-opts:"))
                    .arg("-cp")
                    .arg(&dir)
                    .arg(&name)
                    .args(&args);
                let mut sealed = mote();
                sealed
                    .args(["run", "--hosted", "--sealed", "--cp"])
                    .arg(&dir)
                    .arg(&name)
                    .args(&args);
                let input = base.join(format!("{name}.stdin"));
                std::fs::write(&input, stdin).unwrap();
                let (h, m) = (run(hs, &input), run(sealed, &input));
                if h != m {
                    let first =
                        h.0.split(|&b| b == b'\n')
                            .zip(m.0.split(|&b| b == b'\n'))
                            .find(|(a, b)| a != b)
                            .map(|(a, b)| {
                                format!(
                                    "HotSpot {:?} / sealed {:?}",
                                    String::from_utf8_lossy(a),
                                    String::from_utf8_lossy(b)
                                )
                            })
                            .unwrap_or_else(|| "outputs differ in length".into());
                    failures
                        .lock()
                        .unwrap()
                        .push(format!("{name}: exit {:?} vs {:?}; {first}", h.1, m.1));
                }
                let _ = std::fs::remove_dir_all(&dir);
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    let failures = failures.lock().unwrap();
    for f in failures.iter() {
        eprintln!("  FAIL {f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ when sealed",
        failures.len(),
        files.len()
    );
}
