//! java.net, mote.net.Udp and com.sun.net.httpserver on the hosted runner, over
//! real loopback sockets: a Java UDP echo (Rust client and `nc -u`), Udp's
//! in-place and array handlers on two ports at once, a Java TCP echo serving
//! concurrent connections on Java threads (Rust clients and `nc`), and an
//! HttpServer answered by `curl` (keep-alive, chunked bodies, 404, 400 for
//! malformed requests without killing the server). Every Java program picks its
//! own port (port 0) and prints it; every wait has a deadline.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpStream, UdpSocket};
use std::path::PathBuf;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

const SECS: Duration = Duration::from_secs(20);

/// The test programs in tests/net, compiled once against Mote's java.base.
fn classes() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("mote-net-classes-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/net");
        let files: Vec<PathBuf> = std::fs::read_dir(&src)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "java"))
            .collect();
        let st = jvm_glue::javac(&dir).args(&files).status().expect("javac");
        assert!(st.success(), "javac failed");
        dir
    })
}

/// A Java program running on mote-jvm (killed after a deadline by `timeout`).
struct Java {
    child: Child,
    out: BufReader<ChildStdout>,
}

impl Java {
    fn start(main: &str, args: &[&str]) -> (Java, u16) {
        let mut child = Command::new("timeout")
            .arg("60")
            .arg(env!("CARGO_BIN_EXE_mote-jvm"))
            .arg("--cp")
            .arg(classes())
            .arg(main)
            .args(args)
            .stdout(Stdio::piped())
            .spawn()
            .expect("mote-jvm");
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        let port = line
            .trim()
            .strip_prefix("PORT ")
            .unwrap_or_else(|| panic!("{main} printed {line:?} instead of its port"))
            .parse()
            .unwrap();
        (Java { child, out }, port)
    }

    /// The rest of stdout and the exit status.
    fn finish(mut self) -> (String, i32) {
        let mut rest = String::new();
        self.out.read_to_string(&mut rest).unwrap();
        let st = self.child.wait().unwrap();
        (rest, st.code().unwrap_or(-1))
    }
}

