//! `mote bench dns`: the Java DNS appliance (images/dns) on generated zones
//! of 100, 1,000 and 10,000 records, with and without `--memo`: QEMU start →
//! ready (and the guest's own zone-load time), and queries/s from a Rust
//! load client that keeps many queries in flight over QEMU user networking.
//! Figures only; nothing here passes or fails on timing.

use crate::qemu::{self, Accel, RunOptions};
use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The origin of the generated zones.
pub const ZONE_ORIGIN: &str = "bench.test.";

/// The zone file for `n` records (SOA, NS and glue included): mostly A
/// records, with AAAA, MX, TXT and CNAME mixed in. Also returns the
/// questions the load client asks: one per record owner and type, and one
/// name in ten that does not exist (NXDOMAIN).
pub fn zone(n: usize) -> (String, Vec<(String, u16)>) {
    let mut z = format!(
        "$ORIGIN {ZONE_ORIGIN}\n$TTL 3600\n@ SOA ns1 hostmaster 1 7200 3600 1209600 300\n\
         @ NS ns1\n@ NS ns2\nns1 A 192.0.2.1\nns2 A 192.0.2.2\n",
    );
    let mut questions = vec![
        ("bench.test".to_string(), 6u16),
        ("bench.test".to_string(), 2),
        ("ns1.bench.test".to_string(), 1),
    ];
    for i in 0..n.saturating_sub(5) {
        let owner = format!("h{i}");
        let (ty, rdata) = match i % 10 {
            3 => (28u16, format!("AAAA 2001:db8::{:x}", i + 1)),
            4 => (15, format!("MX 10 h{}", i - 4)),
            5 => (16, format!("TXT \"record {i}\"")),
            7 => (5, format!("CNAME h{}", i - 7)),
            _ => (
                1,
                format!("A 10.{}.{}.{}", i >> 16, (i >> 8) & 255, i & 255),
            ),
        };
        let _ = writeln!(z, "{owner} {rdata}");
        questions.push((format!("{owner}.bench.test"), ty));
        if i % 10 == 9 {
            questions.push((format!("nx{i}.bench.test"), 1));
        }
    }
    (z, questions)
}

/// A query with `id`: no EDNS, RD clear (as an authoritative server sees them).
fn query(id: u16, name: &str, qtype: u16) -> Vec<u8> {
    let mut q = id.to_be_bytes().to_vec();
    q.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    for l in name.split('.') {
        q.push(l.len() as u8);
        q.extend_from_slice(l.as_bytes());
    }
    q.push(0);
    q.extend_from_slice(&qtype.to_be_bytes());
    q.extend_from_slice(&[0, 1]);
    q
}

/// Answers per second for `secs` with `inflight` queries outstanding, cycling
/// through `queries` (each sent with a fresh ID); also (answered, NOERROR or
/// NXDOMAIN answers among them, lost). When nothing arrives for 100 ms the
/// queries in flight count as lost and are replaced.
pub fn load(port: u16, queries: &[Vec<u8>], inflight: usize, secs: f64) -> (f64, u64, u64, u64) {
    let s = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    s.connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    let mut next = 0usize;
    let mut lost = 0u64;
    let mut send = |s: &std::net::UdpSocket| {
        let mut q = queries[next % queries.len()].clone();
        q[..2].copy_from_slice(&(next as u16).to_be_bytes());
        next += 1;
        let _ = s.send(&q);
    };
    for _ in 0..inflight {
        send(&s);
    }
    let mut buf = [0u8; 4096];
    let (t0, mut done, mut good) = (Instant::now(), 0u64, 0u64);
    while t0.elapsed().as_secs_f64() < secs {
        match s.recv(&mut buf) {
            Ok(n) if n >= 12 => {
                done += 1;
                if buf[2] & 0x80 != 0 && matches!(buf[3] & 0xf, 0 | 3) {
                    good += 1;
                }
                send(&s);
            }
            Ok(_) => send(&s),
            Err(_) => {
                lost += inflight as u64;
                for _ in 0..inflight {
                    send(&s);
                }
            }
        }
    }
    (done as f64 / t0.elapsed().as_secs_f64(), done, good, lost)
}

use crate::bench::{free_port, stats};

