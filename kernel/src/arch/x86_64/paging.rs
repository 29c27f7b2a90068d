//! Kernel page tables: the entry code's 4 GiB identity map, refined once at
//! boot by Rust. Physical == virtual everywhere; what changes is
//! the protection: text RX, rodata R+NX, data/bss/heap RW+NX, the null page
//! and every stack guard page unmapped, memory outside RAM uncached.
//! Regions that need per-page protection use 4 KiB pages, the rest 2 MiB.

use super::cpu;
use crate::mm::FRAMES;
use crate::pvh::{MemRegion, MEMMAP_RAM};
use core::ptr::{read_volatile, write_volatile};

const PRESENT: u64 = 1;
const WRITABLE: u64 = 1 << 1;
const WRITE_THROUGH: u64 = 1 << 3;
const NO_CACHE: u64 = 1 << 4;
const HUGE: u64 = 1 << 7;
const NO_EXECUTE: u64 = 1 << 63;
const ADDR_MASK: u64 = 0x000f_ffff_ffff_f000;

const PAGE: u64 = 4096;
const HUGE_PAGE: u64 = 2 << 20;
const GIB_PAGE: u64 = 1 << 30;

/// The kernel image's sections, from linker symbols.
#[derive(Clone, Copy)]
pub struct ImageLayout {
    pub text: (u64, u64),
    pub rodata: (u64, u64),
    pub image_end: u64,
}

static mut NX_MASK: u64 = 0;
static mut PML4: u64 = 0;

fn alloc_table() -> u64 {
    let frame = FRAMES
        .lock()
        .alloc()
        .expect("out of frames for page tables");
    // SAFETY: the frame is fresh, identity-mapped RAM owned by us.
    unsafe { core::ptr::write_bytes(frame as *mut u8, 0, PAGE as usize) };
    frame
}

fn entry(table: u64, index: u64) -> *mut u64 {
    (table + index * 8) as *mut u64
}

/// Returns the next-level table behind `table[index]`, creating it if absent.
#[inline(never)]
fn next_table(table: u64, index: u64) -> u64 {
    let e = entry(table, index);
    // SAFETY: `table` is a page-table frame we own (identity-mapped).
    unsafe {
        let v = read_volatile(e);
        if v & PRESENT != 0 {
            return v & ADDR_MASK;
        }
        let t = alloc_table();
        write_volatile(e, t | PRESENT | WRITABLE);
        t
    }
}

/// Whether `[addr, addr + len)` overlaps RAM in the memory map.
#[inline(never)]
fn has_ram(addr: u64, len: u64, map: &[MemRegion]) -> bool {
    map.iter()
        .any(|r| r.kind == MEMMAP_RAM && addr < r.end && addr + len > r.start)
}

fn page_flags(addr: u64, layout: &ImageLayout, nx: u64) -> u64 {
    if addr == 0 {
        0 // the null page stays unmapped
    } else if addr >= layout.text.0 && addr < layout.text.1 {
        PRESENT
    } else if addr >= layout.rodata.0 && addr < layout.rodata.1 {
        PRESENT | nx
    } else {
        PRESENT | WRITABLE | nx
    }
}

