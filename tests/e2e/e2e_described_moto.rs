//! End to end, over HTTP: connection types as Glue's DescribeConnectionType describes them and ListConnectionTypes
//! lists them — `create --from-json` checked against the description, and the create wizard in a real terminal (a
//! private tmux server, 120×35) building its picker and forms from them.
//!
//! The server is the TEST FIXTURE `tests/moto_described.py`: moto 5.2 (which implements neither operation) with the
//! two added, answering from the demo's canned descriptions (`assets/demo/connection_types.json`, the same ones the
//! snapshots under tests/app/snapshots show) and list (`assets/demo/connection_type_list.json`, in pages of 4, so
//! the app pages through it). Every other operation is moto's own: CreateConnection answers without a Status (the
//! app treats that as READY) and GetConnections leaves ConnectionType and AuthenticationConfiguration out.

use glue_tui::model::Connection;

use crate::support::e2e::wizard::{
    list_row, open_wizard, pick_highlighted, pick_type, search_types, start_app, state_home,
    to_section, type_into, wait_focus, wait_form,
};
use crate::support::e2e::{
    Moto, Scratch, Tmux, athena_property, exported, path_str, property, run_app, text,
};
use crate::support::requests::{
    SALESFORCE_AUTH_REQUIRED, SALESFORCE_ROLE_UNLISTED, SALESFORCE_WITH_ROLE,
    SALESFORCE_WITHOUT_AUTH,
};

const LISTED_HEADING: &str = "Listed by Glue (not in this build's table)";

fn find<'a>(conns: &'a [Connection], name: &str) -> &'a Connection {
    conns
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no {name} on the server: {conns:?}"))
}

/// `create --from-json` against the fixture, as `a_described_type_is_checked_against_glues_description` does
/// against `--demo`: the same description, this time over HTTP.
#[test]
fn create_from_json_is_checked_against_the_description_glue_serves() {
    let scratch = Scratch::new("described-create");
    let moto = Moto::start_with_described(&scratch);
    let endpoint = moto.endpoint();
    let create = |file: &std::path::Path| {
        run_app(&[
            "create",
            "--from-json",
            path_str(file),
            "--endpoint-url",
            &endpoint,
            "--region",
            "us-east-1",
        ])
    };

    // SALESFORCE's description requires an AuthenticationConfiguration (and API_VERSION, one of its allowed
    // values). Plain moto describes nothing, and there the same file is created: the refusal is the description's.
    let bare = scratch.write("bare.json", SALESFORCE_WITHOUT_AUTH);
    let out = create(&bare);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = text(&out.stderr);
    assert!(stderr.contains(SALESFORCE_AUTH_REQUIRED), "{stderr}");
    assert!(
        stderr.contains("API_VERSION is required for SALESFORCE: v58.0, v59.0 or v60.0"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was sent"), "{stderr}");
    assert!(
        exported(&endpoint, false).is_empty(),
        "a refused request reached the server"
    );

    // Valid, with a key the description does not list (ROLE): warned, and sent as written.
    let valid = scratch.write("valid.json", SALESFORCE_WITH_ROLE);
    let out = create(&valid);
    assert!(out.status.success(), "{out:?}");
    let stderr = text(&out.stderr);
    assert!(stderr.contains(SALESFORCE_ROLE_UNLISTED), "{stderr}");
    assert!(
        text(&out.stdout).contains("Created sf "),
        "{}",
        text(&out.stdout)
    );
    let conns = exported(&endpoint, false);
    let sf = find(&conns, "sf");
    assert_eq!(property(sf, "ROLE"), "x");
    assert_eq!(
        property(sf, "INSTANCE_URL"),
        "https://example.my.salesforce.com"
    );
    assert_eq!(property(sf, "API_VERSION"), "v60.0");

    // A type neither this build nor Glue knows: Glue's InvalidInputException is the verdict, in its words.
    let unknown = scratch.write(
        "unknown.json",
        r#"{"ConnectionInput": {"Name": "nope", "ConnectionType": "REST-NOPE",
            "ConnectionProperties": {"INSTANCE_URL": "https://nope.example.com"}}}"#,
    );
    let out = create(&unknown);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("Glue does not describe a connection type REST-NOPE"),
        "{stderr}"
    );
    assert!(stderr.contains("not supported"), "{stderr}");
    let names: Vec<String> = exported(&endpoint, false)
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(names, ["sf"]);
}

