//! Method-level tree shaking of a class file: rewrites it without the
//! methods the service cannot run (as [`crate::java_closure`] computes
//! them). The constant pool, fields and class attributes are copied as they
//! are (entries only the dropped methods used stay, unused); everything
//! else about the class is unchanged, so the VM loads it like the original.
//!
//! Layout facts from the JVM specification (JVMS 4.1, 4.4, 4.6).

/// A class file cursor: big-endian reads with bounds checks.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or_else(|| format!("truncated at byte {}", self.at))?;
        let s = &self.b[self.at..end];
        self.at = end;
        Ok(s)
    }
    fn u1(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?[0])
    }
    fn u2(&mut self) -> Result<u16, String> {
        let s = self.take(2)?;
        Ok(u16::from_be_bytes([s[0], s[1]]))
    }
    fn u4(&mut self) -> Result<u32, String> {
        let s = self.take(4)?;
        Ok(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    }
    /// Skips an attribute table (count, then name/length/bytes each).
    fn skip_attributes(&mut self) -> Result<(), String> {
        for _ in 0..self.u2()? {
            self.u2()?;
            let len = self.u4()? as usize;
            self.take(len)?;
        }
        Ok(())
    }
}

/// What [`drop_methods`] did.
#[derive(Debug, PartialEq, Eq)]
pub struct Shrunk {
    pub bytes: Vec<u8>,
    pub methods_kept: usize,
    pub methods_dropped: usize,
}

/// `class` without the methods for which `keep(name, descriptor)` is false.
/// Errors name what is malformed (the class files come from our own build,
/// so an error means a broken input, never a reason to guess).
pub fn drop_methods(class: &[u8], keep: impl Fn(&str, &str) -> bool) -> Result<Shrunk, String> {
    let mut r = Reader { b: class, at: 0 };
    if r.u4()? != 0xCAFE_BABE {
        return Err("not a class file (bad magic)".into());
    }
    r.take(4)?; // minor, major
    let cp_count = r.u2()? as usize;
    // UTF-8 constants by index (method names and descriptors are looked up)
    let mut utf8: Vec<Option<&[u8]>> = vec![None; cp_count.max(1)];
    let mut i = 1;
    while i < cp_count {
        let tag = r.u1()?;
        match tag {
            1 => {
                let len = r.u2()? as usize;
                utf8[i] = Some(r.take(len)?);
            }
            3 | 4 | 9 | 10 | 11 | 12 | 17 | 18 => {
                r.take(4)?;
            }
            5 | 6 => {
                r.take(8)?;
                i += 1; // takes two slots
            }
            7 | 8 | 16 | 19 | 20 => {
                r.take(2)?;
            }
            15 => {
                r.take(3)?;
            }
            t => return Err(format!("unknown constant pool tag {t} at entry {i}")),
        }
        i += 1;
    }
    r.take(6)?; // access flags, this, super
    let interfaces = r.u2()? as usize;
    r.take(2 * interfaces)?;
    for _ in 0..r.u2()? {
        r.take(6)?; // field access, name, descriptor
        r.skip_attributes()?;
    }
    let methods_count_at = r.at;
    let count = r.u2()?;
    let name = |idx: u16| -> Result<&str, String> {
        utf8.get(idx as usize)
            .copied()
            .flatten()
            .and_then(|s| std::str::from_utf8(s).ok())
            .ok_or_else(|| format!("constant {idx} is not a UTF-8 name"))
    };
    let mut out = class[..methods_count_at].to_vec();
    out.extend_from_slice(&[0, 0]); // the count, patched below
    let (mut kept, mut dropped) = (0usize, 0usize);
    for _ in 0..count {
        let start = r.at;
        r.u2()?; // access flags
        let (n, d) = (r.u2()?, r.u2()?);
        r.skip_attributes()?;
        if keep(name(n)?, name(d)?) {
            out.extend_from_slice(&class[start..r.at]);
            kept += 1;
        } else {
            dropped += 1;
        }
    }
    let attributes_at = r.at;
    r.skip_attributes()?;
    if r.at != class.len() {
        return Err(format!(
            "{} bytes after the class attributes",
            class.len() - r.at
        ));
    }
    out.extend_from_slice(&class[attributes_at..]);
    out[methods_count_at..methods_count_at + 2].copy_from_slice(&(kept as u16).to_be_bytes());
    Ok(Shrunk {
        bytes: out,
        methods_kept: kept,
        methods_dropped: dropped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jvm::classfile::ClassFile;
    use std::process::Command;

    /// Compiles one Java source with the host's javac; the class bytes.
    fn compile(name: &str, src: &str) -> Vec<u8> {
        static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("mote-shrink-{}-{call}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.java")), src).unwrap();
        let st = Command::new("javac")
            .arg("-d")
            .arg(&dir)
            .arg(dir.join(format!("{name}.java")))
            .status()
            .expect("javac");
        assert!(st.success());
        let b = std::fs::read(dir.join(format!("{name}.class"))).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        b
    }

    const SRC: &str = "public class Shr { static long big = 1L << 40; double d = 2.5; \
        public int keepMe(int x) { return x + 1; } \
        public String dropMe(String s) { return s + big; } \
        private static void alsoDropped() { System.out.println(\"x\"); } \
        public static void main(String[] a) { System.out.println(new Shr().keepMe(1)); } }";

    #[test]
    fn dropped_methods_are_gone_and_the_rest_parses_unchanged() {
        let class = compile("Shr", SRC);
        let s = drop_methods(&class, |n, _| n != "dropMe" && n != "alsoDropped").unwrap();
        assert_eq!((s.methods_kept, s.methods_dropped), (4, 2)); // <clinit>, <init>, keepMe, main
        assert!(s.bytes.len() < class.len());
        let before = ClassFile::parse(&class).unwrap();
        let after = ClassFile::parse(&s.bytes).unwrap();
        let names = |cf: &ClassFile| -> Vec<String> {
            cf.methods
                .iter()
                .map(|m| format!("{}{}", m.name, m.desc))
                .collect()
        };
        let expected: Vec<String> = names(&before)
            .into_iter()
            .filter(|m| !m.starts_with("dropMe") && !m.starts_with("alsoDropped"))
            .collect();
        assert_eq!(names(&after), expected);
        assert_eq!(after.fields.len(), before.fields.len());
        assert_eq!(after.cp.len(), before.cp.len());
    }

    #[test]
    fn keeping_everything_gives_the_same_bytes() {
        let class = compile("Shr", SRC);
        let s = drop_methods(&class, |_, _| true).unwrap();
        assert_eq!(s.bytes, class);
        assert_eq!(s.methods_dropped, 0);
    }

    #[test]
    fn malformed_class_files_are_errors_not_panics() {
        let class = compile("Shr", SRC);
        assert!(drop_methods(b"nope", |_, _| true).is_err());
        for cut in [0, 3, 9, 10, 40, class.len() / 2, class.len() - 1] {
            assert!(
                drop_methods(&class[..cut], |_, _| true).is_err(),
                "truncated at {cut}"
            );
        }
        let mut extra = class.clone();
        extra.push(0);
        assert!(drop_methods(&extra, |_, _| true).is_err());
        let mut bad_tag = class.clone();
        bad_tag[10] = 99; // the first constant's tag
        assert!(drop_methods(&bad_tag, |_, _| true)
            .unwrap_err()
            .contains("tag 99"));
    }
}
