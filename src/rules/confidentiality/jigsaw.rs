//! CONF005: jigsaw identification — several posts that together identify one patient.
//!
//! MDU: "there is a risk of identification if the details in multiple posts can be pieced together to
//! form a clear picture of the patient"; GMC 2024 ¶19 / 2013 ¶13: the sum of information can identify.
//! A post that gives the ward, a later one the age and sex, a third the condition and the day: each is
//! vague, together they point at one person.
//!
//! The pass takes the owner's own broadcast posts that mention a patient (or follow one up: "update
//! on…", "remember the…"), reads their quasi-identifiers (ages, sex, conditions, places, memorable
//! details), and links two posts within six weeks when they share enough to be about the same person:
//! two shared specifics (same condition and same ward; same age and same occupation), or a follow-up
//! cue plus one shared specific. Linked posts form clusters; a cluster is reported when together it
//! holds at least three classes of quasi-identifier and more than any single post does. The finding
//! sits on the latest post and lists the others in `related`.

use super::story::{Individual, Story};
use crate::detect::{Analysis, Span, SpanKind};
use crate::model::{Kind, Record};
use crate::rules::guidance::{Guidance, GuidanceSource::*};
use crate::rules::verdict::{evidence, is_broadcast, quoted, reach, writer, Reach, Writer};
use crate::rules::{
    Action, ActionKind, Category, Context, CrossRule, Evidence, Finding, Related, RuleMeta,
    Severity,
};
use chrono::Duration;
use std::collections::{BTreeMap, BTreeSet};

pub struct Jigsaw;

static JIGSAW: RuleMeta = RuleMeta {
    code: "CONF005",
    name: "jigsaw-identification",
    category: Category::Confidentiality,
    severity: Severity::Medium,
    confidence: 0.6,
    summary: "Several of your posts together give enough details to identify one patient",
    guidance: &[
        Guidance::cite(Gmc2024, "19"),
        Guidance::cite(Gmc2013, "13"),
        Guidance::cite(Gmc2024, "18"),
        Guidance::cite(Mdu, "DO respect patient confidentiality"),
    ],
    what_it_finds: "Groups of your own posts within about six weeks of each other that appear to be \
        about the same patient — they share an age, a condition, a ward or hospital, or a memorable \
        detail, or a later post follows up an earlier one (\"update on the lady from last week\") — and \
        that together carry at least three kinds of identifying detail (time, age/sex, place, condition, \
        circumstances, name), more than any one of them alone. The finding is on the latest post and \
        lists the others.",
    why_it_matters: "Each post may be harmless alone, but \"the sum of information shared could be \
        enough for a patient or someone close to them to recognise and identify their case\" (GMC 2024 \
        ¶19). Followers, colleagues and local readers piece posts together.",
    example: "Monday: \"Hoping my 34F teacher pulls through\". Thursday: \"Update on my 34F: she's on \
        Ward 7B now\" (fires on Thursday's post, listing Monday's: age and sex, occupation and ward \
        together). Two posts about a 34F with asthma and a 67M with a stroke (do not).",
    how_to_fix: "Delete the follow-up posts, or edit them so that no post repeats the age, place, \
        condition or circumstances of an earlier one. Avoid serial updates about one patient.",
};

/// Quasi-identifier classes, as bits.
const TIME: u8 = 1;
const AGE: u8 = 2;
const PLACE: u8 = 4;
const CONDITION: u8 = 8;
const HOOK: u8 = 16;
const NAME: u8 = 32;

struct Piece<'r> {
    record: &'r Record,
    at: chrono::NaiveDateTime,
    classes: u8,
    ages: BTreeSet<u32>,
    sexes: BTreeSet<char>,
    conditions: BTreeSet<String>,
    places: BTreeSet<String>,
    hooks: BTreeSet<String>,
    continuation: bool,
    spans: Vec<Span>,
}

