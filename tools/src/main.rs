//! `mote`: build, run and benchmark Mote images. See the README.

mod bench;
mod c_build;
mod elf;
mod image_build;
mod java_build;
mod manifest;
mod netns;
mod qemu;
mod scaffold;
mod symtab;
mod xen;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "\
usage:
  mote new NAME --rust|--c         scaffold a service folder that builds and runs unchanged
  mote build DIR -o IMAGE          build the service in DIR (with its mote.toml) into IMAGE
  mote run [OPTIONS] IMAGE|DIR [-- QEMU ARGS...]
                                   boot under QEMU; exits with the guest's exit status
      -p, --port udp|tcp:HOST[:GUEST]  forward a host port to the guest (repeatable)
      --machine microvm|pc         QEMU machine (default microvm)
      --accel auto|tcg|kvm         accelerator (default auto: KVM only if a probe boot works)
      -m, --memory SIZE            guest RAM, e.g. 64M (default: the image's manifest)
      --append CMDLINE             kernel command line; app arguments go after `--`
      --gdb[=PORT]                 start paused with a gdb server (default port 1234)
      --timeout SECONDS            kill QEMU after this long (exit status 124)
      --tap IFNAME                 NIC on an existing tap interface instead of user networking
      --pcap FILE                  second serial port to FILE (the guest's net.pcap=1 stream)
      --xen                        boot with `xl create -c` on a Xen host instead of QEMU
  mote xl IMAGE [-m SIZE] [--append CMDLINE] [--bridge NAME]
                                   print an xl config for IMAGE as a PVH guest (with a vif on NAME)
  mote run --hosted [--cp DIR|JAR]... [-Xmx64m] [MAIN] [ARGS...]
                                   run Java classes on Mote's JVM as a Linux process
  mote bench boot [--runs N] [--accel A] [IMAGE]
                                   boot-time table (default: the hello image)
  mote bench sched [--accel A]     scheduler table: switch, yield, wake-up latency, idle cost
  mote bench net [--accel A]       network table: UDP echo round trips, TCP stream, idle CPU (user net, tap)
  mote bench fs [--accel A]        sealed-filesystem read throughput vs memcpy, mount time
  mote bench c [--runs SECONDS]    C services: image sizes, c-echo round trips/s, c-httpd req/s
  mote help";

/// Where the Mote source tree is (kernel, images); `MOTE_HOME` overrides.
pub fn mote_home() -> PathBuf {
    let home = std::env::var_os("MOTE_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .parent()
                .unwrap()
                .to_path_buf()
        });
    // canonical, like the service paths, so cargo sees one kernel package
    std::fs::canonicalize(&home).unwrap_or(home)
}

/// A progress or status line for the user (stderr, so stdout stays the guest's).
pub fn progress(msg: &str) {
    eprintln!("mote: {msg}");
}

fn value<'a>(args: &'a [String], i: &mut usize, flag: &str) -> Result<&'a str, String> {
    *i += 1;
    args.get(*i)
        .map(String::as_str)
        .ok_or_else(|| format!("{flag} needs a value"))
}

fn cmd_build(args: &[String]) -> Result<i32, String> {
    let (mut dir, mut out) = (None, None);
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-o" | "--output" => out = Some(PathBuf::from(value(args, &mut i, "-o")?)),
            a if a.starts_with('-') => return Err(format!("build: unknown option {a}")),
            a if dir.is_none() => dir = Some(PathBuf::from(a)),
            a => return Err(format!("build: unexpected argument {a}")),
        }
        i += 1;
    }
    let dir = dir.ok_or("build: which service folder? (mote build DIR -o IMAGE)")?;
    let out = out.ok_or("build: where to? (-o IMAGE)")?;
    image_build::build(&dir, &out)?;
    Ok(0)
}

/// A service folder given to `run`/`bench` is built first, next to the other builds.
fn image_from(path: &Path) -> Result<PathBuf, String> {
    if path.is_dir() {
        let name = manifest::Manifest::load(path)?.name;
        let out_dir = mote_home().join("target/mote-images");
        std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
        let out = out_dir.join(format!("{name}.mote"));
        image_build::build(path, &out)?;
        Ok(out)
    } else {
        Ok(path.to_path_buf())
    }
}

