//! Identity: health commentary from an account that claims medical authority without naming the
//! doctor.
//!
//! GMC 2013 ¶17: "If you identify yourself as a doctor in publicly accessible social media, you should
//! also identify yourself by name." GMC 2024 ¶8: if you comment on health or healthcare you "should
//! usually say who you are", and ¶9 / 2013 ¶18: anonymous content can usually be traced back. The MDDUS
//! case of an "A&E doc in the south of England" shows an anonymous handle is no protection.
//!
//! Judged per platform account, over its history:
//! - IDN001: the profile (bio, display name or handle) claims medical authority ("GP", "consultant",
//!   "MBBS", "NHS doc", 🩺) but names no one, and the account posts health commentary. One
//!   account-level finding on the profile, action `name_in_bio`, with sample posts in `related`.
//! - IDN003: a post that says itself that a doctor is writing anonymously ("throwaway because I'm a
//!   GP", "anon NHS consultant here") and comments on health — judged on the post alone, whatever the
//!   profile says, because the post itself withholds the name.
//! - IDN002: where no profile was exported, posts that invoke medical authority ("as a GP…", "doctor
//!   here") on health topics from an account whose author name is not a person's full name.

use super::guidance::{Guidance, GuidanceSource::*};
use super::verdict::{evidence, is_broadcast, quoted, reach, writer, Reach, Writer};
use super::{
    Action, ActionKind, Category, Context, CrossRule, Evidence, Finding, Related, RuleMeta,
    Severity,
};
use crate::detect::stance::negated_before;
use crate::detect::{Analysis, Span, SpanKind};
use crate::model::{Audience, Kind, Platform, Record};
use std::collections::BTreeMap;
use std::sync::LazyLock;

use SpanKind as K;

pub fn cross_rules() -> Vec<Box<dyn CrossRule>> {
    vec![Box::new(UnnamedAuthority), Box::new(AnonymousInvocation)]
}

pub fn rules() -> Vec<Box<dyn super::Rule>> {
    vec![Box::new(DeclaredAnonymous)]
}

const IDENTITY_GUIDANCE: &[Guidance] = &[
    Guidance::cite(Gmc2024, "8"),
    Guidance::cite(Gmc2024, "9"),
    Guidance::cite(Gmc2013, "17"),
    Guidance::cite(Gmc2013, "18"),
];

/// Claims that only say "doctor" in the loosest sense; with a negation (PhD, "not a doctor") they
/// do not count.
#[rustfmt::skip]
const WEAK_CLAIMS: &[&str] = &[
    "doctor", "doctors", "dr", "dr.", "doc", "medic", "physician", "#medtwitter",
];

/// Words in a display name that are not a person's name.
#[rustfmt::skip]
const NOT_NAME_WORDS: &[&str] = &[
    "the", "a", "an", "of", "and", "nhs", "gp", "dr", "dr.", "doc", "doctor", "medic", "md", "mbbs",
    "emergency", "junior", "senior", "a&e", "ed", "er", "icu", "itu", "surgeon", "consultant",
    "registrar", "physician", "anaesthetist", "psychiatrist", "paediatrician", "nurse", "uk",
    "official", "life", "tales", "diaries", "diary", "rants", "musings", "ramblings", "secret",
    "anon", "anonymous", "grumpy", "tired", "angry", "sleepy", "cynical", "weary", "jaded",
    "masked", "mystery", "incognito", "medicine", "medical", "health", "healthcare", "clinic",
    "hospital", "practice", "surgery", "ward", "night", "shift", "on", "call", "oncall", "rural",
    "urban", "city", "london", "north", "south", "east", "west", "scotland", "wales", "england",
    "ireland", "coffee", "tea", "running", "mum", "dad", "daddy", "mummy", "mama", "papa", "just",
    "another", "random", "happy", "sad", "real", "fake", "your", "my", "friendly", "neighbourhood",
    "local", "doctoring", "medicating", "writes", "says", "talks", "thinks", "in", "at", "from",
    "with", "🩺", "⚕️",
    // Brand words: "Dr Glow", "Dr Skin", "The Gut Doc" name a product line, not a person.
    // Words that are also surnames (Bright, Bloom, Sweet) are left out.
    "glow", "glowing", "skin", "skincare", "smile", "smiles", "beauty", "derm", "derma", "lips",
    "botox", "aesthetics", "aesthetic", "wellness", "fit", "fitness", "gut", "guts", "hormone",
    "hormones", "sleep", "brain", "body", "bunny", "sunshine", "sparkle", "radiance", "radiant",
    "youth", "youthful", "ageless", "detox", "vegan", "keto", "nutrition", "mind", "lifestyle",
    "longevity", "holistic", "flawless", "lashes", "brows", "curves", "slim", "muscle", "sugar",
    "bump", "kids", "teen", "science", "facts", "myth", "myths", "truth", "truths",
    // The organs and hours a pseudonym is made of: "The Kidney Reg", "The Midnight Reg".
    "sho", "spr", "fy1", "fy2", "f1", "f2", "houseman", "kidney", "kidneys", "heart",
    "hearts", "bone", "bones", "lung", "lungs", "liver", "blood", "nerve", "nerves", "midnight",
    "twilight", "weekend", "locum", "rota", "renal", "cardio", "ortho", "neuro", "psych", "paeds",
    "obs", "gyn", "gynae", "anaesthetics", "gas", "bleep", "pager", "scrubs",
];

/// Pseudonym words that say the name is hidden, not just the tone of the account.
const HIDING_PSEUDONYM: &[&str] = &[
    "secret",
    "anon",
    "masked",
    "unnamed",
    "nameless",
    "incognito",
    "mystery",
    "undercover",
];

fn profile_name(r: &Record) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(n) = &r.author.name {
        parts.push(n);
    }
    for key in [
        "name",
        "display_name",
        "full_name",
        "fullName",
        "displayName",
    ] {
        if let Some(v) = r.attributes.get(key) {
            parts.push(v);
        }
    }
    parts.join(" · ")
}

