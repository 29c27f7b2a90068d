//! Network boot tests: the selftest image's `net-echo` service in real
//! QEMU (TCG), driven by real clients: `nc`, Rust UDP/TCP clients, `ping`,
//! raw frames written into a tap, and `tshark` reading the guest's pcap.
//! Tap tests create (and delete) their own network namespace; they need
//! root and /dev/net/tun, which this project's machines and CI have.

#[path = "../src/netns.rs"]
#[allow(dead_code)]
mod netns;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpStream, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

fn home() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn mote_cmd(ns: Option<&netns::NetNs>) -> Command {
    let mut c = match ns {
        Some(ns) => ns.command(env!("CARGO_BIN_EXE_mote")),
        None => Command::new(env!("CARGO_BIN_EXE_mote")),
    };
    c.env("MOTE_HOME", home()).env("MOTE_ACCEL", "tcg");
    c
}

fn image() -> PathBuf {
    static IMG: OnceLock<PathBuf> = OnceLock::new();
    IMG.get_or_init(|| {
        let dir = home().join("target/net-tests");
        std::fs::create_dir_all(&dir).unwrap();
        let out = dir.join("selftest.mote");
        let r = mote_cmd(None)
            .arg("build")
            .arg(home().join("kernel/tests/selftest"))
            .arg("-o")
            .arg(&out)
            .output()
            .unwrap();
        assert!(
            r.status.success(),
            "mote build failed:\n{}",
            String::from_utf8_lossy(&r.stderr)
        );
        out
    })
    .clone()
}

/// Host ports for one test: distinct per test and per test-run process.
fn ports(test: u16) -> (u16, u16, u16) {
    let base = 20000 + (std::process::id() % 1500) as u16 * 20 + test * 3;
    (base, base + 1, base + 2)
}

/// A booted guest running `net-echo`; its console is collected.
struct Guest {
    child: Child,
    console: Arc<Mutex<String>>,
    quit: Box<dyn Fn()>,
}

impl Guest {
    fn start(
        ns: Option<&netns::NetNs>,
        run_args: &[String],
        append: &str,
        quit: Box<dyn Fn()>,
    ) -> Guest {
        let mut child = mote_cmd(ns)
            .arg("run")
            .args(run_args)
            .args(["--timeout", "170", "--append", append])
            .arg(image())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let out = child.stdout.take().unwrap();
        let console = Arc::new(Mutex::new(String::new()));
        let c2 = console.clone();
        std::thread::spawn(move || {
            let mut r = BufReader::new(out);
            let mut line = String::new();
            while r.read_line(&mut line).unwrap_or(0) > 0 {
                c2.lock().unwrap().push_str(&line);
                line.clear();
            }
        });
        let g = Guest {
            child,
            console,
            quit,
        };
        g.wait_for("net-echo: ready", Duration::from_secs(60));
        g
    }

    fn console(&self) -> String {
        self.console.lock().unwrap().clone()
    }

