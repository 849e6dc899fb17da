//! Whose words, and said how: quotation, reported speech, negation, debunking, questions, and
//! educational framing.
//!
//! A keyword is not a verdict. "A patient called me a p***" reports abuse the doctor received; "It's a
//! myth that vaccines cause autism" debunks the myth it contains; "Don't stop taking your statins
//! without speaking to your GP" is the opposite of the directive it contains; "The usual starting dose
//! of semaglutide is 0.25mg" teaches rather than prescribes. Rules ask these questions of the words
//! around a hit before they flag it.

use super::phrases::{floor_boundary, sentence_around, window, SENTENCE_REACH};
use crate::detect::gate::Regex;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// True when the byte span sits inside quotation marks within its sentence or line.
pub fn is_quoted(text: &str, start: usize, end: usize) -> bool {
    // The line around the span, at most SENTENCE_REACH either side: quotation is local, and a
    // one-line 150 MB message must not make every hit scan it all.
    let (lower, upper) = window(text, start, end, SENTENCE_REACH);
    let line_start = text
        .get(lower..start)
        .and_then(|b| b.rfind('\n').map(|i| lower + i + 1))
        .unwrap_or(lower);
    let before = text.get(line_start..start).unwrap_or("");
    let after_end = text
        .get(end..upper)
        .map(|a| a.find('\n').map(|i| end + i).unwrap_or(upper))
        .unwrap_or(end);
    let after = text.get(end..after_end).unwrap_or("");
    // Straight double quotes: odd count before, and one after.
    let dq_before = before.matches('"').count();
    if dq_before % 2 == 1 && after.contains('"') {
        return true;
    }
    // Typographic quotes: an opener before with no closer in between, and a closer after.
    for (open, close) in [('“', '”'), ('‘', '’'), ('«', '»')] {
        if let Some(o) = before.rfind(open) {
            let between = before.get(o..).unwrap_or("");
            if !between.contains(close) && after.contains(close) {
                // `’` is also an apostrophe: require the closer not to be followed by a letter.
                if close != '’' || closes_quote(after, '’') {
                    return true;
                }
            }
        }
    }
    // Straight single quotes used as quotation marks: ' at a word start before, ' at a word end after.
    if let Some(o) = before.rfind('\'') {
        let opens = before
            .get(..o)
            .and_then(|p| p.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric());
        if opens && closes_quote(after, '\'') {
            return true;
        }
    }
    false
}

fn closes_quote(after: &str, q: char) -> bool {
    after.char_indices().any(|(i, c)| {
        c == q
            && after
                .get(i + c.len_utf8()..)
                .and_then(|r| r.chars().next())
                .is_none_or(|n| !n.is_alphanumeric())
    })
}

static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:called|calling|call)\s+(?:me|us|her|him|them|my\s+\w+)\b|\b(?:was|were|been|being|got|get)\s+called\b|\b(?:said|says|saying|told\s+(?:me|us)|tells\s+(?:me|us)|shouted|screamed|yelled|wrote|tweeted|posted|commented|messaged|asked(?:\s+(?:me|us))?\s+(?:if|whether)|claim(?:s|ed|ing)?\s+that|insist(?:s|ed)\s+that|believes?\s+that|thinks?\s+that|according\s+to|accused\s+(?:me|us)\s+of|who\s+(?:say|says|think|thinks|believe|believes|claim|claims|insist|insists)|(?:people|those|anyone|folk|some)\s+(?:who\s+)?(?:say|think|believe|claim)|imagine\s+(?:[\w’']+\s+){0,4}?(?:thinking|believing|think|believe)|so\s+(?:thick|stupid|dumb|gullible|daft|deluded|brainwashed)\s+(?:that\s+)?(?:you|they|he|she|people|patients)\s+(?:still\s+)?(?:think|believe)|(?:idiots|morons|muppets|patients|parents)\s+(?:who\s+)?(?:still\s+)?(?:think|believe))\b",
    )
});

