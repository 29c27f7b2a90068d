//! `mote-jvm --cp DIR|JAR [-Xmx64m] [-Xgcstress=N] [-Xprof] Main args...` or
//! `mote-jvm [-Xmx64m] -jar app.jar args...`: the hosted JVM.
use jvm_glue::{parse_size, run_hosted, HostedOptions};
use std::path::PathBuf;

fn main() {
    let mut opts = HostedOptions::default();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--cp" || a == "-cp" || a == "-classpath" || a == "--class-path" {
            let v = args.next().unwrap_or_default();
            opts.class_path
                .extend(v.split(':').filter(|s| !s.is_empty()).map(PathBuf::from));
        } else if let Some(v) = a.strip_prefix("-Xmx") {
            match parse_size(v) {
                Some(n) => opts.heap_max = n,
                None => {
                    eprintln!("Invalid maximum heap size: {a}");
                    std::process::exit(1);
                }
            }
        } else if let Some(v) = a.strip_prefix("-Xgcstress=") {
            opts.gc_stress = v.parse().unwrap_or(1);
        } else if a == "-Xprof" {
            opts.profile = true;
        } else if a == "--java-base" {
            opts.java_base = args.next().map(PathBuf::from);
        } else if a == "-jar" || a == "--jar" {
            // Run a jar by its manifest's Main-Class.
            opts.class_path
                .push(PathBuf::from(args.next().unwrap_or_default()));
            opts.args = args.collect();
            break;
        } else if a.starts_with('-') {
            eprintln!("mote-jvm: unknown option {a}");
            std::process::exit(2);
        } else {
            opts.main_class = a;
            opts.args = args.collect();
            break;
        }
    }
    if opts.main_class.is_empty() && opts.class_path.is_empty() {
        eprintln!(
            "usage: mote-jvm --cp DIR|JAR[:...] [-Xmx64m] [-Xgcstress=N] [-Xprof] MainClass [args...]"
        );
        std::process::exit(2);
    }
    std::process::exit(run_hosted(opts));
}
