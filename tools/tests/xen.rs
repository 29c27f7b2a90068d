//! Xen tests on real Xen: Xen 4.17 (Debian) boots inside QEMU (TCG) with a
//! Debian dom0 (scripts/xen/build.sh, cached under target/xen), and Mote
//! images run as PVH guests, all in one Xen boot (scripts/xen/run.sh).
//! `mote xl` writes the configs of the hello and C echo guests (the latter
//! with a vif on dom0's bridge); `mote run --xen` (copied into
//! dom0) boots the exit-42 guest and must exit 42. Checks the banner on the
//! PV console, the scheduler on Xen's singleshot timer, exit statuses (poweroff; crash for
//! a panic and a CPU fault), the C POSIX self-test (with the wall clock
//! from Xen),
//! that `xl shutdown` stops a running service through xenstore, and UDP
//! echoes over netfront from the selftest (plus 64 KiB through its TCP
//! echo) and the C echo image (dom0 sends through its bridge; the C service
//! is then stopped with `xl shutdown`). Compressed images (`--compress`):
//! hello and the C echo boot, a corrupt one crashes with its message in Xen's log
//! and on its console;
//! an LZMA hello (`--compress=lzma`) boots.
//!
//! Costs one Xen boot: about a minute on an idle 2-core machine, several
//! on a loaded one; the first run also debootstraps dom0 (about a minute,
//! needs the Debian archive). `MOTE_SKIP_XEN=1` skips it.

mod common;
use common::{build_compressed_image, build_folder, home, mote};
use std::path::{Path, PathBuf};
use std::process::Command;

