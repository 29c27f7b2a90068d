//! Java services in images (`kind = "java"`): built with `mote build`, booted
//! in QEMU (TCG), compared with the same program on the hosted JVM.

mod common;
use common::{
    app_output, build_folder, home, hosted_java_hello, javac_against_java_base, mote, out_dir,
};

use std::path::PathBuf;

fn build_java_hello() -> PathBuf {
    let out = out_dir().join("java-hello.mote");
    let r = mote()
        .arg("build")
        .arg(home().join("images/java-hello"))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    out
}

#[test]
fn a_java_service_runs_in_the_image_like_on_the_hosted_jvm() {
    let img = build_java_hello();
    for (append, args, status) in [
        ("", vec!["world"], 0),
        ("-- world fail", vec!["world", "fail"], 1),
    ] {
        let r = mote()
            .arg("run")
            .arg(&img)
            .args(["--timeout", "120", "--append", append])
            .output()
            .unwrap();
        let console = String::from_utf8_lossy(&r.stdout).into_owned();
        assert_eq!(r.status.code(), Some(status), "{console}");
        let (expected, hosted_status) = hosted_java_hello("java-hello-classes", &args);
        assert_eq!(hosted_status, status);
        assert_eq!(
            app_output(&console),
            expected,
            "image vs hosted for args {args:?}"
        );
    }
}

#[test]
fn java_build_errors_are_clear() {
    let dir = out_dir().join("bad-java");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("mote.toml"),
        "name = \"badjava\"\nkind = \"java\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("Main.java"),
        "public class Main { public static void main(String[] a) {} }\n",
    )
    .unwrap();
    let r = mote()
        .arg("build")
        .arg(&dir)
        .args(["-o", "/dev/null"])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("needs `main = "));
    // an API that Mote's java.base does not have is a compile-time error
    std::fs::write(
        dir.join("mote.toml"),
        "name = \"badjava\"\nkind = \"java\"\nmain = \"Main\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("Main.java"),
        "public class Main { public static void main(String[] a) { java.awt.Frame f = null; } }\n",
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
        err.contains("javac failed") && err.contains("Main.java"),
        "{err}"
    );
}

const JAR_APP: &str = r#"package com.ex;
public class App {
    public static void main(String[] a) {
        System.out.println("jar app " + String.join(",", a) + " " + Helper.twice(21));
        try {
            long[][] big = new long[48][];
            for (int i = 0; i < big.length; i++) big[i] = new long[1 << 17];
            System.out.println("allocated 48 MiB");
        } catch (OutOfMemoryError e) {
            System.out.println("caught " + e);
        }
    }
}
class Helper { static int twice(int x) { return 2 * x; } }
"#;

/// Compiles JAR_APP with HotSpot's javac (release 17) into `dir/classes` and
/// packs `dir/app.jar` (Main-Class com.ex.App) and `dir/plain.jar` (no manifest).
fn make_jars(dir: &std::path::Path) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("src/com/ex")).unwrap();
    std::fs::write(dir.join("src/com/ex/App.java"), JAR_APP).unwrap();
    let ok = |c: &mut std::process::Command| assert!(c.status().unwrap().success(), "{c:?}");
    ok(std::process::Command::new("javac")
        .args(["--release", "17", "-d"])
        .arg(dir.join("classes"))
        .arg(dir.join("src/com/ex/App.java")));
    ok(std::process::Command::new("jar")
        .arg("cfe")
        .arg(dir.join("app.jar"))
        .arg("com.ex.App")
        .arg("-C")
        .arg(dir.join("classes"))
        .arg("."));
    ok(std::process::Command::new("jar")
        .arg("cfM")
        .arg(dir.join("plain.jar"))
        .arg("-C")
        .arg(dir.join("classes"))
        .arg("."));
}

fn run_image(img: &std::path::Path, extra: &[&str]) -> (String, Option<i32>) {
    let r = mote()
        .arg("run")
        .arg(img)
        .args(["--timeout", "120"])
        .args(extra)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&r.stdout).into_owned(),
        r.status.code(),
    )
}

