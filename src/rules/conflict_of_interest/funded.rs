//! Sponsored results: the doctor's own study of a product, announced with a favourable result and
//! with thanks to the company that paid for it, but no declaration of the author's own interests.
//!
//! A results post is the most persuasive thing a doctor can say about a drug or a device: "Drug X
//! cut events by 30%", from the person who ran the trial. Thanking "the sponsor" tells readers that
//! a company funded the study; it does not tell them what the author receives from that company
//! (grants, speaker fees, advisory roles), which is what GMP ¶90b and GMC 2024 ¶12 ask a doctor to
//! declare when speaking publicly about a product, and what 2013 ¶19 names for pharmaceutical and
//! biomedical companies. So the rule needs all three: the author's own research, a commercial funder
//! and a favourable result. Public and charity funders (NIHR, Wellcome, "Diabetes UK"), appraisals
//! of other people's trials and posts that carry a declaration of interests stay silent.

use super::COI_GUIDANCE;
use crate::detect::disclosure::{self, DisclosureKind, Strength};
use crate::detect::gate::Regex;
use crate::detect::stance;
use crate::model::{Kind, Record};
use crate::rules::judge::{self, Voice};
use crate::rules::{Action, ActionKind, Category, Context, Finding, Rule, RuleMeta, Severity};
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// The author's own research: "our phase 3 data", "my study", "presenting the REDUCE-HF results".
static OWN_RESEARCH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:trial|trials|study|studies|data|results|paper|research|findings|analysis|rct|cohort|abstract|poster)\b|\bpresent(?:ing|ed|s)?\s+(?:our|my|the)\s+(?:[\w-]+\s+){0,3}?(?:results|data|findings|trial|study|paper)\b|\b(?:share|sharing|shared|publish(?:ed|ing)?)\s+(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:results|data|findings|trial|study|paper)\b",
    )
});

/// A company paying for the research: a sponsor thanked, "funded by X", "the company that funded it".
static FUNDER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:thanks?|thank\s+you|grateful|gratitude|shout[\s-]?out)\b[^.!?\n]{0,40}?\b(?:industry\s+|commercial\s+|study\s+|trial\s+)?(?:sponsors?|funders?)\b|\b(?:funded|sponsored|supported|backed|paid\s+for|bankrolled|underwritten)\s+by\s+(?:the\s+)?(?-i:@\w+|[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+)?)|\b(?:thanks?|thank\s+you|grateful)\s+(?:\w+\s+)?(?:to\s+)?(?:the\s+)?(?-i:@\w+|[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+)?)\s+for\s+(?:funding|sponsoring|supporting|backing|bankrolling|paying\s+for)\b|\b(?:the|our)\s+(?:company|companies|firm|manufacturers?|makers?|industry\s+partners?|pharma(?:ceutical)?\s+(?:company|partners?)|drug\s+company)\s+(?:that|who|which)\s+(?:funded|sponsored|paid\s+for|supported|backed)\b|\bindustry[\s-](?:funded|sponsored)\b",
    )
});

/// Funders with no commercial interest in the product: public bodies, research councils, charities.
static PUBLIC_FUNDER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:nihr|\bmrc\b|wellcome|ukri|research\s+councils?|\bnhs|charit|foundation|\btrust\b|universit|\buk\b|society|association|institute|council|government|\bbhf\b|cancer\s+research|macmillan|arthritis|\bnice\b|horizon|\beu\b|european\s+(?:union|commission|research)|gates)",
    )
});

/// A favourable result about the product: "cut HbA1c by 1.2%", "halved exacerbations", "40% fewer
/// flares", "outperformed everything".
static RESULT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:cut|cuts|reduced|reduces|lowered|lowers|slashed|improved|improves|boosted|increased|prevented|outperformed|outperforms|beat|beats|superior\s+to|better\s+than)\b[^.!?\n]{0,60}?(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent|mmol|mmhg|points?)|\b(?:by\s+)?(?:a\s+)?(?:half|third|quarter|fifth)\b|placebo|standard\s+(?:care|treatment)|everything|the\s+competition|comparator)|\b(?:halved|halves|doubled|doubles)\b|\b\d+(?:\.\d+)?\s*%\s+(?:fewer|less|lower|more|reduction|relative|absolute|improvement|drop|remission)\b|\b(?:fewer|less)\s+\w+\s+than\s+placebo\b",
    )
});

