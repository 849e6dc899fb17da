//! `report.html` in a real browser: the script runs, the chart is there, URL-hash filters apply on load,
//! and hostile post content stays inert. Runs only where `/usr/bin/chromium` exists (Debian's
//! `chromium` package); elsewhere it prints why it skipped and passes.

mod common;

use hindsight::report::{self, Options, Report};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";

/// Load `url` in headless Chromium and return the DOM after scripts ran.
fn dump_dom(url: &str, profile: &Path) -> String {
    let mut child = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--virtual-time-budget=5000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let mut r = std::io::BufReader::new(stdout);
        let _ = std::io::Read::read_to_string(&mut r, &mut s);
        s
    });
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        if started.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("chromium did not finish within 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().expect("reader")
}

/// Every finding card's opening tag: (attributes, hidden?).
fn cards(dom: &str) -> Vec<(String, bool)> {
    dom.match_indices("<li id=\"finding-")
        .map(|(i, _)| {
            let tag = &dom[i..i + dom[i..].find('>').expect("tag end")];
            (tag.to_string(), tag.contains(" hidden"))
        })
        .collect()
}

fn shown(dom: &str) -> usize {
    let i = dom.find("data-shown=\"").expect("data-shown") + "data-shown=\"".len();
    dom[i..i + dom[i..].find('"').unwrap()].parse().unwrap()
}

#[test]
fn report_renders_and_filters_in_headless_chromium() {
    if !Path::new(CHROMIUM).exists() {
        eprintln!("skipping the browser test: {CHROMIUM} not found (apt-get install -y chromium)");
        return;
    }
    let mut scan = common::scan();
    // Hostile content: if any of this ran, the page would say so.
    let hostile = scan
        .findings
        .iter_mut()
        .find(|f| f.rule == "TST105")
        .expect("a stand-in finding");
    hostile.record.text = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\"><script>document.documentElement.setAttribute('data-pwned','script')</script> Delighted to recommend GlowSkin".into();
    hostile.evidence.clear();
    hostile.record.url =
        Some("javascript:document.documentElement.setAttribute('data-pwned','href')".into());

    let report = Report::build(&scan, &Options::default());
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    report::write_all(&out, &report).unwrap();
    let page: PathBuf = out.join("report.html");
    let url = format!("file://{}", page.display());

    let total = report.current().count();
    let high = report
        .current()
        .filter(|f| f.severity.as_str() == "high")
        .count();
    assert!(high > 0 && high < total);
    let twitter_deletes = report
        .current()
        .filter(|f| f.record.platform.as_str() == "twitter" && f.action.kind.as_str() == "delete")
        .count();
    assert!(twitter_deletes > 0 && twitter_deletes < total);

    // Unfiltered: the script ran, everything is shown, the chart is drawn.
    let dom = dump_dom(&url, &tmp.path().join("profile-a"));
    let html_tag = &dom[dom.find("<html").expect("html element")..];
    let html_tag = &html_tag[..html_tag.find('>').unwrap()];
    assert!(
        html_tag.contains("data-ready=\"true\""),
        "the script did not run: {html_tag}"
    );
    assert!(
        !html_tag.contains("data-pwned"),
        "hostile content ran: {html_tag}"
    );
    assert!(
        dom.contains("&lt;script&gt;document.documentElement"),
        "the post is shown as text"
    );
    assert_eq!(
        dom.matches("<script").count(),
        1,
        "no script element but ours"
    );
    assert_eq!(
        dom.matches("<img").count(),
        0,
        "no image element from the post"
    );
    assert!(dom.contains("<svg id=\"timeline-chart\""));
    assert!(dom.contains("<rect "), "chart bars");
    let all = cards(&dom);
    assert_eq!(all.len(), total);
    assert!(all.iter().all(|(_, hidden)| !hidden));
    assert_eq!(shown(&dom), total);
    assert!(dom.contains(&format!("Showing {total} of {total} findings.")));
    assert!(!dom.contains("href=\"javascript:"));

    // #severity=high: only high cards remain visible.
    let dom = dump_dom(
        &format!("{url}#severity=high"),
        &tmp.path().join("profile-b"),
    );
    assert!(dom.contains("data-ready=\"true\""));
    let filtered = cards(&dom);
    assert_eq!(filtered.len(), total);
    for (tag, hidden) in &filtered {
        assert_eq!(*hidden, !tag.contains("data-severity=\"high\""), "{tag}");
    }
    assert_eq!(shown(&dom), high);
    assert!(dom.contains(&format!("Showing {high} of {total} findings.")));

    // Two facets combine: X/Twitter findings whose action is delete.
    let dom = dump_dom(
        &format!("{url}#platform=twitter&action=delete"),
        &tmp.path().join("profile-c"),
    );
    let combined = cards(&dom);
    let visible: Vec<&String> = combined
        .iter()
        .filter(|(_, h)| !h)
        .map(|(t, _)| t)
        .collect();
    assert_eq!(visible.len(), twitter_deletes, "{visible:?}");
    assert!(visible
        .iter()
        .all(|t| t.contains("data-platform=\"twitter\"") && t.contains("data-action=\"delete\"")));
}
