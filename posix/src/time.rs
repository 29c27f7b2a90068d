//! Clocks and sleeping: CLOCK_MONOTONIC from the TSC clock, CLOCK_REALTIME
//! from the RTC read at boot plus the monotonic clock.

pub const CLOCK_REALTIME: i32 = 0;
pub const CLOCK_MONOTONIC: i32 = 1;

pub fn now_ns(clock: i32) -> Option<u64> {
    match clock {
        CLOCK_REALTIME => Some(kernel::clock::realtime_ns()),
        CLOCK_MONOTONIC | 4 /* MONOTONIC_RAW */ | 7 /* BOOTTIME */ => Some(kernel::clock::now_ns()),
        _ => None,
    }
}

pub fn sleep_ns(ns: u64) {
    if ns == 0 {
        kernel::thread::yield_now();
    } else {
        kernel::thread::sleep_ns(ns);
    }
}
