//! Method-level tree shaking of a class file: rewrites it without the
//! methods the service cannot run (as `java_closure` computes them), then
//! without the constant-pool entries nothing left refers to (most of a
//! shaken class's bytes are names and descriptors only dropped methods
//! used). Fields, kept methods and attributes are copied byte for byte
//! except for their constant-pool indices, which are renumbered; entries
//! keep their order, so indices only shrink (an `ldc`'s one-byte index
//! still fits). A class with an attribute whose constant-pool references
//! this module does not know keeps its whole pool.
//!
//! Shrinking also drops the `Code` attributes that only debuggers and
//! verifiers read ([`DEBUG_ONLY_CODE_ATTRIBUTES`]): Mote's VM does not
//! verify. Line numbers stay (stack traces print them), and so do the names
//! of the locals NullPointerException messages can print ([`strip_debug_only`]).
//!
//! Layout facts from the JVM specification (JVMS 4.1, 4.4, 4.6, 4.7, 6.5).

/// The UTF-8 constants of a class's pool by index (None for other entries).
type PoolUtf8<'a> = Vec<Option<&'a [u8]>>;

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
    /// Reads the constant pool (the cursor at its count): the UTF-8
    /// constants by index, None for other entries.
    fn pool_utf8(&mut self) -> Result<PoolUtf8<'a>, String> {
        let cp_count = self.u2()? as usize;
        let mut utf8: Vec<Option<&[u8]>> = vec![None; cp_count.max(1)];
        let mut i = 1;
        while i < cp_count {
            let tag = self.u1()?;
            match tag {
                1 => {
                    let len = self.u2()? as usize;
                    utf8[i] = Some(self.take(len)?);
                }
                3 | 4 | 9 | 10 | 11 | 12 | 17 | 18 => {
                    self.take(4)?;
                }
                5 | 6 => {
                    self.take(8)?;
                    i += 1; // takes two slots
                }
                7 | 8 | 16 | 19 | 20 => {
                    self.take(2)?;
                }
                15 => {
                    self.take(3)?;
                }
                t => return Err(format!("unknown constant pool tag {t} at entry {i}")),
            }
            i += 1;
        }
        Ok(utf8)
    }

    /// A cursor on `class` at its fields count, and its UTF-8 constants.
    fn to_fields(class: &'a [u8]) -> Result<(Self, PoolUtf8<'a>), String> {
        let mut r = Reader { b: class, at: 0 };
        if r.u4()? != 0xCAFE_BABE {
            return Err("not a class file (bad magic)".into());
        }
        r.take(4)?; // minor, major
        let utf8 = r.pool_utf8()?;
        r.take(6)?; // access flags, this, super
        let interfaces = r.u2()? as usize;
        r.take(2 * interfaces)?;
        Ok((r, utf8))
    }

    /// A cursor on `class` at its methods count, and its UTF-8 constants.
    fn to_methods(class: &'a [u8]) -> Result<(Self, PoolUtf8<'a>), String> {
        let (mut r, utf8) = Reader::to_fields(class)?;
        for _ in 0..r.u2()? {
            r.take(6)?; // field access, name, descriptor
            r.skip_attributes()?;
        }
        Ok((r, utf8))
    }

    /// Appends the class attributes (the cursor at their count) to `out`;
    /// an error if bytes follow them.
    fn copy_class_attributes(&mut self, out: &mut Vec<u8>) -> Result<(), String> {
        let at = self.at;
        self.skip_attributes()?;
        if self.at != self.b.len() {
            return Err(format!(
                "{} bytes after the class attributes",
                self.b.len() - self.at
            ));
        }
        out.extend_from_slice(&self.b[at..]);
        Ok(())
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

/// What [`shrink`] did.
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
    let (mut r, utf8) = Reader::to_methods(class)?;
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
    r.copy_class_attributes(&mut out)?;
    out[methods_count_at..methods_count_at + 2].copy_from_slice(&(kept as u16).to_be_bytes());
    Ok(Shrunk {
        bytes: out,
        methods_kept: kept,
        methods_dropped: dropped,
    })
}

/// `class` without the methods for which `keep(name, descriptor)` is false,
/// without [`DEBUG_ONLY_CODE_ATTRIBUTES`] and
/// [`REFLECTION_ONLY_ATTRIBUTES`], with only the local-variable
/// entries a NullPointerException message can name and its line numbers in
/// the VM's compact form (see [`strip_debug_only`]), and without the
/// constant-pool entries only the dropped parts used.
pub fn shrink(class: &[u8], keep: impl Fn(&str, &str) -> bool) -> Result<Shrunk, String> {
    let mut s = drop_methods(class, keep)?;
    // the compact line numbers' attribute name, appended to the pool
    // (compaction drops it again if no method has line numbers)
    let named = append_utf8(&s.bytes, jvm::classfile::MOTE_LINE_NUMBERS)?;
    s.bytes = match named {
        Some((bytes, name)) => strip_debug_only(&bytes, Some(name))?,
        None => strip_debug_only(&s.bytes, None)?,
    };
    s.bytes = drop_member_attributes(&s.bytes, REFLECTION_ONLY_ATTRIBUTES)?;
    if let Some(compact) = compact_constant_pool(&s.bytes)? {
        s.bytes = compact;
    }
    Ok(s)
}

