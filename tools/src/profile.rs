//! `mote profile`: where a guest spends its time. Boots the image like
//! `mote run` (console on stdout) with a QEMU monitor on a private Unix
//! socket, samples the vCPU's instruction pointer through the monitor
//! (`stop`, `info registers`, `cont`, about 100 times a second) for the
//! asked number of seconds, stops the guest, and prints the functions the
//! samples fell in, with the image's `.debug` symbols (demangled).
//!
//! Stopping the VM for each sample is what makes the figure honest under
//! TCG: without it, QEMU reports the RIP of the last instruction that
//! synchronised the guest state (a trapping MMIO access, `int`, `iretq`),
//! which credits whole stretches of translated code to those instructions.
//! The cost is a few percent of the guest's speed while sampling.

use crate::elf::Elf;
use crate::qemu::{self, RunOptions};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// What to sample and for how long.
pub struct Profile {
    pub run: RunOptions,
    /// Seconds of sampling, from when the monitor answers (QEMU is up).
    pub seconds: f64,
    /// Rows of the table (the rest are summed into one line).
    pub top: usize,
}

/// Functions sorted by address, for looking RIPs up.
pub struct SymbolMap {
    starts: Vec<(u64, u64, String)>,
}

impl SymbolMap {
    /// The function symbols of the ELF file `debug` (demangled).
    pub fn from_debug_file(debug: &Path) -> Result<SymbolMap, String> {
        let bytes = std::fs::read(debug).map_err(|e| {
            format!(
                "cannot read {}: {e} (profiling needs the symbols `mote build` writes next to the image)",
                debug.display()
            )
        })?;
        let elf = Elf::parse(&bytes).map_err(|e| format!("{}: {e}", debug.display()))?;
        let syms = elf
            .function_symbols()
            .map_err(|e| format!("{}: {e}", debug.display()))?;
        if syms.is_empty() {
            return Err(format!("{} has no function symbols", debug.display()));
        }
        let mut starts: Vec<(u64, u64, String)> = syms
            .into_iter()
            .map(|s| {
                let name = format!("{:#}", rustc_demangle::demangle(&s.name));
                (s.addr, s.size, name)
            })
            .collect();
        starts.sort();
        Ok(SymbolMap { starts })
    }

    /// The function containing `rip`, or None.
    pub fn lookup(&self, rip: u64) -> Option<&str> {
        let i = self.starts.partition_point(|(a, _, _)| *a <= rip);
        let (addr, size, name) = self.starts.get(i.checked_sub(1)?)?;
        (rip < addr + size).then_some(name.as_str())
    }
}

/// A QEMU human-monitor connection.
struct Monitor {
    stream: UnixStream,
}

