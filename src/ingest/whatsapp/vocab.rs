//! The localised words WhatsApp writes in place of content: deleted-message notices, omitted-media
//! markers, call notices, live-location notices, and the system events that mean "this is a group".
//!
//! The lists come from the sample exports in 18 languages (FORMATS.md §10) plus the common European
//! forms of call and live-location notices. Comparison is on [`normalised`] text — bidi marks removed,
//! Devanagari nukta letters folded, trailing full stop dropped — because the same word reaches us in
//! more than one Unicode spelling. Anything not listed degrades gracefully (see [`super::markers`]).

use super::header::is_mark;
use aho_corasick::AhoCorasick;
use regex::Regex;
use std::sync::LazyLock;

fn strip_all_marks(s: &str) -> String {
    s.chars().filter(|c| !is_mark(*c)).collect()
}

/// Text as compared against vocabulary lists: marks removed, Devanagari nukta letters decomposed,
/// trimmed, trailing full stop removed.
pub fn normalised(s: &str) -> String {
    if s.is_ascii() {
        // No marks and no Devanagari to fold: only the trimming applies.
        return s.trim().trim_end_matches('.').trim().to_string();
    }
    let t = fold(&strip_all_marks(s));
    t.trim().trim_end_matches(['.', '。']).trim().to_string()
}

/// The precomposed Devanagari nukta letters (U+0958–U+095F) as base letter + nukta, the form
/// Unicode normalisation gives them. Exports write both, so comparisons fold them to one.
fn fold(s: &str) -> String {
    const BASES: [char; 8] = ['क', 'ख', 'ग', 'ज', 'ड', 'ढ', 'फ', 'य'];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match (c as u32)
            .checked_sub(0x0958)
            .and_then(|i| BASES.get(i as usize))
        {
            Some(base) => {
                out.push(*base);
                out.push('\u{093C}');
            }
            None => out.push(c),
        }
    }
    out
}

/// Deleted-message notices: `Some(true)` for "You deleted this message" (the exporter's own).
const DELETED_BY_OWNER: &[&str] = &[
    "You deleted this message",
    "Du hast diese Nachricht gelöscht",
    "Tuto zprávu jste odstranil/a",
    "Tuto zprávu jste smazal/a",
    "U hebt dit bericht verwijderd",
    "Je hebt dit bericht verwijderd",
    "Вы удалили данное сообщение",
    "Вы удалили это сообщение",
    "Vous avez supprimé ce message",
    "आपने यह मैसेज डिलीट किया",
    "Anda menghapus pesan ini",
    "Hai eliminato questo messaggio",
    "このメッセージを削除しました",
    "Apagou esta mensagem",
    "Você apagou esta mensagem",
    "Eliminaste este mensaje",
    "คุณได้ลบข้อความนี้",
    "Ви видалили це повідомлення",
    "Bạn đã xoá tin nhắn này",
    "Bạn đã xóa tin nhắn này",
    "لقد حذَفت هذه الرسالة",
    "لقد حذفت هذه الرسالة",
    "أنت حذفت هذه الرسالة",
];

const DELETED_BY_OTHER: &[&str] = &[
    "This message was deleted",
    "Diese Nachricht wurde gelöscht",
    "Tato zpráva byla odstraněna",
    "Tato zpráva byla smazána",
    "Dit bericht is verwijderd",
    "Данное сообщение удалено",
    "Это сообщение удалено",
    "Ce message a été supprimé",
    "यह मैसेज डिलीट कर दिया गया है",
    "Pesan ini dihapus",
    "Questo messaggio è stato eliminato",
    "このメッセージは削除されました",
    "Esta mensagem foi apagada",
    "Mensagem apagada",
    "Se eliminó este mensaje",
    "Este mensaje fue eliminado",
    "ข้อความนี้ถูกลบแล้ว",
    "Це повідомлення було видалено",
    "Tin nhắn này đã bị xóa",
    "Tin nhắn này đã bị xoá",
    "تم حذف هذه الرسالة",
];

pub fn deleted_marker(norm: &str) -> Option<bool> {
    static LOOKUP: LazyLock<Vec<(String, bool)>> = LazyLock::new(|| {
        let owner = DELETED_BY_OWNER.iter().map(|m| (key(m), true));
        let other = DELETED_BY_OTHER.iter().map(|m| (key(m), false));
        owner.chain(other).collect()
    });
    if norm.len() > LONGEST_NOTICE {
        return None;
    }
    let k = norm.to_lowercase();
    LOOKUP
        .iter()
        .find(|(m, _)| *m == k)
        .map(|(_, owner)| *owner)
}

