//! `E`: the selected connection's UpdateConnection request in the user's `$EDITOR`, with the TUI suspended. The
//! stored definition is read first (GetConnection, HidePassword=false) so the update carries its secrets; in the
//! file they show as the mask and keep their stored values unless typed over. When the editor closes the text is
//! checked as the wizard checks it: problems reopen the editor with them listed at the top; an empty file sends
//! nothing; a clean one is sent, and Glue's refusal reopens it too.

use crate::glue::{GlueCall, GlueError};
use crate::model::{Connection, UpdateConnectionRequest};
use crate::msg::Effect;
use crate::state::{ExternalEdit, Model};
use crate::wizard::form::Form;
use crate::wizard::review::{ReviewEditor, form_json};

/// The start of every heading line, stripped before the text is read.
const HEADING: &str = "//";

pub fn open(model: &mut Model) -> Vec<Effect> {
    let Some(listed) = model.selected_connection().cloned() else {
        model.info("Nothing to edit: no connection is selected");
        return Vec::new();
    };
    if model.external_edit.as_ref().is_some_and(|e| e.sending) {
        model.info("An update from the editor is on its way — a moment");
        return Vec::new();
    }
    let name = listed.name.clone();
    let mut edit = ExternalEdit {
        name: name.clone(),
        stored: None,
        last: None,
        sending: false,
    };
    if model.session.show_passwords {
        // The listing was made with HidePassword=false: it holds the secrets already.
        edit.stored = Some(listed);
        model.external_edit = Some(edit);
        return reopen(model, &[], None);
    }
    model.external_edit = Some(edit);
    model.info(format!(
        "Reading {name}'s stored definition (GetConnection) for the editor…"
    ));
    vec![Effect::Glue {
        session: Box::new(model.session.clone()),
        call: GlueCall::ReadStoredSecrets {
            name,
            catalog_id: model.session.catalog_id.clone(),
        },
    }]
}

/// GetConnection's answer for an `E` of `name`; `None` when no `E` waits for it (the wizard's edit may).
pub fn on_stored(
    model: &mut Model,
    name: &str,
    result: &Result<Connection, GlueError>,
) -> Option<Vec<Effect>> {
    let waiting = model
        .external_edit
        .as_ref()
        .is_some_and(|e| e.name == name && e.stored.is_none());
    if !waiting {
        return None;
    }
    match result {
        Ok(stored) => {
            if let Some(edit) = model.external_edit.as_mut() {
                edit.stored = Some(stored.clone());
            }
            Some(reopen(model, &[], None))
        }
        Err(err) => {
            model.external_edit = None;
            model.error(format!(
                "Could not read {name}'s stored secrets: {err} — E sends nothing without them (the update would \
                 drop them); e edits in the wizard, where they can be typed"
            ));
            Some(Vec::new())
        }
    }
}

/// The form the stored definition makes, as an edit of it: the source of the file's text and of the secrets the
/// masks stand for.
fn stored_form(edit: &ExternalEdit, catalog_id: Option<String>) -> Option<Form> {
    edit.stored.as_ref().map(|c| Form::for_edit(c, catalog_id))
}

/// Opens the editor on the last text saved (or the stored definition), `problems` listed at the top. `at` is where
/// in the JSON the first problem is (line and column, counted from the JSON's first line): the file's line is said,
/// the new heading counted.
fn reopen(model: &mut Model, problems: &[String], at: Option<(usize, usize)>) -> Vec<Effect> {
    let catalog_id = model.session.catalog_id.clone();
    let Some(edit) = model.external_edit.as_ref() else {
        return Vec::new();
    };
    let Some(form) = stored_form(edit, catalog_id) else {
        return Vec::new();
    };
    let body = edit.last.clone().unwrap_or_else(|| form_json(&form, false));
    let mut text = format!(
        "{HEADING} glue-tui: UpdateConnection of {name}. Save and quit to send it; leave the file empty to send \
         nothing.\n{HEADING} Secrets show as {mask} and keep their stored values; type over one to change it. \
         Lines starting with {HEADING} are left out.\n",
        name = edit.name,
        mask = crate::model::SECRET_MASK,
    );
    if !problems.is_empty() {
        text.push_str(&format!("{HEADING} Not sent — fix these and save again:\n"));
        // The two lines above, this one, and one per problem.
        let heading = 3 + problems.len();
        for (i, p) in problems.iter().enumerate() {
            match at {
                Some((line, column)) if i == 0 => text.push_str(&format!(
                    "{HEADING}   line {}, column {column}: {p}\n",
                    line + heading
                )),
                _ => text.push_str(&format!("{HEADING}   {p}\n")),
            }
        }
    }
    text.push_str(&body);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    vec![Effect::OpenEditor { text }]
}

