//! Keys inside a section: typing into a field, cycling a field's choices, adding and removing rows, the type
//! picker, and the review step's JSON editor.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{add_row, describe_type};
use crate::keymap::Action;
use crate::msg::Effect;
use crate::state::{Ask, Completion, LineInput, Model, View, Wizard, suggestions};
use crate::wizard::form::{CONNECTION_TYPE, FieldView, Section};
use crate::wizard::review::Pasted;

/// A key on an ordinary section (everything but Type and Review): the table's `action` for it, or else (`None`,
/// `WizardEdit`) the raw key edits the focused field.
pub fn field_key(model: &mut Model, action: Option<Action>, key: KeyEvent) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    let field = w.form.fields().get(w.form.focus).cloned();
    match action {
        Some(Action::WizardNextField) => w.form.next_field(),
        Some(Action::WizardPrevField) => w.form.prev_field(),
        Some(Action::WizardAddRow) => {
            let lists = w.form.row_lists();
            match lists.as_slice() {
                [] => model.info("This section has no list to add to"),
                [only] => add_row(w, *only),
                // Several lists (Compute, Authentication): ask which; Enter picks the one the cursor is in.
                _ => w.ask = Some(Ask::AddRowTo),
            }
        }
        Some(Action::WizardRemoveRow) => match field.as_ref().and_then(|f| f.row) {
            Some((rows, i)) => {
                w.form.remove_row(rows, i);
                w.cursor_to_end();
            }
            None => model.info("Alt-D removes a list or map row; this field is not one"),
        },
        _ => {
            let Some(field) = field else {
                return Vec::new();
            };
            return edit_field(model, &field, key);
        }
    }
    Vec::new()
}

/// Typing, or picking a choice, in the focused field.
fn edit_field(model: &mut Model, field: &FieldView, key: KeyEvent) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let step = match (key.code, ctrl) {
        (KeyCode::Right | KeyCode::Char(' ') | KeyCode::Enter, false) if field.choice_only => {
            Some(1)
        }
        (KeyCode::Left, false) if field.choice_only => Some(-1),
        (KeyCode::Char('n'), true) => Some(1),
        (KeyCode::Char('p'), true) => Some(-1),
        _ => None,
    };
    if let Some(step) = step {
        if field.choices.is_empty() {
            model.info(format!(
                "{} takes free text — nothing to choose from",
                field.label
            ));
            return Vec::new();
        }
        if field.choice_only {
            let n = field.choices.len() as isize;
            let at = field.choices.iter().position(|c| *c == field.value);
            let next = match at {
                Some(i) => (i as isize + step).rem_euclid(n),
                None if step > 0 => 0,
                None => n - 1,
            };
            return set(model, field, &field.choices[next as usize].clone());
        }
        return complete(model, field, step);
    }
    if key.code == KeyCode::Enter {
        w.form.next_field();
        return Vec::new();
    }
    if field.choice_only {
        // A letter jumps to the first choice starting with it, as in a select box.
        if let KeyCode::Char(c) = key.code
            && !ctrl
        {
            let found = field.choices.iter().find(|choice| {
                choice
                    .chars()
                    .next()
                    .is_some_and(|f| f.eq_ignore_ascii_case(&c))
            });
            if let Some(choice) = found {
                return set(model, field, &choice.clone());
            }
        }
        return Vec::new();
    }
    let mut input = LineInput::with_text(&field.value, w.cursor);
    if !line_key(&mut input, key) || input.text() == field.value {
        w.cursor = input.cursor();
        return Vec::new();
    }
    w.cursor = input.cursor();
    set(model, field, input.text())
}

/// Ctrl-N / Ctrl-P on a field with suggestions: the next (previous) suggestion containing what was typed before
/// the first press, as a shell completes.
fn complete(model: &mut Model, field: &FieldView, step: isize) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    let typed = w
        .completion
        .as_ref()
        .map_or_else(|| field.value.clone(), |c| c.typed.clone());
    let found = suggestions(&field.choices, &typed);
    if found.is_empty() {
        model.info(format!(
            "No suggestion for {} contains “{}” — Ctrl-U clears the field",
            field.label,
            typed.trim()
        ));
        return Vec::new();
    }
    let n = found.len() as isize;
    let index = match &w.completion {
        Some(c) => (c.index as isize + step).rem_euclid(n) as usize,
        None if step > 0 => 0,
        None => found.len() - 1,
    };
    let chosen = found[index].to_string();
    let effects = set(model, field, &chosen);
    if let View::Wizard(w) = &mut model.view {
        w.completion = Some(Completion { typed, index });
        w.cursor_to_end();
    }
    effects
}

/// Writes a field and forgets the server's last complaint (the user is acting on it).
fn set(model: &mut Model, field: &FieldView, text: &str) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    if let Err(reason) = w.form.set(&field.path, text) {
        model.error(reason);
        return Vec::new();
    }
    w.server_error = None;
    if field.choice_only {
        w.cursor_to_end();
    }
    // A "Not sent: …" from the last Ctrl-S is about a form that no longer exists.
    model.message = None;
    Vec::new()
}

