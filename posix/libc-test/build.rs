//! Compiles posix/libc's formatting engine for the host, so the tests can
//! compare it with the host C library's snprintf.
fn main() {
    for f in [
        "../libc/format.c",
        "../libc/format.h",
        "../libc/test_shim.c",
    ] {
        println!("cargo:rerun-if-changed={f}");
    }
    cc::Build::new()
        .file("../libc/format.c")
        .file("../libc/test_shim.c")
        .define("__mote_format", Some("mote_test_format"))
        .warnings(true)
        .compile("mote_format_host");
}