    fn wait_for(&self, what: &str, limit: Duration) {
        let t = Instant::now();
        while !self.console().contains(what) {
            if t.elapsed() > limit {
                panic!("guest did not print {what:?}; console:\n{}", self.console());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Asks the service to stop; returns the exit status and the console.
    fn finish(mut self) -> (i32, String) {
        (self.quit)();
        let t = Instant::now();
        let status = loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                break s.code().unwrap_or(-1);
            }
            if t.elapsed() > Duration::from_secs(30) {
                let _ = self.child.kill();
                break -1;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        std::thread::sleep(Duration::from_millis(100));
        let c = self.console();
        eprintln!("--- guest console\n{c}---");
        (status, c)
    }
}

impl Drop for Guest {
    fn drop(&mut self) {
        if std::thread::panicking() {
            // a failed test: show what the guest said (e.g. NETSTATS) for diagnosis
            let console = self.console.lock().map(|c| c.clone()).unwrap_or_default();
            eprintln!("--- guest console at failure ---\n{console}--- end of guest console ---");
        }
        if self.child.try_wait().ok().flatten().is_none() {
            (self.quit)();
            std::thread::sleep(Duration::from_secs(2));
            let _ = self.child.kill();
        }
    }
}

fn udp_quit(addr: String) -> Box<dyn Fn()> {
    Box::new(move || {
        let s = UdpSocket::bind("0.0.0.0:0").unwrap();
        for _ in 0..3 {
            let _ = s.send_to(b"quit", &addr);
        }
    })
}

fn user_net(test: u16, machine: &str) -> (Guest, u16, u16) {
    let (udp, tcp, ctl) = ports(test);
    let args: Vec<String> = [
        "--machine".to_string(),
        machine.into(),
        "-p".into(),
        format!("udp:{udp}:7"),
        "-p".into(),
        format!("tcp:{tcp}:7"),
        "-p".into(),
        format!("udp:{ctl}:9"),
    ]
    .into();
    let g = Guest::start(
        None,
        &args,
        "-- net-echo",
        udp_quit(format!("127.0.0.1:{ctl}")),
    );
    (g, udp, tcp)
}

fn payload(seq: u32, len: usize) -> Vec<u8> {
    let mut x = seq.wrapping_mul(2654435761) ^ 0x5bd1e995;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect()
}

/// Sends `count` datagrams of sizes cycling 1..=1472 one at a time
/// (resending after a timeout); returns (echoes checked, corrupted, resends).
fn udp_stop_and_wait(s: &UdpSocket, count: u32) -> (u32, u32, u32) {
    s.set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    let (mut ok, mut bad, mut resends) = (0, 0, 0);
    let mut buf = vec![0u8; 2048];
    let mut recent: Vec<Vec<u8>> = Vec::new();
    for seq in 0..count {
        let len = (seq as usize % 1472) + 1;
        let p = payload(seq, len);
        s.send(&p).unwrap();
        let mut tries = 0;
        loop {
            match s.recv(&mut buf) {
                Ok(n) if buf[..n] == p[..] => {
                    ok += 1;
                    break;
                }
                Ok(n) if recent.iter().any(|r| r[..] == buf[..n]) => {} // late echo of a resent one
                Ok(_) => {
                    bad += 1;
                    break;
                }
                Err(_) => {
                    tries += 1;
                    assert!(tries < 20, "no echo for datagram {seq} after 20 tries");
                    resends += 1;
                    s.send(&p).unwrap();
                }
            }
        }
        recent.push(p);
        if recent.len() > 8 {
            recent.remove(0);
        }
    }
    (ok, bad, resends)
}

#[test]
fn udp_echo_over_user_networking_nc_and_10000_datagrams() {
    let (g, udp, _) = user_net(0, "microvm");
    // nc
    let mut nc = Command::new("nc")
        .args(["-u", "-w", "2", "127.0.0.1", &udp.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("nc (netcat-openbsd) is needed");
    nc.stdin
        .take()
        .unwrap()
        .write_all(b"hello from nc")
        .unwrap();
    let mut got = String::new();
    nc.stdout.take().unwrap().read_to_string(&mut got).unwrap();
    let _ = nc.wait();
    assert_eq!(got, "hello from nc", "nc got its datagram back");
    // Rust client: 10,000 datagrams of sizes 1..1472
    let s = UdpSocket::bind("127.0.0.1:0").unwrap();
    s.connect(("127.0.0.1", udp)).unwrap();
    let t = Instant::now();
    let (ok, bad, resends) = udp_stop_and_wait(&s, 10_000);
    eprintln!(
        "10000 datagrams: {ok} echoed intact, {bad} corrupted, {resends} resent, {:?}",
        t.elapsed()
    );
    assert_eq!(bad, 0, "corrupted echoes");
    assert_eq!(ok, 10_000);
    let (status, console) = g.finish();
    assert_eq!(status, 0);
    assert!(
        console.contains(
            "net: virtio-net (mmio) 52:54:00:12:34:56, IP 10.0.2.15/24 gw 10.0.2.2 (DHCP)"
        ),
        "{console}"
    );
    assert!(console.contains("second bind of udp 9: AddrInUse (ok)"));
    assert!(console.contains("NETSTATS final"));
}

/// Opens `conns` connections one after another (each proven by the echo
/// of its first byte: QEMU's user networking accepts host connections
/// with a listen backlog of 1, so a burst of connects can be reset by the
/// host kernel before they ever reach the guest), then moves `bytes` on
/// each of them at the same time and checks every echoed byte.
fn tcp_echo_clients(port: u16, conns: usize, bytes: usize) -> Duration {
    let streams: Vec<(TcpStream, Vec<u8>)> = (0..conns)
        .map(|i| {
            let mut c = TcpStream::connect(("127.0.0.1", port)).unwrap();
            c.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
            let data = payload(i as u32 + 77, bytes);
            c.write_all(&data[..1]).unwrap();
            let mut first = [0u8; 1];
            c.read_exact(&mut first).unwrap();
            assert_eq!(first[0], data[0], "connection {i}: first byte");
            (c, data)
        })
        .collect();
    let t = Instant::now();
    let handles: Vec<_> = streams
        .into_iter()
        .enumerate()
        .map(|(i, (c, data))| {
            std::thread::spawn(move || {
                let mut w = c.try_clone().unwrap();
                let d2 = data.clone();
                let writer = std::thread::spawn(move || {
                    for chunk in d2[1..].chunks(16 * 1024) {
                        w.write_all(chunk).unwrap();
                    }
                    w.shutdown(std::net::Shutdown::Write).unwrap();
                });
                let mut r = c;
                let mut got = Vec::with_capacity(bytes);
                got.push(data[0]);
                let mut buf = vec![0u8; 64 * 1024];
                loop {
                    let n = r.read(&mut buf).unwrap();
                    if n == 0 {
                        break;
                    }
                    got.extend_from_slice(&buf[..n]);
                }
                writer.join().unwrap();
                assert_eq!(got.len(), bytes, "connection {i}: length");
                assert!(got == data, "connection {i}: bytes differ");
            })
        })
        .collect();
    for h in handles {
        h.join().expect("a TCP client failed");
    }
    t.elapsed()
}

/// 100 concurrent connections of 1 MiB each (the issue's figure). This
/// once stalled intermittently (a peer's lost window update, which smoltcp
/// 0.12 never probes for; the network thread now probes with keep-alives
/// while data waits). `MOTE_NET_QUICK=1` moves 128 KiB per connection.
#[test]
fn tcp_echo_100_connections_of_1_mib() {
    let (g, _, tcp) = user_net(1, "microvm");
    let bytes = if std::env::var_os("MOTE_NET_QUICK").is_some() {
        128 << 10
    } else {
        1 << 20
    };
    let el = tcp_echo_clients(tcp, 100, bytes);
    eprintln!("100 concurrent connections x {bytes} bytes echoed in {el:?}");
    let (status, console) = g.finish();
    assert_eq!(status, 0, "{console}");
}

#[test]
fn pc_machine_uses_virtio_pci() {
    let (g, udp, tcp) = user_net(2, "pc");
    let s = UdpSocket::bind("127.0.0.1:0").unwrap();
    s.connect(("127.0.0.1", udp)).unwrap();
    let (ok, bad, _) = udp_stop_and_wait(&s, 300);
    assert_eq!((ok, bad), (300, 0));
    tcp_echo_clients(tcp, 4, 256 << 10);
    let (status, console) = g.finish();
    assert_eq!(status, 0);
    assert!(
        console.contains("net: virtio-net (pci) 52:54:00:12:34:56, IP 10.0.2.15/24"),
        "{console}"
    );
}

#[test]
fn no_nic_boots_and_says_so() {
    let r = mote_cmd(None)
        .arg("run")
        .args(["--timeout", "60", "--append", "-- net-info"])
        .arg(image())
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&r.stdout);
    assert_eq!(r.status.code(), Some(0), "{out}");
    assert!(
        out.contains("  net: no network device (networking off)"),
        "{out}"
    );
    assert!(out.contains("net-info: nic=no"));
}

// ---- frames for the tap tests -------------------------------------------

const GUEST_MAC: [u8; 6] = [0x52, 0x54, 0x00, 0x12, 0x34, 0x56];
const FAKE_MAC: [u8; 6] = [0x02, 0x00, 0x00, 0x00, 0x00, 0x01];

fn csum(data: &[u8], mut acc: u32) -> u16 {
    for c in data.chunks(2) {
        acc += u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]) as u32;
    }
    while acc > 0xFFFF {
        acc = (acc & 0xFFFF) + (acc >> 16);
    }
    !(acc as u16)
}

struct Frame {
    tos: u8,
    id: u16,
    ttl: u8,
    proto: u8,
    src: [u8; 4],
    dst: [u8; 4],
    l4: Vec<u8>,
}

impl Frame {
    fn udp(src_port: u16, dst_port: u16, data: &[u8], src: [u8; 4], dst: [u8; 4]) -> Frame {
        let len = 8 + data.len() as u16;
        let mut l4 = Vec::new();
        l4.extend_from_slice(&src_port.to_be_bytes());
        l4.extend_from_slice(&dst_port.to_be_bytes());
        l4.extend_from_slice(&len.to_be_bytes());
        l4.extend_from_slice(&[0, 0]);
        l4.extend_from_slice(data);
        let mut f = Frame {
            tos: 0,
            id: 1,
            ttl: 64,
            proto: 17,
            src,
            dst,
            l4,
        };
        let c = f.l4_checksum();
        f.l4[6..8].copy_from_slice(&c.to_be_bytes());
        f
    }
    fn tcp_syn(src: [u8; 4], dst: [u8; 4]) -> Frame {
        let mut l4 = vec![0u8; 20];
        l4[0..2].copy_from_slice(&4000u16.to_be_bytes());
        l4[2..4].copy_from_slice(&7u16.to_be_bytes());
        l4[4..8].copy_from_slice(&1000u32.to_be_bytes());
        l4[12] = 5 << 4;
        l4[13] = 0x02;
        l4[14..16].copy_from_slice(&8192u16.to_be_bytes());
        let mut f = Frame {
            tos: 0,
            id: 2,
            ttl: 64,
            proto: 6,
            src,
            dst,
            l4,
        };
        let c = f.l4_checksum();
        f.l4[16..18].copy_from_slice(&c.to_be_bytes());
        f
    }
    fn l4_checksum(&self) -> u16 {
        let mut acc = 0u32;
        for c in self.src.chunks(2).chain(self.dst.chunks(2)) {
            acc += u16::from_be_bytes([c[0], c[1]]) as u32;
        }
        acc += self.proto as u32 + self.l4.len() as u32;
        csum(&self.l4, acc)
    }
    fn ip_header(&self) -> Vec<u8> {
        let total = 20 + self.l4.len() as u16;
        let mut h = vec![0x45, self.tos];
        h.extend_from_slice(&total.to_be_bytes());
        h.extend_from_slice(&self.id.to_be_bytes());
        h.extend_from_slice(&[0x40, 0]); // DF
        h.extend_from_slice(&[self.ttl, self.proto, 0, 0]);
        h.extend_from_slice(&self.src);
        h.extend_from_slice(&self.dst);
        let c = csum(&h, 0);
        h[10..12].copy_from_slice(&c.to_be_bytes());
        h
    }
    fn bytes(&self) -> Vec<u8> {
        let mut f = GUEST_MAC.to_vec();
        f.extend_from_slice(&FAKE_MAC);
        f.extend_from_slice(&[0x08, 0x00]);
        f.extend_from_slice(&self.ip_header());
        f.extend_from_slice(&self.l4);
        f
    }
}

/// Rewrites the IPv4 header of `frame` with `f` and fixes its checksum.
fn patch_ip(mut frame: Vec<u8>, f: impl Fn(&mut [u8])) -> Vec<u8> {
    f(&mut frame[14..34]);
    frame[24] = 0;
    frame[25] = 0;
    let c = csum(&frame[14..34], 0);
    frame[24..26].copy_from_slice(&c.to_be_bytes());
    frame
}

const HOST_IP: [u8; 4] = [10, 77, 0, 1];
const GUEST_IP: [u8; 4] = [10, 77, 0, 2];

#[test]
fn tap_static_ip_ping_arp_malformed_frames_packet_log_and_pcap() {
    let id = std::process::id();
    let ns = netns::NetNs::create(&format!("mote-t{id}"), "mtap0", "10.77.0.1/24")
        .expect("creating a network namespace with a tap (needs root, /dev/net/tun, iproute2)");
    let pcap = home().join(format!("target/net-tests/tap-{id}.pcap"));
    let _ = std::fs::remove_file(&pcap);
    let args: Vec<String> = vec![
        "--tap".into(),
        "mtap0".into(),
        "--pcap".into(),
        pcap.display().to_string(),
    ];
    let nsname = ns.name.clone();
    let quit: Box<dyn Fn()> = Box::new(move || {
        let _ = Command::new("ip")
            .args([
                "netns",
                "exec",
                &nsname,
                "sh",
                "-c",
                "echo quit | nc -u -w1 10.77.0.2 9",
            ])
            .output();
    });
    let g = Guest::start(
        Some(&ns),
        &args,
        "ip=10.77.0.2/24 gw=10.77.0.1 net.log=1 net.pcap=1 -- net-echo",
        quit,
    );
    assert!(
        g.console().contains(
            "net: virtio-net (mmio) 52:54:00:12:34:56, IP 10.77.0.2/24 gw 10.77.0.1 static"
        ),
        "{}",
        g.console()
    );

    // ICMP echo and ARP
    let ping = ns
        .command("ping")
        .args(["-c", "3", "-W", "5", "10.77.0.2"])
        .output()
        .expect("ping (iputils-ping)");
    let ping_out = String::from_utf8_lossy(&ping.stdout);
    assert!(ping.status.success(), "ping failed:\n{ping_out}");
    assert!(ping_out.contains("3 received"), "{ping_out}");
    let neigh = ns
        .command("ip")
        .args(["neigh", "show", "10.77.0.2"])
        .output()
        .unwrap();
    let neigh = String::from_utf8_lossy(&neigh.stdout);
    assert!(
        neigh.contains("52:54:00:12:34:56"),
        "ARP entry for the guest: {neigh}"
    );

    // a known datagram, logged field by field
    let mut known = Frame::udp(4660, 7, b"mote-known-datagram", HOST_IP, GUEST_IP);
    known.tos = (46 << 2) | 1;
    known.id = 0x1234;
    known.ttl = 61;
    let known_bytes = known.bytes();
    let ip_ck = u16::from_be_bytes([known_bytes[24], known_bytes[25]]);
    let udp_ck = u16::from_be_bytes([known_bytes[40], known_bytes[41]]);
    // malformed frames: each must be dropped and counted
    let good = Frame::udp(5000, 7, b"0123456789", HOST_IP, GUEST_IP).bytes();
    let syn = Frame::tcp_syn(HOST_IP, GUEST_IP).bytes();
    let mut bad_ip_ck = good.clone();
    bad_ip_ck[24] ^= 0x55;
    let mut bad_udp_ck = good.clone();
    bad_udp_ck[40] ^= 0x55;
    let mut bad_tcp_ck = syn.clone();
    bad_tcp_ck[50] ^= 0x55;
    let too_long = patch_ip(good.clone(), |h| {
        h[2..4].copy_from_slice(&1000u16.to_be_bytes())
    });
    let v6 = patch_ip(good.clone(), |h| h[0] = 0x65);
    let ihl3 = patch_ip(good.clone(), |h| h[0] = 0x43);
    let udp_trunc = patch_ip(good[..38].to_vec(), |h| {
        h[2..4].copy_from_slice(&24u16.to_be_bytes())
    });
    let mut udp_len = good.clone();
    udp_len[38..40].copy_from_slice(&200u16.to_be_bytes());
    let frames = vec![
        known_bytes.clone(),
        bad_ip_ck,
        bad_udp_ck,
        bad_tcp_ck,
        too_long,
        v6,
        ihl3,
        udp_trunc,
        udp_len,
    ];
    ns.send_raw(frames)
        .expect("sending raw frames into the tap");
    std::thread::sleep(Duration::from_millis(500));
    // the service still answers
    let echo = ns
        .command("sh")
        .args(["-c", "printf still-alive | nc -u -w2 10.77.0.2 7"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&echo.stdout), "still-alive");
    let (status, console) = g.finish();
    assert_eq!(status, 0);

    let stats = console
        .lines()
        .find(|l| l.starts_with("NETSTATS final"))
        .expect("stats line");
    for kv in [
        "truncated=1",
        "bad_header=2",
        "bad_length=2",
        "ip_checksum=1",
        "l4_checksum=2",
        "dropped=8",
    ] {
        assert!(stats.split_whitespace().any(|w| w == kv), "{kv} in {stats}");
    }

    // packet log of the known datagram
    let expect = [
        "==== FROM: 02:00:00:00:00:01 ====".to_string(),
        "ethernet dst=52:54:00:12:34:56 src=02:00:00:00:00:01 type=0x0800 length=61".to_string(),
        format!("ipv4 version=4 ihl=5 dscp=46 ecn=1 total_length=47 identification=4660 flags=DF fragment_offset=0 ttl=61 protocol=17 checksum=0x{ip_ck:04x} src=10.77.0.1 dst=10.77.0.2"),
        format!("udp src_port=4660 dst_port=7 length=27 checksum=0x{udp_ck:04x}"),
        "==== END: 02:00:00:00:00:01 ====".to_string(),
    ];
    let lines: Vec<&str> = console.lines().collect();
    let at = lines
        .windows(expect.len())
        .position(|w| w.iter().zip(&expect).all(|(a, b)| a == b));
    assert!(
        at.is_some(),
        "packet log of the known datagram not found; expected:\n{}",
        expect.join("\n")
    );
    // and the guest's echo of it, with the ports swapped
    assert!(
        console.contains("udp src_port=7 dst_port=4660 length=27"),
        "echo reply logged"
    );
    assert!(console.contains("==== FROM: 52:54:00:12:34:56 ===="));
    assert!(console.contains("(frame dropped: L4Checksum)"));

    // the pcap stream reads in tshark with the same fields
    let ts = Command::new("tshark")
        .args(["-r"])
        .arg(&pcap)
        .args([
            "-Y",
            "udp.srcport==4660",
            "-T",
            "fields",
            "-e",
            "ip.id",
            "-e",
            "ip.dsfield.dscp",
            "-e",
            "ip.ttl",
            "-e",
            "udp.dstport",
            "-e",
            "eth.src",
        ])
        .output()
        .expect("tshark");
    let ts_out = String::from_utf8_lossy(&ts.stdout);
    assert!(
        ts.status.success(),
        "tshark: {}",
        String::from_utf8_lossy(&ts.stderr)
    );
    assert!(
        ts_out.lines().any(|l| l.split('\t').collect::<Vec<_>>()
            == ["0x1234", "46", "61", "7", "02:00:00:00:00:01"]),
        "tshark fields: {ts_out}"
    );
    let all = Command::new("tshark")
        .arg("-r")
        .arg(&pcap)
        .output()
        .unwrap();
    let n = String::from_utf8_lossy(&all.stdout).lines().count();
    assert!(n >= 15, "pcap has {n} frames");
    let _ = std::fs::remove_file(&pcap);
}

#[test]
fn socket_api_errors_timeouts_poll_and_reset() {
    use std::os::fd::AsRawFd;
    let server = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = server.local_addr().unwrap().port();
    // make sure nothing listens on port + 1 (the refused connection)
    assert!(
        TcpStream::connect(("127.0.0.1", port + 1)).is_err(),
        "port {} is in use",
        port + 1
    );
    let host = std::thread::spawn(move || {
        let (mut c, _) = server.accept().unwrap();
        c.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        let mut buf = [0u8; 5];
        c.read_exact(&mut buf).unwrap();
        assert_eq!(&buf, b"hello");
        c.write_all(b"world").unwrap();
        std::thread::sleep(Duration::from_millis(1000));
        c.write_all(b"late").unwrap();
        let mut bye = [0u8; 3];
        c.read_exact(&mut bye).unwrap();
        assert_eq!(&bye, b"bye");
        // close with a reset (SO_LINGER 0)
        let l = libc::linger {
            l_onoff: 1,
            l_linger: 0,
        };
        // SAFETY: setsockopt on a socket we own with a correctly sized value.
        let r = unsafe {
            libc::setsockopt(
                c.as_raw_fd(),
                libc::SOL_SOCKET,
                libc::SO_LINGER,
                &l as *const libc::linger as *const libc::c_void,
                std::mem::size_of::<libc::linger>() as u32,
            )
        };
        assert_eq!(r, 0);
        drop(c);
    });
    let userver = UdpSocket::bind("127.0.0.1:0").unwrap();
    let uport = userver.local_addr().unwrap().port();
    let uecho = std::thread::spawn(move || {
        userver
            .set_read_timeout(Some(Duration::from_secs(90)))
            .unwrap();
        // echoes datagrams until the guest is done
        let mut b = [0u8; 2048];
        while let Ok((n, from)) = userver.recv_from(&mut b) {
            if &b[..n] == b"stop" {
                break;
            }
            userver.send_to(&b[..n], from).unwrap();
        }
    });
    let r = mote_cmd(None)
        .arg("run")
        .args(["--timeout", "90", "-p", &format!("udp:{}:9", ports(4).0)])
        .args(["--append", &format!("-- net-api {port} {uport}")])
        .arg(image())
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&r.stdout);
    eprintln!("{out}");
    host.join().expect("host side of the API test");
    let _ = UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .send_to(b"stop", ("127.0.0.1", uport));
    uecho.join().unwrap();
    assert!(!out.contains("net-api: FAIL"), "{out}");
    assert!(out.contains("net-api: done failures=0"), "{out}");
    assert_eq!(r.status.code(), Some(0));
    for name in [
        "bind-foreign-address",
        "listen-twice",
        "recv-unconnected",
        "udp-too-long",
        "connect-refused",
        "nonblocking-connect-refused",
        "send-recv",
        "recv-timeout",
        "recv-nonblocking",
        "poll-wakes-on-data",
        "poll-timeout",
        "reset",
        "send-after-reset",
        "udp-connect-send-recv",
        "recv-buffer-size",
    ] {
        assert!(
            out.contains(&format!("net-api: ok {name}\n")),
            "{name}: {out}"
        );
    }
}
