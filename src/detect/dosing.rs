//! Doses and directives: "take 2 x 500mg", "up your dose to", "just double your insulin", "stop taking
//! your statins", "I'll sort you some Mounjaro".
//!
//! GMC 2024 ¶13c sends doctors to the prescribing guidance whenever they propose medicines, and a dose
//! told to one person online is a prescription without a consultation. A dose in a public-health
//! message ("paracetamol: no more than 4g in 24 hours", "flu jabs are available at your pharmacy") or in
//! teaching ("the usual starting dose is 0.25mg") is not. This detector finds directives aimed at the
//! reader, offers to supply, and the public-health wording that marks the opposite; rules pair them
//! with a named prescription medicine.

use super::phrases::{floor_boundary, sentence_around};
use crate::detect::gate::Regex;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// What a directive tells the reader to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectiveKind {
    /// Take, try, start, use, inject a medicine.
    Take,
    /// Up, increase, double a dose.
    Increase,
    /// Halve, reduce, cut down.
    Decrease,
    /// Stop, come off, ditch.
    Stop,
    /// Swap one medicine for another.
    Switch,
    /// The author offers to get the medicine to the reader ("I'll sort you some", "I can get you").
    Supply,
    /// The author recommends a medicine to the reader ("I'd recommend", "you need").
    Recommend,
}

