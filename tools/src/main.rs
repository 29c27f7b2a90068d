//! `mote`: build, run and benchmark Mote images. See the README.

mod bench;
mod bench_compress;
mod bench_dns;
mod c_build;
mod compare;
mod compress;
mod elf;
mod image_build;
mod java_build;
mod linux_guest;
mod manifest;
mod netns;
mod plot;
mod profile;
mod qemu;
mod scaffold;
mod symtab;
mod xen;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "\
usage:
  mote new NAME --rust|--c|--java  scaffold a service folder that builds and runs unchanged
  mote build DIR -o IMAGE          build the service in DIR (with its mote.toml) into IMAGE
  mote build APP.jar|CLASSDIR -o IMAGE [--main CLASS] [-m SIZE] [-- ARGS...]
                                   build a Java service from a jar (Main-Class from its manifest)
                                   or a folder of .class/.java files without mote.toml
      --compress                   (either form) a compressed image: smaller file, a decompressor
                                   stub runs first at boot (as `compress = true` in mote.toml)
      --compress=lzma              LZMA instead of LZ4: smaller still, slower to decompress
                                   (as compress = \"lzma\" in mote.toml; --compress=lz4 is --compress)
  mote run [OPTIONS] IMAGE|DIR|APP.jar [-- QEMU ARGS...]
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
      --main CLASS                 the main class when running a jar or class folder
  mote profile [--seconds S] [--top N] [RUN OPTIONS] IMAGE|DIR [-- QEMU ARGS...]
                                   boot as `mote run` does, sample where the guest's CPU is (QEMU
                                   monitor, ~100 samples/s) for S seconds (default 10), stop it and
                                   print the top N functions (default 30) from IMAGE.debug
  mote xl IMAGE [-m SIZE] [--append CMDLINE] [--bridge NAME]
                                   print an xl config for IMAGE as a PVH guest (with a vif on NAME)
  mote run --hosted [--sealed] [--cp DIR|JAR]... [-Xmx64m] [-Xprof] [MAIN|APP.jar] [ARGS...]
                                   run Java classes on Mote's JVM as a Linux process
                                   (--sealed: with the classes and the tree-shaken java.base an
                                   image would seal)
  mote bench [compare] [--quick] [--runs N] [--out DIR] [--accel A] [--only GROUPS]
                                   issue 12's side-by-side comparison: Mote C/Java vs a Linux guest
                                   (boot, size, ram, udp, http, dns, jvm); tables, summary.md, CSV,
                                   JSON and PNG plots in DIR (default results/<UTC time>)
  mote bench boot [--runs N] [--accel A] [IMAGE]
                                   boot-time table (default: the hello image)
  mote bench sched [--accel A]     scheduler table: switch, yield, wake-up latency, idle cost
  mote bench net [--accel A]       network table: UDP echo round trips, TCP stream, idle CPU (user net, tap)
  mote bench compress [--runs N] [--accel A]
                                   compressed images (--compress, --compress=lzma) vs plain: sizes of
                                   six images, boot and decompression time of hello, c-echo, java-echo
  mote bench fs [--accel A]        sealed-filesystem read throughput vs memcpy, mount time
  mote bench c [--runs SECONDS]    C services: image sizes, c-echo round trips/s, c-httpd req/s
  mote bench java [--runs SECONDS] Java vs C services: sizes, tree shaking, boot to main and to first reply,
                                   UDP round trips/s, smallest guest RAM that serves
  mote linux-guest echo|nginx|nsd|bind [-p udp|tcp:HOST[:GUEST]]... [-m SIZE] [--machine M]
                   [--accel A] [--zone FILE] [--www DIR] [--timeout SECONDS]
                                   boot the Linux guest baseline (Debian kernel + busybox initramfs)
                                   with that service; `mote linux-guest build` builds it and prints sizes
  mote bench dns [--runs N] [--secs S] [--sizes 100,1000,10000]
                                   Java DNS appliance on generated zones, with and without --memo:
                                   boot to ready, zone load time, queries/s
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

/// Options that describe a Java service given as a jar or a folder of
/// classes/sources without `mote.toml` (they override a manifest's values).
#[derive(Default)]
struct JavaInputOptions {
    main: Option<String>,
    memory: Option<String>,
    args: Option<Vec<String>>,
}

/// A service name from a file or folder name: letters, digits, '-' and '_'.
fn service_name(path: &Path) -> String {
    name_from_stem(path, "app")
}

/// `path`'s file stem with every character other than a letter, digit,
/// '-' or '_' made '-'; `fallback` when that leaves nothing.
pub fn name_from_stem(path: &Path, fallback: &str) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if name.is_empty() {
        fallback.into()
    } else {
        name
    }
}

