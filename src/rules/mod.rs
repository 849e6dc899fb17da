//! Rules: what a regulator would worry about, one declared rule at a time.
//!
//! Every rule declares its metadata next to its code in a [`RuleMeta`]: a stable code that is never
//! reused (`CONF001`), its category from the fixed vocabulary in DESIGN.md, default severity and
//! confidence, the guidance paragraphs it rests on (from `../shared/seeds`), and four doc sections
//! (What it finds / Why it matters / Example / How to fix) that `hindsight rules CODE` prints and the
//! HTML report shows. One file per category (`src/rules/<category>.rs`); shared detectors live in
//! `src/detect/`.
//!
//! Rules come in two shapes: [`Rule`] looks at one record (run in parallel over all records), and
//! [`CrossRule`] looks at many (jigsaw identification across posts, DM threads, account identity).

pub mod advertising;
pub mod boundaries;
pub mod conduct;
pub mod confidentiality;
pub mod conflict_of_interest;
pub mod guidance;
pub mod identity;
pub mod judge;
pub mod location;
pub mod location_text;
pub mod misleading;
pub mod prescribing;
pub mod raising_concerns;
pub mod verdict;
pub mod watch;

use crate::model::Record;
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::fmt;

pub use guidance::Guidance;

/// The fixed vocabulary every rule maps to (DESIGN.md, "Categories").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Confidentiality,
    Boundaries,
    ConflictOfInterest,
    Advertising,
    Misleading,
    Prescribing,
    Conduct,
    Identity,
    Location,
    RaisingConcerns,
}

impl Category {
    pub const ALL: [Category; 10] = [
        Category::Confidentiality,
        Category::Boundaries,
        Category::ConflictOfInterest,
        Category::Advertising,
        Category::Misleading,
        Category::Prescribing,
        Category::Conduct,
        Category::Identity,
        Category::Location,
        Category::RaisingConcerns,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Confidentiality => "confidentiality",
            Category::Boundaries => "boundaries",
            Category::ConflictOfInterest => "conflict_of_interest",
            Category::Advertising => "advertising",
            Category::Misleading => "misleading",
            Category::Prescribing => "prescribing",
            Category::Conduct => "conduct",
            Category::Identity => "identity",
            Category::Location => "location",
            Category::RaisingConcerns => "raising_concerns",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How serious a finding is. Ordered from least to most serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Context shown to the reader, not a flag.
    Info,
    Low,
    Medium,
    /// Likely to reach a fitness-to-practise threshold.
    High,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the user should do about a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    Delete,
    Edit,
    Disclose,
    Restrict,
    StripLocation,
    Review,
    /// Account level: name yourself (and say you are a doctor) in the bio.
    NameInBio,
    /// Account level: review who can see your posts and find your profile.
    ReviewPrivacy,
}

impl ActionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActionKind::Delete => "delete",
            ActionKind::Edit => "edit",
            ActionKind::Disclose => "disclose",
            ActionKind::Restrict => "restrict",
            ActionKind::StripLocation => "strip_location",
            ActionKind::Review => "review",
            ActionKind::NameInBio => "name_in_bio",
            ActionKind::ReviewPrivacy => "review_privacy",
        }
    }

    /// Account-level actions concern the account, not one record.
    pub fn is_account_level(self) -> bool {
        matches!(self, ActionKind::NameInBio | ActionKind::ReviewPrivacy)
    }

    /// When one record has several findings, the strongest action wins (delete beats edit…).
    pub fn strength(self) -> u8 {
        match self {
            ActionKind::Delete => 7,
            ActionKind::Edit => 6,
            ActionKind::StripLocation => 5,
            ActionKind::Disclose => 4,
            ActionKind::Restrict => 3,
            ActionKind::NameInBio => 2,
            ActionKind::ReviewPrivacy => 1,
            ActionKind::Review => 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub kind: ActionKind,
    /// Exactly what to do: which words to remove, which declaration to add.
    pub instruction: String,
}

impl Action {
    pub fn new(kind: ActionKind, instruction: impl Into<String>) -> Self {
        Action {
            kind,
            instruction: instruction.into(),
        }
    }
}

/// A span of the record's text that a rule relied on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Evidence {
    /// Start and end as Unicode scalar (char) offsets into `record.text`.
    pub start: usize,
    pub end: usize,
    /// The text of the span.
    pub text: String,
    /// What it matched, e.g. `nhs_number`, `patient_reference`, `temporal_marker`.
    pub matched: String,
}

