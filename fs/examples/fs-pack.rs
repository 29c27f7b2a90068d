//! Packs a directory into a FAT image file and prints its mount summary.
//!
//! cargo run --release -p mote-fs --features pack --example fs-pack -- DIR OUT.img [fat12|fat16|fat32] [CLUSTER]

use std::path::Path;
use std::process::ExitCode;

use fs::pack::{pack_dir_with, PackOptions};
use fs::FatKind;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: fs-pack DIR OUT.img [fat12|fat16|fat32] [CLUSTER_BYTES]");
        return ExitCode::from(2);
    }
    let fat = match args.get(3).map(String::as_str) {
        None => None,
        Some("fat12") => Some(FatKind::Fat12),
        Some("fat16") => Some(FatKind::Fat16),
        Some("fat32") => Some(FatKind::Fat32),
        Some(other) => {
            eprintln!("unknown FAT type {other}");
            return ExitCode::from(2);
        }
    };
    let cluster_size = args.get(4).and_then(|s| s.parse().ok());
    let img = match pack_dir_with(Path::new(&args[1]), &PackOptions { fat, cluster_size }) {
        Ok(img) => img,
        Err(e) => {
            eprintln!("fs-pack: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::write(&args[2], &img) {
        eprintln!("fs-pack: {}: {e}", args[2]);
        return ExitCode::FAILURE;
    }
    match fs::probe(&img) {
        Ok(s) => println!("{}: {s}", args[2]),
        Err(e) => {
            eprintln!("fs-pack: packed image does not mount: {e}");
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
