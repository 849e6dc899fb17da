//! Watch terms: names the adviser already knows matter (`--watch FILE`).
//!
//! An adviser handling a complaint knows the complainant's or patient's name; the member may have
//! written it anywhere, in any spelling of case, and others may have written it to them. So WATCH001
//! flags every record in which a watched term occurs as a whole word, whoever wrote it, in its text,
//! author, chat title, media captions or place name. The rule carries the confidentiality category
//! because a known patient's name is the commonest reason to watch for a term (GMC 2024 ¶18, ¶20).
//!
//! File format: one term per line; blank lines and lines starting with `#` are ignored; surrounding
//! whitespace is trimmed. Terms are matched case-insensitively (ASCII and Unicode simple folding via
//! lower-casing) on word boundaries with one Aho-Corasick automaton.

use super::guidance::{Guidance, GuidanceSource::*};
use super::verdict::{quoted, reach, Reach};
use super::{Action, ActionKind, Category, Context, Evidence, Finding, Rule, RuleMeta, Severity};
use crate::detect::text::{boundary_after, boundary_before};
use crate::model::Record;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use anyhow::Context as _;
use std::path::Path;
use std::sync::LazyLock;

/// The compiled watch list. Empty by default.
#[derive(Debug, Clone, Default)]
pub struct WatchList {
    terms: Vec<String>,
    automaton: Option<AhoCorasick>,
}

static NONE: LazyLock<WatchList> = LazyLock::new(WatchList::default);

/// A watched term found in a string: byte range and the term as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WatchHit {
    pub start: usize,
    pub end: usize,
    pub term: String,
}

impl WatchList {
    /// The empty list, for contexts built without one.
    pub fn none() -> &'static WatchList {
        &NONE
    }

    /// Build from terms (blank ones dropped, duplicates ignored case-insensitively).
    pub fn new<I: IntoIterator<Item = S>, S: AsRef<str>>(terms: I) -> WatchList {
        let mut list: Vec<String> = terms
            .into_iter()
            .map(|t| t.as_ref().trim().to_string())
            .filter(|t| !t.is_empty())
            .collect();
        list.sort_by_key(|t| t.to_lowercase());
        list.dedup_by_key(|t| t.to_lowercase());
        if list.is_empty() {
            return WatchList::default();
        }
        let lowered: Vec<String> = list.iter().map(|t| t.to_lowercase()).collect();
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&lowered)
            .ok();
        WatchList {
            terms: list,
            automaton,
        }
    }

    /// Parse the file format (see the module docs).
    pub fn parse(content: &str) -> WatchList {
        WatchList::new(
            content
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#')),
        )
    }

    /// Read a watch file; the error names the file and what to do.
    pub fn load(path: &Path) -> anyhow::Result<WatchList> {
        let bytes = std::fs::read(path).with_context(|| {
            format!(
                "cannot read the --watch file {}: check the path (one term per line, # for comments)",
                path.display()
            )
        })?;
        let text = String::from_utf8_lossy(&bytes);
        let list = WatchList::parse(text.trim_start_matches('\u{feff}'));
        if list.is_empty() {
            anyhow::bail!(
                "the --watch file {} lists no terms (one term per line, # for comments)",
                path.display()
            );
        }
        Ok(list)
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Whole-word occurrences in `s`. Non-ASCII letters are matched after lower-casing `s` when that
    /// keeps byte offsets (the usual case); otherwise only ASCII case is folded.
    pub fn find(&self, s: &str) -> Vec<WatchHit> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let lowered = s.to_lowercase();
        let haystack = if lowered.len() == s.len() {
            lowered.as_str()
        } else {
            s
        };
        ac.find_iter(haystack)
            .filter(|m| boundary_before(s, m.start()) && boundary_after(s, m.end()))
            .filter(|m| s.is_char_boundary(m.start()) && s.is_char_boundary(m.end()))
            .map(|m| WatchHit {
                start: m.start(),
                end: m.end(),
                term: self
                    .terms
                    .get(m.pattern().as_usize())
                    .cloned()
                    .unwrap_or_default(),
            })
            .collect()
    }
}

pub fn rules() -> Vec<Box<dyn Rule>> {
    vec![Box::new(WatchedTerm)]
}

/// WATCH001: a term from `--watch FILE` appears in a record.
pub struct WatchedTerm;

