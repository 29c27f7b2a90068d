//! Sockets for threads (see the API summary in `net/mod.rs`): a table of
//! entries over smoltcp sockets, blocking waits on a per-socket condition
//! variable woken through smoltcp's wakers, and `poll` over many sockets.

use super::stack::{Stack, NET};
use super::{Error, Events, Result, Shutdown, SockOpt, Type};
use alloc::sync::Arc;
use alloc::task::Wake;
#[cfg(feature = "tcp")]
use alloc::vec::Vec;
use core::net::{Ipv4Addr, SocketAddrV4};
use core::sync::atomic::{AtomicUsize, Ordering};
use core::task::Waker;
use sched::sync::{Condvar, MutexGuard};
use smoltcp::iface::SocketHandle;
#[cfg(feature = "tcp")]
use smoltcp::socket::tcp;
use smoltcp::socket::udp;
use smoltcp::wire::{IpAddress, IpEndpoint, IpListenEndpoint, Ipv4Address};

pub const DEFAULT_TCP_BUFFER: usize = 64 * 1024;
pub const DEFAULT_UDP_BUFFER: usize = 128 * 1024;
const UDP_PACKETS: usize = 128;
/// Largest UDP payload without IP fragmentation on a 1500-byte MTU.
pub const MAX_UDP_PAYLOAD: usize = 1472;

/// Wakes the threads waiting on one socket (and any `poll` caller).
pub(crate) struct Notify {
    cv: Condvar,
}

static POLLERS: AtomicUsize = AtomicUsize::new(0);
static POLL_CV: Condvar = Condvar::new();

impl Wake for Notify {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref()
    }
    fn wake_by_ref(self: &Arc<Self>) {
        self.cv.notify_all();
        if POLLERS.load(Ordering::Acquire) > 0 {
            POLL_CV.notify_all();
        }
    }
}

pub(crate) enum State {
    /// Created, not bound (TCP) or not yet given a port (UDP).
    Fresh,
    /// TCP: bound to a local address, neither listening nor connected.
    Bound(SocketAddrV4),
    Udp(SocketHandle),
    #[cfg(feature = "tcp")]
    Listening {
        port: u16,
        backlog: Vec<SocketHandle>,
    },
    /// TCP connection (connecting, established or closing).
    #[cfg(feature = "tcp")]
    Stream {
        handle: SocketHandle,
        /// Reached Established at some point (tells a reset from a refusal).
        established: bool,
    },
}

pub(crate) struct Entry {
    ty: Type,
    state: State,
    notify: Arc<Notify>,
    waker: Waker,
    nonblocking: bool,
    recv_timeout: Option<u64>,
    send_timeout: Option<u64>,
    recv_buffer: usize,
    send_buffer: usize,
    nodelay: bool,
    #[cfg(feature = "tcp")]
    read_shut: bool,
    #[cfg(feature = "tcp")]
    write_shut: bool,
    /// UDP: the peer set by `connect` (default destination, only source).
    udp_peer: Option<SocketAddrV4>,
}

/// A socket. Dropping it closes it (TCP: orderly FIN, then smoltcp
/// finishes the connection in the background).
#[derive(Debug)]
pub struct Socket {
    id: usize,
}

type Guard<'a> = MutexGuard<'a, Option<Stack>>;

fn stack<'a, 'g>(g: &'a mut Guard<'g>) -> Result<&'a mut Stack> {
    g.as_mut().ok_or(Error::NetworkDown)
}

fn to_endpoint(a: SocketAddrV4) -> IpEndpoint {
    IpEndpoint::new(
        IpAddress::Ipv4(Ipv4Address::from(a.ip().octets())),
        a.port(),
    )
}

fn from_endpoint(e: IpEndpoint) -> SocketAddrV4 {
    match e.addr {
        IpAddress::Ipv4(a) => SocketAddrV4::new(Ipv4Addr::from(a.octets()), e.port),
    }
}

#[cfg(feature = "tcp")]
fn tcp_socket(rx: usize, tx: usize) -> tcp::Socket<'static> {
    let mut s = tcp::Socket::new(
        tcp::SocketBuffer::new(alloc::vec![0; rx]),
        tcp::SocketBuffer::new(alloc::vec![0; tx]),
    );
    s.set_ack_delay(Some(ACK_DELAY));
    s
}