impl Evidence {
    /// Build from a byte range of `text` (as regex and Aho-Corasick report), converting to char offsets.
    pub fn from_bytes(text: &str, start: usize, end: usize, matched: impl Into<String>) -> Self {
        let start_b = floor_char_boundary(text, start.min(text.len()));
        let end_b = floor_char_boundary(text, end.min(text.len())).max(start_b);
        let start_c = text[..start_b].chars().count();
        let span = &text[start_b..end_b];
        Evidence {
            start: start_c,
            end: start_c + span.chars().count(),
            text: span.to_string(),
            matched: matched.into(),
        }
    }

    /// Evidence that is not a span of the text (a geotag, EXIF GPS, a related post): empty span.
    pub fn metadata(what: impl Into<String>, matched: impl Into<String>) -> Self {
        Evidence {
            start: 0,
            end: 0,
            text: what.into(),
            matched: matched.into(),
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Another record a cross-record finding rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Related {
    pub id: String,
    pub platform: crate::model::Platform,
    pub timestamp: Option<crate::model::Timestamp>,
    pub url: Option<String>,
    pub excerpt: String,
}

impl Related {
    pub fn of(r: &Record) -> Self {
        Related {
            id: r.id.clone(),
            platform: r.platform,
            timestamp: r.timestamp,
            url: r.url.clone(),
            excerpt: excerpt(&r.text, 160),
        }
    }
}

/// The first `max` characters of `text` on one line, with an ellipsis if cut.
pub fn excerpt(text: &str, max: usize) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        one_line
    } else {
        let cut: String = one_line.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// One thing a rule found. Serialised as-is into `findings.json` (see `schemas/findings.schema.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable identifier of this finding across runs: rule, record and evidence hashed. Used by
    /// `--baseline` and `--allow`.
    pub id: String,
    pub rule: String,
    pub category: Category,
    pub severity: Severity,
    /// 0–1, rounded to two decimals so reports are byte-stable.
    pub confidence: f64,
    pub message: String,
    pub guidance: Vec<Guidance>,
    pub evidence: Vec<Evidence>,
    pub action: Action,
    pub record: Box<Record>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// Set by `--baseline`: `new`, `unchanged` or `resolved`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

impl Finding {
    /// A finding of `meta` on `record`, with the rule's defaults; adjust fields after.
    pub fn new(
        meta: &RuleMeta,
        record: &Record,
        message: impl Into<String>,
        evidence: Vec<Evidence>,
        action: Action,
    ) -> Self {
        let mut f = Finding {
            id: String::new(),
            rule: meta.code.to_string(),
            category: meta.category,
            severity: meta.severity,
            confidence: meta.confidence,
            message: message.into(),
            guidance: meta.guidance.to_vec(),
            evidence,
            action,
            record: Box::new(record.clone()),
            related: Vec::new(),
            status: None,
        };
        f.finalise();
        f
    }

    /// The finding with its severity and confidence set, finalised.
    pub fn graded(mut self, severity: Severity, confidence: f64) -> Finding {
        self.severity = severity;
        self.confidence = confidence;
        self.finalise();
        self
    }

    /// Recompute the stable id and round the confidence; call after changing evidence or confidence.
    pub fn finalise(&mut self) {
        self.confidence = (self.confidence.clamp(0.0, 1.0) * 100.0).round() / 100.0;
        let mut h = blake3::Hasher::new();
        h.update(self.rule.as_bytes());
        h.update(&[0]);
        h.update(self.record.id.as_bytes());
        for e in &self.evidence {
            h.update(&[0]);
            h.update(e.matched.as_bytes());
            h.update(&[1]);
            h.update(e.text.as_bytes());
        }
        for r in &self.related {
            h.update(&[2]);
            h.update(r.id.as_bytes());
        }
        self.id = h.finalize().to_hex()[..16].to_string();
    }

    /// The deterministic order of findings in every report: most severe first, then by time, record,
    /// rule and id.
    pub fn sort_key(&self) -> impl Ord + '_ {
        (
            std::cmp::Reverse(self.severity),
            self.record.timestamp,
            &self.record.id,
            &self.rule,
            &self.id,
            (
                &self.record.source.input,
                &self.record.source.entry,
                self.record.source.index,
            ),
        )
    }
}

/// Everything a rule declares about itself.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable code, never reused: three or four letters for the category and three digits.
    pub code: &'static str,
    /// Short kebab-case name (`nhs-number-in-text`).
    pub name: &'static str,
    pub category: Category,
    pub severity: Severity,
    /// Default confidence 0–1 of a finding.
    pub confidence: f64,
    /// One-line summary for listings.
    pub summary: &'static str,
    pub guidance: &'static [Guidance],
    /// Doc: what the rule looks for, and the context that changes its verdict.
    pub what_it_finds: &'static str,
    /// Doc: why a regulator would care, in the guidance's terms.
    pub why_it_matters: &'static str,
    /// Doc: an example that fires (and, where useful, one that does not).
    pub example: &'static str,
    /// Doc: how to fix a finding.
    pub how_to_fix: &'static str,
}

/// Facts about the account holder gathered across all records before rules run: used by rules that
/// judge a record against the account (a declared interest in a bio, the owner's own names).
#[derive(Debug, Default, Clone)]
pub struct AccountFacts {
    /// Profile texts (bios) of the owner, per platform.
    pub bios: Vec<(crate::model::Platform, String)>,
    /// Names and handles the owner uses (so mentions of the owner are not third parties).
    pub owner_names: Vec<String>,
    /// Platforms on which the owner has at least one public post of their own
    /// ([`verdict::is_public_own_post`]), counted while streaming so cross-record rules need not
    /// keep every post to know it.
    pub public_post_platforms: std::collections::BTreeSet<crate::model::Platform>,
    /// The owner's public posts about health, per platform (counted while streaming, like
    /// `public_post_platforms`): IDN001 needs how many and a few examples, not the posts.
    pub health_posts: std::collections::BTreeMap<crate::model::Platform, identity::HealthPosts>,
}

/// What a rule sees besides the record(s).
pub struct Context<'a> {
    account: &'a AccountFacts,
    /// Terms the adviser asked to flag wherever they appear (`--watch FILE`).
    pub watch: &'a watch::WatchList,
    /// The analysis of the record being checked, when the engine computed it already.
    pub analysis: Option<&'a crate::detect::Analysis>,
    /// Analyses of the records handed to cross-record rules, in the same order (may be empty).
    pub analyses: &'a [crate::detect::Analysis],
    /// How the account facts were consulted since [`Context::take_account_use`] last asked.
    account_use: Cell<AccountUse>,
}

