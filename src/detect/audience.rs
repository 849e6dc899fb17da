//! Who a group message speaks to.
//!
//! A group chat is a closed room by default: colleagues on a rota chat, friends, family. But a
//! parents' group, a village noticeboard or a channel of subscribers is a public square in all but
//! name, and a message that asks its members to pass it on is meant to travel beyond the room. The
//! MDU's advice that social media is not the forum for concerns about care (GMP 2024 ¶75c) applies
//! there as on a public timeline, so rules that judge what is said in public ask [`open_group`].
//!
//! The room is known by its name when the export gives one (a WhatsApp or Messenger chat title),
//! else by how the message opens ("For the mums in here:", "Village group PSA", "Everyone in this
//! channel:"), or by a request to spread it ("please pass this on", "share far and wide"). A room
//! of colleagues ("Team:", "Rota group", a chat called "Ward 7 juniors") stays closed, whatever it
//! is asked to share: a team is where a concern should be raised.

use crate::detect::gate::Regex;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    crate::detect::phrases::regex(pattern)
}

/// Members of the public gathered by where they live, their children or a shared interest.
const LAY_MEMBERS: &str = r"(?:mums?|mummies|mothers|dads|parents?|pta|nct|school|village|villagers|community|neighbou?rs?|neighbou?rhood|residents?|street|estate|parish|church|playgroup|toddlers?|antenatal|carers|followers|subscribers|noticeboard|notice\s+board|locals|road|close|avenue|lane|crescent)";

/// Colleagues: a team, a rota, a ward, a grade or a department.
const COLLEAGUES: &str = r"(?:team|rota|ward|wards|juniors|regs|registrars|consultants|f1s?|f2s?|fy1s?|fy2s?|shos?|doctors|nurses|midwives|colleagues|staff|mess|on[\s-]?call|department|dept|practice\s+team|partners|trainees|locums|theatres|icu|itu|ed|a&e|handover|clinical|committee|board)";

/// The opening of a message that names its audience as lay: "For the mums in here:", "Village
/// group PSA", "Neighbours,", "Everyone in this channel:", "Sharing with the school parents chat".
static LAY_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\W*(?:(?:hi|hey|hello|morning|evening)\s+(?:all\s+|everyone\s+)?)?(?:(?:for|to|from|calling|attention|sharing\s+with|posting\s+for|message\s+for)\s+)?(?:all\s+)?(?:the\s+|my\s+|our\s+|you\s+)?(?:lovely\s+|fellow\s+)?(?:(?:\w+\s+){{0,2}}?{LAY_MEMBERS}(?:[’']s|s[’']|[’'])?(?:\s+(?:group|chat|page|channel|whatsapp|association|forum|network|committee|in\s+here|here|out\s+there))?(?:\s+(?:in|of|from|around)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?|(?:everyone|everybody)\s+in\s+(?:here|this\s+(?:group|chat|channel|page))|all\s+members|friends\s+and\s+neighbou?rs)(?:\s*(?:psa\b|[:,!—–-])|\s+\p{{So}})",
    ))
});

/// "As your GP I think you deserve to know…": the writer addresses the room as its members' doctor,
/// so the room is patients.
static AS_THEIR_DOCTOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\W*as\s+(?:your|the\s+village(?:'s)?|the\s+town(?:'s)?)\s+(?:local\s+)?(?:gp|doctor|family\s+doctor)\b",
    )
});

/// A numbered or labelled broadcast to subscribers: "Channel post #142:", "Channel update:".
static CHANNEL_POST: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^\W*(?:channel|broadcast|subscribers?)\s+(?:post|update|announcement|message|note)\b")
});

/// An opening or a chat title that names colleagues.
static COLLEAGUE_ROOM: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)^\W*(?:(?:hi|hey|morning|evening)\s+)?(?:(?:for|to|all|sharing\s+with)\s+)?(?:the\s+|my\s+|our\s+)?(?:\w+\s+){{0,2}}?{COLLEAGUES}(?:\s+(?:group|chat))?\s*[:,!—–-]"
    ))
});

