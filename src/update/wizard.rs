//! The create wizard's keys: opening it (`n`, `C`), moving between sections and fields, leaving and quitting, and
//! the keys every section shares. Editing a field is in `wizard/edit.rs`, the questions' answers in `wizard/ask.rs`,
//! Ctrl-S and the copies in `wizard/submit.rs`, the server's answers in `created.rs`.

mod ask;
mod edit;
mod submit;

use ask::answer;
pub use ask::on_path_listed;
pub use edit::paste;
pub use submit::show_server_error;
use submit::{copy_request, submit};

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::glue::GlueCall;
use crate::keymap::{self, Action, Context};
use crate::model::Draft;
use crate::msg::Effect;
use crate::state::{Ask, DescribeState, LineInput, Model, View, Wizard};
use crate::wizard::form::{Form, Rows, Section};
use crate::wizard::picker::TypePicker;
use crate::wizard::review::ReviewEditor;

/// `n`: an empty form for the catalog being browsed — or, when an earlier session left a draft, the question
/// whether to go on with it.
pub fn open_new(model: &mut Model) -> Vec<Effect> {
    let catalog = model.session.catalog_id.clone();
    let mut wizard = Wizard::new(Form::new(catalog));
    if let Some(draft) = model.draft.clone() {
        wizard.ask = Some(Ask::ResumeDraft(Box::new(draft)));
    }
    model.open_wizard(wizard);
    model.message = None;
    super::listed_types::ask_for_types(model)
}

/// `C`: a form holding a copy of the selected connection (server-only fields and secrets dropped, name `-copy`).
pub fn open_clone(model: &mut Model) -> Vec<Effect> {
    let Some(connection) = model.selected_connection() else {
        model.info("Nothing to clone: no connection is selected");
        return Vec::new();
    };
    let name = connection.name.clone();
    // Secrets by the one rule, with the type's described SECRET properties (from_connection drops the rest).
    let names = model.secret_names(connection.connection_type.as_deref());
    let (clean, _) = crate::model::hide_secrets(connection, names, crate::model::Hide::LeaveOut);
    let mut form = Form::from_connection(&clean, model.session.catalog_id.clone());
    // A server that leaves the type out (moto does) leaves it to the user: start on the picker then.
    let section = if connection.connection_type.is_some() {
        Section::Basics
    } else {
        Section::Type
    };
    form.goto(section, 0);
    let mut wizard = Wizard::new(form);
    wizard.cloned_from = Some(name);
    model.open_wizard(wizard);
    model.message = None;
    let mut effects = super::listed_types::ask_for_types(model);
    effects.extend(describe_type(model));
    effects
}

/// What q, Ctrl-C and signals do while the wizard is open: ask when something was typed (a signal cannot be
/// asked, so it keeps the draft and quits).
pub fn quit_requested(model: &mut Model, can_ask: bool) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
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

