//! Detection-quality evaluation: run every rule over the labelled set in `fixtures/eval/*.jsonl` and
//! report precision, recall and F1 per category.
//!
//! The set was written from the guidance and the research notes, independently of the rules, so the
//! figures measure the rules against what a careful medical defence adviser would flag, not against
//! themselves. `fixtures/eval/README.md` explains the schema and how labels were decided.
//!
//! How an item becomes a prediction:
//! - every line is validated against `schemas/eval.schema.json` and turned into a [`Record`] the way a
//!   parser would produce it (hashtags, mentions and links pulled from the text; photos and videos get
//!   a media entry; EXIF locations become media GPS as well as the record location);
//! - items sharing a `case` are one account's history and run together (messages share a thread, so
//!   cross-record rules see the conversation); every other item runs alone, as a one-record account,
//!   so one item's bio or profile can never leak into another's verdict;
//! - a category is predicted for an item when any finding above `info` on that record has it, or when
//!   a cross-record finding lists the item in `related`.
//!
//! The run prints a Markdown report (also written to `$CARGO_TARGET_TMPDIR/eval-report.md`) and then
//! fails if any figure is below `fixtures/eval/thresholds.json`. See the report with
//! `cargo test --test eval -- --nocapture`.

use hindsight::engine::run_rules;
use hindsight::model::{
    Audience, Author, GeoPoint, Kind, Location, LocationSource, Media, Platform, Provenance,
    Record, Timestamp,
};
use hindsight::rules::{Category, Finding, Registry, Severity};
use regex::Regex;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn eval_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/eval")
}

// ---------------------------------------------------------------------------------------------------
// Loading and validation
// ---------------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum ItemAuthor {
    #[serde(rename = "self")]
    Owner,
    Other,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ItemLocationSource {
    Exif,
    Coordinates,
    Place,
    Text,
}

#[derive(Debug, Clone, Deserialize)]
struct ItemLocation {
    lat: f64,
    lon: f64,
    source: ItemLocationSource,
    name: Option<String>,
}

/// One line of `fixtures/eval/*.jsonl` (schema: `schemas/eval.schema.json`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Item {
    id: String,
    platform: Platform,
    kind: Kind,
    audience: Audience,
    author: ItemAuthor,
    text: String,
    labels: BTreeSet<Category>,
    hard_negative: bool,
    case: Option<String>,
    timestamp: Option<String>,
    location: Option<ItemLocation>,
    #[allow(dead_code)]
    note: String,
    /// Where the item came from: file name and 1-based line.
    #[serde(skip)]
    file: String,
    #[serde(skip)]
    line: u64,
}

/// Every item of every `*.jsonl` file in `dir`, in file then line order, after schema validation.
/// Returns the items and every problem found (schema errors, bad JSON, duplicate ids).
fn load_items(dir: &Path) -> (Vec<Item>, Vec<String>) {
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/eval.schema.json");
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&schema_path).expect("schemas/eval.schema.json is readable"),
    )
    .expect("schemas/eval.schema.json is JSON");
    let validator =
        jsonschema::draft202012::new(&schema).expect("schemas/eval.schema.json is a valid schema");

    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixtures/eval exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();

    let mut items = Vec::new();
    let mut problems = Vec::new();
    let mut seen = BTreeSet::new();
    for path in files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let body = match std::fs::read_to_string(&path) {
            Ok(b) => b,
            Err(e) => {
                problems.push(format!("{name}: cannot read: {e}"));
                continue;
            }
        };
        for (n, line) in body.lines().enumerate() {
            let at = format!("{name}:{}", n + 1);
            if line.trim().is_empty() {
                problems.push(format!("{at}: blank line"));
                continue;
            }
            let value: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    problems.push(format!("{at}: not JSON: {e}"));
                    continue;
                }
            };
            let errors: Vec<String> = validator
                .iter_errors(&value)
                .map(|e| format!("{at}: {} at {}", e, e.instance_path))
                .collect();
            if !errors.is_empty() {
                problems.extend(errors);
                continue;
            }
            match serde_json::from_value::<Item>(value) {
                Ok(mut item) => {
                    if !seen.insert(item.id.clone()) {
                        problems.push(format!("{at}: duplicate id {}", item.id));
                    }
                    item.file = name.clone();
                    item.line = n as u64 + 1;
                    items.push(item);
                }
                Err(e) => problems.push(format!("{at}: {e}")),
            }
        }
    }
    (items, problems)
}