impl DirectiveKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DirectiveKind::Take => "take_directive",
            DirectiveKind::Increase => "increase_dose",
            DirectiveKind::Decrease => "reduce_dose",
            DirectiveKind::Stop => "stop_medicine",
            DirectiveKind::Switch => "switch_medicine",
            DirectiveKind::Supply => "supply_offer",
            DirectiveKind::Recommend => "recommendation",
        }
    }

    /// Changing or stopping someone's medicine, or supplying it, is riskier than suggesting one.
    pub fn is_dangerous(self) -> bool {
        matches!(
            self,
            DirectiveKind::Increase
                | DirectiveKind::Stop
                | DirectiveKind::Supply
                | DirectiveKind::Decrease
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    pub start: usize,
    pub end: usize,
    pub kind: DirectiveKind,
}

/// (pattern, kind). Patterns are matched per sentence, case-insensitively.
static DIRECTIVES: LazyLock<Vec<(Regex, DirectiveKind)>> = LazyLock::new(|| {
    use DirectiveKind::*;
    // "You should…", and the same said through a relative: "tell ur dad to…", "get your mum to…",
    // "tell uncle to…".
    let you_modal = r"(?:(?:you|u|ya)\s+(?:should|must|need\s+to|have\s+to|could|can|ought\s+to|might\s+want\s+to|want\s+to|gotta|better)|(?:tell|get)\s+(?:(?:your|ur|yr)\s+(?:dad|mum|mom|husband|wife|partner|hubby|son|daughter|nan|gran|grandad|grandma|brother|sister|other\s+half|fella|bf|gf)|uncle|auntie|aunty|nan|nana|gran|granny|grandad|grandma|dad|mum|mam)\s+to)\s+(?:just\s+|definitely\s+|really\s+|also\s+)?";
    vec![
        (
            // "Ask your GP to bump you up": a dose increase chosen for the reader.
            re(
                r"(?i)\b(?:get|ask|make|tell)\s+(?:your|ur|the|a)\s+(?:gp|doctor|dr|doc|prescriber)\s+to\s+(?:bump\s+(?:you|it)\s+up|up\s+(?:your|the|it)\b|increase\s+(?:your|the|it)\b|double\s+(?:your|the|it)\b)",
            ),
            Increase,
        ),
        (
            // "I'd ask her GP for quetiapine", "Ask for naproxen 500mg…", "worth asking the
            // pharmacist for…": the reader sent to obtain a named medicine. Said from a clause's
            // start or after a lead-in, so "patients ask their GP for antibiotics" describes.
            re(
                r"(?i)(?:^|[.!?\n:]\s*|\p{So}\s*|\b(?:i[’']?d|i\s+would|just|maybe|then|so|and|or|definitely|(?:you|u)\s+(?:could|should|can|might|need\s+to|have\s+to|gotta)|worth)\s+)(?:ask(?:ing)?|beg(?:ging)?|push(?:ing)?)\s+(?:(?:her|his|their|your|ur|yr|the|a)\s+(?:gp|doctor|doc|dr|consultant|psychiatrist|prescriber|pharmacist|team)\s+)?(?:for|about\s+(?:trying|starting|going\s+on))\s",
            ),
            Recommend,
        ),
        (
            // "Get your GP to put you on…", "ask the doctor to start you on…": the medicine chosen
            // for the reader, with the prescriber as the means.
            re(
                r"(?i)\b(?:get|ask|make|tell)\s+(?:your|ur|the|a)\s+(?:gp|doctor|dr|doc|pharmacist|prescriber)\s+(?:to\s+)?(?:put\s+you\s+on|prescribe(?:\s+you)?|give\s+you|start\s+you\s+on|switch\s+you\s+(?:to|onto))\b",
            ),
            Take,
        ),
        (
            re(&format!(
                r"(?i)\b{you_modal}(?:up|increase|double|bump\s+up|go\s+up\s+on)\b"
            )),
            Increase,
        ),
        (
            re(&format!(
                r"(?i)\b{you_modal}(?:stop|come\s+off|ditch|quit|drop)\b"
            )),
            Stop,
        ),
        (
            re(&format!(
                r"(?i)\b{you_modal}(?:halve|reduce|cut\s+down|lower)\b"
            )),
            Decrease,
        ),
        (
            re(&format!(r"(?i)\b{you_modal}(?:switch|swap|change)\b")),
            Switch,
        ),
        (
            // "turn her home O2 up to 4L", "bump his insulin up to 20".
            re(
                r"(?i)\b(?:turn|put|bump|crank|whack)\s+(?:her|his|your|ur|their|the|mum[’']?s|dad[’']?s)\s+(?:[\w-]+\s+){0,2}?up\s+to\s+\d",
            ),
            Increase,
        ),
        (
            // "half of one won't hurt him", "one won't do her any harm": a medicine allowed to
            // someone else on the writer's word.
            re(
                r"(?i)\b(?:half\s+(?:of\s+)?(?:one|a\s+tablet|a\s+pill|a\s+tab)|one|a\s+couple|a\s+small\s+one)\s+(?:won[’']?t|wont|will\s+not|isn[’']?t\s+going\s+to)\s+(?:hurt|harm|do\s+(?:him|her|you|them|u)\s+any\s+harm)(?:\s+(?:him|her|you|them|u))?\b",
            ),
            Take,
        ),
        (
            re(&format!(
                r"(?i)\b{you_modal}(?:take|try|start|use|inject|get\s+on|go\s+on|be\s+on|ask\s+(?:(?:your|ur|his|her|their|the)\s+gp\s+)?for|get\s+some|get\s+yourself|buy|order)\b"
            )),
            Take,
        ),
        (
            re(
                r"(?i)(?:^|[.!?\n:;]\s*|,\s*|\bthen\s+|\bjust\s+|\bsimply\s+|@\w+\s+)(?:get|go|hop|jump)\s+on(?:to)?\b",
            ),
            Take,
        ),
        (
            // "Honestly just start tirzepatide at 2.5mg", "what I'm telling friends & family to do".
            re(
                r"(?i)\b(?:just|simply|honestly|def|defo|deffo|definitely|100%)\s+(?:start|take|try|have)\b|(?:^|[.!?\n:;,]\s*|\bjust\s+|\bthen\s+|\b(?:lot|all|guys|girls|folks)\s+)(?:neck|pop|chuck\s+down|knock\s+back|swallow|sink)\s+(?:a\s+couple|two|three|some|\d)|(?:^|[.!?\n:;,]\s*|\bjust\s+|\bthen\s+)give\s+(?:the|your|ur)\s+(?:little\s+ones?|kids?|baby|babies|child|children|lo|toddler)\b|\bwhat\s+i[’']?m\s+telling\s+(?:my\s+)?(?:friends|family|everyone|people|mates|patients)(?:\s+(?:&|and)\s+(?:friends|family))?\s+to\s+(?:do|take)\b|\bcopy\s+(?:it\s+|my\s+\w+\s+)?at\s+(?:your|ur)\s+own\s+risk\b",
            ),
            Take,
        ),
        (
            re(
                r"(?i)(?:^|[.!?\n:;]\s*|,\s*|\bthen\s+|\bjust\s+|\bsimply\s+|@\w+\s+)(?:stop|quit)\s+taking\b",
            ),
            Stop,
        ),
        (
            re(
                r"(?i)(?:^|[.!?\n:;]\s*|,\s*|\bthen\s+|\bjust\s+|\bsimply\s+|@\w+\s+)(?:switch|swap|change)\s+(?:over\s+)?(?:to|onto|(?:it|them)\s+(?:out\s+)?for)\b",
            ),
            Switch,
        ),
        (
            re(
                r"(?i)(?:^|[.!?\n:;]\s*|,\s*|\bthen\s+|\bjust\s+|\bsimply\s+|@\w+\s+|\bif\s+(?:you|your|ur|u)\b[^.!?\n,]{1,40}?\s)(?:ask|beg)\s+(?:your\s+(?:gp|doctor|dr|pharmacist|chemist|surgery|practice)\s+|them\s+|the\s+(?:gp|doctor|pharmacist|chemist|pharmacy|surgery|practice)\s+)?for\b",
            ),
            Take,
        ),
        (
            re(
                r"(?i)\b(?:everyone|everybody|anyone|all\s+(?:of\s+)?(?:you|adults|women|men)|people|women|men)(?:\s+(?:over|aged|above|under)\s+\d+)?\s+(?:should|must|needs?\s+to|ought\s+to|has\s+to)\s+(?:be\s+(?:on|taking)|take|start|have|keep|get)\b",
            ),
            Take,
        ),
        (
            // "Anyone with performance anxiety should just ask their GP for…", "everyone who flies
            // long-haul should take…": a qualifier between the group and the modal.
            re(
                r"(?i)\b(?:everyone|everybody|anyone|all\s+(?:of\s+)?(?:you|adults|women|men)|people|women|men)\s+(?:with|who|on|in|that|over|aged|above|under)\b[^.!?\n]{1,40}?\s+(?:should|must|needs?\s+to|ought\s+to|has\s+to)\s+(?:just\s+|really\s+|definitely\s+|all\s+|simply\s+)?(?:be\s+(?:on|taking)|take|start|have|keep|get|try|use|ask\s+(?:their|your|the|a)\s+(?:gp|doctor|dr|pharmacist)\s+for)\b",
            ),
            Take,
        ),
        (
            // "Your son should be on amoxicillin", "your mum needs to start…": advice about one named
            // person the reader cares for.
            re(
                r"(?i)\b(?:your|ur)\s+(?:son|daughter|kid|kids|child|children|baby|little\s+one|mum|mom|mam|dad|husband|wife|partner|boyfriend|girlfriend|nan|gran|granny|grandad|grandma|grandpa|brother|sister|friend|mate)\s+(?:should|must|needs?\s+to|ought\s+to|has\s+to|could)\s+(?:really\s+|definitely\s+|just\s+)?(?:be\s+(?:on|taking|given)|take|start|have|get|try|use)\b",
            ),
            Take,
        ),
        (
            // "Just get some modafinil", "just grab some ibuprofen": an imperative softened by "just".
            re(
                r"(?i)\bjust\s+(?:get|grab|buy|order|pop|take|use|try|give|stick\s+(?:on|to))\s+(?:some|a|an|the|your|\d)?",
            ),
            Take,
        ),
        (
            // "Get him on amoxicillin", "give her some Calpol", "start the wee one on…": the
            // medicine chosen for the child or relative the reader looks after.
            re(
                r"(?i)(?:^|[^\w\s]\s*|\b(?:just|then|and|so|defo|honestly|tbh)\s+)(?:(?:get|put|start|stick)\s+(?:him|her|them|the\s+(?:kids?|baby|bairn|wean|wee\s+one|little\s+one|toddler))\s+on|give\s+(?:him|her|them|the\s+(?:kids?|baby|bairn|wean|wee\s+one|little\s+one|toddler))\s+(?:some\s+|a\s+|an\s+|\d)?)",
            ),
            Take,
        ),
        (
            // "Grab propranolol off one of those online pharmacies", "order some Ozempic from
            // Amazon": where to buy it, told as an imperative.
            re(
                r"(?i)(?:^|[^\w\s]\s*|\b(?:just|then|and|so|defo|honestly|tbh)\s+|\bfor\s+(?:your\s+|ur\s+|the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)(?:grab|buy|order|get)\s+(?:some\s+)?[a-z][\w-]*\s+(?:off|from)\s+(?:amazon|ebay|boots|superdrug|the\s+chemist|a\s+chemist|the\s+pharmacy|a\s+pharmacy|one\s+of\s+(?:those|the)\s+online|an?\s+online|online|the\s+internet|the\s+web)\b",
            ),
            Take,
        ),
        (
            // "Grab sumatriptan 50 from Boots", "pop a naproxen 500": a bare imperative naming the
            // medicine and its strength.
            re(
                r"(?i)(?:^|[^\w\s]\s*|\b(?:tbh|honestly|so|then|and|just|defo)\s+)(?:grab|get|buy|pop|pick\s+up)\s+(?:some\s+|a\s+|an\s+)?[a-z][\w-]*\s+\d+(?:\.\d+)?\s?(?:mg|mcg|ml|g)?\b",
            ),
            Take,
        ),
        (
            // "Get the district nurses to give 10mg Oramorph": the dose chosen for someone else's
            // patient, with their carers as the means.
            re(
                r"(?i)\bget\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:district\s+|community\s+|care\s+home\s+|hospice\s+|ward\s+)?(?:nurses?|carers?|team|them)\s+to\s+(?:give|start|use|up|increase|double)\b",
            ),
            Take,
        ),
        (
            // "For your jet lag take 3mg…": a bare imperative with a dose.
            re(
                r"(?i)(?:^|[^\w\s]\s*|\b(?:lag|pain|it|that|this|night|morning|bed|bedtime|then|and|so|tonight)\s+)take\s+\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml|iu|units?|tablets?|tabs|capsules?|puffs?)\b",
            ),
            Take,
        ),
        (
            // "Next time take sumatriptan 50mg as soon as it starts": an imperative naming the
            // medicine and its dose, at the start of a sentence or after "next time", "then".
            re(
                r"(?i)(?:^|[^\w\s]\s*|\b(?:next\s+time|then|and|so|just|tonight|always)\s+)(?:take|try|pop|start)\s+(?:some\s+|a\s+|an\s+)?[a-z][\w-]*\s+\d+(?:\.\d+)?\s?(?:mg|mcg|µg|g|ml)\b",
            ),
            Take,
        ),
        (
            // "For your migraines try sumatriptan 50mg": an imperative with a dose after the reader's
            // complaint.
            re(
                r"(?i)\bfor\s+(?:your|ur|the|that|this|those)\s+(?:[\w'’-]+\s+){0,3}?(?:just\s+)?(?:take|try|pop|use|start)\s+(?:some\s+)?[a-z][\w-]*\s+\d",
            ),
            Take,
        ),
        (
            // "Just alternate with nurofen every 2 hrs", "or just drop back to 2.5mg and sit there",
            // "for mounjaro nausea ask for ondansetron": regimens and doses set for the reader.
            re(
                r"(?i)(?:^|[^\w\s]\s*|\b(?:just|then|and|so|simply|or)\s+)(?:alternate\s+(?:it\s+|them\s+)?(?:with|between)|(?:drop|come|step|go)\s+(?:back\s+)?(?:down\s+)?to\s+\d+(?:\.\d+)?\s?(?:mg|mcg|µg|units?)\b)|\bfor\s+(?:your\s+|ur\s+|the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:just\s+)?ask\s+(?:(?:your|ur|the)\s+(?:gp|doctor|dr|pharmacist)\s+)?for\b",
            ),
            Take,
        ),
        (
            // "Max out both": to the limit of each.
            re(r"(?i)\bmax(?:ing)?\s+out\s+(?:on\s+)?(?:both|them|it|the\s+dose|each)\b"),
            Increase,
        ),
        (
            // "Borrow a friend's if you have to": someone else's medicine.
            re(
                r"(?i)\bborrow\s+(?:a\s+(?:friend|mate)[’']?s|some(?:one)?(?:\s+else)?[’']?s?\s+(?:from|off)?|(?:your|ur)\s+\w+[’']?s)",
            ),
            Supply,
        ),
        (
            // "If it's making you jittery I'd drop back to 25": the writer's choice of dose, for the
            // reader.
            re(
                r"(?i)\b(?:i[’']?d|i\s+would)\s+(?:just\s+|probably\s+|definitely\s+)?(?:drop|come|step|cut)\s+(?:it\s+|them\s+)?(?:back\s+)?(?:down\s+)?to\s+\d",
            ),
            Decrease,
        ),
        (
            // "Take the rest of the antibiotics I gave you", "use your mum's inhaler": someone else's
            // or leftover medicine.
            re(
                r"(?i)\b(?:take|use|finish|have|try)\s+(?:the\s+rest\s+of\s+(?:the|your|my|those)|your\s+(?:old|leftover|left[\s-]over|spare)|(?:some|one|a\s+few)\s+of\s+(?:my|your\s+\w+[’']?s)|my\s+(?:old|leftover|spare)|your\s+(?:mum|mom|dad|partner|husband|wife|sister|brother|friend|nan|gran)[’']?s)\b",
            ),
            Supply,
        ),
        (
            // "Get hold of some Tamiflu and start it within 48 hours", "colchicine at the first
            // twinge, don't wait": a course begun on the reader's own judgement.
            re(
                r"(?i)\bget\s+hold\s+of\b|\bstart\s+(?:it|them|taking\s+(?:it|them))\s+(?:as\s+soon\s+as|within|straight\s+away|immediately|right\s+away|at\s+the\s+first)\b|\bat\s+the\s+first\s+(?:sign|signs|twinge|hint|symptom|symptoms|tickle|sniffle)\b[^.!?\n]{0,30}?\bdon[’']?t\s+wait\b|(?:^|[.!?\n:;,]\s*|\b(?:just|then|and|so|simply)\s+)(?:take|start)\s+[\w-]+(?:\s*(?:\+|and|&)\s*[\w-]+)?\s+within\s+(?:\d+|a\s+day|a\s+few\s+days|hours)\s*(?:h|hrs?|hours?|days?)?\b",
            ),
            Take,
        ),
        (
            // "If you've got any left from last time that's the dose", "can drop a couple round":
            // leftover medicine reused, or the writer's own handed out.
            re(
                r"(?i)\bif\s+(?:you|u)[’']?(?:ve|\s+have)\s+got\s+(?:any|some)\s+(?:left|leftover|spare)|\b(?:can|could|i[’']?ll|i\s+will|happy\s+to)\s+drop\s+(?:a\s+couple|some|a\s+few|one|a\s+box|a\s+strip)\s+(?:of\s+\w+\s+)?(?:round|over|off)\b",
            ),
            Supply,
        ),
        (
            // "You won't need those SSRIs": telling the reader to do without a medicine.
            re(
                r"(?i)\byou\s+(?:won[’']?t|wont|will\s+not|don[’']?t|do\s+not)\s+(?:even\s+)?need\s+(?:those|your|the|any|that)\b",
            ),
            Stop,
        ),
        (
            re(
                r"(?i)\bi\s+(?:recommend|advise|tell|get|put)\s+(?:all\s+)?(?:of\s+)?(?:my\s+)?(?:clients|patients|followers|everyone|people|friends)\b[^.!?\n]{0,25}?\b(?:take|start|use|try|go\s+on|get\s+on|on)\b",
            ),
            Recommend,
        ),
        (
            re(
                r"(?i)\b(?:up|increase|double|triple|bump\s+up|raise)\s+(?:your|ur|the)\s+(?:dose|dosage|meds|medication|tablets|\w+)\b",
            ),
            Increase,
        ),
        (
            re(
                r"(?i)\b(?:halve|reduce|lower|cut\s+down)\s+(?:your|ur)\s+(?:dose|dosage|meds|medication|tablets|\w+)\b",
            ),
            Decrease,
        ),
        (
            re(
                r"(?i)\b(?:stop\s+taking|come\s+off|get\s+off|ditch|bin|quit|stop)\s+(?:your|ur|all\s+your|those|the)\s+\w+",
            ),
            Stop,
        ),
        (
            re(
                r"(?i)\b(?:switch|swap)\s+(?:(?:your|ur|from)\s+\w+|(?:you|u|yourself|them|him|her)\s+(?:over\s+)?(?:to|onto)\b)",
            ),
            Switch,
        ),
        (
            // "tell her to up her amlodipine to 10mg": a change passed on through the reader.
            re(
                r"(?i)\btell\s+(?:her|him|them|(?:your|ur)\s+\w+)\s+to\s+(?:up|increase|double|bump\s+up)\s+(?:her|his|their)\s+\w+",
            ),
            Increase,
        ),
        (
            re(
                r"(?i)\b(?:bump|push|put|take|move)\s+(?:yourself|yerself|your\s+dose|it|him|her)\s+up\s+to\b|\b(?:bump|push|knock|take|move)\s+(?:your|ur)\s+\w+\s+up\s+(?:to|a\s+notch|a\s+bit)\b|\bup\s+(?:your|ur)\s+(?:dose|dosage|\w+)\s+to\b|\bgo\s+up\s+to\s+\d",
            ),
            Increase,
        ),
        (
            re(
                r"(?i)(?:^|[.!?\n:]\s*|,\s*|\bthen\s+|\bjust\s+|\bsimply\s+|@\w+\s+)(?:take|pop|try|start(?:\s+(?:on|taking))?|inject|use)\s+(?:\d|a\s+(?:couple|few)|some|one|two|three|half)",
            ),
            Take,
        ),
        (
            re(
                r"(?i)(?:^|[.!?\n]\s*|,\s*|@\w+\s+|\bthen\s+)(?:just\s+|simply\s+)?(?:take|try|start|pop|inject|get|grab|use|apply)\s+(?:some\s+)?[a-z]+(?:\s+(?:on|to)\s+(?:your|the|his|her)\s+\w+)?(?:\s+\d|\s+(?:daily|nightly|weekly|twice|once|every))",
            ),
            Take,
        ),
        (
            re(
                r"(?i)\b(?:i[’']?d|i\s+would|i[’']?d\s+just|i\s+always|i\s+(?:recommend|suggest|advise|prescribe))\s+(?:recommend(?:ing)?\s+|suggest(?:ing)?\s+|advise\s+|go\s+(?:for|with)\s+|try(?:ing)?\s+|take\s+|start(?:ing)?\s+(?:you\s+)?(?:on\s+)?|put\s+you\s+on\s+|you\s+(?:try|take|start|go\s+on|get|ask)\s+)",
            ),
            Recommend,
        ),
        (
            re(
                r"(?i)\b(?:you[’']?d|you\s+would|you[’']?ll|you\s+will)\s+(?:be\s+)?(?:much\s+|far\s+|way\s+)?(?:better|best)\s+(?:off\s+)?(?:on|with|taking|using|starting)\b",
            ),
            Recommend,
        ),
        (
            // "I recommend anyone with a cancer history takes aspirin 75mg…"
            re(
                r"(?i)\bi\s+(?:recommend|suggest|advise|tell)\s+(?:that\s+)?(?:anyone|everyone|everybody|all\s+(?:my\s+)?\w+|people|patients|my\s+patients|all\s+my\s+family)\b[^.!?\n]{0,50}?\b(?:takes?|has|have|uses?|starts?|goes\s+on|gets?)\b",
            ),
            Recommend,
        ),
        (
            re(
                r"(?i)\b(?:you\s+need|what\s+you\s+need\s+is|get\s+yourself)\s+(?:some\s+|a\s+course\s+of\s+|to\s+get\s+(?:on\s+)?)?|\byou\s+want\s+(?:some\s+|a\s+course\s+of\s+|to\s+(?:get|take|start|try|be)\s+(?:on\s+)?)",
            ),
            Recommend,
        ),
        (
            re(
                r"(?i)\b(?:i[’']?ll|i\s+will|i\s+can|i\s+could|happy\s+to|i[’']?ve\s+got|i\s+have|i\s+got)\s+(?:sort|get|send|post|hook|supply|give|sell|source|bring|drop|leave|write|prescribe)\s+(?:you|u|ya|yourself)?\s*(?:up\s+)?(?:some|a\s+few|a\s+box|a\s+pen|a\s+course|spare|extra|with)?",
            ),
            Supply,
        ),
        (
            re(
                r"(?i)\b(?:spare|extra|leftover|left[\s-]over)\s+(?:pens?|box(?:es)?|tablets?|pills|vials?|doses?|packs?|bottles?|strips?|course|supply)\b|\b(?:i[’']?ve\s+got|i\s+have|i\s+got|there[’']s)\s+(?:some\s+)?(?:spare|leftover|left[\s-]over)\s+[\w-]+\s+(?:from|left|going|if|in\s+my|at\s+home)\b|\bleft\s+over\s+from\s+(?:mine|my\s+\w+)\b|\b(?:leave|drop|hand|pass|bring)\s+(?:them|it|some|a\s+few)\s+(?:over|round|in\s+your|at\s+your|on\s+your|through\s+your)\b|\bhelp\s+yourselves?\b|\bif\s+(?:one\s+of\s+)?(?:your|ur|yr|a|any\s+of\s+(?:your|ur))\s+(?:mates?|friends?|pals?|m8s?|mum|mam|flatmates?|housemates?)\s+(?:has|have|got|has\s+got)\s+(?:some|any|a\s+few|spare)\b|\b(?:borrow|nick|pinch|blag|cadge)\s+(?:some|a\s+few|one|a\s+couple)\s+(?:off|from)\s+(?:a|your|ur)\s+(?:mate|friend|mum|mam|nan|flatmate)\b|\bif\s+(?:anyone|anybody)\s+(?:needs?|wants?)\s+(?:it|them|some|any)\b|\b(?:get|have|grab|pick\s+up)\s+(?:some\s+)?(?:extra|spare|more)\s+[\w-]+\s+(?:from|off)\s+me\b",
            ),
            Supply,
        ),
        (
            re(
                r"(?i)\b(?:dm|pm|message|inbox|whatsapp)\s+me\b[^.!?\n]{0,40}\b(?:sort|get|supply|source|some|pens?|a\s+box)\b",
            ),
            Supply,
        ),
    ]
});

static PUBLIC_HEALTH: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:max(?:imum)?\.?\s+(?:dose\s+)?(?:is\s+|of\s+)?(?:\d+\s?x\s?)?\d+\s?(?:g|mg|tablets)\s+(?:a|per|in)\s+(?:day|24\s?h\w*)|(?:do\s+not|don[’']?t|never)\s+(?:exceed|take\s+more\s+than|go\s+over)|no\s+more\s+than\s+\d|read\s+the\s+(?:leaflet|label|packet)|(?:speak|talk|check)\s+(?:to|with)\s+(?:your|a)\s+(?:gp|doctor|pharmacist|prescriber|nurse|diabetes\s+team)|ask\s+(?:your|a)\s+(?:gp|doctor|pharmacist|prescriber)|see\s+your\s+(?:gp|doctor)|(?:without|before)\s+(?:speaking|talking|checking)\s+(?:to|with)|your\s+(?:gp|doctor|pharmacist|midwife|nurse)(?:\s+or\s+(?:gp|doctor|pharmacist|midwife|(?:practice\s+)?nurse))?\s+(?:can|will|may)|public\s+health\s+(?:message|reminder|advice|campaign|announcement)|(?:reminder|advice|message)\s+from\s+(?:the\s+)?nhs|nhs\s+(?:advice|advises|recommends|guidance)|(?:any|most)\s+(?:pharmacy|pharmacies|chemist|chemists|supermarket|supermarkets)\s+(?:sells?|stocks?)|flu\s+(?:jab|vaccine|vaccination)s?|covid\s+(?:jab|vaccine|booster|vaccination)s?|vaccin\w+\s+(?:is|are)\s+available|available\s+(?:free\s+)?(?:at|from)\s+(?:your\s+)?(?:local\s+)?(?:pharmacy|pharmacies|gp|surgery)|nhs\s?111|call\s+111|nhs\.uk|if\s+you(?:[’']re|\s+are)\s+eligible|as\s+prescribed|as\s+directed|follow\s+(?:the|your)\s+(?:prescriber|doctor|instructions)|sick\s+day\s+rules|#publichealth)\b",
    )
});

