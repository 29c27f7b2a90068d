//! Compiling a C service: its `.c` files (in the service folder and its
//! `src/`) and the C parts of Mote's libc (`posix/libc`) are compiled with
//! gcc, freestanding, against Mote's headers (`posix/include`) plus the
//! compiler's own (stdint.h, stddef.h, stdarg.h, stdbool.h), with the stack
//! protector on, and archived into `libservice.a` for the image crate.

use crate::progress;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Flags for C code linked into an image: static, no red zone (like the
/// kernel), frame pointers for backtraces, a global stack-protector canary
/// (there is no %fs TLS block for the usual one).
pub const CFLAGS: &[&str] = &[
    "-std=gnu11",
    "-O2",
    "-ffreestanding",
    "-nostdinc",
    "-fno-pic",
    "-fno-pie",
    "-mno-red-zone",
    "-fno-omit-frame-pointer",
    "-fno-asynchronous-unwind-tables",
    "-fstack-protector-strong",
    "-mstack-protector-guard=global",
    "-fno-builtin",
    // one section per function and object, so the image link drops what
    // nothing calls (rustc links with --gc-sections)
    "-ffunction-sections",
    "-fdata-sections",
    "-Wall",
];

fn c_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
        .collect();
    v.sort();
    v
}

fn gcc_include_dir() -> Result<String, String> {
    let out = Command::new("gcc")
        .arg("-print-file-name=include")
        .output()
        .map_err(|e| {
            format!("cannot run gcc ({e}): C services need gcc (scripts/setup.sh installs it)")
        })?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Socket calls that mean a C service needs the network stack.
const SOCKET_CALLS: &[&str] = &[
    "socket",
    "bind",
    "listen",
    "accept",
    "accept4",
    "connect",
    "send",
    "recv",
    "sendto",
    "recvfrom",
    "poll",
    "select",
    "shutdown",
    "setsockopt",
    "getsockopt",
    "getsockname",
    "getpeername",
];

/// Calls without which a program cannot use TCP: a TCP socket is useless
/// until it listens or connects. (A UDP program that calls `connect` gets
/// TCP linked in needlessly, which costs size, not function.)
const TCP_CALLS: &[&str] = &["listen", "accept", "accept4", "connect"];

/// The functions `objects` call but do not define (`nm -u`).
fn undefined_symbols(objects: &[PathBuf]) -> Result<Vec<String>, String> {
    let out = Command::new("nm")
        .arg("-u")
        .args(objects)
        .output()
        .map_err(|e| format!("cannot run nm ({e}): scripts/setup.sh installs binutils"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    Ok(text
        .lines()
        .filter_map(|l| l.split_whitespace().last())
        .map(str::to_string)
        .collect())
}

/// `libservice.a` is in the output folder; this says what it needs.
pub struct Archive {
    /// The service's own code calls socket functions.
    pub uses_sockets: bool,
    /// ... and among them listen/accept/connect (so it may use TCP).
    pub uses_tcp: bool,
}

/// Compiles everything into `out_dir/libservice.a`.
pub fn build_archive(home: &Path, service_dir: &Path, out_dir: &Path) -> Result<Archive, String> {
    let mut sources = c_files(service_dir);
    sources.extend(c_files(&service_dir.join("src")));
    if sources.is_empty() {
        return Err(format!(
            "{}: a C service needs at least one .c file (e.g. main.c)",
            service_dir.display()
        ));
    }
    let libc_dir = home.join("posix/libc");
    let libc: Vec<PathBuf> = c_files(&libc_dir)
        .into_iter()
        .filter(|p| !p.ends_with("test_shim.c"))
        .collect();
    let obj_dir = out_dir.join("c-obj");
    let _ = fs::remove_dir_all(&obj_dir);
    fs::create_dir_all(&obj_dir)
        .map_err(|e| format!("cannot create {}: {e}", obj_dir.display()))?;
    let gccinc = gcc_include_dir()?;
    let include = home.join("posix/include");
    let mut objects = Vec::new();
    for (i, src) in sources.iter().chain(&libc).enumerate() {
        let obj = obj_dir.join(format!(
            "{i:03}-{}.o",
            src.file_stem().unwrap().to_string_lossy()
        ));
        let out = Command::new("gcc")
            .args(CFLAGS)
            // Mote's own C library is optimised for size, the service for speed
            .args((i >= sources.len()).then_some("-Os"))
            .arg("-isystem")
            .arg(&include)
            .arg("-isystem")
            .arg(&gccinc)
            .arg("-I")
            .arg(service_dir)
            .arg("-c")
            .arg(src)
            .arg("-o")
            .arg(&obj)
            .output()
            .map_err(|e| format!("cannot run gcc: {e}"))?;
        let msgs = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() {
            return Err(format!("compiling {} failed:\n{msgs}", src.display()));
        }
        if !msgs.trim().is_empty() {
            progress(&format!(
                "gcc warnings for {}:\n{}",
                src.display(),
                msgs.trim_end()
            ));
        }
        objects.push(obj);
    }
    let lib = out_dir.join("libservice.a");
    let _ = fs::remove_file(&lib);
    let out = Command::new("ar")
        .arg("rcs")
        .arg(&lib)
        .args(&objects)
        .output()
        .map_err(|e| format!("cannot run ar ({e}): scripts/setup.sh installs binutils"))?;
    if !out.status.success() {
        return Err(format!(
            "ar failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    progress(&format!(
        "compiled {} C files ({} from the service)",
        objects.len(),
        sources.len()
    ));
    let undefined = undefined_symbols(&objects[..sources.len()])?;
    let calls = |set: &[&str]| undefined.iter().any(|s| set.contains(&s.as_str()));
    Ok(Archive {
        uses_sockets: calls(SOCKET_CALLS),
        uses_tcp: calls(TCP_CALLS),
    })
}
