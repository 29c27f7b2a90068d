//! Network namespaces with a tap interface, for the tap benchmark and the
//! tap boot tests: QEMU runs inside the namespace (`ip netns exec`), host
//! clients run on a thread that joined it (`setns`), and nothing touches
//! the host's own interfaces. Dropping a `NetNs` deletes the namespace
//! and the tap with it. Needs root and /dev/net/tun.

use std::process::Command;

pub struct NetNs {
    pub name: String,
    pub tap: String,
}

fn ip(args: &[&str]) -> Result<(), String> {
    let out = Command::new("ip")
        .args(args)
        .output()
        .map_err(|e| format!("cannot run ip: {e} (install iproute2)"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "ip {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

impl NetNs {
    /// Creates namespace `name` with tap `tap` holding `host_cidr` (e.g. 10.77.0.1/24), up.
    pub fn create(name: &str, tap: &str, host_cidr: &str) -> Result<NetNs, String> {
        let _ = ip(&["netns", "del", name]); // a leftover from a killed run
        ip(&["netns", "add", name])?;
        let ns = NetNs {
            name: name.into(),
            tap: tap.into(),
        };
        ip(&["-n", name, "tuntap", "add", "dev", tap, "mode", "tap"])?;
        ip(&["-n", name, "addr", "add", host_cidr, "dev", tap])?;
        ip(&["-n", name, "link", "set", tap, "up"])?;
        ip(&["-n", name, "link", "set", "lo", "up"])?;
        Ok(ns)
    }

    /// A command that runs `program` inside the namespace.
    pub fn command(&self, program: &str) -> Command {
        let mut c = Command::new("ip");
        c.args(["netns", "exec", &self.name, program]);
        c
    }

    /// Moves the calling thread into the namespace (its sockets live there).
    pub fn enter_current_thread(&self) -> Result<(), String> {
        use std::os::fd::AsRawFd;
        let f = std::fs::File::open(format!("/var/run/netns/{}", self.name))
            .map_err(|e| format!("open netns {}: {e}", self.name))?;
        // SAFETY: setns on a namespace fd we opened; affects only this thread.
        let r = unsafe { libc::setns(f.as_raw_fd(), libc::CLONE_NEWNET) };
        if r != 0 {
            return Err(format!("setns: {}", std::io::Error::last_os_error()));
        }
        Ok(())
    }

    /// Sends raw Ethernet frames out of the tap (towards the guest), from a
    /// thread inside the namespace (used by the tap boot tests).
    #[allow(dead_code)]
    pub fn send_raw(&self, frames: Vec<Vec<u8>>) -> Result<(), String> {
        let name = self.name.clone();
        let tap = self.tap.clone();
        let ns = NetNs {
            name: name.clone(),
            tap: tap.clone(),
        };
        let r = std::thread::spawn(move || -> Result<(), String> {
            ns.enter_current_thread()?;
            std::mem::forget(ns); // its Drop would delete the namespace
            let cname = std::ffi::CString::new(tap).unwrap();
            // SAFETY: plain libc calls with valid arguments; the fd is closed below.
            unsafe {
                let ifindex = libc::if_nametoindex(cname.as_ptr());
                if ifindex == 0 {
                    return Err("if_nametoindex failed".into());
                }
                let fd = libc::socket(
                    libc::AF_PACKET,
                    libc::SOCK_RAW,
                    (libc::ETH_P_ALL as u16).to_be() as i32,
                );
                if fd < 0 {
                    return Err(format!(
                        "AF_PACKET socket: {}",
                        std::io::Error::last_os_error()
                    ));
                }
                let mut addr: libc::sockaddr_ll = std::mem::zeroed();
                addr.sll_family = libc::AF_PACKET as u16;
                addr.sll_ifindex = ifindex as i32;
                addr.sll_halen = 6;
                for f in &frames {
                    addr.sll_addr[..6].copy_from_slice(&f[..6.min(f.len())]);
                    let n = libc::sendto(
                        fd,
                        f.as_ptr() as *const libc::c_void,
                        f.len(),
                        0,
                        &addr as *const libc::sockaddr_ll as *const libc::sockaddr,
                        std::mem::size_of::<libc::sockaddr_ll>() as u32,
                    );
                    if n < 0 {
                        let e = std::io::Error::last_os_error();
                        libc::close(fd);
                        return Err(format!("sendto: {e}"));
                    }
                }
                libc::close(fd);
            }
            Ok(())
        })
        .join()
        .map_err(|_| "raw sender panicked".to_string())?;
        let _ = name;
        r
    }
}

impl Drop for NetNs {
    fn drop(&mut self) {
        let _ = ip(&["netns", "del", &self.name]);
    }
}
