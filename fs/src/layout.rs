//! The on-disk geometry of a FAT volume: boot sector (BPB) validation and FAT
//! entry decoding, written from the facts of Microsoft's FAT specification
//! (fatgen103).
//!
//! This module only reads fixed-size fields at checked offsets; it never
//! follows a chain (see `index`). Every arithmetic step on a value taken from
//! the image is checked, so a hostile boot sector yields `BadBootSector`, not
//! an overflow.

use crate::error::Corruption;

/// FAT entry width, decided (as the specification says) by the cluster count
/// alone, never by the type string in the boot sector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FatKind {
    Fat12,
    Fat16,
    Fat32,
}

impl FatKind {
    /// Human-readable name ("FAT12", ...).
    pub fn name(self) -> &'static str {
        match self {
            FatKind::Fat12 => "FAT12",
            FatKind::Fat16 => "FAT16",
            FatKind::Fat32 => "FAT32",
        }
    }
}

/// What a FAT entry says about the next cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Chain continues at this cluster (already range-checked).
    Cluster(u32),
    /// End of chain.
    End,
    /// Free (0), reserved (1), out of range, or bad-cluster mark.
    Invalid,
}

/// A validated volume geometry. All offsets are byte offsets into the image
/// and are known to lie inside it.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    pub kind: FatKind,
    pub cluster_size: u32,
    /// Byte offset of the FAT in use.
    pub fat_offset: usize,
    /// Byte length of one FAT.
    pub fat_len: usize,
    /// FAT12/16: byte range of the fixed root directory region.
    pub root_region: (usize, usize),
    /// FAT32: first cluster of the root directory.
    pub root_cluster: u32,
    /// Byte offset of cluster 2.
    pub data_offset: usize,
    /// Number of data clusters; valid cluster numbers are 2..cluster_count+2.
    pub cluster_count: u32,
    /// Bytes of the image covered by the volume.
    pub volume_len: usize,
}

fn u16_at(b: &[u8], off: usize) -> u16 {
    u16::from_le_bytes([b[off], b[off + 1]])
}

fn u32_at(b: &[u8], off: usize) -> u32 {
    u32::from_le_bytes([b[off], b[off + 1], b[off + 2], b[off + 3]])
}

impl Layout {
    /// Parses and validates the boot sector at the start of `img`.
    pub fn parse(img: &[u8]) -> Result<Layout, Corruption> {
        use Corruption::{BadBootSector as Bad, Truncated};
        if img.len() < 512 {
            return Err(Truncated);
        }
        let bs = &img[..512];
        if bs[510] != 0x55 || bs[511] != 0xAA {
            return Err(Bad("signature 0x55AA missing"));
        }
        if bs[0] != 0xEB && bs[0] != 0xE9 {
            return Err(Bad("jump instruction"));
        }
        let bps = u32::from(u16_at(bs, 11));
        if !matches!(bps, 512 | 1024 | 2048 | 4096) {
            return Err(Bad("bytes per sector"));
        }
        let spc = u32::from(bs[13]);
        if spc == 0 || !spc.is_power_of_two() {
            return Err(Bad("sectors per cluster"));
        }
        let cluster_size = bps * spc;
        if cluster_size > 64 * 1024 {
            return Err(Bad("cluster size above 64 KiB"));
        }
        let reserved = u32::from(u16_at(bs, 14));
        if reserved == 0 {
            return Err(Bad("reserved sector count"));
        }
        let num_fats = u32::from(bs[16]);
        if num_fats == 0 {
            return Err(Bad("number of FATs"));
        }
        let root_entries = u32::from(u16_at(bs, 17));
        let tot16 = u32::from(u16_at(bs, 19));
        let fatsz16 = u32::from(u16_at(bs, 22));
        let tot32 = u32_at(bs, 32);
        let fatsz32 = u32_at(bs, 36);
        let total_sectors = if tot16 != 0 { tot16 } else { tot32 };
        if total_sectors == 0 {
            return Err(Bad("total sectors"));
        }
        let fat_sectors = if fatsz16 != 0 { fatsz16 } else { fatsz32 };
        if fat_sectors == 0 {
            return Err(Bad("sectors per FAT"));
        }
        let root_dir_sectors = (root_entries * 32).div_ceil(bps);
        let meta = u64::from(reserved)
            + u64::from(num_fats) * u64::from(fat_sectors)
            + u64::from(root_dir_sectors);
        let data_sectors = u64::from(total_sectors)
            .checked_sub(meta)
            .ok_or(Bad("metadata larger than volume"))?;
        let cluster_count =
            u32::try_from(data_sectors / u64::from(spc)).map_err(|_| Bad("cluster count"))?;
        if cluster_count == 0 {
            return Err(Bad("no data clusters"));
        }
        let kind = if cluster_count < 4085 {
            FatKind::Fat12
        } else if cluster_count < 65525 {
            FatKind::Fat16
        } else {
            FatKind::Fat32
        };
        let volume_len = u64::from(total_sectors) * u64::from(bps);
        if volume_len > img.len() as u64 {
            return Err(Truncated);
        }
        let volume_len = volume_len as usize;

        // FAT selection: FAT32 may disable mirroring and name the active FAT.
        let mut active_fat = 0;
        let mut root_cluster = 0;
        match kind {
            FatKind::Fat32 => {
                if fatsz16 != 0 || fatsz32 == 0 {
                    return Err(Bad("FAT32 with a 16-bit FAT size"));
                }
                if root_entries != 0 {
                    return Err(Bad("FAT32 with a fixed root directory"));
                }
                if u16_at(bs, 42) != 0 {
                    return Err(Bad("FAT32 version"));
                }
                let ext_flags = u16_at(bs, 40);
                if ext_flags & 0x80 != 0 {
                    active_fat = u32::from(ext_flags & 0x0F);
                    if active_fat >= num_fats {
                        return Err(Bad("active FAT number"));
                    }
                }
                root_cluster = u32_at(bs, 44);
                if root_cluster < 2 || root_cluster - 2 >= cluster_count {
                    return Err(Bad("root cluster"));
                }
            }
            FatKind::Fat12 | FatKind::Fat16 => {
                if fatsz16 == 0 {
                    return Err(Bad("FAT12/16 without a 16-bit FAT size"));
                }
                if root_entries == 0 {
                    return Err(Bad("FAT12/16 without root directory entries"));
                }
            }
        }
        let fat_len = fat_sectors as usize * bps as usize;
        let entries_needed = u64::from(cluster_count) + 2;
        let fat_bytes_needed = match kind {
            FatKind::Fat12 => (entries_needed * 3).div_ceil(2),
            FatKind::Fat16 => entries_needed * 2,
            FatKind::Fat32 => entries_needed * 4,
        };
        if (fat_len as u64) < fat_bytes_needed {
            return Err(Bad("FAT too small for the cluster count"));
        }
        let fat_offset = (reserved as usize) * bps as usize + active_fat as usize * fat_len;
        let root_start =
            (reserved as usize + num_fats as usize * fat_sectors as usize) * bps as usize;
        let data_offset = root_start + root_dir_sectors as usize * bps as usize;
        // Only the declared entries, not the padding of the last sector.
        let root_len = root_entries as usize * 32;
        Ok(Layout {
            kind,
            cluster_size,
            fat_offset,
            fat_len,
            root_region: (root_start, root_len),
            root_cluster,
            data_offset,
            cluster_count,
            volume_len,
        })
    }