/// Where the author's interests are declared or pointed to: "competing interests below",
/// "disclosures in the paper", "COI:".
static INTERESTS_NOTED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:competing\s+interests?|disclosures?|conflicts?\s+of\s+interests?|dois?)\b[^.!?\n]{0,30}\b(?:below|above|in\s+the|listed|declared|at|here|see)\b|\bcois?\s*[:\-—]",
    )
});

/// The post declares the author's interests, points to the declaration, or says there are none.
/// "Sponsored by X" is the study's funding, not the author's interest, so it does not count.
fn interests_declared(text: &str) -> bool {
    disclosure::disclaims_interest(text)
        || INTERESTS_NOTED.is_match(text)
        || disclosure::find(text).iter().any(|d| {
            d.strength == Strength::Clear
                && matches!(d.kind, DisclosureKind::Interest | DisclosureKind::AdLabel)
        })
}

/// COI005: the author's own study of a product announced with its results and its sponsor, but no
/// declaration of the author's interests.
pub struct SponsoredResults;

static SPONSORED_RESULTS: RuleMeta = RuleMeta {
    code: "COI005",
    name: "sponsored-results",
    category: Category::ConflictOfInterest,
    severity: Severity::Medium,
    confidence: 0.65,
    summary: "Your own company-funded study of a product announced with a favourable result, without declaring your interests",
    guidance: COI_GUIDANCE,
    what_it_finds: "The account holder's posts about their own research (\"our trial\", \"my study\", \
        \"presenting the X results\") that thank or name a commercial funder (\"thanks to our industry \
        sponsor\", \"funded by Medtrix\", \"the company that funded it\") beside a favourable result \
        (\"cut HbA1c by 1.2%\", \"halved exacerbations\", \"40% fewer flares\"), with no declaration \
        of the author's own interests. Public and charity funders (NIHR, Wellcome, research \
        councils, \"Diabetes UK\"), appraisals of other people's trials, and posts that declare \
        interests or point to the declaration (\"COI: …\", \"competing interests in the paper\") do \
        not fire.",
    why_it_matters: "GMP ¶90b: \"you must declare any conflicts of interest\" when communicating \
        publicly; GMC 2024 ¶12 asks for openness about interests that could influence what you \
        recommend; 2013 ¶19 names financial interests in pharmaceutical and biomedical companies. A \
        trialist's results post is read as independent evidence; naming the sponsor says the study \
        was funded, not what the author receives from the company.",
    example: "\"Great to present our trial results at ESC. Drug X reduced events by 30%. Huge thanks \
        to the sponsor for their support!\" fires. \"Declaration: the trial was funded by Medtrix and \
        I have received speaker fees from them. Our stent reduced restenosis by 20%\" does not.",
    how_to_fix: "Open the post with your declaration: who funded the study and any grants, fees or \
        advisory roles you have with them (\"Declaration: funded by X; I have received speaker fees \
        from X\"), or link to the paper's competing-interests statement.",
};

