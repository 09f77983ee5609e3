//! End to end under faults: the real binary against moto through `tests/fault_proxy.py` (a fault-injecting proxy on
//! 127.0.0.1, see `support::e2e::FaultProxy`), which answers every Nth request with a throttle, a 500, a reset, a
//! stall, a delay or a cut-short body instead of moto's answer.
//!
//! What must hold: `export` returns every row exactly once under each fault the SDK's retries absorb; a persistent
//! stall costs the timeout and ends in one line, not a hang; a persistent cut-short answer ends in one line that says
//! Glue's answer could not be read; the browser answers keys while a page stalls, says it is waiting, keeps the rows
//! it has, and `r` resumes from the page that failed. Waits are bounded (`run_app`'s deadline, `Tmux::wait_for`);
//! nothing asserts on elapsed time.

use glue_tui::model::ConnectionList;

use crate::support::e2e::{
    FaultProxy, Moto, ProxyStats, Scratch, Tmux, list_rows, run_app, seeded_names, sorted_names,
};

const PREFIX: &str = "flt";

/// 252 connections in pages of 50: five full pages and one of two.
const COUNT: usize = 252;
const PAGES: u64 = 6;

/// `export` through a proxy that gives every third request `fault`; returns the proxy's counts after asserting that
/// the command succeeded and printed every seeded name exactly once.
fn export_under(fault: &str, extra: &[&str]) -> ProxyStats {
    let scratch = Scratch::new(&format!("faults-{fault}"));
    let moto = Moto::start(&scratch);
    moto.seed(COUNT, PREFIX);
    let proxy = FaultProxy::start(
        &scratch,
        "proxy",
        &moto.endpoint(),
        &["--fault", fault, "--every", "3"],
    );
    let endpoint = proxy.endpoint();
    let mut args = vec![
        "export",
        "--endpoint-url",
        &endpoint,
        "--region",
        "us-east-1",
        "--page-size",
        "50",
    ];
    args.extend_from_slice(extra);
    let out = run_app(&args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "export under `{fault}` every 3rd request failed ({}): {stderr}\nproxy log:\n{}",
        out.status,
        proxy.log()
    );
    let list: ConnectionList = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "export under `{fault}` did not print GetConnections JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    // Equal sorted lists: nothing lost, nothing twice.
    assert_eq!(
        sorted_names(&list.connection_list),
        seeded_names(PREFIX, COUNT),
        "under `{fault}` the exported names are not each seeded name exactly once"
    );

    let stats = proxy.stats();
    assert_eq!(stats.requests, stats.forwarded + stats.faulted, "{stats:?}");
    if fault == "slow" {
        // A slow answer is still moto's answer: nothing to retry, but requests 3 and 6 were held back.
        assert_eq!(
            (stats.requests, stats.faulted),
            (PAGES, 2),
            "under `slow` each page is asked for once: {stats:?}\n{}",
            proxy.log()
        );
    } else {
        // Every page answered once, and the faulted requests were retried: 6 answered pages take 8 requests when
        // every third one fails (requests 3 and 6).
        assert_eq!(
            stats.forwarded,
            PAGES,
            "pages answered: {stats:?}\n{}",
            proxy.log()
        );
        assert!(
            stats.faulted >= 2,
            "under `{fault}` the proxy should have faulted requests 3 and 6 and seen them retried: {stats:?}\n{}",
            proxy.log()
        );
    }
    stats
}

#[test]
fn export_is_complete_under_throttling_every_third_request() {
    export_under("throttle", &[]);
}

#[test]
fn export_is_complete_under_500_every_third_request() {
    export_under("500", &[]);
}

#[test]
fn export_is_complete_under_connection_resets_every_third_request() {
    export_under("reset", &[]);
}

#[test]
fn export_is_complete_under_slow_answers_every_third_request() {
    export_under("slow", &[]);
}

#[test]
fn export_is_complete_under_truncated_bodies_every_third_request() {
    // The headers promise the whole body, half of it comes, the connection closes.
    export_under("truncated", &[]);
}

#[test]
fn export_is_complete_under_cut_json_every_third_request() {
    // A well-formed HTTP answer whose JSON stops halfway.
    export_under("short", &[]);
}

#[test]
fn export_is_complete_under_a_stall_every_third_request() {
    // Each stalled attempt is abandoned after --timeout and retried by the SDK.
    export_under("stall", &["--timeout", "2"]);
}

