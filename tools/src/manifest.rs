//! `mote.toml`, the service manifest: what kind of service a folder holds
//! and how to run it. Unknown keys are errors (a typo must not be ignored).

use serde::Deserialize;
use std::path::Path;

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Rust,
    C,
    Java,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub name: String,
    pub kind: Kind,
    #[serde(default)]
    pub args: Vec<String>,
    /// Guest RAM for `mote run`, e.g. "64M" or "1G".
    #[serde(default = "default_memory")]
    pub memory: String,
    /// A folder (relative to the service folder) sealed into the image as its read-only filesystem.
    pub files: Option<String>,
    /// Java: the main class (e.g. "com.example.Main").
    pub main: Option<String>,
    /// Java: the heap limit, e.g. "32M" (default: half the guest RAM at boot; `-Xmx` on the image command line overrides).
    pub heap: Option<String>,
    /// Link the network stack in. Default: Rust services yes; C services if
    /// their code calls socket functions.
    pub network: Option<bool>,
    /// Link TCP in (with the network stack). Default: yes, except for C
    /// services whose code never calls listen/accept/connect (UDP only) and
    /// Java services that use only `mote.net.Udp`.
    pub tcp: Option<bool>,
    /// Port forwards `mote run` sets up when given the service folder and no
    /// `-p`, e.g. ["udp:8080", "tcp:8081:80"].
    #[serde(default)]
    pub ports: Vec<String>,
    /// Write a compressed image (behind a decompressor stub): smaller, boots
    /// slower by the decompression. `true` or "lz4": LZ4; "lzma": LZMA
    /// (smaller still, slower to decode). Default no; `mote build
    /// --compress[=lzma]` sets it.
    pub compress: Option<Compress>,
}

/// How `mote build` compresses an image.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compress {
    No,
    Lz4,
    Lzma,
}

impl Compress {
    /// "lz4" or "lzma" (the value of `--compress=` and of `compress = "..."`).
    pub fn parse(name: &str) -> Result<Compress, String> {
        match name {
            "lz4" => Ok(Compress::Lz4),
            "lzma" => Ok(Compress::Lzma),
            other => Err(format!(
                "compress {other:?}: use \"lz4\", \"lzma\", true (LZ4) or false"
            )),
        }
    }
}

impl<'de> Deserialize<'de> for Compress {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Value {
            Bool(bool),
            Name(String),
        }
        match Value::deserialize(d)? {
            Value::Bool(b) => Ok(if b { Compress::Lz4 } else { Compress::No }),
            Value::Name(n) => Compress::parse(&n).map_err(serde::de::Error::custom),
        }
    }
}

fn default_memory() -> String {
    "64M".to_string()
}

impl Manifest {
    pub fn load(dir: &Path) -> Result<Manifest, String> {
        let path = dir.join("mote.toml");
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Self::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn parse(text: &str) -> Result<Manifest, String> {
        let m: Manifest = toml::from_str(text).map_err(|e| e.to_string().trim_end().to_string())?;
        if m.name.is_empty()
            || !m
                .name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(format!(
                "name {:?}: use letters, digits, '-' and '_' only",
                m.name
            ));
        }
        parse_memory_mib(&m.memory).map_err(|e| format!("memory: {e}"))?;
        for p in &m.ports {
            crate::qemu::PortForward::parse(p).map_err(|e| format!("ports: {e}"))?;
        }
        Ok(m)
    }

    pub fn memory_mib(&self) -> u32 {
        parse_memory_mib(&self.memory).unwrap_or(64)
    }
}

/// "64M", "64MiB", "1G", "512" (MiB) → MiB.
pub fn parse_memory_mib(s: &str) -> Result<u32, String> {
    let t = s.trim();
    let digits_end = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(digits_end);
    let n: u64 = num
        .parse()
        .map_err(|_| format!("{s:?} is not a size like 64M or 1G"))?;
    let mib = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "M" | "MB" | "MIB" => n,
        "G" | "GB" | "GIB" => n * 1024,
        _ => return Err(format!("{s:?}: unknown unit {unit:?} (use M or G)")),
    };
    if !(16..=65536).contains(&mib) {
        return Err(format!("{s:?}: must be between 16M and 64G"));
    }
    Ok(mib as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_full_manifest() {
        let m = Manifest::parse(
            "name = \"hello\"\nkind = \"rust\"\nargs = [\"a\", \"b c\"]\nmemory = \"1G\"\n",
        )
        .unwrap();
        assert_eq!(m.name, "hello");
        assert_eq!(m.kind, Kind::Rust);
        assert_eq!(m.args, ["a", "b c"]);
        assert_eq!(m.memory_mib(), 1024);
    }

    #[test]
    fn defaults() {
        let m = Manifest::parse("name = \"x\"\nkind = \"c\"").unwrap();
        assert_eq!(m.memory_mib(), 64);
        assert!(m.args.is_empty());
        assert_eq!(m.compress, None);
        let m = Manifest::parse("name = \"x\"\nkind = \"c\"\ncompress = true").unwrap();
        assert_eq!(m.compress, Some(Compress::Lz4));
        let with =
            |v: &str| Manifest::parse(&format!("name = \"x\"\nkind = \"c\"\ncompress = {v}"));
        assert_eq!(with("false").unwrap().compress, Some(Compress::No));
        assert_eq!(with("\"lz4\"").unwrap().compress, Some(Compress::Lz4));
        assert_eq!(with("\"lzma\"").unwrap().compress, Some(Compress::Lzma));
        assert!(with("\"zstd\"").unwrap_err().contains("\"lzma\""));
        assert!(with("3").is_err());
    }

    #[test]
    fn ports_are_checked() {
        let m =
            Manifest::parse("name = \"x\"\nkind = \"c\"\nports = [\"udp:8080\", \"tcp:8081:80\"]")
                .unwrap();
        assert_eq!(m.ports, ["udp:8080", "tcp:8081:80"]);
        let e = Manifest::parse("name = \"x\"\nkind = \"c\"\nports = [\"sctp:1\"]").unwrap_err();
        assert!(e.starts_with("ports: port forward \"sctp:1\""), "{e}");
    }

    #[test]
    fn clear_errors() {
        let e = Manifest::parse("name = \"x\"\nkind = \"cobol\"").unwrap_err();
        assert!(e.contains("unknown variant") && e.contains("cobol"), "{e}");
        let e = Manifest::parse("name = \"x\"\nkind = \"rust\"\nmemroy = \"64M\"").unwrap_err();
        assert!(e.contains("unknown field") && e.contains("memroy"), "{e}");
        let e = Manifest::parse("kind = \"rust\"").unwrap_err();
        assert!(e.contains("missing field") && e.contains("name"), "{e}");
        let e = Manifest::parse("name = \"a b\"\nkind = \"rust\"").unwrap_err();
        assert!(e.contains("letters, digits"), "{e}");
        let e = Manifest::parse("name = \"x\"\nkind = \"rust\"\nmemory = \"12X\"").unwrap_err();
        assert!(e.contains("unknown unit"), "{e}");
        assert!(Manifest::parse("name = ").is_err());
    }

    #[test]
    fn memory_sizes() {
        assert_eq!(parse_memory_mib("64M"), Ok(64));
        assert_eq!(parse_memory_mib("64MiB"), Ok(64));
        assert_eq!(parse_memory_mib("2g"), Ok(2048));
        assert_eq!(parse_memory_mib("256"), Ok(256));
        assert!(parse_memory_mib("8M").is_err());
        assert!(parse_memory_mib("M").is_err());
        assert!(parse_memory_mib("").is_err());
    }
}