#[test]
fn a_jar_becomes_an_image_that_runs_like_the_jar_on_the_hosted_jvm() {
    let dir = out_dir().join("jar-app");
    make_jars(&dir);
    let img = dir.join("app.mote");
    let r = mote()
        .arg("build")
        .arg(dir.join("app.jar"))
        .arg("-o")
        .arg(&img)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    // the same jar on the hosted JVM (default heap 256 MiB: the allocation fits)
    let hosted = mote()
        .args(["run", "--hosted"])
        .arg(dir.join("app.jar"))
        .args(["a", "b"])
        .output()
        .unwrap();
    assert!(hosted.status.success());
    let hosted = String::from_utf8_lossy(&hosted.stdout).into_owned();
    assert_eq!(hosted, "jar app a,b 42\nallocated 48 MiB\n");
    // in the image with 256 MiB of guest RAM (heap: half of it) the output is the same
    let (console, code) = run_image(&img, &["-m", "256M", "--append", "-- a b"]);
    assert_eq!(code, Some(0), "{console}");
    assert_eq!(app_output(&console), hosted);
    // -Xmx on the image command line limits the heap: the service catches the OOM
    let (console, code) = run_image(&img, &["-m", "256M", "--append", "-Xmx16m -- a b"]);
    assert_eq!(code, Some(0), "{console}");
    assert_eq!(
        app_output(&console),
        "jar app a,b 42\ncaught java.lang.OutOfMemoryError: Java heap space\n"
    );
    // a bad -Xmx stops the image with a clear message, not a crash
    let (console, code) = run_image(&img, &["--append", "-Xmx12q"]);
    assert_eq!(code, Some(1), "{console}");
    assert!(console.contains("-Xmx12q: not a heap size"), "{console}");
    // a folder of .class files builds too, with --main naming the class
    let r = mote()
        .arg("build")
        .arg(dir.join("classes"))
        .args(["--main", "com.ex.App", "-o"])
        .arg(dir.join("classes.mote"))
        .args(["--", "c"])
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let (console, code) = run_image(&dir.join("classes.mote"), &["-m", "256M"]);
    assert_eq!(code, Some(0), "{console}");
    assert_eq!(app_output(&console), "jar app c 42\nallocated 48 MiB\n");
}

#[test]
fn jar_and_class_input_errors_are_clear() {
    let dir = out_dir().join("jar-errors");
    make_jars(&dir);
    let build = |input: &std::path::Path, extra: &[&str]| {
        let r = mote()
            .arg("build")
            .arg(input)
            .args(extra)
            .args(["-o", "/dev/null"])
            .output()
            .unwrap();
        assert_eq!(r.status.code(), Some(2), "{input:?} {extra:?}");
        String::from_utf8_lossy(&r.stderr).into_owned()
    };
    let e = build(&dir.join("plain.jar"), &[]);
    assert!(
        e.contains("no META-INF/MANIFEST.MF") && e.contains("--main"),
        "{e}"
    );
    let e = build(&dir.join("plain.jar"), &["--main", "com.ex.Nope"]);
    assert!(e.contains("main class com.ex.Nope is not among"), "{e}");
    let e = build(&dir.join("plain.jar"), &["--main", "com.ex.Helper"]);
    assert!(
        e.contains("has no `public static void main(String[])`"),
        "{e}"
    );
    let e = build(&dir.join("classes"), &[]);
    assert!(e.contains("no mote.toml") && e.contains("--main"), "{e}");
    std::fs::write(dir.join("text.jar"), "not a zip at all").unwrap();
    let e = build(&dir.join("text.jar"), &["--main", "X"]);
    assert!(e.contains("not a readable jar"), "{e}");
    // a class file from a newer Java names the file, its version and the fix
    let class = dir.join("classes/com/ex/App.class");
    let mut bytes = std::fs::read(&class).unwrap();
    bytes[6..8].copy_from_slice(&65u16.to_be_bytes());
    std::fs::write(&class, bytes).unwrap();
    let e = build(&dir.join("classes"), &["--main", "com.ex.App"]);
    assert!(
        e.contains("App.class: class file version 65 (Java 21)") && e.contains("--release 17"),
        "{e}"
    );
}

const FILES_APP: &str = r#"import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

