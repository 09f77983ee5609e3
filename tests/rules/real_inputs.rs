//! CreateConnection inputs written by others that ran against Glue (Terraform's acceptance tests and docs, the AWS
//! CLI's and Lake Formation's examples, CDK integration snapshots, Athena federation's release tests, Ansible —
//! `tests/real_inputs/SOURCES.md` names each one's source): none may be refused. Types newer than this build's list
//! are checked as `create --from-json` checks them when Glue cannot be asked — sent, with a warning.

use std::path::PathBuf;

use glue_tui::commands::create;
use glue_tui::glue::{ErrorKind, GlueError};
use glue_tui::model::CreateConnectionRequest;

use crate::support::describes::Describes;

/// DescribeConnectionType cannot be reached: the offline case, where Glue's word is not to be had.
fn offline() -> Describes {
    Describes(Err(GlueError::new(
        ErrorKind::Unreachable,
        "DescribeConnectionType",
        "offline",
    )))
}

fn inputs() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/real_inputs");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/real_inputs")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn no_real_input_is_refused() {
    let files = inputs();
    assert!(files.len() >= 40, "the corpus is there: {}", files.len());
    let mut refused = Vec::new();
    let mut newer_types = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("read");
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let loaded = match create::check(&name, &text, None) {
            Ok(loaded) => loaded,
            Err(invalid) => {
                refused.push(invalid.to_string());
                continue;
            }
        };
        if let Some(ty) = glue_tui::request::unknown_type(&loaded.request) {
            newer_types.push(ty);
            let found = futures::executor::block_on(glue_tui::request::ask_about_type(
                &offline(),
                &loaded.request,
            ));
            if let Err(invalid) = loaded.with_type_check(&name, found) {
                refused.push(invalid.to_string());
            }
        }
    }
    assert!(
        refused.is_empty(),
        "{} refused:\n{}",
        refused.len(),
        refused.join("\n")
    );
    // The corpus holds each class of input that was refused before: types newer than the SDK's list…
    newer_types.sort();
    newer_types.dedup();
    for ty in ["DATABRICKSICEBERGRESTCATALOG", "REDSHIFT", "SNOWFLAKE"] {
        assert!(
            newer_types.iter().any(|t| t == ty),
            "{ty} in {newer_types:?}"
        );
    }
}

#[test]
fn the_corpus_holds_each_class_that_was_refused_before() {
    let read = |name: &str| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/real_inputs")
            .join(name);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        serde_json::from_str::<CreateConnectionRequest>(&text)
            .unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    // …view validation without ROLE_ARN, as the Lake Formation guide writes it…
    for name in [
        "lakeformation-view-validation-redshift.json",
        "lakeformation-view-validation-athena.json",
    ] {
        let r = read(name);
        assert!(
            r.connection_input
                .connection_type
                .starts_with("VIEW_VALIDATION_")
        );
        assert!(
            !r.connection_input
                .connection_properties
                .contains_key("ROLE_ARN"),
            "{name}"
        );
    }
    // …and credentials carried by a Secrets Manager reference only.
    let federated = read("terraform-mysql-federated.json");
    let auth = federated
        .connection_input
        .authentication_configuration
        .expect("auth");
    assert!(auth.secret_arn.is_some() && auth.basic_authentication_credentials.is_none());
}