/// How long an ACK for received data may wait for a reply to ride on.
/// A request/response exchange then costs one segment each way instead of
/// a pure ACK before every reply; smoltcp still acknowledges at once when
/// more than one segment's worth of data is unacknowledged (bulk transfers)
/// and when the receive window opens up. Linux waits 40 ms at most; 10 ms
/// (smoltcp's default) bounds the stall a peer that waits for our ACK
/// before sending more (Nagle's algorithm) can see.
#[cfg(feature = "tcp")]
const ACK_DELAY: smoltcp::time::Duration = smoltcp::time::Duration::from_millis(10);

impl Stack {
    fn entry(&mut self, id: usize) -> Result<&mut Entry> {
        self.entries
            .get_mut(id)
            .and_then(|e| e.as_mut())
            .ok_or(Error::BadSocket)
    }

    /// Whether a UDP socket or TCP socket (bound, listening or connected) uses `port`.
    fn port_in_use(&self, ty: Type, port: u16) -> bool {
        self.entries.iter().flatten().any(|e| {
            e.ty == ty
                && match &e.state {
                    State::Fresh => false,
                    State::Bound(a) => a.port() == port,
                    State::Udp(h) => self.sockets.get::<udp::Socket>(*h).endpoint().port == port,
                    #[cfg(feature = "tcp")]
                    State::Listening { port: p, .. } => *p == port,
                    #[cfg(feature = "tcp")]
                    State::Stream { handle, .. } => self
                        .sockets
                        .get::<tcp::Socket>(*handle)
                        .local_endpoint()
                        .is_some_and(|l| l.port == port),
                }
        })
    }

    fn register(&mut self, id: usize) {
        let Some(Some(e)) = self.entries.get(id) else {
            return;
        };
        let w = &e.waker;
        match &e.state {
            State::Udp(h) => {
                let s = self.sockets.get_mut::<udp::Socket>(*h);
                s.register_recv_waker(w);
                s.register_send_waker(w);
            }
            #[cfg(feature = "tcp")]
            State::Listening { backlog, .. } => {
                for h in backlog {
                    self.sockets
                        .get_mut::<tcp::Socket>(*h)
                        .register_recv_waker(w);
                }
            }
            #[cfg(feature = "tcp")]
            State::Stream { handle, .. } => {
                let s = self.sockets.get_mut::<tcp::Socket>(*handle);
                s.register_recv_waker(w);
                s.register_send_waker(w);
            }
            _ => {}
        }
    }

    fn readiness(&mut self, id: usize) -> Events {
        let Some(Some(e)) = self.entries.get_mut(id) else {
            return Events::ERROR;
        };
        let mut ev = Events::empty();
        match &mut e.state {
            State::Fresh | State::Bound(_) => {
                if e.ty == Type::Udp {
                    ev |= Events::WRITABLE;
                } else {
                    ev |= Events::WRITABLE | Events::HANGUP;
                }
            }
            State::Udp(h) => {
                let s = self.sockets.get::<udp::Socket>(*h);
                if s.can_recv() {
                    ev |= Events::READABLE;
                }
                if s.can_send() {
                    ev |= Events::WRITABLE;
                }
            }
            #[cfg(feature = "tcp")]
            State::Listening { backlog, .. } => {
                if backlog
                    .iter()
                    .any(|h| accepted_state(self.sockets.get::<tcp::Socket>(*h).state()))
                {
                    ev |= Events::READABLE;
                }
            }
            #[cfg(feature = "tcp")]
            State::Stream {
                handle,
                established,
            } => {
                let s = self.sockets.get::<tcp::Socket>(*handle);
                let st = s.state();
                if st == tcp::State::Established {
                    *established = true;
                }
                if s.can_recv() || !s.may_recv() && st != tcp::State::SynSent || e.read_shut {
                    ev |= Events::READABLE;
                }
                if s.can_send() {
                    ev |= Events::WRITABLE;
                }
                if st == tcp::State::Closed {
                    ev |= Events::HANGUP;
                    if !*established || !s.may_recv() {
                        ev |= Events::ERROR;
                    }
                }
            }
        }
        ev
    }
}

#[cfg(feature = "tcp")]
fn accepted_state(s: tcp::State) -> bool {
    matches!(s, tcp::State::Established | tcp::State::CloseWait)
}

