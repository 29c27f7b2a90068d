//! Boot tests: build real images with `mote build` and boot them in real
//! QEMU (TCG) with `mote run`, checking the console and the exit status.

mod common;
use common::{home, mote, out_dir};

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Builds a service once per test run; the images are shared by the tests.
fn image(service: &str) -> PathBuf {
    static HELLO: OnceLock<PathBuf> = OnceLock::new();
    static SELFTEST: OnceLock<PathBuf> = OnceLock::new();
    let (cell, dir) = match service {
        "hello" => (&HELLO, "images/hello"),
        "selftest" => (&SELFTEST, "kernel/tests/selftest"),
        _ => unreachable!(),
    };
    cell.get_or_init(|| {
        if service == "selftest" {
            make_big_file();
        }
        let out = out_dir().join(format!("{service}.mote"));
        let r = mote()
            .arg("build")
            .arg(home().join(dir))
            .arg("-o")
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            r.status.success(),
            "mote build {dir} failed:\n{}",
            String::from_utf8_lossy(&r.stderr)
        );
        out
    })
    .clone()
}

/// The selftest's 5 MiB file (not in git): deterministic pseudo-random bytes.
fn big_file() -> PathBuf {
    home().join("kernel/tests/selftest/files/big.bin")
}

fn make_big_file() {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let bytes: Vec<u8> = (0..5 * 1024 * 1024)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    if std::fs::read(big_file()).ok().as_deref() != Some(&bytes[..]) {
        std::fs::write(big_file(), &bytes).unwrap();
    }
}

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

/// Timing-sensitive tests run alone (they hold this exclusively); every
/// other guest run holds it shared. Two busy QEMUs on two host cores delay
/// each other's timer interrupts by milliseconds, which is the host, not Mote.
static EXCLUSIVE: std::sync::RwLock<()> = std::sync::RwLock::new(());

fn run(image: &Path, extra: &[&str]) -> Run {
    let _shared = EXCLUSIVE.read().unwrap_or_else(|e| e.into_inner());
    run_unlocked(image, extra)
}

/// Runs with no other guest of this test binary running at the same time.
fn run_alone(image: &Path, extra: &[&str]) -> Run {
    let _alone = EXCLUSIVE.write().unwrap_or_else(|e| e.into_inner());
    run_unlocked(image, extra)
}

fn run_unlocked(image: &Path, extra: &[&str]) -> Run {
    let r = mote()
        .arg("run")
        .args(extra)
        .arg(image)
        .args(["--timeout", "60"])
        .output()
        .unwrap();
    let run = Run {
        status: r.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&r.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&r.stderr).into_owned(),
    };
    eprintln!("--- stdout\n{}--- stderr\n{}---", run.stdout, run.stderr);
    run
}

fn selftest(test: &str, memory: &str) -> Run {
    run(
        &image("selftest"),
        &["-m", memory, "--append", &format!("-- {test}")],
    )
}

#[test]
fn hello_boots_on_microvm_prints_banner_and_exits_0() {
    let r = run(&image("hello"), &[]);
    assert_eq!(r.status, 0);
    assert!(
        r.stdout.starts_with("Mote "),
        "banner must be the first console output"
    );
    assert!(r.stdout.contains("us from PVH entry to app entry"));
    assert!(
        r.stdout.contains("Hello, world! Mote booted in "),
        "default args from mote.toml"
    );
    assert!(r.stdout.contains("app exited with status 0"));
}

#[test]
fn hello_boots_on_pc_with_arguments_from_the_command_line() {
    let r = run(&image("hello"), &["--machine", "pc", "--append", "-- Xen"]);
    assert_eq!(r.status, 0);
    assert!(r.stdout.contains("Hello, Xen!"));
}

#[test]
fn exit_status_reaches_the_host() {
    let r = selftest("exit 42", "64M");
    assert_eq!(r.status, 42);
}

#[test]
fn unknown_command_line_options_are_warned_about() {
    let r = run(&image("hello"), &["--append", "log=info frobnicate=3"]);
    assert_eq!(r.status, 0);
    assert!(r
        .stdout
        .contains("warning: unknown command-line option 'frobnicate'"));
}

