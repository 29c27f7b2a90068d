//! Filesystem self-tests and the in-guest read benchmark.

use alloc::vec;
use alloc::vec::Vec;
use fs::{OpenFlags, SeekFrom};
use kernel::clock::now_ns;
use kernel::println;
use kernel::rootfs;
use sha2::{Digest, Sha256};

/// Prints the SHA-256 and size of `path`, read in 64 KiB chunks.
pub fn sha(path: &str) -> i32 {
    let fd = match rootfs::open(path) {
        Ok(fd) => fd,
        Err(e) => {
            println!("fs-sha: cannot open {path}: {e} (errno {})", e.errno());
            return 1;
        }
    };
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    loop {
        match rootfs::read(fd, &mut buf) {
            Ok(0) => break,
            Ok(n) => {
                h.update(&buf[..n]);
                total += n as u64;
            }
            Err(e) => {
                println!("fs-sha: read error {e}");
                return 1;
            }
        }
    }
    let size = rootfs::fstat(fd).map(|s| s.size).unwrap_or(u64::MAX);
    rootfs::close(fd).unwrap();
    let digest: Vec<u8> = h.finalize().to_vec();
    let mut hex = alloc::string::String::new();
    for b in digest {
        use core::fmt::Write;
        let _ = write!(hex, "{b:02x}");
    }
    println!("fs-sha: {hex} bytes={total} stat_size={size}");
    0
}

/// Every way of changing the filesystem fails with EROFS (30), nothing panics.
pub fn write_attempts() -> i32 {
    let fd = rootfs::open("/hello.txt").unwrap();
    let w = rootfs::write(fd, b"x").map_err(|e| e.errno());
    let flags = OpenFlags {
        write: true,
        ..OpenFlags::READ
    };
    let o = rootfs::open_with("/hello.txt", flags).map_err(|e| e.errno());
    let c = rootfs::open_with(
        "/new.txt",
        OpenFlags {
            create: true,
            write: true,
            ..OpenFlags::READ
        },
    )
    .map_err(|e| e.errno());
    let mut buf = [0u8; 64];
    let n = rootfs::read(fd, &mut buf).unwrap();
    let still = core::str::from_utf8(&buf[..n]).unwrap_or("?").trim_end();
    println!("fs-write: write={w:?} open_write={o:?} create={c:?} content={still:?}");
    0
}

/// Lists the tree (names, sizes) so the test can compare it with the host's folder.
pub fn list() -> i32 {
    fn walk(path: &str, out: &mut Vec<alloc::string::String>) {
        let mut children = Vec::new();
        rootfs::for_each_entry(path, |e| {
            children.push((alloc::string::String::from(e.name), e.is_dir, e.size))
        })
        .unwrap();
        for (name, is_dir, size) in children {
            let full = if path == "/" {
                alloc::format!("/{name}")
            } else {
                alloc::format!("{path}/{name}")
            };
            if is_dir {
                out.push(alloc::format!("{full}/"));
                walk(&full, out);
            } else {
                out.push(alloc::format!("{full} {size}"));
            }
        }
    }
    let mut out = Vec::new();
    walk("/", &mut out);
    for l in out {
        println!("fs-ls: {l}");
    }
    0
}

/// Read throughput for 4 KiB and 1 MiB reads of `path`, next to a plain
/// memcpy of the same bytes in the same chunk sizes into the same buffer
/// (so both see the same host-cache behaviour).
pub fn bench(path: &str) -> i32 {
    // the first access builds the index of a sealed image (code run once)
    let t0 = now_ns();
    let fd = rootfs::open(path).unwrap();
    let first_access_us = (now_ns() - t0) / 1000;
    let size = rootfs::fstat(fd).unwrap().size as usize;
    let src = rootfs::contents(fd)
        .unwrap()
        .expect("packed files are contiguous");
    let mut results = Vec::new();
    for chunk in [4096usize, 1 << 20] {
        let mut buf = vec![0u8; chunk];
        let (mut read_best, mut copy_best) = (u64::MAX, u64::MAX);
        for _ in 0..3 {
            rootfs::seek(fd, SeekFrom::Start(0)).unwrap();
            let t0 = now_ns();
            while rootfs::read(fd, &mut buf).unwrap() > 0 {}
            read_best = read_best.min(now_ns() - t0);
            let t0 = now_ns();
            for piece in src.chunks(chunk) {
                buf[..piece.len()].copy_from_slice(core::hint::black_box(piece));
            }
            core::hint::black_box(&buf);
            copy_best = copy_best.min(now_ns() - t0);
        }
        results.push((read_best, copy_best));
    }
    let mbs = |ns: u64| (size as u64 * 1000) / ns.max(1); // bytes/ns*1000 = MB/s
                                                          // mount again, now that the code has run once (TCG translates on first use)
    let t0 = now_ns();
    let summary = rootfs::probe().unwrap();
    let warm_mount_us = (now_ns() - t0) / 1000;
    println!(
        "BENCH fs bytes={size} read4k_mbs={} memcpy4k_mbs={} read1m_mbs={} memcpy1m_mbs={} warm_mount_us={warm_mount_us} first_access_us={first_access_us} image_bytes={}",
        mbs(results[0].0),
        mbs(results[0].1),
        mbs(results[1].0),
        mbs(results[1].1),
        summary.image_bytes
    );
    0
}
