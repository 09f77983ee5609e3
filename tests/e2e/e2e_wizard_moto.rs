//! End to end: the create wizard of the real binary in a real terminal (a private tmux server, 120×35) against a
//! real Glue-compatible server (moto, 127.0.0.1 and a random port). Run through `scripts/test.sh`, which installs
//! moto into `.venv`; without moto these tests fail rather than skip.
//!
//! What moto 5.2 does, and these tests rely on: CreateConnection answers without a Status (the app treats that as
//! READY); DescribeConnectionType is not implemented (HTTP 500, retried, then the built-in table serves);
//! GetConnections leaves ConnectionType out and honours HidePassword.

use crate::support::e2e::wizard::{
    field_has, field_line, list_row, open_wizard_with_type, start_app, state_home, wait_focus,
};
use crate::support::e2e::{
    DEADLINE, Moto, Scratch, Tmux, exported, password_entries, property, run_app, wait_for_file,
    wait_for_no_file,
};

/// The JDBC properties (Host, Port, Engine by Ctrl-N, User name, Password), from Basics → Name filled in.
fn fill_jdbc_properties(tmux: &Tmux, host: &str, user: &str, password: &str) -> String {
    tmux.keys(&["PgDn"]);
    wait_focus(tmux, "Endpoint *");
    tmux.keys(&["Tab"]);
    wait_focus(tmux, "Host *");
    tmux.type_text(host);
    tmux.keys(&["Tab"]);
    wait_focus(tmux, "Port *");
    tmux.type_text("3306");
    tmux.keys(&["Tab"]);
    wait_focus(tmux, "Engine *");
    tmux.keys(&["C-n"]);
    tmux.wait_for("an engine suggested by Ctrl-N", |s| {
        field_has(s, "Engine *", "mysql")
    });
    // Required first: the credentials' choice and the user name come before the optional engine version.
    tmux.keys(&["Tab", "Tab"]);
    wait_focus(tmux, "User name *");
    tmux.type_text(user);
    tmux.keys(&["Tab"]);
    wait_focus(tmux, "Password *");
    tmux.type_text(password);
    let masked = "•".repeat(password.chars().count());
    let screen = tmux.wait_for("the masked password", |s| {
        field_has(s, "Password *", &masked)
    });
    assert!(
        !screen.contains(password),
        "the password is on screen:\n{screen}"
    );
    // moto has no DescribeConnectionType: once its retries are over the built-in table serves. Waiting for that
    // puts the describe's answer before the create's, so what the screen shows next is the create's.
    tmux.wait_text("DescribeConnectionType had no answer for JDBC")
}

