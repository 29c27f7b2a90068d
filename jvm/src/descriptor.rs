//! Field and method descriptors (JVMS 4.3): parsing into the few facts the VM needs.

use alloc::vec::Vec;

/// The kind of a value as the VM stores it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Boolean,
    Byte,
    Char,
    Short,
    Int,
    Long,
    Float,
    Double,
    Ref,
    Void,
}

impl Kind {
    pub fn from_char(c: u8) -> Option<Kind> {
        Some(match c {
            b'Z' => Kind::Boolean,
            b'B' => Kind::Byte,
            b'C' => Kind::Char,
            b'S' => Kind::Short,
            b'I' => Kind::Int,
            b'J' => Kind::Long,
            b'F' => Kind::Float,
            b'D' => Kind::Double,
            b'L' | b'[' => Kind::Ref,
            b'V' => Kind::Void,
            _ => return None,
        })
    }
    /// JVM slots the value takes in locals and on the verifier's stack.
    pub fn slots(self) -> usize {
        match self {
            Kind::Long | Kind::Double => 2,
            Kind::Void => 0,
            _ => 1,
        }
    }
}

/// Length of the field type starting at `s[0]`, or None when malformed.
fn field_len(s: &[u8]) -> Option<usize> {
    let mut i = 0;
    while s.get(i) == Some(&b'[') {
        i += 1;
        if i > 255 {
            return None;
        }
    }
    match *s.get(i)? {
        b'L' => {
            let end = s[i..].iter().position(|&c| c == b';')?;
            if end <= 1 || s[i + 1..i + end].iter().any(|&c| c == b'.' || c == b'[') {
                return None;
            }
            Some(i + end + 1)
        }
        b'V' => None,
        c => Kind::from_char(c).map(|_| i + 1),
    }
}

pub fn field_desc_ok(d: &str) -> bool {
    field_len(d.as_bytes()) == Some(d.len())
}

/// A parsed method descriptor.
#[derive(Debug, Clone)]
pub struct MethodDesc {
    pub args: Vec<Kind>,
    pub ret: Kind,
    /// Argument slots (long/double count 2), excluding any receiver.
    pub arg_slots: usize,
}

impl MethodDesc {
    pub fn parse(d: &str) -> Option<MethodDesc> {
        let b = d.as_bytes();
        if b.first() != Some(&b'(') {
            return None;
        }
        let mut i = 1;
        let mut args = Vec::new();
        let mut slots = 0;
        while *b.get(i)? != b')' {
            let n = field_len(&b[i..])?;
            let k = Kind::from_char(b[i])?;
            slots += k.slots();
            args.push(k);
            i += n;
        }
        i += 1;
        let ret = if b.get(i) == Some(&b'V') {
            if i + 1 != b.len() {
                return None;
            }
            Kind::Void
        } else {
            let n = field_len(&b[i..])?;
            if i + n != b.len() {
                return None;
            }
            Kind::from_char(b[i])?
        };
        if slots > 255 {
            return None;
        }
        Some(MethodDesc {
            args,
            ret,
            arg_slots: slots,
        })
    }
}

/// The argument type descriptors of a method descriptor, as strings.
pub fn arg_types(d: &str) -> Vec<&str> {
    let b = d.as_bytes();
    let mut v = Vec::new();
    let mut i = 1;
    while i < b.len() && b[i] != b')' {
        let n = field_len(&b[i..]).unwrap_or(b.len() - i);
        v.push(&d[i..i + n]);
        i += n;
    }
    v
}

/// The return type descriptor of a method descriptor.
pub fn ret_type(d: &str) -> &str {
    match d.find(')') {
        Some(i) => &d[i + 1..],
        None => "V",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_descriptors() {
        let m = MethodDesc::parse("(IJ[Ljava/lang/String;D)V").unwrap();
        assert_eq!(m.args, [Kind::Int, Kind::Long, Kind::Ref, Kind::Double]);
        assert_eq!(m.arg_slots, 6);
        assert_eq!(m.ret, Kind::Void);
        assert_eq!(
            arg_types("(IJ[Ljava/lang/String;D)V"),
            ["I", "J", "[Ljava/lang/String;", "D"]
        );
        assert_eq!(ret_type("()[[I"), "[[I");
        for bad in [
            "",
            "I",
            "(V)V",
            "(L;)V",
            "(Ljava/lang/String)V",
            "()",
            "()VV",
            "(I)X",
            "(La.b;)V",
        ] {
            assert!(MethodDesc::parse(bad).is_none(), "{bad}");
        }
        assert!(field_desc_ok("[[J") && !field_desc_ok("V") && !field_desc_ok("Lx;y"));
    }
}
