//! Hypercalls: the hypercall page Xen fills in (via the MSR that CPUID leaf
//! base+2 names) and typed wrappers for the operations Mote uses. Numbers and
//! argument structures are from Xen's public headers (`xen.h`, `memory.h`,
//! `hvm/hvm_op.h`, `event_channel.h`, `sched.h`, `vcpu.h`).
//!
//! Not here: the PV (ring 3 `syscall`) entry; a PVH guest runs in ring 0
//! and the page holds `vmcall`/`vmmcall` stubs, 32 bytes each.

use crate::arch::x86_64::cpu;
use core::arch::{asm, global_asm};
use core::sync::atomic::{AtomicBool, Ordering};

// Hypercall numbers (xen.h).
pub const MEMORY_OP: usize = 12;
pub const VCPU_OP: usize = 24;
pub const SCHED_OP: usize = 29;
pub const EVENT_CHANNEL_OP: usize = 32;
pub const HVM_OP: usize = 34;

pub const DOMID_SELF: u16 = 0x7FF0;

// The page lives in the text segment: Xen writes it through the
// guest-physical address (not our page tables), and we need it executable.
// It is like .bss (no bytes in the file; kernel/link.ld puts it after
// .text, so neither it nor the padding before it is in the image file): the
// loader zero-fills it, Xen fills it in `init`.
global_asm!(
    ".pushsection .mote_hypercall_page, \"ax\", @nobits",
    ".balign 4096",
    ".globl mote_xen_hypercall_page",
    "mote_xen_hypercall_page:",
    ".skip 4096",
    ".popsection",
);

extern "C" {
    static mote_xen_hypercall_page: u8;
}

static READY: AtomicBool = AtomicBool::new(false);

fn page_addr() -> u64 {
    &raw const mote_xen_hypercall_page as u64
}

/// Asks Xen to fill the hypercall page. `cpuid_base` is the Xen leaf base
/// (0x40000000 + n*0x100).
pub fn init(cpuid_base: u32) {
    let (pages, msr, ..) = cpu::cpuid(cpuid_base + 2, 0);
    if pages == 0 {
        return;
    }
    // SAFETY: the MSR is the one Xen reported for this purpose; the value
    // is the guest-physical address of a page-aligned, image-owned page
    // (identity-mapped, index 0 in the low bits). Xen overwrites its content.
    unsafe { cpu::wrmsr(msr, page_addr()) };
    READY.store(true, Ordering::Release);
}

pub fn ready() -> bool {
    READY.load(Ordering::Acquire)
}

/// Calls hypercall `nr` with up to three arguments (rdi, rsi, rdx).
///
/// # Safety
/// The arguments must be valid for `nr` as the Xen ABI defines it: any
/// pointer must point to a live, correctly laid out structure the
/// hypervisor may read or write for the duration of the call.
pub unsafe fn call3(nr: usize, a1: u64, a2: u64, a3: u64) -> i64 {
    debug_assert!(ready());
    let entry = page_addr() + (nr as u64) * 32;
    let ret: i64;
    // The stub is `mov $nr, %eax; vmcall|vmmcall; ret`: it uses the stack
    // (no `nostack`). Xen may clobber the argument registers (debug builds
    // do on purpose); rcx/r11 are declared too to be safe. Memory is not
    // `nomem`: Xen reads and writes the argument structures.
    asm!(
        "call {entry}",
        entry = in(reg) entry,
        inlateout("rdi") a1 => _,
        inlateout("rsi") a2 => _,
        inlateout("rdx") a3 => _,
        lateout("rax") ret,
        lateout("r10") _,
        lateout("r8") _,
        lateout("rcx") _,
        lateout("r11") _,
    );
    ret
}

// --- memory_op ---------------------------------------------------------------

const XENMEM_ADD_TO_PHYSMAP: u64 = 7;
pub const XENMAPSPACE_SHARED_INFO: u32 = 0;
pub const XENMAPSPACE_GRANT_TABLE: u32 = 1;

#[repr(C)]
struct AddToPhysmap {
    domid: u16,
    size: u16,
    space: u32,
    idx: u64,
    gpfn: u64,
}

/// Places page `idx` of `space` at guest frame `gpfn` (XENMEM_add_to_physmap).
pub fn add_to_physmap(space: u32, idx: u64, gpfn: u64) -> i64 {
    let mut arg = AddToPhysmap {
        domid: DOMID_SELF,
        size: 0,
        space,
        idx,
        gpfn,
    };
    // SAFETY: `arg` is a live xen_add_to_physmap; the caller owns frame `gpfn`
    // (a page of the image that only the Xen platform uses).
    unsafe { call3(MEMORY_OP, XENMEM_ADD_TO_PHYSMAP, &raw mut arg as u64, 0) }
}

// --- hvm_op ------------------------------------------------------------------

const HVMOP_GET_PARAM: u64 = 1;
const HVMOP_SET_EVTCHN_UPCALL_VECTOR: u64 = 23;

pub const HVM_PARAM_STORE_PFN: u32 = 1;
pub const HVM_PARAM_STORE_EVTCHN: u32 = 2;
pub const HVM_PARAM_CONSOLE_PFN: u32 = 17;
pub const HVM_PARAM_CONSOLE_EVTCHN: u32 = 18;

#[repr(C)]
struct HvmParam {
    domid: u16,
    index: u32,
    value: u64,
}