/// What `mote build`/`mote run` was pointed at: a service folder with
/// `mote.toml`, or a Java jar / folder of classes or sources without one.
fn service_from(input: &Path, java: &JavaInputOptions) -> Result<image_build::Service, String> {
    let canonical =
        std::fs::canonicalize(input).map_err(|e| format!("{}: {e}", input.display()))?;
    if canonical.is_dir() && canonical.join("mote.toml").exists() {
        let mut manifest = manifest::Manifest::load(&canonical)?;
        if manifest.kind == manifest::Kind::Java {
            if let Some(main) = &java.main {
                manifest.main = Some(main.clone());
            }
        }
        if let Some(mem) = &java.memory {
            manifest.memory = mem.clone();
        }
        if let Some(args) = &java.args {
            manifest.args = args.clone();
        }
        return Ok(image_build::Service {
            java_inputs: vec![canonical.clone()],
            dir: canonical,
            manifest,
        });
    }
    let is_jar = canonical.is_file() && canonical.extension().is_some_and(|e| e == "jar");
    if !is_jar && !canonical.is_dir() {
        return Err(format!(
            "{}: not a service folder (no mote.toml), a jar, or a folder of Java classes",
            input.display()
        ));
    }
    let main = match (&java.main, is_jar) {
        (Some(m), _) => m.clone(),
        (None, true) => java_build::jar_main_class(&canonical)?,
        (None, false) => {
            return Err(format!(
                "{}: no mote.toml here; to build it as a Java service pass --main CLASS",
                input.display()
            ))
        }
    };
    let quoted = |v: &[String]| {
        v.iter()
            .map(|a| format!("{a:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let text = format!(
        "name = {:?}\nkind = \"java\"\nmain = {main:?}\nargs = [{}]\nmemory = {:?}\n",
        service_name(&canonical),
        quoted(java.args.as_deref().unwrap_or_default()),
        java.memory.as_deref().unwrap_or("64M"),
    );
    let manifest = manifest::Manifest::parse(&text)?;
    Ok(image_build::Service {
        dir: canonical.parent().unwrap_or(Path::new("/")).to_path_buf(),
        manifest,
        java_inputs: vec![canonical],
    })
}

fn cmd_build(args: &[String]) -> Result<i32, String> {
    let (mut input, mut out) = (None, None);
    let mut java = JavaInputOptions::default();
    let mut compress = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-o" | "--output" => out = Some(PathBuf::from(value(args, &mut i, "-o")?)),
            "--main" => java.main = Some(value(args, &mut i, "--main")?.to_string()),
            "--compress" => compress = Some(manifest::Compress::Lz4),
            a if a.starts_with("--compress=") => {
                compress = Some(manifest::Compress::parse(&a["--compress=".len()..])?)
            }
            "-m" | "--memory" => {
                let m = value(args, &mut i, "-m")?;
                manifest::parse_memory_mib(m).map_err(|e| format!("-m {m}: {e}"))?;
                java.memory = Some(m.to_string());
            }
            "--" => {
                java.args = Some(args[i + 1..].to_vec());
                break;
            }
            a if a.starts_with('-') => return Err(format!("build: unknown option {a}")),
            a if input.is_none() => input = Some(PathBuf::from(a)),
            a => return Err(format!("build: unexpected argument {a}")),
        }
        i += 1;
    }
    let input = input.ok_or("build: what? (mote build DIR|APP.jar -o IMAGE)")?;
    let out = out.ok_or("build: where to? (-o IMAGE)")?;
    let mut service = service_from(&input, &java)?;
    if compress.is_some() {
        service.manifest.compress = compress;
    }
    image_build::build_service(service, &out)?;
    Ok(0)
}

/// An image for a benchmark: `path` itself, or built from a service folder.
fn image_from_dir(path: &Path) -> Result<PathBuf, String> {
    image_from(path, &JavaInputOptions::default())
}

/// An image to boot: `path` itself, or built from a service folder or jar.
fn image_from(path: &Path, java: &JavaInputOptions) -> Result<PathBuf, String> {
    if is_buildable(path) {
        build_into_mote_images(service_from(path, java)?)
    } else {
        Ok(path.to_path_buf())
    }
}

/// A service folder or a jar (built before booting), not an image file.
fn is_buildable(path: &Path) -> bool {
    path.is_dir() || path.extension().is_some_and(|e| e == "jar")
}

/// Builds `service` into target/mote-images/NAME.mote.
fn build_into_mote_images(service: image_build::Service) -> Result<PathBuf, String> {
    let out_dir = mote_home().join("target/mote-images");
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
    let out = out_dir.join(format!("{}.mote", service.manifest.name));
    image_build::build_service(service, &out)?;
    Ok(out)
}

