//! Class-file parser (JVMS chapter 4) for versions 45 to 61 (Java 1.1 to 17).
//!
//! A checked view over untrusted bytes: every read is bounds-checked and every
//! failure is a [`ClassFormatError`] naming the byte offset where it happened.
//! It never panics. It does not verify bytecode; `verify.rs` does that.

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

/// A malformed class file: what was wrong and at which byte offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassFormatError {
    pub offset: usize,
    pub msg: &'static str,
}

impl fmt::Display for ClassFormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at offset {}", self.msg, self.offset)
    }
}

type R<T> = Result<T, ClassFormatError>;

/// One constant-pool entry. Long and Double occupy two indices; the second is `Unusable`.
#[derive(Debug, Clone)]
pub enum Cp {
    Unusable,
    Utf8(Rc<str>),
    Integer(i32),
    Float(f32),
    Long(i64),
    Double(f64),
    Class(u16),
    String(u16),
    FieldRef(u16, u16),
    MethodRef(u16, u16),
    InterfaceMethodRef(u16, u16),
    NameAndType(u16, u16),
    MethodHandle(u8, u16),
    MethodType(u16),
    Dynamic(u16, u16),
    InvokeDynamic(u16, u16),
    Module(u16),
    Package(u16),
}

#[derive(Debug, Clone)]
pub struct ExceptionEntry {
    pub start: u16,
    pub end: u16,
    pub handler: u16,
    pub catch_type: u16,
}

#[derive(Debug, Clone)]
pub struct Code {
    pub max_stack: u16,
    pub max_locals: u16,
    pub code: Box<[u8]>,
    pub handlers: Vec<ExceptionEntry>,
    /// (start_pc, line_number) pairs from LineNumberTable.
    pub lines: Vec<(u16, u16)>,
    /// LocalVariableTable entries: (start_pc, length, name, slot).
    pub locals: Vec<(u16, u16, Rc<str>, u16)>,
}

#[derive(Debug, Clone)]
pub struct Member {
    pub access: u16,
    pub name: Rc<str>,
    pub desc: Rc<str>,
    pub code: Option<Code>,
    pub constant_value: u16,
    pub signature: u16,
    pub exceptions: Vec<u16>,
}

#[derive(Debug, Clone)]
pub struct InnerClass {
    pub inner: u16,
    pub outer: u16,
    pub name: u16,
    pub access: u16,
}

#[derive(Debug, Clone)]
pub struct BootstrapMethod {
    pub method_ref: u16,
    pub args: Vec<u16>,
}

#[derive(Debug, Clone)]
pub struct ClassFile {
    /// Utf8 constants holding unpaired surrogates (their text has U+FFFD):
    /// (constant index, exact UTF-16 units), for string literals.
    pub lone_surrogates: Vec<(u16, Rc<[u16]>)>,
    pub minor: u16,
    pub major: u16,
    pub cp: Vec<Cp>,
    pub access: u16,
    pub this_class: u16,
    pub super_class: u16,
    pub interfaces: Vec<u16>,
    pub fields: Vec<Member>,
    pub methods: Vec<Member>,
    pub source_file: Option<Rc<str>>,
    pub inner_classes: Vec<InnerClass>,
    pub enclosing_method: Option<(u16, u16)>,
    pub signature: u16,
    pub bootstrap_methods: Vec<BootstrapMethod>,
    pub nest_host: u16,
    pub nest_members: Vec<u16>,
    pub permitted_subclasses: Vec<u16>,
    /// Record components: (name, descriptor).
    pub record: Option<Vec<(u16, u16)>>,
}

/// The compact line-number attribute `mote build` writes into sealed
/// java.base classes in place of `LineNumberTable` (the same entries in the
/// same order): a count, then per entry the differences of start_pc and
/// line from the previous entry's (from 0 and 0), each a zig-zag LEB128
/// varint. Most entries take two bytes instead of four, and LZMA packs them
/// better; other JVMs ignore the attribute.
pub const MOTE_LINE_NUMBERS: &str = "MoteLineNumbers";