// ---------------------------------------------------------------------------------------------------
// Items to records
// ---------------------------------------------------------------------------------------------------

struct Extractors {
    hashtag: Regex,
    mention: Regex,
    link: Regex,
}

impl Extractors {
    fn new() -> Self {
        Extractors {
            hashtag: Regex::new(r"(?:^|[^\w&])#(\w+)").expect("hashtag regex"),
            mention: Regex::new(r"(?:^|[^\w.])@(\w{2,})").expect("mention regex"),
            // Full URLs and the bare short-link/storefront domains people paste (amzn.to/…).
            link: Regex::new(
                r"(?i)\b(?:https?://\S+|(?:[a-z0-9-]+\.)+(?:com|co\.uk|uk|to|it|ly|io|ai|ee|org|net)/\S*)",
            )
            .expect("link regex"),
        }
    }
}

/// The record a parser would emit for this item.
fn to_record(item: &Item, ex: &Extractors) -> Record {
    let source = Provenance {
        input: "fixtures/eval".to_string(),
        entry: item.file.clone(),
        index: item.line,
    };
    let mut r = Record::new(item.platform, item.kind, Some(item.id.clone()), source);
    r.id = item.id.clone();
    r.author = match item.author {
        ItemAuthor::Owner => Author::owner(),
        ItemAuthor::Other => Author::other(None, None),
    };
    r.audience = item.audience;
    r.text = item.text.clone();
    r.timestamp = item
        .timestamp
        .as_deref()
        .and_then(Timestamp::parse_canonical);
    if item.kind.is_message() {
        r.thread = item.case.clone();
    }
    r.hashtags = ex
        .hashtag
        .captures_iter(&item.text)
        .filter_map(|c| c.get(1).map(|m| m.as_str().to_string()))
        .collect();
    r.mentions = ex
        .mention
        .captures_iter(&item.text)
        .filter_map(|c| c.get(1).map(|m| m.as_str().to_string()))
        .collect();
    r.links = ex
        .link
        .find_iter(&item.text)
        .map(|m| {
            m.as_str()
                .trim_end_matches(|c: char| ".,;:!?)]".contains(c))
                .to_string()
        })
        .collect();
    let media_kind = match item.kind {
        Kind::Photo => Some("photo"),
        Kind::Video => Some("video"),
        _ => None,
    };
    if let Some(k) = media_kind {
        let ext = if k == "video" { "mp4" } else { "jpg" };
        r.media
            .push(Media::new(format!("media/{}.{ext}", item.id), Some(k)));
    }
    if let Some(loc) = &item.location {
        let point = GeoPoint::new(loc.lat, loc.lon);
        let source = match loc.source {
            ItemLocationSource::Exif => LocationSource::Exif,
            ItemLocationSource::Coordinates => LocationSource::Coordinates,
            ItemLocationSource::Place => LocationSource::Place,
            ItemLocationSource::Text => LocationSource::Text,
        };
        if matches!(loc.source, ItemLocationSource::Exif) {
            match r.media.first_mut() {
                Some(m) => m.gps = point,
                None => {
                    let mut m = Media::new(format!("media/{}.jpg", item.id), Some("photo"));
                    m.gps = point;
                    r.media.push(m);
                }
            }
        }
        r.location = Some(Location {
            name: loc.name.clone(),
            coordinates: point,
            source,
        });
    }
    r
}

// ---------------------------------------------------------------------------------------------------
// Running the rules
// ---------------------------------------------------------------------------------------------------

