//! The Java example services (images/java-*), built with `mote build`,
//! booted in QEMU (TCG) with port forwards and driven by a Rust UDP client;
//! each also ends cleanly on request, with exit status 0.

mod common;
use common::{
    ask, build, check_facfib_service, check_sort_service, curl, free_port, udp_client, Guest,
};
use std::time::Duration;

/// Sends "shutdown" and expects the image to end with status 0.
fn shut_down(mut guest: Guest, port: u16, name: &str) {
    let s = udp_client();
    s.send_to(b"shutdown", ("127.0.0.1", port)).unwrap();
    let status = guest.wait_exit(Duration::from_secs(60));
    let console = guest.console();
    assert_eq!(status, Some(0), "{console}");
    assert!(
        console.contains(&format!("{name}: shutting down")),
        "{console}"
    );
}

#[test]
fn java_sort_answers_like_c_sort_and_shuts_down_on_request() {
    let img = build("java-sort");
    let port = free_port(true);
    let g = Guest::start(
        &img,
        &[format!("udp:{port}:8080")],
        "java-sort: sorting on UDP port 8080",
    );
    check_sort_service(port);
    shut_down(g, port, "java-sort");
}

/// The 2-D Sobol sequence, written independently of the Java service from
/// the same definition (Gray-code order, van der Corput in dimension 1,
/// the polynomial x + 1 in dimension 2): how many of the first n points
/// after the origin fall inside the quarter circle.
fn sobol_inside(n: u64) -> u64 {
    let v1: Vec<u32> = (0..32).map(|k| 1u32 << (31 - k)).collect();
    let mut v2 = [1u32 << 31; 32];
    for k in 1..32 {
        v2[k] = v2[k - 1] ^ (v2[k - 1] >> 1);
    }
    let (mut x, mut y, mut inside) = (0u32, 0u32, 0u64);
    for i in 0..n {
        let c = (!(i as u32)).trailing_zeros() as usize;
        x ^= v1[c];
        y ^= v2[c];
        let (fx, fy) = (x as f64 / 4294967296.0, y as f64 / 4294967296.0);
        if fx * fx + fy * fy < 1.0 {
            inside += 1;
        }
    }
    inside
}

#[test]
fn java_montecarlo_estimates_pi_from_sobol_points() {
    let img = build("java-montecarlo");
    let port = free_port(true);
    let g = Guest::start(
        &img,
        &[format!("udp:{port}:8080")],
        "java-montecarlo: estimating pi on UDP port 8080",
    );
    let s = udp_client();
    for n in [1u64, 2, 3, 1000, 4096, 50_000] {
        let reply = String::from_utf8(ask(&s, port, n.to_string().as_bytes())).unwrap();
        let inside = sobol_inside(n);
        let suffix = format!("({inside} of {n} Sobol points inside the quarter circle)");
        assert!(reply.ends_with(&suffix), "n={n}: {reply}");
        let estimate: f64 = reply
            .strip_prefix("pi ~ ")
            .and_then(|r| r.split(' ').next())
            .and_then(|e| e.parse().ok())
            .unwrap_or_else(|| panic!("n={n}: {reply}"));
        assert_eq!(estimate, 4.0 * inside as f64 / n as f64, "n={n}");
        if n >= 4096 {
            // low discrepancy: far closer than the ~1/sqrt(n) of random points
            assert!(
                (estimate - std::f64::consts::PI).abs() < 2e-3,
                "n={n}: {estimate}"
            );
        }
    }
    assert_eq!(
        ask(&s, port, b"lots"),
        b"error: not a number of points: 'lots'"
    );
    assert_eq!(ask(&s, port, b"0"), b"error: n must be 1..10000000");
    shut_down(g, port, "java-montecarlo");
}

#[test]
fn java_facfib_answers_like_c_facfib_with_biginteger() {
    let img = build("java-facfib");
    let (pf, pb) = (free_port(true), free_port(true));
    let g = Guest::start(
        &img,
        &[format!("udp:{pf}:8080"), format!("udp:{pb}:8081")],
        "java-facfib: fibonacci on UDP port 8081",
    );
    check_facfib_service(pf, pb);
    shut_down(g, pf, "java-facfib");
}

/// One line out, one line back, on a kv connection.
fn kv_ask(c: &mut std::io::BufReader<std::net::TcpStream>, line: &str) -> String {
    use std::io::{BufRead, Write};
    c.get_mut()
        .write_all(format!("{line}\n").as_bytes())
        .unwrap();
    let mut reply = String::new();
    c.read_line(&mut reply).unwrap();
    reply.trim_end().to_string()
}

