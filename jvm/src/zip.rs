//! Reading class files out of jars: the zip central directory, stored and
//! deflated entries (inflated with `miniz_oxide`). Bounds-checked; bad
//! archives give `None`, never a panic.

use alloc::string::String;
use alloc::vec::Vec;
use hashbrown::HashMap;

pub struct Jar {
    data: Vec<u8>,
    /// Entry name -> (local header offset, compressed size, uncompressed size, method).
    entries: HashMap<String, (usize, usize, usize, u16)>,
}

fn u16_at(b: &[u8], o: usize) -> Option<u16> {
    Some(u16::from_le_bytes([*b.get(o)?, *b.get(o + 1)?]))
}
fn u32_at(b: &[u8], o: usize) -> Option<u32> {
    Some(u32::from_le_bytes([
        *b.get(o)?,
        *b.get(o + 1)?,
        *b.get(o + 2)?,
        *b.get(o + 3)?,
    ]))
}

impl Jar {
    pub fn open(data: Vec<u8>) -> Option<Jar> {
        // End of central directory: scan back over a possible comment.
        let min = data.len().checked_sub(22)?;
        let lo = min.saturating_sub(65535);
        let eocd = (lo..=min)
            .rev()
            .find(|&i| u32_at(&data, i) == Some(0x0605_4b50))?;
        let count = u16_at(&data, eocd + 10)? as usize;
        let mut p = u32_at(&data, eocd + 16)? as usize;
        let mut entries = HashMap::new();
        for _ in 0..count {
            if u32_at(&data, p)? != 0x0201_4b50 {
                return None;
            }
            let method = u16_at(&data, p + 10)?;
            let csize = u32_at(&data, p + 20)? as usize;
            let usize_ = u32_at(&data, p + 24)? as usize;
            let nlen = u16_at(&data, p + 28)? as usize;
            let elen = u16_at(&data, p + 30)? as usize;
            let clen = u16_at(&data, p + 32)? as usize;
            let off = u32_at(&data, p + 42)? as usize;
            let name = data.get(p + 46..p + 46 + nlen)?;
            entries.insert(
                String::from_utf8_lossy(name).into_owned(),
                (off, csize, usize_, method),
            );
            p += 46 + nlen + elen + clen;
        }
        Some(Jar { data, entries })
    }

    pub fn read(&self, name: &str) -> Option<Vec<u8>> {
        let &(off, csize, usize_, method) = self.entries.get(name)?;
        let d = &self.data;
        if u32_at(d, off)? != 0x0403_4b50 {
            return None;
        }
        let start = off + 30 + u16_at(d, off + 26)? as usize + u16_at(d, off + 28)? as usize;
        let raw = d.get(start..start.checked_add(csize)?)?;
        match method {
            0 => Some(raw.to_vec()),
            8 => {
                let out =
                    miniz_oxide::inflate::decompress_to_vec_with_limit(raw, usize_.max(1)).ok()?;
                (out.len() == usize_).then_some(out)
            }
            _ => None,
        }
    }

    /// Every entry name in the archive (unordered).
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// Whether the archive has a `META-INF/MANIFEST.MF`.
    pub fn has_manifest(&self) -> bool {
        self.entries.contains_key("META-INF/MANIFEST.MF")
    }

    pub fn manifest_main_class(&self) -> Option<String> {
        let m = self.read("META-INF/MANIFEST.MF")?;
        let text = String::from_utf8_lossy(&m);
        text.lines().find_map(|l| {
            l.strip_prefix("Main-Class:")
                .map(|v| String::from(v.trim()))
        })
    }
}
