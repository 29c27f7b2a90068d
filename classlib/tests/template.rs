//! Unit tests of the template expander `build/template.rs` (which `build.rs`
//! includes too); the tests themselves are at the end of that file.
#[path = "../build/template.rs"]
#[allow(dead_code)]
mod template;