/// A directive is only about a medicine the reader takes when it is not negated ("don't stop taking
/// your statins") or a question ("should you double your dose?").
static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:don[’']?t|do\s+not|never|shouldn[’']?t|should\s+not|mustn[’']?t|must\s+not|won[’']?t|can[’']?t|cannot|no\s+need\s+to|not\s+to|avoid|without)\b[^.!?\n,;]{0,20}$)",
    )
});

/// "…only when the course is finished", "…only if your GP says so" right after a stop directive.
static ONLY_WHEN: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)^[^.!?\n]{0,40}?\bonly\s+(?:when|after|once|if)\b"));

/// Directives aimed at the reader, leftmost first, skipping negated ones and questions.
pub fn find_directives(text: &str) -> Vec<Directive> {
    let mut out: Vec<Directive> = Vec::new();
    for (pattern, kind) in DIRECTIVES.iter() {
        for m in pattern.find_iter(text) {
            // Trim a leading sentence break captured by the `^|[.!?\n]` alternatives.
            let lead = m.as_str().find(|c: char| c.is_alphabetic()).unwrap_or(0);
            let start = m.start() + lead;
            let end = m.end().max(start);
            let before_from = floor_boundary(text, start.saturating_sub(40));
            if text
                .get(before_from..start)
                .is_some_and(|b| NEGATED.is_match(b))
            {
                continue;
            }
            if *kind == DirectiveKind::Supply && is_discount_or_idiom(text, end) {
                continue;
            }
            // "Stop taking your antibiotics only when the course is finished": a condition, not
            // an instruction to stop.
            if *kind == DirectiveKind::Stop
                && text.get(end..).is_some_and(|rest| ONLY_WHEN.is_match(rest))
            {
                continue;
            }
            let (s, e) = sentence_around(text, start);
            let sentence = text.get(s..e).unwrap_or("").trim_end();
            if sentence.ends_with('?') && *kind != DirectiveKind::Supply {
                continue;
            }
            // "The new pens go up to 15mg" describes the pens: "go up to" tells the reader only
            // when it is said to them.
            let described = text
                .get(start..end)
                .is_some_and(|w| w.to_ascii_lowercase().starts_with("go up to"))
                && !said_to_the_reader(text, start);
            if described {
                continue;
            }
            out.push(Directive {
                start,
                end: end.min(text.len()),
                kind: *kind,
            });
        }
    }
    out.sort_by_key(|d| (d.start, d.end));
    // Overlapping matches: keep one, preferring the riskier reading ("just take the rest of the
    // antibiotics" is someone else's supply, not a plain suggestion).
    let mut kept: Vec<Directive> = Vec::with_capacity(out.len());
    for d in out {
        match kept.last_mut() {
            Some(last) if d.start < last.end => {
                if d.kind.is_dangerous() && !last.kind.is_dangerous() {
                    *last = d;
                }
            }
            _ => kept.push(d),
        }
    }
    kept
}

