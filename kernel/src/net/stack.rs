//! The network stack's machinery: the smoltcp interface over a
//! [`NetDevice`], the socket table, the network thread and the interrupt
//! hook. Everything lives in one [`Stack`] behind the blocking mutex
//! [`NET`]; the interrupt handler never takes it (it acknowledges the
//! device and releases [`WAKE`]).
//!
//! The network thread sleeps on [`WAKE`] until a device interrupt, a
//! socket call that moved smoltcp's next deadline earlier, or that
//! deadline (ARP, retransmission, DHCP timers). Nothing polls in a loop.

use super::socket::Entry;
use super::wire::{self, DropReason};
use super::{pcap, Stats};
use crate::arch::x86_64::idt::TrapFrame;
use crate::clock;
use crate::drivers::virtio::IrqAck;
use crate::drivers::{NetDevice, RxFrame};
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;
use core::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use sched::sync::{Mutex, Semaphore};
use smoltcp::iface::{Config, Interface, PollResult, SocketHandle, SocketSet};
use smoltcp::phy::{self, Checksum, ChecksumCapabilities, DeviceCapabilities, Medium};
use smoltcp::socket::dhcpv4;
#[cfg(feature = "tcp")]
use smoltcp::socket::tcp;
use smoltcp::time::Instant;
use smoltcp::wire::{EthernetAddress, HardwareAddress, IpCidr, Ipv4Address, Ipv4Cidr};

pub(crate) static NET: Mutex<Option<Stack>> = Mutex::new(None);
/// Released by the IRQ handler and by socket calls that need the network thread.
pub(crate) static WAKE: Semaphore = Semaphore::new(0);
/// Whether sent frames wait in the transmit ring for their kick (see `Stack::kick`).
static TX_DEFERRED: AtomicBool = AtomicBool::new(false);
/// Whether receive interrupts are off because threads poll the device
/// anyway (see `Stack::quiet_rx`).
static RX_QUIET: AtomicBool = AtomicBool::new(false);
/// The longest a deferred kick waits when the sending thread keeps the CPU,
/// and the longest receive interrupts stay off. Each deferral arms the
/// timer this far ahead, and under load it often fires for nothing (the
/// kick went out at the next wait): 1 ms would be a timer interrupt per ~4
/// requests of java-http, 2 ms one per ~8.
const TX_DEFER_MAX_NS: u64 = 2_000_000;
/// When the network lock was busy at the timer: how soon to try again.
const HOUSEKEEPING_RETRY_NS: u64 = 200_000;
/// When the network thread will wake on its own (ns, `u64::MAX`: never).
static NEXT_WAKE: AtomicU64 = AtomicU64::new(u64::MAX);
/// The network thread's id, once it runs (`u32::MAX` before).
static NET_TID: AtomicU32 = AtomicU32::new(u32::MAX);
static IRQ_ACK: spin::Once<IrqAck> = spin::Once::new();
/// Set when DHCP first configures an address.
pub(crate) static CONFIGURED: sched::sync::Event = sched::sync::Event::new();

pub(crate) const IRQ_VECTOR: u8 = 0x50;

/// Counters, readable without the lock (see [`Stats`]).
pub(crate) struct Counters {
    pub rx_frames: AtomicU64,
    pub rx_bytes: AtomicU64,
    pub tx_frames: AtomicU64,
    pub tx_bytes: AtomicU64,
    pub tx_ring_full: AtomicU64,
    pub irqs: AtomicU64,
    pub repeated_syn: AtomicU64,
    pub backoffs: AtomicU64,
    pub dropped: [AtomicU64; 5],
}

pub(crate) static COUNTERS: Counters = Counters {
    rx_frames: AtomicU64::new(0),
    rx_bytes: AtomicU64::new(0),
    tx_frames: AtomicU64::new(0),
    tx_bytes: AtomicU64::new(0),
    tx_ring_full: AtomicU64::new(0),
    irqs: AtomicU64::new(0),
    repeated_syn: AtomicU64::new(0),
    backoffs: AtomicU64::new(0),
    dropped: [const { AtomicU64::new(0) }; 5],
};