/// Esc on a changed form, then `d`: the list again, and no draft left for the next `n`.
fn discard_form(tmux: &Tmux) {
    tmux.keys(&["Escape"]);
    tmux.wait_text("Leave the form?");
    tmux.keys(&["d"]);
    tmux.wait_for("the list again", |s| {
        !s.contains("New connection") && s.contains("j/k move")
    });
}

/// `n`, `ty` picked by `query`, and `name` typed on Basics → Name.
fn new_form(tmux: &Tmux, query: &str, ty: &str, name: &str) {
    open_wizard(tmux);
    pick_type(tmux, query, ty);
    type_into(tmux, "Name *", name);
}

/// The picker's rows under Glue's heading, up to the next heading ("Another type").
fn listed_rows(screen: &str) -> Option<Vec<&str>> {
    let lines: Vec<&str> = screen.lines().collect();
    let heading = lines.iter().position(|l| l.contains(LISTED_HEADING))?;
    let rows: Vec<&str> = lines[heading + 1..]
        .iter()
        .map(|l| l.split('│').nth(2).unwrap_or("").trim())
        .take_while(|row| !row.starts_with("Another type"))
        .filter(|row| !row.is_empty())
        .collect();
    Some(rows)
}

#[test]
fn the_wizard_builds_its_picker_and_forms_from_what_glue_lists_and_describes() {
    let scratch = Scratch::new("described-wizard");
    let state = state_home(&scratch);
    let moto = Moto::start_with_described(&scratch);
    let endpoint = moto.endpoint();
    let tmux = start_app(&scratch, &moto, &state);
    tmux.wait_text("all 0 loaded");

    // 1. `n`: the picker takes ListConnectionTypes' answer (two pages; REST-ACME-TICKETS is on the second), and
    // shows the one type the build's table lacks under a heading of its own, with the name the console shows.
    open_wizard(&tmux);
    tmux.wait_text("1 more listed by Glue");
    search_types(&tmux, "acme");
    tmux.wait_for(
        &format!("REST-ACME-TICKETS alone under {LISTED_HEADING:?}, then \"Another type\""),
        |s| {
            s.contains("│ Another type ")
                && listed_rows(s).is_some_and(|rows| {
                    rows.len() == 1
                        && rows[0].starts_with("REST-ACME-TICKETS ")
                        && rows[0].contains("Acme Tickets (custom)")
                })
        },
    );

    // 2. REST-ACME-TICKETS picked from that row: its form is the description's (INSTANCE_URL required,
    // API_VERSION's default, a CUSTOM apiKey masked as the SECRET it is); created.
    pick_highlighted(&tmux, "REST-ACME-TICKETS");
    type_into(&tmux, "Name *", "tix-prod");
    to_section(&tmux, "Connection properties");
    wait_form(
        &tmux,
        "REST-ACME-TICKETS's described properties",
        &[
            ("INSTANCE_URL *", "▸ INSTANCE_URL *"),
            ("API_VERSION", "2024-06-01"),
        ],
        &[
            "✗ INSTANCE_URL is required for REST-ACME-TICKETS",
            "The base URL of the Acme Tickets API",
            "Fields of REST-ACME-TICKETS as DescribeConnectionType describes them",
        ],
    );
    type_into(&tmux, "INSTANCE_URL *", "https://acme.example.com");
    to_section(&tmux, "Authentication");
    wait_form(
        &tmux,
        "REST-ACME-TICKETS's authentication",
        &[("Authentication type *", "CUSTOM")],
        &[
            "▸ Authentication type *",
            "✗ apiKey is required for REST-ACME-TICKETS",
        ],
    );
    for label in ["Secret ARN", "KMS key ARN", "apiKey *"] {
        tmux.keys(&["Tab"]);
        wait_focus(&tmux, label);
    }
    let key = "k3y-s3cret";
    tmux.type_text(key);
    let masked = "•".repeat(key.chars().count());
    let screen = wait_form(&tmux, "the masked apiKey", &[("apiKey *", &masked)], &[]);
    assert!(!screen.contains(key), "the apiKey is on screen:\n{screen}");
    tmux.keys(&["C-s"]);
    let screen = tmux.wait_for("tix-prod created, in the list and selected", |s| {
        s.contains("Created tix-prod in the default catalog: READY")
            && list_row(s, "tix-prod").is_some()
            && s.contains("┌ tix-prod ")
    });
    assert!(!screen.contains(key), "the apiKey is on screen:\n{screen}");
    let conns = exported(&endpoint, false);
    let tix = find(&conns, "tix-prod");
    assert_eq!(property(tix, "INSTANCE_URL"), "https://acme.example.com");
    assert_eq!(property(tix, "API_VERSION"), "2024-06-01");

    // 3. SALESFORCE, a type of the table, with its form as the description has it: API_VERSION's allowed values
    // to choose from, INSTANCE_URL and ROLE_ARN required, and the Authentication section from the description's
    // AuthenticationConfiguration (OAUTH2, TokenUrl prefilled). Left without a draft.
    new_form(&tmux, "salesforce", "SALESFORCE", "crm-prod");
    to_section(&tmux, "Connection properties");
    wait_form(
        &tmux,
        "SALESFORCE's described properties",
        &[
            ("API_VERSION *", "▸ API_VERSION *"),
            ("API_VERSION *", "‹ v60.0 ›"),
            ("INSTANCE_URL *", "required"),
            ("ROLE_ARN *", "required"),
            ("IS_SANDBOX", "false"),
        ],
        &[
            "✗ INSTANCE_URL is required for SALESFORCE",
            "✗ ROLE_ARN is required for SALESFORCE",
            "←/→ choose: v58.0 · v59.0 · v60.0",
            "Fields of SALESFORCE as DescribeConnectionType describes them",
        ],
    );
    tmux.keys(&["Left"]);
    wait_form(
        &tmux,
        "API_VERSION chosen down to v59.0",
        &[("API_VERSION *", "‹ v59.0 ›")],
        &[],
    );
    to_section(&tmux, "Authentication");
    wait_form(
        &tmux,
        "SALESFORCE's authentication from the description",
        &[
            ("Authentication type *", "▸ Authentication type *"),
            ("Authentication type *", "‹ OAUTH2 ›"),
            ("OAuth2 grant type *", "AUTHORIZATION_CODE"),
            (
                "Token URL *",
                "https://login.salesforce.com/services/oauth2/token",
            ),
        ],
        &["SALESFORCE supports OAUTH2", "←/→ choose: OAUTH2"],
    );
    discard_form(&tmux);

    // 4. DYNAMODB: the description's Athena properties in the Compute environments section; created with them
    // (the described defaults included).
    new_form(&tmux, "dynamodb", "DYNAMODB", "orders-ddb");
    to_section(&tmux, "Compute environments");
    wait_form(
        &tmux,
        "DYNAMODB's Athena fields",
        &[
            ("lambda_function_arn *", "▸ lambda_function_arn *"),
            ("spill_bucket *", "required"),
            ("spill_prefix", "athena-spill"),
            ("disable_spill_encryption", "false"),
        ],
        &[
            "✗ lambda_function_arn is required in AthenaProperties for",
            "ConnectionInput.AthenaProperties.lambda_function_arn",
        ],
    );
    let lambda = "arn:aws:lambda:us-east-1:123456789012:function:ddb-connector";
    type_into(&tmux, "lambda_function_arn *", lambda);
    tmux.keys(&["Tab"]);
    wait_focus(&tmux, "spill_bucket *");
    type_into(&tmux, "spill_bucket *", "orders-spill");
    tmux.keys(&["C-s"]);
    tmux.wait_for("orders-ddb created and both rows in the list", |s| {
        s.contains("Created orders-ddb in the default catalog: READY")
            && !s.contains("New connection")
            && list_row(s, "orders-ddb").is_some()
            && list_row(s, "tix-prod").is_some()
    });
    let conns = exported(&endpoint, false);
    let ddb = find(&conns, "orders-ddb");
    assert_eq!(athena_property(ddb, "lambda_function_arn"), lambda);
    assert_eq!(athena_property(ddb, "spill_bucket"), "orders-spill");
    assert_eq!(athena_property(ddb, "spill_prefix"), "athena-spill");
    assert_eq!(athena_property(ddb, "disable_spill_encryption"), "false");
    let mut names: Vec<&str> = conns.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["orders-ddb", "tix-prod"]);

    tmux.keys(&["q"]);
    tmux.assert_restored(Some(0));
}
