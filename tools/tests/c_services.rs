//! The C example services (images/c-*), built with `mote build`, booted in
//! QEMU (TCG) with port forwards, and driven by real clients: a Rust UDP
//! client, `nc`, `curl`, and raw TCP for broken HTTP.

mod common;
#[path = "../src/netns.rs"]
mod netns;
use common::{
    ask, build, check_facfib_service, check_sort_service, curl, free_port, home, udp_client, Guest,
};

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::Duration;

#[test]
fn c_echo_returns_every_datagram_intact() {
    let img = build("c-echo");
    let port = free_port(true);
    let _g = Guest::start(
        &img,
        &[format!("udp:{port}:8080")],
        "c-echo: echoing UDP port 8080",
    );
    // nc, as a user would
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("echo 'hello from nc' | nc -u -w1 127.0.0.1 {port}"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hello from nc\n");
    // a Rust client: sizes 1..=1472, patterned payloads
    let s = udp_client();
    let mut x: u32 = 12345;
    for i in 0..300usize {
        let size = 1 + (i * 97) % 1472;
        let msg: Vec<u8> = (0..size)
            .map(|_| {
                x = x.wrapping_mul(1664525).wrapping_add(1013904223);
                (x >> 24) as u8
            })
            .collect();
        assert_eq!(ask(&s, port, &msg), msg, "datagram {i} of {size} bytes");
    }
    // oversized datagrams (IP-fragmented on the way in) are dropped or
    // answered, never fatal: the service keeps echoing
    for size in [1473usize, 4000, 9000, 65000] {
        let _ = s.send_to(&vec![b'x'; size], ("127.0.0.1", port));
    }
    std::thread::sleep(Duration::from_millis(300));
    let mut buf = [0u8; 65536];
    s.set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    while s.recv_from(&mut buf).is_ok() {} // drain whatever came back
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    assert_eq!(ask(&s, port, b"still here"), b"still here");
}

/// Decimal big-number arithmetic for the expected values (independent of the C code).
#[test]
fn c_facfib_answers_factorials_and_fibonacci_numbers_exactly() {
    let img = build("c-facfib");
    let (pf, pb) = (free_port(true), free_port(true));
    let _g = Guest::start(
        &img,
        &[format!("udp:{pf}:8080"), format!("udp:{pb}:8081")],
        "fibonacci on UDP port 8081",
    );
    check_facfib_service(pf, pb);
}

#[test]
fn c_sort_sorts_lists_and_rejects_non_integers() {
    let img = build("c-sort");
    let port = free_port(true);
    let _g = Guest::start(
        &img,
        &[format!("udp:{port}:8080")],
        "c-sort: sorting on UDP port 8080",
    );
    check_sort_service(port);
}

#[test]
fn c_httpd_serves_sealed_files_with_keep_alive_and_survives_broken_requests() {
    let img = build("c-httpd");
    let port = free_port(false);
    let _g = Guest::start(
        &img,
        &[format!("tcp:{port}:8080")],
        "c-httpd: serving HTTP on TCP port 8080",
    );
    let base = format!("http://127.0.0.1:{port}");
    let index = std::fs::read_to_string(home().join("images/c-httpd/files/index.html")).unwrap();
    assert_eq!(curl(&[&format!("{base}/")]).0, index);
    // keep-alive: two requests, one connection
    let (body, log) = curl(&[
        "-v",
        &format!("{base}/static/info.json"),
        &format!("{base}/index.html"),
    ]);
    assert!(log.contains("Re-using existing connection"), "{log}");
    assert!(body.starts_with("{\"service\":\"c-httpd\""));
    // a binary file, byte for byte
    let out = Command::new("curl")
        .args(["-s", "--max-time", "20", &format!("{base}/static/blob.bin")])
        .output()
        .unwrap();
    assert_eq!(
        out.stdout,
        std::fs::read(home().join("images/c-httpd/files/static/blob.bin")).unwrap()
    );
    // status codes
    let code = |args: &[&str]| curl(&[&["-o", "/dev/null", "-w", "%{http_code}"], args].concat()).0;
    assert_eq!(code(&[&format!("{base}/missing.txt")]), "404");
    assert_eq!(code(&["-X", "POST", &format!("{base}/")]), "405");
    assert_eq!(code(&["-I", &format!("{base}/index.html")]), "200");
    // broken HTTP on a raw connection: 400, then the service still serves
    let mut t = TcpStream::connect(("127.0.0.1", port)).unwrap();
    t.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    t.write_all(b"THIS IS NOT HTTP\r\n\r\n").unwrap();
    let mut reply = String::new();
    let _ = t.read_to_string(&mut reply);
    assert!(reply.starts_with("HTTP/1.1 400 Bad Request"), "{reply}");
    let mut t = TcpStream::connect(("127.0.0.1", port)).unwrap();
    t.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    t.write_all(&vec![b'A'; 20000]).unwrap();
    let mut reply = String::new();
    let _ = t.read_to_string(&mut reply);
    assert!(reply.starts_with("HTTP/1.1 431"), "{reply}");
    assert_eq!(curl(&[&format!("{base}/")]).0, index);
}

/// A service that writes a large reply and exits at once (no close, no
/// wait): the kernel must deliver every byte still in the socket before the
/// VM ends, as Linux does for a process that exits after writing. The guest
/// talks to the host kernel over a tap in a private network namespace (QEMU's
/// user networking would acknowledge and buffer data itself), and the client
/// reads slowly through a small window, so the guest's socket is sure to
/// hold data when `exit` is called.
#[test]
fn bytes_written_just_before_exit_still_reach_the_peer() {
    const TOTAL: usize = 512 * 1024;
    let img = build_c_service(
        "c-exit-after-write",
        r#"#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>

int main(void) {
    int s = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(8080);
    if (bind(s, (struct sockaddr *)&a, sizeof a) < 0 || listen(s, 1) < 0) { perror("bind/listen"); return 2; }
    printf("exit-after-write: listening\n");
    int c = accept(s, 0, 0);
    static unsigned char block[4096];
    size_t sent = 0;
    while (sent < 512 * 1024) {
        for (size_t i = 0; i < sizeof block; i++) block[i] = (unsigned char)((sent + i) * 7 + 3);
        size_t off = 0;
        while (off < sizeof block) {
            long n = send(c, block + off, sizeof block - off, 0);
            if (n <= 0) { perror("send"); return 3; }
            off += (size_t)n;
        }
        sent += sizeof block;
    }
    printf("exit-after-write: wrote %zu bytes, exiting\n", sent);
    exit(0);
}
"#,
    );

    let ns = netns::NetNs::create(
        &format!("mote-x{}", std::process::id()),
        "mxtap0",
        "10.78.0.1/24",
    )
    .expect("creating a network namespace with a tap (needs root, /dev/net/tun, iproute2)");
    let log = img.with_extension("log");
    let mut guest = ns
        .command(env!("CARGO_BIN_EXE_mote"))
        .env("MOTE_HOME", home())
        .args(["run", "--timeout", "120", "--tap", "mxtap0"])
        .args(["--append", "ip=10.78.0.2/24 gw=10.78.0.1"])
        .arg(&img)
        .stdout(std::fs::File::create(&log).unwrap())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let console = || std::fs::read_to_string(&log).unwrap_or_default();
    let t0 = std::time::Instant::now();
    while !console().contains("exit-after-write: listening") {
        assert!(t0.elapsed() < Duration::from_secs(60), "{}", console());
        std::thread::sleep(Duration::from_millis(50));
    }
    let reader = std::thread::scope(|scope| {
        scope
            .spawn(|| {
                ns.enter_current_thread().unwrap();
                let mut conn = small_window_connect([10, 78, 0, 2], 8080);
                conn.set_read_timeout(Some(Duration::from_secs(30)))
                    .unwrap();
                let mut got = Vec::with_capacity(TOTAL);
                let mut buf = [0u8; 2048];
                loop {
                    std::thread::sleep(Duration::from_millis(2));
                    match conn.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => got.extend_from_slice(&buf[..n]),
                    }
                }
                got
            })
            .join()
            .unwrap()
    });
    let status = loop {
        if let Some(st) = guest.try_wait().unwrap() {
            break st.code();
        }
        if t0.elapsed() > Duration::from_secs(120) {
            let _ = guest.kill();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(
        reader.len(),
        TOTAL,
        "the reply was cut off at exit:\n{}",
        console()
    );
    for (i, &b) in reader.iter().enumerate() {
        assert_eq!(b, (i * 7 + 3) as u8, "byte {i} differs");
    }
    assert_eq!(status, Some(0), "{}", console());
}

/// Writes a C service of one `main.c` (32 MiB) into the test output folder
/// and builds it; the image's path.
fn build_c_service(name: &str, main_c: &str) -> std::path::PathBuf {
    let dir = common::out_dir().join(name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("mote.toml"),
        format!("name = \"{name}\"\nkind = \"c\"\nmemory = \"32M\"\n"),
    )
    .unwrap();
    std::fs::write(dir.join("main.c"), main_c).unwrap();
    let img = common::out_dir().join(format!("{name}.mote"));
    common::build_folder(&dir, &img);
    img
}

/// A TCP connection to `addr`:`port` whose receive buffer is set small
/// before the handshake, so the peer sees a small window.
fn small_window_connect(addr: [u8; 4], port: u16) -> TcpStream {
    use std::os::fd::FromRawFd;
    // SAFETY: plain socket calls on a descriptor this function owns; the
    // address struct is fully initialised; the fd goes to TcpStream once.
    unsafe {
        let fd = libc::socket(libc::AF_INET, libc::SOCK_STREAM, 0);
        assert!(fd >= 0);
        let size: libc::c_int = 4096;
        libc::setsockopt(
            fd,
            libc::SOL_SOCKET,
            libc::SO_RCVBUF,
            &size as *const libc::c_int as *const libc::c_void,
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        );
        let mut sa: libc::sockaddr_in = std::mem::zeroed();
        sa.sin_family = libc::AF_INET as libc::sa_family_t;
        sa.sin_port = port.to_be();
        sa.sin_addr.s_addr = u32::from_be_bytes(addr).to_be();
        let r = libc::connect(
            fd,
            &sa as *const libc::sockaddr_in as *const libc::sockaddr,
            std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
        );
        assert_eq!(r, 0, "connect: {}", std::io::Error::last_os_error());
        TcpStream::from_raw_fd(fd)
    }
}

/// A C service that never listens or connects gets a UDP-only network
/// stack: `socket(SOCK_STREAM)` fails with EOPNOTSUPP and a console
/// warning, UDP works. `tcp = true` in mote.toml links TCP back in.
#[test]
fn udp_only_services_get_no_tcp_unless_the_manifest_asks() {
    let dir = common::out_dir().join("c-udp-only");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("main.c"),
        r#"#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
int main(void) {
    int u = socket(AF_INET, SOCK_DGRAM, 0);
    int t = socket(AF_INET, SOCK_STREAM, 0);
    int e = errno;
    printf("udp %s, tcp %s, errno %d\n", u >= 0 ? "ok" : "failed", t >= 0 ? "ok" : "failed",
           t >= 0 ? 0 : e);
    return 0;
}
"#,
    )
    .unwrap();
    for (tcp_line, build_says, app_says) in [
        ("", "UDP only", "udp ok, tcp failed, errno 95"),
        ("tcp = true\n", "(UDP and TCP)", "udp ok, tcp ok, errno 0"),
    ] {
        std::fs::write(
            dir.join("mote.toml"),
            format!("name = \"c-udp-only\"\nkind = \"c\"\nmemory = \"32M\"\n{tcp_line}"),
        )
        .unwrap();
        let img = common::out_dir().join("c-udp-only.mote");
        let stderr = common::build_folder(&dir, &img);
        assert!(stderr.contains(build_says), "{stderr}");
        // a port forward gives the guest a NIC (the service never uses it)
        let port = free_port(true);
        let r = common::mote()
            .arg("run")
            .arg(&img)
            .args(["-p", &format!("udp:{port}:9"), "--timeout", "60"])
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&r.stdout);
        assert_eq!(r.status.code(), Some(0), "{out}");
        assert!(out.contains(app_says), "{out}");
        assert_eq!(
            out.contains("built without TCP"),
            tcp_line.is_empty(),
            "{out}"
        );
    }
}

