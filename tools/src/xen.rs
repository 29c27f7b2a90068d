//! Xen for `mote`: `mote xl IMAGE` prints an xl domain config for a Mote
//! image (a PVH guest), `mote run --xen IMAGE` boots it with `xl create -c`
//! on a Xen host and returns the guest's exit status.
//!
//! Xen has no exit code for a domain: the kernel prints
//! `mote: exit status N (poweroff|crash)` on the PV console just before
//! SCHEDOP_shutdown, and `run` reads it from the console stream.
//! Not here: the test harness that runs real Xen inside QEMU
//! (`scripts/xen/`).

use crate::qemu::{self, RunOptions};
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};

/// What goes into an xl config.
pub struct XlConfig {
    pub name: String,
    pub kernel: String,
    pub memory_mib: u32,
    pub extra: String,
    /// A network interface on this dom0 bridge (`vif = [ 'bridge=NAME' ]`).
    pub bridge: Option<String>,
}

/// A domain name from the image file name: letters, digits, `-`, `_`.
pub fn domain_name(image: &Path) -> String {
    crate::name_from_stem(image, "mote")
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

impl XlConfig {
    /// The config for `image` (checked to be a Mote image): memory from
    /// `memory_mib`, else the image's manifest, else 64 MiB.
    pub fn for_image(
        image: &Path,
        memory_mib: Option<u32>,
        extra: &str,
    ) -> Result<XlConfig, String> {
        let info = qemu::inspect_image(image)?;
        let kernel = std::fs::canonicalize(image)
            .map_err(|e| format!("{}: {e}", image.display()))?
            .to_string_lossy()
            .into_owned();
        Ok(XlConfig {
            name: domain_name(image),
            kernel,
            memory_mib: memory_mib.or(info.memory_mib).unwrap_or(64),
            extra: extra.to_string(),
            bridge: None,
        })
    }

    pub fn render(&self) -> String {
        let mut s = String::new();
        s.push_str("# Mote image as a Xen PVH guest: xl create -c THIS_FILE\n");
        s.push_str(&format!("name = {}\n", quote(&self.name)));
        s.push_str("type = \"pvh\"\n");
        s.push_str(&format!("kernel = {}\n", quote(&self.kernel)));
        s.push_str(&format!("memory = {}\n", self.memory_mib));
        s.push_str("vcpus = 1\n");
        if !self.extra.is_empty() {
            s.push_str(&format!("extra = {}\n", quote(&self.extra)));
        }
        if let Some(b) = &self.bridge {
            s.push_str(&format!("vif = [ 'bridge={b}' ]\n"));
        }
        s.push_str("on_poweroff = \"destroy\"\n");
        s.push_str("on_reboot = \"destroy\"\n");
        s.push_str("on_crash = \"destroy\"\n");
        s
    }
}

/// `mote xl IMAGE [-m SIZE] [--append CMDLINE] [--bridge NAME]`: prints the config.
pub fn cmd_xl(args: &[String]) -> Result<i32, String> {
    let (mut image, mut memory, mut append) = (None, None, String::new());
    let mut bridge = None;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        let mut val = || {
            i += 1;
            args.get(i)
                .cloned()
                .ok_or_else(|| format!("{a} needs a value"))
        };
        match a {
            "-m" | "--memory" => memory = Some(crate::manifest::parse_memory_mib(&val()?)?),
            "--append" => append = val()?,
            "--bridge" => bridge = Some(val()?),
            _ if a.starts_with('-') => return Err(format!("xl: unknown option {a}")),
            _ if image.is_none() => image = Some(a.to_string()),
            _ => return Err(format!("xl: unexpected argument {a}")),
        }
        i += 1;
    }
    let image = image.ok_or("xl: which image? (mote xl IMAGE > guest.cfg)")?;
    let mut cfg = XlConfig::for_image(Path::new(&image), memory, &append)?;
    if let Some(b) = bridge {
        if b.is_empty()
            || !b
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        {
            return Err(format!("xl: --bridge {b:?}: not an interface name"));
        }
        cfg.bridge = Some(b);
    }
    print!("{}", cfg.render());
    Ok(0)
}

/// The exit status in a console line `mote: exit status N (...)`.
pub fn exit_status_in(line: &str) -> Option<i32> {
    let rest = &line[line.find("mote: exit status ")? + "mote: exit status ".len()..];
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

/// `mote run --xen IMAGE`: `xl create -c` with a generated config; the
/// console goes to stdout; returns the guest's exit status (125 if the
/// console ended without one).
pub fn run(opts: &RunOptions) -> Result<i32, String> {
    let xl_ok = Command::new("xl")
        .arg("help")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !xl_ok {
        return Err(
            "run --xen: no `xl` here (run it on a Xen dom0; on this machine use scripts/xen/run.sh, which boots Xen inside QEMU)"
                .into(),
        );
    }
    if !opts.ports.is_empty() || opts.gdb.is_some() {
        return Err("run --xen: -p and --gdb are QEMU options (use a vif in the xl config)".into());
    }
    let cfg = XlConfig::for_image(&opts.image, opts.memory_mib, &opts.append)?;
    let path = std::env::temp_dir().join(format!("mote-{}-{}.cfg", cfg.name, std::process::id()));
    std::fs::write(&path, cfg.render()).map_err(|e| format!("{}: {e}", path.display()))?;
    crate::progress(&format!("xl create -c {}", path.display()));
    let mut child = Command::new("xl")
        .arg("create")
        .arg("-c")
        .arg(&path)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("xl create: {e}"))?;
    let mut out = child.stdout.take().expect("piped");
    let (mut status, mut line, mut buf) = (None, String::new(), [0u8; 4096]);
    let stdout = std::io::stdout();
    loop {
        let n = match out.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let _ = stdout.lock().write_all(&buf[..n]);
        for &b in &buf[..n] {
            if b == b'\n' {
                status = exit_status_in(&line).or(status);
                line.clear();
            } else if b != b'\r' {
                line.push(b as char);
            }
        }
    }
    let xl = child.wait().map_err(|e| format!("xl create: {e}"))?;
    let _ = std::fs::remove_file(&path);
    match status {
        Some(s) => Ok(s),
        None if !xl.success() => Err(format!("xl create failed ({xl})")),
        None => {
            crate::progress("the console ended without an exit status");
            Ok(125)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_has_the_pvh_fields() {
        let c = XlConfig {
            name: "hello".into(),
            kernel: "/x/hello.mote".into(),
            memory_mib: 64,
            extra: "log=debug -- a \"b\"".into(),
            bridge: Some("xenbr0".into()),
        };
        let s = c.render();
        for want in [
            "name = \"hello\"\n",
            "type = \"pvh\"\n",
            "kernel = \"/x/hello.mote\"\n",
            "memory = 64\n",
            "vcpus = 1\n",
            "extra = \"log=debug -- a \\\"b\\\"\"\n",
            "on_crash = \"destroy\"\n",
            "vif = [ 'bridge=xenbr0' ]\n",
        ] {
            assert!(s.contains(want), "{want:?} missing in\n{s}");
        }
    }

    #[test]
    fn names_and_statuses() {
        assert_eq!(domain_name(Path::new("/a/my app.mote")), "my-app");
        assert_eq!(exit_status_in("mote: exit status 42 (poweroff)"), Some(42));
        assert_eq!(
            exit_status_in("[x] mote: exit status 101 (crash)"),
            Some(101)
        );
        assert_eq!(exit_status_in("hello"), None);
    }
}