impl Drop for Java {
    fn drop(&mut self) {
        // SIGTERM to `timeout` passes on to mote-jvm (SIGKILL would orphan it,
        // and it would keep the test's output pipe open).
        // SAFETY: plain kill(2) on our own child's pid.
        unsafe {
            libc::kill(self.child.id() as i32, libc::SIGTERM);
        }
        let _ = self.child.wait();
    }
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("command");
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

#[test]
fn udp_echo_rust_client_and_nc() {
    let (java, port) = Java::start("NetUdpEcho", &[]);
    let sock = UdpSocket::bind("127.0.0.1:0").unwrap();
    sock.set_read_timeout(Some(SECS)).unwrap();
    let mut buf = [0u8; 4096];
    for i in 0..20 {
        let msg = format!("datagram {i} {}", "x".repeat(i * 50));
        sock.send_to(msg.as_bytes(), ("127.0.0.1", port)).unwrap();
        let (n, from) = sock.recv_from(&mut buf).unwrap();
        assert_eq!(from.port(), port);
        assert_eq!(&buf[..n], format!("echo:{msg}").as_bytes());
    }
    let nc = run(Command::new("sh").arg("-c").arg(format!(
        "printf 'from nc' | timeout 5 nc -u -w1 127.0.0.1 {port}"
    )));
    assert!(nc.contains("echo:from nc"), "nc got {nc:?}");
    sock.send_to(b"quit", ("127.0.0.1", port)).unwrap();
    let (rest, code) = java.finish();
    assert_eq!(code, 0);
    assert_eq!(rest, "answered 21\n");
}

/// A UDP port nobody holds (bound, then freed: Udp.bind takes no port 0).
fn free_udp_port() -> u16 {
    UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn mote_udp_in_place_and_array_handlers_on_two_ports() {
    let (pa, pb) = loop {
        let (a, b) = (free_udp_port(), free_udp_port());
        if a != b {
            break (a, b);
        }
    };
    let (java, port) = Java::start("NetMoteUdp", &[&pa.to_string(), &pb.to_string()]);
    assert_eq!(port, pa);
    let sock = UdpSocket::bind("127.0.0.1:0").unwrap();
    sock.set_read_timeout(Some(SECS)).unwrap();
    let mut buf = vec![0u8; 70_000];
    let mut ask = |to: u16, msg: &[u8]| -> Vec<u8> {
        sock.send_to(msg, ("127.0.0.1", to)).unwrap();
        let (n, from) = sock.recv_from(&mut buf).unwrap();
        assert_eq!(from.port(), to, "the reply comes from the port asked");
        buf[..n].to_vec()
    };
    // replies alternate between the handlers; a dropped request gets no reply,
    // so the next reply is the next request's (the one buffer is reused)
    assert_eq!(ask(pa, b"hello"), b"HELLO!");
    assert_eq!(ask(pb, b"hello"), b"B:hello");
    sock.send_to(b"drop", ("127.0.0.1", pa)).unwrap();
    assert_eq!(ask(pb, b"x"), b"B:x");
    sock.send_to(b"drop", ("127.0.0.1", pb)).unwrap();
    assert_eq!(ask(pa, b"a longer one"), b"A LONGER ONE!");
    assert_eq!(ask(pb, b""), b"B:");
    assert_eq!(ask(pa, b""), b"!");
    // a big datagram both ways, in place and through arrays
    let big: Vec<u8> = (0..60_000).map(|i| b'a' + (i % 26) as u8).collect();
    let mut want = big.to_ascii_uppercase();
    want.push(b'!');
    assert_eq!(ask(pa, &big), want);
    assert_eq!(ask(pb, &big)[2..], big[..]);
    sock.send_to(b"quit", ("127.0.0.1", pa)).unwrap();
    let (rest, code) = java.finish();
    assert_eq!(code, 0);
    assert_eq!(rest, "answered 8\n");
}

#[test]
fn tcp_echo_concurrent_connections_on_java_threads() {
    const CLIENTS: usize = 8;
    let (java, port) = Java::start("NetTcpEcho", &[&(CLIENTS + 1).to_string()]);
    // Open every connection first, then talk on them in reverse order: this
    // only finishes if each connection is served by its own Java thread while
    // the others are blocked in reads (a blocking socket call must not hold the VM).
    let mut conns: Vec<TcpStream> = (0..CLIENTS)
        .map(|_| {
            let s = TcpStream::connect(("127.0.0.1", port)).unwrap();
            s.set_read_timeout(Some(SECS)).unwrap();
            s
        })
        .collect();
    for (i, c) in conns.iter_mut().enumerate().rev() {
        let msg = format!("ping {i}\n");
        c.write_all(msg.as_bytes()).unwrap();
        let mut got = vec![0u8; msg.len()];
        c.read_exact(&mut got).unwrap();
        assert_eq!(got, msg.as_bytes());
    }
    // Then move 256 KiB on each, from Rust threads at once.
    let handles: Vec<_> = conns
        .into_iter()
        .enumerate()
        .map(|(i, mut c)| {
            std::thread::spawn(move || {
                let data: Vec<u8> = (0..256 * 1024).map(|k| (k * 7 + i) as u8).collect();
                let mut w = c.try_clone().unwrap();
                let d2 = data.clone();
                let writer = std::thread::spawn(move || {
                    for chunk in d2.chunks(10_000) {
                        w.write_all(chunk).unwrap();
                    }
                    w.shutdown(std::net::Shutdown::Write).unwrap();
                });
                let mut back = Vec::new();
                c.read_to_end(&mut back).unwrap();
                writer.join().unwrap();
                assert_eq!(back.len(), data.len());
                assert!(back == data, "connection {i}: echoed bytes differ");
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let nc = run(Command::new("sh").arg("-c").arg(format!(
        "printf 'hello from nc\\n' | timeout 5 nc -q1 127.0.0.1 {port}"
    )));
    assert_eq!(nc, "hello from nc\n");
    let (rest, code) = java.finish();
    assert_eq!(code, 0);
    let expect = CLIENTS * (256 * 1024 + 7) + 14;
    assert_eq!(
        rest,
        format!("served {} connections, {expect} bytes\n", CLIENTS + 1)
    );
}

fn curl(args: &[&str]) -> String {
    run(Command::new("curl")
        .args(["-s", "--max-time", "10"])
        .args(args))
}

fn raw_http(port: u16, request: &[u8]) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(SECS)).unwrap();
    s.write_all(request).unwrap();
    let mut got = Vec::new();
    let _ = s.read_to_end(&mut got);
    String::from_utf8_lossy(&got).into_owned()
}

fn http_server(args: &[&str]) {
    let (java, port) = Java::start("NetHttp", args);
    let base = format!("http://127.0.0.1:{port}");

    // two URLs in one curl: the second reuses the connection (keep-alive)
    let v = curl(&[
        "-v",
        &format!("{base}/hello/x?q=1"),
        &format!("{base}/hello/deeper/y"),
    ]);
    assert!(
        v.contains("method=GET path=/hello/x query=q=1 proto=HTTP/1.1 ctx=/hello agent=curl/"),
        "{v}"
    );
    assert!(v.contains("deeper /hello/deeper/y"), "longest prefix: {v}");
    assert!(
        v.contains("Re-using existing connection"),
        "keep-alive: {v}"
    );
    assert!(v.contains("< HTTP/1.1 200 OK"), "{v}");
    assert!(v.contains("< Content-type: text/plain"), "{v}");
    assert!(v.contains("< X-test: yes"), "{v}");
    let date = v
        .lines()
        .find_map(|l| l.strip_prefix("< Date: "))
        .expect("Date header");
    // e.g. "Sun, 22 Nov 2026 22:12:45 GMT"
    assert_eq!(date.trim_end().len(), 29, "{date:?}");
    assert!(date.trim_end().ends_with(" GMT"), "{date:?}");

    // three requests on one connection count as one client
    let many = curl(&[
        &format!("{base}/hello/1"),
        &format!("{base}/hello/2"),
        &format!("{base}/hello/3"),
    ]);
    assert_eq!(many.matches("method=GET").count(), 3, "{many}");

    // chunked request body from a file, and a fixed-length one
    let file = std::env::temp_dir().join(format!(
        "mote-net-body-{}-{}",
        std::process::id(),
        args.len()
    ));
    let body: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&file, &body).unwrap();
    let sum = body
        .iter()
        .fold(0i64, |s, &x| s.wrapping_mul(31).wrapping_add(x as i64));
    let at = format!("@{}", file.display());
    let chunked = curl(&[
        "-H",
        "Transfer-Encoding: chunked",
        "--data-binary",
        &at,
        &format!("{base}/hello/up"),
    ]);
    assert!(chunked.contains("method=POST path=/hello/up"), "{chunked}");
    assert!(chunked.contains(&format!("body=100000:{sum}")), "{chunked}");
    // (a client that asks "Expect: 100-continue" waits (curl: 1 s) for the
    // interim response unless the server sends it)
    let start = std::time::Instant::now();
    let fixed = curl(&[
        "-v",
        "-H",
        "Expect: 100-continue",
        "--data-binary",
        &at,
        &format!("{base}/hello/up"),
    ]);
    assert!(fixed.contains("< HTTP/1.1 100 Continue"), "{fixed}");
    assert!(
        start.elapsed() < Duration::from_millis(900),
        "no 100 Continue: {fixed}"
    );
    assert!(fixed.contains(&format!("body=100000:{sum}")), "{fixed}");
    let _ = std::fs::remove_file(&file);

    // chunked response, 204, 404
    let ch = curl(&["-i", &format!("{base}/chunk")]);
    assert!(ch.starts_with("HTTP/1.1 201 Created\r\n"), "{ch}");
    assert!(ch.contains("Transfer-encoding: chunked\r\n"), "{ch}");
    assert!(ch.ends_with("part0\npart1\npart2\npart3\npart4\n"), "{ch}");
    let none = curl(&["-i", &format!("{base}/none")]);
    assert!(none.starts_with("HTTP/1.1 204 No Content\r\n"), "{none}");
    let missing = curl(&["-i", &format!("{base}/nothing-here")]);
    assert!(
        missing.starts_with("HTTP/1.1 404 Not Found\r\n"),
        "{missing}"
    );
    assert!(
        missing.ends_with("<h1>404 Not Found</h1>No context found for request"),
        "{missing}"
    );

    // malformed requests get 400 and the server keeps serving
    let bad = raw_http(port, b"GARBAGE\r\n\r\n");
    assert!(bad.starts_with("HTTP/1.1 400 Bad Request\r\n"), "{bad}");
    assert!(
        bad.ends_with("<h1>400 Bad Request</h1>Bad request line"),
        "{bad}"
    );
    let bad_len = raw_http(port, b"POST /hello HTTP/1.1\r\nContent-Length: zz\r\n\r\n");
    assert!(
        bad_len.starts_with("HTTP/1.1 400 Bad Request\r\n"),
        "{bad_len}"
    );
    let bad_uri = raw_http(port, b"GET /hello/a%zz HTTP/1.1\r\n\r\n");
    assert!(
        bad_uri.starts_with("HTTP/1.1 400 Bad Request\r\n"),
        "{bad_uri}"
    );
    let fail = raw_http(port, b"GET /fail HTTP/1.1\r\n\r\n");
    assert_eq!(fail, "", "a failing handler closes the connection");
    let http10 = raw_http(port, b"GET /hello/old HTTP/1.0\r\n\r\n");
    assert!(
        http10.starts_with("HTTP/1.1 200 OK\r\nConnection: close\r\nDate: "),
        "{http10}"
    );
    assert!(http10.contains("proto=HTTP/1.0"), "{http10}");
    // two pipelined requests on one raw connection
    let two = raw_http(
        port,
        b"GET /hello/a HTTP/1.1\r\nHost: x\r\n\r\nGET /hello/b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(two.matches("HTTP/1.1 200 OK").count(), 2, "{two}");
    assert!(
        two.contains("path=/hello/a") && two.contains("path=/hello/b"),
        "{two}"
    );

    let after = curl(&[&format!("{base}/hello/still")]);
    assert!(after.contains("path=/hello/still"), "{after}");
    // requests so far came from: curl -v (1), curl x3 (1), chunked (1), fixed (1),
    // raw HTTP/1.0 (1), pipelined (1), after (1)
    let clients = curl(&[&format!("{base}/clients")]);
    assert_eq!(clients, "clients=7\n");

    assert_eq!(curl(&[&format!("{base}/stop")]), "stopping\n");
    let (rest, code) = java.finish();
    assert_eq!((rest.as_str(), code), ("stopped\n", 0));
}

#[test]
fn http_server_on_its_own_threads() {
    http_server(&[]);
}

#[test]
fn http_server_with_executor() {
    http_server(&["executor"]);
}

#[test]
fn http_server_many_concurrent_keep_alive_clients() {
    const CLIENTS: usize = 32;
    const REQUESTS: usize = 25;
    let (java, port) = Java::start("NetHttp", &[]);
    let handles: Vec<_> = (0..CLIENTS)
        .map(|i| {
            std::thread::spawn(move || {
                let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
                s.set_read_timeout(Some(SECS)).unwrap();
                let mut r = BufReader::new(s.try_clone().unwrap());
                for k in 0..REQUESTS {
                    let body = format!("client {i} request {k}");
                    let req = format!(
                        "POST /hello/{i}/{k} HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n{body}",
                        body.len()
                    );
                    s.write_all(req.as_bytes()).unwrap();
                    let mut len = None;
                    let mut line = String::new();
                    r.read_line(&mut line).unwrap();
                    assert_eq!(line, "HTTP/1.1 200 OK\r\n");
                    loop {
                        line.clear();
                        r.read_line(&mut line).unwrap();
                        if line == "\r\n" {
                            break;
                        }
                        if let Some(v) = line.strip_prefix("Content-length: ") {
                            len = Some(v.trim().parse::<usize>().unwrap());
                        }
                    }
                    let mut got = vec![0u8; len.expect("Content-length")];
                    r.read_exact(&mut got).unwrap();
                    let got = String::from_utf8(got).unwrap();
                    assert!(
                        got.starts_with(&format!("method=POST path=/hello/{i}/{k} ")),
                        "{got}"
                    );
                    assert!(got.contains(&format!(" body={}:", body.len())), "{got}");
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let clients = curl(&[&format!("http://127.0.0.1:{port}/clients")]);
    // every client's requests came over its one connection
    assert_eq!(clients, format!("clients={CLIENTS}\n"));
    assert_eq!(
        curl(&[&format!("http://127.0.0.1:{port}/stop")]),
        "stopping\n"
    );
    let (rest, code) = java.finish();
    assert_eq!((rest.as_str(), code), ("stopped\n", 0));
}
