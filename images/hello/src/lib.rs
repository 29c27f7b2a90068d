//! The hello service: greets, shows how long boot took, exits 0.
#![no_std]

pub fn main(args: &[&str]) -> i32 {
    let who = args.first().copied().unwrap_or("world");
    kernel::println!(
        "Hello, {who}! Mote booted in {} us.",
        kernel::boot_time_us()
    );
    0
}
