//! `mote new NAME --rust|--c|--java`: a service folder that builds and runs
//! unchanged — sources, `mote.toml`, and a `test.sh` that builds the image,
//! boots it and checks its greeting.

use crate::manifest::Kind;
use std::fs;
use std::path::Path;

const C_MAIN: &str = r#"/* A Mote C service: main(argc, argv) gets the app arguments. */
#include <stdio.h>

int main(int argc, char **argv) {
    const char *who = argc > 1 ? argv[1] : "world";
    printf("Hello, %s, from %s on Mote!\n", who, argv[0]);
    return 0;
}
"#;

const JAVA_MAIN: &str = r#"/** A Mote Java service: main gets the app arguments from the image command line. */
public class Main {
    public static void main(String[] args) {
        String who = args.length > 0 ? args[0] : "world";
        System.out.println("Hello, " + who + ", from {NAME} on Mote!");
    }
}
"#;

const RUST_LIB: &str = r#"//! A Mote Rust service: the kernel calls `main` after boot.
#![no_std]

pub fn main(args: &[&str]) -> i32 {
    let who = args.first().copied().unwrap_or("world");
    kernel::println!("Hello, {who}, from {NAME} on Mote!");
    0
}
"#;

pub fn create(dir: &Path, kind: Kind, home: &Path) -> Result<(), String> {
    let name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| format!("{}: not a usable folder name", dir.display()))?;
    crate::manifest::Manifest::parse(&format!("name = {name:?}\nkind = \"c\"\n"))
        .map_err(|e| format!("service name {name:?}: {e}"))?;
    if dir.exists() {
        return Err(format!("{} already exists", dir.display()));
    }
    let kind_name = match kind {
        Kind::Rust => "rust",
        Kind::C => "c",
        Kind::Java => "java",
    };
    fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let write = |rel: &str, text: &str| {
        let p = dir.join(rel);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        fs::write(&p, text).map_err(|e| format!("cannot write {}: {e}", p.display()))
    };
    write(
        "mote.toml",
        &format!(
            "# A Mote service manifest (see the Mote README).\nname = \"{name}\"\nkind = \"{kind_name}\"\n{main}args = [\"world\"]      # default app arguments\nmemory = \"{memory}\"         # guest RAM for `mote run`\nports = []             # forwards for `mote run`, e.g. [\"udp:8080\", \"tcp:8081:80\"]\n",
            main = if kind == Kind::Java { "main = \"Main\"         # the class whose main() starts the service\n" } else { "" },
            memory = if kind == Kind::Java { "64M" } else { "32M" },
        ),
    )?;
    match kind {
        Kind::C => write("main.c", C_MAIN)?,
        Kind::Java => write("Main.java", &JAVA_MAIN.replace("{NAME}", name))?,
        _ => {
            let kernel = fs::canonicalize(home.join("kernel"))
                .map_err(|e| format!("Mote kernel sources: {e}"))?;
            write(
                "Cargo.toml",
                &format!(
                    "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[lib]\ntest = false\ndoctest = false\n\n[dependencies]\nkernel = {{ package = \"mote-kernel\", path = {:?} }}\n\n[workspace]\n",
                    kernel.display().to_string()
                ),
            )?;
            write("src/lib.rs", &RUST_LIB.replace("{NAME}", name))?;
        }
    }
    let mote = home.join("mote");
    write(
        "test.sh",
        &format!(
            "#!/usr/bin/env bash\n# Builds the image, boots it, checks the greeting.\nset -euo pipefail\ncd \"$(dirname \"${{BASH_SOURCE[0]}}\")\"\nMOTE=${{MOTE:-{}}}\n\"$MOTE\" build . -o {name}.mote\nout=$(\"$MOTE\" run {name}.mote --timeout 60 --append '-- tester')\necho \"$out\"\ngrep -q 'Hello, tester, from {name} on Mote!' <<<\"$out\"\necho \"{name}: test passed\"\n",
            mote.display()
        ),
    )?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(dir.join("test.sh"), fs::Permissions::from_mode(0o755));
    }
    crate::progress(&format!(
        "created {kind_name} service {name} in {}: build with `mote build {} -o {name}.mote`, test with {}/test.sh",
        dir.display(),
        dir.display(),
        dir.display()
    ));
    Ok(())
}
