//! java.net sockets on the host (area: net): non-blocking IPv4 sockets over
//! libc; a handle is the file descriptor. Errors are errno values.

use std::net::ToSocketAddrs;

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(5)
}

fn check(r: libc::c_int) -> Result<libc::c_int, i32> {
    if r < 0 {
        Err(errno())
    } else {
        Ok(r)
    }
}

fn sockaddr(addr: [u8; 4], port: u16) -> libc::sockaddr_in {
    // SAFETY: sockaddr_in is plain old data; all-zero is a valid value.
    let mut sa: libc::sockaddr_in = unsafe { std::mem::zeroed() };
    sa.sin_family = libc::AF_INET as libc::sa_family_t;
    sa.sin_port = port.to_be();
    sa.sin_addr.s_addr = u32::from_be_bytes(addr).to_be();
    sa
}

fn from_sockaddr(sa: &libc::sockaddr_in) -> ([u8; 4], u16) {
    (
        u32::from_be(sa.sin_addr.s_addr).to_be_bytes(),
        u16::from_be(sa.sin_port),
    )
}

const SA_LEN: libc::socklen_t = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;

fn nonblocking(fd: i32) -> Result<(), i32> {
    // SAFETY: fcntl on a descriptor we own; no pointers involved.
    unsafe {
        let fl = check(libc::fcntl(fd, libc::F_GETFL))?;
        check(libc::fcntl(fd, libc::F_SETFL, fl | libc::O_NONBLOCK))?;
    }
    Ok(())
}

pub fn open(kind: i32) -> Result<u32, i32> {
    let ty = if kind == 1 {
        libc::SOCK_DGRAM
    } else {
        libc::SOCK_STREAM
    };
    // SAFETY: plain system call.
    let fd = check(unsafe { libc::socket(libc::AF_INET, ty | libc::SOCK_CLOEXEC, 0) })?;
    if let Err(e) = nonblocking(fd) {
        close(fd as u32);
        return Err(e);
    }
    Ok(fd as u32)
}

pub fn bind(h: u32, addr: [u8; 4], port: u16) -> Result<(), i32> {
    let sa = sockaddr(addr, port);
    // SAFETY: `sa` is a valid sockaddr_in of length SA_LEN.
    check(unsafe { libc::bind(h as i32, &sa as *const _ as *const libc::sockaddr, SA_LEN) })?;
    Ok(())
}

pub fn listen(h: u32, backlog: i32) -> Result<(), i32> {
    // SAFETY: plain system call.
    check(unsafe { libc::listen(h as i32, backlog.max(1)) })?;
    Ok(())
}

pub fn accept(h: u32) -> Result<(u32, [u8; 4], u16), i32> {
    // SAFETY: zeroed sockaddr_in is valid; accept4 writes at most `len` bytes.
    let mut sa: libc::sockaddr_in = unsafe { std::mem::zeroed() };
    let mut len = SA_LEN;
    let fd = check(unsafe {
        libc::accept4(
            h as i32,
            &mut sa as *mut _ as *mut libc::sockaddr,
            &mut len,
            libc::SOCK_CLOEXEC | libc::SOCK_NONBLOCK,
        )
    })?;
    let (ip, port) = from_sockaddr(&sa);
    Ok((fd as u32, ip, port))
}

pub fn connect(h: u32, addr: [u8; 4], port: u16) -> Result<(), i32> {
    let sa = sockaddr(addr, port);
    // SAFETY: `sa` is a valid sockaddr_in of length SA_LEN.
    check(unsafe { libc::connect(h as i32, &sa as *const _ as *const libc::sockaddr, SA_LEN) })?;
    Ok(())
}

pub fn connect_result(h: u32) -> Result<(), i32> {
    let e = get_int(h, libc::SOL_SOCKET, libc::SO_ERROR)?;
    if e != 0 {
        Err(e)
    } else {
        Ok(())
    }
}

