//! The environment: `env.NAME=value` options on the kernel command line.

use alloc::ffi::CString;
use alloc::vec::Vec;

static ENV: spin::Once<Vec<(alloc::string::String, CString)>> = spin::Once::new();

fn env() -> &'static [(alloc::string::String, CString)] {
    ENV.call_once(|| {
        kernel::cmdline()
            .options()
            .filter_map(|o| {
                Some((
                    o.key.strip_prefix("env.")?.into(),
                    CString::new(o.value).ok()?,
                ))
            })
            .collect()
    })
}

/// The value of `name`, NUL-terminated for C (last definition wins).
pub fn get(name: &str) -> Option<&'static core::ffi::CStr> {
    env()
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_c_str())
}