/// Split a handle into words: `@TheSecretGP` → the, secret, gp; `dr_jane_smith` → dr, jane, smith.
fn handle_words(handle: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in handle.trim_start_matches('@').chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// Spans of medical-authority claims in `text`, unless a negation makes them loose.
fn claims(text: &str, a: &Analysis) -> Vec<Span> {
    let spans: Vec<Span> = a.of_kind(K::AuthorityClaim).copied().collect();
    if spans.is_empty() {
        return spans;
    }
    let strong = spans
        .iter()
        .any(|s| !WEAK_CLAIMS.contains(&s.text(text).to_lowercase().as_str()));
    if a.has(K::AuthorityNegation) && !strong {
        return Vec::new();
    }
    spans
}

/// True when `text` (a display name or bio) contains a person's full name.
pub fn names_a_person(text: &str) -> bool {
    let a = Analysis::of_text(text);
    if a.has(K::PersonName) {
        return true;
    }
    if a.of_kinds(&[K::ColleagueName, K::TitledName]).any(|s| {
        let words: Vec<&str> = s.text(text).split_whitespace().skip(1).collect();
        !words.is_empty()
            && words.iter().all(|w| {
                w.chars().count() >= 2
                    && w.chars().any(char::is_lowercase)
                    && !NOT_NAME_WORDS.contains(&w.to_lowercase().trim_end_matches('.'))
            })
    }) {
        return true;
    }
    // Two capitalised words in a row that are not title, role or pseudonym words.
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '/' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|pair| {
        // "Reg" is a forename first ("Reg Holloway") and a grade last ("The Kidney Reg").
        if pair[1]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .eq_ignore_ascii_case("reg")
        {
            return false;
        }
        pair.iter().all(|w| {
            let l = w.to_lowercase();
            let clean = l.trim_matches(|c: char| !c.is_alphabetic() && c != '\'' && c != '-');
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
                && clean.len() >= 2
                && !NOT_NAME_WORDS.contains(&clean)
                && !Analysis::of_text(w).has_any(&[
                    K::Pseudonym,
                    K::AuthorityClaim,
                    K::HealthTopic,
                    K::Occupation,
                ])
        })
    })
}

/// A negation before `start` within the same part of a bio: "no sponsored posts | anon" is two
/// statements, and the "no" of the first does not deny the second.
fn negated_in_segment(bio: &str, start: usize) -> bool {
    let from = bio
        .get(..start)
        .and_then(|head| head.rfind(['|', '·', '•', '/', '\n']))
        .map_or(0, |i| i + 1);
    bio.get(from..)
        .is_some_and(|segment| negated_before(segment, start - from))
}

/// What a bio says about the account beyond the claim: declared anonymity ("anon", "throwaway",
/// "not my real name") or an offer of health answers ("DMs open for questions", "health advice").
/// The handle counts too (`ICU_throwaway_UK`).
fn bio_self_description(bio: &str, a: &Analysis, name: &str, handle: &str) -> Vec<Span> {
    let mut v: Vec<Span> = a
        .of_kinds(&[K::AnonymityDeclared, K::AdviceOffer])
        .filter(|s| !negated_in_segment(bio, s.start as usize))
        .copied()
        .collect();
    if v.is_empty() {
        let mut extra = format!("{name} {}", handle_words(handle).join(" "));
        for token in bio.split_whitespace() {
            if token.starts_with('@') || token.starts_with("u/") {
                extra.push(' ');
                extra.push_str(&handle_words(token.trim_start_matches("u/")).join(" "));
            }
        }
        let ea = Analysis::of_text(&extra);
        if ea.has_any(&[K::AnonymityDeclared, K::AdviceOffer]) {
            // Shown as the claim spans; the metadata evidence names the handle.
            v.extend(a.of_kind(K::AuthorityClaim).take(1).copied());
        }
    }
    v
}

/// Where a doctor works rather than what they comment on: not health commentary by itself.
#[rustfmt::skip]
const WORKPLACE_TOPICS: &[&str] = &[
    "nhs", "hospital", "clinic", "gp", "surgery", "a&e", "healthcare", "health care", "patients",
    "patient", "medical", "clinical", "medicine", "health",
];

/// Health subjects a bio says the account comments on ("vaccines, antibiotics and sepsis"): two or
/// more, outside the authority claim and beyond workplace words. One subject ("GP with an interest
/// in dermatology") is a job description, not commentary.
fn bio_health_subjects(bio: &str, a: &Analysis, claims: &[Span]) -> Vec<Span> {
    let subjects: Vec<Span> = a
        .of_kind(K::HealthTopic)
        .filter(|s| {
            !claims.iter().any(|c| c.start < s.end && s.start < c.end)
                && !WORKPLACE_TOPICS.contains(&s.text(bio).to_lowercase().as_str())
        })
        .copied()
        .collect();
    if subjects.len() >= 2 {
        subjects
    } else {
        Vec::new()
    }
}