#[test]
fn wizard_creates_jdbc_and_kafka_refuses_a_duplicate_and_keeps_a_draft() {
    let scratch = Scratch::new("wizard");
    let state = state_home(&scratch);
    let draft_file = state.join("glue-tui").join("draft.json");
    let moto = Moto::start(&scratch);
    let endpoint = moto.endpoint();
    let tmux = start_app(&scratch, &moto, &state);

    // 1. JDBC: type, name, description, properties, Ctrl-S.
    open_wizard_with_type(&tmux, "jdbc", "JDBC");
    tmux.type_text("wiz-orders");
    tmux.keys(&["Tab"]);
    wait_focus(&tmux, "Description");
    tmux.type_text("Orders DB, read-only");
    tmux.wait_text("Orders DB, read-only");
    fill_jdbc_properties(&tmux, "orders.internal", "reader", "hunter2");
    tmux.keys(&["C-s"]);
    let screen = tmux.wait_for("wiz-orders created and in the list", |s| {
        s.contains("Created wiz-orders in the default catalog: READY")
            && list_row(s, "wiz-orders").is_some()
    });
    assert!(
        !screen.contains("New connection"),
        "the wizard stayed open:\n{screen}"
    );
    assert!(
        screen.contains("┌ wiz-orders "),
        "the new connection is not the selected one (detail pane title):\n{screen}"
    );
    assert!(
        screen.contains("orders.internal") && !screen.contains("hunter2"),
        "{screen}"
    );

    // What the server holds: the properties typed, and the password (asked for with --show-passwords).
    let conns = exported(&endpoint, true);
    let orders = conns
        .iter()
        .find(|c| c.name == "wiz-orders")
        .expect("wiz-orders on the server");
    assert_eq!(property(orders, "HOST"), "orders.internal");
    assert_eq!(property(orders, "PORT"), "3306");
    assert_eq!(property(orders, "JDBC_ENGINE"), "mysql");
    assert_eq!(property(orders, "USERNAME"), "reader");
    assert_eq!(property(orders, "PASSWORD"), "hunter2");
    assert_eq!(orders.description.as_deref(), Some("Orders DB, read-only"));

    // 2. KAFKA, sent from a draft: the form left with Esc, y (a draft on disk), `n` offers it, y restores it,
    // Ctrl-S sends it. A draft that was sent must go: both rows in the list, the new one selected, no draft.
    open_wizard_with_type(&tmux, "kafka", "KAFKA");
    tmux.type_text("wiz-events");
    tmux.keys(&["PgDn"]);
    wait_focus(&tmux, "Bootstrap servers *");
    tmux.type_text("b-1.example:9092,b-2.example:9092");
    tmux.wait_text("DescribeConnectionType had no answer for KAFKA");
    tmux.keys(&["Escape"]);
    tmux.wait_text("Leave the form?");
    tmux.keys(&["y"]);
    tmux.wait_for("the list again", |s| {
        !s.contains("New connection") && s.contains("j/k move")
    });
    let text = wait_for_file(&draft_file);
    assert!(text.contains("wiz-events"), "the draft: {text}");
    tmux.keys(&["n"]);
    let screen = tmux.wait_text("A draft is waiting");
    assert!(screen.contains("wiz-events (KAFKA)"), "{screen}");
    tmux.keys(&["y"]);
    tmux.wait_for("the draft restored", |s| {
        s.contains("Draft restored") && s.contains("│1 KAFKA ") && s.contains("▸ Name *")
    });
    tmux.keys(&["PgDn"]);
    let screen = wait_focus(&tmux, "Bootstrap servers *");
    assert!(
        field_line(&screen, "Bootstrap servers *").contains("b-1.example:9092,b-2.example:9092"),
        "{screen}"
    );
    // The restored form asks DescribeConnectionType again: its answer first, so the next one is the create's.
    tmux.wait_text("DescribeConnectionType had no answer for KAFKA");
    tmux.keys(&["C-s"]);
    let screen = tmux.wait_for("wiz-events created and both rows in the list", |s| {
        s.contains("Created wiz-events in the default catalog: READY")
            && list_row(s, "wiz-events").is_some()
            && list_row(s, "wiz-orders").is_some()
    });
    assert!(
        screen.contains("┌ wiz-events "),
        "the new connection is not the selected one (detail pane title):\n{screen}"
    );
    assert!(screen.contains("all 2 loaded"), "{screen}");
    let conns = exported(&endpoint, false);
    let mut names: Vec<&str> = conns.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["wiz-events", "wiz-orders"]);
    let events = conns
        .iter()
        .find(|c| c.name == "wiz-events")
        .expect("kafka");
    assert_eq!(
        property(events, "KAFKA_BOOTSTRAP_SERVERS"),
        "b-1.example:9092,b-2.example:9092"
    );
    // The draft is removed by an effect on another task, after the status line above: poll for it to go.
    wait_for_no_file(&draft_file, "the draft of the connection just sent");

    // 3. The same name again (open_wizard_with_type asserts no draft is offered): AlreadyExists beside the Name
    // field, the wizard open, everything typed still there.
    open_wizard_with_type(&tmux, "jdbc", "JDBC");
    tmux.type_text("wiz-orders");
    fill_jdbc_properties(&tmux, "other.internal", "reader2", "pw2secret");
    tmux.keys(&["C-s"]);
    let screen = tmux.wait_for("the AlreadyExists message beside Name", |s| {
        s.contains("A connection named wiz-orders already exists")
    });
    let lines: Vec<&str> = screen.lines().collect();
    let name_at = lines
        .iter()
        .position(|l| l.contains("▸ Name *") && l.contains("wiz-orders"))
        .unwrap_or_else(|| panic!("the focus is not on Name = wiz-orders:\n{screen}"));
    assert!(
        lines[name_at + 1].contains("✗ A connection named wiz-orders already exists"),
        "the message is not right below the Name field:\n{screen}"
    );
    assert!(screen.contains("┌ New connection "), "{screen}");
    assert!(screen.contains("│1 JDBC "), "{screen}");
    tmux.keys(&["PgDn"]);
    let screen = wait_focus(&tmux, "Endpoint *");
    for (label, value) in [
        ("Host *", "other.internal"),
        ("Port *", "3306"),
        ("Engine *", "mysql"),
        ("User name *", "reader2"),
        ("Password *", "•••••••••"),
    ] {
        assert!(
            field_line(&screen, label).contains(value),
            "{label} lost its value {value:?}:\n{screen}"
        );
    }
    assert_eq!(
        exported(&endpoint, false).len(),
        2,
        "the refused create changed the server"
    );

    assert!(
        !draft_file.exists(),
        "a draft came back after the send: {}",
        std::fs::read_to_string(&draft_file).unwrap_or_default()
    );

    // 4. Esc on the changed form asks; y leaves and keeps a draft without the password; `n` offers it.
    tmux.keys(&["Escape"]);
    tmux.wait_text("Leave the form?");
    tmux.keys(&["y"]);
    tmux.wait_for("the list again", |s| {
        !s.contains("New connection") && s.contains("j/k move")
    });
    let text = wait_for_file(&draft_file);
    let draft: serde_json::Value = serde_json::from_str(&text).expect("the draft is JSON");
    assert_eq!(draft["ConnectionInput"]["Name"], "wiz-orders", "{text}");
    assert_eq!(draft["ConnectionInput"]["ConnectionType"], "JDBC", "{text}");
    assert_eq!(
        draft["ConnectionInput"]["ConnectionProperties"]["HOST"], "other.internal",
        "{text}"
    );
    assert!(
        password_entries(&draft).is_empty() && !text.contains("pw2secret"),
        "the draft holds the password:\n{text}"
    );
    // Beside it, the names of the secrets it left out (never their values), so a restore marks them to retype.
    let left_out = wait_for_file(&draft_file.with_file_name("draft-secrets.json"));
    assert!(
        left_out.contains("\"Password\"")
            && left_out.contains("ConnectionInput.ConnectionProperties.PASSWORD")
            && !left_out.contains("pw2secret"),
        "{left_out}"
    );
    tmux.keys(&["n"]);
    let screen = tmux.wait_text("A draft is waiting");
    assert!(screen.contains("wiz-orders (JDBC)"), "{screen}");

    // 5. Start empty, leave the unchanged form without a question, quit from the list.
    tmux.keys(&["Escape"]);
    tmux.wait_for("the draft question gone", |s| {
        !s.contains("A draft is waiting") && s.contains("┌ New connection ")
    });
    tmux.keys(&["Escape"]);
    tmux.wait_for("the list again", |s| {
        !s.contains("New connection") && s.contains("j/k move")
    });
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
    // Only now is every effect done (the runtime waits for its file tasks before the process exits): a removal
    // by the Escapes above would have happened by this point.
    let text = std::fs::read_to_string(&draft_file).unwrap_or_else(|e| {
        panic!(
            "starting empty or leaving the unchanged form dropped the draft ({}): {e}",
            draft_file.display()
        )
    });
    assert!(text.contains("other.internal"), "the draft changed: {text}");
}

