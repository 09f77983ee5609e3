//! `glue-tui import FILE [--dry-run] [--update]`: creates every connection in a file in the target the usual flags
//! name — the way to copy connections between catalogs, regions and accounts.
//!
//! It reads what `export` writes (`{"ConnectionList": […]}`), GetConnection's output (`{"Connection": {…}}`), and
//! a JSON list of `--cli-input-json` create requests. Each connection is read and checked on its own, with the rules
//! `create --from-json` and the wizard apply ([`create::check`]): server-only fields are dropped, and one with
//! problems is skipped with its JSON path while the rest go on. Creates run `--jobs` at a time ([`CONCURRENCY`]
//! unless told; the SDK's retries absorb throttling); each connection gets one line, in file order, then a summary.

use std::path::Path;

use futures::StreamExt;
use serde_json::Value;

use super::create::{self, Invalid};
use crate::glue::{ErrorKind, GlueApi};
use crate::model::{CreateConnectionRequest, UpdateConnectionRequest, is_secret_key};
use crate::screen::group_digits;

/// CreateConnection calls in flight at once unless `--jobs` says otherwise: enough to hide the round trip, few
/// enough that Glue's throttling (and the SDK's backoff) rarely comes into play.
pub const CONCURRENCY: usize = 8;

/// One connection of the file, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Where it is in the file, e.g. `ConnectionList[3]`.
    pub at: String,
    /// Its name, or `at` when it has none.
    pub name: String,
    pub plan: Result<CreateConnectionRequest, String>,
}

/// What became of one connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Created(Option<String>),
    Updated,
    /// Not sent, and why (its problems, or AlreadyExists without `--update`).
    Skipped(String),
    Failed(String),
    /// `--dry-run`: what would be sent.
    WouldCreate,
}

impl Outcome {
    fn went_in(&self) -> bool {
        matches!(self, Self::Created(_) | Self::Updated | Self::WouldCreate)
    }
}

/// The line `import` prints for a connection.
pub fn line(name: &str, outcome: &Outcome) -> String {
    match outcome {
        Outcome::Created(Some(status)) => format!("created {name}: {status}"),
        Outcome::Created(None) => format!("created {name}"),
        Outcome::Updated => format!("updated {name}"),
        Outcome::Skipped(why) => format!("skipped {name}: {why}"),
        Outcome::Failed(why) => format!("failed {name}: {why}"),
        Outcome::WouldCreate => format!("would create {name}"),
    }
}

/// The last line: how many went in, and of what kind.
pub fn summary(outcomes: &[Outcome], dry_run: bool) -> String {
    let count = |f: fn(&Outcome) -> bool| group_digits(outcomes.iter().filter(|o| f(o)).count());
    let total = group_digits(outcomes.len());
    let went = count(Outcome::went_in);
    let skipped = count(|o| matches!(o, Outcome::Skipped(_)));
    if dry_run {
        return format!(
            "dry run: {went} of {total} would be created, {skipped} skipped — nothing was sent"
        );
    }
    format!(
        "imported {went} of {total}: {} created, {} updated, {skipped} skipped, {} failed",
        count(|o| matches!(o, Outcome::Created(_))),
        count(|o| matches!(o, Outcome::Updated)),
        count(|o| matches!(o, Outcome::Failed(_))),
    )
}

/// The exit code: 0 when every connection went in, 1 when some were skipped or failed.
pub fn exit_code(outcomes: &[Outcome]) -> u8 {
    u8::from(!outcomes.iter().all(Outcome::went_in))
}

/// Reads `path` (`-` = stdin) into its connections. Err (exit 2) when the file cannot be read or is none of the
/// three shapes; a connection that is wrong on its own is an [`Item`] with its reason, not an Err.
pub fn load(path: &Path, catalog_id: Option<&str>) -> Result<Vec<Item>, Invalid> {
    let source = create::source_of(path);
    let text = super::read_input(path).map_err(|e| Invalid::Read {
        source: source.clone(),
        reason: e.to_string(),
    })?;
    items(&source, &text, catalog_id)
}

