//! Networking: IPv4 over Ethernet with smoltcp, on the first NIC found
//! (virtio-net over PCI or MMIO; Xen netfront on Xen), both behind the
//! [`crate::drivers::NetDevice`] trait, and blocking sockets for threads.
//! Not here: IPv6, IP fragmentation, DNS, raw sockets, multicast.
//!
//! # Start-up and command line
//! [`init`] (called by boot before the app) finds the NIC, starts the
//! network thread, and configures the address: `ip=A.B.C.D/N [gw=A.B.C.D]`
//! for a static address, else DHCP (waiting up to `net.dhcp_ms`, default
//! 3000 ms, before the app starts). ARP and ICMP echo replies are
//! automatic. `net.log=1` prints every frame's decoded headers on the
//! console; `net.pcap=1` writes a pcap stream to COM2 (`mote run --pcap
//! FILE`). Received frames with bad lengths or checksums are dropped and
//! counted ([`stats`]) before the stack sees them.
//!
//! # Socket API (what the POSIX layer wraps)
//! One type, [`Socket`], for UDP and TCP, closed when dropped. Addresses
//! are `core::net::SocketAddrV4`. Every call returns [`Result`]`<T>` with
//! [`Error`] (`Error::errno()` gives the Linux errno).
//!
//! | POSIX | here |
//! |---|---|
//! | `socket(AF_INET, SOCK_DGRAM/SOCK_STREAM)` | `Socket::new(Type::Udp / Type::Tcp) -> Result<Socket>` |
//! | `bind` | `sock.bind(SocketAddrV4) -> Result<()>` (port 0: ephemeral; `AddrInUse`, `AddrNotAvailable`) |
//! | `listen` | `sock.listen(backlog: usize) -> Result<()>` (backlog = pending connections; each slot is a smoltcp socket with its own receive and send buffers, so backlog 16 with the 64 KiB defaults holds 2 MiB) |
//! | `accept` | `sock.accept() -> Result<(Socket, SocketAddrV4)>` |
//! | `connect` | `sock.connect(SocketAddrV4) -> Result<()>` (UDP: default peer; TCP: `ConnectionRefused`, `TimedOut` after the send timeout, `InProgress` if non-blocking) |
//! | `send`/`write` | `sock.send(&[u8]) -> Result<usize>` (TCP; UDP after `connect`) |
//! | `recv`/`read` | `sock.recv(&mut [u8]) -> Result<usize>` (TCP: 0 = end of stream, `ConnectionReset`; UDP: one datagram) |
//! | `sendto` | `sock.send_to(&[u8], SocketAddrV4) -> Result<usize>` (UDP; > 1472 bytes: `MessageTooLong`) |
//! | `recvfrom` | `sock.recv_from(&mut [u8]) -> Result<(usize, SocketAddrV4)>` (UDP; truncates to the buffer) |
//! | `shutdown` | `sock.shutdown(Shutdown::Read / Write / Both) -> Result<()>` |
//! | `close` | `drop(sock)` or `sock.close()` (TCP: FIN, finished in the background) |
//! | `setsockopt` | `sock.set_option(SockOpt::{NonBlocking(bool), RecvTimeout(Option<ns>), SendTimeout(Option<ns>), RecvBuffer(bytes), SendBuffer(bytes), NoDelay(bool)})` (buffer sizes before bind/listen/connect) |
//! | `getsockname`/`getpeername` | `sock.local_addr()`, `sock.peer_addr()` |
//! | `getsockopt(SO_ERROR)` | `sock.error() -> Result<Option<Error>>` (a failed non-blocking connect) |
//! | `poll` | `net::poll(&mut [PollFd { socket: &sock, events, revents }], timeout_ns: Option<u64>) -> Result<usize>` |
//!
//! Blocking calls wait on the socket (no polling loop) and wake when
//! smoltcp reports progress; a timeout set by `RecvTimeout`/`SendTimeout`
//! ends them with `WouldBlock` (EAGAIN, as SO_RCVTIMEO does), a
//! non-blocking socket returns `WouldBlock` at once. `sock.readiness()`
//! gives the [`Events`] without waiting. Shortcuts: `Socket::udp_bind`,
//! `Socket::tcp_listen`, `Socket::tcp_connect`. On a UDP socket,
//! `connect` sets the default destination for `send` and makes
//! `recv`/`recv_from` drop datagrams from anyone else.