fn cmd_run(args: &[String]) -> Result<i32, String> {
    let accel = std::env::var("MOTE_ACCEL")
        .ok()
        .map(|a| qemu::Accel::parse(&a))
        .transpose()?;
    let mut opts = qemu::RunOptions::new(PathBuf::new(), accel.unwrap_or(qemu::Accel::Auto));
    let mut image = None;
    let mut on_xen = false;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--xen" => on_xen = true,
            "-p" | "--port" => opts
                .ports
                .push(qemu::PortForward::parse(value(args, &mut i, a)?)?),
            "--machine" => opts.machine = qemu::Machine::parse(value(args, &mut i, a)?)?,
            "--accel" => opts.accel = qemu::Accel::parse(value(args, &mut i, a)?)?,
            "-m" | "--memory" => {
                opts.memory_mib = Some(manifest::parse_memory_mib(value(args, &mut i, a)?)?)
            }
            "--append" => opts.append = value(args, &mut i, a)?.to_string(),
            "--gdb" => opts.gdb = Some(1234),
            "--tap" => opts.tap = Some(value(args, &mut i, a)?.to_string()),
            "--pcap" => opts.pcap = Some(PathBuf::from(value(args, &mut i, a)?)),
            "--timeout" => {
                let s = value(args, &mut i, a)?;
                let secs: f64 = s
                    .parse()
                    .map_err(|_| format!("--timeout {s}: not a number of seconds"))?;
                opts.timeout = Some(Duration::from_secs_f64(secs.max(0.0)));
            }
            "--hosted" => return cmd_run_hosted(&args[i + 1..]),
            "--" => {
                opts.qemu_args = args[i + 1..].to_vec();
                break;
            }
            _ if a.starts_with("--gdb=") => {
                opts.gdb = Some(
                    a[6..]
                        .parse()
                        .map_err(|_| format!("{a}: not a port number"))?,
                );
            }
            _ if a.starts_with('-') => return Err(format!("run: unknown option {a}")),
            _ if image.is_none() => image = Some(PathBuf::from(a)),
            _ => {
                return Err(format!(
                    "run: unexpected argument {a} (QEMU arguments go after --)"
                ))
            }
        }
        i += 1;
    }
    let image = image.ok_or("run: which image? (mote run IMAGE)")?;
    opts.image = image_from(&image)?;
    if on_xen {
        return xen::run(&opts);
    }
    qemu::run(&opts)
}

/// `mote run --hosted [--cp DIR|JAR]... [-Xmx SIZE] [--gc-stress N] [MAIN] [ARGS...]`:
/// the program on Mote's JVM as a Linux process; exits with its status.
fn cmd_run_hosted(args: &[String]) -> Result<i32, String> {
    let mut opts = jvm_glue::HostedOptions {
        class_path: vec![],
        main_class: String::new(),
        args: vec![],
        heap_max: 256 << 20,
        gc_stress: 0,
        java_base: None,
    };
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--cp" | "-cp" | "--class-path" => {
                for entry in value(args, &mut i, a)?.split(':').filter(|e| !e.is_empty()) {
                    let p = PathBuf::from(entry);
                    if !p.exists() {
                        return Err(format!("class path entry {entry} does not exist"));
                    }
                    opts.class_path.push(p);
                }
            }
            "--gc-stress" => {
                opts.gc_stress = value(args, &mut i, a)?
                    .parse()
                    .map_err(|_| "--gc-stress: not a number")?
            }
            _ if a.starts_with("-Xmx") => {
                let mib = manifest::parse_memory_mib(&a[4..]).map_err(|e| format!("{a}: {e}"))?;
                opts.heap_max = (mib as usize) << 20;
            }
            _ if a.starts_with('-') => return Err(format!("run --hosted: unknown option {a}")),
            _ => {
                opts.main_class = a.to_string();
                opts.args = args[i + 1..].to_vec();
                break;
            }
        }
        i += 1;
    }
    if opts.class_path.is_empty() {
        return Err("run --hosted: which classes? (--cp DIR or --cp app.jar)".into());
    }
    if opts.main_class.is_empty()
        && !opts
            .class_path
            .iter()
            .any(|p| p.extension().is_some_and(|e| e == "jar"))
    {
        return Err("run --hosted: which main class? (mote run --hosted --cp DIR Main)".into());
    }
    Ok(jvm_glue::run_hosted(opts))
}

