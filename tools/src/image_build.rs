//! `mote build`: turns a service folder into one bootable image.
//!
//! A Rust service is linked with the kernel through a small generated
//! crate (under `target/mote-build/`), built freestanding on
//! `x86_64-unknown-linux-gnu` with the flags of DESIGN.md. The link runs
//! twice when the code changed: the first pass gives the function
//! addresses, which are sealed into `.mote_syms` by the second (text comes
//! first in the image, so the blob cannot move code; this is checked).
//! The output is stripped; the unstripped ELF is kept as `<image>.debug`
//! for gdb.

use crate::elf::{Elf, Symbol};
use crate::manifest::{Kind, Manifest};
use crate::{mote_home, progress, symtab};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const TARGET: &str = "x86_64-unknown-linux-gnu";

/// rustc flags for the freestanding kernel link (see ../shared/notes/boot-facts.md).
fn image_rustflags(home: &Path) -> Vec<String> {
    let mut flags: Vec<String> = [
        "-Crelocation-model=static",
        "-Cno-redzone=yes",
        "-Cforce-unwind-tables=no",
        "-Cforce-frame-pointers=yes",
        "-Clink-arg=-nostartfiles",
        "-Clink-arg=-nostdlib",
        "-Clink-arg=-static",
        "-Clink-arg=-no-pie",
        "-Clink-arg=-Wl,--build-id=none",
        "-Clink-arg=-Wl,-n",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    flags.push(format!(
        "-Clink-arg=-T{}",
        home.join("kernel/link.ld").display()
    ));
    // Panic locations name source files; short relative paths instead of
    // absolute ones keep the image smaller and the same on every machine.
    for prefix in source_prefixes(home) {
        flags.push(format!("--remap-path-prefix={}/=", prefix.display()));
    }
    flags
}

/// Folders holding the sources an image is compiled from: the Mote tree,
/// crates.io downloads, the standard library's sources.
fn source_prefixes(home: &Path) -> Vec<PathBuf> {
    let mut v = vec![fs::canonicalize(home).unwrap_or_else(|_| home.to_path_buf())];
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")));
    if let Some(registry) = cargo_home.map(|c| c.join("registry/src")) {
        let mut dirs: Vec<PathBuf> = fs::read_dir(registry)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        dirs.sort();
        v.extend(dirs);
    }
    let sysroot = Command::new("rustc").args(["--print", "sysroot"]).output();
    if let Ok(out) = sysroot {
        let root = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if !root.is_empty() {
            v.push(Path::new(&root).join("lib/rustlib/src/rust"));
        }
    }
    v
}

/// Writes `contents` to `path` only if it differs, so cargo sees no change otherwise.
fn write_if_changed(path: &Path, contents: &[u8]) -> Result<(), String> {
    if fs::read(path).ok().as_deref() == Some(contents) {
        return Ok(());
    }
    fs::write(path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn package_name(dir: &Path) -> Result<String, String> {
    let path = dir.join("Cargo.toml");
    let text = fs::read_to_string(&path).map_err(|e| {
        format!(
            "a rust service needs a Cargo.toml; cannot read {}: {e}",
            path.display()
        )
    })?;
    let value: toml::Table =
        toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    value
        .get("package")
        .and_then(|p| p.get("name"))
        .and_then(|n| n.as_str())
        .map(str::to_string)
        .ok_or_else(|| format!("{}: no [package] name", path.display()))
}

/// The manifest's default arguments as one command-line string the kernel splits again.
fn default_args_line(args: &[String]) -> Result<String, String> {
    let mut words = Vec::new();
    for a in args {
        if a.contains('"') {
            return Err(format!(
                "argument {a:?}: double quotes cannot be passed on the kernel command line"
            ));
        }
        if a.is_empty() || a.contains(char::is_whitespace) {
            words.push(format!("\"{a}\""));
        } else {
            words.push(a.clone());
        }
    }
    Ok(words.join(" "))
}

/// The natives of java.lang.Math behind mote-jvm's `math` feature.
const MATH_NATIVES: &[&str] = &[
    "sin", "cos", "tan", "exp", "log", "log10", "fma0", "pow0", "fmaf0",
];

/// The natives of java.math.BigInteger behind mote-jvm's `bignum` feature.
const BIGNUM_NATIVES: &[&str] = &["mulKernel", "divKernel", "divWordKernel"];

/// The natives of java.lang.Double behind mote-jvm's `double_parse` feature
/// (parseDouble/valueOf(String), and Float.parseFloat through it).
const DOUBLE_PARSE_NATIVES: &[&str] = &["parse0"];

/// The natives of mote.net.Udp behind mote-jvm's `udp` feature.
const UDP_NATIVES: &[&str] = &["bind0", "serve0"];

fn generated_crate(
    home: &Path,
    m: &Manifest,
    service_dir: &Path,
    package: Option<&str>,
    with_tcp: bool,
    jvm_features: &[&str],
) -> Result<String, String> {
    let canonical = |sub: &str| -> Result<String, String> {
        fs::canonicalize(home.join(sub))
            .map(|p| p.display().to_string())
            .map_err(|e| format!("{sub} sources at {}: {e}", home.join(sub).display()))
    };
    let service_dep = match package {
        None if m.kind == Kind::Java => format!(
            "jvm-image = {{ package = \"mote-jvm-image\", path = {:?}, features = {jvm_features:?} }}",
            canonical("jvm-glue/image")?
        ),
        Some(p) => format!(
            "service = {{ package = {p:?}, path = {:?} }}",
            service_dir.display().to_string()
        ),
        None => format!(
            "posix = {{ package = \"mote-posix\", path = {:?}, features = [\"image\"] }}",
            canonical("posix")?
        ),
    };
    let manifest = format!(
        r#"# Generated by `mote build` for {dir}; do not edit.
[package]
name = "mote-image-{name}"
version = "0.0.0"
edition = "2021"
publish = false

[workspace]

[dependencies]
kernel = {{ package = "mote-kernel", path = {kernel:?}, features = [{features}] }}
{service_dep}

[profile.release]
panic = "abort"
opt-level = "s"
codegen-units = 1
lto = true
debug = false
{jvm_profile}"#,
        dir = service_dir.display(),
        name = m.name,
        // interp: the JVM's interpreter is built for speed, the rest for size
        jvm_profile = if m.kind == Kind::Java {
            "\n[profile.release.package.mote-jvm]\nopt-level = 2\n"
        } else {
            ""
        },
        kernel = canonical("kernel")?,
        features = if with_tcp {
            "\"image\", \"tcp\""
        } else {
            "\"image\""
        },
    );
    Ok(manifest)
}

/// (files, bytes) below `dir`.
fn tree_size(dir: &Path) -> (u64, u64) {
    let mut acc = (0, 0);
    for e in fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            let (c, b) = tree_size(&p);
            acc = (acc.0 + c, acc.1 + b);
        } else if let Ok(md) = e.metadata() {
            acc = (acc.0 + 1, acc.1 + md.len());
        }
    }
    acc
}

/// The Java heap limit the manifest sets (`heap`), or 0: then the image
/// chooses half the guest RAM it boots with.
fn java_heap_bytes(m: &Manifest) -> Result<usize, String> {
    match &m.heap {
        Some(h) => {
            let mib = crate::manifest::parse_memory_mib(h).map_err(|e| format!("heap: {e}"))?;
            Ok((mib as usize) << 20)
        }
        None => Ok(0),
    }
}

/// For C services: links `libservice.a` (built by `c_build`) into the image.
const C_BUILD_SCRIPT: &str = r#"// Generated by `mote build`: link the C service's archive.
fn main() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    println!("cargo:rustc-link-search=native={dir}");
    println!("cargo:rustc-link-lib=static=service");
    println!("cargo:rerun-if-changed={dir}/libservice.a");
}
"#;

