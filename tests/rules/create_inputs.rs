//! `create --from-json`'s reading of what users really hand it: GetConnection's output (what `y` copies), masks
//! from a dry run, keys outside the published enum, and connection types newer than this build — Glue decides,
//! asked through DescribeConnectionType.

use glue_tui::commands::create::{self, Invalid};
use glue_tui::glue::{ErrorKind, GlueError};
use glue_tui::model::{ConnectionTypeDescription, SECRET_MASK};
use glue_tui::request::{Assessment, Problem};

use crate::support::describes::Describes;
use crate::support::requests::SNOWFLAKE;

fn loaded(json: &str) -> create::Loaded {
    create::check("in.json", json, None).unwrap_or_else(|e| panic!("refused: {e}\n{json}"))
}

fn refused(json: &str) -> Vec<Problem> {
    match create::check("in.json", json, None) {
        Err(Invalid::Problems { problems, .. }) => problems,
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn what_y_copies_goes_back_in_without_the_fields_glue_sets() {
    let copied = r#"{"Connection": {"Name": "orders-db", "ConnectionType": "JDBC",
        "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/orders", "SECRET_ID": "prod/orders"},
        "PhysicalConnectionRequirements": {"SubnetId": "subnet-1", "SecurityGroupIdList": ["sg-1"], "AvailabilityZone": "eu-west-1a"},
        "CreationTime": "2026-01-02T03:04:05+00:00", "LastUpdatedTime": "2026-01-02T03:04:05+00:00",
        "LastUpdatedBy": "arn:aws:iam::123456789012:user/me", "Status": "READY", "ConnectionSchemaVersion": 1}}"#;
    let l = loaded(copied);
    assert_eq!(l.request.connection_input.name, "orders-db");
    assert_eq!(
        l.dropped,
        [
            "CreationTime",
            "LastUpdatedTime",
            "LastUpdatedBy",
            "Status",
            "ConnectionSchemaVersion"
        ]
    );
    assert_eq!(
        l.notes("in.json"),
        [
            "in.json: read as GetConnection's output; left out what Glue sets and CreateConnection does not read: \
          CreationTime, LastUpdatedTime, LastUpdatedBy, Status, ConnectionSchemaVersion"
        ]
    );
    // The bare connection, as `y` puts it on the clipboard, reads the same.
    let bare = copied
        .trim()
        .strip_prefix(r#"{"Connection": "#)
        .and_then(|s| s.strip_suffix('}'))
        .unwrap();
    assert_eq!(loaded(bare).request, l.request);
    // Inside ConnectionInput, a field Glue sets is still an error, saying what it is.
    let wrapped = r#"{"ConnectionInput": {"Name": "a", "ConnectionType": "NETWORK",
        "CreationTime": "2026-01-02T03:04:05+00:00"}}"#;
    let err = create::check("in.json", wrapped, None)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("in.json:2:22: CreationTime is set by Glue (GetConnection prints it), not read by CreateConnection"),
        "{err}"
    );
}

#[test]
fn a_copied_connection_without_its_type_says_to_add_it() {
    // moto's GetConnections leaves ConnectionType out: what `y` copied from it cannot be created as it is.
    let bare = r#"{"Name": "orders-db", "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:mysql://h/db", "SECRET_ID": "s"},
        "CreationTime": "2026-01-02T03:04:05+00:00", "Status": "READY"}"#;
    for text in [bare.to_string(), format!(r#"{{"Connection": {bare}}}"#)] {
        let err = create::check("in.json", &text, None)
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "in.json:1:1: this connection (GetConnection's output) has no ConnectionType — some Glue-compatible \
             servers leave it out of their answers; add \"ConnectionType\": \"JDBC\" (or its type) to it — nothing \
             was sent"
        );
    }
}

#[test]
fn a_document_that_is_not_an_object_says_what_shape_is_expected() {
    let err = create::check("stdin", "[]", None).unwrap_err().to_string();
    assert_eq!(
        err,
        "stdin:1:1: expected a JSON object such as {\"ConnectionInput\": {\"Name\": …, \"ConnectionType\": …}} (what \
         `aws glue create-connection --cli-input-json` reads) or GetConnection's output, found an array — nothing \
         was sent"
    );
    assert!(!err.contains("struct"), "{err}");
}

#[test]
fn a_mask_is_refused_wherever_it_stands_naming_the_field() {
    let json = format!(
        r#"{{"ConnectionInput": {{"Name": "orders-db", "ConnectionType": "JDBC",
            "ConnectionProperties": {{"JDBC_CONNECTION_URL": "jdbc:mysql://h/db", "USERNAME": "u", "PASSWORD": "{SECRET_MASK}"}},
            "AuthenticationConfiguration": {{"AuthenticationType": "CUSTOM",
                "CustomAuthenticationCredentials": {{"apiKey": "{SECRET_MASK}"}}}}}}}}"#
    );
    let problems = refused(&json);
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "ConnectionInput.ConnectionProperties.PASSWORD",
            "ConnectionInput.AuthenticationConfiguration.CustomAuthenticationCredentials.apiKey",
        ]
    );
    for p in &problems {
        assert!(
            p.message
                .contains("not the secret — put the real value here"),
            "{p}"
        );
        // The path is printed once, before the message.
        assert!(!p.message.contains(&p.path), "{p}");
    }
}