/// What one platform account says about itself.
struct Account<'r> {
    profile: Option<(usize, &'r Record)>,
    /// Public posts of any kind handed to the rule, to tell "no posts exported" from "posts, none
    /// about health" (with [`AccountFacts::public_post_platforms`](super::AccountFacts)).
    public_posts: usize,
    invoking_posts: Vec<(usize, &'r Record, Vec<Span>)>,
}

fn health_commentary(a: &Analysis) -> bool {
    let topics = a.count(K::HealthTopic);
    a.has_any(&[K::Condition, K::AuthorityInvocation]) && topics >= 1 || topics >= 2
}

/// The owner's own public post (not a repost) that comments on health: what IDN001 counts.
pub fn public_health_post(r: &Record, a: &Analysis) -> bool {
    writer(r) == Writer::Owner
        && r.kind != Kind::Profile
        && is_broadcast(r)
        && r.kind != Kind::Repost
        && reach(r) == Reach::Public
        && health_commentary(a)
}

/// Posts shown as related on an IDN001 finding.
const HEALTH_POST_SAMPLE: usize = 5;

/// The owner's public health posts on one platform: how many (each record id once) and the first
/// few by id, which IDN001 cites. Gathered while records stream past, so a decade of posts is
/// counted without being kept.
#[derive(Debug, Default, Clone)]
pub struct HealthPosts {
    pub count: usize,
    pub sample: Vec<Related>,
}

/// Counts [`public_health_post`]s per platform; tallies from parallel readers merge into the same
/// result whatever the order.
#[derive(Debug, Default)]
pub struct HealthTally {
    per_platform: BTreeMap<Platform, (Vec<u64>, Vec<Related>)>,
}

/// A stable 64-bit key for a record id (a copy of a record in a second input has the same id).
fn id_key(id: &str) -> u64 {
    let digest = blake3::hash(id.as_bytes());
    let mut b = [0u8; 8];
    b.copy_from_slice(&digest.as_bytes()[..8]);
    u64::from_le_bytes(b)
}

fn keep_first_by_id(sample: &mut Vec<Related>, more: impl IntoIterator<Item = Related>) {
    sample.extend(more);
    sample.sort_by(|a, b| a.id.cmp(&b.id));
    sample.dedup_by(|b, a| a.id == b.id);
    sample.truncate(HEALTH_POST_SAMPLE);
}

impl HealthTally {
    /// Count `r` if it is a public health post of the owner's.
    pub fn add(&mut self, r: &Record, a: &Analysis) {
        if public_health_post(r, a) {
            self.add_counted(r);
        }
    }

    /// Count `r`, already known to be a [`public_health_post`].
    pub fn add_counted(&mut self, r: &Record) {
        let (ids, sample) = self.per_platform.entry(r.platform).or_default();
        ids.push(id_key(&r.id));
        let earlier =
            sample.len() < HEALTH_POST_SAMPLE || sample.last().is_some_and(|last| r.id < last.id);
        if earlier {
            keep_first_by_id(sample, [Related::of(r)]);
        }
    }

    pub fn merge(&mut self, other: HealthTally) {
        for (platform, (ids, sample)) in other.per_platform {
            let (mine, my_sample) = self.per_platform.entry(platform).or_default();
            mine.extend(ids);
            keep_first_by_id(my_sample, sample);
        }
    }

    pub fn finish(self) -> BTreeMap<Platform, HealthPosts> {
        self.per_platform
            .into_iter()
            .map(|(platform, (mut ids, sample))| {
                ids.sort_unstable();
                ids.dedup();
                let count = ids.len();
                (platform, HealthPosts { count, sample })
            })
            .collect()
    }
}

fn accounts<'r>(records: &[&'r Record], cx: &Context) -> BTreeMap<Platform, Account<'r>> {
    let mut map: BTreeMap<Platform, Account> = BTreeMap::new();
    for (i, r) in records.iter().enumerate() {
        if writer(r) != Writer::Owner {
            continue;
        }
        let acc = map.entry(r.platform).or_insert(Account {
            profile: None,
            public_posts: 0,
            invoking_posts: Vec::new(),
        });
        if r.kind == Kind::Profile {
            let newer = acc
                .profile
                .is_none_or(|(_, p)| (p.timestamp, &p.id) < (r.timestamp, &r.id));
            if newer {
                acc.profile = Some((i, r));
            }
            continue;
        }
        if !is_broadcast(r) || r.kind == Kind::Repost || reach(r) != Reach::Public {
            continue;
        }
        acc.public_posts += 1;
        let a = cx.analysis_at(i, r);
        if health_commentary(&a) {
            let inv: Vec<Span> = a.of_kind(K::AuthorityInvocation).copied().collect();
            if !inv.is_empty() {
                acc.invoking_posts.push((i, r, inv));
            }
        }
    }
    map
}

// ---------------------------------------------------------------------------------------------
/// IDN001: a profile claims medical authority but names no one, and the account posts health
/// commentary.
pub struct UnnamedAuthority;

static UNNAMED_AUTHORITY: RuleMeta = RuleMeta {
    code: "IDN001",
    name: "unnamed-medical-authority",
    category: Category::Identity,
    severity: Severity::Medium,
    confidence: 0.75,
    summary: "Your profile presents you as a doctor but does not name you, and you post about health",
    guidance: IDENTITY_GUIDANCE,
    what_it_finds: "Accounts whose profile — bio, display name or handle — claims medical authority \
        (\"doctor\", \"GP\", \"consultant\", \"MBBS\", \"NHS doc\", 🩺, \"@TheSecretGP\") but contains no \
        person's full name, while the account publicly posts health commentary. \"PhD\", \"not a \
        doctor\" or \"Doctor Who\" cancel a bare \"Dr\"/\"doctor\". Judged once per platform account; \
        sample health posts are listed as related.",
    why_it_matters: "The GMC expects doctors who identify as doctors in publicly accessible social \
        media to identify themselves by name (2013 ¶17), and those commenting on health to usually say \
        who they are (2024 ¶8). Material from self-described doctors is taken on trust, and anonymous \
        accounts can usually be traced anyway (2024 ¶9).",
    example: "Bio \"Grumpy NHS GP 🩺 views my own\", display name \"The Secret GP\", posting about \
        vaccines (fires). Bio \"Dr Jane Example, GP in Leeds\" (does not).",
    how_to_fix: "Add your name (and that you are a doctor) to the bio or display name, or stop \
        presenting the account as a doctor's.",
};

