//! netfront: the Xen PV network device (`io/netif.h`, `io/ring.h`), as a
//! [`NetDevice`] for the network stack. One TX and one RX shared ring
//! (a page each: 64-byte header with req_prod, req_event, rsp_prod,
//! rsp_event, then 256 entries), granted to the backend, an interdomain
//! event channel, and the xenstore handshake under `device/vif/0`
//! (ring refs, event channel, `request-rx-copy`, then state Connected).
//!
//! Buffers: the backend copies received frames into pages we granted
//! (rx-copy) and reads transmitted frames from granted pages; frames are
//! copied between those pages and the stack's buffers (one copy each way).
//! Not here: scatter-gather, checksum or segmentation offload (we write
//! `feature-no-csum-offload`, so frames arrive with full checksums),
//! multiple queues, hot-unplug.

use super::{evtchn, gnttab, xenstore};
use crate::drivers::{NetDevice, RxFrame, TxFrame, FRAME_BUFFER};
use alloc::alloc::{alloc_zeroed, Layout};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::{fence, AtomicU32, Ordering};

const RING_ENTRIES: u32 = 256;
const SLOTS: usize = 64; // pages granted for each direction
const HDR: usize = 64;
const TX_ENTRY: usize = 12; // netif_tx_request (the larger of request/response)
const RX_ENTRY: usize = 8;
const NETRXF_MORE_DATA: u16 = 1 << 2;

fn page() -> *mut u8 {
    // SAFETY: a non-zero-sized layout; failure is checked by the caller.
    unsafe { alloc_zeroed(Layout::from_size_align(4096, 4096).unwrap()) }
}

/// One shared ring page: indices at 0 (req_prod), 4 (req_event), 8
/// (rsp_prod), 12 (rsp_event); entries from byte 64.
struct Ring {
    page: *mut u8,
    entry: usize,
    req_prod_pvt: u32,
    rsp_cons: u32,
}

impl Ring {
    fn new(entry: usize) -> Option<Ring> {
        let page = page();
        if page.is_null() {
            return None;
        }
        let r = Ring {
            page,
            entry,
            req_prod_pvt: 0,
            rsp_cons: 0,
        };
        r.idx(4).store(1, Ordering::Relaxed); // req_event
        r.idx(12).store(1, Ordering::Relaxed); // rsp_event
        Some(r)
    }
    fn idx(&self, off: usize) -> &AtomicU32 {
        // SAFETY: `page` is our 4096-byte, 4096-aligned ring page (shared
        // with the backend); the index words are aligned u32s.
        unsafe { &*(self.page.add(off) as *const AtomicU32) }
    }
    fn slot(&self, i: u32) -> *mut u8 {
        // SAFETY: the slot index is masked to the ring size; HDR + 256 *
        // entry <= 4096 for both entry sizes.
        unsafe {
            self.page
                .add(HDR + (i % RING_ENTRIES) as usize * self.entry)
        }
    }
    fn push(&mut self) {
        fence(Ordering::Release);
        self.idx(0).store(self.req_prod_pvt, Ordering::Release);
    }
    fn rsp_prod(&self) -> u32 {
        let p = self.idx(8).load(Ordering::Acquire);
        fence(Ordering::Acquire);
        p
    }
    /// Asks for an event at the next response, then re-checks (no lost wake-up).
    fn final_check(&self) -> bool {
        self.idx(12)
            .store(self.rsp_cons.wrapping_add(1), Ordering::SeqCst);
        fence(Ordering::SeqCst);
        self.rsp_prod() != self.rsp_cons
    }
}

fn w16(p: *mut u8, off: usize, v: u16) {
    // SAFETY: `p + off` lies in a ring slot we own (between rsp and req).
    unsafe { (p.add(off) as *mut u16).write_volatile(v) }
}
fn w32(p: *mut u8, off: usize, v: u32) {
    // SAFETY: as for `w16`.
    unsafe { (p.add(off) as *mut u32).write_volatile(v) }
}
fn r16(p: *mut u8, off: usize) -> u16 {
    // SAFETY: `p + off` lies in a response slot the backend published.
    unsafe { (p.add(off) as *const u16).read_volatile() }
}

pub struct Netfront {
    mac: [u8; 6],
    port: u32,
    tx: Ring,
    rx: Ring,
    tx_pages: Vec<(*mut u8, gnttab::GrantRef)>,
    rx_pages: Vec<(*mut u8, gnttab::GrantRef)>,
    tx_free: Vec<u16>,
    /// Frame buffers lent to the stack as RxFrame/TxFrame (boxed: that is
    /// the trait's buffer type, moved in and out without copying).
    #[allow(clippy::vec_box)]
    pool: Vec<Box<[u8; FRAME_BUFFER]>>,
}

