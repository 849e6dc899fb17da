//! LinkedIn "Get a copy of your data" exports (`Basic_/Complete_LinkedInDataExport_<date>.zip`).
//!
//! The export is a folder of CSV files whose names change case and spacing between years
//! (`Messages.csv` → `messages.csv`, `Ad Targeting.csv` → `Ad_Targeting.csv`) and whose encoding
//! changed too: 2018 files are UTF-16LE with a BOM, tab-separated, every field quoted; later ones
//! are UTF-8 CSV, sometimes with a BOM, and `Connections.csv` opens with a three-line notice. So every
//! file is recognised by its **header row** (found past any preamble), never by its name alone; a
//! renamed loose file is still read.
//!
//! What becomes a record, and why:
//! - `Shares.csv` — the doctor's own posts. `Visibility` gives the audience (`MEMBER_NETWORK` /
//!   `Connections` → followers, `PUBLIC` / `Public` → public). The URN inside `ShareLink` is the only
//!   stable id. The 2025 export wraps every line of a multi-line post in quotes inside the field
//!   (`line1"\n"line2`); that is repaired ([`repair_multiline`]).
//! - `Comments.csv` — comments on other people's posts; `Link` is the post.
//! - `messages.csv` (both eras) and `Invitations.csv` with a note — see the `messages` module.
//! - `Profile.csv` (headline + summary) and `Positions.csv` (declared roles and employers, which is
//!   what conflict-of-interest rules need) become profile records.
//! - `Recommendations_Given.csv` — public text the doctor wrote about someone else.
//! - Connections, skills, reactions, ad targeting, logins and the like are recognised and skipped
//!   with a reason: they hold no words of the doctor's own.

mod messages;

use super::csvutil::{self, has_all, norm, Naive, Row, Table};
use super::{Claim, Export, Probe, ReadStats, Role, Source};
use crate::input::Entry;
use crate::model::{Audience, Author, Kind, Media, Platform, Record};
use regex::Regex;
use std::sync::LazyLock;

pub struct Linkedin;

/// The kinds of LinkedIn file, as told by their header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LiFile {
    Shares,
    Comments,
    Messages,
    Invitations,
    Profile,
    ProfileSummary,
    Positions,
    RecommendationsGiven,
    Skip(&'static str),
}

/// Classify a header row (normal form). `name` is the lower-cased file name, used only where two
/// files share a header (recommendations given and received) or a header is too generic (`Name`).
fn classify(header: &[String], name: &str) -> Option<LiFile> {
    let h = header;
    let name_key = norm(name.trim_end_matches(".csv"));
    let file = if has_all(h, &["date", "sharelink", "sharecommentary"]) {
        LiFile::Shares
    } else if h.len() == 3 && has_all(h, &["date", "link", "message"]) {
        LiFile::Comments
    } else if h.len() == 3 && has_all(h, &["date", "type", "link"]) {
        LiFile::Skip("reactions: what you liked, no text of your own")
    } else if has_all(h, &["conversationid", "from", "to", "date", "content"])
        || has_all(
            h,
            &["from", "to", "date", "subject", "content", "direction"],
        )
    {
        LiFile::Messages
    } else if has_all(h, &["from", "to", "sentat", "direction"]) {
        LiFile::Invitations
    } else if has_all(h, &["firstname", "lastname", "headline"]) {
        LiFile::Profile
    } else if h.len() == 1
        && (h[0] == "profilesummary" || (h[0] == "summary" && name_key.contains("summary")))
    {
        LiFile::ProfileSummary
    } else if has_all(h, &["companyname", "title", "startedon"]) {
        LiFile::Positions
    } else if has_all(h, &["firstname", "lastname", "text", "status"]) {
        if name_key.contains("given") {
            LiFile::RecommendationsGiven
        } else {
            LiFile::Skip("recommendations others wrote about you")
        }
    } else if has_all(h, &["firstname", "lastname", "connectedon"]) {
        LiFile::Skip("connections list: contacts' names, no text of your own")
    } else if h.len() == 1 && h[0] == "name" && name_key.contains("skill") {
        LiFile::Skip("skills list")
    } else if has_all(h, &["schoolname", "degreename"]) {
        LiFile::Skip("education history")
    } else if has_all(h, &["endorsementdate", "skillname"]) {
        LiFile::Skip("endorsements")
    } else if has_all(h, &["emailaddress", "confirmed", "primary"]) {
        LiFile::Skip("account e-mail addresses")
    } else if has_all(h, &["extension", "number", "type"]) {
        LiFile::Skip("account phone numbers")
    } else if has_all(h, &["memberage"]) || name_key.contains("adtargeting") {
        LiFile::Skip("ad targeting data")
    } else {
        return None;
    };
    Some(file)
}

