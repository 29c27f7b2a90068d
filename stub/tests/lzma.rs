//! The stub's LZMA decoder (`mote_stub::lzma`) against two encoders: the
//! lzma-rust2 crate and the `xz` command (`--format=raw --lzma1`), on
//! varied inputs; and corrupt streams give errors, never panics.

mod common;

use common::noise;
use mote_stub::lzma::{decode, Error, Probs, Props};
use std::io::Write;

fn inputs() -> Vec<(&'static str, Vec<u8>)> {
    let text: Vec<u8> = (0..20_000u32)
        .flat_map(|i| format!("mov {}, %eax; call f{};\n", i % 97, i % 13).into_bytes())
        .collect();
    let mut rep = noise(1000, 3);
    for _ in 0..6 {
        rep.extend_from_within(..1000);
    }
    let own = std::fs::read(std::env::current_exe().unwrap()).unwrap();
    vec![
        ("empty", vec![]),
        ("one byte", vec![42]),
        ("two bytes", vec![1, 2]),
        ("zeros", vec![0; 300_000]),
        ("noise", noise(100_000, 1)),
        ("text", text),
        ("repeats", rep),
        (
            "small alphabet",
            noise(50_000, 9).iter().map(|b| b & 3).collect(),
        ),
        (
            "this test's executable",
            own[..own.len().min(2_000_000)].to_vec(),
        ),
    ]
}

fn crate_encode(data: &[u8], p: Props, preset: u32) -> Vec<u8> {
    let mut o = lzma_rust2::LzmaOptions::with_preset(preset);
    (o.lc, o.lp, o.pb) = (p.lc, p.lp, p.pb);
    let mut w = lzma_rust2::LzmaWriter::new_no_header(Vec::new(), &o, false).unwrap();
    w.write_all(data).unwrap();
    w.finish().unwrap()
}

fn xz_encode(data: &[u8], p: Props) -> Vec<u8> {
    use std::process::{Command, Stdio};
    let mut c = Command::new("xz")
        .args([
            "--format=raw",
            &format!("--lzma1=preset=6,lc={},lp={},pb={}", p.lc, p.lp, p.pb),
            "-c",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("xz (scripts/setup.sh installs xz-utils)");
    let mut stdin = c.stdin.take().unwrap();
    let d = data.to_vec();
    let t = std::thread::spawn(move || stdin.write_all(&d).unwrap());
    let out = c.wait_with_output().unwrap();
    t.join().unwrap();
    assert!(out.status.success());
    out.stdout
}

fn dec(props: Props, c: &[u8], n: usize) -> Result<(Vec<u8>, usize), Error> {
    let mut probs = Box::new(Probs::ZERO);
    let mut out = vec![0xa5; n];
    let used = decode(props.to_u32(), c, &mut out, &mut probs)?;
    Ok((out, used))
}

const VARIANTS: [Props; 4] = [
    Props {
        lc: 3,
        lp: 0,
        pb: 2,
    },
    Props {
        lc: 0,
        lp: 0,
        pb: 0,
    },
    Props {
        lc: 1,
        lp: 2,
        pb: 4,
    },
    Props {
        lc: 4,
        lp: 0,
        pb: 0,
    },
];

#[test]
fn decodes_what_lzma_rust2_encodes() {
    for (name, data) in inputs() {
        for p in VARIANTS {
            let c = crate_encode(&data, p, 6);
            let (out, used) =
                dec(p, &c, data.len()).unwrap_or_else(|e| panic!("{name} {p:?}: {e:?}"));
            assert!(out == data, "{name} {p:?}: wrong bytes");
            assert_eq!(used, c.len(), "{name} {p:?}: consumed");
        }
    }
}

#[test]
fn decodes_what_xz_encodes() {
    for (name, data) in inputs() {
        for p in VARIANTS {
            let c = xz_encode(&data, p);
            // xz writes an end marker (the size is not known to it): the data
            // decodes, the range decoder is not in its final state after it
            // (the marker follows), and the marker makes a longer output an error
            let mut probs = Box::new(Probs::ZERO);
            let mut out = vec![0xa5; data.len()];
            let r = decode(p.to_u32(), &c, &mut out, &mut probs);
            assert!(r.is_ok() || r == Err(Error::Finish), "{name} {p:?}: {r:?}");
            assert!(out == data, "{name} {p:?}: wrong bytes");
            assert!(
                dec(p, &c, data.len() + 1).is_err(),
                "{name}: past the end marker"
            );
        }
    }
}

#[test]
fn corrupt_streams_are_errors_or_bounded_output() {
    let data: Vec<u8> = noise(4000, 7).iter().map(|b| b & 7).collect();
    let p = Props {
        lc: 3,
        lp: 0,
        pb: 2,
    };
    let c = crate_encode(&data, p, 9);
    for cut in 0..c.len() {
        assert!(dec(p, &c[..cut], data.len()).is_err(), "cut at {cut}");
    }
    let mut errors = 0;
    for i in 0..c.len() {
        for bit in [0x01, 0x10, 0x80] {
            let mut bad = c.clone();
            bad[i] ^= bit;
            match dec(p, &bad, data.len()) {
                Ok((out, _)) => assert_eq!(out.len(), data.len()),
                Err(_) => errors += 1,
            }
        }
    }
    assert!(errors > c.len(), "{errors} errors in {} flips", 3 * c.len());
    // random garbage of every length never panics
    for n in 0..2000 {
        let g = noise(n, n as u64 + 11);
        let _ = dec(p, &g, 5000);
        let mut z = g.clone();
        if let Some(b) = z.first_mut() {
            *b = 0;
        }
        let _ = dec(p, &z, 5000);
    }
    // bad props and wrong sizes
    assert_eq!(
        dec(
            Props {
                lc: 4,
                lp: 1,
                pb: 0
            },
            &c,
            10
        )
        .unwrap_err(),
        Error::Props
    );
    assert!(mote_stub::lzma::Props::from_u32(5 << 16).is_none());
    assert!(dec(p, &c, data.len() + 1).is_err());
    assert_eq!(dec(p, &[1, 0, 0, 0, 0], 1).unwrap_err(), Error::Input);
}

#[test]
fn the_blob_is_built() {
    let b = mote_stub::lzma_blob();
    assert!(b.len() > 1000 && b.len() < 32 * 1024, "{} bytes", b.len());
}
