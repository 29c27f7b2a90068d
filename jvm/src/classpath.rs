//! The class path: directories and jars, searched in order.

use crate::platform::Platform;
use crate::zip::Jar;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

pub enum Entry {
    Dir(String),
    Jar(Jar),
}

#[derive(Default)]
pub struct ClassPath {
    pub entries: Vec<Entry>,
    /// The first `boot` entries hold java.base.
    pub boot: usize,
}

impl ClassPath {
    /// Adds a directory, or a jar when the path ends in `.jar`/`.zip`.
    pub fn add(&mut self, p: &dyn Platform, path: &str) -> Result<(), String> {
        if path.ends_with(".jar") || path.ends_with(".zip") {
            let data = p
                .read_file(path)
                .ok_or_else(|| format!("cannot read {path}"))?;
            let jar = Jar::open(data).ok_or_else(|| format!("{path}: not a valid jar"))?;
            self.entries.push(Entry::Jar(jar));
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
                Entry::Jar(j) => j.read(&format!("{name}.class")),
            };
            if let Some(b) = found {
                return Some((b, i < self.boot));
            }
        }
        None
    }
}