/// LinkedIn file names (normal form, without `.csv`) that hold no text of the doctor's own.
const SKIPPED_NAMES: [(&str, &str); 14] = [
    ("registration", "account registration"),
    ("richmedia", "rich media descriptions without post text"),
    ("companyfollows", "companies followed"),
    ("memberfollows", "members followed"),
    ("logins", "login history"),
    ("savedjobalerts", "job alerts"),
    ("jobapplications", "job applications"),
    ("savedjobs", "saved jobs"),
    ("searchqueries", "search history"),
    ("inferencesaboutyou", "LinkedIn's inferences"),
    ("adsclicked", "ads clicked"),
    ("learning", "courses viewed"),
    ("receiptsv2", "receipts"),
    ("causesyoucareabout", "causes list"),
];

fn classify_head(probe_head: &[u8], name: &str) -> Option<LiFile> {
    csvutil::head_rows(probe_head, csvutil::MAX_PREAMBLE_ROWS)
        .iter()
        .find_map(|row| classify(row, name))
}

impl Source for Linkedin {
    fn name(&self) -> &'static str {
        "linkedin"
    }

    fn platform(&self) -> Platform {
        Platform::Linkedin
    }

    fn detect(&self, probe: &Probe) -> Claim {
        let is_csv = probe.name.ends_with(".csv");
        let looks_text = !probe.head.is_empty()
            && (is_csv || !probe.head.contains(&0u8) || probe.head.starts_with(b"\xFF\xFE"));
        let other_format = [".json", ".js", ".html", ".htm", ".xml", ".car"]
            .iter()
            .any(|ext| probe.name.ends_with(ext));
        if !looks_text || other_format {
            return Claim::NOT_MINE;
        }
        let bonus = if probe.path.contains("linkedin") {
            5
        } else {
            0
        };
        match classify_head(probe.head, probe.name) {
            Some(LiFile::Skip(why)) => Claim::skipped(70 + bonus, why),
            Some(LiFile::Comments) => Claim::records(80 + bonus),
            Some(_) => Claim::records(85 + bonus),
            None if is_csv => {
                let key = norm(probe.name.trim_end_matches(".csv"));
                match SKIPPED_NAMES.iter().find(|(n, _)| *n == key) {
                    Some((_, why)) => Claim::skipped(40 + bonus, why),
                    None => Claim::NOT_MINE,
                }
            }
            None => Claim::NOT_MINE,
        }
    }

    fn read(&self, export: &Export, emit: &mut dyn FnMut(Record)) -> ReadStats {
        let mut stats = ReadStats::default();
        let mut files: Vec<(&Entry, LiFile, String)> = Vec::new();
        for entry in export.with_role(Role::Records) {
            let Some(text) = csvutil::read_text(entry, export.limits, &mut stats) else {
                continue;
            };
            let name = entry.file_name_lower();
            let kind = Table::open(&text, |h| classify(h, &name).is_some())
                .and_then(|t| classify(&t.header, &name));
            match kind {
                Some(k) => files.push((entry, k, text)),
                None => stats.failed(
                    entry,
                    "no LinkedIn header row found in the first rows; the file may be damaged — download the export again",
                ),
            }
        }
        // The profile comes first: its name tells which message sender is the account holder.
        let mut owner = Owner::default();
        for (entry, kind, text) in &files {
            if *kind == LiFile::Profile {
                read_profile(entry, text, &mut owner, &mut stats, emit);
            }
        }
        for (entry, kind, text) in &files {
            let table = Table::open(text, |h| {
                classify(h, &entry.file_name_lower()) == Some(*kind)
            });
            let Some(table) = table else { continue };
            match kind {
                LiFile::Shares => read_shares(entry, table, &owner, &mut stats, emit),
                LiFile::Comments => read_comments(entry, table, &owner, &mut stats, emit),
                LiFile::Messages => messages::read_messages(entry, text, &owner, &mut stats, emit),
                LiFile::Invitations => {
                    messages::read_invitations(entry, table, &owner, &mut stats, emit)
                }
                LiFile::ProfileSummary => read_summary(entry, table, &owner, emit),
                LiFile::Positions => read_positions(entry, table, &owner, emit),
                LiFile::RecommendationsGiven => {
                    read_recommendations(entry, table, &owner, &mut stats, emit)
                }
                LiFile::Profile | LiFile::Skip(_) => {}
            }
        }
        stats
    }
}