/// The editor closed: nothing (empty file, or it failed), the problems again, or UpdateConnection.
pub fn on_edited(model: &mut Model, result: Result<String, String>) -> Vec<Effect> {
    let catalog_id = model.session.catalog_id.clone();
    let Some(edit) = model.external_edit.as_mut() else {
        return Vec::new();
    };
    let name = edit.name.clone();
    let text = match result {
        Ok(text) => text,
        Err(why) => {
            model.external_edit = None;
            model.error(format!("Not sent: {why}"));
            return Vec::new();
        }
    };
    let heading_lines = text
        .lines()
        .take_while(|l| l.trim_start().starts_with(HEADING))
        .count();
    let body: String = text
        .lines()
        .skip(heading_lines)
        .collect::<Vec<_>>()
        .join("\n");
    if body.trim().is_empty() {
        model.external_edit = None;
        model.info(format!("Nothing sent: the file for {name} was left empty"));
        return Vec::new();
    }
    edit.last = Some(body.clone());
    let Some(form) = stored_form(edit, catalog_id) else {
        return Vec::new();
    };
    // The review editor's reading: the update shape strictly, masks back to the stored values.
    let mut reader = ReviewEditor::new(&form, false);
    reader.replace_all(&body);
    let request = match reader.parse(&form) {
        Ok(request) => request,
        Err(e) => {
            // The message leads with its position and serde's ends with it, both counted from the JSON.
            let message = e
                .message
                .split_once(": ")
                .map_or(e.message.as_str(), |(_, m)| m);
            let message = message
                .rfind(" at line ")
                .map_or(message, |cut| &message[..cut])
                .to_string();
            return reopen(model, &[message], Some((e.line, e.column)));
        }
    };
    let found = crate::request::assess(&request);
    if !found.refusals.is_empty() {
        let problems: Vec<String> = found.refusals.iter().map(|p| p.to_string()).collect();
        return reopen(model, &problems, None);
    }
    if request == form.to_request() {
        model.external_edit = None;
        model.info(format!("Nothing sent: {name} was saved unchanged"));
        return Vec::new();
    }
    if let Some(edit) = model.external_edit.as_mut() {
        edit.sending = true;
    }
    model.info(format!("Updating {name} (from the editor)…"));
    vec![Effect::Glue {
        session: Box::new(model.session.clone()),
        call: GlueCall::UpdateConnection {
            request: Box::new(UpdateConnectionRequest {
                catalog_id: request.catalog_id,
                name,
                connection_input: request.connection_input,
            }),
        },
    }]
}

/// UpdateConnection answered for an `E` of `name`: done, or Glue's words at the top of the editor again. `None`
/// when no `E` sent it.
pub fn on_updated(
    model: &mut Model,
    name: &str,
    result: &Result<(), GlueError>,
) -> Option<Vec<Effect>> {
    let ours = model
        .external_edit
        .as_ref()
        .is_some_and(|e| e.sending && e.name == name);
    if !ours {
        return None;
    }
    match result {
        Ok(()) => {
            model.external_edit = None;
            None
        }
        Err(err) => {
            if let Some(edit) = model.external_edit.as_mut() {
                edit.sending = false;
            }
            model.error(format!("{err} — the editor opens again with it"));
            Some(reopen(model, &[format!("Glue refused it: {err}")], None))
        }
    }
}
