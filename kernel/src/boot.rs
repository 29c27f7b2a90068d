//! The boot sequence, from `kernel_entry` (called by the PVH entry code in
//! long mode) to the service's `main` and the VM's exit.

use crate::arch::x86_64::{boot as entry, cpu, gdt, idt, lapic, paging, pit};
use crate::cmdline::{CommandLine, KNOWN_KEYS};
use crate::mm::{heap, FRAMES};
use crate::stacks;
use crate::{clock, console, platform, pvh, service};
use alloc::vec::Vec;
use core::sync::atomic::{AtomicBool, AtomicU64, Ordering};

extern "C" {
    static __kernel_start: u8;
    static __kernel_end: u8;
    static __text_start: u8;
    static __text_end: u8;
    static __rodata_start: u8;
    static __rodata_end: u8;
}

/// The image's section boundaries, from the linker script.
pub fn image_layout() -> paging::ImageLayout {
    paging::ImageLayout {
        text: (&raw const __text_start as u64, &raw const __text_end as u64),
        rodata: (
            &raw const __rodata_start as u64,
            &raw const __rodata_end as u64,
        ),
        image_end: &raw const __kernel_end as u64,
    }
}

static APP_ENTRY_TSC: AtomicU64 = AtomicU64::new(0);
static TOTAL_RAM: AtomicU64 = AtomicU64::new(0);
static PRINT_PS: AtomicBool = AtomicBool::new(false);

/// Microseconds from PVH entry to the call of the service's `main`.
pub fn boot_time_us() -> u64 {
    clock::ticks_to_ns(
        APP_ENTRY_TSC
            .load(Ordering::Relaxed)
            .wrapping_sub(entry::entry_tsc()),
    ) / 1000
}

/// The kernel command line the VM was booted with (empty before boot captured it).
pub fn cmdline() -> CommandLine<'static> {
    CommandLine::new(pvh::get().map_or("", |i| i.cmdline()))
}

/// Bytes of RAM the memory map reported.
pub fn total_ram() -> u64 {
    TOTAL_RAM.load(Ordering::Relaxed)
}

/// Ends the VM with `code` as its exit status (0..=127 reach the host exactly).
pub fn exit(code: i32) -> ! {
    if cpu::interrupts_enabled() {
        service::before_exit(); // e.g. the network delivers a last reply
    }
    if PRINT_PS.load(Ordering::Relaxed) {
        crate::println!("threads at exit:");
        crate::thread::ps(&mut |a| crate::print!("{a}"));
    }
    cpu::disable_interrupts();
    let code = if (0..=127).contains(&code) {
        code as u8
    } else {
        crate::kwarn!("exit status {code} does not fit the exit device (0..=127); reporting 127");
        127
    };
    platform::exit(code)
}

const LOW_MEMORY_END: u64 = 1 << 20;

fn init_memory(info: &pvh::BootInfo, guards: &[usize]) {
    let layout = image_layout();
    let kernel_start = &raw const __kernel_start as u64;
    let mut top = 4u64 << 30;
    {
        let mut frames = FRAMES.lock();
        for r in info.memmap() {
            if r.kind == pvh::MEMMAP_RAM {
                TOTAL_RAM.fetch_add(r.end - r.start, Ordering::Relaxed);
                top = top.max(r.end);
                // low memory holds BIOS/loader data on some platforms: keep
                // out; so is the kernel image (empty parts are ignored)
                let start = r.start.max(LOW_MEMORY_END);
                frames.add(start, r.end.min(kernel_start));
                frames.add(start.max(layout.image_end), r.end);
            }
        }
        if frames.dropped_ranges() > 0 {
            crate::kwarn!(
                "memory map has too many ranges: {} ignored",
                frames.dropped_ranges()
            );
        }
    }
    paging::init(
        layout,
        info.memmap(),
        top.div_ceil(2 << 20) * (2 << 20),
        guards,
    );
}

fn init_heap() -> u64 {
    let mut frames = FRAMES.lock();
    // Frames stay available for page tables and guard-page splits.
    let keep = (frames.free_bytes() / 32).clamp(256 << 10, 4 << 20);
    let Some(r) = frames.take_largest(keep) else {
        drop(frames);
        console::emergency_print(format_args!("mote: no RAM left for the heap\n"));
        platform::exit(crate::fault::EXIT_OUT_OF_MEMORY);
    };
    drop(frames);
    // SAFETY: the range was removed from the frame allocator, is RAM and
    // identity-mapped RW by `paging::init`; nothing else uses it.
    unsafe { heap::init(r.start as usize, r.len() as usize) };
    r.len()
}

