//! Network self-tests: echo services the boot tests drive from the host
//! with real clients, and a line with the NIC status and frame counters.

use alloc::vec;
use core::net::{Ipv4Addr, SocketAddrV4};
use kernel::net::{self, Shutdown, SockOpt, Socket};
use kernel::println;

fn any(port: u16) -> SocketAddrV4 {
    SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, port)
}

/// Prints the interface status and the frame counters on one line.
pub fn print_stats(tag: &str) {
    let s = net::stats();
    println!(
        "NETSTATS {tag} rx_frames={} tx_frames={} irqs={} dropped={} truncated={} bad_header={} bad_length={} ip_checksum={} l4_checksum={} tx_ring_full={} repeated_syn={} backoffs={}",
        s.rx_frames,
        s.tx_frames,
        s.irqs,
        s.dropped(),
        s.dropped_truncated,
        s.dropped_bad_header,
        s.dropped_bad_length,
        s.dropped_ip_checksum,
        s.dropped_l4_checksum,
        s.tx_ring_full,
        s.repeated_syn,
        s.backoffs
    );
}

/// `net-info`: whether a NIC was found and its address.
pub fn info() -> i32 {
    match net::status() {
        Some(s) => println!(
            "net-info: nic=yes mac={} ip={}",
            net::wire::Mac(s.mac),
            s.ip.map(|(ip, p)| alloc::format!("{}/{p}", net::wire::Ip(ip)))
                .unwrap_or_else(|| "none".into())
        ),
        None => println!("net-info: nic=no"),
    }
    0
}

fn udp_echo(port: u16) -> i32 {
    let s = match Socket::udp_bind(any(port)) {
        Ok(s) => s,
        Err(e) => {
            println!("udp-echo: bind {port}: {e}");
            return 1;
        }
    };
    let mut buf = vec![0u8; 2048];
    loop {
        match s.recv_from(&mut buf) {
            Ok((n, from)) => {
                if let Err(e) = s.send_to(&buf[..n], from) {
                    println!("udp-echo: send_to {from}: {e}");
                }
            }
            Err(e) => {
                println!("udp-echo: recv_from: {e}");
                return 1;
            }
        }
    }
}

fn tcp_conn(c: Socket) -> i32 {
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        match c.recv(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                let mut off = 0;
                while off < n {
                    match c.send(&buf[off..n]) {
                        Ok(k) => off += k,
                        Err(e) => {
                            println!("tcp-echo: send: {e}");
                            return 1;
                        }
                    }
                }
            }
            Err(e) => {
                println!("tcp-echo: recv: {e}");
                return 1;
            }
        }
    }
    let _ = c.shutdown(Shutdown::Write);
    0
}

fn tcp_echo(port: u16, backlog: usize) -> i32 {
    let l = match Socket::tcp_listen(any(port), backlog) {
        Ok(l) => l,
        Err(e) => {
            println!("tcp-echo: listen {port}: {e}");
            return 1;
        }
    };
    loop {
        match l.accept() {
            Ok((c, _peer)) => {
                let _ = c.set_option(SockOpt::NoDelay(true));
                match kernel::thread::Builder::new("tcp-conn")
                    .stack_size(32 * 1024)
                    .spawn(move || tcp_conn(c))
                {
                    Ok(h) => h.detach(),
                    Err(_) => println!("tcp-echo: no memory for a connection thread"),
                }
            }
            Err(e) => {
                println!("tcp-echo: accept: {e}");
                return 1;
            }
        }
    }
}

fn tcp_count(c: Socket) -> i32 {
    let mut buf = vec![0u8; 32 * 1024];
    let mut total: u64 = 0;
    loop {
        match c.recv(&mut buf) {
            Ok(0) => break,
            Ok(n) => total += n as u64,
            Err(e) => {
                println!("tcp-count: recv: {e}");
                return 1;
            }
        }
    }
    let bytes = total.to_le_bytes();
    let mut off = 0;
    while off < bytes.len() {
        match c.send(&bytes[off..]) {
            Ok(n) => off += n,
            Err(_) => return 1,
        }
    }
    let _ = c.shutdown(Shutdown::Write);
    0
}

/// TCP on port 9: reads to the end, answers with the byte count (8 bytes, LE).
fn tcp_counter(port: u16) -> i32 {
    let l = match Socket::tcp_listen(any(port), 8) {
        Ok(l) => l,
        Err(e) => {
            println!("tcp-count: listen {port}: {e}");
            return 1;
        }
    };
    while let Ok((c, _)) = l.accept() {
        if let Ok(h) = kernel::thread::Builder::new("tcp-count")
            .stack_size(32 * 1024)
            .spawn(move || tcp_count(c))
        {
            h.detach();
        }
    }
    1
}