/// [`load`] on text already read.
pub fn items(source: &str, text: &str, catalog_id: Option<&str>) -> Result<Vec<Item>, Invalid> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| Invalid::Parse {
        source: source.to_string(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let (entries, from_export): (Vec<(String, Value)>, bool) = match value {
        Value::Object(mut top) if top.len() == 1 && top.contains_key("ConnectionList") => {
            match top.remove("ConnectionList") {
                Some(Value::Array(list)) => (numbered("ConnectionList", list), true),
                _ => return Err(not_a_list(source, "ConnectionList is not a list")),
            }
        }
        Value::Object(top) if top.len() == 1 && top.contains_key("Connection") => {
            (vec![("Connection".to_string(), Value::Object(top))], true)
        }
        Value::Array(list) => (numbered("", list), false),
        _ => {
            return Err(not_a_list(
                source,
                "expected {\"ConnectionList\": […]} (what export writes), {\"Connection\": {…}} (GetConnection's \
                 output) or a list of create-connection --cli-input-json requests",
            ));
        }
    };
    // An export made without --show-passwords carries no secret at all: then a missing one is why, and the hint
    // says how to carry it. A file that carries some was exported with them, and the hint would mislead.
    let hidden = from_export && !entries.iter().any(|(_, e)| carries_a_secret(e));
    Ok(entries
        .into_iter()
        .map(|(at, entry)| item(source, at, &entry, catalog_id, hidden))
        .collect())
}

/// Whether an entry's ConnectionProperties hold a password-like value.
fn carries_a_secret(entry: &Value) -> bool {
    let properties = entry
        .get("ConnectionProperties")
        .or_else(|| entry.get("Connection")?.get("ConnectionProperties"))
        .or_else(|| entry.get("ConnectionInput")?.get("ConnectionProperties"));
    properties.and_then(Value::as_object).is_some_and(|p| {
        p.iter()
            .any(|(k, v)| is_secret_key(k) && v.as_str().is_some_and(|v| !v.is_empty()))
    })
}

fn numbered(prefix: &str, list: Vec<Value>) -> Vec<(String, Value)> {
    list.into_iter()
        .enumerate()
        .map(|(i, v)| (format!("{prefix}[{i}]"), v))
        .collect()
}

fn not_a_list(source: &str, message: &str) -> Invalid {
    Invalid::Parse {
        source: source.to_string(),
        line: 1,
        column: 1,
        message: message.to_string(),
    }
}

/// One entry, checked as `create --from-json` checks a file. Problems name the entry's place in the file; a missing
/// secret in an export says how to carry it.
fn item(
    source: &str,
    at: String,
    entry: &Value,
    catalog_id: Option<&str>,
    secrets_hidden: bool,
) -> Item {
    let name = entry
        .get("Name")
        .or_else(|| entry.get("ConnectionInput").and_then(|i| i.get("Name")))
        .or_else(|| entry.get("Connection").and_then(|c| c.get("Name")))
        .and_then(Value::as_str)
        .map_or_else(|| at.clone(), str::to_owned);
    let text = serde_json::to_string(entry).expect("a JSON value serialises");
    let plan = match create::check(&format!("{source} {at}"), &text, catalog_id) {
        Ok(loaded) => Ok(loaded.request),
        Err(Invalid::Problems { problems, .. }) => Err(problems
            .iter()
            .map(|p| {
                let key = p.path.rsplit('.').next().unwrap_or_default();
                if secrets_hidden && is_secret_key(key) {
                    format!("{p} — the file does not carry {key}: export with --show-passwords to carry it")
                } else {
                    p.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("; ")),
        // Positions are within the entry; its place in the file is `at`.
        Err(Invalid::Parse { message, .. }) => Err(message),
        Err(other) => Err(other.to_string()),
    };
    Item { at, name, plan }
}

/// Sends every item that passed (or, for a dry run, nothing), `jobs` at a time, and hands each outcome
/// to `report` in file order as soon as it and those before it are known.
pub async fn run(
    api: &dyn GlueApi,
    items: Vec<Item>,
    dry_run: bool,
    update: bool,
    jobs: usize,
    mut report: impl FnMut(&Item, &Outcome),
) -> Vec<Outcome> {
    let mut outcomes = Vec::with_capacity(items.len());
    let mut answers = futures::stream::iter(items.iter().map(|item| async move {
        match &item.plan {
            Err(why) => Outcome::Skipped(why.clone()),
            Ok(_) if dry_run => Outcome::WouldCreate,
            Ok(request) => send(api, request.clone(), update).await,
        }
    }))
    .buffered(jobs.max(1));
    let mut at = 0;
    while let Some(outcome) = answers.next().await {
        report(&items[at], &outcome);
        outcomes.push(outcome);
        at += 1;
    }
    outcomes
}

async fn send(api: &dyn GlueApi, request: CreateConnectionRequest, update: bool) -> Outcome {
    let input = request.connection_input.clone();
    let catalog_id = request.catalog_id.clone();
    match api.create_connection(request).await {
        Ok(answer) => Outcome::Created(answer.create_connection_status),
        Err(e) if e.kind == ErrorKind::AlreadyExists && update => {
            let name = input.name.clone();
            let request = UpdateConnectionRequest {
                catalog_id,
                name,
                connection_input: input,
            };
            match api.update_connection(request).await {
                Ok(()) => Outcome::Updated,
                Err(e) => Outcome::Failed(e.to_string()),
            }
        }
        Err(e) if e.kind == ErrorKind::AlreadyExists => {
            Outcome::Skipped(format!("{e} (--update updates it instead)"))
        }
        Err(e) => Outcome::Failed(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glue::memory::MemoryGlue;

    const EXPORTED: &str = r#"{"ConnectionList": [
        {"Name": "orders", "ConnectionType": "JDBC", "Status": "READY", "CreationTime": "2025-01-01T00:00:00Z",
         "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/o", "USERNAME": "etl",
                                  "PASSWORD": "s3cret"}},
        {"Name": "no-password", "ConnectionType": "JDBC",
         "ConnectionProperties": {"JDBC_CONNECTION_URL": "jdbc:postgresql://db:5432/o", "USERNAME": "etl"}},
        {"Name": "events", "ConnectionType": "KAFKA",
         "ConnectionProperties": {"KAFKA_BOOTSTRAP_SERVERS": "b-1:9094"}}
    ]}"#;

    #[test]
    fn an_export_is_read_connection_by_connection_and_a_missing_secret_says_how_to_carry_it() {
        let items = items("f.json", EXPORTED, Some("123456789012")).unwrap();
        let names: Vec<&str> = items.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["orders", "no-password", "events"]);
        let orders = items[0].plan.as_ref().expect("passes");
        assert_eq!(orders.catalog_id.as_deref(), Some("123456789012"));
        assert_eq!(
            orders.connection_input.connection_properties["PASSWORD"],
            "s3cret"
        );
        // This file carries a password (orders'): it was exported with them, so no hint about carrying them.
        let why = items[1].plan.as_ref().unwrap_err();
        assert!(
            why.contains("PASSWORD") && !why.contains("--show-passwords"),
            "{why}"
        );
        let hidden = EXPORTED.replace(r#""PASSWORD": "s3cret""#, r#""HOST": "db""#);
        let items = super::items("f.json", &hidden, None).unwrap();
        let why = items[0].plan.as_ref().unwrap_err();
        assert!(
            why.contains("PASSWORD") && why.contains("export with --show-passwords to carry it"),
            "{why}"
        );
        assert!(items[2].plan.is_ok());
    }

    #[test]
    fn a_list_of_create_requests_and_a_get_connection_output_are_read_too() {
        let list = r#"[{"ConnectionInput": {"Name": "a", "ConnectionType": "KAFKA",
                        "ConnectionProperties": {"KAFKA_BOOTSTRAP_SERVERS": "b:9094"}}},
                       {"ConnectionInput": {"Name": "b", "ConnectionType": "KAFKA", "Typo": 1,
                        "ConnectionProperties": {}}}]"#;
        let items = items("l.json", list, None).unwrap();
        assert_eq!(items[0].name, "a");
        assert!(items[0].plan.is_ok());
        assert_eq!(items[1].at, "[1]");
        assert!(
            items[1].plan.as_ref().unwrap_err().contains("Typo"),
            "{:?}",
            items[1].plan
        );
        let one = r#"{"Connection": {"Name": "c", "ConnectionType": "KAFKA",
                      "ConnectionProperties": {"KAFKA_BOOTSTRAP_SERVERS": "b:9094"}}}"#;
        assert_eq!(items_of(one), ["c"]);
        let wrong = super::items("w.json", r#"{"Name": 1}"#, None).unwrap_err();
        assert!(wrong.to_string().contains("what export writes"), "{wrong}");
    }

    fn items_of(text: &str) -> Vec<String> {
        items("x.json", text, None)
            .unwrap()
            .into_iter()
            .map(|i| i.name)
            .collect()
    }

    /// The test file imported into `glue`, outcomes only.
    async fn import_into(glue: &MemoryGlue, dry_run: bool, update: bool) -> Vec<Outcome> {
        run(
            glue,
            items("f", EXPORTED, None).unwrap(),
            dry_run,
            update,
            CONCURRENCY,
            |_, _| {},
        )
        .await
    }

    #[tokio::test]
    async fn creates_in_file_order_skips_what_has_problems_and_updates_only_when_asked() {
        let glue = MemoryGlue::new(Vec::new());
        let first = import_into(&glue, false, false).await;
        assert_eq!(first[0], Outcome::Created(Some("READY".into())));
        assert!(matches!(first[1], Outcome::Skipped(_)));
        assert_eq!(first[2], Outcome::Created(Some("READY".into())));
        assert_eq!(exit_code(&first), 1);
        assert_eq!(
            summary(&first, false),
            "imported 2 of 3: 2 created, 0 updated, 1 skipped, 0 failed"
        );

        // Again: they exist now. Without --update they are skipped, with it updated.
        let again = import_into(&glue, false, false).await;
        assert!(
            matches!(&again[0], Outcome::Skipped(why) if why.contains("--update updates it instead")),
            "{again:?}"
        );
        let mut lines = Vec::new();
        let updated = run(
            &glue,
            items("f", EXPORTED, None).unwrap(),
            false,
            true,
            CONCURRENCY,
            |item, o| lines.push(line(&item.name, o)),
        )
        .await;
        assert_eq!(updated[0], Outcome::Updated);
        assert_eq!(lines[0], "updated orders");
        assert!(lines[1].starts_with("skipped no-password: "), "{lines:?}");
        assert_eq!(glue.updated(), ["orders", "events"]);

        let dry = import_into(&MemoryGlue::new(Vec::new()), true, false).await;
        assert_eq!(
            summary(&dry, true),
            "dry run: 2 of 3 would be created, 1 skipped — nothing was sent"
        );
    }
}
