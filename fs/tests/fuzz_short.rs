//! A short run of the mutation fuzzer (the long run is `examples/fs-fuzz`).
#![cfg(feature = "pack")]

use std::panic::{catch_unwind, AssertUnwindSafe};

use fs::fuzz::{Fuzzer, Outcome};

#[test]
fn mutated_images_never_panic() {
    let cases = 4000;
    let mut f = Fuzzer::new(0x5EED);
    let (mut mounted, mut rejected) = (0, 0);
    for case in 0..cases {
        match catch_unwind(AssertUnwindSafe(|| f.run(case))) {
            Ok(Outcome::Mounted { .. }) => mounted += 1,
            Ok(Outcome::Rejected(_)) => rejected += 1,
            Err(_) => panic!(
                "case {case} panicked; replay: fs-fuzz --seed {} --replay {case} out.img",
                0x5EED
            ),
        }
    }
    eprintln!("{cases} cases: {mounted} mounted, {rejected} rejected");
    // The mutator must produce both outcomes, or it is not testing much.
    assert!(
        mounted > cases / 20 && rejected > cases / 4,
        "{mounted} mounted, {rejected} rejected"
    );
}