#[test]
fn null_pointer_read_is_a_page_fault_at_address_0() {
    let r = selftest("null", "64M");
    assert_eq!(r.status, 102);
    assert!(r.stdout.contains("=== MOTE FAULT: page fault (#PF) ==="));
    assert!(r.stdout.contains("cause:  null pointer read (address 0x0)"));
    assert!(r.stdout.contains("stack:  'boot'"));
    assert!(
        r.stdout.contains("kernel_selftest::null_read")
            || r.stdout.contains("kernel_selftest::main")
    );
    assert!(r.stdout.contains("rip:    0x"));
    assert!(!r.stdout.contains("the null page is mapped"));
}

#[test]
fn write_to_a_code_page_is_reported() {
    let r = selftest("write-code", "64M");
    assert_eq!(r.status, 102);
    assert!(
        r.stdout.contains("cause:  write to a code page"),
        "text must be read-only"
    );
    assert!(!r.stdout.contains("text is writable"));
}

#[test]
fn jump_into_data_is_reported() {
    let r = selftest("exec-data", "64M");
    assert_eq!(r.status, 102);
    assert!(
        r.stdout.contains("cause:  jump into non-executable memory"),
        "data must be NX"
    );
    assert!(!r.stdout.contains("data is executable"));
}

#[test]
fn boot_stack_overflow_hits_the_guard_page() {
    let r = selftest("stack-overflow", "64M");
    assert_eq!(r.status, 102);
    assert!(r
        .stdout
        .contains("cause:  stack overflow: write of the guard page"));
    assert!(r.stdout.contains("below stack 'boot'"));
    assert!(
        r.stdout.contains("kernel_selftest::recurse"),
        "symbolized backtrace"
    );
    assert!(r.stdout.contains("repeats"), "recursion is summarised");
}

#[test]
fn panic_prints_message_location_and_exits_101() {
    let r = selftest("panic", "64M");
    assert_eq!(r.status, 101);
    assert!(r.stdout.contains("=== MOTE PANIC ==="));
    assert!(r.stdout.contains("self-test panic with value 42"));
    assert!(r.stdout.contains("selftest/src/lib.rs:"));
}

#[test]
fn allocating_most_of_a_256_mib_guest_works_and_patterns_survive() {
    let r = selftest("alloc", "256M");
    assert_eq!(r.status, 0);
    let line = r
        .stdout
        .lines()
        .find(|l| l.starts_with("alloc: "))
        .expect("result line");
    assert!(line.contains("ok=true"), "{line}");
    let blocks: u64 = line
        .split("blocks=")
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        blocks > 128,
        "must allocate well over half of 256 MiB, got {blocks} MiB"
    );
}

#[test]
fn out_of_memory_is_reported_not_a_hang() {
    let r = selftest("oom", "64M");
    assert_eq!(r.status, 103);
    assert!(r
        .stdout
        .contains("=== MOTE OUT OF MEMORY: an allocation of 16777216 bytes failed"));
}

#[test]
fn lapic_timer_interrupts_arrive() {
    let r = selftest("timer", "64M");
    assert_eq!(r.status, 0);
    let line = r
        .stdout
        .lines()
        .find(|l| l.starts_with("timer: "))
        .expect("result line");
    assert!(line.contains("ticks=10"), "{line}");
    let us: u64 = line
        .split("elapsed_us=")
        .nth(1)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    // ten 1 ms one-shots cannot complete in less than 10 ms of clock time
    assert!(us >= 10_000, "{line}");
}

#[test]
fn run_rejects_a_file_that_is_not_a_mote_image() {
    let r = mote().args(["run", "/etc/hostname"]).output().unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("is not a Mote image"));
    let r = mote()
        .args(["run", env!("CARGO_BIN_EXE_mote")])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("no PVH entry note"));
}

#[test]
fn run_reports_missing_qemu_clearly() {
    let r = mote()
        .env("MOTE_QEMU", "/nonexistent/qemu")
        .arg("run")
        .arg(image("hello"))
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("QEMU not found"));
}

#[test]
fn build_rejects_a_bad_manifest_with_its_path() {
    let dir = out_dir().join("bad-service");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("mote.toml"),
        "name = \"bad\"\nkind = \"rust\"\nmemroy = \"1G\"\n",
    )
    .unwrap();
    let r = mote()
        .arg("build")
        .arg(&dir)
        .args(["-o", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("mote.toml") && err.contains("unknown field") && err.contains("memroy"),
        "{err}"
    );
}