/// How a per-record rule consulted the account facts while checking one record. The scan runs the
/// per-record rules while records stream past, before it has read every profile, so it re-checks
/// at the end each record whose verdict the complete facts could change (see `engine::scan`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum AccountUse {
    /// Not consulted: the verdict stands whatever the facts.
    None,
    /// Consulted only to soften or silence ([`Context::account_to_soften`]): a verdict reached
    /// without the facts can only be toned down by them, so only a record that fired needs a
    /// second look.
    Soften,
    /// Consulted in a way that may create a verdict ([`Context::account`]): the record needs a
    /// second look whether or not it fired.
    MayCreate,
}

impl<'a> Context<'a> {
    /// A context with no watch list and no precomputed analyses (rules compute what they need).
    pub fn new(account: &'a AccountFacts) -> Self {
        Context::for_record(account, watch::WatchList::none(), None)
    }

    /// The context of one record's per-record rules, with its analysis when already computed.
    pub fn for_record(
        account: &'a AccountFacts,
        watch: &'a watch::WatchList,
        analysis: Option<&'a crate::detect::Analysis>,
    ) -> Self {
        Context {
            account,
            watch,
            analysis,
            analyses: &[],
            account_use: Cell::new(AccountUse::None),
        }
    }

    /// The context of a cross-record rule, with the analyses of the records it is handed.
    pub fn for_records(
        account: &'a AccountFacts,
        watch: &'a watch::WatchList,
        analyses: &'a [crate::detect::Analysis],
    ) -> Self {
        Context {
            analyses,
            ..Context::for_record(account, watch, None)
        }
    }

