//! Java services in images: compile the service's `.java` sources with
//! javac against Mote's `java.base` (`--system=none --module-path`, so a
//! missing API is a compile error), and stage the filesystem the image
//! seals: `/java.base` (the class library), `/app` (the service's classes)
//! and the manifest's `files`, if any. Not done yet: the closed-world check
//! and tree shaking of java.base (the whole library is sealed).

use crate::progress;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    for e in fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))? {
        let e = e.map_err(|e| e.to_string())?;
        let dst = to.join(e.file_name());
        if e.file_type().map_err(|e| e.to_string())?.is_dir() {
            copy_tree(&e.path(), &dst)?;
        } else {
            fs::copy(e.path(), &dst)
                .map_err(|err| format!("cannot copy {}: {err}", e.path().display()))?;
        }
    }
    Ok(())
}

fn java_sources(dir: &Path, skip: Option<&Path>, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if Some(p.as_path()) == skip {
            continue;
        }
        if p.is_dir() {
            java_sources(&p, skip, out);
        } else if p.extension().is_some_and(|e| e == "java") {
            out.push(p);
        }
    }
}

/// Builds the filesystem root for a Java service; returns its path.
pub fn stage(service_dir: &Path, out_dir: &Path, files: Option<&Path>) -> Result<PathBuf, String> {
    let java_base = Path::new(jvm_glue::JAVA_BASE_DIR);
    let root = out_dir.join("fsroot");
    let _ = fs::remove_dir_all(&root);
    let mut sources = Vec::new();
    java_sources(service_dir, files, &mut sources);
    if sources.is_empty() {
        return Err(format!(
            "{}: a Java service needs .java sources",
            service_dir.display()
        ));
    }
    let app = root.join("app");
    fs::create_dir_all(&app).map_err(|e| format!("cannot create {}: {e}", app.display()))?;
    progress(&format!(
        "compiling {} Java files against Mote's java.base",
        sources.len()
    ));
    let out = Command::new("javac")
        .args(["--system=none", "--module-path"])
        .arg(java_base)
        .args(["-encoding", "UTF-8", "-d"])
        .arg(&app)
        .args(&sources)
        .output()
        .map_err(|e| {
            format!("cannot run javac ({e}): scripts/setup.sh installs openjdk-17-jdk-headless")
        })?;
    if !out.status.success() {
        return Err(format!(
            "javac failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    copy_tree(java_base, &root.join("java.base"))?;
    if let Some(files) = files {
        copy_tree(files, &root)?;
    }
    Ok(root)
}