/// Notices are short; longer text is a message and skips the lookups.
const LONGEST_NOTICE: usize = 120;

/// A vocabulary entry as compared: folded and lower-cased.
fn key(word: &str) -> String {
    fold(word).to_lowercase()
}

/// iOS omitted-media markers by kind, from the 18 sample languages.
const OMITTED: &[(&str, &[&str])] = &[
    (
        "photo",
        &[
            "image omitted",
            "Bild weggelassen",
            "obrázek vynechán",
            "image absente",
            "फ़ोटो हटाई गई",
            "gambar tidak disertakan",
            "immagine omessa",
            "画像は含まれていません",
            "imagem não revelada",
            "изображение отсутствует",
            "imagen omitida",
            "ไม่มีรูปภาพ",
            "зображення відсутнє",
            "đã bỏ qua hình ảnh",
            "لم يتم إدراج الصورة",
            "sticker omitted",
            "Sticker weggelassen",
            "nálepka vynechána",
            "sticker omis",
            "स्टिकर छोड़ा गया",
            "stiker tidak disertakan",
            "sticker non incluso",
            "スタンプは含まれていません",
            "sticker não revelado",
            "стикер не добавлен",
            "sticker omitido",
            "ไม่มีสติกเกอร์",
            "Наклейку не додано",
            "đã bỏ sticker",
            "تم حذف الملصقات",
        ],
    ),
    (
        "video",
        &[
            "video omitted",
            "Video weggelassen",
            "video vynecháno",
            "vidéo absente",
            "वीडियो छोड़ा गया",
            "video tidak disertakan",
            "video omesso",
            "ビデオは含まれていません",
            "vídeo não revelado",
            "видео отсутствует",
            "Video omitido",
            "วิดีโอถูกลบ",
            "відео відсутнє",
            "đã bỏ video",
            "لم يتم إدراج الفيديوهات",
        ],
    ),
    (
        "audio",
        &[
            "audio omitted",
            "Audio weggelassen",
            "zvukový soubor vynechán",
            "audio omis",
            "ऑडियो हटाई गयी",
            "audio tidak disertakan",
            "audio omesso",
            "音声は含まれていません",
            "ficheiro de áudio não revelado",
            "аудиофайл отсутствует",
            "audio omitido",
            "ไม่มีไฟล์เสียง",
            "аудіо відсутнє",
            "bỏ qua tệp âm thanh",
            "لم يتم إدراج المقاطع الصوتية",
        ],
    ),
    (
        "file",
        &[
            "document omitted",
            "Dokument weggelassen",
            "dokument vynechán",
            "document manquant",
            "डॉक्यूमेंट छोड़ा गया",
            "dokumen tidak disertakan",
            "documento omesso",
            "ドキュメントは含まれていません",
            "documento não revelado",
            "документ отсутствует",
            "documento omitido",
            "ละเว้นเอกสาร",
            "документ пропущено",
            "đã bỏ qua tài liệu",
            "لم يتم إدراج المستند",
            "Contact card omitted",
            "Kontaktkarte ausgelassen",
            "Vizitka vynechána",
            "Fiche contact manquante",
            "कॉन्टैक्ट कार्ड छोड़ा गया",
            "Kartu kontak tidak disertakan",
            "Scheda contatto omessa",
            "連絡先カードを省略",
            "Contacto não revelado",
            "Карточка контакта отсутствует",
            "Tarjeta de contacto omitida",
            "บัตรรายชื่อที่ละเว้น",
            "Картка контакту відсутня",
            "Bỏ qua thẻ liên lạc",
            "لم يتم إدراج بطاقة جهة اتصال",
        ],
    ),
];

pub fn omitted_kind(marker: &str) -> Option<&'static str> {
    static LOOKUP: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
        OMITTED
            .iter()
            .flat_map(|(kind, words)| words.iter().map(move |w| (key(w), *kind)))
            .collect()
    });
    let m = normalised(marker);
    if m.contains("GIF") {
        return Some("gif");
    }
    let k = m.to_lowercase();
    LOOKUP.iter().find(|(w, _)| *w == k).map(|(_, kind)| *kind)
}

/// Live-location notices (the share itself has no coordinates in the export).
const LIVE_LOCATION: &[&str] = &[
    "live location shared",
    "live location",
    "standort live geteilt",
    "ubicación en tiempo real",
    "position en direct",
    "posizione in tempo reale",
    "localização em tempo real",
    "геоданные в реальном времени",
    "live-locatie",
];

