//! The CMOS real-time clock, read once to anchor wall-clock time.

use super::cpu::{inb, outb};

fn read(reg: u8) -> u8 {
    outb(0x70, reg | 0x80); // keep NMIs disabled while selecting
    inb(0x71)
}

fn updating() -> bool {
    read(0x0A) & 0x80 != 0
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Seconds since the Unix epoch, or None without a plausible RTC.
pub fn unix_seconds() -> Option<u64> {
    let mut spins = 0;
    while updating() {
        spins += 1;
        if spins > 1_000_000 {
            return None;
        }
    }
    let raw = [
        read(0x00),
        read(0x02),
        read(0x04),
        read(0x07),
        read(0x08),
        read(0x09),
        read(0x32),
    ];
    let status_b = read(0x0B);
    let bcd = status_b & 0x04 == 0;
    let conv = |v: u8| if bcd { (v & 0x0F) + (v >> 4) * 10 } else { v };
    let (sec, min) = (conv(raw[0]), conv(raw[1]));
    let pm = raw[2] & 0x80 != 0;
    let mut hour = conv(raw[2] & 0x7F);
    if status_b & 0x02 == 0 {
        hour = hour % 12 + if pm { 12 } else { 0 }; // 12-hour mode
    }
    let (day, month, year) = (conv(raw[3]), conv(raw[4]), conv(raw[5]));
    let century = match conv(raw[6]) {
        c @ 19..=21 => c as i64,
        _ => 20,
    };
    if sec > 59 || min > 59 || hour > 23 || !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    let days = days_from_civil(century * 100 + year as i64, month as i64, day as i64);
    u64::try_from(days * 86_400 + hour as i64 * 3600 + min as i64 * 60 + sec as i64).ok()
}
