//! The create wizard's keys: opening it (`n`, `C`), moving between sections and fields, the questions it asks
//! (leave, quit, resume a draft), copying the request, and Ctrl-S. Editing a field is in `wizard/edit.rs`, the
//! server's answers in `created.rs`.

mod edit;

pub use edit::paste;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::msg::Effect;
use crate::state::{Ask, DescribeState, LineInput, Model, ServerError, Wizard};
use crate::wizard::form::{Form, Rows, Section};
use crate::wizard::picker::TypePicker;
use crate::wizard::review::{ReviewEditor, form_cli_command, form_json};

/// `n`: an empty form for the catalog being browsed — or, when an earlier session left a draft, the question
/// whether to go on with it.
pub fn open_new(model: &mut Model) -> Vec<Effect> {
    let catalog = model.session.catalog_id.clone();
    let mut wizard = Wizard::new(Form::new(catalog));
    if let Some(draft) = model.draft.clone() {
        wizard.ask = Some(Ask::ResumeDraft(Box::new(draft)));
    }
    model.wizard = Some(Box::new(wizard));
    model.message = None;
    Vec::new()
}

/// `C`: a form holding a copy of the selected connection (server-only fields and secrets dropped, name `-copy`).
pub fn open_clone(model: &mut Model) -> Vec<Effect> {
    let Some(connection) = model.selected_connection() else {
        model.info("Nothing to clone: no connection is selected");
        return Vec::new();
    };
    let name = connection.name.clone();
    let mut form = Form::from_connection(connection, model.session.catalog_id.clone());
    // A server that leaves the type out (moto does) leaves it to the user: start on the picker then.
    let section = if connection.connection_type.is_some() {
        Section::Basics
    } else {
        Section::Type
    };
    form.goto(section, 0);
    let mut wizard = Wizard::new(form);
    wizard.cloned_from = Some(name);
    model.wizard = Some(Box::new(wizard));
    model.message = None;
    describe_type(model)
}

/// What q, Ctrl-C and signals do while the wizard is open: ask when something was typed (a signal cannot be
/// asked, so it keeps the draft and quits).
pub fn quit_requested(model: &mut Model, can_ask: bool) -> Vec<Effect> {
    let Some(w) = model.wizard.as_mut() else {
        return super::quit(model);
    };
    if !w.form.is_dirty() {
        return super::quit(model);
    }
    if can_ask {
        w.ask = Some(Ask::Quit);
        return Vec::new();
    }
    let mut effects = keep_draft(model);
    effects.extend(super::quit(model));
    effects
}