/// Runs `op` under the network lock until it returns Some, blocking
/// between tries on the socket's condition variable (woken by smoltcp)
/// until `deadline` (ns on the kernel clock). After a successful `op`,
/// the stack is kicked so replies and window updates go out at once.
fn block_on<T>(
    id: usize,
    timeout: Option<u64>,
    on_timeout: Error,
    mut op: impl FnMut(&mut Stack) -> Option<Result<T>>,
) -> Result<T> {
    let deadline = timeout.map(|t| crate::clock::now_ns().saturating_add(t));
    let mut g = NET.lock();
    loop {
        let st = stack(&mut g)?;
        st.poll_if_rx_pending();
        if let Some(r) = op(st) {
            st.kick();
            return r;
        }
        let e = st.entry(id)?;
        if e.nonblocking {
            return Err(Error::WouldBlock);
        }
        let notify = e.notify.clone();
        st.flush_tx(); // about to wait: kick what this thread sent (see `Stack::kick`)
        if st.listen_rx() {
            continue; // frames arrived with receive interrupts off: take them first
        }
        st.register(id);
        match deadline {
            Some(d) => {
                let now = crate::clock::now_ns();
                if now >= d {
                    return Err(on_timeout);
                }
                g = notify.cv.wait_timeout(g, d - now).0;
            }
            None => g = notify.cv.wait(g),
        }
    }
}

impl Socket {
    /// A new, unbound socket.
    pub fn new(ty: Type) -> Result<Socket> {
        #[cfg(not(feature = "tcp"))]
        if ty == Type::Tcp {
            static WARNED: core::sync::atomic::AtomicBool =
                core::sync::atomic::AtomicBool::new(false);
            if !WARNED.swap(true, Ordering::Relaxed) {
                crate::kwarn!(
                    "net: this image was built without TCP (UDP only): TCP sockets fail with EOPNOTSUPP; \
                     `tcp = true` in mote.toml links TCP in"
                );
            }
            return Err(Error::NotSupported);
        }
        let mut g = NET.lock();
        let st = stack(&mut g)?;
        let notify = Arc::new(Notify { cv: Condvar::new() });
        let entry = Entry {
            ty,
            state: State::Fresh,
            waker: Waker::from(notify.clone()),
            notify,
            nonblocking: false,
            recv_timeout: None,
            send_timeout: None,
            recv_buffer: if ty == Type::Tcp {
                DEFAULT_TCP_BUFFER
            } else {
                DEFAULT_UDP_BUFFER
            },
            send_buffer: if ty == Type::Tcp {
                DEFAULT_TCP_BUFFER
            } else {
                DEFAULT_UDP_BUFFER
            },
            nodelay: false,
            #[cfg(feature = "tcp")]
            read_shut: false,
            #[cfg(feature = "tcp")]
            write_shut: false,
            udp_peer: None,
        };
        let id = match st.entries.iter().position(|e| e.is_none()) {
            Some(i) => {
                st.entries[i] = Some(entry);
                i
            }
            None => {
                st.entries.push(Some(entry));
                st.entries.len() - 1
            }
        };
        Ok(Socket { id })
    }

    /// A UDP socket bound to `addr` (port 0: an ephemeral port).
    pub fn udp_bind(addr: SocketAddrV4) -> Result<Socket> {
        let s = Socket::new(Type::Udp)?;
        s.bind(addr)?;
        Ok(s)
    }

    /// A TCP socket listening on `addr` with `backlog` pending connections.
    pub fn tcp_listen(addr: SocketAddrV4, backlog: usize) -> Result<Socket> {
        let s = Socket::new(Type::Tcp)?;
        s.bind(addr)?;
        s.listen(backlog)?;
        Ok(s)
    }

    /// A TCP connection to `addr`.
    pub fn tcp_connect(addr: SocketAddrV4, timeout_ns: Option<u64>) -> Result<Socket> {
        let s = Socket::new(Type::Tcp)?;
        s.set_option(SockOpt::SendTimeout(timeout_ns))?;
        s.connect(addr)?;
        Ok(s)
    }

    pub fn socket_type(&self) -> Result<Type> {
        let mut g = NET.lock();
        Ok(stack(&mut g)?.entry(self.id)?.ty)
    }