pub mod wire;

#[cfg(not(test))]
pub mod pcap;
#[cfg(not(test))]
mod socket;
#[cfg(not(test))]
mod stack;

#[cfg(not(test))]
pub use socket::{poll, PollFd, Socket, DEFAULT_TCP_BUFFER, DEFAULT_UDP_BUFFER, MAX_UDP_PAYLOAD};
#[cfg(not(test))]
pub use stack::{packet_log, set_packet_log};

/// Socket type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    Udp,
    Tcp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shutdown {
    Read,
    Write,
    Both,
}

/// Socket options; timeouts in nanoseconds (None: wait forever).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SockOpt {
    NonBlocking(bool),
    RecvTimeout(Option<u64>),
    SendTimeout(Option<u64>),
    RecvBuffer(usize),
    SendBuffer(usize),
    NoDelay(bool),
}

/// What went wrong; [`Error::errno`] maps to Linux errno values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// EADDRINUSE: the port is taken.
    AddrInUse,
    /// EADDRNOTAVAIL: not one of our addresses.
    AddrNotAvailable,
    /// EINVAL: wrong state or argument for this call.
    InvalidInput,
    /// ENOTCONN
    NotConnected,
    /// EISCONN
    AlreadyConnected,
    /// ECONNREFUSED
    ConnectionRefused,
    /// ECONNRESET: the peer reset an established connection.
    ConnectionReset,
    /// EPIPE: writing after shutdown or after the peer closed.
    BrokenPipe,
    /// EAGAIN: non-blocking and not ready, or a socket timeout expired.
    WouldBlock,
    /// EINPROGRESS: non-blocking connect started.
    InProgress,
    /// ETIMEDOUT: connect did not complete in time.
    TimedOut,
    /// EMSGSIZE
    MessageTooLong,
    /// ENETDOWN: no NIC, or no address yet.
    NetworkDown,
    /// EOPNOTSUPP: not for this socket type.
    NotSupported,
    /// EBADF: the socket is closed.
    BadSocket,
}

impl Error {
    pub fn errno(self) -> i32 {
        match self {
            Error::AddrInUse => 98,
            Error::AddrNotAvailable => 99,
            Error::InvalidInput => 22,
            Error::NotConnected => 107,
            Error::AlreadyConnected => 106,
            Error::ConnectionRefused => 111,
            Error::ConnectionReset => 104,
            Error::BrokenPipe => 32,
            Error::WouldBlock => 11,
            Error::InProgress => 115,
            Error::TimedOut => 110,
            Error::MessageTooLong => 90,
            Error::NetworkDown => 100,
            Error::NotSupported => 95,
            Error::BadSocket => 9,
        }
    }
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        write!(f, "{self:?} (errno {})", self.errno())
    }
}

pub type Result<T> = core::result::Result<T, Error>;

/// Readiness bits, as in `poll(2)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Events(pub u16);

impl Events {
    pub const READABLE: Events = Events(0x001); // POLLIN
    pub const WRITABLE: Events = Events(0x004); // POLLOUT
    pub const ERROR: Events = Events(0x008); // POLLERR
    pub const HANGUP: Events = Events(0x010); // POLLHUP
    pub const fn empty() -> Events {
        Events(0)
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn contains(self, other: Events) -> bool {
        self.0 & other.0 == other.0
    }
}

impl core::ops::BitOr for Events {
    type Output = Events;
    fn bitor(self, o: Events) -> Events {
        Events(self.0 | o.0)
    }
}

impl core::ops::BitOrAssign for Events {
    fn bitor_assign(&mut self, o: Events) {
        self.0 |= o.0
    }
}

impl core::ops::BitAnd for Events {
    type Output = Events;
    fn bitand(self, o: Events) -> Events {
        Events(self.0 & o.0)
    }
}

/// Frame counters since boot.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    pub rx_frames: u64,
    pub rx_bytes: u64,
    pub tx_frames: u64,
    pub tx_bytes: u64,
    /// Times the transmit ring was full when the stack wanted to send.
    pub tx_ring_full: u64,
    pub irqs: u64,
    /// Repeated SYNs for a connection already in progress, dropped.
    pub repeated_syn: u64,
    /// Times the network thread paused because smoltcp kept asking for an immediate poll.
    pub backoffs: u64,
    pub dropped_truncated: u64,
    pub dropped_bad_header: u64,
    pub dropped_bad_length: u64,
    pub dropped_ip_checksum: u64,
    pub dropped_l4_checksum: u64,
}