/// A key while the wizard is open: the keymap's table says what it means in this step (`keymap::Context::wizard`);
/// a question reads its answer raw (`ask.rs`), and a key the table leaves to the step (`None` or `WizardEdit`:
/// typing, line editing, cycling a choice, the review editor's own keys) goes as it is to the step's editor.
pub fn on_key(model: &mut Model, key: KeyEvent) -> Vec<Effect> {
    if key.kind == KeyEventKind::Release {
        return Vec::new();
    }
    let Some(section) = model.wizard().map(|w| w.form.section) else {
        return Vec::new();
    };
    let context = Context::wizard(section, model.help_open());
    let action = keymap::action(context, key);
    if let Some(a) = action
        && super::read_only::refuses(model, context, a)
    {
        return Vec::new();
    }
    if action == Some(Action::Quit) {
        return quit_requested(model, true);
    }
    if model.help_open() {
        match action {
            Some(Action::ToggleHelp) => model.toggle_help(),
            Some(scroll) => super::help::scroll(model, scroll),
            None => {}
        }
        return Vec::new();
    }
    if action == Some(Action::ToggleHelp) {
        model.toggle_help();
        return Vec::new();
    }
    let View::Wizard(w) = &mut model.view else {
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
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if !(ctrl && matches!(key.code, KeyCode::Char('n') | KeyCode::Char('p'))) {
        w.completion = None;
    }
    let before = (w.form.section, w.form.focus);
    let effects = match action {
        Some(Action::WizardSubmit) => return submit(model),
        Some(Action::WizardLeave) => return escape(model),
        Some(Action::WizardNextSection) => {
            w.form.next_section();
            Vec::new()
        }
        Some(Action::WizardPrevSection) => {
            w.form.prev_section();
            Vec::new()
        }
        Some(Action::WizardReveal) => {
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
        Some(Action::WizardCopyJson) => return copy_request(model, false),
        Some(Action::WizardTest) => return super::tested::test_form(model),
        Some(Action::WizardCopyCommand) => return copy_request(model, true),
        Some(Action::WizardOpenFile) => {
            w.ask = Some(Ask::OpenFile(LineInput::default()));
            return Vec::new();
        }
        _ => match w.form.section {
            Section::Type => edit::picker_key(model, action, key),
            Section::Review => edit::review_key(model, action, key),
            _ => edit::field_key(model, action, key),
        },
    };
    let mut effects = effects;
    effects.extend(after_move(model, before));
    effects
}

/// After the cursor moved: the text cursor goes to the end of the new field; entering the review step makes its
/// JSON from the form (unless the text there does not parse yet — it is kept); entering Type resets the picker.
fn after_move(model: &mut Model, before: (Section, usize)) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    if (w.form.section, w.form.focus) == before {
        return Vec::new();
    }
    w.cursor_to_end();
    let mut reset_picker_list = false;
    if w.form.section != before.0 {
        match w.form.section {
            Section::Review if w.review_error.is_none() || w.review.is_none() => {
                w.review = Some(ReviewEditor::new(&w.form, w.reveal));
            }
            Section::Type => {
                w.picker = TypePicker::new(&w.form.to_request().connection_input.connection_type);
                reset_picker_list = true;
            }
            _ => {}
        }
    }
    if reset_picker_list {
        model.refresh_picker_list();
    }
    Vec::new()
}

/// Esc: leave, asking first when anything was typed.
fn escape(model: &mut Model) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    if w.form.is_dirty() {
        w.ask = Some(Ask::Leave);
        return Vec::new();
    }
    model.close_wizard();
    Vec::new()
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
    let Some(w) = model.wizard() else {
        return Vec::new();
    };
    if !w.form.is_dirty() {
        return Vec::new();
    }
    let draft = Draft {
        request: w.form.draft(),
        secrets_left_out: w.form.secrets_left_out(),
        edit_of: w.form.edit_of().map(str::to_owned),
    };
    model.draft = Some(draft.clone());
    vec![Effect::SaveDraft(Some(Box::new(draft)))]
}

/// Asks DescribeConnectionType about the form's type, once per type; the answer merges into the form.
pub(crate) fn describe_type(model: &mut Model) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
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
    vec![Effect::Glue {
        session: Box::new(model.session.clone()),
        call: GlueCall::DescribeConnectionType { connection_type },
    }]
}

/// A request file read for the review step. Over a form holding typed work it asks first, as Esc does: replacing
/// it cannot be undone into a form again.
pub fn on_file_read(
    model: &mut Model,
    path: String,
    result: Result<String, String>,
) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    match result {
        Ok(text) if w.form.is_dirty() => {
            w.ask = Some(Ask::ReplaceForm { path, text });
            Vec::new()
        }
        Ok(text) => load_file(model, &path, &text),
        Err(reason) => {
            model.error(format!("Could not read {path}: {reason}"));
            Vec::new()
        }
    }
}

/// The file's text replaces the review JSON and, when it parses, the form.
fn load_file(model: &mut Model, path: &str, text: &str) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    w.form.goto(Section::Review, 0);
    let review = w
        .review
        .get_or_insert_with(|| ReviewEditor::new(&w.form, w.reveal));
    review.remember_secrets(&w.form);
    review.replace_all(text);
    edit::review_changed(w);
    match w.review_error.clone() {
        None => model.info(format!("Loaded {path} into the form")),
        Some(e) => model.error(format!("Loaded {path}, but it does not parse: {e}")),
    }
    describe_type(model)
}