/// A dose step said to the reader, not of a thing: "…, jump straight to 1mg", "Go to 10mg", "just
/// bump it to 100mg", "@dave go up to 10mg", but not "the new pens jump to 2.4mg". The verb opens
/// its clause or follows a word or handle that hands it to the reader.
pub fn said_to_the_reader(text: &str, start: usize) -> bool {
    const LEAD_INS: &[&str] = &[
        "just", "then", "and", "so", "simply", "now", "you", "can", "should", "must", "to",
        "please", "straight", "ya", "u", "ur",
    ];
    let head = text.get(..start).unwrap_or("").trim_end();
    let Some(last) = head.chars().last() else {
        return true;
    };
    if !last.is_alphanumeric() {
        return true;
    }
    // "@dave go up to 10mg": the handle names the reader.
    super::text::word_before(text, start).is_none_or(|w| {
        LEAD_INS.contains(&w.lower().as_str())
            || text.get(..w.start).is_some_and(|h| h.ends_with('@'))
    })
}

/// "I'll sort you out", "happy to give anyone 10% off": offers of a service or a discount, not of a
/// medicine.
fn is_discount_or_idiom(text: &str, end: usize) -> bool {
    let to = super::phrases::ceil_boundary(text, (end + 30).min(text.len()));
    let after = text.get(end..to).unwrap_or("").to_ascii_lowercase();
    let trimmed = after.trim_start();
    trimmed.starts_with("out")
        || trimmed.starts_with("a discount")
        || trimmed.starts_with("a code")
        || DISCOUNT.is_match(&after)
}