public class FilesDemo {
    public static void main(String[] a) throws Exception {
        String root = a.length > 0 ? a[0] : "/";
        try (BufferedReader r = new BufferedReader(new FileReader(root + "notes.txt", StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) System.out.println("line " + (++n) + ": " + line);
        }
        byte[] big = Files.readAllBytes(Paths.get(root + "data/big.bin"));
        long sum = 0;
        for (byte b : big) sum = sum * 31 + (b & 0xff);
        System.out.println("big.bin " + big.length + " bytes, hash " + sum);
        try (InputStream in = new BufferedInputStream(new FileInputStream(root + "data/big.bin"))) {
            in.skip(1000);
            System.out.println("byte 1000 = " + in.read());
        }
        String[] names = new File(root + "data").list();
        Arrays.sort(names);
        System.out.println("data/: " + String.join(",", names));
        System.out.println("exists " + new File(root + "notes.txt").exists() + " " + new File(root + "nope").exists()
                + " dir " + new File(root + "data").isDirectory() + " length " + new File(root + "notes.txt").length());
        System.out.println("lines " + Files.readAllLines(Paths.get(root + "notes.txt")).size());
        try {
            new FileInputStream(root + "missing.txt");
        } catch (FileNotFoundException e) {
            System.out.println("missing: " + e.getMessage().replace(root, "ROOT/"));
        }
        try (OutputStream o = new FileOutputStream(root + "written.txt")) {
            o.write(1);
            System.out.println("write: ok");
        } catch (IOException e) {
            System.out.println("write: " + e.getClass().getName() + ": " + e.getMessage().replace(root, "ROOT/"));
        }
    }
}
"#;

#[test]
fn java_io_reads_the_sealed_filesystem_like_host_files_and_cannot_write() {
    let dir = out_dir().join("java-files");
    let _ = std::fs::remove_dir_all(&dir);
    let files = dir.join("files");
    std::fs::create_dir_all(files.join("data")).unwrap();
    std::fs::write(files.join("notes.txt"), "first line\nsecond: ü ∑\n\nlast\n").unwrap();
    let big: Vec<u8> = (0..300_000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    std::fs::write(files.join("data/big.bin"), &big).unwrap();
    std::fs::write(files.join("data/a.txt"), "a").unwrap();
    std::fs::write(dir.join("FilesDemo.java"), FILES_APP).unwrap();
    std::fs::write(
        dir.join("mote.toml"),
        "name = \"java-files\"\nkind = \"java\"\nmain = \"FilesDemo\"\nfiles = \"files\"\nmemory = \"64M\"\n",
    )
    .unwrap();
    let img = dir.join("files.mote");
    build_folder(&dir, &img);
    let (console, code) = run_image(&img, &[]);
    assert_eq!(code, Some(0), "{console}");
    let image_out = app_output(&console);
    // the same program on the hosted JVM over a host copy of the files
    let classes = dir.join("classes");
    common::javac_against_java_base(&[dir.join("FilesDemo.java")], &classes);
    let hosted = mote()
        .args(["run", "--hosted", "--cp"])
        .arg(&classes)
        .arg("FilesDemo")
        .arg(format!("{}/", files.display()))
        .output()
        .unwrap();
    let hosted_out = String::from_utf8_lossy(&hosted.stdout).into_owned();
    let without_write = |s: &str| {
        s.lines()
            .filter(|l| !l.starts_with("write: "))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
    };
    assert_eq!(without_write(&image_out), without_write(&hosted_out));
    assert!(image_out.contains("line 2: second: ü ∑"), "{image_out}");
    assert!(image_out.contains("data/: a.txt,big.bin"), "{image_out}");
    // the host folder is writable; the image is not
    assert!(hosted_out.contains("write: ok"), "{hosted_out}");
    assert!(
        image_out.contains(
            "write: java.io.FileNotFoundException: ROOT/written.txt (Read-only file system)"
        ),
        "{image_out}"
    );
}

fn udp_ask(s: &std::net::UdpSocket, port: u16, msg: &[u8]) -> Vec<u8> {
    let mut buf = vec![0u8; 65536];
    for _ in 0..5 {
        s.send_to(msg, ("127.0.0.1", port)).unwrap();
        if let Ok((n, _)) = s.recv_from(&mut buf) {
            return buf[..n].to_vec();
        }
    }
    panic!("no reply from port {port}");
}

fn free_udp_port() -> u16 {
    std::net::UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Echoes `count` patterned datagrams through `port`.
fn check_echo(port: u16, count: usize) {
    let s = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    for i in 0..count {
        let size = 1 + (i * 131) % 1472;
        let msg: Vec<u8> = (0..size).map(|j| (i * 7 + j) as u8).collect();
        assert_eq!(udp_ask(&s, port, &msg), msg, "datagram {i} ({size} bytes)");
    }
}

struct Killed(std::process::Child);
impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Waits for `text` in the console log. The limit covers `mote run DIR`
/// building the image first (tens of seconds on a loaded machine).
fn wait_for(log: &std::path::Path, text: &str) {
    let t0 = std::time::Instant::now();
    while !std::fs::read_to_string(log)
        .unwrap_or_default()
        .contains(text)
    {
        assert!(
            t0.elapsed().as_secs() < 180,
            "never saw {text:?}:\n{}",
            std::fs::read_to_string(log).unwrap_or_default()
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

#[test]
fn java_udp_echo_with_the_callback_api_in_the_image_and_hosted() {
    let out = out_dir().join("java-echo.mote");
    let r = mote()
        .arg("build")
        .arg(home().join("images/java-echo"))
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(
        String::from_utf8_lossy(&r.stderr).contains("network stack: linked in"),
        "mote.net.Udp needs the network"
    );
    // in the image
    let port = free_udp_port();
    let log = out_dir().join("java-echo.console");
    let child = mote()
        .arg("run")
        .arg(&out)
        .args(["--timeout", "120", "-p", &format!("udp:{port}:8080")])
        .stdout(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let _guest = Killed(child);
    wait_for(&log, "java-echo: echoing UDP port 8080");
    check_echo(port, 200);
    let console = std::fs::read_to_string(&log).unwrap();
    assert!(
        !console.contains("==== FROM:"),
        "packet log is off by default"
    );
    // mote.log.Packets.on() from Java switches the packet log on at run time
    let pport = free_udp_port();
    let plog = out_dir().join("java-echo-packets.console");
    let child = mote()
        .arg("run")
        .arg(&out)
        .args(["--timeout", "120", "-p", &format!("udp:{pport}:8080")])
        .args(["--append", "-- 8080 packets"])
        .stdout(std::fs::File::create(&plog).unwrap())
        .spawn()
        .unwrap();
    let _pguest = Killed(child);
    wait_for(&plog, "java-echo: packet log on");
    wait_for(&plog, "java-echo: echoing UDP port 8080");
    check_echo(pport, 3);
    wait_for(&plog, "dst_port=8080");
    let console = std::fs::read_to_string(&plog).unwrap();
    assert!(
        console.contains("==== FROM:") && console.contains("==== END:"),
        "{console}"
    );
    // the same program on the hosted JVM
    let classes = out_dir().join("java-echo-classes");
    common::javac_against_java_base(&[home().join("images/java-echo/Echo.java")], &classes);
    let hport = free_udp_port();
    let hlog = out_dir().join("java-echo-hosted.console");
    let hosted = mote()
        .args(["run", "--hosted", "--cp"])
        .arg(&classes)
        .args(["Echo", &hport.to_string()])
        .stdout(std::fs::File::create(&hlog).unwrap())
        .spawn()
        .unwrap();
    let _hosted = Killed(hosted);
    wait_for(&hlog, &format!("java-echo: echoing UDP port {hport}"));
    check_echo(hport, 50);
    // the hosted runner has no packet path: Packets.on() says so
    let hport2 = free_udp_port();
    let hlog2 = out_dir().join("java-echo-hosted-packets.console");
    let hosted2 = mote()
        .args(["run", "--hosted", "--cp"])
        .arg(&classes)
        .args(["Echo", &hport2.to_string(), "packets"])
        .stdout(std::fs::File::create(&hlog2).unwrap())
        .spawn()
        .unwrap();
    let _hosted2 = Killed(hosted2);
    wait_for(&hlog2, "java-echo: packet log not available here");
}

#[test]
fn mote_run_on_a_service_folder_forwards_the_manifests_ports() {
    let dir = out_dir().join("ports-from-manifest");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        home().join("images/java-echo/Echo.java"),
        dir.join("Echo.java"),
    )
    .unwrap();
    let port = free_udp_port();
    std::fs::write(
        dir.join("mote.toml"),
        format!(
            "name = \"ports-from-manifest\"\nkind = \"java\"\nmain = \"Echo\"\nargs = [\"8080\"]\nmemory = \"32M\"\nports = [\"udp:{port}:8080\"]\n"
        ),
    )
    .unwrap();
    let log = out_dir().join("ports-from-manifest.console");
    let child = mote()
        .arg("run")
        .arg(&dir)
        .args(["--timeout", "120"])
        .stdout(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let _guest = Killed(child);
    wait_for(&log, "java-echo: echoing UDP port 8080");
    check_echo(port, 3);
}

/// The JVM's optional parts are linked into an image only when its classes
/// need them: record support (the ObjectMethods bootstrap) when a class has
/// a record, Math's transcendental natives (libm) when the sealed Math
/// keeps one, BigInteger's native kernels when the sealed BigInteger keeps
/// one, the decimal parser when the sealed Double keeps `parse0`,
/// mote.net.Udp's natives when the service uses that class. A service using
/// the first four runs as on HotSpot; an image using none has none of that
/// code (the parser: exactly when mote build says it left it out).
#[test]
fn record_and_math_support_are_linked_only_when_the_classes_need_them() {
    let base = out_dir().join("records-gate");
    let _ = std::fs::remove_dir_all(&base);
    let (with, without) = (base.join("with"), base.join("without"));
    std::fs::create_dir_all(&with).unwrap();
    std::fs::create_dir_all(&without).unwrap();
    std::fs::write(
        with.join("Rec.java"),
        "public class Rec {\n  record P(int x, String y) {}\n  public static void main(String[] a) {\n    \
         P p = new P(1, \"two\"), q = new P(1, \"two\");\n    \
         System.out.println(p + \" \" + p.equals(q) + \" \" + (p.hashCode() == q.hashCode()) + \" \" + p.equals(new P(2, \"two\")));\n    \
         System.out.println(Math.sin(0.0) + \" \" + Math.cos(0.0) + \" \" + Math.exp(0.0) + \" \" + Math.log(1.0) + \" \" + Math.pow(2, 10) + \" \" + Math.cbrt(27.0) + \" \" + Math.hypot(3, 4) + \" \" + Math.atan2(0.0, 1.0) + \" \" + Math.fma(2.0, 3.0, 4.0));\n    \
         java.math.BigInteger f = java.math.BigInteger.ONE;\n    \
         for (int i = 2; i <= 60; i++) f = f.multiply(java.math.BigInteger.valueOf(i));\n    \
         java.math.BigInteger[] qr = f.divideAndRemainder(new java.math.BigInteger(\"123456789012345678901234567\"));\n    \
         System.out.println(f + \" \" + qr[0] + \" \" + qr[1] + \" \" + f.mod(java.math.BigInteger.valueOf(1000003)) + \" \" + f.toString(7));\n    \
         System.out.println(Double.parseDouble(\"2.2250738585072011e-308\") + \" \" + Double.parseDouble(a.length > 5 ? a[5] : \"0.1e-3\") + \" \" + Float.parseFloat(\"3.4028236e38\") + \" \" + Float.parseFloat(\"1.17549435E-38\"));\n  }\n}\n",
    )
    .unwrap();
    std::fs::write(
        without.join("Plain.java"),
        "public class Plain { public static void main(String[] a) { System.out.println(\"plain \" + a.length); } }\n",
    )
    .unwrap();
    let build = |dir: &std::path::Path, main: &str| {
        let img = base.join(format!("{main}.mote"));
        let r = mote()
            .arg("build")
            .arg(dir)
            .arg("-o")
            .arg(&img)
            .args(["--main", main])
            .output()
            .unwrap();
        let log =
            String::from_utf8_lossy(&r.stdout).into_owned() + &String::from_utf8_lossy(&r.stderr);
        assert!(r.status.success(), "{log}");
        let nm = std::process::Command::new("nm")
            .arg("-C")
            .arg(img.with_extension("mote.debug"))
            .output()
            .unwrap();
        let symbols = String::from_utf8_lossy(&nm.stdout).into_owned();
        let has = |s: &str| symbols.contains(s);
        (
            img,
            [
                (
                    log.contains("records: left out"),
                    has("jvm::indy::object_methods"),
                ),
                (
                    log.contains("math: Math's"),
                    has("libm::math::rem_pio2::rem_pio2"),
                ),
                (
                    log.contains("bignum: BigInteger's"),
                    has("jvm::natives::big_mul"),
                ),
                (
                    log.contains("double_parse: Double.parse0 left out"),
                    has("jvm::natives::mag_mul_pow10"),
                ),
                (
                    log.contains("udp: mote.net.Udp's natives left out"),
                    has("jvm::natives::udp_serve"),
                ),
            ],
        )
    };
    let names = ["records", "math", "bignum", "double_parse", "udp"];
    let (rec_img, parts) = build(&with, "Rec");
    for (part, (left_out, linked)) in names.iter().zip(parts) {
        // (mote.net.Udp's natives: see the java-echo tests)
        let wanted = *part != "udp";
        assert!(
            left_out != wanted && linked == wanted,
            "the service's image lacks {part} support, or links it unasked"
        );
    }
    let (_, parts) = build(&without, "Plain");
    for (part, (left_out, linked)) in names.iter().zip(parts) {
        // java.base's own Double(String)/valueOf(String) can keep the parser
        // in any image; it is linked exactly when mote build says so
        assert_eq!(
            left_out, !linked,
            "{part}: the build log disagrees with the image"
        );
        assert!(
            left_out || *part == "double_parse",
            "an image that does not need {part} links it"
        );
    }
    // the record service prints what HotSpot prints
    let classes = base.join("classes");
    let ok = std::process::Command::new("javac")
        .arg("-d")
        .arg(&classes)
        .arg(with.join("Rec.java"))
        .status()
        .unwrap();
    assert!(ok.success());
    let hotspot = std::process::Command::new("java")
        .arg("-cp")
        .arg(&classes)
        .arg("Rec")
        .output()
        .unwrap();
    let (console, status) = run_image(&rec_img, &[]);
    assert_eq!(status, Some(0), "{console}");
    assert_eq!(
        app_output(&console),
        String::from_utf8_lossy(&hotspot.stdout)
    );
}

/// Sealed java.base classes carry their line numbers in the VM's compact
/// attribute: stack traces through java.base in an image name the same
/// lines as on the hosted JVM, which reads the unsealed classes.
#[test]
fn java_base_line_numbers_survive_sealing() {
    let dir = out_dir().join("lines-svc");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let src = dir.join("Lines.java");
    std::fs::write(
        &src,
        "public class Lines {\n  public static void main(String[] a) {\n    \
         try { Integer.parseInt(\"x\"); } catch (NumberFormatException e) { for (StackTraceElement s : e.getStackTrace()) System.out.println(s); }\n    \
         try { \"abc\".substring(5); } catch (StringIndexOutOfBoundsException e) { for (StackTraceElement s : e.getStackTrace()) System.out.println(s); }\n  }\n}\n",
    )
    .unwrap();
    let img = out_dir().join("lines.mote");
    let r = mote()
        .arg("build")
        .arg(&dir)
        .arg("-o")
        .arg(&img)
        .args(["--main", "Lines"])
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let (console, status) = run_image(&img, &[]);
    assert_eq!(status, Some(0), "{console}");
    let classes = out_dir().join("lines-classes");
    javac_against_java_base(&[src], &classes);
    let hosted = mote()
        .args(["run", "--hosted", "--cp"])
        .arg(&classes)
        .arg("Lines")
        .output()
        .unwrap();
    let hosted = String::from_utf8_lossy(&hosted.stdout).into_owned();
    let line_of = |file: &str| {
        hosted
            .split(&format!("({file}:"))
            .nth(1)
            .and_then(|t| t.split(')').next())
            .and_then(|n| n.parse::<u32>().ok())
    };
    assert!(
        line_of("Integer.java").is_some() && line_of("String.java").is_some(),
        "{hosted}"
    );
    assert_eq!(app_output(&console), hosted);
}
