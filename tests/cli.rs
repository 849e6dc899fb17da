//! The binary as a user runs it: exit codes, outputs, permissions, and the other commands.

use std::path::Path;
use std::process::Command;

fn hindsight(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_hindsight"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap()
}

#[test]
fn scan_of_the_demo_exits_1_and_writes_owner_only_reports() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("report");
    let o = hindsight(&[
        "scan",
        "fixtures/demo",
        "--out",
        dir.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    for f in ["findings.json", "findings.csv", "cleanup.csv"] {
        let p = dir.join(f);
        assert!(p.is_file(), "{f} missing");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(
                std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
                0o600,
                "{f}"
            );
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
            0o700
        );
    }
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with('.')
        })
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind");
}

#[test]
#[cfg(unix)]
fn an_existing_world_readable_out_dir_and_reports_are_made_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("report");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    for f in ["findings.json", "findings.csv", "cleanup.csv"] {
        std::fs::write(dir.join(f), "stale").unwrap();
        std::fs::set_permissions(dir.join(f), std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let o = hindsight(&[
        "scan",
        "fixtures/demo",
        "--out",
        dir.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for f in ["findings.json", "findings.csv", "cleanup.csv"] {
        assert_eq!(mode(&dir.join(f)), 0o600, "{f}");
        assert_ne!(
            std::fs::read(dir.join(f)).unwrap(),
            b"stale",
            "{f} replaced"
        );
    }
}

#[test]
fn scan_with_nothing_flagged_exits_0() {
    let out = tempfile::tempdir().unwrap();
    let input = out.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(input.join("notes.txt"), "nothing to see").unwrap();
    let o = hindsight(&[
        "scan",
        input.to_str().unwrap(),
        "--out",
        out.path().join("r").to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn unreadable_input_exits_2_and_the_rest_is_still_scanned() {
    let out = tempfile::tempdir().unwrap();
    let broken = out.path().join("broken.zip");
    std::fs::write(&broken, b"PK\x03\x04 this is not really a zip").unwrap();
    let report = out.path().join("r");
    let o = hindsight(&[
        "scan",
        "fixtures/demo",
        broken.to_str().unwrap(),
        "--out",
        report.to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(report.join("findings.json")).unwrap()).unwrap();
    assert!(
        !doc["findings"].as_array().unwrap().is_empty(),
        "the demo's findings are still reported"
    );
    let problems = doc["coverage"]["problems"].as_array().unwrap();
    assert!(problems
        .iter()
        .any(|p| p["input"].as_str().unwrap().ends_with("broken.zip")));
}

#[test]
fn records_prints_one_json_object_per_line() {
    let o = hindsight(&["records", "fixtures/demo", "--format", "jsonl"]);
    assert_eq!(o.status.code(), Some(0));
    let stdout = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(lines.len() > 30);
    for l in lines {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert!(v["id"].is_string());
    }
}

#[test]
fn rules_lists_and_explains() {
    let list = hindsight(&["rules"]);
    assert_eq!(list.status.code(), Some(0));
    let text = String::from_utf8(list.stdout).unwrap();
    assert!(text.contains("LOC001"));
    let one = String::from_utf8(hindsight(&["rules", "LOC001"]).stdout).unwrap();
    for section in [
        "## What it finds",
        "## Why it matters",
        "## Example",
        "## How to fix",
        "## Guidance",
        "> ",
    ] {
        assert!(one.contains(section), "missing {section}");
    }
    let missing = hindsight(&["rules", "NOPE999"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn inspect_reports_coverage_without_rules() {
    let o = hindsight(&["inspect", "fixtures/twitter/tweets-js-2024"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("data/tweets.js") && text.contains("skipped"),
        "{text}"
    );
}

#[test]
fn the_input_folder_is_never_written_to() {
    let before = snapshot(Path::new("fixtures/demo"));
    let out = tempfile::tempdir().unwrap();
    hindsight(&[
        "scan",
        "fixtures/demo",
        "--out",
        out.path().join("r").to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(before, snapshot(Path::new("fixtures/demo")));
}

/// Every file under `dir` with its size, modification time and content digest.
fn snapshot(dir: &Path) -> Vec<(String, u64, Option<std::time::SystemTime>, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut out = Vec::new();
    let mut stack = vec![root.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let meta = std::fs::metadata(&p).unwrap();
                let digest = blake3::hash(&std::fs::read(&p).unwrap())
                    .to_hex()
                    .to_string();
                out.push((
                    p.display().to_string(),
                    meta.len(),
                    meta.modified().ok(),
                    digest,
                ));
            }
        }
    }
    out.sort();
    out
}