impl CrossRule for UnnamedAuthority {
    fn meta(&self) -> &'static RuleMeta {
        &UNNAMED_AUTHORITY
    }

    /// Only profiles: whether the account posts in public at all, and how many of its posts
    /// discuss health, come from the account facts, so a decade of tweets is not kept for this rule.
    fn wants(&self, r: &Record, _a: &Analysis) -> bool {
        writer(r) == Writer::Owner && r.kind == Kind::Profile
    }

    fn check_all(&self, records: &[&Record], cx: &Context, out: &mut Vec<Finding>) {
        for (platform, acc) in accounts(records, cx) {
            let Some((pi, profile)) = acc.profile else {
                continue;
            };
            let a = cx.analysis_at(pi, profile);
            let name = profile_name(profile);
            let name_a = Analysis::of_text(&name);
            let bio_claims = claims(&profile.text, &a);
            let name_claims = claims(&name, &name_a);
            let handle = profile.author.handle.clone().unwrap_or_default();
            let handle_claim = handle_words(&handle).iter().any(|w| {
                matches!(
                    w.as_str(),
                    "dr" | "doc"
                        | "doctor"
                        | "gp"
                        | "medic"
                        | "md"
                        | "surgeon"
                        | "consultant"
                        | "registrar"
                        | "nhsdoc"
                        | "anaesthetist"
                        | "psych"
                        | "paeds"
                )
            });
            if bio_claims.is_empty() && name_claims.is_empty() && !handle_claim {
                continue;
            }
            // "Anonymous sports doc • Premier League medical dept": a bio that says it is anonymous
            // is not named by two capitalised words in it, only by a name itself.
            let hiding = a
                .of_kind(K::AnonymityDeclared)
                .any(|s| !negated_in_segment(&profile.text, s.start as usize));
            let named = names_a_person(&name)
                || if hiding {
                    a.has(K::PersonName)
                } else {
                    names_a_person(&profile.text)
                };
            if named {
                continue;
            }
            // Without health posts in the export, the bio must say the rest itself: that the
            // account is anonymous on purpose, or that it offers health answers.
            // An account whose exported posts are all off-health needs a bio that is health
            // commentary itself (an offer of answers), not just an anonymous one.
            let mut self_described = bio_self_description(&profile.text, &a, &name, &handle);
            if acc.public_posts > 0 || cx.account().public_post_platforms.contains(&platform) {
                self_described.retain(|s| s.kind == K::AdviceOffer);
            } else if self_described.is_empty() {
                // No posts exported: a bio that is health commentary itself ("tweets about
                // vaccines, antibiotics and sepsis") says what the account is for.
                self_described = bio_health_subjects(&profile.text, &a, &bio_claims);
            }
            let health = cx.account().health_posts.get(&platform);
            let health_count = health.map_or(0, |h| h.count);
            if health_count == 0 && self_described.is_empty() {
                continue;
            }
            let mut ev = evidence(
                &profile.text,
                bio_claims.iter().chain(self_described.iter()),
            );
            if !name.is_empty() {
                ev.push(Evidence::metadata(
                    format!("display name: {name}"),
                    if name_claims.is_empty() {
                        "display_name"
                    } else {
                        "authority_claim_in_name"
                    },
                ));
            }
            if handle_claim {
                ev.push(Evidence::metadata(
                    format!("handle: {handle}"),
                    "authority_claim_in_handle",
                ));
            }
            let said = quoted(
                bio_claims
                    .iter()
                    .map(|s| s.text(&profile.text))
                    .chain(name_claims.iter().map(|s| s.text(&name))),
                3,
            );
            let commentary = if health_count == 0 {
                format!(
                    "and the bio says {}",
                    quoted(self_described.iter().map(|s| s.text(&profile.text)), 2)
                )
            } else {
                format!(
                    "and {} public post{} discuss health",
                    health_count,
                    if health_count == 1 { "" } else { "s" }
                )
            };
            let mut f = Finding::new(
                &UNNAMED_AUTHORITY,
                profile,
                format!(
                    "the {} profile presents you as a doctor{} without naming you, {commentary}",
                    platform.display_name(),
                    if said.is_empty() { String::new() } else { format!(" ({said})") },
                ),
                ev,
                Action::new(
                    ActionKind::NameInBio,
                    format!("Add your name to your {} bio or display name (e.g. \"Dr Firstname Lastname, GP\"), or stop presenting the account as a doctor's.", platform.display_name()),
                ),
            );
            f.related = health.map(|h| h.sample.clone()).unwrap_or_default();
            if health_count <= 1 {
                f.confidence = 0.6;
            }
            f.finalise();
            out.push(f);
        }
    }
}

// ---------------------------------------------------------------------------------------------
/// IDN002: posts that invoke medical authority from an account with no exported profile and no
/// full name.
pub struct AnonymousInvocation;

static ANONYMOUS_INVOCATION: RuleMeta = RuleMeta {
    code: "IDN002",
    name: "anonymous-authority-in-posts",
    category: Category::Identity,
    severity: Severity::Low,
    confidence: 0.55,
    summary: "A post speaks \"as a doctor\" on health from an account that does not show your name",
    guidance: IDENTITY_GUIDANCE,
    what_it_finds: "Public posts that invoke medical authority (\"as a GP…\", \"doctor here\", \"trust \
        me, I'm a doctor\", \"in my clinical opinion\") while commenting on health, on a platform whose \
        export has no profile and whose author name is not a person's full name. Where a profile is \
        exported, IDN001 judges the account instead.",
    why_it_matters: "Claims made as a doctor are taken on trust and may be read as the profession's view \
        (GMC 2013 ¶17); if you comment on health you should usually say who you are (2024 ¶8).",
    example: "\"As a GP, I'd never give my kids that vaccine\" from the account \"gp_anon\" (fires).",
    how_to_fix: "Name yourself on the account, or don't present posts as a doctor's advice.",
};

