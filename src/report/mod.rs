//! Reports: one findings list, many renderers. Every file is written atomically (a temporary name in
//! the output folder, then a rename), owner-only (folder 0700, files 0600), and byte-identical for the
//! same inputs, options and `--jobs`: nothing depends on the clock (the HTML shows a generation date
//! only when `SOURCE_DATE_EPOCH` is set) or on hash-map order.
//!
//! The flow: [`Report::build`] takes a [`Scan`] and the run [`Options`], applies the allow list
//! ([`allow`]), compares with a baseline ([`baseline`]), masks identifiers ([`redact`]) and works out the
//! cleanup plan ([`cleanup`]); every renderer then reads only the [`Report`], so redaction and statuses
//! reach every file alike: `findings.json` ([`json`]), `findings.csv` ([`csv_out`]), `cleanup.csv`,
//! `summary.csv` and `summary.parquet` ([`summary`]), `report.html` ([`html`]) and the delete lists
//! ([`delete_lists`]).

pub mod allow;
pub mod baseline;
pub mod cleanup;
pub mod csv_out;
pub mod delete_lists;
pub mod html;
pub mod json;
pub mod redact;
#[cfg(feature = "summary")]
pub mod summary;

use crate::engine::{Coverage, Scan};
use crate::rules::Finding;
use allow::{AllowEntry, AllowList};
use baseline::{Baseline, Changes};
use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The schema version of `findings.json`.
pub const SCHEMA_VERSION: &str = "1.0";

/// What the run asked of the reports besides the scan.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Mask third-party and patient identifiers in every output.
    pub redact: bool,
    /// An earlier run's findings to compare with.
    pub baseline: Option<Baseline>,
    /// Reviewed decisions.
    pub allow: Option<AllowList>,
}

/// Everything the renderers read: the scan's findings with statuses, redacted when asked.
#[derive(Debug, Clone)]
pub struct Report {
    pub inputs: Vec<String>,
    pub rules_run: Vec<String>,
    pub coverage: Coverage,
    /// Current findings in report order, then resolved baseline findings.
    pub findings: Vec<Finding>,
    /// Allow-list decisions by finding id.
    pub allowed: BTreeMap<String, AllowEntry>,
    /// Allow-list entries that matched no finding (`None` without `--allow`).
    pub allow_stale: Option<Vec<AllowEntry>>,
    /// The baseline file, when comparing.
    pub baseline: Option<String>,
    pub redacted: bool,
    /// The cleanup plan.
    pub plan: Vec<cleanup::PlanRow>,
}

impl Report {
    pub fn build(scan: &Scan, opts: &Options) -> Report {
        Report::assemble(
            scan.findings.clone(),
            scan.inputs.clone(),
            scan.rules_run.clone(),
            scan.coverage.clone(),
            opts,
        )
    }

    /// As [`Report::build`], taking the scan so its findings are moved rather than copied (a run
    /// with tens of thousands of findings would otherwise hold them twice).
    pub fn from_scan(scan: Scan, opts: &Options) -> Report {
        Report::assemble(
            scan.findings,
            scan.inputs,
            scan.rules_run,
            scan.coverage,
            opts,
        )
    }

    fn assemble(
        mut findings: Vec<Finding>,
        inputs: Vec<String>,
        rules_run: Vec<String>,
        coverage: Coverage,
        opts: &Options,
    ) -> Report {
        let mut allowed: BTreeMap<String, AllowEntry> = BTreeMap::new();
        let mut allow_stale = None;
        if let Some(list) = &opts.allow {
            for f in &findings {
                if let Some(d) = list.decision(f) {
                    allowed.insert(f.id.clone(), d.clone());
                }
            }
            allow_stale = Some(list.stale(&findings));
        }
        if let Some(b) = &opts.baseline {
            let resolved = b.compare(&mut findings);
            findings.extend(resolved);
        }
        for f in &mut findings {
            if allowed.contains_key(&f.id) {
                f.status = Some("allowed".into());
            }
        }
        let mut report = Report {
            inputs,
            rules_run,
            coverage,
            findings,
            allowed,
            allow_stale,
            baseline: opts.baseline.as_ref().map(|b| b.label.clone()),
            redacted: false,
            plan: Vec::new(),
        };
        if opts.redact {
            report.redact();
        }
        report.plan = cleanup::plan(&report.findings);
        report
    }