// SAFETY: the raw pointers are pages owned by this driver for its lifetime;
// the stack uses the device from one thread at a time (under its lock).
unsafe impl Send for Netfront {}

static PORT: AtomicU32 = AtomicU32::new(u32::MAX);

fn parse_mac(s: &str) -> Option<[u8; 6]> {
    let mut m = [0u8; 6];
    let mut parts = s.split(':');
    for b in m.iter_mut() {
        *b = u8::from_str_radix(parts.next()?, 16).ok()?;
    }
    parts.next().is_none().then_some(m)
}

fn xs<T>(what: &str, r: Result<T, xenstore::Error>) -> Result<T, String> {
    r.map_err(|e| format!("netfront: xenstore {what}: {e}"))
}

impl Netfront {
    /// Finds `device/vif/0` and connects to its backend. Ok(None): no vif.
    pub fn probe(on_event: fn(u32)) -> Result<Option<Netfront>, String> {
        let Ok(vifs) = xenstore::directory("device/vif") else {
            return Ok(None);
        };
        if !vifs.iter().any(|v| v == "0") {
            return Ok(None);
        }
        let fe = "device/vif/0";
        let backend = xs("backend", xenstore::read(&format!("{fe}/backend")))?;
        let backend_id: u16 = xs("backend-id", xenstore::read(&format!("{fe}/backend-id")))?
            .parse()
            .map_err(|_| "netfront: bad backend-id")?;
        let mac_s = xs("mac", xenstore::read(&format!("{fe}/mac")))?;
        let mac = parse_mac(&mac_s).ok_or_else(|| format!("netfront: bad mac \"{mac_s}\""))?;
        gnttab::init().map_err(|rc| format!("netfront: grant table setup failed ({rc})"))?;

        let oom = || String::from("netfront: out of memory");
        let tx = Ring::new(TX_ENTRY).ok_or_else(oom)?;
        let rx = Ring::new(RX_ENTRY).ok_or_else(oom)?;
        let grant = |p: *mut u8| {
            gnttab::grant(backend_id, p as u64 >> 12, false)
                .ok_or_else(|| String::from("netfront: out of grant references"))
        };
        let tx_ref = grant(tx.page)?;
        let rx_ref = grant(rx.page)?;
        let pages = |n: usize| -> Result<Vec<(*mut u8, u32)>, String> {
            (0..n)
                .map(|_| {
                    let p = page();
                    if p.is_null() {
                        return Err(oom());
                    }
                    Ok((p, grant(p)?))
                })
                .collect()
        };
        let tx_pages = pages(SLOTS)?;
        let rx_pages = pages(SLOTS)?;
        let port = hypercall_port(backend_id)?;
        PORT.store(port, Ordering::Relaxed);

        let mut nf = Netfront {
            mac,
            port,
            tx,
            rx,
            tx_pages,
            rx_pages,
            tx_free: (0..SLOTS as u16).rev().collect(),
            pool: (0..2 * SLOTS)
                .map(|_| Box::new([0u8; FRAME_BUFFER]))
                .collect(),
        };
        for id in 0..SLOTS as u16 {
            nf.post_rx(id);
        }
        nf.rx.push();

        // the handshake's keys and the state change in one transaction
        // (retried when xenstored reports a conflict)
        let keys = [
            ("tx-ring-ref", format!("{tx_ref}")),
            ("rx-ring-ref", format!("{rx_ref}")),
            ("event-channel", format!("{port}")),
            ("request-rx-copy", "1".into()),
            ("feature-rx-notify", "1".into()),
            ("feature-sg", "0".into()),
            ("feature-gso-tcpv4", "0".into()),
            ("feature-no-csum-offload", "1".into()),
            ("state", "4".into()),
        ];
        let mut attempts = 0;
        loop {
            let t = xs("transaction", xenstore::Transaction::start())?;
            for (k, v) in &keys {
                xs(k, t.write(&format!("{fe}/{k}"), v))?;
            }
            match t.commit() {
                Ok(()) => break,
                Err(xenstore::Error::Xs(e)) if e == "EAGAIN" && attempts < 10 => attempts += 1,
                Err(e) => return Err(format!("netfront: xenstore commit: {e}")),
            }
        }
        evtchn::bind(port, on_event);
        // wait for the backend to connect (state 4), ~10 s at most
        let mut state = String::new();
        for _ in 0..1000 {
            state = xenstore::read(&format!("{backend}/state")).unwrap_or_default();
            if state == "4" {
                break;
            }
            crate::thread::sleep_ns(10_000_000);
        }
        if state != "4" {
            return Err(format!(
                "netfront: backend {backend} stays in state \"{state}\""
            ));
        }
        evtchn::notify(port);
        Ok(Some(nf))
    }

