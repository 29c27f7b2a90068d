//! Java services in images: compile the service's `.java` sources with
//! javac against Mote's `java.base` (`--system=none --module-path`, so a
//! missing API is a compile error), and stage the filesystem the image
//! seals: `/java.base` (the class library), `/app` (the service's classes)
//! and the manifest's `files`, if any. Before packing, the closed-world
//! check (`java_closure`) resolves every reference of the service's classes,
//! and only the java.base classes the service and the VM can reach are
//! sealed, each without the methods that cannot run (`class_shrink`).

#[path = "class_shrink.rs"]
mod class_shrink;
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

/// What a Java service is made of: sources to compile, class files, jars.
#[derive(Default)]
struct AppInputs {
    sources: Vec<PathBuf>,
    classes: Vec<PathBuf>,
    jars: Vec<PathBuf>,
}

impl AppInputs {
    /// Walks `dir` (sorted, so builds are deterministic), skipping `skip`
    /// (the manifest's `files` folder) and build output folders.
    fn collect(&mut self, dir: &Path, skip: Option<&Path>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if Some(p.as_path()) == skip || p.file_name().is_some_and(|n| n == "target") {
                continue;
            }
            if p.is_dir() {
                self.collect(&p, skip);
            } else {
                self.add_file(p);
            }
        }
    }

    fn add_file(&mut self, p: PathBuf) {
        match p.extension().and_then(|e| e.to_str()) {
            Some("java") => self.sources.push(p),
            Some("class") => self.classes.push(p),
            Some("jar") => self.jars.push(p),
            _ => {}
        }
    }

    fn is_empty(&self) -> bool {
        self.sources.is_empty() && self.classes.is_empty() && self.jars.is_empty()
    }
}

/// The Java release of a class file version (45 = 1.1 ... 52 = 8 ... 61 = 17).
fn java_release(major: u16) -> String {
    match major {
        45..=48 => format!("1.{}", major - 44),
        49.. => (major - 44).to_string(),
        _ => "?".into(),
    }
}

/// Where a class file belongs under `/app`: the path of the class it
/// declares (not where it happened to lie), after checking that Mote's JVM
/// can run it.
fn class_destination(bytes: &[u8], origin: &str) -> Result<PathBuf, String> {
    if bytes.len() < 8 || bytes[..4] != [0xCA, 0xFE, 0xBA, 0xBE] {
        return Err(format!("{origin}: not a class file (bad magic number)"));
    }
    let major = u16::from_be_bytes([bytes[6], bytes[7]]);
    if major > 61 {
        return Err(format!(
            "{origin}: class file version {major} (Java {}) is newer than Mote's JVM runs \
             (up to 61, Java 17): compile with `javac --release 17`",
            java_release(major)
        ));
    }
    let cf = jvm::classfile::ClassFile::parse(bytes)
        .map_err(|e| format!("{origin}: malformed class file: {e}"))?;
    let name = cf
        .class_name(cf.this_class)
        .ok_or_else(|| format!("{origin}: malformed class file: no class name"))?;
    if name
        .split('/')
        .any(|part| part.is_empty() || part == "." || part == "..")
    {
        return Err(format!("{origin}: unusable class name {name:?}"));
    }
    Ok(PathBuf::from(format!("{name}.class")))
}

fn write_file(to: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(d) = to.parent() {
        fs::create_dir_all(d).map_err(|e| format!("cannot create {}: {e}", d.display()))?;
    }
    fs::write(to, bytes).map_err(|e| format!("cannot write {}: {e}", to.display()))
}

/// Places a class under `app`, refusing two different definitions of one class.
fn place_class(app: &Path, bytes: &[u8], origin: &str) -> Result<(), String> {
    let to = app.join(class_destination(bytes, origin)?);
    if let Ok(existing) = fs::read(&to) {
        if existing != bytes {
            return Err(format!(
                "{origin}: defines {} again, differently (two inputs carry the same class)",
                to.strip_prefix(app).unwrap_or(&to).display()
            ));
        }
    }
    write_file(&to, bytes)
}

/// Opens a jar, with errors that say what is wrong with it.
pub fn open_jar(path: &Path) -> Result<jvm::zip::Jar, String> {
    let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    jvm::zip::Jar::open(bytes).ok_or_else(|| {
        format!(
            "{}: not a readable jar (no zip central directory, or it is damaged)",
            path.display()
        )
    })
}