static DISCOUNT: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\d+\s?%\s*off|£\d+\s+off|discount|promo\s+code"));

/// Public-health wording near `pos`: maximum doses, "speak to your pharmacist", flu jabs.
pub fn public_health_near(text: &str, pos: usize) -> Option<(usize, usize)> {
    public_health_matches(text, pos).into_iter().next()
}

/// Public-health wording near `pos` other than a bare "ask your doctor": a dose given to a reader
/// followed by "ask your GP!" is still a dose given, so rules weigh that cue separately.
pub fn strong_public_health_near(text: &str, pos: usize) -> Option<(usize, usize)> {
    public_health_matches(text, pos)
        .into_iter()
        .find(|&(s, e)| !is_consult_cue(text, s, e))
}

/// "Ask your GP", "speak to your doctor": the fig leaf added to advice, not advice to see someone
/// instead. "Ask your GP for a rescue pack" is a directive to obtain the medicine.
pub fn is_consult_cue(text: &str, s: usize, e: usize) -> bool {
    let cue = text.get(s..e).unwrap_or("").to_ascii_lowercase();
    ["ask ", "speak ", "talk ", "check ", "see your"]
        .iter()
        .any(|p| cue.starts_with(p))
}

/// A consult cue that asks for the medicine ("ask your GP for a supply", "ask your GP to try it
/// for your dad", "just ask your GP to prescribe") rather than for advice.
pub fn consult_cue_asks_for_it(text: &str, e: usize) -> bool {
    let to = super::phrases::ceil_boundary(text, (e + 16).min(text.len()));
    text.get(e..to).is_some_and(|a| {
        let a = a.trim_start().to_ascii_lowercase();
        a.starts_with("for ")
            || ["try", "prescribe", "give", "start", "put", "write"]
                .iter()
                .any(|v| {
                    a.strip_prefix("to ")
                        .is_some_and(|rest| rest.starts_with(v))
                })
    })
}

