//! The console: `print!`/`println!` and leveled log macros over the
//! platform's console device, with a lock that interrupt handlers can share
//! (it is taken with interrupts off) and an emergency path for fault reports.

use crate::arch::x86_64::cpu::without_interrupts;
use core::fmt::{self, Write};
use core::sync::atomic::{AtomicU8, Ordering};

static LOCK: spin::Mutex<()> = spin::Mutex::new(());

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
#[repr(u8)]
pub enum Level {
    Error = 1,
    Warn = 2,
    Info = 3,
    Debug = 4,
}

static LEVEL: AtomicU8 = AtomicU8::new(Level::Info as u8);

pub fn set_level(level: Level) {
    LEVEL.store(level as u8, Ordering::Relaxed);
}

pub fn enabled(level: Level) -> bool {
    level as u8 <= LEVEL.load(Ordering::Relaxed)
}

pub fn parse_level(s: &str) -> Option<Level> {
    Some(match s {
        "error" => Level::Error,
        "warn" | "warning" => Level::Warn,
        "info" => Level::Info,
        "debug" => Level::Debug,
        _ => return None,
    })
}

struct Writer;

impl Write for Writer {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        crate::platform::console_write(s.as_bytes());
        Ok(())
    }
}

#[doc(hidden)]
pub fn _print(args: fmt::Arguments) {
    without_interrupts(|| {
        let _guard = LOCK.lock();
        let _ = Writer.write_fmt(args);
    });
}

#[doc(hidden)]
pub fn _log(level: Level, args: fmt::Arguments) {
    if !enabled(level) {
        return;
    }
    let ns = crate::clock::now_ns();
    let tag = match level {
        Level::Error => "error: ",
        Level::Warn => "warning: ",
        Level::Info => "",
        Level::Debug => "debug: ",
    };
    _print(format_args!(
        "[{:4}.{:06}] {}{}\n",
        ns / 1_000_000_000,
        ns / 1000 % 1_000_000,
        tag,
        args
    ));
}

/// Writes without taking the lock: for fault and panic reports, which may
/// happen while the lock is held and must still get out.
pub fn emergency_print(args: fmt::Arguments) {
    let _ = Writer.write_fmt(args);
}

/// `v` in decimal with at least `width` digits (leading zeros, width <= 20),
/// in the end of `buf`.
#[inline(never)]
fn decimal(buf: &mut [u8; 20], mut v: u64, width: usize) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if i == 0 || (v == 0 && buf.len() - i >= width) {
            break;
        }
    }
    &buf[i..]
}

/// A value for [`print_fields`].
pub enum Field<'a> {
    Str(&'a str),
    /// decimal
    Num(u64),
    /// decimal, at least 3 digits (for fractions: `.{:03}`)
    Num3(u64),
}

/// Prints `template` with each `\u{1}` replaced by the next field; extra
/// placeholders print nothing. For the boot banner: no `core::fmt`, whose
/// machinery is thousands of instructions, and under an emulator every
/// distinct instruction costs about a microsecond the first time it runs.
#[inline(never)]
pub fn print_fields(template: &str, fields: &[Field]) {
    without_interrupts(|| {
        let _guard = LOCK.lock();
        let out = crate::platform::console_write;
        let b = template.as_bytes();
        let mut fields = fields.iter();
        let mut start = 0;
        let mut digits = [0u8; 20];
        for i in 0..b.len() {
            if b[i] == 1 {
                out(&b[start..i]);
                out(match fields.next() {
                    Some(Field::Str(s)) => s.as_bytes(),
                    Some(Field::Num(v)) => decimal(&mut digits, *v, 1),
                    Some(Field::Num3(v)) => decimal(&mut digits, *v, 3),
                    None => &[],
                });
                start = i + 1;
            }
        }
        out(&b[start..]);
    });
}

pub fn write_bytes(bytes: &[u8]) {
    without_interrupts(|| {
        let _guard = LOCK.lock();
        crate::platform::console_write(bytes);
    });
}

#[macro_export]
macro_rules! print {
    ($($arg:tt)*) => { $crate::console::_print(format_args!($($arg)*)) };
}

#[macro_export]
macro_rules! println {
    () => { $crate::print!("\n") };
    ($($arg:tt)*) => { $crate::console::_print(format_args!("{}\n", format_args!($($arg)*))) };
}

#[macro_export]
macro_rules! kinfo {
    ($($arg:tt)*) => { $crate::console::_log($crate::console::Level::Info, format_args!($($arg)*)) };
}

#[macro_export]
macro_rules! kwarn {
    ($($arg:tt)*) => { $crate::console::_log($crate::console::Level::Warn, format_args!($($arg)*)) };
}

#[macro_export]
macro_rules! kerror {
    ($($arg:tt)*) => { $crate::console::_log($crate::console::Level::Error, format_args!($($arg)*)) };
}

#[macro_export]
macro_rules! kdebug {
    ($($arg:tt)*) => { $crate::console::_log($crate::console::Level::Debug, format_args!($($arg)*)) };
}