#[test]
fn images_are_small_and_stripped_with_a_debug_side_file() {
    let img = image("hello");
    let size = std::fs::metadata(&img).unwrap().len();
    let debug = std::fs::metadata(format!("{}.debug", img.display()))
        .unwrap()
        .len();
    assert!(
        debug > size,
        "the side file keeps the symbols the image drops"
    );
}

#[test]
fn gdb_attaches_with_the_printed_command_and_stops_in_the_kernel() {
    use std::io::{BufRead, BufReader};
    if Command::new("gdb").arg("--version").output().is_err() {
        panic!("gdb is missing: scripts/setup.sh installs it");
    }
    let port = 41234 + (std::process::id() % 1000) as u16;
    let mut qemu = mote()
        .arg("run")
        .arg(format!("--gdb={port}"))
        .arg(image("hello"))
        .args(["--timeout", "60"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // the printed command is the line after "attach with:"
    let mut err = BufReader::new(qemu.stderr.take().unwrap());
    let mut command = String::new();
    let mut line = String::new();
    while err.read_line(&mut line).unwrap() > 0 {
        if line.trim_start().starts_with("gdb ") {
            command = line.trim().to_string();
            break;
        }
        line.clear();
    }
    assert!(
        command.contains(&format!("localhost:{port}")),
        "no gdb command printed: {command:?}"
    );
    // run exactly that command in batch mode, plus a breakpoint and a look at where we stopped
    let script = format!(
        "{} -batch -ex 'break kernel_entry' -ex 'continue' -ex 'info symbol $pc' -ex 'kill'",
        command
    );
    let out = Command::new("sh").arg("-c").arg(&script).output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    let _ = qemu.kill();
    let _ = qemu.wait();
    assert!(
        text.contains("Breakpoint 1, ")
            && text.contains("in section .text")
            && text.contains("kernel_entry"),
        "gdb did not stop in kernel_entry:\n{text}"
    );
}

fn result_line<'a>(r: &'a Run, prefix: &str) -> &'a str {
    r.stdout
        .lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no '{prefix}' line"))
}

fn field(line: &str, key: &str) -> u64 {
    line.split_whitespace()
        .find_map(|w| w.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
        .unwrap_or_else(|| panic!("no {key} in {line}"))
        .parse()
        .unwrap()
}

#[test]
fn two_cpu_bound_threads_that_never_yield_both_progress() {
    let r = run_alone(
        &image("selftest"),
        &["-m", "64M", "--append", "-- threads-progress"],
    );
    assert_eq!(r.status, 0);
    let line = result_line(&r, "progress:");
    let (a, b) = (field(line, "a"), field(line, "b"));
    assert!(a > 0 && b > 0, "{line}");
    // both got a fair share of the second (round robin within a priority)
    assert!(a.min(b) * 4 > a.max(b), "unfair: {line}");
}

#[test]
fn a_high_priority_thread_preempts_a_busy_low_one_within_a_slice() {
    let r = run_alone(&image("selftest"), &["-m", "64M", "--append", "-- preempt"]);
    assert_eq!(r.status, 0);
    let line = result_line(&r, "preempt:");
    // without preemption every wake-up would wait for busy-low's slice; the
    // median (not the worst) keeps a loaded host's hiccups out of the verdict
    assert!(
        field(line, "median_latency_us") < field(line, "slice_us"),
        "{line}"
    );
}

#[test]
fn a_million_messages_through_a_bounded_queue_none_lost_or_duplicated() {
    let r = selftest("queue 1000000", "64M");
    assert_eq!(r.status, 0);
    let line = result_line(&r, "queue:");
    assert!(line.contains("ok=true"), "{line}");
    assert_eq!(field(line, "messages"), 1_000_000);
    assert_eq!(field(line, "sum"), 1_000_000 * 1_000_001 / 2);
}

#[test]
fn fpu_state_is_private_to_each_thread_under_preemption() {
    // 1 ms slices force many switches in the middle of the f64 sequences
    let r = run(
        &image("selftest"),
        &["-m", "64M", "--append", "sched.slice_ms=1 -- fpu"],
    );
    assert_eq!(r.status, 0);
    assert!(result_line(&r, "fpu:").contains("ok=true"));
}

#[test]
fn registers_and_sse_mode_survive_cooperative_and_preemptive_switches() {
    let r = run(
        &image("selftest"),
        &["-m", "64M", "--append", "sched.slice_ms=1 -- switch-state"],
    );
    assert_eq!(r.status, 0, "{}", r.stdout);
    assert!(result_line(&r, "switch-state:").contains("ok=true"));
}

#[test]
fn profile_finds_the_function_a_busy_guest_spins_in() {
    let img = image("selftest");
    let _shared = EXCLUSIVE.read().unwrap_or_else(|e| e.into_inner());
    let r = mote()
        .args(["profile", "--seconds", "2", "--top", "5", "-m", "64M"])
        .args(["--append", "-- spin 20"])
        .arg(&img)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&r.stdout);
    eprintln!("{out}\n{}", String::from_utf8_lossy(&r.stderr));
    assert!(r.status.success());
    let samples: usize = out
        .lines()
        .find_map(|l| l.strip_prefix("mote profile: "))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .expect("a summary line");
    assert!(samples >= 20, "{samples} samples");
    let spin = out
        .lines()
        .find(|l| l.contains("spin_for_profile"))
        .expect("the spinning function is in the table");
    let pct: f64 = spin
        .trim()
        .split('%')
        .next()
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!(pct >= 50.0, "{spin}");
    // the guest was stopped, not left to finish its 20 s
    assert!(!out.contains("spin: done"));
}

