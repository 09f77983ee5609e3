//! End to end: the real binary against a real Glue-compatible server (moto, on 127.0.0.1 and a random port), in a
//! real terminal (a private tmux server per test). Run through `scripts/test.sh`, which installs moto into `.venv`;
//! without moto these tests fail rather than skip.
//!
//! What moto 5.2 does, and these tests rely on: GetConnections honours MaxResults (default 100) and NextToken;
//! HidePassword=true leaves the PASSWORD key out of ConnectionProperties (HidePassword=false returns it);
//! ConnectionType and MatchCriteria are not in its responses, so the TYPE column shows "—".

use glue_tui::model::{Connection, ConnectionList};

use crate::support::e2e::{
    DEADLINE, Moto, Scratch, Tmux, free_port, list_rows, password_entries, run_app, seeded_name,
    seeded_names, sorted_names,
};

/// `2002` → `2,002`, as the status bar counts.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The first escape sequence that is not SGR styling (`ESC [ digits/;/: m`), if any.
fn first_non_sgr_escape(s: &str) -> Option<String> {
    for (i, _) in s.match_indices('\x1b') {
        let rest = &s[i + 1..];
        let params = rest
            .strip_prefix('[')
            .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit() || c == ';' || c == ':'));
        if !params.is_some_and(|r| r.starts_with('m')) {
            return Some(rest.chars().take(20).collect());
        }
    }
    None
}

