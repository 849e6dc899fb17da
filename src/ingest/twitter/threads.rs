//! Self-threads: a reply's thread is the root of its chain through the export's own tweets, so a
//! thread is judged as one piece; a reply to someone else keeps that tweet's id.
//!
//! Tweets stream past: most are passed on at once, and only replies that may continue one of the
//! owner's threads wait for the end of the export, when every parent is known (archives list the
//! newest tweets first, so a reply comes before its parent). What is kept for the rest is one
//! compact id pair per reply.

use super::tweet::ReadTweet;
use crate::model::Record;
use std::collections::HashMap;

/// A tweet id: numeric ids (all of Twitter's) take 8 bytes instead of a string.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TweetId {
    Num(u64),
    Text(Box<str>),
}

impl TweetId {
    pub fn of(s: &str) -> TweetId {
        let canonical = !s.is_empty()
            && s.len() <= 19
            && s.bytes().all(|b| b.is_ascii_digit())
            && (s == "0" || !s.starts_with('0'));
        match s.parse() {
            Ok(n) if canonical => TweetId::Num(n),
            _ => TweetId::Text(s.into()),
        }
    }
}

impl std::fmt::Display for TweetId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TweetId::Num(n) => write!(f, "{n}"),
            TweetId::Text(s) => f.write_str(s),
        }
    }
}

/// The parents of every reply read so far, and the replies waiting for the end of the export.
#[derive(Default)]
pub struct SelfThreads {
    parent: HashMap<TweetId, TweetId>,
    waiting: Vec<Record>,
}

/// Where one tweet goes: on at once (its thread settled), or waiting for the export's end.
pub enum Route {
    Ready(Record),
    Waiting(Record),
}

/// The reply pair of a tweet (for the parent map), and where the tweet goes. Needs nothing but the
/// tweet, so it runs on whichever thread built it.
pub fn route(t: ReadTweet) -> (Option<(TweetId, TweetId)>, Route) {
    let mut r = t.record;
    let pair = match (&r.native_id, &r.reply_to) {
        (Some(id), Some(to)) => Some((TweetId::of(id), TweetId::of(to))),
        _ => None,
    };
    let route = match &r.reply_to {
        None => Route::Ready(r),
        Some(_) if t.may_continue_own_thread => Route::Waiting(r),
        Some(to) => {
            r.thread = Some(to.clone());
            Route::Ready(r)
        }
    };
    (pair, route)
}

impl SelfThreads {
    /// Note a reply's parent (in file order: a later duplicate id wins, as it always has).
    pub fn add_parent(&mut self, pair: (TweetId, TweetId)) {
        self.parent.insert(pair.0, pair.1);
    }

    pub fn wait(&mut self, r: Record) {
        self.waiting.push(r);
    }

    /// Route one tweet read on this thread.
    pub fn pass(&mut self, t: ReadTweet, emit: &mut dyn FnMut(Record)) {
        let (pair, route) = route(t);
        if let Some(p) = pair {
            self.add_parent(p);
        }
        match route {
            Route::Ready(r) => emit(r),
            Route::Waiting(r) => self.wait(r),
        }
    }

    /// Resolve and emit the waiting replies, once every tweet of the export has been read.
    pub fn finish(self, emit: &mut dyn FnMut(Record)) {
        for mut r in self.waiting {
            let Some(reply_to) = &r.reply_to else {
                continue;
            };
            let mut cur = TweetId::of(reply_to);
            let mut hops = 0;
            while let Some(p) = self.parent.get(&cur) {
                if hops > 10_000 || *p == cur {
                    break;
                }
                cur = p.clone();
                hops += 1;
            }
            r.thread = Some(cur.to_string());
            emit(r);
        }
    }
}