    /// The account facts, for a verdict they may change either way: a trainee grade in another bio
    /// makes a title claim misleading; a party named in a bio makes a post about it a promotion.
    /// Consult them as late as possible: during a scan, every record that consults them is kept
    /// and checked again once all profiles are read.
    pub fn account(&self) -> &'a AccountFacts {
        self.note_use(AccountUse::MayCreate);
        self.account
    }

    /// The account facts, for a verdict they can only soften or silence: the owner's own names are
    /// not third parties; a declaration in a bio lowers the severity. A rule must fire without
    /// the facts whenever it would fire with them.
    pub fn account_to_soften(&self) -> &'a AccountFacts {
        self.note_use(AccountUse::Soften);
        self.account
    }

    fn note_use(&self, used: AccountUse) {
        self.account_use.set(self.account_use.get().max(used));
    }

    /// How the account facts were consulted since the last call, and start counting afresh.
    pub fn take_account_use(&self) -> AccountUse {
        self.account_use.replace(AccountUse::None)
    }

    /// The text analysis of `r`: the engine's copy when it belongs to `r`, otherwise computed now.
    pub fn analysis(&self, r: &Record) -> std::borrow::Cow<'a, crate::detect::Analysis> {
        match self.analysis {
            Some(a) if a.is_of(&r.text) => std::borrow::Cow::Borrowed(a),
            _ => std::borrow::Cow::Owned(crate::detect::Analysis::of(r)),
        }
    }

    /// The analysis of the `i`-th record handed to a cross-record rule.
    pub fn analysis_at(
        &self,
        i: usize,
        r: &Record,
    ) -> std::borrow::Cow<'a, crate::detect::Analysis> {
        match self.analyses.get(i) {
            Some(a) if a.is_of(&r.text) => std::borrow::Cow::Borrowed(a),
            _ => std::borrow::Cow::Owned(crate::detect::Analysis::of(r)),
        }
    }
}

/// A rule over one record.
pub trait Rule: Sync + Send {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, record: &Record, cx: &Context, out: &mut Vec<Finding>);
}

/// A rule over many records (threads, jigsaw identification, account identity).
pub trait CrossRule: Sync + Send {
    fn meta(&self) -> &'static RuleMeta;

    /// Which records this rule needs to see. The engine keeps only wanted records in memory, so
    /// answer narrowly and cheaply (e.g. "the owner's public posts with a clinical cue", "messages").
    fn wants(&self, _record: &Record, _analysis: &crate::detect::Analysis) -> bool {
        true
    }

    fn check_all(&self, records: &[&Record], cx: &Context, out: &mut Vec<Finding>);
}

/// The registry: every rule, in code order.
pub struct Registry {
    pub rules: Vec<Box<dyn Rule>>,
    pub cross: Vec<Box<dyn CrossRule>>,
}

impl Registry {
    pub fn all() -> Registry {
        let mut rules: Vec<Box<dyn Rule>> = Vec::new();
        let mut cross: Vec<Box<dyn CrossRule>> = Vec::new();
        rules.extend(location::rules());
        rules.extend(advertising::rules());
        rules.extend(conflict_of_interest::rules());
        rules.extend(misleading::rules());
        rules.extend(prescribing::rules());
        rules.extend(conduct::rules());
        rules.extend(confidentiality::rules());
        cross.extend(confidentiality::cross_rules());
        rules.extend(boundaries::rules());
        cross.extend(boundaries::cross_rules());
        cross.extend(identity::cross_rules());
        rules.extend(identity::rules());
        rules.extend(raising_concerns::rules());
        rules.extend(location_text::rules());
        rules.extend(watch::rules());
        let mut reg = Registry { rules, cross };
        reg.rules.sort_by_key(|r| r.meta().code);
        reg.cross.sort_by_key(|r| r.meta().code);
        reg
    }

    /// Metadata of every rule, per-record and cross-record, in code order.
    pub fn metas(&self) -> Vec<&'static RuleMeta> {
        let mut m: Vec<_> = self
            .rules
            .iter()
            .map(|r| r.meta())
            .chain(self.cross.iter().map(|r| r.meta()))
            .collect();
        m.sort_by_key(|m| m.code);
        m
    }

    pub fn find(&self, code: &str) -> Option<&'static RuleMeta> {
        self.metas()
            .into_iter()
            .find(|m| m.code.eq_ignore_ascii_case(code) || m.name.eq_ignore_ascii_case(code))
    }

    /// Keep only rules selected by `select` (empty = all) and not named by `ignore`; entries are codes,
    /// code prefixes (`CONF`) or category names.
    pub fn filter(&mut self, select: &[String], ignore: &[String]) {
        let matches = |m: &RuleMeta, sel: &str| {
            let sel = sel.trim();
            m.code.eq_ignore_ascii_case(sel)
                || (sel.len() >= 2
                    && m.code
                        .to_ascii_uppercase()
                        .starts_with(&sel.to_ascii_uppercase()))
                || m.category.as_str().eq_ignore_ascii_case(sel)
        };
        let keep = |m: &RuleMeta| {
            (select.is_empty() || select.iter().any(|s| matches(m, s)))
                && !ignore.iter().any(|s| matches(m, s))
        };
        self.rules.retain(|r| keep(r.meta()));
        self.cross.retain(|r| keep(r.meta()));
    }
}