fn out_dir() -> PathBuf {
    let d = home().join("target/xen-tests");
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn build(dir: &str, name: &str) -> PathBuf {
    let out = out_dir().join(format!("{name}.mote"));
    build_folder(&home().join(dir), &out);
    out
}

/// `mote build --compress`, and a copy with one payload bit flipped.
fn build_compressed(dir: &str, name: &str) -> (PathBuf, PathBuf) {
    let out = out_dir().join(format!("{name}-compressed.mote"));
    build_compressed_image(dir, &out);
    let mut bytes = std::fs::read(&out).unwrap();
    let at = |b: &[u8], o: usize| u32::from_le_bytes(b[o..o + 4].try_into().unwrap()) as usize;
    let stub = at(&bytes, 64 + 56 + 8); // the stub's segment (second program header)
    let (payload, len) = (
        stub + at(&bytes, stub + mote_stub::header::PAYLOAD_OFF),
        at(&bytes, stub + mote_stub::header::PAYLOAD_LEN),
    );
    bytes[payload + len / 2] ^= 0x10;
    let bad = out_dir().join(format!("{name}-corrupt.mote"));
    std::fs::write(&bad, bytes).unwrap();
    (out, bad)
}

fn console(results: &Path, guest: &str) -> String {
    std::fs::read_to_string(results.join(format!("{guest}.console"))).unwrap_or_default()
}

#[test]
fn pvh_guests_on_real_xen_print_exit_crash_obey_xl_shutdown_and_echo_udp_over_netfront() {
    if std::env::var_os("MOTE_SKIP_XEN").is_some() {
        eprintln!("MOTE_SKIP_XEN set: skipping the Xen test");
        return;
    }
    let hello = build("images/hello", "hello");
    let selftest = build("kernel/tests/selftest", "selftest");
    let c_echo = build("images/c-echo", "c-echo");
    let java_echo = build("images/java-echo", "java-echo");
    let c_selftest = build("posix/tests/c-selftest", "c-selftest");
    let (z_hello, z_bad) = build_compressed("images/hello", "hello");
    let (z_echo, _) = build_compressed("images/c-echo", "c-echo");
    let z_lzma = out_dir().join("hello-lzma.mote");
    let r = mote()
        .arg("build")
        .arg(home().join("images/hello"))
        .arg("-o")
        .arg(&z_lzma)
        .arg("--compress=lzma")
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));

    // the hello guest uses the config `mote xl` prints
    let xl = mote().arg("xl").arg(&hello).output().unwrap();
    assert!(xl.status.success(), "mote xl failed: {xl:?}");
    let cfg_text = String::from_utf8(xl.stdout).unwrap();
    assert!(cfg_text.contains("type = \"pvh\""), "{cfg_text}");
    let cfg = out_dir().join("hello.cfg");
    std::fs::write(&cfg, cfg_text).unwrap();
    // the C echo guest's config too, with its vif and command line
    let xl = mote()
        .arg("xl")
        .arg(&c_echo)
        .args(["--bridge", "xenbr0", "--append", "ip=10.77.0.3/24"])
        .output()
        .unwrap();
    let cecho_text = String::from_utf8(xl.stdout).unwrap();
    assert!(
        cecho_text.contains("vif = [ 'bridge=xenbr0' ]") && cecho_text.contains("ip=10.77.0.3/24"),
        "{cecho_text}"
    );
    let cecho_cfg = out_dir().join("cecho.cfg");
    std::fs::write(&cecho_cfg, cecho_text).unwrap();

    // without a Xen host, `mote run --xen` says so clearly
    let has_xl = Command::new("xl").arg("help").output().is_ok();
    if !has_xl {
        let r = mote().args(["run", "--xen"]).arg(&hello).output().unwrap();
        let err = String::from_utf8_lossy(&r.stderr);
        assert!(!r.status.success() && err.contains("no `xl` here"), "{err}");
    }

    let results = out_dir().join("run");
    let g = |name: &str, image: &Path| format!("{name}={}", image.display());
    let t0 = std::time::Instant::now();
    let r = Command::new(home().join("scripts/xen/run.sh"))
        .args(["--timeout", "300", "--out"])
        .arg(&results)
        .args(["--guest", &g("hello", &hello), "--cfg"])
        .arg(&cfg)
        .arg("--mote-bin")
        .arg(env!("CARGO_BIN_EXE_mote"))
        .args(["--guest", &g("exit42", &selftest), "--mote-run"])
        .args(["--extra", "-- exit 42", "--expect", "42"])
        .args(["--guest", &g("panic", &selftest)])
        .args([
            "--extra",
            "-- panic",
            "--expect",
            "101",
            "--expect-state",
            "crash",
        ])
        .args(["--guest", &g("cself", &c_selftest)])
        .args(["--extra", "\"env.GREETING=hi there\" -- all"])
        .args(["--guest", &g("null", &selftest), "--extra", "-- null"])
        .args(["--expect", "102", "--expect-state", "crash"])
        .args(["--guest", &g("stop", &selftest)])
        .args(["--extra", "-- sleep-forever 600"])
        .args(["--shutdown-on", "watching control/shutdown"])
        .args(["--guest", &g("echo", &selftest)])
        .args([
            "--extra",
            "ip=10.77.0.2/24 -- net-echo",
            "--udp-echo",
            "10.77.0.2",
            "--tcp-echo",
            "7",
        ])
        .args(["--guest", &g("cecho", &c_echo), "--cfg"])
        .arg(&cecho_cfg)
        .args([
            "--udp-echo",
            "10.77.0.3:8080",
            "--shutdown-on",
            "c-echo: echoing",
        ])
        // the Java echo (mote.net.Udp) over netfront
        .args(["--guest", &g("jecho", &java_echo)])
        .args([
            "--extra",
            "ip=10.77.0.4/24",
            "--udp-echo",
            "10.77.0.4:8080",
            "--shutdown-on",
            "java-echo: echoing",
        ])
        // compressed images: the stub decompresses the kernel on Xen too; a
        // corrupt one crashes the domain after its message (Xen's log through
        // port 0xE9, and the PV console)
        .args(["--guest", &g("zhello", &z_hello), "--memory", "16"])
        .args(["--guest", &g("zlhello", &z_lzma), "--memory", "16"])
        .args(["--guest", &g("zecho", &z_echo), "--memory", "16"])
        .args([
            "--extra",
            "ip=10.77.0.5/24",
            "--udp-echo",
            "10.77.0.5:8080",
            "--shutdown-on",
            "c-echo: echoing",
        ])
        .args(["--guest", &g("zbad", &z_bad), "--memory", "16"])
        .args(["--expect", "", "--expect-state", "crash"])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&r.stdout);
    eprintln!(
        "{out}{}\n(xen run: {:.1} s)",
        String::from_utf8_lossy(&r.stderr),
        t0.elapsed().as_secs_f64()
    );
    for guest in [
        "hello", "exit42", "panic", "cself", "null", "stop", "echo", "cecho", "jecho", "zhello",
        "zecho", "zbad", "zlhello",
    ] {
        assert!(
            out.contains(&format!("XEN-GUEST {guest}: PASS")),
            "guest {guest} did not pass:\n{out}"
        );
    }
    assert!(r.status.success(), "run.sh failed:\n{out}");

    let hello_console = console(&results, "hello");
    assert!(
        hello_console.contains("Mote ") && hello_console.contains("(xen)"),
        "no Xen banner on the PV console:\n{hello_console}"
    );
    assert!(hello_console.contains("clock: TSC") && hello_console.contains("Xen pvclock"));
    assert!(hello_console.contains("Hello, world!"), "{hello_console}");
    // the scheduler runs on Xen's singleshot timer; the C self-test's sleeps
    // (usleep, nanosleep, cond timedwait) below depend on it
    assert!(
        hello_console.contains("timer: Xen singleshot timer (VIRQ_TIMER)"),
        "{hello_console}"
    );
    assert!(console(&results, "exit42").contains("mote: exit status 42 (poweroff)"));
    // exit42 was booted by `mote run --xen` (xl create -c) inside dom0
    assert!(out.contains("mote run --xen exit 42"), "{out}");
    let moterun = std::fs::read_to_string(results.join("exit42.moterun")).unwrap_or_default();
    assert!(
        moterun.contains("xl create -c") && moterun.contains("Mote "),
        "{moterun}"
    );
    let panic = console(&results, "panic");
    assert!(panic.contains("=== MOTE PANIC ===") && panic.contains("exit status 101 (crash)"));
    // the C POSIX suite passes on Xen; its CLOCK_REALTIME is Xen's wallclock
    let cself = console(&results, "cself");
    assert!(cself.contains("c-selftest: 0 failures"), "{cself}");
    let guest_now: u64 = cself
        .lines()
        .find_map(|l| l.strip_prefix("realtime-seconds "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    let host_now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    assert!(
        guest_now.abs_diff(host_now) < 900,
        "guest wallclock {guest_now} vs host {host_now}"
    );
    let null = console(&results, "null");
    assert!(
        null.contains("null pointer") && null.contains("exit status 102 (crash)"),
        "{null}"
    );
    assert!(out.contains("TCP 64 KiB echo ok"), "{out}");
    let echo = console(&results, "echo");
    assert!(
        echo.contains("net: xen-netfront") && echo.contains("IP 10.77.0.2/24"),
        "{echo}"
    );
    assert!(console(&results, "zhello").contains("  image: decompressed from "));
    // the LZMA stub's trip through long mode and back works under Xen too
    let zl = console(&results, "zlhello");
    assert!(
        zl.contains("  image: decompressed from ") && zl.contains("Hello, world!"),
        "{zl}"
    );
    let serial = std::fs::read_to_string(results.join("serial.log")).unwrap_or_default();
    assert!(
        serial.contains("mote: compressed image: checksum mismatch"),
        "the corrupt compressed guest's message is not in Xen's log"
    );
    // ... and on its PV console, where `xl console` and `mote run --xen` show it
    let zbad = console(&results, "zbad");
    assert!(
        zbad.contains(
            "mote: compressed image: checksum mismatch (corrupt or truncated payload); not booting"
        ),
        "the corrupt compressed guest's message is not on its console:\n{zbad}"
    );
    let stop = console(&results, "stop");
    assert!(
        stop.contains("the toolstack asked for poweroff (xl shutdown)"),
        "{stop}"
    );
}