fn norm(s: &str) -> String {
    s.to_lowercase()
        .replace('’', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn sex_of(text: &str) -> Option<char> {
    let t = text.to_lowercase();
    let female = [
        "woman", "lady", "girl", "female", "mum", "mother", "daughter", "wife", "gran", "nan",
        "her ",
    ];
    let male = [
        "man", "gent", "boy", "male", "lad", "dad", "father", "son", "husband", "guy", "chap",
        "bloke", "his ",
    ];
    if text.ends_with('F') || female.iter().any(|w| t.contains(w)) {
        Some('F')
    } else if text.ends_with('M') || male.iter().any(|w| t.contains(w)) {
        Some('M')
    } else {
        None
    }
}

fn piece<'r>(r: &'r Record, a: &Analysis) -> Option<Piece<'r>> {
    let at = r.timestamp?.at;
    let text = &r.text;
    let story = Story::of(text, a);
    let continuation = a.has(SpanKind::Continuation);
    if story.individual == Individual::None && !(continuation && story.score > 0.0) {
        return None;
    }
    if story.fictional() {
        return None;
    }
    let mut classes = 0u8;
    let mut spans = Vec::new();
    let mut take = |bit: u8, v: &[Span], spans: &mut Vec<Span>| {
        if !v.is_empty() {
            classes |= bit;
            spans.extend(v.iter().copied());
        }
    };
    take(TIME, &story.time, &mut spans);
    take(AGE, &story.age, &mut spans);
    take(PLACE, &story.place, &mut spans);
    take(CONDITION, &story.condition, &mut spans);
    take(HOOK, &story.hook, &mut spans);
    take(NAME, &story.direct, &mut spans);
    let ages = story
        .age
        .iter()
        .filter_map(|s| {
            s.text(text)
                .chars()
                .filter(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .ok()
        })
        .collect();
    let sexes = story
        .age
        .iter()
        .chain(story.individual_spans.iter())
        .filter_map(|s| sex_of(s.text(text)))
        .collect();
    let set = |v: &[Span]| -> BTreeSet<String> { v.iter().map(|s| norm(s.text(text))).collect() };
    Some(Piece {
        record: r,
        at,
        classes,
        ages,
        sexes,
        conditions: set(&story.condition),
        places: set(&story.place),
        hooks: set(&story.hook),
        continuation,
        spans,
    })
}

impl Piece<'_> {
    /// The features another post must share to be linked with this one.
    fn keys(&self) -> Vec<String> {
        let mut k: Vec<String> = self.ages.iter().map(|a| format!("age:{a}")).collect();
        k.extend(self.conditions.iter().map(|c| format!("condition:{c}")));
        k.extend(self.places.iter().map(|p| format!("place:{p}")));
        k.extend(self.hooks.iter().map(|h| format!("detail:{h}")));
        k
    }
}

