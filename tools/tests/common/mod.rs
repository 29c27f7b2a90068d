//! Helpers shared by the boot-test binaries: where Mote is, `mote`
//! configured for tests (TCG, this checkout), and the Java comparisons.
//! (Each test binary uses only some of them.)
#![allow(dead_code)]

use std::net::UdpSocket;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn home() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

pub fn mote() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mote"));
    c.env("MOTE_HOME", home()).env("MOTE_ACCEL", "tcg");
    c
}

/// Where tests put images and scratch files.
pub fn out_dir() -> PathBuf {
    let d = home().join("target/boot-tests");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The app's own output: the console minus the kernel's banner and log lines.
pub fn app_output(console: &str) -> String {
    console
        .lines()
        .filter(|l| !l.starts_with("Mote ") && !l.starts_with("  ") && !l.starts_with('['))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// Compiles `sources` with javac against Mote's java.base into `classes`.
pub fn javac_against_java_base(sources: &[PathBuf], classes: &Path) {
    std::fs::create_dir_all(classes).unwrap();
    let javac = jvm_glue::javac(classes).args(sources).output().unwrap();
    assert!(
        javac.status.success(),
        "{}",
        String::from_utf8_lossy(&javac.stderr)
    );
}

/// `curl -s --max-time 30 ARGS`: (stdout, stderr).
pub fn curl(args: &[&str]) -> (String, String) {
    let out = Command::new("curl")
        .args(["-s", "--max-time", "30"])
        .args(args)
        .output()
        .expect("curl is installed by scripts/setup.sh");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// images/java-hello compiled into `scratch` and run on the hosted JVM with
/// the whole java.base: (stdout + stderr, exit status), the expectation for images.
pub fn hosted_java_hello(scratch: &str, args: &[&str]) -> (String, i32) {
    let classes = out_dir().join(scratch);
    javac_against_java_base(&[home().join("images/java-hello/Hello.java")], &classes);
    let r = mote()
        .args(["run", "--hosted", "--cp"])
        .arg(&classes)
        .arg("Hello")
        .args(args)
        .output()
        .unwrap();
    let both =
        String::from_utf8_lossy(&r.stdout).into_owned() + &String::from_utf8_lossy(&r.stderr);
    (both, r.status.code().unwrap())
}

/// Builds the service folder `dir` into `img` with `mote build`; fails the
/// test with mote's messages if the build fails, else returns them.
/// `mote build DIR -o IMG --main MAIN`, which must succeed; its log.
pub fn build_with_main(dir: &Path, main: &str, img: &Path) -> String {
    let r = mote()
        .arg("build")
        .arg(dir)
        .arg("-o")
        .arg(img)
        .args(["--main", main])
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&r.stdout).into_owned() + &String::from_utf8_lossy(&r.stderr);
    assert!(r.status.success(), "mote build {}:\n{log}", dir.display());
    log
}

/// What HotSpot (`java`) prints running `main` from `classes`, which must exit 0.
pub fn hotspot_output(classes: &Path, main: &str) -> String {
    let r = Command::new("java")
        .arg("-cp")
        .arg(classes)
        .arg(main)
        .output()
        .unwrap();
    assert!(
        r.status.success(),
        "java {main}: {}",
        String::from_utf8_lossy(&r.stderr)
    );
    String::from_utf8_lossy(&r.stdout).into_owned()
}

pub fn build_folder(dir: &Path, img: &Path) -> String {
    let r = mote()
        .arg("build")
        .arg(dir)
        .arg("-o")
        .arg(img)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr).into_owned();
    assert!(
        r.status.success(),
        "mote build {}:\n{stderr}",
        dir.display()
    );
    stderr
}

/// `mote build --compress` of `dir` (relative to the Mote tree) into `out`;
/// mote's stderr (the build log).
pub fn build_compressed_image(dir: &str, out: &Path) -> String {
    let r = mote()
        .arg("build")
        .arg(home().join(dir))
        .arg("-o")
        .arg(out)
        .arg("--compress")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&r.stderr).into_owned();
    assert!(r.status.success(), "mote build --compress {dir}:\n{stderr}");
    stderr
}

/// Builds `images/<service>` into the test output folder.
pub fn build(service: &str) -> PathBuf {
    let out = out_dir().join(format!("{service}.mote"));
    build_folder(&home().join("images").join(service), &out);
    out
}

/// A free host port (bound and released: good enough for a test).
pub fn free_port(udp: bool) -> u16 {
    if udp {
        UdpSocket::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port()
    } else {
        std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port()
    }
}

/// A running image; QEMU dies with `mote run` when this is dropped.
pub struct Guest {
    child: Child,
    log: PathBuf,
}

impl Guest {
    pub fn start(image: &Path, forwards: &[String], ready: &str) -> Guest {
        Self::start_with(image, forwards, &[], ready)
    }

