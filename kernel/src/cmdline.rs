//! The kernel command line: whitespace-separated words, `"quoted words"`
//! allowed. Words before `--` are kernel options (`key=value`, or a bare
//! `key` meaning an empty value); words after `--` are the app's arguments.
//! Words before `--` that start with `-X` (like `-Xmx32m`) are options for the
//! language runtime the service runs on (the JVM); the kernel only passes them on.
//! No allocation: everything borrows from the command-line string.

/// Option keys the kernel and its subsystems understand. Others get a warning.
pub const KNOWN_KEYS: &[&str] = &[
    "log",                // log level: error|warn|info|debug
    "mote.probe",         // accelerator probe: print a marker and exit 0 before the app
    "tsc.calib_us",       // TSC calibration window against the PIT, in microseconds
    "virtio_mmio.device", // added by QEMU microvm for each virtio-mmio device
    "console",            // accepted for compatibility with Linux-style command lines
    "sched.slice_ms",     // scheduler time slice in milliseconds (default 10)
    "sched.ps",           // print the thread table when the VM exits
    "ip",                 // static IPv4 address A.B.C.D/N (default: DHCP)
    "gw",                 // default gateway with a static ip=
    "net.log",            // print every frame's decoded headers
    "net.pcap",           // write a pcap stream of every frame to COM2
    "net.dhcp_ms",        // how long boot waits for a DHCP address (default 3000)
    "xen.timer", // on Xen: singleshot (default, VIRQ_TIMER) or lapic (the emulated LAPIC timer)
    "env.",      // env.NAME=value: an environment variable for the service (a prefix)
];

/// One word of the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opt<'a> {
    pub key: &'a str,
    pub value: &'a str,
}

// Everything below scans bytes: the separators (ASCII whitespace, `"`, `=`)
// are ASCII, so every cut falls on a character boundary. It runs before
// the app on every boot, and under an emulator (QEMU's TCG) each distinct
// instruction costs about a microsecond the first time it runs, so this is
// kept to plain loops (no `char` searchers, iterator adaptors or `parse`).

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}

/// Splits `s` into words at ASCII whitespace, honouring double quotes (which
/// are removed when they enclose a whole word; a word with an unterminated
/// quote runs to the end).
#[derive(Clone)]
pub struct Words<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let (s, b) = (self.rest, self.rest.as_bytes());
        let mut i = 0;
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        if i == b.len() {
            self.rest = "";
            return None;
        }
        let quoted = b[i] == b'"';
        let start = i + quoted as usize;
        let mut end = start;
        while end < b.len()
            && (if quoted {
                b[end] != b'"'
            } else {
                !is_space(b[end])
            })
        {
            end += 1;
        }
        // a closing quote is consumed; whitespace after a word is skipped next time
        self.rest = s.get(end + quoted as usize..).unwrap_or("");
        s.get(start..end)
    }
}

pub fn words(s: &str) -> Words<'_> {
    Words { rest: s }
}

/// Puts the first words of `w` into `out`; returns how many (at most `out.len()`).
#[inline(never)]
pub fn fill<'a>(w: Words<'a>, out: &mut [core::mem::MaybeUninit<&'a str>]) -> usize {
    let mut n = 0;
    for word in w {
        match out.get_mut(n) {
            Some(slot) => {
                slot.write(word);
                n += 1;
            }
            None => break,
        }
    }
    n
}

/// `key=value` split at the first `=`; a bare word is a key with an empty value.
fn split_opt(w: &str) -> Opt<'_> {
    let b = w.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i] != b'=' {
        i += 1;
    }
    Opt {
        key: w.get(..i).unwrap_or(w),
        value: w.get(i + 1..).unwrap_or(""),
    }
}

/// The kernel options of a command line (words before the first `--`).
pub struct Options<'a> {
    words: Words<'a>,
}

impl<'a> Iterator for Options<'a> {
    type Item = Opt<'a>;
    fn next(&mut self) -> Option<Opt<'a>> {
        let w = self.words.next()?;
        if w == "--" {
            self.words.rest = "";
            return None;
        }
        Some(split_opt(w))
    }
}

/// A decimal number without sign or spaces (None when empty, not a
/// number or above `u64::MAX`).
pub fn parse_u64(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let mut v: u64 = 0;
    for &b in s.as_bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        v = v.checked_mul(10)?.checked_add((b - b'0') as u64)?;
    }
    Some(v)
}

