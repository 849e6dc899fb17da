//! Reports: one findings list, many renderers. Every file is written atomically (a temporary name in
//! the output folder, then a rename), owner-only (folder 0700, files 0600), and byte-identical for the
//! same inputs.

pub mod cleanup;
pub mod csv_out;
pub mod json;

use crate::engine::Scan;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The schema version of `findings.json`.
pub const SCHEMA_VERSION: &str = "1.0";

/// Create `dir` (and parents) readable by the owner only.
pub fn prepare_out_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    set_mode(dir, 0o700)
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> io::Result<()> {
    Ok(())
}

/// Write `bytes` to `dir/name` atomically with owner-only permissions.
pub fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let target = dir.join(name);
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    {
        let mut opts = fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = opts.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    set_mode(&tmp, 0o600)?;
    fs::rename(&tmp, &target).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })?;
    Ok(target)
}

/// Remove temporary files an interrupted earlier run left in `dir` for the report `name`: they hold
/// report content and would otherwise stay behind.
fn remove_stale_temporaries(dir: &Path, name: &str) -> io::Result<()> {
    let prefix = format!(".{name}.tmp-");
    for e in fs::read_dir(dir)? {
        let e = e?;
        if e.file_name().to_string_lossy().starts_with(&prefix) && e.file_type()?.is_file() {
            fs::remove_file(e.path())?;
        }
    }
    Ok(())
}

/// Write every report of a scan into `dir`; returns the paths written.
pub fn write_all(dir: &Path, scan: &Scan) -> io::Result<Vec<PathBuf>> {
    prepare_out_dir(dir)?;
    let outputs: Vec<(&str, Vec<u8>)> = vec![
        ("findings.json", json::render(scan)?),
        ("findings.csv", csv_out::render(&scan.findings)?),
        (
            "cleanup.csv",
            cleanup::render(&cleanup::plan(&scan.findings))?,
        ),
    ];
    outputs
        .into_iter()
        .map(|(name, bytes)| {
            remove_stale_temporaries(dir, name)?;
            write_atomic(dir, name, &bytes)
        })
        .collect()
}

/// The table `hindsight inspect` prints: every entry with its source, role and counts, then problems.
pub fn inspect_table(cov: &crate::engine::Coverage) -> String {
    let mut s = String::new();
    let t = &cov.totals;
    s += &format!(
        "{} inputs, {} entries: {} recognised, {} skipped, {} unrecognised, {} media files; {} records ({} duplicates merged)\n",
        t.inputs, t.entries, t.recognised, t.skipped, t.unrecognised, t.media_files, t.records, t.duplicates
    );
    if let (Some(a), Some(b)) = (t.first, t.last) {
        s += &format!("records span {a} to {b}\n");
    }
    for (k, v) in &t.by_platform {
        s += &format!("  {k:<10} {v}\n");
    }
    s += "\nENTRY\tSOURCE\tCONFIDENCE\tROLE\tRECORDS\tUNPARSED\tFIRST\tLAST\n";
    for e in &cov.entries {
        let role = match &e.reason {
            Some(r) => format!("{} ({r})", e.role),
            None => e.role.clone(),
        };
        s += &format!(
            "{} → {}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            e.input,
            e.entry,
            e.source.as_deref().unwrap_or("-"),
            e.confidence,
            role,
            e.records,
            e.unparsed,
            e.first.map(|t| t.to_canonical()).unwrap_or_default(),
            e.last.map(|t| t.to_canonical()).unwrap_or_default()
        );
    }
    if !cov.problems.is_empty() {
        s += "\nPROBLEMS\n";
        for p in &cov.problems {
            s += &format!(
                "  {}: {p}\n",
                if p.level == crate::input::Level::Error {
                    "error"
                } else {
                    "warning"
                }
            );
        }
    }
    s
}
