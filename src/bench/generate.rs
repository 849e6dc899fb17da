//! Synthetic exports for `hindsight bench`: an X archive (tweets and DMs), a Facebook export with
//! Messenger threads, and WhatsApp chats, as zip files in a temporary folder, at a requested size.
//!
//! The text is drawn deterministically (a fixed-seed xorshift) from ordinary doctor-on-social-media
//! sentences with a small share of risky ones, so rules do realistic work: most texts hit a lexicon
//! term or two and only a few become findings.

use std::io::{self, Seek, Write};
use std::path::{Path, PathBuf};
use zip::write::SimpleFileOptions;

/// A small deterministic PRNG (xorshift64*): reproducible data without a dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const BENIGN: &[&str] = &[
    "Long day on the wards but a great team as always",
    "Reminder: flu jabs are free for over-65s and people with long-term conditions",
    "Can anyone recommend a good podcast for revision?",
    "Parkrun PB this morning, legs are done",
    "So many patients struggle to get appointments, we need more GPs",
    "Teaching medical students on consultation skills this week",
    "Coffee, rota, repeat. Weekend on call.",
    "Great session on sepsis recognition at the deanery today",
    "Antibiotics don't work for colds. Rest, fluids and paracetamol if needed.",
    "Proud of our practice nurses, they keep the place running",
    "New NICE guidance on hypertension is worth a read",
    "Anyone else find the new e-portfolio baffling?",
    "Happy retirement to our brilliant practice manager",
    "The conference in Birmingham was excellent, thanks to the organisers",
    "Just finished a twelve hour shift in A&E, home to bed",
];

const RISKY: &[&str] = &[
    "Just seen a 67M in bay 4 with a massive PE, tough night",
    "Now offering Botox from £150 at my clinic, book via the link in bio",
    "Mrs Patel in bed 12 finally went home today after six weeks",
    "Lost 8kg on Mounjaro, DM me and I can prescribe it for you",
    "Some of the patients I see are just thick, why do they even come in",
    "Use code DOC20 for 20% off these amazing vitamins",
];

const REPLIES: &[&str] = &[
    "Thanks, that's really kind",
    "Agree completely",
    "See you at the meeting tomorrow",
    "Sorry, I can't give medical advice here - please call 111 or see your GP",
    "Ha, brilliant",
];

/// A text: mostly benign, about 1 in 50 risky, with a little variation so texts differ.
pub fn text(rng: &mut Rng) -> String {
    let base = if rng.below(50) == 0 {
        rng.pick(RISKY)
    } else {
        rng.pick(BENIGN)
    };
    let suffix = ["", " #NHS", " 🙏", " (thread)", " #MedTwitter", "!"][rng.below(6)];
    format!("{base}{suffix} #{}", rng.below(1000))
}

/// What was generated.
#[derive(Debug, Clone)]
pub struct Generated {
    pub paths: Vec<PathBuf>,
    pub tweets: u64,
    pub messages: u64,
    pub compressed_bytes: u64,
}

fn zip_writer(path: &Path) -> io::Result<zip::ZipWriter<std::fs::File>> {
    Ok(zip::ZipWriter::new(std::fs::File::create(path)?))
}

fn opts() -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true)
}