fn drop_index(r: DropReason) -> usize {
    match r {
        DropReason::Truncated => 0,
        DropReason::BadHeader => 1,
        DropReason::BadLength => 2,
        DropReason::IpChecksum => 3,
        DropReason::L4Checksum => 4,
    }
}

pub(crate) fn stats() -> Stats {
    let c = &COUNTERS;
    let d = |i: usize| c.dropped[i].load(Ordering::Relaxed);
    Stats {
        rx_frames: c.rx_frames.load(Ordering::Relaxed),
        rx_bytes: c.rx_bytes.load(Ordering::Relaxed),
        tx_frames: c.tx_frames.load(Ordering::Relaxed),
        tx_bytes: c.tx_bytes.load(Ordering::Relaxed),
        tx_ring_full: c.tx_ring_full.load(Ordering::Relaxed),
        irqs: c.irqs.load(Ordering::Relaxed),
        repeated_syn: c.repeated_syn.load(Ordering::Relaxed),
        backoffs: c.backoffs.load(Ordering::Relaxed),
        dropped_truncated: d(0),
        dropped_bad_header: d(1),
        dropped_bad_length: d(2),
        dropped_ip_checksum: d(3),
        dropped_l4_checksum: d(4),
    }
}

pub(crate) fn now() -> Instant {
    Instant::from_micros((clock::now_ns() / 1000) as i64)
}

/// How long a connection with data to send waits, with nothing in flight,
/// before probing the peer's window (see `Stack::poll`).
#[cfg(feature = "tcp")]
const PERSIST_PROBE: smoltcp::time::Duration = smoltcp::time::Duration::from_millis(500);

/// Options that shape the packet path. `log` is the packet log's state at
/// start-up (`net.log=1`); the service may switch it later
/// ([`set_packet_log`]), so the frame path reads [`PACKET_LOG`].
#[derive(Clone, Copy)]
pub(crate) struct Trace {
    pub log: bool,
    pub pcap: bool,
}

/// Whether every frame's decoded headers are printed (the packet log).
static PACKET_LOG: AtomicBool = AtomicBool::new(false);

/// Switches the packet log on or off while the service runs.
pub fn set_packet_log(on: bool) {
    PACKET_LOG.store(on, Ordering::Relaxed);
}

/// Whether the packet log is on.
pub fn packet_log() -> bool {
    PACKET_LOG.load(Ordering::Relaxed)
}

fn trace_frame(t: Trace, frame: &[u8]) {
    if t.pcap {
        pcap::record(frame, clock::now_ns());
    }
    if packet_log() {
        let mut s = String::with_capacity(512);
        let _ = wire::log_frame(frame, &mut s);
        crate::print!("{s}");
    }
}

/// smoltcp's view of the NIC for one `poll`: tokens borrow the driver
/// through a RefCell only while they call into it, never while smoltcp
/// works on a frame, so a reply can be sent from inside a receive.
struct Adapter<'d> {
    dev: RefCell<&'d mut dyn NetDevice>,
    trace: Trace,
    mtu: usize,
    /// (remote IPv4, remote port, local port) of every TCP connection in
    /// progress: a repeated SYN for one of them is dropped here. Searched
    /// from end to end: only SYNs look, and a sort's code would cost the
    /// image ~9 KB.
    /// smoltcp would otherwise hand it to a second listening socket of the
    /// same backlog, creating a twin connection that later resets the real one.
    #[cfg(feature = "tcp")]
    connections: &'d [(u32, u16, u16)],
}

