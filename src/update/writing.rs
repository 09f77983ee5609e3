//! `w`: the selected connection, or every marked one, written to a new file as one `{"ConnectionList": […]}` —
//! what `export` writes and `import` reads, and the way out when a copy is too large for the terminal's clipboard.
//! The text is made when `w` is pressed (secrets left out unless revealed); the path is asked for, and an existing
//! file is never overwritten.

use super::line_edit;
use crate::keymap::Action;
use crate::msg::Effect;
use crate::screen::group_digits;
use crate::state::{Dialog, Model, WritePrompt};

pub fn ask(model: &mut Model) {
    let Some(chosen) = super::chosen(model) else {
        model.info("Nothing to write: no connection is selected");
        return;
    };
    model.write_prompt = Some(WritePrompt {
        text: chosen.as_list() + "\n",
        what: format!("{}{}", chosen.what, chosen.left_out),
        path: Default::default(),
    });
    model.dialog = Some(Dialog::WritePath);
}

/// A key in the prompt: typing, Enter (writes when a path is typed), Esc.
pub fn prompt_key(model: &mut Model, action: Action) -> Vec<Effect> {
    let Some(prompt) = model.write_prompt.as_mut() else {
        model.dialog = None;
        return Vec::new();
    };
    match action {
        Action::Back => {
            model.write_prompt = None;
            model.dialog = None;
            model.info("Nothing written");
            Vec::new()
        }
        Action::Submit if prompt.path.text().trim().is_empty() => {
            model.error("Type the path of a new file, then Enter (Esc cancels)");
            Vec::new()
        }
        Action::Submit => {
            let Some(prompt) = model.write_prompt.take() else {
                return Vec::new();
            };
            model.dialog = None;
            let path = prompt.path.text().trim().to_string();
            model.info(format!("Writing {} to {path}…", prompt.what));
            vec![Effect::WriteFile {
                path,
                text: prompt.text,
                what: prompt.what,
            }]
        }
        other => {
            line_edit(&mut prompt.path, other);
            Vec::new()
        }
    }
}

pub fn on_written(
    model: &mut Model,
    path: String,
    what: String,
    result: Result<usize, String>,
) -> Vec<Effect> {
    match result {
        Ok(bytes) => model.info(format!(
            "Wrote {what} to {path} ({} bytes) — glue-tui import {path} creates them elsewhere",
            group_digits(bytes)
        )),
        Err(e) if e.contains("exists") => model.error(format!(
            "Not written: {path} exists (w never overwrites a file) — w again with another name"
        )),
        Err(e) => model.error(format!(
            "Could not write {path}: {e} — w again with another path"
        )),
    }
    Vec::new()
}