pub const ACC_PUBLIC: u16 = 0x0001;
pub const ACC_PRIVATE: u16 = 0x0002;
pub const ACC_STATIC: u16 = 0x0008;
pub const ACC_FINAL: u16 = 0x0010;
pub const ACC_SYNCHRONIZED: u16 = 0x0020;
pub const ACC_NATIVE: u16 = 0x0100;
pub const ACC_INTERFACE: u16 = 0x0200;
pub const ACC_ABSTRACT: u16 = 0x0400;

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn err<T>(&self, msg: &'static str) -> R<T> {
        Err(ClassFormatError {
            offset: self.pos,
            msg,
        })
    }
    fn bytes(&mut self, n: usize) -> R<&'a [u8]> {
        match self.pos.checked_add(n) {
            Some(end) if end <= self.b.len() => {
                let s = &self.b[self.pos..end];
                self.pos = end;
                Ok(s)
            }
            _ => self.err("truncated class file"),
        }
    }
    fn u1(&mut self) -> R<u8> {
        Ok(self.bytes(1)?[0])
    }
    // (u2/u4 out of line: class parsing is cold, and 90 inlined copies
    // with their error paths cost ~3 KB of image)
    #[inline(never)]
    fn u2(&mut self) -> R<u16> {
        let s = self.bytes(2)?;
        Ok(u16::from_be_bytes([s[0], s[1]]))
    }
    #[inline(never)]
    fn u4(&mut self) -> R<u32> {
        let s = self.bytes(4)?;
        Ok(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
    }
    /// An unsigned LEB128 varint of at most 32 bits.
    fn varint(&mut self) -> R<u32> {
        let mut v = 0u32;
        for shift in (0..35).step_by(7) {
            let b = self.u1()?;
            if shift == 28 && b > 0x0f {
                return self.err("varint too large");
            }
            v |= ((b & 0x7f) as u32) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        self.err("varint too long")
    }
    /// `from` plus the zig-zag varint difference that follows, as a u16.
    fn delta_u16(&mut self, from: u16) -> R<u16> {
        let z = self.varint()?;
        let d = (z >> 1) as i64 * if z & 1 == 0 { 1 } else { -1 } - (z & 1) as i64;
        u16::try_from(from as i64 + d).or_else(|_| self.err("line number entry out of range"))
    }
}

/// Decodes JVM "modified UTF-8" (JVMS 4.4.7) into a Rust string; unpaired
/// surrogates become U+FFFD so the result is always valid UTF-8, and the exact
/// UTF-16 units are returned too when that happened.
fn decode_mutf8(b: &[u8]) -> Option<(String, Option<Vec<u16>>)> {
    let mut units: Vec<u16> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == 0 || c >= 0xF0 {
            return None;
        }
        if c < 0x80 {
            units.push(c as u16);
            i += 1;
        } else if c & 0xE0 == 0xC0 {
            let c2 = *b.get(i + 1)?;
            if c2 & 0xC0 != 0x80 {
                return None;
            }
            units.push(((c as u16 & 0x1F) << 6) | (c2 as u16 & 0x3F));
            i += 2;
        } else if c & 0xF0 == 0xE0 {
            let c2 = *b.get(i + 1)?;
            let c3 = *b.get(i + 2)?;
            if c2 & 0xC0 != 0x80 || c3 & 0xC0 != 0x80 {
                return None;
            }
            units.push(((c as u16 & 0x0F) << 12) | ((c2 as u16 & 0x3F) << 6) | (c3 as u16 & 0x3F));
            i += 3;
        } else {
            return None;
        }
    }
    let mut lossy = false;
    let text = char::decode_utf16(units.iter().copied())
        .map(|r| {
            r.unwrap_or_else(|_| {
                lossy = true;
                '\u{FFFD}'
            })
        })
        .collect();
    Some((text, if lossy { Some(units) } else { None }))
}