/// `net-echo`: UDP and TCP echo on port 7 (TCP backlog from args), a TCP
/// byte counter on port 9, until a UDP datagram "quit" arrives on port 9;
/// then prints the counters.
pub fn echo(backlog: usize) -> i32 {
    let ctl = match Socket::udp_bind(any(9)) {
        Ok(s) => s,
        Err(e) => {
            println!("net-echo: control socket: {e}");
            return 1;
        }
    };
    // the API reports a taken port
    match Socket::udp_bind(any(9)) {
        Err(net::Error::AddrInUse) => println!("net-echo: second bind of udp 9: AddrInUse (ok)"),
        other => println!("net-echo: second bind of udp 9 gave {other:?}"),
    }
    kernel::thread::spawn("udp-echo", || udp_echo(7)).detach();
    kernel::thread::spawn("tcp-echo", move || tcp_echo(7, backlog)).detach();
    kernel::thread::spawn("tcp-count", || tcp_counter(9)).detach();
    kernel::thread::sleep_ns(10_000_000);
    println!("net-echo: ready");
    let mut buf = [0u8; 64];
    loop {
        match ctl.recv_from(&mut buf) {
            Ok((n, from)) if buf[..n].trim_ascii() == b"quit" => {
                print_stats("final");
                let _ = ctl.send_to(b"bye", from);
                kernel::thread::sleep_ns(20_000_000);
                return 0;
            }
            Ok((n, from)) if buf[..n].trim_ascii() == b"stats" => {
                print_stats("now");
                let s = net::stats();
                let msg = alloc::format!("dropped={}", s.dropped());
                let _ = ctl.send_to(msg.as_bytes(), from);
            }
            Ok(_) => {}
            Err(e) => {
                println!("net-echo: control: {e}");
                return 1;
            }
        }
    }
}