/// The `Main-Class` of a jar's manifest, with a clear error when there is none.
pub fn jar_main_class(path: &Path) -> Result<String, String> {
    let jar = open_jar(path)?;
    if !jar.has_manifest() {
        return Err(format!(
            "{}: the jar has no META-INF/MANIFEST.MF, so no Main-Class: pass --main CLASS",
            path.display()
        ));
    }
    jar.manifest_main_class()
        .filter(|m| !m.is_empty())
        .ok_or_else(|| {
            format!(
                "{}: the jar's manifest has no Main-Class: pass --main CLASS",
                path.display()
            )
        })
}

/// Unpacks a jar's classes and resources (not META-INF) under `app`.
fn unpack_jar(path: &Path, app: &Path) -> Result<usize, String> {
    let jar = open_jar(path)?;
    let mut names: Vec<&str> = jar.names().filter(|n| !n.ends_with('/')).collect();
    names.sort();
    let mut classes = 0;
    for name in names {
        if name.starts_with("META-INF/") {
            continue;
        }
        let origin = format!("{}!/{name}", path.display());
        let bytes = jar.read(name).ok_or_else(|| {
            format!("{origin}: cannot read this entry (damaged or unsupported compression)")
        })?;
        if name.ends_with(".class") {
            place_class(app, &bytes, &origin)?;
            classes += 1;
        } else {
            let rel = Path::new(name);
            if rel.is_absolute()
                || rel
                    .components()
                    .any(|c| c == std::path::Component::ParentDir)
            {
                return Err(format!("{origin}: entry name escapes the jar's root"));
            }
            write_file(&app.join(rel), &bytes)?;
        }
    }
    Ok(classes)
}

