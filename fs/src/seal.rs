//! The packer's seal: a record in the boot sector's boot-code area (unused
//! by FAT) with the volume's file, directory and byte counts, how far its
//! metadata reaches (boot sector, FATs, root region and every directory's
//! clusters, which the packer writes before any file data) and a checksum
//! of those metadata bytes.
//!
//! With it, boot can check the sealed image in one short loop and print its
//! summary, and leave building the index (the full walk, which validates
//! everything again) to the first file access: under an emulator the
//! index code costs about 2 ms to translate. A damaged byte anywhere in the
//! metadata changes the checksum, so accidental corruption is still found at
//! boot; a forged seal only moves the walk's errors to the first access
//! (`FsError::Corrupt`, never a panic), and a summary that disagrees with
//! the walk is `Corruption::SealMismatch`.

use crate::error::{Corruption, FsError};
use crate::layout::Layout;
use crate::volume::Summary;

const MAGIC: &[u8; 8] = b"MOTESEAL";
/// Where the record sits in the boot sector (inside the boot-code area of
/// FAT12/16 (62..510) and FAT32 (90..510)).
const AT: usize = 448;
const LEN: usize = 40;

/// The record: counts, metadata extent and checksum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seal {
    pub files: u32,
    pub dirs: u32,
    pub bytes: u64,
    /// The metadata is `img[..meta_len]` (the record itself left out).
    pub meta_len: u32,
    pub hash: u64,
}

fn u32_at(b: &[u8], o: usize) -> u32 {
    u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]])
}

fn u64_at(b: &[u8], o: usize) -> u64 {
    u64::from(u32_at(b, o)) | u64::from(u32_at(b, o + 4)) << 32
}

/// The seal in `img`'s boot sector, if it has one (version 1).
pub fn read(img: &[u8]) -> Option<Seal> {
    let r = img.get(AT..AT + LEN)?;
    if &r[..8] != MAGIC || u32_at(r, 8) != 1 {
        return None;
    }
    Some(Seal {
        meta_len: u32_at(r, 12),
        files: u32_at(r, 16),
        dirs: u32_at(r, 20),
        bytes: u64_at(r, 24),
        hash: u64_at(r, 32),
    })
}

/// Checksum of `img[..len]` without the record's bytes (a corruption check,
/// not a cryptographic hash): four independent 64-bit lanes over 32-byte
/// blocks, so the loop is short and runs few instructions per byte (it runs
/// at every boot, emulated). `len` must not exceed the slice.
pub fn checksum(img: &[u8], len: usize) -> u64 {
    let mut lanes = [0x6d6f_7465_7365_616c ^ len as u64; 4];
    let end = len.min(AT);
    mix(&mut lanes, &img[..end]);
    if len > AT + LEN {
        mix(&mut lanes, &img[AT + LEN..len]);
    }
    lanes
        .iter()
        .fold(0, |h: u64, &l| (h.rotate_left(17) ^ l).wrapping_mul(K))
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

fn mix(lanes: &mut [u64; 4], bytes: &[u8]) {
    let mut blocks = bytes.chunks_exact(32);
    for b in &mut blocks {
        for (i, lane) in lanes.iter_mut().enumerate() {
            let w = u64::from_le_bytes(b[i * 8..i * 8 + 8].try_into().unwrap());
            *lane = (lane.rotate_left(23) ^ w).wrapping_mul(K);
        }
    }
    let rest = blocks.remainder();
    let mut last = [0u8; 32];
    last[..rest.len()].copy_from_slice(rest);
    for (i, lane) in lanes.iter_mut().enumerate() {
        let w = u64::from_le_bytes(last[i * 8..i * 8 + 8].try_into().unwrap());
        *lane = (lane.rotate_left(23) ^ w ^ rest.len() as u64).wrapping_mul(K);
    }
}

/// Boot's check of a sealed image: the boot sector's own checks, then the
/// checksum over the metadata; the summary comes from the seal and the
/// geometry. `Ok(None)`: no seal (mount it with the full walk instead).
pub fn check(img: &[u8]) -> Result<Option<Summary>, FsError> {
    let l = Layout::parse(img)?;
    let Some(s) = read(img) else {
        return Ok(None);
    };
    let len = s.meta_len as usize;
    if len < 512 || len > l.volume_len || checksum(img, len) != s.hash {
        return Err(FsError::Corrupt(Corruption::SealMismatch));
    }
    Ok(Some(Summary {
        files: u64::from(s.files),
        dirs: u64::from(s.dirs),
        bytes: s.bytes,
        fat: l.kind,
        cluster_size: l.cluster_size,
        image_bytes: l.volume_len as u64,
    }))
}

/// Writes the seal for `img`, whose summary and metadata end are known
/// (the packer, after verifying the image).
#[cfg(feature = "pack")]
pub(crate) fn write(img: &mut [u8], summary: &Summary, meta_len: usize) {
    let mut r = [0u8; LEN];
    r[..8].copy_from_slice(MAGIC);
    r[8..12].copy_from_slice(&1u32.to_le_bytes());
    r[12..16].copy_from_slice(&(meta_len as u32).to_le_bytes());
    r[16..20].copy_from_slice(&(summary.files as u32).to_le_bytes());
    r[20..24].copy_from_slice(&(summary.dirs as u32).to_le_bytes());
    r[24..32].copy_from_slice(&summary.bytes.to_le_bytes());
    img[AT..AT + LEN].copy_from_slice(&r);
    let h = checksum(img, meta_len);
    img[AT + 32..AT + 40].copy_from_slice(&h.to_le_bytes());
}
