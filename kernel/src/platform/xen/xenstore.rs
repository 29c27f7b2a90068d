//! The xenstore client (`io/xs_wire.h`): requests and replies travel as
//! `struct xsd_sockmsg` headers (type, req_id, tx_id, len; u32 each) plus a
//! payload through two 1 KiB byte rings in the page HVM_PARAM_STORE_PFN
//! names (`req` at 0, `rsp` at 1024, then req_cons, req_prod, rsp_cons,
//! rsp_prod), with HVM_PARAM_STORE_EVTCHN to kick the daemon. Paths without
//! a leading `/` are relative to this domain's home (`/local/domain/ID`).
//!
//! One request is in flight at a time (a lock); watch events that arrive
//! meanwhile are queued for the `xenstore` thread, which handles the
//! toolstack's `control/shutdown` requests (`xl shutdown`, `xl reboot`).
//!
//! Not here: permissions, the socket (dom0) transport.

use super::{evtchn, hypercall};
use alloc::collections::VecDeque;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::{fence, AtomicU32, AtomicU64, Ordering};
use sched::sync::Semaphore;

const XS_DIRECTORY: u32 = 1;
const XS_READ: u32 = 2;
const XS_WATCH: u32 = 4;
const XS_TRANSACTION_START: u32 = 6;
const XS_TRANSACTION_END: u32 = 7;
const XS_WRITE: u32 = 11;
const XS_WATCH_EVENT: u32 = 15;
const XS_ERROR: u32 = 16;

const RING_SIZE: u32 = 1024;
const REQ: usize = 0;
const RSP: usize = 1024;
const REQ_CONS: usize = 2048;
const REQ_PROD: usize = 2052;
const RSP_CONS: usize = 2056;
const RSP_PROD: usize = 2060;
const HEADER: usize = 16;
/// XENSTORE_PAYLOAD_MAX
const PAYLOAD_MAX: usize = 4096;

static PAGE: AtomicU64 = AtomicU64::new(0);
static PORT: AtomicU32 = AtomicU32::new(0);
static REQ_ID: AtomicU32 = AtomicU32::new(1);
/// Released by the event channel: the daemon consumed or produced something.
static KICK: Semaphore = Semaphore::new(0);
/// The connection: one request at a time; holds watch events read early.
static CONN: sched::sync::Mutex<VecDeque<(String, String)>> =
    sched::sync::Mutex::new(VecDeque::new());

const SHUTDOWN_TOKEN: &str = "mote-control-shutdown";

#[derive(Debug)]
pub enum Error {
    /// The daemon's error string (e.g. "ENOENT", "EACCES").
    Xs(String),
    NotConnected,
    TooLong,
    TimedOut,
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Error::Xs(e) => write!(f, "{e}"),
            Error::NotConnected => write!(f, "xenstore not connected"),
            Error::TooLong => write!(f, "request too long"),
            Error::TimedOut => write!(f, "no reply from xenstored"),
        }
    }
}

fn idx(offset: usize) -> &'static AtomicU32 {
    let base = PAGE.load(Ordering::Acquire);
    // SAFETY: `base` is the identity-mapped xenstore page Xen gave this
    // domain; the index words are aligned and shared with xenstored.
    unsafe { &*((base as usize + offset) as *const AtomicU32) }
}

fn byte_ptr(offset: usize) -> *mut u8 {
    (PAGE.load(Ordering::Acquire) as usize + offset) as *mut u8
}

fn on_event(_port: u32) {
    KICK.release();
}

/// Waits for the daemon (event or a short timeout, whichever first).
fn wait_kick() {
    KICK.acquire_timeout(5_000_000);
}

fn write_ring(mut data: &[u8]) -> Result<(), Error> {
    let port = PORT.load(Ordering::Relaxed);
    let mut waited = 0;
    while !data.is_empty() {
        let cons = idx(REQ_CONS).load(Ordering::Acquire);
        let prod = idx(REQ_PROD).load(Ordering::Relaxed);
        let free = (RING_SIZE - prod.wrapping_sub(cons)) as usize;
        if free == 0 {
            evtchn::notify(port);
            wait_kick();
            waited += 1;
            if waited > 2000 {
                return Err(Error::TimedOut);
            }
            continue;
        }
        let start = (prod % RING_SIZE) as usize;
        let n = free.min(data.len()).min(RING_SIZE as usize - start);
        // SAFETY: `start..start+n` lies inside the 1 KiB request ring and
        // is free (between prod and cons + size): the daemon does not read it.
        unsafe { core::ptr::copy_nonoverlapping(data.as_ptr(), byte_ptr(REQ + start), n) };
        fence(Ordering::Release);
        idx(REQ_PROD).store(prod.wrapping_add(n as u32), Ordering::Release);
        data = &data[n..];
    }
    evtchn::notify(port);
    Ok(())
}