impl CrossRule for AnonymousInvocation {
    fn meta(&self) -> &'static RuleMeta {
        &ANONYMOUS_INVOCATION
    }

    /// Profiles (to know which platforms have one) and health posts that speak as a doctor.
    fn wants(&self, r: &Record, a: &Analysis) -> bool {
        writer(r) == Writer::Owner
            && (r.kind == Kind::Profile
                || (a.has(K::AuthorityInvocation) && public_health_post(r, a)))
    }

    fn check_all(&self, records: &[&Record], cx: &Context, out: &mut Vec<Finding>) {
        let account_names: Vec<&String> = cx.account().owner_names.iter().collect();
        if account_names.iter().any(|n| names_a_person(n)) {
            return;
        }
        for (_, acc) in accounts(records, cx) {
            if acc.profile.is_some() {
                continue;
            }
            for (_, r, inv) in &acc.invoking_posts {
                let author = r
                    .author
                    .name
                    .clone()
                    .or_else(|| r.author.handle.clone())
                    .unwrap_or_default();
                if author.is_empty() || names_a_person(&author) {
                    continue;
                }
                let said = quoted(inv.iter().map(|s| s.text(&r.text)), 2);
                let mut f = Finding::new(
                    &ANONYMOUS_INVOCATION,
                    r,
                    format!("speaks as a doctor ({said}) on health from the account \"{author}\", which does not name you"),
                    evidence(&r.text, inv),
                    Action::new(
                        ActionKind::NameInBio,
                        format!("Name yourself on the {} account, or remove {said} from this post.", r.platform.display_name()),
                    ),
                );
                f.finalise();
                out.push(f);
            }
        }
    }
}

/// "…from a hospice doctor", "as a doctor", "I'm a doctor": a loose claim the writer makes of
/// themselves, which counts beside anonymity declared anywhere in the post.
static SELF_AS_DOCTOR: LazyLock<crate::detect::gate::Regex> = LazyLock::new(|| {
    crate::detect::phrases::regex(
        r"(?i)\b(?:(?:from|as|i[’']?m|i\s+am)\s+an?\s+(?:\w+\s+)?|(?:i[’']?m|i\s+am)\s+the\s+(?:club\s+|team\s+|squad\s+|\w+\s+)?)(?:doctor|doc|medic|physician)$",
    )
});

/// "A real UK hospital doctor tells you what your GP won't 👀 I keep this account faceless": a loose
/// claim to be a doctor counts when the same sentence keeps the name back.
fn same_sentence(text: &str, claim: &Span, anon: &[Span]) -> bool {
    let (s, e) = crate::detect::phrases::sentence_around(text, claim.start as usize);
    anon.iter()
        .any(|x| x.start as usize >= s && x.end as usize <= e)
}

// ---------------------------------------------------------------------------------------------
/// IDN003: a post in which a self-declared anonymous doctor comments on health.
pub struct DeclaredAnonymous;

static DECLARED_ANONYMOUS: RuleMeta = RuleMeta {
    code: "IDN003",
    name: "self-declared-anonymous-doctor",
    category: Category::Identity,
    severity: Severity::Medium,
    confidence: 0.7,
    summary: "A post says a doctor is writing anonymously and comments on health",
    guidance: IDENTITY_GUIDANCE,
    what_it_finds: "Your public posts, replies and videos that claim medical authority (\"I'm a GP\", \
        \"NHS consultant here\", \"as an ED reg\") and say in the same post that you are not giving \
        your name (\"throwaway\", \"anon\", \"staying anonymous\", \"face blurred\"), while commenting \
        on health or offering answers. \"Not a doctor\" and other negations cancel the claim; posts \
        that are not about health do not fire.",
    why_it_matters: "Material from self-described doctors is taken on trust and may be read as the \
        profession's view, so the GMC expects a doctor who identifies as one to give their name (2013 \
        ¶17; 2024 ¶8). Anonymous content can usually be traced back (2024 ¶9; 2013 ¶18).",
    example: "\"Throwaway because I'm a GP: most of you don't need your statins\" (fires). \"I'm a GP \
        and I'm writing under my own name: here's why statins matter\" (does not).",
    how_to_fix: "Post health commentary under your own name, or remove the claim to be a doctor from \
        anonymous posts.",
};

