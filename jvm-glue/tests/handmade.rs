//! Hand-assembled class files for what javac 17 never emits: jsr/ret
//! subroutines (class version 49) and bytecode the verifier must reject.
use std::process::Command;

/// A tiny class-file writer: constant pool with interning, methods with Code.
struct ClassWriter {
    cp: Vec<Vec<u8>>,
}

impl ClassWriter {
    fn new() -> Self {
        ClassWriter { cp: Vec::new() }
    }
    fn add(&mut self, e: Vec<u8>) -> u16 {
        if let Some(i) = self.cp.iter().position(|x| *x == e) {
            return i as u16 + 1;
        }
        self.cp.push(e);
        self.cp.len() as u16
    }
    fn utf8(&mut self, s: &str) -> u16 {
        let mut e = vec![1];
        e.extend((s.len() as u16).to_be_bytes());
        e.extend(s.as_bytes());
        self.add(e)
    }
    fn class(&mut self, n: &str) -> u16 {
        let u = self.utf8(n);
        self.add([vec![7], u.to_be_bytes().to_vec()].concat())
    }
    fn string(&mut self, s: &str) -> u16 {
        let u = self.utf8(s);
        self.add([vec![8], u.to_be_bytes().to_vec()].concat())
    }
    fn member(&mut self, tag: u8, c: &str, n: &str, d: &str) -> u16 {
        let c = self.class(c);
        let (n, d) = (self.utf8(n), self.utf8(d));
        let nt = self.add([vec![12], n.to_be_bytes().to_vec(), d.to_be_bytes().to_vec()].concat());
        self.add(
            [
                vec![tag],
                c.to_be_bytes().to_vec(),
                nt.to_be_bytes().to_vec(),
            ]
            .concat(),
        )
    }
    /// A public class `name` extending Object with one `public static void main(String[])`.
    fn main_class(
        self,
        name: &str,
        major: u16,
        max_stack: u16,
        max_locals: u16,
        code: Vec<u8>,
    ) -> Vec<u8> {
        self.main_class_extending(name, "java/lang/Object", major, max_stack, max_locals, code)
    }

    fn main_class_extending(
        mut self,
        name: &str,
        superclass: &str,
        major: u16,
        max_stack: u16,
        max_locals: u16,
        code: Vec<u8>,
    ) -> Vec<u8> {
        let this = self.class(name);
        let sup = self.class(superclass);
        let (mn, md, ca) = (
            self.utf8("main"),
            self.utf8("([Ljava/lang/String;)V"),
            self.utf8("Code"),
        );
        let mut out = vec![0xCA, 0xFE, 0xBA, 0xBE, 0, 0];
        out.extend(major.to_be_bytes());
        out.extend((self.cp.len() as u16 + 1).to_be_bytes());
        for e in &self.cp {
            out.extend(e);
        }
        out.extend([0x00, 0x21]);
        out.extend(this.to_be_bytes());
        out.extend(sup.to_be_bytes());
        out.extend([0, 0, 0, 0, 0, 1]); // no interfaces, no fields, one method
        out.extend([0x00, 0x09]); // public static
        out.extend(mn.to_be_bytes());
        out.extend(md.to_be_bytes());
        out.extend([0, 1]);
        out.extend(ca.to_be_bytes());
        out.extend((12 + code.len() as u32).to_be_bytes());
        out.extend(max_stack.to_be_bytes());
        out.extend(max_locals.to_be_bytes());
        out.extend((code.len() as u32).to_be_bytes());
        out.extend(&code);
        out.extend([0, 0, 0, 0, 0, 0]); // no handlers, no code attributes, no class attributes
        out
    }
}

fn run(dir: &std::path::Path, main: &str, java: bool) -> std::process::Output {
    let mut c = if java {
        Command::new("java")
    } else {
        Command::new(env!("CARGO_BIN_EXE_mote-jvm"))
    };
    if java {
        c.arg("-cp").arg(dir);
    } else {
        c.arg("--cp").arg(dir);
    }
    c.arg(main).output().unwrap()
}