/// How strongly two pieces look like the same patient, and what they share.
fn link(a: &Piece, b: &Piece) -> (f64, Vec<String>) {
    let mut score = 0.0;
    let mut shared = Vec::new();
    if let Some(age) = a.ages.intersection(&b.ages).next() {
        score += 1.0;
        shared.push(format!("age {age}"));
        if !a.sexes.is_disjoint(&b.sexes) {
            score += 0.25;
        }
    }
    if !a.sexes.is_empty() && !b.sexes.is_empty() && a.sexes.is_disjoint(&b.sexes) {
        return (0.0, Vec::new()); // different sexes: different patients
    }
    for (mine, theirs, label) in [
        (&a.conditions, &b.conditions, "condition"),
        (&a.places, &b.places, "place"),
        (&a.hooks, &b.hooks, "detail"),
    ] {
        if let Some(x) = mine.intersection(theirs).next() {
            score += 1.0;
            shared.push(format!("{label} “{x}”"));
        }
    }
    let later = if a.at >= b.at { a } else { b };
    if later.continuation && score >= 1.0 {
        score += 1.0;
        shared.push("a follow-up".to_string());
    }
    (score, shared)
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

impl CrossRule for Jigsaw {
    fn meta(&self) -> &'static RuleMeta {
        &JIGSAW
    }

    fn wants(&self, r: &Record, a: &Analysis) -> bool {
        writer(r) == Writer::Owner
            && is_broadcast(r)
            && r.kind != Kind::Profile
            && r.timestamp.is_some()
            && a.has_any(&[
                SpanKind::PatientRef,
                SpanKind::AgeSex,
                SpanKind::Age,
                SpanKind::PersonRef,
                SpanKind::Continuation,
                SpanKind::PatientInitials,
                SpanKind::TitledName,
            ])
    }

    fn check_all(&self, records: &[&Record], cx: &Context, out: &mut Vec<Finding>) {
        let mut pieces: Vec<Piece> = Vec::new();
        for (i, r) in records.iter().enumerate() {
            if writer(r) != Writer::Owner || !is_broadcast(r) || r.kind == Kind::Profile {
                continue;
            }
            if r.timestamp.is_none() {
                continue;
            }
            let a = cx.analysis_at(i, r);
            if !a.has_any(&[
                SpanKind::PatientRef,
                SpanKind::AgeSex,
                SpanKind::Age,
                SpanKind::PersonRef,
                SpanKind::Continuation,
                SpanKind::PatientInitials,
                SpanKind::TitledName,
            ]) {
                continue;
            }
            if let Some(p) = piece(r, &a) {
                pieces.push(p);
            }
        }
        pieces.sort_by(|a, b| (a.at, &a.record.id).cmp(&(b.at, &b.record.id)));
        let n = pieces.len();
        let mut parent: Vec<usize> = (0..n).collect();
        let mut shared_by: Vec<Vec<String>> = vec![Vec::new(); n];
        let window = Duration::days(42);
        // Only posts that share a feature can link, so look for partners through a feature index,
        // newest first, at most `PER_KEY` per feature (bounded work on very long histories).
        const PER_KEY: usize = 64;
        let mut by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for j in 0..n {
            let keys = pieces[j].keys();
            let mut partners: BTreeSet<usize> = BTreeSet::new();
            for k in &keys {
                if let Some(list) = by_key.get(k) {
                    for &i in list.iter().rev().take(PER_KEY) {
                        if pieces[j].at - pieces[i].at > window {
                            break;
                        }
                        partners.insert(i);
                    }
                }
            }
            for i in partners {
                let (score, shared) = link(&pieces[i], &pieces[j]);
                if score >= 2.0 {
                    let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                    parent[ri.max(rj)] = ri.min(rj);
                    shared_by[j].extend(shared);
                }
            }
            for k in keys {
                by_key.entry(k).or_default().push(j);
            }
        }
        let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..n {
            let root = find(&mut parent, i);
            clusters.entry(root).or_default().push(i);
        }
        for members in clusters.values().filter(|m| m.len() >= 2) {
            let union = members.iter().fold(0u8, |acc, &i| acc | pieces[i].classes);
            let best_single = members
                .iter()
                .map(|&i| pieces[i].classes.count_ones())
                .max()
                .unwrap_or(0);
            if union.count_ones() < 3 || union.count_ones() <= best_single {
                continue;
            }
            let Some(&last) = members.last() else {
                continue;
            };
            let target = &pieces[last];
            let r = target.record;
            let mut shared: Vec<String> = members
                .iter()
                .flat_map(|&i| shared_by[i].iter().cloned())
                .collect();
            shared.sort();
            shared.dedup();
            let mut ev = evidence(&r.text, &target.spans);
            for &i in members.iter().filter(|&&i| i != last) {
                let p = &pieces[i];
                let details = quoted(p.spans.iter().map(|s| s.text(&p.record.text)), 4);
                ev.push(Evidence::metadata(
                    format!(
                        "{} {}: {details}",
                        p.record.platform,
                        p.at.format("%Y-%m-%d")
                    ),
                    "jigsaw_related_post",
                ));
            }
            let link_text = quoted(shared.iter().map(String::as_str), 4);
            let mut f = Finding::new(
                &JIGSAW,
                r,
                format!(
                    "with {} earlier post{} (linked by {link_text}) describes one patient",
                    members.len() - 1,
                    if members.len() == 2 { "" } else { "s" }
                ),
                ev,
                Action::new(ActionKind::Edit, ""),
            );
            f.related = members
                .iter()
                .filter(|&&i| i != last)
                .map(|&i| Related::of(pieces[i].record))
                .collect();
            f.severity =
                if reach(r) == Reach::Public && (union.count_ones() >= 4 || union & NAME != 0) {
                    Severity::High
                } else {
                    Severity::Medium
                };
            f.confidence = (0.5 + 0.08 * f64::from(union.count_ones())).min(0.85);
            let removable = quoted(target.spans.iter().map(|s| s.text(&r.text)), 5);
            f.action = Action::new(
                ActionKind::Edit,
                format!(
                    "Read this post with the {} listed: together they identify one patient. Delete the follow-ups or remove {removable} from this one.",
                    if members.len() == 2 { "earlier post" } else { "earlier posts" }
                ),
            );
            f.finalise();
            out.push(f);
        }
    }
}