fn generated_main(m: &Manifest, with_fs: bool, with_net: bool) -> Result<String, String> {
    let entry = match m.kind {
        Kind::Java => format!(
            "fn java_service(args: &[&str]) -> i32 {{\n    jvm_image::run({:?}, args, {})\n}}\n\nkernel::service_main!(java_service",
            m.main.as_deref().unwrap_or(""),
            java_heap_bytes(m)?
        ),
        Kind::C => format!(
            "fn c_service(args: &[&str]) -> i32 {{\n    posix::run_c_main({:?}, args)\n}}\n\nkernel::service_main!(c_service",
            m.name
        ),
        _ => "kernel::service_main!(service::main".to_string(),
    };
    let fs_static = if with_fs {
        r#"
/// The service's files: a FAT image mounted read-only at boot (see kernel::rootfs).
#[used]
#[link_section = ".mote_fs"]
static FILES: [u8; include_bytes!("../fs.img").len()] = *include_bytes!("../fs.img");
"#
    } else {
        ""
    };
    Ok(format!(
        r#"//! Generated by `mote build`: links service `{name}` with the Mote kernel.
#![no_std]
#![no_main]

use kernel as _;

{entry}, {args:?}{files});

/// Function symbols of this very image, for fault reports (see kernel::symbols).
#[used]
#[link_section = ".mote_syms"]
static SYMBOLS: [u8; include_bytes!("../syms.bin").len()] = *include_bytes!("../syms.bin");

/// The image's run configuration, read by `mote run` (ELF note "Mote", type 2).
#[repr(C, align(4))]
struct ConfigNote {{
    namesz: u32,
    descsz: u32,
    kind: u32,
    name: [u8; 8],
    memory_mib: u32,
    reserved: u32,
}}

#[used]
#[link_section = ".note.Mote"]
static CONFIG: ConfigNote = ConfigNote {{
    namesz: 5,
    descsz: 8,
    kind: 2,
    name: *b"Mote\0\0\0\0",
    memory_mib: {memory},
    reserved: 0,
}};
{fs_static}"#,
        name = m.name,
        args = default_args_line(&m.args)?,
        files = match (with_fs, with_net) {
            (true, true) => ", files, net",
            (true, false) => ", files",
            (false, true) => ", net",
            (false, false) => "",
        },
        memory = m.memory_mib(),
    ))
}