/// The (source IP, source port, destination port) of a TCP SYN without ACK.
#[cfg(feature = "tcp")]
fn syn_tuple(frame: &[u8]) -> Option<(u32, u16, u16)> {
    let eth = wire::Ethernet::new_checked(frame).ok()?;
    if eth.ethertype() != wire::ETHERTYPE_IPV4 {
        return None;
    }
    let ip = wire::Ipv4::new_checked(eth.payload()).ok()?;
    if ip.protocol() != wire::PROTO_TCP {
        return None;
    }
    let t = wire::Tcp::new_checked(ip.payload()).ok()?;
    (t.flags() & 0x12 == 0x02).then(|| (u32::from_be_bytes(ip.src()), t.src_port(), t.dst_port()))
}

struct Rx<'a, 'd> {
    frame: RxFrame,
    dev: &'a RefCell<&'d mut dyn NetDevice>,
}

struct Tx<'a, 'd> {
    dev: &'a RefCell<&'d mut dyn NetDevice>,
    trace: Trace,
}

impl phy::RxToken for Rx<'_, '_> {
    fn consume<R, F: FnOnce(&[u8]) -> R>(self, f: F) -> R {
        let r = f(self.frame.data());
        self.dev.borrow_mut().recycle(self.frame);
        r
    }
}

impl phy::TxToken for Tx<'_, '_> {
    fn consume<R, F: FnOnce(&mut [u8]) -> R>(self, len: usize, f: F) -> R {
        let buf = self.dev.borrow_mut().tx_buffer();
        match buf {
            Some(mut b) if b.capacity() >= len => {
                let r = f(b.frame_mut(len));
                trace_frame(self.trace, b.frame_mut(len));
                self.dev.borrow_mut().submit(b, len);
                COUNTERS.tx_frames.fetch_add(1, Ordering::Relaxed);
                COUNTERS.tx_bytes.fetch_add(len as u64, Ordering::Relaxed);
                r
            }
            other => {
                // `transmit` checked for room, so this is a race we lose (or a
                // frame larger than the buffer, which the MTU rules out): drop it.
                if let Some(b) = other {
                    self.dev.borrow_mut().give_back(b);
                }
                COUNTERS.tx_ring_full.fetch_add(1, Ordering::Relaxed);
                let mut scratch = alloc::vec![0u8; len];
                f(&mut scratch)
            }
        }
    }
}

impl<'d> phy::Device for Adapter<'d> {
    type RxToken<'a>
        = Rx<'a, 'd>
    where
        Self: 'a;
    type TxToken<'a>
        = Tx<'a, 'd>
    where
        Self: 'a;

    fn receive(&mut self, _: Instant) -> Option<(Rx<'_, 'd>, Tx<'_, 'd>)> {
        loop {
            let frame = self.dev.get_mut().receive()?;
            let data = frame.data();
            COUNTERS.rx_frames.fetch_add(1, Ordering::Relaxed);
            COUNTERS
                .rx_bytes
                .fetch_add(data.len() as u64, Ordering::Relaxed);
            trace_frame(self.trace, data);
            if let Err(why) = wire::validate(data) {
                COUNTERS.dropped[drop_index(why)].fetch_add(1, Ordering::Relaxed);
                if packet_log() {
                    crate::println!("(frame dropped: {why:?})");
                }
                self.dev.get_mut().recycle(frame);
                continue;
            }
            #[cfg(feature = "tcp")]
            if let Some(t) = syn_tuple(data) {
                if self.connections.contains(&t) {
                    COUNTERS.repeated_syn.fetch_add(1, Ordering::Relaxed);
                    self.dev.get_mut().recycle(frame);
                    continue;
                }
            }
            let dev = &self.dev;
            return Some((
                Rx { frame, dev },
                Tx {
                    dev,
                    trace: self.trace,
                },
            ));
        }
    }

    fn transmit(&mut self, _: Instant) -> Option<Tx<'_, 'd>> {
        let dev = self.dev.get_mut();
        if !dev.tx_ready() {
            COUNTERS.tx_ring_full.fetch_add(1, Ordering::Relaxed);
            return None;
        }
        Some(Tx {
            dev: &self.dev,
            trace: self.trace,
        })
    }