#[test]
fn profile_rejects_bad_options_and_a_missing_debug_file() {
    for (args, why) in [
        (vec!["profile", "--seconds", "x", "i.mote"], "--seconds x"),
        (vec!["profile", "--top", "0", "i.mote"], "--top 0"),
        (vec!["profile", "--xen", "i.mote"], "--xen"),
    ] {
        let r = mote().args(&args).output().unwrap();
        assert!(!r.status.success());
        assert!(
            String::from_utf8_lossy(&r.stderr).contains(why),
            "{why}: {}",
            String::from_utf8_lossy(&r.stderr)
        );
    }
    // an image without its .debug side file
    let bare = out_dir().join("profile-no-debug.mote");
    std::fs::copy(image("hello"), &bare).unwrap();
    let _ = std::fs::remove_file(out_dir().join("profile-no-debug.mote.debug"));
    let r = mote().args(["profile"]).arg(&bare).output().unwrap();
    assert!(!r.status.success());
    assert!(String::from_utf8_lossy(&r.stderr).contains("profiling needs the symbols"));
}

#[test]
fn sleep_10_ms_wakes_after_10_ms_and_within_a_slice() {
    let r = run_alone(&image("selftest"), &["-m", "64M", "--append", "-- sleep"]);
    assert_eq!(r.status, 0);
    let line = result_line(&r, "sleep:");
    assert!(field(line, "min_us") >= 10_000, "woke early: {line}");
    // the median, not the max: a loaded host can delay one wake-up; the scheduler must not delay them all
    assert!(field(line, "median_us") <= 20_000, "{line}");
}

#[test]
fn a_thousand_sleeping_threads_leave_the_cpu_idle() {
    let r = selftest("idle 1000", "256M");
    assert_eq!(r.status, 0);
    let line = result_line(&r, "idle:");
    assert_eq!(field(line, "threads"), 1000);
    // the idle thread (which halts) had at least 95% of the two seconds
    assert!(field(line, "idle_permille") >= 950, "{line}");
}

#[test]
fn a_thread_stack_overflow_is_reported_with_the_thread_name() {
    let r = selftest("thread-overflow", "64M");
    assert_eq!(r.status, 102);
    assert!(r
        .stdout
        .contains("cause:  stack overflow: write of the guard page"));
    assert!(
        r.stdout.contains("'overflower'"),
        "the report names the thread"
    );
    assert!(
        r.stdout.contains("overflower           running"),
        "the thread table is printed"
    );
    assert!(!r.stdout.contains("went unnoticed"));
}

#[test]
fn join_returns_exit_codes_and_detached_threads_finish() {
    let r = selftest("join", "64M");
    assert_eq!(r.status, 0);
    let line = result_line(&r, "join:");
    assert!(line.contains("ok=true"), "{line}");
    assert_eq!(field(line, "detached_done"), 100);
}