pub fn disconnect(h: u32) -> Result<(), i32> {
    // SAFETY: an AF_UNSPEC sockaddr dissolves a datagram socket's association.
    let mut sa: libc::sockaddr_in = unsafe { std::mem::zeroed() };
    sa.sin_family = libc::AF_UNSPEC as libc::sa_family_t;
    check(unsafe { libc::connect(h as i32, &sa as *const _ as *const libc::sockaddr, SA_LEN) })?;
    Ok(())
}

pub fn send(h: u32, data: &[u8]) -> Result<usize, i32> {
    // SAFETY: `data` is valid for its length; MSG_NOSIGNAL avoids SIGPIPE.
    let n = unsafe {
        libc::send(
            h as i32,
            data.as_ptr() as *const libc::c_void,
            data.len(),
            libc::MSG_NOSIGNAL,
        )
    };
    if n < 0 {
        Err(errno())
    } else {
        Ok(n as usize)
    }
}

pub fn recv(h: u32, buf: &mut [u8]) -> Result<usize, i32> {
    // SAFETY: `buf` is valid for writes of its length.
    let n = unsafe {
        libc::recv(
            h as i32,
            buf.as_mut_ptr() as *mut libc::c_void,
            buf.len(),
            0,
        )
    };
    if n < 0 {
        Err(errno())
    } else {
        Ok(n as usize)
    }
}

pub fn send_to(h: u32, data: &[u8], addr: [u8; 4], port: u16) -> Result<usize, i32> {
    let sa = sockaddr(addr, port);
    // SAFETY: `data` and `sa` are valid for the lengths given.
    let n = unsafe {
        libc::sendto(
            h as i32,
            data.as_ptr() as *const libc::c_void,
            data.len(),
            libc::MSG_NOSIGNAL,
            &sa as *const _ as *const libc::sockaddr,
            SA_LEN,
        )
    };
    if n < 0 {
        Err(errno())
    } else {
        Ok(n as usize)
    }
}

pub fn recv_from(h: u32, buf: &mut [u8]) -> Result<(usize, [u8; 4], u16), i32> {
    // SAFETY: `buf` and `sa` are valid for writes of the lengths given.
    let mut sa: libc::sockaddr_in = unsafe { std::mem::zeroed() };
    let mut len = SA_LEN;
    let n = unsafe {
        libc::recvfrom(
            h as i32,
            buf.as_mut_ptr() as *mut libc::c_void,
            buf.len(),
            0,
            &mut sa as *mut _ as *mut libc::sockaddr,
            &mut len,
        )
    };
    if n < 0 {
        return Err(errno());
    }
    let (ip, port) = from_sockaddr(&sa);
    Ok((n as usize, ip, port))
}

pub fn shutdown(h: u32, how: i32) -> Result<(), i32> {
    let how = match how {
        0 => libc::SHUT_RD,
        1 => libc::SHUT_WR,
        _ => libc::SHUT_RDWR,
    };
    // SAFETY: plain system call.
    check(unsafe { libc::shutdown(h as i32, how) })?;
    Ok(())
}

pub fn close(h: u32) {
    // SAFETY: the VM closes each handle it opened once.
    unsafe {
        libc::close(h as i32);
    }
}

pub fn addr(h: u32, peer: bool) -> Result<([u8; 4], u16), i32> {
    // SAFETY: `sa` is valid for writes of `len` bytes.
    let mut sa: libc::sockaddr_in = unsafe { std::mem::zeroed() };
    let mut len = SA_LEN;
    let p = &mut sa as *mut _ as *mut libc::sockaddr;
    check(unsafe {
        if peer {
            libc::getpeername(h as i32, p, &mut len)
        } else {
            libc::getsockname(h as i32, p, &mut len)
        }
    })?;
    Ok(from_sockaddr(&sa))
}

fn get_int(h: u32, level: i32, name: i32) -> Result<i32, i32> {
    let mut v: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: `v` is a c_int and `len` its size.
    check(unsafe {
        libc::getsockopt(
            h as i32,
            level,
            name,
            &mut v as *mut _ as *mut libc::c_void,
            &mut len,
        )
    })?;
    Ok(v)
}

