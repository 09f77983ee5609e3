//! End to end: the create wizard of the real binary in a real terminal (a private tmux server, 120×35) against
//! `--demo`, whose canned DescribeConnectionType and ListConnectionTypes answers (`assets/demo`) are in the API's
//! shape. A custom REST type the build's table does not know is picked from Glue's list and created from its
//! description; DYNAMODB's Athena properties get fields of their own in the Compute step.

use crate::support::e2e::{Scratch, Tmux};

/// The line of the form that shows the field `label` (the focus marker and `*` come before/after it), if any.
fn find_field<'a>(screen: &'a str, label: &str) -> Option<&'a str> {
    screen
        .lines()
        .find(|l| l.contains(&format!("  {label} ")) || l.contains(&format!("▸ {label} ")))
}

fn field_line<'a>(screen: &'a str, label: &str) -> &'a str {
    find_field(screen, label).unwrap_or_else(|| panic!("no {label:?} field on screen:\n{screen}"))
}

/// The help pane's text as one line: what it wraps at the pane's width, joined again.
fn help(screen: &str) -> String {
    screen
        .lines()
        .skip_while(|l| !l.contains(" Help ─"))
        .skip(1)
        .take_while(|l| !l.starts_with('└'))
        .filter_map(|l| l.split('│').nth(2))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Waits until the focus marker is on the field `label`.
fn wait_focus(tmux: &Tmux, label: &str) -> String {
    let marker = format!("▸ {label} ");
    tmux.wait_for(&format!("the focus on {label:?}"), |s| s.contains(&marker))
}

/// The screen line the focus marker is on: it moves with Tab, not with what is typed.
fn focused(screen: &str) -> Option<usize> {
    screen.lines().position(|l| l.contains("▸ "))
}

/// Presses Tab until the focus is on `label`, a bounded number of times.
fn tab_to(tmux: &Tmux, label: &str) -> String {
    let marker = format!("▸ {label} ");
    for _ in 0..12 {
        let screen = tmux.screen();
        if screen.contains(&marker) {
            return screen;
        }
        let label = focused(&screen);
        tmux.keys(&["Tab"]);
        tmux.wait_for(&format!("the focus to leave {label:?}"), |s| {
            focused(s) != label
        });
    }
    wait_focus(tmux, label)
}

/// The title of the section the form pane shows (its first line, right of the sections column).
fn heading(screen: &str) -> String {
    screen
        .lines()
        .nth(2)
        .and_then(|l| l.split('│').nth(2))
        .map(|h| h.trim().to_string())
        .unwrap_or_default()
}

/// Presses PgDn, one section at a time, until the section titled `title` is shown (at most through every section).
fn section(tmux: &Tmux, title: &str) -> String {
    for _ in 0..8 {
        let screen = tmux.screen();
        let now = heading(&screen);
        if now.starts_with(title) {
            return screen;
        }
        tmux.keys(&["PgDn"]);
        tmux.wait_for(&format!("a section after {now:?}"), |s| heading(s) != now);
    }
    panic!("no section {title:?}:\n{}", tmux.screen());
}

/// `name` is a row of the list and the status bar says it was created (the demo has it IN_PROGRESS for a moment,
/// and the app follows it to READY).
fn created(screen: &str, name: &str) -> bool {
    let row = screen.lines().any(|l| l.starts_with(&format!("│{name} ")));
    let said =
        screen.contains(&format!("Created {name}")) || screen.contains(&format!("{name} is READY"));
    row && said
}

fn start() -> (Scratch, Tmux) {
    let scratch = Scratch::new("described-demo");
    let tmux = Tmux::start(&scratch, &["--demo"]);
    tmux.wait_text("all 79 loaded");
    (scratch, tmux)
}

#[test]
fn a_custom_type_glue_lists_is_picked_and_created_from_its_description() {
    let (_scratch, tmux) = start();
    tmux.keys(&["n"]);
    tmux.wait_text("1 more listed by Glue");
    tmux.type_text("acme");
    let screen = tmux.wait_text("Listed by Glue (not in this build's table)");
    let row = screen
        .lines()
        .find(|l| l.contains("REST-ACME-TICKETS"))
        .unwrap_or_else(|| panic!("Glue's type is not offered:\n{screen}"));
    assert!(row.contains("Acme Tickets (custom)"), "{row}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("REST-ACME-TICKETS picked, the focus on Name", |s| {
        s.contains("│1 REST-ACME-TICKETS ") && s.contains("▸ Name *")
    });
    tmux.type_text("acme-tickets");
    tmux.wait_for("the name typed", |s| {
        field_line(s, "Name *").contains("acme-tickets")
    });

    // Properties from the description: the required one first, the default prefilled, the REST call told.
    section(&tmux, "Connection properties");
    // The description is the demo's answer to DescribeConnectionType, on another task: until it comes the step
    // says Glue is being asked.
    tmux.wait_for(
        "the described properties, API_VERSION's default prefilled",
        |s| find_field(s, "API_VERSION").is_some_and(|l| l.contains("2024-06-01")),
    );
    let screen = tab_to(&tmux, "INSTANCE_URL *");
    assert!(
        help(&screen).contains("Instance URL — The base URL"),
        "{screen}"
    );
    tmux.type_text("https://acme.example.com");
    let screen = tab_to(&tmux, "API_VERSION");
    assert!(
        help(&screen).contains("the connector sends it as the api-version query parameter"),
        "{screen}"
    );

    // Authentication: CUSTOM is the one type offered; the described credential is asked for by its key, masked.
    let screen = section(&tmux, "Authentication");
    assert!(
        field_line(&screen, "Authentication type *").contains("CUSTOM"),
        "{screen}"
    );
    tab_to(&tmux, "apiKey *");
    tmux.type_text("sk-live-4242");
    let screen = tmux.wait_for("the masked key", |s| {
        field_line(s, "apiKey *").contains("••••")
    });
    assert!(
        !screen.contains("sk-live-4242"),
        "the key is on screen:\n{screen}"
    );
    assert!(
        help(&screen).contains("or keep it in Secrets Manager and give its ARN in Secret ARN"),
        "{screen}"
    );

    tmux.keys(&["C-s"]);
    let screen = tmux.wait_for("acme-tickets created and in the list", |s| {
        created(s, "acme-tickets")
    });
    assert!(!screen.contains("New connection"), "{screen}");
    assert!(!screen.contains("sk-live-4242"), "{screen}");
}