fn cmd_run(args: &[String]) -> Result<i32, String> {
    if args
        .iter()
        .take_while(|a| *a != "--")
        .any(|a| a == "--hosted")
    {
        let at = args.iter().position(|a| a == "--hosted").unwrap();
        return cmd_run_hosted(&args[at + 1..]);
    }
    let (opts, on_xen) = run_options(args, "run")?;
    if on_xen {
        return xen::run(&opts);
    }
    qemu::run(&opts)
}

/// `mote profile [--seconds S] [--top N] [RUN OPTIONS] IMAGE|DIR [-- QEMU ARGS]`.
fn cmd_profile(args: &[String]) -> Result<i32, String> {
    let (mut seconds, mut top) = (10.0, 30);
    let mut rest = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--seconds" => {
                let v = value(args, &mut i, a)?;
                seconds = v
                    .parse::<f64>()
                    .ok()
                    .filter(|s| *s > 0.0 && s.is_finite())
                    .ok_or_else(|| format!("--seconds {v}: not a positive number"))?;
            }
            "--top" => {
                let v = value(args, &mut i, a)?;
                top = v
                    .parse::<usize>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("--top {v}: not a positive whole number"))?;
            }
            "--" => {
                rest.extend_from_slice(&args[i..]);
                break;
            }
            "--xen" | "--gdb" | "--hosted" | "--timeout" => {
                return Err(format!("profile: {a} is not available here"))
            }
            _ if a.starts_with("--gdb=") => {
                return Err(format!("profile: {a} is not available here"))
            }
            _ => rest.push(args[i].clone()),
        }
        i += 1;
    }
    let (run, _) = run_options(&rest, "profile")?;
    profile::run(&profile::Profile { run, seconds, top })
}

/// The options `mote run` and `mote profile` share, with the image built
/// first if a folder or jar was given; also whether `--xen` was asked.
fn run_options(args: &[String], cmd: &str) -> Result<(qemu::RunOptions, bool), String> {
    let accel = std::env::var("MOTE_ACCEL")
        .ok()
        .map(|a| qemu::Accel::parse(&a))
        .transpose()?;
    let mut opts = qemu::RunOptions::new(PathBuf::new(), accel.unwrap_or(qemu::Accel::Auto));
    let mut image = None;
    let mut on_xen = false;
    let mut java = JavaInputOptions::default();
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
            "--main" => java.main = Some(value(args, &mut i, a)?.to_string()),
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
            _ if a.starts_with('-') => return Err(format!("{cmd}: unknown option {a}")),
            _ if image.is_none() => image = Some(PathBuf::from(a)),
            _ => {
                return Err(format!(
                    "{cmd}: unexpected argument {a} (QEMU arguments go after --)"
                ))
            }
        }
        i += 1;
    }
    let image = image.ok_or_else(|| format!("{cmd}: which image? (mote {cmd} IMAGE)"))?;
    opts.image = if is_buildable(&image) {
        let service = service_from(&image, &java)?;
        if opts.ports.is_empty() {
            // the manifest's default forwards (an image file has no manifest)
            for p in &service.manifest.ports {
                opts.ports.push(qemu::PortForward::parse(p)?);
            }
        }
        build_into_mote_images(service)?
    } else {
        image
    };
    Ok((opts, on_xen))
}