/// Copies images/dns to `dir` with a generated zone of `n` records and
/// builds it; the image path.
pub fn build_zone_image(home: &Path, out: &Path, n: usize) -> Result<PathBuf, String> {
    let dir = out.join(format!("dns-{n}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("zone")).map_err(|e| e.to_string())?;
    let src = home.join("images/dns");
    std::fs::copy(src.join("Dns.java"), dir.join("Dns.java")).map_err(|e| e.to_string())?;
    let manifest = std::fs::read_to_string(src.join("mote.toml")).map_err(|e| e.to_string())?;
    let manifest = manifest
        .replace("name = \"dns\"", &format!("name = \"dns-bench-{n}\""))
        .replace("/example.test.zone", "/bench.test.zone");
    std::fs::write(dir.join("mote.toml"), manifest).map_err(|e| e.to_string())?;
    std::fs::write(dir.join("zone/bench.test.zone"), zone(n).0).map_err(|e| e.to_string())?;
    let img = out.join(format!("dns-{n}.mote"));
    crate::image_build::build(&dir, &img)?;
    Ok(img)
}

/// A booted DNS guest: QEMU (killed on drop) and its console file.
struct DnsGuest {
    child: std::process::Child,
    console: PathBuf,
}

impl Drop for DnsGuest {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl DnsGuest {
    fn console(&self) -> String {
        let mut s = String::new();
        if let Ok(mut f) = std::fs::File::open(&self.console) {
            let _ = f.read_to_string(&mut s);
        }
        s
    }
}

/// Boots `img` with `app_args` (UDP host `port` to guest `guest_port`);
/// waits for `ready` on the console: the guest, QEMU start → ready (ms)
/// and the zone-load time the guest printed (ms).
#[allow(clippy::too_many_arguments)]
fn boot(
    qemu_bin: &str,
    img: &Path,
    accel: Accel,
    port: u16,
    guest_port: u16,
    app_args: &str,
    ready: &str,
    console: PathBuf,
) -> Result<(DnsGuest, f64, Option<f64>), String> {
    let opts = RunOptions {
        ports: vec![qemu::PortForward {
            udp: true,
            host: port,
            guest: guest_port,
        }],
        append: format!("-- {app_args}"),
        ..RunOptions::new(img, accel)
    };
    let mem = qemu::inspect_image(img)?.memory_mib.unwrap_or(64);
    let mut cmd = qemu::qemu_command(qemu_bin, &opts, accel, mem);
    let f = std::fs::File::create(&console).map_err(|e| e.to_string())?;
    cmd.stdout(f).stderr(std::process::Stdio::null());
    let t0 = Instant::now();
    let g = DnsGuest {
        child: cmd.spawn().map_err(|e| format!("cannot start QEMU: {e}"))?,
        console,
    };
    loop {
        let c = g.console();
        if c.contains(ready) {
            let load = c
                .lines()
                .find_map(|l| l.split_once(" records in ").map(|x| x.1))
                .and_then(|l| l.split_whitespace().next())
                .and_then(|v| v.parse().ok());
            return Ok((g, t0.elapsed().as_secs_f64() * 1000.0, load));
        }
        if t0.elapsed() > Duration::from_secs(120) {
            return Err(format!("{} never got ready:\n{c}", img.display()));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// `mote bench dns [--runs N] [--secs S] [--sizes 100,1000]`.
pub fn run(
    home: &Path,
    accel: Accel,
    runs: usize,
    secs: f64,
    sizes: &[usize],
) -> Result<(), String> {
    let qemu_bin = qemu::qemu_binary()?;
    let out = home.join("target/mote-bench");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let mut images = Vec::new();
    for &n in sizes {
        images.push((n, build_zone_image(home, &out, n)?));
    }
    let accel = qemu::resolve_accel(&qemu_bin, accel, &images[0].1);
    println!(
        "Java DNS (images/dns) on microvm, accel {accel:?}, QEMU user networking; \
         {runs} boots per row, {secs} s per load run; min/median/max"
    );
    println!(
        "{:<7} {:<5} {:>9} {:>22} {:>20} {:>26} {:>26}",
        "records",
        "memo",
        "img KiB",
        "QEMU start->ready ms",
        "zone load ms",
        "queries/s (1 in flight)",
        "queries/s (32 in flight)"
    );
    for (n, img) in &images {
        let (_, questions) = zone(*n);
        let queries: Vec<Vec<u8>> = questions.iter().map(|(q, t)| query(0, q, *t)).collect();
        let size = std::fs::metadata(img).map(|m| m.len()).unwrap_or(0);
        for memo in [false, true] {
            let (mut ready, mut loads, mut one, mut many) = (vec![], vec![], vec![], vec![]);
            let (mut answered, mut lost) = ((0, 0), 0);
            for r in 0..runs {
                let port = free_port();
                let args = format!("53 /bench.test.zone{}", if memo { " --memo" } else { "" });
                let console = out.join(format!("dns-{n}-{memo}-{r}.console"));
                let (g, t, zload) = boot(
                    &qemu_bin,
                    img,
                    accel,
                    port,
                    53,
                    &args,
                    "dns: serving",
                    console,
                )?;
                ready.push(t);
                loads.extend(zload);
                // warm up: every question once (fills the memo table)
                load_warm(port, &queries);
                let (q1, _, _, lost1) = load(port, &queries, 1, secs);
                let (q32, done, good, lost32) = load(port, &queries, 32, secs);
                lost += lost1 + lost32;
                one.push(q1);
                many.push(q32);
                answered = (answered.0 + done, answered.1 + good);
                if g.console().contains("dropped a query") {
                    return Err(format!("the guest dropped a query:\n{}", g.console()));
                }
            }
            if lost > 0 {
                println!(
                    "  (about {lost} queries lost over the runs below, each costing a 100 ms wait)"
                );
            }
            if answered.0 != answered.1 {
                println!(
                    "  ({} of {} answers were not NOERROR/NXDOMAIN)",
                    answered.0 - answered.1,
                    answered.0
                );
            }
            let f = |v: Vec<f64>| {
                stats(v)
                    .map(|(a, b, c)| format!("{a:.0}/{b:.0}/{c:.0}"))
                    .unwrap_or_else(|| "-".into())
            };
            println!(
                "{:<7} {:<5} {:>9} {:>22} {:>20} {:>26} {:>26}",
                n,
                if memo { "yes" } else { "no" },
                size / 1024,
                f(ready),
                f(loads),
                f(one),
                f(many)
            );
        }
    }
    // the ceiling: java-echo on the same path, sent the same datagrams
    let echo = out.join("java-echo.mote");
    crate::image_build::build(&home.join("images/java-echo"), &echo)?;
    let queries: Vec<Vec<u8>> = zone(1000).1.iter().map(|(q, t)| query(0, q, *t)).collect();
    let (mut one, mut many) = (vec![], vec![]);
    for r in 0..runs {
        let port = free_port();
        let console = out.join(format!("java-echo-{r}.console"));
        let ready = "java-echo: echoing";
        let (_g, _, _) = boot(&qemu_bin, &echo, accel, port, 8080, "8080", ready, console)?;
        load_warm(port, &queries);
        one.push(load(port, &queries, 1, secs).0);
        many.push(load(port, &queries, 32, secs).0);
    }
    let f = |v: Vec<f64>| {
        stats(v)
            .map(|(a, b, c)| format!("{a:.0}/{b:.0}/{c:.0}"))
            .unwrap_or_else(|| "-".into())
    };
    println!(
        "{:<13} {:>9} {:>22} {:>20} {:>26} {:>26}",
        "java-echo",
        "",
        "",
        "(the same datagrams)",
        f(one),
        f(many)
    );
    Ok(())
}

/// Asks every question once (32 in flight), so a memo table is full.
fn load_warm(port: u16, queries: &[Vec<u8>]) {
    let s = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    s.connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    let mut buf = [0u8; 4096];
    for chunk in queries.chunks(32) {
        for q in chunk {
            let _ = s.send(q);
        }
        for _ in chunk {
            if s.recv(&mut buf).is_err() {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn zone_has_the_asked_size() {
        for n in [100, 1000] {
            let (z, q) = super::zone(n);
            let records = z.lines().filter(|l| !l.starts_with('$')).count();
            assert_eq!(records, n);
            assert!(q.len() > n);
        }
    }
}
