//! `classfuzz [ITERATIONS] [SEED]`: a mutation fuzzer for the class-file parser.
//!
//! Seeds are the compiled java.base classes plus any `.class` files under the
//! directories given in `MOTE_FUZZ_CORPUS` (colon-separated). Each iteration
//! mutates one seed (bit flips, interesting bytes, u16 splices, insertions,
//! deletions, truncation) and parses it; the parser must return `Ok` or a
//! `ClassFormatError` whose offset lies within the input. A panic aborts the
//! process after the panic hook saved the input to `classfuzz-crash.class`.
//! With `MOTE_FUZZ_VERIFY=1`, classes that parse are also linked and every
//! method is decoded and verified (bytecode fuzzing of the verifier).
use std::cell::RefCell;
use std::path::Path;

thread_local! {
    static CURRENT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

fn collect(dir: &Path, out: &mut Vec<Vec<u8>>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "class") {
            if let Ok(b) = std::fs::read(&p) {
                out.push(b);
            }
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let iterations: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(0x5eed);
    std::panic::set_hook(Box::new(|info| {
        CURRENT.with(|c| {
            let _ = std::fs::write("classfuzz-crash.class", &*c.borrow());
        });
        eprintln!("classfuzz: parser panicked: {info}; input saved to classfuzz-crash.class");
    }));
    let mut seeds = Vec::new();
    collect(Path::new(jvm_glue::JAVA_BASE_DIR), &mut seeds);
    if let Ok(extra) = std::env::var("MOTE_FUZZ_CORPUS") {
        for d in extra.split(':') {
            collect(Path::new(d), &mut seeds);
        }
    }
    assert!(!seeds.is_empty(), "no seed class files");
    // MOTE_FUZZ_VERIFY=1: also link every class that parses and verify its methods.
    let mut vm = std::env::var("MOTE_FUZZ_VERIFY").is_ok().then(|| {
        let platform = jvm_glue::HostedPlatform::new();
        let mut cp = jvm::classpath::ClassPath::default();
        cp.add(&platform, jvm_glue::JAVA_BASE_DIR)
            .expect("java.base");
        cp.boot = 1;
        let mut vm = jvm::Vm::new(Box::new(platform), cp, jvm::Options::default());
        vm.bootstrap().expect("bootstrap");
        vm
    });
    let start = std::time::Instant::now();
    let (ok, err, verified) = jvm_glue::fuzz::fuzz_with(
        &seeds,
        iterations,
        seed,
        |input| CURRENT.with(|c| *c.borrow_mut() = input.to_vec()),
        vm.as_mut(),
    );
    println!(
        "classfuzz: {iterations} mutated class files from {} seeds in {:.1}s: {ok} parsed, {err} rejected with ClassFormatError, {} methods of parsed classes verified, 0 panics",
        seeds.len(),
        start.elapsed().as_secs_f64(),
        if vm.is_some() { verified.to_string() } else { "(linking off)".into() }
    );
}
