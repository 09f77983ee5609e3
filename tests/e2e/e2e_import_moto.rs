//! End to end, over HTTP: `glue-tui import` copying the connections of one moto server to another, as a migration
//! between regions would — a dry run that sends nothing, a partial failure (a name the target has already), a full
//! copy with passwords, and `--update` over what is there.
//!
//! moto's GetConnections leaves ConnectionType out of its answers, so an export of moto cannot be imported as it
//! is (import says so and skips each one); the test puts the type back from the seed's naming
//! (`seed-0004-jdbc` is JDBC) before importing, as a user would. The target is the TEST FIXTURE
//! `tests/moto_manage.py`, which adds the UpdateConnection `--update` needs.
//!
//! Of the eight seeds, two kinds stay behind, as they should: moto stored what Glue would refuse — the escape
//! seed's Description holds control characters (outside DescriptionString's pattern), and the MongoDB seeds have a
//! USERNAME without a PASSWORD or SECRET_ID — so import reports each by name and exits 1.

use glue_tui::model::{Connection, ConnectionList};

use crate::support::e2e::{Moto, Scratch, exported, path_str, run_app, sorted_names, text};

const PREFIX: &str = "seed";
const COUNT: usize = 8;
/// What Glue would accept of the seeds (see the module comment).
const VALID: usize = 5;
const REFUSED: [&str; 3] = ["seed-0000-escape", "seed-0002-mongodb", "seed-0006-mongodb"];

/// What `export --show-passwords` of moto gives, with each type put back from its name.
fn typed_export(moto: &Moto) -> Vec<Connection> {
    let mut connections = exported(&moto.endpoint(), true);
    for c in &mut connections {
        let kind = c.name.rsplit('-').next().unwrap_or_default();
        let ty = match kind {
            "escape" | "jdbc" => "JDBC",
            "kafka" => "KAFKA",
            "mongodb" => "MONGODB",
            "network" => "NETWORK",
            other => panic!("a seed kind this test does not know: {other}"),
        };
        c.connection_type = Some(ty.to_string());
    }
    connections
}

fn import(file: &std::path::Path, target: &Moto, extra: &[&str]) -> (Option<i32>, String, String) {
    let endpoint = target.endpoint();
    let mut args = vec![
        "import",
        path_str(file),
        "--endpoint-url",
        &endpoint,
        "--region",
        "eu-west-1",
    ];
    args.extend_from_slice(extra);
    let out = run_app(&args);
    (out.status.code(), text(&out.stdout), text(&out.stderr))
}

