//! The class path: directories and jars, searched in order.

use crate::platform::Platform;
#[cfg(feature = "jar")]
use crate::zip::Jar;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub enum Entry {
    Dir(String),
    #[cfg(feature = "jar")]
    Jar(Jar),
}

#[derive(Default)]
pub struct ClassPath {
    pub entries: Vec<Entry>,
    /// The first `boot` entries hold java.base.
    pub boot: usize,
}

impl ClassPath {
    /// Adds a directory, or a jar when the path ends in `.jar`/`.zip`
    /// (without the `jar` feature a jar is an error: images unpack jars).
    pub fn add(&mut self, p: &dyn Platform, path: &str) -> Result<(), String> {
        if path.ends_with(".jar") || path.ends_with(".zip") {
            self.entries.push(jar_entry(p, path)?);
        } else {
            self.entries
                .push(Entry::Dir(String::from(path.trim_end_matches('/'))));
        }
        Ok(())
    }

    /// Class file bytes for an internal name like `java/lang/Object`.
    pub fn find(&self, p: &dyn Platform, name: &str) -> Option<(Vec<u8>, bool)> {
        for (i, e) in self.entries.iter().enumerate() {
            let found = match e {
                Entry::Dir(d) => p.read_file(&format!("{d}/{name}.class")),
                #[cfg(feature = "jar")]
                Entry::Jar(j) => j.read(&format!("{name}.class")),
            };
            if let Some(b) = found {
                return Some((b, i < self.boot));
            }
        }
        None
    }
}

#[cfg(feature = "jar")]
fn jar_entry(p: &dyn Platform, path: &str) -> Result<Entry, String> {
    let data = p
        .read_file(path)
        .ok_or_else(|| format!("cannot read {path}"))?;
    let jar = Jar::open(data).ok_or_else(|| format!("{path}: not a valid jar"))?;
    Ok(Entry::Jar(jar))
}

#[cfg(not(feature = "jar"))]
fn jar_entry(_: &dyn Platform, path: &str) -> Result<Entry, String> {
    Err(format!(
        "{path}: this JVM reads classes from directories only (built without jar support)"
    ))
}