/// Attributes of `Code` that Mote's VM never needs: local variables'
/// generic types (debuggers) and stack map frames (the verifier). The
/// `LocalVariableTable` stays, thinned ([`strip_debug_only`]):
/// NullPointerException messages name the local or parameter that was null
/// from it, as HotSpot does from its own java.base (which has the tables),
/// e.g. `because "anotherString" is null` in `String.compareTo`.
pub const DEBUG_ONLY_CODE_ATTRIBUTES: &[&str] = &["LocalVariableTypeTable", "StackMapTable"];

/// Attributes of classes, fields and methods that only reflection reads:
/// generic signatures, declared exceptions, annotations, parameter names,
/// deprecation. Mote's VM reads none of them (its reflection has no generic
/// types, annotations or declared exceptions), and HotSpot runs classes
/// without them (a test below).
pub const REFLECTION_ONLY_ATTRIBUTES: &[&str] = &[
    "Signature",
    "Exceptions",
    "Deprecated",
    "RuntimeVisibleAnnotations",
    "RuntimeInvisibleAnnotations",
    "RuntimeVisibleParameterAnnotations",
    "RuntimeInvisibleParameterAnnotations",
    "RuntimeVisibleTypeAnnotations",
    "RuntimeInvisibleTypeAnnotations",
    "AnnotationDefault",
    "MethodParameters",
];

/// `class` without the attributes named in `drop` on the class, its fields
/// and its methods (attributes inside others, such as a `Record`'s
/// components', stay). The constant pool is left as it is.
pub fn drop_member_attributes(class: &[u8], drop: &[&str]) -> Result<Vec<u8>, String> {
    let (mut r, utf8) = Reader::to_fields(class)?;
    let mut out = class[..r.at].to_vec();
    let table = |r: &mut Reader, out: &mut Vec<u8>| -> Result<(), String> {
        let count_at = out.len();
        let mut kept = 0u16;
        out.extend_from_slice(&[0, 0]); // the count, patched below
        for _ in 0..r.u2()? {
            let start = r.at;
            let name = r.u2()?;
            let len = r.u4()? as usize;
            r.take(len)?;
            let name = utf8
                .get(name as usize)
                .copied()
                .flatten()
                .ok_or_else(|| format!("attribute name {name} is not a UTF-8 constant"))?;
            if !drop.iter().any(|d| d.as_bytes() == name) {
                out.extend_from_slice(&class[start..r.at]);
                kept += 1;
            }
        }
        out[count_at..count_at + 2].copy_from_slice(&kept.to_be_bytes());
        Ok(())
    };
    for _members in ["fields", "methods"] {
        let count = r.u2()?;
        out.extend_from_slice(&count.to_be_bytes());
        for _ in 0..count {
            out.extend_from_slice(r.take(6)?); // access, name, descriptor
            table(&mut r, &mut out)?;
        }
    }
    table(&mut r, &mut out)?;
    if r.at != class.len() {
        return Err(format!(
            "{} bytes after the class attributes",
            class.len() - r.at
        ));
    }
    Ok(out)
}

/// What becomes of one attribute inside a `Code` attribute.
enum CodeAttribute {
    Keep,
    Drop,
    Replace(Vec<u8>),
    /// New body under another name (a constant-pool index).
    Renamed(u16, Vec<u8>),
}

/// `class` with `text` appended to its constant pool as a UTF-8 entry, and
/// that entry's index; None if the pool is full.
fn append_utf8(class: &[u8], text: &str) -> Result<Option<(Vec<u8>, u16)>, String> {
    let mut r = Reader { b: class, at: 8 };
    r.pool_utf8()?;
    let count = u16::from_be_bytes([class[8], class[9]]);
    let Some(new_count) = count.checked_add(1) else {
        return Ok(None);
    };
    let mut out = class[..r.at].to_vec();
    out[8..10].copy_from_slice(&new_count.to_be_bytes());
    out.push(1); // CONSTANT_Utf8
    out.extend_from_slice(&(text.len() as u16).to_be_bytes());
    out.extend_from_slice(text.as_bytes());
    out.extend_from_slice(&class[r.at..]);
    Ok(Some((out, count)))
}