fn z(e: zip::result::ZipError) -> io::Error {
    io::Error::other(e)
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `tweets` tweets spread over 2012–2025 and `dms` DMs in conversations of 20.
fn write_x_archive<W: Write + Seek>(
    w: &mut zip::ZipWriter<W>,
    rng: &mut Rng,
    tweets: u64,
    dms: u64,
) -> io::Result<()> {
    w.start_file("data/manifest.js", opts()).map_err(z)?;
    w.write_all(br#"window.__THAR_CONFIG = {"userInfo":{"accountId":"1000","userName":"benchdoc","displayName":"Dr Bench"}}"#)?;
    w.start_file("data/tweets.js", opts()).map_err(z)?;
    w.write_all(b"window.YTD.tweets.part0 = [")?;
    for i in 0..tweets {
        if i > 0 {
            w.write_all(b",")?;
        }
        let secs = 1_325_376_000 + i * (440_000_000 / tweets.max(1));
        let t = chrono::DateTime::from_timestamp(secs as i64, 0).unwrap_or_default();
        let created = format!(
            "{} {} {} +0000 {}",
            t.format("%a"),
            MONTHS[t.format("%m").to_string().parse::<usize>().unwrap_or(1) - 1],
            t.format("%d %H:%M:%S"),
            t.format("%Y")
        );
        let reply = if rng.below(5) == 0 {
            format!(
                r#","in_reply_to_status_id_str":"{}","in_reply_to_user_id_str":"77""#,
                9_000_000 + rng.below(1_000_000)
            )
        } else {
            String::new()
        };
        write!(
            w,
            r#"{{"tweet":{{"id_str":"{id}","id":"{id}","created_at":"{created}","full_text":{text},"favorite_count":"{fav}","retweet_count":"0","retweeted":false,"lang":"en","entities":{{"hashtags":[],"symbols":[],"user_mentions":[],"urls":[]}}{reply}}}}}"#,
            id = 100_000_000 + i,
            text = json_str(&text(rng)),
            fav = rng.below(20),
        )?;
    }
    w.write_all(b"]")?;
    w.start_file("data/direct-messages.js", opts()).map_err(z)?;
    w.write_all(b"window.YTD.direct_messages.part0 = [")?;
    let conversations = dms.div_ceil(20);
    for c in 0..conversations {
        if c > 0 {
            w.write_all(b",")?;
        }
        let other = 5000 + c;
        write!(
            w,
            r#"{{"dmConversation":{{"conversationId":"1000-{other}","messages":["#
        )?;
        let n = 20.min(dms - c * 20);
        for m in 0..n {
            if m > 0 {
                w.write_all(b",")?;
            }
            let (from, to) = if m % 2 == 0 {
                (other, 1000)
            } else {
                (1000, other)
            };
            let body = if m % 2 == 0 {
                text(rng)
            } else {
                rng.pick(REPLIES).to_string()
            };
            write!(
                w,
                r#"{{"messageCreate":{{"recipientId":"{to}","senderId":"{from}","id":"{id}","createdAt":"2020-0{mo}-1{d}T10:{mi:02}:00.000Z","text":{body},"urls":[],"mediaUrls":[],"reactions":[]}}}}"#,
                id = 500_000_000 + c * 20 + m,
                mo = 1 + (c % 9),
                d = m % 10,
                mi = m % 60,
                body = json_str(&body),
            )?;
        }
        w.write_all(b"]}}")?;
    }
    w.write_all(b"]")?;
    Ok(())
}

/// Messenger threads of 50 messages in `message_1.json` files (Meta's mojibake escaping included).
fn write_facebook<W: Write + Seek>(
    w: &mut zip::ZipWriter<W>,
    rng: &mut Rng,
    messages: u64,
) -> io::Result<()> {
    w.start_file(
        "personal_information/profile_information/profile_information.json",
        opts(),
    )
    .map_err(z)?;
    w.write_all(br#"{"profile_v2":{"name":{"full_name":"Bench Doctor"}}}"#)?;
    let threads = messages.div_ceil(50);
    for t in 0..threads {
        let path = format!("your_facebook_activity/messages/inbox/friend{t}_{t}/message_1.json");
        w.start_file(path, opts()).map_err(z)?;
        write!(
            w,
            r#"{{"participants":[{{"name":"Friend {t}"}},{{"name":"Bench Doctor"}}],"title":"Friend {t}","thread_path":"inbox/friend{t}_{t}","messages":["#
        )?;
        let n = 50.min(messages - t * 50);
        for m in 0..n {
            if m > 0 {
                w.write_all(b",")?;
            }
            let sender = if m % 2 == 0 {
                format!("Friend {t}")
            } else {
                "Bench Doctor".to_string()
            };
            write!(
                w,
                r#"{{"sender_name":"{sender}","timestamp_ms":{ts},"content":{body},"type":"Generic"}}"#,
                ts = 1_600_000_000_000u64 + (t * 50 + m) * 60_000,
                body = json_str(&text(rng)),
            )?;
        }
        w.write_all(b"]}")?;
    }
    Ok(())
}

/// WhatsApp chats of 200 lines each, in the Android `dd/mm/yyyy, hh:mm - Name: text` form.
fn write_whatsapp_chats(dir: &Path, rng: &mut Rng, messages: u64) -> io::Result<Vec<PathBuf>> {
    let chats = messages.div_ceil(200);
    let mut paths = Vec::new();
    let per_zip = 50u64;
    for z_index in 0..chats.div_ceil(per_zip) {
        let path = dir.join(format!("whatsapp-{z_index:04}.zip"));
        let mut w = zip_writer(&path)?;
        for c in (z_index * per_zip)..((z_index + 1) * per_zip).min(chats) {
            w.start_file(format!("WhatsApp Chat with Friend {c}.txt"), opts())
                .map_err(z)?;
            let n = 200.min(messages - c * 200);
            for m in 0..n {
                let who = if m % 2 == 0 {
                    format!("Friend {c}")
                } else {
                    "Bench Doctor".to_string()
                };
                let day = 1 + (m / 20) % 28;
                writeln!(
                    w,
                    "{day:02}/06/2021, {:02}:{:02} - {who}: {}",
                    (m / 60) % 24,
                    m % 60,
                    text(rng)
                )?;
            }
        }
        w.finish().map_err(z)?;
        paths.push(path);
    }
    Ok(paths)
}

/// Write the exports into `dir`: `tweets` tweets and `messages` messages split over X DMs, Messenger
/// and WhatsApp.
pub fn generate(dir: &Path, tweets: u64, messages: u64) -> io::Result<Generated> {
    let mut rng = Rng::new(0x5eed_1234);
    let x_dms = messages / 3;
    let fb = messages / 3;
    let wa = messages - x_dms - fb;
    let x_path = dir.join("twitter-benchdoc.zip");
    let mut w = zip_writer(&x_path)?;
    write_x_archive(&mut w, &mut rng, tweets, x_dms)?;
    w.finish().map_err(z)?;
    let fb_path = dir.join("facebook-benchdoc.zip");
    let mut w = zip_writer(&fb_path)?;
    write_facebook(&mut w, &mut rng, fb)?;
    w.finish().map_err(z)?;
    let mut paths = vec![x_path, fb_path];
    paths.extend(write_whatsapp_chats(dir, &mut rng, wa)?);
    let compressed_bytes = paths
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    Ok(Generated {
        paths,
        tweets,
        messages,
        compressed_bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let ga = generate(a.path(), 50, 30).unwrap();
        let gb = generate(b.path(), 50, 30).unwrap();
        for (pa, pb) in ga.paths.iter().zip(&gb.paths) {
            assert_eq!(std::fs::read(pa).unwrap(), std::fs::read(pb).unwrap());
        }
    }
}
