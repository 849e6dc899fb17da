//! A single 150 MB line — one chat message, one tweet, one CSV field — goes through the whole scan in
//! bounded time and without holding many copies of itself. Peak memory is read from
//! `/proc/self/status` (VmHWM), reset between cases through `/proc/self/clear_refs`; the cases run
//! in one test so no other test shares the process's peak.

use hindsight::engine::{scan, ScanConfig, Silent};
use std::io::Write;
use std::path::Path;
use std::time::Instant;

const LINE_BYTES: usize = 150 << 20;
/// The line itself, the record's text, and room for the decoded copy and the rules' working set.
const MAX_GROWTH_BYTES: u64 = 600 << 20;

fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn current_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Write `prefix`, `LINE_BYTES` of ordinary words, then `suffix` to `path`, streaming.
fn write_huge(path: &Path, prefix: &str, suffix: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    f.write_all(prefix.as_bytes()).unwrap();
    let words = b"the quick brown fox jumps over the lazy dog and naps ";
    let mut written = 0;
    while written < LINE_BYTES {
        f.write_all(words).unwrap();
        written += words.len();
    }
    f.write_all(suffix.as_bytes()).unwrap();
    f.flush().unwrap();
}

#[test]
fn a_150_mb_line_is_scanned_in_bounded_memory() {
    let Some(_) = peak_rss() else {
        eprintln!("skipping: /proc/self/status is not available");
        return;
    };
    let cases: [(&str, &str, &str, &str, u64); 3] = [
        (
            "whatsapp",
            "WhatsApp Chat with Sam Patel.txt",
            "12/03/2023, 09:15 - Sam Patel: hello\n12/03/2023, 09:16 - Alex Morgan: ",
            "\n12/03/2023, 09:17 - Sam Patel: bye\n",
            3,
        ),
        (
            "twitter",
            "data/tweets.js",
            "window.YTD.tweets.part0 = [{\"tweet\": {\"id_str\": \"1\", \"created_at\": \"Mon Jun 10 07:30:00 +0000 2024\", \"full_text\": \"",
            "\"}}, {\"tweet\": {\"id_str\": \"2\", \"full_text\": \"short\"}}]",
            2,
        ),
        (
            "linkedin",
            "Shares.csv",
            "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2024-01-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,\"",
            "\",,,MEMBER_NETWORK\n2024-01-03 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,short,,,MEMBER_NETWORK\n",
            2,
        ),
    ];
    for (platform, name, prefix, suffix, records) in cases {
        let dir = tempfile::tempdir().unwrap();
        write_huge(&dir.path().join(name), prefix, suffix);
        let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
        let before = if reset { current_rss() } else { peak_rss() }.unwrap();
        let started = Instant::now();
        let config = ScanConfig {
            jobs: Some(2),
            ..ScanConfig::default()
        };
        let s = scan(&[dir.path().to_path_buf()], &config, &Silent);
        let elapsed = started.elapsed();
        let growth = peak_rss().unwrap().saturating_sub(before);
        eprintln!(
            "{platform}: {} records, {:.1}s, peak growth {} MB (peak reset: {reset})",
            s.coverage.totals.records,
            elapsed.as_secs_f64(),
            growth >> 20
        );
        assert_eq!(
            s.coverage.totals.records, records,
            "{platform}: {:?}",
            s.coverage.problems
        );
        assert!(
            growth < MAX_GROWTH_BYTES,
            "{platform}: peak memory grew by {} MB for a {} MB line",
            growth >> 20,
            LINE_BYTES >> 20
        );
    }
}
