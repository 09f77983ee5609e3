//! End to end: the create wizard of the real binary in a real terminal (a private tmux server, 120×35) against
//! `--demo`, whose canned DescribeConnectionType and ListConnectionTypes answers (`assets/demo`) are in the API's
//! shape. A custom REST type the build's table does not know is picked from Glue's list and created from its
//! description; DYNAMODB's Athena properties get fields of their own in the Compute step. Every check is part of a
//! bounded wait, so none reads a frame the app is still drawing.

use crate::support::e2e::wizard::{
    field_has, help_text, list_row, open_wizard, pick_highlighted, pick_type, tab_to, to_section,
    type_into, wait_form, wait_help,
};
use crate::support::e2e::{Scratch, Tmux};

/// `name` is a row of the list and the status bar says it was created (the demo has it IN_PROGRESS for a moment,
/// and the app follows it to READY), the wizard closed.
fn created(screen: &str, name: &str) -> bool {
    let said =
        screen.contains(&format!("Created {name}")) || screen.contains(&format!("{name} is READY"));
    said && list_row(screen, name).is_some() && !screen.contains("New connection")
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
    open_wizard(&tmux);
    tmux.wait_text("1 more listed by Glue");
    tmux.type_text("acme");
    tmux.wait_for("Glue's REST type offered under its display name", |s| {
        s.contains("Listed by Glue (not in this build's table)")
            && s.lines()
                .any(|l| l.contains("REST-ACME-TICKETS") && l.contains("Acme Tickets (custom)"))
    });
    // Its display name matches best, so the cursor is on it.
    pick_highlighted(&tmux, "REST-ACME-TICKETS");
    type_into(&tmux, "Name *", "acme-tickets");

    // Properties from the description (the demo's answer, on another task): the required one first, the default
    // prefilled, where the connector sends it told.
    to_section(&tmux, "Connection properties");
    wait_form(
        &tmux,
        "the described properties",
        &[("API_VERSION", "2024-06-01")],
        &[],
    );
    tab_to(&tmux, "INSTANCE_URL *");
    wait_help(&tmux, "INSTANCE_URL *", "Instance URL — The base URL");
    type_into(&tmux, "INSTANCE_URL *", "https://acme.example.com");
    tab_to(&tmux, "API_VERSION");
    wait_help(
        &tmux,
        "API_VERSION",
        "the connector sends it as the api-version query parameter",
    );

    // Authentication: CUSTOM is the one type offered; the described credential is asked for by its key, masked.
    to_section(&tmux, "Authentication");
    wait_form(
        &tmux,
        "CUSTOM, the one type offered",
        &[("Authentication type *", "CUSTOM")],
        &[],
    );
    tab_to(&tmux, "apiKey *");
    tmux.type_text("sk-live-4242");
    let screen = tmux.wait_for("the masked key and its help", |s| {
        field_has(s, "apiKey *", "••••")
            && help_text(s).contains("or keep it in Secrets Manager and give its ARN in Secret ARN")
    });
    assert!(
        !screen.contains("sk-live-4242"),
        "the key is on screen:\n{screen}"
    );

    tmux.keys(&["C-s"]);
    let screen = tmux.wait_for("acme-tickets created and in the list", |s| {
        created(s, "acme-tickets")
    });
    assert!(!screen.contains("sk-live-4242"), "{screen}");
}

#[test]
fn an_athena_type_asks_for_its_athena_properties_in_the_compute_step() {
    let (_scratch, tmux) = start();
    open_wizard(&tmux);
    pick_type(&tmux, "dynamodb", "DYNAMODB");
    type_into(&tmux, "Name *", "orders-ddb");

    to_section(&tmux, "Compute environments");
    wait_form(
        &tmux,
        "the described Athena properties, spill_prefix's default prefilled",
        &[
            ("spill_prefix", "athena-spill"),
            ("disable_spill_encryption", "false"),
        ],
        &["✗ lambda_function_arn is required in AthenaProperties for"],
    );
    tab_to(&tmux, "lambda_function_arn *");
    type_into(
        &tmux,
        "lambda_function_arn *",
        "arn:aws:lambda:us-east-1:123456789012:function:ddb-connector",
    );
    tab_to(&tmux, "spill_bucket *");
    type_into(&tmux, "spill_bucket *", "orders-athena-spill");
    tmux.wait_for("the refusals gone", |s| {
        !s.contains("is required in AthenaProperties")
    });

    tmux.keys(&["C-s"]);
    // The detail pane of the new row shows its Athena properties as sent.
    tmux.wait_for(
        "orders-ddb created, its spill bucket in the detail pane",
        |s| created(s, "orders-ddb") && s.contains("orders-athena-spill"),
    );
}