/// `export --show-passwords` of the target, in the region the imports went to (moto keeps one store per region).
fn in_target(target: &Moto) -> Vec<Connection> {
    let out = run_app(&[
        "export",
        "--show-passwords",
        "--endpoint-url",
        &target.endpoint(),
        "--region",
        "eu-west-1",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let list: ConnectionList = serde_json::from_slice(&out.stdout).expect("export prints JSON");
    list.connection_list
}

fn password(connections: &[Connection], name: &str) -> Option<String> {
    connections
        .iter()
        .find(|c| c.name == name)?
        .connection_properties
        .as_ref()?
        .get("PASSWORD")
        .cloned()
}

#[test]
fn import_copies_connections_between_two_servers_with_their_passwords() {
    let scratch = Scratch::new("import-moto");
    let source = Moto::start(&scratch);
    source.seed(COUNT, PREFIX);
    let target = Moto::start_with_manage(&scratch, &[]);

    let connections = typed_export(&source);
    assert_eq!(connections.len(), COUNT);
    let file = scratch.write(
        "connections.json",
        &serde_json::to_string_pretty(&ConnectionList {
            connection_list: connections.clone(),
        })
        .unwrap(),
    );

    // A dry run checks each one and sends nothing; what Glue would refuse is named, with why.
    let (code, out, err) = import(&file, &target, &["--dry-run"]);
    assert_eq!(code, Some(1), "{out}\n{err}");
    assert!(out.contains("would create seed-0004-jdbc"), "{out}");
    assert!(
        out.contains("skipped seed-0000-escape: ConnectionInput.Description: Description must contain printable"),
        "{out}"
    );
    assert!(
        out.contains("skipped seed-0002-mongodb: ConnectionInput.ConnectionProperties.PASSWORD"),
        "{out}"
    );
    assert!(
        out.ends_with(&format!(
            "dry run: {VALID} of {COUNT} would be created, 3 skipped — nothing was sent\n"
        )),
        "{out}"
    );
    assert!(in_target(&target).is_empty());

    // One name is there already: it is skipped with the reason, the rest go in.
    let one = scratch.write(
        "one.json",
        &serde_json::to_string(&ConnectionList {
            connection_list: vec![
                connections
                    .iter()
                    .find(|c| c.name == "seed-0003-network")
                    .unwrap()
                    .clone(),
            ],
        })
        .unwrap(),
    );
    let (code, out, err) = import(&one, &target, &[]);
    assert_eq!(code, Some(0), "{out}\n{err}");
    let (code, out, err) = import(&file, &target, &[]);
    assert_eq!(code, Some(1), "{out}\n{err}");
    assert!(
        out.contains(
            "skipped seed-0003-network: A connection named seed-0003-network already exists"
        ) && out.contains("(--update updates it instead)"),
        "{out}"
    );
    assert!(
        out.ends_with(&format!(
            "imported {} of {COUNT}: {} created, 0 updated, 4 skipped, 0 failed\n",
            VALID - 1,
            VALID - 1
        )),
        "{out}"
    );

    // The target holds every valid one, passwords included.
    let copied = in_target(&target);
    let mut expected: Vec<&str> = sorted_names(&connections)
        .into_iter()
        .filter(|n| !REFUSED.contains(n))
        .collect();
    expected.sort_unstable();
    assert_eq!(sorted_names(&copied), expected);
    assert!(password(&connections, "seed-0004-jdbc").is_some());
    assert_eq!(
        password(&copied, "seed-0004-jdbc"),
        password(&connections, "seed-0004-jdbc")
    );

    // --update puts the file's definitions over what is there.
    let (code, out, err) = import(&file, &target, &["--update"]);
    assert_eq!(code, Some(1), "the refused three still are: {out}\n{err}");
    assert!(
        out.ends_with(&format!(
            "imported {VALID} of {COUNT}: 0 created, {VALID} updated, 3 skipped, 0 failed\n"
        )),
        "{out}"
    );

    // An export as moto gives it, without types, is refused one by one with what to do.
    let bare = scratch.write(
        "bare.json",
        &serde_json::to_string(&ConnectionList {
            connection_list: exported(&source.endpoint(), false),
        })
        .unwrap(),
    );
    let (code, out, _) = import(&bare, &target, &["--dry-run"]);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("has no ConnectionType"), "{out}");

    // A file that is not one of the three shapes: exit 2, nothing sent.
    let wrong = scratch.write("wrong.json", "{\"Name\": 1}");
    let (code, _, err) = import(&wrong, &target, &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("what export writes"), "{err}");
}

/// `--readonly` refuses an import (exit 2) but not its dry run.
#[test]
fn read_only_refuses_an_import_but_not_a_dry_run() {
    let scratch = Scratch::new("import-readonly");
    let file = scratch.write(
        "one.json",
        r#"[{"ConnectionInput": {"Name": "a", "ConnectionType": "KAFKA",
             "ConnectionProperties": {"KAFKA_BOOTSTRAP_SERVERS": "b-1:9094"}}}]"#,
    );
    let out = run_app(&["import", path_str(&file), "--demo", "--readonly"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("read-only: import changes the catalog"));
    let out = run_app(&[
        "import",
        path_str(&file),
        "--demo",
        "--readonly",
        "--dry-run",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("would create a"));
}