/// Turns the entry code's identity map of the first 4 GiB (2 MiB pages,
/// all RWX and cached) into the kernel's final tables and maps `[4 GiB, top)`.
/// The RAM of the memory map `map` is mapped cached; everything else
/// uncached. `guards` are 4 KiB guard pages inside the image (below its
/// static stacks): they are left unmapped.
///
/// The boot tables are edited in place rather than rebuilt: under an
/// emulator each distinct instruction run at boot costs about a microsecond
/// to translate, and reusing the entry code's tables needs the least code.
pub fn init(layout: ImageLayout, map: &[MemRegion], top: u64, guards: &[usize]) {
    let ext_features = cpu::cpuid(0x8000_0001, 0).3;
    let nx_supported = ext_features & (1 << 20) != 0;
    let nx = if nx_supported { NO_EXECUTE } else { 0 };
    if nx_supported {
        // SAFETY: enabling NXE only makes the NX bit meaningful; no current entry uses it.
        unsafe { cpu::wrmsr(cpu::MSR_EFER, cpu::rdmsr(cpu::MSR_EFER) | cpu::EFER_NXE) };
    } else {
        crate::kwarn!("CPU has no NX bit: data pages stay executable");
    }
    let (pml4, pd) = super::boot::boot_tables();
    let pd_entry = |i: u64| entry(pd, i);
    // The image's 2 MiB ranges get 4 KiB pages; the first entry points at the
    // new table only once it is complete (both map the running code).
    let fine_end = layout.image_end.div_ceil(HUGE_PAGE) * HUGE_PAGE;
    let mut base = 0;
    while base < fine_end {
        let pt = alloc_table();
        for i in 0..512 {
            let addr = base + i * PAGE;
            let f = page_flags(addr, &layout, nx);
            let v = if f & PRESENT != 0 { addr | f } else { 0 };
            // SAFETY: `pt` is a fresh table frame.
            unsafe { write_volatile(entry(pt, i), v) };
        }
        unmap_guards(pt, base, guards);
        // SAFETY: the boot PD is ours; the new table maps the same frames.
        unsafe { write_volatile(pd_entry(base >> 21), pt | PRESENT | WRITABLE) };
        base += HUGE_PAGE;
    }
    // The rest of the first 4 GiB: NX and uncached, then cached again where
    // the memory map has RAM (a 2 MiB page that holds any RAM is cached).
    const UNCACHED: u64 = NO_CACHE | WRITE_THROUGH;
    for i in fine_end >> 21..BOOT_MAP_END >> 21 {
        // SAFETY: entries of the boot PD outside the image: data, no code.
        unsafe { write_volatile(pd_entry(i), read_volatile(pd_entry(i)) | UNCACHED | nx) };
    }
    for r in map.iter().filter(|r| r.kind == MEMMAP_RAM) {
        let first = (r.start >> 21).max(fine_end >> 21);
        let last = r.end.div_ceil(HUGE_PAGE).min(BOOT_MAP_END >> 21);
        for i in first..last {
            // SAFETY: as above.
            unsafe { write_volatile(pd_entry(i), read_volatile(pd_entry(i)) & !UNCACHED) };
        }
    }
    map_above_boot_map(pml4, map, top, nx);
    // SAFETY: the tables identity-map all RAM including the running code,
    // stack and data with at least the permissions they are used with;
    // reloading CR3 drops the TLB's entries from the boot map.
    unsafe {
        NX_MASK = nx;
        PML4 = pml4;
        cpu::write_cr3(pml4);
    }
}

/// The entry code's identity map covers `[0, BOOT_MAP_END)`.
const BOOT_MAP_END: u64 = 4 << 30;

/// Maps `[4 GiB, top)` (RAM above 4 GiB, large machines only): 1 GiB pages
/// where a whole GiB holds no RAM (if the CPU has them), else 2 MiB pages.
fn map_above_boot_map(pml4: u64, map: &[MemRegion], top: u64, nx: u64) {
    let gib_pages = cpu::cpuid(0x8000_0001, 0).3 & (1 << 26) != 0;
    let mut base = BOOT_MAP_END;
    while base < top {
        let pdpt = next_table(pml4, (base >> 39) & 511);
        if gib_pages && base + GIB_PAGE <= top && !has_ram(base, GIB_PAGE, map) {
            // SAFETY: `pdpt` is a table frame we own; nothing maps this GiB yet.
            unsafe {
                write_volatile(
                    entry(pdpt, (base >> 30) & 511),
                    base | PRESENT | WRITABLE | HUGE | NO_CACHE | WRITE_THROUGH | nx,
                )
            };
            base += GIB_PAGE;
            continue;
        }
        let pd = next_table(pdpt, (base >> 30) & 511);
        let gib_end = (base + GIB_PAGE).min(top);
        while base < gib_end {
            let cache = if has_ram(base, HUGE_PAGE, map) {
                0
            } else {
                NO_CACHE | WRITE_THROUGH
            };
            // SAFETY: `pd` is a table frame we own.
            unsafe {
                write_volatile(
                    entry(pd, (base >> 21) & 511),
                    base | PRESENT | WRITABLE | HUGE | cache | nx,
                )
            };
            base += HUGE_PAGE;
        }
    }
}

/// Clears the entries of `guards` that fall in the 2 MiB at `base`, whose
/// page table `pt` is being built (not yet in use).
#[inline(never)]
fn unmap_guards(pt: u64, base: u64, guards: &[usize]) {
    // The opaque index keeps the compiler from unrolling this loop: at boot
    // under an emulator, code size is what costs.
    let mut i = 0;
    while i < guards.len() {
        let g = guards[i] as u64;
        if g >= base && g < base + HUGE_PAGE {
            // SAFETY: `pt` is a table frame we own, not yet reachable by the CPU.
            unsafe { write_volatile(entry(pt, (g - base) / PAGE), 0) };
        }
        i = core::hint::black_box(i) + 1;
    }
}