/// A `LineNumberTable` body in the form of
/// [`jvm::classfile::MOTE_LINE_NUMBERS`]: the count, then per entry the
/// zig-zag varint differences of start_pc and line from the previous ones.
fn compact_line_numbers(body: &[u8]) -> Result<Vec<u8>, String> {
    fn varint(out: &mut Vec<u8>, mut v: u32) {
        while v >= 0x80 {
            out.push(v as u8 | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }
    let mut r = Reader { b: body, at: 0 };
    let count = r.u2()?;
    let mut out = Vec::with_capacity(body.len() / 2);
    varint(&mut out, count as u32);
    let (mut pc, mut line) = (0i32, 0i32);
    for _ in 0..count {
        for last in [&mut pc, &mut line] {
            let v = r.u2()? as i32;
            let d = v - *last;
            varint(&mut out, ((d << 1) ^ (d >> 31)) as u32);
            *last = v;
        }
    }
    if r.at != body.len() {
        return Err("LineNumberTable length mismatch".into());
    }
    Ok(out)
}

/// `class` without [`DEBUG_ONLY_CODE_ATTRIBUTES`] and with each
/// `LocalVariableTable` cut to the entries a NullPointerException message
/// can name: only a reference can be null, and slot 0 of an instance method
/// is named `this` without a table. So entries of primitive type and
/// `this` go (a table left empty goes too); the message for every null is
/// the same as with the whole table. With `line_numbers` (the index of a
/// UTF-8 constant [`jvm::classfile::MOTE_LINE_NUMBERS`]) each
/// `LineNumberTable` becomes that compact attribute, the same entries in the
/// same order. The constant pool is left as it is.
pub fn strip_debug_only(class: &[u8], line_numbers: Option<u16>) -> Result<Vec<u8>, String> {
    rewrite_code_attributes(class, |name, body, is_static, utf8| {
        if DEBUG_ONLY_CODE_ATTRIBUTES
            .iter()
            .any(|d| d.as_bytes() == name)
        {
            return Ok(CodeAttribute::Drop);
        }
        if let (b"LineNumberTable", Some(to)) = (name, line_numbers) {
            return Ok(CodeAttribute::Renamed(to, compact_line_numbers(body)?));
        }
        if name != b"LocalVariableTable" {
            return Ok(CodeAttribute::Keep);
        }
        let text = |idx: u16| {
            utf8.get(idx as usize)
                .copied()
                .flatten()
                .ok_or_else(|| format!("local variable constant {idx} is not UTF-8"))
        };
        let mut r = Reader { b: body, at: 0 };
        let count = r.u2()?;
        let mut kept = Vec::new();
        for _ in 0..count {
            let entry = r.take(10)?; // start, length, name, descriptor, slot
            let field = |i: usize| u16::from_be_bytes([entry[i], entry[i + 1]]);
            let reference = matches!(text(field(6))?.first(), Some(b'L' | b'['));
            let this = !is_static && field(8) == 0 && text(field(4))? == b"this";
            if reference && !this {
                kept.push(entry);
            }
        }
        if r.at != body.len() {
            return Err("LocalVariableTable length mismatch".into());
        }
        if kept.is_empty() {
            return Ok(CodeAttribute::Drop);
        }
        let mut out = (kept.len() as u16).to_be_bytes().to_vec();
        kept.iter().for_each(|e| out.extend_from_slice(e));
        Ok(CodeAttribute::Replace(out))
    })
}

/// `class` with each attribute inside every method's `Code` attribute kept,
/// dropped or replaced as `f(name, body, method is static, pool)` says; the
/// lengths around them follow. Everything else is copied byte for byte.
fn rewrite_code_attributes(
    class: &[u8],
    mut f: impl FnMut(&[u8], &[u8], bool, &PoolUtf8) -> Result<CodeAttribute, String>,
) -> Result<Vec<u8>, String> {
    let (mut r, utf8) = Reader::to_methods(class)?;
    let name_of = |idx: u16| -> Result<&[u8], String> {
        utf8.get(idx as usize)
            .copied()
            .flatten()
            .ok_or_else(|| format!("attribute name {idx} is not a UTF-8 constant"))
    };
    let mut out = class[..r.at].to_vec();
    let methods = r.u2()?;
    out.extend_from_slice(&methods.to_be_bytes());
    for _ in 0..methods {
        let header = r.take(6)?; // access, name, descriptor
        let is_static = header[1] & 0x08 != 0; // ACC_STATIC (JVMS 4.6)
        out.extend_from_slice(header);
        let attributes = r.u2()?;
        out.extend_from_slice(&attributes.to_be_bytes());
        for _ in 0..attributes {
            let start = r.at;
            let name = r.u2()?;
            let len = r.u4()? as usize;
            let body = r.take(len)?;
            if name_of(name)? != b"Code" {
                out.extend_from_slice(&class[start..r.at]);
                continue;
            }
            // max stack, max locals, code, exception table, then attributes
            let mut c = Reader { b: body, at: 4 };
            let code_len = c.u4()? as usize;
            c.take(code_len)?;
            let handlers = c.u2()? as usize;
            c.take(8 * handlers)?;
            let mut code = body[..c.at].to_vec();
            let mut kept = Vec::new();
            let mut kept_count = 0u16;
            for _ in 0..c.u2()? {
                let a = c.at;
                let n = c.u2()?;
                let l = c.u4()? as usize;
                let attr = c.take(l)?;
                // (a new body is never longer than the old, so its length fits)
                let (name, new) = match f(name_of(n)?, attr, is_static, &utf8)? {
                    CodeAttribute::Keep => {
                        kept.extend_from_slice(&body[a..c.at]);
                        kept_count += 1;
                        continue;
                    }
                    CodeAttribute::Drop => continue,
                    CodeAttribute::Replace(new) => (n, new),
                    CodeAttribute::Renamed(to, new) => (to, new),
                };
                kept.extend_from_slice(&name.to_be_bytes());
                kept.extend_from_slice(&(new.len() as u32).to_be_bytes());
                kept.extend_from_slice(&new);
                kept_count += 1;
            }
            if c.at != body.len() {
                return Err(format!(
                    "{} bytes after a Code attribute's attributes",
                    body.len() - c.at
                ));
            }
            code.extend_from_slice(&kept_count.to_be_bytes());
            code.extend_from_slice(&kept);
            out.extend_from_slice(&name.to_be_bytes());
            out.extend_from_slice(&(code.len() as u32).to_be_bytes());
            out.extend_from_slice(&code);
        }
    }
    r.copy_class_attributes(&mut out)?;
    Ok(out)
}

/// A constant-pool index inside the class file to renumber.
struct Patch {
    at: usize,
    wide: bool,
    old: u16,
}

/// One constant-pool entry: where its bytes are and the indices it holds
/// (offsets within the class file).
struct Entry {
    start: usize,
    end: usize,
    refs: Vec<usize>,
}

/// The class with only the constant-pool entries still referred to,
/// renumbered; None if it has an attribute this does not understand.
fn compact_constant_pool(class: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let mut r = Reader { b: class, at: 8 };
    let count = r.u2()? as usize;
    let mut entries: Vec<Option<Entry>> = (0..count).map(|_| None).collect();
    let mut utf8: Vec<Option<&[u8]>> = vec![None; count];
    let mut i = 1;
    while i < count {
        let start = r.at;
        let tag = r.u1()?;
        let mut refs = Vec::new();
        let wide = match tag {
            1 => {
                let len = r.u2()? as usize;
                utf8[i] = Some(r.take(len)?);
                false
            }
            3 | 4 => {
                r.take(4)?;
                false
            }
            5 | 6 => {
                r.take(8)?;
                true
            }
            7 | 8 | 16 | 19 | 20 => {
                refs.push(r.at);
                r.take(2)?;
                false
            }
            9..=12 => {
                refs.extend([r.at, r.at + 2]);
                r.take(4)?;
                false
            }
            15 => {
                refs.push(r.at + 1);
                r.take(3)?;
                false
            }
            17 | 18 => {
                refs.push(r.at + 2); // the first u2 indexes BootstrapMethods, not the pool
                r.take(4)?;
                false
            }
            t => return Err(format!("unknown constant pool tag {t} at entry {i}")),
        };
        entries[i] = Some(Entry {
            start,
            end: r.at,
            refs,
        });
        i += if wide { 2 } else { 1 };
    }
    let pool_end = r.at;
    let mut w = Walk {
        r,
        utf8: &utf8,
        patches: Vec::new(),
    };
    if !w.rest_of_class()? {
        return Ok(None);
    }
    let u2_at = |at: usize| u16::from_be_bytes([class[at], class[at + 1]]);
    // every entry reachable from the class's own references
    let mut used = vec![false; count];
    let mut todo: Vec<u16> = w.patches.iter().map(|p| p.old).collect();
    while let Some(idx) = todo.pop() {
        let e = entries
            .get(idx as usize)
            .and_then(|e| e.as_ref())
            .ok_or_else(|| format!("index {idx} is not a constant-pool entry"))?;
        if std::mem::replace(&mut used[idx as usize], true) {
            continue;
        }
        todo.extend(e.refs.iter().map(|&at| u2_at(at)));
    }
    let mut new_index = vec![0u16; count];
    let mut next = 1u16;
    for (old, e) in entries.iter().enumerate() {
        if let (Some(e), true) = (e, used[old]) {
            new_index[old] = next;
            next += if class[e.start] == 5 || class[e.start] == 6 {
                2
            } else {
                1
            };
        }
    }
    let mut out = class[..8].to_vec();
    out.extend_from_slice(&next.to_be_bytes());
    for (old, e) in entries.iter().enumerate() {
        let Some(e) = e.as_ref().filter(|_| used[old]) else {
            continue;
        };
        let base = out.len();
        out.extend_from_slice(&class[e.start..e.end]);
        for &at in &e.refs {
            let new = new_index[u2_at(at) as usize];
            out[base + at - e.start..base + at - e.start + 2].copy_from_slice(&new.to_be_bytes());
        }
    }
    let shift = out.len() as isize - pool_end as isize;
    out.extend_from_slice(&class[pool_end..]);
    for p in &w.patches {
        let at = (p.at as isize + shift) as usize;
        let new = new_index[p.old as usize];
        if p.wide {
            out[at..at + 2].copy_from_slice(&new.to_be_bytes());
        } else {
            out[at] = u8::try_from(new).map_err(|_| "ldc index above 255".to_string())?;
        }
    }
    Ok(Some(out))
}

/// Walks everything after the constant pool, recording each pool index.
struct Walk<'a> {
    r: Reader<'a>,
    utf8: &'a [Option<&'a [u8]>],
    patches: Vec<Patch>,
}