/// Reads one whole message if it is there: (type, req_id, payload).
fn read_message() -> Option<(u32, u32, Vec<u8>)> {
    let cons = idx(RSP_CONS).load(Ordering::Relaxed);
    let prod = idx(RSP_PROD).load(Ordering::Acquire);
    let avail = prod.wrapping_sub(cons) as usize;
    if avail < HEADER {
        return None;
    }
    let peek = |at: u32, out: &mut [u8]| {
        for (i, b) in out.iter_mut().enumerate() {
            let o = (at.wrapping_add(i as u32) % RING_SIZE) as usize;
            // SAFETY: inside the 1 KiB response ring, below rsp_prod.
            *b = unsafe { byte_ptr(RSP + o).read_volatile() };
        }
    };
    let mut h = [0u8; HEADER];
    peek(cons, &mut h);
    let word = |i: usize| u32::from_le_bytes(h[i * 4..i * 4 + 4].try_into().unwrap());
    let (kind, req_id, len) = (word(0), word(1), word(3) as usize);
    if avail < HEADER + len {
        return None;
    }
    let mut body = alloc::vec![0u8; len];
    peek(cons.wrapping_add(HEADER as u32), &mut body);
    fence(Ordering::Release);
    idx(RSP_CONS).store(cons.wrapping_add((HEADER + len) as u32), Ordering::Release);
    evtchn::notify(PORT.load(Ordering::Relaxed));
    Some((kind, req_id, body))
}

fn split_event(body: &[u8]) -> (String, String) {
    let mut parts = body
        .split(|&b| b == 0)
        .map(|p| String::from_utf8_lossy(p).into_owned());
    (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    )
}

/// Sends one request and waits for its reply (watch events read meanwhile
/// are queued for the watch thread).
fn request(kind: u32, parts: &[&[u8]]) -> Result<Vec<u8>, Error> {
    request_tx(kind, 0, parts)
}

/// As `request`, inside transaction `tx` (0: none).
fn request_tx(kind: u32, tx: u32, parts: &[&[u8]]) -> Result<Vec<u8>, Error> {
    if PAGE.load(Ordering::Acquire) == 0 {
        return Err(Error::NotConnected);
    }
    let len: usize = parts.iter().map(|p| p.len()).sum();
    if len > PAYLOAD_MAX {
        return Err(Error::TooLong);
    }
    let mut queue = CONN.lock();
    let id = REQ_ID.fetch_add(1, Ordering::Relaxed);
    let mut msg = Vec::with_capacity(HEADER + len);
    for w in [kind, id, tx, len as u32] {
        msg.extend_from_slice(&w.to_le_bytes());
    }
    for p in parts {
        msg.extend_from_slice(p);
    }
    write_ring(&msg)?;
    let mut waited = 0;
    loop {
        match read_message() {
            Some((XS_WATCH_EVENT, _, body)) => {
                queue.push_back(split_event(&body));
                KICK.release(); // let the watch thread see it
            }
            Some((XS_ERROR, rid, body)) if rid == id => {
                let e = String::from_utf8_lossy(body.split(|&b| b == 0).next().unwrap_or(&[]));
                return Err(Error::Xs(e.into_owned()));
            }
            Some((_, rid, body)) if rid == id => return Ok(body),
            Some(_) => {} // a stale reply: ignore
            None => {
                wait_kick();
                waited += 1;
                if waited > 2000 {
                    return Err(Error::TimedOut);
                }
            }
        }
    }
}

fn with_nul(path: &str) -> Vec<u8> {
    let mut v = Vec::with_capacity(path.len() + 1);
    v.extend_from_slice(path.as_bytes());
    v.push(0);
    v
}

pub fn read(path: &str) -> Result<String, Error> {
    let body = request(XS_READ, &[&with_nul(path)])?;
    Ok(String::from_utf8_lossy(&body).into_owned())
}

pub fn write(path: &str, value: &str) -> Result<(), Error> {
    request(XS_WRITE, &[&with_nul(path), value.as_bytes()]).map(|_| ())
}

pub fn directory(path: &str) -> Result<Vec<String>, Error> {
    let body = request(XS_DIRECTORY, &[&with_nul(path)])?;
    Ok(body
        .split(|&b| b == 0)
        .filter(|s| !s.is_empty())
        .map(|s| String::from_utf8_lossy(s).into_owned())
        .collect())
}

/// A xenstore transaction: reads and writes through it see one consistent
/// store; `commit` fails with `Xs("EAGAIN")` if something changed meanwhile
/// (then start over). Dropping it without `commit` aborts it.
pub struct Transaction {
    id: u32,
    done: bool,
}