    fn capabilities(&self) -> DeviceCapabilities {
        let mut caps = DeviceCapabilities::default();
        caps.medium = Medium::Ethernet;
        caps.max_transmission_unit = self.mtu;
        caps.max_burst_size = None;
        // Received checksums are verified (and bad frames counted) by
        // `wire::validate` before smoltcp sees a frame; smoltcp only computes them.
        let mut ck = ChecksumCapabilities::default();
        ck.ipv4 = Checksum::Tx;
        ck.udp = Checksum::Tx;
        ck.tcp = Checksum::Tx;
        ck.icmpv4 = Checksum::Tx;
        caps.checksum = ck;
        caps
    }
}

pub(crate) struct Stack {
    pub iface: Interface,
    pub sockets: SocketSet<'static>,
    pub dev: Box<dyn NetDevice>,
    pub entries: Vec<Option<Entry>>,
    /// Closing TCP sockets, removed once smoltcp reports them closed.
    #[cfg(feature = "tcp")]
    pub zombies: Vec<SocketHandle>,
    pub dhcp: Option<SocketHandle>,
    pub next_port: u16,
    pub trace: Trace,
    pub ip: Option<Ipv4Cidr>,
    pub gateway: Option<Ipv4Address>,
    pub mtu: usize,
    #[cfg(feature = "tcp")]
    connections: Vec<(u32, u16, u16)>,
}

impl Stack {
    pub fn new(mut dev: Box<dyn NetDevice>, trace: Trace) -> Stack {
        set_packet_log(trace.log);
        let mac = EthernetAddress(dev.mac());
        let mut config = Config::new(HardwareAddress::Ethernet(mac));
        config.random_seed = crate::arch::x86_64::cpu::rdtsc();
        let mtu = dev.max_frame();
        let mut ad = Adapter {
            dev: RefCell::new(dev.as_mut()),
            trace,
            mtu,
            #[cfg(feature = "tcp")]
            connections: &[],
        };
        let iface = Interface::new(config, &mut ad, now());
        Stack {
            iface,
            sockets: SocketSet::new(Vec::new()),
            dev,
            entries: Vec::new(),
            #[cfg(feature = "tcp")]
            zombies: Vec::new(),
            dhcp: None,
            next_port: 49152,
            trace,
            ip: None,
            gateway: None,
            mtu,
            #[cfg(feature = "tcp")]
            connections: Vec::new(),
        }
    }

    pub fn set_address(&mut self, cidr: Ipv4Cidr, gateway: Option<Ipv4Address>) {
        self.iface.update_ip_addrs(|a| {
            a.clear();
            let _ = a.push(IpCidr::Ipv4(cidr));
        });
        self.iface.routes_mut().remove_default_ipv4_route();
        if let Some(gw) = gateway {
            let _ = self.iface.routes_mut().add_default_ipv4_route(gw);
        }
        self.ip = Some(cidr);
        self.gateway = gateway;
    }

    pub fn start_dhcp(&mut self) {
        let s = dhcpv4::Socket::new();
        self.dhcp = Some(self.sockets.add(s));
    }

    /// One round of smoltcp work: receive, process, transmit, timers.
    /// Returns whether socket state may have changed.
    pub fn poll(&mut self) -> bool {
        self.poll_deferring(false)
    }

    /// `poll`; with `defer_tx`, frames it queued are not yet kicked to the
    /// device (see `kick`).
    fn poll_deferring(&mut self, defer_tx: bool) -> bool {
        if defer_tx {
            self.quiet_rx();
        }
        let trace = self.trace;
        let mtu = self.mtu;
        #[cfg(feature = "tcp")]
        self.track_connections();
        let mut ad = Adapter {
            dev: RefCell::new(self.dev.as_mut()),
            trace,
            mtu,
            #[cfg(feature = "tcp")]
            connections: &self.connections,
        };
        let r = self.iface.poll(now(), &mut ad, &mut self.sockets);
        if defer_tx {
            if !TX_DEFERRED.swap(true, Ordering::Relaxed) {
                crate::thread::timer_by(clock::now_ns() + TX_DEFER_MAX_NS);
            }
        } else {
            self.flush_tx();
        }
        self.dhcp_events();
        self.reap_zombies();
        r == PollResult::SocketStateChanged
    }