/// Line editing shared by the fields, the picker's query and the file prompt; false when the key is not one.
pub fn line_key(input: &mut LineInput, key: KeyEvent) -> bool {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    match (key.code, ctrl) {
        (KeyCode::Char(c), false) if !alt => input.insert(c.encode_utf8(&mut [0; 4])),
        (KeyCode::Backspace, _) | (KeyCode::Char('h'), true) => input.backspace(),
        (KeyCode::Delete, _) => input.delete(),
        (KeyCode::Char('w'), true) => input.delete_word(),
        (KeyCode::Char('u'), true) => input.clear(),
        (KeyCode::Home, _) | (KeyCode::Char('a'), true) => input.home(),
        (KeyCode::End, _) | (KeyCode::Char('e'), true) => input.end(),
        (KeyCode::Left, _) => input.left(),
        (KeyCode::Right, _) => input.right(),
        _ => return false,
    }
    true
}

/// The Type step: the table's picker actions (↑/↓ move, Enter or Tab picks); any other key edits the query, which
/// narrows the picker.
pub fn picker_key(model: &mut Model, action: Option<Action>, key: KeyEvent) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    match action {
        Some(Action::PickerUp) => w.picker.move_by(-1),
        Some(Action::PickerDown) => w.picker.move_by(1),
        Some(Action::PickerTop) => w.picker.move_by(isize::MIN),
        Some(Action::PickerBottom) => w.picker.move_by(isize::MAX),
        Some(Action::PickerPick) => return pick_type(model),
        _ => {
            let before = w.picker.query.text().to_string();
            line_key(&mut w.picker.query, key);
            if w.picker.query.text() != before {
                w.picker.refresh();
            }
        }
    }
    Vec::new()
}

fn pick_type(model: &mut Model) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    let beyond_table = if w.picker.on_another() {
        w.picker.another()
    } else if w.picker.on_listed() {
        w.picker.highlighted_type()
    } else {
        None
    };
    if let Some(name) = beyond_table {
        // A type this build's table lacks — one Glue listed (a registered `REST-…` connector, a newer type) or one
        // typed by name: DescribeConnectionType says what its form holds, or that Glue does not know it.
        if let Err(reason) = w.form.set(CONNECTION_TYPE, &name) {
            model.error(reason);
            return Vec::new();
        }
        w.server_error = None;
        w.form.goto(Section::Basics, 0);
        w.cursor_to_end();
        return describe_type(model);
    }
    let Some(spec) = w.picker.highlighted() else {
        model.info("No type matches — Backspace widens the search");
        return Vec::new();
    };
    if !spec.supported {
        model.error(format!(
            "{} is listed by the API but CreateConnection does not accept it — pick another type",
            spec.connection_type
        ));
        return Vec::new();
    }
    let current = w.form.to_request().connection_input.connection_type;
    if current != spec.connection_type {
        if let Err(reason) = w.form.set(CONNECTION_TYPE, spec.connection_type) {
            model.error(reason);
            return Vec::new();
        }
        w.server_error = None;
    }
    w.form.goto(Section::Basics, 0);
    w.cursor_to_end();
    describe_type(model)
}

/// The review step: every key but the wizard's own goes to the JSON editor; Shift-Tab leaves the step.
pub fn review_key(model: &mut Model, action: Option<Action>, key: KeyEvent) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    if action == Some(Action::WizardPrevField) {
        w.form.prev_field();
        return Vec::new();
    }
    // Tab would put a tab character into JSON; on the last step it has nowhere further to go.
    if action == Some(Action::WizardLastStep) {
        model.info("Review is the last step — Ctrl-S creates the connection, Shift-Tab goes back");
        return Vec::new();
    }
    let changed = w.review.as_mut().is_some_and(|r| r.input(key));
    if changed {
        review_changed(w);
        return describe_type(model);
    }
    Vec::new()
}

/// Pasted text: into the review JSON, the picker's query or the focused field.
pub fn paste(model: &mut Model, text: &str) -> Vec<Effect> {
    let View::Wizard(w) = &mut model.view else {
        return Vec::new();
    };
    if let Some(Ask::OpenFile(input)) = w.ask.as_mut() {
        input.insert(text.trim());
        return Vec::new();
    }
    match w.form.section {
        Section::Review => {
            let mut replaced = false;
            if let Some(review) = w.review.as_mut() {
                review.remember_secrets(&w.form);
                replaced = review.paste(text) == Pasted::ReplacedAll;
                review_changed(w);
            }
            if replaced {
                model.info(
                    "Pasted a whole request: it replaced the text (Ctrl-Z brings the old one back)",
                );
            }
            describe_type(model)
        }
        Section::Type => {
            w.picker.query.insert(text);
            w.picker.refresh();
            Vec::new()
        }
        _ => {
            let Some(field) = w.form.fields().get(w.form.focus).cloned() else {
                return Vec::new();
            };
            if field.choice_only {
                return Vec::new();
            }
            let mut input = LineInput::with_text(&field.value, w.cursor);
            // Secrets keep their exact characters; everything else is one line.
            input.insert(text);
            w.cursor = input.cursor();
            set(model, &field, input.text())
        }
    }
}

/// After the review JSON changed: parse it back into the form, or say where it stops parsing and keep the text.
pub fn review_changed(w: &mut Wizard) {
    let Some(review) = w.review.as_ref() else {
        return;
    };
    match review.parse(&w.form) {
        Ok(request) => {
            w.form.replace_with(&request);
            w.review_error = None;
            w.server_error = None;
        }
        Err(e) => w.review_error = Some(e.to_string()),
    }
}