/// True when the span is introduced by reported speech in the same sentence: "a patient called me a
/// …", "he told me that …", "she claims that …".
pub fn is_reported(text: &str, start: usize) -> bool {
    let (s, _) = sentence_around(text, start);
    let from = floor_boundary(text, start.saturating_sub(90).max(s));
    text.get(from..start)
        .is_some_and(|b| REPORTED.is_match(b) && !OWN_WORDS_AGAIN.is_match(b))
}

/// The writer repeating their own words: "said it on the radio and I'll say it again", "as I said";
/// or naming in their own voice: "a 'nurse' (if you can call her that)".
static OWN_WORDS_AGAIN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:i[’']?ll\s+(?:say|keep\s+saying)\s+it(?:\s+again)?|as\s+i\s+(?:said|say)|like\s+i\s+said|i\s+(?:said|say)\s+it\s+(?:before|again|every\s+\w+)|if\s+(?:you|u|we|one)\s+(?:can|could)\s+(?:even\s+)?call\s+(?:her|him|them|it|that)\s+(?:that|one|a\s+\w+)|(?:the|my|our|this)\s+(?:list|theatre\s+list|notes|chart|obs\s+chart|referral|screen|board|scales?|printout|form)\s+says)\b",
    )
});

/// Quoted or reported: someone else's words.
pub fn is_others_words(text: &str, start: usize, end: usize) -> bool {
    is_quoted(text, start, end) || is_reported(text, start)
}

static NEGATION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:not|no|never|nothing|none|nobody|neither|nor|without|cannot|won't|can't|don't|doesn't|didn't|isn't|aren't|wasn't|shouldn't|wouldn't|mustn't)\b|n[’']t\b)[^.!?\n:;—–]{0,25}$",
    )
});

/// "No worries", "no problem": a "no" that agrees rather than negates.
static AGREEING_NO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:no\s+(?:worries|worry|problem|problems|probs?|bother|trouble|rush|doubt)|not\s+a\s+problem)\b|(?:^|[.!?]\s+)\s*no+\s*[,!.]?\s+(?:you|u|it|they|that|he|she|we)\b",
    )
});

/// "What they don't tell you", "what doctors won't want you to know": a frame that presents what
/// follows as a hidden truth, the opposite of a denial.
static UNTOLD_FRAME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\bwhat\s+(?:they|doctors|the\s+nhs|your\s+(?:gp|doctor)|big\s+pharma|pharma|the\s+government)\s+(?:don[’']?t|do\s+not|won[’']?t|will\s+not|doesn[’']?t|does\s+not)\s+(?:\w+\s+)?(?:tell|want)\b(?:\s+you)?(?:\s+to\s+know)?(?:\s+is)?",
    )
});

/// True when a negation word comes shortly before the span in the same sentence ("no worries, I'll
/// …" is not one).
pub fn negated_before(text: &str, start: usize) -> bool {
    let (s, _) = sentence_around(text, start);
    let from = floor_boundary(text, start.saturating_sub(40).max(s));
    // "What they DON'T tell you is sugar feeds cancer": the frame asserts what follows.
    let from = text
        .get(from..start)
        .and_then(|b| UNTOLD_FRAME.find_iter(b).last())
        .map_or(from, |m| from + m.end());
    text.get(from..start).is_some_and(|b| {
        NEGATION_BEFORE.find(b).is_some_and(|m| {
            // Skip agreeing "no"s: only a negation after the last of them counts.
            match AGREEING_NO.find_iter(b).last() {
                Some(idiom) if idiom.start() <= m.start() => b
                    .get(idiom.end()..)
                    .is_some_and(|rest| NEGATION_BEFORE.is_match(rest)),
                _ => true,
            }
        })
    })
}

