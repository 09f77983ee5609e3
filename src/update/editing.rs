//! `e`: the wizard as an edit of the selected connection, sent as UpdateConnection. UpdateConnection replaces the
//! whole definition, so nothing stored may be dropped by accident: a listing made with HidePassword left the
//! secrets out, and the form asks GetConnection (HidePassword=false) for them in the background, carries them
//! masked, and holds Ctrl-S until they are in. When they cannot be read the form says so beside each secret
//! field, and Ctrl-S asks before sending without them.

use super::paging::start_listing;
use super::wizard::{describe_type, show_server_error};
use crate::glue::{ErrorKind, GlueCall, GlueError};
use crate::model::{Connection, UpdateConnectionRequest};
use crate::msg::Effect;
use crate::state::{Ask, Editing, Model, StoredSecrets, View, Wizard};
use crate::wizard::form::{Form, Section};

/// `e` on the selected connection: the edit form, or the question whether to go on with a kept draft of an edit
/// of this connection.
pub fn open(model: &mut Model) -> Vec<Effect> {
    let Some(connection) = model.selected_connection().cloned() else {
        model.info("Nothing to edit: no connection is selected");
        return Vec::new();
    };
    let form = Form::for_edit(&connection, model.session.catalog_id.clone());
    let mut wizard = Wizard::new(form);
    let draft = model
        .draft
        .clone()
        .filter(|d| d.edit_of.as_deref() == Some(connection.name.as_str()));
    let resuming = draft.is_some();
    if let Some(draft) = draft {
        wizard.ask = Some(Ask::ResumeDraft(Box::new(draft)));
    }
    // A server that leaves the type out (moto does) leaves it to the user: start on the picker then.
    let section = if connection.connection_type.is_some() {
        Section::Basics
    } else {
        Section::Type
    };
    wizard.form.goto(section, 0);
    wizard.cursor_to_end();
    model.open_wizard(wizard);
    model.message = None;
    let name = connection.name.clone();
    let mut effects = start(model, name, Some(connection));
    if resuming {
        return effects;
    }
    effects.extend(super::listed_types::ask_for_types(model));
    effects.extend(describe_type(model));
    effects
}

/// Makes the open wizard (its form already an edit of `name`) an edit of the connection as `listed` shows it —
/// `None` for a restored draft whose connection is not in the list — and, when the listing hid passwords or there
/// is no listing, asks for the stored definition.
pub(crate) fn start(model: &mut Model, name: String, listed: Option<Connection>) -> Vec<Effect> {
    let read = !model.session.show_passwords || listed.is_none();
    let session = Box::new(model.session.clone());
    let catalog_id = model.session.catalog_id.clone();
    let Some(w) = model.wizard_mut() else {
        return Vec::new();
    };
    let original = match &listed {
        Some(listed) => Form::for_edit(listed, catalog_id.clone()),
        None => w.form.clone(),
    };
    w.editing = Some(Editing {
        listed,
        original: original.to_request(),
        original_masked: original.masked_request(),
        secrets: if read {
            StoredSecrets::Reading
        } else {
            StoredSecrets::Listed
        },
    });
    if !read {
        return Vec::new();
    }
    vec![Effect::Glue {
        session,
        call: GlueCall::ReadStoredSecrets { name, catalog_id },
    }]
}

/// GetConnection's answer for the edit of `name`: the secrets go into the form (and into the stored definition the
/// diff compares with), or the form learns they cannot be read.
pub fn on_stored(
    model: &mut Model,
    name: String,
    result: Result<Connection, GlueError>,
) -> Vec<Effect> {
    if let Some(effects) = super::external_edit::on_stored(model, &name, &result) {
        return effects;
    }
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    if w.form.edit_of() != Some(name.as_str()) {
        return Vec::new();
    }
    let Some(editing) = w.editing.as_mut() else {
        return Vec::new();
    };
    match result {
        Ok(stored) => {
            // Without a listing to compare with (a restored draft), what the name rule calls secret is carried.
            let listed = editing
                .listed
                .clone()
                .unwrap_or_else(|| stored.without_secrets());
            let carried = w.form.carry_secrets(&listed, &stored);
            let original = Form::for_edit(&stored, w.form.to_request().catalog_id);
            editing.original = original.to_request();
            editing.original_masked = original.masked_request();
            if let Some(review) = w.review.as_mut() {
                review.remember_secrets(&w.form);
            }
            let note = match carried.as_slice() {
                [] => format!("{name}'s stored definition read: no hidden secret to carry"),
                keys => format!(
                    "Carried {name}'s stored {} ({}) into the form, masked — the update keeps {}",
                    if keys.len() == 1 { "secret" } else { "secrets" },
                    keys.join(", "),
                    if keys.len() == 1 { "it" } else { "them" }
                ),
            };
            editing.secrets = StoredSecrets::Carried(carried);
            model.info(note);
        }
        Err(err) => {
            tracing::warn!(kind = ?err.kind, "GetConnection for the edit's secrets failed");
            let reason = err.to_string();
            w.form.secrets_unreadable(short_reason(&err));
            editing.secrets = StoredSecrets::Unreadable(reason.clone());
            model.error(format!(
                "Could not read {name}'s stored secrets: {reason} — type each secret field, or the update would \
                 remove it"
            ));
        }
    }
    Vec::new()
}