/// What the rules said about one item: the categories flagged and the findings behind them.
#[derive(Debug, Default, Clone)]
struct Prediction {
    categories: BTreeSet<Category>,
    /// (severity, confidence, rule) of each flagging finding, for the false-alarm list.
    hits: Vec<(Severity, f64, String, Category)>,
}

/// Predictions per item id. Case groups run together; every other item runs on its own.
fn predict(items: &[Item], registry: &Registry) -> BTreeMap<String, Prediction> {
    let ex = Extractors::new();
    let mut groups: BTreeMap<String, Vec<&Item>> = BTreeMap::new();
    let mut singles: Vec<&Item> = Vec::new();
    for item in items {
        match &item.case {
            Some(c) => groups.entry(c.clone()).or_default().push(item),
            None => singles.push(item),
        }
    }
    let mut out: BTreeMap<String, Prediction> = items
        .iter()
        .map(|i| (i.id.clone(), Prediction::default()))
        .collect();
    let batches = groups
        .into_values()
        .chain(singles.into_iter().map(|i| vec![i]));
    for batch in batches {
        let records: Vec<Record> = batch.iter().map(|i| to_record(i, &ex)).collect();
        let findings = run_rules(&records, registry, Some(1));
        for f in &findings {
            credit(f, &mut out);
        }
    }
    out
}

/// Credit a finding's category to its record and, for cross-record findings, to the related records.
fn credit(f: &Finding, out: &mut BTreeMap<String, Prediction>) {
    if f.severity <= Severity::Info {
        return;
    }
    let ids = std::iter::once(&f.record.id).chain(f.related.iter().map(|r| &r.id));
    for id in ids {
        if let Some(p) = out.get_mut(id) {
            p.categories.insert(f.category);
            p.hits
                .push((f.severity, f.confidence, f.rule.clone(), f.category));
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Counts {
    support: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// `num / den`, and 0 when nothing was counted (no predictions means no precision to credit).
fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

#[derive(Debug, Clone, Default)]
struct Scores {
    per_category: BTreeMap<Category, Counts>,
    hard_negatives: usize,
    hard_negative_fp: usize,
}

impl Scores {
    fn micro(&self) -> Counts {
        self.per_category
            .values()
            .fold(Counts::default(), |a, c| Counts {
                support: a.support + c.support,
                tp: a.tp + c.tp,
                fp: a.fp + c.fp,
                fn_: a.fn_ + c.fn_,
            })
    }
    fn macro_f1(&self) -> f64 {
        if self.per_category.is_empty() {
            return 0.0;
        }
        self.per_category.values().map(Counts::f1).sum::<f64>() / self.per_category.len() as f64
    }
    fn hard_negative_fp_rate(&self) -> f64 {
        ratio(self.hard_negative_fp, self.hard_negatives)
    }
}

fn score(items: &[Item], predictions: &BTreeMap<String, Prediction>) -> Scores {
    let mut s = Scores::default();
    for c in Category::ALL {
        s.per_category.insert(c, Counts::default());
    }
    let empty = Prediction::default();
    for item in items {
        let predicted = &predictions.get(&item.id).unwrap_or(&empty).categories;
        for c in Category::ALL {
            let (gold, pred) = (item.labels.contains(&c), predicted.contains(&c));
            if let Some(k) = s.per_category.get_mut(&c) {
                k.support += usize::from(gold);
                k.tp += usize::from(gold && pred);
                k.fp += usize::from(!gold && pred);
                k.fn_ += usize::from(gold && !pred);
            }
        }
        if item.hard_negative {
            s.hard_negatives += 1;
            s.hard_negative_fp += usize::from(!predicted.is_empty());
        }
    }
    s
}

// ---------------------------------------------------------------------------------------------------
// Thresholds
// ---------------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoryThreshold {
    #[serde(default)]
    precision: f64,
    #[serde(default)]
    recall: f64,
}

/// `fixtures/eval/thresholds.json`: the floor every figure must reach.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Thresholds {
    macro_f1: f64,
    #[serde(default)]
    micro_f1: f64,
    /// The most hard negatives that may be flagged, as a fraction (1.0 = no limit).
    #[serde(default = "one")]
    max_hard_negative_fp_rate: f64,
    #[serde(default)]
    per_category: BTreeMap<String, CategoryThreshold>,
}

fn one() -> f64 {
    1.0
}

/// Every way `scores` falls short of `t`, one message each; empty when all thresholds are met.
/// Unknown category names in the thresholds are failures too, so a typo cannot switch a check off.
fn check_thresholds(scores: &Scores, t: &Thresholds) -> Vec<String> {
    const EPS: f64 = 1e-9;
    let below = |what: &str, got: f64, floor: f64| {
        (got + EPS < floor).then(|| format!("{what} is {got:.3}, below the threshold {floor:.3}"))
    };
    let mut fails: Vec<String> = Vec::new();
    fails.extend(below("macro F1", scores.macro_f1(), t.macro_f1));
    fails.extend(below("micro F1", scores.micro().f1(), t.micro_f1));
    for (name, ct) in &t.per_category {
        match Category::parse(name).and_then(|c| scores.per_category.get(&c)) {
            Some(k) => {
                fails.extend(below(
                    &format!("{name} precision"),
                    k.precision(),
                    ct.precision,
                ));
                fails.extend(below(&format!("{name} recall"), k.recall(), ct.recall));
            }
            None => fails.push(format!("thresholds name an unknown category {name:?}")),
        }
    }
    let rate = scores.hard_negative_fp_rate();
    if rate > t.max_hard_negative_fp_rate + EPS {
        fails.push(format!(
            "hard-negative false-positive rate is {rate:.3}, above the limit {:.3}",
            t.max_hard_negative_fp_rate
        ));
    }
    fails
}

// ---------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------

fn table_row(name: &str, k: &Counts) -> String {
    format!(
        "| {name} | {} | {} | {} | {} | {:.3} | {:.3} | {:.3} |\n",
        k.support,
        k.tp,
        k.fp,
        k.fn_,
        k.precision(),
        k.recall(),
        k.f1()
    )
}

fn scores_markdown(s: &Scores, rules: usize) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "## Detection quality ({rules} rules)\n");
    md += "| category | support | TP | FP | FN | precision | recall | F1 |\n";
    md += "|---|---:|---:|---:|---:|---:|---:|---:|\n";
    for (c, k) in &s.per_category {
        md += &table_row(c.as_str(), k);
    }
    md += &table_row("**micro**", &s.micro());
    let _ = writeln!(md, "\nmacro F1: **{:.3}**  ", s.macro_f1());
    let _ = writeln!(md, "micro F1: **{:.3}**  ", s.micro().f1());
    let _ = writeln!(
        md,
        "hard negatives flagged: {} of {} (**{:.3}**)",
        s.hard_negative_fp,
        s.hard_negatives,
        s.hard_negative_fp_rate()
    );
    md
}