/// Finds the 4 KiB page-table entry for `addr`, splitting a 2 MiB page if needed.
fn pte_for(addr: u64) -> Option<*mut u64> {
    // SAFETY: PML4 was set by `init`; tables are identity-mapped frames we own.
    unsafe {
        let mut table = PML4;
        for shift in [39u64, 30] {
            let v = read_volatile(entry(table, (addr >> shift) & 511));
            if v & PRESENT == 0 || (shift == 30 && v & HUGE != 0) {
                return None; // 1 GiB pages hold no RAM: never split
            }
            table = v & ADDR_MASK;
        }
        let pde = entry(table, (addr >> 21) & 511);
        let v = read_volatile(pde);
        if v & PRESENT == 0 {
            return None;
        }
        if v & HUGE != 0 {
            let pt = alloc_table();
            let base = v & ADDR_MASK & !(HUGE_PAGE - 1);
            let flags = v & !ADDR_MASK & !HUGE;
            for i in 0..512 {
                write_volatile(entry(pt, i), (base + i * PAGE) | flags);
            }
            write_volatile(pde, pt | PRESENT | WRITABLE);
            for i in 0..512 {
                cpu::invlpg((base + i * PAGE) as usize);
            }
            return Some(entry(pt, (addr >> 12) & 511));
        }
        Some(entry(v & ADDR_MASK, (addr >> 12) & 511))
    }
}

/// Unmaps the 4 KiB page at `addr` (a stack guard): any access faults.
pub fn unmap_page(addr: usize) {
    if let Some(pte) = pte_for(addr as u64) {
        // SAFETY: clearing a PTE only removes access; the caller owns the page.
        unsafe { write_volatile(pte, 0) };
        cpu::invlpg(addr);
    }
}

/// Maps the 4 KiB page at `addr` back as ordinary RW+NX memory.
pub fn remap_page(addr: usize) {
    if let Some(pte) = pte_for(addr as u64) {
        // SAFETY: identity mapping of RAM the caller owns, with data permissions.
        unsafe { write_volatile(pte, addr as u64 | PRESENT | WRITABLE | NX_MASK) };
        cpu::invlpg(addr);
    }
}

/// Whether `addr` is mapped (for validating frame pointers during backtraces).
pub fn is_mapped(addr: usize) -> bool {
    // SAFETY: read-only walk of our own tables.
    unsafe {
        if PML4 == 0 {
            return true; // still on the boot map: everything below 4 GiB
        }
        let mut table = PML4;
        for shift in [39u64, 30, 21] {
            let v = read_volatile(entry(table, ((addr as u64) >> shift) & 511));
            if v & PRESENT == 0 {
                return false;
            }
            if shift != 39 && v & HUGE != 0 {
                return true; // a 1 GiB or 2 MiB page
            }
            table = v & ADDR_MASK;
        }
        read_volatile(entry(table, ((addr as u64) >> 12) & 511)) & PRESENT != 0
    }
}

/// Makes sure `[addr, addr + len)` (device memory, e.g. a PCI BAR placed
/// above the boot-time map) is identity-mapped uncached, adding 2 MiB
/// pages where nothing is mapped yet. Already-mapped pages are left alone.
pub fn ensure_mmio_mapped(addr: u64, len: u64) {
    let start = addr & !(HUGE_PAGE - 1);
    let end = (addr + len.max(1)).div_ceil(HUGE_PAGE) * HUGE_PAGE;
    let mut base = start;
    while base < end {
        if !is_mapped(base as usize) {
            // SAFETY: PML4 was set by `init`; tables are identity-mapped frames we own.
            unsafe {
                let pdpt = next_table(PML4, (base >> 39) & 511);
                let pd = next_table(pdpt, (base >> 30) & 511);
                let nx = NX_MASK;
                write_volatile(
                    entry(pd, (base >> 21) & 511),
                    base | PRESENT | WRITABLE | HUGE | NO_CACHE | WRITE_THROUGH | nx,
                );
            }
            cpu::invlpg(base as usize);
        }
        base += HUGE_PAGE;
    }
}