/// What the export says about its owner.
#[derive(Debug, Default, Clone)]
pub(crate) struct Owner {
    /// `First Last` from `Profile.csv`.
    pub name: Option<String>,
}

impl Owner {
    fn author(&self) -> Author {
        Author {
            name: self.name.clone(),
            ..Author::owner()
        }
    }
}

fn record(entry: &Entry, row: &Row, kind: Kind, native_id: Option<String>) -> Record {
    Record::new(
        Platform::Linkedin,
        kind,
        native_id,
        csvutil::provenance(entry, row.index),
    )
}

fn fill_entities(r: &mut Record) {
    csvutil::add_links(&mut r.links, &r.text);
    r.hashtags = csvutil::hashtags_in(&r.text);
}

static URN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"urn:li:[A-Za-z]+:[0-9A-Za-z_-]+").expect("urn pattern"));

/// The URN inside a LinkedIn feed link (`…/feed/update/urn%3Ali%3Ashare%3A123`).
pub(crate) fn urn_of(link: &str) -> Option<String> {
    URN.find(&csvutil::percent_decode(link))
        .map(|m| m.as_str().to_string())
}

/// Undo the 2025 export's multi-line mangling: after CSV unquoting each line of a post is wrapped
/// in quotes (`line1"\n"line2"\n""\n"line3`). Only applied when every line break is wrapped that
/// way, so a post that merely quotes something across lines is left alone.
pub fn repair_multiline(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let breaks = text.matches('\n').count();
    if breaks == 0 {
        return text;
    }
    let wrapped = text.match_indices('\n').all(|(i, _)| {
        text.as_bytes().get(i.wrapping_sub(1)) == Some(&b'"')
            && text.as_bytes().get(i + 1) == Some(&b'"')
    });
    if !wrapped {
        return text;
    }
    text.replace("\"\n\"", "\n")
        .lines()
        .map(|l| if l == "\"\"" { "" } else { l })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `Visibility` to audience: 2025 enum names and 2018 display names.
fn audience_of(visibility: Option<&str>) -> Audience {
    let Some(v) = visibility else {
        return Audience::Public;
    };
    match norm(v).as_str() {
        "public" | "anyone" | "loggedinmembers" | "loggedin" => Audience::Public,
        "membernetwork" | "connections" | "connectionsonly" | "network" => Audience::Followers,
        "container" | "group" | "groupmembers" => Audience::Group,
        _ => Audience::Unknown,
    }
}

fn read_shares(
    entry: &Entry,
    table: Table,
    owner: &Owner,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    table.rows(entry, stats, |row, stats| {
        let link = row.get(&["sharelink"]);
        let commentary = repair_multiline(row.raw(&["sharecommentary"]).trim());
        let title = row.get(&["sharetitle"]);
        let description = row.get(&["sharedescription"]);
        let shared = row.get(&["sharedurl"]);
        let media = row.get(&["mediaurl"]);
        let has_content =
            !commentary.trim().is_empty() || shared.is_some() || media.is_some() || title.is_some();
        let kind = if has_content {
            Kind::Post
        } else {
            Kind::Repost
        };
        let mut r = record(entry, row, kind, link.and_then(urn_of));
        r.timestamp = row
            .get(&["date"])
            .and_then(|d| csvutil::parse_time(d, Naive::Utc));
        if r.timestamp.is_none() && link.is_none() {
            stats.unparsed(
                entry,
                format!("share row {}: no date and no link", row.index + 1),
            );
            return;
        }
        r.author = owner.author();
        r.audience = audience_of(row.get(&["visibility"]));
        r.text = if commentary.trim().len() == commentary.len() {
            commentary
        } else {
            commentary.trim().to_string()
        };
        r.url = link.map(str::to_string);
        if let Some(s) = shared {
            r.links.push(s.to_string());
        }
        if let Some(m) = media {
            r.media.push(Media::new(m, csvutil::media_kind(m)));
        }
        for (key, value) in [
            ("visibility", row.get(&["visibility"])),
            ("share_title", title),
            ("share_description", description),
            ("share_type", row.get(&["type"])),
        ] {
            if let Some(v) = value {
                r.attributes.insert(key.to_string(), v.to_string());
            }
        }
        fill_entities(&mut r);
        emit(r);
    });
}

fn read_comments(
    entry: &Entry,
    table: Table,
    owner: &Owner,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    table.rows(entry, stats, |row, stats| {
        let Some(message) = row.get(&["message"]) else {
            stats.unparsed(
                entry,
                format!("comment row {}: empty message", row.index + 1),
            );
            return;
        };
        let link = row.get(&["link"]);
        let mut r = record(entry, row, Kind::Comment, None);
        r.timestamp = row
            .get(&["date"])
            .and_then(|d| csvutil::parse_time(d, Naive::Utc));
        r.author = owner.author();
        // Comments are shown to everyone who can see the post; LinkedIn posts default to public.
        r.audience = Audience::Public;
        r.text = message.to_string();
        r.url = link.map(str::to_string);
        r.thread = link.and_then(urn_of);
        r.reply_to = r.thread.clone();
        fill_entities(&mut r);
        emit(r);
    });
}

fn read_profile(
    entry: &Entry,
    text: &str,
    owner: &mut Owner,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    let Some(table) = Table::open(text, |h| has_all(h, &["firstname", "lastname", "headline"]))
    else {
        return;
    };
    table.rows(entry, stats, |row, _| {
        let name = [row.get(&["firstname"]), row.get(&["lastname"])]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        if !name.is_empty() && owner.name.is_none() {
            owner.name = Some(name);
        }
        let text = [row.get(&["headline"]), row.get(&["summary"])]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join("\n\n");
        let mut r = record(entry, row, Kind::Profile, None);
        r.author = owner.author();
        r.audience = Audience::Public;
        r.text = text;
        r.attributes
            .insert("profile_section".into(), "profile".into());
        for (key, cols) in [
            ("industry", &["industry"][..]),
            ("geo_location", &["geolocation"][..]),
        ] {
            if let Some(v) = row.get(cols) {
                r.attributes.insert(key.to_string(), v.to_string());
            }
        }
        for col in ["websites", "twitterhandles"] {
            if let Some(v) = row.get(&[col]) {
                csvutil::add_links(&mut r.links, v);
                r.attributes.insert(col.to_string(), v.to_string());
            }
        }
        fill_entities(&mut r);
        emit(r);
    });
}

fn read_summary(entry: &Entry, table: Table, owner: &Owner, emit: &mut dyn FnMut(Record)) {
    table.each(|row| {
        let Some(text) = row.at(0) else { return };
        let mut r = record(entry, row, Kind::Profile, None);
        r.author = owner.author();
        r.audience = Audience::Public;
        r.text = text.to_string();
        r.attributes
            .insert("profile_section".into(), "summary".into());
        fill_entities(&mut r);
        emit(r);
    });
}

/// Each position is a profile record: "Medical Director at Example Aesthetics Ltd" is exactly the
/// declared interest a promotion rule has to see.
fn read_positions(entry: &Entry, table: Table, owner: &Owner, emit: &mut dyn FnMut(Record)) {
    table.each(|row| {
        let title = row.get(&["title"]);
        let company = row.get(&["companyname"]);
        if title.is_none() && company.is_none() {
            return;
        }
        let headline = match (title, company) {
            (Some(t), Some(c)) => format!("{t} at {c}"),
            (Some(t), None) => t.to_string(),
            (None, Some(c)) => c.to_string(),
            (None, None) => String::new(),
        };
        let mut r = record(entry, row, Kind::Profile, None);
        r.author = owner.author();
        r.audience = Audience::Public;
        r.text = match row.get(&["description"]) {
            Some(d) => format!("{headline}\n{d}"),
            None => headline,
        };
        r.attributes
            .insert("profile_section".into(), "position".into());
        for (key, col) in [
            ("company", "companyname"),
            ("title", "title"),
            ("place", "location"),
            ("started_on", "startedon"),
            ("finished_on", "finishedon"),
        ] {
            if let Some(v) = row.get(&[col]) {
                r.attributes.insert(key.to_string(), v.trim().to_string());
            }
        }
        r.attributes.insert(
            "current".into(),
            row.get(&["finishedon"]).is_none().to_string(),
        );
        fill_entities(&mut r);
        emit(r);
    });
}

fn read_recommendations(
    entry: &Entry,
    table: Table,
    owner: &Owner,
    stats: &mut ReadStats,
    emit: &mut dyn FnMut(Record),
) {
    table.rows(entry, stats, |row, stats| {
        let Some(text) = row.get(&["text"]) else {
            stats.unparsed(
                entry,
                format!("recommendation row {}: no text", row.index + 1),
            );
            return;
        };
        let whom = [row.get(&["firstname"]), row.get(&["lastname"])]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        let mut r = record(entry, row, Kind::Post, None);
        r.timestamp = row
            .get(&["creationdate", "date"])
            .and_then(|d| csvutil::parse_time(d, Naive::Local));
        r.author = owner.author();
        r.audience = Audience::Public;
        r.text = text.to_string();
        r.context = Some(format!("Recommendation for {whom}"));
        if let Some(s) = row.get(&["status"]) {
            r.attributes.insert("status".into(), s.to_string());
        }
        r.attributes.insert("recommendation".into(), "given".into());
        fill_entities(&mut r);
        emit(r);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repairs_the_2025_multiline_mangling() {
        let mangled = "First line.\"\n\"\"\n\"Second \"quoted\" line\"\n\"Third";
        assert_eq!(
            repair_multiline(mangled),
            "First line.\n\nSecond \"quoted\" line\nThird"
        );
        let genuine = "He said \"stop\"\nand left";
        assert_eq!(repair_multiline(genuine), genuine);
        assert_eq!(repair_multiline("one line"), "one line");
    }

    #[test]
    fn urns_come_out_of_feed_links() {
        assert_eq!(
            urn_of("https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345821826846990338"),
            Some("urn:li:share:7345821826846990338".to_string())
        );
        assert_eq!(urn_of("https://example.org"), None);
    }

    #[test]
    fn visibility_maps_both_eras() {
        assert_eq!(audience_of(Some("MEMBER_NETWORK")), Audience::Followers);
        assert_eq!(audience_of(Some("Connections")), Audience::Followers);
        assert_eq!(audience_of(Some("PUBLIC")), Audience::Public);
        assert_eq!(audience_of(Some("Public")), Audience::Public);
        assert_eq!(audience_of(Some("SOMETHING_NEW")), Audience::Unknown);
    }

    #[test]
    fn classifies_by_header_not_name() {
        let h = |s: &str| s.split(',').map(norm).collect::<Vec<_>>();
        assert_eq!(
            classify(
                &h("Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility"),
                "x.csv"
            ),
            Some(LiFile::Shares)
        );
        assert_eq!(
            classify(&h("Date,Link,Message"), "renamed.csv"),
            Some(LiFile::Comments)
        );
        assert_eq!(
            classify(&h("From,To,Sent At,Message,Direction"), "a.csv"),
            Some(LiFile::Invitations)
        );
        assert!(matches!(
            classify(
                &h("First Name,Last Name,URL,Email Address,Company,Position,Connected On"),
                "c.csv"
            ),
            Some(LiFile::Skip(_))
        ));
        assert_eq!(classify(&h("id,permalink,date"), "posts.csv"), None);
    }
}
