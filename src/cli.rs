//! Command-line arguments (clap) and their validation into an engine configuration.

use crate::engine::ScanConfig;
use crate::model::Timestamp;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "hindsight",
    version,
    about = "Audit a doctor's social-media archives against the GMC's social-media guidance, offline",
    long_about = "hindsight reads the archives platforms let you download (X/Twitter, Facebook, Instagram, \
LinkedIn, Reddit, Mastodon, Bluesky, WhatsApp, Telegram, TikTok, Discord, YouTube), checks every post, \
comment and message against the GMC's guidance on social media, and writes a prioritised cleanup plan. \
Nothing leaves this machine.\n\nExit codes: 0 nothing flagged, 1 findings, 2 some input could not be read."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Scan archives and write findings.json/.csv, cleanup.csv, summary.csv/.parquet, report.html and
    /// delete lists.
    Scan(ScanArgs),
    /// Print every normalised record as one JSON object per line (schemas/record.schema.json).
    Records(RecordsArgs),
    /// List the rules, or explain one rule with its guidance text.
    Rules(RulesArgs),
    /// Show what was recognised in each input, without running rules.
    Inspect(InspectArgs),
    /// Measure speed and memory on synthetic exports of a given size.
    Bench(BenchArgs),
}

#[derive(Args, Debug)]
pub struct BenchArgs {
    /// Tweets to generate.
    #[arg(long, default_value_t = 100_000)]
    pub records: u64,
    /// Messages to generate besides the tweets, split over X DMs, Messenger and WhatsApp (default: a quarter of --records).
    #[arg(long)]
    pub messages: Option<u64>,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Also scan with one thread and print the speed-up.
    #[arg(long)]
    pub compare_jobs: bool,
    /// Also scan a tenth of the data and print how the time scales.
    #[arg(long)]
    pub scaling: bool,
    /// Keep the generated exports and reports in this folder.
    #[arg(long)]
    pub keep: Option<PathBuf>,
    /// Instead of scanning, time each per-record rule on --records synthetic posts (one thread).
    #[arg(long)]
    pub rule_times: bool,
}

#[derive(Args, Debug, Clone)]
pub struct CommonInput {
    /// Folders, .zip or .tar.gz exports (any mix; nested archives are read in place).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j')]
    pub jobs: Option<usize>,
    /// Only records from this date (YYYY-MM-DD) on.
    #[arg(long, value_parser = parse_date)]
    pub since: Option<Timestamp>,
    /// Only records up to this date (YYYY-MM-DD), inclusive.
    #[arg(long, value_parser = parse_date_end)]
    pub until: Option<Timestamp>,
    /// Do not show progress bars.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

#[derive(Args, Debug)]
pub struct ScanArgs {
    #[command(flatten)]
    pub input: CommonInput,
    /// Folder for the reports (created owner-only if missing).
    #[arg(long, short = 'o')]
    pub out: PathBuf,
    /// Run only these rules: codes (CONF001), prefixes (CONF) or categories (confidentiality); comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub select: Vec<String>,
    /// Skip these rules: codes, prefixes or categories; comma-separated.
    #[arg(long, value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// A file of terms to flag wherever they appear (one per line, `#` comments): a patient's or
    /// complainant's name you know about. Matched case-insensitively on word boundaries (rule WATCH001).
    #[arg(long, value_name = "FILE")]
    pub watch: Option<PathBuf>,
    /// Mask names, handles and identifiers of patients and other people in every report.
    #[arg(long)]
    pub redact: bool,
    /// An earlier run's findings.json: mark findings new or unchanged and list resolved ones.
    #[arg(long, value_name = "OLD/findings.json")]
    pub baseline: Option<PathBuf>,
    /// Reviewed decisions (JSON, schemas/allow.schema.json): matching findings leave the action lists.
    #[arg(long, value_name = "FILE")]
    pub allow: Option<PathBuf>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordFormat {
    Jsonl,
}

#[derive(Args, Debug)]
pub struct RecordsArgs {
    #[command(flatten)]
    pub input: CommonInput,
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: RecordFormat,
}

#[derive(Args, Debug)]
pub struct RulesArgs {
    /// A rule code (CONF001) or name to explain; omit to list all rules.
    pub code: Option<String>,
    /// Print the rule catalogue as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct InspectArgs {
    #[command(flatten)]
    pub input: CommonInput,
    /// Print the coverage as JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}

fn parse_date(s: &str) -> Result<Timestamp, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(|d| Timestamp {
            at: d.and_hms_opt(0, 0, 0).expect("midnight exists"),
            local: false,
        })
        .map_err(|_| format!("{s:?} is not a date like 2019-04-30"))
}

fn parse_date_end(s: &str) -> Result<Timestamp, String> {
    parse_date(s).map(|t| Timestamp {
        at: t.at + chrono::Duration::seconds(86_399),
        local: false,
    })
}

impl CommonInput {
    pub fn config(&self) -> ScanConfig {
        ScanConfig {
            jobs: self.jobs,
            since: self.since,
            until: self.until,
            ..ScanConfig::default()
        }
    }
}

impl ScanArgs {
    /// The engine configuration; reads the `--watch` file, so it can fail with a message naming it.
    pub fn config(&self) -> anyhow::Result<ScanConfig> {
        let watch = match &self.watch {
            Some(path) => crate::rules::watch::WatchList::load(path)?,
            None => crate::rules::watch::WatchList::default(),
        };
        Ok(ScanConfig {
            select: self.select.clone(),
            ignore: self.ignore.clone(),
            watch,
            ..self.input.config()
        })
    }
}
