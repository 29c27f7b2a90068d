//! Helpers shared by the boot-test binaries: where Mote is, and `mote`
//! configured for tests (TCG, this checkout).

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn home() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

pub fn mote() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mote"));
    c.env("MOTE_HOME", home()).env("MOTE_ACCEL", "tcg");
    c
}

/// Where tests put images and scratch files.
pub fn out_dir() -> PathBuf {
    let d = home().join("target/boot-tests");
    std::fs::create_dir_all(&d).unwrap();
    d
}
