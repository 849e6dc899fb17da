//! Nothing leaves the machine: no networking crate is linked in, and a scan makes no network system
//! call. Archives hold patients' and third parties' data and reports are as sensitive, so these are
//! tested, not promised. (Owner-only report permissions are tested in `tests/cli.rs`.)

use std::path::Path;
use std::process::Command;

/// Crates that exist to talk over a network: HTTP clients and servers, TLS stacks, socket and event
/// loop layers, DNS resolvers, websocket, mail, RPC and telemetry exporters. Any of them in the
/// dependency tree means network code ships in the binary, whether or not it is called today.
const NETWORKING_CRATES: &[&str] = &[
    "reqwest",
    "hyper",
    "hyper-util",
    "hyper-tls",
    "hyper-rustls",
    "ureq",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "attohttpc",
    "http-client",
    "socket2",
    "mio",
    "h2",
    "h3",
    "quinn",
    "rustls",
    "native-tls",
    "openssl",
    "openssl-sys",
    "tokio-rustls",
    "tokio-native-tls",
    "webpki-roots",
    "rustls-native-certs",
    "trust-dns-resolver",
    "hickory-resolver",
    "async-std",
    "tungstenite",
    "tokio-tungstenite",
    "lettre",
    "ssh2",
    "libssh2-sys",
    "git2",
    "tiny_http",
    "actix-web",
    "axum",
    "warp",
    "tonic",
    "sentry",
    "opentelemetry-otlp",
    "object_store",
];

/// Crates allowed only without their networking features (tokio's `net` pulls in mio and sockets).
const NETWORK_FEATURES: &[(&str, &str)] = &[("tokio", "net")];

/// The one documented exception: polars (named by the design for the summary) makes `polars-core`
/// and `polars-async` depend on tokio with `net`, which links mio and socket2. hindsight never calls
/// into them — the strace test below shows a scan opens no socket — and they are allowed only while
/// every path to them runs through polars. Any other crate pulling them in fails these tests.
const ONLY_VIA_POLARS: &[&str] = &["tokio", "mio", "socket2"];

/// Packages in `Cargo.lock` that list `name` among their dependencies.
fn dependents(lock: &str, name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for block in lock.split("[[package]]") {
        let pkg = block
            .lines()
            .find_map(|l| l.strip_prefix("name = "))
            .map(|n| n.trim_matches('"').to_string());
        let deps = block
            .split("dependencies = [")
            .nth(1)
            .and_then(|d| d.split(']').next())
            .unwrap_or("");
        let depends = deps
            .lines()
            .map(|l| l.trim().trim_end_matches(',').trim_matches('"'))
            .any(|d| d == name || d.starts_with(&format!("{name} ")));
        if let (Some(p), true) = (pkg, depends) {
            out.push(p);
        }
    }
    out
}

/// True when every dependent of `name`, recursively, is a polars crate.
///
/// `Cargo.lock` lists every optional package any feature could enable, built or not: polars-io's
/// cloud support (object_store, reqwest, hyper…) appears there although hindsight never enables it.
/// Such packages are tolerated in the lock file only when every path to them runs through polars;
/// the compiled tree is checked by `the_shipped_dependency_tree_has_no_networking_code`.
fn only_via_polars(lock: &str, name: &str) -> bool {
    let users = dependents(lock, name);
    // A package nothing depends on is a root (hindsight itself): not reached through polars.
    !users.is_empty()
        && users
            .iter()
            .all(|d| d.starts_with("polars") || only_via_polars(lock, d))
}

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every package in `Cargo.lock` (all targets, dev-dependencies included).
fn locked_packages() -> Vec<String> {
    let lock = std::fs::read_to_string(manifest_dir().join("Cargo.lock")).unwrap();
    lock.lines()
        .filter_map(|l| l.strip_prefix("name = "))
        .map(|n| n.trim_matches('"').to_string())
        .collect()
}