impl Walk<'_> {
    /// A u2 pool index (0 allowed where the format allows "none").
    fn index(&mut self, optional: bool) -> Result<(), String> {
        let at = self.r.at;
        let old = self.r.u2()?;
        if old == 0 && optional {
            return Ok(());
        }
        self.patches.push(Patch {
            at,
            wide: true,
            old,
        });
        Ok(())
    }

    fn indices(&mut self, n: usize) -> Result<(), String> {
        (0..n).try_for_each(|_| self.index(false))
    }

    /// false: an attribute this walk does not understand.
    fn rest_of_class(&mut self) -> Result<bool, String> {
        self.r.u2()?; // access flags
        self.index(false)?; // this
        self.index(true)?; // super (none for Object)
        let n = self.r.u2()? as usize;
        self.indices(n)?;
        for _ in 0..2 {
            // fields, then methods
            for _ in 0..self.r.u2()? {
                self.r.u2()?;
                self.indices(2)?;
                if !self.attributes()? {
                    return Ok(false);
                }
            }
        }
        let known = self.attributes()?;
        if known && self.r.at != self.r.b.len() {
            return Err("bytes after the class attributes".into());
        }
        Ok(known)
    }

    fn attributes(&mut self) -> Result<bool, String> {
        for _ in 0..self.r.u2()? {
            let name_at = self.r.at;
            self.index(false)?;
            let len = self.r.u4()? as usize;
            let end = self
                .r
                .at
                .checked_add(len)
                .filter(|&e| e <= self.r.b.len())
                .ok_or("attribute runs past the end")?;
            let name_idx = u16::from_be_bytes([self.r.b[name_at], self.r.b[name_at + 1]]);
            let name = self
                .utf8
                .get(name_idx as usize)
                .copied()
                .flatten()
                .ok_or_else(|| format!("attribute name {name_idx} is not UTF-8"))?;
            if name == jvm::classfile::MOTE_LINE_NUMBERS.as_bytes() {
                self.r.at = end; // varints, no constant-pool indices
            } else if !self.attribute(name)? {
                return Ok(false);
            }
            if self.r.at != end {
                return Err(format!(
                    "attribute {} has {} bytes, its contents {}",
                    String::from_utf8_lossy(name),
                    len,
                    self.r.at as isize - (end - len) as isize
                ));
            }
        }
        Ok(true)
    }

    fn attribute(&mut self, name: &[u8]) -> Result<bool, String> {
        match name {
            b"Code" => {
                self.r.take(4)?; // max stack, max locals
                let len = self.r.u4()? as usize;
                let code_at = self.r.at;
                let code = self.r.take(len)?;
                let mut pc = 0;
                while pc < code.len() {
                    let n = super::java_closure::insn_len(code, pc)
                        .filter(|n| pc + n <= code.len())
                        .ok_or_else(|| format!("bad instruction at pc {pc}"))?;
                    let at = code_at + pc + 1;
                    match code[pc] {
                        0x12 => self.patches.push(Patch {
                            at,
                            wide: false,
                            old: code[pc + 1] as u16,
                        }),
                        // ldc_w, ldc2_w, field and method refs, invokedynamic,
                        // new, anewarray, checkcast, instanceof, multianewarray
                        0x13 | 0x14 | 0xb2..=0xbb | 0xbd | 0xc0 | 0xc1 | 0xc5 => {
                            self.patches.push(Patch {
                                at,
                                wide: true,
                                old: u16::from_be_bytes([code[pc + 1], code[pc + 2]]),
                            })
                        }
                        _ => {}
                    }
                    pc += n;
                }
                for _ in 0..self.r.u2()? {
                    self.r.take(6)?; // start, end, handler
                    self.index(true)?; // catch type (0: any)
                }
                self.attributes()
            }
            b"ConstantValue" | b"Signature" | b"SourceFile" | b"NestHost" => {
                self.index(false)?;
                Ok(true)
            }
            b"Exceptions" | b"NestMembers" | b"PermittedSubclasses" => {
                let n = self.r.u2()? as usize;
                self.indices(n)?;
                Ok(true)
            }
            b"InnerClasses" => {
                for _ in 0..self.r.u2()? {
                    self.index(false)?;
                    self.index(true)?; // outer class
                    self.index(true)?; // simple name
                    self.r.u2()?;
                }
                Ok(true)
            }
            b"EnclosingMethod" => {
                self.index(false)?;
                self.index(true)?;
                Ok(true)
            }
            b"BootstrapMethods" => {
                for _ in 0..self.r.u2()? {
                    self.index(false)?;
                    let n = self.r.u2()? as usize;
                    self.indices(n)?;
                }
                Ok(true)
            }
            b"LineNumberTable" => {
                let n = self.r.u2()? as usize;
                self.r.take(4 * n)?;
                Ok(true)
            }
            b"LocalVariableTable" | b"LocalVariableTypeTable" => {
                for _ in 0..self.r.u2()? {
                    self.r.take(4)?;
                    self.indices(2)?;
                    self.r.u2()?;
                }
                Ok(true)
            }
            b"MethodParameters" => {
                for _ in 0..self.r.u1()? {
                    self.index(true)?;
                    self.r.u2()?;
                }
                Ok(true)
            }
            b"Record" => {
                for _ in 0..self.r.u2()? {
                    self.indices(2)?;
                    if !self.attributes()? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            b"StackMapTable" => {
                for _ in 0..self.r.u2()? {
                    let t = self.r.u1()?;
                    match t {
                        0..=63 => {}
                        64..=127 => self.verification_types(1)?,
                        247 => {
                            self.r.u2()?;
                            self.verification_types(1)?;
                        }
                        248..=251 => {
                            self.r.u2()?;
                        }
                        252..=254 => {
                            self.r.u2()?;
                            self.verification_types(t as usize - 251)?;
                        }
                        255 => {
                            self.r.u2()?;
                            let locals = self.r.u2()? as usize;
                            self.verification_types(locals)?;
                            let stack = self.r.u2()? as usize;
                            self.verification_types(stack)?;
                        }
                        _ => return Err(format!("reserved stack map frame type {t}")),
                    }
                }
                Ok(true)
            }
            b"RuntimeVisibleAnnotations" | b"RuntimeInvisibleAnnotations" => {
                let n = self.r.u2()? as usize;
                (0..n).try_for_each(|_| self.annotation())?;
                Ok(true)
            }
            b"RuntimeVisibleParameterAnnotations" | b"RuntimeInvisibleParameterAnnotations" => {
                for _ in 0..self.r.u1()? {
                    let n = self.r.u2()? as usize;
                    (0..n).try_for_each(|_| self.annotation())?;
                }
                Ok(true)
            }
            b"AnnotationDefault" => {
                self.element_value()?;
                Ok(true)
            }
            b"Synthetic" | b"Deprecated" => Ok(true),
            _ => Ok(false),
        }
    }

    fn verification_types(&mut self, n: usize) -> Result<(), String> {
        for _ in 0..n {
            match self.r.u1()? {
                7 => self.index(false)?, // an object type: a class entry
                8 => {
                    self.r.u2()?; // uninitialized: a code offset
                }
                0..=6 => {}
                t => return Err(format!("bad verification type {t}")),
            }
        }
        Ok(())
    }

    fn annotation(&mut self) -> Result<(), String> {
        self.index(false)?; // type
        for _ in 0..self.r.u2()? {
            self.index(false)?; // element name
            self.element_value()?;
        }
        Ok(())
    }

    fn element_value(&mut self) -> Result<(), String> {
        match self.r.u1()? {
            b'B' | b'C' | b'D' | b'F' | b'I' | b'J' | b'S' | b'Z' | b's' | b'c' => {
                self.index(false)
            }
            b'e' => self.indices(2),
            b'@' => self.annotation(),
            b'[' => {
                let n = self.r.u2()? as usize;
                (0..n).try_for_each(|_| self.element_value())
            }
            t => Err(format!("bad annotation element tag {t}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jvm::classfile::ClassFile;
    use std::process::Command;

    /// `class` with the attributes named in `drop` removed from every method's
    /// `Code` attribute (whose length shrinks to match); everything else is
    /// copied byte for byte. The constant pool is left as it is.
    fn drop_code_attributes(class: &[u8], drop: &[&str]) -> Result<Vec<u8>, String> {
        rewrite_code_attributes(class, |name, _, _, _| {
            Ok(if drop.iter().any(|d| d.as_bytes() == name) {
                CodeAttribute::Drop
            } else {
                CodeAttribute::Keep
            })
        })
    }

    /// HotSpot flags that run classes without stack maps (shrunk ones).
    const WITHOUT_VERIFIER: &[&str] = &[
        "-XX:+UnlockDiagnosticVMOptions",
        "-XX:-BytecodeVerificationRemote",
    ];

    /// Runs `class` from `dir` on HotSpot with `flags`; its stdout (it must
    /// exit 0).
    fn run_java(dir: &std::path::Path, class: &str, flags: &[&str]) -> String {
        let out = Command::new("java")
            .args(flags)
            .arg("-cp")
            .arg(dir)
            .arg(class)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Compiles one Java source with the host's javac; the class bytes.
    fn compile(name: &str, src: &str) -> Vec<u8> {
        let dir = javac_into(name, src);
        let b = std::fs::read(dir.join(format!("{name}.class"))).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        b
    }

    /// Compiles `src` (class `name`) into a fresh temporary folder; the folder.
    fn javac_into(name: &str, src: &str) -> std::path::PathBuf {
        javac_into_with(name, src, &[])
    }

    /// `javac_into` with extra javac flags.
    fn javac_into_with(name: &str, src: &str, flags: &[&str]) -> std::path::PathBuf {
        static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("mote-shrink-{}-{call}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.java")), src).unwrap();
        let st = Command::new("javac")
            .args(flags)
            .arg("-d")
            .arg(&dir)
            .arg(dir.join(format!("{name}.java")))
            .status()
            .expect("javac");
        assert!(st.success());
        dir
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

    /// A class using most kinds of constants and attributes: lambdas
    /// (invokedynamic, BootstrapMethods, method handles), string switch,
    /// long/double constants, exceptions, a record, an annotation, inner
    /// classes, stack-map frames, plus methods to drop.
    const RICH: &str = r#"
import java.util.*;
import java.util.function.*;
@FunctionalInterface interface Op { long apply(long x); }
record Pt(int x, double y) {}
public class Rich {
    static final double D = 2.718281828;
    static long big = 1L << 40;
    class Inner { int v = 7; }
    @Deprecated public static String unused(String s) { return s.repeat(3) + Long.MAX_VALUE + "unused-literal"; }
    static int sw(String s) { switch (s) { case "alpha": return 1; case "beta": return 2; default: return s.length(); } }
    public static void main(String[] a) throws Exception {
        Op sq = x -> x * x;
        Function<String, Integer> len = String::length;
        List<Integer> l = new ArrayList<>(List.of(3, 1, 2));
        l.sort(Comparator.naturalOrder());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) { try { if (i == 1) throw new IllegalStateException("i" + i); sb.append(i); } catch (IllegalStateException e) { sb.append(e.getMessage()); } }
        Rich r = new Rich();
        Rich.Inner in = r.new Inner();
        Pt p = new Pt(4, 0.5);
        System.out.println(sq.apply(big) + " " + len.apply("abcd") + " " + l + " " + sb + " " + sw("beta") + sw("gamma") + " " + in.v + " " + p + " " + D + " " + 1e300 + " " + 123456789012L);
    }
}
"#;

    /// HotSpot loads and verifies classes rewritten without some methods
    /// and with a compacted pool (stack maps included) and prints what the
    /// originals print; [`shrink`] also drops the stack maps, so its
    /// classes run with the verifier off.
    #[test]
    fn shrunk_classes_still_verify_and_run_on_hotspot() {
        for verify in [true, false] {
            run_rich_shrunk(verify);
        }
    }

    fn run_rich_shrunk(verify: bool) {
        let dir = javac_into("Rich", RICH);
        let flags: &[&str] = if verify {
            &["-Xverify:all"]
        } else {
            WITHOUT_VERIFIER
        };
        let run = || run_java(&dir, "Rich", flags);
        let before = run();
        let mut saved = 0;
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "class") {
                let class = std::fs::read(&p).unwrap();
                let bytes = if verify {
                    let d = drop_methods(&class, |n, _| n != "unused").unwrap();
                    compact_constant_pool(&d.bytes).unwrap().unwrap()
                } else {
                    let s = shrink(&class, |n, _| n != "unused").unwrap();
                    assert!(!s.bytes.windows(13).any(|w| w == b"StackMapTable"));
                    s.bytes
                };
                saved += class.len() - bytes.len();
                ClassFile::parse(&bytes).unwrap();
                std::fs::write(&p, &bytes).unwrap();
            }
        }
        assert_eq!(run(), before);
        assert!(
            before.contains("123456789012") && before.contains("Pt[x=4"),
            "{before}"
        );
        // the dropped method's own constants went with it (its string
        // concatenation recipe stays: BootstrapMethods is kept whole)
        let rich = std::fs::read(dir.join("Rich.class")).unwrap();
        assert!(!rich.windows(6).any(|w| w == b"repeat"));
        assert!(saved > 50, "saved {saved}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn compaction_alone_keeps_a_class_that_uses_every_entry_byte_identical() {
        // compaction only removes entries nothing uses; javac leaves none,
        // so the class stays as it was
        let class = compile("Shr", SRC);
        assert_eq!(compact_constant_pool(&class).unwrap().unwrap(), class);
    }

    /// Compiles with `javac -g` (local variable tables); the class bytes.
    fn javac_g(name: &str, src: &str) -> Vec<u8> {
        let dir = javac_into_with(name, src, &["-g"]);
        let b = std::fs::read(dir.join(format!("{name}.class"))).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        b
    }

    #[test]
    fn debug_only_code_attributes_go_and_code_and_line_numbers_stay_compacted() {
        let class = javac_g("Rich", RICH);
        let has = |b: &[u8], what: &[u8]| b.windows(what.len()).any(|w| w == what);
        assert!(has(&class, b"LocalVariableTypeTable") && has(&class, b"StackMapTable"));
        let s = shrink(&class, |_, _| true).unwrap();
        for gone in DEBUG_ONLY_CODE_ATTRIBUTES {
            assert!(!has(&s.bytes, gone.as_bytes()), "{gone} still there");
        }
        // line numbers in their compact form, the same entries (below)
        assert!(!has(&s.bytes, b"LineNumberTable") && has(&s.bytes, b"MoteLineNumbers"));
        assert!(has(&s.bytes, b"LocalVariableTable"));
        assert!(s.bytes.len() < class.len());
        let (before, after) = (
            ClassFile::parse(&class).unwrap(),
            ClassFile::parse(&s.bytes).unwrap(),
        );
        assert_eq!(before.methods.len(), after.methods.len());
        for (b, a) in before.methods.iter().zip(&after.methods) {
            let (b, a) = (b.code.as_ref(), a.code.as_ref());
            assert_eq!(b.map(|c| c.lines.clone()), a.map(|c| c.lines.clone()));
            assert_eq!(b.map(|c| c.max_locals), a.map(|c| c.max_locals));
            assert_eq!(b.map(|c| c.handlers.len()), a.map(|c| c.handlers.len()));
            // thinned, never renamed or moved (which entries: the test below)
            let (b, a) = (b.map(|c| c.locals.clone()), a.map(|c| c.locals.clone()));
            let a = a.unwrap_or_default();
            assert!(a.iter().all(|l| b.as_ref().is_some_and(|b| b.contains(l))));
        }
        assert!(before
            .methods
            .iter()
            .any(|m| m.code.as_ref().is_some_and(|c| !c.locals.is_empty())));
        // dropping nothing gives the same bytes
        assert_eq!(drop_code_attributes(&class, &[]).unwrap(), class);
    }

    const NULLS: &str = r#"
public class Nulls {
    String name;
    int[] nums;
    static String pick(String str, int primitiveCount, Object[] arr) {
        int primitiveSum = primitiveCount + 1;
        String chosen = primitiveSum > 100 ? str : null;
        return chosen.trim();
    }
    int len(Nulls other, long primitiveWide) { return other.name.length() + (int) primitiveWide; }
    String self() { return this.name.toLowerCase(); }
    static int count(Object[] arr) { return arr.length; }
    public static void main(String[] a) {
        Runnable[] cases = {
            () -> pick("x", 1, null),
            () -> new Nulls().len(new Nulls(), 2),
            () -> new Nulls().len(null, 2),
            () -> new Nulls().self(),
            () -> count(null),
            () -> { Object[] lambdaArr = null; System.out.println(lambdaArr.length); },
            () -> { int[] q = new Nulls().nums; q[0] = 1; },
        };
        for (Runnable r : cases) {
            try { r.run(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        }
    }
}
"#;

    /// HotSpot names null locals and parameters from the LocalVariableTable
    /// as Mote does: with the thinned tables it prints the same messages.
    #[test]
    fn thinned_local_variable_tables_keep_hotspots_null_pointer_messages() {
        let dir = javac_into_with("Nulls", NULLS, &["-g"]);
        let run = || run_java(&dir, "Nulls", WITHOUT_VERIFIER);
        let before = run();
        for named in [
            "\"chosen\"",
            "\"other\"",
            "\"this.name\"",
            "\"arr\"",
            "\"lambdaArr\"",
            "\"q\"",
        ] {
            assert!(before.contains(named), "{named} not in {before}");
        }
        let path = dir.join("Nulls.class");
        let class = std::fs::read(&path).unwrap();
        let shrunk = shrink(&class, |_, _| true).unwrap().bytes;
        let has = |b: &[u8], what: &str| b.windows(what.len()).any(|w| w == what.as_bytes());
        for gone in ["primitiveCount", "primitiveSum", "primitiveWide", "this"] {
            assert!(has(&class, gone) && !has(&shrunk, gone), "{gone}");
        }
        for kept in ["chosen", "other", "lambdaArr", "LocalVariableTable"] {
            assert!(has(&shrunk, kept), "{kept}");
        }
        std::fs::write(&path, &shrunk).unwrap();
        assert_eq!(run(), before);
        let _ = std::fs::remove_dir_all(&dir);
    }

    const SIGS: &str = r#"
import java.util.*;
import java.lang.annotation.*;
@Retention(RetentionPolicy.RUNTIME) @interface Tag { String value() default "t"; }
@Tag("class") public class Sigs<T extends Comparable<T>> {
    @Deprecated @Tag List<T> items = new ArrayList<>();
    public <U> Map<T, U> pair(@Tag("p") U u) throws java.io.IOException, InterruptedException {
        Map<T, U> m = new HashMap<>();
        for (T t : items) m.put(t, u);
        return m;
    }
    @Override public String toString() { return "Sigs" + items; }
    public static void main(String[] a) throws Exception {
        Sigs<String> s = new Sigs<>();
        s.items.add("x");
        System.out.println(s.pair(1) + " " + s);
    }
}
"#;

    /// Without the reflection-only attributes (and their constants) a class
    /// still parses and runs on HotSpot, printing what it printed.
    #[test]
    fn reflection_only_attributes_go_and_the_class_still_runs() {
        let dir = javac_into_with("Sigs", SIGS, &["-parameters"]);
        let run = || run_java(&dir, "Sigs", WITHOUT_VERIFIER);
        let before = run();
        assert_eq!(before, "{x=1} Sigs[x]\n");
        let has = |b: &[u8], what: &str| b.windows(what.len()).any(|w| w == what.as_bytes());
        let path = dir.join("Sigs.class");
        let class = std::fs::read(&path).unwrap();
        let shrunk = shrink(&class, |_, _| true).unwrap();
        for gone in REFLECTION_ONLY_ATTRIBUTES.iter().chain(&["TU;", "LTag;"]) {
            let was = has(&class, gone);
            assert!(
                !has(&shrunk.bytes, gone),
                "{gone} still there (was there: {was})"
            );
        }
        for was in [
            "Signature",
            "Exceptions",
            "Deprecated",
            "RuntimeVisibleAnnotations",
            "MethodParameters",
        ] {
            assert!(has(&class, was), "javac wrote no {was}");
        }
        let (a, b) = (
            ClassFile::parse(&class).unwrap(),
            ClassFile::parse(&shrunk.bytes).unwrap(),
        );
        assert_eq!(a.methods.len(), b.methods.len());
        assert_eq!(a.fields.len(), b.fields.len());
        std::fs::write(&path, &shrunk.bytes).unwrap();
        assert_eq!(run(), before);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn code_attribute_stripping_rejects_malformed_classes() {
        let class = javac_g("Shr", SRC);
        for cut in [0, 9, 40, class.len() / 2, class.len() - 1] {
            assert!(
                drop_code_attributes(&class[..cut], DEBUG_ONLY_CODE_ATTRIBUTES).is_err(),
                "truncated at {cut}"
            );
            assert!(
                strip_debug_only(&class[..cut], None).is_err(),
                "truncated at {cut}"
            );
        }
        let mut extra = class.clone();
        extra.push(0);
        assert!(drop_code_attributes(&extra, DEBUG_ONLY_CODE_ATTRIBUTES).is_err());
        assert!(strip_debug_only(&extra, None).is_err());
        assert!(drop_member_attributes(&extra, REFLECTION_ONLY_ATTRIBUTES).is_err());
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
