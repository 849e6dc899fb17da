//! Whose archive this is: account id, handle and display name from `manifest.js`, `account.js` or
//! Grailbird's `user_details.js`, and the profile (bio) as a record of its own.

use crate::ingest::text::{as_string, unescape_html};
use crate::ingest::ReadStats;
use crate::input::{Entry, Limits};
use crate::model::{Audience, Author, AuthorRole, Kind, Platform, Provenance, Record};
use serde_json::Value;

#[derive(Debug, Default, Clone)]
pub struct Owner {
    pub id: Option<String>,
    pub username: Option<String>,
    pub display_name: Option<String>,
}

impl Owner {
    /// The status URL of a tweet: with the handle when known (`x.com/<handle>/status/<id>`).
    pub fn status_url(&self, id: &str) -> String {
        match &self.username {
            Some(u) => format!("https://x.com/{u}/status/{id}"),
            None => format!("https://x.com/i/web/status/{id}"),
        }
    }

    pub fn author(&self) -> Author {
        Author {
            role: AuthorRole::Owner,
            name: self.display_name.clone(),
            handle: self.username.clone(),
        }
    }

    fn fill(&mut self, id: Option<String>, username: Option<String>, display_name: Option<String>) {
        self.id = self.id.take().or(id.filter(|s| !s.is_empty()));
        self.username = self.username.take().or(username.filter(|s| !s.is_empty()));
        self.display_name = self
            .display_name
            .take()
            .or(display_name.filter(|s| !s.is_empty()));
    }

    pub fn read_manifest(&mut self, entry: &Entry, limits: &Limits, stats: &mut ReadStats) {
        let Some(v) = read_js_value(entry, limits, stats) else {
            return;
        };
        let u = &v["userInfo"];
        self.fill(
            as_string(&u["accountId"]),
            as_string(&u["userName"]),
            as_string(&u["displayName"]),
        );
    }

    pub fn read_account(&mut self, entry: &Entry, limits: &Limits, stats: &mut ReadStats) {
        let Some(v) = read_js_value(entry, limits, stats) else {
            return;
        };
        for item in v.as_array().into_iter().flatten() {
            let a = &item["account"];
            self.fill(
                as_string(&a["accountId"]),
                as_string(&a["username"]),
                as_string(&a["accountDisplayName"]),
            );
        }
    }

    /// Grailbird `user_details.js`: owner facts plus the bio as a profile record.
    pub fn read_user_details(
        &mut self,
        entry: &Entry,
        limits: &Limits,
        stats: &mut ReadStats,
    ) -> Option<Record> {
        let v = read_js_value(entry, limits, stats)?;
        self.fill(
            as_string(&v["id"]),
            as_string(&v["screen_name"]),
            as_string(&v["full_name"]),
        );
        let bio = as_string(&v["bio"]).unwrap_or_default();
        let location = as_string(&v["location"]);
        Some(self.profile_record(entry, 0, &bio, None, location))
    }

    /// `profile.js`: one profile record per entry in the array.
    pub fn read_profile(
        &mut self,
        entry: &Entry,
        limits: &Limits,
        stats: &mut ReadStats,
    ) -> Vec<Record> {
        let Some(v) = read_js_value(entry, limits, stats) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in v.as_array().into_iter().flatten().enumerate() {
            let d = &item["profile"]["description"];
            if !d.is_object() {
                stats.unparsed(entry, format!("profile item {i} has no description"));
                continue;
            }
            let bio = as_string(&d["bio"]).unwrap_or_default();
            out.push(self.profile_record(
                entry,
                i as u64,
                &bio,
                as_string(&d["website"]),
                as_string(&d["location"]),
            ));
        }
        out
    }

    fn profile_record(
        &self,
        entry: &Entry,
        index: u64,
        bio: &str,
        website: Option<String>,
        location: Option<String>,
    ) -> Record {
        let key = self
            .id
            .clone()
            .or_else(|| self.username.clone())
            .unwrap_or_else(|| entry.path.clone());
        let source = Provenance {
            input: entry.input.to_string(),
            entry: entry.path.clone(),
            index,
        };
        let mut r = Record::new(
            Platform::Twitter,
            Kind::Profile,
            Some(format!("profile:{key}")),
            source,
        );
        r.author = self.author();
        r.audience = Audience::Public;
        r.text = unescape_html(bio);
        r.url = self.username.as_ref().map(|u| format!("https://x.com/{u}"));
        if let Some(w) = website.filter(|w| !w.is_empty()) {
            r.links.push(w.clone());
            r.attributes.insert("website".into(), w);
        }
        if let Some(l) = location.filter(|l| !l.is_empty()) {
            r.attributes.insert("profile_location".into(), l);
        }
        r
    }
}

/// A small JavaScript-wrapped JSON file (`x = {…}` or `x = […]`) as a value.
pub fn read_js_value(entry: &Entry, limits: &Limits, stats: &mut ReadStats) -> Option<Value> {
    let bytes = match crate::ingest::utf8::read_json(entry, limits) {
        Ok(b) => b,
        Err(e) => {
            stats.failed(entry, crate::input::unreadable(&e));
            return None;
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let Some(eq) = text.find('=') else {
        stats.failed(
            entry,
            "not a JavaScript data file (no `=`); download the archive again",
        );
        return None;
    };
    let body = text[eq + 1..].trim().trim_end_matches(';');
    match serde_json::from_str(body) {
        Ok(v) => Some(v),
        Err(e) => {
            stats.failed(entry, format!("invalid JSON after the `=`: {e}; the archive may be damaged, download it again"));
            None
        }
    }
}