/// The boot phases, in order; the TSC is stamped at the end of each and
/// `log=debug` prints them once the app has been entered (so printing them
/// does not count in the boot time).
const PHASES: [&str; 13] = [
    "rust entry",  // the entry code: page tables, long mode, SSE
    "serial",      // platform detection, COM1
    "calib start", // LAPIC on, TSC/LAPIC calibration window opened
    "boot info",   // hvm_start_info copied
    "cmdline",     // log level
    "gdt idt pic", // descriptor tables, legacy PIC masked
    "paging",      // frame allocator, W^X page tables
    "heap",        // heap over the largest RAM range
    "banner",      // first two banner lines
    "args",        // app arguments, scheduler options
    "threads",     // threads usable (their tables are built on first use)
    "calib end",   // calibration window closed (waits until it is long enough)
    "mount",       // sealed filesystem mounted (if the image has one)
];
static PHASE_TSC: [AtomicU64; PHASES.len()] = [const { AtomicU64::new(0) }; PHASES.len()];

fn mark(phase: usize) {
    PHASE_TSC[phase].store(cpu::rdtsc(), Ordering::Relaxed);
}

fn print_phases() {
    if !console::enabled(console::Level::Debug) {
        return;
    }
    let us = |ticks: u64| clock::ticks_to_ns(ticks) / 1000;
    let mut prev = entry::entry_tsc();
    for (name, t) in PHASES.iter().zip(&PHASE_TSC) {
        let t = t.load(Ordering::Relaxed);
        crate::kdebug!(
            "boot phase {name:<12} ends at {:>5} us ({:>4} us)",
            us(t.wrapping_sub(entry::entry_tsc())),
            us(t.wrapping_sub(prev))
        );
        prev = t;
    }
}

fn mib(bytes: u64) -> u64 {
    bytes >> 20
}

/// Banner lines: version, platform, memory, image; the command line.
fn print_banner(heap_bytes: u64, cmdline: &str, truncated: bool) {
    use console::Field::{Num, Str};
    console::print_fields(
        concat!(
            "Mote ",
            env!("CARGO_PKG_VERSION"),
            " (\u{1}): \u{1} MiB RAM, heap \u{1} MiB, image \u{1} KiB, \u{1} symbols\n",
            "  command line: \"\u{1}\"\u{1}\n"
        ),
        &[
            Str(platform::name()),
            Num(mib(total_ram())),
            Num(mib(heap_bytes)),
            Num((image_layout().image_end - 0x10_0000) / 1024),
            Num(crate::symbols::count() as u64),
            Str(cmdline),
            Str(if truncated { " (truncated)" } else { "" }),
        ],
    );
}

/// Banner line: the clock's source and rates.
fn print_clock(source: clock::Source) {
    use console::Field::{Num, Num3};
    let hz = clock::tsc_hz();
    let (mhz, khz, lapic_khz) = (hz / 1_000_000, hz / 1000 % 1000, lapic::timer_hz() / 1000);
    match source {
        clock::Source::Pit { window_us } => console::print_fields(
            "  clock: TSC \u{1}.\u{1} MHz (PIT, \u{1} us window), LAPIC timer \u{1} kHz\n",
            &[Num(mhz), Num3(khz), Num(window_us), Num(lapic_khz)],
        ),
        clock::Source::Cpuid => {
            console::print_fields("  clock: TSC \u{1} MHz (CPUID)\n", &[Num(mhz)])
        }
        clock::Source::Xen => console::print_fields(
            "  clock: TSC \u{1}.\u{1} MHz (Xen pvclock), LAPIC timer \u{1} kHz\n",
            &[Num(mhz), Num3(khz), Num(lapic_khz)],
        ),
        clock::Source::Guess => {
            crate::kwarn!("no PIT and no CPUID frequency: assuming a 1 GHz TSC")
        }
    }
}

/// Banner line: the sealed filesystem.
fn print_files(s: &fs::Summary, us: u64) {
    use console::Field::{Num, Str};
    console::print_fields(
        "  files: \u{1} files, \u{1} dirs, \u{1} bytes (\u{1}, \u{1} B clusters, \u{1} B image), mounted read-only in \u{1} us\n",
        &[
            Num(s.files),
            Num(s.dirs),
            Num(s.bytes),
            Str(s.fat.name()),
            Num(s.cluster_size as u64),
            Num(s.image_bytes),
            Num(us),
        ],
    );
}