    /// Before a poll: keep-alives as window probes, and the table of
    /// connections in progress (for dropping repeated SYNs).
    #[cfg(feature = "tcp")]
    fn track_connections(&mut self) {
        self.connections.clear();
        for (_, sock) in self.sockets.iter_mut() {
            if let smoltcp::socket::Socket::Tcp(t) = sock {
                // smoltcp 0.12 sends no zero-window probes: if the peer's
                // window update is lost, data waiting to go would wait
                // forever. A keep-alive while data waits does the probing
                // (smoltcp sends it only when nothing is in flight, and the
                // peer answers with its current window).
                let waiting = t.send_queue() > 0;
                if waiting != t.keep_alive().is_some() {
                    t.set_keep_alive(waiting.then_some(PERSIST_PROBE));
                }
                if !matches!(t.state(), tcp::State::Listen | tcp::State::Closed) {
                    if let (Some(r), Some(l)) = (t.remote_endpoint(), t.local_endpoint()) {
                        let smoltcp::wire::IpAddress::Ipv4(a) = r.addr;
                        self.connections
                            .push((u32::from_be_bytes(a.octets()), r.port, l.port));
                    }
                }
            }
        }
    }

    /// When smoltcp next needs a poll, in kernel-clock ns.
    pub fn next_poll_ns(&mut self) -> Option<u64> {
        let t = now();
        self.iface.poll_at(t, &self.sockets).map(|at| {
            let us = at.total_micros().max(0) as u64;
            us.saturating_mul(1000)
        })
    }

    fn dhcp_events(&mut self) {
        let Some(h) = self.dhcp else { return };
        let event = match self.sockets.get_mut::<dhcpv4::Socket>(h).poll() {
            Some(dhcpv4::Event::Configured(c)) => Some(Some((c.address, c.router))),
            Some(dhcpv4::Event::Deconfigured) => Some(None),
            None => None,
        };
        match event {
            Some(Some((address, router))) => {
                let first = self.ip.is_none();
                self.set_address(address, router);
                CONFIGURED.set();
                if !first {
                    crate::kinfo!("net: DHCP renewed {}", address);
                }
            }
            Some(None) => {
                self.iface.update_ip_addrs(|a| a.clear());
                self.iface.routes_mut().remove_default_ipv4_route();
                self.ip = None;
            }
            None => {}
        }
    }

    #[cfg(not(feature = "tcp"))]
    fn reap_zombies(&mut self) {}

    #[cfg(feature = "tcp")]
    fn reap_zombies(&mut self) {
        let sockets = &mut self.sockets;
        self.zombies.retain(|&h| {
            let closed = sockets.get::<tcp::Socket>(h).state() == tcp::State::Closed;
            if closed {
                sockets.remove(h);
            }
            !closed
        });
    }

    /// While threads make socket calls, each call's kick polls the device,
    /// so frames that arrive meanwhile are taken without an interrupt (a
    /// trap, a device register read and write, an EOI, a switch to the
    /// network thread and back). Receive interrupts go back on before any
    /// thread waits for the network (`listen_rx`), when the CPU is about to
    /// idle, and at the latest [`TX_DEFER_MAX_NS`] later.
    fn quiet_rx(&mut self) {
        if !RX_QUIET.swap(true, Ordering::Relaxed) {
            self.dev.set_rx_interrupts(false);
            crate::thread::timer_by(clock::now_ns() + TX_DEFER_MAX_NS);
        }
    }

