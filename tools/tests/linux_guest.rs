//! The Linux guest baseline (`mote linux-guest`, tools/src/linux_guest.rs):
//! each service boots once in QEMU (TCG) from the Debian kernel and the
//! initramfs that scripts/linux-guest.sh builds, and is checked with real
//! clients: a Rust UDP socket against the C echo, curl against nginx (the
//! java-http page), dig against NSD and BIND 9 (the DNS appliance's zone).

mod common;
use common::{ask, curl, free_port, home, mote, out_dir, udp_client};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `mote linux-guest`; QEMU dies with it when this is dropped.
struct LinuxBoot {
    child: Child,
    out: PathBuf,
    err: PathBuf,
}

impl LinuxBoot {
    fn start(service: &str, args: &[&str]) -> LinuxBoot {
        let tag = format!("linux-{service}-{}-{}", std::process::id(), args.len());
        let out = out_dir().join(format!("{tag}.console"));
        let err = out_dir().join(format!("{tag}.stderr"));
        let child = mote()
            .args(["linux-guest", service, "--timeout", "280"])
            .args(args)
            .stdout(Stdio::from(std::fs::File::create(&out).unwrap()))
            .stderr(Stdio::from(std::fs::File::create(&err).unwrap()))
            .spawn()
            .unwrap();
        let mut b = LinuxBoot { child, out, err };
        let t0 = Instant::now();
        loop {
            let e = std::fs::read_to_string(&b.err).unwrap_or_default();
            if e.contains("ready after") {
                eprintln!("{service}: {}", e.lines().last().unwrap_or(""));
                return b;
            }
            let exited = b.child.try_wait().unwrap();
            assert!(
                exited.is_none() && t0.elapsed() < Duration::from_secs(300),
                "mote linux-guest {service} did not get ready:\n{e}\n--- console ---\n{}",
                b.console()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn console(&self) -> String {
        std::fs::read_to_string(&self.out).unwrap_or_default()
    }
}

impl Drop for LinuxBoot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn c_echo_on_linux_echoes_datagrams() {
    let port = free_port(true);
    let g = LinuxBoot::start("echo", &["-p", &format!("udp:{port}:8080")]);
    assert!(g.console().contains("c-echo: echoing UDP port 8080"));
    let s = udp_client();
    for msg in [
        b"hello".to_vec(),
        vec![0u8; 1],
        (0..1400u32).map(|i| (i * 7) as u8).collect::<Vec<u8>>(),
    ] {
        assert_eq!(ask(&s, port, &msg), msg);
    }
    let t0 = Instant::now();
    for i in 0..200u32 {
        let msg = format!("round trip {i}");
        assert_eq!(ask(&s, port, msg.as_bytes()), msg.as_bytes());
    }
    eprintln!("echo: 200 round trips in {:?}", t0.elapsed());
}

#[test]
fn c_echo_on_linux_on_the_pc_machine() {
    // pc: the NIC is virtio-net-pci instead of virtio-mmio
    let port = free_port(true);
    let _g = LinuxBoot::start(
        "echo",
        &["--machine", "pc", "-p", &format!("udp:{port}:8080")],
    );
    let s = udp_client();
    assert_eq!(ask(&s, port, b"over pci"), b"over pci");
}

#[test]
fn nginx_serves_the_java_http_page() {
    let port = free_port(false);
    let _g = LinuxBoot::start("nginx", &["-p", &format!("tcp:{port}:8080")]);
    let page = std::fs::read_to_string(home().join("images/java-http/www/index.html")).unwrap();
    let url = format!("http://127.0.0.1:{port}/");
    let (body, err) = curl(&[&url]);
    assert_eq!(body, page, "{err}");
    let (head, _) = curl(&["-i", &url]);
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: text/html; charset=utf-8"),
        "{head}"
    );
    let (code, _) = curl(&[
        "-o",
        "/dev/null",
        "-w",
        "%{http_code}",
        &format!("{url}nope"),
    ]);
    assert_eq!(code, "404");
    // keep-alive: several requests on one connection
    let (many, _) = curl(&[&url, &url, &url]);
    assert_eq!(many, page.repeat(3));
}

/// `dig +short` (or the status line with `status`) against the guest.
fn dig(port: u16, args: &[&str]) -> String {
    let out = Command::new("dig")
        .args(["@127.0.0.1", "-p", &port.to_string(), "+time=5", "+tries=3"])
        .args(args)
        .output()
        .expect("dig (bind9-dnsutils, installed by scripts/setup.sh)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn sorted_lines(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s.lines().map(|l| l.trim().to_string()).collect();
    v.sort();
    v
}

/// The answers both DNS servers must give for the appliance's zone.
fn check_example_zone(port: u16) {
    assert_eq!(
        dig(port, &["+short", "example.test", "A"]).trim(),
        "192.0.2.1"
    );
    assert_eq!(
        sorted_lines(&dig(port, &["+short", "example.test", "MX"])),
        ["10 mail.example.test.", "20 mail2.example.net."]
    );
    assert_eq!(
        dig(port, &["+short", "example.test", "TXT"]).trim(),
        "\"v=spf1 mx -all\""
    );
    assert_eq!(
        sorted_lines(&dig(port, &["+short", "host.example.test", "A"])),
        ["192.0.2.80", "192.0.2.81"]
    );
    assert_eq!(
        dig(port, &["+short", "deep.a.b.example.test", "TXT"]).trim(),
        "\"deep\" \"two strings\""
    );
    // over TCP too (the appliance answers truncated replies there)
    assert_eq!(
        dig(port, &["+tcp", "+short", "mail.example.test", "A"]).trim(),
        "192.0.2.25"
    );
    let full = dig(port, &["+norec", "nope.example.test", "A"]);
    assert!(full.contains("status: NXDOMAIN"), "{full}");
    assert!(
        full.contains(" aa"),
        "authoritative answer expected:\n{full}"
    );
    // authoritative only: a name outside the zone is refused, never looked up
    let out = dig(port, &["www.example.com", "A"]);
    assert!(out.contains("status: REFUSED"), "{out}");
}

#[test]
fn nsd_serves_the_dns_appliance_zone() {
    let port = free_port(true);
    let _g = LinuxBoot::start(
        "nsd",
        &[
            "-p",
            &format!("udp:{port}:53"),
            "-p",
            &format!("tcp:{port}:53"),
        ],
    );
    check_example_zone(port);
}

#[test]
fn bind9_serves_a_given_zone_file() {
    // the appliance's zone plus 100 generated names, from a file of our own
    // (the bench passes zones of 100..10,000 records the same way)
    let mut zone =
        std::fs::read_to_string(home().join("images/dns/zone/example.test.zone")).unwrap();
    for i in 0..100 {
        zone.push_str(&format!("gen{i} IN A 198.18.{}.{}\n", i / 250, i % 250 + 1));
    }
    let file = out_dir().join(format!("linux-bind-{}.zone", std::process::id()));
    std::fs::write(&file, zone).unwrap();
    let port = free_port(true);
    let _g = LinuxBoot::start(
        "bind",
        &[
            "-p",
            &format!("udp:{port}:53"),
            "-p",
            &format!("tcp:{port}:53"),
            "--zone",
            file.to_str().unwrap(),
        ],
    );
    check_example_zone(port);
    assert_eq!(
        dig(port, &["+short", "gen99.example.test", "A"]).trim(),
        "198.18.0.100"
    );
    std::fs::remove_file(&file).unwrap();
}

#[test]
fn bad_input_gets_clear_errors() {
    let run = |args: &[&str]| {
        let r = mote().arg("linux-guest").args(args).output().unwrap();
        assert!(!r.status.success(), "{args:?} succeeded");
        String::from_utf8_lossy(&r.stderr).into_owned()
    };
    assert!(run(&["apache"]).contains("unknown Linux guest service"));
    assert!(run(&["echo", "-p", "udp:0"]).contains("port forward"));
    let no_origin = out_dir().join(format!("linux-no-origin-{}.zone", std::process::id()));
    std::fs::write(&no_origin, "@ IN A 192.0.2.1\n").unwrap();
    let e = run(&["nsd", "--zone", no_origin.to_str().unwrap()]);
    assert!(e.contains("no $ORIGIN"), "{e}");
    std::fs::remove_file(&no_origin).unwrap();
    let e = run(&["bind", "--zone", "/nonexistent/zone"]);
    assert!(e.contains("zone file /nonexistent/zone"), "{e}");
    let e = run(&["nginx", "--www", "/nonexistent"]);
    assert!(e.contains("is not a folder"), "{e}");
}
