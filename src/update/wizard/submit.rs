//! Ctrl-S and what the server answers to it, and the copies of the request (Alt-Y, Alt-C).

use super::after_move;
use crate::glue::GlueCall;
use crate::msg::Effect;
use crate::state::{Model, ServerError, View};
use crate::wizard::form::Section;
use crate::wizard::review::{form_cli_command_reading_secrets, form_json};

/// Ctrl-S: to the first problem when there is one — nothing invalid is sent — else CreateConnection.
pub(super) fn submit(model: &mut Model) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    if let Some(error) = &w.review_error
        && w.form.section == Section::Review
    {
        let error = format!(
            "The review JSON does not parse ({error}) — fix it or leave the step to send the form"
        );
        model.error(error);
        return Vec::new();
    }
    if crate::update::editing::waits_for_secrets(model) {
        return Vec::new();
    }
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    let problems = w.form.problems();
    if let Some((section, focus)) = w.form.first_problem_location() {
        let before = (w.form.section, w.form.focus);
        w.form.goto(section, focus);
        let first = w.form.fields().get(focus).and_then(|f| f.error.clone());
        let n = problems.len();
        let what = if n == 1 { "problem" } else { "problems" };
        model.error(format!(
            "Not sent: {n} {what} in the form — {}",
            first.unwrap_or_else(|| "fix the fields marked ✗".to_string())
        ));
        return after_move(model, before);
    }
    if let Some(update) = w.form.to_update_request() {
        let empty = w.form.secrets_to_confirm();
        if !empty.is_empty() && !w.send_without_secrets {
            w.ask = Some(crate::state::Ask::SendWithoutSecrets(empty));
            return Vec::new();
        }
        return crate::update::editing::submit(model, update);
    }
    let request = w.form.to_request();
    w.submitting = true;
    w.server_error = None;
    model.info(format!("Creating {}…", request.connection_input.name));
    vec![Effect::Glue {
        session: Box::new(model.session.clone()),
        call: GlueCall::CreateConnection {
            request: Box::new(request),
        },
    }]
}

/// Alt-Y / Alt-C: the request as `--cli-input-json` JSON, or the whole `aws glue create-connection` command;
/// secrets masked unless revealed (Alt-R).
pub(super) fn copy_request(model: &mut Model, command: bool) -> Vec<Effect> {
    let Some(w) = model.wizard() else {
        return Vec::new();
    };
    let masked = if w.reveal { "" } else { ", secrets masked" };
    let (verb, operation) = if w.form.edit_of().is_some() {
        ("update", "UpdateConnection")
    } else {
        ("create", "CreateConnection")
    };
    let (text, what) = if command {
        let (text, variables) = form_cli_command_reading_secrets(&w.form, w.reveal);
        let reads = match &variables[..] {
            [] => String::new(),
            [one] => format!(" — it reads the secret from ${one} (Alt-R copies it instead)"),
            more => format!(
                " — it reads the secrets from ${} (Alt-R copies them instead)",
                more.join(", $")
            ),
        };
        (
            text,
            format!("the aws glue {verb}-connection command{reads}"),
        )
    } else {
        (
            form_json(&w.form, w.reveal),
            format!("the {operation} request{masked}"),
        )
    };
    vec![Effect::Copy { text, what }]
}

/// The server error beside the form, and where the cursor goes for it.
pub fn show_server_error(model: &mut Model, message: String, on_name: bool) {
    let View::Wizard(w) = &mut model.view else {
        return;
    };
    w.submitting = false;
    let path = on_name.then(|| crate::wizard::form::NAME.to_string());
    if on_name {
        w.form.goto(Section::Basics, 0);
        w.cursor_to_end();
    }
    w.server_error = Some(ServerError {
        message: message.clone(),
        path,
    });
    model.error(message);
}
