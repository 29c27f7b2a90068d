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

/// Splits `s` into words, honouring double quotes (which are removed when
/// they enclose a whole word; a word with an unterminated quote runs to the end).
pub struct Words<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest.trim_start();
        if s.is_empty() {
            self.rest = s;
            return None;
        }
        if let Some(body) = s.strip_prefix('"') {
            let end = body.find('"').unwrap_or(body.len());
            self.rest = body.get(end + 1..).unwrap_or("");
            return Some(&body[..end]);
        }
        let end = s.find(|c: char| c.is_ascii_whitespace()).unwrap_or(s.len());
        self.rest = &s[end..];
        Some(&s[..end])
    }
}

pub fn words(s: &str) -> Words<'_> {
    Words { rest: s }
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
    pub fn options(&self) -> impl Iterator<Item = Opt<'a>> {
        words(self.raw)
            .take_while(|w| *w != "--")
            .map(|w| match w.split_once('=') {
                Some((key, value)) => Opt { key, value },
                None => Opt { key: w, value: "" },
            })
    }

    /// The last value given for `key`.
    pub fn get(&self, key: &str) -> Option<&'a str> {
        self.options()
            .filter(|o| o.key == key)
            .last()
            .map(|o| o.value)
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
        self.options().filter(move |o| {
            !o.key.starts_with("-X")
                && !known
                    .iter()
                    .any(|k| *k == o.key || (k.ends_with('.') && o.key.starts_with(k)))
        })
    }

    /// Whether the command line has a `--` (then it sets the app's arguments).
    pub fn has_app_args(&self) -> bool {
        words(self.raw).any(|w| w == "--")
    }

    /// The app's arguments (words after the first `--`).
    pub fn app_args(&self) -> impl Iterator<Item = &'a str> {
        words(self.raw).skip_while(|w| *w != "--").skip(1)
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
}