fn excerpt(text: &str) -> String {
    let t: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = t.chars().take(70).collect();
    let cut = cut.replace('|', "/");
    if t.chars().count() > 70 {
        format!("{cut}…")
    } else {
        cut
    }
}

/// Per category: the misses (labelled, not flagged) and false alarms (flagged, not labelled), false
/// alarms on hard negatives and at high severity first. Capped so the report stays readable.
fn errors_markdown(items: &[Item], preds: &BTreeMap<String, Prediction>, cap: usize) -> String {
    let empty = Prediction::default();
    let mut md = String::from("## Worst misses and false alarms\n");
    for c in Category::ALL {
        let mut misses = Vec::new();
        let mut alarms: Vec<(bool, Severity, f64, &Item, String)> = Vec::new();
        for item in items {
            let p = preds.get(&item.id).unwrap_or(&empty);
            let (gold, pred) = (item.labels.contains(&c), p.categories.contains(&c));
            if gold && !pred {
                misses.push(item);
            }
            if pred && !gold {
                let mut hits: Vec<_> = p.hits.iter().filter(|h| h.3 == c).collect();
                hits.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.total_cmp(&a.1)));
                let (sev, conf) = hits.first().map_or((Severity::Low, 0.0), |h| (h.0, h.1));
                let mut rules: Vec<&str> = hits.iter().map(|h| h.2.as_str()).collect();
                rules.dedup();
                alarms.push((item.hard_negative, sev, conf, item, rules.join(",")));
            }
        }
        if misses.is_empty() && alarms.is_empty() {
            continue;
        }
        alarms.sort_by(|a, b| {
            b.0.cmp(&a.0)
                .then(b.1.cmp(&a.1))
                .then(b.2.total_cmp(&a.2))
                .then(a.3.id.cmp(&b.3.id))
        });
        let _ = writeln!(
            md,
            "\n### {c}: {} missed, {} false alarms",
            misses.len(),
            alarms.len()
        );
        for item in misses.iter().take(cap) {
            let _ = writeln!(md, "- miss `{}`: {}", item.id, excerpt(&item.text));
        }
        if misses.len() > cap {
            let _ = writeln!(md, "- … {} more misses", misses.len() - cap);
        }
        for (hn, sev, _, item, rules) in alarms.iter().take(cap) {
            let tag = if *hn { " (hard negative)" } else { "" };
            let _ = writeln!(
                md,
                "- false alarm `{}`{tag} [{rules}, {sev}]: {}",
                item.id,
                excerpt(&item.text)
            );
        }
        if alarms.len() > cap {
            let _ = writeln!(md, "- … {} more false alarms", alarms.len() - cap);
        }
    }
    md
}