impl Stats {
    pub fn dropped(&self) -> u64 {
        self.dropped_truncated
            + self.dropped_bad_header
            + self.dropped_bad_length
            + self.dropped_ip_checksum
            + self.dropped_l4_checksum
    }
}

/// What [`init`] found.
#[derive(Clone, Copy, Debug)]
pub struct Status {
    pub mac: [u8; 6],
    /// Address and prefix length, once configured.
    pub ip: Option<([u8; 4], u8)>,
    pub gateway: Option<[u8; 4]>,
}

#[cfg(not(test))]
pub use machine::*;

#[cfg(not(test))]
mod machine {
    use super::*;
    use crate::drivers::virtio::net as vnet;
    use smoltcp::wire::{Ipv4Address, Ipv4Cidr};

    pub fn stats() -> Stats {
        stack::stats()
    }

    /// For NIC drivers' interrupt handlers: counts the interrupt and wakes
    /// the network thread (never blocks; safe with interrupts off).
    pub fn wake_from_irq() {
        stack::COUNTERS
            .irqs
            .fetch_add(1, core::sync::atomic::Ordering::Relaxed);
        stack::WAKE.release();
    }

    fn parse_ip(s: &str) -> Option<[u8; 4]> {
        let mut o = [0u8; 4];
        let mut parts = s.split('.');
        for b in o.iter_mut() {
            *b = parts.next()?.parse().ok()?;
        }
        parts.next().is_none().then_some(o)
    }

    /// The current address configuration (None: no NIC).
    pub fn status() -> Option<Status> {
        let g = stack::NET.lock();
        let st = g.as_ref()?;
        Some(Status {
            mac: st.dev.mac(),
            ip: st.ip.map(|c| (c.address().octets(), c.prefix_len())),
            gateway: st.gateway.map(|g| g.octets()),
        })
    }

    /// Finds the NIC and starts networking; prints one console line.
    /// Must run on a thread after `thread::init`, with interrupts on.
    pub fn init() -> Option<Status> {
        let cmd = crate::cmdline();
        if crate::platform::current() == crate::platform::Platform::Xen {
            return init_xen(&cmd);
        }
        let dev = match vnet::probe(&cmd) {
            Ok(Some(d)) => d,
            Ok(None) => {
                crate::println!("  net: no network device (networking off)");
                return None;
            }
            Err(e) => {
                crate::println!("  net: {e} (networking off)");
                return None;
            }
        };
        let kind = dev.transport_kind();
        let (ack, gsi) = (dev.irq_ack(), dev.gsi());
        let trace = stack::Trace {
            log: cmd.flag("net.log"),
            pcap: cmd.flag("net.pcap") && pcap::present(),
        };
        if cmd.flag("net.pcap") && !trace.pcap {
            crate::kwarn!("net.pcap=1 but no second serial port (COM2): no capture");
        }
        if trace.pcap {
            pcap::start();
        }
        let mut st = stack::Stack::new(alloc::boxed::Box::new(dev), trace);
        let static_ip = configure_address(&mut st, &cmd);
        let s = start(st, static_ip, &cmd, || {
            if !stack::install_irq(ack, gsi) {
                crate::kwarn!("net: no I/O APIC pin for GSI {gsi}: interrupts will not arrive");
            }
        })?;
        let mac = crate::net::wire::Mac(s.mac);
        match s.ip {
            Some((ip, p)) => crate::println!(
                "  net: {} {mac}, IP {}/{p}{}{} (irq {gsi})",
                if kind == "pci" {
                    "virtio-net (pci)"
                } else {
                    "virtio-net (mmio)"
                },
                crate::net::wire::Ip(ip),
                s.gateway
                    .map(|g| alloc::format!(" gw {}", crate::net::wire::Ip(g)))
                    .unwrap_or_default(),
                if static_ip { " static" } else { " (DHCP)" },
            ),
            None => crate::println!(
                "  net: {} {mac}, no DHCP answer yet (irq {gsi})",
                if kind == "pci" {
                    "virtio-net (pci)"
                } else {
                    "virtio-net (mmio)"
                },
            ),
        }
        Some(s)
    }