/// Whether `key` is one of `known` (entries ending in '.' are prefixes).
pub fn is_known(key: &str, known: &[&str]) -> bool {
    let key = key.as_bytes();
    for k in known {
        let k = k.as_bytes();
        if key == k || (k.last() == Some(&b'.') && key.starts_with(k)) {
            return true;
        }
    }
    false
}

#[derive(Clone, Copy)]
pub struct CommandLine<'a> {
    raw: &'a str,
}

impl<'a> CommandLine<'a> {
    pub fn new(raw: &'a str) -> Self {
        CommandLine { raw }
    }

    pub fn raw(&self) -> &'a str {
        self.raw
    }

    /// Kernel options, in order (words before `--`).
    pub fn options(&self) -> Options<'a> {
        Options {
            words: words(self.raw),
        }
    }

    /// The last value given for `key`.
    pub fn get(&self, key: &str) -> Option<&'a str> {
        let mut found = None;
        for o in self.options() {
            if o.key == key {
                found = Some(o.value);
            }
        }
        found
    }

    /// Whether `key` is set to something other than `0`/`false`/`off`/`no`.
    pub fn flag(&self, key: &str) -> bool {
        self.get(key)
            .is_some_and(|v| !matches!(v, "0" | "false" | "off" | "no"))
    }

    /// Language-runtime options (`-X...` words before `--`), in order.
    pub fn runtime_options(&self) -> impl Iterator<Item = &'a str> {
        words(self.raw)
            .take_while(|w| *w != "--")
            .filter(|w| w.starts_with("-X"))
    }

    /// Options whose key is not in `known` (entries ending in '.' are prefixes);
    /// runtime options (`-X...`) are never unknown.
    pub fn unknown<'k>(&self, known: &'k [&'k str]) -> impl Iterator<Item = Opt<'a>> + 'k
    where
        'a: 'k,
    {
        self.options()
            .filter(move |o| !o.key.starts_with("-X") && !is_known(o.key, known))
    }

    /// Whether the command line has a `--` (then it sets the app's arguments).
    pub fn has_app_args(&self) -> bool {
        self.app_words().is_some()
    }

    /// The words after the first `--`, if there is one.
    fn app_words(&self) -> Option<Words<'a>> {
        let mut w = words(self.raw);
        loop {
            if w.next()? == "--" {
                return Some(w);
            }
        }
    }

    /// The app's arguments (words after the first `--`).
    pub fn app_args(&self) -> Words<'a> {
        self.app_args_or("")
    }

    /// The app's arguments: the words after the first `--`, or the words of
    /// `defaults` when there is no `--`.
    #[inline(never)]
    pub fn app_args_or(&self, defaults: &'a str) -> Words<'a> {
        self.app_words().unwrap_or(words(defaults))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_options_pass_through() {
        let c = CommandLine::new("log=info -Xmx32m -Xss1m bogus -- -Xapp arg");
        let rt: Vec<_> = c.runtime_options().collect();
        assert_eq!(rt, ["-Xmx32m", "-Xss1m"]);
        let unknown: Vec<_> = c.unknown(KNOWN_KEYS).map(|o| o.key).collect();
        assert_eq!(unknown, ["bogus"]);
        assert_eq!(c.app_args().collect::<Vec<_>>(), ["-Xapp", "arg"]);
    }

    #[test]
    fn options_and_flags() {
        let c = CommandLine::new("log=debug  ps tsc.calib_us=500 log=warn");
        let opts: Vec<_> = c.options().collect();
        assert_eq!(opts.len(), 4);
        assert_eq!(
            opts[1],
            Opt {
                key: "ps",
                value: ""
            }
        );
        assert_eq!(c.get("log"), Some("warn"), "last value wins");
        assert_eq!(c.get("tsc.calib_us"), Some("500"));
        assert_eq!(c.get("nope"), None);
        assert!(!c.has_app_args());
        assert_eq!(c.app_args().count(), 0);
    }

    #[test]
    fn flag_values() {
        let c = CommandLine::new("a b=1 c=0 d=off e=yes");
        assert!(c.flag("a"));
        assert!(c.flag("b"));
        assert!(!c.flag("c"));
        assert!(!c.flag("d"));
        assert!(c.flag("e"));
        assert!(!c.flag("z"));
    }

    #[test]
    fn app_args_after_double_dash() {
        let c = CommandLine::new("log=info -- null x=1 -- y");
        assert!(c.has_app_args());
        assert_eq!(c.options().count(), 1);
        assert_eq!(c.app_args().collect::<Vec<_>>(), ["null", "x=1", "--", "y"]);
        let empty = CommandLine::new("log=info --");
        assert!(empty.has_app_args());
        assert_eq!(empty.app_args().count(), 0);
    }

    #[test]
    fn quotes_and_whitespace() {
        let c =
            CommandLine::new("  greeting=\"x\" -- \"hello world\"\t\"\" tail \"unterminated rest");
        assert_eq!(
            c.get("greeting"),
            Some("\"x\""),
            "quotes only group whole words"
        );
        assert_eq!(
            c.app_args().collect::<Vec<_>>(),
            ["hello world", "", "tail", "unterminated rest"]
        );
        assert_eq!(CommandLine::new("").options().count(), 0);
        assert_eq!(CommandLine::new("   \t ").options().count(), 0);
    }

    #[test]
    fn unknown_keys_are_reported() {
        let c = CommandLine::new(
            "log=debug bogus=1 virtio_mmio.device=512@0xfeb00e00:12 other -- bogus2=1",
        );
        let unknown: Vec<_> = c.unknown(KNOWN_KEYS).map(|o| o.key).collect();
        assert_eq!(unknown, ["bogus", "other"]);
    }

    #[test]
    fn value_may_contain_equals() {
        let c = CommandLine::new("ip=10.0.0.2/24 k=a=b");
        assert_eq!(c.get("k"), Some("a=b"));
        assert_eq!(c.get("ip"), Some("10.0.0.2/24"));
    }

    #[test]
    fn bad_and_odd_input() {
        // a lone quote, `=` alone, an empty key, an empty value
        let c = CommandLine::new("\" =  =x k= \u{a0}a\u{2003}=\u{e9}");
        let opts: Vec<_> = c.options().collect();
        assert_eq!(opts.len(), 1, "an unterminated quote swallows the rest");
        assert_eq!(opts[0].key, " ");
        assert_eq!(opts[0].value, "  =x k= \u{a0}a\u{2003}=\u{e9}");
        let c = CommandLine::new("= =x k= \u{a0}a\u{2003}=\u{e9}");
        let opts: Vec<_> = c.options().map(|o| (o.key, o.value)).collect();
        assert_eq!(
            opts,
            [
                ("", ""),
                ("", "x"),
                ("k", ""),
                ("\u{a0}a\u{2003}", "\u{e9}") // only ASCII whitespace separates words
            ]
        );
        assert_eq!(c.get("k"), Some(""));
        assert!(c.flag("k"), "a bare or empty value is set");
        // "--" in quotes still separates; a quoted empty word is a word
        let c = CommandLine::new("a \"--\" \"\" b");
        assert_eq!(c.app_args().collect::<Vec<_>>(), ["", "b"]);
        // control bytes other than ASCII whitespace are word characters
        let c = CommandLine::new("a\x01b=\x7f\x0bc");
        assert_eq!(c.get("a\x01b"), Some("\x7f\x0bc"));
        // a long line with many words
        let long: String = (0..2000).map(|i| format!("k{i}={i} ")).collect();
        let c = CommandLine::new(&long);
        assert_eq!(c.options().count(), 2000);
        assert_eq!(c.get("k1999"), Some("1999"));
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_u64("0"), Some(0));
        assert_eq!(parse_u64("1000"), Some(1000));
        assert_eq!(parse_u64("18446744073709551615"), Some(u64::MAX));
        for bad in [
            "",
            "18446744073709551616",
            "99999999999999999999",
            "-1",
            "+1",
            " 1",
            "1 ",
            "1e3",
            "0x10",
            "١",
        ] {
            assert_eq!(parse_u64(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn known_keys_and_prefixes() {
        assert!(is_known("log", KNOWN_KEYS));
        assert!(is_known("env.HOME", KNOWN_KEYS));
        assert!(is_known("env.", KNOWN_KEYS));
        assert!(!is_known("env", KNOWN_KEYS));
        assert!(!is_known("lo", KNOWN_KEYS));
        assert!(!is_known("logx", KNOWN_KEYS));
        assert!(!is_known("", KNOWN_KEYS));
        assert!(!is_known("x", &[]));
    }
}