static DEBUNK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:myths?|debunk\w*|misinformation|disinformation|misleading|fake\s+news|conspiracy\s+theor\w*|no\s+(?:good\s+|scientific\s+|robust\s+)?evidence|not\s+true|isn[’']?t\s+true|is\s+false|are\s+false|false\s+claims?|untrue|no\s+link|not\s+linked|(?:does|do|did)\s*(?:not|n[’']t)\s+(?:cause|cure|work|exist|alter|change)|won[’']t\s+cure|can[’']?t\s+cure|cannot\s+cure|fact[\s-]?check\w*|retracted|discredited|wakefield|anti[\s-]?vax\w*|nonsense|rubbish|dangerous\s+(?:claims?|advice|nonsense)|beware|be\s+wary|red\s+flags?|stop\s+(?:sharing|spreading|saying|believing)|please\s+don[’']?t\s+believe|don[’']?t\s+believe|no\s+such\s+thing|people\s+(?:claim|say|think|believe)|some\s+(?:claim|say|people)|claims?\s+that|claiming\s+that|the\s+claim|debunked|busted|hoax\s+that|pseudoscience|quack\w*|snake\s+oil|scam\s+artists?|grifters?|there\s+is\s+no\s+cure|no\s+cure|isn[’']?t\s+a\s+cure|is\s+not\s+a\s+cure|not\s+a\s+cure|evidence\s+(?:shows|says|is\s+clear)|studies\s+show|safe\s+and\s+effective)\b|\b(?:anyone|anybody|any\s+\w+|someone|people|those)\s+who\s+(?:tells?|told|says?|claims?|advises?)\s+(?:you|people|patients|others)\s+to\b|(?:^\s*|[.!?]\s+)(?:it|they|that)\s+(?:can[’']?t|cannot|doesn[’']?t|does\s+not|don[’']?t|do\s+not|won[’']?t|isn[’']?t|aren[’']?t)\s*[:;.!,—–-]|['‘][\w\s-]{3,30}['’]\s+telling\s+(?:you|people|parents|patients)\b",
    )
});

/// [`DEBUNK`]'s matches in `t`, less the disclaimer that so often comes before an anti-vaccine
/// claim: "Not 'anti-vax', just honest", "I'm not anti-vax but…".
fn debunk_hits(t: &str) -> impl Iterator<Item = regex::Match<'_>> {
    DEBUNK.find_iter(t).filter(move |m| {
        let word = m.as_str().to_ascii_lowercase();
        // "Myth busting Monday: GA is 100% safe": the frame asserts what follows, as the truth.
        if word.starts_with("myth") {
            return !myth_busting_at(t, m.end());
        }
        if !word.starts_with("anti") {
            return true;
        }
        let lead = crate::detect::phrases::lead_in(t, m.start(), 12)
            .trim_end_matches(['\'', '‘', '"', '“', ' '])
            .to_ascii_lowercase();
        !(lead.ends_with("not") || lead.ends_with("n't") || lead.ends_with("n’t"))
    })
}

/// True when "myth" ending at `end` opens "myth busting", "myth-buster", "mythbusting".
pub fn myth_busting_at(t: &str, end: usize) -> bool {
    t.get(end..)
        .map(|rest| rest.trim_start_matches([' ', '-']).to_ascii_lowercase())
        .is_some_and(|rest| rest.starts_with("bust"))
}

/// The text with the "myth" of "myth busting" blanked out, so that it is not read as a negation.
pub fn without_myth_busting(t: &str) -> std::borrow::Cow<'_, str> {
    let lower = t.to_ascii_lowercase();
    let spots: Vec<usize> = lower
        .match_indices("myth")
        .map(|(i, _)| i)
        .filter(|&i| myth_busting_at(t, i + 4))
        .collect();
    if spots.is_empty() {
        return std::borrow::Cow::Borrowed(t);
    }
    let mut out = t.to_string();
    for i in spots {
        out.replace_range(i..i + 4, "    ");
    }
    std::borrow::Cow::Owned(out)
}

static EVIDENCE_APPEAL: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^(?:studies\s+show|evidence\s+(?:shows|says))$"));