#[test]
fn ps_flag_prints_the_thread_table_at_exit() {
    let r = run(
        &image("selftest"),
        &["-m", "64M", "--append", "sched.ps=1 -- join"],
    );
    assert_eq!(r.status, 0);
    assert!(r.stdout.contains("threads at exit:"));
    assert!(
        r.stdout.contains("idle")
            && r.stdout.contains("main")
            && r.stdout.contains("context switches:")
    );
}

#[test]
fn the_guest_reads_a_5_mib_file_with_the_hosts_sha256() {
    let img = image("selftest");
    let host = Command::new("sha256sum").arg(big_file()).output().unwrap();
    let host_sum = String::from_utf8_lossy(&host.stdout)
        .split_whitespace()
        .next()
        .unwrap()
        .to_string();
    let r = run(&img, &["--append", "-- fs-sha /big.bin"]);
    assert_eq!(r.status, 0);
    let line = result_line(&r, "fs-sha:");
    assert!(line.contains(&host_sum), "guest {line} vs host {host_sum}");
    assert_eq!(field(line, "bytes"), 5 * 1024 * 1024);
    assert!(
        r.stdout.contains("  files: 4 files, 2 dirs, "),
        "one-line mount summary at boot"
    );
}

#[test]
fn every_write_to_the_sealed_filesystem_is_erofs() {
    let r = run(&image("selftest"), &["--append", "-- fs-write"]);
    assert_eq!(r.status, 0);
    let line = result_line(&r, "fs-write:");
    assert_eq!(
        line,
        "fs-write: write=Err(30) open_write=Err(30) create=Err(30) content=\"hello from the sealed filesystem\""
    );
}

#[test]
fn the_guest_sees_the_same_tree_as_the_host_folder() {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap())
            .collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let name = e.file_name().into_string().unwrap();
            let path = format!("{prefix}/{name}");
            if e.file_type().unwrap().is_dir() {
                out.push(format!("{path}/"));
                walk(&e.path(), &path, out);
            } else {
                out.push(format!("{path} {}", e.metadata().unwrap().len()));
            }
        }
    }
    let img = image("selftest");
    let mut host = Vec::new();
    walk(&home().join("kernel/tests/selftest/files"), "", &mut host);
    let r = run(&img, &["--append", "-- fs-ls"]);
    assert_eq!(r.status, 0);
    let guest: Vec<String> = r
        .stdout
        .lines()
        .filter_map(|l| l.strip_prefix("fs-ls: "))
        .map(String::from)
        .collect();
    assert_eq!(guest, host);
}

/// Offset of the FAT boot sector sealed in an image: jump byte, 512-byte
/// sectors, 0x55AA at 510.
fn fat_boot_sector(bytes: &[u8]) -> usize {
    (0..bytes.len() - 512)
        .find(|&o| {
            bytes[o] == 0xEB
                && bytes[o + 11..o + 13] == [0x00, 0x02]
                && bytes[o + 510..o + 512] == [0x55, 0xAA]
        })
        .expect("no FAT boot sector in the image")
}