fn cmd_new(args: &[String]) -> Result<i32, String> {
    let (mut dir, mut kind) = (None, None);
    for a in args {
        match a.as_str() {
            "--rust" => kind = Some(manifest::Kind::Rust),
            "--c" => kind = Some(manifest::Kind::C),
            "--java" => kind = Some(manifest::Kind::Java),
            a if a.starts_with('-') => return Err(format!("new: unknown option {a}")),
            a if dir.is_none() => dir = Some(PathBuf::from(a)),
            a => return Err(format!("new: unexpected argument {a}")),
        }
    }
    let dir = dir.ok_or("new: which name? (mote new NAME --rust|--c)")?;
    let kind = kind.ok_or("new: which kind? (--rust or --c)")?;
    scaffold::create(&dir, kind, &mote_home())?;
    Ok(0)
}

fn cmd_bench(args: &[String]) -> Result<i32, String> {
    let which = match args.first().map(String::as_str) {
        Some(w @ ("boot" | "sched" | "fs" | "c" | "net")) => w,
        Some(other) => {
            return Err(format!(
                "bench: unknown benchmark {other} (available: boot, sched, fs, c, net)"
            ))
        }
        None => return Err("bench: which benchmark? (available: boot, sched, fs, c, net)".into()),
    };
    let (mut runs, mut image, mut accel) = (10, None, qemu::Accel::Auto);
    let mut i = 1;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--runs" => {
                runs = value(args, &mut i, a)?
                    .parse()
                    .map_err(|_| "--runs: not a number")?
            }
            "--accel" => accel = qemu::Accel::parse(value(args, &mut i, a)?)?,
            _ if a.starts_with('-') => return Err(format!("bench: unknown option {a}")),
            _ => image = Some(PathBuf::from(a)),
        }
        i += 1;
    }
    if which == "c" {
        bench::c_services(
            &mote_home(),
            accel,
            if runs == 10 { 5 } else { runs as u64 },
        )?;
        return Ok(0);
    }
    if which == "net" {
        let image =
            image_from(&image.unwrap_or_else(|| mote_home().join("kernel/tests/selftest")))?;
        bench::net(&image, accel, 5.0)?;
        return Ok(0);
    }
    if which == "fs" {
        let image =
            image_from(&image.unwrap_or_else(|| mote_home().join("kernel/tests/selftest")))?;
        bench::fs(&image, accel)?;
        return Ok(0);
    }
    if which == "sched" {
        let image =
            image_from(&image.unwrap_or_else(|| mote_home().join("kernel/tests/selftest")))?;
        bench::sched(&image, accel)?;
        return Ok(0);
    }
    let image = image_from(&image.unwrap_or_else(|| mote_home().join("images/hello")))?;
    bench::boot(&image, runs.max(1), accel)?;
    Ok(0)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => cmd_build(&args[1..]),
        Some("run") => cmd_run(&args[1..]),
        Some("xl") => xen::cmd_xl(&args[1..]),
        Some("bench") => cmd_bench(&args[1..]),
        Some("new") => cmd_new(&args[1..]),
        Some("help" | "-h" | "--help") => {
            println!("{USAGE}");
            Ok(0)
        }
        Some(other) => Err(format!("unknown command {other:?}\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    match result {
        Ok(code) => ExitCode::from(code.clamp(0, 255) as u8),
        Err(e) => {
            eprintln!("mote: error: {e}");
            ExitCode::from(2)
        }
    }
}
