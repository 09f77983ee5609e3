//! End to end: `glue-tui create --from-json` against a real moto server (127.0.0.1, a random port), with files
//! shaped like the AWS CLI's `--cli-input-json`, then `glue-tui export` to see what the server holds. Run through
//! `scripts/test.sh`, which installs moto into `.venv`; without moto these tests fail rather than skip.

use std::path::Path;

use glue_tui::model::ConnectionList;

use crate::support::e2e::{Moto, Scratch, exported, path_str, run_app, sorted_names};

const JDBC: &str = r#"{
    "ConnectionInput": {
        "Name": "orders-db",
        "Description": "Orders database, read-only",
        "ConnectionType": "JDBC",
        "ConnectionProperties": {
            "JDBC_CONNECTION_URL": "jdbc:postgresql://orders.internal:5432/orders",
            "USERNAME": "reader",
            "PASSWORD": "hunter2",
            "JDBC_ENFORCE_SSL": "true"
        },
        "PhysicalConnectionRequirements": {
            "SubnetId": "subnet-0a1b2c3d",
            "SecurityGroupIdList": ["sg-0a1b2c3d"],
            "AvailabilityZone": "us-east-1a"
        }
    },
    "Tags": {"team": "data"}
}
"#;

const KAFKA: &str = r#"{
    "ConnectionInput": {
        "Name": "events-msk",
        "ConnectionType": "KAFKA",
        "ConnectionProperties": {
            "KAFKA_BOOTSTRAP_SERVERS": "b-1.msk.internal:9094,b-2.msk.internal:9094",
            "KAFKA_SSL_ENABLED": "true"
        }
    }
}
"#;

/// `glue-tui create --from-json FILE --endpoint-url E [extra…]`: (exit code, stdout, stderr).
fn create(endpoint: &str, file: &Path, extra: &[&str]) -> (Option<i32>, String, String) {
    let mut args = vec![
        "create",
        "--from-json",
        path_str(file),
        "--endpoint-url",
        endpoint,
    ];
    args.extend_from_slice(extra);
    let out = run_app(&args);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The names `glue-tui export` lists, sorted.
fn exported_names(endpoint: &str) -> Vec<String> {
    sorted_names(&exported(endpoint, false))
        .into_iter()
        .map(str::to_owned)
        .collect()
}

#[test]
fn creates_from_cli_input_json_and_refuses_a_second_time() {
    let scratch = Scratch::new("create");
    let moto = Moto::start(&scratch);
    let endpoint = moto.endpoint();
    let jdbc = scratch.file("orders-db.json");
    let kafka = scratch.file("events-msk.json");
    std::fs::write(&jdbc, JDBC).expect("write");
    std::fs::write(&kafka, KAFKA).expect("write");

    let log = scratch.file("create.log");
    for (file, name) in [(&jdbc, "orders-db"), (&kafka, "events-msk")] {
        let (code, stdout, stderr) = create(&endpoint, file, &["--log-file", path_str(&log)]);
        assert_eq!(code, Some(0), "create {name}: {stderr}");
        assert_eq!(
            stdout,
            format!("Created {name} in catalog default: READY\n")
        );
        assert_eq!(stderr, "");
    }
    assert_eq!(exported_names(&endpoint), ["events-msk", "orders-db"]);
    let logged = std::fs::read_to_string(&log).expect("the log file");
    assert!(logged.contains("Created orders-db"), "{logged}");
    assert!(
        !logged.contains("hunter2"),
        "a password was logged:\n{logged}"
    );

    // What the server stored is what the file said (the password stays hidden: export asks HidePassword=true).
    let out = run_app(&["export", "--endpoint-url", &endpoint]);
    let list: ConnectionList = serde_json::from_slice(&out.stdout).expect("JSON");
    let orders = list
        .connection_list
        .iter()
        .find(|c| c.name == "orders-db")
        .expect("orders-db");
    let props = orders.connection_properties.as_ref().expect("properties");
    assert_eq!(
        props["JDBC_CONNECTION_URL"],
        "jdbc:postgresql://orders.internal:5432/orders"
    );
    assert_eq!(props["USERNAME"], "reader");
    assert!(!String::from_utf8_lossy(&out.stdout).contains("hunter2"));

    let (code, stdout, stderr) = create(&endpoint, &jdbc, &[]);
    assert_eq!(code, Some(1), "second create: {stdout}{stderr}");
    assert_eq!(stdout, "");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("glue-tui: "), "{stderr}");
    assert!(stderr.contains("already exists"), "{stderr}");
    assert!(stderr.contains("orders-db"), "{stderr}");
}

#[test]
fn dry_run_and_invalid_files_send_nothing() {
    let scratch = Scratch::new("create-dry");
    let moto = Moto::start(&scratch);
    let endpoint = moto.endpoint();
    let jdbc = scratch.file("orders-db.json");
    std::fs::write(&jdbc, JDBC).expect("write");

    let (code, stdout, stderr) = create(&endpoint, &jdbc, &["--dry-run"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("\"Name\": \"orders-db\""), "{stdout}");
    assert!(!stdout.contains("hunter2"), "{stdout}");
    assert_eq!(exported_names(&endpoint), Vec::<String>::new());

    let bad = scratch.file("bad.json");
    std::fs::write(
        &bad,
        r#"{"ConnectionInput": {"Name": "bad", "ConnectionType": "KAFKA",
            "ConnectionProperties": {"KAFKA_SSL_ENABLED": "yes"}}, "Tags": {"": "x"}}"#,
    )
    .expect("write");
    let (code, stdout, stderr) = create(&endpoint, &bad, &[]);
    assert_eq!(code, Some(2), "{stdout}{stderr}");
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        format!(
            "glue-tui: {}: 2 problems — nothing was sent\n  \
             ConnectionInput.ConnectionProperties.KAFKA_BOOTSTRAP_SERVERS: KAFKA_BOOTSTRAP_SERVERS is required\n  \
             Tags[\"\"]: Tag key must not be empty\n",
            bad.display()
        )
    );
    assert_eq!(exported_names(&endpoint), Vec::<String>::new());
}