    /// Before a thread waits for the network: receive interrupts on again.
    /// True if frames arrived meanwhile, which the caller must poll for
    /// instead of waiting (no interrupt will announce them).
    pub fn listen_rx(&mut self) -> bool {
        if RX_QUIET.swap(false, Ordering::Relaxed) {
            self.dev.set_rx_interrupts(true);
        }
        self.dev.rx_pending()
    }

    /// Takes frames waiting in the device, if any (a waiting thread's check
    /// before it looks at socket readiness).
    pub fn poll_if_rx_pending(&mut self) {
        if self.dev.rx_pending() {
            self.poll();
        }
    }

    /// Tells the device about frames queued by deferred kicks.
    pub fn flush_tx(&mut self) {
        TX_DEFERRED.store(false, Ordering::Relaxed);
        self.dev.flush();
    }

    /// After a socket call changed smoltcp state: queue what is to be sent,
    /// and make sure the network thread wakes by smoltcp's (possibly
    /// earlier) deadline.
    ///
    /// The device is told about the queued frames (a trap into the
    /// hypervisor, taking QEMU's global lock) only when the thread waits
    /// for the network, the network thread polls, the CPU is about to
    /// idle, or at the latest [`TX_DEFER_MAX_NS`] later: a server answering
    /// several requests in a row kicks once for all its replies.
    ///
    /// A deadline still ahead (a delayed ACK after every read) only moves the
    /// sleeping network thread's timeout, which saves two context switches
    /// per request; one already due, or a thread not yet asleep, gets a wake.
    pub fn kick(&mut self) {
        self.poll_deferring(true);
        let next = self.next_poll_ns().unwrap_or(u64::MAX);
        if next < NEXT_WAKE.load(Ordering::Acquire) {
            NEXT_WAKE.store(next, Ordering::Release);
            let tid = NET_TID.load(Ordering::Relaxed);
            let later = next > clock::now_ns();
            if !(later && tid != u32::MAX && crate::thread::wake_by(tid, next)) {
                WAKE.release();
            }
        }
    }

    /// A free ephemeral port (49152..=65535) no socket in the table uses.
    pub fn ephemeral_port(&mut self, in_use: impl Fn(&Stack, u16) -> bool) -> Option<u16> {
        for _ in 0..16384 {
            let p = self.next_port;
            self.next_port = if p == 65535 { 49152 } else { p + 1 };
            if !in_use(self, p) {
                return Some(p);
            }
        }
        None
    }
}

fn on_irq(_: &mut TrapFrame) {
    COUNTERS.irqs.fetch_add(1, Ordering::Relaxed);
    if let Some(ack) = IRQ_ACK.get() {
        ack.ack();
    }
    WAKE.release();
}

pub(crate) fn install_irq(ack: IrqAck, gsi: u32) -> bool {
    IRQ_ACK.call_once(|| ack);
    crate::fault::register_irq(IRQ_VECTOR, on_irq);
    crate::arch::x86_64::ioapic::route(gsi, IRQ_VECTOR, crate::arch::x86_64::ioapic::Trigger::Level)
}

/// The network thread: poll, then sleep until an interrupt, a kick or the
/// next smoltcp deadline.
pub(crate) fn thread_main() -> i32 {
    // smoltcp asks for an immediate poll when it has work it could not do
    // (e.g. the transmit ring is full); after two such rounds in a row the
    // thread waits for an interrupt or 200 us instead of spinning, so it
    // never starves the threads that drain the sockets.
    let mut immediate = 0u32;
    NET_TID.store(crate::thread::current(), Ordering::Relaxed);
    loop {
        let deadline = {
            let mut g = NET.lock();
            let Some(s) = g.as_mut() else { return 0 };
            s.poll();
            while s.listen_rx() {
                s.poll(); // frames came while receive interrupts were off
            }
            let d = s.next_poll_ns().unwrap_or(u64::MAX);
            NEXT_WAKE.store(d, Ordering::Release);
            d
        };
        let now = clock::now_ns();
        if deadline == u64::MAX {
            immediate = 0;
            // a `kick` may give this wait a deadline (see `Stack::kick`)
            WAKE.acquire_unless_timed_out();
        } else if deadline > now {
            immediate = 0;
            WAKE.acquire_timeout(deadline - now);
        } else {
            immediate += 1;
            if immediate > 2 {
                COUNTERS.backoffs.fetch_add(1, Ordering::Relaxed);
                WAKE.acquire_timeout(200_000);
            }
        }
        while WAKE.try_acquire() {}
    }
}

