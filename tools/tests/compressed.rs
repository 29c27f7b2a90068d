//! Compressed images (`mote build --compress`): the decompressor stub boots
//! them in real QEMU (TCG) on microvm and pc, the services work as
//! uncompressed (real UDP clients), fault reports stay symbolized, and a
//! corrupt image stops with a clear message and exit status 105.

mod common;
use common::{ask, build_compressed_image, free_port, mote, out_dir, udp_client, Guest};

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Builds `dir` (relative to the Mote tree) compressed, once per test run.
fn compressed(dir: &str) -> PathBuf {
    compressed_as(dir, "")
}

/// `compressed`, with `how` "" (`--compress`, LZ4) or "lzma" (`--compress=lzma`).
fn compressed_as(dir: &str, how: &str) -> PathBuf {
    static BUILT: OnceLock<std::sync::Mutex<Vec<(String, PathBuf)>>> = OnceLock::new();
    let built = BUILT.get_or_init(Default::default);
    let mut built = built.lock().unwrap();
    let key = format!("{dir} {how}");
    if let Some((_, p)) = built.iter().find(|(d, _)| *d == key) {
        return p.clone();
    }
    let name = Path::new(dir).file_name().unwrap().to_string_lossy();
    let out = if how.is_empty() {
        let out = out_dir().join(format!("{name}-compressed.mote"));
        let stderr = build_compressed_image(dir, &out);
        assert!(stderr.contains("LZ4 payload"), "{stderr}");
        out
    } else {
        let out = out_dir().join(format!("{name}-{how}.mote"));
        let r = mote()
            .arg("build")
            .arg(common::home().join(dir))
            .arg("-o")
            .arg(&out)
            .arg(format!("--compress={how}"))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&r.stderr).into_owned();
        assert!(
            r.status.success(),
            "mote build --compress={how} {dir}:\n{stderr}"
        );
        assert!(stderr.contains("LZMA payload"), "{stderr}");
        out
    };
    built.push((key, out.clone()));
    out
}

struct Run {
    status: i32,
    stdout: String,
}

fn run(image: &Path, extra: &[&str]) -> Run {
    let r = mote()
        .arg("run")
        .arg(image)
        .args(["--timeout", "90"])
        .args(extra)
        .output()
        .unwrap();
    let run = Run {
        status: r.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&r.stdout).into_owned(),
    };
    eprintln!(
        "--- stdout\n{}--- stderr\n{}---",
        run.stdout,
        String::from_utf8_lossy(&r.stderr)
    );
    run
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().unwrap())
}

/// File offset of the stub (the second program header's segment).
fn stub_offset(img: &[u8]) -> usize {
    u64::from_le_bytes(img[64 + 56 + 8..64 + 56 + 16].try_into().unwrap()) as usize
}

/// Boots `img` on microvm and on pc; each run exited 0 and printed the
/// banner first and the decompression line.
fn boot_on_microvm_and_pc(img: &Path) -> Vec<Run> {
    ["microvm", "pc"]
        .into_iter()
        .map(|machine| {
            let r = run(img, &["--machine", machine]);
            assert_eq!(r.status, 0, "{machine}");
            assert!(r.stdout.starts_with("Mote "), "{machine}: banner first");
            assert!(
                r.stdout.contains("  image: decompressed from "),
                "{machine}"
            );
            r
        })
        .collect()
}

#[test]
fn compressed_hello_boots_on_microvm_and_pc_and_exits_0() {
    let img = compressed("images/hello");
    for r in boot_on_microvm_and_pc(&img) {
        assert!(r.stdout.contains("us from PVH entry to app entry"));
        assert!(r.stdout.contains("Hello, world! Mote booted in "));
    }
}