    /// Binds to a local address (only 0.0.0.0 or the interface's address; port 0 picks one).
    pub fn bind(&self, addr: SocketAddrV4) -> Result<()> {
        let mut g = NET.lock();
        let st = stack(&mut g)?;
        let ty = st.entry(self.id)?.ty;
        if !matches!(st.entry(self.id)?.state, State::Fresh) {
            return Err(Error::InvalidInput);
        }
        if !addr.ip().is_unspecified() {
            let ours = st
                .ip
                .is_some_and(|c| c.address().octets() == addr.ip().octets());
            if !ours {
                return Err(Error::AddrNotAvailable);
            }
        }
        let port = match addr.port() {
            0 => st
                .ephemeral_port(|s, p| s.port_in_use(ty, p))
                .ok_or(Error::AddrInUse)?,
            p if st.port_in_use(ty, p) => return Err(Error::AddrInUse),
            p => p,
        };
        let local = SocketAddrV4::new(*addr.ip(), port);
        match ty {
            Type::Udp => {
                let e = st.entry(self.id)?;
                let (rx, tx) = (e.recv_buffer, e.send_buffer);
                let meta = || alloc::vec![udp::PacketMetadata::EMPTY; UDP_PACKETS];
                let mut s = udp::Socket::new(
                    udp::PacketBuffer::new(meta(), alloc::vec![0; rx]),
                    udp::PacketBuffer::new(meta(), alloc::vec![0; tx]),
                );
                let ep = if addr.ip().is_unspecified() {
                    IpListenEndpoint { addr: None, port }
                } else {
                    IpListenEndpoint {
                        addr: Some(IpAddress::Ipv4(Ipv4Address::from(addr.ip().octets()))),
                        port,
                    }
                };
                s.bind(ep).map_err(|_| Error::InvalidInput)?;
                let h = st.sockets.add(s);
                st.entry(self.id)?.state = State::Udp(h);
            }
            Type::Tcp => st.entry(self.id)?.state = State::Bound(local),
        }
        Ok(())
    }

    /// Starts listening (TCP, bound first; an unbound socket gets an
    /// ephemeral port). `backlog` connections (at least 1) can be pending.
    pub fn listen(&self, backlog: usize) -> Result<()> {
        {
            let mut g = NET.lock();
            let st = stack(&mut g)?;
            let e = st.entry(self.id)?;
            if e.ty != Type::Tcp {
                return Err(Error::NotSupported);
            }
        }
        self.listen_tcp(backlog)
    }

    fn with_entry<R>(&self, f: impl FnOnce(&mut Entry) -> R) -> Result<R> {
        let mut g = NET.lock();
        let st = stack(&mut g)?;
        Ok(f(st.entry(self.id)?))
    }

    /// Waits for a connection on a listening socket; returns it and the peer.
    pub fn accept(&self) -> Result<(Socket, SocketAddrV4)> {
        self.accept_tcp()
    }
}

/// The TCP halves of the socket calls (see `Socket`).
#[cfg(feature = "tcp")]
impl Socket {
    fn listen_tcp(&self, backlog: usize) -> Result<()> {
        if self.with_entry(|e| matches!(e.state, State::Listening { .. }))? {
            return Ok(());
        }
        if self.with_entry(|e| matches!(e.state, State::Fresh))? {
            self.bind(SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, 0))?;
        }
        let mut g = NET.lock();
        let st = stack(&mut g)?;
        let e = st.entry(self.id)?;
        let State::Bound(local) = e.state else {
            return Err(Error::InvalidInput);
        };
        let (rx, tx) = (e.recv_buffer, e.send_buffer);
        let mut handles = Vec::new();
        for _ in 0..backlog.clamp(1, 1024) {
            let mut s = tcp_socket(rx, tx);
            s.listen(local.port()).map_err(|_| Error::InvalidInput)?;
            handles.push(st.sockets.add(s));
        }
        st.entry(self.id)?.state = State::Listening {
            port: local.port(),
            backlog: handles,
        };
        Ok(())
    }

    fn accept_tcp(&self) -> Result<(Socket, SocketAddrV4)> {
        let timeout = self.with_entry(|e| e.recv_timeout)?;
        let id = self.id;
        let (handle, nodelay, peer) = block_on(id, timeout, Error::WouldBlock, |st| {
            let Some(Some(e)) = st.entries.get_mut(id) else {
                return Some(Err(Error::BadSocket));
            };
            let (rx, tx, nodelay) = (e.recv_buffer, e.send_buffer, e.nodelay);
            let State::Listening { port, backlog } = &mut e.state else {
                return Some(Err(Error::InvalidInput));
            };
            let port = *port;
            let sockets = &mut st.sockets;
            let i = backlog
                .iter()
                .position(|h| accepted_state(sockets.get::<tcp::Socket>(*h).state()))?;
            let h = backlog.remove(i);
            let mut fresh = tcp_socket(rx, tx);
            if fresh.listen(port).is_ok() {
                backlog.push(sockets.add(fresh));
            }
            let s = sockets.get_mut::<tcp::Socket>(h);
            s.set_nagle_enabled(!nodelay);
            let peer = s.remote_endpoint().map(from_endpoint);
            Some(Ok((h, nodelay, peer)))
        })?;
        let sock = Socket::new(Type::Tcp)?;
        let mut g = NET.lock();
        let st = stack(&mut g)?;
        let e = st.entry(sock.id)?;
        e.state = State::Stream {
            handle,
            established: true,
        };
        e.nodelay = nodelay;
        let peer = peer.unwrap_or(SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, 0));
        Ok((sock, peer))
    }
}