/// "Your GP will only say the same", "your doctor would give you exactly the same": the writer's
/// advice vouched for, not the reader sent to their doctor.
static SAME_AS_YOUR_DOCTOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s+(?:only\s+|just\s+|probably\s+|likely\s+|basically\s+)?(?:say|tell\s+you|give\s+you|prescribe(?:\s+you)?|recommend|suggest|do)\s+(?:exactly\s+|just\s+|pretty\s+much\s+)?(?:the\s+(?:exact\s+)?same|that|this|it|(?:you\s+)?the\s+(?:weak|weaker|rubbish|crap|useless|low[\s-]dose)\s+(?:stuff|one|ones|version|dose))\b",
    )
});

fn public_health_matches(text: &str, pos: usize) -> Vec<(usize, usize)> {
    let (s, e) = sentence_around(text, pos);
    let from = floor_boundary(text, s.saturating_sub(120));
    let to = super::phrases::ceil_boundary(text, (e + 120).min(text.len()));
    let Some(win) = text.get(from..to) else {
        return Vec::new();
    };
    PUBLIC_HEALTH
        .find_iter(win)
        .map(|m| (from + m.start(), from + m.end()))
        .filter(|&(s, e)| {
            let vouched = text
                .get(s..e)
                .and_then(|c| c.get(..4))
                .is_some_and(|w| w.eq_ignore_ascii_case("your"))
                && text
                    .get(e..)
                    .is_some_and(|rest| SAME_AS_YOUR_DOCTOR.is_match(rest));
            !vouched
        })
        .collect()
}