/// True when the sentence holding the span `start..end`, or the one before or after it, argues against
/// a claim (myth, debunked, no evidence, "doesn't cause"). The span itself is masked out first, so a
/// claim that contains a negation ("HIV doesn't cause AIDS") does not count as its own rebuttal.
pub fn debunking_near(text: &str, start: usize, end: usize) -> bool {
    let (s, e) = sentence_around(text, start);
    let e = e.max(end.min(text.len()));
    let masked = |from: usize, to: usize| -> String {
        let mut out = String::with_capacity(to.saturating_sub(from));
        for (i, c) in text.get(from..to).unwrap_or("").char_indices() {
            let at = from + i;
            out.push(if at >= start && at < end { ' ' } else { c });
        }
        out
    };
    let sentence = masked(s, e);
    if debunk_hits(&sentence).any(|m| {
        // "Studies show vitamin D prevents…": the appeal to evidence introduces the claim it
        // is made for, so it backs the claim rather than rebutting it.
        let introduces = s + m.end() <= start
            && start - (s + m.end()) <= 8
            && EVIDENCE_APPEAL.is_match(m.as_str());
        !introduces
    }) {
        return true;
    }
    if s > 0 {
        let (ps, _) = sentence_around(text, s.saturating_sub(2));
        if text
            .get(ps..s)
            .is_some_and(|t| debunk_hits(t).next().is_some())
        {
            return true;
        }
    }
    if e < text.len() {
        let (_, ne) = sentence_around(text, e + 1);
        if text
            .get(e..ne)
            .is_some_and(|t| debunk_hits(t).next().is_some())
        {
            return true;
        }
    }
    false
}

/// True when the whole text is built as a myth-busting piece ("Myth:", "#mythbusting", "FACT:"
/// answering a myth). A "FACT:" label alone is how a claim is asserted ("FACT: fluoride lowers
/// IQ"), so it counts only beside a debunking word.
pub fn debunking_text(text: &str) -> bool {
    static FRAME: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(?:^|\n|\s)(?:myth\s*[:\-—]|#myth\w*|#factcheck\w*|#debunk\w*|#scicomm|myth\s+vs\.?\s+fact|myth\s+busting|mythbust\w*)",
        )
    });
    static FACT_LABEL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?:^|\n|\s)fact\s*[:\-—]"));
    FRAME.is_match(text) || (FACT_LABEL.is_match(text) && DEBUNK.is_match(text))
}

/// True when the sentence around `start` is a question.
pub fn in_question(text: &str, start: usize) -> bool {
    let (s, e) = sentence_around(text, start);
    text.get(s..e).is_some_and(|t| t.trim_end().ends_with('?'))
}

static EDUCATIONAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:nice|bnf|smpc|mhra|nhs\s+guidance|guidelines?|guidance|the\s+(?:usual|normal|standard|starting|maximum|max|recommended|licensed|typical)\s+(?:dose|dosage|regimen)|licensed\s+dose|patients\s+(?:are|were|should\s+be)\s+(?:started|titrated|usually|typically|given)|titrat\w+|trials?|study|studies|meta-analysis|cochrane|journal|(?:the|this|that|new|latest|our|their|recent|published|landmark)\s+paper|bmj|lancet|nejm|evidence|research|data\s+show|in\s+adults|in\s+children|per\s+kg|mg/kg|teaching|learning\s+points?|lessons?\s+(?:learned|learnt)|take[\s-]?home\s+messages?|lecture|webinar|for\s+clinicians|for\s+colleagues|#meded|#foamed|#medtwitter|cpd|shortage\w*|supply\s+issues?|news|announced|(?:been|was|were|is|now|newly|just|finally|nice|mhra|fda)[\s-]+approved|approved\s+(?:by|for)|approval|rolled?\s+out|rollout|eligible|eligibility|side\s+effects\s+(?:include|are)|warning|warns?|counterfeit|fake\s+pens?|illegal|unlicensed\s+sellers?)\b",
    )
});

/// True when the text around `start` (its sentence and neighbours) reads as education, guidance, news
/// or research rather than advice to the reader.
pub fn educational_near(text: &str, start: usize) -> bool {
    let (s, e) = sentence_around(text, start);
    let from = floor_boundary(text, s.saturating_sub(160));
    let to = super::phrases::ceil_boundary(text, (e + 160).min(text.len()));
    let Some(window) = text.get(from..to) else {
        return false;
    };
    // "I don't care what SIGN or NICE say", "over half the stuff in the BNF": guidance waved
    // away is the opposite of teaching from it.
    EDUCATIONAL.find_iter(window).any(|m| {
        let lead_from = floor_boundary(window, m.start().saturating_sub(40));
        !window
            .get(lead_from..m.start())
            .is_some_and(|lead| GUIDANCE_DISMISSED.is_match(lead))
    })
}