/// Counts of the set itself, for `fixtures/eval/README.md`.
fn dataset_markdown(items: &[Item]) -> String {
    fn count_table<K: Ord + std::fmt::Display>(
        title: &str,
        rows: BTreeMap<K, (usize, usize)>,
    ) -> String {
        let mut md = format!("\n| {title} | items | with a label |\n|---|---:|---:|\n");
        for (k, (n, pos)) in rows {
            let _ = writeln!(md, "| {k} | {n} | {pos} |");
        }
        md
    }
    let by = |f: &dyn Fn(&Item) -> String| {
        let mut m: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for i in items {
            let e = m.entry(f(i)).or_default();
            e.0 += 1;
            e.1 += usize::from(!i.labels.is_empty());
        }
        m
    };
    let mut per_cat: BTreeMap<Category, (usize, usize, usize)> = BTreeMap::new();
    let platforms = by(&|i| i.platform.as_str().to_string());
    let kinds = by(&|i| i.kind.as_str().to_string());
    let audiences = by(&|i| i.audience.as_str().to_string());
    let authors = by(&|i| match i.author {
        ItemAuthor::Owner => "self".to_string(),
        ItemAuthor::Other => "other".to_string(),
    });
    let years = by(&|i| {
        i.timestamp
            .as_deref()
            .and_then(|t| t.get(..4))
            .unwrap_or("none")
            .to_string()
    });
    let files = by(&|i| i.file.clone());
    for i in items {
        for c in &i.labels {
            let e = per_cat.entry(*c).or_default();
            e.0 += 1;
            e.1 += usize::from(i.author == ItemAuthor::Owner);
            e.2 += usize::from(i.case.is_some());
        }
    }
    let benign = items.iter().filter(|i| i.labels.is_empty()).count();
    let hard = items.iter().filter(|i| i.hard_negative).count();
    let multi = items.iter().filter(|i| i.labels.len() > 1).count();
    let cases: BTreeSet<&str> = items.iter().filter_map(|i| i.case.as_deref()).collect();
    let in_cases = items.iter().filter(|i| i.case.is_some()).count();

    let mut md = String::from("## The set\n\n");
    let _ = writeln!(
        md,
        "{} items: {} with at least one label ({} with several), {} benign of which {} hard negatives; \
         {} cases holding {} items.",
        items.len(),
        items.len() - benign,
        multi,
        benign,
        hard,
        cases.len(),
        in_cases
    );
    md += "\n| category | positive items | by the account holder | in cases |\n|---|---:|---:|---:|\n";
    for c in Category::ALL {
        let (n, own, case) = per_cat.get(&c).copied().unwrap_or_default();
        let _ = writeln!(md, "| {c} | {n} | {own} | {case} |");
    }
    md += &count_table("file", files);
    md += &count_table("platform", platforms);
    md += &count_table("kind", kinds);
    md += &count_table("audience", audiences);
    md += &count_table("author", authors);
    md += &count_table("year", years);
    md
}