fn kv_connect(port: u16) -> std::io::BufReader<std::net::TcpStream> {
    let s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    std::io::BufReader::new(s)
}

#[test]
fn java_kv_serves_concurrent_connections_from_one_map() {
    let img = build("java-kv");
    let port = free_port(false);
    let g = Guest::start(
        &img,
        &[format!("tcp:{port}:8080")],
        "java-kv: serving on TCP port 8080",
    );
    let mut c = kv_connect(port);
    assert_eq!(kv_ask(&mut c, "GET missing"), "NOT_FOUND");
    assert_eq!(kv_ask(&mut c, "SET greeting hello there"), "OK");
    assert_eq!(kv_ask(&mut c, "get greeting"), "VALUE hello there");
    assert_eq!(kv_ask(&mut c, "SET"), "ERROR usage: SET key value");
    assert_eq!(kv_ask(&mut c, "FROB x"), "ERROR unknown command FROB");
    // 8 clients at once, each with its own keys, all in the one map
    let workers: Vec<_> = (0..8)
        .map(|w| {
            std::thread::spawn(move || {
                let mut c = kv_connect(port);
                for i in 0..25 {
                    assert_eq!(
                        kv_ask(&mut c, &format!("SET k{w}-{i} v{}", w * 100 + i)),
                        "OK"
                    );
                }
                for i in 0..25 {
                    assert_eq!(
                        kv_ask(&mut c, &format!("GET k{w}-{i}")),
                        format!("VALUE v{}", w * 100 + i)
                    );
                }
                for i in (0..25).step_by(5) {
                    assert_eq!(kv_ask(&mut c, &format!("DEL k{w}-{i}")), "DELETED");
                }
                assert_eq!(kv_ask(&mut c, "QUIT"), "BYE");
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    // 1 + 8 * 20 keys remain; a client sees the others' writes
    assert_eq!(kv_ask(&mut c, "SIZE"), "SIZE 161");
    assert_eq!(kv_ask(&mut c, "GET k3-7"), "VALUE v307");
    assert_eq!(kv_ask(&mut c, "DEL k3-5"), "NOT_FOUND");
    assert_eq!(kv_ask(&mut c, "SHUTDOWN"), "BYE");
    let mut g = g;
    assert_eq!(
        g.wait_exit(Duration::from_secs(60)),
        Some(0),
        "{}",
        g.console()
    );
}

#[test]
fn java_http_serves_its_sealed_page_json_and_posts_with_keep_alive() {
    let img = build("java-http");
    let port = free_port(false);
    let g = Guest::start(
        &img,
        &[format!("tcp:{port}:8080")],
        "java-http: serving on TCP port 8080",
    );
    let base = format!("http://127.0.0.1:{port}");
    let page =
        std::fs::read_to_string(common::home().join("images/java-http/www/index.html")).unwrap();
    let (body, _) = curl(&[&format!("{base}/")]);
    assert_eq!(body, page);
    // two requests over one connection (keep-alive), the JSON endpoint counting
    let (out, err) = curl(&[
        "-v",
        &format!("{base}/api/stats"),
        &format!("{base}/api/stats"),
    ]);
    assert!(
        err.contains("Re-using existing connection") || err.contains("Reusing existing connection"),
        "{err}"
    );
    assert!(err.contains("application/json"), "{err}");
    let counts: Vec<u64> = out
        .lines()
        .map(|l| {
            l.split("\"requests\": ")
                .nth(1)
                .and_then(|r| r.split(',').next())
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("{l}"))
        })
        .collect();
    assert_eq!(counts.len(), 2, "{out}");
    assert_eq!(counts[1], counts[0] + 1);
    // a chunked POST body comes back whole
    let data: String = (0..5000)
        .map(|i| char::from(b'a' + (i % 26) as u8))
        .collect();
    let file = common::out_dir().join("java-http-post.txt");
    std::fs::write(&file, &data).unwrap();
    let (echo, _) = curl(&[
        "-H",
        "Transfer-Encoding: chunked",
        "--data-binary",
        &format!("@{}", file.display()),
        &format!("{base}/api/echo"),
    ]);
    assert_eq!(echo, data);
    let (status, _) = curl(&[
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        &format!("{base}/nope"),
    ]);
    assert_eq!(status, "404");
    let (bye, _) = curl(&["-X", "POST", &format!("{base}/shutdown")]);
    assert_eq!(bye, "bye\n");
    let mut g = g;
    assert_eq!(
        g.wait_exit(Duration::from_secs(60)),
        Some(0),
        "{}",
        g.console()
    );
}