/// `net-api PORT [UPORT]`: the socket API's errors, timeouts, non-blocking mode,
/// `poll` and connection reset, against a host server that the boot test
/// runs on 127.0.0.1:PORT (10.0.2.2 from the guest); nothing listens on
/// PORT+1; with UPORT, a UDP echo on 127.0.0.1:UPORT. Prints one line per check and `net-api: done failures=N`.
pub fn api(port: u16, udp_port: Option<u16>) -> i32 {
    use kernel::clock::now_ns;
    use net::{Error, Events, PollFd};
    let host = Ipv4Addr::new(10, 0, 2, 2);
    let mut failures = 0;
    let mut check = |name: &str, ok: bool, detail: alloc::string::String| {
        if ok {
            println!("net-api: ok {name}");
        } else {
            failures += 1;
            println!("net-api: FAIL {name}: {detail}");
        }
    };
    let r = Socket::udp_bind(SocketAddrV4::new(Ipv4Addr::new(10, 9, 9, 9), 5000));
    check(
        "bind-foreign-address",
        matches!(r, Err(Error::AddrNotAvailable)),
        alloc::format!("{r:?}"),
    );
    let l1 = Socket::tcp_listen(any(7000), 1);
    let l2 = Socket::tcp_listen(any(7000), 1);
    check(
        "listen-twice",
        l1.is_ok() && matches!(l2, Err(Error::AddrInUse)),
        alloc::format!("{l1:?} {l2:?}"),
    );
    let fresh = Socket::new(net::Type::Tcp).unwrap();
    let r = fresh.recv(&mut [0u8; 4]);
    check(
        "recv-unconnected",
        r == Err(Error::NotConnected),
        alloc::format!("{r:?}"),
    );
    let udp = Socket::udp_bind(any(0)).unwrap();
    let r = udp.send_to(&[0u8; 1473], SocketAddrV4::new(host, port));
    check(
        "udp-too-long",
        r == Err(Error::MessageTooLong),
        alloc::format!("{r:?}"),
    );
    check(
        "errno",
        Error::ConnectionReset.errno() == 104 && Error::WouldBlock.errno() == 11,
        alloc::string::String::new(),
    );

    let r = Socket::tcp_connect(SocketAddrV4::new(host, port + 1), Some(5_000_000_000));
    check(
        "connect-refused",
        matches!(r, Err(Error::ConnectionRefused)),
        alloc::format!("{r:?}"),
    );

    let nb = Socket::new(net::Type::Tcp).unwrap();
    nb.set_option(SockOpt::NonBlocking(true)).unwrap();
    let started = nb.connect(SocketAddrV4::new(host, port + 1));
    let mut fds = [PollFd {
        socket: &nb,
        events: Events::WRITABLE,
        revents: Events::empty(),
    }];
    let n = net::poll(&mut fds, Some(5_000_000_000));
    let err = nb.error();
    check(
        "nonblocking-connect-refused",
        started == Err(Error::InProgress)
            && n == Ok(1)
            && fds[0].revents.contains(Events::ERROR)
            && err == Ok(Some(Error::ConnectionRefused)),
        alloc::format!("{started:?} {n:?} {:?} {err:?}", fds[0].revents),
    );
    drop(nb);

    let c = match Socket::tcp_connect(SocketAddrV4::new(host, port), Some(5_000_000_000)) {
        Ok(c) => c,
        Err(e) => {
            println!("net-api: FAIL connect: {e}");
            println!("net-api: done failures={}", failures + 1);
            return 1;
        }
    };
    let peer = c.peer_addr();
    check(
        "peer-addr",
        peer.map(|p| p.port()) == Ok(port),
        alloc::format!("{peer:?}"),
    );
    let mut buf = [0u8; 64];
    let sent = c.send(b"hello");
    let got = c.recv(&mut buf);
    check(
        "send-recv",
        sent == Ok(5) && got.map(|n| &buf[..n] == b"world") == Ok(true),
        alloc::format!("{sent:?} {got:?}"),
    );

    c.set_option(SockOpt::RecvTimeout(Some(200_000_000)))
        .unwrap();
    let t = now_ns();
    let r = c.recv(&mut buf);
    let ms = (now_ns() - t) / 1_000_000;
    check(
        "recv-timeout",
        r == Err(Error::WouldBlock) && ms >= 190,
        alloc::format!("{r:?} after {ms} ms"),
    );
    c.set_option(SockOpt::RecvTimeout(None)).unwrap();
    c.set_option(SockOpt::NonBlocking(true)).unwrap();
    let t = now_ns();
    let r = c.recv(&mut buf);
    let ms = (now_ns() - t) / 1_000_000;
    // (with no timeout set, a blocking recv would wait for the host's next data)
    check(
        "recv-nonblocking",
        r == Err(Error::WouldBlock),
        alloc::format!("{r:?} after {ms} ms"),
    );
    c.set_option(SockOpt::NonBlocking(false)).unwrap();

    // the host sends "late" about a second after "world"
    let t = now_ns();
    let mut fds = [
        PollFd {
            socket: &udp,
            events: Events::READABLE,
            revents: Events::empty(),
        },
        PollFd {
            socket: &c,
            events: Events::READABLE,
            revents: Events::empty(),
        },
    ];
    let n = net::poll(&mut fds, Some(10_000_000_000));
    let ms = (now_ns() - t) / 1_000_000;
    check(
        "poll-wakes-on-data",
        n == Ok(1)
            && fds[1].revents.contains(Events::READABLE)
            && fds[0].revents.is_empty()
            && ms >= 300,
        alloc::format!(
            "{n:?} udp={:?} tcp={:?} after {ms} ms",
            fds[0].revents,
            fds[1].revents
        ),
    );
    let got = c.recv(&mut buf);
    check(
        "recv-after-poll",
        got.map(|n| &buf[..n] == b"late") == Ok(true),
        alloc::format!("{got:?}"),
    );
    let t = now_ns();
    let mut fds = [PollFd {
        socket: &udp,
        events: Events::READABLE,
        revents: Events::empty(),
    }];
    let n = net::poll(&mut fds, Some(100_000_000));
    let ms = (now_ns() - t) / 1_000_000;
    check(
        "poll-timeout",
        n == Ok(0) && ms >= 90,
        alloc::format!("{n:?} after {ms} ms"),
    );

    // the host answers "bye" with a reset
    let _ = c.send(b"bye");
    let r = loop {
        match c.recv(&mut buf) {
            Ok(n) if n > 0 => continue,
            other => break other,
        }
    };
    check(
        "reset",
        r == Err(Error::ConnectionReset),
        alloc::format!("{r:?}"),
    );
    let r = c.send(b"more");
    check(
        "send-after-reset",
        r == Err(Error::ConnectionReset),
        alloc::format!("{r:?}"),
    );
    if let Some(uport) = udp_port {
        let u = Socket::new(net::Type::Udp).unwrap();
        let peer = SocketAddrV4::new(host, uport);
        let c = u.connect(peer);
        let sent = u.send(b"ping-udp");
        let got = u.recv(&mut buf);
        check(
            "udp-connect-send-recv",
            c.is_ok()
                && sent == Ok(8)
                && got.map(|n| &buf[..n] == b"ping-udp") == Ok(true)
                && u.peer_addr() == Ok(peer),
            alloc::format!("{c:?} {sent:?} {got:?}"),
        );
    }
    if let Some(uport) = udp_port {
        // a 4 KiB receive buffer holds four 1000-byte datagrams, not eight
        let u = Socket::new(net::Type::Udp).unwrap();
        let small = u.set_option(SockOpt::RecvBuffer(4096));
        let _ = u.connect(SocketAddrV4::new(host, uport));
        for i in 0..8u8 {
            let _ = u.send(&[i; 1000]);
        }
        kernel::thread::sleep_ns(1_000_000_000);
        u.set_option(SockOpt::NonBlocking(true)).unwrap();
        let mut held = 0;
        while let Ok(n) = u.recv(&mut buf) {
            if n == 64 {
                held += 1;
            }
        }
        let late = u.set_option(SockOpt::RecvBuffer(8192));
        check(
            "recv-buffer-size",
            small.is_ok() && held == 4 && late == Err(Error::InvalidInput),
            alloc::format!("{small:?} held={held} {late:?}"),
        );
    }
    println!("net-api: done failures={failures}");
    if failures == 0 {
        0
    } else {
        1
    }
}