// ---------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------

/// The stable half an item belongs to: a case's items stay together.
fn in_dev_half(item: &Item) -> bool {
    let key = item.case.as_deref().unwrap_or(&item.id);
    let h = key.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    h % 2 == 1
}

fn load_thresholds() -> Thresholds {
    let path = eval_dir().join("thresholds.json");
    let body = std::fs::read_to_string(&path).expect("fixtures/eval/thresholds.json is readable");
    serde_json::from_str(&body).expect("fixtures/eval/thresholds.json matches the expected shape")
}

#[test]
fn evaluation_meets_thresholds() {
    let (items, problems) = load_items(&eval_dir());
    assert!(
        problems.is_empty(),
        "invalid evaluation items:\n{}",
        problems.join("\n")
    );
    // `EVAL_HALF=dev` or `EVAL_HALF=check` scores one half of the set (split by case, else by
    // item), so rule work can be tuned on one half and reported on the other.
    let half = std::env::var("EVAL_HALF").ok();
    let items: Vec<Item> = match half.as_deref() {
        Some(h @ ("dev" | "check")) => items
            .into_iter()
            .filter(|i| in_dev_half(i) == (h == "dev"))
            .collect(),
        _ => items,
    };
    let registry = Registry::all();
    let predictions = predict(&items, &registry);
    let scores = score(&items, &predictions);

    let mut md = String::from("# hindsight evaluation\n\n");
    if let Some(h) = &half {
        md += &format!(
            "Half: `{h}` ({} items); thresholds are not checked on a half.\n\n",
            items.len()
        );
    }
    md += &scores_markdown(&scores, registry.metas().len());
    md += "\n";
    md += &errors_markdown(&items, &predictions, 12);
    md += "\n";
    md += &dataset_markdown(&items);
    println!("{md}");
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("eval-report.md");
    if let Err(e) = std::fs::write(&out, &md) {
        println!("(could not write {}: {e})", out.display());
    }

    if half.is_some() {
        return;
    }
    let fails = check_thresholds(&scores, &load_thresholds());
    assert!(
        fails.is_empty(),
        "evaluation below thresholds:\n{}",
        fails.join("\n")
    );
}

/// The regex gates (`detect::gate`, answered by `detect::literals`) only skip work: every finding
/// on the whole set, with its evidence, is the same with the gates off.
#[test]
fn gates_change_no_finding() {
    let (items, _) = load_items(&eval_dir());
    let ex = Extractors::new();
    let records: Vec<Record> = items.iter().map(|i| to_record(i, &ex)).collect();
    let registry = Registry::all();
    let render = |findings: Vec<Finding>| {
        findings
            .iter()
            .map(|f| serde_json::to_string(f).unwrap())
            .collect::<Vec<_>>()
    };
    // A first run compiles every regex the set reaches; the literal index built over them then
    // answers every gate of the compared run from its first record.
    drop(run_rules(&records, &registry, Some(2)));
    hindsight::detect::literals::build_now();
    let gated = render(run_rules(&records, &registry, Some(2)));
    hindsight::detect::gate::set_enabled(false);
    let plain = render(run_rules(&records, &registry, Some(2)));
    hindsight::detect::gate::set_enabled(true);
    assert!(gated.len() > 100, "the set should give many findings");
    let first_difference = gated.iter().zip(&plain).find(|(g, p)| g != p);
    assert!(
        gated.len() == plain.len() && first_difference.is_none(),
        "{} findings gated, {} plain; first difference: {first_difference:#?}",
        gated.len(),
        plain.len()
    );
}