impl Rule for SponsoredResults {
    fn meta(&self) -> &'static RuleMeta {
        &SPONSORED_RESULTS
    }

    fn check(&self, r: &Record, _cx: &Context, out: &mut Vec<Finding>) {
        let Some(voice) = judge::voice(r) else { return };
        if judge::is_one_to_one(r) || voice == Voice::Shared || r.kind == Kind::Profile {
            return;
        }
        let text = &r.text;
        let Some(funder) = FUNDER.find_iter(text).find(|m| {
            !PUBLIC_FUNDER.is_match(m.as_str())
                && !stance::negated_before(text, m.start())
                && !stance::is_others_words(text, m.start(), m.end())
        }) else {
            return;
        };
        let Some(research) = OWN_RESEARCH
            .find_iter(text)
            .find(|m| !stance::is_others_words(text, m.start(), m.end()))
        else {
            return;
        };
        let Some(result) = RESULT
            .find_iter(text)
            .find(|m| !stance::in_question(text, m.start()))
        else {
            return;
        };
        if interests_declared(text) {
            return;
        }
        let analysis = judge::analysis(r);
        let medicine = !analysis.meds.is_empty()
            || analysis.brands.iter().any(|b| b.class == "pharma")
            || super::find_ascii_case_insensitive(text, "drug").is_some();
        let mut severity = if medicine {
            Severity::Medium
        } else {
            Severity::Low
        };
        if !judge::is_broadcast(r) {
            severity = judge::step_down(severity);
        }
        let (severity, confidence) = judge::weigh(voice, severity, SPONSORED_RESULTS.confidence);
        let evidence = vec![
            judge::span(r, research.start(), research.end(), "own_research"),
            judge::span(r, result.start(), result.end(), "favourable_result"),
            judge::span(r, funder.start(), funder.end(), "commercial_funder"),
        ];
        let noun = judge::kind_noun(r);
        let f = Finding::new(
            &SPONSORED_RESULTS,
            r,
            format!(
                "Results of your company-funded study announced (\"{}\") with no declaration of your interests",
                judge::words(r, funder.start(), funder.end()).trim()
            ),
            evidence,
            Action::new(
                ActionKind::Disclose,
                format!(
                    "Open this {noun} with \"Declaration: funded by <company>; I have received \
                     <grants / fees / advisory roles> from them\", or link to the paper's \
                     competing-interests statement."
                ),
            ),
        );
        out.push(f.graded(severity, confidence));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Audience, Platform};
    use crate::rules::testing;

    fn fires(text: &str) -> bool {
        let r = testing::owned(Platform::Linkedin, Kind::Post, Audience::Public, text);
        !testing::findings(&SponsoredResults, &r).is_empty()
    }

    #[test]
    fn own_results_with_a_commercial_funder_and_no_declaration_fire() {
        for t in [
            "Great to present our trial results at ESC. Drug X reduced events by 30%. Huge thanks to the sponsor for their support!",
            "Delighted to share our phase 3 data at EASD today: Glucavex cut HbA1c by 1.2%. Many thanks to our industry sponsor for making it happen!",
            "Our device trial is out 🎉 the new stent outperformed everything. Grateful to Medtrix for funding the work.",
            "Fantastic outcomes from our Zelvira study, 40% fewer flares. Big thanks to the company that funded it",
            "Proud of our team: the new inhaler halved exacerbations in our trial, sponsored by Pulmotek. Exciting times!",
        ] {
            assert!(fires(t), "{t}");
        }
    }

    #[test]
    fn declarations_public_funders_and_other_peoples_trials_stay_silent() {
        for t in [
            "Declaration: the trial was funded by Medtrix and I have received speaker fees. Our results: the stent reduced restenosis by 20%.",
            "COI: I've received research funding from Novacor. Our results at ESC today: the drug reduced events by 30%.",
            "Thanks to the NIHR for funding our trial; the exercise programme reduced falls by a third.",
            "Thanks to Diabetes UK for funding our trial of the low-calorie diet, 46% remission at one year.",
            "Journal club: an industry-sponsored trial claims the drug cut events by 30%, but the sponsor designed the endpoints. Be sceptical.",
            "Our trial results at ESC: drug X reduced events by 30%. Competing interests are listed in the paper. Thanks to the sponsor.",
            // A sponsor thanked without a result: a conference thank-you, not a claim about a product.
            "Presenting our poster today, thanks to the sponsors of the conference for the lovely venue",
        ] {
            assert!(!fires(t), "{t}");
        }
    }
}