#[no_mangle]
extern "C" fn kernel_entry(start_info: u32) -> ! {
    mark(0);
    platform::init_early();
    mark(1);
    // The TSC/LAPIC calibration window opens first and closes before the
    // mount, so the rest of boot runs inside it instead of a 1 ms wait (see `clock`).
    lapic::init();
    clock::start();
    mark(2);
    // SAFETY: the value the PVH loader passed in %ebx; runs once, first.
    let info = match unsafe { pvh::capture(start_info as u64) } {
        Ok(info) => info,
        Err(pvh::BootInfoError::BadMagic(m)) => {
            console::emergency_print(format_args!(
                "mote: not booted through PVH: start_info magic {m:#x} != {:#x}\n",
                pvh::START_INFO_MAGIC
            ));
            platform::exit(crate::fault::EXIT_PANIC)
        }
        Err(pvh::BootInfoError::NoMemoryMap) => {
            console::emergency_print(format_args!(
                "mote: the loader passed no memory map (start_info version < 1)\n"
            ));
            platform::exit(crate::fault::EXIT_PANIC)
        }
    };
    mark(3);
    let cmd = CommandLine::new(info.cmdline());
    if let Some(l) = cmd.get("log") {
        match console::parse_level(l) {
            Some(level) => console::set_level(level),
            None => crate::kwarn!("log={l}: expected error, warn, info or debug"),
        }
    }
    mark(4);
    gdt::init();
    idt::init();
    pit::disable_legacy_pic();
    mark(5);
    let guards = stacks::static_guards();
    init_memory(info, &guards);
    mark(6);
    let heap_bytes = init_heap();
    mark(7);
    print_banner(heap_bytes, cmd.raw(), info.cmdline_truncated);
    mark(8);
    // The app's arguments: up to 16 on the stack (no heap allocation before
    // the app needs one; not even initialised beyond what is used), more in a Vec.
    let words = cmd.app_args_or(service::default_args());
    let mut few = [core::mem::MaybeUninit::<&str>::uninit(); 16];
    let argc = crate::cmdline::fill(words.clone(), &mut few);
    // SAFETY: `fill` initialised the first `argc` slots.
    let few = unsafe { core::slice::from_raw_parts(few.as_ptr().cast::<&str>(), argc) };
    let many: Vec<&str> = if argc == 16 {
        words.collect()
    } else {
        Vec::new()
    };
    let args = if argc < 16 { few } else { &many[..] };
    let slice_ms: u64 = match cmd.get("sched.slice_ms").map(crate::cmdline::parse_u64) {
        Some(Some(ms)) if ms > 0 => ms,
        Some(_) => {
            crate::kwarn!("sched.slice_ms: expected a positive number of milliseconds; using 10");
            10
        }
        None => 10,
    };
    mark(9);
    crate::thread::init(slice_ms.saturating_mul(1_000_000));
    mark(10);
    let calib_us = match cmd.get("tsc.calib_us").map(crate::cmdline::parse_u64) {
        Some(Some(us)) => us,
        Some(None) => {
            crate::kwarn!("tsc.calib_us: expected a number of microseconds; using 1000");
            1000
        }
        None => 1000,
    };
    // The window closes before the mount, whose length depends on the
    // image: the PIT's 16-bit count wraps after 55 ms.
    let source = clock::finish(calib_us);
    mark(11);
    let t_mount = cpu::rdtsc();
    let mount = service::mount_fn().map_or(Ok(crate::rootfs::MountResult::NoFilesystem), |mount| {
        mount()
    });
    let mount_ticks = cpu::rdtsc() - t_mount;
    mark(12);
    let mounted = match mount {
        Ok(crate::rootfs::MountResult::Mounted(summary)) => Some(summary),
        Ok(crate::rootfs::MountResult::NoFilesystem) => None,
        Err(e) => {
            crate::kerror!("the filesystem sealed into this image is unusable: {e}");
            exit(crate::fault::EXIT_BAD_FILESYSTEM as i32);
        }
    };
    print_clock(source);
    entry::print_decompressed();
    if let Some(summary) = &mounted {
        print_files(summary, clock::ticks_to_ns(mount_ticks) / 1000);
    }
    for o in cmd.options() {
        if !o.key.starts_with("-X") && !crate::cmdline::is_known(o.key, KNOWN_KEYS) {
            crate::kwarn!("unknown command-line option '{}' (ignored)", o.key);
        }
    }
    if cmd.flag("mote.probe") {
        // Reaching here means SSE code ran (the Rust above uses it): the accelerator works.
        let x = core::hint::black_box(1.5f64) * core::hint::black_box(2.0f64);
        crate::println!("MOTE-PROBE-OK {}", x as u32);
        exit(0);
    }
    PRINT_PS.store(cmd.flag("sched.ps"), Ordering::Relaxed);
    // SAFETY: the IDT and every handler are installed; the app runs preemptible.
    unsafe { cpu::enable_interrupts() };
    APP_ENTRY_TSC.store(cpu::rdtsc(), Ordering::Relaxed);
    console::print_fields(
        "  boot: \u{1} us from PVH entry to app entry\n",
        &[console::Field::Num(boot_time_us())],
    );
    print_phases();
    platform::init_late();
    match service::net_init_fn() {
        Some(start) => start(),
        None => crate::println!("  net: not built into this image (the service does not use it)"),
    }
    let code = service::call_main(args);
    crate::kinfo!("app exited with status {code}");
    exit(code)
}
