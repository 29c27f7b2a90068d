//! Java services in images: compile the service's `.java` sources with
//! javac against Mote's `java.base` (`--system=none --module-path`, so a
//! missing API is a compile error), and stage the filesystem the image
//! seals: `/java.base` (the class library), `/app` (the service's classes)
//! and the manifest's `files`, if any. Before packing, the closed-world
//! check (`java_closure`) resolves every reference of the service's classes,
//! and only the java.base classes the service and the VM can reach are
//! sealed.

#[path = "java_closure.rs"]
mod java_closure;

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
    let world = java_closure::World::load(&app, java_base)?;
    let problems = world.check();
    if !problems.is_empty() {
        return Err(format!(
            "closed-world check failed: {} unresolved reference(s)\n{}",
            problems.len(),
            problems.join("\n")
        ));
    }
    progress("closed-world check: every reference of the service resolves");
    let keep = world.reachable_library();
    let mut all = Vec::new();
    java_closure::class_files(java_base, &mut all)?;
    let (mut total, mut total_bytes, mut kept_bytes) = (0usize, 0u64, 0u64);
    let lib = root.join("java.base");
    for rel in &all {
        let from = java_base.join(rel);
        let size = fs::metadata(&from).map(|m| m.len()).unwrap_or(0);
        let module_info = rel.as_os_str() == "module-info.class";
        if !module_info {
            total += 1;
            total_bytes += size;
        }
        if module_info || keep.contains_key(rel) {
            if !module_info {
                kept_bytes += size;
            }
            let to = lib.join(rel);
            if let Some(d) = to.parent() {
                fs::create_dir_all(d).map_err(|e| format!("cannot create {}: {e}", d.display()))?;
            }
            fs::copy(&from, &to).map_err(|e| format!("cannot copy {}: {e}", from.display()))?;
        }
    }
    progress(&format!(
        "tree shaking: kept {} of {total} java.base classes ({kept_bytes} of {total_bytes} bytes); removed {} classes, {} bytes",
        keep.len(),
        total - keep.len(),
        total_bytes - kept_bytes
    ));
    if let Some(files) = files {
        copy_tree(files, &root)?;
    }
    Ok(root)
}

/// Whether any class file below `dir` names `class` (internal form) in its
/// constant pool (class names are stored as plain UTF-8 there).
pub fn references_class(dir: &Path, class: &str) -> bool {
    let needle = class.as_bytes();
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        let p = e.path();
        if p.is_dir() {
            references_class(&p, class)
        } else {
            p.extension().is_some_and(|x| x == "class")
                && fs::read(&p).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle))
        }
    })
}