    /// `start` with more `mote run` arguments at the end (e.g. `--machine pc`, `-- QEMU ARGS`).
    pub fn start_with(image: &Path, forwards: &[String], more: &[&str], ready: &str) -> Guest {
        let log = image.with_extension(format!("log-{}", std::process::id()));
        let mut c = mote();
        c.arg("run").arg(image).args(["--timeout", "240"]);
        for f in forwards {
            c.args(["-p", f]);
        }
        c.args(more);
        let child = c
            .stdout(Stdio::from(std::fs::File::create(&log).unwrap()))
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let g = Guest { child, log };
        let t0 = Instant::now();
        while !g.console().contains(ready) {
            assert!(
                t0.elapsed() < Duration::from_secs(60),
                "guest never printed {ready:?}:\n{}",
                g.console()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        g
    }
    /// Waits (up to `limit`) for the image to end; its exit status.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<i32> {
        let t0 = Instant::now();
        loop {
            if let Some(st) = self.child.try_wait().unwrap() {
                return st.code();
            }
            if t0.elapsed() > limit {
                return None;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn console(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Guest {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn udp_client() -> UdpSocket {
    let s = UdpSocket::bind("127.0.0.1:0").unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    s
}

/// One request, one reply (resent a few times: UDP through user networking may drop).
pub fn ask(s: &UdpSocket, port: u16, msg: &[u8]) -> Vec<u8> {
    let mut buf = vec![0u8; 65536];
    for _ in 0..5 {
        s.send_to(msg, ("127.0.0.1", port)).unwrap();
        if let Ok((n, _)) = s.recv_from(&mut buf) {
            return buf[..n].to_vec();
        }
    }
    panic!("no reply from port {port}");
}

/// The sorting services' contract (c-sort and java-sort answer alike).
pub fn check_sort_service(port: u16) {
    let s = udp_client();
    let mut x: u64 = 99;
    for len in [0usize, 1, 2, 10, 50, 150] {
        let nums: Vec<i64> = (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x % 2_000_001) as i64 - 1_000_000
            })
            .collect();
        let text = nums
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(if len % 2 == 0 { " " } else { "," });
        let mut sorted = nums.clone();
        sorted.sort();
        let want = sorted
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(
            String::from_utf8(ask(&s, port, text.as_bytes())).unwrap(),
            want,
            "list of {len}"
        );
    }
    assert_eq!(ask(&s, port, b"3 two 1"), b"error: not an integer: 'two'");
    assert_eq!(
        ask(&s, port, b"99999999999999999999"),
        b"error: out of range: '99999999999999999999'"
    );
    assert_eq!(
        ask(&s, port, b"2 1"),
        b"1 2",
        "still serving after bad input"
    );
}

pub fn dec_mul(a: &mut Vec<u32>, m: u32) {
    let mut carry = 0u64;
    for d in a.iter_mut() {
        let t = *d as u64 * m as u64 + carry;
        *d = (t % 10) as u32;
        carry = t / 10;
    }
    while carry > 0 {
        a.push((carry % 10) as u32);
        carry /= 10;
    }
}

pub fn dec_add(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut r = Vec::new();
    let mut carry = 0;
    for i in 0..a.len().max(b.len()) {
        let t = a.get(i).copied().unwrap_or(0) + b.get(i).copied().unwrap_or(0) + carry;
        r.push(t % 10);
        carry = t / 10;
    }
    if carry > 0 {
        r.push(carry);
    }
    r
}

pub fn dec_str(a: &[u32]) -> String {
    a.iter()
        .rev()
        .map(|d| char::from(b'0' + *d as u8))
        .collect()
}

/// The factorial/Fibonacci services' contract (c-facfib and java-facfib
/// answer alike): n! on `pf`, fib(n) on `pb`, exact, checked against
/// decimal arithmetic done here.
pub fn check_facfib_service(pf: u16, pb: u16) {
    let s = udp_client();
    for n in [0u32, 1, 5, 20, 25, 100, 450] {
        let mut f = vec![1u32];
        for i in 2..=n {
            dec_mul(&mut f, i);
        }
        assert_eq!(
            String::from_utf8(ask(&s, pf, n.to_string().as_bytes())).unwrap(),
            dec_str(&f),
            "{n}!"
        );
    }
    for n in [0u32, 1, 2, 10, 93, 94, 1000] {
        let (mut a, mut b) = (vec![0u32], vec![1u32]);
        for _ in 0..n {
            let c = dec_add(&a, &b);
            a = b;
            b = c;
        }
        assert_eq!(
            String::from_utf8(ask(&s, pb, format!("{n}\n").as_bytes())).unwrap(),
            dec_str(&a),
            "fib({n})"
        );
    }
    // bad input gets an error reply, and the service keeps serving
    assert_eq!(ask(&s, pf, b"twelve"), b"error: not a number");
    assert_eq!(ask(&s, pb, b"-3"), b"error: not a number");
    assert_eq!(ask(&s, pf, b"100000"), b"error: n too large (max 450)");
    assert_eq!(ask(&s, pf, &[0xff, 0x00, 0x7f]), b"error: not a number");
    assert_eq!(ask(&s, pf, b"3"), b"6");
}
