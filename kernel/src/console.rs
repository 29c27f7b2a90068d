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

/// Console text assembled without `core::fmt`, for the boot banner
/// ([`print_fields`]): under an emulator every distinct instruction costs
/// about a microsecond the first time it runs, and the formatting machinery
/// is thousands of them. Text goes out in one console write per 128 bytes.
struct Line {
    buf: [u8; 128],
    len: usize,
}

impl Line {
    const fn new() -> Self {
        Line {
            buf: [0; 128],
            len: 0,
        }
    }

    #[inline(never)]
    fn bytes(&mut self, b: &[u8]) -> &mut Self {
        if self.len + b.len() > self.buf.len() {
            self.flush();
            if b.len() > self.buf.len() {
                write_bytes(b);
                return self;
            }
        }
        self.buf[self.len..self.len + b.len()].copy_from_slice(b);
        self.len += b.len();
        self
    }

    fn str(&mut self, s: &str) -> &mut Self {
        self.bytes(s.as_bytes())
    }

    /// `v` in decimal with at least `width` digits (leading zeros), width <= 20.
    #[inline(never)]
    fn u64_width(&mut self, mut v: u64, width: usize) -> &mut Self {
        let mut digits = [b'0'; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if i == 0 || (v == 0 && digits.len() - i >= width) {
                break;
            }
        }
        self.bytes(&digits[i..])
    }

    /// Writes what is buffered.
    fn flush(&mut self) {
        write_bytes(&self.buf[..self.len]);
        self.len = 0;
    }
}

/// A value for [`print_fields`].
pub enum Field<'a> {
    Str(&'a str),
    /// decimal
    Num(u64),
    /// decimal, at least 3 digits (for fractions: `.{:03}`)
    Num3(u64),
}

/// Prints `template` with each `\u{1}` replaced by the next field (no
/// `core::fmt`: see [`Line`]); extra placeholders print nothing.
#[inline(never)]
pub fn print_fields(template: &str, fields: &[Field]) {
    let mut line = Line::new();
    let b = template.as_bytes();
    let mut fields = fields.iter();
    let mut start = 0;
    for i in 0..b.len() {
        if b[i] == 1 {
            line.bytes(&b[start..i]);
            match fields.next() {
                Some(Field::Str(s)) => line.str(s),
                Some(Field::Num(v)) => line.u64_width(*v, 1),
                Some(Field::Num3(v)) => line.u64_width(*v, 3),
                None => &mut line,
            };
            start = i + 1;
        }
    }
    line.bytes(&b[start..]);
    line.flush();
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