/// What comes right before guidance waved away: "don't care what", "whatever", "ignore the",
/// "better than half the stuff in the".
static GUIDANCE_DISMISSED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:don[’']?t|do\s+not|couldn[’']?t|could\s+not)\s+care\s+(?:what|about)|whatever|ignore|forget|screw|never\s+mind|despite\s+what|regardless\s+of\s+(?:what\s+)?|(?:over|than)\s+(?:half\s+)?(?:of\s+)?(?:the\s+)?(?:stuff|things|drugs|meds)\s+in)\s+(?:the\s+|what\s+|your\s+)?(?:[\w-]+\s+(?:or|and|&)\s+)?$",
    )
});

/// True when the whole text reads as education, guidance, news or research.
pub fn educational_text(text: &str) -> bool {
    EDUCATIONAL.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(t: &str, w: &str) -> (usize, usize) {
        let s = t.find(w).unwrap();
        (s, s + w.len())
    }

    #[test]
    fn the_writer_saying_it_again_is_not_reported_speech() {
        let t = "Said it on the radio and I'll say it again: the flu jab does more harm than good";
        assert!(!is_reported(t, t.find("the flu").unwrap()));
        let t = "My patient said the flu jab does more harm than good";
        assert!(is_reported(t, t.find("the flu").unwrap()));
    }

    #[test]
    fn not_anti_vax_is_a_disclaimer_not_a_rebuttal() {
        let t = "kids regress after the MMR. Not 'anti-vax', just honest.";
        let (s, e) = span(t, "kids regress after the MMR");
        assert!(!debunking_near(t, s, e));
        let t = "kids regress after the MMR. That's anti-vax nonsense.";
        let (s, e) = span(t, "kids regress after the MMR");
        assert!(debunking_near(t, s, e));
    }

    #[test]
    fn quotes_in_all_styles() {
        for t in [
            "He said \"you idiot\" and left",
            "He said “you idiot” and left",
            "the term 'idiot' is unkind",
        ] {
            let (s, e) = span(t, "idiot");
            assert!(is_quoted(t, s, e), "{t}");
        }
        let t = "You’re an idiot, and that’s final";
        let (s, e) = span(t, "idiot");
        assert!(!is_quoted(t, s, e));
    }

    #[test]
    fn reported_speech_and_negation() {
        let t = "A patient called me a stupid cow today";
        assert!(is_reported(t, t.find("stupid").unwrap()));
        let t = "Don't stop taking your statins";
        assert!(negated_before(t, t.find("stop").unwrap()));
        let t = "Stop taking your statins";
        assert!(!negated_before(t, t.find("Stop").unwrap()));
        let t = "No worries Peter, I'll leave one at reception";
        assert!(!negated_before(t, t.find("leave").unwrap()));
        let t = "No problem, but I won't leave one at reception";
        assert!(negated_before(t, t.find("leave").unwrap()));
    }

    #[test]
    fn debunking_and_education() {
        let t = "It's a myth that vaccines cause autism.";
        assert!(debunking_near(t, t.find("vaccines").unwrap(), t.len() - 1));
        let t = "Vaccines cause autism. Wake up.";
        assert!(!debunking_near(t, 0, 22));
        let t = "HIV doesn't cause AIDS, it's the drugs.";
        assert!(!debunking_near(t, 0, 22));
        let t = "New NICE guidance on semaglutide out today";
        assert!(educational_near(t, t.find("sema").unwrap()));
    }

    #[test]
    fn what_they_dont_tell_you_asserts_what_follows() {
        let t = "what they DON'T tell you is sugar literally feeds cancer";
        assert!(!negated_before(t, t.find("sugar").unwrap()));
        let t = "what they don't tell you is that sugar does not feed cancer";
        assert!(negated_before(t, t.find("feed cancer").unwrap()));
        let t = "I don't think sugar feeds cancer";
        assert!(negated_before(t, t.find("sugar").unwrap()));
    }
}