/// The copied JSON, once the tmux paste buffer holds one that satisfies `ok`.
fn wait_buffer(tmux: &Tmux, ok: impl Fn(&str) -> bool) -> String {
    let start = std::time::Instant::now();
    loop {
        if let Some(buffer) = tmux.buffer()
            && ok(&buffer)
        {
            return buffer;
        }
        assert!(
            start.elapsed() < DEADLINE,
            "no matching OSC 52 copy in the tmux buffer ({:?}); the screen:\n{}",
            tmux.buffer(),
            tmux.screen()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn browse_filter_detail_copy_and_quit() {
    let scratch = Scratch::new("browse");
    let moto = Moto::start(&scratch);
    moto.seed(300, "seed");
    let tmux = Tmux::start(&scratch, &["--endpoint-url", &moto.endpoint()]);

    let screen = tmux.wait_for("the first page", |s| {
        s.contains("loaded") && !list_rows(s, "seed").is_empty()
    });
    let title = screen.lines().next().unwrap_or_default();
    assert!(
        title.contains("glue-tui") && title.contains("catalog default"),
        "title bar: {title}"
    );
    assert!(
        title.contains("region us-east-1") && title.contains(&moto.endpoint()),
        "title bar: {title}"
    );
    assert!(
        screen.contains("NAME") && screen.contains("TYPE") && screen.contains("STATUS"),
        "{screen}"
    );
    // moto leaves ConnectionType out: the column says so instead of inventing a value.
    assert!(
        list_rows(&screen, "seed")
            .iter()
            .all(|row| row.contains("—")),
        "{screen}"
    );
    assert_eq!(
        tmux.display("#{alternate_on}"),
        "1",
        "the TUI should run on the alternate screen"
    );

    // `/` + a name fragment narrows the list (and pages through the rest so the filter sees all 300).
    tmux.keys(&["/"]);
    tmux.wait_text("Enter keep");
    tmux.type_text("0004-jdbc");
    let screen = tmux.wait_text("1 of 300 match");
    let rows = list_rows(&screen, "seed");
    assert_eq!(
        rows.len(),
        1,
        "one row should survive the filter:\n{screen}"
    );
    assert!(rows[0].starts_with("seed-0004-jdbc "), "{screen}");

    // Enter keeps the filter, Enter again focuses the detail pane.
    tmux.keys(&["Enter"]);
    tmux.wait_text("j/k move");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_text("j/k scroll");
    assert!(
        screen.contains("┌ seed-0004-jdbc "),
        "the detail pane is titled with the selection:\n{screen}"
    );
    for text in [
        "ConnectionProperties",
        "HOST",
        "mysql-0004",
        "USERNAME",
        "etl_user_4",
        "READY",
        "1 of 300 match",
    ] {
        assert!(
            screen.contains(text),
            "{text:?} missing from the detail pane:\n{screen}"
        );
    }
    // HidePassword=true: moto leaves the PASSWORD out, so there is nothing to show, masked or not.
    assert!(
        !screen.contains("s3cret"),
        "a password reached the screen:\n{screen}"
    );

    // `y` copies the connection as JSON through OSC 52 into tmux's paste buffer.
    tmux.keys(&["y"]);
    let screen = tmux.wait_text("Copied");
    let buffer = wait_buffer(&tmux, |b| b.contains("seed-0004-jdbc"));
    let status = screen
        .lines()
        .find(|l| l.contains("Copied"))
        .unwrap_or_default();
    assert!(
        status.contains(&format!(
            "Copied {} bytes of seed-0004-jdbc JSON",
            grouped(buffer.len())
        )) && status.contains("OSC 52"),
        "status: {status}\nbuffer ({} bytes): {buffer}",
        buffer.len()
    );
    let json: serde_json::Value = serde_json::from_str(&buffer).expect("the copy is valid JSON");
    assert_eq!(json["Name"], "seed-0004-jdbc", "{buffer}");
    assert!(
        json["ConnectionProperties"]["HOST"]
            .as_str()
            .unwrap_or_default()
            .starts_with("mysql-0004."),
        "{buffer}"
    );
    assert!(
        password_entries(&json).is_empty(),
        "a password was copied: {buffer}"
    );
    assert!(
        !buffer.contains("s3cret"),
        "a password was copied: {buffer}"
    );
    // The same shape the AWS CLI prints, so it reads back as a Connection.
    let conn: Connection = serde_json::from_str(&buffer).expect("the copy parses as a Connection");
    assert_eq!(conn.name, "seed-0004-jdbc");

    // Esc back to the list, `q` quits, and the terminal is as it was.
    tmux.keys(&["Escape"]);
    tmux.wait_text("j/k move");
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}

#[test]
fn pages_lazily_and_load_all_fetches_every_page() {
    const COUNT: usize = 1050;
    let scratch = Scratch::new("paging");
    let moto = Moto::start(&scratch);
    moto.seed(COUNT, "page");
    let tmux = Tmux::start(
        &scratch,
        &["--endpoint-url", &moto.endpoint(), "--page-size", "50"],
    );

    // moto honours MaxResults: one page of 50, a NextToken, and no more until the user gets near the end.
    let screen = tmux.wait_text("50 loaded · more available");
    let status = screen
        .lines()
        .find(|l| l.contains(" loaded"))
        .unwrap_or_default();
    assert!(
        status.starts_with("50 loaded · more available"),
        "status: {status}"
    );
    assert!(
        list_rows(&screen, "page").len() >= 20,
        "the first page fills the list:\n{screen}"
    );

    // The last loaded row is near the end: the next page comes, and only that one.
    tmux.keys(&["G"]);
    tmux.wait_text("100 loaded · more available");

    // `L` walks the remaining NextTokens.
    tmux.keys(&["L"]);
    let screen = tmux.wait_text(&format!("all {} loaded", grouped(COUNT)));
    assert!(!screen.contains("more available"), "{screen}");
    assert!(
        screen.contains(&format!("All {} connections loaded", grouped(COUNT))),
        "{screen}"
    );

    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}

#[test]
fn escape_sequences_in_a_description_render_as_data() {
    const COUNT: usize = 20;
    let scratch = Scratch::new("escape");
    let moto = Moto::start(&scratch);
    moto.seed(COUNT, "esc");
    let tmux = Tmux::start(&scratch, &["--endpoint-url", &moto.endpoint()]);
    tmux.wait_text(&format!("all {COUNT} loaded"));

    // Select the connection whose Description carries ESC[2J (clear screen), then clear the filter so the whole
    // list is on screen next to its detail.
    tmux.keys(&["/"]);
    tmux.wait_text("Enter keep");
    tmux.type_text("0000-escape");
    tmux.wait_for("the escape connection selected by the filter", |s| {
        s.contains(&format!(" of {COUNT} match")) && s.contains("┌ esc-0000-escape ")
    });
    tmux.keys(&["Enter"]);
    tmux.wait_text("j/k move");
    tmux.keys(&["/"]);
    tmux.wait_text("Enter keep");
    tmux.keys(&["Escape"]);
    let screen = tmux.wait_for("the full list with the escape connection selected", |s| {
        s.contains(&format!("all {COUNT} loaded"))
            && s.contains("┌ esc-0000-escape ")
            && s.contains("j/k move")
    });

    // The description is on screen as text: its printable parts, the wide and the right-to-left words.
    for text in [
        "red alert",
        "injected",
        "the server",
        "漢字",
        "שלום",
        "مرحبا",
    ] {
        assert!(
            screen.contains(text),
            "{text:?} missing from the description:\n{screen}"
        );
    }
    // Nothing was cleared: the title, every row of the list, the hints are all still there.
    assert!(
        screen
            .lines()
            .next()
            .unwrap_or_default()
            .contains("glue-tui  catalog default"),
        "{screen}"
    );
    for i in 0..COUNT {
        let name = seeded_name("esc", i);
        assert!(
            screen.contains(&name),
            "{name} vanished from the list:\n{screen}"
        );
    }
    // The frame is intact: every row between the top and bottom borders ends with the detail pane's border, so
    // no wide character pushed a cell out of place.
    let lines: Vec<&str> = screen.lines().collect();
    let bottom = lines
        .iter()
        .position(|l| l.starts_with('└'))
        .expect("the bottom border");
    for line in &lines[1..=bottom] {
        let last = line.trim_end().chars().last();
        assert!(
            matches!(last, Some('┐' | '│' | '┘')),
            "a row lost its right border: {line:?}\n{screen}"
        );
    }
    // No control character reaches the pane; with -e, the only escapes are tmux's own SGR styling.
    assert!(
        !screen.chars().any(|c| c.is_control() && c != '\n'),
        "raw control characters on screen:\n{screen:?}"
    );
    let styled = tmux.screen_with_escapes();
    if let Some(bad) = first_non_sgr_escape(&styled) {
        panic!("a non-SGR escape sequence on screen: {bad:?}\n{styled:?}");
    }

    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}

#[test]
fn sigterm_restores_the_terminal() {
    let scratch = Scratch::new("sigterm");
    let moto = Moto::start(&scratch);
    moto.seed(20, "term");
    let tmux = Tmux::start(&scratch, &["--endpoint-url", &moto.endpoint()]);
    tmux.wait_text("all 20 loaded");
    assert_eq!(
        tmux.display("#{alternate_on}"),
        "1",
        "the TUI should run on the alternate screen"
    );
    assert_eq!(
        tmux.display("#{cursor_flag}"),
        "0",
        "the TUI hides the cursor in the list"
    );

    let pid = tmux.app_pid();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -TERM {pid} failed");
    // The app handles SIGTERM like `q`; whatever status it then exits with, the terminal must be back.
    tmux.assert_restored(None);
}

#[test]
fn passwords_stay_masked_and_out_of_copies_until_revealed() {
    let scratch = Scratch::new("passwords");
    let moto = Moto::start(&scratch);
    moto.seed(20, "pw");
    let tmux = Tmux::start(
        &scratch,
        &["--endpoint-url", &moto.endpoint(), "--show-passwords"],
    );
    let screen = tmux.wait_text("all 20 loaded");
    assert!(
        screen.contains("passwords fetched"),
        "title bar: {}",
        screen.lines().next().unwrap_or_default()
    );

    tmux.keys(&["/"]);
    tmux.wait_text("Enter keep");
    tmux.type_text("0004-jdbc");
    tmux.wait_for("pw-0004-jdbc selected by the filter", |s| {
        s.contains(" of 20 match") && s.contains("┌ pw-0004-jdbc ")
    });
    tmux.keys(&["Enter"]);
    tmux.wait_text("j/k move");
    tmux.keys(&["Enter"]);
    // HidePassword=false: moto sent the PASSWORD; the screen masks it.
    let screen = tmux.wait_text("j/k scroll");
    assert!(
        screen.contains("PASSWORD") && screen.contains("••••••••"),
        "the masked password row:\n{screen}"
    );
    assert!(
        !screen.contains("s3cret"),
        "a password reached the screen unrevealed:\n{screen}"
    );

    // A copy before revealing leaves it out, and says so.
    tmux.keys(&["y"]);
    let screen = tmux.wait_text("Copied");
    assert!(screen.contains("secret left out"), "{screen}");
    let buffer = wait_buffer(&tmux, |b| b.contains("pw-0004-jdbc"));
    let json: serde_json::Value = serde_json::from_str(&buffer).expect("the copy is valid JSON");
    assert!(
        password_entries(&json).is_empty(),
        "an unrevealed password was copied: {buffer}"
    );
    assert!(
        !buffer.contains("s3cret"),
        "an unrevealed password was copied: {buffer}"
    );

    // `x` reveals it on screen and in copies.
    tmux.keys(&["x"]);
    tmux.wait_text("s3cret-0004-do-not-show");
    tmux.keys(&["y"]);
    let buffer = wait_buffer(&tmux, |b| b.contains("s3cret"));
    let json: serde_json::Value = serde_json::from_str(&buffer).expect("the copy is valid JSON");
    assert_eq!(
        json["ConnectionProperties"]["PASSWORD"], "s3cret-0004-do-not-show",
        "{buffer}"
    );

    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}

#[test]
fn export_prints_every_connection_without_passwords() {
    const COUNT: usize = 300;
    let scratch = Scratch::new("export");
    let moto = Moto::start(&scratch);
    moto.seed(COUNT, "exp");
    let endpoint = moto.endpoint();

    let out = run_app(&["export", "--endpoint-url", &endpoint]);
    let stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "export failed ({}): {stderr}",
        out.status
    );
    assert!(
        stderr.trim().is_empty(),
        "export wrote to stderr on success: {stderr}"
    );
    assert!(
        stdout.starts_with("{\n    \"ConnectionList\": [\n        {\n            \""),
        "not the AWS CLI layout (4-space indent): {}",
        &stdout[..stdout.len().min(200)]
    );

    let value: serde_json::Value = serde_json::from_str(&stdout).expect("export prints JSON");
    let keys: Vec<&String> = value.as_object().expect("an object").keys().collect();
    assert_eq!(keys, ["ConnectionList"]);
    assert!(
        password_entries(&value).is_empty(),
        "export printed a password without --show-passwords"
    );
    assert!(
        !stdout.contains("s3cret"),
        "export printed a password without --show-passwords"
    );

    let list: ConnectionList =
        serde_json::from_str(&stdout).expect("export parses as ConnectionList");
    assert_eq!(
        list.connection_list.len(),
        COUNT,
        "every page, each connection once"
    );
    assert_eq!(
        sorted_names(&list.connection_list),
        seeded_names("exp", COUNT),
        "the exported names are not exactly the seeded ones"
    );

    // With --show-passwords the request says HidePassword=false and moto sends them: the check above had teeth.
    let out = run_app(&[
        "export",
        "--endpoint-url",
        &endpoint,
        "--show-passwords",
        "--page-size",
        "1000",
    ]);
    assert!(
        out.status.success(),
        "export --show-passwords failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: ConnectionList =
        serde_json::from_slice(&out.stdout).expect("export parses as ConnectionList");
    assert_eq!(list.connection_list.len(), COUNT);
    let with_password: Vec<&Connection> = list
        .connection_list
        .iter()
        .filter(|c| {
            c.connection_properties
                .as_ref()
                .is_some_and(|p| p.contains_key("PASSWORD"))
        })
        .collect();
    assert_eq!(
        with_password.len(),
        COUNT.div_ceil(4),
        "every JDBC connection has its PASSWORD"
    );
}

#[test]
fn export_to_an_unreachable_endpoint_fails_with_one_line() {
    let port = free_port(); // bound, read and released: nothing listens there
    let out = run_app(&[
        "export",
        "--endpoint-url",
        &format!("http://127.0.0.1:{port}"),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "export to a closed port succeeded");
    assert!(out.stdout.is_empty(), "export printed to stdout on failure");
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(
        lines.len(),
        1,
        "expected one line on stderr, got:\n{stderr}"
    );
    let line = lines[0];
    assert!(line.to_lowercase().contains("could not reach"), "{line}");
    for debug in ["DispatchFailure", "Error {", "ConnectorError", " { "] {
        assert!(
            !line.contains(debug),
            "a Debug dump on stderr ({debug:?}): {line}"
        );
    }
}