/// Reads an HVM parameter of this domain (HVMOP_get_param).
pub fn hvm_get_param(index: u32) -> Result<u64, i64> {
    let mut arg = HvmParam {
        domid: DOMID_SELF,
        index,
        value: 0,
    };
    // SAFETY: `arg` is a live xen_hvm_param that Xen fills in.
    let rc = unsafe { call3(HVM_OP, HVMOP_GET_PARAM, &raw mut arg as u64, 0) };
    if rc == 0 {
        Ok(arg.value)
    } else {
        Err(rc)
    }
}

#[repr(C)]
struct UpcallVector {
    vcpu: u32,
    vector: u8,
}

/// Delivers this vCPU's event-channel upcall as interrupt `vector`.
pub fn set_evtchn_upcall_vector(vcpu: u32, vector: u8) -> i64 {
    let mut arg = UpcallVector { vcpu, vector };
    // SAFETY: `arg` is a live xen_hvm_evtchn_upcall_vector.
    unsafe {
        call3(
            HVM_OP,
            HVMOP_SET_EVTCHN_UPCALL_VECTOR,
            &raw mut arg as u64,
            0,
        )
    }
}

// --- event_channel_op --------------------------------------------------------

const EVTCHNOP_BIND_VIRQ: u64 = 1;
const EVTCHNOP_ALLOC_UNBOUND: u64 = 6;
const EVTCHNOP_SEND: u64 = 4;
const EVTCHNOP_UNMASK: u64 = 9;

/// Notifies the other end of event channel `port` (EVTCHNOP_send).
pub fn evtchn_send(port: u32) -> i64 {
    let mut arg = port;
    // SAFETY: `arg` is a live evtchn_send (one evtchn_port_t).
    unsafe { call3(EVENT_CHANNEL_OP, EVTCHNOP_SEND, &raw mut arg as u64, 0) }
}

/// Unmasks `port`; Xen re-raises the upcall if it is pending (EVTCHNOP_unmask).
pub fn evtchn_unmask(port: u32) -> i64 {
    let mut arg = port;
    // SAFETY: `arg` is a live evtchn_unmask (one evtchn_port_t).
    unsafe { call3(EVENT_CHANNEL_OP, EVTCHNOP_UNMASK, &raw mut arg as u64, 0) }
}

#[repr(C)]
struct BindVirq {
    virq: u32,
    vcpu: u32,
    port: u32,
}

/// Binds virtual IRQ `virq` of `vcpu` to a new local port.
pub fn evtchn_bind_virq(virq: u32, vcpu: u32) -> Result<u32, i64> {
    let mut arg = BindVirq {
        virq,
        vcpu,
        port: 0,
    };
    // SAFETY: `arg` is a live evtchn_bind_virq; Xen fills `port`.
    let rc = unsafe { call3(EVENT_CHANNEL_OP, EVTCHNOP_BIND_VIRQ, &raw mut arg as u64, 0) };
    if rc == 0 {
        Ok(arg.port)
    } else {
        Err(rc)
    }
}

#[repr(C)]
struct AllocUnbound {
    dom: u16,
    remote_dom: u16,
    port: u32,
}

/// A new local port that domain `remote` may bind (EVTCHNOP_alloc_unbound).
pub fn evtchn_alloc_unbound(remote: u16) -> Result<u32, i64> {
    let mut arg = AllocUnbound {
        dom: DOMID_SELF,
        remote_dom: remote,
        port: 0,
    };
    // SAFETY: `arg` is a live evtchn_alloc_unbound; Xen fills `port`.
    let rc = unsafe {
        call3(
            EVENT_CHANNEL_OP,
            EVTCHNOP_ALLOC_UNBOUND,
            &raw mut arg as u64,
            0,
        )
    };
    if rc == 0 {
        Ok(arg.port)
    } else {
        Err(rc)
    }
}

// --- sched_op ----------------------------------------------------------------

const SCHEDOP_SHUTDOWN: u64 = 2;
pub const SHUTDOWN_POWEROFF: u32 = 0;
pub const SHUTDOWN_REBOOT: u32 = 1;
pub const SHUTDOWN_CRASH: u32 = 3;

/// Asks Xen to shut this domain down with `reason` (SCHEDOP_shutdown).
/// Returns only if Xen refused.
pub fn shutdown(reason: u32) -> i64 {
    let mut arg = reason;
    // SAFETY: `arg` is a live sched_shutdown (one unsigned int).
    unsafe { call3(SCHED_OP, SCHEDOP_SHUTDOWN, &raw mut arg as u64, 0) }
}

// --- vcpu_op -----------------------------------------------------------------

const VCPUOP_SET_SINGLESHOT_TIMER: u64 = 8;
const VCPUOP_STOP_PERIODIC_TIMER: u64 = 7;

#[repr(C)]
struct SingleshotTimer {
    timeout_abs_ns: u64,
    flags: u32,
}

/// Arms vCPU `vcpu`'s one-shot timer (VIRQ_TIMER) at Xen system time `abs_ns`.
pub fn set_singleshot_timer(vcpu: u32, abs_ns: u64) -> i64 {
    let mut arg = SingleshotTimer {
        timeout_abs_ns: abs_ns,
        flags: 0,
    };
    // SAFETY: `arg` is a live vcpu_set_singleshot_timer.
    unsafe {
        call3(
            VCPU_OP,
            VCPUOP_SET_SINGLESHOT_TIMER,
            vcpu as u64,
            &raw mut arg as u64,
        )
    }
}

pub fn stop_periodic_timer(vcpu: u32) -> i64 {
    // SAFETY: this operation takes no argument structure.
    unsafe { call3(VCPU_OP, VCPUOP_STOP_PERIODIC_TIMER, vcpu as u64, 0) }
}
