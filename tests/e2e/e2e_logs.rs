//! End to end: with the log level at TRACE, passwords fetched (`--show-passwords`) or sent (create) never reach
//! `--log-file` — the SDK logs response bodies at that level. Each check also proves the log was written at TRACE
//! and that the password was really on the wire, so it cannot pass by logging nothing.

use crate::support::e2e::{Moto, Scratch, Tmux, run_app_with_env, wait_for_file};

const TRACE: &[(&str, &str)] = &[("GLUE_TUI_LOG", "trace")];

fn assert_no_secret_in(log: &str, secret: &str, what: &str) {
    assert!(
        log.lines().any(|l| l.contains("TRACE")),
        "{what}: the log has no TRACE line, so it proves nothing:\n{log}"
    );
    assert!(
        !log.contains(secret),
        "{what}: a password reached the log file at TRACE:\n{}",
        log.lines()
            .filter(|l| l.contains(secret))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn export_and_create_at_trace_keep_passwords_out_of_the_log() {
    let scratch = Scratch::new("logs-headless");
    let moto = Moto::start(&scratch);
    let endpoint = moto.endpoint();

    let request = scratch.file("orders.json");
    std::fs::write(
        &request,
        r#"{"ConnectionInput": {"Name": "logged-orders", "ConnectionType": "JDBC", "ConnectionProperties": {
            "JDBC_CONNECTION_URL": "jdbc:postgresql://db.internal:5432/orders",
            "USERNAME": "app", "PASSWORD": "tr4ce-create-pw"}}}"#,
    )
    .expect("write the request");
    let create_log = scratch.file("create.log");
    let out = run_app_with_env(
        &[
            "create",
            "--from-json",
            request.to_str().expect("utf-8"),
            "--endpoint-url",
            &endpoint,
            "--log-file",
            create_log.to_str().expect("utf-8"),
        ],
        TRACE,
    );
    assert!(
        out.status.success(),
        "create: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_no_secret_in(&wait_for_file(&create_log), "tr4ce-create-pw", "create");

    let export_log = scratch.file("export.log");
    let out = run_app_with_env(
        &[
            "export",
            "--show-passwords",
            "--endpoint-url",
            &endpoint,
            "--log-file",
            export_log.to_str().expect("utf-8"),
        ],
        TRACE,
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("tr4ce-create-pw"),
        "export --show-passwords should print the password it fetched: {stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_no_secret_in(&wait_for_file(&export_log), "tr4ce-create-pw", "export");
}

#[test]
fn the_browser_at_trace_keeps_passwords_out_of_the_log() {
    let scratch = Scratch::new("logs-tui");
    let moto = Moto::start(&scratch);
    moto.seed(20, "tr");
    let tmux = Tmux::start_with_env(
        &scratch,
        &["--endpoint-url", &moto.endpoint(), "--show-passwords"],
        TRACE,
    );
    tmux.wait_text("all 20 loaded");
    // Reveal one on screen, so the password is in the app's memory and on its screen, not only on the wire.
    tmux.keys(&["/"]);
    tmux.wait_text("Enter keep");
    tmux.type_text("0004-jdbc");
    tmux.wait_text("┌ tr-0004-jdbc ");
    tmux.keys(&["Enter"]);
    tmux.wait_text("j/k move");
    tmux.keys(&["Enter"]);
    tmux.wait_text("j/k scroll");
    tmux.keys(&["x"]);
    tmux.wait_text("s3cret-0004-do-not-show");
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
    assert_no_secret_in(
        &wait_for_file(&scratch.file("app.log")),
        "s3cret-",
        "the browser",
    );
}