#[test]
fn a_corrupted_filesystem_is_a_clear_boot_error_not_a_panic() {
    let mut bytes = std::fs::read(image("selftest")).unwrap();
    let at = fat_boot_sector(&bytes);
    bytes[at + 11] = 0x00;
    bytes[at + 12] = 0x00; // bytes per sector = 0
    let bad = out_dir().join("selftest-corrupt-fs.mote");
    std::fs::write(&bad, &bytes).unwrap();
    let r = run(&bad, &["--append", "-- fs-sha"]);
    assert_eq!(r.status, 104);
    assert!(
        r.stdout
            .contains("the filesystem sealed into this image is unusable"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("MOTE PANIC"));
}

#[test]
fn damaged_filesystem_metadata_is_a_boot_error() {
    // a byte of the FAT (not the boot sector): boot checks the packer's seal
    let mut bytes = std::fs::read(image("selftest")).unwrap();
    let at = fat_boot_sector(&bytes);
    let reserved = u16::from_le_bytes([bytes[at + 14], bytes[at + 15]]) as usize;
    bytes[at + reserved * 512 + 4] ^= 0x10;
    let bad = out_dir().join("selftest-damaged-fat.mote");
    std::fs::write(&bad, &bytes).unwrap();
    let r = run(&bad, &["--append", "-- fs-sha"]);
    assert_eq!(r.status, 104, "{}", r.stdout);
    assert!(
        r.stdout
            .contains("the filesystem sealed into this image is unusable")
            && r.stdout.contains("seal"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("MOTE PANIC"));
}

fn c_selftest() -> PathBuf {
    static IMG: OnceLock<PathBuf> = OnceLock::new();
    IMG.get_or_init(|| {
        let out = out_dir().join("c-selftest.mote");
        let r = mote()
            .arg("build")
            .arg(home().join("posix/tests/c-selftest"))
            .arg("-o")
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            r.status.success(),
            "mote build c-selftest failed:\n{}",
            String::from_utf8_lossy(&r.stderr)
        );
        out
    })
    .clone()
}

#[test]
fn a_c_program_uses_files_threads_time_memory_and_stdio_in_the_image() {
    let r = run(
        &c_selftest(),
        &["--append", "\"env.GREETING=hi there\" -- all"],
    );
    assert_eq!(r.status, 0);
    assert!(r
        .stdout
        .contains("c-selftest: argc=2 argv0=c-selftest argv1=all"));
    assert!(!r.stdout.contains("FAIL"), "a check failed");
    let oks = r.stdout.lines().filter(|l| l.starts_with("ok ")).count();
    assert!(oks >= 39, "only {oks} checks ran");
    assert!(r.stdout.contains("c-selftest: 0 failures"));
    assert!(r.stdout.contains("perror-check: No such file or directory"));
    // an unsupported call warns once, by name
    assert_eq!(r.stdout.matches("fork() is not supported").count(), 1);
}

#[test]
fn c_exit_status_reaches_the_host() {
    let r = run(&c_selftest(), &["--append", "-- exit 9"]);
    assert_eq!(r.status, 9);
    assert!(
        r.stdout.contains("exiting with 9"),
        "stdio is flushed at exit"
    );
}

#[test]
fn a_failed_c_assert_reports_expression_and_location() {
    let r = run(&c_selftest(), &["--append", "-- assert"]);
    assert_eq!(r.status, 101);
    assert!(
        r.stdout.contains("assertion failed: argc == 99 (") && r.stdout.contains("main.c:"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_c_compile_error_fails_the_build_with_gccs_message() {
    let dir = out_dir().join("bad-c-service");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("mote.toml"), "name = \"badc\"\nkind = \"c\"\n").unwrap();
    std::fs::write(
        dir.join("main.c"),
        "int main(void) { return undefined_thing; }\n",
    )
    .unwrap();
    let r = mote()
        .arg("build")
        .arg(&dir)
        .args(["-o", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(
        err.contains("main.c") && err.contains("undefined_thing"),
        "{err}"
    );
}

#[test]
fn mote_new_scaffolds_services_that_build_and_pass_their_own_test() {
    for kind in ["c", "rust", "java"] {
        let parent = out_dir().join(format!("scaffold-{}", std::process::id()));
        std::fs::create_dir_all(&parent).unwrap();
        let dir = parent.join(format!("fresh_{kind}"));
        let _ = std::fs::remove_dir_all(&dir);
        let r = mote()
            .arg("new")
            .arg(&dir)
            .arg(format!("--{kind}"))
            .output()
            .unwrap();
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        // the generated test.sh builds the image, boots it and checks the greeting
        let t = Command::new(dir.join("test.sh"))
            .env("MOTE", env!("CARGO_BIN_EXE_mote"))
            .env("MOTE_HOME", home())
            .env("MOTE_ACCEL", "tcg")
            .output()
            .unwrap();
        assert!(
            t.status.success(),
            "{kind}: {}\n{}",
            String::from_utf8_lossy(&t.stdout),
            String::from_utf8_lossy(&t.stderr)
        );
        assert!(String::from_utf8_lossy(&t.stdout)
            .contains(&format!("Hello, tester, from fresh_{kind} on Mote!")));
        // a second `new` into the same folder is refused
        let again = mote()
            .arg("new")
            .arg(&dir)
            .arg(format!("--{kind}"))
            .output()
            .unwrap();
        assert_eq!(again.status.code(), Some(2));
        std::fs::remove_dir_all(&parent).unwrap();
    }
    let r = mote().args(["new", "bad name", "--c"]).output().unwrap();
    assert!(String::from_utf8_lossy(&r.stderr).contains("letters, digits"));
}