#[test]
fn lzma_compressed_hello_boots_on_microvm_and_pc_and_exits_0() {
    let img = compressed_as("images/hello", "lzma");
    let lz4 = std::fs::metadata(compressed("images/hello")).unwrap().len();
    let size = std::fs::metadata(&img).unwrap().len();
    assert!(size < 64 * 1024, "LZMA hello is {size} bytes (LZ4: {lz4})");
    let bytes = std::fs::read(&img).unwrap();
    let stub = stub_offset(&bytes);
    assert_eq!(
        u32_at(&bytes, stub + mote_stub::header::FORMAT),
        mote_stub::FORMAT_LZMA
    );
    for r in boot_on_microvm_and_pc(&img) {
        assert!(r.stdout.contains("Hello, world! Mote booted in "));
    }
}

#[test]
fn mote_build_rejects_an_unknown_compression() {
    let r = mote()
        .arg("build")
        .arg(common::home().join("images/hello"))
        .args(["-o", "/dev/null", "--compress=zstd"])
        .output()
        .unwrap();
    assert!(!r.status.success());
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("compress \"zstd\"") && err.contains("\"lzma\""),
        "{err}"
    );
}

#[test]
fn compressed_c_echo_echoes_on_microvm_in_4_mib_and_on_pc() {
    let img = compressed("images/c-echo");
    let size = std::fs::metadata(&img).unwrap().len();
    assert!(size < 150 * 1024, "compressed c-echo is {size} bytes");
    // microvm with the smallest RAM the uncompressed image serves in; pc
    for more in [&["--", "-m", "4M"][..], &["--machine", "pc"][..]] {
        let port = free_port(true);
        let g = Guest::start_with(
            &img,
            &[format!("udp:{port}:8080")],
            more,
            "c-echo: echoing UDP port 8080",
        );
        assert!(g.console().contains("  image: decompressed from "));
        let s = udp_client();
        for i in 0..50usize {
            let msg: Vec<u8> = (0..1 + i * 29).map(|k| (k * 7 + i) as u8).collect();
            assert_eq!(ask(&s, port, &msg), msg, "{more:?}: datagram {i}");
        }
        // nc, as a user would
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("echo 'hello from nc' | nc -u -w1 127.0.0.1 {port}"))
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), "hello from nc\n");
    }
}

#[test]
fn compressed_java_echo_runs() {
    let img = compressed("images/java-echo");
    let port = free_port(true);
    let _g = Guest::start_with(&img, &[format!("udp:{port}:8080")], &[], "8080");
    let s = udp_client();
    for i in 0..20 {
        let msg = format!("java echo {i}");
        assert_eq!(ask(&s, port, msg.as_bytes()), msg.as_bytes());
    }
}

#[test]
fn lzma_compressed_java_echo_echoes_udp() {
    let img = compressed_as("images/java-echo", "lzma");
    let size = std::fs::metadata(&img).unwrap().len();
    let lz4 = std::fs::metadata(compressed("images/java-echo"))
        .unwrap()
        .len();
    assert!(size < lz4 * 85 / 100, "LZMA {size} bytes vs LZ4 {lz4}");
    let port = free_port(true);
    let g = Guest::start_with(&img, &[format!("udp:{port}:8080")], &[], "8080");
    assert!(g.console().contains("  image: decompressed from "));
    let s = udp_client();
    for i in 0..20 {
        let msg = format!("java lzma echo {i}");
        assert_eq!(ask(&s, port, msg.as_bytes()), msg.as_bytes());
    }
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("echo 'lzma via nc' | nc -u -w1 127.0.0.1 {port}"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "lzma via nc\n");
}

#[test]
fn compressed_selftest_fault_is_still_symbolized() {
    // LZ4 images seal the LZ77-coded symbol table, LZMA ones its literal
    // form (tools/src/symtab.rs `Names`): the kernel reads both
    for img in [
        compressed("kernel/tests/selftest"),
        compressed_as("kernel/tests/selftest", "lzma"),
    ] {
        fault_is_symbolized(&img);
    }
}

fn fault_is_symbolized(img: &Path) {
    let r = run(img, &["-m", "64M", "--append", "-- null"]);
    assert_eq!(r.status, 102);
    assert!(r.stdout.contains("=== MOTE FAULT: page fault (#PF) ==="));
    assert!(
        r.stdout.contains("kernel_selftest::null_read")
            || r.stdout.contains("kernel_selftest::main"),
        "symbolized"
    );
}

