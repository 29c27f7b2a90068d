//! The PVH boot information (`struct hvm_start_info`, Xen's public
//! `hvm/start_info.h`): magic, command line and memory map. It is copied
//! into kernel-owned statics at once, because Xen places it in RAM that the
//! frame allocator will hand out.

use core::cell::UnsafeCell;
use core::sync::atomic::{AtomicBool, Ordering};

pub const START_INFO_MAGIC: u32 = 0x336e_c578;
pub const MEMMAP_RAM: u32 = 1;

#[repr(C)]
struct StartInfo {
    magic: u32,
    version: u32,
    flags: u32,
    nr_modules: u32,
    modlist_paddr: u64,
    cmdline_paddr: u64,
    rsdp_paddr: u64,
    memmap_paddr: u64, // version >= 1
    memmap_entries: u32,
    reserved: u32,
}

#[repr(C)]
#[derive(Clone, Copy)]
struct MemmapEntry {
    addr: u64,
    size: u64,
    kind: u32,
    reserved: u32,
}

pub const MAX_MEMMAP: usize = 64;
const CMDLINE_MAX: usize = 4096;

#[derive(Clone, Copy)]
pub struct MemRegion {
    pub start: u64,
    pub end: u64,
    pub kind: u32,
}

pub struct BootInfo {
    cmdline: [u8; CMDLINE_MAX],
    cmdline_len: usize,
    pub cmdline_truncated: bool,
    memmap: [MemRegion; MAX_MEMMAP],
    memmap_len: usize,
    pub version: u32,
}

/// Filled in place by `capture` (it lives in .bss, already zero: no
/// 5 KiB struct is built on the stack and copied), read-only afterwards.
struct Slot(UnsafeCell<BootInfo>);
// SAFETY: written once by `capture` on the boot CPU before CAPTURED is set
// (and before any other thread exists); only read after that.
unsafe impl Sync for Slot {}

static BOOT_INFO: Slot = Slot(UnsafeCell::new(BootInfo {
    cmdline: [0; CMDLINE_MAX],
    cmdline_len: 0,
    cmdline_truncated: false,
    memmap: [MemRegion {
        start: 0,
        end: 0,
        kind: 0,
    }; MAX_MEMMAP],
    memmap_len: 0,
    version: 0,
}));
static CAPTURED: AtomicBool = AtomicBool::new(false);

pub enum BootInfoError {
    BadMagic(u32),
    NoMemoryMap,
}

/// Copies what the kernel needs out of the loader's `hvm_start_info`.
///
/// # Safety
/// `addr` must be the value the PVH loader passed in `%ebx`, still
/// identity-mapped (the loader's structures are only read). Called once,
/// first, before anything reads the boot information.
pub unsafe fn capture(addr: u64) -> Result<&'static BootInfo, BootInfoError> {
    let si = &*(addr as *const StartInfo);
    if si.magic != START_INFO_MAGIC {
        return Err(BootInfoError::BadMagic(si.magic));
    }
    if si.version < 1 || si.memmap_paddr == 0 || si.memmap_entries == 0 {
        return Err(BootInfoError::NoMemoryMap);
    }
    // SAFETY: nothing else references BOOT_INFO until CAPTURED is set below.
    let info = &mut *BOOT_INFO.0.get();
    info.version = si.version;
    if si.cmdline_paddr != 0 {
        let p = si.cmdline_paddr as *const u8;
        let mut n = 0;
        while n < CMDLINE_MAX && *p.add(n) != 0 {
            info.cmdline[n] = *p.add(n);
            n += 1;
        }
        info.cmdline_truncated = n == CMDLINE_MAX;
        // bytes that are not UTF-8 end the command line (ASCII is checked
        // first: it is all a command line normally holds)
        let bytes = &info.cmdline[..n];
        info.cmdline_len = if bytes.iter().all(|&b| b < 0x80) {
            n
        } else {
            match core::str::from_utf8(bytes) {
                Ok(_) => n,
                Err(e) => e.valid_up_to(),
            }
        };
    }
    let n = (si.memmap_entries as usize).min(MAX_MEMMAP);
    let entries = si.memmap_paddr as *const MemmapEntry;
    for i in 0..n {
        let e = entries.add(i).read_unaligned();
        info.memmap[i] = MemRegion {
            start: e.addr,
            end: e.addr.saturating_add(e.size),
            kind: e.kind,
        };
    }
    info.memmap_len = n;
    CAPTURED.store(true, Ordering::Release);
    Ok(info)
}

impl BootInfo {
    /// The command line (its UTF-8 prefix: see `capture`).
    pub fn cmdline(&self) -> &str {
        // SAFETY: only `capture` sets `cmdline_len` (the fields are private
        // and the one BootInfo starts empty), to the length of a prefix it
        // checked to be UTF-8.
        unsafe { core::str::from_utf8_unchecked(&self.cmdline[..self.cmdline_len]) }
    }

    pub fn memmap(&self) -> &[MemRegion] {
        &self.memmap[..self.memmap_len]
    }
}

/// The captured boot information (None before `capture`).
pub fn get() -> Option<&'static BootInfo> {
    // SAFETY: written only by `capture`, before CAPTURED is set; read-only after.
    CAPTURED
        .load(Ordering::Acquire)
        .then(|| unsafe { &*BOOT_INFO.0.get() })
}
