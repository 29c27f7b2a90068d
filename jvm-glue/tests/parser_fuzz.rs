//! Short run of the class-parser mutation fuzzer (the long run is `classfuzz`).

fn seeds() -> Vec<Vec<u8>> {
    let mut v = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(jvm_glue::JAVA_BASE_DIR)];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "class") {
                v.push(std::fs::read(&p).unwrap());
            }
        }
    }
    v
}

#[test]
fn mutated_class_files_never_panic() {
    let seeds = seeds();
    assert!(seeds.len() > 50);
    let (ok, err) = jvm_glue::fuzz::fuzz(&seeds, 100_000, 0xC1A55, |_| {});
    assert_eq!(ok + err, 100_000);
    assert!(err > 0 && ok > 0);
}

#[test]
fn mutated_classes_link_and_verify_without_panics() {
    let seeds = seeds();
    let platform = jvm_glue::HostedPlatform::new();
    let mut cp = jvm::classpath::ClassPath::default();
    cp.add(&platform, jvm_glue::JAVA_BASE_DIR).unwrap();
    cp.boot = 1;
    let mut vm = jvm::Vm::new(Box::new(platform), cp, jvm::Options::default());
    vm.bootstrap().unwrap();
    let (ok, _, verified) =
        jvm_glue::fuzz::fuzz_with(&seeds, 20_000, 0xB17E, |_| {}, Some(&mut vm));
    assert!(ok > 0 && verified > 0);
}

#[test]
fn every_truncation_is_a_class_format_error_at_its_end() {
    for s in seeds().iter().take(20) {
        assert!(jvm::ClassFile::parse(s).is_ok());
        for n in 0..s.len() {
            let e = jvm::ClassFile::parse(&s[..n]).expect_err("truncated class must not parse");
            assert!(e.offset <= n, "offset {} beyond truncation {}", e.offset, n);
        }
    }
}

#[test]
fn bad_magic_reports_offset_zero() {
    let e = jvm::ClassFile::parse(b"\xCA\xFE\xBA\xBFxxxxxxxx").unwrap_err();
    assert_eq!(e.offset, 0);
    assert_eq!(e.msg, "bad magic");
}