/// The text `hindsight rules CODE` prints: the four doc sections and the guidance quoted.
pub fn explain(m: &RuleMeta) -> String {
    let mut s = format!("{} ({}) — {}\n", m.code, m.name, m.summary);
    s += &format!(
        "category: {}   default severity: {}   confidence: {:.2}\n\n",
        m.category, m.severity, m.confidence
    );
    for (title, body) in [
        ("What it finds", m.what_it_finds),
        ("Why it matters", m.why_it_matters),
        ("Example", m.example),
        ("How to fix", m.how_to_fix),
    ] {
        s += &format!("## {title}\n{}\n\n", wrap(body, 100));
    }
    s += "## Guidance\n";
    for g in m.guidance {
        s += &format!("{}\n", g.label());
        if let Some(q) = g.quote() {
            s += &format!("{}\n", wrap(&format!("> {q}"), 100));
        }
    }
    s
}

/// Collapse the whitespace of a doc string and wrap it at `width` columns.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            out += &line;
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line += word;
    }
    out + &line
}

/// The rule catalogue as JSON (`hindsight rules --json`), mirrored by `schemas/rules.schema.json`.
pub fn catalogue_json(reg: &Registry) -> serde_json::Result<String> {
    let rules: Vec<serde_json::Value> = reg
        .metas()
        .into_iter()
        .map(|m| {
            serde_json::json!({
                "code": m.code,
                "name": m.name,
                "category": m.category,
                "severity": m.severity,
                "confidence": m.confidence,
                "summary": m.summary,
                "guidance": m.guidance,
                "what_it_finds": m.what_it_finds,
                "why_it_matters": m.why_it_matters,
                "example": m.example,
                "how_to_fix": m.how_to_fix,
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({ "rules": rules })).map(|s| s + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_fully_declared_and_codes_are_unique() {
        let reg = Registry::all();
        let metas = reg.metas();
        let mut codes: Vec<_> = metas.iter().map(|m| m.code).collect();
        codes.dedup();
        assert_eq!(codes.len(), metas.len(), "duplicate rule codes");
        for m in metas {
            assert!(!m.guidance.is_empty(), "{} cites no guidance", m.code);
            for doc in [
                m.what_it_finds,
                m.why_it_matters,
                m.example,
                m.how_to_fix,
                m.summary,
            ] {
                assert!(doc.len() > 20, "{} has a missing doc section", m.code);
            }
            assert!((0.0..=1.0).contains(&m.confidence));
        }
    }

    #[test]
    fn evidence_converts_byte_offsets_to_char_offsets() {
        let text = "né 943 476 5919";
        let start = text.find('9').unwrap();
        let e = Evidence::from_bytes(text, start, text.len(), "nhs_number");
        assert_eq!((e.start, e.end, e.text.as_str()), (3, 15, "943 476 5919"));
    }

    #[test]
    fn excerpt_cuts_on_chars() {
        assert_eq!(excerpt("a  b\nc", 10), "a b c");
        assert_eq!(excerpt("ééééé", 3), "éé…");
    }
}

/// Helpers for the rule modules' unit tests: a record of a given shape, and one rule's findings on it.
#[cfg(test)]
pub(crate) mod testing {
    use super::{AccountFacts, Context, Finding, Rule};
    use crate::model::{Audience, Kind, Platform, Provenance, Record};

    /// A record with this shape and text and nothing else.
    pub fn record(platform: Platform, kind: Kind, audience: Audience, text: &str) -> Record {
        let source = Provenance {
            input: "test".into(),
            entry: "unit".into(),
            index: 0,
        };
        let mut r = Record::new(platform, kind, Some("t1".into()), source);
        r.text = text.to_string();
        r.audience = audience;
        r
    }

    /// A record of the account holder's own, with this shape and text.
    pub fn owned(platform: Platform, kind: Kind, audience: Audience, text: &str) -> Record {
        let mut r = record(platform, kind, audience, text);
        r.author = crate::model::Author::owner();
        r
    }

    /// What `rule` finds on `r`, with no account facts.
    pub fn findings(rule: &dyn Rule, r: &Record) -> Vec<Finding> {
        let account = AccountFacts::default();
        let mut out = Vec::new();
        rule.check(r, &Context::new(&account), &mut out);
        out
    }

    /// A public post of `kind` on X.
    pub fn public(kind: Kind, text: &str) -> Record {
        record(Platform::Twitter, kind, Audience::Public, text)
    }
}
