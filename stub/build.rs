//! Builds the 64-bit LZMA decoder blob the stub calls in long mode: rustc
//! compiles `blob/entry.rs` (with `src/lzma.rs`) to one position-independent
//! object, `ld` links it with `blob/blob.ld` into one flat section (entry
//! first), `objcopy` takes the bytes. Linking fails on any undefined symbol
//! (a panic path would be one), every input section must be one the script
//! places, and linking at two bases must give the same bytes (no absolute
//! address in the code). Needs binutils (`scripts/setup.sh` installs them).

use std::path::{Path, PathBuf};
use std::process::Command;

fn run(cmd: &mut Command) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e} (binutils: run scripts/setup.sh)"));
    if !out.status.success() {
        panic!(
            "{cmd:?} failed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

fn link(obj: &Path, script: &Path, out: &Path, base: u64) -> Vec<u8> {
    let elf = out.with_extension(format!("{base:x}.elf"));
    run(Command::new("ld")
        .args([
            "-m",
            "elf_x86_64",
            "-static",
            "--no-dynamic-linker",
            "-nostdlib",
        ])
        .args(["--orphan-handling=error", "--build-id=none"])
        .arg(format!("--defsym=BLOB_BASE={base:#x}"))
        .arg("-T")
        .arg(script)
        .arg("-o")
        .arg(&elf)
        .arg(obj));
    let bin = elf.with_extension("bin");
    run(Command::new("objcopy")
        .args(["-O", "binary", "-j", ".blob"])
        .arg(&elf)
        .arg(&bin));
    let check = elf.with_extension("check");
    run(Command::new("objcopy")
        .args(["-O", "binary", "-j", ".reloc_check"])
        .arg(&elf)
        .arg(&check));
    let extra = std::fs::metadata(&check).map_or(0, |m| m.len());
    assert!(
        extra == 0,
        "the LZMA blob has {extra} bytes of GOT, relocations or writable data"
    );
    std::fs::read(&bin).unwrap()
}

fn main() {
    let dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    for f in [
        "blob/entry.rs",
        "blob/blob.ld",
        "src/lzma.rs",
        "src/x86_branches.rs",
        "build.rs",
    ] {
        println!("cargo:rerun-if-changed={}", dir.join(f).display());
    }
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let obj = out.join("lzma_blob.o");
    run(Command::new(rustc)
        .args([
            "--edition",
            "2021",
            "--crate-type",
            "lib",
            "--crate-name",
            "mote_lzma_blob",
        ])
        .args(["--target", "x86_64-unknown-linux-gnu", "--emit", "obj"])
        .args([
            "-C",
            "relocation-model=pic",
            "-C",
            "panic=abort",
            "-C",
            "opt-level=s",
        ])
        .args([
            "-C",
            "overflow-checks=off",
            "-C",
            "debug-assertions=off",
            "-C",
            "debuginfo=0",
        ])
        .args(["-C", "codegen-units=1", "-C", "code-model=small"])
        .arg("-o")
        .arg(&obj)
        .arg(dir.join("blob/entry.rs"))
        .env_remove("RUSTC_WRAPPER"));
    let script = dir.join("blob/blob.ld");
    let a = link(&obj, &script, &out.join("lzma_blob"), 0);
    let b = link(&obj, &script, &out.join("lzma_blob"), 0x12345000);
    assert!(
        !a.is_empty() && a == b,
        "the LZMA blob is not position independent"
    );
    std::fs::write(out.join("lzma_blob.bin"), &a).unwrap();
}