#[test]
fn no_networking_crate_is_locked() {
    let packages = locked_packages();
    assert!(
        packages.iter().any(|p| p == "serde_json"),
        "Cargo.lock read"
    );
    let lock = std::fs::read_to_string(manifest_dir().join("Cargo.lock")).unwrap();
    assert!(
        !only_via_polars(&lock, "serde_json"),
        "a crate hindsight uses directly is never excused"
    );
    let found: Vec<&String> = packages
        .iter()
        .filter(|p| NETWORKING_CRATES.contains(&p.as_str()))
        .filter(|p| !only_via_polars(&lock, p))
        .collect();
    assert!(
        found.is_empty(),
        "networking crates in Cargo.lock: {found:?} — hindsight must stay offline; find which \
         dependency pulls them in with `cargo tree -i <crate>` and disable that feature or drop it"
    );
}

#[test]
fn the_shipped_dependency_tree_has_no_networking_code() {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "tree",
            "--offline",
            "--locked",
            "-e",
            "normal",
            "--target",
            "all",
            "--prefix",
            "none",
            "-f",
            "{p}|{f}",
            "--manifest-path",
        ])
        .arg(manifest_dir().join("Cargo.toml"))
        .output();
    let out = match out {
        Ok(o) if o.status.success() => o,
        Ok(o) => {
            eprintln!(
                "skipping: cargo tree failed ({}); Cargo.lock is still checked",
                String::from_utf8_lossy(&o.stderr).trim()
            );
            return;
        }
        Err(e) => {
            eprintln!("skipping: cannot run cargo tree ({e}); Cargo.lock is still checked");
            return;
        }
    };
    let tree = String::from_utf8_lossy(&out.stdout);
    let lock = std::fs::read_to_string(manifest_dir().join("Cargo.lock")).unwrap();
    let mut problems = Vec::new();
    let mut seen = 0;
    for line in tree.lines() {
        let (package, features) = line.split_once('|').unwrap_or((line, ""));
        let name = package.split_whitespace().next().unwrap_or("");
        seen += 1;
        if ONLY_VIA_POLARS.contains(&name) && only_via_polars(&lock, name) {
            continue;
        }
        if NETWORKING_CRATES.contains(&name) {
            problems.push(format!("{name} (a networking crate)"));
        }
        for (krate, feature) in NETWORK_FEATURES {
            if name == *krate && features.split(',').any(|f| f == *feature) {
                problems.push(format!("{name} with feature `{feature}`"));
            }
        }
    }
    assert!(seen > 10, "cargo tree listed the dependencies:\n{tree}");
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "network code in the binary's dependency tree: {problems:?} — hindsight must stay offline"
    );
}

/// Run `hindsight scan` under `strace -f -e trace=network`; `None` when strace is missing or may
/// not trace here (containers often forbid ptrace).
fn strace_scan(out_dir: &Path) -> Option<String> {
    let log = out_dir.with_extension("strace");
    let status = Command::new("strace")
        .arg("-f")
        .args(["-e", "trace=network", "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_hindsight"))
        .args([
            "scan",
            "fixtures/demo",
            "fixtures/whatsapp",
            "--quiet",
            "--out",
        ])
        .arg(out_dir)
        .current_dir(manifest_dir())
        .output();
    let status = match status {
        Ok(s) => s,
        Err(e) => {
            eprintln!("skipping: strace is not available ({e})");
            return None;
        }
    };
    let stderr = String::from_utf8_lossy(&status.stderr);
    if stderr.contains("Operation not permitted") || stderr.contains("ptrace") {
        eprintln!("skipping: strace may not trace here: {}", stderr.trim());
        return None;
    }
    assert!(
        matches!(status.status.code(), Some(0..=2)),
        "scan under strace failed: {stderr}"
    );
    std::fs::read_to_string(&log).ok()
}

#[test]
fn a_scan_makes_no_network_system_call() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(log) = strace_scan(&tmp.path().join("report")) else {
        return;
    };
    assert!(
        tmp.path().join("report/findings.json").is_file(),
        "the traced scan wrote its report"
    );
    let calls: Vec<&str> = log
        .lines()
        .filter(|l| {
            [
                "socket(",
                "connect(",
                "bind(",
                "listen(",
                "accept",
                "sendto(",
                "sendmsg(",
                "recvfrom(",
                "recvmsg(",
            ]
            .iter()
            .any(|call| l.contains(call))
        })
        .collect();
    assert!(
        calls.is_empty(),
        "network system calls during a scan:\n{}",
        calls.join("\n")
    );
}