/// The refusal in a few words, for the fields' messages: the status bar has the whole of it.
fn short_reason(err: &GlueError) -> String {
    match err.kind {
        ErrorKind::AccessDenied => format!("AccessDenied on glue:{}", err.operation),
        ErrorKind::GlueEncryption => "the catalog's KMS key refused".to_string(),
        _ => format!("{} failed", err.operation),
    }
}

/// Whether Ctrl-S must wait: the stored secrets are still on their way, and sending now would drop them (the form's
/// problems may be those very fields). Says so when it must.
pub(super) fn waits_for_secrets(model: &mut Model) -> bool {
    let Some(w) = model.wizard() else {
        return false;
    };
    let Some(name) = w
        .form
        .edit_of()
        .filter(|_| {
            w.editing
                .as_ref()
                .is_some_and(|e| e.secrets == StoredSecrets::Reading)
        })
        .map(str::to_owned)
    else {
        return false;
    };
    model.info(format!(
        "Not sent yet: still reading {name}'s stored secrets (GetConnection) — the update must carry them; Ctrl-S \
         again in a moment"
    ));
    true
}

/// Ctrl-S on an edit whose problems are all fixed: UpdateConnection.
pub(super) fn submit(model: &mut Model, request: UpdateConnectionRequest) -> Vec<Effect> {
    let Some(w) = model.wizard_mut() else {
        return Vec::new();
    };
    w.submitting = true;
    w.server_error = None;
    let what = if request.connection_input.name == request.name {
        format!("Updating {}…", request.name)
    } else {
        format!(
            "Updating {} (renaming it {})…",
            request.name, request.connection_input.name
        )
    };
    model.info(what);
    vec![Effect::Glue {
        session: Box::new(model.session.clone()),
        call: GlueCall::UpdateConnection {
            request: Box::new(request),
        },
    }]
}

/// UpdateConnection's answer: the form closes and the list shows the new definition (on its new name after a
/// rename); a refusal keeps the form as typed, with the server's words beside it.
pub fn on_updated(
    model: &mut Model,
    name: String,
    new_name: String,
    catalog_id: Option<String>,
    result: Result<(), GlueError>,
) -> Vec<Effect> {
    if let Some(effects) = super::external_edit::on_updated(model, &name, &result) {
        return effects;
    }
    match result {
        Ok(()) => {
            model.close_wizard();
            let mut effects = Vec::new();
            if model
                .draft
                .as_ref()
                .is_some_and(|d| d.edit_of.as_deref() == Some(name.as_str()))
            {
                model.draft = None;
                effects.push(Effect::SaveDraft(None));
            }
            // What the app knew of the old definition no longer holds.
            model.tests.remove(&name);
            model.delete_refused.remove(&name);
            if name != new_name && model.marks.remove(&name) {
                model.marks.insert(new_name.clone());
            }
            if name == new_name {
                model.info(format!("Updated {name}"));
            } else {
                model.info(format!("Updated {name}: it is now called {new_name}"));
            }
            // Glue may validate the new definition (IN_PROGRESS) as it does a new one: followed the same way.
            effects.push(super::created::poll(
                model,
                new_name.clone(),
                catalog_id.clone(),
                0,
            ));
            if catalog_id == model.session.catalog_id {
                model.selected_name = Some(new_name.clone());
                effects.extend(start_listing(model, Some(new_name)));
            }
            effects
        }
        Err(err) => {
            tracing::warn!(kind = ?err.kind, "UpdateConnection failed");
            let on_name = err.kind == ErrorKind::InvalidInput && err.detail.contains("exists");
            let mut message = err.to_string();
            if err.kind == ErrorKind::EntityNotFound {
                // Gone from the catalog: its row goes; what was typed stays, to keep as a draft.
                super::deleting::drop_rows(
                    model,
                    &std::collections::BTreeSet::from([name.clone()]),
                );
                message.push_str(" — it left the list; the form is kept (Esc keeps it as a draft)");
            }
            show_server_error(model, message, on_name);
            Vec::new()
        }
    }
}
