//! `create --from-json`'s reading of what users really hand it, through the real binary: a dry run's masks fed back,
//! and a type newer than this build when Glue cannot be asked. The reading itself: `rules::create_inputs`.

use glue_tui::model::SECRET_MASK;

use crate::support::e2e::run_app_with_stdin;
use crate::support::requests::SNOWFLAKE;

#[test]
fn a_dry_run_fed_back_is_refused_not_sent_with_bullets() {
    let jdbc = r#"{"ConnectionInput": {"Name": "orders-db", "ConnectionType": "JDBC",
        "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:mysql://h/db", "USERNAME": "u", "PASSWORD": "hunter2"}}}"#;
    let dry = run_app_with_stdin(&["create", "--from-json", "-", "--dry-run", "--demo"], jdbc);
    assert!(dry.status.success(), "{dry:?}");
    let printed = String::from_utf8(dry.stdout).unwrap();
    assert!(printed.contains(SECRET_MASK), "{printed}");
    let again = run_app_with_stdin(&["create", "--from-json", "-", "--demo"], &printed);
    assert_eq!(again.status.code(), Some(2), "{again:?}");
    let stderr = String::from_utf8(again.stderr).unwrap();
    assert!(
        stderr.contains("ConnectionInput.ConnectionProperties.PASSWORD: •••••••• is the mask glue-tui prints in place of a secret"),
        "{stderr}"
    );
    assert!(again.stdout.is_empty());
}

#[test]
fn a_dry_run_of_a_newer_type_asks_glue_and_goes_on_when_it_cannot() {
    // A closed loopback port: DescribeConnectionType cannot be asked, so the dry run warns and prints the request.
    let out = run_app_with_stdin(
        &[
            "create",
            "--from-json",
            "-",
            "--dry-run",
            "--endpoint-url",
            "http://127.0.0.1:9",
            "--timeout",
            "2",
        ],
        SNOWFLAKE,
    );
    assert!(out.status.success(), "{out:?}");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("glue-tui: warning: stdin: ConnectionInput.ConnectionType: SNOWFLAKE is not a type this build knows, and Glue could not be asked about it ("),
        "{stderr}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("\"ConnectionType\": \"SNOWFLAKE\""),
        "{stdout}"
    );
}