impl Socket {
    /// Connects (TCP) or sets the default destination (UDP, binding an
    /// ephemeral port first if needed). TCP: blocks until established
    /// (send timeout applies); non-blocking sockets get `InProgress`, then
    /// poll for WRITABLE.
    pub fn connect(&self, addr: SocketAddrV4) -> Result<()> {
        let (ty, fresh) = self.with_entry(|e| (e.ty, matches!(e.state, State::Fresh)))?;
        if ty == Type::Udp {
            if fresh {
                self.bind(SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, 0))?;
            }
            return self.with_entry(|e| e.udp_peer = Some(addr));
        }
        self.connect_tcp(addr)
    }

    /// Sends on a connected TCP socket; blocks until at least one byte is
    /// queued. Returns how many bytes were queued.
    pub fn send(&self, buf: &[u8]) -> Result<usize> {
        let (ty, peer) = self.with_entry(|e| (e.ty, e.udp_peer))?;
        if ty == Type::Udp {
            return self.send_to(buf, peer.ok_or(Error::NotConnected)?);
        }
        self.send_tcp(buf)
    }

    /// Receives from a connected TCP socket; blocks until data, end of
    /// stream (Ok(0)) or an error.
    pub fn recv(&self, buf: &mut [u8]) -> Result<usize> {
        if self.with_entry(|e| e.ty)? == Type::Udp {
            return self.recv_from(buf).map(|(n, _)| n);
        }
        self.recv_tcp(buf)
    }
}

#[cfg(feature = "tcp")]
impl Socket {
    fn connect_tcp(&self, addr: SocketAddrV4) -> Result<()> {
        {
            let mut g = NET.lock();
            let st = stack(&mut g)?;
            let e = st.entry(self.id)?;
            let local_port = match e.state {
                State::Fresh => None,
                State::Bound(a) => Some(a.port()),
                State::Stream { .. } => return Err(Error::AlreadyConnected),
                _ => return Err(Error::InvalidInput),
            };
            let (rx, tx, nodelay) = (e.recv_buffer, e.send_buffer, e.nodelay);
            let port = match local_port {
                Some(p) => p,
                None => st
                    .ephemeral_port(|s, p| s.port_in_use(Type::Tcp, p))
                    .ok_or(Error::AddrInUse)?,
            };
            if st.ip.is_none() {
                return Err(Error::NetworkDown);
            }
            let mut s = tcp_socket(rx, tx);
            s.set_nagle_enabled(!nodelay);
            s.connect(st.iface.context(), to_endpoint(addr), port)
                .map_err(|_| Error::InvalidInput)?;
            let h = st.sockets.add(s);
            st.entry(self.id)?.state = State::Stream {
                handle: h,
                established: false,
            };
            st.kick();
        }
        let (timeout, nonblocking) = self.with_entry(|e| (e.send_timeout, e.nonblocking))?;
        if nonblocking {
            return Err(Error::InProgress);
        }
        let id = self.id;
        let r = block_on(id, timeout, Error::TimedOut, |st| {
            let State::Stream { handle, .. } = st.entry(id).ok()?.state else {
                return Some(Err(Error::InvalidInput));
            };
            match st.sockets.get::<tcp::Socket>(handle).state() {
                tcp::State::SynSent | tcp::State::SynReceived => None,
                tcp::State::Closed => Some(Err(Error::ConnectionRefused)),
                _ => Some(Ok(())),
            }
        });
        if r.is_err() {
            // back to a fresh socket; the attempt is abandoned
            let mut g = NET.lock();
            if let Ok(st) = stack(&mut g) {
                if let Ok(e) = st.entry(id) {
                    if let State::Stream { handle, .. } =
                        core::mem::replace(&mut e.state, State::Fresh)
                    {
                        st.sockets.get_mut::<tcp::Socket>(handle).abort();
                        st.zombies.push(handle);
                    }
                }
            }
        }
        r
    }

