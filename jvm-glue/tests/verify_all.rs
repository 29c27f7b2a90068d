//! Every method javac produced for java.base and for the differential programs
//! must pass the structural verifier (decode + operand-stack shape analysis).
use std::path::{Path, PathBuf};

fn class_names(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            class_names(root, &p, out);
        } else if p.extension().is_some_and(|x| x == "class") && !p.ends_with("module-info.class") {
            let rel = p.strip_prefix(root).unwrap().with_extension("");
            out.push(rel.to_string_lossy().into_owned());
        }
    }
}

#[test]
fn javac_output_passes_verification() {
    let tmp = std::env::temp_dir().join(format!("mote-verify-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let srcs: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/java"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
    let st = jvm_glue::javac(&tmp).args(&srcs).status().unwrap();
    assert!(st.success());
    let mut cp = jvm::classpath::ClassPath::default();
    let platform = jvm_glue::HostedPlatform::new();
    cp.add(&platform, jvm_glue::JAVA_BASE_DIR).unwrap();
    cp.boot = 1;
    cp.add(&platform, &tmp.to_string_lossy()).unwrap();
    let mut vm = jvm::Vm::new(Box::new(platform), cp, jvm::Options::default());
    vm.bootstrap().unwrap();
    let mut names = Vec::new();
    class_names(
        Path::new(jvm_glue::JAVA_BASE_DIR),
        Path::new(jvm_glue::JAVA_BASE_DIR),
        &mut names,
    );
    class_names(&tmp, &tmp, &mut names);
    let mut checked = 0;
    for n in &names {
        let c = vm.load(n).unwrap_or_else(|e| panic!("{n}: {e:?}"));
        for m in vm.classes[c as usize].methods.clone() {
            let meth = &vm.methods[m as usize];
            if meth.native.is_some() || meth.is_abstract() || meth.access & 0x0100 != 0 {
                continue;
            }
            if let Err(e) = jvm::interp::decode(&vm, m) {
                panic!("{n}.{}{}: {e}", meth.name, meth.desc);
            }
            checked += 1;
        }
    }
    assert!(checked > 1000, "only {checked} methods");
    eprintln!("verified {checked} methods in {} classes", names.len());
    let _ = std::fs::remove_dir_all(&tmp);
}