/// Builds the filesystem root for a Java service; returns its path.
/// `inputs` are folders (searched for `.java`, `.class` and `.jar` files)
/// and single `.jar`/`.class` files; `files` is the manifest's data folder.
pub fn stage(inputs: &[PathBuf], out_dir: &Path, files: Option<&Path>) -> Result<PathBuf, String> {
    let java_base = Path::new(jvm_glue::JAVA_BASE_DIR);
    let root = out_dir.join("fsroot");
    let _ = fs::remove_dir_all(&root);
    let mut found = AppInputs::default();
    for input in inputs {
        if input.is_dir() {
            found.collect(input, files);
        } else {
            found.add_file(input.clone());
        }
    }
    if found.is_empty() {
        let names: Vec<_> = inputs.iter().map(|p| p.display().to_string()).collect();
        return Err(format!(
            "{}: a Java service needs .java sources, .class files or a jar",
            names.join(", ")
        ));
    }
    let app = root.join("app");
    fs::create_dir_all(&app).map_err(|e| format!("cannot create {}: {e}", app.display()))?;
    for class in &found.classes {
        let bytes = fs::read(class).map_err(|e| format!("{}: {e}", class.display()))?;
        place_class(&app, &bytes, &class.display().to_string())?;
    }
    for jar in &found.jars {
        let n = unpack_jar(jar, &app)?;
        progress(&format!("{}: {n} classes", jar.display()));
    }
    if !found.sources.is_empty() {
        compile(&found.sources, &app, java_base)?;
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
    seal_app_classes(&app)?;
    let keep = world.reachable_library();
    let mut all = Vec::new();
    java_closure::class_files(java_base, &mut all)?;
    let (mut total, mut total_bytes, mut kept_bytes, mut sealed_bytes) = (0usize, 0u64, 0u64, 0u64);
    let (mut methods_kept, mut methods_dropped) = (0usize, 0usize);
    let lib = root.join("java.base");
    for rel in &all {
        let from = java_base.join(rel);
        let size = fs::metadata(&from).map(|m| m.len()).unwrap_or(0);
        let module_info = rel.as_os_str() == "module-info.class";
        if !module_info {
            total += 1;
            total_bytes += size;
        }
        let kept = keep.get(rel);
        if !module_info && kept.is_none() {
            continue;
        }
        let to = lib.join(rel);
        if let Some(d) = to.parent() {
            fs::create_dir_all(d).map_err(|e| format!("cannot create {}: {e}", d.display()))?;
        }
        let bytes = fs::read(&from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
        let bytes = match kept {
            // only the methods the service can run (see `java_closure`)
            Some(k) => {
                let shrunk = class_shrink::shrink(&bytes, |n, d| {
                    k.contains(&(n.to_string(), d.to_string()))
                })
                .map_err(|e| format!("{}: {e}", from.display()))?;
                kept_bytes += size;
                sealed_bytes += shrunk.bytes.len() as u64;
                methods_kept += shrunk.methods_kept;
                methods_dropped += shrunk.methods_dropped;
                shrunk.bytes
            }
            None => bytes,
        };
        fs::write(&to, bytes).map_err(|e| format!("cannot write {}: {e}", to.display()))?;
    }
    progress(&format!(
        "tree shaking: kept {} of {total} java.base classes ({kept_bytes} of {total_bytes} bytes) \
         and {methods_kept} of their {} methods ({sealed_bytes} bytes sealed)",
        keep.len(),
        methods_kept + methods_dropped,
    ));
    if let Some(files) = files {
        copy_tree(files, &root)?;
    }
    Ok(root)
}

/// Rewrites the service's own classes as java.base's are sealed, keeping
/// every method: no stack maps or reflection-only attributes, line numbers
/// in the VM's compact form, only the local-variable names NPE messages
/// can print (`class_shrink::shrink`). What the service does and prints
/// stays the same; the image gets smaller.
fn seal_app_classes(app: &Path) -> Result<(), String> {
    let mut classes = Vec::new();
    java_closure::class_files(app, &mut classes)?;
    let (mut before, mut after) = (0usize, 0usize);
    for rel in &classes {
        let path = app.join(rel);
        let bytes = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let sealed = class_shrink::shrink(&bytes, |_, _| true)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        before += bytes.len();
        after += sealed.bytes.len();
        write_file(&path, &sealed.bytes)?;
    }
    progress(&format!(
        "sealed the service's {} classes ({before} -> {after} bytes)",
        classes.len()
    ));
    Ok(())
}

/// Compiles `sources` into `app` against Mote's java.base (and the classes
/// already there, e.g. from the service's jars).
fn compile(sources: &[PathBuf], app: &Path, java_base: &Path) -> Result<(), String> {
    progress(&format!(
        "compiling {} Java files against Mote's java.base",
        sources.len()
    ));
    let out = Command::new("javac")
        .args(["--system=none", "--module-path"])
        .arg(java_base)
        .arg("-cp")
        .arg(app)
        .args(["-encoding", "UTF-8", "-d"])
        .arg(app)
        .args(sources)
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
    Ok(())
}

/// Checks that `main` (a binary name like `com.example.Main`) is one of the
/// service's classes and has `public static void main(String[])`.
pub fn check_main_class(app: &Path, main: &str) -> Result<(), String> {
    let internal = main.replace('.', "/");
    let path = app.join(format!("{internal}.class"));
    let bytes = fs::read(&path).map_err(|_| {
        format!("main class {main} is not among the service's classes (looked for /app/{internal}.class)")
    })?;
    let cf = jvm::classfile::ClassFile::parse(&bytes)
        .map_err(|e| format!("{}: malformed class file: {e}", path.display()))?;
    let has_main = cf.methods.iter().any(|m| {
        &*m.name == "main" && &*m.desc == "([Ljava/lang/String;)V" && m.access & 0x0009 == 0x0009
    });
    if !has_main {
        return Err(format!(
            "main class {main} has no `public static void main(String[])`"
        ));
    }
    Ok(())
}

/// Whether the sealed `class` (internal form, below the java.base folder
/// `java_base`) keeps a native method named one of `names`.
pub fn keeps_native(java_base: &Path, class: &str, names: &[&str]) -> bool {
    let Ok(bytes) = fs::read(java_base.join(format!("{class}.class"))) else {
        return false;
    };
    jvm::classfile::ClassFile::parse(&bytes).is_ok_and(|cf| {
        cf.methods
            .iter()
            .any(|m| m.access & jvm::classfile::ACC_NATIVE != 0 && names.contains(&&*m.name))
    })
}

/// Whether any class file below `dir` other than `class`'s own names
/// `class` (internal form) in its constant pool (class names are stored as
/// plain UTF-8 there).
pub fn references_class(dir: &Path, class: &str) -> bool {
    let needle = class.as_bytes();
    let own = format!("{class}.class");
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        let p = e.path();
        if p.is_dir() {
            references_class(&p, class)
        } else {
            p.extension().is_some_and(|x| x == "class")
                && !p.ends_with(&own)
                && fs::read(&p).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle))
        }
    })
}
