//! `mote bench compare --quick` (issue 12): the comparison harness runs end
//! to end (real images in QEMU under TCG, real load generators) and writes
//! its summary, CSV, JSON and one non-empty PNG per metric; every row has
//! figures or says why it has none. It checks that the harness works, never
//! a speed: no figure is compared with anything.

mod common;
use common::{home, mote};

/// Metrics the quick run must produce (the DNS one for the smallest zone only).
const METRICS: &[&str] = &[
    "boot",
    "boot_pvh",
    "size",
    "ram",
    "udp",
    "http",
    "dns_100",
    "jvm_sieve",
    "jvm_geomean",
];

#[test]
fn quick_comparison_writes_tables_and_plots_with_a_figure_or_a_reason_per_row() {
    let out = home().join("target/bench-quick-test");
    let _ = std::fs::remove_dir_all(&out);
    let o = mote()
        .args(["bench", "compare", "--quick", "--out"])
        .arg(&out)
        .output()
        .expect("run mote");
    let stdout = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        o.status.success(),
        "mote bench compare --quick failed:\n{stdout}\n{stderr}"
    );

    let summary = std::fs::read_to_string(out.join("summary.md")).expect("summary.md");
    assert!(
        summary.contains("accelerator"),
        "no machine line:\n{summary}"
    );
    assert!(summary.contains("## Targets (issue 12)"), "{summary}");
    for m in METRICS {
        let png = out.join(format!("{m}.png"));
        let bytes = std::fs::read(&png).unwrap_or_else(|e| panic!("{}: {e}", png.display()));
        assert!(
            bytes.len() > 1000 && bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            "{} is not a PNG with a chart",
            png.display()
        );
        assert!(
            summary.contains(&format!("]({m}.png)")),
            "{m} not in summary.md"
        );
    }
    // every PNG the summary links exists
    for link in summary.split("](").skip(1) {
        let name = link.split(')').next().unwrap();
        assert!(out.join(name).is_file(), "summary links a missing {name}");
    }

    // table rows: a number in every figure column, or "not available: why"
    let mut rows = 0;
    for line in summary.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        if cells[0] == "contender" || cells[0] == "target" {
            continue;
        }
        if cells.len() == 3 {
            // a target: met, missed, or not measured with a reason
            let verdict = cells[2];
            assert!(
                verdict == "met"
                    || verdict == "missed"
                    || verdict.starts_with("not measured: ") && verdict.len() > 16,
                "target without a verdict: {line}"
            );
            continue;
        }
        rows += 1;
        if cells[2].starts_with("not available: ") {
            assert!(cells[2].len() > "not available: ".len() + 3, "{line}");
            assert_eq!(cells[1], "0", "{line}");
        } else {
            let runs: usize = cells[1].parse().unwrap_or_else(|_| panic!("{line}"));
            assert!(runs >= 1, "{line}");
            for c in &cells[2..5] {
                let n: f64 = c
                    .replace(',', "")
                    .parse()
                    .unwrap_or_else(|_| panic!("not a number in {line}"));
                assert!(n.is_finite() && n >= 0.0, "{line}");
            }
        }
    }
    assert!(rows >= 20, "only {rows} contender rows:\n{summary}");

    // the Mote contenders were measured (they are built from this checkout)
    for must in [
        "| Mote C (c-echo) | 1 |",
        "| Mote Java (java-echo) | 1 |",
        "| Mote Java (java-http) | 1 |",
        "| Mote Java DNS (memo) | 1 |",
        "| Mote JVM (interpreter) | 1 |",
    ] {
        assert!(summary.contains(must), "no figures for {must}:\n{summary}");
    }

    let csv = std::fs::read_to_string(out.join("results.csv")).expect("results.csv");
    for line in csv.lines().skip(1) {
        assert!(
            line.contains("not available: ") || !line.ends_with(",,,"),
            "CSV row without a value or reason: {line}"
        );
    }
    let json = std::fs::read_to_string(out.join("results.json")).expect("results.json");
    assert!(json.trim_start().starts_with('{') && json.trim_end().ends_with('}'));
    for m in METRICS {
        assert!(
            json.contains(&format!("\"id\":\"{m}\"")),
            "{m} not in the JSON"
        );
    }
}

#[test]
fn bad_arguments_get_clear_errors() {
    for (args, want) in [
        (vec!["bench", "compare", "--runs", "0"], "--runs 0"),
        (vec!["bench", "compare", "--only", "nope"], "--only nope"),
        (
            vec!["bench", "compare", "--bogus"],
            "unknown argument --bogus",
        ),
        (vec!["bench", "nope"], "unknown benchmark nope"),
    ] {
        let o = mote().args(&args).output().expect("run mote");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: {err}");
    }
}
