//! What follows a submit: CreateConnection's answer, following an `IN_PROGRESS` connection with GetConnection
//! (with backoff, while the user keeps browsing), and DescribeConnectionType's answer for the form.

use super::paging::start_listing;
use super::wizard::show_server_error;
use crate::glue::{ErrorKind, GlueCall, GlueError};
use crate::model::{Connection, ConnectionTypeDescription, CreateConnectionResponse};
use crate::msg::Effect;
use crate::state::{DescribeState, Model, View};

/// The first wait before GetConnection asks about an `IN_PROGRESS` connection; it doubles up to [`POLL_MAX_MS`].
pub const POLL_FIRST_MS: u64 = 1_000;
pub const POLL_MAX_MS: u64 = 30_000;
/// How many times to ask before leaving the connection to the list's own reloads (about ten minutes).
pub const POLL_ATTEMPTS: u32 = 25;

pub fn on_created(
    model: &mut Model,
    name: String,
    result: Result<CreateConnectionResponse, GlueError>,
) -> Vec<Effect> {
    match result {
        Ok(response) => {
            let catalog = model
                .wizard()
                .and_then(|w| w.form.to_request().catalog_id)
                .or_else(|| model.session.catalog_id.clone());
            model.close_wizard();
            model.draft = None;
            let status = response.create_connection_status;
            let in_catalog = catalog.as_deref().map_or_else(
                || "the default catalog".to_string(),
                |c| format!("catalog {c}"),
            );
            let mut effects = vec![Effect::SaveDraft(None)];
            match status.as_deref() {
                Some("IN_PROGRESS") | Some("FAILED") => {
                    model.info(format!(
                        "{name} is being created in {in_catalog} ({}) — following it; keep browsing",
                        status.as_deref().unwrap_or_default()
                    ));
                    effects.push(poll(model, name.clone(), catalog.clone(), 0));
                }
                other => model.info(format!(
                    "Created {name} in {in_catalog}: {}",
                    other.unwrap_or("READY")
                )),
            }
            effects.extend(relist(model, name, catalog));
            effects
        }
        Err(err) => {
            let on_name = err.kind == ErrorKind::AlreadyExists;
            let mut message = err.to_string();
            if matches!(
                err.kind,
                ErrorKind::OperationTimeout
                    | ErrorKind::Throttled
                    | ErrorKind::Unreachable
                    | ErrorKind::NoAnswer { .. }
            ) {
                // The error's own "try again" means Ctrl-S here.
                message = message.replace(" — try again", "");
                message.push_str(" — Ctrl-S sends the form again");
            }
            tracing::warn!(kind = ?err.kind, "CreateConnection failed");
            show_server_error(model, message, on_name);
            Vec::new()
        }
    }
}

pub(super) fn poll(
    model: &Model,
    name: String,
    catalog_id: Option<String>,
    attempt: u32,
) -> Effect {
    let delay_ms = POLL_FIRST_MS
        .saturating_mul(1u64 << attempt.min(16))
        .min(POLL_MAX_MS);
    Effect::Glue {
        session: Box::new(model.session.clone()),
        call: GlueCall::GetConnection {
            name,
            catalog_id,
            attempt,
            delay_ms,
        },
    }
}

pub fn on_polled(
    model: &mut Model,
    name: String,
    catalog_id: Option<String>,
    attempt: u32,
    result: Result<Connection, GlueError>,
) -> Vec<Effect> {
    let connection = match result {
        Ok(connection) => connection,
        Err(err) => {
            model.error(format!("Following {name}: {err}"));
            return Vec::new();
        }
    };
    let reason = connection
        .status_reason
        .as_deref()
        .map(|r| format!(" ({r})"))
        .unwrap_or_default();
    match connection.status.as_deref() {
        Some("IN_PROGRESS") if attempt + 1 < POLL_ATTEMPTS => {
            let next = poll(model, name.clone(), catalog_id, attempt + 1);
            if let Effect::Glue {
                call: GlueCall::GetConnection { delay_ms, .. },
                ..
            } = &next
            {
                model.info(format!(
                    "{name} is IN_PROGRESS{reason} — checking again in {} s",
                    delay_ms / 1000
                ));
            }
            vec![next]
        }
        Some("IN_PROGRESS") => {
            model.info(format!(
                "{name} is still IN_PROGRESS{reason} — stopped checking; r reloads the list"
            ));
            Vec::new()
        }
        Some("FAILED") => {
            model.error(format!(
                "{name} FAILED{reason} — its detail pane shows the status"
            ));
            relist(model, name, catalog_id)
        }
        status => {
            model.info(format!("{name} is {}{reason}", status.unwrap_or("READY")));
            relist(model, name, catalog_id)
        }
    }
}

/// Reload the list onto the connection when it lives in the catalog being browsed.
fn relist(model: &mut Model, name: String, catalog_id: Option<String>) -> Vec<Effect> {
    if catalog_id == model.session.catalog_id {
        model.selected_name = Some(name.clone());
        start_listing(model, Some(name))
    } else {
        Vec::new()
    }
}

pub fn on_described(
    model: &mut Model,
    connection_type: String,
    result: Result<ConnectionTypeDescription, GlueError>,
) -> Vec<Effect> {
    if let Ok(description) = &result {
        let names = crate::model::SecretNames::of(description);
        model
            .described_secrets
            .insert(connection_type.to_ascii_uppercase(), names);
    }
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    let mut note = None;
    let state = match result {
        Ok(description) => {
            if w.form.apply_description(description) {
                // A request loaded or pasted before the answer may hold what the type calls SECRET: mask it now.
                if let Some(review) = w.review.as_mut() {
                    review.learn_described(&w.form);
                }
                DescribeState::Merged
            } else {
                // The user moved on to another type; its own answer will come.
                return Vec::new();
            }
        }
        Err(err) => {
            tracing::info!(kind = ?err.kind, connection_type, "DescribeConnectionType gave no answer");
            // For a type this build does not know, "no such type" is Glue's verdict on it, as in --from-json.
            let unknown = crate::glue::parse_connection_type(&connection_type).is_err();
            if unknown
                && matches!(
                    err.kind,
                    ErrorKind::InvalidInput | ErrorKind::EntityNotFound
                )
            {
                let words = if err.detail.is_empty() {
                    String::new()
                } else {
                    format!(": {}", err.detail)
                };
                let message =
                    format!("Glue does not describe a connection type {connection_type}{words}");
                w.form.refuse_type(&connection_type, message.clone());
                note = Some(format!("{message} — pick another type (Type step)"));
            }
            DescribeState::Unavailable(err.to_string())
        }
    };
    if w.described
        .as_ref()
        .is_some_and(|(t, _)| *t == connection_type)
    {
        w.described = Some((connection_type, state));
    }
    w.cursor_to_end();
    if let Some(note) = note {
        model.error(note);
    }
    Vec::new()
}
