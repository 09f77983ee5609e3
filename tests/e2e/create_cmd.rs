//! `glue-tui create --from-json` as the real binary runs it, never pointed at AWS: `--dry-run` (the endpoint a closed
//! local port) and `--demo`. The checks themselves: `rules::create_cmd`.

use glue_tui::model::{CreateConnectionRequest, SECRET_MASK};

use crate::support::e2e::{Scratch, path_str, run_app, run_app_with_stdin, text};
use crate::support::requests::{
    JDBC, SALESFORCE_AUTH_REQUIRED, SALESFORCE_ROLE_UNLISTED, SALESFORCE_WITH_ROLE,
    SALESFORCE_WITHOUT_AUTH,
};

#[test]
fn dry_run_prints_the_normalised_request_masked_and_sends_nothing() {
    let dir = Scratch::new("dry-run");
    let file = dir.write("orders.json", &JDBC.replace("\"JDBC\"", "\"jdbc\""));
    // The endpoint is a closed port: were anything sent, the run would fail.
    let out = run_app(&[
        "create",
        "--from-json",
        path_str(&file),
        "--dry-run",
        "--catalog-id",
        "123456789012",
        "--endpoint-url",
        "http://127.0.0.1:9",
    ]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(text(&out.stderr), "");
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("{\n    \"CatalogId\": \"123456789012\",\n    \"ConnectionInput\": {\n        \"Name\": \"orders-db\","),
        "{stdout}"
    );
    assert!(stdout.contains("\"ConnectionType\": \"JDBC\""), "{stdout}");
    assert!(
        stdout.contains(&format!("\"PASSWORD\": \"{SECRET_MASK}\"")),
        "{stdout}"
    );
    assert!(!stdout.contains("hunter2"), "{stdout}");

    let shown = run_app(&[
        "create",
        "--from-json",
        path_str(&file),
        "--dry-run",
        "--show-passwords",
    ]);
    assert!(shown.status.success(), "{shown:?}");
    let req: CreateConnectionRequest =
        serde_json::from_slice(&shown.stdout).expect("dry-run output is the request");
    assert_eq!(
        req.connection_input.connection_properties["PASSWORD"],
        "hunter2"
    );
    assert_eq!(req.catalog_id, None);
}

#[test]
fn stdin_is_read_for_a_dash() {
    let out = run_app_with_stdin(&["create", "--from-json", "-", "--dry-run", "--demo"], JDBC);
    assert!(out.status.success(), "{out:?}");
    let req: CreateConnectionRequest = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(req.connection_input.name, "orders-db");
}

#[test]
fn an_invalid_file_exits_2_with_each_problem_at_its_path() {
    let dir = Scratch::new("invalid");
    let file = dir.write(
        "bad.json",
        r#"{"ConnectionInput": {"Name": "", "ConnectionType": "JDBC",
            "ConnectionProperties": {"HOST": "db", "PORT": "5432", "JDBC_ENGINE": "postgres", "SECRET_ID": "s"},
            "ValidateForComputeEnvironments": ["GLUE"]}}"#,
    );
    let out = run_app(&["create", "--from-json", path_str(&file), "--demo"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(text(&out.stdout), "");
    assert_eq!(
        text(&out.stderr),
        format!(
            "glue-tui: {}: 2 problems — nothing was sent\n  \
             ConnectionInput.Name: Name must not be empty\n  \
             ConnectionInput.ValidateForComputeEnvironments[0]: \"GLUE\" is not a compute environment: SPARK, ATHENA, PYTHON\n",
            file.display()
        )
    );

    let misspelt = dir.write(
        "misspelt.json",
        "{\"ConnectionInput\": {\"Name\": \"a\", \"ConnectionType\": \"JDBC\", \"Descripton\": \"x\"}}",
    );
    let out = run_app(&["create", "--from-json", path_str(&misspelt)]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(&format!(
            "glue-tui: {}:1:72: unknown field `Descripton`",
            misspelt.display()
        )),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");

    let out = run_app(&["create", "--from-json", "/nonexistent/x.json"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        text(&out.stderr).starts_with("glue-tui: cannot read /nonexistent/x.json: "),
        "{out:?}"
    );
}

/// `--readonly` refuses the create (exit 2, nothing created, even in the demo); `--dry-run` may still check a file.
#[test]
fn read_only_refuses_a_create_but_not_a_dry_run() {
    let dir = Scratch::new("readonly");
    let file = dir.write("orders.json", JDBC);
    let out = run_app(&[
        "create",
        "--from-json",
        path_str(&file),
        "--demo",
        "--readonly",
    ]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(text(&out.stdout), "");
    assert!(
        text(&out.stderr).contains("read-only: create changes the catalog"),
        "{out:?}"
    );
    let out = run_app(&[
        "create",
        "--from-json",
        path_str(&file),
        "--demo",
        "--readonly",
        "--dry-run",
    ]);
    assert!(out.status.success(), "{out:?}");
    assert!(text(&out.stdout).contains("orders-db"), "{out:?}");
}

#[test]
fn demo_creates_and_refuses_a_name_taken() {
    let dir = Scratch::new("demo");
    let file = dir.write("orders.json", JDBC);
    let out = run_app(&["create", "--from-json", path_str(&file), "--demo"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        text(&out.stdout),
        "Created orders-db in catalog default: READY\n"
    );
    assert_eq!(text(&out.stderr), "");

    // The demo catalog already has this one.
    let taken = dir.write(
        "taken.json",
        &JDBC.replace("\"orders-db\"", "\"analytics-redshift-ro\""),
    );
    let out = run_app(&["create", "--from-json", path_str(&taken), "--demo"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert_eq!(text(&out.stdout), "");
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("analytics-redshift-ro already exists"),
        "{stderr}"
    );
}

#[test]
fn a_described_type_is_checked_against_glues_description() {
    let dir = Scratch::new("described");
    // SALESFORCE's description (the demo's, in DescribeConnectionType's shape) requires an
    // AuthenticationConfiguration, which Glue insists on too.
    let bare = dir.write("bare.json", SALESFORCE_WITHOUT_AUTH);
    let out = run_app(&["create", "--from-json", path_str(&bare), "--demo"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = text(&out.stderr);
    assert!(stderr.contains(SALESFORCE_AUTH_REQUIRED), "{stderr}");
    assert!(stderr.contains("nothing was sent"), "{stderr}");

    // A key the description does not list: warned, and the request goes out as written.
    let extra = dir.write("extra.json", SALESFORCE_WITH_ROLE);
    let out = run_app(&[
        "create",
        "--from-json",
        path_str(&extra),
        "--dry-run",
        "--demo",
    ]);
    assert!(out.status.success(), "{out:?}");
    let stderr = text(&out.stderr);
    assert!(stderr.contains(SALESFORCE_ROLE_UNLISTED), "{stderr}");
    let req: CreateConnectionRequest = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(req.connection_input.connection_properties["ROLE"], "x");
}