impl super::Rule for DeclaredAnonymous {
    fn meta(&self) -> &'static RuleMeta {
        &DECLARED_ANONYMOUS
    }

    fn check(&self, r: &Record, cx: &Context, out: &mut Vec<Finding>) {
        // A group open to anyone (a public Telegram group, a channel) is an audience like any other.
        let open_group = || {
            reach(r) == Reach::Group
                && (r.audience == Audience::Public
                    || crate::detect::audience::open_group(&r.text, r.context.as_deref()))
        };
        if r.kind == Kind::Profile
            || r.kind == Kind::Repost
            || !(is_broadcast(r) || open_group())
            || writer(r) != Writer::Owner
        {
            return;
        }
        let a = cx.analysis(r);
        if !a.has_any(&[K::AnonymityDeclared, K::Pseudonym]) {
            return;
        }
        // "(and no, I won't be saying which practice)": a refusal to name oneself is already
        // negative, so an earlier "no" does not cancel it.
        let refusal = |s: &Span| {
            let t = s.text(&r.text).to_lowercase();
            [
                "won't", "won’t", "not ", "no ", "don't", "don’t", "can't", "can’t", "cannot",
            ]
            .iter()
            .any(|n| t.starts_with(n))
        };
        let mut anon: Vec<Span> = a
            .of_kind(K::AnonymityDeclared)
            .filter(|s| refusal(s) || !negated_before(&r.text, s.start as usize))
            .copied()
            .collect();
        // "The Secret Surgeon here": a hiding pseudonym worn by the claim itself ("a day in the life
        // of a GP trainee" is a genre, not a mask).
        anon.extend(a.of_kind(K::Pseudonym).filter(|p| {
            let t = p.text(&r.text).to_lowercase();
            HIDING_PSEUDONYM.iter().any(|h| t.contains(h))
                && a.of_kind(K::AuthorityClaim)
                    .any(|c| c.start >= p.end && c.start <= p.end + 1)
        }));
        let mut claimed: Vec<Span> = a.of_kind(K::AuthorityInvocation).copied().collect();
        claimed.extend(claims(&r.text, &a).into_iter().filter(|s| {
            !WEAK_CLAIMS.contains(&s.text(&r.text).to_lowercase().as_str())
                || a.near(K::AnonymityDeclared, s.start as usize, 24, 24)
                    .is_some()
                || same_sentence(&r.text, s, &anon)
                || r.text
                    .get(..s.end as usize)
                    .is_some_and(|upto| SELF_AS_DOCTOR.is_match(upto))
        }));
        // "Her oncologist has offered chemo", "my GP said": someone's doctor, not the writer.
        claimed.retain(|s| {
            !crate::detect::text::word_before_is(
                &r.text,
                s.start as usize,
                &["her", "his", "their", "your", "my", "mum's", "dad's", "our"],
            )
        });
        if anon.is_empty()
            || claimed.is_empty()
            || a.has(K::AuthorityNegation) && claims(&r.text, &a).is_empty()
        {
            return;
        }
        // "I'm a GP": the title is a health word, but not a health subject.
        let topic_beyond_the_claim = a
            .of_kind(K::HealthTopic)
            .any(|t| !claimed.iter().any(|c| c.start <= t.start && t.end <= c.end));
        let health = a.has_any(&[
            K::AdviceOffer,
            K::Advice,
            K::Condition,
            K::Dose,
            K::ClinicalImage,
        ]) || topic_beyond_the_claim
            || crate::detect::claims::has_health_subject(&r.text);
        if !health {
            return;
        }
        claimed.sort();
        let said = quoted(
            claimed.iter().chain(anon.iter()).map(|s| s.text(&r.text)),
            3,
        );
        let mut f = Finding::new(
            &DECLARED_ANONYMOUS,
            r,
            format!("writes as an anonymous doctor ({said}) about health"),
            evidence(&r.text, claimed.iter().chain(anon.iter())),
            Action::new(
                ActionKind::Edit,
                format!(
                    "Post this under your own name, or remove the claim to be a doctor ({said})."
                ),
            ),
        );
        f.finalise();
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_told_from_pseudonyms() {
        for named in [
            "Jane Smith",
            "Dr Priyanka Raman",
            "Dr Raman",
            "Tom O'Neill MBBS",
            "Consultant cardiologist | Aoife Byrne",
        ] {
            assert!(names_a_person(named), "{named}");
        }
        for anon in [
            "Dr J",
            "Dr Anon",
            "The Secret GP",
            "Grumpy Medic",
            "Emergency Doc 🩺",
            "NHS Doc",
            "dr_anon",
            "Tired Junior Doctor",
            "A&E Doc",
            "Medical Doctor | Health Coach | Helping busy professionals",
            "Dr Glow ✨ UK doctor",
            "Dr Skin | aesthetics",
            "The Gut Doc",
        ] {
            assert!(!names_a_person(anon), "{anon}");
        }
    }

    #[test]
    fn a_bio_negation_stays_in_its_own_part() {
        let bio = "skin doc | skincare science, no sponsored posts | anon";
        assert!(!negated_in_segment(bio, bio.find("anon").unwrap()));
        let denied = "skin doc | not anon, it's me";
        assert!(negated_in_segment(denied, denied.find("anon").unwrap()));
    }

    fn public_post(id: &str, text: &str) -> Record {
        use crate::model::{Audience, Author, Provenance};
        let source = Provenance {
            input: "x.zip".into(),
            entry: "data/tweets.js".into(),
            index: 0,
        };
        let mut r = Record::new(Platform::Twitter, Kind::Post, Some(id.into()), source);
        r.author = Author::owner();
        r.audience = Audience::Public;
        r.text = text.into();
        r
    }

    #[test]
    fn health_posts_are_counted_once_and_sampled_by_id_whatever_the_order() {
        let health = "As a GP I see so much asthma and diabetes made worse by vaping";
        let posts: Vec<Record> = (0..9)
            .map(|i| public_post(&format!("{}", 20 - i), health))
            .collect();
        let off_topic = public_post("1", "Parkrun PB this morning");
        let tally_of = |records: &[&Record]| {
            let mut t = HealthTally::default();
            for r in records {
                t.add(r, &Analysis::of(r));
            }
            t
        };
        // Two readers, one of which saw a copy of two posts again (a second copy of the archive).
        let first: Vec<&Record> = posts[..5].iter().chain([&off_topic]).collect();
        let second: Vec<&Record> = posts[3..].iter().collect();
        let mut a = tally_of(&first);
        a.merge(tally_of(&second));
        let mut b = tally_of(&second);
        b.merge(tally_of(&first));
        for merged in [a.finish(), b.finish()] {
            let x = merged.get(&Platform::Twitter).expect("health posts on X");
            assert_eq!(x.count, 9);
            let ids: Vec<&str> = x.sample.iter().map(|r| r.id.as_str()).collect();
            assert_eq!(
                ids,
                [
                    "twitter:12",
                    "twitter:13",
                    "twitter:14",
                    "twitter:15",
                    "twitter:16"
                ]
            );
        }
    }

    #[test]
    fn a_bio_that_names_health_subjects_is_commentary_and_a_job_title_is_not() {
        let subjects = |bio: &str| {
            let a = Analysis::of_text(bio);
            bio_health_subjects(bio, &a, &claims(bio, &a)).len()
        };
        assert!(subjects("Junior doctor. Threads on vaccines, antibiotics and sepsis.") >= 2);
        assert_eq!(
            subjects("Anaesthetist at an NHS hospital. Cyclist. Dad."),
            0
        );
    }

    #[test]
    fn handles_split_into_words() {
        assert_eq!(handle_words("@TheSecretGP"), ["the", "secret", "gp"]);
        assert_eq!(handle_words("dr_jane_smith"), ["dr", "jane", "smith"]);
    }

    #[test]
    fn a_loose_claim_counts_beside_a_name_kept_back_in_the_same_sentence() {
        for t in [
            "POV: a doctor who will never show her face tells you the truth about the pill 💊 anon for a reason",
            "I can't tell you who I am or where I work, but as a practising UK GP let me explain why you should basically never take antibiotics for a sore throat",
        ] {
            assert!(declared_anonymous(t), "{t}");
        }
        for t in [
            "Doctor Who is back tonight and I'm staying anonymous in the group chat so nobody spoils it",
            "As a doctor I love that the staff survey is anonymous. Fill it in!",
        ] {
            assert!(!declared_anonymous(t), "{t}");
        }
    }

    fn declared_anonymous(text: &str) -> bool {
        let r = crate::rules::testing::owned(
            crate::model::Platform::Reddit,
            Kind::Post,
            crate::model::Audience::Public,
            text,
        );
        !crate::rules::testing::findings(&DeclaredAnonymous, &r).is_empty()
    }

    #[test]
    fn a_name_withheld_in_so_many_words() {
        assert!(declared_anonymous(
            "As an NHS GP (can't say my name, you know why) I'm telling you: a headache with a rash needs 999"
        ));
        assert!(!declared_anonymous(
            "Dr Ana Silva, GP. Can't say which practice on here but a headache with a rash needs 999"
        ));
    }

    #[test]
    fn an_alt_a_face_not_shown_and_health_said_in_any_words() {
        for t in [
            "Posting from my alt because my trust's comms team lurk on the main: speaking as a consultant microbiologist, stop asking for antibiotics for sinusitis.",
            "I won't show my face or tell you my name, but I've been a fertility consultant for fifteen years, and today I'm telling you what clinics won't about their success rates.",
            "as a consultant dermatologist who has to stay anonymous for obvious reasons: most of those 'clean' skincare brands are doing more harm than good",
            "Bariatric surgeon here, throwaway for obvious reasons. Don't let anyone talk you into a sleeve before you've tried everything else - half the complications I see come from rushed decisions.",
            "Psychiatrist here, on an alt for obvious reasons. Please don't stop quetiapine cold turkey, rebound insomnia and nausea are grim.",
            "Using an alt for this since I'm a derm reg in the NHS and would rather my trust didn't see it. PSA: those cheap microneedling pens are causing infections and scarring.",
        ] {
            assert!(declared_anonymous(t), "{t}");
        }
        for t in [
            "Throwaway because my in-laws use this sub. I'm a GP and honestly just need to vent about my wedding seating plan.",
            "I won't show my face at the practice Christmas party after last year, as a GP I have standards",
        ] {
            assert!(!declared_anonymous(t), "{t}");
        }
    }

    #[test]
    fn leaving_out_where_you_live_is_not_writing_anonymously() {
        assert!(!declared_anonymous(
            "A day in my life as a GP 🩺 filmed with the practice's permission, no patients on camera, and I've left out where I live for obvious reasons 😅"
        ));
    }

    #[test]
    fn pseudonyms_worn_by_the_claim_and_refusals_to_say_where() {
        for t in [
            "Speaking as a GP partner of 20 years (and no, I won't be saying which practice): nine out of ten sinus infections clear on their own. Stop demanding antibiotics.",
            "The Secret Surgeon here. Loads of you asked about hernia mesh after last week's post, so short version",
            "Your doctor bestie here 🩺 cholesterol numbers are NOT the whole story, here's what I tell my own family about statins #anonymousdoctor",
            "The Masked Medic 🎭 Occupational physician explaining fit notes and phased returns. For professional reasons I don't show my face or use my name.",
        ] {
            assert!(declared_anonymous(t), "{t}");
        }
        for t in [
            "The Secret Garden at Kew is open late on Fridays, go and see it",
            "Day in the life of a GP trainee 🩺 (filmed at our practice with permission, no patients, practice name not shown)",
            "Throwaway because family read this sub. My mum is 85 with bowel cancer and her oncologist has offered chemo. I'm not medical at all, just want to hear from people who've been through this.",
            "Dr Amy Shaw, GP partner in Leeds: nine out of ten sinus infections clear on their own, and no, I won't be saying which pub I'm in tonight",
        ] {
            assert!(!declared_anonymous(t), "{t}");
        }
        assert!(!names_a_person("The Kidney Reg"));
        assert!(!names_a_person("The Midnight Reg"));
        assert!(names_a_person("Reg Holloway"));
    }

    #[test]
    fn anonymity_said_in_passing_with_a_grade_and_health_advice() {
        for t in [
            "From behind my pseudonym, as an actual psych trainee: magnesium doesn't cure anxiety, here's what the evidence supports",
            "Speaking as a GP (not saying where, sorry): chest tightness that comes on walking uphill is a same-day call",
            "nobody knows who runs this account. after 6 years on the cardiology reg rota: an ECG from a smartwatch is not a reason to ignore palpitations",
            "From the doc who runs this channel (no names, you know why): the new RSV jab for over-75s is worth having, here's what I'd tell my own patients about side effects",
        ] {
            assert!(declared_anonymous(t), "{t}");
        }
        for t in [
            "Not saying where we went for the Sunday roast, but the gravy was unreal",
            "No names, you know why, but the pub quiz team that beat us last night cheated",
            "Dr Sam Jones, GP in Leeds: chest tightness that comes on walking uphill is a same-day call",
        ] {
            assert!(!declared_anonymous(t), "{t}");
        }
    }

    #[test]
    fn a_name_kept_back_in_other_words_and_a_talk_that_names_no_one() {
        for t in [
            "Speaking as a consultant at the local trust who'd rather not be named, moving the stroke unit will cost lives",
            "junior doctor who can't use my name (you know why): please stop taking antibiotics for colds",
            "as a consultant colorectal surgeon most haemorrhoid ops are unnecessary. face blurred, name withheld",
        ] {
            assert!(declared_anonymous(t), "{t}");
        }
        assert!(!declared_anonymous("My talk on speaking up safely (Datix, FTSU, escalation). No war stories, no names, just what I wish I'd known as an F1."));
    }

    #[test]
    fn who_refused_outright_or_only_a_region_given() {
        for t in [
            "As a doctor (not telling you which one, nice try) I can confirm the new contract WILL kill patients",
            "People keep asking who I am. A GP in the Midlands, that's all you're getting 🙃 Anyway no, antibiotics don't help most chest infections",
            "A&E reg somewhere in the UK • dm me ur medical q's, no judgement 💊",
        ] {
            assert!(declared_anonymous(t), "{t}");
        }
        assert!(!declared_anonymous(
            "Not saying who won the practice quiz but the GP team may have cheated on the antibiotics round"
        ));
    }

    #[test]
    fn session_29_a_face_that_cannot_be_shown_and_a_loose_claim_made_of_oneself() {
        for t in [
            "POV: a real NHS dermatologist who can't show her face tells you which skincare actually works (retinol yes, collagen drinks no)",
            "5 signs death is close, from a hospice doctor. no. 3 surprises most families. (staying anonymous on here for obvious reasons) #hospice",
            "Speaking as a cardiology reg (staying pseudonymous on here, sorry): if your smartwatch flags it, don't panic but do get an ECG.",
        ] {
            assert!(declared_anonymous(t), "{t}");
        }
        for t in [
            "my mum can't show her face at the WI after the cake incident, as a doctor I'm staying out of it",
            "5 signs your dog is bored, from a dog trainer (staying anonymous on here for obvious reasons)",
            "Spoke to a hospice doctor today who was lovely. (staying anonymous on here for obvious reasons, my family read this)",
        ] {
            assert!(!declared_anonymous(t), "{t}");
        }
    }

    #[test]
    fn session_30_where_the_writer_works_withheld_and_policy_as_a_health_subject() {
        for t in [
            "UK hospital doctor here (not saying which, for obvious reasons). My honest take on the RSV jab in pregnancy",
            "Gender surgery on under-25s should be banned. I've seen the regret in theatre. a surgeon who can't tell you who they are 🤐",
            "As an A&E reg I can tell you minimum unit pricing has done nothing. Not putting my name to this for obvious reasons",
        ] {
            assert!(declared_anonymous(t), "{t}");
        }
        for t in [
            "Not saying which pub but the quiz was rigged, as a doctor I demand a recount",
            "As an A&E reg I can tell you the rota is a mess. Not putting my name to this for obvious reasons",
        ] {
            assert!(!declared_anonymous(t), "{t}");
        }
    }

    #[test]
    fn a_certifying_role_or_a_grade_with_the_name_and_workplace_withheld() {
        for t in [
            "As an AME of many years (not naming myself here, obvs): any cannabis use in the last 12 months is an automatic Class 1 disqualifier.",
            "As an A&E doctor (no I'm not saying who or where 😅) here's what I tell my own family: kid bangs their head and vomits more than once? Skip the GP, come straight to ED.",
        ] {
            assert!(declared_anonymous(t), "{t}");
        }
        assert!(!declared_anonymous(
            "As an AME of many years, Dr Priya Shah here: cannabis rules for pilots explained in my new video"
        ));
    }

    #[test]
    fn a_hiding_pseudonym_signed_under_a_health_take_is_anonymous() {
        assert!(declared_anonymous(
            "As a consultant I can tell you the superfood segment on This Morning today was dangerous nonsense. Fasting is fine. - The Secret Consultant"
        ));
        assert!(declared_anonymous(
            "As a consultant in a Welsh health board (no names, I like my job 🤐) I'd never give my own kids melatonin."
        ));
    }

    #[test]
    fn session_35_face_and_name_kept_back() {
        for t in [
            "Can't show my face or name cos of my sponsorship lol but as an NHS doctor here's what your 'normal' ferritin actually means",
            "Hi guys, as always I'm keeping my face and name hidden because of work, but as a UK anaesthetist let me walk you through what happens after you're put to sleep",
            "Retired island doctor here (no names, you'll understand why) answering your questions: do you need your statins once you hit 80?",
        ] {
            assert!(declared_anonymous(t), "{t}");
        }
        assert!(!declared_anonymous(
            "No names, you'll understand why, but the pub quiz team that beat us last night definitely cheated 😤"
        ));
    }

    #[test]
    fn session_37_the_main_account_kept_out_and_the_club_doctor() {
        for t in [
            "Not posting this on my main for obvious reasons, but I'm a gastro reg at a district general. If you're passing black tarry stools and feel faint, that's a bleed until proven otherwise: go to A&E.",
            "Throwaway because half the dressing room follows my main. I'm the doctor at a League Two club. A calf that swells and aches after a long flight is a DVT until someone scans it, not a strain.",
        ] {
            assert!(declared_anonymous(t), "{t}");
        }
        for t in [
            "Not posting this on my main because my mum follows it: I'm a GP and I've just booked a holiday to Crete, so excited.",
            "I'm the doctor at a League Two club and we won 3-0 on Saturday, what a day for the town.",
        ] {
            assert!(!declared_anonymous(t), "{t}");
        }
    }

    #[test]
    fn session_38_a_name_withheld_in_so_many_words() {
        let post = |t: &str| {
            let r = crate::rules::testing::owned(
                crate::model::Platform::Twitter,
                Kind::Post,
                crate::model::Audience::Public,
                t,
            );
            !crate::rules::testing::findings(&DeclaredAnonymous, &r).is_empty()
        };
        for t in [
            "I'm a UK doctor who does online consultations for one of the big telehealth firms. I won't say who I am or which company, but today I'm going through the red flags that mean you need a face-to-face appointment.",
            "Speaking as a registrar who won't be putting my name to this: a paracetamol overdose needs A&E.",
            "No name, no face, but yes I'm a UK doctor 😷 high BP is not a spiritual attack, take your tablets every day.",
            "From a max-fax surgeon who'd rather her patients didn't find her on here: warm salt water rinses after a wisdom tooth comes out.",
        ] {
            assert!(post(t), "{t}");
        }
        assert!(!post(
            "I'm a UK doctor and I won't say who I am to the press, but I'm happy to chat about my half marathon training here."
        ));
    }
}