/// Sent frames wait for their device kick until the sender waits for the
/// network, the CPU idles, or at most 2 ms (the kernel's
/// deferred transmit kick). A service that answers and then computes for
/// seconds without touching the network must still have its answer
/// delivered while it computes, not when it next waits or exits.
#[test]
fn a_reply_sent_before_long_cpu_work_arrives_during_the_work() {
    let img = build_c_service(
        "c-reply-then-spin",
        r#"#include <stdio.h>
#include <string.h>
#include <time.h>
#include <sys/socket.h>
#include <netinet/in.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

int main(void) {
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons(8080);
    if (bind(s, (struct sockaddr *)&a, sizeof a) < 0) { perror("bind"); return 2; }
    printf("reply-then-spin: ready\n");
    fflush(stdout);
    char buf[64];
    struct sockaddr_in from;
    socklen_t fl = sizeof from;
    // the first exchange settles ARP and the network thread's timers
    for (int i = 0; i < 2; i++) {
        fl = sizeof from;
        long n = recvfrom(s, buf, sizeof buf, 0, (struct sockaddr *)&from, &fl);
        if (n <= 0) { perror("recvfrom"); return 3; }
        sendto(s, buf, (size_t)n, 0, (struct sockaddr *)&from, fl);
    }
    double end = now() + 8.0; // busy: no waiting, no other thread runs
    volatile unsigned long spins = 0;
    while (now() < end) spins++;
    printf("reply-then-spin: spun %lu\n", (unsigned long)spins);
    return 0;
}
"#,
    );
    let port = free_port(true);
    let mut g = Guest::start(
        &img,
        &[format!("udp:{port}:8080")],
        "reply-then-spin: ready",
    );
    let s = udp_client();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s.send_to(b"warm", ("127.0.0.1", port)).unwrap();
    let mut buf = [0u8; 64];
    assert_eq!(
        s.recv_from(&mut buf).map(|(n, _)| n).ok(),
        Some(4),
        "{}",
        g.console()
    );
    std::thread::sleep(Duration::from_millis(500));
    s.send_to(b"ping", ("127.0.0.1", port)).unwrap();
    let got = s.recv_from(&mut buf).map(|(n, _)| buf[..n].to_vec());
    // the guest is still spinning: the reply did not wait for the end
    let console = g.console();
    assert_eq!(
        got.as_deref().ok(),
        Some(&b"ping"[..]),
        "no reply within 5 s of the 8 s spin:\n{console}"
    );
    assert!(!console.contains("spun"), "{console}");
    assert_eq!(
        g.wait_exit(Duration::from_secs(120)),
        Some(0),
        "{}",
        g.console()
    );
}