pub fn is_live_location(norm: &str) -> bool {
    let lower = norm.to_lowercase();
    LIVE_LOCATION.iter().any(|w| lower.starts_with(w))
}

/// Call notices, kept so contact by phone is visible; they carry no text.
const CALLS: &[&str] = &[
    "Missed voice call",
    "Missed video call",
    "Missed group voice call",
    "Missed group video call",
    "Voice call",
    "Video call",
    "Silenced voice call",
    "Zmeškaný hovor",
    "Zmeškaný videohovor",
    "Gemiste spraakoproep",
    "Gemiste video-oproep",
    "Пропущенный аудиозвонок",
    "Пропущенный видеозвонок",
    "Verpasster Sprachanruf",
    "Verpasster Videoanruf",
    "Llamada perdida",
    "Videollamada perdida",
    "Appel vocal manqué",
    "Appel vidéo manqué",
    "Chiamata vocale persa",
    "Videochiamata persa",
    "Chamada de voz perdida",
    "Chamada de vídeo perdida",
];

pub fn is_call(norm: &str) -> bool {
    static LOOKUP: LazyLock<Vec<String>> = LazyLock::new(|| CALLS.iter().map(|c| key(c)).collect());
    if norm.len() > LONGEST_NOTICE {
        return false;
    }
    let k = norm.to_lowercase();
    LOOKUP.iter().any(|c| {
        k == *c
            || k.strip_prefix(c.as_str())
                .is_some_and(|rest| rest.starts_with(','))
    })
}

/// System events that Android (and some iOS versions) attribute to an author without any mark.
const SYSTEM_PHRASES: &[&str] = &[
    "messages and calls are end-to-end encrypted",
    "messages to this chat and calls are now secured with end-to-end encryption",
    "messages you send to this group are now secured with end-to-end encryption",
    "messages you send to this chat and calls are now secured",
    "updated the message timer",
    "turned on disappearing messages",
    "turned off disappearing messages",
    "your security code with",
    "changed their phone number to",
    "changed to a new number",
];

pub fn is_system_phrase(norm: &str) -> bool {
    static MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(SYSTEM_PHRASES)
            .ok()
    });
    MATCHER.as_ref().is_some_and(|m| m.is_match(norm))
}

/// Words that make a system event a group event (created, added, left, group renamed…).
const GROUP_WORDS: &[&str] = &[
    "group",
    "grupo",
    "gruppe",
    "groupe",
    "gruppo",
    "groep",
    "skupin",
    "групп",
    "груп",
    "grup",
    "グループ",
    "กลุ่ม",
    "nhóm",
    "समूह",
    "ग्रुप",
    "مجموعة",
    "المجموعة",
    " added ",
    " removed ",
    " left",
];

/// A system event that only happens in group chats.
pub fn is_group_event(system_text: &str) -> bool {
    let lower = format!(" {} ", system_text.to_lowercase());
    GROUP_WORDS.iter().any(|w| lower.contains(w))
}

/// The group name in `… created group "Name"`, when a system line gives it.
pub fn created_group_name(system_text: &str) -> Option<String> {
    static RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"created (?:the )?group ["“](.+?)["”]"#).expect("valid regex")
    });
    RE.captures(system_text)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_lookups() {
        assert_eq!(deleted_marker("You deleted this message"), Some(true));
        assert_eq!(deleted_marker("Dit bericht is verwijderd"), Some(false));
        assert_eq!(deleted_marker("Hello"), None);
        assert_eq!(omitted_kind("\u{200E}Bild weggelassen"), Some("photo"));
        assert_eq!(omitted_kind("GIF-анімацію пропущено"), Some("gif"));
        assert!(is_call("Video call, 5 min"));
        assert!(!is_call("Voice call me later"));
        assert!(is_live_location("Live location shared"));
        assert!(is_system_phrase(
            "+1 2 updated the message timer. New messages…"
        ));
        assert_eq!(fold("छो\u{095C}ा"), "छो\u{0921}\u{093C}ा");
    }

    #[test]
    fn group_events() {
        assert!(is_group_event("Dr A created group \"Ward 5\""));
        assert!(!is_group_event(
            "Messages and calls are end-to-end encrypted. No one outside of this chat can read them."
        ));
        assert_eq!(
            created_group_name("You created group “Ward 5”").as_deref(),
            Some("Ward 5")
        );
    }
}