/// The set keeps the shape the README promises; shrinking or unbalancing it fails here.
#[test]
fn evaluation_set_is_large_varied_and_consistent() {
    let (items, problems) = load_items(&eval_dir());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(items.len() >= 600, "only {} items", items.len());
    for c in Category::ALL {
        let n = items.iter().filter(|i| i.labels.contains(&c)).count();
        assert!(n >= 25, "only {n} positive items for {c}");
    }
    let benign: Vec<&Item> = items.iter().filter(|i| i.labels.is_empty()).collect();
    let hard = benign.iter().filter(|i| i.hard_negative).count();
    assert!(
        hard * 2 >= benign.len(),
        "{hard} hard negatives of {} benign",
        benign.len()
    );
    for p in Platform::ALL {
        assert!(items.iter().any(|i| i.platform == p), "no {p} items");
    }
    let kinds: BTreeSet<&str> = items.iter().map(|i| i.kind.as_str()).collect();
    for k in [
        "post",
        "reply",
        "quote",
        "repost",
        "comment",
        "message",
        "group_message",
        "checkin",
        "photo",
        "video",
        "story",
        "profile",
    ] {
        assert!(kinds.contains(k), "no {k} items");
    }
    let mut cases: BTreeMap<&str, Vec<&Item>> = BTreeMap::new();
    for i in &items {
        if let Some(c) = &i.case {
            cases.entry(c.as_str()).or_default().push(i);
        }
    }
    assert!(cases.len() >= 15, "only {} cases", cases.len());
    for (c, members) in &cases {
        assert!(members.len() >= 2, "case {c} has a single item");
    }
    for i in &items {
        if let Some(t) = &i.timestamp {
            assert!(
                Timestamp::parse_canonical(t).is_some(),
                "{}: bad timestamp",
                i.id
            );
        }
        if let Some(l) = &i.location {
            assert!(GeoPoint::new(l.lat, l.lon).is_some(), "{}: bad point", i.id);
        }
    }
}

#[test]
fn schema_rejects_malformed_items() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/eval.schema.json"),
        )
        .expect("schema readable"),
    )
    .expect("schema is JSON");
    let v = jsonschema::draft202012::new(&schema).expect("valid schema");
    let good = serde_json::json!({"id": "conf-0001", "platform": "twitter", "kind": "post",
        "audience": "public", "author": "self", "text": "x", "labels": ["confidentiality"],
        "hard_negative": false, "note": "n"});
    assert!(v.is_valid(&good));
    let bad = |patch: serde_json::Value| {
        let mut item = good.clone();
        if let (Some(o), Some(p)) = (item.as_object_mut(), patch.as_object()) {
            for (k, val) in p {
                o.insert(k.clone(), val.clone());
            }
        }
        !v.is_valid(&item)
    };
    assert!(bad(serde_json::json!({"labels": ["gossip"]})));
    assert!(bad(serde_json::json!({"platform": "myspace"})));
    assert!(bad(serde_json::json!({"hard_negative": true})));
    assert!(bad(serde_json::json!({"timestamp": "04/03/2021"})));
    assert!(bad(
        serde_json::json!({"location": {"lat": 95.0, "lon": 0.1, "source": "exif"}})
    ));
    assert!(bad(serde_json::json!({"id": "Conf 1"})));
    assert!(bad(serde_json::json!({"extra": 1})));
}

fn scores_with(counts: &[(Category, Counts)], hn: (usize, usize)) -> Scores {
    let mut s = Scores::default();
    for c in Category::ALL {
        s.per_category.insert(c, Counts::default());
    }
    for (c, k) in counts {
        s.per_category.insert(*c, *k);
    }
    s.hard_negatives = hn.0;
    s.hard_negative_fp = hn.1;
    s
}

fn thresholds(json: &str) -> Thresholds {
    serde_json::from_str(json).expect("test thresholds parse")
}