/// The one stderr line of a failed export through a proxy started with `proxy_args`, and the proxy's counts.
fn failing_export(
    name: &str,
    seed: usize,
    proxy_args: &[&str],
    extra: &[&str],
) -> (String, ProxyStats) {
    let scratch = Scratch::new(name);
    let moto = Moto::start(&scratch);
    moto.seed(seed, PREFIX);
    let proxy = FaultProxy::start(&scratch, "proxy", &moto.endpoint(), proxy_args);
    let endpoint = proxy.endpoint();
    let mut args = vec![
        "export",
        "--endpoint-url",
        &endpoint,
        "--region",
        "us-east-1",
        "--page-size",
        "50",
    ];
    args.extend_from_slice(extra);
    // run_app fails the test if the command has not exited by its deadline: a hang cannot pass.
    let out = run_app(&args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(1),
        "export should fail: {stderr}\nproxy log:\n{}",
        proxy.log()
    );
    assert!(
        out.stdout.is_empty(),
        "a failed export prints no partial JSON: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(stderr.lines().count(), 1, "one line on stderr: {stderr}");
    (stderr.trim_end().to_owned(), proxy.stats())
}

#[test]
fn export_under_a_persistent_stall_after_the_first_page_ends_in_one_line_naming_the_timeout() {
    let (line, stats) = failing_export(
        "faults-stall-forever",
        60,
        &["--fault", "stall", "--every", "1", "--after", "1"],
        &["--timeout", "1"],
    );
    assert!(
        line.contains("GetConnections got no answer from Glue within 1 s, 3 attempts")
            && line.contains("raise --timeout"),
        "{line}"
    );
    assert!(
        !line.contains("connection failed") && !line.contains("credentials"),
        "{line}"
    );
    // The first page, then the second page's three attempts, each abandoned.
    assert_eq!((stats.forwarded, stats.faulted), (1, 3), "{stats:?}");
}

fn assert_unreadable_line(line: &str) {
    assert!(
        line.starts_with("glue-tui: GetConnections: Glue's answer could not be read")
            && line.contains("cut short or not valid JSON")
            && line.contains("proxy")
            && line.contains("endpoint URL"),
        "{line}"
    );
    assert!(
        !line.contains("credentials") && !line.contains("unhandled"),
        "it must not blame credentials or say 'unhandled': {line}"
    );
}

#[test]
fn export_under_persistent_truncation_says_the_answer_could_not_be_read() {
    let (line, stats) = failing_export(
        "faults-truncated-forever",
        5,
        &["--fault", "truncated", "--every", "1"],
        &[],
    );
    assert_unreadable_line(&line);
    // Retried like any transient fault: three attempts.
    assert_eq!((stats.forwarded, stats.faulted), (0, 3), "{stats:?}");
}

#[test]
fn export_under_persistently_cut_json_says_the_answer_could_not_be_read() {
    let (line, stats) = failing_export(
        "faults-short-forever",
        5,
        &["--fault", "short", "--every", "1"],
        &[],
    );
    assert_unreadable_line(&line);
    assert_eq!((stats.forwarded, stats.faulted), (0, 3), "{stats:?}");
}

#[test]
fn browser_keeps_rows_and_keys_while_a_page_stalls_and_r_resumes_after_it_failed() {
    // 120 connections in pages of 50: the first page is answered, every later request stalls until told to stop.
    let scratch = Scratch::new("faults-tui");
    let moto = Moto::start(&scratch);
    moto.seed(120, PREFIX);
    let proxy = FaultProxy::start(
        &scratch,
        "proxy",
        &moto.endpoint(),
        &["--fault", "stall", "--every", "1", "--after", "1"],
    );
    // The status bar speaks up after an attempt has gone 3 s unanswered; a 5 s attempt timeout leaves it room to.
    let tmux = Tmux::start(
        &scratch,
        &[
            "--endpoint-url",
            &proxy.endpoint(),
            "--region",
            "us-east-1",
            "--page-size",
            "50",
            "--timeout",
            "5",
        ],
    );
    let first = tmux.wait_text("50 loaded · more available");
    let first_rows: Vec<String> = list_rows(&first, PREFIX)
        .iter()
        .map(|r| r.to_string())
        .collect();
    assert!(!first_rows.is_empty(), "{first}");
    assert!(
        first_rows
            .iter()
            .any(|r| r.starts_with(&format!("{PREFIX}-0000-escape"))),
        "{first}"
    );

    // `L` asks for every page: the second one stalls.
    tmux.keys(&["L"]);
    let waiting = tmux.wait_for("the status bar saying it waits for an answer", |s| {
        s.contains("no answer from Glue for") && s.contains("attempt 1 of 3")
    });
    assert!(waiting.contains("loading page 2…"), "{waiting}");
    assert_eq!(
        list_rows(&waiting, PREFIX),
        first_rows,
        "rows while waiting"
    );

    // Keys still work while the page stalls.
    tmux.keys(&["?"]);
    tmux.wait_text("Esc or ? closes");
    tmux.keys(&["Escape"]);
    tmux.wait_for("help closed", |s| {
        !s.contains("Esc or ? closes") && !list_rows(s, "flt").is_empty()
    });

    // The retry after the first abandoned attempt is announced as a timeout, not as a failed connection.
    tmux.wait_for("the retry notice or the second attempt", |s| {
        s.contains("no answer within 5 s — retrying with backoff")
            || s.contains("attempt 2 of 3")
            || s.contains("attempt 3 of 3")
    });

    // All three attempts abandoned: the page failed, every loaded row is still there.
    let failed = tmux.wait_text("page failed, r resumes");
    assert!(failed.contains("50 loaded"), "{failed}");
    assert!(
        failed.contains("GetConnections got no answer from Glue within 5 s, 3 attempts"),
        "{failed}"
    );
    assert_eq!(
        list_rows(&failed, PREFIX),
        first_rows,
        "rows after the failure"
    );
    let stats = proxy.wait_stats("the second page's three attempts", |s| s.faulted == 3);
    assert_eq!(stats.forwarded, 1, "{stats:?}");

    // The endpoint recovers; `r` resumes from the failed page's token and loads the rest.
    proxy.stop_faulting();
    tmux.keys(&["r"]);
    let done = tmux.wait_text("all 120 loaded");
    assert!(list_rows(&done, PREFIX).len() >= first_rows.len(), "{done}");
    let stats = proxy.stats();
    // Pages 2 and 3 only: the first page was not fetched again.
    assert_eq!(
        (stats.forwarded, stats.faulted),
        (3, 3),
        "resumed from the token, not from the start: {stats:?}\n{}",
        proxy.log()
    );

    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}