#[test]
fn an_athena_type_asks_for_its_athena_properties_in_the_compute_step() {
    let (_scratch, tmux) = start();
    tmux.keys(&["n"]);
    tmux.wait_text("┌ New connection ");
    tmux.type_text("dynamodb");
    tmux.wait_text(" 1 of ");
    tmux.keys(&["Enter"]);
    tmux.wait_for("DYNAMODB picked, the focus on Name", |s| {
        s.contains("│1 DYNAMODB ") && s.contains("▸ Name *")
    });
    tmux.type_text("orders-ddb");
    tmux.wait_for("the name typed", |s| {
        field_line(s, "Name *").contains("orders-ddb")
    });

    section(&tmux, "Compute environments");
    tmux.wait_for(
        "the described Athena properties, spill_prefix's default prefilled",
        |s| find_field(s, "spill_prefix").is_some_and(|l| l.contains("athena-spill")),
    );
    let screen = tab_to(&tmux, "lambda_function_arn *");
    assert!(
        screen.contains("✗ lambda_function_arn is required in AthenaProperties for"),
        "{screen}"
    );
    tmux.type_text("arn:aws:lambda:us-east-1:123456789012:function:ddb-connector");
    tab_to(&tmux, "spill_bucket *");
    tmux.type_text("orders-athena-spill");
    tmux.wait_for("the refusals gone", |s| {
        !s.contains("is required in AthenaProperties")
    });

    tmux.keys(&["C-s"]);
    let screen = tmux.wait_for("orders-ddb created and in the list", |s| {
        created(s, "orders-ddb")
    });
    // The detail pane of the new row: its Athena properties as sent.
    assert!(screen.contains("orders-athena-spill"), "{screen}");
}