/// A draft file left by an earlier session (written here, before the app starts) is read from disk at start-up:
/// `n` offers it and `y` restores every field it holds.
#[test]
fn a_draft_from_an_earlier_session_is_offered_on_n_and_y_restores_it() {
    let scratch = Scratch::new("wizard-earlier-draft");
    let state = state_home(&scratch);
    let draft_file = state.join("glue-tui").join("draft.json");
    std::fs::create_dir_all(draft_file.parent().expect("a directory"))
        .expect("create the draft directory");
    std::fs::write(
        &draft_file,
        r#"{"ConnectionInput": {"Name": "left-over", "Description": "from yesterday", "ConnectionType": "KAFKA",
            "ConnectionProperties": {"KAFKA_BOOTSTRAP_SERVERS": "b-1.msk:9094"}}}"#,
    )
    .expect("write the draft");
    let tmux = Tmux::start_with_env(
        &scratch,
        &["--demo"],
        &[("XDG_STATE_HOME", state.to_str().expect("UTF-8 path"))],
    );
    tmux.wait_text("all 79 loaded");
    // The draft is read by an effect on another task: until it has arrived `n` opens an empty form. Leave that and
    // try again, bounded by the deadline; a draft never read fails here.
    let start = std::time::Instant::now();
    let screen = loop {
        tmux.keys(&["n"]);
        // The hint line is the last row a frame draws: once it shows, the box over the form (if any) is drawn too.
        // With the draft's question it offers the question's keys; without, the type picker's.
        let screen = tmux.wait_for("the wizard, with or without the draft's question", |s| {
            s.contains("┌ New connection ")
                && (s.contains("go on with it") || s.contains("type search"))
        });
        if screen.contains("go on with it") {
            assert!(screen.contains("A draft is waiting"), "{screen}");
            break screen;
        }
        assert!(
            start.elapsed() < DEADLINE,
            "`n` never offered the draft at {}:\n{screen}",
            draft_file.display()
        );
        tmux.keys(&["Escape"]);
        tmux.wait_for("the list again", |s| {
            !s.contains("New connection") && s.contains("j/k move")
        });
    };
    assert!(screen.contains("left-over (KAFKA)"), "{screen}");
    tmux.keys(&["y"]);
    let screen = tmux.wait_for("the draft restored on Basics", |s| {
        s.contains("Draft restored") && s.contains("│1 KAFKA ") && s.contains("▸ Name *")
    });
    assert!(
        field_line(&screen, "Name *").contains("left-over"),
        "{screen}"
    );
    assert!(
        field_line(&screen, "Description").contains("from yesterday"),
        "{screen}"
    );
    tmux.keys(&["PgDn"]);
    let screen = wait_focus(&tmux, "Bootstrap servers *");
    assert!(
        field_line(&screen, "Bootstrap servers *").contains("b-1.msk:9094"),
        "{screen}"
    );
}

