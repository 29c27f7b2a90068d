//! The boot sequence, from `kernel_entry` (called by the PVH entry code in
//! long mode) to the service's `main` and the VM's exit.

use crate::arch::x86_64::{boot as entry, cpu, gdt, idt, lapic, paging, pit};
use crate::cmdline::{CommandLine, KNOWN_KEYS};
use crate::mm::{heap, FRAMES};
use crate::stacks::{self, StackInfo};
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

fn init_memory(info: &pvh::BootInfo) {
    let layout = image_layout();
    let kernel_start = &raw const __kernel_start as u64;
    let mut ram: [(u64, u64); pvh::MAX_MEMMAP] = [(0, 0); pvh::MAX_MEMMAP];
    let mut n = 0;
    let mut top = 4u64 << 30;
    {
        let mut frames = FRAMES.lock();
        for r in info.memmap() {
            if r.kind == pvh::MEMMAP_RAM {
                TOTAL_RAM.fetch_add(r.end - r.start, Ordering::Relaxed);
                ram[n] = (r.start, r.end);
                n += 1;
                top = top.max(r.end);
                // low memory holds BIOS/loader data on some platforms: keep out
                frames.add(r.start.max(LOW_MEMORY_END), r.end);
            }
        }
        frames.reserve(kernel_start, layout.image_end);
        if frames.dropped_ranges() > 0 {
            crate::kwarn!(
                "memory map has too many ranges: {} ignored",
                frames.dropped_ranges()
            );
        }
    }
    paging::init(layout, &ram[..n], top.div_ceil(2 << 20) * (2 << 20));
}

fn register_kernel_stacks() {
    let (guard, bottom, top) = entry::boot_stack();
    stacks::register(StackInfo::new("boot", guard, bottom, top));
    for i in 1..=4u8 {
        let (guard, bottom, top) = gdt::ist_stack(i);
        stacks::register(StackInfo::new(
            gdt::IST_NAMES[i as usize - 1],
            guard,
            bottom,
            top,
        ));
    }
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

fn mib(bytes: u64) -> u64 {
    bytes >> 20
}

#[no_mangle]
extern "C" fn kernel_entry(start_info: u32) -> ! {
    let t_rust = cpu::rdtsc();
    platform::init_early();
    let t_serial = cpu::rdtsc();
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
    let t_capture = cpu::rdtsc();
    let cmd = CommandLine::new(info.cmdline());
    if let Some(l) = cmd.get("log") {
        match console::parse_level(l) {
            Some(level) => console::set_level(level),
            None => crate::kwarn!("log={l}: expected error, warn, info or debug"),
        }
    }
    // Calibration runs while the rest of boot does its work (see `clock`).
    let t_cmd = cpu::rdtsc();

    lapic::init();
    clock::start();
    let t_calib = cpu::rdtsc();
    gdt::init();
    idt::init();
    pit::disable_legacy_pic();
    init_memory(info);
    let t_paging = cpu::rdtsc();
    register_kernel_stacks();
    let heap_bytes = init_heap();
    let t_heap = cpu::rdtsc();
    let calib_us = cmd
        .get("tsc.calib_us")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let source = clock::finish(calib_us);
    let t_clock = cpu::rdtsc();
    let us = |t: u64| clock::ticks_to_ns(t.wrapping_sub(entry::entry_tsc())) / 1000;
    crate::kdebug!(
        "boot phases (us since entry): rust {}, serial {}, capture {}, cmdline {}, calibration started {}, paging {}, heap {}, clock {}",
        us(t_rust), us(t_serial), us(t_capture), us(t_cmd), us(t_calib), us(t_paging), us(t_heap), us(t_clock)
    );

    let layout = image_layout();
    crate::println!(
        "Mote {} ({}): {} MiB RAM, heap {} MiB, image {} KiB, {} symbols",
        crate::VERSION,
        platform::name(),
        mib(total_ram()),
        mib(heap_bytes),
        (layout.image_end - 0x10_0000) / 1024,
        crate::symbols::count()
    );
    crate::println!(
        "  command line: \"{}\"{}",
        cmd.raw(),
        if info.cmdline_truncated {
            " (truncated)"
        } else {
            ""
        }
    );
    let hz = clock::tsc_hz();
    match source {
        clock::Source::Pit { window_us } => crate::println!(
            "  clock: TSC {}.{:03} MHz (PIT, {} us window), LAPIC timer {} kHz",
            hz / 1_000_000,
            hz / 1000 % 1000,
            window_us,
            lapic::timer_hz() / 1000
        ),
        clock::Source::Cpuid => crate::println!("  clock: TSC {} MHz (CPUID)", hz / 1_000_000),
        clock::Source::Xen => crate::println!(
            "  clock: TSC {}.{:03} MHz (Xen pvclock), LAPIC timer {} kHz",
            hz / 1_000_000,
            hz / 1000 % 1000,
            lapic::timer_hz() / 1000
        ),
        clock::Source::Guess => {
            crate::kwarn!("no PIT and no CPUID frequency: assuming a 1 GHz TSC")
        }
    }
    let t_mount = cpu::rdtsc();
    let mount = service::mount_fn().map_or(Ok(crate::rootfs::MountResult::NoFilesystem), |mount| {
        mount()
    });
    match mount {
        Ok(crate::rootfs::MountResult::Mounted(summary)) => {
            let us = clock::ticks_to_ns(cpu::rdtsc() - t_mount) / 1000;
            crate::println!("  files: {summary}, mounted read-only in {us} us");
        }
        Ok(crate::rootfs::MountResult::NoFilesystem) => {}
        Err(e) => {
            crate::kerror!("the filesystem sealed into this image is unusable: {e}");
            exit(crate::fault::EXIT_BAD_FILESYSTEM as i32);
        }
    }
    for o in cmd.unknown(KNOWN_KEYS) {
        crate::kwarn!("unknown command-line option '{}' (ignored)", o.key);
    }
    if cmd.flag("mote.probe") {
        // Reaching here means SSE code ran (the Rust above uses it): the accelerator works.
        let x = core::hint::black_box(1.5f64) * core::hint::black_box(2.0f64);
        crate::println!("MOTE-PROBE-OK {}", x as u32);
        exit(0);
    }

    let defaults = service::default_args();
    let args: Vec<&str> = if cmd.has_app_args() {
        cmd.app_args().collect()
    } else {
        crate::cmdline::words(defaults).collect()
    };
    let slice_ms: u64 = match cmd.get("sched.slice_ms").map(str::parse::<u64>) {
        Some(Ok(ms)) if ms > 0 => ms,
        Some(_) => {
            crate::kwarn!("sched.slice_ms: expected a positive number of milliseconds; using 10");
            10
        }
        None => 10,
    };
    crate::thread::init(slice_ms * 1_000_000);
    PRINT_PS.store(cmd.flag("sched.ps"), Ordering::Relaxed);
    // SAFETY: the IDT and every handler are installed; the app runs preemptible.
    unsafe { cpu::enable_interrupts() };
    APP_ENTRY_TSC.store(cpu::rdtsc(), Ordering::Relaxed);
    crate::println!("  boot: {} us from PVH entry to app entry", boot_time_us());
    platform::init_late();
    match service::net_init_fn() {
        Some(start) => start(),
        None => crate::println!("  net: not built into this image (the service does not use it)"),
    }
    let code = service::call_main(&args);
    crate::kinfo!("app exited with status {code}");
    exit(code)
}
