//! A scan killed at any moment leaves every report either as it was or complete and new: reports are
//! written to a temporary name and renamed into place, and a later run removes the temporaries an
//! interrupted one left behind.

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

const REPORTS: [&str; 3] = ["findings.json", "findings.csv", "cleanup.csv"];

fn spawn_scan(inputs: &[PathBuf], out: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_hindsight"))
        .arg("scan")
        .args(inputs)
        .args(["--quiet", "--jobs", "2", "--out"])
        .arg(out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .spawn()
        .unwrap()
}

fn reports(dir: &Path) -> Vec<Vec<u8>> {
    REPORTS
        .iter()
        .map(|r| std::fs::read(dir.join(r)).unwrap())
        .collect()
}

fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with('.') && n.contains(".tmp-"))
                .collect()
        })
        .unwrap_or_default()
}

/// Kill the scan as soon as `trigger` holds for its output folder (or after `deadline`).
fn kill_when(mut child: Child, out: &Path, deadline: Duration, trigger: impl Fn(&Path) -> bool) {
    let start = Instant::now();
    while start.elapsed() < deadline {
        if trigger(out) || child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    let _ = child.kill();
    child.wait().unwrap();
}

#[test]
fn a_scan_killed_mid_write_leaves_old_or_complete_reports() {
    let tmp = tempfile::tempdir().unwrap();
    let generated = hindsight::bench::generate::generate(tmp.path(), 12_000, 3_000).unwrap();
    let inputs = generated.paths;

    // The complete new reports, and old ones from a different input.
    let new_dir = tmp.path().join("new");
    let started = Instant::now();
    let code = spawn_scan(&inputs, &new_dir).wait().unwrap().code();
    assert!(matches!(code, Some(0 | 1)), "{code:?}");
    let full_run = started.elapsed();
    let new = reports(&new_dir);
    let old_dir = tmp.path().join("old");
    spawn_scan(&[PathBuf::from("fixtures/demo")], &old_dir)
        .wait()
        .unwrap();
    let old = reports(&old_dir);
    assert_ne!(old, new);

    let mut caught_mid_write = 0;
    let mut attempt = 0;
    let mut check = |kill: &dyn Fn(Child, &Path)| {
        attempt += 1;
        let out = tmp.path().join(format!("run{attempt}"));
        std::fs::create_dir_all(&out).unwrap();
        for (name, bytes) in REPORTS.iter().zip(&old) {
            std::fs::write(out.join(name), bytes).unwrap();
        }
        kill(spawn_scan(&inputs, &out), &out);
        let left = temporaries(&out);
        if !left.is_empty() {
            caught_mid_write += 1;
        }
        for (i, name) in REPORTS.iter().enumerate() {
            let now = std::fs::read(out.join(name)).unwrap();
            assert!(
                now == old[i] || now == new[i],
                "{name} after a kill is neither the old report nor the new one ({} bytes)",
                now.len()
            );
        }
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.join("findings.json")).unwrap())
                .expect("findings.json parses");
        assert!(json["findings"].is_array());
        // The next complete run clears whatever the killed one left.
        let code = spawn_scan(&inputs, &out).wait().unwrap().code();
        assert!(matches!(code, Some(0 | 1)), "{code:?}");
        assert_eq!(reports(&out), new);
        assert!(temporaries(&out).is_empty(), "left behind: {left:?}");
    };

    // Kill as soon as each report's temporary file appears, then at points across the run.
    for name in REPORTS {
        let prefix = format!(".{name}.tmp-");
        check(&|child, out| {
            kill_when(child, out, full_run * 3, |dir| {
                temporaries(dir).iter().any(|t| t.starts_with(&prefix))
            })
        });
    }
    for tenth in [5, 8, 9, 10, 11] {
        let after = full_run * tenth / 10;
        check(&|child, out| kill_when(child, out, after, |_| false));
    }
    eprintln!("{caught_mid_write} of {attempt} kills landed while a report was being written");
}
