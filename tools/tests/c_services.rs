//! The C example services (images/c-*), built with `mote build`, booted in
//! QEMU (TCG) with port forwards, and driven by real clients: a Rust UDP
//! client, `nc`, `curl`, and raw TCP for broken HTTP.

mod common;
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
        let b = common::mote()
            .arg("build")
            .arg(&dir)
            .arg("-o")
            .arg(&img)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&b.stderr);
        assert!(b.status.success(), "{stderr}");
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