    /// Mask identifiers in everything the renderers print.
    fn redact(&mut self) {
        let reasons: Vec<String> = self.allowed.values().map(|a| a.reason.clone()).collect();
        let r = redact::Redactor::build(&self.findings, &reasons);
        self.findings = self.findings.iter().map(|f| r.finding(f)).collect();
        self.coverage = r.coverage(&self.coverage);
        self.inputs = self.inputs.iter().map(|i| r.path(i)).collect();
        for a in self.allowed.values_mut() {
            a.reason = r.text(&a.reason);
        }
        for a in self.allow_stale.iter_mut().flatten() {
            a.reason = r.text(&a.reason);
        }
        self.redacted = true;
    }

    /// Counts against the baseline.
    pub fn changes(&self) -> Changes {
        let mut c = Changes::default();
        for f in &self.findings {
            match f.status.as_deref() {
                Some("new") => c.new += 1,
                Some("unchanged") => c.unchanged += 1,
                Some("resolved") => c.resolved += 1,
                _ => {}
            }
        }
        c
    }

    /// Findings of this run (not the resolved ones from the baseline).
    pub fn current(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.status.as_deref() != Some("resolved"))
    }
}

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
    write_atomic_with(dir, name, |w| w.write_all(bytes))
}

/// Stream a file into `dir/name` atomically with owner-only permissions: `fill` writes into a
/// temporary file beside the target, which replaces the target only once complete.
pub fn write_atomic_with(
    dir: &Path,
    name: &str,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<PathBuf> {
    let target = dir.join(name);
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let written = (|| {
        let mut opts = fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut f = io::BufWriter::with_capacity(256 * 1024, opts.open(&tmp)?);
        fill(&mut f)?;
        let f = f.into_inner().map_err(io::IntoInnerError::into_error)?;
        f.sync_all()?;
        set_mode(&tmp, 0o600)?;
        fs::rename(&tmp, &target)
    })();
    written.inspect_err(|_| {
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

/// Write every report into `dir`; returns the paths written.
pub fn write_all(dir: &Path, report: &Report) -> io::Result<Vec<PathBuf>> {
    prepare_out_dir(dir)?;
    // Each report is streamed to its file: memory holds the findings, never the outputs. The data
    // files and the page are written side by side (on the caller's rayon pool, so `--jobs 1` stays
    // on one thread); the list keeps the same order either way.
    let stream = |name: &str, fill: &dyn Fn(&mut dyn Write) -> io::Result<()>| {
        remove_stale_temporaries(dir, name)?;
        write_atomic_with(dir, name, fill)
    };
    let data = || -> io::Result<Vec<PathBuf>> {
        Ok(vec![
            stream("findings.json", &|w| json::write(report, w))?,
            stream("findings.csv", &|w| csv_out::write(report, w))?,
            stream("cleanup.csv", &|w| cleanup::write_rows(&report.plan, w))?,
        ])
    };
    let page = || -> io::Result<Vec<PathBuf>> {
        let mut written = Vec::new();
        #[cfg(feature = "summary")]
        {
            let summary = summary::build(report).map_err(io::Error::other)?;
            let csv = summary::to_csv(&summary).map_err(io::Error::other)?;
            written.push(stream("summary.csv", &|w| w.write_all(&csv))?);
            drop(csv);
            let parquet = summary::to_parquet(&summary).map_err(io::Error::other)?;
            written.push(stream("summary.parquet", &|w| w.write_all(&parquet))?);
        }
        written.push(stream("report.html", &|w| html::write(report, w))?);
        Ok(written)
    };
    let (data, page) = rayon::join(data, page);
    let mut written = data?;
    written.extend(page?);
    for (name, bytes) in delete_lists::render(&report.plan) {
        match bytes {
            Some(b) => {
                remove_stale_temporaries(dir, name)?;
                written.push(write_atomic(dir, name, &b)?)
            }
            None => match fs::remove_file(dir.join(name)) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            },
        }
    }
    Ok(written)
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