fn cargo_build(crate_dir: &Path, target_dir: &Path, home: &Path) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(&cargo)
        .args(["build", "--release", "--target", TARGET, "--manifest-path"])
        .arg(crate_dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(target_dir)
        .env(
            "CARGO_ENCODED_RUSTFLAGS",
            image_rustflags(home).join("\x1f"),
        )
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("CARGO_BUILD_TARGET")
        .env_remove("CARGO_BUILD_RUSTFLAGS")
        .output()
        .map_err(|e| {
            format!("cannot run {cargo}: {e} (is Rust installed? run scripts/setup.sh)")
        })?;
    if !out.status.success() {
        return Err(format!(
            "compiling the image failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(())
}

fn read_symbols(elf_path: &Path) -> Result<(Vec<u8>, Vec<Symbol>), String> {
    let bytes =
        fs::read(elf_path).map_err(|e| format!("cannot read {}: {e}", elf_path.display()))?;
    let elf = Elf::parse(&bytes).map_err(|e| format!("{}: {e}", elf_path.display()))?;
    let mut syms = elf
        .function_symbols()
        .map_err(|e| format!("{}: {e}", elf_path.display()))?;
    syms.sort_by_key(|s| s.addr);
    Ok((bytes, syms))
}

/// A service to build: the folder its manifest's paths are relative to, the
/// manifest, and (Java) the folders and jars holding its code.
pub struct Service {
    pub dir: PathBuf,
    pub manifest: Manifest,
    pub java_inputs: Vec<PathBuf>,
}

/// Builds the service in `service_dir` (with its `mote.toml`) into `output`.
pub fn build(service_dir: &Path, output: &Path) -> Result<(), String> {
    build_with(service_dir, output, None)
}

/// `build`, with the manifest's `compress` overridden when `compress` is Some.
pub fn build_with(
    service_dir: &Path,
    output: &Path,
    compress: Option<crate::manifest::Compress>,
) -> Result<(), String> {
    let dir = fs::canonicalize(service_dir)
        .map_err(|e| format!("service folder {}: {e}", service_dir.display()))?;
    let mut manifest = Manifest::load(&dir)?;
    if compress.is_some() {
        manifest.compress = compress;
    }
    build_service(
        Service {
            java_inputs: vec![dir.clone()],
            dir,
            manifest,
        },
        output,
    )
}

pub fn build_service(service: Service, output: &Path) -> Result<(), String> {
    let home = mote_home();
    let Service {
        dir,
        manifest: m,
        java_inputs,
    } = service;
    let service_dir = &dir;
    if m.kind == Kind::Java && m.main.as_deref().is_none_or(str::is_empty) {
        return Err(format!(
            "{}: a Java service needs `main = \"MainClass\"` in mote.toml",
            m.name
        ));
    }
    let package = if m.kind == Kind::Rust {
        Some(package_name(&dir)?)
    } else {
        None
    };
    progress(&format!(
        "building {} ({:?} service) from {}",
        m.name,
        m.kind,
        service_dir.display()
    ));
    let started = Instant::now();

    let crate_dir = home.join("target/mote-build").join(&m.name);
    fs::create_dir_all(crate_dir.join("src"))
        .map_err(|e| format!("cannot create {}: {e}", crate_dir.display()))?;
    let lock = fs::File::create(crate_dir.join(".lock")).map_err(|e| format!("lock file: {e}"))?;
    lock.lock()
        .map_err(|e| format!("cannot lock {}: {e}", crate_dir.display()))?;
    let mut with_net = m.network.unwrap_or(m.kind == Kind::Rust);
    // optional JVM parts the service's classes need (Java only)
    let mut jvm_features: Vec<&str> = Vec::new();
    // Whether the service may use TCP (else the stack is built UDP-only).
    let mut may_use_tcp = true;
    if m.kind == Kind::C {
        let archive = crate::c_build::build_archive(&home, &dir, &crate_dir)?;
        write_if_changed(&crate_dir.join("build.rs"), C_BUILD_SCRIPT.as_bytes())?;
        with_net = m.network.unwrap_or(archive.uses_sockets);
        may_use_tcp = archive.uses_tcp;
    }
    let java_root = if m.kind == Kind::Java {
        let root = crate::java_build::stage(
            &java_inputs,
            &crate_dir,
            m.files.as_deref().map(|f| dir.join(f)).as_deref(),
        )?;
        crate::java_build::check_main_class(&root.join("app"), m.main.as_deref().unwrap_or(""))?;
        // Java reaches the network through mote.net.Udp, or java.net (whose
        // natives live in java.net.Net: kept only if the service can reach it)
        let java_net = root.join("java.base/java/net/Net.class").exists();
        with_net = m.network.unwrap_or_else(|| {
            crate::java_build::references_class(&root.join("app"), "mote/net/Udp") || java_net
        });
        may_use_tcp = java_net;
        // records' bootstrap only if a sealed class other than
        // ObjectMethods itself names it
        if crate::java_build::references_class(&root, "java/lang/runtime/ObjectMethods") {
            jvm_features.push("records");
        } else {
            progress("records: left out of the JVM (no record among the service's classes)");
        }
        // each group of natives only if its sealed class keeps one of them:
        // (feature, class, natives, what leaving it out means)
        let native_features: [(&str, &str, &[&str], &str); 4] = [
            ("math", "java/lang/Math", MATH_NATIVES, "Math's transcendental natives left out of the JVM (the service cannot call them)"),
            ("bignum", "java/math/BigInteger", BIGNUM_NATIVES, "BigInteger's native kernels left out of the JVM (the service cannot call them)"),
            ("double_parse", "java/lang/Double", DOUBLE_PARSE_NATIVES, "Double.parse0 left out of the JVM (the service cannot parse decimal text to double/float)"),
            ("udp", "mote/net/Udp", UDP_NATIVES, "mote.net.Udp's natives left out of the JVM (the service does not use it)"),
        ];
        for (feature, class, natives, left_out) in native_features {
            if crate::java_build::keeps_native(&root.join("java.base"), class, natives) {
                jvm_features.push(feature);
            } else {
                progress(&format!("{feature}: {left_out}"));
            }
        }
        Some(root)
    } else {
        None
    };
    let with_tcp = with_net && m.tcp.unwrap_or(may_use_tcp);
    progress(match (with_net, with_tcp) {
        (true, true) => "network stack: linked in (UDP and TCP)",
        (true, false) => "network stack: linked in, UDP only (the service never listens or connects; `tcp = true` in mote.toml adds TCP)",
        _ => "network stack: left out (the service does not use it)",
    });
    write_if_changed(
        &crate_dir.join("Cargo.toml"),
        generated_crate(&home, &m, &dir, package.as_deref(), with_tcp, &jvm_features)?.as_bytes(),
    )?;
    if let Some(files_dir) = java_root
        .clone()
        .or_else(|| m.files.as_ref().map(|f| dir.join(f)))
    {
        let files = files_dir.display().to_string();
        progress(&format!(
            "packing {} into a read-only FAT image",
            files_dir.display()
        ));
        // Larger clusters make the chain walk at the first file access
        // shorter but pad small files: 4 KiB unless the files are small on
        // average (class files), then 512 B. Measured: see README.
        let (count, bytes) = tree_size(&files_dir);
        let cluster = if count > 0 && bytes / count < 16 * 1024 {
            512
        } else {
            4096
        };
        let opts = ::fs::pack::PackOptions {
            cluster_size: Some(cluster),
            ..Default::default()
        };
        let img = ::fs::pack::pack_dir_with(&files_dir, &opts)
            .map_err(|e| format!("files = {files:?}: {e}"))?;
        let summary =
            ::fs::probe(&img).map_err(|e| format!("the packed image does not mount: {e}"))?;
        progress(&format!("files: {summary}"));
        write_if_changed(&crate_dir.join("fs.img"), &img)?;
    }
    write_if_changed(
        &crate_dir.join("src/main.rs"),
        generated_main(&m, m.files.is_some() || java_root.is_some(), with_net)?.as_bytes(),
    )?;
    if let Ok(lockfile) = fs::read(home.join("Cargo.lock")) {
        write_if_changed(&crate_dir.join("Cargo.lock"), &lockfile)?;
    }
    let syms_path = crate_dir.join("syms.bin");
    // an LZMA payload finds the names' repeats itself (see symtab::Names)
    let names = if m.compress == Some(crate::manifest::Compress::Lzma) {
        symtab::Names::Plain
    } else {
        symtab::Names::Repeats
    };
    if !syms_path.exists() {
        write_if_changed(&syms_path, &symtab::encode(&[], names))?;
    }

    let target_dir = home.join("target/image");
    let elf_path = target_dir
        .join(TARGET)
        .join("release")
        .join(format!("mote-image-{}", m.name));
    cargo_build(&crate_dir, &target_dir, &home)?;
    let (mut bytes, syms) = read_symbols(&elf_path)?;
    let blob = symtab::encode(&syms, names);
    if fs::read(&syms_path).ok().as_deref() != Some(&blob[..]) {
        progress(&format!(
            "sealing {} function symbols into the image (second link)",
            syms.len()
        ));
        write_if_changed(&syms_path, &blob)?;
        cargo_build(&crate_dir, &target_dir, &home)?;
        let (bytes2, syms2) = read_symbols(&elf_path)?;
        let addrs = |s: &[Symbol]| {
            s.iter()
                .map(|s| (s.addr, s.name.clone()))
                .collect::<Vec<_>>()
        };
        if addrs(&syms) != addrs(&syms2) {
            return Err("function addresses moved between the two link passes; the sealed symbol table would lie \
                        (is .mote_syms placed after .text in kernel/link.ld?)"
                .into());
        }
        bytes = bytes2;
    }

    let elf = Elf::parse(&bytes).map_err(|e| e.to_string())?;
    let stripped = elf.stripped().map_err(|e| e.to_string())?;
    let format = match m.compress {
        Some(crate::manifest::Compress::Lz4) => Some(crate::compress::Format::Lz4),
        Some(crate::manifest::Compress::Lzma) => Some(crate::compress::Format::Lzma),
        _ => None,
    };
    let (image, how) = if let Some(format) = format {
        let p = crate::compress::pack(&stripped, format)?;
        let how = format!(
            "compressed: {} bytes of kernel memory in a {} byte {} payload, {} bytes stripped uncompressed",
            p.decoded,
            p.payload,
            format.name(),
            stripped.len()
        );
        (p.image, how)
    } else {
        (stripped, "stripped".to_string())
    };
    let debug = PathBuf::from(format!("{}.debug", output.display()));
    fs::write(output, &image).map_err(|e| format!("cannot write {}: {e}", output.display()))?;
    fs::write(&debug, &bytes).map_err(|e| format!("cannot write {}: {e}", debug.display()))?;
    progress(&format!(
        "wrote {} ({} bytes, {how}; symbols for gdb in {}) in {:.1} s",
        output.display(),
        image.len(),
        debug.display(),
        started.elapsed().as_secs_f64()
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_args_are_quoted_for_the_kernel_tokenizer() {
        let a =
            |v: &[&str]| default_args_line(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(a(&["a", "b c", ""]).unwrap(), "a \"b c\" \"\"");
        assert!(a(&["say \"hi\""]).unwrap_err().contains("double quotes"));
    }

    /// The names a feature gates in jvm/src/natives.rs: the arms of `class`
    /// under `#[cfg(feature = "<feature>")]`, and the names the arm under
    /// `#[cfg(not(feature = "<feature>"))]` answers with an error instead.
    fn gated_natives(feature: &str, class: &str) -> (Vec<String>, Vec<String>) {
        let src =
            fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../jvm/src/natives.rs"))
                .unwrap();
        let on = format!("#[cfg(feature = \"{feature}\")]");
        let off = format!("#[cfg(not(feature = \"{feature}\"))]");
        let arm = format!("(\"{class}\", \"");
        let (mut gated, mut refused) = (Vec::new(), Vec::new());
        let mut lines = src.lines().peekable();
        while let Some(l) = lines.next() {
            if l.trim() == on {
                if let Some(rest) = lines.peek().and_then(|n| n.trim().strip_prefix(&*arm)) {
                    gated.push(rest.split('"').next().unwrap().to_string());
                }
            } else if l.trim() == off {
                // the pattern up to `=>`: its quoted strings are the class, then the names
                let mut pattern = String::new();
                for n in lines.by_ref() {
                    pattern.push_str(n);
                    if n.contains("=>") {
                        break;
                    }
                }
                let pattern = pattern.split("=>").next().unwrap();
                let quoted: Vec<&str> = pattern.split('"').skip(1).step_by(2).collect();
                if quoted.first() == Some(&class) {
                    refused.extend(quoted[1..].iter().map(|s| s.to_string()));
                }
            }
        }
        gated.sort();
        refused.sort();
        (gated, refused)
    }

    /// Each list of natives mote build checks names exactly the natives
    /// jvm/src/natives.rs puts behind that feature, so that an image never
    /// lacks one it keeps; without the feature each of them is a clear error.
    #[test]
    fn feature_native_lists_match_the_jvms_features() {
        for (feature, class, list) in [
            ("math", "java/lang/Math", MATH_NATIVES),
            ("bignum", "java/math/BigInteger", BIGNUM_NATIVES),
            ("double_parse", "java/lang/Double", DOUBLE_PARSE_NATIVES),
            ("udp", "mote/net/Udp", UDP_NATIVES),
        ] {
            let mut listed: Vec<String> = list.iter().map(|s| s.to_string()).collect();
            listed.sort();
            let (gated, refused) = gated_natives(feature, class);
            assert_eq!(gated, listed, "natives behind `{feature}`");
            assert_eq!(refused, listed, "natives refused without `{feature}`");
        }
    }
}