    fn send_tcp(&self, buf: &[u8]) -> Result<usize> {
        let timeout = self.with_entry(|e| e.send_timeout)?;
        let id = self.id;
        block_on(id, timeout, Error::WouldBlock, |st| {
            let e = st.entry(id).ok()?;
            if e.ty == Type::Udp {
                return Some(Err(Error::NotConnected));
            }
            if e.write_shut {
                return Some(Err(Error::BrokenPipe));
            }
            let State::Stream {
                handle,
                established,
            } = e.state
            else {
                return Some(Err(Error::NotConnected));
            };
            let s = st.sockets.get_mut::<tcp::Socket>(handle);
            if buf.is_empty() {
                return Some(Ok(0));
            }
            if !s.may_send() {
                return Some(Err(match s.state() {
                    tcp::State::SynSent | tcp::State::SynReceived => return None,
                    tcp::State::Closed if established => Error::ConnectionReset,
                    tcp::State::Closed => Error::NotConnected,
                    _ => Error::BrokenPipe,
                }));
            }
            match s.send_slice(buf) {
                Ok(0) => None,
                Ok(n) => Some(Ok(n)),
                Err(_) => Some(Err(Error::BrokenPipe)),
            }
        })
    }

    fn recv_tcp(&self, buf: &mut [u8]) -> Result<usize> {
        let timeout = self.with_entry(|e| e.recv_timeout)?;
        let id = self.id;
        block_on(id, timeout, Error::WouldBlock, |st| {
            let Some(Some(e)) = st.entries.get_mut(id) else {
                return Some(Err(Error::BadSocket));
            };
            if e.ty == Type::Udp {
                return Some(Err(Error::NotSupported));
            }
            if e.read_shut {
                return Some(Ok(0));
            }
            let State::Stream {
                handle,
                established,
            } = &mut e.state
            else {
                return Some(Err(Error::NotConnected));
            };
            let s = st.sockets.get_mut::<tcp::Socket>(*handle);
            if s.state() == tcp::State::Established {
                *established = true;
            }
            if buf.is_empty() {
                return Some(Ok(0));
            }
            match s.recv_slice(buf) {
                Ok(0) => None,
                Ok(n) => Some(Ok(n)),
                Err(tcp::RecvError::Finished) => Some(Ok(0)),
                Err(tcp::RecvError::InvalidState) => match s.state() {
                    tcp::State::SynSent | tcp::State::SynReceived => None,
                    tcp::State::Closed if *established => Some(Err(Error::ConnectionReset)),
                    tcp::State::Closed => Some(Err(Error::NotConnected)),
                    _ => Some(Ok(0)),
                },
            }
        })
    }

    /// TCP `shutdown` (see [`Socket::shutdown`]).
    fn shutdown_tcp(&self, how: Shutdown) -> Result<()> {
        let mut g = NET.lock();
        let st = stack(&mut g)?;
        let Some(Some(e)) = st.entries.get_mut(self.id) else {
            return Err(Error::BadSocket);
        };
        let State::Stream { handle, .. } = e.state else {
            return Err(Error::NotConnected);
        };
        if matches!(how, Shutdown::Read | Shutdown::Both) {
            e.read_shut = true;
        }
        if matches!(how, Shutdown::Write | Shutdown::Both) {
            e.write_shut = true;
            st.sockets.get_mut::<tcp::Socket>(handle).close();
        }
        e.notify.cv.notify_all();
        st.kick();
        Ok(())
    }

    fn peer_addr_tcp(&self) -> Result<SocketAddrV4> {
        let mut g = NET.lock();
        let st = stack(&mut g)?;
        let State::Stream { handle, .. } = st.entry(self.id)?.state else {
            return Err(Error::NotConnected);
        };
        st.sockets
            .get::<tcp::Socket>(handle)
            .remote_endpoint()
            .map(from_endpoint)
            .ok_or(Error::NotConnected)
    }

    fn error_tcp(&self) -> Result<Option<Error>> {
        let mut g = NET.lock();
        let st = stack(&mut g)?;
        let e = st.entry(self.id)?;
        let State::Stream {
            handle,
            established,
        } = e.state
        else {
            return Ok(None);
        };
        let state = st.sockets.get::<tcp::Socket>(handle).state();
        Ok((state == tcp::State::Closed && !established).then_some(Error::ConnectionRefused))
    }
}

/// Without TCP no socket is ever a TCP socket (`Socket::new` refuses),
/// so these are only reached on UDP sockets.
#[cfg(not(feature = "tcp"))]
impl Socket {
    fn listen_tcp(&self, _backlog: usize) -> Result<()> {
        Err(Error::NotSupported)
    }
    fn accept_tcp(&self) -> Result<(Socket, SocketAddrV4)> {
        Err(Error::InvalidInput)
    }
    fn connect_tcp(&self, _addr: SocketAddrV4) -> Result<()> {
        Err(Error::NotSupported)
    }
    fn send_tcp(&self, _buf: &[u8]) -> Result<usize> {
        Err(Error::NotSupported)
    }
    fn recv_tcp(&self, _buf: &mut [u8]) -> Result<usize> {
        Err(Error::NotSupported)
    }
    fn shutdown_tcp(&self, _how: Shutdown) -> Result<()> {
        Err(Error::NotConnected)
    }
    fn peer_addr_tcp(&self) -> Result<SocketAddrV4> {
        Err(Error::NotConnected)
    }
    fn error_tcp(&self) -> Result<Option<Error>> {
        Ok(None)
    }
}