fn tmpdir(tag: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("mote-handmade-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn jsr_ret_subroutines_run_like_hotspot() {
    let mut w = ClassWriter::new();
    let out = w.member(9, "java/lang/System", "out", "Ljava/io/PrintStream;");
    let println = w.member(
        10,
        "java/io/PrintStream",
        "println",
        "(Ljava/lang/String;)V",
    );
    let msg = w.string("in subroutine");
    let done = w.string("done");
    let [o1, o2] = out.to_be_bytes();
    let [p1, p2] = println.to_be_bytes();
    let mut code = vec![
        0xa8, 0, 0, // 0: jsr SUB (offset patched below)
        0xa8, 0, 0, // 3: jsr SUB
        0xb2, o1, o2, // 6: getstatic System.out
        0x12, done as u8, // 9: ldc "done"
        0xb6, p1, p2,   // 11: invokevirtual println
        0xb1, // 14: return
    ];
    // SUB starts right after `return`, at 15; jsr offsets are relative.
    let sub_at = code.len() as u16;
    code[1..3].copy_from_slice(&sub_at.to_be_bytes());
    code[4..6].copy_from_slice(&(sub_at - 3).to_be_bytes());
    code.extend([
        0x4c, // astore_1 (return address)
        0xb2, o1, o2, // getstatic System.out
        0x12, msg as u8, // ldc "in subroutine"
        0xb6, p1, p2, // invokevirtual println
        0xa9, 1, // ret 1
    ]);
    let dir = tmpdir("jsr");
    std::fs::write(dir.join("Jsr.class"), w.main_class("Jsr", 49, 2, 2, code)).unwrap();
    let h = run(&dir, "Jsr", true);
    let m = run(&dir, "Jsr", false);
    assert_eq!(
        String::from_utf8_lossy(&h.stdout),
        "in subroutine\nin subroutine\ndone\n"
    );
    assert_eq!(
        m.stdout,
        h.stdout,
        "stderr: {}",
        String::from_utf8_lossy(&m.stderr)
    );
    assert_eq!(m.status.code(), h.status.code());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn verifier_rejects_stack_underflow_and_split_long() {
    for (name, code) in [
        ("Underflow", vec![0x03, 0x57, 0x57, 0xb1]), // iconst_0; pop; pop; return
        ("SplitLong", vec![0x09, 0x57, 0x57, 0xb1]), // lconst_0; pop; pop; return
        ("BadLocal", vec![0x1b, 0x57, 0xb1]),        // iload_1 with max_locals 1
        ("OffEnd", vec![0x03, 0x57]),                // falls off the end
    ] {
        let dir = tmpdir(name);
        std::fs::write(
            dir.join(format!("{name}.class")),
            ClassWriter::new().main_class(name, 61, 2, 1, code),
        )
        .unwrap();
        let h = run(&dir, name, true);
        let m = run(&dir, name, false);
        let (he, me) = (
            String::from_utf8_lossy(&h.stderr),
            String::from_utf8_lossy(&m.stderr),
        );
        assert!(
            he.contains("java.lang.VerifyError"),
            "HotSpot accepted {name}: {he}"
        );
        assert!(
            me.contains("java.lang.VerifyError"),
            "Mote accepted {name}: {me}"
        );
        assert_eq!(m.status.code(), Some(1));
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn lookupswitch_with_unsorted_keys_is_a_verify_error() {
    // iconst_0; lookupswitch (2 pad bytes) default +27, 2 pairs: 2 -> +27,
    // 1 -> +27 (keys out of order); return at 28. Version 49: HotSpot's
    // inference verifier, which needs no stack maps, checks the order too.
    let mut code = vec![0x03, 0xab, 0, 0];
    for v in [27i32, 2, 2, 27, 1, 27] {
        code.extend(v.to_be_bytes());
    }
    code.push(0xb1);
    let dir = tmpdir("switch");
    std::fs::write(
        dir.join("Unsorted.class"),
        ClassWriter::new().main_class("Unsorted", 49, 1, 1, code.clone()),
    )
    .unwrap();
    let (h, m) = (run(&dir, "Unsorted", true), run(&dir, "Unsorted", false));
    let (he, me) = (
        String::from_utf8_lossy(&h.stderr),
        String::from_utf8_lossy(&m.stderr),
    );
    assert!(
        he.contains("java.lang.VerifyError"),
        "HotSpot accepted it: {he}"
    );
    assert!(
        me.contains("java.lang.VerifyError"),
        "Mote accepted it: {me}"
    );
    // the same switch with its keys in order runs on both
    code[12..16].copy_from_slice(&1i32.to_be_bytes());
    code[20..24].copy_from_slice(&2i32.to_be_bytes());
    std::fs::write(
        dir.join("Sorted.class"),
        ClassWriter::new().main_class("Sorted", 49, 1, 1, code),
    )
    .unwrap();
    for java in [true, false] {
        let r = run(&dir, "Sorted", java);
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn superclass_cycle_is_a_class_circularity_error() {
    let dir = tmpdir("cycle");
    let body = vec![0xb1];
    std::fs::write(
        dir.join("CycA.class"),
        ClassWriter::new().main_class_extending("CycA", "CycB", 61, 1, 1, body.clone()),
    )
    .unwrap();
    std::fs::write(
        dir.join("CycB.class"),
        ClassWriter::new().main_class_extending("CycB", "CycA", 61, 1, 1, body),
    )
    .unwrap();
    let h = run(&dir, "CycA", true);
    let m = run(&dir, "CycA", false);
    assert!(String::from_utf8_lossy(&h.stderr).contains("ClassCircularityError"));
    assert_eq!(
        String::from_utf8_lossy(&m.stderr),
        String::from_utf8_lossy(&h.stderr)
    );
    assert_eq!(m.status.code(), h.status.code());
    let _ = std::fs::remove_dir_all(&dir);
}