/// Writes `img` changed by `change` next to it and boots it.
fn boot_changed(img: &Path, tag: &str, change: impl FnOnce(&mut Vec<u8>)) -> Run {
    let mut bytes = std::fs::read(img).unwrap();
    change(&mut bytes);
    let stem = img.file_stem().unwrap().to_string_lossy();
    let bad = out_dir().join(format!("{stem}-{tag}.mote"));
    std::fs::write(&bad, &bytes).unwrap();
    run(&bad, &[])
}

/// Cuts the payload of the compressed image `b` to `cut` bytes (zero
/// padding to 16) and fixes the checksum, so the decoder sees the damage.
fn cut_payload(b: &mut [u8], cut: usize) {
    use mote_stub::header as h;
    let stub = stub_offset(b);
    let payload = stub + u32_at(b, stub + h::PAYLOAD_OFF) as usize;
    b[stub + h::PAYLOAD_LEN..stub + h::PAYLOAD_LEN + 4]
        .copy_from_slice(&(cut as u32).to_le_bytes());
    b[payload + cut..payload + cut.next_multiple_of(16)].fill(0);
    fix_checksum(b);
}

/// Recomputes the stub header's checksum of the compressed image `b`.
fn fix_checksum(b: &mut [u8]) {
    use mote_stub::header as h;
    let stub = stub_offset(b);
    let payload = stub + u32_at(b, stub + h::PAYLOAD_OFF) as usize;
    let len = u32_at(b, stub + h::PAYLOAD_LEN) as usize;
    let words = |b: &[u8], r: std::ops::Range<usize>| {
        b[r].chunks(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
            .collect::<Vec<_>>()
    };
    let mut w = words(b, stub + h::SUMMED.start..stub + h::SUMMED.end);
    w.extend(words(b, payload..payload + len.next_multiple_of(16)));
    let (a, s) = mote_stub::checksum(w);
    b[stub + h::SUM_A..stub + h::SUM_A + 4].copy_from_slice(&a.to_le_bytes());
    b[stub + h::SUM_B..stub + h::SUM_B + 4].copy_from_slice(&s.to_le_bytes());
}

#[test]
fn corrupt_lzma_images_stop_with_a_clear_message() {
    use mote_stub::header as h;
    let img = compressed_as("images/hello", "lzma");
    let bytes = std::fs::read(&img).unwrap();
    let stub = stub_offset(&bytes);
    let payload = stub + u32_at(&bytes, stub + h::PAYLOAD_OFF) as usize;
    let len = u32_at(&bytes, stub + h::PAYLOAD_LEN) as usize;
    let lzma_msg = "mote: compressed image: the LZMA payload is corrupt; not booting";

    // a flipped bit: the checksum catches it
    let r = boot_changed(&img, "bitflip", |b| b[payload + len / 2] ^= 0x10);
    assert_eq!(r.status, 105);
    assert!(r.stdout.contains("checksum mismatch"), "{}", r.stdout);

    // the stream cut short, checksum fixed: the decoder runs out of input
    let r = boot_changed(&img, "cut", |b| cut_payload(b, len / 2));
    assert_eq!(r.status, 105);
    assert!(r.stdout.contains(lzma_msg), "{}", r.stdout);
    assert!(!r.stdout.contains("Mote 0."), "the kernel must not run");

    // flipped bytes in the stream, checksum fixed: the decoder (or its final
    // range-coder state) catches them
    let r = boot_changed(&img, "flipped", |b| {
        for k in 1..8 {
            b[payload + k * len / 8] ^= 0x5a;
        }
        fix_checksum(b)
    });
    assert_eq!(r.status, 105);
    assert!(r.stdout.contains(lzma_msg), "{}", r.stdout);

    // lc 4 + lp 1: more than the decoder takes (checksum fixed)
    let r = boot_changed(&img, "props", |b| {
        b[stub + h::LZMA_PROPS..stub + h::LZMA_PROPS + 4]
            .copy_from_slice(&0x0000_0104u32.to_le_bytes());
        fix_checksum(b)
    });
    assert_eq!(r.status, 105);
    assert!(r.stdout.contains(lzma_msg), "{}", r.stdout);

    // a scratch area that is not page aligned: a bad header
    let r = boot_changed(&img, "scratch", |b| {
        let at = stub + h::SCRATCH_OFF;
        let v = u32_at(b, at) + 16;
        b[at..at + 4].copy_from_slice(&v.to_le_bytes());
        fix_checksum(b)
    });
    assert_eq!(r.status, 105);
    assert!(
        r.stdout.contains("mote: compressed image: bad header"),
        "{}",
        r.stdout
    );
}

#[test]
fn corrupt_compressed_images_stop_with_a_clear_message() {
    use mote_stub::header as h;
    let img = compressed("images/hello");
    let bytes = std::fs::read(&img).unwrap();
    let stub = stub_offset(&bytes);
    let payload = stub + u32_at(&bytes, stub + h::PAYLOAD_OFF) as usize;
    let len = u32_at(&bytes, stub + h::PAYLOAD_LEN) as usize;

    // a flipped bit in the payload: the checksum catches it
    let r = boot_changed(&img, "bitflip", |b| b[payload + len / 2] ^= 0x10);
    assert_eq!(r.status, 105);
    assert!(r
        .stdout
        .contains("mote: compressed image: checksum mismatch (corrupt or truncated payload)"));
    assert!(!r.stdout.contains("Mote 0."), "the kernel must not run");

    // a header claiming more payload than the image holds
    let r = boot_changed(&img, "header", |b| {
        b[stub + h::PAYLOAD_LEN..stub + h::PAYLOAD_LEN + 4]
            .copy_from_slice(&(len as u32 + 1_000_000).to_le_bytes())
    });
    assert_eq!(r.status, 105);
    assert!(r.stdout.contains("mote: compressed image: bad header"));

    // an LZ4 stream cut short with a matching checksum: the decoder catches it
    let r = boot_changed(&img, "lz4", |b| cut_payload(b, len / 2));
    assert_eq!(r.status, 105);
    assert!(r
        .stdout
        .contains("mote: compressed image: the LZ4 payload is corrupt"));

    // a truncated file: QEMU's loader refuses it (no stub runs), mote run fails
    let r = boot_changed(&img, "truncated", |b| b.truncate(b.len() - len / 2));
    assert_ne!(r.status, 0);
}

/// `mote run --gdb` on a compressed image: gdb gets the kernel's own ELF
/// (`.debug`) and a breakpoint in the decompressed kernel is hit.
#[test]
fn gdb_stops_in_the_decompressed_kernel() {
    gdb_stops_in_kernel_entry(&compressed("images/hello"), 0);
}

/// The same through the LZMA stub's trip into long mode and back.
#[test]
fn gdb_stops_in_the_lzma_decompressed_kernel() {
    gdb_stops_in_kernel_entry(&compressed_as("images/hello", "lzma"), 1000);
}

fn gdb_stops_in_kernel_entry(img: &Path, port_offset: u16) {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let port = 42234 + port_offset + (std::process::id() % 1000) as u16;
    let mut qemu = mote()
        .arg("run")
        .arg(format!("--gdb={port}"))
        .arg(img)
        .args(["--timeout", "60"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(qemu.stderr.take().unwrap());
    let (mut command, mut line) = (String::new(), String::new());
    while err.read_line(&mut line).unwrap() > 0 {
        if line.trim_start().starts_with("gdb ") {
            command = line.trim().to_string();
            break;
        }
        line.clear();
    }
    assert!(
        command.contains(".debug"),
        "no gdb command printed: {command:?}"
    );
    let script = format!(
        "{command} -batch -ex 'break kernel_entry' -ex 'continue' -ex 'info symbol $pc' -ex 'kill'"
    );
    let out = Command::new("sh").arg("-c").arg(&script).output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    let _ = qemu.kill();
    let _ = qemu.wait();
    assert!(
        text.contains("Breakpoint 1, ") && text.contains("kernel_entry in section .text"),
        "gdb did not stop in kernel_entry:\n{text}"
    );
}