impl Transaction {
    pub fn start() -> Result<Transaction, Error> {
        let body = request(XS_TRANSACTION_START, &[b"\0"])?;
        let text = String::from_utf8_lossy(body.split(|&b| b == 0).next().unwrap_or(&[]));
        let id = text
            .trim()
            .parse()
            .map_err(|_| Error::Xs(format!("bad transaction id \"{text}\"")))?;
        Ok(Transaction { id, done: false })
    }
    pub fn read(&self, path: &str) -> Result<String, Error> {
        let body = request_tx(XS_READ, self.id, &[&with_nul(path)])?;
        Ok(String::from_utf8_lossy(&body).into_owned())
    }
    pub fn write(&self, path: &str, value: &str) -> Result<(), Error> {
        request_tx(XS_WRITE, self.id, &[&with_nul(path), value.as_bytes()]).map(|_| ())
    }
    fn end(&mut self, commit: bool) -> Result<(), Error> {
        self.done = true;
        let arg: &[u8] = if commit { b"T\0" } else { b"F\0" };
        request_tx(XS_TRANSACTION_END, self.id, &[arg]).map(|_| ())
    }
    pub fn commit(mut self) -> Result<(), Error> {
        self.end(true)
    }
}

impl Drop for Transaction {
    fn drop(&mut self) {
        if !self.done {
            let _ = self.end(false);
        }
    }
}

/// Registers a watch on `path`; events arrive with `token` (xenstored
/// fires each new watch once at once).
pub fn watch(path: &str, token: &str) -> Result<(), Error> {
    request(XS_WATCH, &[&with_nul(path), &with_nul(token)]).map(|_| ())
}

/// Connects to xenstore and starts the thread that serves the toolstack's
/// control requests. Needs event channels and the scheduler.
pub fn init() {
    let (Ok(pfn), Ok(port)) = (
        hypercall::hvm_get_param(hypercall::HVM_PARAM_STORE_PFN),
        hypercall::hvm_get_param(hypercall::HVM_PARAM_STORE_EVTCHN),
    ) else {
        crate::kwarn!("xen: no xenstore (HVM params missing)");
        return;
    };
    if pfn == 0 {
        crate::kwarn!("xen: no xenstore page");
        return;
    }
    PORT.store(port as u32, Ordering::Relaxed);
    PAGE.store(pfn << 12, Ordering::Release);
    evtchn::bind(port as u32, on_event);
    let spawned = crate::thread::Builder::new("xenstore")
        .priority(12)
        .spawn(control_thread);
    if spawned.is_err() {
        crate::kwarn!("xen: no memory for the xenstore thread");
    }
}

/// What the toolstack asked for through `control/shutdown`.
fn handle_shutdown_request() {
    let what = match read("control/shutdown") {
        Ok(v) => v,
        Err(_) => return,
    };
    if what.is_empty() {
        return;
    }
    // acknowledge, as the toolstack expects, by clearing the node
    let _ = write("control/shutdown", "");
    match what.as_str() {
        "poweroff" | "halt" => {
            crate::kinfo!("xen: the toolstack asked for {what} (xl shutdown): stopping");
            crate::exit(0);
        }
        "reboot" => {
            crate::kinfo!("xen: the toolstack asked for a reboot (xl reboot)");
            super::console::flush();
            hypercall::shutdown(hypercall::SHUTDOWN_REBOOT);
        }
        other => crate::kwarn!("xen: control/shutdown = \"{other}\" is not supported (ignored)"),
    }
}

fn control_thread() -> i32 {
    // Tell the toolstack we handle control/shutdown (else `xl shutdown`
    // refuses: "PV control interface not available").
    for f in ["control/feature-poweroff", "control/feature-reboot"] {
        if let Err(e) = write(f, "1") {
            crate::kwarn!("xen: xenstore write {f}: {e}");
        }
    }
    if let Err(e) = watch("control/shutdown", SHUTDOWN_TOKEN) {
        crate::kwarn!("xen: cannot watch control/shutdown: {e}");
        return 1;
    }
    crate::kinfo!(
        "xen: xenstore connected ({} event-channel upcalls so far), watching control/shutdown",
        evtchn::upcalls()
    );
    loop {
        KICK.acquire_timeout(1_000_000_000);
        let events: Vec<(String, String)> = {
            let mut queue = CONN.lock();
            while let Some((kind, _, body)) = read_message() {
                if kind == XS_WATCH_EVENT {
                    queue.push_back(split_event(&body));
                }
            }
            queue.drain(..).collect()
        };
        for (_path, token) in events {
            if token == SHUTDOWN_TOKEN {
                handle_shutdown_request();
            }
        }
    }
}