impl ClassFile {
    /// The exact UTF-16 units of Utf8 constant `idx` when its text is lossy.
    pub fn utf16_exact(&self, idx: u16) -> Option<&Rc<[u16]>> {
        self.lone_surrogates
            .iter()
            .find(|(i, _)| *i == idx)
            .map(|(_, u)| u)
    }
    pub fn utf8(&self, idx: u16) -> Option<&Rc<str>> {
        match self.cp.get(idx as usize) {
            Some(Cp::Utf8(s)) => Some(s),
            _ => None,
        }
    }
    pub fn class_name(&self, idx: u16) -> Option<&Rc<str>> {
        match self.cp.get(idx as usize) {
            Some(Cp::Class(n)) => self.utf8(*n),
            _ => None,
        }
    }
    pub fn name_and_type(&self, idx: u16) -> Option<(&Rc<str>, &Rc<str>)> {
        match self.cp.get(idx as usize) {
            Some(Cp::NameAndType(n, d)) => Some((self.utf8(*n)?, self.utf8(*d)?)),
            _ => None,
        }
    }
    /// (class, name, descriptor) of a Fieldref/Methodref/InterfaceMethodref.
    /// Out of line: used by linking and messages, never by quickened code,
    /// and each inlined copy is ~200 bytes of image.
    #[inline(never)]
    pub fn member_ref(&self, idx: u16) -> Option<(&Rc<str>, &Rc<str>, &Rc<str>)> {
        match self.cp.get(idx as usize) {
            Some(Cp::FieldRef(c, nt))
            | Some(Cp::MethodRef(c, nt))
            | Some(Cp::InterfaceMethodRef(c, nt)) => {
                let (n, d) = self.name_and_type(*nt)?;
                Some((self.class_name(*c)?, n, d))
            }
            _ => None,
        }
    }
    pub fn this_name(&self) -> &Rc<str> {
        // Checked at parse time.
        self.class_name(self.this_class)
            .expect("this_class checked by parse")
    }