    fn post_rx(&mut self, id: u16) {
        let s = self.rx.slot(self.rx.req_prod_pvt);
        w16(s, 0, id);
        w16(s, 2, 0);
        w32(s, 4, self.rx_pages[id as usize].1);
        self.rx.req_prod_pvt = self.rx.req_prod_pvt.wrapping_add(1);
    }

    fn reclaim_tx(&mut self) {
        loop {
            let prod = self.tx.rsp_prod();
            while self.tx.rsp_cons != prod {
                let id = r16(self.tx.slot(self.tx.rsp_cons), 0);
                self.tx.rsp_cons = self.tx.rsp_cons.wrapping_add(1);
                if (id as usize) < SLOTS {
                    self.tx_free.push(id);
                }
            }
            if !self.tx.final_check() {
                break;
            }
        }
    }
}

fn hypercall_port(backend_id: u16) -> Result<u32, String> {
    super::hypercall::evtchn_alloc_unbound(backend_id)
        .map_err(|rc| format!("netfront: EVTCHNOP_alloc_unbound failed ({rc})"))
}

impl NetDevice for Netfront {
    fn name(&self) -> &'static str {
        "xen-netfront"
    }
    fn mac(&self) -> [u8; 6] {
        self.mac
    }
    fn receive(&mut self) -> Option<RxFrame> {
        loop {
            if self.rx.rsp_cons == self.rx.rsp_prod() && !self.rx.final_check() {
                return None;
            }
            let s = self.rx.slot(self.rx.rsp_cons);
            let (id, offset, flags) = (r16(s, 0), r16(s, 2), r16(s, 4));
            let status = r16(s, 6) as i16;
            self.rx.rsp_cons = self.rx.rsp_cons.wrapping_add(1);
            let id = id as usize % SLOTS;
            let mut out = None;
            let len = status as usize;
            if status > 0
                && flags & NETRXF_MORE_DATA == 0
                && len <= FRAME_BUFFER
                && offset as usize + len <= 4096
            {
                if let Some(mut buf) = self.pool.pop() {
                    // SAFETY: the backend finished writing this granted page
                    // (its response is published); `offset + len <= 4096`.
                    let src = unsafe {
                        core::slice::from_raw_parts(self.rx_pages[id].0.add(offset as usize), len)
                    };
                    buf[..len].copy_from_slice(src);
                    out = Some(RxFrame {
                        buf,
                        start: 0,
                        len,
                        slot: 0,
                    });
                }
            }
            self.post_rx(id as u16);
            self.rx.push();
            evtchn::notify(self.port);
            if out.is_some() {
                return out;
            }
        }
    }
    fn recycle(&mut self, frame: RxFrame) {
        self.pool.push(frame.buf);
    }
    fn tx_buffer(&mut self) -> Option<TxFrame> {
        if !self.tx_ready() {
            return None;
        }
        let buf = self.pool.pop()?;
        Some(TxFrame { buf, start: 0 })
    }
    fn tx_ready(&mut self) -> bool {
        self.reclaim_tx();
        !self.tx_free.is_empty() && !self.pool.is_empty()
    }
    fn give_back(&mut self, frame: TxFrame) {
        self.pool.push(frame.buf);
    }
    fn submit(&mut self, frame: TxFrame, len: usize) {
        let len = len.min(FRAME_BUFFER).min(4096);
        if let Some(id) = self.tx_free.pop() {
            let (page, gref) = self.tx_pages[id as usize];
            // SAFETY: the page is ours and not in flight (its id was free).
            unsafe { core::ptr::copy_nonoverlapping(frame.buf.as_ptr(), page, len) };
            let s = self.tx.slot(self.tx.req_prod_pvt);
            w32(s, 0, gref);
            w16(s, 4, 0); // offset
            w16(s, 6, 0); // flags
            w16(s, 8, id);
            w16(s, 10, len as u16);
            self.tx.req_prod_pvt = self.tx.req_prod_pvt.wrapping_add(1);
        }
        self.pool.push(frame.buf);
    }
    fn flush(&mut self) {
        self.tx.push();
        evtchn::notify(self.port);
    }
}