pub fn on_key(model: &mut Model, key: KeyEvent) -> Vec<Effect> {
    if key.kind == KeyEventKind::Release {
        return Vec::new();
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    if ctrl && key.code == KeyCode::Char('c') {
        return quit_requested(model, true);
    }
    if model.help_open {
        if matches!(key.code, KeyCode::Esc | KeyCode::F(1) | KeyCode::Enter) {
            model.help_open = false;
        }
        return Vec::new();
    }
    if key.code == KeyCode::F(1) {
        model.help_open = true;
        return Vec::new();
    }
    let Some(w) = model.wizard.as_mut() else {
        return Vec::new();
    };
    if let Some(ask) = w.ask.take() {
        return answer(model, ask, key);
    }
    if w.submitting {
        model.info("Creating the connection — wait for Glue's answer");
        return Vec::new();
    }
    // Any key but Ctrl-N / Ctrl-P ends a completion: the next Ctrl-N narrows by the text as it is then.
    if !(ctrl && matches!(key.code, KeyCode::Char('n') | KeyCode::Char('p'))) {
        w.completion = None;
    }
    let before = (w.form.section, w.form.focus);
    let effects = match (key.code, ctrl, alt) {
        (KeyCode::Char('s'), true, _) => return submit(model),
        (KeyCode::Esc, _, _) => return escape(model),
        (KeyCode::PageDown, _, _) => {
            w.form.next_section();
            Vec::new()
        }
        (KeyCode::PageUp, _, _) => {
            w.form.prev_section();
            Vec::new()
        }
        (KeyCode::Char('r'), _, true) => {
            w.reveal = !w.reveal;
            let shown = if w.reveal { "shown" } else { "masked" };
            if w.review_error.is_none() && w.form.section == Section::Review {
                w.review = Some(ReviewEditor::new(&w.form, w.reveal));
            }
            model.info(format!(
                "Secrets {shown} on screen and in copies — Alt-R toggles"
            ));
            return Vec::new();
        }
        (KeyCode::Char('y'), _, true) => return copy_request(model, false),
        (KeyCode::Char('c'), _, true) => return copy_request(model, true),
        (KeyCode::Char('o'), _, true) if w.form.section == Section::Review => {
            w.ask = Some(Ask::OpenFile(LineInput::default()));
            return Vec::new();
        }
        _ => match w.form.section {
            Section::Type => edit::picker_key(model, key),
            Section::Review => edit::review_key(model, key),
            _ => edit::field_key(model, key),
        },
    };
    let mut effects = effects;
    effects.extend(after_move(model, before));
    effects
}

/// After the cursor moved: the text cursor goes to the end of the new field; entering the review step makes its
/// JSON from the form (unless the text there does not parse yet — it is kept); entering Type resets the picker.
fn after_move(model: &mut Model, before: (Section, usize)) -> Vec<Effect> {
    let Some(w) = model.wizard.as_mut() else {
        return Vec::new();
    };
    if (w.form.section, w.form.focus) == before {
        return Vec::new();
    }
    w.cursor_to_end();
    if w.form.section != before.0 {
        match w.form.section {
            Section::Review if w.review_error.is_none() || w.review.is_none() => {
                w.review = Some(ReviewEditor::new(&w.form, w.reveal));
            }
            Section::Type => {
                w.picker = TypePicker::new(&w.form.to_request().connection_input.connection_type);
            }
            _ => {}
        }
    }
    Vec::new()
}

/// Esc: leave, asking first when anything was typed.
fn escape(model: &mut Model) -> Vec<Effect> {
    let Some(w) = model.wizard.as_mut() else {
        return Vec::new();
    };
    if w.form.is_dirty() {
        w.ask = Some(Ask::Leave);
        return Vec::new();
    }
    model.wizard = None;
    Vec::new()
}

fn answer(model: &mut Model, ask: Ask, key: KeyEvent) -> Vec<Effect> {
    let yes = matches!(key.code, KeyCode::Char('y') | KeyCode::Char('Y'));
    let no = matches!(
        key.code,
        KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc
    );
    let Some(w) = model.wizard.as_mut() else {
        return Vec::new();
    };
    match ask {
        Ask::Leave if yes || key.code == KeyCode::Enter => {
            let effects = keep_draft(model);
            model.wizard = None;
            model.info("Form closed — kept as a draft (without secrets); n offers it again");
            effects
        }
        Ask::Leave if key.code == KeyCode::Char('d') => {
            model.wizard = None;
            model.draft = None;
            model.info("Form discarded");
            vec![Effect::SaveDraft(None)]
        }
        Ask::Quit if yes || key.code == KeyCode::Enter => {
            let mut effects = keep_draft(model);
            effects.extend(super::quit(model));
            effects
        }
        Ask::Leave | Ask::Quit if no => Vec::new(),
        Ask::ResumeDraft(draft) if yes || key.code == KeyCode::Enter => {
            let catalog = model.session.catalog_id.clone();
            let mut form = Form::from_request(&draft);
            if draft.catalog_id.is_none() && catalog.is_some() {
                let _ = form.set(
                    crate::wizard::form::CATALOG_ID,
                    catalog.as_deref().unwrap_or(""),
                );
            }
            let section = if draft.connection_input.connection_type.is_empty() {
                Section::Type
            } else {
                Section::Basics
            };
            form.goto(section, 0);
            **w = Wizard::new(form);
            model.info("Draft restored — secrets were not kept, type them again");
            describe_type(model)
        }
        Ask::ResumeDraft(_) if no => {
            // The draft stays on disk until this form is sent or kept in its place.
            Vec::new()
        }
        Ask::AddRowTo => {
            let lists = w.form.row_lists();
            let focused_list = w.form.fields().get(w.form.focus).and_then(|f| f.row);
            let chosen = match key.code {
                KeyCode::Char(c) => c
                    .to_digit(10)
                    .and_then(|d| lists.get((d as usize).checked_sub(1)?))
                    .copied(),
                KeyCode::Enter => focused_list
                    .map(|(rows, _)| rows)
                    .or(lists.first().copied()),
                _ => None,
            };
            if let Some(rows) = chosen {
                add_row(w, rows);
            }
            Vec::new()
        }
        Ask::OpenFile(mut input) => match key.code {
            KeyCode::Enter if !input.text().trim().is_empty() => {
                let path = expand_home(input.text().trim());
                vec![Effect::ReadFile { path }]
            }
            KeyCode::Esc => Vec::new(),
            _ => {
                edit::line_key(&mut input, key);
                w.ask = Some(Ask::OpenFile(input));
                Vec::new()
            }
        },
        // Any other key leaves the question up.
        ask => {
            w.ask = Some(ask);
            Vec::new()
        }
    }
}

/// `~/x` → `$HOME/x`, as a shell would have done it.
fn expand_home(path: &str) -> String {
    match (path.strip_prefix("~/"), dirs::home_dir()) {
        (Some(rest), Some(home)) => home.join(rest).to_string_lossy().into_owned(),
        _ => path.to_string(),
    }
}

/// Adds a row to `rows` and puts the cursor on it.
fn add_row(w: &mut Wizard, rows: Rows) {
    let i = w.form.add_row(rows);
    let at = w
        .form
        .fields()
        .iter()
        .position(|f| f.row == Some((rows, i)));
    if let Some(at) = at {
        w.form.focus = at;
    }
    w.cursor = 0;
}

/// The form as a draft, written only when it holds something; the model keeps it for the next `n`.
fn keep_draft(model: &mut Model) -> Vec<Effect> {
    let Some(w) = model.wizard.as_ref() else {
        return Vec::new();
    };
    if !w.form.is_dirty() {
        return Vec::new();
    }
    let draft = w.form.draft();
    model.draft = Some(draft.clone());
    vec![Effect::SaveDraft(Some(Box::new(draft)))]
}

/// Ctrl-S: to the first problem when there is one — nothing invalid is sent — else CreateConnection.
fn submit(model: &mut Model) -> Vec<Effect> {
    let Some(w) = model.wizard.as_mut() else {
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
    let request = w.form.to_request();
    w.submitting = true;
    w.server_error = None;
    model.info(format!("Creating {}…", request.connection_input.name));
    vec![Effect::Create {
        session: Box::new(model.session.clone()),
        request: Box::new(request),
    }]
}

/// Alt-Y / Alt-C: the request as `--cli-input-json` JSON, or the whole `aws glue create-connection` command;
/// secrets masked unless revealed (Alt-R).
fn copy_request(model: &mut Model, command: bool) -> Vec<Effect> {
    let Some(w) = model.wizard.as_ref() else {
        return Vec::new();
    };
    let masked = if w.reveal { "" } else { ", secrets masked" };
    let (text, what) = if command {
        (
            form_cli_command(&w.form, w.reveal),
            format!("the aws glue create-connection command{masked}"),
        )
    } else {
        (
            form_json(&w.form, w.reveal),
            format!("the CreateConnection request{masked}"),
        )
    };
    vec![Effect::Copy { text, what }]
}

/// Asks DescribeConnectionType about the form's type, once per type; the answer merges into the form.
pub(super) fn describe_type(model: &mut Model) -> Vec<Effect> {
    let Some(w) = model.wizard.as_mut() else {
        return Vec::new();
    };
    let Some(connection_type) = w.form.wants_description() else {
        return Vec::new();
    };
    if w.described
        .as_ref()
        .is_some_and(|(t, _)| *t == connection_type)
    {
        return Vec::new();
    }
    w.described = Some((connection_type.clone(), DescribeState::Asking));
    vec![Effect::DescribeType {
        session: Box::new(model.session.clone()),
        connection_type,
    }]
}

/// A request file read for the review step: its text replaces the review JSON and, when it parses, the form.
pub fn on_file_read(
    model: &mut Model,
    path: String,
    result: Result<String, String>,
) -> Vec<Effect> {
    let Some(w) = model.wizard.as_mut() else {
        return Vec::new();
    };
    match result {
        Ok(text) => {
            w.form.goto(Section::Review, 0);
            let review = w
                .review
                .get_or_insert_with(|| ReviewEditor::new(&w.form, w.reveal));
            review.replace_all(&text);
            edit::review_changed(w);
            match w.review_error.clone() {
                None => model.info(format!("Loaded {path} into the form")),
                Some(e) => model.error(format!("Loaded {path}, but it does not parse: {e}")),
            }
            describe_type(model)
        }
        Err(reason) => {
            model.error(format!("Could not read {path}: {reason}"));
            Vec::new()
        }
    }
}

/// The server error beside the form, and where the cursor goes for it.
pub fn show_server_error(model: &mut Model, message: String, on_name: bool) {
    let Some(w) = model.wizard.as_mut() else {
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