#[test]
fn unknown_property_keys_are_sent_with_a_warning_and_a_guess() {
    let l = loaded(
        r#"{"ConnectionInput": {"Name": "a", "ConnectionType": "JDBC",
            "ConnectionProperties": {"JDBC_CONECTION_URL": "jdbc:mysql://h/db", "JDBC_CONNECTION_URL": "jdbc:mysql://h/db",
                "SECRET_ID": "s", "FOO_BAR": "x"}}}"#,
    );
    let warnings: Vec<String> = l.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "ConnectionInput.ConnectionProperties.FOO_BAR: FOO_BAR is not a connection property key Glue documents \
             (sent as written; Glue decides)",
            "ConnectionInput.ConnectionProperties.JDBC_CONECTION_URL: JDBC_CONECTION_URL is not a connection \
             property key Glue documents — did you mean JDBC_CONNECTION_URL? (sent as written; Glue decides)",
        ]
    );
    assert!(
        l.notes("f.json")[0]
            .starts_with("warning: f.json: ConnectionInput.ConnectionProperties.FOO_BAR: ")
    );
    // A SaaS type's keys are not in the enum at all: without its description, nothing to say.
    let sf = loaded(
        r#"{"ConnectionInput": {"Name": "a", "ConnectionType": "SALESFORCE",
            "ConnectionProperties": {"INSTANCE_URL": "https://x.my.salesforce.com", "ROLE_ARN": "arn:aws:iam::1:role/r"}}}"#,
    );
    assert_eq!(sf.warnings, []);
}

#[test]
fn view_validation_from_aws_documentation_needs_no_role() {
    // The Lake Formation guide's VIEW_VALIDATION_REDSHIFT example: DATABASE and CLUSTER_IDENTIFIER, no ROLE_ARN.
    let l = loaded(
        r#"{"ConnectionInput": {"Name": "redshift-view-validation", "ConnectionType": "VIEW_VALIDATION_REDSHIFT",
            "ConnectionProperties": {"DATABASE": "dev", "CLUSTER_IDENTIFIER": "redshift-cluster-1"}}}"#,
    );
    let paths: Vec<&str> = l.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(paths, ["ConnectionInput.ConnectionProperties.ROLE_ARN"]);
    assert!(
        l.warnings[0].message.contains("Glue decides"),
        "{:?}",
        l.warnings
    );
}

// ---- a type newer than this build ------------------------------------------------------------------------------

fn ask(
    answer: Result<ConnectionTypeDescription, GlueError>,
    json: &str,
) -> Result<create::Loaded, Invalid> {
    let l = loaded(json);
    let api = Describes(answer);
    let found: Assessment =
        futures::executor::block_on(glue_tui::request::ask_about_type(&api, &l.request));
    l.with_type_check("in.json", found)
}

fn snowflake_description(required_warehouse: bool) -> ConnectionTypeDescription {
    serde_json::from_value(serde_json::json!({
        "ConnectionType": "SNOWFLAKE",
        "Capabilities": {"SupportedAuthenticationTypes": ["BASIC"]},
        "ConnectionProperties": {
            "HOST": {"Name": "HOST", "Required": true, "PropertyTypes": ["USER_INPUT"]},
            "PORT": {"Name": "PORT", "Required": true, "PropertyTypes": ["USER_INPUT"]},
            "ROLE_ARN": {"Name": "ROLE_ARN", "Required": false, "PropertyTypes": ["USER_INPUT"]},
            "WAREHOUSE": {"Name": "WAREHOUSE", "Required": required_warehouse, "PropertyTypes": ["USER_INPUT"]}
        }
    }))
    .expect("a description")
}

#[test]
fn a_type_glue_describes_is_checked_against_its_description() {
    let l = ask(Ok(snowflake_description(false)), SNOWFLAKE).expect("sendable");
    assert_eq!(l.request.connection_input.connection_type, "SNOWFLAKE");
    assert_eq!(l.warnings.len(), 1, "{:?}", l.warnings);
    assert!(
        l.warnings[0]
            .message
            .contains("checked against Glue's description"),
        "{:?}",
        l.warnings
    );
    let Err(Invalid::Problems { problems, .. }) = ask(Ok(snowflake_description(true)), SNOWFLAKE)
    else {
        panic!("a required property is missing")
    };
    assert_eq!(
        problems[0].to_string(),
        "ConnectionInput.ConnectionProperties.WAREHOUSE: WAREHOUSE is required for SNOWFLAKE"
    );
}

#[test]
fn a_type_glue_does_not_know_is_refused_in_its_words() {
    let no = GlueError::new(
        ErrorKind::InvalidInput,
        "DescribeConnectionType",
        "Connection type SNOWFLAK is not supported",
    );
    let typo = SNOWFLAKE.replace("\"SNOWFLAKE\"", "\"SNOWFLAK\"");
    let Err(invalid) = ask(Err(no), &typo) else {
        panic!("refused")
    };
    assert_eq!(
        invalid.to_string(),
        "in.json: 1 problem — nothing was sent\n  ConnectionInput.ConnectionType: Glue does not describe a \
         connection type SNOWFLAK: Connection type SNOWFLAK is not supported"
    );
}

#[test]
fn a_type_glue_cannot_be_asked_about_is_sent_with_a_warning() {
    let offline = GlueError::new(
        ErrorKind::Unreachable,
        "DescribeConnectionType",
        "connection refused",
    );
    let l = ask(Err(offline), SNOWFLAKE).expect("sent as written");
    assert_eq!(l.warnings.len(), 1, "{:?}", l.warnings);
    assert_eq!(l.warnings[0].path, "ConnectionInput.ConnectionType");
    assert!(
        l.warnings[0].message.starts_with(
            "SNOWFLAKE is not a type this build knows, and Glue could not be asked about it ("
        ),
        "{:?}",
        l.warnings
    );
}