impl Socket {
    /// Sends one datagram (UDP). An unbound socket gets an ephemeral port.
    pub fn send_to(&self, buf: &[u8], to: SocketAddrV4) -> Result<usize> {
        if buf.len() > MAX_UDP_PAYLOAD {
            return Err(Error::MessageTooLong);
        }
        let (ty, fresh, timeout) =
            self.with_entry(|e| (e.ty, matches!(e.state, State::Fresh), e.send_timeout))?;
        if ty != Type::Udp {
            return Err(Error::NotSupported);
        }
        if fresh {
            self.bind(SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, 0))?;
        }
        let id = self.id;
        let ep = to_endpoint(to);
        block_on(id, timeout, Error::WouldBlock, |st| {
            if st.ip.is_none() {
                return Some(Err(Error::NetworkDown));
            }
            let State::Udp(h) = st.entry(id).ok()?.state else {
                return Some(Err(Error::InvalidInput));
            };
            let s = st.sockets.get_mut::<udp::Socket>(h);
            if buf.len() > s.payload_send_capacity() {
                return Some(Err(Error::MessageTooLong));
            }
            match s.send_slice(buf, ep) {
                Ok(()) => Some(Ok(buf.len())),
                Err(udp::SendError::BufferFull) => None,
                Err(udp::SendError::Unaddressable) => Some(Err(Error::InvalidInput)),
            }
        })
    }

    /// Receives one datagram (UDP): its length (truncated to `buf`) and sender.
    pub fn recv_from(&self, buf: &mut [u8]) -> Result<(usize, SocketAddrV4)> {
        let timeout = self.with_entry(|e| e.recv_timeout)?;
        let id = self.id;
        block_on(id, timeout, Error::WouldBlock, |st| {
            let e = st.entry(id).ok()?;
            let peer = e.udp_peer;
            let h = match e.state {
                State::Udp(h) => h,
                State::Fresh if e.ty == Type::Udp => return Some(Err(Error::InvalidInput)),
                _ => return Some(Err(Error::NotSupported)),
            };
            let s = st.sockets.get_mut::<udp::Socket>(h);
            loop {
                match s.recv() {
                    Ok((data, meta)) => {
                        let from = from_endpoint(meta.endpoint);
                        if peer.is_some_and(|p| p != from) {
                            continue; // a connected socket hears only its peer
                        }
                        let n = data.len().min(buf.len());
                        buf[..n].copy_from_slice(&data[..n]);
                        return Some(Ok((n, from)));
                    }
                    Err(_) => return None,
                }
            }
        })
    }

    /// Shuts down reading, writing (sends FIN) or both.
    pub fn shutdown(&self, how: Shutdown) -> Result<()> {
        self.shutdown_tcp(how)
    }

    pub fn set_option(&self, opt: SockOpt) -> Result<()> {
        let mut g = NET.lock();
        let st = stack(&mut g)?;
        let e = st.entry(self.id)?;
        match opt {
            SockOpt::NonBlocking(b) => e.nonblocking = b,
            SockOpt::RecvTimeout(t) => e.recv_timeout = t,
            SockOpt::SendTimeout(t) => e.send_timeout = t,
            SockOpt::RecvBuffer(n) | SockOpt::SendBuffer(n)
                if !matches!(e.state, State::Fresh | State::Bound(_)) =>
            {
                let _ = n;
                return Err(Error::InvalidInput);
            }
            SockOpt::RecvBuffer(n) => e.recv_buffer = n.clamp(1024, 16 << 20),
            SockOpt::SendBuffer(n) => e.send_buffer = n.clamp(1024, 16 << 20),
            SockOpt::NoDelay(b) => {
                e.nodelay = b;
                #[cfg(feature = "tcp")]
                if let State::Stream { handle, .. } = e.state {
                    st.sockets
                        .get_mut::<tcp::Socket>(handle)
                        .set_nagle_enabled(!b);
                }
            }
        }
        Ok(())
    }

    pub fn local_addr(&self) -> Result<SocketAddrV4> {
        let mut g = NET.lock();
        let st = stack(&mut g)?;
        let Some(Some(e)) = st.entries.get(self.id) else {
            return Err(Error::BadSocket);
        };
        Ok(match &e.state {
            State::Fresh => SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, 0),
            State::Bound(a) => *a,
            State::Udp(h) => {
                let ep = st.sockets.get::<udp::Socket>(*h).endpoint();
                SocketAddrV4::new(
                    match ep.addr {
                        Some(IpAddress::Ipv4(a)) => Ipv4Addr::from(a.octets()),
                        None => Ipv4Addr::UNSPECIFIED,
                    },
                    ep.port,
                )
            }
            #[cfg(feature = "tcp")]
            State::Listening { port, .. } => SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, *port),
            #[cfg(feature = "tcp")]
            State::Stream { handle, .. } => st
                .sockets
                .get::<tcp::Socket>(*handle)
                .local_endpoint()
                .map(from_endpoint)
                .unwrap_or(SocketAddrV4::new(
                    st.ip.map_or(Ipv4Addr::UNSPECIFIED, |c| {
                        Ipv4Addr::from(c.address().octets())
                    }),
                    0,
                )),
        })
    }

    pub fn peer_addr(&self) -> Result<SocketAddrV4> {
        let mut g = NET.lock();
        let st = stack(&mut g)?;
        let e = st.entry(self.id)?;
        if e.ty == Type::Udp {
            return e.udp_peer.ok_or(Error::NotConnected);
        }
        drop(g);
        self.peer_addr_tcp()
    }

    /// The pending error of a connection attempt (`SO_ERROR`): after a
    /// non-blocking `connect` that failed, `Some(ConnectionRefused)`.
    pub fn error(&self) -> Result<Option<Error>> {
        self.error_tcp()
    }

    /// Current readiness (what `poll` would report), without waiting.
    pub fn readiness(&self) -> Events {
        let mut g = NET.lock();
        match stack(&mut g) {
            Ok(st) => st.readiness(self.id),
            Err(_) => Events::ERROR,
        }
    }

    /// Closes now (also what dropping does).
    pub fn close(self) {}
}

