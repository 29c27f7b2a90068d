//! How a service plugs into the kernel: `service_main!(my_crate::main, "default args")`
//! in the image crate that `mote build` generates defines the two symbols
//! the kernel calls after boot. `main` gets the app's arguments (from the
//! command line after `--`, else the manifest's defaults) and returns the
//! exit status.

#[macro_export]
macro_rules! service_main {
    ($main:path) => {
        $crate::service_main!($main, "");
    };
    ($main:path, $default_args:expr) => {
        $crate::service_main!(@define $main, $default_args, None, None);
    };
    // `files`: the image has a sealed filesystem; only then is the FAT code linked in
    ($main:path, $default_args:expr, files) => {
        $crate::service_main!(@define $main, $default_args, Some($crate::rootfs::mount), None);
    };
    // `net`: the service uses the network; only then are the drivers and smoltcp linked in
    ($main:path, $default_args:expr, net) => {
        $crate::service_main!(@define $main, $default_args, None, Some($crate::service::start_network));
    };
    ($main:path, $default_args:expr, files, net) => {
        $crate::service_main!(
            @define $main,
            $default_args,
            Some($crate::rootfs::mount),
            Some($crate::service::start_network)
        );
    };
    (@define $main:path, $default_args:expr, $mount:expr, $net:expr) => {
        #[no_mangle]
        pub fn __mote_service_main(args: &[&str]) -> i32 {
            $main(args)
        }
        #[no_mangle]
        pub static __MOTE_DEFAULT_ARGS: &str = $default_args;
        #[no_mangle]
        pub static __MOTE_MOUNT: Option<$crate::rootfs::MountFn> = $mount;
        #[no_mangle]
        pub static __MOTE_NET_INIT: Option<fn()> = $net;
    };
}

/// Work to finish before the VM ends (set by networking: deliver what
/// sockets still hold). A hook, so images without networking link none of it.
static BEFORE_EXIT: spin::Once<fn()> = spin::Once::new();

pub(crate) fn set_before_exit(f: fn()) {
    BEFORE_EXIT.call_once(|| f);
}

/// Runs the before-exit hook, if any; only from a thread that may sleep.
pub(crate) fn before_exit() {
    if let Some(f) = BEFORE_EXIT.get() {
        f();
    }
}

/// Starts networking (NIC, stack, network thread) for services that use it.
pub fn start_network() {
    crate::net::init();
}

extern "Rust" {
    fn __mote_service_main(args: &[&str]) -> i32;
    static __MOTE_DEFAULT_ARGS: &'static str;
    static __MOTE_MOUNT: Option<crate::rootfs::MountFn>;
    static __MOTE_NET_INIT: Option<fn()>;
}

/// The network start-up, if the image includes networking.
pub(crate) fn net_init_fn() -> Option<fn()> {
    // SAFETY: defined by `service_main!` as an immutable static of this type.
    unsafe { __MOTE_NET_INIT }
}

/// The filesystem mount, if the image has files.
pub(crate) fn mount_fn() -> Option<crate::rootfs::MountFn> {
    // SAFETY: defined by `service_main!` as an immutable static of this type.
    unsafe { __MOTE_MOUNT }
}

pub(crate) fn default_args() -> &'static str {
    // SAFETY: defined by `service_main!` in the image crate as an immutable static.
    unsafe { __MOTE_DEFAULT_ARGS }
}

pub(crate) fn call_main(args: &[&str]) -> i32 {
    // SAFETY: defined by `service_main!` with exactly this signature.
    unsafe { __mote_service_main(args) }
}