/// A regimen told as fact in a reply or message: "500mg for 3 days should sort your chest out",
/// "50mg every 6h is fine for your back". Rules pair it with a dose and a second person.
static REGIMEN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:once|twice|three\s+times|four\s+times|\d\s?x|\d\s+times)\s+(?:a|per)\s+day|(?:once|twice|three\s+times|\d\s?x|\d\s+times|[1-6]\s+(?:nights|days|mornings))\s+(?:a|per)\s+week|(?:then\s+)?(?:again|repeat(?:ed)?|another)\s+(?:in|after)\s+(?:\d+|a|one|two)\s*(?:days?|wks?|weeks?)\b|build\s+(?:up\s+)?to\s+(?:nightly|daily|twice)|at\s+the\s+start(?:\s+line)?\b|nightly\b|at\s+the\s+(?:very\s+)?first\s+(?:sign|twinge|hint)\b|repeat\s+(?:after|in)\s+\d+\s*(?:h|hrs?|hours?)\b|the\s+(?:day|night)\s+before\b|between\s+(?:shifts|nights|lates|long\s+days)\b|thrice\s+daily\b|(?:every|each)\s+(?:\d+\s?(?:h|hrs?|hours?)|hour|morning|night|day)\b|for\s+(?:\d+|a|one|two|three|five|seven|ten|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?|months?)|(?:is|are|should\s+be|would\s+be)\s+(?:fine|safe|ok|okay|perfect)|(?:should|will|would|that[’']?ll)\s+sort\b|to\s+start\b|as\s+a\s+one[\s-]off|before\s+(?:your|the|bed)\b|(?:\d+|half\s+an?|an?)\s*(?:min(?:ute)?s?|hours?|hrs?)\s+before\s+(?:you|u|bed|sleep)\b|(?:\d+|two|three|four|a\s+few)\s+(?:nights?|days?)\s+(?:running|in\s+a\s+row)\b|for\s+(?:\d+|a|one|two|three|four|five|seven|ten)\s+nights?|at\s+(?:local\s+)?(?:bedtime|night)|in\s+the\s+(?:morning|evening)|an\s+hour\s+before|(?:od|bd|tds|qds|nocte|mane|prn)\b|daily|every\s+day|a\s+day\b|weekly\b|(?:is|are)\s+the\s+(?:answer|solution|fix|way\s+forward)\s+for\s+(?:anyone|everyone|everybody|you|u|all)\b|(?:will|[’']ll|should|would)\s+(?:knock\s+you\s+out|sort\s+you\s+(?:out|right)|settle\s+you)|(?:does|do|did)\s+the\s+trick|works?\s+(?:a\s+treat|wonders|like\s+a\s+charm|every\s+(?:single\s+)?time)|the\s+(?:second|minute|moment|instant)\s+(?:it|the\s+(?:pain|headache|migraine|aura|attack))\s+(?:starts|kicks\s+in|comes\s+on|begins)\b|(?:is|are)\s+the\s+way\s+to\s+go\b|before\s+(?:you\s+(?:go\s+out|drink|hit\s+the|head\s+out)|a\s+(?:night\s+out|big\s+night|session))|(?:you[’']re|you\s+are|ur|you[’']ll\s+be)\s+sorted|before\s+the\s+(?:gun|race|start|flight|exam|match|game|run|marathon|big\s+day)\b|at\s+take[\s-]?off\b|the\s+(?:second|minute|moment|instant)\s+(?:you|u)\s+(?:get|wake|finish|land|come|walk)\b|as\s+soon\s+as\s+(?:you|u)\s+(?:get\s+(?:home|in|back)|wake|finish|land)\b|at\s+halfway\b|the\s+(?:morning|night|day)\s+(?:of|before)\s+(?:the|your|ur)\s+\w+|(?:(?:take|have|pop)\s+)?another\s+(?:one\s+)?(?:after|in)\s+\d|as\s+soon\s+as\s+(?:it|the\s+(?:pain|headache|migraine|aura|symptoms?|attack|flare))\s+(?:starts|comes\s+on|kicks\s+in|begins)\b|=\s+(?:cheap\s+|free\s+|instant\s+)?(?:[\w-]+\s+){0,2}?(?:insurance|protection|cure)\b)",
    )
});

/// Regimens ("twice a day", "for 3 days", "is fine") as [`DirectiveKind::Recommend`] directives.
pub fn find_regimens(text: &str) -> Vec<Directive> {
    REGIMEN
        .find_iter(text)
        .map(|m| Directive {
            start: m.start(),
            end: m.end(),
            kind: DirectiveKind::Recommend,
        })
        .collect()
}

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:\d+\s?x\s?)?\d+(?:\.\d+)?\s?(?:mg|mcg|µg|micrograms?|milligrams?|g|ml|units?|iu|tablets?|tabs|pills?|capsules?|puffs?|clicks?)\b",
    )
});