impl Drop for Socket {
    fn drop(&mut self) {
        let mut g = NET.lock();
        let Ok(st) = stack(&mut g) else { return };
        let Some(e) = st.entries.get_mut(self.id).and_then(|e| e.take()) else {
            return;
        };
        match e.state {
            State::Udp(h) => {
                st.sockets.remove(h);
            }
            #[cfg(feature = "tcp")]
            State::Listening { backlog, .. } => {
                for h in backlog {
                    let s = st.sockets.get_mut::<tcp::Socket>(h);
                    s.abort();
                    st.zombies.push(h);
                }
            }
            #[cfg(feature = "tcp")]
            State::Stream { handle, .. } => {
                st.sockets.get_mut::<tcp::Socket>(handle).close();
                st.zombies.push(handle);
            }
            State::Fresh | State::Bound(_) => {}
        }
        st.kick();
    }
}

/// One socket's entry for [`poll`].
pub struct PollFd<'a> {
    pub socket: &'a Socket,
    pub events: Events,
    pub revents: Events,
}

/// Waits until at least one socket is ready for its `events` (ERROR and
/// HANGUP are always reported) or `timeout_ns` passes (None: forever,
/// Some(0): just check). Returns how many entries have `revents` set.
pub fn poll(fds: &mut [PollFd<'_>], timeout_ns: Option<u64>) -> Result<usize> {
    struct Poller;
    impl Drop for Poller {
        fn drop(&mut self) {
            POLLERS.fetch_sub(1, Ordering::AcqRel);
        }
    }
    POLLERS.fetch_add(1, Ordering::AcqRel);
    let _p = Poller;
    let deadline = timeout_ns.map(|t| crate::clock::now_ns().saturating_add(t));
    let mut g = NET.lock();
    loop {
        let st = stack(&mut g)?;
        st.poll_if_rx_pending();
        let mut n = 0;
        for f in fds.iter_mut() {
            let ready = st.readiness(f.socket.id);
            f.revents = ready & (f.events | Events::ERROR | Events::HANGUP);
            if !f.revents.is_empty() {
                n += 1;
            }
        }
        if n > 0 {
            return Ok(n);
        }
        st.flush_tx(); // about to wait: kick what this thread sent (see `Stack::kick`)
        if st.listen_rx() {
            continue; // frames arrived with receive interrupts off: take them first
        }
        for f in fds.iter() {
            st.register(f.socket.id);
        }
        match deadline {
            Some(d) => {
                let now = crate::clock::now_ns();
                if now >= d {
                    return Ok(0);
                }
                g = POLL_CV.wait_timeout(g, d - now).0;
            }
            None => g = POLL_CV.wait(g),
        }
    }
}