/// Before the CPU idles and when the timer fires (`thread::set_housekeeping`):
/// kicks the device for frames deferred by `Stack::kick` and turns receive
/// interrupts back on. If the network lock is busy, the timer comes back
/// shortly to try again.
pub(crate) fn housekeeping() {
    if !TX_DEFERRED.load(Ordering::Relaxed) && !RX_QUIET.load(Ordering::Relaxed) {
        return;
    }
    let Some(mut g) = NET.try_lock() else {
        // a thread holds the lock (preempted in a socket call): it may go
        // on computing after it, so the bound must not lapse
        crate::thread::timer_by(clock::now_ns() + HOUSEKEEPING_RETRY_NS);
        return;
    };
    if let Some(s) = g.as_mut() {
        if TX_DEFERRED.load(Ordering::Relaxed) {
            s.flush_tx();
        }
        // frames that came while receive interrupts were off: the
        // network thread takes them
        if s.listen_rx() {
            WAKE.release();
        }
    }
}

/// Longest the VM waits at exit for sockets to deliver what they hold.
const EXIT_DRAIN_NS: u64 = 1_000_000_000;

impl Stack {
    /// At exit: closes every TCP connection the service left open, as an
    /// exiting process's descriptors are closed (FIN after the queued data).
    fn close_connections(&mut self) {
        #[cfg(feature = "tcp")]
        for (_, s) in self.sockets.iter_mut() {
            if let smoltcp::socket::Socket::Tcp(t) = s {
                if matches!(
                    t.state(),
                    tcp::State::Established | tcp::State::CloseWait | tcp::State::SynReceived
                ) {
                    t.close();
                }
            }
        }
    }

    /// Sockets whose data may not have reached the peer yet: TCP
    /// connections until the peer's FIN arrived (TimeWait/Closed) — an ACK
    /// alone is not enough, as QEMU's user networking acknowledges data it
    /// still holds — and UDP datagrams not yet sent.
    fn undelivered(&self) -> usize {
        use smoltcp::socket::Socket;
        self.sockets
            .iter()
            .filter(|(_, s)| match s {
                #[cfg(feature = "tcp")]
                Socket::Tcp(t) => !matches!(
                    t.state(),
                    tcp::State::Closed
                        | tcp::State::Listen
                        | tcp::State::TimeWait
                        | tcp::State::SynSent
                ),
                Socket::Udp(u) => u.send_queue() > 0,
                #[allow(unreachable_patterns)]
                _ => false,
            })
            .count()
    }
}

/// Before the VM ends: closes the connections the service left open and
/// lets the network deliver what sockets still hold (a reply written just
/// before `exit`), until each peer has closed too, waiting at most
/// [`EXIT_DRAIN_NS`]. A service may exit right after writing, as a process
/// on Linux may, without its last bytes being cut off.
pub(crate) fn drain_before_exit() {
    let deadline = clock::now_ns() + EXIT_DRAIN_NS;
    let mut first = true;
    loop {
        let left = {
            let mut g = NET.lock();
            let Some(s) = g.as_mut() else { return };
            if first {
                s.close_connections();
                first = false;
            }
            s.kick();
            s.flush_tx();
            s.undelivered()
        };
        if left == 0 {
            return;
        }
        if clock::now_ns() >= deadline {
            crate::kinfo!(
                "exit: {left} connection(s) not closed by their peers after {} ms; exiting anyway",
                EXIT_DRAIN_NS / 1_000_000
            );
            return;
        }
        crate::thread::sleep_ns(1_000_000);
    }
}