static WATCHED_TERM: RuleMeta = RuleMeta {
    code: "WATCH001",
    name: "watched-term",
    category: Category::Confidentiality,
    severity: Severity::High,
    confidence: 0.9,
    summary: "A term from your --watch list (a patient's or complainant's name) appears",
    guidance: &[
        Guidance::cite(Gmc2024, "18"),
        Guidance::cite(Gmc2024, "20"),
        Guidance::cite(Gmp2024, "88"),
    ],
    what_it_finds: "Every record that contains a term listed in the file given to `--watch`, as a whole \
        word and in any case: in the text, the author's name or handle, the chat or group title, media \
        captions and place names. It fires on other people's messages too, because an adviser needs to \
        see every place a known name appears.",
    why_it_matters: "When a complaint or claim names a patient, every mention of that person in the \
        member's archive matters: a post or message about them is a potential disclosure of \
        identifiable information without consent (GMC 2024 ¶18, ¶20; GMP ¶88).",
    example: "With `Doris Example` in the watch file, \"Doris Example in bay 4 is asking for you\" in a \
        WhatsApp group fires, whoever wrote it; \"Doris\" alone does not.",
    how_to_fix: "Read each record in context. Delete your own posts and messages that discuss the \
        person; for messages from others, consider deleting the chat and tell your adviser where the name \
        appears.",
};

impl Rule for WatchedTerm {
    fn meta(&self) -> &'static RuleMeta {
        &WATCHED_TERM
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        let watch = cx.watch;
        if watch.is_empty() {
            return;
        }
        let mut terms: Vec<String> = Vec::new();
        let mut evidence: Vec<Evidence> = Vec::new();
        for h in watch.find(&r.text) {
            evidence.push(Evidence::from_bytes(
                &r.text,
                h.start,
                h.end,
                "watched_term",
            ));
            terms.push(h.term);
        }
        let mut places: Vec<(&str, &str)> = vec![
            ("author name", r.author.name.as_deref().unwrap_or("")),
            ("author handle", r.author.handle.as_deref().unwrap_or("")),
            ("chat or group", r.context.as_deref().unwrap_or("")),
            (
                "place",
                r.location
                    .as_ref()
                    .and_then(|l| l.name.as_deref())
                    .unwrap_or(""),
            ),
        ];
        places.extend(
            r.media
                .iter()
                .filter_map(|m| m.description.as_deref())
                .map(|d| ("media caption", d)),
        );
        for (label, value) in places {
            let hits = watch.find(value);
            if let Some(h) = hits.first() {
                evidence.push(Evidence::metadata(
                    format!("{label}: {value}"),
                    format!("watched_term_in_{}", label.replace(' ', "_")),
                ));
                terms.push(h.term.clone());
            }
        }
        if evidence.is_empty() {
            return;
        }
        terms.sort();
        terms.dedup();
        let shown = quoted(terms.iter().map(String::as_str), 4);
        let owner = r.author.is_owner();
        let action = if owner {
            let kind = if r.kind.is_message() {
                "message"
            } else {
                r.kind.as_str()
            };
            Action::new(
                ActionKind::Edit,
                format!("This {kind} mentions {shown} from your watch list: delete it, or remove the name and every detail about that person."),
            )
        } else {
            Action::new(
                ActionKind::Review,
                format!("{shown} from your watch list appears in content written by someone else; review it with your adviser and consider deleting the conversation."),
            )
        };
        let mut f = Finding::new(
            &WATCHED_TERM,
            r,
            format!("mentions {shown} from the watch list"),
            evidence,
            action,
        );
        if !owner && reach(r) == Reach::Private {
            f.confidence = 0.8;
        }
        f.finalise();
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_comments_and_blank_lines() {
        let w = WatchList::parse("# names\nDoris Example\n\n  jo bloggs  \n#x\ndoris example\n");
        assert_eq!(w.terms(), ["Doris Example", "jo bloggs"]);
    }

    #[test]
    fn matches_whole_words_in_any_case() {
        let w = WatchList::parse("Doris Example\nJo");
        let hits = w.find("saw DORIS EXAMPLE and Joanne; jo.");
        let terms: Vec<_> = hits.iter().map(|h| h.term.as_str()).collect();
        assert_eq!(terms, ["Doris Example", "Jo"]);
        assert!(w.find("Dorisexample").is_empty());
    }

    #[test]
    fn missing_or_empty_files_are_clear_errors() {
        let e = WatchList::load(Path::new("/no/such/watch.txt")).unwrap_err();
        assert!(format!("{e:#}").contains("/no/such/watch.txt"));
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("w.txt");
        std::fs::write(&p, "# only a comment\n").unwrap();
        assert!(format!("{:#}", WatchList::load(&p).unwrap_err()).contains("lists no terms"));
    }

    #[test]
    fn non_ascii_terms_fold_case() {
        let w = WatchList::parse("Zoë Test");
        assert_eq!(w.find("met ZOË TEST today").len(), 1);
    }
}