impl Monitor {
    /// Connects to `path`, waiting up to `wait` for QEMU to create it;
    /// gives up early if `child` ends.
    fn connect(path: &Path, wait: Duration, child: &mut Child) -> Result<Monitor, String> {
        let t0 = Instant::now();
        loop {
            if let Ok(stream) = UnixStream::connect(path) {
                stream
                    .set_read_timeout(Some(Duration::from_secs(5)))
                    .map_err(|e| e.to_string())?;
                let mut m = Monitor { stream };
                m.until_prompt()?;
                return Ok(m);
            }
            if let Ok(Some(st)) = child.try_wait() {
                return Err(format!("QEMU ended ({st}) before its monitor came up"));
            }
            if t0.elapsed() > wait {
                return Err(format!(
                    "QEMU's monitor did not come up at {} within {wait:?}",
                    path.display()
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Reads up to the next `(qemu) ` prompt; Err once the monitor closed.
    fn until_prompt(&mut self) -> Result<String, String> {
        let mut out = Vec::new();
        let mut buf = [0u8; 4096];
        while !out.ends_with(b"(qemu) ") {
            let n = self
                .stream
                .read(&mut buf)
                .map_err(|e| format!("the monitor stopped answering: {e}"))?;
            if n == 0 {
                return Err("the monitor closed (the guest ended)".into());
            }
            out.extend_from_slice(&buf[..n]);
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    fn command(&mut self, c: &str) -> Result<String, String> {
        self.stream
            .write_all(format!("{c}\n").as_bytes())
            .map_err(|e| format!("the monitor closed: {e}"))?;
        self.until_prompt()
    }
}

/// The RIP in `info registers` output.
fn rip_of(registers: &str) -> Option<u64> {
    let at = registers.find("RIP=")? + 4;
    let hex: String = registers[at..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect();
    u64::from_str_radix(&hex, 16).ok()
}

/// Samples by function, most first: (name, samples).
pub fn by_function(rips: &[u64], symbols: &SymbolMap) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for &rip in rips {
        let name = symbols
            .lookup(rip)
            .map(str::to_string)
            .unwrap_or_else(|| "[outside the image's functions]".into());
        *counts.entry(name).or_default() += 1;
    }
    let mut rows: Vec<(String, usize)> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows
}

/// Kills QEMU when sampling ends or fails.
struct Guest(Child);

impl Drop for Guest {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Boots, samples, prints the table; the exit status is 0 once a table is
/// printed.
pub fn run(p: &Profile) -> Result<i32, String> {
    let debug = PathBuf::from(format!("{}.debug", p.run.image.display()));
    let symbols = SymbolMap::from_debug_file(&debug)?;
    let info = qemu::inspect_image(&p.run.image)?;
    let qemu_bin = qemu::qemu_binary()?;
    let accel = qemu::resolve_accel(&qemu_bin, p.run.accel, &p.run.image);
    let memory = p.run.memory_mib.or(info.memory_mib).unwrap_or(64);
    let sock = std::env::temp_dir().join(format!("mote-profile-{}.sock", std::process::id()));
    let _ = std::fs::remove_file(&sock);
    let mut cmd = qemu::qemu_command(&qemu_bin, &p.run, accel, memory);
    cmd.arg("-monitor")
        .arg(format!("unix:{},server,nowait", sock.display()));
    cmd.stdout(Stdio::inherit()).stderr(Stdio::inherit());
    let mut guest = Guest(
        cmd.spawn()
            .map_err(|e| format!("cannot start QEMU ({qemu_bin}): {e}"))?,
    );
    let mut mon = Monitor::connect(&sock, Duration::from_secs(10), &mut guest.0)?;
    let _ = std::fs::remove_file(&sock);
    let mut rips = Vec::new();
    let t0 = Instant::now();
    let mut ended = None;
    while t0.elapsed().as_secs_f64() < p.seconds {
        let sample = (|| {
            mon.command("stop")?;
            let regs = mon.command("info registers")?;
            mon.command("cont")?;
            Ok::<_, String>(rip_of(&regs))
        })();
        match sample {
            Ok(Some(rip)) => rips.push(rip),
            Ok(None) => {}
            Err(e) => {
                ended = Some(e);
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let secs = t0.elapsed().as_secs_f64();
    drop(guest);
    println!();
    if let Some(why) = &ended {
        println!("mote profile: sampling stopped early: {why}");
    }
    if rips.is_empty() {
        return Err("no samples taken".into());
    }
    println!(
        "mote profile: {} samples over {secs:.1} s of {} (functions from {})",
        rips.len(),
        p.run.image.display(),
        debug.display()
    );
    let rows = by_function(&rips, &symbols);
    let pct = |n: usize| 100.0 * n as f64 / rips.len() as f64;
    for (name, n) in rows.iter().take(p.top) {
        let name: String = name.chars().take(120).collect();
        println!("{:6.1}%  {name}", pct(*n));
    }
    if rows.len() > p.top {
        let rest: usize = rows[p.top..].iter().map(|r| r.1).sum();
        println!(
            "{:6.1}%  ({} more functions)",
            pct(rest),
            rows.len() - p.top
        );
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> SymbolMap {
        SymbolMap {
            starts: vec![
                (0x1000, 0x10, "a".into()),
                (0x1010, 0x20, "b".into()),
                (0x2000, 0x8, "c".into()),
            ],
        }
    }

    #[test]
    fn rips_map_to_the_function_that_contains_them() {
        let m = map();
        assert_eq!(m.lookup(0x1000), Some("a"));
        assert_eq!(m.lookup(0x100f), Some("a"));
        assert_eq!(m.lookup(0x1010), Some("b"));
        assert_eq!(m.lookup(0x1030), None); // past b's end
        assert_eq!(m.lookup(0xfff), None);
        assert_eq!(m.lookup(0x2007), Some("c"));
        let rows = by_function(&[0x1000, 0x1011, 0x1012, 0x5000], &m);
        assert_eq!(rows[0], ("b".to_string(), 2));
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn reads_rip_from_info_registers() {
        let regs = "RAX=0000000000000000 RBX=0000000000000001\nRIP=ffffffff8100abcd RFL=00000246 [---Z-P-] CPL=0\n";
        assert_eq!(rip_of(regs), Some(0xffff_ffff_8100_abcd));
        assert_eq!(rip_of("no registers"), None);
    }
}