    pub fn parse(bytes: &[u8]) -> R<ClassFile> {
        let mut r = Reader { b: bytes, pos: 0 };
        if r.u4()? != 0xCAFE_BABE {
            r.pos = 0;
            return r.err("bad magic");
        }
        let minor = r.u2()?;
        let major = r.u2()?;
        if !(45..=61).contains(&major) {
            r.pos -= 2;
            return r.err("unsupported class file version");
        }
        let count = r.u2()? as usize;
        if count == 0 {
            return r.err("empty constant pool");
        }
        let mut cp = Vec::with_capacity(count);
        let mut lone_surrogates = Vec::new();
        cp.push(Cp::Unusable);
        while cp.len() < count {
            let at = r.pos;
            let tag = r.u1()?;
            let e = match tag {
                1 => {
                    let n = r.u2()? as usize;
                    let start = r.pos;
                    let raw = r.bytes(n)?;
                    match decode_mutf8(raw) {
                        Some((s, units)) => {
                            if let Some(u) = units {
                                lone_surrogates.push((cp.len() as u16, Rc::from(u)));
                            }
                            Cp::Utf8(Rc::from(s))
                        }
                        None => {
                            return Err(ClassFormatError {
                                offset: start,
                                msg: "malformed modified UTF-8",
                            })
                        }
                    }
                }
                3 => Cp::Integer(r.u4()? as i32),
                4 => Cp::Float(f32::from_bits(r.u4()?)),
                5 | 6 => {
                    let hi = r.u4()? as u64;
                    let lo = r.u4()? as u64;
                    let v = (hi << 32) | lo;
                    if cp.len() + 1 >= count {
                        return Err(ClassFormatError {
                            offset: at,
                            msg: "8-byte constant at end of pool",
                        });
                    }
                    cp.push(if tag == 5 {
                        Cp::Long(v as i64)
                    } else {
                        Cp::Double(f64::from_bits(v))
                    });
                    Cp::Unusable
                }
                7 => Cp::Class(r.u2()?),
                8 => Cp::String(r.u2()?),
                9 => Cp::FieldRef(r.u2()?, r.u2()?),
                10 => Cp::MethodRef(r.u2()?, r.u2()?),
                11 => Cp::InterfaceMethodRef(r.u2()?, r.u2()?),
                12 => Cp::NameAndType(r.u2()?, r.u2()?),
                15 => Cp::MethodHandle(r.u1()?, r.u2()?),
                16 => Cp::MethodType(r.u2()?),
                17 => Cp::Dynamic(r.u2()?, r.u2()?),
                18 => Cp::InvokeDynamic(r.u2()?, r.u2()?),
                19 => Cp::Module(r.u2()?),
                20 => Cp::Package(r.u2()?),
                _ => {
                    return Err(ClassFormatError {
                        offset: at,
                        msg: "unknown constant pool tag",
                    })
                }
            };
            cp.push(e);
        }
        let cp_end = r.pos;
        // Cross-check references so later lookups can trust kinds.
        let is = |i: u16, f: fn(&Cp) -> bool| cp.get(i as usize).is_some_and(f);
        let utf = |c: &Cp| matches!(c, Cp::Utf8(_));
        for e in &cp {
            let ok = match *e {
                Cp::Class(n)
                | Cp::String(n)
                | Cp::MethodType(n)
                | Cp::Module(n)
                | Cp::Package(n) => is(n, utf),
                Cp::FieldRef(c, nt) | Cp::MethodRef(c, nt) | Cp::InterfaceMethodRef(c, nt) => {
                    is(c, |x| matches!(x, Cp::Class(_)))
                        && is(nt, |x| matches!(x, Cp::NameAndType(..)))
                }
                Cp::NameAndType(n, d) => is(n, utf) && is(d, utf),
                Cp::MethodHandle(k, i) => {
                    (1..=9).contains(&k)
                        && is(i, |x| {
                            matches!(
                                x,
                                Cp::FieldRef(..) | Cp::MethodRef(..) | Cp::InterfaceMethodRef(..)
                            )
                        })
                }
                Cp::Dynamic(_, nt) | Cp::InvokeDynamic(_, nt) => {
                    is(nt, |x| matches!(x, Cp::NameAndType(..)))
                }
                _ => true,
            };
            if !ok {
                return Err(ClassFormatError {
                    offset: cp_end,
                    msg: "constant pool entry refers to wrong kind",
                });
            }
        }
        let access = r.u2()?;
        let at = r.pos;
        let this_class = r.u2()?;
        let super_class = r.u2()?;
        let mut cf = ClassFile {
            minor,
            major,
            cp,
            access,
            this_class,
            super_class,
            interfaces: Vec::new(),
            fields: Vec::new(),
            methods: Vec::new(),
            source_file: None,
            inner_classes: Vec::new(),
            enclosing_method: None,
            signature: 0,
            bootstrap_methods: Vec::new(),
            nest_host: 0,
            nest_members: Vec::new(),
            permitted_subclasses: Vec::new(),
            record: None,
            lone_surrogates,
        };
        if cf.class_name(this_class).is_none() {
            return Err(ClassFormatError {
                offset: at,
                msg: "this_class is not a Class constant",
            });
        }
        if super_class != 0 && cf.class_name(super_class).is_none() {
            return Err(ClassFormatError {
                offset: at + 2,
                msg: "super_class is not a Class constant",
            });
        }
        let n = r.u2()?;
        for _ in 0..n {
            let at = r.pos;
            let i = r.u2()?;
            if cf.class_name(i).is_none() {
                return Err(ClassFormatError {
                    offset: at,
                    msg: "interface is not a Class constant",
                });
            }
            cf.interfaces.push(i);
        }
        for is_method in [false, true] {
            let n = r.u2()?;
            for _ in 0..n {
                let m = cf.parse_member(&mut r, is_method)?;
                if is_method {
                    cf.methods.push(m)
                } else {
                    cf.fields.push(m)
                }
            }
        }
        let n = r.u2()?;
        for _ in 0..n {
            cf.parse_class_attr(&mut r)?;
        }
        if r.pos != bytes.len() {
            return r.err("extra bytes after class file");
        }
        Ok(cf)
    }

    fn utf8_at(&self, r: &mut Reader) -> R<Rc<str>> {
        let at = r.pos;
        let i = r.u2()?;
        match self.utf8(i) {
            Some(s) => Ok(s.clone()),
            None => Err(ClassFormatError {
                offset: at,
                msg: "expected a Utf8 constant",
            }),
        }
    }