    /// Byte offset of a (valid) cluster in the image.
    pub fn cluster_offset(&self, cluster: u32) -> usize {
        self.data_offset + (cluster - 2) as usize * self.cluster_size as usize
    }

    /// True if `c` names a data cluster.
    pub fn valid_cluster(&self, c: u32) -> bool {
        c >= 2 && c - 2 < self.cluster_count
    }

    /// Decodes the FAT entry of a valid cluster.
    pub fn next(&self, img: &[u8], cluster: u32) -> Next {
        let fat = &img[self.fat_offset..self.fat_offset + self.fat_len];
        let n = cluster as usize;
        let (value, eoc_min, bad) = match self.kind {
            FatKind::Fat12 => {
                let off = n + n / 2;
                let pair = u16_at(fat, off);
                let v = if n & 1 == 1 { pair >> 4 } else { pair & 0x0FFF };
                (u32::from(v), 0xFF8, 0xFF7)
            }
            FatKind::Fat16 => (u32::from(u16_at(fat, n * 2)), 0xFFF8, 0xFFF7),
            FatKind::Fat32 => (u32_at(fat, n * 4) & 0x0FFF_FFFF, 0x0FFF_FFF8, 0x0FFF_FFF7),
        };
        if value >= eoc_min {
            Next::End
        } else if value == bad || !self.valid_cluster(value) {
            Next::Invalid
        } else {
            Next::Cluster(value)
        }
    }

    /// How many links of a straight run start at cluster `c` (valid): the
    /// number of consecutive clusters x = c, c+1, ... (at most `max`) whose
    /// FAT entry is x+1. The clusters reached stay valid. Used to walk
    /// contiguous files in bulk; equivalent to calling `next` repeatedly.
    pub fn run_len(&self, img: &[u8], c: u32, max: u32) -> u32 {
        let fat = &img[self.fat_offset..self.fat_offset + self.fat_len];
        let start = c as usize;
        // Cluster x may link to x+1 only while x+1 is a data cluster.
        let end = (start + max as usize).min(self.cluster_count as usize + 1);
        if end <= start {
            return 0;
        }
        let count = |width: usize, mask: u32| -> usize {
            fat[start * width..end * width]
                .chunks_exact(width)
                .zip(start + 1..)
                .take_while(|(e, want)| {
                    let mut v = [0u8; 4];
                    v[..width].copy_from_slice(e);
                    (u32::from_le_bytes(v) & mask) as usize == *want
                })
                .count()
        };
        let n = match self.kind {
            FatKind::Fat12 => {
                let mut x = c;
                while (x as usize) < end && self.next(img, x) == Next::Cluster(x + 1) {
                    x += 1;
                }
                x as usize - start
            }
            FatKind::Fat16 => count(2, 0xFFFF),
            FatKind::Fat32 => count(4, 0x0FFF_FFFF),
        };
        n as u32
    }
}