fn opt_name(opt: i32) -> Result<(i32, i32), i32> {
    Ok(match opt {
        1 => (libc::IPPROTO_TCP, libc::TCP_NODELAY),
        2 => (libc::SOL_SOCKET, libc::SO_REUSEADDR),
        3 => (libc::SOL_SOCKET, libc::SO_KEEPALIVE),
        4 => (libc::SOL_SOCKET, libc::SO_RCVBUF),
        5 => (libc::SOL_SOCKET, libc::SO_SNDBUF),
        6 => (libc::SOL_SOCKET, libc::SO_BROADCAST),
        7 => (libc::SOL_SOCKET, libc::SO_LINGER),
        _ => return Err(libc::ENOPROTOOPT),
    })
}

pub fn set_opt(h: u32, opt: i32, value: i32) -> Result<(), i32> {
    let (level, name) = opt_name(opt)?;
    if opt == 7 {
        let l = libc::linger {
            l_onoff: (value >= 0) as i32,
            l_linger: value.max(0),
        };
        // SAFETY: `l` is a linger struct of the size given.
        check(unsafe {
            libc::setsockopt(
                h as i32,
                level,
                name,
                &l as *const _ as *const libc::c_void,
                std::mem::size_of::<libc::linger>() as libc::socklen_t,
            )
        })?;
        return Ok(());
    }
    let v: libc::c_int = value;
    // SAFETY: `v` is a c_int of the size given.
    check(unsafe {
        libc::setsockopt(
            h as i32,
            level,
            name,
            &v as *const _ as *const libc::c_void,
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    })?;
    Ok(())
}

pub fn get_opt(h: u32, opt: i32) -> Result<i32, i32> {
    if opt == 8 {
        let mut n: libc::c_int = 0;
        // SAFETY: FIONREAD writes one c_int.
        check(unsafe { libc::ioctl(h as i32, libc::FIONREAD, &mut n) })?;
        return Ok(n);
    }
    let (level, name) = opt_name(opt)?;
    if opt == 7 {
        let mut l = libc::linger {
            l_onoff: 0,
            l_linger: 0,
        };
        let mut len = std::mem::size_of::<libc::linger>() as libc::socklen_t;
        // SAFETY: `l` is a linger struct and `len` its size.
        check(unsafe {
            libc::getsockopt(
                h as i32,
                level,
                name,
                &mut l as *mut _ as *mut libc::c_void,
                &mut len,
            )
        })?;
        return Ok(if l.l_onoff != 0 { l.l_linger } else { -1 });
    }
    let v = get_int(h, level, name)?;
    // Linux doubles buffer sizes on set; HotSpot halves them on get so that
    // get returns what was set
    Ok(if opt == 4 || opt == 5 { v / 2 } else { v })
}

pub fn poll(waits: &[(u32, u8)], timeout_nanos: Option<u64>) -> Result<bool, i32> {
    let mut fds: Vec<libc::pollfd> = waits
        .iter()
        .map(|&(h, ev)| libc::pollfd {
            fd: h as i32,
            events: (if ev & 1 != 0 { libc::POLLIN } else { 0 })
                | (if ev & 2 != 0 { libc::POLLOUT } else { 0 }),
            revents: 0,
        })
        .collect();
    let ms: i32 = match timeout_nanos {
        None => -1,
        Some(n) => n.div_ceil(1_000_000).min(i32::MAX as u64) as i32,
    };
    // SAFETY: `fds` is a valid array of pollfd of the length given.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
    if n < 0 {
        let e = errno();
        return if e == libc::EINTR { Ok(false) } else { Err(e) };
    }
    Ok(n > 0)
}

pub fn resolve(name: &str) -> Result<Vec<[u8; 4]>, i32> {
    let addrs = (name, 0u16).to_socket_addrs().map_err(|_| -2)?;
    let v: Vec<[u8; 4]> = addrs
        .filter_map(|a| match a {
            std::net::SocketAddr::V4(a) => Some(a.ip().octets()),
            _ => None,
        })
        .collect();
    if v.is_empty() {
        Err(-2)
    } else {
        Ok(v)
    }
}