#[test]
fn metrics_follow_the_usual_definitions() {
    let k = Counts {
        support: 10,
        tp: 6,
        fp: 2,
        fn_: 4,
    };
    assert!((k.precision() - 0.75).abs() < 1e-12);
    assert!((k.recall() - 0.6).abs() < 1e-12);
    assert!((k.f1() - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-12);
    assert_eq!(Counts::default().f1(), 0.0, "nothing predicted scores zero");
    let s = scores_with(&[(Category::Conduct, k)], (4, 1));
    assert!((s.macro_f1() - k.f1() / 10.0).abs() < 1e-12);
    assert!((s.hard_negative_fp_rate() - 0.25).abs() < 1e-12);
}

#[test]
fn thresholds_pass_when_met_and_fail_when_not() {
    let conf = Counts {
        support: 10,
        tp: 8,
        fp: 2,
        fn_: 2,
    };
    let s = scores_with(&[(Category::Confidentiality, conf)], (10, 1));
    let zero = thresholds(
        r#"{"macro_f1": 0.0, "per_category": {"confidentiality": {"precision": 0.0, "recall": 0.0}}}"#,
    );
    assert!(check_thresholds(&s, &zero).is_empty());
    let exact = thresholds(
        r#"{"macro_f1": 0.08, "per_category": {"confidentiality": {"precision": 0.8, "recall": 0.8}}}"#,
    );
    assert!(
        check_thresholds(&s, &exact).is_empty(),
        "equal to the floor passes"
    );

    let recall = thresholds(
        r#"{"macro_f1": 0.0, "per_category": {"confidentiality": {"precision": 0.5, "recall": 0.81}}}"#,
    );
    let fails = check_thresholds(&s, &recall);
    assert_eq!(fails.len(), 1, "{fails:?}");
    assert!(fails[0].contains("confidentiality recall"));

    let macro_f1 = thresholds(r#"{"macro_f1": 0.5}"#);
    assert!(check_thresholds(&s, &macro_f1)[0].contains("macro F1"));

    let unseen =
        thresholds(r#"{"macro_f1": 0.0, "per_category": {"conduct": {"precision": 0.1}}}"#);
    assert!(
        check_thresholds(&s, &unseen)[0].contains("conduct precision"),
        "a category with no predictions has precision 0"
    );

    let typo =
        thresholds(r#"{"macro_f1": 0.0, "per_category": {"confidentiallity": {"recall": 0.1}}}"#);
    assert!(check_thresholds(&s, &typo)[0].contains("unknown category"));

    let hn = thresholds(r#"{"macro_f1": 0.0, "max_hard_negative_fp_rate": 0.05}"#);
    assert!(check_thresholds(&s, &hn)[0].contains("hard-negative"));
}

#[test]
fn committed_thresholds_name_every_category() {
    let t = load_thresholds();
    for c in Category::ALL {
        assert!(
            t.per_category.contains_key(c.as_str()),
            "thresholds.json has no entry for {c}"
        );
    }
}

#[test]
fn items_become_records_a_parser_would_produce() {
    let line = r#"{"id": "x-0001", "platform": "instagram", "kind": "photo", "audience": "public",
        "author": "self", "text": "Use code DRX at amzn.to/3xY #ad @brand", "labels": [],
        "hard_negative": false, "case": "c1", "timestamp": "2021-03-04T10:00:00Z",
        "location": {"lat": 51.5, "lon": -0.1, "source": "exif"}, "note": "n"}"#;
    let item: Item = serde_json::from_str(line).expect("parses");
    let r = to_record(&item, &Extractors::new());
    assert_eq!(r.id, "x-0001");
    assert!(r.author.is_owner());
    assert_eq!(r.hashtags, vec!["ad"]);
    assert_eq!(r.mentions, vec!["brand"]);
    assert_eq!(r.links, vec!["amzn.to/3xY"]);
    assert_eq!(r.thread, None, "only messages share the case as thread");
    assert_eq!(r.media.len(), 1);
    assert!(r.media[0].gps.is_some());
    assert_eq!(
        r.location.as_ref().map(|l| l.source),
        Some(LocationSource::Exif)
    );
    assert_eq!(
        r.timestamp.map(|t| t.to_canonical()).as_deref(),
        Some("2021-03-04T10:00:00Z")
    );
}