    fn parse_member(&self, r: &mut Reader, is_method: bool) -> R<Member> {
        let access = r.u2()?;
        let name = self.utf8_at(r)?;
        let at = r.pos;
        let desc = self.utf8_at(r)?;
        let ok = if is_method {
            crate::descriptor::MethodDesc::parse(&desc).is_some()
        } else {
            crate::descriptor::field_desc_ok(&desc)
        };
        if !ok {
            return Err(ClassFormatError {
                offset: at,
                msg: "malformed descriptor",
            });
        }
        let mut m = Member {
            access,
            name,
            desc,
            code: None,
            constant_value: 0,
            signature: 0,
            exceptions: Vec::new(),
        };
        let n = r.u2()?;
        for _ in 0..n {
            let name = self.utf8_at(r)?;
            let len = r.u4()? as usize;
            let start = r.pos;
            r.bytes(len)?;
            let mut a = Reader {
                b: bytes_prefix(r.b, start + len),
                pos: start,
            };
            match &*name {
                "Code" if is_method => m.code = Some(self.parse_code(&mut a)?),
                "ConstantValue" if !is_method => m.constant_value = a.u2()?,
                "Signature" => m.signature = a.u2()?,
                "Exceptions" if is_method => {
                    let k = a.u2()?;
                    for _ in 0..k {
                        m.exceptions.push(a.u2()?);
                    }
                }
                _ => a.pos = start + len,
            }
            if a.pos != start + len {
                return Err(ClassFormatError {
                    offset: a.pos,
                    msg: "attribute length mismatch",
                });
            }
        }
        Ok(m)
    }

    fn parse_code(&self, r: &mut Reader) -> R<Code> {
        let max_stack = r.u2()?;
        let max_locals = r.u2()?;
        let at = r.pos;
        let len = r.u4()? as usize;
        if len == 0 || len >= 65536 {
            return Err(ClassFormatError {
                offset: at,
                msg: "bad code length",
            });
        }
        let code: Box<[u8]> = r.bytes(len)?.into();
        let n = r.u2()?;
        let mut handlers = Vec::with_capacity(n as usize);
        for _ in 0..n {
            let at = r.pos;
            let e = ExceptionEntry {
                start: r.u2()?,
                end: r.u2()?,
                handler: r.u2()?,
                catch_type: r.u2()?,
            };
            if e.start >= e.end || e.end as usize > len || e.handler as usize >= len {
                return Err(ClassFormatError {
                    offset: at,
                    msg: "bad exception table entry",
                });
            }
            if e.catch_type != 0 && self.class_name(e.catch_type).is_none() {
                return Err(ClassFormatError {
                    offset: at + 6,
                    msg: "catch type is not a Class constant",
                });
            }
            handlers.push(e);
        }
        let mut lines = Vec::new();
        let mut locals = Vec::new();
        let n = r.u2()?;
        for _ in 0..n {
            let name = self.utf8_at(r)?;
            let alen = r.u4()? as usize;
            let start = r.pos;
            r.bytes(alen)?;
            if &*name == "LineNumberTable" || &*name == MOTE_LINE_NUMBERS {
                let mut a = Reader {
                    b: bytes_prefix(r.b, start + alen),
                    pos: start,
                };
                if &*name == MOTE_LINE_NUMBERS {
                    mote_line_numbers(&mut a, &mut lines)?;
                } else {
                    for _ in 0..a.u2()? {
                        lines.push((a.u2()?, a.u2()?));
                    }
                }
                if a.pos != start + alen {
                    return Err(ClassFormatError {
                        offset: a.pos,
                        msg: "attribute length mismatch",
                    });
                }
            } else if &*name == "LocalVariableTable" {
                let mut a = Reader {
                    b: bytes_prefix(r.b, start + alen),
                    pos: start,
                };
                let k = a.u2()?;
                for _ in 0..k {
                    let (s, l) = (a.u2()?, a.u2()?);
                    let name = self.utf8_at(&mut a)?;
                    let _desc = a.u2()?;
                    locals.push((s, l, name, a.u2()?));
                }
                if a.pos != start + alen {
                    return Err(ClassFormatError {
                        offset: a.pos,
                        msg: "attribute length mismatch",
                    });
                }
            }
        }
        Ok(Code {
            max_stack,
            max_locals,
            code,
            handlers,
            lines,
            locals,
        })
    }