/// Dose amounts ("500mg", "2 x 500mg", "20 units").
pub fn find_amounts(text: &str) -> Vec<(usize, usize)> {
    AMOUNT
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<DirectiveKind> {
        find_directives(t).into_iter().map(|d| d.kind).collect()
    }

    #[test]
    fn going_up_to_a_dose_is_an_instruction_only_when_said_to_the_reader() {
        for t in [
            "Just go up to 10mg, your clinic won't mind.",
            "@dave_k go up to 10mg of the sertraline next week",
            "Stuck at 5mg? Go up to 7.5mg.",
        ] {
            assert_eq!(kinds(t), [DirectiveKind::Increase], "{t}");
        }
        for t in [
            "Heads up: the new Mounjaro pens go up to 15mg now.",
            "Tirzepatide doses go up to 15mg weekly in the licence.",
        ] {
            assert!(kinds(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn a_stop_with_a_condition_is_not_an_instruction_to_stop() {
        assert_eq!(
            kinds("Stop taking your statins, they're useless"),
            [DirectiveKind::Stop]
        );
        assert!(kinds("Stop taking your antibiotics only when the course is finished").is_empty());
    }

    #[test]
    fn finds_directives_to_the_reader() {
        assert_eq!(
            kinds("Just double your insulin tonight"),
            [DirectiveKind::Increase]
        );
        assert_eq!(
            kinds("You should take 100mg sertraline"),
            [DirectiveKind::Take]
        );
        assert_eq!(
            kinds("Stop taking your statins, they're poison"),
            [DirectiveKind::Stop]
        );
        assert_eq!(kinds("Take 2 x 500mg with food"), [DirectiveKind::Take]);
        assert!(kinds("DM me and I'll sort you some Mounjaro").contains(&DirectiveKind::Supply));
    }

    #[test]
    fn a_course_begun_on_the_readers_own_judgement() {
        for t in [
            "get hold of some Tamiflu and start it within 48 hours",
            "just ask the pharmacist for dexamethasone",
            "Take ciprofloxacin with you and start it as soon as you get diarrhoea",
            "colchicine at the first twinge, don't wait",
            "if you get COVID, take hydroxychloroquine + zinc within 48h",
        ] {
            assert!(kinds(t).contains(&DirectiveKind::Take), "{t}");
        }
        assert!(kinds("My dad had to start apixaban within a day of his diagnosis").is_empty());
    }

    #[test]
    fn skips_negated_directives_and_questions() {
        assert!(kinds("Don't stop taking your statins without advice").is_empty());
        assert!(kinds("Should you double your dose if you miss one?").is_empty());
    }

    #[test]
    fn the_prescriber_as_the_means_and_endorsed_regimens() {
        assert_eq!(
            kinds("Make your GP put you on sertraline, it's the best one"),
            [DirectiveKind::Take]
        );
        assert!(kinds("My GP put me on amlodipine last year").is_empty());
        assert!(!find_regimens("50mg of that will knock you out").is_empty());
        assert!(find_regimens("that film will knock your socks off").is_empty());
    }

    #[test]
    fn broader_directive_shapes() {
        assert_eq!(
            kinds("Your daughter should be on doxycycline for that"),
            [DirectiveKind::Take]
        );
        assert_eq!(
            kinds("Anyone who gets migraines should ask their GP for sumatriptan"),
            [DirectiveKind::Take]
        );
        assert_eq!(
            kinds("Use your sister's inhaler until Monday"),
            [DirectiveKind::Supply]
        );
        assert!(kinds("Don't use your sister's inhaler").is_empty());
        assert_eq!(
            kinds("For the pain take 400mg with food"),
            [DirectiveKind::Take]
        );
        assert!(kinds("I take 400mg with food").is_empty());
        assert!(!find_regimens("one puff bd for a week").is_empty());
        assert_eq!(
            kinds("If your hay fever is bad ask your GP for a Kenalog injection"),
            [DirectiveKind::Take]
        );
        assert_eq!(
            kinds("My top tip for anyone with anxiety: get on sertraline"),
            [DirectiveKind::Take]
        );
        assert!(kinds("I get on the train at eight").is_empty());
    }

    #[test]
    fn public_health_wording() {
        let t = "Paracetamol: max 4g a day. Read the leaflet.";
        assert!(public_health_near(t, 0).is_some());
        assert!(public_health_near("Flu jabs are available at your pharmacy", 0).is_some());
        assert!(public_health_near("Take 2 tonight", 0).is_none());
        assert_eq!(find_amounts("take 2 x 500mg").len(), 1);
    }

    #[test]
    fn session_28_slang_swallowing_verbs_children_dosed_and_pills_borrowed_from_mates() {
        for t in [
            "def try 100mcg estradiol patches twice a week",
            "neck 800mg ibuprofen at the start line",
            "give the little ones under 2 one too, 1 tab each then again in 2 wks",
        ] {
            assert!(!kinds(t).is_empty(), "{t}");
        }
        assert!(
            kinds("5mg of diazepam if one of ur mates has some").contains(&DirectiveKind::Supply)
        );
        assert!(kinds("I def tried melatonin once, it didn't help me").is_empty());
        assert!(!find_regimens("start 0.025% 3 nights a week, build to nightly").is_empty());
    }

    #[test]
    fn session_30_turned_up_to_a_flow_half_a_tablet_allowed_and_the_answer_for_anyone() {
        assert_eq!(
            kinds("turn her home O2 up to 4L overnight"),
            [DirectiveKind::Increase]
        );
        assert_eq!(
            kinds("half of one won't hurt him if he's that anxious"),
            [DirectiveKind::Take]
        );
        assert!(kinds("one more shift won't hurt").is_empty());
        assert!(!find_regimens(
            "Semaglutide 2.4mg weekly is the answer for anyone with a BMI over 27"
        )
        .is_empty());
    }
}