/// A chat title naming lay members ("Larkhill Parents 2024", "Elm Road neighbours").
static LAY_NAME: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)\b{LAY_MEMBERS}\b")));

/// A chat title naming colleagues ("Ward 7 juniors", "GP partners", "Anaesthetics rota").
static COLLEAGUE_NAME: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)\b{COLLEAGUES}\b")));

/// Members asked to carry a message beyond where it was posted ("please pass this on", "share far
/// and wide", "tell your friends"); RC001 also counts it as a rally on a public post.
pub const SPREAD_REQUEST: &str = r"(?:pass\s+(?:this|it)\s+on|share\s+(?:this\s+|it\s+)?(?:far\s+and\s+wide|widely|everywhere|with\s+(?:everyone|anyone|anybody|your\s+friends|your\s+family|friends|family))|tell\s+(?:your|all\s+your)\s+(?:friends|family|neighbou?rs|mates)|spread\s+the\s+word|forward\s+(?:this|it)\s+(?:on|to\s+(?:everyone|anyone|your))|screenshot\s+(?:this\s+)?and\s+share|screenshot\s+(?:this\s+)?freely|forwarding\s+(?:this\s+)?so\s+everyone\s+knows|warn\s+(?:your\s+(?:friends|family|neighbou?rs)|everyone\s+you\s+know))";

static SPREAD_IT: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"(?i)\b{SPREAD_REQUEST}\b")));

/// True when a group message speaks to the public in effect: the room is lay (by its name or by
/// how the message addresses it) or the message asks to be spread, and the room is not one of
/// colleagues. `room` is the chat or group title when the export gives it.
pub fn open_group(text: &str, room: Option<&str>) -> bool {
    let opening = text
        .get(..crate::detect::phrases::floor_boundary(text, 80))
        .unwrap_or(text);
    let colleagues = COLLEAGUE_ROOM.is_match(opening)
        || room.is_some_and(|n| COLLEAGUE_NAME.is_match(n) && !LAY_NAME.is_match(n));
    if colleagues {
        return false;
    }
    room.is_some_and(|n| LAY_NAME.is_match(n))
        || LAY_OPENING.is_match(opening)
        || AS_THEIR_DOCTOR.is_match(opening)
        || CHANNEL_POST.is_match(opening)
        || SPREAD_IT.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lay_rooms_by_opening_name_or_request_to_spread() {
        for (text, room) in [
            ("For the mums in here: the ward is unsafe", None),
            (
                "Village group PSA from a local doctor: steer clear of the surgery",
                None,
            ),
            (
                "Sharing with the school parents chat: the unit is unsafe",
                None,
            ),
            (
                "Everyone in this channel: the A&E is running without a consultant",
                None,
            ),
            (
                "Neighbours, I'm begging you: don't let them send your dad there",
                None,
            ),
            ("Community noticeboard: get her out of that home", None),
            ("the unit is unsafe right now, please pass this on", None),
            (
                "the unit is unsafe right now",
                Some("Larkhill Parents 2024"),
            ),
        ] {
            assert!(open_group(text, room), "{text} / {room:?}");
        }
    }

    #[test]
    fn colleague_rooms_and_plain_chats_stay_closed() {
        for (text, room) in [
            (
                "Team: ward 7 is dangerously short tonight, please pass this on",
                None,
            ),
            (
                "Rota group: maternity is short of midwives this weekend",
                None,
            ),
            (
                "the unit is unsafe right now, share with everyone",
                Some("Ward 7 juniors"),
            ),
            ("the unit is unsafe right now", None),
            ("the unit is unsafe right now", Some("Sarah, Tom and Jas")),
            ("Morning all, anyone free for a coffee?", None),
        ] {
            assert!(!open_group(text, room), "{text} / {room:?}");
        }
    }
}