    fn parse_class_attr(&mut self, r: &mut Reader) -> R<()> {
        let name = self.utf8_at(r)?;
        let len = r.u4()? as usize;
        let start = r.pos;
        r.bytes(len)?;
        let mut a = Reader {
            b: bytes_prefix(r.b, start + len),
            pos: start,
        };
        match &*name {
            "SourceFile" => self.source_file = Some(self.utf8_at(&mut a)?),
            "InnerClasses" => {
                let k = a.u2()?;
                for _ in 0..k {
                    self.inner_classes.push(InnerClass {
                        inner: a.u2()?,
                        outer: a.u2()?,
                        name: a.u2()?,
                        access: a.u2()?,
                    });
                }
            }
            "EnclosingMethod" => self.enclosing_method = Some((a.u2()?, a.u2()?)),
            "Signature" => self.signature = a.u2()?,
            "BootstrapMethods" => {
                let k = a.u2()?;
                for _ in 0..k {
                    let at = a.pos;
                    let method_ref = a.u2()?;
                    if !matches!(self.cp.get(method_ref as usize), Some(Cp::MethodHandle(..))) {
                        return Err(ClassFormatError {
                            offset: at,
                            msg: "bootstrap method is not a MethodHandle",
                        });
                    }
                    let nargs = a.u2()?;
                    let mut args = Vec::with_capacity(nargs as usize);
                    for _ in 0..nargs {
                        let at = a.pos;
                        let i = a.u2()?;
                        if i == 0 || i as usize >= self.cp.len() {
                            return Err(ClassFormatError {
                                offset: at,
                                msg: "bad bootstrap argument index",
                            });
                        }
                        args.push(i);
                    }
                    self.bootstrap_methods
                        .push(BootstrapMethod { method_ref, args });
                }
            }
            "NestHost" => self.nest_host = a.u2()?,
            "NestMembers" | "PermittedSubclasses" => {
                let k = a.u2()?;
                let mut v = Vec::with_capacity(k as usize);
                for _ in 0..k {
                    v.push(a.u2()?);
                }
                if &*name == "NestMembers" {
                    self.nest_members = v
                } else {
                    self.permitted_subclasses = v
                }
            }
            "Record" => {
                let k = a.u2()?;
                let mut comps = Vec::with_capacity(k as usize);
                for _ in 0..k {
                    let n = a.u2()?;
                    let d = a.u2()?;
                    let nattr = a.u2()?;
                    for _ in 0..nattr {
                        a.u2()?;
                        let l = a.u4()? as usize;
                        a.bytes(l)?;
                    }
                    comps.push((n, d));
                }
                self.record = Some(comps);
            }
            _ => a.pos = start + len,
        }
        if a.pos != start + len {
            return Err(ClassFormatError {
                offset: a.pos,
                msg: "attribute length mismatch",
            });
        }
        Ok(())
    }
}

/// The class bytes up to `end`, so an attribute's reader cannot run past it.
fn bytes_prefix(b: &[u8], end: usize) -> &[u8] {
    &b[..end.min(b.len())]
}

/// Reads the entries of a [`MOTE_LINE_NUMBERS`] attribute into `lines`.
fn mote_line_numbers(a: &mut Reader, lines: &mut Vec<(u16, u16)>) -> R<()> {
    let (mut pc, mut line) = (0, 0);
    for _ in 0..a.varint()? {
        pc = a.delta_u16(pc)?;
        line = a.delta_u16(line)?;
        lines.push((pc, line));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn lines_of(b: &[u8]) -> R<(Vec<(u16, u16)>, usize)> {
        let mut r = Reader { b, pos: 0 };
        let mut lines = Vec::new();
        mote_line_numbers(&mut r, &mut lines)?;
        Ok((lines, r.pos))
    }

    #[test]
    fn compact_line_numbers_decode_and_bad_ones_are_errors() {
        // 3 entries: (0, 10), (4, 12), (2, 300): deltas (0, +10), (+4, +2),
        // (-2, +288); zig-zag 0 20 / 8 4 / 3 576 (576 = 0xC0 0x04)
        let good = [3, 0, 20, 8, 4, 3, 0xc0, 0x04];
        assert_eq!(
            lines_of(&good),
            Ok((vec![(0, 10), (4, 12), (2, 300)], good.len()))
        );
        // 65535 then one more: out of range
        assert!(lines_of(&[1, 0xfe, 0xff, 0x07, 0]).is_ok());
        assert!(lines_of(&[2, 0xfe, 0xff, 0x07, 0, 2, 0]).is_err());
        // below 0
        assert!(lines_of(&[1, 1, 0]).is_err());
        // truncated, and varints too long or too large
        assert!(lines_of(&[2, 0, 20]).is_err());
        assert!(lines_of(&[1, 0x80, 0x80, 0x80, 0x80, 0x80, 0]).is_err());
        assert!(lines_of(&[1, 0xff, 0xff, 0xff, 0xff, 0x1f, 0]).is_err());
    }
}