    /// `ip=A.B.C.D/N [gw=...]` if given and valid, else DHCP; true if static.
    fn configure_address(st: &mut stack::Stack, cmd: &crate::cmdline::CommandLine) -> bool {
        if let Some(ip) = cmd.get("ip").filter(|v| *v != "dhcp") {
            let (addr, prefix) = ip.split_once('/').unwrap_or((ip, "24"));
            match (parse_ip(addr), prefix.parse::<u8>()) {
                (Some(a), Ok(p)) if p <= 32 => {
                    let gw = cmd.get("gw").and_then(parse_ip).map(Ipv4Address::from);
                    st.set_address(Ipv4Cidr::new(Ipv4Address::from(a), p), gw);
                    return true;
                }
                _ => crate::kwarn!("ip={ip}: expected A.B.C.D/N; using DHCP"),
            }
        }
        st.start_dhcp();
        false
    }

    /// Installs the stack, runs `before_thread` (e.g. routing the device's
    /// interrupt), starts the network thread and, with DHCP, waits up to
    /// `net.dhcp_ms` for an address. The same for every NIC.
    fn start(
        st: stack::Stack,
        static_ip: bool,
        cmd: &crate::cmdline::CommandLine,
        before_thread: impl FnOnce(),
    ) -> Option<Status> {
        *stack::NET.lock() = Some(st);
        crate::service::set_before_exit(stack::drain_before_exit);
        crate::thread::set_housekeeping(stack::housekeeping);
        before_thread();
        crate::thread::Builder::new("net")
            .priority(sched::DEFAULT_PRIORITY + 1)
            .stack_size(64 * 1024)
            .spawn(stack::thread_main)
            .expect("no memory for the network thread")
            .detach();
        if !static_ip {
            let wait_ms: u64 = cmd
                .get("net.dhcp_ms")
                .and_then(|v| v.parse().ok())
                .unwrap_or(3000);
            stack::CONFIGURED.wait_timeout(wait_ms * 1_000_000);
        }
        status()
    }

    /// Xen: netfront (`device/vif/0`), same address configuration as on QEMU.
    fn init_xen(cmd: &crate::cmdline::CommandLine) -> Option<Status> {
        fn on_event(_port: u32) {
            wake_from_irq();
        }
        let dev = match crate::platform::xen::netfront::Netfront::probe(on_event) {
            Ok(Some(d)) => d,
            Ok(None) => {
                crate::println!("  net: no network device (networking off)");
                return None;
            }
            Err(e) => {
                crate::println!("  net: {e} (networking off)");
                return None;
            }
        };
        let trace = stack::Trace {
            log: cmd.flag("net.log"),
            pcap: false,
        };
        let mut st = stack::Stack::new(alloc::boxed::Box::new(dev), trace);
        let static_ip = configure_address(&mut st, cmd);
        let s = start(st, static_ip, cmd, || {})?;
        let mac = crate::net::wire::Mac(s.mac);
        match s.ip {
            Some((ip, p)) => crate::println!(
                "  net: xen-netfront {mac}, IP {}/{p}{}",
                crate::net::wire::Ip(ip),
                if static_ip { " static" } else { " (DHCP)" },
            ),
            None => crate::println!("  net: xen-netfront {mac}, no DHCP answer yet"),
        }
        Some(s)
    }
}