/// `mote run --hosted [--sealed] [--cp DIR|JAR]... [-Xmx SIZE] [--gc-stress N] [-Xprof] [MAIN] [ARGS...]`:
/// the program on Mote's JVM as a Linux process; exits with its status.
/// `--sealed` runs what an image would carry instead: the class path
/// staged as `mote build` stages it (sealed service classes, tree-shaken
/// java.base), so a method the tree shaking dropped shows up in seconds,
/// without building or booting an image.
fn cmd_run_hosted(args: &[String]) -> Result<i32, String> {
    let mut sealed = false;
    let mut opts = jvm_glue::HostedOptions {
        class_path: vec![],
        main_class: String::new(),
        args: vec![],
        heap_max: 256 << 20,
        gc_stress: 0,
        profile: false,
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
            "-Xprof" => opts.profile = true,
            "--sealed" => sealed = true,
            _ if a.starts_with('-') => return Err(format!("run --hosted: unknown option {a}")),
            _ if a.ends_with(".jar") && opts.main_class.is_empty() => {
                // `mote run --hosted app.jar ARGS`: the jar's Main-Class
                let jar = PathBuf::from(a);
                opts.main_class = java_build::jar_main_class(&jar)?;
                opts.class_path.push(jar);
                opts.args = args[i + 1..].to_vec();
                break;
            }
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
    if !sealed {
        return Ok(jvm_glue::run_hosted(opts));
    }
    // one staging folder per process, so that runs can go in parallel
    let out = mote_home().join(format!(
        "target/mote-build/hosted-sealed-{}",
        std::process::id()
    ));
    let staged = java_build::stage(&opts.class_path, &out, None);
    let status = staged.map(|root| {
        opts.class_path = vec![root.join("app")];
        opts.java_base = Some(root.join("java.base"));
        jvm_glue::run_hosted(opts)
    });
    let _ = std::fs::remove_dir_all(&out);
    status
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
    let dir = dir.ok_or("new: which name? (mote new NAME --rust|--c|--java)")?;
    let kind = kind.ok_or("new: which kind? (--rust, --c or --java)")?;
    scaffold::create(&dir, kind, &mote_home())?;
    Ok(0)
}

/// `mote bench [compare] [--quick] [--runs N] [--out DIR] [--accel A] [--only GROUPS]`.
fn cmd_bench_compare(args: &[String]) -> Result<i32, String> {
    let mut opts = compare::CompareOptions {
        quick: false,
        runs: 3,
        out: None,
        accel: std::env::var("MOTE_ACCEL")
            .ok()
            .map(|a| qemu::Accel::parse(&a))
            .transpose()?
            .unwrap_or(qemu::Accel::Auto),
        only: vec![],
    };
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--quick" => opts.quick = true,
            "--runs" => {
                let v = value(args, &mut i, a)?;
                opts.runs = v
                    .parse()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("--runs {v}: not a positive number"))?
            }
            "--out" => opts.out = Some(PathBuf::from(value(args, &mut i, a)?)),
            "--accel" => opts.accel = qemu::Accel::parse(value(args, &mut i, a)?)?,
            "--only" => {
                opts.only = value(args, &mut i, a)?
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            }
            _ => return Err(format!("bench compare: unknown argument {a}")),
        }
        i += 1;
    }
    compare::run(opts)
}

fn cmd_bench(args: &[String]) -> Result<i32, String> {
    let which = match args.first().map(String::as_str) {
        None => return cmd_bench_compare(args),
        Some("compare") => return cmd_bench_compare(&args[1..]),
        Some(a) if a.starts_with("--") => return cmd_bench_compare(args),
        Some(w @ ("boot" | "sched" | "fs" | "c" | "java" | "net" | "dns" | "compress")) => w,
        Some(other) => {
            return Err(format!(
                "bench: unknown benchmark {other} (available: compare, boot, sched, fs, c, java, net, dns, compress)"
            ))
        }
    };
    let (mut runs, mut image, mut accel) = (10, None, qemu::Accel::Auto);
    let (mut secs, mut sizes) = (3.0, vec![100, 1000, 10000]);
    let mut i = 1;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--secs" if which == "dns" => {
                secs = value(args, &mut i, a)?
                    .parse()
                    .map_err(|_| "--secs: not a number")?
            }
            "--sizes" if which == "dns" => {
                sizes = value(args, &mut i, a)?
                    .split(',')
                    .map(|n| {
                        n.trim()
                            .parse()
                            .map_err(|_| format!("--sizes: not a number: {n}"))
                    })
                    .collect::<Result<_, _>>()?
            }
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
    if which == "dns" {
        bench_dns::run(
            &mote_home(),
            accel,
            if runs == 10 { 3 } else { runs },
            secs,
            &sizes,
        )?;
        return Ok(0);
    }
    if which == "compress" {
        bench_compress::run(&mote_home(), accel, runs)?;
        return Ok(0);
    }
    if which == "java" {
        bench::java_services(
            &mote_home(),
            accel,
            if runs == 10 { 5 } else { runs as u64 },
        )?;
        return Ok(0);
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
            image_from_dir(&image.unwrap_or_else(|| mote_home().join("kernel/tests/selftest")))?;
        bench::net(&image, accel, 5.0)?;
        return Ok(0);
    }
    if which == "fs" {
        let image =
            image_from_dir(&image.unwrap_or_else(|| mote_home().join("kernel/tests/selftest")))?;
        bench::fs(&image, accel)?;
        return Ok(0);
    }
    if which == "sched" {
        let image =
            image_from_dir(&image.unwrap_or_else(|| mote_home().join("kernel/tests/selftest")))?;
        bench::sched(&image, accel)?;
        return Ok(0);
    }
    let image = image_from_dir(&image.unwrap_or_else(|| mote_home().join("images/hello")))?;
    bench::boot(&image, runs.max(1), accel)?;
    Ok(0)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => cmd_build(&args[1..]),
        Some("run") => cmd_run(&args[1..]),
        Some("profile") => cmd_profile(&args[1..]),
        Some("xl") => xen::cmd_xl(&args[1..]),
        Some("bench") => cmd_bench(&args[1..]),
        Some("new") => cmd_new(&args[1..]),
        Some("linux-guest") => linux_guest::cmd(&args[1..]),
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
