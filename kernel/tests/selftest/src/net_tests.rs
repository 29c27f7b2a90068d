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