/// The status bar should carry the AlreadyExists message too (keys.md: "message beside the Name field + status
/// bar"), and "Form closed — kept as a draft" after `Esc`, `y`.
#[test]
fn status_bar_reports_already_exists_and_the_kept_draft() {
    let scratch = Scratch::new("wizard-status");
    let state = state_home(&scratch);
    let moto = Moto::start(&scratch);
    let json = scratch.file("dup.json");
    std::fs::write(
        &json,
        r#"{"ConnectionInput": {"Name": "dup", "ConnectionType": "KAFKA",
            "ConnectionProperties": {"KAFKA_BOOTSTRAP_SERVERS": "b-1.example:9092"}}}"#,
    )
    .expect("write");
    let out = run_app(&[
        "create",
        "--from-json",
        json.to_str().expect("UTF-8"),
        "--endpoint-url",
        &moto.endpoint(),
    ]);
    assert!(
        out.status.success(),
        "create dup: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tmux = start_app(&scratch, &moto, &state);
    tmux.wait_text("all 1 loaded");

    open_wizard_with_type(&tmux, "jdbc", "JDBC");
    tmux.type_text("dup");
    fill_jdbc_properties(&tmux, "h.internal", "u", "pw");
    tmux.keys(&["C-s"]);
    tmux.wait_text("A connection named dup already exists");
    let screen = tmux.wait_for("the AlreadyExists message in the status bar", |s| {
        s.lines()
            .any(|l| l.starts_with("all 1 loaded │") && l.contains("already exists"))
    });
    assert!(!screen.contains("retrying"), "{screen}");

    tmux.keys(&["Escape"]);
    tmux.wait_text("Leave the form?");
    tmux.keys(&["y"]);
    tmux.wait_text("kept as a draft");
    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}
